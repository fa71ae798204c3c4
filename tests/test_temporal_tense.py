"""Tense from the parse: the auxiliaries and modals each language's Dates names (no model:
small stand-ins for spaCy tokens)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from eventline import lang
from eventline.temporal.tense import _token_tense, clause_tense


@dataclass(eq=False)
class Morph:
    feats: dict[str, list[str]] = field(default_factory=dict)

    def get(self, feature: str, default: list[str] | None = None) -> list[str]:
        return self.feats.get(feature, default if default is not None else [])


@dataclass(eq=False)
class Tok:
    """The attributes of a spaCy token that tense.py reads."""

    lower_: str
    lemma_: str
    tag_: str = ""
    pos_: str = "VERB"
    dep_: str = ""
    morph: Morph = field(default_factory=Morph)
    children: list[Tok] = field(default_factory=list)

    @property
    def head(self) -> Tok:
        return self


def verb(word: str, lemma: str, tag: str = "", aux: tuple[Tok, ...] = (), **feats) -> Tok:
    feats = {k: [v] for k, v in feats.items()}
    return Tok(word, lemma, tag, morph=Morph(feats), children=list(aux))


def aux(word: str, lemma: str, tag: str = "", **feats) -> Tok:
    return Tok(
        word, lemma, tag, pos_="AUX", dep_="aux", morph=Morph({k: [v] for k, v in feats.items()})
    )


EN = lang.get("en").dates
FR = lang.get("fr").dates


# English
@pytest.mark.parametrize(
    ("tok", "tense"),
    [
        (verb("rule", "rule", "VB", (aux("will", "will", "MD"),)), 1),
        (verb("rule", "rule", "VB", (aux("'ll", "will", "MD"),)), 1),
        (verb("closed", "close", "VBN", (aux("has", "have", "VBZ"),)), -1),
        (verb("scheduled", "schedule", "VBN", (aux("is", "be", "VBZ"),)), 0),
        (verb("left", "leave", "VBD"), -1),
    ],
)
def test_english_auxiliaries(tok, tense):
    assert _token_tense(tok, EN) == tense


# French
def test_french_near_future_with_aller():
    inf = Tok("partir", "partir", morph=Morph({"VerbForm": ["Inf"]}))
    va = verb("va", "aller")
    va.children = [inf]
    assert _token_tense(va, FR) == 1
    assert _token_tense(va, EN) == 0  # the words of the text's language only


def test_french_future_auxiliary_and_morphology():
    assert _token_tense(verb("partir", "partir", aux=(aux("va", "aller"),)), FR) == 1
    assert _token_tense(verb("partira", "partir", Tense="Fut"), FR) == 1
    assert _token_tense(verb("partait", "partir", Tense="Imp"), FR) == -1
    # "devoir" is not a future auxiliary ("il doit partir")
    assert _token_tense(verb("partir", "partir", aux=(aux("doit", "devoir"),)), FR) == 0


def _with_dep(tok: Tok, dep: str) -> Tok:
    tok.dep_ = dep
    return tok


PART = {"VerbForm": "Part", "Tense": "Past"}

# the tense an event is told in: a pluperfect is a past before the narrative's
CLAUSE_CASES = [
    # French
    ("fr", verb("frappé", "frapper", aux=(_with_dep(aux("avait", "avoir", Tense="Imp"),
                                                    "aux:tense"),), **PART), "pluperfect"),
    ("fr", verb("frappé", "frapper", aux=(_with_dep(aux("a", "avoir", Tense="Pres"),
                                                    "aux:tense"),), **PART), "past"),
    ("fr", verb("tués", "tuer", aux=(_with_dep(aux("étaient", "être", Tense="Imp"),
                                               "aux:pass"),), **PART), "past"),
    # English
    ("en", verb("struck", "strike", "VBN", (aux("had", "have", "VBD", Tense="Past"),), **PART),
     "pluperfect"),
    ("en", verb("killed", "kill", "VBN", (_with_dep(aux("was", "be", "VBD", Tense="Past"),
                                                    "auxpass"),), **PART), "past"),
    ("en", verb("struck", "strike", "VBD", Tense="Past"), "past"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "tok", "tense"), CLAUSE_CASES)
def test_clause_tense_tells_the_pluperfect(code, tok, tense):
    assert clause_tense(tok, lang.get(code).dates) == tense
