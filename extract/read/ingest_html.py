"""Saved web pages: tell HTML from plain text, read the declared charset, and
turn a page into its visible text (blocks become lines, table cells joined by
" | ", navigation/scripts/hidden elements dropped).

    html_to_blocks(html) -> (text, [Table])
    html_to_text(html) -> text

A data table (a row of two cells or more) is also a block (``blocks.Table``):
``rowspan`` / ``colspan`` are laid on a grid, so a cell spanned from above is a
covered cell (``merged="up"``, empty between `` | `` in the text) and a later
row keeps its columns; a cell spanning columns is followed by cells covered
from the left.  A table whose rows have one cell each is layout (a page framed
by a table): its blocks are lines, as outside a table.  A table whose cells
hold several lines, or that holds or sits in another table's cell, stays text.
"""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from .blocks import Cell, Table, layout
from .ingest_error import IngestError

_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
                         re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:p|div|br|span|table|tr|td|th|a|li|ul|ol|h[1-6]|font|b|strong|"
                        r"center|img|body|head|meta|title|section|article)\b[^>]{0,500}>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_ENC = re.compile(rb"""<\?xml[^>]{0,200}encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)


def looks_html(s: str) -> bool:
    if _HTML_START.match(s[:4096]):
        return True
    s = s[:65536]
    n = len(_HTML_TAGS.findall(s))
    return n >= 5 and n * 500 >= len(s)


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset>, <?xml encoding>),
    as a Python codec name; None if none, or if it is not ASCII-compatible."""
    m = _META_CHARSET.search(head) or _XML_ENC.search(head)
    return _charset_name(m.group(1)) if m else None


def _charset_name(raw: bytes) -> str | None:
    name = raw.decode("ascii", "ignore").lower().replace("_", "-")
    if name in ("gb2312", "gbk", "x-gbk", "gb-2312", "gb18030", "euc-cn", "cp936", "hz-gb-2312"):
        return "gb18030"
    if name in ("big5", "big5-hkscs", "x-x-big5", "cp950"):
        return "big5hkscs"
    if name in ("utf-16", "utf-16le", "utf-16be", "unicode"):
        return None                          # the bytes are not ASCII-compatible: detect
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "nav", "header", "footer",
              "select", "svg", "math", "iframe", "object", "button", "title"}
_SKIP_ROLES = {"navigation", "banner", "contentinfo", "menu", "menubar"}
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
               "ul", "ol", "dl", "dt", "dd", "section", "article", "aside", "main",
               "blockquote", "pre", "hr", "address", "figure", "figcaption", "form",
               "fieldset", "center", "tbody", "thead", "tfoot", "caption", "body", "html"}
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed",
              "param", "source", "track", "wbr"}
_CJK_CH = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK_CH}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_CJK_CH}])")
_HTML_WS = re.compile(r"[ \t\n\r\f]+")


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip: list[str] = []           # stack of open skipped elements
        self.cells: list[int] = []          # per open table row: cells seen
        self.row_start: list[int] = []      # per open table row: where its output starts
        self.in_cell = 0
        self.pre = 0
        # tables as blocks: per open table, its rows of cells as ranges of self.out
        self.tstack: list[dict] = []
        self.blocks: list = []              # marker k -> rows of Cells (or None: stays text)
        self.nodes = 0
        from . import limits
        self.max_nodes = limits.current().html_nodes

    def _count(self):
        self.nodes += 1
        if self.nodes > self.max_nodes:
            from . import limits
            raise limits.breach("web page has too many elements", f"over {self.max_nodes:,}",
                                self.max_nodes, "--max-html-nodes")

    def _brk(self, tag=""):
        # a block boundary is "\x01" (adjacent ones merge into one line break); <br> is a
        # real line break ("<br><br>" leaves a blank line); inside a table cell "\x02", a
        # space; "\x03" separates cells.  html_to_text resolves them.
        self.out.append("\x02" if self.in_cell else "\n" if tag == "br" else "\x01")

    def handle_starttag(self, tag, attrs):
        self._count()
        if self.skip:
            if self.skip[0] == "head" and (tag == "body" or tag in _BLOCK_TAGS):
                self.skip.clear()                   # <head> left open: the body starts here
            else:
                if tag == self.skip[-1] and tag not in _VOID_TAGS:
                    self.skip.append(tag)
                return
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "").lower()
        if (tag in _SKIP_TAGS or (a.get("role") or "").lower() in _SKIP_ROLES or "hidden" in a
                or "display:none" in style or (a.get("aria-hidden") or "").lower() == "true"):
            if tag not in _VOID_TAGS:
                self.skip.append(tag)
            return
        if tag == "tr":
            self.out.append("\x01")
            self.cells.append(0)
            self.row_start.append(len(self.out))
            if self.tstack:
                t = self._close_row()
                t["row"] = {"start": len(self.out), "cells": []}
        elif tag in ("td", "th"):
            if self.tstack:
                self._close_cell()
            if self.cells:
                if self.cells[-1]:
                    self.out.append("\x03")
                self.cells[-1] += 1
            self.in_cell += 1
            if self.tstack:
                t = self.tstack[-1]
                if t["row"] is None:
                    t["broken"] = True
                else:
                    t["cell"] = [len(self.out), -1, _span(a.get("rowspan")), _span(a.get("colspan"))]
        elif tag in _BLOCK_TAGS:
            if tag == "table":
                # what the enclosing table's open rows and cells were: a nested table
                # ends by going back to them, not by forgetting them
                self.tstack.append({"start": len(self.out), "rows": [], "row": None, "cell": None,
                                    "broken": False,
                                    "outer": (len(self.cells), len(self.row_start), self.in_cell)})
            self._brk(tag)
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag in _BLOCK_TAGS:
            self._brk(tag)

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            elif tag in ("body", "html"):
                self.skip.clear()
            return
        if tag in ("tr", "td", "th", "table") and self.tstack:
            self._close_row() if tag in ("tr", "table") else self._close_cell()
        if tag == "tr":
            if self.cells:
                n = self.cells.pop()
                start = self.row_start.pop()
                if n == 1 and not self._section_row(start):
                    # a row of one cell is layout (a page framed by a table), not
                    # data: the blocks inside it are lines, as outside a table
                    self.out[start:] = [x.replace("\x02", "\x01") if x == "\x02" else x
                                        for x in self.out[start:]]
            self.out.append("\x01")
        elif tag in ("td", "th"):
            self.in_cell = max(0, self.in_cell - 1)
        elif tag == "table":
            # back to the enclosing table's open row and cell (a nested data table inside a
            # layout cell used to clear them, so the layout row's lines ran together)
            n_cells, n_rows, in_cell = self.tstack[-1]["outer"] if self.tstack else (0, 0, 0)
            del self.cells[n_cells:]
            del self.row_start[n_rows:]
            self.in_cell = in_cell
            self.out.append("\x01")
            if self.tstack:
                self._end_table(self.tstack.pop())
        elif tag in _BLOCK_TAGS and tag != "br":
            self._brk(tag)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        self._count()
        if self.skip:
            return
        data = re.sub("[\x01-\x04]", " ", data)
        if self.pre and not self.in_cell:
            self.out.append(data)
            return
        data = _CJK_BREAK.sub("", data)     # CSS: a line break between CJK characters vanishes
        self.out.append(_HTML_WS.sub(" ", data))


    # ------------------------------------------------------------ tables as blocks

    def _section_row(self, start: int) -> bool:
        """The row just closed is one cell spanning columns that holds one short line
        (一、知识产权保护方面(共5项) over a list's rows): a data table's section row,
        not a layout frame (which holds the page's paragraphs)."""
        t = self.tstack[-1] if self.tstack else None
        row = t["rows"][-1] if t and t["rows"] else None
        if row is None or row["start"] < start or len(row["cells"]) != 1 or row["cells"][0][3] < 2:
            return False
        s, e = row["cells"][0][:2]
        content = "".join(self.out[s:e]).strip(" \t\x02")
        return 0 < len(content) <= 80 and not re.search("[\n\x01\x02\x03\x04]", content)

    def _close_cell(self):
        t = self.tstack[-1]
        if t["cell"] is not None and t["row"] is not None:
            t["cell"][1] = len(self.out)
            t["row"]["cells"].append(t["cell"])
        t["cell"] = None
        return t

    def _close_row(self):
        t = self._close_cell()
        if t["row"] is not None:
            t["row"]["end"] = len(self.out)
            t["rows"].append(t["row"])
        t["row"] = None
        return t

    def _end_table(self, t):
        """At </table>: a data table's region of self.out becomes one marker
        line (resolved by html_to_blocks) when its cells are single lines and
        nothing but white space stands between them."""
        if self.tstack:                         # nested: the old flattening lost the outer rows
            for o in self.tstack:
                o["broken"] = True
        rows = None if t["broken"] else _grid(self.out, t)
        if not rows:
            return
        k = len(self.blocks)
        self.blocks.append(rows)
        self.out[t["start"] + 1:] = ["\x01", f"\x04{k}\x04", "\x01"]


_CELL_WS = re.compile(r"[ \t]*\x02[\x02 \t]*")
_BETWEEN = re.compile(r"[ \t\x01\x02\x03]*")


def _span(v) -> int:
    try:
        n = int(str(v).strip())
    except (TypeError, ValueError):
        return 1
    return n if 1 <= n <= 1000 else 1


def _grid(out: list, t: dict):
    """Rows of Cells of a finished table (rowspan / colspan laid on a grid), or
    None if it is layout or cannot be one line per row."""
    if not any(len(r["cells"]) > 1 or any(c[2] > 1 or c[3] > 1 for c in r["cells"]) for r in t["rows"]):
        return None                             # one cell a row: layout
    at = t["start"] + 1
    for r in t["rows"]:                         # between rows: white space only
        if not _BETWEEN.fullmatch("".join(out[at:r["start"]])):
            return None
        at = r["end"]
    if not _BETWEEN.fullmatch("".join(out[at:])):
        return None
    raw_rows = []
    for r in t["rows"]:
        cells = []
        at = r["start"]
        for s, e, rs, cs in r["cells"]:
            if not _BETWEEN.fullmatch("".join(out[at:s])):
                return None
            content = "".join(out[s:e])
            if re.search("[\n\x01\x03\x04]", content):
                return None
            lines = _CELL_WS.split(content.strip(" \t\x02"))      # <br>, <p> in the cell
            text, breaks = " ".join(lines), []
            for ln in lines[:-1]:
                breaks.append((breaks[-1] if breaks else 0) + len(ln) + 1)
            cells.append((text, tuple(breaks), rs, cs))
            at = e
        if not _BETWEEN.fullmatch("".join(out[at:r["end"]])):
            return None
        raw_rows.append(cells)
    rows, carry = [], {}
    for cells in raw_rows:
        row, col = [], 0
        for text, breaks, rs, cs in cells:
            while carry.get(col, 0) > 0:
                row.append(Cell("", merged="up"))
                carry[col] -= 1
                col += 1
            row.append(Cell(text, breaks=breaks))
            row.extend(Cell("", merged="left") for _ in range(cs - 1))
            for c in range(col, col + cs):
                if rs > 1:
                    carry[c] = rs - 1
            col += cs
        tail = [c for c, n in carry.items() if n > 0 and c >= col]
        for c in range(col, max(tail) + 1 if tail else col):
            if carry.get(c, 0) > 0:
                row.append(Cell("", merged="up"))
                carry[c] -= 1
            else:
                row.append(Cell(""))
        rows.append(row)
    if max((len(r) for r in rows), default=0) < 2:
        return None                             # one cell a row: layout
    # rows that give no line (no cell, or one empty cell) are not written, as before
    return [r for r in rows if not (len(r) <= 1 and not (r and r[0].text))
            and any(c.merged is None for c in r)]


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: blocks become lines, table cells joined by " | "."""
    return html_to_blocks(html)[0]


def html_to_blocks(html: str):
    """Visible text of an HTML page and its data tables: ``(text, [Table])``."""
    p = _TextParser()
    try:
        p.feed(html)
        p.close()
    except IngestError:
        raise
    except Exception as e:                  # html.parser is lenient; be safe anyway
        raise IngestError("", f"cannot parse HTML ({type(e).__name__}: {e})") from None
    text = re.sub(r"[ \t\x02]*\x03[ \t\x02]*", " | ", "".join(p.out))
    text = re.sub(r"[ \t\x02]*\x01[\x01\x02 \t]*", "\n", text)
    text = re.sub(r"[ \t]*\x02[\x02 \t]*", " ", text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)          # spaces left around line ends
    text = re.sub(r"(?m)^\|[ |]*$", "", text)             # a row of empty cells (a layout sidebar)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = text.strip("\n ")
    if not p.blocks or "\x04" not in text:
        return text, []
    parts = re.split(r"\x04(\d+)\x04", text)
    items: list = []
    last = len(parts) - 1
    for i, piece in enumerate(parts):
        if i % 2:
            items.append(Table(rows=p.blocks[int(piece)]))
            continue
        if i == 0:
            if piece:
                items.append(piece[:-1])
        elif i == last:
            if piece:
                items.append(piece[1:])
        elif piece != "\n":
            items.append(piece[1:-1])
    return layout(items, strip_rows=True)
