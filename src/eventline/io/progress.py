"""A run's progress on the command line: a bar on a terminal, plain lines otherwise.

Both take the :class:`eventline.pipeline.Progress` of ``pipeline.run(progress=...)``
and show articles done/total, articles per second and the time left.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TextIO

from eventline.pipeline import Progress

LINE_EVERY = 10.0  # seconds between two plain lines (stage changes are always shown)


def _duration(seconds: float) -> str:
    s = round(seconds)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m{sec:02d}s" if m else f"{sec}s"


def _rate(rate: float) -> str:
    return f"{rate:.0f}" if rate >= 10 else f"{rate:.1f}" if rate >= 1 else f"{rate:.2f}"


def rate_and_eta(p: Progress, elapsed: float) -> tuple[float | None, float | None]:
    """Articles per second since the start and seconds left (None when unknown)."""
    if elapsed <= 0 or not p.done:
        return None, None
    rate = p.done / elapsed
    return rate, (p.total - p.done) / rate


def format_line(p: Progress, elapsed: float) -> str:
    """``eventline: extract 40/100 articles (40%), batch 2/4, 3.1 articles/s, ETA 19s``."""
    pct = 100 * p.done // p.total if p.total else 100
    parts = [f"eventline: {p.stage} {p.done}/{p.total} articles ({pct}%)"]
    parts.append(f"batch {p.batches_done}/{p.batches_total}")
    rate, eta = rate_and_eta(p, elapsed)
    if rate is not None:
        parts.append(f"{_rate(rate)} articles/s")
    if eta is not None and p.stage == "extract" and p.done < p.total:
        parts.append(f"ETA {_duration(eta)}")
    parts.append(f"{p.new_events} new events, {p.rejects} rejects")
    if p.stage == "done":
        parts.append(f"in {_duration(elapsed)}")
    return ", ".join(parts)


class ProgressLines:
    """Plain lines on ``stream``: one per stage change, else at most one per ``every``
    seconds of ``clock``; the last batch always gets its line."""

    def __init__(
        self,
        stream: TextIO,
        every: float = LINE_EVERY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.every = every
        self.clock = clock
        self.start: float | None = None
        self.last = 0.0
        self.stage = ""

    def __call__(self, p: Progress) -> None:
        now = self.clock()
        if self.start is None:
            self.start = now
        due = now - self.last >= self.every or p.done == p.total
        if p.stage == self.stage and not due:
            return
        self.stage, self.last = p.stage, now
        self.stream.write(format_line(p, now - self.start) + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Nothing to tear down: lines are written as they come."""


class ProgressBar:
    """A rich progress bar on a terminal: articles done/total, articles/s, time left."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
        from rich.progress import Progress as RichProgress

        self.clock = clock
        self.start: float | None = None
        self.bar = RichProgress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("articles  {task.fields[rate]}  {task.fields[eta]}"),
            console=Console(file=stream),
            transient=False,
        )
        self.task: Any = None

    def __call__(self, p: Progress) -> None:
        now = self.clock()
        if self.start is None:
            self.start = now
            self.bar.start()
            self.task = self.bar.add_task(p.stage, total=p.total or 1, rate="", eta="")
        rate, eta = rate_and_eta(p, now - self.start)
        self.bar.update(
            self.task,
            description=p.stage,
            completed=p.done if p.total else 1,
            rate=f"{_rate(rate)}/s" if rate is not None else "",
            eta=f"ETA {_duration(eta)}" if eta is not None and p.done < p.total else "",
        )
        if p.stage == "done":
            self.close()

    def close(self) -> None:
        if self.start is not None:
            self.bar.stop()


def progress_display(mode: str, stream: TextIO) -> ProgressLines | ProgressBar | None:
    """``bar``, ``lines``, ``off`` or ``auto`` (a bar when ``stream`` is a terminal)."""
    if mode == "auto":
        mode = "bar" if stream.isatty() else "lines"
    if mode == "bar":
        return ProgressBar(stream)
    if mode == "lines":
        return ProgressLines(stream)
    return None
