"""``kill -9`` of ``eventline run`` takes its temporary Prefect server with it (defect 5).

The CLI starts in its own session with no ``PREFECT_API_URL`` (ephemeral mode); once its
server answers on loopback, the CLI alone is killed with SIGKILL; the server process
must be gone within a bound. Whatever is left in the session is killed afterwards."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ops_helpers import ROOT

pytestmark = [pytest.mark.slow]


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _server_of(cli: int, deadline: float) -> tuple[int, int]:
    """(pid, port) of the uvicorn server the CLI started, once it accepts connections."""
    while time.monotonic() < deadline:
        for child in _children(cli):
            cmd = _cmdline(child)
            m = re.search(r"uvicorn .*--port (\d+)", cmd)
            if m and "prefect.server.api.server:create_app" in cmd:
                with (
                    contextlib.suppress(OSError),
                    socket.create_connection(("127.0.0.1", int(m.group(1))), timeout=1),
                ):
                    return child, int(m.group(1))
        time.sleep(0.2)
    raise AssertionError("the CLI's temporary server never listened")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_PDEATHSIG")
def test_kill9_of_the_cli_stops_its_temporary_server(tmp_path):
    inbox = tmp_path / "in"
    shutil.copytree(ROOT / "examples", inbox)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    with (tmp_path / "cli.log").open("w") as log:
        cli = subprocess.Popen(
            [sys.executable, "-m", "eventline", "run", str(inbox), "--out", str(tmp_path / "o"),
             "--no-artifacts"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        server, port = _server_of(cli.pid, time.monotonic() + 180)
        assert cli.poll() is None, "the run ended before the test could kill it"
        os.kill(cli.pid, signal.SIGKILL)
        cli.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _alive(server) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(server), f"server {server} survived: {_cmdline(server)}"
        with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(cli.pid, signal.SIGKILL)
