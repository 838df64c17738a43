"""Who-owns-what queries over a small hand-built database (and the corpus once
the unit stage exists): resolve_docs, who, tasks, units, targets, deadlines,
bound parameters against quotes and SQL, and the CLI commands."""
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.ask import lookup  # where the department taxonomy lives (patched below)
from extract.ask import queries as q
from extract.store import database as store

ROOT = Path(__file__).resolve().parents[2]
EVIL = "市'; DROP TABLE units; --局"
REAL_TAXONOMY = q.taxonomy

# A tiny department taxonomy so that type matching does not depend on the
# lexicon's current contents (test_taxonomy_file checks the real one).
TAXONOMY = {
    "industry_it": {"name": "工业和信息化", "canonical": "工业和信息化局",
                    "aliases": ["工业和信息化局", "工信局", "经信委", "经济信息委"]},
    "market_regulation": {"name": "市场监管/知识产权", "canonical": "市场监督管理局",
                          "aliases": ["市场监管局", "知识产权局"]},
    "finance": {"name": "财政", "canonical": "财政局", "aliases": ["财政局"]},
    "science_tech": {"name": "科技", "canonical": "科学技术局", "aliases": ["科技局"]},
}

# Plans: id, source, title, region, then items (path, heading, units).  A
# unit is (written, role, registry name, dept_type); the registry key is
# region|registry name, so 区市场监管局 and 江津区市场监管局 are one unit.
JJ, WG, CY, SC = "aaaa1111aaaa1111", "bbbb2222bbbb2222", "cccc3333cccc3333", "dddd4444dddd4444"
PLANS = [
    (JJ, "000_jj.txt", "江津区知识产权强市建设试点城市工作方案", "重庆市江津区", [
        (("三",), "重点任务", None),
        (("三", "(二)"), "培育创新主体", None),
        (("三", "(二)", "1"), "持续做优做强创新主体", [
            ("江津区市场监管局", "responsible", "江津区市场监管局", "market_regulation"),
            ("区科技局", "responsible", "区科技局", "science_tech")]),
        (("三", "(二)", "2"), "实施高价值发明专利培育计划", [
            ("区市场监管局", "responsible", "江津区市场监管局", "market_regulation"),
            ("区经济信息委", "cooperating", "区经济信息委", "industry_it")]),
        (("四",), "保障措施", None),
        (("四", "(一)"), "加强资金保障", [("区财政局", "lead", "区财政局", "finance")]),
        (("五",), "宣传引导", []),
    ]),
    (WG, "001_wg.txt", "舞钢市创建国家知识产权强县建设示范县实施方案", "河南省舞钢市", [
        (("二",), "主要任务", None),
        (("二", "(一)"), "健全体系", None),
        (("二", "(一)", "1"), "完善知识产权工作体系", [
            ("市市场监管局", "lead", "市市场监管局", "market_regulation"),
            ("市财政局", "responsible", "市财政局", "finance"),
            ("市工业信息化局", "responsible", "市工业信息化局", "industry_it")]),
        (("二", "(一)", "2"), "发挥知识产权主体作用", [
            ("市市场监管局", "lead", "市市场监管局", "market_regulation"),
            ("市财政局", "cooperating", "市财政局", "finance")]),
    ]),
    (CY, "004_cy.txt", "朝阳市国家知识产权强市建设试点城市工作方案", "辽宁省朝阳市", [
        (("二",), "重点任务", None),
        (("二", "(一)"), "强化创造", None),
        (("二", "(一)", "1"), "加强对知识产权工作的绩效考评", [
            ("市市场监管局", "responsible", "市市场监管局", "market_regulation")]),
        (("二", "(一)", "2"), "开展高价值专利培育工作", [
            ("市科技局", "responsible", "市科技局", "science_tech"),
            ("市市场监管局", "responsible", "市市场监管局", "market_regulation"),
            (EVIL, "cooperating", EVIL, None),
            ("O'Brien办", "cooperating", "O'Brien办", None)]),
    ]),
    (SC, "002_sc.txt", "关于进一步加强产业园区知识产权工作的意见", "四川省", [
        (("一",), "工作任务", None),
        (("一", "(一)"), "强化园区知识产权创造", [("省知识产权局", "lead", "省知识产权局", "market_regulation")]),
    ]),
]
TARGETS = [  # doc, task path, anchor, indicator, value, unit, deadline
    (JJ, ("三", "(二)", "2"), "每万人口高价值发明专利拥有量", "patents_hv_per_10k", 12.0, "件", "2026-12-31"),
    (WG, ("二", "(一)", "1"), "专利密集型产品备案数量", None, 5.0, "个", "2025-12-31"),
]
DEADLINES = [  # doc, task path, text, date_end
    (JJ, ("三", "(二)", "1"), "2025年底前", "2025-12-31"),
    (WG, ("二", "(一)", "2"), "到2026年底", "2026-12-31"),
    (CY, ("二", "(一)", "1"), "2024年6月", "2024-06-30"),
]


def fill(conn):
    """Insert PLANS, TARGETS and DEADLINES following schema.sql."""
    unit_ids = {}
    for did, source, title, region, items in PLANS:
        lines, spans = [title], {}
        pos = len(title) + 1
        for path, heading, units in items:
            clause = ""
            if units:
                clause = "(" + ";".join(f"{'牵头' if r == 'lead' else '配合' if r == 'cooperating' else '责任'}"
                                        f"单位:{w}" for w, r, _, _ in units) + ")"
            line = f"{path[-1]}{heading}。{clause}"
            spans[path] = (pos, pos + len(line), line)
            lines.append(line)
            pos += len(line) + 1
        text = "\n".join(lines)
        conn.execute(
            "INSERT INTO documents(id, sha256, source, path, format, title, region, raw_text, body_start,"
            " body_end, n_chars, loaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (did, did * 4, source, f"corpus/{source}", "txt", title, region, text, 0, len(text),
             len(text), "2024-01-01T00:00:00"))
        for idx, (path, heading, units) in enumerate(items):
            s, e, line = spans[path]
            conn.execute("INSERT INTO sections(doc_id, idx, kind, level, number, label, path, heading, start, end)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?)",
                         (did, idx, "cn", len(path), path[-1], path[-1], "/".join(path), heading, s, e))
            if units is None:
                continue
            tid = f"{did}:{'/'.join(path)}"
            conn.execute("INSERT INTO tasks(id, doc_id, path, section_path, number, anchor, text, start, end, seq)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?)",
                         (tid, did, json.dumps(list(path), ensure_ascii=False), "/".join(path), path[-1],
                          heading, line, s, e, idx))
            cursor = 0
            for written, role, name, dept in units:
                key = f"{region}|{name}"
                if key not in unit_ids:
                    unit_ids[key] = conn.execute("INSERT INTO units(key, name, region, dept_type) VALUES (?,?,?,?)",
                                                 (key, name, region, dept)).lastrowid
                a = line.index(written, cursor)
                cursor = a + len(written)
                conn.execute("INSERT INTO responsibilities(doc_id, task_id, unit_id, role, name, written, start,"
                             " end, rule) VALUES (?,?,?,?,?,?,?,?,?)",
                             (did, tid, unit_ids[key], role, written, written, s + a, s + a + len(written), "test"))
    for did, path, anchor, ind, value, unit, deadline in TARGETS:
        conn.execute("INSERT INTO targets(doc_id, task_id, section_path, anchor, indicator, value, unit, comparator,"
                     " growth, per_year, aspirational, cumulative, deadline, text, start, end)"
                     " VALUES (?,?,?,?,?,?,?,?,0,0,1,0,?,?,0,1)",
                     (did, f"{did}:{'/'.join(path)}", "/".join(path), anchor, ind, value, unit, ">=", deadline, anchor))
    for did, path, text, end in DEADLINES:
        conn.execute("INSERT INTO deadlines(doc_id, task_id, section_path, text, kind, date_end, open_ended, start, end)"
                     " VALUES (?,?,?,?,'point',?,0,0,1)", (did, f"{did}:{'/'.join(path)}", "/".join(path), text, end))


def make_db(path) -> str:
    conn = store.connect(str(path))
    fill(conn)
    store.sync_unit_names(conn)         # rows written by hand, not by store.Writer
    store.flush_fts(conn)
    conn.close()
    return str(path)


@pytest.fixture(scope="session")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("q") / "hand.db")


@pytest.fixture(autouse=True)
def fixed_taxonomy(monkeypatch):
    monkeypatch.setattr(lookup, "taxonomy", lambda: TAXONOMY)


def region_of(did):
    return {p[0]: p[3] for p in PLANS}[did]


def triples(data):
    return {(r["region"], "/".join(r["path"]), r["role"]) for r in data}


# ------------------------------------------------------------ resolve_docs --

RESOLVE = [
    ("full id", JJ, [JJ]),
    ("id prefix", "bbbb22", [WG]),
    ("file name", "001_wg.txt", [WG]),
    ("file stem", "004_cy", [CY]),
    ("region", "江津区", [JJ]),
    ("region full-width free", "四川省", [SC]),
    ("title substring", "产业园区", [SC]),
    ("shared title words", "知识产权", [JJ, WG, SC, CY]),
    ("list union", ["江津区", "舞钢"], [JJ, WG]),
    ("all", None, [JJ, WG, SC, CY]),
    ("no match", "上海市", []),
    ("quote", "' OR 1=1 --", []),
    ("like wildcard", "%", []),
]


@pytest.mark.parametrize("ref, expected", [c[1:] for c in RESOLVE], ids=[c[0] for c in RESOLVE])
def test_resolve_docs(db, ref, expected):
    with q.connection(db) as conn:
        got = q.resolve_docs(conn, ref)
    assert sorted(got) == sorted(expected)


def test_resolve_prefers_id_over_title(db):
    # an id prefix never also pulls in titles that contain the same characters
    with q.connection(db) as conn:
        assert q.resolve_docs(conn, "cccc") == [CY]


# --------------------------------------------------------------------- who --

MKT = {("重庆市江津区", "三/(二)/1", "responsible"), ("重庆市江津区", "三/(二)/2", "responsible"),
       ("河南省舞钢市", "二/(一)/1", "lead"), ("河南省舞钢市", "二/(一)/2", "lead"),
       ("辽宁省朝阳市", "二/(一)/1", "responsible"), ("辽宁省朝阳市", "二/(一)/2", "responsible")}
IT = {("重庆市江津区", "三/(二)/2", "cooperating"), ("河南省舞钢市", "二/(一)/1", "responsible")}
WHO = [
    ("full name", "江津区市场监管局", {}, {("重庆市江津区", "三/(二)/1", "responsible"),
                                       ("重庆市江津区", "三/(二)/2", "responsible")}),
    ("partial name", "市场监管局", {}, MKT),
    ("dept type name", "工业和信息化", {}, IT),
    ("dept type id", "industry_it", {}, IT),
    ("alias stands for type", "经信委", {}, IT),
    ("type name part adds type", "市场监管", {}, MKT | {("四川省", "一/(一)", "lead")}),
    ("name only", "市场监管", {"by": "name"}, MKT),
    ("type only", "知识产权", {"by": "type"}, MKT | {("四川省", "一/(一)", "lead")}),
    ("role filter", "市场监管局", {"role": "lead"}, {t for t in MKT if t[2] == "lead"}),
    ("doc filter", "市场监管局", {"doc": "朝阳"}, {t for t in MKT if t[0] == "辽宁省朝阳市"}),
    ("traditional query", "江津區市場監管局", {}, {t for t in MKT if t[0] == "重庆市江津区"}),
    ("full-width digits in query", "Ｏ'Brien", {}, {("辽宁省朝阳市", "二/(一)/2", "cooperating")}),
    ("quote in name", "O'Brien", {}, {("辽宁省朝阳市", "二/(一)/2", "cooperating")}),
    ("sql in name", EVIL, {}, {("辽宁省朝阳市", "二/(一)/2", "cooperating")}),
    ("sql injection finds nothing", "' OR '1'='1", {}, set()),
    ("percent is literal", "%", {}, set()),
    ("underscore is literal", "_", {}, set()),
    ("empty", "", {}, set()),
    ("unknown doc", "市场监管局", {"doc": "上海市"}, set()),
]


@pytest.mark.parametrize("name, kw, expected", [c[1:] for c in WHO], ids=[c[0] for c in WHO])
def test_who(db, name, kw, expected):
    assert triples(q.who(db, name, **kw)) == expected


def test_who_rows_grouped_and_carry_provenance(db):
    data = q.who(db, "市场监管局")
    order = [(r["doc_id"], q.ROLE_ORDER[r["role"]], r["seq"]) for r in data]
    assert [r["source"] for r in data] == sorted(r["source"] for r in data)   # grouped by plan
    assert order == sorted(order)                    # then role, then task order
    with q.connection(db) as conn:
        for r in data:
            raw = conn.execute("SELECT raw_text FROM documents WHERE id = ?", (r["doc_id"],)).fetchone()[0]
            assert raw[r["start"]:r["end"]] == r["written"]
            assert r["number"] == r["path"][-1] and r["anchor"]
    assert {r["match"] for r in data} == {"name"}
    assert {r["dept_label"] for r in data} == {"市场监管/知识产权"}


def test_who_rejects_unknown_role(db):
    with pytest.raises(ValueError):
        q.who(db, "市场监管局", role="owner")


def test_injection_leaves_tables(db):
    q.who(db, "x'); DROP TABLE units; --")
    q.tasks(db, "'; DROP TABLE tasks; --")
    q.targets(db, indicator="'; DROP TABLE targets; --")
    with q.connection(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"units", "tasks", "targets", "responsibilities"} <= names
        assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 12


def test_taxonomy_file(monkeypatch):
    # the real lexicon (rules/units.jsonl), not the fixed one above
    monkeypatch.setattr(lookup, "taxonomy", REAL_TAXONOMY)
    tx = q.taxonomy()
    assert tx["industry_it"]["name"] == "工业和信息化"
    assert "市场监管局" in tx["market_regulation"]["aliases"]
    assert q.dept_types_for("工业和信息化") == ["industry_it"]
    assert q.dept_label("industry_it") == "工业和信息化"


# ------------------------------------------------------------ tasks, units --

def test_tasks_of_plan(db):
    data = q.tasks(db, "舞钢")
    assert ["/".join(t["path"]) for t in data] == ["二/(一)/1", "二/(一)/2"]
    first = data[0]
    assert [(u["name"], u["role"]) for u in first["units"]] == [
        ("市市场监管局", "lead"), ("市财政局", "responsible"), ("市工业信息化局", "responsible")]
    assert first["units_text"] == "市市场监管局 (lead); 市财政局; 市工业信息化局"
    assert first["anchor"] == "完善知识产权工作体系"


def test_tasks_include_unowned(db):
    data = q.tasks(db, JJ)
    assert {"/".join(t["path"]): t["units"] for t in data}["五"] == []


UNITS = [  # doc, unit name, tasks, lead, responsible, cooperating, partners, degree, betweenness
    ("舞钢", "市市场监管局", 2, 2, 0, 0, 2, 1.0, 0.0),
    ("舞钢", "市财政局", 2, 0, 1, 1, 2, 1.0, 0.0),
    ("江津区", "江津区市场监管局", 2, 0, 2, 0, 2, 2 / 3, 1 / 3),
    ("江津区", "区财政局", 1, 1, 0, 0, 0, 0.0, 0.0),
]


@pytest.mark.parametrize("doc, name, n, lead, resp, coop, partners, degree, btw", UNITS,
                         ids=[f"{u[0]}-{u[1]}" for u in UNITS])
def test_units_counts_and_centrality(db, doc, name, n, lead, resp, coop, partners, degree, btw):
    row = {r["name"]: r for r in q.units(db, doc=doc)}[name]
    assert (row["tasks"], row["lead"], row["responsible"], row["cooperating"], row["partners"]) == (
        n, lead, resp, coop, partners)
    assert row["degree"] == pytest.approx(degree, abs=1e-5)
    assert row["betweenness"] == pytest.approx(btw, abs=1e-5)


def test_units_all_plans_keep_regions_apart(db):
    data = q.units(db)
    mkt = [r for r in data if r["name"] == "市市场监管局"]
    assert sorted(r["region"] for r in mkt) == sorted(["辽宁省朝阳市", "河南省舞钢市"])
    assert data[0]["tasks"] == max(r["tasks"] for r in data)


def test_as_frame(db):
    pd = pytest.importorskip("pandas")
    df = q.who(db, "市场监管局", as_frame=True)
    assert isinstance(df, pd.DataFrame) and len(df) == len(MKT)
    assert {"title", "region", "role", "anchor", "unit"} <= set(df.columns)


# --------------------------------------------------- targets and deadlines --

def test_targets_filter(db):
    assert len(q.targets(db)) == 2
    got = q.targets(db, indicator="发明专利")
    assert [r["indicator"] for r in got] == ["patents_hv_per_10k"]
    assert got[0]["path"] == ["三", "(二)", "2"] and got[0]["aspirational"] is True
    assert [r["region"] for r in q.targets(db, "舞钢")] == ["河南省舞钢市"]
    assert q.targets(db, indicator="patents_hv_per_10k")[0]["value"] == 12.0


DUE = [
    ("before end of 2025", {"due_before": "2025-12-31"}, ["2024年6月", "2025年底前"]),
    ("before a year", {"due_before": "2025"}, ["2024年6月", "2025年底前"]),
    ("before a month", {"due_before": "2024-06"}, ["2024年6月"]),
    ("after", {"due_after": "2025-01-01"}, ["2025年底前", "到2026年底"]),
    ("all", {}, ["2024年6月", "2025年底前", "到2026年底"]),
]


@pytest.mark.parametrize("kw, expected", [c[1:] for c in DUE], ids=[c[0] for c in DUE])
def test_deadlines_due(db, kw, expected):
    assert [r["text"] for r in q.deadlines(db, **kw)] == expected


def test_deadlines_carry_units(db):
    row = q.deadlines(db, doc="舞钢")[0]
    assert row["units"] == [{"name": "市市场监管局", "role": "lead"}, {"name": "市财政局", "role": "cooperating"}]


def test_deadlines_bad_date(db):
    with pytest.raises(ValueError):
        q.deadlines(db, due_before="end of 2025")


# --------------------------------------------------------------------- CLI --

def run(*args):
    from extract.face.cli import cli
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_who(db):
    res = run("who", "市场监管局", "--db", db, "--format", "table")
    assert res.exit_code == 0, res.output
    for plan in ("江津区知识产权", "舞钢市创建", "朝阳市国家知识产权"):
        assert plan in res.output
    assert "lead" in res.output and "持续做优做强创新主体" in res.output


def test_cli_who_json(db):
    res = run("who", "市场监管局", "--role", "lead", "--format", "json", "--db", db)
    assert res.exit_code == 0
    assert triples([json.loads(line) for line in res.output.splitlines()]) == {t for t in MKT if t[2] == "lead"}


@pytest.mark.parametrize("args", [["tasks", "舞钢"], ["units", "--doc", "江津区"], ["targets"],
                                  ["deadlines", "--due-before", "2025-12-31"], ["units", "-n", "3"]],
                         ids=["tasks", "units", "targets", "deadlines", "units-limit"])
def test_cli_tables(db, args):
    res = run(*args, "--db", db, "--format", "table")
    assert res.exit_code == 0, res.output
    assert res.output.strip()
    res = run(*args, "--db", db, "--format", "json")
    lines = res.output.splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)


@pytest.mark.parametrize("args", [["tasks", "上海市"], ["units", "--doc", "上海市"],
                                  ["deadlines", "--due-before", "soon"]], ids=["tasks", "units", "bad-date"])
def test_cli_errors(db, args):
    res = CliRunner().invoke(__import__("extract.face.cli", fromlist=["cli"]).cli, args + ["--db", db])
    assert res.exit_code != 0 and "Error" in res.output


def test_cli_missing_db(tmp_path):
    res = CliRunner().invoke(__import__("extract.face.cli", fromlist=["cli"]).cli,
                             ["who", "x", "--db", str(tmp_path / "none.db")])
    assert res.exit_code != 0 and "no such database" in res.output


# ------------------------------------------------------- the bundled corpus --

@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    pytest.importorskip("extract.find.units")
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    summary = store.load([str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))], str(path))
    assert summary.ok, summary.failed
    return str(path)


def test_corpus_who_market_regulation(corpus_db, monkeypatch):
    monkeypatch.setattr(lookup, "taxonomy", REAL_TAXONOMY)
    data = q.who(corpus_db, "市场监管局")
    regions = {r["region"] for r in data}
    assert {"重庆市江津区", "河南省舞钢市", "辽宁省朝阳市"} <= regions
    for region in ("重庆市江津区", "河南省舞钢市", "辽宁省朝阳市"):
        assert len({r["task_id"] for r in data if r["region"] == region}) >= 3
    assert {r["role"] for r in data if r["region"] == "河南省舞钢市"} == {"lead"}
    assert all(r["role"] in q.ROLES and r["path"] and r["anchor"] for r in data)
