"""The ``extract_timeline`` flow: articles in, Parquet timeline out.

Tasks wrap core stages over *batches* of articles (a task run costs ~10 ms, parsing one
article ~100 ms): read sources → extract batches → link → write. Only the I/O tasks
(reading and writing) retry. The spaCy pipelines are loaded once per process and reused
by every batch that runs there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from eventline.settings import apply_offline_defaults

apply_offline_defaults()

from prefect import flow, get_run_logger, task  # noqa: E402

from eventline import link, store  # noqa: E402
from eventline.ingest import IngestOptions, iter_items  # noqa: E402
from eventline.model import EXTRACTOR_VERSION, Article, Reject  # noqa: E402
from eventline.nlp import Pipelines  # noqa: E402
from eventline.pipeline import BatchResult, process_batch  # noqa: E402

_PIPELINES: dict[tuple[tuple[str, str], ...], Pipelines] = {}


def pipelines_for(models: dict[str, str] | None) -> Pipelines:
    """Process-wide spaCy pipelines for a model configuration (loaded once)."""
    key = tuple(sorted((models or {}).items()))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipelines(models)
    return _PIPELINES[key]


@task(name="read-sources", retries=2, retry_delay_seconds=1)
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


@task(name="extract-batch")
def extract_batch(
    articles: list[Article], models: dict[str, str] | None, ingestion_date: date | None
) -> BatchResult:
    """Parse, date and extract the events of one batch of articles."""
    return process_batch(articles, pipelines_for(models), ingestion_date=ingestion_date)


@task(name="link-events")
def link_all(events: list[Any], state_json: str | None) -> link.LinkResult:
    """Merge mentions into events, type the links, form stories."""
    state = link.LinkState.from_json(state_json) if state_json else None
    return link.link_events(events, state=state)


@task(name="write-outputs", retries=2, retry_delay_seconds=1)
def write_outputs(
    out_dir: str,
    batches: list[BatchResult],
    rejects: list[Reject],
    linked: link.LinkResult,
    events: list[Any],
) -> store.WriteSummary:
    """Write events, articles, rejects, links, timeline and graph atomically."""
    return store.write_outputs(
        Path(out_dir),
        events=events,
        articles=[r for b in batches for r in b.rows],
        rejects=rejects + [r for b in batches for r in b.rejects],
        links=linked.links,
        timeline=linked.timeline,
        graph_writer=lambda p: link.export_graph(linked.graph, p),
        link_state_json=linked.state.to_json(),
    )


def batched(items: list[Article], size: int) -> list[list[Article]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


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
) -> dict[str, Any]:
    """Read ``paths``, extract dated events, link them and write the dataset to ``out``."""
    logger = get_run_logger()
    out_dir = Path(out)
    skip = set() if reprocess else store.known_article_ids(out_dir, EXTRACTOR_VERSION)
    articles, rejects, skipped = read_sources(paths, published, lang, skip)
    logger.info(
        "%d articles to process, %d already done, %d rejected", len(articles), skipped, len(rejects)
    )
    batches = [extract_batch(b, models, ingestion_date) for b in batched(articles, batch_size)]
    new_events = [e for b in batches for e in b.events]
    redone = {a.article_id for a in articles}
    old_events = [
        e for e in store.events_from_table(store.read_events(out_dir)) if e.article_id not in redone
    ]
    all_events = old_events + new_events
    linked = link_all(all_events, None if reprocess else store.read_link_state(out_dir))
    summary = write_outputs(str(out_dir), batches, rejects, linked, all_events)
    result = {
        "articles": len(articles),
        "skipped": skipped,
        "new_events": len(new_events),
        "events": summary.n_events,
        "rejects": len(rejects) + sum(len(b.rejects) for b in batches),
        "links": summary.n_links,
        "clusters": summary.n_clusters,
        "out": str(out_dir),
    }
    logger.info("summary: %s", result)
    return result
