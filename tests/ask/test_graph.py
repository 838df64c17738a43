"""The responsibility graph: node ids and attributes, containment, provenance,
the unit–unit projection, and the exports (GraphML round trip, GEXF, JSON)."""
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from extract.ask import graph as g
from extract.store import database as store
from test_queries import CY, JJ, SC, WG, corpus_db, make_db  # noqa: F401 (corpus_db is a fixture)

# (unit a, unit b, region of both) → tasks they share, in the hand-built plans
WW, JJR, CYR = "河南省舞钢市", "重庆市江津区", "辽宁省朝阳市"
WEIGHTS = [
    (("市市场监管局", WW), ("市财政局", WW), 2),
    (("市市场监管局", WW), ("市工业信息化局", WW), 1),
    (("市财政局", WW), ("市工业信息化局", WW), 1),
    (("江津区市场监管局", JJR), ("区科技局", JJR), 1),
    (("江津区市场监管局", JJR), ("区经济信息委", JJR), 1),
    (("区科技局", JJR), ("区经济信息委", JJR), 0),
    (("市市场监管局", CYR), ("市科技局", CYR), 1),
    (("市市场监管局", WW), ("市市场监管局", CYR), 0),     # same name, other region: other unit
    (("市市场监管局", WW), ("区财政局", JJR), 0),
]
CONTAINMENT = [  # task → the chain of part_of edges up to the document
    (JJ, "三/(二)/1", ["sec:{d}:三/(二)", "sec:{d}:三", "doc:{d}"]),
    (JJ, "四/(一)", ["sec:{d}:四", "doc:{d}"]),
    (JJ, "五", ["doc:{d}"]),
    (WG, "二/(一)/2", ["sec:{d}:二/(一)", "sec:{d}:二", "doc:{d}"]),
]
EXPORTS = ["graphml", "gexf", "json", "cyjs"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("g") / "hand.db")


@pytest.fixture(scope="module")
def G(db):
    return g.build_graph(db)


def unit_node(G, name, region=None):
    found = [n for n, d in G.nodes(data=True)
             if d["kind"] == "unit" and d["name"] == name and (region is None or d.get("region") == region)]
    assert len(found) == 1, (name, region, found)
    return found[0]


def test_node_kinds_and_ids(G):
    kinds = {}
    for n, d in G.nodes(data=True):
        kinds.setdefault(d["kind"], set()).add(n.split(":", 1)[0])
    assert kinds == {"document": {"doc"}, "section": {"sec"}, "task": {"task"}, "unit": {"unit"}}
    assert f"doc:{JJ}" in G and f"task:{JJ}:三/(二)/1" in G and f"sec:{JJ}:三/(二)" in G
    assert sum(1 for _, k in G.nodes(data="kind") if k == "document") == 4
    assert sum(1 for _, k in G.nodes(data="kind") if k == "task") == 9


def test_unit_attributes(G):
    d = G.nodes[unit_node(G, "市工业信息化局")]
    assert d["dept_type"] == "industry_it" and d["region"] == "河南省舞钢市"
    assert d["label"] == "市工业信息化局" and d["doc"] == WG and d["n_tasks"] == 1
    assert G.nodes[f"doc:{CY}"]["region"] == "辽宁省朝阳市"
    assert G.nodes[f"task:{WG}:二/(一)/1"]["anchor"] == "完善知识产权工作体系"


def test_one_unit_for_two_spellings(G):
    # 区市场监管局 and 江津区市场监管局 are one registry unit with two edges
    u = unit_node(G, "江津区市场监管局")
    assert sorted(t for _, t in G.out_edges(u)) == [f"task:{JJ}:三/(二)/1", f"task:{JJ}:三/(二)/2"]
    assert {d["name"] for *_, d in G.out_edges(u, data=True)} == {"江津区市场监管局", "区市场监管局"}


def test_role_edges_carry_spans(G, db):
    with store.connect(db, create=False) as conn:
        raw = {r[0]: r[1] for r in conn.execute("SELECT id, raw_text FROM documents")}
    n = 0
    for u, t, key, d in G.edges(keys=True, data=True):
        if d["kind"] != "responsibility":
            continue
        n += 1
        assert key == d["role"] == d["label"] and key in ("lead", "responsible", "cooperating")
        assert u.startswith("unit:") and t.startswith("task:")
        assert raw[d["doc"]][d["start"]:d["end"]] == d["written"]
        assert G.nodes[t]["start"] <= d["start"] < d["end"] <= G.nodes[t]["end"]
    assert n == 16
    assert G.has_edge(unit_node(G, "市市场监管局", "河南省舞钢市"), f"task:{WG}:二/(一)/1", key="lead")


@pytest.mark.parametrize("doc, task, chain", CONTAINMENT, ids=[c[1] for c in CONTAINMENT])
def test_containment(G, doc, task, chain):
    node, got = f"task:{doc}:{task}", []
    while not node.startswith("doc:"):
        ups = [(t, k) for _, t, k in G.out_edges(node, keys=True) if k == "part_of"]
        assert len(ups) == 1, (node, ups)
        node = ups[0][0]
        got.append(node)
    assert got == [c.format(d=doc) for c in chain]


def test_no_none_or_lists(G):
    items = [d for _, d in G.nodes(data=True)] + [d for *_, d in G.edges(data=True)] + [G.graph]
    for d in items:
        for k, v in d.items():
            assert isinstance(v, (str, int, float)), (k, v)


def test_doc_subset(db):
    H = g.build_graph(db, doc="舞钢")
    assert {d for _, d in H.nodes(data="doc")} == {WG}
    assert H.graph["docs"] == WG
    assert g.build_graph(db, doc="上海市").number_of_nodes() == 0


@pytest.mark.parametrize("a, b, weight", WEIGHTS, ids=[f"{w[0][0]}-{w[1][0]}" for w in WEIGHTS])
def test_projection_weights(G, a, b, weight):
    P = g.co_responsibility(G)
    ua, ub = unit_node(G, *a), unit_node(G, *b)
    assert (P[ua][ub]["weight"] if P.has_edge(ua, ub) else 0) == weight
    if weight:
        assert len(P[ua][ub]["tasks"].split(";")) == weight


def test_projection_nodes_and_roles(G, db):
    P = g.co_responsibility(db)                      # from the database directly
    assert set(P) == {n for n, k in G.nodes(data="kind") if k == "unit"}
    assert P.nodes[unit_node(G, "区财政局")]["dept_type"] == "finance"   # isolated units stay
    Q = g.co_responsibility(G, roles={"lead", "responsible"})
    ua, ub = unit_node(G, "市市场监管局", "河南省舞钢市"), unit_node(G, "市财政局")
    assert Q[ua][ub]["weight"] == 1                  # the cooperating share is left out


def test_centrality_triangle_and_star():
    P = nx.Graph([("a", "b"), ("b", "c")])
    c = g.centrality(P)
    assert c["b"]["degree"] == 1.0 and c["b"]["betweenness"] == 1.0
    assert c["a"]["betweenness"] == 0.0 and c["a"]["partners"] == 1
    assert g.centrality(nx.Graph()) == {}


def test_graphml_round_trip(G, tmp_path):
    path = tmp_path / "g.graphml"
    assert g.export(G, path) == "graphml"
    H = nx.read_graphml(path, force_multigraph=True)
    assert set(H) == set(G) and H.number_of_edges() == G.number_of_edges()
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    for n in (f"doc:{JJ}", f"task:{WG}:二/(一)/1", unit_node(G, "市工业信息化局")):
        assert H.nodes[n] == G.nodes[n]
    assert nx.read_graphml(path).number_of_nodes() == G.number_of_nodes()   # the plain call loads too


def test_projection_graphml(G, tmp_path):
    P = g.co_responsibility(G)
    g.export(P, tmp_path / "p.graphml")
    H = nx.read_graphml(tmp_path / "p.graphml")
    assert sorted(H.edges(data="weight")) == sorted(P.edges(data="weight"))


@pytest.mark.parametrize("fmt", EXPORTS)
def test_exports_load(G, tmp_path, fmt):
    path = tmp_path / f"g.{fmt}"
    assert g.export(G, path) == fmt
    if fmt == "gexf":
        H = nx.read_gexf(path)
        task = H.nodes[f"task:{WG}:二/(一)/1"]
        assert "span_start" in task and "start" not in task     # not read as a time interval
    elif fmt == "graphml":
        H = nx.read_graphml(path)
    elif fmt == "json":
        H = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    else:
        H = nx.cytoscape_graph(json.loads(path.read_text(encoding="utf-8")))
    assert H.number_of_nodes() == G.number_of_nodes()


def test_export_unknown_format(G, tmp_path):
    with pytest.raises(ValueError):
        g.export(G, tmp_path / "g.xyz")


def test_scalarize_converts():
    H = nx.MultiDiGraph()
    H.add_node("a", path=["三", "(一)"], region=None, extra={"k": 1}, ok=True)
    out = g.scalarize(H)
    assert out.nodes["a"] == {"path": "三/(一)", "extra": '{"k": 1}', "ok": True}
    assert H.nodes["a"]["region"] is None            # the original is untouched


def test_cli_graph(db, tmp_path):
    from extract.face.cli import cli

    out = tmp_path / "jj.graphml"
    res = CliRunner().invoke(cli, ["graph", "--doc", "江津区", "--db", db, "-o", str(out)])
    assert res.exit_code == 0, res.output
    H = nx.read_graphml(out)
    assert {d for _, d in H.nodes(data="doc")} == {JJ}
    res = CliRunner().invoke(cli, ["graph", "--projection", "--format", "json", "--db", db,
                                   "-o", str(tmp_path / "p.out")])
    assert res.exit_code == 0 and json.loads((tmp_path / "p.out").read_text(encoding="utf-8"))["nodes"]
    res = CliRunner().invoke(cli, ["graph", "--doc", "上海市", "--db", db, "-o", str(out)])
    assert res.exit_code != 0 and "no plan matches" in res.output



def test_corpus_graphml_round_trip(corpus_db, tmp_path):
    G = g.build_graph(corpus_db)
    assert sum(1 for _, k in G.nodes(data="kind") if k == "document") == 5
    g.export(G, tmp_path / "corpus.graphml")
    H = nx.read_graphml(tmp_path / "corpus.graphml")
    assert set(H) == set(G) and H.number_of_edges() == G.number_of_edges()
    roles = {d["role"] for *_, d in H.edges(data=True) if d["kind"] == "responsibility"}
    assert roles <= {"lead", "responsible", "cooperating"} and "lead" in roles
