"""Place spans of a sentence: datelines, words that are not places, places that only
bound or qualify something. Hand-built parses of invented sentences (tests/docbuild.py)."""

from __future__ import annotations

import pytest

from eventline import lang as langdata
from eventline.extract import places as xp
from eventline.extract.roles import Roles
from eventline.nlp import Paragraph
from tests.docbuild import make_doc

FR = langdata.get("fr")
EN = langdata.get("en")


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # French
        ("fr", "(Niamey) Des soldats ont été tués.", "Niamey"),
        ("fr", "BAMAKO, 3 mai (AFP) - Une attaque a visé un camp.", "BAMAKO"),
        ("fr", "(Agence) - L'armée a annoncé une opération.", None),  # an agency, no place
        ("fr", "Le président – qui était absent – a parlé.", None),
        # English
        ("en", "KIDAL, Mali (Reuters) — Gunmen attacked a convoy.", "KIDAL"),
        ("en", "Timbuktu — Fighters entered the town on Monday.", "Timbuktu"),
        ("en", "Gunmen attacked a convoy near Kidal.", None),
    ],
)
def test_dateline(lang, text, place):
    found = xp.dateline(text, lang)
    assert (text[found[0] : found[1]] if found else None) == place


def _dateline_doc():
    # "KIDAL (Agence) - Des hommes armés ont attaqué un convoi."
    rows = [
        ("KIDAL", "Kidal", "PROPN", "nsubj", 8),
        ("(", "(", "PUNCT", "punct", 2),
        ("Agence", "agence", "PROPN", "appos", 0),
        (")", ")", "PUNCT", "punct", 2),
        ("-", "-", "PUNCT", "punct", 0),
        ("Des", "un", "DET", "det", 6),
        ("hommes", "homme", "NOUN", "nsubj", 8),
        ("armés", "armé", "ADJ", "amod", 6),
        ("ont", "avoir", "AUX", "aux", 8),
        ("attaqué", "attaquer", "VERB", "ROOT", 8),
        ("un", "un", "DET", "det", 10),
        ("convoi", "convoi", "NOUN", "obj", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]
    return make_doc(rows, ents=[(0, 1, "LOC")])


def test_dateline_tokens_are_no_role_and_no_clause_place():
    doc = _dateline_doc()
    sent = doc[0 : len(doc)]
    assert {doc[i].text for i in xp.dateline_tokens(sent, "fr")} >= {"KIDAL", "Agence"}
    assert xp.place_spans(sent, FR) == []  # the dateline is the article's place


def test_article_places_start_with_the_dateline():
    doc = _dateline_doc()
    [head] = xp.article_places([Paragraph(0, 0, doc)], FR)
    assert (head.text, head.dateline, head.start, head.end) == ("KIDAL", True, 0, 5)


@pytest.mark.parametrize(
    ("rows", "ents", "expected"),
    [
        # French: "à Gao mercredi matin" tagged as one place
        (
            [("à", "à", "ADP", "case", 1), ("Gao", "Gao", "PROPN", "ROOT", 1),
             ("mercredi", "mercredi", "NOUN", "nmod", 1), ("matin", "matin", "NOUN", "nmod", 1)],
            [(1, 4, "LOC")],
            "Gao",
        ),
        # English: "Monday Kidal" (a weekday glued in front)
        (
            [("in", "in", "ADP", "prep", 2), ("Monday", "Monday", "PROPN", "compound", 2),
             ("Kidal", "Kidal", "PROPN", "ROOT", 2)],
            [(1, 3, "GPE")],
            "Kidal",
        ),
    ],
)  # fmt: skip
def test_trim_place(rows, ents, expected):
    doc = make_doc(rows, ents=ents)
    lang = FR if rows[0][0] == "à" else EN
    trimmed = xp.trim_place(doc.ents[0], lang)
    assert trimmed is not None and trimmed.text == expected


@pytest.mark.parametrize(
    ("lang", "rows", "span", "expected"),
    [
        # French: "à 10 h (heure de Paris)" is a clock time
        (
            FR,
            [("10", "10", "NUM", "nummod", 1), ("h", "heure", "NOUN", "ROOT", 1),
             ("(", "(", "PUNCT", "punct", 3), ("heure", "heure", "NOUN", "appos", 1),
             ("de", "de", "ADP", "case", 5), ("Paris", "Paris", "PROPN", "nmod", 3),
             (")", ")", "PUNCT", "punct", 3)],
            (5, 6),
            True,
        ),
        # French: a code with digits is a group, not a place
        (FR, [("le", "le", "DET", "det", 1), ("K9", "K9", "PROPN", "ROOT", 1)], (1, 2), True),
        # English: "10 am Moscow time"
        (
            EN,
            [("10", "10", "NUM", "nummod", 1), ("am", "am", "NOUN", "ROOT", 1),
             ("Moscow", "Moscow", "PROPN", "compound", 3), ("time", "time", "NOUN", "npadvmod", 1)],
            (2, 3),
            True,
        ),
        # English: a language is not a place ("spoke in Russian")
        (EN, [("in", "in", "ADP", "prep", 1), ("Russian", "Russian", "PROPN", "pobj", 1)],
         (1, 2), True),
        (EN, [("in", "in", "ADP", "prep", 1), ("Moscow", "Moscow", "PROPN", "pobj", 1)],
         (1, 2), False),
    ],
)  # fmt: skip
def test_not_a_place(lang, rows, span, expected):
    doc = make_doc(rows, lang=lang.code)
    assert xp.not_a_place(doc[span[0] : span[1]], lang) is expected


def test_a_border_neighbour_only_bounds_the_place():
    # "tués près de Gao, à la frontière avec le Niger"
    rows = [
        ("tués", "tuer", "VERB", "ROOT", 0),
        ("près", "près", "ADV", "advmod", 3),
        ("de", "de", "ADP", "case", 3),
        ("Gao", "Gao", "PROPN", "obl:mod", 0),
        (",", ",", "PUNCT", "punct", 7),
        ("à", "à", "ADP", "case", 7),
        ("la", "le", "DET", "det", 7),
        ("frontière", "frontière", "NOUN", "nmod", 3),
        ("avec", "avec", "ADP", "case", 10),
        ("le", "le", "DET", "det", 10),
        ("Niger", "Niger", "PROPN", "nmod", 7),
    ]
    doc = make_doc(rows, ents=[(3, 4, "LOC"), (10, 11, "LOC")])
    gao, niger = doc.ents
    assert xp._bounds_only(niger, FR) and not xp._bounds_only(gao, FR)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # English: "Ruritania's war" — a possessor, not a place
        ([("Ruritania", "Ruritania", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
          ("war", "war", "NOUN", "ROOT", 2)], True),
        # "Kidal's suburbs" — a place's own part
        ([("Kidal", "Kidal", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
          ("area", "area", "NOUN", "ROOT", 2)], False),
        # "Xville community": the name of a settlement
        ([("Xville", "Xville", "PROPN", "compound", 1),
          ("community", "community", "NOUN", "ROOT", 1)], False),
    ],
)  # fmt: skip
def test_place_modifier(rows, expected):
    doc = make_doc(rows, lang="en")
    assert xp._place_modifier(doc[0], EN) is expected


def test_settlement_headed_name_is_a_place():
    # "bombed Xyz Abc Village": a village the gazetteer lacks, named with its head word
    rows = [
        ("bombed", "bomb", "VERB", "ROOT", 0),
        ("Xyz", "Xyz", "PROPN", "compound", 3),
        ("Abc", "Abc", "PROPN", "compound", 3),
        ("Village", "Village", "PROPN", "dobj", 0),
    ]
    doc = make_doc(rows, lang="en")
    assert [s.text for s in xp.place_spans(doc[0:4], EN)] == ["Xyz Abc Village"]


def _trigger(tok, event_type="ASSAULT"):
    from eventline.extract.triggers import Trigger

    return Trigger(tok, tok, None, event_type, None, "19", tok.lemma_, "verb")


@pytest.mark.parametrize(
    ("lang", "rows", "expected"),
    [
        # French: "ils ont pris d'assaut le village" → the village is where it happened
        (FR, [("ils", "il", "PRON", "nsubj", 1), ("attaqué", "attaquer", "VERB", "ROOT", 1),
              ("le", "le", "DET", "det", 3), ("village", "village", "NOUN", "obj", 1)],
         "le village"),
        # English: "they stormed the camp": a camp hit is a target, not a settlement
        (EN, [("they", "they", "PRON", "nsubj", 1), ("stormed", "storm", "VERB", "ROOT", 1),
              ("the", "the", "DET", "det", 3), ("camp", "camp", "NOUN", "dobj", 1)], None),
        # English: "they stormed the community"
        (EN, [("they", "they", "PRON", "nsubj", 1), ("stormed", "storm", "VERB", "ROOT", 1),
              ("the", "the", "DET", "det", 3), ("community", "community", "NOUN", "dobj", 1)],
         "the community"),
    ],
)  # fmt: skip
def test_a_settlement_hit_is_a_place_anaphor(lang, rows, expected):
    doc = make_doc(rows, lang=lang.code)
    found = xp.place_anaphor(_trigger(doc[1]), lang.triggers, lang.places.SETTLEMENT_WORDS)
    assert (found.text if found is not None else None) == expected


def test_a_coordinated_predicate_keeps_its_places():
    # "ils ont attaqué le camp et sont repartis vers Xville": Xville is the retreat's
    rows = [
        ("ils", "il", "PRON", "nsubj", 1),
        ("attaqué", "attaquer", "VERB", "ROOT", 1),
        ("le", "le", "DET", "det", 3),
        ("camp", "camp", "NOUN", "obj", 1),
        ("et", "et", "CCONJ", "cc", 5),
        ("repartis", "repartir", "VERB", "conj", 1),
        ("vers", "vers", "ADP", "case", 7),
        ("Xville", "Xville", "PROPN", "obl:mod", 5),
    ]
    doc = make_doc(rows)
    assert xp._owner(doc[7:8], {1: 0}) == xp.BLOCKED
    assert xp._owner(doc[3:4], {1: 0}) == 0


def test_a_place_of_an_anchoring_event_does_not_locate_the_clause():
    # "après le vote en Xland, l'union adopte des sanctions": Xland is the vote's place
    rows = [
        ("après", "après", "ADP", "case", 2),
        ("le", "le", "DET", "det", 2),
        ("vote", "vote", "NOUN", "obl:mod", 8),
        ("en", "en", "ADP", "case", 4),
        ("Xland", "Xland", "PROPN", "nmod", 2),
        (",", ",", "PUNCT", "punct", 8),
        ("l'", "le", "DET", "det", 7),
        ("union", "union", "NOUN", "nsubj", 8),
        ("adopte", "adopter", "VERB", "ROOT", 8),
        ("des", "un", "DET", "det", 10),
        ("sanctions", "sanction", "NOUN", "obj", 8),
    ]
    doc = make_doc(rows)
    markers = xp._anchor_markers("fr")
    assert xp._owner(doc[4:5], {8: 0}, markers) == xp.BLOCKED
    assert xp._owner(doc[4:5], {8: 0}) == 0  # without the discourse words


def _hierarchy_doc():
    # "Gunmen attacked a village near Xville (Birnin Gwari, Kaduna), burning huts."
    # the tagger swallows the bracket's opening into a person's name
    rows = [
        ("Gunmen", "gunman", "NOUN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("village", "village", "NOUN", "dobj", 1),
        ("near", "near", "ADP", "prep", 1),
        ("Xville", "Xville", "PROPN", "pobj", 4),
        ("(", "(", "PUNCT", "punct", 5),
        ("Birnin", "Birnin", "PROPN", "compound", 8),
        ("Gwari", "Gwari", "PROPN", "appos", 5),
        (",", ",", "PUNCT", "punct", 8),
        ("Kaduna", "Kaduna", "PROPN", "npadvmod", 8),
        (")", ")", "PUNCT", "punct", 5),
        (",", ",", "PUNCT", "punct", 1),
        ("burning", "burn", "VERB", "advcl", 1, "VerbForm=Part"),
        ("huts", "hut", "NOUN", "dobj", 13),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return make_doc(rows, ents=[(5, 8, "PERSON"), (10, 11, "GPE")], lang="en")


def test_a_town_before_its_bracketed_admin_hierarchy_is_the_place():
    doc = _hierarchy_doc()
    sent = doc[0 : len(doc)]
    [(town, bracket, pieces)] = xp.admin_hierarchies(sent, EN)
    assert (town.text, bracket.text) == ("Xville", "(Birnin Gwari, Kaduna)")
    assert [p.text for p in pieces] == ["Birnin Gwari", "Kaduna"]
    assert [s.text for s in xp.place_spans(sent, EN)] == ["Xville", "Birnin Gwari", "Kaduna"]
    triggers = [_trigger(doc[1]), _trigger(doc[13])]
    places = xp.attach_places(sent, triggers, [Roles(None, None, None)] * 2, EN)
    # the bracket follows its town; the participle clause shares the attack's place
    assert [p.text for p in places[0]] == ["Xville", "(Birnin Gwari, Kaduna)"]
    assert [p.text for p in places[1]] == ["Xville", "(Birnin Gwari, Kaduna)"]
    assert len(xp.group_places(places[0])) == 1


@pytest.mark.parametrize(
    ("lang", "rows", "ents", "expected"),
    [
        # French: an armed group the tagger typed as a place is no place
        (
            "fr",
            [("attaque", "attaque", "NOUN", "ROOT", 0), ("de", "de", "ADP", "case", 2),
             ("Boko", "Boko", "PROPN", "nmod", 0), ("Haram", "Haram", "PROPN", "flat:name", 2)],
            [(2, 4, "LOC")],
            [],
        ),
        # English: a town typed as a person after "in" is a place
        (
            "en",
            [("fighters", "fighter", "NOUN", "nsubj", 1), ("clashed", "clash", "VERB", "ROOT", 1),
             ("in", "in", "ADP", "prep", 1), ("Lahore", "Lahore", "PROPN", "pobj", 2)],
            [(3, 4, "PERSON")],
            ["Lahore"],
        ),
        # ... but not a person met elsewhere
        (
            "en",
            [("Lahore", "Lahore", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)],
            [(0, 1, "PERSON")],
            [],
        ),
    ],
)  # fmt: skip
def test_tagger_types_do_not_decide_alone(lang, rows, ents, expected):
    doc = make_doc(rows, ents=ents, lang=lang)
    sent = doc[0 : len(doc)]
    assert [s.text for s in xp.place_spans(sent, langdata.get(lang))] == expected


@pytest.mark.parametrize(
    ("lang", "rows", "place"),
    [
        # French: "trois morts lorsque des hommes armés ont attaqué Xville"
        (
            "fr",
            [("trois", "trois", "NUM", "nummod", 1), ("tués", "tuer", "VERB", "ROOT", 1),
             ("lorsque", "lorsque", "SCONJ", "mark", 4), ("hommes", "homme", "NOUN", "nsubj", 4),
             ("attaqué", "attaquer", "VERB", "advcl", 1), ("Xville", "Xville", "PROPN", "obj", 4)],
            "Xville",
        ),
        # English: "three were killed when gunmen raided Xville"
        (
            "en",
            [("three", "three", "NUM", "nsubjpass", 1), ("killed", "kill", "VERB", "ROOT", 1),
             ("when", "when", "SCONJ", "advmod", 4), ("gunmen", "gunman", "NOUN", "nsubj", 4),
             ("raided", "raid", "VERB", "advcl", 1), ("Xville", "Xville", "PROPN", "dobj", 4)],
            "Xville",
        ),
        # ... but not a clause of another moment: "killed after gunmen raided Xville"
        (
            "en",
            [("three", "three", "NUM", "nsubjpass", 1), ("killed", "kill", "VERB", "ROOT", 1),
             ("after", "after", "SCONJ", "mark", 4), ("gunmen", "gunman", "NOUN", "nsubj", 4),
             ("raided", "raid", "VERB", "advcl", 1), ("Xville", "Xville", "PROPN", "dobj", 4)],
            None,
        ),
    ],
)  # fmt: skip
def test_a_clause_of_the_same_moment_shares_its_place(lang, rows, place):
    doc = make_doc(rows, ents=[(5, 6, "LOC")], lang=lang)
    sent = doc[0 : len(doc)]
    data = langdata.get(lang)
    places = xp.attach_places(
        sent, [_trigger(doc[1]), _trigger(doc[4])], [Roles(None, None, None)] * 2, data
    )
    assert [p.text for p in places[1]] == ["Xville"]
    assert ([p.text for p in places[0]] if 0 in places else [None]) == [place]
