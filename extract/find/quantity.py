"""Quantities: numbers with their measure, comparator and flags.

    parse_quantity("年均增长8%以上")   → Quantity(8.0, unit '%', comparator '>=', growth, per_year)
    find_quantities(passage)            → every number+measure a rule picks out

Rules live in ``rules/quantity.yaml``.  Numbers are found with compiled
regexes over the passage; Chinese numerals are converted only inside the span
a rule matched (``统一`` is never read as ``统1``).  Comparator and flags come
from the words around the number inside its clause (the text between , ; 。):

* the item's own head: from the previous quantity of the same clause (or the
  clause start) to the number, and the suffix after the measure (以上, 左右);
* the clause's shared prefix: the verbs that open the clause before its first
  item (``力争新增`` in ``力争新增A 2家、B 5家``), which cover every item;
* 力争/争取 opening a sentence cover the whole sentence.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .. import rules
from .numerals import cn_int

_MULT = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万亿": 1e12}
_CN_DIG = "〇零一二两三四五六七八九"


@functools.lru_cache(maxsize=1)
def _lead_rx():
    # the verbs that open an indicator: rule target.lead_strip of targets.yaml
    rs = rules.load("targets")
    return re.compile(rules.expand(rs["target.lead_strip"].pattern, rs.fragments, "targets.yaml",
                                   "target.lead_strip"))


def lead_strip(head: str) -> tuple:
    """(rest, stripped): the head without the verbs and fillers that open it."""
    m = _lead_rx().match(head)
    if not m or not m.end():
        return head, ""
    return head[m.end():], head[:m.end()]


@dataclass(slots=True)
class Quantity:
    value: float
    value_max: float | None
    unit: str | None
    comparator: str            # '>=', '>', '<=', '<', '=', '~'
    base_value: float | None
    base_unit: str | None
    percent_points: bool
    growth: bool
    per_year: bool
    aspirational: bool
    cumulative: bool
    start: int                 # span of number (+ measure) in the given text
    end: int
    decline: bool = False
    modifier: bool = False     # followed by 的: part of an indicator, not a commitment
    suffix_end: int = 0        # end of the measure plus its comparator suffix (以上)
    head_start: int = 0        # where the item's own head starts (clause start or previous item)
    more: bool = False         # 3000余家: "more than"
    clause_end: int = 0        # end of the clause holding the number
    rule: str = ""


# ---------------------------------------------------------------- rules

@functools.lru_cache(maxsize=1)
def _rules():
    rs = rules.load("quantity")
    frag = rs.fragments
    numbers = [(r.id, r, re.compile(_expand(r))) for r in rs if r.get("role") == "number"]
    special = {r.id: re.compile(_expand(r)) for r in rs if r.get("role") == "special"}
    pre, suf = [], []
    for r in rs:
        if r.get("role") == "comparator":
            (pre if r.get("where") == "prefix" else suf).append((re.compile(_expand(r)), r.get("comparator")))
    flags = [(r.get("flag"), re.compile(_expand(r))) for r in rs if r.get("role") == "flag"]
    gap = re.compile(_expand(rs["cmp.verb_gap"]))
    _ANY["carry"] = re.compile(_expand(rs["flag.aspirational_carry"]))
    _ANY["level_verb"] = re.compile(_expand(rs["flag.own_level"]))
    pre.append((gap, None))
    modifier = re.compile(_expand(rs["neg.modifier"]))
    _ANY["threshold"] = (re.compile(_expand(rs["neg.threshold"])), frozenset(rs["neg.threshold"].get("units")))
    _ANY["grade"] = re.compile(_expand(rs["neg.grade"]))
    _ANY["condition_and"] = re.compile(_expand(rs["neg.condition_and"]))
    _ANY["threshold_pair"] = (re.compile(_expand(rs["neg.threshold_pair"])),
                              re.compile(_expand(rs["neg.threshold_pair_head"])))
    _ANY["clause_cmp"] = [(re.compile(_expand(r)), frozenset(r.get("units")), r.get("comparator"))
                          for r in rs if r.get("role") == "comparator_clause"]
    _ANY["named"] = [(re.compile(_expand(rs[k])), frozenset(rs[k].get("units")), frozenset(rs[k].get("values") or ()))
                     for k in ("neg.age_of_people", "neg.hours_named", "neg.round_the_clock", "neg.threshold_count",
                               "neg.counted_rate", "neg.duration_measured", "neg.denominator_rate",
                               "neg.accident_class", "neg.counted_among", "neg.frequency_threshold")]
    trigger = re.compile("(?:" + frag["cn_trigger"] + ")$")
    # one alternation of all flag / prefix patterns: most heads match none, and
    # one search tells so
    # led by a class of the characters the flags start with, so that the
    # engine only tries the alternation there
    _ANY["flag"] = re.compile(f"(?=[{frag['flag_first']}])(?:" + "|".join(f"(?:{rx.pattern})" for _, rx in flags) + ")")
    _ANY["pre"] = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in pre))
    return numbers, special, pre, suf, flags, modifier, trigger


_ANY: dict = {}


_SHARE_VERB = re.compile(r"(?:达到|实现|建成|完成|覆盖|通过|纳入|具备)")
_DIGIT = re.compile(r"[0-9０-９]")


def _share_reaching(q, text: str, ce: int) -> bool:
    """A share of what follows it that is to reach a state (90%的乡镇卫生院达到服务能力推荐标准,
    80%的村庄建成…): the share is the commitment, not a threshold defining a count -- no other
    number stands in its clause (授权专利2件以上的企业数量达10家以上 keeps its modifier)."""
    if q.base_unit != "%":
        return False
    rest = text[q.end:ce]
    return not _DIGIT.search(rest) and bool(_SHARE_VERB.search(rest))


def _named(q, after: str) -> bool:
    """A number whose unit and what follows it pick out who or what is meant, not an
    amount: an age before the people it picks out (0—6岁儿童: neg.age_of_people), a zone
    or a service named by hours (1小时通勤圈, 24小时服务: neg.hours_named,
    neg.round_the_clock), an amount right before the projects it picks out and their count
    (超10亿元项目50个: neg.threshold_count), a count before the rate measured over it
    (3个断面水质优良率达到100%: neg.counted_rate), a duration before it (24小时扑灭率达到95%:
    neg.duration_measured); ``values``: the only values a rule is for."""
    for rx, units, values in _ANY["named"]:
        if q.base_unit in units and (not values or q.value in values) and rx.match(after):
            return True
    return False


def _expand(rule) -> str:
    """The rule's pattern with fragments expanded, for the stdlib ``re`` (faster)."""
    return rules.expand(rule.pattern, rules.load("quantity").fragments, "quantity.yaml", rule.id)


# ---------------------------------------------------------------- numbers

def to_number(s: str) -> float | None:
    """'3,000' → 3000, '1.5' → 1.5, '两' → 2, '一百二十' → 120, '三点五' → 3.5."""
    s = s.strip().replace(",", "")
    if not s:
        return None
    if s[0].isdigit():
        try:
            return float(s)
        except ValueError:
            return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = cn_int(whole) if whole else 0
        if w is None or not frac or any(c not in _CN_DIG for c in frac):
            return None
        return float(f"{w}.{''.join(str(cn_int(c)) for c in frac)}")
    v = cn_int(s)
    return float(v) if v is not None else None


_CLAUSE_CH = ",;。:!?\n,;:!?\t|"       # a table cell is a clause too
_SENT_CH = ";。!?\n;!?"
_FULL_STOP_CH = "。!?\n!?"      # 力争 opening a sentence hedges it past its semicolons
_RIGHT_OK = set(",;。:!?、)) \n,;:!?")
_LIST_SEP = re.compile(r"^[、,,和及与以及并\s]+")


def _raw(text: str, start: int, end: int, loose: bool) -> list:
    """Number + measure candidates in text[start:end], without context."""
    numbers, special, pre, suf, flags, modifier, trigger = _rules()
    out = []
    for rid, rule, rx in numbers:
        for m in rx.finditer(text, start, end):
            num = m.group("num")
            cn = not num[0].isdigit()
            if not cn and _in_quote(text, m.start(), start, end, reach=12):
                continue                    # “民营经济32条”, “13条政策”: a number inside a short name
            if rid == "quantity.cn_number":
                if _in_quote(text, m.start(), start, end):
                    continue
                after = m.end()
                while after < end and text.startswith(("以上", "以下", "左右", "以内"), after):
                    after += 2
                right_ok = after >= end or text[after] in _RIGHT_OK
                left_ok = bool(trigger.search(text, max(start, m.start() - 4), m.start()))
                if not (left_ok or right_ok or (loose and m.start() == start)):
                    continue
            q = _make(m, rid, rule, cn)
            if q is not None:
                out.append(q)
    for rid, rx in special.items():
        for m in rx.finditer(text, start, end):
            if rid == "quantity.half":              # 一半: a share of 50%
                out.append(Quantity(50.0, None, "%", "=", 50.0, "%", False, False, False, False, False,
                                    m.start(), m.end(), rule=rid))
            elif rid == "quantity.double_digit":     # 两位数增长: a rise of 10% or more
                out.append(Quantity(10.0, None, "%", ">=", 10.0, "%", False, True, False, False, False,
                                    m.start(), m.end(), rule=rid))
            elif rid == "quantity.positive_growth":  # 正增长: above zero
                out.append(Quantity(0.0, None, None, ">", None, None, False, True, False, False,
                                    False, m.start(), m.end(), rule=rid))
            elif rid == "quantity.bare_rate":       # 死亡率控制在0.06以下: the figure, no measure
                out.append(Quantity(float(m.group("num")), None, None, "=", float(m.group("num")), None, False, False,
                                    False, False, False, m.start("num"), m.end("num"), rule=rid))
            elif rid == "quantity.ratio":           # 2.1∶1: the first term, no measure
                e = _RATIO_ONE.match(text, m.end()).end()
                out.append(Quantity(float(m.group("num")), None, None, "=", None, None, False, False, False, False,
                                    False, m.start("num"), e, rule=rid))
            elif rid == "quantity.ratio_one_first":   # 1:1.6: the term that is not one
                out.append(Quantity(float(m.group("num")), None, None, "=", None, None, False, False, False, False,
                                    False, m.start("one"), m.end(), rule=rid))
            elif rid.startswith("quantity.zero"):
                # 零突破: a first one (>); 零增长 / 零发生: a level held at zero
                cmp_ = ">" if rid == "quantity.zero" else "="
                out.append(Quantity(0.0, None, None, cmp_, None, None, False, "增长" in m.group(0), False, False,
                                    False, m.start(), m.end(), rule=rid))
            else:
                # 翻一番: the number of doublings as written (GUIDE.md: the measure word as
                # written, 1 番); what it comes to, 2倍, is the base value
                n = m.group("num")
                k = to_number(n) if n else 1
                out.append(Quantity(float(k), None, "番", "=", 2.0 ** k, "倍", False, True, False, False,
                                    False, m.start(), m.end(), rule=rid))
    out.sort(key=lambda q: q.start)
    # drop overlaps (the earlier, longer one wins)
    kept = []
    for q in out:
        if kept and q.start < kept[-1].end:
            if q.end - q.start > kept[-1].end - kept[-1].start and q.start == kept[-1].start:
                kept[-1] = q
            continue
        kept.append(q)
    return kept


_RATIO_ONE = re.compile(r"\s?[∶:]\s?1")


def _in_quote(text: str, pos: int, start: int, end: int, reach: int = 40) -> bool:
    """True when pos lies inside a short quotation (“五个体系”, "三个一", ‘两高’): an
    opening mark at most ``reach`` (‘ 20) characters before, its closing mark after, on one line."""
    for o, c, span in (("“", "”", reach), ("‘", "’", min(reach, 20)), ('"', '"', reach)):
        i = text.rfind(o, max(start, pos - span), pos)
        if i < 0 or "\n" in text[i:pos] or (o != c and c in text[i + 1:pos]):
            continue
        if o == c and text.count(o, start, i) % 2:
            continue            # that " closes an earlier quotation
        j = text.find(c, pos, min(end, i + span + 2))
        if j >= 0 and "\n" not in text[pos:j] and not (o != c and o in text[pos:j]):
            return True
    return False


def _make(m, rid, rule, cn) -> Quantity | None:
    v = to_number(m.group("num"))
    if v is None:
        return None
    gd = m.groupdict()
    v2 = to_number(gd["num2"]) if gd.get("num2") else None
    unit = gd.get("unit") or rule.get("unit")
    mult = gd.get("mult") or gd.get("mult2") or ""
    if cn and not mult and m.group("num")[-1] in "万亿" and len(m.group("num")) > 1:
        # 五千万元: the trailing 万 belongs to the measure as written
        n = m.group("num")
        v = to_number(n[:-1])
        mult = n[-1]
        if v is None:
            return None
    unit_written = mult + unit if unit else (mult if rule.get("bare") else None)
    factor = _MULT.get(mult, 1.0)
    pp = bool(unit and unit.endswith("百分点"))
    q = Quantity(v, v2, unit_written, "=", round(v * factor, 6), unit, pp, pp, False, False, False,
                 m.start(), m.end(), rule=rid)
    q.more = bool(gd.get("more"))
    return q


# ---------------------------------------------------------------- context

def _comparator(head: str, tail: str) -> str | None:
    _, _, pre, suf, _, _, _ = _rules()
    if tail[:1] == " ":
        tail = tail[1:]
    if tail[:1] in _SUFFIX_FIRST:
        for rx, c in suf:
            if rx.match(tail):
                return c
    # every prefix pattern ends the head ($): only its last characters matter
    # (a PDF's space before the number is not part of it: 超过 90%)
    head = head.rstrip(" \t")[-_PRE_REACH:]
    if not _ANY["pre"].search(head):
        return None
    gap = None
    for rx, c in pre:
        if c is None:
            gap = rx
            continue
        if rx.search(head):
            return c
    m = gap.search(head) if gap else None
    if m:
        return _comparator(head[:m.start()], "")
    return None


def _flag_set(s: str) -> set:
    _, _, _, _, flags, _, _ = _rules()
    if not s or not _ANY["flag"].search(s):
        return set()
    return {f for f, rx in flags if rx.search(s)}


_SUFFIX_FIRST = "以左上及或之 "       # the first characters of the suffix comparators (tests/find/test_quantity.py)
_PRE_REACH = 24     # longer than any prefix comparator with words between (不少于培育, 不少于…总数的)


_WINDOW = 400      # no clause or sentence is longer; bounds the scans
_BOUNDARY = {}


def _boundary_rx(chars: str):
    rx = _BOUNDARY.get(chars)
    if rx is None:
        rx = _BOUNDARY[chars] = re.compile("[" + re.escape(chars) + "]")
    return rx


def _left(text: str, pos: int, lo: int, chars: str) -> int:
    """Just after the last boundary char before pos (or lo)."""
    a = max(lo, pos - _WINDOW)
    m = _boundary_rx(chars).search(text[a:pos][::-1])
    return pos - m.start() if m else a


def _right(text: str, pos: int, hi: int, chars: str) -> int:
    """The first boundary char at or after pos (or hi)."""
    b = min(hi, pos + _WINDOW)
    m = _boundary_rx(chars).search(text, pos, b)
    return m.start() if m else b


def _outside_gloss(text: str, cs: int, pos: int, lo: int) -> int:
    """The clause start of a number right after a bracket whose comma the clause start fell on
    (国家级品牌景区(5A级景区,国家生态旅游示范区)3家以上: the gloss lists what counts, its comma parts
    no clause -- both annotators of a 2018 prefecture's tourism plan, probe batch 192)."""
    seg = text[cs:pos]
    if seg.count(")") + seg.count("）") <= seg.count("(") + seg.count("（"):
        return cs
    op = max(text.rfind("(", max(lo, cs - 40), cs), text.rfind("（", max(lo, cs - 40), cs))
    return _left(text, op, lo, _CLAUSE_CH) if op >= 0 else cs


def find_quantities(text: str, start: int = 0, end: int | None = None, loose: bool = False) -> list:
    """All number+measure candidates in text[start:end] with comparator and flags.

    Spans are offsets into ``text``.  Modifiers (``2件以上的企业``) are returned
    with ``modifier=True``; they do not split a clause into items."""
    end = len(text) if end is None else end
    qs = _raw(text, start, end, loose)
    if not qs:
        return qs
    _, _, _, _, _, modifier, _ = _rules()
    prev_item_end = {}                       # clause start → end of its last item
    last = {}                                # clause start → its last item with a head
    listed = {}                              # clause start → that item and the bare values after it
    shared = {}                              # clause start → flags of the shared prefix
    asp = _positions(text, start, end, ("力争", "争取"))
    hedged_end = -2                          # the clause end of the last hedged number
    carried_cs = -1                          # the start of the clause 力争 was carried into
    for q in qs:
        # suffix comparator and modifier
        # (a PDF's space after the measure is not part of what follows: 60% 以上的)
        sp = 1 if text[q.end:q.end + 1] == " " else 0
        tail = text[q.end + sp:min(end, q.end + sp + 6)]
        cs, ce = _left(text, q.start, start, _CLAUSE_CH), _right(text, q.end, end, _CLAUSE_CH)
        if text[q.start - 1:q.start] in ")）" and cs > start:
            cs = _outside_gloss(text, cs, q.start, start)
        suffix = _suffix_len(tail)
        q.suffix_end = q.end + (suffix + sp if suffix else 0)
        after = text[q.end + sp:min(end, q.end + sp + 4)]
        if ("的" in after and modifier.match(after) and not _share_reaching(q, text, ce)) or (
                after[:1] in "以及" and q.base_unit in _ANY["threshold"][1] and _ANY["threshold"][0].match(after)) or (
                after[:1] == "级" and _ANY["grade"].match(after)) or (     # 30万吨级航道: a class
                "且" in after and _ANY["condition_and"].match(text[q.end + sp:min(end, q.end + sp + 40)])) or (
                _named(q, text[q.end + sp:min(end, q.end + sp + 28)])) or (
                after[:1] == "、" and _ANY["threshold_pair"][0].match(text[q.end + sp:min(end, q.end + sp + 28)])
                and _ANY["threshold_pair"][1].search(text[max(start, q.start - 6):q.start])):
            q.modifier = True
            q.head_start, q.clause_end = cs, ce
            continue
        hs = prev_item_end.get(cs, cs)
        head = text[hs:q.start]
        m = _LIST_SEP.match(head) if head[:1] in _LIST_FIRST else None
        if m:
            head = head[m.end():]
            hs += m.end()
        q.head_start, q.clause_end = hs, ce
        if q.rule in ("quantity.zero", "quantity.positive_growth"):
            c = ">"
        elif q.rule == "quantity.double_digit":  # 两位数增长: ten or more
            c = ">="
        elif q.rule == "quantity.cn_round":      # 突破百项: the verb makes, it does not compare
            c = _comparator("", tail)
        else:
            c = _comparator(head, tail)
        if q.more and c in (None, "="):
            c = ">"
        if c is None:
            for rx, units, cc in _ANY["clause_cmp"]:     # 全省5ms低时延圈: a ceiling
                if q.base_unit in units and rx.search(text, cs, ce):
                    c = cc
        prev = last.get(cs)
        if not head and prev is not None:
            # a bare value continuing a list (分别达到5万人、6万人): it says the
            # same as the item before it
            q.comparator = c or prev.comparator
            # and the list's one suffix is every value's (分别达到95%、85%以上: both annotators of a 2019 city's
            # plan, probe batch 174): the values before it with no suffix of their own, read as reached, take it
            members = listed.setdefault(cs, [prev])
            if c not in (None, "=") and q.suffix_end > q.end:
                for p in members:
                    if p.comparator == "=" and p.suffix_end <= p.end:
                        p.comparator = c
            members.append(q)
            q.growth, q.decline, q.per_year = prev.growth, prev.decline, prev.per_year
            q.cumulative, q.aspirational = prev.cumulative, prev.aspirational
            prev_item_end[cs] = q.suffix_end
            continue
        last[cs] = q
        listed.pop(cs, None)
        if c:
            q.comparator = c
        fl = _flag_set(head)
        if cs not in shared:
            shared[cs] = _flag_set(lead_strip(head)[1]) if fl else set()
        else:
            sh = shared[cs]
            if "growth" in sh and _ANY["level_verb"].search(head):
                sh = sh - {"growth"}    # 新增A 80家、B产量突破5000台: B's own verb sets a level
            fl |= sh
        prev_item_end[cs] = q.suffix_end
        q.growth = q.growth or "growth" in fl
        q.decline = "decline" in fl
        q.per_year = "per_year" in fl
        q.cumulative = "cumulative" in fl
        q.aspirational = "aspirational" in fl
        carried = False
        if not q.aspirational and asp:
            i = bisect.bisect_left(asp, q.start) - 1
            if i >= 0 and q.start - asp[i] < _WINDOW:
                q.aspirational = _sentence_aspirational(text, _left(text, q.start, start, _FULL_STOP_CH), q.start)
                if not q.aspirational and (cs == carried_cs or (
                        cs == hedged_end + 1 and hs == cs and _ANY["carry"].match(head))):
                    q.aspirational = carried = True      # 力争…增长6.5%左右,数字经济…比重达到9.5%
                    carried_cs = cs
        if q.aspirational and text[ce:ce + 1] in ",，" and (carried or _ASP_OPEN.match(text[cs:q.start])):
            hedged_end = ce         # a clause opened by 力争 (or carrying it), then a comma
    _share_list_measure(text, qs)
    return qs


_LIST_JOIN = re.compile(r"\s?、")


def _share_list_measure(text: str, qs: list) -> None:
    """Amounts listed with 、 written as bare magnitudes before a last one that names the
    measure (1.28万亿、1.18万亿、8200亿元): the measure is written once for all (1.28万亿元),
    as both annotators of a 2026 work report read it."""
    for i in range(len(qs) - 1, 0, -1):
        q = qs[i]
        if q.rule == "quantity.bare_magnitude" or not (q.base_unit == "元" and q.unit and q.unit.endswith("元")):
            continue
        j = i - 1
        while j >= 0 and qs[j].rule == "quantity.bare_magnitude" and qs[j].clause_end == q.clause_end \
                and _LIST_JOIN.match(text, qs[j].suffix_end, qs[j + 1].start):
            p = qs[j]
            p.unit, p.base_unit = p.unit + "元", "元"
            j -= 1


def _positions(text: str, start: int, end: int, words) -> list:
    out = []
    for w in words:
        i = text.find(w, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1, end)
    return sorted(out)


_LIST_FIRST = "、,,和及与以并 \t"


_SUFFIX = re.compile(r"\s?(?:及以上|或以上|及以下|或以下|以上|以下|以内|之内|左右|上下)")
_ASP_OPEN = re.compile(r"^\s*(?:[-—]+\s*)?(?:(?:到|至|截至)?\s*(?:19|20)\d{2}年(?:底|末)?(?:前)?\s*[,,]?\s*)?(?:力争|争取)")


def _suffix_len(tail: str) -> int:
    m = _SUFFIX.match(tail)
    return m.end() if m else 0


def _sentence_aspirational(text: str, s: int, pos: int) -> bool:
    """力争/争取 opening the sentence (after an optional 到2026年,) cover all of it."""
    return bool(_ASP_OPEN.match(text[s:pos]))


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text`` (a phrase such as "年均增长8%以上" or "两家")."""
    from ..read.normalize import normalize
    qs = find_quantities(normalize(text), loose=True)   # length-preserving: spans hold
    return qs[0] if qs else None
