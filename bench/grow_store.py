"""Grow a stored dataset to N article-equivalents without parsing, through the real
pipeline's link and write code, measuring peak RSS and time of each commit.

    python bench/grow_store.py SRC OUT --articles 10000                # one commit
    python bench/grow_store.py SRC OUT --articles 50000 --commit-every 5000
    python bench/grow_store.py SRC OUT --daily 3 --per-day 1000         # on a grown OUT

``SRC`` is the output folder of a real run (``eventline run --no-flow`` on
``bench/corpus.py`` articles, or the real-news store ``bench/profile_run.py`` writes).
Its articles (sorted by id) are replicated: article-equivalent ``g`` is copy
``k = g // n`` of source article ``g % n``; copy 0 keeps the source ids, copy ``k > 0``
gets ids derived from the source id and ``k`` (``stable_hash``) and every date (event
start and end, publication, reference date) shifted by ``k × span`` days, ``span`` the
source's whole date range (``--span-days`` to pack copies closer: denser days). Each
commit builds ``BatchResult``s of the copied events and article rows and calls
``pipeline._commit`` (``link_with_history`` then ``write_outputs``, as a run's checkpoint
does) in a child process, which prints one JSON line: peak RSS
(``getrusage(RUSAGE_SELF).ru_maxrss``) after building the batches, after linking and after
writing, and the wall and CPU seconds of linking and writing. ``--daily D`` runs ``D``
commits of ``--per-day`` articles, each in its own process (a daily incremental run).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.real import load_average  # noqa: E402

FRESH_TEXTS = ("sentence", "trigger", "actor", "target", "location", "date_text")


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Source:
    """The source store's article rows (sorted by id) and events by article."""

    def __init__(self, src: Path, span_days: int | None, fresh: bool = False) -> None:
        from eventline.io import parquet
        from eventline.model import ArticleRow

        table = parquet.read_table(src / parquet.ARTICLES, parquet.ARTICLES_SCHEMA)
        rows = sorted(table.to_pylist(), key=lambda r: r["article_id"])
        self.articles = [ArticleRow(**r) for r in rows]
        self.events: dict[str, list[Any]] = {}
        for ev in parquet.events_from_table(parquet.read_events(src)):
            ev.cluster_id = ev.story_id = None
            self.events.setdefault(ev.article_id, []).append(ev)
        days = [
            d
            for evs in self.events.values()
            for e in evs
            for d in (e.date_start, e.date_end, e.published)
            if d is not None
        ] + [a.published for a in self.articles if a.published is not None]
        self.span = span_days or ((max(days) - min(days)).days + 1 if days else 1)
        self.fresh = fresh

    def copy(self, g: int) -> tuple[Any, list[Any]]:
        """Article-equivalent ``g``: its article row and events."""
        from eventline.model import stable_hash

        n = len(self.articles)
        k, row = g // n, self.articles[g % n]
        events = self.events.get(row.article_id, [])
        if k == 0:
            return row, [dataclasses.replace(e, **self._texts(e)) for e in events]
        shift = timedelta(days=k * self.span)

        def sh(d: date | None) -> date | None:
            return d + shift if d is not None else None

        aid = stable_hash("grow", row.article_id, k, length=len(row.article_id))
        new_row = dataclasses.replace(
            row,
            article_id=aid,
            doc_id=f"{row.doc_id}~{k}",
            published=sh(row.published),
            reference_date=sh(row.reference_date),
        )
        new_events = [
            dataclasses.replace(
                e,
                event_id=stable_hash("grow", e.event_id, k, length=len(e.event_id)),
                article_id=aid,
                published=sh(e.published),
                date_start=sh(e.date_start),
                date_end=sh(e.date_end),
                **self._texts(e),
            )
            for e in events
        ]
        return new_row, new_events

    def _texts(self, e: Any) -> dict[str, Any]:
        """With ``fresh``, new string objects for the texts a real run's extraction makes
        per mention (the sentence, trigger and role spans): copies of one source mention
        would otherwise share them, which no real store does."""
        if not self.fresh:
            return {}
        return {
            name: value.encode().decode()
            for name in FRESH_TEXTS
            if isinstance(value := getattr(e, name), str)
        }


def batches_of(source: Source, start: int, count: int, batch_size: int = 25) -> list[Any]:
    """``BatchResult``s of article-equivalents ``start .. start + count - 1``."""
    from eventline.model import ArticleResult
    from eventline.pipeline import BatchResult

    out: list[Any] = []
    for b in range(start, start + count, batch_size):
        batch = BatchResult()
        for g in range(b, min(b + batch_size, start + count)):
            row, events = source.copy(g)
            batch.rows.append(row)
            if row.status in ("ok", "no_events"):
                batch.results.append(ArticleResult(None, events, [], row.status))  # type: ignore[arg-type]
        out.append(batch)
    return out


class TimedSteps:
    """``pipeline.LOCAL`` that times each step and records the peak RSS after it."""

    def __init__(self) -> None:
        self.record: dict[str, float] = {}

    def call(self, step: Any, *args: Any) -> Any:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return step(*args)
        finally:
            name = step.__name__
            self.record[f"{name} wall s"] = round(time.perf_counter() - t0, 2)
            self.record[f"{name} cpu s"] = round(time.process_time() - c0, 2)
            self.record[f"peak MB after {name}"] = round(_maxrss_mb(), 1)

    def map(self, step: Any, items: Any, options: Any, done: Any = None) -> list[Any]:
        raise NotImplementedError


def child(args: argparse.Namespace) -> int:
    """Commit article-equivalents ``--start`` on, ``--articles`` of them, in commits of
    ``--commit-every`` (0: one), printing one JSON line per commit."""
    from eventline import pipeline
    from eventline.io import parquet

    source = Source(args.src, args.span_days, args.fresh_strings)
    options = pipeline.RunOptions(report=args.report)
    every = args.commit_every or args.articles
    start = args.start
    if start < 0:
        start = parquet.dataset_counts(args.out).n_articles
    end = start + args.articles
    for first in range(start, end, every):
        steps = TimedSteps()
        batches = batches_of(source, first, min(every, end - first))
        n_events = sum(len(b.events) for b in batches)
        rec: dict[str, Any] = {
            "articles": [first, first + sum(len(b.rows) for b in batches)],
            "new events": n_events,
            "peak MB after building batches": round(_maxrss_mb(), 1),
        }
        last = first + every >= end
        opts = options if last else dataclasses.replace(options, report=False)
        tracker = pipeline._Tracker(None, 0, 0, 0)
        t0 = time.perf_counter()
        written, _ = pipeline._commit(args.out, batches, [], opts, steps, tracker)
        del batches
        rec.update(steps.record)
        rec["commit wall s"] = round(time.perf_counter() - t0, 2)
        rec["store events"], rec["store links"] = written.n_events, written.n_links
        rec["store articles"] = written.n_articles
        rec["peak MB"] = round(_maxrss_mb(), 1)
        rec["load"] = load_average()
        sys.stdout.write(json.dumps(rec) + "\n")
        sys.stdout.flush()
    return 0


def _run_child(args: argparse.Namespace, start: int, articles: int, every: int) -> list[dict]:
    cmd = [
        sys.executable, __file__, "--child", str(args.src), str(args.out),
        "--start", str(start), "--articles", str(articles), "--commit-every", str(every),
    ]  # fmt: skip
    if args.span_days:
        cmd += ["--span-days", str(args.span_days)]
    if not args.report:
        cmd.append("--no-report")
    if args.fresh_strings:
        cmd.append("--fresh-strings")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"child failed ({proc.returncode})")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("src", type=Path, help="output folder of a real run")
    p.add_argument("out", type=Path, help="store to grow (created when absent)")
    p.add_argument("--articles", type=int, default=0, help="article-equivalents to add")
    p.add_argument("--commit-every", type=int, default=0, help="articles per commit (0: one)")
    p.add_argument("--daily", type=int, default=0, help="then this many daily runs")
    p.add_argument("--per-day", type=int, default=1000, help="articles per daily run")
    p.add_argument("--span-days", type=int, default=0, help="date shift between copies")
    p.add_argument("--start", type=int, default=-1, help="first article-equivalent")
    p.add_argument("--no-report", dest="report", action="store_false")
    p.add_argument(
        "--fresh-strings",
        action="store_true",
        help="copies get their own sentence, trigger and span texts (as a real run's)",
    )
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args)
    recs: list[tuple[str, dict]] = []
    if args.articles:
        for r in _run_child(args, -1, args.articles, args.commit_every):
            recs.append(("run", r))
            sys.stdout.write(json.dumps({"run": r}) + "\n")
    for d in range(args.daily):
        for r in _run_child(args, -1, args.per_day, 0):
            recs.append((f"day {d + 1}", r))
            sys.stdout.write(json.dumps({f"day {d + 1}": r}) + "\n")
    sys.stdout.write(
        "| commit | articles | store events | links | peak MB (batches / link / write) "
        "| link s wall (cpu) | write s wall (cpu) |\n|---|---|---:|---:|---|---|---|\n"
    )
    for name, r in recs:
        sys.stdout.write(
            f"| {name} | {r['articles'][0]}–{r['articles'][1]} | {r['store events']} "
            f"| {r['store links']} | {r['peak MB after building batches']:.0f} / "
            f"{r.get('peak MB after link_with_history', 0):.0f} / {r['peak MB']:.0f} "
            f"| {r.get('link_with_history wall s', 0)} ({r.get('link_with_history cpu s', 0)}) "
            f"| {r.get('write_outputs wall s', 0)} ({r.get('write_outputs cpu s', 0)}) |\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
