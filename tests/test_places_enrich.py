"""Where events are: the clause's place, else the sentence's, the paragraph's, the
article's (dateline, else the place it names most), with ``location_source``.
Invented articles on the real gazetteer (the cached index)."""

from __future__ import annotations

import pytest

from eventline.enrich import enrich_article
from eventline.enrich.places import article_places, place_events, title_names
from eventline.model import Article, Event, Mention, PlaceName

ARTICLE = Article("a1", "a1", "a1.txt", "", title=None, lang="fr")


def _mention(i: int, start: int, *, location=None, others=(), sentence=0, paragraph=0) -> Mention:
    return Mention(
        event_id=f"e{i}",
        sentence_index=sentence,
        sentence=f"phrase {sentence} {location or ''}",
        char_start=start - 5,
        char_end=start + 40,
        paragraph_index=paragraph,
        trigger="attaque",
        trigger_start=start,
        trigger_end=start + 7,
        action_lemma="attaquer",
        event_type="ASSAULT",
        event_mode=None,
        cameo_root="18",
        modality="asserted",
        confidence=0.5,
        location=location,
        other_places=tuple(others),
    )


def _event(m: Mention) -> Event:
    return Event(
        event_id=m.event_id, article_id="a1", source="a1.txt", lang="fr", published=None,
        sentence_index=m.sentence_index, sentence=m.sentence, char_start=m.char_start,
        char_end=m.char_end, trigger=m.trigger, action_lemma=m.action_lemma,
        event_type=m.event_type, location=m.location, trigger_start=m.trigger_start,
        trigger_end=m.trigger_end, paragraph_index=m.paragraph_index,
    )  # fmt: skip


def _place(text, start, sentence, paragraph, *, locative=True, dateline=False) -> PlaceName:
    return PlaceName(text, start, start + len(text), sentence, paragraph, locative, dateline)


def _run(mentions, places, title=None, lang="fr"):
    events = [_event(m) for m in mentions]
    return place_events(events, mentions, lang, places, title)


# an invented article: a dateline, a town in the first sentence, a region later
PLACES = [
    _place("Gao", 0, 0, 0, dateline=True),
    _place("Ansongo", 60, 0, 0),
    _place("Mali", 130, 1, 0, locative=False),  # "le Mali a annoncé": a participant
    _place("la région de Mopti", 300, 3, 1),
]


def test_clause_sentence_paragraph_article():
    ms = [
        _mention(0, 20, location="à Tessit"),  # its own clause
        _mention(1, 40),  # the sentence names Ansongo
        _mention(2, 150, sentence=1),  # the paragraph named Ansongo before it
        _mention(3, 500, sentence=5, paragraph=2),  # nothing near: the dateline's town
    ]
    out = _run(ms, PLACES)
    got = [(e.location_canonical, e.location_source, e.geo_precision) for e in out]
    assert got == [
        ("Tessit", "clause", 1),
        ("Ansongo", "sentence", 1),
        ("Ansongo", "paragraph", 2),  # a wider source is "near" at best
        ("Gao", "article", 2),
    ]
    assert all(e.latitude is not None and e.country_code == "MLI" for e in out)


def test_a_village_the_gazetteer_lacks_keeps_its_name_and_takes_wider_coordinates():
    ms = [_mention(0, 320, location="Xyzville", sentence=3, paragraph=1)]
    [ev] = _run(ms, PLACES)
    assert (ev.location, ev.location_canonical, ev.location_source) == (
        "Xyzville", "Xyzville", "clause",
    )  # fmt: skip
    assert ev.country_code == "MLI" and ev.latitude is not None and ev.geo_precision == 3
    assert "not in gazetteer" in ev.extras["geo_note"]


def test_words_that_are_not_places_are_dropped_from_the_clause():
    [ev] = _run([_mention(0, 20, location="Samedi")], PLACES)
    assert ev.location_source == "sentence" and ev.location_canonical == "Ansongo"


def test_without_any_place_events_stay_unplaced():
    [ev] = _run([_mention(0, 20)], [])
    assert ev.location is None and ev.latitude is None and ev.location_source is None


def test_main_place_without_dateline_is_the_place_named_most():
    places = [
        _place("au Burkina Faso", 10, 0, 0),
        _place("à Djibo", 40, 0, 0),
        _place("Djibo", 200, 2, 1),
        _place("Djibo", 300, 3, 2),
    ]
    art = article_places([], places, "Burkina Faso : une attaque à Djibo", "fr")
    assert art.context.dominant == "BFA"
    assert art.main is not None and art.main.canonical == "Djibo"


def test_article_countries_reject_a_small_homonym_abroad():
    # the article is in Nigeria: a Burkinabè town of the same name is not the place meant
    places = [_place("au Nigeria", 10, 0, 0), _place("l'État de Borno", 40, 0, 0)]
    art = article_places([], places, None, "fr")
    assert art.context.countries == frozenset({"NGA"})
    ms = [_mention(0, 20, location="à Dori")]
    [ev] = place_events([_event(m) for m in ms], ms, "fr", places, None)
    assert (ev.location, ev.location_canonical, ev.country_code) == ("à Dori", "Dori", "NGA")


@pytest.mark.parametrize(
    ("lang", "title", "known", "names"),
    [
        # French
        ("fr", "Au Mali, une attaque près de Gao", frozenset(), ["Au Mali"]),
        ("fr", "Xville : une attaque à Gao", frozenset({"gao"}), ["Gao"]),
        # English: title case words that are not places stay out
        ("en", "Gunmen Kill Three In Fresh Attack In Niger", frozenset(), ["In Niger"]),
        ("en", None, frozenset(), []),
    ],
)
def test_title_names(lang, title, known, names):
    assert title_names(title, lang, known) == names


def test_enrich_article_places_events_from_the_article_places():
    ms = [_mention(0, 500, sentence=5, paragraph=2)]
    [ev] = enrich_article(ARTICLE, ms, _temporal(), places=PLACES)
    assert ev.location_source == "article" and ev.location_canonical == "Gao"


def _temporal():
    from eventline.temporal import TemporalResult

    return TemporalResult(timexes=[], reference=None, reference_origin="none")


def test_location_source_is_a_parquet_column_of_events_and_timeline():
    from eventline.io import parquet
    from eventline.link.timeline import build_row

    [ev] = _run([_mention(0, 500, sentence=5, paragraph=2)], PLACES)
    [back] = parquet.events_from_table(parquet.event_rows([ev]))
    assert back.location_source == "article"
    assert "location_source" in parquet.TIMELINE_SCHEMA.names
    # a timeline row prefers a place some mention's own clause names
    own = _run([_mention(1, 20, location="à Tessit")], PLACES)[0]
    row = build_row("c1", [ev, own])
    assert (row.location, row.location_source) == ("Tessit", "clause")


def test_an_unknown_acronym_is_not_kept_as_a_village():
    [ev] = _run([_mention(0, 20, location="à XKCD")], PLACES)
    assert ev.location_source == "sentence" and ev.location_canonical == "Ansongo"


def test_a_bracketed_admin_hierarchy_places_its_town():
    ms = [
        # a town the gazetteer lacks: its name, the district's coordinates, near it
        _mention(0, 20, location="Xyzville", others=["(Douentza, Mopti)"]),
        # a known town, in the bracket's country
        _mention(1, 80, location="Kumba", others=["(Southwest)"]),
    ]
    out = _run(ms, [], lang="en")
    got = [(e.location, e.location_canonical, e.country_code, e.geo_precision) for e in out]
    assert got == [("Xyzville", "Xyzville", "MLI", 2), ("Kumba", "Kumba", "CMR", 1)]
    assert all(e.location_source == "clause" and e.latitude is not None for e in out)


def test_an_unknown_village_is_not_a_city_abroad_by_an_alternate_name():
    from eventline.enrich import gazetteer as geo

    assert geo.resolve("Boni", "en") is None  # an alternate name of a city far away
    assert geo.resolve("Kyiv", "en") is not None  # a capital is known by any name
    assert geo.resolve("Dnipropetrovsk Oblast", "en") is not None  # an explicit province
    mopti = geo.resolve_region("Mopti", "fr")
    assert mopti is not None and mopti.kind == "region" and mopti.country_code == "MLI"
