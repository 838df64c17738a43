"""SQLite storage: schema.sql is the single definition of the tables.

Extraction and writing are split.  ``record(doc)`` turns a parsed Document
into a plain, JSON-able dict of table rows (a pure function, so it runs in a
worker process or on a Dask cluster and travels through Parquet);
``Writer.write(record)`` stores one record in ONE transaction (a SAVEPOINT
inside the group's transaction when commits are grouped): a document is either
wholly in the database or not at all, whatever happens to the process.  A load
commits ``COMMIT_GROUP`` documents at a time: a group commits whole documents
or none, and a document that fails is rolled back to its savepoint alone.

A file whose content hash is already loaded is skipped, so loading the same
corpus twice changes nothing; a changed file with the same name becomes a new
version (``replace=True`` deletes the older ones).  WAL mode and a busy
timeout let two loads share one database.

Full-text search is deferred: inserting a task only queues its rowid in
``tasks_fts_pending`` (schema.sql), and ``flush_fts`` indexes the queue in one
transaction (every ``FTS_BATCH`` documents, at the end of a load, and at the
start of the next one after an interrupted load; ``write_document`` indexes its
document's tasks in the document's own transaction).  Trigram-indexing one
document per transaction was most of the write time.  ``unit_names`` is kept by
the writer too, one upsert per distinct name of a document.

Why one module of over 500 lines: the write path (``Writer``, ``_Checkpointer``,
``flush_fts``) and the load loop (``load``, ``_parallel``, ``_handle``) share
one transaction discipline (one document per transaction, the content-hash
check under the write lock, the deferred full-text queue); splitting them
would put the two halves of that contract in different files.  Tests reach
both through ``extract.store.database``.
"""
from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import json
import os
import signal
import sqlite3
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Document
from ..rules import SCHEMA_PATH

SCHEMA = SCHEMA_PATH
DEFAULT_DB = "zhengce.db"
MAX_CHARS = 5_000_000          # a plan is rarely over 500,000 characters; see _parse_one
MAX_FILE_BYTES = 512 * 2**20   # never read more than this into memory
MEMORY_MB = 1024               # address-space limit of each --jobs worker (RLIMIT_AS); --max-memory-mb
FTS_BATCH = 256                # documents between full-text index flushes
FTS_SECONDS = 10.0             # ... or seconds
COMMIT_GROUP = 32             # documents per commit while loading (each still whole or absent)
COMMIT_SECONDS = 1.0           # ... or seconds since the group began
WAL_PAGES = 16384              # the writer's own checkpoint only past 64 MB of WAL (see _Checkpointer)

# Columns of each fact table in the order a record holds them (doc_id is added
# by the writer).  Responsibilities carry the unit's registry key, full name and
# type in place of unit_id, which only the database can assign.
DOC_COLUMNS = ("id", "sha256", "source", "path", "format", "encoding", "title", "doc_number", "issuer",
               "region", "level", "signed", "published", "period_start", "period_end", "draft", "genre",
               "year", "raw_text", "body_start", "body_end", "n_chars", "warnings")
FACT_COLUMNS = {
    "sections": ("idx", "parent_idx", "kind", "level", "number", "label", "ordinal", "path", "heading",
                 "start", "end"),
    "tasks": ("id", "path", "section_path", "number", "anchor", "text", "start", "end", "seq", "rule"),
    "responsibilities": ("task_id", "unit_key", "unit_name", "unit_dept_type", "role", "name", "written",
                         "start", "end", "rule"),
    "targets": ("task_id", "section_path", "anchor", "indicator", "value", "value_max", "unit", "base_value",
                "base_unit", "comparator", "growth", "per_year", "aspirational", "cumulative", "deadline",
                "text", "start", "end", "rule"),
    "deadlines": ("task_id", "section_path", "text", "kind", "date_start", "date_end", "open_ended", "start",
                  "end", "rule"),
    "phases": ("section_path", "name", "date_start", "date_end", "text", "start", "end"),
    "mentions": ("task_id", "section_path", "name", "dept_type", "role_hint", "start", "end", "rule"),
    "group_members": ("person", "group_role", "position", "unit", "start", "end"),
    "conventions": ("kind", "text", "applies_to", "start", "end", "rule"),
    "dropped_items": ("task_id", "text", "reason", "clause_start", "clause_end", "start", "end", "rule"),
}


def _insert_sql(table: str, cols) -> str:
    return f"INSERT INTO {table}(doc_id, {', '.join(cols)}) VALUES (?{', ?' * len(cols)})"


_RESP_COLS = ("task_id", "unit_id", "role", "name", "written", "start", "end", "rule")
_SQL = {t: _insert_sql(t, c) for t, c in FACT_COLUMNS.items() if t != "responsibilities"}
_SQL["responsibilities"] = _insert_sql("responsibilities", _RESP_COLS)
_SQL["documents"] = ("INSERT INTO documents(identity, version, loaded_at, " + ", ".join(DOC_COLUMNS) + ")"
                     " VALUES (?, ?, ?" + ", ?" * len(DOC_COLUMNS) + ")")
# a database made before body_text became a computed column stores a copy of it
_SQL["documents_stored_body"] = ("INSERT INTO documents(identity, version, body_text, loaded_at, " + ", ".join(DOC_COLUMNS)
                                 + ") VALUES (?, ?, ?, ?" + ", ?" * len(DOC_COLUMNS) + ")")


def stores_body_text(conn) -> bool:
    """True for a database made before documents.body_text was computed from raw_text."""
    for row in conn.execute("PRAGMA table_xinfo(documents)"):
        if row[1] == "body_text":
            return row[6] == 0          # hidden: 2 virtual, 3 stored generated column
    return False


def connect(db_path=DEFAULT_DB, create: bool = True) -> sqlite3.Connection:
    db_path = str(db_path)
    if not create and db_path != ":memory:" and not Path(db_path).exists():
        raise FileNotFoundError(f"{db_path}: no such database (run `zhengce load` first)")
    conn = sqlite3.connect(db_path, timeout=60, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 60000")
    if db_path != ":memory:":
        _wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if create:
        _migrate(conn)
        conn.executescript(SCHEMA.read_text(encoding="utf-8"))
        _late_indexes(conn)
    return conn


# columns added to a table after databases were made with it (CREATE TABLE IF NOT
# EXISTS keeps an old table as it was): a database of an older schema gets them,
# NULL for the rows it has, before the schema's indexes run
ADDED_COLUMNS = {"documents": (("genre", "TEXT"), ("identity", "TEXT")),
                 "mentions": (("task_id", "TEXT"), ("role_hint", "TEXT"))}


def _migrate(conn) -> None:
    """Columns added since a database was made."""
    for table, cols in ADDED_COLUMNS.items():
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if not have:
            continue                    # a new database: the schema makes the table
        for name, decl in cols:
            if name not in have:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")


def _late_indexes(conn) -> None:
    """Indexes on a column an old table may lack: made only where the column exists.
    idx_tasks_doc_seq serves a plan's tasks in order (and replaces the doc_id-only index)."""
    tcols = {r[1] for r in conn.execute("PRAGMA table_info(tasks)")}
    if {"doc_id", "seq"} <= tcols:
        conn.execute("CREATE INDEX IF NOT EXISTS idx_tasks_doc_seq ON tasks(doc_id, seq)")
        conn.execute("DROP INDEX IF EXISTS idx_tasks_doc")


def _wal(conn, budget: float = 60.0) -> None:
    """Switch to WAL.  The switch needs the file to itself and SQLite does not run the
    busy handler for it, so two loads opening a new database at once must retry.  WAL
    is a property of the file: once set, reading the mode takes no lock."""
    deadline = time.monotonic() + budget
    delay = 0.01
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode.lower() == "wal" or conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() == "wal":
                return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
        if time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked (could not switch it to WAL mode)")
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def has_sha(conn, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is not None


# --------------------------------------------------------------------------- Document -> record

def _path(p) -> str:
    return "/".join(p)


@functools.lru_cache(maxsize=1 << 16)
def _unit_key(name: str, region) -> str:
    from ..find.units import canonical_unit
    return canonical_unit(name, region)


def _store_warnings(doc: Document) -> list:
    """Warnings worth keeping beside the ingest ones: what a reader would wonder about."""
    out = []
    if not any(s.kind != "para" for s in doc.sections):
        out.append(f"no numbered headings: read as {len(doc.sections)} paragraph(s)")
    if not doc.tasks:
        out.append("no tasks found")
    return out


def record(doc: Document) -> dict:
    """The rows ``Writer.write`` stores for ``doc``: a JSON-able dict, a pure function of the Document."""
    m, text = doc.meta, doc.text
    year = None
    for d in (m.signed, m.published):
        if d:
            year = int(d[:4])
            break
    if year is None and m.period:
        year = m.period[0]
    warnings = list(doc.warnings) + _store_warnings(doc)
    document = dict(zip(DOC_COLUMNS, (
        doc.id, doc.sha256, doc.source, doc.path, doc.fmt, doc.encoding, m.title, m.doc_number, m.issuer,
        m.region, m.level, m.signed, m.published, m.period[0] if m.period else None,
        m.period[1] if m.period else None, int(m.draft), doc.genre, year, text, doc.body_start, doc.body_end,
        len(text),
        warnings)))
    region = m.region
    return {
        "document": document,
        "sections": [(s.idx, s.parent, s.kind, s.level, s.number, s.label, s.ordinal, _path(s.path), s.heading,
                      s.start, s.end) for s in doc.sections],
        "tasks": [(t.id, json.dumps(list(t.path), ensure_ascii=False), _path(t.path),
                   t.path[-1] if t.path else None, t.anchor, text[t.start:t.end], t.start, t.end, i, t.rule)
                  for i, t in enumerate(doc.tasks)],
        "responsibilities": [(t.id, _unit_key(u.name, region), u.name, u.dept_type, u.role, u.name, u.written,
                              u.start, u.end, u.rule) for t in doc.tasks for u in t.units],
        "targets": [(t.task_id, _path(t.section_path), t.anchor, t.indicator, t.value, t.value_max, t.unit,
                     t.base_value, t.base_unit, t.comparator, int(t.growth), int(t.per_year), int(t.aspirational),
                     int(t.cumulative), t.deadline, text[t.start:t.end], t.start, t.end, t.rule)
                    for t in doc.targets],
        "deadlines": [(d.task_id, _path(d.section_path), d.text, d.kind, d.date_start, d.date_end,
                       int(d.open_ended), d.start, d.end, d.rule) for d in doc.deadlines],
        "phases": [(_path(p.section_path), p.name, p.date_start, p.date_end, p.text, p.start, p.end)
                   for p in doc.phases],
        "mentions": [(x.task_id, _path(x.section_path), x.name, x.dept_type, x.role_hint, x.start, x.end, x.rule)
                     for x in doc.mentions],
        "group_members": [(g.person, g.group_role, g.position, g.unit, g.start, g.end) for g in doc.group],
        "conventions": [(c.kind, c.text, ("every later clause" if c.ditto else "this clause")
                         if c.kind == "first_is_lead" else c.units, c.start, c.end, c.rule)
                        for c in doc.conventions],
        "dropped_items": [(x.task_id, x.text, x.reason, x.clause_start, x.clause_end, x.start, x.end, x.rule)
                          for x in doc.dropped],
    }


# --------------------------------------------------------------------------- writing

class Writer:
    """Writes records to one connection, one savepoint per document, ``group``
    documents per commit (1: each document commits at once).

    Keeps the unit registry ids it has seen committed (units are never deleted)
    and flushes the full-text queue every ``fts_batch`` documents.  With
    ``group`` > 1 call ``commit()`` (or ``flush_fts()``) when done."""

    def __init__(self, conn, replace: bool = False, fts_batch: int = FTS_BATCH, fts_seconds: float = FTS_SECONDS,
                 defer_fts: bool = True, group: int = 1, group_seconds: float = COMMIT_SECONDS):
        self.conn, self.replace = conn, replace
        self.group, self.group_seconds = max(1, group), group_seconds
        self.in_group = 0                # documents written since BEGIN
        self.group_began = 0.0
        self.group_units: list = []      # unit keys first inserted by the open group
        self.fts_batch, self.fts_seconds = fts_batch, fts_seconds
        self.defer_fts = defer_fts          # False: each document's tasks are indexed in its own transaction
        self.unit_ids: dict = {}
        self.stored_body = stores_body_text(conn)
        self.unflushed = 0
        self.last_flush = time.monotonic()
        self.fts_error: str | None = None

    def _unit_id(self, key, name, region, dept_type, new: list) -> int:
        uid = self.unit_ids.get(key)
        if uid is None:
            row = self.conn.execute("SELECT id FROM units WHERE key = ?", (key,)).fetchone()
            if row:
                uid = row[0]
            else:
                uid = self.conn.execute("INSERT INTO units(key, name, region, dept_type) VALUES (?,?,?,?)",
                                        (key, name, region, dept_type)).lastrowid
            self.unit_ids[key] = uid
            new.append(key)
        return uid

    def write(self, rec: dict) -> str:
        """Store one record; returns "loaded", "replaced" or "skipped" (same content already there)."""
        conn, d = self.conn, rec["document"]
        did, region = d["id"], d["region"]
        now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
        new_units: list = []
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self.in_group, self.group_began = 0, time.monotonic()
        conn.execute("SAVEPOINT zhengce_doc")
        try:
            if has_sha(conn, d["sha256"]):          # under the write lock: a concurrent load's copy wins
                conn.execute("RELEASE zhengce_doc")
                if not self.in_group:
                    conn.execute("COMMIT")
                return "skipped"
            status = "loaded"
            # versions of one document: same identity (its path relative to the loaded folder,
            # or --as), never merely the same file name (index.html in two folders)
            ident = d.get("identity") or d["source"]
            old = conn.execute("SELECT id FROM documents WHERE identity = ? OR (identity IS NULL AND source = ?)",
                               (ident, ident)).fetchall()
            version = len(old) + 1
            if self.replace and old:
                conn.executemany("DELETE FROM documents WHERE id = ?", [(r[0],) for r in old])
                version, status = 1, "replaced"
            vals = [d[c] for c in DOC_COLUMNS]
            vals[-1] = json.dumps(d["warnings"], ensure_ascii=False)
            if self.stored_body:
                raw = d["raw_text"]
                conn.execute(_SQL["documents_stored_body"], [ident, version, raw[d["body_start"]:d["body_end"]], now] + vals)
            else:
                conn.execute(_SQL["documents"], [ident, version, now] + vals)
            for table in ("sections", "tasks"):
                if rec[table]:
                    conn.executemany(_SQL[table], [(did, *r) for r in rec[table]])
            if rec["responsibilities"]:
                uid = self._unit_id
                rows = [(did, task, uid(key, uname, region, utype, new_units), *rest)
                        for task, key, uname, utype, *rest in rec["responsibilities"]]
                conn.executemany(_SQL["responsibilities"], rows)
                conn.executemany(_UNIT_NAMES_ADD, _unit_name_counts(rows))
            for table in ("targets", "deadlines", "phases", "mentions", "group_members", "conventions",
                          "dropped_items"):
                if rec.get(table):
                    conn.executemany(_SQL[table], [(did, *r) for r in rec[table]])
            if not self.defer_fts:
                _index_queued(conn)
            conn.execute("RELEASE zhengce_doc")
        except BaseException:
            for k in new_units:                     # ids from a rolled-back savepoint are not real
                self.unit_ids.pop(k, None)
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK TO zhengce_doc")
                    conn.execute("RELEASE zhengce_doc")
                except sqlite3.Error:               # the transaction itself is gone
                    self._rollback()
                else:
                    if not self.in_group:
                        conn.execute("COMMIT")      # nothing else in it
            raise
        self.group_units.extend(new_units)
        self.in_group += 1
        self.unflushed += 1
        if self.in_group >= self.group or time.monotonic() - self.group_began >= self.group_seconds:
            self.commit()
        if self.defer_fts and (self.unflushed >= self.fts_batch
                               or time.monotonic() - self.last_flush >= self.fts_seconds):
            try:
                self.flush_fts()
            except sqlite3.Error as e:      # the document is committed; its tasks stay queued
                self.fts_error = str(e)
        return status

    def commit(self) -> None:
        """Commit the open group (whole documents only: each one's savepoint was released)."""
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        self.in_group, self.group_units = 0, []

    def _rollback(self) -> None:
        for k in self.group_units:                  # ids from a rolled-back group are not real
            self.unit_ids.pop(k, None)
        self.in_group, self.group_units = 0, []
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def flush_fts(self) -> int:
        self.commit()
        self.unflushed = 0
        self.last_flush = time.monotonic()
        return flush_fts(self.conn)


def _index_queued(conn) -> int:
    """Index the tasks queued in tasks_fts_pending and empty the queue (in the open transaction)."""
    n = conn.execute("INSERT INTO tasks_fts(rowid, anchor, text) SELECT t.rowid, t.anchor, t.text"
                     " FROM tasks_fts_pending p JOIN tasks t ON t.rowid = p.task_rowid").rowcount
    conn.execute("DELETE FROM tasks_fts_pending")
    return n


def flush_fts(conn) -> int:
    """Index the tasks queued in tasks_fts_pending, in one transaction; returns how many.
    Every inserted task is queued (schema.sql), whichever connection inserted it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        n = _index_queued(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return n


# unit_names (schema.sql) counts the responsibilities that use each name of a unit
_UNIT_NAMES_ADD = ("INSERT INTO unit_names(unit_id, name, n) VALUES (?, ?, ?)"
                   " ON CONFLICT(unit_id, name) DO UPDATE SET n = n + excluded.n")
# where a responsibilities row (doc_id, then _RESP_COLS) holds them
_RESP_UNIT, _RESP_NAME, _RESP_WRITTEN = (1 + _RESP_COLS.index(c) for c in ("unit_id", "name", "written"))


def _unit_name_counts(rows) -> list:
    """(unit_id, name, count) for unit_names from responsibilities rows: each row's name,
    and its written form where that differs."""
    counts: dict = {}
    for r in rows:
        u, name, written = r[_RESP_UNIT], r[_RESP_NAME], r[_RESP_WRITTEN]
        counts[u, name] = counts.get((u, name), 0) + 1
        if written is not None and written != name:
            counts[u, written] = counts.get((u, written), 0) + 1
    return [(u, name, n) for (u, name), n in counts.items()]


def sync_unit_names(conn) -> None:
    """Rebuild unit_names from responsibilities, counted as ``Writer`` counts them: for
    code that inserts responsibilities other than through ``Writer``."""
    rows = conn.execute(f"SELECT doc_id, {', '.join(_RESP_COLS)} FROM responsibilities").fetchall()
    conn.execute("DELETE FROM unit_names")
    conn.executemany(_UNIT_NAMES_ADD, _unit_name_counts(rows))


def write_document(conn, doc: Document, replace: bool = False) -> str:
    """Write one document and its facts in one transaction (and index its tasks for search).

    Returns "loaded", "replaced" or "skipped" (same content already there)."""
    return Writer(conn, replace, defer_fts=False).write(record(doc))


class _Checkpointer:
    """Copies the WAL into the database from a background thread (PRAGMA
    wal_checkpoint(PASSIVE) on its own connection), so the fsyncs a checkpoint
    needs overlap with extraction instead of stalling the writer's commits.  The
    writer's own auto-checkpoint stays on at a larger size as a safety net."""

    def __init__(self, db, every: float = 0.5):
        import threading

        self.db, self.every = str(db), every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="zhengce-checkpoint", daemon=True)

    def _run(self):
        try:
            conn = sqlite3.connect(self.db, timeout=0, isolation_level=None)
        except sqlite3.Error:
            return
        try:
            while not self.stop.wait(self.every):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error:        # busy with another checkpoint: try again later
                    pass
        finally:
            conn.close()

    def __enter__(self):
        if self.db != ":memory:":
            self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()


# --------------------------------------------------------------------------- loading

@dataclass
class LoadSummary:
    loaded: list = field(default_factory=list)
    replaced: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    failed: list = field(default_factory=list)     # [(path, reason)]
    warnings: list = field(default_factory=list)   # [(path, message)] of stored documents
    chars: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


_WORKER: dict = {"known": frozenset(), "max_chars": MAX_CHARS}


class _Timeout(BaseException):
    """Raised by the per-file timer; a BaseException so no stage's ``except Exception`` eats it."""


class _deadline:
    """Run the body under a wall-clock limit (SIGALRM; only on a main thread, which is
    where the single-process load and every pool worker run files).

    The alarm's exception can be lost: raised while Python runs a finaliser or a weakref
    callback (a garbage collection in the middle of a large page), it is printed and
    ignored, and the body goes on.  So the timer repeats every REFIRE seconds once it has
    gone off, and a body that ends after it went off ends with the timeout all the same."""

    REFIRE = 0.25

    def __init__(self, seconds):
        import threading
        self.seconds = seconds or 0
        self.fired = self.closing = False
        self.armed = bool(self.seconds) and threading.current_thread() is threading.main_thread() \
            and hasattr(signal, "setitimer")

    def _alarm(self, signum, frame):
        self.fired = True
        if not self.closing:
            raise _Timeout()

    def __enter__(self):
        if self.armed:
            self.old = signal.signal(signal.SIGALRM, self._alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds, self.REFIRE)
        return self

    def __exit__(self, exc_type, *exc):
        if self.armed:
            self.closing = True             # from here the alarm only records that it went off
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)
            if self.fired and exc_type is None:
                raise _Timeout()            # it went off, and someone swallowed it


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this worker when the process that started it dies (a
    kill -9 of ``zhengce load --jobs N`` must not leave N orphans running)."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)          # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:                               # the parent died before prctl ran
        os._exit(1)


def _init_worker(known, max_chars, lim=None, memory_mb=None):
    _die_with_parent()
    from ..read import limits
    _WORKER["known"], _WORKER["max_chars"] = known, max_chars
    limits.set_limits(lim)
    if memory_mb:
        try:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))
        except (ImportError, ValueError, OSError):
            pass


def storable(s: str) -> str:
    """A file name as SQLite can store it: bytes that are not UTF-8 (read from the
    file system as lone surrogates) become ``\\xNN`` escapes, so ``os.fsencode`` of
    the unescaped name gives back the exact bytes."""
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return os.fsencode(s).decode("utf-8", "backslashreplace")


def parse_file_record(path: str, known=frozenset(), max_chars: int | None = MAX_CHARS, identity: str | None = None):
    """File → ("record", record) | ("known", sha) | ("error", reason).  Never raises
    (except KeyboardInterrupt / SystemExit).  The current ``read.limits`` apply,
    the time limit included."""
    from ..read import limits

    lim = limits.current()
    try:
        with _deadline(lim.timeout):
            return _parse_file_record(path, known, max_chars, identity)
    except _Timeout:
        return "error", limits.time_breach(lim.timeout).reason
    except MemoryError:
        return "error", (f"extraction failed (out of memory; a worker may use {MEMORY_MB:,} MB: "
                         "lift it with --max-memory-mb)")


def _parse_file_record(path, known, max_chars, identity):
    from ..read.ingest import IngestError, read_bytes, regular_file_problem

    problem = regular_file_problem(path)
    if problem:
        return "error", problem
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return "error", f"file too large ({size / 2**20:,.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)"
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return "error", "no such file"
    except (IsADirectoryError, PermissionError, OSError) as e:
        if os.path.isdir(path):
            return "error", "is a directory"
        return "error", f"cannot read file ({getattr(e, 'strerror', None) or e})"
    sha = hashlib.sha256(data).hexdigest()
    if sha in known:
        return "known", sha
    try:
        ing = read_bytes(data, Path(path).name)
        del data
        if max_chars and len(ing.text) > max_chars:
            # extraction time and memory grow with a document's length; a "plan" this long is
            # a compilation or a dump.  Refuse it with the numbers rather than stall the load.
            return "error", (f"text too long ({len(ing.text):,} characters; the limit is {max_chars:,}: "
                             "split the file, or load it with --max-chars 0)")
        from ..pipeline import parse_text

        warnings = list(ing.warnings)
        names = [storable(x) for x in (ing.source, str(path), identity or ing.source)]
        if names[1] != str(path):
            warnings.append("file name is not UTF-8: its other bytes are stored as \\xNN escapes")
        doc = parse_text(ing.text, source=names[0], path=names[1], sha256=ing.sha256, fmt=ing.fmt,
                         encoding=ing.encoding, warnings=warnings, tables=ing.tables,
                         emphasis=ing.emphasis)
        rec = record(doc)
        rec["document"]["identity"] = names[2]
        return "record", rec
    except IngestError as e:
        return "error", e.reason
    except RecursionError:
        return "error", "extraction failed (RecursionError)"
    except MemoryError:
        raise
    except Exception as e:  # a bug in a stage must not stop the other files
        return "error", " ".join(f"extraction failed ({type(e).__name__}: {e})".split())[:300]


def _worker_parse(item):
    path, identity = item if isinstance(item, tuple) else (item, None)
    return parse_file_record(path, _WORKER["known"], _WORKER["max_chars"], identity)


def _parallel(files, jobs: int, known, max_chars, window: int, fn=None, lim=None, memory_mb=None):
    """Yield (path, result) in file order from ``jobs`` worker processes, with at most
    ``window`` files in flight (results never pile up in memory).  A worker that dies
    (a crash in a PDF library) fails only its own file: the pool is restarted and the
    files that were in flight are retried one at a time to find the culprit."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("spawn")
    new_pool = lambda: ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker,
                                           initargs=(known, max_chars, lim, memory_mb))
    todo = iter(files)
    unsent: deque = deque()         # taken from todo but not submitted (the pool broke)
    retry: deque = deque()          # files to run alone after a crash
    pool = new_pool()
    try:
        inflight: deque = deque()
        while True:
            limit = 1 if retry else window
            while len(inflight) < limit:
                path = retry.popleft() if retry else unsent.popleft() if unsent else next(todo, None)
                if path is None:
                    break
                try:
                    arg = path if isinstance(path, tuple) else str(path)
                    inflight.append((path, pool.submit(fn or _worker_parse, arg)))
                except BrokenProcessPool:   # broke since the last result: that result will say so
                    (retry if limit == 1 else unsent).appendleft(path)
                    if not inflight:
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = new_pool()
                    break
            if not inflight:
                if retry or unsent:
                    continue
                return
            path, fut = inflight.popleft()
            try:
                result = fut.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                if limit == 1:      # it ran alone: this file killed its worker
                    yield path, ("error", "extraction crashed its worker process (out of memory? a worker "
                                          f"may use {memory_mb or MEMORY_MB:,} MB: lift it with --max-memory-mb")
                    continue
                retry.extend([path] + [p for p, _ in inflight])
                inflight.clear()
                continue
            yield path, result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def load(paths, db=DEFAULT_DB, replace: bool = False, jobs: int = 1, progress=None,
         max_chars: int | None = MAX_CHARS, limits=None, memory_mb: int | None = MEMORY_MB,
         as_name: str | None = None, on_error=None) -> LoadSummary:
    """Load files and folders into the database; returns what happened to each file.

    Files are streamed: only the paths are listed up front, and at most a few
    documents per worker are in memory at a time.  ``jobs`` > 1 extracts in that
    many worker processes while this process writes (each under ``memory_mb`` of
    address space, and killed if this process dies).  ``limits``
    (``extract.read.limits.Limits``) bound what one file may cost.  A document's
    versions key on its identity: its path relative to the folder given, or
    ``as_name`` (one file only).  ``progress(path, status)`` is called after each
    file, ``on_error(path, reason)`` as soon as one fails."""
    from ..read import limits as _limits
    from ..read.ingest import iter_files

    summary = LoadSummary()
    found = list(iter_files(paths))
    if as_name is not None:
        if len(found) != 1:
            raise ValueError(f"--as names one document, but {len(found)} files were given")
        found[0].identity = as_name
    conn = connect(db)
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_PAGES}")
    writer = Writer(conn, replace, group=COMMIT_GROUP)
    report = _reporter(summary, progress, on_error)
    try:
        _flush(writer, summary, db, report)         # tasks an interrupted load left unindexed
        known = frozenset(r[0] for r in conn.execute("SELECT sha256 FROM documents")) if not replace \
            else frozenset()
        files = []
        for f in found:
            if f.problem:
                report(f.path, "failed", f.problem)
            else:
                files.append((f.path, f.identity))
        if jobs and jobs > 1 and len(files) > 1:
            results = ((p[0], r) for p, r in _parallel(files, min(jobs, len(files)), known, max_chars,
                                                        window=4 * jobs, lim=limits, memory_mb=memory_mb))
        else:
            def results_one():
                with _limits.using(limits):
                    for p, ident in files:
                        yield p, parse_file_record(p, known, max_chars, ident)
            results = results_one()
        with _Checkpointer(db):
            try:
                for path, result in results:
                    _handle(writer, summary, path, result, report)
            finally:
                _commit(writer, summary, db, report)    # the documents written so far (on Ctrl-C too)
            _flush(writer, summary, db, report)
    finally:
        conn.close()
    return summary


def _reporter(summary, progress, on_error):
    def report(path, status, reason=None, tick=True):
        if status == "failed":
            summary.failed.append((path, reason))
            if on_error:
                on_error(path, reason)
        if progress and tick:
            progress(path, status)
    return report


def _commit(writer: "Writer", summary: LoadSummary, db, report) -> None:
    """Commit the open group of documents; a failure (a full disk) rolls the group back
    and is reported: those documents are not in the database."""
    try:
        writer.commit()
    except sqlite3.Error as e:
        report(str(db), "failed", f"database error ({e}): the last documents of this load were not stored",
               tick=False)


def _flush(writer: "Writer", summary: LoadSummary, db, report) -> None:
    """Index the queued tasks; a failure (a full disk) leaves them queued for the next
    load, is reported, and fails the load (exit 1), but loses no document."""
    err = writer.fts_error
    writer.fts_error = None
    if err is None:
        try:
            writer.flush_fts()
            return
        except sqlite3.Error as e:
            err = str(e)
    report(str(db), "failed", f"database error ({err}): the full-text index of the documents loaded is "
                              "not updated (they are stored; the next load indexes them)", tick=False)


def load_records(records, db=DEFAULT_DB, replace: bool = False, progress=None, on_error=None) -> LoadSummary:
    """Store records made elsewhere (``extract.store.parquet.records_from_file``, e.g. on a
    Dask cluster); each item is a dict with ``path`` and either ``record`` or ``error``."""
    conn = connect(db)
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_PAGES}")
    summary = LoadSummary()
    writer = Writer(conn, replace, group=COMMIT_GROUP)
    report = _reporter(summary, progress, on_error)
    try:
        _flush(writer, summary, db, report)
        with _Checkpointer(db):
            try:
                for item in records:
                    path = item.get("path") or item.get("source") or "?"
                    if item.get("error"):
                        result = ("error", item["error"])
                    else:
                        result = ("record", item["record"])
                    _handle(writer, summary, path, result, report)
            finally:
                _commit(writer, summary, db, report)
            _flush(writer, summary, db, report)
    finally:
        conn.close()
    return summary


def _handle(writer: Writer, summary: LoadSummary, path, result, report) -> None:
    """Store one result and report it (``report``: see ``_reporter``; a plain
    ``progress(path, status)`` callable is accepted too)."""
    if report is None or getattr(report, "__name__", "") != "report":
        report = _reporter(summary, report, None)
    kind, val = result
    path = str(path)
    if kind == "error":
        report(path, "failed", val)
        return
    if kind == "known":
        summary.skipped.append(path)
        report(path, "skipped")
        return
    try:
        status = writer.write(val)
    except sqlite3.Error as e:
        report(path, "failed", f"database error ({e}); the document was not stored")
        return
    except (ValueError, TypeError, UnicodeError) as e:      # a value SQLite cannot bind
        report(path, "failed", f"cannot store ({type(e).__name__}: {e})")
        return
    getattr(summary, status).append(path)
    if status != "skipped":
        summary.chars += val["document"]["n_chars"]
        ws = [w for w in val["document"]["warnings"] if w.startswith(("no numbered headings", "no tasks"))]
        summary.warnings.extend((path, w) for w in ws)
    report(path, status)
