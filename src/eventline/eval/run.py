"""Score a whole run of the pipeline against a gold set (``eventline eval``).

The gold articles go through :func:`eventline.pipeline.run` like any input, into a
scratch output directory; what is scored is what a user reads back from it.
"""

from __future__ import annotations

from datetime import date
from fnmatch import fnmatch
from pathlib import Path

from eventline import pipeline
from eventline.eval.clusters import load_clusters
from eventline.eval.events import GoldFormatError, Report, load_gold, score
from eventline.io import parquet

# A fixed last-resort reference date keeps the scores independent of the day they are run.
EVAL_INGESTION_DATE = date(2000, 1, 1)


def evaluate_run(
    gold_dir: str | Path,
    out: Path,
    *,
    models: dict[str, str] | None = None,
    select: str | None = None,
) -> Report:
    """Run the pipeline on the gold articles of ``gold_dir`` into ``out`` and score it;
    ``select``: only the articles whose gold id matches this shell pattern (the odd
    articles of the real set: ``'*-r?[13579]-*'``)."""
    gold = [g for g in load_gold(gold_dir) if select is None or fnmatch(g.gold_id, select)]
    if not gold:
        raise GoldFormatError(f"no gold article of {gold_dir} matches {select!r}")
    options = pipeline.RunOptions(
        models=tuple(sorted((models or {}).items())),
        ingestion_date=EVAL_INGESTION_DATE,
        report=False,
    )
    pipeline.run([g.article for g in gold], out, options)
    events = parquet.events_from_table(parquet.read_events(out))
    events.sort(key=lambda e: (e.article_id, e.trigger_start, e.trigger_end, e.event_id))
    return score(gold, events, parquet.read_links(out), load_clusters(gold_dir))
