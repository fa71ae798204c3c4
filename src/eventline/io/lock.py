"""One writer at a time per output directory: an advisory lock on ``OUT/.eventline.lock``.

``pipeline.run`` holds it from linking to the last write, so a manual ``eventline run``
and a served deployment writing the same directory take turns instead of racing (each
commit reads the dataset, merges and writes it back). The lock is ``flock``: the
kernel releases it when its holder dies, even by ``kill -9``, so it never goes stale.
The file holds who has it (pid, host, command, start time) for the waiting side's
message. Readers take no lock: every file and the ``events`` version are swapped
atomically.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_NAME = ".eventline.lock"
STILL_WAITING_EVERY = 60.0  # seconds between "still waiting" messages


class StoreBusy(TimeoutError):
    """Another writer kept the output directory longer than the timeout."""


def holder(out_dir: Path) -> str:
    """Who holds (or last held) the lock of ``out_dir``, in words."""
    try:
        d = json.loads((out_dir / LOCK_NAME).read_text(encoding="utf-8"))
        return f"pid {d['pid']} on {d['host']}, started {d['started']}: {d['command']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "holder unknown"


def _try(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _stamp(fd: int) -> None:
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(sys.argv)[:300],
    }
    data = json.dumps(info).encode("utf-8")
    os.ftruncate(fd, 0)
    os.pwrite(fd, data, 0)


@contextlib.contextmanager
def writer_lock(
    out_dir: Path,
    *,
    timeout: float | None = None,
    poll: float = 0.2,
    notify: Callable[[str], None] = log.warning,
) -> Iterator[None]:
    """Hold the writer lock of ``out_dir`` (created if missing) for the ``with`` block.

    When another process holds it, ``notify`` says who and the call waits (at most
    ``timeout`` seconds, then :class:`StoreBusy`). Not re-entrant: a process takes it
    once per directory.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if not _try(fd):
            start = time.monotonic()
            notify(
                f"{out_dir} is being written by another eventline run ({holder(out_dir)}); "
                "waiting for it to finish"
            )
            last = start
            while not _try(fd):
                now = time.monotonic()
                if timeout is not None and now - start >= timeout:
                    raise StoreBusy(
                        f"{out_dir} still locked after {timeout:g} s ({holder(out_dir)})"
                    )
                if now - last >= STILL_WAITING_EVERY:
                    notify(f"still waiting for {out_dir} ({now - start:.0f} s)")
                    last = now
                time.sleep(poll)
            notify(f"{out_dir} is free after {time.monotonic() - start:.1f} s; writing")
        _stamp(fd)
        _hold_point()
        yield
    finally:
        os.close(fd)  # releases the lock


def _hold_point() -> None:
    """Test hook: with ``EVENTLINE_HOLD_LOCK=<path>`` the holder waits (at most 10 min)
    for ``<path>`` to exist before going on, so a test can make two writers overlap."""
    release = os.environ.get("EVENTLINE_HOLD_LOCK")
    if not release:
        return
    log.warning("EVENTLINE_HOLD_LOCK: holding the lock until %s exists", release)
    deadline = time.monotonic() + 600
    while not os.path.exists(release) and time.monotonic() < deadline:
        time.sleep(0.1)


@contextlib.contextmanager
def unless_locked(out_dir: Path) -> Iterator[bool]:
    """``True`` (and the lock held) when no writer holds ``out_dir``'s lock right now,
    else ``False`` at once: for the clean-up a reader may do when nobody writes."""
    try:
        fd = os.open(out_dir / LOCK_NAME, os.O_RDONLY)
    except FileNotFoundError:  # no writer has taken it yet (a writer creates it first)
        yield True
        return
    except OSError:
        yield False
        return
    try:
        yield _try(fd)
    finally:
        os.close(fd)
