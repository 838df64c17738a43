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

import re

from .blocks import Cell, Table, layout

_HEAD_WORD = r"(?:序\s*号|编\s*号)"                 # the numbering column's header
_NUMBER_HEAD = re.compile("^" + _HEAD_WORD + "$")
# (a copy may close each cell's line with the bar that stood after it: 序号 | / 1 | / 全年 |)
_HEAD_LINE = re.compile(r"^[ \t\u3000]*" + _HEAD_WORD + r"[ \t\u3000\r]*\|?[ \t\u3000\r]*$", re.M)
_LABEL_BAD = re.compile(r"[。；;，,：:]")
_GROUP = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\S")
MAX_HEADER_CELLS = 10
MAX_HEADER_LEN = 16
MIN_ROWS = 2


def unflatten(text: str) -> tuple[str, list]:
    """The text with each flattened table rebuilt, and the tables (``Table``);
    ``(text, [])`` unchanged when there is none."""
    if not _HEAD_LINE.search(text):     # (one scan: most texts have no such line)
        return text, []
    lines = text.split("\n")
    starts = [i for i, ln in enumerate(lines) if _NUMBER_HEAD.match(_cell(ln))]
    if not starts:
        return text, []
    items: list = []
    done = 0                           # lines before this are placed
    found = False
    for i in starts:
        if i < done:
            continue
        got = _table_at(lines, i)
        if got is None:
            continue
        end, rows = got
        items.append("\n".join(lines[done:i]))
        # a group row spans the table: its other cells are covered from the left
        items.append(Table(rows=[[Cell(c) if c is not None else Cell("", merged="left") for c in r]
                                 for r in rows]))
        done = end
        found = True
    if not found:
        return text, []
    items.append("\n".join(lines[done:]))
    return layout(items)


def _cell(line: str) -> str:
    """A line's cell: the line without its blanks and a closing bar (全年 | → 全年)."""
    s = line.strip()
    return s[:-1].rstrip() if s.endswith("|") else s


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
    if k > 3 and _GROUP.match(cells[k - 1]):
        k -= 1                         # the first group's line, before row 1
    header = cells[:k]
    if k < 3 or any(len(c) > MAX_HEADER_LEN or _LABEL_BAD.search(c) for c in header):
        return None
    rows = [header]
    p, num, n_rows = k, 1, 0
    while p < len(cells):
        if cells[p] != str(num):
            # a group row between numbered rows (二、加快数字化转型): one line, then the next number
            if (n_rows or p == k) and p + 1 < len(cells) and cells[p + 1] == str(num) and _GROUP.match(cells[p]):
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
