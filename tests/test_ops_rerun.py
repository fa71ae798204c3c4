"""Re-runs: incremental and one-shot runs over the same articles give the same links,
clusters and graph (issue 11, defect 2: clusters restored from ``link_state.json`` used
to lose their ``same_event`` merge links)."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest

from eventline import pipeline
from eventline.ingest import IngestOptions, iter_items
from eventline.io.lock import LOCK_NAME
from eventline.link import LinkState, link_events
from eventline.model import Article
from tests.ops_helpers import ROOT
from tests.test_link_core import P1, P3, D, make


def links_of(out: Path) -> list[tuple]:
    rows = pq.read_table(out / "links.parquet").to_pylist()
    return sorted(tuple(r.values()) for r in rows)


def clusters_of(out: Path) -> list[tuple]:
    rows = pq.read_table(out / "timeline.parquet").to_pylist()
    return sorted((r["cluster_id"], r["story_id"], tuple(sorted(r["event_ids"]))) for r in rows)


def graph_of(out: Path) -> tuple[list, list]:
    g = nx.read_graphml(out / "graph.graphml")
    nodes = sorted((n, sorted(a.items())) for n, a in g.nodes(data=True))
    edges = sorted((u, v, k, sorted(a.items())) for u, v, k, a in g.edges(keys=True, data=True))
    return nodes, edges


def snapshot(out: Path) -> dict[str, tuple[int, int]]:
    """(inode, mtime) of everything in ``out`` but the lock file (stamped by every run)."""
    return {
        str(p.relative_to(out)): (p.lstat().st_ino, p.lstat().st_mtime_ns)
        for p in out.rglob("*")
        if p.name != LOCK_NAME
    }


def test_a_run_with_nothing_new_writes_nothing(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    first = pipeline.run([inbox], out)
    assert not first.unchanged and first.rejects == 1
    assert (out / "rejects.parquet").exists() and (out / "timeline.html").exists()
    before = snapshot(out)
    time.sleep(0.02)  # a rewrite would show in the mtimes
    again = pipeline.run([inbox], out)
    assert again.unchanged and ("outputs", "unchanged (nothing new)") in again.lines()
    assert (again.rejects, again.events) == (1, 0)
    assert snapshot(out) == before
    # a run killed between its last table and its report: the next one writes the report
    html = out / "timeline.html"
    os.utime(html, ns=(0, 0))
    pipeline.run([inbox], out)
    assert html.stat().st_mtime_ns > 0
    report_files = {html.name, "events_per_day.png"}
    assert {k: v for k, v in snapshot(out).items() if k not in report_files} == {
        k: v for k, v in before.items() if k not in report_files
    }
    # a new reject is something new
    (inbox / "empty2.txt").write_text(" ", encoding="utf-8")
    third = pipeline.run([inbox], out)
    assert not third.unchanged and third.rejects == 2
    assert pq.read_table(out / "rejects.parquet").num_rows == 2


def test_groups_recomputed_from_scratch_keep_ids_and_split_cleanly() -> None:
    gao = make("a1", "art1", P1, D, "Gao")
    menaka = make("b1", "art2", P3, date(2024, 3, 8), "Menaka", actor_canonical="Army")
    # an earlier run had put both in one cluster and one story
    state = LinkState(
        cluster_of={"a1": "Cold", "b1": "Cold"},
        story_of={"a1": "Sold", "b1": "Sold"},
        cluster_rank={"Cold": 0},
        story_rank={"Sold": 0},
        next_rank=1,
    )
    kept = link_events([make("a1", "art1", P1, D, "Gao"), menaka], state=state)
    assert len(kept.timeline) == 1  # by default earlier clusters stay merged
    fresh = link_events([gao, menaka], state=state, keep_clusters=False)
    assert len(fresh.timeline) == 2
    assert gao.cluster_id == "Cold" and gao.story_id == "Sold"  # the older part keeps them
    assert menaka.cluster_id not in (None, "Cold") and menaka.story_id not in (None, "Sold")
    assert "Cold" not in fresh.state.aliases and "Sold" not in fresh.state.aliases
    assert fresh.state.cluster_of == {"a1": "Cold", "b1": menaka.cluster_id}


@pytest.fixture(scope="module")
def example_articles() -> list[Article]:
    items = iter_items([ROOT / "examples"], IngestOptions())
    arts = [a for a in items if isinstance(a, Article)]
    return sorted(arts, key=lambda a: (a.published or date.max, a.article_id))


@pytest.mark.slow
@pytest.mark.model
def test_incremental_runs_give_the_links_of_one_run(tmp_path, example_articles) -> None:
    arts, h = example_articles, len(example_articles) // 2
    once = tmp_path / "once"
    pipeline.run(arts, once)
    assert any(r[2] == "same_event" for r in links_of(once))
    outs = {"twice": once}
    before = snapshot(once)
    again = pipeline.run(arts, once)
    assert again.unchanged and (again.articles, again.skipped) == (0, len(arts))
    assert snapshot(once) == before  # no new events version, nothing rewritten
    assert again.links == len(links_of(once)) and again.clusters == len(clusters_of(once))
    outs["halves"] = tmp_path / "halves"
    pipeline.run(arts[:h], outs["halves"])
    pipeline.run(arts[h:], outs["halves"])
    outs["reversed halves"] = tmp_path / "reversed"
    pipeline.run(arts[h:], outs["reversed halves"])
    pipeline.run(arts[:h], outs["reversed halves"])
    pipeline.run(arts, outs["reversed halves"])  # and nothing new once more
    ref = tmp_path / "ref"
    pipeline.run(arts, ref)
    for name, out in outs.items():
        assert links_of(out) == links_of(ref), name
        assert clusters_of(out) == clusters_of(ref), name
        assert graph_of(out) == graph_of(ref), name
