"""Helpers for the deployment tests: background processes in their own process group
(killed in ``finally``), free loopback ports, and waiting on the Prefect API."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # prefect, dask: the venv's console scripts


def child_env(**extra: str) -> dict[str, str]:
    """This process's environment with the worktree first on the import path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env.update(extra)
    return env


@contextlib.contextmanager
def background(
    args: list[str], log: Path, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> Iterator[subprocess.Popen]:
    """``args`` running in a new process group for the ``with`` block, output in ``log``;
    the whole group is terminated (then killed) on exit."""
    with log.open("wb") as out:
        proc = subprocess.Popen(
            args,
            cwd=cwd,
            env=env or child_env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=15)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=15)


def tail(log: Path, n: int = 3000) -> str:
    return log.read_text(errors="replace")[-n:] if log.exists() else ""


def wait_for(check: Any, timeout: float, what: str, every: float = 1.0) -> Any:
    """Call ``check()`` until it returns something truthy; fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = check()
        if got:
            return got
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def wait_port(port: int, timeout: float = 60) -> None:
    def up() -> bool:
        with socket.socket() as s:
            s.settimeout(1)
            return s.connect_ex(("127.0.0.1", port)) == 0

    wait_for(up, timeout, f"port {port}", every=0.3)


def read_deployment(name: str) -> Any:
    """The deployment ``flow/name``, or None while it is not registered."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            return client.read_deployment_by_name(name)
        except ObjectNotFound:
            return None


def wait_final_state(flow_run_id: Any, timeout: float, log: Path | None = None) -> Any:
    """The flow run once it is in a final state (Completed, Failed, Crashed, …)."""
    from prefect.client.orchestration import get_client

    def final() -> Any:
        with get_client(sync_client=True) as client:
            run = client.read_flow_run(flow_run_id)
        return run if run.state and run.state.is_final() else None

    try:
        return wait_for(final, timeout, f"flow run {flow_run_id}", every=2)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{tail(log) if log else ''}") from None


def flow_run_logs(flow_run_id: Any) -> list[str]:
    """Every log message of a flow run and its task runs."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    with get_client(sync_client=True) as client:
        logs = client.read_logs(
            log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])), limit=200
        )
    return [entry.message for entry in logs]


def artifacts_of(flow_run_id: Any) -> list[Any]:
    """Artifacts of a flow run (each with its ``task_run_id``, None on the flow run)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        return list(
            client.read_artifacts(
                artifact_filter=ArtifactFilter(
                    flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])
                )
            )
        )
