"""The gazetteer's on-disk index, built from a small invented fixture (no package data)."""

from __future__ import annotations

import sqlite3

import pytest

from eventline.enrich import gazetteer_index as gi
from eventline.enrich.gazetteer import Gazetteer

COUNTRIES = {
    "RU": {"name": "Ruritania", "iso3": "RUR", "capital": "Strelsau", "geonameid": 1},
    "XK": {"name": "Kosovo", "iso3": "XKX", "capital": "Pristina", "geonameid": 2},
}
CITIES = [
    {
        "geonameid": 10, "name": "Strelsau", "latitude": 50.0, "longitude": 10.0,
        "countrycode": "RU", "population": 900_000, "alternatenames": ["Strelsaŭ", "Стрелсау"],
    },
    {
        "geonameid": 11, "name": "Zenda", "latitude": 50.5, "longitude": 10.5,
        "countrycode": "RU", "population": 800, "alternatenames": ["Zendaburg", "Zb"],
    },
    {
        "geonameid": 12, "name": "Strelsau 03 Altstadt", "latitude": 50.1, "longitude": 10.1,
        "countrycode": "RU", "population": 40_000, "alternatenames": ["Altstadt"],
    },
]  # fmt: skip
STATES = [
    {"name": "Hentzau Province", "type": "province", "country_code": "RU",
     "latitude": "51.0", "longitude": "11.0", "native": "Hentzauer Land"},
    {"name": "Lowland", "type": "region", "country_code": "RU",
     "latitude": None, "longitude": None},
]  # fmt: skip
CENTROIDS = [{"iso3": "RUR", "latitude": "50.2", "longitude": "10.2"}]


def _sources() -> gi.Sources:
    return gi.Sources(COUNTRIES, CITIES, STATES, CENTROIDS)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("gaz") / "fixture.sqlite"
    gi.build_index(path, _sources())
    return path


def _names(path, key):
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT e.canonical, e.cc, e.kind, e.capital, e.type, n.tier FROM name n "
            "JOIN entry e ON e.id = n.id WHERE n.key = ? ORDER BY e.canonical",
            (key,),
        ).fetchall()
    finally:
        con.close()


def test_cities_names_tiers_and_capitals(index):
    assert _names(index, "strelsau") == [("Strelsau", "RUR", "city", 1, None, 0)]
    assert _names(index, "zendaburg") == [("Zenda", "RUR", "city", 0, None, 1)]  # alias: tier 1


@pytest.mark.parametrize("key", ["zb", "altstadt", "стрелсау"])
def test_short_non_latin_and_district_aliases_are_not_indexed(index, key):
    # "Zb" is too short, a numbered district is known by its own name only, Cyrillic
    # names are not indexed
    assert _names(index, key) == []


def test_regions_with_and_without_their_type_word(index):
    row = ("Hentzau Province", "RUR", "state", 0, "province", 0)
    assert _names(index, "hentzau province") == [row]
    assert _names(index, "hentzau") == [row]
    assert _names(index, "hentzauer land")[0][-1] == 1  # native name: tier 1
    assert _names(index, "lowland") == []  # no centroid: not a place to put events at


def test_centroids_use_plover_codes(index):
    con = sqlite3.connect(index)
    assert con.execute("SELECT * FROM centroid").fetchall() == [("RUR", 50.2, 10.2)]
    con.close()


def test_gazetteer_reads_an_index(index):
    gaz = Gazetteer(index)
    [(tier, city)] = gaz.candidates("zendaburg")
    assert (tier, city.canonical, city.kind, city.geo_precision) == (1, "Zenda", "city", 1)
    [(_, region)] = gaz.candidates("hentzau")
    assert (region.kind, region.geo_precision, region.admin_type) == ("region", 3, "province")


def test_ensure_index_builds_once_in_the_cache_dir(tmp_path, monkeypatch):
    calls = []

    def fake_sources():
        calls.append(1)
        return _sources()

    monkeypatch.setenv(gi.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(gi, "installed_sources", fake_sources)
    stale = tmp_path / "gazetteer-v0-old.sqlite"
    stale.write_text("")
    path = gi.ensure_index()
    assert path.parent == tmp_path and path.name == gi.index_name() and path.exists()
    assert gi.ensure_index() == path
    assert calls == [1]
    assert not stale.exists()  # an index of an earlier version is removed


def test_cache_dir_defaults(monkeypatch, tmp_path):
    monkeypatch.delenv(gi.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gi.cache_dir() == tmp_path / "eventline"
