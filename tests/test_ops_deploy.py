"""Deployments: an entrypoint any process can import (defect 9), the artifacts' table."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.ops_deploy_helpers import child_env

pytestmark = pytest.mark.slow  # imports Prefect


def test_entrypoint_is_a_module_path_not_a_cwd_relative_file(tmp_path, monkeypatch):
    from flows.deploy import build_deployment

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    monkeypatch.chdir(tmp_path)  # used to give "../../…/flows/timeline.py:extract_timeline"
    dep = build_deployment(inbox, tmp_path / "out", interval=60, workers=2)
    assert dep.entrypoint == "flows.timeline.extract_timeline"
    assert dep.parameters["workers"] == 2 and "dask_address" not in dep.parameters
    # loadable by a process elsewhere, where eventline is importable
    code = (
        "from prefect.flows import load_flow_from_entrypoint as load;"
        f"print(load({dep.entrypoint!r}, use_placeholder_flow=False).name)"
    )
    res = subprocess.run(
        [sys.executable, "-c", code],
        cwd="/",
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0 and res.stdout.strip() == "extract_timeline", res.stderr[-2000:]


def test_dask_address_is_a_deployment_parameter(tmp_path):
    from flows.deploy import build_deployment

    dep = build_deployment(tmp_path, tmp_path / "o", dask_address="tcp://127.0.0.1:8786")
    assert dep.parameters["dask_address"] == "tcp://127.0.0.1:8786"


def test_a_run_with_no_new_event_gets_a_labelled_empty_table():
    from eventline.model import RunSummary
    from flows.timeline import TABLE_COLUMNS, new_events_table

    summary = RunSummary(
        articles=0, skipped=4, new_events=0, events=9, clusters=5, links=3, rejects=0,
        reject_reasons=(), out="/o", timeline_html="/o/timeline.html",
    )  # fmt: skip
    table, description = new_events_table(summary)
    assert table == {c: [] for c in TABLE_COLUMNS}
    assert description.startswith("no new events in this run") and "4 already done" in description
