"""The faults a hostile or merely unlucky corpus brings (issue 15), each through
the command line where the user meets it: versions keyed on the document's
identity, resource limits checked while reading (a hostile PDF or .docx is
refused quickly with low peak memory), special files, a full disk, markup and
control characters from documents and file names, linear time in the input's
length, and workers that die with their parent.
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
import zlib
from pathlib import Path

import pytest

import fixtures_make as fm
from extract.store import database as store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = fm.SEEDS


def zhengce(*args, cwd=ROOT, timeout=300, env=None):
    return subprocess.run([sys.executable, "-m", "extract", *map(os.fsdecode, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, errors="replace")


def load(*args, **kw):
    return zhengce("load", "-q", *args, **kw)


def seed(i=0) -> bytes:
    return SEEDS[i].read_bytes()


def errors(stderr: str) -> list:
    return [ln for ln in stderr.splitlines() if ln.startswith("error: ")]


def run_measured(args, timeout=120):
    """(returncode, stdout, stderr, seconds, peak RSS in MB) of ``zhengce args`` in a child.
    The peak is the child's own VmHWM (a new address space at exec), so what this test
    process held before (the maxrss of a forked child inherits it) does not count."""
    code = ("import atexit, sys\n"
            "def hwm():\n"
            "    for ln in open('/proc/self/status'):\n"
            "        if ln.startswith('VmHWM'): sys.stderr.write('VmHWM ' + ln.split()[1] + '\\n')\n"
            "atexit.register(hwm)\n"
            "from extract.face.cli import main\n"
            f"sys.argv = ['zhengce'] + {[os.fsdecode(a) for a in args]!r}\n"
            "main()\n")
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    secs = time.monotonic() - t0
    m = re.search(r"^VmHWM (\d+)$", r.stderr, re.M)
    err = re.sub(r"^VmHWM \d+\n", "", r.stderr, flags=re.M)
    return r.returncode, r.stdout, err, secs, int(m.group(1)) / 1024 if m else float("nan")


# --------------------------------------------------------------------------- 1. versions key on identity

@pytest.fixture
def three_index_files(tmp_path):
    root = tmp_path / "s"
    for i, sub in enumerate(("a", "b", "c")):
        (root / sub).mkdir(parents=True)
        (root / sub / "index.txt").write_bytes(seed(i))
    return root


def _docs(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT identity, version, source FROM documents ORDER BY identity, version").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("replace", [False, True])
def test_same_named_files_in_different_folders_are_different_documents(three_index_files, tmp_path, replace):
    db = tmp_path / "v.db"
    r = load(three_index_files, "--db", db, *(["--replace"] if replace else []))
    assert r.returncode == 0, r.stderr
    assert "loaded 3, replaced 0" in r.stdout
    assert _docs(db) == [("a/index.txt", 1, "index.txt"), ("b/index.txt", 1, "index.txt"),
                         ("c/index.txt", 1, "index.txt")]
    # a changed copy of one of them is a new version of that one only
    (three_index_files / "b" / "index.txt").write_bytes(seed(3))
    r = load(three_index_files, "--db", db, *(["--replace"] if replace else []))
    assert r.returncode == 0, r.stderr
    got = _docs(db)
    if replace:
        assert "replaced 1" in r.stdout and len(got) == 3
        assert ("b/index.txt", 1, "index.txt") in got
    else:
        assert "loaded 1," in r.stdout and len(got) == 4
        assert ("b/index.txt", 2, "index.txt") in got and ("a/index.txt", 1, "index.txt") in got


def test_as_names_the_identity_of_a_single_file(tmp_path):
    db = tmp_path / "v.db"
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "附件1.txt").write_bytes(seed(0))
    (tmp_path / "y" / "附件1.txt").write_bytes(seed(1))
    assert load(tmp_path / "x" / "附件1.txt", "--as", "plan-2024", "--db", db).returncode == 0
    r = load(tmp_path / "y" / "附件1.txt", "--as", "plan-2024", "--db", db, "--replace")
    assert r.returncode == 0 and "replaced 1" in r.stdout, r.stdout + r.stderr
    assert _docs(db) == [("plan-2024", 1, "附件1.txt")]
    r = load(tmp_path / "x", tmp_path / "y", "--as", "p", "--db", db)
    assert r.returncode == 2 and "--as names one document" in r.stderr


def test_a_database_from_before_identity_is_upgraded(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    schema = (ROOT / "schema.sql").read_text(encoding="utf-8")
    schema = schema.replace("    identity      TEXT,", "").replace(
        "CREATE INDEX IF NOT EXISTS idx_documents_identity ON documents(identity);", "")
    con.executescript(schema)
    con.close()
    (tmp_path / "p.txt").write_bytes(seed(0))
    r = load(tmp_path / "p.txt", "--db", db)
    assert r.returncode == 0, r.stderr
    assert _docs(db) == [("p.txt", 1, "p.txt")]


# --------------------------------------------------------------------------- 2. resource limits

def huge_page_pdf(glyphs: int) -> bytes:
    return fm.stream_pdf(b"BT /F1 1 Tf 10 10 Td\n" + (b"(" + b"A" * 1000 + b") Tj\n") * (glyphs // 1000) + b"ET\n")


def inflating_pdf(mb: int) -> bytes:
    """A page whose content stream inflates to ``mb`` MB, compressed a megabyte at a time
    (this process never holds the inflated bytes)."""
    z = zlib.compressobj(6)
    parts = [z.compress(b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET\n")]
    blank = b" " * 2**20
    parts += [z.compress(blank) for _ in range(mb)]
    parts.append(z.flush())
    return fm.stream_pdf(stream=b"".join(parts))


def nested_inflating_pdf(mb: int) -> bytes:
    """A page whose content stream is compressed twice ([/FlateDecode /FlateDecode]):
    a few kilobytes on disk, ``mb`` MB once pdfium has run both filters."""
    z = zlib.compressobj(9)
    inner = b"".join([z.compress(b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET\n")]
                     + [z.compress(b" " * 2**20) for _ in range(mb)] + [z.flush()])
    return fm.stream_pdf(stream=zlib.compress(inner, 9), filters=b"[/FlateDecode /FlateDecode]")


def inflating_docx(mb: int) -> bytes:
    """A .docx whose document.xml is ``mb`` MB of paragraphs (about 1 MB on disk)."""
    buf = io.BytesIO()
    par = ("<w:p><w:r><w:t>" + "加强市场监管体系建设" * 10 + "</w:t></w:r></w:p>").encode() * 100
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                    b'wordprocessingml/2006/main"><w:body>')
            chunk = par * max(1, 2**20 // len(par))
            for _ in range(mb):
                f.write(chunk)
            f.write(b"</w:body></w:document>")
    return buf.getvalue()


@pytest.mark.parametrize("name,make,flag,reason,max_mb", [
    ("huge-page.pdf", lambda: huge_page_pdf(600_000), "--max-page-glyphs", "PDF page 1 has too many characters",
     450),
    ("bomb.pdf", lambda: inflating_pdf(600), "--max-inflated-mb", "PDF streams inflate to over 256 MB", 250),
    ("bomb2.pdf", lambda: nested_inflating_pdf(2000), "--max-inflated-mb", "PDF streams inflate to over 256 MB",
     250),
    ("bomb.docx", lambda: inflating_docx(300), "--max-inflated-mb", "Word document inflates to", 250),
], ids=["pdf-600k-glyphs-on-a-page", "pdf-stream-inflating-to-600MB", "pdf-4KB-inflating-twice-to-2GB",
        "docx-inflating-to-300MB"])
def test_hostile_file_is_refused_quickly_with_low_memory(tmp_path, name, make, flag, reason, max_mb):
    f = tmp_path / name
    f.write_bytes(make())
    assert f.stat().st_size < 3 * 2**20
    rc, out, err, secs, rss = run_measured(["load", "-q", f, "--db", tmp_path / "h.db"], timeout=120)
    assert rc == 1, err
    assert errors(err) == [f"error: {f}: " + errors(err)[0].split(": ", 2)[2]], err
    assert reason in err and f"lift it with {flag}" in err, err
    assert "Traceback" not in err
    assert rss < max_mb, f"peak RSS {rss:.0f} MB"
    assert secs < 60


def test_pdf_page_count_and_html_nodes_limits(tmp_path):
    (tmp_path / "many.pdf").write_bytes(fm.stream_pdf(b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET\n", pages=30))
    rows = "".join(f"<tr><td>{i}</td><td>市商务局</td></tr>" for i in range(3000))
    (tmp_path / "big.html").write_text(f"<html><body><h1>关于印发方案的通知</h1><table>{rows}</table></body></html>",
                                       encoding="utf-8")
    r = load(tmp_path, "--db", tmp_path / "l.db", "--max-pages", "20", "--max-html-nodes", "5000")
    assert r.returncode == 1
    assert f"error: {tmp_path / 'many.pdf'}: PDF has too many pages (30; the limit is 20: lift it with --max-pages)" \
        in r.stderr, r.stderr
    assert f"error: {tmp_path / 'big.html'}: web page has too many elements" in r.stderr
    assert "lift it with --max-html-nodes" in r.stderr


def _slow_page(rows=20000) -> bytes:
    body = "".join(f"<tr><td>{i}</td><td>加强市场监管体系建设第{i}项</td><td>市商务局</td><td>2025年底前</td></tr>"
                   for i in range(rows))
    return (f"<html><body><h1>关于印发方案的通知</h1><table>{body}</table></body></html>").encode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_per_file_timeout(tmp_path, jobs):
    (tmp_path / "slow1.html").write_bytes(_slow_page(60000))
    (tmp_path / "slow2.html").write_bytes(_slow_page(59000))
    (tmp_path / "ok.txt").write_bytes(seed(0))
    t0 = time.monotonic()
    r = load(tmp_path, "--db", tmp_path / "t.db", "--timeout", "3", "--jobs", jobs, timeout=120)
    assert r.returncode == 1
    for f in ("slow1.html", "slow2.html"):
        assert f"error: {tmp_path / f}: extraction took too long (over 3 s; the limit is 3 s: " \
               "lift it with --timeout)" in r.stderr, r.stderr
    assert "loaded 1," in r.stdout
    assert time.monotonic() - t0 < 60


def _limits_in_worker(path):
    import resource

    from extract.read import limits
    return "record", {"as": resource.getrlimit(resource.RLIMIT_AS)[0], "pages": limits.current().pages}


def test_workers_run_under_a_memory_bound_and_the_limits(tmp_path):
    from extract.read.limits import with_
    files = []
    for i in range(2):
        files.append(str(tmp_path / f"{i}.txt"))
        Path(files[-1]).write_bytes(seed(i))
    got = list(store._parallel(files, 2, frozenset(), store.MAX_CHARS, window=4, fn=_limits_in_worker,
                               lim=with_(pages=7), memory_mb=600))
    assert [r[1] for _, r in got] == [{"as": 600 * 2**20, "pages": 7}] * 2


# --------------------------------------------------------------------------- 3. special files, walking

def test_fifo_is_reported_by_name_and_never_hangs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    os.mkfifo(d / "pipe.txt")
    (d / "ok.txt").write_bytes(seed(0))
    for jobs in ("1", "2"):
        r = load(d, d / "pipe.txt", "--db", tmp_path / f"f{jobs}.db", "--jobs", jobs, timeout=60)
        assert r.returncode == 1
        assert errors(r.stderr) == [f"error: {d / 'pipe.txt'}: not a regular file (a named pipe (FIFO)); not read"] * 2
        assert "loaded 1," in r.stdout


def test_symlink_out_of_the_folder_is_reported_not_followed(tmp_path):
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "plan.txt").write_bytes(seed(1))
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_bytes(seed(0))
    os.symlink(outside / "plan.txt", d / "link.txt")
    os.symlink(outside, d / "linked-folder")
    (d / "inner.txt").symlink_to(d / "ok.txt")           # inside the folder: read (same content: skipped)
    r = load(d, "--db", tmp_path / "s.db")
    assert r.returncode == 1
    assert sorted(errors(r.stderr)) == [
        f"error: {d / 'link.txt'}: symlink to a file outside {d} ({outside / 'plan.txt'}); not followed",
        f"error: {d / 'linked-folder'}: symlink to a folder outside {d} ({outside}); not followed"], r.stderr
    assert "loaded 1," in r.stdout


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    from extract.read import ingest
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "x.txt").write_bytes(seed(0))
    (d / "ok.txt").write_bytes(seed(0))
    real = os.scandir

    def scandir(p="."):
        if os.fspath(p).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(p))
        return real(p)
    monkeypatch.setattr(os, "scandir", scandir)
    got = [(f.path, f.problem) for f in ingest.iter_files(d)]
    assert got == [(str(d / "locked"), "cannot read folder (Permission denied); its files were not loaded"),
                   (str(d / "ok.txt"), None)]


def test_errors_are_reported_as_they_happen(tmp_path):
    (tmp_path / "a-bad.txt").write_bytes(b"")
    (tmp_path / "b-good.txt").write_bytes(seed(0))
    seen = []
    s = store.load(tmp_path, tmp_path / "e.db", progress=lambda p, st: seen.append(("progress", Path(p).name, st)),
                   on_error=lambda p, why: seen.append(("error", Path(p).name, why)))
    assert seen == [("error", "a-bad.txt", "empty file"), ("progress", "a-bad.txt", "failed"),
                    ("progress", "b-good.txt", "loaded")]
    assert s.failed == [(str(tmp_path / "a-bad.txt"), "empty file")]


# --------------------------------------------------------------------------- 4. a full disk

def test_full_database_is_reported_per_file_and_left_consistent(tmp_path, monkeypatch):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(4):
        (d / f"{i}.txt").write_bytes(seed(i))
    db = tmp_path / "full.db"
    store.connect(db).close()
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    real = store.connect

    def small_connect(*a, **kw):
        conn = real(*a, **kw)
        conn.execute(f"PRAGMA max_page_count = {pages + 40}")     # room for about one plan
        return conn
    monkeypatch.setattr(store, "connect", small_connect)
    s = store.load(d, db)
    assert s.failed and not s.ok
    full = [why for _, why in s.failed if "database or disk is full" in why]
    assert full, s.failed
    assert all(why.startswith("database error (database or disk is full)") for why in full)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for (doc_id,) in con.execute("SELECT id FROM documents"):          # every stored document is whole
        assert con.execute("SELECT count(*) FROM sections WHERE doc_id = ?", (doc_id,)).fetchone()[0] > 0
    assert len(s.loaded) == con.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_full_database_through_the_command_line_exits_1_with_a_summary(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(4):
        (d / f"{i}.txt").write_bytes(seed(i))
    db = tmp_path / "full.db"
    code = (
        "import sys, extract.store.database as s\n"
        "real = s.connect\n"
        "def c(*a, **k):\n"
        "    conn = real(*a, **k); n = conn.execute('PRAGMA page_count').fetchone()[0]\n"
        "    conn.execute(f'PRAGMA max_page_count = {n + 40}'); return conn\n"
        "s.connect = c\n"
        "from extract.face.cli import main\n"
        f"sys.argv = ['zhengce', 'load', '-q', {str(d)!r}, '--db', {str(db)!r}]\n"
        "main()\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    assert any("database or disk is full" in ln for ln in errors(r.stderr)), r.stderr
    assert re.search(r"loaded \d+, replaced 0, skipped 0 \(already loaded\), failed [1-9]", r.stdout)


# --------------------------------------------------------------------------- 5/6. markup, control characters

@pytest.fixture(scope="module")
def markup_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("markup")
    for i in range(2):
        (tmp / f"p{i}.txt").write_bytes(seed(i))
    db = tmp / "m.db"
    assert load(tmp, "--db", db).returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE documents SET title = '[link=http://evil.example]关于[/]方案[/bold]' || id, "
                "issuer = '市[/]政府', region = '某[/]市'")
    con.execute("UPDATE units SET name = '市[/]科技局[link=http://evil.example]x' || id")
    con.execute("UPDATE responsibilities SET name = '[/]' || name")
    con.commit()
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id")]
    con.close()
    return db, ids


@pytest.mark.parametrize("cmd", [["show", "{0}"], ["stats"], ["compare", "{0}", "{1}"], ["units"],
                                 ["tasks", "{0}"], ["targets"], ["deadlines"], ["who", "科技"]])
def test_markup_in_document_strings_neither_crashes_nor_links(markup_db, cmd):
    db, ids = markup_db
    r = zhengce(*[c.format(*ids) for c in cmd], "--db", db, env={"FORCE_COLOR": "1", "COLUMNS": "200"})
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Traceback" not in r.stderr
    assert "\x1b]8;" not in r.stdout                  # no OSC 8 hyperlink was made
    if cmd[0] in ("show", "stats", "compare", "units"):
        assert "[/]" in re.sub(r"\x1b\[[0-9;]*m", "", r.stdout)


def test_control_characters_in_file_names_are_escaped(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a\nerror: forged.txt").write_bytes(b"")
    (d / "b\x1b]8;;evil\x07x.txt").write_bytes(b"")
    (d / "ok.txt").write_bytes(seed(0))
    r = load(d, "--db", tmp_path / "c.db")
    assert r.returncode == 1
    assert "\x1b" not in r.stderr and "\x07" not in r.stderr
    assert errors(r.stderr) == [f"error: {d}/a\\nerror: forged.txt: empty file",
                                f"error: {d}/b\\x1b]8;;evil\\x07x.txt: empty file"], r.stderr
    assert "forged" not in "".join(ln for ln in r.stderr.splitlines() if ln.startswith("error: forged"))


def test_non_utf8_file_name_is_stored_losslessly(tmp_path):
    d = os.fsencode(tmp_path / "in")
    os.mkdir(d)
    raw = "关于印发方案".encode("gbk") + b".txt"
    with open(os.path.join(d, raw), "wb") as f:
        f.write(seed(0))
    r = load(os.fsdecode(d), "--db", tmp_path / "n.db")
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(tmp_path / "n.db")
    source, path, identity, warnings = con.execute(
        "SELECT source, path, identity, warnings FROM documents").fetchone()
    assert "\\xb9\\xd8" in source and identity == source
    unescaped = re.sub(r"\\x([0-9a-f]{2})", lambda m: chr(0xDC00 + int(m.group(1), 16)), path)
    assert os.fsencode(unescaped) == os.path.join(d, raw)      # the exact bytes come back
    assert "not UTF-8" in warnings


# --------------------------------------------------------------------------- 7. linear time

def _best(fn, arg, n=3):
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t0)
    return best


def _stage_times(text: str) -> dict:
    from extract.find import deadlines, metadata, structure, targets, tasks, units
    from extract.models import Document
    from extract.read.ingest import read_bytes
    from extract.read.normalize import mask_furniture, normalize
    from extract.resolve import roles

    def doc_for(t):
        d = Document(id="x", source="x", path="", sha256="x", fmt="txt", encoding=None, text=t, norm="")
        d.norm = mask_furniture(normalize(t))
        structure.build(d)
        metadata.extract(d)
        tasks.build(d)
        roles.resolve(d)
        return d
    d = doc_for(text)
    return {
        "read": _best(lambda t: read_bytes(t.encode(), "x.txt"), text),
        "normalize": _best(lambda t: mask_furniture(normalize(t)), text),
        # (the best of three, as every stage: one timing of this stage read 2.92 for a doubled input once in a
        # fresh clone's full run, where six reruns read 1.87-1.97)
        "structure+metadata+tasks": _best(doc_for, text),
        "deadlines": _best(lambda d: deadlines.doc_deadlines(d), d),
        "targets": _best(lambda d: targets.find_targets(d), d),
        "units": _best(lambda d: units.find_mentions(d.norm, d.body_start, d.body_end, []), d),
    }


ADVERSARIAL = {
    "dense-nian": lambda n: "关于印发方案的通知\n一、主要任务\n" + "年" * n,
    "years": lambda n: "关于印发方案的通知\n一、主要任务\n" + ("2025年" * 50 + "\n") * (n // 300),
    "numbers": lambda n: "关于印发方案的通知\n一、主要任务\n" + ("达到90%,增长12.5亿元," * 20 + "\n") * (n // 300),
    "clauses": lambda n: "关于印发方案的通知\n" + "".join(
        f"({i})加强监管。责任单位:市商务局。2025年底前完成。\n" for i in range(n // 30)),
    # a table of contents over and over: each 目录 looks for its entries further down
    # (the first version of that search was cubic: 30 s for 40,000 characters)
    "contents": lambda n: "关于印发方案的通知\n" + "目录\n一、加强领导\n二、强化保障\n" * (n // 20)
    + "一、加强领导\n二、强化保障\n",
}


@pytest.mark.parametrize("kind", list(ADVERSARIAL))
def test_every_stage_is_linear_in_the_input(kind):
    make = ADVERSARIAL[kind]
    _stage_times(make(2000))                             # rules compiled, caches warm
    small, big = _stage_times(make(80_000)), _stage_times(make(160_000))
    for stage in small:
        if big[stage] < 0.05:                            # too quick to time reliably: nothing to fear
            continue
        ratio = big[stage] / small[stage]
        for _ in range(2):                               # a shared machine: measure a doubtful ratio again
            if ratio < 2.6:
                break
            s2, b2 = _stage_times(make(80_000)), _stage_times(make(160_000))
            ratio = min(ratio, b2[stage] / s2[stage])
        assert ratio < 2.6, (stage, small[stage], big[stage])


def test_a_large_html_table_is_linear():
    from extract.pipeline import parse_text
    from extract.read.ingest import read_bytes

    def run(rows):
        ing = read_bytes(_slow_page(rows), "x.html")
        return parse_text(ing.text, tables=ing.tables)
    run(200)
    # Objects left by earlier tests are moved out of the collector's reach: a
    # full collection over the whole suite's heap, met by one size and not the
    # other, is not this code's growth.  A quarter-size step tells linear (4x)
    # from quadratic (16x) with room for a shared machine's noise.
    import gc
    gc.collect()
    gc.freeze()
    try:
        ratios = []
        for _ in range(3):                               # a shared machine: a doubtful ratio is measured again
            small, big = _best(run, 2500, 2), _best(run, 10000, 1)
            ratios.append(big / small)
            if ratios[-1] < 6:
                break
    finally:
        gc.unfreeze()
    assert min(ratios) < 6, ratios


def test_clause_lookup_meets_an_equal_text_by_identity():
    """Every section of a plan asks for its clauses; the scan of the text is
    cached.  An equal text cached under another object (the same plan loaded
    twice) must not be compared in full on every one of those calls."""
    from extract.find.units import find_clauses
    from extract.read.normalize import normalize

    compared = [0]

    class Text(str):
        def __eq__(self, other):
            compared[0] += 1
            return str.__eq__(self, other)
        __hash__ = str.__hash__

    body = normalize(fm.seed_text(SEEDS[0]))
    first, again = Text(body), Text(body)
    expected = find_clauses(first)
    assert expected
    compared[0] = 0
    spans = [(i, i + 200) for i in range(0, len(body), 200)]
    got = [c for a, b in spans for c in find_clauses(again, a, b)]
    assert compared[0] <= 2, compared[0]
    assert {(c.start, c.end) for c in got} <= {(c.start, c.end) for c in expected}


# --------------------------------------------------------------------------- 8. smaller items

def test_utf8_bom_before_gbk_bytes_is_detected_and_warned():
    from extract.read.ingest import read_bytes
    text = fm.seed_text(SEEDS[0])
    ing = read_bytes(b"\xef\xbb\xbf" + text.encode("gbk", "replace"), "x.txt")
    assert ing.encoding == "gb18030" and ing.text.count("\ufffd") == 0
    assert any("UTF-8 byte-order mark but the content is not UTF-8" in w for w in ing.warnings)


def test_show_does_not_treat_percent_as_a_wildcard_and_survives_a_long_argument(markup_db):
    db, ids = markup_db
    r = zhengce("show", "%", "--db", db)
    assert r.returncode == 1 and "no document '%'" in r.stderr, r.stderr
    r = zhengce("show", "x" * 60_000, "--db", db)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "(60,000 characters)" in r.stderr, r.stderr[-500:]


def _children(pid) -> list:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                fields = (p / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(p.name))
    return out


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc (Linux)")
def test_workers_exit_when_the_loader_is_killed(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(6):
        (d / f"slow{i}.html").write_bytes(_slow_page(20000))
    p = subprocess.Popen([sys.executable, "-m", "extract", "load", "-q", str(d), "--db", str(tmp_path / "k.db"),
                          "--jobs", "2", "--timeout", "0"], cwd=ROOT, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    workers: list = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        # the spawn context's resource tracker is a child too; the workers are the rest
        workers = [c for c in _children(p.pid)
                   if "resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes().decode(errors="replace")]
        if len(workers) >= 2:
            break
        time.sleep(0.1)
    assert len(workers) >= 2
    time.sleep(1.0)
    p.send_signal(signal.SIGKILL)
    p.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        alive = [w for w in workers if Path(f"/proc/{w}").exists()
                 and Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]
        time.sleep(0.1)
    for w in alive:
        os.kill(w, signal.SIGKILL)
    assert not alive, "workers outlived their parent"


def test_a_timeout_swallowed_by_the_body_still_ends_it():
    """The alarm's exception is lost when it lands in a finaliser or a weakref callback
    (Python prints and ignores it); the file must still fail with the timeout: the timer
    fires again, and a body that ends after it went off ends with it."""
    from extract.store import database as store

    def swallow_once():
        try:
            time.sleep(1.0)                      # the alarm goes off here ...
        except BaseException:
            pass                                 # ... and is eaten, as in a finaliser

    with pytest.raises(store._Timeout):
        with store._deadline(0.2):
            swallow_once()
            time.sleep(1.0)                      # the repeat lands here
    # eaten every time: the end of the body reports it
    with pytest.raises(store._Timeout):
        with store._deadline(0.2):
            for _ in range(4):
                swallow_once()
    # a body that ends in time is untouched, and nothing fires afterwards
    with store._deadline(0.5):
        time.sleep(0.05)
    time.sleep(0.8)
