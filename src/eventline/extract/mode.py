"""The PLOVER mode of a trigger from the instrument words of its clause ("drone",
"tear gas"), and repression with crowd-control means recoded as ASSAULT."""

from __future__ import annotations

from collections.abc import Iterator, Set
from dataclasses import replace

from spacy.tokens import Token

from eventline import syntax
from eventline.enrich import actors
from eventline.extract.triggers import Trigger, in_foreign_pp
from eventline.lang.base import LanguageData, Triggers

CROWD_CONTROL = "crowd-control"


def crowd_control(trig: Trigger, lex: Triggers) -> Trigger:
    """Repression with tear gas or water cannon named in the clause is PLOVER
    ASSAULT/crowd-control ("police used tear gas to disperse them")."""
    if trig.event_type != "COERCE" or trig.mode is not None:
        return trig
    scope = [trig.predicate]
    if trig.predicate.dep_ in ("xcomp", "advcl", "conj"):
        scope.append(trig.predicate.head)
    for h in scope:
        for t in h.subtree:
            words = (t.lemma_.lower(), t.lower_)
            if any(lex.INSTRUMENTS.get(w) == CROWD_CONTROL for w in words):
                return replace(trig, event_type="ASSAULT", mode=CROWD_CONTROL)
    return trig


GUNFIRE = "firearms"
# a means named in the clause that is more precise than the verb's own mode
REFINED_BY: dict[str, frozenset[str]] = {
    GUNFIRE: frozenset({"aerial", "drone"}),  # "gunfire from a helicopter"
    "aerial": frozenset({"drone"}),  # "a drone of the army bombed"
}
# the mode of a mobilisation is the kind of force mobilised (actor sectors)
FORCE_MODES: dict[str, str] = {"COP": "police", "MIL": "troops"}


def mobilised_mode(trig: Trigger, lang: LanguageData) -> str | None:
    """Police or troops, as the forces mobilised are: "a reinforcement of gendarmes will
    be deployed" (police), "l'armée a mobilisé des réservistes" (troops)."""
    if trig.event_type != "MOBILIZE":
        return None
    pred = trig.predicate
    forces = [syntax.passive_subject(pred), *(c for c in pred.children if c.dep_ in syntax.OBJ)]
    if trig.noun is not None and trig.noun != pred:
        forces += [np for _, np in syntax.pp_children(trig.noun)]
    for tok in forces:
        if tok is not None:  # a date parsed as object names no force
            sector = actors.describe(syntax.np_span(tok).text, lang.code).sector
            if sector in FORCE_MODES:
                return FORCE_MODES[sector]
    return None


def _means_words(trig: Trigger) -> Iterator[Token]:
    """The words that can name the means of a trigger with a mode of its own: the event
    noun's phrase and the subject's ("un drone de l'armée a bombardé")."""
    if trig.noun is not None:
        yield from trig.noun.subtree
    subj = syntax.subject(trig.predicate) or syntax.agent(trig.predicate, frozenset())
    if subj is not None:
        yield from subj.subtree


def _qualifier_mode(t: Token, lex: Triggers) -> str | None:
    """The mode a qualifier of a weapon word names ("grenades lacrymogènes", "tear-gas
    grenades")."""
    for c in t.children:
        if c.dep_ in ("amod", "compound"):
            own = lex.INSTRUMENTS.get(c.lemma_.lower()) or lex.INSTRUMENTS.get(c.lower_)
            if own is not None:
                return own
    return None


def _word_mode(t: Token, lex: Triggers) -> str | None:
    """The mode an instrument word names; a qualifier that is itself an instrument of
    another mode wins."""
    mode = lex.INSTRUMENTS.get(t.lemma_.lower()) or lex.INSTRUMENTS.get(t.lower_)
    if mode is None:
        return None
    return _qualifier_mode(t, lex) or mode


def _platform(trig: Trigger, lex: Triggers) -> str | None:
    """A more precise means named with the event: the qualifier of an idiom's weapon
    ("fired tear-gas grenades"), "gunfire from a helicopter" (aerial), "des tirs
    d'hélicoptère", "a drone of the army bombed" (drone, not just aerial)."""
    if trig.kind == "idiom" and trig.noun is not None:
        own = _qualifier_mode(trig.noun, lex)  # "a tiré des grenades lacrymogènes"
        if own is not None and own != trig.mode:
            return own
    finer = REFINED_BY.get(trig.mode or "")
    if finer is None:
        return None
    for t in _means_words(trig):
        mode = _word_mode(t, lex)
        if mode in finer:
            return mode
    return None


def _scope(trig: Trigger, head: Token) -> Iterator[Token]:
    """The words of ``head``'s phrase that can name the event's means: for an event noun
    under another verb ("claimed the attack, showing images of a plane", "a revendiqué
    l'attaque en montrant un avion"), not the words of that verb's other clauses."""
    if trig.kind == "verb" or trig.noun is None or head == trig.noun:
        yield from head.subtree
        return
    yield head
    for c in head.children:
        if c.dep_ in syntax.CLAUSE_DEPS and trig.noun not in c.subtree:
            continue
        yield from c.subtree


def instrument_mode(trig: Trigger, lex: Triggers, exclude: Set[int]) -> str | None:
    """The trigger's own mode, else the instrument word nearest the trigger in its clause
    ("a drone strike"); the words in ``exclude`` (the actor's, the target's) do not
    count."""
    if trig.mode is not None or trig.event_type not in lex.MODE_TYPES:
        return _platform(trig, lex) or trig.mode
    heads = [trig.predicate] + ([trig.noun] if trig.noun is not None else [])
    if trig.kind == "noun" and trig.noun is not None and in_foreign_pp(trig):
        heads = [trig.noun]
    best: tuple[int, str] | None = None
    for h in heads:
        for t in _scope(trig, h):
            if t.i in exclude:
                continue
            mode = _word_mode(t, lex)
            if mode is None:
                continue
            dist = abs(t.i - trig.token.i)
            if best is None or dist < best[0]:
                best = (dist, mode)
    return best[1] if best else None
