"""A clause body → its units with roles.

``split_units(body, offset=0, default_role="responsible") -> list[UnitRef]``
reads the list of a responsibility clause (牵头单位:A;责任单位:B、C /
A牵头,B、C配合 / a bare list) into unit names with roles and spans.  Used by
the clause scan (``units.py``) and by division-of-labour tables
(``tables.py``), so it sits below both.  Role words come from
``rules/responsibility.yaml`` (``roles:`` and the ``role.*`` rules), name
rules from ``rules/units.yaml``.  The naming conventions are described in
``units.py``.
"""
from __future__ import annotations

import functools
import re

import regex

from .. import rules
from .lexicon import _division_names, _division_shorts, dept_info, dept_type, lexicon, looks_like_unit, split_core, strip_alias
from ..models import UnitRef

_ROLE_OF_SUFFIX = {"role.lead_suffix": "lead", "role.coop_suffix": "cooperating",
                   "role.resp_suffix": None}   # None: the section's own role


@functools.lru_cache(maxsize=1)
def _rules():
    rs = rules.load("responsibility")
    word_role = {}
    for role in ("lead", "responsible", "cooperating"):     # rules/vocabulary.yaml: role_lead, …
        for w in rules.words("role_" + role):
            word_role[w] = role
    names = lexicon().names
    level_list = names["name.level_list"].regex.pattern
    return {
        "label": rs["role.label"].regex,
        "suffix": [(rs[k].regex, v, regex.compile(rs[k].get("local")) if rs[k].get("local") else None)
                   for k, v in _ROLE_OF_SUFFIX.items()],
        "with": rs["role.with"].regex,
        "assist": rs["role.assist"].regex,
        "word_role": word_role,
        "drop_tail": names["name.drop_tail"].regex,
        "lead_words": names["name.lead_words"].regex,
        "typo_tail": names["name.typo_level_tail"].regex,
        # cut points inside an item: 和/及 between names, 等 before a prefixed collective
        "split_and": regex.compile(names["name.split_and"].regex.pattern + "|" +
                                   names["name.split_deng"].regex.pattern),
        "first_lead": names["name.first_is_lead"].regex,
        "bare_place": names["name.bare_place"].regex,
        "shared_head": names["name.shared_head"].regex,
        # an item that only says when (年内持续推进, 2024年底前完成): not a unit
        "when_item": rs.compile(r"^(?:$when)(?:完成)?$"),
        # an item: a run of characters that are not separators, a bracket
        # pair, or a list of levels before one government word (the 、 in
        # 各市、县(市、区)人民政府 is inside the name)
        "item": regex.compile(r"(?:[^、,，;；/()（）〔〕\s]|[(（〔][^()（）〔〕]*[)）〕])+"),
        "item_levels": regex.compile(rf"(?:{level_list}|[^、,，;；/()（）〔〕\s]|[(（〔][^()（）〔〕]*[)）〕])+"),
        "ws": regex.compile(r"\s+"),
        "suffix_end": regex.compile(r"(?:局|委|办|厅|部|院|府|会|行|中心|单位|部门|海关|政府|小组|站|所|队)$"),
    }


def distinct(units: list) -> list:
    """``units`` without repeats of a (name, role): the first mention keeps it (a unit listed
    twice in one clause, or made lead by a rule in one clause and named lead in another)."""
    seen: set = set()
    return [u for u in units if (u.name, u.role) not in seen and not seen.add((u.name, u.role))]


def split_units(clause_body: str, offset: int = 0, default_role: str = "responsible",
                rule: str = "") -> list:
    """Split a clause body into units with roles (see ``_split``); new
    UnitRef objects on each call, spans shifted by ``offset``."""
    return [UnitRef(name=n, role=r, start=offset + a, end=offset + b, dept_type=t, written=w, rule=ru)
            for n, r, a, b, t, w, ru in _split(clause_body, default_role, rule)]


@functools.lru_cache(maxsize=8192)
def _split(clause_body: str, default_role: str = "responsible", rule: str = "") -> tuple:
    """Split a clause body into units with roles.

    The body may hold role labels (牵头单位:A;责任单位:B、C), role words after
    items (A牵头,B、C配合; A(牵头)、B; A会同B负责) or neither (a bare list,
    ``default_role``).  A role word after an item applies to the items before it
    back to the previous role word or label.  Spans are ``offset`` + position
    in the body and cover the name as written (alias bracket included, role
    words excluded)."""
    R = _rules()
    n = _list_end(clause_body)
    # a bracket the copy's end cuts open (各区人民政府〈含开发区、…: a 2022 city's division of work,
    # both annotators of probe batch 43): what stands in it is no unit, the name before it is one
    k = max(clause_body.rfind(o, 0, n) for o in "(（〈〔")
    if k > 0 and not any(c in clause_body[k:n] for c in ")）〉〕"):
        n = k
    sections = []                     # (role, start, end) in body; role None: not units
    pos, role = 0, default_role
    labels = [m for m in R["label"].finditer(clause_body, 0, n) if _label_at_boundary(clause_body, m.start())]
    words = [m.group("word") or m.group("word2") or m.group("word3") or m.group("word4") or m.group("bword")
             or m.group("word5") for m in labels]    # (厅内分工: no role of its own; the items' role words give it)
    # 主办 leads where it stands alone (主办单位:A;协办单位:B), but under a 牵头 label of the same clause it is the
    # second tier, those who carry the work: responsible ((牵头单位:市农办;主办单位:市编办、市教育局…): both
    # annotators of a 2006 city's division of its key work, probe batch 149)
    second = any(w and w.startswith("牵头") for w in words)
    for m, word in zip(labels, words):
        sections.append((role, pos, m.start()))
        role = ("responsible" if second and word.startswith("主办") else _role_of_word(word, default_role)) \
            if word else None
        pos = m.end()
    sections.append((role, pos, n))

    out: list = []
    bare = len(sections) == 1           # no role label: (A牵头,B、C等部门,D、E配合)
    for sec_role, s, e in sections:
        if sec_role is None:           # 责任领导:…, 完成时限:…
            continue
        pending: list = []
        prev_end = s
        closed = False          # the item before closed a group with its role word (A、B牵头)
        group_open = False      # ... and a semicolon followed: the next role word takes every item since
        own_group = False       # a semicolon parted these items from the label's list: their 负责 is their own
        for a, b, with_role in _items(clause_body, s, e):
            written = clause_body[a:b]
            sep = clause_body[prev_end:a]
            if _SEMICOLON.search(sep) and not bare:
                own_group = True
            if _SEMICOLON.search(sep):
                # (省发展改革委、财政厅牵头;省工业和信息化委、国土资源厅,国家开发银行云南省分行,各州、市人民政府配合:
                # all four cooperate -- both annotators of a 2017 provincial opinion)
                group_open = bare and closed
            closed = False
            # a role word reaches back over 、 only: after a comma or
            # semicolon the items before keep the section's role
            # (责任单位:A,B配合 → A responsible, B cooperating) -- except in a
            # clause with no label, where a list closed by 等部门/等单位 has no
            # role of its own and takes the next one (A牵头,B、C等部门,D配合: B, C
            # cooperate, as both annotators of a 2016 district's measures read it)
            if pending and _CLAUSE_SEP.search(clause_body, prev_end, a) and not (
                    bare and _OPEN_LIST.search(clause_body, max(s, prev_end - 8), prev_end + 1)) and not (
                    group_open and not _SEMICOLON.search(sep)):
                pending = []
            prev_end = b
            if R["when_item"].match(written):
                continue
            marker = local = None
            for rx, r, local_rx in R["suffix"]:
                mm = rx.search(written)
                if mm:
                    # (牵头单位:市农业农村局;配合单位:市卫生健康委;各县(市、区)党委、人民政府负责落实: the last group,
                    # parted by a semicolon, is responsible by its own 负责落实, not cooperating by the label -- both
                    # annotators of a 2020 city's opinion, probe batch 278)
                    marker = r or ("responsible" if own_group else sec_role)
                    local = bool(local_rx and local_rx.match(mm.group()))
                    b = a + mm.start()
                    written = clause_body[a:b]
                    break
            u = _make_unit(clause_body, a, b, 0, sec_role, rule)
            if u is not None and written.lstrip()[:1] in _LEAD_MARKS and not marker:
                # ★区发改委、统计局: a star before a name marks that unit as the lead, as one after it
                # does (role.lead_suffix) -- both annotators of a 2024 district's table of key work,
                # probe batch 35, with no legend in the copy
                u.role = "lead"
                out.append(u)
                continue
            if u is not None and with_role == "assist" and not marker:
                u.role = "cooperating"     # A配合B落实: A assists (rules/responsibility.yaml role.assist)
                out.append(u)
                continue
            if u is not None:
                if marker and not looks_like_unit(u.name):
                    marker = None          # 排在第一位的为牵头单位: not a unit's role
                if local and marker:       # A(牵头), A*: this item only
                    u.role = marker
                    out.append(u)
                    marker = None
                    continue
                pending.append(u)
                out.append(u)
            # A会同B负责: both take the clause's role (GUIDE.md gives lead
            # only to 牵头; corpus/real/gold/CONVENTIONS.md C5)
            if marker:
                for p in pending:
                    p.role = marker
                pending = []
                closed, group_open = True, False
        for p in pending:
            p.role = sec_role
    if out and R["first_lead"].search(clause_body, 0, n):     # 排在第一位的为牵头单位
        out[0].role = "lead"
    _share_heads(out, clause_body)
    _restore_prefixes(out)
    _restore_collective_prefixes(out)
    _restore_division_prefixes(out)
    _restore_township_prefixes(out)
    _carry_prefix(out, _party_committee_place, _BARE_GOVERNMENT)
    out = [u for u in out if u.name not in _BARE_LEVEL]
    return tuple((u.name, u.role, u.start, u.end, u.dept_type, u.written, u.rule) for u in out)


_CLAUSE_SEP = re.compile(r"[,，;；]")
_SEMICOLON = re.compile(r"[;；]")
# a list closed by 等 and a collective word, left without a role: 区财政局、区水务局等部门,
_OPEN_LIST = re.compile(r"等(?:有关|相关)?(?:部门|单位)\s*[,，]")


def _list_end(body: str) -> int:
    """Where the list of a clause body ends: at a full stop that is not
    followed by another label (〔责任单位:A、B按职责分工负责。具体任务均涉及…,下同。〕
    ends at the first 。; 牵头单位:A。配合单位:B does not)."""
    i = body.find("。")
    while i >= 0:
        j = i + 1
        while j < len(body) and body[j] in " \t\n":
            j += 1
        if j < len(body) and not _rules()["label"].match(body, j):
            return i
        i = body.find("。", j)
    return len(body)


def _label_at_boundary(body: str, i: int) -> bool:
    return i == 0 or body[i - 1] in " \t\n;；,，、。:：" or body[i] in "〔【["


def _role_of_word(word: str, default: str) -> str:
    """Role of a label's word (role_* in rules/vocabulary.yaml): the word
    itself, else its first two characters (牵头责任 → 牵头)."""
    wr = _rules()["word_role"]
    return wr.get(word) or wr.get(word[:2]) or default


def _items(body: str, s: int, e: int):
    """(start, end, cut) of each item of body[s:e]: split on 、 , ; / and
    blanks (a blank inside a name broken by a line wrap is kept), on 和/及
    between two names, on 会同 and on an inner 配合 (A配合B落实); ``cut`` is
    "with" or "assist" for the item such a word ends, else None."""
    R = _rules()
    rx = R["item_levels"] if "、" in body and "政府" in body else R["item"]
    raw = [(m.start(), m.end()) for m in rx.finditer(body, s, e)]
    # join pieces split by a blank when the left one is not a complete name
    merged = []
    for a, b in raw:
        if merged and body[merged[-1][1]:a].strip() == "" and \
                not R["suffix_end"].search(_strip_roles(body[merged[-1][0]:merged[-1][1]])):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    for a, b in merged:
        cuts = [(a, None, None)]
        for m in R["with"].finditer(body, a, b):
            cuts.append((m.start(), m.end(), "with"))
        for m in R["assist"].finditer(body, a, b):
            cuts.append((m.start(), m.end(), "assist"))
        cuts.sort(key=lambda c: c[0])       # (a role word at the item's start: the item's own cut stays first)
        pieces = []
        for i, (ca, _, _) in enumerate(cuts):
            ps = a if i == 0 else cuts[i][1]
            pe = cuts[i + 1][0] if i + 1 < len(cuts) else b
            pieces.append((ps, pe, cuts[i + 1][2] if i + 1 < len(cuts) else None))
        for ps, pe, w in pieces:
            sub = ps
            for m in R["split_and"].finditer(body, ps, pe):
                yield sub, m.start(), None
                sub = m.end()
            yield sub, pe, w


def _strip_roles(s: str) -> str:
    R = _rules()
    for rx, _, _ in R["suffix"]:
        m = rx.search(s)
        if m:
            return s[:m.start()]
    return s


_LEAD_MARKS = "★☆"


def _make_unit(body: str, a: int, b: int, offset: int, role: str, rule: str):
    R = _rules()
    written = body[a:b]
    m = R["lead_words"].search(written)
    if m:
        a += m.end()
        written = body[a:b]
    while written and written[-1] in "。.":      # (a cell that closes its list as a sentence: 市城管局等。)
        b -= 1
        written = body[a:b]
    # trailing words that are not part of the name
    for _ in range(3):
        m = R["drop_tail"].search(written) or R["typo_tail"].search(written)
        if not m or m.start() == 0:
            break
        b = a + m.start()
        written = body[a:b]
    while written and written[-1] in " \t\n。.,:：":
        b -= 1
        written = body[a:b]
    while written and written[0] in " \t\n":
        a += 1
        written = body[a:b]
    if written[:1] in _LEAD_MARKS and len(written) > 2:
        a += 1                              # ★区发改委: the mark is no part of the name (see _split)
        written = body[a:b]
    name = strip_alias(R["ws"].sub("", written))
    if len(name) < 2 and name not in _BARE_LEVEL:
        return None
    return UnitRef(name=name, role=role, start=offset + a, end=offset + b,
                   dept_type=dept_type(name), written=written, rule=rule)


def _share_heads(units: list, body: str) -> None:
    """安定区、陇西县、渭源县人民政府 → 安定区人民政府, 陇西县人民政府,
    渭源县人民政府: places named bare before an item that ends in a
    government head, joined by 、 only, take that head; a place written
    without the level word the head's place has (广州、深圳市人民政府) takes it
    too, when that makes the name of a division (广州市)."""
    R = _rules()
    run: list = []
    for i, u in enumerate(units):
        if run and body[units[i - 1].end:u.start].strip(" \t\n") != "、":
            run = []
        m = R["shared_head"].match(u.name)
        if m and run:
            level = u.name[m.start("head") - 1]      # 深圳市人民政府: 市
            for p in run:
                if not p.name.endswith(level) and level in "市县区州旗盟" and p.name + level in _division_names():
                    p.name += level             # 广州、深圳市人民政府: 广州 is 广州市 (the list shares 市 too)
                p.name += m.group("head")
                p.dept_type = dept_type(p.name)
                p.rule = (p.rule + "+head") if p.rule else "head"
            run = []
        elif R["bare_place"].match(u.name) or u.name in _division_shorts():
            run.append(u)               # 安定区; 东莞 (a city's short name: 惠州、东莞、中山市人民政府)
        else:
            run = []


# a collective's government prefix (县政府有关部门: 县政府), which the next collective of the list
# leaves implicit (县政府有关部门、有关直属单位 -> 县政府有关直属单位)
# (or 各: 市政府各部门、各直属机构 -> 市政府各直属机构, both annotators of a 2021 city's division of
# work, probe batch 50)
_COLLECTIVE_PREFIX = re.compile(r"^((?:[省市区县]|[省市区县](?:人民)?政府|[省市区县]直|[省市区县]级))(?:有关|相关|各)")


_COLLECTIVE_STEM = re.compile(r"^([\u4e00-\u9fff]{0,8}?(?:有关|相关|各))(?:部门|单位|机构)$")


def _restore_collective_prefixes(units: list) -> None:
    """县政府有关部门、有关直属单位 -> 县政府有关直属单位: a collective written bare (有关…,
    相关…) right after one written with its government's prefix takes that prefix (both
    probe annotators of batch 20, a 2021 county health commission's division of work)."""
    for prev, u in zip(units, units[1:]):
        stem = _COLLECTIVE_STEM.match(prev.name)
        if stem and u.name in ("部门", "单位", "机构"):
            # 市直有关部门、单位 -> 市直有关单位: a bare generic after a collective shares its words (both
            # annotators of a 2023 city office's work points, probe batch 80)
            u.name = stem.group(1) + u.name
            u.dept_type = dept_type(u.name)
            continue
        m = _COLLECTIVE_PREFIX.match(prev.name)
        if m and u.name.startswith(("有关", "相关", "各")) and u.name.endswith(("部门", "单位", "机构")) \
                and "政府" not in u.name and not u.name.startswith(("各级", "各地")):
            # (省有关部门、有关市、州人民政府: the cities' governments are no province's)
            u.name = m.group(1) + u.name
            u.dept_type = dept_type(u.name)


# a division written under its department (重庆市农业农村委员会粮油处, 四川省农业农村厅畜牧兽医局),
# and a division written bare (农田建设处)
_DEPT_DIVISION = re.compile(r"^(.{2,20}?(?:委员会|厅|局|委))([\u4e00-\u9fff]{2,12}(?:处|科|室|股|局))$")
_BARE_DIVISION = re.compile(r"^(?![省市区县州各])(?!.*办事处$)(?!(?:有关|相关))[\u4e00-\u9fff]{2,12}(?:处|科|室|股)$")


def _restore_division_prefixes(units: list) -> None:
    """重庆市农业农村委员会粮油处、农田建设处、耕地质量处 -> 重庆市农业农村委员会农田建设处, …: divisions
    written bare after one written under its department belong to that department, as a
    list leaves any shared prefix implicit (both probe annotators of batch 20, a 2022 work
    plan of two provinces' agriculture departments).  A unit with a prefix of its own ends
    the run."""
    def department(name):
        m = _DEPT_DIVISION.match(name)
        return m.group(1) if m and _REGION_START.match(name) else None
    _carry_prefix(units, department, _BARE_DIVISION)


def _carry_prefix(units: list, source_of, bare) -> None:
    """The run the division and township restorations share: a unit that writes a prefix
    (``source_of`` gives it, else None) lends it to the ``bare`` units right after it; any
    other unit ends the run.  A unit that takes the prefix is typed again and marked +prefix,
    as every restored prefix is."""
    src = None
    for u in units:
        p = source_of(u.name)
        if p:
            src = p
        elif src and bare.match(u.name):
            u.name = src + u.name
            u.dept_type = dept_type(u.name)
            u.rule = (u.rule + "+prefix") if u.rule else "prefix"
        else:
            src = None


# a government written bare after its party committee (各县区党委、政府, 镇党委、政府): the committee's place
# is the government's too (both annotators of a 2020 city's work points, probe batch 161)
_PARTY_COMMITTEE = re.compile(r"^(.{1,12}?)党委$")
_BARE_GOVERNMENT = re.compile(r"^(?:人民)?政府$")


def _party_committee_place(name: str):
    m = _PARTY_COMMITTEE.match(name)
    return m.group(1) if m else None


_REGION_START = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|县|区)")


# a township's own stations and offices (乡畜牧站、卫生院、派出所、工商所): the bare ones after one written
# with its 乡 / 镇 take it, as a list leaves a prefix implicit (both annotators of a 2015 township
# plan, probe batch 28)
_TOWNSHIP_OWN = re.compile(r"^(?P<p>[乡镇])(?![镇乡])[\u4e00-\u9fff]{1,10}(?:站|所|院|中心|办)$")
_BARE_STATION = re.compile(r"^(?![省市区县乡镇村各该本全])[\u4e00-\u9fff]{1,8}(?:站|所|院|中心)$")


def _restore_township_prefixes(units: list) -> None:
    def township(name):
        m = _TOWNSHIP_OWN.match(name)
        return m.group("p") if m else None
    _carry_prefix(units, township, _BARE_STATION)


# a level word before an office's short name (市招商办, 县扶贫办): not 市场…, nor 区域… (区域经济合作局)
_LEVEL_OFFICE = re.compile(r"^(自治区|省|市|县|区|州)(?![场域])[\u4e00-\u9fff]{1,6}(?:办|局|委|厅)$")


def _restore_prefixes(units: list) -> None:
    """Give a prefix-less department the administrative prefix of the last
    unit before it in the list that has one (市法院、检察院 → 市检察院;
    市委宣传部、财政局 → 市财政局; 市财政局、宣传部 → 市委宣传部)."""
    source = None                        # level prefix without 委
    for u in units:
        sc = split_core(u.name)
        if not sc:
            # a level's office the lexicon does not list still lends its level (市招商办、发改委、商务局 -> 市发改委,
            # 市商务局: both annotators of a 2024 city's measures, probe batch 263)
            m = _LEVEL_OFFICE.match(u.name)
            if m:
                source = m.group(1)
            continue
        prefix, core, tid = sc
        if prefix:
            # (a unit whose type is written without a level, 省政府办公厅, still lends its level: 省政府办公厅、
            # 发展改革委、教育厅 -> 省发展改革委, 省教育厅, both annotators of a 2006 province's division, probe batch 109)
            source = prefix[:-1] if prefix.endswith("委") and len(prefix) > 1 else prefix
            continue
        info = dept_info(tid)
        if not info.get("prefix"):
            continue
        if source:
            # (a party department takes 委 after a level word, 市委宣传部; 自治区 takes none: 自治区委 is
            # no name, and both annotators of a 2022 region's points write 自治区宣传部, probe batch 53)
            add = source + ("委" if info.get("party") and not source.endswith("自治区") else "")
            u.name = add + u.name
            u.rule = (u.rule + "+prefix") if u.rule else "prefix"
    _distribute_each(units)


# grass-roots bodies a leading 各 covers when a list leaves it implicit
_GRASS_ROOTS = re.compile(r"^(?:街道办事处|街道|乡镇人民政府|乡镇政府|乡镇|镇人民政府|镇政府|乡人民政府|乡政府|"
                          r"社区|村|村委会|社区居委会|园区管委会|开发区管委会|开发区|园区|镇|乡|县|区)$")
# a level word standing alone in a list under a 各 (各开发区、镇(街道) → 各镇(街道): both annotators
# of a 2023 county-level city's division of work, probe batch 40; 各县、区 → 各县, 各区: both of a 2021 city's
# opinion, probe batch 116): a unit only when the 各 covers it
_BARE_LEVEL = ("镇", "乡", "县", "区")


_EACH = re.compile(r"^(各(?:相关|有关)?)")
_ALIAS = re.compile(r"[(（][^()（）]{1,8}[)）]$")


def _distribute_each(units: list) -> None:
    """各镇人民政府、街道办事处 → 各镇人民政府, 各街道办事处: a 各 at the head of a
    list of grass-roots bodies covers the ones after it that have no prefix."""
    each = ""
    for u in units:
        m = _EACH.match(u.name)
        if m:
            # (only a 各 over grass-roots bodies: 各县市区政府、开发区管委会 leaves the zone's
            # committee as written -- both annotators of a 2025 city table, probe batch 30;
            # 各相关乡镇(街道)、园区 → 各相关园区, its alias in brackets aside -- both of a 2021
            # county's measures, probe batch 122)
            each = m.group(1) if _GRASS_ROOTS.match(_ALIAS.sub("", u.name[m.end():])) else ""
        elif each and _GRASS_ROOTS.match(u.name):
            u.name = each + u.name
            u.dept_type = dept_type(u.name)
            u.rule = (u.rule + "+each") if u.rule else "each"
        else:
            each = ""
