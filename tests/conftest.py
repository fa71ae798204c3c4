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
    from eventline.nlp import Pipelines

    return Pipelines()
