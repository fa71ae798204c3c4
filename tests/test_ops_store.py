"""Versioned events dataset: incremental commits, hard-linked parts, compaction, recovery."""

from __future__ import annotations

import dataclasses
import os

import duckdb
import pyarrow.parquet as pq

from eventline.io import parquet as store
from tests.test_store import ev


def table(events):
    return store.event_rows(events)


def test_second_commit_links_unchanged_part_and_writes_only_new_rows(tmp_path):
    first = store.commit_events(table([ev(1), ev(2)]), tmp_path)
    second = store.commit_events(table([ev(1), ev(2), ev(3, article="a2")]), tmp_path)
    assert (first.version, second.version) == (1, 2)
    assert second.parts_linked == 1 and second.parts_written == 1
    linked = tmp_path / "events" / first.parts[0].name
    assert linked.stat().st_nlink >= 1
    assert [p.rows for p in second.parts] == [2, 1]
    assert store.read_events(tmp_path).column("event_id").to_pylist() == ["e001", "e002", "e003"]


def test_changed_rows_rewrite_their_part(tmp_path):
    store.commit_events(table([ev(1), ev(2)]), tmp_path)
    moved = dataclasses.replace(ev(2), story_id="s9")
    info = store.commit_events(table([ev(1), moved]), tmp_path)
    assert info.parts_linked == 0 and info.parts_written == 1
    rows = {r["event_id"]: r["story_id"] for r in store.read_events(tmp_path).to_pylist()}
    assert rows == {"e001": None, "e002": "s9"}


def test_compaction_when_too_many_parts(tmp_path):
    events, infos = [], []
    for i in range(6):
        events.append(ev(i, article=f"a{i}"))
        infos.append(store.commit_events(table(events), tmp_path, max_parts=4))
    assert [len(i.parts) for i in infos] == [1, 2, 3, 4, 1, 2]
    assert [i.compacted for i in infos] == [False, False, False, False, True, False]
    assert all(len(i.parts) <= 4 for i in infos)
    assert store.read_events(tmp_path).num_rows == 6
    # only the current version and the previous one are kept
    assert len(list((tmp_path / ".events").iterdir())) == 2


def test_glob_readers_see_exactly_the_committed_version(tmp_path):
    store.commit_events(table([ev(1), ev(2)]), tmp_path)
    store.commit_events(table([ev(1), ev(2), ev(3)]), tmp_path)
    ids = duckdb.sql(
        f"select event_id from read_parquet('{tmp_path}/events/**/*.parquet') order by 1"
    ).fetchall()
    assert [i for (i,) in ids] == ["e001", "e002", "e003"]
    assert pq.read_table(tmp_path / "events").num_rows == 3


def test_debris_of_a_killed_commit_is_ignored_then_removed(tmp_path):
    store.commit_events(table([ev(1)]), tmp_path)
    vdir = tmp_path / ".events"
    # a commit killed after writing parts but before the swap
    (vdir / "v000002").mkdir()
    (vdir / "v000002" / "part-000002-0000.parquet").write_bytes(b"PAR1 half")
    (vdir / ".v000003-abc").mkdir()
    os.symlink("nowhere", tmp_path / ".events.link-v000002")
    assert store.read_events(tmp_path).column("event_id").to_pylist() == ["e001"]
    assert sorted(p.name for p in vdir.iterdir()) == ["v000001"]
    info = store.commit_events(table([ev(1), ev(2)]), tmp_path)
    assert info.version == 2 and store.read_events(tmp_path).num_rows == 2


def test_legacy_events_directory_is_migrated(tmp_path):
    legacy = tmp_path / "events"
    legacy.mkdir()
    pq.write_table(table([ev(1)]), legacy / "part-00000.parquet")
    assert store.read_events(tmp_path).num_rows == 1
    assert (tmp_path / "events").is_symlink()
    info = store.commit_events(table([ev(1), ev(2)]), tmp_path)
    assert info.parts_linked == 1 and store.read_events(tmp_path).num_rows == 2
