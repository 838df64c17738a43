"""Quantitative targets: every number a plan commits to, with its indicator.

    find_targets(doc) → [Target]

1. find_quantities over the plan body (rules/quantity.yaml) gives each number
   with its measure, comparator and flags;
2. numbers that define an indicator (``2件以上的企业``), numbers in sections
   that hold no commitments (指导思想, 发展基础) and sentences that report what
   was already reached (已达到) are dropped;
3. the indicator is the item's head with its opening verbs (力争, 新增, 培育)
   and closing words (每年, 超过) stripped (rules/targets.yaml); when nothing
   is left the number comes first and the indicator is what follows it
   (培育1个高价值专利培育中心);
4. the deadline is the nearest one before it in its own sentence (or after it
   in its own clause), else one on an enclosing heading, else the lead
   sentence of its goal section ("到2026年底,…" / "2026年,全区…"), else the
   one that opens its paragraph, else none;
5. rules/indicators.yaml maps the indicator phrase to a canonical indicator.
"""
from __future__ import annotations

import bisect
import copy
import functools
import re

from .. import rules
from ..models import Target
from ..read.normalize import normalize
from .quantity import lead_strip  # noqa: F401 (lives with quantity, which needs it too)
from .structure import AHEAD_PART, HEAD_YEAR, TIME_LIMIT_LINE


@functools.lru_cache(maxsize=1)
def _rx():
    rs = rules.load("targets")

    def c(rid):
        return re.compile(rules.expand(rs[rid].pattern, rs.fragments, "targets.yaml", rid))
    out = {k: c("target." + k) for k in ("lead_strip", "close_strip", "tail_trim", "bad_indicator", "subject_prefix",
                                           "verb_end", "object_follows", "link_end", "growth_name", "capacity", "same_indicator", "instrument", "baseline_year", "past_year_stop",
                                           "table_row", "table_header", "enumeration", "heading_count", "group_count", "article_count", "not_commitment", "reference_set",
                                           "implicit_deadline", "goal_section", "skip_section", "past",
                                           "mixed_section", "goal_paragraph", "plan_structure", "goal_label",
                                           "past_clause", "time_limit", "time_limit_rule", "past_paragraph", "breakdown_paragraph",
                                           "goal_heading", "list_count", "one_of", "list_intro", "indicator_value",
                                           "five_year_paragraph", "past_outcome", "speed_up", "speed_up_tail", "tally_subject", "session_list",
                                           "divided", "share_of_given", "fee_in_principle", "selection_quota", "definition",
                                           "named_projects", "tally", "tally_work", "from_to", "grade_only", "grade_list", "composition", "programme_count",
                                           "generic_measure", "domain_opening", "shared_tail", "shared_tail_head",
                                           "industry_opening", "example_projects", "scope_count", "one_by_one", "as_a", "ceiling", "duration",
                                           "score_points", "reward_threshold", "site_area", "total_beside_annual",
                                           "annual_after", "span_before_verb", "transmittal", "base_value", "as_of")}
    out["named_projects_units"] = frozenset(rs["target.named_projects"].get("units"))
    out["duration_units"] = frozenset(rs["target.duration"].get("units"))
    # the last opening word of a head, put back when what is left is too short
    # to name anything (2024年完成|改造3万亩, 每年|改造…)
    out["lead_last"] = re.compile("(?:" + rules.expand(rs.fragments["lead_word"], rs.fragments, "targets.yaml",
                                                       "lead_word") + ")$")
    out["aspire_only"] = re.compile("^(?:" + rules.expand(rs.fragments["aspire"], rs.fragments, "targets.yaml",
                                                          "aspire") + ")$")
    out["measure_end"] = re.compile("(?:" + rules.expand(rs.fragments["measure_word"], rs.fragments, "targets.yaml",
                                                         "measure_word") + ")$")
    return out


@functools.lru_cache(maxsize=1)
def _indicators():
    rs = rules.load("indicators")
    return [(re.compile(rules.expand(r.pattern, rs.fragments, "indicators.yaml", r.id)),
             r.id, r.get("label")) for r in rs]


@functools.lru_cache(maxsize=4096)
def canonical_indicator(phrase: str) -> tuple:
    """(id, label) of the canonical indicator for an indicator phrase, or (None, phrase)."""
    for rx, rid, label in _indicators():
        if rx.search(phrase):
            return rid, label
    return None, phrase


_LISTED = {"城乡": ("城镇", "农村")}


def split_listed(phrase: str, n: int):
    """The n indicators a listed phrase names, for n values given 分别:
    城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入;
    城乡居民… → 城镇居民…, 农村居民…; None when the phrase lists another number."""
    for head, parts in _LISTED.items():
        if phrase.startswith(head) and n == len(parts):
            return [p + phrase[len(head):] for p in parts]
    items = [x for x in re.split(r"[、和及与]", phrase) if x]
    if len(items) != n:
        return None
    last = items[-1]
    return [x + last[len(x):] if len(last) > len(x) else x for x in items[:-1]] + [last]


_SENT_END = re.compile(r"[。!?\n!?]")
_SENT_CH = "。!?\n!?"
_CLAUSE_CH = ",;。:!?\n,;:!?\t|"
# where the indicator after a number ends: a clause mark (a 、 joins the
# parts of one noun phrase, 侵入式、半侵入式脑机接口产品; the next number ends it)
_TAIL_END = re.compile(r"[,;。:!?\n,;:!?(\t|]")
_STRIP_CH = " \t-—、,,:()“”\"▲△●○■□◆◇★☆※•·►"      # (and list bullets: ▲增加值, probe batch 20)
_CLOSE_REACH = 24      # longer than any run of closing words (比2020年同比增长…)


_RANKED_AMONG = re.compile(r"(?:全国|全省|全市|全区|全州)\s*$")      # (before the size of a ranking's set)
_SHARE_UNITS = ("%", "‰", "成", "倍", "个百分点")     # a share of a whole, not a count

_YEAR_BEFORE_VERB = re.compile(r"(?:到|至)?\s?(?:19|20)[0-9]{2}\s?年(?:底|末)?\s?$")


def _indicator(text: str, q, next_start: int, tail_only: bool = False) -> tuple:
    """(start, end) of the indicator phrase for quantity q, or None.

    ``tail_only``: the indicator must follow the number (the previous item of
    the list was written number first, so the head is that item's noun)."""
    rx = _rx()
    hs, he = q.head_start, q.start
    head = text[hs:he]
    rest, lead = lead_strip(head)
    a = hs + len(lead)
    m = rx["close_strip"].search(rest, max(0, len(rest) - _CLOSE_REACH))     # it ends the head ($)
    b = a + (m.start() if m else len(rest))
    if m and 0 < len(rest[:m.start()].strip(_STRIP_CH)) <= 3:
        g = rx["growth_name"].match(rest, m.start())
        if g:
            b = a + g.end()     # 经济增长|5%: a bare domain word is named by its growth
    a, b = _trim(text, a, b)
    m = _YEAR_BEFORE_VERB.search(text, a, b)
    if m and m.start() - a >= 2:
        b = m.start()           # 粮食综合生产能力2030年|达到305亿斤: the year says when, not what
    m = rx["span_before_verb"].search(text, a, b)
    if m and m.start() - a >= 2:
        b = m.start()           # 排放总量五年|累计减少6%: the span says how long, not what
    m = rx["subject_prefix"].match(text[a:b])
    if m:
        a += m.end()
    head_ok = b - a >= 2 and not rx["bad_indicator"].match(text[a:b])
    if head_ok and b - a <= 2 and lead and a == hs + len(lead):
        m = rx["lead_last"].search(lead)
        if m:
            a -= len(lead) - m.start()
    listed = head_ok and not text[b:he].strip() and rx["enumeration"].match(text[a:b])
    link = rx["link_end"].search(text, a, b)
    # a number that opens a list's item (完成县应急广播指挥中心、18个乡镇应急广播分控中心、…: the item
    # before it names no number) counts what follows it, when anything does (probe batch 21's
    # 2022 county 民生实事, both annotators)
    opens_item = head.rstrip(" \t")[-1:] == "、"
    if head_ok and not listed and not link and not tail_only and not opens_item \
            and not rx["verb_end"].search(text, a, b) \
            and not (q.unit not in _SHARE_UNITS and rx["object_follows"].search(text[a:b])):
        return a, b
    # the number comes first: the indicator follows it
    ts = q.suffix_end
    te = min(q.clause_end or len(text), next_start)
    m = _TAIL_END.search(text, ts, te)
    te = m.start() if m else te
    k = text.find("、", ts, te)
    if k >= 0 and not text[ts:k].strip():
        te = k          # 80周岁以上、低保…: nothing is counted before the 、
    elif te == next_start:
        k = text.rfind("、", ts, te)
        if k > ts:
            te = k      # 6处煤矿|、产能1400万吨: the words after the 、 open the next number's head
    while te > ts and text[te - 1] in " \t":
        te -= 1         # 国家级和 22个: a PDF's space before the next number is no part of the tail
    tail = text[ts:te]
    if tail.startswith("的"):
        ts += 1
        tail = tail[1:]
    m = rx["tail_trim"].search(tail)
    if m and m.start() > 0:
        te = ts + m.start()
    # a 的 phrase that qualifies what is counted stays with it (2个具有推广价值的
    # 典型应用场景, as the real set's annotators read every such count) ...
    k = text.rfind("的", ts, te)
    if k >= 0 and te - k > 2 and k - ts >= 2 and rx["capacity"].search(text, k + 1, te):
        te = k              # ... but a capacity after it is not counted: 600颗商业卫星|的批量化制造能力
    ts, te = _trim(text, ts, te)
    if te - ts >= 2 and not rx["bad_indicator"].match(text[ts:te]):
        return ts, te
    if tail_only:
        return None
    if head_ok:
        # nothing follows (失业率在|5.5%以内): the head it is, without its link word
        return _trim(text, a, link.start()) if link and link.start() - a >= 2 else (a, b)
    h = head.strip(" ,、")
    if not h or rx["same_indicator"].match(h):
        # 比2020年增长50% / 分别控制在35小时、1小时以内: the previous item's indicator
        return "same"
    return None



# a list introduced by what it counts (分别是未脱贫人口:河边镇941人、回马镇252人、…): the label, and the
# items already read between it and the current one
_LABEL_BEFORE = re.compile(r"(?:^|[,，;；。])\s*(?:分别(?:是|为))?\s*(?!分别)([\u4e00-\u9fff]{2,10})[:：]\s*$")
_PLACE_ITEM = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:镇|乡|县|区|市|村|街道|旗|州)$")
_LIST_ITEMS = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}[0-9]+(?:\.[0-9]+)?[\u4e00-\u9fff%]{0,3}、)*$")


def _list_label(norm: str, sent_start: int, a: int):
    """(start, end) of the label that introduces the list whose item opens at ``a`` (a
    place named before its number), or None."""
    c = max(norm.rfind(":", sent_start, a), norm.rfind("：", sent_start, a))
    if c < 0 or not _LIST_ITEMS.match(norm[c + 1:a].replace(" ", "")):
        return None
    m = _LABEL_BEFORE.search(norm, sent_start, c + 1)
    if not m or re.search(r"单位|部门|领导|时限|时间", m.group(1)):
        return None
    return m.start(1), m.end(1)


def _as_of_past(m, base: str | None) -> bool:
    """Whether the as-of date ``m`` (rule target.as_of) is not after the document's date ``base`` (ISO): a month
    without a year is this year's; with a year and no date of the document, it may be ahead of it."""
    if m is None:
        return False
    if m.group("y") is None:
        return not (base and base[5:7].isdigit()) or int(m.group("m")) <= int(base[5:7])
    if not (base and base[:4].isdigit()):
        return False
    month = int(base[5:7]) if base[5:7].isdigit() else 12
    return (int(m.group("y")), int(m.group("m"))) <= (int(base[:4]), month)


def _paragraphs_by_goal(norm: str, sec, rx) -> tuple:
    """(past, goals): spans of the paragraphs of a section headed by both a
    retrospect and the goals ahead -- those that report what was done (and the
    heading line), and those that state the goals."""
    past, goals = [], []
    a = norm.find("\n", sec.start, sec.end)
    a = sec.end if a < 0 else a + 1
    if a > sec.start:
        past.append((sec.start, a))          # the heading line
    while a < sec.end:
        b = norm.find("\n", a, sec.end)
        b = sec.end if b < 0 else b + 1
        (goals if rx["goal_paragraph"].search(norm, a, b) else past).append((a, b))
        a = b
    return past, goals


_PAIRS = {"“": "”", "(": ")", "”": "“", ")": "("}


def _trim(text: str, a: int, b: int) -> tuple:
    """Strip separators and brackets off both ends, but keep a bracket or a
    quote whose partner is inside (国家级“灯塔工厂”, 新品种(系))."""
    while a < b and text[a] in _STRIP_CH and not (text[a] in "“(" and _PAIRS[text[a]] in text[a + 1:b]):
        a += 1
    while b > a and text[b - 1] in _STRIP_CH and not (text[b - 1] in "”)" and _PAIRS[text[b - 1]] in text[a:b - 1]):
        b -= 1
    return a, b


# ---------------------------------------------------------------- deadlines

def _dated(ds):
    # a period opened (从2019年起, 2026年以后) starts the work; it does not date a target
    return [d for d in ds if d.date_end and not d.open_ended]


def _heading_end(norm: str, s) -> int:
    """Where a section's heading text ends (spaces between its number and its words,
    as in （三） 主要目标, counted)."""
    k = norm.find(s.heading, s.start + len(s.number), s.line_end) if s.heading else -1
    return (k if k >= 0 else s.start + len(s.number)) + len(s.heading)


def _goal_deadlines(doc, ds, starts) -> list:
    """[(start, end, date)] of goal sections and the deadline their lead sentence names."""
    rx = _rx()
    norm = doc.norm
    out = []
    for s in doc.sections:
        if s.kind == "para" or not rx["goal_section"].search(s.heading) or _MIXED_HEADING.search(s.heading):
            continue
        head_end = _heading_end(norm, s)
        stop = norm.find("。", head_end + 1, s.end)
        stop = s.end if stop < 0 else stop + 1
        i = bisect.bisect_left(starts, s.start)          # the first deadline in the section
        if i < len(ds) and ds[i].start < stop:
            out.append((s.start, s.end, ds[i].date_end))
            continue
        # a later sentence of the first paragraph opened by the deadline (以…为指导，…。到2027年，
        # …达到60EFlops。培育…100家。): the targets from there on (both annotators of a
        # Zhejiang 实施意见); the guiding sentence before it holds none
        para_end = norm.find("\n", stop, s.end)
        para_end = s.end if para_end < 0 else para_end
        if i < len(ds) and ds[i].start < para_end and norm[ds[i].start:ds[i].start + 1] in "到至" and \
                norm[max(s.start, ds[i].start - 1):ds[i].start] in ("。", "\n"):
            out.append((ds[i].start, s.end, ds[i].date_end))
            continue
        m = _YEAR_GOALS.match(s.heading)
        if m:                       # 一、2019年经济社会发展主要预期目标: that year's goals
            out.append((s.start, s.end, f"{m.group(1)}-12-31"))
    return out


# a goal heading that opens on one year (2019年经济社会发展主要预期目标), not a span or a
# time before or since it
_YEAR_GOALS = re.compile(r"^\s*((?:19|20)[0-9]{2})\s?年(?!\s?(?:以来|以前|之前|前|来|[-—–~至到]|和|与|、))")


def _heading_deadlines(doc, ds, starts) -> dict:
    """Section idx → deadline named on its heading line (non-para sections)."""
    out = {}
    for s in doc.sections:
        if s.kind == "para":
            continue
        i = bisect.bisect_left(starts, s.start)
        if i < len(ds) and ds[i].start < s.line_end and ds[i].start < _heading_end(doc.norm, s):
            if _MIXED_HEADING.search(s.heading):
                continue          # “十五五”时期目标任务和2026年工作安排: the year's work, mostly
            out[s.idx] = ds[i].date_end
    return out


def _field_deadlines(doc, ds, starts) -> dict:
    """Section idx → the deadline of a time-limit line set under its heading (二十五、新建改建200座…公共厕所 /
    完成期限:2002年11月底前 / 主要责任单位:…: the item's figures are due then, as a table row's are by its
    完成时限 cell -- both annotators of a 2002 city's list of practical projects, probe batch 96)."""
    out = {}
    norm = doc.norm
    for s in doc.sections:
        if s.kind == "para":
            continue
        m = _TIME_LIMIT_LINE.search(norm, s.line_end, s.end)
        if m is None:
            continue
        le = norm.find("\n", m.end(), s.end)
        le = s.end if le < 0 else le
        i = bisect.bisect_left(starts, m.end())
        dates = []
        while i < len(ds) and ds[i].start < le:
            dates.append(ds[i].date_end)
            i += 1
        if dates:           # the latest date on the line: 2025年5月实施,2025年9月完工 is done by September
            out[s.idx] = max(dates)
    return out


_TIME_LIMIT_LINE = re.compile(TIME_LIMIT_LINE + r"[ \t]*", re.M)


# a heading over a five-year plan's goals and one year's work together
_MIXED_HEADING = re.compile(r"十[一二三四五六七八九]五.*(?:19|20)[0-9]{2}\s?年|(?:19|20)[0-9]{2}\s?年.*十[一二三四五六七八九]五")


def _deadline_for(norm, q, a, ds, starts, sent_start, para_start, clause_end, sec_chain, heads, goals):
    # its own, between its indicator and its figure (高新技术企业2024年突破3.5万家 under 到2025年,…)
    k = bisect.bisect_right(starts, q.start) - 1
    while k >= 0 and ds[k].end > q.start:
        k -= 1
    if k >= 0 and ds[k].start >= a and a < q.start:
        return ds[k].date_end
    # nearest before, in the same sentence
    i = bisect.bisect_right(starts, a) - 1
    while i >= 0 and ds[i].end > a:
        i -= 1
    if i >= 0 and ds[i].start >= sent_start:
        return _respective(norm, q, ds, i) or ds[i].date_end
    # after it, in its own clause, or in its own table row (a 完成时限 cell)
    j = bisect.bisect_left(starts, q.suffix_end)
    if j < len(ds) and ds[j].start < clause_end:
        return ds[j].date_end
    if j < len(ds):
        le = norm.find("\n", q.suffix_end, ds[j].start)
        if le < 0 and ("\t" in norm[q.suffix_end:ds[j].start] or "|" in norm[q.suffix_end:ds[j].start]):
            return ds[j].date_end
    for idx in sec_chain:
        if idx in heads:
            return heads[idx]
    # a deadline opening the paragraph, or after the paragraph's goal label (具体指标：到2022年); before the
    # goal section's own (its second paragraph 到2025年,建成…。全省接待旅游总人数11.5亿人次以上 under (二)发展目标。
    # 到2023年,…: both annotators of a 2021 province's action plan, probe batch 150)
    if i >= 0 and ds[i].start >= para_start:
        lead = norm[para_start:ds[i].start]
        if not lead.strip(" \t-—") or (len(lead) <= 12 and _rx()["goal_label"].match(lead)):
            return ds[i].date_end
    for gs, ge, date in goals:
        if gs <= q.start < ge:
            # a later paragraph of the section opened by its own date takes over from there (到2023年,…。\n
            # 到2025年,…。\n——产业规模持续扩大。电子信息制造业工业总产值达到3300亿元: 2025 -- both annotators of a
            # 2022 province's digital-economy plan, probe batch 251)
            # (or a sentence opened by its date that introduces the list below: …状况进一步好转。到2006年12月底前完成以下
            # 阶段工作目标:\n--…清理整顿率达100% -- both annotators of a 2006 municipality's opinion, probe batch 259)
            while i >= 0 and ds[i].start >= gs:
                if norm[ds[i].start:ds[i].start + 1] in "到至":
                    line_start = norm.rfind("\n", gs, ds[i].start) + 1
                    line_end = norm.find("\n", ds[i].end)
                    line_end = len(norm) if line_end < 0 else line_end
                    if not norm[line_start:ds[i].start].strip(" \t\u3000") or \
                            (norm[ds[i].start - 1:ds[i].start] == "。" and norm[ds[i].end:line_end].rstrip()[-1:] in (":", "：")
                             and "。" not in norm[ds[i].end:line_end]):
                        return ds[i].date_end
                i -= 1
            return date
    return None


_DATE_JOIN = frozenset(("和", "、", "及", "与", "和到", "、到"))
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _respective(norm: str, q, ds: list, i: int):
    """到2022年和2030年,…分别不低于22%和30%: the deadlines of a list, each to the figure in its place after
    分别 (both annotators of a 2020 province's health opinion, probe batch 69); None when the deadline
    before q is not the last of such a list or no 分别 parts the figures."""
    dates = [ds[i]]
    while len(dates) < 6 and i - len(dates) >= 0 and \
            norm[ds[i - len(dates)].end:dates[0].start].strip() in _DATE_JOIN:
        dates.insert(0, ds[i - len(dates)])
    if len(dates) < 2:
        return None
    k = norm.rfind("分别", dates[-1].end, q.start)
    if k < 0:
        return None
    n = len(_FIGURE.findall(norm, k, q.start))
    return dates[n].date_end if n < len(dates) else None


# ---------------------------------------------------------------- main

_TALLY_UNITS = frozenset("个家项条座所类种")
_JOINED = re.compile("[和及与]")


def _tally(norm: str, cs: int, q, rx, nxt=None) -> bool:
    """True when the count q tallies the members listed right before it in its clause
    (target.tally): as many items as the count says."""
    m = rx["tally"].search(norm, cs, q.start)
    if not m:
        return False
    end = q.clause_end or q.end
    if rx["tally_work"].search(norm, cs, q.start):
        return False                    # 完成甲县、乙县2个…建设: building the counted ones
    work = rx["tally_work"].search(norm, q.end, end)
    if work and not (nxt is not None and work.start() < nxt.start < end) \
            and not rx["tally_subject"].match(norm, q.end, work.start()):
        return False
    # (A、B…等7个产业园区建成标准厂房150万平方米: the parks are where the figure is built, the
    # clause's own figure is the target; …等10个产业园区加快…建设: they speed up work already
    # under way -- the counted ones are the subject, no number to reach)
    items = m.group("items").split("、")
    if any(_ITEM_FIGURE.search(it) for it in items):
        return False                    # 河边镇2个、金元镇2个: a list of figures, no names tallied
    n = len(items)
    joined = sum(1 for it in items if _JOINED.search(it))     # 重庆和沈阳: two names
    return q.value == n or (joined > 0 and q.value == n + joined)


# a figure inside a listed item (河边镇2个, 打造3个海岛AI智慧文旅标杆景区): the list gives counts, not names
_ITEM_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s?(?:个|家|项|条|座|所|类|种|人|户|处|万)")
_PER_WHOM = re.compile(r"(?:每人|每生|每户|每名)?每(?:月|年|天)\s*$|(?:每人|每生|每户|人均)\s*$")


# what stands between 从/由 and the value something starts from: what is measured (起征点从月销售额10万元提高到15万元,
# probe batch 140), or the year it stood there (農業增加值由2021年的311.32億元增加到440億元, probe batch 144)
_FROM_WHAT = re.compile(r"[从由](?:(?:19|20)[0-9]{2}年(?:底|末)?的?[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{1,6})$")


def _from_value(norm: str, q, q2, rx) -> bool:
    """True when q is the value something starts from and q2 the one it is to reach
    (比例从77%提高到80%以上, 由2.9缩小至2.52: target.from_to)."""
    i = q.start
    while i > 0 and norm[i - 1] == " ":
        i -= 1
    m = _PER_WHOM.search(norm, max(0, i - 6), i)
    if m:
        i = m.start()                   # 从每人每月2375元提高到2423元: per whom, then the value
    if i == 0 or norm[i - 1] not in "从由":
        # (what is measured may stand between 从 and the value: 起征点从月销售额10万元提高到15万元 -- a 2021
        # province's measures, both annotators of probe batch 140)
        m = _FROM_WHAT.search(norm, max(0, i - 12), i)
        if m is None:
            return False
    if q2 is None:
        # the copy cuts the text after the verb (…从月销售额10万元提高到15|): still where it starts from
        end = len(norm.rstrip())
        while end > 0 and norm[end - 1] in "0123456789.":
            end -= 1
        return bool(rx["from_to"].match(norm, q.suffix_end or q.end, end))
    return bool(rx["from_to"].match(norm, q.suffix_end or q.end, q2.start))


def _shared_tails(norm: str, qs: list, rx) -> dict:
    """{index in qs: (start, end)} of the noun a 、-list of items shares when it closes the
    last item (打造主要城市内1ms、到长三角国家算力枢纽节点3ms、全省5ms低时延圈: each item is
    its words + 低时延圈, as both annotators of two PDFs read them): items of one clause, one
    measure, each head a few words (target.shared_tail_head), the closing noun short and with
    no verb (target.shared_tail)."""
    out: dict = {}
    k = 0
    while k < len(qs):
        j = k
        while j + 1 < len(qs) and qs[j + 1].clause_end == qs[k].clause_end and \
                qs[j + 1].base_unit == qs[k].base_unit and \
                rx["shared_tail_head"].match(norm, qs[j].suffix_end, qs[j + 1].start):
            j += 1
        if j > k:
            last = qs[j]
            m = rx["shared_tail"].match(norm, last.suffix_end, last.clause_end or last.suffix_end)
            if m:
                for i in range(k, j + 1):
                    out[i] = (m.start("noun"), m.end("noun"))
        k = j + 1
    return out


def _subject_for(norm: str, out: list, a: int, sent_start: int, gm, rx, listed: set) -> str | None:
    """The indicator for a bare measure (产量) at ``a``: the subject of the item listed just
    before it with a measure of its own (粮食播种面积3320万亩、产量… → 粮食产量), else the domain
    its sentence opens on (非常规天然气发展方面，…力争产量… → 非常规天然气产量); None: neither.  A count of
    listed projects whose sum this is goes into ``listed`` (by ``id``): no target of its own."""
    measure = gm.group("measure")
    prev = out[-1] if out else None
    if prev is not None and sent_start <= prev.start and not norm[prev.end:a].strip(" 、,，"):
        pm = rx["measure_end"].search(prev.anchor)
        if pm and pm.start() >= 2:
            return prev.anchor[:pm.start()] + measure
    if prev is not None and sent_start <= prev.start and prev.unit in ("项", "个") and prev.anchor.endswith("项目") \
            and not _YEAR_GAP.sub("", norm[prev.end:a]).strip(" 、,，"):
        # 续建项目37项,2010年计划投资185.9亿元: the projects counted are what the sum is for, and the count only
        # says how many there are (both annotators of a 2010 province's key-project plan, probe batch 75)
        listed.add(id(prev))
        return prev.anchor + measure
    d = rx["domain_opening"].match(norm[sent_start:a]) or rx["industry_opening"].match(norm[sent_start:a])
    if d:
        return d.group("domain") + measure
    return None


_YEAR_GAP = re.compile(r"(?:19|20)[0-9]{2}\s?年(?:度)?|总投资\s?[0-9.]+\s?[亿万]?元")


def _drop_listed_counts(targets: list, listed: set) -> list:
    """The project counts whose sums follow them (``_subject_for``): a list of projects, no target."""
    return [t for t in targets if id(t) not in listed] if listed else targets


_LIST_JOIN = re.compile(r"\s?[、和及与]\s?")


def _listed_from(norm: str, qs: list, rx) -> dict:
    """{index of the first value: how many} for a list of values something starts from and the list it is to
    reach, paired in order (中国、河北省名牌产品分别由3项、66项增加到6项、100项以上: 3 and 66 no targets, 6 and 100
    the targets, both annotators of a 2011 city's opinion, probe batch 225): each list two values or more, joined
    by 、 or 和, the verb of target.from_to between them."""
    out: dict = {}
    k = 0
    while k < len(qs):
        i = qs[k].start
        while i > 0 and norm[i - 1] == " ":
            i -= 1
        if norm[max(0, i - 3):i] in ("分别由", "分别从"):
            j = k
            while j + 1 < len(qs) and _LIST_JOIN.fullmatch(norm, qs[j].suffix_end or qs[j].end, qs[j + 1].start):
                j += 1
            n = j - k + 1
            if n >= 2 and j + n < len(qs) and \
                    rx["from_to"].match(norm, qs[j].suffix_end or qs[j].end, qs[j + 1].start) and \
                    all(_LIST_JOIN.fullmatch(norm, qs[m].suffix_end or qs[m].end, qs[m + 1].start)
                        for m in range(j + 1, j + n)):
                out[k] = n
                k = j + n + 1
                continue
        k += 1
    return out


def _trim_from(norm: str, span: tuple) -> tuple | None:
    a, b = span
    m = _PER_WHOM.search(norm, max(a, b - 6), b)
    if m:
        b = m.start()
    while b > a and norm[b - 1] in "从由 ":
        b -= 1
    m = _FROM_WHAT.search(norm, max(a, b - 12), b)
    if m and m.start() - a >= 2:
        b = m.start()                       # 起征点从月销售额|: what it is of, before 从
    return (a, b) if b - a >= 2 else None


_QUAL_GAP_STOP = re.compile(r"[,，;；。:：!?！？\n()（）]")
_GAP_HEAD = re.compile(r"[^、的和及与]*")


def _qualifier_chain(norm: str, qs: list, k: int) -> bool:
    """True when qs[k] only says whose the count after it is: a run of counts with short gaps and no stop between
    them reaches one whose gap closes with 的 before the next count (55家企业、社区的|89台; 12个街道|3个乡镇|15个村的|
    5489户)."""
    j = k
    while j + 1 < len(qs):
        a = qs[j].suffix_end or qs[j].end
        gap = norm[a:qs[j + 1].start]
        if len(gap) > 10 or _QUAL_GAP_STOP.search(gap) or not qs[j].unit:
            return False
        if j == k and _GAP_HEAD.match(gap).group().endswith(qs[j].unit[-1]):
            return False          # 6275户贫困户、有劳动能力的17500名…: a count of what its own noun names (户 … 户),
            #                       listed beside the next, not whose it is (both annotators of probe batch 161)
        if gap.endswith("的"):
            return True
        j += 1
    return False


def _unfused(norm: str, secs) -> str:
    """``norm`` with the numbers of items run into a count blanked (2.50个小区: item 2, 50个), so the count
    is read as written (rules/headings.yaml heading.arabic_fused); the same length, every span holds."""
    cuts = []
    for s in secs:
        if s.kind == "arabic" and s.number.endswith("."):
            i = norm.find(s.number, s.start, s.line_end)
            if i >= 0 and norm[i + len(s.number):i + len(s.number) + 1].isdigit():
                cuts.append((i, i + len(s.number)))
    if not cuts:
        return norm
    chars = list(norm)
    for a, b in cuts:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _restated(doc, out: list) -> list:
    """A figure an item's heading line states and its own text says again (1.生产总值增长12%。 / 全市生产总值增长
    12%,总量达到2790亿元) is one target, the heading's: both annotators of a 2006 city's division of its work
    report, probe batch 160 (GUIDE: a target is a commitment, and the item makes it once).  The same number
    of another measure (一般预算收入增长12% beside 地方财政收入增长12%) stays."""
    heads = {s.path: (s.start, s.line_end, s.end) for s in doc.sections if s.kind != "para"}
    drop = set()
    for i, t in enumerate(out):
        h = heads.get(tuple(t.section_path or ()))
        if h is None or not h[0] <= t.start < h[1]:
            continue
        n = len(t.section_path)
        for j in range(i + 1, len(out)):
            u = out[j]
            if u.start >= h[2]:
                break
            if j in drop or u.start < h[1] or tuple(u.section_path or ())[:n] != tuple(t.section_path):
                continue
            if (u.value, u.value_max, u.unit, u.growth) == (t.value, t.value_max, t.unit, t.growth) \
                    and _same_measure(t.indicator or t.anchor, u.indicator or u.anchor):
                drop.add(j)
                break
    return [t for k, t in enumerate(out) if k not in drop] if drop else out


# what follows a doubling when the text goes on to the level it comes to: 翻一番,达到1600亿元 / 增加一倍,达到1.2%
_REACHES = re.compile(r"[ \t]*[,，]?[ \t]*(?:实现|三年累计)?(?:达到|达|突破|超过|超|至)")


def _doubling_reached(norm: str, out: list) -> list:
    """A doubling the sentence goes on to state as the level it reaches (高新技术企业营业收入翻一番,达到1600亿元;
    研发经费投入占GDP比重增加一倍,达到1.2%; 在2015年基础上翻一番,超过500亿元) is one target, the level: both
    annotators of a 2021 province's three-year plan and of a 2015 municipality's opinion, probe batches 275 and 277
    (as 上市公司数量较2021年末实现翻番,达到140家以上 reads in rules/targets.yaml).  A doubling alone stays."""
    drop = set()
    for i, t in enumerate(out):
        if t.unit not in ("番", "倍") or not t.growth:
            continue
        nxt = next((u for u in out[i + 1:] if u.end > t.end), None)
        if nxt is None or nxt.unit in ("番", "倍") or max(nxt.start, t.end) - t.end > 16:
            continue
        gap = norm[t.end:nxt.end]            # the level's own words and number, after the doubling
        if _REACHES.match(gap) and not re.search(r"[。;；]", gap):
            drop.add(i)
    return [t for k, t in enumerate(out) if k not in drop] if drop else out


def _same_measure(a: str, b: str) -> bool:
    """Two indicator names of one measure: one holds the other, or they share a run of four characters
    (财政一般预算收入 and 一般公共预算收入: 预算收入)."""
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    k = min(4, len(short))
    return any(short[x:x + k] in long_ for x in range(len(short) - k + 1))


def find_targets(doc, deadlines=None) -> list:
    """Targets in the plan body of ``doc`` (an extract.models.Document after structure)."""
    from .deadlines import BOOK_NAME, find_deadlines, five_year_period, plan_spans
    from .quantity import _left, _right, find_quantities

    from .genre import NOT_PLANS
    if getattr(doc, "genre", "plan") in NOT_PLANS:
        return []               # a regulation, reply, approval, appointment or interpretation commits to no figure
    norm = doc.norm
    rx = _rx()
    spans = plan_spans(doc)
    secs = doc.sections
    skip = []
    period_goals = []      # (start, end, date) of the goal paragraphs of a mixed section
    mixed = []             # their sections: the date the retrospect names on the heading dates nothing
    for s in secs:
        if s.kind == "para" or not rx["skip_section"].search(s.heading):
            continue
        if _under_goals(secs, s, rx):
            continue              # …取得新的更大进展 under the “十五五” goals: a goal, not a review
        m = rx["mixed_section"].search(s.heading)
        if m:
            mixed.append(s.idx)
            past, goal_paras = _paragraphs_by_goal(norm, s, rx)   # 发展成就和…主要目标任务: the goals stay
            skip.extend(past)
            period = five_year_period(s.heading[m.start():])
            if period:
                period_goals.extend((a, b, f"{period[1]}-12-31") for a, b in goal_paras)
        else:
            skip.append((s.start, s.end))
    period_zones = []
    if getattr(doc, "genre", "plan") == "work_report":   # “十四五”时期工作回顾 as a bare line
        rspans = spans
        tl = getattr(doc, "title_lines", None)
        if tl and spans and rx["skip_section"].search(norm[tl[-1][0]:tl[-1][1]]):
            # (the review's own line taken for the page's title line, the report's heading above it: 大塘坪乡2021年
            # 政府工作报告 / • 浏览量 / 2021年工作回顾 / 过去一年,… -- both annotators of a 2022 township's report, probe
            # batch 164)
            rspans = [(tl[-1][0], spans[0][1])] + list(spans[1:])
        reviews, period_zones = _unnumbered_parts(norm, rspans, rx, secs)
        skip += reviews
    skip += list(getattr(doc, "review_spans", ()))          # a plan report's review, lines of results
    skip += list(getattr(doc, "inventory_spans", ()))      # project lists: capacities, not commitments
    skip += list(getattr(doc, "quiet_spans", ()))          # table headers, 现状 columns
    year_cells = sorted(getattr(doc, "year_cells", ()))
    qs, tables = [], []
    qnorm = _unfused(norm, secs)
    for lo, hi in spans:
        qs.extend(q for q in find_quantities(qnorm, lo, hi) if not q.modifier)
        tables.extend(_table_targets(doc, lo, hi, secs, skip))
        tables.extend(_indicator_targets(doc, lo, hi, secs, skip))
        tables.extend(_quota_targets(doc, lo, hi, secs, skip))
    read = [(c.start, c.end) for _, c, *_ in getattr(doc, "indicator_cells", ())]
    read += [(c.start, c.end) for _, c, *_ in getattr(doc, "quota_cells", ())]
    if read:                                          # a value an indicator row has given
        qs = [q for q in qs if not any(a <= q.start < b for a, b in read)]
    if not qs:
        return tables
    if getattr(doc, "genre_rule", "") == "genre.completion_report" and not doc.table_spans and not doc.table_rows:
        return tables             # 万州区2020年政府工作报告完成情况: its running figures were done, not promised
    if deadlines is None:
        base = doc.meta.signed or doc.meta.published
        # the pipeline has read the body's deadlines already; read only the rest
        have = list(getattr(doc, "deadlines", None) or ())
        todo = spans[1:] if have else spans
        deadlines = have + [d for lo, hi in todo for d in find_deadlines(norm, lo, hi, base_date=base)]
    ds = sorted(_dated(deadlines) + _implicit(doc, spans, rx), key=lambda d: d.start)
    starts = [d.start for d in ds]
    goals = period_goals + _goal_deadlines(doc, ds, starts)
    bd = doc.meta.signed or doc.meta.published
    base_year = int(bd[:4]) if bd and bd[:4].isdigit() else None
    sec_starts = [s.start for s in secs]
    # sections over goals (一、主要目标): a baseline sentence there is followed by goals
    goal_spans = [(s.start, s.end) for s in secs if s.kind != "para" and rx["goal_section"].search(s.heading)]
    heads = _heading_deadlines(doc, ds, starts)
    heads.update({k: v for k, v in _field_deadlines(doc, ds, starts).items() if k not in heads})
    for idx in mixed:
        heads.pop(idx, None)
    report_year = None
    if getattr(doc, "genre", "plan") == "work_report" and doc.meta.period:
        report_year = doc.meta.period[0]
    period = doc.meta.period
    # a plan for one year (关于做好2023年…重点工作的意见): what it sets is due at that year's end
    # (CONVENTIONS.md C14), as a work report's commitments are
    one_year = period[0] if period and len(period) == 2 and period[0] == period[1] and not report_year else None
    doc_year = base_year or report_year
    past_paras: dict = {}   # paragraph start -> whether it reviews a period already over
    carried: dict = {}      # (paragraph start, sentence start) -> whether a past year it opened on carries to it
    own_title = re.sub(r"\s+", "", normalize(doc.meta.title)) if doc.meta.title else ""
    # a list of practical matters (…民生实事…, …实事办理工作情况, …民生工程实施方案) outside a work report: its count of them
    # is its own size (target.programme_count)
    own_list = getattr(doc, "genre", "plan") != "work_report" and bool(_OWN_LIST.search(own_title))
    # the counts the plan gives of itself on a title line: 2023年…分工方案(共计121项)
    # (a count closing a line: a heading's too -- a State Council page's (四)军民深度融合方面6项。 restates
    # its attachment's 四、军民深度融合方面（共6项）, a task in both annotators' gold, no target)
    plan_counts = {(_num(int(m.group(1))), m.group(2)) for m in _OWN_COUNT.finditer(norm)
                   if m.end() == len(norm) or norm[m.end()] == "\n"}
    ahead_paras: dict = {}  # paragraph start -> the end of the five-year plan it sets goals for
    out = []
    prev_span = None
    whole_span = None        # the last indicator that is no share of a whole (占全省比重)
    ind_spans = []      # (start, end) of each target's indicator phrase
    runs = []           # [out index, …] of the values one listed indicator shares (分别增长5%、6.5%)
    listed: set = set()     # ids of project counts whose planned sums follow them (_subject_for)
    norm_end = len(norm.rstrip())   # where the copy's text ends (once: a count cut there is read against it)
    heading_spans: dict = {}    # leaf heading index -> the indicator its heading names (_heading_indicator)
    after_tail = None   # the quantity just before, when its indicator followed its number
    from_span = None    # the indicator of a value written as where it starts from (从X提高到Y)
    rate_pair = False   # … or that pair is a benefit rate raised, neither value a target
    shared_tail = _shared_tails(norm, qs, rx)   # 主要城市内1ms、…、全省5ms低时延圈: the noun they share
    listed_from = _listed_from(norm, qs, rx) if "分别" in norm else {}
    list_bases: dict = {}   # index of a value a list starts from -> (first index, how many)
    for k0, n0 in listed_from.items():
        for m0 in range(k0, k0 + n0):
            list_bases[m0] = (k0, n0)
    list_span, list_left = None, 0      # the indicator the listed targets share, and how many are to take it
    # the name of a document in 《》: a figure in it is the other document's, never a target (both annotators of a
    # 2020 region's free trade zone plan, probe batch 87)
    books = [(m.start(), m.end()) for m in BOOK_NAME.finditer(norm)]
    book_starts = [a for a, _ in books]
    for k, q in enumerate(qs):
        if any(a <= q.start < b for a, b in skip):
            after_tail = None
            continue
        i = bisect.bisect_right(book_starts, q.start) - 1
        if i >= 0 and books[i][1] > q.start:
            after_tail = None
            continue                  # 《国务院关于印发6个新设自由贸易试验区总体方案的通知》: a document's name
        nxt = qs[k + 1].start if k + 1 < len(qs) else len(norm)
        if k in list_bases:
            # 名牌产品分别由3项、66项增加到6项、100项: the values it starts from; the indicator before 分别由
            k0, n0 = list_bases[k]
            if k == k0:
                s = _indicator(norm, q, nxt)
                s = _trim_from(norm, s) if isinstance(s, tuple) else None
                if s and norm[s[1] - 2:s[1]] == "分别":
                    s = (s[0], s[1] - 2) if s[1] - 2 - s[0] >= 2 else None
                list_span, list_left = s, n0
            after_tail = None
            continue
        if _from_value(norm, q, qs[k + 1] if k + 1 < len(qs) else None, rx):
            # 从15个县扩大到57个县: the first is where it starts from, the second the target,
            # which takes the indicator written before 从
            if rx["instrument"].search(norm, q.head_start, q.start):
                from_span, rate_pair = None, True     # 标准从每人每月2375元提高到2423元: a benefit rate
            else:
                s = _indicator(norm, q, nxt)
                from_span, rate_pair = (_trim_from(norm, s) if isinstance(s, tuple) else None), False
            after_tail = None
            continue
        if rate_pair:
            rate_pair = False
            continue
        span = from_span if from_span is not None else _indicator(norm, q, nxt)
        from_span = None
        if list_left:
            list_left -= 1
            if list_span is not None:
                span = list_span
        rise = False
        per_year = q.per_year
        if after_tail is not None and isinstance(span, tuple) and span[0] >= after_tail.suffix_end \
                and not _GOAL_AFTER.match(norm, q.suffix_end):
            # 50发商业火箭、600颗商业卫星: the list is written number first, so the
            # head of this item is the last item's noun; its own noun follows
            # (not a figure that is the goal: …确保实现财政收入增长4%的目标 names its indicator before it)
            t = _indicator(norm, q, nxt, tail_only=True)
            if t:
                span = t
                per_year = per_year or after_tail.per_year     # 年产50发…、600颗…: the list shares its opening
        after_tail = q if isinstance(span, tuple) and span[0] >= q.suffix_end else None
        if span == "same":
            # 比2020年增长50%: the previous target's indicator, in the same sentence
            prev = out[-1] if out else None
            if prev is None or _SENT_END.search(norm, prev.end, q.start):
                span, shared = None, False      # no item before it in its sentence: a heading may name it
            else:
                span = prev_span
                shared = True
                if q.growth and not q.percent_points and whole_span is not None and norm.startswith("占", prev_span[0]) \
                        and not _SENT_END.search(norm, whole_span[1], q.start):
                    # 社会消费品零售总额实现3600亿元以上,占全省比重达到25%左右,年均增长8%: the total grows, not
                    # its share (both annotators of a 2022 city's consumption plan, probe batch 248); a rise in
                    # percentage points is the share's own (占GDP比重达到12.2%,比2014年提高2.2个百分点)
                    span = whole_span
                # 增长9%,力争10%: the same rise, to the higher figure it strives for (probe batches 37, 82)
                rise = prev.growth and bool(rx["aspire_only"].match(norm[q.head_start:q.start].strip(" ,，、")))
        else:
            shared = False
        if span is None:
            # (四)…卫生厕所普及率。每年提高5%: the heading names it
            span = _heading_indicator(norm, secs, q.start, sec_starts, heading_spans)
        if span is None:
            continue
        a, b = span
        lo = next((a for a, b in spans if a <= q.start < b), spans[0][0])
        sent_start = _left(norm, q.start, lo, _SENT_CH)
        if rx["base_value"].search(norm, max(sent_start, q.start - 14), q.start):
            continue                                  # 较2009年的1499亿元增长32%: the base, not a goal
        if rx["transmittal"].match(norm, sent_start, min(len(norm), q.end + 120)):
            continue                                  # 现将…30项为民实事实施方案印发给你们: what the notice issues
        if rx["past"].search(norm, sent_start, q.start) or \
                rx["past_clause"].search(norm, _left(norm, q.start, sent_start, _CLAUSE_CH), q.start) or \
                rx["past_outcome"].search(norm, q.end, _right(norm, q.end, len(norm), _SENT_CH)):
            continue
        if "截" in norm[sent_start:q.start] and _as_of_past(rx["as_of"].search(norm, sent_start, q.start), bd):
            continue                                  # 截至11月底,全省新增就业125.99万人: counted, not promised
        if "指" in norm[sent_start:q.start] and rx["definition"].search(norm, sent_start, q.start):
            continue                                  # 日间手术是指…住院时间不超过48小时: a definition
        para = norm.rfind("\n", lo, q.start) + 1
        if para not in past_paras:
            past_paras[para] = _past_paragraph(norm, para, doc_year, rx) \
                or rx["breakdown_paragraph"].match(norm[para:para + 24]) is not None
        if past_paras[para]:
            continue
        if report_year and para not in ahead_paras:
            ahead_paras[para] = _five_year_paragraph(norm, para, report_year, rx)
        if base_year:
            by = rx["baseline_year"].match(norm[sent_start:q.start]) or \
                rx["baseline_year"].match(norm[_left(norm, q.start, sent_start, _CLAUSE_CH):q.start])
            if by and int(by.group("year")) < base_year:
                continue
            if sent_start > para and not any(a <= q.start < b for a, b in goal_spans):
                key = (para, sent_start)
                if key not in carried:
                    carried[key] = _past_year_carry(norm, para, sent_start, q.start, base_year, rx)
                if carried[key]:
                    continue
        head = norm[q.head_start:q.start]
        if norm[q.start - 1:q.start] == "、" and rx["instrument"].search(
                norm, _left(norm, q.start, sent_start, _CLAUSE_CH), q.head_start):
            continue              # 分别给予一次性奖补5万元、8万元、10万元: each value of the list is the award's
        set_at = _SET_AT.search(head) if norm.startswith("安排", q.suffix_end) else None  # 赤字率拟按2.8%安排
        if rx["instrument"].search(head[:set_at.start()] if set_at else head) \
                or rx["instrument"].search(norm, q.suffix_end, q.clause_end) \
                or rx["not_commitment"].search(head) or rx["plan_structure"].match(norm[a:b]) \
                or rx["ceiling"].search(norm, _left(norm, q.start, sent_start, _CLAUSE_CH), q.start) \
                or (q.unit in rx["duration_units"] and rx["duration"].search(head)) \
                or (q.unit == "分" and rx["score_points"].search(norm, max(0, q.start - 6), q.start)) \
                or rx["reward_threshold"].match(norm, q.suffix_end, min(len(norm), q.suffix_end + 60)) \
                or rx["site_area"].match(norm[a:b]) \
                or (rx["total_beside_annual"].search(norm, a, b) and rx["annual_after"].match(norm, q.suffix_end)) \
                or rx["plan_structure"].match(norm[q.suffix_end:q.suffix_end + 8]) \
                or (_RANKED_AMONG.search(head)
                    and rx["reference_set"].match(norm, q.suffix_end, min(len(norm), q.suffix_end + 20))):
            continue
        if (shared or a >= q.suffix_end or norm[q.head_start:q.start].rstrip().endswith("、")) \
                and norm_end - q.suffix_end == 1 \
                and q.unit and q.unit[-1] in "个家项条座所类种处" \
                and not re.search(r"[。;；!?！？)）\n]", norm[q.suffix_end:].rstrip()):
            continue                                  # …17个就业扶贫驿站、25个扶|: what it counts, cut by the
            #                                           copy's end to one character (both annotators of a 2018
            #                                           city's points, batch 70; a word, 推出5个以上滑雪|, names it)
        if _OPEN_COUNT.search(norm, max(0, q.start - 4), q.start) and _heading_count(norm, q, lo, rx):
            continue                                  # 一、推广的改革举措(共23项)
        if q.unit == "条" and rx["article_count"].search(norm, max(0, q.start - 5), min(len(norm), q.end + 1)):
            continue                                  # 《…政策清单》(343条): how long the text is
        if _num(q.value) == 1 and rx["one_by_one"].search(norm[max(sent_start, q.start - 8):q.end + 8]):
            continue                                  # 干一件成一件: a saying, no count
        if own_title and q.unit in ("项", "件") and a >= q.suffix_end and \
                re.sub(r"\s+", "", norm[q.start:b]) in own_title:
            # the items the plan's own title counts (楚雄州2021年8项民生工程和10件惠民实事工作方案:
            # 8项民生工程): how the plan is made up, not a number to reach (both annotators)
            continue
        if q.unit in ("项", "件", "条") and a >= q.suffix_end and _TABLE_NAME.search(norm, a, b):
            continue                                  # 10件民生实事任务分解表: the table's size, its name
        if q.unit in ("项", "件", "条") and (_num(q.value), q.unit) in plan_counts:
            # the count the plan's title line gives itself (…分工方案(共计121项)), met again in its
            # notice (将121项区政府重点工作进行分解): the plan's size (both annotators of probe batch 12)
            continue
        if q.unit == "次" and _session(norm, q.start, sent_start, rx):
            continue                                  # 省委五届六次、七次、八次全会: meetings, by their numbers
        if _num(q.value) == 1 and rx["as_a"].search(norm, max(sent_start, q.start - 4), q.end):
            continue                                  # 作为一项重要政治任务: what it is, not a count
        if q.unit and rx["list_intro"].match(norm[q.end:q.end + 6]):
            continue                                  # 方面5项:…;…: the items follow
        if (q.unit or " ")[-1] in "件项类条个" and rx["list_count"].match(norm[q.end:q.end + 14]):
            continue                                  # 稳经济30项举措: the measures are the commitments
        if q.unit in ("件", "项", "个") and own_list and rx["programme_count"].match(norm[q.end:q.end + 14]):
            continue                                  # 办好10件实事 in a list of them: the list's size
        if rx["one_of"].match(norm[q.end:q.clause_end or q.end + 14]):
            continue                                  # 4个省份之一: a group it belongs to
        if _qualifier_chain(norm, qs, k):
            continue                                  # 55家企业、社区的89台燃煤锅炉; 12个街道3个乡镇15个村的5489户: whose
            #                                           they are (both annotators of a 2017 city's campaign, probe
            #                                           batch 143); the last count is the target
        if rx["composition"].match(norm[q.end:q.clause_end or q.end + 14]):
            continue                                  # 由试点城市各派1名代表组成: how a body is made up
        if q.base_unit in _TALLY_UNITS and q.comparator in ("=", None) and not q.more and q.value_max is None and \
                "、" in norm[max(sent_start, q.start - 200):q.start] and \
                _tally(norm, _left(norm, q.start, sent_start, _CLAUSE_CH), q, rx, qs[k + 1] if k + 1 < len(qs) else None):
            continue                                  # 呼和浩特、鄂尔多斯、满洲里3个综保区: the named ones
        if q.unit and q.unit[-1] in "个项条家" and (rx["scope_count"].search(head)
                                                    or rx["scope_count"].search(norm, sent_start, q.start)):
            continue                                  # 涉及34个牵头单位: how far the plan reaches (分解到8个县区和
            #                                           7个市直部门: the list's second count too)
        if rx["divided"].search(head):
            continue                                  # 分13个领域…: how the text is laid out
        if q.base_unit == "%" and q.comparator in ("=", None) and \
                rx["share_of_given"].search(norm, max(sent_start, q.start - 40), q.start):
            continue                                  # …8.6万人,占规划搬迁总人数的23.8%: the figure's make-up
        if q.comparator in ("<=", "<") and "择优" in head and rx["selection_quota"].search(head):
            continue                                  # 每年择优评选不超过10个…: a quota of awards
        if "原则上" in norm[max(0, q.start - 60):q.start] and \
                rx["fee_in_principle"].search(norm, _left(norm, q.start, sent_start, _CLAUSE_CH), q.start):
            continue                                  # 担保费率原则上不超过1%: a policy parameter
        if q.comparator in ("=", None) and q.base_unit in rx["named_projects_units"] and \
                rx["named_projects"].match(norm[q.suffix_end:(q.clause_end or len(norm)) + 1]):
            continue                                  # 青海辉源20万吨…、…等项目建设: a project named
        if q.comparator in ("=", None) and "加快" in norm[max(0, q.start - 40):q.start]:
            cs = _left(norm, q.start, sent_start, _CLAUSE_CH)
            if rx["speed_up"].match(norm[cs:q.start]) and \
                    rx["speed_up_tail"].match(norm[q.suffix_end:(q.clause_end or len(norm)) + 1]):
                continue                              # 加快6个抽水蓄能电站建设: projects under way
        if (q.unit or "").endswith("工作日") and (not rx["time_limit"].search(head)
                                                  or rx["time_limit_rule"].search(head)):
            continue                                  # a procedure's time limit (C10)
        chain = _chain(secs, q.start, sec_starts)
        # (an item that shares the indicator before it is dated by its own words: 到2027年,…突破900亿元,到2030年
        # 突破1200亿元 -- the second due at 2030's end, as the development set's annotators read it)
        deadline = _deadline_for(norm, q, q.start if shared else min(a, q.start), ds, starts, sent_start, para,
                                 q.clause_end, chain, heads, goals)
        if deadline is None:                          # under “十五五”时期的主要目标任务 (a bare line)
            deadline = next((d for a, b, d in period_zones if a <= q.start < b), None)
        if deadline is None and report_year:          # 《纲要（草案）》明确了…主要指标: the plan's goals
            deadline = ahead_paras.get(para)
        if deadline is None and report_year and sent_start != para:
            # …“七个新”。《纲要草案》据此细化设定了今后五年…主要指标，包括地区生产总值年均增长5%
            # 左右: a sentence opened so, inside a paragraph that is not (both annotators of a report)
            deadline = _five_year_paragraph(norm, sent_start, report_year, rx)
        if deadline is None and report_year:          # a work report commits for its year
            deadline = f"{report_year}-12-31"
        if deadline is None and one_year:             # a plan for one year (C14)
            deadline = f"{one_year}-12-31"
        for cs, ce, year in year_cells:               # a cell of a column headed 2026年目标
            if cs <= q.start < ce:
                deadline = f"{year}-12-31"
                break
        anchor = doc.text[a:b]
        if _SCOPE_WORD.match(norm[a:b]):
            hd = _heading_indicator(norm, secs, q.start, sec_starts, heading_spans)
            if hd:                                    # (一)生活垃圾无害化处理率。…城市达到76%以上: the
                anchor += doc.text[hd[0]:hd[1]]       # city's rate the heading names
        gm = rx["generic_measure"].match(norm[a:b]) if b - a <= 6 else None
        if gm:
            anchor = _subject_for(norm, out, a, sent_start, gm, rx, listed) or anchor
        if a >= q.suffix_end and not gm and b - a <= 6 and norm[q.head_start:q.start].rstrip(" ").endswith("等") \
                and rx["example_projects"].search(norm, a, b):
            # 新开工晏城至表白寺等2个项目: projects are named by the examples before 等 (a bare
            # 项目 says nothing); 攻坚…等11个难点问题 keeps its shortest phrase (GUIDE.md)
            rest, lead = lead_strip(norm[q.head_start:q.start].rstrip(" "))
            if 2 <= len(rest) <= 20:
                anchor = doc.text[q.head_start + len(lead):q.head_start + len(lead) + len(rest)] + anchor
        if k in shared_tail and not gm:
            t0, t1 = shared_tail[k]
            if a >= q.suffix_end:             # the last item: its own words before the number
                h = doc.text[q.head_start:q.start].strip(" 、,，")
                if h and len(h) <= 14:
                    anchor = h + doc.text[t0:t1]
            elif doc.text[t0:t1] not in anchor:
                anchor += doc.text[t0:t1]
        if b - a <= 6 and a < q.start and _PLACE_ITEM.match(norm[a:b]):
            lab = _list_label(norm, sent_start, a)
            if lab:                                   # 分别是未脱贫人口:河边镇941人、回马镇252人: each
                anchor += doc.text[lab[0]:lab[1]]     # place's 未脱贫人口 (both annotators, probe batch 28)
        if a >= q.suffix_end and b - a <= 4 and rx["grade_only"].match(norm[a:b]):
            m = rx["grade_list"].match(norm, b, q.clause_end or len(norm))
            if m:                                     # 6个世界级、…9个区域级产业集群: the shared noun
                anchor += doc.text[m.start("noun"):m.end("noun")]
        prev_span = (a, b)
        if not norm.startswith("占", a):
            whole_span = (a, b)
        _, label = canonical_indicator(norm[a:b])
        ts, te = min(a, q.start), max(b, q.suffix_end)
        out.append(Target(anchor=anchor, value=_num(q.value), unit=q.unit, comparator=q.comparator,
                          start=ts, end=te, value_max=_num(q.value_max), growth=q.growth or rise,
                          per_year=per_year,
                          aspirational=q.aspirational, cumulative=q.cumulative,
                          deadline=deadline, decline=q.decline, percent_points=q.percent_points,
                          base_value=q.base_value, base_unit=q.base_unit,
                          indicator=label, section_path=_path(secs, chain), text=doc.text[ts:te],
                          rule=q.rule))
        ind_spans.append((a, b))
        if shared and runs and runs[-1][-1] == len(out) - 2:
            runs[-1].append(len(out) - 1)
        else:
            runs.append([len(out) - 1])
    for run in runs:
        if len(run) > 1:
            a, b = ind_spans[run[0]]
            parts = split_listed(norm[a:b], len(run))
            for i, p in zip(run, parts or ()):
                out[i].indicator = canonical_indicator(p)[1]
    out = _distributed(doc, out)
    out = _drop_listed_counts(_summarised(doc, out), listed)
    _allotted(doc, out)
    out = _restated(doc, out)
    out = _doubling_reached(doc.norm, out)
    if tables:
        out = sorted(out + tables, key=lambda t: t.start)
    return out


_GOAL_AFTER = re.compile(r"的目[标標]|的任务")


# a figure shared out among places, named once before them (2017年各市(州)森林覆盖率增长目标任务分别为:
# 兰州市 13.77%,嘉峪关市 12.38%,…): the indicator, between the places' collective and 分别
_ALLOTTED = re.compile(r"各(?:市|县|区|州|地|乡镇|镇)(?:[(（][^()（）]{1,8}[)）])?\s?([^\s,，。;；:：、]{2,24}?)"
                       r"(?:增长|年度)?(?:目标任务|目标值|目标|任务|指标)?\s?分别(?:为|是|确定为|达到)\s?[:：]?")


# a heading that names an indicator, its item giving the values ((一)生活垃圾无害化处理率。2012年底,城市达到76%以上;
# 农村每年提高4%以上 / (四)农村生活饮用水水质卫生合格率。每年提高5%以上 -- both annotators of a 2010 city's
# sanitation plan, probe batch 73)
_INDICATOR_HEAD = re.compile(r"^[\u4e00-\u9fff()（）]{3,24}(?:率|比例|比重|覆盖面|指数)$")
_SCOPE_WORD = re.compile(r"^(?:城市|农村|城镇|乡村|县城|市区|城区|全市|全县|全区|全省)$")


def _heading_indicator(norm: str, secs: list, pos: int, starts: list, cache: dict):
    """(start, end) of the indicator a numbered heading names for the values in its own item at ``pos``
    (the heading alone, up to its 。), else None; ``cache`` keeps each heading's answer (section index ->
    span or None), ``starts`` the sections' starts."""
    best = next((i for i in _chain(secs, pos, starts) if secs[i].kind != "para"), None)
    if best is None:
        return None
    if best not in cache:
        cache[best] = _indicator_heading_span(norm, secs, secs[best])
    span = cache[best]
    return span if span is not None and pos >= span[1] else None


def _indicator_heading_span(norm: str, secs: list, sec):
    """The span of ``sec``'s heading when it is a leaf whose heading names an indicator, else None."""
    if any(secs[c].kind != "para" for c in sec.children):
        return None
    h = sec.heading.strip().rstrip("。.")
    if not _INDICATOR_HEAD.match(h):
        return None
    hs = norm.find(h, sec.start, sec.line_end)
    return (hs, hs + len(h)) if hs >= 0 else None


def _allotted(doc, targets: list) -> None:
    """A figure whose anchor is a place alone, in a sentence that shares one indicator out among
    places (_ALLOTTED): its anchor is the place and that indicator (兰州市森林覆盖率), as both
    annotators of a 2017 province's assessment rules write it (probe batch 61)."""
    norm = doc.norm
    for t in targets:
        place = re.sub(r"\s+", "", t.anchor)
        if not place or not _is_place(place):
            continue
        sent = max(norm.rfind("。", 0, t.start), norm.rfind("\n", 0, t.start)) + 1
        m = None
        for m in _ALLOTTED.finditer(norm, sent, t.start):
            pass
        if m is not None:
            t.anchor = place + m.group(1)


def _is_place(name: str) -> bool:
    from . import regions
    return name in regions.load().by_key


def _summarised(doc, targets: list) -> list:
    """A heading that sums up the items under it with their own figures (一、促进城乡就业创业,城镇新增
    就业30万人,… / (一)实现城镇新增就业30万人。): each figure is a target once, in its item, as
    both annotators of a 2019 city notice count it.  A heading's figure no item repeats stays."""
    heads = [s for s in doc.sections if s.kind != "para" and s.end > s.line_end]
    if not heads or not targets:
        return targets
    norm = doc.norm
    drop = set()
    for i, t in enumerate(targets):
        sec = next((s for s in heads if s.start <= t.start < s.line_end), None)
        if sec is None or _SENT_END.search(norm, sec.start, t.start):
            continue                  # (a paragraph opened by a run-in heading is no summing heading)
        # the same figure in an item numbered under it
        items = [(doc.sections[c].start, doc.sections[c].end) for c in sec.children
                 if doc.sections[c].kind != "para"]
        if any(u is not t and any(a <= u.start < b for a, b in items) and u.value == t.value and u.unit == t.unit
               for u in targets):
            drop.add(i)
    return [t for i, t in enumerate(targets) if i not in drop] if drop else targets


# a second figure joined right after a target's (…分别比2001年增长6%和9%的目标): one figure an item, not one for each
# (not another indicator's after 、: 起数和死亡人数分别下降10%、亿元GDP死亡率下降30%)
_MORE_FIGURES = re.compile(r"\s?(?:和|及|与|、)\s?[0-9０-９]")
_EACH_SPLIT = re.compile(r"[、和]")        # (not 及 or 与: 文化及相关产业 is one name)


def _distributed(doc, targets: list) -> list:
    """A figure given to each of a list (形成高质量行业数据集、高水平工业智能体各100个; 规上加工企业、
    精深加工项目分别达到200个以上): one target per item, each anchored on its item (both
    annotators of a Zhejiang plan and of a 2026 work report).  A list paired with as many
    figures (水果、蔬菜、茶叶产量分别达到2050万吨、4200万吨、19万吨): the i-th figure is the i-th
    item's, its anchor the item with the words the last item carries after its own name
    (水果产量, 蔬菜产量), as the work reports' annotators write them."""
    out = []
    norm = doc.norm
    shared: dict = {}                       # an anchor several figures share (A、B分别达到X、Y)
    for t in targets:
        shared[(t.start, t.anchor)] = shared.get((t.start, t.anchor), 0) + 1
    seen: dict = {}
    for t in targets:
        a = t.start
        key = (t.start, t.anchor)
        order = seen[key] = seen.get(key, -1) + 1
        head = norm[a:a + len(t.anchor)] if doc.text[a:a + len(t.anchor)] == t.anchor else None
        # (…各100个; A、B均增长12% and A、B都达到…: the same figure for each; not 人均, 年均, 平均)
        each = t.anchor.endswith(("各", "都")) or (t.anchor.endswith("均") and t.anchor[-2:-1] not in ("人", "年", "平", "")
                                                  and "、" in t.anchor)
        # (or two joined by 和 with one figure: 城市居民人均可支配收入和农民人均纯收入分别增长13%左右, each's -- both
        # annotators of a 2006 city's key work, probe batch 175)
        listed = not each and head is not None and ("、" in head or (
            head.count("和") == 1 and shared[key] == 1 and not _MORE_FIGURES.match(norm, t.end))) and \
            "分别" in norm[a + len(head):a + len(head) + 4]
        if not (each or listed):
            out.append(t)
            continue
        body = head[:-1] if each else head
        items, pos = [], 0
        for m in list(_EACH_SPLIT.finditer(body)) + [None]:
            e = m.start() if m else len(body)
            items.append((a + pos, a + e))
            pos = (m.end() if m else e)
        if listed and shared[key] > 1:
            # 分别 with one figure an item: pair them in order
            if shared[key] != len(items) or any(e <= s for s, e in items):
                out.append(t)
                continue
            ls, le = items[-1]
            m = _ITEM_TAIL.search(norm, ls + 1, le)
            if m is None:                   # no words the items share: the list stays the anchor
                out.append(t)
                continue
            tail = doc.text[m.start():le]
            s, e = items[order]
            name = doc.text[s:e]
            own_tail = tail if order < len(items) - 1 else ""
            k = next((k for k in range(len(own_tail), 0, -1) if name.endswith(own_tail[:k])), 0)
            c = copy.copy(t)
            c.anchor = name + own_tail[k:]          # 文化及相关产业|增加值: no 产业 twice
            c.indicator = canonical_indicator(c.anchor)[1]
            out.append(c)
            continue
        if len(items) < 2 or any(e - s < 2 for s, e in items):
            if each:
                t.anchor = t.anchor[:-1]
            out.append(t)
            continue
        for s, e in items:
            c = copy.copy(t)
            c.anchor, c.start, c.text = doc.text[s:e], s, doc.text[s:t.end]
            c.indicator = canonical_indicator(norm[s:e])[1]
            out.append(c)
    return out


# where the last item of a list goes on past its own name, into the words every item shares
# (茶叶|产量, 能源|领域投资额, 食用菌|全产业链产值, 农村居民|人均可支配收入)
_ITEM_TAIL = re.compile(r"全产业链|领域|人均|产业规模|年?产量|产值|增加值|投资额?|规模|营业收入|营收|收入|年?出栏量|建成率|"
                        r"覆盖率|比重|占比|总额|总量|数量")


_TABLE_HINT = re.compile(r"[))][ \t]+[〔\[]?[0-9]")
_CELL = re.compile(r"[0-9][0-9.,]*(?:万|亿)?")
_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s?年")


def _table_targets(doc, lo: int, hi: int, secs, skip) -> list:
    """Rows of an indicator table (指标 (单位) 基期值 目标值 属性): the last value
    is the target, due at the end of the last year the header names."""
    from .quantity import to_number
    rx = _rx()
    norm, out, seen = doc.norm, [], set()
    for h in _TABLE_HINT.finditer(norm, lo, hi):
        ls = norm.rfind("\n", lo, h.start()) + 1
        if ls in seen:
            continue
        seen.add(ls)
        le = norm.find("\n", h.start(), hi)
        le = hi if le < 0 else le
        m = rx["table_row"].match(norm[ls:le])
        if not m or any(a <= ls < b for a, b in skip):
            continue
        cells = list(_CELL.finditer(m.group("vals")))
        last = cells[-1].group(0)
        mult = {"万": 1e4, "亿": 1e8}.get(last[-1], 1.0)
        value = to_number(last.rstrip("万亿"))
        if value is None:
            continue
        deadline = None
        for line in reversed(norm[max(lo, ls - 600):ls].split("\n")):
            if rx["table_header"].match(line.replace("\t", " ")):
                years = _YEAR.findall(line)
                deadline = f"{years[-1]}-12-31" if years else None
                break
        a, b = _trim(norm, ls + m.start("ind"), ls + m.end("ind"))
        vs = ls + m.start("vals") + cells[-1].start()
        unit = m.group("unit").strip()
        written = (last[-1] + unit) if mult != 1.0 else unit      # 9万 under (件) → 9 万件
        _, label = canonical_indicator(norm[a:b])
        out.append(Target(anchor=doc.text[a:b], value=_num(value), unit=written, comparator="=",
                          start=a, end=vs + len(last), deadline=deadline, base_value=value * mult,
                          base_unit=unit, indicator=label, section_path=_path(secs, _chain(secs, ls)),
                          text=doc.text[ls:le].strip(), rule="target.table_row"))
    return out


def _indicator_targets(doc, lo: int, hi: int, secs, skip) -> list:
    """The rows of an indicator table kept as a block (``doc.indicator_cells``,
    find/table_blocks): the indicator cell is the anchor, its bracket the unit
    (算力总规模（EFlops）), the value cell the number with its comparator, due at
    the end of its column's year."""
    from .quantity import _flag_set, _rules as quantity_rules
    _, _, pre, suf, _, _, _ = quantity_rules()          # the comparators quantities are read with
    value_rx = _rx()["indicator_value"]
    norm, out = doc.norm, []
    period = getattr(doc.meta, "period", None)
    plan_end = period[1] if period and len(period) == 2 and isinstance(period[1], int) else None
    for ind, cell, year, unit_cell, place in getattr(doc, "indicator_cells", ()):
        if year is None:
            year = plan_end             # a 预期值 column naming no year: due when the plan ends
        if not lo <= ind.start < hi or any(a <= cell.start < b for a, b in skip):
            continue
        m = value_rx.match(norm[cell.start:cell.end])
        if not m:
            continue
        a, b = _trim(norm, ind.start, ind.end)
        u = re.search(r"\(([^()]{1,10})\)\s*$", norm[a:b])
        if u and u.group(1).lstrip().startswith(("含", "不含", "其中")):
            u = None                    # 创新工厂(含5G工厂): what it takes in, a note of the name (probe batch 146)
        unit = u.group(1).strip() if u else ""
        if u:
            a, b = _trim(norm, a, a + u.start())
        unit_words = ""
        if not unit and unit_cell is not None and 0 < len(norm[unit_cell.start:unit_cell.end].strip()) <= 8:
            unit = norm[unit_cell.start:unit_cell.end].strip()      # the table's 单位 column
            u = re.fullmatch(r"([^()]{1,4})\(([^()]{1,4})\)", unit)
            if u:
                unit_words, unit = u.groups()                      # 增幅(%): a growth, in %
        if m.group("pct"):
            unit = "%"
        unit = (m.group("mult") or "") + unit
        value = float(m.group("num"))
        base = value * {"万": 1e4, "亿": 1e8}.get(m.group("mult") or "", 1.0)
        flags = _flag_set(norm[a:b] + unit_words)
        if m.group("chg"):              # a cell written 下降15% / 增长5%: the change is the value
            flags |= _flag_set(m.group("chg"))
        _, label = canonical_indicator(norm[a:b])
        out.append(Target(anchor=place + doc.text[a:b], value=_num(value), unit=unit or None,
                          comparator=next((c for rx, c in suf if c and m.group("tail") and rx.match(m.group("tail"))),
                                          next((c for rx, c in pre if c and m.group("cmp") and rx.search(m.group("cmp"))),
                                               "=")),
                          start=a, end=cell.end, growth="growth" in flags and "decline" not in flags,
                          per_year="per_year" in flags, decline="decline" in flags,
                          deadline=f"{year}-12-31" if year else None, base_value=base,
                          base_unit=unit[len(m.group("mult") or ""):] or None,
                          indicator=label, section_path=_path(secs, _chain(secs, a)),
                          text=doc.text[a:cell.end], rule="target.indicator_table"))
    return out


_UNIT_LINE = re.compile(r"单位\s*[:：]\s*([^\s|:：,，。]{1,6})\s*$")
_OWN_LIST = re.compile(r"实事|民生工程|民心工程")
_QUOTA_VALUE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(%)?\s*$")


def _quota_targets(doc, lo: int, hi: int, secs, skip) -> list:
    """The cells of a quota table (``doc.quota_cells``, find/table_blocks): one target per
    row and year column, its anchor the row's name, the group and the year as printed
    (江苏分年度招生任务1996年), its measure the table's 单位 line (单位：人), due at the
    year's end; a rise column's cells are rises (growth).  Only plain numbers are read.  A breakdown
    table's cells (find/table_blocks._breakdown) bring their measure with them (a sixth item), may be
    a percentage, are due at the plan's end where no year is named, and take growth from their label
    (降幅目标)."""
    from .quantity import _flag_set
    norm, out = doc.norm, []
    units: dict = {}
    period = getattr(doc.meta, "period", None)
    plan_end = period[1] if period and len(period) == 2 and isinstance(period[1], int) else None
    for row, cell, year, label, rise, *measure in getattr(doc, "quota_cells", ()):
        if not lo <= row.start < hi or any(a <= cell.start < b for a, b in skip):
            continue
        m = _QUOTA_VALUE.match(norm[cell.start:cell.end])
        if not m:
            continue
        if measure:                     # a breakdown table's cell: its measure read with it (find/table_blocks)
            unit = measure[0]
            if m.group(2):
                unit = "%"
        else:
            ts = next((t.start for t in getattr(doc, "tables", ()) if t.start <= row.start < t.end), row.start)
            if ts not in units:
                line_start = norm.rfind("\n", max(0, ts - 200), max(0, ts - 1)) + 1
                u = _UNIT_LINE.search(norm, line_start, ts)
                units[ts] = u.group(1) if u else None
            unit = units[ts]
            if m.group(2):
                continue                # (a quota is a count)
        year = year or plan_end
        a, b = _trim(norm, row.start, row.end)
        value = float(m.group(1))
        flags = _flag_set(label) if measure else set()
        out.append(Target(anchor=doc.text[a:b] + label, value=_num(value), unit=unit, comparator="=",
                          start=a, end=cell.end, deadline=f"{year}-12-31" if year else None, base_value=value,
                          base_unit=unit, growth=rise or ("growth" in flags and "decline" not in flags),
                          decline="decline" in flags, indicator=label, section_path=_path(secs, _chain(secs, a)),
                          text=doc.text[a:cell.end], rule="target.breakdown_table" if measure else "target.quota_table"))
    return out


def _unnumbered_parts(norm: str, spans, rx, secs=()) -> tuple:
    """A report's parts headed by unnumbered lines (a short line of its own, no
    number, no punctuation): ([(start, end)] of its reviews, [(start, end, date)]
    of its five-year goals).  A part runs to the next such line.  A review is
    headed by a line naming one (“十四五”时期工作回顾, target.skip_section); a
    five-year plan's goals (“十五五”时期的主要目标任务: target.goal_heading naming the
    period) date the part's figures at the period's end.  Numbered parts are
    sections, read as such."""
    from .deadlines import five_year_period
    from .structure import BARE_HEADING, classify
    reviews, goals = [], []
    numbered = sorted((s.start, s.line_end) for s in secs if s.kind != "para" and s.line_end > s.start)
    for lo, hi in spans:
        # (the words of a numbered heading set on the line under its number are that heading's)
        heads = [m for m in BARE_HEADING.finditer(norm, lo, hi) if classify(m.group(1)) is None
                 and not _in_heading(numbered, m.start())]
        for k, m in enumerate(heads):
            nxt = heads[k + 1] if k + 1 < len(heads) else None
            end = nxt.start() if nxt is not None else hi
            line = m.group(1)
            if rx["skip_section"].search(line):
                # a review runs over the headlines of its own achievements (2019年工作回顾—— / 全县发展呈现突围
                # 奋进良好局面: a 2020 county's report, both annotators of probe batch 123) to the next
                # line that names a part: a year, the work ahead, goals or another review
                j = k + 1
                while j < len(heads) and not _names_part(heads[j].group(1), rx):
                    j += 1
                end = heads[j].start() if j < len(heads) else hi
                reviews.append((m.start(), end))
            elif rx["goal_heading"].search(line) and (period := five_year_period(line)) \
                    and not _YEAR.search(line):           # (…主要目标和2026年重点工作: the year's too)
                goals.append((m.start(), end, f"{period[1]}-12-31"))
    return reviews, goals


def _names_part(line: str, rx) -> bool:
    """A bare heading that names a part of a report (its year, the work ahead, goals, a
    review), not a headline of what a review reports."""
    return bool(HEAD_YEAR.search(line) or AHEAD_PART.search(line) or rx["skip_section"].search(line)
                or rx["goal_heading"].search(line))


def _in_heading(numbered: list, pos: int) -> bool:
    """``pos`` lies inside a numbered heading's own lines (sorted (start, line_end) spans)."""
    k = bisect.bisect_left(numbered, (pos,)) - 1
    return k >= 0 and numbered[k][0] < pos < numbered[k][1]


def _under_goals(secs, s, rx) -> bool:
    """A section under a heading that names goals or tasks ahead (“十五五”时期主要目标和重大任务,
    2026年重点工作) and no review: its own heading states a goal (推动…取得新的更大进展)."""
    p = s.parent
    while p is not None:
        h = secs[p].heading
        if rx["skip_section"].search(h) or rx["mixed_section"].search(h):
            return False
        if rx["goal_heading"].search(h):
            return True
        p = secs[p].parent
    return False


def _past_paragraph(norm: str, start: int, doc_year, rx) -> bool:
    """The paragraph at ``start`` opens on a period already over (``target.past_paragraph``):
    过去五年, 这一年, or a five-year period that ended before ``doc_year``.  (A paragraph opened
    on the work done, 此项工作已完成。, is one of the document's review spans.)"""
    from .deadlines import five_year_period
    m = rx["past_paragraph"].match(norm[start:start + 24])
    if not m:
        return False
    if not m.group("period") or m.group("since"):
        return True                     # 过去五年; “十四五”以来 (since it began: done)
    period = five_year_period(m.group("period"))
    return bool(period and doc_year and period[1] < doc_year)


def _past_year_carry(norm: str, para: int, sent_start: int, pos: int, base_year: int, rx) -> bool:
    """A sentence in a paragraph whose last dated sentence before it opened on a
    year before ``base_year`` (2022年,全旗地区生产总值完成78亿元。其中:…) reports
    that year too, unless it names a year or a goal itself (``target.past_year_stop``)."""
    stop = rx["past_year_stop"]
    if stop.search(norm, sent_start, pos):
        return False
    past = False
    a = para
    while a < sent_start:
        m = _SENT_END.search(norm, a, sent_start)
        b = m.start() if m else sent_start
        by = rx["baseline_year"].match(norm[a:b])     # (^ anchors at a slice's start only)
        if by:
            past = int(by.group("year")) < base_year
        elif stop.search(norm, a, b):
            past = False
        a = b + 1
    return past


def _five_year_paragraph(norm: str, start: int, year: int, rx) -> str | None:
    """The end of the five-year plan a work report's paragraph sets goals for
    (``target.five_year_paragraph``): one that opens on the plan's outline (《纲要（草案）》…),
    on 今后五年 / 未来五年, or on a five-year period not over by the report's ``year``."""
    from .deadlines import five_year_period
    m = rx["five_year_paragraph"].match(norm[start:start + 40])
    if not m:
        return None
    if m.group("period"):
        period = five_year_period(m.group("period"))
        return f"{period[1]}-12-31" if period and period[1] >= year else None
    first = 2001 + 5 * ((year - 2001) // 5)           # the plan the report's year belongs to
    return f"{first + 4}-12-31"


# a head that ends on 按 before a figure then 安排 (赤字率拟按2.8%安排, 按5%左右安排): the figure
# the year is set at, not a rate applied by a policy instrument
_SET_AT = re.compile(r"按\s*$")
_TABLE_NAME = re.compile(r"(?:分解|任务|一览|情况|分工)表$")
_OWN_COUNT = re.compile(r"[(（]\s?共(?:计|有)?\s?([0-9]{1,4})\s?(项|件|条)\s?[)）]")


_OPEN_COUNT = re.compile(r"\((?:共)?\s?$")      # (7项), (共23项), (共 23项)


def _heading_count(norm: str, q, lo: int, rx) -> bool:
    """True when q is the bracketed count that closes a heading line (一、…(7项))."""
    from .structure import classify
    ls = norm.rfind("\n", lo, q.start) + 1
    le = norm.find("\n", q.end)
    line = norm[ls:len(norm) if le < 0 else le]
    if ls > lo:                 # the heading's number alone on the line above (一、 / 推广的举措(共23项))
        ps = norm.rfind("\n", lo, ls - 1) + 1
        prev = norm[ps:ls - 1].strip()
        c = classify(prev) if prev else None
        if c and c[4] >= len(prev):
            line, ls = prev + line, ls - len(prev)
    m = rx["heading_count"].match(line) or rx["group_count"].match(line)
    return bool(m) and m.start("count") <= q.start - ls < m.end("count")


class _Implicit:
    """A word that dates targets without being a deadline of its own (全年, 三年新建)."""
    __slots__ = ("start", "end", "date_end")

    def __init__(self, start, end, date_end):
        self.start, self.end, self.date_end = start, end, date_end


def _session(norm: str, pos: int, lo: int, rx) -> bool:
    """The count at ``pos`` names a plenary session: after 届 (省委五届六次全会), or in a list of them
    (市委三次、四次、五次全委会)."""
    for m in rx["session_list"].finditer(norm, max(lo, pos - 40), min(len(norm), pos + 60)):
        if m.start() <= pos < m.end():
            return "届" in norm[max(lo, m.start() - 40):m.start()] or bool(m.group("more"))
    return False


def _implicit(doc, spans, rx) -> list:
    """全年 in a one-year plan → the end of that year; N年 (新建/新增/累计…) →
    the end of the period's N-th year (三年新建 in a 2024-2026 plan: 2026).
    Used only to date targets."""
    from .numerals import cn_int
    period = getattr(doc.meta, "period", None)
    if not period or len(period) != 2 or not all(isinstance(y, int) for y in period):
        return []
    first, last = period
    out = []
    for lo, hi in spans:
        for m in rx["implicit_deadline"].finditer(doc.norm, lo, hi):
            n = doc.norm[m.start() - 1]
            if n == "全":
                if first == last:
                    out.append(_Implicit(m.start(), m.end(), f"{last}-12-31"))
                continue
            n = int(n) if n.isdigit() else cn_int(n)
            if n and n <= last - first + 1:
                out.append(_Implicit(m.start(), m.end(), f"{first + n - 1}-12-31"))
    return out


def _num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _chain(secs, pos, starts=None) -> list:
    """Indices of the sections holding pos, deepest first (sections are in
    document order, a parent before its children)."""
    if starts is None:
        starts = [s.start for s in secs]
    i = bisect.bisect_right(starts, pos) - 1
    best = None
    while i >= 0:
        s = secs[i]
        if s.start <= pos < s.end:
            best = s
            break
        i = s.parent if s.parent is not None and s.parent < i else i - 1
    chain = []
    while best is not None:
        chain.append(best.idx)
        best = secs[best.parent] if best.parent is not None else None
    return chain


def _path(secs, chain) -> tuple:
    return secs[chain[0]].path if chain else ()
