"""One row per merged real-world event (``timeline.parquet``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from eventline.link.features import precision_rank
from eventline.model import Event

_REAL = ("asserted", "claimed")


@dataclass(slots=True)
class TimelineEvent:
    """One merged event: what analysts query."""

    cluster_id: str
    story_id: str | None
    event_type: str
    event_mode: str | None
    date_start: date | None
    date_end: date | None
    date_precision: str
    actor: str | None
    actor_country: str | None
    target: str | None
    target_country: str | None
    location: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    fatalities: int | None
    injured: int | None
    modality: str
    sources: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    n_mentions: int = 0
    n_articles: int = 0
    first_seen: date | None = None
    summary: str = ""
    location_source: str | None = None  # clause | sentence | paragraph | article


def _vote(values: Sequence[str | None]) -> str | None:
    """Most frequent non-empty value; ties go to the first seen."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    # a Counter iterates in first-seen order and max keeps the first of equals: no
    # ``list.index`` per value (quadratic in the mentions of a large cluster)
    return max(counts, key=counts.__getitem__)


def _conservative(values: Sequence[int | None]) -> int | None:
    """ACLED rule: with conflicting reports keep the lowest figure."""
    known = [v for v in values if v is not None]
    return min(known) if known else None


def _richness(ev: Event) -> tuple[int, float, str]:
    filled = sum(
        x is not None
        for x in (ev.actor_canonical or ev.actor, ev.target, ev.location, ev.date_start)
    )
    return (filled + (ev.date_precision == "day"), ev.confidence, ev.event_id)


def build_row(cluster_id: str, mentions: Sequence[Event]) -> TimelineEvent:
    """Merge the mentions of one cluster into a timeline row (mentions in stable order)."""
    ms = sorted(mentions, key=lambda e: ((e.published or date.max), e.article_id, e.event_id))
    real = [m for m in ms if m.modality in _REAL] or ms
    dated = [m for m in real if m.date_start is not None and m.date_precision != "unknown"]
    best_date = (
        min(
            dated,
            key=lambda m: (
                precision_rank(m.date_precision),
                -sum(o.date_start == m.date_start for o in dated),
                (m.date_end or m.date_start) - m.date_start,  # type: ignore[operator]
                m.event_id,
            ),
        )
        if dated
        else None
    )
    placed = sorted(
        (m for m in real if m.location_canonical or m.location),
        key=lambda m: (m.geo_precision or 9, m.latitude is None, m.event_id),
    )
    # a place some mention's own clause names outvotes places mentions inherit
    own = [m for m in placed if m.location_source in (None, "clause")]
    placed = own or placed
    loc_name = _vote([m.location_canonical or m.location for m in placed])
    loc = next((m for m in placed if (m.location_canonical or m.location) == loc_name), None)
    best = max(ms, key=_richness)
    published = [m.published for m in ms if m.published]
    modality = "asserted" if any(m.modality == "asserted" for m in ms) else ms[0].modality
    return TimelineEvent(
        cluster_id=cluster_id,
        story_id=ms[0].story_id,
        event_type=_vote([m.event_type for m in ms]) or ms[0].event_type,
        event_mode=_vote([m.event_mode for m in real]),
        date_start=best_date.date_start if best_date else None,
        date_end=(best_date.date_end or best_date.date_start) if best_date else None,
        date_precision=best_date.date_precision if best_date else "unknown",
        actor=_vote([m.actor_canonical or m.actor for m in real if m.actor_canonical])
        or _vote([m.actor for m in real]),
        actor_country=_vote([m.actor_country for m in real]),
        target=_vote([m.target_canonical or m.target for m in real]),
        target_country=_vote([m.target_country for m in real]),
        location=loc_name,
        country_code=(loc.country_code if loc else None) or _vote([m.country_code for m in real]),
        latitude=loc.latitude if loc else None,
        longitude=loc.longitude if loc else None,
        fatalities=_conservative([m.fatalities for m in real]),
        injured=_conservative([m.injured for m in real]),
        modality=modality,
        sources=sorted({m.source for m in ms}),
        article_ids=sorted({m.article_id for m in ms}),
        event_ids=[m.event_id for m in ms],
        n_mentions=len(ms),
        n_articles=len({m.article_id for m in ms}),
        first_seen=min(published) if published else None,
        summary=best.sentence,
        location_source=loc.location_source if loc else None,
    )
