"""Blocks a reader gives beside its text: tables as rows of cells, each cell
with its character span in the text (so provenance points at exact characters).

    layout(items, strip_rows=False) -> (text, [Table])

``items`` are plain text (one line or several) and ``Table`` blocks whose cells
carry their own text and ``breaks`` relative to it; ``layout`` writes them one
after the other, a line break between items, each table row as one line with
its cells joined by `` | `` (a cell covered from the left is not written: the
spanning cell stands for it, and its span is empty at that cell's end), and
fills in every span (cells, rows, tables; a
cell's ``breaks`` become offsets in the text).  With ``strip_rows`` a row line
loses spaces at its ends (an empty first or last cell then sits at the edge of
the line, its span empty), as an HTML page's text does.

A cell covered by a merged cell has empty text and ``merged``: ``"up"`` (the
cell above spans it: vMerge, rowspan) or ``"left"`` (the cell to its left
spans it: gridSpan, colspan).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field


@dataclass(slots=True)
class Cell:
    text: str
    start: int = -1
    end: int = -1
    merged: str | None = None       # None | "up" | "left": covered by the cell above / to the left;
    #                                 "lost": left out by a copy cut inside its row (inherits nothing)
    breaks: tuple = ()              # offsets in text where a new printed line of the cell starts
    # each break starts a new item (a flattened copy wrote each of a cell's names on a line of
    # its own); otherwise a break may also fall inside a name a narrow column wrapped
    hard_breaks: bool = False


@dataclass(slots=True)
class Row:
    cells: list
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Table:
    rows: list
    page: int = 0
    start: int = -1
    end: int = -1
    pages: list = field(default_factory=list)


def layout(items, strip_rows: bool = False) -> tuple[str, list]:
    """Write text lines and tables into one text: ``(text, tables)`` with every
    cell's span computed (see the module docstring)."""
    out: list[str] = []
    tables: list[Table] = []
    pos = 0
    for item in items:
        if out:
            out.append("\n")
            pos += 1
        if isinstance(item, str):
            out.append(item)
            pos += len(item)
            continue
        item.start = pos
        for k, row in enumerate(item.rows):
            cells = row.cells if isinstance(row, Row) else row
            if cells and _silent(cells[0]):
                cells[0].merged = None          # nothing to its left: a blank cell
            if k:
                out.append("\n")
                pos += 1
            line = " | ".join(c.text for c in cells if not _silent(c))
            lead = len(line) - len(line.lstrip(" \t")) if strip_rows else 0
            keep = len(line.rstrip(" \t")) if strip_rows else len(line)
            if keep <= lead:
                lead = keep = 0
            at = 0
            for j, c in enumerate(cells):
                if _silent(c):                  # spanned from the left: the cell before stands for it
                    c.start = c.end = cells[j - 1].end if j else pos
                    c.breaks = ()
                    continue
                if j:
                    at += 3
                a, b = at, at + len(c.text)
                c.breaks = tuple(pos + a + x - lead for x in c.breaks if 0 < x < len(c.text))
                c.start = pos + min(max(a, lead), keep) - lead
                c.end = pos + min(max(b, lead), keep) - lead
                at = b
            line = line[lead:keep]
            item.rows[k] = Row(cells=cells, start=pos, end=pos + len(line))
            out.append(line)
            pos += len(line)
        item.end = pos
        tables.append(item)
    return "".join(out), tables


def _silent(c) -> bool:
    return c.merged == "left" and not c.text


def shift_spans(tables, removed) -> None:
    """Move every span after characters were removed from the text
    (``removed``: sorted offsets, in the old text, of the characters taken out)."""
    if not removed:
        return

    def f(p):
        return p - bisect_left(removed, p) if p >= 0 else p

    for t in tables:
        t.start, t.end = f(t.start), f(t.end)
        for r in t.rows:
            r.start, r.end = f(r.start), f(r.end)
            for c in r.cells:
                c.start, c.end = f(c.start), f(c.end)
                c.breaks = tuple(f(b) for b in c.breaks)
