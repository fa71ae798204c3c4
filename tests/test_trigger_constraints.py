"""Verb constraints (``VERB_CONSTRAINTS``) and lexicon coverage of common report words,
on hand-built parses and invented sentences (names of people and places are invented)."""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.triggers import find_triggers


def _found(rows, lang):
    doc = make_doc(rows, lang=lang)
    return [(t.token.text, t.event_type) for t in find_triggers(doc[:], langdata.get(lang))]


CONSTRAINT_CASES = [
    # French
    (
        "fr",
        [  # Pour protéger les élèves, les écoles ont été fermées.  (aux taken for a copula)
            ("Pour", "pour", "ADP", "mark", 1),
            ("protéger", "protéger", "VERB", "ROOT", 1),
            ("les", "le", "DET", "det", 3),
            ("élèves", "élève", "NOUN", "obj", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("les", "le", "DET", "det", 6),
            ("écoles", "école", "NOUN", "nsubj:pass", 9),
            ("ont", "avoir", "AUX", "aux:tense", 9),
            ("été", "être", "AUX", "cop", 9),
            ("fermées", "fermer", "VERB", "ccomp", 1, "Tense=Past|VerbForm=Part|Voice=Pass"),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("fermées", "COERCE"),
        True,
    ),
    (
        "fr",
        [  # Le magasin ferme à midi.  (no object, no passive: no closure)
            ("Le", "le", "DET", "det", 1),
            ("magasin", "magasin", "NOUN", "nsubj", 2),
            ("ferme", "fermer", "VERB", "ROOT", 2, "Tense=Pres|VerbForm=Fin"),
            ("à", "à", "ADP", "case", 4),
            ("midi", "midi", "NOUN", "obl:mod", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("ferme", "COERCE"),
        False,
    ),
    (
        "fr",
        [  # Une bombe a sauté près du marché.  (an explosive went off)
            ("Une", "un", "DET", "det", 1),
            ("bombe", "bombe", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("sauté", "sauter", "VERB", "ROOT", 3),
            ("près", "près", "ADV", "advmod", 6),
            ("du", "de", "ADP", "case", 6),
            ("marché", "marché", "NOUN", "obl:mod", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("sauté", "ASSAULT"),
        True,
    ),
    (
        "fr",
        [  # Le gardien a sauté du mur.  (no weapon: no explosion)
            ("Le", "le", "DET", "det", 1),
            ("gardien", "gardien", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("sauté", "sauter", "VERB", "ROOT", 3),
            ("du", "de", "ADP", "case", 5),
            ("mur", "mur", "NOUN", "obl:arg", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("sauté", "ASSAULT"),
        False,
    ),
    (
        "fr",
        [  # Les soldats sont censés quitter la ville.  (raised to a passive governor)
            ("Les", "le", "DET", "det", 1),
            ("soldats", "soldat", "NOUN", "nsubj:pass", 3),
            ("sont", "être", "AUX", "aux:pass", 3),
            ("censés", "censer", "VERB", "ROOT", 3),
            ("quitter", "quitter", "VERB", "xcomp", 3, "VerbForm=Inf"),
            ("la", "le", "DET", "det", 6),
            ("ville", "ville", "NOUN", "obj", 4),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("quitter", "RETREAT"),
        True,
    ),
    (
        "fr",
        [  # Les touristes sont censés quitter l'hôtel.  (raised, no military subject)
            ("Les", "le", "DET", "det", 1),
            ("touristes", "touriste", "NOUN", "nsubj:pass", 3),
            ("sont", "être", "AUX", "aux:pass", 3),
            ("censés", "censer", "VERB", "ROOT", 3),
            ("quitter", "quitter", "VERB", "xcomp", 3, "VerbForm=Inf"),
            ("l'", "le", "DET", "det", 6),
            ("hôtel", "hôtel", "NOUN", "obj", 4),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("quitter", "RETREAT"),
        False,
    ),
    # English
    (
        "en",
        [  # Crowds gathered at a military post north of the town that was abandoned.
            ("Crowds", "crowd", "NOUN", "nsubj", 1),
            ("gathered", "gather", "VERB", "ROOT", 1),
            ("at", "at", "ADP", "prep", 1),
            ("a", "a", "DET", "det", 5),
            ("military", "military", "ADJ", "amod", 5),
            ("post", "post", "NOUN", "pobj", 2),
            ("north", "north", "NOUN", "npadvmod", 5),
            ("of", "of", "ADP", "prep", 5),
            ("the", "the", "DET", "det", 9),
            ("town", "town", "NOUN", "pobj", 7),
            ("that", "that", "PRON", "nsubjpass", 12),
            ("was", "be", "AUX", "auxpass", 12),
            ("abandoned", "abandon", "VERB", "relcl", 9),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("abandoned", "RETREAT"),
        True,
    ),
    (
        "en",
        [  # The family abandoned the farm.  (no military subject: no withdrawal)
            ("The", "the", "DET", "det", 1),
            ("family", "family", "NOUN", "nsubj", 2),
            ("abandoned", "abandon", "VERB", "ROOT", 2),
            ("the", "the", "DET", "det", 4),
            ("farm", "farm", "NOUN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("abandoned", "RETREAT"),
        False,
    ),
    (
        "en",
        [  # Two rockets landed on the market.  (a weapon lands: an attack)
            ("Two", "two", "NUM", "nummod", 1),
            ("rockets", "rocket", "NOUN", "nsubj", 2),
            ("landed", "land", "VERB", "ROOT", 2),
            ("on", "on", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 5),
            ("market", "market", "NOUN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("landed", "ASSAULT"),
        True,
    ),
    (
        "en",
        [  # The envoy landed in the capital.  (no weapon: no attack)
            ("The", "the", "DET", "det", 1),
            ("envoy", "envoy", "NOUN", "nsubj", 2),
            ("landed", "land", "VERB", "ROOT", 2),
            ("in", "in", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 5),
            ("capital", "capital", "NOUN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("landed", "ASSAULT"),
        False,
    ),
    (
        "en",
        [  # Protesters hung a banner.  (hanging needs a person)
            ("Protesters", "protester", "NOUN", "nsubj", 1),
            ("hung", "hang", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("banner", "banner", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("hung", "ASSAULT"),
        False,
    ),
    (
        "en",
        [  # The last troops are expected to leave the valley.  (raised to a passive)
            ("The", "the", "DET", "det", 2),
            ("last", "last", "ADJ", "amod", 2),
            ("troops", "troop", "NOUN", "nsubjpass", 4),
            ("are", "be", "AUX", "auxpass", 4),
            ("expected", "expect", "VERB", "ROOT", 4),
            ("to", "to", "PART", "aux", 6),
            ("leave", "leave", "VERB", "xcomp", 4),
            ("the", "the", "DET", "det", 8),
            ("valley", "valley", "NOUN", "dobj", 6),
            (".", ".", "PUNCT", "punct", 4),
        ],
        ("leave", "RETREAT"),
        True,
    ),
    (
        "en",
        [  # The peacekeepers are due to quit the port.  (raised through a copula)
            ("The", "the", "DET", "det", 1),
            ("peacekeepers", "peacekeeper", "NOUN", "nsubj", 2),
            ("are", "be", "AUX", "ROOT", 2),
            ("due", "due", "ADJ", "acomp", 2),
            ("to", "to", "PART", "aux", 5),
            ("quit", "quit", "VERB", "xcomp", 3),
            ("the", "the", "DET", "det", 7),
            ("port", "port", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 2),
        ],
        ("quit", "RETREAT"),
        True,
    ),
    (
        "en",
        [  # Many tourists are expected to leave the island.  (no military subject)
            ("Many", "many", "ADJ", "amod", 1),
            ("tourists", "tourist", "NOUN", "nsubjpass", 3),
            ("are", "be", "AUX", "auxpass", 3),
            ("expected", "expect", "VERB", "ROOT", 3),
            ("to", "to", "PART", "aux", 5),
            ("leave", "leave", "VERB", "xcomp", 3),
            ("the", "the", "DET", "det", 7),
            ("island", "island", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("leave", "RETREAT"),
        False,
    ),
]


@pytest.mark.parametrize("lang,rows,trigger,found", CONSTRAINT_CASES)
def test_verb_constraints(lang, rows, trigger, found):
    assert (trigger in _found(rows, lang)) is found


FORCE_READING_CASES = [
    # French
    (
        "fr",
        [  # Les militaires ont bloqué le pont.
            ("Les", "le", "DET", "det", 1),
            ("militaires", "militaire", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("bloqué", "bloquer", "VERB", "ROOT", 3),
            ("le", "le", "DET", "det", 5),
            ("pont", "pont", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("bloqué", "COERCE"),
    ),
    (
        "fr",
        [  # Des paysans ont barricadé la route.
            ("Des", "un", "DET", "det", 1),
            ("paysans", "paysan", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("barricadé", "barricader", "VERB", "ROOT", 3),
            ("la", "le", "DET", "det", 5),
            ("route", "route", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("barricadé", "PROTEST"),
    ),
    (
        "fr",
        [  # L'Union a visé le secteur bancaire.  (an economy: a sanction)
            ("L'", "le", "DET", "det", 1),
            ("Union", "Union", "PROPN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("visé", "viser", "VERB", "ROOT", 3),
            ("le", "le", "DET", "det", 5),
            ("secteur", "secteur", "NOUN", "obj", 3),
            ("bancaire", "bancaire", "ADJ", "amod", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("visé", "SANCTION"),
    ),
    (
        "fr",
        [  # L'armée a ciblé des positions rebelles.  (no economy: an attack)
            ("L'", "le", "DET", "det", 1),
            ("armée", "armée", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("ciblé", "cibler", "VERB", "ROOT", 3),
            ("des", "un", "DET", "det", 5),
            ("positions", "position", "NOUN", "obj", 3),
            ("rebelles", "rebelle", "ADJ", "amod", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("ciblé", "ASSAULT"),
    ),
    # English
    (
        "en",
        [  # The ministry is targeting two banks and an insurer.
            ("The", "the", "DET", "det", 1),
            ("ministry", "ministry", "NOUN", "nsubj", 3),
            ("is", "be", "AUX", "aux", 3),
            ("targeting", "target", "VERB", "ROOT", 3),
            ("two", "two", "NUM", "nummod", 5),
            ("banks", "bank", "NOUN", "dobj", 3),
            ("and", "and", "CCONJ", "cc", 5),
            ("an", "an", "DET", "det", 8),
            ("insurer", "insurer", "NOUN", "conj", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("targeting", "SANCTION"),
    ),
    (
        "en",
        [  # Gunmen targeted a bank.  (armed men: an attack)
            ("Gunmen", "gunman", "NOUN", "nsubj", 1),
            ("targeted", "target", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("bank", "bank", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("targeted", "ASSAULT"),
    ),
    (
        "en",
        [  # A line of riot police barricaded the avenue.
            ("A", "a", "DET", "det", 1),
            ("line", "line", "NOUN", "nsubj", 5),
            ("of", "of", "ADP", "prep", 1),
            ("riot", "riot", "NOUN", "compound", 4),
            ("police", "police", "NOUN", "pobj", 2),
            ("barricaded", "barricade", "VERB", "ROOT", 5),
            ("the", "the", "DET", "det", 7),
            ("avenue", "avenue", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        ("barricaded", "COERCE"),
    ),
    (
        "en",
        [  # The bridge was blocked by troops.
            ("The", "the", "DET", "det", 1),
            ("bridge", "bridge", "NOUN", "nsubjpass", 3),
            ("was", "be", "AUX", "auxpass", 3),
            ("blocked", "block", "VERB", "ROOT", 3),
            ("by", "by", "ADP", "agent", 3),
            ("troops", "troop", "NOUN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 3),
        ],
        ("blocked", "COERCE"),
    ),
    (
        "en",
        [  # Farmers blocked the highway.
            ("Farmers", "farmer", "NOUN", "nsubj", 1),
            ("blocked", "block", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("highway", "highway", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ("blocked", "PROTEST"),
    ),
]


@pytest.mark.parametrize("lang,rows,trigger", FORCE_READING_CASES)
def test_force_and_economic_readings(lang, rows, trigger):
    assert trigger in _found(rows, lang)


LEXICON_CASES = [
    # French
    ("fr", "VERBS", "fusiller", "ASSAULT"),
    ("fr", "VERBS", "lyncher", "ASSAULT"),
    ("fr", "VERBS", "assiéger", "COERCE"),
    ("fr", "VERBS", "abandonner", "RETREAT"),
    ("fr", "VERBS", "remercier", "SUPPORT"),
    ("fr", "NOUNS", "agression", "ASSAULT"),
    ("fr", "NOUNS", "blocus", "COERCE"),
    ("fr", "NOUNS", "cessez-le-feu", "RETREAT"),
    ("fr", "NOUNS", "soulèvement", "PROTEST"),
    ("fr", "NOUNS", "fermeture", "COERCE"),
    # English
    ("en", "NOUNS", "shootout", "ASSAULT"),
    ("en", "NOUNS", "siege", "COERCE"),
    ("en", "NOUNS", "truce", "RETREAT"),
    ("en", "NOUNS", "uprising", "PROTEST"),
    ("en", "NOUNS", "closure", "COERCE"),
    ("en", "PHRASAL", ("go", "off"), "ASSAULT"),
    ("en", "PHRASAL", ("pull", "out"), "RETREAT"),
    ("en", "PREP_NOUNS", ("to", "street"), "PROTEST"),
    ("en", "PREP_NOUNS", ("under", "attack"), "ASSAULT"),
    ("en", "VERBS", "ransack", "ASSAULT"),
    ("en", "VERB_OBJECT", ("down", "tool"), "PROTEST"),
    ("fr", "VERB_OBJECT", ("faire", "irruption"), "ASSAULT"),
    ("fr", "PHRASAL", ("replier", "se"), "RETREAT"),
    ("fr", "PREP_NOUNS", ("en", "otage"), "ASSAULT"),
    ("fr", "PREP_NOUNS", ("pour", "cible"), "ASSAULT"),
    ("fr", "PREP_NOUNS", ("sur", "mine"), "ASSAULT"),
    ("fr", "VERB_OBJECT", ("échanger", "tir"), "ASSAULT"),
]


def test_event_noun_under_its_target():
    # French: "Le poste a été la cible de tirs." (the complement of "cible" is the event)
    rows = [
        ("Le", "le", "DET", "det", 1),
        ("poste", "poste", "NOUN", "nsubj", 5),
        ("a", "avoir", "AUX", "aux:tense", 5),
        ("été", "être", "AUX", "cop", 5),
        ("la", "le", "DET", "det", 5),
        ("cible", "cible", "NOUN", "ROOT", 5),
        ("de", "de", "ADP", "case", 7),
        ("tirs", "tir", "NOUN", "nmod", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    assert ("tirs", "ASSAULT") in _found(rows, "fr")


@pytest.mark.parametrize("lang,table,word,event_type", LEXICON_CASES)
def test_report_words(lang, table, word, event_type):
    entry = getattr(langdata.get(lang).triggers, table)[word]
    assert entry[0] == event_type


def test_generic_new_nouns_are_weak():
    # a generic noun needs its own argument to name an event ("le retrait des troupes")
    for code, words in (("fr", ("retrait", "trêve", "blocus")), ("en", ("truce", "siege"))):
        weak = langdata.get(code).triggers.WEAK_NOUNS
        assert all(w in weak for w in words)
