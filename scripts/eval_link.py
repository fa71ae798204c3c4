"""Print linking figures on the multi-article gold set.

    python scripts/eval_link.py [--gold-dir tests/data/multi] [--predicted events.parquet|.json]
    python scripts/eval_link.py --real GOLD_SET_DIR [--select PATTERN]

(a) always: oracle mentions (hand-written extraction) -> link_events -> scores.
(b) with --predicted: pipeline events (Parquet or JSON list of Event fields), matched to
gold mentions by article text hash + sentence overlap + event type, then scored.
(c) with --real: a pipeline run on a gold article set (``eventline eval`` format, e.g.
tests/data/gold or a real set), its within-article link recall per relation split into
links whose two ends extraction matched and the others.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, fields, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventline.eval.links import (  # noqa: E402
    link_breakdown,
    load_gold,
    load_oracle,
    match_predicted,
    score,
)
from eventline.link import link_events  # noqa: E402
from eventline.model import Event, Link  # noqa: E402

DEGRADATIONS = {
    "no canonical actors/targets": lambda e: {"actor_canonical": None, "target_canonical": None},
    "no coordinates": lambda e: {"latitude": None, "longitude": None},
    "no countries": lambda e: {"actor_country": None, "target_country": None},
    "surface place names only": lambda e: {"location_canonical": None},
    "no dates at all": lambda e: {
        "date_start": None,
        "date_end": None,
        "date_precision": "unknown",
    },
    "all of the above": lambda e: {
        "actor_canonical": None,
        "target_canonical": None,
        "latitude": None,
        "longitude": None,
        "actor_country": None,
        "target_country": None,
        "location_canonical": None,
        "date_start": None,
        "date_end": None,
        "date_precision": "unknown",
    },
}


def _read_predicted(path: Path) -> list[Event]:
    names = {f.name for f in fields(Event)}
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
    else:
        rows = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in rows:
        kw = {k: v for k, v in r.items() if k in names}
        for k in ("date_start", "date_end", "published"):
            if isinstance(kw.get(k), str):
                kw[k] = date.fromisoformat(kw[k])
        kw["extras"] = kw.get("extras") or {}
        out.append(Event(**kw))
    return out


def _real(gold_dir: Path, select: str | None) -> None:
    """(c): run the pipeline on a gold article set and print the link breakdown."""
    import tempfile
    from fnmatch import fnmatch

    from eventline import pipeline
    from eventline.eval import events as gold_events
    from eventline.eval.run import EVAL_INGESTION_DATE
    from eventline.io import parquet

    gold = [
        g for g in gold_events.load_gold(gold_dir) if select is None or fnmatch(g.gold_id, select)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        opts = pipeline.RunOptions(ingestion_date=EVAL_INGESTION_DATE, report=False)
        pipeline.run([g.article for g in gold], Path(tmp), opts)
        evs = parquet.events_from_table(parquet.read_events(Path(tmp)))
        links = parquet.read_links(Path(tmp))
    print(f"(c) {gold_dir} ({len(gold)} articles): within-article link recall")
    print("| relation | gold links | both ends matched | found | recall | recall, both matched |")
    print("|---|---:|---:|---:|---:|---:|")
    for b in link_breakdown(gold, evs, links):
        rec = b.found / b.gold if b.gold else 0.0
        both = b.found / b.both_matched if b.both_matched else 0.0
        print(
            f"| {b.relation} | {b.gold} | {b.both_matched} | {b.found} | {rec:.2f} | {both:.2f} |"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold-dir", type=Path, default=ROOT / "tests/data/multi")
    ap.add_argument("--predicted", type=Path, default=None)
    ap.add_argument("--real", type=Path, default=None, help="a gold article set to run")
    ap.add_argument("--select", default=None, help="only the gold ids matching this pattern")
    args = ap.parse_args(argv)
    if args.real:
        _real(args.real, args.select)
        return 0
    oracle = load_oracle(args.gold_dir)
    gold = load_gold(args.gold_dir / "gold.json")

    events = [e for a in oracle for e in a.events]
    t0 = time.perf_counter()
    res = link_events(events)
    dt = time.perf_counter() - t0
    s = score(
        [e.event_id for e in events], {e.event_id: e.cluster_id for e in events}, res.links, gold
    )
    print(
        f"(a) oracle mentions: {len(oracle)} articles, {len(events)} mentions, "
        f"{len(res.timeline)} merged events, {len(res.links)} links, {dt * 1000:.1f} ms"
    )
    print(json.dumps(asdict(s), indent=1))

    # robustness: the same oracle with information an imperfect extractor would lose
    for name, change in DEGRADATIONS.items():
        evs = [replace(e, **change(e)) for a in oracle for e in a.events]
        r = link_events(evs)
        d = score([e.event_id for e in evs], {e.event_id: e.cluster_id for e in evs}, r.links, gold)
        print(
            f"  degraded [{name}]: merge P/R/F1 {d.merge_precision:.3f}/{d.merge_recall:.3f}/"
            f"{d.merge_f1:.3f}, link recall {d.link_recall:.3f}, link precision "
            f"{d.link_precision:.3f}"
        )

    if args.predicted:
        pred = _read_predicted(args.predicted)
        mapping = match_predicted(pred, oracle)
        res = link_events(pred)
        cl = {mapping[e.event_id]: e.cluster_id for e in pred if e.event_id in mapping}
        links = [
            Link(mapping[lk.source_event_id], mapping[lk.target_event_id], lk.relation,
                 lk.evidence, lk.score)
            for lk in res.links
            if lk.source_event_id in mapping and lk.target_event_id in mapping
        ]  # fmt: skip
        s = score(sorted(cl), cl, links, gold)
        print(
            f"(b) predicted: {len(pred)} mentions, {len(mapping)} matched to "
            f"{len(events)} gold mentions"
        )
        print(json.dumps(asdict(s), indent=1))
        unmatched = sorted({e.event_id for e in events} - set(mapping.values()))
        print(f"    gold mentions with no predicted mention (extraction misses): {unmatched}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
