"""Comparing plans: document references, targets side by side, department
participation, task alignment, shared passages, corpus statistics and the
``compare`` / ``stats`` commands -- over the bundled corpus, plus small
hand-made documents for the passage finder."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.ask import compare as C
from extract.ask import stats as S
from extract.store import database as store
from extract.face.cli import cli

ROOT = Path(__file__).resolve().parents[2]
PAIR = ["江津区", "朝阳市"]

SHORT_REGION = [
    ("重庆市江津区", "江津区"), ("辽宁省朝阳市", "朝阳市"), ("河南省舞钢市", "舞钢市"),
    ("四川省成都市", "成都市"), ("四川省", "四川省"), ("广西壮族自治区南宁市", "南宁市"),
    ("四川省成都市武侯区", "武侯区"), ("中华人民共和国", "全国"), ("全国", "全国"), (None, None),
]

TARGET_CELLS = [
    ({"value": 200.0, "unit": "件", "comparator": ">=", "deadline": "2026-12-31"}, "≥200件 · 2026-12-31"),
    ({"value": 1.0, "value_max": 2.0, "unit": "个", "comparator": "=", "per_year": 1}, "1–2个 · 每年"),
    ({"value": 8.0, "unit": "%", "comparator": ">=", "growth": 1, "aspirational": 1}, "≥8% · 增长 · 力争"),
    ({"value": 5000.0, "unit": "万元", "comparator": ">", "cumulative": 1}, ">5000万元 · 累计"),
    ({"value": 90.0, "unit": "%", "comparator": "~"}, "约90%"),
]

# (reference, expected source of the plan it names)
REFS = [
    ("江津区", "000_bd8e8a35b7d95472.txt"),
    ("重庆市江津区", "000_bd8e8a35b7d95472.txt"),
    ("朝阳市", "004_6d9d402cb80ceabd.txt"),
    ("000_bd8e8a35b7d95472.txt", "000_bd8e8a35b7d95472.txt"),
    ("001_bce6911f58b7f67d", "001_bce6911f58b7f67d.txt"),
]

# tasks of 江津区 that must find their counterpart in 朝阳市 at the default
# threshold: (words in the 江津区 anchor, words in the 朝阳市 anchor)
ALIGNED = [("专利导航", "专利导航"), ("加强组织领导", "加强组织领导"), ("专利技术转化", "专利技术转化")]

# hand-made documents for the passage finder: (id, covering notice, body)
SHARED = "推动地理标志与特色产业发展、生态文明建设、历史文化传承以及乡村振兴有机融合"
NOTICE = "各镇人民政府、街道办事处,区政府各部门,有关单位:现将本方案印发给你们,请认真贯彻执行。"
MINI = [
    ("a" * 16, NOTICE, f"一、重点任务\n1.品牌建设。{SHARED},鼓励企业参加博览会。加强知识产权保护执法力度,严厉打击侵权行为。\n"),
    ("b" * 16, NOTICE, f"二、主要任务\n(一)产业融合。{SHARED},提升品牌影响力。加强知识产权保护执法工作,严厉打击各类侵权行为。\n"),
    ("c" * 16, NOTICE, "三、保障措施\n加强组织领导,明确责任分工。完善经费保障机制,落实专项资金。\n"),
]


@pytest.fixture(scope="session")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("compare") / "corpus.db"
    summary = store.load([str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))], path)
    assert summary.ok, summary.failed
    return str(path)


@pytest.fixture(scope="session")
def pair(db):
    return C.compare(db, PAIR)


@pytest.fixture
def mini_db(tmp_path):
    path = tmp_path / "mini.db"
    conn = store.connect(path)
    for i, notice, body in MINI:
        raw = notice + "\n" + body
        conn.execute(
            "INSERT INTO documents(id, sha256, source, format, raw_text, body_start, body_end,"
            " n_chars, loaded_at, region) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (i, i * 4, f"{i[0]}.txt", "txt", raw, len(notice) + 1, len(raw), len(raw), "now", f"{i[0]}市"))
    return conn


# ------------------------------------------------------------ references

@pytest.mark.parametrize("region,label", SHORT_REGION, ids=[str(r) for r, _ in SHORT_REGION])
def test_short_region(region, label):
    assert C.short_region(region) == label


@pytest.mark.parametrize("ref,source", REFS, ids=[r for r, _ in REFS])
def test_resolve_docs(db, ref, source):
    conn = C.connect(db)
    (doc_id,) = C.resolve_docs(conn, [ref])
    assert conn.execute("SELECT source FROM documents WHERE id = ?", (doc_id,)).fetchone()[0] == source


def test_resolve_by_id_prefix(db):
    conn = C.connect(db)
    full = conn.execute("SELECT id FROM documents WHERE source LIKE '004%'").fetchone()[0]
    assert C.resolve_docs(conn, [full[:8]]) == [full]


@pytest.mark.parametrize("refs", [["北京市海淀区"], ["江津区", "重庆市江津区"]], ids=["unknown", "twice"])
def test_resolve_errors(db, refs):
    with pytest.raises(C.DocumentNotFound):
        C.resolve_docs(C.connect(db), refs)


def test_labels_are_short_regions(pair):
    assert pair.plans == ["江津区", "朝阳市"]


# ------------------------------------------------------------ targets

@pytest.mark.parametrize("row,cell", TARGET_CELLS, ids=[c for _, c in TARGET_CELLS])
def test_format_target(row, cell):
    assert C.format_target(row) == cell


def test_shared_indicator_side_by_side(pair):
    t = pair.targets
    rows = t[t["indicator"].str.contains("专利密集型产品备案")]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["plans"] == 2 and row["comparable"]
    assert "200件" in row["江津区"] and "200件" in row["朝阳市"]


def test_shared_indicators_first_and_singles_listed(pair):
    t = pair.targets
    assert list(t["plans"]) == sorted(t["plans"], reverse=True)
    singles = t[t["plans"] == 1]
    assert len(singles) > 5
    # exactly one plan's cell is filled in a row only one plan has
    assert all(((r[["江津区", "朝阳市"]] != "").sum() == 1) for _, r in singles.iterrows())


def test_every_target_is_in_the_table(pair):
    long = pair.targets_long
    assert len(long) == int(pair.documents["targets"].sum())
    assert set(long["key"]) == set(pair.targets.index)


# ------------------------------------------------------------ departments

def test_department_shares(pair):
    d = pair.departments
    for plan, g in d.groupby("plan"):
        assert abs(g["share"].sum() - 1) < 0.01, plan
        assert (g["lead"] <= g["tasks"]).all() and (g["tasks"] <= g["assignments"]).all()
    top = d[d["plan"] == "江津区"].iloc[0]
    assert top["dept_type"] == "market_regulation"
    assert set(d[d["dept_type"] == "market_regulation"]["plan"]) == {"江津区", "朝阳市"}


def test_concentration(pair):
    c = pair.concentration.set_index("plan")
    assert c.loc["江津区", "busiest_unit"].endswith("市场监管局")
    for plan, r in c.iterrows():
        assert 0 < r["busiest_unit_share"] <= 1 and 1 / r["units"] <= r["hhi"] <= 1
        assert r["tasks_with_units"] <= r["tasks"]


def test_departments_wide(pair):
    w = C.departments_wide(pair.departments, pair.plans)
    assert list(w.columns) == pair.plans
    assert w.iloc[0]["江津区"] and w.iloc[0]["朝阳市"]


# ------------------------------------------------------------ alignment

@pytest.mark.parametrize("ours,theirs", ALIGNED, ids=[a for a, _ in ALIGNED])
def test_aligned_tasks(pair, ours, theirs):
    a = pair.alignment
    row = a[a["anchor"].str.contains(ours)].iloc[0]
    assert theirs in row["other_anchor"], row.to_dict()
    assert row["score"] >= 0.3


def test_threshold_is_respected(db):
    a = C.align_tasks(db, PAIR, threshold=0.3)
    assert (a["score"].dropna() >= 0.3).all()
    none = C.align_tasks(db, PAIR, threshold=0.99)
    assert none["score"].isna().all()
    # every task of the base plan is listed, matched or not
    assert len(none) == int(C.documents(C.connect(db), C.resolve_docs(C.connect(db), PAIR))["tasks"][0])


def test_top_k_and_base(db):
    a = C.align_tasks(db, PAIR, base="朝阳市", top_k=3, threshold=0.0)
    assert set(a["plan"]) == {"朝阳市"} and set(a["other_plan"]) == {"江津区"}
    assert a.groupby("task_id").size().max() == 3
    for _, g in a.groupby("task_id"):
        assert list(g["score"]) == sorted(g["score"], reverse=True)


@pytest.mark.parametrize("text,token", [
    ("由区市场监管局牵头开展商标品牌指导", "市场监管局"),
    ("专利密集型产品备案数量累计达200件", "专利密集型产品备案数量"),
    ("开展专利导航工作(责任单位:市财政局)", "导航"),
], ids=["unit", "indicator", "clause"])
def test_tokenize_keeps_names_whole(text, token):
    toks = C.tokenize(text)
    assert any(t.endswith(token) for t in toks), toks
    assert "财政局" not in "".join(toks)          # the responsibility clause is dropped
    assert not any(len(t) == 1 for t in toks)


# ------------------------------------------------------------ passages

def test_shared_geographical_indication_passage(pair, db):
    p = pair.passages
    hit = p[p["text"].str.contains("地理标志与特色产业发展")]
    assert len(hit) == 1
    r = hit.iloc[0]
    assert SHARED in r["text"] and SHARED in r["other_text"]
    conn = C.connect(db)
    for doc, s, e, text in ((r["doc_id"], r["start"], r["end"], r["text"]),
                            (r["other_doc_id"], r["other_start"], r["other_end"], r["other_text"])):
        raw, bs, be = conn.execute("SELECT raw_text, body_start, body_end FROM documents WHERE id = ?",
                                   (doc,)).fetchone()
        assert raw[s:e] == text and bs <= s < e <= be


def test_passages_are_long_and_alike(pair):
    p = pair.passages
    assert len(p) and (p["length"] >= 15).all() and (p["similarity"] >= 0.8).all()
    assert set(p["plan"]) == {"江津区"} and set(p["other_plan"]) == {"朝阳市"}


def test_passages_mini(mini_db):
    p = C.shared_passages(mini_db, ["a" * 16, "b" * 16, "c" * 16])
    texts = list(p["text"])
    assert SHARED in texts                                   # verbatim, inside longer sentences
    near = p[p["text"].str.startswith("加强知识产权保护执法")]
    assert len(near) == 1 and 0.8 <= near.iloc[0]["similarity"] < 1   # near-verbatim
    assert not any("印发" in t for t in texts)              # the covering notice is not body
    assert "c" * 16 not in set(p["doc_id"]) | set(p["other_doc_id"])  # nothing shared with c


def test_passages_min_len(mini_db):
    p = C.shared_passages(mini_db, ["a" * 16, "b" * 16], min_len=len(SHARED) + 1)
    assert SHARED not in list(p["text"])


@pytest.mark.parametrize("a,b,found", [
    ("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未", True),
    ("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未", "甲乙丙丁戊己庚辛X癸子丑寅卯辰巳午未", True),
    ("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未", "东南西北中发白春夏秋冬金木水火土", False),
    ("甲乙丙丁戊己庚辛壬", "甲乙丙丁戊己庚辛壬", False),          # shorter than min_len
], ids=["verbatim", "one-char-changed", "unrelated", "too-short"])
def test_runs(a, b, found):
    assert bool(list(C._runs(a, b, gap=4, min_len=15, min_ratio=0.8))) == found


# ------------------------------------------------------------ the whole comparison

def test_json_round_trip(pair):
    data = json.loads(pair.to_json())
    assert set(data) >= {"documents", "targets", "departments", "concentration", "alignment", "passages"}
    assert data["documents"][0]["plan"] == "江津区"


def test_compare_needs_two(db):
    with pytest.raises(ValueError):
        C.compare(db, ["江津区"])


def test_compare_accepts_sqlite_utils(db):
    from extract import open_db
    c = C.compare(open_db(db), PAIR)
    assert c.plans == ["江津区", "朝阳市"]


# ------------------------------------------------------------ corpus statistics

def test_stats(db):
    t = S.corpus_stats(db, n=10)
    assert int(t["by_level"]["plans"].sum()) == 5 == int(t["by_region"]["plans"].sum())
    assert list(t["by_year"]["year"]) == sorted(t["by_year"]["year"])
    ind = t["indicators"]
    assert ind.iloc[0]["plans"] >= 2 and (ind["plans"].diff().dropna() <= 0).all()
    assert t["dept_types"].iloc[0]["dept_type"] == "market_regulation"
    assert t["units"].iloc[0]["unit"].endswith("市场监管局") and len(t["units"]) <= 10


def test_stats_bad_field(db):
    with pytest.raises(ValueError):
        S.plans_by(db, "colour")


# ------------------------------------------------------------ commands

def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_compare_terminal(db):
    r = run("compare", *PAIR, "--db", db)
    assert r.exit_code == 0, r.output
    for text in ("专利密集型产品备案", "200件", "专利导航", "地理标志与特色产业发展", "市场监管", "Department"):
        assert text in r.output, text


@pytest.mark.parametrize("fmt", ["csv", "json", "html"])
def test_cli_compare_formats(db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    r = run("compare", *PAIR, "--db", db, "--format", fmt, "-o", str(out))
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "专利密集型产品备案" in text
    if fmt == "json":
        assert json.loads(text)["passages"]
    if fmt == "html":
        assert 'id="heatmap"' in text and 'id="target-bars"' in text


def test_cli_compare_csv_folder(db, tmp_path):
    r = run("compare", *PAIR, "--db", db, "--format", "csv", "-o", str(tmp_path / "tables") + "/")
    assert r.exit_code == 0, r.output
    names = {p.stem for p in (tmp_path / "tables").glob("*.csv")}
    assert names >= {"targets", "departments", "alignment", "passages"}


def test_cli_compare_only(db):
    r = run("compare", *PAIR, "--db", db, "--format", "csv", "--only", "passages")
    assert r.exit_code == 0 and r.output.startswith("plan,doc_id,start")


@pytest.mark.parametrize("args,message", [
    (["江津区"], "at least two"),
    (["江津区", "北京市海淀区"], "no document matches"),
], ids=["one", "unknown"])
def test_cli_compare_errors(db, args, message):
    r = CliRunner().invoke(cli, ["compare", *args, "--db", db])
    assert r.exit_code != 0 and message in r.output


def test_cli_compare_missing_db(tmp_path):
    r = CliRunner().invoke(cli, ["compare", *PAIR, "--db", str(tmp_path / "none.db")])
    assert r.exit_code != 0 and "no such database" in r.output


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "html"])
def test_cli_stats(db, fmt):
    r = run("stats", "--db", db, "--format", fmt)
    assert r.exit_code == 0, r.output
    assert "辽宁省朝阳市" in r.output and "market_regulation" in r.output or "市场监管" in r.output


def test_help_stays_light():
    """The commands are registered without importing pandas or jieba."""
    code = "import sys, extract.face.cli; print(sorted(m for m in ('pandas', 'jieba', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
