"""Tables a reader gave as blocks (rows of cells with spans) → task rows.

    rows_from_blocks(text, tables) -> TableFacts

The reader kept the table's structure, so nothing is re-guessed from text:

* the header is the first row (of the first two) whose cells name columns:
  a unit column (牵头 / 责任 / 配合 …) and a task column (任务 / 工作内容 / 举措 …);
* a covered cell (``merged``: the merged cell above spans it) and a blank
  unit cell in the same group take the value of the filled cell above, and
  keep *its* span, so provenance points at the characters printed once;
* a row whose 序号 cell is covered is a sub-row of that number (``1``, ``¶2``);
* a column of merged cells that is neither number, task, unit nor deadline is
  the row's group (重点工程, 章节, 领域), its text the group label;
* a 完成时限 / 时间节点 cell is that row's deadline;
* a column headed with a year (``2026年目标``, ``2027年目标值``) holds targets due
  at that year's end: its cells are returned as ``year_cells``;
* an indicator table (指标名称 beside columns headed with a year: 表1 主要指标) gives
  one target per row and target-year column, its value the cell's number
  (``indicator_cells``; rules/targets.yaml target.indicator_*);
* a project list (项目名称 with 总投资 / 建设单位 / 项目主体 / 建设内容 / 建设规模) is an
  inventory, not assigned work: it gives no rows, and its span is returned
  in ``inventory_spans`` so that no target is read from it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import rules
from ..read.flat_tables import SHARE as _SHARE_VALUE, breakdown_rules as _breakdown_rx

from .tables import _COL_RE, RETRO_COL as _RETRO_COL, YEAR_COL as _YEAR_COL, TableRow

# an inventory (项目清单, 园区清单): a name column of projects, parks, platforms …
# beside columns that describe them (place, content, investment, builder, period)
_PROJECT = re.compile(r"(?:项目|园区|平台|企业|基地|载体|楼宇|场景)名称|^项目$")
_PROJECT_COLS = re.compile(r"地点|位置|所在|总投资|计划投资|投资额|建设单位|项目主体|实施主体|建设内容|建设规模|"
                           r"建设期限|建设周期|开工|进展情况|所属区块|占地|面积")
# columns that report what is, not what is to be reached: no targets in them
_SCOPE_COL = re.compile(r"范围\s*$")            # 推广范围, 适用范围: where it applies (8个改革试验区域)
_ALIAS_TAIL = re.compile(r"[（(][^（）()]*[)）]$")
_PREFIX = re.compile(r"^(?:建议|主要|具体|拟)")
_CATEGORY = re.compile(r"^(?:类别|类型|领域|方向|板块|章节|重点工程|重点领域|行动|专项|工程|任务类别)$")
_BASE_MARK = re.compile(r"基|现状")
_LEAD_IN_GROUP = rules.vocabulary().compile(r"[（(]\s*(?:$role_lead)(?:单位|部门)\s*[：:]\s*([^）)]+)[）)]")


@dataclass
class TableFacts:
    rows: list = field(default_factory=list)             # list[TableRow]
    year_cells: list = field(default_factory=list)       # [(start, end, year)]
    inventory_spans: list = field(default_factory=list)  # [(start, end)] of project lists
    table_spans: list = field(default_factory=list)      # [(start, end)] of every table read
    quiet_spans: list = field(default_factory=list)      # [(start, end)]: header rows, retrospective columns
    retro_spans: list = field(default_factory=list)      # [(start, end)]: cells of retrospective columns (进展情况)
    # [(indicator cell, value cell, year, unit cell or None, place)]: the cells of an indicator table's rows
    indicator_cells: list = field(default_factory=list)
    # [(row cell, value cell, year, label, rise)]: a quota table's cells (label: group + year header)
    quota_cells: list = field(default_factory=list)


def column_kind(header: str) -> str | None:
    """The role of a column from its header cell (shared vocabulary: tables._COLS)."""
    h = re.sub(r"\s+", "", header)
    h = _ALIAS_TAIL.sub("", h)
    h = _PREFIX.sub("", h)
    if not h:
        return None
    if _YEAR_COL.search(h):
        return "year_target"
    if _CATEGORY.match(h):
        return "category"
    if h.endswith("名称") and not h.startswith("项目"):
        return "task"                      # 细则名称, 数据集名称, 任务名称: what the row is
    if re.search(r"(?:时间|时限|期限|节点)$", h) and not h.startswith("建设"):
        return "deadline"                  # 完成时限, 拟投入运营时间, 时间节点
    for k, rx in _COL_RE:
        if rx.match(h):
            return k
    if _DEPT_COL.match(h):
        return "responsible"
    return None


# a column of departments with no role word (指导部门, 主管部门, 国家部委, 省级部门):
# responsible (corpus/real/gold/CONVENTIONS.md C9).  Only for a table the reader kept as
# a block: in flattened text, 部门 alone is too common a word to find a header by.
_DEPT_COL = re.compile(r"^(?:(?:省|市|区|县)级?)?(?:指导|主管)?(?:部门|部委)$|^(?:国家|中央)部委$")


def _header_row(table):
    for i, row in enumerate(table.rows[:2]):
        kinds = [column_kind(c.text) for c in row.cells]
        units = {"lead", "responsible", "cooperating"} & set(kinds)
        if units and ({"task", "category"} & set(kinds)):
            return i, kinds
        if units and kinds.count("year_target") == 1 and "number" in kinds:
            # 序号 | 2022年预期目标 | 责任单位: each row's goal is its task, and its targets are due
            # at that year's end (both annotators of a 2022 district's table, probe batch 15)
            return i, kinds
        names = [c.text for c in row.cells]
        if any(_PROJECT.search(re.sub(r"\s+", "", n)) for n in names) and \
                sum(bool(_PROJECT_COLS.search(n)) for n in names) >= 1:
            return i, ["project"] * len(kinds)
    return None, None


def rows_from_blocks(text: str, tables: list, split_units, group_of=None) -> TableFacts:
    facts = TableFacts()
    for t in tables:
        facts.table_spans.append((t.start, t.end))
        _quiet(t, facts)
        facts.indicator_cells.extend(_indicator_cells(t))
        facts.quota_cells.extend(_quota_cells(t))
        if not any(t.start <= c[1].start < t.end for c in facts.indicator_cells + facts.quota_cells) \
                and _breakdown(text, t, split_units, facts):
            continue
        h, kinds = _header_row(t)
        if h is None:
            continue
        if kinds[0] == "project":
            facts.inventory_spans.append((t.start, t.end))
            continue
        header = t.rows[h].cells
        for j, k in enumerate(kinds):
            if k == "year_target":
                y = int(_YEAR_COL.search(re.sub(r"\s+", "", header[j].text)).group(1))
                for r in t.rows[h + 1:]:
                    if j < len(r.cells) and r.cells[j].text:
                        facts.year_cells.append((r.cells[j].start, r.cells[j].end, y))
        # task columns whose cells are mostly covered are categories
        body = [r for r in t.rows[h + 1:] if len(r.cells) == len(kinds)]
        for j, k in enumerate(kinds):
            if k == "task" and body:
                covered = sum(1 for r in body if r.cells[j].merged == "up")
                if covered * 3 >= len(body) and len(body) >= 3 and "task" in kinds[j + 1:]:
                    kinds[j] = "category"
        last: dict = {}          # column -> the filled cell above (value inherited)
        number, sub = "", 0
        group_text = ""
        for r in body:
            cells = r.cells
            # one cell filled across the row (merged left): a group heading row
            if sum(1 for c in cells if c.text) == 1 and cells[0].text and all(
                    c.merged == "left" or not c.text for c in cells[1:]):
                group_text = cells[0].text
                last = {}
                continue
            row_cells = []
            for j, c in enumerate(cells):
                if c.merged == "up" or (not c.text and kinds[j] in ("lead", "responsible", "cooperating", "category")
                                         and j in last and c.merged != "lost"):
                    row_cells.append(last.get(j, c))
                else:
                    row_cells.append(c)
                    if c.text:
                        last[j] = c
            num_j = kinds.index("number") if "number" in kinds else None
            if num_j is not None:
                nc = cells[num_j]
                if nc.merged == "up" or (not nc.text and number):
                    sub += 1
                else:
                    number, sub = nc.text.strip().rstrip(".、"), 1
            task_js = [j for j, k in enumerate(kinds) if k == "task"] or \
                [j for j, k in enumerate(kinds) if k == "year_target"]
            task_cells = [row_cells[j] for j in task_js if row_cells[j].text]
            if not task_cells:
                continue
            units = []
            for j, k in enumerate(kinds):
                if k in ("lead", "responsible", "cooperating") and row_cells[j].text:
                    c = row_cells[j]
                    for a, b in _printed_names(text, c):
                        units.extend(split_units(text[a:b], a, k, "table." + k))
            cat = [row_cells[j] for j, k in enumerate(kinds) if k == "category" and row_cells[j].text]
            group = cat[0].text if cat else group_text
            for c in cat:                            # (牵头单位：X) printed in a group cell
                m = _LEAD_IN_GROUP.search(text, c.start, c.end)
                if m:
                    units[:0] = split_units(m.group(1), m.start(1), "lead", "table.group_lead")
            dl = next((row_cells[j] for j, k in enumerate(kinds) if k == "deadline" and row_cells[j].text), None)
            # a sub-row of a merged number: its place under that number
            num = number
            if sub > 1 or (sub == 1 and _next_is_sub(body, r, num_j)):
                num = f"{number}/¶{sub}"
            tc = task_cells[0]
            facts.rows.append(TableRow(
                number=num, task=tc.text, units=units, deadline=dl.text if dl else "",
                start=r.start, end=r.end, task_start=tc.start, task_end=tc.end,
                deadline_start=dl.start if dl else -1, deadline_end=dl.end if dl else -1,
                group=group, cells={str(kinds[j] or header[j].text): c.text for j, c in enumerate(row_cells)},
                rule="table.block"))
    return facts


@functools.cache
def _indicator_rx():
    rs = rules.load("targets")
    return (rs.compile(rs["target.indicator_col"].pattern), rs.compile(rs["target.indicator_year_col"].pattern),
            rs.compile(rs["target.indicator_plain_col"].pattern))


_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")


def _indicator_cells(t) -> list:
    """(indicator cell, value cell, year, unit cell or None, place) of an indicator table: the header
    (one of the first two rows) has an indicator column and one or more target-year columns
    (``target.indicator_col``, ``target.indicator_year_col``), or, naming no year, a
    value column (预期值, 目标值: ``target.indicator_plain_col``; year None), or, naming neither, a
    column per place (``_place_columns``; place "" for the plan's own).  A year column marked
    as the base (2020年（基期）) is not a target; of two or more bare year columns the
    earliest is the base."""
    ind_rx, year_rx, plain_rx = _indicator_rx()
    for h, row in enumerate(t.rows[:2]):
        heads = [re.sub(r"\s+", "", c.text) for c in row.cells]
        ind = next((j for j, x in enumerate(heads) if ind_rx.match(x)), None)
        if ind is None:
            continue
        years = [(j, int(m.group("year")), m.group("mark") or "")
                 for j, x in enumerate(heads) if (m := year_rx.match(x))]
        targets = [(j, y) for j, y, mark in years if mark and not _BASE_MARK.search(mark)]
        if not targets:                  # no column says 目标: the unmarked ones, past the base
            bare = [(j, y) for j, y, mark in years if not mark]
            first = min((y for _, y, _ in years), default=None)
            targets = [(j, y) for j, y in bare if len(years) < 2 or y != first]
        if not targets and not years:    # 预期值 / 目标值 with no year: due when the plan ends
            targets = [(j, None) for j, x in enumerate(heads) if plain_rx.match(x)]
        places = {}
        if not targets and not years:    # the places an indicator is divided among, a column each
            places = _place_columns(heads, ind)
            targets = [(j, None) for j in places]
        if not targets:
            continue
        # a column of its own for the measure (单位 | 岁 | % …): each row's unit
        unit_col = next((j for j, x in enumerate(heads) if _UNIT_HEAD.match(x)), None)
        out = []
        for r in t.rows[h + 1:]:
            if len(r.cells) != len(heads) or r.cells[ind].merged or not r.cells[ind].text.strip():
                continue
            unit = r.cells[unit_col] if unit_col is not None else None
            out.extend((r.cells[ind], r.cells[j], y, unit, places.get(j, "")) for j, y in targets
                       if r.cells[j].text.strip() and not r.cells[j].merged)
        return out
    return []


# a column headed by a place (苏州市, 巴州区, 经开区, 全市): the header of an indicator table
# that divides each indicator among the places under the plan's own (both annotators of a
# 2018 city's 主要预期指标分解汇总表, probe batch 31)
_PLACE_HEAD = re.compile(r"^(?:全(?:省|市|区|县|州|盟|旗)|[\u4e00-\u9fff]{1,8}(?:省|市|区|县|旗|州|盟|镇|乡|街道))$")
_NOT_PLACE = re.compile(r"单位|分值|备注|属性|责任|牵头|配合|考核|目标|指标|时限|时间|年|值|类别|内容|序号|合计|总计|小计|说明")


def _place_columns(heads: list, ind: int) -> dict:
    """{column: place} of an indicator table's place columns: after the indicator (and its
    unit) column, a run of at least three short headers that are not a column word (单位,
    分值, 目标, 年 …), at least two of them a place by its suffix (常熟 | 太仓 | 高新区: the
    others are places the run names between them).  The first is the plan's own place,
    whose cells are the indicator itself (its place ""); the rest name a part of it."""
    j = ind + 1
    while j < len(heads) and _UNIT_HEAD.match(heads[j]):
        j += 1
    run = []
    while j < len(heads) and 1 <= len(heads[j]) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", heads[j]) \
            and not _NOT_PLACE.search(heads[j]):
        run.append(j)
        j += 1
    if len(run) < 3 or sum(bool(_PLACE_HEAD.match(heads[k])) for k in run) < 2 \
            or not _PLACE_HEAD.match(heads[run[0]]):
        return {}
    return {k: "" if n == 0 else heads[k] for n, k in enumerate(run)}


def _quota_cells(t) -> list:
    """(row cell, value cell, year, label, rise) of a quota table: the second header row names
    two or more years (``target.indicator_year_col``, no base mark) under a cell of the
    first row that says they are targets (分年度招生任务 | 1996年 | 1997年 | 1998年:
    ``target.quota_group``), the first column, spanning both header rows, names each row
    (a province, a unit, 总计).  Each row's year cells are its quotas, due at the year's
    end; label is the group and the year as printed (分年度招生任务1996年).  A column headed
    with a rise (扩招, 新增: ``target.quota_rise``) gives each row's rise, due at the last
    year (rise True)."""
    if len(t.rows) < 3:
        return []
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    if len(h0) != len(h1) or len(h0) < 3 or h1[0].merged != "up" or not h0[0].text.strip():
        return []
    _, year_rx, _ = _indicator_rx()
    group_rx = rules.load("targets")["target.quota_group"].regex
    cols = []
    for j, c in enumerate(h1):
        m = year_rx.match(re.sub(r"\s+", "", c.text))
        if not m or m.group("mark"):
            continue
        g = j
        while g > 0 and not h0[g].text.strip() and h0[g].merged == "left":
            g -= 1                          # the group cell the merged ones to its right belong to
        group = re.sub(r"\s+", "", h0[g].text)
        if g and group_rx.search(group):
            cols.append((j, int(m.group("year")), group + re.sub(r"\s+", "", c.text)))
    if len(cols) < 2:
        return []
    # a column beside them headed with a rise (扩招, 新增) spanning both header rows: the
    # rise each row is to reach by the last year (0 is no commitment)
    rise_rx = rules.load("targets")["target.quota_rise"].regex
    last = max(y for _, y, _ in cols)
    rises = [(j, re.sub(r"\s+", "", h0[j].text)) for j in range(1, len(h0))
             if h1[j].merged == "up" and rise_rx.match(re.sub(r"\s+", "", h0[j].text))]
    out = []
    for r in t.rows[2:]:
        if len(r.cells) != len(h0) or r.cells[0].merged or not r.cells[0].text.strip():
            continue
        out.extend((r.cells[0], r.cells[j], y, label, False) for j, y, label in cols
                   if r.cells[j].text.strip() and not r.cells[j].merged)
        out.extend((r.cells[0], r.cells[j], last, label, True) for j, label in rises
                   if r.cells[j].text.strip() not in ("", "0") and not r.cells[j].merged)
    return out


# a 合计 row sums the others: its figures are the table's whole, no unit's share and no task
_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|全(?:省|市|区|县|州|盟|旗))$")
_CAPTION_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")
_CAPTION_UNIT = re.compile(r"(?:单位|面积|金额|数量)\s*[:：]\s*([^\s|:：,，。;；]{1,6})")
_HEAD_YEAR = re.compile(r"^((?:19|20)[0-9]{2})\s*年度?")
_HEAD_MEASURE = re.compile(r"[(（]([^()（）]{1,8})[)）]$")
_HEAD_SHARE_WORD = re.compile(r"(?:目标值?|任务)$")


def _breakdown(text: str, t, split_units, facts: TableFacts) -> bool:
    """A breakdown table (目标任务分解表): its first column names each row's unit or area
    (``target.breakdown_row_col``), one or more others the figures each is to reach
    (``target.breakdown_value_col``); the other columns are figures read beside them
    (可种植面积) or notes.  Each figure of a share column is a target of its row (``quota_cells``:
    the row's name and the column's words as its anchor, 万州区外贸出口), due at the end of the
    year its header or the table's caption names; its measure is the header's bracket (目标(%))
    or the caption's 单位 line (金额单位:万美元).  Where the rows are units of work -- the
    first column is headed 责任单位 or the table speaks of 任务 (目标任务分解表, 任务面积) -- each
    row is also a task, its unit responsible (probe batches 155, 187: both annotators; a table
    of 地区 and their 目标, batch 188, gives targets only), unless a numbered heading stands right
    over the table (it is the task: batch 78).  A 合计 / 总计 / 小计 row gives neither; a 全市 row its
    targets, no task."""
    row_rx, value_rx = _breakdown_rx()
    rows = t.rows
    if len(rows) < 3:
        return False
    heads = [re.sub(r"\s+", "", text[c.start:c.end] if c.start >= 0 else c.text) for c in rows[0].cells]
    if len(heads) < 2 or not row_rx.match(heads[0]):
        return False
    cols = [j for j in range(1, len(heads)) if value_rx.search(heads[j]) and not _RETRO_COL.search(heads[j])]
    if not cols or any(column_kind(heads[j]) in ("task", "lead", "responsible", "cooperating", "deadline", "category")
                       for j in range(1, len(heads)) if j not in cols):
        return False
    body = [r for r in rows[1:] if len(r.cells) == len(heads) and r.cells[0].text.strip()
            and not r.cells[0].merged]
    if len(body) < 2 or any(c.text.strip() and not _SHARE_VALUE.match(c.text.strip())
                            for r in body for c in r.cells[1:]):
        return False
    ls = text.rfind("\n", 0, max(0, t.start - 1))
    for _ in range(2):                                  # the caption: up to three lines above
        if ls > 0:
            ls = text.rfind("\n", 0, ls)
    caption = text[max(0, ls + 1, t.start - 300):t.start]
    y = _CAPTION_YEAR.search(caption)
    u = _CAPTION_UNIT.search(caption)
    work = column_kind(heads[0]) == "responsible" or "任务" in caption or any("任务" in heads[j] for j in cols)
    if work and _under_heading(text, t.start):
        work = False                    # the numbered heading right above is the work; its rows are its shares
    labels = {}
    for j in cols:
        h = heads[j]
        hy = _HEAD_YEAR.match(h)
        label = h[hy.end():] if hy else h
        m = _HEAD_MEASURE.search(label)
        unit = m.group(1) if m else (u.group(1) if u else None)
        label = label[:m.start()] if m else label
        label = _HEAD_SHARE_WORD.sub("", label) or label
        year = int(hy.group(1)) if hy else int(y.group(1)) if y else None
        labels[j] = (label, year, unit)
    for r in body:
        name = r.cells[0]
        tight = re.sub(r"\s+", "", name.text)
        total = bool(_TOTAL_ROW.match(tight))
        if total and not tight.startswith("全"):
            continue
        for j in cols:
            if r.cells[j].text.strip():
                label, year, unit = labels[j]
                facts.quota_cells.append((name, r.cells[j], year, label, False, unit))
        if work and not total:
            units = split_units(text[name.start:name.end], name.start, "responsible", "table.breakdown")
            facts.rows.append(TableRow(
                number="", task=name.text, units=units, deadline="", start=r.start, end=r.end,
                task_start=name.start, task_end=name.end, group="",
                cells={heads[k]: c.text for k, c in enumerate(r.cells)}, rule="table.breakdown"))
    return True


def _under_heading(text: str, pos: int) -> bool:
    """Whether the last line with words before ``pos`` is a numbered heading (二、市级部门目标任务): a table set out
    under it (both annotators of a 2012 city's targets by unit, probe batch 78, read the heading as the task)."""
    from .structure import classify
    e = pos
    while e > 0:
        s = text.rfind("\n", 0, e - 1) + 1
        line = text[s:e].strip(" \t\u3000\n|")
        if line:
            return classify(line) is not None
        e = s
    return False


def _quiet(t, facts: TableFacts) -> None:
    """The header row (labels such as 主攻赛道（5个以内）) and the cells of columns
    headed 现状 / 基础 / 成效 or naming a scope (推广范围: 全国, 8个改革试验区域) hold
    no targets."""
    if not t.rows:
        return
    head = t.rows[0]
    facts.quiet_spans.append((head.start, head.end))
    for j, c in enumerate(head.cells):
        if _RETRO_COL.search(c.text) or _SCOPE_COL.search(c.text):
            for r in t.rows[1:]:
                if j < len(r.cells):
                    facts.quiet_spans.append((r.cells[j].start, r.cells[j].end))
                    if _RETRO_COL.search(c.text):
                        facts.retro_spans.append((r.cells[j].start, r.cells[j].end))


def _printed_names(text: str, cell) -> list:
    """Spans of a unit cell, cut where a printed line ends a complete name and
    the next begins another (省农业农村厅 / 省科学技术厅 printed on two lines with no
    separator); a name broken by the line (省发展改革 / 委) stays whole."""
    from .lexicon import looks_like_unit
    spans, a = [], cell.start
    hard = getattr(cell, "hard_breaks", False)     # each line a name of its own (a flattened copy)
    for b in getattr(cell, "breaks", ()):
        left, right = text[a:b].strip(), text[b:cell.end]
        last = re.split(r"[、,，;；]", left)[-1]          # the item the line break ends
        if hard and last and not _OPEN_BRACKET.search(last):
            spans.append((a, b))
            a = b
        elif (last and looks_like_unit(last, strict=True) and not _OPEN_BRACKET.search(last)
                and _UNIT_START.match(right)):
            spans.append((a, b))
            a = b
    spans.append((a, cell.end))
    return spans


_OPEN_BRACKET = re.compile(r"[(（][^)）]*$")
_UNIT_START = re.compile(r"\s*(?:省|市|区|县|州|自治区|国家|中国|各)")


def _next_is_sub(body, r, num_j) -> bool:
    if num_j is None:
        return False
    i = body.index(r)
    return i + 1 < len(body) and body[i + 1].cells[num_j].merged == "up"
