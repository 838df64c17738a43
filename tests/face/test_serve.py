"""`zhengce serve`: metadata, canned queries, the Datasette plugin, and a real
server over the bundled corpus (extract/serve.py, rules/datasette.yaml)."""
import asyncio
import json
import re
import sqlite3
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from extract.face import serve

try:
    from test_show import DOC_ID, make_db
except ImportError:  # tests run as a package
    from tests.test_show import DOC_ID, make_db

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
MAIN_TABLES = ["documents", "sections", "tasks", "units", "responsibilities", "targets", "deadlines"]


@pytest.fixture()
def plan_db(tmp_path):
    path = tmp_path / "plan.db"
    conn = make_db(path)
    yield path, conn
    conn.close()


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    from extract.store.database import load

    path = tmp_path_factory.mktemp("serve") / "corpus.db"
    summary = load([str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))], path)
    assert summary.ok, summary.failed
    return path


def _schema_columns():
    conn = sqlite3.connect(":memory:")
    conn.executescript((ROOT / "schema.sql").read_text(encoding="utf-8"))
    # table_xinfo: computed columns (documents.body_text) are columns Datasette shows too
    return {t: [r[1] for r in conn.execute(f"PRAGMA table_xinfo({t})")] for t in MAIN_TABLES}


# ---- metadata -----------------------------------------------------------------
def test_metadata_titles_and_bilingual_column_labels():
    meta = serve.metadata("plans")
    assert CJK.search(meta["title"]) and re.search("[A-Za-z]", meta["title"])
    tables = meta["databases"]["plans"]["tables"]
    for table, columns in _schema_columns().items():
        t = tables[table]
        assert CJK.search(t["title"]) and CJK.search(t["description"]), table
        missing = [c for c in columns if c not in t["columns"]]
        assert not missing, f"{table}: no label for {missing}"
        for c, label in t["columns"].items():
            assert c in columns, f"{table}: label for unknown column {c}"
            assert CJK.search(label) and re.search(r" · [A-Za-z]", label), f"{table}.{c}: {label!r}"


def test_facets_and_sorts_name_real_columns():
    cols = _schema_columns()
    tables = serve.metadata()["databases"]["zhengce"]["tables"]
    for table in MAIN_TABLES:
        t = tables[table]
        for c in t.get("facets", []) + [t[k] for k in ("sort", "sort_desc", "label_column") if k in t]:
            assert c in cols[table], f"{table}: {c}"
    wanted = {("documents", "region"), ("documents", "level"), ("documents", "year"), ("units", "dept_type"),
              ("responsibilities", "role")}
    assert wanted <= {(t, f) for t in tables for f in tables[t].get("facets", [])}


@pytest.mark.parametrize("name", sorted(serve.canned_queries()))
def test_canned_query_params_match_its_sql(name):
    q = serve.canned_queries()[name]
    assert CJK.search(q["title"]) and q["description"]
    assert set(q["params"]) == set(re.findall(r":(\w+)", q["sql"]))


# ---- canned queries on a hand-made plan ------------------------------------------
QUERY_CASES = [
    ("who_owns", {"unit": "市场监管局"}, "unit", ["市市场监管局"]),
    ("who_owns", {"unit": "财政"}, "role", ["cooperating"]),
    ("who_owns", {}, "unit", ["市市场监管局", "市财政局", "市科技局"]),
    ("who_owns", {"dept_type": "no_such_type"}, "unit", []),
    ("plan_tasks", {"plan": "999_test_plan.txt"}, "lead", ["市市场监管局", None]),
    ("plan_tasks", {"plan": "999"}, "responsible", [None, "市科技局"]),
    ("plan_tasks", {"plan": "no such plan"}, "task", []),
    ("indicator_targets", {"indicator": "专利"}, "value", [100]),
    ("indicator_targets", {"indicator": "研发"}, "value", []),
    ("deadlines_between", {"date_from": "2024-01-01", "date_to": "2024-12-31"}, "text", ["2024年12月底前"]),
    ("deadlines_between", {"date_from": "2025-01-01"}, "text", ["2025年底"]),
    ("deadlines_between", {}, "text", ["2024年12月底前", "2025年底"]),
    ("search_tasks", {"q": "知识产权保护"}, "section_path", ["一/(一)"]),
    ("search_tasks", {"q": "体系"}, "section_path", ["一/(二)"]),
    ("search_tasks", {"q": "完"}, "section_path", ["一/(二)"]),
    ("search_tasks", {"q": ""}, "section_path", []),
    ("search_tasks", {"q": '"引号'}, "section_path", []),
]


@pytest.mark.parametrize("name, params, column, want", QUERY_CASES, ids=[
    "who-by-name", "who-role", "who-everyone", "who-by-type", "plan-lead", "plan-by-prefix", "plan-unknown",
    "indicator", "indicator-absent", "deadlines-2024", "deadlines-open-end", "deadlines-all",
    "search-trigram", "search-two-chars", "search-one-char", "search-empty", "search-quote"])
def test_canned_query(plan_db, name, params, column, want):
    rows = serve.run_query(plan_db[1], name, **params)
    assert [r[column] for r in rows] == want


def test_provenance_links_point_at_facts(plan_db):
    rows = serve.run_query(plan_db[1], "who_owns", unit="科技")
    assert rows[0]["provenance"] == f"/-/zhengce/show/{DOC_ID}#resp-3"
    rows = serve.run_query(plan_db[1], "plan_tasks", plan=DOC_ID)
    assert [r["provenance"] for r in rows] == [f"/-/zhengce/show/{DOC_ID}#task-{i}" for i in (0, 1)]


# ---- canned queries on the corpus, against the tables themselves ------------------
@pytest.mark.parametrize("q", ["知识产权保护", "专利导航", "专利", "区", "金融"])
def test_search_finds_exactly_the_tasks_holding_the_words(corpus_db, q):
    conn = sqlite3.connect(corpus_db)
    want = {tid for tid, text, anchor in conn.execute("SELECT id, text, anchor FROM tasks")
            if q in text or q in (anchor or "")}
    got = {r["task_id"] for r in serve.search_tasks(conn, q)}
    assert got == want and want


def test_shared_units_across_regions_match_by_department_type(corpus_db):
    conn = sqlite3.connect(corpus_db)
    ids = dict(conn.execute("SELECT substr(source, 1, 3), id FROM documents"))
    rows = serve.run_query(conn, "shared_units", plan_a="000", plan_b="004")
    types = {}
    for doc in ("000", "004"):
        types[doc] = {t for (t,) in conn.execute(
            "SELECT DISTINCT u.dept_type FROM responsibilities r JOIN units u ON u.id = r.unit_id "
            "WHERE r.doc_id = ? AND u.dept_type IS NOT NULL", (ids[doc],))}
    assert {r["dept_type"] for r in rows} == types["000"] & types["004"]
    assert any(r["dept_type"] == "market_regulation" for r in rows)


# ---- the plugin, in process ----------------------------------------------------------
@pytest.mark.parametrize("qs, want", [
    ("_search=%E4%B8%93%E5%88%A9", "text__contains=%E4%B8%93%E5%88%A9"),
    ("_search=%E4%B8%93&_size=5", "text__contains=%E4%B8%93&_size=5"),
    ("_search=%E7%9F%A5%E8%AF%86%E4%BA%A7", "_search=%E7%9F%A5%E8%AF%86%E4%BA%A7"),
    ("_search=", "_search="),
    ("_sort=seq", "_sort=seq"),
], ids=["two-chars", "one-char-keeps-others", "three-chars", "empty", "no-search"])
def test_short_search_becomes_substring_filter(qs, want):
    assert serve.short_search(qs.encode()) == want.encode()


def _get(ds, path):
    async def go():
        await ds.invoke_startup()
        return await ds.client.get(path)
    return asyncio.run(go())


@pytest.mark.parametrize("path, must_have", [
    ("/plan/tasks", [f'href="/-/zhengce/show/{DOC_ID}#task-0"', "原文 ↗"]),
    ("/plan/targets", [f'href="/-/zhengce/show/{DOC_ID}#target-1"']),
    ("/plan/deadlines", [f'href="/-/zhengce/show/{DOC_ID}#deadline-2"']),
    ("/plan/responsibilities", [f'href="/-/zhengce/show/{DOC_ID}#resp-1"']),
    ("/plan/documents", [f'href="/-/zhengce/show/{DOC_ID}"']),
    ("/plan/who_owns?unit=%E7%A7%91%E6%8A%80", [f'href="/-/zhengce/show/{DOC_ID}#resp-3"']),
    (f"/-/zhengce/show/{DOC_ID}", ['id="resp-1"', 'id="target-1"', 'id="deadline-2"', 'id="task-1"',
                                  'href="/plan/tasks/']),
    ("/-/zhengce/show/999_test_plan.txt", ['id="resp-1"']),
    ("/-/zhengce/show/", [f'href="/-/zhengce/show/{DOC_ID}"']),
    ("/plan", ["who owns what", "search task text", "units shared by two plans"]),
], ids=["tasks", "targets", "deadlines", "responsibilities", "documents", "canned-query", "show", "show-by-name",
        "show-index", "database-page"])
def test_datasette_pages_link_to_provenance(plan_db, path, must_have):
    ds = serve.make_datasette(plan_db[0])
    r = _get(ds, path)
    assert r.status_code == 200, r.text[:500]
    for s in must_have:
        assert s in r.text, s


def test_show_unknown_document_is_404(plan_db):
    r = _get(serve.make_datasette(plan_db[0]), "/-/zhengce/show/nothing-here")
    assert r.status_code == 404 and "no document" in r.text


@pytest.mark.parametrize("q, n", [("%E4%BF%9D%E6%8A%A4", 1), ("%E5%AE%8C", 1), ("%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83", 1),
                                  ("%E4%BD%93%E7%B3%BB%E8%A7%84", 0)],
                         ids=["two-chars", "one-char", "trigram", "trigram-miss"])
def test_table_search_box_works_for_chinese(plan_db, q, n):
    r = _get(serve.make_datasette(plan_db[0]), f"/plan/tasks.json?_search={q}&_shape=objects")
    assert r.status_code == 200 and len(r.json()["rows"]) == n


def test_make_datasette_needs_a_database(tmp_path):
    with pytest.raises(FileNotFoundError):
        serve.make_datasette(tmp_path / "none.db")


# ---- a real server over the bundled corpus ----------------------------------------------
def _json(url):
    with urllib.request.urlopen(url, timeout=20) as r:
        return json.load(r)


def _gold_sources_with(unit_part):
    out = set()
    for f in (ROOT / "corpus" / "gold").glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        if any(unit_part in u["name"] for t in g["tasks"] for u in t["units"]):
            out.add(g.get("source") or f.stem + ".txt")
    return out


def test_zhengce_serve_answers_who_owns_what(corpus_db):
    conn = sqlite3.connect(corpus_db)
    sources = dict(conn.execute("SELECT id, source FROM documents"))
    truth = {rid for (rid,) in conn.execute("SELECT id FROM responsibilities WHERE name LIKE '%市场监管局%'")}
    with serve.background(corpus_db, timeout=60) as base:
        q = urllib.parse.urlencode({"unit": "市场监管局", "_shape": "array"})
        rows = _json(f"{base}/{corpus_db.stem}/who_owns.json?{q}")
        assert rows, "no rows for 市场监管局"
        assert all("市场监管局" in r["unit"] for r in rows)
        assert {r["role"] for r in rows} <= {"lead", "responsible", "cooperating"}
        ids = {int(r["provenance"].rsplit("#resp-", 1)[1]) for r in rows}
        assert ids == truth and len(rows) == len(truth)
        assert {sources[r["doc_id"]] for r in rows} == _gold_sources_with("市场监管局")
        # the provenance link of one row per plan shows that unit highlighted
        for doc in sorted({r["doc_id"] for r in rows}):
            row = next(r for r in rows if r["doc_id"] == doc)
            page = urllib.request.urlopen(base + urllib.parse.quote(row["provenance"].split("#")[0]), timeout=20)
            anchor = row["provenance"].split("#")[1]
            html = page.read().decode("utf-8")
            mark = re.search(rf'<mark [^>]*id="{anchor}"[^>]*>([^<]*)<', html)
            assert mark and "监管" in mark.group(1), anchor
    with pytest.raises(OSError):     # stopped
        urllib.request.urlopen(base + "/-/versions.json", timeout=2)


# ---- the plugin without zhengce: plain Datasette --------------------------------------
def test_the_plugin_is_registered_by_entry_point(tmp_path):
    """`pip install -e .` (or a wheel) registers it: plain `datasette plugins` lists it."""
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "datasette", "plugins"], cwd=tmp_path, capture_output=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")[-1500:]
    plugins = {p["name"]: p for p in json.loads(r.stdout)}
    assert "zhengce" in plugins, "not registered: run pip install -e . (entry point datasette → extract.face.serve)"
    assert {"get_metadata", "register_routes", "render_cell", "asgi_wrapper"} <= set(plugins["zhengce"]["hooks"])


def _plain(*paths):
    from datasette.app import Datasette

    return Datasette([str(p) for p in paths])        # no metadata, no settings: all from the plugin


def test_plain_datasette_has_metadata_queries_and_plan_pages(plan_db, tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    ds = _plain(plan_db[0], other)
    page = _get(ds, "/plan")
    assert page.status_code == 200 and "who owns what" in page.text
    assert "谁负责什么" not in _get(ds, "/other").text                 # only zhengce databases get it
    assert _get(ds, "/other/who_owns").status_code == 404
    assert _get(ds, f"/-/zhengce/show/{DOC_ID}").status_code == 200
    assert 'title="see it in its sentence' in _get(ds, "/plan/tasks").text
    meta = _get(ds, "/-/metadata.json").json()
    assert meta["databases"]["plan"]["tables"]["documents"]["title"] == "文件 · documents"


def test_canned_queries_hide_their_sql(plan_db):
    assert all(q.get("hide_sql") is True for q in serve.canned_queries().values())
    r = _get(_plain(plan_db[0]), "/plan/who_owns?unit=%E7%A7%91%E6%8A%80")
    assert r.status_code == 200 and "_show_sql=1" in r.text and "<textarea" not in r.text


def test_long_text_columns_hidden_on_table_pages_only(plan_db):
    ds = _plain(plan_db[0])
    html = _get(ds, "/plan/documents").text
    assert 'class="col-title' in html and 'class="col-raw_text' not in html and 'class="col-body_text' not in html
    assert 'class="col-text' not in _get(ds, "/plan/tasks").text
    assert 'class="col-raw_text' in _get(ds, "/plan/documents?_col=title&_col=raw_text").text   # the column chooser
    row = _get(ds, "/plan/documents.json?_shape=objects").json()["rows"][0]
    assert row["raw_text"] and "body_text" in row                                      # exports keep them
    assert "zhengce-columns" in html and _get(ds, "/-/zhengce/zhengce.css").status_code == 200


@pytest.mark.parametrize("qs, want", [
    (b"", b"_nocol=raw_text&_nocol=body_text"),
    (b"_sort=year", b"_sort=year&_nocol=raw_text&_nocol=body_text"),
    (b"_col=raw_text", b"_col=raw_text"),
    (b"_nocol=title", b"_nocol=title"),
])
def test_hide_long_columns(qs, want):
    assert serve.hide_long_columns(qs, ("raw_text", "body_text")) == want


def test_no_sql_turns_off_arbitrary_sql_but_not_canned_queries(plan_db):
    q = "/plan.json?sql=select+count(*)+from+tasks"
    assert _get(serve.make_datasette(plan_db[0]), q).status_code == 200
    ds = serve.make_datasette(plan_db[0], allow_sql=False)
    assert _get(ds, q).status_code == 403
    assert _get(ds, "/plan/who_owns.json?unit=%E7%A7%91%E6%8A%80").status_code == 200


def test_plain_datasette_server_serves_the_plan_pages(corpus_db):
    """`datasette corpus.db` in a child process, the plugin found by entry point."""
    doc_id = sqlite3.connect(corpus_db).execute("SELECT id FROM documents ORDER BY id").fetchone()[0]
    with serve.background(corpus_db, timeout=60, plain=True) as base:
        with urllib.request.urlopen(f"{base}/-/zhengce/show/{doc_id}", timeout=20) as r:
            assert r.status == 200 and 'id="task-' in r.read().decode("utf-8")
        rows = _json(f"{base}/{corpus_db.stem}/who_owns.json?unit=%E5%B8%82%E5%9C%BA%E7%9B%91%E7%AE%A1%E5%B1%80"
                     "&_shape=array")
        assert rows and all("市场监管局" in r["unit"] for r in rows)
