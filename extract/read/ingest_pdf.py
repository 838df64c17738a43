"""PDF files with a text layer: lines read with pdfplumber (imported lazily),
page numbers and running headers/footers dropped, and lines re-joined into
paragraphs from their geometry (a line that reaches the right margin continues
unless the next one is indented or starts a heading).  Scanned pages, fonts
without a Unicode mapping, encrypted and damaged files are refused or warned
about with a one-line reason.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass

from .ingest_error import IngestError
from .unwrap import FINAL as _FINAL, HEADING_START as _HEADING_START, PAGE_NO as _PAGE_NO

_CID = re.compile(r"\(cid:\d+\)")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int


def read_pdf(data: bytes, warnings: list[str]) -> str:
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        if b"%%EOF" not in data:
            raise IngestError("", "truncated or damaged PDF (no %%EOF end marker)")
        warnings.append("PDF has data after its last %%EOF marker (cut-off update?)")
    import logging
    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        import pdfplumber
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:
        raise IngestError("", _pdf_reason(e)) from None
    pages: list[list[_Line]] = []
    geom: list[tuple[float, float]] = []
    empty, failed = [], []
    try:
        try:
            page_list = pdf.pages
        except Exception as e:
            raise IngestError("", _pdf_reason(e)) from None
        for i, page in enumerate(page_list):
            try:
                if not page.chars:
                    empty.append(i + 1)
                    pages.append([])
                    geom.append((float(page.width), float(page.height)))
                    continue
                if _has_duplicate_chars(page.chars):       # fake bold: glyphs drawn twice
                    page = page.dedupe_chars()
                raw = page.extract_text_lines(return_chars=False)
            except Exception as e:
                failed.append(f"{i + 1} ({type(e).__name__})")
                pages.append([])
                geom.append((1.0, 1.0))
                continue
            geom.append((float(page.width), float(page.height)))
            pages.append([_Line(r["text"], r["x0"], r["x1"], r["top"], r["bottom"], i)
                          for r in raw if r["text"].strip()])
    finally:
        try:
            pdf.close()
        except Exception:
            pass
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
    n_cid = sum(len(_CID.findall(ln.text)) for pg in pages for ln in pg)
    if n_cid:
        n_chars = sum(len(ln.text) for pg in pages for ln in pg)
        if n_cid * 6 > n_chars * 0.3:
            raise IngestError("", "PDF text cannot be extracted (fonts have no Unicode mapping)")
        warnings.append(f"dropped {n_cid} PDF glyph(s) without a Unicode mapping")
        for pg in pages:
            for ln in pg:
                ln.text = _CID.sub("", ln.text)
    pages = _drop_page_furniture(pages, geom, warnings)
    return _join_lines([ln for pg in pages for ln in pg], {i: round(w) for i, (w, h) in enumerate(geom)})


def _has_duplicate_chars(chars) -> bool:
    """Cheap test (pdfplumber's dedupe is slow): the same glyph within ~1pt of another."""
    seen = set()
    for c in chars:
        t, x, y = c["text"], c["x0"], c["top"]
        keys = {(t, int(x + dx), int(y + dy)) for dx in (0, 0.5) for dy in (0, 0.5)}
        if not seen.isdisjoint(keys):
            return True
        seen.update(keys)
    return False


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


def _drop_page_furniture(pages, geom, warnings):
    """Drop page numbers and running headers/footers (lines repeated at the same edge)."""
    n_drop = 0
    for pg in pages:
        pg.sort(key=lambda ln: (round(ln.top), ln.x0))
        for idx in [0, 1, -2, -1] if len(pg) > 1 else [0]:
            if -len(pg) <= idx < len(pg) and _PAGE_NO.fullmatch(pg[idx].text):
                pg[idx].text = ""
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
    if not lines:
        return ""
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
    for prev, nxt in zip(lines, lines[1:]):
        gap = nxt.top - prev.bottom if nxt.page == prev.page else 0.0
        join = (full(prev) and not indented(nxt) and gap < 1.5 * cs
                and not _HEADING_START.match(nxt.text)
                and (indent_mode or not _FINAL.search(prev.text)))
        if join:
            sep = " " if re.search(r"[A-Za-z]$", prev.text) and re.match(r"[A-Za-z]", nxt.text) else ""
            out.append(sep + nxt.text)
        else:
            out.append("\n" + nxt.text)
    return "".join(out)
