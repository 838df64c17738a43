"""Reading a loaded database: connections, rows, plans by reference, department types.

The ground floor of ``extract/ask/``: the questions (``queries``), the graph
(``graph``) and the plan references (``plans``) all build on it, and it
imports nothing above the store.

* ``connection(db)`` -- a context manager over a path or an open connection
* ``rows(conn, sql, params)`` -- rows as dicts, values always bound
* ``resolve_docs(conn, ref)`` -- document ids for an id, id prefix, file name,
  region or title words (lenient: ``[]`` when nothing matches)
* ``taxonomy()`` / ``dept_label(id)`` / ``dept_types_for(query)`` -- the
  department types of ``rules/units.jsonl``
"""
from __future__ import annotations

import functools
import json
import sqlite3
from contextlib import contextmanager


@contextmanager
def connection(db):
    """Yield a connection for ``db`` (a path or an open connection).

    A connection passed in is left open; one opened here is closed."""
    if isinstance(db, sqlite3.Connection):
        yield db
        return
    from ..store.database import connect

    conn = connect(db, create=False)
    try:
        yield conn
    finally:
        conn.close()


def rows(conn, sql: str, params=()) -> list:
    """Run ``sql`` with bound ``params``; rows as dicts whatever the row factory."""
    cur = conn.execute(sql, tuple(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _marks(values) -> str:
    return ",".join("?" * len(values))


def _norm(text: str) -> str:
    """The query as the pipeline stores names (half-width brackets, simplified)."""
    from ..read.normalize import normalize

    return normalize(text).strip()


# ------------------------------------------------------------- documents --

def resolve_docs(conn, ref) -> list:
    """Document ids for a reference, best kind of match first.

    ``ref`` may be a document id, an id prefix (4+ hex digits), a file name
    (with or without its extension) or path, or a substring of the region or
    title (``江津区``).  The first kind that matches anything wins, so an id
    never also drags in documents whose title happens to contain it.  ``None``
    means every document; a list or tuple is the union of its members.
    Returns ``[]`` when nothing matches."""
    if ref is None:
        return [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY source, version")]
    if isinstance(ref, (list, tuple, set)):
        out = []
        for r in ref:
            out.extend(d for d in resolve_docs(conn, r) if d not in out)
        return out
    ref = str(ref).strip()
    if not ref:
        return []
    order = " ORDER BY source, version"
    tiers = [
        ("SELECT id FROM documents WHERE id = ?", (ref.lower(),)),
        ("SELECT id FROM documents WHERE substr(id, 1, ?) = ?", (len(ref), ref.lower()))
        if len(ref) >= 4 and all(c in "0123456789abcdefABCDEF" for c in ref) else None,
        # exact file name, path, or name without its extension: each part uses an index
        # (one OR over them would scan documents)
        ("SELECT id, source, version FROM documents WHERE source = ?"
         " UNION SELECT id, source, version FROM documents WHERE path = ?"
         " UNION SELECT id, source, version FROM documents WHERE source > ? || '.' AND source < ? || '/'"
         " AND source = ? || '.' || format", (ref, ref, ref, ref, ref)),
        ("SELECT id FROM documents WHERE instr(source, ?) > 0 OR instr(coalesce(path, ''), ?) > 0",
         (ref, ref)),
    ]
    nref = _norm(ref)
    tiers.append(("SELECT id FROM documents WHERE instr(coalesce(region, ''), ?) > 0"
                  " OR instr(coalesce(title, ''), ?) > 0 OR instr(coalesce(region, ''), ?) > 0"
                  " OR instr(coalesce(title, ''), ?) > 0", (ref, ref, nref, nref)))
    for tier in tiers:
        if tier is None:
            continue
        found = [r[0] for r in conn.execute(tier[0] + order, tier[1])]
        if found:
            return found
    return []


def _doc_ids(conn, doc) -> list | None:
    """None for "all documents", else the resolved ids (maybe empty)."""
    return None if doc is None else resolve_docs(conn, doc)


def _in_docs(column: str, ids, word: str = "AND") -> tuple:
    """SQL that keeps rows of the plans ``ids`` (nothing when ids is None), and its parameters."""
    if ids is None:
        return "", []
    return f" {word} {column} IN ({_marks(ids)})", list(ids)



# -------------------------------------------------------- department types --

@functools.lru_cache(maxsize=1)
def taxonomy() -> dict:
    """Department types: ``{id: {"name", "canonical", "aliases"}}``.

    Read from ``rules/units.jsonl`` (DEPT_TYPE lines and the DEPT aliases of
    each type); empty when the lexicon is missing."""
    from ..rules import RULES_DIR

    out: dict = {}
    try:
        lines = (RULES_DIR / "units.jsonl").read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if rec.get("label") == "DEPT_TYPE" and rec.get("id"):
            t = out.setdefault(rec["id"], {"name": None, "canonical": None, "aliases": []})
            t["name"], t["canonical"] = rec.get("name"), rec.get("canonical")
        elif rec.get("label") == "DEPT" and rec.get("id") and isinstance(rec.get("pattern"), str):
            out.setdefault(rec["id"], {"name": None, "canonical": None, "aliases": []})["aliases"].append(
                rec["pattern"])
    return out


def dept_label(type_id) -> str | None:
    """Display name of a department type id (``industry_it`` → 工业和信息化)."""
    if not type_id:
        return None
    t = taxonomy().get(type_id)
    return (t or {}).get("name") or type_id


def dept_types_for(query: str, loose: bool = False) -> list:
    """Department type ids a query names.

    Strict (default): the query equals a type's id, name, one part of a name
    written ``A/B``, or canonical name.  ``loose`` also accepts an alias
    (工信局) and a substring of a name, canonical name or alias."""
    q = query.strip()
    ql = q.casefold()
    out = []
    for tid, t in taxonomy().items():
        names = [tid, t.get("name") or "", t.get("canonical") or ""]
        names += (t.get("name") or "").split("/")
        hit = any(n and n.casefold() == ql for n in names)
        if not hit and loose:
            hit = q in t["aliases"] or any(n and q in n for n in names[1:] + t["aliases"])
        if hit:
            out.append(tid)
    return out
