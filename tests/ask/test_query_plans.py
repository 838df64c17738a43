"""Queries at scale: every statement the query functions run, and the canned Datasette
queries, are checked with EXPLAIN QUERY PLAN — no full scan of a fact table and no
temporary B-tree for an ORDER BY where an index should serve; unit matching reads
the distinct unit names (unit_names), not every responsibility; exact file-name
lookups use their index."""
import sqlite3
from pathlib import Path

import pytest
import yaml

from test_queries import JJ, WG, make_db

from extract.ask import lookup
from extract.ask import queries as q
from extract.store import database as store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("plans") / "hand.db")


def traced(db, fn):
    """The SELECT statements ``fn(conn)`` runs (with their values) and its answer."""
    conn = store.connect(db, create=False)
    seen: list = []
    conn.set_trace_callback(seen.append)
    try:
        out = fn(conn)
        if not isinstance(out, list):
            out = list(out)
    finally:
        conn.set_trace_callback(None)
    sqls = [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))
            and "sqlite_master" not in s]
    plans = {s: [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + s)] for s in sqls}
    conn.close()
    return plans, out


SMALL = {"units", "u", "unit_names", "n"}     # hundreds of rows: scanning them is the design


def full_scans(plan, all_plans=False):
    """Steps that read a whole table: a scan (an index used only for order still reads every
    row) or an automatic index, which SQLite builds by reading the table when none serves.
    Allowed: the small unit tables, covering-index scans, and, with ``all_plans``, walking the
    plans in order through idx_documents_order (the outer loop of an all-plans listing)."""
    bad = []
    for step in plan:
        words = step.split()
        if "AUTOMATIC" in step:
            bad.append(step)
        elif words[:1] == ["SCAN"] and words[1] not in SMALL and "COVERING INDEX" not in step \
                and not (all_plans and step == "SCAN d USING INDEX idx_documents_order"):
            bad.append(step)
    return bad


def order_sorts(plan):
    return [s for s in plan if s.startswith("USE TEMP B-TREE FOR ORDER BY")]


ALL_PLANS = {"targets", "deadlines"}      # list every plan's facts: the plans are walked in order
EXPECT = {   # a step the plan must contain: the index that gives the order
    "tasks": "SEARCH t USING INDEX idx_tasks_doc_seq",
    "targets": "SEARCH g USING INDEX idx_targets_doc_start",
    "deadlines": "SEARCH x USING INDEX idx_deadlines_doc_start",
    "deadlines-due": "SEARCH x USING INDEX idx_deadlines_end",
    "path": "SEARCH documents USING COVERING INDEX idx_documents_path",
    "file-name": "SEARCH documents USING COVERING INDEX idx_documents_order (source=?)",
    "who": "SEARCH r USING INDEX idx_resp_unit",
}
CALLS = {
    # name: (call, whether a temp B-tree for the whole ORDER BY is allowed)
    "who": (lambda c: q.iter_who(c, "市场监管局"), True),   # order spans the unit-driven join
    "who-in-plan": (lambda c: q.iter_who(c, "市场监管局", doc="001_wg.txt"), True),
    "tasks": (lambda c: q.iter_tasks(c, "001_wg.txt"), False),
    "targets": (lambda c: q.iter_targets(c), False),
    "targets-of-plan": (lambda c: q.iter_targets(c, doc="000_jj.txt"), False),
    "deadlines": (lambda c: q.iter_deadlines(c), False),
    "deadlines-due": (lambda c: q.iter_deadlines(c, due_before="2025-12-31"), False),
    "file-name": (lambda c: lookup.resolve_docs(c, "001_wg.txt"), False),
    "file-stem": (lambda c: lookup.resolve_docs(c, "001_wg"), False),
    "path": (lambda c: lookup.resolve_docs(c, "corpus/001_wg.txt"), False),
    "all-plans": (lambda c: lookup.resolve_docs(c, None), False),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_query_plans_use_indexes(db, name):
    call, sort_ok = CALLS[name]
    plans, out = traced(db, call)
    assert out, f"{name} found nothing: the test would prove nothing"
    assert plans
    for sql, plan in plans.items():
        assert not full_scans(plan, name in ALL_PLANS), f"{name}: full scan in\n{sql}\n{plan}"
        if not sort_ok:
            assert not order_sorts(plan), f"{name}: temp B-tree for ORDER BY in\n{sql}\n{plan}"
    if name in EXPECT:
        steps = [step for plan in plans.values() for step in plan]
        assert any(step.startswith(EXPECT[name]) for step in steps), (name, steps)


def test_plan_order_is_plan_order(db):
    """The index-served order is the documented one: file name, version, then text order."""
    rows = q.targets(db)
    keys = [(r["source"], r["start"]) for r in rows]
    assert keys == sorted(keys)
    rows = q.who(db, "市场监管局")
    assert [r["source"] for r in rows] == sorted(r["source"] for r in rows)


def test_file_name_lookup_finds_each_kind(db):
    with lookup.connection(db) as conn:
        assert lookup.resolve_docs(conn, "001_wg.txt") == [WG]
        assert lookup.resolve_docs(conn, "001_wg") == [WG]
        assert lookup.resolve_docs(conn, "corpus/000_jj.txt") == [JJ]
        assert lookup.resolve_docs(conn, "001_wg.pdf") == []


def test_unit_matching_reads_unit_names_not_responsibilities(db):
    plans, units_ = traced(db, lambda c: q.match_units(c, "市场监管局"))
    assert {u["name"] for u in units_} >= {"江津区市场监管局", "市市场监管局"}
    assert not any("responsibilities" in sql for sql in plans), list(plans)
    assert any("FROM unit_names" in sql for sql in plans), list(plans)


def _unit_name_counts(conn) -> tuple:
    """(unit_names as stored, the counts responsibilities give)."""
    names = {(u, n): c for u, n, c in conn.execute("SELECT unit_id, name, n FROM unit_names")}
    expect: dict = {}
    for u, name, written in conn.execute("SELECT unit_id, name, written FROM responsibilities"):
        expect[(u, name)] = expect.get((u, name), 0) + 1
        if written is not None and written != name:
            expect[(u, written)] = expect.get((u, written), 0) + 1
    return names, expect


def test_unit_names_follow_responsibilities(tmp_path):
    """The writer keeps one row per (unit, name) with its count, a name as written
    included; deleting a plan takes its names away (trigger); a name no longer used goes."""
    path = tmp_path / "w.db"
    assert not store.load([str(ROOT / "corpus")], str(path)).failed
    conn = sqlite3.connect(path)     # not store.connect: its schema script fills an empty unit_names
    names, expect = _unit_name_counts(conn)
    assert names == expect and any(c > 1 for c in names.values())
    assert any(n != r for (u, n) in names for (r,) in conn.execute("SELECT name FROM units WHERE id = ?", (u,)))
    # loading again (nothing new) and replacing a plan keep the counts
    store.load([str(ROOT / "corpus")], str(path))
    store.load([str(sorted((ROOT / "corpus").glob("*.txt"))[0])], str(path), replace=True)
    assert _unit_name_counts(conn)[0] == expect
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM documents")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM unit_names").fetchone()[0] == 0
    conn.close()


def test_a_document_rolled_back_adds_no_unit_names(tmp_path):
    """A document that fails after its responsibilities are written (a value SQLite cannot
    bind) leaves unit_names as it was: the names are written inside the document's savepoint."""
    from extract.pipeline import parse_file
    conn = store.connect(tmp_path / "r.db")
    doc = parse_file(sorted((ROOT / "corpus").glob("*.txt"))[0])
    rec = store.record(doc)
    assert rec["responsibilities"] and rec["targets"]
    rec["targets"][0] = (object(),) + tuple(rec["targets"][0][1:])
    with pytest.raises((sqlite3.Error, TypeError, ValueError)):
        store.Writer(conn).write(rec)
    assert store.Writer(conn).write(store.record(parse_file(sorted((ROOT / "corpus").glob("*.txt"))[1]))) == "loaded"
    conn.execute("DELETE FROM documents")    # the trigger takes the loaded plan's names away
    assert conn.execute("SELECT count(*) FROM unit_names").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM responsibilities").fetchone()[0] == 0


def test_sync_unit_names_rebuilds_what_the_writer_keeps(tmp_path):
    """Hand-written responsibilities (the query fixtures) get unit_names from sync_unit_names,
    the same rows the writer keeps; and a name still finds its unit as written."""
    path = make_db(tmp_path / "t.db")
    conn = store.connect(path)
    conn.row_factory = None
    names, expect = _unit_name_counts(conn)
    assert names == expect
    assert {u["name"] for u in q.match_units(conn, "区市场监管局")} >= {"江津区市场监管局"}
    conn.execute("DELETE FROM documents WHERE id = ?", (JJ,))
    assert conn.execute("SELECT count(*) FROM unit_names WHERE name = '区市场监管局'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM unit_names WHERE n <= 0").fetchone()[0] == 0
    store.sync_unit_names(conn)
    assert _unit_name_counts(conn)[0] == _unit_name_counts(conn)[1]
    conn.close()


def test_unit_names_filled_for_an_older_database(tmp_path):
    """A database made before unit_names existed gets it filled at the next connect; until
    then who still works (by the old scan)."""
    path = make_db(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.executescript("DROP TRIGGER unit_names_ad; DROP TABLE unit_names;")
    conn.close()
    before = q.who(path, "市场监管局")
    assert before
    store.connect(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM unit_names").fetchone()[0] > 0
    conn.close()
    assert q.who(path, "市场监管局") == before


CANNED = {
    # canned query: (a step its plan must have, steps it must not have)
    "plan_tasks": ("SEARCH t USING INDEX idx_tasks_doc_seq (doc_id=?)", ("USE TEMP B-TREE FOR GROUP BY",)),
    "indicator_targets": ("SCAN g USING INDEX idx_targets_indicator", ("USE TEMP B-TREE FOR ORDER BY",)),
    "deadlines_between": ("SEARCH l USING INDEX idx_deadlines_end", ("USE TEMP B-TREE FOR ORDER BY",)),
    # the full-text hits are looked up by rowid, not found by testing every task
    "search_tasks": ("SEARCH t USING INTEGER PRIMARY KEY (rowid=?)", ("SCAN t",)),
}


@pytest.mark.parametrize("name", sorted(CANNED))
def test_canned_query_sorts_use_indexes(db, name):
    meta = yaml.safe_load((ROOT / "rules" / "datasette.yaml").read_text(encoding="utf-8"))
    query = meta["database"]["queries"][name]
    params = {p: "知识产权" for p in query.get("params", [])}
    conn = sqlite3.connect(db)
    plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + query["sql"], params)]
    assert conn.execute(query["sql"], params).fetchall() is not None
    conn.close()
    must, must_not = CANNED[name]
    assert any(step.startswith(must) for step in plan), plan
    for step in must_not:
        # plan_tasks may sort to pick its one plan (in the CTE), never its tasks
        n_allowed = 1 if (name == "plan_tasks" and step == "USE TEMP B-TREE FOR ORDER BY") else 0
        assert plan.count(step) <= n_allowed, (name, plan)
