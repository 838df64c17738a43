"""Responsibility clauses, unit names, division-of-labour tables and rosters.

Clause rules are data in ``rules/responsibility.yaml``; name rules in
``rules/units.yaml``; the department lexicon in ``rules/units.jsonl`` (see
``lexicon.py``).  All functions take the normalised text and return absolute
spans.

* ``find_clauses(text, start=0, end=None) -> list[Clause]``
* ``split_units(body, offset=0, default_role="responsible") -> list[UnitRef]`` (unit_lists.py)
* ``find_table_rows(text, start, end) -> list[TableRow]`` (tables.py)
* ``parse_roster(text, start, end) -> list[GroupMember]`` (roster.py)
* re-exported from lexicon: ``dept_type``, ``canonical_unit``, ``find_mentions``

Unit names follow corpus/gold/GUIDE.md: kept as written, an administrative
prefix restored only where a list leaves it implicit (市法院、检察院 →
市检察院), bracketed aliases dropped, typos read as meant (市商务局市 →
市商务局), trailing 按职责分工负责 / 负责 / 等 dropped.

Judgement calls beyond the GUIDE (tests/test_clause_forms.py holds a case
for each): a deadline or pace inside a clause (…负责，2024年底前完成; 完成时限:…)
and fields that are not units (责任领导:张三) are dropped; a note after the
list's full stop is not part of it; 党委和政府 and levels listed before one
government word (各市、县(市、区)人民政府) are one collective unit; places
listed bare before a head share it (安定区、陇西县人民政府); after 等 a bare
generic (等部门, 等有关部门) is dropped but a collective with its own prefix
(等省有关部门, 等国务院有关部门) is a unit; a collective named alone
(各地区各有关部门) is a unit; a role word reaches back over 、 only, not over
a comma; a bracketed 牵头 or a star after one name marks that name only.
"""
from __future__ import annotations

import re

import bisect
import functools

import regex

from .. import rules
from .lexicon import (canonical_unit, dept_info, dept_type, find_mentions,  # noqa: F401
                      is_division, lexicon, looks_like_unit, split_core, strip_alias, unit_in_position)
from ..models import Clause, DroppedItem, UnitRef  # noqa: F401
from .unit_lists import _role_of_word, split_units

__all__ = ["find_clauses", "split_units", "dept_type", "canonical_unit", "find_mentions",
           "parse_roster", "find_table_rows", "TableRow"]

@functools.lru_cache(maxsize=1)
def _rules():
    rs = rules.load("responsibility")
    clause_rules = [_ClauseRule(r, rs) for r in sorted((r for r in rs if r.id.startswith("clause.")),
                                                       key=lambda r: r.get("priority", 9))]
    return {"clauses": clause_rules}


# ------------------------------------------------------------------ clauses

def find_clauses(text: str, start: int = 0, end: int | None = None) -> list:
    """Responsibility clauses in text[start:end], spans absolute.  Labelled
    clauses win over bare ones where they overlap.

    The whole text is scanned once (cached for the last few texts) and a span
    query returns the clauses that lie inside it, so calling this for every
    section of a plan costs one scan.  The Clause and UnitRef objects are
    shared between calls on the same text: copy before changing them."""
    global _LAST
    n = len(text)
    end = n if end is None else min(end, n)
    if _LAST[0] is text:
        starts, cls = _LAST[1]
    else:
        # The cache below keys on the text's value: a lookup that meets an
        # equal text held under another object (the same document loaded
        # again) compares the two in full, once per call -- quadratic over a
        # document's sections.  The text just scanned is checked by identity.
        starts, cls = _all_clauses(text)
        _LAST = (text, (starts, cls))
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(cls) and cls[i].start < end:
        if cls[i].end <= end:
            out.append(cls[i])
        i += 1
    return out


_LAST: tuple = (None, None)


@functools.lru_cache(maxsize=8)
def _all_clauses(text: str):
    cls = _scan_clauses(text, 0, len(text))
    return [c.start for c in cls], cls


class _ClauseRule:
    """A clause rule ready to scan: its pattern compiled with the engine the
    rule names (``engine: re`` -- the standard module, faster for patterns
    that open on a character class -- else ``regex``), its anchor set, and
    the ``require`` pattern a window must hold before the rule runs there."""

    __slots__ = ("rule", "id", "regex", "anchors", "stops", "scope", "tail", "require", "validate", "need",
                 "share")

    def __init__(self, rule, rs):
        self.rule, self.id = rule, rule.id
        self.regex = re.compile(rule.regex.pattern) if rule.get("engine") == "re" else rule.regex
        anchors = rule.get("anchor")
        self.anchors = tuple(sorted(anchors)) if anchors else None
        self.stops = rule.get("anchor_stops", "。\n;；!?")
        if anchors and any(c in a for a in anchors for c in self.stops):
            raise rules.RuleError(f"{rs.name}: {rule.id}: an anchor holds a stop character")
        self.scope = rule.get("scope")
        self.tail = _tail_re(rule.get("tail"))
        req = rule.get("require")
        self.require = rs.compile(req, rule.id) if req else None
        self.validate = rule.get("validate")
        self.need = rule.get("min_units_unless_after_stop")
        self.share = float(rule.get("valid_share", 1.0))

    def get(self, key, default=None):
        return self.rule.get(key, default)


def _scan_clauses(text: str, start: int, end: int) -> list:
    R = _rules()
    found = []
    t_starts: list = []                # spans taken, sorted and disjoint
    t_ends: list = []
    windows: dict = {}
    for rule in R["clauses"]:
        check = rule.validate
        for m in _matches(rule, text, start, end, windows):
            a, b = m.span()
            k = bisect.bisect_right(t_starts, a)
            if (k and t_ends[k - 1] > a) or (k < len(t_starts) and t_starts[k] < b):
                continue
            bs, be = m.span("body")
            body = text[bs:be]
            # (a rule may name the role its units take: …为协办单位)
            role = _role_of_word(m.group("role"), "responsible") if "role" in m.re.groupindex and m.group("role") \
                else "responsible"
            if "。" in body and rule.get("across_stops"):     # (A、B按职责分工负责。C属地负责): each sentence's list
                units, k = [], 0
                for part in body.split("。"):
                    if not _DEFINES.search(part):      # (各市政府包括各设区市政府,韩城市政府…: who a collective is)
                        units.extend(split_units(part, bs + k, role, rule.id))
                    k += len(part) + 1
            else:
                units = split_units(body, bs, role, rule.id)
            if units and rule.get("cut_end") and not ("after" in m.re.groupindex and m.group("after")):
                tail = body.rstrip()
                if tail[-1:] not in "、,，;；" and units[-1].end >= bs + len(tail) and not split_core(units[-1].name):
                    units = units[:-1]      # the item the copy's end cut in the middle
                    #                         (not one a role word closes: …、市行政审批局牵头,各; nor a
                    #                         department written whole, (牵头单位:省民政厅 -- both annotators of a
                    #                         2023 province's livelihood list, probe batch 165)
            if not units:
                continue
            units, bad = _validate(rule, units)
            if not units:
                continue
            if check:
                need = rule.need
                if need and len(units) < need and not _after_stop(text, a):
                    continue
            # trim spaces the line rule may have taken
            while b > a and text[b - 1] in " \t":
                b -= 1
            for u in units:
                u.clause = a
            cl = Clause(a, b, units, rule.id)
            cl.dropped = [DroppedItem(text[u.start:u.end], u.start, u.end, a, b, rule.id, why) for u, why in bad]
            cl.standalone = _standalone(text, a, b)
            found.append(cl)
            k = bisect.bisect_right(t_starts, a)
            t_starts.insert(k, a)
            t_ends.insert(k, b)
    found.sort(key=lambda c: c.start)
    return found


def _validate(rule, units: list) -> tuple:
    """(units kept, [(item, reason)] dropped) of one clause match, item by item:
    an item that does not read as a unit is dropped and the clause keeps the
    others, so one bad item (a unit the lexicon does not know, a page number
    inside a name) never loses the whole clause.

    A labelled clause (责任单位:…) keeps every item that reads as a unit.  A bare
    one (no label: its validation is what says it is a clause at all) must
    still read as a list of units: more than ``valid_share`` of its items pass
    the rule's check (``strict``: a strong suffix, 局 委 办 厅 …; ``loose``: any
    unit name of 3+ characters) -- with no ``valid_share``, all of them -- and
    then keeps the items that read as units of any kind."""
    check = rule.validate
    if not check:
        # (a place named in a labelled list is its government, as written: 责任单位:市移民局,西秀区、
        # 普定县、镇宁自治县 -- both annotators of a 2019 city report, probe batch 24)
        ok = [looks_like_unit(u.name) or is_division(u.name) for u in units]
    else:
        if check == "strict":
            passed = [looks_like_unit(u.name, strict=True) for u in units]
        else:
            # (a collective of one level, 各县 / 各区, is short and a unit all the same: probe batch 116)
            # (and a place named bare, its government, as in a labelled list: 由市湖泊管理局统筹,江川区、澄江市、
            # 通海县和市直有关部门负责 -- both annotators of a 2023 city's plan, probe batch 138)
            passed = [(looks_like_unit(u.name) and (len(u.name) >= 3 or u.name.startswith("各")))
                      or is_division(u.name) for u in units]
        n = sum(passed)
        if not n or (n < len(units) and n <= rule.share * len(units)):
            return [], []
        short = _short_office()
        # (a strict rule counts only strong suffixes towards its share, but keeps a bare place of a list
        # that passed, as the loose ones count it)
        ok = [p or (looks_like_unit(u.name) and (len(u.name) >= 3 or bool(short.match(u.name))))
              or (check == "strict" and is_division(u.name)) for p, u in zip(passed, units)]
    kept = [u for u, k in zip(units, ok) if k]
    if not kept:
        return [], []
    return kept, [(u, "not a unit name") for u, k in zip(units, ok) if not k]


@functools.lru_cache(maxsize=1)
def _short_office():
    return lexicon().names["name.short_office"].regex


@functools.lru_cache(maxsize=None)
def _stops(chars: str):
    cls = "[" + re.escape(chars) + "]"
    return re.compile(cls), regex.compile("(?r)" + cls)


@functools.lru_cache(maxsize=None)
def _tail_re(pattern):
    return None if not pattern else regex.compile(pattern)


@functools.lru_cache(maxsize=None)
def _anchor_re(anchors: tuple):
    # the standard `re` module: twice as fast as `regex` for a literal alternation
    return re.compile("|".join(re.escape(a) for a in sorted(anchors, key=len, reverse=True)))


_PRECHECK = True      # tests turn the ``require`` precheck off to show it changes nothing


_CLOSERS = frozenset(")）〕]】")


_LABEL_AFTER = re.compile(r"[ \t]*(?:牵头|责任|配合|参与|协办)(?:单位|部门)[ \t]*[:：]")


_OPENERS = frozenset("(（〔[【")
_DEFINES = re.compile(r"包括|是指|指的是")


def _partner(text: str, a: int, b: int, lo: int, hi: int, forward: bool) -> int:
    """Where the bracket left open by text[a:b] closes (``forward``, searching text[b:hi]) or where the one
    closed in it opened (searching text[lo:a] backwards), within a line and 200 characters; -1 when none is
    left so or it does not close there.  (A full stop inside a bracket ends a clause window early.)"""
    seg = text[a:b]
    ins, outs = (_OPENERS, _CLOSERS) if forward else (_CLOSERS, _OPENERS)
    if not any(c in seg for c in ins):
        return -1                       # (most windows hold no bracket at all)
    depth = sum(1 for c in seg if c in ins) - sum(1 for c in seg if c in outs)
    if depth <= 0:
        return -1
    ks = range(b, min(hi, b + 200)) if forward else range(a - 1, max(lo, a - 200) - 1, -1)
    for k in ks:
        c = text[k]
        if c == "\n":
            return -1
        if c in ins:
            depth += 1
        elif c in outs:
            depth -= 1
            if depth == 0:
                return k
    return -1


def _matches(rule, text: str, start: int, end: int, cache: dict | None = None):
    """Matches of a clause rule in text[start:end]; a rule with ``anchor``
    literals is only run over the sentences that hold one of them (the
    sentences are found once per anchor set and ``cache``d for the scan),
    and of those only over the ones that hold its ``require`` pattern."""
    anchors = rule.anchors
    rx = rule.regex
    if not anchors:
        yield from rx.finditer(text, start, end)
        return
    stops = rule.stops
    key = (anchors, stops)
    windows = None if cache is None else cache.get(key)
    if windows is None:
        windows = _windows(text, start, end, anchors, stops, cache)
        if cache is not None:
            cache[key] = windows
    req = rule.require.search if rule.require is not None and _PRECHECK else None
    if rule.scope == "last_sentence":      # only the sentence that closes the window
        tail = rule.tail
        for ws, we in windows:
            e = we
            while e > ws and text[e - 1] in " \t":
                e -= 1
            if e > ws and text[e - 1] in "。.":
                e -= 1
            if tail is not None and not tail.search(text, max(ws, e - 8), e):
                continue
            k = max(text.rfind(c, ws, e) for c in "。!?;；")
            s, e = ws if k < 0 else k + 1, min(end, we + 1)
            if req is None or req(text, s, e):
                yield from rx.finditer(text, s, e)
        return
    for ws, we in windows:
        e = min(end, we + 1)
        across = rule.get("across_stops")
        if across and ws > start and text[ws - 1:ws] == "。":
            o = _partner(text, ws, we, start, end, False)     # (…成员单位。各县政府属地负责): from its opening
            ws = o if o >= 0 else ws
        if e < end and text[e:e + 1] in _CLOSERS and text[we:we + 1] == "。":
            e += 1                      # (市发展改革委负责。): the bracket the stop stands in closes after it
        elif e < end and text[we:we + 1] == "。" and (lab := _LABEL_AFTER.match(text, e, end)):
            e = lab.end()               # 〔…负责。责任单位:…〕: a label goes on inside the bracket
        elif across and e < end and text[we:we + 1] == "。" \
                and (close := _partner(text, ws, we, start, end, True)) > 0:
            e = close + 1               # (A、B按职责分工负责。各县〔区〕政府属地负责,下同): the bracket goes on
        if req is None or req(text, ws, e):
            yield from rx.finditer(text, ws, e)


def _windows(text: str, start: int, end: int, anchors: tuple, stops: str, cache: dict | None = None) -> list:
    """Disjoint (start, end) spans between stop characters that hold an anchor.

    The anchor hits are found once per anchor set (``cache``d for the scan:
    two rules may share anchors with different stops).  Walking that list
    gives what searching again after each window would: a window ends on a
    stop character and no anchor holds one, so no hit straddles its end."""
    hits = None if cache is None else cache.get(("hits", anchors))
    if hits is None:
        hits = [m.start() for m in _anchor_re(anchors).finditer(text, start, end)]
        if cache is not None:
            cache[("hits", anchors)] = hits
    stop, stop_back = _stops(stops)
    one = stops if len(stops) == 1 else None
    out = []
    pos = start
    for i in hits:
        if i < pos:
            continue
        if one is not None:
            k = text.rfind(one, start, i)
            ws = k + 1 if k >= 0 else start
            k = text.find(one, i, end)
            we = k if k >= 0 else end
        else:
            mb = stop_back.search(text, start, i)
            ws = mb.end() if mb else start
            mf = stop.search(text, i, end)
            we = mf.start() if mf else end
        out.append((ws, we))
        pos = max(we + 1, i + 1)
    return out


def _after_stop(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "。;；!?\n"


def _standalone(text: str, a: int, b: int) -> bool:
    """True when the clause is alone on its line (a section-level clause
    when it stands under a heading)."""
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", b)
    le = len(text) if le < 0 else le
    return not text[ls:a].strip() and not text[b:le].strip(" \t。.;；")


# division-of-labour tables and rosters live in their own modules; imported
# here so ``from extract.find.units import find_table_rows, parse_roster, TableRow``
# keeps working
from .roster import parse_roster  # noqa: E402
from .tables import TableRow, find_table_rows  # noqa: E402
