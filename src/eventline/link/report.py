"""Plain-text story report (Parquet tables and their schemas live in ``eventline.io.parquet``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import date
from typing import Any

from eventline.link.timeline import TimelineEvent


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
