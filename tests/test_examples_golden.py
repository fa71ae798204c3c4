"""End to end: the CLI on the bundled examples matches the golden expected events.

The one true end-to-end run of the suite: the CLI in a subprocess, the Prefect flow and
its tasks (reporting to the session's Prefect server), every output file.

After a deliberate rule change, regenerate with ``python scripts/update_golden.py`` and
review the diff.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from update_golden import GOLDEN, golden_rows, run_examples  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.model]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory, prefect_server):
    out = tmp_path_factory.mktemp("examples-out")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    run_examples(out)
    return out


def test_examples_match_golden(out_dir):
    expected = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    got = golden_rows(out_dir)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g == e


def test_examples_outputs_complete(out_dir):
    arts = pq.read_table(out_dir / "articles.parquet").to_pylist()
    assert len(arts) >= 9 and all(a["status"] in ("ok", "no_events") for a in arts)
    assert {a["lang"] for a in arts} == {"fr", "en"}
    assert pq.read_table(out_dir / "rejects.parquet").num_rows == 0
    assert pq.read_table(out_dir / "timeline.parquet").num_rows > 0
    assert (out_dir / "graph.graphml").exists()
