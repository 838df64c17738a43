"""Tasks, as GUIDE.md defines them.

A task is every numbered item of a work section at the deepest numbered level,
and every paragraph, numbered or not, that carries a responsibility clause.
Sections whose heading is a guiding idea, principle or goal
(rules/headings.yaml ``section.non_work``) hold no tasks.

* A numbered node with no numbered children is a task, unless some of its
  unnumbered paragraphs carry their own clauses: then those paragraphs are the
  tasks (a heading such as ``(三)建立健全…体系`` over three paragraphs, each
  with its own clause).
* An unnumbered paragraph with a clause anywhere else in a work section is a
  task too.
* A clause on a section's heading line, or in a paragraph of its own right
  under the heading, applies to every task below that names no unit.
* Paragraphs opened by a run-in heading set apart by its typeface (a PDF's
  bold ``加强组织领导。…``; ``Section.lead``) are the items of a leaf that has
  two or more of them: each such paragraph is a task, the leaf is not (a lead
  that names a goal, ``标志性成果:``, is not work).
* An item that introduces a list of criteria (符合下列要求的…予以保留:) is one
  task: its numbered children are its conditions, not work
  (rules/headings.yaml ``section.criteria_list``).
* An item with no clause that opens on the bodies whose duty it states
  (公安部负责维护…) names them responsible (GUIDE.md's ``X负责``).
"""
from __future__ import annotations

import copy
import functools
import re

from .. import rules
from ..models import Document, Layout, Task
from .numerals import cn_int
from .table_blocks import TableFacts
from .structure import TIME_LIMIT_LINE, classify, fold_label, is_non_work, is_non_work_heading, strip_lead_prefix


def _find_clauses(text, start, end):
    from .units import find_clauses
    return find_clauses(text, start, end)


def build(doc: Document) -> None:
    """Set doc.conventions and doc.tasks (the pipeline calls ``find``; this is
    for callers holding a Document)."""
    from .conventions import find_conventions

    doc.conventions = find_conventions(doc.norm, doc.body_start, len(doc.norm))
    facts = TableFacts(rows=doc.table_rows, inventory_spans=doc.inventory_spans, table_spans=doc.table_spans)
    doc.tasks = find(doc.id, doc.norm, doc.layout, facts, doc.conventions)


def find(doc_id: str, norm: str, layout: Layout, tables: TableFacts, conventions: list, reviews=(),
         progress: bool = False) -> list:
    """The tasks of a normalised text (list[Task]), from its layout, the task
    rows of its table blocks and the conventions stated in it (whose words the
    clause reader does not see); none in ``reviews`` (a plan report's review
    of last year: structure.report_review); in a ``progress`` report
    (structure.progress_results) only the items that name their units."""
    from .conventions import mask

    secs = layout.sections
    masked = mask(norm, conventions)
    # clauses per paragraph/line, computed once
    clause_cache: dict = {}

    def clauses(sec):
        if sec.idx not in clause_cache:
            clause_cache[sec.idx] = _find_clauses(masked, sec.start, sec.line_end)
        return clause_cache[sec.idx]

    excluded = set()
    for s in secs:
        if (s.parent is not None and s.parent in excluded) or (s.kind != "para" and is_non_work(s)) \
                or any(a <= s.start < b for a, b in reviews):
            excluded.add(s.idx)
    # a heading that only groups parts that hold no work (一、把握总体要求,明确工作目标 /
    # (一)总体要求 / (二)工作目标) holds none either: it is no task for want of work children
    for s in reversed(secs):
        kids = [c for c in s.children if secs[c].kind != "para"]
        if s.kind != "para" and s.idx not in excluded and kids and all(
                c in excluded and is_non_work(secs[c]) for c in kids):
            excluded.add(s.idx)
            excluded.update(_descendants(secs, s))
    # an item of a goals section that names who owns it (1.地区生产总值增长6%左右 / 牵头单位:区发改局)
    # is assigned work all the same (GUIDE.md: every paragraph that carries a responsibility
    # clause is a task)
    # (also two levels down: 一、2022年主要预期目标 / (一)主要经济指标 / 1.地区生产总值增长10%左右。(牵头单位:…):
    # both annotators of a 2022 county-level city's division, probe batch 30)
    # (and a leaf whose own heading sets the goals or requirements, carrying its clause:
    # (一)总的要求和主要预期目标。…增长8%以上(分管副省长…负责,省发改委牵头,…) -- both annotators of a
    # 2018 province's division of its work report, probe batch 32)
    # (and an item of a progress report's section that names who owns it: 二、131项重点工作任务进展情况 / 1.实现数字
    # 经济增加值增长7%。1-6月,…(责任单位:区经济信息委) -- both annotators of a 2022 district supervision report,
    # probe batch 79; a section that names none has no tasks, as both of its 2021 report read it)
    for s in secs:
        if s.idx in excluded and s.kind != "para" and s.parent is not None \
                and ((s.parent in excluded and (_goals_above(secs, s, excluded)
                                                or _PROGRESS_HEAD.search(secs[s.parent].heading)))
                     or _GOALS_HEAD.search(s.heading)) \
                and not any(secs[c].kind != "para" for c in s.children) and _find_clauses(masked, s.start, s.end):
            excluded.discard(s.idx)
            # (its paragraphs too, when each carries its own clause: 1.主要指标的责任部门。 / 常住人口控制在1150万人
            # 左右。(市人口计生委、市公安局牵头) / 万元…降低20%。(市经委牵头): both annotators of a 2006 municipality's
            # division, probe batch 113)
            excluded.difference_update(c for c in s.children if secs[c].kind == "para")
    # ... and so is a paragraph of a goals heading that names who owns it (一、总体要求 / (二)主要目标 /
    # ——地区生产总值增长7.5%;(牵头部门:市发展改革委): both annotators of a 2018 city's plan, probe batch 72)
    for s in secs:
        if s.kind == "para" and s.idx in excluded and s.parent is not None \
                and secs[s.parent].kind != "para" and _GOALS_HEAD.search(secs[s.parent].heading) \
                and _find_clauses(masked, s.start, s.end):
            excluded.discard(s.idx)

    # an item that introduces a list of criteria (符合下列要求的…) is one task: its
    # numbered children are its conditions (rules/headings.yaml section.criteria_list); a top-level item too
    # when its children are leaves (三、…发现存在下列情况的,将约谈…: / 1、…的 / 2、…的: both annotators of a 2013
    # provincial bureau's notice, probe batch 154)
    criteria = _heading_rule("section.criteria_list")
    for s in secs:
        if s.kind == "para" or s.idx in excluded or (s.parent is not None and s.parent in excluded):
            continue
        if s.parent is None and any(secs[g].kind != "para" for c in s.children for g in secs[c].children):
            continue            # a top-level part over items of its own: a chapter, not one item's conditions
        first_child = next((secs[c].start for c in s.children if secs[c].kind != "para"), None)
        if first_child is not None and criteria.search(norm, s.start, first_child):
            excluded.update(c for c in _descendants(secs, s) if secs[c].kind != "para")
    # an item that only says when the text takes effect or who interprets it (7.3 本预案自印发
    # 之日起实施; 二、附则 本措施自…施行) assigns no work (rules/headings.yaml section.final_provision)
    final = _heading_rule("section.final_provision")
    for s in secs:
        if s.kind == "para" or s.idx in excluded or any(secs[c].kind != "para" for c in s.children):
            continue
        body = _LABEL.sub("", norm[s.start:s.end], count=1)
        parts = [p.strip() for p in _SENTENCE.split(body) if p.strip() and not _FINAL_HEAD.match(p.strip())]
        if parts and all(final.match(p) for p in parts):
            excluded.add(s.idx)
            excluded.update(_descendants(secs, s))
    # a section that only names the plan's work part, cut by the copy's end at its first item's number
    # (二、主要工作任务 / (一): no task of its own (rules/headings.yaml section.work_label); one that
    # holds its work in its own words stays (一、主要任务 / 2024年全区…任务4894户…: probe batch 21)
    # and a leaf that names the schedule or the check (五、工作进度 / 2012年5月底前,…): dates and steps,
    # no task (section.schedule_label); either keeps its place when it carries a clause
    work_label = _heading_rule("section.work_label")
    schedule = _heading_rule("section.schedule_label")
    cut_at = None                        # where the copy's last line, a cut item's number, begins
    for s in secs:
        if s.kind == "para" or s.idx in excluded or any(secs[c].kind != "para" for c in s.children):
            continue
        head = s.heading.strip()
        if not schedule.match(head):
            if not work_label.match(head):
                continue
            if cut_at is None:
                cut_at = _cut_number_at(norm)
            if cut_at < 0 or s.end < cut_at:
                continue
        if not _find_clauses(masked, s.start, s.end):
            excluded.add(s.idx)
    # items under a line that only says 说明 (说明 / 1.《政府工作报告》任务分解意见是对… / 2.…): notes on the
    # document, no tasks (both annotators of a 2022 city's division of its work report, probe batch 55)
    tops = [s for s in secs if s.parent is None and s.kind != "para"]
    if tops:
        above = norm[:tops[0].start].rstrip().rsplit("\n", 1)[-1]
        if _NOTES_LABEL.match(above):
            for s in tops:
                if s.kind == tops[0].kind:
                    excluded.add(s.idx)
                    excluded.update(_descendants(secs, s))
    # a project's particulars numbered as items (一、名称:… 二、主管单位:… 三、实施单位:… 四、实施地点:…): a form that
    # describes the project, no task (both annotators of a 2018 prefecture's subsidy plan, probe batch 163)
    groups: dict = {}
    for s in secs:
        if s.kind != "para":
            groups.setdefault((s.parent, s.kind), []).append(s)
    for sibs in groups.values():
        if len(sibs) >= 3 and _FORM_NAME.match(sibs[0].heading.strip()) \
                and sum(1 for x in sibs if _FORM_FIELD.match(x.heading.strip())) * 5 >= len(sibs) * 3:
            for x in sibs:
                excluded.add(x.idx)
                excluded.update(_descendants(secs, x))
    # a box printed inside a section (专栏2 …): the numbered items after it are the box's
    # list, not tasks; the section stays one task (rules/headings.yaml section.box)
    box = _heading_rule("section.box")
    for s in secs:
        after_box = False
        for c in s.children:
            if secs[c].kind == "para":
                after_box = after_box or bool(box.match(secs[c].heading.strip()))
            elif after_box:
                excluded.add(c)
                excluded.update(_descendants(secs, secs[c]))
    has_numbered_child = {s.idx: any(secs[c].kind != "para" and c not in excluded for c in s.children)
                          for s in secs}
    closing = _closing_paragraphs(norm, secs, excluded, clauses)
    # leaves whose items are paragraphs opened by a run-in heading set apart by typeface
    lead_items: set = set()
    lead_leaves: set = set()
    for s in secs:
        if s.kind == "para" or has_numbered_child[s.idx] or s.idx in excluded:
            continue
        leads = [c for c in s.children if secs[c].lead and not is_non_work_heading(strip_lead_prefix(secs[c].lead))]
        if len(leads) >= 2:
            lead_leaves.add(s.idx)
            lead_items.update(leads)
    tasks: list = []
    inherited: dict = {}     # section idx -> units of a section-level clause
    # a clause alone on its line after the last of several items none of which names its own
    # units: the group's clause (1.完善应急预案体系 / (1)…(4)… / (责任单位:市直各有关单位、…):
    # both annotators of a 2017 city responsibility breakdown, probe batch 26)
    group_end = _group_closing_clauses(secs, excluded, masked)
    for p, cl in group_end.items():
        inherited[p] = list(cl.units)
    closing_starts = {cl.start for cl in group_end.values()}

    def section_units(sec):
        """Units of the nearest ancestor whose heading line (or first
        paragraph right under it) carries a clause."""
        p = sec.parent
        while p is not None:
            if p not in inherited:
                ps = secs[p]
                units = [u for c in clauses(ps) for u in c.units]
                if not units:
                    first = [secs[c] for c in ps.children[:1] if secs[c].kind == "para"]
                    if first and has_numbered_child[p] and not holds_work(first[0]):
                        units = [u for c in clauses(first[0]) for u in c.units]
                if not units and has_numbered_child[p]:
                    units = [u for c in opening_clause_lines(ps) for u in c.units]
                if not units and has_numbered_child[p]:
                    units = _group_owner(norm, ps)    # 一、县示范区管委会牵头工作(8项)
                inherited[p] = units
            if inherited[p]:
                return inherited[p]
            p = secs[p].parent
        return []

    def holds_work(para) -> bool:
        """Whether a paragraph right under a heading states work of its own before its clause
        (结合实施…行动计划,提高道路承载能力,…。(省公安厅牵头,…参与) over 1.… 2.…): a task of its own
        (GUIDE: every paragraph that carries a responsibility clause), whose clause its items do
        not share (both annotators of a 2017 province's action plan, probe batch 162).  A clause
        alone under the heading ((牵头单位:…), 责任单位:…) stays the heading's, shared."""
        cl = clauses(para)
        if not cl:
            return False
        before = norm[para.start:min(c.start for c in cl)]
        return len(_WORDS.findall(before)) >= _WORK_CHARS and _SENTENCE_END.search(before) is not None

    opening: dict = {}          # heading idx -> its opening clause lines (read once: every paragraph under it asks)

    def opening_clause_lines(ps) -> list:
        """The labelled clauses alone on their lines in the paragraphs of heading ``ps`` before its first
        numbered item (一、问题 / 整改目标… / 整改时限… / 责任单位:普定县委、县政府 / 整改措施 / 1.… / 2.…): the
        heading's own clause, which its items share (both annotators of a 2017 city's rectification list,
        probe batch 138)."""
        if ps.idx in opening:
            return opening[ps.idx]
        out = opening[ps.idx] = []
        for c in ps.children:
            cs = secs[c]
            if cs.kind != "para":
                break
            cl = _find_clauses(masked, cs.start, cs.end)
            if cl and all(x.standalone and x.rule.startswith("clause.labelled") for x in cl):
                out.extend(cl)
        return out

    def own_or_inherited(sec, units, rule) -> tuple:
        """(units, rule): the task's own clause units, else its section's. An own
        clause that names only helpers (协同单位:…) leaves the owner to the section:
        its lead or responsible units come first."""
        if units and all(u.role == "cooperating" for u in units):
            owners = [u for u in section_units(sec) if u.role != "cooperating"]
            return (owners + units, rule + "+section_owner") if owners else (units, rule)
        if units:
            return units, rule
        inherited = list(section_units(sec))
        return (inherited, rule + "+section_clause") if inherited else ([], rule)

    def paras_are_tasks(sec) -> bool:
        """Several paragraphs of a numbered leaf each carrying a clause are
        tasks of their own; one clause closing the item belongs to the item."""
        if sec.kind == "para" or has_numbered_child[sec.idx] or clauses(sec):
            return False
        return sum(1 for c in sec.children if secs[c].kind == "para" and clauses(secs[c])) >= 2

    group_leads: dict = {}      # heading index -> its lead units, given to every item under it
    text_end = len(norm.rstrip())   # where the copy's text ends (a number it cuts there is no task)
    for s in secs:
        if s.idx in excluded:
            continue
        if s.kind == "para" and s.idx in lead_items:
            tasks.append(_task(norm, s, *own_or_inherited(s, [u for c in clauses(s) for u in c.units],
                                                          "task.lead_paragraph")))
            continue
        if s.idx in closing:
            # 本措施自…起实施，由省发展改革委负责牵头组织实施: the text's own closing paragraph,
            # a task at the top (¶N after the top-level paragraphs before it)
            n = 1 + sum(1 for t in secs if t.parent is None and t.kind == "para" and t.start < s.start)
            top = copy.copy(s)
            top.path, top.label, top.ordinal = (f"¶{n}",), f"¶{n}", n
            tasks.append(_task(norm, top, [u for c in clauses(s) for u in c.units], "task.closing_paragraph"))
            continue
        if s.kind == "para":
            cl = clauses(s)
            if not cl:
                continue
            parent = secs[s.parent] if s.parent is not None else None
            if parent is not None:
                if not has_numbered_child[parent.idx] and not paras_are_tasks(parent):
                    continue      # part of its numbered item's own text
                if has_numbered_child[parent.idx] and parent.children[:1] == [s.idx] and not holds_work(s):
                    continue      # a clause right under a heading: a section clause
                if has_numbered_child[parent.idx] and any(c.start >= s.start and c.end <= s.end
                                                          for c in opening_clause_lines(parent)):
                    continue      # … or alone on its line before the heading's first item
            task = _task(norm, s, [u for c in cl for u in c.units], "task.clause_paragraph")
            # (——地区生产总值增长7.5%;(牵头部门:市发改委): the anchor is the words, without the dash
            # that marks the line or the clause after them -- probe batch 72, both annotators)
            cut = min(c.start for c in cl) - s.start
            head = _PARA_MARK.sub("", s.heading[:cut] if 0 < cut < len(s.heading) else s.heading).rstrip(" ;；,，。")
            if head != s.heading and len(head) >= 4:
                task.anchor = head if len(head) <= 40 else head[:20]
            tasks.append(task)
            continue
        if has_numbered_child[s.idx] and _own_clause_parent(s, secs, excluded, clauses):
            if _heading_lead(s, clauses, norm):
                # (十)提升“中国春城”城市美誉度(牵头单位:市园林绿化局) over items that each name their 责任单位:
                # the heading names who leads each of them, it is no task of its own (both annotators of a
                # 2023 city's action plan, probe batch 74); over items some of which name none, it is their
                # default only (section_units), as before
                group_leads[s.idx] = [u for c in clauses(s) for u in c.units]
                continue
            # 一、减少农村扶贫对象6.76万人…(责任单位:市扶贫办、市移民局,各县区政府) over items that
            # each name their own units: the item above is assigned work too (GUIDE: every paragraph
            # that carries a clause; both annotators of a 2019 city report, probe batch 24)
            tasks.append(_task(norm, s, [u for c in clauses(s) for u in c.units], "task.parent_clause"))
            continue
        if has_numbered_child[s.idx] or paras_are_tasks(s) or s.idx in lead_leaves:
            continue
        end = min([secs[c].start for c in s.children if c in closing] + [s.end])
        units = [u for c in _find_clauses(masked, s.start, end) if c.start not in closing_starts for u in c.units]
        if not units:
            units = _opening_duty(masked, s)
        if not units:
            units = _unit_line_units(norm, s.line_end, end)
        if not any(u.role != "cooperating" for u in units):
            # a leaf whose heading names its owner ((一)省监察厅牵头的工作 / one paragraph)
            units = _group_owner(norm, s) + units
        if not s.heading.strip() and s.end >= text_end and not norm[s.line_end:s.end].strip():
            continue          # 16.国家级渔港建设项目 / (1)… / (2)|: the copy ends at the number, no words (both
            #                   annotators of a 2009 province's key-project list, probe batch 75)
        task = _task(norm, s, *own_or_inherited(s, units, "task.numbered_leaf"))
        if progress and not task.units:
            continue          # a progress report restating an item it was given: no work assigned
        tasks.append(task)
    _spread_ranged_clauses(norm, masked, secs, tasks)
    _spread_counted_clauses(norm, masked, secs, tasks)
    for t in tasks:
        for idx in _ancestors(secs, t.section):
            for u in group_leads.get(idx, ()):
                if not any(v.name == u.name and v.role == "lead" for v in t.units):
                    t.units.insert(0, copy.copy(u))
    tasks = _merge_table_rows(norm, layout, tables, tasks)
    # stable, unique ids
    seen: dict = {}
    for t in tasks:
        base = f"{doc_id}:{'/'.join(t.path)}"
        n = seen.get(base, 0) + 1
        seen[base] = n
        t.id = base if n == 1 else f"{base}#{n}"
    return tasks


_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*")


def _unit_line_units(norm: str, lo: int, hi: int) -> list:
    """The units of a line under an item that only names units (structure.unit_line: a
    flattened table's unit cell under its row's task), responsible; [] when there is none."""
    from .structure import unit_line
    from .unit_lists import split_units
    pos = lo
    while pos < hi:
        e = norm.find("\n", pos, hi)
        e = hi if e < 0 else e
        line = norm[pos:e]
        bar = _CELL_BAR.match(line)          # (a copy that leads each cell with the table's bar: | 市发改委、…)
        if bar:
            pos, line = pos + bar.end(), line[bar.end():]
        if unit_line(line):
            k = len(line) - len(line.lstrip())
            return [u for u in split_units(line.strip(), pos + k, "responsible", "task.unit_line")]
        pos = e + 1
    return []


def dropped_items(norm: str, tasks: list, conventions: list) -> list:
    """Items left out of the clauses the tasks took their units from
    (``units.find_clauses``: an item that does not read as a unit), each with
    the task whose text holds it; in text order."""
    from .conventions import mask

    used = {u.clause for t in tasks for u in t.units if u.clause >= 0}
    if not used:
        return []
    from .units import find_clauses
    spans = sorted((t.start, t.end, t.id) for t in tasks)
    out = []
    for c in find_clauses(mask(norm, conventions)):
        if c.start not in used:
            continue
        for d in c.dropped:
            item = copy.copy(d)           # clauses are shared between calls
            item.task_id = next((tid for s, e, tid in spans if s <= d.start < e), None)
            out.append(item)
    return out


_TABLE_HINT = re.compile(r"序号|编号|\|[^\n|]*(?:牵头|责任|配合)(?:单位|部门)")


def _merge_table_rows(norm: str, layout: Layout, tables: TableFacts, tasks: list) -> list:
    """Rows of a division-of-labour table (序号 | 重点任务 | 牵头单位 | 配合单位 |
    完成时限) are numbered tasks with their units; they replace any paragraph
    task read from the same line."""
    from .tables import header_line
    from .units import find_table_rows

    # rows of the tables the reader kept as blocks (table_blocks, run by the
    # pipeline before this stage); the flattened-text parser reads the rest
    rows = list(tables.rows)
    block_spans = list(tables.table_spans)
    spans = [(layout.body_start, layout.body_end)] + list(layout.attachments)
    for lo, hi in spans:
        # (a header the layout left above the body, the line before it: | 工作 | 工作任务 | 牵头单位 | 责任单位 | under a
        # guide's title -- a 2023 district's guide, both annotators of probe batch 154)
        ls = norm.rfind("\n", 0, max(0, lo - 1)) + 1
        if 0 < lo and ls < lo and _TABLE_HINT.search(norm, ls, lo) and header_line(norm[ls:lo].strip()):
            lo = ls
        if _TABLE_HINT.search(norm, lo, hi):
            rows.extend(r for r in find_table_rows(norm, lo, hi)
                        if not any(a <= r.start < b for a, b in block_spans))
    if not rows:
        return tasks
    for r in rows:
        # cells of a 落实情况 / 现状 column of a table in the text: no targets, no due dates (the
        # pipeline's document shares these lists with ``tables``)
        tables.quiet_spans.extend(r.quiet)
        tables.retro_spans.extend(r.quiet)
    # a row's own line was read as a paragraph; a section holding the table is
    # a container of the rows, not a task of its own
    covered = [(r.start, r.end) for r in rows] + list(tables.inventory_spans)
    out = [t for t in tasks if not any(a <= t.start < b or t.start <= a < t.end for a, b in covered)]
    unnumbered: dict = {}
    headings = [sec for sec in layout.sections if sec.kind != "para"]
    for r in sorted(rows, key=lambda r: r.start):
        base = tuple(p for p in layout.section_path_at(r.start) if not p.startswith("¶"))
        if any(a <= r.start < b for a, b in layout.attachments):
            base = ("附件",)
        elif not base:
            base = ("表",)              # GUIDE: a table without a label (and outside any section) uses 表
        group = ()
        if r.group:
            c = classify(r.group)
            group = (fold_label(c[0], c[2], c[3]),) if c else (r.group[:10],)
            if any(sec.start <= r.start < sec.end and
                   norm[sec.start:sec.line_end].replace(" ", "").startswith(r.group.replace(" ", "")[:12])
                   for sec in headings):
                group = ()            # the group row is a heading the row already stands under (一、改善… | ||||)
        number = r.number
        if not number:
            # a row without a number: the n-th unnumbered row under its path, as GUIDE.md numbers paragraphs (¶n)
            unnumbered[base + group] = unnumbered.get(base + group, 0) + 1
            number = f"¶{unnumbered[base + group]}"
        ts, te = (r.task_start, r.task_end) if r.task_start >= 0 else (r.start, r.end)
        heading = norm[ts:te].split("。")[0].strip()
        out.append(Task(id="", path=base + group + (number,), anchor=heading[:40], start=r.start, end=r.end,
                        section=-1, text=norm[r.start:r.end], units=list(r.units), rule=r.rule))
    out.sort(key=lambda t: t.start)
    return out


_DUTY = re.compile(r"(?:分别)?负责(?!人|同志|单位|部门)")
_DUTY_SPLIT = re.compile(r"、|及|和|与")
# how the bodies share the duty, said between their names and 负责 (按照各自职能分工,)
_DUTY_MANNER = re.compile(r"(?:按照?|根据)(?:各自)?(?:的)?(?:职能|职责)(?:分工)?\s*[,，]?\s*$")


def _heading_words(norm: str, sec) -> int | None:
    """Where a numbered section's words start on its line (after the number and blanks)."""
    c = classify(norm[sec.start:sec.line_end])
    if c is None:
        return None
    a = sec.start + c[4]
    while a < sec.line_end and norm[a] in " \u3000":
        a += 1
    return a


def _opening_duty(norm: str, sec) -> list:
    """An item that opens on the bodies whose duty it states (公安部负责维护…,
    铁道部、交通部负责…): GUIDE.md's ``X负责`` as the item's first words, every name
    before 负责 a unit; those bodies are responsible."""
    from .lexicon import looks_like_unit
    from .unit_lists import split_units
    a = _heading_words(norm, sec)
    if a is None:
        return []
    m = _DUTY.search(norm, a, min(sec.line_end, a + 60))
    if not m or m.start() == a:
        return []
    b = m.start()
    manner = _DUTY_MANNER.search(norm, a, b)          # …、商务部按照各自职能分工,负责…
    if manner:
        b = manner.start()
    if b == a or re.search(r"[,，。;；:：()（）]", norm[a:b]):
        return []
    names = _DUTY_SPLIT.split(norm[a:b])
    if not all(looks_like_unit(n, strict=True) for n in names):
        return []
    return split_units(norm[a:b], a, "responsible", "task.opening_duty")


# a group heading that names who owns the items under it (一、县示范区管委会牵头工作(8项),
# 二、县发改局负责事项): its units lead (牵头) or are responsible (负责) for each item that names none
_GROUP_OWNER = re.compile(r"(?P<units>[^,，。:：;；()（）]{2,40}?)(?P<role>牵头|负责)(?:的)?(?:重点)?(?:工作|任务|事项)"
                          r"(?:\s*[(（]\s*(?:共)?\s*[0-9]{1,3}\s*项\s*[)）])?\s*$")


# a body of a level's government, named whole (省商务厅, 县财政局, 省农业开发办): not a national body
# whose duties an emergency plan describes (2.1 国家粮食应急工作指挥部), nor a layout (空间布局, 市场布局)
_HEADING_BODY = re.compile(r"^(?:省|自治区|市(?!场)|县|区(?!域)|州|盟|旗)[\u4e00-\u9fff()（）]{1,16}"
                           r"(?<![布格大当全结开])(?:厅|局|委|办|委员会|办公室)$")
# a government named by its place (闻喜县政府, 太平镇人民政府)
_HEADING_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|县|区|州|盟|旗|乡|镇)(?:人民)?政府$")


def _group_owner(norm: str, sec) -> list:
    from .lexicon import looks_like_unit
    from .unit_lists import split_units
    a = _heading_words(norm, sec)
    if a is None:
        return []
    m = _GROUP_OWNER.match(norm, a, sec.line_end)
    if not m:
        # a heading that is only a body's name (十五、省人力资源和社会保障厅 / (一)加大…(二)…): a plan
        # set out department by department, each item under it that body's work (both
        # annotators of a 2009 province's plan, probe batch 40)
        words = norm[a:sec.line_end].rstrip(" \t\u3000:：")
        # (or a government named by its place: (三)闻喜县政府 / 1、… / (四)稷山县政府 / 1、…, each county's items --
        # both annotators of a 2006 city's clean-up plan, probe batch 180)
        if (_HEADING_BODY.match(words) or _HEADING_GOVERNMENT.match(words)) and looks_like_unit(words, strict=True):
            return split_units(words, a, "responsible", "task.heading_owner")
        return []
    if not all(looks_like_unit(n, strict=True) for n in _DUTY_SPLIT.split(m.group("units"))):
        return []
    role = "lead" if m.group("role") == "牵头" else "responsible"
    return split_units(m.group("units"), a, role, "task.group_owner")


# a heading's number (二、, (三), 7.3, 1.) and the sentences of an item, for section.final_provision
_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}(?:\.[0-9]{1,2})*[.、]?)\s*")
_SENTENCE = re.compile(r"[。;；\n]")
_FINAL_HEAD = re.compile(r"^(?:附\s*则|其[他它]事项|实施(?:时间|日期)|施行(?:时间|日期))$")


# a line that only labels what follows as notes on the document
_NOTES_LABEL = re.compile(r"^[ \t\u3000]*(?:有关|编制|填报|填表|特别)?说明[ \t\u3000]*[:：]?[ \t\u3000]*$")
# the copy's last line: an item's number cut before its words ((一 / ( / 1.)
_CUT_NUMBER = re.compile(r"[ \t\u3000]*[(（]?[一二三四五六七八九十0-9]{0,3}[)）.、]?[ \t\u3000]*")


def _cut_number_at(norm: str) -> int:
    """Where the line break before the copy's last line stands (0 for a text of one line) when
    that line is only an item's number cut before its words, else -1; only the last line is read."""
    tail = len(norm)
    while tail and norm[tail - 1].isspace():
        tail -= 1
    if not tail:
        return -1
    nl = norm.rfind("\n", 0, tail)
    return max(nl, 0) if _CUT_NUMBER.fullmatch(norm, nl + 1, tail) else -1


@functools.cache
def _heading_rule(rid: str):
    """The compiled pattern of a rules/headings.yaml rule (section.box, section.criteria_list)."""
    from .. import rules
    return rules.load("headings")[rid].regex


def _descendants(secs, sec) -> list:
    out, todo = [], list(sec.children)
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(secs[c].children)
    return out


def _closing_paragraphs(norm: str, secs, excluded: set, clauses) -> set:
    """Paragraphs after the last numbered item that speak of the text itself (本措施自…
    起实施，…由省发展改革委负责牵头组织实施) and name who carries it out: the reader hangs them
    under that item, but they close the whole text (rules/headings.yaml section.closing)."""
    last = max((s.start for s in secs if s.kind != "para" and s.idx not in excluded), default=None)
    if last is None:
        return set()
    rx = _heading_rule("section.closing")
    return {s.idx for s in secs if s.kind == "para" and s.start > last and s.parent is not None
            and s.idx not in excluded and rx.match(norm[s.start:s.start + 40]) and clauses(s)}


# a part that divides the work among units (一、任务分工, 二、责任分解): whatever it holds assigns work
_DIVISION_HEAD = re.compile(r"^[^,，。;；]{0,12}(?:任务|责任|工作)(?:分工|分解)$")
# a paragraph's work before its clause: some twenty characters and a sentence's end (holds_work)
_WORDS = re.compile(r"[\u4e00-\u9fff]")
_WORK_CHARS = 20
_SENTENCE_END = re.compile(r"[。;；]")
# a form's first field, its name (名 称: 海北州2018年…), and any field (主管单位:…, 实施规模和主要内容:…)
_FORM_NAME = re.compile(r"^(?:项目)?名\s*称\s*[:：]")
_FORM_FIELD = re.compile(r"^[^,，。:：;；、]{2,12}[:：]")
_PARA_MARK = re.compile(r"^[ \t]*(?:-{2}|[—―]{1,2}|[●■◆▲►★☆※•·])[ \t]*")
_PROGRESS_HEAD = re.compile(r"(?:进展|推进|落实)情况$")
# a heading that sets the goals or requirements ((一)总的要求和主要预期目标)
_GOALS_HEAD = re.compile(r"(?:目标|要求)(?:任务)?[。.]?$")


def _goals_above(secs, sec, excluded: set) -> bool:
    """A goals heading (…目标) over ``sec``: its parent's, or the parent's parent's when the
    parent only groups the goals (一、主要预期目标 / (一)主要经济指标); or any heading that holds
    no work set inside a part that does (一、任务分工 / (一)总体要求 / 1.…(市政府各部门分别负责):
    both annotators of a 2021 city's division of a work report, probe batch 31)."""
    p = sec.parent
    for _ in range(2):
        if p is None or p not in excluded:
            return False
        if "目标" in secs[p].heading or "指标" in secs[p].heading:
            return True
        up = secs[p].parent
        if up is not None and secs[up].kind != "para" and (up not in excluded or _DIVISION_HEAD.search(secs[up].heading)):
            return True
        p = up
    return False


def _group_closing_clauses(secs, excluded: set, masked: str) -> dict:
    """{parent idx: Clause} of groups of two or more numbered leaves whose last one ends on
    a clause alone on its line that names who owns the work (not helpers alone: 协同单位:…
    adds to the last item) while none before it names units: that clause is the group's
    (its parent's), not the last item's."""
    out = {}
    for p in secs:
        kids = [secs[c] for c in p.children if secs[c].kind != "para" and c not in excluded]
        if len(kids) < 2 or any(secs[c].kind != "para" for k in kids for c in k.children):
            continue
        last = kids[-1]
        cl = _find_clauses(masked, last.start, last.end)
        if len(cl) != 1 or not cl[0].standalone or cl[0].start < last.line_end \
                or all(u.role == "cooperating" for u in cl[0].units) \
                or _TIME_FIELD.sub("", masked[cl[0].end:last.end]).strip(" \t\n\u3000。.;；") \
                or any(_find_clauses(masked, k.start, k.end) for k in kids[:-1]):
            continue
        out[p.idx] = cl[0]
    return out


# the group's time limit on the line after its clause (责任单位:市城管执法局、各区政府 / 完成时限:2017年9月底前,长期坚持。:
# both annotators of a 2017 city's rectification plan, probe batch 88): part of the closing, not more of the item
_TIME_FIELD = re.compile(TIME_LIMIT_LINE + r"[^\n]*", re.M)
_LEAD_LABEL = re.compile(r"[(（〔\[【]\s*牵头(?:单位|部门)\s*[:：]")


def _heading_lead(sec, clauses, norm: str) -> bool:
    """A heading line whose only clause is a lead label ((牵头单位:市园林绿化局)): its units lead."""
    cl = clauses(sec)
    return len(cl) == 1 and bool(cl[0].units) and all(u.role == "lead" for u in cl[0].units) \
        and bool(_LEAD_LABEL.match(norm, cl[0].start))


def _ancestors(secs, idx):
    """Indices of the sections above section ``idx``, nearest first."""
    p = secs[idx].parent if idx is not None else None
    while p is not None:
        yield p
        p = secs[p].parent


def _own_clause_parent(sec, secs, excluded: set, clauses) -> bool:
    """A numbered section whose heading line carries a clause while every numbered item
    under it carries its own: the section's units are no default for its items (each
    names its own), so the section is a task of its own."""
    if not [u for c in clauses(sec) for u in c.units]:
        return False
    kids = [secs[c] for c in sec.children if secs[c].kind != "para" and c not in excluded]
    return bool(kids) and all(any(c.units for c in clauses(k)) for k in kids)


def _siblings(secs, sec) -> list:
    """Indices of the sections under ``sec``'s parent (the top level's when it has none), ``sec`` among them."""
    return secs[sec.parent].children if sec.parent is not None else [s.idx for s in secs if s.parent is None]


@functools.lru_cache(maxsize=1)
def _item_range():
    rs = rules.load("responsibility")
    return rs.compile(r"^$lb[ \t]*(?P<range>$item_range)")


_RANGE_NUMS = re.compile(r"[0-9]{1,3}")
_RANGE_HINT = re.compile(r"[0-9][ \t]*(?:-|—|–|－|~|～|至|到)[ \t]*第?[0-9]{1,3}[ \t]*[项条]")


def _spread_ranged_clauses(norm: str, masked: str, secs, tasks: list) -> None:
    """A clause that names the items of its list it covers ((1-4项牵头落实单位:…) after item 1)
    gives its units to each of them: the tasks of its item's siblings (same parent, same
    kind of number) whose numbers lie in the range (rules/responsibility.yaml item_range)."""
    if not _RANGE_HINT.search(norm):
        return                          # (one scan: most texts name no range of items)
    by_sec = {t.section: t for t in tasks}
    rx = _item_range()
    for t in list(tasks):
        sec = secs[t.section]
        if sec.kind == "para":
            continue
        for c in _find_clauses(masked, t.start, t.end):
            m = rx.match(norm[c.start:c.start + 24])
            if m is None:
                continue
            lo, hi = (int(x) for x in _RANGE_NUMS.findall(m.group("range"))[:2])
            if not lo <= sec.ordinal <= hi or hi - lo > 50:
                continue                    # (a range that leaves out its own item is no such clause)
            sibs = _siblings(secs, sec)
            for i in sibs:
                other = by_sec.get(i)
                if other is None or other is t or secs[i].kind != sec.kind or not lo <= secs[i].ordinal <= hi:
                    continue
                have = {(u.name, u.role) for u in other.units}
                add = [copy.copy(u) for u in c.units if (u.name, u.role) not in have]
                if add:
                    other.units[:0] = add
                    if "+item_range" not in other.rule:
                        other.rule += "+item_range"


# the count a sentence that names the owner of the items it closes opens with (4项目标的责任单位均为…, 以上2项任务的…)
_COUNTED_ITEMS = re.compile(r"[ \t]*(?:以上|上述)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})项")


def _spread_counted_clauses(norm: str, masked: str, secs, tasks: list) -> None:
    """A sentence alone on its line at the end of an item that names the owner of the N
    items it closes (1.…2.…3.…4.… / 4项目标的责任单位均为市发展改革委。, rules/responsibility.yaml
    clause.designation_of) gives its units to the N-1 items before it: siblings of the
    item (same parent, same kind of number) numbered just below it, none naming units of
    its own (both annotators of a 2007 city's target-management plan, probe batch 166).
    Where the count does not fit (fewer siblings, or one of them names its own units) the
    sentence stays its item's alone."""
    if "项" not in norm:
        return
    by_sec = {t.section: t for t in tasks}
    for t in tasks:
        sec = secs[t.section]
        if sec.kind == "para":
            continue
        for c in _find_clauses(masked, t.start, t.end):
            if not c.standalone or not c.units or not c.rule.startswith("clause.designation_of"):
                continue
            m = _COUNTED_ITEMS.match(norm, c.start)
            n = cn_int(m.group(1)) if m else None
            if n is None or not 2 <= n <= sec.ordinal:
                continue
            sibs = _siblings(secs, sec)
            before = [by_sec.get(i) for i in sibs
                      if secs[i].kind == sec.kind and sec.ordinal - n < secs[i].ordinal < sec.ordinal]
            if len(before) != n - 1 or any(o is None or o.units for o in before):
                continue
            for o in before:
                o.units = [copy.copy(u) for u in c.units]
                o.rule += "+counted_items"


def _task(norm: str, sec, units, rule) -> Task:
    # a unit listed twice in one clause (省财政厅、省发展改革委、省经信厅、省财政厅) is one
    # responsibility: the first mention keeps it
    from .unit_lists import distinct
    units = distinct(units)
    anchor = sec.heading if len(sec.heading) <= 40 else sec.heading[:20]
    return Task(id="", path=sec.path, anchor=anchor, start=sec.start, end=sec.end, section=sec.idx,
                text=norm[sec.start:sec.end], units=units, rule=rule)
