"""Process-wide defaults that must be in place before Prefect is imported."""

from __future__ import annotations

import os

OFFLINE_ENV = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def apply_offline_defaults() -> None:
    """No telemetry, no analytics host lookups: eventline runs offline."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
