"""Deployment construction, local RSS/Atom feeds and the HTML/PNG report (fast, no model)."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest

from eventline.ingest import IngestOptions, iter_items
from eventline.io import parquet as store
from eventline.io import report as report_html
from eventline.model import Article, Reject
from tests.test_store import ev, row

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fil régional</title><language>fr</language>
<item><title>Affrontements dans le nord</title><link>https://example.org/a1</link>
<guid>urn:item:1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Des combattants ont attaqué lundi un poste militaire,
tuant quatre soldats.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;
&lt;p&gt;L'armée a lancé une opération de ratissage.&lt;/p&gt;</description>
</item>
<item><title>Court</title><guid>urn:item:2</guid><description>Trop bref.</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Clashes at the border</title><id>tag:wire,2024:1</id>
<link href="https://example.org/b1"/><updated>2024-06-12T08:00:00Z</updated>
<content type="html">&lt;p&gt;Soldiers exchanged fire with smugglers near the border crossing on
Tuesday, leaving two people dead.&lt;/p&gt;</content></entry>
</feed>
"""


# --------------------------------------------------------------------------- deployment


@pytest.mark.slow  # imports Prefect and builds a deployment
@pytest.mark.parametrize(
    ("cron", "interval", "kind"),
    [("*/5 * * * *", None, "cron"), (None, 120, "interval"), (None, None, "interval")],
)
def test_build_deployment_schedule_and_parameters(tmp_path, cron, interval, kind):
    from flows.deploy import DEFAULT_INTERVAL, build_deployment

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    dep = build_deployment(inbox, tmp_path / "out", cron=cron, interval=interval, workers=0)
    assert dep.name == "eventline-inbox"
    assert dep.parameters["paths"] == [str(inbox.resolve())]
    assert dep.parameters["out"] == str((tmp_path / "out").resolve())
    (sched,) = dep.schedules
    if kind == "cron":
        assert sched.schedule.cron == cron
    else:
        want = interval or DEFAULT_INTERVAL
        assert sched.schedule.interval == timedelta(seconds=want)
    assert dep.concurrency_limit == 1


@pytest.mark.slow
def test_build_deployment_rejects_two_schedules(tmp_path):
    from flows.deploy import build_deployment

    with pytest.raises(ValueError):
        build_deployment(tmp_path, tmp_path / "o", cron="* * * * *", interval=60)


def test_serve_cli_parses(tmp_path):
    from eventline.cli import build_parser

    args = build_parser().parse_args(
        ["serve", "--inbox", str(tmp_path), "--out", "o", "--cron", "0 * * * *", "--workers", "2"]
    )
    assert (args.command, args.cron, args.interval, args.workers) == (
        "serve",
        "0 * * * *",
        None,
        2,
    )
    run = build_parser().parse_args(["run", "x", "--out", "o", "--workers", "2"])
    assert run.workers == 2


# --------------------------------------------------------------------------- feeds


def test_rss_and_atom_entries_become_articles(tmp_path):
    (tmp_path / "fil.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "wire.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "notes.xml").write_text("ceci n'est pas un flux", encoding="utf-8")
    (tmp_path / "cut.xml").write_text("<rss><channel><item>", encoding="utf-8")
    items = list(iter_items([tmp_path], IngestOptions()))
    arts = {a.title: a for a in items if isinstance(a, Article)}
    rejects = {(r.source.rsplit("/", 1)[-1], r.reason) for r in items if isinstance(r, Reject)}
    # French
    fr = arts["Affrontements dans le nord"]
    assert fr.published == date(2024, 3, 5) and fr.lang == "fr"
    assert fr.url == "https://example.org/a1" and fr.doc_id == "urn:item:1"
    assert "tuant quatre soldats" in fr.text and "alert" not in fr.text
    assert "\n\n" in fr.text  # paragraphs kept
    # English
    en = arts["Clashes at the border"]
    assert en.published == date(2024, 6, 12) and en.lang == "en"
    assert ("fil.rss#entry2", "too_short") in rejects
    assert ("notes.xml", "feed") in rejects
    assert ("cut.xml#entry1", "empty") in rejects  # a truncated feed: its entry has no text


# --------------------------------------------------------------------------- report


def _dataset(tmp_path):
    events = [
        ev(1, date_start=date(2024, 5, 1), date_end=date(2024, 5, 1), story_id="s1"),
        ev(2, event_type="PROTEST", actor_canonical="Manifestants", country_code="MLI",
           date_start=date(2024, 5, 1), date_end=date(2024, 5, 31), date_precision="month"),
        ev(3, date_start=None, date_end=None, date_precision="unknown",
           sentence="Une phrase avec </script><b>balise</b>."),
    ]  # fmt: skip
    store.write_outputs(
        tmp_path, events=events, articles=[row("a1", 3)], rejects=[], links=[], timeline=[]
    )
    return report_html.write_report(tmp_path)


def test_report_is_self_contained_and_escaped(tmp_path):
    files = _dataset(tmp_path)
    html = files.html.read_text(encoding="utf-8")
    assert files.n_events == 3
    assert not re.search(r"(src|href)=[\"']?https?:", html)  # no CDN, no remote asset
    assert "<link " not in html
    assert "</script><b>" not in html  # sentence cannot break out of the data block
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', html, re.S).group(1))
    data = report_html.unpack(data)
    m, s = data["m"], data["s"]  # mention columns: days since 1970, indices into strings
    assert [None if a is None else str(date.fromordinal(719163 + a)) for a in m["sd"]] == [
        "2024-05-01", "2024-05-01", None]  # fmt: skip
    i = m["t"].index(s.index("PROTEST"))
    assert (m["b"][i], s[m["p"][i]], s[m["co"][i]]) == (30, "month", "MLI")
    for fid in ("f-story", "f-actor", "f-type", "f-country"):
        assert f'id="{fid}"' in html
    assert files.png is not None and files.png.read_bytes()[:4] == b"\x89PNG"


def test_records_sorted_with_undated_last():
    import pyarrow as pa

    t = store.event_rows([ev(1, date_start=None), ev(2, date_start=date(2024, 1, 2))])
    recs = report_html.timeline_records(t, pa.table({"article_id": ["a1"], "title": ["T"],
                                                     "url": [None], "source": ["x"]}))  # fmt: skip
    assert [r["id"] for r in recs] == ["e002", "e001"] and recs[0]["article"] == "T"


def test_png_skipped_without_day_precise_events(tmp_path):
    recs = [{"precision": "month", "start": "2024-01-01", "type": "AID"}]
    assert report_html.plot_events_per_day(recs, tmp_path / "x.png") is None
