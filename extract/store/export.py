"""A Document as a JSON-ready dict in the shape of the gold files.

Fields named as in GUIDE.md (``start``/``end`` of a deadline are ISO dates
there); character offsets travel as ``span: [start, end]`` beside them.
"""
from __future__ import annotations

from ..models import Document


def _meta(doc: Document) -> dict:
    m = doc.meta
    return {"title": m.title, "doc_number": m.doc_number, "issuer": m.issuer, "region": m.region,
            "level": m.level, "signed": m.signed, "published": m.published, "period": m.period,
            "draft": m.draft}


def _unit(u) -> dict:
    return {"name": u.name, "role": u.role, "dept_type": u.dept_type, "span": [u.start, u.end]}


def to_record(doc: Document, with_sections: bool = False) -> dict:
    rec = {
        "source": doc.source,
        "id": doc.id,
        "sha256": doc.sha256,
        "format": doc.fmt,
        "genre": doc.genre,
        "document": _meta(doc),
        "conventions": [{"kind": c.kind, "text": c.text, "ditto": c.ditto, "units": c.units,
                         "span": [c.start, c.end], "rule": c.rule} for c in doc.conventions],
        "body": [doc.body_start, doc.body_end],
        "tasks": [{"id": t.id, "path": list(t.path), "anchor": t.anchor, "span": [t.start, t.end],
                   "text": doc.text[t.start:t.end],
                   "units": [_unit(u) for u in t.units], "rule": t.rule} for t in doc.tasks],
        "targets": [_target(t) for t in doc.targets],
        "deadlines": [_deadline(d) for d in doc.deadlines],
        "phases": [{"name": p.name, "start": p.date_start, "end": p.date_end, "span": [p.start, p.end],
                    "section_path": list(p.section_path)} for p in doc.phases],
        "mentions": [{"name": m.name, "dept_type": m.dept_type, "span": [m.start, m.end],
                      "section_path": list(m.section_path), "task_id": m.task_id, "role_hint": m.role_hint}
                     for m in doc.mentions],
        "leading_group": [{"person": g.person, "group_role": g.group_role, "position": g.position,
                           "unit": g.unit, "span": [g.start, g.end]} for g in doc.group],
        "warnings": list(doc.warnings),
        "dropped_items": [{"text": x.text, "reason": x.reason, "span": [x.start, x.end],
                           "clause_span": [x.clause_start, x.clause_end], "task_id": x.task_id, "rule": x.rule}
                          for x in doc.dropped],
    }
    if with_sections:
        rec["sections"] = [{"path": list(s.path), "kind": s.kind, "level": s.level, "number": s.number,
                            "ordinal": s.ordinal, "heading": s.heading, "span": [s.start, s.end]}
                           for s in doc.sections]
    return rec


def _target(t) -> dict:
    d = {"anchor": t.anchor, "value": t.value, "unit": t.unit, "comparator": t.comparator,
         "growth": t.growth, "per_year": t.per_year, "aspirational": t.aspirational,
         "cumulative": t.cumulative, "decline": t.decline, "percent_points": t.percent_points,
         "deadline": t.deadline, "indicator": t.indicator,
         "base_value": t.base_value, "base_unit": t.base_unit, "task_id": t.task_id,
         "section_path": list(t.section_path), "span": [t.start, t.end], "rule": t.rule}
    if t.value_max is not None:
        d["value_max"] = t.value_max
    return d


def _deadline(dl) -> dict:
    d = {"text": dl.text, "kind": dl.kind, "end": dl.date_end, "open_ended": dl.open_ended,
         "task_id": dl.task_id, "section_path": list(dl.section_path), "span": [dl.start, dl.end],
         "rule": dl.rule}
    if dl.date_start:
        d["start"] = dl.date_start
    return d
