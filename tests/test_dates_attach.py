"""Which expression of a sentence dates which trigger (eventline.extract.dates): the
climb stops (``CLIMB_STOPS``), the event's own expression against its statement's,
expressions that date nothing, and expressions counting from a named happening.

Hand-built parses of invented sentences, one table per rule kind and language.
"""

from __future__ import annotations

from datetime import date

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract.dates import CLIMB_STOPS, _ancestors, attach_dates
from eventline.extract.triggers import find_triggers
from eventline.model import Timex

PUB = date(2024, 3, 11)  # a Monday

# --------------------------------------------------------------------------- parses

# French
# Le ministre a annoncé lundi avoir mené samedi une frappe contre le groupe.
FR_ANNOUNCED_STRIKE = [
    ("Le", "le", "DET", "det", 1),
    ("ministre", "ministre", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("annoncé", "annoncer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("lundi", "lundi", "NOUN", "obl:mod", 3),
    ("avoir", "avoir", "AUX", "aux:tense", 6, "VerbForm=Inf"),
    ("mené", "mener", "VERB", "xcomp", 3, "Tense=Past|VerbForm=Part"),
    ("samedi", "samedi", "NOUN", "obl:mod", 6),
    ("une", "un", "DET", "det", 9),
    ("frappe", "frappe", "NOUN", "obj", 6),
    ("contre", "contre", "ADP", "case", 12),
    ("le", "le", "DET", "det", 12),
    ("groupe", "groupe", "NOUN", "nmod", 9),
    (".", ".", "PUNCT", "punct", 3),
]
FR_BEFORE_ELECTION = [  # Le militant a été arrêté avant la présidentielle de 2019.
    ("Le", "le", "DET", "det", 1),
    ("militant", "militant", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("été", "être", "AUX", "aux:pass", 4, "Tense=Past|VerbForm=Part"),
    ("arrêté", "arrêter", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("avant", "avant", "ADP", "case", 7),
    ("la", "le", "DET", "det", 7),
    ("présidentielle", "présidentielle", "NOUN", "obl:mod", 4),
    ("de", "de", "ADP", "case", 9),
    ("2019", "2019", "NUM", "nmod", 7),
    (".", ".", "PUNCT", "punct", 4),
]
FR_AUTHORS_OF_ATTACK = [  # Les sanctions visent les auteurs de l'attaque de mars.
    ("Les", "le", "DET", "det", 1),
    ("sanctions", "sanction", "NOUN", "nsubj", 2),
    ("visent", "viser", "VERB", "ROOT", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("les", "le", "DET", "det", 4),
    ("auteurs", "auteur", "NOUN", "obj", 2),
    ("de", "de", "ADP", "case", 7),
    ("l'", "le", "DET", "det", 7),
    ("attaque", "attaque", "NOUN", "nmod", 4),
    ("de", "de", "ADP", "case", 9),
    ("mars", "mars", "NOUN", "nmod", 7),
    (".", ".", "PUNCT", "punct", 2),
]
FR_DAYS_AFTER_AMBUSH = [  # Trois jours après l'embuscade, les soldats ont été visés.
    ("Trois", "trois", "NUM", "nummod", 1),
    ("jours", "jour", "NOUN", "nmod", 4),
    ("après", "après", "ADP", "case", 4),
    ("l'", "le", "DET", "det", 4),
    ("embuscade", "embuscade", "NOUN", "obl:mod", 10),
    (",", ",", "PUNCT", "punct", 10),
    ("les", "le", "DET", "det", 7),
    ("soldats", "soldat", "NOUN", "nsubj:pass", 10),
    ("ont", "avoir", "AUX", "aux:tense", 10, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("été", "être", "AUX", "aux:pass", 10, "Tense=Past|VerbForm=Part"),
    ("visés", "viser", "VERB", "ROOT", 10, "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", "punct", 10),
]
FR_EVE_OF_ATTACK = [  # La veille de l'attaque, un drone avait bombardé un campement.
    ("La", "le", "DET", "det", 1),
    ("veille", "veille", "NOUN", "obl:mod", 9),
    ("de", "de", "ADP", "case", 4),
    ("l'", "le", "DET", "det", 4),
    ("attaque", "attaque", "NOUN", "nmod", 1),
    (",", ",", "PUNCT", "punct", 9),
    ("un", "un", "DET", "det", 7),
    ("drone", "drone", "NOUN", "nsubj", 9),
    ("avait", "avoir", "AUX", "aux:tense", 9, "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ("bombardé", "bombarder", "VERB", "ROOT", 9, "Tense=Past|VerbForm=Part"),
    ("un", "un", "DET", "det", 11),
    ("campement", "campement", "NOUN", "obj", 9),
    (".", ".", "PUNCT", "punct", 9),
]
FR_HOSTAGES_FREED = [  # Les otages détenus depuis trois ans ont été libérés mardi.
    ("Les", "le", "DET", "det", 1),
    ("otages", "otage", "NOUN", "nsubj:pass", 8),
    ("détenus", "détenir", "VERB", "acl", 1, "Tense=Past|VerbForm=Part"),
    ("depuis", "depuis", "ADP", "case", 5),
    ("trois", "trois", "NUM", "nummod", 5),
    ("ans", "an", "NOUN", "obl:mod", 2),
    ("ont", "avoir", "AUX", "aux:tense", 8, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("été", "être", "AUX", "aux:pass", 8, "Tense=Past|VerbForm=Part"),
    ("libérés", "libérer", "VERB", "ROOT", 8, "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("mardi", "mardi", "NOUN", "obl:mod", 8),
    (".", ".", "PUNCT", "punct", 8),
]

# English
EN_SAID_STRUCK = [  # The minister said on Monday that the army struck the camp on Saturday.
    ("The", "the", "DET", "det", 1),
    ("minister", "minister", "NOUN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", "prep", 2),
    ("Monday", "Monday", "PROPN", "pobj", 3),
    ("that", "that", "SCONJ", "mark", 8),
    ("the", "the", "DET", "det", 7),
    ("army", "army", "NOUN", "nsubj", 8),
    ("struck", "strike", "VERB", "ccomp", 2, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 10),
    ("camp", "camp", "NOUN", "dobj", 8),
    ("on", "on", "ADP", "prep", 8),
    ("Saturday", "Saturday", "PROPN", "pobj", 11),
    (".", ".", "PUNCT", "punct", 2),
]
EN_AHEAD_OF_ELECTION = [  # Police arrested him ahead of the 2019 election.
    ("Police", "police", "NOUN", "nsubj", 1),
    ("arrested", "arrest", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("him", "he", "PRON", "dobj", 1),
    ("ahead", "ahead", "ADV", "advmod", 1),
    ("of", "of", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 7),
    ("2019", "2019", "NUM", "nummod", 7),
    ("election", "election", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
EN_HELPED_INVASION = [  # Sanctions target firms that helped Ruritania's March invasion.
    ("Sanctions", "sanction", "NOUN", "nsubj", 1),
    ("target", "target", "VERB", "ROOT", 1, "Tense=Pres|VerbForm=Fin"),
    ("firms", "firm", "NOUN", "dobj", 1),
    ("that", "that", "PRON", "nsubj", 4),
    ("helped", "help", "VERB", "relcl", 2, "Tense=Past|VerbForm=Fin"),
    ("Ruritania", "Ruritania", "PROPN", "poss", 8),
    ("'s", "'s", "PART", "case", 5),
    ("March", "March", "PROPN", "compound", 8),
    ("invasion", "invasion", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
EN_DAYS_AFTER_AMBUSH = [  # Two days after the ambush, soldiers were attacked near the border.
    ("Two", "two", "NUM", "nummod", 1),
    ("days", "day", "NOUN", "npadvmod", 2),
    ("after", "after", "ADP", "prep", 8),
    ("the", "the", "DET", "det", 4),
    ("ambush", "ambush", "NOUN", "pobj", 2),
    (",", ",", "PUNCT", "punct", 8),
    ("soldiers", "soldier", "NOUN", "nsubjpass", 8),
    ("were", "be", "AUX", "auxpass", 8, "Mood=Ind|Tense=Past|VerbForm=Fin"),
    ("attacked", "attack", "VERB", "ROOT", 8, "Tense=Past|VerbForm=Part"),
    ("near", "near", "ADP", "prep", 8),
    ("the", "the", "DET", "det", 11),
    ("border", "border", "NOUN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 8),
]
EN_HOSTAGES_FREED = [  # The hostages held for three years were freed on Tuesday.
    ("The", "the", "DET", "det", 1),
    ("hostages", "hostage", "NOUN", "nsubjpass", 7),
    ("held", "hold", "VERB", "acl", 1, "Tense=Past|VerbForm=Fin"),
    ("for", "for", "ADP", "prep", 2),
    ("three", "three", "NUM", "nummod", 5),
    ("years", "year", "NOUN", "pobj", 3),
    ("were", "be", "AUX", "auxpass", 7, "Mood=Ind|Tense=Past|VerbForm=Fin"),
    ("freed", "free", "VERB", "ROOT", 7, "Tense=Past|VerbForm=Part"),
    ("on", "on", "ADP", "prep", 7),
    ("Tuesday", "Tuesday", "PROPN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 7),
]

# --------------------------------------------------------------------------- helpers

Spec = tuple[str, str, str, date | None, str]  # text, type, value, day, anchor
SAT, MON, TUE = date(2024, 3, 9), date(2024, 3, 11), date(2024, 3, 5)


def _timexes(doc, specs: list[Spec]) -> list[Timex]:
    out = []
    for text, typ, value, day, anchor in specs:
        start = doc.text.index(text)
        gran = "day" if day else "unknown"
        out.append(Timex(text, start, start + len(text), typ, value, day, day, gran, anchor))
    return out


def _attach(rows, lang, specs, word, base=PUB):
    doc = make_doc(rows, lang=lang)
    data = langdata.get(lang)
    triggers = find_triggers(doc[:], data)
    k = [t.token.text for t in triggers].index(word)
    timexes = _timexes(doc, specs)
    dated = attach_dates(doc[:], 0, timexes, triggers, data, lambda tx: base)
    return dated.get(k), doc, timexes


# --------------------------------------------------------------------------- climb stops

STOP_CASES = [
    # French
    ("_sequenced_noun", "fr", FR_BEFORE_ELECTION, ("2019", "DATE", "2019", None, "explicit"),
     "arrêté", "présidentielle"),
    ("_participant_noun", "fr", FR_AUTHORS_OF_ATTACK,
     ("mars", "DATE", "2024-03", None, "published"), "sanctions", "auteurs"),
    # English
    ("_sequenced_noun", "en", EN_AHEAD_OF_ELECTION, ("2019", "DATE", "2019", None, "explicit"),
     "arrested", "election"),
    ("_participant_noun", "en", EN_HELPED_INVASION,
     ("March", "DATE", "2024-03", None, "published"), "Sanctions", "invasion"),
]  # fmt: skip


@pytest.mark.parametrize(
    "rule,lang,rows,spec,word,noun", STOP_CASES, ids=[f"{c[1]}{c[0]}" for c in STOP_CASES]
)
def test_climb_stops_at_the_noun_the_expression_describes(rule, lang, rows, spec, word, noun):
    text, typ, value, _, anchor = spec
    dated_spec: Spec = (text, typ, value, date(2019, 1, 1), anchor)
    dating, doc, _ = _attach(rows, lang, [dated_spec], word)
    assert dating is None  # neither the clause nor the sentence fallback takes it
    data = langdata.get(lang).dates
    root = next(t for t in doc if t.text == text)
    ancestors, stopped = _ancestors(root, data, frozenset({root.i}))
    assert stopped and ancestors[-1].text == noun
    first = next(stop.__name__ for stop in CLIMB_STOPS if stop(ancestors[-1], data))
    assert first == rule


# --------------------------------------------------------------------------- attachment

ATTACH_CASES = [
    # French
    ("own clause over statement", "fr", FR_ANNOUNCED_STRIKE,
     [("lundi", "DATE", "2024-03-11", MON, "published"),
      ("samedi", "DATE", "2024-03-09", SAT, "published")],
     "frappe", "samedi", "clause", None),
    ("a duration dates nothing", "fr", FR_HOSTAGES_FREED,
     [("trois ans", "DURATION", "P3Y", None, "none"),
      ("mardi", "DATE", "2024-03-05", TUE, "published")],
     "libérés", "mardi", "clause", None),
    ("counts from the event named", "fr", FR_DAYS_AFTER_AMBUSH,
     [("Trois jours après", "DATE", "2024-03-14", date(2024, 3, 14), "published")],
     "visés", "Trois jours après", "clause", ("embuscade", 3)),
    ("the eve of the event named", "fr", FR_EVE_OF_ATTACK,
     [("La veille", "DATE", "2024-03-10", date(2024, 3, 10), "published")],
     "bombardé", "La veille", "clause", ("attaque", -1)),
    # English
    ("own clause over statement", "en", EN_SAID_STRUCK,
     [("Monday", "DATE", "2024-03-11", MON, "published"),
      ("Saturday", "DATE", "2024-03-09", SAT, "published")],
     "struck", "Saturday", "clause", None),
    ("a duration dates nothing", "en", EN_HOSTAGES_FREED,
     [("three years", "DURATION", "P3Y", None, "none"),
      ("Tuesday", "DATE", "2024-03-05", TUE, "published")],
     "freed", "Tuesday", "clause", None),
    ("counts from the event named", "en", EN_DAYS_AFTER_AMBUSH,
     [("Two days", "DURATION", "P2D", None, "none")],
     "attacked", "Two days", "clause", ("ambush", 2)),
]  # fmt: skip


@pytest.mark.parametrize(
    "case,lang,rows,specs,word,text,via,event",
    ATTACH_CASES,
    ids=[f"{c[1]}-{c[0]}" for c in ATTACH_CASES],
)
def test_attach_dates(case, lang, rows, specs, word, text, via, event):
    dating, _, _ = _attach(rows, lang, specs, word)
    assert dating is not None, case
    assert (dating.timex.text, dating.via, dating.event) == (text, via, event)


def test_statement_date_still_dates_a_reported_event_without_its_own():
    """ "The minister said on Monday that the army struck the camp": Monday, via the
    statement (enrichment treats it as an upper bound)."""
    specs: list[Spec] = [("Monday", "DATE", "2024-03-11", MON, "published")]
    dating, _, _ = _attach(EN_SAID_STRUCK, "en", specs, "struck")
    assert dating is not None and (dating.timex.text, dating.via) == ("Monday", "statement")
