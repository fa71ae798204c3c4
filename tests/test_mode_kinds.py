"""Kinds of cues the PLOVER mode is read from (issue 10, round 4), on hand-built parses:
a qualifier of the weapon, the platform a firing came from, a drone named as the subject
of an air verb, the kind of force mobilised, and words of another clause that name no
means. Sentences and names are invented.
"""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.mode import instrument_mode, mobilised_mode
from eventline.extract.triggers import find_triggers

PART = "Tense=Past|VerbForm=Part"


def _mode(rows, lang, word):
    doc = make_doc(rows, [], lang)
    data = langdata.get(lang)
    found = [t for t in find_triggers(doc[:], data) if t.token.text == word]
    assert found, word
    trig = found[0]
    return mobilised_mode(trig, data) or instrument_mode(trig, data.triggers, frozenset())


# French
FR_TEAR_GAS_GRENADES = [  # La police a tiré des grenades lacrymogènes.
    ("La", "le", "DET", "det", 1),
    ("police", "police", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("tiré", "tirer", "VERB", "ROOT", 3, PART),
    ("des", "un", "DET", "det", 5),
    ("grenades", "grenade", "NOUN", "obj", 3),
    ("lacrymogènes", "lacrymogène", "ADJ", "amod", 5),
    (".", ".", "PUNCT", "punct", 3),
]
FR_DRONE_BOMBED = [  # Un drone de l'armée a bombardé le camp.
    ("Un", "un", "DET", "det", 1),
    ("drone", "drone", "NOUN", "nsubj", 6),
    ("de", "de", "ADP", "case", 4),
    ("l'", "le", "DET", "det", 4),
    ("armée", "armée", "NOUN", "nmod", 1),
    ("a", "avoir", "AUX", "aux:tense", 6),
    ("bombardé", "bombarder", "VERB", "ROOT", 6, PART),
    ("le", "le", "DET", "det", 8),
    ("camp", "camp", "NOUN", "obj", 6),
    (".", ".", "PUNCT", "punct", 6),
]
FR_GENDARMES_DEPLOYED = [  # Un renfort de gendarmes sera déployé.
    ("Un", "un", "DET", "det", 1),
    ("renfort", "renfort", "NOUN", "nsubj:pass", 5),
    ("de", "de", "ADP", "case", 3),
    ("gendarmes", "gendarme", "NOUN", "nmod", 1),
    ("sera", "être", "AUX", "aux:pass", 5),
    ("déployé", "déployer", "VERB", "ROOT", 5, PART),
    (".", ".", "PUNCT", "punct", 5),
]
FR_POLICE_DEPLOYED_NEXT_MONTH = [  # Korvo déploiera le mois prochain des policiers.
    ("Korvo", "Korvo", "PROPN", "nsubj", 1),
    ("déploiera", "déployer", "VERB", "ROOT", 1),
    ("le", "le", "DET", "det", 3),
    ("mois", "mois", "NOUN", "obj", 1),
    ("prochain", "prochain", "ADJ", "amod", 3),
    ("des", "un", "DET", "det", 6),
    ("policiers", "policier", "NOUN", "obj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
FR_CLAIMED_SHOWING_PLANE = [  # Les rebelles ont revendiqué l'attaque, en montrant un avion.
    ("Les", "le", "DET", "det", 1),
    ("rebelles", "rebelle", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("revendiqué", "revendiquer", "VERB", "ROOT", 3, PART),
    ("l'", "le", "DET", "det", 5),
    ("attaque", "attaque", "NOUN", "obj", 3),
    (",", ",", "PUNCT", "punct", 8),
    ("en", "en", "ADP", "mark", 8),
    ("montrant", "montrer", "VERB", "advcl", 3, "Tense=Pres|VerbForm=Part"),
    ("un", "un", "DET", "det", 10),
    ("avion", "avion", "NOUN", "obj", 8),
    (".", ".", "PUNCT", "punct", 3),
]

# English
EN_GUNFIRE_FROM_HELICOPTER = [  # Gunfire from a helicopter hit the market.
    ("Gunfire", "gunfire", "NOUN", "nsubj", 4),
    ("from", "from", "ADP", "prep", 0),
    ("a", "a", "DET", "det", 3),
    ("helicopter", "helicopter", "NOUN", "pobj", 1),
    ("hit", "hit", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 6),
    ("market", "market", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 4),
]
EN_DRONE_BOMBED = [  # An army drone bombed the camp.
    ("An", "an", "DET", "det", 2),
    ("army", "army", "NOUN", "compound", 2),
    ("drone", "drone", "NOUN", "nsubj", 3),
    ("bombed", "bomb", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 5),
    ("camp", "camp", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
EN_POLICE_DEPLOYED = [  # Police officers were deployed.
    ("Police", "police", "NOUN", "compound", 1),
    ("officers", "officer", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("deployed", "deploy", "VERB", "ROOT", 3, PART),
    (".", ".", "PUNCT", "punct", 3),
]
EN_ARMY_DEPLOYED_SOLDIERS = [  # The army deployed soldiers.
    ("The", "the", "DET", "det", 1),
    ("army", "army", "NOUN", "nsubj", 2),
    ("deployed", "deploy", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
    ("soldiers", "soldier", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_CLAIMED_SHOWING_PLANE = [  # The group claimed the attack, releasing images of a plane.
    ("The", "the", "DET", "det", 1),
    ("group", "group", "NOUN", "nsubj", 2),
    ("claimed", "claim", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 4),
    ("attack", "attack", "NOUN", "dobj", 2),
    (",", ",", "PUNCT", "punct", 2),
    ("releasing", "release", "VERB", "advcl", 2, "Aspect=Prog|Tense=Pres|VerbForm=Part"),
    ("images", "image", "NOUN", "dobj", 6),
    ("of", "of", "ADP", "prep", 7),
    ("a", "a", "DET", "det", 10),
    ("plane", "plane", "NOUN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 2),
]

CASES = [
    # French
    ("qualifier of the weapon", "fr", FR_TEAR_GAS_GRENADES, "tiré", "crowd-control"),
    ("drone subject", "fr", FR_DRONE_BOMBED, "bombardé", "drone"),
    ("force mobilised", "fr", FR_GENDARMES_DEPLOYED, "déployé", "police"),
    ("force after a date", "fr", FR_POLICE_DEPLOYED_NEXT_MONTH, "déploiera", "police"),
    ("other clause", "fr", FR_CLAIMED_SHOWING_PLANE, "attaque", None),
    # English
    ("platform", "en", EN_GUNFIRE_FROM_HELICOPTER, "Gunfire", "aerial"),
    ("drone subject", "en", EN_DRONE_BOMBED, "bombed", "drone"),
    ("force mobilised", "en", EN_POLICE_DEPLOYED, "deployed", "police"),
    ("force mobilised", "en", EN_ARMY_DEPLOYED_SOLDIERS, "deployed", "troops"),
    ("other clause", "en", EN_CLAIMED_SHOWING_PLANE, "attack", None),
]


@pytest.mark.parametrize("kind,lang,rows,word,mode", CASES, ids=[f"{c[1]}-{c[0]}" for c in CASES])
def test_mode_kinds(kind, lang, rows, word, mode):
    assert _mode(rows, lang, word) == mode
