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

All SQL binds its values as parameters; substring tests use ``instr`` rather
than ``LIKE`` so that ``%`` and ``_`` in a query are plain characters.
"""
from __future__ import annotations

import json

from . import lookup
from .graph import build_graph, centrality as _centrality, co_responsibility
from .lookup import (_doc_ids, _in_docs, _marks, _norm, connection, dept_label,  # noqa: F401 (re-exported)
                     dept_types_for, resolve_docs, rows, taxonomy)

ROLES = ("lead", "responsible", "cooperating")
ROLE_ORDER = {r: i for i, r in enumerate(ROLES)}


# ---------------------------------------------------------------- plumbing --

def _frame(data: list, as_frame: bool):
    if not as_frame:
        return data
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("as_frame=True needs pandas: pip install pandas") from e
    return pd.DataFrame(data)


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
        rconds = " OR ".join(["instr(r.name, ?) > 0 OR instr(coalesce(r.written, ''), ?) > 0"] * len(qs))
        sql = ("SELECT u.id, u.key, u.name, u.region, u.dept_type FROM units u"
               f" WHERE u.key = ? OR {conds} OR u.id IN"
               f" (SELECT r.unit_id FROM responsibilities r WHERE {rconds}) ORDER BY u.id")
        params = [q] + qs + [x for x in qs for _ in (0, 1)]
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


_TASK_COLS = ("d.id AS doc_id, d.title, d.region, d.source, t.id AS task_id, t.path, t.section_path,"
              " t.number, t.anchor, t.seq, t.start AS task_start, t.end AS task_end")


def _fix_path(rec: dict) -> dict:
    if isinstance(rec.get("path"), str):
        try:
            rec["path"] = json.loads(rec["path"])
        except ValueError:
            rec["path"] = rec["path"].split("/")
    return rec


def who(db, name: str, role: str | None = None, doc=None, by: str = "auto", as_frame: bool = False):
    """Every task the units matching ``name`` own.

    One row per responsibility: the plan (doc_id, title, region, source), the
    task (task_id, path as a list, section_path, number, anchor, seq), the
    role, the unit (unit_id, unit = registry name, unit_key, dept_type,
    dept_label), the name as the plan writes it (name, written), the span of
    the name in the clause (start, end) and how the unit matched (match).
    Sorted by plan (file name), then role (lead, responsible, cooperating), then task
    order.  ``role`` keeps one role; ``doc`` limits to some plans."""
    if role is not None and role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    with connection(db) as conn:
        units_ = match_units(conn, name, by=by)
        ids = _doc_ids(conn, doc)
        if not units_ or ids == []:
            return _frame([], as_frame)
        how = {u["id"]: u["match"] for u in units_}
        uids = list(how)
        sql = (f"SELECT {_TASK_COLS}, r.role, r.unit_id, u.name AS unit, u.key AS unit_key, u.dept_type,"
               " r.name, r.written, r.start, r.end, r.rule"
               " FROM responsibilities r JOIN tasks t ON t.id = r.task_id"
               " JOIN documents d ON d.id = r.doc_id JOIN units u ON u.id = r.unit_id"
               f" WHERE r.unit_id IN ({_marks(uids)})")
        params = list(uids)
        if role:
            sql += " AND r.role = ?"
            params.append(role)
        clause, more = _in_docs("r.doc_id", ids)
        sql += clause
        params += more
        data = rows(conn, sql, params)
    for r in data:
        _fix_path(r)
        r["dept_label"] = dept_label(r["dept_type"])
        r["match"] = how.get(r["unit_id"])
    data.sort(key=lambda r: (r["source"], r["doc_id"], ROLE_ORDER.get(r["role"], 9),
                             r["seq"], r["start"]))
    return _frame(data, as_frame)


def tasks(db, doc=None, as_frame: bool = False):
    """A plan's tasks in order, each with ``units``: [{name, role, unit_id,
    unit, dept_type, start, end}] (lead first) and ``units_text``
    (``市市场监管局 (lead); 市财政局``) for tables and frames."""
    with connection(db) as conn:
        ids = _doc_ids(conn, doc)
        if ids == []:
            return _frame([], as_frame)
        where, params = _in_docs("t.doc_id", ids, "WHERE")
        data = rows(conn, f"SELECT {_TASK_COLS}, t.text FROM tasks t JOIN documents d ON d.id = t.doc_id"
                    f"{where} ORDER BY d.source, d.version, t.seq", params)
        resp = rows(conn, "SELECT r.task_id, r.name, r.role, r.unit_id, u.name AS unit, u.dept_type,"
                    " r.start, r.end FROM responsibilities r JOIN units u ON u.id = r.unit_id"
                    + (f" WHERE r.doc_id IN ({_marks(ids)})" if ids is not None else "")
                    + " ORDER BY r.start", params)
    by_task: dict = {}
    for r in resp:
        by_task.setdefault(r.pop("task_id"), []).append(r)
    for t in data:
        _fix_path(t)
        us = sorted(by_task.get(t["task_id"], []), key=lambda u: (ROLE_ORDER.get(u["role"], 9), u["start"]))
        t["units"] = us
        t["units_text"] = "; ".join(u["name"] + ("" if u["role"] == "responsible" else f" ({u['role']})")
                                    for u in us)
    return _frame(data, as_frame)


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
    return _frame(data, as_frame)


# ------------------------------------------------------ targets, deadlines --

def targets(db, doc=None, indicator: str | None = None, as_frame: bool = False):
    """Quantitative targets with their plan and task.

    ``indicator`` keeps targets whose canonical indicator equals it or whose
    indicator or anchor (as written) contains it."""
    with connection(db) as conn:
        ids = _doc_ids(conn, doc)
        if ids == []:
            return _frame([], as_frame)
        sql = ("SELECT d.id AS doc_id, d.title, d.region, d.source, g.id, g.task_id, t.path, g.section_path,"
               " t.anchor AS task_anchor, g.anchor, g.indicator, g.comparator, g.value, g.value_max, g.unit,"
               " g.base_value, g.base_unit, g.growth, g.per_year, g.aspirational, g.cumulative, g.deadline,"
               " g.text, g.start, g.end, g.rule FROM targets g JOIN documents d ON d.id = g.doc_id"
               " LEFT JOIN tasks t ON t.id = g.task_id WHERE 1 = 1")
        clause, params = _in_docs("g.doc_id", ids)
        sql += clause
        if indicator:
            qs = list(dict.fromkeys([indicator.strip(), _norm(indicator)]))
            sql += " AND (" + " OR ".join(["g.indicator = ? OR instr(coalesce(g.indicator, ''), ?) > 0"
                                           " OR instr(coalesce(g.anchor, ''), ?) > 0"] * len(qs)) + ")"
            params += [x for x in qs for _ in range(3)]
        data = rows(conn, sql + " ORDER BY d.source, d.version, g.start", params)
    for r in data:
        _fix_path(r)
        for k in ("growth", "per_year", "aspirational", "cumulative"):
            if r[k] is not None:
                r[k] = bool(r[k])
    return _frame(data, as_frame)


def deadlines(db, doc=None, due_before: str | None = None, due_after: str | None = None,
              as_frame: bool = False):
    """Deadlines with their plan, task and the task's units, earliest first.

    ``due_before`` / ``due_after`` are ISO dates (or a year, ``2025``), both
    inclusive, compared with the deadline's end date; a deadline without an
    end date is left out when either is given."""
    due_before = _iso_bound(due_before, end=True)
    due_after = _iso_bound(due_after, end=False)
    with connection(db) as conn:
        ids = _doc_ids(conn, doc)
        if ids == []:
            return _frame([], as_frame)
        sql = ("SELECT d.id AS doc_id, d.title, d.region, d.source, x.id, x.task_id, t.path,"
               " x.section_path, t.anchor AS task_anchor, x.text, x.kind, x.date_start, x.date_end,"
               " x.open_ended, x.start, x.end, x.rule FROM deadlines x JOIN documents d ON d.id = x.doc_id"
               " LEFT JOIN tasks t ON t.id = x.task_id WHERE 1 = 1")
        clause, params = _in_docs("x.doc_id", ids)
        sql += clause
        if due_before:
            sql += " AND x.date_end IS NOT NULL AND x.date_end <= ?"
            params.append(due_before)
        if due_after:
            sql += " AND x.date_end IS NOT NULL AND x.date_end >= ?"
            params.append(due_after)
        data = rows(conn, sql + " ORDER BY x.date_end IS NULL, x.date_end, d.source, x.start", params)
        tids = sorted({r["task_id"] for r in data if r["task_id"]})
        owners: dict = {}
        for i in range(0, len(tids), 500):
            chunk = tids[i:i + 500]
            for r in rows(conn, "SELECT task_id, name, role FROM responsibilities"
                          f" WHERE task_id IN ({_marks(chunk)}) ORDER BY start", chunk):
                owners.setdefault(r["task_id"], []).append({"name": r["name"], "role": r["role"]})
    for r in data:
        _fix_path(r)
        r["open_ended"] = bool(r["open_ended"]) if r["open_ended"] is not None else None
        r["units"] = sorted(owners.get(r["task_id"], []), key=lambda u: ROLE_ORDER.get(u["role"], 9))
    return _frame(data, as_frame)


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
