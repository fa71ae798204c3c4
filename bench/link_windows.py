"""How far linking by time windows is from linking the whole store (issue 12, flat
memory): a measurement, not the pipeline's linking.

    python bench/link_windows.py STORE --core-days 60 --overlap-days 30 [--local-lexicon]

Reads the stored events (``parquet.events_from_table``) and links them twice, on copies:
once whole (``link_events(keep_clusters=False)``, the ``--reprocess`` path), once window
by window. Each article is *owned* by the window of its earliest time key
(``merge.time_key``; windows of ``--core-days`` from the earliest key); a window links the
articles whose time-key span touches its core widened by ``--overlap-days`` on both sides
(whole articles, with their undated mentions: an article joins the windows each of its
mentions' time keys touches, not those between them). A window's clusters are stitched with a
union-find over the mentions (each group of a window joins its members when one of them
is owned by the window; with ``--stitch-links``, only the ends of the kept ``same_event``
links inside one of the window's clusters are joined); a link is taken from the window
owning the earlier of its two ends. The place lexicon and containers are the store's
(one pass over every mention, as a streamed lexicon would be) unless ``--local-lexicon``.
Prints one JSON line: the window sizes, the largest window, and how many clusters,
mentions and links differ.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


class _Sets:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _windows(
    events: list[Any], core: int, overlap: int, per_mention: bool
) -> tuple[dict[str, int], list[list[Any]]]:
    """Owner window of each article (with ``per_mention``, of each mention) and each
    window's events."""
    from eventline.link import merge

    span: dict[str, tuple[int, int]] = {}
    keys_of: dict[str, set[int]] = defaultdict(set)
    for e in events:
        tk = merge.time_key(e)
        o = tk.toordinal() if tk is not None else None
        if o is not None:
            keys_of[e.article_id].add(o)
        lo, hi = span.get(e.article_id, (None, None))
        if o is not None:
            span[e.article_id] = (o if lo is None else min(lo, o), o if hi is None else max(hi, o))
        else:
            span.setdefault(e.article_id, (lo, hi))  # type: ignore[arg-type]
    keys = [lo for lo, _ in span.values() if lo is not None]
    t0 = min(keys) if keys else date.today().toordinal()
    owner: dict[str, int] = {}
    members: dict[int, set[str]] = defaultdict(set)
    for aid, (lo, _hi) in span.items():
        if lo is None:  # no time key at all: the first window
            owner[aid] = 0
            members[0].add(aid)
            continue
        owner[aid] = (lo - t0) // core
        for o in keys_of[aid]:
            for k in range(max((o - overlap - t0) // core, 0), (o + overlap - t0) // core + 1):
                members[k].add(aid)
    by_article: dict[str, list[Any]] = defaultdict(list)
    for e in events:
        by_article[e.article_id].append(e)
    wins = [
        [e for aid in sorted(members[k]) for e in by_article[aid]] for k in range(max(members) + 1)
    ]
    if per_mention:  # a mention is owned by the window of its own time key
        for e in events:
            tk = merge.time_key(e)
            owner[e.event_id] = owner[e.article_id] if tk is None else (tk.toordinal() - t0) // core
    return owner, wins


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("store", type=Path)
    p.add_argument("--core-days", type=int, default=60)
    p.add_argument("--overlap-days", type=int, default=30)
    p.add_argument("--local-lexicon", action="store_true")
    p.add_argument(
        "--own-mentions",
        action="store_true",
        help="a mention (not its article) is owned by the window of its time key",
    )
    p.add_argument(
        "--stitch-links",
        action="store_true",
        help="clusters: components of the kept same_event links inside a window's cluster",
    )
    args = p.parse_args(argv)

    from eventline.io import parquet
    from eventline.link import core, features, merge

    stored = parquet.events_from_table(parquet.read_events(args.store))
    t0 = time.process_time()
    whole_evs = copy.deepcopy(stored)
    whole = core.link_events(whole_evs, keep_clusters=False)
    cpu_whole = time.process_time() - t0

    saved = (merge.place_lexicon, merge.place_containers)
    if not args.local_lexicon:
        lex = features.place_lexicon(stored)
        cont = features.place_containers(stored, lex)
        merge.place_lexicon = lambda evs: lex  # type: ignore[assignment]
        merge.place_containers = lambda evs, lexicon: cont  # type: ignore[assignment]
    owner, wins = _windows(stored, args.core_days, args.overlap_days, args.own_mentions)
    own = (lambda i: owner[i]) if args.own_mentions else (lambda i: owner[art_of[i]])
    art_of = {e.event_id: e.article_id for e in stored}
    sets = _Sets()
    links: dict[tuple[str, str, str], tuple[str, float]] = {}
    t0 = time.process_time()
    try:
        for k, evs in enumerate(wins):
            if not evs:
                continue
            res = core.link_events(copy.deepcopy(evs), keep_clusters=False)
            groups: dict[str, list[str]] = defaultdict(list)
            for e in res.events:
                groups[e.cluster_id].append(e.event_id)
            cluster_of = {e.event_id: e.cluster_id for e in res.events}
            for ids in groups.values():
                if not args.stitch_links and any(own(i) == k for i in ids):
                    for i in ids[1:]:
                        sets.union(ids[0], i)
                for i in ids:
                    sets.find(i)
            for lk in res.links:
                w = min(own(lk.source_event_id), own(lk.target_event_id))
                if w == k:
                    key = (lk.source_event_id, lk.target_event_id, lk.relation)
                    links.setdefault(key, (lk.evidence, lk.score))
                    same = cluster_of[lk.source_event_id] == cluster_of[lk.target_event_id]
                    if args.stitch_links and lk.relation == "same_event" and same:
                        sets.union(lk.source_event_id, lk.target_event_id)
    finally:
        merge.place_lexicon, merge.place_containers = saved
    cpu_windows = time.process_time() - t0

    def partition(assign: dict[str, str]) -> dict[str, frozenset[str]]:
        groups: dict[str, set[str]] = defaultdict(set)
        for i, c in assign.items():
            groups[c].add(i)
        return {i: frozenset(groups[c]) for i, c in assign.items()}

    g_part = partition({e.event_id: e.cluster_id for e in whole.events})
    w_part = partition({i: sets.find(i) for i in g_part})
    diff_mentions = sum(1 for i in g_part if g_part[i] != w_part[i])
    g_clusters, w_clusters = set(g_part.values()), set(w_part.values())
    g_links = {
        (lk.source_event_id, lk.target_event_id, lk.relation): (lk.evidence, lk.score)
        for lk in whole.links
    }
    same_keys = g_links.keys() & links.keys()
    sizes = sorted(len(w) for w in wins)
    print(
        json.dumps(
            {
                "store": str(args.store),
                "mentions": len(g_part),
                "core days": args.core_days,
                "overlap days": args.overlap_days,
                "store lexicon": not args.local_lexicon,
                "owned by": "mention" if args.own_mentions else "article",
                "stitch": "kept merge links" if args.stitch_links else "owned groups",
                "windows": len(wins),
                "largest window (mentions)": sizes[-1] if sizes else 0,
                "median window": sizes[len(sizes) // 2] if sizes else 0,
                "window mentions / store": round(sum(sizes) / max(1, len(g_part)), 2),
                "clusters whole / windowed": [len(g_clusters), len(w_clusters)],
                "clusters not in the other": [
                    len(g_clusters - w_clusters),
                    len(w_clusters - g_clusters),
                ],
                "mentions whose cluster differs": diff_mentions,
                "links whole / windowed": [len(g_links), len(links)],
                "links only whole / only windowed": [
                    len(g_links.keys() - links.keys()),
                    len(links.keys() - g_links.keys()),
                ],
                "links only whole / only windowed, by relation": [
                    dict(Counter(k[2] for k in g_links.keys() - links.keys())),
                    dict(Counter(k[2] for k in links.keys() - g_links.keys())),
                ],
                "differing links of a time-ordered chain": sum(
                    1
                    for key, text in [
                        *((k, g_links[k][0]) for k in g_links.keys() - links.keys()),
                        *((k, links[k][0]) for k in links.keys() - g_links.keys()),
                    ]
                    if "time-ordered chain" in text
                ),
                "same link, other evidence or score": sum(
                    1 for k in same_keys if g_links[k] != links[k]
                ),
                "cpu s whole / windowed": [round(cpu_whole, 1), round(cpu_windows, 1)],
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
