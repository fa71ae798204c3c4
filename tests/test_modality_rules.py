"""Modality rule tables and casualty ownership on hand-built parses.

Each modality case names the rule that decides (``default`` when only the sentence
does). Names of people, groups and places are invented.
"""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.casualties import casualty_owner, extract_casualties
from eventline.extract.modality import explain
from eventline.extract.triggers import find_triggers


def _triggers(rows, lang):
    doc = make_doc(rows, lang=lang)
    return doc, find_triggers(doc[:], langdata.get(lang))


# --------------------------------------------------------------------------- modality

MODALITY_CASES = [
    # French
    (
        "_no_event_noun",
        "fr",
        [  # La police n'a procédé à aucune arrestation.
            ("La", "le", "DET", "det", 1),
            ("police", "police", "NOUN", "nsubj", 4),
            ("n'", "ne", "ADV", "advmod", 4),
            ("a", "avoir", "AUX", "aux:tense", 4),
            ("procédé", "procéder", "VERB", "ROOT", 4),
            ("à", "à", "ADP", "case", 7),
            ("aucune", "aucun", "DET", "det", 7),
            ("arrestation", "arrestation", "NOUN", "obl:arg", 4),
            (".", ".", "PUNCT", "punct", 4),
        ],
        "arrestation",
        "negated",
    ),
    (
        "_infinitive_after_governor",
        "fr",
        [  # Le groupe menace de frapper la ville.  (the parser hung the threat on the noun)
            ("Le", "le", "DET", "det", 1),
            ("groupe", "groupe", "NOUN", "ROOT", 1),
            ("menace", "menacer", "VERB", "amod", 1),
            ("de", "de", "ADP", "mark", 4),
            ("frapper", "frapper", "VERB", "acl", 1, "VerbForm=Inf"),
            ("la", "le", "DET", "det", 6),
            ("ville", "ville", "NOUN", "obj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "frapper",
        "hypothetical",
    ),
    (
        "_called",
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
        "grève",
        "future",
    ),
    (
        "_denied_responsibility",
        "fr",
        [  # Le groupe a nié toute responsabilité dans l'attaque.
            ("Le", "le", "DET", "det", 1),
            ("groupe", "groupe", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("nié", "nier", "VERB", "ROOT", 3),
            ("toute", "tout", "DET", "det", 5),
            ("responsabilité", "responsabilité", "NOUN", "obj", 3),
            ("dans", "dans", "ADP", "case", 8),
            ("l'", "le", "DET", "det", 8),
            ("attaque", "attaque", "NOUN", "nmod", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "attaque",
        "negated",
    ),
    (
        "_negated_clause",
        "fr",
        [  # L'armée n'a pas bombardé la ville.
            ("L'", "le", "DET", "det", 1),
            ("armée", "armée", "NOUN", "nsubj", 5),
            ("n'", "ne", "ADV", "advmod", 5),
            ("a", "avoir", "AUX", "aux:tense", 5),
            ("pas", "pas", "ADV", "advmod", 5),
            ("bombardé", "bombarder", "VERB", "ROOT", 5),
            ("la", "le", "DET", "det", 7),
            ("ville", "ville", "NOUN", "obj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        "bombardé",
        "negated",
    ),
    (
        "_negated_clause",
        "fr",
        [  # Aucune attaque contre la ville.
            ("Aucune", "aucun", "DET", "det", 1),
            ("attaque", "attaque", "NOUN", "ROOT", 1),
            ("contre", "contre", "ADP", "case", 4),
            ("la", "le", "DET", "det", 4),
            ("ville", "ville", "NOUN", "nmod", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "attaque",
        "negated",
    ),
    (
        "_conditional_clause",
        "fr",
        [  # L'armée attaquerait la ville.
            ("L'", "le", "DET", "det", 1),
            ("armée", "armée", "NOUN", "nsubj", 2),
            ("attaquerait", "attaquer", "VERB", "ROOT", 2, "Mood=Cnd"),
            ("la", "le", "DET", "det", 4),
            ("ville", "ville", "NOUN", "obj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "attaquerait",
        "hypothetical",
    ),
    (
        "_conditional_clause",
        "fr",
        [  # Il a assuré qu'un renfort serait déployé.
            ("Il", "il", "PRON", "nsubj", 2),
            ("a", "avoir", "AUX", "aux:tense", 2),
            ("assuré", "assurer", "VERB", "ROOT", 2),
            ("qu'", "que", "SCONJ", "mark", 7),
            ("un", "un", "DET", "det", 5),
            ("renfort", "renfort", "NOUN", "nsubj:pass", 7),
            ("serait", "être", "AUX", "aux:pass", 7, "Mood=Cnd"),
            ("déployé", "déployer", "VERB", "ccomp", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "déployé",
        "future",
    ),
    (
        "_future_clause",
        "fr",
        [  # Les syndicats manifesteront jeudi.
            ("Les", "le", "DET", "det", 1),
            ("syndicats", "syndicat", "NOUN", "nsubj", 2),
            ("manifesteront", "manifester", "VERB", "ROOT", 2, "Mood=Ind|Tense=Fut"),
            ("jeudi", "jeudi", "NOUN", "obl:mod", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "manifesteront",
        "future",
    ),
    (
        "_conditional_marker",
        "fr",
        [  # Si les rebelles attaquent la ville.
            ("Si", "si", "SCONJ", "mark", 3),
            ("les", "le", "DET", "det", 2),
            ("rebelles", "rebelle", "NOUN", "nsubj", 3),
            ("attaquent", "attaquer", "VERB", "ROOT", 3),
            ("la", "le", "DET", "det", 5),
            ("ville", "ville", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "attaquent",
        "hypothetical",
    ),
    (
        "_purpose_clause",
        "fr",
        [  # Ils se sont rassemblés pour protester.
            ("Ils", "il", "PRON", "nsubj", 3),
            ("se", "se", "PRON", "obj", 3),
            ("sont", "être", "AUX", "aux:tense", 3),
            ("rassemblés", "rassembler", "VERB", "ROOT", 3),
            ("pour", "pour", "ADP", "mark", 5),
            ("protester", "protester", "VERB", "advcl", 3, "VerbForm=Inf"),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "protester",
        "hypothetical",
    ),
    (
        "_denied",
        "fr",
        [  # Le ministère a démenti que les soldats aient tiré.
            ("Le", "le", "DET", "det", 1),
            ("ministère", "ministère", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("démenti", "démentir", "VERB", "ROOT", 3),
            ("que", "que", "SCONJ", "mark", 8),
            ("les", "le", "DET", "det", 6),
            ("soldats", "soldat", "NOUN", "nsubj", 8),
            ("aient", "avoir", "AUX", "aux:tense", 8),
            ("tiré", "tirer", "VERB", "ccomp", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "tiré",
        "negated",
    ),
    (
        "_reported",
        "fr",
        [  # Le groupe a affirmé avoir mené une attaque.
            ("Le", "le", "DET", "det", 1),
            ("groupe", "groupe", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("affirmé", "affirmer", "VERB", "ROOT", 3),
            ("avoir", "avoir", "AUX", "aux:tense", 5),
            ("mené", "mener", "VERB", "xcomp", 3),
            ("une", "un", "DET", "det", 7),
            ("attaque", "attaque", "NOUN", "obj", 5),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "attaque",
        "claimed",
    ),
    (
        "_hypothetical_governor",
        "fr",
        [  # Sa stratégie consiste à frapper les dépôts.
            ("Sa", "son", "DET", "det", 1),
            ("stratégie", "stratégie", "NOUN", "nsubj", 2),
            ("consiste", "consister", "VERB", "ROOT", 2),
            ("à", "à", "ADP", "mark", 4),
            ("frapper", "frapper", "VERB", "xcomp", 2, "VerbForm=Inf"),
            ("les", "le", "DET", "det", 6),
            ("dépôts", "dépôt", "NOUN", "obj", 4),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "frapper",
        "hypothetical",
    ),
    (
        "_future_governor",
        "fr",
        [  # L'armée prévoit de retirer ses troupes.
            ("L'", "le", "DET", "det", 1),
            ("armée", "armée", "NOUN", "nsubj", 2),
            ("prévoit", "prévoir", "VERB", "ROOT", 2),
            ("de", "de", "ADP", "mark", 4),
            ("retirer", "retirer", "VERB", "xcomp", 2, "VerbForm=Inf"),
            ("ses", "son", "DET", "det", 6),
            ("troupes", "troupe", "NOUN", "obj", 4),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "retirer",
        "future",
    ),
    (
        "default",
        "fr",
        [  # Selon la police, les rebelles ont attaqué la caserne.
            ("Selon", "selon", "ADP", "case", 2),
            ("la", "le", "DET", "det", 2),
            ("police", "police", "NOUN", "obl:mod", 7),
            (",", ",", "PUNCT", "punct", 2),
            ("les", "le", "DET", "det", 5),
            ("rebelles", "rebelle", "NOUN", "nsubj", 7),
            ("ont", "avoir", "AUX", "aux:tense", 7),
            ("attaqué", "attaquer", "VERB", "ROOT", 7),
            ("la", "le", "DET", "det", 9),
            ("caserne", "caserne", "NOUN", "obj", 7),
            (".", ".", "PUNCT", "punct", 7),
        ],
        "attaqué",
        "claimed",
    ),
    (
        "default",
        "fr",
        [  # Les rebelles ont attaqué la caserne.
            ("Les", "le", "DET", "det", 1),
            ("rebelles", "rebelle", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("attaqué", "attaquer", "VERB", "ROOT", 3),
            ("la", "le", "DET", "det", 5),
            ("caserne", "caserne", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "attaqué",
        "asserted",
    ),
    # English
    (
        "_called",
        "en",
        [  # Unions called a protest.
            ("Unions", "union", "NOUN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("protest", "protest", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "protest",
        "future",
    ),
    (
        "_no_event_noun",
        "en",
        [  # Police made no arrests.
            ("Police", "police", "NOUN", "nsubj", 1),
            ("made", "make", "VERB", "ROOT", 1),
            ("no", "no", "DET", "det", 3),
            ("arrests", "arrest", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "arrests",
        "negated",
    ),
    (
        "_denied_responsibility",
        "en",
        [  # The group denied responsibility for the attack.
            ("The", "the", "DET", "det", 1),
            ("group", "group", "NOUN", "nsubj", 2),
            ("denied", "deny", "VERB", "ROOT", 2),
            ("responsibility", "responsibility", "NOUN", "dobj", 2),
            ("for", "for", "ADP", "prep", 3),
            ("the", "the", "DET", "det", 6),
            ("attack", "attack", "NOUN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "attack",
        "negated",
    ),
    (
        "_negated_clause",
        "en",
        [  # Police did not arrest the protesters.
            ("Police", "police", "NOUN", "nsubj", 3),
            ("did", "do", "AUX", "aux", 3),
            ("not", "not", "PART", "neg", 3),
            ("arrest", "arrest", "VERB", "ROOT", 3),
            ("the", "the", "DET", "det", 5),
            ("protesters", "protester", "NOUN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "arrest",
        "negated",
    ),
    (
        "_negated_clause",
        "en",
        [  # No attack on the town.
            ("No", "no", "DET", "det", 1),
            ("attack", "attack", "NOUN", "ROOT", 1),
            ("on", "on", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 4),
            ("town", "town", "NOUN", "pobj", 2),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "attack",
        "negated",
    ),
    (
        "_future_clause",
        "en",
        [  # Police will deploy officers.
            ("Police", "police", "NOUN", "nsubj", 2),
            ("will", "will", "AUX", "aux", 2),
            ("deploy", "deploy", "VERB", "ROOT", 2),
            ("officers", "officer", "NOUN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "deploy",
        "future",
    ),
    (
        "_conditional_marker",
        "en",
        [  # If rebels attack the town.
            ("If", "if", "SCONJ", "mark", 2),
            ("rebels", "rebel", "NOUN", "nsubj", 2),
            ("attack", "attack", "VERB", "ROOT", 2),
            ("the", "the", "DET", "det", 4),
            ("town", "town", "NOUN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "attack",
        "hypothetical",
    ),
    (
        "_purpose_clause",
        "en",
        [  # Students gathered to protest.
            ("Students", "student", "NOUN", "nsubj", 1),
            ("gathered", "gather", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("protest", "protest", "VERB", "advcl", 1, "VerbForm=Inf"),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "protest",
        "hypothetical",
    ),
    (
        "_denied",
        "en",
        [  # The ministry denied that troops fired on the crowd.
            ("The", "the", "DET", "det", 1),
            ("ministry", "ministry", "NOUN", "nsubj", 2),
            ("denied", "deny", "VERB", "ROOT", 2),
            ("that", "that", "SCONJ", "mark", 5),
            ("troops", "troop", "NOUN", "nsubj", 5),
            ("fired", "fire", "VERB", "ccomp", 2),
            ("on", "on", "ADP", "prep", 5),
            ("the", "the", "DET", "det", 8),
            ("crowd", "crowd", "NOUN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "fired",
        "negated",
    ),
    (
        "_reported",
        "en",
        [  # The group said it launched an attack.
            ("The", "the", "DET", "det", 1),
            ("group", "group", "NOUN", "nsubj", 2),
            ("said", "say", "VERB", "ROOT", 2),
            ("it", "it", "PRON", "nsubj", 4),
            ("launched", "launch", "VERB", "ccomp", 2),
            ("an", "an", "DET", "det", 6),
            ("attack", "attack", "NOUN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "attack",
        "claimed",
    ),
    (
        "_hypothetical_governor",
        "en",
        [  # The group aims to seize the town.
            ("The", "the", "DET", "det", 1),
            ("group", "group", "NOUN", "nsubj", 2),
            ("aims", "aim", "VERB", "ROOT", 2),
            ("to", "to", "PART", "aux", 4),
            ("seize", "seize", "VERB", "xcomp", 2, "VerbForm=Inf"),
            ("the", "the", "DET", "det", 6),
            ("town", "town", "NOUN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "seize",
        "hypothetical",
    ),
    (
        "_future_governor",
        "en",
        [  # Troops are expected to withdraw.
            ("Troops", "troop", "NOUN", "nsubjpass", 2),
            ("are", "be", "AUX", "auxpass", 2),
            ("expected", "expect", "VERB", "ROOT", 2),
            ("to", "to", "PART", "aux", 4),
            ("withdraw", "withdraw", "VERB", "xcomp", 2, "VerbForm=Inf"),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "withdraw",
        "future",
    ),
    (
        "default",
        "en",
        [  # According to police, rebels attacked the base.
            ("According", "accord", "VERB", "prep", 6),
            ("to", "to", "ADP", "prep", 0),
            ("police", "police", "NOUN", "pobj", 1),
            (",", ",", "PUNCT", "punct", 6),
            ("rebels", "rebel", "NOUN", "nsubj", 5),
            ("attacked", "attack", "VERB", "ROOT", 5),
            ("the", "the", "DET", "det", 7),
            ("base", "base", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        "attacked",
        "claimed",
    ),
    (
        "default",
        "en",
        [  # Rebels attacked the base.
            ("Rebels", "rebel", "NOUN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("base", "base", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "attacked",
        "asserted",
    ),
]


@pytest.mark.parametrize(
    "rule,lang,rows,word,expected",
    MODALITY_CASES,
    ids=[f"{c[1]}{c[0]}-{c[3]}" for c in MODALITY_CASES],
)
def test_modality_rules(rule, lang, rows, word, expected):
    _, found = _triggers(rows, lang)
    trig = next(t for t in found if t.token.text == word)
    assert explain(trig, langdata.get(lang).triggers) == (expected, rule)


# --------------------------------------------------------------------------- casualty ownership

OWNER_CASES = [
    # French
    (
        "killing verb",
        "fr",
        [  # Les rebelles ont attaqué le village et tué trois civils.
            ("Les", "le", "DET", "det", 1),
            ("rebelles", "rebelle", "NOUN", "nsubj", 3),
            ("ont", "avoir", "AUX", "aux:tense", 3),
            ("attaqué", "attaquer", "VERB", "ROOT", 3),
            ("le", "le", "DET", "det", 5),
            ("village", "village", "NOUN", "obj", 3),
            ("et", "et", "CCONJ", "cc", 7),
            ("tué", "tuer", "VERB", "conj", 3),
            ("trois", "trois", "NUM", "nummod", 9),
            ("civils", "civil", "NOUN", "obj", 7),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "tué",
    ),
    (
        "first violent event",
        "fr",
        [  # L'attaque a fait trois morts.
            ("L'", "le", "DET", "det", 1),
            ("attaque", "attaque", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("fait", "faire", "VERB", "ROOT", 3),
            ("trois", "trois", "NUM", "nummod", 5),
            ("morts", "mort", "NOUN", "obj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "attaque",
    ),
    (
        "repression",
        "fr",
        [  # La police a dispersé les manifestants, faisant deux blessés.
            ("La", "le", "DET", "det", 1),
            ("police", "police", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("dispersé", "disperser", "VERB", "ROOT", 3),
            ("les", "le", "DET", "det", 5),
            ("manifestants", "manifestant", "NOUN", "obj", 3),
            (",", ",", "PUNCT", "punct", 7),
            ("faisant", "faire", "VERB", "advcl", 3),
            ("deux", "deux", "NUM", "nummod", 9),
            ("blessés", "blessé", "NOUN", "obj", 7),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "dispersé",
    ),
    (
        "no owner",
        "fr",
        [  # Korvex a condamné les violences qui ont fait deux morts.
            ("Korvex", "Korvex", "PROPN", "nsubj", 2),
            ("a", "avoir", "AUX", "aux:tense", 2),
            ("condamné", "condamner", "VERB", "ROOT", 2),
            ("les", "le", "DET", "det", 4),
            ("violences", "violence", "NOUN", "obj", 2),
            ("qui", "qui", "PRON", "nsubj", 7),
            ("ont", "avoir", "AUX", "aux:tense", 7),
            ("fait", "faire", "VERB", "acl:relcl", 4),
            ("deux", "deux", "NUM", "nummod", 9),
            ("morts", "mort", "NOUN", "obj", 7),
            (".", ".", "PUNCT", "punct", 2),
        ],
        None,
    ),
    # English
    (
        "killing verb",
        "en",
        [  # Gunmen attacked the village and killed three civilians.
            ("Gunmen", "gunman", "NOUN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("village", "village", "NOUN", "dobj", 1),
            ("and", "and", "CCONJ", "cc", 1),
            ("killed", "kill", "VERB", "conj", 1),
            ("three", "three", "NUM", "nummod", 7),
            ("civilians", "civilian", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "killed",
    ),
    (
        "first violent event",
        "en",
        [  # The attack left three dead.
            ("The", "the", "DET", "det", 1),
            ("attack", "attack", "NOUN", "nsubj", 2),
            ("left", "leave", "VERB", "ROOT", 2),
            ("three", "three", "NUM", "nummod", 4),
            ("dead", "dead", "NOUN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        "attack",
    ),
    (
        "repression",
        "en",
        [  # Police arrested protesters, leaving two injured.
            ("Police", "police", "NOUN", "nsubj", 1),
            ("arrested", "arrest", "VERB", "ROOT", 1),
            ("protesters", "protester", "NOUN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("leaving", "leave", "VERB", "advcl", 1),
            ("two", "two", "NUM", "nsubj", 6),
            ("injured", "injured", "ADJ", "oprd", 4),
            (".", ".", "PUNCT", "punct", 1),
        ],
        "arrested",
    ),
    (
        "no owner",
        "en",
        [  # Korvex condemned the violence that left two dead.
            ("Korvex", "Korvex", "PROPN", "nsubj", 1),
            ("condemned", "condemn", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("violence", "violence", "NOUN", "dobj", 1),
            ("that", "that", "PRON", "nsubj", 5),
            ("left", "leave", "VERB", "relcl", 3),
            ("two", "two", "NUM", "nummod", 7),
            ("dead", "dead", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ],
        None,
    ),
]


@pytest.mark.parametrize(
    "case,lang,rows,owner", OWNER_CASES, ids=[f"{c[1]}-{c[0]}" for c in OWNER_CASES]
)
def test_casualty_owner(case, lang, rows, owner):
    doc, found = _triggers(rows, lang)
    assert extract_casualties(doc.text, lang)
    k = casualty_owner(found, langdata.get(lang).casualties)
    assert (found[k].token.text if k is not None else None) == owner
