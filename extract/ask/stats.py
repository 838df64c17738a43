"""Corpus-wide views: what the database holds, as DataFrames.

    from extract.ask.stats import corpus_stats
    tables = corpus_stats("plans.db")     # {"by_region": df, "by_level": df, ...}

* ``plans_by(db, field)`` -- plans per region / level / year (with tasks and targets);
* ``top_indicators(db, n)`` -- the indicators most plans set;
* ``top_dept_types(db, n)`` -- department types by the plans and tasks they own;
* ``busiest_units(db, n)`` -- units by the tasks they own.
"""
from __future__ import annotations

from .compare import _dept_name, _indicator_names
from .plans import _rows, connect

FIELDS = ("region", "level", "year")


def _df(rows, cols):
    import pandas as pd
    return pd.DataFrame(rows, columns=cols)


def plans_by(db, field: str = "region"):
    """Plans per ``field`` (region, level or year), with their tasks and targets."""
    if field not in FIELDS:
        raise ValueError(f"field must be one of {FIELDS}")
    conn = connect(db)
    rows = _rows(conn, f"""
        SELECT coalesce(CAST(d.{field} AS TEXT), '(unknown)') AS {field}, count(*) AS plans,
               sum((SELECT count(*) FROM tasks t WHERE t.doc_id = d.id)) AS tasks,
               sum((SELECT count(*) FROM targets t WHERE t.doc_id = d.id)) AS targets,
               min(d.year) AS first_year, max(d.year) AS last_year
        FROM documents d GROUP BY 1 ORDER BY plans DESC, 1""")
    cols = [field, "plans", "tasks", "targets", "first_year", "last_year"]
    if field == "year":
        rows.sort(key=lambda r: r["year"])
        cols = ["year", "plans", "tasks", "targets"]
    return _df(rows, cols)


def top_indicators(db, n: int = 20):
    """Canonical indicators (else the indicator as written) by the number of
    plans that set them, with their most common measure and the median
    value in that measure."""
    import statistics

    conn = connect(db)
    rows = _rows(conn, "SELECT doc_id, indicator, anchor, value, unit FROM targets")
    names = _indicator_names()
    agg: dict = {}
    for r in rows:
        key = r["indicator"] or r["anchor"] or "?"
        a = agg.setdefault(key, {"docs": set(), "n": 0, "units": {}, "values": [],
                                 "label": names.get(r["indicator"], key)})
        a["docs"].add(r["doc_id"])
        a["n"] += 1
        a["units"][r["unit"] or ""] = a["units"].get(r["unit"] or "", 0) + 1
        if r["value"] is not None:
            a["values"].append((r["unit"] or "", r["value"]))
    out = []
    for key, a in agg.items():
        unit = max(a["units"], key=a["units"].get)
        vals = [v for u, v in a["values"] if u == unit]
        out.append({"indicator": a["label"], "key": key, "plans": len(a["docs"]), "targets": a["n"],
                    "unit": unit, "median_value": statistics.median(vals) if vals else None})
    out.sort(key=lambda r: (-r["plans"], -r["targets"], r["indicator"]))
    return _df(out[:n], ["indicator", "key", "plans", "targets", "unit", "median_value"])


def top_dept_types(db, n: int = 20):
    """Department types by the plans they appear in and the tasks they own."""
    conn = connect(db)
    rows = _rows(conn, """
        SELECT u.dept_type, count(DISTINCT r.doc_id) AS plans, count(DISTINCT r.task_id) AS tasks,
               count(DISTINCT CASE WHEN r.role = 'lead' THEN r.task_id END) AS lead,
               count(*) AS assignments, count(DISTINCT u.id) AS units
        FROM responsibilities r JOIN units u ON u.id = r.unit_id
        GROUP BY u.dept_type ORDER BY plans DESC, tasks DESC""")
    total = sum(r["assignments"] for r in rows) or 1
    for r in rows:
        r["department"] = _dept_name(r["dept_type"])
        r["share"] = round(r["assignments"] / total, 4)
    return _df(rows[:n], ["department", "dept_type", "plans", "tasks", "lead", "assignments", "share", "units"])


def busiest_units(db, n: int = 20):
    """Units (one row per unit per region) by the tasks they own."""
    conn = connect(db)
    rows = _rows(conn, """
        SELECT u.name AS unit, u.region, u.dept_type, count(DISTINCT r.doc_id) AS plans,
               count(DISTINCT r.task_id) AS tasks,
               count(DISTINCT CASE WHEN r.role = 'lead' THEN r.task_id END) AS lead
        FROM responsibilities r JOIN units u ON u.id = r.unit_id
        GROUP BY u.id ORDER BY tasks DESC, lead DESC, u.name LIMIT ?""", (n,))
    for r in rows:
        r["department"] = _dept_name(r["dept_type"])
    return _df(rows, ["unit", "region", "department", "plans", "tasks", "lead"])


def corpus_stats(db, n: int = 15) -> dict:
    """All the views, named, in the order ``zhengce stats`` prints them."""
    conn = connect(db)
    return {"by_region": plans_by(conn, "region"), "by_level": plans_by(conn, "level"),
            "by_year": plans_by(conn, "year"), "indicators": top_indicators(conn, n),
            "dept_types": top_dept_types(conn, n), "units": busiest_units(conn, n)}
