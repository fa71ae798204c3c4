"""Adding a language is one folder: ``tests/data/lang/qz`` (an invented language, a few
words of each kind) is registered, and a hand-built parse of it goes through time
expressions, extraction and enrichment like French or English (model-free)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline import temporal
from eventline.enrich import enrich_article
from eventline.extract import extract_article, extract_speakers
from eventline.model import Article, article_id_for
from eventline.nlp import Paragraph, model_candidates

FOLDER = Path(__file__).parent / "data" / "lang" / "qz"


@pytest.fixture
def qz():
    langdata.register("qz", FOLDER)
    yield "qz"
    langdata.unregister("qz")


# "Lu gardo zap Korvex ko Xville satu, du morto." = the police hit Korvex in Xville on
# Saturday, two dead
ROWS = [
    ("Lu", "lu", "DET", "det", 1),
    ("gardo", "gardo", "NOUN", "nsubj", 2),
    ("zap", "zap", "VERB", "ROOT", 2),
    ("Korvex", "Korvex", "PROPN", "obj", 2),
    ("ko", "ko", "ADP", "case", 5),
    ("Xville", "Xville", "PROPN", "obl", 2),
    ("satu", "satu", "NOUN", "obl", 2),
    (",", ",", "PUNCT", "punct", 9),
    ("du", "du", "NUM", "nummod", 9),
    ("morto", "morto", "NOUN", "obl", 2),
    (".", ".", "PUNCT", "punct", 2),
]
PUBLISHED = date(2024, 3, 5)  # a Tuesday


def _parsed(code):
    doc = make_doc(ROWS, [(5, 6, "LOC")], lang="xx")
    art = Article(article_id_for(doc.text), "t", "test", doc.text, lang=code, published=PUBLISHED)
    return art, [Paragraph(0, 0, doc)]


def test_registered_folder_is_a_supported_language(qz):
    assert qz in langdata.SUPPORTED
    assert langdata.get(qz).triggers.VERBS["zap"][0] == "ASSAULT"
    assert model_candidates(qz) == ("qz_core_none",)
    # every name it leaves out is an empty default
    assert langdata.get(qz).places.NEAR_PHRASES == ()


def test_unregister_restores_the_languages(qz):
    langdata.unregister(qz)
    assert qz not in langdata.SUPPORTED
    with pytest.raises(KeyError):
        langdata.get(qz)
    langdata.register(qz, FOLDER)


def test_extraction_dates_and_enrichment(qz):
    art, paragraphs = _parsed(qz)
    tr = temporal.tag(art.text, qz, art.published, paragraphs=paragraphs)
    assert [(t.text, t.value) for t in tr.timexes] == [("satu", "2024-03-02")]
    mentions = extract_article(art, paragraphs, tr.timexes)
    assert [(m.trigger, m.event_type, m.actor, m.target, m.location) for m in mentions] == [
        ("zap", "ASSAULT", "Lu gardo", "Korvex", "Xville")
    ]
    assert mentions[0].fatalities == 2
    events = enrich_article(art, mentions, tr, extract_speakers(art, paragraphs))
    (ev,) = events
    assert (ev.date_start, ev.date_precision) == (date(2024, 3, 2), "day")
    assert ev.actor_sector == "COP" and ev.location_canonical == "Xville"


def test_a_folder_with_two_verbs_is_enough(tmp_path):
    folder = tmp_path / "qy"
    folder.mkdir()
    (folder / "__init__.py").write_text('MODELS = ("xx_none",)\n')
    (folder / "triggers.py").write_text('VERBS = {"zap": ("ASSAULT", None, "18")}\n')
    langdata.register("qy", folder)
    try:
        art, paragraphs = _parsed("qy")
        mentions = extract_article(art, paragraphs)
        assert [(m.trigger, m.actor, m.target) for m in mentions] == [("zap", "Lu gardo", "Korvex")]
        tr = temporal.tag(art.text, "qy", art.published, paragraphs=paragraphs)
        assert tr.timexes == []
        events = enrich_article(art, mentions, tr)
        assert [e.trigger for e in events] == ["zap"]
    finally:
        langdata.unregister("qy")
