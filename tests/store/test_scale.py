"""Scale: N worker processes with one writer give the same database as one process;
a crashing worker fails only its file; memory stays flat as the corpus grows;
extraction runs on Dask into Parquet and ``zhengce load --from-parquet`` stores it."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import fixtures_make as fm
from extract.store import database as store

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("documents", "sections", "tasks", "units", "responsibilities", "targets", "deadlines", "phases",
          "mentions", "group_members")


def make_corpus(folder: Path, n: int) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    texts = [fm.seed_text(p) for p in fm.SEEDS]
    out = []
    for i in range(n):
        p = folder / f"plan_{i:05d}.txt"
        p.write_text(texts[i % len(texts)] + f"\n(编号 {i})\n", encoding="utf-8")
        out.append(p)
    return out


def content(db) -> dict:
    """Everything that must not depend on how the load ran (no row ids, no load times)."""
    con = sqlite3.connect(db)
    try:
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        out["docs"] = sorted(map(repr, con.execute("SELECT id, source, title, region, signed, n_chars, version, warnings"
                                         " FROM documents")))
        out["resp"] = sorted(map(repr, con.execute("SELECT r.task_id, u.key, r.role, r.written, r.start, r.end"
                                                   " FROM responsibilities r JOIN units u ON u.id = r.unit_id")))
        out["targets"] = sorted(map(repr, con.execute("SELECT doc_id, task_id, value, unit, start, end FROM targets")))
        out["fts"] = con.execute("SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH '\"知识产权\"'").fetchone()[0]
        return out
    finally:
        con.close()


def run(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "extract", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("scale")
    files = make_corpus(d / "in", 60)
    (d / "in" / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n")   # no %%EOF
    one = d / "one.db"
    r = run("load", "-q", d / "in", "--db", one)
    assert r.returncode == 1 and "broken.pdf" in r.stderr
    return d, files, one


def test_jobs_give_the_same_database_as_one_process(corpus):
    d, files, one = corpus
    two = d / "two.db"
    r = run("load", "-q", d / "in", "--db", two, "--jobs", "2")
    assert r.returncode == 1
    assert [ln for ln in r.stderr.splitlines() if ln.startswith("error: ")] == \
        [f"error: {d / 'in' / 'broken.pdf'}: truncated or damaged PDF (no %%EOF end marker)"]
    assert f"loaded {len(files)}," in r.stdout
    assert content(two) == content(one)


def _crash_on_marked(path):
    """A worker function that dies like a segfaulting PDF library on one file."""
    if "crash" in os.path.basename(path):
        os._exit(139)
    return store.parse_file_record(path)


def test_a_worker_that_dies_fails_only_its_file(tmp_path):
    files = [str(p) for p in make_corpus(tmp_path / "in", 12)]
    bad = tmp_path / "in" / "plan_crash.txt"
    bad.write_bytes(fm.SEEDS[0].read_bytes())
    files.insert(5, str(bad))
    got = list(store._parallel(files, 2, frozenset(), store.MAX_CHARS, window=4, fn=_crash_on_marked))
    assert [p for p, _ in got] == files                      # every file answered, in order
    kinds = {p: r[0] for p, r in got}
    assert kinds[str(bad)] == "error" and got[5][1][1].startswith("extraction crashed its worker process")
    assert [k for p, k in kinds.items() if p != str(bad)] == ["record"] * 12


def _peak_rss_mb(n: int, folder: Path, jobs: int) -> float:
    db = folder.parent / f"m{n}_{jobs}.db"
    code = ("import resource, sys; from extract import store; "
            f"s = store.load([{str(folder)!r}], {str(db)!r}, jobs={jobs}); assert s.ok, s.failed[:3]; "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600,
                         check=True)
    return float(out.stdout.split()[-1])


@pytest.mark.parametrize("jobs", [1, 2])
def test_writer_memory_stays_flat_as_the_corpus_grows(tmp_path, jobs):
    """Six times the documents, not six times the memory: files are streamed and at most
    a few records per worker are in flight (holding 600 parsed plans would add ~100 MB)."""
    small, big = tmp_path / "small", tmp_path / "big"
    make_corpus(small, 100)
    make_corpus(big, 600)
    a, b = _peak_rss_mb(100, small, jobs), _peak_rss_mb(600, big, jobs)
    assert b <= 1.25 * a, (a, b)


# --------------------------------------------------------------------------- Dask and Parquet

def test_records_are_pure_and_json_able(tmp_path):
    import json

    from extract.store.parquet import records_from_file

    f = tmp_path / "p.txt"
    f.write_bytes(fm.SEEDS[0].read_bytes())
    a, b = records_from_file(f), records_from_file(f)
    assert a == b and a["error"] is None and a["record"]["tasks"]
    assert json.loads(json.dumps(a, ensure_ascii=False))["record"]["document"]["sha256"] == a["sha256"]
    missing = records_from_file(tmp_path / "nope.txt")
    assert missing["error"] == "no such file" and missing["record"] is None


def test_parquet_round_trip(tmp_path, corpus):
    pytest.importorskip("pyarrow")
    from extract.store.parquet import read_parquet, records_from_file, write_parquet

    d, files, one = corpus
    recs = [records_from_file(p) for p in sorted((d / "in").iterdir())[:7]]
    write_parquet(recs, tmp_path / "r.parquet")
    back = list(read_parquet(tmp_path / "r.parquet"))
    assert [json_norm(r) for r in back] == [json_norm(r) for r in recs]


def json_norm(rec):
    import json
    return json.loads(json.dumps({k: rec[k] for k in ("path", "source", "sha256", "error", "record")},
                                 ensure_ascii=False))


def _dask_then_load(corpus, tmp_path, **compute):
    from extract.store.parquet import dask_extract

    d, files, one = corpus
    parts = dask_extract([str(d / "in")], tmp_path / "records", partition_size=16, **compute)
    assert len(parts) == 4 and all(Path(p).exists() for p in parts)
    db = tmp_path / "dask.db"
    r = run("load", "-q", "--from-parquet", tmp_path / "records", "--db", db)
    assert r.returncode == 1
    assert [ln for ln in r.stderr.splitlines() if ln.startswith("error: ")] == \
        [f"error: {d / 'in' / 'broken.pdf'}: truncated or damaged PDF (no %%EOF end marker)"]
    assert content(db) == content(one)
    r = run("load", "-q", "--from-parquet", tmp_path / "records", "--db", db)     # idempotent
    assert f"skipped {len(files)}" in r.stdout


def test_dask_on_a_local_cluster_then_load_from_parquet(corpus, tmp_path):
    """dask.distributed.LocalCluster with two worker processes."""
    pytest.importorskip("dask.bag")
    pytest.importorskip("pyarrow")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=40) as cluster, distributed.Client(cluster):
        _dask_then_load(corpus, tmp_path)


def test_dask_multiprocessing_scheduler_then_load_from_parquet(corpus, tmp_path):
    pytest.importorskip("dask.bag")
    pytest.importorskip("pyarrow")
    _dask_then_load(corpus, tmp_path, scheduler="processes", num_workers=2)


def test_from_parquet_needs_an_existing_folder(tmp_path):
    r = run("load", "--from-parquet", tmp_path / "nope", "--db", tmp_path / "x.db")
    assert r.returncode == 2 and "does not exist" in r.stderr
