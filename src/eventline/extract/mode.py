"""The PLOVER mode of a trigger from the instrument words of its clause ("drone",
"tear gas"), and repression with crowd-control means recoded as ASSAULT."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace

from eventline.extract.triggers import Trigger, in_foreign_pp
from eventline.lang.base import Triggers

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


def instrument_mode(trig: Trigger, lex: Triggers, exclude: Set[int]) -> str | None:
    """The trigger's own mode, else the instrument word nearest the trigger in its clause
    ("a drone strike"); the words in ``exclude`` (the actor's) do not count."""
    if trig.mode is not None or trig.event_type not in lex.MODE_TYPES:
        return trig.mode
    heads = [trig.predicate] + ([trig.noun] if trig.noun is not None else [])
    if trig.kind == "noun" and trig.noun is not None and in_foreign_pp(trig):
        heads = [trig.noun]
    best: tuple[int, str] | None = None
    for h in heads:
        for t in h.subtree:
            if t.i in exclude:
                continue
            mode = lex.INSTRUMENTS.get(t.lemma_.lower()) or lex.INSTRUMENTS.get(t.lower_)
            if mode is None:
                continue
            dist = abs(t.i - trig.token.i)
            if best is None or dist < best[0]:
                best = (dist, mode)
    return best[1] if best else None
