"""The provenance view: a plan with every fact highlighted in place (extract/show.py)."""
import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.face import show
from extract.face.show import Fact, find_doc, render_html, resolve_overlaps

ROOT = Path(__file__).resolve().parents[2]

# ---- a hand-made plan: every offset is computed from the text ---------------
TEXT = ("测试市人民政府办公室关于印发测试市知识产权工作方案的通知\n"
        "测试市知识产权工作方案\n"
        "一、重点任务\n"
        "(一)加强知识产权保护。到2025年底,专利数量达到100件以上。(牵头单位:市市场监管局;配合单位:市财政局)\n"
        "(二)完善<服务>体系&规范。2024年12月底前完成。(责任单位:市科技局)\n"
        "二、保障措施\n"
        "加强组织领导。\n")
DOC_ID = "00aa11bb22cc33dd"


def _at(s, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(s, i + 1)
    return i, i + len(s)


SECTIONS = [  # idx, parent, kind, level, number, label, path, heading, start-string
    (0, None, "cn", 1, "一、", "一", "一", "重点任务", "一、重点任务"),
    (1, 0, "paren_cn", 2, "(一)", "(一)", "一/(一)", "加强知识产权保护", "(一)加强"),
    (2, 0, "paren_cn", 2, "(二)", "(二)", "一/(二)", "完善<服务>体系&规范", "(二)完善"),
    (3, None, "cn", 1, "二、", "二", "二", "保障措施", "二、保障措施"),
    (4, 3, "para", 2, "", "¶1", "二/¶1", "加强组织领导", "加强组织领导"),
]
RESPS = [  # id, task seq, role, name, written
    (1, 0, "lead", "市市场监管局", "市市场监管局"),
    (2, 0, "cooperating", "市财政局", "市财政局"),
    (3, 1, "responsible", "市科技局", "市科技局"),
]
# the target holds the deadline: the shorter span is drawn whole
TARGET_TEXT = "到2025年底,专利数量达到100件以上"
DEADLINES = [(1, "2025年底", "2025-12-31"), (2, "2024年12月底前", "2024-12-31")]


def make_db(path) -> sqlite3.Connection:
    from extract.store.database import connect, flush_fts, sync_unit_names

    conn = connect(path)
    body_start = TEXT.index("一、重点任务")
    conn.execute(
        "INSERT INTO documents(id, sha256, source, path, format, title, region, level, year, raw_text, body_start,"
        " body_end, n_chars, loaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (DOC_ID, "f" * 64, "999_test_plan.txt", "corpus/999_test_plan.txt", "txt", "测试市知识产权工作方案",
         "测试省测试市", "city", 2024, TEXT, body_start, len(TEXT), len(TEXT), "now"))
    for idx, parent, kind, level, number, label, path_, heading, first in SECTIONS:
        s = TEXT.index(first)
        e = TEXT.index("\n", s)
        conn.execute("INSERT INTO sections(doc_id, idx, parent_idx, kind, level, number, label, ordinal, path,"
                     " heading, start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     (DOC_ID, idx, parent, kind, level, number, label, idx, path_, heading, s, e))
    for seq, first in enumerate(["(一)加强", "(二)完善"]):
        s = TEXT.index(first)
        e = TEXT.index("\n", s)
        conn.execute("INSERT INTO tasks(id, doc_id, path, section_path, number, anchor, text, start, end, seq)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?)",
                     (f"{DOC_ID}:一/{SECTIONS[seq + 1][4]}", DOC_ID, "[]", SECTIONS[seq + 1][6],
                      SECTIONS[seq + 1][4], SECTIONS[seq + 1][7], TEXT[s:e], s, e, seq))
    for rid, seq, role, name, written in RESPS:
        s, e = _at(written)
        conn.execute("INSERT INTO units(id, key, name, region, dept_type) VALUES (?,?,?,?,?)",
                     (rid, f"测试市:{name}", name, "测试省测试市", None))
        task_id = conn.execute("SELECT id FROM tasks WHERE seq = ?", (seq,)).fetchone()[0]
        conn.execute("INSERT INTO responsibilities(id, doc_id, task_id, unit_id, role, name, written, start, end,"
                     " rule) VALUES (?,?,?,?,?,?,?,?,?,?)", (rid, DOC_ID, task_id, rid, role, name, written, s, e, "t"))
    s, e = _at(TARGET_TEXT)
    conn.execute("INSERT INTO targets(id, doc_id, anchor, indicator, value, unit, comparator, deadline, text,"
                 " start, end) VALUES (1,?,?,?,?,?,?,?,?,?,?)",
                 (DOC_ID, "专利数量", "专利数量", 100, "件", ">=", "2025-12-31", TARGET_TEXT, s, e))
    for did, text, end in DEADLINES:
        s, e = _at(text)
        conn.execute("INSERT INTO deadlines(id, doc_id, text, kind, date_end, start, end) VALUES (?,?,?,?,?,?,?)",
                     (did, DOC_ID, text, "point", end, s, e))
    sync_unit_names(conn)               # rows written by hand, not by store.Writer
    flush_fts(conn)
    return conn


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "plan.db"
    conn = make_db(path)
    yield path, conn
    conn.close()


class Page(HTMLParser):
    """ids, the text inside each <mark id=…>, and every href."""

    def __init__(self, markup):
        super().__init__()
        self.ids, self.marks, self.hrefs, self._open = {}, {}, [], []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids[a["id"]] = (tag, a)
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "mark":
            self._open.append([a.get("id"), ""])
        elif tag == "span" and self._open:
            self._open[-1].append("label")     # the displaCy label inside a mark is not its text

    def handle_endtag(self, tag):
        if tag == "mark" and self._open:
            mid, text, *_ = self._open.pop()
            if mid:
                self.marks[mid] = text

    def handle_data(self, data):
        if self._open and len(self._open[-1]) == 2:
            self._open[-1][1] += data.strip()


# ---- overlap resolution -----------------------------------------------------
OVERLAP_CASES = [
    # (facts as (start, end, label, id), n_chars, expected pieces (start, end, id, first), hidden ids)
    ([(0, 4, "TARGET", "t"), (6, 8, "DEADLINE", "d")], 10, [(0, 4, "t", True), (6, 8, "d", True)], []),
    ([(0, 10, "TARGET", "t"), (2, 5, "DEADLINE", "d")], 10,
     [(0, 2, "t", True), (2, 5, "d", True), (5, 10, "t", False)], []),
    ([(0, 5, "TARGET", "t"), (3, 8, "DEADLINE", "d")], 10, [(0, 3, "t", True), (3, 8, "d", True)], []),
    ([(2, 5, "LEAD", "a"), (2, 5, "RESPONSIBLE", "b")], 10, [(2, 5, "a", True)], ["b"]),
    ([(8, 15, "TARGET", "t"), (12, 20, "DEADLINE", "out")], 10, [(8, 10, "t", True)], ["out"]),
    ([(4, 4, "LEAD", "empty")], 10, [], ["empty"]),
]


@pytest.mark.parametrize("facts, n, pieces, hidden", OVERLAP_CASES,
                         ids=["disjoint", "nested", "crossing", "duplicate", "past-the-end", "empty"])
def test_resolve_overlaps(facts, n, pieces, hidden):
    got, gone = resolve_overlaps([Fact(s, e, lab, fid, "") for s, e, lab, fid in facts], n)
    assert [(s, e, f.anchor, first) for s, e, f, first in got] == pieces
    assert [f.anchor for f in gone] == hidden
    spans = [(s, e) for s, e, _, _ in got]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "pieces overlap"


# ---- finding a document -----------------------------------------------------
FIND_CASES = [
    (DOC_ID, DOC_ID), ("00aa11", DOC_ID), ("999_test_plan.txt", DOC_ID), ("999_test_plan", DOC_ID),
    ("corpus/999_test_plan.txt", DOC_ID), ("/elsewhere/999_test_plan.txt", DOC_ID), ("999", DOC_ID),
    ("知识产权工作方案", DOC_ID),
]


@pytest.mark.parametrize("ref, want", FIND_CASES, ids=["id", "id-prefix", "file-name", "stem", "path",
                                                       "other-folder", "file-name-start", "title-part"])
def test_find_doc(db, ref, want):
    assert find_doc(db[1], ref) == want


@pytest.mark.parametrize("ref", ["nope", "", "00"], ids=["unknown", "empty", "prefix-too-short"])
def test_find_doc_missing(db, ref):
    with pytest.raises(LookupError):
        find_doc(db[1], ref)


def test_find_doc_ambiguous(db):
    conn = db[1]
    conn.execute("INSERT INTO documents(id, sha256, source, format, title, raw_text, body_start, body_end,"
                 " n_chars, loaded_at) VALUES ('00aa99', 'e', 'other.txt', 'txt', '测试市知识产权工作方案二',"
                 " 'x', 0, 1, 1, 'now')")
    with pytest.raises(LookupError, match="matches 2 documents"):
        find_doc(conn, "测试市知识产权")


# ---- the page ---------------------------------------------------------------
def test_every_fact_highlighted_with_its_own_characters(db):
    page = Page(render_html(db[1], DOC_ID))
    want = {f"resp-{rid}": w for rid, _, _, _, w in RESPS}
    want.update({f"deadline-{i}": t for i, t, _ in DEADLINES})
    for fid, text in want.items():
        assert page.ids[fid][0] == "mark", fid
        assert page.marks[fid] == text, fid
    # the target holds deadline-1: drawn around it, id on its first piece
    assert page.ids["target-1"][0] == "mark"
    assert page.marks["target-1"] == "到"


@pytest.mark.parametrize("fid, label, colour", [
    ("resp-1", "LEAD", show.LABELS["LEAD"][1]), ("resp-2", "COOPERATING", show.LABELS["COOPERATING"][1]),
    ("resp-3", "RESPONSIBLE", show.LABELS["RESPONSIBLE"][1]), ("target-1", "TARGET", show.LABELS["TARGET"][1]),
    ("deadline-2", "DEADLINE", show.LABELS["DEADLINE"][1]),
], ids=["lead", "cooperating", "responsible", "target", "deadline"])
def test_labels_and_colours(db, fid, label, colour):
    tag, attrs = Page(render_html(db[1], DOC_ID)).ids[fid]
    assert attrs["data-label"] == label
    assert colour in attrs["style"]


def test_toc_tasks_and_escaping(db):
    markup = render_html(db[1], DOC_ID)
    page = Page(markup)
    headings = [s for s in SECTIONS if s[2] != "para"]
    toc = [h for h in page.hrefs if h.startswith("#sec-")]
    assert toc == [f"#sec-{s[0]}" for s in headings]
    assert all(f"sec-{s[0]}" in page.ids for s in SECTIONS)
    assert page.ids["task-0"][0] == "div" and page.ids["task-1"][0] == "div"
    assert "<服务>" not in markup and "&lt;服务&gt;" in markup
    assert "&amp;规范" in markup
    assert markup.startswith("<!DOCTYPE html>") and "<script" not in markup


def test_row_links_only_when_asked(db):
    plain = Page(render_html(db[1], DOC_ID))
    assert not [h for h in plain.hrefs if not h.startswith("#")]
    linked = Page(render_html(db[1], DOC_ID, row_url=lambda t, k: f"/db/{t}/{k}"))
    assert f"/db/documents/{DOC_ID}" in linked.hrefs
    assert f"/db/tasks/{DOC_ID}:一/(一)" in linked.hrefs


def test_unknown_document(db):
    with pytest.raises(LookupError):
        render_html(db[1], "ffffffffffffffff")


def test_terminal_rendering_styles_the_facts(db):
    text = show.render_text(db[1], DOC_ID)
    body_start = TEXT.index("一、重点任务")
    assert text.plain == TEXT[body_start:]
    styled = {text.plain[sp.start:sp.end] for sp in text.spans}
    assert {"市市场监管局", "市财政局", "市科技局", "2025年底", "2024年12月底前"} <= styled


# ---- the command ------------------------------------------------------------
def test_cli_show_html(db, tmp_path):
    from extract.face.cli import cli

    out = tmp_path / "plan.html"
    r = CliRunner().invoke(cli, ["show", "999_test_plan.txt", "--db", str(db[0]), "--html", str(out)])
    assert r.exit_code == 0, r.output
    assert "resp-1" in Page(out.read_text(encoding="utf-8")).ids


@pytest.mark.parametrize("args, code, message", [
    (["show", "nope"], 1, "no document 'nope'"),
    (["show", "x", "--db", "missing.db"], 1, "no such database"),
], ids=["unknown-doc", "no-database"])
def test_cli_show_errors(db, args, code, message):
    from extract.face.cli import cli

    if "--db" not in args:
        args = args + ["--db", str(db[0])]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == code and message in r.output


def test_cli_show_terminal(db):
    from extract.face.cli import cli

    r = CliRunner().invoke(cli, ["show", DOC_ID, "--db", str(db[0])])
    assert r.exit_code == 0 and "测试市知识产权工作方案" in r.output and "市科技局" in r.output


# ---- the bundled corpus -------------------------------------------------------
@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    from extract.store.database import connect, load

    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    summary = load([str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))], path)
    assert summary.ok, summary.failed
    conn = connect(path, create=False)
    yield conn
    conn.close()


def test_corpus_pages_hold_every_fact(corpus_db):
    conn = corpus_db
    for doc_id, raw in conn.execute("SELECT id, raw_text FROM documents").fetchall():
        page = Page(render_html(conn, doc_id))
        for table, prefix in (("responsibilities", "resp"), ("targets", "target"), ("deadlines", "deadline")):
            for fid, s, e in conn.execute(f"SELECT id, start, end FROM {table} WHERE doc_id = ?", (doc_id,)):
                key = f"{prefix}-{fid}"
                assert key in page.ids, f"{doc_id}: {key} missing"
                if key in page.marks:      # drawn: its first piece is a prefix of its characters
                    assert re.sub(r"\s", "", raw[s:e]).startswith(page.marks[key]), key
        n_tasks = conn.execute("SELECT count(*) FROM tasks WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        assert sum(1 for k in page.ids if k.startswith("task-")) == n_tasks
