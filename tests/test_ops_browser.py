"""The HTML timeline in headless Chromium: screenshot, rendered rows, click → detail.

Skips when no Chromium is installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from eventline.io import parquet as store
from eventline.io import report as report_html
from tests.test_store import ev, row

BROWSER = next(
    (b for b in ("chromium", "chromium-browser", "google-chrome", "chrome") if shutil.which(b)),
    None,
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium/Chrome installed")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture()
def page(tmp_path):
    out = tmp_path / "out"
    events = [
        # French
        ev(1, sentence="Des hommes armés ont attaqué un poste frontalier mardi.",
           date_start=date(2024, 5, 7), date_end=date(2024, 5, 7), story_id="s1",
           actor_canonical="hommes armés", country_code="MLI", latitude=14.5, longitude=-4.2),
        ev(2, event_type="PROTEST", sentence="Des milliers de personnes ont défilé en mai.",
           date_start=date(2024, 5, 1), date_end=date(2024, 5, 31), date_precision="month",
           story_id="s2", country_code="SEN"),
        # English
        ev(3, lang="en", event_type="SANCTION", sentence="The bloc froze the assets last week.",
           date_start=date(2024, 5, 13), date_end=date(2024, 5, 19), date_precision="week",
           story_id="s2", country_code="BEL"),
    ]  # fmt: skip
    store.write_outputs(
        out, events=events, articles=[row("a1", 3)], rejects=[], links=[], timeline=[]
    )
    return report_html.write_report(out).html


def test_screenshot_is_drawn(tmp_path, page):
    shot = tmp_path / "shot.png"
    res = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,700", page.as_uri())
    assert shot.exists(), res.stderr[-2000:]
    import matplotlib.image as mpimg

    img = mpimg.imread(shot)
    assert img.shape[0] == 700 and img.shape[1] == 1200
    # not a blank page: several distinct colours (type colours of the spans, text)
    flat = (img[..., :3] * 255).astype(int).reshape(-1, 3)
    assert len({tuple(p) for p in flat[::97]}) > 20
    # the map's country outlines are drawn: land-coloured pixels (#dfe3d6) in the side panel
    panel = (img[:, -340:, :3] * 255).round().astype(int)
    land = (abs(panel - (0xDF, 0xE3, 0xD6)).max(axis=2) <= 2).sum()
    assert land > 5_000, land


def test_rows_render_and_deep_link_opens_the_detail(tmp_path, page):
    res = _chromium(tmp_path, "--dump-dom", page.as_uri() + "#event=e002")
    dom = res.stdout
    assert "3 / 3 events" in dom, res.stderr[-2000:]
    assert dom.count('class="row') == 3
    assert dom.count('class="span imprecise"') == 2  # month and week spans
    # the detail panel shows the clicked event's source sentence
    assert "<blockquote>Des milliers de personnes ont défilé en mai.</blockquote>" in dom


def test_merged_events_view_with_counts_and_map(tmp_path, page):
    res = _chromium(tmp_path, "--dump-dom", page.as_uri() + "#cluster=e003")
    dom = res.stdout
    # the default view: one row per merged event (here each mention is its own), a badge
    assert "3 / 3 merged events (3 mentions)" in dom, res.stderr[-2000:]
    assert dom.count('class="badge"') == 3
    assert "<blockquote>The bloc froze the assets last week.</blockquote>" in dom
    assert dom.count("<circle") == 1  # the one located event on the map
    # the country outlines stay in the map after the script's redraw, under the points
    svg = dom[dom.index('<svg id="map"') : dom.index("</svg>")]
    assert '<path id="land" class="land" transform="scale(.1)" d="M' in svg
    assert svg.index('id="land"') < svg.index("<circle")
    assert "outlines: Natural Earth 110m" in dom
    for control in ('id="z-in"', 'id="z-out"', 'id="z-reset"', 'value="mentions"'):
        assert control in dom
