"""Metadata read from the portal header, the covering notice and the plan's title."""
import pytest

from extract.find import metadata
from extract.pipeline import parse_text
from extract.models import Document
from extract.read.normalize import normalize
from extract.find import structure

DATES = [
    ("2024年2月22日", None, "2024-02-22"),
    ("2024222日", None, "2024-02-22"),          # 年 and 月 lost: only 2-22 is a valid split
    ("2024111日", None, None),                  # 1-11 or 11-1: ambiguous without a hint
    ("2024111日", "2024-11-01", "2024-11-01"),   # the portal field settles it
    ("二〇二三年八月十五日", None, "2023-08-15"),
    ("2023年13月1日", None, None),
    ("为推进工作,2024年2月22日", None, None),    # not a date line
]


@pytest.mark.parametrize("line, hint, iso", DATES, ids=[d[0] + (f"|{d[1]}" if d[1] else "") for d in DATES])
def test_parse_date_line(line, hint, iso):
    assert metadata.parse_date_line(line, hint) == iso


def structure_of(text):
    doc = Document("t", "t.txt", "", "", "txt", "utf-8", text, normalize(text))
    structure.build(doc)
    return doc


def meta_of(text):
    return metadata.extract(structure_of(text))


NOTICE = """[ 发文字号 ] 甲府办发〔2024〕7号
[ 成文日期 ] 2024-05-06 [ 发布日期 ] 2024-05-10
甲市人民政府办公室关于印发甲市乙丙行动计划(2024—2027年)的通知
各区县:
现将《甲市乙丙行动计划(2024—2027年)》印发给你们。

甲市人民政府办公室

2024年5月6日

(此件公开发布)

甲市乙丙行动计划

(2024—2027年)

为推进乙丙工作,制定本计划。

一、总体要求
内容。
二、重点任务
1.建设平台。
"""


def test_notice_fields():
    m = meta_of(NOTICE)
    assert m.doc_number == "甲府办发〔2024〕7号"
    assert m.signed == "2024-05-06" and m.published == "2024-05-10"
    assert m.issuer == "甲市人民政府办公室"
    assert m.title == "甲市乙丙行动计划(2024—2027年)"
    assert m.period == [2024, 2027]


def test_title_repaired_from_notice_when_a_bracket_was_lost():
    m = meta_of(NOTICE.replace("(2024—2027年)\n\n为推进", "2024—2027年)\n\n为推进"))
    assert m.title == "甲市乙丙行动计划(2024—2027年)"


def test_joint_issuers_split_and_junk_line_skipped():
    text = ("关于印发甲乙意见的通知\n\n现将《甲乙意见》印发你们。\n\n"
            "山西省市场监督管理局山西省科学技术厅\n\n山西省商务厅 山西省财政厅\n\n网站2024\n\n"
            "山西省教育厅\n\n2024年8月15日\n\n甲乙意见\n\n一、指导思想\n内容。\n二、任务\n1.任务。\n")
    m = meta_of(text)
    assert m.issuer == "山西省市场监督管理局、山西省科学技术厅、山西省商务厅、山西省财政厅、山西省教育厅"
    assert m.signed == "2024-08-15"
    assert m.title == "甲乙意见" and m.period is None and m.doc_number is None


def test_joint_issuers_printed_two_a_line_split_at_their_names_not_inside_weiyuanhui():
    """A PDF prints four signers two a line with no space between them: 委员会 followed by the
    next body's province is one name ending, not 委 | 员会… (a Zhejiang joint notice's issuer
    had been lost; both of its annotators list all four)."""
    text = ("关于印发甲乙方案的通知\n\n现将《甲乙方案》印发给你们。\n\n"
            "浙江省应急管理厅中共浙江省委网络安全和信息化委员会办公室\n浙江省发展和改革委员会浙江省数据局\n"
            "2026年2月10日\n\n甲乙方案\n\n一、指导思想\n内容。\n二、任务\n1.任务。\n")
    assert meta_of(text).issuer == ("浙江省应急管理厅、中共浙江省委网络安全和信息化委员会办公室、"
                                    "浙江省发展和改革委员会、浙江省数据局")


def test_a_reports_subtitle_gives_the_day_it_was_delivered():
    """——2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上: signed that day (both
    annotators of a State Council report to the NPC Standing Committee)."""
    text = ("国务院关于数字经济发展情况的报告\n——2022年10月28日在第十三届全国人民代表大会常务委员会"
            "第三十七次会议上\n国家发展和改革委员会主任 某某\n\n全国人民代表大会常务委员会：\n"
            "现就数字经济发展情况报告如下。\n一、发展成效\n内容。\n二、下一步工作安排\n(一)加强统筹。\n")
    assert meta_of(text).signed == "2022-10-28"


def test_draft_marker_left_out_of_title():
    m = meta_of("甲市乙方案(2023-2025年)\n\n(征求意见稿)\n\n为推进,制定本方案。\n\n一、目标\n内容。\n二、任务\n(一)甲。\n")
    assert m.title == "甲市乙方案(2023-2025年)"
    assert m.draft is True
    assert m.period == [2023, 2025]


def test_plan_without_notice_reads_signature_after_body():
    m = meta_of("甲县乙工作方案\n\n一、目标\n内容。\n二、任务\n1.甲。\n\n甲县人民政府\n2022年1月5日\n")
    assert m.title == "甲县乙工作方案"
    assert m.signed == "2022-01-05"
    assert m.issuer == "甲县人民政府"


STATE_COUNCIL = """国务院办公厅关于加快发展某某服务业的意见
国办发〔2024〕12号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
　　为加快发展某某服务业，经国务院同意，现提出以下意见。
　　一、总体要求
　　（一）指导思想。以人民为中心。
　　二、重点任务
　　（二）提升服务质量。规范行为。（国家知识产权局牵头，公安部配合）

国务院办公厅
2024年3月5日
（此件公开发布）
"""


def test_opinion_without_notice_number_under_title_and_signature_at_end():
    m = meta_of(STATE_COUNCIL)
    assert m.title == "国务院办公厅关于加快发展某某服务业的意见"
    assert m.doc_number == "国办发〔2024〕12号"
    assert m.issuer == "国务院办公厅"
    assert m.signed == "2024-03-05"
    assert (m.region, m.level) == ("中华人民共和国", "national")


@pytest.mark.parametrize("header, published", [
    ("[ 成文日期 ] 2024-02-22 [ 发布日期 ] 2024-03-12", "2024-03-12"),
    ("发文字号： | 某府办〔2024〕18号 | 发布日期： | 2024-04-02", "2024-04-02"),
    ("发布时间: 2023-03-22 | 2111 次浏览", "2023-03-22"),
    ("2024-06-18 09:32　来源：某市人民政府网站", "2024-06-18"),
    ("为推进工作,2024-06-18 召开会议", None),
], ids=["bracket-field", "table-cells", "colon-field", "repost-stamp", "not-a-field"])
def test_published_date_from_page_header(header, published):
    m = meta_of(header + "\n\n某市工作方案\n\n一、目标\n内容。\n二、任务\n1.甲。\n")
    assert m.published == published


def test_issued_date_is_published_only_without_a_publication_field():
    both = meta_of("发文日期：2024年06月03日　发布日期：2024年06月12日\n\n某省工作方案\n\n一、目标\n内容。\n二、任务\n1.甲。\n")
    assert both.published == "2024-06-12" and both.signed == "2024-06-03"
    alone = meta_of("发文日期 2023-10-30\n\n某市工作方案\n\n一、目标\n内容。\n二、任务\n1.甲。\n")
    assert alone.published == "2023-10-30"


def test_signature_above_page_buttons_is_read():
    m = meta_of("某省人民政府关于某事的实施意见\n\n一、目标\n内容。\n二、任务\n(一)甲。\n\n某省人民政府\n2024年6月3日\n"
                "(此件公开发布)\n\n【打印本页】　　【关闭窗口】\n主办:某省人民政府办公厅\n")
    assert m.signed == "2024-06-03" and m.issuer == "某省人民政府"


def test_seven_departments_signing_one_a_line_are_all_issuers():
    from extract.pipeline import parse_text
    names = ["浙江省经济和信息化厅", "浙江省发展和改革委员会", "浙江省教育厅", "浙江省科学技术厅",
             "浙江省财政厅", "浙江省市场监督管理局", "浙江省数据局"]
    text = ("浙江省经济和信息化厅等七部门关于印发某实施意见的通知\n各市人民政府:\n现将《某实施意见》印发给你们,请结合实际抓好落实。\n"
            + "\n".join(names) + "\n2026年6月25日\n一、总体要求\n(一)加强组织。\n")
    assert parse_text(text).meta.issuer == "、".join(names)


# ---- the title a covering notice gives (rules/titles.yaml, metadata._quoted_spelling)

PORTAL = "标　　题： | {title}\n发文字号： | 国办发〔2018〕124号\n\n"
BODY_LINES = "一、总体要求\n（一）加强领导。各地要高度重视。\n二、工作措施\n（一）完善制度。建立健全工作机制。\n"


def test_a_notice_issuing_two_documents_keeps_its_own_title():
    notice = "国务院办公厅关于印发甲规定和乙规定两个规定的通知"
    text = (PORTAL.format(title=notice) + "国务院办公厅关于印发甲规定\n和乙规定两个规定的通知\n"
            "各省、自治区、直辖市人民政府：\n《甲事业单位转制的规定》和《乙企业发展的规定》已经国务院同意，现印发给你们，请认真贯彻执行。\n"
            "国务院办公厅\n2018年12月18日\n甲事业单位转制的规定\n" + BODY_LINES)
    assert meta_of(text).title == notice


def test_a_notice_issuing_one_document_gives_that_documents_title():
    # (the existing reading: the plan's own title lines under the notice)
    text = (PORTAL.format(title="国务院办公厅关于印发甲规定的通知") + "国务院办公厅关于印发甲规定的通知\n"
            "各省、自治区、直辖市人民政府：\n《甲事业单位转制的规定》已经国务院同意，现印发给你们，请认真贯彻执行。\n"
            "国务院办公厅\n2018年12月18日\n甲事业单位转制的规定\n" + BODY_LINES)
    assert meta_of(text).title == "甲事业单位转制的规定"


def test_a_forwarded_request_on_one_line_is_titled_as_the_request():
    notice = "国务院办公厅转发国家教委关于甲班扩大规模有关问题请示的通知"
    text = (PORTAL.format(title=notice) + notice + " 国办发〔1996〕32号 各省人民政府：国家教委《关于甲班扩大规模有关问题的请示》"
            "已经国务院批准，现转发给你们。请你们高度重视。国务院办公厅 一九九六年七月十七日 关于甲班扩大规模有关问题的请示 国务院："
            "为贯彻落实有关精神，现提出如下意见：一、逐年扩招，分步实施。二、保证必要的办学条件。\n")
    assert meta_of(text).title == "关于甲班扩大规模有关问题的请示"


def test_a_header_copy_with_a_typo_yields_to_the_name_the_text_repeats():
    text = ("甲市数字经济发展规玥纲要(2022-2035年)\n\n发布日期: 2022年12月\n\n"
            "新华社北京12月14日电 近日，甲市印发了《甲市数字经济发展规划纲要（2022－2035年）》，要求认真贯彻落实。\n"
            "《甲市数字经济发展规划纲要（2022－2035年）》主要内容如下。\n" + BODY_LINES)
    assert meta_of(text).title == "甲市数字经济发展规划纲要（2022－2035年）"


def test_a_title_is_not_replaced_by_a_similar_name_quoted_once_or_of_another_length():
    once = ("甲市数字经济发展规划纲要\n为落实《甲市数字经济发展规划要点》，制定本纲要。\n" + BODY_LINES)
    assert meta_of(once).title == "甲市数字经济发展规划纲要"
    other = ("甲市数字经济发展三年行动计划\n根据《甲市数字经济发展规划纲要》，制定本计划。"
             "《甲市数字经济发展规划纲要》明确了目标。\n" + BODY_LINES)
    assert meta_of(other).title == "甲市数字经济发展三年行动计划"


NEWS_REPOST = """扩大内需战略规划纲要(2022-2035年)

发布日期: 2022年12月
来源: https://www.gov.cn/zhengce/2022-12/14/content_5732067.htm

新华社北京12月14日电 近日,中共中央、国务院印发了《扩大内需战略规划纲要(2022-2035年)》,并发出通知,要求各地区各部门结合实际认真贯彻落实。

一、规划背景

(一)我国扩大内需已取得显著成效

北京……北京……
"""


def test_a_news_repost_names_the_issuer_of_the_document_it_reposts():
    # the issuer (and so the region) of a national plan reposted as news comes from
    # its lead, not from the city of the news agency's dateline (新华社北京)
    m = meta_of(NEWS_REPOST)
    assert m.issuer == "中共中央、国务院"
    assert (m.region, m.level) == ("中华人民共和国", "national")


def test_a_news_lead_about_another_document_is_not_the_issuer():
    text = NEWS_REPOST.replace("印发了《扩大内需战略规划纲要(2022-2035年)》", "印发了《关于加强耕地保护的意见》")
    doc = Document("t", "t.txt", "", "", "txt", "utf-8", text, normalize(text))
    structure.build(doc)
    assert metadata._news_issuer(doc, "扩大内需战略规划纲要(2022-2035年)") is None
    assert metadata._news_issuer(doc, "关于加强耕地保护的意见") == "中共中央、国务院"


def test_issuers_set_above_a_title_and_the_bracketed_date_under_it():
    """中共中央 国务院 / 关于…的意见 / （2021年1月4日）: the line above names the issuers and
    the bracketed date is when it was signed; the title keeps the issuers, as 国务院办公厅关于…
    titles do (and as the document is cited; gold-fresh's two annotators of the 2021 No.1
    document left them out, tests/data/real-titles.tsv keeps them: GUIDE.md is silent)."""
    text = ("新华社北京2月21日电\n\n中共中央 国务院\n关于全面推进乡村振兴加快农业农村现代化的意见\n（2021年1月4日）\n\n"
            "一、总体要求\n内容。\n二、重点任务\n（一）加快推进。\n（二）加强建设。\n三、保障措施\n内容。\n")
    m = meta_of(text)
    assert m.issuer == "中共中央、国务院" and m.signed == "2021-01-04"
    assert m.title == "中共中央国务院关于全面推进乡村振兴加快农业农村现代化的意见"


def test_issuers_set_apart_on_the_title_line_and_the_bracketed_date_under_it():
    """中共中央 国务院关于…的意见 / （2023年1月2日）, on one line (as the 2023 No.1 document
    was reposted): both of gold-fresh's annotators read issuer and signed from it."""
    text = ("新华社北京2月13日电\n\n中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见\n（2023年1月2日）\n\n"
            "一、总体要求\n内容。\n二、重点任务\n（一）加快推进。\n（二）加强建设。\n三、保障措施\n内容。\n")
    m = meta_of(text)
    assert m.issuer == "中共中央、国务院" and m.signed == "2023-01-02"
    assert m.title == "中共中央国务院关于做好2023年全面推进乡村振兴重点工作的意见"
    text = text.replace("中共中央 国务院关于", "乡村 振兴关于")          # not bodies: no issuer from them
    assert meta_of(text).issuer != "乡村、振兴"


def test_an_articles_byline_gives_the_date_it_was_published():
    """《…》印发 / 浙江经信2026-07-30: a plan reposted as an account's article, printed to PDF;
    both annotators of gold-fresh's PDF 18 read published from the byline."""
    text = ("《某省人工智能赋能制造业实施方案（2026-2030年）》印发\n浙江经信2026-07-30\n为深入贯彻落实…,特制定本方案。\n"
            "一、主要目标\n内容。\n二、重点任务\n（一）加快推进。\n（二）加强建设。\n")
    m = meta_of(text)
    assert m.published == "2026-07-30" and m.signed is None
    assert meta_of(text.replace("浙江经信2026-07-30", "浙江经信，2026年7月30日起施行。")).published is None


def test_a_title_line_that_is_not_only_issuers_names_no_issuer():
    text = ("乡村振兴 重点任务\n关于全面推进乡村振兴加快农业农村现代化的意见\n\n"
            "一、总体要求\n内容。\n二、重点任务\n（一）加快推进。\n三、保障措施\n内容。\n")
    assert meta_of(text).issuer != "乡村振兴、重点任务"


@pytest.mark.parametrize("head,published", [
    # the page's time line, not the delivery subtitle (which is the signed date)
    ("陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n"
     "时间：\n2026-02-02 09:20\n来源：\n陕西省人民政府\n", "2026-02-02"),
    ("2026年浙江省政府工作报告\n2026年1月14日在浙江省第十四届人民代表大会第四次会议上\n来源：浙江日报\n"
     "时间：2026-01-22\n", "2026-01-22"),
    ("2026年某省政府工作报告\n2026年1月14日在某省第十四届人民代表大会第四次会议上\n", None),
])
def test_a_work_reports_published_date_is_its_pages_time_line(head, published):
    """gold-fresh batch 9: the subtitle's 2026年1月27日 had been read as the page's time."""
    from extract.pipeline import parse_text
    meta = parse_text(head + "各位代表：\n一、2025年工作回顾\n内容。\n二、2026年重点工作\n内容。\n").meta
    assert (meta.signed[:4], meta.published) == ("2026", published)


PORTAL_DECISION = """索 引 号： | 000014349/2018-00222 | 主题分类： | 卫生、体育\\医药管理
发文机关： | 国务院 | 成文日期： | 2018年12月21日
标　　题： | 国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定
发文字号： | 国发〔2018〕43号 | 发布日期： | 2018年12月29日
主 题 词： |  |  |

国务院关于在海南博鳌乐城国际医疗旅游先行区
暂时调整实施《中华人民共和国药品管理法
实施条例》有关规定的决定
国发〔2018〕43号
各省、自治区、直辖市人民政府：
为进一步支持海南省试点发展国际医疗旅游相关产业，国务院决定暂时调整实施《中华人民共和国药品管理法实施条例》第三十六条的规定。
国务院
2018年12月21日
"""


def test_a_portal_field_table_over_a_page_without_headings_is_metadata():
    """A decision with no numbered headings: the field table is the header, not the body
    (its 发布日期 was read as a deadline and missed as published), and the page's 标题
    is the title, not a 《name》 the text quotes (gold-fresh batch 10)."""
    from extract.pipeline import parse_text
    doc = parse_text(PORTAL_DECISION)
    m = doc.meta
    assert (m.issuer, m.signed, m.published, m.doc_number) == ("国务院", "2018-12-21", "2018-12-29", "国发〔2018〕43号")
    assert m.title.startswith("国务院关于在海南博鳌乐城") and m.title.endswith("有关规定的决定")
    assert [d.text for d in doc.deadlines] == []


def test_a_portal_field_naming_joint_issuers_gives_them_all():
    """发文机关： | 国务院办公厅、中央军委办公厅 (gold-fresh batch 10: the joint issuers were dropped)."""
    from extract.pipeline import parse_text
    text = PORTAL_DECISION.replace("发文机关： | 国务院 |", "发文机关： | 国务院办公厅、中央军委办公厅 |")
    assert parse_text(text).meta.issuer == "国务院办公厅、中央军委办公厅"


@pytest.mark.parametrize("title, period", [
    ("国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复", None),
    ("国务院办公厅关于同意以深圳市名义申办2011年第26届世界大学生夏季运动会的复函", None),
    ("国务院办公厅关于2019年部分节假日安排的通知", [2019, 2019]),
    ("甲市2026年数字经济工作要点", [2026, 2026]),
])
def test_a_year_that_names_an_event_is_not_the_period(title, period):
    m = meta_of(f"{title}\n\n甲局:\n\n现批复如下:\n\n一、同意。\n\n二、请认真组织实施。\n\n甲办公厅\n2006年5月23日\n")
    assert m.title == title
    assert m.period == period


def test_a_text_without_a_period_in_its_title_is_in_force_for_its_validity_window():
    """自2025年5月1日起实施,有效期至2030年4月30日 -> [2025, 2030] (all four annotators who met
    one); a title's own period wins."""
    from extract.pipeline import parse_text
    body = ("\n\n第一条 为规范管理,制定本细则。\n第二条 本细则适用于本市。\n"
            "第三条 本细则自2025年5月1日起实施,有效期至2030年4月30日。\n")
    assert parse_text("上海市技术交易场所管理细则" + body).meta.period == [2025, 2030]
    assert parse_text("某市技术交易场所管理细则(2025—2027年)" + body).meta.period == [2025, 2027]
    assert parse_text("上海市技术交易场所管理细则" + body.replace(",有效期至2030年4月30日", "")).meta.period is None
    # in force from a day for three years (the day not yet filled in): [2026, 2029], as both
    # annotators of a Zhejiang 若干措施 give it
    assert parse_text("上海市技术交易场所管理细则" + body.replace(
        "自2025年5月1日起实施,有效期至2030年4月30日", "自2026年9月X日起施行,有效期三年")).meta.period == [2026, 2029]


def test_a_document_number_whose_last_character_wrapped_is_read_whole():
    """浙政发〔2025〕10 / 号 on the next line (a PDF's red-header layout): GUIDE.md, names and
    numbers split by a line break are read whole."""
    text = ("浙江省人民政府文件\n浙政发〔2025〕10\n号\n浙江省人民政府印发关于支持甲乙若干措施的通知\n"
            "各市、县(市、区)人民政府:\n现将《关于支持甲乙的若干措施》印发给你们,请认真贯彻落实。\n"
            "浙江省人民政府\n2025年4月17日\n关于支持甲乙的若干措施\n一、发展目标\n内容。\n二、重点任务\n(一)甲。\n")
    assert meta_of(text).doc_number == "浙政发〔2025〕10号"


def test_an_order_several_bodies_issue_together():
    """Their names one a line, then 令, then its number: issuers joined, the number as
    printed; a news page's stamp 2023年07月13日15:00来源:… is the page's date."""
    text = ("甲乙服务管理暂行办法\n2023年07月13日15:00来源:中国网信网\n国家互联网信息办公室\n"
            "中华人民共和国教育部\n国家广播电视总局\n令\n第15号\n"
            "《甲乙服务管理暂行办法》已经审议通过,现予公布,自2023年8月15日起施行。\n"
            "国家互联网信息办公室主任某某\n教育部部长某某\n2023年7月10日\n"
            "甲乙服务管理暂行办法\n第一章 总则\n第一条 为了规范管理,制定本办法。\n第二条 本办法适用于境内。\n")
    m = meta_of(text)
    assert m.doc_number == "第15号"
    assert m.issuer == "国家互联网信息办公室、中华人民共和国教育部、国家广播电视总局"
    assert m.published == "2023-07-13" and m.signed == "2023-07-10"
    assert (m.region, m.level) == ("中华人民共和国", "national")


def test_a_portals_title_field_keeps_the_issuer_set_above_the_heading():
    """国务院办公厅 / 关于…的函 under a portal field table whose 标题 reads 国务院办公厅关于…的函:
    the page's own title field wins (the State Council pages' gold keeps the issuer)."""
    text = ("发文机关： | 国务院办公厅 | 成文日期： | 2004年03月02日\n"
            "标　　题： | 国务院办公厅关于湖北省有关问题和建议办理情况的函\n"
            "发文字号： | 国办函〔2004〕25号 | 发布日期： | 2018年12月02日\n\n"
            "国务院办公厅\n关于湖北省有关问题和建议办理情况的函\n国办函〔2004〕25号\n湖北省人民政府：\n"
            "一、关于堤防建设问题。内容。\n二、关于交通问题。内容。\n")
    m = meta_of(text)
    assert m.title == "国务院办公厅关于湖北省有关问题和建议办理情况的函"
    assert m.issuer == "国务院办公厅"


def test_a_joint_signature_of_short_names_closes_the_body_before_a_web_footer():
    """省科技厅 / 省委人才办 / … / 省能源局 / 2025年7月7日, then a printed web page's footer: the
    body ends at the signature, every signer is an issuer and the date is when it was signed
    (both annotators of a Zhejiang plan printed from a portal)."""
    from extract.pipeline import parse_text
    text = ("某省加快推动科技创新行动计划\n\n一、总体要求\n内容。\n二、重点任务\n（一）推进改革。深化改革。\n"
            "（二）加强保障。强化保障。\n省科技厅\n省委人才办\n省能源局\n2025年7月7日\n"
            "省人大省政协省纪委、省监委\n省法院省检察院\n联系我们\n")
    doc = parse_text(text)
    assert doc.meta.issuer == "省科技厅、省委人才办、省能源局" and doc.meta.signed == "2025-07-07"
    assert [t.path for t in doc.tasks] == [("二", "(一)"), ("二", "(二)")]


BASIS_NOTICE = ("区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知\n\n各街办,区政府各部门:\n\n"
                "现印发给你们,请认真抓好落实。\n\n2022年12月27日\n\n"
                "根据区十一届人大二次会议通过的《区政府工作报告》,现将重点任务分解如下。\n\n"
                "(一)抓机遇、引龙头\n\n1.大力推进一期核心区建设。[责任单位:区招商服务中心]\n\n"
                "2.发挥道路建成通车带动作用。[责任单位:区交通局]\n")


def test_a_document_named_as_the_basis_is_not_the_title():
    """根据…通过的《区政府工作报告》 names the document the plan rests on: the title is the
    plan the notice issues (a 任务分解 is a plan), and the plan keeps its tasks (read as a
    work report, it had none)."""
    from extract.pipeline import parse_text
    doc = parse_text(BASIS_NOTICE)
    assert doc.meta.title == "2023年区政府工作报告重点任务分解"
    assert doc.genre == "plan"
    assert [t.units[0].name for t in doc.tasks] == ["区招商服务中心", "区交通局"]


@pytest.mark.parametrize("notice_title, title", [
    ("北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知", "北京市2016年政务公开工作要点"),
    ("区人民政府办公室关于印发《2023年区重点工作分工方案》的通知", "2023年区重点工作分工方案"),
    ("成都市发展和改革委员会关于印发成都市社区服务设施建设工程实施方案的通知", "成都市社区服务设施建设工程实施方案"),
    ("某市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知", "2020年政府工作报告重点工作责任分解"),
    ("某市人民政府办公室关于印发某市甲规定和某市乙办法的通知", "某市人民政府办公室关于印发某市甲规定和某市乙办法的通知"),
])
def test_the_title_is_the_plan_a_notice_issues(notice_title, title):
    """Where the text stops before the plan's own title line (a page cut short, a notice
    saved alone), the title is the one plan the notice issues (GUIDE.md: the plan's title,
    not the notice's); a notice issuing two documents keeps its own.  A sentence that ends
    in a half-width full stop is never a title line."""
    text = (notice_title + "\n各区人民政府:\n经市领导同意,现将该文件印发给你们,请结合实际认真贯彻落实.\n"
            "某市人民政府办公室\n2016年5月28日\n一、总体要求\n内容。\n二、重点任务\n(一)推进公开\n内容。\n")
    assert meta_of(text).title == title


PORTAL_ROWS = ("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n\n"
               "2023-01-05 10:00 区人民政府办公室\n"
               "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n"
               "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n"
               "分   类 政务公开 有 效 性 有效\n\n"
               "各街道办事处,区人民政府各部门:\n\n"
               "一、各责任单位要高度重视,对照2023年区《政府工作报告》确定的目标任务,制订工作方案。\n\n"
               "二、区绩效考评机构要加强过程考核。\n")


def test_a_portal_table_copied_without_colons_is_metadata_not_a_title():
    """A portal's field table saved as text keeps its labels letter-spaced and loses its
    colons (索 引 号 …, 文    号 蔡政办〔2023〕1号): its rows are no title lines and its 文号 is
    the number; a 《name》 inside the notice's title is part of the plan it issues, not a
    title of its own (read alone, 《政府工作报告》 made the plan a work report)."""
    from extract.pipeline import parse_text
    doc = parse_text(PORTAL_ROWS)
    assert doc.meta.title == "2023年区《政府工作报告》确定的主要目标任务责任分解方案"
    assert doc.meta.doc_number == "蔡政办〔2023〕1号"
    assert doc.genre == "plan" and len(doc.tasks) == 2


def test_a_file_name_set_as_the_heading_gives_the_title_without_its_extension():
    """盐湖区…实施方案.pdf above the plan (a reprint that heads the page with the file's name): the
    title is the plan's name, not the file's (both annotators of probe batch 39)."""
    from extract.pipeline import parse_text
    doc = parse_text("盐湖区自建房安全专项整治实施方案.pdf\n\n为扎实推进全区自建房安全专项整治工作,制定本方案。\n"
                     "一、总体要求\n全面消除自建房安全隐患。\n二、时间安排\n(一)重点排查(2022年6月-9月中旬)。\n")
    assert doc.meta.title == "盐湖区自建房安全专项整治实施方案"
    doc = parse_text("某县实施方案.docx\n\n一、总体要求\n做好工作。\n二、工作任务\n做好工作。\n")
    assert doc.meta.title == "某县实施方案"
    # a site's name after the document's last word, as a page's <title> gives it (a mirror of a 2021
    # city's notice, both annotators of probe batch 50); a title whose own words run on is kept
    doc = parse_text("某市人民政府关于2021年重点工作及责任分解的通知-某某网络平台\n\n各县区人民政府:\n"
                     "一、总体要求\n做好工作。\n二、工作任务\n做好工作。\n")
    assert doc.meta.title == "某市人民政府关于2021年重点工作及责任分解的通知"
    for mark in ("2023年修订", "征求意见稿"):
        doc = parse_text(f"某县推进方案-{mark}\n\n一、总体要求\n做好工作。\n二、工作任务\n做好工作。\n")
        assert mark in (doc.meta.title or "")


def test_a_title_printed_three_times_is_one_title():
    """A page that prints its title as its head, its heading and its subheading (three lines,
    the same words): one title (both annotators of probe batch 42)."""
    t = "2021年区政府主要工作目标任务分解落实方案"
    doc_text = f"{t}\n\n{t}\n\n{t}\n\n一、完善创新生态\n1.推进硅巷建设。(区科技局主办)\n2.培育企业。(区发改委主办)\n"
    assert meta_of(doc_text).title == t


PORTAL_CELLS = ("索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |\n"
                "公开范围 | 面向社会 | 公开时限 | 长期公开 |\n"
                "发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n"
                "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 |\n"
                "1 | 新建成公办幼儿园7所。 | 4月底前主体完工;8月底前竣工交付。 | 教育局 |\n")


def test_portal_rows_of_scope_and_publisher_are_fields_and_date_the_milestones():
    """公开范围 | 面向社会 | 公开时限 | 长期公开 and 发布单位 | 区政府 | 发文日期 | … are rows of the
    portal's field table: the body starts below them, so their 发文日期 dates the text, and a
    month already past on that day (4月底前 on a page of July) is that year's milestone
    (probe batch 38, both annotators).  Without the labels the body began at the second
    row and the text had no date at all."""
    from extract.pipeline import parse_text
    doc = parse_text(PORTAL_CELLS)
    assert doc.meta.published == "2022-07-14"
    assert doc.norm[doc.body_start:].startswith("序号")
    assert sorted(d.date_end for d in doc.deadlines) == ["2022-04-30", "2022-08-31"]


@pytest.mark.parametrize("field, number", [
    ("• 发文序号:京兴政办发〔2023〕1 号", "京兴政办发〔2023〕1号"),
    ("文 号: | 武昌政办〔2023〕1号 | 索 引 号: | 737546075/2023-23823 |", "武昌政办〔2023〕1号"),
    ("[ 发文字号 ] 甲府办发〔2024〕7号", "甲府办发〔2024〕7号"),
    ("文件编号 北区政办发〔2020〕11号", "北区政办发〔2020〕11号"),
])
def test_labelled_document_numbers(field, number):
    assert meta_of(field + "\n" + NOTICE.split("\n", 1)[1]).doc_number == number


@pytest.mark.parametrize("text, title", [
    # a regulation's page: a button line above the title, the field table below it
    ("返回顶部\n\n某县人民政府工作规则\n\n  • 索引号:\n    6107/2024-001005\n  • 发文字号:\n    某政发〔2024〕7号\n\n"
     "第一章总则\n\n一、根据有关法律,制定本规则。\n\n二、县政府工作的指导思想是坚持依法行政。\n", "某县人民政府工作规则"),
    # a news item reposting a plan
    ("近日,中共某市委办公厅、某市人民政府办公厅印发了《某市推进城镇化建设实施方案》,并发出通知,要求认真抓好贯彻落实。\n"
     "《某市推进城镇化建设实施方案》全文如下。\n为深入贯彻落实有关意见,制定本实施方案。\n一、总体要求\n内容。\n二、重点任务\n内容。\n",
     "某市推进城镇化建设实施方案"),
    # a notice saved from its number down, the plan named in its text
    ("某政办字 〔2023〕1号\n各县区人民政府:\n经市政府同意,现将 《某市深化改革分工落实方案》(以下简称 《方案》)印发给你们,请认真贯彻实施。\n"
     "一、高度重视,认真研究政策。\n二、压实责任,推动工作落实。\n", "某市深化改革分工落实方案"),
    # a notice whose issuer the page leaves to its field table, under a button line
    ("展开\n\n关于印发《2023年区政府工作报告重点工作分工方案》的通知\n\n各镇人民政府:\n\n现印发给你们。\n\n"
     "一、提高政治站位。内容。\n\n二、狠抓工作落实。内容。\n", "2023年区政府工作报告重点工作分工方案"),
    # a 工作安排 under a breadcrumb, over its field rows (both annotators of a 2020 county page, probe
    # batch 57); a heading 二、时间安排 is no title
    ("当前位置:首页 > 信息公开 > 政府文件\n\n某某县委农村工作领导小组办公室2020年人居环境整治工作安排\n\n"
     "发布时间: 2020-03-23 08:30:00\n各乡(镇)党委、政府:\n为推进整治,制定本工作安排。\n一、主要目标\n"
     "卫生厕所普及率达到60%。\n二、时间安排\n全年推进。\n", "某某县委农村工作领导小组办公室2020年人居环境整治工作安排"),
    # a headline and its part after dashes: the title before them (both annotators, probe batch 34)
    ("A3:两会特刊 >2022-01-26编印\n\n2022年政府工作报告(摘要)---二○二二年工作安排\n刊发日期:2022-01-26 阅读次数:\n\n"
     "  \n  二○二二年工作安排\n  2022年是关键一年。\n  做好今年工作,必须坚持稳中求进,地区生产总值增长6%。\n",
     "2022年政府工作报告(摘要)"),
])
def test_titles_of_pages_without_a_title_line_of_their_own(text, title):
    from extract.pipeline import parse_text
    doc = parse_text(text)
    assert doc.meta.title == title
    if title.endswith("规则"):
        assert doc.genre == "regulation" and doc.tasks == []


LOST_BLANKS_NOTICE = ("- 信息来源:市政府\n- 发布日期:2019-09-10 16:05\n各市(区)人民政府:\n"
                      "《某市长江保护修复攻坚战行动计划实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n?\n"
                      "??? 某市人民政府办公室\n???? 2019年8月26日\n(此件公开发布)\n?\n"
                      "某市长江保护修复攻坚战行动计划实施方案\n为切实修复长江生态环境,制定本方案。\n一、工作目标\n"
                      "到2020年底,断面水质优良比例达到100%。\n")


def test_a_signature_and_date_under_lost_blanks_are_read_and_never_join_the_title():
    m = meta_of(LOST_BLANKS_NOTICE)
    assert m.title == "某市长江保护修复攻坚战行动计划实施方案"
    assert (m.issuer, m.signed) == ("某市人民政府办公室", "2019-08-26")


def test_a_document_a_sentence_only_names_is_not_the_title():
    """Without a title line (a page cut before it), a 《name》 in a sentence that does not
    issue it (扎实推进我市《…实施意见》明确的各项任务) is no title; one the sentence issues is."""
    text = ("为深入落实有关部署,扎实推进我市《关于加快建设鱼米之乡的实施意见》《农业强市行动方案》明确的各项任务,"
            "现提出如下实施意见。\n一、提升粮食保供能力\n(一)提高产能。建设90个省级绿色高产高效丰产片。\n")
    assert meta_of(text).title is None
    issued = text.replace("扎实推进我市《关于加快建设鱼米之乡的实施意见》《农业强市行动方案》明确的各项任务,现提出如下实施意见。",
                          "现将《某市农业强市行动方案》印发给你们,请认真贯彻落实。")
    assert meta_of(issued).title == "某市农业强市行动方案"


def test_a_report_cut_after_its_first_part_names_its_issuer_in_its_title():
    """A half-year plan report cut after 一、…执行情况 / (一)…: X关于…的报告 is its title and
    gives X as issuer (probe batch 7: with the cut the title was missed and the issuer
    with it, until a lone 一、 over lower numbers was read as the top of the text); a
    title that names no body gives none."""
    text = ("昆明市官渡区人民政府关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告\n"
            "——2023年8月31日在区第十七届人大常委会第十五次会议上\n尊敬的主任、各位委员:\n"
            "受区长委托,我代表区人民政府,向本次会议报告计划执行情况,请予审议。\n"
            "一、2023年上半年计划执行情况\n全区经济运行稳中有进。\n(一)主要目标完成情况\n"
            "上半年,全区实现地区生产总值806亿元,同比增长3.1%。\n")
    assert structure_of(text).title_lines
    assert meta_of(text).issuer == "昆明市官渡区人民政府"
    assert meta_of(text.replace("昆明市官渡区人民政府关于", "关于", 1)).issuer is None


def test_a_portal_category_tag_before_a_notice_title_leaves_the_issuer():
    """【规范性文件】长沙市人民政府办公厅关于印发…的通知: the tag a portal sets before the notice's
    title is not part of the issuer's name (probe batch 8)."""
    text = ("【规范性文件】长沙市人民政府办公厅关于印发长沙市稳定经济运行实施方案的通知\n"
            "各区县(市)人民政府,市直机关各单位:\n《长沙市稳定经济运行实施方案》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n"
            "长沙市稳定经济运行实施方案\n一、工作目标\n稳定经济运行。\n二、重点任务\n(一)加强调度。\n")
    m = meta_of(text)
    assert m.issuer == "长沙市人民政府办公厅"
    assert m.title == "长沙市稳定经济运行实施方案"
    # a notice that issues no document is its own title, without the tag (both annotators of a 2024
    # city notice, probe batch 60)
    own = meta_of("【保基本民生】某市民生工作领导小组办公室关于2024年实施47项民生实事的通知\n各县市区人民政府:\n"
                  "现将有关事项通知如下。\n一、增加就业\n新增城镇就业4.3万人。(牵头单位:市人社局)\n")
    assert (own.title, own.issuer) == ("某市民生工作领导小组办公室关于2024年实施47项民生实事的通知", "某市民生工作领导小组办公室")


def test_an_annual_documents_opening_sentence_gives_its_period():
    """No title gives a period: the year the opening sentence arranges does
    (现对2024年全市生态环境工作作出如下安排 → [2024, 2024]), and with it a one-year plan's
    targets are dated at the year's end (both probe annotators; GUIDE: a year plan's
    figures take the year's last day).  A sentence that reports or sets requirements
    gives none."""
    body = ("一、总体要求\n坚持稳中求进。\n二、主要目标\n1.坚决完成环境质量改善目标。全市集中式饮用水水源地水质达标率为100%。\n"
            "三、重点任务\n(一)深入打好蓝天保卫战。\n")
    d = parse_text("根据省生态环境厅和市委、市政府工作要求,现对2024年全市生态环境工作作出如下安排。\n" + body)
    assert d.meta.period == [2024, 2024]
    assert [t.deadline for t in d.targets] == ["2024-12-31"]
    assert parse_text("现就2024年一季度经济运行情况通报如下:\n" + body).meta.period is None
    # (a sentence that sets requirements for a year's work names that year as the work's:
    # title.work_year dates the text by it, as both probe annotators of fourteen texts did)
    assert parse_text("现就做好2023年工作提出如下要求。\n" + body).meta.period == [2023, 2023]
    assert parse_text("到2025年,全市生态环境质量明显改善。\n" + body).meta.period is None


def test_a_print_line_and_a_full_text_tab_are_no_part_of_the_title():
    """The 版记 line above a plan (海南省安全生产委员会办公室 2016年8月26印发) and a page's 全文
    tab are not title lines; and a heading that pairs guiding ideas with goals
    (指导思想和工作目标) is no background section: its goals' dates count (probe batch 9)."""
    text = ("海南省安全生产委员会办公室         2016年8月26印发\n海南省遏制重特大事故工作实施方案\n"
            "为坚决遏制重特大生产安全事故,制定本方案。\n一、指导思想和工作目标\n(一)指导思想\n深入贯彻落实安全生产的系列重要指示。\n"
            "(二)工作目标\n到2020年,全省安全生产形势实现根本好转。\n")
    d = parse_text(text)
    assert d.meta.title == "海南省遏制重特大事故工作实施方案"
    assert [x.text for x in d.deadlines] == ["到2020年"]
    tab = parse_text("全文\n以新时代中国特色社会主义思想为指导,坚持稳中求进。\n一、坚持系统集成\n1.全面实施清单管理。\n2.深化审批改革。\n")
    assert tab.meta.title is None


def test_a_number_and_date_line_under_a_title_and_a_notice_over_four_lines():
    """四川省人民政府 / 关于落实《政府工作报告》重点工作 / 部门分工的意见 / 川府发〔2011〕8号 二○一一年三月十七日
    (○ typed for 〇; probe batch 11, both annotators): the number-and-date line is no title line,
    it gives the number and the date; 今年 naming the year's work dates nothing.  And a notice
    title over four lines gives its issuer."""
    d = parse_text("四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号 二○一一年三月十七日\n"
                   "省政府各部门、各直属机构:\n今年省政府工作的总体要求是:坚持稳中求进。为做好今年政府工作,提出如下分工意见。\n"
                   "一、加快发展\n(一)扩大投资。(省发展改革委负责)\n")
    assert (d.meta.title, d.meta.doc_number, d.meta.signed, d.meta.issuer) == (
        "四川省人民政府关于落实《政府工作报告》重点工作部门分工的意见", "川府发〔2011〕8号", "2011-03-17", "四川省人民政府")
    assert [x.text for x in d.deadlines] == []
    n = parse_text("嘉政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n重点工作及市《政府工作报告》涉及的\n"
                   "重点事项进行责任分解的通知\n各镇人民政府,县政府各部门:\n经县人民政府同意,现将责任分解给你们。\n"
                   "县《政府工作报告》确定的2021年重点工作责任分解\n"
                   "一、加快发展\n(一)扩大投资。(县发改局负责)\n")
    assert n.meta.issuer == "县人民政府办公室"


def test_a_date_line_that_lost_its_day_mark_and_a_bracketed_number():
    """2020928 under a notice, 成文日期 2020-10-15 on the site (both annotators of a 2020 city plan,
    probe batch 15): the notice's own date; (黑政办发〔2009〕17号) under a title is its number."""
    d = parse_text("市人民政府办公室关于印发健康行动推进方案的通知\n索引号 000014349/2020-3761045 成文日期 2020-10-15\n"
                   "各县人民政府:\n经市人民政府同意,现将《健康行动推进方案》印发给你们,请认真贯彻执行。\n2020928\n"
                   "(此件公开发布)\n健康行动推进方案\n一、重点任务\n(一)推进健康行动。(市卫健局负责)\n")
    assert d.meta.signed == "2020-09-28"
    n = parse_text("黑龙江省人民政府办公厅关于印发十大工程推进工作方案的通知\n(黑政办发〔2009〕17号)\n各市(地)人民政府:\n"
                   "现印发给你们,请认真贯彻落实。\n2009年3月13日\n十大工程推进工作方案\n一、千亿斤粮食产能工程\n"
                   "1.水利化工程:加快建设。(省水利厅牵头,省农委、农垦总局配合)\n")
    assert (n.meta.doc_number, n.meta.signed) == ("黑政办发〔2009〕17号", "2009-03-13")
    assert [(u.name, u.role) for t in n.tasks for u in t.units] == [("省水利厅", "lead"), ("省农委", "cooperating"),
                                                                     ("省农垦总局", "cooperating")]


def test_a_number_closing_the_title_a_circle_zero_date_line_and_an_issuing_body_field():
    """Probe batch 16 (both annotators): 关于…分工方案的通知(南经管发〔2020〕81号) is the title and its
    number; 二○一一年二月二十七日 (○ for 〇) above a title is the date, no title line; 发文机构: is the
    issuer's field."""
    a = parse_text("关于某开发区落实政府工作报告2020年重点工作任务分工方案的通知(南经管发〔2020〕81号)\n\n"
                   "2020-06-30 17:41     来源: 某开发区管理委员会\n\n各办局室:\n\n现就有关事项通知如下:\n\n"
                   "一、提高政治站位\n\n各部门要抓好落实。\n")
    assert (a.meta.title, a.meta.doc_number) == ("关于某开发区落实政府工作报告2020年重点工作任务分工方案的通知", "南经管发〔2020〕81号")
    b = parse_text("湖北省人民政府办公厅关于分解落实《政府工作报告》的通知\n发布文号: 鄂政办发[2011]18号\n各市、州、县人民政府:\n"
                   "现将分解意见印发给你们。\n湖北省人民政府办公厅\n二○一一年二月二十七日\n关于《政府工作报告》重点工作责任分解意见\n"
                   "一、经济发展\n(一)保持经济平稳较快发展。(责任单位:省发展改革委)\n")
    assert (b.meta.title, b.meta.signed) == ("关于《政府工作报告》重点工作责任分解意见", "2011-02-27")
    c = parse_text("索 引 号: 000014349/2021-298510 信息分类: 计划及总结\n发文机构: 山西省交通运输厅 生成日期/有效期: 2017-02-27\n"
                   "标  题: 2017年全省交通运输工作要点\n\n2017年全省交通运输工作要点\n\n一、加快建设\n\n(一)完成投资230亿元。\n")
    assert c.meta.issuer == "山西省交通运输厅"


def test_a_department_written_by_its_level_word_is_completed_with_the_place():
    """发布机构: 市生态环境局 on a 绍兴市 page (both annotators of probe batch 17): 绍兴市生态环境局; 市场监管局
    is no level word (市场)."""
    body = "\n一、工作目标\n2020年,绍兴市PM2.5平均浓度控制在35微克/立方米以内。\n二、2020年重点工作\n(一)推进治气。绍兴市各区县要加强管理。\n"
    d = parse_text("发布机构: 市生态环境局\n2020年度生态环境工作计划\n绍兴市生态环境局印发。" + body)
    assert (d.meta.issuer, d.meta.region) == ("绍兴市生态环境局", "浙江省绍兴市")
    assert ("2020年", "2020-12-31") in [(x.text, x.date_end) for x in d.deadlines if d.norm[x.end:x.end + 4] == "重点工作"]
    m = parse_text("发布机构: 市场监管局\n2020年度市场监管工作计划\n" + body)
    assert m.meta.issuer in (None, "市场监管局")


def test_a_quoted_report_inside_a_notices_subject_is_not_the_title():
    """关于《政府工作报告》确定的2021年重点工作责任分解的通知, a portal's 名称: field repeating it, and 现将…会议审议
    通过的《政府工作报告》确定的工作任务进行责任分解,请认真贯彻执行 (probe batch 18, both annotators): the title
    is the division (its attachment's), not 《政府工作报告》 -- which would make the page a work report."""
    d = parse_text("关于《政府工作报告》确定的2021年重点工作责任分解的通知\n名       称: 关于《政府工作报告》确定的2021年重点工作责任分解的通知 "
                   "发布日期: 2021年07月07日\n各乡镇人民政府,市政府各部门:\n经市政府同意,现将市第九届人民代表大会第五次会议审议通过的"
                   "《政府工作报告》确定的工作任务进行责任分解,请认真贯彻执行。\n一、加强组织领导。要按照责任分工抓好落实。\n"
                   "赤壁市人民政府办公室\n2021年1月27日\n《政府工作报告》确定的2021年重点工作责任分解\n"
                   "一、稳定增长\n(一)推进项目建设。(责任单位:市发改局)\n")
    assert d.meta.title == "《政府工作报告》确定的2021年重点工作责任分解" and d.genre == "plan"
    assert d.meta.period == [2021, 2021]


@pytest.mark.parametrize("subject,title", [
    # what the notice asks to be done: the notice is the document, titled whole (both
    # annotators of a 2006 provincial notice, probe batch 19)
    ("福建省人民政府关于落实福建省“十一五”规划纲要主要目标和任务工作分工的通知",
     "福建省人民政府关于落实福建省“十一五”规划纲要主要目标和任务工作分工的通知"),
    ("某市人民政府关于做好2021年重点工作任务分工的通知", "某市人民政府关于做好2021年重点工作任务分工的通知"),
    # a document's name that issues nothing is the notice too (阜阳市人民政府关于2019年重点工作及责任分解的
    # 通知, 滁州市人民政府关于2020年…的通知: both annotators of probe batches 15 and 25), a portal's
    # category tag before it left out
    ("某市人民政府关于2021年重点工作任务分工的通知", "某市人民政府关于2021年重点工作任务分工的通知"),
    ("【市政府重点工作及责任分解】某市人民政府关于2021年重点工作任务分工的通知",
     "某市人民政府关于2021年重点工作任务分工的通知"),
])
def test_a_notice_asking_for_work_is_titled_whole(subject, title):
    d = parse_text(subject + "\n\n2020年07月24日18:20:25\n发布部门: 某省人民政府\n\n各设区市人民政府:\n"
                   "现就有关事项通知如下:\n一、分工原则\n实现目标,应主要依靠市场。\n(一)明确政府职责。内容。\n")
    assert d.meta.title == title


def test_a_notices_subject_that_heads_the_text_below_is_the_title():
    """关于《政府工作报告》确定的2021年重点工作责任分解的通知 over the plan headed 《政府工作报告》确定的
    2021年重点工作责任分解 (both annotators of a 2021 city notice): the plan it carries."""
    d = parse_text("关于2021年重点工作责任分解的通知\n发布机构: 某市人民政府办公室\n各乡镇人民政府:\n现将有关事项通知如下。\n"
                   "2021年重点工作责任分解\n一、稳定增长\n(一)推进项目建设。(责任单位:市发改局)\n")
    assert d.meta.title == "2021年重点工作责任分解"


def test_the_documents_bracketed_date_comes_before_a_gazettes_field():
    """成文日期 2019-02-28 (the gazette issue's) over 关于…的通知 / （2019年1月29日） (both annotators of a
    2019 city notice, probe batch 12): the document's own date.  With no bracketed date the
    field stands."""
    text = ("青岛市人民政府公报(2019年第3、4期)\n  • 成文日期 2019-02-28\n  • 发布日期 2019-02-28\n"
            "青岛市人民政府\n关于2019年重点办好10件实事的通知\n{date}青政发〔2019〕1号\n各区、市人民政府:\n"
            "市政府决定,2019年重点办好10件实事。现就有关事项通知如下:\n一、促进就业\n(一)实现城镇新增就业30万人。(责任单位:市人社局)\n")
    assert parse_text(text.format(date="(2019年1月29日)\n")).meta.signed == "2019-01-29"
    assert parse_text(text.format(date="")).meta.signed == "2019-02-28"


def test_a_division_of_a_work_reports_tasks_covers_the_year_it_is_signed_in():
    """《政府工作报告》重点工作责任分解 under a notice signed 2017年1月13日, no year in its title or
    opening (probe batch 14, both annotators): the report's year.  A plan of another kind
    with no year stays without a period."""
    body = ("各区、镇、办事处,市政府各部门:\n经市人民政府同意,现将《政府工作报告》确定的工作任务进行责任分解,请认真落实。\n"
            "市人民政府办公室\n2017年1月13日\n《政府工作报告》重点工作责任分解\n一、加快转型升级\n"
            "1.推进项目建设,完成投资200亿元。(市发改委负责)\n")
    d = parse_text("市人民政府办公室关于分解落实《政府工作报告》的通知\n" + body)
    assert (d.meta.signed, d.meta.period) == ("2017-01-13", [2017, 2017])
    assert [(t.anchor, t.deadline) for t in d.targets] == [("完成投资", "2017-12-31")]
    other = parse_text("市人民政府办公室关于印发加快转型升级实施方案的通知\n" + body.replace("《政府工作报告》重点工作责任分解",
                                                                                   "加快转型升级实施方案"))
    assert other.meta.period is None


def test_a_pages_source_field_names_the_issuer_when_nothing_else_does():
    """来源:伊犁哈萨克自治州人民政府办公厅 over a notice cut before its 落款 (probe batch 14, both
    annotators); a 来源 that names a site or a place is no issuer."""
    body = ("\n\n关于印发《自治州2025年十件民生实事工作方案》的通知\n\n发布日期: 2025-06-19 22:33:38 来源:{src} 浏览次数: 字体【\n\n"
            "自治州直属各县市人民政府,自治州人民政府各部门:\n\n现将《自治州2025年十件民生实事工作方案》印发你们,请认真贯彻执行。\n\n"
            "一、加强组织领导。各县市各部门要切实提高政治站位。\n")
    assert parse_text("当前位置: 首页 > 新闻资讯" + body.format(src="伊犁哈萨克自治州人民政府办公厅")).meta.issuer == \
        "伊犁哈萨克自治州人民政府办公厅"
    assert parse_text("当前位置: 首页 > 新闻资讯" + body.format(src="伊犁州新闻网")).meta.issuer is None


def test_a_notice_and_its_plans_title_each_set_over_two_lines():
    """内蒙古自治区人民政府关于下达2020年 / 自治区国民经济和社会发展计划的通知, and under it the plan's
    title 2020年内蒙古自治区 / 国民经济和社会发展计划 (a page cut before the plan's first heading,
    probe batch 14): the title is the plan's, the issuer the notice's, the date the notice's."""
    text = ("首页 > > 正文\n\n自治区人民政府发布通知\n\n内蒙古自治区人民政府关于下达2020年\n\n"
            "自治区国民经济和社会发展计划的通知\n\n各盟行政公署、市人民政府,自治区各委、办、厅、局:\n\n"
            "《2020年内蒙古自治区国民经济和社会发展计划》已经自治区十三届人大三次会议审议通过,现予下达,请认真贯彻实施。\n\n"
            "2020年1月22日\n\n(此件公开发布)\n\n2020年内蒙古自治区\n\n国民经济和社会发展计划\n\n"
            "2020年是全面建成小康社会和“十三五”规划收官之年,做好全年工作意义重大。\n\n"
            "2020年自治区国民经济和社会发展的主要预期目标是:地区生产总值增长6%左右。\n")
    d = parse_text(text)
    assert (d.meta.title, d.meta.issuer, d.meta.signed, d.meta.period) == (
        "2020年内蒙古自治区国民经济和社会发展计划", "内蒙古自治区人民政府", "2020-01-22", [2020, 2020])
    assert [(x.text, x.date_end) for x in d.deadlines] == [("2020年", "2020-12-31")]


def test_a_portal_field_completes_a_level_word_issuer_written_without_renmin():
    """市政府办公室关于做好…的通知 under 发布部门:淮安市人民政府办公室 (a policy database's copy,
    probe batch 12): the field writes in full, with 人民, what the notice writes by its level word."""
    body = ("各县区人民政府,市各委办局:\n现将《2020年为民办十件实事实施方案》印发给你们,请认真贯彻执行。\n"
            "一、总体要求\n1.推进项目建设。(责任单位:市住建局)\n2.扩大有效投资。(责任单位:市财政局)\n")
    head = "市政府办公室关于做好2020年市政府为民办十件实事的通知\n"
    m = meta_of("发布部门:淮安市人民政府办公室\n发布时间:2020年02月14日\n" + head + body)
    assert (m.issuer, m.region, m.level) == ("淮安市人民政府办公室", "江苏省淮安市", "city")
    other = meta_of("发布部门:淮安市交通运输局\n" + head + body)       # a field of another body does not write it
    # (the head gives the place when the body names none, and a level-word issuer takes the place's name, as the
    # next test's rule has it: 淮安市政府办公室, without the 人民 only the notice's own body's field gives)
    assert (other.issuer, other.region) == ("淮安市政府办公室", "江苏省淮安市")
    # the other way round: the notice writes 人民, the field leaves it out (发布机构: 下陆区政府办公室
    # beside 区人民政府办公室关于…, both annotators of probe batch 19): the place, the notice's words
    own = meta_of("发布机构: 淮安市政府办公室\n" + head.replace("市政府办公室", "市人民政府办公室") + body)
    assert own.issuer == "淮安市人民政府办公室"


def test_an_issuer_written_by_its_level_word_is_completed_with_the_place():
    """区人民政府办公室关于印发…的通知 (a district's own pages write it so): the issuer is written in
    full, from the portal's 发文单位 / 发布机构 field where it gives the full name, else from the
    plan's own region when that is a district of the same level (both probe annotators, four
    divisions of work of Hubei districts and counties); a region of another level leaves it."""
    body = ("各街道办事处,区人民政府各部门:\n现将《2023年重点任务分解方案》印发给你们,请认真贯彻执行。\n"
            "2023年重点任务分解方案\n一、稳定经济增长\n1.推进项目建设。(牵头单位:区发改局)\n"
            "2.扩大有效投资。(牵头单位:区财政局)\n二、保障民生\n3.稳定就业。(牵头单位:区人社局)\n")
    head = "区人民政府办公室关于印发2023年重点任务分解方案的通知\n"
    field = meta_of("发布机构: | 武昌区人民政府办公室 | 文 号: | 武昌政办〔2023〕1号 |\n" + head + body)
    assert (field.issuer, field.level) == ("武昌区人民政府办公室", "district")
    county = meta_of("主题分类: 政务公开 发文单位: 通山县人民政府\n" + head.replace("区人民政府办公室", "县人民政府") + body)
    assert (county.issuer, county.region) == ("通山县人民政府", "湖北省通山县")
    own = meta_of("发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n" + head + body + "全区各街道,蔡甸区各部门。\n")
    # (a prefecture's district is written with its prefecture: both annotators of this 蔡甸区 page write
    # 湖北省武汉市蔡甸区, as 33 of 35 probe districts have it)
    assert (own.region, own.issuer) == ("湖北省武汉市蔡甸区", "蔡甸区人民政府办公室")
    unknown = meta_of(head + body)                                  # no place to complete it with
    assert (unknown.region, unknown.issuer) == (None, "区人民政府办公室")
    city = meta_of(head + body + "全市各区,武汉市各部门。\n")          # a city is no 区 of the same level
    assert city.issuer == "区人民政府办公室"


def test_a_work_report_copied_without_its_heading_is_a_work_report():
    """A page's link line above the subtitle (点击查阅更多2023年地方政府工作报告) and no heading:
    the subtitle with the day it was delivered to the people's congress and the opening 我代表
    市政府向大会报告工作 make it a 政府工作报告 of that city (both probe annotators, batch 10);
    the link line is no title; a speech at a meeting that is not a report is not one."""
    text = ("点击查阅更多2023年地方政府工作报告\n——2023年1月3日在伊春市第十五届人民代表大会第二次会议上\n"
            "伊春市人民政府市长 董文琴\n各位代表:\n现在,我代表市政府向大会报告工作,请予审议。\n"
            "一、2022年工作回顾\n全市地区生产总值增长4%左右。\n二、2023年工作安排\n(一)稳定经济增长。\n")
    d = parse_text(text)
    assert d.genre == "work_report"
    assert (d.meta.title, d.meta.issuer, d.meta.region, d.meta.signed, d.meta.period) == (
        "政府工作报告", "伊春市人民政府", "黑龙江省伊春市", "2023-01-03", [2023, 2023])
    speech = parse_text(text.replace("我代表市政府向大会报告工作", "我就做好今年工作讲几点意见"))
    assert speech.genre != "work_report" and speech.meta.title != "点击查阅更多2023年地方政府工作报告"


def test_a_title_naming_a_five_year_plan_gives_its_period_and_spaced_issuers_are_joint():
    """…落实东北振兴“十二五”规划任务分工的通知 covers 2011-2015 (十四五 and 十五五 did already; both
    probe annotators of a 2012 division of work, batch 10); 自治区党委 自治区人民政府关于…, two
    bodies set apart on the title line, are two issuers (batch 10)."""
    body = "一、主要任务\n(一)推进就业。(自治区人社厅负责)\n(二)稳定岗位。(自治区发展改革委负责)\n"
    m = meta_of("辽宁省人民政府办公厅关于落实东北振兴“十二五”规划任务分工的通知\n" + body)
    assert m.period == [2011, 2015]
    assert meta_of("关于“九五”时期工作的意见\n" + body).period == [1996, 2000]
    j = meta_of("自治区党委 自治区人民政府关于落实就业优先战略的实施意见\n(2025年9月10日)\n" + body)
    assert j.issuer == "自治区党委、自治区人民政府"
    one = meta_of("自治区人民政府关于落实就业优先战略的实施意见\n(2025年9月10日)\n" + body)
    assert one.issuer == "自治区人民政府"


def test_a_lone_yi_under_an_attachment_label_is_the_attachments_top():
    """A notice listing its attachments (附件:1.… / 2.…) above 附件1 and its plan: the 一、 under
    附件1 is the top of that plan even though the list's 2. stands before it, so the plan keeps
    its title (not the 《政府工作报告》 the notice's title quotes, which had made the division of
    work a work report with no tasks) and its paths (probe batch 11)."""
    text = ("嘉政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n重点工作及市《政府工作报告》涉及嘉鱼的\n"
            "重点事项进行责任分解的通知\n"
            "各镇人民政府,县政府各部门:\n经县人民政府同意,现将县《政府工作报告》确定的2021年重点工作责任分解给你们,请认真落实。\n"
            "附件:1.县《政府工作报告》确定的2021年重点工作责任分解\n2.市《政府工作报告》涉及嘉鱼的重点事项责任分解\n"
            "2021年5月12日\n附件1\n县《政府工作报告》确定的2021年重点工作责任分解\n一、2021年经济社会发展主要目标\n"
            "(一)地区生产总值增长11%。(牵头单位:县发改局;责任单位:各镇人民政府)\n"
            "(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局)\n")
    d = parse_text(text)
    assert d.genre == "plan" and d.meta.title == "县《政府工作报告》确定的2021年重点工作责任分解"
    assert [(t.path, t.units[0].name) for t in d.tasks] == [(("一", "(一)"), "县发改局"), (("一", "(二)"), "县财政局")]


def test_a_plan_reports_title_stands_above_its_subtitle_and_speaker():
    """关于…计划执行情况及…计划草案的报告 / ——2023 年 1 月 1 日在…人民代表大会 / 第二次会议上 /
    …发展和改革委员会主任 白长海 / 各位代表: the title is the report's, not the subtitle and the
    speaker (both probe annotators, batches 4 and 11); the wrapped subtitle gives the day it
    was delivered; a session label above the title (…会议文件(十一)) is no part of it."""
    body = ("各位代表:\n受旗人民政府委托,我向大会报告计划执行情况,请予审议。\n一、国民经济和社会事业稳步发展\n"
            "(一)经济运行持续向好\n(二)产业发展支撑有力\n二、2023年主要任务\n(一)稳增长\n")
    text = ("金寨县十八届人大\n五次会议文件(十一)\n关于科右中旗 2022 年国民经济和社会发展计划执行情况\n"
            "及 2023 年国民经济和社会发展计划草案的报告\n——2023 年 1 月 1 日在科右中旗第十七届人民代表大会\n"
            "第二次会议上\n科右中旗发展和改革委员会主任 白长海\n" + body)
    m = meta_of(text)
    assert m.title == "关于科右中旗2022年国民经济和社会发展计划执行情况及2023年国民经济和社会发展计划草案的报告"
    assert m.signed == "2023-01-01"
    org = meta_of(text.replace("科右中旗发展和改革委员会主任 白长海", "县发展和改革委员会"))
    assert org.title == m.title


def test_a_plan_report_covers_the_year_it_plans():
    """关于2022年…计划执行情况及2023年…计划草案的报告: the plan is 2023's, the execution
    reviewed is 2022's (both probe annotators of three such reports); a title with one year
    keeps it."""
    body = "各位代表:\n一、经济社会稳步发展\n(一)经济运行持续向好\n二、2023年主要任务\n(一)稳增长\n"
    m = meta_of("关于科右中旗2022年国民经济和社会发展计划执行情况及2023年国民经济和社会发展计划草案的报告\n" + body)
    assert m.period == [2023, 2023]
    assert meta_of("关于2023年上半年国民经济和社会发展计划执行情况的报告\n" + body).period == [2023, 2023]


def test_a_reports_issuer_is_its_government_as_it_writes_itself():
    """伊春市人民政府 (not 黑龙江省伊春市人民政府) and 重庆市渝中区人民政府 (a 直辖市's district keeps
    its city), as both probe annotators write them (batches 10 and 11)."""
    from extract.find.metadata import _own_name
    assert [_own_name(x) for x in ("黑龙江省伊春市", "重庆市渝中区", "四川省", "新疆维吾尔自治区乌鲁木齐市")] == [
        "伊春市", "重庆市渝中区", "四川省", "乌鲁木齐市"]
    text = ("2023年政府工作报告\n——2023年1月5日在重庆市渝中区第十九届人民代表大会第二次会议上\n各位代表:\n"
            "现在,我代表区人民政府向大会报告工作,请予审议。\n一、2022年工作回顾\n全区经济平稳。\n")
    assert meta_of(text).issuer == "重庆市渝中区人民政府"
    # a prefecture's district: its region is written with its prefecture, its government without it
    # (薛城区人民政府: both annotators of a 2014 district report, probe batch 58)
    district = meta_of(text.replace("重庆市渝中区", "枣庄市薛城区"))
    assert (district.region, district.issuer) == ("山东省枣庄市薛城区", "薛城区人民政府")



def test_a_page_cut_before_its_first_heading_keeps_its_fields_and_its_title():
    """A repost site's menu (公司注册 / 优惠政策), the notice's title, then 发布部门: / 发布时间:,
    and the text cut before any heading: the title is the notice's alone (not joined to the
    menu words), its fields give issuer and published, and 第十三个五年规划纲要 its period
    (both probe annotators, batch 12)."""
    text = ("注册公司\n公司注册\n优惠政策\n\n天津市西青区人民政府办公室关于落实西青区国民经济和社会发展第十三个五年规划纲要"
            "主要目标和任务分工的通知\n政策\n发布部门:天津市西青区人民政府办公室\n发布时间:2016年12月27日\n"
            "各街道办事处,各委、办、局:\n为确保规划纲要确定的目标任务顺利完成,现就任务分工提出如下意见。\n")
    m = meta_of(text)
    assert m.title == "天津市西青区人民政府办公室关于落实西青区国民经济和社会发展第十三个五年规划纲要主要目标和任务分工的通知"
    assert (m.issuer, m.published, m.period) == ("天津市西青区人民政府办公室", "2016-12-27", [2016, 2020])


def test_an_issuer_line_with_a_list_mark_above_a_two_line_title_and_its_date():
    """• 青岛市人民政府 / 关于2019年重点办好…和 / 改善人民生活方面10件实事的通知 / (2019年1月29日): the
    page's list mark is no part of the issuer's line, the bracketed date does not use up one of
    the title's three lines, and a news agency's dateline above (新华社北京2月21日电) is no title
    line (probe batch 12)."""
    body = "青政发〔2019〕1号\n各区、市人民政府:\n市政府决定办好10件实事。\n一、促进就业\n(一)新增就业30万人。(责任单位:市人力资源社会保障局)\n"
    text = ("  •   青岛市人民政府\n\n  关于2019年重点办好城乡建设和\n\n  改善人民生活方面10件实事的通知\n\n  (2019年1月29日)\n\n" + body)
    m = meta_of(text)
    assert (m.title, m.issuer) == ("青岛市人民政府关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知", "青岛市人民政府")
    news = meta_of("新华社北京2月21日电\n中共中央 国务院\n关于全面推进乡村振兴加快农业农村现代化的意见\n（2021年1月4日）\n"
                   "一、总体要求\n内容。\n二、重点任务\n(一)加快推进。\n(二)加强建设。\n")
    assert (news.issuer, news.signed) == ("中共中央、国务院", "2021-01-04")
    assert news.title == "中共中央国务院关于全面推进乡村振兴加快农业农村现代化的意见"


def test_a_page_title_led_by_its_number_and_a_notice_title_under_its_issuers_line():
    """Two page forms of probe batch 19 (both annotators): 金政发〔2021〕1号关于印发…的通知 (the number
    leads the title's line: it is the document's number), and 海东市人民政府办公室 / 关于印发…临夏州 /
    共同推进…2020年 / 重点任务清单的通知 with a byline 来源:    时间:2020年10月16日 (the issuer on a
    line of its own above a title over three lines; the byline's time is the published date).
    A first title line that transmits (国务院办公厅转发国家教委 / 关于…的通知) is no issuer's line."""
    body = ("各镇政府,县政府各部门:\n现将《2021年重点工作责任分工》印发给你们,请认真落实。\n"
            "一、稳定增长\n1.推进项目建设。(牵头单位:县发改局)\n")
    m = meta_of("当前位置:首页\n金政发〔2021〕1号关于印发2021年金乡县重点工作责任分工的通知\n分享\n" + body)
    assert m.doc_number == "金政发〔2021〕1号"
    m = meta_of("海东市人民政府办公室\n关于印发海东市与兰州市、临夏州\n共同推进兰西城市群建设2020年\n重点任务清单的通知\n"
                "来源:    时间:2020年10月16日    \n" + body)
    assert (m.issuer, m.published) == ("海东市人民政府办公室", "2020-10-16")
    from pathlib import Path
    from extract.pipeline import parse_file
    page = Path(__file__).resolve().parents[2] / "corpus/real/state-council-html/content_5345284.html"
    assert parse_file(page).meta.issuer == "国务院办公厅"       # 国务院办公厅转发国家教委 / 关于…的通知


@pytest.mark.parametrize("title,issuer", [
    # two bodies written together before 关于: each by name (both annotators of probe batch 19)
    ("中共六盘水市委六盘水市人民政府关于实施2013年十大工程的通知", "中共六盘水市委、六盘水市人民政府"),
    # one body whose name holds 委 stays whole
    ("中共浙江省委网络安全和信息化委员会办公室关于实施2013年十大工程的通知", "中共浙江省委网络安全和信息化委员会办公室"),
    ("六盘水市人民政府关于实施2013年十大工程的通知", "六盘水市人民政府"),
])
def test_two_issuers_written_together_are_named_each(title, issuer):
    d = parse_text(title + "\n各县人民政府:\n现将有关事项通知如下:\n一、产业园区建设工程\n建成标准厂房150万平方米。\n")
    assert d.meta.issuer == issuer


def test_a_byline_that_opens_with_its_source_is_skipped_by_the_title():
    """县卫健委2021年政府工作报告任务分解 / 文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49 (a
    county department's page, probe batch 20, both annotators): the line above the byline is the
    title, and the division of the year's report covers that year."""
    d = parse_text("您当前的位置:首页 > 信息公开\n\n县卫健委2021年政府工作报告任务分解\n\n"
                   "文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49 责任编辑:卫健委\n\n"
                   "1.创建国家卫生县城。\n\n牵头责任单位:县卫健委\n\n2.推广家庭医生签约服务。\n\n牵头责任单位:县卫健委\n")
    assert (d.meta.title, d.meta.published, d.meta.period) == ("县卫健委2021年政府工作报告任务分解", "2021-05-07", [2021, 2021])


def test_a_page_cut_above_its_title_and_issuers_apart_above_a_title_without_guanyu():
    """(二OO八年二月二十六日) / 宝府办〔2008〕18号 / … / 特此通知 / 2008年政府工作目标任务分解 (a 2008 district
    notice, probe batch 20, both annotators): the bracketed date beside the number is the signed
    date (its zeros typed as the letter O), and 特此通知 closes the notice, no title line.
    中共海南省委教育工委 海南省教育厅 / 2011年工作要点: two bodies apart on the line above a title
    are its issuers; a title broken over lines (…国家发展改革委 国家体育总局 / 《…》的实施方案) has none."""
    d = parse_text("(二OO八年二月二十六日)\n宝府办〔2008〕18号\n各镇人民政府:\n现将《2008年政府工作目标任务分解》印发给你们。\n"
                   "特此通知\n2008年政府工作目标任务分解\n一、经济发展\n1.增加值增长14%左右。(牵头单位:发改委)\n")
    assert (d.meta.title, d.meta.doc_number, d.meta.signed) == ("2008年政府工作目标任务分解", "宝府办〔2008〕18号", "2008-02-26")
    d = parse_text("中共海南省委教育工委 海南省教育厅\n2011年工作要点\n一、总体要求\n全面贯彻教育方针。\n二、主要任务\n(一)推进改革。\n")
    assert d.meta.issuer == "中共海南省委教育工委、海南省教育厅"
    d = parse_text("关于落实文化和旅游部 国家发展改革委\n国家体育总局《冰雪旅游发展行动计划》的实施方案\n一、总体要求\n推进发展。\n二、主要任务\n(一)推进改革。\n")
    assert d.meta.issuer != "国家发展改革委、国家体育总局"
    assert metadata.fold_cn_zeros("二OO八年二○一一年二0一二年") == "二〇〇八年二〇一一年二〇一二年"


@pytest.mark.parametrize("line,number", [("沙政〔2012478", "沙政〔2012〕478号"), ("渝北府办发〔202021", "渝北府办发〔2020〕21号")])
def test_a_document_number_that_lost_its_bracket_and_hao(line, number):
    """A number whose closing bracket and 号 were lost, on its line under the title (two probe pages,
    both annotators of each): the four digits after the bracket are the year; the line is no
    part of the title."""
    d = parse_text("沙县人民政府\n关于加快第三产业发展的实施意见(试行)\n" + line + "\n各乡镇人民政府:\n"
                   "一、指导思想\n加快发展。\n二、目标任务\n(一)推进改革。\n")
    assert d.meta.doc_number == number and not d.meta.title.endswith(line)


def test_a_number_written_with_hao_in_traditional_characters():
    """吉林省人民政府關于…的落實意見(吉政發〔2014〕37號) (a traditional-character mirror, both probe
    annotators of batch 21): 號 closes a number as 号 does, so the title ends before it."""
    d = parse_text("吉林省人民政府關于國務院近期支持東北振興若干重大政策舉措的落實意見(吉政發〔2014〕37號)\n"
                   "各市(州)人民政府:\n一、總體要求\n加快振興。\n二、主要任務\n(一)推進改革。\n")
    assert d.meta.title.endswith("落實意見") and d.meta.doc_number == "吉政發〔2014〕37號"


def test_a_bylines_source_ends_where_its_next_field_begins():
    """发布时间:2024-03-28 09:33信息来源: 芜湖市教育局阅读次数:编辑:… (a city bureau's page, both probe
    annotators of batch 22): the source names the issuer, up to the next field."""
    d = parse_text("关于印发《芜湖市教育局2024年工作要点》的通知\n\n发布时间:2024-03-28 09:33信息来源: 芜湖市教育局阅读次数:编辑:倪雪梅 字体:\n\n"
                   "各县市区教育局:\n\n现将《芜湖市教育局2024年工作要点》印发给你们。\n\n芜湖市教育局2024年工作要点\n\n"
                   "一、加强党的建设\n\n1.强化理论武装。(责任科室:组干科、机关党委)\n")
    assert d.meta.issuer == "芜湖市教育局"


def test_a_leading_group_of_two_bodies_signs_as_one():
    """中共木兰县委木兰县人民政府 / 优化营商环境领导小组 / 2019年9月3日 (a county's leading group signing
    its plan's notice, both probe annotators of batch 22): one body, the group of the two."""
    d = parse_text("关于印发木兰县优化营商环境工作方案的通知\n各乡镇人民政府:\n现将方案印发给你们,请认真落实。\n"
                   "中共木兰县委木兰县人民政府\n优化营商环境领导小组\n2019年9月3日\n木兰县优化营商环境工作方案\n"
                   "一、工作目标\n优化环境。\n二、重点任务\n(一)简化审批。(牵头单位:县营商局)\n")
    assert d.meta.issuer == "中共木兰县委木兰县人民政府优化营商环境领导小组"


def test_a_byline_over_two_lines_under_the_title():
    """平昌县农业农村局2020年工作计划 / 2019-12-25 16:39 / 来源: 平昌县农业农村局 (a county bureau's page,
    both probe annotators of batch 23): the title is above the byline, whose lines still give the
    published date and the issuer; a site's 无障碍浏览 长者模式 above a title is no part of it."""
    d = parse_text("政务公开 > 平昌县农业农村局 > 规划计划\n\n平昌县农业农村局2020年工作计划\n\n2019-12-25 16:39\n"
                   " 来源: 平昌县农业农村局\n\n2020年是收官之年,重点抓好以下几项工作:\n\n(一)推动农业产业发展。茶叶投产面积增长10%以上。\n\n"
                   "(二)推进人居环境整治。加强治理。\n")
    assert (d.meta.title, d.meta.published, d.meta.issuer, d.meta.period) == (
        "平昌县农业农村局2020年工作计划", "2019-12-25", "平昌县农业农村局", [2020, 2020])
    d = parse_text("无障碍浏览 长者模式\n\n《某市重点工作任务分工方案》政策解读\n\n发布日期:2024-04-02 15:35 点击量:10\n\n"
                   "来源:某市政府办\n\n一、起草背景\n为推动落实,制定方案。\n二、主要内容\n明确任务。\n")
    assert not d.meta.title.startswith("无障碍")


REPORT_HEAD = ("关于某区2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告\n\n"
               "——2020年1月7日在某区第十七届\n\n人民代表大会第六次会议上\n\n{speaker}\n\n各位代表:\n\n"
               "受区人民政府委托,现将计划执行情况与计划草案提请大会审议。\n\n一、2020年重点工作\n\n(一)稳定增长。\n")


@pytest.mark.parametrize("speaker, issuer", [
    ("某区发展和改革委员会主任", "某区发展和改革委员会"),
    ("某区发展和改革委员会主任 白长海", "某区发展和改革委员会"),
    ("某区发展和改革委员会", "某区发展和改革委员会"),
    ("区长 张三", None),                     # a post alone names no body
], ids=["post", "post-and-name", "body-alone", "post-alone"])
def test_a_reports_speaker_line_names_its_issuer_when_the_title_does_not(speaker, issuer):
    """A plan report whose title names no body (关于河西区2019年…的报告): the body on the speaker's
    line under its subtitle issued it (河西区发展和改革委员会主任; 科右中旗发展和改革委员会主任 白长海:
    both annotators of two plan reports, probe batches 22-23). A title that names its body keeps it
    (国务院关于数字经济发展情况的报告, delivered by 国家发展和改革委员会主任)."""
    doc = parse_text(REPORT_HEAD.format(speaker=speaker))
    assert doc.meta.issuer == issuer
    assert doc.meta.signed == "2020-01-07"
    state = parse_text(REPORT_HEAD.format(speaker=speaker).replace("关于某区2019年", "国务院关于2019年", 1))
    assert state.meta.issuer == "国务院"


@pytest.mark.parametrize("speaker, issuer", [
    ("某某镇人民政府镇长 杨杰", "某某镇人民政府"),
    ("镇长 杨杰", None),
], ids=["government-and-head", "head-alone"])
def test_a_town_work_reports_issuer_is_the_government_on_its_speaker_line(speaker, issuer):
    """政府工作报告 / 2019年2月26日在镇第十四届人民代表大会第三次会议 / 魏庄镇人民政府镇长 杨杰: a town is in no
    table of regions, so the government that reports is the one its speaker's line names (both
    annotators of a 2019 town work report, probe batch 24); a head alone names none."""
    doc = parse_text("政府工作报告\n2019年2月26日在镇第十四届人民代表大会第三次会议\n" + speaker +
                     "\n各位代表:\n现在,我代表镇人民政府向大会作政府工作报告。\n一、2018年工作回顾\n全镇完成各项任务。\n")
    assert doc.genre == "work_report"
    assert doc.meta.issuer == issuer
    assert doc.meta.signed == "2019-02-26"


def test_a_sites_search_box_and_phone_link_are_no_part_of_the_title():
    """精确检索 / 开始检索 above the title, 掃碼閱讀手機版 under it (probe batch 26, both annotators):
    a site's widgets, not title lines."""
    body = "莆政综〔2014〕76号\n各县(区)人民政府:\n现提出如下实施意见:\n一、主要目标\n到2020年,建成养老床位15800张。\n"
    d = parse_text("精确检索\n开始检索\n\n莆田市人民政府关于加快发展养老服务业的实施意见\n\n" + body)
    assert (d.meta.title, d.meta.issuer) == ("莆田市人民政府关于加快发展养老服务业的实施意见", "莆田市人民政府")
    t = parse_text("天津市人民政府辦公廳關於促進全域旅游發展的實施意見\n\n掃碼閱讀手機版\n\n" + body)
    assert t.meta.title == "天津市人民政府辦公廳關於促進全域旅游發展的實施意見"


def test_a_speaker_after_the_subtitle_on_its_line_and_the_byline_under_it():
    """——2020年1月16日在海南省第六届 人民代表大会第三次会议上 海南省发展和改革委员会 / 作者 :编辑 :…发布时间
    :2020年01月21日 (a province's plan report, probe batch 26, both annotators): the body after the
    subtitle issued it; the byline under the subtitle gives the page's date."""
    d = parse_text("关于某省2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告\n\n"
                   "——2020年1月16日在某省第六届 人民代表大会第三次会议上 某省发展和改革委员会\n\n"
                   "作者 :编辑 :杨小涵来源 :某省第六届人民代表大会第三次会议发布时间 :2020年01月21日\n\n各位代表:\n\n"
                   "受省政府委托,现在向大会报告。\n\n一、2019年国民经济和社会发展计划执行情况\n\n全省经济运行平稳。\n")
    assert (d.meta.issuer, d.meta.signed, d.meta.published) == ("某省发展和改革委员会", "2020-01-16", "2020-01-21")


def test_a_town_report_delivered_on_the_day_under_its_subtitle_for_the_government_it_names():
    """政府工作报告 / ——在鹅湖镇第六届人民代表大会第七次会议上 / 林积专 / 2020年6月19日 / 各位代表: / 现在,我代表鹅湖镇
    人民政府,向大会报告工作 (both annotators of a 2020 town report, probe batch 26): the day under the
    subtitle is the day it was delivered (signed, not a page's date), and it is issued by the
    government its opening speaks for. Without the subtitle the date stays the page's."""
    text = ("政府工作报告\n——在某某镇第六届人民代表大会第七次会议上\n林积专\n2020年6月19日\n各位代表:\n"
            "现在,我代表某某镇人民政府,向大会报告工作,请予审议。\n2019年工作回顾\n全镇完成各项任务。\n")
    d = parse_text(text)
    assert (d.meta.signed, d.meta.published, d.meta.issuer) == ("2020-06-19", None, "某某镇人民政府")
    page = parse_text(text.replace("——在某某镇第六届人民代表大会第七次会议上\n", ""))
    assert (page.meta.signed, page.meta.published) == (None, "2020-06-19")


def test_a_breadcrumbs_category_and_a_field_row_without_colons_are_no_title():
    """当前位置:首页 / > 政务公开 > 规划计划 > 发展计划 / 索  引  号 1137…  公开方式 主动公开 / 发布机构 金乡县发展和改革局
    组配分类 发展计划 over 金乡县2021年国民经济和社会发展计划 (both annotators of a 2021 county plan, probe
    batch 28): the title is the plan's own line, not the category that ends the trail or the fields."""
    d = parse_text("当前位置:首页\n> 政务公开 > 法定主动公开内容 > 规划计划 > 发展计划\n"
                   "索  引  号 113708280043358015/2021-01956 公开方式 主动公开\n发布机构 金乡县发展和改革局 组配分类 发展计划\n"
                   "成文日期 2021-02-22 废止日期\n有效性\n金乡县2021年国民经济和社会发展计划\n分享\n\n"
                   "2021年是“十四五”规划的开局之年。做好2021年全县经济社会发展工作的总体要求是:稳中求进。\n")
    assert d.meta.title == "金乡县2021年国民经济和社会发展计划"


def test_a_campaign_on_a_site_of_uploaded_texts():
    """公路六乱专治实施方案 / 时间:2022-04-05 11:01:00 / 导语:…一文来源于网友上传 (both annotators of a 2012 county
    campaign, probe batch 29): the time is the upload's, no publication date, so the campaign's own
    dates of 2012 are not read as background; its window 从2012年10月25日开始,到2012年11月底结束 is one
    range, and 一、整治范围和目标 holds no task."""
    text = ("公路六乱专治实施方案\n时间:2022-04-05 11:01:00\n导语:公路六乱专治实施方案一文来源于网友上传,不代表本站观点。\n"
            "为了规范全县公路运输秩序,特制定本工作方案。\n一、整治范围和目标\n这次整治范围包括212国道。\n二、时间安排\n"
            "专项整治行动从2012年10月25日开始,到2012年11月底结束,分三个阶段进行。\n三、总体工作要求\n(一)加强领导,落实责任。各乡镇要加强领导。\n")
    d = parse_text(text)
    assert d.meta.published is None
    assert [(x.date_start, x.date_end) for x in d.deadlines] == [("2012-10-25", "2012-11-30")]
    assert ("一",) not in [t.path for t in d.tasks]
    page = parse_text(text.replace("一文来源于网友上传,不代表本站观点", "一文发布于本站"))
    assert page.meta.published == "2022-04-05"


NEWS_NOTICE_LEAD = """3月6日,甲市人民政府办公室印发通知,对甲市人大会议票决确定的8件民生实事进行责任分解和督查。要求各牵头单位做好统筹。
(资料图)
甲市2024年8件民生实事
一、新增公办幼儿园10所。
牵头单位:市教育局
完成时限:2024年12月31日前
二、改造老旧小区30个。
牵头单位:市住房城乡建设局
"""


def test_a_news_lead_reporting_the_notice_gives_its_issuer_and_day():
    # a lead that reports the notice by what it does (印发通知,对…8件民生实事进行责任分解), not by a
    # 《title》: its issuer, and its day in the year the list's title names
    m = meta_of(NEWS_NOTICE_LEAD)
    assert m.title == "甲市2024年8件民生实事"
    assert (m.issuer, m.signed) == ("甲市人民政府办公室", "2024-03-06")


def test_a_news_lead_about_other_work_gives_no_issuer():
    # the notice it reports deals with something the title does not name
    m = meta_of(NEWS_NOTICE_LEAD.replace("8件民生实事进行责任分解", "秸秆禁烧工作进行部署"))
    assert m.issuer is None and m.signed is None


WORK_YEAR = """各乡镇人民政府,县直各单位:
为切实抓好2023年全县烟叶工作,确保完成目标任务,现提出如下意见。
一、目标任务
全县种植烟叶6.4万亩,收购烟叶15万担。
二、工作措施
(一)落实面积。各乡镇于3月底前落实种植面积。
"""


@pytest.mark.parametrize("text, period", [
    (WORK_YEAR, [2023, 2023]),
    # a year by which something is due is no year of the work
    (WORK_YEAR.replace("切实抓好2023年全县烟叶工作", "到2023年全县烟叶产业提质增效"), None),
    # a date is no year of the work either
    (WORK_YEAR.replace("切实抓好2023年全县烟叶工作", "2023年3月底前完成全县烟叶工作部署"), None),
    # nor the year of a book it cites
    (WORK_YEAR.replace("切实抓好2023年全县烟叶工作", "贯彻《全省2023年烟叶工作要点》"), None),
    # two years named: no single year to take
    (WORK_YEAR.replace("6.4万亩", "6.4万亩,2024年达到7万亩"), None),
])
def test_an_untitled_text_that_names_one_year_as_its_work_year_is_that_years(text, period):
    # no title and no dated opening sentence: a year named as the year of the work arranged
    # (抓好2023年全县烟叶工作) dates the document, when the text names no other
    assert meta_of(text).period == period


@pytest.mark.parametrize("tab", ["主要内容", "相关推荐", "主要內容", "  • 【打印文本】", "【关闭窗口】", "  • 字体【      】",
                                 "【字体: 大  中 小】", "法搜网--中国法律信息搜索网", "有效性", "2020415", "2021年2月",
                                 "主题词", "关怀版", "登录个人中心", "收藏", "18頁33.20KB", "搜本站\n  • 搜全州\n  • 搜本站"])
def test_a_pages_tab_above_the_title_is_no_title(tab):
    # a portal's 主要内容 tab, a template site's 相关推荐 box: page furniture above the title line
    text = (f"时间:2019-01-23 08:59:39\n\n{tab}\n\n某省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n\n"
            "省政府各厅委:\n现就重点工作提出部门分工意见如下:\n一、落实工作总体部署\n(一)稳增长。(省发改委牵头)\n")
    assert meta_of(text).title == "某省人民政府关于落实《政府工作报告》重点工作部门分工的意见"


def test_a_flattened_tables_figures_rows_are_no_title():
    # 占比(% / 合计 182852 / 55219.1 30.2 above a progress table's first group row: its header and
    # totals, not the title (a 2025 district's notice, both annotators of probe batch 47); the
    # page's byline 日期:… 来源:… gives the published date
    text = ("关于2025年某区重点民生实事1季度推进情况公示\n\n日期:2025-04-11 来源:某区发展和改革委员会\n\n"
            "现将推进情况进行公示。\n\n附件\n\n序号 项目名称 责任单位\n占比(%\n合计 182852\n\n55219.1 30.2\n"
            "一、市级重点民生实事 16842\n1 实施城镇老旧小区改造 新开工改造城镇老旧小区67个 区住房城乡建委\n")
    meta = meta_of(text)
    assert meta.title is None or not any(c.isdigit() for c in meta.title[-6:])
    assert "合计" not in (meta.title or "") and "%" not in (meta.title or "")
    assert meta.published == "2025-04-11"
    # a bare 日期 not followed by a source is no byline
    assert meta_of(text.replace(" 来源:某区发展和改革委员会", "")).published is None


def test_a_headline_that_the_plan_was_issued_gives_the_plans_title():
    """省委办公厅省政府办公厅印发《…三年行动计划(2023—2025年)》 over the plan's text (a news page that
    carries it whole): the title is the plan's (both annotators of probe batch 49)."""
    from extract.pipeline import parse_text
    body = "近日,省委办公厅、省政府办公厅印发了该计划。\n一、行动目标\n做好工作。\n二、重点任务\n做好工作。\n"
    doc = parse_text("省委办公厅省政府办公厅印发《某地一体化发展三年行动计划(2023—2025年)》\n" + body)
    assert doc.meta.title == "某地一体化发展三年行动计划(2023—2025年)"
    # (a headline with words after the marks is no such line)
    doc = parse_text("省委办公厅印发《某地一体化发展三年行动计划》解读\n" + body)
    assert doc.meta.title != "某地一体化发展三年行动计划"


@pytest.mark.parametrize("written,title", [
    ("2010年〈政府工作报告〉主要目标任务分解方案", "2010年《政府工作报告》主要目标任务分解方案"),
    ("2023年市〈政府工作报告〉任务分解和责任分工方案", "2023年市《政府工作报告》任务分解和责任分工方案"),
])
def test_a_document_named_inside_a_title_standing_alone_takes_the_book_marks(written, title):
    # the inner marks a quoted title nests a name in (〈政府工作报告〉), in a title that stands alone:
    # 《…》, as both annotators of five probe documents write it
    from extract.pipeline import parse_text
    doc = parse_text(written + "\n\n一、主要目标\n做好工作。\n二、工作任务\n做好工作。\n")
    assert doc.meta.title == title


def test_a_notice_that_names_the_plan_whole_gives_its_place_and_year():
    """现将《永川区2016年“美丽永川·清洁乡村”行动方案》印发你们 / … / “美丽永川·清洁乡村”行动方案: the title the
    notice names is the whole one, its place and year before the heading's words (both annotators of
    a 2016 district's plan, probe batch 45); it dates the plan's year.  A quoted name that differs
    other than by a place and a year before them is another document."""
    from extract.pipeline import parse_text
    text = ("各镇人民政府,区级各部门:\n经区委区政府同意,现将《永川区2016年“美丽永川·清洁乡村”行动方案》印发你们,请遵照执行。\n"
            "中共某区委办公室\n2016年6月6日\n“美丽永川·清洁乡村”行动方案\n为改善人居环境,制定本方案。\n"
            "一、工作目标\n建成示范院落3个。\n二、工作内容\n硬化道路300千米。\n")
    doc = parse_text(text)
    assert doc.meta.title == "永川区2016年“美丽永川·清洁乡村”行动方案"
    assert doc.meta.period == [2016, 2016]
    other = parse_text(text.replace("《永川区2016年", "《关于印发永川区2016年"))
    assert other.meta.title == "“美丽永川·清洁乡村”行动方案"
    # (a heading that lost the figures the notice writes, 湖南省年深化…方案 under 《湖南省2021年深化…方案》:
    # both annotators of a 2021 province's division, probe batch 55)
    lost = parse_text("各市州人民政府:\n《某省2021年深化改革重点任务分工方案》已经省人民政府同意,现印发给你们。\n某省人民政府办公厅\n"
                      "2021年3月10日\n某省年深化改革重点任务分工方案\n一、重点任务\n1.推进改革。(省发展改革委牵头)\n")
    assert lost.meta.title == "某省2021年深化改革重点任务分工方案"


def test_a_bracketed_number_leading_the_title_line_and_a_byline_naming_its_poster():
    """[巴委督〔2014〕1号]关于印发《…》的通知 / 时间:2014-03-25 11:05:47 发布者:…: the number in brackets is the
    document's, the byline's time the published date (both annotators of a 2014 city's notice, probe
    batch 32)."""
    text = ("[某委督〔2014〕1号]关于印发《2014年度全市综合目标任务框架体系》的通知\n\n"
            "时间:2014-03-25 11:05:47 发布者:市委目标督查办公室\n\n各县(区)人民政府:\n"
            "《2014年度全市综合目标任务框架体系》已经市委、市政府同意,现印发你们。\n\n"
            "一、主要目标\n地区生产总值增长8%。\n二、重点任务\n做好工作。\n")
    meta = meta_of(text)
    assert meta.doc_number == "某委督〔2014〕1号"
    assert meta.published == "2014-03-25"


def test_an_attachments_file_name_that_is_its_number_and_a_policy_sites_department_field():
    """繁政秘〔2021〕19号.doc / 繁政秘〔2021〕19号.pdf under a notice's byline: the document's number, no
    title; 发文部门: the body that issued it (both annotators of probe batch 52)."""
    text = ("关于印发2021年区政府重点工作任务的通知\n\n发文部门:某市工业和信息化局\n\n"
            "某政秘〔2021〕19号.doc\n某政秘〔2021〕19号.pdf\n\n各镇人民政府:\n现将任务印发给你们。\n"
            "一、主要目标\n地区生产总值增长8%。\n二、重点任务\n做好工作。\n")
    meta = meta_of(text)
    assert meta.doc_number == "某政秘〔2021〕19号"
    assert meta.issuer == "某市工业和信息化局"
    assert "doc" not in (meta.title or "") and "pdf" not in (meta.title or "")


def test_a_portal_bylines_publishing_unit_field_gives_the_issuer():
    """发布日期: … 来源: 发布单位: 武汉市农业委员会 in a city portal's byline: the body that published its
    own work points (both annotators of a 2016 and a 2021 Wuhan page, probe batch 24); a 发布单位 that
    is only a level word (区政府) or no colon field (【发布单位】山西省) gives none."""
    body = ("2016年全市农业农村工作要点\n\n{byline}\n\n2016年是开局之年。\n一、主要目标\n粮食产量稳定在100万吨。\n"
            "二、重点任务\n(一)推进农业现代化。\n")
    meta = meta_of(body.format(byline="发布日期: 2016-04-11 10:08 来源: 发布单位: 某市农业委员会"))
    assert meta.issuer == "某市农业委员会"
    assert meta_of(body.format(byline="发布单位 | 区政府 | 发文日期 | 2016-04-11 |")).issuer is None
    assert meta_of(body.format(byline="【发布单位】某某省")).issuer is None


@pytest.mark.parametrize("number, place, issuer", [
    ("甘政发〔2022〕9号", "甘肃省", "甘肃省人民政府"),
    ("苏政办发〔2013〕144号", "江苏省", "江苏省人民政府办公厅"),
    ("赣府厅字〔2009〕15号", "江西省", "江西省人民政府办公厅"),
    ("六盘水府办发〔2022〕10号", "六盘水市", "六盘水市人民政府办公室"),
    ("连政发〔2019〕2号", "连云港市", "连云港市人民政府"),
    ("治政办〔2017〕93号", "治多县", "治多县人民政府办公室"),
    ("宝府办〔2008〕18号", "上海市宝山区", "上海市宝山区人民政府办公室"),
    # not a government's own number, or not this place's: no issuer from it
    ("甘卫发〔2022〕9号", "甘肃省", None),
    ("平政办〔2013〕11号", "甘肃省", None),
])
def test_a_governments_own_number_names_the_issuer_the_text_leaves_out(number, place, issuer):
    """A page cut below its notice's head keeps only the number: the government (or its office) whose
    number it is issued it, as the probe's annotators write it (13 pages gained it: 甘政发, 甘肃省人民政府;
    平政办 of a 平顶山市 page: 平顶山市人民政府办公室) -- when the number's abbreviation is the region's."""
    text = (number + "\n各有关单位:\n为推进" + place + "经济发展,全" + place[-1] + "要抓好以下工作。\n"
            "一、主要目标\n地区生产总值增长6%。\n二、重点任务\n(一)推进项目建设。\n")
    meta = meta_of(text)
    assert meta.doc_number == number
    assert meta.issuer == issuer


def test_a_number_named_in_running_text_after_wenhao_is_another_documents():
    """…以市委、市政府文件印发(文号为襄发[2011]23号): the number of the document the text carries out, not
    its own (both annotators of a 2011 city's division, probe batch 53); a field 文号: is its own."""
    from extract.pipeline import parse_text
    head = "中共某市委办公室 某市人民政府办公室\n关于印发《贯彻落实某某纲要责任分工方案》的通知\n各县(市)区委、人民政府:\n"
    body = ("贯彻落实某某纲要责任分工方案\n一、总体要求\n做好工作。\n二、任务分工\n(一)推进工业发展。(责任单位:市经信委)\n")
    ran = parse_text(head + "《纲要》已经市委审议通过,并以市委、市政府文件印发(文号为某发[2011]23号)。经市委同意,现将方案印发给你们。\n"
                     + body)
    assert ran.meta.doc_number is None
    field = parse_text(head + "文号:某发[2011]23号\n现将方案印发给你们。\n" + body)
    assert field.meta.doc_number == "某发[2011]23号"


def test_a_masthead_names_the_issuer_and_a_cut_attachment_list_heads_nothing():
    """常州市武进区人民政府办公室文件 over the number: the issuing body; 附件:1. / 2. / 3. cut before the
    names: the notice's list of attachments, no tasks, and the date under it is the signature's (both
    annotators of a 2012 district notice, probe batch 64)."""
    from extract.pipeline import parse_text
    text = ("某某市某某区人民政府办公室文件\n某政办发〔2012〕65号\n关于调整2012年区重点项目建设计划的通知\n"
            "各镇人民政府,区各直属单位:\n经研究,决定调整区重点项目。调整后,全区重点项目为228个。\n"
            "附件:1.\n2.\n3.\n二○一二年六月十二日\n主题词:项目 建设 通知\n")
    d = parse_text(text)
    assert (d.meta.issuer, d.meta.signed) == ("某某市某某区人民政府办公室", "2012-06-12")
    assert d.tasks == []
    named = parse_text(text.replace("附件:1.\n2.\n3.\n", "附件:1.调整出区重点项目名单\n2.调整为区重点项目名单\n"))
    assert named.tasks == []


def test_a_provinces_level_word_issuer_is_written_in_full():
    """省人民政府关于… of 鄂政发 is 湖北省人民政府 (both annotators of a 2018 province's opinion, probe
    batch 65), as 区人民政府办公室 of a district's number is the district's."""
    body = "为深入贯彻党的十九大精神,现结合我省实际制定如下意见。\n一、总体要求\n1.指导思想。\n二、重点任务\n2.推进产业发展。\n"
    hubei = meta_of("省人民政府关于\n进一步优化营商环境的若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府,省政府各部门:\n" + body)
    assert (hubei.issuer, hubei.region) == ("湖北省人民政府", "湖北省")


@pytest.mark.parametrize("head, title", [
    ("《某某管理局关于持续推进营商环境优化升级2023年行动方案》\n", "某某管理局关于持续推进营商环境优化升级2023年行动方案"),
    ("(发至县人民政府)某某省深入推动金融改革发展的若干政策措施\n", "某某省深入推动金融改革发展的若干政策措施"),
    # a title that only names a document inside it keeps its marks
    ("某某省人民政府关于印发《某某省行动方案》的通知\n", "某某省行动方案"),
])
def test_a_title_set_in_book_marks_or_under_a_distribution_note_is_bare(head, title):
    """《…2023年行动方案》 round a whole title, and (發至縣人民政府) before one, are no part of it (both
    annotators of a 2023 district bureau's page and of a 2014 province's measures, probe batches 65-66)."""
    body = "各有关单位:\n为推进工作,制定本方案。\n一、总体要求\n(一)指导思想。\n二、重点任务\n(一)优化审批。\n"
    assert meta_of(head + body).title == title


def test_a_number_with_the_addressees_run_onto_its_line():
    """卫政办发〔2025〕26号各县(区)人民政府,市政府各部门、直属机构: (both annotators of a 2025 city's plan, probe
    batch 67): the number is the document's; a line that only starts like a number and says more is not."""
    body = "《某市优化营商环境行动方案》已经市人民政府研究同意,现印发给你们。\n某市人民政府办公室\n2025年6月4日\n一、重点任务\n(一)优化审批。\n"
    m = meta_of("某市人民政府办公室关于印发某市优化营商环境行动方案的通知\n卫政办发〔2025〕26号各县(区)人民政府,市政府各部门、直属机构:\n" + body)
    assert m.doc_number == "卫政办发〔2025〕26号"
    m = meta_of("某市人民政府办公室关于印发某市优化营商环境行动方案的通知\n依据卫政办发〔2025〕26号各县(区)落实情况通报如下。\n" + body)
    assert m.doc_number is None


def test_a_masthead_and_a_body_over_a_pages_number_are_no_title():
    """11411000005747138B/202302-00850 / 市政府文件 / 许昌市人民政府 / 2023-02-20 15:38 / 许政 [2023] 2号 (both
    annotators of a 2023 city's division of its report, probe batch 67): the page names no title; the number
    stands. Under a title line the same lines leave the title whole."""
    head = "11411000005747138B/202302-00850\n市政府文件\n许昌市人民政府\n2023-02-20 15:38\n许政 [2023] 2号\n"
    body = "各县(市、区)人民政府:\n现将2023年重点工作任务予以分解。\n一、稳定增长\n1.推进项目建设。(牵头单位:市发改委)\n"
    m = meta_of(head + body)
    assert (m.title, m.doc_number) == (None, "许政[2023]2号")
    m = meta_of(head + "许昌市人民政府关于2023年重点工作任务分解的通知\n" + body)
    assert m.title == "许昌市人民政府关于2023年重点工作任务分解的通知"


@pytest.mark.parametrize("head", ["当前选择城市:总站\n总站 {{item.sitename}}\n\n", "当前位置 -- 首页 -- 年度计划\n"])
def test_a_template_placeholder_and_a_dashed_breadcrumb_are_no_part_of_a_title(head):
    """总站 {{item.sitename}} (a page template's unfilled placeholder) and 当前位置 -- 首页 -- 年度计划 over a title
    line (both annotators of a 2018 city's opinion and a 2014 district's plan, probe batch 70)."""
    body = "各县(区)人民政府:\n为推进工作,提出如下意见。\n一、总体要求\n(一)指导思想。\n二、重点任务\n(一)优化审批。\n"
    assert meta_of(head + "某市人民政府关于进一步做好就业创业工作的实施意见\n" + body).title == \
        "某市人民政府关于进一步做好就业创业工作的实施意见"


def test_a_title_year_in_chinese_numerals_gives_the_period():
    """二○一九年脱贫攻坚春季攻势行动令 (both annotators of a 2019 province's campaign order, probe batch 72): the
    plan's year, as 2019年 would; a past year in its notice is then no deadline."""
    body = "各市(州)人民政府:\n2018年,我省持续发起系列行动。\n一、行动时间\n2019年2月至6月,共5个月。\n二、重点任务\n(一)推进产业。加快推进。\n"
    d = parse_text("二○一九年脱贫攻坚春季攻势行动令\n" + body)
    assert d.meta.period == [2019, 2019]
    assert [x.text for x in d.deadlines] == ["2019年2月至6月"]
    assert [x.path for x in d.tasks] == [("二", "(一)")]


@pytest.mark.parametrize("title, issuer", [
    ("焦作市教育局2021年工作要点", "焦作市教育局"),
    ("中共重庆市委教育工委重庆市教委2014年工作要点", "中共重庆市委教育工委、重庆市教委"),
    ("市教育局2021年工作要点", None),          # a body named by its level word only: no issuer from it
    ("全市2021年工作要点", None),
])
def test_a_bodys_plan_for_its_year_is_issued_by_the_body_it_names(title, issuer):
    """焦作市教育局2021年工作要点 with no notice (both annotators of a 2021 city bureau's points, probe batch 71)."""
    body = "\n2021年全市教育工作的总体要求是:加强领导。\n一、强化党建\n1.加强学习。认真学习。\n"
    assert meta_of(title + "\n" + body).issuer == issuer


def test_a_wrapped_preamble_line_with_commas_is_no_title():
    """A copy that parts every wrapped line of the preamble by a blank line (…落实立德树人 / 根本任务,坚持从政治上看
    教育、从民生上抓教育、从规律上 / …: both annotators of a 2022 city bureau's points, probe batch 71): a line with a
    comma outside quotation marks is running text, never a title."""
    text = ("宜昌市教育局2022年工作要点\n\n2022年是党的二十大召开之年。全市教育工作\n\n总体要求是:坚持立德树人\n\n"
            "根本任务,坚持从政治上看教育、从民生上抓教育、从规律上\n\n办教育,对标市委战略定位,严格工作\n\n"
            "标准,加快教育高质量发展,办好人民满意的教育,以优\n\n异成绩迎接党的二十大胜利召开。\n\n一、强化党建引领\n\n1.加强学习。认真学习。\n")
    m = meta_of(text)
    assert "," not in (m.title or "") and "，" not in (m.title or "")


def test_a_countys_number_that_opens_like_a_provinces_abbreviation():
    """云阳府发〔2019〕27号 of 云阳县 (Chongqing), a text that never names 云南 (both annotators of a 2019 county
    plan, probe batch 73): the county's number, its government as the text writes it; 云政发 stays Yunnan's."""
    body = ("各乡镇人民政府、街道办事处:\n现将《云阳县生活垃圾分类工作实施方案》印发给你们。\n云阳县生活垃圾分类工作实施方案\n"
            "为贯彻落实《重庆市生活垃圾分类管理办法》,制定本方案。\n一、总体要求\n(一)指导思想。加强领导。\n")
    m = meta_of("云阳县人民政府\n关于印发云阳县生活垃圾分类工作\n实施方案的\n云阳府发〔2019〕27号\n" + body)
    assert (m.region, m.issuer) == ("重庆市云阳县", "云阳县人民政府")
    m = meta_of("关于印发某某实施方案的通知\n云政发〔2019〕27号\n各州、市人民政府:\n现将方案印发给你们。\n一、总体要求\n(一)指导思想。加强领导。\n")
    assert m.region == "云南省"


def test_a_number_before_the_notices_whole_title_on_one_line():
    """云府办发〔2021〕6号 云岩区人民政府办公室关于印发健康云岩行动实施方案的通知 (both annotators of a 2021 district's
    plan, probe batch 76): the number is the notice's."""
    m = meta_of("云府办发〔2021〕6号 云岩区人民政府办公室关于印发健康云岩行动实施方案的通知\n各街道办事处:\n经区政府同意,现将"
                "《健康云岩行动实施方案》印发给你们。\n健康云岩行动实施方案\n一、总体要求\n(一)指导思想。加强领导。\n")
    assert m.doc_number == "云府办发〔2021〕6号"


def test_a_papers_jump_line_is_no_title():
    """(上接10版) over a plan report printed in a daily (both annotators of a 2020 municipality's plan report, probe
    batch 75): the page's jump line, no title."""
    m = meta_of("(上接10版)\n(二)总体要求\n以新时代思想为指导,做好工作。\n(三)主要目标\n地区生产总值增长6%左右。\n")
    assert m.title is None


def test_an_addressee_line_without_its_colon_is_no_title_and_a_campaigns_theme_is_no_task():
    """重庆市…瀼渡镇人民政府 / 关于开展第32个爱国卫生月活动的通知 / 瀼渡府发〔202047 / 各村(居)、站所办(中心)、镇属单位 /
    … 一、活动主题 / 防疫有我,爱卫同行 / 二、活动时间 / (一)4月4日—15日,宣传准备阶段。… / 三、活动内容 / …( (both
    annotators of a 2020 town's notice, probe batch 77): the title is the notice's; the theme and the content
    heading cut at its first bracket are no tasks, the two phases are."""
    t = ("重庆市万州区瀼渡镇人民政府\n关于开展第32个爱国卫生月活动的通知\n瀼渡府发〔202047\n各村(居)、站所办(中心)、镇属单位\n"
         "今年4月是第32个爱国卫生月。现将有关情况通知如下:\n一、活动主题\n防疫有我,爱卫同行\n二、活动时间\n"
         "(一)4月4日—15日,宣传准备阶段。广泛开展宣传发动。\n(二)4月16日—30日,组织实施阶段。集中开展活动。\n三、活动内容\n"
         "重点开展五大专项活动。\n(")
    d = parse_text(t)
    assert d.meta.title.endswith("关于开展第32个爱国卫生月活动的通知")
    assert [x.path for x in d.tasks] == [("二", "(一)"), ("二", "(二)")]


def test_a_portal_row_whose_label_runs_into_the_number_and_a_field_a_line_without_colons():
    """索 引 号 SM…-00008 文号永曹政〔2023〕24号 / 标题 曹远镇2023年度地质灾害防治方案 (a township's page, both annotators of
    probe batch 83): the number without its label, and the title from the plan's own line, not the 标题 field's;
    文号为襄发[2011]23号 inside a sentence names another document's number."""
    t = ("索 引 号 SM03905-3000-2023-00008 文号永曹政〔2023〕24号\n发布机构 永安市曹远镇人民政府 生成日期 2023-04-27\n"
         "标题 曹远镇2023年度地质灾害防治方案\n有效性 有效\n索 引 号 SM03905-3000-2023-00008\n文号永曹政〔2023〕24号\n"
         "发布机构 永安市曹远镇人民政府\n生成日期 2023-04-27\n标题 曹远镇2023年度地质灾害防治方案\n有效性 有效 有效 失效 废止\n\n"
         "曹远镇2023年度地质灾害防治方案\n\n发布时间:2023-05-11 10:46\n| | | |\n政策解读:\n\n各村(社区)委会、企事业单位:\n"
         "为做好我镇2023年度地质灾害防治工作,制定本方案。\n一、基本情况\n(一)全镇地质灾害基本情况\n全镇共有地质灾害隐患点120处。\n")
    m = meta_of(t)
    assert (m.title, m.doc_number) == ("曹远镇2023年度地质灾害防治方案", "永曹政〔2023〕24号")
    m = meta_of("关于某某工作的责任分工方案\n经市委常委会议审议通过,并以市委、市政府文件印发(文号为襄发[2011]23号)。\n"
                "一、总体要求\n(一)指导思想。加强领导。\n")
    assert m.doc_number is None


def test_a_city_number_read_by_its_governments_site_and_the_byline_under_the_number():
    """市人民政府办公室关于…的通知 / 鄂州政办发〔2019〕1号 / 信息来源:鄂州政府网 日期:2019-05-14 (both annotators of a 2019
    city's notice, probe batch 81): the number is 鄂州市's, not a Hubei (鄂) number, and the byline under the number
    dates the page."""
    m = meta_of("市人民政府办公室关于分解落实2019年《政府工作报告》主要目标任务的通知\n\n鄂州政办发〔2019〕1号\n\n"
                "信息来源:鄂州政府网 日期:2019-05-14 语音:播放\n\n各区人民政府、开发区管委会,市政府各部门:\n"
                "现将主要目标任务进行责任分解,并就有关事项通知如下:\n一、压实工作责任。各地各部门要高度重视。\n")
    assert (m.region, m.level, m.issuer, m.published) == ("湖北省鄂州市", "city", "鄂州市人民政府办公室", "2019-05-14")


def test_a_body_and_its_date_on_one_line_is_no_title_and_a_time_then_source_byline():
    """首页 -> 党务公开 -> 重要文件 / 沈阳市…整改方案 / 时间:2020年01月10日来源:市委办公室 / [字体: ] 打印 / 市委办公室
    2020年01月10日 (both annotators of a 2020 city plan's page, probe batch 84): the title is the plan's line, the
    byline's time the page's date."""
    m = meta_of("首页 -> 党务公开 -> 重要文件\n沈阳市贯彻落实中央生态环境保护督察“回头看”反馈意见整改方案\n"
                "时间:2020年01月10日来源:市委办公室\n[字体: ] 打印\n市委办公室 2020年01月10日\n\n"
                "  为贯彻落实整改工作,结合我市实际,制定本方案。\n  一、总体要求\n  (一)指导思想。加强领导。\n")
    assert (m.title, m.published) == ("沈阳市贯彻落实中央生态环境保护督察“回头看”反馈意见整改方案", "2020-01-10")


def test_a_portals_bracketed_publisher_field_issues_the_page():
    """[ 发布机构 ] 大足区规划自然资源局 in a portal's bracketed field table (both annotators of a 2025 district bureau's
    plan, probe batch 83): the publisher, and its district is the region."""
    m = meta_of("重庆市大足区规划和自然资源局\n\n您当前的位置:首页 >政务公开 >应急预案\n\n[ 索引号 ] 125001117842106899/2025-00057 "
                "[ 发文字号 ]\n[ 主题分类 ] 应急管理 [ 体裁分类 ] 防灾减灾\n[ 发布机构 ] 大足区规划自然资源局\n"
                "[ 成文日期 ] 2025-08-27 [ 发布日期 ] 2025-08-27\n\n做好2025年度地质灾害防治工作实施方案\n\n"
                "为扎实做好2025年全区地质灾害防治工作,制定本方案。\n一、工作目标\n确保不死人。\n")
    assert (m.issuer, m.region, m.level) == ("大足区规划自然资源局", "重庆市大足区", "district")


def test_a_pages_phone_code_prompt_and_font_size_switch_are_no_titles():
    """大港街2023年工作计划 / 发布日期: … / 字号: / • 扫一扫在手机打开当前页 / body, and a heading / 字号: / 大 中 小 / table (both
    annotators of probe batch 89): the title is the page's heading line."""
    m = meta_of("当前位置:大港街道> 政务公开> 最新文件\n\n大港街2023年工作计划\n发布日期: 2023-04-03 14:38      来源: 大港街道\n字号:\n"
                "  • 扫一扫在手机打开当前页\n\n    2023年大港街将以学习贯彻党的二十大精神为主线,推进各项工作。\n一、加强党的建设\n(一)强化理论武装。\n")
    assert m.title == "大港街2023年工作计划"
    m = meta_of("市中区2025年重点工作完成情况\n字号:\n大 中 小\n\n\n\n"
                "序号 | 重点任务 | 任务目标完成情况 | 责任单位 |\n1 | 大力推进产业回归。 | 已完成。 | 区发改局 |\n")
    assert m.title == "市中区2025年重点工作完成情况"


def test_a_notice_that_issues_a_list_stands_for_the_list():
    """繁昌区人民政府关于印发2021年 / 区政府重点工作任务的通知 / … (the list's own title cut away: both annotators of probe
    batches 60-89 read such notices as their list, GUIDE.md: the plan's title, not the notice's)."""
    m = meta_of("太康县人民政府关于印发2020年太康县重点民生实事的通知\n太政〔2020〕13号\n各乡镇人民政府,县政府各部门:\n"
                "现将《2020年太康县重点民生实事》印发给你们,请认真贯彻落实。\n一、实施城区道路建设工程。\n")
    assert m.title == "2020年太康县重点民生实事"
    m = meta_of("某市人民政府关于印发2021年区政府重点工作任务的通知\n各镇人民政府:\n现将区政府2021年重点工作分解下达给你们。\n一、确保完成目标\n")
    assert m.title == "2021年区政府重点工作任务"
    # …工作目标任务, …民生实事项目, and a 《》 round a part of what it issues stays (probe batch 98, both annotators)
    m = meta_of("某县人民政府关于印发某县2024年十大民生实事项目的通知\n各镇人民政府:\n现将项目印发给你们。\n一、教育\n")
    assert m.title == "某县2024年十大民生实事项目"
    m = meta_of("某区人民政府办公室关于印发2024年重点民生实事工作目标任务的通知\n各镇人民政府:\n现将目标任务印发给你们。\n"
                "一、加强领导\n")
    assert m.title == "2024年重点民生实事工作目标任务"
    m = meta_of("某区人民政府办公室\n关于印发《2020年某区人民政府\n工作报告》重点工作任务分工的通知\n各镇人民政府:\n"
                "某区人民代表大会通过的《2020年某区人民政府工作报告》对各项工作作了部署。\n一、加强领导\n")
    assert m.title == "《2020年某区人民政府工作报告》重点工作任务分工"


def test_a_notice_that_writes_its_body_before_the_verb_gives_its_issuer():
    """天津市人民政府印发关于开展 / 迎全运城市综合整治实施方案的通知 (a 2016 city's notice over two lines,
    probe: both annotators): the body before 印发关于 is the issuer, and the region is its city,
    not a place whose name a word of the title happens to hold (迎全运城市 → 运城市)."""
    text = ("天津市人民政府印发关于开展\n迎全运城市综合整治实施方案的通知\n各区、县人民政府,各委、局:\n"
            "现将《关于开展迎全运城市综合整治实施方案》印发给你们,望遵照执行。\n2016年10月19日\n"
            "关于开展迎全运城市综合整治实施方案\n一、重点任务\n(一)整治市容。(市市容园林委负责)\n")
    d = parse_text(text)
    assert (d.meta.issuer, d.meta.region, d.meta.level) == ("天津市人民政府", "天津市", "province")
    # the verb must follow a body's name: 关于印发 and a body without one stay as they were
    assert metadata._NOTICE.match("天津市人民政府关于印发迎全运城市综合整治实施方案的通知").group(1) == "天津市人民政府"
    assert metadata._NOTICE.match("市领导印发关于开展整治的通知").group(1) == "市领导印发"


def test_a_span_of_years_whose_dash_the_copy_lost():
    """实施方案(20132015年) (a 2013 city's plan whose page field writes (2013-2015年); both annotators,
    probe batch 97): two years glued in a title's brackets are a span; a later year first, or one year
    twice, is left as written."""
    d = parse_text("吕梁市人民政府\n关于印发改革试验实施方案(20132015年)的通知\n各县人民政府:\n现将方案印发给你们。\n"
                   "改革试验实施方案(20132015年)\n一、重点任务\n(一)推进改革。(市发改委负责)\n")
    assert (d.meta.title, d.meta.period) == ("改革试验实施方案(2013-2015年)", [2013, 2015])
    assert metadata._unglue_years("方案(20152013年)") == "方案(20152013年)"
    assert metadata._unglue_years("方案(20242024年)") == "方案(20242024年)"


def test_a_site_name_or_address_above_a_whole_title_is_not_part_of_it():
    """地址: / 乌鲁木齐市南湖西路215号 / 新疆生态环保产业协会 / 新疆维吾尔自治区…整改工作情况的报告 (a 2019 region's
    report on an association's site, probe batch 100, both annotators): the title alone, the region its own;
    a lone markup character above a text (<, probe batch 99) is no title."""
    text = ("资讯中心\n\n联系我们\n\n地址:\n\n乌鲁木齐市南湖西路215号\n\n新疆生态环保产业协会\n\n"
            "新疆维吾尔自治区贯彻落实中央环境保护督察反馈意见整改工作情况的报告\n\n2019-04-28 / :61\n\n"
            "  经党中央、国务院批准,2017年8月11日至9月11日,中央第八环境保护督察组对我区开展了环境保护督察。\n")
    d = parse_text(text)
    assert (d.meta.title, d.meta.region) == ("新疆维吾尔自治区贯彻落实中央环境保护督察反馈意见整改工作情况的报告", "新疆维吾尔自治区")
    # a title wrapped over two lines is still joined
    w = parse_text("资讯中心\n\n某省人民政府办公厅关于加快推进\n\n数字经济发展的实施意见\n\n  为加快数字经济发展,提出如下意见。\n")
    assert w.meta.title == "某省人民政府办公厅关于加快推进数字经济发展的实施意见"
    e = parse_text("<\n\n\n 2023年是开局之年。全省教育工作的总体思路是:深入学习。\n\n一、加强党的领导\n\n 1.深入学习贯彻。\n")
    assert e.meta.title is None
    j = parse_text("pbY\n\n 2023年是开局之年。全省教育工作的总体思路是:深入学习。\n\n一、加强党的领导\n\n 1.深入学习贯彻。\n")
    assert j.meta.title is None        # a site's junk letters (probe batch 105)


def test_a_work_report_whose_subtitle_names_no_day():
    """政 府 工 作 报 告(2022年) / 发布日期:… / 政府工作报告 / ——在东乌珠穆沁旗第十六届人民代表大会第一次会议上 /
    东乌旗人民政府代旗长 周玉龙 / (2022年1月5日) (a 2022 banner's report, probe batch 100, both annotators): the place
    the subtitle names, the government as the speaker's line writes it (an acting head too), the day in
    brackets, the page's 发布日期."""
    text = ("当前位置: 首页 > 政务公开 > 政府工作报告\n\n政 府 工 作 报 告(2022年)\n\n发布日期:2022-02-11 19:15\n\n"
            "政府工作报告\n\n  ——在东乌珠穆沁旗第十六届人民代表大会第一次会议上\n\n  东乌旗人民政府代旗长 周玉龙\n\n"
            "  (2022年1月5日)\n\n各位代表:\n\n  现在,我代表旗人民政府向大会报告工作,请予审议。\n\n  一、过去四年工作回顾\n\n"
            "  过去的四年,是我旗发展进程中攻坚克难的四年。\n")
    d = parse_text(text)
    m = d.meta
    assert d.genre == "work_report"
    assert (m.issuer, m.region, m.level, m.signed, m.published) == (
        "东乌旗人民政府", "内蒙古自治区东乌珠穆沁旗", "county", "2022-01-05", "2022-02-11")
    assert metadata._REPORT_TITLE.match("政府工作报告(2022年)").group(4) == "2022"


def test_a_number_after_a_notice_title_and_chrome_before_a_title():
    """…关于印发…实施方案的通知(桂政办发〔2014〕15号) on one line (a 2014 region's plan, probe batch 98, both annotators):
    the number, and the notice's issuer; 政府信息公开 over a title and a news headline's …全文发布 before it are
    no part of the title (probe batch 98)."""
    d = parse_text("广西壮族自治区人民政府办公厅关于印发糖料蔗示范基地建设试点实施方案的通知(桂政办发〔2014〕15号)\n\n"
                   "发布日期:2014-02-20 浏览次数:5\n\n各市、县人民政府:\n\n 《糖料蔗示范基地建设试点实施方案》已经自治区人民政府同意,"
                   "现印发给你们。\n\n糖料蔗示范基地建设试点实施方案\n\n一、目标任务\n\n(一)建设基地。\n")
    assert (d.meta.doc_number, d.meta.issuer) == ("桂政办发〔2014〕15号", "广西壮族自治区人民政府办公厅")
    assert metadata._clean_title("政府信息公开2017年度脱贫攻坚成效考核反馈问题整改实施方案") == \
        "2017年度脱贫攻坚成效考核反馈问题整改实施方案"
    assert metadata._clean_title("四川省农业厅2020年一号文件全文发布农业农村厅2020年工作要点") == "农业农村厅2020年工作要点"
    assert metadata._clean_title("××池州市人民政府关于创优营商环境的实施意见") == "池州市人民政府关于创优营商环境的实施意见"


def test_a_head_run_together_on_one_line():
    """福建省人民政府办公厅关于印发…任务分工方案的通知闽政办〔2011〕113号各设区市人民政府,…:为贯彻落实… (a page saved
    without its line breaks: both annotators of a 2011 province's division, probe; a letterhead too, 文成县安全生产
    委员会办公室文件文安委办〔2020〕60号关于印发…的通知…): its title, number and issuer; running text that cites another
    document's number is no head (…根据《…》(国发〔2015〕17号)…)."""
    body = "为贯彻落实规划纲要,经省政府同意,现将任务分工方案印发给你们,请认真贯彻执行。" * 3
    d = parse_text("福建省人民政府办公厅关于印发福建省教育规划纲要任务分工方案的通知闽政办〔2011〕113号各设区市人民政府,"
                   "省人民政府各部门:" + body + "\n一、主要任务\n(一)推进教育改革。(省教育厅负责)\n")
    assert (d.meta.title, d.meta.doc_number, d.meta.issuer) == (
        "福建省教育规划纲要任务分工方案", "闽政办〔2011〕113号", "福建省人民政府办公厅")
    lh = parse_text("文成县安全生产委员会办公室文件文安委办〔2020〕60号关于印发2020年度考核指标评分标准的通知各乡镇人民政府、"
                    "县安委会各成员单位:" + body + "\n1、乡镇政府未按要求的扣2分。\n")
    assert (lh.meta.doc_number, lh.meta.issuer) == ("文安委办〔2020〕60号", "文成县安全生产委员会办公室")
    cited = parse_text("为加强河道管理,根据《中华人民共和国河道管理条例》(国发〔2015〕17号)的通知精神,结合实际制定本方案。" + body
                       + "\n一、主要任务\n(一)治理河道。(市水利局负责)\n")
    assert cited.meta.doc_number is None and [b - a for a, b in cited.layout.lines[:1]] == [len(cited.norm.split("\n")[0])]


def test_the_body_before_its_verb_and_a_title_field_without_its_colon():
    """黑龙江省人民政府办公厅印发贯彻落实省政府关于…的通知 (what it issues has a 关于 of its own: the body is the one
    before 印发; probe batch 104, both annotators); 标  题 河南省人民政府关于印发…的通知 (a portal's field without its
    colon: the issuer is no 标题河南省人民政府; probe batch 102, both annotators)."""
    body = "各有关部门:\n现将方案印发给你们,请认真贯彻落实。\n一、重点任务\n(一)落实责任。(省安全监管局负责)\n"
    d = parse_text("黑龙江省人民政府办公厅印发贯彻落实省政府关于进一步加强企业安全生产工作实施意见重点工作分工方案的通知\n"
                   "黑政办综〔2010〕26号\n" + body)
    assert d.meta.issuer == "黑龙江省人民政府办公厅"
    f = parse_text("索 引 号 成文日期\n标  题 河南省人民政府关于印发促进经济平稳健康发展若干政策措施的通知\n发文字号 豫政〔2015〕24号\n\n"
                   "河南省人民政府\n关于印发促进经济平稳健康发展若干政策措施的\n通  知\n豫政〔2015〕24号\n" + body)
    assert f.meta.issuer == "河南省人民政府"


def test_a_news_item_on_a_citys_list_that_names_one_of_its_counties():
    """近日,市委、市政府研究决定,…,并印发《2019年市委、市政府为民办实事工作计划》… 2万户以上城区… 建成罗源县…
    (a 2019 city's list as a news item gives it, probe batch 101, both annotators): the title it quotes; 以上城区 names
    no 上城区; a city's text that names one of its counties is the city's; a county-level city stays itself."""
    text = ("近日,市委、市政府研究决定,2019年继续开展为民办实事工作,并印发《2019年市委、市政府为民办实事工作计划》,"
            "要求各级各部门认真抓紧实施,并将项目进展情况按季度书面报告市委、市政府。\n一、实施公交服务便民工程\n"
            "(一)新购置公交车200辆\n二、实施城区连片棚户区改造\n基本完成2万户以上城区连片棚户区征迁改造\n"
            "三、实施水环境治理\n(一)建成罗源县鉴江镇东湾溪安全生态水系\n")
    d = parse_text(text)
    assert (d.meta.title, d.meta.region, d.meta.level) == ("2019年市委、市政府为民办实事工作计划", "福建省福州市", "city")
    own = parse_text(text.replace("罗源县", "晋江市").replace("《2019年市委、市政府为民办实事工作计划》", "工作计划"))
    assert own.meta.region == "福建省晋江市"


def test_a_number_set_as_a_list_item_of_a_portals_fields():
    """• 553165075/2020-00502 / • 郑州市人力资源和社会保障局 / … / • 郑人社办〔2020〕199号 (a portal's field values as list
    items without their labels: both annotators of a 2020 city bureau's notice, probe batch 102)."""
    d = parse_text("• 553165075/2020-00502\n  • 郑州市人力资源和社会保障局\n  • 通知\n  • 郑人社办〔2020〕199号\n"
                   "郑州市人力资源和社会保障局关于进一步做好政务公开工作的通知\n局机关各处(室):\n为贯彻落实有关要求,现通知如下。\n"
                   "一、梳理公开事项\n(一)梳理清单。(牵头单位:办公室)\n")
    assert d.meta.doc_number == "郑人社办〔2020〕199号"


def test_a_plans_number_after_its_title_and_the_issued_texts_mark():
    """湖里区2025年一季度…若干措施 厦湖府办〔2025〕2号 (a 2025 district's measures, both annotators of probe batch 111):
    the number on the title's line is the number, not part of the title; a number after 的通知 is not taken with
    its 的通知; (印发稿) over a 2016 prefecture's opinion (probe batch 112) is the issued text's mark, no title."""
    body = "\n为推动经济社会发展实现良好开局,特制定本措施。\n一、增量奖励\n(一)工业增量奖励。对符合要求的工业企业给予奖励。(责任单位:区科工局)\n"
    d = parse_text("湖里区2025年一季度经济社会发展良好开局若干措施 厦湖府办〔2025〕2号\n" + body)
    assert (d.meta.title, d.meta.doc_number) == ("湖里区2025年一季度经济社会发展良好开局若干措施", "厦湖府办〔2025〕2号")
    n = parse_text("省人民政府办公厅关于印发贵州省加快推进山地特色新型城镇化建设实施方案的通知黔府办发〔2017〕76号\n" + body)
    assert n.meta.doc_number == "黔府办发〔2017〕76号"
    assert parse_text("(印发稿)\n" + body).meta.title is None
    assert metadata._clean_title("盐湖区自建房安全专项整治实施方案.pdf盐湖区自建房安全专项整治实施方案") == \
        "盐湖区自建房安全专项整治实施方案"            # a file's name above the title (probe batch 39)
    assert metadata._clean_title("济宁高新区2021年度重点民生项目清单公布") == "济宁高新区2021年度重点民生项目清单"
    assert metadata._clean_title("关于公布2021年项目清单的通知") == "关于公布2021年项目清单的通知"
    # a link to the page's infographic under the title (图解 | …: a 2023 district's opinion, probe batch 112)
    y = parse_text("榆林市榆阳区人民政府\n关于推进健康榆阳行动的实施意见\n\n图解 | 榆林市榆阳区人民政府推进健康榆阳行动的实施意见\n"
                   "各乡镇人民政府,各街道办事处:\n为深入实施健康中国战略,提出如下意见。\n一、总体要求\n(一)指导思想。坚持以人民为中心。\n")
    assert (y.meta.title, y.meta.issuer) == ("榆林市榆阳区人民政府关于推进健康榆阳行动的实施意见", "榆林市榆阳区人民政府")
    # …and a phone-version link between a title and its byline (掃碼閱讀手機版: a 2018 municipality's opinion, probe
    # batch 26): the title's own line, and the page's time from the byline under it
    t = parse_text("天津市人民政府办公厅关于促进全域旅游发展的实施意见\n\n扫码阅读手机版\n\n来源: 天津政务网 作者: 编辑:刘颖 "
                   "2018-12-06 08:41:53\n\n各区人民政府,各委、局:\n发展全域旅游,提出如下意见。\n一、总体要求\n(一)指导思想。\n")
    assert (t.meta.title, t.meta.issuer, t.meta.published) == (
        "天津市人民政府办公厅关于促进全域旅游发展的实施意见", "天津市人民政府办公厅", "2018-12-06")


def test_a_task_tables_header_one_cell_a_line_is_no_title():
    """上海市长宁区人民政府2019年重点工作目标 / 领域 / 序号 / … / 主责部门 / 配合部门 / 第一季度 … 第四季度 / 一、经济发展 (a task
    table copied one cell a line: both annotators of a 2019 district's and a 2017 city's tables, probe batches 114 and
    110): the plan's name above the header is the title, the header's cells are not."""
    text = ("附件1\n上海市长宁区人民政府2019年重点工作目标\n领域\n序号\n重要 项目\n目标任务和工作要求\n阶段性目标和工作任务量\n主责部门\n"
            "配合部门\n第一季度\n第二季度\n第三季度\n第四季度\n一、经济发展\n1\n稳增长\n制定并部署稳增长举措实施方案。\n")
    d = parse_text(text)
    assert (d.meta.title, d.meta.period) == ("上海市长宁区人民政府2019年重点工作目标", [2019, 2019])


def test_a_long_title_printed_twice_and_a_consultations_contact_lines():
    """自治区党委自治区人民政府关于…的实施意见 on two lines, the same words (a 2025 region's opinion, probe batch 118):
    one title; 1.电子邮件:… 2.传真:… (a 2022 region's consultation notice, the same batch) are no tasks."""
    t = "自治区党委自治区人民政府关于进一步推动城市高质量发展的实施意见"
    assert metadata._clean_title(t + t + "(2025年10月31日)") == t
    d = parse_text("关于公开征求意见的通知\n为广泛听取社会各界意见,现将方案全文公布,反馈意见请通过以下方式提出:\n"
                   "1.电子邮件:nxfgw@163.com\n2.传真:0951-8301996\n3.联系电话:0951-8301997\n4.通信地址:银川市解放西街361号\n")
    assert d.tasks == []


def test_a_tables_header_on_one_line_under_the_title_and_a_summary_label():
    """舒城县农业农村局2021年9月份重点工作完成情况 / 发布时间:… / 负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况 (a 2021 county
    bureau's progress table, both annotators of probe batch 119): the title above the byline, not the header; a site's
    摘要 label is no title (the same batch)."""
    d = parse_text("舒城县农业农村局2021年9月份重点工作完成情况\n\n发布时间:2021-09-30 14:57 信息来源:舒城县农业农村局\n"
                   "负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况\n1、高标准农田建设项目:已完成南港等4个乡镇审计工作。\n"
                   "2、推进农村产业融合发展示范园建设。\n")
    assert d.meta.title == "舒城县农业农村局2021年9月份重点工作完成情况"
    assert parse_text("摘要\n萍乡市2021年教育工作要点\n一、加强党的领导\n1.落实全面从严治党要求。\n").meta.title != "摘要"


def test_a_verb_before_a_city_names_no_city():
    """…适应城市发展新要求… (a 2025 region's opinion, both annotators of probe batch 118): 适应城市 names no 应城市; the
    region is the one its issuer's words and the text give."""
    d = parse_text("自治区党委自治区人民政府关于进一步推动城市高质量发展的实施意见\n为适应城市发展新形势,顺应城市发展规律,"
                   "推动新疆城市高质量发展,提出如下意见。\n一、总体要求\n(一)指导思想。坚持人民城市人民建。\n")
    assert d.meta.region != "湖北省应城市" and d.meta.level != "county"


def test_a_year_in_brackets_after_the_title_is_its_period():
    """安徽省有效投资专项行动方案(2025) (a 2025 province's plan, both annotators of probe batch 97): period [2025, 2025];
    a bracketed number that is no year stays none."""
    body = "\n为扩大有效投资,制定本方案。\n一、重点任务\n(一)扩大项目投资。(省发展改革委负责)\n"
    assert parse_text("安徽省有效投资专项行动方案(2025)" + body).meta.period == [2025, 2025]
    assert parse_text("安徽省有效投资专项行动方案(第2版)" + body).meta.period is None


def test_the_head_names_the_place_when_the_body_names_none():
    """张家口市政府近日制定《2021年市政府民生实事实施方案》,… / 一、… (a news item over a 2021 city's livelihood list, both
    annotators of probe batch 85): the body names no place, the head above it does; a body that names one keeps it."""
    head = "为切实解决人民群众最关心的利益问题,张家口市政府近日制定《2021年市政府民生实事实施方案》,明确目标任务及进度安排。\n"
    body = ("(一)建设公共停车场项目\n1.目标任务。2021年,全市新建公共停车场20个。\n2.进度安排。3月1日至10月31日完成建设。"
            "(牵头单位:市城市管理综合行政执法局)\n(二)发展普惠制幼儿园项目\n1.目标任务。2021年,全市新建公办幼儿园8所。\n"
            "2.进度安排。2021年2月底前,各县(区)制定工作方案。\n")
    # (the page's part heading under the news item, as the real page has it: the (一)/(二) over items numbered anew
    # are the level above them since batch 180, and the news item heads the body without it)
    d = parse_text(head + "\n目标任务及牵头单位\n\n" + body)
    assert d.body_start > 0 and (d.meta.region, d.meta.level) == ("河北省张家口市", "city")
    own = parse_text(head + body.replace("全市", "石家庄市"))
    assert own.meta.region == "河北省石家庄市"                # the body's own place still decides


def test_a_count_after_a_title_a_tab_and_an_encodings_question_marks():
    """…重点工作分工方案(共计121项) (a 2023 district's division, probe batch 2), 信息详情2020年…完成情况 (a 2020 district's page,
    batch 84) and ?东山街道… (a 2020 street's plan saved in the wrong encoding, batch 109): none is part of the title."""
    assert metadata._clean_title("2023年区政府工作报告重点工作分工方案(共计121项)") == "2023年区政府工作报告重点工作分工方案"
    assert metadata._clean_title("信息详情2020年西城区政府工作报告重点工作全年完成情况") == "2020年西城区政府工作报告重点工作全年完成情况"
    assert metadata._clean_title("?东山街道乡村治理体系建设试点示范工作实施方案") == "东山街道乡村治理体系建设试点示范工作实施方案"
    assert metadata._clean_title("关于印发2023年工作要点(共10条)的通知") == "关于印发2023年工作要点(共10条)的通知"


def test_a_portals_mark_of_whether_a_text_is_in_force_is_no_title():
    """(已失效) over a 2017 province's notice printed in lines (both annotators of probe batch 124): the
    portal's mark says the text is no longer in force; the title is the heading under it; and 卓越城区
    (a 2022 district's division, probe batch 121) names no 越城区."""
    body = ("\n各市(州)人民政府:\n为解决欠薪问题,现就有关事项通知如下。\n一、行动目标\n(一)行动目标。全面检查。\n"
            "二、工作阶段\n(一)组织宣传阶段。各地尽快制定方案。\n")
    d = parse_text("(已失效)\n四川省人民政府办公厅\n关于开展拖欠农民工工资问题专项\n整治行动的通知\n川办函〔2017〕220号\n(已失效)" + body)
    assert d.meta.title == "四川省人民政府办公厅关于开展拖欠农民工工资问题专项整治行动的通知"
    assert d.meta.region is None or "越城" not in d.meta.region
    z = parse_text("区人民政府办公室关于印发2022年区工作方案的通知\n各街道办事处:\n助力江汉建设现代化卓越城区。\n"
                   "一、压实责任\n各牵头单位要加强领导。\n")
    assert z.meta.region is None or "越城区" not in z.meta.region


def test_a_notice_whose_attached_tables_follow_its_list_keeps_its_own_title(tmp_path):
    """市政府关于下达2018年政府工作任务的通知 / 附件:1.…指标分解汇总表 2.…任务分解表, the first table copied one
    cell a line after the signature (a 2018 city's notice, both annotators of probe batch 31): the table is
    what the notice issues, its name no title; a table with no notice above it keeps its name as the title."""
    from extract.pipeline import parse_file
    cells = ["序号", "指标名称", "单位", "全市", "甲区", "乙区", "1", "地区生产总值", "%", "7", "7", "7",
             "2", "一般公共预算收入", "%", "8", "8", "8"]
    table = "2018年某市主要预期指标分解汇总表\n\n" + "\n\n".join(cells) + "\n"
    notice = ("市政府关于下达2018年政府工作任务的通知\n各区人民政府,市各委办局:\n现将2018年政府工作任务下达给你们,请认真贯彻落实。\n"
              "附件:1.2018年某市主要预期指标分解汇总表\n     2.2018年某市政府工作任务分解表\n某市人民政府\n2018年2月10日\n附件1\n")
    (tmp_path / "notice.txt").write_text(notice + table, encoding="utf-8")
    assert parse_file(tmp_path / "notice.txt").meta.title == "市政府关于下达2018年政府工作任务的通知"
    (tmp_path / "table.txt").write_text(table, encoding="utf-8")
    assert parse_file(tmp_path / "table.txt").meta.title == "2018年某市主要预期指标分解汇总表"
    # a copy cut above its salutation (no notice title): the first table's name (a 2022 district's division,
    # probe batch 27)
    (tmp_path / "cut.txt").write_text(notice.split("\n", 1)[1] + table, encoding="utf-8")
    assert parse_file(tmp_path / "cut.txt").meta.title == "2018年某市主要预期指标分解汇总表"


def test_a_sites_section_and_its_address_slug_over_a_title_are_no_part_of_it():
    """gongkai / 政府信息公开 over a 2022 city's opinion, then its byline and number (both annotators of probe
    batch 121): the title is the line under them; a title whose first line is Latin letters of its own
    (a name such as G60) is not affected by a slug alone on its line."""
    body = ("\n发布日期:2022-01-21 阅览量:11077\n\n唐政办字〔2022〕10号\n\n各县(市、区)人民政府:\n\n为深入推进生态文明建设,"
            "提出如下落实意见。\n一、总体要求\n(一)主要目标。到2025年,地表水优良比例达到63.64%。\n")
    d = parse_text("gongkai\n政府信息公开\n唐山市人民政府办公室关于深入推进唐山市生态文明建设的落实意见" + body)
    assert d.meta.title == "唐山市人民政府办公室关于深入推进唐山市生态文明建设的落实意见"


def test_a_mirrors_menu_and_province_tag_and_a_dated_note_over_a_title():
    """导航菜单 / (湖北省)武汉市2023年…方案 (a 2023 city's division on a mirror, both annotators of probe batch 123):
    the menu is no title line and the bracketed province no part of the title; 岳阳市人民政府办公室 /
    2025年7月13日(此件主动公开) / 岳阳市提振消费若干措施 (a 2025 city's measures, the same batch): the date with
    its note is the notice's signature -- signed, its issuer above it -- and the title is the plan's alone."""
    body = "\n为推进工作,制定本方案。\n一、总体要求\n(一)主要目标。新增学位1.2万个。(牵头单位:市教育局)\n"
    d = parse_text("导航菜单\n\n(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案\n" + body)
    assert d.meta.title == "武汉市2023年《政府工作报告》目标任务责任分解方案"
    y = parse_text("各县市区人民政府,市直各单位:\n《岳阳市提振消费若干措施》已经市人民政府同意,现印发给你们,请认真组织实施。\n"
                   "岳阳市人民政府办公室\n2025年7月13日(此件主动公开)\n岳阳市提振消费若干措施\n" + body)
    assert (y.meta.title, y.meta.signed, y.meta.issuer) == ("岳阳市提振消费若干措施", "2025-07-13", "岳阳市人民政府办公室")


def test_a_files_name_on_the_first_line_titles_a_text_saved_without_line_breaks():
    """17.内蒙古自治区2023年…政策清单.docx over the list run onto one line (both annotators of a 2023 region's
    list, probe batch 124): the file's name, without its number and extension, is the title; a file name
    that names no plan (附件.docx) is not."""
    flat = ("内蒙古自治区 2023 年推动产业高质量发展政策清单 内政发〔2023〕3 号 为全面贯彻党的二十大精神,制定如下政策。"
            "一、农牧业 1.安排资金110亿元支持粮食生产。(责任单位:自治区财政厅、农牧厅)\n")
    d = parse_text("17.内蒙古自治区2023年推动产业高质量发展政策清单.docx\n" + flat)
    assert d.meta.title == "内蒙古自治区2023年推动产业高质量发展政策清单"
    assert parse_text("附件.docx\n" + flat).meta.title != "附件"


def test_a_progress_pages_headline_is_its_title():
    """2022年12月份乐余镇民生实事项目推进情况 over its byline and a spaced table (both annotators of a 2022 township's
    progress page, probe batch 122): a page of 推进情况 / 进展情况 is titled as one of 完成情况 is."""
    d = parse_text("当前位置 > 首页 > 重大项目\n\n2022年12月份某镇民生实事项目推进情况\n\n来源:某镇发布时间:2023-02-16 14:31:27\n\n"
                   "序号 实事工程项目 年度目标 目前进度\n1 河道治理项目 消除劣Ⅴ类河道20条 已完成\n")
    assert d.meta.title == "2022年12月份某镇民生实事项目推进情况"


def test_a_note_that_the_file_is_public_over_a_title_is_no_part_of_it():
    """(此文件公开发布) over a 2022 district's plan (both annotators of probe batch 126), as (此件公开发布)."""
    body = "\n为保障粮食安全,制定本方案。\n一、工作任务\n(一)稳定粮食播种面积。(责任单位:各镇人民政府)\n"
    assert parse_text("(此文件公开发布)\n龙城区人民政府落实粮食安全省长责任制工作方案" + body).meta.title == \
        "龙城区人民政府落实粮食安全省长责任制工作方案"


def test_a_number_that_lost_its_opening_bracket_and_a_notice_issuing_a_part_of_the_work_report():
    """陂政办2018〕1 under a 2018 district office's notice …关于印发2018年区《政府工作报告》确定的主要目标任务责任分解方案的
    通知 (both annotators of probe batch 139): the number is 陂政办〔2018〕1号 and the title the plan the notice issues,
    the 《》 it is drawn from inside it; a notice issuing 《X》 alone still stands for X."""
    d = parse_text("区人民政府办公室关于印发2018年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n\n"
                   "陂政办2018〕1\n\n各街道办事处,区政府各部门:\n2018年是关键之年。现将方案印发给你们。\n"
                   "一、分解原则\n各单位要制定方案。\n")
    assert d.meta.doc_number == "陂政办〔2018〕1号"
    assert d.meta.title == "2018年区《政府工作报告》确定的主要目标任务责任分解方案"


def test_above_an_issuer_over_about_no_line_joins_the_title():
    """文件选编 / 盐城市人民政府 / 关于…的实施意见 (a yearbook's section over a 2013 city's opinion) and 交易所公告 / 粮食政策 /
    关于…的通知 (a site's sections over a 2021 province's notice; both annotators of probe batches 139 and 140): the
    title is the issuer and its subject, or the subject alone; a title wrapped inside its 《》 goes on over 关于, and
    joint issuers on one line stay."""
    body = "\n盐政发〔2013〕99号 2013年4月25日\n各县(市、区)人民政府:\n为加强水资源管理,提出如下意见。\n一、总体要求\n(一)指导思想。坚持节水优先。\n"
    assert parse_text("附 录\n\n文件选编\n\n盐城市人民政府\n关于实行最严格水资源管理制度的实施意见\n" + body).meta.title == \
        "盐城市人民政府关于实行最严格水资源管理制度的实施意见"
    d = parse_text("关于做好2021年度秸秆综合利用工作的通知 - 某谷物交易所\n交易所公告\n粮食政策\n\n"
                   "关于做好2021年度秸秆综合利用工作的通知\n\n时间:2021-09-29 来源:某网\n\n各市(地)农业农村局:\n"
                   "为做好秸秆综合利用工作,现就有关事项通知如下。\n一要强化责任落实。各地要压实责任。\n")
    assert d.meta.title == "关于做好2021年度秸秆综合利用工作的通知"
    w = parse_text("贯彻落实《中共某省委某省人民政府\n关于举全省之力打赢扶贫开发攻坚战的意见》省级部门责任分工方案\n"
                   "为贯彻落实意见,制定本方案。\n一、重点任务\n(一)发展产业。(责任单位:省农业厅)\n")
    assert w.meta.title == "贯彻落实《中共某省委某省人民政府关于举全省之力打赢扶贫开发攻坚战的意见》省级部门责任分工方案"
    j = parse_text("国务院办公厅、中央军委办公厅\n关于加强调查和管理工作的通知\n国办发〔1996〕25号\n各省、自治区人民政府:\n"
                   "为加强管理,现通知如下:\n一、加强领导。各地要重视。\n")
    assert j.meta.title == "国务院办公厅、中央军委办公厅关于加强调查和管理工作的通知"


def test_a_date_under_the_title_with_the_preamble_run_on_after_it():
    """中共淄博市委淄博市人民政府 / 关于…的若干政策意见 / (2015年5月19日) 工业是…: the copy of a 2015 city's opinion lost
    the break after the date (both annotators of probe batch 139): the title stands above it and the date signs it."""
    d = parse_text("重 要 文 献\n\nOriginal URL: http://lib.example.cn/bin/mse.exe?rec=252\n\n中共淄博市委淄博市人民政府\n"
                   "关于推动转型升级建设工业强市的若干政策意见\n(2015年5月19日) 工业是淄博的立市之基、强市之本。为积极适应新常态,建\n"
                   "设工业强市,特制定如下政策意见。\n一、集中力量培育龙头企业\n1. 实施龙头企业培育发展计划。市级确定50强企业。\n")
    assert d.meta.title == "中共淄博市委淄博市人民政府关于推动转型升级建设工业强市的若干政策意见"
    assert d.meta.signed == "2015-05-19"
    assert [t.path for t in d.tasks] == [("一", "1")]


def test_a_lists_name_before_its_colon_on_the_first_line_is_the_title():
    """2020年苏州市实事项目: over the list (a page reposting a 2020 city's list, both annotators of probe batch 139):
    the title, and the city (not a district a project names) its region."""
    d = parse_text("2020年苏州市实事项目:\n苏州市2020年实事项目共有八个方面40个项目。\n一、教育文体方面(7项)\n"
                   "1、新建、改扩建中小学、幼儿园40所。\n2、建设苏州博物馆西馆、吴中区博物馆。\n")
    assert (d.meta.title, d.meta.region, d.meta.level) == ("2020年苏州市实事项目", "江苏省苏州市", "city")


def test_a_document_a_numbered_item_is_to_make_is_no_title():
    """由省财政厅牵头,…配合。 / (三)建立…长效机制。尽快出台《云南省筹集…专项资金试行办法》,… / 四、大力发展特色现代农业 (a 2008
    province's opinion saved from its second page, both annotators of probe batch 144): the item names a document to
    be made, not the title; the text has none, and its goals are read."""
    d = parse_text("由省财政厅牵头,省发改委等配合。\n(三)建立以工促农、以城带乡长效机制。尽快出台《云南省筹集以工促农以城带乡专项资金试行办法》,"
                   "规范资金筹集、管理、使用的渠道和方式,主要用于重点农田水利基础设施建设。\n由省委农办牵头,省财政厅等配合。\n"
                   "四、大力发展特色现代农业\n通过5年的努力,实现新增高稳农田和基本农田1000万亩。\n(一)切实抓好粮食供给。稳定粮食播种面积6350万亩。\n")
    assert d.meta.title is None
    assert {t.value for t in d.targets} >= {1000, 6350}


def test_a_number_after_a_no_longer_in_force_mark_and_a_document_the_text_is_to_make():
    """(失效)西政办发〔2017〕14号 北京市…的通知 (a 2017 district's points, both annotators of probe batch 148): the site's
    mark is no part of the number; 尽快修订出台《徐州市机动车排气污染防治条例》 (a 2012 city's plan saved from its fourth
    page, both annotators of batch 147) names a document to be made, no title, and the text stays a plan."""
    d = parse_text("某区人民政府\n信息详情\n(失效)西政办发〔2017〕14号 北京市西城区人民政府办公室关于印发北京市西城区2017年政务公开工作要点的通知\n"
                   "发布时间:2017-06-30\n区政府各委、办、局:\n现将《北京市西城区2017年政务公开工作要点》印发给你们。\n"
                   "北京市西城区人民政府办公室\n2017年6月30日\n北京市西城区2017年政务公开工作要点\n一、重点任务\n1.推进公开。(区财政局负责落实)\n")
    assert d.meta.doc_number == "西政办发〔2017〕14号"
    e = parse_text("(六)消除煤烟型污染\n2012年10月底前全面拆除燃煤设施。(责任单位:市环保局)\n(七)完善相关法规\n尽快修订出台《徐州市机动车排气污染防治条例》、《\n"
                   "五、保障措施\n(一)加强组织领导\n1.市政府成立领导小组。\n2.强化联席会议职能。\n")
    assert e.meta.title is None and e.genre == "plan"


def test_a_title_line_opening_on_a_quoted_name_is_the_pages_own_title():
    """《政府工作报告》重点目标任务前三季度推进情况通报 over 2021-11-30 来源:市政府办: the whole line, not the report it
    names (both annotators of a 2021 city's 通报, probe batch 152); a line that is only a 《name》 still gives the name."""
    from extract.pipeline import parse_text
    d = parse_text("《政府工作报告》重点目标任务前三季度推进情况通报\n\n2021-11-30 来源:市政府办\n\n根据市领导要求,市政府督查室牵头对"
                   "市《政府工作报告》重点任务推进完成情况进行了督查梳理。\n\n17项未达序时的目标任务分别为:\n\n"
                   "1.工业技改投资(第6项):1-8月完成208.9亿元,同比下降1.8%。\n")
    assert d.meta.title == "《政府工作报告》重点目标任务前三季度推进情况通报"
    e = parse_text("《某市2021年重点工作实施方案》\n\n一、总体要求\n")
    assert e.meta.title == "某市2021年重点工作实施方案"


def test_a_titles_span_of_years_that_lost_its_opening_bracket_gets_it_back():
    """…三年攻坚行动方案2021—2023年) (both annotators of a 2021 region's plan, probe batch 154): the bracket the copy lost
    is put back; a balanced title and a bare year stay as they are."""
    from extract.find.metadata import _unglue_years
    assert _unglue_years("某区三年攻坚行动方案2021—2023年)") == "某区三年攻坚行动方案(2021—2023年)"
    assert _unglue_years("某区行动方案(2021—2023年)") == "某区行动方案(2021—2023年)"
    assert _unglue_years("某区2021年行动方案") == "某区2021年行动方案"


def test_a_number_run_into_the_title_line_is_no_part_of_the_title():
    """岳政发[2009]2号岳阳市人民政府关于认真办理市政府2009年度10件实事的通知 (both annotators of a 2009 city's notice, probe batch
    153): the number is the document's, the title what follows it."""
    from extract.pipeline import parse_text
    d = parse_text("岳政发[2009]2号岳阳市人民政府关于认真办理市政府2009年度10件实事的通知\n\n各县、市、区人民政府:\n"
                   "为确保10件实事落到实处,现就有关事项通知如下:\n一、实事内容\n第一件实事:全年新增城镇就业4万人。\n")
    assert d.meta.title == "岳阳市人民政府关于认真办理市政府2009年度10件实事的通知"
    assert d.meta.doc_number == "岳政发[2009]2号"


def test_a_portal_tag_or_an_advert_before_a_title_is_no_part_of_it_and_a_cited_number_stays():
    """【重点工作落实】2021年度…的通报 and (河南省)叶县人民政府工作报告 (portal tags), 伟德体育bevictor2020年工作要点 (a mirror's
    advert: both annotators of a 2020 city bureau's points, probe batch 106); a number the title itself names stays
    (贯彻落实襄发[2011]23号文件责任分工方案)."""
    from extract.find.metadata import _clean_title
    assert _clean_title("【重点工作落实】2021年度市政府重点工作落实情况的通报") == "2021年度市政府重点工作落实情况的通报"
    assert _clean_title("(河南省)叶县人民政府工作报告") == "叶县人民政府工作报告"
    assert _clean_title("伟德体育bevictor2020年工作要点") == "2020年工作要点"
    assert _clean_title("贯彻落实襄发[2011]23号文件责任分工方案") == "贯彻落实襄发[2011]23号文件责任分工方案"
    assert _clean_title("关于推进wifi全覆盖工作的实施方案") == "关于推进wifi全覆盖工作的实施方案"
    assert _clean_title("【政策解读】某区行动方案") == "【政策解读】某区行动方案"


def test_a_title_over_three_lines_above_a_line_saying_a_congress_passed_it_is_whole():
    """关于海南省2021年国民经济和社会发展计划 / 执行情况与2022年… / 计划的报告 / 海南省第六届人民代表大会第五次会议审议通过:
    the line under the title says who passed it, it is no title line and leaves room for the title's first (both
    annotators of a 2022 province's plan report, probe batch 160)."""
    from extract.pipeline import parse_text
    d = parse_text("关于某省2021年国民经济和社会发展计划\n执行情况与2022年国民经济和社会发展\n计划的报告\n"
                   "某省第六届人民代表大会第五次会议审议通过\n一、2021年计划执行情况\n全省经济运行总体平稳。\n"
                   "二、2022年主要任务\n(一)扩大有效投资。推进重大项目建设。\n")
    assert d.meta.title == "关于某省2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划的报告"


def test_a_text_without_a_title_line_takes_its_year_from_its_first_line():
    """2010年主要任务 / 今年是… / 主要预期目标是:…增长12%以上: the one part of a work report a copy holds, with no title
    line above it, is that year's (both annotators of a 2010 region's report, probe batch 160)."""
    from extract.pipeline import parse_text
    d = parse_text("2010年主要任务\n今年是全面完成“十一五”规划目标任务的决战之年,也是承前启后的关键之年,做好政府各项工作责任重大、意义深远。\n"
                   "政府工作的总体要求是:高举伟大旗帜,深入贯彻落实科学发展观,把保障和改善民生放在更加突出的位置。\n"
                   "主要预期目标是:全区生产总值增长12%以上;城镇登记失业率控制在4.3%以内。\n"
                   "为实现上述目标,我们将重点做好以下工作。\n一、扎实推进新农村建设\n加快农牧业发展。\n")
    assert d.meta.period == [2010, 2010]
    assert {t.deadline for t in d.targets} == {"2010-12-31"}


def test_a_work_reports_heading_with_its_subtitle_run_on_is_read_whole():
    """政府工作报告 ——二○二二年一月二十一日在某省…会议上 某省省长 张三 发布时间:2022-01-27 (one line of a reposted page: both
    annotators of a 2022 province's report, probe batch 165); 政府工作报告(草案)在某镇…会议上 (a draft, 164)."""
    from extract.pipeline import parse_text
    d = parse_text("政府工作报告 ——二○二二年一月二十一日在海南省第六届人民代表大会第五次会议上 海南省省长 张三 "
                   "发布时间:2022-01-27 09:32:05\n各位代表:\n现在,我代表省人民政府,向大会报告政府工作,请予审议。\n"
                   "一、2021年工作回顾\n全省生产总值增长11.2%。\n")
    assert (d.genre, d.meta.title, d.meta.signed, d.meta.published, d.meta.period, d.meta.issuer) == (
        "work_report", "政府工作报告", "2022-01-21", "2022-01-27", [2022, 2022], "海南省人民政府")
    e = parse_text("政府工作报告(草案)在某镇第四届人民代表大会第三次会议上\n发布时间:2023-04-22 16:44:00\n"
                   "——在某镇第四届人民代表大会第三次会议上\n(2023年4月20日)\n各位代表:\n现在,我代表某镇人民政府向大会报告工作。\n"
                   "一、2022年工作回顾\n全镇固定资产投资增长10.95%。\n")
    assert (e.meta.title, e.meta.draft, e.meta.signed, e.meta.period) == ("政府工作报告", True, "2023-04-20", [2023, 2023])


def test_a_work_report_that_looks_back_on_its_headings_year_plans_the_next():
    """大塘坪乡2021年政府工作报告 / 2021年工作回顾 / 过去一年,… (both annotators of a 2022 township's report, probe batch 164): the
    report plans 2022, and the review's figures are no targets."""
    from extract.pipeline import parse_text
    d = parse_text("大塘坪乡2021年政府工作报告\n  • 浏览量:\n\n2021年工作回顾\n\n过去一年,我们全力推动经济社会高质量发展。\n\n"
                   "(一)全力稳增长、固大盘,经济发展再突破\n\n经济形势逆势上扬。2021年,财政收入突破3038万元;固定资产投资15.2亿元。\n")
    assert (d.genre, d.meta.period) == ("work_report", [2022, 2022])
    assert d.targets == []


def test_a_parts_heading_that_lost_its_number_is_no_title_when_the_texts_own_stands_above():
    """中共云南省委 云南省人民政府关于做好2022年…的实施意见 / date / preamble / 坚决扛牢粮食安全…政治责任 / (一)…: the line under the
    preamble is the first part's heading, its number lost; the title is the line above (both annotators of a 2022
    province's opinion, probe batch 165), and its year dates the opinion's figures."""
    from extract.pipeline import parse_text
    d = parse_text("新闻详情\n中共某省委 某省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见\n2022-05-19 14:17\n\n"
                   "为深入贯彻落实中央精神,结合我省实际,提出如下实施意见。\n\n坚决扛牢粮食安全和重要农产品供给政治责任\n\n"
                   "(一)稳定全年粮食播种面积和产量。确保全省粮食播种面积稳定在6287万亩以上。\n"
                   "(二)加强耕地保护。严格落实耕地保护制度。\n")
    assert d.meta.title == "中共某省委某省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见"
    assert d.meta.period == [2022, 2022]
    assert [(t.value, t.deadline) for t in d.targets] == [(6287, "2022-12-31")]


def test_a_pages_font_size_switch_is_no_title_line():
    """…的通知 / 发文字号:长府发[2007]7号 / … / 字号 / 各县(市)、区人民政府…: (a 2007 city's notice on a law site, gold-probe) the
    font-size switch 字号 is the page's widget, the notice's line above is the title."""
    from extract.pipeline import parse_text
    d = parse_text("某市人民政府关于落实《某市国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知\n\n"
                   "发文字号:长府发[2007]7号\n\n字号\n\n各县(市)、区人民政府,市政府各委办局:\n\n"
                   "为确保规划纲要顺利实施,现就主要目标和任务分工通知如下:\n一、加快发展现代农业。(市农委负责)\n")
    assert d.meta.title == "某市人民政府关于落实《某市国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知"


def test_a_date_in_brackets_over_the_preamble_of_a_copy_cut_above_its_title_is_no_title():
    """(2023年2月19日) / 为深入贯彻…,提出如下实施意见。/ 一、总体要求 (both annotators of a 2023 region's opinion, probe batch
    163): no title; the date is the text's signed date."""
    from extract.pipeline import parse_text
    d = parse_text("(2023年2月19日)\n为深入贯彻中央精神,结合实际,提出如下实施意见。\n一、总体要求\n坚持稳中求进。\n"
                   "二、重点任务\n(一)稳定粮食生产。确保粮食面积稳定。\n")
    assert (d.meta.title, d.meta.signed) == (None, "2023-02-19")


def test_a_sites_lines_over_a_title_with_its_issuer_before_about_are_no_part_of_it():
    """现行有效355部 / 师宗县人民政府其他文件 / 师宗县人民政府关于…的实施意见 (both annotators of a 2020 county's opinion,
    probe batch 173): the title is the last line; a joint issuer's line above such a line still joins it."""
    d = parse_text("现行有效355部\n\n师宗县人民政府其他文件\n\n师宗县人民政府关于推进现代农业高质量发展的实施意见\n\n"
                   "各乡(镇)人民政府:\n为加快推进现代农业高质量发展,现提出如下实施意见。\n一、总体要求\n(一)指导思想。坚持质量兴农。\n")
    assert (d.meta.title, d.meta.issuer) == ("师宗县人民政府关于推进现代农业高质量发展的实施意见", "师宗县人民政府")
    d = parse_text("中共师宗县委\n师宗县人民政府关于推进现代农业高质量发展的实施意见\n\n"
                   "各乡(镇)党委、人民政府:\n为加快推进现代农业高质量发展,现提出如下实施意见。\n一、总体要求\n(一)指导思想。坚持质量兴农。\n")
    assert d.meta.title == "中共师宗县委师宗县人民政府关于推进现代农业高质量发展的实施意见"


def test_a_title_wrapped_inside_a_quoted_name_with_a_comma_is_read_whole():
    """深化“整治农村饮水安全问题,巩固提升 / 农村供水保障水平”工作方案 (both annotators of a 2022 provincial bureau's plan,
    probe batch 174): the comma is the quoted name's; a line with a comma of its own is still no title line."""
    body = "\n\n按照工作要求,制定本工作方案。\n\n一、工作目标\n\n1.推进工程建设。铺设管道6000公里。\n"
    d = parse_text("深化“整治农村饮水安全问题,巩固提升\n\n农村供水保障水平”工作方案" + body)
    assert d.meta.title == "深化“整治农村饮水安全问题,巩固提升农村供水保障水平”工作方案"
    d = parse_text("为整治农村饮水安全问题,巩固提升\n\n农村供水保障水平工作方案" + body)
    assert d.meta.title == "农村供水保障水平工作方案"


def test_a_document_number_before_the_addressees_and_the_preamble_run_on_is_read():
    """文政发〔2016〕46号 各县(市)人民政府,州直各委、办、局: 根据…要求 (both annotators of a 2016 prefecture's opinion,
    probe batch 173): the number opens the line; a number a sentence cites is none."""
    d = parse_text("文山州人民政府关于稳增长开好局若干政策措施的实施意见\n\n12.07.2016  02:04\n"
                   "        文政发〔2016〕46号       各县(市)人民政府,州直各委、办、局: 根据文件要求,现提出以下实施意见: "
                   "一、切实推进重大项目建设 继续实施重点项目领导挂钩联系制度。确保专项资金6月底前拨付60%以上。\n")
    assert d.meta.doc_number == "文政发〔2016〕46号"
    assert [(x.text, x.date_end) for x in d.deadlines] == [("6月底前", "2016-06-30")]
    d = parse_text("某州人民政府关于稳增长的实施意见\n\n根据《意见》(文政发〔2016〕46号)要求,各县(市)人民政府要抓好落实:\n"
                   "一、切实推进重大项目建设\n加快推进。\n")
    assert d.meta.doc_number is None


def test_a_date_line_whose_year_lost_its_marks_is_no_part_of_the_title_under_it():
    """一五二月二十四日 (二〇一五年 damaged) between a notice and the plan's title (both annotators of a 2015 town's plan,
    probe batch 172): the title is the plan's line alone."""
    d = parse_text("各村场、居委会:\n现将《治河渡镇2015年绿化工作方案》下发给你们,请认真参照执行。\n\n一五二月二十四日\n\n"
                   "治河渡镇2015年绿化工作方案\n\n一、指导思想\n贯彻落实县委决策部署。\n二、工作任务\n(一)植树造林。\n")
    assert d.meta.title == "治河渡镇2015年绿化工作方案"


def test_a_reprinted_work_report_under_a_reference_label_is_read_for_its_own_year():
    """资料:吉林省2006年政府工作报告 / 2012年03月23日 14:01 来源:政府网站 (both annotators of a 2006 province's report
    reprinted by a news site, probe batch 175): the title after the label, the report's issuer and year; its 今年 is
    2006, not the year the page went up."""
    d = parse_text("资料:吉林省2006年政府工作报告_中国经济网——国家经济门户\n\n资料:吉林省2006年政府工作报告\n\n"
                   "2012年03月23日 14:01   来源:政府网站\n    三、全面加大今年各项工作力度\n\n"
                   "    今年全省地区生产总值预期增长12%,外贸进出口总额增长15%。\n")
    assert (d.meta.title, d.meta.issuer, d.meta.period) == ("吉林省2006年政府工作报告", "吉林省人民政府", [2006, 2006])
    assert {t.deadline for t in d.targets} == {"2006-12-31"}


def test_a_date_and_number_in_brackets_under_a_title_are_read_and_are_no_title():
    """(二00九年八月一日 东政字〔2009〕86号) under the title (both annotators of a 2009 city's notice, probe batch 176)."""
    d = parse_text("东营市人民政府关于落实2009年部门节能目标任务的通知\n(二00九年八月一日 东政字〔2009〕86号)\n"
                   "各县区人民政府,市政府各部门:\n为确保完成节能目标,现就有关事项通知如下。\n一、明确目标任务\n分解节能任务。\n")
    assert (d.meta.title, d.meta.doc_number, d.meta.signed) == (
        "东营市人民政府关于落实2009年部门节能目标任务的通知", "东政字〔2009〕86号", "2009-08-01")


def test_a_phrase_holding_a_districts_name_names_no_place():
    """具有鲜明山区特点 names no 明山区 of Benxi (a 2021 Zhejiang city's plan, probe batch 178)."""
    d = parse_text("丽水加快跨越式高质量发展建设共同富裕示范区行动方案\n\n一、目标要求\n走出一条具有鲜明山区特点的共同富裕之路,"
                   "浙江丽水加快发展。\n")
    assert d.meta.region != "辽宁省本溪市明山区" and not (d.meta.region or "").startswith("辽宁")


def test_a_townships_own_document_has_the_township_in_its_region():
    """太平畈乡人民政府 / 中共泗县丁湖镇委员会、泗县丁湖镇人民政府 (the annotators of probe batches 172 and 181 and 33
    earlier township texts write the township in the region; gold/CONVENTIONS.md C15): the township under its county,
    or alone when no county is named; the places its body's name carries are not repeated."""
    d = parse_text("中共泗县丁湖镇委员会 泗县丁湖镇人民政府\n关于印发《丁湖镇2025年秸秆禁烧和综合利用工作方案》的通知\n\n"
                   "各村(居)委会:\n现将方案印发给你们。\n一、工作目标\n实现零火点。\n二、工作任务\n(一)加强巡查。\n")
    assert d.meta.region.endswith("泗县丁湖镇") and d.meta.region.count("泗县") == 1
    d = parse_text("太平畈乡2024年预防中小学生溺水专项行动方案\n\n一、工作目标\n杜绝溺水事故。\n二、工作任务\n(一)加强宣传。\n\n"
                   "太平畈乡人民政府\n2024年5月6日\n")
    assert d.meta.region == "太平畈乡"
    d = parse_text("某县人民政府关于做好城镇燃气安全工作的通知\n\n各乡镇人民政府:\n一、加强排查\n(一)全面排查城镇燃气管道。\n")
    assert not (d.meta.region or "").endswith(("镇", "乡"))


def test_a_signature_date_that_lost_its_month_and_day_marks():
    """殷店镇人民政府办公室 / 2021年1026 / 殷店镇2021年秋冬播生产实施方案 (a 2021 township's notice, probe batch 224): the
    damaged date is the signing date, not part of the plan's title under it; 1026 is 10月26日 only (a day has two
    digits, so no 1月026日)."""
    from extract.find.metadata import parse_date_line
    assert parse_date_line("2021年1026") == "2021-10-26"
    text = ("关于印发《某镇2021年秋冬播生产实施方案》的通知\n\n各村(居)委会、镇直各单位:\n\n"
            "《某镇2021年秋冬播生产实施方案》已经镇人民政府同意,现印发给你们,请认真贯彻落实。\n\n"
            "            某镇人民政府办公室\n\n          2021年1026\n\n某镇2021年秋冬播生产实施方案\n\n"
            "一、目标任务\n\n全镇秋播粮食面积稳定在4万亩。\n")
    d = parse_text(text)
    assert (d.meta.title, d.meta.signed) == ("某镇2021年秋冬播生产实施方案", "2021-10-26")


def test_a_date_line_that_lost_its_marks_down_to_one_digit_each():
    """叶县人民政府办公室 / 2022年78 (a 2022 county's notice, probe batch 240): 7月8日, the only reading; two digits
    that could be a month (2022年12) are left unread."""
    from extract.find.metadata import parse_date_line
    assert parse_date_line("2022年78") == "2022-07-08"
    assert parse_date_line("2022年12") is None and parse_date_line("2022年10") is None
    text = ("某县人民政府办公室\n关于印发某县控辍保学工作实施方案的通知\n\n各乡镇人民政府:\n\n"
            "《某县控辍保学工作实施方案》已经县政府同意,现印发给你们,请认真贯彻落实。\n\n"
            "          2022年78\n\n某县控辍保学工作实施方案\n\n一、工作目标\n\n全面落实控辍保学责任。\n")
    assert parse_text(text).meta.signed == "2022-07-08"


@pytest.mark.parametrize("signature, issuer", [
    # a group signs with 小组 and its seal's note (吉林省人民政府推进职能转变协调小组(代章): both annotators of a 2022
    # province's plan, probe batch 243)
    ("吉林省人民政府推进职能转变协调小组(代章)", "吉林省人民政府推进职能转变协调小组"),
    # a name a line broke in two, the place on the first line (包头市优化营商环境工作 / 领导小组办公室(代章): probe batch 243)
    ("包头市优化营商环境工作\n领导小组办公室(代章)", "包头市优化营商环境工作领导小组办公室"),
    # a body that lends its seal under the issuer's name signs for it (a 2023 district's points in the development set)
    ("某区行动推进委员会办公室\n\n某市某区卫生健康委员会(代章)", "某区行动推进委员会办公室"),
    # two bodies a line each stay two
    ("某市发展改革委\n某市财政局", "某市发展改革委、某市财政局"),
])
def test_a_signature_with_its_seal_or_broken_over_two_lines(signature, issuer):
    text = ("关于印发某某工作方案的通知\n各地区、各部门:\n现将方案印发给你们,请认真执行。\n" + signature +
            "\n2022年6月10日\n一、主要任务\n(一)做好工作。\n")
    m = parse_text(text).meta
    assert (m.issuer, m.signed) == (issuer, "2022-06-10")


def test_a_line_above_the_signature_with_no_place_is_not_joined():
    text = ("关于印发某某工作方案的通知\n各地区、各部门:\n现将方案印发给你们,请认真执行\n领导小组办公室\n"
            "2022年6月10日\n一、主要任务\n(一)做好工作。\n")
    assert "请认真执行领导小组" not in (parse_text(text).meta.issuer or "")


def test_a_portals_fields_set_as_list_items_are_not_joined_into_the_title():
    """• 736916951/2024-000463 / • 综合政务 / • 黑龙江省人民政府关于…的实施意见 / • 黑政发〔2024〕6号 (a 2024 province's
    opinion, probe batch 243): the title is the third item alone, without its mark; a mark inside a title stays
    (安康和美·活力长白行动计划)."""
    text = ("您当前的位置: 首页 > 政务公开 > 政策\n\n  • 736916951/2024-000463\n  • 综合政务\n"
            "  • 某省人民政府关于进一步优化政务服务的实施意见\n  • 某政发〔2024〕6号\n  • 2024-02-19\n\n"
            "各市人民政府:\n\n  为深入贯彻落实有关要求,结合我省实际,制定本实施意见。\n\n  一、总体要求\n\n  以习近平新时代中国特色社会主义思想为指导。\n")
    assert parse_text(text).meta.title == "某省人民政府关于进一步优化政务服务的实施意见"
    dot = "安康和美·活力长白行动计划\n\n为推进街道发展,制定本计划。\n一、主要任务\n(一)做好工作。\n"
    assert parse_text(dot).meta.title == "安康和美·活力长白行动计划"


def test_the_joint_issuers_set_under_a_forwarded_opinions_title_are_no_part_of_it():
    """关于推进医疗卫生与养老服务相结合的实施意见 / 省卫生计生委省民政厅省人社厅省发改委 省工信委… (a 2016 province's forwarded
    opinion, probe batch 266): the departments' run under the title is not the title's; two bodies run together
    (省委办公厅省政府办公厅) or a title that names bodies before 关于 is not such a run."""
    text = ("某省人民政府办公厅\n2016年3月30日\n\n关于推进医疗卫生与养老服务相结合的实施意见\n\n"
            "省卫生计生委省民政厅省人社厅省发改委 省工信委省公安厅省财政厅\n\n"
            "为贯彻落实有关文件精神,现结合我省实际提出如下实施意见:\n一、主要任务\n(一)做好工作。\n")
    assert parse_text(text).meta.title == "关于推进医疗卫生与养老服务相结合的实施意见"
    assert not structure._ISSUERS_RUN.fullmatch("省委办公厅省政府办公厅")
    assert not structure._ISSUERS_RUN.fullmatch("省人社厅省财政厅关于印发方案的通知")


def test_a_portal_title_label_run_into_its_value_and_a_note_before_the_signature_date():
    """标题兴县人民政府办公室 关于…的通知 in a field table whose labels run into their values (a 2025 county's notice,
    probe batch 272): the title without the label; (此件公开发布) 2021年6月25日 above the plan's title (a 2021 city's
    points, batch 273): the date line, not the title's first line."""
    text = ("索引号111423LL00100/2025-67553\n发文字号某政办发〔2025〕24号 发文时间2025-10-29\n"
            "标题某县人民政府办公室 关于做好2026年度城乡居民基本医疗保险缴费工作的通知\n\n"
            "各乡(镇)人民政府:\n为做好缴费工作,现将有关事项通知如下:\n一、工作要求\n(一)做好工作。\n")
    assert parse_text(text).meta.title == "某县人民政府办公室关于做好2026年度城乡居民基本医疗保险缴费工作的通知"
    text = ("关于印发《2021年某市政务公开工作要点》的通知\n各县(市)区人民政府:\n现印发给你们,请认真遵照执行。\n"
            "某市政务公开领导小组\n(此件公开发布) 2021年6月25日\n2021年某市政务公开\n工作要点\n"
            "按照国家、省关于政务公开工作的安排部署,制定本要点。\n一、强化基础性信息公开工作\n(一)做好日常维护。\n")
    m = parse_text(text).meta
    assert (m.title, m.signed) == ("2021年某市政务公开工作要点", "2021-06-25")


def test_a_damaged_document_number_after_a_lost_character():
    """?竹府办函〔202152 under a 2021 county's notice (probe batch 272): the number 竹府办函〔2021〕52号, not the title."""
    text = ("某县人民政府办公室关于做好2022年度城乡居民基本医疗保险筹资工作的通知\n发布日期:2021-10-08\n\n"
            "?竹府办函〔202152\n\n各乡镇人民政府,县级各部门:\n为做好筹资工作,现将有关事项通知如下:\n一、工作要求\n(一)做好工作。\n")
    m = parse_text(text).meta
    assert (m.title, m.doc_number) == ("某县人民政府办公室关于做好2022年度城乡居民基本医疗保险筹资工作的通知", "竹府办函〔2021〕52号")


def test_a_portal_title_fields_category_tag_is_no_part_of_the_title():
    """标题: | 【文稿解读】关于沂源县生活垃圾分类工作实施方案 | (a 2020 county's page, both annotators of probe batch 278)."""
    text = ("标题: | 【文稿解读】关于某县生活垃圾分类工作实施方案 | ||\n---|---|---|---|\n"
            "索引号: | 11370323750892802W/2020-1972865 | 文号: | 无文号 |\n"
            "发文日期: | 2020-05-22 | 发布机构: | 某县综合行政执法局 |\n"
            "为加快推进全县生活垃圾分类工作,制定本方案。\n一、工作目标\n到2020年底,全县公共机构全面实行垃圾分类。\n")
    assert parse_text(text).meta.title == "关于某县生活垃圾分类工作实施方案"


@pytest.mark.parametrize("issuer, bodies", [
    ("中共某省委某省人民政府", "中共某省委、某省人民政府"),
    ("中共环江毛南族自治县委员会办公室环江毛南族自治县人民政府办公室", "中共环江毛南族自治县委员会办公室、环江毛南族自治县人民政府办公室"),
    ("祁县文化和旅游局祁县财政局", "祁县文化和旅游局、祁县财政局"),
    ("某省商务厅 某省扶贫开发办公室", "某省商务厅、某省扶贫开发办公室"),
    # one body whose name holds its place once stays whole
    ("北京市发展和改革委员会", "北京市发展和改革委员会"), ("上海市市场监督管理局", "上海市市场监督管理局"),
    ("中共北京市委办公厅", "中共北京市委办公厅"),
])
def test_two_bodies_of_one_place_run_together_are_two_issuers(issuer, bodies):
    """中共甘肃省委甘肃省人民政府 and eight more development documents, 湖南省商务厅 湖南省扶贫开发办公室关于… (a 2017
    province's opinion, probe batch 285): the annotators write A、B."""
    assert metadata._joint_issuers(issuer) == bodies


def test_a_sites_welcome_line_over_the_title_is_no_part_of_it():
    """歡迎訪問甘肅經濟信息網! over a 2016 province's opinion (both annotators of probe batch 286)."""
    text = ("歡迎訪問某省經濟信息網!\n某省人民政府辦公廳關於推進分級診療制度建設的實施意見\n時間:2016-05-04\n\n"
            "各市人民政府,省政府各部門:\n為推進分級診療制度建設,提出以下實施意見。\n一、總體要求\n(一)做好工作。\n")
    assert parse_text(text).meta.title == "某省人民政府辦公廳關於推進分級診療制度建設的實施意見"


def test_a_portals_wenjian_zihao_field_is_the_document_number():
    """• 文件字号: 胶政办发【2021】10号 in a 2021 county-level city's field list (both annotators of probe batch 292)."""
    text = ("某市人民政府办公室印发某市关于促进婴幼儿照护服务发展的实施意见的通知\n\n  • 制发机关: 某市人民政府办公室\n"
            "  • 发布日期:2021-04-20\n  • 文件字号: 某政办发【2021】10号\n  • 成文日期:2021-04-19\n\n"
            "各镇政府、街道办事处:\n  《某市关于促进婴幼儿照护服务发展的实施意见》已经市政府同意,现印发给你们。\n"
            "一、总体要求\n(一)做好工作。\n")
    assert parse_text(text).meta.doc_number == "某政办发【2021】10号"
