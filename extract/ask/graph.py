"""The responsibility graph: who owns which task, as a networkx graph.

:func:`build_graph` reads a database into a ``networkx.MultiDiGraph``:

nodes (``kind`` attribute)
    ``doc:<id>``             document   label = title, region, source, level, year
    ``sec:<doc>:<path>``     section    label = path + heading; the ancestors of tasks only
    ``task:<task id>``       task       label = number + anchor, path, anchor, text, seq
    ``unit:<units.id>``      unit       label = name, key, region, dept_type, dept_label

edges
    unit → task, key = role (lead | responsible | cooperating), attributes
    role, label, name (as the plan writes it), written, doc, start, end (the
    span of the name in the clause), section_path, rule.
    task → section → … → document, key = ``part_of`` (containment).

Every node carries its provenance: ``doc`` (document id; for a unit the ids
of the plans that name it, joined by ``;``), ``start``/``end`` (span in the
stored text) and ``section_path``.  Attribute values are scalars (str, int,
float) and never None, so the graph writes to GraphML/GEXF as it is.

:func:`co_responsibility` projects it onto units: an undirected graph with an
edge between two units for every task they share, ``weight`` = the number of
shared tasks.  :func:`export` writes either graph as GraphML, GEXF,
node-link JSON or Cytoscape.js JSON.
"""
from __future__ import annotations

import json

import networkx as nx

from .lookup import connection, dept_label, resolve_docs, rows

FORMATS = ("graphml", "gexf", "json", "cyjs")


def _put(attrs: dict, **kw) -> dict:
    """Set the non-empty scalar values of ``kw`` in ``attrs``."""
    for k, v in kw.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            v = "/".join(map(str, v))
        elif isinstance(v, bool):
            v = int(v)
        elif not isinstance(v, (str, int, float)):
            v = str(v)
        attrs[k] = v
    return attrs


def _path_list(p) -> list:
    try:
        v = json.loads(p)
        return [str(x) for x in v] if isinstance(v, list) else [str(v)]
    except (TypeError, ValueError):
        return p.split("/") if p else []


def build_graph(db="zhengce.db", doc=None) -> nx.MultiDiGraph:
    """The unit → task → section → document graph of ``db``.

    ``doc`` limits it to some plans (anything :func:`extract.ask.lookup.resolve_docs`
    accepts, or a list of document ids); ``None`` takes every plan."""
    G = nx.MultiDiGraph(name="zhengce responsibilities")
    with connection(db) as conn:
        ids = resolve_docs(conn, doc)
        G.graph["docs"] = ";".join(ids)
        if not ids:
            return G
        for i in range(0, len(ids), 500):
            _add_docs(G, conn, rows, dept_label, ids[i:i + 500])
    return G


def _add_docs(G, conn, rows, dept_label, ids) -> None:
    marks = ",".join("?" * len(ids))
    for d in rows(conn, "SELECT id, source, title, region, level, year, body_start, body_end FROM documents"
                  f" WHERE id IN ({marks})", ids):
        G.add_node(f"doc:{d['id']}", **_put({}, kind="document", label=d["title"] or d["source"],
                                             title=d["title"], region=d["region"], source=d["source"],
                                             level=d["level"], year=d["year"], doc=d["id"],
                                             start=d["body_start"], end=d["body_end"], section_path=""))
    # sections, indexed by (doc, path) for the containment chain
    secs: dict = {}
    for s in rows(conn, "SELECT doc_id, idx, kind, level, number, path, heading, start, end FROM sections"
                  f" WHERE doc_id IN ({marks}) ORDER BY doc_id, idx", ids):
        secs.setdefault((s["doc_id"], s["path"]), s)
    for t in rows(conn, "SELECT id, doc_id, path, section_path, number, anchor, text, start, end, seq, rule"
                  f" FROM tasks WHERE doc_id IN ({marks}) ORDER BY doc_id, seq", ids):
        tid = f"task:{t['id']}"
        path = _path_list(t["path"])
        label = " ".join(x for x in (t["number"], t["anchor"]) if x) or t["section_path"]
        G.add_node(tid, **_put({}, kind="task", label=label, number=t["number"], anchor=t["anchor"],
                               path=t["section_path"], text=t["text"], seq=t["seq"], doc=t["doc_id"],
                               start=t["start"], end=t["end"], section_path=t["section_path"], rule=t["rule"]))
        child = tid
        for k in range(len(path) - 1, 0, -1):       # proper prefixes, deepest first
            sp = "/".join(path[:k])
            sid = f"sec:{t['doc_id']}:{sp}"
            known = sid in G
            if not known:
                s = secs.get((t["doc_id"], sp))
                if s is None:
                    continue                         # a gap in the tree: link past it
                label = " ".join(x for x in (sp, s["heading"]) if x)
                G.add_node(sid, **_put({}, kind="section", label=label, path=sp, heading=s["heading"],
                                       number=s["number"], section_kind=s["kind"], depth=s["level"],
                                       doc=t["doc_id"], start=s["start"], end=s["end"], section_path=sp))
            G.add_edge(child, sid, key="part_of", kind="part_of", label="part_of")
            if known:
                child = None
                break
            child = sid
        if child is not None:
            G.add_edge(child, f"doc:{t['doc_id']}", key="part_of", kind="part_of", label="part_of")
    unit_docs: dict = {}
    for r in rows(conn, "SELECT r.doc_id, r.task_id, r.role, r.name, r.written, r.start, r.end, r.rule,"
                  " t.section_path, u.id AS unit_id, u.key, u.name AS unit, u.region, u.dept_type"
                  " FROM responsibilities r JOIN units u ON u.id = r.unit_id JOIN tasks t ON t.id = r.task_id"
                  f" WHERE r.doc_id IN ({marks}) ORDER BY r.doc_id, r.start", ids):
        uid = f"unit:{r['unit_id']}"
        if uid not in G:
            G.add_node(uid, **_put({}, kind="unit", label=r["unit"], name=r["unit"], key=r["key"],
                                   region=r["region"], dept_type=r["dept_type"] or "",
                                   dept_label=dept_label(r["dept_type"]) or ""))
        unit_docs.setdefault(uid, []).append(r["doc_id"])
        G.add_edge(uid, f"task:{r['task_id']}", key=r["role"],
                   **_put({}, kind="responsibility", role=r["role"], label=r["role"], name=r["name"],
                          written=r["written"], doc=r["doc_id"], start=r["start"], end=r["end"],
                          section_path=r["section_path"], rule=r["rule"]))
    for uid, docs in unit_docs.items():
        prev = G.nodes[uid].get("doc", "")
        merged = list(dict.fromkeys((prev.split(";") if prev else []) + docs))
        G.nodes[uid]["doc"] = ";".join(merged)
        G.nodes[uid]["n_tasks"] = sum(1 for _ in {t for _, t in G.out_edges(uid)})


def unit_nodes(G) -> list:
    return [n for n, k in G.nodes(data="kind") if k == "unit"]


def co_responsibility(G, roles=None) -> nx.Graph:
    """Unit–unit projection: an edge for every pair of units that share a task,
    ``weight`` = number of tasks shared, ``tasks`` = their ids joined by ``;``.

    ``G`` is a graph from :func:`build_graph` or a database (path or
    connection).  ``roles`` keeps only responsibilities with those roles.
    Every unit of ``G`` is a node, also one that shares no task."""
    if not isinstance(G, nx.Graph):
        G = build_graph(G)
    P = nx.Graph(name="zhengce co-responsibility")
    owners: dict = {}
    for u in unit_nodes(G):
        P.add_node(u, **G.nodes[u])
        for _, task, role in G.out_edges(u, keys=True):
            if roles is None or role in roles:
                owners.setdefault(task, set()).add(u)
    for task, us in owners.items():
        us = sorted(us)
        for i, a in enumerate(us):
            for b in us[i + 1:]:
                if P.has_edge(a, b):
                    e = P[a][b]
                    e["weight"] += 1
                    e["tasks"] += ";" + task[5:]
                else:
                    P.add_edge(a, b, weight=1, tasks=task[5:])
    return P


def centrality(P: nx.Graph, sample_above: int = 1000) -> dict:
    """Per node of the projection: partners (neighbours), strength (sum of
    weights), degree (``nx.degree_centrality``) and betweenness
    (``nx.betweenness_centrality``, unweighted, normalised; estimated from
    ``sample_above`` pivots with seed 0 on larger graphs)."""
    if P.number_of_nodes() == 0:
        return {}
    deg = nx.degree_centrality(P)
    n = P.number_of_nodes()
    k = sample_above if n > sample_above else None
    btw = nx.betweenness_centrality(P, k=k, seed=0 if k else None)
    return {u: {"partners": P.degree(u), "strength": P.degree(u, weight="weight"),
                "degree": round(deg[u], 6), "betweenness": round(btw[u], 6)} for u in P}


def scalarize(G):
    """A copy of ``G`` whose attribute values are all str/int/float/bool
    (None dropped, lists joined by ``/``, other values as JSON or str)."""
    H = G.copy()

    def fix(d):
        for k in list(d):
            v = d[k]
            if v is None:
                del d[k]
            elif isinstance(v, (list, tuple)):
                d[k] = "/".join(map(str, v))
            elif isinstance(v, dict):
                d[k] = json.dumps(v, ensure_ascii=False)
            elif not isinstance(v, (str, int, float, bool)):
                d[k] = str(v)

    fix(H.graph)
    for _, d in H.nodes(data=True):
        fix(d)
    for e in H.edges(data=True):
        fix(e[-1])
    return H


def export(G, path, fmt: str | None = None) -> str:
    """Write ``G`` to ``path`` as graphml, gexf, json (networkx node-link) or
    cyjs (Cytoscape.js); the format defaults to the file's extension.
    Returns the format written."""
    fmt = (fmt or str(path).rsplit(".", 1)[-1]).lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; use one of {', '.join(FORMATS)}")
    H = scalarize(G)
    if fmt == "graphml":
        nx.write_graphml(H, path, encoding="utf-8")
    elif fmt == "gexf":
        # GEXF reads node/edge attributes named start/end as time intervals
        for d in list(dict(H.nodes(data=True)).values()) + [e[-1] for e in H.edges(data=True)]:
            for k in ("start", "end"):
                if k in d:
                    d[f"span_{k}"] = d.pop(k)
        nx.write_gexf(H, path, encoding="utf-8")
    else:
        if fmt == "json":
            data = nx.node_link_data(H, edges="edges")
        else:
            data = nx.cytoscape_data(H)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
    return fmt
