"""Heading tree: GB/T 9704 numbering, lost brackets, restarts, body limits."""
import pytest

from extract.models import Document
from extract.read.normalize import normalize
from extract.find import structure


def build(text):
    doc = Document("t", "t.txt", "", "", "txt", "utf-8", text, normalize(text))
    structure.build(doc)
    return doc


def paths(doc):
    return ["/".join(s.path) for s in doc.sections]


CLASSIFY = [
    ("一、指导思想", ("cn", "一、", 1)),
    ("(一)组织领导", ("paren_cn", "(一)", 1)),
    ("（十二）其他", ("paren_cn", "(十二)", 12)),
    ("三)建立健全", ("paren_cn", "三)", 3)),
    ("12.强化", ("arabic", "12.", 12)),
    ("3、推进", ("arabic", "3、", 3)),
    ("(2)开展", ("paren_arabic", "(2)", 2)),
    ("③完善", ("circled", "③", 3)),
    ("第二章 主要任务", ("chapter", "第二章", 2)),
    ("第十条 本办法", ("article", "第十条", 10)),
    ("2024年底前完成", None),
    ("1.5万元", None),
    # (a candidate only: structure._confirm_shi keeps it in a text that numbers nothing else)
    ("一是加强", ("shi", "一是", 1)),
    ("十四五期间", None),
]


@pytest.mark.parametrize("line, expected", CLASSIFY, ids=[c[0] for c in CLASSIFY])
def test_classify(line, expected):
    c = structure.classify(normalize(line))
    if expected is None:
        assert c is None
    else:
        assert (c[0], c[2], c[3]) == expected


PLAN = """XX市人民政府办公室关于印发XX市某某工作方案的通知

各区县人民政府:
现将《XX市某某工作方案》印发给你们。

XX市人民政府办公室
2024年3月1日

XX市某某工作方案

为推进某某工作,制定本方案。

一、总体要求
（一）指导思想。坚持以人民为中心。
二、重点任务
（一）建设平台
1.建设平台。完善体系。(责任单位:市科技局)
2.完善机制。(责任单位:市财政局)
（二）优化服务
3.优化服务。编号连续。
三)强化保障
分段一。
分段二。
三、保障措施
加强领导。
扫一扫在手机打开当前页
主办:XX市人民政府办公室
"""


def test_plan_tree_and_body():
    doc = build(PLAN)
    t = doc.text
    assert [t[s:e] for s, e in doc.title_lines] == ["XX市某某工作方案"]
    assert t[doc.body_start:].startswith("XX市某某工作方案\n\n为推进")
    assert t[:doc.body_end].endswith("加强领导。")
    assert paths(doc) == ["¶1", "一", "一/(一)", "二", "二/(一)", "二/(一)/1", "二/(一)/2", "二/(二)",
                          "二/(二)/3", "二/(三)", "二/(三)/¶1", "二/(三)/¶2", "三", "三/¶1"]


def test_spans_point_into_stored_text():
    doc = build(PLAN.replace("(", "（").replace(")", "）").replace(":", "："))
    for s in doc.sections:
        assert doc.text[s.start:s.end].strip() == doc.text[s.start:s.end]
        assert s.start < s.end <= len(doc.text)
    sec = next(s for s in doc.sections if s.path == ("二", "(一)", "1"))
    assert doc.text[sec.start:sec.line_end] == "1.建设平台。完善体系。（责任单位：市科技局）"
    assert sec.heading == "建设平台"


def test_node_spans_cover_children():
    doc = build(PLAN)
    for s in doc.sections:
        for c in s.children:
            child = doc.sections[c]
            assert s.start <= child.start and child.end <= s.end


def test_lost_bracket_only_where_numbering_expects_it():
    doc = build("一、任务\n(一)甲\n内容。\n五)不是标题\n二、保障\n内容。\n")
    assert "一/(一)/¶2" in paths(doc)
    assert not any(p.endswith("(五)") for p in paths(doc))


def test_attachment_ends_body():
    doc = build("一、任务\n1.甲。\n二、保障\n(一)加强领导。\n附件:领导小组名单\n组长 张三 市长\n")
    assert doc.text[:doc.body_end].endswith("(一)加强领导。")
    (a, b), = doc.attachments
    assert doc.text[a:b].startswith("附件:领导小组名单")


def test_each_attachment_is_its_own_span():
    """附件1 (a project list) and 附件2 (a task table) are two attachments: what
    makes one part of the plan's commitments does not carry over to the other."""
    doc = build("一、任务\n1.甲。\n二、保障\n(一)加强领导。\n附件1\n重点项目清单\n项目一 投资10亿元\n"
                "附件2\n重点任务分解表\n序号 | 重点任务 | 牵头单位\n")
    texts = [doc.text[a:b] for a, b in doc.attachments]
    assert [t.split("\n")[0] for t in texts] == ["附件1", "附件2"]
    assert texts[0].endswith("投资10亿元") and texts[1].endswith("牵头单位")


def test_plan_without_headings_is_paragraphs():
    doc = build("某某通知\n\n第一段内容。\n第二段内容。\n")
    assert all(s.kind == "para" for s in doc.sections)
    assert len(doc.sections) >= 2


TABLE_PLAN = ("某市知识产权工作方案\n\n一、总体要求\n内容。\n二、重点任务分工\n"
              "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
              "一、强化知识产权创造\n"
              "1\t实施高价值专利培育工程。\t市市场监管局\t市科技局、市工业和信息化局\t2024年底前\n"
              "2\t开展专利导航。\t市科技局\t市财政局\t长期坚持\n"
              "二、加强知识产权保护\n"
              "3\t建立快速维权机制。\t市市场监管局\t市公安局\t2025年6月底前\n"
              "三、保障措施\n(一)加强组织领导。\n")


def test_group_rows_of_a_flattened_table_are_not_plan_headings():
    doc = build(TABLE_PLAN)
    tops = [s.label for s in doc.sections if s.parent is None and s.kind != "para"]
    assert tops == ["一", "二", "三"]
    assert "\t" in doc.norm            # tabs survive normalisation: they separate cells


def test_spaced_numbers_from_pdf_text_are_headings():
    doc = build("某县工作方案\n\n一 、目标\n内容。\n二、任务\n( 一 )甲。\n2 .乙。\n( 3 )丙。\n")
    labels = [s.label for s in doc.sections if s.kind != "para"]
    assert labels == ["一", "二", "(一)", "2", "(3)"]


FIELD_LINES_PLAN = ("某区重点工作任务分解方案\n\n一、主要预期目标\n\n1.地区生产总值增长6%左右。\n\n牵头单位:区发改局\n\n"
                    "责任单位:区经济开发区,各街道\n\n2.一般公共预算收入增长8%左右。\n\n主要责任单位：区财政局\n\n"
                    "完成时限：2023年12月底\n\n二、重点任务\n\n3.推进项目建设。\n\n牵头领导:常务副区长\n\n"
                    "责任单位要高度重视,加强配合。\n")


def test_labelled_field_lines_belong_to_the_item_above():
    """A division of work that sets each item's units and time limit on labelled lines of
    their own (牵头单位:… / 责任单位:… / 完成时限:…, blank lines between) keeps them in the
    item: no paragraph of its own, the item's span covers them.  A sentence that starts with
    a unit word but has no label (责任单位要高度重视) is a paragraph."""
    doc = build(FIELD_LINES_PLAN)
    by = {s.label: s for s in doc.sections}
    assert [s.label for s in doc.sections if s.kind != "para"] == ["一", "1", "2", "二", "3"]
    assert [doc.norm[s.start:s.end].splitlines()[0] for s in doc.sections if s.kind == "para"] == \
        ["责任单位要高度重视,加强配合。"]
    assert doc.norm[by["1"].start:by["1"].end].rstrip().endswith("各街道")
    assert doc.norm[by["2"].start:by["2"].end].rstrip().endswith("2023年12月底")


def test_labelled_field_lines_give_the_item_its_units():
    from extract.pipeline import parse_text
    doc = parse_text(FIELD_LINES_PLAN)
    units = {"/".join(t.path): [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units["一/1"] == [("区发改局", "lead"), ("区经济开发区", "responsible"), ("各街道", "responsible")]
    assert units["一/2"] == [("区财政局", "responsible")]   # 主要责任单位 is a 责任单位 (rules/vocabulary.yaml)
    assert all("¶" not in path for path in units)


def _title_lines(doc):
    return [doc.norm[s:e] for s, e in doc.title_lines]


def test_a_document_number_above_the_title_ends_it():
    """The letterhead (某省人民政府办公厅文件) and its number stand above the title: the title
    is the lines below the number; a number under the title (国办发〔2024〕12号) is skipped."""
    above = build("某省人民政府办公厅文件\n\n某政办发〔2009〕24号\n\n某省人民政府办公厅关于加强普通高等学校\n\n"
                  "毕业生就业工作的通知\n\n各市州人民政府:\n\n根据有关精神,现通知如下:\n\n一、提高认识。内容。\n\n二、拓宽渠道。内容。\n")
    assert _title_lines(above) == ["某省人民政府办公厅关于加强普通高等学校", "毕业生就业工作的通知"]
    under = build("某省人民政府办公厅关于加强就业工作的通知\n国办发〔2024〕12号\n各市人民政府:\n"
                  "一、提高认识。内容。\n二、拓宽渠道。内容。\n")
    assert _title_lines(under) == ["某省人民政府办公厅关于加强就业工作的通知"]



def test_a_notice_title_above_the_plans_own_is_not_part_of_it():
    """A page that prints the notice's title and then the plan's (关于印发X的通知 / X) without
    the notice's text between them: the title is the plan's line alone."""
    doc = build("关于印发某州推进医共体建设实施方案的通知\n某州推进医共体建设实施方案\n"
                "为贯彻落实有关精神,制定本实施方案。\n一、总体目标\n内容。\n二、重点任务\n(一)推进建设。\n")
    assert _title_lines(doc) == ["某州推进医共体建设实施方案"]


def test_a_full_stop_typed_for_the_dot_after_an_item_number():
    """1。在…领导下 / 2。按照…: a division of work that types 。 for the dot numbers its items all
    the same (a 2020 Tianjin division of work, probe batch 10); the path folds it to 1, 2; a
    number alone with 。, or a decimal, is none."""
    from extract.pipeline import parse_text
    t = "关于落实重点工作的任务分工\n1。稳定就业。(市人社局负责)\n2。保障民生。(市民政局负责)\n"
    assert [(x.path, [u.name for u in x.units]) for x in parse_text(t).tasks] == [
        (("1",), ["市人社局"]), (("2",), ["市民政局"])]
    assert structure.classify("1。") is None and structure.classify("3。5万") is None


ATTACHED_PLAN = ("关于《政府工作报告》确定的2021年重点工作责任分解的通知\n各乡镇人民政府:\n"
                 "现将《政府工作报告》确定的工作任务进行责任分解,请认真贯彻执行。\n"
                 "一、加强组织领导。要按照责任分工,逐条逐项有序推进。\n"
                 "二、加强跟踪督办。市政府督查室将跟踪督办。\n"
                 "附件:《政府工作报告》确定的2021年重点工作责任分解\n某市人民政府办公室\n2021年1月27日\n"
                 "附件\n《政府工作报告》确定的2021年重点工作责任分解\n"
                 "一、2021年经济社会发展主要预期目标\n"
                 "(一)地区生产总值增长11%。(牵头单位:市发改局)\n"
                 "(二)全社会固定资产投资增长12%。(牵头单位:市发改局)\n"
                 "二、重点工作\n(一)抓项目建设。(牵头单位:市发改局;责任单位:市财政局)\n")


def test_a_plan_attached_to_a_notice_with_points_of_its_own():
    """A covering notice with numbered points of its own (一、加强组织领导 …) and the plan its
    title names attached after 附件 (its title, then 一、(一)…): the attachment's headings
    are read as the body's, so its items are tasks with their units and figures (a 2021
    county's division of its work report's tasks, probe batch 18); the notice's own points
    stay tasks (the pipeline's convention for a covering notice's points)."""
    from extract.pipeline import parse_text
    doc = parse_text(ATTACHED_PLAN)
    got = [(t.path, t.anchor[:8], [(u.name, u.role) for u in t.units]) for t in doc.tasks]
    assert got == [(("一",), "加强组织领导", []), (("二",), "加强跟踪督办", []),
                   (("一", "(一)"), "地区生产总值增长", [("市发改局", "lead")]),
                   (("一", "(二)"), "全社会固定资产投", [("市发改局", "lead")]),
                   (("二", "(一)"), "抓项目建设", [("市发改局", "lead"), ("市财政局", "responsible")])]
    assert [(x.value, x.deadline) for x in doc.targets] == [(11, "2021-12-31"), (12, "2021-12-31")]
    # the notice's title broken over two lines names it all the same
    wrapped = parse_text(ATTACHED_PLAN.replace("确定的2021年重点工作责任分解的通知", "确定的2021年重点\n工作责任分解的通知", 1))
    assert [t.path for t in wrapped.tasks] == [t.path for t in doc.tasks]


def test_an_attachment_the_notice_title_does_not_name_is_not_the_plan():
    """The same notice attaching what its title does not name (a 号牌式样 under a notice on
    号牌有关事项; a 领导小组名单): the attachment's numbered lines are no tasks."""
    from extract.pipeline import parse_text
    text = ATTACHED_PLAN.replace("《政府工作报告》确定的2021年重点工作责任分解\n一、2021",
                                 "专用号牌式样和车辆涂装样图\n一、2021")
    doc = parse_text(text)
    assert [t.path for t in doc.tasks] == [("一",), ("二",)]


def test_a_cooperating_units_line_under_a_lead_line_is_no_site_footer():
    """牵头单位:区委组织部 / 协办单位:区委编办、… under an item (a 2019 district's division of work,
    probe batch 20): the item's fields, not a site footer's 协办:… -- the body goes on to item 2.
    A footer's 协办 line after the text still ends it."""
    from extract.pipeline import parse_text
    t = ("某区任务分解方案\n一、加强党的领导\n1.完善领导体制机制。\n牵头单位:区委组织部\n协办单位:区委编办、区民政局\n"
         "2.构建党建工作体系。\n牵头单位:区委组织部\n")
    d = parse_text(t)
    assert [(x.path, [(u.name, u.role) for u in x.units]) for x in d.tasks] == [
        (("一", "1"), [("区委组织部", "lead"), ("区委编办", "cooperating"), ("区民政局", "cooperating")]),
        (("一", "2"), [("区委组织部", "lead")])]
    footer = parse_text(t + "版权所有:某区人民政府\n协办:某区大数据中心\n")
    assert footer.body_end < footer.norm.index("协办:某区")


PACKAGE = ("某县人民政府办公室关于印发某县新型城镇化五大专项行动方案的通知\n各镇人民政府:\n"
           "县自然资源局等部门分别牵头制定了《某县国土空间规划专项行动方案》《某县城乡融合发展专项行动方案》。"
           "两个专项行动方案已经县政府同意,现印发给你们,请认真抓好贯彻落实。\n附件:\n"
           "1.某县国土空间规划专项行动方案\n2.某县城乡融合发展专项行动方案\n某县人民政府办公室\n2022年10月28日\n"
           "附件1\n某县国土空间规划专项行动方案\n(县自然资源局牵头)\n为推进规划,制定本方案。\n一、总体要求\n坚持规划先行。\n")


def test_a_notices_list_of_attached_documents_heads_nothing():
    """附件: / 1.…专项行动方案 / 2.…专项行动方案 under a notice issuing several plans (a county notice,
    both probe annotators of batch 21): the list names what follows, it is no chain of tasks, and
    the page's title is the notice's (the package), not the first plan's."""
    from extract.pipeline import parse_text
    d = parse_text(PACKAGE)
    assert d.tasks == [] and d.meta.title == "某县新型城镇化五大专项行动方案"
    # numbered lines under 附件: that are not document names are left alone
    t = "某县工作方案\n一、主要任务\n(一)推进工作。内容。\n附件:\n1.加快推进项目建设,完成投资5亿元。\n2.强化保障。\n"
    assert structure._attachment_list_lines(t.split("\n"), [structure.classify(x) for x in t.split("\n")]) == []


def test_a_signature_date_that_lost_its_words_is_no_title_line():
    """广西壮族自治区住房和城乡建设厅 / 20241016 / 2024年度广西农村危房改造实施方案 (a 2024 provincial
    department's page, both probe annotators of batch 21): eight digits that make a day are the
    signature's date, so the title is the plan's line alone; eight digits that make none are not."""
    d = build("各市住房和城乡建设局:\n现将《2024年度广西农村危房改造实施方案》印发给你们,请认真组织实施。\n"
              "住房和城乡建设厅\n20241016\n2024年度广西农村危房改造实施方案\n为推进农房改造,制定本方案。\n"
              "一、主要任务\n完成改造任务。\n二、保障措施\n加强领导。\n")
    assert _title_lines(d) == ["2024年度广西农村危房改造实施方案"]
    assert structure._DATE_LINE.match("20241016") and not structure._DATE_LINE.match("20241399")


def test_a_report_title_stands_above_its_speaker_and_salutation():
    """关于河西区2019年…计划草案的报告 (over two lines) / ——2020年1月7日在…会议上 / 河西区发展和改革委员会主任 /
    各位代表: / 受区人民政府委托,… / 2019年国民经济和社会发展计划执行情况 / 2019年,… / 一、… (a district plan
    report, both probe annotators of batch 22): the title is above the speaker and the salutation,
    not the report's first unnumbered part heading under them."""
    d = build("关于河西区2019年国民经济和社会发展计划执行情况与2020年国民经济和社会\n\n发展计划草案的报告\n\n"
              "——2020年1月7日在河西区第十七届\n\n人民代表大会第六次会议上\n\n河西区发展和改革委员会主任\n\n各位代表:\n\n"
              "受区人民政府委托,现将计划草案提请大会审议。\n\n2019年国民经济和社会发展计划执行情况\n\n"
              "2019年,区政府认真落实决策部署,较好地完成了全年目标任务。\n\n一、高质量发展持续深化\n\n经济运行总体平稳。\n\n"
              "二、改革开放不断深入\n\n营商环境持续优化。\n")
    assert "".join(_title_lines(d)) == "关于河西区2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告"


def test_a_notices_points_before_its_signature_and_a_plan_of_measures_after_it():
    """铁岭市人民政府办公室关于印发…落实措施的通知: the notice's 一、二、三 (its requirements), its signature and date,
    then 2021年国务院《政府工作报告》 / 重点工作任务落实措施 and the plan's 一、 (both annotators of a 2021 city's
    measures, probe batch 70): the plan's items are the tasks, the notice's are not."""
    from extract.pipeline import parse_text
    t = ("某市人民政府办公室关于印发重点工作任务落实措施的通知\n各县(市)、区人民政府:\n《重点工作任务落实措施》已经市政府同意,现印发给你们。\n"
         "一、强化领导,全力推进。各部门要高度重视。\n二、定期调度,狠抓落实。实行月调度。\n三、严督严考,绩效对账。年底进行考核。\n"
         "某市人民政府办公室\n2021年6月7日\n(此件公开发布)\n2021年国务院《政府工作报告》\n重点工作任务落实措施\n"
         "一、保持宏观政策连续性(3项)\n1.继续执行制度性减税政策。(市税务局负责)\n2.加强财政资金管理。(市财政局负责)\n")
    assert [x.path for x in parse_text(t).tasks] == [("一", "1"), ("一", "2")]


def test_parts_that_number_their_sections_anew():
    """第一部分 / 一、… / 二、… / 第二部分 / 一、… (a plan in parts, each numbering its sections from 一; and a 2006
    province's division cut inside its first part, both annotators of probe batch 109): the parts are the top
    level and the sections nest in them; a part's ordinal is read (第二部分 is 2)."""
    from extract.pipeline import parse_text
    assert structure.classify("第二部分 其他工作")[3] == 2
    two = ("关于印发某方案的通知\n第一部分 主要任务\n一、加强领导\n(一)建立机制。\n(二)完善制度。\n二、强化保障\n(一)落实资金。\n"
           "第二部分 其他工作\n一、推进改革\n(一)深化改革。\n二、扩大开放\n(一)扩大开放。\n")
    assert [t.path for t in parse_text(two).tasks] == [
        ("第一部分", "一", "(一)"), ("第一部分", "一", "(二)"), ("第一部分", "二", "(一)"),
        ("第二部分", "一", "(一)"), ("第二部分", "二", "(一)")]
    cut = ("关于印发某方案的通知\n第一部分:“十一五”期间主要工作任务的责任分解\n一、省长负责的工作\n(一)省监察委员会牵头的工作\n"
           "强化行政监察。\n(二)省审计厅牵头的工作\n强化审计监督。\n(三)省编办牵头的工作\n1.优化政府组织机构。\n2.推进乡镇机构改革。\n")
    assert [t.path for t in parse_text(cut).tasks] == [
        ("第一部分", "一", "(一)"), ("第一部分", "一", "(二)"), ("第一部分", "一", "(三)", "1"),
        ("第一部分", "一", "(三)", "2")]
    chapters = "某规划\n第一章 总则\n第一节 目标\n一、发展目标\n第二节 任务\n一、主要任务\n第二章 保障\n第一节 组织\n一、加强领导\n"
    assert parse_text(chapters).sections[0].kind == "chapter"


def test_a_contents_page_whose_chapters_a_copy_cut_off():
    """目 录 / 第一章 “十三五”时期…回顾 / 一、… / … / 第四章 保障措施 / 一、加强组织协调 / … / 第一章 … (the body) (a 2021
    municipality's plan saved from its contents page and cut inside its first chapter: both annotators of probe batch
    113): every entry up to the body's first chapter is the contents', no heading; the first chapter stands over the
    rest, and a chapter reviewing a past period holds no tasks."""
    from extract.pipeline import parse_text
    toc = ["第一章 “十三五”时期城乡环境建设管理回顾及“十四五”形势分析", "一、环境建设管理体制机制不断完善",
           "二、城乡环境面貌不断改善", "第二章 指导思想与规划目标", "一、指导思想", "二、规划目标",
           "第三章 主要任务", "一、持续提升城乡环境综合保障能力", "二、着力构建市容环境", "第四章 保障措施",
           "一、加强组织协调", "二、加强依法治理"]
    body = ["第一章 “十三五”时期城乡环境建设管理回顾及“十四五”形势分析", "“十三五”时期,城乡环境建设管理取得明显成效。",
            "一、环境建设管理体制机制不断完善", "(一)统筹协调机制高效顺畅", "2017年6月,议事协调机构更名,职能进一步完善。"]
    d = parse_text("\n".join(["目 录"] + toc + body) + "\n")
    assert d.tasks == [] and d.deadlines == []
    assert [s.path for s in d.sections if s.kind != "para"][:3] == [
        ("第一章",), ("第一章", "一"), ("第一章", "一", "(一)")]


def test_a_contents_page_whose_entries_show_their_pages_is_no_headings():
    """总目录 / 一、…(2021-2023)..2 / 二、专项行动......46 / (一)…专项行动.....46 / (三)…专项行动.61 (a 2021 street's plan
    saved from its contents, its chapters cut off: both annotators of probe batch 134): entries with leader dots
    and a page are the contents, not headings, though no chapter below repeats them."""
    from extract.pipeline import parse_text
    d = parse_text("某街道行动计划(2021-2023年)\n总目录\n一、某街道行动计划(2021-2023).. 2\n二、专项行动..........46\n"
                   "(一)党建联建专项行动..........46\n(二)发展共同体建设专项行动...........53\n(三)品牌打造专项行动.61\n"
                   "三、党建引领打造宜居社区...68\n前 言\n“十四五”时期是新征程的第一个五年。\n")
    assert d.tasks == []


def test_a_contents_list_without_its_label_is_no_headings():
    """一、产业发展支持政策(88条) / 二、… / 三、… / 一、产业发展支持政策(88条) / 1.对… (a 2022 province's policy list
    printed with its contents and no 目录 line, both annotators of probe batch 193): three part headings in a row
    with nothing under them, the first of them again further down, are the contents, not tasks; parts with their
    own lines under them, or a run whose first entry does not come again, are headings."""
    from extract.pipeline import parse_text
    parts = ["一、产业发展支持政策(88条)", "二、稳定供应链支持政策(54条)", "三、科技创新支持政策(61条)"]
    body = ["一、产业发展支持政策(88条)", "1.对实际总投资20亿元以上的项目给予奖励(省发展改革委负责)。",
            "2.对企业设立研发中心给予支持(省科技厅负责)。"]
    d = parse_text("某省政策清单\n" + "\n".join(parts + body) + "\n")
    assert [t.path for t in d.tasks] == [("一", "1"), ("一", "2")]
    # three one-line parts and no repeat: the plan's own items
    items = ["一、加强组织领导(县政府办负责)", "二、强化资金保障(县财政局负责)", "三、严格督查考核(县督查室负责)"]
    d = parse_text("某县工作方案\n" + "\n".join(items + ["附件:联系人名单"]) + "\n")
    assert [t.path for t in d.tasks] == [("一",), ("二",), ("三",)]


def test_yi_shi_lines_are_the_items_of_a_text_that_numbers_nothing_else():
    """…重点抓好以下项目建设及重点工作: / 一是实施流域治理…。 / 二是林业生态保护支撑体系建设。 (both annotators of a 2021
    county bureau's five-year points, probe batch 204, and of a 2019 city's livelihood list): each line opening on 一是,
    二是 … is an item; where the text numbers its parts (一、 / (一)), 一是 lines are sentences of an item."""
    from extract.pipeline import parse_text
    d = parse_text("某县林草局“十四五”重点工作\n“十四五”时期,重点抓好以下项目建设及重点工作:\n"
                   "一是实施流域治理。实施封山育林13万亩。\n二是林业生态保护支撑体系建设。新建监测点5个。\n")
    assert [t.path for t in d.tasks] == [("一",), ("二",)]
    d = parse_text("某县工作方案\n一、重点任务\n(一)加强治理。\n一是实施流域治理。\n二是加强监测。\n"
                   "(二)强化保障。加强领导。\n")
    assert [t.path for t in d.tasks] == [("一", "(一)"), ("一", "(二)")]


def test_bare_part_headings_above_the_first_numbered_one_open_the_body():
    """总体要求 / … / 发展预期目标 / 地区生产总值增长5.5%以上;… / 重点工作 / (一)… (a 2025 province's report excerpt
    with no title, both annotators of probe batch 136): the body starts at the first bare part heading, so the
    goals under it are read, and no part heading is the title."""
    from extract.pipeline import parse_text
    d = parse_text("\n总体要求\n以习近平新时代中国特色社会主义思想为指导,推动高质量发展。\n发展预期目标\n"
                   "地区生产总值增长5.5%以上;城镇新增就业85万人。\n重点工作\n(一)全方位扩大内需。更好发挥内需基础支撑作用。\n")
    assert d.meta.title is None
    assert [(t.value, t.unit) for t in d.targets] == [(5.5, "%"), (85, "万人")]
