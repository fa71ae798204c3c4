"""Committing the events dataset without whole copies of it (issue 12, memory flat):
stored parts compared with the new rows one column at a time, a sorted table not sorted
again; the same parts linked or written as before."""

from __future__ import annotations

import pyarrow as pa

from eventline.io import parquet as store


def _events_table(n: int) -> pa.Table:
    cols = {f.name: [None] * n for f in store.EVENTS_SCHEMA}
    cols["event_id"] = [f"e{(i * 7919) % n:05d}" for i in range(n)]  # not in id order
    cols["article_id"] = [f"a{i // 3}" for i in range(n)]
    cols["sentence"] = [f"Sentence {i}." for i in range(n)]
    cols["fatalities"] = [i % 4 for i in range(n)]
    return pa.table(cols, schema=store.EVENTS_SCHEMA)


def test_commit_events_compares_parts_column_by_column(tmp_path):
    """Unchanged parts are linked, a part with one changed cell is rewritten, the
    stored rows are the table's sorted by id (whether given sorted or not)."""
    out = tmp_path / "out"
    table = _events_table(250)
    first = store.commit_events(table, out, rows_per_file=100)
    assert first.parts_written == 3
    assert store.read_events(out).column("event_id").to_pylist() == sorted(
        table.column("event_id").to_pylist()
    )
    again = store.commit_events(table.sort_by("event_id"), out, rows_per_file=100)
    assert again.parts_written == 0 and again.version == first.version
    ids = table.column("event_id").to_pylist()
    k = ids.index("e00150")
    fat = table.column("fatalities").to_pylist()
    fat[k] = 99
    changed = table.set_column(
        table.schema.get_field_index("fatalities"), "fatalities", pa.array(fat, pa.int64())
    )
    info = store.commit_events(changed, out, rows_per_file=100)
    assert (info.parts_written, info.parts_linked) == (1, 2)
    stored = store.read_events(out).sort_by("event_id")
    assert stored.equals(store._conform(changed, store.EVENTS_SCHEMA).sort_by("event_id"))
