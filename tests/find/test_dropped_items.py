"""Per-item validation of responsibility clauses (issue 13): an item that does not
read as a unit is dropped, the clause keeps its other units, and the dropped item
is recorded as a warning on the document (stored in SQLite, listed by ``audit``).
One bad item never loses the whole clause."""
from __future__ import annotations

import sqlite3

from extract.ask.audit import audit
from extract.find.units import find_clauses
from extract.pipeline import parse_text
from extract.store import database as store


def _clause(text):
    cls = find_clauses(text)
    assert len(cls) == 1, cls
    return cls[0]


def test_a_bare_list_keeps_its_units_when_one_item_is_not_a_unit():
    text = "加强消防安全。(市应急管理局、有关方面、市公安局)\n"
    c = _clause(text)
    assert [u.name for u in c.units] == ["市应急管理局", "市公安局"]
    assert [(d.text, text[d.start:d.end], d.rule) for d in c.dropped] == [
        ("有关方面", "有关方面", "clause.bare_bracket_list")]
    assert (c.dropped[0].clause_start, c.dropped[0].clause_end) == (c.start, c.end)


def test_a_unit_without_a_strong_suffix_no_longer_drops_a_bare_clause():
    # 支队 is a unit, but not one with a strong suffix (局 委 办 厅 …): the
    # strict rule used to reject the whole clause for it
    c = _clause("加强消防安全。(市应急管理局、市消防救援支队、市公安局)\n")
    assert [u.name for u in c.units] == ["市应急管理局", "市消防救援支队", "市公安局"]
    assert c.dropped == []
    c = _clause("推进改革。市应急管理局、市公安局、国网某市供电公司按职责分工负责。\n")
    assert [u.name for u in c.units] == ["市应急管理局", "市公安局", "国网某市供电公司"]


def test_an_end_sentence_keeps_its_units_and_records_the_bad_item():
    c = _clause("推进改革。市应急管理局、市公安局、有关方面按职责分工负责。\n")
    assert [u.name for u in c.units] == ["市应急管理局", "市公安局"]
    assert [d.text for d in c.dropped] == ["有关方面"]


def test_a_bare_list_that_is_mostly_not_units_is_still_not_a_clause():
    assert find_clauses("推进改革。(企业、高校、市科技局负责)\n") == []
    assert find_clauses("各地区、各部门按职责分工负责。\n") == []        # half is not more than half
    assert find_clauses("推进改革。企业、高校、科研院所、市科技局按职责分工负责。\n") == []


def test_a_labelled_clause_records_the_item_it_leaves_out():
    text = "推进改革。(责任单位:省发展改革委、省委网信-9-办、省经信厅)\n"
    c = _clause(text)
    assert [u.name for u in c.units] == ["省发展改革委", "省经信厅"]
    assert [(d.text, d.reason) for d in c.dropped] == [("省委网信-9-办", "not a unit name")]


def test_a_responsible_department_label_is_read_and_a_scope_field_is_not_a_unit():
    # national documents write (负责部门:A、B;适用范围:…): the label was not known,
    # so its first unit was lost with the label and the clause with it
    c = _clause("(一)放宽比例要求。(负责部门:人力资源社会保障部、住房城乡建设部、商务部;适用范围:所有自贸试验区)\n")
    assert [(u.name, u.role) for u in c.units] == [("人力资源社会保障部", "responsible"),
                                                   ("住房城乡建设部", "responsible"), ("商务部", "responsible")]
    assert c.dropped == []


PLAN = """关于推进消防安全的工作方案

一、重点任务
(一)加强消防设施建设。完善消防站点布局。(责任单位:市应急管理局、市委网信-9-办、市公安局)
(二)开展隐患排查。(市应急管理局、有关方面、市公安局)
"""


def test_dropped_items_are_recorded_on_the_document_and_stored(tmp_path):
    doc = parse_text(PLAN, source="plan.txt")
    units = {t.path[-1]: [u.name for u in t.units] for t in doc.tasks}
    assert units == {"(一)": ["市应急管理局", "市公安局"], "(二)": ["市应急管理局", "市公安局"]}
    got = [(d.text, doc.text[d.start:d.end], d.task_id) for d in doc.dropped]
    ids = {t.path[-1]: t.id for t in doc.tasks}
    assert got == [("市委网信-9-办", "市委网信-9-办", ids["(一)"]), ("有关方面", "有关方面", ids["(二)"])]

    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    db = tmp_path / "p.db"
    assert store.load([str(path)], db).ok
    con = sqlite3.connect(db)
    rows = con.execute("SELECT d.source, x.task_id, x.text, x.start, x.end, x.rule FROM dropped_items x "
                       "JOIN documents d ON d.id = x.doc_id ORDER BY x.start").fetchall()
    raw = con.execute("SELECT raw_text FROM documents").fetchone()[0]
    con.close()
    assert [(r[0], r[2]) for r in rows] == [("plan.txt", "市委网信-9-办"), ("plan.txt", "有关方面")]
    assert all(raw[s:e] == t for _, _, t, s, e, _ in rows)
    found = [f for f in audit(db) if f.check == "dropped_item"]
    assert [(f.start, f.end) for f in found] == [(r[3], r[4]) for r in rows]
    assert "有关方面" in found[1].message
