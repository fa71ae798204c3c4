"""Shared fixtures: a private PREFECT_HOME, offline Prefect, paths to shared data."""

from __future__ import annotations

import os
import tempfile
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


@pytest.fixture(scope="session")
def prefect_server():
    """One Prefect server (temporary database) for the whole session: flows run in this
    process and CLI runs in subprocesses (``PREFECT_API_URL``) report to it instead of
    each starting a temporary server of their own (~10 s each)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        url = PREFECT_API_URL.value()
        os.environ["PREFECT_API_URL"] = url
        try:
            yield url
        finally:
            os.environ.pop("PREFECT_API_URL", None)
