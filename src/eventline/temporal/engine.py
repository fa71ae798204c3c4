"""Resolve candidates in text order: each kind's handler, then clock times merged with days.

Finding candidates is :mod:`eventline.temporal.candidates`; normalising one candidate is
:mod:`eventline.temporal.handlers`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from eventline.model import Timex
from eventline.temporal import calendar as cal
from eventline.temporal.candidates import Candidate
from eventline.temporal.grammar import Grammar
from eventline.temporal.handlers import HANDLERS, Context, Result
from eventline.temporal.tense import TenseFinder

if TYPE_CHECKING:
    from eventline.nlp import Paragraph

# Kinds whose resolution reads the verb tense of their clause.
_TENSED = frozenset(
    {"date", "month", "weekday", "season", "the_unit", "quarter", "rel_unit", "holiday"}
)


def _timex(c: Candidate, text: str, r: Result | None) -> Timex | None:
    if r is None:
        return None
    typ, value, a, b, gran, anchor = r
    mod = c.mod
    if mod in ("START", "MID", "END") and a and b:
        a, b = cal.sub_range(a, b, mod)
        if gran in ("day",):
            mod = None
    return Timex(text[c.start : c.end], c.start, c.end, typ, value, a, b, gran, anchor, mod)


def resolve(
    text: str,
    g: Grammar,
    candidates: Sequence[Candidate],
    ref: date | None,
    ref_anchor: str,
    paragraphs: Sequence[Paragraph] | None,
) -> list[Timex]:
    """Normalise candidates in text order, each seeing the expressions before it."""
    finder = TenseFinder(text, paragraphs, g)
    out: list[Timex] = []
    for c in candidates:
        tense = finder.tense(c.start, c.end) if c.kind in _TENSED else 0
        ctx = Context(g, ref, ref_anchor, tense, out, text, c.start)
        t = _timex(c, text, HANDLERS[c.kind](ctx, c))
        if t is not None:
            out.append(t)
    return _clock_before_day(out, text)


def _clock_before_day(timexes: list[Timex], text: str) -> list[Timex]:
    """A clock time right before a day ("vers 15 h 30, hier", "9 a.m. Tuesday") makes one
    TIME expression on that day."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        t = timexes[i]
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        gap = text[t.end : nxt.start] if nxt else ""
        if (
            nxt is not None
            and t.type == "TIME"
            and ":" in t.value
            and nxt.granularity == "day"
            and nxt.date_start
            and len(gap) <= 3
            and not gap.strip(" ,\u00a0")
            and ":" not in nxt.value
        ):
            clock = t.value[t.value.index("T") :]
            d = nxt.date_start
            merged = text[t.start : nxt.end]
            value = d.isoformat() + clock
            out.append(Timex(merged, t.start, nxt.end, "TIME", value, d, d, "day", nxt.anchor))
            i += 2
            continue
        out.append(t)
        i += 1
    return out
