"""Chinese numerals → integers, applied only to spans a rule picked out."""
from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}


def cn_int(s: str) -> int | None:
    """二十一 → 21, 十五 → 15, 一百二十 → 120, 二〇二四 → 2024, 两万 → 20000; 12 → 12.

    Returns None when ``s`` is not a numeral."""
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if all(c in _DIGITS for c in s) and len(s) > 1:     # digit by digit: 二〇二四
        return int("".join(str(_DIGITS[c]) for c in s))
    total = section = digit = 0
    seen = False
    for c in s:
        if c in _DIGITS:
            digit = _DIGITS[c]
            seen = True
        elif c in _UNITS:
            section += (digit or 1) * _UNITS[c]
            digit = 0
            seen = True
        elif c in _BIG:
            total += (section + digit) * _BIG[c]
            section = digit = 0
            seen = True
        else:
            return None
    return total + section + digit if seen else None
