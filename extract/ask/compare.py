"""Compare plans: targets side by side, who does the work, aligned tasks, reused text.

Every function takes a database (a path, an ``sqlite3.Connection`` or an
``sqlite_utils.Database``) and a list of document references -- an id (or a
unique prefix of one), a file name, or a region such as 江津区 -- and returns a
``pandas.DataFrame`` with one column ``plan`` (a short label, e.g. 江津区) and
``doc_id`` wherever a row belongs to one plan::

    from extract.ask.compare import compare
    c = compare("plans.db", ["江津区", "朝阳市"])
    c.targets          # one row per indicator, one column per plan
    c.departments      # department type x plan: tasks, as lead, share
    c.concentration    # one row per plan: its busiest unit and type, HHI
    c.alignment        # each task of the first plan -> most similar tasks of the others
    c.passages         # text reused verbatim or nearly so, with both spans

Task alignment (``align_tasks``, ``tokenize``) lives in ``align.py``, shared
passages (``shared_passages``) in ``passages.py``, and document references
(``resolve_docs``, ``documents``, ``connect``) in ``plans.py``; all are
importable from here too.
"""
from __future__ import annotations

import functools
import json
import math
from collections import Counter
from dataclasses import dataclass, field

from .align import align_tasks, tokenize  # noqa: F401 (re-exported)
from .passages import _runs, shared_passages  # noqa: F401 (re-exported; _runs for the tests)
from .plans import (DocumentNotFound, _labels, _rows, connect, documents,  # noqa: F401 (re-exported)
                    resolve_docs, short_region)
from .report import departments_wide, render_html  # noqa: F401 (departments_wide re-exported)

CMP_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "", "~": "约", None: ""}


# ------------------------------------------------------------- targets

@functools.lru_cache(maxsize=1)
def _indicator_names() -> dict:
    """Canonical indicator id → display name (rules/indicators.yaml), if any."""
    try:
        from ..find.targets import indicator_names
        return dict(indicator_names())
    except Exception:
        pass
    try:
        import yaml

        from ..rules import RULES_DIR
        data = yaml.safe_load((RULES_DIR / "indicators.yaml").read_text(encoding="utf-8")) or {}
    except Exception:
        return {}
    items = data.get("indicators") or data.get("rules") or [] if isinstance(data, dict) else data
    out = {}
    for it in items if isinstance(items, list) else []:
        if isinstance(it, dict) and it.get("id"):
            out[it["id"]] = it.get("name") or it.get("label") or it["id"]
    return out


def _num(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return f"{v:g}" if abs(v) < 1e15 else str(v)


def format_target(r: dict) -> str:
    """≥200件 · 累计 · 2026-12-31 -- the compact cell of the side-by-side table."""
    val = _num(r.get("value"))
    if r.get("value_max") is not None and not (isinstance(r["value_max"], float) and math.isnan(r["value_max"])):
        val += "–" + _num(r["value_max"])
    s = f"{CMP_SIGN.get(r.get('comparator'), r.get('comparator') or '')}{val}{r.get('unit') or ''}"
    flags = [w for k, w in (("growth", "增长"), ("per_year", "每年"), ("cumulative", "累计"),
                            ("aspirational", "力争")) if r.get(k)]
    if r.get("deadline"):
        flags.append(str(r["deadline"]))
    return " · ".join([s] + flags)


@functools.lru_cache(maxsize=1)
def _year_goals_rx():
    from .. import rules
    return rules.load("compare")["compare.year_goals"].regex


def _is_work_report(title, genre=None) -> bool:
    """The stored genre, else the genre its title gives (a database loaded before
    genres were stored)."""
    if genre:
        return genre == "work_report"
    from ..find.genre import detect
    from ..read.normalize import normalize
    return detect(normalize(title or ""))[0] == "work_report"


def year_goals(text: str) -> tuple | None:
    """(start, end) of a work report's year-goals paragraph (the one that says
    主要预期目标是: …, rules/compare.yaml), or None.  Every figure before it
    is retrospective or a five-year goal."""
    from ..read.normalize import normalize
    norm = normalize(text)
    m = _year_goals_rx().search(norm)
    if not m:
        return None
    a = norm.rfind("\n", 0, m.start()) + 1
    b = norm.find("\n", m.end())
    return a, len(norm) if b < 0 else b


def targets_long(conn, docs) -> "pd.DataFrame":
    """Every target of the plans, one row each, with its indicator key and label.

    A government work report contributes only the year's commitments: the
    figures from its year-goals paragraph on (``year_goals``); the review of
    the past and the five-year goals before it are left out.  ``main`` marks
    the one value per indicator and plan that the side-by-side table shows:
    for a work report its value in the goals paragraph, else its first value
    after it (``source`` says which); for any other plan every target is main."""
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    q = ",".join("?" * len(ids))
    rows = _rows(conn, f"SELECT doc_id, indicator, anchor, value, value_max, unit, base_value, base_unit,"
                       f" comparator, growth, per_year, aspirational, cumulative, deadline, task_id,"
                       f" section_path, text, start, end FROM targets WHERE doc_id IN ({q})"
                       f" ORDER BY doc_id, start", ids)
    goals = {}
    has_genre = any(r[1] == "genre" for r in conn.execute("PRAGMA table_info(documents)"))
    genre = "genre" if has_genre else "NULL"
    for d, title, g, raw in conn.execute(f"SELECT id, title, {genre}, raw_text FROM documents WHERE id IN ({q})",
                                         ids):
        if _is_work_report(title, g):
            goals[d] = year_goals(raw)
    names = _indicator_names()
    kept, seen = [], set()
    for r in rows:
        r["plan"] = labels[r["doc_id"]]
        r["key"] = r["indicator"] or r["anchor"] or "?"
        r["label"] = names.get(r["indicator"], r["indicator"]) if r["indicator"] else (r["anchor"] or "?")
        r["cell"] = format_target(r)
        r["main"], r["source"] = True, "plan"
        if r["doc_id"] in goals:
            g = goals[r["doc_id"]]
            if g and r["start"] < g[0]:
                continue                      # the review of the past, the five-year goals
            r["source"] = "goals" if g and r["start"] < g[1] else ("year" if g else "report")
        kept.append(r)
    # one main value per indicator of a work report: the goals paragraph first
    rank = {"goals": 0, "year": 1, "report": 1}
    for r in sorted((r for r in kept if r["doc_id"] in goals), key=lambda r: (rank[r["source"]], r["start"])):
        k = (r["doc_id"], r["key"])
        r["main"] = k not in seen
        seen.add(k)
    cols = ["plan", "doc_id", "key", "label", "indicator", "anchor", "value", "value_max", "unit",
            "base_value", "base_unit", "comparator", "growth", "per_year", "aspirational", "cumulative",
            "deadline", "cell", "main", "source", "task_id", "section_path", "text", "start", "end"]
    order = {d: i for i, d in enumerate(ids)}
    kept.sort(key=lambda r: (order[r["doc_id"]], r["start"]))
    return pd.DataFrame(kept, columns=cols)


@functools.lru_cache(maxsize=1)
def canonical_labels() -> frozenset:
    """The labels of the canonical indicators (rules/indicators.yaml)."""
    from .. import rules
    return frozenset(r.get("label") for r in rules.load("indicators") if r.get("label"))


def compare_targets(conn, docs, long=None) -> "pd.DataFrame":
    """One row per canonical indicator, one column per plan (its targets,
    formatted; several joined by ' | ' -- a work report shows one, its year's
    main value), then ``plans`` (how many plans set it), ``comparable``
    (several plans set it, all in the same measure, all a level or all a
    rise, all per year or none) and ``canonical`` (the indicator is one of
    rules/indicators.yaml rather than a plan's own wording).
    Shared indicators come first; indicators only one plan has are listed too."""
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    if long is None:
        long = targets_long(conn, ids)
    plans = [labels[i] for i in ids]
    table: dict = {}
    for r in long.to_dict("records"):
        if not r.get("main", True):
            continue
        row = table.setdefault(r["key"], {"indicator": r["label"], "_units": set(), **{p: [] for p in plans}})
        row[r["plan"]].append(r["cell"])
        row["_units"].add((r["base_unit"] or r["unit"] or "", bool(r["growth"]), bool(r["per_year"])))
    canon = canonical_labels()
    out = []
    for key, row in table.items():
        n = sum(1 for p in plans if row[p])
        rec = {"key": key, "indicator": row["indicator"]}
        rec.update({p: " | ".join(row[p]) for p in plans})
        rec["plans"] = n
        rec["comparable"] = n > 1 and len(row["_units"]) == 1
        rec["canonical"] = key in canon
        out.append(rec)
    df = pd.DataFrame(out, columns=["key", "indicator", *plans, "plans", "comparable", "canonical"])
    if len(df):
        df = df.sort_values(["plans", "canonical", "indicator"], ascending=[False, False, True], kind="stable")
    return df.set_index("key")


def shared_indicators(conn, docs) -> "pd.DataFrame":
    """The canonical indicators every one of the plans sets, with each plan's
    value side by side (the rows of ``compare_targets`` that all plans share)."""
    t = compare_targets(conn, docs)
    n = len(resolve_docs(connect(conn), docs))
    return t[(t["plans"] == n) & t["canonical"]]


# ------------------------------------------------------------- departments

def _dept_name(type_id) -> str:
    if not type_id:
        return "(unclassified)"
    try:
        from ..find.lexicon import dept_info
        return dept_info(type_id).get("name") or type_id
    except Exception:
        return type_id


def _assignments(conn, ids):
    q = ",".join("?" * len(ids))
    return _rows(conn, f"SELECT r.doc_id, r.task_id, r.role, r.name, u.id AS unit_id, u.name AS unit,"
                       f" u.dept_type FROM responsibilities r JOIN units u ON u.id = r.unit_id"
                       f" WHERE r.doc_id IN ({q})", ids)


def compare_departments(conn, docs) -> "pd.DataFrame":
    """Department type × plan, long form: ``tasks`` it owns (any role),
    ``lead`` (as lead), ``assignments`` (responsibility rows) and ``share``
    of the plan's assignments.  Pivot with ``.pivot(index="dept_type",
    columns="plan", values="share")``."""
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    rows = _assignments(conn, ids)
    total = Counter(r["doc_id"] for r in rows)
    agg: dict = {}
    for r in rows:
        k = (r["doc_id"], r["dept_type"] or "")
        a = agg.setdefault(k, {"tasks": set(), "lead": set(), "n": 0})
        a["tasks"].add(r["task_id"])
        if r["role"] == "lead":
            a["lead"].add(r["task_id"])
        a["n"] += 1
    out = [{"plan": labels[d], "doc_id": d, "dept_type": t or None, "department": _dept_name(t),
            "tasks": len(a["tasks"]), "lead": len(a["lead"]), "assignments": a["n"],
            "share": round(a["n"] / total[d], 4)} for (d, t), a in agg.items()]
    df = pd.DataFrame(out, columns=["plan", "doc_id", "dept_type", "department", "tasks", "lead",
                                    "assignments", "share"])
    order = {d: i for i, d in enumerate(ids)}
    df["_o"] = df["doc_id"].map(order)
    return df.sort_values(["_o", "assignments", "department"], ascending=[True, False, True]) \
             .drop(columns="_o").reset_index(drop=True)


def concentration(conn, docs) -> "pd.DataFrame":
    """One row per plan: tasks, tasks with a unit, assignments, distinct
    units, its busiest unit and that unit's share of assignments, its
    busiest department type and share, and the Herfindahl index over units
    (1 = one unit does everything; 1/n = n units share equally)."""
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    rows = _assignments(conn, ids)
    out = []
    for d in ids:
        rs = [r for r in rows if r["doc_id"] == d]
        n_tasks = conn.execute("SELECT count(*) FROM tasks WHERE doc_id = ?", (d,)).fetchone()[0]
        by_unit = Counter(r["unit"] for r in rs)
        by_type = Counter(_dept_name(r["dept_type"]) for r in rs)
        n = len(rs)
        top_u = by_unit.most_common(1)[0] if by_unit else (None, 0)
        top_t = by_type.most_common(1)[0] if by_type else (None, 0)
        out.append({"plan": labels[d], "doc_id": d, "tasks": n_tasks,
                    "tasks_with_units": len({r["task_id"] for r in rs}), "assignments": n,
                    "units": len(by_unit), "busiest_unit": top_u[0],
                    "busiest_unit_share": round(top_u[1] / n, 4) if n else None,
                    "busiest_type": top_t[0], "busiest_type_share": round(top_t[1] / n, 4) if n else None,
                    "hhi": round(sum((c / n) ** 2 for c in by_unit.values()), 4) if n else None})
    return pd.DataFrame(out)


# ------------------------------------------------------------- everything

@dataclass
class Comparison:
    documents: "pd.DataFrame"
    targets: "pd.DataFrame"
    targets_long: "pd.DataFrame"
    departments: "pd.DataFrame"
    concentration: "pd.DataFrame"
    alignment: "pd.DataFrame"
    passages: "pd.DataFrame"
    params: dict = field(default_factory=dict)

    @property
    def plans(self) -> list[str]:
        return list(self.documents["plan"])

    def tables(self) -> dict:
        """The named tables, in the order a report shows them."""
        return {"documents": self.documents, "targets": self.targets.reset_index(),
                "departments": self.departments, "concentration": self.concentration,
                "alignment": self.alignment, "passages": self.passages}

    def to_json(self) -> str:
        return json.dumps({k: json.loads(v.to_json(orient="records", force_ascii=False))
                           for k, v in self.tables().items()} | {"params": self.params},
                          ensure_ascii=False, indent=1)

    def to_html(self) -> str:
        return render_html(self)


def compare(db, docs, base=None, top_k: int = 1, threshold: float = 0.3, min_len: int = 15,
            min_ratio: float = 0.8) -> Comparison:
    """All four comparisons of the plans ``docs`` (at least two references)."""
    conn = connect(db)
    ids = resolve_docs(conn, docs)
    if len(ids) < 2:
        raise ValueError("compare needs at least two documents")
    tl = targets_long(conn, ids)
    return Comparison(
        documents=documents(conn, ids), targets=compare_targets(conn, ids, long=tl), targets_long=tl,
        departments=compare_departments(conn, ids), concentration=concentration(conn, ids),
        alignment=align_tasks(conn, ids, base=base, top_k=top_k, threshold=threshold),
        passages=shared_passages(conn, ids, min_len=min_len, min_ratio=min_ratio),
        params={"docs": ids, "base": base or ids[0], "top_k": top_k, "threshold": threshold,
                "min_len": min_len, "min_ratio": min_ratio})
