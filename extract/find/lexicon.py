"""The unit lexicon: department types, aliases, registry keys and mentions.

Data lives in ``rules/units.jsonl`` (taxonomy + aliases, spaCy EntityRuler
style lines) and ``rules/units.yaml`` (patterns around names).  Everything is
loaded and compiled once (``lexicon()`` is cached); the alias lists are turned
into a character trie regex, so matching a name or scanning running text is
one C-level regex pass, with no jieba or spaCy (jieba's word boundaries cut
unit names anyway).

Public:

* ``dept_type(name) -> str | None`` -- taxonomy id (``industry_it`` for
  工信局 / 经济信息委 / 工业和信息化局 / 经信局); ``dept_info(id)`` gives its row.
* ``split_core(name) -> (prefix, core, type_id) | None`` -- 市委 + 宣传部.
* ``canonical_unit(name, region) -> str`` -- registry key scoped to the region.
* ``looks_like_unit(name, strict=False) -> bool``.
* ``find_mentions(text, start, end, exclude=()) -> list[Mention]``.
* ``unit_in_position(position) -> str | None`` -- 市委宣传部分管…副部长 → 市委宣传部.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
from dataclasses import dataclass, field

import regex

from .. import rules
from ..models import Mention

CJK = "\u4e00-\u9fff"


def trie_regex(words) -> str:
    """One regex alternation for ``words`` shaped as a trie (fast, and the
    longest word wins at each start)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node) -> str:
        end = "" in node
        alts = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


@dataclass
class Lexicon:
    types: dict                      # id -> DEPT_TYPE row
    aliases: dict                    # alias -> type id
    sectors: dict                    # sector word -> type id
    alias_re: object = None          # any alias (trie)
    core_re: object = None           # ^(prefix)(core)$
    prefix_re: object = None         # a valid administrative prefix
    mention_re: object = None
    names: dict = field(default_factory=dict)   # units.yaml rules by id


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    path = rules.RULES_DIR / "units.jsonl"
    types, aliases, sectors = {}, {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        lab = row.get("label")
        if lab == "DEPT_TYPE":
            types[row["id"]] = row
        elif lab == "DEPT":
            aliases[row["pattern"]] = row["id"]
        elif lab == "SECTOR":
            sectors[row["pattern"]] = row["id"]
    for a, t in list(aliases.items()) + list(sectors.items()):
        if t not in types:
            raise rules.RuleError(f"units.jsonl: {a!r} has unknown type {t!r}")
    rs = rules.load("units")
    names = {r.id: r for r in rs}
    lex = Lexicon(types, aliases, sectors, names=names)
    alias_trie = trie_regex(aliases)
    lex.alias_re = regex.compile(alias_trie)
    lex.core_re = regex.compile(rf"(?P<prefix>.*?)(?P<core>{alias_trie})")
    lex.prefix_re = names["name.own_prefix"].regex
    lex.mention_re = _mention_regex(lex, rs)
    return lex


def _mention_regex(lex: Lexicon, rs) -> dict:
    """Separate regexes (each fast on its own; one alternation of all of them
    defeats the regex engine's first-character scan)."""
    all_trie = trie_regex(lex.aliases)
    sector = trie_regex(lex.sectors)
    alias_tail = r"(?:\([^()\n]{1,12}\))?"
    bound = r"(?<=^|[^\u4e00-\u9fff]|由|和|与|及|在|于)"
    lv = "(?:自治区|自治州|直辖市|地区|省|市|州|盟|县|区|旗|乡|镇|街道)"
    plain = rf"(?:(?![和与及的部单])[{CJK}])"
    res = {
        "sectors": rf"(?:(?:省|市|区|县)委?)?(?:{sector})(?:、(?:{sector})){{0,8}}等?(?:有关|相关)?部门",
        # 各县(市)区政府, 各区县党委和政府, 各市、县(市、区)人民政府 (levels
        # listed before one government word); not 各单位和市政府
        "collective": rf"各(?:{lv}(?:\([{CJK}、]{{1,5}}\))?(?:、{lv}(?:\([{CJK}、]{{1,5}}\))?)+(?:两级|三级|各级|级)?|"
                      rf"{plain}{{0,4}}(?:\([{CJK}、]{{1,5}}\))?{plain}{{0,3}}?)(?:党委和|党委、)?(?:人民政府|政府)",
        "members": rf"{bound}(?:(?![由的在于为是和与及])[{CJK}]){{0,24}}?(?:领导小组|联席会议制度|联席会议|委员会|工作组|专班)成员单位",
        "cbank": rf"(?:中国)?人民银行[{CJK}]{{2,5}}?(?:分行|中心支行|支行)",
        "cfin": rf"(?:国家)?金融监(?:督管理|管)总局[{CJK}]{{2,4}}?(?:监管)?分局",
        "customs": rf"{bound}[{CJK}]{{2,3}}?海关",
    }
    # the alias trie runs with the standard `re` module (4x faster here than
    # `regex` for a literal trie); the level prefix is read by looking back
    # the standard `re` where it is faster and reads the pattern alike
    # (tests/test_mention_scan.py compares): a pattern led by a literal 各
    on_re = ("collective",)
    smax = max(map(len, lex.sectors))
    return {"res": {k: re.compile(v) if k in on_re else regex.compile(v) for k, v in res.items()},
            # the longest "sectors" match before its closing 部门 (区委 + 9
            # sectors joined by 、 + 等有关): it is only searched that far
            # before each 部门
            "sectors_reach": 2 + smax + 8 * (1 + smax) + 1 + 2,
            "unit": re.compile(rf"(?:{all_trie}){alias_tail}"),
            "sector": regex.compile(sector),
            "level_start": regex.compile(r"^(?:省|市|区|县|州|盟|旗)")}


@functools.lru_cache(maxsize=1)
def _division_rows() -> tuple:
    """The rows of rules/divisions.tsv (code, name, short, level, …), header dropped."""
    path = rules.RULES_DIR / "divisions.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return ()
    return tuple(ln.split("\t") for ln in lines if "\t" in ln)


@functools.lru_cache(maxsize=1)
def _division_names() -> frozenset:
    """Full names of administrative divisions (rules/divisions.tsv)."""
    return frozenset(p[1] for p in _division_rows())


@functools.lru_cache(maxsize=1)
def _division_shorts() -> frozenset:
    """Short names of administrative divisions (东莞 for 东莞市)."""
    return frozenset(p[2] for p in _division_rows() if len(p) > 2 and len(p[2]) >= 2)


_PLACE_SUFFIXES = ("自治县", "自治旗", "县", "区", "市", "旗")


@functools.lru_cache(maxsize=4096)
def is_division(name: str) -> bool:
    """``name`` is an administrative division as written (西秀区; 镇宁自治县, the short name 镇宁
    and its level word), per rules/divisions.tsv."""
    if name in _division_names():
        return True
    return any(name.endswith(s) and len(name) > len(s) + 1 and name[:-len(s)] in _division_shorts()
               for s in _PLACE_SUFFIXES)


def _place_ending_at(text: str, end: int, lo: int, parent: bool = False):
    names = _division_names()
    for k in range(6, 1, -1):
        s = end - k
        if s < lo:
            continue
        cand = text[s:end]
        if cand in names:
            return s
        # a short place name not in the table (喀左县), standing after a blank
        if not parent and k <= 4 and (s == 0 or not _CJK1.match(text[s - 1])) and _PLACE1.fullmatch(cand):
            return s
    return None


def _place_before(text: str, a: int, lo: int) -> int:
    """Start of the place name whose level word is text[a] (江津区 before
    市场监管局), with its parent (重庆市江津区); ``a`` when there is none."""
    s = _place_ending_at(text, a + 1, lo)
    if s is None:
        return a
    p = _place_ending_at(text, s, lo, parent=True)
    return s if p is None else p


_LEVEL_CHARS = "省市区县州镇乡"


def _prefix_before(text: str, a: int, lo: int) -> int:
    """Start of the level prefix written right before an alias at ``a``:
    市 (市财政局), 市委 (市委宣传部), 国家 / 中共 / 中国; ``a`` if none."""
    p = a
    if p - 1 >= lo and text[p - 1] == "委" and p - 2 >= lo and text[p - 2] in _LEVEL_CHARS:
        return p - 2
    if p - 1 >= lo and text[p - 1] in _LEVEL_CHARS:
        return p - 1
    if p - 2 >= lo and text[p - 2:p] in ("国家", "中共", "中国"):
        return p - 2
    return a


_CJK1 = regex.compile(rf"[{CJK}]")
# a place name not in the table: 1-3 characters that are not function words
_PLACE1 = regex.compile(rf"(?:(?![为由已经与和及在于对向将把从以并或等的了是立设请省市区县州盟旗])[{CJK}]){{1,3}}[省市区县州盟旗]")
_ANY_PREFIX = regex.compile(r"^(?:国家|中共|中国|省|市|区|县|州|镇|乡)")


# ---------------------------------------------------------------- names

@functools.lru_cache(maxsize=4096)
def split_core(name: str):
    """(prefix, core, type_id) when ``name`` is an administrative prefix
    (possibly empty) followed by a known department core, else None."""
    lex = lexicon()
    m = lex.core_re.fullmatch(name)
    if not m:
        return None
    prefix, core = m.group("prefix"), m.group("core")
    if prefix and not lex.prefix_re.fullmatch(prefix):
        return None
    return prefix, core, lex.aliases[core]


def strip_alias(name: str) -> str:
    r = lexicon().names["name.alias_bracket"].regex
    for _ in range(2):
        m = r.search(name)
        if not m or m.start() == 0:
            break
        name = name[:m.start()]
    return name


@functools.lru_cache(maxsize=4096)
def dept_type(name: str) -> str | None:
    """Taxonomy id of a unit name (see ``dept_info``), or None."""
    if not name:
        return None
    lex = lexicon()
    name = strip_alias(regex.sub(r"\s+", "", name))
    if lex.names["name.collective_gov"].regex.search(name):
        return "governments_collective"
    best = None
    for m in lex.alias_re.finditer(name, overlapped=True):
        key = (m.end(), m.end() - m.start())
        if best is None or key > best[0]:
            best = (key, m.group())
    if best is None:
        if lex.names["name.collective_members"].regex.search(name):
            return "members_collective"
        return None
    return lex.aliases[best[1]]


def dept_info(type_id: str) -> dict:
    """The DEPT_TYPE row of a taxonomy id: name, canonical, kind, prefix, party."""
    return lexicon().types[type_id]


@functools.lru_cache(maxsize=8192)
def looks_like_unit(name: str, strict: bool = False) -> bool:
    """Does ``name`` read as the name of a unit (not running text)?"""
    lex = lexicon()
    n = lex.names
    if not name or len(name) > 40 or n["name.not_unit"].regex.search(name):
        return False
    if n["name.collective_gov"].regex.search(name) or n["name.collective_members"].regex.search(name):
        return True
    base = strip_alias(name)
    if split_core(base):
        return True
    if strict:
        return bool(n["name.strong_unit"].regex.search(base)) and len(base) >= 3
    return bool(n["name.unit_like"].regex.search(base)) and len(base) >= 2


@functools.lru_cache(maxsize=256)
def _region_parts(region: str):
    parts = regex.findall(rf"[{CJK}]+?(?:省|自治区|自治州|地区|市|州|盟|区|县|旗)", region or "")
    if not parts:
        return None
    own = parts[-1]
    lw = own[-1]
    short = own[:-1] if len(own) >= 3 else None
    return region, own, lw, short


def canonical_unit(name: str, region: str | None) -> str:
    """Registry key of a unit, scoped to ``region``.

    The plan's own region written before a name is folded to its level word
    (江津区市场监管局 → 区…), bracketed aliases are dropped, and a known
    department core is replaced by its type's canonical name, so
    江津区市场监管局, 区市场监管局 and 区市场监管局(区知识产权局) share one key
    ``重庆市江津区:区市场监督管理局``."""
    n = strip_alias(regex.sub(r"\s+", "", name or ""))
    rp = _region_parts(region) if region else None
    if rp:
        full, own, lw, short = rp
        for p in (full, own):
            if n.startswith(p) and len(n) > len(p):
                n = lw + n[len(p):]
                break
        else:
            if short and n.startswith(short) and len(n) > len(short) + 1 and n[len(short)] not in "省市区县":
                n = lw + n[len(short):]
    sc = split_core(n)
    if sc:
        prefix, core, tid = sc
        info = dept_info(tid)
        if info["kind"] in ("dept", "party", "judicial"):
            if info.get("party") and prefix and not prefix.endswith("委"):
                prefix += "委"
            elif not info.get("party") and prefix.endswith("委") and len(prefix) > 1:
                prefix = prefix[:-1]
            n = prefix + info["canonical"]
    return f"{region}:{n}" if region else n


# ---------------------------------------------------------------- mentions

def find_mentions(text: str, start: int, end: int, exclude=()) -> list:
    """Units named in running text[start:end] (outside the spans in
    ``exclude``, e.g. responsibility clauses), found with the lexicon:
    市财政部门, 领导小组办公室设在市市场监管局, 北票市政府, 各县(市)区政府,
    …成员单位, 人民银行朝阳市分行, 国家金融监管总局朝阳分局, 朝阳海关."""
    lex = lexicon()
    mr = lex.mention_re
    ex = sorted(exclude)
    excluded = _excluder(ex)
    # a candidate overlapping a clause unit is dropped; moving its start left
    # (a place prefix) can only add overlaps, so it is dropped before that
    cands = []
    for kind, rx in mr["res"].items():
        found = _near(rx, "部门", mr["sectors_reach"], text, start, end) if kind == "sectors" else \
            rx.finditer(text, start, end)
        for m in found:
            a, b = m.span()
            if ex and excluded(a, b):
                continue
            if kind == "sectors" and mr["level_start"].match(m.group()):
                a = _place_before(text, a, start)
            cands.append((a, -(b - a), b, kind))
    aliases, types = lex.aliases, lex.types
    for m in mr["unit"].finditer(text, start, end):
        a, b = m.span()
        if ex and excluded(a, b):
            continue
        p = _prefix_before(text, a, start)
        if p < a:
            if text[p] in _LEVEL_CHARS:
                p = _place_before(text, p, start)
            a = p
        else:
            core = strip_alias(m.group())
            t = aliases.get(core)
            if len(core) < 4 or t is None or types[t]["kind"] in ("collective", "zone", "government"):
                continue
        cands.append((a, -(b - a), b, "unit"))
    cands.sort()
    out, last = [], -1
    for a, _, b, kind in cands:
        if a < last:
            continue
        if ex and excluded(a, b):
            continue
        last = b
        if kind == "sectors" and "、" in text[a:b]:
            for sm in mr["sector"].finditer(text, a, b):
                out.append(Mention(sm.group() + "部门", sm.start(), sm.end(),
                                   lex.sectors[sm.group()], rule="mention.sector"))
            continue
        name = text[a:b]
        if kind == "unit":
            name = strip_alias(name)
        out.append(Mention(name, a, b, dept_type(name), rule=f"mention.{kind}"))
    return out


def _excluder(ex: list):
    """excluded(a, b): does [a, b) overlap one of the 8 spans of the sorted
    list ``ex`` that start last at or before b?  The last of the 8 is tried
    first (as a rule it is the one that overlaps), the others only when some
    span so far reaches past ``a``."""
    starts = [x for x, _ in ex]
    reach = list(itertools.accumulate((e for _, e in ex), max))   # furthest end so far
    right = bisect.bisect_right

    def excluded(a: int, b: int) -> bool:
        i = right(starts, b)
        if not i:
            return False
        s, e = ex[i - 1]
        if s < b and a < e:
            return True
        if reach[i - 1] <= a:
            return False
        for s, e in ex[max(0, i - 8):i - 1]:
            if s < b and a < e:
                return True
        return False
    return excluded


def _near(rx, lit: str, reach: int, text: str, start: int, end: int):
    """What ``rx.finditer(text, start, end)`` yields, for a pattern with no
    look-around whose every match ends with ``lit`` and starts at most
    ``reach`` characters before it: the pattern runs only over the stretches
    from ``reach`` before each ``lit`` to its end (overlapping stretches
    joined, so no match can cross a stretch's edge)."""
    n = len(lit)
    q = text.find(lit, start, end)
    while q >= 0:
        ws, we = max(start, q - reach), q + n
        q = text.find(lit, q + 1, end)
        while q >= 0 and q - reach <= we:
            we = q + n
            q = text.find(lit, q + 1, end)
        yield from rx.finditer(text, ws, we)


# ---------------------------------------------------------------- rosters

def unit_in_position(position: str) -> str | None:
    """The unit a roster position names, or None for a bare title (市长)."""
    m = lexicon().names["roster.position_unit"].regex.search(position.strip())
    if not m:
        return None
    unit = m.group("unit")
    return unit if looks_like_unit(unit) else None
