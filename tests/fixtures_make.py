"""Build test documents (txt in several encodings, html, docx, pdf) from the seed plans.

Every builder returns the bytes of the file and, where the reader cannot give
back the seed exactly, the text the reader is expected to produce.  Nothing is
written to the repository: tests put the bytes into pytest's tmp_path.

PDF: reportlab's built-in CID font STSong-Light (Adobe-GB1, no font file
needed) draws the Chinese text; pdfplumber reads it back as Unicode.  That font
has no glyph for U+00B7 (·) and U+23AF (⎯), so they are missing from what the
PDF holds (PDF_UNSUPPORTED); whitespace is not kept by PDF text extraction.
"""
from __future__ import annotations

import html
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
PDF_UNSUPPORTED = "\u00b7\u23af"
PDF_HEADER = "政策文件汇编(测试页眉)"


def seed_text(path) -> str:
    return Path(path).read_text(encoding="utf-8")


def fold_ws(s: str) -> str:
    """Remove all whitespace (incl. NBSP, U+2002, U+3000)."""
    return re.sub(r"\s+", "", s)


# --------------------------------------------------------------------------- txt

def as_txt(text: str, encoding: str, bom: bool = False) -> bytes:
    """encoding: utf-8 | gbk | utf-16-le | utf-16-be | big5.  "gbk" is written with the
    gb18030 codec: identical bytes for every GBK character, and it can also hold the
    NBSP / U+2002 the seeds contain (as real GBK files from Windows tools do)."""
    codec = "gb18030" if encoding == "gbk" else encoding
    data = text.encode(codec)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding] + data
    return data


def traditional(text: str) -> str:
    """The text in traditional characters, keeping only lines Big5 can encode."""
    import zhconv
    tw = zhconv.convert(text, "zh-tw")
    keep = []
    for line in tw.split("\n"):
        try:
            line.encode("big5")
            keep.append(line)
        except UnicodeEncodeError:
            pass
    return "\n".join(keep)


# --------------------------------------------------------------------------- html

NAV_WORDS = "首页导航菜单"
HTML_NOISE = ("脚本内容不应出现", "样式内容不应出现", NAV_WORDS, "页脚版权不应出现", "隐藏内容不应出现")


def as_html(text: str, charset: str = "utf-8", codec: str | None = None) -> bytes:
    """A saved web page: each non-blank line a <p>, with script/style/nav/footer chrome.
    Long paragraphs are broken across source lines between two CJK characters (a
    browser shows no space there) and some words are wrapped in inline tags."""
    paras = []
    for i, line in enumerate(x for x in text.split("\n") if x.strip()):
        esc = html.escape(line, quote=False)
        m = re.search(r"[\u4e00-\u9fff][\u4e00-\u9fff]", esc[len(esc) // 2:])
        if m and len(line) > 30:
            k = len(esc) // 2 + m.start() + 1
            esc = esc[:k] + "\n      " + esc[k:]
        if i % 3 == 1 and re.match(r"[\u4e00-\u9fff]{4}", esc):
            esc = f'<span style="font-weight:bold">{esc[:2]}</span><a href="#x">{esc[2:4]}</a>{esc[4:]}'
        paras.append(f"<p>{esc}</p>")
    page = (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
        f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
        "<title>网页标题_测试网站</title>\n"
        "<style>p { text-indent: 2em; } /* 样式内容不应出现 */</style>\n"
        "<script type=\"text/javascript\">var s = \"脚本内容不应出现\"; if (a < b) {}</script>\n"
        "</head>\n<body>\n"
        f"<nav><ul><li><a href=\"/\">{NAV_WORDS}</a></li><li><a href=\"/a\">政务公开</a></li></ul></nav>\n"
        "<div class=\"main\"><div style=\"display: none\">隐藏内容不应出现</div>\n"
        + "\n".join(paras) +
        "\n</div>\n<footer><p>页脚版权不应出现</p></footer>\n"
        "<script>document.write('脚本内容不应出现');</script>\n</body>\n</html>\n")
    return page.encode(codec or charset)


def html_expected_lines(text: str) -> list[str]:
    return [re.sub(r"[ \t]+", " ", x).strip(" \t") for x in text.split("\n") if x.strip()]


# --------------------------------------------------------------------------- docx

_TABLE_ROW = re.compile(r"\s*\d{1,2}[.．、]")


def as_docx(text: str) -> tuple[bytes, str]:
    """Each line a paragraph, except up to four consecutive numbered lines ("1.", "2.")
    which become rows of a two-column table (number+heading | rest), as in a 分工表.
    Returns (bytes, expected text)."""
    import docx
    lines = text.split("\n")
    start = next((i for i, x in enumerate(lines) if _TABLE_ROW.match(x)), None)
    rows: list[list[str]] = []
    if start is not None:
        for x in lines[start:start + 8]:
            if not x.strip():
                continue
            if not _TABLE_ROW.match(x) or len(rows) == 4:
                break
            k = x.find("。") + 1
            rows.append([x[:k], x[k:]] if 0 < k < len(x) else [x, ""])
    doc = docx.Document()
    expected: list[str] = []
    in_table = set()
    if rows:
        seen, i = 0, start
        while seen < len(rows):
            if lines[i].strip():
                seen += 1
            in_table.add(i)
            i += 1
    table_done = False
    for i, x in enumerate(lines):
        if i in in_table:
            if not table_done:
                tbl = doc.add_table(rows=len(rows), cols=2)
                for r, cells in zip(tbl.rows, rows):
                    for c, val in zip(r.cells, cells):
                        c.text = val
                expected.extend(" | ".join(c.strip() for c in cells) for cells in rows)
                table_done = True
            continue
        doc.add_paragraph(x)
        expected.append(x)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), "\n".join(expected)


def numbered_docx(items: list[tuple[int, str]], fmts=("chineseCounting", "decimal"),
                  texts=("%1、", "(%2)")) -> bytes:
    """A .docx whose headings are numbered by Word itself (w:numPr), not in the text.
    items: (level, text)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{f}"/>'
        f'<w:lvlText w:val="{t}"/><w:suff w:val="nothing"/></w:lvl>'
        for k, (f, t) in enumerate(zip(fmts, texts)))
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in items:
        p = doc.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- pdf

_FONT = "STSong-Light"


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont(_FONT)
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))


def _wrap(par: str, first_width: float, width: float, size: float, force=()):
    """Greedy wrap by glyph widths: list of line strings; a line also ends before
    every index in force (that line is then justified a little wider)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur, w, limit = [], "", 0.0, first_width
    for i, ch in enumerate(par):
        cw = stringWidth(ch, _FONT, size)
        if cur and (w + cw > limit or i in force):
            lines.append(cur)
            cur, w, limit = "", 0.0, width
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def as_pdf(text: str, split_word: tuple[str, str] = ("工业", "信息化局"), size: float = 14,
           page_numbers: bool = True, header: bool = True,
           page_fmt: str = "- {n} -") -> tuple[bytes, str, dict]:
    """A4 pages, each seed line a justified paragraph with a 2-em first-line indent,
    a running header and page numbers (page_fmt, default "- N -").  If the text contains split_word (a unit
    name) the text width (in characters) is chosen so that at least one occurrence is
    broken across two lines ("工业" | "信息化局").  Returns (bytes, expected text with
    whitespace and PDF_UNSUPPORTED removed, info={"chars_per_line", "splits"})."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    _font()
    paras = [x.translate({ord(ch): None for ch in PDF_UNSUPPORTED}).strip()
             for x in text.split("\n")]
    paras = [x for x in paras if x]
    em = stringWidth("中", _FONT, size)
    word = "".join(split_word)

    def layout(cpl, force=None):
        width = cpl * em
        return [(_wrap(p, width - 2 * em, width, size, (force or {}).get(i, ())), width)
                for i, p in enumerate(paras)]

    def near_splits(laid):
        """Occurrences of the word that start in the last 4 characters of a line."""
        force = {}
        for i, (lines, _) in enumerate(laid):
            s = 0
            for line in lines:
                e = s + len(line)
                for m in re.finditer(re.escape(word), paras[i]):
                    t = m.start() + len(split_word[0])
                    if s < t < e and e - t <= 4:
                        force.setdefault(i, set()).add(t)
                s = e
        return force

    def splits(laid):
        n = 0
        for lines, _ in laid:
            for a, b in zip(lines, lines[1:]):
                n += a.endswith(split_word[0]) and b.startswith(split_word[1])
        return n

    cpl, laid = 30, layout(30)
    if word in text:
        for c in range(30, 40):
            if splits(layout(c)):
                cpl, laid = c, layout(c)
                break
            force = near_splits(layout(c))
            if force and splits(layout(c, force)):
                cpl, laid = c, layout(c, force)
                break
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    W, H = A4
    left, top, bottom, leading = 72.0, H - 90, 80.0, size * 1.7
    page = 1

    def furniture():
        if header:
            c.setFont(_FONT, 9)
            c.drawCentredString(W / 2, H - 50, PDF_HEADER)
        if page_numbers:
            c.setFont(_FONT, 11)
            c.drawCentredString(W / 2, 45, page_fmt.format(n=page))

    furniture()
    y = top
    for lines, width in laid:
        for k, line in enumerate(lines):
            if y < bottom:
                c.showPage()
                page += 1
                furniture()
                y = top
            x = left + (2 * em if k == 0 else 0)
            t = c.beginText(x, y)
            t.setFont(_FONT, size)
            avail = width - (2 * em if k == 0 else 0)
            if k < len(lines) - 1 and len(line) > 1:          # justify (两端对齐)
                t.setCharSpace((avail - stringWidth(line, _FONT, size)) / (len(line) - 1))
            t.textOut(line)
            c.drawText(t)
            y -= leading
    c.showPage()
    c.save()
    expected = fold_ws(text).translate({ord(ch): None for ch in PDF_UNSUPPORTED})
    return buf.getvalue(), expected, {"chars_per_line": cpl, "splits": splits(laid), "pages": page}


_HEAD_FONT = "HeadFont"      # a second face of STSong-Light whose BaseFont is renamed SimHei-Light


def styled_pdf(paras, size: float = 14, chars_per_line: int = 30) -> bytes:
    """A4 pages of paragraphs set in a mix of styles, as a Chinese office suite
    prints a plan: each paragraph is a list of ``(text, style)`` runs, style
    ``""`` (the body: STSong-Light), ``"bold"`` (the same font stroked as well
    as filled: text render mode 2, the office suites' fake bold) or ``"hei"``
    (another font family: the PDF names it SimHei-Light, as a 黑体 heading).
    A paragraph is wrapped at ``chars_per_line`` with a 2-em first-line indent."""
    import copy

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    _font()
    try:
        pdfmetrics.getFont(_HEAD_FONT)
    except KeyError:
        head = copy.copy(UnicodeCIDFont(_FONT))
        head.name = head.fontName = _HEAD_FONT
        pdfmetrics.registerFont(head)
    em = stringWidth("中", _FONT, size)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    W, H = A4
    left, top, bottom, leading = 72.0, H - 90, 80.0, size * 1.7
    c.setFont(_FONT, size)                      # the body's font object first: the second is renamed
    c.setFont(_HEAD_FONT, size)
    y = top
    for runs in paras:
        chars = [(ch, st) for text, st in runs for ch in text]
        lines, k = [], 0
        first = chars_per_line - 2
        while k < len(chars):
            n = first if not lines else chars_per_line
            lines.append(chars[k:k + n])
            k += n
        for i, line in enumerate(lines):
            if y < bottom:
                c.showPage()
                y = top
            t = c.beginText(left + (2 * em if i == 0 else 0), y)
            for ch, st in line:
                t.setFont(_HEAD_FONT if st == "hei" else _FONT, size)
                t.setTextRenderMode(2 if st == "bold" else 0)
                t.textOut(ch)
            c.drawText(t)
            y -= leading
    c.showPage()
    c.save()
    data = buf.getvalue()
    cut = [m.start() for m in re.finditer(rb"/BaseFont /STSong-Light /DescendantFonts", data)]
    if len(cut) >= 2:                           # same length: the cross-reference offsets hold
        data = data[:cut[1]] + data[cut[1]:].replace(b"STSong-Light", b"SimHei-Light")
    return data


def encrypted_pdf() -> bytes:
    """A PDF that needs a password to read."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="o"))
    c.drawString(100, 700, "secret text")
    c.showPage()
    c.save()
    return buf.getvalue()


def blank_pdf() -> bytes:
    """One page with a drawn rectangle and no text."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 300, 200, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def stream_pdf(content: bytes = b"", pages: int = 1, stream: bytes | None = None,
               filters: bytes = b"/FlateDecode") -> bytes:
    """A minimal PDF whose pages all draw ``content`` (Flate-compressed) in Helvetica, or
    ``stream``: bytes already encoded with ``filters`` (what follows /Filter)."""
    import zlib
    stream = zlib.compress(content, 6) if stream is None else stream
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
            b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream"]
    objs += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
             f"/Resources << /Font << /F1 {4 + pages} 0 R >> >> >>".encode() for _ in range(pages)]
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offs = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


PNG_BYTES = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
             b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18"
             b"\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def plain_zip() -> bytes:
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "不是Word文档")
        z.writestr("data/a.xml", "<a/>")
    return buf.getvalue()
