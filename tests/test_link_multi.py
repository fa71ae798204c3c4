"""Linking on the hand-written multi-article set (tests/data/multi, oracle mentions)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from eventline.eval.links import load_gold, load_oracle, match_predicted, score
from eventline.link import LinkState, link_events

DATA = Path(__file__).resolve().parent / "data" / "multi"


@pytest.fixture(scope="module")
def oracle():
    return load_oracle(DATA)


@pytest.fixture(scope="module")
def gold():
    return load_gold(DATA / "gold.json")


def test_gold_set_shape(oracle, gold) -> None:
    langs = {a.events[0].lang for a in oracle}
    assert len(oracle) >= 6 and langs == {"fr", "en"}
    ids = {e.event_id for a in oracle for e in a.events}
    assert set(gold.clusters_of) <= ids
    # at least one event reported by 3+ articles in both languages
    arts = defaultdict(set)
    for a in oracle:
        for e in a.events:
            for c in gold.cluster(e.event_id):
                arts[c].add((a.name, e.lang))
    assert any(len(v) >= 3 and {lang for _, lang in v} == {"fr", "en"} for v in arts.values())


def test_merge_f1_and_links_on_oracle_mentions(oracle, gold) -> None:
    events = [replace(e) for a in oracle for e in a.events]
    res = link_events(events)
    s = score(
        [e.event_id for e in events], {e.event_id: e.cluster_id for e in events}, res.links, gold
    )
    assert s.merge_f1 >= 0.95
    assert s.link_recall >= 0.95
    assert s.link_precision >= 0.95


def test_incremental_day_by_day_matches_batch(oracle, gold) -> None:
    """Feeding articles in publication order with state gives the batch clustering and
    never renumbers an id once given."""
    arts = sorted(oracle, key=lambda a: (a.events[0].published, a.name))
    state: LinkState | None = None
    stored: list = []
    seen: dict[str, str] = {}
    for art in arts:
        new = [replace(e) for e in art.events]
        context = [replace(e, cluster_id=None, story_id=None) for e in stored]
        res = link_events(context + new, state=state)
        state = res.state
        for e in context + new:
            if e.event_id in seen:
                assert state.resolve(seen[e.event_id]) == e.cluster_id
            seen[e.event_id] = e.cluster_id
        stored = context + new
    s = score(list(seen), seen, res.links, gold)
    assert s.merge_f1 >= 0.9


def test_predicted_events_are_matched_to_gold(oracle) -> None:
    # a "pipeline" output: same mentions (article ids are text hashes) with other event ids,
    # shifted triggers and one spurious mention of a type absent from the gold
    pred = [
        replace(e, event_id="p" + e.event_id, trigger_start=e.trigger_start + 1)
        for a in oracle
        for e in a.events
    ]
    pred.append(replace(pred[0], event_id="pX", event_type="SANCTION"))
    mapping = match_predicted(pred, oracle)
    assert mapping == {p.event_id: p.event_id[1:] for p in pred if p.event_id != "pX"}
