"""Conventions a plan states once for many clauses (rules/conventions.yaml).

    find_conventions(norm, start, end) -> [Convention]
    mask(norm, conventions) -> str          # same length: their words blanked

``（责任单位：省数据局、省数据集团，列第一位的为牵头单位，下同）`` both lists units
and sets a rule for every later clause.  The rule's words are not units, so
the clause reader sees the text with them replaced by spaces (one for one,
so every span still indexes the stored text), and the rule is recorded on the
document for the resolve stage (extract/resolve.py) to apply and for the
database to keep, so a researcher can see why a unit is the lead.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import rules


@dataclass(slots=True)
class Convention:
    kind: str             # first_is_lead | all_items | note (words only, no rule)
    start: int            # span of the words that state it
    end: int
    text: str
    ditto: bool = False   # first_is_lead: holds for every later clause (下同)
    everywhere: bool = False   # first_is_lead: a note (注：…) holds for every clause, before it too
    others: str = "responsible"   # first_is_lead: the role of the units after the first
    units: str = ""       # all_items: the units it names, as written
    units_start: int = -1
    role: str = "responsible"   # all_items: the role its units take (配合 / 参与: cooperating)
    rule: str = ""


@functools.lru_cache(maxsize=1)
def _rules():
    rs = rules.load("conventions")
    return [(r, r.regex) for r in rs]


_HINT = re.compile(r"第一|首位|首个|列出|不再列|列举")      # (the words any convention holds: a cheap first look)
_SEP = ",，;；、 "
# (round brackets too, when the words fill them: 县发改局(首位单位为牵头单位,下同)、县财政局 -- a 2022 county's
# division of work, both annotators of probe batch 66)
_OPEN, _CLOSE = "〔[【(（", "〕]】)）"


def find_conventions(norm: str, start: int = 0, end: int | None = None) -> list:
    end = len(norm) if end is None else end
    if not _HINT.search(norm, start, end):
        return []
    out = []
    for r, rx in _rules():
        for m in rx.finditer(norm, start, end):
            c = Convention(kind=r.get("kind"), start=m.start(), end=m.end(), text=norm[m.start():m.end()],
                           rule=r.id)
            if c.kind == "first_is_lead":
                c.ditto = bool(m.group("ditto") or m.group("scope"))
                c.everywhere = bool(m.group("note"))
                c.others = "cooperating" if m.group("others") else "responsible"
            elif c.kind == "note":
                pass                     # 明确牵头部门的,有关部门配合,不逐一列出: its words only
            elif r.get("units_before"):
                # the list item right before the words: back to the previous separator
                # outside brackets, or to the clause's label
                i, depth = m.start() - 1, 0
                while i > start:
                    ch = norm[i]
                    if ch in ")）":
                        depth += 1
                    elif ch in "(（":
                        if depth == 0:
                            break
                        depth -= 1
                    elif depth == 0 and ch in ",，;；:：":
                        break
                    i -= 1
                c.units, c.units_start = norm[i + 1:m.start()].strip(), i + 1
            else:
                c.units, c.units_start = m.group("units"), m.start("units")
                if m.group("verb") in ("配合", "参与"):
                    c.role = "cooperating"
            out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def mask_spans(norm: str, conventions: list) -> list:
    """Spans to blank for the clause reader: each convention's words with the
    separator before them, and the brackets round them when they fill them."""
    spans = []
    for c in conventions:
        a, b = c.start, c.end
        while a > 0 and norm[a - 1] in _SEP:
            a -= 1
        spans.append((a, b))
    # two conventions side by side (〔…下同〕，以下各项…不再单独列出; …下同。本条及以下…不再重复列举): blank
    # what joins them
    spans.sort()
    merged = []
    for a, b in spans:
        if merged and not norm[merged[-1][1]:a].strip(_SEP + "。."):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    out = []
    for a, b in merged:
        # (a full stop before the words inside the clause's bracket goes too: (A、B负责。列第一位
        # 的为牵头部门,下同) -- the clause reads as (A、B负责))
        closes = norm[b:b + 2].lstrip(" ")[:1] in ")）" + _CLOSE
        while a > 0 and (norm[a - 1] in _SEP or (closes and norm[a - 1] in "。.")):
            a -= 1
        if a > 0 and b < len(norm) and norm[a - 1] in _OPEN and norm[b] in _CLOSE:
            a, b = a - 1, b + 1
        out.append((a, b))
    return out


def mask(norm: str, conventions: list) -> str:
    if not conventions:
        return norm
    chars = list(norm)
    for a, b in mask_spans(norm, conventions):
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
