"""Strings from documents and file names made safe for the terminal and for rich.

Anything a document or a file system supplies (titles, unit names, task text,
file names) is data: it must neither be read as rich markup (``[/]`` crashes
rich, ``[link=…]`` would make a link) nor reach the terminal with control
characters (a newline forging an ``error:`` line, an escape sequence).
"""
from __future__ import annotations

import os
import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def terminal_safe(s, keep_newlines: bool = False) -> str:
    """``s`` with control characters (and bidi overrides) shown as escapes and bytes
    that are not UTF-8 (lone surrogates from a file name) as ``\\xNN``."""
    if s is None:
        return ""
    if isinstance(s, bytes):
        s = os.fsdecode(s)
    s = str(s)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") \
            if all(not 0xD800 <= ord(c) <= 0xDC7F for c in s) \
            else s.encode("utf-8", "backslashreplace").decode("utf-8")

    def esc(m):
        c = m.group()
        if keep_newlines and c == "\n":
            return c
        return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
    return _CONTROL.sub(esc, s)


def markup_safe(s, keep_newlines: bool = True) -> str:
    """``terminal_safe`` and escaped for rich markup (``[`` cannot open a tag)."""
    from rich.markup import escape
    return escape(terminal_safe(s, keep_newlines))
