"""Where the time of one in-process ``pipeline.run`` goes (the ``--no-flow`` run).

    python bench/profile_run.py                     # real French news, 200 articles
    python bench/profile_run.py --corpus timex --size 200 --top 25

Builds the corpus (``bench/real.py``: read at bench time, written under the git-ignored
``bench/results/``), then runs ``pipeline.run`` twice on a fresh output folder each:

1. with light timers around the stages (spaCy parse, temporal tagging, extraction rules,
   enrichment, linking, writing): low overhead, the figures to trust;
2. under cProfile, whose time is attributed to eventline's modules (a function's own time
   plus the library calls it makes, e.g. ``re`` or spaCy, so nothing is counted twice) and
   to the functions of the extraction rules. cProfile inflates pure-Python code more than
   spaCy's compiled parse: read its shares as an upper bound for the rules.

The load average is printed beside each figure (shares hold under load, seconds do not).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.real import corpus, load_average, write_docs  # noqa: E402

RESULTS = ROOT / "bench" / "results"
SRC = str(ROOT / "src" / "eventline") + "/"

STAGE_OF_MODULE = (  # first prefix that matches (relative to src/eventline/)
    ("nlp.py", "spaCy parse (nlp.pipe)"),
    ("temporal/", "temporal tagging"),
    ("extract/", "extraction rules"),
    ("enrich/gazetteer", "enrichment: gazetteer"),
    ("enrich/coref", "enrichment: coref"),
    ("enrich/", "enrichment: other (dates, actors, places)"),
    ("link/", "linking"),
    ("io/", "writing (Parquet, GraphML, HTML)"),
    ("ingest/", "reading"),
    ("lang/", "language data"),
)


def _timed(stages: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            stages[name] += time.perf_counter() - t0

    return wrapper


def _timed_stream(stages: dict[str, float], name: str, fn: Callable[..., Any]) -> Any:
    """``fn`` returns an iterator (a lazy ``nlp.pipe`` stream): time each step of it."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        it = iter(fn(*args, **kwargs))
        while True:
            t0 = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                stages[name] += time.perf_counter() - t0
            yield item

    return wrapper


def timed_run(paths: list[Path], out: Path, options: Any) -> tuple[float, dict[str, float]]:
    """Wall time of ``pipeline.run`` and the time of each stage (timers patched in)."""
    from eventline import nlp, pipeline

    stages: dict[str, float] = defaultdict(float)
    patches = [
        (nlp, "load_model", "model load"),
        (nlp.Pipelines, "pipe_pieces", "spaCy parse (nlp.pipe)"),
        (pipeline.temporal, "tag", "temporal tagging"),
        (pipeline, "extract_article", "extraction rules: mentions"),
        (pipeline, "extract_speakers", "extraction rules: speakers"),
        (pipeline, "extract_places", "extraction rules: places"),
        (pipeline, "enrich_article", "enrichment (gazetteer, coref, dates, actors)"),
        (pipeline, "read_sources", "reading"),
        (pipeline, "link_with_history", "linking"),
        (pipeline, "write_outputs", "writing (Parquet, GraphML, HTML)"),
    ]
    saved = [(owner, attr, getattr(owner, attr)) for owner, attr, _ in patches]
    for owner, attr, name in patches:
        timer = _timed_stream if attr == "pipe_pieces" else _timed  # the parse is a lazy stream
        setattr(owner, attr, timer(stages, name, getattr(owner, attr)))
    try:
        t0 = time.perf_counter()
        pipeline.run(paths, out, options)
        wall = time.perf_counter() - t0
    finally:
        for owner, attr, fn in saved:
            setattr(owner, attr, fn)
    return wall, dict(stages)


def attribute(stats: pstats.Stats) -> tuple[dict[str, float], dict[str, float]]:
    """Time per eventline module and per extraction function: own time plus the time of
    the library functions (``re``, spaCy, pyarrow, builtins) it calls directly, less what
    those spend back in eventline code (a key function, a generator given to ``any``)."""
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    back: dict[Any, float] = defaultdict(float)  # library function -> time of eventline callees
    for (file, _line, _func), (_cc, _nc, _tt, _ct, callers) in raw.items():
        if file.startswith(SRC):
            for caller, (_c, _n, _t, ct) in callers.items():
                if not caller[0].startswith(SRC):
                    back[caller] += ct
    own: dict[tuple[str, str], float] = defaultdict(float)
    for key, (_cc, _nc, tt, ct_all, callers) in raw.items():
        file, _line, func = key
        if file.startswith(SRC):
            own[(file[len(SRC) :], func)] += tt
            continue
        net = max(0.0, ct_all - back[key]) / ct_all if ct_all > 0 else 0.0
        for (cfile, _cline, cfunc), (_c, _n, _t, ct) in callers.items():
            if cfile.startswith(SRC):  # library time charged to the eventline caller
                own[(cfile[len(SRC) :], cfunc)] += ct * net
    stages: dict[str, float] = defaultdict(float)
    rules: dict[str, float] = defaultdict(float)
    for (rel, func), t in own.items():
        stage = next((s for prefix, s in STAGE_OF_MODULE if rel.startswith(prefix)), "other")
        stages[stage] += t
        if rel.startswith("extract/"):
            rules[f"{rel}:{func}"] += t
    return dict(stages), dict(rules)


def _share_lines(title: str, figures: dict[str, float], total: float, top: int) -> list[str]:
    lines = [f"| {title} | s | share |", "|---|---:|---:|"]
    for name, t in sorted(figures.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| {name} | {t:.2f} | {100 * t / total:.1f} % |")
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--corpus", default="realnews-fr",
                   choices=["realnews-fr", "realnews-en", "realnews", "timex"])  # fmt: skip
    p.add_argument("--size", type=int, default=200)
    p.add_argument("--top", type=int, default=20, help="extraction functions listed")
    p.add_argument("--no-cprofile", action="store_true", help="the timed run only")
    args = p.parse_args(argv)
    from eventline.pipeline import RunOptions

    docs = corpus(args.corpus)
    if not docs:
        sys.stderr.write(f"profile_run: no {args.corpus} text found (skipped)\n")
        return 0
    work = RESULTS / f"profile-{args.corpus}-{args.size}"
    paths = write_docs(docs, work / "corpus", args.size)
    words = sum(len(d[2].split()) for d in (docs * (args.size // len(docs) + 1))[: args.size])
    options = RunOptions(ingestion_date=date(2026, 1, 1))
    out = [f"## Profile of one in-process pipeline.run: {args.size} articles ({args.corpus}, "
           f"{len(docs)} distinct texts cycled, ~{words} words), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",  # noqa: E501
           ""]  # fmt: skip
    shutil.rmtree(work / "out-timed", ignore_errors=True)
    before = load_average()
    wall, stages = timed_run(paths, work / "out-timed", options)
    load = stages.get("model load", 0.0)
    out += [f"### Timers (low overhead): wall {wall:.1f} s, model load {load:.1f} s, "
            f"{args.size / max(1e-6, wall - load):.1f} articles/s after the load "
            f"({before} before, {load_average()} after)", ""]  # fmt: skip
    out += _share_lines("stage", stages, wall, 50)
    out.append(f"| rest (batching, rows, summary) | {wall - sum(stages.values()):.2f} | |")
    if not args.no_cprofile:
        shutil.rmtree(work / "out-prof", ignore_errors=True)
        from eventline import pipeline

        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.runcall(pipeline.run, paths, work / "out-prof", options)
        pwall = time.perf_counter() - t0
        by_stage, rules = attribute(pstats.Stats(prof))
        out += ["", f"### cProfile (model already loaded): wall {pwall:.1f} s under the "
                f"profiler ({load_average()})", ""]  # fmt: skip
        out += _share_lines("module group", by_stage, pwall, 50)
        out += ["", f"Top {args.top} functions of the extraction rules (own time + library "
                "calls; spaCy token attributes are compiled: own time):", ""]  # fmt: skip
        out += _share_lines("function", rules, pwall, args.top)
        pstats.Stats(prof).dump_stats(str(work / "profile.pstats"))
        out += ["", f"Raw profile: {work / 'profile.pstats'} (`python -m pstats`)."]
    text = "\n".join(out) + "\n"
    (RESULTS / f"profile-{args.corpus}-{args.size}.md").write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
