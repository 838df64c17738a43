"""The plans a comparison is about: a connection from any database handle,
document references (an id or a unique prefix of one, a file name, a region
such as 江津区, a title) resolved to ids, and the short label (江津区) each plan
goes by in the comparison tables.  Shared by ``compare``, ``align`` and
``passages`` (and ``stats``).
"""
from __future__ import annotations

import re
import sqlite3
from collections import Counter

from .lookup import resolve_docs as _lenient_resolve


class DocumentNotFound(LookupError):
    pass


def connect(db) -> sqlite3.Connection:
    """A connection from a path, a connection or an sqlite_utils.Database."""
    if isinstance(db, sqlite3.Connection):
        return db
    if hasattr(db, "conn") and isinstance(db.conn, sqlite3.Connection):
        return db.conn
    from ..store.database import connect as _c
    return _c(db, create=False)


def _rows(conn, sql, params=()):
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _resolve_one(conn, ref: str) -> str:
    """Own small resolver: id / id prefix, file name (with or without
    extension), exact region, region suffix (江津区 ⊂ 重庆市江津区), title."""
    ref = str(ref).strip()
    docs = _rows(conn, "SELECT id, source, region, title, version FROM documents")
    tests = [
        lambda d: d["id"] == ref,
        lambda d: len(ref) >= 4 and d["id"].startswith(ref),
        lambda d: d["source"] == ref or d["source"].rsplit(".", 1)[0] == ref,
        lambda d: ref.endswith(d["source"]) and "/" in ref,
        lambda d: d["region"] == ref,
        lambda d: bool(d["region"]) and d["region"].endswith(ref),
        lambda d: bool(d["region"]) and ref in d["region"],
        lambda d: bool(d["title"]) and ref in d["title"],
    ]
    for t in tests:
        hit = [d for d in docs if t(d)]
        if hit:
            # several versions of one file: the newest
            by_source = {}
            for d in sorted(hit, key=lambda d: d["version"]):
                by_source[d["source"]] = d
            hit = list(by_source.values())
            if len(hit) == 1:
                return hit[0]["id"]
            names = ", ".join(f"{d['id']} ({d['region'] or d['source']})" for d in hit[:8])
            raise DocumentNotFound(f"{ref!r} names {len(hit)} documents: {names}; use an id")
    raise DocumentNotFound(f"no document matches {ref!r} (give an id, a file name or a region)")


def resolve_docs(conn, refs) -> list[str]:
    """Document ids for references (ids, file names, regions), in order."""
    conn = connect(conn)
    if isinstance(refs, str):
        refs = [refs]
    shared = _lenient_resolve       # the shared helper (extract.ask.lookup.resolve_docs)
    out = []
    for r in refs:
        ids = None
        if shared is not None:
            try:
                ids = shared(conn, r)
            except Exception:
                ids = None
            if isinstance(ids, str):
                ids = [ids]
            if ids is not None and len(ids) != 1:
                ids = None
        out.extend(ids or [_resolve_one(conn, r)])
    if len(set(out)) != len(out):
        raise DocumentNotFound("the same document is named twice")
    return out


def short_region(region: str | None) -> str | None:
    """重庆市江津区 → 江津区, 辽宁省朝阳市 → 朝阳市, 四川省 → 四川省."""
    if not region:
        return None
    if region in ("中华人民共和国", "全国"):
        return "全国"
    r = re.sub(r"^.+?(?:省|自治区)(?=.)", "", region)
    m = re.match(r"^.+?(?:市|自治州|州|盟)(?=.+(?:区|县|市|旗)$)", r)
    return r[m.end():] if m else r


def documents(conn, ids) -> "pd.DataFrame":
    """One row per document, in the given order, with its short label ``plan``."""
    import pandas as pd

    conn = connect(conn)
    q = ",".join("?" * len(ids))
    rows = {d["id"]: d for d in _rows(
        conn, f"SELECT id, source, title, region, level, year, period_start, period_end, doc_number,"
              f" (SELECT count(*) FROM tasks t WHERE t.doc_id = d.id) AS tasks,"
              f" (SELECT count(*) FROM targets t WHERE t.doc_id = d.id) AS targets"
              f" FROM documents d WHERE id IN ({q})", list(ids))}
    labels = []
    for i in ids:
        d = rows[i]
        labels.append(short_region(d["region"]) or d["source"].rsplit(".", 1)[0])
    counts = Counter(labels)
    for n, i in enumerate(ids):       # two plans of one place: add year, then id
        if counts[labels[n]] > 1:
            labels[n] = f"{labels[n]} {rows[i]['year'] or ''} {i[:6]}".replace("  ", " ")
    df = pd.DataFrame([rows[i] for i in ids])
    df.insert(0, "plan", labels)
    df = df.rename(columns={"id": "doc_id"})
    return df


def _labels(conn, ids) -> dict:
    d = documents(conn, ids)
    return dict(zip(d["doc_id"], d["plan"]))
