"""link_events: determinism, incremental state, timeline rows, GraphML, tables, report."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import networkx as nx
import pyarrow as pa
import pytest

from eventline.io import parquet as store
from eventline.io.graphml import export_graph, graphml_value, scalar_attrs
from eventline.link import (
    LinkState,
    link_events,
    story_report,
)
from eventline.link.merge import candidate_pairs
from eventline.model import Event


def make(eid: str, article: str, published: date, day: date | None, place: str, **kw) -> Event:
    sentence = kw.pop("sentence", f"Rebels attacked {place}.")
    trigger = kw.pop("trigger", "attacked")
    fields = {
        "lang": "en",
        "event_type": "ASSAULT",
        "actor_canonical": "Rebels",
        "location_canonical": place,
        "date_start": day,
        "date_end": day,
        "date_precision": "day" if day else "unknown",
        "sentence_index": 0,
    }
    fields.update(kw)
    return Event(
        event_id=eid,
        article_id=article,
        source=f"src/{article}",
        published=published,
        sentence=sentence,
        char_start=0,
        char_end=len(sentence),
        trigger=trigger,
        action_lemma=trigger,
        trigger_start=sentence.index(trigger),
        **fields,
    )


P1, P2, P3 = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 9)
D = date(2024, 3, 3)


def _batch1() -> list[Event]:
    return [
        make("a1", "art1", P1, D, "Gao", fatalities=6),
        make("a2", "art1", P1, D, "Kidal", sentence_index=1),
        make("b1", "art2", P2, D, "Gao", fatalities=8, lang="fr",
             sentence="Des rebelles ont attaqué Gao.", trigger="attaqué"),
    ]  # fmt: skip


def test_deterministic_ids_and_input_order_independence() -> None:
    evs1 = _batch1()
    link_events(evs1)
    evs2 = _batch1()[::-1]
    link_events(evs2)
    ids1 = sorted((e.event_id, e.cluster_id, e.story_id) for e in evs1)
    ids2 = sorted((e.event_id, e.cluster_id, e.story_id) for e in evs2)
    assert ids1 == ids2
    assert all(c and s for _, c, s in ids1)


def test_timeline_row_is_conservative_and_counts_sources() -> None:
    evs = _batch1()
    res = link_events(evs)
    gao = next(r for r in res.timeline if r.location == "Gao")
    assert gao.fatalities == 6  # lowest of 6 and 8 (ACLED rule)
    assert (gao.n_mentions, gao.n_articles) == (2, 2)
    assert gao.sources == ["src/art1", "src/art2"]
    assert gao.first_seen == P1
    assert gao.date_start == D and gao.date_precision == "day"
    assert gao.cluster_id == evs[0].cluster_id
    assert len(res.timeline) == 2


def test_incremental_run_keeps_ids_and_joins_existing_cluster() -> None:
    old = _batch1()
    r1 = link_events(old)
    state = LinkState.from_json(r1.state.to_json())
    before = {e.event_id: (e.cluster_id, e.story_id) for e in old}
    # next day: a new report of the Gao attack and an unrelated event
    new = [
        make("c1", "art3", P3, D, "Gao", fatalities=7),
        make("c2", "art3", P3, date(2024, 3, 8), "Menaka", actor_canonical="Army",
             sentence_index=1),
    ]  # fmt: skip
    stored = [replace(e, cluster_id=None, story_id=None) for e in _batch1()]
    r2 = link_events(stored + new, state=state)
    after = {e.event_id: (e.cluster_id, e.story_id) for e in stored}
    assert after == before
    assert new[0].cluster_id == before["a1"][0]
    assert new[1].cluster_id not in {c for c, _ in before.values()}
    # the incoming state was not mutated, the returned one knows every mention
    assert "c1" not in state.cluster_of
    assert set(r2.state.cluster_of) >= {"a1", "a2", "b1", "c1", "c2"}


def test_merging_two_old_clusters_keeps_the_older_id() -> None:
    # run 1: a raid on Gao; run 2: a vaguer report (no place, no date) stays apart
    a1 = make("a1", "art1", P1, D, "Gao", trigger="raided", sentence="Rebels raided Gao.",
              event_mode="firearms")  # fmt: skip
    r1 = link_events([a1])
    b1 = make("b1", "art2", P2, None, "", location_canonical=None, event_mode="firearms",
              sentence="Rebels attacked again.")  # fmt: skip
    r2 = link_events([replace(a1), b1], state=r1.state)
    old_a, old_b = a1.cluster_id, b1.cluster_id
    assert old_a and old_b and old_a != old_b
    # run 3: a detailed sentence next to b1 bridges both clusters; the older id wins
    c1 = make("c1", "art2", P2, D, "Gao", sentence_index=1, event_mode="firearms")
    evs = [replace(a1), replace(b1), c1]
    r3 = link_events(evs, state=r2.state)
    assert {e.cluster_id for e in evs} == {old_a}
    assert r3.state.aliases[old_b] == old_a  # (story ids retire the same way)
    assert r3.state.cluster_of["b1"] == old_a


def test_state_json_round_trip() -> None:
    r = link_events(_batch1())
    text = r.state.to_json()
    assert LinkState.from_json(text).to_json() == text


def test_export_graph_is_valid_graphml(tmp_path: Path) -> None:
    evs = _batch1()
    res = link_events(evs)
    graph = res.graph  # built on demand: one graph, changed, then written
    graph.nodes["a1"]["extra_list"] = ["x", "y"]
    graph.nodes["a1"]["nothing"] = None
    out = tmp_path / "g" / "graph.graphml"
    export_graph(graph, out)
    g = nx.read_graphml(out)
    assert set(g.nodes) == {"a1", "a2", "b1"}
    assert g.nodes["a1"]["extra_list"] == "x|y"
    assert "nothing" not in g.nodes["a1"]
    ET.parse(out)  # well-formed XML
    assert not list(tmp_path.glob("g/*.tmp"))


def test_graphml_values() -> None:
    assert graphml_value(None) is None
    assert graphml_value(date(2024, 3, 3)) == "2024-03-03"
    assert graphml_value(("x", 1)) == "x|1"
    assert graphml_value(True) is True and graphml_value(2.5) == 2.5
    assert scalar_attrs({"a": None, "b": ["x"], "c": 1}) == {"b": "x", "c": 1}


def test_link_package_writes_no_files() -> None:
    import eventline.link as link_pkg

    assert not hasattr(link_pkg, "export_graph")
    for mod in ("core", "features", "merge", "relations", "report", "state", "timeline"):
        src = (Path(link_pkg.__file__).parent / f"{mod}.py").read_text(encoding="utf-8")
        assert "import os" not in src and "tempfile" not in src and "open(" not in src


def test_tables_and_report() -> None:
    evs = _batch1()
    res = link_events(evs)
    t = store.to_table(res.timeline, store.TIMELINE_SCHEMA)
    assert t.num_rows == len(res.timeline)
    assert t.schema.field("date_start").type == pa.date32()
    lt = store.to_table(res.links, store.LINKS_SCHEMA)
    assert lt.num_rows == len(res.links)
    text = story_report(t.to_pylist(), evs[0].story_id or "")
    assert "Gao" in text and "src/art2" in text
    assert story_report(res.timeline, "missing").endswith("no events")


def test_blocking_is_far_from_all_pairs() -> None:
    days = [date(2024, 1, 1) + timedelta(days=i // 20) for i in range(2000)]
    evs = [make(f"e{i:05d}", f"art{i}", d, d, f"Place{i % 50}") for i, d in enumerate(days)]
    n = sum(1 for _ in candidate_pairs(evs))
    assert n < 2000 * 1999 / 2 / 5


def _dense_day() -> list[Event]:
    """Several outlets telling the same attacks on a few days: every pair shares a place
    block and an article pair, so the candidate generator meets most pairs more than once;
    a threatened (future) attack is ruled out without a full compare."""
    evs = []
    for k in range(6):
        day = D + timedelta(days=k % 2)
        art = f"out{k}"
        evs.append(make(f"d{k}a", art, P1, day, "Gao", fatalities=3))
        evs.append(make(f"d{k}b", art, P1, day, "Gao", sentence_index=1, injured=2))
        evs.append(make(f"d{k}c", art, P1, day, "Gao", event_type="PROTEST", sentence_index=2))
    evs.append(make("threat", "out9", P1, D, "Gao", modality="future"))
    return evs


def test_each_candidate_pair_is_compared_once_and_the_memo_holds_ruled_out_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eventline.link import merge

    evs = _dense_day()
    pairs = list(candidate_pairs(evs, unique=False))
    assert len(pairs) > len(set(pairs))  # the generator alone repeats pairs
    assert sorted(set(pairs)) == sorted(candidate_pairs(evs))

    compared: list[tuple[int, int]] = []
    scorers: list[merge._Scorer] = []
    real_call, real_init = merge._Scorer.__call__, merge._Scorer.__init__

    def init(self: merge._Scorer, events: list[Event]) -> None:
        real_init(self, events)
        scorers.append(self)

    def call(self: merge._Scorer, i: int, j: int) -> merge.PairScore:
        compared.append((min(i, j), max(i, j)))
        return real_call(self, i, j)

    monkeypatch.setattr(merge._Scorer, "__init__", init)
    monkeypatch.setattr(merge._Scorer, "__call__", call)
    merge.cluster_mentions(evs)
    (score,) = scorers
    n = len(evs)
    met = {(c // n, c % n) for c in score.conflicts}
    assert set(pairs) <= met  # every pair met is remembered: the memo is the seen-set
    assert any(score.quick_conflict(i, j) for i, j in set(pairs))
    for i, j in set(pairs):
        quick = score.quick_conflict(i, j)
        if quick:  # ruled out without a compare, and compare agrees
            assert score.conflicts[i * n + j] is True
            assert merge.compare(score.events[i], score.events[j]).conflict
    first_pass = compared[: len(set(pairs) - {p for p in set(pairs) if score.quick_conflict(*p)})]
    assert len(first_pass) == len(set(first_pass))  # no pair of the candidates compared twice


def test_merged_and_summary_pairs_keep_their_full_score() -> None:
    from eventline.link import merge

    evs = _dense_day()
    clustering = merge.cluster_mentions(evs)
    assert clustering.merges
    for i, j, ps in clustering.merges:
        assert ps == merge.compare(evs[min(i, j)], evs[max(i, j)]) or ps.evidence.startswith(
            ("undated in article: ", "parts of one event: ")
        )
        assert ps.evidence.startswith(("type=", "undated in article: ", "parts of one event: "))


def test_shared_facts_equal_the_mentions_own_and_share_repeated_values() -> None:
    from eventline.link.features import facts, shared_facts

    a = make("s1", "art1", P1, D, "Gao", fatalities=3)
    b = make("s2", "art2", P2, D, "Gao", fatalities=3)
    c = make("s3", "art3", P2, P2, "Menaka")
    table: dict[object, object] = {}
    fa, fb, fc = (shared_facts(facts(e), table) for e in (a, b, c))
    assert (fa, fb, fc) == (facts(a), facts(b), facts(c))
    assert fa.place_names is fb.place_names and fa.actor is fb.actor
    assert fa.interval is fb.interval and fa.interval is not fc.interval
    assert fc.place_names != fa.place_names


@pytest.mark.slow
def test_ten_thousand_mentions_under_a_minute() -> None:
    import time

    from scripts.bench_link import synthetic

    evs = synthetic(10_000)
    t0 = time.perf_counter()
    res = link_events(evs)
    assert time.perf_counter() - t0 < 60
    assert len(res.timeline) < len(evs)
