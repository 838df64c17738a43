"""Bad input and database integrity, through the real command line.

Every bad file gets exactly one line ``error: <path>: <reason>`` on stderr, the
exit status is 1 when anything failed, and every good file beside it still
loads whole.  A load killed with SIGKILL leaves only whole documents; two loads
at once both succeed; user text in queries is always a bound parameter.
"""
import io
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import fixtures_make as fm
from extract.store import database as store
from extract.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]
SEEDS = fm.SEEDS
FACT_TABLES = ("sections", "tasks", "responsibilities", "targets", "deadlines", "phases", "mentions",
               "group_members")


def seed_bytes(i=0) -> bytes:
    return SEEDS[i].read_bytes()


def _random(n, lo=0, hi=256, seed=5) -> bytes:
    import random
    rnd = random.Random(seed)
    return bytes(rnd.randrange(lo, hi) for _ in range(n))


def _seed_pdf() -> bytes:
    return fm.as_pdf(fm.seed_text(SEEDS[1]))[0]


def _zip_of_csv() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("data.csv", "a,b\n1,2\n")
    return buf.getvalue()


def _with_bad_characters() -> bytes:
    """A seed with NUL bytes, C0 controls, DEL and a UTF-8-encoded lone surrogate inside."""
    s = fm.seed_text(SEEDS[2])
    k = len(s) // 3
    return (s[:k].encode() + b"\x00\x00\x01\x07\x1b\x7f" + s[k:2 * k].encode()
            + "\ud800".encode("utf-8", "surrogatepass") + s[2 * k:].encode())


NO_HEADINGS = ("关于做好垃圾分类工作的通知\n各街道办事处:\n为做好垃圾分类工作,现将有关事项通知如下。"
               "请各单位高度重视,认真组织实施,确保取得实效。责任单位:区城管局、区生态环境局。\n2024年3月1日\n")
ONLY_TABLE = ("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
              "1\t建设知识产权保护中心\t市市场监管局\t市科技局\t2024年底前\n"
              "2\t开展专利导航服务\t市科技局\t市财政局、市商务局\t2025年6月\n"
              "3\t培育高价值专利\t市市场监管局\t市工业和信息化局\t长期坚持\n")

# (id, file name, bytes, what the one-line reason must contain)
BAD = [
    ("empty", "empty.txt", lambda: b"", "empty file"),
    ("binary-named-txt", "data.txt", lambda: _random(6000), "not a text file"),
    ("truncated-pdf", "half.pdf", lambda: _seed_pdf()[: len(_seed_pdf()) // 2], "truncated"),
    ("encrypted-pdf", "locked.pdf", fm.encrypted_pdf, "PDF is encrypted"),
    ("pdf-without-text-layer", "scan.pdf", fm.blank_pdf, "PDF has no text layer"),
    ("docx-that-is-a-zip-of-csv", "plan.docx", _zip_of_csv, "not a Word document (zip archive"),
    ("undetectable-encoding", "plan.txt", lambda: _random(3000, 0x80, 0x100, seed=7), "cannot detect encoding"),
]

# (id, file name, bytes, minimum tasks, warning the command prints or None)
GOOD = [
    ("seed-txt", "good.txt", lambda: seed_bytes(0), 10, None),
    ("spaces-and-chinese-name", "江津区 知识产权 工作方案 (2024).txt", lambda: seed_bytes(3), 10, None),
    ("nul-control-surrogate", "controls.txt", _with_bad_characters, 10, None),
    ("no-headings", "notice.txt", lambda: NO_HEADINGS.encode("gbk"), 1, "no numbered headings"),
    ("only-a-table", "table.txt", lambda: ONLY_TABLE.encode("utf-8"), 3, "no numbered headings"),
]
MISSING = "no/such/dir/plan.txt"


def run_load(*args, cwd=ROOT, timeout=300):
    return subprocess.run([sys.executable, "-m", "extract", "load", "-q", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


def lines_for(stderr: str, path, kind="error") -> list:
    prefix = f"{kind}: {path}: "
    return [ln[len(prefix):] for ln in stderr.splitlines() if ln.startswith(prefix)]


def doc_counts(conn, doc_id) -> dict:
    return {t: conn.execute(f"SELECT count(*) FROM {t} WHERE doc_id = ?", (doc_id,)).fetchone()[0]
            for t in FACT_TABLES}


def parsed_counts(path) -> dict:
    rec = store.record(parse_file(path))
    return {t: len(rec[t]) for t in FACT_TABLES}


def fts_ok(conn) -> bool:
    try:
        conn.execute("INSERT INTO tasks_fts(tasks_fts, rank) VALUES('integrity-check', 1)")
        return True
    except sqlite3.DatabaseError:
        return False


# --------------------------------------------------------------------------- the bad-input battery

@pytest.fixture(scope="module")
def battery(tmp_path_factory):
    folder = tmp_path_factory.mktemp("battery")
    for kind, cases in (("bad", BAD), ("good", GOOD)):
        for case in cases:
            d = folder / "in" / f"{kind}-{case[0]}"
            d.mkdir(parents=True)
            (d / case[1]).write_bytes(case[2]())
    db = folder / "b.db"
    r = run_load(folder / "in", folder / MISSING, "--db", db)
    return folder, db, r


def path_of(folder, kind, case) -> Path:
    return folder / "in" / f"{kind}-{case[0]}" / case[1]


def test_battery_exits_1_and_reports_every_failure(battery):
    folder, db, r = battery
    assert r.returncode == 1, r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error: ")]
    assert len(errors) == len(BAD) + 1, r.stderr
    assert "Traceback" not in r.stderr
    assert f"loaded {len(GOOD)}," in r.stdout and f"failed {len(BAD) + 1}" in r.stdout


@pytest.mark.parametrize("case", BAD, ids=[c[0] for c in BAD])
def test_bad_file_gets_one_line_naming_file_and_reason(battery, case):
    folder, db, r = battery
    got = lines_for(r.stderr, path_of(folder, "bad", case))
    assert len(got) == 1, r.stderr
    assert case[3] in got[0]
    con = sqlite3.connect(db)
    path = str(path_of(folder, "bad", case))
    assert con.execute("SELECT count(*) FROM documents WHERE path = ?", (path,)).fetchone()[0] == 0


def test_path_that_does_not_exist(battery):
    folder, db, r = battery
    assert lines_for(r.stderr, folder / MISSING) == ["no such file"]


@pytest.mark.parametrize("case", GOOD, ids=[c[0] for c in GOOD])
def test_good_files_beside_bad_ones_load_whole(battery, case):
    folder, db, r = battery
    path = path_of(folder, "good", case)
    assert not lines_for(r.stderr, path)
    con = sqlite3.connect(db)
    row = con.execute("SELECT id, raw_text, warnings FROM documents WHERE path = ?", (str(path),)).fetchone()
    assert row, f"{path} not loaded"
    doc_id, raw, warnings = row
    counts = doc_counts(con, doc_id)
    assert counts == parsed_counts(path)          # nothing lost between parse and store
    assert counts["tasks"] >= case[3]
    assert not re.search("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]", raw)
    warned = lines_for(r.stderr, path, "warning")
    if case[4]:
        assert len(warned) == 1 and case[4] in warned[0] and case[4] in warnings
    else:
        assert not warned


def test_bad_characters_are_replaced_one_for_one_and_noted():
    raw = _with_bad_characters()
    doc = parse_file_bytes(raw)
    seed = fm.seed_text(SEEDS[2])
    k = len(seed) // 3
    # each control character becomes one space; each byte of the encoded surrogate one U+FFFD
    assert doc.text == seed[:k] + " " * 6 + seed[k:2 * k] + "\ufffd" * 3 + seed[2 * k:]
    assert any("control" in w for w in doc.warnings) and any("U+FFFD" in w for w in doc.warnings)


def parse_file_bytes(data: bytes):
    from extract.read.ingest import read_bytes
    from extract.pipeline import parse_text
    ing = read_bytes(data, "x.txt")
    return parse_text(ing.text, warnings=ing.warnings)


def test_warnings_alone_do_not_fail_the_load(tmp_path):
    (tmp_path / "notice.txt").write_text(NO_HEADINGS, encoding="utf-8")
    r = run_load(tmp_path / "notice.txt", "--db", tmp_path / "w.db")
    assert r.returncode == 0, r.stderr
    assert lines_for(r.stderr, tmp_path / "notice.txt", "warning")


def test_a_50_mb_text_file_is_refused_quickly_with_its_size(tmp_path):
    """50 MB of plan text (a seed repeated ~7,000 times) is a compilation, not a plan:
    refused above --max-chars (default 5,000,000) with the numbers; the good file loads."""
    seed = seed_bytes(0)
    big = tmp_path / "in" / "huge.txt"
    big.parent.mkdir()
    with open(big, "wb") as f:
        for _ in range(50 * 2**20 // len(seed) + 1):
            f.write(seed)
    assert big.stat().st_size >= 50 * 2**20
    (tmp_path / "in" / "small.txt").write_bytes(seed_bytes(1))
    t0 = time.perf_counter()
    r = run_load(tmp_path / "in", "--db", tmp_path / "h.db", timeout=120)
    assert time.perf_counter() - t0 < 60
    assert r.returncode == 1
    (reason,) = lines_for(r.stderr, big)
    assert re.match(r"text too long \([\d,]+ characters; the limit is 5,000,000", reason), reason
    assert "--max-chars" in reason and "loaded 1," in r.stdout


def test_max_chars_option(tmp_path):
    f = tmp_path / "plan.txt"
    f.write_bytes(seed_bytes(0))
    r = run_load(f, "--db", tmp_path / "a.db", "--max-chars", "1000")
    assert r.returncode == 1 and "the limit is 1,000" in lines_for(r.stderr, f)[0]
    r = run_load(f, "--db", tmp_path / "a.db", "--max-chars", "0")
    assert r.returncode == 0, r.stderr


def test_usage_errors(tmp_path):
    r = run_load("--db", tmp_path / "a.db")
    assert r.returncode == 2 and "PATHS" in r.stderr
    r = run_load(tmp_path, "--jobs", "0", "--db", tmp_path / "a.db")
    assert r.returncode == 2


def test_a_stage_that_raises_fails_only_its_file(tmp_path, monkeypatch):
    from extract import pipeline

    real = pipeline.parse_text

    def flaky(text, **kw):
        if "坏" in text:
            raise ValueError("boom")
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "parse_text", flaky)
    (tmp_path / "a.txt").write_bytes(seed_bytes(0))
    (tmp_path / "b.txt").write_text("坏文件\n一、任务\n", encoding="utf-8")
    s = store.load([str(tmp_path)], tmp_path / "f.db")
    assert s.loaded == [str(tmp_path / "a.txt")]
    assert s.failed == [(str(tmp_path / "b.txt"), "extraction failed (ValueError: boom)")]


def test_a_value_sqlite_cannot_store_fails_only_its_file(tmp_path):
    from extract.pipeline import parse_text

    conn = store.connect(tmp_path / "s.db")
    w = store.Writer(conn)
    bad = store.record(parse_text("一、任务\n\ud800责任单位:市科技局。\n", source="bad.txt"))
    good = store.record(parse_file(SEEDS[0]))
    summary = store.LoadSummary()
    store._handle(w, summary, "bad.txt", ("record", bad), None)
    store._handle(w, summary, "good.txt", ("record", good), None)
    assert [p for p, _ in summary.failed] == ["bad.txt"] and summary.loaded == ["good.txt"]
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


# --------------------------------------------------------------------------- integrity

def make_corpus(folder: Path, n: int, start: int = 0) -> list:
    """n distinct plans: the seeds, each copy with its own serial line."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [fm.seed_text(p) for p in SEEDS]
    out = []
    for i in range(start, start + n):
        p = folder / f"plan_{i:04d}.txt"
        p.write_text(texts[i % len(texts)] + f"\n(编号 {i})\n", encoding="utf-8")
        out.append(p)
    return out


def test_killed_load_leaves_only_whole_documents_and_a_rerun_finishes(tmp_path):
    files = make_corpus(tmp_path / "in", 400)
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-m", "extract", "load", "-q", str(tmp_path / "in"), "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    n = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                    n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                    con.close()
                except sqlite3.OperationalError:
                    n = 0
                if n >= 5:
                    break
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    con = sqlite3.connect(db)
    done = con.execute("SELECT id, path FROM documents").fetchall()
    assert 5 <= len(done) < len(files), "the load must be killed mid-run"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    for doc_id, path in done:                      # every committed document is whole
        assert doc_counts(con, doc_id) == parsed_counts(path), path
    for t in FACT_TABLES:                          # and no fact belongs to a missing document
        assert con.execute(f"SELECT count(*) FROM {t} WHERE doc_id NOT IN (SELECT id FROM documents)"
                           ).fetchone()[0] == 0
    con.close()
    r = run_load(tmp_path / "in", "--db", db)
    assert r.returncode == 0, r.stderr
    assert f"loaded {len(files) - len(done)}, replaced 0, skipped {len(done)}" in r.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (len(files),) * 2
    assert con.execute("SELECT count(*) FROM tasks_fts_pending").fetchone()[0] == 0
    assert fts_ok(con)                             # the search index caught up with the killed load


def test_reload_through_cli_is_idempotent(tmp_path):
    db = tmp_path / "i.db"
    r1 = run_load(*sorted((ROOT / "corpus").glob("*.txt")), "--db", db)
    con = sqlite3.connect(db)
    before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FACT_TABLES + ("units",)}
    r2 = run_load(*sorted((ROOT / "corpus").glob("*.txt")), "--db", db)
    assert r1.returncode == r2.returncode == 0
    assert "loaded 0, replaced 0, skipped 5" in r2.stdout
    assert {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before} == before


def test_changed_file_is_a_new_version_and_replace_replaces_it(tmp_path):
    f = tmp_path / "plan.txt"
    text = fm.seed_text(SEEDS[0])
    db = tmp_path / "v.db"
    f.write_text(text, encoding="utf-8")
    assert run_load(f, "--db", db).returncode == 0
    f.write_text(text + "\n补充。\n", encoding="utf-8")
    assert "loaded 1" in run_load(f, "--db", db).stdout
    con = sqlite3.connect(db)
    assert [r[0] for r in con.execute("SELECT version FROM documents ORDER BY version")] == [1, 2]
    f.write_text(text + "\n再补充。\n", encoding="utf-8")
    r = run_load(f, "--db", db, "--replace")
    assert "replaced 1" in r.stdout
    rows = con.execute("SELECT version, sha256 FROM documents").fetchall()
    assert len(rows) == 1 and rows[0][0] == 1
    n_tasks = con.execute("SELECT count(*) FROM tasks").fetchone()[0]
    assert n_tasks == parsed_counts(f)["tasks"]        # the old versions' facts went with them
    assert fts_ok(con)


def test_two_loads_at_once_both_succeed_and_each_document_is_stored_once(tmp_path):
    a = make_corpus(tmp_path / "a", 40, 0)
    b = make_corpus(tmp_path / "b", 40, 20)          # plans 20..39 are in both folders
    db = tmp_path / "c.db"
    cmd = lambda folder: subprocess.Popen(
        [sys.executable, "-m", "extract", "load", "-q", str(folder), "--db", str(db)], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    pa, pb = cmd(tmp_path / "a"), cmd(tmp_path / "b")
    (oa, ea), (ob, eb) = pa.communicate(timeout=300), pb.communicate(timeout=300)
    assert pa.returncode == 0 and pb.returncode == 0, ea + eb
    assert "error" not in ea + eb
    loaded = sum(int(re.search(r"loaded (\d+)", o).group(1)) for o in (oa, ob))
    skipped = sum(int(re.search(r"skipped (\d+)", o).group(1)) for o in (oa, ob))
    assert loaded == 60 and skipped == 20
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (60, 60)
    for doc_id, path in con.execute("SELECT id, path FROM documents WHERE path LIKE '%plan_002%'"):
        assert doc_counts(con, doc_id) == parsed_counts(path)
    assert fts_ok(con)
    assert len(a) + len(b) == 80


def test_a_skip_under_the_write_lock_does_not_raise(tmp_path):
    """The race a concurrent load loses: the file was not in the database when this load
    started (so it was parsed) but is there when this load comes to write it."""
    doc = parse_file(SEEDS[0])
    c1, c2 = store.connect(tmp_path / "r.db"), store.connect(tmp_path / "r.db")
    assert store.Writer(c1).write(store.record(doc)) == "loaded"
    assert store.Writer(c2).write(store.record(doc)) == "skipped"
    assert not c2.in_transaction
    assert c2.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


# --------------------------------------------------------------------------- SQL injection

NASTY = ["x' OR '1'='1", "'; DROP TABLE units; --", '" OR 1=1 --', "市场监管局%' --", "%", "_", "\\",
         "1; DELETE FROM tasks", "') UNION SELECT sql, 1, 1, 1 FROM sqlite_master --"]
NASTY_PLAN = ("测试市关于印发测试工作方案的通知\n一、重点任务\n(一)开展'; DROP TABLE tasks; --专项行动。"
              "责任单位:市\"科技\"局、市财政局'); DELETE FROM documents; --\n"
              "(二)加强监管。牵头单位:市场监管局' OR '1'='1\n")


@pytest.fixture(scope="module")
def nasty_db(tmp_path_factory):
    d = tmp_path_factory.mktemp("nasty")
    (d / "plan'; DROP TABLE documents; --.txt").write_text(NASTY_PLAN, encoding="utf-8")
    db = d / "n.db"
    store.load([str(d)], db)
    assert store.load([str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))], db).ok
    return db


def _all_counts(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FACT_TABLES + ("documents", "units")}
    finally:
        con.close()


def test_names_with_quotes_and_sql_are_stored_as_written(nasty_db):
    con = sqlite3.connect(nasty_db)
    assert con.execute("SELECT count(*) FROM documents WHERE source = ?",
                       ("plan'; DROP TABLE documents; --.txt",)).fetchone()[0] == 1
    texts = [r[0] for r in con.execute("SELECT text FROM tasks")]
    assert any("DROP TABLE tasks" in t for t in texts)


@pytest.mark.parametrize("term", NASTY, ids=[f"term{i}" for i in range(len(NASTY))])
def test_query_functions_bind_user_text(nasty_db, term):
    from extract.ask import queries as q

    before = _all_counts(nasty_db)
    everything = len(q.tasks(nasty_db))
    for call in (lambda: q.who(nasty_db, term), lambda: q.tasks(nasty_db, doc=term),
                 lambda: q.targets(nasty_db, doc=term, indicator=term), lambda: q.units(nasty_db, doc=term),
                 lambda: q.deadlines(nasty_db, doc=term)):
        try:
            out = call()
        except (LookupError, ValueError) as e:       # "no plan matches": a clean refusal
            assert "syntax" not in str(e).lower()
            continue
        assert len(out) < everything or term in ("%", "_")
    assert _all_counts(nasty_db) == before


@pytest.mark.parametrize("term", NASTY, ids=[f"term{i}" for i in range(len(NASTY))])
def test_cli_queries_bind_user_text(nasty_db, term):
    before = _all_counts(nasty_db)
    for args in (["who", term], ["tasks", term], ["targets", term], ["deadlines", "--doc", term]):
        r = subprocess.run([sys.executable, "-m", "extract", *args, "--db", str(nasty_db)], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode in (0, 1), r.stderr
        assert "Traceback" not in r.stderr and "syntax error" not in (r.stdout + r.stderr).lower()
    assert _all_counts(nasty_db) == before


def canned_queries() -> dict:
    import yaml

    return yaml.safe_load((ROOT / "rules" / "datasette.yaml").read_text(encoding="utf-8"))["database"]["queries"]


@pytest.mark.parametrize("term", NASTY, ids=[f"term{i}" for i in range(len(NASTY))])
def test_every_canned_query_binds_its_parameters(nasty_db, term):
    con = sqlite3.connect(nasty_db)
    before = _all_counts(nasty_db)
    for name, qd in canned_queries().items():
        con.execute(qd["sql"], {p: term for p in qd.get("params", [])}).fetchall()
    assert _all_counts(nasty_db) == before


SEARCH_TERMS = NASTY + ["专利导航", "牵头"]      # % and _ are plain characters (instr, not LIKE)


@pytest.mark.parametrize("term", SEARCH_TERMS, ids=[f"term{i}" for i in range(len(SEARCH_TERMS))])
def test_search_query_binds_the_search_term(nasty_db, term):
    """The Datasette canned search (rules/datasette.yaml) with hostile terms: bound, FTS-quoted."""
    sql = canned_queries()["search_tasks"]["sql"]
    con = sqlite3.connect(nasty_db)
    before = _all_counts(nasty_db)
    rows = con.execute(sql, {"q": term}).fetchall()
    expect = [r for r in con.execute("SELECT text, anchor FROM tasks")
              if term in (r[0] or "") or term in (r[1] or "")]
    assert len(rows) == len(expect)
    assert _all_counts(nasty_db) == before


# --------------------------------------------------------------------------- the deferred search index

def test_every_new_task_waits_in_the_search_queue_until_a_flush(tmp_path):
    db = tmp_path / "f.db"
    doc = parse_file(SEEDS[0])
    loader = store.connect(db)
    w = store.Writer(loader, fts_batch=10**6, fts_seconds=10**6)
    assert w.write(store.record(doc)) == "loaded"
    hits = lambda c: c.execute("SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH ?", ('"知识产权"',)).fetchone()[0]
    other = store.connect(db)
    assert hits(other) == 0 and not fts_ok(other)           # queued, not yet indexed
    n = other.execute("SELECT count(*) FROM tasks_fts_pending").fetchone()[0]
    assert n == len(doc.tasks)
    # a plain connection's insert is queued the same way
    other.execute("INSERT INTO tasks(id, doc_id, path, section_path, text, start, end, seq)"
                  " VALUES ('x:1', ?, '[]', '', '知识产权直接写入', 0, 1, 999)", (doc.id,))
    assert hits(other) == 0
    assert other.execute("SELECT count(*) FROM tasks_fts_pending").fetchone()[0] == n + 1
    # deleting a queued task (a --replace while queued) only drops it from the queue
    other.execute("DELETE FROM tasks WHERE id = ?", (doc.tasks[0].id,))
    assert other.execute("SELECT count(*) FROM tasks_fts_pending").fetchone()[0] == n
    assert w.flush_fts() == n
    assert fts_ok(other) and hits(other) >= 2
    # an indexed task that changes leaves the index and waits in the queue again
    before = hits(other)
    other.execute("UPDATE tasks SET text = '改写' WHERE id = 'x:1'")
    assert other.execute("SELECT count(*) FROM tasks_fts_pending").fetchone()[0] == 1 and hits(other) == before - 1
    assert store.flush_fts(other) == 1 and fts_ok(other)
    other.execute("DELETE FROM documents")                   # cascades: indexed tasks leave the index
    assert fts_ok(other) and hits(other) == 0


def test_write_document_indexes_its_tasks_at_once(tmp_path):
    conn = store.connect(tmp_path / "w.db")
    doc = parse_file(SEEDS[0])
    assert store.write_document(conn, doc) == "loaded"
    assert conn.execute("SELECT count(*) FROM tasks_fts_pending").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH ?", ('"知识产权"',)).fetchone()[0] > 0
    assert fts_ok(conn)


def test_an_old_database_gets_the_new_search_triggers(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    # the tasks table as the first version made it (it always had seq)
    con.executescript("CREATE TABLE tasks(id TEXT PRIMARY KEY, doc_id TEXT, anchor TEXT, text TEXT, seq INTEGER);"
                      "CREATE VIRTUAL TABLE tasks_fts USING fts5(anchor, text, content='tasks',"
                      " content_rowid='rowid', tokenize='trigram');"
                      "CREATE TRIGGER tasks_ai AFTER INSERT ON tasks BEGIN INSERT INTO tasks_fts(rowid, anchor, text)"
                      " VALUES (new.rowid, new.anchor, new.text); END;")
    con.close()
    conn = store.connect(db)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "tasks_ai" not in names and {"tasks_fts_queue", "tasks_fts_ad", "tasks_fts_requeue"} <= names


def test_many_loads_opening_a_new_database_at_once(tmp_path):
    """Switching a new file to WAL needs it alone and SQLite runs no busy handler for
    that: without a retry, one of several loads starting together fails 'database is locked'."""
    import threading

    errors = []
    for trial in range(20):
        db = tmp_path / f"{trial}.db"

        def open_it():
            try:
                store.connect(db).close()
            except sqlite3.Error as e:
                errors.append(repr(e))

        threads = [threading.Thread(target=open_it) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert errors == []
