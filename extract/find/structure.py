"""Plan body and heading tree.

Works line by line over the normalised text (a few hundred lines per plan):

1. classify each non-blank line as a heading (rules/headings.yaml: 第一章, 第一条,
   一、, (一), 1., (1), ①) or a paragraph;
2. find the plan's main chain of top-level headings (一、 二、 三、 … the longest
   run), which separates the plan from a covering notice above it;
3. walk back from the chain over the preamble to the plan's own title lines;
4. end the body at the first line of web-page chrome or an attachment after
   the chain, and trim a trailing signature block;
5. build the tree with a stack ordered by heading rank, tolerating skipped
   levels, lost brackets and numbering that restarts or runs on.

Where the reader knows the typeface (a PDF: ``emphasis``, spans of text set in
bold or in a font other than the body's), it is layout evidence for what the
numbering does not say: inside the body, a short line wholly so set is a
heading (kind ``styled``, one level under the numbered heading it follows),
and a paragraph opened by a run-in heading so set (加强组织领导。…) keeps that
heading as its ``lead`` (find/tasks.py makes such paragraphs tasks).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right

from .. import rules
from ..models import Document, Layout, Section
from .numerals import cn_int

_LINE = re.compile(r"[^\n]+")
_STRIP = " \t"
# a date line's month and day run together down to one digit each (2022年78): only where the two digits cannot be
# a month (metadata's _DATE_ONLY reads the same form)
DAMAGED_MD = r"(?:[2-9][1-9]|1[3-9])"
# (a signature's date that lost its words, 20241016 -- a 2024 provincial department's page, probe
# batch 21 -- is one: eight digits that make a day)
_DATE_LINE = re.compile(r"^(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{5,8}日|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[二〇○零一三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
                        # (its year damaged to two digits without 年, 一五二月二十四日 over a 2015 town's plan: both annotators
                        # of probe batch 172)
                        r"|[〇○零一二三四五六七八九]{2}[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
                        # (or its 月 and 日 lost, 2021年1026 under a township's notice: probe batch 224)
                        # (down to one digit each, 2022年78 under a county's notice, when the two cannot be a month:
                        # probe batch 240)
                        r"|(?:19|20)[0-9]{2}年(?:0?[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])日?"
                        r"|(?:19|20)[0-9]{2}年" + DAMAGED_MD + r"日?)$")
_ORG_END = r"(?:政府|办公室|办公厅|委员会|委|局|厅|中心|部|院|会|署|小组|办)$"
_ORG_LINE = re.compile(r"^[\u4e00-\u9fff()]{4,40}" + _ORG_END)
# a letterhead's masthead (许昌市人民政府文件, 市政府文件)
_MASTHEAD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,40}文件$")
# one issuing body of a joint signature, a short name on its own line (省数据局, 省委人才办)
_SIGNER_LINE = re.compile(r"^[\u4e00-\u9fff()]{2,40}" + _ORG_END)
# the joint issuers a joint opinion sets under its title, three or more of one level's bodies run together
# (省卫生计生委省民政厅省人社厅省发改委 省工信委…省老龄办 under 关于推进医疗卫生与养老服务相结合的实施意见: both annotators of a
# 2016 province's forwarded opinion, probe batch 266): no part of the title
_ISSUERS_RUN = re.compile(r"(?:(?P<lv>[省市县区])[\u4e00-\u9fff]{1,12}?(?:委|厅|局|办|部|会|中心|院|署)"
                          r"(?:(?P=lv)[\u4e00-\u9fff]{1,12}?(?:委|厅|局|办|部|会|中心|院|署)){2,})")
# a bracketed annotation line: (此件公开发布), (征求意见稿), (某局代章)
# (印发稿: the issued text's mark above a 2016 prefecture's opinion, both annotators of probe batch 112)
# (此文件公开发布 as 此件公开发布: a 2022 district's plan, both annotators of probe batch 126)
# (已失效 / 有效 / 已废止: a portal's mark of whether the text is in force, over a 2017 province's notice,
# both annotators of probe batch 124)
ANNOT = re.compile(r"^\((?:此(?:文)?件[^)]*|征求意见稿|送审稿|印发稿|试行|草案|[^)]{0,12}代章|印章|已?失效|有效|已?废止|已修订|部分失效)\)$")
_SENT_END = "。!?;:"
_PAGE_LINE = rules.vocabulary().compile(r"^(?:$page_mark)$")
# a 发文字号 (国办发〔2024〕12号); metadata reads it, structure skips its line
# (號 in a traditional-character copy: 吉政發〔2014〕37號, both probe annotators of batch 21)
# an attachment's file extension (繁政秘〔2021〕19号.doc); find/metadata.py reads the number before it
FILE_EXT = r"\.(?:docx?|pdf|wps|ofd)"
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[【(](?:19|20)[0-9]{2}[〕\]】)]\s?[0-9]{1,4}\s?[号號]|(?:国令|国务院令|[\u4e00-\u9fff]{1,8}令)\s?第\s?[0-9]{1,4}\s?[号號]")
# a document number that lost its closing bracket and 号 (渝北府办发〔202021, 沙政〔2012478: two probe
# pages, both annotators of each read 〔2020〕21号, 〔2012〕478号): the four digits after the bracket
# are the year, the rest the number
# (or its opening bracket and 号: 陂政办2018〕1 under a 2018 district notice's title, both annotators of probe batch 139
# read 陂政办〔2018〕1号)
DAMAGED_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,12})(?:[〔\[【(]((?:19|20)[0-9]{2})|((?:19|20)[0-9]{2})[〕\]】)])([0-9]{1,4})")
# a document number and the date beside it on one line, under a title (川府发〔2011〕8号 二○一一年三月十七日)
NUMBER_DATE = re.compile(r"(" + DOC_NUMBER.pattern + r")\s*((?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|"
                         r"[二〇○零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)")
# the date first, in the brackets a letterhead sets under the title ((二00九年八月一日 东政字〔2009〕86号): both
# annotators of a 2009 city's notice, probe batch 176)
DATE_NUMBER = re.compile(r"((?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|"
                         r"[二〇○零0OoＯ一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*("
                         + DOC_NUMBER.pattern + r")")
_TABLE_HEADER = re.compile(r"^(?:序号|编号)\s*(?:\t|\|| {2,}).*(?:任务|事项|内容|单位|部门|时限|时间)")
_CELL_SEP = re.compile(r"\t|\s\|\s?|\|| {2,}")


@functools.lru_cache(maxsize=1)
def _heading_rules():
    rs = rules.load("headings")
    heads = [r for r in rs if r.get("kind")]
    chrome = [r for r in rs if r.get("role") in ("chrome", "attachment")]
    non_work = rs["section.non_work"].regex
    return heads, chrome, non_work


@functools.lru_cache(maxsize=1)
def _styled_rules():
    rs = rules.load("headings")
    return rs["styled.heading_label"].regex, rs["styled.lead_prefix"].regex, rs["styled.caption"].regex


def _judged(ch: str) -> bool:
    # the reader's judged characters (CJK, full-width punctuation); the
    # normaliser folds full-width punctuation to ASCII, so : ( ) count too
    return ch >= "\u2e80" or ch in ":;()"


STYLED_MAX = 40          # a heading set apart by its typeface is a short line
LEAD_MAX = 40            # and so is a run-in heading


def _styled(texts, lines, emphasis) -> tuple:
    """Per line: ``(whole, lead_end)``: the whole line is set apart, or it
    opens with a run-in heading set apart that ends at ``lead_end`` (an
    offset into the line; 0 for none).  Empty when there is no evidence."""
    if not emphasis:
        return ()
    spans = sorted(emphasis)
    starts = [a for a, _ in spans]
    label, prefix, _ = _styled_rules()
    out = []
    for (s, e), t in zip(lines, texts):
        k = max(bisect_right(starts, s) - 1, 0)
        hit = None
        while k < len(spans) and spans[k][0] < e:
            a, b = spans[k]
            if b > s:
                hit = (max(a, s), min(b, e))
                break
            k += 1
        if hit is None:
            out.append((False, 0))
            continue
        a, b = hit[0] - s, hit[1] - s
        head = t[:a]
        m = prefix.match(t)
        if any(_judged(c) for c in head) and not (m and m.end() >= a and not any(
                _judged(c) for c in t[m.end():a])):
            out.append((False, 0))              # set apart only inside the line
            continue
        if not any(_judged(c) for c in t[b:]):
            out.append((True, 0))
            continue
        if t[b:b + 1] in (":", "。"):
            b += 1
        out.append((False, b if b <= LEAD_MAX and t[b - 1:b] in (":", "。") and len(t) - b >= 4 else 0))
    return out


def _styled_heading(t: str) -> bool:
    """A whole line set apart that reads as a heading: short, no sentence end,
    and not a "label: value" field unless its label is numbered."""
    if len(t) > STYLED_MAX or t[-1] in "。;!?,,、" or classify(t) or _styled_rules()[2].match(t):
        return False
    colon = t.find(":")
    if 0 <= colon < len(t) - 1:
        return bool(_styled_rules()[0].match(t))
    return True


_CN_DIGITS = "一二三四五六七八九十百零〇两"
_FIRST = {"第": ("chapter", "part", "article", "item_ordinal"), "(": ("paren_cn", "paren_arabic")}
_NUM_STRIP = re.compile(r"[第章节条件、.():\s]|部分|民生实事|实事|事")


@functools.lru_cache(maxsize=1)
def _by_kind() -> dict:
    heads, _, _ = _heading_rules()
    return {r.get("kind"): r for r in heads}


def _candidates(c: str) -> tuple:
    """Heading kinds a line starting with ``c`` can be (most lines: none)."""
    if c in _FIRST:
        return _FIRST[c]
    if "0" <= c <= "9":
        return ("dec3", "dec2", "dec1", "arabic", "arabic_bare", "arabic_fused")
    if c in _CN_DIGITS:
        return ("cn", "paren_cn", "shi")   # paren_cn: a lost opening bracket; shi: 一是
    if "①" <= c <= "⑳" or "㉑" <= c <= "㉟":
        return ("circled",)
    if "⑴" <= c <= "⒇":
        return ("paren_arabic",)           # ⑴ … ⒇: one code point for (1) … (20)
    return ()


# a list mark a page sets before a numbered item (◈ 2.支持各地…: a provincial policy list, both
# annotators of probe batch 82)
_BULLET_LEAD = re.compile(r"[◈◆◇●■□▲►★☆※•·▪◦][ \t\u3000]*")


def classify(line: str):
    """(kind, rank, number_as_written, ordinal, end_of_number) or None."""
    b = _BULLET_LEAD.match(line)
    if b and b.end() < len(line):
        c = _classify(line[b.end():])
        return c[:4] + (c[4] + b.end(),) if c else None
    return _classify(line)


def _classify(line: str):
    kinds = _candidates(line[:1])
    if not kinds:
        return None
    by_kind = _by_kind()
    for kind in kinds:
        r = by_kind[kind]
        m = r.regex.match(line)
        if m:
            num = m.group(0)
            if kind == "circled":
                ordinal = ord(num) - ord("①") + 1 if num <= "⑳" else ord(num) - ord("㉑") + 21
            elif "⑴" <= num[:1] <= "⒇":
                ordinal = ord(num[0]) - ord("⑴") + 1
            elif kind in _DECIMAL:
                ordinal = int(num.split(".")[-1])
            else:
                ordinal = cn_int(_NUM_STRIP.sub("", num).removesuffix("是")) or 0
            return kind, r.get("rank"), num, ordinal, m.end()
    return None


_DECIMAL = ("dec1", "dec2", "dec3")


_PLACED_ISSUER = re.compile(r"^(?:中共|国务院|[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|旗|盟|自治))")


def _about_top(norm: str, title: list) -> bool:
    """True when the title gathered so far opens on 关于 (a notice's or an opinion's subject) or on its
    issuer over 关于 or before it on its line: above it only an issuer's line joins it (文件选编 / 盐城市人民政府 /
    关于…意见: a yearbook's section over a 2013 city's opinion; 交易所公告 / 粮食政策 / 关于…的通知: a
    site's sections over a 2021 province's notice -- both annotators of probe batches 139 and 140)."""
    top = norm[title[0][0]:title[0][1]].replace(" ", "").replace("\u3000", "")
    if top.startswith("关于"):
        return True
    # the issuer on 关于's own line (现行有效355部 / 师宗县人民政府其他文件 / 师宗县人民政府关于…的实施意见: a
    # site's count and section over a county's opinion, both annotators of probe batch 173)
    # (a whole issuer, named with its place: 领导小组办公室关于… under 浙江省推进…建设 is a title wrapped inside its issuer)
    own = re.match(r"[ \t\u3000]*(.{2,40}?)[ \t\u3000]*关于", norm[title[0][0]:title[0][1]])
    if own and _issuer_line(own.group(1)) and _PLACED_ISSUER.match(own.group(1)):
        return True
    return len(title) >= 2 and _issuer_line(norm[title[0][0]:title[0][1]]) \
        and norm[title[1][0]:title[1][1]].replace(" ", "").startswith("关于")


def _issuer_line(t: str) -> bool:
    """A line that only names the issuing bodies (青岛市人民政府, 国务院办公厅、中央军委办公厅, 中共中央 国务院)."""
    b = _LIST_BULLET.match(t)
    parts = [p for p in re.split(r"[、 \t\u3000]+", t[b.end():] if b else t) if p]
    return bool(parts) and all(_SIGNER_LINE.match(p) or p in ("中共中央", "党中央") for p in parts)


def _confirm_run(cls: list, kind: str, among: tuple) -> None:
    """Keep each heading of ``kind`` only where the numbering runs on among the headings of the kinds
    ``among`` (the one before it is N-1, or the next N+1), as an arabic heading; in place.  The numbers
    are read before any is dropped, so a dropped one still counts for its neighbours."""
    idx = [i for i, c in enumerate(cls) if c and c[0] in among]
    nums = [cls[i][3] for i in idx]
    for k, i in enumerate(idx):
        if cls[i][0] != kind:
            continue
        n = nums[k]
        prev = nums[k - 1] if k else None
        nxt = nums[k + 1] if k + 1 < len(idx) else None
        cls[i] = ("arabic",) + tuple(cls[i][1:]) if prev == n - 1 or nxt == n + 1 else None


def _confirm_bare(cls: list) -> None:
    """Keep a number run into its words (1组织好…) only where the numbering runs on (the one of
    that kind before it is N-1, or the next N+1), as an arabic heading; in place."""
    _confirm_run(cls, "arabic_bare", ("arabic_bare",))


def _confirm_fused(cls: list) -> None:
    """Keep a number run into a count (2.50个小区…) only where the numbering runs on (the arabic item
    before it is N-1, or the next N+1), as an arabic heading; in place."""
    _confirm_run(cls, "arabic_fused", ("arabic", "arabic_fused"))


def _confirm_shi(cls: list) -> None:
    """Keep 一是 / 二是 lines as headings only in a text with no other kind of heading, and only as a run from 一是
    numbered on (一是, 二是, 三是 …, two at least); in place."""
    if not any(c and c[0] == "shi" for c in cls):
        return
    if any(c and c[0] != "shi" for c in cls):
        for i, c in enumerate(cls):
            if c and c[0] == "shi":
                cls[i] = None
        return
    run: list = []
    keep: set = set()
    for i, c in enumerate(cls):
        if not c:
            continue
        if c[3] == 1:
            run = [i]
        elif run and c[3] == cls[run[-1]][3] + 1:
            run.append(i)
        else:
            run = []
        if len(run) >= 2:
            keep.update(run)
    for i, c in enumerate(cls):
        if c and i not in keep:
            cls[i] = None


def _confirm_decimal(cls: list) -> None:
    """Keep a decimal heading only where the numbering confirms it (in place):
    an N.M follows the last N seen, an N.M.K the last N.M, and an N is followed
    by an N.1 before the next N (a wrapped line that starts "12 个…" is no heading)."""
    if not any(c and c[0] in _DECIMAL for c in cls):
        return
    last = {}                                  # depth -> the number last kept at that depth
    for i, c in enumerate(cls):
        if not c or c[0] not in ("dec2", "dec3"):
            if c and c[0] == "dec1":
                last = {1: c[2].strip()}
            continue
        num = c[2].strip()
        parent, depth = num.rsplit(".", 1)[0], num.count(".") + 1
        if last.get(depth - 1) == parent:
            last[depth] = num
            last.pop(depth + 1, None)
        else:
            cls[i] = None
    for i, c in enumerate(cls):
        if c and c[0] == "dec1":
            n = c[2].strip()
            nxt = next((d for d in cls[i + 1:] if d and d[0] in ("dec1", "dec2")), None)
            if not (nxt and nxt[0] == "dec2" and nxt[2].strip() == f"{n}.1"):
                cls[i] = None


def fold_label(kind: str, number: str, ordinal: int) -> str:
    """Path segment as GUIDE.md writes it: brackets folded to ASCII."""
    if kind in ("paren_cn", "paren_arabic"):
        if "⑴" <= number.strip()[:1] <= "⒇":
            return f"({ordinal})"
        inner = re.sub(r"[()\s]", "", number)
        return f"({inner})"
    if kind in ("cn", "arabic"):
        return re.sub(r"[、.。\s]", "", number)
    if kind == "item_ordinal":
        return re.sub(r"[:：\s]", "", number)       # 第一件实事: → 第一件实事
    if kind == "shi":
        return number.strip().removesuffix("是")     # 一是 → 一
    return number.strip()


def _lines(norm: str) -> list:
    out = []
    for m in _LINE.finditer(norm):
        s, e = m.start(), m.end()
        line = m.group()
        ls = len(line) - len(line.lstrip(_STRIP))
        rs = len(line.rstrip(_STRIP))
        if rs > ls:
            out.append((s + ls, s + rs))
    if out and out[0][1] - out[0][0] > 150:
        out[:1] = _head_pieces(norm, *out[0])
    cuts = [m.end() for m in _CLAUSE_RUN_ON.finditer(norm)]
    if len(cuts) >= 2:
        out = [p for s, e in out for p in _run_on_pieces(norm, s, e, cuts)]
    return out


# sentences that each close with their clause and run on without a break (…1150万人左右。(市人口计生委、市公安局
# 牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)…: a 2006 municipality's division, both annotators of probe batch
# 113): each sentence with its clause is a line of its own, when a line runs on after two clauses or more
_CLAUSE_RUN_ON = re.compile(r"[(（][^()（）\n]{2,80}?(?:牵头|负责|配合|参与|协办|落实)[)）](?=[\u4e00-\u9fff])")


def _run_on_pieces(norm: str, s: int, e: int, cuts: list) -> list:
    """Line (s, e) split after each run-on clause in it (spans only: the text is unchanged)."""
    inside = [c for c in cuts if s < c < e]
    return _pieces(norm, s, e, inside) if len(inside) >= 2 else [(s, e)]


def _pieces(norm: str, s: int, e: int, cuts) -> list:
    """Line (s, e), whose ends are stripped, split at the offsets ``cuts`` (ascending, inside it): each piece
    stripped, empty ones left out."""
    out, a = [], s
    for c in list(cuts) + [e]:
        piece = norm[a:c]
        lo, hi = a + len(piece) - len(piece.lstrip(_STRIP)), a + len(piece.rstrip(_STRIP))
        if hi > lo:
            out.append((lo, hi))
        a = c
    return out


# where a head run together on one line breaks (文成县安全生产委员会办公室文件文安委办〔2020〕60号关于印发…的通知各乡镇
# 人民政府、…:根据…): after a body's 文件, round its number, after its notice title, after its addressees
_RUN_FILE = re.compile(r"[\u4e00-\u9fff]{4,30}?(?:人民政府|办公室|办公厅|委员会|政府|局|厅|委)\s?文件(?=\s?[\u4e00-\u9fff])")
_RUN_NOTICE = re.compile(r"的通知(?=\s?[^\s，,。;；:：)）])")
_HEAD_SENTENCE = re.compile(r"[。，,；;：:《》!！?？]")
_RUN_NUMBER = re.compile(r"[〔\[【](?:19|20)[0-9]{2}[〕\]】]\s?[0-9]{1,4}\s?[号號]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_RUN_ADDRESSEES = re.compile(r"各[^。;；:：\n]{2,120}?[:：](?=\s?\S)")


def _head_pieces(norm: str, s: int, e: int) -> list:
    """The first line of a text that sets its whole head on that line (a page saved without its line breaks),
    split where its lines broke: a body's 文件, its number, its notice's title, its addressees (both annotators
    of a dozen such pages of the probe read them so).  Spans only: the text is unchanged.  A line that holds no
    number and no notice title, or whose words before its addressees are a sentence (running text that cites
    another document's number), stays whole."""
    head = norm[s:min(e, s + 400)]
    cuts: set = set()
    m = _RUN_FILE.match(head)
    if m:
        cuts.add(m.end())
    guard = 0                           # where the addressees begin: no sentence mark before
    note = _RUN_NOTICE.search(head)
    if note and note.end() < 250:
        cuts.add(note.end())
        guard = note.end()
        addr = _RUN_ADDRESSEES.match(head, note.end() + (1 if head[note.end():note.end() + 1].isspace() else 0))
        if addr:
            cuts.add(addr.end())
    num = _RUN_NUMBER.search(head, 0, 220)
    if num:
        a = num.start()             # its prefix: the word before the bracket, back to a cut or a non-word
        while a > 0 and a not in cuts and num.start() - a < 8 and (_CJK_CHAR.match(head, a - 1)
                                                                   or head[a - 1] == " " and a == num.start()):
            a -= 1
        cuts.update((a, num.end()))
        guard = max(guard, num.end())
    if not (num or note) or _HEAD_SENTENCE.search(head, 0, guard):
        return [(s, e)]
    return _pieces(norm, s, e, (s + c for c in sorted(cuts) if 0 < c < len(head)))


# the label that opens an attachment (附件 / 附件1 / 附 件2:), alone on its line or before its title
_ATTACHMENT_HEAD = re.compile(r"^附[ \u3000]{0,3}件\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?")
_ATTACHMENT_LINE = re.compile(_ATTACHMENT_HEAD.pattern + "$")


# a line that names a document (what an attachment list holds): ends with a document word, no sentence in it
# (措施 too: 2021年国务院《政府工作报告》 / 重点工作任务落实措施 under a city notice's signature -- both annotators
# of probe batch 70)
_DOCUMENT_NAME = re.compile(r"^[^。;；,，]{4,80}(?:方案|计划|意见|办法|清单|一览表|表|细则|名单|规划|要点|通知|指南|标准|目录|措施)"
                            r"(?:[(（][^()（）]{1,20}[)）])?$")
# a task table's header cells, one a line, and the name of the plan the table is (…工作目标, …分工方案)
_HEADER_CELL = re.compile(r"^(?:序号|编号|领域|类别|项目|重要项目|重点工作|目标|任务|主要任务|工作任务|重点任务|目标任务[\u4e00-\u9fff]{0,8}"
                          r"|阶段性目标[\u4e00-\u9fff]{0,8}|主要内容|工作内容|具体内容|工作措施|具体措施|主要措施"
                          r"|(?:主责|牵头|责任|配合|协办|协同)(?:单位|部门)|(?:负责|责任|分管)领导|基本要求|工作要求|完成情况"
                          r"|进展情况|完成时限|完成时间|时间节点|时限要求|备注|第[一二三四]季度)$")


def _header_cells(t: str) -> bool:
    """A line that is a task table's header cell, or its header cells set apart by blanks."""
    parts = t.split()
    return bool(parts) and (bool(_HEADER_CELL.match("".join(parts)))
                            or (len(parts) >= 3 and all(_HEADER_CELL.match(x) for x in parts)))


# a note in brackets after a date on its line (2025年7月13日(此件主动公开))
ANNOT_TAIL = re.compile(r"[(（]此(?:文)?件[^()（）]{0,10}[)）]$"
                        # (or before it on the line, (此件公开发布) 2021年6月25日 over a 2021 city's points: both annotators
                        # of probe batch 273)
                        r"|^[(（]此(?:文)?件[^()（）]{0,10}[)）]")
# a plan's part named by a bare line of its own, no number (总体要求, 发展预期目标, 重点工作)
_PART_WORD = re.compile(r"^(?:总体要求|(?:发展|主要)?(?:预期)?目标(?:任务)?|重点(?:工作|任务)|主要任务|保障措施)$")
# a site's section name on its own line, or its address's slug in Latin letters (gongkai / 政府信息公开
# over a 2022 city's opinion, both annotators of probe batch 121; 导航菜单 over a 2023 city's division, batch
# 123): never a title's line
SITE_SECTION = re.compile(r"[A-Za-z]{2,20}|(?:政府)?信息公开(?:专栏|目录|平台)?|政务公开(?:专栏)?|(?:网站)?导航(?:菜单|栏)?")
_TABLE_NAME = re.compile(r"^[^。;；,，:：]{4,80}(?:方案|计划|意见|清单|一览表|表|细则|规划|要点|措施|目标|任务|分解|分工|完成情况|进展情况)"
                         r"(?:[(（][^()（）]{1,20}[)）])?$")


def _attachment_list_lines(texts: list, cls: list) -> list:
    """Indices of the numbered lines under a bare 附件: line that name the attached
    documents (附件: / 1.汉阴县国土空间规划…专项行动方案 / 2.… : a county notice issuing five
    plans, both probe annotators of batch 21): they list what follows, they head nothing.
    Only a run numbered 1, 2, … whose every line names a document."""
    out: list = []
    for i, t in enumerate(texts):
        first = _ATTACHMENT_FIRST.match(t.strip())
        if not _ATTACHMENT_LINE.match(t.strip()) and not first:
            continue
        # (附件:1.… with the first on the label's line: the run goes on from 2; a copy cut inside the
        # list leaves numbers with no names, 附件:1. / 2. / 3. -- a 2012 district notice, both
        # annotators of probe batch 64: no tasks)
        run, want = [], 2 if first else 1
        for j in range(i + 1, min(len(texts), i + 40)):
            if not texts[j].strip():
                continue
            c = cls[j]
            name = texts[j].strip()[c[4]:].strip() if c is not None else ""
            if c is None or c[3] != want or not (_DOCUMENT_NAME.match(name) or (first and not name)):
                break
            run.append(j)
            want += 1
        if len(run) >= (1 if first else 2):
            out.extend(run)
    return out


# the label of an attachment list with its first entry on the same line (附件:1.某某方案, or cut: 附件:1.)
_ATTACHMENT_FIRST = re.compile(_ATTACHMENT_HEAD.pattern + r"\s*1\s*[.．、]\s*(?:$|" + _DOCUMENT_NAME.pattern[1:] + ")")


# a plan's first part named as such (1.总体目标, 一、指导思想): in a text cut before its second part, a lone heading
# of this kind is the top level, not a later lone heading that restarts its numbering under a (一) (1.总体目标 /
# (一)打赢…攻坚战 / 1.全力打造…: a 2021 province's three-year plan, both annotators of probe batch 277)
_TOP_PART = re.compile(r"^(?:[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)\s*(?:总体要求|总体目标|指导思想|基本原则|主要目标|工作目标|"
                       r"发展目标|目标任务|重点任务|主要任务|重点工作)\s*$")


def _top_part(texts, i: int) -> bool:
    return texts is not None and _TOP_PART.match(texts[i].strip()) is not None


def _main_chain(cls: list, texts: list | None = None) -> list:
    """Indices (into lines) of the longest run of top-level headings; the
    numbering of an attachment (after a line 附件1) is the attachment's, so a
    run of two or more before it is preferred (a work report whose 附件 lists
    ten 民生实事 keeps its own 一、二、三)."""
    if texts is not None:
        first_attachment = next((i for i, t in enumerate(texts) if _ATTACHMENT_LINE.match(t)), None)
        if first_attachment:
            before = _main_chain(cls[:first_attachment])
            if len(before) >= 2:
                return before
    best: list = []
    lone_cn = None                      # the only 一、 of a text cut after it (no 二、 follows)
    # (第一部分 / 一、… / 第二部分 / 一、…: parts that each number their sections anew are the top level, the 一、
    # under each nested in it; 第一节 under 第一章 stays the chapters' level below)
    parted = not any(c and c[0] == "chapter" for c in cls)
    for kind in ("part", "cn", "chapter", "arabic", "paren_cn", "dec1") if parted else (
            "cn", "chapter", "arabic", "paren_cn", "dec1"):
        chains: list = []
        cur: list = []
        first = True
        for i, c in enumerate(cls):
            if not c or c[0] != kind:
                continue
            if c[3] == 1 or (first and c[3] > 1):
                # (a text saved from the middle of a list opens on 十五、 or (二): its first
                # heading of the kind opens a run too, counted only when the next follows)
                cur = [i]
                chains.append(cur)
            elif cur and cls[cur[-1]][3] == c[3] - 1:
                cur.append(i)
            first = False
        chains = [ch for ch in chains if cls[ch[0]][3] == 1 or len(ch) >= 2]
        if kind == "cn" and len(chains) == 1 and len(chains[0]) == 1:
            lone_cn = chains[0][0]
        for ch in chains:
            if len(ch) > len(best) or (len(ch) == len(best) and best and ch[0] > best[0]
                                       and not (len(ch) == 1 and _top_part(texts, best[0]) and not _top_part(texts, ch[0]))):
                best = ch
        if len(best) >= 2 and kind == "arabic":
            # (十)… / 39.… 40.… 41.… / (十一)… / 42.…: a page from the middle of a plan whose items are
            # numbered through; the (十) run opens before them and parts them, so it is the level above
            # (both annotators of a 2023 city's action plan, probe batch 74)
            above = _parting_run(cls, "paren_cn", best) or _run_over_restarts(cls, "paren_cn", chains)
            if above:
                best = above
        if len(best) >= 2:
            break
    if len(best) == 1:
        # 第一章 … / 一、… / (一)…: a text cut inside its first chapter (or part) has that chapter over the rest
        # (a 2021 municipality's plan, both annotators of probe batch 113)
        top = next((i for i, c in enumerate(cls[:best[0]]) if c and c[0] in ("chapter", "part") and c[3] == 1), None)
        if top is not None:
            best = [top]
    # (what stands above the attachment the 一、 opens -- its covering notice's list of
    # attachments, 附件:1.… 2.… -- is not counted against it)
    since = 0
    if lone_cn is not None and texts is not None:
        since = max([i + 1 for i, t in enumerate(texts[:lone_cn]) if _ATTACHMENT_LINE.match(t)], default=0)
    if lone_cn is not None and best and best != [lone_cn] and cls[best[0]][0] in ("arabic", "paren_cn", "dec1") \
            and lone_cn < best[0] and not any(c and c[0] not in ("cn", "part") for c in cls[since:lone_cn]) \
            and not any(c and c[0] == "chapter" for c in cls):
        # 一、总体要求 / (一)… / (二)… / 1.… 2.…: a text cut before its 二、 (a page saved in
        # part) still has 一、 over the rest; the lower numbers run under it, as in a whole plan
        part = next((k for k in range(since, lone_cn) if cls[k] and cls[k][0] == "part" and cls[k][3] == 1), None)
        return [lone_cn] if part is None else [part]    # (第一部分 / 一、…: the part above it)
    return best


def _parting_run(cls: list, kind: str, run: list) -> list:
    """A run of ``kind`` headings (two or more, numbered on) that opens before ``run`` and has a
    heading between two of its items, else []."""
    cur: list = []
    for i, c in enumerate(cls):
        if not c or c[0] != kind:
            continue
        if cur and cls[cur[-1]][3] == c[3] - 1:
            cur.append(i)
        elif not cur:
            cur = [i]
        else:
            break
    if len(cur) < 2 or cur[0] > run[0]:
        return []
    return cur if any(run[j] < x < run[j + 1] for x in cur for j in range(len(run) - 1)) else []


def _run_over_restarts(cls: list, kind: str, chains: list) -> list:
    """A run of ``kind`` headings numbered on ((三)… / (四)…) each standing right over a run of items
    that numbers anew from 1 (1、…2、… under each): the run parts them, so it is the level above --
    (三)闻喜县政府 / 1、… 7、 / (四)稷山县政府 / 1、… in a page saved from the middle of a city's plan
    (both annotators of probe batch 180); else []."""
    restarts = [ch for ch in chains if cls[ch[0]][3] == 1]
    if len(restarts) < 2:
        return []
    run: list = []
    for i, c in enumerate(cls):
        if not c or c[0] != kind:
            continue
        if run and cls[run[-1]][3] != c[3] - 1:
            return []                   # (numbered anew itself: no run over the items)
        run.append(i)
    if len(run) < 2:
        return []
    for ch in restarts:
        above = next((k for k in range(ch[0] - 1, -1, -1) if cls[k]), None)
        if above not in run:
            return []
    return run


def _plan_after_signature(chain: list, cls: list, texts: list) -> list:
    """A covering notice's own numbered points (一、加强工作统筹… 二、… 三、…), then its signature
    (issuer / date), then the plan it issues, its title and its 一、 (cut by the copy's end): the
    plan's run is the body, the notice's points are the notice's (both annotators of a 2022
    city's division of its work report, probe batch 43). ``chain`` when nothing so follows it."""
    if not chain:
        return chain
    kind = cls[chain[0]][0]
    for i in range(chain[-1] + 1, len(texts)):
        if not _DATE_LINE.match(texts[i].replace(" ", "").strip()):
            continue
        k = next((j for j in range(i + 1, min(len(texts), i + 8)) if cls[j]), None)
        if k is None or cls[k][0] != kind or cls[k][3] != 1:
            return chain
        between = [t.strip() for t in texts[i + 1:k] if t.strip()]
        if any("|" in t for t in between):
            return chain                 # an attached table (附件 / 序号 | 改革举措 | …): read as tables are
        # (its title, on one line or two, among (此件公开发布) and the plan's preamble)
        if not any(_DOCUMENT_NAME.match(x) for a, b in zip(between, between[1:] + [""]) for x in (a, a + b)):
            return chain
        rest = _main_chain([None] * k + cls[k:])
        return rest if rest and rest[0] == k else chain
    return chain


def _table_lines(texts: list) -> list:
    """Indices of the lines of flattened tables: from a header row (序号 |
    重点任务 | 牵头单位 …) through rows with cell separators; a one-cell line
    between two rows (a group heading) belongs to the table."""
    out = []
    i, n = 0, len(texts)
    while i < n:
        if not _TABLE_HEADER.match(texts[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _CELL_SEP.search(texts[j]):
                j += 1
            elif j + 1 < n and _CELL_SEP.search(texts[j + 1]) and not _TABLE_HEADER.match(texts[j + 1]):
                j += 1
            else:
                break
        out.extend(range(i, j))
        i = j
    return out


_TOC_HEAD = re.compile(r"^总?目[ \u3000]*录$")
# an entry that shows its page: leader dots, then the number (二、专项行动......46: a 2021 street's plan saved from
# its 总目录 with its chapters cut off, both annotators of probe batch 134)
_TOC_PAGED = re.compile(r"(?<=[\u4e00-\u9fff”)）\s])(?:(?:\.+|…+|·{3,}|．+)\s*[0-9]{1,4}|(?:\.{4,}|…{2,}|·{4,})\s*)$")
_TOC_LEADER = re.compile(r"[.．…·\-—\s]*[0-9]{0,4}$")       # leader dots and a page number
_TOC_KEY = 16                       # characters of an entry matched against the lines below
_TOC_REACH = 20_000                 # lines after 目录 where its entries are looked for


def _toc_lines(texts: list) -> set:
    """Indices of a table of contents: a line 目录 and the entries after it, each the
    start of a line further down (一、总体要求……3 lists 一、总体要求).  Two entries at least.
    Linear in the text: a line's first _TOC_KEY characters are looked up, not scanned for."""
    heads = [i for i, t in enumerate(texts) if _TOC_HEAD.match(t.strip())]
    if not heads:
        return _unlabelled_toc(texts)
    texts = texts[:heads[0] + _TOC_REACH]   # (memory stays bounded whatever the text)
    heads = [i for i in heads if i < len(texts)]
    flat = [x.replace(" ", "") for x in texts]
    last: dict = {}                         # a line's prefix -> the last line that starts so
    for k in range(heads[0], len(flat)):
        x = flat[k]
        for n in range(2, min(len(x), _TOC_KEY) + 1):
            last[x[:n]] = k
    out: set = set()
    for i in heads:
        if i in out:
            continue
        entries = []
        j = i + 1
        while j < len(texts) and len(entries) < 500:
            key = _TOC_LEADER.sub("", flat[j])[:_TOC_KEY]
            if len(key) < 2 or _TOC_HEAD.match(key) or (last.get(key, -1) <= j and not _TOC_PAGED.search(flat[j])):
                break
            entries.append(j)
            j += 1
        if len(entries) >= 2:
            out.update([i] + entries)
            # (the entries whose chapters a copy cut off are no headings either: every short numbered line up to
            # the body's first repeat of the first entry is the table's -- a 2021 municipality's plan saved from its
            # contents page, both annotators of probe batch 113)
            key0 = _TOC_LEADER.sub("", flat[entries[0]])[:_TOC_KEY]
            r = next((k for k in range(j, len(flat)) if flat[k][:len(key0)] == key0), None)
            if r is not None and r - j <= 200 and all(
                    not flat[k] or (len(flat[k]) <= 40 and classify(texts[k].strip())) for k in range(j, r)):
                out.update(k for k in range(j, r) if flat[k])
    return out


# a contents list printed without its 目录 line: three or more part headings in a row (一、…(88条) / 二、… /
# 三、…), nothing but blank lines between them, the first of them again the start of a line further down (the
# body's first part; a copy cut short may reach no other -- a 2022 province's policy list, both annotators of
# probe batch 193)
_TOP_ENTRY = re.compile(r"^[ \u3000]*([一二三四五六七八九十]{1,3})、\S")


def _unlabelled_toc(texts: list) -> set:
    run: list = []
    runs = []
    last = None                         # the number of the run's last entry
    for i, t in enumerate(texts):
        s = t.strip()
        if not s:
            continue
        m = _TOP_ENTRY.match(t) if len(s) <= 40 else None
        n = cn_int(m.group(1)) if m else None
        if m and (not run or n == last + 1):
            run.append(i)
            last = n
            continue
        if len(run) >= 3:
            runs.append(run)
        run, last = ([i], 1) if n == 1 else ([], None)
    if len(run) >= 3:
        runs.append(run)
    out: set = set()
    for run in runs:
        key = texts[run[0]].strip().replace(" ", "")[:_TOC_KEY]
        if any(t.strip().replace(" ", "")[:_TOC_KEY] == key for t in texts[run[-1] + 1:]):
            out.update(run)
    return out


_QUOTED = re.compile(r"《([^《》]{4,80})》")
# a covering notice's whole title (…关于印发…的通知): never the first line of the plan's title below it
_NOTICE_TITLE = re.compile(r"^.{0,40}?关于.{2,80}的通知$")
_PUBLIC_NOTICE = re.compile(r"关于[^。;；:：]{2,80}?意见(?:和|与|及)?建议的(?:通告|公告)")
# the formula that closes a notice or a reply (特此通知, 此复): never a title's line
_CLOSING_FORMULA = re.compile(r"^(?:特此(?:通知|函告|报告|批复|公告|函复|通报)|此复)[。.]?$")
# a page's link line (点击查阅更多2023年地方政府工作报告, 点击下载): no title (find/metadata.py too)
LINK_LINE = re.compile(r"^\s*点击(?:查看|查阅|进入|下载|阅读|浏览)")
# portal fields, table cells, links, time stamps and a page's breadcrumb trail (首页 > 政策)
# are never part of a title
# a site's widgets: accessibility switches (无障碍浏览 长者模式, 适老版), a search box and a phone-version
# link (精确检索 / 开始检索, 扫码阅读手机版 -- probe batch 26, both annotators; a traditional-script page's
# 掃碼閱讀手機版): no title line, and no part of one (find/metadata.py)
SITE_CHROME = re.compile(r"无障碍(?:浏览|阅读)?|长者模式|适老(?:化)?版|^\s*(?:精确|高级|全文|站内)?检索\s*$|^\s*开始检索\s*$"
                         r"|(?:扫码|掃碼)(?:阅读|閱讀)?(?:手机版|手機版)"
                         # (a page's print or close button: 【打印文本】, 【关闭窗口】)
                         r"|^\s*[•·]?\s*【\s*(?:打印|关闭|收藏|分享)[^】]{0,6}】\s*$"
                         # (a search box's scopes, • 搜全州 / • 搜本站: over a 2023 county page's title, both
                         # annotators of probe batch 63)
                         r"|^\s*[•·]?\s*(?:搜本站|搜全站|站内搜索|搜全[省市州县区盟])\s*$"
                         # (a site's welcome line, 歡迎訪問甘肅經濟信息網! over a 2016 province's opinion: both annotators
                         # of probe batch 286)
                         r"|^\s*(?:欢迎|歡迎)(?:访问|訪問|光临|光臨|来到|來到)[^\n。]{1,30}?(?:网|網|站|平台)[!！]?\s*$"
                         # (a link to the page's infographic, 图解 | …: under a 2023 district's opinion's title, both
                         # annotators of probe batch 112)
                         r"|^\s*图解\s*[|｜:：]"
                         # (and its font-size switch: 字体【 大 中 小 】, 【字体: 大 中 小】)
                         r"|^\s*[•·]?\s*(?:字体\s*[:：]?\s*【[^】\n]{0,12}】?|【\s*字体\s*[:：]?[^】\n]{0,12}】?)\s*$"
                         # (or 字号 alone, or with its sizes: under a 2007 city notice's fields, gold-probe)
                         r"|^\s*字号\s*[:：]?\s*(?:[大中小]\s*){0,3}$"
                         # (a page template's unfilled placeholder, 总站 {{item.sitename}}, over a 2018 city's opinion;
                         # a breadcrumb written with dashes, 当前位置 -- 首页 -- 年度计划, over a 2014 district's plan:
                         # both annotators of probe batch 70)
                         r"|\{\{[^{}\n]{0,80}\}\}|^\s*(?:当前位置|您的位置|您现在的位置|所在位置)\s*(?:[:：>»›]|-{1,2}|—)"
                         # (a site's name with its description: 法搜网--中国法律信息搜索网, a mirror's
                         # banner above a 2009 province's plan, probe batch 40)
                         r"|^\s*[\u4e00-\u9fffA-Za-z]{2,12}网\s*(?:--|——|—|-|\|)\s*[\u4e00-\u9fffA-Za-z]{2,24}网\s*$"
                         # (a page's phone-code prompt and a bare font-size switch, • 扫一扫在手机打开当前页 / 大 中 小: over a
                         # 2023 street's plan and a 2025 district's progress table, both annotators of probe batch 89)
                         r"|^\s*[•·]?\s*扫一扫(?:在手机(?:上)?打开(?:当前页|本页))?\s*$|^\s*(?:字号\s*[:：]?\s*)?大\s+中\s+小\s*$")
_NOT_TITLE = re.compile(r"[:\[\]|>›»]|www\.|http|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}:[0-9]{2}"
                        # a page's index number (11411000005747138B/202302-00850, 002668661/2018-96290)
                        # or a paper's jump line ((上接10版), (下转3版), [接上页]: both annotators of a 2020
                        # municipality's plan report printed in its daily, probe batch 75)
                        r"|^\s*[(（\[【]\s*(?:上接|下转|接上页|转下页|续上页)[^)）\]】]{0,8}[)）\]】]\s*$"
                        # or a notice's addressees (各村(居)、站所办(中心)、镇属单位, its colon lost: both
                        # annotators of a 2020 town's notice, probe batch 77)
                        r"|^\s*各[^。,，;；]{1,60}、[^。,，;；]{1,60}$"
                        r"|^\s*[0-9A-Z]{6,}[/-][0-9A-Z]{4,}(?:-[0-9]{2,})?\s*$"
                        # a 版记 line (海南省安全生产委员会办公室 2016年8月26印发), a page's 全文 or
                        # 主要内容 tab, a 相关推荐 box
                        r"|(?:19|20)[0-9]{2}\s?年\s?[0-9]{1,2}\s?月\s?[0-9]{0,2}\s?日?\s?印发$|^\s*(?:全\s?文|主要[内內]容|相[关關](?:推荐|推薦|阅读|閱讀|文章|新闻|新聞))\s*$"
                        # a news agency's dateline (新华社北京2月21日电)
                        r"|[0-9一二三四五六七八九十]{1,2}\s?月\s?[0-9一二三四五六七八九十]{1,3}\s?日电\s*$"
                        # a signature's date with no day (中共连江县委 / 连江县人民政府 / 2021年2月 above
                        # the plan's title: both annotators of probe batch 41)
                        r"|^\s*(?:19|20)[0-9]{2}\s?年\s?[0-9]{1,2}\s?月\s*$"
                        # (or a date that lost its 年 月 日, 2020415, under a bureau's name), and a
                        # portal's label left without its value (有效性: probe batch 42, both annotators)
                        r"|^\s*(?:19|20)[0-9]{4,6}\s*$"
                        r"|^\s*(?:有\s*效\s*性|失效日期|废止日期|组配分类|主题分类|公开方式|主\s*题\s*词)\s*[:：]?\s*$"
                        # a flattened table's header or figures row above its first group row (占比(% /
                        # 合计 182852 / 55219.1 30.2: a 2025 district's progress table, both annotators of
                        # probe batch 47): a percent sign with no number, or figures with at most a word
                        # (and a doc-sharing page's label over its summary: 文档简介, the same batch)
                        r"|(?<![0-9\s])[%％]|^[%％]|^\s*[\u4e00-\u9fff]{0,4}\s*(?:[0-9]+(?:\.[0-9]+)?\s*){1,6}$"
                        r"|^\s*文档简介\s*$|^\s*(?:摘\s*要|内容摘要|内容提要)\s*[:：]?\s*$"
                        # (a sharing site's page count and file size: 18頁33.20KB, probe batch 23)
                        r"|^\s*(?:[0-9]+\s*[页頁])?\s*[0-9.]+\s*[KMG]B\s*$"
                        # a portal's toolbar words, each on its line (关怀版 / 登录个人中心 / 点赞 / 收藏 / 转发: over
                        # two 2022-2025 city pages' titles, both annotators of probe batch 52), and an
                        # attachment's file name that is its number (繁政秘〔2021〕19号.doc, the same batch)
                        r"|^\s*(?:关怀版|无障碍|登录|个人中心|登录个人中心|点赞|收藏|转发|分享|评论)\s*$"
                        r"|^\s*(?:" + DOC_NUMBER.pattern + ")" + FILE_EXT + r"\s*$"
                        r"|" + SITE_CHROME.pattern + r"|" + LINK_LINE.pattern)


# a label of a portal's field table (发文机关： | …, 发布日期： | …); find/metadata.py too
PORTAL_FIELD = re.compile(r"(?:索\s*引\s*号|发文机关|成文日期|发布日期|发文字号|主\s*题\s*词|主题分类|标\s*题|名\s*称)\s*[:：]")


# a row of a portal's field table copied without its colons, labels letter-spaced as the
# page sets them (索 引 号 MB15…/2023-05475 发文日期 2023-01-03; 文    号 蔡政办〔2023〕1号
# 分   类 政务公开): a line that opens on one label and holds another
_PORTAL_LABEL = ("(?:索\\s*引\\s*号|发\\s*文\\s*日\\s*期|发\\s*布\\s*机\\s*构|发\\s*文\\s*机\\s*关|发\\s*文\\s*字\\s*号|文\\s*号"
                 "|主\\s*题\\s*分\\s*类|分\\s*类|有\\s*效\\s*性|发\\s*布\\s*日\\s*期|成\\s*文\\s*日\\s*期|公\\s*开\\s*日\\s*期|公\\s*开\\s*方\\s*式"
                 # (公开范围 | 面向社会 | 公开时限 | 长期公开 / 发布单位 | 区政府 | 发文日期 | …: a district's page)
                 "|公\\s*开\\s*范\\s*围|公\\s*开\\s*时\\s*限|发\\s*布\\s*单\\s*位)")
PORTAL_ROW = re.compile(r"^[\s•·|]*" + _PORTAL_LABEL + r"[\s:：|]+\S.*?(?:^|[\s|])" + _PORTAL_LABEL + r"(?=[\s:：|])")
# ... or one field a line, its label and value parted by blanks only (标题 曹远镇2023年度地质灾害防治方案;
# 发布机构 永安市曹远镇人民政府: a township's page, both annotators of probe batch 83)
PORTAL_LINE = re.compile(r"^[\s•·|]*(?:" + _PORTAL_LABEL + r"|标\s*题|生\s*成\s*日\s*期)[ \t\u3000]+\S")


# a page's byline under its title: when and by whom it was posted
# (or its source first: 文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49, a county
# department's page, probe batch 20; 来源:    时间:2020年10月16日, batch 19): its time is the published
# date (find/metadata.py reads it with the groups year, month, day)
BYLINE_SOURCE_TIME = re.compile(r"^\s*(?:文章|信息)?(?:来源|作者|编辑)\s*[:：][^\n]{0,60}?(?:发布时间|发布日期|发表时间|时间|日期)"
                                r"\s*[:：]\s*((?:19|20)[0-9]{2})\s?[-年/.]\s?([0-9]{1,2})\s?[-月/.]\s?([0-9]{1,2})", re.M)
BYLINE = re.compile(r"^\s*(?:发布时间|发布日期|发表时间|时间)\s*[:：]\s*(?:19|20)[0-9]{2}[-年/.][0-9]{1,2}[-月/.][0-9]{1,2}.{0,40}(?:来源|作者|浏览|点击|字体)"
                    r"|" + BYLINE_SOURCE_TIME.pattern)


# one line of a byline set over two: its source, or its time stamp alone (2019-12-25 16:39 / 来源: 平昌县
# 农业农村局 under a county bureau's plan, both probe annotators of batch 23)
# (来源日期: 2017年04月06日16时21分 信息来源: …, the date of the source: a 2017 city's opinion, probe batch 275)
BYLINE_PART = re.compile(r"^\s*(?:文章|信息)?来源(?:日期|时间)?\s*[:：]"
                          r"|^\s*(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*$")


def _after_portal_fields(texts: list) -> int:
    """Index of the first line after a portal's field table at the top of a
    page (发文机关： | …, 发布日期： | …); 0 when there is none.  Those fields are
    metadata, never the body."""
    last = -1
    for i, t in enumerate(texts[:12]):
        if PORTAL_FIELD.search(t) or PORTAL_ROW.match(t) or PORTAL_LINE.match(t):
            last = i
    return last + 1


def _after_quoted_title(texts: list) -> int:
    """Index of the first line after one that repeats a 《title》 quoted above it
    (a covering notice naming the plan); 0 when there is none."""
    quoted = set()
    for i, t in enumerate(texts):
        key = t.replace(" ", "")
        if key in quoted:
            return i + 1
        # (the title set over two or three lines: 2020年内蒙古自治区 / 国民经济和社会发展计划)
        for n in (2, 3):
            if i + n <= len(texts) and key and "".join(x.replace(" ", "") for x in texts[i:i + n]) in quoted:
                return i + n
        quoted.update(q.replace(" ", "") for q in _QUOTED.findall(t))
    return 0


_ATTACHMENT_LABEL = re.compile(r"附[ \u3000]{0,3}件")
# a page's list mark before a line (• 青岛市人民政府)
_LIST_BULLET = re.compile(r"^[•·●▪◦]\s*")
# the date a central document carries in brackets under its title ((2019年1月29日))
_BRACKET_DATE_LINE = re.compile(r"^[(（]\s?(?:19|20)[0-9]{2}\s?年\s?[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日\s?[)）]$")
# that date with the preamble run on after it on its line ((2015年5月19日) 工业是…); metadata's _BRACKET_DATE_LEAD
# reads its day from the same form
_BRACKET_DATE_GLUED = re.compile(r"^[ \t\u3000]*[(（]\s?(?:19|20)[0-9]{2}\s?年\s?[0-9]{1,2}\s?月\s?[0-9]{1,2}\s?日\s?[)）][ \t\u3000]*"
                                 r"[\u4e00-\u9fff]")
# the lines under a report's title that say when, where and by whom it was given (or that a congress passed
# it: 海南省第六届人民代表大会第五次会议审议通过 under a plan report's title, both annotators of probe batch 160)
DELIVERED = re.compile(r"^(?:[-—―]{1,2}.*|.{0,30}(?:会议|大会)上|[(（]?.{2,40}(?:会议|大会|常委会)(?:审议)?(?:通过|批准)[)）]?|.{0,20}会议文件[(（][^()（）]{1,4}[)）]|.{0,40}(?:主任|局长|市长|区长|县长|旗长|州长|省长|主席)"
                        r"(?:\(?[^()]{0,8}\))?[\u4e00-\u9fff]{2,4}|.{2,30}委员会主任)$")
# a speech's salutation to the deputies (各位代表:), on a line of its own under the report's title and
# speaker (find/deadlines.py reads a report's commitments from it on)
SALUTATION = re.compile(r"(?m)^[ \t\u3000]*各位(?:代表|委员)[\u4e00-\u9fff、]{0,12}[ \t]*[:：][ \t]*$")


# a comma outside quotation marks: running text (no title of any gold set has one; 关于在全州开展“收好官,开好局”
# 专项行动实施方案 has it inside its marks) -- a copy's wrapped preamble line above the first heading, 根本任务,
# 坚持从政治上看教育、… (both annotators of a 2022 city bureau's points, probe batch 71)
_QUOTED_SPAN = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|《[^》\n]*》|‘[^’\n]*’")
_OPEN_QUOTE_TAIL = re.compile(r"“[^”\n]*$")


# a body and the date it put its name to, on one line (市委办公室 2020年01月10日 under a page's byline: a 2020
# city plan, both annotators of probe batch 84): a signature, not a title
_SIGNED_LINE = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:办公室|办公厅|政府|委员会|局|厅|委|办)\s?(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日$")


# a line that runs on over two clauses (…,确保…、…,不断提升…): the preamble's prose, even cut before its full stop
_PREAMBLE_COMMA = re.compile(r"[,，;；][^,，;；]{4,}[,，;；、]")


def _is_title_like(line: str, quote_open: bool = False) -> bool:
    # (a title holds Chinese words: a markup character left on a line of its own, <, is none, nor a site's junk
    # letters, pbY -- probe batches 99 and 105)
    # ``quote_open``: the title below closes a quote this line opens (深化“整治…问题,巩固提升 / 农村供水保障水平”工作方案:
    # the comma inside the quote is the quoted name's -- both annotators of a 2022 provincial bureau's plan, probe
    # batch 174)
    unquoted = _QUOTED_SPAN.sub("", line)
    if quote_open:
        unquoted = _OPEN_QUOTE_TAIL.sub("", unquoted)
    return (len(line) <= 70 and line[-1] not in "。,;:!?." and not _DATE_LINE.match(line.replace(" ", ""))
            and _CJK_CHAR.search(line) is not None
            and not _SIGNED_LINE.match(line.replace(" ", ""))
            and not re.search(r"[,，]", unquoted)
            and not _PAGE_LINE.match(line)
            and not _NOT_TITLE.search(line) and not _ATTACHMENT_LABEL.match(line) and not PORTAL_ROW.match(line)
            and not PORTAL_LINE.match(line) and not SITE_CHROME.search(line))


def build(doc: Document) -> None:
    """Fill doc.lines, body_start/end, title_lines, attachments and sections
    (the pipeline calls ``read``; this is for callers holding a Document)."""
    doc.set_layout(read(doc.norm))


def read(norm: str, emphasis=()) -> Layout:
    """The layout of a normalised text: lines, body, title lines, attachments,
    heading tree (``emphasis``: the reader's spans of text set apart by its
    typeface, see the module docstring)."""
    lines = _lines(norm)
    draft = False
    attachments: list = []
    texts = [norm[s:e] for s, e in lines]
    cls = [classify(t) for t in texts]
    _, chrome, _ = _heading_rules()

    tables = _table_lines(texts)
    for i in tables:
        cls[i] = None      # a group row of a flattened table is not a heading of the plan
    toc = _toc_lines(texts)
    for i in toc:
        cls[i] = None      # a table of contents lists the headings; it holds none
    _confirm_decimal(cls)
    _confirm_bare(cls)
    _confirm_fused(cls)
    _confirm_shi(cls)
    listed = _attachment_list_lines(texts, cls)
    for i in listed:
        cls[i] = None      # 附件: / 1.…方案 / 2.…方案: the notice's list of what it attaches, no headings
    # a notice that issues several documents is the document: its own headings, if any, are the
    # chain, not the first attached plan's (the page is the package; its title is the notice's)
    chain = _main_chain(cls[:listed[0]]) if listed else _main_chain(cls, texts)
    chain = _plan_after_signature(chain, cls, texts)
    if chain:
        first = chain[0]
    elif tables and not (listed and tables[0] > listed[-1]
                         and any(_NOTICE_TITLE.match(texts[k].replace(" ", "")) for k in range(listed[0]))):
        first = tables[0]                  # a plan that is a division-of-labour table
    elif listed:
        # (its tables after the list are what it issues: 附件:1.…指标分解汇总表 2.…任务分解表 under a
        # 2018 city's notice, its title the notice's -- both annotators of probe batch 31; a copy cut
        # above the notice's salutation has no title of its own, and the first table's name is its title)
        first = 0                          # a notice issuing several documents, no headings of its own
    else:
        first = _after_quoted_title(texts)  # a plan without headings, under its notice

    # preamble and title above the first heading
    j = first - 1
    # a report's salutation (各位代表:) stands under its title and speaker: what is between it and
    # the first heading is the report's text, its unnumbered part headings included (2019年国民经济和
    # 社会发展计划执行情况 under a district plan report's 各位代表:, both probe annotators of batch 22)
    salute = next((k for k in range(first - 1, max(-1, first - 8), -1) if SALUTATION.match(texts[k])), None)
    if salute is not None:
        j = salute - 1
    while j >= 0 and j in toc:
        j -= 1
    pre = 0
    while j >= 0 and pre < 3 and not ANNOT.match(texts[j]) and (
            texts[j][-1] in _SENT_END or len(texts[j]) > 70 or texts[j].startswith(("为", "根据", "按照", "依据"))
            # (a paragraph the copy cut before its full stop: 通过开展…,确保…达到300天以上、…,不断提升…空气质量 -- a 2017
            # city's campaign, both annotators of probe batch 143)
            or (len(texts[j]) > 24 and not texts[j].lstrip().startswith("各")
                and _PREAMBLE_COMMA.search(_QUOTED_SPAN.sub("", texts[j])) is not None)):
        j -= 1
        pre += 1
    tabled = set(tables)
    if 0 < first and chain and all(k in tabled for k in range(first)):
        # a page that opens on a task table (序号 | 名称 | 2025年目标 | 责任单位 / 1 | … / 二、… / 序号 | …): the
        # table is the body, as the lower items of a list are (both annotators of a 2025 city's target list,
        # probe batch 104)
        j = -1
    elif first > 3 and chain and all(cls[k] for k in range(first) if texts[k].strip()):
        # a page saved from the middle of a list opens on its lower items (1组织好… 9加快… / (五)… /
        # 三、…): every line above the run's first heading is a heading, so all of them are the body
        # (both annotators of a 2010 city's near-term work, probe batch 53)
        j = -1
    preamble_first = j + 1
    # bare part headings above the first numbered one (总体要求 / … / 发展预期目标 / … / 重点工作 / (一)…: a 2025
    # province's report excerpt, both annotators of probe batch 136): the body starts at the first of them, and
    # none is the title
    k, top = preamble_first - 1, None
    while k >= 0 and (not texts[k].strip() or _PART_WORD.match(texts[k].strip()) or texts[k].rstrip()[-1:] in _SENT_END
                      or len(texts[k]) > 70):
        if _PART_WORD.match(texts[k].strip()):
            top = k
        k -= 1
    if top is not None:
        preamble_first, j = top, top - 1
    title = []
    # up to three lines of title words; the date a central document carries in brackets under
    # its title ((2019年1月29日)) is not one of them (issuer / 关于… / …的通知 / (date): four lines)
    while j >= 0 and sum(1 for a, b in title if not _BRACKET_DATE_LINE.match(norm[a:b].strip())) < 3:
        t = texts[j]
        if j in toc:
            j -= 1
            continue
        if ANNOT.match(t):
            if "征求意见" in t or "草案" in t or "送审" in t:
                draft = True
            if title:
                break
            j -= 1
            continue
        if not title and _BRACKET_DATE_GLUED.match(t):
            j -= 1                       # (2015年5月19日) 工业是…: the date under the title, the preamble run on
            continue                     # (a 2015 city's opinion whose copy lost the break, probe batch 139)
        if not title and _ISSUERS_RUN.fullmatch(t.replace(" ", "").replace("\u3000", "")):
            j -= 1                       # the joint issuers under the title
            continue
        if not title and (BYLINE.match(t) or BYLINE_PART.match(t)):
            j -= 1                       # 发布时间:2022-09-01 15:34 来源:… under a page's title
            continue                     # (or over two lines: 2019-12-25 16:39 / 来源: …, probe batch 23)
        if not title and _header_cells(t):
            # a task table copied one cell a line, or its header on one line: its header (序号 / 主责部门 /
            # 第一季度 …) under the plan's name (and the page's byline between them)
            k = j - 1
            while k >= 0 and (_header_cells(texts[k]) or not texts[k].strip() or BYLINE.match(texts[k])
                              or BYLINE_PART.match(texts[k])):
                k -= 1
            if k >= 0 and _TABLE_NAME.match(texts[k].replace(" ", "")):
                title.insert(0, lines[k])   # the name over the header is the title (both annotators of a 2017 and a
                j = k - 1                   # 2019 city's tables, probe batches 110 and 114)
                break
        if DELIVERED.match(t.replace(" ", "")):
            # a report's subtitle (——2023年1月1日在…会议上, wrapped) and the speaker under it
            # (…发展和改革委员会主任 白长海, or the body alone: 县发展和改革委员会): the title
            # stands above them
            if title and not all(_ORG_LINE.match(norm[a:b].replace(" ", "")) for a, b in title):
                break
            title = []
            j -= 1
            continue
        # (in brackets too, (漳政办〔2010〕41号) under a 2010 city notice's title: both annotators of
        # probe batch 49)
        bare_number = t.replace(" ", "").strip("()（）").lstrip("?？")    # (?: a character the copy lost)
        if DOC_NUMBER.fullmatch(bare_number) or NUMBER_DATE.fullmatch(bare_number) or DATE_NUMBER.fullmatch(bare_number) \
                or DAMAGED_NUMBER.fullmatch(bare_number):
            if title:                    # a number above the title: the letterhead's, the title is whole
                break
            j -= 1                       # 国办发〔2024〕12号 under the title
            continue
        if not title and SITE_CHROME.search(t):
            j -= 1                       # a site's widget under the title (图解 | …)
            continue
        if title and SITE_SECTION.fullmatch(t.strip()):
            break                        # a site's section over the title (导航菜单 / gongkai / 政府信息公开)
        if title and _DATE_LINE.match(ANNOT_TAIL.sub("", t.replace(" ", ""))):
            break                        # the covering notice's date over the plan's title, a note after it
            #                              (2025年7月13日(此件主动公开): a 2025 city's measures, probe batch 123)
        quote_open = bool(title) and t.count("“") > t.count("”") \
            and norm[title[0][0]:title[0][1]].count("”") > norm[title[0][0]:title[0][1]].count("“")
        if not _is_title_like(t, quote_open) or classify(t) or _CLOSING_FORMULA.match(t.strip()):
            break                        # (特此通知 closes the notice above the plan's title: probe batch 20)
        if title and _NOTICE_TITLE.match(t.replace(" ", "")):
            break                        # the covering notice's own title above the plan's
        if title and _about_top(norm, title) and not _issuer_line(t) and t.count("《") <= t.count("》"):
            break                        # (贯彻落实《…人民政府 / 关于…的意见》…方案: a title wrapped inside its 《》 goes on)
        bullet = _LIST_BULLET.match(t)       # a page's list mark before the line (• 青岛市人民政府)
        if bullet:
            raw = norm[lines[j][0]:lines[j][1]]
            title.insert(0, (lines[j][0] + len(raw) - len(raw.lstrip()) + bullet.end(), lines[j][1]))
        else:
            title.insert(0, lines[j])
        j -= 1
    if title and all(_ORG_LINE.match(norm[a:b].replace(" ", "")) or _MASTHEAD_LINE.match(norm[a:b].replace(" ", ""))
                     for a, b in title):
        title = []          # 市政府文件 / 许昌市人民政府 over a page's number: a masthead and a body, no title
        #                     (both annotators of a 2023 city's division of its report, probe batch 67)
    if not chain and not title:
        preamble_first = _after_portal_fields(texts)
    body_start = title[0][0] if title else (lines[preamble_first][0] if lines and preamble_first < len(lines) else 0)

    # end of body: first chrome/attachment line after the chain starts
    last = len(lines)
    attach_at = None
    attached_plans: list = []          # (first line, end line) of attachments that are the plan itself
    for i in range(first, len(lines)):
        t = texts[i]
        r = next((r for r in chrome if r.regex.match(t)), None)
        if r is None:
            continue
        if i > first and _FIELD_LINE.match(t) and _FIELD_LINE.match(texts[i - 1]):
            continue                     # 牵头单位:区委组织部 / 协办单位:…: an item's fields, no site footer's 协办
        if i > first and _numbering_goes_on(cls, texts, i):
            continue                     # (1)… / 主办单位:县城投公司,协办单位:… / (2)…: an item's line
        last = i
        if r.get("role") == "attachment":
            attach_at = i
        break
    if attach_at is not None:
        a_end = len(lines)
        for i in range(attach_at + 1, len(lines)):
            if any(r.regex.match(texts[i]) for r in chrome if r.get("role") == "chrome"):
                a_end = i
                break
        # one span per attachment: each 附件N line after the first opens the next
        # (a 项目清单 in 附件1 is not part of the 任务分解表 in 附件2)
        starts = [attach_at] + [i for i in range(attach_at + 1, a_end)
                                if any(r.regex.match(texts[i]) for r in chrome if r.get("role") == "attachment")]
        attachments = [(lines[a][0], lines[b - 1][1]) for a, b in zip(starts, starts[1:] + [a_end])]
        attached_plans = [(a, b) for a, b in zip(starts, starts[1:] + [a_end])
                          if _names_attached_plan(texts, a, first)]
    # a signature block (two or more issuing bodies, each on its line, then the date) closes
    # the body even where a printed web page's footer follows it (省科技厅 / … / 省能源局 /
    # 2025年7月7日 / 省人大省政协… / 联系我们)
    signer = _ORG_LINE
    for i in range(first + 2, last):
        if _DATE_LINE.match(texts[i].replace(" ", "")) and all(
                _SIGNER_LINE.match(texts[k].strip()) and not cls[k] for k in (i - 1, i - 2)):
            last, signer = i + 1, _SIGNER_LINE
            break
    # trailing signature block (落款 and date) of a plan without a notice
    while last - 1 > first and (_DATE_LINE.match(texts[last - 1].replace(" ", "")) or _PAGE_LINE.match(texts[last - 1]) or ANNOT.match(texts[last - 1]) or
                                (signer.match(texts[last - 1].strip()) and not cls[last - 1])):
        last -= 1
    body_end = lines[last - 1][1] if last > 0 and lines else len(norm)

    styled = _styled(texts, lines, emphasis) if chain else ()
    if styled:
        body = range(first + 1, last)
        whole = [i for i in body if styled[i][0] and i not in tables]
        if len(whole) * 3 > max(len(body), 1):
            styled = ()                         # most lines set apart: no evidence of headings
    sections = _tree(lines, texts, cls, preamble_first, last, chain, styled, first)
    for a, b in attached_plans:
        sections.extend(_attached_tree(lines, texts, cls, a, b, len(sections)))
    contents = [(lines[a][0], lines[b][1]) for a, b in _runs(sorted(toc))]
    return Layout(lines, body_start, body_end, title, attachments, sections, draft, contents)


# a title's quoting marks and blanks, left out when two titles are compared
_TITLE_MARKS = re.compile(r"[《》〈〉“”\"'‘’ \u3000]")


def _names_attached_plan(texts: list, at: int, first: int) -> bool:
    """Whether the attachment opened at line ``at`` (附件 / 附件1, its title on the
    same line or the next) is the plan the covering notice's title names: a
    notice that has numbered points of its own (一、加强组织领导) and attaches
    the plan (关于《政府工作报告》确定的2021年重点工作责任分解的通知 / … / 附件 /
    《政府工作报告》确定的2021年重点工作责任分解 / 一、… (一)…).  Its headings
    are the plan's, read as the body's are; an attachment the notice's title
    does not name (a 号牌式样 under a notice on 号牌有关事项) is not."""
    head = _ATTACHMENT_HEAD.match(texts[at])
    if head is None:
        return False
    name = texts[at][head.end():].strip()
    if not name and at + 1 < len(texts):
        name = texts[at + 1].strip()
    name = _TITLE_MARKS.sub("", name)
    if len(name) < 6 or name[-1] in "。;;,,":
        return False
    if any(_NOTICE_TITLE.match(t.replace(" ", "")) and name in _TITLE_MARKS.sub("", t) for t in texts[:first]):
        return True
    joined = _TITLE_MARKS.sub("", "".join(texts[:first]))
    if name + "的通知" in joined:                                         # a title broken over lines
        return True
    # a public notice that asks for views on the plan it attaches, its title over two lines (关于征集对2023年
    # 连云港市民生实事项目 / 实施情况专题询问意见建议的通告 / … / 附件: / 2023年连云港市民生实事项目: both annotators
    # of a 2023 city congress committee's notice, probe batch 86)
    m = _PUBLIC_NOTICE.search(joined)
    return bool(m and name in m.group())


def _attached_tree(lines, texts, cls, a: int, b: int, offset: int) -> list:
    """The heading tree of an attached plan (lines ``a``..``b``, its 附件 line and
    title first), numbered on from ``offset``; empty when it has no numbered
    headings (a table or a list the table readers take)."""
    sub = _main_chain(cls[a:b])
    if not sub:
        return []
    chain = [a + i for i in sub]
    secs = _tree(lines, texts, cls, chain[0], b, chain)
    for sec in secs:
        sec.idx += offset
        sec.parent = sec.parent + offset if sec.parent is not None else None
        sec.children = [c + offset for c in sec.children]
    return secs


def _runs(idx: list) -> list:
    """[(first, last)] of the runs of consecutive indices."""
    out: list = []
    for i in idx:
        if out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _tree(lines, texts, cls, lo, hi, chain, styled=(), first=0) -> list:
    sections: list = []
    stack: list = []
    para_count: dict = {}
    chain_kind = cls[chain[0]][0] if chain else None
    top_rank = cls[chain[0]][1] if chain else 0
    taken = -1                              # a line a heading's number alone above it has taken
    for i in range(lo, hi):
        if i == taken:
            continue
        s, e = lines[i]
        t = texts[i]
        c = cls[i]
        if c and chain_kind and c[1] < top_rank:
            c = None                       # a heading above the main chain's rank inside the body
        if c and c[0] == "paren_cn" and not c[2].startswith("("):
            # a lost opening bracket is only a heading where the numbering expects it
            prev = next((sections[k] for k in reversed(stack) if sections[k].kind == "paren_cn"), None)
            if not (prev and prev.ordinal == c[3] - 1):
                c = None
        if c is None and styled and i > first and styled[i][0] and stack and _styled_heading(t):
            # a heading set apart by its typeface: under the numbered heading it
            # follows, or the sibling of the one before it (closing what that opened)
            if any(sections[k].kind == "styled" for k in stack):
                while sections[stack.pop()].kind != "styled":
                    pass
            parent = stack[-1] if stack else None
            n = para_count.get(parent, 0) + 1
            para_count[parent] = n
            m = _styled_rules()[0].match(t)
            label = t[:t.index(":")].strip() if m else f"¶{n}"
            ppath = sections[parent].path if parent is not None else ()
            sec = Section(len(sections), "styled", len(stack) + 1, "", label, n,
                          _heading(t[m.end():] if m else t, 0), s, e, e, parent, ppath + (label,))
            sec.rank = sections[parent].rank if parent is not None else 0
            sections.append(sec)
            if parent is not None:
                sections[parent].children.append(sec.idx)
            stack.append(sec.idx)
            continue
        if c is None and sections and (_CLAUSE_LINE.match(t) or _FIELD_LINE.match(t)
                                       or _open_clause(texts[i - 1], t)
                                       or (sections[-1].kind != "para" and unit_line(t))
                                       or (sections[-1].kind == "para" and role_line(t))):
            # a clause on its own line closes the item above it; a clause broken over two
            # lines (…责任单位:市教体局、 / 市工信局) is one; so are the labelled lines a
            # division of work sets under each item (牵头单位:区发改局 / 责任单位:… / 完成时限:…)
            sections[-1].end = e
            if sections[-1].kind == "para":
                sections[-1].line_end = e
            continue
        if c is None:
            parent = stack[-1] if stack else None
            n = para_count.get(parent, 0) + 1
            para_count[parent] = n
            ppath = sections[parent].path if parent is not None else ()
            sec = Section(len(sections), "para", (sections[parent].level + 1) if parent is not None else 1,
                          "", f"¶{n}", n, _heading(t, 0), s, e, e, parent, ppath + (f"¶{n}",))
            if styled and i > first and styled[i][1]:
                sec.lead = t[:styled[i][1]].rstrip(":。 ")
            sections.append(sec)
            if parent is not None:
                sections[parent].children.append(sec.idx)
            continue
        kind, rank, num, ordinal, nend = c
        while stack and sections[stack[-1]].rank >= rank:     # (a styled heading has its parent's rank)
            stack.pop()
        parent = stack[-1] if stack else None
        label = fold_label(kind, num, ordinal)
        ppath = sections[parent].path if parent is not None else ()
        heading = _heading(t, nend)
        if not heading and i + 1 < hi and cls[i + 1] is None and texts[i + 1].strip():
            # the number alone on its line, its words on the next (a PDF or a page that sets
            # them apart: 一、 / 总体要求): one heading
            heading, e, taken = _heading(texts[i + 1], 0), lines[i + 1][1], i + 1
        sec = Section(len(sections), kind, len(stack) + 1, num.strip(), label, ordinal,
                      heading, s, e, e, parent, ppath + (label,))
        sec.rank = rank
        sections.append(sec)
        if parent is not None:
            sections[parent].children.append(sec.idx)
        stack.append(sec.idx)
    # node ends cover their descendants
    for sec in reversed(sections):
        if sec.parent is not None:
            p = sections[sec.parent]
            if sec.end > p.end:
                p.end = sec.end
    return sections


# a line that is only a bracketed responsibility clause ((牵头单位:…;责任单位:…))
_CLAUSE_LINE = re.compile(r"^\s*[(（【〔\[]\s*(?:牵头|责任|配合|参与|协办)(?:单位|部门)\s*[:：][^\n]*[)）】〕\]]\s*[。.]?\s*$")


def _numbering_goes_on(cls: list, texts: list, i: int) -> bool:
    """Whether the numbered items go on after line ``i``: the next numbered line (within three
    lines with text) continues the last one of its kind above it (the next number). A site's footer
    ends the page; a line of an item's fields (主办单位:…,协办单位:… under each 为民办实事 item,
    both annotators of a 2021 county's plan, probe batch 41) sits between its items."""
    seen = 0
    for k in range(i + 1, len(texts)):
        if not texts[k].strip():
            continue
        if cls[k]:
            # (the item after the last of its kind above: (2) after (1), or 二、 after 一、)
            prev = next((cls[j] for j in range(i - 1, -1, -1) if cls[j] and cls[j][0] == cls[k][0]), None)
            return prev is not None and cls[k][3] == prev[3] + 1
        seen += 1
        if seen >= 3:
            return False
    return False


# a line that is only a labelled field of the item above: its units or its time limit
# (牵头单位:区发改局; 主要责任单位:区发展改革委; 完成时限:2023年12月底)
# (牵头责任单位 / 协同责任单位 / 牵头负责领导 too: a 2019 city division of work, both probe annotators)
# (完成期限 and the persons in charge, 项目负责人:市市政管委阜柏楠, are fields of the item above as well: a 2002 city's list
# of practical projects, both annotators of probe batch 96)
# the label of an item's time-limit line (完成时限:…, 完成期限:…): find/tasks.py and find/targets.py read it too
TIME_LIMIT_LABEL = r"(?:完成时限|完成期限|完成时间|时间节点|时限要求)"
# ... opening a line of its own, with its colon (find/tasks.py and find/targets.py read what follows)
TIME_LIMIT_LINE = r"^[ \t\u3000]*" + TIME_LIMIT_LABEL + r"[ \t]*[:：]"
_FIELD_LINE = re.compile(r"^\s*(?:主要|具体)?(?:(?:牵头|责任|配合|参与|协办|协同|协作)(?:责任|负责)?(?:单位|部门|领导)"
                         r"|" + TIME_LIMIT_LABEL + r"|(?:项目)?负责人|责任人)\s*[:：][^\n]{1,200}$")


_CLAUSE_OPEN = re.compile(r"[(（【〔\[]\s*(?:牵头|责任|配合|参与|协办)(?:单位|部门)\s*[:：][^)）】〕\]]*$")


_UNIT_LINE_SHAPE = re.compile(r"^[^。;；:：!?()（）]{4,150}$")


def unit_line(t: str) -> bool:
    """A line that only names units, two or more, as a flattened table's unit cell prints them
    under its row's task (2.纳入…补贴。 / 市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会: a city
    gazette's division of work, both probe annotators of batch 21)."""
    t = t.strip()
    if not _UNIT_LINE_SHAPE.match(t) or not _UNIT_SEP.search(t):
        return False
    return _names_units(t, 2, len(t) - t.count("★") - t.count("☆"))      # (★: a lead mark)


def _names_units(t: str, least: int, length: int) -> bool:
    """``t`` names ``least`` units or more, each read as a unit by a strong suffix, and their names cover
    four fifths of ``length``."""
    from .lexicon import looks_like_unit
    from .unit_lists import split_units
    units = split_units(t)
    return len(units) >= least and all(looks_like_unit(u.name, strict=True) for u in units) \
        and sum(u.end - u.start for u in units) >= 0.8 * length


_UNIT_SEP = re.compile(r"[、,，]")
# a line that only names units and their role (市发改委牵头落实 / 市金融办、人民银行潍坊市中心支行分别牵头落实), as a
# task table copied one cell a line prints its unit cell under the row's task (both annotators of a 2017 city's
# work points, probe batch 110)
_ROLE_LINE_TAIL = re.compile(r"(?:分别|共同|具体)?(?:牵头(?:落实|负责|实施)?|负责(?:落实|实施)?|配合)[。.]?$")


def role_line(t: str) -> bool:
    """A line of one or more units followed only by their role words (in brackets too: (市国土房管局牵头) under
    the sentence it closes, a 2006 municipality's division, probe batch 113)."""
    t = t.strip()
    if t[:1] in "(（" and t[-1:] in ")）":
        t = t[1:-1]
    m = _ROLE_LINE_TAIL.search(t)
    if not m or m.start() < 2 or not _UNIT_LINE_SHAPE.match(t[:m.start()] + "xx"):
        return False
    head = t[:m.start()]
    return _names_units(head, 1, len(head))


def _open_clause(prev: str, t: str) -> bool:
    """The line before ends inside a bracketed responsibility clause, which this line closes."""
    return bool(_CLAUSE_OPEN.search(prev)) and bool(re.search(r"[)）】〕\]]", t)) and len(t) <= 120


# a heading letter-spaced as a PDF justifies a short one (总 体 要 求): single characters
# with spaces between them, read as the word
_LETTER_SPACED = re.compile(r"^(?:[\u4e00-\u9fff][ \u3000]{1,3})+[\u4e00-\u9fff][。]?$")


def _heading(line: str, start: int) -> str:
    rest = line[start:].lstrip(" ")
    if _LETTER_SPACED.match(rest.rstrip()):
        rest = re.sub(r"[ \u3000]+", "", rest)
    cut = rest.find("。")
    if cut >= 0:
        return rest[:cut]
    return rest.rstrip("。,;: ")


# a line of words alone: no number, no punctuation (a page mark blanked to spaces by the reader is no heading)
BARE_HEADING = re.compile(r"^[ \t\u3000]*([^\s。，,;；:：!！?？][^。，,;；:：!！?？\n]{3,29}?)[ \t\u3000]*$", re.M)
# what a plan report's part for the year ahead is headed by: its goals, its draft, its arrangements
AHEAD_PART = re.compile(r"目标|草案|安排|建议|重点|任务|总体要求|主要工作|下半年|明年")
HEAD_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s?年")


_ITEM_LIKE = re.compile(r"^\s*[0-9]{1,2}[.、．]")
# a paragraph of a progress report that speaks of the work ahead (下一步,新建督查平台2个)
_AHEAD = re.compile(r"^\s*(?:下一步|下步|下一阶段|下阶段|今后|接下来)")


def progress_results(norm: str, layout: Layout) -> list | None:
    """A report on how assigned work went (rules/headings.yaml section.progress_report, said
    before its first numbered item): [(start, end)] of the lines that report each item's
    results (the paragraphs under a numbered item; not one that opens like an item, 5.10月底
    之前完成…, whose number the reader took for a decimal, nor one on the work ahead, 下一步,…);
    None for any other text."""
    first = next((x.start for x in layout.sections if x.kind != "para"), layout.body_end)
    rx = rules.load("headings")["section.progress_report"].regex
    if not rx.search(norm, layout.body_start, max(layout.body_start, first)):
        return None
    secs = layout.sections
    return [(x.start, x.end) for x in secs if x.kind == "para" and x.parent is not None
            and secs[x.parent].kind != "para" and not _ITEM_LIKE.match(norm[x.start:x.start + 8])
            and not _AHEAD.match(norm[x.start:x.start + 8])]


def result_paragraphs(norm: str, layout: Layout) -> list:
    """[(start, end)] of the lines opened by the statement that the work is done (此项工作已完成。
    截至2019年12月底,…: rules/targets.yaml target.result_paragraph): results, no targets and no
    deadlines."""
    done = rules.load("targets")["target.result_paragraph"].regex
    return [(a, b) for a, b in layout.lines if done.match(norm[a:a + 24])]


def report_review(norm: str, layout: Layout, year: int | None) -> list:
    """The review part of a plan report (关于2019年…计划执行情况与2020年…计划草案的报告,
    rules/genres.yaml genre.plan_report): [(start, end)] from the body's start (after its
    title lines and a salutation, 各位代表:) to the first
    top-level part -- a numbered section or a line of words alone -- that is no review
    (rules/targets.yaml target.skip_section) and names the plan's ``year`` or later, or the
    work ahead (二、2020年…的主要目标, 2020年国民经济和社会发展计划草案, 二、下半年工作安排).
    Without such a part (a copy cut inside the review) the review runs to the body's end;
    [] without a year."""
    if year is None or layout.body_end <= layout.body_start:
        return []
    review = rules.load("targets")["target.skip_section"].regex
    lo, hi = layout.body_start, layout.body_end
    lo = max([lo] + [b for a, b in layout.title_lines if b <= hi])   # (its title names both years)
    salute = SALUTATION.search(norm, lo, hi)                          # 各位代表: (the speech opens)
    if salute:
        lo = salute.end()
    heads = [(s.start, s.heading) for s in layout.sections if s.parent is None and s.kind != "para"]
    inside = [(s.start, s.line_end) for s in layout.sections if s.kind != "para"]
    heads += [(m.start(), m.group(1)) for m in BARE_HEADING.finditer(norm, lo, hi)
              if classify(m.group(1)) is None and not any(a <= m.start() < b for a, b in inside)]
    for start, heading in sorted(heads):
        if start <= lo or review.search(heading):
            continue
        years = [int(y) for y in HEAD_YEAR.findall(heading)]
        if (years and max(years) >= year) or (not years and AHEAD_PART.search(heading)):
            return [(lo, start)]
    return [(lo, hi)]


def is_non_work(sec: Section) -> bool:
    return is_non_work_heading(sec.heading)


def is_non_work_heading(heading: str) -> bool:
    _, _, non_work = _heading_rules()
    return bool(non_work.match(heading))


def strip_lead_prefix(lead: str) -> str:
    """A run-in heading without the enumerator before it (一是, 首先, …) or
    marks not part of it (* 标志性成果)."""
    lead = lead.lstrip("*#•·- ")
    m = _styled_rules()[1].match(lead)
    return lead[m.end():] if m else lead
