"""``eventline run`` starts Prefect's temporary server before importing the flows
(``cli.spawn_ephemeral_server``) and hands it to Prefect once it answers
(``cli.adopt_ephemeral_server``: its URL becomes ``PREFECT_API_URL``, and Prefect's server
package is never imported by the CLI); a server that did not come up is replaced by one
started the usual way."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from eventline import cli
from eventline.io.loopback import free_port


class _Exited:
    """A process that has already exited (its port was taken, say)."""

    def __init__(self) -> None:
        self.terminated = False

    def poll(self) -> int:
        return 3

    def terminate(self) -> None:
        self.terminated = True

    def wait(self, timeout: float | None = None) -> int:
        return 3


def test_no_early_server_when_a_server_is_configured(monkeypatch) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        assert cli.spawn_ephemeral_server() is None


def test_a_server_that_did_not_come_up_is_stopped_and_replaced(monkeypatch) -> None:
    started: list[str] = []
    monkeypatch.setattr(
        cli, "start_bound_ephemeral_server", lambda: started.append("usual") or "http://x/api"
    )
    process = _Exited()
    early = cli.EarlyServer(free_port(), process)
    assert cli.adopt_ephemeral_server(early) == "http://x/api"
    assert started == ["usual"]
    assert process.terminated


def test_no_early_server_means_the_usual_start(monkeypatch) -> None:
    monkeypatch.setattr(cli, "start_bound_ephemeral_server", lambda: None)
    assert cli.adopt_ephemeral_server(None) is None


SCRIPT = """
import os, sys
from eventline import cli
early = cli.spawn_ephemeral_server()
url = cli.adopt_ephemeral_server(early)
assert url == f"http://127.0.0.1:{early.port}/api", url
assert os.environ["PREFECT_API_URL"] == url  # for the Dask workers too
assert "prefect.server.api.server" not in sys.modules, "Prefect's server package imported"
from prefect.client.orchestration import get_client
with get_client(sync_client=True) as client:
    assert client.api_url.port == early.port, client.api_url
    client.api_healthcheck()
assert "prefect.server.api.server" not in sys.modules, "the client started a server"
print("adopted", early.port)
"""


@pytest.mark.slow
def test_the_early_server_is_the_one_prefect_clients_use(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path)}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "adopted" in done.stdout
