"""PDF files with a text layer, read with pypdfium2: text with its geometry,
and tables as blocks.

    read_pdf(data, warnings, emphasis=None) -> (text, tables)

Text comes from pdfium's text layer (about 20x faster than pdfminer, and free
of the Kangxi-radical look-alikes pdfminer emits for some fonts).  Every
character keeps its box, so lines are rebuilt by position, page numbers and
running headers are dropped by position and repetition, and lines are
re-joined into paragraphs from their geometry (a line that reaches the right
margin continues unless the next one is indented or starts a heading).
Spaces that pdfium *generates* for a gap between glyphs are dropped unless
they separate two Latin words (``2026 年`` → ``2026年``, ``超过 90%`` →
``超过90%``); spaces drawn as glyphs are kept.

Tables: only pages whose path objects draw ruling lines (two horizontal and
two vertical edges, read from pdfium's page objects for free) are searched,
by pdfplumber's table finder fed with those edges (no second parse of the
page).  A cell's text is pdfium's characters inside the cell box, so tables
and paragraphs read the same characters.  A table is written into the text as
one line per row, cells joined by `` | ``; the returned ``Table`` blocks give
every cell's span in that text, and ``merged`` for a cell covered by a merged
cell above (``up``) or to the left (``left``), whose text is then empty.  A
table that goes on at the top of the next page is joined to the one before it
(a repeated header row is dropped).

Typeface: every CJK character keeps its style (font family, bold — by
weight, by name, or by glyphs stroked as well as filled, the fake bold of
Chinese office suites), looked up once per font and render mode.  With a list
as ``read_pdf(..., emphasis=[])`` the reader adds the spans of text set apart
from the body (bold where the body is not, or another family: 黑体 / 楷体
headings in a 仿宋 text): layout evidence for headings the plan does not
number (find/structure.py).

Scanned pages, fonts without a Unicode mapping, encrypted and damaged files
are refused or warned about with a one-line reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import limits as _limits
from .blocks import Cell, Row, Table  # noqa: F401 (the block model, shared with DOCX and HTML)
from .ingest_error import IngestError
from .pdf_guard import MAX_DEFLATE_RATIO, check_inflated  # noqa: F401 (the guard, kept importable here)
from .unwrap import FINAL as _FINAL, HEADING_START as _HEADING_START, PAGE_NO as _PAGE_NO
from .unwrap import REVISION_LABEL as _REVISION_LABEL

_CID = re.compile(r"\(cid:\d+\)")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    x1: float
    top: float
    bottom: float
    generated: bool
    style: tuple | None = None      # (font family, bold) of a CJK glyph; None: not judged (Latin, digits)


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    table: object = None            # a _PageTable placed here instead of text
    styles: list | None = None      # per character of text: its _Char.style (None where not judged)


@dataclass(slots=True)
class _PageTable:
    rows: list                      # list[list[Cell]]
    top: float
    bottom: float
    page: int
    cols: tuple = ()                # left edge of each column



class _Pdfium:
    """The few pdfium functions the per-character and per-object loops call,
    as bare C function pointers: no argument conversion (handles are passed as
    they are, indices as C ints, results written through pointers made once).
    Each call costs about half of pypdfium2's wrapped one, and these loops
    make about a million of them for 300 pages."""

    def __init__(self):
        import ctypes

        import pypdfium2.raw as raw

        def fn(f, restype=ctypes.c_int):
            return ctypes.CFUNCTYPE(restype)(ctypes.cast(f, ctypes.c_void_p).value)

        def fn_handle(f, restype=ctypes.c_int):
            # one argument, a handle: declared, so that a handle can be passed as the
            # plain int pdfium returned (no c_void_p made for each call)
            return ctypes.CFUNCTYPE(restype, ctypes.c_void_p)(ctypes.cast(f, ctypes.c_void_p).value)

        ptr = ctypes.c_void_p
        self.get_object = fn(raw.FPDFPage_GetObject, ptr)
        self.obj_type = fn_handle(raw.FPDFPageObj_GetType)
        self.obj_bounds = fn(raw.FPDFPageObj_GetBounds)
        self.obj_matrix = fn(raw.FPDFPageObj_GetMatrix)
        self.text_font = fn_handle(raw.FPDFTextObj_GetFont, ptr)
        self.font_embedded = fn_handle(raw.FPDFFont_GetIsEmbedded)
        self.count_segments = fn(raw.FPDFPath_CountSegments)
        self.get_segment = fn(raw.FPDFPath_GetPathSegment, ptr)
        self.segment_point = fn(raw.FPDFPathSegment_GetPoint)
        self.segment_type = fn(raw.FPDFPathSegment_GetType)
        self.segment_close = fn(raw.FPDFPathSegment_GetClose)
        self.is_generated = fn(raw.FPDFText_IsGenerated)
        self.char_box = fn(raw.FPDFText_GetCharBox)
        self.loose_box = fn(raw.FPDFText_GetLooseCharBox)
        # a character's style: its text object, that object's font and render mode
        self.text_object = fn(raw.FPDFText_GetTextObject, ptr)
        self.render_mode = fn_handle(raw.FPDFTextObj_GetTextRenderMode)
        self.font_name = fn(raw.FPDFFont_GetBaseFontName, ctypes.c_size_t)
        self.font_weight = fn(raw.FPDFFont_GetWeight)


_PDFIUM: list = []


def _pdfium() -> _Pdfium:
    if not _PDFIUM:
        _PDFIUM.append(_Pdfium())
    return _PDFIUM[0]


_STYLE_SUFFIX = re.compile(r"(?:[-,_ ]?(?:Bold|BoldMT|Bd|Heavy|Black|Semibold|SemiBold|DemiBold|Demi|"
                           r"Medium|Italic|Oblique|Regular|PSMT|PS|MT))+$")
_BOLD_NAME = re.compile(r"Bold|Heavy|Black|Semibold|Demi|\bBd\b|粗", re.I)


def font_style(name: str, weight: int = -1, render_mode: int = 0) -> tuple:
    """(family, bold) of a font: the family is the name without its subset
    prefix (ABCDEF+) and weight/style suffixes; bold is a bold weight, a bold
    name, or glyphs stroked as well as filled (the "fake bold" of Chinese
    office software: text render modes 1, 2, 5, 6)."""
    name = name.split("+", 1)[-1] if re.match(r"^[A-Z]{6}\+", name) else name
    family = _STYLE_SUFFIX.sub("", name) or name
    bold = weight >= 600 or bool(_BOLD_NAME.search(name)) or render_mode in (1, 2, 5, 6)
    return family, bold


def _judged(ch: str) -> bool:
    """Characters whose typeface tells a heading from body text: CJK
    ideographs and full-width punctuation (Latin letters and digits are often
    set in a Latin font whatever the paragraph's style)."""
    return ch >= "\u2e80" and not ("\uff10" <= ch <= "\uff5a")


def page_chars(page, textpage, height):
    """Characters of a page with top-left boxes, generated ones marked.  The
    horizontal extent is the glyph's tight box; the vertical extent is its
    loose box (the font's ascent and descent), which is set even for fonts
    whose glyphs have no box of their own (non-embedded CJK fonts).  A CJK
    character carries its style (``font_style``), read once per font and
    render mode (an office suite's PDF often draws each glyph as its own
    text object)."""
    import ctypes

    import pypdfium2.raw as raw
    from pypdfium2 import PdfiumError
    n = textpage.count_chars()
    if n <= 0:
        return []
    s = textpage.get_text_range(0, n)
    f = _pdfium()
    is_generated, char_box, loose_box = f.is_generated, f.char_box, f.loose_box
    tp = textpage.raw
    cl, cr, cb, ct = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    pl, pr, pb, pt = ctypes.byref(cl), ctypes.byref(cr), ctypes.byref(cb), ctypes.byref(ct)
    rect = raw.FS_RECTF()
    prect = ctypes.byref(rect)
    out = []
    append = out.append
    text_object, text_font = f.text_object, f.text_font
    styles: dict = {}
    buf = ctypes.create_string_buffer(256)
    last_h = last_st = None                 # the text object asked last and its style

    # pdfium writes a hyphen that ends a line as U+FFFE (a soft hyphen) or U+0002
    for i, ch in enumerate(s[:n].replace("\ufffe", "-").replace("\x02", "-")):
        if ch in "\r\n":
            append(_Char("\n", 0, 0, 0, 0, True))
            continue
        # pdfium generates only spaces and line breaks (CPDF_TextPage::GenerateCharInfo):
        # any other character is drawn, and is not asked about
        gen = ch.isspace() and bool(is_generated(tp, i))
        if not char_box(tp, i, pl, pr, pb, pt):          # yes, l r b t
            raise PdfiumError("Failed to get charbox.")
        l, r = cl.value, cr.value
        if loose_box(tp, i, prect):
            b, t = rect.bottom, rect.top
            if t <= b:
                b, t = cb.value, ct.value
            if r <= l:
                l, r = rect.left, rect.right
        else:
            b, t = cb.value, ct.value
        st = None
        if not gen and ch >= "\u2e80" and not ("\uff10" <= ch <= "\uff5a"):      # _judged, inline
            h = text_object(tp, i)
            if h == last_h:
                st = last_st                # the next glyph of the same run
            elif h:
                st = last_st = _object_style(f, h, text_font(h), styles, buf)
                last_h = h
        append(_Char(ch, l, r, height - t, height - b, gen, st))
    return out


def plumber_chars(plumber_page, styles=None):
    """The same characters as ``page_chars``, read by pdfplumber (pdfminer):
    the fallback for pages whose fonts pdfium cannot measure.  ``styles``
    (:func:`text_object_styles`) gives each character the style of the text
    object that draws it, as pdfium reads it (render mode and the font's own
    name: pdfminer keeps neither the render mode nor, for a font it does not
    have, its base name); without it the style is pdfminer's font name."""
    out = []
    for ln in plumber_page.extract_text_lines(return_chars=True, strip=False):
        for c in ln["chars"]:
            st = None
            if _judged(c["text"][:1] or " "):
                st = _style_at(styles, c.get("matrix")) if styles else None
                st = st or font_style(c.get("fontname") or "")
            out.append(_Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], False, st))
        out.append(_Char("\n", 0, 0, 0, 0, True))
    return out


def text_object_styles(page) -> dict:
    """The style of each text object on a page, by baseline: {round(y): [(x, y, style)]}
    in PDF coordinates, each list sorted by the object's origin.  pdfium knows a
    text object's font and render mode even where it cannot measure its glyphs
    (a CJK font the file does not embed and the machine does not have)."""
    import ctypes

    import pypdfium2.raw as raw
    f = _pdfium()
    m = raw.FS_MATRIX()
    buf = ctypes.create_string_buffer(256)
    fonts: dict = {}
    out: dict = {}
    praw = page.raw
    for i in range(raw.FPDFPage_CountObjects(praw)):
        h = f.get_object(praw, i)
        font = f.text_font(h) if h else None
        if not font or not f.obj_matrix(ctypes.c_void_p(h), ctypes.byref(m)):
            continue
        out.setdefault(round(m.f), []).append((m.e, m.f, _object_style(f, h, font, fonts, buf)))
    for v in out.values():
        v.sort(key=lambda t: t[0])
    return out


def _object_style(f, h, font, cache: dict, buf) -> tuple:
    """``font_style`` of text object ``h`` (its font handle ``font``), read once per font
    and render mode (``cache``); ``buf`` receives the font's base name."""
    key = (font, f.render_mode(h))
    st = cache.get(key)
    if st is None:
        import ctypes
        name, weight = "", -1
        if font:
            k = f.font_name(ctypes.c_void_p(font), buf, ctypes.c_size_t(len(buf)))
            name = buf.raw[:max(0, min(k, len(buf)) - 1)].decode("latin-1")
            weight = f.font_weight(ctypes.c_void_p(font))
        st = cache[key] = font_style(name, weight, key[1])
    return st


def _style_at(styles: dict, matrix) -> tuple | None:
    """The style of the text object a glyph at ``matrix``'s origin belongs to: on its
    baseline, the last object that starts at or before it."""
    if not matrix:
        return None
    x, y = matrix[4], matrix[5]
    best = None
    for key in (round(y) - 1, round(y), round(y) + 1):      # (a baseline at n.5 may round either way)
        for ox, oy, st in styles.get(key, ()):
            if ox > x + 0.5:
                break
            if abs(oy - y) < 0.5 and (best is None or ox >= best[0]):
                best = (ox, st)
    return best[1] if best else None


def _gap(chars, k: int) -> str:
    """What a space pdfium generated for a gap between glyphs becomes: a space
    between two Latin letters, nothing elsewhere (2026 年 → 2026年)."""
    a = chars[k - 1].ch if k else ""
    b = chars[k + 1].ch if k + 1 < len(chars) else ""
    return " " if _LATIN.match(a) and _LATIN.match(b) else ""


def _box_lines(chars, page: int) -> list[_Line]:
    """Split pdfium's stream into lines at its line breaks (a line's box is
    the union of its drawn characters' boxes), then join pieces pdfium broke
    off one printed line (a justified line with wide gaps): same baseline,
    the next piece to the right."""
    lines, cur = [], []

    def flush():
        # the line's text (a generated space as _gap has it) and, in the same pass, its box:
        # that of its visible characters (an indent written as spaces does not
        # move its left edge); min and max as the builtins take them
        buf = []
        sty = []                    # each character's style, beside buf
        x0 = None
        for k, c in enumerate(cur):
            ch = c.ch
            if ch.isspace():
                g = _gap(cur, k) if c.generated else ch
                buf.append(g)
                sty.extend([c.style] * len(g))
                continue
            buf.append(ch)
            sty.append(c.style)
            if c.generated or not c.x1 > c.x0:
                continue
            if x0 is None:
                x0, x1, top, bottom = c.x0, c.x1, c.top, c.bottom
                continue
            if c.x0 < x0:
                x0 = c.x0
            if c.x1 > x1:
                x1 = c.x1
            if c.top < top:
                top = c.top
            if c.bottom > bottom:
                bottom = c.bottom
        text = "".join(buf)
        a, b = len(text) - len(text.lstrip()), len(text.rstrip())
        text = text[a:b]
        if x0 is not None and text:
            lines.append(_Line(text, x0, x1, top, bottom, page, styles=sty[a:b]))
        cur.clear()

    last = None                         # the last drawn character of the current line
    for c in chars:
        if c.ch == "\n":
            flush()
            last = None
            continue
        if not c.generated and c.x1 > c.x0:
            # pdfium joins a short line to the next one when it sees no break between them
            # (…提出如下措施。 / 一、发展目标 read as one line): a glyph below the last one and
            # back to its left starts a printed line of its own
            if last is not None and c.top >= last.bottom - 0.2 * (last.bottom - last.top) and c.x1 <= last.x0:
                while cur and cur[-1].generated:
                    cur.pop()                   # the space pdfium put between them
                flush()
            last = c
        cur.append(c)
    flush()
    out: list[_Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.x1 - 1.0 <= ln.x0 < prev.x1 + 3 * (ln.bottom - ln.top) \
                and _same_baseline(prev, ln):
            sep = " " if _LATIN.match(prev.text[-1:]) and _LATIN.match(ln.text[:1]) else ""
            out[-1] = _Line(prev.text + sep + ln.text, prev.x0, ln.x1, min(prev.top, ln.top),
                            max(prev.bottom, ln.bottom), page,
                            styles=_styles(prev) + [None] * len(sep) + _styles(ln))
        else:
            out.append(ln)
    return out


def _styles(ln: _Line) -> list:
    return ln.styles if ln.styles is not None and len(ln.styles) == len(ln.text) else [None] * len(ln.text)


def _same_baseline(a: _Line, b: _Line) -> bool:
    h = max(a.bottom - a.top, b.bottom - b.top, 1.0)
    return abs(a.bottom - b.bottom) < 0.3 * h and abs(a.top - b.top) < 0.6 * h


def _cell_text(chars) -> tuple:
    """Characters inside one cell in pdfium's order (the order they were
    written, which is reading order), wrapped lines joined: (text, breaks),
    breaks being where each later printed line starts in text."""
    buf, breaks = [], []
    prev = None
    kept = [c for c in chars if c.ch != "\n"]
    for k, c in enumerate(kept):
        if c.generated and c.ch.isspace():
            if _gap(kept, k):
                buf.append(" ")
            continue
        if prev is not None and c.top > prev.bottom - 0.3 * (prev.bottom - prev.top) and buf:
            breaks.append(len(buf))
        buf.append("｜" if c.ch == "|" else c.ch)
        prev = c
    text = "".join(buf)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return text, tuple(b - lead for b in breaks if 0 < b - lead < len(text))


def _cell(chars) -> Cell:
    text, breaks = _cell_text(chars)
    return Cell(text, breaks=breaks)


def _inside_box(band, box) -> list:
    """The characters whose centre lies in ``box`` (x0, top, x1, bottom), from
    (centre y, centre x, char) triples, in their order."""
    x0, top, x1, bottom = box
    return [c for cy, cx, c in band if x0 <= cx <= x1 and top <= cy <= bottom]


def _overflow_back(boxes, rows, chars) -> None:
    """Text that overflows its cell into a row below that spans several
    columns (a group row, 二、四大先行机制), hidden under it when printed
    but still in the text layer: the characters of the spanning cell that lie
    in a later column of the row above and that the file wrote straight after
    that column's cell go back to it (…、杭 / 州市人民政府).  ``rows`` holds each
    cell's characters; moved in place."""
    order = None
    for i in range(1, len(rows)):
        for j, bbox in enumerate(boxes[i]):
            cs = rows[i][j]
            if not cs or bbox is None:
                continue
            for jj in range(1, len(boxes[i - 1])):
                bb = boxes[i - 1][jj]
                above = rows[i - 1][jj]
                if bb is None or not above or not (bbox[0] < bb[0] - 1 and bbox[2] >= bb[2] - 1):
                    continue                    # the cell below must span past this column's left edge
                if order is None:
                    order = {id(c): k for k, c in enumerate(chars)}
                k = max(order[id(c)] for c in above) + 1
                mine = {id(c) for c in cs}
                run = []
                while k < len(chars):
                    c = chars[k]
                    if id(c) in mine and bb[0] <= (c.x0 + c.x1) / 2 <= bb[2]:
                        run.append(c)
                    elif not (c.generated or c.ch == "\n"):
                        break
                    k += 1
                if run and len(run) < len(cs):
                    moved = {id(c) for c in run}
                    above.extend(run)
                    rows[i][j] = cs = [c for c in cs if id(c) not in moved]


def _page_tables(grid_tables, chars, page: int, page_height: float = 1e9) -> list[_PageTable]:
    out = []
    centers = None                  # (y, x, char): each character's centre, computed once a page
    for boxes in grid_tables:
        if max(len(r) for r in boxes) < (2 if len(boxes) >= 2 else 3):
            continue
        rows = []
        for r in boxes:
            real = [b for b in r if b is not None]
            if not real:
                rows.append([None] * len(r))
                continue
            # the characters of the row's band first: each cell then looks at a few, not the page
            top, bottom = min(b[1] for b in real), max(b[3] for b in real)
            if centers is None:
                centers = [((c.top + c.bottom) / 2, (c.x0 + c.x1) / 2, c) for c in chars]
            band = [t for t in centers if top <= t[0] <= bottom]
            rows.append([None if bbox is None else _inside_box(band, bbox) for bbox in r])
        _overflow_back(boxes, rows, chars)
        top = min(b[1] for r in boxes for b in r if b is not None)
        bottom = max(b[3] for r in boxes for b in r if b is not None)
        if not any(cs for r in rows for cs in r if cs is not None):
            continue                # a frame with no text in any cell (a web page's layout)
        if bottom - top > 0.5 * page_height and not any(sum(1 for cs in r if cs) >= 2 for r in rows):
            # over half the page and no row with two cells of text: a page printed from a web
            # page inside its layout frame (the plan in one cell, the other column blank), not a
            # table: its text is read as the page's lines (a row continued from the page before,
            # one cell of text at the top of a page, stays a table)
            continue
        rows = [[None if cs is None else _cell(cs) for cs in r] for r in rows]
        # a covered cell: merged from above when the nearest real cell above
        # reaches down into this row, else from the left
        for i, r in enumerate(rows):
            real = [b for b in boxes[i] if b is not None]
            row_top = min(b[1] for b in real) if real else None
            for j, cell in enumerate(r):
                if cell is not None:
                    continue
                k = i - 1
                while k >= 0 and boxes[k][j] is None:
                    k -= 1
                up = k >= 0 and (row_top is None or boxes[k][j][3] > row_top + 1)
                r[j] = Cell("", merged="up" if up else "left")
        cols = tuple(min((r[j][0] for r in boxes if j < len(r) and r[j] is not None), default=-1.0)
                     for j in range(max(len(r) for r in boxes)))
        out.append(_PageTable(rows, top, bottom, page, cols))
    return out


MAX_PATH_SEGMENTS = 5000      # a page drawing more is a chart or a logo, not a table


def _edge(x0, top, x1, bottom, orientation):
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "orientation": orientation, "object_type": "line"}


def _path_edges(f, obj, bounds, height: float, out: list) -> int:
    """Axis-parallel edges a path object draws, in top-left page coordinates;
    returns its segment count."""
    import ctypes

    import pypdfium2.raw as raw
    n = f.count_segments(obj)
    l, b, r, t = bounds
    w, hh = r - l, t - b
    if hh < 3 and w > 2:                              # a horizontal rule
        out.append(_edge(l, height - (t + b) / 2, r, height - (t + b) / 2, "h"))
        return n
    if w < 3 and hh > 2:                              # a vertical rule
        out.append(_edge((l + r) / 2, height - t, (l + r) / 2, height - b, "v"))
        return n
    if n <= 6:                                        # a rectangle: its four sides
        top, bottom = height - t, height - b
        out += [_edge(l, top, r, top, "h"), _edge(l, bottom, r, bottom, "h"),
                _edge(l, top, l, bottom, "v"), _edge(r, top, r, bottom, "v")]
        return n
    m = raw.FS_MATRIX()                               # a polyline grid: its straight segments
    if not f.obj_matrix(obj, ctypes.byref(m)):
        from pypdfium2 import PdfiumError
        raise PdfiumError("Failed to get matrix of pageobject.")
    fx, fy = ctypes.c_float(), ctypes.c_float()
    px, py = ctypes.byref(fx), ctypes.byref(fy)
    start = prev = None
    for i in range(n):
        seg = ctypes.c_void_p(f.get_segment(obj, i))
        f.segment_point(seg, px, py)
        x = m.a * fx.value + m.c * fy.value + m.e
        y = m.b * fx.value + m.d * fy.value + m.f
        kind = f.segment_type(seg)
        if kind == raw.FPDF_SEGMENT_LINETO and prev is not None:
            _add_segment(prev, (x, y), height, out)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = (x, y)
        prev = (x, y)
        if f.segment_close(seg) and start is not None:
            _add_segment(prev, start, height, out)
    return n


def _add_segment(p, q, height, out):
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 1 and abs(x1 - x0) > 2:
        out.append(_edge(min(x0, x1), height - y0, max(x0, x1), height - y0, "h"))
    elif abs(x0 - x1) < 1 and abs(y1 - y0) > 2:
        out.append(_edge(x0, height - max(y0, y1), x0, height - min(y0, y1), "v"))


def scan_objects(page, width: float, height: float, edges: bool = True):
    """One pass over the page's top-level objects, read through pdfium's own
    handles (no wrapper object per drawing object): ``(broken, edges, error)``.

    ``broken``: a text object in a font the file does not embed that pdfium
    gives no width (a CJK font whose widths it cannot map): pdfium's text
    layer then drops glyphs that stand alone (a paragraph's last character
    wrapped onto its own line), so the page is read by pdfminer instead.

    ``edges``: the page's ruling lines as pdfplumber edges, or None when the
    page holds no table evidence (fewer than two horizontal and two vertical
    edges) or draws more than MAX_PATH_SEGMENTS (a chart or a logo).  A path
    whose box pdfium cannot give is ``error``, raised by the caller only when it
    looks for tables (a text object's is raised here: the page cannot be read)."""
    import ctypes

    import pypdfium2.raw as raw
    from pypdfium2 import PdfiumError
    f = _pdfium()
    get_object, obj_type, obj_bounds, text_font = f.get_object, f.obj_type, f.obj_bounds, f.text_font
    PATH = raw.FPDF_PAGEOBJ_PATH
    fonts: dict = {}                        # font handle -> embedded?
    cl, cb, cr, ct = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    pl, pb, pr, pt = ctypes.byref(cl), ctypes.byref(cb), ctypes.byref(cr), ctypes.byref(ct)
    praw = page.raw
    broken = False
    found: list | None = [] if edges else None
    error = None
    segs = 0
    for i in range(raw.FPDFPage_CountObjects(praw)):
        h = get_object(praw, i)
        if not h:
            raise PdfiumError("Failed to get pageobject.")
        font = text_font(h)                 # set for text objects only: their type need not be asked
        if font:
            if broken:
                continue
            embedded = fonts.get(font)
            if embedded is None:
                embedded = fonts[font] = bool(f.font_embedded(font))
            if embedded:
                continue
            if not obj_bounds(ctypes.c_void_p(h), pl, pb, pr, pt):
                raise PdfiumError("Failed to locate pageobject.")
            if cr.value - cl.value < 0.01:
                broken = True
            continue
        obj = ctypes.c_void_p(h)
        kind = obj_type(obj)
        if kind == raw.FPDF_PAGEOBJ_UNKNOWN:
            raise PdfiumError("Failed to determine pageobject type.")
        if kind == PATH and found is not None and error is None:
            if not obj_bounds(obj, pl, pb, pr, pt):
                error = PdfiumError("Failed to locate pageobject.")
                continue
            l, b, r, t = cl.value, cb.value, cr.value, ct.value
            if r - l > 0.9 * width and t - b > 0.9 * height:
                continue                                  # a page border
            try:
                segs += _path_edges(f, obj, (l, b, r, t), height, found)
            except PdfiumError as e:
                error = e
                continue
            if segs > MAX_PATH_SEGMENTS:
                found = None
    if found is not None:
        nh = sum(1 for e in found if e["orientation"] == "h")
        found = _open_sides(found) if nh >= 2 and len(found) - nh >= 2 else None
    return broken, found, error


def page_edges(page, width: float, height: float):
    """The page's ruling lines as pdfplumber edges, or None (see :func:`scan_objects`)."""
    _, edges, error = scan_objects(page, width, height)
    if error is not None:
        raise error
    return edges


def _open_sides(edges: list) -> list:
    """A table drawn without its outer side borders (open sides, as Word often
    prints one): the row rules reach past the outermost vertical rule, so the
    first and last columns would be lost.  Add the side the rules imply: a
    vertical edge where the long horizontal rules begin and end."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    if len(hs) < 3 or not vs:
        return edges
    longest = max(e["width"] for e in hs)
    rules = [e for e in hs if e["width"] >= 0.8 * longest]
    if len(rules) < 3:
        return edges
    top, bottom = min(e["top"] for e in rules), max(e["top"] for e in rules)
    for x in (min(e["x0"] for e in rules), max(e["x1"] for e in rules)):
        near = [v for v in vs if abs(v["x0"] - x) < 3 and v["top"] <= top + 3 and v["bottom"] >= bottom - 3]
        inner = [v for v in vs if min(e["x0"] for e in rules) + 3 < v["x0"] < max(e["x1"] for e in rules) - 3]
        if not near and len(inner) >= 2:
            edges.append(_edge(x, top, x, bottom, "v"))
    return edges


class _EdgePage:
    """What pdfplumber's TableFinder reads of a page with the "lines" strategy."""

    def __init__(self, edges, width, height):
        self.edges = edges
        self.bbox = (0, 0, width, height)
        self.chars = []


def find_table_cells(edges, width, height):
    """pdfplumber's table finder over our edges: a list of tables, each a list
    of rows of cell boxes (x0, top, x1, bottom) or None where a merged cell spans.

    The steps of ``pdfplumber.table.TableFinder`` (snap and join the edges, find
    their intersections, the cells, the tables), with its cell step done by
    ``intersections_to_cells`` below: the same cells, without comparing every
    point with every later one."""
    from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections
    finder = TableFinder.__new__(TableFinder)            # its __init__ runs the quadratic cell step
    finder.page, finder.settings = _EdgePage(edges, width, height), TableSettings.resolve({})
    finder.edges = finder.get_edges()
    st = finder.settings
    points = edges_to_intersections(finder.edges, st.intersection_x_tolerance, st.intersection_y_tolerance)
    tables = [Table(finder.page, group) for group in cells_to_tables(intersections_to_cells(points))]
    return [[list(r.cells) for r in t.rows] for t in tables]


def intersections_to_cells(intersections) -> list:
    """``pdfplumber.table.intersections_to_cells``, same cells in the same order: for
    each point (in sorted order) the smallest cell it is the top-left corner of.  Two
    points connect when they share an edge; pdfplumber rebuilds each point's edge set
    for every pair it compares and scans all later points for each point.  Here each
    point's vertical and horizontal edge sets are made once, and the points below and
    to the right come from the point's own column and row."""
    def bbox(e):
        return (e["x0"], e["top"], e["x1"], e["bottom"])

    vset = {p: frozenset(map(bbox, v["v"])) for p, v in intersections.items()}
    hset = {p: frozenset(map(bbox, v["h"])) for p, v in intersections.items()}
    points = sorted(intersections)
    cols: dict = {}
    rows: dict = {}
    for p in points:                    # sorted by (x, top): a column by top, a row by x
        cols.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    col_at = {p: k for col in cols.values() for k, p in enumerate(col)}
    row_at = {p: k for row in rows.values() for k, p in enumerate(row)}
    out = []
    for pt in points:
        below = cols[pt[0]][col_at[pt] + 1:]
        right = rows[pt[1]][row_at[pt] + 1:]
        if not below or not right:
            continue
        pv, ph = vset[pt], hset[pt]
        found = None
        for b in below:
            if pv.isdisjoint(vset[b]):
                continue
            for r in right:
                if ph.isdisjoint(hset[r]):
                    continue
                corner = (r[0], b[1])
                if corner in vset and not vset[corner].isdisjoint(vset[r]) \
                        and not hset[corner].isdisjoint(hset[b]):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            out.append(found)
    return out


def read_pdf_pages(data: bytes, tables: bool = True):
    """Lines of every page (a table as one placeholder line), page sizes, the
    pages without text and the pages that could not be read."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    lim = _limits.current()
    pdf = pdfium.PdfDocument(data)
    pages, geom, empty, failed = [], [], [], []
    plumber = None
    try:
        if len(pdf) > lim.pages:
            raise _limits.breach("PDF has too many pages", len(pdf), lim.pages, "--max-pages")
        for i in range(len(pdf)):
            try:
                page = pdf[i]
                w, h = page.get_size()
                geom.append((float(w), float(h)))
                n_obj = raw.FPDFPage_CountObjects(page.raw)
                if n_obj > lim.page_objects:
                    raise _limits.breach(f"PDF page {i + 1} draws too many objects", n_obj, lim.page_objects,
                                         "--max-page-glyphs")
                textpage = page.get_textpage()
                n_glyphs = textpage.count_chars()
                if n_glyphs > lim.page_glyphs:
                    raise _limits.breach(f"PDF page {i + 1} has too many characters", n_glyphs,
                                         lim.page_glyphs, "--max-page-glyphs")
                broken, edges, edge_error = scan_objects(page, w, h, edges=tables)
                if broken:
                    if plumber is None:
                        import io
                        import logging

                        import pdfplumber
                        for name in ("pdfminer", "pdfplumber"):
                            logging.getLogger(name).setLevel(logging.ERROR)
                        plumber = pdfplumber.open(io.BytesIO(data))
                    chars = plumber_chars(plumber.pages[i], text_object_styles(page))
                else:
                    chars = page_chars(page, textpage, h)
                del textpage
            except IngestError:
                raise
            except Exception as e:
                failed.append(f"{i + 1} ({type(e).__name__})")
                pages.append([])
                if len(geom) <= i:
                    geom.append((1.0, 1.0))
                continue
            if not any(not c.generated for c in chars):
                empty.append(i + 1)
                pages.append([])
                continue
            chars = _undouble(chars)
            chars, edges = _without_markup(chars, edges, w)
            ptables = []
            if tables:
                if edge_error is not None:
                    raise edge_error
                if edges:
                    ptables = _page_tables(find_table_cells(edges, w, h), chars, i, h)
            if ptables:
                chars = _outside_tables(chars, [(pt.top - 1, pt.bottom + 1) for pt in ptables])
            lines = _box_lines(chars, i)
            for pt in ptables:
                lines.append(_Line("", 0.0, float(w), pt.top, pt.bottom, i, table=pt))
            lines.sort(key=lambda ln: (round(ln.top), ln.x0))
            pages.append(lines)
    finally:
        pdf.close()
        if plumber is not None:
            plumber.close()
    return pages, geom, empty, failed


def _without_markup(chars, edges, width: float):
    """A page printed with its tracked changes shown (Word's "all markup"):
    the balloons in the right margin (删除[作者]: …, 设置格式[作者]: …) are not
    the document, and their boxes, the connectors running from the changed
    words to them and the text area's change frame draw a grid that the table
    finder reads as tables.  When a revision label (``$revision_label``,
    rules/vocabulary.yaml) starts in the right part of the page, the
    characters from the leftmost such label rightwards go, and so does every
    ruling line reaching past the right edge of the text that stays (a table
    inside the text column keeps its rules)."""
    s = "".join(c.ch for c in chars)
    if "[" not in s:
        return chars, edges
    lefts = [chars[m.start()].x0 for m in _REVISION_LABEL.finditer(s) if chars[m.start()].x0 > 0.55 * width]
    if not lefts:
        return chars, edges
    margin = min(lefts) - 1.0
    kept = [c for c in chars if c.ch == "\n" or c.x0 < margin]
    right = max((c.x1 for c in kept if not c.generated and c.x1 > c.x0), default=margin)
    if edges:
        edges = [e for e in edges if e["x1"] <= right + 4.0] or None
    return kept, edges


def _outside_tables(chars, bands) -> list:
    """The characters (and line breaks) whose centre lies in none of the tables' bands."""
    out = []
    for c in chars:
        if c.ch != "\n":
            cy = (c.top + c.bottom) / 2
            for top, bottom in bands:
                if top <= cy <= bottom:
                    break
            else:
                out.append(c)
            continue
        out.append(c)
    return out


def _undouble(chars):
    """Fake bold: a glyph drawn twice (or more) within about a point of itself
    is one character."""
    out, last = [], {}
    for c in chars:
        if not c.generated:
            prev = last.get(c.ch)
            if prev is not None and abs(prev.x0 - c.x0) < 1.0 and abs(prev.top - c.top) < 1.0:
                continue
            last[c.ch] = c
        out.append(c)
    return out


_ROW_NUMBER = re.compile(r"^\s*(?:[0-9]{1,3}|[(（]?[一二三四五六七八九十]{1,4}[)）]?|[一二三四五六七八九十]{1,3}[、.])\s*$")


def _split_tail(row) -> bool:
    """The first row on a page is the rest of the last row of the page before
    (its cells go on where they broke off): its first cell is blank (printed,
    not covered by a merged cell), it holds no row number, and another of its
    cells is blank too."""
    cells = [c for c in row if c is not None]
    if not cells or cells[0].merged or cells[0].text.strip():
        return False
    if any(_ROW_NUMBER.match(c.text) for c in cells if c.text):
        return False
    return sum(1 for c in cells if not c.text.strip()) >= 2 and any(c.text.strip() for c in cells)


def _join_row(row, tail) -> None:
    """Append each cell of ``tail`` to the cell above it (a printed line break)."""
    for a, b in zip(row, tail):
        if a is None or b is None or not b.text:
            continue
        if a.text:
            a.breaks = tuple(a.breaks) + (len(a.text),) + tuple(len(a.text) + x for x in b.breaks)
        else:
            a.breaks = tuple(b.breaks)
        a.text += b.text


def _same_row(a, b) -> bool:
    return [c.text for c in a] == [c.text for c in b]


def _pad_continued(pt: _PageTable, n: int, prev_cols: tuple) -> None:
    """A table at the top of a page with fewer columns than the table it
    continues, whose columns stand where that table's last columns stood:
    the missing first columns are cells merged from above."""
    k = len(pt.cols)
    if not prev_cols or not 0 < k < n or len(prev_cols) != n:
        return
    if any(abs(a - b) > 3 for a, b in zip(pt.cols, prev_cols[n - k:])):
        return
    pt.rows = [[Cell("", merged="up") for _ in range(n - k)] + list(r) for r in pt.rows]
    pt.cols = tuple(prev_cols[:n - k]) + pt.cols


def assemble(pages, geom, warnings, emphasis: list | None = None):
    """Drop page furniture, join tables continued over a page break, re-join
    paragraph lines, and write tables as rows: (text, [Table])."""
    placed = [[ln for ln in pg if ln.table is not None] for pg in pages]
    text_pages = _drop_page_furniture([[ln for ln in pg if ln.table is None] for pg in pages], geom, warnings)
    seq = []
    for tl, pl in zip(text_pages, placed):
        seq.extend(sorted(tl + pl, key=lambda ln: (round(ln.top), ln.x0)))
    # tables continued on the next page: consecutive placeholders with as many
    # columns, or with the last columns of the table before (a row whose first
    # cells are merged down from the page before draws no rule over them)
    merged: list = []
    cols_of: dict = {}          # id(Table) -> column edges of its last page
    for ln in seq:
        prev = merged[-1] if merged else None
        if (ln.table is not None and prev is not None and prev.table is not None
                and ln.page == prev.table.pages[-1] + 1):
            _pad_continued(ln.table, len(prev.table.rows[0]), cols_of.get(id(prev.table), ()))
        if (ln.table is not None and prev is not None and prev.table is not None
                and ln.page == prev.table.pages[-1] + 1
                and len(ln.table.rows[0]) == len(prev.table.rows[0])):
            rows = ln.table.rows
            if _same_row(rows[0], prev.table.rows[0]):
                rows = rows[1:]
            if rows and prev.table.rows and _split_tail(rows[0]):
                _join_row(prev.table.rows[-1], rows[0])      # a row the page break cut in two
                rows = rows[1:]
            prev.table.rows.extend(rows)
            prev.table.pages.append(ln.page)
            continue
        if ln.table is not None:
            cols = ln.table.cols
            ln.table = Table(rows=ln.table.rows, page=ln.page, pages=[ln.page])
            cols_of[id(ln.table)] = cols
        merged.append(ln)
    widths = {i: round(w) for i, (w, h) in enumerate(geom)}
    out: list[str] = []
    styles: list = []
    tables: list[Table] = []
    pos = 0
    run: list = []

    def emit(s: str, sty=None):
        nonlocal pos
        out.append(s)
        styles.extend(sty if sty is not None else [None] * len(s))
        pos += len(s)

    def flush_run():
        if run:
            if out:
                emit("\n")
            emit(*_join_styled(run, widths))
            run.clear()

    for ln in merged:
        if ln.table is None:
            run.append(ln)
            continue
        flush_run()
        t = ln.table
        if out:
            emit("\n")
        t.start = pos
        for k, row in enumerate(t.rows):
            if k:
                emit("\n")
            row_start = pos
            for j, cell in enumerate(row):
                if j:
                    emit(" | ")
                cell.start = pos
                emit(cell.text)
                cell.end = pos
                cell.breaks = tuple(cell.start + b for b in cell.breaks)
            t.rows[k] = Row(cells=row, start=row_start, end=pos)
        t.end = pos
        tables.append(t)
    flush_run()
    text = "".join(out)
    if emphasis is not None:
        emphasis.extend(emphasis_spans(styles, text))
    return text, tables


def emphasis_spans(styles: list, text: str = "") -> list:
    """Spans of text set apart from the body by its typeface: bold (by weight,
    name or stroke) where the body is not, or a font family other than the
    body's (黑体, 楷体 headings in a 仿宋 text).  The body style is the one most
    CJK characters have.  Characters whose style is not judged (Latin,
    digits, spaces) inside a run of set-apart characters belong to it; a run
    ends at a line break (``text``), so it never bridges a line of unjudged
    characters or a table written between two set-apart lines."""
    from collections import Counter
    counts = Counter(st for st in styles if st is not None)
    if len(counts) < 2:
        return []
    (body_family, body_bold), _ = counts.most_common(1)[0]
    marked = {st for st in counts if st[0] != body_family or (st[1] and not body_bold)}
    spans: list = []
    start = last = None
    for i, st in enumerate(styles):
        if st is None:
            if start is not None and text[i:i + 1] == "\n":
                spans.append((start, last))
                start = None
            continue
        if st in marked:
            if start is None:
                start = i
            last = i + 1
        elif start is not None:
            spans.append((start, last))
            start = None
    if start is not None:
        spans.append((start, last))
    return spans


def read_pdf(data: bytes, warnings: list[str], tables: bool = True, emphasis: list | None = None):
    """The text of a PDF and its tables: ``(text, [Table])``; with a list as
    ``emphasis``, the spans of set-apart text (``emphasis_spans``) are added to it."""
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        if b"%%EOF" not in data:
            raise IngestError("", "truncated or damaged PDF (no %%EOF end marker)")
        warnings.append("PDF has data after its last %%EOF marker (cut-off update?)")
    check_inflated(data)
    try:
        pages, geom, empty, failed = read_pdf_pages(data, tables)
    except IngestError:
        raise
    except Exception as e:
        raise IngestError("", _pdf_reason(e)) from None
    if not pages:
        raise IngestError("", "PDF has no pages")
    if not any(pages):
        if failed:
            raise IngestError("", f"corrupt PDF (no page could be read: {', '.join(failed[:5])})")
        raise IngestError("", "PDF has no text layer (scanned image?)")
    if empty:
        warnings.append(f"PDF pages without a text layer (scanned?): {_ranges(empty)}")
    if failed:
        warnings.append(f"PDF pages that could not be read: {', '.join(failed[:10])}")
    n_bad = sum(ln.text.count("\ufffd") for pg in pages for ln in pg if ln.table is None)
    if n_bad:
        n_chars = sum(len(ln.text) for pg in pages for ln in pg if ln.table is None) or 1
        if n_bad > n_chars * 0.3:
            raise IngestError("", "PDF text cannot be extracted (fonts have no Unicode mapping)")
        warnings.append(f"{n_bad} PDF glyph(s) without a Unicode mapping")
    return assemble(pages, geom, warnings, emphasis)


def _pdf_reason(e: Exception) -> str:
    chain, seen = [], e
    while seen is not None and len(chain) < 5:
        chain.append(f"{type(seen).__name__} {seen}")
        seen = seen.__cause__ or seen.__context__
    desc = " ".join(chain)
    if re.search(r"password|encrypt", desc, re.I):
        return "PDF is encrypted (a password is needed to read it)"
    return f"corrupt or truncated PDF ({type(e).__name__}: {str(e)[:120]})"


def _ranges(nums: list[int]) -> str:
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ", ".join(out)


# a page number closing a line: —９—, - 9 -, －9－ (dashes on both sides, so a figure
# never goes: 增长5%-8%, 2025-2027)
_PAGE_NO_TAIL = re.compile(r"[ \t]*[—－-]{1,2}[ \t]*[0-9０-９]{1,4}[ \t]*[—－-]{1,2}[ \t]*$")


def _drop_page_furniture(pages, geom, warnings):
    """Drop page numbers and running headers/footers (lines repeated at the same edge)."""
    n_drop = 0
    for pg in pages:
        pg.sort(key=lambda ln: (round(ln.top), ln.x0))
        for idx in [0, 1, -2, -1] if len(pg) > 1 else [0]:
            if -len(pg) <= idx < len(pg) and _PAGE_NO.fullmatch(pg[idx].text):
                pg[idx].text = ""
        if pg and pg[-1].table is None:
            # a page number pdfium wrote on the last line's own baseline, as the end of that
            # line (…省委网信—９— / 办、省经信厅 on the next page): cut off it
            ln = pg[-1]
            m = _PAGE_NO_TAIL.search(ln.text)
            if m and m.start() > 0:
                ln.text = ln.text[:m.start()].rstrip()
                if ln.styles is not None:
                    ln.styles = ln.styles[:len(ln.text)]
                n_drop += 1
        n_drop += sum(1 for ln in pg if not ln.text)
        pg[:] = [ln for ln in pg if ln.text]
    n_pages = sum(1 for pg in pages if pg)
    if n_pages >= 2:
        key = lambda ln: re.sub(r"\d+", "#", re.sub(r"\s+", "", ln.text))
        for _ in range(2):                          # a header may be two lines
            counts: dict[tuple, int] = {}
            for pg, (w, h) in zip(pages, geom):
                if not pg:
                    continue
                if pg[0].top < 0.15 * h:
                    counts[("top", key(pg[0]))] = counts.get(("top", key(pg[0])), 0) + 1
                if pg[-1].bottom > 0.85 * h and len(pg) > 1:
                    counts[("bot", key(pg[-1]))] = counts.get(("bot", key(pg[-1])), 0) + 1
            rep = {k for k, c in counts.items() if c >= 2 and c * 2 >= n_pages}
            if not rep:
                break
            for pg, (w, h) in zip(pages, geom):
                if pg and pg[0].top < 0.15 * h and ("top", key(pg[0])) in rep:
                    pg.pop(0)
                    n_drop += 1
                if len(pg) > 1 and pg[-1].bottom > 0.85 * h and ("bot", key(pg[-1])) in rep:
                    pg.pop()
                    n_drop += 1
    if n_drop:
        warnings.append(f"dropped {n_drop} PDF page number/running header line(s)")
    return pages


def _quantile(vals, q):
    vals = sorted(vals)
    return vals[min(len(vals) - 1, int(q * len(vals)))] if vals else 0.0


def _join_lines(lines: list[_Line], widths: dict[int, float]) -> str:
    """Re-join PDF lines into paragraphs (a break inside a paragraph is removed)."""
    return _join_styled(lines, widths)[0]


def _join_styled(lines: list[_Line], widths: dict[int, float]) -> tuple:
    """``_join_lines`` with each character's style beside the text: (text, styles)."""
    if not lines:
        return "", []
    cs = _quantile([ln.bottom - ln.top for ln in lines], 0.5) or 10.0     # character size
    # margins per page size (portrait and landscape pages differ), over the whole document
    groups: dict[float, list[_Line]] = {}
    for ln in lines:
        groups.setdefault(widths.get(ln.page, 0.0), []).append(ln)
    right, left = {}, {}
    for w, gls in groups.items():
        long_ = [ln for ln in gls if len(ln.text) >= 8] or gls
        left[w] = _quantile([ln.x0 for ln in long_], 0.1)
        if len(long_) >= 5:
            right[w] = _quantile([ln.x1 for ln in long_], 0.9)
        else:                                       # too few lines: assume even margins
            right[w] = max(w - left[w], max(ln.x1 for ln in gls)) if w else max(ln.x1 for ln in gls)
    right = {p: right[w] for p, w in widths.items() if w in right}
    left = {p: left[w] for p, w in widths.items() if w in left}
    full = lambda ln: ln.x1 >= right[ln.page] - 1.5 * cs
    indented = lambda ln: ln.x0 > left[ln.page] + 0.8 * cs
    # do paragraphs start indented (首行缩进)?  then a full line ending in 。 may continue
    after_short = [b for a, b in zip(lines, lines[1:]) if not full(a)]
    indent_mode = len(after_short) >= 3 and sum(map(indented, after_short)) * 2 >= len(after_short)
    out = [lines[0].text]
    sty = list(_styles(lines[0]))
    for prev, nxt in zip(lines, lines[1:]):
        gap = nxt.top - prev.bottom if nxt.page == prev.page else 0.0
        join = (full(prev) and not indented(nxt) and gap < 1.5 * cs
                and not _HEADING_START.match(nxt.text)
                and (indent_mode or not _FINAL.search(prev.text)))
        if join:
            sep = " " if re.search(r"[A-Za-z]$", prev.text) and re.match(r"[A-Za-z]", nxt.text) else ""
        else:
            sep = "\n"
        out.append(sep + nxt.text)
        sty += [None] * len(sep)
        sty += _styles(nxt)
    return "".join(out), sty
