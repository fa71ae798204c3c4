"""Function words the dependency helpers read (relative pronouns, infinitive markers),
on hand-built parses: no spaCy model needed."""

from __future__ import annotations

import pytest
from docbuild import vocab
from spacy.tokens import Doc

from eventline import syntax


def _doc(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(vocab(lang), words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(
    ("lang", "words", "heads", "deps", "pos", "verb", "subject"),
    [
        # French: "qui" stands for the noun the relative clause belongs to
        (
            "fr",
            ["les", "hommes", "qui", "ont", "attaqué"],
            [1, 1, 4, 4, 1],
            ["det", "ROOT", "nsubj", "aux:tense", "acl:relcl"],
            ["DET", "NOUN", "PRON", "AUX", "VERB"],
            4,
            "hommes",
        ),
        # English
        (
            "en",
            ["The", "men", "who", "attacked", "fled"],
            [1, 4, 3, 1, 4],
            ["det", "nsubj", "nsubj", "relcl", "ROOT"],
            ["DET", "NOUN", "PRON", "VERB", "VERB"],
            3,
            "men",
        ),
    ],
)
def test_relative_pronoun_subject_is_its_noun(lang, words, heads, deps, pos, verb, subject):
    doc = _doc(lang, words, heads, deps, pos)
    assert syntax.subject(doc[verb]).text == subject


@pytest.mark.parametrize(
    ("lang", "words", "heads", "deps", "pos", "verb", "subject"),
    [
        # French: "accuser l'armée de mener…": the object is the infinitive's subject
        (
            "fr",
            ["Ils", "accusent", "l'", "armée", "de", "mener", "des", "frappes"],
            [1, 1, 3, 1, 5, 1, 7, 5],
            ["nsubj", "ROOT", "det", "obj", "mark", "xcomp", "det", "obj"],
            ["PRON", "VERB", "DET", "NOUN", "ADP", "VERB", "DET", "NOUN"],
            5,
            "armée",
        ),
        # English: "urged the army to end…"
        (
            "en",
            ["They", "urged", "the", "army", "to", "end", "the", "siege"],
            [1, 1, 3, 1, 5, 1, 7, 5],
            ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj"],
            ["PRON", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN"],
            5,
            "army",
        ),
        # English without a marker: the subject is inherited from the governing verb
        (
            "en",
            ["They", "saw", "the", "army", "end", "the", "siege"],
            [1, 1, 3, 1, 1, 6, 4],
            ["nsubj", "ROOT", "det", "dobj", "xcomp", "det", "dobj"],
            ["PRON", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN"],
            4,
            "They",
        ),
    ],
)
def test_marked_infinitive_takes_the_object_as_subject(
    lang, words, heads, deps, pos, verb, subject
):
    doc = _doc(lang, words, heads, deps, pos)
    assert syntax.subject(doc[verb]).text == subject


def test_function_words_of_every_language():
    assert {"qui", "que", "who", "which", "that"} <= syntax.rel_pronouns()
    assert {"de", "d'", "d’", "à", "to"} <= syntax._infinitive_markers()
