"""Canonical actors and targets of an article's events: description (country, sector)
and in-article coreference, with the speakers of reported speech as antecedents.

After coreference, an entity whose mentions name no country takes the article's country
(the dominant country of its places) unless it is unidentified (UAF), international or a
known transnational group: the victims, soldiers, police and officials a conflict report
names without a nationality are, as a rule, those of the place it happened.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from eventline import lang as langdata
from eventline.enrich import actors, coref
from eventline.enrich import gazetteer as geo
from eventline.enrich.actors import ActorInfo
from eventline.model import Event, Mention, Morph, Speaker

ACTOR, TARGET = "actor", "target"
HIT_TYPE = "ASSAULT"  # a settlement attacked is the event's place, not a thing of it
# sectors of entities whose country is not guessed from the article's: unidentified
# armed men, international organisations and NGOs
NON_LOCAL_SECTORS = frozenset({"UAF", "IGO", "NGO"})
_ACRONYM_RE = re.compile(r"\b[A-Z][A-Za-z]{1,7}\b")
# state sectors: in a dependent territory their people serve the sovereign state (the
# gendarmes, soldiers and ministers of an overseas territory are the sovereign's)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})
# dependent territories (ISO3) → the sovereign state (ISO3)
SOVEREIGN_OF: dict[str, str] = {
    **dict.fromkeys(
        ("NCL", "PYF", "WLF", "GUF", "GLP", "MTQ", "REU", "MYT", "SPM", "BLM", "MAF", "ATF"),
        "FRA",
    ),
    **dict.fromkeys(("PRI", "GUM", "VIR", "ASM", "MNP", "UMI"), "USA"),
    **dict.fromkeys(
        ("BMU", "GIB", "FLK", "CYM", "VGB", "TCA", "MSR", "AIA", "SHN", "PCN", "IOT", "SGS"),
        "GBR",
    ),
    **dict.fromkeys(("GRL", "FRO"), "DNK"),
    **dict.fromkeys(("ABW", "CUW", "SXM", "BES"), "NLD"),
    **dict.fromkeys(("NFK", "CXR", "CCK", "HMD"), "AUS"),
    **dict.fromkeys(("COK", "NIU", "TKL"), "NZL"),
    **dict.fromkeys(("HKG", "MAC"), "CHN"),
    "SJM": "NOR",
}


@dataclass(frozen=True, slots=True)
class _Canonical:
    """The canonical name, country and sector given to one role of an event."""

    name: str | None
    country: str | None
    sector: str | None
    stateless: bool = False  # a known entity of no one country: no country to guess
    place: str | None = None  # a thing's: the country of the place it stands
    # an entity the place's country may be given: a person, a group, a name, a thing
    # whose users are known ("a market"), not a word of unknown kind ("le lieu")
    local: bool = True
    guessed: str | None = None  # where a country the words do not name came from


def _role(m: Mention, role: str) -> tuple[str | None, int | None, str | None, Morph]:
    """Text, offset, head lemma and the morphology descriptions read, of one role."""
    if role == ACTOR:
        return m.actor, m.actor_start, m.actor_head, m.actor_morph
    # a target's description has never read its morphology
    return m.target, m.target_start, m.target_head, ()


@langdata.derived
@cache
def _thing_sectors(lang: str) -> tuple[dict[str, str], int]:
    table = {geo.fold(k): v for k, v in langdata.get(lang).actors.THING_SECTORS.items()}
    return table, max((len(k.split()) for k in table), default=0)


def thing_sector(text: str, lang: str) -> str | None:
    """Sector of the users of a thing ("une école" → EDU, "the police station" → COP):
    the longest listed phrase among the words, the first one on ties."""
    table, longest = _thing_sectors(lang)
    words = geo.fold(actors.bare_words(text, lang)).split()
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            sector = table.get(" ".join(words[i : i + n]))
            if sector is not None:
                return sector
    return None


def _thing_target(
    text: str, head: str | None, info: ActorInfo, ev: Event, lang: str
) -> _Canonical | None:
    """A target that is a thing or a place ("the Ruritanian military bases"): its own
    words, its owner's sector or that of its users, and the country of its owner's
    nationality or of the place it stands; it takes no part in coreference."""
    place_nouns = langdata.get(lang).triggers.PLACE_NOUNS
    if info.kind != "description":
        return None
    if actors.is_actor_head(head, lang) and (head or "").lower() not in place_nouns:
        return None
    if (head or "").lower() in place_nouns and ev.event_type != HIT_TYPE:
        return _settlement_target(text, ev, lang)
    sector = info.sector or thing_sector(text, lang)
    # a place inside ("a house in X") says where the thing is, not whose: the event's
    # place says where; the owner, if a possessive names one, whose
    country = actors.nationality(text, lang)
    words = actors.bare_words(text, lang)
    local = sector is not None or _local_thing(head, lang)
    return _Canonical(words, country, sector, place=ev.country_code, local=local)


def _settlement_target(text: str, ev: Event, lang: str) -> _Canonical:
    """A settlement as target of an event other than an attack (a place left, taken; a
    place attacked is the event's location): a name it holds ("the capital X"),
    else, referred back to ("the city", "la ville"), the event's place; its country is
    the place's."""
    words = actors.bare_words(text, lang)
    name = words
    if not any(w[:1].isupper() for w in words.split()) and coref.opens_definite(text, lang):
        name = _place_name(ev, lang) or words
    return _Canonical(name, None, None, place=ev.country_code)


def _place_name(ev: Event, lang: str) -> str | None:
    """The event's place as the text names it, else its canonical name."""
    if ev.location:
        raw = actors.strip_determiner(ev.location, lang)
        if raw[:1].isupper():
            return raw
    return ev.location_canonical


@langdata.derived
@cache
def _not_things(lang: str) -> frozenset[str]:
    """Heads of targets that are no thing of the place: settlements (a place hit is the
    event's location, not its target) and function words read as nouns."""
    language = langdata.get(lang)
    fw = language.function_words
    words = (
        *language.triggers.PLACE_NOUNS,
        *fw.DEFINITE_ARTICLES,
        *fw.INDEFINITE_ARTICLES,
        *fw.PREPOSITIONS,
        *fw.CONJUNCTIONS,
        *fw.PERSONAL_PRONOUNS,
        *fw.RELATIVE_PRONOUNS,
        *fw.DEMONSTRATIVES,
    )
    return frozenset(w.lower().rstrip("'’") for w in words)


def _local_thing(head: str | None, lang: str) -> bool:
    """Whether a thing target belongs to the place of its event (a building, a vehicle),
    as opposed to a settlement or a word of no kind."""
    return bool(head) and (head or "").lower().rstrip("'’") not in _not_things(lang)


# extras key naming where a role's country came from when its words name none
# ("place": the place the thing stands, "article": the article's country)
COUNTRY_VIA = {ACTOR: "actor_country_via", TARGET: "target_country_via"}


def _with(ev: Event, role: str, c: _Canonical) -> Event:
    if c.guessed:
        ev = replace(ev, extras={**ev.extras, COUNTRY_VIA[role]: c.guessed})
    if role == ACTOR:
        return replace(ev, actor_canonical=c.name, actor_country=c.country, actor_sector=c.sector)
    return replace(ev, target_canonical=c.name, target_country=c.country, target_sector=c.sector)


def _with_acronym(text: str, info: ActorInfo, defined: dict[str, str], lang: str) -> ActorInfo:
    """A mention naming a group by an acronym the article spells out ("la PNH", "des
    membres des PDF", "RSF soldiers") stands for the group under its full name."""
    if not defined or info.kind == "pronoun":
        return info
    whole = geo.fold(actors.strip_determiner(text, lang))
    for token in _ACRONYM_RE.findall(text):
        full = defined.get(geo.fold(token))
        if full is None:
            continue
        if whole == geo.fold(token) or info.kind == "name" or info.sector is None:
            expanded = actors.describe(full, lang)
            return replace(expanded, text=full, number=info.number or expanded.number)
    return info


def _owner(text: str, lang: str) -> tuple[str, str | None] | None:
    """Number and gender of the owner a possessive determiner points at ("ses forces",
    "their bases"), if the mention starts with one."""
    owners = langdata.get(lang).actors.POSSESSIVE_OWNERS
    first = text.split(" ", 1)[0].lower()
    return owners.get(first)


def _owner_mention(key: str, text: str, pos: int, role: str, lang: str) -> coref.ActorMention:
    """The owner of a possessive mention as a pronoun just before it."""
    number, gender = _owner(text, lang) or ("sing", None)
    info = ActorInfo(text.split(" ", 1)[0], None, None, None, number, gender, "pronoun")
    return coref.ActorMention(f"{key}|owner", max(0, pos - 1), info, role)


# weights of the article's country cues: a country or place named in the title, in the
# text, and a nationality word (which often names a foreign actor: "Russian strikes")
TITLE_WEIGHT, PLACE_WEIGHT, NATIONALITY_WEIGHT = 4, 2, 1
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
MAX_PLACE_WORDS = 3
MIN_CONTEXT_POPULATION = 100_000  # a city that tells the article's country


def _named_countries(text: str) -> Iterable[str]:
    """Countries of the country and place names of a text (runs of capitalised words,
    longest name first): "Port-au-Prince" → HTI."""
    # initials ("U.S.") mostly modify a noun ("U.S.-backed"): no name of the article's place
    clitics = _possessive_clitics()
    words = [_without_clitic(w, clitics) for w in _WORD_RE.findall(text) if len(w) > 1]
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        for n in range(MAX_PLACE_WORDS, 0, -1):
            run = words[i : i + n]
            if len(run) < n or not all(w[:1].isupper() for w in run):
                continue
            code = _country_of_place(" ".join(run))
            if code:
                yield code
                i += n - 1
                break
        i += 1


@langdata.derived
@cache
def _possessive_clitics() -> tuple[str, ...]:
    """The possessive endings of every language ("'s"), longest first."""
    clitics = {c for d in langdata.every() for c in d.function_words.POSSESSIVE_CLITICS}
    return tuple(sorted(clitics, key=len, reverse=True))


def _without_clitic(word: str, clitics: tuple[str, ...]) -> str:
    """A word without its possessive ending ("Ruritania's war" names Ruritania)."""
    for clitic in clitics:
        if word.endswith(clitic) and len(word) > len(clitic):
            return word[: -len(clitic)]
    return word


def _country_of_place(name: str) -> str | None:
    """Country of a country name, or of a region or large city under its main name (an
    alias or a small town is as often a word of another kind: "Area", "Mercedes"; a bare
    direction word names no country's region: "du Sud")."""
    if geo.direction_word(name):
        return None
    iso3 = geo.country_of_name(name)
    if iso3:
        return iso3
    found = [
        e
        for tier, e in geo.gazetteer().candidates(geo.fold(name))
        if tier == 0 and (e.kind == "region" or e.population >= MIN_CONTEXT_POPULATION)
    ]
    best = max(found, key=lambda e: e.population, default=None)
    if best is None:
        return None
    rivals = {e.country_code for e in found if e.population == best.population}
    return best.country_code if len(rivals) == 1 else None  # a region name of two countries


@langdata.derived
@lru_cache(maxsize=65_536)
def _word_nationality(word: str, lang: str) -> str | None:
    """``actors.nationality`` of one word, kept (an article's every word is asked)."""
    return actors.nationality(word, lang)


def article_country(
    text: str, title: str, lang: str, event_countries: Iterable[str | None] = ()
) -> str | None:
    """The article's country: the one its title and text name most, with their places
    and the countries its events were placed in (and, weighing less, their nationality
    words)."""
    scores: Counter[str] = Counter()
    for code in event_countries:
        if code and len(code) == 3:
            scores[code] += PLACE_WEIGHT
    for code in _named_countries(title):
        scores[code] += TITLE_WEIGHT
    for code in _named_countries(text):
        scores[code] += PLACE_WEIGHT
    for word in _WORD_RE.findall(f"{title} {text}"):
        iso3 = _word_nationality(word, lang)
        if iso3:
            scores[iso3] += NATIONALITY_WEIGHT
    if not scores:
        return None
    return scores.most_common(1)[0][0]


def _local(c: _Canonical, context: str | None) -> _Canonical:
    """The country of the place a thing stands, else the article's country, for an entity
    that names none and belongs to the place."""
    if c.country or c.stateless or not c.local or c.sector in NON_LOCAL_SECTORS:
        return c
    country = c.place or context
    if not country:
        return c
    if country in SOVEREIGN_OF and c.sector in STATE_SECTORS:
        country = SOVEREIGN_OF[country]
    return replace(c, country=country, guessed="place" if c.place else "article")


# an unnamed entity of these sectors (the keys) stands for the body of the mapped sector
# the article names most, where it identifies them: the attackers it only describes ("les
# assaillants", "the gunmen") are the armed group it names; police officers, the police
# force it names
NAMED_BODY_SECTORS = {"UAF": "REB", "REB": "REB", "COP": "COP"}
_SENTENCE_RE = re.compile(r"[^.!?\n]+")
STEM = 5  # letters two words share when one inflects the other ("policier", "police")
MIN_STEM_WORD = 4  # shorter words are function words
MAX_BODY_WORDS = 2  # words of a bare head and its adjective ("hommes armés", "Haitian police")


@dataclass(frozen=True, slots=True)
class _Body:
    """A body the article names: its description, whether the title names it, and the
    stems of the words of the sentences that name it (where it is identified)."""

    info: ActorInfo
    in_title: bool
    context: frozenset[str]


def _stems(text: str) -> set[str]:
    return {w[:STEM] for w in geo.fold(text).split() if len(w) >= MIN_STEM_WORD}


def article_bodies(text: str, title: str, defined: dict[str, str], lang: str) -> dict[str, _Body]:
    """By sector, the body the article names most often, strictly: the known armed groups
    and the organisations it spells out with an acronym ("la Police nationale de X
    (PNX)"), each counted under all its names and shown under its longest one."""
    counts: Counter[str] = Counter()
    names: dict[str, set[str]] = {}
    infos: dict[str, ActorInfo] = {}
    whole = f"{title}\n{text}"
    named: list[tuple[str, tuple[str, ...]]] = [
        (full, (full, acronym)) for acronym, full in _spelt(defined, text)
    ]
    named += [(g, (g,)) for g in actors.groups_named(whole)]
    for surface, written in named:
        info = actors.describe(surface, lang)
        if info.sector not in NAMED_BODY_SECTORS.values():
            continue
        key = f"{info.sector}|{geo.fold(info.canonical or surface)}"
        counts[key] += 1
        names.setdefault(key, set()).update(written)
        if len(surface) > len(infos[key].text if key in infos else ""):
            infos[key] = info
    out: dict[str, _Body] = {}
    for sector in set(NAMED_BODY_SECTORS.values()):
        ranked = [(n, k) for k, n in counts.most_common() if k.startswith(f"{sector}|")]
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            continue
        key = ranked[0][1]
        pattern = "|".join(re.escape(n) for n in sorted(names[key], key=len, reverse=True))
        found = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")
        context = {
            w for sent in _SENTENCE_RE.findall(text) if found.search(sent) for w in _stems(sent)
        }
        out[sector] = _Body(infos[key], bool(found.search(title)), frozenset(context))
    return out


def _spelt(defined: dict[str, str], text: str) -> Iterable[tuple[str, str]]:
    """(acronym as written, full name) of the acronyms an article spells out, once per
    use of the acronym."""
    for token in _ACRONYM_RE.findall(text):
        full = defined.get(geo.fold(token))
        if full is not None:
            yield token, full


def _named_body(
    res: ActorInfo | None, texts: Iterable[str], bodies: dict[str, _Body], lang: str
) -> ActorInfo | None:
    """An entity only described (in ``texts``), of a sector the article names a body of:
    that body, when the title names it or a sentence naming it holds the entity's words
    ("Les assaillants, des combattants du Front X, …"; not "l'armée attribue l'attaque
    au Front X", said of "des hommes armés")."""
    if res is None or res.kind != "description" or res.sector not in NAMED_BODY_SECTORS:
        return res
    if _own_description(res, lang):
        return res  # a description of its own ("the coordination of the X committees")
    body = bodies.get(NAMED_BODY_SECTORS[res.sector])
    if body is None or (res.country and body.info.country and res.country != body.info.country):
        return res
    if body.in_title or any(_stems(t) & body.context for t in texts):
        return body.info
    return res


def _own_description(info: ActorInfo, lang: str) -> bool:
    """A long description that names something of its own ("the coordination of the
    resistance committees"), as opposed to one that only describes some members of a
    body named by its members ("nos frères policiers", "the bodies of two officers"),
    unless it names something ("the officers of the X unit")."""
    words = actors.bare_words(info.text, lang).split()
    if len(words) <= MAX_BODY_WORDS:
        return False
    if info.sector in coref.BODY_NAMES_MEMBERS:
        return any(w[:1].isupper() for w in words)
    return True


def _named_bodies(
    resolved: dict[str, ActorInfo],
    mentions: Sequence[coref.ActorMention],
    bodies: dict[str, _Body],
    lang: str,
) -> dict[str, ActorInfo]:
    """The resolved roles, entities only described named after the body they stand for."""
    if not bodies:
        return resolved
    texts: dict[ActorInfo, list[str]] = {}
    for m in mentions:
        res = resolved.get(m.key)
        if res is not None and m.info.kind == "description":
            texts.setdefault(res, []).append(m.info.text)
    return {k: _named_body(v, texts.get(v, ()), bodies, lang) or v for k, v in resolved.items()}


def _role_texts(mentions: Sequence[Mention]) -> Iterable[str]:
    for m in mentions:
        yield from (t for t in (m.actor, m.target) if t)


def _role_info(
    text: str, head: str | None, morph: Morph, role: str, defined: dict[str, str], lang: str
) -> ActorInfo:
    """What one role's words say: described, acronym spelt out, weapon read as its user,
    nationals hit read as civilians."""
    info = actors.describe(text, lang, head_lemma=head, morph=dict(morph))
    info = _with_acronym(text, info, defined, lang)
    if role == ACTOR and info.kind in ("description", "name"):
        return actors.weapon_user(text, lang) or actors.organisation_member(info)
    if info.sector is None and actors.nationals(text, lang):
        return replace(info, sector="CVL")  # hit, "des Maliens" are civilians
    return info


def _members_inside(text: str, lang: str) -> bool:
    """A target headed by a word of no kind that names, in its other words, members of a
    body news names them by ("nos frères policiers", "the bodies of two officers"):
    those people, not a thing; a thing's adjective is none ("installations
    militaires")."""
    infos = (actors.describe(w, lang) for w in actors.bare_words(text, lang).split()[1:])
    return any(
        i.sector in coref.BODY_NAMES_MEMBERS
        and i.number == "plur"
        and not coref.names_institution(i)
        for i in infos
    )


@dataclass
class _Collected:
    """The roles of an article's events: things settled at once, the others as mentions
    for coreference."""

    mentions: list[coref.ActorMention] = field(default_factory=list)
    things: dict[str, _Canonical] = field(default_factory=dict)  # by role key
    owners: dict[str, str] = field(default_factory=dict)  # role key → its owner's key
    persons: set[str] = field(default_factory=set)  # keys headed by a people word


def _collect(
    events: Sequence[Event], mentions: Sequence[Mention], defined: dict[str, str], lang: str
) -> _Collected:
    quantity_nouns = langdata.get(lang).triggers.QUANTITY_NOUNS
    out = _Collected()
    for ev, m in zip(events, mentions, strict=True):
        for role in (ACTOR, TARGET):
            text, start, head, morph = _role(m, role)
            if not text:
                continue
            info = _role_info(text, head, morph, role, defined, lang)
            if head and head.lower() in quantity_nouns:
                # "thousands of protesters": the counted noun heads the mention
                head = actors.bare_words(text, lang).split(" ")[0]
            pos = start if start is not None else ev.trigger_start
            key = f"{ev.event_id}|{role}"
            if _owner(text, lang) is not None:
                owner = _owner_mention(key, text, pos, role, lang)
                out.mentions.append(owner)
                out.owners[key] = owner.key
            members = role == TARGET and _members_inside(text, lang)
            thing = _thing_target(text, head, info, ev, lang) if role == TARGET else None
            if thing is not None and not members:
                out.things[key] = thing
                continue
            disjoint = f"{ev.event_id}|{ACTOR}" if role == TARGET else None
            person = actors.is_actor_head(head, lang) or members
            out.mentions.append(
                coref.ActorMention(key, pos, info, role, disjoint=disjoint, person=person)
            )
            if person:
                out.persons.add(key)
    return out


def assign_actors(
    events: Sequence[Event],
    mentions: Sequence[Mention],
    lang: str,
    speakers: Sequence[Speaker] = (),
    text: str = "",
    title: str = "",
) -> list[Event]:
    """Canonical actor/target names, countries and sectors, pronouns resolved
    (``mentions`` parallel to ``events``; ``text`` and ``title`` the article's, for the
    acronyms it spells out and its country)."""
    used = [t for r in _role_texts(mentions) for t in _ACRONYM_RE.findall(r)]
    defined = coref.acronyms(text, used) if text else {}
    collected = _collect(events, mentions, defined, lang)
    for n, sp in enumerate(speakers):
        info = actors.describe(sp.text, lang, head_lemma=sp.head_lemma, morph=dict(sp.morph))
        info = _with_acronym(sp.text, info, defined, lang)
        person = actors.is_actor_head(sp.head_lemma, lang)
        collected.mentions.append(
            coref.ActorMention(f"speaker|{n}", sp.start, info, ACTOR, speaker=True, person=person)
        )
    resolved = coref.resolve_mentions(collected.mentions)
    bodies = article_bodies(text, title, defined, lang)
    resolved = _named_bodies(resolved, collected.mentions, bodies, lang)
    context = article_country(text, title, lang, (ev.country_code for ev in events))
    out: list[Event] = []
    for ev in events:
        for role in (ACTOR, TARGET):
            key = f"{ev.event_id}|{role}"
            c = collected.things.get(key) or _resolved(
                resolved.get(key), key in collected.persons, lang
            )
            if c is not None:
                owner = resolved.get(collected.owners.get(key, ""))
                c = _owned(c, owner)
                if role == TARGET and key in collected.persons:
                    c = _victims(c, ev)
                ev = _with(ev, role, _local(c, context))
        out.append(ev)
    return out


def _victims(c: _Canonical, ev: Event) -> _Canonical:
    """People attacked whom nothing types are civilians ("five villagers' relatives were
    abducted", "gunmen killed him"), as ACLED codes victims."""
    if c.sector is not None or ev.event_type != HIT_TYPE:
        return c
    return replace(c, sector="CVL")


def _resolved(res: ActorInfo | None, person: bool, lang: str) -> _Canonical | None:
    """The canonical name, country and sector of a resolved role."""
    if res is None:
        return None
    local = res.kind != "description" or res.sector is not None or person
    name = actors.display_name(res, lang)
    return _Canonical(name, res.country, res.sector, res.stateless, local=local)


def _owned(c: _Canonical, owner: ActorInfo | None) -> _Canonical:
    """The owner's country for a possessive mention that names none ("its troops")."""
    if c.country or owner is None or not owner.country:
        return c
    return replace(c, country=owner.country)
