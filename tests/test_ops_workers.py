"""``--workers 2``: the batches run on a Dask LocalCluster and give the same events as
the in-process pipeline."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from bench.corpus import write_corpus
from eventline.ingest import read_all
from eventline.nlp import pipelines_for
from eventline.pipeline import process_batch
from tests.ops_helpers import run_cli

pytestmark = [pytest.mark.slow, pytest.mark.model]


def test_two_dask_workers_match_the_in_process_pipeline(tmp_path, prefect_server):
    inbox = tmp_path / "inbox"
    # English only: each Dask worker loads one small model
    write_corpus(inbox, 8, seed=3, english_share=1.0, sentences=6)
    out = tmp_path / "out"
    res = run_cli(
        [
            "run",
            str(inbox),
            "--out",
            str(out),
            "--workers",
            "2",
            "--batch-size",
            "2",
            "--model-fr",
            "fr_core_news_sm",
            "--ingestion-date",
            "2026-01-01",
            "--no-artifacts",
        ]
    )
    assert res.returncode == 0, res.stderr[-4000:]
    got = sorted(
        i for (i,) in duckdb.sql(f"select event_id from '{out}/events/*.parquet'").fetchall()
    )
    articles, _ = read_all([inbox])
    direct = process_batch(
        articles, pipelines_for({"fr": "fr_core_news_sm"}), ingestion_date=date(2026, 1, 1)
    )
    want = sorted(e.event_id for e in direct.events)
    assert got == want and len(got) > 10
