"""The within-article link breakdown of ``eventline.eval.links`` (model-free)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from eventline.eval.events import gold_as_predictions, load_gold
from eventline.eval.links import link_breakdown

GOLD = Path(__file__).resolve().parent / "data" / "gold"


def test_breakdown_separates_extraction_misses_from_linking_misses() -> None:
    gold = load_gold(GOLD)
    events, links = gold_as_predictions(gold)
    oracle = {b.relation: b for b in link_breakdown(gold, events, links)}
    total = sum(len(g.links) for g in gold)
    assert oracle["all"].gold == oracle["all"].both_matched == oracle["all"].found == total
    # one link lost, one end of another link lost: linking missed one, extraction one
    first = links[0]
    kept = [lk for lk in links if lk is not first]
    end = next(lk.source_event_id for lk in links[1:] if lk.source_event_id not in
               (first.source_event_id, first.target_event_id))  # fmt: skip
    evs = [e for e in events if e.event_id != end]
    b = {x.relation: x for x in link_breakdown(gold, evs, kept)}["all"]
    assert b.gold == total
    assert b.both_matched < total
    assert b.found < b.both_matched


def test_same_event_found_through_a_shared_cluster() -> None:
    gold = load_gold(GOLD)
    events, links = gold_as_predictions(gold)
    same = [lk for lk in links if lk.relation == "same_event"]
    ids = {x for lk in same for x in (lk.source_event_id, lk.target_event_id)}
    clustered = [replace(e, cluster_id="C1") if e.event_id in ids else e for e in events]
    rest = [lk for lk in links if lk.relation != "same_event"]
    b = {x.relation: x for x in link_breakdown(gold, clustered, rest)}["same_event"]
    assert b.found == b.gold
