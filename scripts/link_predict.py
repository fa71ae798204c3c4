"""Run the extraction pipeline on tests/data/multi and dump the mentions as JSON for
``scripts/eval_link.py --predicted`` (measures linking on real, imperfect extraction)."""

import dataclasses
import json
import sys
from datetime import date
from pathlib import Path

from eventline.model import Article, article_id_for
from eventline.nlp import Pipelines
from eventline.pipeline import process_batch

d = Path("tests/data/multi")
arts = []
for j in sorted(d.glob("a*_*.json")):
    meta = json.loads(j.read_text())
    text = (d / (j.stem + ".txt")).read_text(encoding="utf-8")
    arts.append(
        Article(
            article_id_for(text),
            j.stem,
            str(d / (j.stem + ".txt")),
            text,
            lang=meta.get("lang"),
            published=date.fromisoformat(meta["published"]),
        )
    )
evs = process_batch(arts, Pipelines(), ingestion_date=date(2000, 1, 1)).events
rows = []
for e in evs:
    r = dataclasses.asdict(e)
    for k in ("date_start", "date_end", "published"):
        r[k] = r[k].isoformat() if r[k] else None
    rows.append(r)
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("multi_pred.json")
out.write_text(json.dumps(rows))
print(f"{len(evs)} mentions written to {out}")
