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
) -> dict[str, Any]:
    """Flow parameters of the deployment (absolute paths: the runner may run elsewhere)."""
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
) -> Any:
    """A ``RunnerDeployment`` of ``extract_timeline`` on a cron or interval schedule.

    Runs of one deployment never overlap (concurrency limit 1): the dataset has a single
    writer. The entrypoint is the module path ``flows.timeline.extract_timeline``, not a
    file relative to this process's directory, so any process where eventline is
    importable can run it. Building it needs no server; serving it does.
    """
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
        ),
        concurrency_limit=1,
        description="eventline: new articles of the inbox → events dataset + HTML timeline",
        tags=["eventline"],
    )


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
