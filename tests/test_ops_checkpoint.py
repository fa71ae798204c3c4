"""Crash-safe long runs: a run commits every K batches (a checkpoint); killed with
SIGKILL at several points of a multi-checkpoint run and run again, it goes on from its
last checkpoint, and the dataset equals that of one clean run: nothing lost, nothing
duplicated, the same links, clusters and graph."""

from __future__ import annotations

import dataclasses
import shutil

import duckdb
import pyarrow.parquet as pq
import pytest

from bench.corpus import write_corpus
from eventline import pipeline
from eventline.model import Article
from eventline.pipeline import RunOptions, checkpoint_policy, run
from tests.ops_helpers import run_cli
from tests.test_ops_crash import COMMON, OPTIONS
from tests.test_ops_rerun import clusters_of, graph_of, links_of

N = 12  # articles, one per batch, a commit every 2 batches


def event_ids(out) -> list[str]:
    sql = f"select event_id from read_parquet('{out}/events/**/*.parquet') order by 1"
    return [i for (i,) in duckdb.sql(sql).fetchall()]


def articles(out) -> list[str]:
    return sorted(pq.read_table(out / "articles.parquet").column("article_id").to_pylist())


def test_checkpoint_policy_from_options_and_environment(monkeypatch):
    assert checkpoint_policy(RunOptions()) == (200, 600.0)
    monkeypatch.setenv("EVENTLINE_CHECKPOINT_BATCHES", "3")
    monkeypatch.setenv("EVENTLINE_CHECKPOINT_SECONDS", "not a number")
    assert checkpoint_policy(RunOptions(checkpoint_seconds=5)) == (3, 5.0)


@pytest.mark.parametrize(
    ("every", "seconds", "commits"),
    [
        (5, 0, [5] * 14),  # every 5 batches
        (0, 1e-9, [32, 32, 6]),  # every T seconds: decided after each group of 32 batches
        (100, 0, [70]),  # fewer batches than a checkpoint: one commit at the end
        (0, 0, [70]),  # no checkpoints
    ],
)
def test_commits_follow_the_checkpoint_policy(monkeypatch, tmp_path, every, seconds, commits):
    sizes: list[int] = []

    def commit(out, batches, rejects, options, steps, tracker):
        sizes.append(len(batches))
        assert options.report == (len(sizes) == len(commits))  # the report only at the end
        return None, False

    monkeypatch.setattr(pipeline, "_commit", commit)

    class Steps(pipeline.LocalSteps):
        def map(self, step, items, options, done=None):
            return [pipeline.BatchResult() for _ in items]

    sources = pipeline.Sources([Article(f"a{i}", f"a{i}", "x", "text") for i in range(70)])
    options = RunOptions(batch_size=1, checkpoint_batches=every, checkpoint_seconds=seconds)
    tally, _, unchanged = pipeline.extract_and_commit(tmp_path, sources, options, Steps())
    assert sizes == commits and tally.batches == 70 and not unchanged


@pytest.mark.slow
@pytest.mark.model
def test_kill9_at_several_checkpoints_then_rerun_gives_one_clean_run(tmp_path):
    paths = write_corpus(tmp_path / "gen", N, seed=5, english_share=1.0, sentences=6)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for p in paths:
        shutil.copy(p, inbox / p.name)
    ref = tmp_path / "ref"
    run([inbox], ref, OPTIONS)  # one commit
    assert len(articles(ref)) == N and len(event_ids(ref)) > N
    out = tmp_path / "out"
    args = ["run", str(inbox), "--out", str(out), *COMMON, "--batch-size", "1"]
    # killed in the 2nd version made by the first run, in the 3rd commit of the second,
    # in the 2nd part file written by the third: each run goes on from the last checkpoint
    done = 0
    for point in ["before-swap@2", "before-articles@3", "after-part@2"]:
        env = {"EVENTLINE_CRASH_AT": point, "EVENTLINE_CHECKPOINT_BATCHES": "2"}
        crashed = run_cli(args, env_extra=env)
        assert crashed.returncode == -9, crashed.stderr[-3000:]
        ids = event_ids(out)
        assert len(set(ids)) == len(ids), point  # nothing duplicated
        now = len(articles(out))
        assert set(articles(out)) <= set(articles(ref))
        # whole checkpoints only, at least one per run (nothing lost before the crash)
        assert now % 2 == 0 and done < now < N, (point, done, now)
        if point.startswith("before-articles"):
            assert now == done + 4, point  # the 3rd commit, whatever its events
        done = now
    run([inbox], out, dataclasses.replace(OPTIONS, batch_size=1, checkpoint_batches=2))
    assert event_ids(out) == event_ids(ref)
    assert articles(out) == articles(ref)
    assert links_of(out) == links_of(ref)
    assert clusters_of(out) == clusters_of(ref)
    assert graph_of(out) == graph_of(ref)
    assert (out / "timeline.html").read_bytes() == (ref / "timeline.html").read_bytes()
