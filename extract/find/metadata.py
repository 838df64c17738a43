"""Document metadata: title, 发文字号, issuer, region, level, dates, period.

Everything is read from the part of the file above the plan body (portal
header fields, the covering notice and its 落款) and from the plan's own title
lines; a plan without a notice is read from its title and a signature block
after the body.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re

import regex

from .. import rules
from . import regions
from ..models import Document, Layout, Metadata
from ..read.normalize import fold_cn_zeros
from .structure import (ANNOT, ANNOT_TAIL, SITE_SECTION, BYLINE, BYLINE_PART, BYLINE_SOURCE_TIME, DAMAGED_MD, DAMAGED_NUMBER, DATE_NUMBER, DOC_NUMBER, FILE_EXT, LINK_LINE, NUMBER_DATE,
                        PORTAL_FIELD, PORTAL_LINE, SITE_CHROME, classify)
from .numerals import cn_int

_Y = r"(?:19|20)[0-9]{2}"

# (labels letter-spaced as a portal sets them: 文    号; 发文序号, 文件编号 on some sites)
_FILE_EXT = re.compile(FILE_EXT + "$")
# (文号 only as a field's label: …印发(文号为襄发[2011]23号) names another document's number in running
# text -- both annotators of a 2011 city's division, probe batch 53)
# (a portal row may run its label into the number, 索 引 号 SM03905… 文号永曹政〔2023〕24号: a township's page,
# probe batch 83; not 文号为襄发[2011]23号 inside a sentence)
# (文件字号: a 2021 county-level city's field list, both annotators of probe batch 292)
_LABELLED_NO = re.compile(r"(?:发文字号|发文序号|文件编号|文件字号|文\s*号(?=\s*[\]|:：\s])|(?<![^\s|])文号(?=[\u4e00-\u9fff]{1,10}[〔\[【]))\s*[\]|]?\s*[::]?\s*\|?\s*(" + DOC_NUMBER.pattern + ")")
# (a damaged date may lose its 日 too: 2020928 under a notice, read where one split is valid; or only its 月 and
# 日, 2021年1026 under a township's notice, probe batch 224)
_DATE_ONLY = re.compile(r"^(?:(" + _Y + r")年([0-9]{1,2})月([0-9]{1,2})日|(" + _Y + r")年?([0-9]{1,4}(?=日)|[0-9]{3,4}|(?<=年)" + DAMAGED_MD + r")日?|"
                        r"([二〇○零一三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日)$")
# a portal field: "[ 发布日期 ] 2024-03-12", "发布日期:2024-03-12", "发布日期： | 2024-04-02" (table cells)
_FIELD_DATE = r"\s*[\]|]?\s*[::]?\s*\|?\s*(" + _Y + r")\s?[-年/.]\s?([0-9]{1,2})\s?[-月/.]\s?([0-9]{1,2})"
# an article's byline under its title: the account that posted it, then the date (浙江经信2026-07-30)
_BYLINE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fffA-Za-z]{2,16}\s?(" + _Y + r")-([0-9]{1,2})-([0-9]{1,2})(?:\s+[0-9]{1,2}:[0-9]{2})?\s*$",
                     re.M)
# a page's time stamp "2024-06-18 09:32 来源：…" (a reposted plan's publication date)
# (its time in words and the source's label longer, 来源日期: 2017年04月06日16时21分 信息来源: 合肥市人民政府: both
# annotators of a 2017 city's opinion, probe batch 275)
_STAMP = re.compile(r"(?<![0-9])(" + _Y + r")\s?[-年]\s?([0-9]{1,2})\s?[-月]\s?([0-9]{1,2})\s?日?\s*"
                    r"[0-9]{1,2}(?::[0-9]{2}(?::[0-9]{2})?|时[0-9]{1,2}分(?:[0-9]{1,2}秒)?)"
                    r"(?=\s*(?:(?:信息|文章)?来源|作者|浏览|发布者|发布人|$))", re.M)      # 2023-07-13 15:00 来源, 2023年07月13日15:00来源
# (what a body's name line never holds: 国务院办公厅转发国家教委 / 关于…的通知 is the title's first line)
_NOT_ORG_LINE = re.compile(r"转发|印发|批转|关于")
_SIGNED_FIELD = re.compile(r"成文日期" + _FIELD_DATE)
# (a byline's bare 日期 before the source, 日期:2025-04-11 来源:…发展和改革委员会: a 2025 district
# notice's page, both annotators of probe batch 47)
_PUBLISHED_FIELD = re.compile(r"(?:发布日期|发布时间|公开日期|发布于|(?<![\u4e00-\u9fff])日期(?=\s*[:：]\s*[0-9-]{8,10}\s+来源\s*[:：]))"
                              + _FIELD_DATE)
# 发文日期 is the date a document went out: the published date when no
# 发布日期 field is given, else a hint for the signed date
# a page's byline of its time, then its source (时间:2020年01月10日来源:市委办公室: a 2020 city plan's page, both
# annotators of probe batch 84; not 时间:2018-12-27 over a mirror's 来源: 未知 on the next line, batch 57)
_TIME_SOURCE = re.compile(r"^\s*时间\s*[:：]\s*((?:19|20)[0-9]{2})\s?[-年/.]\s?([0-9]{1,2})\s?[-月/.]\s?([0-9]{1,2})日?[ \t]*"
                          r"(?=来源|作者|浏览|点击|字体)", re.M)
_ISSUED_FIELD = re.compile(r"发文日期" + _FIELD_DATE)
_ORG_SUFFIX = r"(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|小组|中心|政府|委|局|厅|署|院|部|会|办|处|行|社)"
_ORG = re.compile(r"^[\u4e00-\u9fff()]{2,40}" + _ORG_SUFFIX + "$")
# (never inside 委员会: 浙江省发展和改革委|员会浙江省数据局 is no split)
_ORG_SPLIT = regex.compile(r"(?<=" + _ORG_SUFFIX + r")(?!员会)(?=[\u4e00-\u9fff]{2,4}(?:省|自治区|市|县|区|州|盟)[\u4e00-\u9fff]{2,})")
# a seal's note after a signature (…协调小组(代章), …办公室(印章))
_SEAL_TAIL = re.compile(r"[(（][^()（）]{0,12}(?:代章|印章|盖章)[)）]$")
# the first part of a signature's name broken over two lines: a place, then words, no punctuation
_NAME_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|县|区|州|盟|旗)[\u4e00-\u9fff()]{2,30}$")
# a line that opens with a place (市财政局, 包头市人民政府): a name whole in itself
_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:省|自治区|市|县|区|州|盟|旗)")
_QUOTED = re.compile(r"《([^《》\n]{4,80})》")
_LIST_MARK = re.compile(r"[•·●◆▪]\s*")
# a portal's title field written without its colon (标  题 河南省人民政府关于印发…的通知: probe batch 102)
_TITLE_LABEL = re.compile(r"^(?:标题|名称|文件名称)[:：]?")
# a body's verb written before 关于 (天津市人民政府印发关于…的通知): after the body's name, never inside it
_BODY_VERB = r"(?<=[府厅室委局])(?:印发|转发)"
_VERB_AFTER_BODY = re.compile(_BODY_VERB)
# a notice's number in brackets after its title on the same line (…的通知(桂政办发〔2014〕15号))
_TAIL_NUMBER = re.compile(r"(?<=的通知)[(（]([^()（）]{4,30}号)[)）]$")
# a plan's number after its title on the same line (湖里区…若干措施 厦湖府办〔2025〕2号: both annotators of a 2025
# district's measures, probe batch 111)
_PLAN_WORD_END = r"(?<=通知|方案|意见|计划|要点|规划|办法|报告|决定|细则|清单|分解|分工|纲要|措施)"
_TITLE_NUMBER = re.compile(_PLAN_WORD_END + r"[ \u3000]*(?!的)(" + DOC_NUMBER.pattern + r")$")
# (or, as newer notices write it, the body before its verb: 天津市人民政府印发关于开展…方案的通知)
_NOTICE = re.compile(r"^(.{2,40}?)\s*(?:" + _BODY_VERB + r"\s*)?关于\s*(?:印发|转发|发布)?\s*(.+?)\s*的通知$")
# what follows a 《name》 in a sentence that issues it: …已经市政府同意,现印发给你们; (征求意见稿)…公开征求意见
_QUOTE_MODIFIES = re.compile(r"(?:所|中)?(?:确定|明确|提出|部署|涉及|安排)的")
_ABOUT_NOTICE = re.compile(r"^()关于\s*(?:印发|转发|发布)?\s*(.+?)\s*的通知$")
# a notice's addressees run onto the line of its number (卫政办发〔2025〕26号各县(区)人民政府,市政府各部门、直属机构:
# both annotators of a 2025 city's plan, probe batch 67)
_ADDRESSEES = re.compile(r"^各[^。;；!?]{1,80}[:：]$")
_ADDRESSEES_OPEN = re.compile(r"^各[^。;；!?:：]{1,80}[:：](?=\S)")     # the same, its text run on after the colon
# a notice's whole title with its issuer (云岩区人民政府办公室关于印发健康云岩行动实施方案的通知): _NOTICE, its
# issuing part written in characters only (no figures or marks before 关于)
_ISSUER_NOTICE = re.compile(r"^[\u4e00-\u9fff()（）]{2,40}?关于\s*(?:印发|转发|发布)?\s*.+?的通知$")
# a notice's subject that opens with what it asks to be done (关于落实…分工的通知, 关于做好…工作的通知)
_ACTION_SUBJECT = re.compile(r"(?:认真|切实|进一步|全力|扎实)?(?:落实|做好|加强|开展|推进|实施|贯彻|加快|下达|组织|建立|完善|深化|推动)")
_PASSED = re.compile(r"通过的\s*$")                 # …人民代表大会…审议通过的《X》
_ISSUE_NOW = re.compile(r"\s*(?:印发|转发)")
_ISSUED_HERE = re.compile(r"^[^。]*?(?:印发|转发|发布|公布|征求|施行|执行)")
# a document a sentence names as its basis (根据《…》, 按照…《…》, 为贯彻落实《…》), never the title
_BASIS = re.compile(r"(?:根据|依据|按照|贯彻|落实|对照)[^。,，;；《》]*$")
_TITLE_ISSUER = re.compile(r"^(.{2,40}?)关于")
# (a standard too, …考核指标评分标准: both annotators of a 2020 county office's notice, probe)
_PLAN_WORD = re.compile(r"(方案|计划|规划|意见|办法|措施|纲要|要点|细则|规定|规则|条例|预案|指南|通知|通报|决定|请示|报告|分解|分工|解读|标准)(\(.*\))?$")
# a list a notice hands down (关于印发2021年区政府重点工作任务的通知, …重点工作任务分解表, 2020年太康县重点民生实事,
# …公众参与事项目录): the plan's own title when the notice issues it, as both annotators of probe batches 60-89
# read six such notices (…民生实事工作目标任务: both annotators of a 2024 district's notice, probe batch 98)
# (or a city's 实事项目: 2020年苏州市实事项目, probe batch 139)
_LIST_WORD = re.compile(r"(?:重点工作(?:任务)?|实事(?:项目)?|分解表|任务清单|责任清单|事项目录|目标任务)$")
_PERIOD = re.compile(r"(" + _Y + r")\s*年?\s*[-~至到]\s*(" + _Y + r")\s*年?")
# a draft marker closing a title: (征求意见稿), (4月13日修改稿), (初稿待完善)
_DRAFT = re.compile(r"\((?:[^()]{0,12}?)(?:征求意见稿|送审稿|草案|讨论稿|代拟稿|修改稿|初稿|审议稿|报审稿|送审)(?:[^()]{0,6})\)$")
# a regulation's promulgation note closing its title: (1991年3月4日…令第76号发布 …修订通过)
_PROMULGATED = re.compile(r"\((?:[^()]*(?:发布|公布|通过|修订|施行)[^()]*)\)$")
_YEAR_ISSUER = re.compile(r"^([\u4e00-\u9fff()]{3,40}?)(?:19|20)[0-9]{2}年")
_REPLY_ISSUER = re.compile(r"^(.{2,40}?)(?:关于|对)")


def _issuing_part(title: str) -> str | None:
    """The body before a title's 关于 / 对 (国务院办公厅关于…的意见: 国务院办公厅), when it is one."""
    t = _REPLY_ISSUER.match(title.replace(" ", ""))
    return t.group(1) if t and _ORG.match(t.group(1)) else None
# a portal's category tag before a notice's title: 【规范性文件】长沙市人民政府办公厅关于印发…的通知
# (or the province in brackets before a city's title, (湖北省)武汉市2023年…方案: a mirror's tag, both annotators
# of probe batch 123)
_PORTAL_TAG = re.compile(r"^(?:【[\u4e00-\u9fff]{2,20}】|[(（][\u4e00-\u9fff]{2,6}(?:省|自治区)[)）](?=[\u4e00-\u9fff]{1,8}[市州盟县区]))")
# a mirror's advert before a title: a brand in lowercase Latin letters, after a few characters at most (伟德体育bevictor
# 2020年工作要点: both annotators of a 2020 city bureau's points, probe batch 106); a title never opens so
_SPAM_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}[a-z]{4,}(?=(?:19|20)[0-9]{2}年)")
# portal fields: 标题 (the page's own title), 发文机关 (the issuing body)
_TITLE_FIELD = re.compile(r"标\s*题\s*[:：]\s*\|?\s*([^|\n]{4,120}?)\s*(?:\||$)", re.M)
_ISSUER_FIELD = re.compile(r"(?:发文机关|发文机构|发布部门)\s*[:：]\s*\|?\s*([^|\n\s]{2,60})")
# (its value ends where the next field of the byline begins: 信息来源: 芜湖市教育局阅读次数:编辑:…, a
# city bureau's page, both probe annotators of batch 22)
_SOURCE_FIELD = re.compile(r"来\s*源\s*[:：]\s*\|?\s*([^|\n\s:：]{2,60}?)(?=[\s|]|\Z|阅读|浏览|编辑|作者|点击|字体|发布|时间)")
# a portal's 发文单位 / 发布机构 field, which may write in full what the notice writes by its level word
# (发文单位: 通山县人民政府 beside 县人民政府关于…的通知)
# (发文部门: 盐城市工业和信息化局 on a policy site's page: both annotators of probe batch 52)
# (发布单位: 武汉市农业委员会 in a city portal's byline: both annotators of a 2016 Wuhan page, probe batch 24)
# (or in brackets, [ 发布机构 ] 大足区规划自然资源局: a 2025 district bureau's page, both annotators of probe batch 83)
_UNIT_FIELD = re.compile(r"(?:发\s*文\s*单\s*位|发\s*布\s*机\s*构|发\s*文\s*部\s*门|发\s*布\s*单\s*位)\s*(?:[:：]|(?<=[\u4e00-\u9fff])\s*\](?=\s*[\u4e00-\u9fff]))\s*\|?\s*([^|\n\s]{2,60})")
# a masthead line, the issuing body and 文件 (常州市武进区人民政府办公室文件 over the number)
_MASTHEAD = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{4,40}?)[ \t\u3000]*文[ \t\u3000]*件[ \t\u3000]*$", re.M)
# an issuer written by its level word only (区人民政府办公室, 县人民政府): the place is the plan's own
_LEVEL_ISSUER = re.compile(r"^([区县市州旗省])(?:人民政府|政府)(?:办公室|办公厅)?$")


def _no_renmin(name: str) -> str:
    """A government's name with 人民 left out (市人民政府办公室 → 市政府办公室), to compare the two forms."""
    return name.replace("人民政府", "政府")


# a department written by its level word only: 市生态环境局, 区发展改革委 (not 市场监管局: 市场 is no level)
_LEVEL_DEPT = re.compile(r"^([市区县州旗省])(?!场)[\u4e00-\u9fff]{2,12}(?:局|委员会|委|办公室|办)$")
_LEVEL_ONLY = re.compile(r"^[区县市州旗](?:人民)?政府")
# a document number in brackets: a line of its own under a title, or closing the title's line
_BRACKETED_NO = re.compile(r"[(（]([^()（）]{4,30})[)）]$")
_ORDER_NO = re.compile(r"第\s?[0-9]{1,4}\s?号")


def _joint_order(norm: str, lines: list) -> tuple | None:
    """(number, issuers) of an order several bodies issue together, printed as their names
    one a line, then 令, then its number (第15号): the number as printed, the issuers
    joined with 、."""
    for k, (s, e) in enumerate(lines):
        if norm[s:e].strip() != "令" or k + 1 >= len(lines):
            continue
        ns, ne = lines[k + 1]
        if not _ORDER_NO.fullmatch(norm[ns:ne].strip()):
            return None
        names = []
        for s2, e2 in reversed(lines[:k]):
            name = norm[s2:e2].strip()
            if not _ORG.match(name):
                break
            names.insert(0, name)
        return (norm[ns:ne].strip().replace(" ", ""), "、".join(names)) if names else None
    return None


def _iso(y, m, d) -> str | None:
    try:
        return _dt.date(int(y), int(m), int(d)).isoformat()
    except (TypeError, ValueError):
        return None


_CN_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")
_CN_YEAR = re.compile(r"[一二]〇[〇零一二三四五六七八九]{2}(?=年)")


def _cn_year_digits(s: str) -> str:
    """二○一九年 -> 2019年 (a year written in Chinese numerals, its zeros folded first)."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGIT), fold_cn_zeros(s))


def parse_date_line(s: str, hint: str | None = None) -> str | None:
    """A date written alone on a line; a damaged one (2024222日) is read where
    only one split into month and day is valid, or where ``hint`` agrees."""
    # (○ typed for 〇: 二○一一年; a note after it on its line: 2025年7月13日(此件主动公开), probe batch 123)
    m = _DATE_ONLY.match(ANNOT_TAIL.sub("", fold_cn_zeros(s.replace(" ", "")).strip()))
    if not m:
        return None
    if m.group(1):
        return _iso(m.group(1), m.group(2), m.group(3))
    if m.group(6):
        return _iso(cn_int(m.group(6)), cn_int(m.group(7)), cn_int(m.group(8)))
    from .deadlines import day_splits
    options = {d.isoformat() for d in day_splits(m.group(4), m.group(5))}
    if len(options) == 1:
        return options.pop()
    if hint in options:
        return hint
    return None


def _lines_between(doc: Document, lo: int, hi: int) -> list:
    return [(s, e) for s, e in doc.lines if s >= lo and e <= hi]


def read(text: str, norm: str, layout: Layout) -> Metadata:
    """The metadata of a text (stored and normalised) from its layout (``structure.read``)."""
    page = Document("", "", "", "", "", None, text, norm)   # the helpers below read a Document's fields
    page.set_layout(layout)
    return _read(page)


def extract(doc: Document) -> Metadata:
    """Set and return doc.meta (the pipeline calls ``read``; this is for callers holding a Document)."""
    doc.meta = read(doc.text, doc.norm, doc.layout)
    return doc.meta


def _read(doc: Document) -> Metadata:
    meta = doc.meta
    text, norm = doc.text, doc.norm
    if work_report(doc, meta):
        return meta
    head = norm[:doc.body_start]
    if doc.title_lines:
        # a page's byline under the title (发布时间:2022-09-01 15:34 来源:…) is the page's, not the body's
        # (also set over two lines: 2019-12-25 16:39 / 来源: …)
        e = doc.title_lines[-1][1]
        for _ in range(3):
            while e < len(norm) and norm[e] == "\n":
                e += 1
            le = norm.find("\n", e)
            le = len(norm) if le < 0 else le
            if _SPEECH_SUB.match(norm[e:le].replace(" ", "")):
                e = le                   # a report's subtitle between its title and the page's byline
                continue                 # (probe batch 26, both annotators: published from the byline)
            if DOC_NUMBER.fullmatch(norm[e:le].replace(" ", "")):
                e = le                   # the notice's number between its title and the page's byline
                continue                 # (鄂州政办发〔2019〕1号 / 信息来源:鄂州政府网 日期:2019-05-14: probe batch 81)
            if SITE_CHROME.search(norm[e:le]):
                e = le                   # a site's widget between the title and its byline (掃碼閱讀手機版)
                continue
            if not (BYLINE.match(norm[e:le]) or BYLINE_PART.match(norm[e:le])):
                break
            head = norm[:le]
            e = le
    if not doc.body_start and not doc.title_lines:
        # no heading and no title line found (a page cut before its first heading): its portal
        # fields (发布部门 / 发布时间) are in the first lines all the same
        head = norm[:min(len(norm), 1500)]
    tail = norm[doc.body_end:(doc.attachments[0][0] if doc.attachments else len(norm))]
    head_lines = _lines_between(doc, 0, doc.body_start)

    # doc number: a labelled portal field, else a line holding only a number
    number_date = None
    m = _LABELLED_NO.search(head)
    first_heading = next((s.start for s in doc.sections if s.kind != "para"), doc.body_end)
    lines = _lines_between(doc, 0, first_heading)
    if m:
        meta.doc_number = text[m.start(1):m.end(1)].replace(" ", "")
    else:
        for k, (s, e) in enumerate(lines):
            # (or an attachment's file name that is the number: 繁政秘〔2021〕19号.doc / .pdf under a district
            # notice's byline, both annotators of probe batch 52)
            # (or a portal's field value set as a list item without its label: • 郑人社办〔2020〕199号 -- both annotators
            # of a 2020 city bureau's notice, probe batch 102)
            listed = _LIST_MARK.match(norm, s)
            mark = listed.end() - s if listed else 0
            line = _FILE_EXT.sub("", norm[s + mark:e].replace(" ", ""))
            if DOC_NUMBER.fullmatch(line):
                meta.doc_number = _FILE_EXT.sub("", text[s + mark:e].replace(" ", ""))
                # the document's date in brackets on the line above or below its number ((二OO八年二月
                # 二十六日) / 宝府办〔2008〕18号: a page cut above its title, probe batch 20)
                for s2, e2 in lines[max(0, k - 1):k] + lines[k + 1:k + 2]:
                    d = _BRACKET_DATE.match(fold_cn_zeros(norm[s2:e2].replace(" ", "")))
                    if d:
                        number_date = parse_date_line(d.group(1), None)
                break
            bracketed = _BRACKETED_NO.fullmatch(norm[s:e].replace(" ", ""))
            if bracketed and DOC_NUMBER.fullmatch(bracketed.group(1)):      # (黑政办发〔2009〕17号) under a title
                meta.doc_number = bracketed.group(1)
                break
            nd = NUMBER_DATE.fullmatch(norm[s:e].replace(" ", ""))
            if nd:                              # 川府发〔2011〕8号 二○一一年三月十七日
                meta.doc_number = nd.group(1)
                meta.signed = meta.signed or parse_date_line(nd.group(2))
                break
            dn = DATE_NUMBER.fullmatch(norm[s:e].replace(" ", "").strip("()（）"))
            if dn:                              # (二00九年八月一日 东政字〔2009〕86号)
                meta.doc_number = dn.group(2)
                meta.signed = meta.signed or parse_date_line(fold_cn_zeros(dn.group(1)))
                break
            # (a character the copy lost before it too, ?竹府办函〔202152: both annotators of a 2021 county's notice, probe
            # batch 272, read 竹府办函〔2021〕52号)
            dm = DAMAGED_NUMBER.fullmatch(norm[s:e].replace(" ", "").lstrip("?？"))
            if dm:                              # 沙政〔2012478: 沙政〔2012〕478号
                meta.doc_number = f"{dm.group(1)}〔{dm.group(2) or dm.group(3)}〕{dm.group(4)}号"
                break
            # (in brackets too, [巴委督〔2014〕1号]关于印发…的通知: both annotators of probe batch 32)
            led = norm[s:e].replace(" ", "")
            # (a site's mark that the text is no longer in force before it, (失效)西政办发〔2017〕14号 北京市…的通知: both
            # annotators of a 2017 district's points, probe batch 148)
            led = _IN_FORCE_MARK.sub("", led, count=1)
            opened = led[:1] in "[【"
            lead = DOC_NUMBER.match(led, 1 if opened else 0)
            rest = led[lead.end() + (1 if opened and led[lead.end():lead.end() + 1] in "]】" else 0):] if lead else ""
            if lead and _ABOUT_NOTICE.match(rest):
                meta.doc_number = lead.group(0)     # 金政发〔2021〕1号关于印发…的通知: a page's title line
                break                               # led by the number (both annotators of probe batch 19)
            if lead and _ISSUER_NOTICE.match(rest):
                meta.doc_number = lead.group(0)     # 云府办发〔2021〕6号 云岩区人民政府办公室关于印发…的通知: the
                break                               # number before the notice's whole title (probe batch 76)
            if lead and (_ADDRESSEES.match(rest) or _ADDRESSEES_OPEN.match(rest)):
                meta.doc_number = lead.group(0)     # 卫政办发〔2025〕26号各县(区)人民政府,…: (and the preamble run on
                break                               # after the colon: both annotators of a 2016 prefecture's opinion,
                #                                     probe batch 173)
            numbered = _TAIL_NUMBER.search(led)
            if numbered and DOC_NUMBER.fullmatch(numbered.group(1)) and (
                    _ISSUER_NOTICE.match(led[:numbered.start()]) or _ABOUT_NOTICE.match(led[:numbered.start()])):
                meta.doc_number = "".join(c for c, n in zip(text[s:e], norm[s:e]) if n != " ")[
                    numbered.start(1):numbered.end(1)]      # 广西…办公厅关于印发…的通知(桂政办发〔2014〕15号): the number in
                break                               # brackets after the notice's title (both annotators, probe batch 98)
            titled = _TITLE_NUMBER.search(norm, s, e)
            if titled and titled.start() - s >= 6:
                meta.doc_number = text[titled.start(1):titled.end(1)].replace(" ", "")
                break
            if k + 1 < len(lines) and norm[lines[k + 1][0]:lines[k + 1][1]].strip() == "号" \
                    and DOC_NUMBER.fullmatch(norm[s:e].replace(" ", "") + "号"):
                meta.doc_number = text[s:e].replace(" ", "") + "号"      # 浙政发〔2025〕10 / 号: one number
                break

    order = _joint_order(norm, lines)
    if order:                                # 国家互联网信息办公室 / … / 令 / 第15号
        meta.doc_number = meta.doc_number or order[0]
        meta.issuer = meta.issuer or order[1]

    signed_field = _SIGNED_FIELD.search(head)
    signed_hint = _iso(*signed_field.groups()) if signed_field else None
    issued = _ISSUED_FIELD.search(head)
    pub = _PUBLISHED_FIELD.search(head) or _PUBLISHED_FIELD.search(tail)
    if pub is None and issued is not None:
        pub, issued = issued, None
    pub = pub or _STAMP.search(head) or _BYLINE.search(head) or BYLINE_SOURCE_TIME.search(head) or _TIME_SOURCE.search(head)
    if pub is not None and _UPLOADED.search(norm, 0, min(len(norm), doc.body_start + 400)):
        pub = None          # a site of texts its users upload: its time is the upload's (probe batch 29)
    meta.published = _iso(*pub.groups()) if pub else None
    if signed_hint is None and issued is not None:
        signed_hint = _iso(*issued.groups())

    # the notice's date line (last one above the body), else one after the body
    date_idx = None
    block = head_lines
    # a damaged date (2022121日: 1月21日 or 12月1日?) is read as the field's 成文日期 has it, else as
    # the page's 发布日期 does (both annotators of a 2022 district notice, published 2022-01-21)
    date_hint = signed_hint or meta.published
    for i in range(len(head_lines) - 1, -1, -1):
        s, e = head_lines[i]
        if parse_date_line(norm[s:e], date_hint) or _DATE_ONLY.match(norm[s:e].replace(" ", "")):
            date_idx = i
            break
    if date_idx is None:
        block = _lines_between(doc, doc.body_end, len(norm))
        date_idx = next((i for i, (s, e) in enumerate(block) if _DATE_ONLY.match(norm[s:e].replace(" ", ""))), None)
    if date_idx is not None:
        s, e = block[date_idx]
        meta.signed = parse_date_line(norm[s:e], date_hint)
        meta.issuer = _issuer_above(norm, block, date_idx) or meta.issuer
    from_field = meta.signed is None and signed_hint is not None      # the portal's 成文日期, nothing of its own
    if meta.signed is None:
        meta.signed = signed_hint
    speaker_body = None
    if meta.signed is None or meta.issuer is None:   # ——2022年10月28日在第十三届全国人大常委会…会议上: delivered
        sub_lines = _lines_between(doc, 0, min(len(norm), doc.body_start + 300))[:16]
        for k, (s, e) in enumerate(sub_lines):
            line = norm[s:e].replace(" ", "")
            wrapped = line.startswith(("—", "-", "―")) and k + 1 < len(sub_lines) and not line.endswith("上") \
                and not _SPEECH_SUB.match(line)
            if wrapped:
                line += norm[sub_lines[k + 1][0]:sub_lines[k + 1][1]].replace(" ", "")   # wrapped
            sp = _SPEECH_SUB.match(line)
            if sp:
                meta.signed = meta.signed or _iso(*(int(g) for g in sp.groups()))
                # the body whose head gives the report, on the line under (河西区发展和改革委员会主任;
                # 科右中旗发展和改革委员会主任 白长海: both annotators of two plan reports, probe batches 22-23),
                # or after the subtitle on its line (…会议上 海南省发展和改革委员会: probe batch 26)
                nxt = k + (2 if wrapped else 1)
                rest = line[sp.end():].replace("\u3000", "")
                speaker = _speaker(rest) if rest else _speaker(norm[slice(*sub_lines[nxt])]) \
                    if nxt < len(sub_lines) else None
                if speaker:
                    speaker_body = speaker.group("body")
                break
    if meta.issuer is None:
        # (the head's lines and the title's: a notice title over three lines is the page's title
        # when nothing follows it but its text)
        notice_lines = sorted(set(head_lines) | set(doc.title_lines))
        for k, (s, e) in enumerate(notice_lines):
            n = _NOTICE.match(_TAIL_NUMBER.sub("", _PORTAL_TAG.sub("", _TITLE_LABEL.sub("", norm[s:e].replace(" ", "")))))
            if n is None and "关于" in norm[s:e]:
                # the notice's title set over two lines or more (…人民政府关于下达2020年 / …计划的通知;
                # 县人民政府办公室关于 / 对县《政府工作报告》确定的2021年 / … / …的通知), its issuer
                # perhaps on a line of its own above (海东市人民政府办公室 / 关于印发…临夏州 / … / …的通知:
                # both annotators of probe batch 19)
                joined = norm[s:e]
                if k and norm[s:e].lstrip().startswith("关于"):
                    above = norm[notice_lines[k - 1][0]:notice_lines[k - 1][1]].replace(" ", "")
                    if _ORG.match(above) and not _NOT_ORG_LINE.search(above):
                        joined = above + joined
                for s2, e2 in notice_lines[k + 1:k + 4]:
                    joined += norm[s2:e2]
                    n = _NOTICE.match(_PORTAL_TAG.sub("", joined.replace(" ", "")))
                    if n:
                        break
            if n and _ORG.match(n.group(1)):
                # (the body before its verb when what it issues runs on to a 关于 of its own: 黑龙江省人民政府办公厅
                # 印发贯彻落实省政府关于…的通知 -- both annotators of a 2010 province's division, probe batch 104)
                body = _VERB_AFTER_BODY.split(n.group(1), 1)[0]
                meta.issuer = body if body != n.group(1) and _ORG.match(body) else n.group(1)
                break
    # bodies set apart above or before a title's 关于 (中共中央 国务院 / 关于…; 中共中央 国务院关于…)
    meta.issuer = meta.issuer or _lead_issuer(doc)
    if meta.issuer is None and doc.title_lines:
        # a plan without a notice: 国务院办公厅关于…的意见
        s, e = doc.title_lines[0]
        meta.issuer = _issuing_part(norm[s:e])
    if meta.issuer and "、" not in meta.issuer and not meta.issuer.endswith(("领导小组", "指挥部", "工作组")):
        # two bodies written together before 关于 (中共六盘水市委六盘水市人民政府关于…): each by name,
        # joined as a signature block's are (both annotators of probe batch 19)
        pieces = [q for q in _ORG_SPLIT.split(meta.issuer) if q]
        if len(pieces) > 1 and all(_ORG.match(q) for q in pieces):
            meta.issuer = "、".join(pieces)

    if (meta.signed is None or from_field) and doc.title_lines:
        # the date a central document carries in brackets under its title (a title line, or the next);
        # the document's own date, before a portal's 成文日期 (a gazette's: 成文日期 2019-02-28 over
        # （2019年1月29日）, both annotators of a 2019 city notice)
        s, e = doc.title_lines[-1]
        for line in (norm[s:e], norm[e:e + 40].lstrip().split("\n", 1)[0]):
            d = _BRACKET_DATE.match(fold_cn_zeros(line.replace(" ", "")))
            # (or with the preamble run on after it: (2015年5月19日) 工业是…, probe batch 139)
            d = d or (line is not norm[s:e] and _BRACKET_DATE_LEAD.match(fold_cn_zeros(line.replace(" ", ""))))
            if d:
                meta.signed = parse_date_line(d.group(1), None)
                break
    if meta.signed is None and number_date:
        meta.signed = number_date
    meta.title = _title(doc, head_lines) or _clean_title(_fallback_title(doc)) or _file_name_title(doc)
    if meta.title:
        # a title line that ends with its number in brackets (…分工方案的通知(南经管发〔2020〕81号)):
        # the number is the document's, not part of its title (both annotators of probe batch 16)
        tn = _BRACKETED_NO.search(meta.title)
        if tn and DOC_NUMBER.fullmatch(tn.group(1)):
            meta.title = meta.title[:tn.start()]
            meta.doc_number = meta.doc_number or tn.group(1)
    # a reply, an approval, a notice of appointments: the document's own title,
    # not the title of what it approves or attaches
    from .genre import detect
    field = _TITLE_FIELD.search(norm, 0, max(doc.body_start, min(len(norm), 4000)))
    if field:
        # (its category tag too, 标题: | 【文稿解读】关于沂源县生活垃圾分类工作实施方案: both annotators of a 2020 county's
        # page, probe batch 278)
        own = _PORTAL_TAG.sub("", re.sub(r"\s+", "", text[field.start(1):field.end(1)]))
        if not meta.title or (not doc.title_lines and not re.search(r"印发|转发|发布", own)) or (
                detect(own)[0] in ("reply", "approval", "appointment", "regulation")
                and detect(meta.title)[0] == "plan"):          # (no title line of its own: a 《name》
            #                                                   the text quotes is not its title)
            meta.title = own
    if field and meta.title:
        meta.title = _notice_title(doc, meta.title, re.sub(r"\s+", "", text[field.start(1):field.end(1)]))
    if meta.title:
        meta.title = _issued_title(doc, meta.title)
        meta.title = _bare_title(_standalone_marks(_quoted_spelling(doc, meta.title)))
    if meta.issuer is None:
        f = _ISSUER_FIELD.search(head)
        if f and all(_ORG.match(p) for p in f.group(1).split("、")):     # joint issuers: A、B
            meta.issuer = text[f.start(1):f.end(1)]
    if meta.issuer is None and meta.title:
        meta.issuer = _news_issuer(doc, meta.title)
    news_day = None
    if meta.issuer is None and meta.title:
        # (both annotators of a 2023 city's 惠民实事 list under a news lead, probe batch 24: the
        # issuer and the day the lead reports; the year the list's title names)
        lead = _news_notice(doc, meta.title)
        if lead:
            meta.issuer, news_day = lead[0], lead[1:]
    if meta.issuer is None:
        # last, a page's 来源 field when it names an issuing body (来源:伊犁哈萨克自治州人民政府办公厅;
        # not a site or a paper: 来源:科右中旗, 来源:新华社) -- both annotators of a 2025 notice
        f = _SOURCE_FIELD.search(head)
        if f and _ORG.match(f.group(1)):
            meta.issuer = text[f.start(1):f.end(1)]
    if meta.issuer is None:
        # ... or the site's 发布机构 / 发文单位 field, the body that published its own document
        # (发布机构: 宣城市农业农村局 over its task table; both annotators of probe batch 15)
        f = _UNIT_FIELD.search(head)
        if f and _ORG.match(f.group(1)) and not _LEVEL_ONLY.match(f.group(1)):     # (not 区政府办)
            meta.issuer = text[f.start(1):f.end(1)]
    if meta.issuer is None:
        # a masthead over the number (常州市武进区人民政府办公室文件 / 武政办发〔2012〕65号): the body that
        # issues it (both annotators of a 2012 district notice, probe batch 64)
        # (a line of the layout's: a head run together on one line is read as the lines it broke from,
        # 文成县安全生产委员会办公室文件文安委办〔2020〕60号关于印发…的通知: both annotators of a 2020 county
        # office's notice, probe)
        for s2, e2 in _lines_between(doc, 0, len(head)):
            f = _MASTHEAD.fullmatch(norm[s2:e2])
            if f and _ORG.match(f.group(1)):
                meta.issuer = text[s2 + f.start(1):s2 + f.end(1)]
                break
    if meta.issuer is None and meta.title and not doc.title_lines:
        # no title line, the title read from the page (黑龙江省人民政府关于落实《政府工作报告》重点工作
        # 责任分工的意见 above its portal fields): its issuing part, as a title line's would be
        meta.issuer = _issuing_part(meta.title)
    if meta.issuer is None and meta.title:
        # a body's plan for its year named by the body (焦作市教育局2021年工作要点, 六安市农业农村局2022年全市…工作要点):
        # the body, two bodies written together each by name (both annotators of a 2021 city bureau's
        # points, probe batch 71, as of earlier batches)
        m = _YEAR_ISSUER.match(_cn_year_digits(meta.title.replace(" ", "")))
        if m and _ORG.match(m.group(1)) and not _LEVEL_ONLY.match(m.group(1)) and m.group(1)[0] not in "省市县区州旗镇乡":
            pieces = [q for q in _ORG_SPLIT.split(m.group(1)) if q]
            meta.issuer = "、".join(pieces) if len(pieces) > 1 and all(_ORG.match(q) for q in pieces) else m.group(1)
    if meta.issuer is None:
        # last of all, the body whose head gave the report (a title without its issuer: 关于河西区
        # 2019年…的报告; 国务院关于…的报告 is the State Council's, whoever delivers it)
        meta.issuer = speaker_body
    if meta.title:
        p = _PERIOD.search(_fold(meta.title))
        if p and int(p.group(1)) <= int(p.group(2)):
            meta.period = [int(p.group(1)), int(p.group(2))]
        elif fyp := _fyp(meta.title):            # 十四五, “十二五”, 九五: the plan period it names
            meta.period = list(fyp)
        else:
            # (a year in Chinese numerals too: 二○一九年脱贫攻坚春季攻势行动令 -- both annotators of a 2019
            # province's campaign order, probe batch 72)
            folded = _cn_year_digits(_fold(meta.title))
            # (or the year alone in brackets after the title: 安徽省有效投资专项行动方案(2025) -- both annotators of a
            # 2025 province's plan, probe batch 97)
            y = re.search(r"(" + _Y + r")年", folded) or re.search(r"[(（](" + _Y + r")[)）]$", folded)
            # (a plan report names last year's execution, then the year it plans:
            # 关于2024年…计划执行情况与2025年…计划草案的报告 is the plan for 2025)
            later = _PLAN_REPORT_YEAR.search(folded)
            if later:
                meta.period = [int(later.group(1)), int(later.group(1))]
            elif y and not rules.load("titles")["title.event_year"].regex.match(folded, y.start()):
                meta.period = [int(y.group(1)), int(y.group(1))]

    if news_day and news_day[0] and meta.signed is None and meta.period and meta.period[0] == meta.period[1]:
        try:
            meta.signed = _dt.date(meta.period[0], *news_day).isoformat()
        except ValueError:
            pass
    if meta.period is None:
        # no title gives one: the year an annual document's opening sentence arranges
        opening = norm[doc.body_start:first_heading]
        y = rules.load("titles")["title.arranged_year"].regex.search(opening[:1500])
        if y:
            meta.period = [int(y.group(1)), int(y.group(1))]
    if meta.period is None and meta.title and (meta.signed or meta.published) and \
            rules.load("titles")["title.report_division"].regex.search(meta.title):
        # a division of a work report's tasks: the year of the report, the year it is signed in
        y = int((meta.signed or meta.published)[:4])
        meta.period = [y, y]
    if meta.period is None:
        y = _work_year(doc)
        if y:
            meta.period = [y, y]

    if meta.issuer and _LEVEL_ISSUER.match(meta.issuer):
        # (发布部门: 淮安市人民政府办公室 beside 市政府办公室关于…的通知: the field may write 人民 the
        # notice leaves out)
        for f in (_UNIT_FIELD.search(head), _ISSUER_FIELD.search(head)):
            if f and _no_renmin(f.group(1)).endswith(_no_renmin(meta.issuer)) and \
                    len(_no_renmin(f.group(1))) > len(_no_renmin(meta.issuer)) and _ORG.match(f.group(1)):
                # the field's place before the notice's own words, with 人民 where either writes it
                # (发布机构: 下陆区政府办公室 beside 区人民政府办公室关于…: 下陆区人民政府办公室, both
                # annotators of probe batch 19)
                place = _no_renmin(f.group(1))[:-len(_no_renmin(meta.issuer))]
                full = place + meta.issuer
                if "人民政府" in f.group(1) and "人民政府" not in full:
                    full = place + meta.issuer.replace("政府", "人民政府", 1)
                meta.issuer = full
                break

    from ..read.normalize import normalize
    region = _region(normalize(meta.issuer) if meta.issuer else None, normalize(meta.title) if meta.title else None,
                     norm[doc.body_start:doc.body_end], normalize(meta.doc_number) if meta.doc_number else None)
    if region is None and doc.body_start:
        # nothing in the body names a place: the head above it may (张家口市政府近日制定《…实施方案》 over a news
        # item's list -- the annotators of a 2021 city's livelihood list, probe batch 85, read the city there)
        region = _region(None, None, norm[:doc.body_start])
    town = _township(meta)
    if region is None and town:
        meta.region = town                          # 太平畈乡人民政府, its county named nowhere: the township alone
    if region is not None:
        meta.region, meta.level = region.full, region.level
        if town and region.level in ("county", "district") and not region.full.endswith(town):
            # a township's own document (太平畈乡人民政府, 中共梅田湖镇委员会、梅田湖镇人民政府): the area it governs is
            # the township, under its county (gold/CONVENTIONS.md C15: a town missed is wrong; the annotators of
            # probe batches 172 and 181 and 33 earlier township texts write it)
            meta.region = region.full + town
        lv = _LEVEL_ISSUER.match(meta.issuer or "") or _LEVEL_DEPT.match(meta.issuer or "")
        # (省人民政府关于…的若干意见 of 鄂政发: 湖北省人民政府, both annotators of a 2018 province's opinion,
        # probe batch 65)
        if lv and region.level in ("province", "city", "county", "district") and region.name.endswith(lv.group(1)) \
                and len(region.name) > 1:
            # 区人民政府办公室 of the 蔡甸区 plan: written in full as its 落款 would elsewhere
            # (both probe annotators, four district and county divisions of work); a department
            # too (市生态环境局 of a 绍兴市 page: 绍兴市生态环境局, both annotators of probe batch 17)
            meta.issuer = region.name + meta.issuer[1:]
        if meta.issuer is None and meta.doc_number:
            meta.issuer = _government_of_number(normalize(meta.doc_number), region, norm)
    meta.issuer = _joint_issuers(meta.issuer)
    return meta


# two bodies of one place a title or signature ran together (中共甘肃省委甘肃省人民政府, 中共环江毛南族自治县委员会办公室
# 环江毛南族自治县人民政府办公室, 祁县文化和旅游局祁县财政局; 湖南省商务厅 湖南省扶贫开发办公室关于…): two issuers, each
# named from the place -- the annotators of nine development documents and of a 2017 province's opinion, probe batch
# 285, write them A、B; a body whose name holds its place once stays whole (北京市发展和改革委员会)
_JOINT_PARTY_GOV = re.compile(r"^(中共(?P<p>[\u4e00-\u9fff]{2,12}?)(?:县委员会|委员会|县委|委)(?:办公室|办公厅)?)"
                              r"((?P=p)[\u4e00-\u9fff]{0,4}?(?:人民政府|政府)(?:办公室|办公厅)?)$")
_JOINT_SAME_PLACE = re.compile(r"^((?P<p>[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|自治区|自治州|州|盟|旗))[\u4e00-\u9fff]{2,16}?"
                               r"(?:局|厅|委员会|委|办公室|办))((?P=p)[\u4e00-\u9fff]{2,16}?(?:局|厅|委员会|委|办公室|办|政府))$")


def _joint_issuers(issuer: str | None) -> str | None:
    if not issuer or "、" in issuer:
        return issuer
    bare = re.sub(r"[ \t\u3000]+", "", issuer)
    for rx in (_JOINT_PARTY_GOV, _JOINT_SAME_PLACE):
        m = rx.match(bare)
        if m:
            return m.group(1) + "、" + m.group(3)
    return issuer


# a township's body as the issuer (太平畈乡人民政府, 中共梅田湖镇委员会, 东山街道办事处), or a township's name opening a
# title that names no issuer (丁湖镇2025年秸秆禁烧和综合利用工作方案)
_TOWNSHIP_ISSUER = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,8}?(?:乡|镇|街道))(?:人民政府|政府|党委|委员会|办事处|党工委|"
                              r"人民政府办公室|党政办公室|党政办)")
_TOWNSHIP_TITLE = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,6}?(?:乡|镇))(?:(?:19|20)[0-9]{2}年|人民政府|党委|关于)")
_ABOVE_TOWNSHIP = re.compile(r"(?<=[省市县区州旗盟])(?![场级])")
_NOT_TOWNSHIP = re.compile(r"(?:城|乡|村|市|小|集)镇$|城乡$|全乡$|全镇$|各乡$|各镇$")


def _township(meta) -> str | None:
    """The township whose own document this is, named by its issuer (or, when none is read, by its
    title's opening); None for any other."""
    first = re.split(r"[、,，\s]", meta.issuer)[0] if meta.issuer else ""
    m = _TOWNSHIP_ISSUER.match(first) if first else None
    if m is None and not meta.issuer and meta.title:
        m = _TOWNSHIP_TITLE.match(meta.title)
    if m is None or _NOT_TOWNSHIP.search(m.group(1)) or m.group(1).startswith(("名称", "标题", "题目")):
        return None                     # (名称南加镇…: a portal field's label run into the title)
    # the township alone, without the places above it its body's name may carry (中共泗县丁湖镇委员会: 丁湖镇;
    # 重庆市万州区瀼渡镇人民政府: 瀼渡镇)
    town = _ABOVE_TOWNSHIP.split(m.group(1))[-1]
    return town if len(town) >= 3 else None


# a government's own 发文字号: its place's abbreviation, 政 or 府, and 办 / 厅 for its office (甘政发,
# 苏政办发, 六盘水府办发, 濮县政办, 赣府厅字, 宝府办)
_GOV_NUMBER = re.compile(r"^([\u4e00-\u9fff]{1,4}?)(?:政|府)(办|厅)?(?:发|字|函|文|办|通|复)?字?\s?[〔\[【(（]")


def _government_of_number(number: str, region, norm: str) -> str | None:
    """The issuer a government's document number names when the text names none (甘政发〔2022〕9号:
    甘肃省人民政府; 平政办〔2013〕11号 of a 平顶山市 page: 平顶山市人民政府办公室) -- as the
    probe's annotators write it (13 pages gained it) -- when its abbreviation is the region's own."""
    m = _GOV_NUMBER.match(number.replace(" ", ""))
    if m is None or region.level not in ("province", "city", "county", "district"):
        return None
    abbr = m.group(1)
    own_abbr = abbr[0] == region.name[0] or (
        region.level == "province" and regions.province_of_abbr(abbr) == region.name)
    if not own_abbr:
        return None
    if region.level == "province":
        return region.name + "人民政府" + ("办公厅" if m.group(2) else "")
    own = _government_name(region)
    if own != region.name and own + "人民政府" not in norm and region.name + "人民政府" in norm:
        own = region.name        # the government as the text writes itself (云阳县人民政府, not 重庆市云阳县…)
    if not m.group(2):
        return own + "人民政府"
    hall = m.group(2) == "厅" or re.search(r"[市区县]人民政府办公厅|[市区县]政府办公厅", norm) is not None
    return own + "人民政府" + ("办公厅" if hall else "办公室")


# (or its year in brackets after it, 政 府 工 作 报 告(2022年): both annotators of a 2022 banner's report, probe batch 100)
# (or marked a draft, with where it is given run on: 政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上 -- both
# annotators of a 2023 town's report, probe batch 164)
_REPORT_TITLE = re.compile(r"^(?:((?:19|20)[0-9]{2})年)?([\u4e00-\u9fff]{2,12}?)?(?:((?:19|20)[0-9]{2})年)?(?:人民)?政府工作报告"
                           r"(?:[(（]((?:19|20)[0-9]{2})年?[)）])?(?P<draft>[(（]草案[)）])?(?:在.{2,40}?会议上)?$")
_REPORT_SUB = re.compile(r"^[-—―]{0,2}\s*(" + _Y + r"|[二〇○零一三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,2})月"
                         r"([0-9]{1,2}|[一二三四五六七八九十]{1,3})日在(.{2,12}?)(?:第?[一二三四五六七八九十]{1,3}届|人民代表大会|人大)")
# the speaker's line under a report's subtitle: a body, its head's post and name (县发展和改革委员会;
# 河西区发展和改革委员会主任; 科右中旗发展和改革委员会主任 白长海); a post alone (市长 张三) names no body
# (a government and its head: 魏庄镇人民政府镇长 杨杰 -- both annotators of a 2019 town work report, probe
# batch 24)
_SPEAKER = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,30}?(?:委员会|局|厅|办公室|委|办|人民政府))(?:[副代]?(?:主任|局长|厅长|秘书长"
                      r"|省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长)"
                      r"(?:[\u4e00-\u9fff·]{2,5})?)?$")


def _speaker(line: str):
    """The match of a speaker's line (``_SPEAKER``), its blanks and the name's spacing left out."""
    return _SPEAKER.match(line.replace(" ", "").replace("\u3000", ""))
# a report's or a speech's subtitle: the day it was delivered, and where
_SPEECH_SUB = re.compile(r"^[-—―]{1,2}\s*(" + _Y + r")年([0-9]{1,2})月([0-9]{1,2})日在.{2,40}?(?:会议|大会|论坛)上")
_TIME_LABEL = re.compile(r"^(?:时间|发布时间|日期)[:：]$")
_PAGE_TIME = re.compile(r"^(?:时间|发布时间|发布日期|日期)?\s*[:：]?\s*(" + _Y + r")\s?[-年/.]\s?([0-9]{1,2})\s?[-月/.]\s?([0-9]{1,2})"
                        r"(?:\s?日|\s*[0-9]{1,2}:[0-9]{2}|$)")


def _government_name(region) -> str:
    """The place as its government writes itself before 人民政府: ``_own_name`` of the region, and a
    prefecture's county or district without its prefecture (薛城区, not 枣庄市薛城区)."""
    own = _own_name(region.full)
    return region.name if own != region.full and region.level in ("county", "district") else own


def _own_name(full: str) -> str:
    """A government's name as it writes itself: without the province above it (黑龙江省伊春市 →
    伊春市), a 直辖市's district with its city (重庆市渝中区) -- as both probe annotators of two
    city and district reports write the issuer."""
    m = re.match(r"^[\u4e00-\u9fff]{2,10}?(?:省|自治区)(?=[\u4e00-\u9fff])", full)
    return full[m.end():] if m else full


_PLAN_REPORT_YEAR = re.compile(r"执行情况[^0-9]{0,6}?(" + _Y + r")年")


def _fyp(title: str):
    from .deadlines import five_year_period
    formal = _FORMAL_FYP.search(title)      # 第十三个五年规划纲要: as 十三五
    return five_year_period(formal.group(1) + "五" if formal else title)


_FORMAL_FYP = re.compile(r"第(十[一二三四五])个五年")


def _cn_year(y: str) -> int:
    """2026, or 二〇二六 written digit by digit."""
    if y.isdigit():
        return int(y)
    return int("".join(str(cn_int(c)) if c not in "〇○零" else "0" for c in y))


def work_report(doc: Document, meta: Metadata) -> bool:
    """A government work report as its page gives it: the heading
    (2026年北京市政府工作报告, 陕西省2026年政府工作报告, 政府工作报告), the subtitle
    with the day it was delivered (——2026年1月25日在…人民代表大会…上: signed, and
    the region when the heading does not name it), the page's time line
    (published); it is issued by the government of its region and covers its
    year (the heading's, else the year it was delivered)."""
    norm = doc.norm
    lines = [(s, e) for s, e in doc.lines[:40]]
    for i, (s, e) in enumerate(lines):
        lab = _REFERENCE_LABEL_AT.match(norm, s, e)
        if lab:
            s = lab.end()                       # 资料:吉林省2006年政府工作报告 (_fallback_title)
        t = norm[s:e].replace(" ", "")
        m = _REPORT_TITLE.match(t)
        run_on = None
        if not m:
            # the heading with its subtitle run on after it on its line (政府工作报告 ——二○二二年一月二十一日在海南省
            # 第六届人民代表大会第五次会议上 海南省省长 冯飞 … 发布时间:2022-01-27: both annotators of a 2022 province's
            # report, probe batch 165)
            d = _DASHES.search(t)
            k = d.start() if d else -1
            if k <= 0 or not _REPORT_TITLE.match(t[:k]) or not _REPORT_SUB.match(t[k:]):
                continue
            m, run_on = _REPORT_TITLE.match(t[:k]), _REPORT_SUB.match(t[k:])
        cut = _DASHES.search(norm, s, e).start() if run_on else e
        if m.group("draft"):
            meta.draft = True
            k = norm.rfind("草", s, cut)                # the title ends at the bracket that opens (草案)
            cut = max(norm.rfind("(", s, k), norm.rfind("（", s, k), s) if k >= 0 else cut
        meta.title = doc.text[s:cut].strip()
        year = m.group(1) or m.group(3) or m.group(4)
        place = m.group(2) or ""
        below = lines[i + 1:i + 14]
        speaker = None
        delivered = False                          # a subtitle without its day seen (——在…会议上)
        if run_on:
            meta.signed = meta.signed or _delivered_on(run_on)
            place = place or run_on.group(4)
            pub = _PUBLISHED_FIELD.search(t)
            meta.published = meta.published or (_iso(*pub.groups()) if pub else None)
        for k2, (s2, e2) in enumerate(below):
            t2 = norm[s2:e2].replace(" ", "")
            und = _REPORT_SUB_UNDATED.match(t2)
            if und:
                delivered = True
                # (the place it names, and the speaker's line under it: ——在东乌珠穆沁旗第十六届人民代表大会第一次
                # 会议上 / 东乌旗人民政府代旗长 周玉龙 / (2022年1月5日): both annotators of a 2022 banner's report,
                # probe batch 100)
                place = place or und.group(1) or ""
                if k2 + 1 < len(below) and not speaker:
                    speaker = _speaker(norm[slice(*below[k2 + 1])])
                continue
            if delivered and not meta.signed and _DATE_ONLY.match(t2.strip("()（）")):
                # ——在鹅湖镇第六届人民代表大会第七次会议上 / 林积专 / 2020年6月19日: the day it was
                # delivered, on its own line (both annotators of a 2020 town report, probe batch 26), in
                # brackets too
                meta.signed = parse_date_line(t2.strip("()（）"))
                continue
            sub = _REPORT_SUB.match(t2)
            if sub:
                if not meta.signed:
                    meta.signed = _delivered_on(sub)
                    place = place or sub.group(4)
                if k2 + 1 < len(below):            # 魏庄镇人民政府镇长 杨杰: the government that reports
                    speaker = _speaker(norm[slice(*below[k2 + 1])])
                continue                           # the day it was delivered, not the page's time
            if _TIME_LABEL.match(t2) and k2 + 1 < len(below):
                s2, e2 = below[k2 + 1]             # "时间：" with its value on the next line
            pt = _PAGE_TIME.match(norm[s2:e2].strip())
            if pt and not meta.published:
                meta.published = _iso(*pt.groups())
        if not meta.published:                     # a time line above the heading
            for s2, e2 in lines[max(0, i - 8):i]:
                pt = _PAGE_TIME.match(norm[s2:e2].strip())
                if pt:
                    meta.published = _iso(*pt.groups())
        year = int(year) if year else (int(meta.signed[:4]) if meta.signed else None)
        if year and any((r := _REVIEW_OF.match(norm[a:b].replace(" ", ""))) and int(r.group(1)) == year
                        for a, b in below):
            # 大塘坪乡2021年政府工作报告 / … / 2021年工作回顾 / 过去一年,…: a report that looks back on its heading's
            # year plans the next (both annotators of a 2022 township's report, probe batch 164)
            year += 1
        if year:
            meta.period = [year, year]
        if place:
            _report_region(meta, _region(place + "人民政府", meta.title, ""))
        if meta.issuer is None and not speaker:
            # 现在,我代表鹅湖镇人民政府,向大会报告工作: the government it speaks for (both annotators
            # of two town reports, probe batches 24 and 26)
            op = _REPORT_FOR.search(norm, lines[i][1], lines[min(i + 14, len(lines) - 1)][1])
            meta.issuer = op.group(1) if op else None
        if speaker and (meta.issuer is None or speaker.group("body").endswith("人民政府")):
            # (a town's report: no region of the table, its government named on the speaker's line,
            # both annotators of a 2019 town work report, probe batch 24; the government as the line
            # writes it, 东乌旗人民政府代旗长: both annotators of a 2022 banner's report, probe batch 100)
            meta.issuer = speaker.group("body")
        return True
    # a copy without its heading (a page's link line above it): the subtitle with the day it
    # was delivered to a people's congress, then the head of government's opening (我代表市
    # 政府向大会报告工作) -- a work report all the same, titled as its genre (both probe
    # annotators, a 2023 city report, batch 10)
    for i, (s, e) in enumerate(lines[:12]):
        sub = _REPORT_SUB.match(norm[s:e].replace(" ", ""))
        if not sub or not _REPORT_OPENING.search(norm, e, lines[min(i + 6, len(lines) - 1)][1]):
            continue
        meta.title = "政府工作报告"
        meta.signed = meta.signed or _delivered_on(sub)
        meta.period = [int(meta.signed[:4])] * 2 if meta.signed else None
        _report_region(meta, _region(sub.group(4) + "人民政府", None, ""))
        return True
    return False


_DASHES = re.compile(r"[-—―]{1,2}")
_ISSUING_VERB = re.compile(r"印发|转发|公布|下达|发布")
_OWN_PLAN_END = re.compile(r"(?:意见|方案|计划|规划|办法|措施|要点|细则|纲要|安排|决定)$")
# a report's part that looks back on a year (2021年工作回顾, 一、2022年的工作总结)
_REVIEW_OF = re.compile(r"^(?:[一二三四五六七八九十]、)?((?:19|20)[0-9]{2})年(?:的)?(?:工作)?(?:回顾|总结)$")


def _delivered_on(sub) -> str | None:
    """The ISO day a report's subtitle (``_REPORT_SUB``) says it was delivered."""
    return _iso(*(_cn_year(g) if k == 0 else (int(g) if g.isdigit() else cn_int(g))
                  for k, g in enumerate(sub.groups()[:3])))


def _report_region(meta: Metadata, region) -> None:
    """A report's region and level, and its government as it writes itself as issuer."""
    if region is not None:
        meta.region, meta.level = region.full, region.level
        meta.issuer = _government_name(region) + "人民政府"


# a report's subtitle without its day (——在鹅湖镇第六届人民代表大会第七次会议上; its day on a line of its own)
_REPORT_SUB_UNDATED = re.compile(r"^[-—―]{1,2}\s*在(?:(.{2,12}?)(?=第?[一二三四五六七八九十]{1,3}届))?.{0,30}?"
                                 r"(?:人民代表大会|人大).{0,20}?会议上$")
# the government a report speaks for, named in full in its opening (我代表鹅湖镇人民政府,向大会报告工作)
_REPORT_FOR = re.compile(r"我代表([\u4e00-\u9fff]{2,20}?人民政府)[,，]?\s?向(?:大会|本次大会|人民代表大会)(?:作)?报告")
# the opening of a government work report: 我代表市政府向大会报告工作 / 代表省人民政府,向大会报告政府工作
_REPORT_OPENING = re.compile(r"代表[^。,，]{0,8}政府[,，]?\s?向(?:大会|本次大会|人民代表大会)(?:作)?报告(?:政府)?工作")


_TITLE_END = re.compile(r"(?:方案|计划|意见|通知|办法|规划|措施|举措|要点|安排|报告|批复|复函|答复|函|决定|规定|条例|细则|规则|预案|纲要|指南|通报"
                        r"|(?:完成|落实|推进|进展)情况|公示)"
                        r"(?:\([^()]{0,20}\))?$")
# (a news item: 《X》印发, 印发了《X》,并发出通知, 《X》全文如下, …研究决定,…,并印发《X》 (a 2019 city's list,
# probe batch 101); a notice: 关于印发《X》的通知, 现将《X》(以下简称
# 《方案》)印发给你们)
_NEWS_QUOTED = re.compile(r"《([^《》]{4,80}?)》(?:印发|发布|出台|全文如下)|关于印发《([^《》]{4,80}?)》的通知"
                          r"|(?:(?:印发|发布|出台)了|(?<=[并,，])(?:印发|出台))《([^《》]{4,80}?)》|现将\s?《([^《》]{4,80}?)》(?:\s?[(（][^()（）]{0,20}[)）])?\s?(?:印发|转发)给你们")
_SENTENCE = re.compile(r"[。；;：:，,！？]")


_TRAIL = re.compile(r"[>›»]")
# a site of texts its users upload (一文来源于网友上传, 由会员分享, 上传人:): its time stamp is no publication
_UPLOADED = re.compile(r"网友上传|网友投稿|用户上传|会员上传|由会员分享|上传人[:：]|上传时间[:：]")
# a portal's field row written without its colons (索 引 号 113708…  公开方式 主动公开; 发布机构 …)
_FIELD_LINE = re.compile(r"^\s*(?:索\s*引\s*号|发布机构|成文日期|发文机关|组配分类|公开方式|主题分类|有效性|废止日期)")


# a file's name alone on a line, a list's number before it (17.内蒙古自治区2023年…政策清单.docx over a text
# saved without its line breaks: both annotators of a 2023 region's list, probe batch 124)
_FILE_NAME_LINE = re.compile(r"^(?:[0-9]{1,3}[.、．]\s?)?(?P<stem>[^\s/\\|]{6,80}?)" + FILE_EXT + r"$")


def _file_name_title(doc: Document) -> str | None:
    """When nothing else gives a title: a file's name on one of the first lines that
    names a plan (…政策清单.docx), without its extension and list number."""
    for s, e in doc.lines[:3]:
        m = _FILE_NAME_LINE.match(doc.norm[s:e].strip())
        if m and (_PLAN_WORD.search(m.group("stem")) or re.search(r"清单$", m.group("stem"))):
            return m.group("stem")
    return None


def _fallback_title(doc: Document) -> str | None:
    """When no title line stands above the body (a web page printed to PDF, a
    news item): 《X》印发 in the first lines, else the first run of one to three
    short lines, with no sentence mark, that ends as a title does (…方案, …的通知,
    …(2024—2027年))."""
    norm, text = doc.norm, doc.text
    lines = doc.lines[:40]
    if lines:
        m = _NEWS_QUOTED.search(norm, lines[0][0], lines[min(len(lines), 6) - 1][1])
        if m:
            g = next(k for k in (1, 2, 3, 4) if m.group(k))
            return re.sub(r"\s+", "", text[m.start(g):m.end(g)])
    for i in range(len(lines)):
        for k in (1, 2, 3):
            run = lines[i:i + k]
            if len(run) < k:
                break
            joined = "".join(norm[s:e].strip() for s, e in run).replace(" ", "")
            ref = _REFERENCE_LABEL_AT.match(joined) if k == 1 else None
            if ref and len(joined) - ref.end() <= 60 and not _SENTENCE.search(joined, ref.end()) \
                    and _TITLE_END.search(joined) and not classify(joined[ref.end():]):
                # a news site's label before the document it reprints (资料:吉林省2006年政府工作报告 under the page's
                # own heading: both annotators of a 2006 province's report, probe batch 175): the title after it
                return re.sub(r"\s+", "", text[run[0][0]:run[0][1]])[ref.end():]
            if i == 0 and k == 1 and joined[-1:] in ":：" and not _SENTENCE.search(joined[:-1]) \
                    and len(joined) <= 40 and (_TITLE_END.search(joined[:-1]) or _LIST_WORD.search(joined[:-1])):
                # the text's first line, a list's name before its colon (2020年苏州市实事项目: / 苏州市2020年实事
                # 项目共有…: a page reposting a 2020 city's list, both annotators of probe batch 139)
                return re.sub(r"\s+", "", text[run[0][0]:run[0][1]]).rstrip(":：")
            if k > 1 and (_NOTICE.match(norm[run[-1][0]:run[-1][1]].strip())
                          or _ABOUT_NOTICE.match(norm[run[-1][0]:run[-1][1]].strip())):
                break                   # a whole notice title is not joined to the menu words above it
                #                         (nor one a page leaves its issuer out of: 交易所公告 / 粮食政策 / 关于做好…
                #                         的通知, both annotators of a 2021 province's notice, probe batch 140)
            if len(joined) > 70 or _SENTENCE.search(joined) or "|" in joined or classify(joined) \
                    or (k > 1 and any(_LIST_MARK.match(norm, s) for s, e in run)) \
                    or any(classify(norm[s:e].strip()) for s, e in run[1:]) \
                    or any(_TRAIL.search(norm, s, e) for s, e in run[:-1]) \
                    or any(_DATE_ONLY.match(ANNOT_TAIL.sub("", norm[s:e].replace(" ", "").strip()))
                           or ANNOT.match(norm[s:e].strip())
                           or LINK_LINE.match(norm[s:e]) or SITE_CHROME.search(norm[s:e])
                           or SITE_SECTION.fullmatch(norm[s:e].strip())
                           or _FIELD_LINE.match(norm[s:e]) or PORTAL_LINE.match(norm[s:e])
                           # (nor a masthead, 新疆维吾尔自治区人民政府文件, or the number under it: both annotators
                           # of a 2021 region's notice and a 2020 county office's, probe)
                           or DOC_NUMBER.fullmatch(norm[s:e].replace(" ", "")) or _MASTHEAD.fullmatch(norm[s:e])
                           for s, e in run):
                break                   # (a breadcrumb trail, 首页 > 政策, is never joined to what follows;
                #                          nor a date line, a note such as (此件公开发布), a search box)
            if k > 1 and _TITLE_END.search(norm[run[-1][0]:run[-1][1]].strip()) \
                    and len(norm[run[-1][0]:run[-1][1]].strip()) >= 10 \
                    and any(_ORG.match(norm[s:e].strip().replace(" ", "")) or _ADDRESS.match(norm[s:e].strip())
                            for s, e in run[:-1]):
                break                   # a site's name or address above a whole title is not part of it
                #                         (地址: / 乌鲁木齐市南湖西路215号 / 新疆生态环保产业协会 / 新疆…整改工作情况的报告:
                #                         both annotators of a 2019 region's report, probe batch 100)
            if len(joined) >= 6 and _TITLE_END.search(joined):
                last = norm[run[-1][0]:run[-1][1]]
                trail = list(_TRAIL.finditer(last))
                if trail and len(last[trail[-1].end():].strip()) < 8:
                    break               # 首页 > 规划计划 > 发展计划: a category at a breadcrumb's end (probe batch 28)
                # (a portal's field values set as list items, • 综合政务 / • 黑龙江省人民政府关于…的实施意见, are never
                # joined, and the title among them goes without its mark: both annotators of a 2024 province's
                # opinion, probe batch 243)
                title = "".join(text[s:e].strip() for s, e in run).replace(" ", "")
                mark = _LIST_MARK.match(title)
                title = title[mark.end():] if mark else title
                # a headline and its part after dashes (2022年政府工作报告(摘要)---二○二二年工作安排:
                # both annotators of a 2022 county report's excerpt, probe batch 34): the title before them
                head = _HEADLINE_DASHES.split(title, 1)[0]
                return head if head != title and len(head) >= 6 and _TITLE_END.search(head) else title
    return None


_HEADLINE_DASHES = re.compile(r"-{2,}|—{1,2}|―{1,2}")
# a news site's label before a document it reprints (资料:…): _fallback_title on a line without blanks, work_report on
# the line as it stands
_REFERENCE_LABEL_AT = re.compile(r"[ \t\u3000]*(?:资料|全文|原文)[:：][ \t\u3000]*(?=[\u4e00-\u9fff])")
# a street address (乌鲁木齐市南湖西路215号)
_ADDRESS = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:路|街|大道|巷|弄)\s?[0-9]+\s?号")


# a news item that reposts a document: 近日,中共中央、国务院印发了《扩大内需战略规划纲要》
_NEWS_ISSUER = re.compile(r"(?:^|(?<=[。,，:：\n]))[ \t]*(?:近日|日前|今天|近期|最近)?[,，]?[ \t]*"
                          r"([\u4e00-\u9fff、]{2,40}?)(?:联合)?(?:印发|发布|出台)了?《([^《》\n]{4,80}?)》")
_CENTRE = ("中共中央", "党中央", "中共中央办公厅")


def _news_issuer(doc: Document, title: str) -> str | None:
    """The issuer a news lead names for the document it reposts, when the
    document it names is this one (the same title): 中共中央、国务院."""
    norm = doc.norm
    own = _fold(title)
    for m in _NEWS_ISSUER.finditer(norm, 0, min(len(norm), doc.body_start + 1000)):
        names = m.group(1).split("、")
        if not all(_ORG.match(n) or n in _CENTRE for n in names):
            continue
        if similarity(_fold(m.group(2)), own) >= 0.9:
            return doc.text[m.start(1):m.end(1)]
    return None


# (a year a review counts from, 2018年以来, is a second year named: the text is not of one year)
_A_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?=\s?年)")
_OWN_BOOK = re.compile(r"(?:现将|现把|将)\s?$")


def _work_year(doc: Document) -> int | None:
    """The year a text that names one year only arranges the work of (rules/titles.yaml
    title.work_year), else None.  A year inside 《》 counts only in the book the text itself
    issues (现将《2021年县政府重点工作任务分解》印发给你们), not one it cites."""
    norm = doc.norm
    # (a text without a title line is read from its first line: 2010年主要任务 / 今年是… over the one part of a
    # work report a copy holds -- both annotators of a 2010 region's report, probe batch 160)
    lo = doc.body_start if doc.title_lines else 0
    years = {m.group() for m in _A_YEAR.finditer(norm, lo, doc.body_end)}
    if len(years) != 1:
        return None
    rs = rules.load("titles")
    work, before = rs["title.work_year"].regex, rs["title.work_year_before"].regex
    for m in _A_YEAR.finditer(norm, lo, doc.body_end):
        ahead = norm[max(lo, m.start() - 8):m.start()]
        if before.search(ahead) or not work.match(norm, m.start(), doc.body_end):
            continue
        line = norm[max(lo, norm.rfind("\n", 0, m.start()) + 1, m.start() - 60):m.start()]
        book = line.rfind("《")
        if book > line.rfind("》") and not _OWN_BOOK.search(line[:book]):
            continue                        # 根据《大南昌都市圈建设2019年工作要点》: a book it cites
        return int(m.group())
    return None


# a news lead that reports a notice by what it does, not by its title: 2月20日,昆明市人民政府办公室
# 印发通知,对…票决确定的10件惠民实事进行责任分解 (the list below is the notice's attachment)
_NEWS_NOTICE = re.compile(r"(?:^|(?<=[。\n]))[ \t]*(?:(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])日[,，]?)?[ \t]*"
                          r"([\u4e00-\u9fff]{4,30}?)(?:联合)?印发(?:了)?(?:通知|文件)[,，]\s?对([^。\n]{4,80}?)(?:进行|作出|作了|予以)")


def _news_notice(doc: Document, title: str):
    """(issuer, month, day) of a news lead above the title that reports the notice
    issuing what the title names (its object shares a run of six characters or more
    with the title), else None."""
    own = _fold(title)
    m = _NEWS_NOTICE.search(doc.norm, 0, doc.body_start)
    if not m or not _ORG.match(m.group(3)):
        return None
    obj = _fold(m.group(4))
    if not any(own[i:i + 6] in obj for i in range(len(own) - 5)):
        return None
    return (doc.text[m.start(3):m.end(3)],
            int(m.group(1)) if m.group(1) else None, int(m.group(2)) if m.group(2) else None)


# a body set up by those named before it, written without a place of its own (优化营商环境领导小组)
_GROUP_OF = re.compile(r"^(?!中共)(?![\u4e00-\u9fff]{0,6}(?:省|自治区|市|县|区|州|盟|旗))[\u4e00-\u9fff]{2,20}(?:领导小组|指挥部|工作组)$")


def _issuer_above(norm: str, lines: list, date_idx: int) -> str | None:
    names: list = []
    i = date_idx - 1
    skipped = seal = 0
    # six lines to find the first name; a run of names goes on as far as it
    # goes (seven departments sign a joint notice, one a line)
    while i >= 0 and (date_idx - i <= 6 or (names and date_idx - i <= 30)):
        s, e = lines[i]
        t = norm[s:e].strip()
        i -= 1
        if ANNOT.match(t):
            continue
        sealed = bool(_SEAL_TAIL.search(t))      # 吉林省人民政府推进职能转变协调小组(代章): the seal it signs with
        t = _SEAL_TAIL.sub("", t)
        parts = [p for p in re.split(r"\s+", t) if p]
        if not names and i >= 0 and len(parts) == 1 and _ORG.match(t) and not _PLACE_HEAD.match(t):
            # a name the line broke in two (包头市优化营商环境工作 / 领导小组办公室(代章)): the line
            # above, when it opens with a place and is no name of its own, is its first part
            s2, e2 = lines[i]
            up = norm[s2:e2].strip()
            if _NAME_HEAD.match(up) and not _ORG.match(up) and _ORG.match(up + t):
                names.append(up + t)
                i -= 1
                continue
        pieces = [q for p in parts for q in _ORG_SPLIT.split(p)]
        if pieces and all(_ORG.match(q) for q in pieces):
            names[0:0] = pieces
            if sealed and len(names) == len(pieces):
                seal = len(pieces)
            continue
        if names and skipped == 0 and len(t) <= 12 and not t.endswith(("。", ":", ",")):
            skipped += 1           # stray web text between signature lines
            continue
        break
    if not names:
        return None
    if seal and len(names) > seal:
        # a body that lends its seal under the issuer's name (健康中国綦江行动推进委员会办公室 / 重庆市綦江区卫生健康
        # 委员会(代章)) signs for it and is no issuer of its own (both annotators of a 2023 district's points)
        names = names[:-seal]
    if len(names) >= 2 and _GROUP_OF.match(names[-1]):
        # 中共木兰县委木兰县人民政府 / 优化营商环境领导小组: a group of the bodies above it, one name
        # (both annotators of probe batch 22)
        return "".join(names)
    return "、".join(names)


@functools.lru_cache(maxsize=256)
def _fold(s: str) -> str:
    """A title's compare-key (the same few strings are folded several times per document)."""
    from ..read.normalize import normalize
    return re.sub(r"\s+", "", normalize(s))


def similarity(a: str, b: str) -> float:
    """2 × (longest common subsequence) / (len a + len b): 1.0 for equal strings
    (what difflib's ratio approximates; run only on two titles)."""
    if not a and not b:
        return 1.0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return 2.0 * prev[-1] / (len(a) + len(b))


@functools.lru_cache(maxsize=1)
def _notice_rules():
    rs = rules.load("titles")
    return rs["title.issues_several"].regex, rs["title.forwards_one"].regex


def _notice_title(doc: Document, title: str, notice: str) -> str:
    """The title when a covering notice (the portal's 标题 ``notice``) issues or
    forwards documents (rules/titles.yaml): two or more issued together, and
    the title found is one of them → the notice's own title; exactly one
    forwarded, and no title of its own was found (the title is the notice's)
    → the forwarded document's title as the notice quotes it."""
    n = _NOTICE.match(notice)
    if not n or not re.search(r"印发|转发|发布", notice):
        return title
    several, one = _notice_rules()
    area = doc.norm[:min(len(doc.norm), max(doc.body_start, 0) + 3000)]
    m = several.search(area)
    if m:
        quoted = {_fold(q) for q in _QUOTED.findall(m.group())}
        return notice if _fold(title) in quoted else title
    m = one.search(area)
    if m and _fold(title) == _fold(notice) and _PLAN_WORD.search(_fold(m.group(1))):
        return re.sub(r"\s+", "", doc.text[m.start(1):m.end(1)])
    return title


# two or more documents a notice issues at once (《甲》和《乙》, 甲规定和乙办法, 两个规定)
_SEVERAL = re.compile(r"(?:[》〉>]|方案|计划|规划|意见|办法|措施|要点|细则|规定|规则|条例)(?:和|、|及|以及|与)|两个|三个")
# a page explaining a policy: 《X》政策解读, 关于《X》的解读
_EXPLAINS = re.compile(r"^(?:关于)?《.{4,80}》(?:的)?(?:政策)?解读$")
# a notice that issues or forwards (its issuer may be left to the page: 关于印发《X》的通知)
# (or, as newer notices write it, X印发关于…的通知: 天津市人民政府印发关于落实…任务分工的通知)
_ISSUING = re.compile(r"^(.{0,40}?)(?:关于(?:印发|转发)|" + _BODY_VERB + r"(?=关于))(.+?)的通知$")


def _issued_title(doc: Document, title: str) -> str:
    """The plan's own title where only its covering notice names it (GUIDE.md: the
    plan's title, not the notice's): a notice that issues or forwards one document
    (…关于印发《X》的通知, …关于印发X的通知) stands for X when X ends as a plan's title
    does; a notice issuing two or more keeps its own (``_notice_title``)."""
    n = _ISSUING.match(_fold(title))
    if not n:
        return title
    several, one = _notice_rules()
    area = doc.norm[:min(len(doc.norm), max(doc.body_start, 0) + 3000)]
    if several.search(area) or _SEVERAL.search(n.group(2)):
        return title
    m = one.search(area)
    inner = str.maketrans("〈〉<>", "《》《》")        # (a title quoted inside a quote: 〈政府工作报告〉)
    if m and (_fold(m.group(1)) in _fold(title) or
              similarity(_fold(m.group(1)).translate(inner), _fold(n.group(2)).translate(inner)) >= 0.9) \
            and _PLAN_WORD.search(_fold(m.group(1))):
        return re.sub(r"\s+", "", doc.text[m.start(1):m.end(1)])
    named = _unquoted(n.group(2))
    # (a 《name》 inside it that what it issues is drawn from stays: 2018年区《政府工作报告》确定的…责任分解方案 -- both
    # annotators of a 2018 district office's notice, probe batch 139)
    inside = named.find("《")
    if len(named) >= 4 and (inside <= 0 or _QUOTE_MODIFIES.match(named, named.find("》", inside) + 1)) \
            and (_PLAN_WORD.search(named) or _LIST_WORD.search(named)) \
            and not named.endswith("通知"):
        return named
    return title


_DIGITS = re.compile(r"[0-9]+")
# a place and a year, or either, before a title's words (永川区2016年, 伊春市, 2020年度)
_PLACE_YEAR = re.compile(r"(?!.*(?:关于|印发|转发|通知))(?:[\u4e00-\u9fff]{1,10}?[省市区县州盟旗镇乡])?(?:(?:19|20)[0-9]{2}年度?)?")


def _quoted_spelling(doc: Document, title: str) -> str:
    """The title as the text itself names it: a header line (a file name, a
    portal's copy) that differs by a character or two from a 《name》 the
    text repeats near its start (印发了《X》… 《X》主要内容如下) is a copy with a
    typo, and the repeated name is the title."""
    ft = _fold(title)
    area = doc.norm[:min(len(doc.norm), 3000)]
    # the notice above names it whole, its place and year before the words the heading repeats
    # (现将《永川区2016年“美丽永川·清洁乡村”行动方案》印发你们 / “美丽永川·清洁乡村”行动方案: both
    # annotators of a 2016 district's plan, probe batch 45): the named title is the whole one
    for m in _QUOTED.finditer(area, 0, doc.body_start or 0):
        fq = _fold(m.group(1))
        if len(fq) > len(ft) >= 6 and (fq.endswith(ft) and _PLACE_YEAR.fullmatch(fq[:len(fq) - len(ft)])
                                       or _DIGITS.sub("", fq) == _DIGITS.sub("", ft)):
            # (or the heading lost the figures the notice writes, 湖南省年深化…方案 under 《湖南省2021年深化…
            # 方案》: both annotators of a 2021 province's division, probe batch 55)
            return re.sub(r"\s+", "", doc.text[m.start(1):m.end(1)])
    if "《" + ft in area.replace(" ", ""):
        return title
    counts: dict = {}
    for m in _QUOTED.finditer(area):
        counts.setdefault(_fold(m.group(1)), []).append(m)
    for fq, ms in counts.items():
        if len(ms) >= 2 and len(fq) == len(ft) and fq != ft and \
                sum(a != b for a, b in zip(fq, ft)) <= max(1, len(ft) // 10):
            return re.sub(r"\s+", "", doc.text[ms[0].start(1):ms[0].end(1)])
    return title


# a line of issuing bodies set above a title (中共中央 国务院 / 关于…的意见): the issuer
_LEAD_ISSUER = re.compile(r"^(?:中共中央|[\u4e00-\u9fff()]{2,40}" + _ORG_SUFFIX + ")$")
# a document the text is to make, before its 《name》 (尽快修订出台《…条例》): no title
_TO_MAKE = re.compile(r"(?:尽快|加快|抓紧|适时|研究|及时|组织)(?:修订|制定|出台|编制|起草|修改)(?:出台|印发)?\s*$")
# a site's mark that a text is (no longer) in force, before its number: (失效)西政办发〔2017〕14号
_IN_FORCE_MARK = re.compile(r"^[(（](?:已?失效|有效|已?废止|部分失效)[)）]")
# a bracketed date under a title with the preamble run on after it: (2015年5月19日) 工业是…
_BRACKET_DATE_LEAD = re.compile(r"^[(（]\s*(" + _Y + r"年[0-9]{1,2}月[0-9]{1,2}日)\s*[)）](?=[\u4e00-\u9fff])")
# the date a central document carries in brackets under its title: （2021年1月4日）, or in
# Chinese numerals as official texts print it (（二〇二一年一月四日）)
_BRACKET_DATE = re.compile(r"^[(（]\s*(" + _Y + r"年[0-9]{1,2}月[0-9]{1,2}日|"
                           r"[二〇零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*[)）]$")


# how the words of a title broken over lines go on (…国家发展改革委 国家体育总局 / 《冰雪旅游…》的实施方案)
_TITLE_GOES_ON = ("《", "<", "(", "（", "“", "的", "和", "及")


def _lead_issuer(doc: Document) -> str | None:
    """The issuing bodies set apart from a title that begins 关于: on a line of their own
    above it (中共中央 国务院 / 关于全面推进…的意见), or on its line before 关于, apart from
    each other (中共中央 国务院关于做好…的意见).  The title keeps them, as the development
    set's titles keep 国务院办公厅关于…."""
    norm = doc.norm
    if len(doc.title_lines) >= 2:
        s, e = doc.title_lines[0]
        pieces = [q for p in norm[s:e].split() for q in _ORG_SPLIT.split(p) if q]
        s2, e2 = doc.title_lines[1]
        if pieces and all(_LEAD_ISSUER.match(q) for q in pieces) and (
                norm[s2:e2].lstrip().startswith("关于") or (
                    len(norm[s:e].split()) >= 2 and not norm[s2:e2].lstrip().startswith(_TITLE_GOES_ON))):
            # (two bodies apart on the line above a title without 关于: 中共海南省委教育工委 海南省教育厅 /
            # 2011年工作要点, both annotators of probe batch 20)
            return "、".join(pieces)
    for s, e in doc.title_lines:
        k = norm.find("关于", s, e)
        if k < 0:
            continue
        pieces = norm[s:k].split()
        if len(pieces) >= 2 and all(_LEAD_ISSUER.match(p) for p in pieces):
            return "、".join(pieces)
        break
    return None


# a portal's 标题 field copied without the blank or colon after its label (标题兴县人民政府办公室 关于做好…的通知 in a
# field table whose every label runs into its value: both annotators of a 2025 county's notice, probe batch 272)
_GLUED_TITLE_LABEL = re.compile(r"[ \t\u3000•·|]*标\s?题(?=[\u4e00-\u9fff《“])")


def _title(doc: Document, head_lines: list) -> str | None:
    text, norm = doc.text, doc.norm
    own = "".join(text[s:e].strip() for s, e in doc.title_lines)
    # (a portal's category tag before it, 【保基本民生】宣城市…的通知: no part of the title -- both
    # annotators of a 2024 city notice, probe batch 60)
    own = _PORTAL_TAG.sub("", re.sub(r"\s+", "", own))
    glued = _GLUED_TITLE_LABEL.match(own)
    if glued:
        own = own[glued.end():]         # 标题某县…的通知: a portal's label run into the title line
    if own and doc.title_lines and not _PLAN_WORD.search(_fold(own)) and not _LIST_WORD.search(own) \
            and not _TITLE_END.search(own) and not _TITLE_LABEL.match(own):
        # a part's heading that lost its number taken for the title line (坚决扛牢粮食安全…政治责任 under the preamble),
        # the text's own title above it on a line of its own: 中共云南省委 云南省人民政府关于做好2022年…的实施意见 (both
        # annotators of a 2022 province's opinion, probe batch 165)
        for s, e in head_lines:
            line = re.sub(r"\s+", "", norm[s:e])
            if e <= doc.title_lines[0][0] and "关于" in line and len(line) <= 80 and not _SENTENCE.search(line) \
                    and _OWN_PLAN_END.search(line) and not _ISSUING_VERB.search(line):
                own = _PORTAL_TAG.sub("", re.sub(r"\s+", "", text[s:e]))
                break
    candidates = []
    for s, e in head_lines:
        glued = _GLUED_TITLE_LABEL.match(norm, s, e)
        if glued:
            s = glued.end()             # 标题兴县人民政府办公室关于…的通知: a portal's label run into its value
        line = norm[s:e]
        if PORTAL_FIELD.match(line.lstrip()) or PORTAL_LINE.match(line):
            continue                    # a portal's field table: its 标题 is read on its own
        if _EXPLAINS.match(line.strip()):
            candidates.append(text[s:e].strip())      # 《X》政策解读: the page's own title, not X
            continue
        n = _NOTICE.match(line) or _ABOUT_NOTICE.match(line.strip())     # (an issuer before 关于, or none)
        if n and re.search(r"关于\s*(?:印发|转发|发布)", line):
            # the one document it issues (a 《name》 inside is part of it:
            # …印发2023年区《政府工作报告》确定的…方案的通知), else the notice itself
            candidates.append(text[s:e].strip() if _SEVERAL.search(n.group(2))
                              else _unquoted(text[s + n.start(2):s + n.end(2)].strip()))
            continue
        sentence = len(line.strip()) > 70 or line.rstrip()[-1:] in "。;；"
        if sentence and classify(line.strip()):
            continue                    # (三)…尽快出台《…试行办法》…: a numbered item's sentence names a document it is
            #                             to make (a 2008 province's opinion saved from its second page, probe batch 144)
        lead = _QUOTED.match(line.strip())
        if not n and not sentence and lead and len(line.strip()) - lead.end() >= 4 and _PLAN_WORD.search(line.strip()):
            # 《政府工作报告》重点目标任务前三季度推进情况通报: a line that opens on a 《name》 and goes on to a title's
            # last word is a title naming that document, the page's own (both annotators of a 2021 city's
            # 通报, probe batch 152)
            candidates.append(text[s:e].strip())
            continue
        for q in _QUOTED.finditer(line):
            if _TO_MAKE.search(line, 0, q.start()):
                continue                # 尽快修订出台《…条例》: a document the text is to make (a 2012 city's plan saved
                #                         from its fourth page, both annotators of probe batch 147)
            if n and n.start(2) <= q.start() and q.end() <= n.end(2) and _QUOTE_MODIFIES.match(line, q.end()):
                continue                # 关于《政府工作报告》确定的…责任分解的通知: part of the notice's subject
                #                         (not 关于对《X》公开征求意见的通知: X is what is consulted on)
            if _BASIS.search(line, 0, q.start()):
                continue                # 根据…通过的《区政府工作报告》: the document it rests on
            if _PASSED.search(line, 0, q.start()) and not _ISSUE_NOW.match(line, q.end()):
                continue                # 现将…会议审议通过的《政府工作报告》确定的工作任务进行责任分解: its basis
            if sentence and not _ISSUED_HERE.search(line, q.end(), q.end() + 60) \
                    and not re.search(r"(?:印发|转发|发布|出台)了?\s?$", line[max(0, q.start() - 6):q.start()]):
                continue                # 扎实推进我市《…实施意见》明确的任务: a document a sentence names
            candidates.append(text[s + q.start(1):s + q.end(1)])
        if n:                           # 关于对《X》公开征求意见的通知: X above, then this
            subj = text[s + n.start(2):s + n.end(2)]
            whole = subj.startswith("《") and subj.endswith("》") and subj.count("《") == 1
            if whole:
                candidates.append(subj[1:-1])
            elif re.search(r"(?m)^[ \t\u3000]*" + re.escape(subj.strip()) + r"[ \t\u3000]*$", norm[e:]):
                candidates.append(subj)     # its subject heads the text below: the plan it carries
            else:
                # 关于落实…纲要主要目标和任务工作分工的通知, 滁州市人民政府关于2020年市政府重点工作及责任分解的
                # 通知: a notice that issues nothing is the document, titled whole as its line writes it
                # (both annotators of probe batches 9, 19 and 25)
                candidates.append(_PORTAL_TAG.sub("", text[s:e].strip()))
    candidates = [re.sub(r"\s+", "", c) for c in candidates if _PLAN_WORD.search(_fold(_DRAFT.sub("", _fold(c))))]
    best = None
    if own:
        fo = _fold(own)
        for c in candidates if fo.count("(") != fo.count(")") else ():   # a title cut short
            fc = _fold(_DRAFT.sub("", _fold(c)))
            if fc.count("(") == fc.count(")") and similarity(fo, fc) >= 0.9:
                best = c
                break
        if best is None:
            best = own
    elif candidates:
        best = candidates[0]
    if best and _BRACKET_DATE.match(fold_cn_zeros(best)):
        return None                              # (2023年2月19日) over the preamble: a copy cut above its title,
        #                                          the date under it is none (both annotators of probe batch 163)
    if best and not _clean_title(best):
        return None                              # only chrome (政策全文): look further
    if best:
        stripped = _strip_draft(best)
        if stripped != best and _DRAFT.search(_fold(best)):
            doc.meta.draft = True
        best = stripped
    return best or None


# what web pages and crawlers put round a title (政策全文, 新华社北京2月13日电, （本文有删减）),
# a speech's subtitle run on (——2022年10月28日在…上), and a closing date in brackets
# that only says when it was adopted (（2023年1月2日）, （民政部一九九七年一月二十八日）)
# (a pop-up's close mark, × (a 2017 city's opinion, probe batch 97), a portal's section name, 政府信息公开, and a news
# headline before the title, 四川省农业厅2020年一号文件全文发布 / 农业农村厅
# 2020年工作要点: both annotators of a 2018 township's plan and of a 2020 provincial department's points, probe batch 98)
_TITLE_CHROME = re.compile(r"^(?:政策全文|返回顶部|展开全文|展开|收起|打印本页|关闭窗口|设为首页|加入收藏|政府信息公开|[×✕✖]"
                           # (a page's 信息详情 tab, and the question marks a wrong encoding left of a blank, ?东山街道…:
                           # the annotators of a 2020 district's and a 2020 street's pages, probe batches 84 and 109)
                           r"|信息详情|[?？]+(?=[\u4e00-\u9fff])"
                           r"|[^《》]{2,30}?全文(?:发布|公布)(?=.{6,})"
                           r"|新华社[\u4e00-\u9fff0-9]{0,12}?电|[(（]本文有删减[)）]|[(（]此件公开发布[)）]"
                           # a news page's photo caption before the title ((资料图): probe batch 29)
                           r"|[(（](?:资料图片?|图片来源[^()（）]{0,12}|图)[)）]"
                           r"|[-—–]\s*[0-9０-９]{1,4}\s*[-—–]|.*?[>＞]\s*(?:[\u4e00-\u9fff]{0,6}?(?:文件发布|发布|详情|正文|文件))?)+")
_TITLE_TAIL = re.compile(r"(?:——\s*(?:19|20)[0-9]{2}年.*|[(（][\u4e00-\u9fff]{0,12}?(?:(?:19|20)[0-9]{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})"
                         r"年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日[)）])$"
                         # a file's name set as the page's heading (…实施方案.pdf, a reprint of a
                         # county plan: both annotators of probe batch 39)
                         r"|\.(?:pdf|PDF|docx?|DOCX?|wps|WPS|ofd|OFD|xlsx?|XLSX?)$"
                         # a site's name after the document's own last word, as a page's <title> gives
                         # it (…责任分解的通知-欧洲杯网络平台: a mirror of a 2021 city's notice, both
                         # annotators of probe batch 50)
                         # (not a draft's or a revision's mark: …方案-征求意见稿, …方案—2023年修订)
                         r"|" + _TITLE_NUMBER.pattern +
                         # a count of its items in brackets after the title (…重点工作分工方案(共计121项): both annotators of
                         # a 2023 district's division, probe batch 2)
                         r"|[(（]共?计?[0-9一二三四五六七八九十百]+(?:项|条|件)[)）]$" +
                         # a news headline's verb after the list it announces (…重点民生项目清单公布: both annotators of a
                         # 2021 zone's list, probe batch 110)
                         r"|(?<=清单|方案|意见|计划|要点|措施|名单|目录|项目)(?:正式)?(?:公布|出炉)$" +
                         r"|(?<=通知|方案|意见|计划|要点|规划|办法|报告|决定|细则|清单|分解|分工|纲要)\s*[-—–_|]\s*"
                         r"(?![^\n]*(?:稿|草案|修订|修改|试行|暂行))[\u4e00-\u9fffA-Za-z]{2,20}$")


# a file's name on the line above the title, read with it (盐湖区…实施方案.pdf / 盐湖区…实施方案: a 2022 district's
# plan, both annotators of probe batch 39; a line it ran onto when a copy lost its breaks)
_FILE_NAME_LEAD = re.compile(r"^[^。;；]{4,80}?\.(?:pdf|PDF|docx?|DOCX?|wps|WPS|ofd|OFD)(?=[^\s.]{4})")


# a news headline that the bodies issued the plan (省委办公厅省政府办公厅印发《…三年行动计划(2023—2025年)》, over
# the plan's text: both annotators of probe batch 49): the title is the plan's, in the marks
_ISSUED_HEADLINE = re.compile(r"^(?!关于)[^《》]{2,40}?印发《([^《》]{4,80})》$")


# a document's name inside a title, in the marks a quoted title nests it in (2010年〈政府工作报告〉主要
# 目标任务分解方案, 2022年<政府工作报告>…): standing alone, the title writes it 《…》, as both
# annotators of five such probe documents (batches 13-41) do
_INNER_TITLE = re.compile(r"[〈<]([^〈〉<>《》\n]{2,60})[〉>]")


def _standalone_marks(s: str) -> str:
    return _INNER_TITLE.sub(r"《\1》", s) if "《" not in s else s


# a distribution note before a title ((发至县级), (發至縣人民政府)): who receives it, no part of the title
_SENT_TO = re.compile(r"^[(（][发發]至[^()（）]{1,12}[)）]\s*")


def _bare_title(s: str) -> str:
    """A title without a distribution note before it, and without the 《》 a page sets round the whole
    of it (《湾里管理局关于…2023年行动方案》: both annotators of a 2023 district bureau's page, probe
    batch 66; (發至縣人民政府)青海省…: both of a 2014 province's measures, batch 65)."""
    t = _SENT_TO.sub("", s)
    if t.startswith("《") and len(t) > 6:
        t = _unquoted(t)
    return t or s


# a title's bracketed span of years whose dash the copy lost: 实施方案(20132015年) (both annotators of a 2013
# city's plan, probe batch 97, from the page's own 标题 field: (2013-2015年))
_GLUED_YEARS = re.compile(r"(?<=[(（])((?:19|20)[0-9]{2})((?:19|20)[0-9]{2})(?=年?[)）])")


# … or its opening bracket: 三年攻坚行动方案2021—2023年) (both annotators of a 2021 region's plan, probe batch 154)
_OPEN_LOST = re.compile(r"(?<=[\u4e00-\u9fff])((?:19|20)[0-9]{2}\s?年?\s?[-—–~～至]+\s?(?:19|20)[0-9]{2}\s?年?[)）])$")


def _unglue_years(s: str) -> str:
    s = _GLUED_YEARS.sub(lambda m: m.group(1) + "-" + m.group(2)
                         if 0 < int(m.group(2)) - int(m.group(1)) <= 30 else m.group(), s)
    if s.count("(") + s.count("（") < s.count(")") + s.count("）"):
        s = _OPEN_LOST.sub(lambda m: ("（" if m.group(1).endswith("）") else "(") + m.group(1), s)
    return s


def _unquoted(s: str) -> str:
    """A name without the 《》 round the whole of it; a 《》 round a part stays (关于印发《2020年…政府工作报告》
    重点工作任务分工的通知 issues 《…工作报告》重点工作任务分工: both annotators of a 2020 district's division,
    probe batch 98)."""
    pair = s[:1] + s[-1:]
    if pair in ("《》", "〈〉", "<>") and s.count(pair[0]) == 1 and s.count(pair[1]) == 1:
        return s[1:-1]
    return s


def _clean_title(s: str | None) -> str | None:
    if not s:
        return s
    from ..read.normalize import canonical
    s = _unglue_years(_standalone_marks(canonical(s)))
    s = _TITLE_CHROME.sub("", s)
    s = _FILE_NAME_LEAD.sub("", s)
    spam = _SPAM_LEAD.match(s)
    if spam and len(s) - spam.end() >= 8:
        s = s[spam.end():]        # 伟德体育bevictor2020年工作要点: a mirror's advert run into the title line
    tag = _PORTAL_TAG.match(s)
    if tag and "解读" not in tag.group() and len(s) - tag.end() >= 6:
        # 【重点工作落实】2021年度…的通报, (河南省)叶县人民政府工作报告: a portal's tag wherever the title was read from
        # (both annotators of a 2021 city's notice and a 2025 county's report, probe batches 62 and 128)
        s = s[tag.end():]
    lead = DOC_NUMBER.match(s)
    if lead and len(s) - lead.end() >= 8 and _PLAN_WORD.search(s) and re.match(r"[\u4e00-\u9fff]{1,6}[〔\[【(]", s) \
            and not s.startswith("文", lead.end()):
        # 岳政发[2009]2号岳阳市人民政府关于…的通知: the number a copy ran into the title line is the document's,
        # no part of its title (both annotators of a 2009 city's notice, probe batch 153); not a number the title
        # names (贯彻落实襄发[2011]23号文件责任分工方案)
        s = s[lead.end():].lstrip()
    headline = _ISSUED_HEADLINE.match(s)
    if headline:
        s = headline.group(1)
    m = re.match(r"(.{4,30}?)\1", s)          # a letterhead line above a title that repeats it
    while m:                                   # (a page may print it three times: its title, two headings)
        s = s[len(m.group(1)):]
        m = re.match(r"(.{4,30}?)\1", s)
    m = _TITLE_TAIL.search(s)
    if m and m.start() >= 4:
        s = s[:m.start()]
    half = len(s) // 2
    if len(s) > 60 and s[:half] == s[half:]:
        s = s[:half]                           # a long title printed twice (a 2025 region's opinion, probe batch 118)
    return s or None


def _strip_draft(s: str) -> str:
    s = _clean_title(s) or s
    for rx in (_DRAFT, _PROMULGATED):
        f = _fold(s)
        m = rx.search(f)
        if m and m.start() > 0:
            # cut the same number of characters from the text as written
            s = s[: len(s) - (len(f) - m.start())]
    return s


def _region(issuer, title, text, doc_number=None):
    return regions.resolve(issuer, title, text, doc_number)
