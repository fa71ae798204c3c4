"""Defect 6: a ``serve`` killed with its run leaves no run RUNNING forever and no
concurrency slot held for the lease's 300 s; runs missed while nothing served do not
pile up. Against the suite's Prefect server, with the real CLI."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import uuid
from datetime import timedelta

import psutil
import pytest

from bench.corpus import write_corpus
from tests.ops_deploy_helpers import (
    background,
    child_env,
    read_deployment,
    tail,
    wait_final_state,
    wait_for,
)

pytestmark = [pytest.mark.slow, pytest.mark.model]


def _state(run_id):
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(run_id).state


def _kill_serve_and_its_runs(proc) -> None:
    """kill -9 of the serve process and every process it started (its runs)."""
    family = [proc.pid, *(c.pid for c in psutil.Process(proc.pid).children(recursive=True))]
    for pid in family:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _running(run_id, log):
    state = _state(run_id)
    assert not state.is_final(), f"{state}\n{tail(log)}"
    return state.is_running()


def test_killed_serve_runs_end_crashed_and_free_the_slot(tmp_path, prefect_server):
    from prefect.client.schemas.objects import StateType
    from prefect.deployments import run_deployment

    inbox = tmp_path / "inbox"
    write_corpus(inbox, 12, seed=11, english_share=1.0, sentences=6)
    name = f"crash-{uuid.uuid4().hex[:8]}"
    args = [sys.executable, "-m", "eventline", "serve", "--inbox", str(inbox),
            "--out", str(tmp_path / "out"), "--cron", "0 0 1 1 *", "--name", name,
            "--batch-size", "2", "--model-fr", "fr_core_news_sm"]  # fmt: skip
    full = f"extract_timeline/{name}"
    env = child_env()

    # 1. serve, a run, kill -9 of serve and the run while it is RUNNING
    log1 = tmp_path / "serve1.log"
    with background(args, log1, env=env, cwd=tmp_path) as serve:
        wait_for(lambda: read_deployment(full), 120, "the deployment")
        first = run_deployment(full, timeout=0)
        wait_for(lambda: _running(first.id, log1), 240, "the first run to be RUNNING")
        _kill_serve_and_its_runs(serve)
    assert _state(first.id).is_running()  # left RUNNING by the dead serve, holding the slot

    # 2. serve again: the dead run is Crashed at once and its slot freed — a new run
    # completes; with the slot still held it would be cancelled (CANCEL_NEW)
    log2 = tmp_path / "serve2.log"
    with background(args, log2, env=env, cwd=tmp_path) as serve:
        crashed = wait_final_state(first.id, 60, log2)
        assert crashed.state.type == StateType.CRASHED, crashed.state
        again = run_deployment(full, timeout=0)
        final = wait_final_state(again.id, 360, log2)
        assert final.state.is_completed(), f"{final.state}\n{tail(log2)}"


def _heartbeats(run_id) -> int:
    from prefect.client.orchestration import get_client
    from prefect.events.filters import EventFilter, EventNameFilter, EventResourceFilter

    flt = EventFilter(
        event=EventNameFilter(name=["prefect.flow-run.heartbeat"]),
        resource=EventResourceFilter(id=[f"prefect.flow-run.{run_id}"]),
    )
    with get_client(sync_client=True) as client:
        return len(client.read_events(filter=flt, limit=50).events)


def test_a_run_whose_serve_died_is_crashed_by_the_heartbeat_automation(tmp_path, prefect_server):
    """serve killed and not restarted: nothing would ever end its run; the automation
    that serve installed marks it Crashed once its heartbeats stop."""
    from prefect.client.schemas.objects import StateType
    from prefect.deployments import run_deployment

    inbox = tmp_path / "inbox"
    write_corpus(inbox, 12, seed=13, english_share=1.0, sentences=6)
    name = f"zombie-{uuid.uuid4().hex[:8]}"
    args = [sys.executable, "-m", "eventline", "serve", "--inbox", str(inbox),
            "--out", str(tmp_path / "out"), "--cron", "0 0 1 1 *", "--name", name,
            "--batch-size", "2", "--model-fr", "fr_core_news_sm"]  # fmt: skip
    full = f"extract_timeline/{name}"
    log = tmp_path / "serve.log"
    with background(args, log, env=child_env(), cwd=tmp_path) as serve:
        wait_for(lambda: read_deployment(full), 120, "the deployment")
        run = run_deployment(full, timeout=0)
        wait_for(lambda: _running(run.id, log), 240, "the run to be RUNNING")
        wait_for(lambda: _heartbeats(run.id), 60, "a heartbeat of the run")
        _kill_serve_and_its_runs(serve)
    assert _state(run.id).is_running()
    crashed = wait_final_state(run.id, 300)
    assert crashed.state.type == StateType.CRASHED, crashed.state
    assert "heartbeat" in (crashed.state.message or "")


def test_missed_runs_do_not_pile_up(tmp_path, prefect_server):
    """Runs that came due while nothing served: the latest catches up, the others are
    cancelled instead of running one after the other when serve comes back."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.objects import StateType
    from prefect.states import Scheduled
    from prefect.types._datetime import now

    from flows.deploy import build_deployment, recover

    name = f"missed-{uuid.uuid4().hex[:8]}"
    dep = build_deployment(tmp_path, tmp_path / "out", cron="0 0 1 1 *", name=name)
    dep_id = dep.apply()
    with get_client(sync_client=True) as client:
        missed = [
            client.create_flow_run_from_deployment(
                dep_id, state=Scheduled(scheduled_time=now("UTC") - timedelta(minutes=m))
            )
            for m in (30, 20, 10)
        ]
        later = client.create_flow_run_from_deployment(
            dep_id, state=Scheduled(scheduled_time=now("UTC") + timedelta(hours=1))
        )
    assert recover(dep_id, name) == (0, 2)
    assert [_state(r.id).type for r in missed] == [StateType.CANCELLED] * 2 + [StateType.SCHEDULED]
    assert _state(later.id).type == StateType.SCHEDULED  # not due yet: untouched
    assert recover(dep_id, name) == (0, 0)  # idempotent; the automation is not duplicated
    with get_client(sync_client=True) as client:
        (auto,) = client.read_automations_by_name(f"eventline: crash {name} runs without heartbeat")
    assert auto.trigger.posture == "Proactive"
