"""Throughput and memory of ``eventline run`` against bare spaCy ``nlp.pipe``.

    python bench/run_bench.py --sizes 1000 10000 --models fr_core_news_md fr_core_news_sm
    python bench/run_bench.py --corpus realnews-fr --sizes 100 --repeat 2
    python bench/run_bench.py --corpus timex --sizes 100        # French TimeBank texts
    python bench/run_bench.py --corpus realnews --sizes 72      # French and English
    python bench/run_bench.py --one-article                     # Prefect's share of one run

Corpora: ``generated`` (deterministic: ``bench/corpus.py``), or real text read at bench
time from ``../shared/data`` (``bench/real.py``; skipped cleanly when absent, never copied
into the repo, written only under the git-ignored ``bench/results/``): ``realnews-fr``,
``realnews-en``, ``realnews`` (both languages), ``timex`` (French TimeBank). ``--real DIR``
is ``realnews-fr`` read from DIR. Real texts are cycled to the size asked, each copy ending
with its copy number (a distinct article).

For each size and model, each command in a fresh process whose whole process tree is
sampled for peak RSS, alternating the commands ``--repeat`` times to ride out noise:

* bare spaCy: ``nlp.pipe`` over the article bodies (one model per language),
  ``n_process`` = 1 and 2;
* ``eventline run`` end to end (Prefect ephemeral server, ingest, parse, temporal,
  extraction, linking, Parquet, HTML): in-process, and ``--workers 2``;
* ``eventline run`` on an empty inbox first: the fixed cost (Prefect start-up), apart.

Two figures per row. WHOLE process: articles / wall time, start-up, imports and model load
included (bare spaCy too), and its ratio to bare spaCy's whole process. PROCESSING only:
bare spaCy without its model load; eventline without the fixed start-up (an empty-inbox
run, which also loads the model while Prefect starts) and, with ``--workers``, the model load.
Every row carries the load average (1 min) at its start and end: on a shared machine,
compare rows of similar load. A markdown table goes to ``bench/results/`` and to stdout.

``--one-article``: ``eventline run`` on one small article, ``--no-flow`` (no Prefect),
with Prefect's ephemeral server, and against a Prefect server the bench starts on
127.0.0.1 (stopped at the end); the wall time minus the ``--no-flow`` one is Prefect's.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.corpus import write_corpus  # noqa: E402
from bench.real import corpus as real_corpus  # noqa: E402
from bench.real import load_average, realnews, write_docs  # noqa: E402
from eventline.io.loopback import free_port  # noqa: E402

RESULTS = ROOT / "bench" / "results"
CORPORA = ("generated", "realnews-fr", "realnews-en", "realnews", "timex")

BARE = """
import json, sys, time
t00 = time.perf_counter()
import spacy
models = dict(m.split("=") for m in sys.argv[1].split(","))
n_process, listing = int(sys.argv[2]), sys.argv[3]
by_lang = {}
for line in open(listing, encoding="utf-8").read().split("\\n"):
    if line:
        lang, path = line.split("\\t")
        text = open(path, encoding="utf-8").read().split("\\n\\n", 1)[1]
        by_lang.setdefault(lang, []).append(text)
load = proc = 0.0
words = 0
for lang, texts in sorted(by_lang.items()):
    t0 = time.perf_counter(); nlp = spacy.load(models[lang]); t1 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64, n_process=n_process):
        words += len(doc)
    load += t1 - t0; proc += time.perf_counter() - t1
print(json.dumps({"load": load, "proc": proc, "tokens": words, "import": t0 - t00}))
"""


@dataclass
class Run:
    label: str
    wall: float
    peak_rss_mb: float
    load: str  # load averages at start -> end
    extra: dict = field(default_factory=dict)


def _tree_rss(p: psutil.Process) -> int:
    total = 0
    try:
        procs = [p, *p.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for q in procs:
        try:
            total += q.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def run_measured(label: str, cmd: list[str], env: dict[str, str]) -> Run:
    """Run ``cmd`` in its own session; wall time and peak RSS of its process tree."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        before = os.getloadavg()[0]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err, text=True,
                                start_new_session=True)  # fmt: skip
        ps = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(ps))
            time.sleep(0.2)
        wall = time.perf_counter() - t0
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, 9)  # the ephemeral Prefect server, if left behind
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{label} failed ({proc.returncode}):\n{stderr[-3000:]}")
    extra: dict = {}
    last = stdout.strip().splitlines()[-1] if stdout.strip() else ""
    if last.startswith("{"):
        extra = json.loads(last)
    load = f"{before:.1f}→{os.getloadavg()[0]:.1f}"
    return Run(label, wall, peak / 2**20, load, extra)


def write_real_corpus(gold_dir: Path, out: Path, n: int) -> list[Path]:
    """``n`` articles from the French gold articles of ``gold_dir``, cycled (``--real``)."""
    docs = realnews(gold_dir, ("fr",))
    if not docs:
        raise SystemExit(f"no French gold article in {gold_dir}")
    return write_docs(docs, out, n)


def _lang_of(path: Path) -> str:
    head = path.read_text("utf-8").split("\n\n", 1)[0]
    for line in head.splitlines():
        if line.startswith("lang:"):
            return line.split(":", 1)[1].strip()
    return "fr"


def _installed(names: tuple[str, ...]) -> str | None:
    return next((n for n in names if importlib.util.find_spec(n) is not None), None)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    env.setdefault("DO_NOT_TRACK", "1")
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    return env


def make_corpus(kind: str, size: int, work: Path, real: Path | None) -> list[Path] | None:
    """The corpus files (None when its real text is absent)."""
    corpus = work / "corpus"
    if real is not None:
        return write_real_corpus(real, corpus, size)
    if kind == "generated":
        paths = sorted(corpus.glob("*.txt")) if corpus.exists() else []
        return paths if len(paths) == size else write_corpus(corpus, size, seed=2024)
    docs = real_corpus(kind)
    return write_docs(docs, corpus, size) if docs else None


def _row(model: str, label: str, size: int, words: int, run: Run, proc_time: float,
         base: tuple[float, float] | None) -> str:  # fmt: skip
    """A table row; ``base``: bare spaCy 1-process (wall, processing time)."""
    whole = f"{size / run.wall:.2f}"
    ratio = f"{base[0] / run.wall:.2f}" if base is not None else ""
    if proc_time <= 0:  # the start-up measured apart took longer than this whole run: noise
        proc = ["n/a", "n/a", "n/a" if base is not None else ""]
    else:
        proc = [f"{size / proc_time:.1f}", f"{words / proc_time:.0f}",
                f"{base[1] / proc_time:.2f}" if base is not None else ""]  # fmt: skip
    return (f"| {model} | {label} | {whole} | {ratio} | {' | '.join(proc)} | {run.wall:.1f} | "
            f"{run.peak_rss_mb:.0f} | {run.load} |")  # fmt: skip


def bench(size: int, models: list[str], workers: int, kind: str = "generated",
          real: Path | None = None, repeat: int = 1) -> str | None:  # fmt: skip
    """The markdown table of one corpus size (None when the corpus is absent)."""
    env = _env()
    name = "real" if real else kind
    work = RESULTS / (f"work-{size}" if name == "generated" else f"work-{name}-{size}")
    paths = make_corpus(kind, size, work, real)
    if paths is None:
        return None
    texts = [p.read_text("utf-8").split("\n\n", 1)[1] for p in paths]
    words = sum(len(t.split()) for t in texts)
    langs = [_lang_of(p) for p in paths]
    listing = work / "paths.txt"
    listing.write_text("\n".join(f"{g}\t{p}" for g, p in zip(langs, paths, strict=True)), "utf-8")
    empty = work / "empty"
    empty.mkdir(exist_ok=True)
    py = sys.executable
    run_args = ["--ingestion-date", "2026-01-01"]
    if set(langs) == {"fr"}:
        run_args += ["--lang", "fr"]
    startup = run_measured(
        "startup", [py, "-m", "eventline", "run", str(empty), "--out", str(work / "o0"),
                    *run_args], env)  # fmt: skip
    from eventline.nlp import model_candidates

    en_model = _installed(model_candidates("en")) or "en_core_web_sm"
    rows = []
    for model in models:
        spec = ",".join([f"fr={model}", f"en={en_model}"])
        model_label = model if set(langs) == {"fr"} else f"{model} + {en_model}"
        for _ in range(repeat):  # alternate the commands: noise hits all of them alike
            bare: dict[int, Run] = {}
            for n in sorted({1, workers}):
                bare[n] = run_measured(f"bare-{n}", [py, "-c", BARE, spec, str(n), str(listing)],
                                       env)  # fmt: skip
            load = bare[1].extra["load"]
            base = (bare[1].wall, bare[1].extra["proc"])
            for n in sorted({1, workers}):
                b = bare[n]
                rows.append(_row(model_label, f"spaCy nlp.pipe n_process={n}", size, words, b,
                                 b.extra["proc"], None if n == 1 else base))  # fmt: skip
            for w in sorted({0, workers}):
                out = work / f"out-{model}-{w}"
                if out.exists():
                    shutil.rmtree(out)
                cmd = [py, "-m", "eventline", "run", str(corpus_dir(paths)), "--out", str(out),
                       "--model-fr", model, *run_args]  # fmt: skip
                if w:
                    cmd += ["--workers", str(w)]
                r = run_measured(f"eventline-{w}", cmd, env)
                label = "eventline run" + (f" --workers {w}" if w else " (1 process)")
                # in process, the model loads while Prefect starts (cli._preload_model):
                # the empty-inbox start-up already holds it; Dask workers load their own
                proc_time = r.wall - startup.wall - (load if w else 0.0)
                rows.append(_row(model_label, label, size, words, r, proc_time, base))
    what = {
        "real": f"the French real articles of {real.name if real else ''}, cycled",
        "generated": "generated French corpus, seed 2024",
        "timex": "French TimeBank texts of ../shared/data/timex (≥ 30 words), cycled",
        "realnews": "real news of ../shared/data/realnews, French and English, cycled",
        "realnews-fr": "French real news of ../shared/data/realnews, cycled",
        "realnews-en": "English real news of ../shared/data/realnews, cycled",
    }[name]
    lines = [
        f"### {size} articles, {words} words ({what}), "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        f"Fixed start-up (Prefect ephemeral server + imports, empty inbox): "
        f"{startup.wall:.1f} s, peak RSS {startup.peak_rss_mb:.0f} MB (load {startup.load}). "
        "WHOLE: articles / wall time, everything included; PROCESSING: without model load "
        "(and, for eventline, without the fixed start-up). Ratios are to bare spaCy "
        "1-process of the same repetition.",
        "",
        "| model | run | whole art/s | whole × bare | proc art/s | proc words/s "
        "| proc × bare | wall s | peak RSS MB | load 1 min |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
        *rows,
    ]
    return "\n".join(lines) + "\n"


def corpus_dir(paths: list[Path]) -> Path:
    return paths[0].parent


@contextlib.contextmanager
def prefect_server(env: dict[str, str], timeout: float = 180.0) -> Iterator[str]:
    """A Prefect server on 127.0.0.1 (its own PREFECT_HOME), stopped at the end; its API URL."""
    port = free_port()
    home = tempfile.mkdtemp(prefix="bench-prefect-")
    senv = {**env, "PREFECT_HOME": home}
    senv.pop("PREFECT_API_URL", None)
    prefect = str(Path(sys.executable).parent / "prefect")
    proc = subprocess.Popen([prefect, "server", "start", "--host", "127.0.0.1", "--port",
                             str(port)], env=senv, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the bench's Prefect server did not start") from None
                time.sleep(0.5)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        shutil.rmtree(home, ignore_errors=True)


SERVER_START = """
import json, time
t0 = time.perf_counter()
from eventline.cli import start_bound_ephemeral_server
from eventline.settings import apply_offline_defaults
apply_offline_defaults()  # as `eventline run` does (its start-up timeout among them)
t1 = time.perf_counter()
start_bound_ephemeral_server()
print(json.dumps({"import": t1 - t0, "server": time.perf_counter() - t1}))
"""


def one_article(repeat: int = 1) -> str:
    """Wall time of ``eventline run`` on one small article: without Prefect, with its
    ephemeral server, and against a running server; Prefect's share is the difference."""
    env = _env()
    work = RESULTS / "work-one-article"
    docs = realnews(langs=("fr",))
    if docs:
        smallest = min(docs, key=lambda d: len(d[2]))
        paths = write_docs([smallest], work / "corpus", 1)
        what = f"the shortest French real-news article ({len(smallest[2].split())} words)"
    else:
        paths = write_corpus(work / "corpus", 1, seed=2024)
        what = "one generated article"
    py = sys.executable
    base = [py, "-m", "eventline", "run", str(paths[0]), "--ingestion-date", "2026-01-01"]
    runs: list[Run] = []
    with prefect_server(env) as url:
        for _ in range(repeat):
            for label, extra, cenv in (
                ("--no-flow (no Prefect)", ["--no-flow"], env),
                ("ephemeral Prefect server", [], env),
                ("running Prefect server (127.0.0.1)", [], {**env, "PREFECT_API_URL": url}),
            ):
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                runs.append(run_measured(label, [*base, "--out", str(out), *extra], cenv))
            runs.append(run_measured("ephemeral server start alone (import + start)",
                                     [py, "-c", SERVER_START], env))  # fmt: skip
    plain = statistics.median(r.wall for r in runs if r.label.startswith("--no-flow"))
    lines = [
        f"### eventline run on one small article ({what}), "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
        "Prefect's share: wall time minus the median `--no-flow` wall time "
        f"({plain:.1f} s: Python, imports, model load, the run).",
        "",
        "| run | wall s | Prefect s | peak RSS MB | load 1 min |",
        "|---|---:|---:|---:|---|",
    ]
    for r in runs:
        if r.extra:
            share = f"import {r.extra['import']:.1f} + start {r.extra['server']:.1f}"
        elif r.label.startswith("--no-flow"):
            share = "0"
        else:
            share = f"{r.wall - plain:.1f}"
        lines.append(f"| {r.label} | {r.wall:.1f} | {share} | {r.peak_rss_mb:.0f} | {r.load} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[1000])
    p.add_argument("--models", nargs="+", default=["fr_core_news_md", "fr_core_news_sm"])
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--corpus", choices=CORPORA, default="generated")
    p.add_argument("--real", type=Path, help="a gold set of real articles (its French ones)")
    p.add_argument("--repeat", type=int, default=1, help="alternate the commands N times")
    p.add_argument("--one-article", action="store_true",
                   help="only the one-article run: Prefect's share of its wall time")  # fmt: skip
    args = p.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    sys.stdout.write(f"({load_average()} at the start)\n\n")
    if args.one_article:
        table = one_article(args.repeat)
        (RESULTS / "bench-one-article.md").write_text(table, encoding="utf-8")
        sys.stdout.write(table + "\n")
        return 0
    for size in args.sizes:
        table = bench(size, args.models, args.workers, args.corpus, args.real, args.repeat)
        if table is None:
            sys.stdout.write(f"{args.corpus}: its texts are absent from ../shared/data, skipped\n")
            return 0
        name = "real" if args.real else args.corpus
        fname = f"bench-{size}.md" if name == "generated" else f"bench-{name}-{size}.md"
        (RESULTS / fname).write_text(table, encoding="utf-8")
        sys.stdout.write(table + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
