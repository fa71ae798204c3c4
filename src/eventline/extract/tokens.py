"""Token predicates the extraction rules share: lemma repair, morphology, weapons and
actor-like nouns. Language-neutral: every word comes from the language's data."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventline import lang as langdata
from eventline import syntax
from eventline.enrich import actors
from eventline.lang.base import LanguageData, Triggers
from eventline.model import Morph

PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
ACTOR_LABELS = frozenset({"ORG", "PER", "PERSON", "NORP", "MISC"})


def every_language(words: Callable[[LanguageData], frozenset[str]]) -> frozenset[str]:
    """The words ``words`` picks in every supported language, united: for the few word
    lists the rules have always applied to every language (a quote in another language
    inside an article keeps its negation and its future)."""
    return frozenset().union(*(words(langdata.get(c)) for c in langdata.SUPPORTED))


def morph_values(tok: Token, feature: str) -> list[str]:
    """Values of one morphological feature of ``tok`` ([] when absent)."""
    return tok.morph.get(feature, None)


def morph_pairs(tok: Token) -> Morph:
    """The morphology of ``tok`` as (feature, value) pairs, in spaCy's order."""
    pairs = (part.split("=", 1) for part in str(tok.morph).split("|") if "=" in part)
    return tuple((k, v) for k, v in pairs)


def is_present_participle(tok: Token) -> bool:
    """ "tuant", "killing": a present participle (UD features or the PTB tag)."""
    return tok.tag_ == "VBG" or (
        "Part" in morph_values(tok, "VerbForm") and "Pres" in morph_values(tok, "Tense")
    )


def guess_lemma(tok: Token, lang: LanguageData) -> str:
    """Lemma, repaired for participles the tagger mislabels (a participle read as a
    preposition): the infinitive when the lexicon knows it."""
    lex = lang.triggers
    lemma = tok.lemma_.lower()
    if lemma in lex.VERBS or lemma in lex.LIGHT_VERBS or lemma in lex.NOUNS:
        return lemma
    low = tok.lower_
    for suffix, infinitive in lang.morphology.PARTICIPLE_ENDINGS:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            cand = low[: -len(suffix)] + infinitive
            if cand in lex.VERBS or cand in lex.LIGHT_VERBS:
                return cand
    return lemma


def noun_lemma(tok: Token, lang: LanguageData) -> str:
    """Lemma of a noun, repaired when the lemmatizer took it for a verb: the singular
    surface form if the lexicon knows it."""
    nouns = lang.triggers.NOUNS
    lemma = tok.lemma_.lower()
    if lemma in nouns:
        return lemma
    low = tok.lower_
    singular = next(
        (low[: -len(e)] for e in lang.morphology.PLURAL_ENDINGS if e and low.endswith(e)), low
    )
    for cand in (low, singular):
        if cand in nouns:
            return cand
    return lemma


def is_instrument(tok: Token, lex: Triggers) -> bool:
    """A weapon ("par des drones", "a car bomb"), not a person who carries one ("by
    gunmen")."""
    words = {tok.lemma_.lower(), tok.lower_}
    if words & lex.ARMED_PERSONS:
        return False
    if words & lex.INSTRUMENTS.keys():
        return True
    mods = {
        w
        for c in tok.children
        if c.dep_ in ("amod", "compound", "nmod")
        for w in (c.lemma_.lower(), c.lower_)
    }
    return bool(mods & lex.INSTRUMENTS.keys()) and tok.lemma_.lower() in lex.WEAPON_HEADS


def is_actorish(tok: Token, lang: LanguageData) -> bool:
    """A noun that can stand for an actor: a name, a pronoun, a place standing for its
    government, or a person/group noun ("a dozen officials": the complement)."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ACTOR_LABELS | PLACE_LABELS:
        return True
    if tok.lemma_.lower() in lang.triggers.QUANTITY_NOUNS:
        return any(is_actorish(np, lang) for _, np in syntax.pp_children(tok))
    return actors.is_actor_head(tok.lemma_.lower(), lang.code)


def names_actor(tok: Token, lang: LanguageData) -> bool:
    """An adjective or noun modifier that names a country or a sector ("military",
    "Ruritanian")."""
    info = actors.describe(tok.text, lang.code)
    return info.kind != "pronoun" and (info.country is not None or info.sector is not None)


def is_possessive(tok: Token) -> bool:
    """A possessive determiner or pronoun ("its", "leurs")."""
    return "Yes" in morph_values(tok, "Poss") or tok.tag_ == "PRP$" or tok.dep_ == "poss"


def weapon_owner(weapon: Token, lang: LanguageData) -> Token | None:
    """Whose weapon it was: "the army's drone", "un drone de l'armée"."""
    lex = lang.triggers
    for c in weapon.children:
        if (
            c.dep_ in ("compound", "nmod", "poss", "nmod:poss")
            and is_actorish(c, lang)
            and not is_instrument(c, lex)
            and c.ent_type_ not in PLACE_LABELS
        ):
            return c
    for p, np in syntax.pp_children(weapon):
        if p in lex.NOMINAL_AGENT_PREPS and is_actorish(np, lang) and not is_instrument(np, lex):
            return np
    return None


def subtree_ids(tok: Token | None) -> set[int]:
    """Indexes of the tokens under ``tok`` (empty for None)."""
    return {t.i for t in tok.subtree} if tok is not None else set()
