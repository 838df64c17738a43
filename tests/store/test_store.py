"""Loading: one transaction per document, idempotent, failures isolated and reported."""
import shutil
import sqlite3
from pathlib import Path

import pytest

from extract.store import database as store

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TABLES = ("documents", "sections", "tasks", "units", "responsibilities", "targets", "deadlines", "phases",
          "mentions", "group_members")


def counts(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "z.db"
    summary = store.load([str(p) for p in sorted(CORPUS.glob("*.txt"))], db)
    return db, summary


def test_corpus_loads(loaded):
    db, summary = loaded
    assert summary.ok and len(summary.loaded) == 5
    c = counts(db)
    assert c["documents"] == 5 and c["tasks"] >= 80 and c["responsibilities"] >= 100


def test_loading_twice_changes_nothing(loaded, tmp_path):
    db, _ = loaded
    copy = tmp_path / "again.db"
    shutil.copy(db, copy)
    before = counts(copy)
    summary = store.load([str(p) for p in sorted(CORPUS.glob("*.txt"))], copy)
    assert len(summary.skipped) == 5 and not summary.loaded
    assert counts(copy) == before


def test_spans_point_at_stored_text(loaded):
    db, _ = loaded
    con = sqlite3.connect(db)
    rows = con.execute("SELECT d.raw_text, r.start, r.end, r.written FROM responsibilities r "
                       "JOIN documents d ON d.id = r.doc_id").fetchall()
    assert rows
    for raw, s, e, written in rows:
        assert 0 <= s < e <= len(raw)
        if written:
            assert raw[s:e] == written
    for raw, s, e, text in con.execute("SELECT d.raw_text, t.start, t.end, t.text FROM tasks t "
                                       "JOIN documents d ON d.id = t.doc_id"):
        assert raw[s:e] == text


def test_fts_trigram_finds_chinese(loaded):
    db, _ = loaded
    con = sqlite3.connect(db)
    hits = con.execute("SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH ?", ('"专利导航"',)).fetchone()[0]
    assert hits >= 2


def test_bad_file_reported_and_others_load(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(CORPUS / "001_bce6911f58b7f67d.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    db = tmp_path / "m.db"
    summary = store.load([str(folder), str(tmp_path / "missing.txt")], db)
    failed = dict((Path(p).name, r) for p, r in summary.failed)
    assert set(failed) == {"empty.txt", "binary.txt", "missing.txt"}
    assert "empty" in failed["empty.txt"]
    assert "no such file" in failed["missing.txt"]
    assert [Path(p).name for p in summary.loaded] == ["good.txt"]
    assert counts(db)["documents"] == 1


def test_failed_write_leaves_no_partial_document(tmp_path, monkeypatch):
    from extract.pipeline import parse_file

    doc = parse_file(CORPUS / "000_bd8e8a35b7d95472.txt")
    doc.tasks.append(doc.tasks[0])              # duplicate task id: the insert fails mid-document
    conn = store.connect(tmp_path / "p.db")
    with pytest.raises(sqlite3.IntegrityError):
        store.write_document(conn, doc)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sections").fetchone()[0] == 0


def test_changed_file_same_name_is_a_new_version_and_replace_replaces(tmp_path):
    f = tmp_path / "plan.txt"
    text = (CORPUS / "000_bd8e8a35b7d95472.txt").read_text(encoding="utf-8")
    f.write_text(text, encoding="utf-8")
    db = tmp_path / "v.db"
    store.load([str(f)], db)
    f.write_text(text + "\n补充。\n", encoding="utf-8")
    store.load([str(f)], db)
    con = sqlite3.connect(db)
    assert [r[0] for r in con.execute("SELECT version FROM documents ORDER BY version")] == [1, 2]
    f.write_text(text + "\n再补充。\n", encoding="utf-8")
    s = store.load([str(f)], db, replace=True)
    assert len(s.replaced) == 1
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_a_loaded_pdf_keeps_its_table_rows(tmp_path):
    """The load path passes the reader's table blocks on (a 分工表 in a PDF gives
    its rows as tasks in the database, as parse_file gives them)."""
    from extract.pipeline import parse_file

    pdf = Path(__file__).resolve().parents[2] / "corpus" / "real" / "zhejiang-pdf" / \
        "8-衢州市人工智能创新发展工作方案_.pdf"
    want = {t.id for t in parse_file(pdf).tasks if t.rule == "table.block"}
    assert want
    db = tmp_path / "p.db"
    assert store.load([str(pdf)], db).ok
    con = sqlite3.connect(db)
    got = {r[0] for r in con.execute("SELECT id FROM tasks WHERE rule = 'table.block'")}
    assert got == want
