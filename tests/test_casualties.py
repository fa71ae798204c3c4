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
    # a number inside a name or an ordinal is no count
    (
        "fr",
        "Les combattants du K12 ont attaqué la 5e compagnie, tuant 4 soldats.",
        4,
        None,
        "exact",
    ),
    (
        "fr",
        "Le groupe Z7 a revendiqué l'attaque du 3ème bataillon, sans faire de morts.",
        None,
        None,
        None,
    ),
    # a subset after "dont" is part of the total; a breakdown by kind is read on its own
    (
        "fr",
        "Au moins 30 personnes, dont 12 enfants, ont péri dans l'incendie.",
        30,
        None,
        "at_least",
    ),
    ("fr", "Le bilan fait état de 9 victimes, dont 4 morts.", 4, None, "exact"),
    # a combined toll stays unstated; coordinated counts add up
    ("fr", "Les affrontements ont fait 18 morts et blessés.", None, None, None),
    ("fr", "Deux gendarmes et sept civils ont été tués.", 9, None, "exact"),
    # too vague to count
    ("fr", "Plusieurs soldats ont été tués.", None, None, None),
    ("fr", "Au moins 6 morts et plusieurs blessés ont été recensés.", 6, None, "at_least"),
    # a toll word before its number; "la mort de"
    ("fr", "Le bilan est passé à 27, selon les secours.", 27, None, "exact"),
    ("fr", "Une source évoque un bilan d'une « trentaine de morts ».", 30, None, "approx"),
    ("fr", "Le bilan fait état d'une quinzaine de morts.", 15, None, "approx"),
    ("fr", "L'explosion a causé la mort de 3 ouvriers.", 3, None, "exact"),
    # articles counted in a toll, past degree words
    ("fr", "L'attaque a fait un mort et un policier grièvement blessé.", 1, 1, "exact"),
    ("fr", "On déplore deux morts et d'un gendarme « très gravement blessé ».", 2, 1, "exact"),
    # English
    ("en", "The blast killed four people and wounded 12 others.", 4, 12, "exact"),
    ("en", "At least 1,200 people have died since the war began.", 1200, None, "at_least"),
    ("en", "Dozens of protesters were injured by rubber bullets.", None, 12, "at_least"),
    ("en", "A policeman was wounded in the attack.", None, 1, "exact"),
    ("en", "More than 30 civilians were killed, officials said.", 30, None, "more_than"),
    ("en", "The strike on May 3 hit a depot at 2 p.m.", None, None, None),
    ("en", "Three soldiers died and two were hurt.", 3, 2, "exact"),
    (
        "en",
        "Fighters of the X9 group attacked the 2nd battalion, killing 5 soldiers.",
        5,
        None,
        "exact",
    ),
    ("en", "At least 20 people, including 6 children, died in the fire.", 20, None, "at_least"),
    ("en", "Clashes left 15 dead and wounded.", None, None, None),
    ("en", "Three guards and 11 villagers were killed.", 14, None, "exact"),
    ("en", "Militants killed 4 soldiers and 2 civilians on Monday.", 6, None, "exact"),
    ("en", "Several villagers were killed.", None, None, None),
    ("en", "Many people were killed and 4 wounded.", None, 4, "exact"),
    ("en", "The death toll rose to 31 on Sunday.", 31, None, "exact"),
    ("en", "Officials said the number of dead ran into the hundreds.", 100, None, "at_least"),
    ("en", "Up to 100 people were killed in the raid.", 100, None, "approx"),
    ("en", "Twenty-one people were injured.", None, 21, "exact"),
    ("en", 'Witnesses spoke of "dozens of dead" in the market.', 12, None, "at_least"),
]


@pytest.mark.parametrize("lang,sentence,dead,hurt,qualifier", CASES)
def test_casualties(lang, sentence, dead, hurt, qualifier):
    c = extract_casualties(sentence, lang)
    assert (c.fatalities, c.injured) == (dead, hurt)
    assert c.qualifier == qualifier
