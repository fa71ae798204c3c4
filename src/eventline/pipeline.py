"""The one composition of the stages, without Prefect: ``run(inputs, out, options)``.

A run reads its inputs (skipping articles already in ``out``), turns batches of articles
into events (parse → time expressions → extraction → enrichment), links the new events
with those of earlier runs, and writes the dataset. The CLI, the evaluation, the scripts
and the Prefect flow all go through :func:`run`; the flow only passes a :class:`Steps`
that wraps each step in its task (``flows/timeline.py``). One bad article never sinks a
batch: its error becomes a ``Reject``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from eventline import link, temporal
from eventline.enrich import enrich_article
from eventline.enrich.dates import UNDATED_WINDOW
from eventline.extract import extract_article, extract_speakers
from eventline.extract.places import extract_places
from eventline.ingest import IngestOptions, iter_items, read_path
from eventline.io import parquet, report
from eventline.io.graphml import write_event_graph
from eventline.io.lock import writer_lock
from eventline.lang import DEFAULT
from eventline.model import (
    EXTRACTOR_VERSION,
    Article,
    ArticleResult,
    ArticleRow,
    Event,
    Reject,
    RunSummary,
)
from eventline.nlp import (
    DEFAULT_LIMITS,
    Limits,
    ModelNotAvailable,
    Paragraph,
    Pipelines,
    over_limits,
    pipelines_for,
    split_paragraphs,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
X = TypeVar("X")
PREVIEW_EVENTS = 500  # new events kept in the summary, in date order
CHECKPOINT_GROUP = 32  # batches mapped at a time between checkpoint decisions


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to run: defaults for undated or unlabelled inputs, models, batching."""

    published: date | None = None  # publication date of inputs that carry none
    lang: str = "auto"  # a language code, or auto-detection
    batch_size: int = 25  # articles per batch (a task run in the flow)
    models: tuple[tuple[str, str], ...] = ()  # (language, spaCy package) overrides
    ingestion_date: date | None = None  # last-resort reference date of undated articles
    reprocess: bool = False  # process articles already in the output again
    report: bool = True  # write timeline.html and events_per_day.png
    undated_window: int = UNDATED_WINDOW  # days before publication an undated event is placed in
    checkpoint_batches: int = 200  # commit after this many batches (0: no count limit)
    checkpoint_seconds: float = 600.0  # or this long after the last commit (0: no limit)
    limits: Limits = DEFAULT_LIMITS  # work per article/batch; what exceeds it becomes a reject


@dataclass(slots=True)
class Sources:
    """What the inputs hold: articles to process, rejects, and how many were skipped."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    skipped: int = 0


@dataclass(slots=True)
class BatchResult:
    results: list[ArticleResult] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    rows: list[ArticleRow] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [e for r in self.results for e in r.events]


@dataclass(slots=True)
class Linked:
    """Every event of the dataset (earlier runs' and this run's) and their graph."""

    events: list[Event]
    result: link.LinkResult


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a run is: ``stage`` (extract, link, write, done), articles and batches done."""

    stage: str
    done: int  # articles extracted (events or reject)
    total: int  # articles to extract in this run
    batches_done: int
    batches_total: int
    new_events: int = 0
    rejects: int = 0


class _Tracker:
    """Counts finished batches and hands a :class:`Progress` to ``callback``."""

    def __init__(
        self, callback: Callable[[Progress], None] | None, total: int, batches: int, rejects: int
    ) -> None:
        self.callback = callback
        self.now = Progress("extract", 0, total, 0, batches, 0, rejects)

    def report(self, stage: str) -> None:
        self.now = replace(self.now, stage=stage)
        if self.callback:
            self.callback(self.now)

    def batch_done(self, batch: BatchResult) -> None:
        n = self.now
        self.now = replace(
            n,
            done=n.done + len(batch.rows),
            batches_done=n.batches_done + 1,
            new_events=n.new_events + len(batch.events),
            rejects=n.rejects + len(batch.rejects),
        )
        self.report("extract")


class Steps(Protocol):
    """How the steps of a run are executed: in process (:data:`LOCAL`) or as Prefect
    tasks (``flows.timeline``). ``map`` hands each result to ``done`` in order, as soon
    as it has it."""

    def call(self, step: Callable[..., T], *args: Any) -> T: ...

    def map(
        self,
        step: Callable[[X, RunOptions], T],
        items: Sequence[X],
        options: RunOptions,
        done: Callable[[T], None] | None = None,
    ) -> list[T]: ...


class LocalSteps:
    """Every step called directly, batches one after the other."""

    def call(self, step: Callable[..., T], *args: Any) -> T:
        return step(*args)

    def map(
        self,
        step: Callable[[X, RunOptions], T],
        items: Sequence[X],
        options: RunOptions,
        done: Callable[[T], None] | None = None,
    ) -> list[T]:
        results = []
        for item in items:
            results.append(step(item, options))
            if done:
                done(results[-1])
        return results


LOCAL = LocalSteps()


# --------------------------------------------------------------------------- the steps


def read_sources(inputs: Sequence[str | Path | Article], out: Path, options: RunOptions) -> Sources:
    """Articles and rejects of ``inputs`` (files, directories or ready ``Article``s);
    articles already processed into ``out`` by this extractor version are skipped."""
    skip = set() if options.reprocess else parquet.known_article_ids(out, EXTRACTOR_VERSION)
    paths = [p for p in inputs if not isinstance(p, Article)]
    given = [a for a in inputs if isinstance(a, Article)]
    items: Iterable[Article | Reject] = iter_items(
        paths, IngestOptions(published=options.published, lang=options.lang)
    )
    sources = Sources()
    for item in [*given, *items]:
        if isinstance(item, Reject):
            sources.rejects.append(item)
        elif item.article_id in skip:
            sources.skipped += 1
        else:
            sources.articles.append(item)
    return sources


def batched(items: Sequence[Article], size: int) -> list[list[Article]]:
    """``items`` in consecutive batches of ``size``."""
    return [list(items[i : i + size]) for i in range(0, len(items), max(1, size))]


def extract_batch(articles: Sequence[Article], options: RunOptions) -> BatchResult:
    """Events of a batch of articles, with the process-wide spaCy pipelines."""
    return process_batch(
        articles,
        pipelines_for(dict(options.models)),
        ingestion_date=options.ingestion_date,
        undated_window=options.undated_window,
        limits=options.limits,
    )


def _deadline(start: float, seconds: float) -> float | None:
    return start + seconds if seconds > 0 else None


Parsed = list[Paragraph] | tuple[str, str]  # an article's paragraphs, or (reason, detail)


class _GroupParse:
    """The articles of one language parsed in one ``nlp.pipe`` stream, in order, each
    as its paragraphs or as ``(reason, detail)`` when it exceeds ``limits``. The time
    budgets are checked with ``clock`` before each paragraph enters the stream (which
    reads ``Pipelines.batch_size`` paragraphs ahead of the parse) and before each article."""

    def __init__(
        self,
        group: Sequence[Article],
        lang: str,
        pipelines: Pipelines,
        limits: Limits,
        batch_deadline: float | None,
        clock: Callable[[], float],
    ) -> None:
        self.group, self.lang, self.pipelines = group, lang, pipelines
        self.limits, self.batch_deadline, self.clock = limits, batch_deadline, clock
        self.refused: dict[int, tuple[str, str]] = {}  # decided while feeding the stream

    def _feed(self) -> Iterator[tuple[str, tuple[int, int, int]]]:
        limits, clock, batch_deadline = self.limits, self.clock, self.batch_deadline
        for i, article in enumerate(self.group):
            if refused := over_limits(article.text, limits):
                self.refused[i] = refused
                continue
            now = clock()
            if batch_deadline is not None and now > batch_deadline:
                spent = f"the batch's budget of {limits.batch_seconds:g} s was spent"
                self.refused[i] = ("time_budget", spent)
                continue
            deadlines = [d for d in (_deadline(now, limits.article_seconds), batch_deadline) if d]
            deadline = min(deadlines, default=None)
            for p_no, (off, para) in enumerate(split_paragraphs(article.text)):
                if deadline is not None and clock() > deadline:
                    self.refused[i] = ("time_budget", (
                        f"parse stopped after {clock() - now:.1f} s (limits: "
                        f"{limits.article_seconds:g} s per article, "
                        f"{limits.batch_seconds:g} s per batch)"
                    ))  # fmt: skip
                    break
                yield para, (i, p_no, off)

    def _result(self, i: int, parsed: dict[int, list[Paragraph]]) -> tuple[Article, Parsed]:
        paragraphs = parsed.pop(i, [])
        return self.group[i], self.refused.get(i, paragraphs)

    def __iter__(self) -> Iterator[tuple[Article, Parsed]]:
        parsed: dict[int, list[Paragraph]] = {}
        done = 0  # articles handed out; every article before a doc's was fed in full
        for doc, (i, p_no, off) in self.pipelines.pipe_pieces(self.lang, self._feed()):
            while done < i:
                yield self._result(done, parsed)
                done += 1
            parsed.setdefault(i, []).append(Paragraph(p_no, off, doc))
        while done < len(self.group):
            yield self._result(done, parsed)
            done += 1


def process_batch(
    articles: Sequence[Article],
    pipelines: Pipelines,
    *,
    ingestion_date: date | None = None,
    undated_window: int = UNDATED_WINDOW,
    limits: Limits = DEFAULT_LIMITS,
    clock: Callable[[], float] = time.monotonic,
) -> BatchResult:
    """Events of a batch of articles (``undated_window``: days before publication an
    undated event is placed in). An article over ``limits`` (estimated tokens, time
    budgets measured with ``clock``) becomes a reject; the others go on."""
    out = BatchResult()
    batch_deadline = _deadline(clock(), limits.batch_seconds)
    by_lang: dict[str, list[Article]] = {}
    for a in articles:
        by_lang.setdefault(a.lang or "fr", []).append(a)
    for lang, group in sorted(by_lang.items()):
        try:
            pipelines.get(lang)
        except ModelNotAvailable as exc:
            for a in group:
                out.rejects.append(Reject(a.source, "model", str(exc), a.article_id))
                out.rows.append(_row(a, None, None, "rejected"))
            continue
        for article, parsed in _GroupParse(group, lang, pipelines, limits, batch_deadline, clock):
            if isinstance(parsed, tuple):
                reason, detail = parsed
                log.warning("rejected %s: %s (%s)", article.source, reason, detail)
                out.rejects.append(Reject(article.source, reason, detail, article.article_id))
                # a time budget may pass on a quieter run: retried like an error
                status = "error" if reason == "time_budget" else "rejected"
                out.rows.append(_row(article, None, None, status))
                continue
            _extract_article(out, article, lang, parsed, ingestion_date, undated_window)
    return out


def _extract_article(
    out: BatchResult,
    article: Article,
    lang: str,
    paragraphs: list[Paragraph],
    ingestion_date: date | None,
    undated_window: int,
) -> None:
    """Add the events (or the error) of one parsed article to ``out``."""
    tr: temporal.TemporalResult | None = None
    try:
        tr = temporal.tag(
            article.text,
            lang,
            article.published,
            paragraphs=paragraphs,
            ingestion_date=ingestion_date,
        )
        mentions = extract_article(article, paragraphs, tr.timexes)
        speakers = extract_speakers(article, paragraphs)
        places = extract_places(article, paragraphs)
        events = enrich_article(article, mentions, tr, speakers, places, undated_window)
    except (
        ValueError,
        KeyError,
        IndexError,
        TypeError,
        AttributeError,
        RecursionError,
    ) as exc:
        # a defect on one article must not lose the others: record it and go on
        log.exception("extraction failed on %s", article.source)
        out.rejects.append(
            Reject(article.source, "error", f"{type(exc).__name__}: {exc}", article.article_id)
        )
        out.rows.append(_row(article, None, tr, "error"))
        return
    result = ArticleResult(article, events, list(tr.timexes), "ok" if events else "no_events")
    out.results.append(result)
    out.rows.append(_row(article, result, tr, result.status))


def _row(
    article: Article, result: ArticleResult | None, tr: temporal.TemporalResult | None, status: str
) -> ArticleRow:
    return ArticleRow(
        article_id=article.article_id,
        doc_id=article.doc_id,
        source=article.source,
        title=article.title,
        url=article.url,
        lang=article.lang,
        published=article.published,
        published_origin=article.published_origin,
        reference_date=tr.reference if tr else None,
        reference_origin=tr.reference_origin if tr else "none",
        n_chars=len(article.text),
        n_events=len(result.events) if result else 0,
        status=status,
        extractor_version=EXTRACTOR_VERSION,
    )


def link_with_history(out: Path, batches: Sequence[BatchResult], options: RunOptions) -> Linked:
    """This run's events linked with the events of earlier runs in ``out`` (articles
    processed again replace their old events): every mention is clustered and linked
    afresh, so runs in several steps give the links of one run over all the articles;
    cluster and story ids of earlier runs are kept (``link_state.json``)."""
    new_events = [e for b in batches for e in b.events]
    redone = {r.article_id for b in batches for r in b.rows}
    old = parquet.read_event_records(out)
    events = [e for e in old if e.article_id not in redone] + new_events
    state_json = None if options.reprocess else parquet.read_link_state(out)
    state = link.LinkState.from_json(state_json) if state_json else None
    return Linked(events, link.link_events(events, state=state, keep_clusters=False))


def write_outputs(
    out: Path,
    batches: Sequence[BatchResult],
    rejects: Sequence[Reject],
    linked: Linked,
    options: RunOptions,
) -> parquet.WriteSummary:
    """Write events, articles, rejects, links, timeline and graph atomically, then the
    HTML timeline and the events-per-day plot."""
    summary = parquet.write_outputs(
        out,
        events=linked.events,
        articles=[r for b in batches for r in b.rows],
        rejects=[*rejects, *(r for b in batches for r in b.rejects)],
        links=linked.result.links,
        timeline=linked.result.timeline,
        graph_writer=lambda p: write_event_graph(
            lambda: link.graph_nodes(linked.result.events), linked.result.links, p
        ),
        link_state_json=linked.result.state.to_json(),
    )
    if options.report:
        report.write_report(out)
    return summary


def nothing_new(
    out: Path, article_ids: Collection[str], rejects: Sequence[Reject], options: RunOptions
) -> bool:
    """Whether writing would change nothing: a dataset exists, every article is already
    in it (processed meanwhile by another writer, say) unless reprocessing, and every
    reject is already recorded."""
    if not (out / parquet.ARTICLES).exists() or (options.reprocess and article_ids):
        return False
    if set(article_ids) - parquet.known_article_ids(out, EXTRACTOR_VERSION):
        return False
    known = parquet.known_reject_ids(out)
    return all(parquet.reject_row(r)["reject_id"] in known for r in rejects)


def _preview_key(e: Event) -> tuple[bool, date, str]:
    return (e.date_start is None, e.date_start or date.min, e.event_id)


def _preview(events: Sequence[Event], limit: int = PREVIEW_EVENTS) -> tuple[Event, ...]:
    """New events in date order (undated last)."""
    return tuple(sorted(events, key=_preview_key)[:limit])


@dataclass(slots=True)
class Tally:
    """What a run's summary needs of its batches, kept instead of the batches (a
    committed batch is dropped): counts, the rejects and the preview's events."""

    batches: int = 0
    new_events: int = 0
    rejects: list[Reject] = field(default_factory=list)
    preview: list[Event] = field(default_factory=list)

    def add(self, batches: Sequence[BatchResult]) -> None:
        """Count ``batches`` in (their rejects and their earliest events kept)."""
        new = [e for b in batches for e in b.events]
        self.batches += len(batches)
        self.new_events += len(new)
        self.rejects += [r for b in batches for r in b.rejects]
        self.preview = list(_preview([*self.preview, *new]))


# --------------------------------------------------------------------------- time expressions only


def tag_documents(
    path: Path,
    *,
    lang: str | None,
    published: date | None,
    pipelines: Pipelines,
    ingestion_date: date | None = None,
) -> list[tuple[Article, temporal.TemporalResult]]:
    """The time expressions of every document of ``path`` (``eventline timex``): read
    exactly as :func:`run` reads articles (offsets index the same text), parsed per
    language in one stream for the tense of each expression (text cues without a model).
    ``lang``/``published`` override what the documents say."""
    docs: list[Article] = []
    # a time expression needs no article around it: short documents are fine here
    for item in read_path(path, IngestOptions(lang=lang or "auto", min_chars=1)):
        if isinstance(item, Reject):
            log.warning("%s: skipped, %s (%s)", item.source, item.reason, item.detail)
        else:
            docs.append(item)
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        by_lang.setdefault(d.lang or DEFAULT, []).append(i)
    parsed: dict[int, list[Paragraph]] = {}
    for code, idx in by_lang.items():
        try:
            texts = [docs[i].text for i in idx]
            parsed.update(zip(idx, pipelines.parse_texts(code, texts), strict=True))
        except RuntimeError as exc:  # a missing model (ModelNotAvailable) must not stop tagging
            log.warning("no parse for %s (%s): tense falls back to text cues", code, exc)
    return [
        (
            d,
            temporal.tag(
                d.text,
                d.lang or DEFAULT,
                published or d.published,
                paragraphs=parsed.get(i),
                ingestion_date=ingestion_date,
            ),
        )
        for i, d in enumerate(docs)
    ]


# --------------------------------------------------------------------------- the run


def checkpoint_policy(options: RunOptions) -> tuple[int, float]:
    """(batches, seconds) between commits of a run: the options, or the environment's
    ``EVENTLINE_CHECKPOINT_BATCHES`` / ``EVENTLINE_CHECKPOINT_SECONDS`` when set."""
    every, seconds = options.checkpoint_batches, options.checkpoint_seconds
    with contextlib.suppress(ValueError):
        every = int(os.environ.get("EVENTLINE_CHECKPOINT_BATCHES", every))
    with contextlib.suppress(ValueError):
        seconds = float(os.environ.get("EVENTLINE_CHECKPOINT_SECONDS", seconds))
    return every, seconds


def extract_and_commit(
    out: Path,
    sources: Sources,
    options: RunOptions,
    steps: Steps,
    tracker: _Tracker | None = None,
) -> tuple[Tally, parquet.WriteSummary, bool]:
    """Extract the batches of ``sources`` and commit them to ``out``: every
    ``checkpoint_batches`` batches or ``checkpoint_seconds`` seconds (a checkpoint: a crash
    loses only what came after it, the next run goes on from there), the rest at the end.
    Returns what the summary needs of the batches (:class:`Tally`: a committed batch is
    not kept), the last commit's counts and whether nothing was written; ``tracker``
    hears of each finished batch and of the link and write stages."""
    tracker = tracker or _Tracker(None, len(sources.articles), 0, len(sources.rejects))
    every, seconds = checkpoint_policy(options)
    todo = batched(sources.articles, options.batch_size)
    step = min(every if every > 0 else CHECKPOINT_GROUP, CHECKPOINT_GROUP)
    if every <= 0 and seconds <= 0:
        step = max(1, len(todo))  # no checkpoints: every batch in one map
    tally = Tally()
    pending: list[BatchResult] = []
    source_rejects = list(sources.rejects)
    last = time.monotonic()
    for i in range(0, len(todo), step):
        pending += steps.map(extract_batch, todo[i : i + step], options, tracker.batch_done)
        due = (0 < every <= len(pending)) or (0 < seconds <= time.monotonic() - last)
        if i + step < len(todo) and due:
            log.info("checkpoint: committing %d batches", len(pending))
            _commit(out, pending, source_rejects, replace(options, report=False), steps, tracker)
            tracker.report("extract")
            tally.add(pending)
            pending, source_rejects, last = [], [], time.monotonic()
    written, unchanged = _commit(out, pending, source_rejects, options, steps, tracker)
    first = tally.batches == 0
    tally.add(pending)
    return tally, written, unchanged and first


def _commit(
    out: Path,
    batches: Sequence[BatchResult],
    source_rejects: Sequence[Reject],
    options: RunOptions,
    steps: Steps,
    tracker: _Tracker,
) -> tuple[parquet.WriteSummary, bool]:
    """Link ``batches`` with the dataset and write it, unless nothing is new; one writer
    at a time from reading the dataset back to the last write (``io.lock``)."""
    rejects = [*source_rejects, *(r for b in batches for r in b.rejects)]
    with writer_lock(out):
        if nothing_new(out, {r.article_id for b in batches for r in b.rows}, rejects, options):
            log.info("nothing new: %s left as it is", out)
            if options.report and report.is_stale(out):  # a crash came before the report
                report.write_report(out)
            return parquet.dataset_counts(out), True
        tracker.report("link")
        linked = steps.call(link_with_history, out, batches, options)
        tracker.report("write")
        return steps.call(write_outputs, out, batches, source_rejects, linked, options), False


def run(
    inputs: Sequence[str | Path | Article],
    out: str | Path,
    options: RunOptions = RunOptions(),
    *,
    steps: Steps = LOCAL,
    progress: Callable[[Progress], None] | None = None,
) -> RunSummary:
    """Read ``inputs``, extract dated events, link them with what ``out`` holds and
    write the dataset to ``out``; ``progress`` is told at each stage and after each
    batch."""
    out_dir = Path(out)
    sources = steps.call(read_sources, list(inputs), out_dir, options)
    log.info(
        "%d articles to process, %d already done, %d rejected",
        len(sources.articles),
        sources.skipped,
        len(sources.rejects),
    )
    chunks = batched(sources.articles, options.batch_size)
    tracker = _Tracker(progress, len(sources.articles), len(chunks), len(sources.rejects))
    tracker.report("extract")
    tally, written, unchanged = extract_and_commit(out_dir, sources, options, steps, tracker)
    tracker.report("done")
    rejects = [*sources.rejects, *tally.rejects]
    for r in rejects:
        log.info("rejected %s: %s (%s)", r.source, r.reason, r.detail[:200])
    return RunSummary(
        articles=len(sources.articles),
        skipped=sources.skipped,
        new_events=tally.new_events,
        events=written.n_events,
        clusters=written.n_clusters,
        links=written.n_links,
        rejects=len(rejects),
        reject_reasons=tuple(sorted(Counter(r.reason for r in rejects).items())),
        out=str(out_dir.resolve()),
        timeline_html=str(out_dir / report.HTML_NAME),
        preview=tuple(tally.preview),
        unchanged=unchanged,
    )
