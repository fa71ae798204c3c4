"""Command line: ``eventline run``, ``eventline timex`` and friends.

The sub-commands and their options are a public contract (see README and
``docs/schema.md``): add options freely, rename none.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from eventline.lang import SUPPORTED, get
from eventline.model import EXTRACTOR_VERSION
from eventline.settings import apply_offline_defaults

if TYPE_CHECKING:
    from eventline.nlp import Pipelines

log = logging.getLogger("eventline")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from exc


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a number of days, got {value!r}") from exc
    if days < 0:
        raise argparse.ArgumentTypeError(f"expected a number of days >= 0, got {value!r}")
    return days


def _add_undated_window(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--undated-window",
        type=_days,
        metavar="DAYS",
        help="an event with no time expression and no dated episode is placed in the DAYS "
        "days before publication (default: 7)",
    )


def _undated_window(args: argparse.Namespace) -> int:
    from eventline.pipeline import RunOptions

    window = args.undated_window
    return RunOptions().undated_window if window is None else int(window)


def _models(args: argparse.Namespace) -> dict[str, str] | None:
    """``--model-<code>`` overrides, one option per supported language."""
    models = {code: name for code in SUPPORTED if (name := getattr(args, f"model_{code}", None))}
    return models or None


def _add_model_options(p: argparse.ArgumentParser) -> None:
    for code in SUPPORTED:
        models = ", ".join(get(code).models) or "none"
        p.add_argument(
            f"--model-{code}", help=f"spaCy model for {code} (default: first installed of {models})"
        )


def _add_dask_address(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--dask-address",
        metavar="tcp://HOST:PORT",
        help="run the batches on the existing dask.distributed cluster of this scheduler "
        "(default: $EVENTLINE_DASK_ADDRESS; overrides --workers)",
    )


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="eventline",
        description="News articles in, a dated event timeline (Parquet + graph) out.",
    )
    p.add_argument("--version", action="version", version=f"eventline {EXTRACTOR_VERSION}")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the extract_timeline flow on files or directories")
    run.add_argument("paths", nargs="+", help=".txt/.md/.jsonl/.html files or directories")
    run.add_argument("--out", required=True, help="output directory (created if missing)")
    run.add_argument("--published", type=_date, help="publication date for undated inputs")
    run.add_argument("--lang", choices=[*SUPPORTED, "auto"], default="auto")
    _add_model_options(run)
    run.add_argument("--batch-size", type=int, default=25, help="articles per task run")
    _add_undated_window(run)
    run.add_argument(
        "--reprocess", action="store_true", help="process articles already in --out again"
    )
    run.add_argument(
        "--ingestion-date",
        type=_date,
        help="fallback reference date when an article has no date at all (default: today)",
    )
    run.add_argument(
        "--workers",
        type=int,
        default=0,
        help="run the batches on a Dask cluster of N worker processes (default: in-process)",
    )
    _add_dask_address(run)
    run.add_argument(
        "--no-artifacts", action="store_true", help="do not publish Prefect UI artifacts"
    )
    run.add_argument(
        "--no-flow",
        action="store_true",
        help="run the pipeline in this process without Prefect (no server, no UI, no "
        "task runs; same dataset); --workers is ignored",
    )

    sv = sub.add_parser(
        "serve",
        help="serve the flow as a scheduled Prefect deployment over an inbox directory",
        description="Needs a Prefect server: `prefect server start --host 127.0.0.1` and "
        "PREFECT_API_URL=http://127.0.0.1:4200/api.",
    )
    sv.add_argument("--inbox", required=True, help="directory of incoming articles / feed files")
    sv.add_argument("--out", required=True, help="output directory (created if missing)")
    when = sv.add_mutually_exclusive_group()
    when.add_argument("--cron", help='cron schedule, e.g. "*/5 * * * *"')
    when.add_argument("--interval", type=float, help="schedule interval in seconds (default 3600)")
    sv.add_argument("--name", default="eventline-inbox", help="deployment name")
    sv.add_argument("--lang", choices=[*SUPPORTED, "auto"], default="auto")
    _add_model_options(sv)
    sv.add_argument("--batch-size", type=int, default=25)
    _add_undated_window(sv)
    sv.add_argument("--workers", type=int, default=0, help="Dask worker processes per run")
    _add_dask_address(sv)

    tx = sub.add_parser("timex", help="print the time expressions of a .txt or .jsonl file")
    tx.add_argument("input", help=".txt article or .jsonl of {id, text, published, lang}")
    tx.add_argument("--lang", choices=SUPPORTED, help="language (default: per document)")
    tx.add_argument("--published", type=_date, help="publication date for undated documents")
    _add_model_options(tx)
    ev = sub.add_parser("eval", help="score the pipeline against a gold set (tests/data/gold)")
    ev.add_argument("gold_dir", help="directory of gold JSON files (docs/gold-format.md)")
    _add_model_options(ev)
    ev.add_argument("--errors", type=int, default=0, help="also list N mismatches")
    ev.add_argument(
        "--select",
        metavar="PATTERN",
        help="score only the gold articles whose id matches this shell pattern "
        "(e.g. '*-r?[13579]-*' for the odd-numbered articles of a set)",
    )

    st = sub.add_parser("story", help="print a story's events in date order with sources")
    st.add_argument("story_id", nargs="?", help="story id (omit to list the stories)")
    st.add_argument("--out", required=True, help="output directory of a run")
    return p


def cmd_eval(args: argparse.Namespace) -> int:
    import tempfile

    from eventline.eval.events import format_report
    from eventline.eval.run import evaluate_run

    with tempfile.TemporaryDirectory(prefix="eventline-eval-") as tmp:
        # a fixed ingestion date keeps the scores independent of the day they are run
        report = evaluate_run(args.gold_dir, Path(tmp), models=_models(args), select=args.select)
    sys.stdout.write(format_report(report) + "\n")
    for m in report.mismatches[: args.errors]:
        sys.stdout.write(f"- {m}\n")
    return 0


def cmd_story(args: argparse.Namespace) -> int:
    import pyarrow.parquet as pq

    from eventline.link import story_report

    path = Path(args.out) / "timeline.parquet"
    if not path.exists():
        log.error("no timeline in %s: run `eventline run ... --out %s` first", args.out, args.out)
        return 2
    rows = pq.read_table(path).to_pylist()
    if args.story_id:
        sys.stdout.write(story_report(rows, args.story_id) + "\n")
        return 0
    stories: dict[str, list[dict]] = {}
    for r in rows:
        stories.setdefault(r["story_id"] or "-", []).append(r)
    for sid, members in sorted(stories.items(), key=lambda kv: -len(kv[1])):
        dates = sorted(d for r in members if (d := r["date_start"]) is not None)
        span = f"{dates[0]}..{dates[-1]}" if dates else "undated"
        first = members[0]["summary"] or ""
        sys.stdout.write(f"{sid}\t{len(members)} events\t{span}\t{first[:80]}\n")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from eventline.pipeline import RunOptions, run

    apply_offline_defaults()
    t0 = time.perf_counter()
    options = RunOptions(
        published=args.published,
        lang=args.lang,
        batch_size=args.batch_size,
        models=tuple(sorted((_models(args) or {}).items())),
        ingestion_date=args.ingestion_date or date.today(),
        reprocess=args.reprocess,
        undated_window=_undated_window(args),
    )
    paths = [str(p) for p in args.paths]
    if args.no_flow:
        summary = run(paths, args.out, options)
    else:
        from flows.timeline import timeline_flow

        flow_run = timeline_flow(args.workers, retries=0)  # a failure is shown at once
        summary = flow_run(
            paths=paths,
            out=args.out,
            published=options.published,
            lang=options.lang,
            batch_size=options.batch_size,
            models=_models(args),
            ingestion_date=options.ingestion_date,
            reprocess=options.reprocess,
            undated_window=options.undated_window,
            workers=args.workers,
            dask_address=args.dask_address,
            artifacts=not args.no_artifacts,
        )
    elapsed = time.perf_counter() - t0
    table = Table(title="eventline run", show_header=False)
    for label, value in summary.lines():
        table.add_row(label, value)
    table.add_row("wall time", f"{elapsed:.1f} s")
    Console(stderr=False).print(table)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    apply_offline_defaults()
    from flows.deploy import build_deployment, serve

    inbox = Path(args.inbox)
    if not inbox.is_dir():
        log.error("inbox %s is not a directory", inbox)
        return 2
    deployment = build_deployment(
        inbox,
        args.out,
        cron=args.cron,
        interval=args.interval,
        name=args.name,
        lang=args.lang,
        batch_size=args.batch_size,
        models=_models(args),
        workers=args.workers,
        undated_window=_undated_window(args),
        dask_address=args.dask_address,
    )
    try:
        serve(deployment)
    except RuntimeError as exc:
        log.error("%s", exc)
        return 2
    return 0


def run_timex(
    path: Path,
    out: TextIO,
    *,
    lang: str | None,
    published: date | None,
    pipelines: Pipelines,
    ingestion_date: date | None = None,
) -> int:
    """Write one JSON object per time expression of the documents of ``path`` to ``out``;
    the number of documents tagged."""
    from eventline.pipeline import tag_documents

    tagged = tag_documents(
        path, lang=lang, published=published, pipelines=pipelines, ingestion_date=ingestion_date
    )
    for doc, result in tagged:
        for t in result.timexes:
            row = {
                "id": doc.doc_id,
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "type": t.type,
                "value": t.value,
                "date_start": t.date_start.isoformat() if t.date_start else None,
                "date_end": t.date_end.isoformat() if t.date_end else None,
                "granularity": t.granularity,
                "anchor": t.anchor,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(tagged)


def cmd_timex(args: argparse.Namespace) -> int:
    from eventline.nlp import Pipelines

    path = Path(args.input)
    if not path.is_file():
        log.error("no such file: %s", path)
        return 2
    n = run_timex(
        path,
        sys.stdout,
        lang=args.lang,
        published=args.published,
        pipelines=Pipelines(_models(args)),
        ingestion_date=date.today(),  # last-resort reference for undated documents
    )
    log.info("%d documents", n)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handlers = {
        "run": cmd_run,
        "timex": cmd_timex,
        "eval": cmd_eval,
        "story": cmd_story,
        "serve": cmd_serve,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
