"""The HTML timeline of a large store, made from columns in date order one slice at a
time (issue 12, memory flat): the same page and plot bytes as the dict-per-row path."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pytest

from eventline.io import parquet as store
from eventline.io import report

TYPES = ["ASSAULT", "PROTEST", "", None, "AID", "Ωmega"]
PRECISIONS = ["day", "day", "month", "year", None, "unknown"]


def _maybe(rng: random.Random, value: object, p: float = 0.2) -> object:
    return None if rng.random() < p else value


def _store(out: Path, n_events: int, seed: int) -> None:
    """A varied store: undated events, open ends, equal dates, empty and missing values."""
    rng = random.Random(seed)
    d0 = date(2023, 3, 1)
    ev_cols: dict[str, list] = {f.name: [] for f in store.EVENTS_SCHEMA}
    n_cl = max(1, n_events // 3)
    for i in range(n_events):
        start = _maybe(rng, d0 + timedelta(days=rng.randrange(40)), 0.15)
        row = {
            "event_id": f"{rng.randrange(16**8):08x}-{i}" if i % 7 else f"é{i:05d}",
            "article_id": f"a{i // 4}",
            "event_type": rng.choice(TYPES),
            "date_start": start,
            "date_end": _maybe(rng, start + timedelta(days=rng.randrange(3)) if start else d0),
            "date_precision": rng.choice(PRECISIONS),
            "cluster_id": f"C{rng.randrange(n_cl):04d}",
        }
        for name, values in ev_cols.items():
            values.append(row.get(name))
    events = pa.table(ev_cols, schema=store.EVENTS_SCHEMA)
    tl_cols: dict[str, list] = {f.name: [] for f in store.TIMELINE_SCHEMA}
    for c in range(n_cl):
        start = _maybe(rng, d0 + timedelta(days=rng.randrange(40)), 0.15)
        ids = [f"x{c}-{k}" for k in range(rng.randrange(4))]
        row = {
            "cluster_id": _maybe(rng, f"C{c:04d}", 0.05),
            "story_id": _maybe(rng, f"S{c % 9}"),
            "event_type": rng.choice(TYPES),
            "date_start": start,
            "date_end": _maybe(rng, start + timedelta(days=2) if start else d0),
            "date_precision": rng.choice(PRECISIONS),
            "actor": _maybe(rng, f"actor {c % 11} «q»"),
            "target": _maybe(rng, f"target {c % 5}"),
            "location": _maybe(rng, f"town {c % 13}"),
            "country_code": _maybe(rng, rng.choice(["MLI", "FRA", "SEN"])),
            "latitude": _maybe(rng, rng.uniform(-40, 40)),
            "longitude": _maybe(rng, rng.uniform(-40, 40)),
            "fatalities": _maybe(rng, rng.randrange(5), 0.6),
            "modality": _maybe(rng, "asserted", 0.5),
            "sources": _maybe(rng, [f"s{k % 2}" for k in range(len(ids))]),
            "event_ids": _maybe(rng, ids),
            "n_mentions": _maybe(rng, len(ids), 0.3),
            "n_articles": _maybe(rng, 1),
            "summary": _maybe(rng, f"Summary {c} " + "long " * rng.randrange(200)),
        }
        for name, values in tl_cols.items():
            values.append(row.get(name))
    store.commit_events(events, out)
    store.write_table_atomic(pa.table(tl_cols, schema=store.TIMELINE_SCHEMA), out / store.TIMELINE)


@pytest.mark.parametrize(("n_events", "seed"), [(400, 1), (1_500, 2)])
def test_large_store_page_and_plot_same_bytes_as_dict_rows(tmp_path, monkeypatch, n_events, seed):
    out = tmp_path / "out"
    _store(out, n_events, seed)
    monkeypatch.setattr(report, "MAX_MENTION_ROWS", 100)
    monkeypatch.setattr(report, "MAX_TEXTS", 50)
    files = report.write_report(out)
    assert files.n_events == n_events
    events = store.read_events(out)
    records = report.timeline_records(events, store.ARTICLES_SCHEMA.empty_table())
    timeline = store.read_table(out / store.TIMELINE, store.TIMELINE_SCHEMA)
    expected = report.render_html(records, clusters=report.cluster_records(timeline, records))
    assert files.html.read_text(encoding="utf-8") == expected
    assert files.png is not None
    ref = report.plot_events_per_day(records, tmp_path / "ref.png")
    assert ref is not None and files.png.read_bytes() == ref.read_bytes()


def test_small_store_keeps_the_mention_rows(tmp_path):
    out = tmp_path / "out"
    _store(out, 60, 3)
    data = report.write_report(out).html.read_text(encoding="utf-8")
    assert '"m":{' in data and '"agg":null' in data


def test_read_table_reads_only_the_columns_asked_missing_ones_null(tmp_path):
    path = tmp_path / "t.parquet"
    store.write_table_atomic(pa.table({"cluster_id": ["C1"], "story_id": ["S1"]}), path)
    t = store.read_table(path, store.TIMELINE_SCHEMA, ["cluster_id", "summary"])
    assert t.column_names == ["cluster_id", "summary"]
    assert t.to_pylist() == [{"cluster_id": "C1", "summary": None}]
    assert t.schema.field("summary").type == store.TIMELINE_SCHEMA.field("summary").type
    absent = store.read_table(tmp_path / "none.parquet", store.TIMELINE_SCHEMA, ["event_ids"])
    assert absent.num_rows == 0 and absent.column_names == ["event_ids"]
