"""Who owns what: questions over a loaded database, for the CLI and notebooks.

Every function takes a ``sqlite3.Connection`` or a database path and returns a
list of dicts (one per row, JSON-ready), or a pandas DataFrame with
``as_frame=True`` (pandas is optional and imported only then)::

    from extract import queries as q
    q.who("zhengce.db", "市场监管局")            # every task the matching units own
    q.tasks("zhengce.db", "江津区")               # a plan's tasks with their units
    q.units("zhengce.db", as_frame=True)          # task / lead counts, centrality
    q.targets("zhengce.db", indicator="专利")
    q.deadlines("zhengce.db", due_before="2025-12-31")

A document reference (``doc``) is resolved by :func:`resolve_docs`: a document
id, an id prefix, a file name, or a substring of the region or title.

``iter_who``, ``iter_tasks``, ``iter_targets`` and ``iter_deadlines`` yield the
same rows one at a time, in the same order, without holding the whole answer
(the ``zhengce`` commands stream them).  ``COLUMNS[name]`` lists each answer's
columns, which are the DataFrame's columns, also when it is empty.

All SQL binds its values as parameters; substring tests use ``instr`` rather
than ``LIKE`` so that ``%`` and ``_`` in a query are plain characters.
"""
from __future__ import annotations

import itertools
import json

from . import lookup
from .graph import build_graph, centrality as _centrality, co_responsibility
from .lookup import (_doc_ids, _in_docs, _marks, _norm, connection, dept_label,  # noqa: F401 (re-exported)
                     dept_types_for, resolve_docs, rows, taxonomy)

ROLES = ("lead", "responsible", "cooperating")
ROLE_ORDER = {r: i for i, r in enumerate(ROLES)}


# ---------------------------------------------------------------- plumbing --

def _frame(data: list, as_frame: bool, columns=None):
    if not as_frame:
        return data
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("as_frame=True needs pandas: pip install pandas") from e
    return pd.DataFrame(data, columns=list(columns) if columns is not None else None)


def _iter_rows(conn, sql: str, params=(), size: int = 512):
    """Rows of ``sql`` as dicts, fetched ``size`` at a time (never the whole answer at once)."""
    cur = conn.execute(sql, tuple(params))
    names = [d[0] for d in cur.description]
    while True:
        chunk = cur.fetchmany(size)
        if not chunk:
            return
        for r in chunk:
            yield dict(zip(names, r))


class _Paths:
    """JSON path lists decoded once per distinct text (many rows share a path)."""

    def __init__(self):
        self.seen: dict = {}

    def __call__(self, rec: dict) -> dict:
        p = rec.get("path")
        if isinstance(p, str):
            v = self.seen.get(p)
            if v is None:
                v = self.seen[p] = _fix_path({"path": p})["path"]
                if len(self.seen) > 100_000:
                    self.seen.clear()
            rec["path"] = list(v)
        return rec


_TASK_NAMES = ("doc_id", "title", "region", "source", "task_id", "path", "section_path", "number", "anchor",
               "seq", "task_start", "task_end")
COLUMNS = {
    "who": _TASK_NAMES + ("role", "unit_id", "unit", "unit_key", "dept_type", "name", "written", "start", "end",
                          "rule", "dept_label", "match", "kind"),
    "tasks": _TASK_NAMES + ("text", "units", "units_text"),
    "units": ("unit_id", "name", "key", "region", "dept_type", "tasks", "lead", "responsible", "cooperating",
              "plans", "dept_label", "partners", "strength", "degree", "betweenness"),
    "targets": ("doc_id", "title", "region", "source", "id", "task_id", "path", "section_path", "task_anchor",
                "anchor", "indicator", "comparator", "value", "value_max", "unit", "base_value", "base_unit",
                "growth", "per_year", "aspirational", "cumulative", "deadline", "text", "start", "end", "rule"),
    "deadlines": ("doc_id", "title", "region", "source", "id", "task_id", "path", "section_path", "task_anchor",
                  "text", "kind", "date_start", "date_end", "open_ended", "start", "end", "rule", "units"),
}


# ------------------------------------------------------------- documents --

def documents(db, doc=None, as_frame: bool = False):
    """The loaded plans: id, source, title, region, level, year and fact counts."""
    with connection(db) as conn:
        ids = resolve_docs(conn, doc)
        if not ids:
            return _frame([], as_frame)
        data = rows(conn, "SELECT d.id, d.source, d.title, d.region, d.level, d.year, d.signed, d.n_chars,"
                    " (SELECT count(*) FROM tasks t WHERE t.doc_id = d.id) AS tasks,"
                    " (SELECT count(*) FROM responsibilities r WHERE r.doc_id = d.id) AS responsibilities,"
                    " (SELECT count(*) FROM targets g WHERE g.doc_id = d.id) AS targets,"
                    " (SELECT count(*) FROM deadlines x WHERE x.doc_id = d.id) AS deadlines"
                    f" FROM documents d WHERE d.id IN ({_marks(ids)}) ORDER BY d.source, d.version", ids)
    return _frame(data, as_frame)


# ------------------------------------------------------------------ units --

def match_units(conn, name: str, by: str = "auto") -> list:
    """Units a ``who`` query means, each with how it matched.

    ``by="name"``: the query is a substring of the unit's registry name or of
    a name the unit goes by in some plan (区市场监管局 finds
    江津区市场监管局), or equals its key.  ``by="type"``: the unit's
    department type is one the query names (see :func:`dept_types_for`, loose).
    ``by="auto"``: name matches plus the type when the query names a type
    exactly (工业和信息化, market_regulation); when no name matches, an alias
    of a type (经信委) stands for the type."""
    if by not in ("auto", "name", "type"):
        raise ValueError(f"by must be auto, name or type, not {by!r}")
    q = (name or "").strip()
    if not q:
        return []
    qs = list(dict.fromkeys([q, _norm(q)]))
    found: dict = {}
    if by in ("auto", "name"):
        conds = " OR ".join(["instr(u.name, ?) > 0"] * len(qs))
        if _has_unit_names(conn):
            # the distinct names units go by (a few hundred rows), not every responsibility
            nconds = " OR ".join(["instr(n.name, ?) > 0"] * len(qs))
            sub = f"SELECT n.unit_id FROM unit_names n WHERE {nconds}"
            more = list(qs)
        else:  # a database made before unit_names existed (the next load adds it)
            rconds = " OR ".join(["instr(r.name, ?) > 0 OR instr(coalesce(r.written, ''), ?) > 0"] * len(qs))
            sub = f"SELECT r.unit_id FROM responsibilities r WHERE {rconds}"
            more = [x for x in qs for _ in (0, 1)]
        sql = ("SELECT u.id, u.key, u.name, u.region, u.dept_type FROM units u"
               f" WHERE u.key = ? OR {conds} OR u.id IN ({sub}) ORDER BY u.id")
        params = [q] + qs + more
        for r in rows(conn, sql, params):
            found[r["id"]] = dict(r, match="name")
    types: list = []
    if by == "type":
        types = dept_types_for(q, loose=True)
    elif by == "auto":
        types = dept_types_for(q)
        if not types and not found:
            types = [t for t in dept_types_for(q, loose=True) if q in lookup.taxonomy()[t]["aliases"]]
    if types:
        sql = ("SELECT u.id, u.key, u.name, u.region, u.dept_type FROM units u"
               f" WHERE u.dept_type IN ({_marks(types)}) ORDER BY u.id")
        for r in rows(conn, sql, types):
            found.setdefault(r["id"], dict(r, match="dept_type"))
    return list(found.values())


def _has_unit_names(conn) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'unit_names'").fetchone() \
        is not None


_ROLE_SQL = "CASE r.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 WHEN 'cooperating' THEN 2 ELSE 9 END"

_TASK_COLS = ("d.id AS doc_id, d.title, d.region, d.source, t.id AS task_id, t.path, t.section_path,"
              " t.number, t.anchor, t.seq, t.start AS task_start, t.end AS task_end")


def _fix_path(rec: dict) -> dict:
    if isinstance(rec.get("path"), str):
        try:
            rec["path"] = json.loads(rec["path"])
        except ValueError:
            rec["path"] = rec["path"].split("/")
    return rec


def who(db, name: str, role: str | None = None, doc=None, by: str = "auto", as_frame: bool = False,
        prose: bool = False):
    """Every task the units matching ``name`` own.

    One row per responsibility: the plan (doc_id, title, region, source), the
    task (task_id, path as a list, section_path, number, anchor, seq), the
    role, the unit (unit_id, unit = registry name, unit_key, dept_type,
    dept_label), the name as the plan writes it (name, written), the span of
    the name in the clause (start, end), how the unit matched (match) and
    ``kind`` = ``clause``.  Sorted by plan (file name, version), then role
    (lead, responsible, cooperating), then task order.  ``role`` keeps one
    role; ``doc`` limits to some plans.  :func:`iter_who` yields the same rows
    one at a time.

    ``prose=True`` adds, after the clause rows, the units a task's own text
    names with a role cue (由X牵头, 请X, Y配合; ``mentions.role_hint``) as
    ``kind`` = ``prose``: a lower-confidence kind, never a responsibility
    (unit_id is None; ``role`` is the hint)."""
    if not as_frame:
        return list(_iter_who(db, name, role, doc, by, prose))
    # a frame is built from plain tuples, column by column (no dict per row)
    cols = COLUMNS["who"]
    data = list(_iter_who(db, name, role, doc, by, prose, tuples=True))
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("as_frame=True needs pandas: pip install pandas") from e
    return pd.DataFrame.from_records(data, columns=list(cols))


def _doc_filter(column: str, ids, params: list) -> tuple:
    """SQL keeping the plans ``ids`` (bound, when few), else a set to filter rows with in Python."""
    if ids is None:
        return "", None
    if len(ids) <= 500:
        params.extend(ids)
        return f" AND {column} IN ({_marks(ids)})", None
    return "", set(ids)


def iter_who(db, name: str, role: str | None = None, doc=None, by: str = "auto", prose: bool = False):
    """The rows of :func:`who`, one at a time (the query runs as they are read)."""
    return _iter_who(db, name, role, doc, by, prose)


def _iter_who(db, name, role, doc, by, prose, tuples: bool = False):
    """who's rows as dicts, or with ``tuples`` as tuples in ``COLUMNS["who"]`` order."""
    if role is not None and role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    with connection(db) as conn:
        units_ = match_units(conn, name, by=by)
        ids = _doc_ids(conn, doc)
        if ids == []:
            return
        if units_:
            yield from _iter_clauses(conn, units_, role, ids, tuples)
        if prose:
            cols = COLUMNS["who"]
            for r in _prose_rows(conn, name, by, role, ids):
                yield tuple(r[k] for k in cols) if tuples else r


def _iter_clauses(conn, units_, role, ids, tuples: bool = False):
    """who's clause rows (responsibilities), streamed.

    The hot loop of ``who``: SQLite returns the plan as its id only (plan and
    unit columns come from small lookups made once, and decoded paths are
    shared by value), so each row costs one tuple
    from SQLite (not a ``sqlite3.Row``) and one dict literal, or with
    ``tuples`` one tuple, here.  (Sorting in Python instead, without the join
    to documents, measured no faster.)"""
    units_by_id = {u["id"]: (u["name"], u["key"], u["dept_type"], dept_label(u["dept_type"]), u["match"])
                   for u in units_}
    uids = list(units_by_id)
    params = list(uids)
    sql = ("SELECT r.doc_id, r.task_id, t.path, t.section_path, t.number, t.anchor, t.seq, t.start, t.end,"
           " r.role, r.unit_id, r.name, r.written, r.start, r.end, r.rule"
           " FROM responsibilities r JOIN tasks t ON t.id = r.task_id JOIN documents d ON d.id = r.doc_id"
           f" WHERE r.unit_id IN ({_marks(uids)})")
    if role:
        sql += " AND r.role = ?"
        params.append(role)
    clause, keep = _doc_filter("r.doc_id", ids, params)
    docs: dict = {}
    paths: dict = {}
    cur = conn.cursor()
    cur.row_factory = None                          # plain tuples, whatever the connection's factory
    cur.execute(sql + clause + f" ORDER BY d.source, d.version, d.id, {_ROLE_SQL}, t.seq, r.start", params)
    for chunk in iter(lambda: cur.fetchmany(1024), []):
        missing = {r[0] for r in chunk} - docs.keys()
        if missing:
            docs.update(_doc_info(conn, missing))
        for (doc_id, task_id, path, section_path, number, anchor, seq, ts, te, role_, unit_id, name, written,
             start, end, rule) in chunk:
            if keep is not None and doc_id not in keep:
                continue
            title, region, source = docs[doc_id]
            unit, unit_key, dept_type, label, match = units_by_id[unit_id]
            p = paths.get(path)
            if p is None:
                p = paths[path] = _fix_path({"path": path})["path"]
            if tuples:
                yield (doc_id, title, region, source, task_id, p.copy(), section_path, number, anchor, seq, ts, te,
                       role_, unit_id, unit, unit_key, dept_type, name, written, start, end, rule,
                       label, match, "clause")
                continue
            yield {"doc_id": doc_id, "title": title, "region": region, "source": source, "task_id": task_id,
                   "path": p.copy(), "section_path": section_path, "number": number, "anchor": anchor,
                   "seq": seq, "task_start": ts, "task_end": te, "role": role_, "unit_id": unit_id,
                   "unit": unit, "unit_key": unit_key, "dept_type": dept_type, "name": name,
                   "written": written, "start": start, "end": end, "rule": rule,
                   "dept_label": label, "match": match, "kind": "clause"}


def _prose_rows(conn, name, by, role, ids) -> list:
    """Mentions with a role hint inside a task (``kind`` = ``prose``), matching
    ``name`` by name (substring) or, as ``match_units`` reads it, by department type."""
    q = (name or "").strip()
    if not q:
        return []
    qs = list(dict.fromkeys([q, _norm(q)]))
    conds, params = [], []
    if by in ("auto", "name"):
        conds.append(" OR ".join(["instr(m.name, ?) > 0"] * len(qs)))
        params += qs
    types = dept_types_for(q, loose=True) if by == "type" else dept_types_for(q) if by == "auto" else []
    if types:
        conds.append(f"m.dept_type IN ({_marks(types)})")
        params += types
    if not conds:
        return []
    named = " OR ".join(["instr(m.name, ?) > 0"] * len(qs))
    sql = (f"SELECT {_TASK_COLS}, m.role_hint AS role, NULL AS unit_id, m.name AS unit, NULL AS unit_key,"
           f" m.dept_type, m.name, m.name AS written, m.start, m.end, m.rule,"
           f" CASE WHEN {named} THEN 'name' ELSE 'dept_type' END AS match"
           " FROM mentions m JOIN tasks t ON t.id = m.task_id JOIN documents d ON d.id = m.doc_id"
           f" WHERE m.role_hint IS NOT NULL AND ({' OR '.join(conds)})")
    params = qs + params
    if role:
        sql += " AND m.role_hint = ?"
        params.append(role)
    clause, more = _in_docs("m.doc_id", ids)
    data = rows(conn, sql + clause, params + more)
    for r in data:
        _fix_path(r)
        r["dept_label"] = dept_label(r["dept_type"])
        r["kind"] = "prose"
    data.sort(key=lambda r: (r["source"], r["doc_id"], ROLE_ORDER.get(r["role"], 9), r["seq"], r["start"]))
    return [{k: r.get(k) for k in COLUMNS["who"]} for r in data]


def _doc_info(conn, ids) -> dict:
    """{doc_id: (title, region, source)} for the plans ``ids``."""
    out = {}
    ids = list(ids)
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        for r in conn.execute(f"SELECT id, title, region, source FROM documents WHERE id IN ({_marks(chunk)})",
                              chunk):
            out[r[0]] = (r[1], r[2], r[3])
    return out


def tasks(db, doc=None, as_frame: bool = False):
    """A plan's tasks in order, each with ``units``: [{name, role, unit_id,
    unit, dept_type, start, end}] (lead first) and ``units_text``
    (``市市场监管局 (lead); 市财政局``) for tables and frames.
    :func:`iter_tasks` yields the same rows one at a time."""
    return _frame(list(iter_tasks(db, doc)), as_frame, COLUMNS["tasks"])


def iter_tasks(db, doc=None):
    """The rows of :func:`tasks`, one plan at a time."""
    with connection(db) as conn:
        ids = resolve_docs(conn, doc)
        fix = _Paths()
        for did in ids:
            data = rows(conn, f"SELECT {_TASK_COLS}, t.text FROM tasks t JOIN documents d ON d.id = t.doc_id"
                        " WHERE t.doc_id = ? ORDER BY t.seq", (did,))
            resp = rows(conn, "SELECT r.task_id, r.name, r.role, r.unit_id, u.name AS unit, u.dept_type,"
                        " r.start, r.end FROM responsibilities r JOIN units u ON u.id = r.unit_id"
                        " WHERE r.doc_id = ? ORDER BY r.start", (did,))
            by_task: dict = {}
            for r in resp:
                by_task.setdefault(r.pop("task_id"), []).append(r)
            for t in data:
                fix(t)
                us = sorted(by_task.get(t["task_id"], []), key=lambda u: (ROLE_ORDER.get(u["role"], 9), u["start"]))
                t["units"] = us
                t["units_text"] = "; ".join(u["name"] + ("" if u["role"] == "responsible" else f" ({u['role']})")
                                            for u in us)
                yield t


def units(db, doc=None, as_frame: bool = False, centrality: bool = True):
    """Units with their counts and centrality, most tasks first.

    Columns: unit_id, name, key, region, dept_type, dept_label, tasks
    (distinct tasks), lead / responsible / cooperating (responsibilities per
    role), plans, and, with ``centrality``, in the unit–unit co-responsibility
    projection (see ``extract.ask.graph.co_responsibility``): partners (units it
    shares a task with), strength (sum of shared-task weights), degree
    (networkx degree centrality: partners / (n - 1)) and betweenness
    (networkx betweenness centrality, unweighted, normalised; sampled with a
    fixed seed above 1000 units)."""
    with connection(db) as conn:
        ids = _doc_ids(conn, doc)
        if ids == []:
            return _frame([], as_frame)
        where, params = _in_docs("r.doc_id", ids, "WHERE")
        data = rows(conn, "SELECT u.id AS unit_id, u.name, u.key, u.region, u.dept_type,"
                    " count(DISTINCT r.task_id) AS tasks,"
                    " sum(r.role = 'lead') AS lead, sum(r.role = 'responsible') AS responsible,"
                    " sum(r.role = 'cooperating') AS cooperating, count(DISTINCT r.doc_id) AS plans"
                    " FROM responsibilities r JOIN units u ON u.id = r.unit_id"
                    f"{where} GROUP BY u.id", params)
        cent = {}
        if centrality and data:
            proj = co_responsibility(build_graph(conn, doc=ids if ids is not None else None))
            cent = _centrality(proj)
    for r in data:
        r["dept_label"] = dept_label(r["dept_type"])
        if centrality:
            c = cent.get(f"unit:{r['unit_id']}", {})
            r.update(partners=c.get("partners", 0), strength=c.get("strength", 0),
                     degree=c.get("degree", 0.0), betweenness=c.get("betweenness", 0.0))
    data.sort(key=lambda r: (-r["tasks"], -r["lead"], r["name"]))
    return _frame(data, as_frame, COLUMNS["units"] if centrality else COLUMNS["units"][:11])


# ------------------------------------------------------ targets, deadlines --

def targets(db, doc=None, indicator: str | None = None, as_frame: bool = False):
    """Quantitative targets with their plan and task, plan by plan (file name,
    version), in text order.

    ``indicator`` keeps targets whose canonical indicator equals it or whose
    indicator or anchor (as written) contains it.  :func:`iter_targets` yields
    the same rows one at a time."""
    return _frame(list(iter_targets(db, doc=doc, indicator=indicator)), as_frame, COLUMNS["targets"])


def iter_targets(db, doc=None, indicator: str | None = None):
    """The rows of :func:`targets`, one at a time."""
    with connection(db) as conn:
        ids = _doc_ids(conn, doc)
        if ids == []:
            return
        sql = ("SELECT d.id AS doc_id, d.title, d.region, d.source, g.id, g.task_id, t.path, g.section_path,"
               " t.anchor AS task_anchor, g.anchor, g.indicator, g.comparator, g.value, g.value_max, g.unit,"
               " g.base_value, g.base_unit, g.growth, g.per_year, g.aspirational, g.cumulative, g.deadline,"
               " g.text, g.start, g.end, g.rule FROM documents d CROSS JOIN targets g ON g.doc_id = d.id"
               " LEFT JOIN tasks t ON t.id = g.task_id WHERE 1 = 1")
        params: list = []
        clause, keep = _doc_filter("d.id", ids, params)
        sql += clause
        if indicator:
            qs = list(dict.fromkeys([indicator.strip(), _norm(indicator)]))
            sql += " AND (" + " OR ".join(["g.indicator = ? OR instr(coalesce(g.indicator, ''), ?) > 0"
                                           " OR instr(coalesce(g.anchor, ''), ?) > 0"] * len(qs)) + ")"
            params += [x for x in qs for _ in range(3)]
        fix = _Paths()
        for r in _iter_rows(conn, sql + " ORDER BY d.source, d.version, d.id, g.start", params):
            if keep is not None and r["doc_id"] not in keep:
                continue
            fix(r)
            for k in ("growth", "per_year", "aspirational", "cumulative"):
                if r[k] is not None:
                    r[k] = bool(r[k])
            yield r


def deadlines(db, doc=None, due_before: str | None = None, due_after: str | None = None,
              as_frame: bool = False):
    """Deadlines with their plan, task and the task's units, earliest first.

    ``due_before`` / ``due_after`` are ISO dates (or a year, ``2025``), both
    inclusive, compared with the deadline's end date; a deadline without an
    end date is left out when either is given (otherwise it comes last).
    :func:`iter_deadlines` yields the same rows one at a time."""
    return _frame(list(iter_deadlines(db, doc=doc, due_before=due_before, due_after=due_after)), as_frame,
                  COLUMNS["deadlines"])


def iter_deadlines(db, doc=None, due_before: str | None = None, due_after: str | None = None, batch: int = 500):
    """The rows of :func:`deadlines`, ``batch`` at a time (each batch's owners in one query)."""
    due_before = _iso_bound(due_before, end=True)
    due_after = _iso_bound(due_after, end=False)
    with connection(db) as conn:
        ids = _doc_ids(conn, doc)
        if ids == []:
            return
        cols = ("SELECT d.id AS doc_id, d.title, d.region, d.source, x.id, x.task_id, t.path,"
                " x.section_path, t.anchor AS task_anchor, x.text, x.kind, x.date_start, x.date_end,"
                " x.open_ended, x.start, x.end, x.rule")
        params: list = []
        sql = (cols + " FROM deadlines x JOIN documents d ON d.id = x.doc_id LEFT JOIN tasks t ON t.id = x.task_id"
               " WHERE x.date_end IS NOT NULL")
        if due_before:
            sql += " AND x.date_end <= ?"
            params.append(due_before)
        if due_after:
            sql += " AND x.date_end >= ?"
            params.append(due_after)
        clause, keep = _doc_filter("x.doc_id", ids, params)
        parts = [(sql + clause + " ORDER BY x.date_end, d.source, x.start", params)]
        if not (due_before or due_after):   # then the deadlines without an end date, last, plan by plan
            # (CROSS JOIN keeps documents outside, so idx_deadlines_doc_start gives their order)
            more: list = []
            clause, _ = _doc_filter("d.id", ids, more)
            parts.append((cols + " FROM documents d CROSS JOIN deadlines x ON x.doc_id = d.id"
                          " LEFT JOIN tasks t ON t.id = x.task_id WHERE x.date_end IS NULL" + clause
                          + " ORDER BY d.source, d.version, d.id, x.start", more))
        fix = _Paths()
        for sql_, params_ in parts:
            it = _iter_rows(conn, sql_, params_)
            while True:
                chunk = list(itertools.islice(it, batch))
                if not chunk:
                    break
                if keep is not None:
                    chunk = [r for r in chunk if r["doc_id"] in keep]
                tids = sorted({r["task_id"] for r in chunk if r["task_id"]})
                owners: dict = {}
                if tids:   # a batch's owners, put in text order here (a sort of a few rows)
                    for r in sorted(rows(conn, "SELECT task_id, name, role, start FROM responsibilities"
                                         f" WHERE task_id IN ({_marks(tids)})", tids), key=lambda r: r["start"]):
                        owners.setdefault(r["task_id"], []).append({"name": r["name"], "role": r["role"]})
                for r in chunk:
                    fix(r)
                    r["open_ended"] = bool(r["open_ended"]) if r["open_ended"] is not None else None
                    r["units"] = sorted(owners.get(r["task_id"], []), key=lambda u: ROLE_ORDER.get(u["role"], 9))
                    yield r


def _iso_bound(value, end: bool):
    """``2025`` → 2025-12-31 (end) / 2025-01-01; ``2025-06`` → 2025-06-30 / 2025-06-01."""
    if value is None:
        return None
    import calendar
    import datetime as dt

    v = str(value).strip()
    try:
        if len(v) == 4:
            dt.date(int(v), 1, 1)
            return f"{v}-12-31" if end else f"{v}-01-01"
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:7])
            return f"{v}-{calendar.monthrange(y, m)[1]:02d}" if end else f"{v}-01"
        return dt.date.fromisoformat(v).isoformat()
    except ValueError:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
