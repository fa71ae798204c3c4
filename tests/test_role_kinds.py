"""Kinds of news writing the role rules read (issue 10, round 4), on hand-built parses:
coordinated passives, object control, pronouns standing for a noun, violent idioms with
their recipient, victims named by the governing clause, loaded vehicles as weapons, people
in a state event, a toll that is no victim, a date before the object, a quantity of
people, an event noun's relative clause naming what it hit when its verb gives only a
toll, an object the parser hung on another word, a passive subject labelled active, the
party an attribution blames, a known group name cut inside. Sentences are invented.
"""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.roles import read_roles
from eventline.extract.triggers import find_triggers

PART = "Tense=Past|VerbForm=Part"
PERS1 = "Number=Plur|Person=1"
PERS3 = "Case=Acc|Number=Plur|Person=3|PronType=Prs"


def _roles(rows, lang, word, dates=frozenset()):
    doc = make_doc(rows, [], lang)
    found = [t for t in find_triggers(doc[:], langdata.get(lang)) if t.token.text == word]
    assert found, word
    roles = read_roles(found[0], langdata.get(lang), dates)
    return (
        roles.actor.text if roles.actor is not None else None,
        roles.target.text if roles.target is not None else None,
    )


# --------------------------------------------------------------------------- parses

# French
FR_TIED_AND_BEATEN = [  # Deux gardes ont été ligotés et frappés par des pillards.
    ("Deux", "deux", "NUM", "nummod", 1),
    ("gardes", "garde", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("ligotés", "ligoter", "VERB", "ROOT", 4, PART),
    ("et", "et", "CCONJ", "cc", 6),
    ("frappés", "frapper", "VERB", "conj", 4, PART),
    ("par", "par", "ADP", "case", 9),
    ("des", "un", "DET", "det", 9),
    ("pillards", "pillard", "NOUN", "obl:agent", 6),
    (".", ".", "PUNCT", "punct", 4),
]
FR_ABDUCTED_THEN_KILLED = [  # Le chauffeur a été ligoté puis tué par des bandits.
    ("Le", "le", "DET", "det", 1),
    ("chauffeur", "chauffeur", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("ligoté", "ligoter", "VERB", "ROOT", 4, PART),
    ("puis", "puis", "CCONJ", "cc", 6),
    ("tué", "tuer", "VERB", "conj", 4, PART),
    ("par", "par", "ADP", "case", 9),
    ("des", "un", "DET", "det", 9),
    ("bandits", "bandit", "NOUN", "obl:agent", 6),
    (".", ".", "PUNCT", "punct", 4),
]
FR_ALLOWED_US = [  # Ces renseignements nous ont permis d'arrêter trois suspects.
    ("Ces", "ce", "DET", "det", 1),
    ("renseignements", "renseignement", "NOUN", "nsubj", 4),
    ("nous", "nous", "PRON", "iobj", 4, PERS1),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("permis", "permettre", "VERB", "ROOT", 4, PART),
    ("d'", "de", "ADP", "mark", 6),
    ("arrêter", "arrêter", "VERB", "xcomp", 4, "VerbForm=Inf"),
    ("trois", "trois", "NUM", "nummod", 8),
    ("suspects", "suspect", "NOUN", "obj", 6),
    (".", ".", "PUNCT", "punct", 4),
]
FR_THOSE_WHO = [  # Nos deux otages, ceux du convoi, ont été libérés.
    ("Nos", "notre", "DET", "det", 2),
    ("deux", "deux", "NUM", "nummod", 2),
    ("otages", "otage", "NOUN", "nmod", 10),
    (",", ",", "PUNCT", "punct", 4),
    ("ceux", "celui", "PRON", "nsubj:pass", 10, "Number=Plur|PronType=Dem"),
    ("du", "de", "ADP", "case", 6),
    ("convoi", "convoi", "NOUN", "nmod", 4),
    (",", ",", "PUNCT", "punct", 4),
    ("ont", "avoir", "AUX", "aux:tense", 10),
    ("été", "être", "AUX", "aux:pass", 10),
    ("libérés", "libérer", "VERB", "ROOT", 10, PART),
    (".", ".", "PUNCT", "punct", 10),
]
FR_WHO_FELL = [  # Nos soldats, qui sont tombés au combat, sont honorés.
    ("Nos", "notre", "DET", "det", 1),
    ("soldats", "soldat", "NOUN", "nsubj", 9),
    (",", ",", "PUNCT", "punct", 5),
    ("qui", "qui", "PRON", "nsubj:pass", 5, "PronType=Rel"),
    ("sont", "être", "AUX", "aux:pass", 5),
    ("tombés", "tomber", "VERB", "ccomp", 9, PART),
    ("au", "au", "ADP", "case", 7),
    ("combat", "combat", "NOUN", "obl:mod", 5),
    (",", ",", "PUNCT", "punct", 5),
    ("sont", "être", "AUX", "cop", 10),
    ("honorés", "honorer", "ADJ", "ROOT", 10),
    (".", ".", "PUNCT", "punct", 10),
]
FR_SET_FIRE = [  # Les émeutiers ont mis le feu à deux camions.
    ("Les", "le", "DET", "det", 1),
    ("émeutiers", "émeutier", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("mis", "mettre", "VERB", "ROOT", 3, PART),
    ("le", "le", "DET", "det", 5),
    ("feu", "feu", "NOUN", "obj", 3),
    ("à", "à", "ADP", "case", 8),
    ("deux", "deux", "NUM", "nummod", 8),
    ("camions", "camion", "NOUN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_DIED_WHEN = [  # Trois soldats sont morts lorsque des rebelles ont attaqué le village.
    ("Trois", "trois", "NUM", "nummod", 1),
    ("soldats", "soldat", "NOUN", "nsubj", 3),
    ("sont", "être", "AUX", "aux:tense", 3),
    ("morts", "mourir", "VERB", "ROOT", 3, PART),
    ("lorsque", "lorsque", "SCONJ", "mark", 8),
    ("des", "un", "DET", "det", 6),
    ("rebelles", "rebelle", "NOUN", "nsubj", 8),
    ("ont", "avoir", "AUX", "aux:tense", 8),
    ("attaqué", "attaquer", "VERB", "advcl", 3, PART),
    ("le", "le", "DET", "det", 10),
    ("village", "village", "NOUN", "obj", 8),
    (".", ".", "PUNCT", "punct", 3),
]
FR_LOADED_TRUCK = [  # Les assaillants ont fait exploser un camion chargé d'explosifs.
    ("Les", "le", "DET", "det", 1),
    ("assaillants", "assaillant", "NOUN", "nsubj", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("fait", "faire", "AUX", "aux:caus", 4),
    ("exploser", "exploser", "VERB", "ROOT", 4, "VerbForm=Inf"),
    ("un", "un", "DET", "det", 6),
    ("camion", "camion", "NOUN", "obj", 4),
    ("chargé", "charger", "VERB", "acl", 6, PART),
    ("d'", "de", "ADP", "case", 9),
    ("explosifs", "explosif", "NOUN", "obl:arg", 7),
    (".", ".", "PUNCT", "punct", 4),
]
FR_ON_VISIT = [  # Le ministre, en visite à Korvo, a condamné l'attaque.
    ("Le", "le", "DET", "det", 1),
    ("ministre", "ministre", "NOUN", "nsubj", 9),
    (",", ",", "PUNCT", "punct", 4),
    ("en", "en", "ADP", "case", 4),
    ("visite", "visite", "NOUN", "nmod", 1),
    ("à", "à", "ADP", "case", 6),
    ("Korvo", "Korvo", "PROPN", "nmod", 4),
    (",", ",", "PUNCT", "punct", 4),
    ("a", "avoir", "AUX", "aux:tense", 9),
    ("condamné", "condamner", "VERB", "ROOT", 9, PART),
    ("l'", "le", "DET", "det", 11),
    ("attaque", "attaque", "NOUN", "obj", 9),
    (".", ".", "PUNCT", "punct", 9),
]

FR_CLASHES_LEFT_DEAD = [  # Des affrontements entre éleveurs et agriculteurs ont fait dix morts.
    ("Des", "un", "DET", "det", 1),
    ("affrontements", "affrontement", "NOUN", "nsubj", 7),
    ("entre", "entre", "ADP", "case", 3),
    ("éleveurs", "éleveur", "NOUN", "nmod", 1),
    ("et", "et", "CCONJ", "cc", 5),
    ("agriculteurs", "agriculteur", "NOUN", "conj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 7),
    ("fait", "faire", "VERB", "ROOT", 7, PART),
    ("dix", "dix", "NUM", "nummod", 9),
    ("morts", "mort", "NOUN", "obj", 7),
    (".", ".", "PUNCT", "punct", 7),
]
FR_DATE_BEFORE_OBJECT = [  # Une frappe a touché lundi un dépôt.
    ("Une", "un", "DET", "det", 1),
    ("frappe", "frappe", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("touché", "toucher", "VERB", "ROOT", 3, PART),
    ("lundi", "lundi", "NOUN", "nmod", 6),
    ("un", "un", "DET", "det", 6),
    ("dépôt", "dépôt", "NOUN", "obl:mod", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_THREE_OF_THEM = [  # La police a arrêté trois d'entre eux.
    ("La", "le", "DET", "det", 1),
    ("police", "police", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("arrêté", "arrêter", "VERB", "ROOT", 3, PART),
    ("trois", "trois", "NUM", "obj", 3),
    ("d'entre", "d'entre", "ADP", "case", 6),
    ("eux", "lui", "PRON", "nmod", 4, "Number=Plur|Person=3"),
    (".", ".", "PUNCT", "punct", 3),
]

# English
EN_BOUND_AND_SHOT = [  # Two traders were bound and shot by gunmen.
    ("Two", "two", "NUM", "nummod", 1),
    ("traders", "trader", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("bound", "bind", "VERB", "ROOT", 3, PART),
    ("and", "and", "CCONJ", "cc", 3),
    ("shot", "shoot", "VERB", "conj", 3, PART),
    ("by", "by", "ADP", "agent", 5),
    ("gunmen", "gunman", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 3),
]
EN_ACCUSED_OF = [  # Witnesses accused the militia of shelling the camp.
    ("Witnesses", "witness", "NOUN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("militia", "militia", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 1),
    ("shelling", "shell", "VERB", "pcomp", 4, "Aspect=Prog|Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", "det", 7),
    ("camp", "camp", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]
EN_ACCUSED_THEM_OF = [  # Residents accused them of looting the market.
    ("Residents", "resident", "NOUN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1),
    ("them", "they", "PRON", "dobj", 1, PERS3),
    ("of", "of", "ADP", "prep", 1),
    ("looting", "loot", "VERB", "pcomp", 3, "Aspect=Prog|Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", "det", 6),
    ("market", "market", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
EN_WHICH_ATTACKED = [  # The depot, which rebels attacked, burned.
    ("The", "the", "DET", "det", 1),
    ("depot", "depot", "NOUN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 1),
    ("which", "which", "PRON", "dobj", 5, "PronType=Rel"),
    ("rebels", "rebel", "NOUN", "nsubj", 5),
    ("attacked", "attack", "VERB", "relcl", 1, "Tense=Past|VerbForm=Fin"),
    (",", ",", "PUNCT", "punct", 1),
    ("burned", "burn", "VERB", "ROOT", 7),
    (".", ".", "PUNCT", "punct", 7),
]
EN_SET_FIRE = [  # Rioters set fire to two trucks.
    ("Rioters", "rioter", "NOUN", "nsubj", 1),
    ("set", "set", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("fire", "fire", "NOUN", "dobj", 1),
    ("to", "to", "ADP", "prep", 1),
    ("two", "two", "NUM", "nummod", 5),
    ("trucks", "truck", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
EN_KILLED_WHEN = [  # Ten civilians were killed when militants attacked the village.
    ("Ten", "ten", "NUM", "nummod", 1),
    ("civilians", "civilian", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("killed", "kill", "VERB", "ROOT", 3, PART),
    ("when", "when", "SCONJ", "advmod", 6),
    ("militants", "militant", "NOUN", "nsubj", 6),
    ("attacked", "attack", "VERB", "advcl", 3, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 8),
    ("village", "village", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 3),
]
EN_LOADED_TRUCK = [  # The attackers detonated a truck packed with explosives.
    ("The", "the", "DET", "det", 1),
    ("attackers", "attacker", "NOUN", "nsubj", 2),
    ("detonated", "detonate", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", "det", 4),
    ("truck", "truck", "NOUN", "dobj", 2),
    ("packed", "pack", "VERB", "acl", 4, PART),
    ("with", "with", "ADP", "prep", 5),
    ("explosives", "explosive", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 2),
]

EN_CLASHES_LEFT_DEAD = [  # Clashes between herders and farmers left ten dead.
    ("Clashes", "clash", "NOUN", "nsubj", 6),
    ("between", "between", "ADP", "prep", 0),
    ("herders", "herder", "NOUN", "pobj", 1),
    ("and", "and", "CCONJ", "cc", 2),
    ("farmers", "farmer", "NOUN", "conj", 2),
    ("have", "have", "AUX", "aux", 6),
    ("left", "leave", "VERB", "ROOT", 6, PART),
    ("ten", "ten", "NUM", "nummod", 8),
    ("dead", "dead", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]
EN_TWENTY_OF_THEM = [  # Police arrested twenty of them.
    ("Police", "police", "NOUN", "nsubj", 1),
    ("arrested", "arrest", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("twenty", "twenty", "NUM", "dobj", 1),
    ("of", "of", "ADP", "prep", 2),
    ("them", "they", "PRON", "pobj", 3, PERS3),
    (".", ".", "PUNCT", "punct", 1),
]

# an event noun whose relative clause says what it hit; its verb gives only a toll
FR_STRIKE_HIT_TOLL = [  # La frappe qui a touché un hôpital a fait dix morts.
    ("La", "le", "DET", "det", 1),
    ("frappe", "frappe", "NOUN", "nsubj", 8),
    ("qui", "qui", "PRON", "nsubj", 4, "PronType=Rel"),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("touché", "toucher", "VERB", "acl:relcl", 1, PART),
    ("un", "un", "DET", "det", 6),
    ("hôpital", "hôpital", "NOUN", "obj", 4),
    ("a", "avoir", "AUX", "aux:tense", 8),
    ("fait", "faire", "VERB", "ROOT", 8, PART),
    ("dix", "dix", "NUM", "nummod", 10),
    ("morts", "mort", "NOUN", "obj", 8),
    (".", ".", "PUNCT", "punct", 8),
]
FR_ATTACK_AIMED_TOLL = [  # L'attaque qui a visé la caserne a fait cinq blessés.
    ("L'", "le", "DET", "det", 1),
    ("attaque", "attaque", "NOUN", "nsubj", 8),
    ("qui", "qui", "PRON", "nsubj", 4, "PronType=Rel"),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("visé", "viser", "VERB", "acl:relcl", 1, PART),
    ("la", "le", "DET", "det", 6),
    ("caserne", "caserne", "NOUN", "obj", 4),
    ("a", "avoir", "AUX", "aux:tense", 8),
    ("fait", "faire", "VERB", "ROOT", 8, PART),
    ("cinq", "cinq", "NUM", "nummod", 10),
    ("blessés", "blessé", "NOUN", "obj", 8),
    (".", ".", "PUNCT", "punct", 8),
]
EN_STRIKE_HIT_TOLL = [  # The strike that hit a hospital left ten dead.
    ("The", "the", "DET", "det", 1),
    ("strike", "strike", "NOUN", "nsubj", 6),
    ("that", "that", "PRON", "nsubj", 3, "PronType=Rel"),
    ("hit", "hit", "VERB", "relcl", 1, "Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", "det", 5),
    ("hospital", "hospital", "NOUN", "dobj", 3),
    ("left", "leave", "VERB", "ROOT", 6, "Tense=Past|VerbForm=Fin"),
    ("ten", "ten", "NUM", "nummod", 8),
    ("dead", "dead", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]
EN_ATTACK_TARGETED_TOLL = [  # The attack which targeted the barracks caused three deaths.
    ("The", "the", "DET", "det", 1),
    ("attack", "attack", "NOUN", "nsubj", 6),
    ("which", "which", "PRON", "nsubj", 3, "PronType=Rel"),
    ("targeted", "target", "VERB", "relcl", 1, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 5),
    ("barracks", "barracks", "NOUN", "dobj", 3),
    ("caused", "cause", "VERB", "ROOT", 6, "Tense=Past|VerbForm=Fin"),
    ("three", "three", "NUM", "nummod", 8),
    ("deaths", "death", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]
EN_STRIKE_HIT_KILLED = [  # The strike that hit a market killed four traders.
    ("The", "the", "DET", "det", 1),
    ("strike", "strike", "NOUN", "nsubj", 6),
    ("that", "that", "PRON", "nsubj", 3, "PronType=Rel"),
    ("hit", "hit", "VERB", "relcl", 1, "Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", "det", 5),
    ("market", "market", "NOUN", "dobj", 3),
    ("killed", "kill", "VERB", "ROOT", 6, "Tense=Past|VerbForm=Fin"),
    ("four", "four", "NUM", "nummod", 8),
    ("traders", "trader", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]

# an object the parser hung elsewhere, just after an active verb that has none
FR_SEARCHED_AND_ARRESTED = [  # Les gendarmes ont fouillé le marché et arrêté deux suspects.
    ("Les", "le", "DET", "det", 1),
    ("gendarmes", "gendarme", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("fouillé", "fouiller", "VERB", "ROOT", 3, PART),
    ("le", "le", "DET", "det", 5),
    ("marché", "marché", "NOUN", "obj", 3),
    ("et", "et", "CCONJ", "cc", 7),
    ("arrêté", "arrêter", "VERB", "conj", 3, PART),
    ("deux", "deux", "NUM", "nummod", 9),
    ("suspects", "suspect", "NOUN", "obl:mod", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_RAIDED_AND_KIDNAPPED = [  # Les bandits ont pillé le village et enlevé trois femmes.
    ("Les", "le", "DET", "det", 1),
    ("bandits", "bandit", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("pillé", "piller", "VERB", "ROOT", 3, PART),
    ("le", "le", "DET", "det", 5),
    ("village", "village", "NOUN", "obj", 3),
    ("et", "et", "CCONJ", "cc", 7),
    ("enlevé", "enlever", "VERB", "conj", 3, PART),
    ("trois", "trois", "NUM", "nummod", 9),
    ("femmes", "femme", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_ARTICLE_AS_PREP = [  # Les soldats ont pu capturer des rebelles.
    ("Les", "le", "DET", "det", 1),
    ("soldats", "soldat", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("pu", "pouvoir", "VERB", "ROOT", 3, PART),
    ("capturer", "capturer", "VERB", "xcomp", 3, "VerbForm=Inf"),
    ("des", "de", "ADP", "case", 6),
    ("rebelles", "rebelle", "NOUN", "nmod", 4),
    (".", ".", "PUNCT", "punct", 3),
]
FR_FLED_TO_TOWN = [  # Les rebelles ont attaqué puis fui vers la ville.
    ("Les", "le", "DET", "det", 1),
    ("rebelles", "rebelle", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("attaqué", "attaquer", "VERB", "ROOT", 3, PART),
    ("puis", "puis", "CCONJ", "cc", 5),
    ("fui", "fuir", "VERB", "conj", 3, PART),
    ("vers", "vers", "ADP", "case", 8),
    ("la", "le", "DET", "det", 8),
    ("ville", "ville", "NOUN", "obl:mod", 3),
    (".", ".", "PUNCT", "punct", 3),
]
EN_SEARCHED_AND_DETAINED = [  # Soldiers searched the camp and detained two men.
    ("Soldiers", "soldier", "NOUN", "nsubj", 1),
    ("searched", "search", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 3),
    ("camp", "camp", "NOUN", "dobj", 1),
    ("and", "and", "CCONJ", "cc", 1),
    ("detained", "detain", "VERB", "conj", 1, "Tense=Past|VerbForm=Fin"),
    ("two", "two", "NUM", "nummod", 7),
    ("men", "man", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
EN_LOOTED_AND_ABDUCTED = [  # Gunmen looted shops and abducted traders.
    ("Gunmen", "gunman", "NOUN", "nsubj", 1),
    ("looted", "loot", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("shops", "shop", "NOUN", "dobj", 1),
    ("and", "and", "CCONJ", "cc", 1),
    ("abducted", "abduct", "VERB", "conj", 1, "Tense=Past|VerbForm=Fin"),
    ("traders", "trader", "NOUN", "npadvmod", 1),
    (".", ".", "PUNCT", "punct", 1),
]

# a passive whose subject the parser labelled active
FR_CLOSED_LABELLED_ACTIVE = [  # Les écoles ont été fermées par les autorités.
    ("Les", "le", "DET", "det", 1),
    ("écoles", "école", "NOUN", "nsubj", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("fermées", "fermer", "VERB", "ROOT", 4, PART),
    ("par", "par", "ADP", "case", 7),
    ("les", "le", "DET", "det", 7),
    ("autorités", "autorité", "NOUN", "obl:agent", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_LOOTED_LABELLED_ACTIVE = [  # Deux entrepôts ont été pillés.
    ("Deux", "deux", "NUM", "nummod", 1),
    ("entrepôts", "entrepôt", "NOUN", "nsubj", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("pillés", "piller", "VERB", "ROOT", 4, PART),
    (".", ".", "PUNCT", "punct", 4),
]
EN_BLOCKED_LABELLED_ACTIVE = [  # The convoy was ambushed by militants.
    ("The", "the", "DET", "det", 1),
    ("convoy", "convoy", "NOUN", "nsubj", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("ambushed", "ambush", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("by", "by", "ADP", "agent", 3),
    ("militants", "militant", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]

# attribution: the party blamed is the target, wherever the parser hangs it
FR_ATTRIBUTED_TO = [  # L'armée a attribué l'attaque aux rebelles.
    ("L'", "le", "DET", "det", 1),
    ("armée", "armée", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("attribué", "attribuer", "VERB", "ROOT", 3, PART),
    ("l'", "le", "DET", "det", 5),
    ("attaque", "attaque", "NOUN", "obj", 3),
    ("aux", "à", "ADP", "case", 7),
    ("rebelles", "rebelle", "NOUN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 3),
]
FR_ATTRIBUTED_PASSIVE = [  # L'embuscade a été attribuée aux jihadistes.
    ("L'", "le", "DET", "det", 1),
    ("embuscade", "embuscade", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("attribuée", "attribuer", "VERB", "ROOT", 4, PART),
    ("aux", "à", "ADP", "case", 6),
    ("jihadistes", "jihadiste", "NOUN", "obl:arg", 4),
    (".", ".", "PUNCT", "punct", 4),
]
EN_BLAMED_ON = [  # Officials blamed the raid on bandits.
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("blamed", "blame", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 3),
    ("raid", "raid", "NOUN", "dobj", 1),
    ("on", "on", "ADP", "prep", 3),
    ("bandits", "bandit", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
EN_WAS_BLAMED_ON = [  # The blast was blamed on militants.
    ("The", "the", "DET", "det", 1),
    ("blast", "blast", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("blamed", "blame", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("on", "on", "ADP", "prep", 3),
    ("militants", "militant", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]
EN_BLAMED_FOR = [  # Officials blamed bandits for the raid.
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("blamed", "blame", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("bandits", "bandit", "NOUN", "dobj", 1),
    ("for", "for", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 5),
    ("raid", "raid", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
# a group name the lexicon knows, cut at its own coordination by the phrase reader
FR_KNOWN_NAME_CUT = [  # L'armée accuse ce Groupe de soutien à l'islam et aux musulmans.
    ("L'", "le", "DET", "det", 1),
    ("armée", "armée", "NOUN", "nsubj", 2),
    ("accuse", "accuser", "VERB", "ROOT", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("ce", "ce", "DET", "det", 4),
    ("Groupe", "groupe", "PROPN", "obj", 2),
    ("de", "de", "ADP", "case", 6),
    ("soutien", "soutien", "NOUN", "nmod", 4),
    ("à", "à", "ADP", "case", 9),
    ("l'", "le", "DET", "det", 9),
    ("islam", "islam", "NOUN", "nmod", 6),
    ("et", "et", "CCONJ", "cc", 12),
    ("aux", "à", "ADP", "case", 12),
    ("musulmans", "musulman", "NOUN", "conj", 9),
    (".", ".", "PUNCT", "punct", 2),
]
EN_KNOWN_NAME_WHOLE = [  # Officials accused the Islamic State.
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 4),
    ("Islamic", "Islamic", "PROPN", "compound", 4),
    ("State", "State", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]

# a way blocked is no target; people blocked are
FR_BLOCKED_BRIDGE = [  # Les militaires ont bloqué le pont.
    ("Les", "le", "DET", "det", 1),
    ("militaires", "militaire", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("bloqué", "bloquer", "VERB", "ROOT", 3, PART),
    ("le", "le", "DET", "det", 5),
    ("pont", "pont", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_BARRICADED_AVENUE = [  # La police a barricadé l'avenue principale.
    ("La", "le", "DET", "det", 1),
    ("police", "police", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("barricadé", "barricader", "VERB", "ROOT", 3, PART),
    ("l'", "le", "DET", "det", 5),
    ("avenue", "avenue", "NOUN", "obj", 3),
    ("principale", "principal", "ADJ", "amod", 5),
    (".", ".", "PUNCT", "punct", 3),
]
FR_BLOCKED_MARCHERS = [  # Les gendarmes ont bloqué les manifestants.
    ("Les", "le", "DET", "det", 1),
    ("gendarmes", "gendarme", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("bloqué", "bloquer", "VERB", "ROOT", 3, PART),
    ("les", "le", "DET", "det", 5),
    ("manifestants", "manifestant", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
EN_BLOCKED_ROAD = [  # Soldiers blocked the main road.
    ("Soldiers", "soldier", "NOUN", "nsubj", 1),
    ("blocked", "block", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 4),
    ("main", "main", "ADJ", "amod", 4),
    ("road", "road", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
EN_BARRICADED_BRIDGE = [  # Riot police barricaded the bridge.
    ("Riot", "riot", "NOUN", "compound", 1),
    ("police", "police", "NOUN", "nsubj", 2),
    ("barricaded", "barricade", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 4),
    ("bridge", "bridge", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_BLOCKED_PROTESTERS = [  # Police blocked the protesters.
    ("Police", "police", "NOUN", "nsubj", 1),
    ("blocked", "block", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 3),
    ("protesters", "protester", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


# the acts listed after "accused X of …" are X's, however the parser hung them
PROG = "Aspect=Prog|Tense=Pres|VerbForm=Part"
# The council accused the militia of shelling farms, raiding and looting granaries.
EN_ACCUSED_LISTED = [
    ("The", "the", "DET", "det", 1),
    ("council", "council", "NOUN", "nsubj", 2),
    ("accused", "accuse", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4),
    ("militia", "militia", "NOUN", "dobj", 2),
    ("of", "of", "ADP", "prep", 2),
    ("shelling", "shell", "VERB", "pcomp", 5, PROG),
    ("farms", "farm", "NOUN", "dobj", 6),
    (",", ",", "PUNCT", "punct", 7),
    ("raiding", "raiding", "NOUN", "conj", 7),
    ("and", "and", "CCONJ", "cc", 9),
    ("looting", "loot", "VERB", "conj", 9, PROG),
    ("granaries", "granary", "NOUN", "dobj", 11),
    (".", ".", "PUNCT", "punct", 2),
]
EN_ACCUSED_THEM_LISTED = [  # Villagers accused them of firing on farmers and seizing cattle.
    ("Villagers", "villager", "NOUN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1),
    ("them", "they", "PRON", "dobj", 1, PERS3),
    ("of", "of", "ADP", "prep", 1),
    ("firing", "fire", "VERB", "pcomp", 3, PROG),
    ("on", "on", "ADP", "prep", 4),
    ("farmers", "farmer", "NOUN", "pobj", 5),
    ("and", "and", "CCONJ", "cc", 6),
    ("seizing", "seize", "VERB", "conj", 6, PROG),
    ("cattle", "cattle", "NOUN", "dobj", 8),
    (".", ".", "PUNCT", "punct", 1),
]
EN_ACCUSED_NOUN_LISTED = [  # Villagers accused them of firing on farmers, looting and arson.
    ("Villagers", "villager", "NOUN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1),
    ("them", "they", "PRON", "dobj", 1, PERS3),
    ("of", "of", "ADP", "prep", 1),
    ("firing", "fire", "VERB", "pcomp", 3, PROG),
    ("on", "on", "ADP", "prep", 4),
    ("farmers", "farmer", "NOUN", "pobj", 5),
    (",", ",", "PUNCT", "punct", 6),
    ("looting", "looting", "NOUN", "conj", 6),
    ("and", "and", "CCONJ", "cc", 8),
    ("arson", "arson", "NOUN", "conj", 8),
    (".", ".", "PUNCT", "punct", 1),
]

# Des habitants accusent les miliciens d'avoir pillé des boutiques et enlevé des femmes.
FR_ACCUSED_LISTED = [
    ("Des", "un", "DET", "det", 1),
    ("habitants", "habitant", "NOUN", "nsubj", 2),
    ("accusent", "accuser", "VERB", "ROOT", 2),
    ("les", "le", "DET", "det", 4),
    ("miliciens", "milicien", "NOUN", "obj", 2),
    ("d'", "de", "ADP", "mark", 7),
    ("avoir", "avoir", "AUX", "aux:tense", 7),
    ("pillé", "piller", "VERB", "xcomp", 2, PART),
    ("des", "un", "DET", "det", 9),
    ("boutiques", "boutique", "NOUN", "obj", 7),
    ("et", "et", "CCONJ", "cc", 11),
    ("enlevé", "enlever", "VERB", "conj", 7, PART),
    ("des", "un", "DET", "det", 13),
    ("femmes", "femme", "NOUN", "obj", 11),
    (".", ".", "PUNCT", "punct", 2),
]


CASES = [
    # French
    ("coordinated passive", "fr", FR_TIED_AND_BEATEN, "frappés", "des pillards", "Deux gardes"),
    ("coordinated passive", "fr", FR_ABDUCTED_THEN_KILLED, "tué", "des bandits", "Le chauffeur"),
    ("object control", "fr", FR_ALLOWED_US, "arrêter", "nous", "trois suspects"),
    ("demonstrative", "fr", FR_THOSE_WHO, "libérés", None, "Nos deux otages"),
    ("relative, no clause", "fr", FR_WHO_FELL, "tombés", None, "Nos soldats"),
    ("idiom recipient", "fr", FR_SET_FIRE, "mis", "Les émeutiers", "deux camions"),
    ("victims of clause", "fr", FR_DIED_WHEN, "attaqué", "des rebelles", "Trois soldats"),
    ("loaded weapon", "fr", FR_LOADED_TRUCK, "exploser", "Les assaillants", None),
    ("state phrase", "fr", FR_ON_VISIT, "visite", "Le ministre", "Korvo"),
    ("toll no victim", "fr", FR_CLASHES_LEFT_DEAD, "affrontements", "éleveurs", "agriculteurs"),
    ("quantity of people", "fr", FR_THREE_OF_THEM, "arrêté", "La police", "trois d'entre eux"),
    ("relative hit, toll", "fr", FR_STRIKE_HIT_TOLL, "frappe", None, "un hôpital"),
    ("relative hit, toll", "fr", FR_ATTACK_AIMED_TOLL, "attaque", None, "la caserne"),
    (
        "object hung elsewhere",
        "fr",
        FR_SEARCHED_AND_ARRESTED,
        "arrêté",
        "Les gendarmes",
        "deux suspects",
    ),
    (
        "object hung elsewhere",
        "fr",
        FR_RAIDED_AND_KIDNAPPED,
        "enlevé",
        "Les bandits",
        "trois femmes",
    ),
    ("object hung elsewhere", "fr", FR_ARTICLE_AS_PREP, "capturer", "Les soldats", "rebelles"),
    (
        "passive labelled active",
        "fr",
        FR_CLOSED_LABELLED_ACTIVE,
        "fermées",
        "les autorités",
        "Les écoles",
    ),
    ("passive labelled active", "fr", FR_LOOTED_LABELLED_ACTIVE, "pillés", None, "Deux entrepôts"),
    ("attribution", "fr", FR_ATTRIBUTED_TO, "attribué", "L'armée", "rebelles"),
    ("attribution", "fr", FR_ATTRIBUTED_PASSIVE, "attribuée", None, "jihadistes"),
    (
        "known name cut",
        "fr",
        FR_KNOWN_NAME_CUT,
        "accuse",
        "L'armée",
        "ce Groupe de soutien à l'islam et aux musulmans",
    ),
    # a phrase with its own preposition is no object
    ("object hung elsewhere", "fr", FR_FLED_TO_TOWN, "attaqué", "Les rebelles", None),
    ("way blocked", "fr", FR_BLOCKED_BRIDGE, "bloqué", "Les militaires", None),
    ("way blocked", "fr", FR_BARRICADED_AVENUE, "barricadé", "La police", None),
    ("accused of a list", "fr", FR_ACCUSED_LISTED, "enlevé", "les miliciens", "des femmes"),
    ("way blocked", "fr", FR_BLOCKED_MARCHERS, "bloqué", "Les gendarmes", "les manifestants"),
    # English
    ("coordinated passive", "en", EN_BOUND_AND_SHOT, "shot", "gunmen", "Two traders"),
    ("object control", "en", EN_ACCUSED_OF, "shelling", "the militia", "the camp"),
    ("object control", "en", EN_ACCUSED_THEM_OF, "looting", "them", "the market"),
    ("relative", "en", EN_WHICH_ATTACKED, "attacked", "rebels", "The depot"),
    ("idiom recipient", "en", EN_SET_FIRE, "set", "Rioters", "two trucks"),
    ("victims of clause", "en", EN_KILLED_WHEN, "attacked", "militants", "Ten civilians"),
    ("loaded weapon", "en", EN_LOADED_TRUCK, "detonated", "The attackers", None),
    ("toll no victim", "en", EN_CLASHES_LEFT_DEAD, "Clashes", "herders", "farmers"),
    ("quantity of people", "en", EN_TWENTY_OF_THEM, "arrested", "Police", "twenty of them"),
    ("relative hit, toll", "en", EN_STRIKE_HIT_TOLL, "strike", None, "a hospital"),
    ("relative hit, toll", "en", EN_ATTACK_TARGETED_TOLL, "attack", None, "the barracks"),
    # victims, not a toll: the people killed stay the target
    ("relative hit, victims", "en", EN_STRIKE_HIT_KILLED, "strike", None, "four traders"),
    (
        "passive labelled active",
        "en",
        EN_BLOCKED_LABELLED_ACTIVE,
        "ambushed",
        "militants",
        "The convoy",
    ),
    ("attribution", "en", EN_BLAMED_ON, "blamed", "Officials", "bandits"),
    ("attribution", "en", EN_WAS_BLAMED_ON, "blamed", None, "militants"),
    ("attribution", "en", EN_BLAMED_FOR, "blamed", "Officials", "bandits"),
    # the event blamed: who it is blamed on is no one it hit
    ("attribution", "en", EN_BLAMED_ON, "raid", None, None),
    ("known name whole", "en", EN_KNOWN_NAME_WHOLE, "accused", "Officials", "the Islamic State"),
    ("object hung elsewhere", "en", EN_SEARCHED_AND_DETAINED, "detained", "Soldiers", "two men"),
    ("object hung elsewhere", "en", EN_LOOTED_AND_ABDUCTED, "abducted", "Gunmen", "traders"),
    ("accused of a list", "en", EN_ACCUSED_LISTED, "looting", "the militia", "granaries"),
    ("accused of a list", "en", EN_ACCUSED_THEM_LISTED, "seizing", "them", "cattle"),
    ("accused of a list", "en", EN_ACCUSED_NOUN_LISTED, "looting", "them", None),
    ("way blocked", "en", EN_BLOCKED_ROAD, "blocked", "Soldiers", None),
    ("way blocked", "en", EN_BARRICADED_BRIDGE, "barricaded", "Riot police", None),
    ("way blocked", "en", EN_BLOCKED_PROTESTERS, "blocked", "Police", "the protesters"),
]


@pytest.mark.parametrize(
    "kind,lang,rows,word,actor,target", CASES, ids=[f"{c[1]}-{c[0]}-{c[3]}" for c in CASES]
)
def test_role_kinds(kind, lang, rows, word, actor, target):
    assert _roles(rows, lang, word) == (actor, target)


def test_a_date_before_the_object_leaves_it_without_preposition():
    # French: "lundi" (a time expression) between the verb and its object, parsed as an
    # oblique with no preposition: still what the strike hit
    assert _roles(FR_DATE_BEFORE_OBJECT, "fr", "frappe", frozenset({4})) == (None, "un dépôt")
    # without the date between them, a bare oblique is no object
    assert _roles(FR_DATE_BEFORE_OBJECT, "fr", "frappe") == (None, None)
