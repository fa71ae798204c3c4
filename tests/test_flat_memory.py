"""Reading and writing the events dataset without holding it twice: same rows as the
whole-table paths (issue 12, flat memory)."""

from __future__ import annotations

import json
from datetime import date

from eventline import pipeline
from eventline.io import parquet as store
from eventline.model import Event, Reject
from tests.test_store import ev, row, write


def _by_rows(table) -> list[Event]:
    """The former conversion: one dict per row."""
    out = []
    for r in table.to_pylist():
        extras = r.pop("extras", None)
        out.append(Event(**r, extras=json.loads(extras) if extras else {}))
    return out


def _events() -> list[Event]:
    return [
        ev(1),
        ev(2, sentence="Phrase 1.", extras={}),
        ev(3, article="a2", published=None, date_start=None, date_end=None),
        ev(4, article="a2", location="Ville", latitude=1.5, extras={"k": "v", "z": "é"}),
        ev(5, article="a3", fatalities=4),
    ]


def test_events_from_table_equals_row_conversion_and_shares_values():
    table = store.event_rows(_events())
    back = store.events_from_table(table, batch_rows=2)
    assert back == _by_rows(table)
    assert back[0].source is back[1].source  # equal strings: one object
    assert back[0].extras == back[4].extras and back[0].extras is not back[4].extras


def test_event_rows_in_slices_equals_one_table():
    events = _events()
    assert store.event_rows(events, batch_rows=2).equals(store.event_rows(events))


def test_read_event_records_equals_whole_table(tmp_path):
    write(tmp_path, _events()[:3], [row("a1", 2), row("a2", 1)])
    write(tmp_path, _events()[4:], [row("a3", 1)])  # the first part stays as it is
    assert len(store.read_manifest(store.current_version_dir(tmp_path))) > 1
    want = store.events_from_table(store.read_events(tmp_path))
    assert store.read_event_records(tmp_path) == want


def test_write_outputs_keeps_stored_events_not_handed_and_drops_redone(tmp_path):
    write(tmp_path, [ev(1), ev(2), ev(3, article="a2")], [row("a1", 2), row("a2", 1)])
    # a2 processed again: its old event goes; a1's events stay though not handed
    write(tmp_path, [ev(4, article="a2")], [row("a2", 1)])
    ids = store.read_events(tmp_path).column("event_id").to_pylist()
    assert sorted(ids) == ["e001", "e002", "e004"]


def test_tally_keeps_counts_rejects_and_the_preview_of_all_batches():
    evs = [ev(i, date_start=date(2024, 1, 1 + i % 27) if i % 5 else None) for i in range(60)]
    batches = []
    for k in range(0, 60, 7):
        b = pipeline.BatchResult()
        b.results.append(pipeline.ArticleResult(None, evs[k : k + 7]))  # type: ignore[arg-type]
        b.rejects.append(Reject(f"s{k}", "empty", "no text"))
        batches.append(b)
    tally = pipeline.Tally()
    tally.add(batches[:3])
    tally.add(batches[3:])
    assert tally.batches == len(batches) and tally.new_events == 60
    assert [r.source for r in tally.rejects] == [f"s{k}" for k in range(0, 60, 7)]
    assert tuple(tally.preview) == pipeline._preview(evs, pipeline.PREVIEW_EVENTS)
    assert tuple(pipeline.Tally(preview=[]).preview) == ()
    small = pipeline.Tally()
    for b in batches:
        small.add([b])
    assert [e.event_id for e in small.preview] == [e.event_id for e in tally.preview]
