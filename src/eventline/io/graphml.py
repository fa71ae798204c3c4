"""GraphML writing of the event graph (``graph.graphml``, for Gephi and yEd).

:func:`write_event_graph` streams the file from the mentions and the links, element by
element, with no graph in memory; :func:`export_graph` writes a networkx graph.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from eventline.io.atomic import atomic_path
from eventline.model import Link

Scalar = str | int | float | bool


def graphml_value(v: object) -> Scalar | None:
    """A GraphML-storable form of an attribute value: scalars as they are, dates in ISO
    form, sequences joined with ``|``, anything else as text; ``None`` stays ``None``."""
    if v is None:
        return None
    if isinstance(v, bool | int | float | str):
        return v
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, list | tuple | set):
        return "|".join(str(x) for x in v)
    return str(v)


def scalar_attrs(attrs: Mapping[str, object]) -> dict[str, Scalar]:
    """The attributes as GraphML scalars, ``None`` values left out."""
    out = {k: graphml_value(v) for k, v in attrs.items()}
    return {k: v for k, v in out.items() if v is not None}


def export_graph(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write any networkx graph as GraphML (scalar attributes only, no None), atomically.

    It copies the graph with its attributes made scalar; ``graph.graphml`` of a run is
    written by :func:`write_event_graph`, with no graph in memory."""
    clean = nx.MultiDiGraph()
    for n, attrs in graph.nodes(data=True):
        clean.add_node(str(n), **scalar_attrs(attrs))
    for u, v, k, attrs in graph.edges(keys=True, data=True):
        clean.add_edge(str(u), str(v), key=str(k), **scalar_attrs(attrs))
    with atomic_path(Path(path)) as tmp:
        nx.write_graphml(clean, tmp)


NodeRow = tuple[str, Mapping[str, object]]
EdgeRow = tuple[str, str, str, dict[str, object]]

# networkx's GraphML type names of Python types (``attr.type``); other types are refused
_XML_TYPE = {str: "string", int: "long", float: "double", bool: "boolean"}
_NS = {
    "xmlns": "http://graphml.graphdrawing.org/xmlns",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
}

# a key element's attributes, in networkx's order (parsed: the GraphML attribute names are
# not words of any language)
_KEY = '<key id="" for=""\n attr.name="" attr.type=""/>'


def _xml_type(v: object) -> str:
    try:
        return _XML_TYPE[type(v)]
    except KeyError as err:
        raise TypeError(f"GraphML does not support type {type(v)} as data values.") from err


def _edge_order(links: Sequence[Link], position: Mapping[str, int]) -> list[int]:
    """Indices of the links by their source's node position (stable: link order within)."""
    return sorted(range(len(links)), key=lambda i: position[links[i].source_event_id])


def _edge_groups(links: Sequence[Link], order: list[int]) -> Iterator[list[int]]:
    """The links in a ``MultiDiGraph``'s edge order (source node, then target and key in
    first-insertion order), one group per (source, target, relation): the later links of
    a group update the first one's attributes."""
    for _, run in itertools.groupby(order, key=lambda i: links[i].source_event_id):
        by_target: dict[str, dict[str, list[int]]] = {}
        for i in run:
            lk = links[i]
            by_target.setdefault(lk.target_event_id, {}).setdefault(lk.relation, []).append(i)
        for keyed in by_target.values():
            yield from keyed.values()


def _edges(links: Sequence[Link], order: list[int]) -> Iterator[EdgeRow]:
    for group in _edge_groups(links, order):
        attrs: dict[str, object] = {}
        for i in group:
            lk = links[i]
            attrs.update(relation=lk.relation, evidence=lk.evidence, score=lk.score)
        lk = links[group[0]]
        yield lk.source_event_id, lk.target_event_id, lk.relation, attrs


def _add_keys(
    keys: dict[tuple[str, str, str], str], attrs: Mapping[str, object], scope: str
) -> None:
    """Key ids (``d0``, ``d1``…) by (name, type, scope), in first-use order."""
    for k, v in attrs.items():
        keys.setdefault((str(k), _xml_type(v), scope), f"d{len(keys)}")


def _element(
    etree: Any, tag: str, ident: dict[str, str], attrs: Mapping[str, object], scope: str, keys: Any
) -> Any:
    el = etree.Element(tag, ident)
    for k, v in attrs.items():
        data = etree.SubElement(el, "data", key=keys[(str(k), _xml_type(v), scope)])
        data.text = str(v)
    return el


def write_event_graph(
    nodes: Callable[[], Iterable[NodeRow]], links: Sequence[Link], path: Path
) -> None:
    """Write GraphML atomically from the mentions (``nodes()``: id and scalar attributes,
    ids unique; called twice) and the links (edges keyed by relation), streaming: the bytes
    networkx's ``write_graphml`` gives for the ``MultiDiGraph`` of these nodes and edges,
    without that graph in memory. Link ends that are not nodes become bare nodes."""
    from lxml import etree

    keys: dict[tuple[str, str, str], str] = {}  # nodes' keys first, then edges'
    position: dict[str, int] = {}
    for n, attrs in nodes():
        position.setdefault(str(n), len(position))
        _add_keys(keys, attrs, "node")
    extra: list[str] = []
    for lk in links:
        for n in (lk.source_event_id, lk.target_event_id):
            if n not in position:
                position[n] = len(position)
                extra.append(n)
    order = _edge_order(links, position)
    del position
    for *_, attrs in _edges(links, order):
        _add_keys(keys, attrs, "edge")
    with atomic_path(Path(path)) as tmp, etree.xmlfile(str(tmp), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("graphml", _NS):
            for (name, typ, scope), kid in reversed(keys.items()):
                key = etree.fromstring(_KEY)
                for attr, value in zip(key.keys(), (kid, scope, name, typ), strict=True):
                    key.set(attr, value)
                xf.write(key, pretty_print=True)
            with xf.element("graph", edgedefault="directed"):
                for n, attrs in itertools.chain(nodes(), ((n, {}) for n in extra)):
                    el = _element(etree, "node", {"id": str(n)}, attrs, "node", keys)
                    xf.write(el, pretty_print=True)
                for u, v, k, attrs in _edges(links, order):
                    ident = {"source": u, "target": v, "id": k}
                    xf.write(_element(etree, "edge", ident, attrs, "edge", keys), pretty_print=True)
