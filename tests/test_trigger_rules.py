"""Trigger rule tables (``VERB_RULES``, ``COORDINATION_DROPS``) on hand-built parses.

Names of people, groups and places are invented.
"""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract import triggers as trigger_rules
from eventline.extract.roles import read_roles
from eventline.extract.triggers import find_triggers


def _found(rows, lang):
    doc = make_doc(rows, lang=lang)
    return [(t.token.text, t.kind, t.lemma) for t in find_triggers(doc[:], langdata.get(lang))]


# --------------------------------------------------------------------------- verb rules

VERB_RULE_CASES = [
    # French
    (
        "_responsibility_claim",
        "fr",
        [  # Le groupe a revendiqué la responsabilité de l'attaque.
            ("Le", "le", "DET", "det", 1),
            ("groupe", "groupe", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("revendiqué", "revendiquer", "VERB", "ROOT", 3),
            ("la", "le", "DET", "det", 5),
            ("responsabilité", "responsabilité", "NOUN", "obj", 3),
            ("de", "de", "ADP", "case", 8),
            ("l'", "le", "DET", "det", 8),
            ("attaque", "attaque", "NOUN", "nmod", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("attaque", "light", "attaque"),
    ),
    (
        "_protest_call",
        "fr",
        [  # Les syndicats ont appelé à la grève.
            ("Les", "le", "DET", "det", 1),
            ("syndicats", "syndicat", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("appelé", "appeler", "VERB", "ROOT", 3),
            ("à", "à", "ADP", "case", 6),
            ("la", "le", "DET", "det", 6),
            ("grève", "grève", "NOUN", "obl:arg", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("grève", "call", "grève"),
    ),
    (
        "_light_verb",
        "fr",
        [  # Les rebelles ont mené une attaque.
            ("Les", "le", "DET", "det", 1),
            ("rebelles", "rebelle", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("mené", "mener", "VERB", "ROOT", 3),
            ("une", "un", "DET", "det", 5),
            ("attaque", "attaque", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("attaque", "light", "mener attaque"),
    ),
    (
        "_verb_object_idiom",
        "fr",
        [  # Les soldats ont ouvert le feu.
            ("Les", "le", "DET", "det", 1),
            ("soldats", "soldat", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("ouvert", "ouvrir", "VERB", "ROOT", 3),
            ("le", "le", "DET", "det", 5),
            ("feu", "feu", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("ouvert", "idiom", "ouvrir feu"),
    ),
    (
        "_plain_verb",
        "fr",
        [  # Les ministres se sont réunis.
            ("Les", "le", "DET", "det", 1),
            ("ministres", "ministre", "NOUN", "nsubj", 4),
            ("se", "se", "PRON", "obj", 4),
            ("sont", "être", "AUX", "aux:tense", 4),
            ("réunis", "réunir", "VERB", "ROOT", 4),
            (".", ".", "PUNCT", "punct", 4),
        ],
        ("réunis", "verb", "réunir"),
    ),
    (
        "_plain_verb",
        "fr",
        [  # La base a été attaquée (the participle tagged as an adjective).
            ("La", "le", "DET", "det", 1),
            ("base", "base", "NOUN", "nsubj:pass", 4),
            ("a", "avoir", "AUX", "aux:tense", 4),
            ("été", "être", "AUX", "aux:pass", 4),
            ("attaquée", "attaqué", "ADJ", "ROOT", 4),
            (".", ".", "PUNCT", "punct", 4),
        ],
        ("attaquée", "verb", "attaquer"),
    ),
    (
        "_undergone_attack",
        "fr",
        [  # Une patrouille a essuyé des tirs mardi.
            ("Une", "un", "DET", "det", 1),
            ("patrouille", "patrouille", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("essuyé", "essuyer", "VERB", "ROOT", 3),
            ("des", "un", "DET", "det", 5),
            ("tirs", "tir", "NOUN", "obj", 3),
            ("mardi", "mardi", "NOUN", "nmod", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("tirs", "light", "essuyer tir"),
    ),
    (
        "_undergone_attack",
        "fr",
        [  # La colonne a subi de lourdes pertes dans une embuscade.
            ("La", "le", "DET", "det", 1),
            ("colonne", "colonne", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("subi", "subir", "VERB", "ROOT", 3),
            ("de", "de", "DET", "det", 6),
            ("lourdes", "lourd", "ADJ", "amod", 6),
            ("pertes", "perte", "NOUN", "obj", 3),
            ("dans", "dans", "ADP", "case", 9),
            ("une", "un", "DET", "det", 9),
            ("embuscade", "embuscade", "NOUN", "nmod", 6),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("embuscade", "light", "subir embuscade"),
    ),
    (
        "_plain_verb",
        "fr",
        [  # La police a dispersé des paysans manifestant contre la réforme.
            ("La", "le", "DET", "det", 1),
            ("police", "police", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("dispersé", "disperser", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
            ("des", "un", "DET", "det", 5),
            ("paysans", "paysan", "NOUN", "obj", 3, "Number=Plur"),
            ("manifestant", "manifester", "VERB", "acl", 5, "Tense=Pres|VerbForm=Part"),
            ("contre", "contre", "ADP", "case", 9),
            ("la", "le", "DET", "det", 9),
            ("réforme", "réforme", "NOUN", "obl:arg", 6),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("manifestant", "verb", "manifester"),
    ),
    (
        "_forced_flight",
        "fr",
        [  # Les combats ont contraint des milliers de personnes à quitter leurs maisons.
            ("Les", "le", "DET", "det", 1),
            ("combats", "combat", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("contraint", "contraindre", "VERB", "ROOT", 3),
            ("des", "un", "DET", "det", 5),
            ("milliers", "millier", "NOUN", "obj", 3, "Number=Plur"),
            ("de", "de", "ADP", "case", 7),
            ("personnes", "personne", "NOUN", "nmod", 5, "Number=Plur"),
            ("à", "à", "ADP", "mark", 9),
            ("quitter", "quitter", "VERB", "acl", 7),
            ("leurs", "leur", "DET", "det", 11),
            ("maisons", "maison", "NOUN", "obj", 9),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("contraint", "verb", "contraindre"),
    ),
    (
        "_forced_flight",
        "fr",
        [  # Les assaillants ont chassé les éleveurs de leurs terres.
            ("Les", "le", "DET", "det", 1),
            ("assaillants", "assaillant", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("chassé", "chasser", "VERB", "ROOT", 3),
            ("les", "le", "DET", "det", 5),
            ("éleveurs", "éleveur", "NOUN", "obj", 3, "Number=Plur"),
            ("de", "de", "ADP", "case", 8),
            ("leurs", "leur", "DET", "det", 8),
            ("terres", "terre", "NOUN", "nmod", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("chassé", "verb", "chasser"),
    ),
    (
        "_prep_noun_idiom",
        "fr",
        [  # Le maire a été placé en résidence surveillée.
            ("Le", "le", "DET", "det", 1),
            ("maire", "maire", "NOUN", "nsubj:pass", 4),
            ("a", "avoir", "AUX", "aux:tense", 4),
            ("été", "être", "AUX", "aux:pass", 4),
            ("placé", "placer", "VERB", "ROOT", 4),
            ("en", "en", "ADP", "case", 6),
            ("résidence", "résidence", "NOUN", "obl:arg", 4),
            ("surveillée", "surveiller", "VERB", "acl", 6),
            (".", ".", "PUNCT", "punct", 4),
        ],
        ("placé", "idiom", "placer en résidence"),
    ),
    (
        "_verb_object_idiom",
        "fr",
        [  # Les rebelles ont mis le siège devant la ville.
            ("Les", "le", "DET", "det", 1),
            ("rebelles", "rebelle", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("mis", "mettre", "VERB", "ROOT", 3),
            ("le", "le", "DET", "det", 5),
            ("siège", "siège", "NOUN", "obj", 3),
            ("devant", "devant", "ADP", "case", 8),
            ("la", "le", "DET", "det", 8),
            ("ville", "ville", "NOUN", "obl:mod", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("mis", "idiom", "mettre siège"),
    ),
    # English
    (
        "_responsibility_claim",
        "en",
        [  # The group claimed responsibility for the attack.
            ("The", "the", "DET", "det", 1),
            ("group", "group", "NOUN", "nsubj", 2),
            ("claimed", "claim", "VERB", "ROOT", 2),
            ("responsibility", "responsibility", "NOUN", "dobj", 2),
            ("for", "for", "ADP", "prep", 3),
            ("the", "the", "DET", "det", 6),
            ("attack", "attack", "NOUN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("attack", "light", "attack"),
    ),
    (
        "_protest_call",
        "en",
        [  # Unions called a protest.
            ("Unions", "union", "NOUN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("protest", "protest", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("protest", "call", "protest"),
    ),
    (
        "_light_verb",
        "en",
        [  # Rebels launched an offensive.
            ("Rebels", "rebel", "NOUN", "nsubj", 1),
            ("launched", "launch", "VERB", "ROOT", 1),
            ("an", "an", "DET", "det", 3),
            ("offensive", "offensive", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("offensive", "light", "launch offensive"),
    ),
    (
        "_verb_object_idiom",
        "en",
        [  # Soldiers opened fire.
            ("Soldiers", "soldier", "NOUN", "nsubj", 1),
            ("opened", "open", "VERB", "ROOT", 1),
            ("fire", "fire", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("opened", "idiom", "open fire"),
    ),
    (
        "_plain_verb",
        "en",
        [  # Police cracked down on protesters.
            ("Police", "police", "NOUN", "nsubj", 1),
            ("cracked", "crack", "VERB", "ROOT", 1),
            ("down", "down", "ADP", "prt", 1),
            ("on", "on", "ADP", "prep", 1),
            ("protesters", "protester", "NOUN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("cracked", "verb", "crack"),
    ),
    (
        "_undergone_attack",
        "en",
        [  # The convoy came under fire near Orvane.
            ("The", "the", "DET", "det", 1),
            ("convoy", "convoy", "NOUN", "nsubj", 2),
            ("came", "come", "VERB", "ROOT", 2),
            ("under", "under", "ADP", "prep", 2),
            ("fire", "fire", "NOUN", "pobj", 3),
            ("near", "near", "ADP", "prep", 2),
            ("Orvane", "Orvane", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("fire", "light", "come fire"),
    ),
    (
        "_undergone_attack",
        "en",
        [  # The patrol suffered heavy losses in an ambush.
            ("The", "the", "DET", "det", 1),
            ("patrol", "patrol", "NOUN", "nsubj", 2),
            ("suffered", "suffer", "VERB", "ROOT", 2),
            ("heavy", "heavy", "ADJ", "amod", 4),
            ("losses", "loss", "NOUN", "dobj", 2),
            ("in", "in", "ADP", "prep", 2),
            ("an", "an", "DET", "det", 7),
            ("ambush", "ambush", "NOUN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("ambush", "light", "suffer ambush"),
    ),
    (
        "_forced_flight",
        "en",
        [  # The shelling forced hundreds of families to flee.
            ("The", "the", "DET", "det", 1),
            ("shelling", "shelling", "NOUN", "nsubj", 2),
            ("forced", "force", "VERB", "ROOT", 2),
            ("hundreds", "hundred", "NOUN", "dobj", 2, "Number=Plur"),
            ("of", "of", "ADP", "prep", 3),
            ("families", "family", "NOUN", "pobj", 4, "Number=Plur"),
            ("to", "to", "PART", "aux", 7),
            ("flee", "flee", "VERB", "xcomp", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("forced", "verb", "force"),
    ),
    (
        "_forced_flight",
        "en",
        [  # The gang drove residents from their homes.
            ("The", "the", "DET", "det", 1),
            ("gang", "gang", "NOUN", "nsubj", 2),
            ("drove", "drive", "VERB", "ROOT", 2),
            ("residents", "resident", "NOUN", "dobj", 2, "Number=Plur"),
            ("from", "from", "ADP", "prep", 2),
            ("their", "their", "PRON", "poss", 6),
            ("homes", "home", "NOUN", "pobj", 4, "Number=Plur"),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("drove", "verb", "drive"),
    ),
    (
        "_forced_flight",
        "en",
        [  # Villagers were compelled to seek refuge in the hills.
            ("Villagers", "villager", "NOUN", "nsubjpass", 2, "Number=Plur"),
            ("were", "be", "AUX", "auxpass", 2),
            ("compelled", "compel", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
            ("to", "to", "PART", "aux", 4),
            ("seek", "seek", "VERB", "xcomp", 2),
            ("refuge", "refuge", "NOUN", "dobj", 4),
            ("in", "in", "ADP", "prep", 4),
            ("the", "the", "DET", "det", 8),
            ("hills", "hill", "NOUN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("compelled", "verb", "compel"),
    ),
    (
        "_verb_object_idiom",
        "en",
        [  # Two huts were set ablaze.  (the complement closes the idiom)
            ("Two", "two", "NUM", "nummod", 1),
            ("huts", "hut", "NOUN", "nsubjpass", 3),
            ("were", "be", "AUX", "auxpass", 3),
            ("set", "set", "VERB", "ROOT", 3),
            ("ablaze", "ablaze", "ADV", "advmod", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("set", "idiom", "set ablaze"),
    ),
    (
        "_prep_noun_idiom",
        "en",
        [  # The mayor was placed under house arrest.
            ("The", "the", "DET", "det", 1),
            ("mayor", "mayor", "NOUN", "nsubjpass", 3),
            ("was", "be", "AUX", "auxpass", 3),
            ("placed", "place", "VERB", "ROOT", 3),
            ("under", "under", "ADP", "prep", 3),
            ("house", "house", "NOUN", "compound", 6),
            ("arrest", "arrest", "NOUN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("placed", "idiom", "place under arrest"),
    ),
    (
        "_plain_verb",
        "en",
        [  # Police dispersed farmers protesting against the tax.
            ("Police", "police", "NOUN", "nsubj", 1),
            ("dispersed", "disperse", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
            ("farmers", "farmer", "NOUN", "dobj", 1, "Number=Plur"),
            ("protesting", "protest", "VERB", "acl", 2, "Aspect=Prog|Tense=Pres|VerbForm=Part"),
            ("against", "against", "ADP", "prep", 3),
            ("the", "the", "DET", "det", 6),
            ("tax", "tax", "NOUN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("protesting", "verb", "protest"),
    ),
]


@pytest.mark.parametrize(
    "rule,lang,rows,expected", VERB_RULE_CASES, ids=[f"{c[1]}{c[0]}" for c in VERB_RULE_CASES]
)
def test_verb_rules(rule, lang, rows, expected, monkeypatch):
    assert expected in _found(rows, lang)
    # without its rule, the trigger is not found that way
    rules = tuple(r for r in trigger_rules.VERB_RULES if r.__name__ != rule)
    monkeypatch.setattr(trigger_rules, "VERB_RULES", rules)
    assert expected not in _found(rows, lang)


NOT_FORCED_FLIGHT_CASES = [
    # French
    [  # Les grèves ont forcé le ministre à démissionner.  (no flight)
        ("Les", "le", "DET", "det", 1),
        ("grèves", "grève", "NOUN", "nsubj", 3),
        ("ont", "avoir", "AUX", "aux:tense", 3),
        ("forcé", "forcer", "VERB", "ROOT", 3),
        ("le", "le", "DET", "det", 5),
        ("ministre", "ministre", "NOUN", "obj", 3),
        ("à", "à", "ADP", "mark", 7),
        ("démissionner", "démissionner", "VERB", "xcomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ],
    # English
    [  # He drove the trucks from the depot.  (no people)
        ("He", "he", "PRON", "nsubj", 1),
        ("drove", "drive", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("trucks", "truck", "NOUN", "dobj", 1, "Number=Plur"),
        ("from", "from", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 6),
        ("depot", "depot", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ],
]


@pytest.mark.parametrize("rows", NOT_FORCED_FLIGHT_CASES)
def test_forcing_without_flight_is_no_displacement(rows):
    lang = "fr" if rows[0][0] == "Les" else "en"
    assert not [t for t in _found(rows, lang) if t[2] in ("forcer", "drive")]


def test_listed_acts_are_not_consequences():
    # English: "Residents accused the gang of killing two men and abducting women." (a
    # list of alleged acts, not "..., killing two and wounding five" after an attack)
    rows = [
        ("Residents", "resident", "NOUN", "nsubj", 1),
        ("accused", "accuse", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("gang", "gang", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 1),
        ("killing", "kill", "VERB", "pcomp", 4, "Aspect=Prog|Tense=Pres|VerbForm=Part"),
        ("two", "two", "NUM", "nummod", 7),
        ("men", "man", "NOUN", "dobj", 5),
        ("and", "and", "CCONJ", "cc", 5),
        ("abducting", "abduct", "VERB", "conj", 5, "Aspect=Prog|Tense=Pres|VerbForm=Part"),
        ("women", "woman", "NOUN", "dobj", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [t[0] for t in _found(rows, "en")] == ["accused", "killing", "abducting"]


def test_plural_noun_repaired():
    # French: "Les frappes contre le camp ont repris": lemmatised as the verb "frapper"
    rows = [
        ("Les", "le", "DET", "det", 1),
        ("frappes", "frapper", "NOUN", "nsubj", 6),
        ("contre", "contre", "ADP", "case", 4),
        ("le", "le", "DET", "det", 4),
        ("camp", "camp", "NOUN", "nmod", 1),
        ("ont", "avoir", "AUX", "aux:tense", 6),
        ("repris", "reprendre", "VERB", "ROOT", 6),
    ]
    assert ("frappes", "noun", "frappe") in _found(rows, "fr")


def test_reflexive_block():
    # French: "Ils se sont tirés" (went away) is no shooting
    rows = [
        ("Ils", "il", "PRON", "nsubj", 3),
        ("se", "se", "PRON", "obj", 3),
        ("sont", "être", "AUX", "aux:tense", 3),
        ("tirés", "tirer", "VERB", "ROOT", 3),
    ]
    assert _found(rows, "fr") == []


# --------------------------------------------------------------------------- coordination drops

DROP_CASES = [
    # French
    (
        "_consequence_participle",
        "fr",
        [  # Le dépôt a été touché par un missile, qui a détruit deux hangars.
            ("Le", "le", "DET", "det", 1),
            ("dépôt", "dépôt", "NOUN", "nsubj:pass", 4),
            ("a", "avoir", "AUX", "aux:tense", 4),
            ("été", "être", "AUX", "aux:pass", 4),
            ("touché", "toucher", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part|Voice=Pass"),
            ("par", "par", "ADP", "case", 7),
            ("un", "un", "DET", "det", 7),
            ("missile", "missile", "NOUN", "obl:agent", 4),
            (",", ",", "PUNCT", "punct", 4),
            ("qui", "qui", "PRON", "nsubj", 11),
            ("a", "avoir", "AUX", "aux:tense", 11),
            ("détruit", "détruire", "VERB", "advcl", 4, "Tense=Past|VerbForm=Part"),
            ("deux", "deux", "NUM", "nummod", 13),
            ("hangars", "hangar", "NOUN", "obj", 11),
            (".", ".", "PUNCT", "punct", 4),
        ],
        ["touché"],
        "détruit",
    ),
    (
        "_toll_complement",
        "fr",
        [  # L'attaque a fait deux morts et plusieurs blessés.
            ("L'", "le", "DET", "det", 1),
            ("attaque", "attaque", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("fait", "faire", "VERB", "ROOT", 3),
            ("deux", "deux", "NUM", "nummod", 5),
            ("morts", "mort", "NOUN", "obj", 3),
            ("et", "et", "CCONJ", "cc", 8),
            ("plusieurs", "plusieurs", "DET", "det", 8),
            ("blessés", "blessé", "NOUN", "conj", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ["attaque"],
        "blessés",
    ),
    (
        "_noun_names_verb_event",
        "fr",
        [  # Trois soldats ont été tués dans une attaque contre le camp.
            ("Trois", "trois", "NUM", "nummod", 1),
            ("soldats", "soldat", "NOUN", "nsubj:pass", 4),
            ("ont", "avoir", "AUX", "aux:tense", 4),
            ("été", "être", "AUX", "aux:pass", 4),
            ("tués", "tuer", "VERB", "ROOT", 4),
            ("dans", "dans", "ADP", "case", 7),
            ("une", "un", "DET", "det", 7),
            ("attaque", "attaque", "NOUN", "obl:mod", 4),
            ("contre", "contre", "ADP", "case", 10),
            ("le", "le", "DET", "det", 10),
            ("camp", "camp", "NOUN", "nmod", 7),
            (".", ".", "PUNCT", "punct", 4),
        ],
        ["tués"],
        "attaque",
    ),
    (
        "_verb_of_event_subject",
        "fr",
        [  # L'explosion a tué trois civils.
            ("L'", "le", "DET", "det", 1),
            ("explosion", "explosion", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("tué", "tuer", "VERB", "ROOT", 3),
            ("trois", "trois", "NUM", "nummod", 5),
            ("civils", "civil", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ["explosion"],
        "tué",
    ),
    (
        "_coordinated_same_type",
        "fr",
        [  # Les soldats ont été tués et blessés.
            ("Les", "le", "DET", "det", 1),
            ("soldats", "soldat", "NOUN", "nsubj:pass", 4),
            ("ont", "avoir", "AUX", "aux:tense", 4),
            ("été", "être", "AUX", "aux:pass", 4),
            ("tués", "tuer", "VERB", "ROOT", 4),
            ("et", "et", "CCONJ", "cc", 6),
            ("blessés", "blesser", "VERB", "conj", 4),
            (".", ".", "PUNCT", "punct", 4),
        ],
        ["tués"],
        "blessés",
    ),
    (
        "_consequence_participle",
        "fr",
        [  # Des hommes armés ont attaqué le village, tuant quatre civils.
            ("Des", "un", "DET", "det", 1),
            ("hommes", "homme", "NOUN", "nsubj", 4),
            ("armés", "armé", "ADJ", "amod", 1),
            ("ont", "avoir", "AUX", "aux:tense", 4),
            ("attaqué", "attaquer", "VERB", "ROOT", 4),
            ("le", "le", "DET", "det", 6),
            ("village", "village", "NOUN", "obj", 4),
            (",", ",", "PUNCT", "punct", 8),
            ("tuant", "tuer", "VERB", "advcl", 4, "Tense=Pres|VerbForm=Part"),
            ("quatre", "quatre", "NUM", "nummod", 10),
            ("civils", "civil", "NOUN", "obj", 8),
            (".", ".", "PUNCT", "punct", 4),
        ],
        ["attaqué"],
        "tuant",
    ),
    # English
    (
        "_toll_complement",
        "en",
        [  # The blast left two people dead and five injured.
            ("The", "the", "DET", "det", 1),
            ("blast", "blast", "NOUN", "nsubj", 2),
            ("left", "leave", "VERB", "ROOT", 2),
            ("two", "two", "NUM", "nummod", 4),
            ("people", "people", "NOUN", "dobj", 2),
            ("dead", "dead", "ADJ", "oprd", 2),
            ("and", "and", "CCONJ", "cc", 5),
            ("five", "five", "NUM", "nummod", 8),
            ("injured", "injure", "VERB", "conj", 5, "Tense=Past|VerbForm=Part"),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ["blast"],
        "injured",
    ),
    (
        "_noun_names_verb_event",
        "en",
        [  # Three soldiers were killed in an attack on the camp.
            ("Three", "three", "NUM", "nummod", 1),
            ("soldiers", "soldier", "NOUN", "nsubjpass", 3),
            ("were", "be", "AUX", "auxpass", 3),
            ("killed", "kill", "VERB", "ROOT", 3),
            ("in", "in", "ADP", "prep", 3),
            ("an", "an", "DET", "det", 6),
            ("attack", "attack", "NOUN", "pobj", 4),
            ("on", "on", "ADP", "prep", 6),
            ("the", "the", "DET", "det", 9),
            ("camp", "camp", "NOUN", "pobj", 7),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ["killed"],
        "attack",
    ),
    (
        "_verb_of_event_subject",
        "en",
        [  # A missile strike killed four people.
            ("A", "a", "DET", "det", 2),
            ("missile", "missile", "NOUN", "compound", 2),
            ("strike", "strike", "NOUN", "nsubj", 3),
            ("killed", "kill", "VERB", "ROOT", 3),
            ("four", "four", "NUM", "nummod", 5),
            ("people", "people", "NOUN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ["strike"],
        "killed",
    ),
    (
        "_coordinated_same_type",
        "en",
        [  # Soldiers were killed and wounded.
            ("Soldiers", "soldier", "NOUN", "nsubjpass", 2),
            ("were", "be", "AUX", "auxpass", 2),
            ("killed", "kill", "VERB", "ROOT", 2),
            ("and", "and", "CCONJ", "cc", 2),
            ("wounded", "wound", "VERB", "conj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ["killed"],
        "wounded",
    ),
    (
        "_consequence_participle",
        "en",
        [  # Gunmen attacked the village, killing four people.
            ("Gunmen", "gunman", "NOUN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("village", "village", "NOUN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("killing", "kill", "VERB", "advcl", 1, "Tense=Pres|VerbForm=Part"),
            ("four", "four", "NUM", "nummod", 7),
            ("people", "people", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ["attacked"],
        "killing",
    ),
]


@pytest.mark.parametrize(
    "rule,lang,rows,kept,dropped", DROP_CASES, ids=[f"{c[1]}{c[0]}" for c in DROP_CASES]
)
def test_coordination_drops(rule, lang, rows, kept, dropped, monkeypatch):
    assert [t[0] for t in _found(rows, lang)] == kept
    drops = tuple(d for d in trigger_rules.COORDINATION_DROPS if d.__name__ != rule)
    monkeypatch.setattr(trigger_rules, "COORDINATION_DROPS", drops)
    assert dropped in [t[0] for t in _found(rows, lang)]


UNDERGONE_ROLE_CASES = [
    # French
    (
        "fr",
        [  # Le convoi a subi une attaque.
            ("Le", "le", "DET", "det", 1),
            ("convoi", "convoi", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("subi", "subir", "VERB", "ROOT", 3),
            ("une", "un", "DET", "det", 5),
            ("attaque", "attaque", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "Le convoi",
    ),
    # English
    (
        "en",
        [  # The convoy came under fire.
            ("The", "the", "DET", "det", 1),
            ("convoy", "convoy", "NOUN", "nsubj", 2),
            ("came", "come", "VERB", "ROOT", 2),
            ("under", "under", "ADP", "prep", 2),
            ("fire", "fire", "NOUN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "The convoy",
    ),
]


@pytest.mark.parametrize("lang,rows,victim", UNDERGONE_ROLE_CASES)
def test_undergone_attack_subject_is_the_victim(lang, rows, victim):
    doc = make_doc(rows, lang=lang)
    data = langdata.get(lang)
    (trig,) = find_triggers(doc[:], data)
    roles = read_roles(trig, data, frozenset())
    assert roles.actor is None
    assert roles.target is not None and roles.target.text == victim


# --------------------------------------------------------------------------- noun arguments

NOUN_ARGUMENT_CASES = [
    # French
    (
        "_arg_party",
        "fr",
        [  # Le ministre est venu pour des entretiens avec la junte.
            ("Le", "le", "DET", "det", 1),
            ("ministre", "ministre", "NOUN", "nsubj", 3),
            ("est", "être", "AUX", "aux:tense", 3),
            ("venu", "venir", "VERB", "ROOT", 3),
            ("pour", "pour", "ADP", "case", 6),
            ("des", "un", "DET", "det", 6),
            ("entretiens", "entretien", "NOUN", "obl:arg", 3),
            ("avec", "avec", "ADP", "case", 9),
            ("la", "le", "DET", "det", 9),
            ("junte", "junte", "NOUN", "nmod", 6),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "entretiens",
    ),
    (
        "_existential",
        "fr",
        [  # Il y a eu de violents combats.
            ("Il", "il", "PRON", "expl:subj", 3),
            ("y", "y", "PRON", "expl:comp", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("eu", "avoir", "VERB", "ROOT", 3),
            ("de", "de", "DET", "det", 6),
            ("violents", "violent", "ADJ", "amod", 6),
            ("combats", "combat", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "combats",
    ),
    # English
    (
        "_arg_party",
        "en",
        [  # The envoy flew to Vellin for talks with the junta.
            ("The", "the", "DET", "det", 1),
            ("envoy", "envoy", "NOUN", "nsubj", 2),
            ("flew", "fly", "VERB", "ROOT", 2),
            ("to", "to", "ADP", "prep", 2),
            ("Vellin", "Vellin", "PROPN", "pobj", 3),
            ("for", "for", "ADP", "prep", 2),
            ("talks", "talk", "NOUN", "pobj", 5),
            ("with", "with", "ADP", "prep", 6),
            ("the", "the", "DET", "det", 9),
            ("junta", "junta", "NOUN", "pobj", 7),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "talks",
    ),
    (
        "_arg_possessor",
        "en",
        [  # They saw it during the minister's visit.
            ("They", "they", "PRON", "nsubj", 1),
            ("saw", "see", "VERB", "ROOT", 1),
            ("it", "it", "PRON", "dobj", 1),
            ("during", "during", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 5),
            ("minister", "minister", "NOUN", "poss", 7),
            ("'s", "'s", "PART", "case", 5),
            ("visit", "visit", "NOUN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "visit",
    ),
    (
        "_arg_alleged",
        "en",
        [  # They accused the militia of using mortars against villages and looting.
            ("They", "they", "PRON", "nsubj", 1),
            ("accused", "accuse", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("militia", "militia", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 1),
            ("using", "use", "VERB", "pcomp", 4),
            ("mortars", "mortar", "NOUN", "dobj", 5),
            ("against", "against", "ADP", "prep", 5),
            ("villages", "village", "NOUN", "pobj", 7),
            ("and", "and", "CCONJ", "cc", 8),
            ("looting", "looting", "NOUN", "conj", 8),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "looting",
    ),
    (
        "_existential",
        "en",
        [  # There was heavy fighting overnight.
            ("There", "there", "PRON", "expl", 1),
            ("was", "be", "VERB", "ROOT", 1),
            ("heavy", "heavy", "ADJ", "amod", 3),
            ("fighting", "fighting", "NOUN", "attr", 1),
            ("overnight", "overnight", "ADV", "advmod", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "fighting",
    ),
    (
        "_arg_patient",
        "en",
        [  # The signing of the accord was delayed.
            ("The", "the", "DET", "det", 1),
            ("signing", "signing", "NOUN", "nsubjpass", 6),
            ("of", "of", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 4),
            ("accord", "accord", "NOUN", "pobj", 2),
            ("was", "be", "AUX", "auxpass", 6),
            ("delayed", "delay", "VERB", "ROOT", 6),
            (".", ".", "PUNCT", "punct", 6),
        ],
        "signing",
    ),
]


@pytest.mark.parametrize(
    "rule,lang,rows,noun",
    NOUN_ARGUMENT_CASES,
    ids=[f"{c[1]}{c[0]}-{c[3]}" for c in NOUN_ARGUMENT_CASES],
)
def test_noun_arguments(rule, lang, rows, noun, monkeypatch):
    def found():
        return [t.token.text for t in find_triggers(make_doc(rows, lang=lang)[:], data)]

    data = langdata.get(lang)
    assert noun in found()
    # without its rule, the bare weak noun is no event
    rules = tuple(r for r in trigger_rules.NOUN_ARGUMENTS if r.__name__ != rule)
    monkeypatch.setattr(trigger_rules, "NOUN_ARGUMENTS", rules)
    assert noun not in found()


MISTAGGED_HEADING_CASES = [
    # French
    (
        "fr",
        [  # Sit-in devant le ministère.
            ("Sit-in", "sit-in", "ADJ", "ROOT", 0),
            ("devant", "devant", "ADP", "case", 3),
            ("le", "le", "DET", "det", 3),
            ("ministère", "ministère", "NOUN", "ROOT", 3),
            (".", ".", "PUNCT", "ROOT", 4),
        ],
    ),
    # English
    (
        "en",
        [  # Sit-in by nurses at the hospital.
            ("Sit-in", "Sit-in", "VERB", "ROOT", 0, "Tense=Past|VerbForm=Part"),
            ("by", "by", "ADP", "agent", 0),
            ("nurses", "nurse", "NOUN", "pobj", 1),
            ("at", "at", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 5),
            ("hospital", "hospital", "NOUN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 0),
        ],
    ),
]


@pytest.mark.parametrize("lang,rows", MISTAGGED_HEADING_CASES)
def test_mistagged_heading_is_an_event_noun(lang, rows):
    found = _found(rows, lang)
    assert ("Sit-in", "noun", "sit-in") in found


@pytest.mark.parametrize("lang,text", [("fr", "Un sit-in a eu lieu."), ("en", "Sit-ins began.")])
def test_hyphenated_lexicon_words_stay_one_token(lang, text):
    import spacy

    from eventline.nlp import _keep_lexicon_words

    nlp = spacy.blank(lang)
    _keep_lexicon_words(nlp, lang)
    assert any(t.lower_.startswith("sit-in") for t in nlp(text))


# --------------------------------------------------------------------------- no event

NON_EVENT_CASES = [
    # French
    (
        "_generic_statement",
        "fr",
        [  # Les affrontements entre éleveurs sont fréquents ici.
            ("Les", "le", "DET", "det", 1),
            ("affrontements", "affrontement", "NOUN", "nsubj", 5),
            ("entre", "entre", "ADP", "case", 3),
            ("éleveurs", "éleveur", "NOUN", "nmod", 1),
            ("sont", "être", "AUX", "cop", 5),
            ("fréquents", "fréquent", "ADJ", "ROOT", 5),
            ("ici", "ici", "ADV", "advmod", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        "affrontements",
    ),
    (
        "_earlier_of_series",
        "fr",
        [  # L'attaque est la dernière d'une série de raids contre des fermes.
            ("L'", "le", "DET", "det", 1),
            ("attaque", "attaque", "NOUN", "nsubj", 4),
            ("est", "être", "AUX", "cop", 4),
            ("la", "le", "DET", "det", 4),
            ("dernière", "dernier", "ADJ", "ROOT", 4),
            ("d'", "de", "ADP", "case", 7),
            ("une", "un", "DET", "det", 7),
            ("série", "série", "NOUN", "nmod", 4),
            ("de", "de", "ADP", "case", 9),
            ("raids", "raid", "NOUN", "nmod", 7),
            ("contre", "contre", "ADP", "case", 12),
            ("des", "un", "DET", "det", 12),
            ("fermes", "ferme", "NOUN", "nmod", 9),
            (".", ".", "PUNCT", "punct", 4),
        ],
        "raids",
    ),
    # English
    (
        "_generic_statement",
        "en",
        [  # Clashes between herders are common here.
            ("Clashes", "clash", "NOUN", "nsubj", 4),
            ("between", "between", "ADP", "prep", 0),
            ("herders", "herder", "NOUN", "pobj", 1),
            ("are", "be", "AUX", "ROOT", 3),
            ("common", "common", "ADJ", "acomp", 3),
            ("here", "here", "ADV", "advmod", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "Clashes",
    ),
    (
        "_earlier_of_series",
        "en",
        [  # The attack was the latest in a string of raids on farms.
            ("The", "the", "DET", "det", 1),
            ("attack", "attack", "NOUN", "nsubj", 2),
            ("was", "be", "AUX", "ROOT", 2),
            ("the", "the", "DET", "det", 4),
            ("latest", "late", "ADJ", "attr", 2),
            ("in", "in", "ADP", "prep", 4),
            ("a", "a", "DET", "det", 7),
            ("string", "string", "NOUN", "pobj", 5),
            ("of", "of", "ADP", "prep", 7),
            ("raids", "raid", "NOUN", "pobj", 8),
            ("on", "on", "ADP", "prep", 9),
            ("farms", "farm", "NOUN", "pobj", 10),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "raids",
    ),
]


@pytest.mark.parametrize(
    "rule,lang,rows,noun", NON_EVENT_CASES, ids=[f"{c[1]}{c[0]}" for c in NON_EVENT_CASES]
)
def test_non_events(rule, lang, rows, noun, monkeypatch):
    assert noun not in [t[0] for t in _found(rows, lang)]
    rules = tuple(r for r in trigger_rules.NON_EVENTS if r.__name__ != rule)
    monkeypatch.setattr(trigger_rules, "NON_EVENTS", rules)
    assert noun in [t[0] for t in _found(rows, lang)]
