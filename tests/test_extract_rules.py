"""Trigger, role, mode and modality rules on hand-built parses (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest
from docbuild import make_doc

from eventline.extract import extract_article
from eventline.model import Article, article_id_for
from eventline.nlp import Paragraph


def _events(doc, lang):
    art = Article(
        article_id_for(doc.text), "t", "test", doc.text, lang=lang, published=date(2024, 3, 5)
    )
    return extract_article(art, [Paragraph(0, 0, doc)])


CASES = [
    # French
    (
        "fr-active",
        "fr",
        [
            ("Les", "le", "DET", "det", 1),
            ("rebelles", "rebelle", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("attaqué", "attaquer", "VERB", "ROOT", 3),
            ("la", "le", "DET", "det", 5),
            ("caserne", "caserne", "NOUN", "obj", 3),
            ("de", "de", "ADP", "case", 7),
            ("Gao", "Gao", "PROPN", "nmod", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        [(7, 8, "LOC")],
        dict(
            event_type="ASSAULT",
            actor="Les rebelles",
            target="la caserne",
            location="Gao",
            modality="asserted",
        ),
    ),
    (
        "fr-passive-agent",
        "fr",
        [
            ("Le", "le", "DET", "det", 1),
            ("convoi", "convoi", "NOUN", "nsubj:pass", 4),
            ("a", "avoir", "AUX", "aux:tense", 4),
            ("été", "être", "AUX", "aux:pass", 4),
            ("attaqué", "attaquer", "VERB", "ROOT", 4),
            ("par", "par", "ADP", "case", 7),
            ("des", "un", "DET", "det", 7),
            ("hommes", "homme", "NOUN", "obl:agent", 4),
            ("armés", "armé", "ADJ", "amod", 7),
            (".", ".", "PUNCT", "punct", 4),
        ],
        [],
        dict(event_type="ASSAULT", actor="des hommes armés", target="Le convoi"),
    ),
    (
        "fr-passive-no-agent-casualties",
        "fr",
        [
            ("Trois", "trois", "NUM", "nummod", 1),
            ("soldats", "soldat", "NOUN", "nsubj:pass", 4),
            ("ont", "avoir", "AUX", "aux:tense", 4),
            ("été", "être", "AUX", "aux:pass", 4),
            ("tués", "tuer", "VERB", "ROOT", 4),
            ("à", "à", "ADP", "case", 6),
            ("Mopti", "Mopti", "PROPN", "obl:mod", 4),
            (".", ".", "PUNCT", "punct", 4),
        ],
        [(6, 7, "LOC")],
        dict(
            event_type="ASSAULT", actor=None, target="Trois soldats", location="Mopti", fatalities=3
        ),
    ),
    (
        "fr-reported-light-verb-drone",
        "fr",
        [
            ("Le", "le", "DET", "det", 1),
            ("groupe", "groupe", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("affirmé", "affirmer", "VERB", "ROOT", 3),
            ("avoir", "avoir", "AUX", "aux:tense", 5),
            ("mené", "mener", "VERB", "xcomp", 3),
            ("une", "un", "DET", "det", 7),
            ("attaque", "attaque", "NOUN", "obj", 5),
            ("de", "de", "ADP", "case", 9),
            ("drones", "drone", "NOUN", "nmod", 7),
            ("contre", "contre", "ADP", "case", 12),
            ("la", "le", "DET", "det", 12),
            ("base", "base", "NOUN", "nmod", 7),
            (".", ".", "PUNCT", "punct", 3),
        ],
        [],
        dict(
            event_type="ASSAULT",
            event_mode="drone",
            trigger="attaque",
            actor="Le groupe",
            target="la base",
            modality="claimed",
        ),
    ),
    (
        "fr-negated",
        "fr",
        [
            ("L'", "le", "DET", "det", 1),
            ("armée", "armée", "NOUN", "nsubj", 5),
            ("n'", "ne", "ADV", "advmod", 5),
            ("a", "avoir", "AUX", "aux:tense", 5),
            ("pas", "pas", "ADV", "advmod", 5),
            ("bombardé", "bombarder", "VERB", "ROOT", 5),
            ("la", "le", "DET", "det", 7),
            ("ville", "ville", "NOUN", "obj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        [],
        dict(event_type="ASSAULT", event_mode="aerial", modality="negated"),
    ),
    (
        "fr-future",
        "fr",
        [
            ("Les", "le", "DET", "det", 1),
            ("syndicats", "syndicat", "NOUN", "nsubj", 2),
            ("manifesteront", "manifester", "VERB", "ROOT", 2, "Mood=Ind|Tense=Fut"),
            ("jeudi", "jeudi", "NOUN", "obl:mod", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        [],
        dict(event_type="PROTEST", event_mode="demo", actor="Les syndicats", modality="future"),
    ),
    (
        "fr-policy-not-event",
        "fr",
        [
            ("Sa", "son", "DET", "det", 1),
            ("stratégie", "stratégie", "NOUN", "nsubj", 2),
            ("consiste", "consister", "VERB", "ROOT", 2),
            ("à", "à", "ADP", "mark", 4),
            ("frapper", "frapper", "VERB", "xcomp", 2, "VerbForm=Inf"),
            ("les", "le", "DET", "det", 6),
            ("dépôts", "dépôt", "NOUN", "obj", 4),
            (".", ".", "PUNCT", "punct", 2),
        ],
        [],
        dict(event_type="ASSAULT", modality="hypothetical"),
    ),
    (
        "fr-veto-light-verb",
        "fr",
        [
            ("Moscou", "Moscou", "PROPN", "nsubj", 2),
            ("a", "avoir", "AUX", "aux:tense", 2),
            ("opposé", "opposer", "VERB", "ROOT", 2),
            ("son", "son", "DET", "det", 4),
            ("veto", "veto", "NOUN", "obj", 2),
            ("à", "à", "ADP", "case", 7),
            ("la", "le", "DET", "det", 7),
            ("résolution", "résolution", "NOUN", "obl:arg", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        [],
        # a topic is not a recipient: the target of a verbal event must be an actor
        dict(event_type="REJECT", trigger="veto", actor="Moscou", target=None),
    ),
    # English
    (
        "en-active",
        "en",
        [
            ("Rebels", "rebel", "NOUN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 4),
            ("military", "military", "ADJ", "amod", 4),
            ("base", "base", "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 1),
            ("Gao", "Gao", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ],
        [(6, 7, "GPE")],
        dict(event_type="ASSAULT", actor="Rebels", target="a military base", location="Gao"),
    ),
    (
        "en-passive-agent",
        "en",
        [
            ("The", "the", "DET", "det", 1),
            ("convoy", "convoy", "NOUN", "nsubjpass", 3),
            ("was", "be", "AUX", "auxpass", 3),
            ("ambushed", "ambush", "VERB", "ROOT", 3),
            ("by", "by", "ADP", "agent", 3),
            ("gunmen", "gunman", "NOUN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 3),
        ],
        [],
        dict(event_type="ASSAULT", actor="gunmen", target="The convoy"),
    ),
    (
        "en-reported-claimed",
        "en",
        [
            ("The", "the", "DET", "det", 1),
            ("group", "group", "NOUN", "nsubj", 2),
            ("said", "say", "VERB", "ROOT", 2),
            ("it", "it", "PRON", "nsubj", 4),
            ("launched", "launch", "VERB", "ccomp", 2),
            ("a", "a", "DET", "det", 7),
            ("drone", "drone", "NOUN", "compound", 7),
            ("attack", "attack", "NOUN", "dobj", 4),
            ("on", "on", "ADP", "prep", 7),
            ("the", "the", "DET", "det", 10),
            ("port", "port", "NOUN", "pobj", 8),
            (".", ".", "PUNCT", "punct", 2),
        ],
        [],
        dict(
            event_type="ASSAULT",
            event_mode="drone",
            trigger="attack",
            actor="it",
            target="the port",
            modality="claimed",
        ),
    ),
    (
        "en-future-will",
        "en",
        [
            ("Police", "police", "NOUN", "nsubj", 2),
            ("will", "will", "AUX", "aux", 2),
            ("deploy", "deploy", "VERB", "ROOT", 2),
            ("officers", "officer", "NOUN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        [],
        dict(event_type="MOBILIZE", modality="future", actor="Police"),
    ),
    (
        "en-nominal-subject-kills",
        "en",
        [
            ("A", "a", "DET", "det", 2),
            ("missile", "missile", "NOUN", "compound", 2),
            ("strike", "strike", "NOUN", "nsubj", 3),
            ("killed", "kill", "VERB", "ROOT", 3),
            ("four", "four", "NUM", "nummod", 5),
            ("people", "people", "NOUN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        [],
        dict(
            event_type="ASSAULT",
            event_mode="heavy-weapons",
            trigger="strike",
            target="four people",
            fatalities=4,
        ),
    ),
]


@pytest.mark.parametrize("name,lang,rows,ents,expected", CASES, ids=[c[0] for c in CASES])
def test_rules(name, lang, rows, ents, expected):
    doc = make_doc(rows, ents, lang)
    events = _events(doc, lang)
    assert len(events) == 1, [(e.trigger, e.event_type) for e in events]
    ev = events[0]
    for key, value in expected.items():
        assert getattr(ev, key) == value, (key, getattr(ev, key), value)
    assert ev.sentence == doc.text
    assert doc.text[ev.trigger_start : ev.trigger_end] == ev.trigger


def test_coordinated_places_give_one_mention_each():
    # French: "Le groupe a frappé Gao et Tombouctou."
    rows = [
        ("Le", "le", "DET", "det", 1),
        ("groupe", "groupe", "NOUN", "nsubj", 3),
        ("a", "avoir", "AUX", "aux:tense", 3),
        ("frappé", "frapper", "VERB", "ROOT", 3),
        ("Gao", "Gao", "PROPN", "obj", 3),
        ("et", "et", "CCONJ", "cc", 6),
        ("Tombouctou", "Tombouctou", "PROPN", "conj", 4),
        (".", ".", "PUNCT", "punct", 3),
    ]
    events = _events(make_doc(rows, [(4, 5, "LOC"), (6, 7, "LOC")]), "fr")
    assert sorted(e.location for e in events) == ["Gao", "Tombouctou"]
    assert len({e.event_id for e in events}) == 2


def test_event_ids_are_stable():
    doc = make_doc(CASES[0][2], CASES[0][3])
    a = [e.event_id for e in _events(doc, "fr")]
    b = [e.event_id for e in _events(doc, "fr")]
    assert a == b and len(a[0]) == 16
