"""The ``extract_timeline`` flow: ``eventline.pipeline.run`` with each step a Prefect task.

The flow runs the pipeline's own composition and only decides how each step runs: the
tasks below wrap the pipeline's steps over *batches* of articles (a task run costs
~10 ms, parsing one article ~100 ms), and the artifacts task shows the summary in the
Prefect UI. Only the I/O tasks (reading, writing, publishing) retry. No task caches:
Prefect's default cache key hashes every input, which for the link and write tasks means
hashing the whole event list (seconds per run, for results that are never reused). With
``workers > 0`` the batches run on a Dask LocalCluster of that many single-threaded
worker processes (:func:`timeline_flow`), each loading the spaCy models once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar, cast

from eventline.settings import apply_offline_defaults

apply_offline_defaults()

from prefect import Flow, Task, flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from eventline import pipeline  # noqa: E402
from eventline.enrich.dates import UNDATED_WINDOW  # noqa: E402
from eventline.io.view import timeline_link  # noqa: E402
from eventline.model import Event, RunSummary  # noqa: E402
from eventline.nlp import Limits  # noqa: E402
from eventline.pipeline import RunOptions  # noqa: E402
from flows.progress import FlowProgress  # noqa: E402

T = TypeVar("T")
X = TypeVar("X")

read_sources = task(name="read-sources", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)(
    pipeline.read_sources
)
extract_batch = task(name="extract-batch", cache_policy=NO_CACHE)(pipeline.extract_batch)
link_events = task(name="link-events", cache_policy=NO_CACHE)(pipeline.link_with_history)
write_outputs = task(name="write-outputs", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)(
    pipeline.write_outputs
)
TASKS: dict[Callable[..., Any], Task[..., Any]] = {
    pipeline.read_sources: read_sources,
    pipeline.extract_batch: extract_batch,
    pipeline.link_with_history: link_events,
    pipeline.write_outputs: write_outputs,
}


class PrefectSteps:
    """Each pipeline step as its task; batches submitted to the flow's task runner
    (Dask) in a bounded window when ``workers > 0``, else run one after the other.

    Large arguments are wrapped in ``quote``: Prefect would otherwise walk every nested
    field of thousands of events looking for futures to resolve.
    """

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers

    def call(self, step: Callable[..., T], *args: Any) -> T:
        return cast(T, TASKS[step](*(quote(a) for a in args)))

    def map(
        self,
        step: Callable[[X, RunOptions], T],
        items: Sequence[X],
        options: RunOptions,
        done: Callable[[T], None] | None = None,
    ) -> list[T]:
        tsk = TASKS[step]
        results: list[T] = []

        def got(result: T) -> None:
            results.append(result)
            if done:
                done(result)

        if self.workers <= 0:
            for item in items:
                got(cast(T, tsk(quote(item), options)))
            return results
        window = 2 * self.workers  # bounded in-flight batches: memory stays flat
        pending: list[Any] = []
        for item in items:
            # not quoted: the Dask runner pickles the annotation itself
            pending.append(tsk.submit(item, options))
            if len(pending) >= window:
                got(pending.pop(0).result())
        for f in pending:
            got(f.result())
        return results


MAX_TABLE_ROWS = pipeline.PREVIEW_EVENTS  # rows of the "new events" table artifact


def summary_markdown(summary: RunSummary) -> str:
    """The run summary shown as a markdown artifact."""
    rows = "\n".join(f"| {label} | {value} |" for label, value in summary.lines())
    return f"# eventline run\n\n| | |\n|---|---|\n{rows}\n"


def new_events_rows(events: Sequence[Event]) -> list[dict[str, Any]]:
    """New events as rows of a table artifact."""
    return [
        {
            "date": e.date_start.isoformat() if e.date_start else "",
            "precision": e.date_precision,
            "type": e.event_type,
            "actor": e.actor_canonical or e.actor or "",
            "target": e.target_canonical or e.target or "",
            "location": e.location_canonical or e.location or "",
            "country": e.country_code or "",
            "trigger": e.trigger,
            "sentence": e.sentence[:200],
            "event_id": e.event_id,
        }
        for e in events
    ]


@task(name="publish-artifacts", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def publish_artifacts(summary: RunSummary) -> None:
    """Summary, new-events table and timeline link in the Prefect UI."""
    from prefect.artifacts import (
        create_link_artifact,
        create_markdown_artifact,
        create_table_artifact,
    )

    create_markdown_artifact(
        key="eventline-summary",
        markdown=summary_markdown(summary),
        description="articles, events and rejects of this run",
    )
    if summary.preview:
        create_table_artifact(
            key="eventline-new-events",
            table=new_events_rows(summary.preview),
            description=f"new events in date order (first {MAX_TABLE_ROWS})",
        )
    create_link_artifact(
        key="eventline-timeline",
        link=timeline_link(summary.timeline_html),  # http://127.0.0.1:PORT/ with `eventline view`
        link_text="HTML timeline",
        description="self-contained timeline page (open it from this machine)",
    )


@flow(name="extract_timeline", log_prints=False)
def extract_timeline(
    paths: list[str],
    out: str = "output",
    published: date | None = None,
    lang: str = "auto",
    batch_size: int = 25,
    models: dict[str, str] | None = None,
    ingestion_date: date | None = None,
    reprocess: bool = False,
    workers: int = 0,
    artifacts: bool = True,
    undated_window: int = UNDATED_WINDOW,
    limits: dict[str, float] | None = None,
) -> RunSummary:
    """Read ``paths``, extract dated events, link them and write the dataset to ``out``
    (``undated_window``: days before publication an undated event is placed in)."""
    options = RunOptions(
        published=published,
        lang=lang,
        batch_size=batch_size,
        models=tuple(sorted((models or {}).items())),
        ingestion_date=ingestion_date,
        reprocess=reprocess,
        undated_window=undated_window,
        limits=Limits.of(limits),
    )
    progress = FlowProgress(artifacts)  # progress artifact, a log line per batch, the CLI's bar
    summary = pipeline.run(paths, out, options, steps=PrefectSteps(workers), progress=progress)
    if artifacts:
        publish_artifacts(cast(RunSummary, quote(summary)))
    return summary


def _ephemeral_api_url() -> str | None:
    """URL of the temporary server this process started (Prefect ephemeral mode)."""
    from prefect.server.api.server import SubprocessASGIServer

    for server in SubprocessASGIServer._instances.values():
        if getattr(server, "running", False):
            return str(server.api_url)
    return None


def _dask_runner_class() -> type:
    from prefect_dask import DaskTaskRunner

    class SharedServerDaskTaskRunner(DaskTaskRunner):
        """Dask workers report to this process's Prefect API. In ephemeral mode each
        worker would otherwise start its own temporary server (~7 s and a core each)."""

        def __enter__(self) -> Any:
            url = None if os.environ.get("PREFECT_API_URL") else _ephemeral_api_url()
            if url:
                os.environ["PREFECT_API_URL"] = url  # inherited by the worker processes
                self._shared_url = url
            return super().__enter__()

        def __exit__(self, *exc: object) -> Any:
            try:
                return super().__exit__(*exc)
            finally:
                if getattr(self, "_shared_url", None):
                    os.environ.pop("PREFECT_API_URL", None)

    return SharedServerDaskTaskRunner


def timeline_flow(workers: int = 0) -> Flow[..., RunSummary]:
    """``extract_timeline``, on a Dask LocalCluster of ``workers`` processes when > 0."""
    if workers <= 0:
        return extract_timeline
    runner = _dask_runner_class()(
        cluster_kwargs={
            "n_workers": workers,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,
        }
    )
    return extract_timeline.with_options(task_runner=runner)
