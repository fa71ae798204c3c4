"""The page's script run in node against a minimal DOM stub (``report_dom_stub.js``):
views, filters, zoom, deep links, a click. Skips without node; the real-browser check is
tests/test_ops_browser.py."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from eventline.io import parquet as store
from eventline.io import report
from eventline.io.atomic import write_text
from tests.test_report_page import _synthetic
from tests.test_store import ev, row

NODE = shutil.which("node") or shutil.which("nodejs")
STUB = Path(__file__).with_name("report_dom_stub.js")
pytestmark = pytest.mark.skipif(NODE is None, reason="no node installed")


def _run(page: Path, hash_: str = "") -> dict:
    assert NODE is not None
    res = subprocess.run(
        [NODE, str(STUB), str(page), hash_], capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 0, res.stderr[-2000:]
    return json.loads(res.stdout)


def test_small_page_views_filters_zoom_and_deep_link(tmp_path):
    events = [
        ev(1, sentence="Des hommes armés ont attaqué un poste.", date_start=date(2024, 5, 7),
           date_end=date(2024, 5, 7), cluster_id="C1", latitude=14.0, longitude=-4.0),
        ev(2, event_type="PROTEST", sentence="Des milliers de personnes ont défilé en mai.",
           date_start=date(2024, 5, 1), date_end=date(2024, 5, 31), date_precision="month"),
        ev(3, event_type="SANCTION", sentence="The bloc froze the assets last week.",
           date_start=date(2024, 5, 13), date_end=date(2024, 5, 19), date_precision="week",
           cluster_id="C1"),
    ]  # fmt: skip
    store.write_outputs(
        tmp_path, events=events, articles=[row("a1", 3)], rejects=[], links=[], timeline=[]
    )
    page = report.write_report(tmp_path).html
    first = _run(page)
    assert first["count"] == "2 / 2 merged events (3 mentions)" and first["rows"] == 2
    assert first["circles"] == 1 and first["ticks"] == 8
    assert first["land"]  # the country outlines survive the map's redraw
    assert first["mentions"] == "3 / 3 events"  # the mention view
    assert first["filtered"].startswith("1 / 3")  # one type
    linked = _run(page, "#event=e002")
    assert linked["count"] == "3 / 3 events" and linked["imprecise"] == 2
    assert linked["quote"] == "Des milliers de personnes ont défilé en mai."


def test_large_page_rescales_zooms_and_draws_only_visible_rows(tmp_path):
    page = tmp_path / "t.html"
    events, timeline = _synthetic(5000, 2)
    records = report.timeline_records(events)
    write_text(
        report.render_html(records, clusters=report.cluster_records(timeline, records)), page
    )
    out = _run(page, "#cluster=C000000000005")
    assert out["count"] == "2500 / 2500 merged events (5000 mentions)"
    assert out["rows"] < 200  # virtual rows: only those near the viewport are drawn
    assert out["quote"] == "Sentence 10 about the clashes."  # the linked cluster's summary
    assert out["filtered"] == "1000 / 5000 events"
    zoomed, brushed = (int(out[k].split(" / ")[0]) for k in ("zoomed", "brushed"))
    assert 0 < brushed < zoomed < 1000  # zoom and brush keep the rows of the window only
    assert out["tick0"] == "2024-01-01" and out["ztick0"] > out["tick0"]  # axis rescaled
    assert out["reset"] == out["filtered"]
