"""Gazetteer: place mentions → canonical place, ISO3 country, coordinates, precision."""

from __future__ import annotations

import time

import pytest

from eventline.enrich import gazetteer as geo
from eventline.enrich.gazetteer import Place

CASES = [
    # French
    ("fr", "à Haïfa", "Haifa", "ISR", 1, "city"),
    ("fr", "la bande de Gaza", "Gaza Strip", "PSE", 2, "region"),
    ("fr", "dans le Golan syrien occupé", "Golan Heights", "SYR", 2, "region"),
    ("fr", "sur le plateau du Golan", "Golan Heights", "SYR", 2, "region"),
    ("fr", "au sud de la Palestine occupée", "Palestine", "PSE", 3, "country"),
    ("fr", "en Cisjordanie occupée", "West Bank", "PSE", 3, "region"),
    ("fr", "à Kidal, dans le nord du Mali", "Kidal", "MLI", 1, "city"),
    ("fr", "près de Gao", "Gao", "MLI", 2, "city"),
    ("fr", "dans la région de Mopti", "Mopti", "MLI", 3, "region"),
    ("fr", "au Burkina Faso", "Burkina Faso", "BFA", 3, "country"),
    ("fr", "aux États-Unis", "United States", "USA", 3, "country"),
    ("fr", "à Moscou", "Moscow", "RUS", 1, "city"),
    ("fr", "Pékin", "Beijing", "CHN", 1, "city"),
    ("fr", "au Caire", "Cairo", "EGY", 1, "city"),
    ("fr", "en Crimée", "Crimea", "UKR", 3, "region"),
    ("fr", "dans le Donbass", "Donbas", "UKR", 3, "region"),
    ("fr", "au Sahel", "Sahel", None, 3, "region"),
    ("fr", "au Nord-Kivu", "North Kivu", "COD", 3, "region"),
    ("fr", "à Port-au-Prince", "Port-au-Prince", "HTI", 1, "city"),
    (
        "fr",
        "en République démocratique du Congo",
        "Democratic Republic of the Congo",
        "COD",
        3,
        "country",
    ),
    ("fr", "au Kosovo", "Kosovo", "KOS", 3, "country"),
    ("fr", "en Afrique", "Africa", None, 3, "continent"),
    ("fr", "sur le sol syrien", "Syria", "SYR", 3, "country"),
    ("fr", "Bosnie-Herzégovine", "Bosnia and Herzegovina", "BIH", 3, "country"),
    # French words around place names (lang/fr/places.py)
    ("fr", "aux abords de Gao", "Gao", "MLI", 2, "city"),  # NEAR_PHRASES
    ("fr", "à l'ouest de Kidal", "Kidal", "MLI", 2, "city"),  # PART_WORDS
    ("fr", "au nord-est de Mopti", "Mopti", "MLI", 2, "city"),
    ("fr", "le gouvernorat d'Idlib", "Idlib", "SYR", 3, "region"),  # ADMIN_WORDS
    ("fr", "l'État de Borno", "Borno", "NGA", 3, "region"),
    ("fr", "la localité de Kidal", "Kidal", "MLI", 1, "city"),  # SETTLEMENT_WORDS
    ("fr", "la Crimée annexée", "Crimea", "UKR", 3, "region"),  # QUALIFIERS
    ("fr", "en territoire malien", "Mali", "MLI", 3, "country"),  # TERRITORY_WORDS
    # English
    ("en", "in Haifa", "Haifa", "ISR", 1, "city"),
    ("en", "the Gaza Strip", "Gaza Strip", "PSE", 2, "region"),
    ("en", "the occupied Golan Heights", "Golan Heights", "SYR", 2, "region"),
    ("en", "the Syrian Golan", "Golan Heights", "SYR", 2, "region"),
    ("en", "the occupied West Bank", "West Bank", "PSE", 3, "region"),
    ("en", "north of Bamako", "Bamako", "MLI", 2, "city"),
    ("en", "on the outskirts of Mogadishu", "Mogadishu", "SOM", 2, "city"),
    ("en", "Kherson region", "Kherson", "UKR", 3, "region"),
    ("en", "southern Lebanon", "Lebanon", "LBN", 3, "country"),
    ("en", "in Kyiv", "Kyiv", "UKR", 1, "city"),
    ("en", "Mexico", "Mexico", "MEX", 3, "country"),
    ("en", "the Red Sea", "Red Sea", None, 3, "region"),
    ("en", "in the Tigray region", "Tigray", "ETH", 3, "region"),
    ("en", "off the coast of Yemen", "Yemen", "YEM", 3, "country"),
    ("en", "on Malian territory", "Mali", "MLI", 3, "country"),
    ("en", "in Beirut's southern suburbs", "Beirut", "LBN", 2, "city"),
    # English words around place names (lang/en/places.py)
    ("en", "the suburbs of Bamako", "Bamako", "MLI", 2, "city"),  # NEAR_PHRASES
    ("en", "around Goma", "Goma", "COD", 2, "city"),
    ("en", "central Mali", "Mali", "MLI", 3, "country"),  # PART_WORDS
    ("en", "Idlib governorate", "Idlib", "SYR", 3, "region"),  # ADMIN_WORDS
    ("en", "the town of Kidal", "Kidal", "MLI", 1, "city"),  # SETTLEMENT_WORDS
    ("en", "annexed Crimea", "Crimea", "UKR", 3, "region"),  # QUALIFIERS
    ("en", "on Syrian soil", "Syria", "SYR", 3, "country"),  # TERRITORY_WORDS
]


@pytest.mark.parametrize(("lang", "text", "canonical", "iso3", "precision", "kind"), CASES)
def test_resolve(lang, text, canonical, iso3, precision, kind):
    p = geo.resolve(text, lang)
    assert p is not None
    assert (p.canonical, p.country_code, p.geo_precision, p.kind) == (
        canonical,
        iso3,
        precision,
        kind,
    )
    assert p.name == text
    if p.kind != "country":
        assert p.latitude is not None and p.longitude is not None


def test_city_has_geonameid_and_coordinates():
    p = geo.resolve("Haïfa", "fr")
    assert p is not None and p.geonameid is not None
    assert 32.0 < p.latitude < 33.5 and 34.5 < p.longitude < 35.5


@pytest.mark.parametrize(
    ("lang", "text", "hint", "iso3"),
    [
        # French
        ("fr", "Tripoli", None, "LBY"),  # most populous without context
        ("fr", "Tripoli", "LBN", "LBN"),
        ("fr", "Tripoli, au Liban", None, "LBN"),  # country named in the phrase
        ("fr", "Gao", "BFA", "BFA"),
        # English
        ("en", "Tripoli in northern Lebanon", None, "LBN"),
        ("en", "Washington", None, "USA"),
    ],
)
def test_ambiguous_names_use_country_context(lang, text, hint, iso3):
    p = geo.resolve(text, lang, country_hint=hint)
    assert p is not None and p.country_code == iso3


@pytest.mark.parametrize(
    ("lang", "text", "canonical"),
    [
        # French: the most specific place of a phrase naming several
        ("fr", "à Tombouctou au nord de Mopti", "Timbuktu"),
        ("fr", "à Mopti, dans le centre du Mali", "Mopti"),
        ("fr", "la ville de Rafah (sud de la bande de Gaza)", "Rafah"),
        ("fr", "dans le nord du Mali et à Gao", "Gao"),  # LIST_CONJUNCTIONS, _PREPOSITIONS
        ("fr", "au Mali ou dans Gao", "Gao"),
        ("fr", "la ville de Gao au Mali", "Gao"),  # SPLIT_SETTLEMENTS, SPLIT_PREPOSITIONS
        # English
        ("en", "Kramatorsk in the Donbas", "Kramatorsk"),
        ("en", "the West Bank city of Nablus", "Nablus"),
        ("fr", "en Irak et à Mossoul", "Mosul"),
        ("en", "Goma, in eastern Democratic Republic of the Congo", "Goma"),
        ("en", "in Mali and in Gao", "Gao"),  # LIST_CONJUNCTIONS, LIST_PREPOSITIONS
        ("en", "in Mali or at Gao", "Gao"),
    ],
)
def test_phrase_gives_most_specific_place(lang, text, canonical):
    p = geo.resolve(text, lang)
    assert p is not None and p.canonical == canonical and p.kind == "city"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # French
        ("fr", ""),
        ("fr", "la réunion du conseil"),
        # a French nationality word follows its place (DEMONYM_BEFORE_PLACE is False)
        ("fr", "le syrien Golan"),
        # English
        ("en", "the meeting room"),
    ],
)
def test_unknown_gives_none(lang, text):
    assert geo.resolve(text, lang) is None


def _p(kind: str, precision: int, name: str) -> Place:
    return Place(name, name, None, None, None, precision, kind, None)


def test_most_specific_city_beats_region_beats_country():
    country, region, city = _p("country", 3, "C"), _p("region", 2, "R"), _p("city", 1, "T")
    assert geo.most_specific([country, region, city]) is city
    assert geo.most_specific([country, region]) is region
    assert geo.most_specific([country]) is country
    assert geo.most_specific([]) is None


@pytest.mark.parametrize(
    ("lang", "names", "iso3"),
    [
        # French
        ("fr", ["Bamako", "Tombouctou", "Ouagadougou", "Mopti"], "MLI"),
        # English
        ("en", ["Kyiv", "Moscow", "Kharkiv", "nowhere-land"], "UKR"),
        ("en", ["nowhere-land"], None),
    ],
)
def test_article_country_context(lang, names, iso3):
    assert geo.article_country_context(names, lang) == iso3


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Washington", "USA"),
        ("Moscou", "RUS"),
        ("Pékin", "CHN"),
        ("Bamako", "MLI"),
        ("Haifa", None),
    ],
)
def test_capital_country(name, iso3):
    assert geo.capital_country(name) == iso3


def test_lookup_is_fast_once_loaded():
    geo.gazetteer()
    names = ["à Haïfa", "la bande de Gaza", "près de Gao", "north of Bamako", "Tripoli"]
    t = time.perf_counter()
    for _ in range(200):
        for n in names:
            geo.resolve(n, "fr")
    per_lookup = (time.perf_counter() - t) / 1000
    assert per_lookup < 1e-3  # microseconds in practice; generous bound for slow CI


# --- the article's countries (Mordecai's idea: country context, then population) -------


@pytest.mark.parametrize(
    ("lang", "text", "countries", "iso3"),
    [
        # French
        ("fr", "à Bama", (), "NGA"),  # the most populous homonym without context
        ("fr", "à Bama", ("BFA",), "BFA"),  # the homonym in the article's country
        ("fr", "à Gorom-Gorom", ("BFA",), "BFA"),  # a small town of the article's country
        ("fr", "à Dori", ("NGA",), None),  # a mid-size town far from the article's country
        # English
        ("en", "in Haifa", ("PSE",), "ISR"),  # a town of a neighbouring country
        ("en", "in Gorom-Gorom", (), None),  # a small town without context: not trusted
        ("en", "in Paris", ("MLI",), "FRA"),  # a capital is accepted anywhere
        ("en", "Plateau State", (), "NGA"),  # the region whose type is the word named
    ],
)
def test_article_countries_place_ambiguous_and_small_names(lang, text, countries, iso3):
    p = geo.resolve(text, lang, countries=countries)
    assert (p.country_code if p else None) == iso3


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # French
        ("fr", "Gao", None),  # a town that does not say which country it is in
        ("fr", "au Mali", "country"),
        ("fr", "la région de Tahoua", "region"),
        # English
        ("en", "in Abuja", "city"),  # a capital tells its country
    ],
)
def test_strict_resolution_keeps_what_tells_its_country(lang, text, kind):
    p = geo.resolve(text, lang, strict=True)
    assert (p.kind if p else None) == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # French: words that never become places, even where a village has the name
        ("fr", "Samedi"),  # a weekday
        ("fr", "Janvier"),  # a month
        ("fr", "en russe"),  # a language: lower case and a nationality word
        ("fr", "Malien"),  # a nationality
        ("fr", "K9"),  # a code mixing letters and digits (an armed group's name)
        ("fr", "OTAN"),  # an acronym is never a village
        # English
        ("en", "Sunday"),
        ("en", "NATO"),
        ("en", "B52"),
    ],
)
def test_words_that_are_not_places(lang, text):
    assert geo.resolve(text, lang) is None
    assert geo.not_a_name(text) or text.isupper()


@pytest.mark.parametrize(
    ("lang", "text", "canonical", "precision"),
    [
        # French: a facility of a town is in the town
        ("fr", "l'hôpital régional de Gao", "Gao", 1),
        ("fr", "le village de Gorom-Gorom", "Gorom-Gorom", 1),
        # English
        ("en", "the University of Nairobi", "Nairobi", 1),
        ("en", "Gorom-Gorom village", "Gorom-Gorom", 1),  # a trailing settlement word
    ],
)
def test_facility_and_settlement_phrases(lang, text, canonical, precision):
    p = geo.resolve(text, lang, countries=("BFA", "MLI", "KEN"))
    assert p is not None and (p.canonical, p.geo_precision) == (canonical, precision)


def test_country_has_centroid_coordinates():
    p = geo.resolve("au Niger", "fr")
    assert p is not None and p.kind == "country" and p.geo_precision == 3
    assert 10 < p.latitude < 23 and 0 < p.longitude < 16


def test_country_place():
    p = geo.country_place("MLI")
    assert p is not None and p.canonical == "Mali" and p.latitude is not None
