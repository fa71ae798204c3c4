"""Actor coreference inside one article, over the ordered actor mentions.

Each mention joins an earlier entity or starts a new one, in text order:

* names join an entity with the same canonical name (a capital metonym and the country's
  name share one), or one whose name words contain theirs ("le Front" after
  "Le Front de libération du Nord"), with compatible countries;
* descriptions join the best compatible earlier entity: same sector, or a generic head
  ("le groupe", "the group") for a non-state actor; nationalities must not clash; named
  entities and then the most recent win ties; a nationality alone ("des Palestiniens")
  is not enough to corefer;
* pronouns join the most recent entity that agrees in number and gender, within
  ``max_pronoun_distance`` characters; an English "they" may refer to an organisation.

Every mention then gets the entity's most specific name. See docs/places-and-actors.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from eventline import lang as langdata
from eventline.enrich import gazetteer as geo
from eventline.enrich.actors import ActorInfo, is_generic
from eventline.ontology import PEOPLE_SECTORS, STATE_SECTORS

MAX_PRONOUN_DISTANCE = 800
# sectors whose members news names by their body: "des policiers" are "la police"
BODY_NAMES_MEMBERS = frozenset({"COP"})
# a first-person pronoun and the speaker of its quotation: within a paragraph or two
MAX_SPEAKER_DISTANCE = 600
# sectors a description may bring to a named entity that has none ("Le Front X… le groupe
# armé"): names of armed groups rarely carry a sector word
UNTYPED_NAME_SECTORS = frozenset({"REB"})
# unidentified armed men and armed groups: descriptions of one attacker may use either
ARMED_UNKNOWN_SECTORS = frozenset({"UAF", "REB"})
_KIND_RANK = {"name": 3, "place-metonym": 2, "description": 1, "pronoun": 0}

# Mentions carry no language: the words below are those of every supported language (the
# union over the language folders), as they always were.


@langdata.derived
@cache
def _name_stopwords() -> frozenset[str]:
    """Folded words ignored when names are compared: articles, "of", "in"… ("le Front" is
    part of "Front de libération du Nord")."""
    words = (
        w
        for d in langdata.every()
        for w in (
            *d.function_words.DEFINITE_ARTICLES,
            *d.function_words.CONTRACTED_ARTICLES,
            *d.function_words.GENITIVE_PREPOSITIONS,
            *d.actors.NAME_CONNECTORS,
        )
    )
    return frozenset(f for w in words if (f := geo.fold(w)))


@langdata.derived
@cache
def _definite_words(lang: str | None = None) -> frozenset[str]:
    """Lower-case first words of a definite description ("the", "ces", "l" of "l'"), of
    ``lang`` or of every language."""
    data = langdata.every() if lang is None else (langdata.get(lang),)
    words = (
        w
        for d in data
        for w in (*d.function_words.DEFINITE_ARTICLES, *d.actors.ANAPHORIC_DEMONSTRATIVES)
    )
    return frozenset(w.lower().rstrip("'’") for w in words)


def opens_definite(text: str, lang: str | None = None) -> bool:
    """Whether ``text`` opens with a definite article or an anaphoric demonstrative (of
    ``lang``, or of any language)."""
    first = re.split(r"[\s'’]", text.strip().lower(), maxsplit=1)[0]
    return first in _definite_words(lang)


@langdata.derived
@cache
def _gloss_plural_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Plural endings of the gloss language, in which descriptions are canonical."""
    data = langdata.get(langdata.GLOSS).actors
    return data.PLURAL_ENDINGS, data.SINGULAR_ENDINGS


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor mention: ``key`` is the caller's id, ``position`` its char offset."""

    key: str
    position: int
    info: ActorInfo
    role: str = "actor"  # actor | target: subject pronouns prefer earlier subjects
    speaker: bool = False  # the source of reported speech: "nous", "I" in its quote
    # key of a mention this one cannot refer to: an object pronoun is not its clause's
    # subject ("the committee accused it")
    disjoint: str | None = None
    person: bool = False  # headed by a word for people ("three men"), not a thing


@dataclass(slots=True)
class _Entity:
    mentions: list[ActorMention] = field(default_factory=list)
    last: int = -1

    def add(self, m: ActorMention) -> None:
        self.mentions.append(m)
        self.last = max(self.last, m.position)

    def values(self, attr: str) -> set[str]:
        return {
            v
            for m in self.mentions
            if m.info.kind != "pronoun" and (v := getattr(m.info, attr)) is not None
        }

    def agreement(self, attr: str) -> set[str]:
        return {v for m in self.mentions if (v := getattr(m.info, attr)) is not None}

    @property
    def named(self) -> bool:
        return any(m.info.kind in ("name", "place-metonym") for m in self.mentions)

    @property
    def generic_only(self) -> bool:
        return all(m.info.sector is None for m in self.mentions if m.info.kind != "pronoun")


def _name_words(info: ActorInfo) -> frozenset[str]:
    words = geo.fold(info.canonical or info.text).split()
    stop = _name_stopwords()
    return frozenset(w for w in words if w not in stop and len(w) > 1)


def _countries_clash(info: ActorInfo, e: _Entity) -> bool:
    countries = e.values("country")
    return bool(info.country and countries and info.country not in countries)


_ACRONYM_RE = re.compile(r"\(([^()]{2,12})\)")


def _acronym_of(short: ActorInfo, full: ActorInfo) -> bool:
    """ "FSR" names "Forces de soutien rapide (FSR)": the acronym given in parentheses, or
    the initials of the full name's content words."""
    stop = _name_stopwords()
    acro = [w for w in geo.fold(short.text).replace(".", "").split() if w not in stop]
    if len(acro) != 1 or not short.text.strip().split()[-1].isupper():
        return False
    given = _ACRONYM_RE.search(full.text)
    if given and geo.fold(given.group(1)).replace(".", "") == acro[0]:
        return True
    words = [w for w in geo.fold(_ACRONYM_RE.sub("", full.text)).split() if w not in stop]
    return len(words) >= 2 and "".join(w[0] for w in words) == acro[0]


def _name_matches(info: ActorInfo, e: _Entity) -> bool:
    if _countries_clash(info, e):
        return False
    canon = geo.fold(info.canonical or "")
    words = _name_words(info)
    for m in e.mentions:
        if m.info.kind not in ("name", "place-metonym"):
            continue
        if canon and canon == geo.fold(m.info.canonical or ""):
            return True
        if _acronym_of(info, m.info) or _acronym_of(m.info, info):
            return True
        other = _name_words(m.info)
        if words and other and (words <= other or other <= words):
            sectors_ok = not (info.sector and m.info.sector and info.sector != m.info.sector)
            if sectors_ok:
                return True
    return False


def _gloss_head(info: ActorInfo) -> str | None:
    """The head noun of a description's English gloss ("Malian civilians" → "civilians")."""
    if info.kind != "description" or not info.canonical:
        return None
    return info.canonical.split()[-1]


def _content_words(info: ActorInfo) -> frozenset[str]:
    stop = _name_stopwords()
    return frozenset(w for w in geo.fold(info.text).split() if w not in stop)


def _description_score(info: ActorInfo, e: _Entity) -> float | None:
    """How well a description fits an entity (None: incompatible)."""
    if _countries_clash(info, e) or _indefinite_one(info):
        return None
    sectors = e.values("sector")
    score = 0.0
    if info.sector is not None:
        if info.sector in sectors:
            score += 2
        elif sectors and {info.sector} | sectors <= ARMED_UNKNOWN_SECTORS and _definite(info):
            score += 1  # "les assaillants" after "des hommes armés": the attackers just named
        elif not sectors and e.named and info.sector in UNTYPED_NAME_SECTORS:
            score += 1
        else:
            return None
    elif not is_generic(info):
        return None  # a nationality alone ("des Palestiniens") does not corefer
    elif sectors & (STATE_SECTORS | PEOPLE_SECTORS) or (e.generic_only and not e.named):
        return None  # a generic head refers to a non-state actor named or typed earlier
    if info.country and info.country in e.values("country"):
        score += 1
    if info.sector in PEOPLE_SECTORS and not any(
        _gloss_head(info) == _gloss_head(m.info) for m in e.mentions
    ):
        return None  # "des enfants" after "des élèves": other people, or not the same ones
    words = _content_words(info)
    if any(words & _content_words(m.info) for m in e.mentions if m.info.kind == "description"):
        score += 1.5  # same head noun: "le mouvement" after "le mouvement rebelle"
    if e.named:
        score += 0.5
    return score


def _actor_like(e: _Entity) -> bool:
    """An entity a pronoun may stand for: named, typed, generic ("le groupe"), people,
    or only pronouns so far; not a thing ("the ruler's house")."""
    return all(m.info.kind == "pronoun" for m in e.mentions) or any(
        m.info.kind in ("name", "place-metonym") or m.info.sector or m.person or is_generic(m.info)
        for m in e.mentions
    )


def _pronoun_fits(info: ActorInfo, e: _Entity) -> bool:
    if not _actor_like(e):
        return False
    numbers = e.agreement("number")
    genders = e.agreement("gender")
    number_ok = not numbers or info.number is None or info.number in numbers
    if not number_ok and info.number == "plur" and info.gender is None:
        # English "they" for an organisation ("Hamas said they…")
        number_ok = any(m.info.sector for m in e.mentions)
    gender_ok = not genders or info.gender is None or info.gender in genders
    return number_ok and gender_ok


def _pronoun_antecedent(
    m: ActorMention, entities: list[_Entity], max_distance: int
) -> _Entity | None:
    """Most recent agreeing entity; a subject pronoun first looks at earlier subjects
    (grammatical salience: "Les États-Unis fournissent au régime X une aide. Ils…")."""

    def last_in(e: _Entity, role: str | None) -> int:
        return max((x.position for x in e.mentions if role is None or x.role == role), default=-1)

    for role in (m.role, None) if m.role == "actor" else (None,):
        ranked = sorted(entities, key=lambda e: last_in(e, role), reverse=True)
        for e in ranked:
            last = last_in(e, role)
            if last < 0 or m.position - last > max_distance:
                continue
            if m.disjoint is not None and any(x.key == m.disjoint for x in e.mentions):
                continue
            if _pronoun_fits(m.info, e):
                return e
    return None


def _speaker_antecedent(
    m: ActorMention, entities: list[_Entity], max_distance: int
) -> _Entity | None:
    """A first-person pronoun stands for the speaker of its quotation: the speaker named
    nearest to it, before or after ("« Nous avons … », a dit le porte-parole")."""
    best: tuple[int, _Entity] | None = None
    for e in entities:
        for x in e.mentions:
            distance = abs(x.position - m.position)
            if x.speaker and distance <= max_distance and (best is None or distance < best[0]):
                best = (distance, e)
    return best[1] if best is not None else None


@langdata.derived
@cache
def _indefinite_words() -> frozenset[str]:
    """Lower-case indefinite articles of every language ("a", "une")."""
    words = (w for d in langdata.every() for w in d.function_words.INDEFINITE_ARTICLES)
    return frozenset(w.lower() for w in words)


def _indefinite_one(info: ActorInfo) -> bool:
    """A singular indefinite description introduces someone new ("a splinter faction")."""
    first = info.text.strip().split(" ", 1)[0].lower()
    return info.number == "sing" and first in _indefinite_words()


def _definite(info: ActorInfo) -> bool:
    """A definite description points back ("the gunmen"); a bare one introduces ("Gunmen…")."""
    return opens_definite(info.text)


def _institution(info: ActorInfo) -> int:
    """1 for a description naming a body ("l'armée", "the police", "the junta") rather than
    some of its members ("des soldats", "officers"): the body names the entity."""
    if info.kind != "description" or info.sector is None or not info.canonical:
        return 0
    if info.sector in ARMED_UNKNOWN_SECTORS - UNTYPED_NAME_SECTORS or info.sector in PEOPLE_SECTORS:
        return 0  # unidentified gunmen, civilians: people, never a body
    if info.number == "plur":
        return 0
    head = info.canonical.split()[-1]
    plural, singular = _gloss_plural_endings()
    return 0 if head.endswith(plural) and not head.endswith(singular) else 1


def names_institution(info: ActorInfo) -> bool:
    """A description naming a body rather than some of its members ("la police", "the
    junta"; not "des policiers")."""
    return _institution(info) == 1


def _body(info: ActorInfo) -> bool:
    """A plural description naming a whole body ("government forces"), not some of its
    members ("soldiers")."""
    if info.kind != "description" or not info.canonical:
        return False
    return info.canonical.split()[-1] in langdata.get(langdata.GLOSS).actors.BODY_PLURALS


def _specificity(info: ActorInfo) -> int:
    """Words of a name, or of a description's gloss (its head and nationality: "riot
    police wielding shields" says no more than "security forces")."""
    if info.kind == "description" and info.canonical:
        return len(info.canonical.split())
    return len(_name_words(info))


def _members(info: ActorInfo) -> bool:
    """A description of some members of a body ("des soldats", "des miliciens"), as
    opposed to the body itself ("l'armée"); police officers are named by their body
    ("quatre policiers" are "la police nationale")."""
    return (
        info.kind == "description"
        and info.number == "plur"
        and info.sector is not None
        and info.sector not in BODY_NAMES_MEMBERS
        and not _institution(info)
    )


def _representative(e: _Entity, m: ActorMention | None = None) -> ActorInfo:
    """The entity's most specific mention, with country and sector filled from the others:
    its name if it has one; else, for a mention of some of its members ("les soldats"),
    the most specific mention of members ("les soldats maliens"), not the body ("l'armée
    malienne")."""

    def rank(m: ActorMention) -> tuple[bool, int, int, bool, int, int]:
        return (
            not m.info.instrument,  # a weapon names its users only when nothing else does
            _KIND_RANK.get(m.info.kind, 0),
            _institution(m.info),
            m.info.country is not None,  # "l'armée malienne" says more than "l'armée"
            _specificity(m.info),
            -m.position,
        )

    best = max(e.mentions, key=rank).info
    if m is not None and _members(m.info) and _institution(best):
        best = max((x for x in e.mentions if _members(x.info)), key=rank).info
    elif m is not None and _members(m.info) and not _body(m.info) and _body(best):
        # "soldiers" of "the government forces": the soldiers
        soldiers = (x for x in e.mentions if _members(x.info) and not _body(x.info))
        best = max(soldiers, key=rank).info
    fills: dict[str, str | bool] = {}
    for attr in ("country", "sector"):
        if getattr(best, attr) is None:
            counts = Counter(v for m in e.mentions if (v := getattr(m.info, attr)) is not None)
            if counts:
                fills[attr] = counts.most_common(1)[0][0]
    if any(m.info.stateless for m in e.mentions):
        fills["stateless"] = True
    return replace(best, **fills) if fills else best  # type: ignore[arg-type]


def resolve_mentions(
    mentions: Sequence[ActorMention], *, max_pronoun_distance: int = MAX_PRONOUN_DISTANCE
) -> dict[str, ActorInfo]:
    """For every mention key, the ActorInfo of the entity it refers to (its most specific
    name; unresolved pronouns and descriptions map to themselves)."""
    entities: list[_Entity] = []
    owner: dict[str, _Entity] = {}
    first_person: list[ActorMention] = []
    for m in sorted(mentions, key=lambda x: x.position):
        info = m.info
        if info.first_person:  # a quotation's "nous" may come before "a dit X"
            first_person.append(m)
            continue
        target: _Entity | None = None
        recent = sorted(entities, key=lambda e: e.last, reverse=True)
        if info.kind == "pronoun":
            target = _pronoun_antecedent(m, entities, max_pronoun_distance)
        elif info.kind in ("name", "place-metonym"):
            target = next((e for e in recent if _name_matches(info, e)), None)
        else:
            best: tuple[float, int] | None = None
            for i, e in enumerate(recent):
                score = _description_score(info, e)
                if score is not None and (best is None or score > best[0]):
                    best = (score, i)
            if best is not None:
                target = recent[best[1]]
        if target is None:
            target = _Entity()
            entities.append(target)
        target.add(m)
        owner[m.key] = target
    sides: dict[str, ActorInfo] = {}
    for m in first_person:
        speaker = _speaker_antecedent(m, entities, MAX_SPEAKER_DISTANCE)
        if speaker is not None and m.info.number == "sing":
            owner[m.key] = speaker
        elif speaker is not None:  # "nous": the speaker's side, of the speaker's sector
            rep = _representative(speaker)
            sides[m.key] = replace(m.info, country=rep.country, sector=rep.sector)
    return {
        m.key: _representative(owner[m.key], m) if m.key in owner else sides.get(m.key, m.info)
        for m in mentions
    }


# --- acronyms an article defines ------------------------------------------------------

_PAREN_ACRONYM_RE = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)")
_ACRONYM_TOKEN_RE = re.compile(r"\b[A-Z]{2,6}\b")
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
MAX_NAME_WORDS = 10  # words of a full name before its acronym


@langdata.derived
@cache
def _acronym_stopwords() -> frozenset[str]:
    """Folded words a name's initials skip: articles, prepositions, conjunctions, elided
    articles ("Groupe de soutien à l'islam et aux musulmans" → G S I M)."""
    words = (
        w
        for d in langdata.every()
        for w in (
            *d.function_words.DEFINITE_ARTICLES,
            *d.function_words.INDEFINITE_ARTICLES,
            *d.function_words.CONTRACTED_ARTICLES,
            *d.function_words.PREPOSITIONS,
            *d.function_words.CONJUNCTIONS,
            *d.function_words.ELISIONS,
            *d.function_words.POSSESSIVE_CLITICS,
        )
    )
    return frozenset(f for w in words if (f := geo.fold(w)))


def _initials(words: Sequence[str]) -> str:
    """Initials of a name's content words ("Rapid Support Forces" → "rsf")."""
    stop = _acronym_stopwords()
    folded = (t for w in words for t in geo.fold(w).split())
    return "".join(t[0] for t in folded if t not in stop and len(t) > 1)


def _full_name_before(words: Sequence[str], acronym: str) -> str | None:
    """The shortest run of words ending the list whose initials spell ``acronym``, in
    order, or in another order for an acronym of another language ("Forces de défense de
    la population (PDF)")."""
    for start in range(len(words) - 1, max(-1, len(words) - 1 - MAX_NAME_WORDS), -1):
        run = words[start:]
        initials = _initials(run)
        if len(initials) > len(acronym):
            return None
        if initials == acronym or (
            len(initials) == len(acronym) and sorted(initials) == sorted(acronym)
        ):
            return " ".join(run)
    return None


def acronyms(text: str, used: Iterable[str] = ()) -> dict[str, str]:
    """Acronyms an article spells out, by folded acronym: "Full Name (FN)", or one of
    the acronyms ``used`` whose letters are the initials of a capitalised name written in
    the article ("… Rapid Support Forces … the RSF")."""
    found: dict[str, str] = {}
    for m in _PAREN_ACRONYM_RE.finditer(text):
        acronym = geo.fold(m.group(1))
        words = _NAME_WORD_RE.findall(text[max(0, m.start() - 200) : m.start()])
        full = _full_name_before(words, acronym)
        if full and acronym not in found:
            found[acronym] = full
    for token in dict.fromkeys(used):
        acronym = geo.fold(token)
        if acronym in found or not _ACRONYM_TOKEN_RE.fullmatch(token):
            continue
        pattern = r"\b" + r"\W+(?:\w+\W+){0,2}?".join(
            rf"{re.escape(c.upper())}[^\W\d_]+" for c in acronym
        )
        for hit in re.finditer(pattern, text):
            words = _NAME_WORD_RE.findall(hit.group(0))
            if _initials(words) == acronym and len(words) <= 2 * len(acronym):
                found[acronym] = hit.group(0)
                break
    return found
