"""Temporal tagging, normalisation and resolution (TIMEX3) for French and English.

``tag`` finds DATE, TIME, DURATION and SET expressions with per-language token patterns
(``eventline.lang.<code>.dates``), gives each a TIMEX3 value and a calendar interval, and
records what it was resolved against (``Timex.anchor``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from eventline.model import Timex
from eventline.temporal.candidates import Candidate, find
from eventline.temporal.engine import resolve
from eventline.temporal.events import EventDate, event_date
from eventline.temporal.grammar import Grammar, grammar, norm
from eventline.temporal.handlers import pick_year

if TYPE_CHECKING:
    from eventline.nlp import Paragraph

__all__ = [
    "EventDate",
    "TemporalResult",
    "event_date",
    "infer_reference",
    "pick_year",
    "tag",
    "timex_precision",
]


@dataclass(frozen=True, slots=True)
class TemporalResult:
    """Time expressions of one text and the reference date deictic cues used."""

    timexes: list[Timex]
    reference: date | None
    reference_origin: str  # published | inferred-weekday | inferred-latest | ingestion | none


_PRECISION = {
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "season": "range",
    "decade": "range",
    "century": "range",
    "range": "range",
}


def timex_precision(t: Timex) -> str:
    """Map a Timex granularity to the Parquet ``date_precision`` vocabulary."""
    if t.date_start is None and t.date_end is None:
        return "unknown"
    return _PRECISION.get(t.granularity, "unknown")


def infer_reference(
    text: str, lang: str, ingestion_date: date | None = None
) -> tuple[date | None, str]:
    """A reference date read from the article itself when no publication date is known.

    Weekday + day + month pairs fix a year (the latest matching one not after the
    ingestion date, or after the latest year the text mentions); else the latest explicit
    full date; else the ingestion date.
    """
    g = grammar(lang)
    cands = find(text, g)
    explicit, years = _explicit_dates(text, g, cands)
    base = ingestion_date
    if base is None and years:
        base = date(max(years), 12, 31)
    weekday_dates = _weekday_dates(g, cands, base) if base is not None else []
    if weekday_dates:
        return max(weekday_dates), "inferred-weekday"
    if explicit:
        return max(explicit), "inferred-latest"
    if ingestion_date is not None:
        return ingestion_date, "ingestion"
    return None, "none"


def _explicit_dates(text: str, g: Grammar, cands: list[Candidate]) -> tuple[list[date], list[int]]:
    """Full dates written out in the text, and every year it mentions."""
    explicit: list[date] = []
    years: list[int] = []
    for c in cands:
        if c.kind == "year":
            years.append(int(norm(c.groups["y"])[:4]) if c.groups["y"].isdigit() else 0)
        if c.kind == "date" and "y" in c.groups and "m" in c.groups:
            t = resolve(text[: c.end], g, [c], None, "none", None)
            if t and t[0].date_start:
                explicit.append(t[0].date_start)
                years.append(t[0].date_start.year)
    return explicit, years


def _weekday_dates(g: Grammar, cands: list[Candidate], base: date) -> list[date]:
    """For each weekday + day + month without a year, the latest such date not after
    ``base`` that falls on that weekday (weekdays repeat within 28 years)."""
    out: list[date] = []
    for c in cands:
        if c.kind != "date" or "wd" not in c.groups or "m" not in c.groups or "y" in c.groups:
            continue
        wd = g.data.WEEKDAYS.get(norm(c.groups["wd"]))
        month = g.data.MONTHS.get(norm(c.groups["m"]))
        if wd is None or month is None:
            continue
        day = int("".join(ch for ch in c.groups["d"] if ch.isdigit()))
        for y in range(base.year, base.year - 29, -1):
            try:
                d = date(y, month, day)
            except ValueError:
                break
            if d <= base and d.weekday() == wd:
                out.append(d)
                break
    return out


def tag(
    text: str,
    lang: str,
    published: date | None,
    *,
    paragraphs: Sequence[Paragraph] | None = None,
    ingestion_date: date | None = None,
) -> TemporalResult:
    """Tag and resolve the time expressions of ``text`` (offsets index ``text`` as given)."""
    g = grammar(lang)
    ref: date | None
    if published is not None:
        ref, origin, anchor = published, "published", "published"
    else:
        ref, origin = infer_reference(text, lang, ingestion_date)
        anchor = "inferred" if ref is not None else "none"
    timexes = resolve(text, g, find(text, g), ref, anchor, paragraphs)
    return TemporalResult(sorted(timexes, key=lambda t: t.start), ref, origin)
