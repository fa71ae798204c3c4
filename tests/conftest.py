"""Shared fixtures: a private PREFECT_HOME, offline Prefect, paths to shared data."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_f05503e0906db5eb.txt"
TIMEX_DIR = SHARED / "data" / "timex"

# Prefect reads these at import time: set them before any test module imports it.
_home = tempfile.mkdtemp(prefix="eventline-prefect-home-")
os.environ["PREFECT_HOME"] = _home
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="seed article not available")


def model_installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


@pytest.fixture(scope="session")
def pipelines():
    """The process-wide default spaCy pipelines (each model loaded once per session)."""
    from eventline.nlp import pipelines_for

    return pipelines_for()


class _PrefectServer:
    """``prefect server start`` on a free loopback port with a temporary database, started
    in the background as soon as the selected tests are known to need it, so that its
    start-up (~20 s) overlaps the tests that run before them."""

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/api"
        db = Path(_home) / "server.db"
        env = {
            **os.environ,
            "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{db}",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_UI_ENABLED": "false",
        }
        env.pop("PREFECT_API_URL", None)
        self.log = Path(_home) / "server.log"
        with self.log.open("wb") as log:  # the server keeps its own copy of the descriptor
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                 "--port", str(port)],
                env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        # every Prefect client of the session (this process, CLI and Dask subprocesses)
        os.environ["PREFECT_API_URL"] = self.url
        _refresh_prefect_settings()

    def wait(self, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                tail = self.log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"Prefect server exited: {tail}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as r:
                    if r.status == 200:
                        return self.url
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("Prefect server did not start")

    def stop(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
        os.environ.pop("PREFECT_API_URL", None)
        _refresh_prefect_settings()


def _refresh_prefect_settings() -> None:
    """Prefect reads its settings from the environment once, when first imported: a test
    module importing it at collection (before the session server is known) would leave
    this process's clients in ephemeral mode, talking to a temporary server of their own
    while CLI subprocesses report to the session's."""
    context = sys.modules.get("prefect.context")
    if context is not None:
        context.refresh_global_settings_context()


_SERVER: _PrefectServer | None = None


def pytest_collection_modifyitems(config, items):
    global _SERVER
    if any("prefect_server" in item.fixturenames for item in items):
        _SERVER = _PrefectServer()


def pytest_unconfigure(config):
    if _SERVER is not None:
        _SERVER.stop()


@pytest.fixture(scope="session")
def prefect_server():
    """One Prefect server for the whole session: flows run in this process and CLI runs in
    subprocesses report to it instead of each starting a temporary server of their own."""
    if _SERVER is None:
        pytest.skip("no Prefect server was started for this selection")
    return _SERVER.wait()
