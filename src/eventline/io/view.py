"""``eventline view``: the output's HTML timeline and plot over HTTP on loopback.

Browsers refuse ``file://`` links from a web page (the Prefect UI's link artifact), so the
output directory's page files are served by the standard library's HTTP server on
127.0.0.1 only, read-only: files with a page suffix (``.html``, ``.png``, ``.js``…) inside
the directory, no hidden path, nothing that resolves outside it. The flow's link artifact
points there when ``EVENTLINE_VIEW_URL`` is set (:func:`timeline_link`).
"""

from __future__ import annotations

import logging
import os
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from eventline.io.loopback import HOST
from eventline.io.report import HTML_NAME

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
VIEW_URL_ENV = "EVENTLINE_VIEW_URL"  # e.g. http://127.0.0.1:8765/ : the view server's address
PAGE_SUFFIXES = frozenset({".html", ".png", ".svg", ".js", ".css", ".json", ".geojson"})


def timeline_link(html_path: str | Path) -> str:
    """Where the UI should link the HTML timeline: the view server when ``EVENTLINE_VIEW_URL``
    is set, else the file's ``file://`` URI."""
    base = os.environ.get(VIEW_URL_ENV, "").strip()
    if base:
        return base.rstrip("/") + "/" + Path(html_path).name
    return Path(html_path).resolve().as_uri()


class _PageHandler(SimpleHTTPRequestHandler):
    """GET/HEAD of the page files of one directory; everything else is 404."""

    def __init__(self, *args: Any, directory: str, **kwargs: Any) -> None:
        self.root = Path(directory).resolve()
        super().__init__(*args, directory=directory, **kwargs)

    def _allowed(self) -> bool:
        path = unquote(urlsplit(self.path).path)
        if path == "/":
            self.path = "/" + HTML_NAME
            path = self.path
        parts = [p for p in path.split("/") if p]
        if not parts or any(p.startswith(".") for p in parts):
            return False
        target = self.root.joinpath(*parts).resolve()
        return (
            target.suffix.lower() in PAGE_SUFFIXES
            and target.is_file()
            and target.is_relative_to(self.root)
        )

    def send_head(self) -> Any:
        if not self._allowed():
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        return super().send_head()

    def list_directory(self, path: Any) -> Any:
        self.send_error(HTTPStatus.NOT_FOUND)
        return None

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")  # a run rewrites the page
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


def make_server(out: str | Path, port: int = DEFAULT_PORT) -> ThreadingHTTPServer:
    """An HTTP server of ``out``'s page files on 127.0.0.1:``port`` (0: a free port);
    ``serve_forever`` runs it, ``shutdown`` stops it."""
    handler = partial(_PageHandler, directory=str(Path(out).resolve()))
    server = ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    return server


def server_url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/"
