"""Casualty counts per language: digits with grouping, words, vague counts, qualifiers."""

from __future__ import annotations

import pytest

from eventline.extract.casualties import extract_casualties

CASES = [
    # French
    (
        "fr",
        "Au moins 34 568 personnes ont été tuées et plus de 77 700 autres blessées.",
        34568,
        77700,
        "at_least",
    ),
    ("fr", "L'explosion a fait deux morts et une vingtaine de blessés.", 2, 20, "exact"),
    ("fr", "Un soldat a été tué et trois autres blessés lors de l'embuscade.", 1, 3, "exact"),
    ("fr", "Les tirs ont tué trois civils à Gao.", 3, None, "exact"),
    ("fr", "L'attaque, tuant douze personnes, a été revendiquée.", 12, None, "exact"),
    ("fr", "Le bilan fait état d'environ 40 morts.", 40, None, "approx"),
    ("fr", "Des dizaines de manifestants ont été blessés.", None, 12, "at_least"),
    ("fr", "Le 20 avril, le groupe a mené une opération.", None, None, None),
    ("fr", "Un groupe armé a attaqué le poste à 14 heures.", None, None, None),
    ("fr", "En 2023, 1 200 personnes sont mortes dans les combats.", 1200, None, "exact"),
    # English
    ("en", "The blast killed four people and wounded 12 others.", 4, 12, "exact"),
    ("en", "At least 1,200 people have died since the war began.", 1200, None, "at_least"),
    ("en", "Dozens of protesters were injured by rubber bullets.", None, 12, "at_least"),
    ("en", "A policeman was wounded in the attack.", None, 1, "exact"),
    ("en", "More than 30 civilians were killed, officials said.", 30, None, "more_than"),
    ("en", "The strike on May 3 hit a depot at 2 p.m.", None, None, None),
    ("en", "Three soldiers died and two were hurt.", 3, 2, "exact"),
]


@pytest.mark.parametrize("lang,sentence,dead,hurt,qualifier", CASES)
def test_casualties(lang, sentence, dead, hurt, qualifier):
    c = extract_casualties(sentence, lang)
    assert (c.fatalities, c.injured) == (dead, hurt)
    assert c.qualifier == qualifier
