"""Actor mentions → canonical name, country (ISO3 or PLOVER IGO code) and sector.

Language-neutral logic; the vocabulary (pronouns, nationality words, sector head nouns,
organisations) lives in ``eventline/lang/<code>/actors.py``. Country comes from a
nationality word ("armée malienne" → MLI), a country name ("les États-Unis" → USA), a
capital standing for its government ("Washington" → USA/GOV) or a known organisation
("l'Union africaine" → IGO). Sector is a PLOVER sector code from the head noun.
See docs/places-and-actors.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from eventline import lang as langdata
from eventline.enrich import gazetteer as geo

# Non-state armed groups active in several countries or well known under one name, in any
# language (folded keys) → (canonical, country or None, sector). General world knowledge.
KNOWN_GROUPS: dict[str, tuple[str, str | None, str]] = {
    "hamas": ("Hamas", "PSE", "REB"),
    "hezbollah": ("Hezbollah", "LBN", "REB"),
    "hizbollah": ("Hezbollah", "LBN", "REB"),
    "houthis": ("Houthis", "YEM", "REB"),
    "houthi": ("Houthis", "YEM", "REB"),
    "ansar allah": ("Houthis", "YEM", "REB"),
    "etat islamique": ("Islamic State", None, "REB"),
    "islamic state": ("Islamic State", None, "REB"),
    "ei": ("Islamic State", None, "REB"),
    "isis": ("Islamic State", None, "REB"),
    "daech": ("Islamic State", None, "REB"),
    "daesh": ("Islamic State", None, "REB"),
    "al qaida": ("Al-Qaeda", None, "REB"),
    "al qaeda": ("Al-Qaeda", None, "REB"),
    "boko haram": ("Boko Haram", "NGA", "REB"),
    "al shabaab": ("Al-Shabaab", "SOM", "REB"),
    "shebab": ("Al-Shabaab", "SOM", "REB"),
    "shabaab": ("Al-Shabaab", "SOM", "REB"),
    "jnim": ("JNIM", "MLI", "REB"),
    "taliban": ("Taliban", "AFG", "REB"),
    "talibans": ("Taliban", "AFG", "REB"),
    "m23": ("M23", "COD", "REB"),
    "pkk": ("PKK", "TUR", "REB"),
    "wagner": ("Wagner Group", "RUS", "MIL"),
}

_PREPOSITIONS = frozenset(["of", "in", "from", "for", "at", "de", "du", "des", "d", "en", "au"])
_WORD_RE = re.compile(r"[^\W_]+")  # words split at hyphens and apostrophes
_ELISION_RE = re.compile(r"^(?:l|d)['’]\s*", re.IGNORECASE)


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


@dataclass(frozen=True, slots=True)
class _Lexicon:
    pronouns: dict[str, tuple[str, str | None]]
    determiners: dict[str, tuple[str, str | None]]
    strip_leading: frozenset[str]
    demonyms: dict[str, str]  # folded → ISO3 ("" = no state)
    sectors: dict[tuple[str, ...], tuple[str, str]]  # folded tokens → (sector, gloss)
    generic: dict[tuple[str, ...], str]
    organisations: dict[str, tuple[str, str, str]]  # folded name → (canonical, code, sector)
    metonyms: dict[
        str, tuple[str, str, str]
    ]  # seat of power → (name in the language, code, sector)
    number_words: dict[str, int]  # "deux" → 2: a leading count is not a name
    demonym_words: frozenset[str]  # folded nationality words ("russian", "malienne")
    max_len: int
    plural_nouns: frozenset[str]  # plural nouns without a plural ending ("police", "gunmen")
    demonym_gender: dict[str, str]  # folded inflected nationality word → gender
    descriptive: frozenset[str]  # capitalised adjectives that do not make a name


def _fold_keys(d: Mapping[str, object]) -> dict[tuple[str, ...], object]:
    return {tuple(geo.fold(k).split()): v for k, v in d.items()}


@cache
def _lexicon(lang: str) -> _Lexicon:
    data: ModuleType = langdata.load(lang, "actors")
    sectors = _fold_keys(data.SECTOR_TERMS)
    generic = _fold_keys(data.GENERIC_TERMS)
    return _Lexicon(
        pronouns={k.lower(): v for k, v in data.PRONOUNS.items()},
        determiners={geo.fold(k) or k: v for k, v in data.DETERMINERS.items()},
        strip_leading=frozenset(geo.fold(w) for w in data.STRIP_LEADING),
        demonyms={geo.fold(k): v for k, v in data.DEMONYMS.items()},
        sectors=sectors,  # type: ignore[arg-type]
        generic=generic,  # type: ignore[arg-type]
        organisations={geo.fold(k): v for k, v in data.ORGANISATIONS.items()},
        metonyms={geo.fold(k): v for k, v in data.METONYMS.items()},
        demonym_words=frozenset(geo.fold(k) for k in data.DEMONYMS),
        number_words={
            geo.fold(k): v for k, v in langdata.load(lang, "casualties").NUMBER_WORDS.items()
        },
        max_len=max(len(k) for k in [*sectors, *generic]),
        plural_nouns=frozenset(geo.fold(w) for w in data.PLURAL_NOUNS),
        demonym_gender={geo.fold(k): v for k, v in data.DEMONYM_GENDER.items()},
        descriptive=frozenset(geo.fold(w) for w in data.DESCRIPTIVE_ADJECTIVES),
    )


@cache
def english_adjective(iso3: str) -> str | None:
    """English nationality adjective of a country code ("MLI" → "Malian")."""
    data = langdata.load("en", "actors")
    # the adjective is listed before its generated plural noun ("Malian", "Malians")
    return next((adj for adj, code in data.DEMONYMS.items() if code == iso3), None)


@cache
def generic_glosses() -> frozenset[str]:
    """English glosses of generic heads in every language ("group", "movement"…)."""
    return frozenset(
        g
        for code in langdata.SUPPORTED
        for g in langdata.load(code, "actors").GENERIC_TERMS.values()
    )


def is_generic(info: ActorInfo) -> bool:
    """A description whose head is generic ("le groupe", "the Iraqi group")."""
    if info.kind != "description" or info.sector is not None or not info.canonical:
        return False
    return info.canonical.split()[-1] in generic_glosses()


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


def _head_span(tokens: list[str], spans: list[tuple[int, int]], lang: str) -> tuple[int, int]:
    """The head among term spans: French heads come first, English heads come last
    before the first preposition ("the Malian defence minister of ...")."""
    if lang == "en":
        cut = next((i for i, t in enumerate(tokens) if t in _PREPOSITIONS), len(tokens))
        before = [s for s in spans if s[1] <= cut]
        return before[-1] if before else spans[0]
    return spans[0]


def _plural_form(word: str) -> bool:
    return word.endswith(("s", "x")) and not word.endswith("ss")


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


@lru_cache(maxsize=65536)
def _describe_cached(
    text: str, lang: str, head_lemma: str | None, morph: tuple[tuple[str, str], ...]
) -> ActorInfo:
    return _describe(text, lang, head_lemma=head_lemma, morph=dict(morph) or None)


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
    raw = " ".join(text.split())
    lex = _lexicon(lang)
    low = raw.lower().replace("’", "'")
    if low in lex.pronouns or low.replace("'", "’") in lex.pronouns:
        number, gender = lex.pronouns.get(low) or lex.pronouns[low.replace("'", "’")]
        return ActorInfo(raw, None, None, None, number, gender, "pronoun")
    if "," in raw:
        first, rest = raw.split(",", 1)
        head = describe(first, lang, head_lemma=head_lemma, morph=morph)
        if head.kind == "name" and rest.strip():
            extra = describe(rest, lang)  # apposition: "X, un groupe armé irakien"
            country, sector = head.country or extra.country, head.sector or extra.sector
            return ActorInfo(raw, head.canonical, country, sector, head.number, head.gender, "name")
        extra = describe(rest, lang) if rest.strip() else None
        if head.kind == "description" and extra is not None and extra.kind == "name":
            # "la cheffe de l'opposition, Svetlana X": the name in apposition is the entity's
            # name, the description gives its sector
            country, sector = extra.country or head.country, extra.sector or head.sector
            return ActorInfo(
                rest.strip(), extra.canonical, country, sector, head.number, head.gender, "name"
            )
        return ActorInfo(raw, *_fields(head))
    number, gender, body = _determiner(raw, lex)
    if morph:
        number = {"Sing": "sing", "Plur": "plur"}.get(morph.get("Number", ""), number)
        gender = {"Masc": "masc", "Fem": "fem"}.get(morph.get("Gender", ""), gender)
    key = geo.fold(body)
    words = _WORD_RE.findall(body)
    tokens = [geo.fold(w) for w in words]

    if key in lex.metonyms:
        # "le Kremlin", "la Maison-Blanche", "Bruxelles": an institution or seat standing
        # for a government or an organisation
        canonical, code, sector = lex.metonyms[key]
        return ActorInfo(raw, canonical, code, sector, "sing", gender, "place-metonym")
    if key in lex.organisations:
        canonical, code, sector = lex.organisations[key]
        return ActorInfo(raw, canonical, code, sector, number or "sing", gender, "name")
    if key in KNOWN_GROUPS:
        canonical, code, sector = KNOWN_GROUPS[key]
        return ActorInfo(raw, canonical, code, sector, number, gender, "name")
    if words and words[0][:1].isupper():
        iso3 = geo.country_of_name(body)
        if iso3:
            return ActorInfo(raw, geo.country_name(iso3), iso3, "GOV", number, gender, "name")
        iso3 = geo.capital_country(body)
        if iso3:
            name = geo.country_name(iso3)
            return ActorInfo(raw, name, iso3, "GOV", number or "sing", gender, "place-metonym")

    title, _, tail = body.partition(" ")
    if (
        tail
        and (geo.fold(title),) in lex.sectors
        and not title[:1].isupper()
        and all(w[:1].isupper() for w in tail.split())
        and not geo.country_of_name(tail)
        and geo.fold(tail.split()[0]) not in lex.demonyms
    ):
        # "le président Félix Tshisekedi": a title before a proper name; the name is the
        # entity's name, the title its sector
        sector = lex.sectors[(geo.fold(title),)][0]
        return ActorInfo(raw, tail, _country(words, tokens, lex), sector, number, gender, "name")
    country = _country(words, tokens, lex)
    spans = _find_terms(tokens, lex.sectors, lex.max_len)
    gspans = _find_terms(tokens, lex.generic, lex.max_len)
    is_name = _is_name(words, tokens, lex, lang) and not _only_terms(
        words, tokens, spans + gspans, lex
    )
    if is_name:  # only a name's head word types it ("Mouvement pour la justice": no JUD)
        spans = [sp for sp in spans if _is_head(sp, tokens, lang)]
        gspans = [sp for sp in gspans if _is_head(sp, tokens, lang)]
    sector = gloss = generic_gloss = None
    head_word: str | None = None
    if head_lemma and (geo.fold(head_lemma),) in lex.sectors:
        sector, gloss = lex.sectors[(geo.fold(head_lemma),)]
        head_word = geo.fold(head_lemma)
    elif spans:
        s, e = _head_span(tokens, spans, lang)
        sector, gloss = lex.sectors[tuple(tokens[s:e])]
        head_word = tokens[s]
    elif gspans:
        s, e = _head_span(tokens, gspans, lang)
        generic_gloss = lex.generic[tuple(tokens[s:e])]
        head_word = tokens[s]
    if gender is None:  # "l'armée malienne": the adjective shows the gender
        gender = next((g for t in tokens if (g := lex.demonym_gender.get(t))), None)
    if number is None and head_word is not None:
        plural = _plural_form(head_word) or head_word in lex.plural_nouns
        number = "plur" if plural else "sing"

    org = _organisation(words, tokens, lex)
    if org is not None:
        org_name, code, org_sector = org
        if sector is None or sector == org_sector:  # "ECOWAS leaders", "l'ONG HRW"
            return ActorInfo(raw, org_name, code, org_sector, number, gender, "name")
        country = code  # "le représentant de l'ONU": a person of the organisation
    group = _known_group(tokens)
    if group is not None:  # "Boko Haram fighters", "les combattants du Hezbollah"
        canonical, code, group_sector = group
        return ActorInfo(raw, canonical, code, group_sector, number, gender, "name")
    if is_name:
        canonical = _strip_name(body, lex)
        if sector == "MIL" and country is None:
            # a named "Army"/"Forces" with no country is a non-state armed group
            # (Allied Democratic Forces, Arakan Army); state armies carry their country
            sector = "REB"
        return ActorInfo(raw, canonical, country, sector, number, gender, "name")
    if gloss or generic_gloss:
        adj = english_adjective(country) if country else None
        canonical = f"{adj} {gloss or generic_gloss}" if adj else (gloss or generic_gloss)
    else:
        canonical = " ".join(w.lower() for w in words) or None
    return ActorInfo(raw, canonical, country, sector, number, gender, "description")


_GROUP_MAX = max(len(k.split()) for k in KNOWN_GROUPS)
_ARTICLES = frozenset(["le", "la", "les", "l", "un", "une", "the", "a", "an"])


def _is_head(span: tuple[int, int], tokens: list[str], lang: str) -> bool:
    """Is this term span the head of a proper name (first in French, last before the
    first preposition in English)?"""
    if lang == "en":
        cut = next((i for i, t in enumerate(tokens) if t in _PREPOSITIONS), len(tokens))
        return span[1] == cut
    return span[0] == 0


def _only_terms(
    words: list[str], tokens: list[str], spans: list[tuple[int, int]], lex: _Lexicon
) -> bool:
    """True when every word is a head noun, a nationality, a country or a function word:
    a capitalised title, not a name ("le Premier ministre israélien")."""
    if not spans:
        return False
    covered = {i for s, e in spans for i in range(s, e)}
    for i, t in enumerate(tokens):
        if i in covered or t in lex.demonyms or t in _PREPOSITIONS or t in _ARTICLES:
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


def _known_group(tokens: list[str]) -> tuple[str, str | None, str] | None:
    for n in range(min(_GROUP_MAX, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            hit = KNOWN_GROUPS.get(" ".join(tokens[i : i + n]))
            if hit:
                return hit
    return None


def _fields(info: ActorInfo) -> tuple:
    return (info.canonical, info.country, info.sector, info.number, info.gender, info.kind)


def _determiner(raw: str, lex: _Lexicon) -> tuple[str | None, str | None, str]:
    """Number and gender shown by a leading determiner, and the text without it."""
    m = _ELISION_RE.match(raw)
    if m:  # l'armée: singular, gender not shown; d'autres: nothing shown
        shown = ("sing", None) if m.group(0)[0] in "lL" else (None, None)
        return shown[0], shown[1], raw[m.end() :]
    first, _, rest = raw.partition(" ")
    det = geo.fold(first)
    if det in lex.determiners and rest:
        number, gender = lex.determiners[det]
        return number, gender, rest
    if det in lex.number_words and lex.number_words[det] > 1 and rest:
        return "plur", None, rest  # "Deux policiers", "Three soldiers"
    if det in lex.strip_leading and rest:
        return None, None, rest
    return None, None, raw


def _country(words: list[str], tokens: list[str], lex: _Lexicon) -> str | None:
    for t in tokens:
        code = lex.demonyms.get(t)
        if code:
            return code
    # "Sudan's army": a possessive country name
    for i in range(len(tokens) - 1):
        if tokens[i + 1] == "s" and words[i][:1].isupper():
            iso3 = geo.country_of_name(words[i])
            if iso3:
                return iso3
    # "armée du Mali", "Islamic Resistance in Iraq": a country name after a preposition
    for i, t in enumerate(tokens):
        if t in _PREPOSITIONS and i + 1 < len(words):
            for n in (3, 2, 1):
                if i + 1 + n <= len(words) and words[i + 1][:1].isupper():
                    iso3 = _place_country(" ".join(words[i + 1 : i + 1 + n]))
                    if iso3:
                        return iso3
    return None


def _place_country(name: str) -> str | None:
    """Country of a country name, a capital or another known city ("régime de Tel-Aviv")."""
    iso3 = geo.country_of_name(name) or geo.capital_country(name)
    if iso3:
        return iso3
    place = geo.resolve(name, "en")
    return place.country_code if place and place.kind in ("city", "region") else None


def _is_name(words: list[str], tokens: list[str], lex: _Lexicon, lang: str) -> bool:
    """A proper name has a capitalised word that is not a nationality or a country word;
    in French the first word must be capitalised ("La Résistance islamique…")."""
    if not words:
        return False
    if lang != "en":
        acronym_term = words[0].isupper() and (tokens[0],) in lex.sectors  # "une ONG locale"
        return words[0][:1].isupper() and tokens[0] not in lex.demonyms and not acronym_term
    for i, (w, t) in enumerate(zip(words, tokens, strict=True)):
        if not w[:1].isupper() or t in lex.demonyms or t in lex.descriptive:
            continue
        if i == 0 and ((t,) in lex.sectors or (t,) in lex.generic):
            continue  # sentence-initial capital: "Militants attacked…"
        if geo.country_of_name(w):
            continue
        return True
    return False


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
    if head_lemma.lower() in langdata.load(lang, "actors").PERSON_NOUNS:
        return True
    info = describe(head_lemma, lang)
    return info.sector is not None or info.kind != "description" or is_generic(info)


_PAREN_RE = re.compile(r"\s*\([^)]*\)\s*$")
_QUANTITY_RE = re.compile(
    r"^(?:(?:au moins|plus de|près de|environ|quelque|at least|more than|about|some|"
    r"several|dozens of|hundreds of|thousands of|plusieurs|quelques|des|"
    r"(?:plusieurs |des )?(?:dizaines|centaines|milliers)|(?:une )?(?:dizaine|douzaine|"
    r"quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine))"
    r"\s+(?:d['’]|de\s+|of\s+)?|\d[\d\s.,]*\s+)+",
    re.IGNORECASE,
)


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
    text = (
        bare_words(info.text, lang)
        if info.kind != "name"
        else strip_determiner(_PAREN_RE.sub("", info.text), lang)
    )
    if info.kind == "name" and info.canonical and geo.fold(info.canonical) in geo.fold(text):
        text = info.canonical if not geo.fold(text).startswith(geo.fold(info.canonical)) else text
    if (
        info.kind == "description"
        and info.country
        and len(info.country) == 3
        and len(text.split()) == 1
        and geo.fold(text) in _lexicon(lang).demonym_words
    ):
        # "Russian forces…" reduced to the adjective: the country is the actor
        return geo.country_name(info.country, lang) or text
    if info.kind == "name":
        iso3 = geo.country_of_name(text)
        if iso3 and geo.fold(text) == geo.fold(geo.country_name(iso3, lang) or ""):
            return geo.country_name(iso3, lang)
        return text
    return text


def bare_words(text: str, lang: str) -> str:
    """A description's own words: no determiner, quantity or trailing acronym, and no
    sentence-initial capital ("Deux policiers" → "policiers", "dozens of homes" → "homes")."""
    numbers = langdata.load(lang, "casualties").NUMBER_WORDS
    out = strip_determiner(_PAREN_RE.sub("", text), lang)
    for _ in range(3):
        out = _QUANTITY_RE.sub("", out).strip() or out
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
