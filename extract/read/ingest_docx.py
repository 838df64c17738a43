"""Word .docx files: paragraphs and tables (rows as cells joined by " | ") in
document order, tracked deletions and VML fallbacks skipped, and Word's automatic
list numbering ("一、", "(一)", "1.") rendered, since it is not in the text.

    read_docx(data, warnings) -> (text, [Table])

Every top-level table is also a block (``blocks.Table``): a cell spanning N
grid columns (``gridSpan``) is followed by N-1 cells covered from the left, a
cell continuing a vertical merge (``vMerge``) is covered from above; the lines
of a cell (its paragraphs, line breaks) are joined by a space and their starts
kept as ``breaks``.  python-docx is imported lazily.
"""
from __future__ import annotations

import io
import re

from . import limits as _limits
from .blocks import Cell, Table, layout
from .ingest_error import IngestError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DOCX_SKIP = {_MC_FALLBACK, _W + "del", _W + "moveFrom"}   # VML duplicate, tracked deletions
_DOCX_CONTAINERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins",
                    _W + "smartTag", _W + "moveTo"}


def check_parts(data: bytes) -> None:
    """Refuse a .docx whose parts inflate past the limit, from the sizes its zip
    directory declares (zipfile never inflates a member past its declared size,
    so the check holds against a lying directory too)."""
    import zipfile
    limit = _limits.current().inflated_bytes
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except Exception:
        return                                  # python-docx says what is wrong
    total = sum(i.file_size for i in infos)
    if total > limit:
        big = max(infos, key=lambda i: i.file_size)
        raise IngestError("", f"Word document inflates to {total / 2**20:,.0f} MB ({big.filename} alone "
                              f"{big.file_size / 2**20:,.0f} MB; the limit is {limit // 2**20:,} MB: "
                              "lift it with --max-inflated-mb)")


def read_docx(data: bytes, warnings: list[str]):
    """The text of a Word document and its tables: ``(text, [Table])``."""
    check_parts(data)
    try:
        import docx
        doc = docx.Document(io.BytesIO(data))
        body = doc.element.body
    except Exception as e:
        raise IngestError("", f"not a Word document ({type(e).__name__}: {e})") from None
    numbering = _DocxNumbering(doc)
    lines: list = []

    def block(el):
        tag = el.tag
        if tag == _W + "p":
            lines.append(numbering.label(el) + _docx_par_text(el))
        elif tag == _W + "tbl":
            rows = _docx_table(el, numbering)
            if rows:
                lines.append(Table(rows=rows))
        elif tag in _DOCX_CONTAINERS:
            for child in el:
                block(child)

    try:
        for child in body:
            block(child)
    except Exception as e:
        raise IngestError("", f"cannot read Word document body ({type(e).__name__}: {e})") from None
    if numbering.rendered:
        warnings.append(f"rendered automatic list numbering on {numbering.rendered} paragraph(s)")
    return layout(lines)


def _docx_par_text(p) -> str:
    out: list[str] = []

    def walk(el):
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _DOCX_SKIP:
                continue
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag == _W + "tab" or tag == _W + "ptab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            elif tag == _W + "pPr" or tag == _W + "rPr":
                continue
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _docx_table(tbl, numbering) -> list[list[Cell]]:
    """Rows of cells; a merged cell's grid places filled by covered cells."""
    rows = []
    for tr in tbl.iter(_W + "tr"):
        if _nearest_tbl(tr) is not tbl:            # rows of nested tables come with their cell
            continue
        cells = []
        for tc in tr.iter(_W + "tc"):
            if _nearest_tbl(tc) is not tbl:
                continue
            parts = []
            for child in tc:
                if child.tag == _W + "p":
                    parts.append(numbering.label(child) + _docx_par_text(child))
                elif child.tag == _W + "tbl":
                    parts.extend(_docx_table_rows(child, numbering))
            text, breaks = "", []
            for x in parts:
                x = x.strip()
                if not x:
                    continue
                if text:
                    text += " "
                    breaks.append(len(text))
                for k, line in enumerate(x.split("\n")):
                    if k:
                        text += " "
                        breaks.append(len(text))
                    text += line
            span, vmerge = 1, None
            pr = tc.find(_W + "tcPr")
            if pr is not None:
                gs, vm = pr.find(_W + "gridSpan"), pr.find(_W + "vMerge")
                if gs is not None:
                    try:
                        span = max(1, min(64, int(gs.get(_W + "val") or 1)))
                    except ValueError:
                        span = 1
                if vm is not None:
                    vmerge = vm.get(_W + "val") or "continue"
            if vmerge == "continue" and not text:
                cells.append(Cell("", merged="up"))
            else:
                cells.append(Cell(text, breaks=tuple(breaks)))
            cells.extend(Cell("", merged="up" if vmerge == "continue" else "left") for _ in range(span - 1))
        rows.append(cells)
    return rows


def _docx_table_rows(tbl, numbering) -> list[str]:
    """A nested table, flattened: one string per row, cells joined by " | "."""
    return [" | ".join(c.text for c in row) for row in _docx_table(tbl, numbering)]


def _nearest_tbl(el):
    el = el.getparent()
    while el is not None and el.tag != _W + "tbl":
        el = el.getparent()
    return el


_NUM_CN = "〇一二三四五六七八九"


def _cn_count(n: int) -> str:
    if n <= 0:
        return str(n)
    if n < 10:
        return _NUM_CN[n]
    if n < 100:
        t, u = divmod(n, 10)
        return ("" if t == 1 else _NUM_CN[t]) + "十" + (_NUM_CN[u] if u else "")
    return str(n)


def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out, n = out + s, n - v
    return out


def _fmt_num(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
               "taiwaneseCounting", "chineseLegalSimplified", "ideographLegalTraditional"):
        return _cn_count(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_NUM_CN[int(d)] for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return "子丑寅卯辰巳午未申酉戌亥"[n - 1]
    if fmt == "decimalFullWidth":
        return str(n).translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _DocxNumbering:
    """Renders Word automatic list numbering ("一、", "(一)", "1.") that is not in the text."""

    def __init__(self, doc):
        self.rendered = 0
        self.nums: dict[str, tuple[str, dict]] = {}      # numId -> (abstractId, {ilvl: start})
        self.levels: dict[str, dict[int, tuple]] = {}    # abstractId -> {ilvl: (start, fmt, text, suff)}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_num: dict[str, tuple] = {}
        try:
            from docx.opc.constants import RELATIONSHIP_TYPE as RT
            root = doc.part.part_related_by(RT.NUMBERING).element
        except Exception:
            return
        val = _W + "val"
        for an in root.iter(_W + "abstractNum"):
            lv = {}
            for lvl in an.iter(_W + "lvl"):
                get = lambda name: (lvl.find(_W + name).get(val) if lvl.find(_W + name) is not None else None)
                lv[int(lvl.get(_W + "ilvl", "0"))] = (int(get("start") or 1), get("numFmt") or "decimal",
                                                      get("lvlText") or "", get("suff") or "tab")
            self.levels[an.get(_W + "abstractNumId")] = lv
        for num in root.iter(_W + "num"):
            a = num.find(_W + "abstractNumId")
            overrides = {}
            for ov in num.iter(_W + "lvlOverride"):
                so = ov.find(_W + "startOverride")
                if so is not None:
                    overrides[int(ov.get(_W + "ilvl", "0"))] = int(so.get(val))
            if a is not None:
                self.nums[num.get(_W + "numId")] = (a.get(val), overrides)
        try:
            for st in doc.styles.element.iter(_W + "style"):
                np_ = st.find(f"{_W}pPr/{_W}numPr")
                based = st.find(_W + "basedOn")
                self.style_num[st.get(_W + "styleId")] = (
                    _numpr(np_), based.get(val) if based is not None else None)
        except Exception:
            pass

    def _style_numpr(self, sid, depth=0):
        if sid not in self.style_num or depth > 10:
            return None
        np_, based = self.style_num[sid]
        return np_ or self._style_numpr(based, depth + 1)

    def label(self, p) -> str:
        if not self.nums:
            return ""
        ppr = p.find(_W + "pPr")
        np_ = _numpr(ppr.find(_W + "numPr")) if ppr is not None else None
        if np_ is None and ppr is not None and ppr.find(_W + "pStyle") is not None:
            np_ = self._style_numpr(ppr.find(_W + "pStyle").get(_W + "val"))
        if not np_ or np_[0] not in self.nums:
            return ""
        num_id, ilvl = np_[0], np_[1] if np_[1] is not None else 0
        abs_id, overrides = self.nums[num_id]
        lv = self.levels.get(abs_id, {})
        if ilvl not in lv:
            return ""
        cnt = self.counters.setdefault(abs_id, {})
        start = lambda k: overrides.get(k, lv[k][0] if k in lv else 1)
        cnt[ilvl] = cnt.get(ilvl, start(ilvl) - 1) + 1
        for k in [k for k in cnt if k > ilvl]:
            del cnt[k]
        _, fmt, text, suff = lv[ilvl]
        if fmt == "bullet" or not text:
            return ""
        out = re.sub(r"%(\d)", lambda m: _fmt_num(cnt.get(int(m.group(1)) - 1,
                                                          start(int(m.group(1)) - 1)),
                                                  lv.get(int(m.group(1)) - 1, (1, "decimal"))[1]), text)
        self.rendered += 1
        return out + (" " if suff == "space" else "")


def _numpr(np_):
    if np_ is None:
        return None
    nid, ilvl = np_.find(_W + "numId"), np_.find(_W + "ilvl")
    if nid is None or nid.get(_W + "val") in (None, "0"):
        return None
    return nid.get(_W + "val"), int(ilvl.get(_W + "val")) if ilvl is not None else None
