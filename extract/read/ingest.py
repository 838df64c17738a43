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

This module sniffs the format and dispatches; the readers live beside it:
``encoding`` (bytes to str), ``ingest_html``, ``ingest_docx`` and ``ingest_pdf``.
PDF, DOCX and HTML tables come back as blocks (``Ingested.tables``, see
``blocks``); when cleaning takes characters out (a BOM, the \\r of \\r\\n) the
cells' spans are moved with it.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from bisect import bisect_left
from dataclasses import dataclass, field

from .encoding import HANZI, decode, decode_sample, plausibility, utf16_guess
from .blocks import shift_spans
from .ingest_docx import read_docx
from .ingest_error import IngestError
from .ingest_html import declared_charset, html_to_blocks, html_to_text, looks_html  # noqa: F401
from .ingest_pdf import _join_lines, _Line, read_pdf  # noqa: F401 (_join_lines, _Line: for the tests)

SUPPORTED = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
_TEXT_EXT = (".txt", ".text", ".md", ".markdown")
_MD_EXT = (".md", ".markdown")
# a folder's own documentation (README.md, GUIDE.md …), not a plan: skipped when
# a folder is expanded (naming the file loads it)
_FOLDER_DOC = re.compile(r"^(?:readme|guide|conventions|contributing|changelog|license|licence|notes|sources)"
                         r"(?:[._-][^/]*)?\.(?:md|markdown|txt)$", re.I)
_HTML_EXT = (".html", ".htm")


@dataclass
class Ingested:
    path: str
    source: str              # file name
    text: str
    fmt: str                 # txt | md | html | pdf | docx
    encoding: str | None     # txt/html only
    sha256: str              # of the raw bytes
    warnings: list[str] = field(default_factory=list)
    tables: list = field(default_factory=list)   # blocks.Table (pdf, docx, html): rows of cells with spans into text
    emphasis: list = field(default_factory=list)  # [(start, end)] of text set apart by its typeface (pdf)


# --------------------------------------------------------------------------- entry points

def read_document(path) -> Ingested:
    p = os.fspath(path)
    problem = regular_file_problem(p)
    if problem:
        raise IngestError(p, problem)
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
    are passed through whatever their extension (``read_document`` decides).
    Problems found while walking (a symlink leaving the folder, an unreadable
    subfolder) are yielded as paths too, so ``read_document`` reports them."""
    for f in iter_files(paths):
        yield f.path


@dataclass
class Found:
    """A file to read, its identity (the path relative to the folder it was
    found in, ``/``-separated; a named file's identity is its own name) and a
    reason it must not be read (or None)."""
    path: str
    identity: str
    problem: str | None = None


def _walk_error(err: OSError, out: list, root: str):
    full = err.filename or root
    rel = os.path.relpath(full, root)
    out.append((tuple(rel.split(os.sep)), Found(full, rel.replace(os.sep, "/"),
                f"cannot read folder ({err.strerror or err}); its files were not loaded")))


def iter_files(paths):
    """Yield a ``Found`` per file of ``paths`` (see ``iter_paths``).  A symlinked
    file is read only when it points inside the folder being loaded; symlinked
    folders are not walked (one pointing outside is reported)."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    for p in paths:
        p = os.fsdecode(os.fspath(p))
        if not os.path.isdir(p):
            yield Found(p, os.path.basename(p.rstrip(os.sep)) or p)
            continue
        real_root = os.path.realpath(p)
        found: list = []
        errors: list = []
        for root, dirs, files in os.walk(p, onerror=lambda e: _walk_error(e, errors, p)):
            files = [f for f in files if not _FOLDER_DOC.match(f)]
            rel = os.path.relpath(root, p)
            parts = () if rel == "." else tuple(rel.split(os.sep))
            keep = []
            for d in sorted(dirs):
                if d.startswith("."):
                    continue
                full = os.path.join(root, d)
                if os.path.islink(full):     # not walked (no cycles); inside the folder it is walked anyway
                    if not _inside(os.path.realpath(full), real_root):
                        found.append((parts + (d,), Found(full, "/".join(parts + (d,)),
                                      f"symlink to a folder outside {p} ({os.path.realpath(full)}); not followed")))
                    continue
                keep.append(d)
            dirs[:] = keep
            for f in files:
                if not f.startswith(".") and f.lower().endswith(SUPPORTED):
                    full = os.path.join(root, f)
                    problem = None
                    if os.path.islink(full) and not _inside(os.path.realpath(full), real_root):
                        problem = (f"symlink to a file outside {p} ({os.path.realpath(full)}); not followed")
                    found.append((parts + (f,), Found(full, "/".join(parts + (f,)), problem)))
        found.extend(errors)
        for _, item in sorted(found, key=lambda x: x[0]):
            yield item


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def regular_file_problem(path: str) -> str | None:
    """Why ``path`` must not be opened (a FIFO would block the open forever), or None."""
    import stat
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "no such file"
    except OSError as e:
        return f"cannot read file ({e.strerror or e})"
    if stat.S_ISDIR(st.st_mode):
        return "is a directory, not a file"
    if not stat.S_ISREG(st.st_mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "a special file")
        return f"not a regular file ({kind}); not read"
    return None


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
        tables = []
        emphasis: list = []
        try:
            if kind == "pdf":
                text, tables = read_pdf(data, warnings, emphasis=emphasis)
            else:
                text, tables = read_docx(data, warnings)
        except IngestError as e:
            raise IngestError(path, e.reason) from None
        return _finish(path, name, text, kind, None, sha, warnings, tables, emphasis)
    if kind != "text":                 # zip/binary: refuse with what it looks like
        if ext == ".docx":
            raise IngestError(path, f"not a Word document ({detail})")
        if ext == ".pdf":
            raise IngestError(path, f"not a PDF file ({detail})")
        if ext in _TEXT_EXT or ext in _HTML_EXT:
            raise IngestError(path, f"not a text file ({detail})")
        raise IngestError(path, f"unsupported file type ({detail})")
    try:
        text, enc, fmt, tables = _read_text(data, ext, warnings)
    except IngestError as e:
        raise IngestError(path, e.reason) from None
    if expected:
        raise IngestError(path, f"not a {'PDF file' if expected == 'pdf' else 'Word document'} "
                                f"(content is {'an HTML page' if fmt == 'html' else 'plain text'})")
    return _finish(path, name, text, fmt, enc, sha, warnings, tables)


def _finish(path, name, text, fmt, enc, sha, warnings, tables=(), emphasis=()) -> Ingested:
    try:
        n = len(text)
        removed = _removed(text) if tables or emphasis else []
        text = _clean(text, warnings)
        if (tables or emphasis) and len(text) != n:   # spans of table cells must still index the text
            if len(removed) == n - len(text):
                shift_spans(tables, removed)
                for c in (c for t in tables for r in t.rows for c in r.cells if c.start >= 0):
                    c.text = text[c.start:c.end]         # a cell's text is what it spans
                emphasis = [(s - bisect_left(removed, s), e - bisect_left(removed, e)) for s, e in emphasis]
            else:
                if tables:
                    warnings.append("tables dropped: the text changed length while cleaned")
                tables, emphasis = [], []
    except IngestError as e:
        raise IngestError(path, e.reason) from None
    if not text.strip():
        raise IngestError(path, "no text" + (" (the page has no visible text)" if fmt == "html" else ""))
    return Ingested(path=path, source=name, text=text, fmt=fmt, encoding=enc, sha256=sha,
                    warnings=warnings, tables=list(tables), emphasis=list(emphasis))


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
    if utf16_guess(sample) or sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "text", ""
    n_ctrl = len(sample) - len(sample.translate(None, _CTRL_BYTES))
    if n_ctrl > max(8, len(sample) // 100):
        for enc in ("utf-16-le", "utf-16-be"):        # CJK-only UTF-16 has NULs on both sides
            s = decode_sample(sample, enc)
            if s is not None and plausibility(s) is not None and len(HANZI.findall(s)) * 2 > len(s):
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


# --------------------------------------------------------------------------- txt / html

def _read_text(data: bytes, ext: str, warnings: list[str]) -> tuple[str, str, str, list]:
    head = data[:8192]
    declared = None
    if ext in _HTML_EXT or looks_html(head.decode("latin-1")):
        declared = declared_charset(head)
    text, enc = decode(data, warnings, declared)
    if ext in _HTML_EXT or looks_html(text.lstrip("\ufeff")):
        if ext not in _HTML_EXT and ext:
            warnings.append(f"extension {ext} but content is an HTML page; read as html")
        text, tables = html_to_blocks(text)
        return text, enc, "html", tables
    from .flat_tables import unflatten
    text = _ZERO_WIDTH.sub("", text)          # before lines are measured (unwrap) or parsed (Markdown)
    if "(" in text:                           # … and a mirror's glosses before cells are read (鄉(xiāng)鎮(zhèn) | …)
        text = _PINYIN_GLOSS.sub("", text)
    from .shared_copy import unpage_shared_copy
    text, n = unpage_shared_copy(text)        # before unwrap: a page mark cuts a line in two
    if n:
        warnings.append(f"a document-sharing site's copy: took out {n} page marks")
    from .unwrap import undouble, unwrap
    if ext in _MD_EXT:
        from .ingest_md import md_to_text
        text = md_to_text(text)
        text, joined, _ = unwrap(text, drop_furniture=False)    # Markdown wrapped at a width
        if joined:
            warnings.append(f"hard-wrapped Markdown: re-joined {joined} line breaks")
        text = _run_in(text, warnings)
        text, tables = unflatten(text)                      # a table copied one cell per line
        return text, enc, "md", tables

    text, doubled = undouble(text)
    if doubled:
        warnings.append(f"{doubled} lines with every character doubled (bold drawn twice) halved")
    text, joined, dropped = unwrap(text)
    if joined:
        warnings.append(f"hard-wrapped text (as pulled from a PDF): re-joined {joined} line breaks, "
                        f"dropped {dropped} page-number/header lines")
    text = _run_in(text, warnings)
    text, tables = unflatten(text)
    return text, enc, "txt", tables


def _run_in(text: str, warnings: list) -> str:
    """Numbered items a copy ran into the line before them, each on a line of its own."""
    from .run_in import split_run_in
    text, n = split_run_in(text)
    if n:
        warnings.append(f"{n} numbered items ran into the line before them: each put on a line of its own")
    return text


# --------------------------------------------------------------------------- cleaning

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# characters that take no room: zero-width space, (non-)joiners, word joiner, soft hyphen,
# a byte-order mark inside the text.  A web page's editor leaves them between any two
# characters (市科\u200b技局, 20\u200b26年); read as a space they would cut a name or a number.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
# the pinyin a mirror site prints after a character it converted (發(fā)展, 區(qū)域, 鎮(zhèn)): not the
# document's words -- a bracketed syllable with a tone mark right after a CJK character
_PINYIN_GLOSS = re.compile("(?<=[\u3400-\u9fff])\\((?=[a-z\u00e0-\u01dc]*[\u0101\u00e1\u01ce\u00e0\u0113\u00e9"
                           "\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9"
                           "\u01d6\u01d8\u01da\u01dc])[a-z\u00e0-\u01dc]{1,7}\\)")


def _removed(text: str) -> list[int]:
    """Offsets of the characters ``_clean`` takes out (a leading BOM, the \\r of
    each \\r\\n, characters of no width, a mirror's pinyin glosses), so that table
    spans can follow."""
    out = [m.start() for m in re.finditer("\r\n", text)]
    out += [m.start() for m in _ZERO_WIDTH.finditer(text)]
    out += [i for m in _PINYIN_GLOSS.finditer(text) for i in range(m.start(), m.end())]
    return sorted(out)


def _clean(text: str, warnings: list[str]) -> str:
    text = _NEWLINES.sub("\n", text)
    text = _ZERO_WIDTH.sub("", text)
    if "(" in text:
        text = _PINYIN_GLOSS.sub("", text)
    text, n = _BAD_CHARS.subn(" ", text)
    if n:
        warnings.append(f"replaced {n} control/invalid character(s) (NUL etc.) with spaces")
    if n > max(8, len(text) // 100):
        raise IngestError("", f"not a text file (binary data: {n} control characters)")
    return text
