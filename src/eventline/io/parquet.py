"""Parquet and GraphML output: the only module that writes the dataset.

Every table has an explicit pyarrow schema (documented in ``docs/schema.md``). Writes are
atomic: each file is written to a temporary name in the same directory and moved into
place with ``os.replace``; the ``events`` dataset is committed as a new immutable version
(unchanged part files hard-linked, new rows in new part files, a manifest) and published
by swapping the ``events`` symlink (see ``docs/operations.md``). Tables are merged with
what the output directory already holds, keyed by their ids, so re-running on the same
input gives the same rows and no duplicates.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from eventline.io.atomic import atomic_path, file_mode, make_temp_dir, write_text
from eventline.io.lock import unless_locked
from eventline.model import ArticleRow, Event, Link, Reject, stable_hash

log = logging.getLogger(__name__)

EVENTS_DIR = "events"
EVENTS_VERSIONS = ".events"
MANIFEST = "_manifest.json"
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
        ("location_source", _str),  # clause | sentence | paragraph | article
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
        ("location_source", _str),
    ]
)


# --------------------------------------------------------------------------- conversion


def _column(rows: Sequence[Any], name: str) -> list[Any]:
    """The values of field or key ``name`` of every row (None when absent); ``extras``
    dicts as sorted JSON text."""
    values = [r.get(name) if isinstance(r, dict) else getattr(r, name, None) for r in rows]
    if name == "extras":
        values = [
            json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, dict) else v
            for v in values
        ]
    return values


def to_table(rows: Iterable[Any], schema: pa.Schema) -> pa.Table:
    """Dataclasses or dicts → a table with exactly ``schema``, built column by column
    (no per-row dict: ``dataclasses.asdict`` deep-copied every row)."""
    rows = list(rows)
    return pa.Table.from_pydict({n: _column(rows, n) for n in schema.names}, schema=schema)


def event_rows(events: Sequence[Event], batch_rows: int = 20_000) -> pa.Table:
    """The events table of ``events``, built ``batch_rows`` at a time (the Python lists
    of one slice's columns at once, not of all events)."""
    if len(events) <= batch_rows:
        return to_table(events, EVENTS_SCHEMA)
    return pa.concat_tables(
        to_table(events[i : i + batch_rows], EVENTS_SCHEMA)
        for i in range(0, len(events), batch_rows)
    )


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
    """Write a Parquet file atomically (see :func:`eventline.io.atomic.atomic_path`)."""
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")


# --------------------------------------------------------------------------- events dataset
#
# ``events`` is a symlink to an immutable version directory ``.events/vNNNNNN`` holding
# Parquet part files and a ``_manifest.json``. A commit builds the next version beside
# the current one (unchanged parts are hard-linked, changed or new rows go to new part
# files), then swaps the symlink with one ``os.replace``: readers, globbing readers
# included, see either the old or the new version, never a half-written one.


@dataclasses.dataclass(frozen=True, slots=True)
class PartInfo:
    """One Parquet part file of an events version."""

    name: str
    rows: int
    written_in: int  # version that wrote the file (hard links keep it)


@dataclasses.dataclass(frozen=True, slots=True)
class CommitInfo:
    """What one commit of the events dataset did."""

    version: int
    n_rows: int
    parts: tuple[PartInfo, ...]
    parts_written: int
    parts_linked: int
    compacted: bool


def _versions_dir(out_dir: Path) -> Path:
    return out_dir / EVENTS_VERSIONS


def _version_number(path: Path) -> int | None:
    name = path.name
    if name.startswith("v") and name[1:].isdigit():
        return int(name[1:])
    return None


def current_version_dir(out_dir: Path) -> Path | None:
    """The committed version directory ``events`` points to (None before any commit)."""
    link = out_dir / EVENTS_DIR
    if not link.is_symlink():
        return link if link.is_dir() else None
    target = Path(os.readlink(link))
    target = target if target.is_absolute() else out_dir / target
    return target if target.is_dir() else None


def read_manifest(version_dir: Path) -> list[PartInfo]:
    """Parts of a version; without a manifest (legacy layout) the Parquet files found."""
    mf = version_dir / MANIFEST
    if mf.exists():
        d = json.loads(mf.read_text(encoding="utf-8"))
        return [PartInfo(p["name"], int(p["rows"]), int(p["written_in"])) for p in d["parts"]]
    return [
        PartInfo(str(f.relative_to(version_dir)), pq.read_metadata(f).num_rows, 0)
        for f in sorted(version_dir.rglob("*.parquet"))
    ]


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _point_events_at(out_dir: Path, version_dir: Path) -> None:
    """Atomically make ``events`` a symlink to ``version_dir``."""
    tmp = out_dir / f".{EVENTS_DIR}.link-{version_dir.name}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(os.path.relpath(version_dir, out_dir), tmp)
    os.replace(tmp, out_dir / EVENTS_DIR)
    _fsync_dir(out_dir)


def recover_events(out_dir: Path, keep_versions: int = 2) -> None:
    """Clean up after an interrupted commit and migrate the legacy ``events/`` directory.

    Versions newer than the current one are debris of a commit killed before its swap;
    only the current version and ``keep_versions - 1`` older ones are kept.
    """
    events, vdir = out_dir / EVENTS_DIR, _versions_dir(out_dir)
    # debris of the former directory-swap layout
    old = out_dir / f"{EVENTS_DIR}.old"
    if old.exists() and not events.exists() and not events.is_symlink():
        old.rename(events)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
    for stale in out_dir.glob(f".{EVENTS_DIR}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in out_dir.glob(f".{EVENTS_DIR}.link-*"):
        stale.unlink()
    if events.is_dir() and not events.is_symlink():
        vdir.mkdir(parents=True, exist_ok=True)
        legacy = vdir / "v000000"
        if legacy.exists():
            shutil.rmtree(legacy)
        events.rename(legacy)
        _point_events_at(out_dir, legacy)
        log.info("migrated %s to versioned layout", events)
    current = current_version_dir(out_dir)
    if not vdir.is_dir():
        return
    cur = _version_number(current) if current is not None else -1
    cur = -1 if cur is None else cur
    older = sorted(n for p in vdir.iterdir() if (n := _version_number(p)) is not None and n < cur)
    keep = set(older[-(keep_versions - 1) :] if keep_versions > 1 else []) | {cur}
    for p in vdir.iterdir():
        n = _version_number(p)
        if n is None or n not in keep:
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink()


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
    mode = file_mode()
    if dst.stat().st_mode & 0o777 != mode:  # a part an older release wrote owner-only
        with contextlib.suppress(OSError):
            os.chmod(dst, mode)


def _write_part(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")
    os.chmod(path, file_mode())


def commit_events(
    table: pa.Table,
    out_dir: Path,
    *,
    rows_per_file: int = 100_000,
    max_parts: int = 16,
    keep_versions: int = 2,
) -> CommitInfo:
    """Make ``table`` (the whole events dataset) the new committed version.

    Parts of the current version whose rows are unchanged are hard-linked, not rewritten;
    rows that changed (new story or cluster ids) or are new go to new part files. When
    the version would hold more than ``max_parts`` files, everything is compacted into
    parts of ``rows_per_file`` rows sorted by event id. When nothing changed, no version
    is made (the current one is returned, ``parts_written == 0``).
    """
    recover_events(out_dir, keep_versions)
    out_dir.mkdir(parents=True, exist_ok=True)
    vdir = _versions_dir(out_dir)
    vdir.mkdir(exist_ok=True)
    current = current_version_dir(out_dir)
    cur_n = (_version_number(current) if current is not None else None) or 0
    version = cur_n + 1 if current is not None else 1
    table = _conform(table, EVENTS_SCHEMA)
    if not _sorted_ids(table.column("event_id")):  # a sorted table is not copied again
        table = table.sort_by([("event_id", "ascending")])
    staging = make_temp_dir(vdir, f".v{version:06d}-")
    try:
        parts, linked, written = _plan_parts(table, current, staging, version, rows_per_file)
        if current is not None and not written and linked == len(read_manifest(current)):
            log.info("events v%d unchanged: no new version", cur_n)
            return CommitInfo(cur_n, table.num_rows, tuple(parts), 0, linked, False)
        compacted = False
        if len(parts) > max_parts:
            for p in parts:
                (staging / p.name).unlink()
            parts = _write_chunks(table, staging, version, rows_per_file, start=0)
            linked, written, compacted = 0, len(parts), True
        manifest = {
            "version": version,
            "rows": table.num_rows,
            "parts": [dataclasses.asdict(p) for p in parts],
        }
        write_text(json.dumps(manifest, indent=1, sort_keys=True), staging / MANIFEST)
        _fsync_dir(staging)
        final = vdir / f"v{version:06d}"
        if final.exists():  # debris of a commit killed after its rename
            shutil.rmtree(final)
        staging.rename(final)
        _crash_point("before-swap")
        _point_events_at(out_dir, final)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    recover_events(out_dir, keep_versions)
    log.info(
        "events v%d: %d rows, %d parts (%d written, %d linked)%s",
        version,
        table.num_rows,
        len(parts),
        written,
        linked,
        ", compacted" if compacted else "",
    )
    return CommitInfo(version, table.num_rows, tuple(parts), written, linked, compacted)


def _plan_parts(
    table: pa.Table, current: Path | None, staging: Path, version: int, rows_per_file: int
) -> tuple[list[PartInfo], int, int]:
    """Link unchanged parts of ``current`` into ``staging``; write the remaining rows."""
    parts: list[PartInfo] = []
    covered: list[pa.Array] = []
    linked = 0
    ids = table.column("event_id")
    base = current if current is not None else staging
    for info in read_manifest(current) if current is not None else []:
        src = base / info.name
        try:
            old_ids = _part_column(src, "event_id")
            same = _same_rows(table, old_ids, src)
        except (OSError, pa.ArrowInvalid) as exc:
            log.warning("unreadable events part %s (%s): its rows are rewritten", src, exc)
            continue
        if same:
            name = Path(info.name).name
            _link_or_copy(src, staging / name)
            parts.append(PartInfo(name, info.rows, info.written_in))
            covered.append(old_ids.combine_chunks())
            linked += 1
    rest = table
    if covered:
        done = pa.concat_arrays(covered)
        rest = table.filter(pc.invert(pc.is_in(ids, value_set=done)))
    new_parts = _write_chunks(rest, staging, version, rows_per_file, start=0)
    return parts + new_parts, linked, len(new_parts)


def _sorted_ids(ids: pa.ChunkedArray) -> bool:
    """Whether ``ids`` are in non-decreasing order (no nulls)."""
    if ids.null_count:
        return False
    n = len(ids)
    return n < 2 or bool(pc.all(pc.less_equal(ids.slice(0, n - 1), ids.slice(1))).as_py())


def _part_column(path: Path, name: str) -> pa.ChunkedArray:
    """One column of a stored events part, as :data:`EVENTS_SCHEMA` types it (null when
    the part has no such column)."""
    field = EVENTS_SCHEMA.field(name)
    f = pq.ParquetFile(path)
    if name not in f.schema_arrow.names:
        return pa.chunked_array([pa.nulls(f.metadata.num_rows, field.type)])
    return f.read(columns=[name]).column(name).cast(field.type)


def _same_rows(table: pa.Table, old_ids: pa.ChunkedArray, src: Path) -> bool:
    """Whether the rows of ``table`` with the ids of the stored part ``src`` are exactly
    its rows (sorted by id), compared one column at a time (issue 12: neither the part nor
    the selected rows are held whole)."""
    mask = pc.is_in(table.column("event_id"), value_set=old_ids)
    if (pc.sum(mask).as_py() or 0) != len(old_ids):
        return False
    order = pc.sort_indices(old_ids)  # stable, as ``sort_by``
    for field in EVENTS_SCHEMA:
        old = _part_column(src, field.name).take(order)
        if not table.column(field.name).filter(mask).equals(old):
            return False
    return True


def _write_chunks(
    table: pa.Table, staging: Path, version: int, rows_per_file: int, start: int
) -> list[PartInfo]:
    parts = []
    n = -(-table.num_rows // rows_per_file) if table.num_rows else 0
    for k in range(n):
        name = f"part-{version:06d}-{start + k:04d}.parquet"
        chunk = table.slice(k * rows_per_file, rows_per_file)
        _write_part(chunk, staging / name)
        parts.append(PartInfo(name, chunk.num_rows, version))
        _crash_point("after-part")
    return parts


_CRASH_HITS: Counter[str] = Counter()


def _crash_point(where: str) -> None:
    """Test hook: ``EVENTLINE_CRASH_AT=<where>`` kills the process here (crash tests);
    ``<where>@N`` the N-th time the run passes here (a later checkpoint)."""
    spec = os.environ.get("EVENTLINE_CRASH_AT", "")
    name, _, nth = spec.partition("@")
    if name != where:
        return
    _CRASH_HITS[where] += 1
    if _CRASH_HITS[where] == (int(nth) if nth.isdigit() else 1):
        log.warning("EVENTLINE_CRASH_AT=%s: killing the process", spec)
        os.kill(os.getpid(), 9)


# --------------------------------------------------------------------------- reading back


def read_table(path: Path, schema: pa.Schema, columns: Sequence[str] | None = None) -> pa.Table:
    """A stored table, or an empty one with ``schema`` when absent or unreadable; with
    ``columns``, only those columns of ``schema`` (missing ones null)."""
    if columns is not None:
        schema = pa.schema([schema.field(c) for c in columns])
    if not path.exists():
        return schema.empty_table()
    try:
        if columns is None:
            t = pq.read_table(path)
        else:
            stored = set(pq.read_schema(path).names)
            t = pq.read_table(path, columns=[c for c in columns if c in stored])
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


def read_events(out_dir: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """The committed events dataset (empty table with the schema when there is none);
    with ``columns``, only those columns (in the parts' order, like the whole table)."""
    schema = pa.schema([EVENTS_SCHEMA.field(c) for c in columns]) if columns else EVENTS_SCHEMA
    with unless_locked(out_dir) as free:
        if free:  # debris is cleaned only when no writer is building a version
            recover_events(out_dir)
    current = current_version_dir(out_dir)
    if current is None:
        return schema.empty_table()
    tables = [
        _conform(pq.read_table(current / p.name, columns=columns), schema)
        for p in read_manifest(current)
    ]
    if not tables:
        return schema.empty_table()
    return pa.concat_tables(tables)


def _shared_values(column: pa.ChunkedArray) -> list[Any]:
    """The column's values as Python objects, equal values one shared object (strings
    and dates repeat across rows: a source, a language, the sentence of several
    mentions); other types as they come."""
    if not (pa.types.is_string(column.type) or pa.types.is_date(column.type)):
        return column.to_pylist()
    encoded = pc.dictionary_encode(column).combine_chunks()
    values = encoded.dictionary.to_pylist()
    return [None if i is None else values[i] for i in encoded.indices.to_pylist()]


def events_from_table(table: pa.Table, batch_rows: int = 20_000) -> list[Event]:
    """Stored event rows back into ``Event`` records (for linking across runs), read
    ``batch_rows`` at a time, column by column, repeated values shared (no row dicts)."""
    fields = {f.name for f in dataclasses.fields(Event)}
    names = [n for n in table.column_names if n in fields and n != "extras"]
    has_extras = "extras" in table.column_names
    parsed: dict[str, dict[str, Any]] = {}  # extras JSON text -> its dict (copied per event)
    out = []
    for start in range(0, table.num_rows, batch_rows):
        part = table.slice(start, batch_rows)
        cols = [_shared_values(part.column(n)) for n in names]
        extras = part.column("extras").to_pylist() if has_extras else [None] * part.num_rows
        for values, text in zip(zip(*cols, strict=True), extras, strict=True):
            kwargs = dict(zip(names, values, strict=True))
            if text:
                if text not in parsed:
                    parsed[text] = json.loads(text)
                kwargs["extras"] = dict(parsed[text])
            else:
                kwargs["extras"] = {}
            out.append(Event(**kwargs))
    return out


def read_event_records(out_dir: Path) -> list[Event]:
    """``events_from_table(read_events(out_dir))`` one part file at a time: the whole
    dataset is never held as a table beside its ``Event`` records."""
    with unless_locked(out_dir) as free:
        if free:
            recover_events(out_dir)
    current = current_version_dir(out_dir)
    out: list[Event] = []
    if current is None:
        return out
    for p in read_manifest(current):
        out += events_from_table(_conform(pq.read_table(current / p.name), EVENTS_SCHEMA))
    return out


def read_links(out_dir: Path) -> list[Link]:
    """The links of the dataset in ``out_dir``."""
    return [Link(**row) for row in read_table(out_dir / LINKS, LINKS_SCHEMA).to_pylist()]


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
    # by id, as the dataset is stored: ``commit_events`` then sorts no copy of the table
    ev_table = event_rows(sorted(events, key=lambda e: e.event_id))
    old_events = _old_events_kept(out_dir, articles, ev_table)
    if old_events.num_rows:
        ev_table = pa.concat_tables([old_events, ev_table])
    del old_events
    commit_events(ev_table, out_dir)
    n_events = ev_table.num_rows
    del ev_table  # the tables of the whole store are not kept through the next writes
    link_table = to_table(links, LINKS_SCHEMA)
    write_table_atomic(link_table, out_dir / LINKS)
    n_links = link_table.num_rows
    del link_table
    write_table_atomic(to_table(timeline, TIMELINE_SCHEMA), out_dir / TIMELINE)
    if graph_writer is not None:
        graph_writer(out_dir / GRAPH)
    if link_state_json is not None:
        write_text(link_state_json, out_dir / LINK_STATE)
    rej_table = merge_by_key(
        read_table(out_dir / REJECTS, REJECTS_SCHEMA),
        to_table([reject_row(r) for r in rejects], REJECTS_SCHEMA),
        "reject_id",
    ).sort_by("reject_id")
    write_table_atomic(rej_table, out_dir / REJECTS)
    _crash_point("before-articles")
    # written last: an article counts as done (skipped next time) only once all its
    # outputs are committed; a crash before this line makes the next run redo it, and
    # stable event ids make the redo replace rather than duplicate.
    art_table = merge_by_key(
        read_table(out_dir / ARTICLES, ARTICLES_SCHEMA),
        to_table(articles, ARTICLES_SCHEMA),
        "article_id",
    ).sort_by("article_id")
    write_table_atomic(art_table, out_dir / ARTICLES)
    return WriteSummary(
        out_dir, n_events, art_table.num_rows, rej_table.num_rows, n_links, len(timeline)
    )


def _old_events_kept(out_dir: Path, articles: Sequence[ArticleRow], new: pa.Table) -> pa.Table:
    """Stored events that stay beside ``new``: not of an article processed again (its
    old events are replaced whole) and not in ``new``. Decided on the id columns alone;
    the whole rows are read only when some stay (a run's link stage hands every event)."""
    keys = read_events(out_dir, ["event_id", "article_id"])
    if not keys.num_rows:
        return EVENTS_SCHEMA.empty_table()
    redone = pa.array(sorted({a.article_id for a in articles}), type=pa.string())
    keep = pc.invert(pc.is_in(keys.column("article_id"), value_set=redone))
    keep = pc.and_(
        keep, pc.invert(pc.is_in(keys.column("event_id"), value_set=new.column("event_id")))
    )
    if not pc.any(keep).as_py():
        return EVENTS_SCHEMA.empty_table()
    return read_events(out_dir).filter(keep)


def known_reject_ids(out_dir: Path) -> set[str]:
    """Ids of the rejects ``out_dir`` already records."""
    return set(read_table(out_dir / REJECTS, REJECTS_SCHEMA).column("reject_id").to_pylist())


def _num_rows(path: Path) -> int:
    try:
        return pq.read_metadata(path).num_rows
    except (OSError, pa.ArrowInvalid):
        return 0


def dataset_counts(out_dir: Path) -> WriteSummary:
    """What ``out_dir`` holds, counted from file metadata (nothing is read in full)."""
    current = current_version_dir(out_dir)
    n_events = sum(p.rows for p in read_manifest(current)) if current is not None else 0
    return WriteSummary(
        out_dir,
        n_events,
        _num_rows(out_dir / ARTICLES),
        _num_rows(out_dir / REJECTS),
        _num_rows(out_dir / LINKS),
        _num_rows(out_dir / TIMELINE),
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
