"""Kinds of short conflict-report writing: protest nouns through light verbs and
headings, verbless participle reports, tolls of zero, attributes, cut-off purpose
clauses, a coordinated lone victim.

Sentences, names and places are invented.
"""

from __future__ import annotations

import pytest
from docbuild import make_doc

from eventline import lang as langdata
from eventline.extract import extract_article
from eventline.extract.casualties import extract_casualties
from eventline.extract.modality import explain
from eventline.extract.triggers import find_triggers, written_sentence
from eventline.model import Article
from eventline.nlp import Paragraph


def _types(rows, lang):
    doc = make_doc(rows, lang=lang)
    return {(t.token.text, t.event_type) for t in find_triggers(doc[:], langdata.get(lang))}


EN_UNIONS_HELD_STRIKE = [  # The unions held a strike.
    ("The", "the", "DET", "det", 1),
    ("unions", "union", "NOUN", "nsubj", 2, "Number=Plur"),
    ("held", "hold", "VERB", "ROOT", 2),
    ("a", "a", "DET", "det", 4),
    ("strike", "strike", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
EN_ARMY_HELD_STRIKE = [  # The army carried out a strike on the camp.
    ("The", "the", "DET", "det", 1),
    ("army", "army", "NOUN", "nsubj", 2),
    ("carried", "carry", "VERB", "ROOT", 2),
    ("out", "out", "ADP", "prt", 2),
    ("a", "a", "DET", "det", 5),
    ("strike", "strike", "NOUN", "dobj", 2),
    ("on", "on", "ADP", "prep", 5),
    ("the", "the", "DET", "det", 8),
    ("camp", "camp", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 2),
]
FR_ENTAMENT_GREVE = [  # Les enseignants entament une grève.
    ("Les", "le", "DET", "det", 1),
    ("enseignants", "enseignant", "NOUN", "nsubj", 2, "Number=Plur"),
    ("entament", "entamer", "VERB", "ROOT", 2),
    ("une", "un", "DET", "det", 4),
    ("grève", "grève", "NOUN", "obj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
FR_ONT_MARCHE = [  # Les habitants ont marché dimanche.  (the weekday taken for an object)
    ("Les", "le", "DET", "det", 1),
    ("habitants", "habitant", "NOUN", "nsubj", 3, "Number=Plur"),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("marché", "marcher", "VERB", "ROOT", 3),
    ("dimanche", "dimanche", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_MARCHE_OBJET = [  # Le plan a marché la moitié du temps.  (an object: no march)
    ("Le", "le", "DET", "det", 1),
    ("plan", "plan", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("marché", "marcher", "VERB", "ROOT", 3),
    ("la", "le", "DET", "det", 5),
    ("moitié", "moitié", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
FR_NUIT_EMEUTES = [  # Nuit d'émeutes à Valdor.
    ("Nuit", "nuit", "NOUN", "ROOT", 0),
    ("d'", "de", "ADP", "case", 2),
    ("émeutes", "émeute", "NOUN", "nmod", 0, "Number=Plur"),
    ("à", "à", "ADP", "case", 4),
    ("Valdor", "Valdor", "PROPN", "nmod", 0),
    (".", ".", "PUNCT", "punct", 0),
]
EN_NIGHT_OF_RIOTING = [  # A night of riots in Valdor.
    ("A", "a", "DET", "det", 1),
    ("night", "night", "NOUN", "ROOT", 1),
    ("of", "of", "ADP", "prep", 1),
    ("riots", "riot", "NOUN", "pobj", 2, "Number=Plur"),
    ("in", "in", "ADP", "prep", 1),
    ("Valdor", "Valdor", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
FR_VERBLESS_PARTICIPLE = [  # Deux militants interpellés mardi à Valdor.
    ("Deux", "deux", "NUM", "nummod", 1),
    ("militants", "militant", "NOUN", "ROOT", 1, "Number=Plur"),
    ("interpellés", "interpeller", "VERB", "acl", 1, "VerbForm=Part|Tense=Past"),
    ("mardi", "mardi", "NOUN", "obl:mod", 2),
    ("à", "à", "ADP", "case", 5),
    ("Valdor", "Valdor", "PROPN", "obl:mod", 2),
    (".", ".", "PUNCT", "punct", 1),
]
FR_PARTICIPLE_IN_CLAUSE = [  # Ils ont vu les militants interpellés.  (a description)
    ("Ils", "il", "PRON", "nsubj", 2),
    ("ont", "avoir", "AUX", "aux:tense", 2),
    ("vu", "voir", "VERB", "ROOT", 2),
    ("les", "le", "DET", "det", 4),
    ("militants", "militant", "NOUN", "obj", 2, "Number=Plur"),
    ("interpellés", "interpeller", "VERB", "acl", 4, "VerbForm=Part|Tense=Past"),
    (".", ".", "PUNCT", "punct", 2),
]
EN_NO_ONE_HURT = [  # No one was hurt.
    ("No", "no", "DET", "det", 1),
    ("one", "one", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("hurt", "hurt", "VERB", "ROOT", 3, "VerbForm=Part|Tense=Past"),
    (".", ".", "PUNCT", "punct", 3),
]
EN_TWO_HURT = [  # Two guards were hurt.
    ("Two", "two", "NUM", "nummod", 1),
    ("guards", "guard", "NOUN", "nsubjpass", 3, "Number=Plur"),
    ("were", "be", "AUX", "auxpass", 3),
    ("hurt", "hurt", "VERB", "ROOT", 3, "VerbForm=Part|Tense=Past"),
    (".", ".", "PUNCT", "punct", 3),
]
EN_SUSPECTED = [  # Police arrested suspected smugglers.
    ("Police", "police", "NOUN", "nsubj", 1),
    ("arrested", "arrest", "VERB", "ROOT", 1),
    ("suspected", "suspect", "VERB", "amod", 3, "VerbForm=Part|Tense=Past"),
    ("smugglers", "smuggler", "NOUN", "dobj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]

TRIGGER_CASES = [
    # French
    ("fr", FR_ENTAMENT_GREVE, ("grève", "PROTEST"), True),
    ("fr", FR_ONT_MARCHE, ("marché", "PROTEST"), True),
    ("fr", FR_MARCHE_OBJET, ("marché", "PROTEST"), False),
    ("fr", FR_NUIT_EMEUTES, ("émeutes", "PROTEST"), True),
    ("fr", FR_VERBLESS_PARTICIPLE, ("interpellés", "COERCE"), True),
    ("fr", FR_PARTICIPLE_IN_CLAUSE, ("interpellés", "COERCE"), False),
    # English
    ("en", EN_UNIONS_HELD_STRIKE, ("strike", "PROTEST"), True),
    ("en", EN_ARMY_HELD_STRIKE, ("strike", "ASSAULT"), True),
    ("en", EN_NIGHT_OF_RIOTING, ("riots", "PROTEST"), True),
    ("en", EN_NO_ONE_HURT, ("hurt", "ASSAULT"), False),
    ("en", EN_TWO_HURT, ("hurt", "ASSAULT"), True),
    ("en", EN_SUSPECTED, ("suspected", "ACCUSE"), False),
    ("en", EN_SUSPECTED, ("arrested", "COERCE"), True),
]


@pytest.mark.parametrize("lang,rows,trigger,found", TRIGGER_CASES)
def test_report_triggers(lang, rows, trigger, found):
    assert (trigger in _types(rows, lang)) is found


EN_AND_A_PASSER_BY = [  # Gunmen killed two guards and a passer-by.  (tagged ADJ)
    ("Gunmen", "gunman", "NOUN", "nsubj", 1, "Number=Plur"),
    ("killed", "kill", "VERB", "ROOT", 1),
    ("two", "two", "NUM", "nummod", 3),
    ("guards", "guard", "NOUN", "dobj", 1, "Number=Plur"),
    ("and", "and", "CCONJ", "cc", 3),
    ("a", "a", "DET", "det", 6),
    ("passer", "passer", "ADJ", "conj", 3),
    ("-", "-", "PUNCT", "punct", 8),
    ("by", "by", "ADV", "prt", 6),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    "code,rows,dead,hurt",
    [("en", EN_AND_A_PASSER_BY, 3, None), ("en", EN_NO_ONE_HURT, None, None)],
)
def test_report_counts(code, rows, dead, hurt):
    c = extract_casualties(make_doc(rows, lang=code)[:], code)
    assert (c.fatalities, c.injured) == (dead, hurt)


FR_CUT_OFF_PURPOSE = [  # pour dénoncer les retards.  (a purpose clause cut off)
    ("pour", "pour", "ADP", "mark", 1),
    ("dénoncer", "dénoncer", "VERB", "ROOT", 1, "VerbForm=Inf"),
    ("les", "le", "DET", "det", 3),
    ("retards", "retard", "NOUN", "obj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
FR_FRONTED_PURPOSE = [  # Pour calmer les élèves, les écoles ont été fermées.
    ("Pour", "pour", "ADP", "mark", 1),
    ("calmer", "calmer", "VERB", "ROOT", 1, "VerbForm=Inf"),
    ("les", "le", "DET", "det", 3),
    ("élèves", "élève", "NOUN", "obj", 1, "Number=Plur"),
    (",", ",", "PUNCT", "punct", 9),
    ("les", "le", "DET", "det", 6),
    ("écoles", "école", "NOUN", "nsubj:pass", 9, "Number=Plur"),
    ("ont", "avoir", "AUX", "aux:tense", 9),
    ("été", "être", "AUX", "aux:pass", 9),
    ("fermées", "fermer", "VERB", "ccomp", 1, "VerbForm=Part|Tense=Past|Voice=Pass"),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    "rows,word,modality",
    [
        (FR_CUT_OFF_PURPOSE, "dénoncer", "hypothetical"),
        (FR_FRONTED_PURPOSE, "fermées", "asserted"),
    ],
)
def test_cut_off_purpose(rows, word, modality):
    doc = make_doc(rows, lang="fr")
    found = find_triggers(doc[:], langdata.get("fr"))
    trig = next(t for t in found if t.token.text == word)
    assert explain(trig, langdata.get("fr").triggers)[0] == modality


# --------------------------------------------------------------------------- parser cuts

FR_CUT_ATTACK = [  # Attaque contre le poste | 15 soldats tués, | selon une source.
    ("Attaque", "attaque", "NOUN", "ROOT", 0),
    ("contre", "contre", "ADP", "case", 3),
    ("le", "le", "DET", "det", 3),
    ("poste", "poste", "NOUN", "nmod", 0),
    ("15", "15", "NUM", "nummod", 5),
    ("soldats", "soldat", "NOUN", "ROOT", 5, "Number=Plur"),
    ("tués", "tuer", "VERB", "acl", 5, "VerbForm=Part|Tense=Past"),
    (",", ",", "PUNCT", "punct", 5),
    ("selon", "selon", "ADP", "case", 10),
    ("une", "un", "DET", "det", 10),
    ("source", "source", "NOUN", "ROOT", 10),
    (".", ".", "PUNCT", "punct", 10),
]
EN_TWO_SENTENCES = [  # Rebels attacked. | Ten died.
    ("Rebels", "rebel", "NOUN", "nsubj", 1, "Number=Plur"),
    ("attacked", "attack", "VERB", "ROOT", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Ten", "ten", "NUM", "nsubj", 4),
    ("died", "die", "VERB", "ROOT", 4),
    (".", ".", "PUNCT", "punct", 4),
]


def test_written_sentence_spans_parser_cuts():
    doc = make_doc(FR_CUT_ATTACK, lang="fr")
    sents = list(doc.sents)
    assert len(sents) == 3
    assert all(written_sentence(s).text == doc.text for s in sents)
    doc = make_doc(EN_TWO_SENTENCES, lang="en")
    assert [written_sentence(s).text for s in doc.sents] == ["Rebels attacked.", "Ten died."]


def test_cut_off_toll_is_the_attacks():
    doc = make_doc(FR_CUT_ATTACK, lang="fr")
    article = Article(article_id="a", doc_id="a", source="t", text=doc.text, lang="fr")
    paragraphs = [Paragraph(0, 0, doc)]
    mentions = extract_article(article, paragraphs)
    assert [(m.trigger, m.fatalities, m.modality) for m in mentions] == [("Attaque", 15, "claimed")]


FR_LOOTED_TAKING = [  # Des hommes ont pillé le dispensaire, emportant les médicaments.
    ("Des", "un", "DET", "det", 1),
    ("hommes", "homme", "NOUN", "nsubj", 3, "Number=Plur"),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("pillé", "piller", "VERB", "ROOT", 3),
    ("le", "le", "DET", "det", 5),
    ("dispensaire", "dispensaire", "NOUN", "obj", 3),
    (",", ",", "PUNCT", "punct", 7),
    ("emportant", "emporter", "VERB", "advcl", 3, "VerbForm=Part|Tense=Pres"),
    ("les", "le", "DET", "det", 9),
    ("médicaments", "médicament", "NOUN", "obj", 7, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 3),
]


def test_elaborating_participle_is_the_same_event():
    found = _types(FR_LOOTED_TAKING, "fr")
    assert ("pillé", "COERCE") in found
    assert not any(w == "emportant" for w, _ in found)
