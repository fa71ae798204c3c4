"""Linking made cheaper for issue 12 gives the same answers: the remembered complete-link
veto against a scan of every cross pair, per-mention facts against a compare from
scratch, and the quick conflict test only on pairs in conflict."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventline.link.features import compare, facts, quick_conflict
from eventline.link.merge import _UnionFind, _Veto
from eventline.model import Event


@dataclass(frozen=True)
class _Score:
    conflict: bool


class _Matrix:
    """A fixed symmetric conflict predicate over ``n`` mentions, counting its calls."""

    def __init__(self, n: int, rate: float, rng: random.Random) -> None:
        self.events: list[Any] = list(range(n))
        self.bad = {(i, j) for i, j in itertools.combinations(range(n), 2) if rng.random() < rate}
        self.calls = 0

    def __call__(self, i: int, j: int) -> _Score:
        self.calls += 1
        return _Score((min(i, j), max(i, j)) in self.bad)

    def conflict(self, i: int, j: int) -> bool:
        return self(i, j).conflict


def _scan(sets: _UnionFind, score: _Matrix, ri: int, rj: int) -> bool:
    return any(
        (min(x, y), max(x, y)) in score.bad for x in sets.members[ri] for y in sets.members[rj]
    )


def test_veto_answers_as_a_full_scan_while_clusters_merge() -> None:
    for seed in range(12):
        rng = random.Random(seed)
        n = 40
        score = _Matrix(n, rate=rng.choice([0.02, 0.05, 0.15]), rng=rng)
        sets = _UnionFind(n)
        veto = _Veto(sets, score)  # type: ignore[arg-type]
        merged = 0
        for _ in range(400):
            i, j = rng.randrange(n), rng.randrange(n)
            ri, rj = sets.find(i), sets.find(j)
            if ri == rj:
                continue
            expected = _scan(sets, score, ri, rj)
            assert veto.conflict(ri, rj) is expected
            assert veto.conflict(rj, ri) is expected  # remembered both ways
            if not expected:
                veto.union(i, j)
                merged += 1
        assert merged > 0
        # the remembered answers only name live clusters
        live = {sets.find(i) for i in range(n)}
        for known in (veto.bad, veto.ok):
            for root, others in known.items():
                if others:
                    assert root in live and others <= live


def test_veto_scans_a_pair_of_clusters_once() -> None:
    score = _Matrix(6, rate=0.0, rng=random.Random(0))
    score.bad = {(0, 5)}
    sets = _UnionFind(6)
    veto = _Veto(sets, score)  # type: ignore[arg-type]
    for a, b in ((0, 1), (2, 3), (0, 2)):
        assert not veto.conflict(sets.find(a), sets.find(b))
        veto.union(a, b)
    calls = score.calls
    assert veto.conflict(sets.find(0), sets.find(5))
    assert score.calls > calls
    calls = score.calls
    for _ in range(5):
        assert veto.conflict(sets.find(5), sets.find(1))
    assert score.calls == calls  # remembered
    assert not veto.conflict(sets.find(4), sets.find(5))
    veto.union(4, 5)
    assert veto.conflict(sets.find(3), sets.find(4))  # the conflict follows the merge
    assert score.calls == calls + 1


def _events() -> list[Event]:
    rng = random.Random(7)
    places = [
        ("Gao", "Gao", 16.27, -0.04, "MLI", 1), ("Gao", None, None, None, None, 1),
        ("Mali", "Mali", 17.0, -4.0, "MLI", 4), ("Ménaka", "Ménaka", 15.9, 2.4, "MLI", 1),
        ("Niamey", "Niamey", 13.5, 2.1, "NER", 1), (None, None, None, None, None, None),
        ("Tillabéri", None, None, None, None, 1), ("Tillabery", None, None, None, None, 1),
    ]  # fmt: skip
    actors = [None, "le JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "l'armée malienne",
              "des hommes armés", "the Malian army", "FAMa"]  # fmt: skip
    out = []
    for k in range(60):
        loc, canon, lat, lon, cc, prec = rng.choice(places)
        day = date(2024, 3, rng.randint(1, 12))
        precision = rng.choice(["day", "day", "month", "unknown"])
        sentence = f"À {loc or 'X'}, {rng.choice(actors) or 'on'} a attaqué le camp, mardi."
        out.append(
            Event(
                event_id=f"e{k:02d}", article_id=f"a{k % 9}", source="t",
                lang=rng.choice(["fr", "en"]),
                sentence_index=k % 4, sentence=sentence, char_start=0, char_end=len(sentence),
                trigger="attaqué", action_lemma="attaquer", trigger_start=sentence.index("attaqué"),
                event_type=rng.choice(["ASSAULT", "ASSAULT", "PROTEST"]),
                event_mode=rng.choice([None, "abduct", "explosives"]),
                actor=rng.choice(actors), target=rng.choice([None, "le camp", "des civils"]),
                location=loc, location_canonical=canon, latitude=lat, longitude=lon,
                country_code=cc, geo_precision=prec,
                date_text=rng.choice([None, "mardi"]), date_precision=precision,
                date_start=None if precision == "unknown" else day,
                date_end=None if precision == "unknown" else day,
                published=day, modality=rng.choice(["asserted", "asserted", "negated", "future"]),
                fatalities=rng.choice([None, 3, 5]),
            )
        )  # fmt: skip
    return out


def test_facts_give_the_compare_of_the_events_and_quick_conflicts_are_conflicts() -> None:
    evs = _events()
    fs = [facts(e) for e in evs]
    quick = 0
    for (a, fa), (b, fb) in itertools.combinations(zip(evs, fs, strict=True), 2):
        ps = compare(a, b, fa, fb)
        assert ps == compare(a, b)
        if quick_conflict(a, b, fa, fb):
            quick += 1
            assert ps.conflict
    assert 0 < quick < len(evs) * (len(evs) - 1) // 2


def test_vote_keeps_the_most_frequent_value_first_seen_on_ties() -> None:
    from collections import Counter

    from eventline.link.timeline import _vote

    def reference(values: list[str | None]) -> str | None:  # the former quadratic form
        vals = [v for v in values if v]
        counts = Counter(vals)
        return max(vals, key=lambda v: (counts[v], -vals.index(v))) if vals else None

    rng = random.Random(3)
    for _ in range(3000):
        vs = [rng.choice([None, "", "a", "b", "c"]) for _ in range(rng.randint(0, 8))]
        assert _vote(vs) == reference(vs)
    assert _vote(["b", "a", "a", "b", None]) == "b"
    assert _vote([None, ""]) is None
