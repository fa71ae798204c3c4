"""Command line: ``eventline run``, ``eventline timex`` and friends.

The sub-commands and their options are a public contract (see README and
``docs/schema.md``): add options freely, rename none.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import math
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TextIO

from eventline.io.loopback import HOST, free_port
from eventline.lang import SUPPORTED, get
from eventline.model import EXTRACTOR_VERSION
from eventline.settings import apply_offline_defaults

if TYPE_CHECKING:
    from eventline.model import RunSummary
    from eventline.nlp import Pipelines
    from eventline.pipeline import Progress, RunOptions

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


LIMIT_FIELDS = (
    "article_tokens",
    "sentence_tokens",
    "word_chars",
    "article_seconds",
    "batch_seconds",
)


def _add_limit_options(p: argparse.ArgumentParser) -> None:
    """Options of ``eventline.nlp.Limits``: an article over a limit becomes a reject."""
    from eventline.nlp import DEFAULT_LIMITS as L

    g = p.add_argument_group(
        title="work limits",
        description="an article over a limit becomes a reject with its reason (0: no limit)",
    )
    g.add_argument(
        "--max-article-tokens",
        type=int,
        dest="article_tokens",
        metavar="N",
        help=f"estimated tokens per article (default {L.article_tokens})",
    )
    g.add_argument(
        "--max-sentence-tokens",
        type=int,
        dest="sentence_tokens",
        metavar="N",
        help=f"estimated tokens per sentence (default {L.sentence_tokens})",
    )
    g.add_argument(
        "--max-word-chars",
        type=int,
        dest="word_chars",
        metavar="N",
        help=f"characters without a space (default {L.word_chars})",
    )
    g.add_argument(
        "--article-timeout",
        type=float,
        dest="article_seconds",
        metavar="S",
        help=f"seconds of parsing per article (default {L.article_seconds:g})",
    )
    g.add_argument(
        "--batch-timeout",
        type=float,
        dest="batch_seconds",
        metavar="S",
        help=f"seconds per batch of articles (default {L.batch_seconds:g})",
    )


def _limits(args: argparse.Namespace) -> dict[str, float]:
    """The limits given on the command line (the others keep their defaults)."""
    return {n: v for n in LIMIT_FIELDS if (v := getattr(args, n, None)) is not None}


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
    run.add_argument(
        "--progress",
        choices=["auto", "bar", "lines", "off"],
        default="auto",
        help="progress on stderr: a bar on a terminal, plain lines every 10 s otherwise (auto)",
    )
    _add_limit_options(run)

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
    when.add_argument(
        "--interval", type=float, help="schedule interval in whole seconds >= 1 (default 3600)"
    )
    sv.add_argument("--name", default="eventline-inbox", help="deployment name")
    sv.add_argument("--lang", choices=[*SUPPORTED, "auto"], default="auto")
    _add_model_options(sv)
    sv.add_argument("--batch-size", type=int, default=25)
    _add_undated_window(sv)
    sv.add_argument("--workers", type=int, default=0, help="Dask worker processes per run")
    sv.add_argument(
        "--view-port",
        type=int,
        metavar="PORT",
        help="also serve the HTML timeline on http://127.0.0.1:PORT/ and link it from the UI",
    )
    _add_dask_address(sv)
    _add_limit_options(sv)

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

    vw = sub.add_parser(
        "view",
        help="serve the output's HTML timeline and plot on http://127.0.0.1:PORT/",
        description="Browsers do not open file:// links from a web page: this serves the "
        "page files of --out (read-only, loopback only). Set EVENTLINE_VIEW_URL to its "
        "address for the flow's link artifact to point there.",
    )
    vw.add_argument("--out", required=True, help="output directory of a run")
    vw.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any free port)")

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


def _die_with_this_process() -> Callable[[], None]:
    """A ``preexec_fn``: the child gets SIGTERM when the thread that started it dies, even
    by ``kill -9`` (Linux ``PR_SET_PDEATHSIG``; resolved here, not after the fork)."""
    import ctypes
    import signal

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()

    def bind() -> None:
        prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the call
            os._exit(1)

    return bind


def start_bound_ephemeral_server() -> str | None:
    """Start Prefect's temporary (ephemeral) server from this thread, bound to this
    process: it stops when the CLI dies, even by ``kill -9``. None (nothing started) when
    a server is configured (``PREFECT_API_URL``) or off Linux; else the API URL.

    Prefect 3 starts it lazily (``SubprocessASGIServer.start``: ``python -m uvicorn`` as a
    plain child, stopped only by ``atexit``); started here first, every later client finds
    it running and reuses it."""
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value() or not sys.platform.startswith("linux"):
        return None
    import subprocess

    from prefect.server.api.server import SubprocessASGIServer

    bind = _die_with_this_process()
    popen = subprocess.Popen

    def bound_popen(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("preexec_fn", bind)
        return popen(*args, **kwargs)

    server = SubprocessASGIServer()
    subprocess.Popen = bound_popen  # type: ignore[assignment,misc]  # only while it starts
    try:
        server.start()
    finally:
        subprocess.Popen = popen  # type: ignore[misc]
    return str(server.api_url)


class EarlyServer:
    """Prefect's temporary server process, started before Prefect is imported;
    :func:`adopt_ephemeral_server` makes it this process's server once it answers."""

    def __init__(self, port: int, process: Any) -> None:
        self.port = port
        self.process = process

    @property
    def api_url(self) -> str:
        """Its API's URL (what ``PREFECT_API_URL`` is set to)."""
        return f"http://{HOST}:{self.port}/api"

    def stop(self) -> None:
        """Stop the process (at exit, or when it did not come up)."""
        import subprocess

        with contextlib.suppress(OSError):
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def spawn_ephemeral_server() -> EarlyServer | None:
    """Start Prefect's temporary server process now, bound to this process (it dies with
    it, even by ``kill -9``), with the command and environment Prefect 3's
    ``SubprocessASGIServer`` uses, but without importing Prefect's server package first
    (several seconds): the server boots in its own process while this one imports the
    flows and loads the model. None when a server is configured or off Linux."""
    import subprocess

    import prefect
    from prefect.settings import PREFECT_API_URL, get_current_settings

    if PREFECT_API_URL.value() or not sys.platform.startswith("linux"):
        return None
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
        **get_current_settings().to_environment_variables(exclude_unset=True),
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(prefect.__module_path__.parent),
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        HOST,
        "--port",
        str(port),
        "--log-level",
        "error",
        f"--lifespan={'on'}",
    ]  # fmt: skip  (uvicorn's option value, formatted: no word of a language)
    process = subprocess.Popen(command, env=env, preexec_fn=_die_with_this_process())
    return EarlyServer(port, process)


def _answers(early: EarlyServer, timeout: float) -> bool:
    """Whether the early server's API answers its health check within ``timeout``."""
    import httpx

    deadline = time.monotonic() + timeout
    with httpx.Client() as client:
        while time.monotonic() < deadline:
            if early.process.poll() is not None:  # exited: the port was taken, say
                return False
            with contextlib.suppress(httpx.HTTPError):
                if client.get(f"{early.api_url}/health").status_code == 200:
                    return True
            time.sleep(0.1)
    return False


def adopt_ephemeral_server(early: EarlyServer | None) -> str | None:
    """Make ``early`` this process's Prefect server once it answers: its URL becomes
    ``PREFECT_API_URL`` (for this process's clients, whose settings are refreshed, and for
    the Dask workers it starts), so Prefect never imports its server package here (~2.5 s
    of CPU that would be taken from the model load and the early batches); the server is
    stopped when the process exits. When it did not come up, stop it and start one the
    usual way (:func:`start_bound_ephemeral_server`). Returns the API URL, or None when a
    server is configured."""
    if early is None:
        return start_bound_ephemeral_server()
    import atexit

    from prefect.context import refresh_global_settings_context
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    if not _answers(early, float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())):
        early.stop()
        return start_bound_ephemeral_server()
    url = early.api_url
    os.environ["PREFECT_API_URL"] = url
    refresh_global_settings_context()
    atexit.register(early.stop)
    log.info("Prefect's temporary server for this run: %s", url)
    return url


def _preload_model(args: argparse.Namespace, options: RunOptions) -> threading.Thread | None:
    """Load the run's spaCy model in a thread while Prefect's server starts (a separate
    process: the two overlap), for in-process runs only (Dask workers, local or of a
    cluster, load their own). The language is ``--lang``, or with ``auto`` the default one (fr)."""
    from flows.timeline import resolve_dask_address

    if args.workers > 0 or resolve_dask_address(getattr(args, "dask_address", None)):
        return None
    from eventline.lang import DEFAULT
    from eventline.nlp import ModelNotAvailable, pipelines_for

    lang = DEFAULT if options.lang == "auto" else options.lang
    models = _models(args)

    def load() -> None:
        with contextlib.suppress(ModelNotAvailable, OSError):  # the run reports it
            pipelines_for(models).get(lang)

    thread = threading.Thread(target=load, name="eventline-model-preload", daemon=True)
    thread.start()
    return thread


def _start_cluster(
    args: argparse.Namespace, options: RunOptions, early: EarlyServer | None
) -> contextlib.ExitStack | None:
    """``--workers N`` with no existing cluster: start the run's Dask ``LocalCluster`` now,
    while Prefect's server boots, and load the model on each worker meanwhile
    (``flows.timeline.warm_worker``); the flow then runs its batches there as on an existing
    cluster (``EVENTLINE_DASK_ADDRESS`` is set to it). The workers get the early server's
    URL. The stack closes the cluster; None when the cluster is the flow's to start."""
    from flows.timeline import (
        DASK_ADDRESS_ENV,
        local_cluster_kwargs,
        resolve_dask_address,
        warm_worker,
    )

    if args.workers <= 0 or resolve_dask_address(args.dask_address):
        return None
    from distributed import Client, LocalCluster, fire_and_forget

    from eventline.lang import DEFAULT

    stack = contextlib.ExitStack()
    try:
        cluster = stack.enter_context(
            LocalCluster(
                **local_cluster_kwargs(args.workers),
                env={"PREFECT_API_URL": early.api_url} if early else {},
            )
        )
        client = stack.enter_context(Client(cluster))
        lang = DEFAULT if options.lang == "auto" else options.lang
        for worker in client.scheduler_info()["workers"]:  # one task each, not waited for
            fire_and_forget(
                client.submit(
                    warm_worker, _models(args), lang, workers=[worker], pure=False,
                    allow_other_workers=False,
                )
            )  # fmt: skip
    except Exception as exc:  # the flow starts its own cluster, as without this
        stack.close()
        log.warning("could not start the Dask workers early (%s): the flow starts them", exc)
        return None
    os.environ[DASK_ADDRESS_ENV] = cluster.scheduler_address
    stack.callback(os.environ.pop, DASK_ADDRESS_ENV, None)
    log.info("a LocalCluster of %d started at %s", args.workers, cluster.scheduler_address)
    return stack


def _start_early(
    args: argparse.Namespace,
    paths: list[str],
    options: RunOptions,
    preload: threading.Thread | None,
) -> ModuleType | None:
    """Once the model is loaded (``preload``), extract the run's first batches in a
    thread while Prefect's server starts and the flow begins (``flows.early``: the
    flow's extract task takes them over). Only when the batches run in this process
    (``preload`` is None with Dask workers). The handoff module, to clear after the run."""
    if preload is None:
        return None
    from flows import early

    early.begin(options).start(paths, args.out, after=preload)
    return early


def _run_with_progress(
    args: argparse.Namespace,
    paths: list[str],
    options: RunOptions,
    display: Callable[[Progress], None] | None,
) -> RunSummary:
    """The run, in process (``--no-flow``) or as the flow, telling ``display``."""
    from eventline.pipeline import run

    if args.no_flow:
        return run(paths, args.out, options, progress=display)
    early = spawn_ephemeral_server()  # boots while the flows are imported, the model loaded
    cluster: contextlib.ExitStack | None = None
    try:
        from flows.progress import listening
        from flows.timeline import timeline_flow

        cluster = _start_cluster(args, options, early)  # its workers load while it boots
        preload = _preload_model(args, options)
        handoff = _start_early(args, paths, options, preload)  # while the server boots
        adopt_ephemeral_server(early)
    except BaseException:
        if cluster:
            cluster.close()
        if early:
            early.stop()
        raise
    if preload:
        preload.join()
    flow_run = timeline_flow(args.workers, retries=0)  # a failure is shown at once
    with (
        listening(display) if display else contextlib.nullcontext(),
        contextlib.ExitStack() as stack,
    ):
        if cluster:
            stack.enter_context(cluster)
        if handoff:
            stack.callback(handoff.clear)
        return flow_run(
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
            limits=_limits(args) or None,
        )


def cmd_view(args: argparse.Namespace) -> int:
    from eventline.io.report import HTML_NAME
    from eventline.io.view import make_server, server_url

    out = Path(args.out)
    if not (out / HTML_NAME).is_file():
        sys.stderr.write(f"eventline view: no {HTML_NAME} in {out}: run `eventline run` first\n")
        return 2
    try:
        server = make_server(out, args.port)
    except OSError as exc:
        sys.stderr.write(f"eventline view: cannot listen on 127.0.0.1:{args.port}: {exc}\n")
        return 2
    sys.stdout.write(f"serving {out} on {server_url(server)}{HTML_NAME} (Ctrl-C stops)\n")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from eventline.io.progress import progress_display
    from eventline.nlp import Limits
    from eventline.pipeline import RunOptions

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
        limits=Limits.of(_limits(args)),
    )
    paths = [str(p) for p in args.paths]
    display = progress_display(args.progress, sys.stderr)
    try:
        summary = _run_with_progress(args, paths, options, display)
    finally:
        if display:
            display.close()
    elapsed = time.perf_counter() - t0
    table = Table(title="eventline run", show_header=False)
    for label, value in summary.lines():
        table.add_row(label, value)
    table.add_row("wall time", f"{elapsed:.1f} s")
    Console(stderr=False).print(table)
    return 0


def schedule_error(cron: str | None, interval: float | None) -> str | None:
    """Why ``--cron``/``--interval`` is not a usable schedule (None when it is)."""
    if interval is not None and (
        not math.isfinite(interval) or interval < 1 or not float(interval).is_integer()
    ):
        return f"--interval {interval:g}: expected a whole number of seconds >= 1"
    if cron is not None:
        from prefect.client.schemas.schedules import CronSchedule

        try:
            CronSchedule(cron=cron)
        except ValueError:
            return (
                f"--cron {cron!r}: not a cron expression (five fields: minute hour "
                'day-of-month month day-of-week, e.g. "*/5 * * * *")'
            )
    return None


def start_view(out: str, port: int) -> Any:
    """``eventline view`` in a thread of this process, linked from the runs' artifacts
    (``EVENTLINE_VIEW_URL``, inherited by the runs): its server, or why not (a str)."""
    import threading

    from eventline.io.view import VIEW_URL_ENV, make_server, server_url

    try:
        server = make_server(out, port)
    except OSError as exc:
        return f"--view-port {port}: cannot listen on 127.0.0.1:{port}: {exc}"
    threading.Thread(target=server.serve_forever, name="eventline-view", daemon=True).start()
    os.environ[VIEW_URL_ENV] = server_url(server)
    sys.stderr.write(f"eventline serve: HTML timeline on {server_url(server)}\n")
    return server


def cmd_serve(args: argparse.Namespace) -> int:
    apply_offline_defaults()
    if problem := schedule_error(args.cron, args.interval):
        sys.stderr.write(f"eventline serve: {problem}\n")
        return 2
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
        limits=_limits(args) or None,
    )
    view = None if args.view_port is None else start_view(args.out, args.view_port)
    if isinstance(view, str):
        sys.stderr.write(f"eventline serve: {view}\n")
        return 2
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
        "view": cmd_view,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
