"""The house rules of ``extract/``: no import circles, and no room imports a
room above it.

Rooms, lowest first (a module may import its own room and any room below)::

    models, rules  →  read  →  find  →  resolve  →  pipeline  →  store  →  ask, evaluate  →  face

The package door (``extract/__init__.py``, ``__main__.py``) and the
deprecated old-path shims (``extract/queries.py``, ``extract/compare.py``)
sit outside the rooms: nothing inside imports them.  The import graph comes
from ``grimp`` (every import statement, also those inside functions); where
grimp is not installed, from the standard library's ``ast``.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "extract"
ROOT = Path(__file__).resolve().parents[1]

# rank of each room; modules of the same rank may import each other (without circles)
LAYERS = {
    "extract.models": 0, "extract.rules": 0,
    "extract.read": 1,
    "extract.find": 2,
    "extract.resolve": 3,
    "extract.pipeline": 4,
    "extract.store": 5,
    "extract.ask": 6, "extract.evaluate": 6,
    "extract.face": 7,
}
# outside the rooms: the door and the old-path shims (tiny re-exports)
OUTSIDE = {"extract", "extract.__main__", "extract.queries", "extract.compare"}


def rank(module: str) -> int | None:
    parts = module.split(".")
    for i in range(len(parts), 0, -1):
        r = LAYERS.get(".".join(parts[:i]))
        if r is not None:
            return r
    return None


def import_graph(package: str = PACKAGE) -> dict:
    """{module: set of modules of the package it imports}."""
    try:
        import grimp
    except ImportError:
        return _ast_graph(package)
    g = grimp.build_graph(package)
    return {m: set(g.find_modules_directly_imported_by(m)) for m in g.modules}


def _ast_graph(package: str) -> dict:
    base = ROOT / package
    mods = {}
    for p in base.rglob("*.py"):
        parts = list(p.relative_to(ROOT).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        mods[".".join(parts)] = (p, is_pkg)
    graph = {m: set() for m in mods}
    for m, (p, is_pkg) in mods.items():
        here = m.split(".") if is_pkg else m.split(".")[:-1]
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    anchor = here[:len(here) - node.level + 1]
                    mod = ".".join(anchor + ([node.module] if node.module else []))
                else:
                    mod = node.module or ""
                # ``from pkg import mod`` imports pkg.mod; ``from mod import name`` imports mod
                targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in mods else mod for a in node.names]
            for t in targets:
                while t and t not in mods:
                    t = t.rpartition(".")[0]
                if t and t != m:
                    graph[m].add(t)
    return graph


def cycles(graph: dict) -> list:
    """Every strongly connected group of more than one module."""
    import networkx as nx

    G = nx.DiGraph()
    for m, deps in graph.items():
        G.add_node(m)
        G.add_edges_from((m, d) for d in deps)
    return [sorted(c) for c in nx.strongly_connected_components(G) if len(c) > 1]


def upward(graph: dict) -> list:
    """(importer, imported) pairs where a room imports a higher room."""
    bad = []
    for m, deps in sorted(graph.items()):
        if m in OUTSIDE:
            continue
        rm = rank(m)
        for d in sorted(deps):
            if d in OUTSIDE:
                bad.append((m, d))          # nothing inside goes through the door or a shim
                continue
            rd = rank(d)
            if rm is not None and rd is not None and rd > rm:
                bad.append((m, d))
    return bad


@pytest.fixture(scope="module")
def graph():
    return import_graph()


def test_every_module_is_in_a_room(graph):
    assert [m for m in graph if m not in OUTSIDE and rank(m) is None] == []


def test_no_import_circles(graph):
    assert cycles(graph) == []


def test_no_room_imports_a_higher_room(graph):
    assert upward(graph) == []


def test_the_checks_can_fail():
    planted = {"extract.find.units": {"extract.store.database"},   # extraction knows no database
               "extract.store.database": {"extract.find.units"},
               "extract.read.ingest": {"extract.models"}}
    assert upward(planted) == [("extract.find.units", "extract.store.database")]
    assert cycles(planted) == [["extract.find.units", "extract.store.database"]]
    assert upward({"extract.ask.graph": {"extract.queries"}}) == [("extract.ask.graph", "extract.queries")]


def test_ast_fallback_sees_the_same_imports(graph):
    assert _ast_graph(PACKAGE) == graph
