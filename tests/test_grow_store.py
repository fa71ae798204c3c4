"""bench/grow_store.py: copies of a stored dataset with derived ids and shifted dates,
committed through the pipeline's link and write code."""

from __future__ import annotations

from datetime import date, timedelta

from bench import grow_store
from eventline import pipeline
from eventline.io import parquet as store
from tests.test_store import ev, row, write


def _source(tmp_path):
    src = tmp_path / "src"
    events = [
        ev(1, date_start=date(2024, 5, 1)),
        ev(2, article="a2", date_start=date(2024, 5, 9), published=date(2024, 5, 10)),
    ]
    write(src, events, [row("a1", 1), row("a2", 1)])
    return src


def test_copies_derive_ids_and_shift_dates(tmp_path):
    source = grow_store.Source(_source(tmp_path), None)
    assert source.span == 10  # 2024-05-01 .. 2024-05-10
    row0, evs0 = source.copy(0)
    row2, evs2 = source.copy(2)  # copy 1 of the first article
    assert row0.article_id == "a1" and [e.event_id for e in evs0] == ["e001"]
    assert row2.article_id != "a1" and len(row2.article_id) == 2
    assert evs2[0].article_id == row2.article_id and evs2[0].event_id != "e001"
    assert evs2[0].date_start == date(2024, 5, 1) + timedelta(days=10)
    assert source.copy(2)[1][0].event_id == evs2[0].event_id  # deterministic
    assert grow_store.Source(_source(tmp_path), 3).copy(2)[1][0].published == date(2024, 5, 5)


def test_commits_grow_the_store(tmp_path):
    source = grow_store.Source(_source(tmp_path), None)
    out = tmp_path / "out"
    options = pipeline.RunOptions(report=False)
    for first in (0, 4):
        batches = grow_store.batches_of(source, first, 4, batch_size=3)
        steps = grow_store.TimedSteps()
        pipeline._commit(out, batches, [], options, steps, pipeline._Tracker(None, 0, 0, 0))
        assert steps.record["peak MB after write_outputs"] > 0
    counts = store.dataset_counts(out)
    assert (counts.n_articles, counts.n_events) == (8, 8)
