"""SQLite storage: schema.sql is the single definition of the tables.

One transaction per document: a document is either wholly in the database or
not at all.  A file whose content hash is already loaded is skipped, so
loading the same corpus twice changes nothing.  WAL mode and a busy timeout
let two loads share one database.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .models import Document

SCHEMA = Path(__file__).resolve().parent.parent / "schema.sql"
DEFAULT_DB = "zhengce.db"


def connect(db_path=DEFAULT_DB, create: bool = True) -> sqlite3.Connection:
    db_path = str(db_path)
    if not create and db_path != ":memory:" and not Path(db_path).exists():
        raise FileNotFoundError(f"{db_path}: no such database (run `zhengce load` first)")
    conn = sqlite3.connect(db_path, timeout=60, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 60000")
    if db_path != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if create:
        conn.executescript(SCHEMA.read_text(encoding="utf-8"))
    return conn


def has_sha(conn, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is not None


def _path(p) -> str:
    return "/".join(p)


def _unit_id(conn, cache: dict, u, region) -> int:
    from .units import canonical_unit

    key = canonical_unit(u.name, region)
    uid = cache.get(key)
    if uid is None:
        row = conn.execute("SELECT id FROM units WHERE key = ?", (key,)).fetchone()
        if row:
            uid = row[0]
        else:
            uid = conn.execute("INSERT INTO units(key, name, region, dept_type) VALUES (?,?,?,?)",
                               (key, u.name, region, u.dept_type)).lastrowid
        cache[key] = uid
    return uid


def write_document(conn, doc: Document, replace: bool = False) -> str:
    """Write one document and its facts in one transaction.

    Returns "loaded", "replaced" or "skipped" (same content already there)."""
    m = doc.meta
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    year = None
    for d in (m.signed, m.published):
        if d:
            year = int(d[:4])
            break
    if year is None and m.period:
        year = m.period[0]
    conn.execute("BEGIN IMMEDIATE")
    try:
        if has_sha(conn, doc.sha256):
            conn.execute("ROLLBACK")
            return "skipped"
        status = "loaded"
        old = conn.execute("SELECT id FROM documents WHERE source = ?", (doc.source,)).fetchall()
        version = len(old) + 1
        if replace and old:
            conn.executemany("DELETE FROM documents WHERE id = ?", [(r[0],) for r in old])
            version = 1
            status = "replaced"
        conn.execute(
            "INSERT INTO documents(id, sha256, source, path, format, encoding, version, title, doc_number,"
            " issuer, region, level, signed, published, period_start, period_end, draft, year, raw_text,"
            " body_start, body_end, body_text, n_chars, warnings, loaded_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.sha256, doc.source, doc.path, doc.fmt, doc.encoding, version, m.title,
             m.doc_number, m.issuer, m.region, m.level, m.signed, m.published,
             m.period[0] if m.period else None, m.period[1] if m.period else None, int(m.draft), year,
             doc.text, doc.body_start, doc.body_end, doc.text[doc.body_start:doc.body_end], len(doc.text),
             json.dumps(doc.warnings, ensure_ascii=False), now))
        did = doc.id
        conn.executemany(
            "INSERT INTO sections(doc_id, idx, parent_idx, kind, level, number, label, ordinal, path, heading,"
            " start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(did, s.idx, s.parent, s.kind, s.level, s.number, s.label, s.ordinal, _path(s.path), s.heading,
              s.start, s.end) for s in doc.sections])
        conn.executemany(
            "INSERT INTO tasks(id, doc_id, path, section_path, number, anchor, text, start, end, seq, rule)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(t.id, did, json.dumps(list(t.path), ensure_ascii=False), _path(t.path),
              t.path[-1] if t.path else None, t.anchor, doc.text[t.start:t.end], t.start, t.end, i, t.rule)
             for i, t in enumerate(doc.tasks)])
        cache: dict = {}
        rows = []
        for t in doc.tasks:
            for u in t.units:
                rows.append((did, t.id, _unit_id(conn, cache, u, m.region), u.role, u.name, u.written,
                             u.start, u.end, u.rule))
        conn.executemany(
            "INSERT INTO responsibilities(doc_id, task_id, unit_id, role, name, written, start, end, rule)"
            " VALUES (?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany(
            "INSERT INTO targets(doc_id, task_id, section_path, anchor, indicator, value, value_max, unit,"
            " base_value, base_unit, comparator, growth, per_year, aspirational, cumulative, deadline, text,"
            " start, end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(did, t.task_id, _path(t.section_path), t.anchor, t.indicator, t.value, t.value_max, t.unit,
              t.base_value, t.base_unit, t.comparator, int(t.growth), int(t.per_year), int(t.aspirational),
              int(t.cumulative), t.deadline, doc.text[t.start:t.end], t.start, t.end, t.rule)
             for t in doc.targets])
        conn.executemany(
            "INSERT INTO deadlines(doc_id, task_id, section_path, text, kind, date_start, date_end, open_ended,"
            " start, end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(did, d.task_id, _path(d.section_path), d.text, d.kind, d.date_start, d.date_end,
              int(d.open_ended), d.start, d.end, d.rule) for d in doc.deadlines])
        conn.executemany(
            "INSERT INTO phases(doc_id, section_path, name, date_start, date_end, text, start, end)"
            " VALUES (?,?,?,?,?,?,?,?)",
            [(did, _path(p.section_path), p.name, p.date_start, p.date_end, p.text, p.start, p.end)
             for p in doc.phases])
        conn.executemany(
            "INSERT INTO mentions(doc_id, section_path, name, dept_type, start, end, rule) VALUES (?,?,?,?,?,?,?)",
            [(did, _path(x.section_path), x.name, x.dept_type, x.start, x.end, x.rule) for x in doc.mentions])
        conn.executemany(
            "INSERT INTO group_members(doc_id, person, group_role, position, unit, start, end)"
            " VALUES (?,?,?,?,?,?,?)",
            [(did, g.person, g.group_role, g.position, g.unit, g.start, g.end) for g in doc.group])
        conn.execute("COMMIT")
        return status
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@dataclass
class LoadSummary:
    loaded: list = field(default_factory=list)
    replaced: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    failed: list = field(default_factory=list)     # [(path, reason)]
    chars: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def _parse_one(path: str, known: frozenset = frozenset()):
    """Worker: file → ("doc", Document) | ("known", sha) | ("error", reason)."""
    from .ingest import IngestError, read_bytes

    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return "error", "no such file"
    except IsADirectoryError:
        return "error", "is a directory"
    except OSError as e:
        return "error", f"cannot read file ({e.strerror or e})"
    sha = hashlib.sha256(data).hexdigest()
    if sha in known:
        return "known", sha
    try:
        ing = read_bytes(data, Path(path).name)
        ing.path = str(path)
        from .pipeline import parse_text

        doc = parse_text(ing.text, source=ing.source, path=str(path), sha256=ing.sha256, fmt=ing.fmt,
                         encoding=ing.encoding, warnings=ing.warnings)
        return "doc", doc
    except IngestError as e:
        return "error", e.reason
    except Exception as e:  # a bug in a stage must not stop the other files
        return "error", f"extraction failed ({type(e).__name__}: {e})"


def load(paths, db=DEFAULT_DB, replace: bool = False, jobs: int = 1, progress=None) -> LoadSummary:
    """Load files and folders into the database; returns what happened to each file.

    ``progress(path, status)`` is called after each file."""
    from .ingest import iter_paths

    conn = connect(db)
    summary = LoadSummary()
    known = frozenset(r[0] for r in conn.execute("SELECT sha256 FROM documents")) if not replace else frozenset()
    files = list(iter_paths(paths))

    def handle(path, result):
        kind, val = result
        if kind == "error":
            summary.failed.append((str(path), val))
            status = "failed"
        elif kind == "known":
            summary.skipped.append(str(path))
            status = "skipped"
        else:
            try:
                status = write_document(conn, val, replace=replace)
            except sqlite3.Error as e:
                summary.failed.append((str(path), f"database error ({e})"))
                status = "failed"
            else:
                getattr(summary, status).append(str(path))
                if status != "skipped":
                    summary.chars += len(val.text)
        if progress:
            progress(path, status)

    try:
        if jobs and jobs > 1 and len(files) > 1:
            import multiprocessing as mp
            from functools import partial

            ctx = mp.get_context("spawn")
            with ctx.Pool(jobs) as pool:
                for path, result in zip(files, pool.imap(partial(_parse_one, known=known), map(str, files),
                                                         chunksize=4)):
                    handle(path, result)
        else:
            for path in files:
                handle(path, _parse_one(str(path), known))
    finally:
        conn.close()
    return summary
