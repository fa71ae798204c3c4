"""GraphML writing of the event graph (``graph.graphml``, for Gephi and yEd).

``eventline.link`` builds the networkx graph; this module only writes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

import networkx as nx

from eventline.io.atomic import atomic_path

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


def _is_scalar(v: object) -> bool:
    return isinstance(v, bool | int | float | str)


def _is_clean(graph: nx.MultiDiGraph) -> bool:
    """Whether every node id and edge key is text and every attribute a scalar (the graph
    ``eventline.link`` builds): GraphML can then be written from it without a copy."""
    return all(
        isinstance(n, str) and all(_is_scalar(v) for v in attrs.values())
        for n, attrs in graph.nodes(data=True)
    ) and all(
        isinstance(k, str) and all(_is_scalar(v) for v in attrs.values())
        for _, _, k, attrs in graph.edges(keys=True, data=True)
    )


def export_graph(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write GraphML for Gephi/yEd (scalar attributes only, no None), atomically.

    A graph that is already clean (:func:`_is_clean`) is written as it is; another is
    first copied with its attributes made scalar (the copy holds a second graph in
    memory: hundreds of MB at 100k events)."""
    clean = graph
    if not _is_clean(graph):
        clean = nx.MultiDiGraph()
        for n, attrs in graph.nodes(data=True):
            clean.add_node(str(n), **scalar_attrs(attrs))
        for u, v, k, attrs in graph.edges(keys=True, data=True):
            clean.add_edge(str(u), str(v), key=str(k), **scalar_attrs(attrs))
    with atomic_path(Path(path)) as tmp:
        nx.write_graphml(clean, tmp)
