"""Progress of a run: the callback of ``pipeline.run`` (stages, articles and batches
done), the CLI's plain lines when stderr is not a terminal, and the flow's progress
artifact and listeners."""

from __future__ import annotations

import io
from datetime import date
from itertools import count
from types import SimpleNamespace

import pytest

from eventline import pipeline
from eventline.io.progress import ProgressLines, format_line, progress_display
from eventline.model import Article, article_id_for
from eventline.pipeline import BatchResult, Progress, RunOptions, Sources


def _articles(n: int) -> list[Article]:
    return [Article(article_id_for(f"a{i}"), f"a{i}", f"/in/a{i}.txt", f"a{i}") for i in range(n)]


class FakeSteps:
    """Read gives five articles; each batch is one row per article; link/write are stubs.
    The batches go through the real ``LocalSteps.map``."""

    def call(self, step, *args):
        if step is pipeline.read_sources:
            return Sources(articles=_articles(5), rejects=[], skipped=0)
        if step is pipeline.write_outputs:
            return SimpleNamespace(n_events=0, n_clusters=0, n_links=0)
        return None

    def map(self, step, items, options, done=None):
        assert step is pipeline.extract_batch
        return pipeline.LOCAL.map(
            lambda arts, _: BatchResult(rows=list(arts)), items, options, done
        )


def test_run_tells_the_callback_each_stage_and_batch(tmp_path):
    seen: list[Progress] = []
    pipeline.run(["x"], tmp_path, RunOptions(batch_size=2), steps=FakeSteps(), progress=seen.append)
    assert [(p.stage, p.done, p.total, p.batches_done, p.batches_total) for p in seen] == [
        ("extract", 0, 5, 0, 3),
        ("extract", 2, 5, 1, 3),
        ("extract", 4, 5, 2, 3),
        ("extract", 5, 5, 3, 3),
        ("link", 5, 5, 3, 3),
        ("write", 5, 5, 3, 3),
        ("done", 5, 5, 3, 3),
    ]


def _ticks(*times: float):
    it = iter(times)
    return lambda: next(it)


def test_plain_lines_every_interval_and_at_each_stage():
    out = io.StringIO()
    # clock readings: one per call
    lines = ProgressLines(out, every=10.0, clock=_ticks(0, 4, 12, 14, 20, 21, 22, 23, 24))
    states = [
        Progress("extract", 0, 100, 0, 5),
        Progress("extract", 20, 100, 1, 5),  # 4 s: not due
        Progress("extract", 40, 100, 2, 5, new_events=7),  # 12 s: due
        Progress("extract", 60, 100, 3, 5),  # 14 s: not due
        Progress("extract", 80, 100, 4, 5),  # 20 s: not due (8 s after the last line)
        Progress("extract", 100, 100, 5, 5),  # the last batch: always
        Progress("link", 100, 100, 5, 5),
        Progress("write", 100, 100, 5, 5),
        Progress("done", 100, 100, 5, 5),
    ]
    for s in states:
        lines(s)
    got = out.getvalue().splitlines()
    assert [g.split(" articles")[0] for g in got] == [
        "eventline: extract 0/100",
        "eventline: extract 40/100",
        "eventline: extract 100/100",
        "eventline: link 100/100",
        "eventline: write 100/100",
        "eventline: done 100/100",
    ]
    assert got[1] == (
        "eventline: extract 40/100 articles (40%), batch 2/5, 3.3 articles/s, ETA 18s, "
        "7 new events, 0 rejects"
    )
    assert got[-1].endswith("in 24s")


def test_auto_mode_draws_lines_off_a_terminal_and_a_bar_on_one():
    assert isinstance(progress_display("auto", io.StringIO()), ProgressLines)
    assert progress_display("off", io.StringIO()) is None

    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty = Tty()
    bar = progress_display("auto", tty)
    assert not isinstance(bar, ProgressLines)
    c = count()
    bar.clock = lambda: float(next(c))
    bar(Progress("extract", 0, 4, 0, 2))
    bar(Progress("extract", 2, 4, 1, 2))
    bar(Progress("done", 4, 4, 2, 2))
    assert "4/4" in tty.getvalue()


def test_format_line_without_articles():
    assert format_line(Progress("done", 0, 0, 0, 0), 1.0).startswith(
        "eventline: done 0/0 articles (100%)"
    )


FR = (
    "published: 2024-03-07\n\n"
    "Des hommes armés ont attaqué mardi un poste de police à Gao, tuant deux agents.\n"
)
EN = (
    "published: 2024-06-12\n\n"
    "Police fired tear gas at protesters in Nairobi on Tuesday, wounding five people.\n"
)


@pytest.fixture()
def inbox(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "fr.txt").write_text(FR, encoding="utf-8")
    (d / "en.txt").write_text(EN, encoding="utf-8")
    return d


@pytest.mark.slow
@pytest.mark.model
def test_cli_prints_plain_progress_lines_when_not_on_a_terminal(inbox, tmp_path):
    from tests.ops_helpers import run_cli

    res = run_cli(
        ["run", str(inbox), "--out", str(tmp_path / "o"), "--no-flow", "--batch-size", "1",
         "--model-fr", "fr_core_news_sm", "--ingestion-date", "2026-01-01"],
        timeout=600,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr[-3000:]
    lines = [x for x in res.stderr.splitlines() if x.startswith("eventline: ")]
    assert lines[0].startswith("eventline: extract 0/2 articles (0%), batch 0/2")
    assert any(x.startswith("eventline: extract 2/2 articles (100%), batch 2/2") for x in lines)
    assert lines[-1].startswith("eventline: done 2/2 articles")
    assert "\x1b[" not in res.stderr  # no terminal escapes off a terminal


@pytest.mark.slow
@pytest.mark.model
def test_flow_publishes_a_progress_artifact_and_tells_listeners(inbox, tmp_path, prefect_server):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        ArtifactFilterKey,
    )

    from flows import timeline
    from flows.progress import listening

    seen: list[Progress] = []
    with listening(seen.append):
        state = timeline.extract_timeline(
            paths=[str(inbox)],
            out=str(tmp_path / "o"),
            batch_size=1,
            models={"fr": "fr_core_news_sm"},
            ingestion_date=date(2026, 1, 1),
            return_state=True,
        )
    assert state.is_completed()
    assert [(p.stage, p.done, p.batches_done) for p in seen] == [
        ("extract", 0, 0),
        ("extract", 1, 1),
        ("extract", 2, 2),
        ("link", 2, 2),
        ("write", 2, 2),
        ("done", 2, 2),
    ]
    with get_client(sync_client=True) as client:
        (art,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                key=ArtifactFilterKey(any_=["eventline-progress"]),
                flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id]),
            )
        )
    assert art.type == "progress" and float(art.data) == 100.0
    assert art.description.startswith("done: 2/2 articles, batch 2/2")
