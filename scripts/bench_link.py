"""Time link_events on synthetic mentions: python scripts/bench_link.py [N]."""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventline.link import link_events
from eventline.model import Event

TYPES = ("ASSAULT", "PROTEST", "ACCUSE", "AID", "MOBILIZE", "COERCE", "CONSULT", "REJECT")


def synthetic(n: int, seed: int = 7) -> list[Event]:
    """``n`` mentions of ~n/3 underlying events over a year, 3 reports each on average."""
    rnd = random.Random(seed)
    places = [(f"Town{i}", rnd.uniform(-30, 30), rnd.uniform(-20, 40)) for i in range(300)]
    actors = [f"Group {i}" for i in range(120)]
    out: list[Event] = []
    while len(out) < n:
        day = date(2024, 1, 1) + timedelta(days=rnd.randrange(365))
        name, lat, lon = rnd.choice(places)
        etype, actor = rnd.choice(TYPES), rnd.choice(actors)
        for _ in range(rnd.randint(1, 5)):
            art = f"art{rnd.randrange(n // 4)}"
            sentence = f"{actor} hit {name} today."
            out.append(
                Event(
                    event_id=f"m{len(out):06d}", article_id=art, source=art, lang="en",
                    published=day + timedelta(days=rnd.randint(0, 3)),
                    sentence_index=rnd.randrange(20), sentence=sentence, char_start=0,
                    char_end=len(sentence), trigger="hit", action_lemma="hit",
                    event_type=etype, actor_canonical=actor, location_canonical=name,
                    latitude=lat, longitude=lon,
                    date_start=day if rnd.random() < 0.7 else None,
                    date_end=day, date_precision="day", trigger_start=len(actor) + 1,
                )
            )  # fmt: skip
            if len(out) >= n:
                break
    for e in out:
        if e.date_start is None:
            e.date_end, e.date_precision = None, "unknown"
    return out


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    evs = synthetic(n)
    t0 = time.perf_counter()
    res = link_events(evs)
    dt = time.perf_counter() - t0
    print(
        f"{n} mentions -> {len(res.timeline)} merged events, {len(res.links)} links, "
        f"{len({e.story_id for e in evs})} stories in {dt:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
