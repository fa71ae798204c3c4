"""Serve ``extract_timeline`` as a scheduled Prefect deployment over an inbox directory.

The inbox holds incoming articles (.txt/.md/.jsonl/.html) and local RSS/Atom feed files
(.rss/.atom/.xml); every scheduled run reads it whole and processes only articles whose
content hash is not yet in the output (incremental). Serving needs a Prefect server:
``prefect server start --host 127.0.0.1`` and ``PREFECT_API_URL=http://127.0.0.1:4200/api``.

    python -m flows.deploy --inbox inbox/ --out output/ --cron "*/5 * * * *"
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from eventline.settings import apply_offline_defaults

apply_offline_defaults()

from eventline.enrich.dates import UNDATED_WINDOW  # noqa: E402

log = logging.getLogger(__name__)

DEPLOYMENT_NAME = "eventline-inbox"
DEFAULT_INTERVAL = 3600  # seconds: "every hour on new articles"


def deployment_parameters(
    inbox: str | Path,
    out: str | Path,
    *,
    lang: str = "auto",
    batch_size: int = 25,
    models: dict[str, str] | None = None,
    workers: int = 0,
    undated_window: int = UNDATED_WINDOW,
    dask_address: str | None = None,
    limits: dict[str, float] | None = None,
) -> dict[str, Any]:
    """Flow parameters of the deployment (absolute paths: the runner may run elsewhere;
    ``limits``: the work limits given, by ``eventline.nlp.Limits`` field name)."""
    params: dict[str, Any] = {
        "paths": [str(Path(inbox).resolve())],
        "out": str(Path(out).resolve()),
        "lang": lang,
        "batch_size": batch_size,
        "workers": workers,
        "undated_window": undated_window,
    }
    if models:
        params["models"] = models
    if dask_address:
        params["dask_address"] = dask_address
    if limits:
        params["limits"] = dict(limits)
    return params


def build_deployment(
    inbox: str | Path,
    out: str | Path,
    *,
    cron: str | None = None,
    interval: float | None = None,
    name: str = DEPLOYMENT_NAME,
    lang: str = "auto",
    batch_size: int = 25,
    models: dict[str, str] | None = None,
    workers: int = 0,
    undated_window: int = UNDATED_WINDOW,
    dask_address: str | None = None,
    limits: dict[str, float] | None = None,
) -> Any:
    """A ``RunnerDeployment`` of ``extract_timeline`` on a cron or interval schedule.

    Runs of one deployment never overlap (concurrency limit 1): the dataset has a single
    writer; a run that comes due while one is running is cancelled, not queued (the next
    run reads the whole inbox anyway). The entrypoint is the module path
    ``flows.timeline.extract_timeline``, not a file relative to this process's directory,
    so any process where eventline is importable can run it. Building it needs no
    server; serving it does.
    """
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.deployments.runner import EntrypointType

    from flows.timeline import extract_timeline

    if cron and interval:
        raise ValueError("give a cron expression or an interval, not both")
    if not cron and not interval:
        interval = DEFAULT_INTERVAL
    return extract_timeline.to_deployment(
        name=name,
        entrypoint_type=EntrypointType.MODULE_PATH,
        cron=cron,
        interval=timedelta(seconds=interval) if interval else None,
        parameters=deployment_parameters(
            inbox,
            out,
            lang=lang,
            batch_size=batch_size,
            models=models,
            workers=workers,
            undated_window=undated_window,
            dask_address=dask_address,
            limits=limits,
        ),
        concurrency_limit=ConcurrencyLimitConfig(
            limit=1,
            collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW,
            grace_period_seconds=60,
        ),
        description="eventline: new articles of the inbox → events dataset + HTML timeline",
        tags=["eventline"],
    )


HEARTBEAT_SECONDS = 30  # runs send a heartbeat event this often (Prefect's minimum)
HEARTBEAT_GRACE = 90  # seconds without one before the automation marks a run Crashed


def crash_automation(deployment_id: Any, name: str) -> Any:
    """An automation that marks a run of the deployment Crashed when its heartbeats stop
    (its process was killed with the ``serve`` that started it, or its machine died)."""
    from prefect.events.actions import ChangeFlowRunState
    from prefect.events.schemas.automations import AutomationCore, EventTrigger, Posture
    from prefect.states import StateType

    return AutomationCore(
        name=f"eventline: crash {name} runs without heartbeat",
        description="a run of this deployment that stopped sending heartbeats is Crashed",
        trigger=EventTrigger(
            match={"prefect.resource.id": "prefect.flow-run.*"},
            match_related={"prefect.resource.id": f"prefect.deployment.{deployment_id}"},
            # armed by the first heartbeat, or by Running for a run killed before it
            after={"prefect.flow-run.heartbeat", "prefect.flow-run.Running"},
            expect={
                "prefect.flow-run.heartbeat",
                "prefect.flow-run.Completed",
                "prefect.flow-run.Failed",
                "prefect.flow-run.Cancelled",
                "prefect.flow-run.Crashed",
            },
            for_each={"prefect.resource.id"},
            posture=Posture.Proactive,
            threshold=1,
            within=timedelta(seconds=HEARTBEAT_GRACE),
        ),
        actions=[
            ChangeFlowRunState(
                state=StateType.CRASHED,
                name="Crashed",
                message=f"no heartbeat for {HEARTBEAT_GRACE} s: the process running it is gone",
                force=True,
            )
        ],
    )


def recover(deployment_id: Any, name: str) -> tuple[int, int]:
    """Before serving: runs of the deployment left Running/Pending by a ``serve`` that
    died cannot have survived it (one ``serve`` per deployment) and become Crashed, which
    frees the concurrency slot at once instead of after its 300 s lease; of the runs
    missed while nothing served, only the latest stays (one catch-up run reads the whole
    inbox), the others are cancelled. Also makes sure the heartbeat automation exists.
    (crashed, cancelled) counts."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort
    from prefect.states import Cancelled, Crashed
    from prefect.types._datetime import now

    def runs(client: Any, *types: StateType) -> list[Any]:
        return list(
            client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
                flow_run_filter=FlowRunFilter(
                    state=FlowRunFilterState(type=FlowRunFilterStateType(any_=list(types)))
                ),
                sort=FlowRunSort.EXPECTED_START_TIME_DESC,
            )
        )

    with get_client(sync_client=True) as client:
        dead = runs(client, StateType.RUNNING, StateType.PENDING, StateType.CANCELLING)
        for run in dead:
            # forced (a dead run cannot propose it); the transition still frees the slot
            client.set_flow_run_state(
                run.id,
                Crashed(message=f"serve of {name} restarted: the process of this run is gone"),
                force=True,
            )
        due = [
            r
            for r in runs(client, StateType.SCHEDULED)
            if r.expected_start_time and r.expected_start_time <= now("UTC")
        ]
        for run in due[1:]:  # the latest missed run catches up for all of them
            client.set_flow_run_state(
                run.id,
                Cancelled(message=f"missed while nothing served {name}; {due[0].name} catches up"),
                force=True,
            )
        automation = crash_automation(deployment_id, name)
        if not client.read_automations_by_name(automation.name):
            client.create_automation(automation)
    for run in dead:
        log.warning("flow run %s was left running by a dead serve: marked Crashed", run.name)
    if len(due) > 1:
        log.warning("%d missed runs cancelled; run %s catches up", len(due) - 1, due[0].name)
    return len(dead), max(0, len(due) - 1)


def serve(deployment: Any) -> None:
    """Block, running the deployment on its schedule (Ctrl-C stops)."""
    from prefect import serve as prefect_serve

    if not os.environ.get("PREFECT_API_URL"):
        from prefect.settings import PREFECT_API_URL

        if not PREFECT_API_URL.value():
            raise RuntimeError(
                "serving needs a Prefect server: run `prefect server start --host 127.0.0.1` "
                "and export PREFECT_API_URL=http://127.0.0.1:4200/api"
            )
    Path(deployment.parameters["out"]).mkdir(parents=True, exist_ok=True)
    # the runs (subprocesses) send heartbeats: the crash automation's signal of life
    os.environ.setdefault("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", str(HEARTBEAT_SECONDS))
    recover(deployment.apply(), deployment.name)
    prefect_serve(deployment)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m flows.deploy", description=__doc__)
    p.add_argument("--inbox", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--cron")
    p.add_argument("--interval", type=float)
    p.add_argument("--workers", type=int, default=0)
    p.add_argument("--dask-address", help="scheduler of an existing Dask cluster")
    p.add_argument("--undated-window", type=int, default=UNDATED_WINDOW, metavar="DAYS")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    serve(
        build_deployment(
            args.inbox,
            args.out,
            cron=args.cron,
            interval=args.interval,
            workers=args.workers,
            undated_window=args.undated_window,
            dask_address=args.dask_address,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
