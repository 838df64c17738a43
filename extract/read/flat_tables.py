"""Tables a copy has flattened to one cell per line, rebuilt as tables.

    unflatten(text) -> (text, [Table])

A crawler or a copy from a web page often writes a table's cells one per line
(blank lines between), losing its rows::

    序号
    指　　标
    预期值
    属性
    1
    生产安全事故死亡人数
    下降15%
    约束性
    2
    …

Such a run is read back as a table when it opens with a numbering header
(序号 / 编号), its header cells are short labels, and the body is rows that
each start with the next row number (1, 2, 3 …) and hold as many cells as the
header, with perhaps a group line between them (二、…, （三）…, a row of its own):
the table ends before the first row that does not.  A row whose cells
would include the next row's number is not taken (a cell missing from a merged
row would shift every row after it).  The rest of the text is left as it is;
the table is written as the other readers write tables (``blocks.layout``: one
line per row, cells joined by `` | ``), so every cell keeps its span.
"""
from __future__ import annotations

import functools
import re

from .. import rules
from .blocks import Cell, Table, layout

_HEAD_WORD = r"(?:序\s*号|编\s*号)"                 # the numbering column's header
_NUMBER_HEAD = re.compile("^" + _HEAD_WORD + "$")
# (a copy may close each cell's line with the bar that stood after it: 序号 | / 1 | / 全年 |)
_HEAD_LINE = re.compile(r"^[ \t\u3000]*" + _HEAD_WORD + r"[ \t\u3000\r]*\|?[ \t\u3000\r]*$", re.M)
_LABEL_BAD = re.compile(r"[。；;，,：:]")
_GROUP = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\S")
MAX_HEADER_CELLS = 16
MAX_HEADER_LEN = 16
MIN_ROWS = 2


def unflatten(text: str) -> tuple[str, list]:
    """The text with each flattened table rebuilt, and the tables (``Table``);
    ``(text, [])`` unchanged when there is none."""
    if "序" in text and _SPACED_HEAD.search(text):
        text = _one_cell_a_line(text)
    numbered = _HEAD_LINE.search(text) is not None     # (one scan: most texts have no such line)
    indicators = "指标" in text and _IND_HEAD_HINT.search(text) is not None
    shares = _BREAKDOWN_HINT.search(text) is not None
    if not numbered and not indicators and not shares:
        return text, []
    lines = text.split("\n")
    starts = [i for i, ln in enumerate(lines) if _NUMBER_HEAD.match(_cell(ln))] if numbered else []
    ind_starts = _indicator_heads(lines) if indicators else []
    share_starts = [text.count("\n", 0, m.start()) for m in _BREAKDOWN_HINT.finditer(text)] if shares else []
    if not starts and not ind_starts and not share_starts:
        return text, []
    items: list = []
    done = 0                           # lines before this are placed
    found = False
    for i in sorted(set(starts) | set(ind_starts) | set(share_starts)):
        if i < done:
            continue
        if i in share_starts and i not in starts and i not in ind_starts:
            got = _breakdown_at(lines, i)
        elif i in ind_starts and i not in starts:
            got = _indicator_table_at(lines, i)
        else:
            got = _table_at(lines, i)
            loose = _loose_table_at(lines, i)
            if loose is not None and (got is None or loose[0] > got[0]):
                got = loose                # rows of unequal length read further (merged cells left out)
        if got is None:
            continue
        end, rows = got
        items.append("\n".join(lines[done:i]))
        # a group row spans the table: its other cells are covered from the left
        items.append(Table(rows=[[c if isinstance(c, Cell) else Cell(c) if c is not None else Cell("", merged="left")
                                  for c in r] for r in rows]))
        done = end
        found = True
    if not found:
        return text, []
    items.append("\n".join(lines[done:]))
    return layout(items)


# ---------------------------------------------------------------- an indicator table without row numbers
#
# A table of indicators copied one cell a line, its header naming an indicator column and the
# years (类别 | / 主要指标 | / 单位 | / 2022年 | / 2027年 | / 来源 |, then each row's cells the same
# way): the rows are read by the header's width.  A category merged down its group is written on
# the group's first row only; a later row leaves it out (one cell less: the line after the indicator
# is its unit) and the copy writes a lone bar after that row, or before a row for its empty cell (a
# 2023 municipality's action plan, both annotators of probe batch 146).  A row is taken while its
# year cells hold figures (or /, —); the first that does not ends the table.

_IND_HEAD_HINT = re.compile(r"^[ \t\u3000]*(?:19|20)[0-9]{2}\s?年[^\n]{0,6}$", re.M)
_BAR_ONLY = re.compile(r"^[ \t\u3000]*\|[ \t\u3000]*$")
_FIGURE = re.compile(r"^(?:[0-9０-９.,，%‰≥≤<>＞＜~～\-—–/／:：+]|以上|以下|左右|万|亿|千|百|个|家|项|人|元)*$")


@functools.lru_cache(maxsize=1)
def _ind_rx():
    rs = rules.load("targets")
    return rs.compile(rs["target.indicator_col"].pattern), rs.compile(rs["target.indicator_year_col"].pattern)


_UNIT_CELL = re.compile(r"^(?:%|‰|/|／|—|[\u4e00-\u9fff]{1,2}(?:元|吨|米|个|家|项|人|户|亩|台|座|件|次|所|千瓦|公里|立方米|平方米)?|"
                        r"[\u4e00-\u9fff]{0,3}(?:元|吨|千瓦时|公顷|平方公里|立方米|平方米|公里|微克/立方米)|[A-Za-z/0-9.%³]{1,12})$")
_IND_COLUMN = re.compile(r"^(?:类别|分类|类型|领域|序号|编号|(?:计量)?单位|(?:数据)?来源|责任单位|责任部门|牵头单位|牵头部门|备注|"
                         r"(?:指标)?属性|指标类型|基期值|目标值|现状值|预期值)$")


def _head_cells(lines: list, i: int, width_max: int = 10) -> list:
    """The header cells from line ``i``: consecutive lines that each name a column of an indicator table
    (a closing bar dropped)."""
    ind_rx, year_rx = _ind_rx()
    out = []
    for j in range(i, min(len(lines), i + width_max)):
        c = re.sub(r"\s+", "", _cell(lines[j]))
        if not c or not (_IND_COLUMN.match(c) or ind_rx.match(c) or year_rx.match(c)):
            break
        out.append(_cell(lines[j]))
    return out


def _indicator_heads(lines: list) -> list:
    """Lines that open an indicator table's header copied one cell a line (see above)."""
    ind_rx, year_rx = _ind_rx()
    out = []
    for i, ln in enumerate(lines):
        if i and _head_cells(lines, i - 1, 1):
            continue                   # (only a run's first line)
        head = _head_cells(lines, i)
        heads = [re.sub(r"\s+", "", h) for h in head]
        if len(head) >= 3 and any(ind_rx.match(h) for h in heads) and any(year_rx.match(h) for h in heads):
            out.append(i)
    return out


def _indicator_table_at(lines: list, i: int):
    """(index of the first line after the table, rows) for an indicator table copied one cell a line
    whose header opens at line ``i`` (see above), else None."""
    ind_rx, year_rx = _ind_rx()
    header = _head_cells(lines, i)
    heads = [re.sub(r"\s+", "", h) for h in header]
    width = len(header)
    ind = next(j for j, h in enumerate(heads) if ind_rx.match(h))
    years = [j for j, h in enumerate(heads) if year_rx.match(h)]
    rows = [header]
    p = i + width
    # a category column before the indicator's, merged down its group: a row may write it (a label, or a lone
    # bar for the empty cell) or leave it out (the next line is then the indicator, the one after it its unit)
    category = ind == 1 and _CATEGORY_HEAD.match(heads[0]) is not None
    unit_col = ind + 1 if ind + 1 < width and re.match(r"^(?:计量)?单位$", heads[ind + 1]) else None
    while p + width - (1 if category else 0) <= len(lines):
        left_out = False
        if category and _BAR_ONLY.match(lines[p]):
            lead, step = [""], width - 1                # the empty category cell written as a lone bar
            p += 1
        elif category and unit_col is not None and p + 1 < len(lines) \
                and _UNIT_CELL.match(_cell(lines[p + 1]).replace(" ", "")):
            lead, step = [""], width - 1                # the category left out: covered by the one above
            left_out = True
        else:
            lead, step = [], width
        chunk = lines[p:p + step]
        if len(chunk) < step or any(not x.strip() or _BAR_ONLY.match(x) for x in chunk):
            break                      # a blank line: the table is over
        cells = lead + [_cell(x) for x in chunk]
        if not cells[ind] or any(not _FIGURE.match(cells[j].replace(" ", "")) for j in years) \
                or not any(cells[j] for j in years):
            break
        rows.append(cells)
        p += step
        if left_out and p < len(lines) and _BAR_ONLY.match(lines[p]):
            p += 1                     # (the row's missing cell written as a bar after it)
    if len(rows) - 1 < MIN_ROWS:
        return None
    return p, rows


# ---------------------------------------------------------------- a breakdown table, a row a line
#
# A table that hands each unit or area its share, copied a row a line with its cells parted by
# bars or blanks (a 2002 municipality's 目标任务分解表, probe batch 187)::
#
#     金额单位:万美元
#     责任单位 外贸出口目标 实到外资目标
#     万州区 1900 300
#     渝北区 2000 1000
#
# The header's first cell names the rows (``target.breakdown_row_col``), another a column of
# shares (``target.breakdown_value_col``); each row is a name and figures (or blank cells), as
# many as the header has.  The table ends before the first line that is not such a row; blanks
# part the cells only where every row has exactly the header's cells (three rows at least).

# (a header line's first cell, in simplified or traditional characters: the reader sees the text as written)
_BREAKDOWN_HINT = re.compile(r"^[ \t\u3000]*(?:[责責]\s?任\s?(?:[单單]\s?位|部\s?[门門])|[单單]\s?位|地\s?[区區]|[区區]\s?域|"
                             r"[区區][县縣]|[县縣][区區]|[县縣]市[区區]|市州|地市|[县縣]|[乡鄉]\s?[镇鎮]|[镇鎮]街|街[镇鎮]|[镇鎮]|[乡鄉])"
                             r"(?:[(（][^()（）\n]{1,8}[)）])?[ \t\u3000]*(?:\||[ \t\u3000]+\S)", re.M)
_BAR_SPLIT = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*")
# a share's cell: a plain figure, perhaps a percentage (find/table_blocks reads the block with the same)
SHARE = re.compile(r"^[0-9]+(?:\.[0-9]+)?%?$")


@functools.lru_cache(maxsize=1)
def breakdown_rules():
    """The header rules of a breakdown table: its rows' column, its shares' columns (rules/targets.yaml)."""
    rs = rules.load("targets")
    return rs["target.breakdown_row_col"].regex, rs["target.breakdown_value_col"].regex


def _split_row(line: str, bars: bool) -> list:
    """A line's cells: parted by bars (the empty cells a closing bar leaves dropped), or by blanks."""
    s = line.strip()
    if bars:
        cells = _BAR_SPLIT.split(s.strip("|").strip()) if s.startswith("|") else _BAR_SPLIT.split(s)
        while cells and not cells[-1]:
            cells.pop()
        return cells
    return s.split()


def _breakdown_at(lines: list, i: int):
    """(index of the first line after the table, rows) for a breakdown table whose header is line
    ``i`` (see above), else None."""
    from .normalize import normalize
    row_rx, value_rx = breakdown_rules()
    bars = "|" in lines[i]
    head = _split_row(lines[i], bars)
    tight = [normalize(re.sub(r"\s+", "", c), simplified=True) for c in head]
    if len(head) < 2 or not row_rx.match(tight[0]) or any(not c or len(c) > MAX_HEADER_LEN * 2 or _LABEL_BAD.search(c)
                                                          for c in tight):
        return None
    # a header printed twice or more side by side (单位 | 目标分值 | 单位 | 目标分值): each row holds as many
    # rows of the table, read left to right (a 2012 city's targets by unit, both annotators of probe batch 78)
    group = next((g for g in range(2, len(tight) // 2 + 1) if len(tight) % g == 0
                  and all(tight[j] == tight[j % g] for j in range(len(tight)))), len(tight))
    values = [j for j in range(1, group) if value_rx.search(tight[j])]
    if not values:
        return None
    rows = [head[:group]]
    p = i + 1
    while p < len(lines) and lines[p].strip():
        cells = _split_row(lines[p], bars)
        if bars:
            cells += [""] * (-len(cells) % group)
        chunks = [cells[k:k + group] for k in range(0, len(cells), group)]
        while len(chunks) > 1 and not any(chunks[-1]):
            chunks.pop()                # (a row short of its last group: 开江县 | 180 | under two groups)
        if len(cells) > len(head) or len(cells) % group or any(
                not c[0] or len(c[0]) > 20 or SHARE.match(c[0]) or _LABEL_BAD.search(c[0])
                or any(x and not SHARE.match(x) for x in c[1:]) or not any(c[j] for j in values) for c in chunks):
            break
        rows.extend(chunks)
        p += 1
    if len(rows) - 1 < (MIN_ROWS if bars else 3):
        return None
    return p, rows


# ---------------------------------------------------------------- rows of one line, cells spaced
#
# A copy that kept each row on its line with its cells parted by a blank:
#
#     序号 目标任务 责任单位 上半年推进情况
#     一、经济社会发展主要预期目标
#     1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。
#     2 第一产业增加值增长5%。 区农业农村委
#     区林业局
#     第一产业增加值同比增长3.4%。
#
# The header line and each numbered row line (1, 2, 3 … in order, group lines and
# lines a cell continued on between them) are written one cell a line -- each blank
# between cells becomes a line break, so every character keeps its place -- and the
# table is then read as any other copied one cell a line (``_loose_table_at``).  Only
# a header whose first cell is 序号 and whose cells name a task column and a unit
# column is taken; nothing after the last numbered row is touched.

_SPACED_HEAD = re.compile(r"^[ \t\u3000]*序\s?号(?:[ \t\u3000]+[^\s。；;，,：:|]{1,16}){2,9}[ \t\u3000]*$", re.M)
_SPACED_ROW = re.compile(r"^[ \t\u3000]*([0-9]{1,3})[ \t\u3000]+\S")
_BLANKS = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")
_WIDE = re.compile(r"[ \t\u3000]{2,}")


def _spaced(line: str) -> str:
    """``line`` with each run of blanks between two cells turned into line breaks (as many,
    so that nothing moves)."""
    return _BLANKS.sub(lambda m: "\n" * len(m.group()), line)


def _one_cell_a_line(text: str) -> str:
    """``text`` with each spaced table (see above) written one cell a line."""
    lines = text.split("\n")
    out = list(lines)
    changed = False
    for m in _SPACED_HEAD.finditer(text):
        i = text.count("\n", 0, m.start())
        kinds = [_head_kind(c) for c in lines[i].split()]
        if kinds[0] != "number" or "task" not in kinds or "unit" not in kinds:
            continue
        rows, num = [], 1
        for j in range(i + 1, min(len(lines), i + 1 + 60 * LOOSE_MAX_ROW_LINES)):
            r = _SPACED_ROW.match(lines[j])
            if r and int(r.group(1)) == num:
                rows.append(j)
                num += 1
            elif r and int(r.group(1)) != num:
                break                  # numbers out of order: not this table's rows
        width = len(kinds)
        if len(rows) < MIN_ROWS or any(_WIDE.search(lines[j].strip()) or len(lines[j].split()) > width for j in rows):
            continue                   # blanks inside cells, or runs of blanks for empty ones: the
            #                            column readers of find/tables.py read such rows
        for j in [i] + rows:
            out[j] = _spaced(lines[j])
        changed = True
    return "\n".join(out) if changed else text


# a category column's header before 序号 (分类 / 序号 / 事项 / 责任单位 / 牵头单位): its cells are merged down
# their groups, so the copy writes each once, as a line of its own before the group's first row number
# (发展目标 / 1 / … / 激发市场活力 / 14 / …: both annotators of a 2023 district's division of its report,
# probe batch 70)
_CATEGORY_HEAD = re.compile(r"^(?:分类|类别|类型|领域|板块|方向|任务类别|工作类别)$")


def _category_before(lines: list, i: int) -> bool:
    """Whether the non-blank line before the 序号 line ``i`` is a category column's header."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j >= 0 and bool(_CATEGORY_HEAD.match(_cell(lines[j]).replace(" ", "")))


def _category_label(c: str) -> bool:
    """A category cell written on its own line: a short label, no column word of a unit or a date."""
    return len(c) <= MAX_HEADER_LEN and not _LABEL_BAD.search(c) and not c.isdigit() \
        and _head_kind(c) in ("label", "task") and not _UNIT_END.search(c) and not _DATE.search(c)


def _group_line(c: str, category: bool) -> bool:
    """A group's line between numbered rows: 二、… / (三)…, or under a category header its label."""
    return bool(_GROUP.match(c)) or (category and _category_label(c))


def _category_first(cells: list, k: int, category: bool) -> bool:
    """Under a category header, the line before row 1 (``cells[k]``) is the first group's label when the
    lines before it make a header by themselves."""
    return category and _category_label(cells[k - 1]) and _is_header(cells[:k - 1])


_HEAD_NOTE = re.compile(r"[(（][^()（）]{1,24}[)）]$")


def _head_len(c: str) -> int:
    """A header cell's length without a note in brackets at its end (重点工作任务(杭州市2项配合工作): a 2021
    city's division table, both annotators of probe batch 72)."""
    return len(c) if _GROUP_COUNT.search(c) else len(_HEAD_NOTE.sub("", c))     # (…分解(15项): a group's count)


def _cell(line: str) -> str:
    """A line's cell: the line without its blanks and a closing bar (全年 | → 全年)."""
    s = line.strip()
    return s[:-1].rstrip() if s.endswith("|") else s


def _unnumbered_group(cells: list, k: int) -> bool:
    """Whether the line before row 1 (``cells[k]`` is "1") is a group line without a
    number (序号 / 名称 / 工作任务 / 主要责任单位 / 经济社会发展主要预期目标分解(15项) / 1 / …):
    row 1 runs to the 2 one cell short of the lines above it, and the line is no
    header word (longer, or a count of its items)."""
    try:
        width = cells.index("2", k + 1, k + MAX_HEADER_CELLS + 1) - k
    except ValueError:
        return False
    c = cells[k - 1]
    return width == k - 1 and (len(c) > MAX_HEADER_LEN or bool(_GROUP_COUNT.search(c))) and not _LABEL_BAD.search(c)


# a group line that counts its rows: …分解(15项)
_GROUP_COUNT = re.compile(r"[(（][0-9]{1,3}[项个条件][)）]$")


def _table_at(lines: list, i: int):
    """(index of the first line after the table, rows) for a flattened table whose
    header opens at line ``i``, else None."""
    cells, at = [], []                 # the non-blank lines from i, and their line indices
    for j in range(i, len(lines)):
        s = _cell(lines[j])
        if s:
            cells.append(s)
            at.append(j)
        if len(cells) > MAX_HEADER_CELLS and "1" not in cells:
            return None
    try:
        k = cells.index("1", 1, MAX_HEADER_CELLS + 1)
    except ValueError:
        return None
    category = _category_before(lines, i)
    first_group = k > 3 and (_unnumbered_group(cells, k) or _category_first(cells, k, category))
    if k > 3 and (_GROUP.match(cells[k - 1]) or first_group):
        k -= 1                         # the first group's line, before row 1
    header = cells[:k]
    if k < 3 or any(_head_len(c) > MAX_HEADER_LEN or _LABEL_BAD.search(c) for c in header):
        return None
    rows = [header]
    p, num, n_rows = k, 1, 0
    while p < len(cells):
        if cells[p] != str(num):
            # a group row between numbered rows (二、加快数字化转型): one line, then the next number
            if (n_rows or p == k) and p + 1 < len(cells) and cells[p + 1] == str(num) and (
                    _group_line(cells[p], category) or (p == k and first_group)):
                rows.append([cells[p]] + [None] * (k - 1))
                p += 1
                continue
            break
        row = cells[p:p + k]
        if len(row) < k or str(num + 1) in row[1:]:
            break                      # a short row would swallow the next row's number
        rows.append(row)
        p += k
        num += 1
        n_rows += 1
    while len(rows) > 1 and rows[-1][1] is None:
        rows.pop()                     # (a group line is not taken at the end)
        p -= 1
    if n_rows < MIN_ROWS:
        return None
    return at[p - 1] + 1, rows


# ---------------------------------------------------------------- rows of unequal length
#
# A copy of a web page's table often leaves a merged cell out of every row but the
# first it spans, and writes a cell of several printed lines (a list of units) as
# several lines, so rows differ in length:
#
#     序号 / 指标 / 工作任务 / 完成时限 / 责任领导 / 责任股室 / (单位) / 备注
#     1 / 公共文化服务 / “两馆一站”…增长15%。 / 12月底前 / 夏俊贵 / 文化宣传股 / 文化馆 / 图书馆
#     2 / 全年组织开展文化下乡…。 / 文化宣传股文化馆
#     3 / 开展好“三下乡”活动。
#
# Such a table is read when its header names a task column and a unit column: each
# row runs from its number to the next one, and its lines are given to the columns
# in order by what they look like (a label, the task, a date, a person, units); a
# column a row leaves out is covered by the cell above (GUIDE.md: a merged cell
# printed once applies to every row it spans).  A numbered task line after the row's
# units (①…, ②…) opens a sub-row of the same number; a list written with its marks
# (A、B) is a whole unit cell, names one a line are one cell's lines; a column after
# the task that is neither date, person nor units (进展情况, 备注) takes free text.

# (the column words are rules/vocabulary.yaml's, as the table readers of find/ use them)
_HEAD_KINDS = [
    ("number", re.compile(r"^(?:序号|编号)$")),
    # a column of values, not the task: a year's target (2023年目标, 2025年目标值), which the task
    # column's words (目标) would claim -- a 2023 county's list of targets, probe batch 36 (a present
    # value, 嘉善现值, is a label anyway: no kind below claims it)
    ("label", re.compile(r"^(?:19|20)[0-9]{2}年.{0,3}(?:目标|指标|预期)值?$")),
    ("other", rules.vocabulary().compile(r"^(?:备注|$col_person)$")),
    ("unit", rules.vocabulary().compile(
        r"^(?:(?:$role_any)(?:责任)?$col_unit_word|牵头|(?:$role_lead)(?:责任)?)(?:[(（][^()（）]{1,8}[)）])?$")),
    ("deadline", rules.vocabulary().compile(r"^(?:$col_deadline)$")),
    ("task", rules.vocabulary().compile(r"^(?:$col_task)$")),
]
_PERSON = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$")
_UNIT_END = re.compile(r"(?:局|委|办|厅|院|府|会|队|股|馆|室|中心|公司|单位|部门|机关|机构|街道|镇|乡|所|站|社|团|行|部|处|科|组|联|协|"
                       r"开发区|园区|集团|银行|海关|法院|检察院)(?:[(（][^()（）]{1,12}[)）])?[*＊★]?$")
_DATE = re.compile(r"[0-9]{4}|年|月|底|前|长期|持续|常态|每年|季度|全年")
_PROSE = re.compile(r"[。；;，,]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile(r"。$")
_SUB_MARK = re.compile(r"^(?:[①-⑳]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[0-9]{1,2}[.、．](?![0-9]))")   # ①…, (1)…
LOOSE_MAX_ROW_LINES = 40
_ROLE_NOTE = re.compile(r"[(（][^()（）]{0,30}(?:牵头|下同)[^()（）]{0,30}[)）]\s*$")
# the marks that part a list of units written in one cell (A、B; A,B: 各县市区人民政府,宜昌高新区管委会 -- probe batch 268)
_LIST_MARK = re.compile(r"[、,，]")
_LIST_CLOSE = re.compile(r"(?<=[\u4e00-\u9fff)）])(?:等)?[。.]?\s*$")


def _is_header(cells: list) -> bool:
    """Cells that make a header by themselves: the number first, one task column, a unit column."""
    return _header_kinds([_head_kind(c) for c in cells])


def _header_kinds(kinds: list) -> bool:
    """Column kinds that make a header: the number first, one task column, a unit column."""
    return bool(kinds) and kinds[0] == "number" and kinds.count("task") == 1 and "unit" in kinds


def _head_kind(cell: str) -> str:
    c = re.sub(r"\s+", "", cell)
    if _HEAD_NOTE.search(c) and not _GROUP_COUNT.search(c) and not re.match(r"^(?:(?:19|20)[0-9]{2}年|序号|编号)", c):
        bare = _HEAD_NOTE.sub("", c)
        kind = next((k for k, rx in _HEAD_KINDS if rx.match(bare)), None)
        if kind in ("task", "unit", "deadline"):
            return kind          # 重点工作任务(杭州市2项配合工作): the task column, with a note
    return next((k for k, rx in _HEAD_KINDS if rx.match(c)), "label")


_HEAD_TAIL = re.compile(r"^(?:单位|部门|科室|股室|处室)$")
_ROLE_END = re.compile(r"(?:牵头|责任|配合|协同|协办|主办|参与)\s*$")


def _join_head(pieces: list) -> list:
    """Header cells a copy broke over lines put back: a bracket opening a line
    closes the cell above (责任股室 / (单位)); one character alone opens the next
    (主 / 要 内 容)."""
    out: list = []
    glue = False
    for p in pieces:
        if out and (glue or p[0] in "(（" or (_HEAD_TAIL.match(p.strip()) and _ROLE_END.search(out[-1]))):
            # (牵头责任 / 单位: the role word's noun on the next line closes it -- a 2022 city's
            # report table, probe batch 62)
            out[-1] = out[-1] + p
        else:
            out.append(p)
        glue = len(re.sub(r"\s+", "", p)) == 1 and p != pieces[0]
    return out


def _fits(kind: str, c: str, before_task: bool) -> bool:
    """Whether a line can be a cell of a column of ``kind``."""
    short = len(c) <= 16 and not _PROSE.search(c)
    if kind == "number":
        return False
    if kind == "label":
        # before the task a short label (指标, 类别); after it free text (进展情况, 完成情况, 工作措施)
        return short and not _UNIT_END.search(c) if before_task else not (short and _UNIT_END.search(c))
    if kind == "task":
        return not (short and _UNIT_END.search(c)) and not _PERSON.match(c)
    if kind == "deadline":
        return bool(_DATE.search(c)) and not _UNIT_END.search(c)
    if kind == "other":
        return bool(_PERSON.match(c)) and not _UNIT_END.search(c)
    if kind == "unit":
        c = _ROLE_NOTE.sub("", c)      # (有多个部门的,列第一位的为牵头单位,下同): a role rule, no unit
        c = _LIST_CLOSE.sub("", c)     # 市发改委、六安供电公司等。: a list the cell closes as a sentence
        return len(c) <= 60 and all(_UNIT_END.search(x) for x in re.split(r"[、,，;；\s]+", c) if x)
    return False


def _loose_kinds(head: list) -> list:
    """The header's column kinds; of two task columns side by side the first names the task and the second is
    its text (序号 / 类别 / 重点工作事项 / 主要工作内容 / 牵头单位 / 责任单位: both annotators of a 2025 city's task
    list, probe batch 268, anchor a row on its 重点工作事项, or on the content where the row leaves it out)."""
    kinds = [_head_kind(c) for c in head]
    tasks = [x for x, k in enumerate(kinds) if k == "task"]
    if len(tasks) == 2 and tasks[1] == tasks[0] + 1:
        kinds[tasks[1]] = "label"
    return kinds


def _loose_table_at(lines: list, i: int):
    """``_table_at`` for rows of unequal length (see above), else None."""
    cells, at = [], []
    for j in range(i, len(lines)):
        s = _cell(lines[j])
        if s:
            cells.append(s)
            at.append(j)
        if len(cells) > MAX_HEADER_CELLS + 2 and "1" not in cells:
            return None
    try:
        k = cells.index("1", 1, MAX_HEADER_CELLS + 3)
    except ValueError:
        return None
    category = _category_before(lines, i)
    first_group = k > 3 and (_GROUP.match(cells[k - 1]) is not None or _category_first(cells, k, category))
    if first_group:
        k -= 1                         # the first group's line (一、量化类任务(共14项)), before row 1
    head = _join_head(cells[:k])
    if len(head) < 3 or any(_head_len(c) > MAX_HEADER_LEN or _LABEL_BAD.search(c) for c in head):
        return None
    kinds = _loose_kinds(head)
    if not _header_kinds(kinds):
        return None
    t = kinds.index("task")
    rows: list = [[Cell(c) for c in head]]
    p, num, n_rows, last_p = k, 1, 0, None
    while p < len(cells):
        if cells[p] != str(num):
            # a group line before the next number: a row spanning the table
            if p + 1 < len(cells) and cells[p + 1] == str(num) and _group_line(cells[p], category):
                rows.append([cells[p]] + [None] * (len(kinds) - 1))
                p += 1
                continue
            break
        q = p + 1
        while q < len(cells) and cells[q] != str(num + 1) and q - p <= LOOSE_MAX_ROW_LINES:
            q += 1
        end = q
        if q < len(cells) and cells[q] == str(num + 1) and q - 1 > p + 1 and _group_line(cells[q - 1], category):
            end = q - 1                # (the next group's line closes this row's lines)
        got = _loose_rows(cells[p + 1:end], kinds, t, num, first=n_rows == 0)
        if got is None:
            break
        taken, subrows = got
        if p + 1 + taken == end - 1 and end >= len(cells) and len(cells[-1]) <= 20 \
                and not re.search(r"[。;；!?！？:：、]", cells[-1]):
            # the copy ends inside this row (…建设进度。 / 沈): the cells it lost are not merged ones
            for c in subrows[-1]:
                if c.merged == "up" and not c.text:
                    c.merged = "lost"
        rows.extend(subrows)
        last_p = p + 1 + taken
        if p + 1 + taken < end:
            break                      # the rest does not fit the columns: the table ends there
        p, num, n_rows = end, num + 1, n_rows + 1
    if last_p is None or len(rows) < 3:
        return None
    return at[last_p - 1] + 1, rows


def _loose_rows(seg: list, kinds: list, t: int, num: int, first: bool):
    """(lines used, rows) for one numbered row's lines ``seg``, else None."""
    n = len(kinds)
    if len(seg) == n - 1 and kinds.count("unit") > 1 and all(_fits(kinds[x], c, x <= t) for x, c in enumerate(seg, 1)):
        # one line for each column, each fitting it: a full row (区发改局 / 区发改局 under 责任单位 / 牵头单位 --
        # two cells, not one cell's two lines; both annotators of a 2023 district's division, probe batch 70)
        return len(seg), [[Cell(str(num))] + [Cell(c) for c in seg]]
    out: list = []
    row: list = [None] * n
    row[0] = str(num)
    j = 1                                # the next column a line may go to
    used = 0
    last = None                          # the column the last line went to
    for c in seg:
        k = next((x for x in range(j, n) if _fits(kinds[x], c, x <= t)), None)
        if k is not None and kinds[k] == "label" and k > t and _fits("unit", c, False):
            # a list of units skips the value columns the row leaves empty (15、37 / 40、500 / 县发改局、…:
            # two of four year columns filled -- a 2023 county's list of targets, probe batch 36)
            k = next((x for x in range(k + 1, n) if kinds[x] == "unit"), k)
        if k is not None and kinds[k] == "unit" and row[k - 1] is None and k - 1 > t and kinds[k - 1] == "unit" \
                and j <= k - 1:
            k -= 1                       # units fill the first unit column the row reaches
        if k is None and j > 1 and row[j - 1] is not None and kinds[j - 1] == "unit" and _fits("unit", c, False):
            k = j - 1                    # one more line of the same list of units
        if k is None and last is not None and kinds[last] in ("label", "other") and last > t:
            k = last                     # one more line of a free text cell (进展情况: …; 完成率 / (100%))
        if k is None and j > t and row[t] is not None and _fits("task", c, True) and not _fits("label", c, True) \
                and len(_CJK.findall(c)) >= 4 and _SUB_MARK.match(c) \
                and any(row[x] is not None for x in range(t + 1, n) if kinds[x] == "unit"):
            out.append(row)              # a task after the units: a sub-row of the same number
            row = [None] * n             # (its number covered by the one above)
            k = t
        elif k is None and j > t and row[t] is not None and _SENTENCE.search(c) and len(_CJK.findall(c)) >= 4 \
                and any(row[x] is not None for x in range(t + 1, n) if kinds[x] == "deadline"):
            # a second item of the row, unnumbered, with its own date after it (开工建设县老年养护楼。/
            # 县民政局 / 5月底前动工 / 开工建设老年大学。/ 12月底前): one task, both items and both dates
            # (both annotators of a 2016 county table)
            k = t
        if k is None:
            break
        if kinds[k] == "unit" and row[k] is not None and (_LIST_MARK.search(c) or any(_LIST_MARK.search(x) for x in row[k])):
            # a list written with its marks is a whole cell: the next one is the next unit column's
            # (牵头单位 A、B / 责任单位 C、D); names one a line are one cell's lines (文化馆 / 图书馆)
            nxt = next((x for x in range(k + 1, n) if kinds[x] == "unit"), None)
            if nxt is not None:
                k = nxt
        if row[k] is None:
            row[k] = [c]
        else:
            row[k].append(c)
        j = k if kinds[k] == "unit" else k + 1
        last = k
        used += 1
    out.append(row)
    if not used or any(r[t] is None for r in out):
        return None
    built = []
    for r in out:
        cells = []
        for x, v in enumerate(r):
            if isinstance(v, list):
                text = " ".join(v)
                breaks, pos = [], 0
                for piece in v[:-1]:
                    pos += len(piece) + 1
                    breaks.append(pos)
                cells.append(Cell(text, breaks=tuple(breaks), hard_breaks=True))
            elif v is not None and x == 0:
                cells.append(Cell(v))
            else:                          # left out: covered by the cell above (none above the first row)
                cells.append(Cell("", merged=None if (first and not built) else "up"))
        built.append(cells)
    return used, built
