"""Benchmark the load path: read → normalise → structure → extract → write SQLite.

Builds a corpus of N documents from the bundled plans (each copy varied: its
numbers, years and unit names shifted so no two files hash alike), loads it
into a fresh database, and prints documents/second, characters/second and
peak RSS, beside a baseline measured in the same run over the same text: a
bare ``re`` pass (read each file, decode it, run one compiled pattern over it).

    python bench/bench.py --docs 1000            # one configuration
    python bench/bench.py --docs 1000 --jobs 2   # two extraction workers
    python bench/bench.py --matrix               # 1 vs 2 workers, 1,000 vs 10,000 documents
    python bench/bench.py --pdf                  # the PDF reader beside pdfplumber (real PDFs)
    python bench/bench.py --queries --workdir /tmp/zb   # query commands on a ~100 k-task database

Each configuration runs in its own process, so peak RSS is that load's own: the
writer process (which also extracts when --jobs 1) and, with --jobs N, the
largest worker.  "write %" is the share of the wall time the writer spent in
SQLite (inserts, commits and the deferred full-text index).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
BASELINE = re.compile(r"(?:责任单位|牵头单位|配合单位)[::]([^)\n]*)|[0-9]+(?:\.[0-9]+)?%")
_UNITS = ["市场监管局", "科技局", "财政局", "商务局", "教育局", "司法局", "公安局", "农业农村局"]


def make_corpus(n: int, out: Path, seed: int = 7) -> int:
    """Write n varied copies of the seeds into ``out``; return total characters."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        t = texts[i % len(texts)]
        shift = rng.randint(1, 9)
        t = re.sub(r"(?<![0-9])([0-9]{1,3})(?=[件家个%次人名])", lambda m: str(int(m.group(1)) + shift), t)
        a, b = rng.sample(_UNITS, 2)
        t = t.replace(a, "\0").replace(b, a).replace("\0", b)
        t += f"\n\n(编号 {i})\n"
        (out / f"plan_{i:05d}.txt").write_text(t, encoding="utf-8")
        total += len(t)
    return total


def peak_rss_mb() -> tuple:
    """(this process, the largest worker process) peak resident set size in MB."""
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    c = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return r / 1024.0, c / 1024.0      # Linux: KiB


def baseline(folder: Path, repeat: int = 5) -> tuple:
    """(seconds, chars) of a bare ``re`` pass over the corpus: the fastest of ``repeat``
    passes (a single pass moved by 2x between runs on this machine: page cache, CPU
    frequency), so the ratio to it is the strict one."""
    best, chars = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        chars = hits = 0
        for p in sorted(folder.glob("*.txt")):
            text = p.read_bytes().decode("utf-8")
            chars += len(text)
            hits += sum(1 for _ in BASELINE.finditer(text))
        best = min(best, time.perf_counter() - t0)
    return best, chars


def run_one(n: int, jobs: int, workdir: Path) -> dict:
    corpus = workdir / f"corpus_{n}"
    if not (corpus / f"plan_{n - 1:05d}.txt").exists():
        make_corpus(n, corpus)
    db = workdir / f"bench_{n}_{jobs}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    base_s, chars = baseline(corpus)
    sys.path.insert(0, str(ROOT))
    from extract.store import database as store

    # time spent in the writer (SQLite inserts, commits, the deferred full-text index)
    spent = {"write": 0.0, "depth": 0}
    write, flush = store.Writer.write, store.flush_fts

    def timed(f):
        def g(*a):
            spent["depth"] += 1
            t = time.perf_counter()
            try:
                return f(*a)
            finally:
                spent["depth"] -= 1
                if not spent["depth"]:          # a flush inside a write counts once
                    spent["write"] += time.perf_counter() - t
        return g

    store.Writer.write, store.flush_fts = timed(write), timed(flush)
    t0 = time.perf_counter()
    summary = store.load([str(corpus)], str(db), jobs=jobs)
    dt = time.perf_counter() - t0
    store.Writer.write, store.flush_fts = write, flush
    assert not summary.failed, summary.failed[:3]
    rss_self, rss_child = peak_rss_mb()
    return {
        "docs": n, "jobs": jobs, "chars": chars, "seconds": round(dt, 3),
        "docs_per_s": round(n / dt, 1), "chars_per_s": round(chars / dt),
        "baseline_chars_per_s": round(chars / base_s), "ratio_to_baseline": round((chars / dt) / (chars / base_s), 4),
        "write_share": round(spent["write"] / dt, 3),
        "peak_rss_mb": round(rss_self, 1), "worker_peak_rss_mb": round(rss_child, 1) if jobs > 1 else None,
        "db_mb": round(db.stat().st_size / 2**20, 1),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--matrix", action="store_true", help="1 and 2 workers × 1,000 and 10,000 documents")
    ap.add_argument("--workdir", default=None, help="keep corpora here (default: a temp dir)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--pdf", nargs="?", const=str(PDF_DIR), default=None, metavar="FOLDER",
                    help="the PDF path: today's reader beside pdfplumber (and the old reader) on FOLDER")
    ap.add_argument("--queries", action="store_true",
                    help="time the query commands on a generated database of about 100 k tasks (see run_queries)")
    ap.add_argument("--query-docs", type=int, default=QUERY_DOCS, help="plans in the --queries database")
    args = ap.parse_args(argv)
    if args.pdf:
        return pdf_main(Path(args.pdf), args.json)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="zhengce-bench-"))
    try:
        if args.queries:
            rows = run_queries(workdir, args.query_docs)
            print(json.dumps(rows, ensure_ascii=False)) if args.json else _print_queries(rows)
        elif args.matrix:
            rows = []
            for n, jobs in ((1000, 1), (1000, 2), (10000, 1), (10000, 2)):
                out = subprocess.run([sys.executable, __file__, "--docs", str(n), "--jobs", str(jobs),
                                      "--workdir", str(workdir), "--json"], capture_output=True, text=True,
                                     check=True)
                rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
            _print(rows)
        else:
            row = run_one(args.docs, args.jobs, workdir)
            if args.json:
                print(json.dumps(row))
            else:
                _print([row])
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


def _print(rows):
    print(f"{'docs':>6} {'jobs':>4} {'docs/s':>8} {'chars/s':>12} {'re baseline chars/s':>20} {'ratio':>7} "
          f"{'write %':>8} {'peak RSS MB':>12} {'worker RSS MB':>14}")
    for r in rows:
        w = r.get("worker_peak_rss_mb")
        print(f"{r['docs']:>6} {r['jobs']:>4} {r['docs_per_s']:>8} {r['chars_per_s']:>12,} "
              f"{r['baseline_chars_per_s']:>20,} {r['ratio_to_baseline']:>7} {100 * r['write_share']:>7.0f}% "
              f"{r['peak_rss_mb']:>12} {w if w is not None else '-':>14}")


# --------------------------------------------------------------------------- the PDF path

PDF_DIR = ROOT / "corpus" / "real" / "zhejiang-pdf"
OLD_READER = "eb0c3a7:extract/ingest_pdf.py"      # pdfplumber's extract_text_lines (the baseline)


def _old_reader():
    """The reader before pypdfium2, rebuilt from git history (None outside a checkout)."""
    import types

    try:
        src = subprocess.run(["git", "show", OLD_READER], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    src = src.replace("from .ingest_error", "from extract.read.ingest_error").replace(
        "from .unwrap", "from extract.read.unwrap")
    mod = types.ModuleType("old_ingest_pdf")
    sys.modules[mod.__name__] = mod             # dataclasses look their module up
    exec(compile(src, OLD_READER, "exec"), mod.__dict__)
    return mod


def char_key(s: str):
    """What 'the same text' means between two readers: the multiset of characters,
    white space and table rules ('|') left out, look-alikes folded (so cell order
    and line breaks do not count)."""
    from collections import Counter

    from extract.read.normalize import canonical
    return Counter(c for c in canonical(s) if not c.isspace() and c != "|")


def text_agreement(a: str, b: str) -> float:
    """Characters in common / characters in the longer of the two (1.0: the same)."""
    ka, kb = char_key(a), char_key(b)
    n = max(sum(ka.values()), sum(kb.values()))
    return sum((ka & kb).values()) / n if n else 1.0


def pdf_one(path: Path, old=None) -> dict:
    import io
    import logging

    import pdfplumber
    import pypdfium2

    from extract.read.ingest_pdf import read_pdf
    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    data = path.read_bytes()
    pdf = pypdfium2.PdfDocument(data)
    pages = len(pdf)
    pdf.close()
    t0, c0 = time.perf_counter(), time.process_time()
    text, _tables = read_pdf(data, [])
    t1, c1 = time.perf_counter(), time.process_time()
    with pdfplumber.open(io.BytesIO(data)) as pl:
        plumber = "\n".join(p.extract_text() or "" for p in pl.pages)
    t2, c2 = time.perf_counter(), time.process_time()
    row = {"file": path.name, "pages": pages, "chars": len(text), "new_s": t1 - t0, "plumber_s": t2 - t1,
           "new_cpu": c1 - c0, "plumber_cpu": c2 - c1,
           "plumber_chars": len(plumber), "agreement": text_agreement(text, plumber)}
    if old is not None:
        t3, c3 = time.perf_counter(), time.process_time()
        old_text = old.read_pdf(data, [])
        row["old_s"], row["old_chars"] = time.perf_counter() - t3, len(old_text)
        row["old_cpu"] = time.process_time() - c3
    return row


def pdf_main(folder: Path, as_json: bool = False):
    sys.path.insert(0, str(ROOT))
    files = sorted(folder.glob("*.pdf"))
    if not files:
        raise SystemExit(f"{folder}: no PDF files")
    old = _old_reader()
    import pdfplumber  # noqa: F401  (imports out of the timings)
    import pypdfium2  # noqa: F401
    pdf_one(files[0], old)                      # warm-up: first calls, caches (not counted)
    rows = [pdf_one(p, old) for p in files]
    tot = {k: sum(r.get(k, 0) for r in rows) for k in ("pages", "chars", "new_s", "plumber_s", "old_s",
                                                        "old_chars", "plumber_chars", "new_cpu", "plumber_cpu",
                                                        "old_cpu")}
    agree = sum(r["agreement"] * r["chars"] for r in rows) / max(1, tot["chars"])
    summary = {
        "files": len(rows), "pages": tot["pages"], "chars": tot["chars"],
        "new_pages_per_s": round(tot["pages"] / tot["new_s"], 1), "new_chars_per_s": round(tot["chars"] / tot["new_s"]),
        "plumber_pages_per_s": round(tot["pages"] / tot["plumber_s"], 1),
        "plumber_chars_per_s": round(tot["plumber_chars"] / tot["plumber_s"]),
        "old_pages_per_s": round(tot["pages"] / tot["old_s"], 1) if old else None,
        "old_chars_per_s": round(tot["old_chars"] / tot["old_s"]) if old else None,
        "speedup_vs_plumber": round(tot["plumber_s"] / tot["new_s"], 2),
        "speedup_vs_old": round((tot["chars"] / tot["new_s"]) / (tot["old_chars"] / tot["old_s"]), 2) if old else None,
        # CPU time (user + system of this process): what a busy machine inflates least
        "new_chars_per_cpu_s": round(tot["chars"] / tot["new_cpu"]),
        "old_chars_per_cpu_s": round(tot["old_chars"] / tot["old_cpu"]) if old else None,
        "cpu_speedup_vs_old": round((tot["chars"] / tot["new_cpu"]) / (tot["old_chars"] / tot["old_cpu"]), 2)
        if old else None,
        "cpu_speedup_vs_plumber": round(tot["plumber_cpu"] / tot["new_cpu"], 2),
        "load_average": round(os.getloadavg()[0], 1),
        "agreement_mean": round(agree, 4), "agreement_min": round(min(r["agreement"] for r in rows), 4),
        "files_agreeing_99": sum(r["agreement"] >= 0.99 for r in rows),
    }
    if as_json:
        print(json.dumps(summary))
        return summary
    print(f"{'file':<32} {'pages':>5} {'chars':>7} {'new ms/pg':>9} {'plumber ms/pg':>13} "
          f"{'old ms/pg':>9} {'same chars':>10}")
    for r in rows:
        o = f"{1000 * r['old_s'] / r['pages']:>9.1f}" if "old_s" in r else f"{'-':>9}"
        print(f"{r['file'][:32]:<32} {r['pages']:>5} {r['chars']:>7} {1000 * r['new_s'] / r['pages']:>9.1f} "
              f"{1000 * r['plumber_s'] / r['pages']:>13.1f} {o} {r['agreement']:>10.3f}")
    s = summary
    print(f"\n{s['files']} PDFs, {s['pages']} pages, {s['chars']:,} characters")
    print(f"today's reader (pypdfium2, tables included): {s['new_pages_per_s']} pages/s, "
          f"{s['new_chars_per_s']:,} chars/s")
    print(f"pdfplumber extract_text():                   {s['plumber_pages_per_s']} pages/s, "
          f"{s['plumber_chars_per_s']:,} chars/s  (today's reader {s['speedup_vs_plumber']}x)")
    if old:
        print(f"old reader ({OLD_READER}):   {s['old_pages_per_s']} pages/s, "
              f"{s['old_chars_per_s']:,} chars/s  (today's reader {s['speedup_vs_old']}x)")
    print(f"CPU time: today's reader {s['new_chars_per_cpu_s']:,} chars per CPU second"
          + (f", old reader {s['old_chars_per_cpu_s']:,} ({s['cpu_speedup_vs_old']}x)" if old else "")
          + f", pdfplumber {s['cpu_speedup_vs_plumber']}x; load average {s['load_average']}")
    print(f"same characters as pdfplumber (modulo white space, look-alikes, cell order): "
          f"{100 * s['agreement_mean']:.2f}% (char-weighted), lowest file {100 * s['agreement_min']:.2f}%, "
          f"{s['files_agreeing_99']}/{s['files']} files at >= 99%")
    return summary
# ------------------------------------------------------------------ queries --
#
# The query benchmark loads QUERY_DOCS varied copies of the seed plans (make_corpus,
# the same copies as the load benchmark) through the real load path, which gives about
# 103 k tasks, 188 k responsibilities and 48 k targets (building it takes a few
# minutes; --workdir keeps it for the next run).  Then it times, each in a fresh
# process as a user would run it, the median of REPEAT runs of
#
#     zhengce who 市场监管局 > out.tsv             goal < 1 s
#     zhengce targets --format json > out.jsonl    goal < 3 s and < 200 MB peak RSS
#
# and, in this process after one warm-up call, queries.who(db, "市场监管局") (a list of
# dicts, then as_frame=True: a DataFrame).

QUERY_DOCS = 5800
REPEAT = 3
QUERY_GOALS = {"who": (1.0, None), "targets": (3.0, 200.0), "python": (0.1, None), "frame": (0.1, None)}


def query_db(workdir: Path, n: int = QUERY_DOCS) -> Path:
    """The benchmark database of n varied seed copies (made once per workdir)."""
    db = workdir / f"queries_{n}.db"
    if db.exists():
        return db
    corpus = workdir / f"corpus_{n}"
    if not (corpus / f"plan_{n - 1:05d}.txt").exists():
        make_corpus(n, corpus)
    sys.path.insert(0, str(ROOT))
    from extract.store import database as store

    tmp = workdir / f"queries_{n}.loading.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    summary = store.load([str(corpus)], str(tmp), jobs=max(1, min(2, os.cpu_count() or 1)))
    assert not summary.failed, summary.failed[:3]
    conn = store.connect(str(tmp))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.rename(db)
    return db


def _zhengce_argv() -> list:
    script = Path(sys.executable).with_name("zhengce")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; sys.argv[0] = 'zhengce'; from extract.face.cli import cli; cli()"]


def _timed_child(argv: list, out_path: Path) -> tuple:
    """(seconds, peak RSS MB, CPU seconds) of one process writing its standard output to out_path."""
    with open(out_path, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE, cwd=str(ROOT))
        _, status, usage = os.wait4(proc.pid, 0)
        dt = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(argv)} failed: {proc.stderr.read().decode(errors='replace')[-500:]}")
    return dt, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def run_queries(workdir: Path, n: int = QUERY_DOCS) -> list:
    db = query_db(workdir, n)
    sys.path.insert(0, str(ROOT))
    import statistics

    from extract.ask import queries

    conn = __import__("sqlite3").connect(str(db))
    size = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "tasks", "responsibilities", "targets", "units")}
    conn.close()
    z = _zhengce_argv()
    cases = [("who", "zhengce who 市场监管局 > out.tsv", z + ["who", "市场监管局", "--db", str(db)], "out.tsv"),
             ("targets", "zhengce targets --format json > out.jsonl",
              z + ["targets", "--format", "json", "--db", str(db)], "out.jsonl")]
    rows = []
    for key, label, argv, out in cases:
        runs = [_timed_child(argv, workdir / out) for _ in range(REPEAT)]
        with open(workdir / out, "rb") as f:
            n_rows = sum(1 for _ in f) - (1 if out.endswith(".tsv") else 0)
        rows.append({"case": key, "command": label, "rows": n_rows,
                     "seconds": round(statistics.median(r[0] for r in runs), 3),
                     "cpu_seconds": round(statistics.median(r[2] for r in runs), 3),
                     "peak_rss_mb": round(max(r[1] for r in runs), 1)})
    for key, label, kw in (("python", 'queries.who(db, "市场监管局")', {}),
                           ("frame", 'queries.who(db, "市场监管局", as_frame=True)', {"as_frame": True})):
        queries.who(str(db), "市场监管局", **kw)                  # warm-up: imports, page cache
        times, cpu = [], []
        for _ in range(max(5, REPEAT)):
            t0, c0 = time.perf_counter(), time.process_time()
            n_rows = len(queries.who(str(db), "市场监管局", **kw))
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        rows.append({"case": key, "command": label, "rows": n_rows,
                     "seconds": round(statistics.median(times), 3), "cpu_seconds": round(statistics.median(cpu), 3),
                     "peak_rss_mb": None})
    for r in rows:
        r.update(size)
        secs, mb = QUERY_GOALS[r["case"]]
        r["goal"] = f"< {secs:g} s" + (f", < {mb:g} MB" if mb else "")
        r["met"] = r["seconds"] < secs and (mb is None or (r["peak_rss_mb"] or 0) < mb)
    return rows


def _print_queries(rows):
    r0 = rows[0]
    print(f"database: {r0['documents']:,} plans, {r0['tasks']:,} tasks, {r0['responsibilities']:,} "
          f"responsibilities, {r0['targets']:,} targets, {r0['units']:,} units")
    print(f"{'command':<50} {'rows':>8} {'seconds':>8} {'CPU s':>7} {'peak RSS MB':>12}  {'goal':<18} met")
    for r in rows:
        rss = r["peak_rss_mb"] if r["peak_rss_mb"] is not None else "-"
        print(f"{r['command']:<50} {r['rows']:>8,} {r['seconds']:>8} {r['cpu_seconds']:>7} {rss:>12}  "
              f"{r['goal']:<18} {'yes' if r['met'] else 'NO'}")
    print(f"(medians of {REPEAT} runs, each command in a fresh process; CPU s is user + system time, "
          f"which a busy machine inflates less than the wall clock; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
