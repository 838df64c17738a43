"""Prose roles: a unit a task's own text names with a role cue (由X牵头, X牵头,
X会同Y, 请X, Y配合) is kept as a mention with a role hint, shown by `who` as
kind "prose", and never becomes a responsibility (GUIDE.md counts only clauses)."""
import json

import pytest
from click.testing import CliRunner

from extract import parse_text
from extract.ask import queries as q
from extract.store import database as store

HEAD = "关于推进数据要素工作的实施方案\n一、重点任务\n"


def _hints(body: str) -> dict:
    doc = parse_text(HEAD + body)
    return {m.name: m.role_hint for m in doc.mentions}


@pytest.mark.parametrize("body, want", [
    # 由X牵头
    ("(一)建设数据平台。由省数据局牵头,建设全省一体化数据平台。\n", {"省数据局": "lead"}),
    # X牵头 (a list shares the cue)
    ("(一)建设数据平台。省数据局、省工业和信息化厅牵头推进算力网络建设。\n",
     {"省数据局": "lead", "省工业和信息化厅": "lead"}),
    # X会同Y
    ("(一)完善制度。省数据局会同省司法厅制定数据条例。\n", {"省数据局": "responsible", "省司法厅": "responsible"}),
    # 请X
    ("(一)加强指导。请省委网信办加强数据安全指导。\n", {"省委网信办": "responsible"}),
    # Y配合
    ("(一)建设数据平台。建设全省数据平台,省财政厅、省发展改革委配合做好资金保障。\n",
     {"省财政厅": "cooperating", "省发展改革委": "cooperating"}),
    # 由X负责 (负责 going on to the work: prose; 评估工作由省统计局负责组织。, the sentence closing on its role
    # word, is a clause, rules/responsibility.yaml clause.you_sentence_on)
    ("(一)开展评估。由省统计局负责组织开展评估。\n", {"省统计局": "responsible"}),
], ids=["you-lead", "lead", "with", "request", "cooperating", "you-responsible"])
def test_each_cue_gives_its_role(body, want):
    got = _hints(body)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


@pytest.mark.parametrize("body, name", [
    ("(一)争取资金。省科技厅申请国家专项资金。\n", "省科技厅"),           # 申请 is not 请
    ("(一)完善机制。建立与省统计局的数据共享机制。\n", "省统计局"),          # no cue
    ("(一)完善机制。省数据局充分发挥牵头抓总作用,统筹推进。\n", "省数据局"),  # 发挥牵头作用 is no cue right after the name
])
def test_no_cue_no_role(body, name):
    got = _hints(body)
    assert name in got and got[name] is None, got


def test_prose_units_are_not_responsibilities():
    # (由X牵头,Y配合,建设… names both parts of the work's ownership and is GUIDE.md's clause inside the text,
    # X牵头，Y、Z按职责分工负责: rules/responsibility.yaml clause.you_pair_on, probe batch 138)
    doc = parse_text(HEAD + "(一)建设数据平台。由省数据局牵头,建设全省数据平台,省财政厅配合做好资金保障。\n")
    task = doc.tasks[-1]
    assert task.units == []                        # no clause: nothing counted
    ms = {m.name: m for m in doc.mentions}
    assert ms["省数据局"].task_id == task.id and ms["省数据局"].role_hint == "lead"
    assert ms["省财政厅"].role_hint == "cooperating"


def test_a_clause_unit_is_not_a_prose_mention():
    doc = parse_text(HEAD + "(一)建设数据平台,完善数据目录。(省数据局牵头,省财政厅配合)\n")
    assert {(u.name, u.role) for u in doc.tasks[-1].units} >= {("省数据局", "lead")}
    assert not [m for m in doc.mentions if m.role_hint]


@pytest.fixture()
def db(tmp_path):
    p = tmp_path / "prose.txt"
    p.write_text(HEAD + "(一)建设数据平台。由省数据局牵头,建设全省数据平台,省财政厅配合做好资金保障。\n"
                 "(二)完善数据目录,推进数据共享。(省数据局负责)\n", encoding="utf-8")
    path = tmp_path / "p.db"
    assert store.load([p], db=path).ok
    return path


def test_stored_with_role_hint_and_who_shows_prose_apart(db):
    conn = store.connect(db)
    rows = conn.execute("SELECT name, role_hint, task_id FROM mentions WHERE role_hint IS NOT NULL").fetchall()
    assert {(r[0], r[1]) for r in rows} == {("省数据局", "lead"), ("省财政厅", "cooperating")}
    assert all(r[2] for r in rows)
    clause = q.who(db, "省数据局")
    assert [(r["kind"], r["role"]) for r in clause] == [("clause", "responsible")]
    both = q.who(db, "省数据局", prose=True)
    assert [(r["kind"], r["role"]) for r in both] == [("clause", "responsible"), ("prose", "lead")]
    assert both[1]["unit_id"] is None
    assert [r["kind"] for r in q.who(db, "省财政厅", prose=True, role="cooperating")] == ["prose"]
    assert q.who(db, "省财政厅") == []


def test_cli_who_shows_prose_as_its_own_kind(db):
    from extract.face.cli import cli
    res = CliRunner().invoke(cli, ["who", "省数据局", "--format", "table", "--db", str(db)], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "1 responsibilities" in res.output and "prose (lower confidence)" in res.output
    res = CliRunner().invoke(cli, ["who", "省数据局", "--format", "json", "--db", str(db)])
    assert [json.loads(x)["kind"] for x in res.output.splitlines() if x.strip()] == ["clause", "prose"]
    res = CliRunner().invoke(cli, ["who", "省数据局", "--no-prose", "--format", "json", "--db", str(db)])
    assert [json.loads(x)["kind"] for x in res.output.splitlines() if x.strip()] == ["clause"]


def test_old_database_gets_the_new_columns(tmp_path):
    import sqlite3
    path = tmp_path / "old.db"
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE mentions (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, section_path TEXT,"
              " name TEXT NOT NULL, dept_type TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL, rule TEXT)")
    c.commit()
    c.close()
    cols = {r[1] for r in store.connect(path).execute("PRAGMA table_info(mentions)")}
    assert {"task_id", "role_hint"} <= cols
