"""Writers made cheaper for issue 12 (column-wise Parquet rows, GraphML without a copy,
the events-per-day plot on a bare Agg canvas): same outputs as before."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa

from eventline.io import parquet, report
from eventline.io.graphml import export_graph, scalar_attrs


@dataclass
class _Row:
    event_id: str
    published: date | None
    extras: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)


def test_to_table_reads_fields_and_keys_like_rows() -> None:
    schema = pa.schema(
        [("event_id", pa.string()), ("published", pa.date32()), ("extras", pa.string()),
         ("tags", pa.list_(pa.string())), ("absent", pa.int64())]
    )  # fmt: skip
    rows: list[Any] = [
        _Row("e1", date(2024, 3, 1), {"b": 1, "a": "é"}, ["x", "y"]),
        {"event_id": "e2", "published": None, "extras": '{"k": 2}', "tags": []},
    ]
    table = parquet.to_table(rows, schema)
    assert table.schema == schema
    assert table.to_pylist() == [
        {"event_id": "e1", "published": date(2024, 3, 1),
         "extras": json.dumps({"a": "é", "b": 1}, ensure_ascii=False), "tags": ["x", "y"],
         "absent": None},
        {"event_id": "e2", "published": None, "extras": '{"k": 2}', "tags": [], "absent": None},
    ]  # fmt: skip
    assert parquet.to_table([], schema).num_rows == 0


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("a", event_type="ASSAULT", fatalities=3, latitude=1.5, real=True)
    g.add_node("b", event_type="PROTEST")
    g.add_edge("a", "b", key="same_event", relation="same_event", evidence="x", score=0.5)
    return g


def test_export_graph_clean_graph_written_as_a_copy_would_be(tmp_path: Path) -> None:
    g = _graph()
    export_graph(g, tmp_path / "direct.graphml")
    copy = nx.MultiDiGraph()
    for n, attrs in g.nodes(data=True):
        copy.add_node(n, **attrs)
    for u, v, k, attrs in g.edges(keys=True, data=True):
        copy.add_edge(u, v, key=k, **attrs)
    nx.write_graphml(copy, tmp_path / "copy.graphml")
    assert (tmp_path / "direct.graphml").read_bytes() == (tmp_path / "copy.graphml").read_bytes()


def test_export_graph_cleans_other_graphs(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node(1, day=date(2024, 1, 2), none=None, names=["x", "y"])
    g.add_node(2)
    g.add_edge(1, 2, key=7, score=1.0, when=date(2024, 1, 3))
    export_graph(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["1"] == scalar_attrs(g.nodes[1]) == {"day": "2024-01-02", "names": "x|y"}
    ((_, _, data),) = back.edges(data=True)
    assert data["when"] == "2024-01-03" and data["score"] == 1.0
    assert g.nodes[1]["day"] == date(2024, 1, 2)  # the given graph is left as it is


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_plot_events_per_day_draws_stacked_days(tmp_path: Path) -> None:
    recs = [
        {"precision": "day", "start": "2024-03-01", "type": "ASSAULT"},
        {"precision": "day", "start": "2024-03-01", "type": "PROTEST"},
        {"precision": "day", "start": "2024-03-04", "type": None},
        {"precision": "month", "start": "2024-03-01", "type": "ASSAULT"},
    ]
    out = report.plot_events_per_day(recs, tmp_path / "sub" / "p.png")
    assert out == tmp_path / "sub" / "p.png"
    assert _png_size(out) == (1000, 400)
    assert report.plot_events_per_day(recs[3:], tmp_path / "none.png") is None
    assert not (tmp_path / "none.png").exists()
