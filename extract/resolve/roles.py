"""Resolve: what a plan says once for the whole document, applied where it holds.

    resolve(doc) -> None      (after tasks, before targets are dated)

* Conventions (extract/conventions.py): ``列第一位的为牵头单位，下同`` makes the
  first unit of its clause, and with 下同 of every later clause, the lead (the
  others responsible, or cooperating when the rule says 其他为配合单位); an
  explicit role in a clause (X牵头, 配合单位：…) wins.  ``以下各项工作均需X推进，
  不再单独列出`` makes X a responsible unit of every later task with a clause.
* Table units keep the role their column gives, except that a note (注：排在第一位的为
  牵头单位) makes the first unit of a row without a lead the lead.

Each applied convention stays on ``doc.conventions`` (stored, so a researcher
can see why a unit is the lead).
"""
from __future__ import annotations

from ..models import UnitRef


def resolve(doc) -> None:
    convs = getattr(doc, "conventions", None) or []
    if not convs:
        return
    from ..find.unit_lists import distinct, split_units

    leads = [c for c in convs if c.kind == "first_is_lead"]
    # each all-items rule with the depth of the task it is stated in
    extra = [(c, next((len(t.path) for t in doc.tasks if t.start <= c.start < t.end), -1))
             for c in convs if c.kind == "all_items"]
    note = next((c for c in leads if c.everywhere), None)
    for t in doc.tasks:
        groups: dict = {}
        row: list = []
        for u in t.units:
            if u.rule.startswith("table"):
                row.append(u)
                continue
            groups.setdefault(getattr(u, "clause", -1), []).append(u)
        if row and not any(u.role == "lead" for u in row):
            # a note under a task table (注：责任单位中排在第一位的为牵头单位): each row's first unit;
            # so does a rule stated with 下同 in a row above (县发改局、县经信局(有多个部门的,列第一位的为
            # 牵头单位,下同): both annotators of a 2023 county's list of targets, probe batch 36)
            first = min(u.start for u in row)
            rule = note or next((c for c in reversed(leads) if c.ditto and c.start < first), None)
            resp = [u for u in row if u.role == "responsible"]
            if resp and rule is not None:
                _first_leads(resp, rule)
        for cstart, us in groups.items():
            rule = _governing(leads, cstart, us)
            if rule is None or any(u.role == "lead" for u in us):
                continue
            _first_leads(us, rule)
        clause_starts = [k for k in groups if k >= 0]
        for c, depth in extra:
            if clause_starts and max(clause_starts) < c.start - 200:
                continue          # the task's clauses all come before the convention
            if not clause_starts and (t.start < c.end or len(t.path) != depth):
                continue          # a task without a clause of its own: only the items after it at
                #                   the depth of the one that states it (以下均需…落实,不再列出: an item
                #                   with no clause is one of them, both probe annotators of batch 13;
                #                   a later top-level 保障措施 is not, the annotators of a PDF plan)
            names = {u.name for u in t.units}
            for u in split_units(c.units, c.units_start, c.role, c.rule):
                if u.name not in names:
                    t.units.append(UnitRef(name=u.name, role=c.role, start=u.start, end=u.end,
                                           dept_type=u.dept_type, written=u.written, rule=c.rule))
        # a unit the rule makes lead in one clause that another clause of the task names as lead
        # (…省科技厅、省发改委…等负责。列第一位的为牵头部门… / (…省科技厅牵头)) is one responsibility:
        # the first mention keeps it (both annotators of a 2016 province's division of its work
        # report, probe batch 39), as find/tasks.py keeps a unit listed twice in one clause
        t.units[:] = distinct(t.units)


def _first_leads(units: list, rule) -> None:
    """The first of ``units`` (in text order) is the lead by ``rule``; the responsible
    others take the role the rule gives them (responsible, or cooperating)."""
    units.sort(key=lambda u: u.start)
    units[0].role = "lead"
    units[0].rule += "+" + rule.rule
    for u in units[1:]:
        if u.role == "responsible":
            u.role = rule.others


def _governing(leads, clause_start, units):
    """The first_is_lead convention that holds for a clause starting at
    ``clause_start``: one stated inside it, an earlier one with 下同 (or said of
    every item), or a note (注：…) wherever it stands."""
    if clause_start < 0:
        return None
    end = max(u.end for u in units)
    best = None
    for c in leads:
        inside = clause_start <= c.start <= end + 40
        if inside or (c.ditto and c.start < clause_start) or c.everywhere:
            best = c
    return best
