"""``eventline view``: the output's page files over HTTP on loopback, nothing else; the
flow's link artifact points there when ``EVENTLINE_VIEW_URL`` is set (defect 8)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from eventline.io.loopback import free_port
from eventline.io.view import make_server, server_url, timeline_link
from tests.ops_helpers import ROOT

PAGE = "<!doctype html><title>timeline</title><p>events</p>"


@pytest.fixture()
def out(tmp_path):
    d = tmp_path / "out"
    d.mkdir()
    (d / "timeline.html").write_text(PAGE, encoding="utf-8")
    (d / "events_per_day.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    (d / "links.parquet").write_bytes(b"PAR1")
    (d / ".events").mkdir()
    (d / ".events" / "x.html").write_text("hidden", encoding="utf-8")
    (tmp_path / "secret.html").write_text("outside", encoding="utf-8")
    (d / "escape.html").symlink_to(tmp_path / "secret.html")
    return d


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""


def test_view_serves_the_page_files_and_nothing_else(out):
    server = make_server(out, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = server_url(server)
        assert base.startswith("http://127.0.0.1:")
        assert _get(base + "timeline.html") == (200, PAGE.encode())
        assert _get(base) == (200, PAGE.encode())  # / is the timeline
        assert _get(base + "events_per_day.png")[0] == 200
        for path in ("links.parquet", ".events/x.html", "../secret.html", "%2e%2e/secret.html",
                     "escape.html", "missing.html", ".events/"):  # fmt: skip
            assert _get(base + path)[0] == 404, path
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_the_artifact_links_the_view_server_when_configured(monkeypatch, tmp_path):
    html = tmp_path / "o" / "timeline.html"
    monkeypatch.delenv("EVENTLINE_VIEW_URL", raising=False)
    assert timeline_link(html) == html.resolve().as_uri()
    monkeypatch.setenv("EVENTLINE_VIEW_URL", "http://127.0.0.1:8765/")
    assert timeline_link(html) == "http://127.0.0.1:8765/timeline.html"


def test_eventline_view_command_serves_over_loopback(out, tmp_path):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    with (tmp_path / "view.log").open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eventline", "view", "--out", str(out), "--port", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/timeline.html"
        deadline = time.monotonic() + 60
        got = None
        while time.monotonic() < deadline and proc.poll() is None:
            with contextlib.suppress(OSError):
                got = _get(url)
                break
            time.sleep(0.2)
        assert got == (200, PAGE.encode()), (tmp_path / "view.log").read_text()
        assert f"http://127.0.0.1:{port}/timeline.html" in (tmp_path / "view.log").read_text()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def test_view_without_a_timeline_says_so(tmp_path, capsys):
    from eventline.cli import main

    assert main(["view", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("eventline view: no timeline.html in") and err.count("\n") == 1


def test_serve_view_port_serves_the_timeline_and_links_it(out, monkeypatch, capsys):
    import flows.deploy
    from eventline import cli

    monkeypatch.setenv("EVENTLINE_VIEW_URL", "unset-by-the-test")
    started = []
    real = cli.start_view

    def start_view(o, p):
        started.append(real(o, p))
        return started[-1]

    monkeypatch.setattr(cli, "start_view", start_view)
    seen = {}

    def fake_serve(deployment):
        url = os.environ["EVENTLINE_VIEW_URL"]
        seen["url"] = url
        seen["get"] = _get(url + "timeline.html")
        seen["link"] = timeline_link(out / "timeline.html")

    monkeypatch.setattr(flows.deploy, "serve", fake_serve)
    inbox = out.parent / "inbox"
    inbox.mkdir()
    try:
        code = cli.main(
            ["serve", "--inbox", str(inbox), "--out", str(out), "--interval", "60",
             "--view-port", "0"]
        )  # fmt: skip
    finally:
        for server in started:
            server.shutdown()
            server.server_close()
    assert code == 0, capsys.readouterr().err
    assert seen["url"].startswith("http://127.0.0.1:")
    assert seen["get"] == (200, PAGE.encode())
    assert seen["link"] == seen["url"] + "timeline.html"
