"""One writer at a time per output directory (``eventline.io.lock``)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventline.io import parquet as store
from eventline.io.lock import StoreBusy, holder, writer_lock
from tests.ops_helpers import ROOT
from tests.test_store import ev

HOLD = "import pathlib, sys; from eventline.io.lock import writer_lock\n" + (
    "with writer_lock(pathlib.Path(sys.argv[1])): pass"
)


@contextlib.contextmanager
def other_writer(out: Path, release: Path) -> Iterator[subprocess.Popen]:
    """Another process holding ``out``'s writer lock until ``release`` exists."""
    env = dict(os.environ, EVENTLINE_HOLD_LOCK=str(release))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while f"pid {proc.pid} " not in holder(out):
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def test_a_second_writer_waits_and_says_for_whom(tmp_path):
    out, release = tmp_path / "out", tmp_path / "release"
    said: list[str] = []
    with other_writer(out, release) as proc:
        with pytest.raises(StoreBusy), writer_lock(out, timeout=0.5, notify=said.append):
            pass
        assert "being written by another eventline run" in said[0]
        assert f"pid {proc.pid} " in said[0] and "waiting" in said[0]
        # released while this writer already waits (touching it first would race the wait)
        threading.Timer(1.0, release.touch).start()
        with writer_lock(out, timeout=60, notify=said.append):
            assert f"pid {os.getpid()} " in holder(out)
        assert proc.wait(timeout=30) == 0
    assert "free after" in said[-1]


def test_the_lock_of_a_killed_writer_is_released(tmp_path):
    out = tmp_path / "out"
    with other_writer(out, tmp_path / "never") as proc:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        with writer_lock(out, timeout=10):
            pass


def test_readers_leave_a_writers_version_in_progress_alone(tmp_path):
    out, release = tmp_path / "out", tmp_path / "release"
    store.commit_events(store.event_rows([ev(1)]), out)
    staging = out / ".events" / ".v000002-inflight"
    with other_writer(out, release):
        staging.mkdir()
        assert store.read_events(out).num_rows == 1
        assert staging.exists()  # a writer is building it: not debris yet
        release.touch()
    assert store.read_events(out).num_rows == 1
    assert not staging.exists()  # nobody writes: now it is debris


@contextlib.contextmanager
def cli(args: list[str], log: Path, env_extra: dict[str, str]) -> Iterator[subprocess.Popen]:
    """``python -m eventline <args>`` in its own process group, stdout/stderr to ``log``
    (.out/.err); the group is killed on the way out."""
    env = dict(os.environ, **env_extra)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    with open(f"{log}.out", "w") as out, open(f"{log}.err", "w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eventline", *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        try:
            yield proc
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


def wait_for(cond, what: str, procs: list[subprocess.Popen], limit: float = 900) -> None:
    deadline = time.monotonic() + limit
    while not cond():
        assert all(p.poll() is None for p in procs), f"a writer ended before {what}"
        assert time.monotonic() < deadline, f"no {what} after {limit:g} s"
        time.sleep(0.2)


@pytest.mark.slow
@pytest.mark.model
def test_two_cli_writers_overlapping_take_turns(tmp_path):
    """A run without Prefect (--no-flow) and a flow run into one directory, overlapping:
    the second waits for the first, says so, then links with what the first wrote; the
    dataset is the one a single run over both inputs gives."""
    from eventline import pipeline
    from tests.test_ops_rerun import clusters_of, graph_of, links_of

    files = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".jsonl"))
    halves = [tmp_path / "half1", tmp_path / "half2"]
    for i, half in enumerate(halves):
        half.mkdir()
        for f in files[i::2]:
            (half / f.name).write_bytes(f.read_bytes())
    out, release = tmp_path / "out", tmp_path / "release"
    hold = {"EVENTLINE_HOLD_LOCK": str(release)}
    with cli(["run", str(halves[0]), "--out", str(out), "--no-flow"], tmp_path / "a", hold) as a:
        wait_for(lambda: f"pid {a.pid} " in holder(out), "lock taken by the first", [a])
        with cli(["run", str(halves[1]), "--out", str(out)], tmp_path / "b", {}) as b:
            err = Path(f"{tmp_path / 'b'}.err")
            wait_for(lambda: "waiting for it to finish" in err.read_text(), "wait", [a, b])
            assert f"pid {a.pid} " in err.read_text()
            assert b.poll() is None and f"pid {a.pid} " in holder(out)
            release.touch()
            assert a.wait(timeout=600) == 0, Path(f"{tmp_path / 'a'}.err").read_text()[-3000:]
            assert b.wait(timeout=600) == 0, err.read_text()[-3000:]
    assert "free after" in err.read_text()
    ref = tmp_path / "ref"
    pipeline.run(halves, ref)
    n_articles = pq.read_table(ref / "articles.parquet").num_rows
    assert pq.read_table(out / "articles.parquet").num_rows == n_articles > 2
    assert links_of(out) == links_of(ref)
    assert clusters_of(out) == clusters_of(ref)
    assert graph_of(out) == graph_of(ref)
