"""kill -9 in the middle of a run, run again: nothing lost, nothing duplicated.

A first run writes part A of a generated corpus; the second run (A + B), the CLI in a
subprocess, is killed with SIGKILL at points inside the write (env hook
``EVENTLINE_CRASH_AT``: after a part file of the new events version, before the version
swap, before ``articles.parquet``), then run again to completion. The final event ids,
articles and timeline must equal those of an uninterrupted A → A+B sequence. The runs
that are not killed run in this process (``pipeline.run``, models loaded once).
"""

from __future__ import annotations

import shutil
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest

from bench.corpus import write_corpus
from eventline.io import parquet as store
from eventline.pipeline import RunOptions, run
from tests.ops_helpers import run_cli

pytestmark = [pytest.mark.slow, pytest.mark.model]

CRASH_POINTS = ["after-part", "before-swap", "before-articles"]
COMMON = ["--ingestion-date", "2026-01-01", "--model-fr", "fr_core_news_sm", "--no-flow"]
OPTIONS = RunOptions(ingestion_date=date(2026, 1, 1), models=(("fr", "fr_core_news_sm"),))


def _state(out):
    ids = [
        i
        for (i,) in duckdb.sql(
            f"select event_id from read_parquet('{out}/events/**/*.parquet') order by 1"
        ).fetchall()
    ]
    arts = sorted(pq.read_table(out / "articles.parquet").column("article_id").to_pylist())
    return ids, arts


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    a, b = base / "in" / "a", base / "in" / "b"
    # English only: one small model to load in each killed run (the French one takes ~6 s)
    paths = write_corpus(base / "gen", 16, seed=11, english_share=1.0, sentences=6)
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    for i, p in enumerate(paths):
        shutil.copy(p, (a if i < 10 else b) / p.name)
    out = base / "ref"
    run([a], out, OPTIONS)
    snapshot = base / "after_a"
    shutil.copytree(out, snapshot, symlinks=True)
    run([a, b], out, OPTIONS)
    return {"a": a, "b": b, "snapshot": snapshot, "final": _state(out), "base": base}


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill9_then_rerun_gives_the_uninterrupted_result(reference, point):
    ref_ids, ref_arts = reference["final"]
    assert len(ref_ids) > 20 and len(set(ref_ids)) == len(ref_ids) and len(ref_arts) == 16
    out = reference["base"] / f"out-{point}"
    shutil.copytree(reference["snapshot"], out, symlinks=True)
    before = _state(out)
    inputs = [str(reference["a"]), str(reference["b"])]
    crashed = run_cli(
        ["run", *inputs, "--out", str(out), *COMMON], env_extra={"EVENTLINE_CRASH_AT": point}
    )
    assert crashed.returncode == -9, crashed.stderr[-3000:]
    # readers see a consistent dataset right after the crash: the old one or the new one
    mid_ids, _ = _state(out)
    assert len(set(mid_ids)) == len(mid_ids)
    assert mid_ids in (before[0], ref_ids)
    run(inputs, out, OPTIONS)
    assert _state(out) == (ref_ids, ref_arts)
    assert store.read_events(out).num_rows == len(ref_ids)
    # no debris: only the current version and the one before it are kept
    assert len(list((out / ".events").iterdir())) <= 2
