"""The HTML timeline's data (model-free): merged events and mentions, compact columns, a
bounded page at 100k events."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pyarrow as pa

from eventline.io import parquet as store
from eventline.io import report
from eventline.io.atomic import write_text
from tests.test_store import ev, row

TYPES = ["ASSAULT", "PROTEST", "SANCTION", "COERCE", "AID"]


def _page_data(html: str) -> dict:
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', html, re.S).group(1))
    return report.unpack(data)


def _synthetic(n_events: int, per_cluster: int) -> tuple[pa.Table, pa.Table]:
    """``n_events`` mentions in clusters of ``per_cluster``, as the stored tables."""
    d0 = date(2024, 1, 1)
    n_cl = n_events // per_cluster
    cl = [i // per_cluster for i in range(n_events)]
    start = [d0 + timedelta(days=(c * 7) % 700) for c in cl]
    events = {
        "event_id": [f"{i:016x}" for i in range(n_events)],
        "article_id": [f"a{i // 5:07d}" for i in range(n_events)],
        "source": [f"feeds/site{i % 40}.xml#{i // 5}" for i in range(n_events)],
        "sentence": [
            f"Sentence {i} about the clashes near town {i % 300}." for i in range(n_events)
        ],
        "trigger": ["attacked"] * n_events,
        "event_type": [TYPES[c % 5] for c in cl],
        "actor_canonical": [f"actor {c % 900}" for c in cl],
        "location_canonical": [f"town {c % 300}" for c in cl],
        "country_code": [("MLI", "NER", "BFA", "SEN")[c % 4] for c in cl],
        "latitude": [12.0 + (c % 300) / 37 for c in cl],
        "longitude": [-8.0 + (c % 300) / 23 for c in cl],
        "date_start": start,
        "date_end": start,
        "date_precision": ["day"] * n_events,
        "story_id": [f"S{c % 2000:012x}" for c in cl],
        "cluster_id": [f"C{c:012x}" for c in cl],
    }
    ev_table = pa.table(
        {f.name: events.get(f.name, [None] * n_events) for f in store.EVENTS_SCHEMA},
        schema=store.EVENTS_SCHEMA,
    )
    cols = {
        "cluster_id": [f"C{c:012x}" for c in range(n_cl)],
        "story_id": [f"S{c % 2000:012x}" for c in range(n_cl)],
        "event_type": [TYPES[c % 5] for c in range(n_cl)],
        "date_start": [d0 + timedelta(days=(c * 7) % 700) for c in range(n_cl)],
        "date_precision": ["day"] * n_cl,
        "actor": [f"actor {c % 900}" for c in range(n_cl)],
        "location": [f"town {c % 300}" for c in range(n_cl)],
        "country_code": [("MLI", "NER", "BFA", "SEN")[c % 4] for c in range(n_cl)],
        "latitude": [12.0 + (c % 300) / 37 for c in range(n_cl)],
        "longitude": [-8.0 + (c % 300) / 23 for c in range(n_cl)],
        "sources": [[f"feeds/site{c % 40}.xml"] * per_cluster for c in range(n_cl)],
        "event_ids": [
            [f"{i:016x}" for i in range(c * per_cluster, (c + 1) * per_cluster)]
            for c in range(n_cl)
        ],
        "n_mentions": [per_cluster] * n_cl,
        "n_articles": [1 + c % 3 for c in range(n_cl)],
        "summary": [f"Sentence {c * per_cluster} about the clashes." for c in range(n_cl)],
    }
    tl = pa.table(
        {f.name: cols.get(f.name, [None] * n_cl) for f in store.TIMELINE_SCHEMA},
        schema=store.TIMELINE_SCHEMA,
    )
    return ev_table, tl


def test_page_at_100k_events_stays_small_and_keeps_every_cluster_count(tmp_path):
    events, timeline = _synthetic(100_000, 2)
    records = report.timeline_records(events)
    clusters = report.cluster_records(timeline, records)
    path = tmp_path / report.HTML_NAME
    write_text(report.render_html(records, clusters=clusters), path)
    assert path.stat().st_size <= 5_000_000
    data = _page_data(path.read_text(encoding="utf-8"))
    c = data["c"]
    # every merged event is a row, with its mention count; the mentions sum to the total
    assert len(c["id"]) == 50_000 and set(c["id"]) == set(timeline.column("cluster_id").to_pylist())
    assert c["n"] == [2] * 50_000 and sum(c["n"]) == data["nm"] == 100_000
    # too many mentions to list: counts per day and type, summing to every mention
    assert data["m"] is None and sum(data["agg"]["n"]) == 100_000
    assert {data["s"][t] for t in data["agg"]["t"]} == set(TYPES)
    # texts are bounded: the first summaries only
    assert sum(1 for i in c["su"] if i) == report.MAX_TEXTS


def test_small_page_embeds_mentions_linked_to_their_merged_event():
    events, timeline = _synthetic(12, 3)
    records = report.timeline_records(events)
    clusters = report.cluster_records(timeline, records)
    data = report.unpack(report.page_data(records, clusters))
    m, c, s = data["m"], data["c"], data["s"]
    assert data["agg"] is None and len(m["id"]) == 12 and len(c["id"]) == 4
    for i, eid in enumerate(m["id"]):
        k = m["cl"][i]
        assert timeline.column("event_ids")[timeline.column("cluster_id").to_pylist().index(
            c["id"][k])].as_py().count(eid) == 1  # fmt: skip
        assert s[m["sx"][i]].startswith(f"Sentence {int(eid, 16)} ")
    assert c["n"] == [3] * 4 and c["ns"] == [1] * 4
    # strings deduplicated: one entry per distinct value
    assert len(s) == len(set(s)) and s[0] == ""
    assert s.count("MLI") == 1


def test_without_a_timeline_each_cluster_groups_its_mentions(tmp_path):
    out = tmp_path / "out"
    events = [
        ev(1, cluster_id="C1", latitude=14.7, longitude=-17.44, country_code="SEN"),
        ev(2, cluster_id="C1", source="y.txt"),
        ev(3, event_type="PROTEST", date_start=None, date_end=None, date_precision="unknown"),
    ]
    store.write_outputs(
        out, events=events, articles=[row("a1", 3)], rejects=[], links=[], timeline=[]
    )
    html = report.write_report(out).html.read_text(encoding="utf-8")
    data = _page_data(html)
    c, s = data["c"], data["s"]
    assert c["id"] == ["C1", "e003"] and c["n"] == [2, 1] and c["ns"] == [2, 1]
    assert c["sd"][1] is None  # undated last
    assert (c["y"][0], c["x"][0]) == (14.7, -17.4)
    assert data["m"]["cl"] == [0, 0, 1]
    for needed in ('name="view" value="clusters"', 'name="view" value="mentions"',
                   'id="z-in"', 'id="z-out"', 'id="z-reset"', 'id="map"'):  # fmt: skip
        assert needed in html
    assert s[data["m"]["sx"][2]] == "Phrase 3."
