"""Markdown, as crawlers save plan pages: markup read as markup.

    md_to_text(text) -> str

Emphasis (``**发布日期**``), heading marks (``# 标题``), block quotes, list
bullets, links (``[text](url)`` → text), images, HTML line breaks and
thematic breaks (``---``) are markup, not plan text, and are removed; a pipe
table becomes one line per row with cells joined by `` | `` (its ``|---|``
rule line dropped), as every other reader writes tables.  Escaped characters
(``\\*``) keep the character.  A crawler's own header fields stay as lines
(``发布日期: 2025-01-10``): metadata reads the date from them, and the plan
body starts after them.
"""
from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_EMPH = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?(?:span|font|b|strong|em|i|u|p|div|sup|sub)\b[^>]*>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def looks_markdown(text: str) -> bool:
    """Markdown markup in the first lines: a # heading, **emphasis** or a [link](url)."""
    head = text[:4000]
    return bool(re.search(r"(?m)^\s{0,3}#{1,6}\s+\S", head) or head.count("**") >= 4
                or _LINK.search(head))


def _inline(s: str) -> str:
    s = _BR.sub("\n", s)
    s = _IMAGE.sub(r"\1", s)
    s = _LINK.sub(r"\1", s)
    s = _AUTOLINK.sub(r"\1", s)
    for _ in range(2):                       # nested **…_…_…**
        s = _EMPH.sub(r"\2", s)
    s = _TAG.sub("", s)
    return _ESCAPE.sub(r"\1", s)


def md_to_text(text: str) -> str:
    out: list[str] = []
    fenced = False
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            out.append(line)
            continue
        if _RULE.match(line) or _TABLE_RULE.match(line) and "|" in line:
            out.append("")
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            continue                          # the underline of a setext heading
        m = _HEADING.match(line)
        if m:
            out.append(_inline(m.group(1)))
            continue
        line = _QUOTE.sub("", line)
        line = _BULLET.sub(r"\1", line)
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
            cells = [_inline(c.strip()) for c in stripped[1:-1].split("|")]
            out.append(" | ".join(cells))
            continue
        out.append(_inline(line))
    return "\n".join(out)
