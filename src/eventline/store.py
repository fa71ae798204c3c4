"""Parquet and GraphML output: the only module that writes the dataset.

Every table has an explicit pyarrow schema (documented in ``docs/schema.md``). Writes are
atomic: each file is written to a temporary name in the same directory and moved into
place with ``os.replace``; the ``events/`` dataset is rebuilt in a sibling directory and
swapped in. Tables are merged with what the output directory already holds, keyed by
their ids, so re-running on the same input gives the same rows and no duplicates.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from eventline.model import Event, Link, Reject, stable_hash

log = logging.getLogger(__name__)

EVENTS_DIR = "events"
ARTICLES = "articles.parquet"
REJECTS = "rejects.parquet"
LINKS = "links.parquet"
TIMELINE = "timeline.parquet"
GRAPH = "graph.graphml"
LINK_STATE = "link_state.json"

_str = pa.string()
_date = pa.date32()
_int = pa.int64()
_float = pa.float64()

EVENTS_SCHEMA = pa.schema(
    [
        ("event_id", _str),
        ("article_id", _str),
        ("source", _str),
        ("lang", _str),
        ("published", _date),
        ("sentence_index", pa.int32()),
        ("sentence", _str),
        ("char_start", _int),
        ("char_end", _int),
        ("trigger", _str),
        ("action_lemma", _str),
        ("event_type", _str),
        ("event_mode", _str),
        ("cameo_root", _str),
        ("actor", _str),
        ("actor_canonical", _str),
        ("target", _str),
        ("target_canonical", _str),
        ("location", _str),
        ("location_canonical", _str),
        ("country_code", _str),
        ("latitude", _float),
        ("longitude", _float),
        ("date_text", _str),
        ("date_start", _date),
        ("date_end", _date),
        ("date_precision", _str),
        ("date_anchor", _str),
        ("fatalities", _int),
        ("injured", _int),
        ("modality", _str),
        ("confidence", _float),
        ("story_id", _str),
        ("extractor_version", _str),
        # additional columns
        ("trigger_start", _int),
        ("trigger_end", _int),
        ("paragraph_index", pa.int32()),
        ("date_value", _str),
        ("casualty_qualifier", _str),
        ("actor_country", _str),
        ("actor_sector", _str),
        ("target_country", _str),
        ("target_sector", _str),
        ("geo_precision", pa.int8()),
        ("cluster_id", _str),
        ("extras", _str),  # JSON object of diagnostic fields
    ]
)

ARTICLES_SCHEMA = pa.schema(
    [
        ("article_id", _str),
        ("doc_id", _str),
        ("source", _str),
        ("title", _str),
        ("url", _str),
        ("lang", _str),
        ("published", _date),
        ("published_origin", _str),
        ("reference_date", _date),
        ("reference_origin", _str),
        ("n_chars", _int),
        ("n_events", _int),
        ("status", _str),
        ("extractor_version", _str),
    ]
)

REJECTS_SCHEMA = pa.schema(
    [
        ("reject_id", _str),
        ("source", _str),
        ("reason", _str),
        ("detail", _str),
        ("article_id", _str),
    ]
)

LINKS_SCHEMA = pa.schema(
    [
        ("source_event_id", _str),
        ("target_event_id", _str),
        ("relation", _str),
        ("evidence", _str),
        ("score", _float),
    ]
)

TIMELINE_SCHEMA = pa.schema(
    [
        ("cluster_id", _str),
        ("story_id", _str),
        ("event_type", _str),
        ("event_mode", _str),
        ("date_start", _date),
        ("date_end", _date),
        ("date_precision", _str),
        ("actor", _str),
        ("actor_country", _str),
        ("target", _str),
        ("target_country", _str),
        ("location", _str),
        ("country_code", _str),
        ("latitude", _float),
        ("longitude", _float),
        ("fatalities", _int),
        ("injured", _int),
        ("modality", _str),
        ("sources", pa.list_(_str)),
        ("article_ids", pa.list_(_str)),
        ("event_ids", pa.list_(_str)),
        ("n_mentions", _int),
        ("n_articles", _int),
        ("first_seen", _date),
        ("summary", _str),
    ]
)


@dataclasses.dataclass(frozen=True, slots=True)
class ArticleRow:
    """One row of ``articles.parquet``."""

    article_id: str
    doc_id: str
    source: str
    title: str | None
    url: str | None
    lang: str | None
    published: date | None
    published_origin: str
    reference_date: date | None
    reference_origin: str
    n_chars: int
    n_events: int
    status: str
    extractor_version: str


# --------------------------------------------------------------------------- conversion


def _row(obj: Any, schema: pa.Schema) -> dict[str, Any]:
    d = obj if isinstance(obj, dict) else dataclasses.asdict(obj)
    out = {}
    for name in schema.names:
        v = d.get(name)
        if name == "extras" and isinstance(v, dict):
            v = json.dumps(v, ensure_ascii=False, sort_keys=True)
        out[name] = v
    return out


def to_table(rows: Iterable[Any], schema: pa.Schema) -> pa.Table:
    """Dataclasses or dicts → a table with exactly ``schema``."""
    return pa.Table.from_pylist([_row(r, schema) for r in rows], schema=schema)


def event_rows(events: Sequence[Event]) -> pa.Table:
    return to_table(events, EVENTS_SCHEMA)


def reject_row(r: Reject) -> dict[str, Any]:
    return {
        "reject_id": stable_hash(r.source, r.reason, r.detail),
        "source": r.source,
        "reason": r.reason,
        "detail": r.detail,
        "article_id": r.article_id,
    }


# --------------------------------------------------------------------------- atomic writes


def write_table_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file through a temporary file and ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text_atomic(text: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _recover_events_dir(out_dir: Path) -> None:
    """Finish or roll back an interrupted swap of ``events/``."""
    events, old = out_dir / EVENTS_DIR, out_dir / f"{EVENTS_DIR}.old"
    if old.exists():
        if events.exists():
            shutil.rmtree(old)
        else:
            old.rename(events)
    for stale in out_dir.glob(f".{EVENTS_DIR}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def write_events_dataset(table: pa.Table, out_dir: Path, rows_per_file: int = 200_000) -> None:
    """Replace ``events/`` with ``table`` (sorted by event id), swapping directories."""
    _recover_events_dir(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{EVENTS_DIR}.tmp-", dir=out_dir))
    try:
        table = table.sort_by([("event_id", "ascending")])
        n = max(1, -(-table.num_rows // rows_per_file))
        for k in range(n):
            part = table.slice(k * rows_per_file, rows_per_file)
            pq.write_table(part, tmp / f"part-{k:05d}.parquet", compression="zstd")
        events, old = out_dir / EVENTS_DIR, out_dir / f"{EVENTS_DIR}.old"
        if events.exists():
            events.rename(old)
        tmp.rename(events)
        if old.exists():
            shutil.rmtree(old)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- reading back


def read_table(path: Path, schema: pa.Schema) -> pa.Table:
    """A stored table, or an empty one with ``schema`` when absent or unreadable."""
    if not path.exists():
        return schema.empty_table()
    try:
        t = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        log.warning("could not read %s (%s); starting it afresh", path, exc)
        return schema.empty_table()
    return _conform(t, schema)


def _conform(t: pa.Table, schema: pa.Schema) -> pa.Table:
    cols = []
    for f in schema:
        if f.name in t.column_names:
            cols.append(t.column(f.name).cast(f.type))
        else:
            cols.append(pa.nulls(t.num_rows, f.type))
    return pa.Table.from_arrays(cols, schema=schema)


def read_events(out_dir: Path) -> pa.Table:
    _recover_events_dir(out_dir)
    d = out_dir / EVENTS_DIR
    files = sorted(d.rglob("*.parquet")) if d.exists() else []
    if not files:
        return EVENTS_SCHEMA.empty_table()
    return pa.concat_tables([_conform(pq.read_table(f), EVENTS_SCHEMA) for f in files])


def events_from_table(table: pa.Table) -> list[Event]:
    """Stored event rows back into ``Event`` records (for linking across runs)."""
    fields = {f.name for f in dataclasses.fields(Event)}
    out = []
    for row in table.to_pylist():
        extras = row.pop("extras", None)
        kwargs = {k: v for k, v in row.items() if k in fields}
        kwargs["extras"] = json.loads(extras) if extras else {}
        out.append(Event(**kwargs))
    return out


def merge_by_key(old: pa.Table, new: pa.Table, key: str | list[str]) -> pa.Table:
    """Rows of ``new`` plus rows of ``old`` whose key is not in ``new``."""
    keys = [key] if isinstance(key, str) else key
    if old.num_rows == 0:
        return new
    new_keys = set(zip(*(new.column(k).to_pylist() for k in keys), strict=True))
    old_keys = list(zip(*(old.column(k).to_pylist() for k in keys), strict=True))
    mask = pa.array([k not in new_keys for k in old_keys], type=pa.bool_())
    return pa.concat_tables([old.filter(mask), new])


# --------------------------------------------------------------------------- the outputs


@dataclasses.dataclass(frozen=True, slots=True)
class WriteSummary:
    out_dir: Path
    n_events: int
    n_articles: int
    n_rejects: int
    n_links: int
    n_clusters: int


def write_outputs(
    out_dir: Path,
    *,
    events: Sequence[Event],
    articles: Sequence[ArticleRow],
    rejects: Sequence[Reject],
    links: Sequence[Link],
    timeline: Sequence[Any],
    graph_writer: Any | None = None,
    link_state_json: str | None = None,
) -> WriteSummary:
    """Merge this run's rows into ``out_dir`` and write every table atomically.

    ``events`` must hold every event the link stage saw (old and new): cluster and story
    ids may have changed on old rows, so the events table is rewritten whole.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    old_events = read_events(out_dir)
    redone = pa.array(sorted({a.article_id for a in articles}), type=pa.string())
    if old_events.num_rows and len(redone):
        # articles processed again (new extractor version) replace all their old events
        keep = pc.invert(pc.is_in(old_events.column("article_id"), value_set=redone))
        old_events = old_events.filter(keep)
    ev_table = merge_by_key(old_events, event_rows(events), "event_id")
    write_events_dataset(ev_table, out_dir)
    art_table = merge_by_key(
        read_table(out_dir / ARTICLES, ARTICLES_SCHEMA),
        to_table(articles, ARTICLES_SCHEMA),
        "article_id",
    ).sort_by("article_id")
    write_table_atomic(art_table, out_dir / ARTICLES)
    rej_table = merge_by_key(
        read_table(out_dir / REJECTS, REJECTS_SCHEMA),
        to_table([reject_row(r) for r in rejects], REJECTS_SCHEMA),
        "reject_id",
    ).sort_by("reject_id")
    write_table_atomic(rej_table, out_dir / REJECTS)
    link_table = to_table(links, LINKS_SCHEMA)
    write_table_atomic(link_table, out_dir / LINKS)
    write_table_atomic(to_table(timeline, TIMELINE_SCHEMA), out_dir / TIMELINE)
    if graph_writer is not None:
        graph_writer(out_dir / GRAPH)
    if link_state_json is not None:
        write_text_atomic(link_state_json, out_dir / LINK_STATE)
    return WriteSummary(
        out_dir,
        ev_table.num_rows,
        art_table.num_rows,
        rej_table.num_rows,
        link_table.num_rows,
        len(timeline),
    )


def known_article_ids(out_dir: Path, extractor_version: str) -> set[str]:
    """Articles already processed into ``out_dir`` by this extractor version without error
    (incremental runs skip them)."""
    t = read_table(out_dir / ARTICLES, ARTICLES_SCHEMA).to_pydict()
    return {
        a
        for a, s, v in zip(t["article_id"], t["status"], t["extractor_version"], strict=True)
        if s != "error" and v == extractor_version
    }


def read_link_state(out_dir: Path) -> str | None:
    p = out_dir / LINK_STATE
    try:
        return p.read_text(encoding="utf-8") if p.exists() else None
    except OSError:
        return None
