"""The ``extract_timeline`` flow: ``eventline.pipeline.run`` with each step a Prefect task.

The flow runs the pipeline's own composition and only decides how each step runs: the
tasks below wrap the pipeline's steps over *batches* of articles (a task run costs
~10 ms, parsing one article ~100 ms), and the flow publishes the summary in the Prefect
UI. Only the I/O tasks (reading, writing) retry, and a failed run is retried whole
(:data:`FLOW_RETRIES`): a bad article never fails a run (it becomes a reject), so a
failure is I/O or infrastructure, and a run is idempotent. No task caches: Prefect's
default cache key hashes every input, which for the link and write tasks means hashing
the whole event list (seconds per run, for results that are never reused).

Where the batches run is decided *inside* the flow, from its parameters, so a run
started by ``serve``, by a work-pool worker or by the CLI runs the same way: with
``dask_address`` (or ``$EVENTLINE_DASK_ADDRESS``) on that existing ``dask.distributed``
cluster, else with ``workers > 0`` on a Dask LocalCluster of that many single-threaded
worker processes, else in the flow's process. Each Dask worker loads the spaCy models
once.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any, TypeVar, cast

from eventline.settings import apply_offline_defaults

apply_offline_defaults()

from prefect import Flow, Task, flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from eventline import pipeline  # noqa: E402
from eventline.enrich.dates import UNDATED_WINDOW  # noqa: E402
from eventline.io.view import timeline_link  # noqa: E402
from eventline.model import Article, Event, RunSummary  # noqa: E402
from eventline.nlp import Limits  # noqa: E402
from eventline.pipeline import BatchResult, RunOptions  # noqa: E402
from flows import early  # noqa: E402
from flows.progress import FlowProgress  # noqa: E402

T = TypeVar("T")
X = TypeVar("X")

log = logging.getLogger(__name__)

DASK_ADDRESS_ENV = "EVENTLINE_DASK_ADDRESS"  # scheduler of an existing Dask cluster
FLOW_RETRIES = 2  # a failed run is retried whole (runs are idempotent)
FLOW_RETRY_DELAY = 30  # seconds


def _dask_worker() -> str | None:
    """Address of the Dask worker running this code, if any."""
    if "distributed" not in sys.modules:  # not on a Dask worker: skip the import
        return None
    from distributed import get_worker

    try:
        return str(get_worker().address)
    except ValueError:
        return None


def extract_batch_logged(articles: Sequence[Article], options: RunOptions) -> BatchResult:
    """``pipeline.extract_batch`` (or its result extracted before the flow began,
    ``flows.early``); on a Dask worker, the run's log says which one."""
    result = early.take(articles, options)
    if result is None:
        result = pipeline.extract_batch(articles, options)
    worker = _dask_worker()
    if worker:
        get_run_logger().info(
            "batch of %d articles done on Dask worker %s (pid %d)",
            len(articles),
            worker,
            os.getpid(),
        )
    return result


read_sources = task(name="read-sources", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)(
    pipeline.read_sources
)
extract_batch = task(name="extract-batch", cache_policy=NO_CACHE)(extract_batch_logged)
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
    """Each pipeline step as its task; batches submitted to a Dask task runner in a
    bounded window when one is given, else run one after the other in this process.

    Large arguments are wrapped in ``quote``: Prefect would otherwise walk every nested
    field of thousands of events looking for futures to resolve.
    """

    def __init__(self, runner: Any = None, window: int = 0) -> None:
        self.runner = runner  # a started DaskTaskRunner, or None
        self.window = max(1, window)

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

        if self.runner is None:
            for item in items:
                got(cast(T, tsk(quote(item), options)))
            return results
        names = list(inspect.signature(tsk.fn).parameters)  # the batch and the options
        pending: list[Any] = []
        for item in items:
            # not quoted: the Dask runner pickles the arguments itself
            pending.append(self.runner.submit(tsk, {names[0]: item, names[1]: options}))
            if len(pending) >= self.window:  # bounded in-flight batches: memory stays flat
                got(pending.pop(0).result())
        for f in pending:
            got(f.result())
        return results


def resolve_dask_address(value: str | None = None) -> str | None:
    """The scheduler address to use: ``value``, else ``$EVENTLINE_DASK_ADDRESS``, else none."""
    return (value or os.environ.get(DASK_ADDRESS_ENV, "")).strip() or None


def _ephemeral_api_url() -> str | None:
    """URL of the temporary server this process started (Prefect ephemeral mode)."""
    from prefect.server.api.server import SubprocessASGIServer

    for server in SubprocessASGIServer._instances.values():
        if getattr(server, "running", False):
            return str(server.api_url)
    return None


def warm_worker(models: dict[str, str], lang: str) -> None:
    """Run on each worker of a cluster ``eventline run`` starts early: load the run's model
    while Prefect's server boots (importing this module brought Prefect's client too), so
    the first batch finds both ready. A model that cannot load is reported by the batch."""
    from eventline.nlp import ModelNotAvailable, pipelines_for

    with contextlib.suppress(ModelNotAvailable, OSError):
        pipelines_for(models).get(lang)


def _dask_runner_class() -> type:
    from prefect_dask import DaskTaskRunner

    class SharedServerDaskTaskRunner(DaskTaskRunner):
        """Dask workers report to this process's Prefect API. In ephemeral mode each
        worker would otherwise start its own temporary server (~7 s and a core each);
        the URL goes to LocalCluster workers through the environment and to the workers
        of an existing cluster (same machine) with each task's settings."""

        def __enter__(self) -> Any:
            from prefect.settings import PREFECT_API_URL, temporary_settings

            url = None if os.environ.get("PREFECT_API_URL") else _ephemeral_api_url()
            self._shared = contextlib.ExitStack()
            if url:
                os.environ["PREFECT_API_URL"] = url  # inherited by the worker processes
                self._shared.callback(os.environ.pop, "PREFECT_API_URL", None)
                self._shared.enter_context(temporary_settings({PREFECT_API_URL: url}))
            return super().__enter__()

        def __exit__(self, *exc: object) -> Any:
            try:
                return super().__exit__(*exc)
            finally:
                self._shared.close()

    return SharedServerDaskTaskRunner


def local_cluster_kwargs(workers: int) -> dict[str, Any]:
    """The ``LocalCluster`` of a run's ``workers``: single-threaded worker processes (spaCy
    holds the GIL), no dashboard (loopback only, nothing served that the run does not need)."""
    return {
        "n_workers": workers,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": None,
    }


def dask_runner(workers: int = 0, address: str | None = None) -> Any:
    """A Dask task runner on the cluster at ``address``, or on a LocalCluster of
    ``workers`` processes; None when the batches run in the flow's process."""
    if address:
        return _dask_runner_class()(address=address)
    if workers > 0:
        return _dask_runner_class()(cluster_kwargs=local_cluster_kwargs(workers))
    return None


@contextlib.contextmanager
def batch_steps(workers: int, address: str | None) -> Iterator[PrefectSteps]:
    """The steps of a run, with its Dask cluster started (or joined) for the run."""
    runner = dask_runner(workers, address)
    if runner is None:
        yield PrefectSteps()
        return
    logger = get_run_logger()
    with runner:
        threads = sum(runner.client.nthreads().values()) or max(workers, 1)
        where = f"the Dask cluster at {address}" if address else f"a LocalCluster of {workers}"
        logger.info("batches run on %s (%d worker threads)", where, threads)
        yield PrefectSteps(runner, window=2 * threads)


MAX_TABLE_ROWS = pipeline.PREVIEW_EVENTS  # rows of the "new events" table artifact
TABLE_COLUMNS = (
    "date",
    "precision",
    "type",
    "actor",
    "target",
    "location",
    "country",
    "trigger",
    "sentence",
    "event_id",
)


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


def new_events_table(summary: RunSummary) -> tuple[Any, str]:
    """The new-events table artifact's table and description; a run with no new event
    gets an empty table that says so, so the latest table is always this run's."""
    if summary.preview:
        shown = len(summary.preview)
        more = f" (first {shown} of {summary.new_events})" if summary.new_events > shown else ""
        return new_events_rows(summary.preview), f"{summary.new_events} new events{more}"
    why = f"{summary.articles} articles processed, {summary.skipped} already done"
    return {c: [] for c in TABLE_COLUMNS}, f"no new events in this run ({why})"


def publish_artifacts(summary: RunSummary) -> None:
    """Summary, new-events table and timeline link on the flow run (Prefect UI)."""
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
    table, description = new_events_table(summary)
    create_table_artifact(key="eventline-new-events", table=table, description=description)
    create_link_artifact(
        key="eventline-timeline",
        link=timeline_link(summary.timeline_html),  # http://127.0.0.1:PORT/ with `eventline view`
        link_text="HTML timeline",
        description="self-contained timeline page (open it from this machine)",
    )


def _publish(summary: RunSummary) -> None:
    """:func:`publish_artifacts`, retried; the dataset is committed, so an API that stays
    down costs the artifacts of this run (a warning), not the run."""
    logger = get_run_logger()
    for attempt in range(3):
        try:
            publish_artifacts(summary)
            return
        except Exception as exc:  # any client/HTTP error: the run's data is already safe
            logger.warning("publishing the artifacts failed (attempt %d): %s", attempt + 1, exc)
    logger.warning("no artifacts for this run")


REJECT_ALERT = 0.2  # share of rejected inputs above which a run emits an alert event


def reject_share(summary: RunSummary) -> float:
    """Rejected inputs over the inputs a run looked at (processed articles + rejects)."""
    seen = summary.articles + summary.rejects
    return summary.rejects / seen if seen else 0.0


def emit_run_events(summary: RunSummary, alert: float) -> list[str]:
    """``eventline.run.completed`` (counts in the payload) and, when more than ``alert``
    of the inputs were rejected, ``eventline.run.rejects-high``: events an automation
    can act on (docs/operations.md). The names of the emitted events."""
    from prefect.events import emit_event

    share = reject_share(summary)
    resource = {
        "prefect.resource.id": f"eventline.output.{summary.out}",
        "eventline.out": summary.out,
    }
    payload = {
        "articles": summary.articles,
        "new_events": summary.new_events,
        "rejects": summary.rejects,
        "reject_share": round(share, 4),
        "reject_alert": alert,
        "reject_reasons": dict(summary.reject_reasons),
    }
    names = ["eventline.run.completed"]
    if summary.rejects and share > alert:
        names.append("eventline.run.rejects-high")
        get_run_logger().warning(
            "%d of %d inputs rejected (%.0f%% > %.0f%%)",
            summary.rejects,
            summary.articles + summary.rejects,
            100 * share,
            100 * alert,
        )
    for name in names:
        emit_event(event=name, resource=resource, payload=payload)
    return names


@flow(
    name="extract_timeline",
    log_prints=False,
    retries=FLOW_RETRIES,
    retry_delay_seconds=FLOW_RETRY_DELAY,
)
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
    dask_address: str | None = None,
    reject_alert: float = REJECT_ALERT,
) -> RunSummary:
    """Read ``paths``, extract dated events, link them and write the dataset to ``out``
    (``undated_window``: days before publication an undated event is placed in). The
    batches run on the Dask cluster at ``dask_address`` (or ``$EVENTLINE_DASK_ADDRESS``),
    else on a LocalCluster of ``workers`` processes when > 0, else in this process. A run
    that rejects more than ``reject_alert`` of its inputs emits an alert event."""
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
    with batch_steps(workers, resolve_dask_address(dask_address)) as steps:
        summary = pipeline.run(paths, out, options, steps=steps, progress=progress)
    if artifacts:
        _publish(summary)
    emit_run_events(summary, reject_alert)
    return summary


def timeline_flow(workers: int = 0, *, retries: int | None = None) -> Flow[..., RunSummary]:
    """``extract_timeline`` (the task runner is chosen by the run's parameters; ``workers``
    is kept for callers of the older signature); ``retries`` overrides the flow's."""
    del workers
    if retries is None:
        return extract_timeline
    return extract_timeline.with_options(retries=retries)
