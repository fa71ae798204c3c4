"""The layout holds: the core never imports Prefect, the flows, the scorers or the CLI,
and no two modules of the package import each other in a circle (model-free, AST only)."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "eventline"
# the edges of the package: they may use everything
EDGES = ("eventline.cli", "eventline.__main__", "eventline.eval")
FORBIDDEN_IN_CORE = ("prefect", "prefect_dask", "flows", "eventline.eval", "eventline.cli")


def _name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """Modules imported by ``path`` (``from a import b`` gives ``a.b`` when it is a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                out.add(sub if sub in MODULES else node.module)
    return out


def _is_core(module: str) -> bool:
    return not any(module == e or module.startswith(e + ".") for e in EDGES)


def test_core_never_imports_prefect_flows_eval_or_cli():
    bad = []
    for module, path in MODULES.items():
        if not _is_core(module):
            continue
        for imported in _imports(path, top_level_only=False):
            if any(imported == f or imported.startswith(f + ".") for f in FORBIDDEN_IN_CORE):
                bad.append(f"{module} imports {imported}")
    assert not bad, bad


def test_no_import_cycles():
    graph = nx.DiGraph()
    for module, path in MODULES.items():
        graph.add_node(module)
        for imported in _imports(path, top_level_only=True):
            if imported in MODULES and imported != module:
                graph.add_edge(module, imported)
    cycles = list(nx.simple_cycles(graph))
    assert not cycles, cycles


def test_language_words_live_in_lang_only_languages_add_folders():
    from eventline import lang

    folders = {p.name for p in (PACKAGE / "lang").iterdir() if (p / "__init__.py").is_file()}
    assert set(lang.SUPPORTED) == folders
