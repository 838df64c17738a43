"""Re-join plain text that was pulled from a PDF with hard line breaks.

Text copied out of a PDF arrives as lines of (nearly) equal display width,
broken mid-sentence and even mid-name (``工业和\\n信息化局``), with page numbers
(``— 3 —``) and a running header between pages.  When a text looks like that
— most of its longer lines are within two characters of the same width — a
full-width line is joined to the next one unless the next line starts a
heading or is indented, or the line ends a sentence; page furniture lines are
dropped.  Text that does not look wrapped (paragraph-per-line files such as
web pages saved as text) is returned unchanged.
"""
from __future__ import annotations

import re
from collections import Counter

from .. import rules

# shared with ingest's PDF reader (rules/vocabulary.yaml): a page-number line
# (use fullmatch), the start of a heading, and a sentence-final mark at the end
# of a line
PAGE_NO = rules.vocabulary().compile(r"\s*(?:$page_no)\s*")
HEADING_START = rules.vocabulary().compile(r"\s*(?:$heading_start)")
FINAL = rules.vocabulary().compile(r"$sentence_end$closing*\s*$")
# the label of a tracked change's balloon (used by the PDF reader)
REVISION_LABEL = rules.vocabulary().compile(r"$revision_label")


# East Asian Wide and Fullwidth ranges (Unicode EastAsianWidth W/F), as one
# character class so that measuring a line is a C-level scan
_WIDE = re.compile("[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf"
                   "\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19"
                   "\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U00020000-\U0003fffd]")


def width(s: str) -> int:
    """Display width: wide (CJK, full-width) characters count 2."""
    return len(s) + len(_WIDE.findall(s))


def _wrap_width(lines: list, measure=None, widths=None, least: int = 30) -> int | None:
    """The width a hard-wrapped text was cut at (by ``measure``: display width,
    or character count for text wrapped by a count; or the lines' ``widths``
    measured already), or None if it does not look wrapped.  Lines shorter
    than ``least`` are not counted."""
    if widths is None:
        measure = measure or width
        widths = [measure(ln.rstrip()) for ln in lines]
    long_ = [w for w in widths if w >= least]
    if len(long_) < 8:
        return None
    top = Counter(long_).most_common()
    # the wrap width is the most common width among long lines (±2 for a
    # half-width character or a punctuation mark pushed to the next line)
    best, best_n = None, 0
    for w, _ in top[:10]:
        n = sum(1 for x in long_ if w - 2 <= x <= w)
        if n > best_n:
            best, best_n = w, n
    if best is None or best_n < 6 or best_n < 0.4 * len(long_):
        return None
    if max(long_) > best + 6 and sum(1 for x in long_ if x > best + 6) > 0.1 * len(long_):
        return None        # many longer lines: paragraphs per line, not a wrap
    return best


_DOUBLED = re.compile(r"^(?:(.)\1){3,}$", re.M)
_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%/:\-]*")
_CLOSING_MARK = re.compile(r"[。，,;；:：!！?？)）\]】」』”》、]\s*$")


def undouble(text: str) -> tuple:
    """A heading drawn twice for a bold effect comes out of a PDF with every
    character doubled (二二、、重重点点任任务务 → 二、重点任务); such lines are
    halved.  Returns (text, number of lines halved)."""
    if not _DOUBLED.search(text):
        return text, 0
    n = 0

    def halve(m):
        nonlocal n
        n += 1
        return m.group()[::2]

    return _DOUBLED.sub(halve, text), n


def unwrap(text: str, drop_furniture: bool = True) -> tuple:
    """(text, number of line breaks removed, number of furniture lines dropped);
    ``drop_furniture=False`` keeps page numbers and repeated short lines (Markdown
    has no pages)."""
    lines = text.split("\n")
    lens = sorted(len(ln) for ln in lines if len(ln) >= 15)
    if len(lens) < 8 or lens[len(lens) // 2] > 90:
        return text, 0, 0       # paragraph-per-line text: no page is that wide
    # each line's display width, measured once (stripped of its trailing space;
    # a line with leading space is measured again stripped of it)
    wr = [width(ln.rstrip()) for ln in lines]
    w = _wrap_width(lines, widths=wr)
    # (by count, a line of 28 characters is a full one: a page set in 16-point type whose
    # copy turned its full-width colons and brackets half-width -- a 2019 district's plan,
    # probe batch 20 -- is cut at 28 characters but not at one display width)
    n = _wrap_width(lines, len, least=20)
    if w is None and n is None:
        return text, 0, 0
    if w is None:
        w = 2 * n
    # a line is full when it reaches the wrap by display width (a PDF's glyphs)
    # or by character count (text re-flowed at a fixed number of characters)
    is_full = (lambda i, p: wr[i] >= w - 2 or (n is not None and len(p) >= n - 1))
    # running headers: a short line repeated on several pages
    counts = Counter(t for t, wi in ((ln.strip(), width(ln.strip()) if ln[:1].isspace() else wr[i])
                                     for i, ln in enumerate(lines)) if t and wi < w * 0.8)
    near_page_no = Counter(lines[i + d].strip() for i, ln in enumerate(lines) if PAGE_NO.fullmatch(ln)
                           for d in (-1, 1) if 0 <= i + d < len(lines))
    # (repeated without a page number beside it, a line that closes on punctuation is a
    # paragraph's tail -- the same responsibility clause ending three tasks -- not a header)
    furniture = {t for t, n in counts.items()
                 if drop_furniture and len(t) >= 4
                 and ((n >= 3 and not _CLOSING_MARK.search(t)) or (n >= 2 and near_page_no[t] >= 2))
                 and not HEADING_START.match(t) and not FINAL.search(t)}
    kept = []                   # indices of the lines kept
    dropped = 0
    for i, ln in enumerate(lines):
        t = ln.strip()
        if t and ((drop_furniture and PAGE_NO.fullmatch(t)) or t in furniture):
            dropped += 1
            continue
        kept.append(i)
    out = [lines[kept[0]]] if kept else []
    joined = 0
    for i, j in zip(kept, kept[1:]):
        prev, nxt = lines[i], lines[j]
        p = prev.rstrip()
        # full: it reaches the wrap, or the next line's first word would not have fitted on it
        # (a line breaker never cuts 2026 or 1000亿元: the line before stops short of the margin)
        run = _WORD.match(nxt)
        full = is_full(i, p) or bool(run and (wr[i] + len(run.group()) > w
                                              or (n is not None and len(p) + len(run.group()) > n)))
        if (full and nxt.strip() and not nxt[:1].isspace() and not HEADING_START.match(nxt)
                and not FINAL.search(p)):
            out[-1] = out[-1].rstrip() + nxt
            joined += 1
        else:
            out.append(nxt)
    return "\n".join(out), joined, dropped
