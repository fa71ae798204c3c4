"""Candidate blocking and constrained clustering of mentions into real-world events."""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from eventline.link.features import (
    ARTICLE_THRESHOLD,
    DISTINCT_MODES,
    MERGE_THRESHOLD,
    Facts,
    PairScore,
    actor_key,
    compare,
    effective_interval,
    facts,
    locate_in_containers,
    names_place,
    place_containers,
    place_key,
    place_lexicon,
    place_names,
    precision_rank,
    quick_conflict,
    recover_places,
    sentence_places,
    shared_facts,
)
from eventline.model import Event
from eventline.ontology import VERBAL_TYPES

TIME_WINDOW_DAYS = 10  # cross-article candidates: time keys at most this far apart
MAX_NEIGHBOURS = 200  # cap per mention inside one type block
SUMMARY_THRESHOLD = 0.45  # min score of a summary mention's same_event link
REGION_PRECISION = 3  # geo_precision of a region or a country


def time_key(ev: Event) -> date | None:
    """Date used for blocking: a precise event date, else the publication date."""
    if ev.date_start is not None and precision_rank(ev.date_precision) <= 1:
        return ev.date_start
    return ev.published or ev.date_start


def _skeleton(name: str) -> str:
    """Consonant skeleton of a folded name: vowels (and y, h, w) dropped, doubles merged."""
    out: list[str] = []
    for c in name.replace(" ", ""):
        if c in "aeiouyhw" or (out and out[-1] == c):
            continue
        out.append(c)
    return "".join(out)


def _blocks(ev: Event, lexicon: dict[str, Event] | None = None) -> list[tuple[str, ...]]:
    """Cross-article blocking keys: type + place name (its own, and the known places its
    sentence names after the trigger: a summary covers them), type + ~50 km cell, type +
    actor; a mention with neither place nor actor falls back to its type alone."""
    keys: list[tuple[str, ...]] = []
    names = place_names(ev)
    if lexicon:
        names |= {name for d, name, _ in sentence_places(ev, lexicon) if d >= 0}
    for name in sorted(names):
        keys.append((ev.event_type, "place", name))
    # unresolved spelling variants ("tillaberi" / "tillabery") share a consonant skeleton
    for sk in sorted({_skeleton(n) for n in place_names(ev) if len(n) >= 6}):
        keys.append((ev.event_type, "skeleton", sk))
    if ev.latitude is not None and ev.longitude is not None:
        keys.append((ev.event_type, "cell", f"{round(ev.latitude * 2)},{round(ev.longitude * 2)}"))
    ak = actor_key(ev)
    if ak:
        keys.append((ev.event_type, "actor", ak))
    return keys or [(ev.event_type, "type")]


def _article_pairs(by_article: dict[tuple[str, str], list[int]]) -> Iterator[tuple[int, int]]:
    """Every pair of same-type mentions of one article."""
    for idx in by_article.values():
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                yield i, j


def _block_pairs(
    blocks: dict[tuple[str, ...], list[tuple[date, int]]],
) -> Iterator[tuple[int, int]]:
    """Pairs sharing a block, time keys at most ``TIME_WINDOW_DAYS`` apart (sorts blocks)."""
    for items in blocks.values():
        items.sort()
        keys = [k.toordinal() for k, _ in items]
        for x, (k, i) in enumerate(items):
            hi = bisect.bisect_right(keys, k.toordinal() + TIME_WINDOW_DAYS)
            for _, j in items[x + 1 : min(hi, x + 1 + MAX_NEIGHBOURS)]:
                yield i, j


def _placeless_pairs(
    events: Sequence[Event], by_type: dict[str, list[tuple[date, int]]]
) -> Iterator[tuple[int, int]]:
    """A mention without a place, or placed only in a region or country (whose towns the
    place blocks do not reach), with the same-type mentions nearest in time (sorts)."""
    for items in by_type.values():
        items.sort()
        keys = [k.toordinal() for k, _ in items]
        for k, i in items:
            if place_key(events[i]) and (events[i].geo_precision or 1) < REGION_PRECISION:
                continue
            o = k.toordinal()
            lo = bisect.bisect_left(keys, o - TIME_WINDOW_DAYS)
            hi = bisect.bisect_right(keys, o + TIME_WINDOW_DAYS)
            near = sorted(range(lo, hi), key=lambda x: (abs(keys[x] - o), x))[:MAX_NEIGHBOURS]
            for x in near:
                yield i, items[x][1]


def candidate_pairs(
    events: Sequence[Event], lexicon: dict[str, Event] | None = None, *, unique: bool = True
) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) worth comparing: same type within one article, or sharing a
    block (:func:`_blocks`) with time keys at most ``TIME_WINDOW_DAYS`` apart; a mention
    without a place is also compared with the same-type mentions nearest in time (its
    place may be in another report). Cost grows with block sizes, not with the square of
    the number of mentions. With ``unique=False`` a pair may come again (the caller
    remembers what it has seen: the linker's memo of compared pairs, instead of a second
    set of every pair)."""
    by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
    blocks: dict[tuple[str, ...], list[tuple[date, int]]] = defaultdict(list)
    by_type: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for i, ev in enumerate(events):
        by_article[(ev.article_id, ev.event_type)].append(i)
        tk = time_key(ev)
        if tk is not None:
            for key in _blocks(ev, lexicon):
                blocks[key].append((tk, i))
            by_type[ev.event_type].append((tk, i))
    n = len(events)
    seen: set[int] = set()  # a * n + b: an int a pair (a tuple held ~2.5x the bytes)
    for i, j in itertools.chain(
        _article_pairs(by_article), _block_pairs(blocks), _placeless_pairs(events, by_type)
    ):
        a, b = (i, j) if i < j else (j, i)
        if i == j:
            continue
        if unique:
            code = a * n + b
            if code in seen:
                continue
            seen.add(code)
        yield a, b


@dataclass(slots=True)
class Clustering:
    """Result of :func:`cluster_mentions` (indices refer to the input sequence)."""

    groups: list[list[int]]
    merges: list[tuple[int, int, PairScore]] = field(default_factory=list)
    summaries: list[tuple[int, int, PairScore]] = field(default_factory=list)  # (summary, o)
    parts: list[tuple[int, int, PairScore]] = field(default_factory=list)  # (main, part)


class _Scorer:
    """:func:`compare` over an event sequence, each mention's :class:`Facts` computed
    once. Of a pair compared only whether it is in conflict is remembered (what the
    complete-link veto asks again): a whole :class:`PairScore` with its evidence text
    would hold ~300 bytes a pair, and the few full scores asked twice are recomputed."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.events = events
        self.n = len(events)
        self.conflicts: dict[int, bool] = {}  # i * n + j (i < j) -> in conflict
        self.facts: list[Facts | None] = [None] * len(events)
        self.values: dict[object, object] = {}  # the facts' distinct values, shared

    def facts_of(self, i: int) -> Facts:
        f = self.facts[i]
        if f is None:
            f = self.facts[i] = shared_facts(facts(self.events[i]), self.values)
        return f

    def __call__(self, i: int, j: int) -> PairScore:
        a, b = (i, j) if i < j else (j, i)
        ps = compare(self.events[a], self.events[b], self.facts_of(a), self.facts_of(b))
        self.conflicts[a * self.n + b] = ps.conflict
        return ps

    def seen(self, i: int, j: int) -> bool:
        """Whether the pair (``i < j``) was scored or put in conflict already."""
        return i * self.n + j in self.conflicts

    def rule_out(self, i: int, j: int) -> None:
        """Remember the pair (``i < j``) as in conflict without comparing it (what
        :func:`quick_conflict` found; ``compare`` would say the same)."""
        self.conflicts[i * self.n + j] = True

    def conflict(self, i: int, j: int) -> bool:
        """Whether the pair is in conflict (remembered)."""
        a, b = (i, j) if i < j else (j, i)
        found = self.conflicts.get(a * self.n + b)
        return self(a, b).conflict if found is None else found

    def quick_conflict(self, i: int, j: int) -> bool:
        """:func:`quick_conflict` of a pair: in conflict without a full compare."""
        return quick_conflict(self.events[i], self.events[j], self.facts_of(i), self.facts_of(j))


class _UnionFind:
    """Disjoint sets over ``range(n)``; a set's root is its smallest index."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if ra > rb:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))


class _Veto:
    """The complete-link veto over the clusters of ``sets``: two clusters may merge only
    if no pair across them is in conflict. Each answer is remembered per pair of live
    clusters, and carried over when clusters merge (a cluster only grows: a conflict with
    one part is a conflict with the whole; the whole is free of a third cluster when both
    parts were), so a pair of clusters is scanned at most once."""

    def __init__(self, sets: _UnionFind, score: _Scorer) -> None:
        self.sets, self.score = sets, score
        self.bad: dict[int, set[int]] = defaultdict(set)  # root -> roots in conflict
        self.ok: dict[int, set[int]] = defaultdict(set)  # root -> roots free of conflict

    def conflict(self, ri: int, rj: int) -> bool:
        """Whether the clusters of roots ``ri`` and ``rj`` have a pair in conflict."""
        if rj in self.bad[ri]:
            return True
        if rj in self.ok[ri]:
            return False
        members, score = self.sets.members, self.score
        found = any(score.conflict(x, y) for x in members[ri] for y in members[rj])
        known = self.bad if found else self.ok
        known[ri].add(rj)
        known[rj].add(ri)
        return found

    def union(self, i: int, j: int) -> None:
        """Merge the clusters of ``i`` and ``j``, carrying the answers over."""
        ra, rb = self.sets.find(i), self.sets.find(j)
        if ra == rb:
            return
        self.sets.union(ra, rb)
        r = self.sets.find(ra)
        bad = self.bad.pop(ra, set()) | self.bad.pop(rb, set())
        ok_a, ok_b = self.ok.pop(ra, set()), self.ok.pop(rb, set())
        for other in bad:
            self.bad[other] -= {ra, rb}
            self.bad[other].add(r)
        for other in ok_a | ok_b:
            self.ok[other] -= {ra, rb}
        ok = (ok_a & ok_b) - {ra, rb}
        for other in ok:
            self.ok[other].add(r)
        self.bad[r] = bad - {ra, rb}
        self.ok[r] = ok


def _threshold(a: Event, b: Event) -> float:
    """Merge threshold of a pair: lower for two deeds of one article (a report
    elaborates its event over several sentences: casualties, claim, details), not for
    statements (two condemnations of one report are two speakers' unless shown same)."""
    if a.article_id == b.article_id and a.event_type not in VERBAL_TYPES:
        return ARTICLE_THRESHOLD
    return MERGE_THRESHOLD


Ranked = tuple[float, int, int, bool]  # (-score, i, j, place covered): no PairScore held


def _merge_ranked(
    ranked: list[Ranked], veto: _Veto
) -> tuple[list[tuple[int, int, PairScore]], list[Ranked]]:
    """Merge ranked pairs best first unless a cross pair is in conflict: (merges, blocked).
    A merged pair's score is computed again (the ranked pairs, millions on a dense
    store, keep only what ranking needs)."""
    merges: list[tuple[int, int, PairScore]] = []
    blocked: list[Ranked] = []
    sets, score = veto.sets, veto.score
    events = score.events
    for item in ranked:
        neg, i, j, _ = item
        if -neg < _threshold(events[i], events[j]):
            blocked.append(item)
            continue
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj:
            continue
        if veto.conflict(ri, rj):
            blocked.append(item)
            continue
        veto.union(i, j)
        merges.append((i, j, score(i, j)))
    return merges, blocked


def _attach_undated(events: Sequence[Event], veto: _Veto) -> list[tuple[int, int, PairScore]]:
    """An undated mention joins the nearest mention of its type in its article (earlier
    ones first) whose cluster it does not conflict with: a report's later "six soldiers
    were killed" elaborates the event it tells, unless the text says otherwise (another
    date, place, actor, modality)."""
    by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in sorted(range(len(events)), key=lambda k: _text_order(events[k])):
        by_article[(events[i].article_id, events[i].event_type)].append(i)
    out: list[tuple[int, int, PairScore]] = []
    sets, score = veto.sets, veto.score
    for idx in by_article.values():
        for x, i in enumerate(idx):
            if effective_interval(events[i]) is not None:
                continue
            for j in [*reversed(idx[:x]), *idx[x + 1 :]]:
                ri, rj = sets.find(i), sets.find(j)
                if ri == rj:
                    break
                if veto.conflict(ri, rj):
                    continue
                ps = score(i, j)
                veto.union(i, j)
                out.append((j, i, replace(ps, evidence="undated in article: " + ps.evidence)))
                break
    return out


def _text_order(ev: Event) -> tuple[str, int, int, str]:
    return (ev.article_id, ev.sentence_index, ev.trigger_start, ev.event_id)


def _summary_links(
    events: Sequence[Event], blocked: list[Ranked], sets: _UnionFind, score: _Scorer
) -> list[tuple[int, int, PairScore]]:
    """(summary, other, score) links of the blocked pairs where a summary sentence covers
    another cluster's place."""
    # a sentence naming several places covers several clusters; per summary mention and
    # covered place, keep the best-scored cluster only
    best: dict[tuple[int, str], tuple[float, int, int]] = {}
    for neg, i, j, covered in blocked:
        if not covered or -neg < SUMMARY_THRESHOLD or sets.find(i) == sets.find(j):
            continue
        s, o = (i, j) if names_place(events[i], events[j]) else (j, i)
        key = (s, place_key(events[o]))
        if key not in best or -neg > best[key][0]:
            best[key] = (-neg, s, o)
    # one link per summary mention and covered cluster (the lead of an article may come
    # as one mention per place: each is linked to the clusters of the other places)
    linked: set[tuple[int, int]] = set()
    out: list[tuple[int, int, PairScore]] = []
    for _, s, o in sorted(best.values(), key=lambda t: (-t[0], t[1], t[2])):
        ro = sets.find(o)
        if (s, ro) in linked or sets.find(s) == ro:
            continue
        linked.add((s, ro))
        out.append((s, o, score(s, o)))  # the scorer orders the pair itself
    return out


def _part_links(
    events: Sequence[Event], pairs: list[tuple[int, int, PairScore]], sets: _UnionFind
) -> list[tuple[int, int, PairScore]]:
    """(main, part, score): in one report, a sub-event kept apart from the event it belongs
    to (:data:`~eventline.link.features.DISTINCT_MODES`: the abduction of a raid) is linked
    to the first mention in the report of that event's cluster; a part mention compatible
    with several clusters goes to the one the report tells first."""
    order = {i: _text_order(ev) for i, ev in enumerate(events)}
    heads: dict[tuple[str, int], int] = {}
    for i, ev in enumerate(events):
        key = (ev.article_id, sets.find(i))
        if key not in heads or order[i] < order[heads[key]]:
            heads[key] = i
    best: dict[int, tuple[tuple[str, int, int, str], int, PairScore]] = {}
    for i, j, ps in pairs:
        for part, other in ((i, j), (j, i)):
            if events[part].event_mode not in DISTINCT_MODES:
                continue
            head = heads[(events[other].article_id, sets.find(other))]
            if part not in best or order[head] < best[part][0]:
                best[part] = (order[head], head, ps)
    return [(head, part, ps) for part, (_, head, ps) in sorted(best.items())]


def _merge_parts(
    events: Sequence[Event], parts: list[tuple[int, int, PairScore]], veto: _Veto
) -> list[tuple[int, int, PairScore]]:
    """Sub-events of one main cluster with the same mode, told by several reports (the
    abduction of one raid), are one sub-event: their clusters merge unless in conflict."""
    groups: dict[tuple[int, str | None], list[int]] = defaultdict(list)
    sets, score = veto.sets, veto.score
    for head, part, _ in parts:
        groups[(sets.find(head), events[part].event_mode)].append(part)
    merges: list[tuple[int, int, PairScore]] = []
    for members in groups.values():
        for x, y in itertools.pairwise(members):
            rx, ry = sets.find(x), sets.find(y)
            if rx == ry or veto.conflict(rx, ry):
                continue
            veto.union(x, y)
            ps = score(x, y)
            merges.append((x, y, replace(ps, evidence="parts of one event: " + ps.evidence)))
    return merges


def cluster_mentions(events: Sequence[Event], preset: Iterable[Iterable[int]] = ()) -> Clustering:
    """Greedy best-first merging with a complete-link veto.

    Pairs above ``MERGE_THRESHOLD`` are merged in decreasing score order; two clusters
    merge only if no cross pair is in conflict (different place, disjoint dates,
    different actors...). This stops chaining: a summary sentence naming two places
    joins one detailed mention and gets a ``same_event`` *link* (not a merge) to the
    other. ``preset`` groups (clusters of earlier runs) start merged.
    """
    sets = _UnionFind(len(events))
    for group in preset:
        g = list(group)
        for i in g[1:]:
            sets.union(g[0], i)

    lexicon = place_lexicon(events)
    events = recover_places(events, lexicon)
    events = locate_in_containers(events, place_containers(events, lexicon))
    score = _Scorer(events)
    ranked: list[Ranked] = []
    parts: list[tuple[int, int, PairScore]] = []
    for i, j in candidate_pairs(events, lexicon, unique=False):
        if score.seen(i, j):  # the memo is the set of pairs met: no second set of them
            continue
        if score.quick_conflict(i, j):  # never ranked, never a part: no full compare
            score.rule_out(i, j)
            continue
        ps = score(i, j)
        if ps.part and events[i].article_id == events[j].article_id:
            parts.append((i, j, ps))
        if not ps.conflict and (
            ps.score >= _threshold(events[i], events[j]) or ps.place == "covered"
        ):
            ranked.append((-ps.score, i, j, ps.place == "covered"))
    ranked.sort(key=lambda t: (t[0], t[1], t[2]))

    veto = _Veto(sets, score)
    merges, blocked = _merge_ranked(ranked, veto)
    merges += _attach_undated(events, veto)
    summaries = _summary_links(events, blocked, sets, score)
    part_links = _part_links(events, parts, sets)
    merges += _merge_parts(events, part_links, veto)
    groups = sorted((sorted(m) for m in sets.members.values()), key=lambda g: g[0])
    return Clustering(groups, merges, summaries, part_links)
