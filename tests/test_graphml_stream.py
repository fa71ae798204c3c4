"""``write_event_graph`` streams ``graph.graphml`` from the mentions and links: the same
bytes networkx's writer gives for the graph of the same nodes and edges."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from eventline.io.graphml import write_event_graph
from eventline.link import graph_nodes, link_events
from eventline.link.core import _graph
from eventline.model import Event, Link
from tests.test_link_core import make

Row = tuple[str, Mapping[str, object]]


def _networkx_bytes(nodes: list[Row], links: list[Link], path: Path) -> bytes:
    g = nx.MultiDiGraph()
    for n, attrs in nodes:
        g.add_node(n, **attrs)
    for lk in links:
        g.add_edge(
            lk.source_event_id, lk.target_event_id, key=lk.relation,
            relation=lk.relation, evidence=lk.evidence, score=lk.score,
        )  # fmt: skip
    nx.write_graphml(g, path)
    return path.read_bytes()


def _both(nodes: list[Row], links: list[Link], tmp_path: Path) -> tuple[bytes, bytes]:
    out = tmp_path / "sub" / "stream.graphml"
    write_event_graph(lambda: iter(nodes), links, out)
    return out.read_bytes(), _networkx_bytes(nodes, links, tmp_path / "nx.graphml")


NODES: list[Row] = [
    ("é1", {"sentence": "Il a dit « stop » & <fin> \"x\" 'y'\n\tz\r", "lang": "fr", "n": 3}),
    ("a&b<c>\"d'", {"lang": "en", "real": True, "lat": 12.5, "n": 0, "flag": False}),
    ("z", {}),
    ("m", {"n": 2.0, "lat": -0.0, "text": "数字 ☃ 😀", "big": 10**20, "small": 1e-7}),
    ("b", {"n": True, "lang": "ar", "text": "مرحبا"}),
]
LINKS = [
    Link("m", "é1", "same_event", "summary: « même » & <b>", 0.9),
    Link("é1", "m", "cause", 'he said "because"', 1),
    Link("é1", "z", "same_event", "", 0.25),
    Link("é1", "m", "same_event", "x", 0.5),
    Link("é1", "m", "cause", "again: updates the first", 0.75),  # same key twice
    Link("z", "ghost", "follows", "end not a node", 0.1),
    Link("ghost", "é1", "follows", "", float("inf")),
    Link("b", "b", "self", "loop", 0.0),
]


def test_stream_matches_networkx_on_varied_rows(tmp_path: Path) -> None:
    stream, expected = _both(NODES, LINKS, tmp_path)
    assert stream == expected
    back = nx.read_graphml(tmp_path / "sub" / "stream.graphml")
    assert back.nodes["é1"]["sentence"].startswith("Il a dit « stop » &")
    assert set(back.nodes) == {"é1", "a&b<c>\"d'", "z", "m", "b", "ghost"}


@pytest.mark.parametrize(
    "nodes, links",
    [([], []), (NODES[:1], []), ([], LINKS[:2]), (NODES[::-1], LINKS[::-1])],
)
def test_stream_matches_networkx_on_edge_cases(
    nodes: list[Row], links: list[Link], tmp_path: Path
) -> None:
    stream, expected = _both(nodes, links, tmp_path)
    assert stream == expected


def test_stream_refuses_types_networkx_refuses(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_event_graph(lambda: iter([("a", {"d": date(2024, 1, 1)})]), [], tmp_path / "g")
    assert not (tmp_path / "g").exists()


def _events() -> list[Event]:
    d, p = date(2024, 3, 3), date(2024, 3, 4)
    return [
        make("a1", "art1", p, d, "Gao", fatalities=6, injured=None),
        make("a2", "art2", p, d, "Gao", lang="fr",
             sentence="Des rebelles ont attaqué Gao « hier ».",
             trigger="attaqué", latitude=16.27, longitude=-0.04),
        make("a3", "art3", date(2024, 3, 9), date(2024, 3, 8), "Mopti", event_type="PROTEST",
             sentence='Crowds said "no" & marched.', trigger="marched", fatalities=0),
        make("a4", "art4", p, None, "Tombouctou", actor_canonical=None),
        make("a5", "art1", p, d, "Gao", sentence_index=1, sentence="Rebels attacked Gao again."),
    ]  # fmt: skip


def test_stream_matches_the_linked_graph(tmp_path: Path) -> None:
    evs = _events()
    res = link_events([*evs, replace(evs[0])])  # a duplicate mention is one node
    assert res.links and len(res.events) == len(evs)
    out = tmp_path / "graph.graphml"
    write_event_graph(lambda: graph_nodes(res.events), res.links, out)
    nx.write_graphml(_graph(res.events, res.links), tmp_path / "nx.graphml")
    assert out.read_bytes() == (tmp_path / "nx.graphml").read_bytes()
    back = nx.read_graphml(out, force_multigraph=True)
    assert set(back.nodes) == {e.event_id for e in evs}
    assert back.number_of_edges() == len(res.links)
