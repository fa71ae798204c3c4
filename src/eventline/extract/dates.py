"""Which time expression of a sentence dates which trigger, and the tense of a clause.

A time expression dates the trigger whose clause chain (the trigger, its predicate and
the verbs it is embedded under) it attaches to: "clause" when it hangs off the trigger's
own clause, "statement" when it dates the verb that reports the event (reported events
then share it). A sentence with a single time expression gives it to every trigger left
undated ("sentence").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventline.extract.triggers import Trigger, in_foreign_pp
from eventline.model import Timex

CLAUSE, STATEMENT, SENTENCE = "clause", "statement", "sentence"
MAX_CHAIN = 5  # verbs above the predicate a date may come from
MAX_CLIMB = 12  # heads above a time expression searched for a trigger's chain


@dataclass(frozen=True, slots=True)
class Dating:
    """The time expression that dates a trigger, and how it was attached."""

    timex: Timex
    via: str  # clause | statement | sentence


def _timex_root(sent: Span, tx: Timex, offset: int) -> Token | None:
    toks = [t for t in sent if tx.start <= offset + t.idx < tx.end]
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids:
            return t
    return toks[0]


def governing_chain(trig: Trigger) -> list[int]:
    """The trigger, its predicate and the verbs it is embedded under (reported speech,
    control).

    An event noun inside a prepositional phrase of another clause ("in retaliation for
    the attack on X, the army struck on Tuesday") is an earlier event: only its own
    modifiers date it."""
    if trig.kind == "noun" and in_foreign_pp(trig):
        return [trig.token.i]
    chain = [trig.token.i, trig.predicate.i]
    t = trig.predicate
    for _ in range(MAX_CHAIN):
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl"):
            break
        t = t.head
        chain.append(t.i)
    return chain


def _chain_hit(
    root: Token, chains: list[list[int]], dated: dict[int, Dating]
) -> tuple[int, Token] | None:
    """The first undated trigger whose chain holds ``root`` or one of its heads, and that
    head."""
    anc = root
    for _ in range(MAX_CLIMB):
        for k, chain in enumerate(chains):
            if anc.i in chain and k not in dated:
                return k, anc
        if anc.head.i == anc.i:
            return None
        anc = anc.head
    return None


def attach_dates(
    sent: Span, offset: int, timexes: Sequence[Timex], triggers: Sequence[Trigger]
) -> dict[int, Dating]:
    """The dating of each trigger (by index) from the sentence's time expressions."""
    dated: dict[int, Dating] = {}
    chains = [governing_chain(t) for t in triggers]
    for tx in timexes:
        root = _timex_root(sent, tx, offset)
        hit = _chain_hit(root, chains, dated) if root is not None else None
        if root is None or hit is None:
            continue
        k, anc = hit
        # the date of the verb that reports the event
        dated[k] = Dating(tx, STATEMENT if chains[k].index(anc.i) >= 2 else CLAUSE)
        # reported events inherit the statement's date
        for j, chain in enumerate(chains):
            if j not in dated and root.head.i in chain[1:] and anc.i in chain:
                dated[j] = Dating(tx, STATEMENT)
    if len(timexes) == 1:
        for k in range(len(triggers)):
            dated.setdefault(k, Dating(timexes[0], SENTENCE))
    return dated
