"""The region a plan governs, from its issuer, title and text.

``resolve(issuer, title, text, doc_number=None) -> Region | None`` weighs the evidence in
the order ``rules/regions.yaml`` gives: the most specific administrative unit named in
the issuer (落款), else the 发文字号's prefix (浙政发 → 浙江省, 国办发 → national, 杭政办发 →
杭州市 when the document names it), else the unit named in the title's issuing part
(X关于…), then in the whole title, else the addressees (各省、自治区、直辖市 → national),
and only last the unit the text names most often, lifted to its province when the text
speaks for one (全省, 省级 … outnumbering 全市, 市级 …).  It writes the chosen unit's full
name the way the gold files do: province + prefecture (only when the text names the
prefecture) + the unit (重庆市江津区, 河南省舞钢市, 辽宁省朝阳市).
National bodies (国务院, 国家…局, ministries) with no local unit give
``Region("中华人民共和国", "全国", "national", None)``: the full name of the area a
national plan governs, as GUIDE.md asks for ``region``.

Data: ``rules/divisions.tsv`` (GB/T 2260 codes, built by ``tools/build_divisions.py``).
Names repeated across provinces (朝阳区, 鼓楼区, 南山区) are resolved by the unit's
ancestors named elsewhere: in the same issuer/title (strong) or in the text (by count),
full names or short forms (辽宁, 四川, 长春).  Generic district names (城区, 郊区, 新城区,
市中区...) are only recognised after their parent's name (晋城市城区); two-character
names (赵县, 沛县) only at a word start (string start, non-CJK, or after 省市州盟共).

Speed: the index is built once per process (``load``, lru_cache, ~60 ms).  Names are
found by scanning for their last character (省市区县州盟旗) and looking the few possible
lengths up in a dict.  A call scans the issuer and title, and reads the text only with
``str.count`` for a few ancestor names; the whole text is scanned only when neither
issuer nor title names a unit (then ~40M chars/s).
"""
from __future__ import annotations

from collections import Counter

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from ..rules import RULES_DIR

TSV = RULES_DIR / "divisions.tsv"

LEVELS = ("national", "province", "city", "county", "district")

# District names that are ordinary words; only matched as "<parent name><name>".
GENERIC_NAMES = frozenset(
    "城区 郊区 矿区 东区 西区 新城区 老城区 市中区 新市区 西市区 城中区 城东区 城西区 城北区 城南区"
    .split())

_CJK = re.compile(r"[\u3400-\u9fff]")
# A two-character name (赵县) counts only at a word start.
_SHORT_NAME_LEFT = set("省市州盟共")

# An autonomous prefecture's name: the place, its peoples, 自治州 (海南藏族自治州, 恩施土家族苗族
# 自治州, 博尔塔拉蒙古自治州); it goes by the place and 州 (海南州, 恩施州), as its own documents write it.
_AUTONOMOUS_PREFECTURE = re.compile(
    r"^(.{2,4}?)(?:(?:藏|蒙古|回|朝鲜|土家|苗|侗|布依|哈尼|彝|傣|景颇|壮|白|傈僳|羌|哈萨克|柯尔克孜)族?)+自治州$")

# Bodies of the central government (checked only when no local unit is named).
_NATIONAL = re.compile(
    r"国务院|中共中央|党中央|中华人民共和国|中央[\u4e00-\u9fff]{0,6}(?:办公厅|委员会|办)|全国|^国家|[、,\s]国家"
    r"|最高人民(?:法院|检察院)|中国人民银行|海关总署|审计署|中国科学院|中国工程院|共青团中央"
    r"|(?<![委局厅])(?:外交|国防|教育|科学技术|工业和信息化|公安|国家安全|民政|司法|财政"
    r"|人力资源(?:和)?社会保障|自然资源|生态环境|住房(?:和)?城乡建设|交通运输|水利|农业农村|商务"
    r"|文化(?:和)?旅游|退役军人事务|应急管理)部")
# Addressees of a national document: 各省、自治区、直辖市人民政府 / 各省(区、市).
_NATIONAL_TEXT = re.compile(r"各省[、,，]\s*自治区[、,，]\s*直辖市|各省[(（]区[、,，]市[)）]")
_BOOK_TITLE = re.compile(r"《[^《》\n]{0,80}》")


@dataclass(frozen=True, slots=True)
class Division:
    code: str
    name: str
    short: str
    level: str          # province | city | district | county
    parent: str         # parent code, "" for a province
    province: str       # name of the province-level unit
    kind: str           # 省 自治区 直辖市 … 地级市 自治州 … 市辖区 县 县级市 自治县 旗 …


@dataclass(slots=True)
class Region:
    full: str           # 重庆市江津区, 河南省舞钢市, 四川省, 全国
    name: str           # the unit itself: 江津区, 舞钢市, 四川省, 全国
    level: str          # national | province | city | county | district
    code: Optional[str]  # GB/T 2260 code, None for national
    evidence: str = ""  # issuer | doc_number | title | addressees | mentions


NATIONAL = Region("中华人民共和国", "全国", "national", None)


class _Index:
    def __init__(self, rows: Iterable[Division]):
        self.by_code: dict[str, Division] = {}
        self.by_key: dict[str, list[Division]] = {}      # name (or parent+generic) -> units
        self.by_short: dict[str, list[Division]] = {}    # province/prefecture shorts
        self.by_province_name: dict[str, Division] = {}
        self.cities_by_first: dict[str, list[Division]] = {}   # prefecture-level units by first character
        self.children: dict[str, list[Division]] = {}
        for d in rows:
            self.by_code[d.code] = d
            self.children.setdefault(d.parent, []).append(d)
        for d in self.by_code.values():
            if d.level == "province":
                self.by_province_name[d.name] = d
            elif d.level == "city":
                self.cities_by_first.setdefault(d.name[0], []).append(d)
            if d.name in GENERIC_NAMES:
                p = self.by_code.get(d.parent)
                if p:
                    self.by_key.setdefault(p.name + d.name, []).append(d)
                continue
            self.by_key.setdefault(d.name, []).append(d)
            m = _AUTONOMOUS_PREFECTURE.match(d.name) if d.kind == "自治州" else None
            if m and m.group(1) + "州" not in self.by_key:
                self.by_key[m.group(1) + "州"] = [d]     # 海南藏族自治州 goes by 海南州, 恩施…自治州 by 恩施州
            if d.short and d.level in ("province", "city"):
                self.by_short.setdefault(d.short, []).append(d)
        # an autonomous county goes by its short name and 县 (张家川回族自治县: 张家川县安全生产委员会,
        # 肃南县委 -- the issuers of two Gansu county pages, probe batches 34 and 57), where no other
        # unit has that name
        for d in self.by_code.values():
            if d.kind == "自治县" and d.short and d.short + "县" not in self.by_key:
                self.by_key[d.short + "县"] = [d]
        # every name ends in one of 省市区县州盟旗: scan for those characters and look
        # the few possible lengths up in by_key (much faster than one big alternation)
        lens: dict[str, set[int]] = {}
        for k in self.by_key:
            lens.setdefault(k[-1], set()).add(len(k))
        self.lens = {c: sorted(v, reverse=True) for c, v in lens.items()}
        self.suffix_re = re.compile("[" + "".join(sorted(self.lens)) + "]")
        self.short_re = re.compile(_trie_regex(self.by_short))

    def ancestors(self, d: Division) -> list[Division]:
        out = []
        while d.parent and d.parent in self.by_code:
            d = self.by_code[d.parent]
            out.append(d)
        return out

    def scan(self, s: str, skip: list[tuple[int, int]] | None = None):
        """(start, key) of every unit name in ``s``: at each end character the longest
        name ending there.  ``skip``: sorted, disjoint spans to ignore."""
        out = []
        keys, lens = self.by_key, self.lens
        for m in self.suffix_re.finditer(s):
            e = m.end()
            for n in lens[m.group()]:
                if n > e or s[e - n:e] not in keys:
                    continue
                i = e - n
                if n == 2 and i > 0 and s[i - 1] not in _SHORT_NAME_LEFT \
                        and _CJK.match(s, i - 1):
                    break
                if not (skip and _inside(skip, i)):
                    out.append((i, s[i:e]))
                break
        return out


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    j = bisect.bisect_right(spans, (i, float("inf"))) - 1
    return j >= 0 and spans[j][0] <= i < spans[j][1]


def _trie_regex(words: Iterable[str]) -> str:
    """One regex matching any of ``words``, shaped as a trie (longest match first)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body     # greedy: longest name first

    return build(trie)


@functools.lru_cache(maxsize=None)
def load(path: str = str(TSV)) -> _Index:
    rows = []
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        assert header[:6] == ["code", "name", "short", "level", "parent_code", "province"], header
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) >= 7:
                rows.append(Division(*f[:7]))
    return _Index(rows)


def _named(d: Division, ctx: str) -> int:
    """How often ``d`` is named in ``ctx`` (by its short form when it has one)."""
    return ctx.count(d.short) if d.short else ctx.count(d.name)


def _choose(idx: _Index, cands: list[Division], strong: set[str], ctx: str) -> Division:
    """Pick among same-named units: ancestors named in the same string count most,
    then ancestors named in the text; ties go to the lowest code."""
    if len(cands) == 1:
        return cands[0]
    # (and places named beside it under the same parent: 城关区 among 七里河区、西固区、红古区 is
    # Lanzhou's, not Lhasa's -- both annotators of a 2010 Lanzhou page, probe batch 47)
    siblings = Counter(p.code for c in strong if c in idx.by_code for p in idx.ancestors(idx.by_code[c])[:1])
    best, best_score = cands[0], -1.0
    for d in cands:
        score = 0.0
        anc = idx.ancestors(d)
        for a in anc:
            if a.code in strong:
                score += 1000
            score += min(_named(a, ctx), 100)
        if anc:
            score += 100 * siblings[anc[0].code]
        if score > best_score:
            best, best_score = d, score
    return best


def _pick(idx: _Index, keys: list[str], ctx: str) -> Optional[Division]:
    """The most specific unit among the names ``keys`` found in one string."""
    strong = {d.code for k in keys for d in idx.by_key[k]}
    chosen: list[Division] = []
    for k in keys:
        d = _choose(idx, idx.by_key[k], strong - {c.code for c in idx.by_key[k]}, ctx)
        if d not in chosen:
            chosen.append(d)
    if not chosen:
        return None
    covered = {a.code for d in chosen for a in idx.ancestors(d)}
    leaves = [d for d in chosen if d.code not in covered]
    if len(leaves) == 1:
        return leaves[0]
    # several units side by side (成都市、德阳市): their lowest common ancestor, if any
    common = None
    for d in leaves:
        chain = [d.code] + [a.code for a in idx.ancestors(d)]
        common = chain if common is None else [c for c in common if c in chain]
    return idx.by_code[common[0]] if common else leaves[0]


def _region(idx: _Index, d: Division, ctx: str, evidence: str = "") -> Region:
    if d.level == "province":
        return Region(d.name, d.name, "province", d.code, evidence)
    parts = [d.province]
    parent = idx.by_code.get(d.parent)
    # a prefecture's district is written with its prefecture (安徽省芜湖市繁昌区: district names repeat
    # from city to city), a county-level city without it (河南省新密市), a county with it only where
    # the text names it (the probe's annotators: 33 of 35 districts with, 13 of 13 county-level
    # cities without, counties mostly without)
    if parent is not None and parent.level == "city" and d.kind != "县级市" \
            and (d.kind == "市辖区" or _named(parent, ctx)):
        parts.append(parent.name)
    parts.append(d.name)
    return Region("".join(parts), d.name, d.level, d.code, evidence)


_ISSUING = re.compile(r"关于|对")


def _issuing_part(title: str) -> str:
    """The body that issues a title's document: 国务院关于…, 国务院办公厅对…的答复."""
    i = title.find("关于")
    if i < 0:
        m = _ISSUING.search(title)
        i = m.start() if m else -1
    return title[:i] if i > 0 else ""


def _national(evidence: str) -> Region:
    return dataclasses.replace(NATIONAL, evidence=evidence)


def _named_region(idx: _Index, s: str, ctx: str, evidence: str) -> Optional[Region]:
    keys = [k for _, k in idx.scan(s)]
    if keys:
        d = _pick(idx, keys, ctx)
        if d is not None:
            return _region(idx, d, ctx, evidence)
    return None


def _named_or_national(idx, words: str, ctx: str, source: str) -> Optional[Region]:
    """The region an issuing body's words name, else national when they name a
    central body (国务院, 国家…局), else None."""
    r = _named_region(idx, words, ctx, source)
    if r is None and _NATIONAL.search(words):
        r = _national(source)
    return r


def resolve(issuer: Optional[str], title: Optional[str], text: str,
            doc_number: Optional[str] = None) -> Optional[Region]:
    """The region a plan governs (see module doc), or None when nothing names one."""
    idx = load()
    text = text or ""
    ctx = "\n".join(s for s in (issuer, title, text) if s)
    if issuer:
        r = _named_or_national(idx, issuer, ctx, "issuer")
        if r is not None:
            return r
        shorts = [m.group() for m in idx.short_re.finditer(issuer)]   # 新疆生产建设兵团: a short form
        if shorts:
            d = _choose(idx, idx.by_short[shorts[-1]], set(), ctx)
            return _region(idx, d, ctx, "issuer")
    if doc_number:
        r = _from_doc_number(idx, doc_number, ctx)
        if r is not None:
            return r
    if title:
        head = _issuing_part(title)
        if head:
            r = _named_or_national(idx, head, ctx, "title")
            if r is not None:
                return r
        r = _named_region(idx, title, ctx, "title")
        if r is not None:
            return r
    if not text:
        return None
    if _NATIONAL_TEXT.search(text):
        return _national("addressees")
    return _from_text(idx, text, ctx)


@functools.lru_cache(maxsize=1)
def _evidence_rules() -> dict:
    """rules/regions.yaml: the 发文字号 rules, the abbreviations, the level words."""
    from .. import rules
    rs = rules.load("regions")
    provinces = {str(k): str(v) for k, v in (rs.data.get("provinces") or {}).items()}
    abbrs = rs.fragments["province_abbr"].split("|")
    missing = [a for a in abbrs if a not in provinces]
    if missing:
        raise rules.RuleError(f"regions.yaml: province_abbr {missing} not in provinces")
    return {"national": rs["docno.national"].regex, "province": rs["docno.province"].regex,
            "city": rs["docno.city"].regex, "provinces": provinces,
            "ambiguous": set(rs.data.get("ambiguous") or ()),
            "level_words": {k: tuple(v) for k, v in (rs.data.get("level_words") or {}).items()},
            "not_places": tuple(rs.data.get("not_places") or ())}


def province_of_abbr(abbr: str) -> Optional[str]:
    """The province-level unit whose 发文字号 abbreviation opens ``abbr`` (甘 -> 甘肃省), or None."""
    R = _evidence_rules()
    m = R["province"].match(abbr + "〔2000〕")
    return R["provinces"].get(m.group("abbr")) if m else None


def _from_doc_number(idx: _Index, number: str, ctx: str) -> Optional[Region]:
    """The issuing government a 发文字号 names by its prefix (rules/regions.yaml):
    national; a province by its abbreviation; a prefecture-level city by the
    first character of its name and 政/府, taken only when the document names
    the city.  Where candidates compete (苏府: 江苏省 or 苏州市) the one the
    document names most wins, a province on a tie; an abbreviation others use
    too (宁) decides only when the document names its province."""
    R = _evidence_rules()
    n = re.sub(r"\s+", "", number)
    if R["national"].match(n):
        return _national("doc_number")
    province = None
    p = R["province"].match(n)
    if p:
        province = idx.by_province_name.get(R["provinces"][p.group("abbr")])
    cities = []
    c = R["city"].match(n)
    if c:
        cities = [d for d in idx.cities_by_first.get(c.group("abbr"), ()) if _named(d, ctx)]
    if province is not None:
        # the province's abbreviation, then the first character of a unit right under it that the
        # document names (津滨教体[2020]1号 of a 滨海新区 bureau: both annotators of probe batch 59)
        k = p.end("abbr")
        below = [d for d in idx.children.get(province.code, ()) if d.name[0] == n[k] and _named(d, ctx)] \
            if k < len(n) else []
        if len(below) == 1:
            return _region(idx, below[0], ctx, "doc_number")
        named = _named(province, ctx)
        if p.group("abbr") in R["ambiguous"] and not named:
            province = None
        elif not named and k < len(n) and n[k] not in "政府办委" and \
                re.search(re.escape(n[:k + 1]) + r"(?:[\u4e00-\u9fff]{0,3}?[县区市旗]|政府)", ctx):
            # 云阳府发 of 云阳县, not a number of 云南省, which the text never names (both annotators of a
            # 2019 Chongqing county's plan, probe batch 73): the place the text names reads it (or its
            # government's site: 鄂州政办发 under 信息来源:鄂州政府网, both annotators of a 2019 city's notice,
            # probe batch 81)
            province = None
        elif not named and re.search(re.escape(n[:k]) + r"[\u4e00-\u9fff]{1,3}?(?:镇|鎮|乡|鄉|街道)", ctx):
            # 吉府发 of 吉潭镇, a town the text names, not of 吉林省, which it never names (both annotators of a 2022
            # town's campaign plan, probe batch 153)
            province = None
        elif not cities or named >= max(_named(d, ctx) for d in cities):
            return _region(idx, province, ctx, "doc_number")
    if not cities:
        return None
    best = max(cities, key=lambda d: _named(d, ctx))
    if sum(1 for d in cities if _named(d, ctx) == _named(best, ctx)) > 1:
        return None                      # two cities named as often: the number does not say which
    return _region(idx, best, ctx, "doc_number")


def _level_hint(text: str) -> Optional[str]:
    """The level a text speaks for (rules/regions.yaml level_words): the level
    whose words it uses most, at least twice and more than any other's."""
    counts = {lvl: sum(text.count(w) for w in words) for lvl, words in _evidence_rules()["level_words"].items()}
    if not counts:
        return None
    best = max(counts, key=counts.get)
    if counts[best] >= 2 and all(counts[best] > c for lvl, c in counts.items() if lvl != best):
        return best
    return None


def _lift(idx: _Index, d: Division, text: str, ctx: str) -> Region:
    """A unit the text merely names, lifted to its province when the text speaks
    for a province (a provincial plan naming its cities stays provincial)."""
    hint = _level_hint(text)
    if d.level != "province" and hint == "province":
        p = idx.by_code.get(d.code[:2] + "0000")
        if p is not None:
            return _region(idx, p, ctx, "mentions")
    if hint == "city" and d.level in ("county", "district") and not d.name.endswith("市"):
        # a city's text (市委、市政府…, 全市) that names one of its counties (建成罗源县…): the city, as a
        # provincial text naming a city is the province's (both annotators of a 2019 city's list, probe batch 101);
        # a county-level city says 全市 of itself, and stays
        c = idx.by_code.get(d.code[:4] + "00")
        if c is not None and c.level == "city":
            return _region(idx, c, ctx, "mentions")
    return _region(idx, d, ctx, "mentions")


_SCHOOL_AFTER = re.compile(r"(?:小学|中学|幼儿园|学校)")
_COUNT_DA = re.compile(r"(?<=[一二三四五六七八九十两几])大")
_CITED_AUTHOR = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|县|区)(?=《)")


def _from_text(idx: _Index, text: str, ctx: str) -> Optional[Region]:
    """The unit named most often in the text (outside 《》 titles of other documents)."""
    skip = [m.span() for m in _BOOK_TITLE.finditer(text)]
    # a government named as the author of a document the text cites (江苏省《水污染防治工作方案》)
    skip.extend(m.span() for m in _CITED_AUTHOR.finditer(text))
    # a count of N great things (“四大兴区”战略, 十大同类项目): the 大 is the count's, no place's first character
    # (四大兴区 named no 大兴区 in a 2021 Sichuan township's plan, probe batch 140)
    skip.extend(m.span() for m in _COUNT_DA.finditer(text))
    for phrase in _evidence_rules()["not_places"]:          # 长治久安 names no 长治
        k = text.find(phrase)
        while k >= 0:
            skip.append((k, k + len(phrase)))
            k = text.find(phrase, k + 1)
    skip.sort()
    merged: list = []                       # (scan takes disjoint spans: one inside a title is the title's)
    for a, b in skip:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    skip = merged
    found = idx.scan(text, skip)
    table = idx.by_key
    if not found:      # no full name at all: province/prefecture short forms (四川, 成都)
        # (not one that opens a school's name, 海南小学 of a Jiangsu city's bureau: both annotators of a 2020
        # livelihood list, probe batch 159; a short form is all such a name has of a place)
        found = [(m.start(), m.group()) for m in idx.short_re.finditer(text)
                 if not _inside(skip, m.start()) and not _SCHOOL_AFTER.match(text, m.end())]
        table = idx.by_short
    if not found:
        # a text that speaks of its province (我省, 全省) and names one only as the author of the plan
        # it carries out (《辽宁省国民经济和社会发展第十二个五年规划纲要》…我省“十二五”时期): that
        # province (both annotators of a 2012 province's division of its plan's targets, probe batch 50)
        if re.search("我省|全省", _BOOK_TITLE.sub("", text)):
            provs = {k for a, b in skip for _, k in idx.scan(text[a:b])
                     if idx.by_key[k][0].level == "province"}
            if len(provs) == 1:
                return _region(idx, idx.by_key[provs.pop()][0], ctx, "text")
        return None
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, k in found:
        counts[k] = counts.get(k, 0) + 1
        first.setdefault(k, i)
    rank = {"province": 0, "city": 1, "county": 2, "district": 2}
    key = max(counts, key=lambda k: (counts[k], rank[table[k][0].level], -first[k]))
    strong = {d.code for k in counts for d in table[k] if k != key}
    d = _choose(idx, table[key], strong, ctx)
    tied = [k for k in counts if k != key and counts[k] == counts[key] and rank[table[k][0].level] == rank[table[key][0].level]]
    if tied:
        # places of one level named equally often (清江浦区政府、淮阴区政府、洪泽区政府 in a city's
        # table of units): none of them is the plan's own, their lowest common ancestor is
        ds = [d] + [_choose(idx, table[k], strong | {x.code for x in table[key]}, ctx) for k in tied]
        common = None
        for x in ds:
            chain = [a.code for a in idx.ancestors(x)]
            common = chain if common is None else [c for c in common if c in chain]
        if common:
            d = idx.by_code[common[0]]
    return _lift(idx, _governing(idx, d, counts, table, ctx), text, ctx)


def _governing(idx: _Index, d: Division, counts: dict, table: dict, ctx: str) -> Division:
    """A text that names a province and two or more places in it (浙江 … 杭州、宁波、温州)
    is the province's plan, whichever place it names most: a provincial plan that
    names its cities stays provincial (GUIDE.md, "Region and level")."""
    anc = idx.ancestors(d)
    if not anc:
        return d
    top = anc[-1]
    if not any(x.code == top.code for k in counts for x in table[k]):
        return d
    below = set()
    for k in counts:
        for x in table[k]:
            if x.code != top.code and any(a.code == top.code for a in idx.ancestors(x)):
                below.add(x.code)
                break
    return top if len(below) >= 2 else d
