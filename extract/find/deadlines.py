"""Deadlines and phases.

    parse_deadline("到2026年底")                 → Deadline(kind 'point', date_end '2026-12-31')
    parse_deadline("2023年5月—2024年6月")        → kind 'range', 2023-05-01 .. 2024-06-30
    parse_deadline("年底前", base_date="2024-02-22") → 2024-12-31 (the document's date, never today)
    find_deadlines(norm, start, end, base_date)  → every dated deadline in norm[start:end]
    find_phases(doc)                              → the rows of a schedule (工作步骤, 工作进度 …)

Rules live in ``rules/deadlines.yaml``; they are joined into one alternation
and run once over the span.  The matched text is then read into dates by a
small tokenizer (year, month, day, quarter, half), split at the dash for
ranges.  Over running text (find_deadlines) the reader skips:

* anything inside 《…》 (years in the titles of other documents);
* years in document numbers (〔2024〕);
* a bare year range that is a title's period ("(2024—2026年)", a damaged
  "工作方案2024年-2026年)") unless a stage word (阶段, 期间) precedes it;
* a full date standing alone on its line (a signature date);
* a bare "2026年," opening a sentence when it lies before the document's year
  (a baseline, not a due date);
* undated kinds (每年, 持续推进) unless ``undated=True``: they are frequencies
  and manners, not due dates.
"""
from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

from .. import rules
from ..models import Deadline, Phase
from .numerals import cn_int


@functools.lru_cache(maxsize=1)
def _parts():
    rs = rules.load("deadlines")
    parts, meta_all = [], {}
    for i, r in enumerate(rs):
        if not r.get("kind"):
            continue                              # helpers (phases, past context)
        pat = rules.expand(r.pattern, rs.fragments, "deadlines.yaml", r.id)
        meta_all[f"r{i}"] = r
        parts.append((f"r{i}", pat, bool(r.get("parse_only"))))
    return "(?=" + rs.fragments["first_char"] + ")", parts, meta_all


@functools.lru_cache(maxsize=1)
def _all_rx():
    """Every rule joined, for parse_deadline (compiled only when asked:
    running text needs only ``_compiled``'s run_rx)."""
    first, parts, _ = _parts()
    return re.compile(first + "(?:" + "|".join(f"(?P<{g}>{p})" for g, p, _ in parts) + ")")


@functools.lru_cache(maxsize=1)
def _compiled():
    rs = rules.load("deadlines")
    first, parts, meta_all = _parts()
    run_rx = re.compile(first + "(?:" + "|".join(f"(?P<{g}>{p})" for g, p, po in parts if not po) + ")")
    anchors = (re.compile(rs.fragments["anchor"]),
               re.compile(rs.fragments["anchor"] + "|" + rs.fragments["undated_anchor"]))
    return None, run_rx, meta_all, anchors


# ---------------------------------------------------------------- reading dates

_TOK = re.compile(
    r"(?P<y>(?:19|20)[0-9]{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})(?=\s?年|[0-9]{1,2}\s?月|[-—–―~～至到⎯﹣－一)) \s]|$)"
    r"|(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s?月"
    r"|(?<=年)(?P<mb>1[0-2]|0?[1-9])(?=底|末)"                  # 2022年8底前: a month whose 月 a copy lost
    r"|(?P<d>3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\s?日"
    r"|第?(?P<q>[一二三四1-4])季度"
    r"|(?P<h>上半年|下半年|年中|年初)"
    r"|(?P<x>上旬|中旬|下旬)")
_DASH = re.compile(r"[-—–―~～至到⎯﹣－]|(?<=[0-9月日年])一(?=[0-9〇二])")
def five_year_period(text: str) -> tuple | None:
    """(first, last) year of the five-year plan ``text`` names (十五五 → 2026, 2030), or None."""
    m = _FYP.search(text)
    if not m:
        return None
    if m.group(1):                                  # 十一五 … 十五五
        first = 2016 + 5 * (cn_int(m.group(1)) - 3)
    elif m.group(2):                                # 六五 … 九五
        first = 1981 + 5 * (cn_int(m.group(2)) - 6)
    else:                                           # “十五”
        first = 2001
    return first, first + 4


_BARE_MONTH = re.compile(r"年\s*(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*$")
_FYP = re.compile(r"十([一二三四五])五|(?<![一二三四五六七八九十])([六七八九])五|[“\"]十五[”\"]")
_WITHIN = re.compile(r"([0-9]{1,2}|[一两二三四五六七八九十])\s?(?:个)?(年|月)")


def _num(s: str) -> int:
    if s.isdigit():
        return int(s)
    if len(s) == 4 and s[1] in "〇零○":
        return int("".join(str(cn_int(c) if c not in "〇零○" else 0) for c in s))
    return cn_int(s) or 0


def _tokens(s: str) -> dict:
    out = {}
    for m in _TOK.finditer(s):
        k = m.lastgroup
        v = m.group(k)
        k = "m" if k == "mb" else k
        if k not in out:
            out[k] = v if k in "hx" else _num(v)
    return out


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _end_of(t: dict, base_year: int | None) -> date | None:
    y = t.get("y", base_year)
    if y is None:
        return None
    try:
        if "m" in t:
            if "d" in t:
                return date(y, t["m"], t["d"])
            if "x" in t and t["x"] != "下旬":            # 上旬 ends on the 10th, 中旬 on the 20th
                return date(y, t["m"], 10 if t["x"] == "上旬" else 20)
            return _last_day(y, t["m"])
        if "q" in t:
            return _last_day(y, 3 * t["q"])
        if "h" in t:
            return {"上半年": date(y, 6, 30), "年中": date(y, 6, 30), "年初": date(y, 3, 31)}.get(t["h"], date(y, 12, 31))
        return date(y, 12, 31)
    except ValueError:
        return None


def _start_of(t: dict, base_year: int | None) -> date | None:
    y = t.get("y", base_year)
    if y is None:
        return None
    try:
        if "m" in t:
            return date(y, t["m"], t.get("d", {"中旬": 11, "下旬": 21}.get(t.get("x"), 1)))
        if "q" in t:
            return date(y, 3 * t["q"] - 2, 1)
        if "h" in t:
            return date(y, 7, 1) if t["h"] == "下半年" else date(y, 1, 1)
        return date(y, 1, 1)
    except ValueError:
        return None


def _as_date(base) -> date | None:
    if base is None or isinstance(base, date):
        return base
    m = re.match(r"\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", str(base))
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = re.match(r"\s*([0-9]{4})", str(base))
    return date(int(m.group(1)), 1, 1) if m else None


def _add_months(d: date, n: int) -> date:
    """The same day ``n`` months on (the month's last if it has no such day): 用3个月时间 from a
    notice of 2023-08-22 ends 2023-11-22, as both annotators of probe batch 34 count it."""
    y, m = divmod(d.month - 1 + n, 12)
    last = _last_day(d.year + y, m + 1)
    return last if d.day > last.day else last.replace(day=d.day)


def day_splits(year, rest: str) -> set:
    """The days the digits after a year make when a copy lost its 月 and 日 (2022630: 6月30日;
    2022121: 1月21日 and 12月1日), each split of ``rest`` into month and day that is a date
    (find/metadata.py reads damaged date lines with it too)."""
    out = set()
    for k in (1, 2):
        if 0 < k < len(rest) and len(rest) - k <= 2:       # (a day has two digits: 1026 is no 1月026日)
            try:
                out.add(date(int(year), int(rest[:k]), int(rest[k:])))
            except ValueError:
                pass
    return out


# a day listed before another that takes 前 for both (于7月10日、12月20日前分别报送: both annotators of a 2020
# region's safety points, probe batch 244)
_SHARED_BEFORE = re.compile(r"\s?[、和及与]\s?(?:(?:19|20)[0-9]{2}\s?年\s?)?[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日\s?前")
_BARE_DAY = re.compile(r"月\s?([0-9]{1,2})\s*$")


def _range(s: str, by: int | None) -> tuple:
    """(first day, last day) of the range ``s`` (split at its dash), a part without a year or a
    month taking it from the other; ``by`` for a range that writes no year."""
    dm = None
    for m in _DASH.finditer(s):
        if _TOK.search(s, 0, m.start()):
            dm = m
            break
    if dm is None:
        return None, _end_of(_tokens(s), by)
    ls = s[:dm.start()]
    left, right = _tokens(ls), _tokens(s[dm.end():])
    if "m" not in left and "m" in right:
        bare = _BARE_MONTH.search(ls)          # 2024年6-7月: the 6 lost its 月
        if bare:
            left["m"] = _num(bare.group(1))
    if "m" in left and "d" not in left and "d" in right:
        bare = _BARE_DAY.search(ls)            # 2017年10月25至…11月25日: the 25 lost its 日
        if bare:
            left["d"] = _num(bare.group(1))
    if "y" not in right and "y" in left:
        right["y"] = left["y"]
    if "m" not in right and "m" in left and ("d" in right or re.match(r"\s?月(?:底|末)", s[dm.end():])):
        right["m"] = left["m"]              # 2024年5月1日-31日; 11月21日至月底
    return _start_of(left, by), _end_of(right, by)


def _looks_ahead(base: date) -> bool:
    """Whether a month already past on ``base`` (the day the text was written or
    posted) is next year's: in a text of the year's last quarter, which lays out
    the coming year (2月4日至10日 in a holiday schedule of December).  Earlier
    in the year such a month is a milestone of the year the plan runs, the plan
    being posted after it began (3月底前…6月底前…9月底前 on a page dated
    2022-07-14; 1月20日前 in a report of March: both annotators of probe
    batches 38 and 29)."""
    return base.month >= 10


def _resolve(rule, s: str, base: date | None):
    """(date_start, date_end, open_ended) for the matched text ``s``."""
    how = rule.get("resolve")
    by = base.year if base else None
    if how == "relative_range":                # 10月25日至10月30日: a range of the document's year
        if base is None:
            return None, None, False
        start, end = _range(s, base.year)
        if end is not None and end < base and _looks_ahead(base):   # 2月4日至10日 in a schedule signed
            start, end = _range(s, base.year + 1)                   # in December: next year
        return start, end, False
    if how == "range":
        return (*_range(s, by), False)
    if how == "damaged_day":                   # 2022630日前: the month and day run together
        m = re.search(r"((?:19|20)[0-9]{2})([0-9]{2,4})日", s)
        days = day_splits(m.group(1), m.group(2))
        return None, (days.pop() if len(days) == 1 else None), False
    if how == "damaged_md":                    # 615日: the 月 lost between month and day
        if base is None:
            return None, None, False
        m = re.search(r"([0-9]{3,4})日", s)
        days = day_splits(base.year, m.group(1))
        return None, (days.pop() if len(days) == 1 else None), False
    if how == "dotted":                        # 2023.08-2028.07
        (y1, m1), (y2, m2) = re.findall(r"((?:19|20)[0-9]{2})[.．]([0-9]{1,2})", s)[:2]
        try:
            return date(int(y1), int(m1), 1), _last_day(int(y2), int(m2)), False
        except ValueError:
            return None, None, False
    if how in ("point", "open"):
        t = _tokens(s)
        end = _end_of(t, by)
        return _quarter_start(t, s, end), end, how == "open"
    if how in ("period", "period_end"):
        first, _ = five_year_period(s)
        if how == "period":
            return date(first, 1, 1), date(first + 4, 12, 31), False
        return None, date(first + 4, 12, 31), False
    if how == "from_year":                     # 2012年起5年内
        y = _tokens(s).get("y")
        m = _WITHIN.search(s[s.find("起") + 1 if "起" in s else s.find("开始") + 2:])
        n = cn_int(m.group(1)) if m else 0
        if not y or not n:
            return None, None, False
        return date(y, 1, 1), date(y + n - 1, 12, 31), False
    if how == "yearly":                        # (从2019年起,…)每年2月底前: its first occurrence
        k = s.rfind("每")
        start_year = _tokens(s[:k]).get("y") if k > 0 else None
        t = _tokens(s[k:])
        t.pop("y", None)
        if start_year:
            return None, _end_of(t, start_year), False
        if base is None:
            return None, None, False
        end = _end_of(t, base.year)
        if end is not None and end < base:
            end = _end_of(t, base.year + 1)
        return None, end, False
    if how in ("validity_years", "from_date_years"):
        # from a first day for N years: 自2019年1月1日起可继续免征五年; in force from a day,
        # 自2026年9月X日起施行，有效期三年, where a day not filled in (X日) counts the whole month
        t = _tokens(s)
        m = _WITHIN.search(s[s.find("有效期") + 3:] if how == "validity_years" else s[s.find("起") + 1:])
        n = cn_int(m.group(1)) if m else 0
        whole_month = how == "validity_years" and "d" not in t
        if not n or not {"y", "m"} <= t.keys() or ("d" not in t and not whole_month):
            return None, None, False
        try:
            if whole_month:
                return date(t["y"], t["m"], 1), _last_day(t["y"] + n, t["m"]), False
            first = date(t["y"], t["m"], t["d"])
            return first, first.replace(year=first.year + n) - timedelta(days=1), False
        except ValueError:
            return None, None, False
    if how == "next_years":                    # 今后3年: the text's year and the two after it
        if base is None:
            return None, None, False
        m = _WITHIN.search(s)
        n = (cn_int(m.group(1)) or 0) if m else 0
        if not n:
            return None, None, False
        return date(base.year, 1, 1), date(base.year + n - 1, 12, 31), False
    if how == "days_after":                    # 本意见印发之日起30日内: from the document's date
        if base is None:
            return None, None, False
        m = re.search(r"([0-9]{1,3}|[一两二三四五六七八九十百]{1,4})\s?(?:个)?(工作日|日|天|月)", s)
        n = (int(m.group(1)) if m.group(1).isdigit() else cn_int(m.group(1))) if m else 0
        if not n:
            return None, None, False
        if m.group(2) == "月":
            return None, _add_months(base, n), False
        return None, base + timedelta(days=n if m.group(2) != "工作日" else (n * 7 + 4) // 5), False
    if how == "relative":
        if base is None:
            return None, None, False
        m = _WITHIN.search(s)
        if m and ("内" in s or "时间" in s):
            n = cn_int(m.group(1)) or 0
            if m.group(2) == "年":
                return None, date(base.year + max(n - 1, 0), 12, 31), False
            return None, _add_months(base, n), False
        nxt = any(w in s for w in ("明年", "次年", "下一年"))
        t = _tokens(s)
        t.pop("y", None)
        end = _end_of(t, base.year + nxt)
        if not nxt and end is not None and end < base and ("m" in t or "q" in t) and _looks_ahead(base):
            end = _end_of(t, base.year + 1)     # 3月底前 in a plan dated in November: next year
        return _quarter_start(t, s, end), end, False
    return None, None, rule.get("kind") == "ongoing"


def _iso(d):
    return d.isoformat() if d else None


def _make(m, meta, base) -> Deadline:
    rule = meta[m.lastgroup]
    s = m.group(0).rstrip()
    ds, de, open_ended = _read(m.lastgroup, s, base)
    return Deadline(text=s, kind=rule.get("kind"), start=m.start(), end=m.start() + len(s),
                    date_start=ds, date_end=de, open_ended=open_ended, rule=rule.id)


@functools.lru_cache(maxsize=4096)
def _read(group: str, s: str, base: date | None) -> tuple:
    """(date_start, date_end, open_ended) as ISO strings for the text ``s``
    matched by the rule of the named group: ``_resolve`` is a pure function
    of the rule, the text and the base date, and plans repeat the same
    phrases (2025年底前, 长期坚持)."""
    ds, de, open_ended = _resolve(_parts()[2][group], s, base)
    return _iso(ds), _iso(de), open_ended


def parse_deadline(text: str, base_date=None) -> Deadline | None:
    """The first temporal expression in ``text`` (a phrase picked out as a deadline).

    Relative forms (今年底, 年内, 第一季度, 三年内) resolve against ``base_date``
    (the document's own date); without one their dates are None."""
    _, _, meta, _ = _compiled()
    m = _all_rx().search(text)
    return _make(m, meta, _as_date(base_date)) if m else None


# ---------------------------------------------------------------- running text

# the name of another document in 《》: its years date nothing here (find/targets.py skips its figures too)
BOOK_NAME = re.compile(r"《[^《》\n]{0,200}》")
# a sentence, a clause or a table cell (| or tab) opens here
# (a heading's or an item's number opens its words as a line does: 一、2023年全区经济社会发展的主要预期目标,
# 1.2019年,全面完成…, (2)2020年完成…, ①2021年…; not a decimal, 1.2019)
_SENT_OPEN = re.compile(r"(?:(?:^|[。;!?\n:;!?:,,|\t])[\s\-—]*(?:(?:力争|争取|确保|计划|预计|到|至)\s*)?"
                        r"|(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\([一二三四五六七八九十]{1,3}\)"
                        r"|[0-9]{1,2}[、.．](?![0-9])|\([0-9]{1,2}\)|[①-⑳])\s*"
                        r"|(?:19|20)[0-9]{2}\s?年\s?[、和及]\s?)$")
_ISSUED = re.compile(r"\s?(?:印发|印制|发布|签发)")
_STAGE_WORD = re.compile(r"(?:阶段|时期|期间|周期|期|步|年度)\s*[((]?\s*$")
_TITLE_WORD = re.compile(r"(?:方案|规划|纲要|计划|意见|行动|办法|要点|示范县|城市)\s*$")
_DOCNUM_OPEN = "〔[【"
# a document number or an issuing body right before a date, a blank between (a signature a copy ran into its line)
_SIGNED_BEFORE = re.compile(r"(?:[0-9]号|政府|办公室|办公厅|委员会|局|厅)[ \t\u3000]+$")
_AS_OF = re.compile(r"截[至止]")
_AS_OF_BEFORE = re.compile(r"截[至止]到?\s?$")
_BY = re.compile(r"前|底|末|^(?:到|至|截至|截止)")
_SENT_STOP = re.compile(r"[。;!?\n;!?]")
_YEAR_STOP = re.compile(r"[。!?\n!?]")


def _skip(text: str, d: Deadline, rule, lo: int, hi: int, base: date | None) -> bool:
    s, e = d.start, d.end
    if rule.get("resolve") in ("damaged_day", "damaged_md") and d.date_end is None:
        return True                     # 2022121日: 1月21日 or 12月1日, no reading
    before = text[max(lo, s - 12):s]
    if before and before[-1] in _DOCNUM_OPEN:
        return True
    if rule.get("title_period") and "月" not in d.text:
        nxt = text[e:e + 1]
        b = before.rstrip()
        paren = (b and b[-1] in "((") or (nxt and nxt in "))")
        if paren or _TITLE_WORD.search(before):
            inner = before.rstrip()
            inner = inner[:-1] if inner[-1:] in "((" else inner
            if not _STAGE_WORD.search(inner):
                return True
    if base and d.date_end and int(d.date_end[:4]) < base.year:
        return True                               # before the document's year: background
    if rule.get("cell"):
        b = text[max(lo, s - 2):s]
        if s != lo and not (b[-1:] in ("\t", "|") or b == "  " or (b[-1:] == " " and b[:1] in "\t|")):
            return True
    if rule.get("sentence_start"):
        if not _SENT_OPEN.search(text[max(lo, s - 8):s]) and s != lo:
            return True
        stop = _SENT_STOP.search(text, e, hi)
        if rules.load("deadlines")["deadline.past_context"].regex.search(text, e, stop.start() if stop else hi):
            return True
    rs = rules.load("deadlines")
    if rule.id == "deadline.range_fyp" and rs["deadline.period_described"].regex.match(text[e:e + 30]):
        return True                               # “十四五”时期是我国…: the period described
    if rule.id == "deadline.range_fyp" and rs["deadline.period_framed"].regex.search(text, max(lo, s - 14), s):
        return True                               # 推动“十四五”时期我市…: a phrase the sentence frames
    if rule.id == "deadline.relative_within" and rs["deadline.entitlement_after"].regex.match(text[e:e + 8]):
        return True                               # 五年内免征: how long an entitlement lasts
    if d.date_end and rs["deadline.done_after"].regex.match(text[e:e + 4]):
        return True                               # 2018年12月31日之前已完成…: done already
    if d.date_end and rs["deadline.qualifier_after"].regex.match(text[e:e + 10]):
        return True                               # 2000年底前建成的老旧小区: which ones, not when
    if d.date_end and rs["deadline.done_before"].regex.search(text, max(lo, s - 4),
                                                              s + (text[s:s + 1] in "于在")):
        return True                               # 此文件已于2020年12月9日宣布失效: done on that day
    if d.date_end and (_AS_OF.match(d.text) or _AS_OF_BEFORE.search(before)) \
            and rs["deadline.as_of_done"].regex.match(text[e:min(hi, e + 40)]):
        return True                               # 截至11月底,已有…: counted to, not due
    if d.date_end and d.text[:1] not in "到至截" and rs["deadline.compared_base"].regex.search(before):
        return True                               # 较2021年末实现翻番: the base of a comparison
    if d.date_end and "日" in d.text and rs["deadline.event_after"].regex.match(text[e:e + 40]):
        return True                               # 2024年9月26日在…会议…的讲话: the day of an event
    if rule.id == "deadline.ymd":
        ls = text.rfind("\n", lo, s) + 1
        le = text.find("\n", e, hi)
        le = hi if le < 0 else le
        if not text[ls:s].strip() and not text[e:le].strip():
            return True                           # a signature date on its own line
        if _ISSUED.match(text, e, min(hi, e + 4)):
            return True                           # 2024年3月8日印发: the printing date
        if d.text[:1] in "一二" and (_SIGNED_BEFORE.search(text, max(lo, s - 12), s)
                                     or (text[s - 1:s] in " \t\u3000"
                                         and not text[e:(text.find("\n", e, hi) + 1 or hi)].strip())) \
                and not text[e:e + 1].strip(" \t\u3000)）\n"):
            return True                           # (资府办发〔2007〕62号 二〇〇七年十一月十二日) / 安徽省劳动和社会
            #                                       保障厅 二〇〇八年七月二十五日 附件: a signature in words run into a
            #                                       line, or closing one after a blank (…附件:…(略) 二〇一〇年九月一日);
            #                                       a date in figures after a unit may be a table's time cell
        if base and d.date_end and d.date_end <= base.isoformat():
            return True                           # on or before the plan's own date: a past meeting, not a due date
    return False


def find_deadlines(text: str, start: int = 0, end: int | None = None, base_date=None,
                   undated: bool = False, year_only: bool = False) -> list:
    """Deadlines in ``text[start:end]`` (normalised text), spans absolute.

    Only dated ones (with an end date, or a start for open-ended ranges) unless
    ``undated`` is set, which adds 每年 (recurring) and 持续推进 (ongoing).
    ``year_only``: ``base_date`` is only the year the text names, not the day it was
    written, so it resolves bare months but tells nothing of what was past then."""
    end = len(text) if end is None else end
    _, run_rx, meta, anchors = _compiled()
    base = _as_date(base_date)
    skip_base = None if year_only else base
    books = [(m.start(), m.end()) for m in BOOK_NAME.finditer(text, start, end)]
    out = []
    bi = 0
    from_year = None           # 2012年起5年内 sets the year a later bare 5年内 counts from
    covered = -1               # the end of the bracketed years a span of time named (用3年时间(2024—2026年))
    yearly = None              # (start year, sentence end) of 2020年起,每年2月底前 for a bare 3月底前 after it
    for m in _scan(text, start, end, run_rx, anchors[1] if undated else anchors[0]):
        while bi < len(books) and books[bi][1] <= m.start():
            bi += 1
        if bi < len(books) and books[bi][0] < m.start() < books[bi][1]:
            continue
        rule = meta[m.lastgroup]
        # (a span of time, 用3个月时间, runs from the day the text was written: a year known
        # only from the text's words is no such day)
        d = _make(m, meta, None if year_only and rule.id == "deadline.relative_within" else base)
        if rule.get("resolve") == "from_year" and d.date_start:
            from_year = date(int(d.date_start[:4]), 1, 1)
        elif from_year is not None and rule.id == "deadline.relative_within" and "年" in d.text:
            d = _make(m, meta, from_year)
        if m.start() < covered:
            continue                               # inside the years a span of time gave itself
        if rule.id == "deadline.relative_within":
            sp = _SPAN_YEARS.match(text, d.end, min(end, d.end + 24))
            if sp and int(sp.group(1)) <= int(sp.group(2)):
                # 用3年时间(2024年—2026年): the years it names, not a count from the text's day (both
                # annotators of a 2024 city's opinion, probe batch 150)
                d = Deadline(text=text[d.start:sp.end()], kind="range", start=d.start, end=sp.end(),
                             date_start=f"{sp.group(1)}-01-01", date_end=f"{sp.group(2)}-12-31", rule=d.rule)
                covered = sp.end()
        if rule.get("resolve") == "yearly" and d.date_end and "年" in d.text[:d.text.rfind("每")]:
            stop = _SENT_STOP.search(text, m.end(), end)
            yearly = (date(int(d.date_end[:4]), 1, 1), stop.start() if stop else end)
        elif yearly is not None and rule.id in _MONTH_ONLY and m.start() < yearly[1]:
            d = _make(m, meta, yearly[0])
        elif d.date_end and _YEAR_WRITTEN.search(d.text) and rule.get("resolve") not in ("yearly", "period", "none"):
            # a date with its year written dates the bare months after it in its sentence
            # (于2023年3月25日、6月25日、9月25日前…,12月25日前报告): they are that year's, across
            # the semicolons of a schedule too (2010年5月30日前,完成…;7月31日前,…;11月20日前,…: both
            # annotators of a 2010 city's project page, probe batch 47)
            stop = _YEAR_STOP.search(text, m.end(), end)
            yearly = (date(int(d.date_end[:4]), 1, 1), stop.start() if stop else end)
        to_before = d.text[:1] not in "至到" and text[max(start, d.start - 1):d.start] in ("至", "到")
        if d.kind == "point" and d.date_end and (d.text[:1] in "至到" or to_before):
            # (or the 至 before a bare month's end, 从即日起至8月底: both annotators of a 2008 city's campaign, probe
            # batch 287)
            since = _FROM_TODAY.search(text, max(start, d.start - 9), d.start - (1 if to_before else 0))
            if since:
                # 即日起至2019年6月底: from the day the text was written (both annotators of a 2019 city's
                # campaign notice, probe batch 222; a 2025 county's and a 2019 province's, earlier)
                d = Deadline(text=text[since.start():d.end], kind="range", start=since.start(), end=d.end,
                             date_start=skip_base.isoformat() if skip_base else None, date_end=d.date_end,
                             rule=d.rule)
        if not undated and d.date_end is None and d.date_start is None:
            continue
        if _skip(text, d, rule, start, end, skip_base):
            continue
        out.append(d)
    return out


_NEWLINES = re.compile(r"\n*")
# the day a text is written as a range's first day, right before its 至 (自即日起至…, 從即日起,至…)
_FROM_TODAY = re.compile(r"(?:[自从從]\s?)?即日起?\s?[,，]?\s?$")
# the years a span of time names in the bracket after it: 用3年时间(2024年—2026年), 用三年时间（2023-2025年）
_SPAN_YEARS = re.compile(r"\s?[(（]\s?((?:19|20)[0-9]{2})\s?年?\s?(?:-|—|–|－|~|～|至|到)+\s?((?:19|20)[0-9]{2})\s?年?\s?[)）]")


_QUARTER_BY = re.compile(r"末|底|前")


def _quarter_start(t: dict, s: str, end: date | None) -> date | None:
    """The first day of a quarter named bare (2020年第四季度, 第四季度: its three months, as both
    probe annotators of a 2020 campaign schedule read it, batch 12); None for anything else,
    a quarter's end included (四季度末, 第四季度前)."""
    if "q" in t and end is not None and not _QUARTER_BY.search(s):
        return _start_of(t, end.year)
    return None


_GUIDING = re.compile(r"(?:指导思想|基本原则|工作原则|主要原则)")
_MONTH_ONLY = ("deadline.relative_month", "deadline.relative_month_listed", "deadline.relative_md_range")
_YEAR_WRITTEN = re.compile(r"(?:19|20)[0-9]{2}\s?年")

_BACK = 12      # how far before an anchor an expression may start (截止到2026年: 7)


_DENSE = 8     # an anchor every 8 characters or closer: one pass of run_rx is cheaper
_DENSITY_CHARS = "年月)）"


def _scan(text, start, end, run_rx, anchor_rx):
    """The matches run_rx.finditer would give, tried only around anchors.  A
    window search costs ~100 µs whatever its length, so text dense in anchors
    (a page of 年) is scanned in one pass instead (~3 µs a character): the time
    stays linear in the text with a small constant either way."""
    # the density decides only the cost, never the matches: the anchors' common
    # characters, counted by str.count, are a close enough estimate
    n_anchors = sum(text.count(c, start, end) for c in _DENSITY_CHARS)
    if n_anchors * _DENSE > end - start:
        yield from run_rx.finditer(text, start, end)
        return
    last = start
    for a in anchor_rx.finditer(text, start, end):
        p = a.start()
        if p < last:
            continue
        if text[p] in "))" and not text[p - 1:p].isdigit():
            continue
        pos = max(last, p - _BACK)
        while True:
            m = run_rx.search(text, pos, min(end, p + 40))
            if m is None or m.start() > p:
                break
            yield m
            last = pos = m.end()
            if m.end() >= p:        # else an expression that ends before the anchor: go on
                break


def plan_spans(doc) -> list:
    """[(start, end)] of the text that holds the plan's commitments: the body
    after the plan's title, and any attachment that holds tasks (a 分工表) or
    a table kept as a block."""
    lo = doc.title_lines[-1][1] if getattr(doc, "title_lines", None) else doc.body_start
    if getattr(doc, "title_lines", None):
        # the line under the title that says when a congress passed it ((2021年1月30日…第五次会议通过)): its
        # date is the text's, no deadline
        from .structure import DELIVERED
        norm = doc.norm
        for _ in range(2):
            s = _NEWLINES.match(norm, lo).end()          # (the blank lines between: no copy of the text)
            e = norm.find("\n", s)
            e = len(norm) if e < 0 else e
            if not (s < e and DELIVERED.match(norm[s:e].replace(" ", ""))):
                break
            lo = e
    if getattr(doc, "genre", "plan") == "work_report":
        # a report whose parts are headed by unnumbered lines (“十五五”时期的主要目标任务,
        # 2026年重点工作) has its numbered chain late: it speaks from its salutation on
        from .structure import SALUTATION
        m = SALUTATION.search(doc.norm, 0, min(len(doc.norm), lo, 3000))
        if m:
            lo = m.end()
    spans = [(lo, doc.body_end or len(doc.norm))]
    commitments = rules.load("targets")["target.commitment_attachment"].regex
    for a, b in getattr(doc, "attachments", None) or ():
        # an attachment holding tasks (a 分工表) or a table the reader kept (a
        # 标志性成果清单, an indicator table), or titled as the year's commitments
        # (十件民生实事: its title is the line after 附件N): its figures and dates are the plan's
        if any(a <= t.start < b for t in doc.tasks) or any(a <= x < b for x, _ in getattr(doc, "table_spans", ())) \
                or commitments.search(doc.norm, a, _lines_end(doc.norm, a, b, 2)):
            spans.append((a, b))
    for cs, ce in getattr(doc, "contents", None) or ():      # a table of contents lists, it commits to nothing
        spans = [p for a, b in spans for p in ((a, min(b, cs)), (max(a, ce), b)) if p[0] < p[1]]
    return spans


def _lines_end(text: str, a: int, b: int, n: int) -> int:
    """Where the first ``n`` lines of text[a:b] that hold text end (b if it has fewer;
    blank lines between paragraphs are not counted)."""
    while n > 0:
        k = text.find("\n", a, b)
        if k < 0:
            return b
        if text[a:k].strip():
            n -= 1
        a = k + 1
    return a


# (not a year a review counts from: 2003年以来 in a 2005 campaign's schedule)
_NUMBER_YEAR = re.compile(r"[〔\[【(]((?:19|20)[0-9]{2})[〕\]】)]")
_ONE_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s?年(?!\s?以来)")


def doc_deadlines(doc, undated: bool = False) -> list:
    """find_deadlines over the plan body (after its title), with section paths
    and the text as stored (not normalised)."""
    base = doc.meta.signed or doc.meta.published
    period = getattr(doc.meta, "period", None)
    if base is None and period and period[0] == period[1]:
        base = f"{period[0]}-01-01"     # an annual document without a date: its year (今年, 全年)
    year_only = False
    number_year = _NUMBER_YEAR.search(doc.meta.doc_number or "")
    if doc.meta.signed is None and doc.meta.published and number_year \
            and int(number_year.group(1)) < int(doc.meta.published[:4]):
        # a page put up (or a mirror's time stamp) in a later year than the document's number says it was made
        # (武政办〔2019〕1号 under 时间:2020-02-16): its dates are read in the number's year (于2019年4月15日、7月15日…
        # is no past; both annotators of a 2019 city's notice, probe batch 144)
        base = f"{number_year.group(1)}-01-01"
    if doc.meta.signed is None and doc.meta.published and period and period[0] == period[1] \
            and period[0] + 1 < int(doc.meta.published[:4]):
        # an annual document put up years after the year it is for (吉林省2006年政府工作报告 under 2012年03月23日
        # 14:01 来源:政府网站): its 今年 is its own year (both annotators of probe batch 175); a year's review put up
        # the next year reads its dates as past
        base = f"{period[0]}-01-01"
    if base is None and not period and number_year:
        # no date and no period but a document number: the year it was issued in dates the text's
        # own years (苏政办发〔2013〕144号 / 今后3年: 2013-2015 -- both annotators of probe batch 54)
        base, year_only = f"{number_year.group(1)}-01-01", True
    if base is None and not period:
        # no date, no period: a page of a document whose text names one year only (完成2009年环保专项行动
        # 工作总结报告; 精心策划2019年…活动) dates its bare months (5月底前) in that year, as both
        # annotators of three such pages read them
        years = set(_ONE_YEAR.findall(doc.norm, doc.body_start, doc.body_end))
        if len(years) == 1:
            base, year_only = f"{years.pop()}-01-01", True
    out = []
    spans = plan_spans(doc)
    # tables the reader kept as blocks (a 分工表 after 附, a project list): their
    # 完成时限 and 建设周期 cells, where no span above reaches
    # (a table above the body is page chrome: a web page's 成文日期 / 发布日期 box)
    for t in getattr(doc, "tables", None) or ():
        if t.end <= doc.body_start:
            continue
        if not any(a <= t.start < b for a, b in spans):
            spans.append((t.start, t.end))
    for lo, hi in spans:
        out.extend(find_deadlines(doc.norm, lo, hi, base_date=base, undated=undated, year_only=year_only))
    # the order or notice that issues the text, above its title, states when it takes
    # effect (现公布…,自2019年1月1日起施行): that date counts (CONVENTIONS.md C11), and
    # nothing else up there does
    effect = rules.load("deadlines")["deadline.takes_effect_after"].regex
    if spans and spans[0][0] > 0:
        # (and a day by which the notice asks for something, 于3月10日前报送, 2023年1月15日前: both
        # annotators of a province's 2017 division of its work report, probe batch 41, and of a
        # district's of 2023, batch 2; not a recurring one, 每年12月10日前, nor a bare year)
        out[:0] = [d for d in find_deadlines(doc.norm, 0, spans[0][0], base_date=base, year_only=year_only)
                   if effect.match(doc.norm[d.end:d.end + 6])
                   or (d.kind == "point" and "月" in d.text and "每" not in d.text
                       and (d.text.endswith("前") or _SHARED_BEFORE.match(doc.norm, d.end)))]
    bg = rules.load("targets")["target.skip_section"].regex       # 发展基础, 现状, 回顾 …
    # (not a guiding-ideas or principles section: GUIDE counts every occurrence, and 确保到2020年
    # 同步全面建成小康社会 in a 指导思想 is due as in a goals section; both probe annotators)
    skip = [(s.start, s.end) for s in doc.sections
            if s.kind != "para" and bg.search(s.heading) and not _GUIDING.match(s.heading)]
    # a table's 进展情况 / 现状 cells report what was done by when (一季度,…增速7.7%): no due dates
    skip += list(getattr(doc, "retro_spans", ()))
    # nor lines of results (a progress report's, 此项工作已完成。…), nor a plan report's review of last year
    skip += list(getattr(doc, "review_spans", ()))
    out = [d for d in out if not any(a <= d.start < b for a, b in skip) and not _past(d, doc.meta.signed)]
    if getattr(doc, "genre", "plan") == "regulation":
        # a bare N个月内 / N年内 in a regulation runs from each case it rules on (…之日起一个月内,
        # 2年内不得…): a procedure's time limit with no base date, no deadline (CONVENTIONS.md C10)
        out = [d for d in out if d.rule != "deadline.relative_within"]
    for d in out:
        d.text = doc.text[d.start:d.end]
        d.section_path = doc.section_path_at(d.start)
    return out


def _past(d, signed) -> bool:
    """An expression that ends before the document was signed dates an event
    already over (a visit 2004年4月16日至18日 a reply recounts, a meeting held),
    not work due.  Only the date the document bears counts: a web page's
    发布日期 can come years later."""
    return bool(signed and d.date_end and d.date_end < signed)


def validity_period(ds) -> list | None:
    """[first, last] year of the window a text says it is in force in (自2025年5月1日起实施,
    有效期至2030年4月30日: [2025, 2030]), or None: the period of a plan or a regulation
    whose title names none, as all four annotators who met one give it."""
    for d in ds:
        if d.rule in ("deadline.validity_period", "deadline.validity_years") and d.date_start and d.date_end:
            return [int(d.date_start[:4]), int(d.date_end[:4])]
    return None


# ---------------------------------------------------------------- phases

_NAME_CUT = re.compile(r"[((\s]*(?:[0-9〇零一二]{4}|到|至|自|从)|[。:;,:;,]")


def find_phases(doc) -> list:
    """Schedule rows: each child of a 工作步骤/工作进度/实施步骤 section that
    names a date, or any heading of a 阶段 with a date of its own."""
    norm = doc.norm
    base = doc.meta.signed or doc.meta.published
    secs = doc.sections
    rs = rules.load("deadlines")
    sched_rx, stage_rx = rs["phase.schedule_heading"].regex, rs["phase.stage_heading"].regex
    sched = {s.idx for s in secs if s.kind != "para" and sched_rx.search(s.heading.strip(" 。.:"))}
    out = []
    for s in secs:
        in_sched = s.parent in sched
        if not in_sched and not (s.kind != "para" and stage_rx.search(s.heading)):
            continue
        if s.idx in sched:
            continue
        if in_sched and s.kind == "para" and any(c.parent == s.parent and c.kind != "para" for c in secs):
            continue
        first_end = norm.find("。", s.start, s.end)
        first_end = s.end if first_end < 0 else first_end
        head_end = max(s.line_end, first_end) if s.kind != "para" else first_end
        ds = find_deadlines(norm, s.start, min(head_end, s.end), base_date=base)
        if not ds:
            continue
        d = ds[0]
        name_src = norm[s.start:d.start]
        num = s.number or ""
        if name_src.startswith(num):
            name_src = name_src[len(num):]
        name = _NAME_CUT.split(name_src.strip(), 1)[0].strip(" .、:((")
        if not name:
            name = s.heading
            cut = _NAME_CUT.search(name)
            name = name[:cut.start()] if cut and cut.start() > 0 else name
        if not name:
            continue
        # a phase runs over the whole period it names: 2025年4月 → 04-01..04-30;
        # an open-ended one (2026年7月以后) starts then and has no end
        start_iso = d.date_start
        if start_iso is None and not _BY.search(d.text):       # 2024年3月底前: start unknown
            start_iso = _iso(_start_of(_tokens(d.text), None))
        end_iso = None if d.open_ended else d.date_end
        out.append(Phase(name=name, date_start=start_iso, date_end=end_iso, start=s.start, end=s.end,
                         text=doc.text[s.start:s.end], section_path=s.path))
    return out
