"""Actor mentions → canonical name, country (ISO3 or PLOVER IGO code) and sector.

Language-neutral logic; the vocabulary (pronouns, nationality words, sector head nouns,
organisations, armed groups) lives in ``eventline/lang/<code>/actors.py``, armed groups
known under one name in every language in ``eventline/data/armed_groups.tsv``. Country
comes from a nationality word ("armée malienne" → MLI), a country name ("les États-Unis"
→ USA), a capital standing for its government ("Washington" → USA/GOV) or a known
organisation ("l'Union africaine" → IGO). Sector is a PLOVER sector code from the head
noun. :data:`DESCRIBE_STEPS` lists the rules in order. See docs/places-and-actors.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from typing import TypeVar

from eventline import data
from eventline import lang as langdata
from eventline.enrich import gazetteer as geo
from eventline.lang.base import NEVER

# (canonical name, country or None, PLOVER sector) of an armed group
Group = tuple[str, str | None, str]
V = TypeVar("V")

_WORD_RE = re.compile(r"[^\W_]+")  # words split at hyphens and apostrophes
_MORPH_NUMBER = {"Sing": "sing", "Plur": "plur"}  # spaCy (UD) feature values
_MORPH_GENDER = {"Masc": "masc", "Fem": "fem"}


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """What one actor mention says about its entity.

    ``country`` is ISO 3166-1 alpha-3, or a PLOVER code for international entities
    (``UNO`` United Nations bodies, ``EUR`` European Union, ``IGO`` other
    intergovernmental organisations, ``NGO``). ``sector`` is a PLOVER sector code.
    """

    text: str  # raw mention
    canonical: str | None  # proper names as written (articles stripped); descriptions in English
    country: str | None
    sector: str | None
    number: str | None  # "sing" | "plur"
    gender: str | None  # "masc" | "fem" | None
    kind: str  # "name" | "description" | "pronoun" | "place-metonym"
    # a known entity of no one country (a transnational armed group): no country is to
    # be guessed for it from the article's context
    stateless: bool = False
    # first-person pronoun ("nous", "I"): the speaker of its quotation
    first_person: bool = False
    # a weapon standing for its unnamed users ("un missile russe"): it names no entity
    instrument: bool = False


@dataclass(frozen=True, slots=True)
class _Lexicon:
    pronouns: dict[str, tuple[str, str | None]]
    determiners: dict[str, tuple[str, str | None]]
    strip_leading: frozenset[str]
    demonyms: dict[str, str]  # folded → ISO3 ("" = no state)
    sectors: dict[tuple[str, ...], tuple[str, str]]  # folded tokens → (sector, gloss)
    generic: dict[tuple[str, ...], str]
    organisations: dict[str, tuple[str, str, str]]  # folded name → (canonical, code, sector)
    # seat of power → (name in the language, code, sector)
    metonyms: dict[str, tuple[str, str, str]]
    number_words: dict[str, int]  # "deux" → 2: a leading count is not a name
    demonym_words: frozenset[str]  # folded nationality words ("russian", "malienne")
    max_len: int
    plural_nouns: frozenset[str]  # plural nouns without a plural ending ("police", "gunmen")
    demonym_gender: dict[str, str]  # folded inflected nationality word → gender
    descriptive: frozenset[str]  # capitalised adjectives that do not make a name
    head_last: bool  # the head noun comes last, before the first complement preposition
    name_starts_capitalised: bool  # a proper name's first word has a capital
    titles: dict[tuple[str, ...], str]  # folded title words → sector
    partitives: dict[str, tuple[str, str | None]]  # folded → (number, gender)
    possessives: dict[str, tuple[str, str | None]]  # folded → owner's (number, gender)
    instruments: dict[tuple[str, ...], str]  # folded weapon words → "MIL"
    first_person: dict[str, str]  # folded pronoun → number
    coordinators: tuple[str, ...]  # "X and Y": words joining two conjuncts, as written


def _fold_keys(d: Mapping[str, V]) -> dict[tuple[str, ...], V]:
    return {tuple(geo.fold(k).split()): v for k, v in d.items()}


@langdata.derived
@cache
def _lexicon(lang: str) -> _Lexicon:
    language = langdata.get(lang)
    vocab = language.actors
    sectors = _fold_keys(vocab.SECTOR_TERMS)
    generic = _fold_keys(vocab.GENERIC_TERMS)
    return _Lexicon(
        pronouns={k.lower(): v for k, v in vocab.PRONOUNS.items()},
        determiners={geo.fold(k) or k: v for k, v in vocab.DETERMINERS.items()},
        strip_leading=frozenset(geo.fold(w) for w in vocab.STRIP_LEADING),
        demonyms={geo.fold(k): v for k, v in vocab.DEMONYMS.items()},
        sectors=sectors,
        generic=generic,
        organisations={geo.fold(k): v for k, v in vocab.ORGANISATIONS.items()},
        metonyms={geo.fold(k): v for k, v in vocab.METONYMS.items()},
        demonym_words=frozenset(geo.fold(k) for k in vocab.DEMONYMS),
        number_words={geo.fold(k): v for k, v in language.casualties.NUMBER_WORDS.items()},
        max_len=max((len(k) for k in [*sectors, *generic]), default=1),
        plural_nouns=frozenset(geo.fold(w) for w in vocab.PLURAL_NOUNS),
        demonym_gender={geo.fold(k): v for k, v in vocab.DEMONYM_GENDER.items()},
        descriptive=frozenset(geo.fold(w) for w in vocab.DESCRIPTIVE_ADJECTIVES),
        head_last=vocab.HEAD_LAST,
        name_starts_capitalised=vocab.NAME_STARTS_CAPITALISED,
        titles=_fold_keys(vocab.TITLES),
        partitives={geo.fold(k): v for k, v in vocab.PARTITIVES.items()},
        possessives={geo.fold(k): v for k, v in vocab.POSSESSIVE_OWNERS.items()},
        instruments=_fold_keys(dict.fromkeys(vocab.ARMED_INSTRUMENTS, "MIL")),
        first_person={geo.fold(k): v for k, v in vocab.FIRST_PERSON.items()},
        coordinators=language.places.LIST_CONJUNCTIONS,
    )


# --- words of every language ----------------------------------------------------------
# These rules apply every supported language's words to every mention, whatever its
# language, as they always have (a mention may quote a name or word of another language):
# each set is the union over the language folders, computed once.


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(f for w in words if (f := geo.fold(w)))


@langdata.derived
@cache
def known_groups() -> dict[str, Group]:
    """Armed groups active in several countries or well known under one name, by folded
    name: the names every language shares (``data/armed_groups.tsv``), then each
    language's own names and spellings (``KNOWN_GROUPS``). General world knowledge."""
    groups: dict[str, Group] = {}
    for name, canonical, code, sector in data.rows("armed_groups.tsv"):
        groups[geo.fold(name)] = (canonical, None if code == "-" else code, sector)
    for language in langdata.every():
        for name, group in language.actors.KNOWN_GROUPS.items():
            groups.setdefault(geo.fold(name), group)
    return groups


@langdata.derived
@cache
def _group_max() -> int:
    return max((len(k.split()) for k in known_groups()), default=0)


@langdata.derived
@cache
def _group_first_words() -> frozenset[str]:
    """What comes before the first space of each known group's folded name: a run of
    words can only be a group's name when its first word's is one of them."""
    return frozenset(k.split(" ")[0] for k in known_groups())


@langdata.derived
@cache
def _complement_prepositions() -> frozenset[str]:
    """ "of", "de"…: a description's head phrase ends before them."""
    return _folded(w for d in langdata.every() for w in d.actors.COMPLEMENT_PREPOSITIONS)


@langdata.derived
@cache
def _title_function_words() -> frozenset[str]:
    """Articles and complement prepositions: the words of a capitalised title that are
    neither head nouns nor nationalities ("le Premier ministre de la Défense")."""
    articles = _folded(
        w
        for d in langdata.every()
        for w in (*d.function_words.DEFINITE_ARTICLES, *d.function_words.INDEFINITE_ARTICLES)
    )
    return articles | _complement_prepositions()


@langdata.derived
@cache
def _possessive_tokens() -> frozenset[str]:
    """The possessive clitic as a word of its own ("Sudan's" → "sudan", "s")."""
    return _folded(c for d in langdata.every() for c in d.function_words.POSSESSIVE_CLITICS)


@langdata.derived
@cache
def _elisions() -> tuple[re.Pattern[str], dict[str, tuple[str | None, str | None]]]:
    """A leading elided determiner ("l'armée", "d'autres") and, by its lower-case letters,
    the number and gender it shows."""
    shown: dict[str, tuple[str | None, str | None]] = {}
    for d in langdata.every():
        for det, agreement in d.actors.ELIDED_DETERMINERS.items():
            shown.setdefault(det.rstrip("'’").lower(), agreement)
    if not shown:
        return re.compile(NEVER), shown
    stems = "|".join(re.escape(s) for s in sorted(shown, key=len, reverse=True))
    return re.compile(rf"^(?:{stems})['’]\s*", re.IGNORECASE), shown


@langdata.derived
@cache
def _quantity_re() -> re.Pattern[str]:
    """Leading quantities of a description: "au moins", "plusieurs centaines d'",
    "dozens of", numbers; several may follow one another."""
    phrases = dict.fromkeys(p for d in langdata.every() for p in d.actors.QUANTITY_PHRASES)
    links = dict.fromkeys(
        w for d in langdata.every() for w in d.function_words.GENITIVE_PREPOSITIONS
    )
    # an elided preposition ("d'") sticks to its noun; the others are followed by a space
    link = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+") for w in links)
    alternatives = [r"\d[\d\s.,]*\s+"]
    if phrases:
        words = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        alternatives.insert(0, rf"(?:{words})\s+" + (rf"(?:{link})?" if link else ""))
    return re.compile(rf"^(?:{'|'.join(alternatives)})+", re.IGNORECASE)


@langdata.derived
@cache
def _plural_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Endings of plural nouns, and the endings that still make no plural."""
    plural = tuple(dict.fromkeys(e for d in langdata.every() for e in d.actors.PLURAL_ENDINGS))
    singular = tuple(dict.fromkeys(e for d in langdata.every() for e in d.actors.SINGULAR_ENDINGS))
    return plural, singular


def _plural_form(word: str) -> bool:
    plural, singular = _plural_endings()
    return word.endswith(plural) and not word.endswith(singular)


# --- glosses --------------------------------------------------------------------------


@langdata.derived
@cache
def english_adjective(iso3: str) -> str | None:
    """Nationality adjective of a country code in the gloss language ("MLI" → "Malian")."""
    vocab = langdata.get(langdata.GLOSS).actors
    # the adjective is listed before its generated plural noun ("Malian", "Malians")
    return next((adj for adj, code in vocab.DEMONYMS.items() if code == iso3), None)


@langdata.derived
@cache
def generic_glosses() -> frozenset[str]:
    """English glosses of generic heads in every language ("group", "movement"…)."""
    return frozenset(g for d in langdata.every() for g in d.actors.GENERIC_TERMS.values())


def is_generic(info: ActorInfo) -> bool:
    """A description whose head is generic ("le groupe", "the Iraqi group")."""
    if info.kind != "description" or info.sector is not None or not info.canonical:
        return False
    return info.canonical.split()[-1] in generic_glosses()


# --- describe -------------------------------------------------------------------------


def describe(
    text: str,
    lang: str,
    *,
    head_lemma: str | None = None,
    morph: Mapping[str, str] | None = None,
) -> ActorInfo:
    """Canonical name, country, sector, number, gender and kind of one actor mention
    (memoised: news repeats the same mentions)."""
    return _describe_cached(text, lang, head_lemma, tuple(sorted((morph or {}).items())))


@langdata.derived
@lru_cache(maxsize=65536)
def _describe_cached(
    text: str, lang: str, head_lemma: str | None, morph: tuple[tuple[str, str], ...]
) -> ActorInfo:
    return _describe(text, lang, head_lemma=head_lemma, morph=dict(morph) or None)


@dataclass(frozen=True, slots=True)
class _Head:
    """What a mention's head and words say, once no whole-mention rule applied."""

    country: str | None
    sector: str | None
    gloss: str | None  # English gloss of the sector or generic head noun
    is_name: bool
    number: str | None
    gender: str | None
    organisation: tuple[str, str, str] | None  # a known organisation named inside


@dataclass
class _Mention:
    """One mention being described: its text, determiner and words (read once), and the
    head analysis the later steps share (computed when first needed)."""

    raw: str  # the text with spaces squeezed
    lang: str
    lex: _Lexicon
    head_lemma: str | None
    morph: Mapping[str, str] | None
    number: str | None  # shown by the determiner or the morphology
    gender: str | None
    body: str  # the text without its determiner
    key: str  # body folded
    words: list[str]
    tokens: list[str]  # words folded

    @cached_property
    def head(self) -> _Head:
        return _analyse(self)


def _mention(
    text: str, lang: str, head_lemma: str | None, morph: Mapping[str, str] | None
) -> _Mention:
    raw = " ".join(text.split())
    lex = _lexicon(lang)
    number, gender, body = _determiner(raw, lex)
    counted = _strip_counts(raw, lex)
    quantified = counted not in (raw, body)
    if quantified:  # "au moins 50 personnes", "Many people": several
        body, number = counted, "plur"
    if morph:
        if not quantified:  # the parse's head may be the quantity's ("a phalanx of")
            number = _MORPH_NUMBER.get(morph.get("Number", ""), number)
        gender = _MORPH_GENDER.get(morph.get("Gender", ""), gender)
    words = _WORD_RE.findall(body)
    tokens = [geo.fold(w) for w in words]
    return _Mention(
        raw, lang, lex, head_lemma, morph, number, gender, body, geo.fold(body), words, tokens
    )


def _pronoun(m: _Mention) -> ActorInfo | None:
    """ "il", "they": number and gender only."""
    low = m.raw.lower().replace("’", "'")
    agreement = m.lex.pronouns.get(low) or m.lex.pronouns.get(low.replace("'", "’"))
    if agreement is None:
        first = m.lex.first_person.get(geo.fold(m.raw))
        if first is None:
            return None
        return ActorInfo(m.raw, None, None, None, first, None, "pronoun", first_person=True)
    return ActorInfo(m.raw, None, None, None, agreement[0], agreement[1], "pronoun")


def _partitive(m: _Mention) -> ActorInfo | None:
    """ "au moins dix d'entre eux", "huit autres", "the others": people counted or named
    before, resolved like a plural pronoun."""
    agreement = m.lex.partitives.get(m.key)
    if agreement is None:
        return None
    return ActorInfo(m.raw, None, None, None, agreement[0], agreement[1], "pronoun")


_APPOSITION_COMMA_RE = re.compile(r",(?!\d)")  # not the comma of "5,000"


def _apposition(m: _Mention) -> ActorInfo | None:
    """ "X, un groupe armé irakien": the part before the comma, typed by the part after;
    "la cheffe de l'opposition, Svetlana X": the name in apposition names the entity."""
    parts = _APPOSITION_COMMA_RE.split(m.raw, maxsplit=1)
    if len(parts) < 2:
        return None
    first, rest = parts
    head = describe(first, m.lang, head_lemma=m.head_lemma, morph=m.morph)
    extra = describe(rest, m.lang) if rest.strip() else None
    if head.kind == "name" and extra is not None:
        country, sector = head.country or extra.country, head.sector or extra.sector
        return ActorInfo(m.raw, head.canonical, country, sector, head.number, head.gender, "name")
    if head.kind == "description" and extra is not None and extra.kind == "name":
        # the description gives the sector
        country, sector = extra.country or head.country, extra.sector or head.sector
        return ActorInfo(
            rest.strip(), extra.canonical, country, sector, head.number, head.gender, "name"
        )
    return replace(head, text=m.raw)


def _seat_of_power(m: _Mention) -> ActorInfo | None:
    """ "le Kremlin", "la Maison-Blanche", "Bruxelles": an institution or seat standing for
    a government or an organisation."""
    if m.key not in m.lex.metonyms:
        return None
    canonical, code, sector = m.lex.metonyms[m.key]
    return ActorInfo(m.raw, canonical, code, sector, "sing", m.gender, "place-metonym")


def _organisation_name(m: _Mention) -> ActorInfo | None:
    """The whole mention names a known organisation ("l'Union africaine")."""
    if m.key not in m.lex.organisations:
        return None
    canonical, code, sector = m.lex.organisations[m.key]
    return ActorInfo(m.raw, canonical, code, sector, m.number or "sing", m.gender, "name")


def _armed_group_name(m: _Mention) -> ActorInfo | None:
    """The whole mention names a known armed group ("le Hamas")."""
    group = known_groups().get(m.key)
    if group is None:
        return None
    canonical, code, sector = group
    return ActorInfo(
        m.raw, canonical, code, sector, m.number, m.gender, "name", stateless=code is None
    )


def _country_or_capital(m: _Mention) -> ActorInfo | None:
    """A capitalised country name ("les États-Unis"), or a capital standing for its
    government ("Washington")."""
    if not m.words or not m.words[0][:1].isupper():
        return None
    iso3 = geo.country_of_name(m.body)
    if iso3:
        return ActorInfo(m.raw, geo.country_name(iso3), iso3, "GOV", m.number, m.gender, "name")
    iso3 = geo.capital_country(m.body)
    if iso3:
        name = geo.country_name(iso3)
        return ActorInfo(m.raw, name, iso3, "GOV", m.number or "sing", m.gender, "place-metonym")
    return None


def _title_and_name(m: _Mention) -> ActorInfo | None:
    """ "le président Félix Tshisekedi", "le général français X", "President X": a title
    (and a nationality) before a proper name; the name is the entity's name, the title its
    sector."""
    words = m.body.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        key = tuple(geo.fold(" ".join(words[:n])).split())
        sector = m.lex.titles.get(key)
        if sector is None and not words[0][:1].isupper() and key in m.lex.sectors:
            sector = m.lex.sectors[key][0]
        tail = words[n:]
        while tail and geo.fold(tail[0]) in m.lex.demonyms and not tail[0][:1].isupper():
            tail = tail[1:]  # "le président français X"
        name = " ".join(tail)
        if (
            sector is None
            or not tail
            or not all(w[:1].isupper() for w in tail)
            or geo.country_of_name(name)
            or geo.fold(tail[0]) in m.lex.demonyms
        ):
            continue
        country = _country(m.words, m.tokens, m.lex)
        return ActorInfo(m.raw, name, country, sector, m.number, m.gender, "name")
    return None


def _described_name(m: _Mention) -> ActorInfo | None:
    """ "la coalition de gangs Viv Ansanm", "opposition leader Juan X": a description
    followed by the name it introduces (not a complement: "les habitants de Goma"); the
    name names the entity, the description gives its sector and country."""
    words = m.body.split()
    start = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if not start or m.body[:1].isupper():
        return None
    function_words = _title_function_words()
    tail = words[start:]
    if geo.fold(words[start - 1]) in function_words or not all(
        w[:1].isupper() or geo.fold(w) in function_words for w in tail
    ):
        return None
    name = " ".join(tail)
    if geo.country_of_name(name) or geo.fold(tail[0]) in m.lex.demonyms:
        return None
    head = describe(" ".join(words[:start]), m.lang)
    if head.sector is None and not is_generic(head):
        return None
    named = describe(name, m.lang)
    country = named.country or head.country
    sector = named.sector or head.sector
    return ActorInfo(
        m.raw, named.canonical, country, sector, m.number, m.gender, "name", named.stateless
    )


def _organisation_inside(m: _Mention) -> ActorInfo | None:
    """A known organisation named inside the mention, when the head does not say the
    mention is a person of it ("ECOWAS leaders", "l'ONG HRW")."""
    org = m.head.organisation
    if org is None or (m.head.sector is not None and m.head.sector != org[2]):
        return None
    name, code, sector = org
    return ActorInfo(m.raw, name, code, sector, m.head.number, m.head.gender, "name")


def _armed_group_inside(m: _Mention) -> ActorInfo | None:
    """ "Boko Haram fighters", "les combattants du Hezbollah": the group is the actor."""
    group = _known_group(m.tokens)
    if group is None:
        return None
    canonical, code, sector = group
    number, gender = m.head.number, m.head.gender
    return ActorInfo(m.raw, canonical, code, sector, number, gender, "name", stateless=code is None)


# sectors whose members may use weapons as their own; any other owner's weapons are the
# military's ("a regime jet" is the army's)
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "CRM"})


def weapon_user(text: str, lang: str) -> ActorInfo | None:
    """ "un drone de l'armée", "a regime jet fighter", "un missile russe": a weapon or
    craft heading an actor mention stands for the forces using it; the other words name
    them ("armée", "regime"), else they are the military of the nationality named, if any.
    None when no weapon heads the mention. (Not a step of :func:`describe`: extraction
    asks whether a word names an actor, and a weapon does not.)"""
    m = _mention(text, lang, None, None)
    lex, tokens = m.lex, m.tokens
    max_len = max((len(k) for k in lex.instruments), default=0)
    spans = [
        sp for sp in _find_terms(tokens, lex.instruments, max_len) if _is_head(sp, tokens, lex)
    ]
    if not spans:
        return None
    used = set(tokens[spans[0][0] : spans[0][1]])
    owner_text = " ".join(_owner_words(m.body, used, lex))
    owner = describe(owner_text, m.lang) if owner_text else None
    sector = owner.sector if owner is not None and owner.sector in ARMED_SECTORS else "MIL"
    country = _country(m.words, tokens, lex) or (owner.country if owner is not None else None)
    if owner is None:
        return ActorInfo(m.raw, None, country, sector, None, None, "description", instrument=True)
    return replace(owner, text=owner_text, country=country, sector=sector)


def _owner_words(body: str, used: set[str], lex: _Lexicon) -> list[str]:
    """The words of a weapon mention that name its user: not the weapon's, not a
    nationality, a model number or a function word ("drone de l'armée" → "armée")."""
    elision = _elisions()[0]
    function_words = _title_function_words()
    out: list[str] = []
    for word in body.split():
        word = elision.sub("", word)
        folded = geo.fold(word).split()
        if not folded or any(c.isdigit() for c in word) or set(folded) <= used:
            continue
        if folded[0] in function_words or folded[0] in lex.demonyms:
            continue
        out.append(word)
    return out


def _conjoined_name(m: _Mention) -> ActorInfo | None:
    """ "ELN and FARC dissident fighters", "Hamas et le Jihad islamique": two parties
    named as one; the first conjunct, if a name, is the canonical (the sector of the
    whole, its head noun, when the first has none)."""
    if not m.head.is_name:
        return None
    pattern = "|".join(re.escape(c) for c in m.lex.coordinators)
    parts = re.split(rf"\s+(?:{pattern})\s+", m.body, maxsplit=1) if pattern else [m.body]
    if len(parts) < 2 or not parts[0].strip():
        return None
    first = _describe(parts[0], m.lang)
    known = first.country is not None or parts[0].strip().isupper()  # a group, a state, "ELN"
    if first.kind != "name" or not first.canonical or not known:
        return None
    return replace(
        first,
        text=m.raw,
        sector=first.sector or m.head.sector,
        number="plur",
        gender=m.gender or first.gender,
    )


MIN_TRAILING_NAME = 2  # words of a person's name closing a description ("First Last")


def _trailing_name(m: _Mention) -> ActorInfo | None:
    """ "X supporter First Last", "lawmaker and X ally First Last": a description with a
    lower-case noun, closed by the name of the person it describes; the name names the
    entity, the description gives its sector and country."""
    words = m.body.split()
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    tail = words[start:]
    before = words[:start]
    if len(tail) < MIN_TRAILING_NAME or not before or not before[-1].isalpha():
        return None
    if not before[-1].islower() or geo.fold(before[-1]) in _title_function_words():
        return None  # "residents of X": X is a place or an owner, not their name
    name = " ".join(tail)
    if geo.country_of_name(name) or any(geo.fold(w) in m.lex.demonyms for w in tail):
        return None
    head = describe(" ".join(before), m.lang)
    named = describe(name, m.lang)
    if named.kind != "name" or named.sector is not None:
        return None  # an organisation's name, typed by its own head
    return ActorInfo(m.raw, name, head.country, head.sector, "sing", m.gender, "name")


def _proper_name(m: _Mention) -> ActorInfo | None:
    """A proper name, typed by its head word only ("Mouvement pour la justice": no JUD)."""
    h = m.head
    if not h.is_name:
        return None
    sector = h.sector
    if sector == "MIL" and h.country is None:
        # a named "Army"/"Forces" with no country is a non-state armed group
        # (Allied Democratic Forces, Arakan Army); state armies carry their country
        sector = "REB"
    canonical = _strip_name(m.body, m.lex)
    return ActorInfo(m.raw, canonical, h.country, sector, h.number, h.gender, "name")


def _description(m: _Mention) -> ActorInfo:
    """A description, glossed in English from its head noun and nationality ("Malian
    army"), else its own words in lower case."""
    h = m.head
    if h.gloss:
        adj = english_adjective(h.country) if h.country else None
        canonical: str | None = f"{adj} {h.gloss}" if adj else h.gloss
    else:
        canonical = " ".join(w.lower() for w in m.words) or None
    return ActorInfo(m.raw, canonical, h.country, h.sector, h.number, h.gender, "description")


Step = Callable[[_Mention], ActorInfo | None]

# The rules of :func:`describe`, in order: the first that recognises the mention gives its
# ActorInfo; a mention none recognises is a description (:func:`_description`).
DESCRIBE_STEPS: tuple[tuple[str, Step], ...] = (
    ("pronoun", _pronoun),
    ("partitive", _partitive),
    ("apposition", _apposition),
    ("seat_of_power", _seat_of_power),
    ("organisation", _organisation_name),
    ("armed_group", _armed_group_name),
    ("country_or_capital", _country_or_capital),
    ("title_and_name", _title_and_name),
    ("conjoined_name", _conjoined_name),
    ("described_name", _described_name),
    ("organisation_inside", _organisation_inside),
    ("armed_group_inside", _armed_group_inside),
    ("trailing_name", _trailing_name),
    ("proper_name", _proper_name),
)


def _describe(
    text: str,
    lang: str,
    *,
    head_lemma: str | None = None,
    morph: Mapping[str, str] | None = None,
) -> ActorInfo:
    """Canonical name, country, sector, number, gender and kind of one actor mention.

    ``head_lemma`` (the syntactic head's lemma) is preferred for the sector when it is a
    known head noun; ``morph`` (spaCy morphology, e.g. ``{"Number": "Plur"}``) overrides
    the number and gender guessed from the determiner.
    """
    m = _mention(text, lang, head_lemma, morph)
    for _, step in DESCRIBE_STEPS:
        info = step(m)
        if info is not None:
            return info
    return _description(m)


@langdata.derived
@cache
def _organisation_sectors() -> dict[str, str]:
    """Codes that name an organisation, not a state ("EUR", "UNO"), and its sector."""
    return {
        code: sector
        for d in langdata.every()
        for _, code, sector in d.actors.ORGANISATIONS.values()
        if code and not geo.country_name(code, d.code)
    }


def organisation_member(info: ActorInfo) -> ActorInfo:
    """ "EU foreign ministers", "les ministres européens" as actors: officials of an
    organisation act for it; its sector, not a state's government."""
    sector = _organisation_sectors().get(info.country or "")
    if sector is None or info.sector not in (None, "GOV"):
        return info
    return replace(info, sector=sector)


def _analyse(m: _Mention) -> _Head:
    """Country, head noun (sector and gloss), name-ness, number and gender of a mention."""
    lex, words, tokens = m.lex, m.words, m.tokens
    country = _country(words, tokens, lex)
    spans = _find_terms(tokens, lex.sectors, lex.max_len)
    gspans = _find_terms(tokens, lex.generic, lex.max_len)
    is_name = _is_name(words, tokens, lex) and not _only_terms(words, tokens, spans + gspans, lex)
    if is_name:  # only a name's head word types it
        spans = [sp for sp in spans if _is_head(sp, tokens, lex)]
        gspans = [sp for sp in gspans if _is_head(sp, tokens, lex)]
    sector, gloss, head_word = _head_term(m, spans, gspans)
    gender = m.gender
    if gender is None:  # "l'armée malienne": the adjective shows the gender
        gender = next((g for t in tokens if (g := lex.demonym_gender.get(t))), None)
    number = m.number
    if number is None and head_word is not None:
        plural = _plural_form(head_word) or head_word in lex.plural_nouns
        number = "plur" if plural else "sing"
    if sector == "UAF":  # "des hommes armés près de X": where they were, not who they are
        country = _demonym_country(tokens, lex)
    org = _organisation(words, tokens, lex)
    if org is not None and sector is not None and sector != org[2]:
        country = org[1]  # "le représentant de l'ONU": a person of the organisation
    return _Head(country, sector, gloss, is_name, number, gender, org)


def _head_term(
    m: _Mention, spans: list[tuple[int, int]], gspans: list[tuple[int, int]]
) -> tuple[str | None, str | None, str | None]:
    """(sector, gloss, head word): from the parsed head lemma when it is a sector noun,
    else from the head among the sector terms, else among the generic terms."""
    lex, tokens = m.lex, m.tokens
    lemma = geo.fold(m.head_lemma) if m.head_lemma else None
    if lemma is not None and _quantity_head(lemma, m):
        lemma = None  # the head of a quantity gone ("a phalanx of police"): not the mention's
    if lemma is not None and (lemma,) in lex.sectors:
        sector, gloss = lex.sectors[(lemma,)]
        for s, e in spans:  # the head inside a longer term: "displaced people"
            if e - s > 1 and lemma in tokens[s:e]:
                sector, gloss = lex.sectors[tuple(tokens[s:e])]
        # the word as written shows the number ("soldats"), not its lemma
        return sector, gloss, next((t for t in tokens if t.startswith(lemma)), lemma)
    head = _head_span(tokens, spans, lex)
    if head is not None:
        sector, gloss = lex.sectors[tuple(tokens[head[0] : head[1]])]
        return sector, gloss, tokens[head[0]]
    head = _head_span(tokens, gspans, lex)
    if head is not None:
        return None, lex.generic[tuple(tokens[head[0] : head[1]])], tokens[head[0]]
    return None, None, None


def _quantity_head(lemma: str, m: _Mention) -> bool:
    """Whether a head lemma is a word of the quantity stripped from the mention ("a
    phalanx of riot police"), not of what remains."""
    written = [geo.fold(w) for w in _WORD_RE.findall(m.raw)]
    return any(t.startswith(lemma) for t in written) and not any(
        t.startswith(lemma) for t in m.tokens
    )


def _find_terms(
    tokens: list[str], table: Mapping[tuple[str, ...], object], max_len: int
) -> list[tuple[int, int]]:
    """(start, end) spans of the longest table entries found in ``tokens``."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(max_len, len(tokens) - i), 0, -1):
            if tuple(tokens[i : i + n]) in table:
                spans.append((i, i + n))
                i += n - 1
                break
        i += 1
    return spans


def _head_cut(tokens: list[str]) -> int:
    """Index of the first complement preposition ("of" in "the minister of …")."""
    preps = _complement_prepositions()
    return next((i for i, t in enumerate(tokens) if t in preps), len(tokens))


def _head_span(
    tokens: list[str], spans: list[tuple[int, int]], lex: _Lexicon
) -> tuple[int, int] | None:
    """The head among term spans: the first one, or, where heads come last, the last one
    before the first complement preposition and not a possessor ("the Malian defence
    minister of ...", not "the ruler's house"), else one in the first complement
    ("members of the militia"); None when the terms lie deeper."""
    if not spans:
        return None
    if not lex.head_last:
        return spans[0]
    cut = _head_cut(tokens)
    possessive = _possessive_tokens()
    before = [
        s for s in spans if s[1] <= cut and (s[1] == len(tokens) or tokens[s[1]] not in possessive)
    ]
    if before:
        return before[-1]
    end = cut + 1 + _head_cut(tokens[cut + 1 :])
    return next((s for s in spans if s[0] > cut and s[1] <= end), None)


def _is_head(span: tuple[int, int], tokens: list[str], lex: _Lexicon) -> bool:
    """Is this term span the head of a proper name (first, or, where heads come last,
    last before the first complement preposition)?"""
    if lex.head_last:
        return span[1] == _head_cut(tokens)
    return span[0] == 0


def _only_terms(
    words: list[str], tokens: list[str], spans: list[tuple[int, int]], lex: _Lexicon
) -> bool:
    """True when every word is a head noun, a nationality, a country or a function word:
    a capitalised title, not a name ("le Premier ministre israélien")."""
    if not spans:
        return False
    covered = {i for s, e in spans for i in range(s, e)}
    function_words = _title_function_words()
    for i, t in enumerate(tokens):
        if i in covered or t in lex.demonyms or t in function_words:
            continue
        if words[i][:1].isupper() and geo.country_of_name(words[i]):
            continue
        return False
    return True


def _organisation(
    words: list[str], tokens: list[str], lex: _Lexicon
) -> tuple[str, str, str] | None:
    """A known organisation named inside the mention: several words, or an acronym."""
    for n in range(min(6, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            hit = lex.organisations.get(" ".join(tokens[i : i + n]))
            if hit and (n > 1 or (words[i].isupper() and len(words[i]) > 1)):
                return hit
    return None


def _known_group(tokens: list[str]) -> Group | None:
    groups = known_groups()
    for n in range(min(_group_max(), len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            hit = groups.get(" ".join(tokens[i : i + n]))
            if hit:
                return hit
    return None


def groups_named(text: str) -> list[str]:
    """The known armed groups a text names, as written, in text order (the longest name
    at each place: "l'État islamique au Grand Sahara", not "État islamique")."""
    spans = [(m.start(), m.end(), geo.fold(m.group(0))) for m in _WORD_RE.finditer(text)]
    groups, longest, firsts = known_groups(), _group_max(), _group_first_words()
    out: list[str] = []
    i = 0
    while i < len(spans):
        if spans[i][2].split(" ")[0] not in firsts:
            i += 1
            continue
        for n in range(min(longest, len(spans) - i), 0, -1):
            run = spans[i : i + n]
            if " ".join(t for _, _, t in run) in groups:
                out.append(text[run[0][0] : run[-1][1]])
                i += n - 1
                break
        i += 1
    return out


def _strip_counts(body: str, lex: _Lexicon) -> str:
    """``body`` without the quantities, numbers and determiners before its noun
    ("au moins 19 d'entre eux" → "d'entre eux", "Many people" → "people")."""
    quantity = _quantity_re()
    out = body
    for _ in range(3):
        new = quantity.sub("", out).strip() or out
        first, _, rest = new.partition(" ")
        if rest and geo.fold(first) in lex.number_words:
            new = rest
        new = _determiner(new, lex)[2]
        if new == out:
            break
        out = new
    return out


def _determiner(raw: str, lex: _Lexicon) -> tuple[str | None, str | None, str]:
    """Number and gender shown by a leading determiner, and the text without it."""
    elision, shown = _elisions()
    m = elision.match(raw)
    if m:  # l'armée: singular, gender not shown; d'autres: nothing shown
        number, gender = shown[m.group(0).rstrip().rstrip("'’").lower()]
        return number, gender, raw[m.end() :]
    first, _, rest = raw.partition(" ")
    det = geo.fold(first)
    if det in lex.determiners and rest:
        number, gender = lex.determiners[det]
        return number, gender, rest
    if det in lex.number_words and lex.number_words[det] > 1 and rest:
        return "plur", None, rest  # "Deux policiers", "Three soldiers"
    if det in lex.possessives and rest:
        return None, None, rest  # "ses forces", "their bases": the owner is elsewhere
    if det in lex.strip_leading and rest:
        return None, None, rest
    return None, None, raw


def _country(words: list[str], tokens: list[str], lex: _Lexicon) -> str | None:
    for t in tokens:
        code = lex.demonyms.get(t)
        if code:
            return code
    # "Sudan's army": a possessive country name
    possessive = _possessive_tokens()
    for i in range(len(tokens) - 1):
        if tokens[i + 1] in possessive and words[i][:1].isupper():
            iso3 = geo.country_of_name(words[i])
            if iso3:
                return iso3
    # "armée du Mali", "Islamic Resistance in Iraq": a country name after a preposition
    preps = _complement_prepositions()
    for i, t in enumerate(tokens):
        if t in preps and i + 1 < len(words):
            for n in (3, 2, 1):
                if i + 1 + n <= len(words) and words[i + 1][:1].isupper():
                    iso3 = _place_country(" ".join(words[i + 1 : i + 1 + n]))
                    if iso3:
                        return iso3
    return None


def _demonym_country(tokens: Iterable[str], lex: _Lexicon) -> str | None:
    return next((c for t in tokens if (c := lex.demonyms.get(t))), None)


def nationals(text: str, lang: str) -> bool:
    """A mention naming people by their nationality alone ("des Maliens", "Venezuelans")."""
    words = bare_words(text, lang).split()
    return len(words) == 1 and _plural_form(geo.fold(words[0])) and bool(nationality(text, lang))


def nationality(text: str, lang: str) -> str | None:
    """Country of a nationality word in a mention ("des bases russes" → RUS), if any."""
    return _demonym_country((geo.fold(w) for w in _WORD_RE.findall(text)), _lexicon(lang))


def _place_country(name: str) -> str | None:
    """Country of a country name, a capital or another known city ("régime de Tel-Aviv")."""
    iso3 = geo.country_of_name(name) or geo.capital_country(name)
    if iso3:
        return iso3
    # a name inside a mention is read with the gloss language's rules, whatever the
    # mention's language
    place = geo.resolve(name, langdata.GLOSS)
    return place.country_code if place and place.kind in ("city", "region") else None


def _is_name(words: list[str], tokens: list[str], lex: _Lexicon) -> bool:
    """A proper name has a capitalised word that is not a nationality or a country word;
    where names start with a capital, the first word must have one ("La Résistance…")."""
    if not words:
        return False
    if lex.name_starts_capitalised:
        acronym_term = words[0].isupper() and (tokens[0],) in lex.sectors  # "une ONG locale"
        return (
            words[0][:1].isupper()
            and tokens[0] not in lex.demonyms
            and not acronym_term
            and not _capital_then_common_noun(words, tokens, lex)
        )
    # where heads come last, a capitalised complement is a place or an owner, not the
    # mention's name ("a house in X", "members of the Y")
    end = _head_cut(tokens) if lex.head_last else len(tokens)
    for i, (w, t) in enumerate(zip(words[:end], tokens[:end], strict=True)):
        if not w[:1].isupper() or t in lex.demonyms or t in lex.descriptive:
            continue
        if i == 0 and ((t,) in lex.sectors or (t,) in lex.generic):
            continue  # sentence-initial capital: "Militants attacked…"
        if geo.country_of_name(w):
            continue
        return True
    # a capitalised head with a capitalised complement: a title ("Movement for Justice")
    return (
        end < len(words)
        and words[0][:1].isupper()
        and any(w[:1].isupper() for w in words[end + 1 :])
    )


def _capital_then_common_noun(words: list[str], tokens: list[str], lex: _Lexicon) -> bool:
    """A sentence-initial capital before lower-case words that hold a head noun ("Dix-neuf
    personnes", "Quelque trente soldats"): a description, not a name."""
    rest = words[1:]
    if not rest or any(w[:1].isupper() for w in rest):
        return False
    if (tokens[0],) in lex.sectors or (tokens[0],) in lex.generic:
        return False  # "Mouvement pour la justice": the name's own head noun
    # the head noun right after the capitalised word (a compound number: "Dix-neuf")
    return any((t,) in lex.sectors for t in tokens[1:3])


def _strip_name(body: str, lex: _Lexicon) -> str:
    """A proper name without leading articles ("La Résistance…" → "Résistance…")."""
    while True:
        m = re.match(r"([^\W_]+)(?:['’]\s*|\s+)", body)
        if not m or geo.fold(m.group(1)) not in lex.strip_leading or m.end() >= len(body):
            return body
        body = body[m.end() :]


def strip_determiner(text: str, lang: str) -> str:
    """``text`` without a leading determiner ("les bases militaires" → "bases militaires")."""
    return _determiner(" ".join(text.split()), _lexicon(lang))[2]


def is_actor_head(head_lemma: str | None, lang: str) -> bool:
    """Whether a noun can name an actor on its own (a sector noun, a generic head such as
    "groupe", or a person word), as opposed to a thing or a place ("base", "cible")."""
    if not head_lemma:
        return False
    if head_lemma.lower() in langdata.get(lang).actors.PERSON_NOUNS:
        return True
    info = describe(head_lemma, lang)
    if info.sector is not None or info.kind != "description" or is_generic(info):
        return True
    # a lexicon may list only the plural ("terroristes") of the lemma a parse gives
    return is_group_noun(head_lemma, lang)


def is_group_noun(word: str, lang: str) -> bool:
    """A noun naming people by sector, in the singular or the plural (a lexicon may list
    only "miliciens" while the parser gives the lemma "milicien")."""
    endings = ("", *langdata.get(lang).actors.PLURAL_ENDINGS)
    return any(describe(word + e, lang).sector is not None for e in endings)


_PAREN_RE = re.compile(r"\s*\([^)]*\)\s*$")


def display_name(info: ActorInfo, lang: str) -> str | None:
    """The name an article gives an entity, in the article's language: the mention's own
    words without determiner, quantity or trailing acronym ("plusieurs centaines
    d'étudiants" → "étudiants", "Les Forces de soutien rapide (FSR)" → "Forces de soutien
    rapide"); a country or a capital standing for it → the country's name in ``lang``."""
    if info.kind == "pronoun":
        return None
    if info.kind == "place-metonym":
        key = geo.fold(strip_determiner(info.text, lang))
        if key in _lexicon(lang).metonyms:
            return _lexicon(lang).metonyms[key][0]
        if info.country and len(info.country) == 3:
            return geo.country_name(info.country, lang) or info.canonical
    if info.kind == "name":
        return _display_proper_name(info, lang)
    text = bare_words(info.text, lang)
    if (
        info.kind == "description"
        and info.country
        and len(info.country) == 3
        and len(text.split()) == 1
        and geo.fold(text) in _lexicon(lang).demonym_words
    ):
        # "Russian forces…" reduced to the adjective: the country is the actor
        return geo.country_name(info.country, lang) or text
    return text


def _display_proper_name(info: ActorInfo, lang: str) -> str | None:
    """A name as the mention writes it (no determiner, no trailing acronym), its canonical
    form when the mention holds more, a country's name in ``lang``."""
    text = strip_determiner(_PAREN_RE.sub("", info.text), lang)
    if info.canonical and geo.fold(info.canonical) in geo.fold(text):
        head = geo.fold(info.canonical)
        rest = geo.fold(text)[len(head) :].split()
        conjoined = rest[:1] and rest[0] in {geo.fold(c) for c in _lexicon(lang).coordinators}
        if not geo.fold(text).startswith(head) or conjoined:  # "ELN and FARC fighters"
            text = info.canonical
    iso3 = geo.country_of_name(text)
    if iso3 and geo.fold(text) == geo.fold(geo.country_name(iso3, lang) or ""):
        return geo.country_name(iso3, lang)
    return text


def bare_words(text: str, lang: str) -> str:
    """A description's own words: no determiner, quantity or trailing acronym, and no
    sentence-initial capital ("Deux policiers" → "policiers", "dozens of homes" → "homes")."""
    numbers = langdata.get(lang).casualties.NUMBER_WORDS
    quantity = _quantity_re()
    out = strip_determiner(_PAREN_RE.sub("", text), lang)
    for _ in range(3):
        out = quantity.sub("", out).strip() or out
        first, _, rest = out.partition(" ")
        if rest and geo.fold(first) in numbers:
            out = rest
        out = strip_determiner(out, lang)
    first = out.split(" ", 1)[0]
    # a sentence-initial capital goes; a nationality keeps its ("Russian forces")
    if (
        first[:1].isupper()
        and not first.isupper()
        and geo.fold(first) not in (_lexicon(lang).demonym_words)
    ):
        out = out[:1].lower() + out[1:]
    return out
