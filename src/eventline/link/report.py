"""Plain-text story report and Arrow tables for the link outputs (no file writing)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, fields
from datetime import date
from typing import Any

import pyarrow as pa

from eventline.link.timeline import TimelineEvent
from eventline.model import Link


def _row(r: TimelineEvent | Mapping[str, Any]) -> Mapping[str, Any]:
    return asdict(r) if isinstance(r, TimelineEvent) else r


def story_report(rows: Iterable[TimelineEvent | Mapping[str, Any]], story_id: str) -> str:
    """The events of one story in date order with their sources (rows from
    ``LinkResult.timeline`` or from ``timeline.parquet`` as dicts)."""
    mine = [_row(r) for r in rows if _row(r).get("story_id") == story_id]
    if not mine:
        return f"story {story_id}: no events"
    mine.sort(key=lambda r: (r.get("date_start") or date.max, r["cluster_id"]))
    lines = [f"story {story_id}: {len(mine)} events"]
    for r in mine:
        start, end = r.get("date_start"), r.get("date_end")
        when = "undated" if start is None else str(start)
        if end is not None and end != start:
            when += f"..{end}"
        where = r.get("location") or "?"
        who = r.get("actor") or "?"
        whom = f" -> {r['target']}" if r.get("target") else ""
        toll = ""
        if r.get("fatalities") is not None:
            toll = f", {r['fatalities']} killed"
        lines.append(
            f"{when:<22} {r['event_type']:<9} {who}{whom} @ {where}{toll} "
            f"[{r.get('n_mentions', 0)} mentions, {r.get('n_articles', 0)} articles]"
        )
        lines.append(f"    {r.get('summary', '')}")
        lines.append(f"    sources: {', '.join(r.get('sources') or [])}")
    return "\n".join(lines)


_PA_TYPES: dict[str, pa.DataType] = {
    "date_start": pa.date32(), "date_end": pa.date32(), "first_seen": pa.date32(),
    "latitude": pa.float64(), "longitude": pa.float64(), "fatalities": pa.int64(),
    "injured": pa.int64(), "n_mentions": pa.int32(), "n_articles": pa.int32(),
    "sources": pa.list_(pa.string()), "article_ids": pa.list_(pa.string()),
    "event_ids": pa.list_(pa.string()),
}  # fmt: skip

TIMELINE_SCHEMA = pa.schema(
    [pa.field(f.name, _PA_TYPES.get(f.name, pa.string())) for f in fields(TimelineEvent)]
)
LINKS_SCHEMA = pa.schema(
    [
        ("source_event_id", pa.string()),
        ("target_event_id", pa.string()),
        ("relation", pa.string()),
        ("evidence", pa.string()),
        ("score", pa.float64()),
    ]
)


def timeline_table(rows: Sequence[TimelineEvent]) -> pa.Table:
    """Arrow table for ``timeline.parquet``."""
    return pa.Table.from_pylist([asdict(r) for r in rows], schema=TIMELINE_SCHEMA)


def links_table(links: Sequence[Link]) -> pa.Table:
    """Arrow table for ``links.parquet``."""
    return pa.Table.from_pylist(
        [
            {
                "source_event_id": lk.source_event_id,
                "target_event_id": lk.target_event_id,
                "relation": lk.relation,
                "evidence": lk.evidence,
                "score": lk.score,
            }
            for lk in links
        ],
        schema=LINKS_SCHEMA,
    )
