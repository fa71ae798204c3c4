"""One mention per coordinated place, one for a stretch between two places.

Names of places are invented.
"""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.mentions import _place_groups

PLACE_GROUP_CASES = [
    # French
    (
        "fr",
        [  # Embuscade entre Xville et Yville.
            ("Embuscade", "embuscade", "NOUN", "ROOT", 0),
            ("entre", "entre", "ADP", "case", 2),
            ("Xville", "Xville", "PROPN", "nmod", 0),
            ("et", "et", "CCONJ", "cc", 4),
            ("Yville", "Yville", "PROPN", "conj", 2),
            (".", ".", "PUNCT", "punct", 0),
        ],
        1,
    ),
    (
        "fr",
        [  # Frappes à Xville et Yville.
            ("Frappes", "frappe", "NOUN", "ROOT", 0),
            ("à", "à", "ADP", "case", 2),
            ("Xville", "Xville", "PROPN", "nmod", 0),
            ("et", "et", "CCONJ", "cc", 4),
            ("Yville", "Yville", "PROPN", "conj", 2),
            (".", ".", "PUNCT", "punct", 0),
        ],
        2,
    ),
    # English
    (
        "en",
        [  # An ambush between Xville and Yville.
            ("An", "an", "DET", "det", 1),
            ("ambush", "ambush", "NOUN", "ROOT", 1),
            ("between", "between", "ADP", "prep", 1),
            ("Xville", "Xville", "PROPN", "pobj", 2),
            ("and", "and", "CCONJ", "cc", 3),
            ("Yville", "Yville", "PROPN", "conj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ],
        1,
    ),
]


@pytest.mark.parametrize("lang,rows,groups", PLACE_GROUP_CASES)
def test_place_groups(lang, rows, groups):
    doc = make_doc(rows, lang=lang)
    places = [doc[i : i + 1] for i, t in enumerate(doc) if t.pos_ == "PROPN"]
    assert len(_place_groups(places, langdata.get(lang).triggers)) == groups
