"""Length-preserving normalisation.

``normalize(text)`` returns a string of exactly ``len(text)`` characters in which

* full-width ASCII forms become ASCII (（，：；１２３ → (,:;123), the ideographic
  space, no-break and other odd spaces become a plain space (tabs stay: they
  separate the cells of a flattened table);
* dash variants (— – ― ⎯ ﹣ － ─ ‐) become ``-``, and ``一`` written as a dash
  between dates (``20238月一202310月``) becomes ``-``;
* traditional characters become simplified ones, character by character.

Because each character is replaced by exactly one character, the offset map
between the stored text and the normalised text is the identity: a span found
by any rule in the normalised text is the same span in the stored text.  That
is what lets every fact point at the characters it came from without carrying
an offset table around, and it keeps normalisation at C speed
(``str.translate``).
"""
from __future__ import annotations

import functools
import re

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u23af\u2500\ufe58\ufe63\uff0d"


def _base_table() -> dict:
    table = {}
    for cp in range(0xFF01, 0xFF5F):           # full-width ASCII
        table[cp] = cp - 0xFEE0
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _DASHES:
        table[ord(ch)] = "-"
    table[ord("\u3002")] = "。"                # keep the ideographic full stop
    table[ord("\uff61")] = "。"                # half-width ideographic full stop
    table[ord("\uff64")] = "、"
    table[ord("\u2027")] = "·"
    table[ord("\u30fb")] = "·"
    table[ord("\u00b7")] = "·"
    table[ord("\r")] = " "
    return table


_TABLE = _base_table()
# only the characters that change, as one character class: scanning for them is a
# C-level search, and most plan text has few of them (str.translate with a dict
# looks up every character and is ~8× slower on Chinese text)
_CHANGE = re.compile("[" + re.escape("".join(chr(k) for k in _TABLE)) + "]")
_REPL = {chr(k): (v if isinstance(v, str) else chr(v)) for k, v in _TABLE.items()}
_repl = _REPL.__getitem__

# characters that only occur in traditional text; one is enough to switch the
# character table on (the check is one C-level regex search)
_TRAD_HINT = re.compile("[們這個來為與國說時會對產權區發業務開關經貿統專優質審護製績庫處縣機構劃創辦廳]")
# 一 written as a dash between dates; the literal comes first so the scan is fast
_DASH_YI = re.compile(r"一(?=[0-9]{4}|[0-9]{1,2}月)")


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict:
    from zhconv import zhconv as z   # lazy: only for traditional text

    z.loaddict()
    table = {}
    for k, v in z.zhcdicts["zh2Hans"].items():
        if len(k) == 1 and len(v) == 1 and k != v and k not in "「」『』":
            table[ord(k)] = v
    return table


def is_traditional(text: str) -> bool:
    return _TRAD_HINT.search(text) is not None


def normalize(text: str, simplified: bool = False) -> str:
    """``simplified=True`` converts traditional characters even in a short
    string that shows none of the hint characters (used to compare names)."""
    out = _CHANGE.sub(lambda m: _repl(m.group()), text)
    if "一" in out:
        out = _dash_yi(out)
    if simplified or is_traditional(out):
        out = out.translate(_t2s_table())
    assert len(out) == len(text)
    return out


def _dash_yi(out: str) -> str:
    """一 between two dates (20238月一202310月, 2023年5月一2024年6月) is a dash:
    before a year when it follows a digit, 年, 月 or 日; before a month when it
    follows a four-digit year or 月."""
    hits = []
    for m in _DASH_YI.finditer(out):
        i = m.start()
        prev = out[i - 1:i]
        if out[m.end():m.end() + 4].isdigit() and len(out[m.end():m.end() + 4]) == 4:
            ok = prev.isdigit() or prev in ("年", "月", "日")
        else:
            ok = out[max(0, i - 4):i].isdigit() and i >= 4 or prev == "月"
        if ok and prev:
            hits.append(i)
    if not hits:
        return out
    chars = list(out)
    for i in hits:
        chars[i] = "-"
    return "".join(chars)


_FOLD_WS = re.compile(r"\s+")


def fold(s: str | None) -> str:
    """Compare-key for strings: normalised, with all white space removed."""
    if s is None:
        return ""
    return _FOLD_WS.sub("", normalize(s, simplified=True))
