"""The ``extract_timeline`` flow: articles in, Parquet timeline and HTML report out.

Tasks wrap core stages over *batches* of articles (a task run costs ~10 ms, parsing one
article ~100 ms): read sources → extract batches → link → write → publish artifacts.
Only the I/O tasks (reading, writing, publishing) retry. No task caches: Prefect's
default cache key hashes every input, which for the link and write tasks means hashing
the whole event list (seconds per run, for results that are never reused). The spaCy
pipelines are loaded once per process and reused by every batch that runs there; with
``workers > 0`` the batches run on a Dask LocalCluster of that many single-threaded
worker processes (:func:`timeline_flow`), each loading the model once.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from eventline.settings import apply_offline_defaults

apply_offline_defaults()

from prefect import Flow, flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from eventline import link
from eventline.ingest import IngestOptions, iter_items  # noqa: E402
from eventline.io import parquet as store
from eventline.io import report as report_html  # noqa: E402
from eventline.io.graphml import export_graph  # noqa: E402
from eventline.model import EXTRACTOR_VERSION, Article, Event, Reject  # noqa: E402
from eventline.nlp import Pipelines  # noqa: E402
from eventline.pipeline import BatchResult, process_batch  # noqa: E402

_PIPELINES: dict[tuple[tuple[str, str], ...], Pipelines] = {}
MAX_TABLE_ROWS = 500  # rows of the "new events" table artifact


def pipelines_for(models: dict[str, str] | None) -> Pipelines:
    """Process-wide spaCy pipelines for a model configuration (loaded once)."""
    key = tuple(sorted((models or {}).items()))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipelines(models)
    return _PIPELINES[key]


@task(name="read-sources", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_sources(
    paths: list[str], published: date | None, lang: str, skip_ids: set[str]
) -> tuple[list[Article], list[Reject], int]:
    """Articles and rejects under ``paths``; already-processed articles are skipped."""
    articles: list[Article] = []
    rejects: list[Reject] = []
    skipped = 0
    for item in iter_items(paths, IngestOptions(published=published, lang=lang)):
        if isinstance(item, Reject):
            rejects.append(item)
        elif item.article_id in skip_ids:
            skipped += 1
        else:
            articles.append(item)
    return articles, rejects, skipped


@task(name="extract-batch", task_run_name="extract-batch-{index:04d}", cache_policy=NO_CACHE)
def extract_batch(
    articles: list[Article],
    models: dict[str, str] | None,
    ingestion_date: date | None,
    index: int = 0,
) -> BatchResult:
    """Parse, date and extract the events of one batch of articles."""
    return process_batch(articles, pipelines_for(models), ingestion_date=ingestion_date)


@task(name="link-events", cache_policy=NO_CACHE)
def link_all(events: list[Any], state_json: str | None) -> link.LinkResult:
    """Merge mentions into events, type the links, form stories."""
    state = link.LinkState.from_json(state_json) if state_json else None
    return link.link_events(events, state=state)


@task(name="write-outputs", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_outputs(
    out_dir: str,
    batches: list[BatchResult],
    rejects: list[Reject],
    linked: link.LinkResult,
    events: list[Any],
) -> store.WriteSummary:
    """Write events, articles, rejects, links, timeline and graph atomically, then the
    HTML timeline and the events-per-day plot."""
    summary = store.write_outputs(
        Path(out_dir),
        events=events,
        articles=[r for b in batches for r in b.rows],
        rejects=rejects + [r for b in batches for r in b.rejects],
        links=linked.links,
        timeline=linked.timeline,
        graph_writer=lambda p: export_graph(linked.graph, p),
        link_state_json=linked.state.to_json(),
    )
    report_html.write_report(Path(out_dir))
    return summary


def summary_markdown(result: dict[str, Any], reject_reasons: dict[str, int]) -> str:
    """The run summary shown as a markdown artifact."""
    lines = [
        "# eventline run",
        "",
        "| | |",
        "|---|---|",
        f"| articles processed | {result['articles']} |",
        f"| skipped (already done) | {result['skipped']} |",
        f"| new events | {result['new_events']} |",
        f"| events in dataset | {result['events']} |",
        f"| merged events (timeline) | {result['clusters']} |",
        f"| links | {result['links']} |",
        f"| rejects | {result['rejects']} |",
        f"| output | `{result['out']}` |",
    ]
    if reject_reasons:
        lines += ["", "**Rejects by reason:** "]
        lines.append(", ".join(f"{k}: {v}" for k, v in sorted(reject_reasons.items())))
    return "\n".join(lines) + "\n"


def new_events_rows(events: list[Event], limit: int = MAX_TABLE_ROWS) -> list[dict[str, Any]]:
    """New events in date order (undated last) as rows for a table artifact."""
    ordered = sorted(
        events, key=lambda e: (e.date_start is None, e.date_start or date.min, e.event_id)
    )
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
        for e in ordered[:limit]
    ]


@task(name="publish-artifacts", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def publish_artifacts(
    result: dict[str, Any], reject_reasons: dict[str, int], rows: list[dict[str, Any]]
) -> None:
    """Summary, new-events table and timeline link in the Prefect UI."""
    from prefect.artifacts import (
        create_link_artifact,
        create_markdown_artifact,
        create_table_artifact,
    )

    create_markdown_artifact(
        key="eventline-summary",
        markdown=summary_markdown(result, reject_reasons),
        description="articles, events and rejects of this run",
    )
    if rows:
        create_table_artifact(
            key="eventline-new-events",
            table=rows,
            description=f"new events in date order (first {MAX_TABLE_ROWS})",
        )
    html = (Path(result["out"]) / report_html.HTML_NAME).resolve()
    create_link_artifact(
        key="eventline-timeline",
        link=html.as_uri(),
        link_text="HTML timeline",
        description="self-contained timeline page (open it from this machine)",
    )


def batched(items: list[Article], size: int) -> list[list[Article]]:
    return [items[i : i + size] for i in range(0, len(items), max(1, size))]


def _run_batches(
    batches: list[list[Article]],
    models: dict[str, str] | None,
    ingestion_date: date | None,
    workers: int,
) -> list[BatchResult]:
    if workers <= 0:
        return [extract_batch(quote(b), models, ingestion_date, i) for i, b in enumerate(batches)]
    # bounded window of in-flight batches: memory stays flat however large the input
    window = 2 * workers
    results: list[BatchResult] = []
    pending: list[Any] = []
    for i, b in enumerate(batches):
        # not quoted: the Dask runner pickles the annotation itself
        pending.append(extract_batch.submit(b, models, ingestion_date, i))
        if len(pending) >= window:
            results.append(pending.pop(0).result())
    results.extend(f.result() for f in pending)
    return results


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
) -> dict[str, Any]:
    """Read ``paths``, extract dated events, link them and write the dataset to ``out``.

    Large task arguments are wrapped in ``quote``: Prefect would otherwise walk every
    nested field of thousands of events looking for futures to resolve.
    """
    logger = get_run_logger()
    out_dir = Path(out)
    skip = set() if reprocess else store.known_article_ids(out_dir, EXTRACTOR_VERSION)
    articles, rejects, skipped = read_sources(paths, published, lang, skip)
    logger.info(
        "%d articles to process, %d already done, %d rejected", len(articles), skipped, len(rejects)
    )
    batches = _run_batches(batched(articles, batch_size), models, ingestion_date, workers)
    new_events = [e for b in batches for e in b.events]
    redone = {a.article_id for a in articles}
    del articles  # the batches hold what is still needed
    old_events = [
        e for e in store.events_from_table(store.read_events(out_dir)) if e.article_id not in redone
    ]
    all_events = old_events + new_events
    linked = link_all(quote(all_events), None if reprocess else store.read_link_state(out_dir))
    summary = write_outputs(
        str(out_dir), quote(batches), quote(rejects), quote(linked), quote(all_events)
    )
    all_rejects = rejects + [r for b in batches for r in b.rejects]
    result = {
        "articles": len(redone),
        "skipped": skipped,
        "new_events": len(new_events),
        "events": summary.n_events,
        "rejects": len(all_rejects),
        "links": summary.n_links,
        "clusters": summary.n_clusters,
        "out": str(out_dir),
        "timeline_html": str(out_dir / report_html.HTML_NAME),
    }
    for r in all_rejects:
        logger.info("rejected %s: %s (%s)", r.source, r.reason, r.detail[:200])
    if artifacts:
        reasons: dict[str, int] = {}
        for r in all_rejects:
            reasons[r.reason] = reasons.get(r.reason, 0) + 1
        publish_artifacts(result, reasons, quote(new_events_rows(new_events)))
    logger.info("summary: %s", result)
    return result


def _ephemeral_api_url() -> str | None:
    """URL of the temporary server this process started (Prefect ephemeral mode)."""
    from prefect.server.api.server import SubprocessASGIServer

    for server in SubprocessASGIServer._instances.values():
        if getattr(server, "running", False):
            return server.api_url
    return None


def _dask_runner_class() -> type:
    from prefect_dask import DaskTaskRunner

    class SharedServerDaskTaskRunner(DaskTaskRunner):
        """Dask workers report to this process's Prefect API. In ephemeral mode each
        worker would otherwise start its own temporary server (~7 s and a core each)."""

        def __enter__(self):  # type: ignore[no-untyped-def]
            url = None if os.environ.get("PREFECT_API_URL") else _ephemeral_api_url()
            if url:
                os.environ["PREFECT_API_URL"] = url  # inherited by the worker processes
                self._shared_url = url
            return super().__enter__()

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            try:
                return super().__exit__(*exc)
            finally:
                if getattr(self, "_shared_url", None):
                    os.environ.pop("PREFECT_API_URL", None)

    return SharedServerDaskTaskRunner


def timeline_flow(workers: int = 0) -> Flow:
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
