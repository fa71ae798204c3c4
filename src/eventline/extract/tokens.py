"""Token predicates the extraction rules share: lemma repair, morphology, weapons and
actor-like nouns. Language-neutral: every word comes from the language's data."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from eventline import lang as langdata
from eventline import syntax
from eventline.columns import columns, morph_get
from eventline.enrich import actors
from eventline.lang.base import Entry, LanguageData, Triggers
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
    return morph_get(tok, feature)


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
    preposition), irregular participles ("morts") and verbs lemmatised as their noun
    ("je demande"): the infinitive when the lexicon knows it."""
    lex, morph = lang.triggers, lang.morphology
    lemma = tok.lemma_.lower()
    if lemma in lex.VERBS or lemma in lex.LIGHT_VERBS:
        return lemma
    if lemma in lex.NOUNS and tok.pos_ != "VERB":
        return lemma
    low = tok.lower_
    candidates = [low[: -len(suffix)] + inf for suffix, inf in morph.PARTICIPLE_ENDINGS
                  if low.endswith(suffix) and len(low) > len(suffix) + 2]  # fmt: skip
    if tok.pos_ in ("VERB", "ADJ", "AUX") and low in morph.IRREGULAR_PARTICIPLES:
        candidates.append(morph.IRREGULAR_PARTICIPLES[low])
    if tok.pos_ == "VERB":
        candidates.extend(lemma + end for end in morph.VERB_LEMMA_ENDINGS)
    for cand in candidates:
        if cand in lex.VERBS or cand in lex.LIGHT_VERBS:
            return cand
    return lemma


def noun_lemma(tok: Token, lang: LanguageData) -> str:
    """Lemma of a noun, repaired when the lemmatizer took it for a verb: the singular
    surface form if the lexicon knows it."""
    nouns = lang.triggers.NOUNS
    cols = columns(tok.doc)
    lemma = cols.lemma[tok.i]
    if lemma in nouns:
        return lemma
    low = cols.lower[tok.i]
    for cand in (low, _singular(low, lang.morphology.PLURAL_ENDINGS)):
        if cand in nouns:
            return cand
    return lemma


@lru_cache(maxsize=65536)
def _singular(low: str, plural_endings: tuple[str, ...]) -> str:
    """``low`` without the first plural ending it has (``low`` itself without one)."""
    return next((low[: -len(e)] for e in plural_endings if e and low.endswith(e)), low)


def compound_entry(tok: Token, lang: LanguageData) -> tuple[str, Entry] | None:
    """A compound naming an event and its entry: "état d'urgence", "death toll"."""
    table = lang.triggers.NOUN_COMPOUNDS
    if not table:
        return None
    head = noun_lemma(tok, lang)
    cols = columns(tok.doc)
    for c in cols.children[tok.i]:
        if cols.dep[c] in ("nmod", "compound", "amod", "obl"):
            entry = table.get((head, cols.lemma[c])) or table.get((head, cols.lower[c]))
            if entry is not None:
                return f"{head} {cols.lemma[c]}", entry
    return None


def noun_entry(tok: Token, lang: LanguageData) -> tuple[str, Entry] | None:
    """The lexicon key and entry of an event noun: a compound, else the noun itself."""
    found = compound_entry(tok, lang)
    if found is not None:
        return found
    lemma = noun_lemma(tok, lang)
    entry = lang.triggers.NOUNS.get(lemma)
    return (lemma, entry) if entry is not None else None


def is_violent_noun(tok: Token, lang: LanguageData) -> bool:
    """An attack named by a noun ("a shell", "l'embuscade", "un tir")."""
    found = noun_entry(tok, lang)
    return found is not None and found[1][0] == "ASSAULT"


def weapon_mode(tok: Token, lang: LanguageData) -> str | None:
    """The PLOVER mode of a weapon noun ("tear gas", "des roquettes", "a wave of
    missiles"), None when ``tok`` names no weapon."""
    lex = lang.triggers
    words = {tok.lemma_.lower(), tok.lower_}
    if words & lex.ARMED_PERSONS:
        return None
    for w in words:
        if w in lex.INSTRUMENTS:
            return lex.INSTRUMENTS[w]
    for c in tok.children:
        low = c.lemma_.lower()
        if c.dep_ in ("amod", "compound") and low in lex.INSTRUMENTS:
            return lex.INSTRUMENTS[low]
        if c.dep_ == "nmod" and low in lex.INSTRUMENTS and tok.lemma_.lower() in lex.WEAPON_HEADS:
            return lex.INSTRUMENTS[low]
    if tok.lemma_.lower() in lex.SERIES_NOUNS:
        for _, np in syntax.pp_children(tok):
            mode = weapon_mode(np, lang)
            if mode is not None:
                return mode
    return None


def finite_present(tok: Token, lang: LanguageData) -> bool:
    """A verb in the simple present ("attacks", "combattent"), or a perfect progressive
    ("have been fighting"): a habit or a state reaching now, not a past event."""
    if tok.lower_.endswith(lang.morphology.PAST_FINITE_ENDINGS):
        return False
    if tok.lemma_.lower() in lang.triggers.RECENT_PAST_VERBS and any(
        c.dep_ == "xcomp" for c in tok.children
    ):
        return False
    if "Prog" in morph_values(tok, "Aspect"):
        return any(
            c.dep_.startswith("aux") and "Part" in morph_values(c, "VerbForm") for c in tok.children
        )
    if any(c.dep_.startswith("aux") for c in tok.children):
        return False
    return "Pres" in morph_values(tok, "Tense") and "Fin" in morph_values(tok, "VerbForm")


def is_instrument(tok: Token, lex: Triggers) -> bool:
    """A weapon ("par des drones", "a car bomb"), not a person who carries one ("by
    gunmen")."""
    words = {tok.lemma_.lower(), tok.lower_}
    if words & lex.ARMED_PERSONS or tok.ent_type_ in ("PER", "PERSON"):
        return False  # a person's name that is also a weapon's word is a person
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
    lemma = tok.lemma_.lower()
    return actors.is_actor_head(lemma, lang.code) or actors.is_group_noun(lemma, lang.code)


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


QUOTE_CLOSERS = frozenset({",", "»", "”", '"'})
# a reported clause hangs off the reporting verb under these: not part of its own words
REPORTED_CLAUSE_DEPS = frozenset(
    {"ccomp", "conj", "advcl", "parataxis", "xcomp", "dep", "punct", "obj", "dobj"}
)


def inserted_report(tok: Token, lex: Triggers) -> bool:
    """A reporting verb inserted after what it reports: "…, a déploré le président",
    "« … » précisent nos sources", "…, a-t-il dit", "…, the minister said"."""
    if tok.lemma_.lower() not in lex.REPORTING_VERBS or tok.i == tok.sent.start:
        return False
    own: set[int] = set()
    for c in tok.children:
        if c.i < tok.i and c.dep_ not in REPORTED_CLAUSE_DEPS:
            own.update(t.i for t in c.subtree)
    j = tok.i - 1
    while j >= tok.sent.start and j in own:
        j -= 1
    return j > tok.sent.start and tok.doc[j].text in QUOTE_CLOSERS
