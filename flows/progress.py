"""A flow run's progress: a Prefect progress artifact (``eventline-progress``), a log line
per batch, and the listeners of this process (``eventline run``'s bar or lines)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any, cast
from uuid import UUID

from eventline.pipeline import Progress

log = logging.getLogger(__name__)

ProgressCallback = Callable[[Progress], None]
# callbacks of this process told about every flow run's progress (the CLI registers here)
LISTENERS: list[ProgressCallback] = []


@contextlib.contextmanager
def listening(callback: ProgressCallback) -> Iterator[None]:
    """Tell ``callback`` the progress of the flow runs of this process while in the block."""
    LISTENERS.append(callback)
    try:
        yield
    finally:
        LISTENERS.remove(callback)


def describe(p: Progress) -> str:
    """One line: stage, articles and batches done, new events, rejects."""
    return (
        f"{p.stage}: {p.done}/{p.total} articles, batch {p.batches_done}/{p.batches_total}, "
        f"{p.new_events} new events, {p.rejects} rejects"
    )


def percent(p: Progress) -> float:
    if p.stage == "done" or not p.total:
        return 100.0 if p.stage == "done" else 0.0
    return 100.0 * p.done / p.total


class FlowProgress:
    """The progress callback of a flow run (``pipeline.run(progress=...)``)."""

    def __init__(self, artifacts: bool = True) -> None:
        self.artifacts = artifacts
        self.artifact_id: UUID | None = None

    def __call__(self, p: Progress) -> None:
        for listener in list(LISTENERS):
            listener(p)
        if p.stage == "extract" and p.batches_done:
            _run_logger().info("batch %d/%d done: %s", p.batches_done, p.batches_total, describe(p))
        if self.artifacts:
            self._publish(p)

    def _publish(self, p: Progress) -> None:
        from httpx import HTTPError
        from prefect.artifacts import create_progress_artifact, update_progress_artifact
        from prefect.exceptions import PrefectException

        try:
            if self.artifact_id is None:
                self.artifact_id = cast(
                    UUID,
                    create_progress_artifact(
                        percent(p), key="eventline-progress", description=describe(p)
                    ),
                )
            else:
                update_progress_artifact(self.artifact_id, percent(p), description=describe(p))
        except (
            PrefectException,
            HTTPError,
            OSError,
            RuntimeError,
        ) as exc:  # the run goes on without it
            log.warning("progress artifact not updated: %s", exc)


def _run_logger() -> Any:
    from prefect import get_run_logger
    from prefect.exceptions import MissingContextError

    try:
        return get_run_logger()
    except MissingContextError:
        return log
