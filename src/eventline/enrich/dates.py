"""Dates of an article's events: precision and anchor of the governing expression, no
statement date for a future event, the lead sentence dated by the events it sums up, and
news narrative time carried to undated deeds."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

from eventline.model import Event, Mention, Timex
from eventline.ontology import VERBAL_TYPES
from eventline.temporal import TemporalResult, timex_precision

NARRATIVE_GAP = 4  # sentences a narrative time carries over
NARRATIVE_DAYS = 7  # a longer period (a month) is no narrative "now"
MAX_ANCHOR_DEPTH = 10
UNDECIDED = ("future", "hypothetical")  # modalities that neither give nor take a narrative time


def _anchor_of(
    tx_anchor: str, by_start: dict[int, Timex], event_of_timex: dict[int, str], depth: int = 0
) -> str:
    """Parquet ``date_anchor`` for a timex anchor (follows anaphoric chains to an event)."""
    if tx_anchor.startswith("timex:"):
        try:
            start = int(tx_anchor.split(":", 1)[1])
        except ValueError:
            return "none"
        if start in event_of_timex:
            return f"event:{event_of_timex[start]}"
        antecedent = by_start.get(start)
        if antecedent is None or depth > MAX_ANCHOR_DEPTH:
            return "none"
        return _anchor_of(antecedent.anchor, by_start, event_of_timex, depth + 1)
    if tx_anchor in ("explicit", "published", "weekday-year"):
        return tx_anchor
    if tx_anchor == "inferred":
        return "published"
    return "none"


def _undated(ev: Event) -> Event:
    """``ev`` without its dates (the expression's text and value stay)."""
    return replace(ev, date_start=None, date_end=None, date_precision="unknown", date_anchor="none")


def _dropped(ev: Event, *, reason: str) -> Event:
    """``ev`` without its date at all; ``reason`` is noted in ``date_dropped``."""
    return replace(_undated(ev), date_value=None, extras={**ev.extras, "date_dropped": reason})


def _by_text_order(events: Sequence[Event]) -> list[int]:
    return sorted(range(len(events)), key=lambda k: events[k].trigger_start)


def assign_dates(
    events: Sequence[Event], mentions: Sequence[Mention], temporal: TemporalResult
) -> list[Event]:
    """``date_precision`` and ``date_anchor`` from the governing expressions."""
    by_start = {t.start: t for t in temporal.timexes}
    event_of_timex: dict[int, str] = {}
    for k in _by_text_order(events):
        tx = mentions[k].timex
        if tx is not None:
            event_of_timex.setdefault(tx.start, events[k].event_id)
    out: list[Event] = []
    for ev, m in zip(events, mentions, strict=True):
        tx = m.timex
        if tx is None or ev.date_start is None:
            out.append(_undated(ev))
            continue
        anchor = _anchor_of(tx.anchor, by_start, event_of_timex)
        if anchor == f"event:{ev.event_id}":
            anchor = "explicit"
        out.append(replace(ev, date_precision=timex_precision(tx), date_anchor=anchor))
    return out


def drop_statement_dates_of_future(
    events: Sequence[Event], mentions: Sequence[Mention]
) -> list[Event]:
    """ "Ruritania will provide aid, the embassy announced on Monday": Monday dates the
    announcement, not the future event."""
    return [
        _dropped(ev, reason="statement date of a future event")
        if ev.modality == "future" and m.date_via in ("statement", "sentence")
        else ev
        for ev, m in zip(events, mentions, strict=True)
    ]


def lead_sources(events: Sequence[Event]) -> dict[int, int]:
    """Undated mentions of the article's first sentence → the first later mention with
    the same type and place that has a date (by index in ``events``)."""
    if not events:
        return {}
    first = min(e.sentence_index for e in events)
    later = [k for k in _by_text_order(events) if events[k].sentence_index > first]
    out: dict[int, int] = {}
    for k, ev in enumerate(events):
        if ev.sentence_index != first or ev.date_start is not None or not ev.location_canonical:
            continue
        for j in later:
            other = events[j]
            if (
                other.date_start is not None
                and other.event_type == ev.event_type
                and other.location_canonical == ev.location_canonical
            ):
                out[k] = j
                break
    return out


def date_lead(events: Sequence[Event], sources: dict[int, int] | None = None) -> list[Event]:
    """A lead sentence that summarises events detailed later takes their date: an undated
    mention in the article's first sentence borrows the date of the first later mention
    with the same type and place (news lead convention), anchored on that event."""
    sources = lead_sources(events) if sources is None else sources
    out = list(events)
    for k, j in sources.items():
        ev, other = events[k], events[j]
        out[k] = replace(
            ev,
            date_start=other.date_start,
            date_end=other.date_end,
            date_precision=other.date_precision,
            date_value=other.date_value,
            date_anchor=f"event:{other.event_id}",
            extras={**ev.extras, "date_source": "lead"},
        )
    return out


def _narrative_now(ev: Event, lead_dated: bool) -> bool:
    """A dated deed that sets the narrative time: asserted, dated from its own sentence,
    and no longer than a week."""
    return (
        ev.modality not in UNDECIDED
        and not lead_dated
        and ev.date_start is not None
        and ev.date_end is not None
        and (ev.date_end - ev.date_start).days <= NARRATIVE_DAYS
    )


def _narrated(ev: Event, current: Event, published: date | None) -> Event:
    start, end = current.date_start, current.date_end
    if ev.event_type in VERBAL_TYPES and published is not None and end is not None:
        end = max(end, published)
    return replace(
        ev,
        date_start=start,
        date_end=end,
        date_precision=current.date_precision if end == current.date_end else "range",
        date_anchor=f"event:{current.event_id}",
        extras={**ev.extras, "date_source": "narrative"},
    )


def carry_narrative_time(
    events: Sequence[Event],
    mentions: Sequence[Mention],
    published: date | None,
    lead_dated: Collection[int] = (),
) -> list[Event]:
    """News narrative time: an undated deed told right after a dated one happened then
    ("The gunmen arrived…, opened fire…"); an undated reaction happened between that
    event and publication. Anchored on the event it comes from; future, hypothetical
    and negated mentions stay undated, and so do present-tense ones (ongoing).
    ``lead_dated``: indexes of the events dated by the lead rule (they set no time)."""
    out = list(events)
    current: Event | None = None
    for k in _by_text_order(events):
        ev = events[k]
        if ev.date_start is not None:
            if _narrative_now(ev, k in lead_dated):
                current = ev
            continue
        if current is None or ev.modality in (*UNDECIDED, "negated"):
            continue
        if mentions[k].tense == "present":
            continue  # "Ruritania provides aid": ongoing, not the narrated day
        if ev.sentence_index - current.sentence_index > NARRATIVE_GAP:
            continue
        out[k] = _narrated(ev, current, published)
    return out
