"""Division-of-labour tables (分工表) flattened to text.

    find_table_rows(text, start=0, end=None) -> list[TableRow]

A header line (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限; cells separated
by " | ", tabs or 2+ spaces) then one line per row.  The unit cells are split
with ``units.split_units``.  Re-exported by ``extract.find.units``.

Speed: a header must name a unit column (牵头/责任/配合 …) and a task column
(任务/措施/工作 …), so lines without those words are skipped by one ``re``
search over the span, and only the lines that hold both are split into cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from .. import rules
from .lexicon import looks_like_unit
from .unit_lists import split_units


@dataclass(slots=True)
class TableRow:
    """One row of a division-of-labour table (分工表) flattened to text.

    ``task`` is the text of the task column(s), ``units`` the UnitRefs of the
    牵头 / 责任 / 配合 columns with their roles (spans absolute), ``deadline``
    the 完成时限 cell as written.  ``group`` is the last one-cell heading row
    above (一、强化知识产权创造).  ``cells`` maps each header to its cell."""

    number: str
    task: str
    units: list
    deadline: str
    start: int
    end: int
    task_start: int = -1
    task_end: int = -1
    deadline_start: int = -1
    deadline_end: int = -1
    group: str = ""
    cells: dict = field(default_factory=dict)
    quiet: list = field(default_factory=list)     # [(start, end)] of its cells under a RETRO_COL header
    rule: str = "table.row"


_LVL = r"(?:省|市|区|县|区县|县区|县市区)?级?"


def _v(pattern: str) -> str:
    """A pattern with the fragments of rules/vocabulary.yaml written out."""
    return rules.expand(pattern, rules.vocabulary().fragments, "vocabulary.yaml", "find/tables.py")


_COLS = [
    ("number", r"序号|编号"),
    # columns that name people or notes: known, so the header is recognised, never units
    ("other", _v(r"备注|$col_person|工作要求|预期成效|完成标准|成果形式|工作成效")),
    # the role words and column words are rules/vocabulary.yaml's
    # (牵头负责部门: a 2016 State Council table's, both annotators of probe batch 116)
    ("lead", _LVL + _v(r"(?:牵头责任|牵头负责|$role_lead)$col_unit_word?")),
    ("cooperating", _LVL + _v(r"(?:$role_cooperating)(?:责任)?$col_unit_word")),
    # (负责单位 as a column's head: 序号 | 工作任务 | 负责单位 | 时间进度 -- both annotators of a 2017 city's tourism
    # division, probe batch 234; in running text 负责单位 is no label without its colon, rules/responsibility.yaml)
    ("responsible", _LVL + _v(r"(?:$role_responsible|负责)$col_unit_word")),
    ("deadline", _v(r"$col_deadline|时间进度")),
    ("task", _v(r"$col_task")),
]
_COL_RE = [(k, regex.compile(rf"^(?:{p})$")) for k, p in _COLS]
# a column headed with a year's goal (2026年目标, 2027年目标值): targets due that year (find/table_blocks.py reads
# its cells so), never the task's name
YEAR_COL = re.compile(r"(20\d\d)\s*年.{0,4}(?:目标|指标|任务|预期)")
# columns that report what is or what was done, not what is to be reached: no targets, no due
# dates in them (落实情况 / 完成情况: what a 督办 table reports was done -- both annotators of a 2020
# county table)
# (累计完成 / 累计进度 / 完成率: a progress table's columns of what is done so far -- both annotators of a 2024 county's
# livelihood progress table, probe batch 142)
RETRO_COL = re.compile(r"现状|基础|现有|已有|已建|成效|进展|截至|目前|落实情况|完成情况|推进情况|执行情况|实施情况|累计完成|"
                       r"累计进度|完成进度|完成率|完成比例")
_NUM_CELL = regex.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、]?$")
_GROUP_ROW = rules.vocabulary().compile(r"^(?:$heading_top)")
_DATE_CELL = regex.compile(r"\d{4}|年|月|底|前|长期|持续|常态|每年|季度")
_SEP = {"bar": regex.compile(r"\s*\|\s*"), "wide": regex.compile(r"\s{2,}"), "space": regex.compile(r"\s+")}
# a header line holds the word of a unit column and of a task column (the
# words of the lead / cooperating / responsible and task patterns above):
# tests/test_units.py checks these cover _COLS
_HDR_UNIT = rules.vocabulary().compile(r"$role_any|负责$col_unit_word")
# ... also written letter-spaced, as a header cell often is (牵 头 部 门): where to look for a header
_HDR_UNIT_LOOSE = regex.compile("|".join(["[ \u3000]?".join(w) for f in ("role_lead", "role_responsible",
                                                                        "role_cooperating") for w in rules.words(f)]
                                         + ["负[ \u3000]?责[ \u3000]?(?:" + "|".join(
                                             "[ \u3000]?".join(w) for w in rules.words("col_unit_word")) + ")"]))
_HDR_TASK = rules.vocabulary().compile(r"$col_task_word|名称")
_HDR_WORK = rules.vocabulary().compile(r"$col_task_word")


def _cells(line: str, base: int, mode: str):
    out, pos = [], 0
    for m in _SEP[mode].finditer(line):
        if m.start() > pos:
            out.append((line[pos:m.start()], base + pos, base + m.start()))
        elif mode == "bar":
            out.append(("", base + pos, base + pos))
        pos = m.end()
    if pos < len(line):
        out.append((line[pos:], base + pos, base + len(line)))
    elif mode == "bar" and line and not line.lstrip().startswith("|"):
        # a row written "1 | 任务 | 省X厅 |" ends with an empty cell (a merged or
        # blank last column); "| 1 | 任务 |" closes its outer pipe instead
        out.append(("", base + len(line), base + len(line)))
    if mode == "bar" and out and out[0][0] == "" and line.lstrip().startswith("|"):
        out = out[1:]
    return out


_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def _letter_spaced(cells: list) -> list:
    """Cells split at single blanks with a letter-spaced header cell (序号 工 作 任 务 牵头负责部门) joined again:
    a run of one-character cells is one cell (a 2016 State Council table, both annotators of probe batch 116)."""
    out: list = []
    run: list = []
    for c in cells + [("", -1, -1)]:
        if len(c[0]) == 1 and "\u4e00" <= c[0] <= "\u9fff":
            run.append(c)
            continue
        if len(run) >= 2:
            out.append(("".join(x[0] for x in run), run[0][1], run[-1][2]))
        else:
            out.extend(run)
        run = []
        if c[1] >= 0:
            out.append(c)
    return out


def _header(line: str, base: int):
    tight = _SPACED.sub("", line)         # (header cells set letter-spaced: 牵 头 部 门)
    if not (_HDR_UNIT.search(tight) and _HDR_TASK.search(tight)):
        return None
    if "|" not in line and not _SEP["space"].search(line.strip()):
        return None                       # one cell only
    for mode in ("bar", "wide", "space"):
        if mode == "bar" and "|" not in line:
            continue
        cells = _cells(line.strip(), base + len(line) - len(line.lstrip()), mode)
        if mode == "space":
            cells = _letter_spaced(cells)
        if len(cells) < 3:
            continue
        kinds = []
        for c, _, _ in cells:
            c = _SPACED.sub("", c.strip())
            k = next((k for k, rx in _COL_RE if rx.match(c)), None)
            if k is None and RETRO_COL.search(c):
                k = "other"         # what is done so far: a column the row's work is read beside, no unknown
            if k is None and c.endswith("名称") and not c.startswith("项目"):
                k = "task"          # 名称, 指标名称: what the row is, as table_blocks.column_kind reads it
            kinds.append(k)
        if kinds.count("task") > 1:
            # a year's goal column beside the column that names the row (名 称 | 2025年目标): the goal is no
            # part of the task's name (both annotators of a 2025 city's target list, probe batch 104); a 名称
            # column beside one of work (实事名称 | 工作内容) leaves the work to say what the task is
            tight = [_SPACED.sub("", c.strip()) for c, _, _ in cells]
            kinds = ["other" if k == "task" and YEAR_COL.match(t) else k for t, k in zip(tight, kinds)]
            if kinds.count("task") > 1:
                kinds = ["other" if k == "task" and t.endswith("名称") and not _HDR_WORK.search(t) else k
                         for t, k in zip(tight, kinds)]
        # (a column or two the vocabulary does not know: 指标要求, 目标类型 beside 任务名称, 牵头部门, 配合部门)
        named = [k for (c, _, _), k in zip(cells, kinds) if c.strip()]       # (not the empty cell a closing bar leaves)
        if len(cells) >= 3 and named.count(None) <= max(1, len(named) // 3) and \
                {"lead", "responsible", "cooperating"} & set(kinds) and "task" in kinds:
            return mode, kinds, [c for c, _, _ in cells]
    return None


def header_line(line: str) -> bool:
    """Whether ``line`` is the header of a division-of-labour table (序号 | 重点任务 | 牵头单位 | …)."""
    return _header(line, 0) is not None


def find_table_rows(text: str, start: int = 0, end: int | None = None) -> list:
    """Rows of division-of-labour tables in text[start:end]: a header line
    (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, cells separated by " | ",
    tabs or 2+ spaces) then one line per row.  A one-cell numbered line is a
    group heading (also when written with its empty cells); a one-cell line
    that is not continues the previous row's task; anything else ends the
    table.  A blank unit cell takes the unit cell above it in the same group
    (a merged cell printed once)."""
    end = len(text) if end is None else end
    rows: list = []
    hdr = None
    group = ""
    above: dict = {}          # column -> the filled unit cell above, in this group
    pos = start
    while pos < end:
        if hdr is None:
            # outside a table only a header line matters: go to the next
            # line holding a unit-column word
            m = _HDR_UNIT_LOOSE.search(text, pos, end)
            if m is None:
                break
            ls = text.rfind("\n", pos, m.start())
            pos = pos if ls < 0 else ls + 1
        le = text.find("\n", pos, end)
        le = end if le < 0 else le
        line = text[pos:le]
        base = pos
        pos = le + 1
        if not line.strip():
            continue
        h = _header(line, base)
        if h:
            hdr, group, above = h, "", {}
            continue
        if hdr is None:
            continue
        mode, kinds, names = hdr
        cells = _cells(line.strip(), base + len(line) - len(line.lstrip()), mode)
        if len(cells) > 1 and not any(c.strip() for c, _, _ in cells[1:]) and _GROUP_ROW.match(cells[0][0]) \
                and len(cells[0][0]) <= 40:
            cells = cells[:1]                 # 一、强化知识产权创造 |  |  | : a group row written with its empty cells
        if len(cells) == 1:
            c = cells[0][0]
            if _GROUP_ROW.match(c) and len(c) <= 40:
                group = c
                above = {}
                continue
            if rows and "。" not in c[-1:] and len(c) <= 60:
                r = rows[-1]
                r.task += c
                r.end = cells[0][2]
                continue
            hdr = None
            continue
        filled = [c for c, _, _ in cells if c.strip()]
        if rows and "number" in kinds and filled and not _NUM_CELL.match(filled[0].strip()) \
                and not _GROUP_ROW.match(filled[0]) and kinds[0] == "number" and cells[0][0].strip() \
                and len(filled) < sum(1 for n in names if n.strip()) - 1:
            # a sub-row of the numbered row above, its merged cells (序号, 项目名称 …) printed once there:
            # “三公里”充分就业社区6个 | 6 | 100% | |||| under 1 | 促进重点群体稳定就业 | 城镇新增就业2450人 | … (both
            # annotators of a 2024 county's progress table, probe batch 142): part of that row, no row of its own
            rows[-1].end = max(rows[-1].end, cells[-1][2])
            continue
        while len(cells) > len(kinds) and not cells[-1][0].strip():
            # the empty cells past the header's width that a closing bar leaves on a row written without its
            # opening one ((一)整治市容环境卫生 | … | 城管局 | 城管局、各街办、园区 | 王鹏 |: a 2023 district's guide,
            # both annotators of probe batch 154)
            cells = cells[:-1]
        if 1 < len(cells) < len(kinds):
            # a cell broken over two lines: the next line holds the rest of the row
            nle = text.find("\n", pos, end)
            nle = end if nle < 0 else nle
            nline = text[pos:nle]
            if nline.strip():
                more = _cells(nline.strip(), pos + len(nline) - len(nline.lstrip()), mode)
                if len(cells) + len(more) - 1 == len(kinds) and not _NUM_CELL.match(more[0][0]):
                    last = cells[-1]
                    cells = cells[:-1] + [(last[0] + more[0][0], last[1], more[0][2])] + more[1:]
                    pos = nle + 1
        if len(cells) == len(kinds) and not cells[-1][0].strip():
            # a unit cell merged with the one above, left out of the row, the trailing bar's empty cell
            # standing in for it at the end (2 | 为全县重点人群… | 4月:… | 已完成。… | | under 序号 | 项目内容 |
            # 月度工作计划 | 牵头单位 | 落实情况 |: both annotators of a 2024 county's progress table, probe batch 142):
            # the cells from the unit column on move one right, and the blank unit cell takes the one above
            j = next((j for j, k in enumerate(kinds) if k in ("lead", "responsible", "cooperating")), None)
            if j is not None and j in above and cells[j][0].strip() and not _is_unit_cell(cells[j][0]) \
                    and not any(_is_unit_cell(c) for c, _, _ in cells[j + 1:]):
                a = cells[j][1]
                cells = cells[:j] + [("", a, a)] + cells[j:-1]
            elif j is not None and j > 1 and j + 1 < len(cells) and cells[j][0].strip() \
                    and not _is_unit_cell(cells[j][0]) and _is_unit_cell(cells[j + 1][0]):
                # … or one cell more before it, a column the row divides (4 | 加强…保障 | 最低生活保障 |
                # 农村标准(760元/月) | 县民政局 | |||: the same table): the extra cell joins the one before, and the
                # cells from the unit on move one left
                (t1, a1, _), (t2, _, b2) = cells[j - 1], cells[j]
                cells = cells[:j - 1] + [(t1 + " " + t2, a1, b2)] + cells[j + 1:] + [("", b2, b2)]
            elif j is not None and j >= 2 and kinds[0] != "number" and cells[0][0].strip() \
                    and not _is_unit_cell(cells[0][0]) and all(
                    _is_unit_cell(cells[i - 1][0]) for i, k in enumerate(kinds) if k in ("lead", "responsible",
                                                                                         "cooperating")):
                # … or the first cell, a column of the work's field merged down from the row above (| 工作 | 工作任务
                # | 牵头单位 | 责任单位 | 包抓领导 |, a row 开展…活动 | 城管局 | 住建局、… | 王鹏 | |: the same guide): the
                # cells move one right, each unit list into its column
                a = cells[0][1]
                cells = [("", a, a)] + cells[:-1]
        if len(cells) == len(kinds):
            # a blank unit cell takes the unit cell above it in the same group
            # (a merged cell printed once, as a pipe table writes it)
            for j, k in enumerate(kinds):
                if k in ("lead", "responsible", "cooperating"):
                    if cells[j][0].strip():
                        above[j] = cells[j]
                    elif j in above:
                        cells[j] = above[j]
        rows.append(_row(text, cells, kinds, names, group))
    return rows


def _row(text, cells, kinds, names, group) -> TableRow:
    assign: dict = {}
    if len(cells) == len(kinds) or _leading_cells(cells, kinds):
        # (or the row's last cells left off, 7 | 企业职工退休… | … | 县人社局 | 921 | 以实际完成数统计 | under a header of
        # nine: its cells stand in the header's order, each unit cell where a unit column is -- both annotators of a
        # 2024 county's progress table, probe batch 142)
        for k, n, c in zip(kinds, names, cells):
            assign.setdefault(n if k in (None, "other") else k, []).append(c)
    else:                                   # cells lost: assign by content
        rest = list(cells)
        if rest and "number" in kinds and _NUM_CELL.match(rest[0][0]):
            assign["number"] = [rest.pop(0)]
        if rest and "deadline" in kinds and _DATE_CELL.search(rest[-1][0]) and len(rest[-1][0]) <= 20:
            assign["deadline"] = [rest.pop()]
        unit_cols = [k for k in kinds if k in ("lead", "responsible", "cooperating")]
        tail = []
        keep = 1 if "task" in kinds else 0        # the task column keeps a cell
        while len(rest) > keep and len(tail) < len(unit_cols) and _is_unit_cell(rest[-1][0]):
            tail.insert(0, rest.pop())
        for k, c in zip(unit_cols, tail):
            assign[k] = [c]
        if rest:
            assign["task"] = rest
    units = []
    for k in ("lead", "responsible", "cooperating"):
        for c, a, b in assign.get(k, []):
            units.extend(split_units(c, a, k, "table." + k))
    task_cells = assign.get("task", [])
    dl = assign.get("deadline", [("", -1, -1)])[0]
    num = assign.get("number", [("", -1, -1)])[0][0]
    return TableRow(
        number=num, task="".join(c for c, _, _ in task_cells), units=units, deadline=dl[0],
        start=cells[0][1], end=cells[-1][2],
        task_start=task_cells[0][1] if task_cells else -1, task_end=task_cells[-1][2] if task_cells else -1,
        deadline_start=dl[1], deadline_end=dl[2], group=group,
        cells={(n if k in (None, "other") else k): c for k, n, (c, _, _) in zip(kinds, names, cells)}
        if len(cells) == len(kinds) else
        {k: "".join(c for c, _, _ in v) for k, v in assign.items()},
        quiet=[(a, b) for k, n, (_, a, b) in zip(kinds, names, cells)
               if k in (None, "other") and RETRO_COL.search(re.sub(r"\s+", "", n))] if len(cells) == len(kinds) else [])


def _leading_cells(cells, kinds) -> bool:
    """A row that keeps the header's first columns in order and lost only its last ones: it opens on its
    number, and every unit column it reaches holds a unit list."""
    if not (2 < len(cells) < len(kinds)) or kinds[0] != "number" or not _NUM_CELL.match(cells[0][0].strip()):
        return False
    units = [j for j, k in enumerate(kinds[:len(cells)]) if k in ("lead", "responsible", "cooperating")]
    return bool(units) and all(_is_unit_cell(cells[j][0]) for j in units)


def _is_unit_cell(c: str) -> bool:
    us = split_units(c)
    return bool(us) and all(looks_like_unit(u.name) for u in us)
