"""Time linking and writing alone, on the events an earlier run stored, with call counts
and a digest of every output (to check that a change leaves them byte-identical).

    python bench/profile_run.py --size 200 --no-cprofile     # makes the run to reuse
    python bench/link_write.py bench/results/profile-realnews-fr-200/out-timed --repeat 3

Reads the stored events back (``parquet.events_from_table``), links them afresh (no
link state: the ``--reprocess`` path) counting ``compare`` calls and calls of the merge
predicate (``_Scorer.__call__``), then writes each output into a scratch folder and times
each writer: events, links and timeline rows (``to_table``), GraphML, the HTML page and
the events-per-day plot. The digest is a SHA-256 of the links, cluster and story ids, and
of the bytes of the Parquet tables' contents, the GraphML file and the PNG.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.real import load_average  # noqa: E402


def _counted(counts: Counter[str], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        counts[name] += 1
        return fn(*args, **kwargs)

    return wrapper


def link_once(events: list[Any]) -> tuple[Any, tuple[float, float], Counter[str]]:
    """Link a copy of ``events``: (result, (wall s, CPU s), call counts)."""
    from eventline.link import core, features, merge, relations

    counts: Counter[str] = Counter()
    saved = [(merge, "compare", merge.compare), (relations, "compare", relations.compare),
             (merge._Scorer, "__call__", merge._Scorer.__call__)]  # fmt: skip
    if hasattr(merge._Scorer, "conflict"):  # the veto's question (since the memo holds bits)
        saved.append((merge._Scorer, "conflict", merge._Scorer.conflict))
        merge._Scorer.conflict = _counted(counts, "merge predicate", merge._Scorer.conflict)
    merge.compare = _counted(counts, "compare", features.compare)  # type: ignore[assignment]
    relations.compare = _counted(counts, "compare (typed links)", features.compare)  # type: ignore[assignment]
    merge._Scorer.__call__ = _counted(counts, "merge predicate", merge._Scorer.__call__)  # type: ignore[method-assign]
    try:
        evs = copy.deepcopy(events)
        t0, c0 = time.perf_counter(), time.process_time()
        result = core.link_events(evs, keep_clusters=False)
        return (evs, result), (time.perf_counter() - t0, time.process_time() - c0), counts
    finally:
        for owner, attr, fn in saved:
            setattr(owner, attr, fn)


def evs_of(result: Any, evs: list[Any]) -> list[Any]:
    """The linked mentions (``result.events``; the given events before it existed)."""
    return getattr(result, "events", None) or evs


def networkx_graphml(evs: list[Any], links: list[Any], out: Path) -> None:
    """``graph.graphml`` the old way (the networkx graph, then its writer), for the digest
    and the timings: ``graph-networkx.graphml``."""
    import networkx as nx

    from eventline.link import core

    nx.write_graphml(core._graph(evs, links), out / "graph-networkx.graphml")


def write_once(
    evs: list[Any], result: Any, out: Path, *, networkx: bool = True
) -> dict[str, float]:
    """Write each output of a run into ``out``, timing each writer (CPU seconds: the
    machine is shared)."""
    from eventline.io import parquet, report
    from eventline.io.graphml import write_event_graph
    from eventline.link import graph_nodes

    t: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t0 = time.process_time()
        value = fn()
        t[name] = t.get(name, 0.0) + time.process_time() - t0
        return value

    ev_table = timed("events rows", lambda: parquet.event_rows(evs))
    timed("events commit", lambda: parquet.commit_events(ev_table, out))
    links = timed("links rows", lambda: parquet.to_table(result.links, parquet.LINKS_SCHEMA))
    timed("links write", lambda: parquet.write_table_atomic(links, out / parquet.LINKS))
    tl = timed("timeline rows", lambda: parquet.to_table(result.timeline, parquet.TIMELINE_SCHEMA))
    timed("timeline write", lambda: parquet.write_table_atomic(tl, out / parquet.TIMELINE))
    timed(
        "graphml",
        lambda: write_event_graph(
            lambda: graph_nodes(evs_of(result, evs)), result.links, out / parquet.GRAPH
        ),
    )
    if networkx:
        timed("graphml networkx", lambda: networkx_graphml(evs_of(result, evs), result.links, out))
    empty = parquet.ARTICLES_SCHEMA.empty_table()
    parquet.write_table_atomic(empty, out / parquet.ARTICLES)
    events = parquet.read_events(out)
    records = timed("report records", lambda: report.timeline_records(events, empty))
    clusters = report.cluster_records(tl, records)
    timed("report html", lambda: report.render_html(records, clusters=clusters))
    timed("plot", lambda: report.plot_events_per_day(records, out / report.PNG_NAME))
    return t


def digest(evs: list[Any], result: Any, out: Path) -> dict[str, str]:
    """SHA-256 (12 hex digits) of each output."""
    from eventline.io import parquet, report

    def h(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()[:12]

    ids = "\n".join(f"{e.event_id} {e.cluster_id} {e.story_id}" for e in evs)
    links = "\n".join(repr(lk) for lk in result.links)
    tables = {
        "events table": parquet.read_events(out),
        "links table": parquet.read_table(out / parquet.LINKS, parquet.LINKS_SCHEMA),
        "timeline table": parquet.read_table(out / parquet.TIMELINE, parquet.TIMELINE_SCHEMA),
    }
    out_d = {"cluster/story ids": h(ids.encode()), "links": h(links.encode())}
    for name, table in tables.items():
        out_d[name] = h(repr(table.to_pylist()).encode())
    parts = sorted((out / parquet.EVENTS_DIR).glob("*.parquet"))
    files = [*parts, out / parquet.LINKS, out / parquet.TIMELINE]
    out_d["Parquet files"] = h(b"".join(f.read_bytes() for f in files))
    out_d["graphml"] = h((out / parquet.GRAPH).read_bytes())
    old = out / "graph-networkx.graphml"
    if old.exists():
        out_d["graphml networkx"] = h(old.read_bytes())
    png = out / report.PNG_NAME
    out_d["png"] = h(png.read_bytes()) if png.exists() else "-"
    return out_d


def _mb(n: float) -> str:
    return f"{n / 2**20:.1f} MB"


def _cache_bytes(cache: dict[Any, Any]) -> int:
    """Bytes of the merge scorer's memo: the dict, its keys and values (a PairScore with
    its evidence text; True/False are shared)."""
    total = sys.getsizeof(cache)
    for key, ps in cache.items():
        total += sys.getsizeof(key)
        if not isinstance(ps, bool):
            total += sys.getsizeof(ps) + sys.getsizeof(ps.evidence)
    return total


def memory(out: Path) -> list[str]:
    """What linking and writing hold (tracemalloc: Python allocations, not the RSS)."""
    from eventline.io import parquet
    from eventline.link import core, merge

    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    events = parquet.events_from_table(parquet.read_events(out))
    held = tracemalloc.get_traced_memory()[0]
    scorers: list[Any] = []
    init = merge._Scorer.__init__

    def keep(self: Any, evs: Any) -> None:
        init(self, evs)
        scorers.append(self)

    merge._Scorer.__init__ = keep  # type: ignore[method-assign]
    try:
        tracemalloc.reset_peak()
        result = core.link_events(events, keep_clusters=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        merge._Scorer.__init__ = init  # type: ignore[method-assign]
    cache = getattr(scorers[0], "cache", None) or getattr(scorers[0], "conflicts", {})
    n_pairs, memo = len(cache), _cache_bytes(cache)
    del cache
    scorers.clear()
    after = tracemalloc.get_traced_memory()[0]
    g0 = tracemalloc.get_traced_memory()[0]
    graph = core._graph(events, result.links)
    g1 = tracemalloc.get_traced_memory()[0]
    del graph
    scratch = Path(tempfile.mkdtemp(prefix="link-write-"))
    try:
        tracemalloc.reset_peak()
        w0 = tracemalloc.get_traced_memory()[0]
        write_once(events, result, scratch, networkx=False)
        wpeak = tracemalloc.get_traced_memory()[1]
        graphml = _graphml_peaks(events, result, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        tracemalloc.stop()
    return [
        f"memory ({len(events)} events, {len(result.links)} links, {n_pairs} pairs "
        f"compared; Python allocations):",
        f"  events read back {_mb(held - base)}; linking peak +{_mb(peak - held)}, "
        f"kept after linking +{_mb(after - held)} (a networkx graph of it, no longer "
        f"built, {_mb(g1 - g0)}); "
        f"the scorer's memo of pair scores {_mb(memo)} (freed after linking); "
        f"writing peak +{_mb(wpeak - w0)}",
        f"  graph.graphml alone: streamed, peak +{_mb(graphml[0])}; networkx (build the "
        f"graph, write it) peak +{_mb(graphml[1])}",
    ]


def _graphml_peaks(events: list[Any], result: Any, out: Path) -> tuple[int, int]:
    """tracemalloc peaks of writing ``graph.graphml`` streamed, and the networkx way."""
    from eventline.io.graphml import write_event_graph
    from eventline.link import graph_nodes

    evs = evs_of(result, events)
    peaks = []
    for write in (
        lambda: write_event_graph(lambda: graph_nodes(evs), result.links, out / "g.graphml"),
        lambda: networkx_graphml(evs, result.links, out),
    ):
        tracemalloc.reset_peak()
        m0 = tracemalloc.get_traced_memory()[0]
        write()
        peaks.append(tracemalloc.get_traced_memory()[1] - m0)
    return peaks[0], peaks[1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("out", type=Path, help="output folder of an earlier run")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--memory", action="store_true", help="also what linking holds in memory")
    args = p.parse_args(argv)
    from eventline.io import parquet

    events = parquet.events_from_table(parquet.read_events(args.out))
    lines = [f"{len(events)} events from {args.out} ({load_average()})", ""]
    for k in range(args.repeat):
        before = load_average()
        (evs, result), secs, counts = link_once(events)
        scratch = Path(tempfile.mkdtemp(prefix="link-write-"))
        try:
            t = write_once(evs, result, scratch)
            d = digest(evs, result, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        calls = ", ".join(f"{n} {c}" for n, c in sorted(counts.items()))
        lines.append(f"run {k + 1}: linking {secs[0]:.2f} s wall, {secs[1]:.2f} s CPU "
                     f"({len(result.links)} links; {calls}); writing {sum(t.values()):.2f} s "
                     f"CPU ({before} → {load_average()})")  # fmt: skip
        lines.append("  " + ", ".join(f"{n} {s:.3f}" for n, s in t.items()))
    lines.append("digest: " + ", ".join(f"{n} {v}" for n, v in d.items()))
    if args.memory:
        lines += memory(args.out)
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
