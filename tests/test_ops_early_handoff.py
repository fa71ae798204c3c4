"""Batches extracted while Prefect starts (``flows.early``) are handed to the flow's
extract task once: same outputs as a run without them, and nothing with Dask workers."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventline import cli, pipeline
from eventline.pipeline import BatchResult, RunOptions
from flows import early
from flows.timeline import extract_batch_logged

EXAMPLES = sorted(str(p) for p in Path("examples").glob("fr_*.txt"))
OPTIONS = RunOptions(
    lang="fr",
    batch_size=1,
    models=(("fr", "fr_core_news_sm"),),
    ingestion_date=date(2026, 1, 1),
    report=False,
)


class FlowLikeSteps(pipeline.LocalSteps):
    """The flow's extract step (``extract_batch_logged``: the handoff first), in process."""

    def map(
        self,
        step: Callable[[Any, RunOptions], Any],
        items: Sequence[Any],
        options: RunOptions,
        done: Callable[[Any], None] | None = None,
    ) -> list[Any]:
        if step is pipeline.extract_batch:
            step = extract_batch_logged
        return super().map(step, items, options, done)


def _files(out: Path) -> dict[str, bytes]:
    """The dataset's files (not the writer's lock file: its pid and start time)."""
    files = sorted(p for p in out.rglob("*") if p.is_file() and not p.name.endswith(".lock"))
    return {str(p.relative_to(out)): p.read_bytes() for p in files}


@pytest.fixture
def counted(monkeypatch) -> list[int]:
    """Articles per call of ``pipeline.extract_batch`` (early or not)."""
    calls: list[int] = []
    real = pipeline.extract_batch

    def counting(articles: Sequence[Any], options: RunOptions) -> BatchResult:
        calls.append(len(articles))
        return real(articles, options)

    monkeypatch.setattr(pipeline, "extract_batch", counting)
    yield calls
    early.clear()


@pytest.mark.model
@pytest.mark.parametrize("max_batches", [1, 100])
def test_the_flow_takes_the_early_batches_once_with_the_same_outputs(
    tmp_path: Path, counted: list[int], max_batches: int
) -> None:
    plain = tmp_path / "plain"
    pipeline.run(EXAMPLES, plain, OPTIONS)
    assert len(counted) == len(EXAMPLES) > 1
    counted.clear()

    handed = tmp_path / "handed"
    handoff = early.begin(OPTIONS)
    handoff.max_batches = max_batches
    handoff.start(EXAMPLES, handed).join(timeout=300)
    assert len(counted) == min(max_batches, len(EXAMPLES))  # extracted before the run
    pipeline.run(EXAMPLES, handed, OPTIONS, steps=FlowLikeSteps())
    assert len(counted) == len(EXAMPLES)  # the run extracted only the others: never twice
    assert _files(handed) == _files(plain)


@pytest.mark.model
def test_a_batch_of_other_options_is_extracted_again_and_the_early_work_dropped(
    tmp_path: Path, counted: list[int]
) -> None:
    handoff = early.begin(OPTIONS)
    handoff.start(EXAMPLES[:1], tmp_path).join(timeout=300)
    batch = pipeline.read_sources(EXAMPLES[:1], tmp_path, OPTIONS).articles
    assert early.take(batch, replace(OPTIONS, undated_window=3)) is None
    assert early.take(batch, OPTIONS) is None  # dropped after the first miss
    assert counted == [1]


def test_nothing_early_with_dask_workers(tmp_path: Path) -> None:
    args = cli.build_parser().parse_args(["run", "examples", "--out", "x", "--workers", "2"])
    assert isinstance(args, argparse.Namespace)
    preload = cli._preload_model(args, OPTIONS)
    assert preload is None
    assert cli._start_early(args, EXAMPLES, OPTIONS, preload) is None
    # a Dask worker (another process) holds no handoff: its task extracts as usual
    early.clear()
    assert early.take([], OPTIONS) is None


def test_this_process_reports_to_the_session_server(prefect_server) -> None:
    """This module imports Prefect at collection, before the session's server is known:
    the test process's clients must still talk to that server, not to a temporary one of
    their own (where the deployments that ``serve`` subprocesses register are missing)."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        assert str(client.api_url).rstrip("/") == prefect_server.rstrip("/")
