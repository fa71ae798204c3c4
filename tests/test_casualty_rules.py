"""Casualties read through the parse: the victim rules (one case per rule and language,
naming the rule that must decide), the counts of victims' phrases and which trigger owns
a sentence's toll. Hand-built parses of invented sentences."""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.casualties import (
    VICTIM_RULES,
    casualty_owner,
    extract_casualties,
    unowned_toll_trigger,
)
from eventline.extract.triggers import Trigger

PL, SG = "Number=Plur", "Number=Sing"
PAST = "Tense=Past|VerbForm=Part"

# --------------------------------------------------------------------------- parses

# French
FR_FAR_SUBJECT = [  # Cinq gardes, qui surveillaient le pont depuis 2 jours, ont été tués.
    ("Cinq", "cinq", "NUM", "nummod", 1),
    ("gardes", "garde", "NOUN", "nsubj:pass", 13, PL),
    (",", ",", "PUNCT", "punct", 1),
    ("qui", "qui", "PRON", "nsubj", 4),
    ("surveillaient", "surveiller", "VERB", "acl:relcl", 1),
    ("le", "le", "DET", "det", 6),
    ("pont", "pont", "NOUN", "obj", 4, SG),
    ("depuis", "depuis", "ADP", "case", 9),
    ("2", "2", "NUM", "nummod", 9),
    ("jours", "jour", "NOUN", "obl", 4, PL),
    (",", ",", "PUNCT", "punct", 1),
    ("ont", "avoir", "AUX", "aux:tense", 13),
    ("été", "être", "AUX", "aux:pass", 13),
    ("tués", "tuer", "VERB", "ROOT", 13, PAST),
    (".", ".", "PUNCT", "punct", 13),
]
FR_DYING = [  # Trois bergers sont morts.
    ("Trois", "trois", "NUM", "nummod", 1),
    ("bergers", "berger", "NOUN", "nsubj", 3, PL),
    ("sont", "être", "AUX", "cop", 3),
    ("morts", "mort", "ADJ", "ROOT", 3, PL),
    (".", ".", "PUNCT", "punct", 3),
]
FR_OBJECT_AFTER_DATE = [  # Le groupe a tué lundi au moins 14 villageois.
    ("Le", "le", "DET", "det", 1),
    ("groupe", "groupe", "NOUN", "nsubj", 3, SG),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("tué", "tuer", "VERB", "ROOT", 3, PAST),
    ("lundi", "lundi", "NOUN", "obl:mod", 3, SG),
    ("au", "au", "ADP", "advmod", 7),
    ("moins", "moins", "ADV", "fixed", 5),
    ("14", "14", "NUM", "nummod", 8),
    ("villageois", "villageois", "NOUN", "obl:mod", 3, PL),
    (".", ".", "PUNCT", "punct", 3),
]
FR_PARTICIPLE = [  # On compte 8 personnes blessées.
    ("On", "on", "PRON", "nsubj", 1),
    ("compte", "compter", "VERB", "ROOT", 1),
    ("8", "8", "NUM", "nummod", 3),
    ("personnes", "personne", "NOUN", "obj", 1, PL),
    ("blessées", "blesser", "VERB", "acl", 3, PAST),
    (".", ".", "PUNCT", "punct", 1),
]
FR_LONE = [  # Le maire a été tué.
    ("Le", "le", "DET", "det", 1),
    ("maire", "maire", "NOUN", "nsubj:pass", 4, SG),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("tué", "tuer", "VERB", "ROOT", 4, PAST),
    (".", ".", "PUNCT", "punct", 4),
]
FR_FAMILY = [  # Une famille a été tuée.
    ("Une", "un", "DET", "det", 1),
    ("famille", "famille", "NOUN", "nsubj:pass", 4, SG),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("tuée", "tuer", "VERB", "ROOT", 4, PAST),
    (".", ".", "PUNCT", "punct", 4),
]

# English
EN_FAR_SUBJECT = [  # Four guards, who had been posted at the gate for 3 days, were killed.
    ("Four", "four", "NUM", "nummod", 1),
    ("guards", "guard", "NOUN", "nsubjpass", 15, PL),
    (",", ",", "PUNCT", "punct", 1),
    ("who", "who", "PRON", "nsubjpass", 6),
    ("had", "have", "AUX", "aux", 6),
    ("been", "be", "AUX", "auxpass", 6),
    ("posted", "post", "VERB", "relcl", 1, PAST),
    ("at", "at", "ADP", "prep", 6),
    ("the", "the", "DET", "det", 9),
    ("gate", "gate", "NOUN", "pobj", 7, SG),
    ("for", "for", "ADP", "prep", 6),
    ("3", "3", "NUM", "nummod", 12),
    ("days", "day", "NOUN", "pobj", 10, PL),
    (",", ",", "PUNCT", "punct", 1),
    ("were", "be", "AUX", "auxpass", 15),
    ("killed", "kill", "VERB", "ROOT", 15, PAST),
    (".", ".", "PUNCT", "punct", 15),
]
EN_DYING = [  # Two children died.
    ("Two", "two", "NUM", "nummod", 1),
    ("children", "child", "NOUN", "nsubj", 2, PL),
    ("died", "die", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", "punct", 2),
]
EN_OBJECT_AFTER_DATE = [  # Raiders killed on Tuesday at least 8 farmers.
    ("Raiders", "raider", "NOUN", "nsubj", 1, PL),
    ("killed", "kill", "VERB", "ROOT", 1, PAST),
    ("on", "on", "ADP", "prep", 1),
    ("Tuesday", "Tuesday", "PROPN", "pobj", 2, SG),
    ("at", "at", "ADV", "advmod", 5),
    ("least", "least", "ADV", "advmod", 6),
    ("8", "8", "NUM", "nummod", 7),
    ("farmers", "farmer", "NOUN", "dobj", 1, PL),
    (".", ".", "PUNCT", "punct", 1),
]
EN_PARTICIPLE = [  # Medics counted 6 people injured.
    ("Medics", "medic", "NOUN", "nsubj", 1, PL),
    ("counted", "count", "VERB", "ROOT", 1),
    ("6", "6", "NUM", "nummod", 3),
    ("people", "people", "NOUN", "dobj", 1, PL),
    ("injured", "injure", "VERB", "acl", 3, PAST),
    (".", ".", "PUNCT", "punct", 1),
]
EN_HEAD_AND_TWO = [  # The chief and two guards were killed.
    ("The", "the", "DET", "det", 1),
    ("chief", "chief", "NOUN", "nsubjpass", 6, SG),
    ("and", "and", "CCONJ", "cc", 1),
    ("two", "two", "NUM", "nummod", 4),
    ("guards", "guard", "NOUN", "conj", 1, PL),
    ("were", "be", "AUX", "auxpass", 6),
    ("killed", "kill", "VERB", "ROOT", 6, PAST),
    (".", ".", "PUNCT", "punct", 6),
]
EN_WHEN = [  # Dozens were killed when jets bombed the market.
    ("Dozens", "dozen", "NOUN", "nsubjpass", 2, PL),
    ("were", "be", "AUX", "auxpass", 2),
    ("killed", "kill", "VERB", "ROOT", 2, PAST),
    ("when", "when", "SCONJ", "advmod", 5),
    ("jets", "jet", "NOUN", "nsubj", 5, PL),
    ("bombed", "bomb", "VERB", "advcl", 2, PAST),
    ("the", "the", "DET", "det", 7),
    ("market", "market", "NOUN", "dobj", 5, SG),
    (".", ".", "PUNCT", "punct", 2),
]
EN_ACTIVE_PARTICIPLE = [  # Jets hit a depot killing 9 workers.
    ("Jets", "jet", "NOUN", "nsubj", 1, PL),
    ("hit", "hit", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3),
    ("depot", "depot", "NOUN", "dobj", 1, SG),
    ("killing", "kill", "VERB", "acl", 3, "Tense=Pres|VerbForm=Part"),
    ("9", "9", "NUM", "nummod", 6),
    ("workers", "worker", "NOUN", "dobj", 4, PL),
    (".", ".", "PUNCT", "punct", 1),
]

# --------------------------------------------------------------------------- victim rules

RULE_CASES = [
    # French
    ("fr", FR_FAR_SUBJECT, "tués", "_passive_victims", "gardes"),
    ("fr", FR_DYING, "morts", "_dying_subject", "bergers"),
    ("fr", FR_OBJECT_AFTER_DATE, "tué", "_active_victims", "villageois"),
    ("fr", FR_PARTICIPLE, "blessées", "_modified_noun", "personnes"),
    # English
    ("en", EN_FAR_SUBJECT, "killed", "_passive_victims", "guards"),
    ("en", EN_DYING, "died", "_dying_subject", "children"),
    ("en", EN_OBJECT_AFTER_DATE, "killed", "_active_victims", "farmers"),
    ("en", EN_PARTICIPLE, "injured", "_modified_noun", "people"),
    ("en", EN_ACTIVE_PARTICIPLE, "killing", "_active_victims", "workers"),
]


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("code,rows,pred,rule,victim", RULE_CASES)
def test_victim_rule(code, rows, pred, rule, victim):
    doc = make_doc(rows, lang=code)
    data = langdata.get(code).casualties
    tok = _token(doc, pred)
    first = next((r for r in VICTIM_RULES if r(tok, data) is not None), None)
    assert first is not None and first.__name__ == rule
    assert first(tok, data).text == victim


# --------------------------------------------------------------------------- counts

# L'unité a perdu quatre soldats et du matériel.
FR_LOSS = [
    ("L'", "le", "DET", "det", 1),
    ("unité", "unité", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("perdu", "perdre", "VERB", "ROOT", 3),
    ("quatre", "quatre", "NUM", "nummod", 5),
    ("soldats", "soldat", "NOUN", "obj", 3, "Number=Plur"),
    ("et", "et", "CCONJ", "cc", 8),
    ("du", "de", "DET", "det", 8),
    ("matériel", "matériel", "NOUN", "conj", 5),
    (".", ".", "PUNCT", "punct", 3),
]
# Le parti a perdu deux sièges.  (no people lost)
FR_LOSS_THINGS = [
    ("Le", "le", "DET", "det", 1),
    ("parti", "parti", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("perdu", "perdre", "VERB", "ROOT", 3),
    ("deux", "deux", "NUM", "nummod", 5),
    ("sièges", "siège", "NOUN", "obj", 3, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 3),
]
# The battalion lost three men.
EN_LOSS = [
    ("The", "the", "DET", "det", 1),
    ("battalion", "battalion", "NOUN", "nsubj", 2),
    ("lost", "lose", "VERB", "ROOT", 2),
    ("three", "three", "NUM", "nummod", 4),
    ("men", "man", "NOUN", "dobj", 2, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 2),
]

# Les miliciens ont exécuté quatre otages.  (no death word: read through the parse)
FR_EXECUTED = [
    ("Les", "le", "DET", "det", 1),
    ("miliciens", "milicien", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("exécuté", "exécuter", "VERB", "ROOT", 3),
    ("quatre", "quatre", "NUM", "nummod", 5),
    ("otages", "otage", "NOUN", "obj", 3, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 3),
]
# Police gunned down two suspects.
EN_GUNNED_DOWN = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("gunned", "gun", "VERB", "ROOT", 1),
    ("down", "down", "ADP", "prt", 1),
    ("two", "two", "NUM", "nummod", 4),
    ("suspects", "suspect", "NOUN", "dobj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]

COUNT_CASES = [
    ("fr", FR_EXECUTED, 4, None, "exact"),
    ("en", EN_GUNNED_DOWN, 2, None, "exact"),
    # French: the people a side lost are its dead (not the materiel, not seats)
    ("fr", FR_LOSS, 4, None, "exact"),
    ("fr", FR_LOSS_THINGS, None, None, None),
    # French: subject far from its verb, past a number of its own; object past a date
    ("fr", FR_FAR_SUBJECT, 5, None, "exact"),
    ("fr", FR_DYING, 3, None, "exact"),
    ("fr", FR_OBJECT_AFTER_DATE, 14, None, "at_least"),
    ("fr", FR_PARTICIPLE, None, 8, "exact"),
    # a lone victim states no number; a family is several people, uncounted
    ("fr", FR_LONE, None, None, None),
    ("fr", FR_FAMILY, None, None, None),
    # English
    ("en", EN_FAR_SUBJECT, 4, None, "exact"),
    ("en", EN_DYING, 2, None, "exact"),
    ("en", EN_OBJECT_AFTER_DATE, 8, None, "at_least"),
    ("en", EN_PARTICIPLE, None, 6, "exact"),
    ("en", EN_HEAD_AND_TWO, 3, None, "exact"),
    ("en", EN_ACTIVE_PARTICIPLE, 9, None, "exact"),
    ("en", EN_LOSS, 3, None, "exact"),
]


@pytest.mark.parametrize("code,rows,dead,hurt,qualifier", COUNT_CASES)
def test_parsed_counts(code, rows, dead, hurt, qualifier):
    c = extract_casualties(make_doc(rows, lang=code)[:], code)
    assert (c.fatalities, c.injured, c.qualifier) == (dead, hurt, qualifier)


# --------------------------------------------------------------------------- owner


def _trigger(tok, lemma, kind="verb"):
    return Trigger(tok, tok, None, "ASSAULT", None, "19", lemma, kind)


def test_owner_is_the_attack_a_killing_verb_is_the_toll_of():
    doc = make_doc(EN_WHEN, lang="en")
    data = langdata.get("en").casualties
    triggers = [_trigger(doc[2], "kill"), _trigger(doc[5], "bomb")]
    assert casualty_owner(triggers, data) == 1


def test_owner_is_the_killing_verb_without_adverbial_link():
    doc = make_doc(FR_FAR_SUBJECT, lang="fr")
    data = langdata.get("fr").casualties
    triggers = [_trigger(doc[4], "surveiller"), _trigger(doc[13], "tuer")]
    assert casualty_owner(triggers, data) == 1


# --------------------------------------------------------------------------- a toll alone

FR_TOLL_NOUN = [  # Le bilan s'élève à 12 morts.
    ("Le", "le", "DET", "det", 1),
    ("bilan", "bilan", "NOUN", "nsubj", 3, SG),
    ("s'", "se", "PRON", "expl:comp", 3),
    ("élève", "élever", "VERB", "ROOT", 3),
    ("à", "à", "ADP", "case", 6),
    ("12", "12", "NUM", "nummod", 6),
    ("morts", "mort", "NOUN", "obl:arg", 3, PL),
    (".", ".", "PUNCT", "punct", 3),
]

TOLL_CASES = [
    # French: the death word, not the toll word, names the event
    ("fr", FR_TOLL_NOUN, "morts", "noun", "élève"),
    ("fr", FR_DYING, "morts", "verb", "morts"),
    # English
    ("en", EN_DYING, "died", "verb", "died"),
    ("en", EN_FAR_SUBJECT, "killed", "verb", "killed"),
]


@pytest.mark.parametrize("code,rows,word,kind,predicate", TOLL_CASES)
def test_toll_trigger(code, rows, word, kind, predicate):
    trig = unowned_toll_trigger(make_doc(rows, lang=code)[:], langdata.get(code))
    assert trig is not None and trig.event_type == "ASSAULT"
    assert (trig.token.text, trig.kind, trig.predicate.text) == (word, kind, predicate)


def test_no_toll_word_no_toll_trigger():
    rows = [*FR_LONE[:4], ("remplacé", "remplacer", "VERB", "ROOT", 4, PAST), FR_LONE[5]]
    assert unowned_toll_trigger(make_doc(rows, lang="fr")[:], langdata.get("fr")) is None
