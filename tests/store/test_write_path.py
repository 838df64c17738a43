"""The lighter write path: grouped commits that still store whole documents or none,
and extraction that normalises a document's text once."""
import sqlite3
from pathlib import Path

from extract.pipeline import parse_file, parse_text
from extract.read import normalize as normalize_mod
from extract.store import database as store

SEEDS = sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))


def _docs(conn):
    return [r[0] for r in conn.execute("SELECT source FROM documents ORDER BY source")]


def test_a_failing_document_in_a_group_leaves_the_others_whole(tmp_path):
    conn = store.connect(tmp_path / "g.db")
    w = store.Writer(conn, group=8)
    good1, good2 = (store.record(parse_file(p)) for p in SEEDS[:2])
    bad = store.record(parse_text("一、任务\n\ud800责任单位:市科技局。\n", source="bad.txt"))
    summary = store.LoadSummary()
    for name, rec in (("a", good1), ("bad", bad), ("b", good2)):
        store._handle(w, summary, name, ("record", rec), None)
    assert conn.in_transaction                     # still one open group
    other = sqlite3.connect(tmp_path / "g.db")
    assert other.execute("SELECT count(*) FROM documents").fetchone()[0] == 0   # nothing visible yet
    w.commit()
    assert [p for p, _ in summary.failed] == ["bad"] and summary.loaded == ["a", "b"]
    assert other.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    n_tasks = sum(len(r["tasks"]) for r in (good1, good2))
    assert other.execute("SELECT count(*) FROM tasks").fetchone()[0] == n_tasks
    assert other.execute("SELECT count(*) FROM tasks WHERE doc_id NOT IN (SELECT id FROM documents)"
                         ).fetchone()[0] == 0


def test_a_group_rolled_back_stores_none_and_forgets_its_unit_ids(tmp_path):
    conn = store.connect(tmp_path / "r.db")
    w = store.Writer(conn, group=8)
    recs = [store.record(parse_file(p)) for p in SEEDS[:2]]
    for r in recs:
        assert w.write(r) == "loaded"
    w._rollback()                                  # what a failed COMMIT does
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 0
    for r in recs:                                 # the unit ids it cached were not kept
        assert w.write(r) == "loaded"
    w.commit()
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT count(*) FROM responsibilities").fetchone()[0] == \
        sum(len(r["responsibilities"]) for r in recs)


def test_a_load_commits_in_groups_and_indexes_every_task(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "COMMIT_GROUP", 2)
    db = tmp_path / "l.db"
    assert store.load([str(p) for p in SEEDS], db).ok
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(SEEDS)
    assert not con.execute("SELECT count(*) FROM tasks_fts_pending").fetchone()[0]
    n = con.execute("SELECT count(*) FROM tasks").fetchone()[0]
    assert con.execute("SELECT count(*) FROM tasks_fts").fetchone()[0] == n
    rowid, text = con.execute("SELECT rowid, text FROM tasks ORDER BY length(text) DESC LIMIT 1").fetchone()
    phrase = text[10:16]                           # a phrase search finds the task it was cut from
    hits = [r[0] for r in con.execute("SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?",
                                      ('"' + phrase.replace('"', '""') + '"',))]
    assert rowid in hits


class _Counting:
    def __init__(self, rx):
        self.rx, self.lengths = rx, []

    def sub(self, repl, text, *a, **k):
        self.lengths.append(len(text))
        return self.rx.sub(repl, text, *a, **k)


def test_the_normaliser_runs_once_per_document_on_its_text(monkeypatch):
    counter = _Counting(normalize_mod._CHANGE)
    monkeypatch.setattr(normalize_mod, "_CHANGE", counter)
    for p in SEEDS:
        counter.lengths = []
        parse_file(p)
        long = [n for n in counter.lengths if n > 300]
        assert len(long) == 1, (p.name, counter.lengths)      # the text, once
        assert len(counter.lengths) <= 8, (p.name, counter.lengths)   # and a few titles (was ~14 a plan)


def test_body_text_is_the_body_slice_of_the_stored_text_not_a_second_copy(tmp_path):
    db = tmp_path / "b.db"
    assert store.load([str(p) for p in SEEDS], db).ok
    con = sqlite3.connect(db)
    rows = con.execute("SELECT raw_text, body_start, body_end, body_text FROM documents").fetchall()
    assert rows and all(body == raw[a:b] for raw, a, b, body in rows)
    hidden = {r[1]: r[6] for r in con.execute("PRAGMA table_xinfo(documents)")}
    assert hidden["body_text"] == 2                # a virtual generated column: nothing stored
    assert "body_text" in [d[0] for d in con.execute("SELECT * FROM documents LIMIT 1").description]


def test_an_older_database_that_stores_body_text_still_loads(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    schema = store.SCHEMA.read_text(encoding="utf-8")
    old = schema.replace("body_text     TEXT GENERATED ALWAYS AS (substr(raw_text, body_start + 1, "
                         "body_end - body_start)) VIRTUAL,", "body_text     TEXT NOT NULL,")
    assert old != schema
    con.executescript(old)
    con.close()
    assert store.load([str(SEEDS[0])], db).ok
    con = sqlite3.connect(db)
    raw, a, b, body = con.execute("SELECT raw_text, body_start, body_end, body_text FROM documents").fetchone()
    assert body == raw[a:b]
