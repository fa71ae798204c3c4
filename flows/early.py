"""Batches extracted before the flow starts: a process-level handoff for ``eventline run``.

While Prefect's temporary server boots (another process) and the flows are imported,
``eventline run`` loads the model in a thread (``cli._preload_model``); that thread then
reads the run's sources and extracts the first batches, exactly as the flow will
(``pipeline.read_sources``, ``pipeline.batched``, ``pipeline.extract_batch``). The
flow's extract task asks :func:`take` first: a batch equal to one extracted early (same
articles, same run options) is handed over once, never extracted twice; any other batch
is extracted by the flow. The first request stops the early work after the batch in hand
(never two parses at once), and at most ``max_batches`` results are held. Dask workers
and other processes find nothing here and extract as usual.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path

from eventline.model import Article
from eventline.pipeline import BatchResult, RunOptions

log = logging.getLogger(__name__)

MAX_BATCHES = 24  # batches extracted before the flow asks (memory held: their events)


class EarlyBatches:
    """The early extraction of one run: started by :meth:`start`, consumed by :meth:`take`."""

    def __init__(self, options: RunOptions, max_batches: int = MAX_BATCHES) -> None:
        self.options = options
        self.max_batches = max_batches
        self._lock = threading.Lock()
        self._stopped = False
        self._batches: dict[tuple[str, ...], tuple[list[Article], Future[BatchResult]]] = {}
        self._thread: threading.Thread | None = None

    def run(self, paths: Sequence[str], out: str | Path) -> None:
        """Read the sources and extract the first batches until stopped (in a thread)."""
        from eventline import pipeline

        sources = pipeline.read_sources(list(paths), Path(out), self.options)
        todo = pipeline.batched(sources.articles, self.options.batch_size)
        for batch in todo[: self.max_batches]:
            future: Future[BatchResult] = Future()
            with self._lock:
                if self._stopped:
                    return
                self._batches[tuple(a.article_id for a in batch)] = (batch, future)
            try:
                future.set_result(pipeline.extract_batch(batch, self.options))
                log.debug("early batch of %d articles extracted", len(batch))
            except Exception as exc:  # the flow extracts this batch again and reports it
                future.set_exception(exc)
                return

    def start(
        self, paths: Sequence[str], out: str | Path, after: threading.Thread | None = None
    ) -> threading.Thread:
        """:meth:`run` in a daemon thread, once ``after`` (the model's load) has ended."""
        self._thread = threading.Thread(
            target=self._run_logged,
            args=(list(paths), out, after),
            name="eventline-early",
            daemon=True,
        )
        self._thread.start()
        return self._thread

    def _run_logged(
        self, paths: Sequence[str], out: str | Path, after: threading.Thread | None
    ) -> None:
        if after is not None:
            after.join()
        try:
            self.run(paths, out)
        except Exception:  # reading failed: the flow reads again and reports it
            log.debug("early extraction stopped", exc_info=True)

    def take(self, articles: Sequence[Article], options: RunOptions) -> BatchResult | None:
        """The early result of this batch (handed over once), or None: then the early
        work is over (its thread joined, what it held dropped) and the caller extracts."""
        with self._lock:
            self._stopped = True
            entry = self._batches.pop(tuple(a.article_id for a in articles), None)
        if entry is not None and options == self.options and entry[0] == list(articles):
            try:
                result = entry[1].result()
                log.info("batch of %d articles extracted before the flow began", len(articles))
                return result
            except Exception:  # extracted again by the caller, which reports the error
                return None
        if self._thread is not None:
            self._thread.join()  # the batch in hand, if any: one parse at a time
        with self._lock:
            self._batches.clear()
        return None


_CURRENT: EarlyBatches | None = None


def begin(options: RunOptions) -> EarlyBatches:
    """The process's early extraction for a run with ``options`` (replacing any other)."""
    global _CURRENT
    _CURRENT = EarlyBatches(options)
    return _CURRENT


def take(articles: Sequence[Article], options: RunOptions) -> BatchResult | None:
    """The batch's early result in this process, if it was extracted early."""
    early = _CURRENT
    return early.take(articles, options) if early is not None else None


def clear() -> None:
    """Forget this process's early extraction (the run is over)."""
    global _CURRENT
    _CURRENT = None
