"""Ingest: turn a file (txt, saved web page, PDF, Word .docx) into one clean text.

The text returned here is what every later stage stores and points into, so it
is kept as close to the source as possible: characters are only decoded, line
ends folded to ``\\n`` and control characters replaced one-for-one by a space
(so offsets stay sane).  Traditional characters are NOT converted here
(``normalize.py`` does that, length-preserving).

Public API::

    read_document(path) -> Ingested      # raises IngestError
    read_bytes(data, name) -> Ingested   # same, from memory
    iter_paths(paths) -> iterator of paths (folders expanded, sorted)

The format is decided from the content (magic bytes, zip members, HTML tags),
the extension only says what the caller expected: a ``.txt`` that holds binary
data, or a ``.pdf`` that holds a web page, is refused with a one-line reason.
Heavy libraries (pdfplumber, python-docx, charset-normalizer) are imported
lazily inside the functions that need them.
"""
from __future__ import annotations

import codecs
import functools
import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser

SUPPORTED = (".txt", ".text", ".html", ".htm", ".pdf", ".docx")
_TEXT_EXT = (".txt", ".text")
_HTML_EXT = (".html", ".htm")


class IngestError(Exception):
    """A file that cannot be turned into text; ``str(e) == f"{path}: {reason}"``."""

    def __init__(self, path, reason: str):
        self.path = os.fspath(path) if path is not None else ""
        self.reason = " ".join(str(reason).split())      # always one line
        super().__init__(f"{self.path}: {self.reason}")

    def __reduce__(self):                                  # picklable for workers
        return (type(self), (self.path, self.reason))


@dataclass
class Ingested:
    path: str
    source: str              # file name
    text: str
    fmt: str                 # txt | html | pdf | docx
    encoding: str | None     # txt/html only
    sha256: str              # of the raw bytes
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- entry points

def read_document(path) -> Ingested:
    p = os.fspath(path)
    if not os.path.exists(p):
        raise IngestError(p, "no such file")
    if os.path.isdir(p):
        raise IngestError(p, "is a directory, not a file")
    try:
        with open(p, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise IngestError(p, f"cannot read ({e.strerror or e})") from None
    return _ingest(data, p)


def read_bytes(data: bytes, name: str) -> Ingested:
    return _ingest(bytes(data), os.fspath(name))


def iter_paths(paths):
    """Yield files to read.  Folders are expanded recursively in sorted order
    (supported extensions only, hidden files/folders skipped); explicit files
    are passed through whatever their extension (``read_document`` decides)."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    for p in paths:
        p = os.fspath(p)
        if not os.path.isdir(p):
            yield p
            continue
        found = []
        for root, dirs, files in os.walk(p):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            rel = os.path.relpath(root, p)
            parts = () if rel == "." else tuple(rel.split(os.sep))
            for f in files:
                if not f.startswith(".") and f.lower().endswith(SUPPORTED):
                    found.append((parts + (f,), os.path.join(root, f)))
        for _, full in sorted(found):
            yield full


def _ingest(data: bytes, path: str) -> Ingested:
    name = os.path.basename(path) or path
    ext = os.path.splitext(name)[1].lower()
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    if not data:
        raise IngestError(path, "empty file")
    kind, detail = _sniff(data)
    expected = {".pdf": "pdf", ".docx": "docx"}.get(ext)
    if kind in ("pdf", "docx"):
        if ext in _TEXT_EXT:
            raise IngestError(path, f"not a text file ({_KIND_NAMES[kind]} data)")
        if expected and expected != kind:
            warnings.append(f"extension {ext} but content is {_KIND_NAMES[kind]}; read as {kind}")
        try:
            text = _read_pdf(data, warnings) if kind == "pdf" else _read_docx(data, warnings)
        except IngestError as e:
            raise IngestError(path, e.reason) from None
        return _finish(path, name, text, kind, None, sha, warnings)
    if kind != "text":                 # zip/binary: refuse with what it looks like
        if ext == ".docx":
            raise IngestError(path, f"not a Word document ({detail})")
        if ext == ".pdf":
            raise IngestError(path, f"not a PDF file ({detail})")
        if ext in _TEXT_EXT or ext in _HTML_EXT:
            raise IngestError(path, f"not a text file ({detail})")
        raise IngestError(path, f"unsupported file type ({detail})")
    try:
        text, enc, fmt = _read_text(data, ext, warnings)
    except IngestError as e:
        raise IngestError(path, e.reason) from None
    if expected:
        raise IngestError(path, f"not a {'PDF file' if expected == 'pdf' else 'Word document'} "
                                f"(content is {'an HTML page' if fmt == 'html' else 'plain text'})")
    return _finish(path, name, text, fmt, enc, sha, warnings)


def _finish(path, name, text, fmt, enc, sha, warnings) -> Ingested:
    try:
        text = _clean(text, warnings)
    except IngestError as e:
        raise IngestError(path, e.reason) from None
    if not text.strip():
        raise IngestError(path, "no text" + (" (the page has no visible text)" if fmt == "html" else ""))
    return Ingested(path=path, source=name, text=text, fmt=fmt, encoding=enc, sha256=sha,
                    warnings=warnings)


# --------------------------------------------------------------------------- sniffing

_KIND_NAMES = {"pdf": "PDF", "docx": "Word document"}
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"), (b"GIF89a", "GIF image"), (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"), (b"RIFF", "RIFF media file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office/WPS (OLE2) file such as .doc; save it as .docx"),
    (b"\x1f\x8b", "gzip archive"), (b"Rar!", "RAR archive"), (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"), (b"{\\rtf", "RTF document, not supported; save it as .docx"),
    (b"%!PS", "PostScript file"),
]
# bytes that never occur in text (C0 controls except \t \n \v \f \r and ESC, SUB)
_CTRL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27))


def _sniff(data: bytes) -> tuple[str, str]:
    """Return (kind, detail): kind in pdf | docx | text | binary."""
    head = data[:1024]
    if re.search(rb"%PDF-\d", head):
        return "pdf", ""
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _sniff_zip(data)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return "binary", what
    sample = data[:65536]
    if _utf16_guess(sample) or sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "text", ""
    n_ctrl = len(sample) - len(sample.translate(None, _CTRL_BYTES))
    if n_ctrl > max(8, len(sample) // 100):
        for enc in ("utf-16-le", "utf-16-be"):        # CJK-only UTF-16 has NULs on both sides
            s = _decode_sample(sample, enc)
            if s is not None and _plausibility(s) is not None and len(_HANZI.findall(s)) * 2 > len(s):
                return "text", ""
        return "binary", "binary data"
    return "text", ""


def _sniff_zip(data: bytes) -> tuple[str, str]:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except Exception as e:                     # BadZipFile, NotImplementedError, ...
        return "binary", f"damaged zip archive: {e}"
    if "word/document.xml" in names:
        return "docx", ""
    if "OFD.xml" in names:
        return "binary", "OFD document, not supported; export it as PDF"
    if any(n.startswith("xl/") for n in names):
        return "binary", "Excel workbook, not supported"
    if any(n.startswith("ppt/") for n in names):
        return "binary", "PowerPoint file, not supported"
    return "binary", "zip archive without word/document.xml"


def _utf16_guess(sample: bytes) -> str | None:
    """BOM-less UTF-16: ASCII characters leave NULs on one side only."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 4 and even * 4 <= odd and odd * 100 >= len(sample) // 2:
        return "utf-16-le"
    if even >= 4 and odd * 4 <= even and even * 100 >= len(sample) // 2:
        return "utf-16-be"
    return None


# --------------------------------------------------------------------------- text decoding

_CJK_CANDIDATES = ("gb18030", "big5", "cp950", "big5hkscs", "utf_16_le", "utf_16_be")
_CN_NAMES = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5",
             "cp950": "cp950", "big5hkscs": "big5hkscs", "utf_16_le": "utf-16-le",
             "utf_16_be": "utf-16-be"}
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_TEXTLIKE = re.compile(
    r"[\t\n\r\x0b\x0c\x20-\x7e\xa0-\u024f\u02c6-\u02dd\u0391-\u03c9\u2000-\u27bf"
    r"\u3000-\u303f\u30fb\u3100-\u312f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef\U00020000-\U0003134f]")


@functools.lru_cache(maxsize=1)
def _common_hanzi():
    """The most frequent ~9000 characters: GB2312 level 1 plus Big5 常用字."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            chars.add(bytes((lead, trail)).decode("gb2312", "ignore"))
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            chars.add(bytes((lead, trail)).decode("big5", "ignore"))
    chars.discard("")
    return re.compile("[" + "".join(sorted(chars)) + "]")


def _plausibility(s: str) -> float | None:
    """Score a decoded sample as Chinese text (higher is better), None if implausible:
    too many characters no Chinese text uses, or hanzi that are mostly rare ones (what
    a wrong GBK/Big5 guess or random bytes give)."""
    n = len(s)
    if not n:
        return None
    other = n - len(_TEXTLIKE.findall(s))
    if other > max(1, n // 50):
        return None
    hanzi = len(_HANZI.findall(s))
    if not hanzi:                          # non-ASCII without any hanzi: a wrong guess
        return None if (n - len(s.encode("ascii", "ignore"))) * 10 > n else 0.3 - other / n
    ratio = len(_common_hanzi().findall(s)) / hanzi
    if hanzi >= 2 and ratio < 0.5:
        return None
    return ratio - other / n


def _decode_sample(sample: bytes, enc: str) -> str | None:
    for cut in range(4):                    # the sample may end inside a character
        try:
            return sample[:len(sample) - cut].decode(enc)
        except UnicodeDecodeError:
            continue
        except LookupError:
            return None
    return None


def _max_bad(n_bytes: int) -> int:
    """Undecodable byte sequences tolerated (replaced by U+FFFD, with a warning)."""
    return max(2, n_bytes // 500)


def _decode(data: bytes, warnings: list[str], declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to str; return (text, encoding name)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), ("utf-16-le" if bom == codecs.BOM_UTF16_LE else
                                          "utf-16-be" if bom == codecs.BOM_UTF16_BE else enc)
            except UnicodeDecodeError:
                text = data.decode(enc, "replace")
                warnings.append(f"{text.count(chr(0xFFFD))} invalid byte sequence(s) in {enc} "
                                "text replaced by U+FFFD")
                return text, enc
    if declared:
        # valid UTF-8 beats a declaration (mislabelled pages are common; GBK text is
        # practically never valid UTF-8); a declared legacy charset must give plausible text
        try:
            text = data.decode("utf-8")
            if declared not in ("utf-8", "ascii") and not text.isascii():
                warnings.append(f"declared charset {declared} but the content is UTF-8; read as utf-8")
            return text, "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            text = data.decode(declared)
            if _plausibility(text[:20000]) is not None:
                return text, declared
        except (UnicodeDecodeError, LookupError):
            pass
        warnings.append(f"declared charset {declared} does not decode the file; detected instead")
    sample = data[:65536]
    utf16 = _utf16_guess(sample) if len(data) % 2 == 0 else None
    if utf16:
        s = _decode_sample(sample, utf16)
        if s is not None and _plausibility(s) is not None:
            try:
                return data.decode(utf16), utf16
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # sample around the first non-ASCII byte, then rank the CJK candidates
    m = re.search(rb"[\x80-\xff]", data)
    start = data.rfind(b"\n", 0, m.start()) + 1 if m else 0
    sample = data[start:start + 65536]
    order = [declared] if declared else []
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(sample, cp_isolation=list(_CJK_CANDIDATES)).best()
        if best is not None and best.encoding in _CN_NAMES:
            order.append(_CN_NAMES[best.encoding])
    except Exception:                      # detection is a hint only
        pass
    scored = []
    for enc in dict.fromkeys(["utf-8"] + order + [_CN_NAMES[c] for c in _CJK_CANDIDATES]):
        s, bad = _decode_sample(sample, enc), 0
        if s is None:                      # a few broken bytes are tolerated, at a cost
            try:
                s = sample.decode(enc, "replace")
            except LookupError:
                continue
            bad = s.count("\ufffd")
            if bad > _max_bad(len(sample)):
                continue
        score = _plausibility(s)
        if score is not None:
            scored.append((score + (0.05 if enc in order else 0) - bad / max(1, len(s)), enc))
    scored.sort(key=lambda x: -x[0])
    for _, enc in scored:
        if enc == "utf-8" or enc == declared:      # already failed strictly
            continue
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    for _, enc in scored:                  # broken bytes (a cut-off last character, mixed encodings)
        text = data.decode(enc, "replace")
        bad = text.count("\ufffd")
        if bad <= _max_bad(len(data)):
            warnings.append(f"{bad} invalid byte sequence(s) in {enc} text replaced by U+FFFD")
            return text, enc
    tried = ", ".join(["utf-8", "utf-16"] + [e for e in dict.fromkeys(_CN_NAMES.values())
                                             if not e.startswith("utf")])
    raise IngestError("", f"cannot detect encoding (tried {tried}; no candidate decodes "
                          "to plausible Chinese text)")


# --------------------------------------------------------------------------- txt / html

_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
                         re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:p|div|br|span|table|tr|td|th|a|li|ul|ol|h[1-6]|font|b|strong|"
                        r"center|img|body|head|meta|title|section|article)\b[^>]{0,500}>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_ENC = re.compile(rb"""<\?xml[^>]{0,200}encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)


def _looks_html(s: str) -> bool:
    if _HTML_START.match(s[:4096]):
        return True
    s = s[:65536]
    n = len(_HTML_TAGS.findall(s))
    return n >= 5 and n * 500 >= len(s)


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


def _read_text(data: bytes, ext: str, warnings: list[str]) -> tuple[str, str, str]:
    head = data[:8192]
    declared = None
    if ext in _HTML_EXT or _looks_html(head.decode("latin-1")):
        m = _META_CHARSET.search(head) or _XML_ENC.search(head)
        declared = _charset_name(m.group(1)) if m else None
    text, enc = _decode(data, warnings, declared)
    if ext in _HTML_EXT or _looks_html(text.lstrip("\ufeff")):
        if ext not in _HTML_EXT and ext:
            warnings.append(f"extension {ext} but content is an HTML page; read as html")
        return html_to_text(text), enc, "html"
    from .unwrap import undouble, unwrap

    text, doubled = undouble(text)
    if doubled:
        warnings.append(f"{doubled} lines with every character doubled (bold drawn twice) halved")
    text, joined, dropped = unwrap(text)
    if joined:
        warnings.append(f"hard-wrapped text (as pulled from a PDF): re-joined {joined} line breaks, "
                        f"dropped {dropped} page-number/header lines")
    return text, enc, "txt"


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
        self.in_cell = 0
        self.pre = 0

    def _brk(self, tag=""):
        # a block boundary is "\x01" (adjacent ones merge into one line break); <br> is a
        # real line break ("<br><br>" leaves a blank line); inside a table cell "\x02", a
        # space; "\x03" separates cells.  html_to_text resolves them.
        self.out.append("\x02" if self.in_cell else "\n" if tag == "br" else "\x01")

    def handle_starttag(self, tag, attrs):
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
        elif tag in ("td", "th"):
            if self.cells:
                if self.cells[-1]:
                    self.out.append("\x03")
                self.cells[-1] += 1
            self.in_cell += 1
        elif tag in _BLOCK_TAGS:
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
        if tag == "tr":
            if self.cells:
                self.cells.pop()
            self.out.append("\x01")
        elif tag in ("td", "th"):
            self.in_cell = max(0, self.in_cell - 1)
        elif tag == "table":
            self.cells.clear()
            self.in_cell = 0
            self.out.append("\x01")
        elif tag in _BLOCK_TAGS and tag != "br":
            self._brk(tag)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.skip:
            return
        data = re.sub("[\x01-\x03]", " ", data)
        if self.pre and not self.in_cell:
            self.out.append(data)
            return
        data = _CJK_BREAK.sub("", data)     # CSS: a line break between CJK characters vanishes
        self.out.append(_HTML_WS.sub(" ", data))


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: blocks become lines, table cells joined by " | "."""
    p = _TextParser()
    try:
        p.feed(html)
        p.close()
    except Exception as e:                  # html.parser is lenient; be safe anyway
        raise IngestError("", f"cannot parse HTML ({type(e).__name__}: {e})") from None
    text = re.sub(r"[ \t\x02]*\x03[ \t\x02]*", " | ", "".join(p.out))
    text = re.sub(r"[ \t\x02]*\x01[\x01\x02 \t]*", "\n", text)
    text = re.sub(r"[ \t]*\x02[\x02 \t]*", " ", text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)          # spaces left around line ends
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n ")


# --------------------------------------------------------------------------- cleaning

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


def _clean(text: str, warnings: list[str]) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _NEWLINES.sub("\n", text)
    text, n = _BAD_CHARS.subn(" ", text)
    if n:
        warnings.append(f"replaced {n} control/invalid character(s) (NUL etc.) with spaces")
    if n > max(8, len(text) // 100):
        raise IngestError("", f"not a text file (binary data: {n} control characters)")
    return text


# --------------------------------------------------------------------------- docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DOCX_SKIP = {_MC_FALLBACK, _W + "del", _W + "moveFrom"}   # VML duplicate, tracked deletions
_DOCX_CONTAINERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins",
                    _W + "smartTag", _W + "moveTo"}


def _read_docx(data: bytes, warnings: list[str]) -> str:
    try:
        import docx
        doc = docx.Document(io.BytesIO(data))
        body = doc.element.body
    except Exception as e:
        raise IngestError("", f"not a Word document ({type(e).__name__}: {e})") from None
    numbering = _DocxNumbering(doc)
    lines: list[str] = []

    def block(el):
        tag = el.tag
        if tag == _W + "p":
            lines.append(numbering.label(el) + _docx_par_text(el))
        elif tag == _W + "tbl":
            lines.extend(_docx_table_rows(el, numbering))
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
    return "\n".join(lines)


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


def _docx_table_rows(tbl, numbering) -> list[str]:
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
            cells.append(" ".join(x.strip() for x in parts if x.strip()).replace("\n", " "))
        rows.append(" | ".join(cells))
    return rows


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


# --------------------------------------------------------------------------- pdf

from .unwrap import FINAL as _FINAL, HEADING_START as _HEADING_START, PAGE_NO as _PAGE_NO  # noqa: E402
_CID = re.compile(r"\(cid:\d+\)")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int


def _read_pdf(data: bytes, warnings: list[str]) -> str:
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
