"""Throughput and memory of ``eventline run`` against bare spaCy ``nlp.pipe``.

    python bench/run_bench.py --sizes 1000 10000 --models fr_core_news_md fr_core_news_sm
    python bench/run_bench.py --real ../shared/data/realnews --sizes 480

For each corpus size and model it runs, each in a fresh process whose whole process tree
is sampled for peak RSS. The corpus is generated (deterministic: ``bench/corpus.py``) or,
with ``--real DIR``, made of the French articles of a gold set of real news (read from
``DIR`` at bench time, written only under the git-ignored ``bench/results/``), repeated to
the size asked with a one-line copy number so that every copy is a distinct article:

* bare spaCy: ``nlp.pipe`` over the article bodies, ``n_process`` = 1 and 2;
* ``eventline run`` end to end (Prefect ephemeral server, ingest, parse, temporal,
  extraction, linking, Parquet, HTML): in-process, and ``--workers 2``;
* ``eventline run`` on an empty inbox: the fixed cost (Prefect start-up) reported apart.

Throughput is articles (words) per second of processing time: bare spaCy excludes its
model load, eventline excludes the fixed start-up and the model load (both measured).
A markdown table goes to ``bench/results/bench-<size>.md`` and to stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.corpus import texts_of, write_corpus  # noqa: E402

RESULTS = ROOT / "bench" / "results"

BARE = """
import json, sys, time, spacy
model, n_process, listing = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paths = open(listing, encoding="utf-8").read().split("\\n")
texts = [open(p, encoding="utf-8").read().split("\\n\\n", 1)[1] for p in paths if p]
t0 = time.perf_counter(); nlp = spacy.load(model); t1 = time.perf_counter()
words = 0
for doc in nlp.pipe(texts, batch_size=64, n_process=n_process):
    words += len(doc)
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "proc": t2 - t1, "tokens": words}))
"""


@dataclass
class Run:
    label: str
    wall: float
    peak_rss_mb: float
    extra: dict


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
    return Run(label, wall, peak / 2**20, extra)


def write_real_corpus(gold_dir: Path, out: Path, n: int) -> list[Path]:
    """``n`` articles from the French gold articles of ``gold_dir``, cycled; each copy ends
    with its copy number (a distinct content hash, the same text otherwise)."""
    docs = []
    for f in sorted(gold_dir.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        if d.get("lang") == "fr":
            docs.append((d["published"], d["text"]))
    if not docs:
        raise SystemExit(f"no French gold article in {gold_dir}")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    paths = []
    for i in range(n):
        published, text = docs[i % len(docs)]
        p = out / f"r{i:06d}.txt"
        p.write_text(f"published: {published}\nlang: fr\n\n{text}\n\n({i})\n", "utf-8")
        paths.append(p)
    return paths


def bench(size: int, models: list[str], workers: int, real: Path | None = None) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    work = RESULTS / (f"work-real-{size}" if real else f"work-{size}")
    corpus = work / "corpus"
    paths = sorted(corpus.glob("*.txt")) if corpus.exists() else []
    if real is not None:
        paths = write_real_corpus(real, corpus, size)
    elif len(paths) != size:
        paths = write_corpus(corpus, size, seed=2024)
    words = sum(len(t.split()) for t in texts_of(paths))
    listing = work / "paths.txt"
    listing.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    empty = work / "empty"
    empty.mkdir(exist_ok=True)
    py = sys.executable
    run_args = ["--ingestion-date", "2026-01-01", "--lang", "fr"]
    startup = run_measured(
        "startup", [py, "-m", "eventline", "run", str(empty), "--out", str(work / "o0"),
                    *run_args], env)  # fmt: skip
    rows = []
    for model in models:
        bare: dict[int, Run] = {}
        for n in sorted({1, workers}):
            bare[n] = run_measured(f"bare-{n}", [py, "-c", BARE, model, str(n), str(listing)], env)
        load = bare[1].extra["load"]
        for n in sorted({1, workers}):
            b = bare[n]
            rows.append((model, f"spaCy nlp.pipe n_process={n}", size / b.extra["proc"],
                         words / b.extra["proc"], b.wall, b.peak_rss_mb, None))  # fmt: skip
        base = size / bare[1].extra["proc"]
        for w in sorted({0, workers}):
            out = work / f"out-{model}-{w}"
            if out.exists():
                shutil.rmtree(out)
            cmd = [py, "-m", "eventline", "run", str(corpus), "--out", str(out),
                   "--model-fr", model, *run_args]  # fmt: skip
            if w:
                cmd += ["--workers", str(w)]
            r = run_measured(f"eventline-{w}", cmd, env)
            proc_time = max(1e-6, r.wall - startup.wall - load)
            label = "eventline run" + (f" --workers {w}" if w else " (1 process)")
            rows.append((model, label, size / proc_time, words / proc_time, r.wall,
                         r.peak_rss_mb, size / proc_time / base))  # fmt: skip
    lines = [
        f"### {size} articles, {words} words ("
        + (
            f"the French real articles of {real.name}, cycled"
            if real
            else "generated French corpus, seed 2024"
        )
        + ")",
        "",
        f"Fixed start-up (Prefect ephemeral server + imports, empty inbox): "
        f"{startup.wall:.1f} s, peak RSS {startup.peak_rss_mb:.0f} MB. "
        f"Throughput excludes it and the model load; wall time includes everything.",
        "",
        "| model | run | articles/s | words/s | wall s | peak RSS MB | × bare 1-proc |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for model, label, aps, wps, wall, rss, ratio in rows:
        r = f"{ratio:.2f}" if ratio is not None else ""
        lines.append(
            f"| {model} | {label} | {aps:.1f} | {wps:.0f} | {wall:.1f} | {rss:.0f} | {r} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[1000])
    p.add_argument("--models", nargs="+", default=["fr_core_news_md", "fr_core_news_sm"])
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--real", type=Path, help="a gold set of real articles (its French ones)")
    args = p.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        table = bench(size, args.models, args.workers, args.real)
        name = f"bench-real-{size}.md" if args.real else f"bench-{size}.md"
        (RESULTS / name).write_text(table, encoding="utf-8")
        sys.stdout.write(table + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
