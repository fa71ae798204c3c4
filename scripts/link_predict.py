"""Run the pipeline on tests/data/multi and dump the mentions as JSON for
``scripts/eval_link.py --predicted`` (measures linking on real, imperfect extraction).

    python scripts/link_predict.py [OUT.json]
"""

import dataclasses
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from eventline import pipeline
from eventline.io import parquet
from eventline.model import Article, article_id_for

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
with tempfile.TemporaryDirectory() as tmp:
    options = pipeline.RunOptions(ingestion_date=date(2000, 1, 1), report=False)
    pipeline.run(arts, tmp, options)
    evs = parquet.events_from_table(parquet.read_events(Path(tmp)))
rows = []
for e in evs:
    r = dataclasses.asdict(e)
    for k in ("date_start", "date_end", "published"):
        r[k] = r[k].isoformat() if r[k] else None
    rows.append(r)
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("multi_pred.json")
out.write_text(json.dumps(rows))
sys.stdout.write(f"{len(evs)} mentions written to {out}\n")
