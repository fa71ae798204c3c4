"""``eventline.columns``: every column equals the spaCy token attribute it stands for, on
hand-built parses (no model needed). Invented sentences."""

from __future__ import annotations

from docbuild import make_doc
from spacy.tokens import Doc

from eventline import columns as columns_module
from eventline.columns import Columns, columns, morph_get

ROWS = [  # "Des hommes armés ont Attaqué le poste de Xville, hier."
    ("Des", "un", "DET", "det", 1, ""),
    ("hommes", "homme", "NOUN", "nsubj", 4, "Gender=Masc|Number=Plur"),
    ("armés", "armer", "ADJ", "amod", 1, "VerbForm=Part"),
    ("ont", "avoir", "AUX", "aux:tense", 4, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("Attaqué", "Attaquer", "VERB", "ROOT", 4, "VerbForm=Part"),
    ("le", "le", "DET", "det", 6, ""),
    ("poste", "poste", "NOUN", "obj", 4, ""),
    ("de", "de", "ADP", "case", 8, ""),
    ("Xville", "Xville", "PROPN", "nmod", 6, ""),
    (",", ",", "PUNCT", "punct", 10, ""),
    ("hier", "hier", "ADV", "advmod", 4, ""),
    (".", ".", "PUNCT", "punct", 4, ""),
]


def _same(doc: Doc, cols: Columns) -> None:
    assert len(cols.lemma) == len(doc)
    for t in doc:
        i = t.i
        assert cols.lemma[i] == t.lemma_.lower()
        assert cols.lower[i] == t.lower_
        assert cols.pos[i] == t.pos_
        assert cols.dep[i] == t.dep_
        assert cols.head[i] == t.head.i
        assert cols.children[i] == tuple(c.i for c in t.children)
        assert cols.is_punct[i] == t.is_punct
        assert cols.morph[i] == t.morph.key
        for feature in ("VerbForm", "Tense", "Number", "Person"):
            assert morph_get(t, feature) == t.morph.get(feature, [])


def test_columns_equal_the_token_attributes():
    doc = make_doc(ROWS)
    _same(doc, columns(doc))
    assert columns(doc).children[4] == (1, 3, 6, 10, 11)  # left then right, in text order
    assert columns(doc).lemma[4] == "attaquer"


def test_columns_of_a_doc_without_parse_or_tokens():
    bare = Doc(make_doc(ROWS).vocab, words=["Trois", "blessés", "."])
    _same(bare, columns(bare))
    empty = Doc(make_doc(ROWS).vocab, words=[])
    assert columns(empty).lemma == ()


def test_columns_are_built_once_per_doc_and_never_confused():
    a, b = make_doc(ROWS), make_doc([*ROWS[:5], (".", ".", "PUNCT", "punct", 4, "")])
    assert columns(a) is columns(a)
    assert columns(b).doc is b and len(columns(b).lemma) == 6
    docs = [make_doc(ROWS) for _ in range(100)]  # more than the memo keeps
    for d in docs:
        assert columns(d).doc is d
    assert columns(a).doc is a


def test_morph_values_are_fresh_lists():
    doc = make_doc(ROWS)
    values = morph_get(doc[3], "Tense")
    values.append("Fut")  # a caller's change never reaches the next reader
    assert morph_get(doc[3], "Tense") == ["Pres"]
    assert morph_get(doc[0], "Tense") == []


def test_a_lemma_first_seen_as_a_word():
    columns_module._NAMES.clear()
    columns_module._LOWERED.clear()
    first = make_doc([("attaque", "attaquer", "VERB", "ROOT", 0, "")])
    second = make_doc([("attaque", "attaque", "VERB", "ROOT", 0, "")])  # every string known
    _same(first, columns(first))
    _same(second, columns(second))
