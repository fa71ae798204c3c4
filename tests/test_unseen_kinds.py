"""Kinds of non-events met in real news the project never saw (issue 10, unseen text), on
hand-built parses: deals of the market, a refusal to comment, a signature of no document
(a sports win), a naming verb, harm told with an accident or a disaster, what rescue
services do (not what they tell); the patient of an attack noun after "of"; a feared
event. Each kind has its event twin, which stays. Sentences are invented.
"""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.modality import modality
from eventline.extract.roles import read_roles
from eventline.extract.triggers import find_triggers, is_non_event, toll_trigger

PART = "Tense=Past|VerbForm=Part"
PASS = "Tense=Past|VerbForm=Part|Voice=Pass"


def _triggers(rows, lang):
    doc = make_doc(rows, [], lang)
    return {t.token.text for t in find_triggers(doc[:], langdata.get(lang))}


# --------------------------------------------------------------------------- parses

# French
FR_SIGNED_WIN = [  # Le coureur a signé sa troisième victoire.
    ("Le", "le", "DET", "det", 1),
    ("coureur", "coureur", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("signé", "signer", "VERB", "ROOT", 3, PART),
    ("sa", "son", "DET", "det", 6),
    ("troisième", "troisième", "ADJ", "amod", 6),
    ("victoire", "victoire", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_SIGNED_DECREE = [  # Le ministre a signé le décret.
    ("Le", "le", "DET", "det", 1),
    ("ministre", "ministre", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("signé", "signer", "VERB", "ROOT", 3, PART),
    ("le", "le", "DET", "det", 5),
    ("décret", "décret", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_SIGNED_IN_TOWN_A_PACT = [  # Les pays ont signé jeudi à Vallon un pacte (the day as object).
    ("Les", "le", "DET", "det", 1),
    ("pays", "pays", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("signé", "signer", "VERB", "ROOT", 3, PART),
    ("jeudi", "jeudi", "NOUN", "obj", 3),
    ("à", "à", "ADP", "case", 6),
    ("Vallon", "vallon", "NOUN", "obl:mod", 3),
    ("un", "un", "DET", "det", 8),
    ("pacte", "pacte", "NOUN", "obj", 6),
    (".", ".", "PUNCT", "punct", 3),
]
FR_SIGNED_A_FINE_WIN = [  # L'équipe a signé une belle victoire à Vallon.
    ("L'", "le", "DET", "det", 1),
    ("équipe", "équipe", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("signé", "signer", "VERB", "ROOT", 3, PART),
    ("une", "un", "DET", "det", 6),
    ("belle", "beau", "ADJ", "amod", 6),
    ("victoire", "victoire", "NOUN", "obj", 3),
    ("à", "à", "ADP", "case", 8),
    ("Vallon", "Vallon", "PROPN", "nmod", 6),
    (".", ".", "PUNCT", "punct", 3),
]
FR_HURT_IN_COLLISION = [  # Deux conducteurs ont été blessés dans une collision.
    ("Deux", "deux", "NUM", "nummod", 1),
    ("conducteurs", "conducteur", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("blessés", "blesser", "VERB", "ROOT", 4, PASS),
    ("dans", "dans", "ADP", "case", 7),
    ("une", "un", "DET", "det", 7),
    ("collision", "collision", "NOUN", "obl:mod", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_KILLED_BY_BOMB_FIREMEN_SAY = [  # Un soldat a été tué par une bombe, selon les pompiers.
    ("Un", "un", "DET", "det", 1),
    ("soldat", "soldat", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("tué", "tuer", "VERB", "ROOT", 4, PASS),
    ("par", "par", "ADP", "case", 7),
    ("une", "un", "DET", "det", 7),
    ("bombe", "bombe", "NOUN", "obl:agent", 4),
    (",", ",", "PUNCT", "punct", 11),
    ("selon", "selon", "ADP", "case", 11),
    ("les", "le", "DET", "det", 11),
    ("pompiers", "pompier", "NOUN", "obl:mod", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_KILLED_RESCUERS_SAY = [  # Deux civils ont été tués, selon les secouristes.
    ("Deux", "deux", "NUM", "nummod", 1),
    ("civils", "civil", "NOUN", "nsubj:pass", 4),
    ("ont", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("tués", "tuer", "VERB", "ROOT", 4, PASS),
    (",", ",", "PUNCT", "punct", 8),
    ("selon", "selon", "ADP", "case", 8),
    ("les", "le", "DET", "det", 8),
    ("secouristes", "secouriste", "NOUN", "obl:mod", 4),
    (".", ".", "PUNCT", "punct", 4),
]
FR_FIREMEN_RESCUED = [  # Les pompiers ont secouru le conducteur.
    ("Les", "le", "DET", "det", 1),
    ("pompiers", "pompier", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("secouru", "secourir", "VERB", "ROOT", 3, PART),
    ("le", "le", "DET", "det", 5),
    ("conducteur", "conducteur", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_RESCUERS_TOOK_WOUNDED = [  # Les secouristes ont conduit trois blessés à l'hôpital.
    ("Les", "le", "DET", "det", 1),
    ("secouristes", "secouriste", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("conduit", "conduire", "VERB", "ROOT", 3, PART),
    ("trois", "trois", "NUM", "nummod", 5),
    ("blessés", "blessé", "NOUN", "obj", 3),
    ("à", "à", "ADP", "case", 8),
    ("l'", "le", "DET", "det", 8),
    ("hôpital", "hôpital", "NOUN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_AGENCY_RESCUED = [  # L'agence a secouru les déplacés.
    ("L'", "le", "DET", "det", 1),
    ("agence", "agence", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("secouru", "secourir", "VERB", "ROOT", 3, PART),
    ("les", "le", "DET", "det", 5),
    ("déplacés", "déplacé", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_SHAREHOLDERS_REJECTED = [  # Les actionnaires ont rejeté la fusion.
    ("Les", "le", "DET", "det", 1),
    ("actionnaires", "actionnaire", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("rejeté", "rejeter", "VERB", "ROOT", 3, PART),
    ("la", "le", "DET", "det", 5),
    ("fusion", "fusion", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_UNIONS_REJECTED = [  # Les syndicats ont rejeté la réforme.
    ("Les", "le", "DET", "det", 1),
    ("syndicats", "syndicat", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("rejeté", "rejeter", "VERB", "ROOT", 3, PART),
    ("la", "le", "DET", "det", 5),
    ("réforme", "réforme", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_REFUSED_TO_COMMENT = [  # Le ministère a refusé de commenter.
    ("Le", "le", "DET", "det", 1),
    ("ministère", "ministère", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("refusé", "refuser", "VERB", "ROOT", 3, PART),
    ("de", "de", "ADP", "mark", 5),
    ("commenter", "commenter", "VERB", "xcomp", 3, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 3),
]
FR_REFUSED_TO_WITHDRAW = [  # La junte a refusé de retirer ses troupes.
    ("La", "le", "DET", "det", 1),
    ("junte", "junte", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("refusé", "refuser", "VERB", "ROOT", 3, PART),
    ("de", "de", "ADP", "mark", 5),
    ("retirer", "retirer", "VERB", "xcomp", 3, "VerbForm=Inf"),
    ("ses", "son", "DET", "det", 7),
    ("troupes", "troupe", "NOUN", "obj", 5),
    (".", ".", "PUNCT", "punct", 3),
]

# English
EN_REFUSED_TO_GIVE_NAME = [  # The officer refused to give his name.
    ("The", "the", "DET", "det", 1),
    ("officer", "officer", "NOUN", "nsubj", 2),
    ("refused", "refuse", "VERB", "ROOT", 2),
    ("to", "to", "PART", "aux", 4),
    ("give", "give", "VERB", "xcomp", 2),
    ("his", "his", "PRON", "poss", 6),
    ("name", "name", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
EN_REFUSED_TO_DISARM = [  # The militia refused to surrender its weapons.
    ("The", "the", "DET", "det", 1),
    ("militia", "militia", "NOUN", "nsubj", 2),
    ("refused", "refuse", "VERB", "ROOT", 2),
    ("to", "to", "PART", "aux", 4),
    ("surrender", "surrender", "VERB", "xcomp", 2),
    ("its", "its", "PRON", "poss", 6),
    ("weapons", "weapon", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
EN_SIGNED_THEM = [  # The envoy signed them herself.
    ("The", "the", "DET", "det", 1),
    ("envoy", "envoy", "NOUN", "nsubj", 2),
    ("signed", "sign", "VERB", "ROOT", 2),
    ("them", "they", "PRON", "dobj", 2),
    ("herself", "herself", "PRON", "npadvmod", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_AGREED_TO_BUY_ARMS = [  # The states agreed to buy equipment.
    ("The", "the", "DET", "det", 1),
    ("states", "state", "NOUN", "nsubj", 2),
    ("agreed", "agree", "VERB", "ROOT", 2),
    ("to", "to", "PART", "aux", 4),
    ("buy", "buy", "VERB", "xcomp", 2),
    ("equipment", "equipment", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
EN_SENT_SIGNALS = [  # The officials sent new signals.
    ("The", "the", "DET", "det", 1),
    ("officials", "official", "NOUN", "nsubj", 2),
    ("sent", "send", "VERB", "ROOT", 2),
    ("new", "new", "ADJ", "amod", 4),
    ("signals", "signal", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_SENT_FOOD = [  # The officials sent food.
    ("The", "the", "DET", "det", 1),
    ("officials", "official", "NOUN", "nsubj", 2),
    ("sent", "send", "VERB", "ROOT", 2),
    ("food", "food", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_BOARD_REJECTED_BID = [  # The board rejected the bid.
    ("The", "the", "DET", "det", 1),
    ("board", "board", "NOUN", "nsubj", 2),
    ("rejected", "reject", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4),
    ("bid", "bid", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_REBELS_REJECTED_TRUCE = [  # The rebels rejected the truce.
    ("The", "the", "DET", "det", 1),
    ("rebels", "rebel", "NOUN", "nsubj", 2),
    ("rejected", "reject", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4),
    ("truce", "truce", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_AGREED_TO_SELL = [  # The firm agreed to sell its plant.
    ("The", "the", "DET", "det", 1),
    ("firm", "firm", "NOUN", "nsubj", 2),
    ("agreed", "agree", "VERB", "ROOT", 2),
    ("to", "to", "PART", "aux", 4),
    ("sell", "sell", "VERB", "xcomp", 2),
    ("its", "its", "PRON", "poss", 6),
    ("plant", "plant", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
EN_AGREED_TO_WITHDRAW = [  # The army agreed to withdraw its troops.
    ("The", "the", "DET", "det", 1),
    ("army", "army", "NOUN", "nsubj", 2),
    ("agreed", "agree", "VERB", "ROOT", 2),
    ("to", "to", "PART", "aux", 4),
    ("withdraw", "withdraw", "VERB", "xcomp", 2),
    ("its", "its", "PRON", "poss", 6),
    ("troops", "troop", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
EN_BOUGHT_STAKE = [  # The group bought a stake in the bank.
    ("The", "the", "DET", "det", 1),
    ("group", "group", "NOUN", "nsubj", 2),
    ("bought", "buy", "VERB", "ROOT", 2),
    ("a", "a", "DET", "det", 4),
    ("stake", "stake", "NOUN", "dobj", 2),
    ("in", "in", "ADP", "prep", 4),
    ("the", "the", "DET", "det", 7),
    ("bank", "bank", "NOUN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
EN_BOUGHT_WEAPONS = [  # The militia bought weapons.
    ("The", "the", "DET", "det", 1),
    ("militia", "militia", "NOUN", "nsubj", 2),
    ("bought", "buy", "VERB", "ROOT", 2),
    ("weapons", "weapon", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_CALLED_IT_A_MISTAKE = [  # The mayor called the decision a mistake.
    ("The", "the", "DET", "det", 1),
    ("mayor", "mayor", "NOUN", "nsubj", 2),
    ("called", "call", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4),
    ("decision", "decision", "NOUN", "dobj", 2),
    ("a", "a", "DET", "det", 6),
    ("mistake", "mistake", "NOUN", "oprd", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_CALLED_FOR_TALKS = [  # The mayor called on the parties to talk.
    ("The", "the", "DET", "det", 1),
    ("mayor", "mayor", "NOUN", "nsubj", 2),
    ("called", "call", "VERB", "ROOT", 2),
    ("on", "on", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 5),
    ("parties", "party", "NOUN", "pobj", 3),
    ("to", "to", "PART", "aux", 7),
    ("talk", "talk", "VERB", "xcomp", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_KILLED_IN_FLOOD = [  # Ten people were killed in a flood.
    ("Ten", "ten", "NUM", "nummod", 1),
    ("people", "people", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("killed", "kill", "VERB", "ROOT", 3),
    ("in", "in", "ADP", "prep", 3),
    ("a", "a", "DET", "det", 6),
    ("flood", "flood", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]
EN_HELICOPTER_CRASH_KILLED = [  # The helicopter crash killed five soldiers.
    ("The", "the", "DET", "det", 2),
    ("helicopter", "helicopter", "NOUN", "compound", 2),
    ("crash", "crash", "NOUN", "nsubj", 3),
    ("killed", "kill", "VERB", "ROOT", 3),
    ("five", "five", "NUM", "nummod", 5),
    ("soldiers", "soldier", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
EN_KILLED_BY_MINE_FIREMEN_SAY = [  # Two soldiers were killed by a mine, firefighters said.
    ("Two", "two", "NUM", "nummod", 1),
    ("soldiers", "soldier", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("killed", "kill", "VERB", "ccomp", 9),
    ("by", "by", "ADP", "agent", 3),
    ("a", "a", "DET", "det", 6),
    ("mine", "mine", "NOUN", "pobj", 4),
    (",", ",", "PUNCT", "punct", 9),
    ("firefighters", "firefighter", "NOUN", "nsubj", 9),
    ("said", "say", "VERB", "ROOT", 9),
    (".", ".", "PUNCT", "punct", 9),
]
EN_FIREFIGHTERS_RESCUED = [  # Firefighters rescued the driver.
    ("Firefighters", "firefighter", "NOUN", "nsubj", 1),
    ("rescued", "rescue", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("driver", "driver", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
EN_TROOPS_RESCUED = [  # The troops rescued the hostages.
    ("The", "the", "DET", "det", 1),
    ("troops", "troop", "NOUN", "nsubj", 2),
    ("rescued", "rescue", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4),
    ("hostages", "hostage", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]

# (kind, lang, parse, trigger word, is it an event)
CASES = [
    # French
    ("a sports win signed", "fr", FR_SIGNED_WIN, "signé", False),
    ("a decree signed", "fr", FR_SIGNED_DECREE, "signé", True),
    ("a pact under a misparsed object", "fr", FR_SIGNED_IN_TOWN_A_PACT, "signé", True),
    ("a win with a place", "fr", FR_SIGNED_A_FINE_WIN, "signé", False),
    ("hurt in a collision", "fr", FR_HURT_IN_COLLISION, "blessés", False),
    ("firefighters the source", "fr", FR_KILLED_BY_BOMB_FIREMEN_SAY, "tué", True),
    ("rescuers the source", "fr", FR_KILLED_RESCUERS_SAY, "tués", True),
    ("firefighters rescuing", "fr", FR_FIREMEN_RESCUED, "secouru", False),
    ("an agency rescuing", "fr", FR_AGENCY_RESCUED, "secouru", True),
    ("shareholders rejecting a merger", "fr", FR_SHAREHOLDERS_REJECTED, "rejeté", False),
    ("unions rejecting a reform", "fr", FR_UNIONS_REJECTED, "rejeté", True),
    ("refusing to comment", "fr", FR_REFUSED_TO_COMMENT, "refusé", False),
    ("refusing to withdraw", "fr", FR_REFUSED_TO_WITHDRAW, "refusé", True),
    # English
    ("refusing to give a name", "en", EN_REFUSED_TO_GIVE_NAME, "refused", False),
    ("refusing to disarm", "en", EN_REFUSED_TO_DISARM, "refused", True),
    ("a pronoun signed", "en", EN_SIGNED_THEM, "signed", True),
    ("agreeing to buy equipment", "en", EN_AGREED_TO_BUY_ARMS, "agreed", True),
    ("sending signals", "en", EN_SENT_SIGNALS, "sent", False),
    ("sending food", "en", EN_SENT_FOOD, "sent", True),
    ("a board rejecting a bid", "en", EN_BOARD_REJECTED_BID, "rejected", False),
    ("rebels rejecting a truce", "en", EN_REBELS_REJECTED_TRUCE, "rejected", True),
    ("agreeing to sell", "en", EN_AGREED_TO_SELL, "agreed", False),
    ("agreeing to withdraw", "en", EN_AGREED_TO_WITHDRAW, "agreed", True),
    ("buying a stake", "en", EN_BOUGHT_STAKE, "bought", False),
    ("buying weapons", "en", EN_BOUGHT_WEAPONS, "bought", True),
    ("calling a decision a mistake", "en", EN_CALLED_IT_A_MISTAKE, "called", False),
    ("calling on parties to talk", "en", EN_CALLED_FOR_TALKS, "called", True),
    ("killed in a flood", "en", EN_KILLED_IN_FLOOD, "killed", False),
    ("a helicopter crash", "en", EN_HELICOPTER_CRASH_KILLED, "killed", False),
    ("firefighters the source", "en", EN_KILLED_BY_MINE_FIREMEN_SAY, "killed", True),
    ("firefighters rescuing", "en", EN_FIREFIGHTERS_RESCUED, "rescued", False),
    ("troops rescuing hostages", "en", EN_TROOPS_RESCUED, "rescued", True),
]


@pytest.mark.parametrize(
    ("kind", "lang", "rows", "word", "event"), CASES, ids=[c[0] for c in CASES]
)
def test_unseen_kinds(kind, lang, rows, word, event):
    assert (word in _triggers(rows, lang)) is event, kind


def test_a_toll_rescuers_carry_stays_an_event():
    """ "Les secouristes ont conduit trois blessés à l'hôpital": the toll is the event's."""
    doc = make_doc(FR_RESCUERS_TOOK_WOUNDED, [], "fr")
    data = langdata.get("fr")
    toll = toll_trigger(doc[:], data, find_triggers(doc[:], data))
    assert toll is not None and toll.token.text == "blessés"
    assert not is_non_event(toll, data)


# --------------------------------------------------------------------------- roles

# French
FR_ATTACK_OF_REBELS = [  # L'attaque des rebelles a tué deux gardes.
    ("L'", "le", "DET", "det", 1),
    ("attaque", "attaque", "NOUN", "nsubj", 5),
    ("des", "de", "ADP", "case", 3),
    ("rebelles", "rebelle", "NOUN", "nmod", 1),
    ("a", "avoir", "AUX", "aux:tense", 5),
    ("tué", "tuer", "VERB", "ROOT", 5, PART),
    ("deux", "deux", "NUM", "nummod", 7),
    ("gardes", "garde", "NOUN", "obj", 5),
    (".", ".", "PUNCT", "punct", 5),
]

# English
EN_BOMBING_OF_EMBASSY = [  # The bombing of the embassy shocked the capital.
    ("The", "the", "DET", "det", 1),
    ("bombing", "bombing", "NOUN", "nsubj", 5),
    ("of", "of", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("embassy", "embassy", "NOUN", "pobj", 2),
    ("shocked", "shock", "VERB", "ROOT", 5),
    ("the", "the", "DET", "det", 7),
    ("capital", "capital", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 5),
]
EN_VISIT_OF_MINISTER = [  # The visit of the minister ended.
    ("The", "the", "DET", "det", 1),
    ("visit", "visit", "NOUN", "nsubj", 5),
    ("of", "of", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("minister", "minister", "NOUN", "pobj", 2),
    ("ended", "end", "VERB", "ROOT", 5),
    (".", ".", "PUNCT", "punct", 5),
]

EN_KILLED_IN_EMBASSY_BOMBING = [  # Ten people were killed in the embassy bombing.
    ("Ten", "ten", "NUM", "nummod", 1),
    ("people", "people", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("killed", "kill", "VERB", "ROOT", 3),
    ("in", "in", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 7),
    ("embassy", "embassy", "NOUN", "compound", 7),
    ("bombing", "bombing", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]
EN_KILLED_IN_ARMY_RAID = [  # Ten people were killed in the army raid.
    ("Ten", "ten", "NUM", "nummod", 1),
    ("people", "people", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("killed", "kill", "VERB", "ROOT", 3),
    ("in", "in", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 7),
    ("army", "army", "NOUN", "compound", 7),
    ("raid", "raid", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]

# (kind, lang, parse, trigger word, actor, target)
ROLE_CASES = [
    # French
    ("the attackers after de", "fr", FR_ATTACK_OF_REBELS, "attaque", "rebelles", "deux gardes"),
    # English
    ("what was bombed after of", "en", EN_BOMBING_OF_EMBASSY, "bombing", None, "the embassy"),
    ("who visited after of", "en", EN_VISIT_OF_MINISTER, "visit", "the minister", None),
    (
        "a building before the attack noun",
        "en",
        EN_KILLED_IN_EMBASSY_BOMBING,
        "killed",
        None,
        "Ten people",
    ),
    (
        "a force before the attack noun",
        "en",
        EN_KILLED_IN_ARMY_RAID,
        "killed",
        "army",
        "Ten people",
    ),
]


@pytest.mark.parametrize(
    ("kind", "lang", "rows", "word", "actor", "target"), ROLE_CASES, ids=[c[0] for c in ROLE_CASES]
)
def test_unseen_role_kinds(kind, lang, rows, word, actor, target):
    doc = make_doc(rows, [], lang)
    data = langdata.get(lang)
    found = [t for t in find_triggers(doc[:], data) if t.token.text == word]
    assert found, word
    roles = read_roles(found[0], data, frozenset())
    got_actor = roles.actor.text if roles.actor is not None else None
    got_target = roles.target.text if roles.target is not None else None
    assert (got_actor, got_target) == (actor, target), kind


# --------------------------------------------------------------------------- modality

# French
FR_THREAT_OF_ATTACK = [  # La menace d'une attaque par les rebelles pèse sur la ville.
    ("La", "le", "DET", "det", 1),
    ("menace", "menace", "NOUN", "nsubj", 8),
    ("d'", "de", "ADP", "case", 4),
    ("une", "un", "DET", "det", 4),
    ("attaque", "attaque", "NOUN", "nmod", 1),
    ("par", "par", "ADP", "case", 7),
    ("les", "le", "DET", "det", 7),
    ("rebelles", "rebelle", "NOUN", "nmod", 4),
    ("pèse", "peser", "VERB", "ROOT", 8),
    ("sur", "sur", "ADP", "case", 11),
    ("la", "le", "DET", "det", 11),
    ("ville", "ville", "NOUN", "obl:arg", 8),
    (".", ".", "PUNCT", "punct", 8),
]
FR_TOLL_OF_ATTACK = [  # Le bilan de l'attaque par les rebelles s'alourdit.
    ("Le", "le", "DET", "det", 1),
    ("bilan", "bilan", "NOUN", "nsubj", 9),
    ("de", "de", "ADP", "case", 4),
    ("l'", "le", "DET", "det", 4),
    ("attaque", "attaque", "NOUN", "nmod", 1),
    ("par", "par", "ADP", "case", 7),
    ("les", "le", "DET", "det", 7),
    ("rebelles", "rebelle", "NOUN", "nmod", 4),
    ("s'", "se", "PRON", "expl:comp", 9),
    ("alourdit", "alourdir", "VERB", "ROOT", 9),
    (".", ".", "PUNCT", "punct", 9),
]

# English
EN_RISK_OF_AIR_STRIKES = [  # The risk of air strikes rose.
    ("The", "the", "DET", "det", 1),
    ("risk", "risk", "NOUN", "nsubj", 5),
    ("of", "of", "ADP", "prep", 1),
    ("air", "air", "NOUN", "compound", 4),
    ("strikes", "strike", "NOUN", "pobj", 2),
    ("rose", "rise", "VERB", "ROOT", 5),
    (".", ".", "PUNCT", "punct", 5),
]

EN_TOLL_OF_AIR_STRIKES = [  # The toll of air strikes rose.
    ("The", "the", "DET", "det", 1),
    ("toll", "toll", "NOUN", "nsubj", 5),
    ("of", "of", "ADP", "prep", 1),
    ("air", "air", "NOUN", "compound", 4),
    ("strikes", "strike", "NOUN", "pobj", 2),
    ("rose", "rise", "VERB", "ROOT", 5),
    (".", ".", "PUNCT", "punct", 5),
]

EN_COULD_BE_CHARGED = [  # The mayor could be arrested.
    ("The", "the", "DET", "det", 1),
    ("mayor", "mayor", "NOUN", "nsubjpass", 4),
    ("could", "could", "AUX", "aux", 4),
    ("be", "be", "AUX", "auxpass", 4),
    ("arrested", "arrest", "VERB", "ROOT", 4),
    (".", ".", "PUNCT", "punct", 4),
]
EN_MAY_HAVE_BEEN_KILLED = [  # Ten soldiers may have been killed.
    ("Ten", "ten", "NUM", "nummod", 1),
    ("soldiers", "soldier", "NOUN", "nsubjpass", 5),
    ("may", "may", "AUX", "aux", 5),
    ("have", "have", "AUX", "aux", 5),
    ("been", "be", "AUX", "auxpass", 5),
    ("killed", "kill", "VERB", "ROOT", 5),
    (".", ".", "PUNCT", "punct", 5),
]

# (kind, lang, parse, trigger word, modality)
MODALITY_CASES = [
    # French
    ("a threat of attack", "fr", FR_THREAT_OF_ATTACK, "attaque", "hypothetical"),
    ("the toll of an attack", "fr", FR_TOLL_OF_ATTACK, "attaque", "asserted"),
    # English
    ("a risk of air strikes", "en", EN_RISK_OF_AIR_STRIKES, "strikes", "hypothetical"),
    ("the toll of air strikes", "en", EN_TOLL_OF_AIR_STRIKES, "strikes", "asserted"),
    ("a modal auxiliary", "en", EN_COULD_BE_CHARGED, "arrested", "hypothetical"),
    ("a modal perfect", "en", EN_MAY_HAVE_BEEN_KILLED, "killed", "asserted"),
]


@pytest.mark.parametrize(
    ("kind", "lang", "rows", "word", "expected"),
    MODALITY_CASES,
    ids=[c[0] for c in MODALITY_CASES],
)
def test_unseen_modality_kinds(kind, lang, rows, word, expected):
    doc = make_doc(rows, [], lang)
    data = langdata.get(lang)
    found = [t for t in find_triggers(doc[:], data) if t.token.text == word]
    assert found, word
    assert modality(found[0], data.triggers) == expected, kind
