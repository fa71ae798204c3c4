"""Derive English lexicon tables from the PETRARCH2 / Phoenix dictionaries (MIT licence).

    python scripts/derive_petrarch.py [SOURCE_DIR] [--out DIR] [--check] [--explain]

SOURCE_DIR holds ``CAMEO.2.0.txt``, ``Phoenix.agents.txt``,
``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt`` and
``Phoenix.Countries.actors.txt`` (default: ``../shared/reference/petrarch2`` beside the
repository). Two data modules are written into ``src/eventline/lang/en/`` (or ``--out``):

* ``cameo_verbs.py``: ``VERBS``, ``VERB_OBJECT``, ``PHRASAL`` (the shapes of
  ``lang/en/triggers.py``), each entry (PLOVER type, PLOVER mode or None, CAMEO root);
* ``phoenix_actors.py``: ``SECTOR_TERMS``, ``ORGANISATIONS``, ``KNOWN_GROUPS``,
  ``DEMONYMS`` (the shapes of ``lang/en/actors.py``).

``lang/en/triggers.py`` and ``lang/en/actors.py`` merge them under their curated tables
(the curated entry wins on the same key). The output depends only on the dictionary files
and the rules below: running the script twice gives the same bytes. ``--check`` writes
nothing and fails when a module differs from what would be written; ``--explain`` lists
what each rule dropped (on standard error).

Rules (each named where it is applied):

Verbs (``CAMEO.2.0.txt``: blocks ``--- NAME [code] ---`` of synonymous verbs, each verb
coded by its own ``[code]`` or the block's, and ``- * OBJECT [code] # VERB`` patterns)

* V1 no PLOVER type: CAMEO roots 01 (make public statement) and 02 (appeal) have no
  PLOVER type (reporting verbs such as "say" or "tell" are not events in eventline), nor
  do null codes ``[---]`` or codes whose first (source → target) half is empty.
* V2 unattested synonym: the blocks were filled with WordNet synonyms in bulk. A verb
  keeps its bare entry only when the coders attested it: it names its block, carries its
  own code or a coder's comment, or an event pattern of the block cites it as its source
  (a verb cited only by null ``[---]`` patterns was met only in uses that are no event:
  "bow" out of a race, "telephone" a company).
* V3 not its dominant sense: a bare entry only when most of the verb's own patterns (null
  ``[---]`` patterns aside; typeless and reversed ``[:xxx]`` ones count as another sense)
  keep its bare type: a verb the coders had to disambiguate into many senses ("take",
  "back") is no event without the pattern that picks the sense.
* V6 vague: a verb (or ``+VERB_PARTICLE``) coded only with the catch-all code of a
  cooperation root (030, 040, 050, 060, 070) gets a bare entry only when the coders both
  chose that code for it (it names its block or carries the code itself) and used it in
  that type in a pattern of its own. Otherwise it is a WordNet neighbour of the block's
  head ("think" under CONSIDER, "go" or "depart" under a block of travel), or a head
  whose sense is that vague: its patterns of that type alone do not make it an event,
  as in these blocks a pattern is the complement that makes the verb cooperative ("go"
  + "into emergency session"); they stay verb-object entries where P1 allows.
* V4 ambiguous: a verb coded in several blocks with different PLOVER types keeps the type
  with the most support (bare codes plus agreeing patterns) when it has strictly more than
  every other type (the dominant sense); on a tie it is left out.
* V5 light verb: a verb whose block has no code of its own (``[---]``) takes its meaning
  from its object: it gets no bare entry, only verb-object entries.
* P1 verb-object: a pattern ``* NOUN`` (optionally ``* PARTICLE NOUN``, or a synonym set
  ``&SET`` expanded to its one-word members) gives (verb, noun lemma) for the verbs it
  cites; a pattern with a subject, a prepositional phrase or a multi-word noun phrase has
  no equivalent in the flat tables and is skipped.
* P2 patient objects: a verb-object entry is kept only when it changes the PLOVER type of
  the verb's own CAMEO code, or that code has none (a light verb, V1 or V5), whether or
  not the verb keeps a bare entry; eventline reads the noun of a verb-object entry as
  part of the action, so "attack + base" (still an assault) must stay a plain verb whose
  object is the target.
* P3 conflicts: several patterns for one key keep the majority PLOVER type; on a tie the
  key is left out.
* P4 phrasal verbs: ``+VERB_PARTICLE`` lines and ``* PARTICLE`` patterns give (verb,
  particle) entries when the particle is one a dependency parser labels ``prt`` (P2 does
  not apply: a phrasal verb keeps its object as target).

Actors

* A1 agents (``Phoenix.agents.txt``): each term and its regular plural → the PLOVER
  sector of its first CAMEO role code that has one (CAMEO ``MED`` is the media, PLOVER's
  ``JRN``; CAMEO ``HLH`` is health, PLOVER's ``MED``); a religion code (→ ``REL``) only
  when the term has no role code, since the dictionary adds the faith as an attribute
  ("militant" coded Muslim + armed: the role is the sector); gloss = the term itself.
  Terms of one letter, with digits, or stems (``MINISTR``) are skipped, and so are terms
  coded with two different sectors, and places and vehicles coded civilian or business
  (the dictionary codes them so that attacks on them are coded; eventline reads them as
  locations or targets), while a vehicle of a state force ("fighter jet") keeps its sector.
  A term already plural ("-men") gets no other plural.
* A5 role heads: a one-word term that never keeps its own sector in the compounds it
  heads, while at least two of them take the sector of their modifier ("government
  spokesman" GOV, "military spokesman" MIL, "spokesman for the opposition" OPP), is a
  role that speaks or acts for whoever is named beside it: no sector of its own (the
  organisation or the sector word beside it types the mention).
* A2 organisations (``Phoenix.International.actors.txt``): names whose codes start with
  ``IGO`` or ``NGO`` → (canonical name, ``UNO``/``EUR``/``IGO``/``NGO``, sector). Office
  holders are left out: entries with dated codes, and names that are neither acronyms nor
  contain an institution word (ORGANISATION_WORDS). Media and companies are left out, and
  so are acronyms the dictionaries also use as words ("CAR" is a car there).
* A3 armed groups (``Phoenix.MilNonState.actors.txt``): names coded ``REB`` or ``IMG``,
  same office-holder test → (canonical name, ISO3 country or None, ``REB``).
* A4 nationality adjectives (``Phoenix.Countries.actors.txt``): one-word synonyms of a
  country that end like a nationality adjective and are no spelling of the country name.

Known limits (no structure of the dictionaries separates these senses; the entries stay
as the coders attested them)

* A verb whose event sense needs a person as object is also used without one: "shelter"
  (CAMEO 075, grant asylum: "sheltered the fugitives") also means taking shelter, "hang"
  (under KILL) also means hanging a banner. The flat tables know no transitivity.
* Metaphorical uses that PETRARCH excludes with null patterns ("battle" + corruption)
  are events for a flat table; only the literal sense is the majority (V3).
* A derived sector word may be the adjective before a name ("the paramilitary X
  Forces"): when the parser cuts the name off, the word heads the description.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2"
DEFAULT_OUT = ROOT / "src" / "eventline" / "lang" / "en"

Entry = tuple[str, str | None, str]

# --------------------------------------------------------------------------- CAMEO → PLOVER

# CAMEO root → PLOVER type (ontologies.md, PLOVER manual v0.8); 01 and 02 have none.
ROOT_TYPES: dict[str, str | None] = {
    "01": None, "02": None, "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
    "06": "COOPERATE", "07": "AID", "08": "RETREAT", "09": "ACCUSE", "10": "REQUEST",
    "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip

# CAMEO code prefix → (PLOVER type, mode): the longest prefix wins. After the PLOVER
# project's CAMEO2PLOVER table, with eventline's conventions: the root kept is the one of
# the PLOVER type (blockade and occupation are COERCE under 17, destruction of property
# ASSAULT under 18); modes only where eventline has them (ontology.PLOVER_MODES).
CODE_MODES: dict[str, tuple[str, str | None]] = {
    "041": ("CONSULT", "phone"), "042": ("CONSULT", "visit"), "044": ("CONSULT", "third-party"),
    "08": ("CONCEDE", None), "084": ("RETREAT", None), "0841": ("RETREAT", "release"),
    "0842": ("RETREAT", "return"), "085": ("RETREAT", None), "086": ("RETREAT", "access"),
    "087": ("RETREAT", None), "0871": ("RETREAT", "ceasefire"), "0872": ("RETREAT", "withdraw"),
    "0873": ("RETREAT", "disarm"), "0874": ("RETREAT", "withdraw"),
    "09": ("ACCUSE", "investigate"),
    "101": ("REQUEST", "assist"), "102": ("REQUEST", "assist"), "103": ("REQUEST", "assist"),
    "104": ("REQUEST", "change"), "105": ("REQUEST", "change"), "1051": ("REQUEST", "yield"),
    "1052": ("REQUEST", "yield"), "1053": ("REQUEST", "yield"), "1054": ("REQUEST", "yield"),
    "1055": ("REQUEST", "yield"), "1056": ("REQUEST", "yield"), "106": ("REQUEST", "meet"),
    "107": ("REQUEST", "meet"), "108": ("REQUEST", "meet"),
    "11": ("ACCUSE", "disapprove"), "112": ("ACCUSE", "allege"),
    "121": ("REJECT", "assist"), "122": ("REJECT", "assist"), "123": ("REJECT", "change"),
    "124": ("REJECT", "change"), "1243": ("REJECT", "yield"), "1244": ("REJECT", "yield"),
    "1245": ("REJECT", "yield"), "1246": ("REJECT", "yield"), "125": ("REJECT", "meet"),
    "126": ("REJECT", "meet"), "127": ("REJECT", "meet"), "128": ("REJECT", "yield"),
    "129": ("REJECT", "yield"),
    "1311": ("THREATEN", "relations"), "1312": ("THREATEN", "restrict"),
    "1313": ("THREATEN", "relations"), "132": ("THREATEN", "restrict"),
    "1322": ("THREATEN", "ban"), "133": ("THREATEN", "relations"),
    "134": ("THREATEN", "relations"), "135": ("THREATEN", "relations"),
    "136": ("THREATEN", "expel"), "137": ("THREATEN", "violence"),
    "138": ("THREATEN", "violence"), "1381": ("THREATEN", "restrict"),
    "1382": ("THREATEN", "territory"), "139": ("THREATEN", "relations"),
    "141": ("PROTEST", "demo"), "142": ("PROTEST", "hunger"), "143": ("PROTEST", "strike"),
    "144": ("PROTEST", "obstruct"), "145": ("PROTEST", "riot"),
    "151": ("MOBILIZE", "police"), "152": ("MOBILIZE", "troops"), "153": ("MOBILIZE", "police"),
    "154": ("MOBILIZE", "troops"),
    "161": ("SANCTION", "withdraw"), "162": ("SANCTION", "discontinue"),
    "164": ("SANCTION", "withdraw"), "165": ("SANCTION", "withdraw"),
    "166": ("SANCTION", "expel"),
    "171": ("COERCE", "seize"), "1712": ("ASSAULT", "destroy"), "172": ("COERCE", "restrict"),
    "1721": ("COERCE", "censor"), "1722": ("COERCE", "ban"), "1723": ("COERCE", "curfew"),
    "1724": ("COERCE", "martial-law"), "173": ("COERCE", "arrest"), "174": ("COERCE", "deport"),
    "181": ("ASSAULT", "abduct"), "182": ("ASSAULT", "beat"), "1821": ("ASSAULT", "sexual"),
    "1822": ("ASSAULT", "torture"), "1823": ("ASSAULT", None), "183": ("ASSAULT", "explosives"),
    "1831": ("ASSAULT", "suicide-attack"), "185": ("ASSAULT", "targeted"),
    "186": ("ASSAULT", "targeted"),
    "191": ("COERCE", "restrict"), "192": ("COERCE", "seize"), "193": ("ASSAULT", "firearms"),
    "194": ("ASSAULT", "heavy-weapons"), "195": ("ASSAULT", "aerial"),
    "201": ("COERCE", "deport"), "202": ("ASSAULT", "massacre"), "203": ("ASSAULT", "cleansing"),
    "204": ("ASSAULT", "unconventional"),
}  # fmt: skip
# PLOVER type → the CAMEO root eventline records with it when the code's own root has
# another type (CONCEDE stays under 08, its root)
TYPE_ROOTS: dict[str, str] = {"COERCE": "17", "ASSAULT": "18", "CONCEDE": "08"}

# Words of a pattern that name a boycott rather than a strike (CAMEO 143 holds both).
BOYCOTT_WORDS = frozenset({"boycott"})


def plover(code: str | None, words: Iterable[str] = ()) -> Entry | None:
    """(PLOVER type, mode, CAMEO root) of a CAMEO code, None when it has no type (V1)."""
    if not code or not code.isdigit() or len(code) < 2:
        return None
    root = code[:2]
    base = ROOT_TYPES.get(root)
    if base is None:
        return None
    etype, mode = base, None
    for n in range(len(code), 1, -1):
        if code[:n] in CODE_MODES:
            etype, mode = CODE_MODES[code[:n]]
            break
    if mode == "strike" and BOYCOTT_WORDS & {w.lower() for w in words}:
        mode = "boycott"
    if ROOT_TYPES[root] != etype and not (root == "08" and etype in ("CONCEDE", "RETREAT")):
        root = TYPE_ROOTS[etype]
    return etype, mode, root


def parse_code(text: str | None) -> str | None:
    """The source → target half of a ``[code]`` (``[175:145]`` → 175); None when null."""
    if text is None:
        return None
    first = text.strip().split(":")[0].strip()
    return first if first.isdigit() else None


# --------------------------------------------------------------------------- verb dictionary

# Particles a dependency parser labels ``prt`` ("shot down", "wiped out"): the PHRASAL keys.
PARTICLES = frozenset(
    {"up", "down", "out", "off", "in", "on", "over", "back", "away", "around", "about",
     "through", "along", "aside", "apart", "forward", "together"}
)  # fmt: skip

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$")
_VERB = re.compile(r"^(\+?)([A-Z][A-Z'\-_]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*([#;].*)?$")
_WORD = re.compile(r"^[A-Z][A-Z'\-]*$")


@dataclass
class Verb:
    """One verb line of a block."""

    word: str  # as written, upper case ("SHOOT", "SHOOT_DOWN" for + lines)
    forms: tuple[str, ...]  # irregular forms listed in braces
    code: str | None  # its own code, else None
    has_own_code: bool
    commented: bool
    multiword: bool


@dataclass
class Pattern:
    """One ``- ... [code] # VERB`` line of a block."""

    body: str
    code: str | None
    null: bool  # coded [---]: the pattern is no event
    reversed: bool  # coded [:xxx]: an event whose actor is the verb's object
    sources: tuple[str, ...]  # verbs cited in the comment


@dataclass
class Block:
    """A block of synonymous verbs and their patterns."""

    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def read_synsets(lines: list[str]) -> dict[str, tuple[str, ...]]:
    """``&NAME`` → its one-word members, lower case (multi-word members dropped)."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            break
        if raw.lstrip().startswith("#"):
            continue
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = sets.setdefault(line[1:].rstrip("_"), [])
        elif line.startswith("+") and current is not None:
            word = line[1:].strip().rstrip("_")
            if _WORD.match(word):
                current.append(word.lower())
        elif not line:
            current = None
    return {k: tuple(dict.fromkeys(v)) for k, v in sets.items()}


def read_blocks(lines: list[str]) -> list[Block]:
    """The verb blocks of ``CAMEO.2.0.txt``, in file order."""
    blocks: list[Block] = []
    started = False
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            started = True
            continue
        if not started or not line.strip() or line.startswith(("#", "~")):
            continue
        header = _HEADER.match(line)
        if header:
            blocks.append(Block(header.group(1), parse_code(header.group(2))))
            continue
        if not blocks:
            continue
        if line.startswith("-"):
            pattern = _read_pattern(line)
            if pattern is not None:
                blocks[-1].patterns.append(pattern)
            continue
        verb = _read_verb(line)
        if verb is not None:
            blocks[-1].verbs.append(verb)
    return blocks


def _read_pattern(line: str) -> Pattern | None:
    m = _PATTERN.match(line)
    if m is None:
        return None
    body, code_text, comment = m.group(1), m.group(2), m.group(3) or ""
    sources = tuple(s.strip().upper() for s in comment.split(",") if _WORD.match(s.strip()))
    null = code_text.strip().startswith("---")
    reversed_ = code_text.strip().startswith(":")
    return Pattern(body.strip(), parse_code(code_text), null, reversed_, sources)


def _read_verb(line: str) -> Verb | None:
    m = _VERB.match(line.strip())
    if m is None:
        return None
    plus, word, forms, code_text, comment = m.groups()
    return Verb(
        word=word,
        forms=tuple(f.lstrip("+") for f in (forms or "").split()),
        code=parse_code(code_text),
        has_own_code=code_text is not None,
        commented=comment is not None,
        multiword=bool(plus) or "_" in word,
    )


# --------------------------------------------------------------------------- verb tables


@dataclass
class Explain:
    """What each rule dropped, for ``--explain``."""

    dropped: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def drop(self, rule: str, what: str) -> None:
        self.dropped[rule].append(what)


def _lemma_of(word: str, block: Block) -> str | None:
    """The block verb a pattern comment cites (by its base form or a listed form)."""
    for verb in block.verbs:
        if word == verb.word or word in verb.forms:
            return verb.word
    return None


def _pattern_sources(pattern: Pattern, block: Block) -> list[str]:
    """The verbs (base forms) a pattern belongs to: the ones its comment cites, else the
    block's only verb."""
    if pattern.sources:
        found = [_lemma_of(s, block) for s in pattern.sources]
        return list(dict.fromkeys(v for v in found if v is not None))
    singles = [v.word for v in block.verbs if not v.multiword]
    return singles if len(singles) == 1 else []


def _pattern_words(pattern: Pattern) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'\-]*", pattern.body)


OTHER_SENSE = "-"  # V3: typeless (01/02) or reversed ([:xxx]) patterns
NULL = ""  # V3: null patterns ([---]) exclude a use of the same sense: not counted


def _cited(block: Block) -> dict[str, list[str]]:
    """verb → the PLOVER types of the patterns citing it (OTHER_SENSE, NULL)."""
    cited: dict[str, list[str]] = defaultdict(list)
    for pattern in block.patterns:
        entry = plover(pattern.code, _pattern_words(pattern))
        etype = NULL if pattern.null else entry[0] if entry is not None else OTHER_SENSE
        for source in _pattern_sources(pattern, block):
            cited[source].append(etype)
    return cited


def _dominant_in_patterns(etype: str, own: list[str]) -> bool:
    """V3: the bare type is the sense of most of the verb's own patterns (a majority)."""
    counts = Counter(t for t in own if t != NULL)
    return not counts or 2 * counts[etype] > sum(counts.values())


def _catch_all(code: str) -> bool:
    """V6: a root's catch-all code of the cooperation roots 03-07 ("040 consult")."""
    return len(code) == 3 and code.endswith("0") and "03" <= code[:2] <= "07"


def bare_verbs(blocks: list[Block], explain: Explain) -> dict[str, Entry]:
    """VERBS: the bare code of every attested one-word verb (V1-V5)."""
    support: dict[str, Counter[Entry]] = defaultdict(Counter)
    for block in blocks:
        cited = _cited(block)
        for verb in block.verbs:
            if verb.multiword:
                continue
            word = verb.word.lower()
            code = verb.code if verb.has_own_code else block.code
            entry = plover(code, [verb.word])
            if entry is None:
                rule = "V5 light verb" if code is None and block.code is None else "V1 no type"
                explain.drop(rule, f"{word} [{code or '---'}]")
                continue
            attested = (
                verb.word == block.name
                or verb.has_own_code
                or verb.commented
                or any(t != NULL for t in cited.get(verb.word, []))
            )
            if not attested:
                explain.drop("V2 unattested synonym", f"{word} ({block.name})")
                continue
            own = cited.get(verb.word, [])
            chosen = verb.word == block.name or verb.has_own_code
            if code is not None and _catch_all(code) and not (chosen and entry[0] in own):
                explain.drop("V6 vague", f"{word} [{code}]")
                continue
            if not _dominant_in_patterns(entry[0], own):
                explain.drop("V3 not its dominant sense", f"{word} {entry[0]} {dict(Counter(own))}")
                continue
            support[word][entry] += 1 + own.count(entry[0])
    return _dominant(support, explain)


def _types(entries: Iterable[Entry]) -> str:
    return "/".join(sorted({e[0] for e in entries}))


def _dominant(support: dict[str, Counter[Entry]], explain: Explain) -> dict[str, Entry]:
    """One entry per lemma: its best-supported PLOVER type when it dominates (V4)."""
    out: dict[str, Entry] = {}
    for word in sorted(support):
        by_type: Counter[str] = Counter()
        for entry, n in support[word].items():
            by_type[entry[0]] += n
        ranked = by_type.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            explain.drop("V4 ambiguous", f"{word} {dict(ranked)}")
            continue
        best = ranked[0][0]
        if len(ranked) > 1:
            explain.drop("V4 minority sense", f"{word} keeps {best} over {dict(ranked[1:])}")
        # the most supported entry of that type (then the smallest, for determinism)
        entries = sorted(
            (e for e in support[word] if e[0] == best),
            key=lambda e: (-support[word][e], e[1] or "", e[2]),
        )
        out[word] = entries[0]
    return out


# Closed-class words and adverbs that patterns put after the verb ("* WITH", "* IF",
# "* HIMSELF"): no object noun.
NOT_OBJECTS = frozenset(
    {"a", "an", "the", "and", "or", "if", "when", "since", "to", "for", "with", "by", "of",
     "into", "from", "at", "as", "upon", "against", "after", "before", "between", "that",
     "this", "it", "them", "him", "her", "himself", "herself", "itself", "themselves",
     "each", "other", "not", "no", "all"}
)  # fmt: skip


def singular(word: str) -> str:
    """The lemma of a plural noun as a tagger gives it ("rallies" → "rally")."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# P1: synonym sets larger than this (the currency names) are not expanded: a sum of money
# is parsed as its number, never as the object noun.
MAX_SYNSET = 50


def _objects(token: str, synsets: dict[str, tuple[str, ...]]) -> list[str]:
    """The noun lemmas a pattern token stands for (a word, or a synonym set's words)."""
    if token.startswith("&"):
        members = synsets.get(token[1:].rstrip("_"), ())
        return [singular(w) for w in members] if len(members) <= MAX_SYNSET else []
    word = token.rstrip("_")
    if not _WORD.match(word) or word.lower() in NOT_OBJECTS or word.lower().endswith("ly"):
        return []
    return [singular(word)]


def _pattern_keys(
    pattern: Pattern, synsets: dict[str, tuple[str, ...]]
) -> tuple[list[str], str | None]:
    """(object lemmas, particle) of a pattern ``* [PARTICLE] [NOUN]`` (P1), else ([], None)."""
    tokens = pattern.body.split()
    if not tokens or tokens[0] != "*" or any(t[0] in "({$^+%" for t in tokens[1:]):
        return [], None
    rest = tokens[1:]
    particle = None
    if rest and rest[0].lower() in PARTICLES:
        particle, rest = rest[0].lower(), rest[1:]
    if len(rest) > 1:
        return [], None
    objects = _objects(rest[0], synsets) if rest else []
    if rest and not objects:
        return [], None
    return objects, particle


@dataclass
class Votes:
    """Patterns voting for each key of a table (P3)."""

    votes: dict[tuple[str, str], Counter[Entry | None]] = field(
        default_factory=lambda: defaultdict(Counter)
    )

    def add(self, key: tuple[str, str], entry: Entry | None) -> None:
        self.votes[key][entry] += 1

    def table(self, keep: dict[str, str | None], explain: Explain, name: str) -> dict:
        """One entry per key: the majority PLOVER type (no tie, not null), kept when it
        changes the verb's own type (P2)."""
        out: dict[tuple[str, str], Entry] = {}
        for key in sorted(self.votes):
            by_type: Counter[str] = Counter()
            for entry, n in self.votes[key].items():
                by_type[entry[0] if entry else NULL] += n
            ranked = by_type.most_common()
            if ranked[0][0] == NULL or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
                explain.drop(f"P3 {name} conflict or null", f"{key} {dict(ranked)}")
                continue
            best = ranked[0][0]
            if keep.get(key[0]) == best:
                explain.drop(f"P2 {name} same type as the verb", f"{key} {best}")
                continue
            entries = sorted(
                (e for e in self.votes[key] if e and e[0] == best),
                key=lambda e: (-self.votes[key][e], e[1] or "", e[2]),
            )
            out[key] = entries[0]
        return out


def verb_patterns(
    blocks: list[Block], synsets: dict[str, tuple[str, ...]], explain: Explain
) -> tuple[dict[tuple[str, str], Entry], dict[tuple[str, str], Entry]]:
    """VERB_OBJECT and PHRASAL from the patterns and the ``+VERB_WORD`` lines (P1-P4)."""
    own_type: dict[str, str | None] = {}  # verb → the type of its CAMEO bare code
    simple = {v.word for b in blocks for v in b.verbs if not v.multiword}
    objects, phrasal = Votes(), Votes()
    for block in blocks:
        for verb in block.verbs:
            code = verb.code if verb.has_own_code else block.code
            entry = plover(code, [verb.word])
            if not verb.multiword:
                own_type.setdefault(verb.word.lower(), entry[0] if entry else None)
                continue
            parts = verb.word.lower().split("_")
            if len(parts) != 2 or parts[0].upper() not in simple or code is None:
                continue
            if _catch_all(code):
                explain.drop("V6 vague", f"{verb.word.lower()} [{code}]")
                continue
            if parts[1] in PARTICLES:
                phrasal.add((parts[0], parts[1]), entry)
            elif _WORD.match(parts[1].upper()) and parts[1] not in NOT_OBJECTS:
                objects.add((parts[0], singular(parts[1])), entry)
        for pattern in block.patterns:
            nouns, particle = _pattern_keys(pattern, synsets)
            if not nouns and particle is None:
                continue
            entry = None if pattern.null else plover(pattern.code, _pattern_words(pattern))
            if entry is None and not pattern.null:
                continue
            for source in _pattern_sources(pattern, block):
                if source not in simple:
                    continue
                lemma = source.lower()
                for noun in nouns:
                    objects.add((lemma, noun), entry)
                if not nouns and particle is not None:
                    phrasal.add((lemma, particle), entry)
    return (
        objects.table(own_type, explain, "verb-object"),
        phrasal.table({}, explain, "phrasal"),
    )


# --------------------------------------------------------------------------- actors

# CAMEO religion codes (A1): a faith, the sector REL only when no role code comes with it.
RELIGION_CODES = frozenset(
    {"CHR", "MUS", "JEW", "HIN", "BUD", "CTH", "PRO", "MAR", "SHI", "SUN", "SIK", "JAN",
     "TAO", "CON", "ATH"}
)  # fmt: skip
# CAMEO role codes → PLOVER sectors (A1): the same code where PLOVER has it; CAMEO's MED is
# the media (PLOVER JRN), HLH health (PLOVER MED); religions are REL.
CAMEO_SECTORS: dict[str, str] = {
    **{c: c for c in ("GOV", "MIL", "REB", "CRM", "OPP", "BUS", "CVL", "JUD", "COP", "LEG",
                      "EDU", "UAF", "SPY", "AGR", "LAB", "REF", "PTY", "NGO", "ELI", "REL",
                      "IGO", "IMG")},
    "MED": "JRN", "HLH": "MED",
    **{c: "REL" for c in RELIGION_CODES},
}  # fmt: skip
# A1: agent heads that are places or vehicles, which the agents file codes CVL or BUS so that
# PETRARCH codes attacks on them: eventline reads settlements as locations and things as
# targets, never as actors. A vehicle of a state force ("fighter jet", "spy plane") acts for
# that force, as the subject of an attack stands for it: it keeps its sector.
CIVIL_SECTORS = frozenset({"CVL", "BUS"})
NOT_PERSON_HEADS = frozenset(
    {"village", "settlement", "neighborhood", "neighbourhood", "community", "town", "city",
     "airliner", "jet", "jetliner", "ship", "vessel", "tanker", "supertanker", "plane",
     "aircraft", "bus", "train", "car"}
)  # fmt: skip

_AGENT = re.compile(r"^([A-Z][A-Z0-9'!\-_. ]*?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)~?\]")


def plural(word: str) -> str:
    """Regular English plural ("soldier" → "soldiers", "militia" → "militias"); a word
    already plural ("spokesmen") is its own plural."""
    if word.endswith(("men", "people")):
        return word
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("man",)):
        return word[:-3] + "men"
    return word + "s"


def _substitutions(lines: list[str]) -> dict[str, list[str]]:
    subs: dict[str, list[str]] = {}
    for line in lines:
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line.strip())
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
    return subs


def _expand(name: str, subs: dict[str, list[str]]) -> list[str]:
    for key, words in subs.items():
        if key in name:
            return [v for w in words for v in _expand(name.replace(key, w), subs)]
    return [name]


def sector_terms(lines: list[str], explain: Explain) -> dict[str, tuple[str, str]]:
    """SECTOR_TERMS: agent term (and its plural) → (PLOVER sector, gloss) (A1)."""
    subs = _substitutions(lines)
    out: dict[str, tuple[str, str]] = {}
    conflicts: set[str] = set()
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        m = _AGENT.match(line)
        if m is None:
            continue
        name, forms, code = m.group(1).strip(), m.group(2), m.group(3)
        sector = _agent_sector(code)
        for expanded in _expand(name, subs):
            term = " ".join(expanded.replace("_", " ").lower().split())
            while term.split(" ", 1)[0] in ("a", "an", "the") and " " in term:
                term = term.split(" ", 1)[1]
            if sector is None:
                explain.drop("A1 no PLOVER sector", f"{term} [{code}]")
                continue
            if not term or len(term) < 2 or re.search(r"[^a-z' \-]", term):
                explain.drop("A1 not a term", term)
                continue
            if term.split()[-1] in NOT_PERSON_HEADS and sector in CIVIL_SECTORS:
                explain.drop("A1 place or vehicle", term)
                continue
            words = [term]
            if forms is None:
                if not term.endswith("s") and plural(term) != term:
                    words.append(plural(term))
            else:
                words.extend(" ".join(f.replace("_", " ").lower().split()) for f in forms.split())
            for w in words:
                if w in out and out[w][0] != sector:
                    conflicts.add(w)
                out.setdefault(w, (sector, w))
    for w in sorted(conflicts):
        explain.drop("A1 two sectors", w)
        del out[w]
    for w in role_heads(out):
        explain.drop("A5 role head", w)
        del out[w]
    return dict(sorted(out.items()))


def _agent_sector(code: str) -> str | None:
    """A1: the sector of the first role code of an agent code, else of its religion."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    known = [p for p in parts if p in CAMEO_SECTORS]
    roles = [p for p in known if p not in RELIGION_CODES]
    return CAMEO_SECTORS[(roles or known)[0]] if known else None


# A5: prepositions after which a compound names whom its head serves ("spokesman for …").
HEAD_PREPOSITIONS = ("for", "of")


def _head_and_modifier(term: str) -> list[tuple[str, str]]:
    """(head, modifier) readings of a compound: "government spokesman" → (spokesman,
    government); "spokesman for the opposition" → (spokesman, opposition)."""
    words = term.split()
    out = [(words[-1], " ".join(words[:-1]))] if len(words) > 1 else []
    if len(words) > 2 and words[1] in HEAD_PREPOSITIONS:
        rest = words[2:]
        if rest[0] in ("the", "a", "an") and len(rest) > 1:
            rest = rest[1:]
        out.append((words[0], " ".join(rest)))
    return out


def role_heads(table: dict[str, tuple[str, str]]) -> list[str]:
    """A5: one-word terms whose compounds never keep their sector and take the sector of
    their modifier in at least two sectors ("spokesman": government/military/opposition)."""
    compounds: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for term, (sector, _) in table.items():
        for head, modifier in _head_and_modifier(term):
            compounds[head].append((modifier, sector))
    heads = []
    for word in sorted(compounds):
        if word not in table:
            continue
        own = table[word][0]
        from_modifier = {s for m, s in compounds[word] if s != own and table.get(m, ("",))[0] == s}
        if len(from_modifier) >= 2 and all(s != own for _, s in compounds[word]):
            heads.append(word)
    return heads


@dataclass
class ActorEntry:
    """A named actor of a Phoenix actors file: its names and codes."""

    names: list[str]
    codes: list[str]
    dated: bool


def read_actors(lines: list[str]) -> list[ActorEntry]:
    """Entries of a Phoenix actors file: a name line, ``+`` synonyms, ``[CODE date]``s."""
    entries: list[ActorEntry] = []
    for raw in lines:
        if raw.lstrip().startswith("#") or not raw.strip():
            continue
        line = raw.split("#", 1)[0].rstrip()
        codes = re.findall(r"\[([^\]]*)\]", line)
        head = line.split("[", 1)[0].strip()
        if raw[0] in " \t" and not head:
            if entries:
                _add_codes(entries[-1], codes)
            continue
        if head.startswith("+"):
            if entries:
                entries[-1].names.append(head[1:])
                _add_codes(entries[-1], codes)
            continue
        if head:
            entries.append(ActorEntry([head], [], False))
            _add_codes(entries[-1], codes)
    return entries


def _add_codes(entry: ActorEntry, codes: list[str]) -> None:
    for code in codes:
        parts = code.split()
        if parts and parts[0] != "---":
            entry.codes.append(parts[0])
            entry.dated = entry.dated or len(parts) > 1


# Words that make a name an organisation's rather than a person's (A2, A3).
ORGANISATION_WORDS = frozenset(
    {"organization", "organisation", "union", "league", "council", "commission", "committee",
     "court", "tribunal", "bank", "fund", "agency", "programme", "program", "association",
     "community", "federation", "forum", "mission", "nations", "institute", "foundation",
     "society", "cross", "crescent", "watch", "parliament", "assembly", "secretariat",
     "office", "centre", "center", "network", "alliance", "movement", "campaign",
     "coalition", "partnership", "panel", "authority", "conference", "group", "groups",
     "army", "front", "brigade", "brigades", "party", "force", "forces", "liberation",
     "resistance", "militia", "faction", "cell", "cells", "nuclei", "nucleus", "command",
     "battalion", "battalions", "legion", "commandos", "fighters", "guerrillas", "mujahideen",
     "jihad", "lashkar", "laskar", "jaish", "jaysh", "harakat", "jamaat", "jemaah", "jamaah",
     "ansar", "tigers", "brotherhood", "revolutionary", "services", "doctors",
     "international", "without", "borders"}
)  # fmt: skip
SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "or"})
MAX_ACRONYM = 5  # A2/A3: one-word names up to this length are acronyms, longer ones persons
MAX_NAME = 60  # A2/A3: longer names are descriptions no news report writes out


def _clean_name(name: str) -> tuple[str, str | None]:
    """(name words, lower case; acronym given in parentheses) of a dictionary name."""
    acronym = None
    m = re.search(r"\(([A-Z0-9/.\-]+)\)", name)
    if m:
        acronym = m.group(1).replace(".", "").lower()
    text = re.sub(r"\([^)]*\)", " ", name).replace("_", " ").replace("+", " ")
    words = [w for w in text.lower().split() if w]
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words), acronym


def _is_organisation_name(name: str) -> bool:
    words = name.split()
    if (
        not words
        or len(name) > MAX_NAME
        or re.search(r"[^a-z0-9' \-/&.]", name)
        or not re.search(r"[a-z]", name)
    ):
        return False
    if len(words) == 1:
        return len(words[0].replace("-", "")) <= MAX_ACRONYM
    return any(w in ORGANISATION_WORDS for w in re.split(r"[ \-]", name))


def title(name: str) -> str:
    """Canonical spelling of a dictionary name: acronyms upper case, words capitalised."""
    words = name.split()
    if len(words) == 1 and len(name.replace("-", "")) <= MAX_ACRONYM:
        return name.upper()
    out = []
    for i, w in enumerate(words):
        if i and w in SMALL_WORDS:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def _entry_names(
    entry: ActorEntry, words: frozenset[str], explain: Explain, rule: str
) -> list[tuple[str, str]]:
    """(key, canonical) for every name of an entry that passes the organisation test; an
    acronym the dictionaries also use as a word ("car") is ambiguous and left out."""
    first = None
    keys: list[str] = []
    for raw in entry.names:
        name, acronym = _clean_name(raw)
        if not _is_organisation_name(name):
            explain.drop(f"{rule} person or unclear name", name)
            continue
        if first is None:
            first = title(name)
        keys.append(name)
        if acronym and len(acronym) >= 2:
            keys.append(acronym)
    for key in [k for k in keys if " " not in k and k in words]:
        explain.drop(f"{rule} acronym that is a word", key)
        keys.remove(key)
    return [(k, first) for k in keys] if first and keys else []


def dictionary_words(cameo: list[str], agents: list[str]) -> frozenset[str]:
    """Every word the verb and agents dictionaries use (lower case): verbs, their forms,
    synonym-set members, pattern words and agent terms."""
    text = "\n".join(
        line.split("#", 1)[0] for line in (*cameo, *agents) if not line.startswith("#")
    )
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", text))


def organisations(
    lines: list[str], words: frozenset[str], explain: Explain
) -> dict[str, tuple[str, str, str]]:
    """ORGANISATIONS: IGO and NGO names → (canonical, UNO/EUR/IGO/NGO, sector) (A2)."""
    out: dict[str, tuple[str, str, str]] = {}
    for entry in read_actors(lines):
        code = next((c for c in entry.codes if c.startswith(("IGO", "NGO"))), None)
        if code is None:
            continue
        if entry.dated:
            explain.drop("A2 office holder", entry.names[0])
            continue
        if code.startswith("IGOUNO"):
            org = "UNO"
        elif code.startswith("IGOEUREEC"):
            org = "EUR"
        else:
            org = code[:3]
        sector = "JUD" if "JUD" in code else ("NGO" if org == "NGO" else "IGO")
        for key, canonical in _entry_names(entry, words, explain, "A2"):
            out.setdefault(key, (canonical, org, sector))
    return dict(sorted(out.items()))


def armed_groups(
    lines: list[str], countries: frozenset[str], words: frozenset[str], explain: Explain
) -> dict[str, tuple[str, str | None, str]]:
    """KNOWN_GROUPS: armed group names → (canonical, ISO3 or None, REB) (A3)."""
    out: dict[str, tuple[str, str | None, str]] = {}
    for entry in read_actors(lines):
        code = next((c for c in entry.codes if "REB" in c or c.startswith("IMG")), None)
        if code is None:
            continue
        if entry.dated:
            explain.drop("A3 office holder", entry.names[0])
            continue
        country = code[:3] if code[:3] in countries else None
        for key, canonical in _entry_names(entry, words, explain, "A3"):
            out.setdefault(key, (canonical, country, "REB"))
    return dict(sorted(out.items()))


ADJECTIVE_ENDINGS = ("an", "ese", "ish", "i")  # A4


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def demonyms(lines: list[str], countries: frozenset[str], explain: Explain) -> dict[str, str]:
    """DEMONYMS: nationality adjectives (and plural nouns) of the country blocks (A4): one
    word, a nationality ending, the country name's first four letters, and no spelling of
    the country name (within an edit distance of 2 without extending it)."""
    out: dict[str, str] = {}
    for entry in read_actors(lines):
        if len(entry.codes) != 1 or entry.codes[0] not in countries:
            continue
        country, _ = _clean_name(entry.names[0])
        for raw in entry.names[1:]:
            word, _ = _clean_name(raw)
            if " " in word or not word.endswith(ADJECTIVE_ENDINGS) or word.endswith("stan"):
                continue
            misspelt = _distance(word, country) <= 2 and not word.startswith(country)
            if word[:4] != country[:4] or misspelt:
                explain.drop("A4 not an adjective", f"{word} ({country})")
                continue
            adjective = title(word) if len(word) > MAX_ACRONYM else word.capitalize()
            out.setdefault(adjective, entry.codes[0])
            if word.endswith(("an", "i")):
                out.setdefault(adjective + "s", entry.codes[0])
    return dict(sorted(out.items()))


def iso3_codes(root: Path = ROOT) -> frozenset[str]:
    """The ISO3 codes eventline's gazetteer knows (``data/countries.tsv``)."""
    path = root / "src" / "eventline" / "data" / "countries.tsv"
    return frozenset(
        line.split("\t", 1)[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )


# --------------------------------------------------------------------------- output

SOURCES = {
    "cameo": "CAMEO.2.0.txt",
    "agents": "Phoenix.agents.txt",
    "international": "Phoenix.International.actors.txt",
    "nonstate": "Phoenix.MilNonState.actors.txt",
    "countries": "Phoenix.Countries.actors.txt",
}
MIT_NOTICE = """\
The MIT License (MIT)

Copyright (c) 2014, 2015 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
DEALINGS IN THE SOFTWARE."""


def q(value: object) -> str:
    """A Python literal with double-quoted strings (stable under ruff format)."""
    if value is None:
        return "None"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, tuple):
        return "(" + ", ".join(q(v) for v in value) + ")"
    raise TypeError(value)


def render_table(name: str, hint: str, table: dict) -> list[str]:
    lines = [f"{name}: {hint} = {{"]
    for key, value in table.items():
        line = f"    {q(key)}: {q(value)},"
        if len(line) > 100:
            line = f"    {q(key)}:\n        {q(value)},"
        lines.append(line)
    lines.append("}")
    return lines


def render_module(doc: str, files: list[str], tables: list[tuple[str, str, dict]]) -> str:
    """A data module: docstring, source and licence, the tables (no formatting by ruff)."""
    out = [
        f'"""{doc}',
        "",
        "Generated by scripts/derive_petrarch.py from the PETRARCH2 / Phoenix dictionaries",
        "(Open Event Data Alliance):",
        *(f"    {name}" for name in files),
        "Do not edit: rerun the script. The curated tables of this folder win over these",
        "entries (the script lists the rules that chose them).",
        "",
        "Source licence of the dictionaries:",
        "",
        *MIT_NOTICE.splitlines(),
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    if any("Entry" in hint for _, hint, _ in tables):
        out += ["from eventline.lang.base import Entry", ""]
    out.append("# fmt: off")
    for name, hint, table in tables:
        out += [*render_table(name, hint, table), ""]
    out[-1] = "# fmt: on"
    return "\n".join(line.rstrip() for line in out) + "\n"


def build(source: Path, iso3: frozenset[str], explain: Explain) -> dict[str, str]:
    """File name → text of the generated modules."""

    def read(key: str) -> list[str]:
        return (source / SOURCES[key]).read_text(encoding="utf-8", errors="replace").splitlines()

    cameo = read("cameo")
    words = dictionary_words(cameo, read("agents"))
    blocks = read_blocks(cameo)
    verbs = bare_verbs(blocks, explain)
    verb_object, phrasal = verb_patterns(blocks, read_synsets(cameo), explain)
    triggers = render_module(
        "English event verbs derived from the CAMEO verb dictionary of PETRARCH2: lemma,\n"
        "(verb, object lemma) and (verb, particle) → (PLOVER type, mode, CAMEO root).",
        [SOURCES["cameo"]],
        [
            ("VERBS", "dict[str, Entry]", verbs),
            ("VERB_OBJECT", "dict[tuple[str, str], Entry]", verb_object),
            ("PHRASAL", "dict[tuple[str, str], Entry]", phrasal),
        ],
    )
    actors = render_module(
        "English actor words derived from the Phoenix dictionaries: agent nouns → PLOVER\n"
        "sector, international organisations, non-state armed groups, nationality adjectives.",
        [SOURCES[k] for k in ("agents", "international", "nonstate", "countries")],
        [
            ("SECTOR_TERMS", "dict[str, tuple[str, str]]", sector_terms(read("agents"), explain)),
            (
                "ORGANISATIONS",
                "dict[str, tuple[str, str, str]]",
                organisations(read("international"), words, explain),
            ),
            (
                "KNOWN_GROUPS",
                "dict[str, tuple[str, str | None, str]]",
                armed_groups(read("nonstate"), iso3, words, explain),
            ),
            ("DEMONYMS", "dict[str, str]", demonyms(read("countries"), iso3, explain)),
        ],
    )
    return {"cameo_verbs.py": triggers, "phoenix_actors.py": actors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    parser.add_argument("--check", action="store_true", help="fail if a module would change")
    parser.add_argument("--explain", action="store_true", help="list what each rule dropped")
    args = parser.parse_args(argv)
    explain = Explain()
    modules = build(args.source, iso3_codes(), explain)
    if args.explain:
        for rule in sorted(explain.dropped):
            items = explain.dropped[rule]
            sys.stderr.write(f"{rule}: {len(items)}\n  " + "\n  ".join(items) + "\n")
    changed = []
    for name, text in modules.items():
        path = args.out / name
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            changed.append(name)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if args.check and changed:
        sys.stderr.write(f"out of date: {', '.join(changed)}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
