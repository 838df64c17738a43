"""Numbered items a copy ran into the line before them, put back on lines of their own.

    split_run_in(text) -> (text, count)

A web page's copy may lose the break between two numbered items, so that the next
item's number follows the last one's closing mark with no blank at all::

    (一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办…)
    1.抓好600个省级重点产业项目……(省发改委主办,…协办)2.重点抓好……

A line that opens with an item number holds the *next* number of the same kind
(二 after 一, 2 after 1) right after a sentence end or a closing bracket: the break
before it is restored (and so on for the number after that).  Only the successor
counts, so a 2. or (二) that only cites something in the middle of a sentence, or a
decimal, stays where it is.  (``normalize.unflatten`` restores breaks in place of
blanks; here there is no blank to put one in, so the text read gains a line break,
as ``unwrap`` changes the text it joins.)
"""
from __future__ import annotations

import re

_CN = "一二三四五六七八九"

# a line's own number: 一、 (一) 1. 1、 (1), full- or half-width brackets
_OPEN = re.compile(r"^[ \t\u3000]*(?:(?P<cn>[一二三四五六七八九十]{1,3})、|[(（](?P<pcn>[一二三四五六七八九十]{1,3})[)）]|"
                   r"(?P<ar>[0-9]{1,2}) ?[.、．](?![0-9])|[(（](?P<par>[0-9]{1,2})[)）])")
_BEFORE = "。；;)）"                    # what the number may follow
# an item number right after a closing mark, in the middle of a line (_child_run)
_CHILD = re.compile(r"(?<=[。；;)）])(?:[(（](?P<pcn>[一二三四五六七八九十]{1,3})[)）]|(?P<ar>[0-9]{1,2})[.、．](?![0-9])|"
                    r"[(（](?P<par>[0-9]{1,2})[)）])")


def _cn_int(s: str) -> int | None:
    if s == "十":
        return 10
    if len(s) == 1 and s in _CN:
        return _CN.index(s) + 1
    if len(s) == 2 and s[0] == "十" and s[1] in _CN:
        return 10 + _CN.index(s[1]) + 1
    if len(s) == 2 and s[0] in _CN and s[1] == "十":
        return (_CN.index(s[0]) + 1) * 10
    if len(s) == 3 and s[0] in _CN and s[1] == "十" and s[2] in _CN:
        return (_CN.index(s[0]) + 1) * 10 + _CN.index(s[2]) + 1
    return None


def _cn(n: int) -> str:
    if n <= 9:
        return _CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens - 1]) + "十" + (_CN[ones - 1] if ones else "")


def _marks(kind: str, n: int) -> tuple:
    """The ways the number ``n`` of ``kind`` is written at an item's start."""
    if kind == "cn":
        return (_cn(n) + "、",)
    if kind == "pcn":
        return tuple(a + _cn(n) + b for a in "(（" for b in ")）")
    if kind == "ar":
        return tuple(f"{n}{d}" for d in ".、．")
    return tuple(f"{a}{n}{b}" for a in "(（" for b in ")）")


def _after_close(line: str, k: int, kind: str) -> bool:
    """Whether position ``k`` follows a sentence end or closing bracket; an arabic number may stand one blank after it
    (…等牽頭負責) 2. 組織實施… in a 2021 province's policy list, both annotators of probe batch 277; not 。 二、, where a
    page runs a whole notice's parts into one line with their (一) items inside them)."""
    return line[k - 1] in _BEFORE or (kind == "ar" and k >= 2 and line[k - 1] in " \u3000" and line[k - 2] in _BEFORE)


def _after_mark(line: str, mark: str, start: int, kind: str) -> int:
    """Where ``mark`` first stands right after a sentence end or closing bracket in ``line`` from ``start``
    (an arabic number not read into a decimal), else -1."""
    k = line.find(mark, start)
    while k > 0 and (not _after_close(line, k, kind)
                     or (kind == "ar" and k + len(mark) < len(line) and line[k + len(mark)].isdigit())):
        k = line.find(mark, k + 1)
    return k


def _child_run(line: str, start: int, own: str) -> int:
    """Where a run of items of another kind starts in a line whose own next number is not in it: a number
    right after a closing mark whose successor also stands right after one (一、促进就业(3项)1.促进…。(牵头单位:…)
    2.支持…, and 二、社会保障(2项)4.…5.…, numbered on through the parts: a 2023 province's livelihood list, both
    annotators of probe batch 165); -1 where there is none."""
    for m in _CHILD.finditer(line, start):
        kind = m.lastgroup
        if kind == own:
            continue
        n = _cn_int(m.group(kind)) if kind == "pcn" else int(m.group(kind))
        if n is None:
            continue
        if any(_after_mark(line, nxt, m.end(), kind) > 0 for nxt in _marks(kind, n + 1)):
            return m.start()
    return -1


# the first item of a list run on after the sentence that announces it (…现就有关事项通知如下:1 .实现…。2.实施…),
# in a line that does not open with an item of its own
_ANNOUNCED = re.compile(r"如下[:：]\s?(?=(?:1 ?[.、．](?![0-9])|一、|[(（]一[)）]|[(（]1[)）]))")


def _announced_first(line: str) -> int:
    """Where the first item of a list a line announces (如下:1.…) starts, if its second item stands
    further on right after a sentence end or closing bracket, else -1."""
    if _OPEN.match(line):
        return -1
    for a in _ANNOUNCED.finditer(line):
        m = _OPEN.match(line[a.end():])
        kind = m.lastgroup
        if any(_after_mark(line, nxt, a.end() + m.end(), kind) > 0 for nxt in _marks(kind, 2)):
            return a.end()
    return -1


def split_run_in(text: str) -> tuple[str, int]:
    """``text`` with each run-in next item moved to a line of its own, and how many."""
    if not any(c in text for c in _BEFORE):
        return text, 0
    out, count = [], 0
    for line in text.split("\n"):
        first = _announced_first(line) if "如下" in line else -1
        if first > 0:
            out.append(line[:first])
            line = line[first:]
            count += 1
        while True:
            m = _OPEN.match(line)
            if not m:
                break
            kind = m.lastgroup
            n = _cn_int(m.group(kind)) if kind in ("cn", "pcn") else int(m.group(kind))
            if n is None:
                break
            cut = -1
            for mark in _marks(kind, n + 1):
                k = line.find(mark, m.end())
                while k > 0 and not _after_close(line, k, kind):
                    k = line.find(mark, k + 1)
                if k > 0 and (kind != "ar" or k + len(mark) >= len(line) or not line[k + len(mark)].isdigit()):
                    cut = k if cut < 0 else min(cut, k)
            if cut < 0:
                cut = _child_run(line, m.end(), kind)
            if cut < 0:
                break
            out.append(line[:cut])
            line = line[cut:]
            count += 1
        out.append(line)
    return ("\n".join(out), count) if count else (text, 0)
