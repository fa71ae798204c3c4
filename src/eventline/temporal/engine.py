"""Resolve candidates in text order: each kind's handler, then clock times merged with days.

Finding candidates is :mod:`eventline.temporal.candidates`; normalising one candidate is
:mod:`eventline.temporal.handlers`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from eventline.model import Timex
from eventline.temporal import calendar as cal
from eventline.temporal.candidates import Candidate
from eventline.temporal.grammar import Grammar, norm
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
    return _deictic_with_weekday(_clock_before_day(out, text), text, g, ref)


_BRACKETS = ("(", "[")


def _deictic_with_weekday(
    timexes: list[Timex], text: str, g: Grammar, ref: date | None
) -> list[Timex]:
    """ "aujourd'hui (samedi)", "today [Tuesday]": a quote's deictic day whose weekday the
    writer gives in brackets means that weekday, said on or before publication (a quote
    of Saturday's "today" in Monday's paper is Saturday). Both expressions take the
    latest such day: the speaker's day (the weekday minus the deictic offset) is not
    after the reference date."""
    out = list(timexes)
    for i, t in enumerate(timexes[:-1]):
        nxt = timexes[i + 1]
        offset = g.data.DEICTIC_DAYS.get(norm(t.text))
        wd = g.data.WEEKDAYS.get(norm(nxt.text))
        gap = text[t.end : nxt.start].strip()
        if ref is None or offset is None or wd is None or gap not in _BRACKETS:
            continue
        latest = ref + timedelta(days=offset)
        day = latest - timedelta(days=(latest.weekday() - wd) % 7)
        value = day.isoformat()
        out[i] = replace(t, value=value, date_start=day, date_end=day, granularity="day")
        out[i + 1] = replace(
            nxt, value=value, date_start=day, date_end=day, anchor=f"timex:{t.start}"
        )
    return out


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
