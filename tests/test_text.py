"""The shared text folding (language-neutral: the cue words here are only sample data)."""

from __future__ import annotations

import pytest

from eventline.text import strip_accents, word_before, words


def test_strip_accents_and_words():
    assert strip_accents("Déou") == "Deou"
    assert words("L'Élysée a dit: «non»") == ["l", "elysee", "a", "dit", "non"]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # French
        ("fermée depuis lundi", "lundi", "depuis"),
        ("Déjà vendredi", "vendredi", "deja"),
        # English
        ("closed since Monday", "Monday", "since"),
        ("Monday", "Monday", None),
        ("  , Monday", "Monday", None),
    ],
)
def test_word_before(text, expression, expected):
    assert word_before(text, text.index(expression)) == expected
