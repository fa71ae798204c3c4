"""The role rule tables (actor rules, target rules, filters, fallbacks): one case per rule
and language, on hand-built parses.

Each case names the rule that must decide (the first of its table to answer), so a case
also pins the rule's place in the table. Names of people, groups and places are
invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.roles import (
    ACTOR_RULES,
    TARGET_FALLBACKS,
    TARGET_FILTERS,
    TARGET_RULES,
    RoleContext,
    find_target,
    place_cut,
    read_roles,
)
from eventline.extract.triggers import Trigger, find_triggers
from eventline.syntax import np_span

# --------------------------------------------------------------------------- parses

# French
FR_PASSIVE = [  # Le convoi a été attaqué par des hommes armés.
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
]
FR_ACTIVE = [  # Les rebelles ont attaqué la caserne.
    ("Les", "le", "DET", "det", 1),
    ("rebelles", "rebelle", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("attaqué", "attaquer", "VERB", "ROOT", 3),
    ("la", "le", "DET", "det", 5),
    ("caserne", "caserne", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_WEAPON_SUBJECT = [  # Un drone de l'armée a frappé le dépôt.
    ("Un", "un", "DET", "det", 1),
    ("drone", "drone", "NOUN", "nsubj", 6),
    ("de", "de", "ADP", "case", 4),
    ("l'", "le", "DET", "det", 4),
    ("armée", "armée", "NOUN", "nmod", 1),
    ("a", "avoir", "AUX", "aux:tense", 6),
    ("frappé", "frapper", "VERB", "ROOT", 6),
    ("le", "le", "DET", "det", 8),
    ("dépôt", "dépôt", "NOUN", "obj", 6),
    (".", ".", "PUNCT", "punct", 6),
]
FR_NOUN_AGENT = [  # L'attaque de Korvex contre la base a échoué.
    ("L'", "le", "DET", "det", 1),
    ("attaque", "attaque", "NOUN", "nsubj", 8),
    ("de", "de", "ADP", "case", 3),
    ("Korvex", "Korvex", "PROPN", "nmod", 1),
    ("contre", "contre", "ADP", "case", 6),
    ("la", "le", "DET", "det", 6),
    ("base", "base", "NOUN", "nmod", 1),
    ("a", "avoir", "AUX", "aux:tense", 8),
    ("échoué", "échouer", "VERB", "ROOT", 8),
    (".", ".", "PUNCT", "punct", 8),
]
FR_WEAPON_OF_NOUN = [  # Une frappe de drone de l'armée a visé le marché.
    ("Une", "un", "DET", "det", 1),
    ("frappe", "frappe", "NOUN", "nsubj", 8),
    ("de", "de", "ADP", "case", 3),
    ("drone", "drone", "NOUN", "nmod", 1),
    ("de", "de", "ADP", "case", 6),
    ("l'", "le", "DET", "det", 6),
    ("armée", "armée", "NOUN", "nmod", 3),
    ("a", "avoir", "AUX", "aux:tense", 8),
    ("visé", "viser", "VERB", "ROOT", 8),
    ("le", "le", "DET", "det", 10),
    ("marché", "marché", "NOUN", "obj", 8),
    (".", ".", "PUNCT", "punct", 8),
]
FR_CLAIMED = [  # L'attaque a été revendiquée par les rebelles.
    ("L'", "le", "DET", "det", 1),
    ("attaque", "attaque", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("revendiquée", "revendiquer", "VERB", "ROOT", 4),
    ("par", "par", "ADP", "case", 7),
    ("les", "le", "DET", "det", 7),
    ("rebelles", "rebelle", "NOUN", "obl:agent", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_ADJECTIVE = [  # Une frappe aérienne française a touché la base.
    ("Une", "un", "DET", "det", 1),
    ("frappe", "frappe", "NOUN", "nsubj", 5),
    ("aérienne", "aérien", "ADJ", "amod", 1),
    ("française", "français", "ADJ", "amod", 1),
    ("a", "avoir", "AUX", "aux:tense", 5),
    ("touché", "toucher", "VERB", "ROOT", 5),
    ("la", "le", "DET", "det", 7),
    ("base", "base", "NOUN", "obj", 5),
    (".", ".", "PUNCT", "punct", 5),
]
FR_CONTINUED = [  # L'armée poursuivra ses opérations.
    ("L'", "le", "DET", "det", 1),
    ("armée", "armée", "NOUN", "nsubj", 2),
    ("poursuivra", "poursuivre", "VERB", "ROOT", 2, "Tense=Fut"),
    ("ses", "son", "DET", "det", 4, "Poss=Yes"),
    ("opérations", "opération", "NOUN", "obj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
FR_EXPELLED = [  # Deux diplomates ont été expulsés.
    ("Deux", "deux", "NUM", "nummod", 1),
    ("diplomates", "diplomate", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("expulsés", "expulser", "VERB", "ROOT", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_BLAST_KILLED = [  # L'explosion a tué trois civils.
    ("L'", "le", "DET", "det", 1),
    ("explosion", "explosion", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("tué", "tuer", "VERB", "ROOT", 3),
    ("trois", "trois", "NUM", "nummod", 5),
    ("civils", "civil", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_OPENED_FIRE = [  # Les soldats ont ouvert le feu sur les manifestants.
    ("Les", "le", "DET", "det", 1),
    ("soldats", "soldat", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("ouvert", "ouvrir", "VERB", "ROOT", 3),
    ("le", "le", "DET", "det", 5),
    ("feu", "feu", "NOUN", "obj", 3),
    ("sur", "sur", "ADP", "case", 8),
    ("les", "le", "DET", "det", 8),
    ("manifestants", "manifestant", "NOUN", "obl:mod", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_PHONED = [  # Le président a téléphoné à Korvex.
    ("Le", "le", "DET", "det", 1),
    ("président", "président", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("téléphoné", "téléphoner", "VERB", "ROOT", 3),
    ("à", "à", "ADP", "case", 5),
    ("Korvex", "Korvex", "PROPN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_SENT_TO = [  # Korvex a envoyé des médicaments à la Ruritanie.
    ("Korvex", "Korvex", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("envoyé", "envoyer", "VERB", "ROOT", 2),
    ("des", "un", "DET", "det", 4),
    ("médicaments", "médicament", "NOUN", "obj", 2),
    ("à", "à", "ADP", "case", 7),
    ("la", "le", "DET", "det", 7),
    ("Ruritanie", "Ruritanie", "PROPN", "obl:arg", 2),
    (".", ".", "PUNCT", "punct", 2),
]
FR_TOLL = [  # L'explosion a fait trois morts.
    ("L'", "le", "DET", "det", 1),
    ("explosion", "explosion", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("fait", "faire", "VERB", "ROOT", 3),
    ("trois", "trois", "NUM", "nummod", 5),
    ("morts", "mort", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_REJECTED = [  # Korvex a rejeté la résolution du Conseil.
    ("Korvex", "Korvex", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("rejeté", "rejeter", "VERB", "ROOT", 2),
    ("la", "le", "DET", "det", 4),
    ("résolution", "résolution", "NOUN", "obj", 2),
    ("du", "de", "ADP", "case", 6),
    ("Conseil", "Conseil", "PROPN", "nmod", 4),
    (".", ".", "PUNCT", "punct", 2),
]
FR_PROTEST_LAW = [  # Les étudiants ont manifesté contre la loi.
    ("Les", "le", "DET", "det", 1),
    ("étudiants", "étudiant", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("manifesté", "manifester", "VERB", "ROOT", 3),
    ("contre", "contre", "ADP", "case", 6),
    ("la", "le", "DET", "det", 6),
    ("loi", "loi", "NOUN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_VILLAGE = [  # Les avions ont bombardé le village de Korvi.
    ("Les", "le", "DET", "det", 1),
    ("avions", "avion", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("bombardé", "bombarder", "VERB", "ROOT", 3),
    ("le", "le", "DET", "det", 5),
    ("village", "village", "NOUN", "obj", 3),
    ("de", "de", "ADP", "case", 7),
    ("Korvi", "Korvi", "PROPN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 3),
]
FR_RECALLED = [  # Korvex a rappelé son ambassadeur.
    ("Korvex", "Korvex", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("rappelé", "rappeler", "VERB", "ROOT", 2),
    ("son", "son", "DET", "det", 4, "Poss=Yes"),
    ("ambassadeur", "ambassadeur", "NOUN", "obj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
FR_SUSPENDED = [  # Korvex a suspendu sa coopération avec la Ruritanie.
    ("Korvex", "Korvex", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("suspendu", "suspendre", "VERB", "ROOT", 2),
    ("sa", "son", "DET", "det", 4),
    ("coopération", "coopération", "NOUN", "obj", 2),
    ("avec", "avec", "ADP", "case", 7),
    ("la", "le", "DET", "det", 7),
    ("Ruritanie", "Ruritanie", "PROPN", "nmod", 4),
    (".", ".", "PUNCT", "punct", 2),
]

FR_DIED = [  # Le soldat est mort de ses blessures.
    ("Le", "le", "DET", "det", 1),
    ("soldat", "soldat", "NOUN", "nsubj", 3),
    ("est", "être", "AUX", "aux:tense", 3),
    ("mort", "mourir", "VERB", "ROOT", 3, "VerbForm=Part"),
    ("de", "de", "ADP", "case", 6),
    ("ses", "son", "DET", "det", 6),
    ("blessures", "blessure", "NOUN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_LOST = [  # L'armée a perdu six hommes.
    ("L'", "le", "DET", "det", 1),
    ("armée", "armée", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("perdu", "perdre", "VERB", "ROOT", 3),
    ("six", "six", "NUM", "nummod", 5),
    ("hommes", "homme", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_SEIZED = [  # Des armes ont été récupérées par le gang.
    ("Des", "un", "DET", "det", 1),
    ("armes", "arme", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("récupérées", "récupérer", "VERB", "ROOT", 4),
    ("par", "par", "ADP", "case", 7),
    ("le", "le", "DET", "det", 7),
    ("gang", "gang", "NOUN", "obl:agent", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_ON_STRIKE = [  # Les infirmiers en grève depuis lundi.
    ("Les", "le", "DET", "det", 1),
    ("infirmiers", "infirmier", "NOUN", "ROOT", 1),
    ("en", "en", "ADP", "case", 3),
    ("grève", "grève", "NOUN", "nmod", 1),
    ("depuis", "depuis", "ADP", "case", 5),
    ("lundi", "lundi", "NOUN", "nmod", 1),
    (".", ".", "PUNCT", "punct", 1),
]
FR_CLASHED_WITH = [  # Les soldats se sont affrontés avec des rebelles.
    ("Les", "le", "DET", "det", 1),
    ("soldats", "soldat", "NOUN", "nsubj", 4),
    ("se", "se", "PRON", "expl:comp", 4),
    ("sont", "être", "AUX", "aux:tense", 4),
    ("affrontés", "affronter", "VERB", "ROOT", 4, "Number=Plur|Tense=Past|VerbForm=Part"),
    ("avec", "avec", "ADP", "case", 7),
    ("des", "un", "DET", "det", 7),
    ("rebelles", "rebelle", "NOUN", "obl:arg", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_GROUP_TAGGED_PLACE = [  # Cinq soldats tués dans une attaque de Boko Haram contre leur position.
    ("Cinq", "cinq", "NUM", "nummod", 1),
    ("soldats", "soldat", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("tués", "tuer", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part"),
    ("dans", "dans", "ADP", "case", 7),
    ("une", "un", "DET", "det", 7),
    ("attaque", "attaque", "NOUN", "obl:mod", 4),
    ("de", "de", "ADP", "case", 9),
    ("Boko", "Boko", "PROPN", "nmod", 7),
    ("Haram", "Haram", "PROPN", "flat:name", 9),
    ("contre", "contre", "ADP", "case", 13),
    ("leur", "son", "DET", "det", 13),
    ("position", "position", "NOUN", "nmod", 9),
    (".", ".", "PUNCT", "punct", 4),
]
FR_CLASHES = [  # Il a évoqué des combats entre l'armée et les rebelles.
    ("Il", "il", "PRON", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("évoqué", "évoquer", "VERB", "ROOT", 2),
    ("des", "un", "DET", "det", 4),
    ("combats", "combat", "NOUN", "obj", 2),
    ("entre", "entre", "ADP", "case", 7),
    ("l'", "le", "DET", "det", 7),
    ("armée", "armée", "NOUN", "nmod", 4),
    ("et", "et", "CCONJ", "cc", 10),
    ("les", "le", "DET", "det", 10),
    ("rebelles", "rebelle", "NOUN", "conj", 7),
    (".", ".", "PUNCT", "punct", 2),
]
FR_LAUNCHED = [  # L'offensive lancée par l'armée contre les rebelles a échoué.
    ("L'", "le", "DET", "det", 1),
    ("offensive", "offensive", "NOUN", "nsubj", 10),
    ("lancée", "lancer", "VERB", "acl", 1, "VerbForm=Part"),
    ("par", "par", "ADP", "case", 5),
    ("l'", "le", "DET", "det", 5),
    ("armée", "armée", "NOUN", "obl:agent", 2),
    ("contre", "contre", "ADP", "case", 8),
    ("les", "le", "DET", "det", 8),
    ("rebelles", "rebelle", "NOUN", "obl:arg", 2),
    ("a", "avoir", "AUX", "aux:tense", 10),
    ("échoué", "échouer", "VERB", "ROOT", 10),
    (".", ".", "PUNCT", "punct", 10),
]
FR_DATE_BEFORE_OBJECT = [  # Les rebelles ont tué mardi des soldats.
    ("Les", "le", "DET", "det", 1),
    ("rebelles", "rebelle", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("tué", "tuer", "VERB", "ROOT", 3),
    ("mardi", "mardi", "NOUN", "obl:mod", 3),
    ("des", "de", "ADP", "case", 6),
    ("soldats", "soldat", "NOUN", "nmod", 4),
    (".", ".", "PUNCT", "punct", 3),
]
FR_RELEASED_AFTER = [  # Les otages ont été libérés à l'issue d'une opération.
    ("Les", "le", "DET", "det", 1),
    ("otages", "otage", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("libérés", "libérer", "VERB", "ROOT", 4),
    ("à", "à", "ADP", "case", 7),
    ("l'", "le", "DET", "det", 7),
    ("issue", "issue", "NOUN", "obl:mod", 4),
    ("d'", "de", "ADP", "case", 10),
    ("une", "un", "DET", "det", 10),
    ("opération", "opération", "NOUN", "nmod", 7),
    (".", ".", "PUNCT", "punct", 4),
]
FR_MOBILISED = [  # Les soldats ont été mobilisés.
    ("Les", "le", "DET", "det", 1),
    ("soldats", "soldat", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("mobilisés", "mobiliser", "VERB", "ROOT", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_HIT_BY_SHOT = [  # Le gendarme a été touché par un tir.
    ("Le", "le", "DET", "det", 1),
    ("gendarme", "gendarme", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("touché", "toucher", "VERB", "ROOT", 4),
    ("par", "par", "ADP", "case", 7),
    ("un", "un", "DET", "det", 7),
    ("tir", "tir", "NOUN", "obl:agent", 4),
    (".", ".", "PUNCT", "punct", 4),
]

FR_AIMED_AT = [  # Une attaque qui a visé l'école a échoué.
    ("Une", "un", "DET", "det", 1),
    ("attaque", "attaque", "NOUN", "nsubj", 8),
    ("qui", "qui", "PRON", "nsubj", 4, "PronType=Rel"),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("visé", "viser", "VERB", "acl:relcl", 1),
    ("l'", "le", "DET", "det", 6),
    ("école", "école", "NOUN", "obj", 4),
    ("a", "avoir", "AUX", "aux:tense", 8),
    ("échoué", "échouer", "VERB", "ROOT", 8),
    (".", ".", "PUNCT", "punct", 8),
]
FR_CAMP = [  # Les rebelles ont bombardé le camp des déplacés.
    ("Les", "le", "DET", "det", 1),
    ("rebelles", "rebelle", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("bombardé", "bombarder", "VERB", "ROOT", 3),
    ("le", "le", "DET", "det", 5),
    ("camp", "camp", "NOUN", "obj", 3),
    ("des", "de", "ADP", "case", 7),
    ("déplacés", "déplacé", "NOUN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 3),
]
FR_NAMED_HOSTAGE = [  # Pierre Korva a été enlevé par des hommes armés.
    ("Pierre", "Pierre", "PROPN", "nsubj:pass", 4),
    ("Korva", "Korva", "PROPN", "flat:name", 0),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("enlevé", "enlever", "VERB", "ROOT", 4),
    ("par", "par", "ADP", "case", 7),
    ("des", "un", "DET", "det", 7),
    ("hommes", "homme", "NOUN", "obl:agent", 4),
    ("armés", "armé", "ADJ", "amod", 7),
    (".", ".", "PUNCT", "punct", 4),
]
FR_JUST_RELEASED = [  # Les otages viennent d'être libérés.
    ("Les", "le", "DET", "det", 1),
    ("otages", "otage", "NOUN", "nsubj", 2),
    ("viennent", "venir", "VERB", "ROOT", 2),
    ("d'", "de", "ADP", "mark", 5),
    ("être", "être", "AUX", "aux:pass", 5),
    ("libérés", "libérer", "VERB", "xcomp", 2, "VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", "punct", 2),
]

FR_HIT_BY_MISSILE = [  # Le hangar a été touché par un missile russe.
    ("Le", "le", "DET", "det", 1),
    ("hangar", "hangar", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("touché", "toucher", "VERB", "ROOT", 4),
    ("par", "par", "ADP", "case", 7),
    ("un", "un", "DET", "det", 7),
    ("missile", "missile", "NOUN", "obl:agent", 4),
    ("russe", "russe", "ADJ", "amod", 7),
    (".", ".", "PUNCT", "punct", 4),
]
FR_KILLED_IN_ATTACK = [  # Trois soldats ont été tués dans une attaque des rebelles.
    ("Trois", "trois", "NUM", "nummod", 1),
    ("soldats", "soldat", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("tués", "tuer", "VERB", "ROOT", 4),
    ("dans", "dans", "ADP", "case", 7),
    ("une", "un", "DET", "det", 7),
    ("attaque", "attaque", "NOUN", "obl:mod", 4),
    ("des", "de", "ADP", "case", 9),
    ("rebelles", "rebelle", "NOUN", "nmod", 7),
    (".", ".", "PUNCT", "punct", 4),
]

FR_REPORTED_WOUNDED = [  # La préfecture signalait un gendarme blessé.
    ("La", "le", "DET", "det", 1),
    ("préfecture", "préfecture", "NOUN", "nsubj", 2),
    ("signalait", "signaler", "VERB", "ROOT", 2),
    ("un", "un", "DET", "det", 4),
    ("gendarme", "gendarme", "NOUN", "obj", 2),
    ("blessé", "blesser", "VERB", "advcl", 2, "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", "punct", 2),
]

FR_WAVE = [  # L'armée a lancé une vague de missiles contre la base.
    ("L'", "le", "DET", "det", 1),
    ("armée", "armée", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("lancé", "lancer", "VERB", "ROOT", 3),
    ("une", "un", "DET", "det", 5),
    ("vague", "vague", "NOUN", "obj", 3),
    ("de", "de", "ADP", "case", 7),
    ("missiles", "missile", "NOUN", "nmod", 5),
    ("contre", "contre", "ADP", "case", 10),
    ("la", "le", "DET", "det", 10),
    ("base", "base", "NOUN", "nmod", 7),
    (".", ".", "PUNCT", "punct", 3),
]

# English
EN_PASSIVE = [  # The convoy was ambushed by gunmen.
    ("The", "the", "DET", "det", 1),
    ("convoy", "convoy", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("ambushed", "ambush", "VERB", "ROOT", 3),
    ("by", "by", "ADP", "agent", 3),
    ("gunmen", "gunman", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]
EN_ACTIVE = [  # Rebels attacked the base.
    ("Rebels", "rebel", "NOUN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("base", "base", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
EN_NOUN_AGENT = [  # The attack by militants on the base failed.
    ("The", "the", "DET", "det", 1),
    ("attack", "attack", "NOUN", "nsubj", 7),
    ("by", "by", "ADP", "prep", 1),
    ("militants", "militant", "NOUN", "pobj", 2),
    ("on", "on", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 6),
    ("base", "base", "NOUN", "pobj", 4),
    ("failed", "fail", "VERB", "ROOT", 7),
    (".", ".", "PUNCT", "punct", 7),
]
EN_POSSESSOR = [  # Korvex offensive on the city failed.
    ("Korvex", "Korvex", "PROPN", "poss", 1),
    ("offensive", "offensive", "NOUN", "nsubj", 5),
    ("on", "on", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("city", "city", "NOUN", "pobj", 2),
    ("failed", "fail", "VERB", "ROOT", 5),
    (".", ".", "PUNCT", "punct", 5),
]
EN_WEAPON_OF_NOUN = [  # The strike with army drones hit a school.
    ("The", "the", "DET", "det", 1),
    ("strike", "strike", "NOUN", "nsubj", 5),
    ("with", "with", "ADP", "prep", 1),
    ("army", "army", "NOUN", "compound", 4),
    ("drones", "drone", "NOUN", "pobj", 2),
    ("hit", "hit", "VERB", "ROOT", 5),
    ("a", "a", "DET", "det", 7),
    ("school", "school", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 5),
]
EN_CLAIMED = [  # The attack was claimed by Korvex.
    ("The", "the", "DET", "det", 1),
    ("attack", "attack", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("claimed", "claim", "VERB", "ROOT", 3),
    ("by", "by", "ADP", "agent", 3),
    ("Korvex", "Korvex", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]
EN_ADJECTIVE = [  # A military air strike hit the town.
    ("A", "a", "DET", "det", 3),
    ("military", "military", "ADJ", "amod", 3),
    ("air", "air", "NOUN", "compound", 3),
    ("strike", "strike", "NOUN", "nsubj", 4),
    ("hit", "hit", "VERB", "ROOT", 4),
    ("the", "the", "DET", "det", 6),
    ("town", "town", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 4),
]
EN_STEPPED_UP = [  # The army stepped up its attacks.
    ("The", "the", "DET", "det", 1),
    ("army", "army", "NOUN", "nsubj", 2),
    ("stepped", "step", "VERB", "ROOT", 2),
    ("up", "up", "ADP", "prt", 2),
    ("its", "its", "PRON", "poss", 5),
    ("attacks", "attack", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_EXPELLED = [  # Two diplomats were expelled.
    ("Two", "two", "NUM", "nummod", 1),
    ("diplomats", "diplomat", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("expelled", "expel", "VERB", "ROOT", 3),
    (".", ".", "PUNCT", "punct", 3),
]
EN_STRIKE_KILLED = [  # A missile strike killed four people.
    ("A", "a", "DET", "det", 2),
    ("missile", "missile", "NOUN", "compound", 2),
    ("strike", "strike", "NOUN", "nsubj", 3),
    ("killed", "kill", "VERB", "ROOT", 3),
    ("four", "four", "NUM", "nummod", 5),
    ("people", "people", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
EN_OPENED_FIRE = [  # Soldiers opened fire on protesters.
    ("Soldiers", "soldier", "NOUN", "nsubj", 1),
    ("opened", "open", "VERB", "ROOT", 1),
    ("fire", "fire", "NOUN", "dobj", 1),
    ("on", "on", "ADP", "prep", 1),
    ("protesters", "protester", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
EN_DONATED = [  # Korvex donated to the Red Cross.
    ("Korvex", "Korvex", "PROPN", "nsubj", 1),
    ("donated", "donate", "VERB", "ROOT", 1),
    ("to", "to", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 5),
    ("Red", "Red", "PROPN", "compound", 5),
    ("Cross", "Cross", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]
EN_SENT_TO = [  # Korvex sent medicine to Ruritania.
    ("Korvex", "Korvex", "PROPN", "nsubj", 1),
    ("sent", "send", "VERB", "ROOT", 1),
    ("medicine", "medicine", "NOUN", "dobj", 1),
    ("to", "to", "ADP", "prep", 1),
    ("Ruritania", "Ruritania", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
EN_TOLL = [  # The blast left three dead.
    ("The", "the", "DET", "det", 1),
    ("blast", "blast", "NOUN", "nsubj", 2),
    ("left", "leave", "VERB", "ROOT", 2),
    ("three", "three", "NUM", "nummod", 4),
    ("dead", "dead", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_REJECTED = [  # Korvex rejected the resolution of the Council.
    ("Korvex", "Korvex", "PROPN", "nsubj", 1),
    ("rejected", "reject", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("resolution", "resolution", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 6),
    ("Council", "Council", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
EN_CONDEMNED = [  # Korvex condemned the killings.
    ("Korvex", "Korvex", "PROPN", "nsubj", 1),
    ("condemned", "condemn", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("killings", "killing", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
EN_PROTEST_LAW = [  # Students protested against the law.
    ("Students", "student", "NOUN", "nsubj", 1),
    ("protested", "protest", "VERB", "ROOT", 1),
    ("against", "against", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("law", "law", "NOUN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]
EN_VILLAGE = [  # Jets bombed a village in Darfur.
    ("Jets", "jet", "NOUN", "nsubj", 1),
    ("bombed", "bomb", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3),
    ("village", "village", "NOUN", "dobj", 1),
    ("in", "in", "ADP", "prep", 3),
    ("Darfur", "Darfur", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
EN_RECALLED = [  # Korvex recalled its ambassador.
    ("Korvex", "Korvex", "PROPN", "nsubj", 1),
    ("recalled", "recall", "VERB", "ROOT", 1),
    ("its", "its", "PRON", "poss", 3),
    ("ambassador", "ambassador", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
EN_SUSPENDED = [  # Korvex suspended its cooperation with Ruritania.
    ("Korvex", "Korvex", "PROPN", "nsubj", 1),
    ("suspended", "suspend", "VERB", "ROOT", 1),
    ("its", "its", "PRON", "poss", 3),
    ("cooperation", "cooperation", "NOUN", "dobj", 1),
    ("with", "with", "ADP", "prep", 3),
    ("Ruritania", "Ruritania", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]

EN_DIED = [  # The officer died of his wounds.
    ("The", "the", "DET", "det", 1),
    ("officer", "officer", "NOUN", "nsubj", 2),
    ("died", "die", "VERB", "ROOT", 2),
    ("of", "of", "ADP", "prep", 2),
    ("his", "his", "PRON", "poss", 5),
    ("wounds", "wound", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 2),
]
EN_LOST = [  # The army lost six soldiers.
    ("The", "the", "DET", "det", 1),
    ("army", "army", "NOUN", "nsubj", 2),
    ("lost", "lose", "VERB", "ROOT", 2),
    ("six", "six", "NUM", "nummod", 4),
    ("soldiers", "soldier", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_SEIZED = [  # Weapons were recovered by the gang.
    ("Weapons", "weapon", "NOUN", "nsubjpass", 2),
    ("were", "be", "AUX", "auxpass", 2),
    ("recovered", "recover", "VERB", "ROOT", 2),
    ("by", "by", "ADP", "agent", 2),
    ("the", "the", "DET", "det", 5),
    ("gang", "gang", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 2),
]
EN_CLASHES = [  # Clashes between the army and the rebels continued.
    ("Clashes", "clash", "NOUN", "nsubj", 7),
    ("between", "between", "ADP", "prep", 0),
    ("the", "the", "DET", "det", 3),
    ("army", "army", "NOUN", "pobj", 1),
    ("and", "and", "CCONJ", "cc", 3),
    ("the", "the", "DET", "det", 6),
    ("rebels", "rebel", "NOUN", "conj", 3),
    ("continued", "continue", "VERB", "ROOT", 7),
    (".", ".", "PUNCT", "punct", 7),
]
EN_FIGHTING = [  # Fighting between the Korvi militia and the army.
    ("Fighting", "fight", "VERB", "ROOT", 0, "Aspect=Prog|Tense=Pres|VerbForm=Part"),
    ("between", "between", "ADP", "prep", 0),
    ("the", "the", "DET", "det", 4),
    ("Korvi", "Korvi", "PROPN", "compound", 4),
    ("militia", "militia", "NOUN", "pobj", 1),
    ("and", "and", "CCONJ", "cc", 4),
    ("the", "the", "DET", "det", 7),
    ("army", "army", "NOUN", "conj", 4),
    (".", ".", "PUNCT", "punct", 0),
]
EN_ON_STRIKE = [  # Court clerks on strike in Tarsa.
    ("Court", "court", "NOUN", "compound", 1),
    ("clerks", "clerk", "NOUN", "ROOT", 1),
    ("on", "on", "ADP", "prep", 1),
    ("strike", "strike", "NOUN", "pobj", 2),
    ("in", "in", "ADP", "prep", 3),
    ("Tarsa", "Tarsa", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
EN_CLASHED_WITH = [  # Soldiers clashed with Korvi militants.
    ("Soldiers", "soldier", "NOUN", "nsubj", 1),
    ("clashed", "clash", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("with", "with", "ADP", "prep", 1),
    ("Korvi", "Korvi", "PROPN", "compound", 4),
    ("militants", "militant", "NOUN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]
EN_SHOPS_TORCHED = [  # Several shops torched.
    ("Several", "several", "ADJ", "amod", 1),
    ("shops", "shop", "NOUN", "nsubj", 2),
    ("torched", "torch", "VERB", "ROOT", 2, "Aspect=Perf|Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", "punct", 2),
]
EN_CARRIED_OUT = [  # The attack carried out by militants against the convoy failed.
    ("The", "the", "DET", "det", 1),
    ("attack", "attack", "NOUN", "nsubj", 10),
    ("carried", "carry", "VERB", "acl", 1, "VerbForm=Part|Tense=Past"),
    ("out", "out", "ADP", "prt", 2),
    ("by", "by", "ADP", "agent", 2),
    ("militants", "militant", "NOUN", "pobj", 4),
    ("against", "against", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 8),
    ("convoy", "convoy", "NOUN", "pobj", 6),
    ("failed", "fail", "VERB", "ROOT", 10),
    (".", ".", "PUNCT", "punct", 10),
]
EN_SANCTIONS_ON = [  # Korvex imposed sanctions on Ruritania.
    ("Korvex", "Korvex", "PROPN", "nsubj", 1),
    ("imposed", "impose", "VERB", "ROOT", 1),
    ("sanctions", "sanction", "NOUN", "dobj", 1),
    ("on", "on", "ADP", "prep", 1),
    ("Ruritania", "Ruritania", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]

EN_THAT_HIT = [  # The strike that hit a school failed.
    ("The", "the", "DET", "det", 1),
    ("strike", "strike", "NOUN", "nsubj", 6),
    ("that", "that", "PRON", "nsubj", 3, "PronType=Rel"),
    ("hit", "hit", "VERB", "relcl", 1),
    ("a", "a", "DET", "det", 5),
    ("school", "school", "NOUN", "dobj", 3),
    ("failed", "fail", "VERB", "ROOT", 6),
    (".", ".", "PUNCT", "punct", 6),
]
EN_STORMED = [  # Gunmen stormed the community.
    ("Gunmen", "gunman", "NOUN", "nsubj", 1),
    ("stormed", "storm", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("community", "community", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
EN_KILLED_IN_ATTACK = [  # Ten people were killed in an attack by militants.
    ("Ten", "ten", "NUM", "nummod", 1),
    ("people", "people", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("killed", "kill", "VERB", "ROOT", 3),
    ("in", "in", "ADP", "prep", 3),
    ("an", "an", "DET", "det", 6),
    ("attack", "attack", "NOUN", "pobj", 4),
    ("by", "by", "ADP", "prep", 6),
    ("militants", "militant", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 3),
]


def _trigger(rows, lang, word, ents=()) -> Trigger:
    doc = make_doc(rows, list(ents), lang)
    found = find_triggers(doc[:], langdata.get(lang))
    matches = [t for t in found if t.token.text == word]
    assert matches, [t.token.text for t in found]
    return matches[0]


def _context(rows, lang, word, ents=()) -> RoleContext:
    return RoleContext(_trigger(rows, lang, word, ents), langdata.get(lang))


def _winner(rules, ctx):
    for rule in rules:
        tok = rule(ctx)
        if tok is not None:
            return rule.__name__, tok
    return None, None


# --------------------------------------------------------------------------- actor rules

ACTOR_CASES = [
    # French
    ("_passive_agent", "fr", FR_PASSIVE, (), "attaqué", "des hommes armés"),
    ("_active_subject", "fr", FR_ACTIVE, (), "attaqué", "Les rebelles"),
    ("_active_subject", "fr", FR_WEAPON_SUBJECT, (), "frappé", "l'armée"),
    ("_noun_phrase_agent", "fr", FR_NOUN_AGENT, (), "attaque", "Korvex"),
    ("_weapon_of_noun", "fr", FR_WEAPON_OF_NOUN, (), "frappe", "l'armée"),
    ("_noun_claimant", "fr", FR_CLAIMED, (), "attaque", "les rebelles"),
    ("_actor_adjective", "fr", FR_ADJECTIVE, (), "frappe", "française"),
    ("_possessor_subject", "fr", FR_CONTINUED, (), "opérations", "L'armée"),
    ("_passive_agent", "fr", FR_SEIZED, (), "récupérées", "le gang"),
    ("_first_party", "fr", FR_CLASHES, (), "combats", "l'armée"),
    ("_noun_phrase_agent", "fr", FR_LAUNCHED, (), "offensive", "l'armée"),
    ("_passive_agent", "fr", FR_HIT_BY_MISSILE, (), "touché", "un missile russe"),
    ("_event_phrase_agent", "fr", FR_KILLED_IN_ATTACK, (), "tués", "rebelles"),
    ("_people_in_event", "fr", FR_ON_STRIKE, (), "infirmiers", "Les infirmiers"),
    # a known group the tagger took for a place, its aim cut off
    ("_event_phrase_agent", "fr", FR_GROUP_TAGGED_PLACE, ((9, 11, "LOC"),), "tués", "Boko Haram"),
    # English
    ("_passive_agent", "en", EN_PASSIVE, (), "ambushed", "gunmen"),
    ("_active_subject", "en", EN_ACTIVE, (), "attacked", "Rebels"),
    ("_noun_phrase_agent", "en", EN_NOUN_AGENT, (), "attack", "militants"),
    ("_noun_possessor", "en", EN_POSSESSOR, (), "offensive", "Korvex"),
    ("_weapon_of_noun", "en", EN_WEAPON_OF_NOUN, (), "strike", "army"),
    ("_noun_claimant", "en", EN_CLAIMED, (), "attack", "Korvex"),
    ("_actor_adjective", "en", EN_ADJECTIVE, (), "strike", "military"),
    ("_possessor_subject", "en", EN_STEPPED_UP, (), "attacks", "The army"),
    ("_passive_agent", "en", EN_SEIZED, (), "recovered", "the gang"),
    ("_first_party", "en", EN_CLASHES, (), "Clashes", "the army"),
    ("_noun_phrase_agent", "en", EN_CARRIED_OUT, (), "attack", "militants"),
    ("_event_phrase_agent", "en", EN_KILLED_IN_ATTACK, (), "killed", "militants"),
    ("_first_party", "en", EN_FIGHTING, (), "Fighting", "the Korvi militia"),
    ("_people_in_event", "en", EN_ON_STRIKE, (), "clerks", "Court clerks"),
]


@pytest.mark.parametrize(
    "rule,lang,rows,ents,word,actor", ACTOR_CASES, ids=[f"{c[1]}{c[0]}" for c in ACTOR_CASES]
)
def test_actor_rules(rule, lang, rows, ents, word, actor):
    ctx = _context(rows, lang, word, ents)
    _, claimed = find_target(ctx)
    name, tok = _winner(ACTOR_RULES, replace(ctx, noun_target=claimed))
    assert name == rule
    assert np_span(tok).text.startswith(actor)  # read_roles cuts the event out of it
    roles = read_roles(ctx.trig, ctx.lang, frozenset())
    assert roles.actor is not None and roles.actor.text == actor


EN_ARREST_BY = [  # The arrest by police sparked protests.
    ("The", "the", "DET", "det", 1),
    ("arrest", "arrest", "NOUN", "nsubj", 4),
    ("by", "by", "ADP", "prep", 1),
    ("police", "police", "NOUN", "pobj", 2),
    ("sparked", "spark", "VERB", "ROOT", 4),
    ("protests", "protest", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 4),
]


def test_phrase_taken_as_target_is_no_agent():
    # English: the patient phrase of "arrest" took "by police" as target (the rules read
    # "of"/"by" alike there), so the agent rule may not take it too
    ctx = _context(EN_ARREST_BY, "en", "arrest")
    target, claimed = find_target(ctx)
    assert target is not None and claimed is not None and target.text == "police"
    roles = read_roles(ctx.trig, ctx.lang, frozenset())
    assert roles.target is not None and roles.target.text == "police"
    assert roles.actor is None


# --------------------------------------------------------------------------- target rules

TARGET_CASES = [
    # French
    ("_passive_idiom_noun", "fr", FR_EXPELLED, (), "expulsés", "Deux diplomates"),
    ("_passive_subject", "fr", FR_PASSIVE, (), "attaqué", "Le convoi"),
    ("_active_object", "fr", FR_ACTIVE, (), "attaqué", "la caserne"),
    ("_opponent", "fr", FR_CLASHED_WITH, (), "affrontés", "des rebelles"),
    ("_noun_phrase_target", "fr", FR_NOUN_AGENT, (), "attaque", "la base"),
    ("_victim_of_event_subject", "fr", FR_BLAST_KILLED, (), "explosion", "trois civils"),
    ("_victim_of_event_subject", "fr", FR_WEAPON_OF_NOUN, (), "frappe", "le marché"),
    ("_clause_phrase_target", "fr", FR_OPENED_FIRE, (), "ouvert", "les manifestants"),
    ("_recipient", "fr", FR_PHONED, (), "téléphoné", "Korvex"),
    ("_dying_subject", "fr", FR_DIED, (), "mort", "Le soldat"),
    ("_passive_subject", "fr", FR_SEIZED, (), "récupérées", "Des armes"),
    ("_passive_subject", "fr", FR_RELEASED_AFTER, (), "libérés", "Les otages"),
    ("_active_object", "fr", FR_LOST, (), "perdu", "six hommes"),
    ("_noun_phrase_target", "fr", FR_LAUNCHED, (), "offensive", "les rebelles"),
    ("_second_party", "fr", FR_CLASHES, (), "combats", "les rebelles"),
    ("_relative_object", "fr", FR_AIMED_AT, (), "attaque", "l'école"),
    ("_noun_phrase_target", "fr", FR_WAVE, (), "lancé", "la base"),
    ("_active_object", "fr", FR_CAMP, (), "bombardé", "le camp des déplacés"),
    ("_passive_subject", "fr", FR_NAMED_HOSTAGE, [(0, 2, "PER")], "enlevé", "Pierre Korva"),
    ("_passive_subject", "fr", FR_JUST_RELEASED, (), "libérés", "Les otages"),
    # English
    ("_passive_idiom_noun", "en", EN_EXPELLED, (), "expelled", "Two diplomats"),
    ("_passive_subject", "en", EN_PASSIVE, (), "ambushed", "The convoy"),
    ("_active_object", "en", EN_ACTIVE, (), "attacked", "the base"),
    ("_opponent", "en", EN_CLASHED_WITH, (), "clashed", "Korvi militants"),
    ("_headline_passive", "en", EN_SHOPS_TORCHED, (), "torched", "Several shops"),
    ("_noun_phrase_target", "en", EN_NOUN_AGENT, (), "attack", "the base"),
    ("_victim_of_event_subject", "en", EN_STRIKE_KILLED, (), "strike", "four people"),
    ("_clause_phrase_target", "en", EN_OPENED_FIRE, (), "opened", "protesters"),
    ("_recipient", "en", EN_DONATED, (), "donated", "the Red Cross"),
    ("_dying_subject", "en", EN_DIED, (), "died", "The officer"),
    ("_passive_subject", "en", EN_SEIZED, (), "recovered", "Weapons"),
    ("_active_object", "en", EN_LOST, (), "lost", "six soldiers"),
    ("_noun_phrase_target", "en", EN_CARRIED_OUT, (), "attack", "the convoy"),
    ("_second_party", "en", EN_CLASHES, (), "Clashes", "the rebels"),
    ("_second_party", "en", EN_FIGHTING, (), "Fighting", "the army"),
    ("_relative_object", "en", EN_THAT_HIT, (), "strike", "a school"),
    ("_clause_phrase_target", "en", EN_SANCTIONS_ON, [(4, 5, "GPE")], "sanctions", "Ruritania"),
]


@pytest.mark.parametrize(
    "rule,lang,rows,ents,word,target", TARGET_CASES, ids=[f"{c[1]}{c[0]}" for c in TARGET_CASES]
)
def test_target_rules(rule, lang, rows, ents, word, target):
    ctx = _context(rows, lang, word, ents)
    name, tok = _winner(TARGET_RULES, ctx)
    assert name == rule
    assert np_span(tok, cut=place_cut(tok)).text == target
    roles = read_roles(ctx.trig, ctx.lang, frozenset())
    assert roles.target is not None and roles.target.text == target


# --------------------------------------------------------------------------- target filters

FILTER_CASES = [
    # French
    ("_given_not_recipient", "fr", FR_SENT_TO, (), "envoyé", "des médicaments", "la Ruritanie"),
    ("_casualty_toll", "fr", FR_TOLL, (), "explosion", "trois morts", None),
    ("_topic_owner", "fr", FR_REJECTED, (), "rejeté", "la résolution du Conseil", "Conseil"),
    ("_protest_without_people", "fr", FR_PROTEST_LAW, (), "manifesté", "la loi", None),
    ("_place_hit", "fr", FR_VILLAGE, [(7, 8, "LOC")], "bombardé", "le village", None),
    ("_own_envoy", "fr", FR_RECALLED, (), "rappelé", "son ambassadeur", None),
    # English
    ("_given_not_recipient", "en", EN_SENT_TO, (), "sent", "medicine", "Ruritania"),
    ("_casualty_toll", "en", EN_TOLL, (), "blast", "three dead", None),
    (
        "_topic_owner",
        "en",
        EN_REJECTED,
        (),
        "rejected",
        "the resolution of the Council",
        "the Council",
    ),
    ("_topic_owner", "en", EN_CONDEMNED, (), "condemned", "the killings", None),
    ("_protest_without_people", "en", EN_PROTEST_LAW, (), "protested", "the law", None),
    ("_place_hit", "en", EN_VILLAGE, [(5, 6, "LOC")], "bombed", "a village", None),
    ("_place_hit", "en", EN_STORMED, (), "stormed", "the community", None),
    ("_own_envoy", "en", EN_RECALLED, (), "recalled", "its ambassador", None),
]


@pytest.mark.parametrize(
    "name,lang,rows,ents,word,found,kept", FILTER_CASES, ids=[f"{c[1]}{c[0]}" for c in FILTER_CASES]
)
def test_target_filters(name, lang, rows, ents, word, found, kept):
    ctx = _context(rows, lang, word, ents)
    _, tok = _winner(TARGET_RULES, ctx)
    assert np_span(tok, cut=place_cut(tok)).text == found
    # every filter before the named one keeps what the rules found
    filters = {f.__name__: f for f in TARGET_FILTERS}
    order = [f.__name__ for f in TARGET_FILTERS]
    for earlier in order[: order.index(name)]:
        assert filters[earlier](ctx, tok) is tok
    out = filters[name](ctx, tok)
    assert (np_span(out).text if out is not None else None) == kept
    roles = read_roles(ctx.trig, ctx.lang, frozenset())
    assert (roles.target.text if roles.target is not None else None) == kept


FALLBACK_CASES = [
    # French
    ("_partner", "fr", FR_SUSPENDED, "suspendu", "la Ruritanie"),
    # English
    ("_partner", "en", EN_SUSPENDED, "suspended", "Ruritania"),
]


@pytest.mark.parametrize(
    "rule,lang,rows,word,target", FALLBACK_CASES, ids=[c[1] for c in FALLBACK_CASES]
)
def test_target_fallbacks(rule, lang, rows, word, target):
    ctx = _context(rows, lang, word)
    name, tok = _winner(TARGET_FALLBACKS, ctx)
    assert name == rule and np_span(tok).text == target
    roles = read_roles(ctx.trig, ctx.lang, frozenset())
    assert roles.target is not None and roles.target.text == target


def test_a_date_is_no_role():
    # English: "Rebels attacked the base": with "base" inside a time expression
    ctx = _context(EN_ACTIVE, "en", "attacked")
    roles = read_roles(ctx.trig, ctx.lang, frozenset({3}))
    assert roles.target is None and roles.actor is not None


NO_ACTOR_CASES = [
    # French: the victim's own verbs, an event as agent, what is mobilised is no target
    ("fr", FR_DIED, "mort"),
    ("fr", FR_LOST, "perdu"),
    ("fr", FR_HIT_BY_SHOT, "touché"),
    ("fr", FR_REPORTED_WOUNDED, "blessé"),
    # English
    ("en", EN_DIED, "died"),
    ("en", EN_LOST, "lost"),
]


@pytest.mark.parametrize("lang,rows,word", NO_ACTOR_CASES, ids=[c[2] for c in NO_ACTOR_CASES])
def test_victims_verbs_have_no_actor(lang, rows, word):
    ctx = _context(rows, lang, word)
    roles = read_roles(ctx.trig, ctx.lang, frozenset())
    assert roles.actor is None


def test_a_date_before_the_object_hides_no_target():
    # French: "a tué mardi des soldats", the object parsed under the weekday
    ctx = _context(FR_DATE_BEFORE_OBJECT, "fr", "tué")
    roles = read_roles(ctx.trig, ctx.lang, frozenset({4}))
    assert roles.target is not None and roles.target.root.text == "soldats"
    assert roles.actor is not None and roles.actor.text == "Les rebelles"


def test_mobilised_troops_are_no_role():
    # French: an agentless passive names no actor, and what is mobilised is no target
    ctx = _context(FR_MOBILISED, "fr", "mobilisés")
    roles = read_roles(ctx.trig, ctx.lang, frozenset())
    assert roles.target is None and roles.actor is None


def test_a_time_expression_under_the_actor_is_cut():
    # English: a time expression hung under the subject by the parser
    doc_rows = [
        ("Korva", "Korva", "PROPN", "nsubj", 4),
        ("for", "for", "ADP", "prep", 0),
        ("weeks", "week", "NOUN", "pobj", 1),
        ("had", "have", "AUX", "aux", 4),
        ("attacked", "attack", "VERB", "ROOT", 4),
        ("the", "the", "DET", "det", 6),
        ("base", "base", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    ctx = _context(doc_rows, "en", "attacked")
    roles = read_roles(ctx.trig, ctx.lang, frozenset({1, 2}))
    assert roles.actor is not None and roles.actor.text == "Korva"


def test_a_hyphenated_name_is_one_word():
    # English: "Al-Korvi fighters looted the market." (the hyphen is the name's)
    from docbuild import vocab
    from spacy.tokens import Doc

    words = ["Al", "-", "Korvi", "fighters", "looted", "the", "market", "."]
    doc = Doc(
        vocab("en"),
        words=words,
        spaces=[False, False, True, True, True, True, False, False],
        pos=["PROPN", "PUNCT", "PROPN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        deps=["compound", "punct", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
        heads=[2, 2, 3, 4, 4, 6, 4, 4],
    )
    assert np_span(doc[3]).text == "Al-Korvi fighters"
