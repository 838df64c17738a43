"""Tasks per GUIDE.md: deepest numbered items of work sections, clause paragraphs, table rows."""
import pytest
from extract.pipeline import parse_text

from test_structure import TABLE_PLAN


def summary(text):
    doc = parse_text(text)
    return [("/".join(t.path), [(u.name, u.role) for u in t.units]) for t in doc.tasks]


def test_division_of_labour_table_rows_are_tasks_with_roles():
    assert summary(TABLE_PLAN) == [
        ("二/一/1", [("市市场监管局", "lead"), ("市科技局", "cooperating"), ("市工业和信息化局", "cooperating")]),
        ("二/一/2", [("市科技局", "lead"), ("市财政局", "cooperating")]),
        ("二/二/3", [("市市场监管局", "lead"), ("市公安局", "cooperating")]),
        ("三/(一)", []),
    ]


def test_goal_and_principle_sections_hold_no_tasks():
    text = ("某县工作方案\n\n一、指导思想\n(一)坚持创新。\n二、工作目标\n1.到2025年建成。\n"
            "三、重点任务\n(一)建设平台。(责任单位:县科技局)\n(二)优化服务。\n")
    assert [p for p, _ in summary(text)] == ["三/(一)", "三/(二)"]


def test_paragraphs_with_their_own_clauses_are_tasks_under_a_heading():
    text = ("某市方案\n\n一、目标\n内容。\n二、重点工作\n(一)甲体系\n1.子任务。(牵头单位:市科技局)\n"
            "(二)乙体系\n第一段工作。(牵头单位:市商务局;责任单位:市财政局)\n"
            "第二段工作。(牵头单位:市商务局)\n三、保障措施\n(一)加强领导。\n")
    assert summary(text) == [
        ("二/(一)/1", [("市科技局", "lead")]),
        ("二/(二)/¶1", [("市商务局", "lead"), ("市财政局", "responsible")]),
        ("二/(二)/¶2", [("市商务局", "lead")]),
        ("三/(一)", []),
    ]


def test_section_clause_applies_to_items_without_their_own():
    text = ("某市方案\n\n一、目标\n内容。\n二、重点任务\n(一)强化创造(牵头单位:市市场监管局)\n"
            "1.培育专利。\n2.培育商标。(责任单位:市商务局)\n三、保障措施\n(一)加强领导。\n")
    got = dict(summary(text))
    assert got["二/(一)/1"] == [("市市场监管局", "lead")]
    assert got["二/(一)/2"] == [("市商务局", "responsible")]


def test_a_section_headed_attachments_lists_names_not_tasks():
    from extract import parse_text
    doc = parse_text("关于印发某市行动方案的通知\n一、重点任务\n(一)推进算力建设。(责任单位:市发展改革委)\n"
                     "二、附件\n1.重点任务分解表\n2.政策诉求清单\n")
    assert [t.path for t in doc.tasks] == [("一", "(一)")]


def test_an_item_that_lists_criteria_is_one_task_and_principles_are_none():
    """符合下列要求的…予以保留：1.… 2.…: the numbered children are conditions, not work;
    a section headed …的指导思想 / …的原则 holds no tasks (gold-fresh batch 7).  A list of
    work (重点推进以下工作：1.… 2.…) keeps its items as tasks."""
    text = ("关于清理整顿社会团体的意见\n\n一、清理整顿工作的指导思想\n坚持依法管理。\n"
            "二、清理整顿的原则\n(一)“双重”负责的原则\n由业务主管部门负责。\n(二)从严的原则\n严格审查。\n"
            "三、清理整顿工作的主要内容\n(一)符合下列要求的社会团体予以保留:\n1.依照章程开展活动;\n2.有规范的名称;\n"
            "3.有50个以上的成员。\n(二)对存在下列问题的社会团体予以撤销:\n1.严重违法违纪的;\n2.未达到整改要求的。\n"
            "(三)重点推进以下工作:\n1.开展自查。\n2.组织审查。\n")
    assert [p for p, _ in summary(text)] == ["三/(一)", "三/(二)", "三/(三)/1", "三/(三)/2"]


EMERGENCY_PLAN = """国家粮食应急预案

1 总则
1.1 编制目的
为有效应对粮食应急状态,制定本预案。
1.2 适用范围
本预案适用于全国。
2 组织机构和职责
2.1 指挥部成员单位职责
(1)公安部负责维护粮食供应场所的治安秩序。
(2)铁道部、交通部负责及时安排应急粮食运输。
(3)其他有关部门做好相关配合工作。
3 奖励和处罚
3.1 有下列行为之一的,依照国家有关法律法规处理:
(1)拒不执行粮食应急指令的;
(2)玩忽职守的。
3.2 本预案由国务院办公厅负责解释。
"""


def test_a_plan_numbered_with_decimals_has_a_heading_tree():
    """1 总则 / 1.1 编制目的 / 2.1 …: an emergency plan's numbering (gold-fresh batch 8);
    an item opening on the bodies whose duty it states (公安部负责…) names them responsible."""
    # (1 总则, general provisions, holds no tasks)
    assert summary(EMERGENCY_PLAN) == [
        ("2/2.1/(1)", [("公安部", "responsible")]),
        ("2/2.1/(2)", [("铁道部", "responsible"), ("交通部", "responsible")]),
        ("2/2.1/(3)", []),
        ("3/3.1", []),
        ("3/3.2", [("国务院办公厅", "responsible")]),
    ]


def test_decimal_numbers_that_do_not_confirm_each_other_are_no_headings():
    """A wrapped line starting "12 个…" or "1.5 万元…" is not a decimal heading: an N needs
    an N.1 after it, an N.M the N before it."""
    from extract.find.structure import read
    text = ("某市工作方案\n\n一、重点任务\n(一)建设平台。全市新建\n12 个创新平台,投入\n1.5 万元。\n"
            "(二)优化服务。提升服务。\n二、保障措施\n(一)加强领导。\n")
    kinds = [s.kind for s in read(text).sections if s.kind != "para"]
    assert kinds == ["cn", "paren_cn", "paren_cn", "cn", "paren_cn"]


def test_background_and_review_sections_hold_no_tasks():
    """规划背景, 重大意义, 机遇和挑战, …成效显著, 当前面临的总体形势 (gold-fresh batches 8-9)."""
    text = ("某战略规划纲要\n\n一、规划背景\n(一)我国扩大内需已取得显著成效\n内容。\n(二)重大意义\n内容。\n"
            "二、数字经济发展成效显著\n(一)数字基础设施实现跨越式发展\n内容。\n三、当前面临的总体形势\n内容。\n"
            "四、重点任务\n(一)促进消费。内容。\n(二)扩大投资。内容。\n")
    assert [p for p, _ in summary(text)] == ["四/(一)", "四/(二)"]


def test_an_opening_duty_shared_by_division_of_functions_and_a_national_corporation():
    """(2)A及B、C按照各自职能分工,负责…: the manner of sharing between the names and 负责
    does not hide them; a national corporation (…总公司) is a body that can bear a duty,
    a company (…有限公司) named at an item's head is not taken for one."""
    text = ("国家某应急预案\n\n1 总则\n1.1 编制目的\n为应对应急状态,制定本预案。\n2 组织机构和职责\n2.1 成员单位职责\n"
            "(1)国家发展改革委及国家粮食局、商务部按照各自职能分工,负责粮食市场应急供应工作。\n"
            "(2)中国储备粮管理总公司负责中央储备粮动用计划的执行。\n"
            "(3)某某粮油有限公司负责应急加工。\n"
            "2.2 地方机构职责\n省级人民政府负责本地应急工作。\n")
    assert summary(text)[:3] == [
        ("2/2.1/(1)", [("国家发展改革委", "responsible"), ("国家粮食局", "responsible"), ("商务部", "responsible")]),
        ("2/2.1/(2)", [("中国储备粮管理总公司", "responsible")]),
        ("2/2.1/(3)", []),
    ]


def test_a_section_setting_out_a_schemes_design_holds_no_tasks():
    """二、指标体系 / 二、集中采购范围及形式: their items describe the scheme (gold-fresh
    batches 8-9); 完善指标体系 as a task's own heading is work."""
    text = ("某某考核工作意见\n\n一、指标体系\n(一)医疗质量。通过质量控制评价医疗质量。\n(二)运营效率。通过资源效率评价运营。\n"
            "二、集中采购范围及形式\n(一)参加企业。生产企业均可参加。\n"
            "三、工作任务\n(一)完善指标体系。国家卫生健康委负责。\n(二)建立信息系统。各地负责。\n")
    assert [p for p, _ in summary(text)] == ["三/(一)", "三/(二)"]


def test_the_parts_of_an_assessments_procedure_are_not_tasks():
    """三、考核内容和程序 (一)考核对象 (三)积分方法 (五)考核结果发布: what an assessment covers and how it counts,
    rules rather than work (both annotators of a 2008 province's listing-target assessment, probe batch 223); its
    考核程序, the steps units take, and 加强考核 as an item's own heading are work."""
    text = ("某省企业上市目标责任考核实施方案\n\n二、组织实施\n(一)加强考核。省发展改革委负责。\n"
            "三、考核内容和程序\n(一)考核对象。各设区的市人民政府。\n(二)考核时限。每年考核一次。\n"
            "(三)积分方法。每家企业计10分。\n(四)考核程序。各单位每年2月申报。\n(五)考核结果发布。由联席会议发布。\n")
    assert [p for p, _ in summary(text)] == ["二/(一)", "三/(四)"]


def test_the_items_of_a_box_printed_in_a_section_are_not_tasks():
    """专栏2 …: a box lists what its section covers, numbered on its own; the section is
    the task (CONVENTIONS.md C12).  Numbered items before a box stay tasks."""
    text = ("某某规划\n\n一、总体要求\n坚持安全发展。\n二、重点任务\n(一)深化安全生产治本攻坚。严格安全准入,加强审批。\n"
            "专栏2 安全生产治本攻坚重点\n1.危险化学品。化工园区整治提升。\n2.烟花爆竹。生产、储存等环节。\n"
            "(二)强化应急物资准备。\n1.建设储备库。市应急局负责。\n2.完善调运机制。市发展改革委负责。\n")
    assert summary(text) == [
        ("二/(一)", []),
        ("二/(二)/1", [("市应急局", "responsible")]),
        ("二/(二)/2", [("市发展改革委", "responsible")]),
    ]


def test_an_item_that_only_says_when_the_text_takes_effect_is_no_task():
    """7.3 本预案自印发之日起实施, 二、附则 本措施…施行，有效期3年: final provisions assign no
    work (gold-fresh's national grain plan); a duty in the same part (7.1 …应制订…, 7.2 本预案由
    国务院办公厅负责解释) stays a task."""
    text = ("某某预案\n\n1　应急保障\n1.1　建立储备制度。市粮食局负责。\n1.2　完善调运机制。市交通局负责。\n2　附则\n"
            "2.1　各区人民政府应根据本预案制订区级预案。\n2.2　本预案由市政府办公厅负责解释。\n2.3　本预案自印发之日起实施。\n")
    assert [p for p, _ in summary(text)] == ["1/1.1", "1/1.2", "2/2.1", "2/2.2"]
    text = ("某某措施\n\n一、支持企业落户\n(一)支持落户。对新落户企业给予奖励。(责任单位:市发展改革委)\n"
            "二、附则\n本措施自印发之日起施行，有效期3年。原《某某措施》同时废止。\n")
    assert [p for p, _ in summary(text)] == ["一/(一)"]


_CLOSING = ("关于支持人工智能创新发展的若干措施\n为加快推进人工智能创新发展，制定以下措施。\n一、发展目标\n"
            "到2027年，全省营业收入超1万亿元。\n二、加强人才\n"
            "（一）培养人才。加快培养人才。（责任单位：省委组织部）\n"
            "（二）引进人才。加快引进人才。（责任单位：省委组织部、省委网信办）\n{closing}\n")


def test_a_closing_paragraph_naming_who_carries_the_text_out_is_a_task_at_the_top():
    """本措施自…起实施，…由省发展改革委负责牵头组织实施 after the last item closes the whole
    text: a task of its own at the top (¶2, after the opening paragraph), and the last item
    does not take its unit (both annotators of a Zhejiang 若干措施)."""
    from extract.pipeline import parse_text
    doc = parse_text(_CLOSING.format(closing="本措施自2025年5月31日起实施，有效期至2027年12月31日，"
                                             "由省发展改革委负责牵头组织实施。"))
    got = [(t.path, [(u.name, u.role) for u in t.units]) for t in doc.tasks]
    assert got == [(("二", "(一)"), [("省委组织部", "responsible")]),
                   (("二", "(二)"), [("省委组织部", "responsible"), ("省委网信办", "responsible")]),
                   (("¶2",), [("省发展改革委", "lead")])]


@pytest.mark.parametrize("closing", ["本措施自2025年5月31日起实施。", "本方案由市发展改革委负责解释。",
                                     "各地要结合实际抓好落实，由市发展改革委牵头组织实施。"])
def test_a_closing_paragraph_without_a_clause_or_about_other_things_is_no_top_task(closing):
    from extract.pipeline import parse_text
    doc = parse_text(_CLOSING.format(closing=closing))
    assert all(not t.path[0].startswith("¶") for t in doc.tasks)


def test_a_unit_listed_twice_in_one_clause_is_one_responsibility():
    doc = parse_text("某市工作方案\n一、重点任务\n（一）保障算力。统筹算力资源。（责任单位：省数据集团、省财政厅、"
                     "省发展改革委、省财政厅）\n")
    assert [(u.name, u.role) for u in doc.tasks[0].units] == [
        ("省数据集团", "responsible"), ("省财政厅", "responsible"), ("省发展改革委", "responsible")]


def test_a_section_reporting_a_situation_or_a_finding_holds_no_task():
    """一、1996年我国地震活动情况和1997年及未来几年地震趋势 and 关于…的确定 / 关于…的判定 report;
    the work is in the section after them (both annotators of two State Council pages)."""
    text = ("国家地震局关于地震趋势和加强防震减灾工作意见的报告\n"
            "一、1996年我国地震活动情况和1997年及未来几年地震趋势\n去年我国大陆发生多次强震。\n"
            "二、关于1996年度地震重点危险区的判定\n会议判定了若干重点危险区。\n"
            "三、加强防震减灾工作的意见\n(一)做好应急预案的落实工作。\n(二)积极开展防震减灾知识宣传教育。\n")
    doc = parse_text(text)
    assert [list(t.path) for t in doc.tasks] == [["三", "(一)"], ["三", "(二)"]]


def test_a_five_year_outlines_review_chapter_holds_no_tasks():
    """第一章 发展环境 / 第一节 发展成就 reviews the last five years (both annotators of a 2021
    banner's 十四五 outline, the probe's seventh batch): no task; the work chapters hold them."""
    doc = parse_text("某旗国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展环境\n\n第一节 发展成就\n\n经济基础更加稳固。\n\n"
                     "第二节 发展机遇\n\n面临新的机遇。\n\n第二章 重点任务\n\n第一节 壮大特色产业\n\n推进产业升级。\n\n"
                     "第二节 完善基础设施\n\n建设道路。\n")
    assert [t.anchor for t in doc.tasks] == ["壮大特色产业", "完善基础设施"]


def test_a_group_heading_that_names_its_owner_gives_the_items_their_unit():
    """A task list grouped by who owns it (一、县示范区管委会牵头工作(8项) / 1.… 2.…; 二、县发改局、县财政局
    负责事项): each item without a clause of its own takes the group's units, lead for 牵头, responsible
    for 负责 (both annotators of a 2025 county task list, the probe's fifth batch). An item's own
    clause wins; a heading that names no unit (加强工作落实) gives none."""
    doc = parse_text("2025年县政府工作报告任务清单\n\n一、县示范区管委会牵头工作(8项)\n\n1.建设养殖基地。\n\n2.打造生产基地。\n\n"
                     "二、县发改局、县财政局负责事项(2项)\n\n3.推进项目建设。\n\n4.加强资金保障。(县审计局负责)\n\n"
                     "三、加强工作落实\n\n5.强化督查。\n")
    units = {"/".join(t.path): [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units == {"一/1": [("县示范区管委会", "lead")], "一/2": [("县示范区管委会", "lead")],
                     "二/3": [("县发改局", "responsible"), ("县财政局", "responsible")],
                     "二/4": [("县审计局", "responsible")], "三/5": []}


def test_a_plan_set_out_department_by_department_gives_each_item_its_heading_body():
    """十五、省人力资源和社会保障厅 / (一)… (二)… / 十六、省商务厅 / (一)…: a plan set out body by body, and
    saved from the middle of its list (it opens on 十五、, after three items of the list before it):
    each item is its heading's body's work (both annotators of a 2009 province's plan, probe batch
    40). A heading that is a layout (二、空间布局) or a national body whose duties an emergency plan
    lists (2.1 国家粮食应急工作指挥部) gives nothing."""
    doc = parse_text("关于印发全省新农村建设工程实施方案的通知\n\n(一)完善农村低保制度。\n(二)新建敬老院35所。\n"
                     "十五、省人力资源和社会保障厅\n(一)开展选聘高校毕业生到村任职工作。\n(二)开展养老保险试点工作。\n"
                     "十六、省商务厅\n(一)新建1500个农家店。\n(二)家电下乡销售达到10亿元。\n")
    units = {"/".join(t.path): [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units == {"(一)": [], "(二)": [],
                     "十五/(一)": [("省人力资源和社会保障厅", "responsible")],
                     "十五/(二)": [("省人力资源和社会保障厅", "responsible")],
                     "十六/(一)": [("省商务厅", "responsible")], "十六/(二)": [("省商务厅", "responsible")]}
    for head in ("空间布局", "国家粮食应急工作指挥部", "市场布局"):
        doc = parse_text(f"某市实施方案\n\n一、{head}\n(一)优化产业功能。\n(二)完善设施配套。\n二、保障措施\n(一)加强领导。\n")
        assert all(not t.units for t in doc.tasks), head


def test_field_lines_between_items_are_no_site_footer_and_a_town_is_a_unit():
    """(1)… / 主办单位:县城投公司,协办单位:住建局、凤城镇。 / (2)…: a line of an item's fields between
    its items is no site footer's 主办单位 (the items go on after it), and a town named whole
    (凤城镇) is a unit (both annotators of a 2021 county's 为民办实事 plan, probe batch 41). A
    footer after the last item still ends the body -- and so does the last item's own field line,
    which nothing after it tells from a footer (left as it is)."""
    doc = parse_text("2021年县委、县政府为民办实事工作计划\n\n一、人居环境提升工程\n\n(1)实施老旧小区改造提升。\n\n"
                     "主办单位:县城投公司,协办单位:住建局、凤城镇。\n\n(2)提升含光人行桥景观。\n\n"
                     "主办单位:县建发公司,协办单位:住建局、江南镇。\n\n二、公共服务提升工程\n\n(1)建设学校。\n\n"
                     "主办单位:教育局。\n\n主办单位:连江县人民政府办公室 承办单位:连江县信息中心\n")
    units = {"/".join(t.path): [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units == {"一/(1)": [("县城投公司", "lead"), ("住建局", "cooperating"), ("凤城镇", "cooperating")],
                     "一/(2)": [("县建发公司", "lead"), ("住建局", "cooperating"), ("江南镇", "cooperating")],
                     "二/(1)": []}
    assert "承办单位" not in doc.norm[doc.body_start:doc.body_end]


def test_a_scoring_standard_assigns_no_work():
    """关于印发《…考核指标评分标准》的通知: its numbered items say what is scored and what it is
    worth, no tasks (both annotators of a 2020 county's standard, probe batch 42); the inspections
    it counts stay targets."""
    text = ("关于印发2020年度各乡镇应急管理工作目标管理责任制考核指标评分标准的通知\n\n"
            "2020年度各乡镇应急管理工作目标管理责任制考核指标评分标准\n\n一、安全生产(40分)\n"
            "1.乡镇党政联席会议研究安全生产不少于4次(4分)。\n2.乡镇主要负责人每月至少督查1次安全生产工作(4分)。\n")
    doc = parse_text(text)
    assert doc.genre == "standard" and doc.tasks == []
    assert [(t.value, t.unit) for t in doc.targets] == [(4, "次"), (1, "次")]
    plan = parse_text(text.replace("考核指标评分标准", "考核工作方案"))
    assert plan.genre == "plan" and len(plan.tasks) == 2


def test_a_covering_notices_own_points_are_not_the_plan_it_issues():
    """一、加强工作统筹… 二、… 三、… (the notice's requests) / 武汉市人民政府办公厅 / 2022年1月22日 /
    2022年市《政府工作报告》目标任务 / 责任分解方案 / 一、… (the plan, cut by the copy's end): the
    plan's items are the tasks, not the notice's points (both annotators of probe batches 43 and
    44). With no plan after the signature, the notice's points stay its body."""
    notice = ("各区人民政府,市人民政府各部门:\n\n《2022年市〈政府工作报告〉目标任务责任分解方案》已经市人民政府同意,现印发给你们。\n\n"
              "一、加强工作统筹,科学制订办理方案。各责任单位要制订工作方案。\n\n"
              "二、层层压实责任,积极推进办理工作。\n\n三、精准高效督办,确保完成目标任务。\n\n"
              "武汉市人民政府办公厅\n\n2022年1月22日\n\n")
    plan = ("2022年市《政府工作报告》目标任务\n\n责任分解方案\n\n一、经济社会发展主要预期目标\n\n"
            "(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府)\n\n"
            "(二)城镇新增就业25万人。(牵头单位:市人社局)\n")
    doc = parse_text(notice + plan)
    assert [t.path for t in doc.tasks] == [("一", "(一)"), ("一", "(二)")]
    assert doc.meta.title == "2022年市《政府工作报告》目标任务责任分解方案"
    alone = parse_text(notice)
    assert [t.path for t in alone.tasks] == [("一",), ("二",), ("三",)]


def test_an_item_that_names_only_helpers_keeps_its_groups_owner():
    """(三)省编办牵头的工作 / 1.… / 2.… 协同单位:Y (a 2008 province's division of work, the probe's
    23rd batch, both annotators): an item whose own clause names only who assists takes the
    group's lead as well; a group heading with one paragraph under it is the task and leads it.
    An own clause naming who leads or is responsible still wins, and helpers under a heading that
    names no owner stay alone."""
    doc = parse_text("2008年省人民政府工作目标责任分解\n\n一、省长负责的工作\n\n(一)省监察厅牵头的工作\n\n"
                     "加强行政监察工作。\n\n(二)省编办牵头的工作\n\n1.深化行政管理体制改革。\n\n"
                     "2.积极稳妥地推进乡镇机构改革。\n协同单位:省财政厅、省人事厅。\n\n"
                     "3.推进事业单位改革。(省人事厅负责)\n\n二、加强工作落实\n\n(一)强化督查。\n协同单位:省审计厅。\n")
    units = {"/".join(t.path): [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units == {"一/(一)": [("省监察厅", "lead")],
                     "一/(二)/1": [("省编办", "lead")],
                     "一/(二)/2": [("省编办", "lead"), ("省财政厅", "cooperating"), ("省人事厅", "cooperating")],
                     "一/(二)/3": [("省人事厅", "responsible")],
                     "二/(一)": [("省审计厅", "cooperating")]}


# ---- a text cut after its 一、 (a page saved in part: no 二、 follows) -------------

CUT_PRINCIPLES = ("长沙市稳定经济运行实施方案\n为统筹疫情防控与经济社会秩序恢复,制定本方案。\n一、总体要求\n(一)指导思想\n"
                  "以新时代中国特色社会主义思想为指导,统筹推进各项工作。\n(二)基本原则\n"
                  "1.坚持统一领导。坚决服从统一指挥。\n2.坚持科学指导。按照科学、合理、适度的要求。\n3.坚持分类施策。要分区分级制定差异化措施。\n")


def test_a_lone_yi_over_lower_numbers_is_the_top_of_a_cut_text():
    """一、 / (一) / (二) / 1. 2. 3. with no 二、 (the copy ends first): 一、 is still the top and
    the numbers below run under it, so the items of 基本原则 are principles, not tasks (both
    probe annotators, batches 5 and 9); a division of work cut the same way keeps its paths."""
    assert [t.path for t in parse_text(CUT_PRINCIPLES).tasks] == []
    work = CUT_PRINCIPLES.replace("一、总体要求", "一、重点工作").replace("(二)基本原则", "(二)稳定经济运行")
    assert [t.path for t in parse_text(work).tasks] == [("一", "(二)", "1"), ("一", "(二)", "2"), ("一", "(二)", "3")]
    # an arabic list before the 一、 is the text's own top level, the lone 一、 after it changes nothing
    first = "某某实施方案\n1.加强领导。\n2.完善机制。\n3.强化保障。\n一、附则\n本方案自印发之日起施行。\n"
    assert [t.path[0] for t in parse_text(first).tasks][:3] == ["1", "2", "3"]


def test_a_heading_that_only_groups_parts_without_work_is_no_task():
    """一、把握总体要求,明确工作目标 / (一)总体要求 / (二)工作目标: its heading names work
    words, but everything under it is requirements and goals (GUIDE: not tasks)."""
    t = ("关于全面推进政务公开工作的实施意见\n一、把握总体要求,明确工作目标\n(一)总体要求\n坚持以公开为常态。\n"
         "(二)工作目标\n到2020年,政务公开工作总体迈上新台阶。\n二、推进决策公开\n(一)推进决策过程公开。\n(二)推进执行公开。\n")
    assert [x.path for x in parse_text(t).tasks] == [("二", "(一)"), ("二", "(二)")]


def test_parenthesized_digit_code_points_are_headings_and_goals_paired_with_tasks_hold_work():
    """⑴ … ⒇ (one code point each, as older pages write (1) … (20)) number headings like (1);
    and a heading that pairs the goals with the division of work (一、主要目标和任务分工) holds
    tasks: each indicator there with its 责任单位 line is one (both probe annotators, batch 10)."""
    t = ("辽宁省人民政府办公厅关于落实规划任务分工的通知\n一、主要目标和任务分工\n(一)主要规划指标。\n1.约束性指标。\n"
         "⑴九年义务教育巩固率达到97%。\n责任单位:省教育厅。\n⑵耕地保有量保持在6120万亩。\n责任单位:省国土资源厅。\n"
         "⑽城镇保障性安居工程建设。\n牵头单位:省住房城乡建设厅。\n二、保障措施\n(一)加强组织领导。\n")
    got = [(x.path, [(u.name, u.role) for u in x.units]) for x in parse_text(t).tasks]
    assert got[:3] == [(("一", "(一)", "1", "(1)"), [("省教育厅", "responsible")]),
                       (("一", "(一)", "1", "(2)"), [("省国土资源厅", "responsible")]),
                       (("一", "(一)", "1", "(10)"), [("省住房城乡建设厅", "lead")])]
    goals = t.replace("一、主要目标和任务分工", "一、主要目标").replace("责任单位:省教育厅。\n", "")
    assert ("一", "(一)", "1", "(1)") not in [x.path for x in parse_text(goals).tasks]


@pytest.mark.parametrize("clause, first", [
    ("(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)", ["省发改委", "省交通运输厅", "省财政厅"]),
    ("(财政厅、发展改革委、教育厅。列在首位的为牵头部门或单位,有关部门和单位按职责分工负责,下同)",
     ["财政厅", "发展改革委", "教育厅"]),
])
def test_a_role_rule_after_a_full_stop_inside_the_clause(clause, first):
    """(A、B、C负责。列第一位的为牵头部门,下同) and (A、B、C。列在首位的为牵头部门或单位,有关部门
    和单位按职责分工负责,下同): the rule stated after a full stop inside the bracket is the
    same rule (probe batches 10 and 11, Fujian 2011 and Jiangxi 2017 divisions of work); the
    clause is read, its first unit leads, and so does the next clause's."""
    t = "一、加快建设\n(一)推进交通。\n1.加快建设高速公路。" + clause + "\n2.推进铁路建设。(省交通运输厅、省发改委负责)\n"
    got = [[(u.name, u.role) for u in x.units] for x in parse_text(t).tasks]
    assert got == [[(first[0], "lead"), (first[1], "responsible"), (first[2], "responsible")],
                   [("省交通运输厅", "lead"), ("省发改委", "responsible")]]


def test_a_rule_for_later_items_with_a_qualification_in_a_square_bracket():
    """[市水务局牵头,…,各县(市)区政府负责落实。以下均需各县(市)区政府落实,区政府无相关工作职能的,由市政府直属
    责任部门负责相关工作,不再列出)] (a 2018 city plan copied with a stray bracket; both probe annotators,
    batch 16): the clause's units, and the rule stated once gives later items the counties."""
    from extract.pipeline import parse_text
    t = ("某市水污染防治工作方案\n一、总体要求\n坚持节水优先。\n二、主要任务\n(一)实施最严格水资源管理。\n"
         "1.控制用水总量。强化用水监督管理。[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。以下均需各县(市)"
         "区政府落实,区政府无相关工作职能的,由市政府直属责任部门负责相关工作,不再列出)]\n2.严控地下水超采。加强管理。(市水务局负责)\n")
    d = parse_text(t)
    assert [(x.path[-1], [(u.name, u.role) for u in x.units]) for x in d.tasks] == [
        ("1", [("市水务局", "lead"), ("市工信委", "cooperating"), ("市城乡建设局", "cooperating"), ("各县(市)区政府", "responsible")]),
        ("2", [("市水务局", "responsible"), ("各县(市)区政府", "responsible")])]


def test_a_rule_for_later_items_in_a_tortoise_shell_bracket_reaches_an_item_without_a_clause():
    """〔A、B等按职责分工负责。责任单位:C、D。以下均需C、D落实,不再列出。〕 (a 2024 city plan, probe batch 13,
    both annotators): a later item of the same list without a clause of its own takes C and D; a
    later section of another depth (三、保障措施) does not (the annotators of a PDF plan of the
    development set).  A clause in 〔〕 and one closed by a full stop inside, (…负责。), are read, and so is the
    list before the label (A、B等按职责分工负责。), both annotators' first item."""
    from extract.pipeline import parse_text
    t = ("某市降碳工作实施方案\n一、主要任务\n(一)推进产业结构优化调整\n"
         "1.加强生态环境准入管理。严格落实要求。〔市生态环境局、发展改革委等按职责分工负责。责任单位:各县(市、区)人民政府、"
         "各开发园区管委。以下均需各县(市、区)人民政府、各开发园区管委落实,不再列出。〕\n"
         "2.坚决遏制高耗能项目盲目发展。严控严管。\n3.推进节能。加强审查。〔市发展改革委负责〕\n"
         "4.推进绿色建筑。加强管理。(市住房城乡建设局负责。)\n二、保障措施\n(一)加强组织领导。各地要加强领导。\n")
    d = parse_text(t)
    counties = [("各县(市、区)人民政府", "responsible"), ("各开发园区管委", "responsible")]
    got = {x.path[-1]: [(u.name, u.role) for u in x.units] for x in d.tasks}
    # (the bracket's first sentence is a list of its own: its bodies and the labelled ones are all item 1's)
    assert got["1"] == [("市生态环境局", "responsible"), ("市发展改革委", "responsible")] + counties
    assert got["2"] == counties
    assert got["3"] == [("市发展改革委", "responsible")] + counties
    assert got["4"] == [("市住房城乡建设局", "responsible")] + counties
    assert got["(一)"] == [] and len(got) == 5


def test_a_progress_reports_sections_are_no_tasks_and_hold_no_targets():
    """区政府督查办's report on the year's tasks in its first quarter (probe batch 16, both annotators):
    一、10项经济社会发展预期目标情况 / 二、…任务进展情况 report progress; the table of goals attached is the work."""
    from extract.pipeline import parse_text
    t = ("区政府:\n现将具体情况报告如下。\n一、10项经济社会发展预期目标情况\n今年10项指标均符合预期,地区生产总值增长率预计在20%左右。\n"
         "二、137项重点工作任务进展情况\n137项任务均正常推进,预计能够完成年度任务。\n三、加强督查\n下一步,新建督查平台2个。(区政府督查办负责)\n")
    d = parse_text(t)
    assert [x.path for x in d.tasks] == [("三",)]
    assert [(x.anchor, x.value) for x in d.targets] == [("督查平台", 2)]


def test_lines_of_lead_and_cooperating_responsible_units_under_an_item():
    """1.全市生产总值增长8.5%。 / 牵头负责领导:… / 牵头责任单位:… / 协同责任单位:… (a 2019 city division of work,
    both probe annotators of batch 18): the lines are the item's fields, not paragraphs of their own.
    (各直属机构 takes the 市政府 of the collective before it: both annotators of batch 18 and of batch 50
    write 市政府各直属机构; this test once pinned the bare name the pipeline gave.)"""
    from extract.pipeline import parse_text
    d = parse_text("某市关于2019年重点工作及责任分解的通知\n一、确保完成全年主要预期目标\n1.全市生产总值增长8.5%。\n"
                   "牵头负责领导:市政府常务副市长。\n牵头责任单位:市发展改革委。\n协同责任单位:市政府各部门、各直属机构。\n"
                   "2.财政收入与经济增长同步。\n牵头负责领导:市政府常务副市长。\n牵头责任单位:市财政局。\n协同责任单位:市税务局等。\n")
    assert [(t.path, [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        (("一", "1"), [("市发展改革委", "lead"), ("市政府各部门", "cooperating"), ("市政府各直属机构", "cooperating")]),
        (("一", "2"), [("市财政局", "lead"), ("市税务局", "cooperating")])]


def test_a_line_that_only_names_units_under_an_item_gives_its_units():
    """2.纳入…补贴。 / 市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会 (a city gazette's division of work
    whose table lost its cells' borders, both probe annotators of batch 21): the line of units is
    the row's unit cell.  A line of prose, or a line of units under no numbered item, gives none."""
    from extract.pipeline import parse_text
    from extract.find.structure import unit_line
    t = ("工作措施\n责任单位\n一、加大财政金融支持力度\n1.对重点企业给予设备购置补贴。\n"
         "市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会\n2020年12月\n"
         "2.全部由政府兜底采购收储。\n市财政局等,各县、市、区政府\n")
    d = parse_text(t)
    assert [(x.path, [u.name for u in x.units]) for x in d.tasks] == [
        (("一", "1"), ["市经信局", "市财政局", "各县、市、区政府", "咸宁高新区管委会"]),
        (("一", "2"), ["市财政局", "各县、市、区政府"])]
    assert not unit_line("加强组织领导,明确责任分工") and not unit_line("各县区人民政府,市政府各部门:")
    assert unit_line("省科技厅、省发展改革委") and not unit_line("省科技厅")
    # a copy that leads each cell with the table's bar (| 市企业发展促进局、市发改委: a 2012 city's task
    # table, probe batch 123): the units without it, their spans on the names
    b = parse_text(t.replace("\n市经信局", "\n| 市经信局"))
    assert [u.name for u in b.tasks[0].units] == ["市经信局", "市财政局", "各县、市、区政府", "咸宁高新区管委会"]
    assert all(b.norm[u.start:u.end] == u.name for u in b.tasks[0].units if "、" not in u.name)


COMPLETION_REPORT = ("截止2019年12月31日,某市“十件实事”涉及的16项工作任务全面完成。具体情况如下:\n"
                     "一、减少农村扶贫对象6.76万人;实施易地扶贫搬迁18695人。(责任单位:市扶贫办、市移民局,各县区政府〈管委会〉)\n"
                     "1.减少农村扶贫对象6.76万人(责任单位:市扶贫办,各县区)\n"
                     "此项工作已完成。截至2019年12月底,全市完成减少农村扶贫对象7.497万人,其中:西秀区完成6962人。\n"
                     "2.实施易地扶贫搬迁18695人。(责任单位:市移民局,西秀区、普定县、镇宁自治县)\n"
                     "此项工作已完成。截至2019年12月底,全市建设易地扶贫搬迁安置点6个。\n"
                     "二、解决6万人农村饮水安全问题。(责任单位:市水务局)\n"
                     "1.完成水源工程。\n2.完成管网改造。\n")


def test_a_completion_reports_items_parents_places_and_results():
    """A 2019 city report on its 十件实事 (probe batch 24, both annotators): an item whose own
    clause differs from those of every item under it is a task as well; a county named in a
    labelled list is a unit as written (西秀区, 镇宁自治县: divisions of rules/divisions.tsv),
    an angle bracket gives an alias (各县区政府〈管委会〉); a paragraph opened by 此项工作已完成
    reports results: no targets, no deadlines. A clause over items without their own stays
    their default (二 is no task)."""
    doc = parse_text(COMPLETION_REPORT)
    units = {"/".join(t.path): [u.name for u in t.units] for t in doc.tasks}
    assert units == {"一": ["市扶贫办", "市移民局", "各县区政府"], "一/1": ["市扶贫办", "各县区"],
                     "一/2": ["市移民局", "西秀区", "普定县", "镇宁自治县"],
                     "二/1": ["市水务局"], "二/2": ["市水务局"]}
    values = [t.value for t in doc.targets]
    assert 7.497 not in values and 6962 not in values
    assert not [t for t in doc.targets if "安置点" in t.anchor]
    assert {6.76, 18695} <= set(values)
    assert [d.text for d in doc.deadlines if d.text.startswith("截至")] == []
    # the same items as a plan's (no result lines): their figures stay targets
    plan = parse_text(COMPLETION_REPORT.replace("此项工作已完成。", ""))
    assert 7.497 in [t.value for t in plan.targets]


def test_a_clause_line_closing_a_group_of_items_is_the_groups():
    """1.完善应急预案体系 / (1)… (2)… (3)… / (责任单位:市直各有关单位、各县(市、区)人民政府): the clause alone on its
    line after the last item, none before it naming units, is the whole group's (both annotators of
    a 2017 city responsibility breakdown, probe batch 26). Items that name their own units keep
    them, and a closing line of helpers only (协同单位:…) stays the last item's."""
    text = ("某市应急体系建设规划责任分解\n1.完善应急预案体系\n(1)加强应急预案管理。\n(2)推进应急预案精编化。\n"
            "(3)加强应急预案演练。\n(责任单位:市直各有关单位、各县(市、区)人民政府)\n2.健全应急管理体制\n(1)推进办事机构建设。\n"
            "(2)加强基层应急管理。(责任单位:市应急办)\n(3)完善运行机制。\n(责任单位:市编办)\n")
    units = {"/".join(t.path): [u.name for u in t.units] for t in parse_text(text).tasks}
    group = ["市直各有关单位", "各县(市、区)人民政府"]
    assert units["1/(1)"] == units["1/(2)"] == units["1/(3)"] == group
    assert units["2/(1)"] == [] and units["2/(2)"] == ["市应急办"] and units["2/(3)"] == ["市编办"]
    helpers = parse_text(text.replace("(责任单位:市直各有关单位、各县(市、区)人民政府)", "协同单位:市财政局、市人事局。"))
    h = {"/".join(t.path): [u.name for u in t.units] for t in helpers.tasks}
    assert h["1/(1)"] == [] and h["1/(3)"] == ["市财政局", "市人事局"]


PROGRESS_REPORT = ("2020年初,县督查局对市政府下达的工作责任目标进行细化分解,明确责任和完成时限。现将工作落实情况汇报如下:\n"
                   "1.全社会固定资产投资增速高于全省平均水平。\n1-11月固定资产投资同比增长6.3%,全市第3位。\n"
                   "2.改扩建1所中心敬老院,护理床位达到50%以上。\n我县对第一托养中心进行了改建,增加了护理型床位50张,9月28日投入使用。\n"
                   "3.完成20所敬老院适老化改造。(县民政局负责)\n已为20所敬老院开辟了无障碍通道。\n")


def test_a_progress_reports_items_and_results():
    """现将工作落实情况汇报如下: its numbered items restate the work it was given, with no unit of
    their own (no tasks), and the lines under each report results (no targets, no deadlines);
    an item that names its units stays a task (both annotators of a 2020 county supervision
    report, probe batch 22). The same lines under a plan's opening are read as a plan."""
    doc = parse_text(PROGRESS_REPORT)
    assert [[u.name for u in t.units] for t in doc.tasks] == [["县民政局"]]
    assert sorted(t.value for t in doc.targets) == [1, 20, 50]       # 1所, 50%, 20所 of the items
    assert not [d for d in doc.deadlines if "9月28日" in d.text]
    plan = parse_text(PROGRESS_REPORT.replace("现将工作落实情况汇报如下", "现制定工作方案如下"))
    assert len(plan.tasks) == 3 and 6.3 in [t.value for t in plan.targets]


def test_things_to_be_done_counted_out_are_items():
    """一、实事内容 / 第一件实事:全市新增城镇就业4.2万人… / 第二件实事:… (both annotators of a 2008 city notice
    on its 10件实事, probe batch 28): each 第N件实事: opens an item, path ['一', '第一件实事']; a sentence
    that only names one (第一件实事是…) opens none."""
    doc = parse_text("关于认真办理市政府2008年度10件实事的通知\n一、实事内容\n第一件实事:全市新增城镇就业4.2万人。\n"
                     "第二件实事:改造建设2000公里通乡、通村公路。\n二、工作要求\n各地要加强领导。\n")
    assert [t.path for t in doc.tasks][:2] == [("一", "第一件实事"), ("一", "第二件实事")]
    assert doc.tasks[0].anchor.startswith("全市新增城镇就业")
    plain = parse_text("某市2008年重点工作方案\n一、重点工作\n第一件实事是全市新增城镇就业4.2万人。\n")
    assert [t.path for t in plain.tasks] == [("一",)]


def test_goal_items_two_levels_down_that_name_their_owners_are_tasks():
    """一、2022年主要预期目标 / (一)主要经济指标。 / 1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局)
    (both annotators of a 2022 county-level city's division, probe batch 30): an item under a
    goals section that names who owns it is assigned work, also where a grouping line stands
    between; goal items naming nobody stay goals."""
    text = ("某市2022年重点工作任务分解方案\n一、2022年主要预期目标\n(一)主要经济指标。\n"
            "1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局)\n2.城镇新增就业5000人。\n"
            "二、重点工作\n(一)推进项目建设。(责任单位:市发改局)\n")
    got = [(t.path, [u.name for u in t.units]) for t in parse_text(text).tasks]
    assert got == [(("一", "(一)", "1"), ["市发改局", "市统计局"]), (("二", "(一)"), ["市发改局"])]


DIVISION_OF_REPORT = """某市人民政府关于落实政府工作报告重点工作的任务分工
一、任务分工
(一)总体要求
1.坚持稳中求进工作总基调,确保十四五开好局起好步。(市政府各部门分别负责,年内持续推进)
(二)今年发展主要预期目标
2.地区生产总值增长6.5%。粮食产量达到228.5万吨。(市发展改革委、市财政局、市农业农村委、市商务局、人民"""


def test_items_of_a_requirements_heading_inside_a_division_of_work_that_name_owners_are_tasks():
    # 一、任务分工 / (一)总体要求 / 1.…(市政府各部门分别负责): the requirements heading holds no work
    # of its own, but inside a part that divides the work an item naming its owners is assigned
    # it; the last clause, cut by the copy's end, gives the units written in full
    doc = parse_text(DIVISION_OF_REPORT, "d.txt")
    got = {t.path: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert got == {("一", "(一)", "1"): [("市政府各部门", "responsible")],
                   ("一", "(二)", "2"): [("市发展改革委", "responsible"), ("市财政局", "responsible"),
                                        ("市农业农村委", "responsible"), ("市商务局", "responsible")]}


def test_items_of_a_requirements_heading_outside_a_division_of_work_stay_no_tasks():
    text = DIVISION_OF_REPORT.replace("一、任务分工\n", "一、总体安排\n")
    doc = parse_text(text, "d.txt")
    assert ("一", "(一)", "1") not in {t.path for t in doc.tasks}


def test_a_cut_clause_keeps_the_units_its_role_word_closes():
    # (市城管局、发改委、市行政审批局牵头,各 -- cut by the copy's end after the role word: the three
    # leads are whole; only what follows the role word was cut
    text = ("一、重点任务\n1.稳步推进清洁供暖。禁止新建燃煤集中供热站。\n"
            "2.推进煤改电。(市城管局、市发改委、市行政审批局牵头,各")
    doc = parse_text(text, "d.txt")
    got = {t.path: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert got[("一", "2")] == [("市城管局", "lead"), ("市发改委", "lead"), ("市行政审批局", "lead")]


def test_a_line_under_an_item_opened_by_you_names_its_units_over_commas():
    # 由漯阜铁路公司、市发展改革委,川汇区、商水县人民政府,市经济开发区管委会负责落实: a line of its
    # own whose list runs over commas; the shared 人民政府 is each county's
    text = ("一、强化项目带动战略\n1.抓好189个市级重点项目。\n由市发展改革委,各县市区人民政府,市东新区管委会负责落实\n"
            "2.全面完成铁路复线电气化改造。\n由漯阜铁路公司、市发展改革委,川汇区、商水县人民政府,市经济开发区管委会负责落实\n")
    doc = parse_text(text, "d.txt")
    got = {t.path: [u.name for u in t.units] for t in doc.tasks}
    assert got == {("一", "1"): ["市发展改革委", "各县市区人民政府", "市东新区管委会"],
                   ("一", "2"): ["漯阜铁路公司", "市发展改革委", "川汇区人民政府", "商水县人民政府", "市经济开发区管委会"]}


def test_items_of_an_indicators_section_are_goals_unless_they_name_owners():
    """一、2010年全市促进就业目标责任制主要指标 / 1、全市年末城镇登记失业率控制在4%以内。: the indicators a notice
    sets are goals, not tasks (both annotators of a 2010 city's notice, probe batch 49); one that names
    who owns it is assigned work all the same (GUIDE.md)."""
    from extract.pipeline import parse_text
    text = ("某市人民政府办公室关于下达2010年促进就业工作目标责任制的通知\n(某政办〔2010〕41号)\n各县(市、区)人民政府:\n"
            "一、2010年全市促进就业目标责任制主要指标\n1、全市年末城镇登记失业率控制在4%以内。\n"
            "2、全市城镇新增就业人数5.8万人以上。\n二、各级政府要把促进就业作为优先目标。\n三、各级财政要加大投入。\n")
    d = parse_text(text)
    assert [t.path for t in d.tasks] == [("二",), ("三",)]
    assert d.meta.title == "某市人民政府办公室关于下达2010年促进就业工作目标责任制的通知"
    assert d.meta.doc_number == "某政办〔2010〕41号"
    owned = text.replace("控制在4%以内。", "控制在4%以内。(市人社局负责)")
    assert [t.path for t in parse_text(owned).tasks] == [("一", "1"), ("二",), ("三",)]


def test_a_work_part_heading_the_copys_end_cuts_before_its_first_item_is_no_task():
    """二、主要工作任务 / (一 -- the copy ends before the part's first item: the heading only names the
    part, no task of its own (both annotators of a 2019 city's division, probe batch 30); a goals
    heading that ends the copy with its own work, or a work heading that is not the last, is read
    as before."""
    from extract.pipeline import parse_text
    head = "某市2019年重点工作责任分解\n一、主要目标\n(一)地区生产总值增长8%。(牵头单位:市发改委)\n"
    assert [t.path for t in parse_text(head + "二、主要工作任务\n(一").tasks] == [("一", "(一)")]
    kept = parse_text(head + "二、主要工作任务\n(一)推进项目建设。(牵头单位:市发改委)\n")
    assert [t.path for t in kept.tasks] == [("一", "(一)"), ("二", "(一)")]
    other = parse_text(head + "二、推进项目建设\n加快项目进度")
    assert [t.path for t in other.tasks] == [("一", "(一)"), ("二",)]
    own = parse_text(head + "二、主要任务\n2024年全区下达农村危房改造任务4894户,各地须应纳尽纳")
    assert [t.path for t in own.tasks] == [("一", "(一)"), ("二",)]


def test_a_schedule_or_check_heading_with_no_items_is_no_task():
    """五、工作进度 / 2012年4月底前…; 七、验收办法 …: dates and steps, no task (both annotators of a 2012
    province's health plan, probe batch 53); 六、工作安排 stating the work itself stays one (a
    State Council pilot plan, gold-fresh), as does a schedule heading carrying a clause."""
    from extract.pipeline import parse_text
    text = ("某省新建村卫生室实施方案\n一、目标任务\n新建村卫生室250个。\n二、资金筹措\n省级财政补助。\n"
            "三、工作进度\n2012年4月底前完成选址,10月底前全部建成。\n四、验收办法\n由省卫生厅组织验收。\n"
            "五、工作安排\n联合采购办公室汇总用量信息,起草并发布集中采购公告。\n")
    paths = [t.path for t in parse_text(text).tasks]
    assert ("三",) not in paths and ("四",) not in paths and ("五",) in paths
    owned = parse_text(text.replace("10月底前全部建成。", "10月底前全部建成。(省卫生厅负责)"))
    assert ("三",) in [t.path for t in owned.tasks]


def test_a_page_that_opens_on_items_numbered_into_their_words():
    """1组织好元宵节戏曲晚会; / 2尽快成立…指挥部; / … / (五)加快机构改革步伐。 / 三、…: a page saved from the middle
    of a list, its items' numbers run into their words (both annotators of a 2010 city's near-term work,
    probe batch 53): each is a task. A number before a measure (2月26日, 6个) is none, nor one whose
    numbering does not run on."""
    from extract.pipeline import parse_text
    text = ("1组织好元宵节戏曲晚会;\n2尽快成立主题公园规划建设指挥部;\n3加快殷墟大遗址公园建设;\n4加快职业教育园区规划建设。\n"
            "(五)加快机构改革步伐。市直机关2月份完成。\n(六)抓紧完成目标考核。\n三、副市长近期重点工作。\n(一)筹备好三个大会。\n"
            "四、副市长近期重点工作。\n(一)卫生工作。\n")
    anchors = [t.anchor for t in parse_text(text).tasks]
    assert anchors[:4] == ["组织好元宵节戏曲晚会", "尽快成立主题公园规划建设指挥部", "加快殷墟大遗址公园建设", "加快职业教育园区规划建设"]
    lone = parse_text("某县工作方案\n一、重点任务\n(一)加强管理。\n6个乡镇完成改造。\n(二)推进建设。\n二、保障措施\n(一)加强领导。\n")
    assert all(not t.anchor.startswith("个乡镇") for t in lone.tasks)


def test_items_under_a_line_that_says_notes_are_no_tasks():
    """说明 / 1.《政府工作报告》任务分解意见是对…的分解 / 2.…: notes on the document, no tasks (both annotators of a
    2022 city's division of its work report, probe batch 55); the same items under a heading are read."""
    from extract.pipeline import parse_text
    notes = ("某市2022年《政府工作报告》任务分解意见\n说明\n1.任务分解意见是对报告的分解。\n2.各部门细化落实举措。\n"
             "3.各区县对照落实。\n")
    assert parse_text(notes).tasks == []
    work = notes.replace("说明\n", "一、重点工作\n")
    assert len(parse_text(work).tasks) == 3


def test_a_bodys_internal_division_after_its_bracket_and_a_rule_that_later_items_need_cooperation():
    """(省环保厅牵头)厅内分工:规财处牵头,水处、环科院配合 (both annotators of a 2017 provincial department's
    division of its plan, probe batch 68): the divisions after the label are units with their role words,
    a two-character 处 among them; 以下均需地方各级政府配合,不再列出 makes 地方各级政府 cooperate on every
    later item."""
    from extract.pipeline import parse_text
    t = ("某省生态环境保护规划重点工作任务分工方案\n一、约束性指标分工安排\n"
         "1.化学需氧量排放总量减少6%。(省环保厅牵头,地方各级政府配合。以下均需地方各级政府配合,不再列出)厅内分工:"
         "规财处牵头,水处、环科院配合。\n"
         "2.地表水质量达到或好于Ⅲ类水体比例达到59.7%。(省环保厅牵头)厅内分工:水处牵头,监测站、环科院配合。\n"
         "3.消除劣V类水体。(水处牵头,规财处、环科院配合)\n")
    got = {x.path[-1]: [(u.name, u.role) for u in x.units] for x in parse_text(t).tasks}
    gov = ("地方各级政府", "cooperating")
    assert got["1"] == [("省环保厅", "lead"), gov, ("规财处", "lead"), ("水处", "cooperating"), ("环科院", "cooperating")]
    assert got["2"] == [("省环保厅", "lead"), ("水处", "lead"), ("监测站", "cooperating"), ("环科院", "cooperating"), gov]
    assert got["3"] == [("水处", "lead"), ("规财处", "cooperating"), ("环科院", "cooperating"), gov]


def test_a_goal_line_that_names_its_lead_is_a_task_anchored_on_its_words():
    """(二)主要目标 / 到2018年底,全市主要经济指标如下: / ——地区生产总值增长7.5%;(牵头部门:市发改委) (both annotators
    of a 2018 city's plan, probe batch 72): each goal line with its own clause is a task (GUIDE.md: every
    paragraph that carries a responsibility clause), its anchor the words without the dash or the clause;
    a goal line without a clause is none."""
    from extract.pipeline import parse_text
    t = ("某市2018年工作实施方案\n一、总体要求\n(一)指导思想\n以新发展理念为指导。\n(二)主要目标\n"
         "到2018年底,全市主要经济指标如下:\n——地区生产总值增长7.5%;(牵头部门:市发改委)\n"
         "——一般公共预算收入增长12%;(牵头部门:市财政局)\n——城乡居民收入稳步增长。\n"
         "二、重点任务\n(一)推进开放\n1.提升新区整体实力。加快建设。(责任单位:市商务局)\n")
    got = [(x.path, x.anchor, [(u.name, u.role) for u in x.units]) for x in parse_text(t).tasks]
    assert got == [(("一", "(二)", "¶2"), "地区生产总值增长7.5%", [("市发改委", "lead")]),
                   (("一", "(二)", "¶3"), "一般公共预算收入增长12%", [("市财政局", "lead")]),
                   (("二", "(一)", "1"), "提升新区整体实力", [("市商务局", "responsible")])]


def test_a_page_from_the_middle_of_a_plan_and_a_heading_that_names_its_items_lead():
    """(十)提升城市美誉度(牵头单位:市园林绿化局) / 39.… [责任单位:…] / 40.… / (十一)…(牵头单位:市文化和旅游局) / 42.…
    (both annotators of a 2023 city's action plan, page 4 of its copy, probe batch 74): the (十) run is the
    level above the items numbered through; its lead leads each item under it, and the heading is no task.
    A heading with a 责任单位 clause over items with their own clauses stays a task (probe batch 24)."""
    from extract.pipeline import parse_text
    t = ("(十)提升城市美誉度(牵头单位:市园林绿化局)\n39.持续壮大花卉产业。推进花卉小镇建设。[责任单位:市农业农村局、市商务局]\n"
         "40.绿化美化人居环境。增加城市绿量。[责任单位:各县(市)区人民政府,市园林绿化局]\n"
         "41.加快公园城市建设。编制总体规划。[责任单位:市自然资源规划局]\n"
         "(十一)强化历史文化名城品牌(牵头单位:市文化和旅游局)\n42.加大历史文化名城保护力度。开展保护。\n")
    got = [(x.path, [(u.name, u.role) for u in x.units]) for x in parse_text(t).tasks]
    assert got == [(("(十)", "39"), [("市园林绿化局", "lead"), ("市农业农村局", "responsible"), ("市商务局", "responsible")]),
                   (("(十)", "40"), [("市园林绿化局", "lead"), ("各县(市)区人民政府", "responsible"),
                                    ("市园林绿化局", "responsible")]),
                   (("(十)", "41"), [("市园林绿化局", "lead"), ("市自然资源规划局", "responsible")]),
                   (("(十一)", "42"), [("市文化和旅游局", "lead")])]


def test_units_named_as_the_works_lead_and_helpers_in_a_sentence():
    """州交通运输局为该议案办理工作的牵头责任单位,… / 州发改委、州旅游委、…为协办单位,… (both annotators of a 2012
    prefecture's plan for a congress motion, probe batch 75): lead and cooperating units of the section."""
    from extract.pipeline import parse_text
    t = ("某州议案办理工作方案\n一、成立领导小组\n成立工作领导小组。\n二、明确工作责任\n州交通运输局为该议案办理工作的牵头责任单位,"
         "负责拟定办理工作总体实施方案。州发改委、州财政局、建始县政府为协办单位,各单位要互相配合。\n")
    got = {x.path[-1]: [(u.name, u.role) for u in x.units] for x in parse_text(t).tasks}
    assert got["二"] == [("州交通运输局", "lead"), ("州发改委", "cooperating"), ("州财政局", "cooperating"),
                        ("建始县政府", "cooperating")]


def test_an_item_the_copy_cuts_at_its_number_is_no_task():
    """16.国家级渔港建设项目 / (1)崇武国家中心渔港 / (2)| (both annotators of a 2009 province's key-project list, probe
    batch 75): the last number has no words."""
    from extract.pipeline import parse_text
    t = "某省重点项目名单\n一、重点项目\n1.国家级渔港建设项目\n(1)崇武国家中心渔港\n(2)\n"
    assert [x.path for x in parse_text(t).tasks] == [("一", "1", "(1)")]


def test_a_campaigns_scope_and_the_goals_each_party_must_meet_are_no_tasks():
    """二、专项治理范围 / 全市所有食用农产品销售市场。 / 三、专项治理目标 / …至少分别实现以下目标: / (一)市场开办者 / 1.… 2.…
    (both annotators of a 2018 county bureau's forwarded plan, probe batch 77): scope and goals, no work assigned;
    the measures after them are tasks."""
    from extract.pipeline import parse_text
    t = ("某市食用农产品市场专项治理实施方案\n一、总体要求\n推动保障水平提升。\n二、专项治理范围\n全市所有食用农产品销售市场。\n"
         "三、专项治理目标\n全市所有市场开办者至少分别实现以下目标:\n(一)市场开办者\n1.建立健全食品安全管理制度。\n"
         "2.主要负责人落实食品安全管理制度。\n四、工作措施\n(一)开展排查。全面排查市场。(市市场监管局负责)\n")
    assert [x.path for x in parse_text(t).tasks] == [("四", "(一)")]


def test_an_item_of_a_progress_reports_section_that_names_its_owner():
    """二、131项重点工作任务进展情况 / …推进较为滞后的7项任务分别是: / 1.实现数字经济增加值增长7%。1-6月,…(责任单位:
    区经济信息委) (both annotators of a 2022 district supervision report, probe batch 79): an item that names who owns
    it is a task; a progress section without such items holds none (both annotators of its 2021 report)."""
    from extract.pipeline import parse_text
    t = ("某区政府督查办关于2022年区政府工作报告重点任务上半年推进情况的报告\n区政府:\n现将有关情况报告如下。\n"
         "一、10项经济社会发展预期目标情况\n1-6月,2项指标符合预期。\n二、131项重点工作任务进展情况\n"
         "131项重点工作任务中,124项任务正常推进,7项任务推进较为滞后,分别是:\n"
         "1.实现数字经济增加值增长7%。1-6月,同比增长仅为1.2%,与全年目标有较大差距。(责任单位:区经济信息委)\n"
         "2.拆除新山路沿线10万平方米违法建筑。1-6月,仅完成0.75万平方米。(责任单位:区城市管理局)\n")
    got = [(x.path, [u.name for u in x.units]) for x in parse_text(t).tasks]
    assert got == [(("二", "1"), ["区经济信息委"]), (("二", "2"), ["区城市管理局"])]


def test_items_marked_by_a_list_glyph_before_their_numbers_with_a_cited_number_in_their_clause():
    """◈ 1.…(皖发〔2021〕9号,各市政府负责) / ◈ 2.… (a province's policy list, both annotators of probe batch 82): each
    numbered item is a task, and its clause names who carries it out after the policy it cites."""
    d = parse_text("“双招双引”支持实体经济发展政策清单\n一、产业发展支持政策(81条)\n"
                   "◈ 1.鼓励各地设立招商引资专项资金,按一定比例给予奖励补助。(皖发〔2021〕9号,各市政府负责)\n"
                   "◈ 2.调整优化制造强省资金使用方向,对升级项目给予奖补支持。(皖发〔2021〕9号,省经济和信息化厅等负责)\n")
    assert [(t.path, [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        (("一", "1"), [("各市政府", "responsible")]), (("一", "2"), [("省经济和信息化厅", "responsible")])]


def test_lines_opened_by_the_units_they_charge():
    """三、责任分工 / 各乡镇:负责… / 区统计局:负责… (both annotators of a 2020 district bureau's plan, probe batch 81):
    each line is a task whose units are the ones it opens with; a line that sets a body up names none."""
    d = parse_text("某区农业结构调整工作推进方案\n一、总体思路\n推进调整。\n二、责任分工\n各乡镇:负责结合绿化造林等工作,增加生态绿化面积。\n"
                   "区统计局:负责将调减的面积落实到统计数据中。\n区农业农村局:负责统筹协调农业结构调整工作。\n")
    assert [(t.path, [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        (("二", "¶1"), [("各乡镇", "responsible")]), (("二", "¶2"), [("区统计局", "responsible")]),
        (("二", "¶3"), [("区农业农村局", "responsible")])]
    d = parse_text("某街道城市管理提升方案\n一、工作目标\n提升管理。\n二、组织架构\n成立工作专班:负责组织协调推动城市管理提升工作。\n")
    assert all(not t.units for t in d.tasks)


def test_a_public_notice_asking_for_views_on_the_plan_it_attaches():
    """关于征集对2023年连云港市民生实事项目 / 实施情况专题询问意见建议的通告 / … 1. 您比较关注哪些方面的民生问题? / 二、征集意见和
    建议的时间 / … / 附件: / 2023年连云港市民生实事项目 / 一、教育惠民领域 / 1. 新建中小学15所。(牵头单位:市教育局;共同责任
    单位:市发改委,各县区) (both annotators of a 2023 city congress committee's notice, probe batch 86): the attached list
    is the plan, 共同责任单位 are responsible; the notice's questions and how to send views are no work."""
    d = parse_text("关于征集对2023年连云港市民生实事项目\n实施情况专题询问意见建议的通告\n现向社会各界征集对2023年连云港市民生实事项目(见附件)"
                   "实施情况的意见和建议。一、征集意见和建议的主要内容\n1. 您比较关注哪些方面的民生问题?\n2. 您想了解哪几项民生实事的进展情况?\n"
                   "二、征集意见和建议的时间\n即日起至8月5日\n三、反映意见和建议的方式\n联系电话:85800393\n市人大社会建设委员会\n2023年7月24日\n"
                   "附件:\n2023年连云港市民生实事项目\n一、教育惠民领域\n1. 新建中小学15所、改扩建8所。(牵头单位:市教育局;共同责任单位:市发改委,各县区)\n"
                   "2. 完成全市义务教育学校灯光照明改造。(牵头单位:市教育局;共同责任单位:各县区)\n")
    assert [(t.path, [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        (("一", "1"), [("市教育局", "lead"), ("市发改委", "responsible"), ("各县区", "responsible")]),
        (("一", "2"), [("市教育局", "lead"), ("各县区", "responsible")])]


def test_a_label_with_a_note_before_its_colon():
    """责任处室、单位(按处室、单位顺序排列,下同):秘书组秘书处、办公室、组干处 (both annotators of a 2025 provincial
    department's work points, probe batch 86): the units after the note, the label none of them."""
    d = parse_text("2025年全省教育工作要点\n一、推动教育强省建设。\n1、健全重点任务落实机制。筹备召开全省教育大会。\n"
                   "责任处室、单位(按处室、单位顺序排列,下同):秘书组秘书处、办公室、组干处、人事处(人才工作处)。\n"
                   "2、加强教育改革发展战略谋划实施。开展研究。\n责任处室、单位:发展规划处。\n")
    assert [[u.name for u in t.units] for t in d.tasks] == [["秘书组秘书处", "办公室", "组干处", "人事处"], ["发展规划处"]]


def test_a_groups_closing_clause_followed_by_its_time_limit():
    """二十、… / 整改措施: / (一)… (二)… (三)… / 责任单位:市城管执法局、各区政府 / 完成时限:2017年9月底前,长期坚持。 (both
    annotators of a 2017 city's rectification plan, probe batch 88): the clause is every measure's, the time limit
    after it notwithstanding."""
    d = parse_text("某市整改方案\n十九、餐饮油烟问题突出。\n整改目标:提升管理水平。\n整改措施:\n(一)完善工作机制,明确工作责任。\n"
                   "(二)严格落实实名制管理制度。\n(三)建立联合执法机制。\n责任单位:市城管执法局、各区政府\n完成时限:2017年9月底前,长期坚持。\n"
                   "二十、扬尘管控不力。\n")
    assert [(t.path, [u.name for u in t.units]) for t in d.tasks] == [
        (("十九", "(一)"), ["市城管执法局", "各区政府"]), (("十九", "(二)"), ["市城管执法局", "各区政府"]),
        (("十九", "(三)"), ["市城管执法局", "各区政府"]), (("二十",), [])]


def test_sentences_that_each_close_with_their_clause_and_run_on():
    """1.主要指标的责任部门。 / 常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元…降低20%。(市经委牵头)… (a 2006
    municipality's division of its plan's goals, both annotators of probe batch 113): each sentence with its clause
    is a task, under a goals heading too, and a clause on the line after its sentence closes it."""
    from extract.pipeline import parse_text
    text = ("关于印发某纲要任务分工的通知\n一、分工原则\n(一)明确政府职责。充分体现政府与市场的不同功能。\n二、责任主体及工作分工\n"
            "(一)主要目标。\n对确定的主要约束性指标进行分解,各有关部门要确保完成。\n1.主要指标的责任部门。\n"
            "常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)"
            "万元工业增加值取水量降低20%。(市节水办、市经委牵头)耕地保有量保持在国务院确定的面积。\n(市国土房管局牵头)\n")
    d = parse_text(text)
    assert [(t.path, [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        (("二", "(一)", "1", "¶1"), [("市人口计生委", "lead"), ("市公安局", "lead")]),
        (("二", "(一)", "1", "¶2"), [("市经委", "lead")]),
        (("二", "(一)", "1", "¶3"), [("市节水办", "lead"), ("市经委", "lead")]),
        (("二", "(一)", "1", "¶4"), [("市国土房管局", "lead")])]


@pytest.mark.parametrize("open_, close", [("(", ")"), ("[", "]")], ids=["round", "square"])
def test_a_clause_holding_two_rules_stated_once_and_units_every_later_item_includes(open_, close):
    """[A、B等按职责分工负责。排名第一的为牵头单位,下同。本条及以下责任单位均包括C,不再重复列举] (both
    annotators of a 2025 city's measures, probe batch 123): the clause's own units, the first the lead,
    and C -- a unit this item and every later one includes -- responsible in each."""
    from extract.pipeline import parse_text
    t = ("一、促进增收\n(一)稳定扩大就业。发放创业担保贷款金额不低于10亿元。" + open_ +
         "市人社局、市商务局等按职责分工负责。排名第一的为牵头单位,下同。本条及以下责任单位均包括各县市区政府(管委会),"
         "不再重复列举" + close + "\n(二)助力农民增收。深入开展消费帮扶。(市农业农村局、市发改委等按职责分工负责)\n")
    got = [[(u.name, u.role) for u in x.units] for x in parse_text(t).tasks]
    gov = ("各县市区政府", "responsible")
    assert got == [[("市人社局", "lead"), ("市商务局", "responsible"), gov],
                   [("市农业农村局", "lead"), ("市发改委", "responsible"), gov]]


def test_a_sentence_that_says_who_carries_out_the_item_together():
    """(二)交通项目。…共投资400万元。由县民族局、交通局共同组织实施。 (a 2005 region's plan, both annotators of probe
    batch 128): the closing sentence names the item's units, responsible, the county's prefix lent on."""
    from extract.pipeline import parse_text
    d = parse_text("一、目标\n二、建设内容\n(一)交通项目。新建通村屯公路20条,共投资400万元。由县民族局、交通局共同组织实施。\n"
                   "(二)桥梁项目。新建桥梁2座。\n")
    assert [[(u.name, u.role) for u in t.units] for t in d.tasks] == [
        [("县民族局", "responsible"), ("县交通局", "responsible")], []]


def test_a_section_defining_the_plans_words_holds_no_tasks():
    """六、本行动相关用语的含义 (a 2016 city's campaign, both annotators of probe batch 127): definitions, no work."""
    from extract.pipeline import parse_text
    d = parse_text("某市专项行动安排\n一、整治范围\n全市。\n二、工作任务\n(一)整治露天烧烤。取缔露天烧烤。\n"
                   "三、本行动相关用语的含义\n(一)露天烧烤,是指在室外进行的烧烤。\n")
    assert [t.path for t in d.tasks] == [("二", "(一)")]


def test_a_years_work_summary_before_the_plan_holds_no_tasks_or_targets():
    """一、2021年工作总结 / … / 二、2022年工作计划 (a 2022 street's summary and plan, both annotators of probe batch
    132): the summary reports what was done; the plan's items are the tasks and its figures the targets."""
    from extract.pipeline import parse_text
    d = parse_text("某街道2021年工作总结及2022年工作计划\n一、2021年工作总结\n(一)逆势奋战交出优异答卷\n"
                   "1.强化人员摸排。摸排数据18525条,管理来长人员5666人。\n二、2022年工作计划\n"
                   "(一)抓好疫情防控。新建采样点20个。\n")
    assert [t.path for t in d.tasks] == [("二", "(一)")]
    assert [(t.value, t.unit) for t in d.targets] == [(20, "个")]


def test_a_clause_naming_the_items_it_covers_gives_its_units_to_each_of_them():
    """1.…(1-3项牵头落实单位:省编办、发展改革委…) / 2.… / 3.… / 4.… (a 2017 provincial department's division of the
    province's work points, both annotators of probe batch 124): the clause after item 1 covers items 1-3; item 4, out
    of its range, and the items of another list keep only their own units.  Its range counts nothing."""
    from extract.pipeline import parse_text
    d = parse_text("一、任务分解\n(一)推进公开\n"
                   "1.以清单管理推动简政放权。及时公开清单。(1-3项牵头落实单位:省编办、发展改革委。完成时限:全年工作)\n"
                   "责任处室:人事处牵头\n2.及时公开规范性文件。\n责任处室:政法处\n3.公开抽查结果。\n"
                   "4.推进政务服务。\n责任处室:信息考评处\n(二)推进信息公开\n1.公开预算。\n责任处室:财务处\n")
    got = {"/".join(t.path): [(u.name, u.role) for u in t.units] for t in d.tasks}
    prov = [("省编办", "lead"), ("省发展改革委", "lead")]
    assert got["一/(一)/1"] == prov + [("人事处", "lead")]
    assert got["一/(一)/2"] == prov + [("政法处", "responsible")]
    assert got["一/(一)/3"] == prov
    assert got["一/(一)/4"] == [("信息考评处", "responsible")]
    assert got["一/(二)/1"] == [("财务处", "responsible")]
    assert d.targets == []


def test_a_range_that_leaves_out_its_own_item_is_spread_nowhere():
    """(5-7项责任单位:…) written under item 1 is no clause about items 1's list that this reader can trust: it
    stays item 1's own clause only."""
    from extract.pipeline import parse_text
    d = parse_text("一、任务\n1.公开清单。(5-7项责任单位:市商务局)\n2.公开文件。(责任单位:市司法局)\n"
                   "5.公开预算。\n6.公开决算。\n")
    got = {"/".join(t.path): [u.name for u in t.units] for t in d.tasks}
    assert got["一/1"] == ["市商务局"] and got["一/2"] == ["市司法局"]
    assert got["一/5"] == [] and got["一/6"] == []


def test_a_clause_line_among_a_headings_opening_paragraphs_is_shared_by_its_items():
    """一、问题… / 原因分析:… / 整改时限… / 责任单位:普定县委、县政府 / 整改措施 / 1.… / 2.… (a 2017 city's rectification
    list, both annotators of probe batch 138): the clause is the problem's, given to each measure; it is no task of its
    own.  A paragraph whose clause is not alone on its line stays a task."""
    from extract.pipeline import parse_text
    d = parse_text("一、某县保护饮用水水源不力\n原因分析:认识不足。\n整改时限2017年9月30日前\n责任单位:普定县委、县政府\n"
                   "整改措施\n1.制定饮用水源搬迁方案。\n2.替代火石坡水库饮用水源。\n")
    assert [(t.path, [u.name for u in t.units]) for t in d.tasks] == [
        (("一", "1"), ["普定县委", "县政府"]), (("一", "2"), ["普定县委", "县政府"])]


def test_a_sentence_naming_who_does_the_work_then_going_on():
    """由市湖泊管理局统筹,江川区、澄江市、通海县[以下简称“三县(市、区)”]和市直有关部门负责,围绕…; 全县…工作由县农业局具体
    负责,农业局要… (both annotators of a 2023 city's plan and of a 2008 county's notice, probe batch 138; GUIDE.md:
    clauses inside the text): 统筹 leads, the places are their governments, the alias note is no part of a name;
    所需经费由… names who pays, no unit."""
    from extract.pipeline import parse_text
    d = parse_text("二、主要任务\n(一)实施循环利用行动。由市湖泊管理局统筹,江川区、澄江市、通海县[以下简称“三县(市、区)”]和市直"
                   "有关部门负责,围绕截污目标,推动工程建设。\n(二)实施治理行动。全县甘薯基地建设工作由县农业局具体负责,农业局要制定方案。\n"
                   "(三)保障经费。所需经费由县财政局负责,专款专用。\n")
    got = [[(u.name, u.role) for u in t.units] for t in d.tasks]
    assert got == [[("市湖泊管理局", "lead"), ("江川区", "responsible"), ("澄江市", "responsible"), ("通海县", "responsible"),
                    ("市直有关部门", "responsible")], [("县农业局", "responsible")], []]


def test_projects_whose_sentence_says_who_organises_them():
    """区直项目由区直主管部门负责组织;市属项目由各市人民政府负责组织。 (a 2005 region's list of major projects, both
    annotators of probe batch 141): each names its unit, responsible."""
    from extract.pipeline import parse_text
    d = parse_text("一、项目安排\n共安排项目100项。\n二、项目开工的组织形式\n区直项目由区直主管部门负责组织;市属项目由各市人民政府负责组织。\n")
    assert [[(u.name, u.role) for u in t.units] for t in d.tasks if t.path == ("二",)] == [
        [("区直主管部门", "responsible"), ("各市人民政府", "responsible")]]


def test_a_host_unit_under_a_lead_label_of_its_clause_is_responsible_and_a_review_of_where_a_plan_stands_has_no_tasks():
    """(牵头领导:…;牵头单位:市农办;主办单位:市编办、市教育局): under a 牵头 label, 主办 is the second tier, responsible
    (both annotators of a 2006 city's division of its key work, probe batch 149); alone (主办单位:A;协办单位:B) it
    leads.  一、现实基础 (一)综合实力稳中有进 reviews where the plan stands: no task there (both annotators of a 2022
    province's five-year plan, probe batch 152)."""
    from extract.pipeline import parse_text
    d = parse_text("20、深化农村综合改革。(牵头领导:吴依殿;牵头单位:市农办;主办单位:市编办、市教育局)\n"
                   "21、完善乡村文化设施。(主办单位:市广电局;协办单位:市财政局)\n")
    assert [[(u.name, u.role) for u in t.units] for t in d.tasks] == [
        [("市农办", "lead"), ("市编办", "responsible"), ("市教育局", "responsible")],
        [("市广电局", "lead"), ("市财政局", "cooperating")]]
    e = parse_text("某省县域经济发展规划\n一、现实基础\n(一)综合实力稳中有进\n2020年,全省县域地区生产总值实现6075.8亿元。\n"
                   "(二)主导产业架构形成\n各县依托资源禀赋,合理定位产业方向。\n二、重点任务\n(一)壮大县域产业。培育主导产业。\n")
    assert [t.path for t in e.tasks] == [("二", "(一)")]


def test_a_top_level_item_introducing_the_conditions_it_lists_is_one_task():
    """三、…发现存在下列情况的,将约谈…: / 1、…的 / 2、…的: the conditions are no tasks, the item is (both annotators of a
    2013 provincial bureau's notice, probe batch 154); a top-level part over items of its own stays a chapter."""
    from extract.pipeline import parse_text
    d = parse_text("各市安全生产监督管理局:\n一、企业必须全部制定隐患自查自纠方案。\n二、县级安监部门要制定检查工作方案。\n"
                   "三、省、市两级安监部门要采取明察暗访方式进行检查,发现存在下列情况的,将约谈当地县级安监部门主要负责人:\n"
                   "1、辖区内存在三家采石场不按开采设计施工的;\n2、发现存在三家矿山没有按照批准的设计进行开采的;\n")
    assert [t.path for t in d.tasks] == [("一",), ("二",), ("三",)]
    e = parse_text("某市实施方案\n一、主要任务\n(一)加强监管。对存在下列情况的企业开展检查:\n1.未按设计开采的;\n2.未制定方案的。\n"
                   "(二)强化执法。依法查处违法行为。\n")
    assert [t.path for t in e.tasks] == [("一", "(一)"), ("一", "(二)")]


def test_a_paragraph_stating_work_before_its_clause_under_a_heading_is_its_own_task():
    """(一)交通畅行工程 / 结合实施…行动计划,提高道路承载能力,…。(省公安厅牵头,…等参与) / 1.… / 2.…: the paragraph
    is a task (GUIDE: every paragraph that carries a responsibility clause) and its items do not share its
    clause (both annotators of a 2017 province's action plan, probe batch 162); a clause alone under the
    heading (市园林局牵头负责。) is still the heading's, shared by its items."""
    d = parse_text("某市城市治理行动方案\n一、总体要求\n到2020年,问题得到有效破解。\n二、主要任务\n(一)交通畅行工程\n"
                   "结合实施城市道路交通文明畅通提升行动计划,提高道路承载能力,使道路通行更加有序顺畅。"
                   "(市公安局牵头,市文明办、市住房城乡建设局等参与)\n"
                   "1.完善城市综合交通规划和专项规划。落实空间布局要求,形成道路网络系统。\n"
                   "2.加强停车设施建设。推进公共停车场建设。\n(二)绿化工程\n市园林局牵头负责。\n"
                   "1.增加绿地。加强管理。\n2.建设公园。加强监管。\n")
    got = {t.path: [(u.name, u.role) for u in t.units] for t in d.tasks}
    assert got == {("二", "(一)", "¶1"): [("市公安局", "lead"), ("市文明办", "cooperating"),
                                         ("市住房城乡建设局", "cooperating")],
                   ("二", "(一)", "1"): [], ("二", "(一)", "2"): [],
                   ("二", "(二)", "1"): [("市园林局", "lead")], ("二", "(二)", "2"): [("市园林局", "lead")]}


def test_a_projects_particulars_numbered_as_items_are_no_tasks():
    """一、名 称: … / 二、主管单位:… / 三、实施单位:… / 四、实施地点:… / 五、实施规模和主要内容:… (a 2018 prefecture's subsidy plan,
    both annotators of probe batch 163): a form describing the project; items that only open with a label stay tasks."""
    d = parse_text("某州2018年草原生态保护补助奖励实施方案\n一、名 称: 某州2018年草原生态保护补助奖励实施方案\n"
                   "二、主管单位:省农牧厅、财政厅\n三、实施单位:某州人民政府\n四、实施地点:某州\n"
                   "五、实施规模和主要内容:全州实施禁牧面积1180万亩\n六、实施年限:2018年度\n")
    assert d.tasks == []
    e = parse_text("某县工作方案\n一、重点任务\n1.加强监管:开展专项检查。\n2.强化宣传:组织宣传活动。\n3.完善制度:健全长效机制。\n")
    assert [t.path for t in e.tasks] == [("一", "1"), ("一", "2"), ("一", "3")]


def test_a_sentence_naming_the_owner_of_the_n_items_it_closes_gives_them_its_units():
    # 4项目标的责任单位均为X after items 1-4: the four items are X's; 该目标… only its own item;
    # 2项… after 7-8 gives 7 as well
    text = ("某市目标管理工作方案\n\n一、目标体系\n1.地区生产总值增长15%;\n2.第三产业增加值达到1000亿元;\n"
            "3.固定资产投资新增200亿元;\n4.人均生产总值达到4000美元;\n4项目标的责任单位均为市发展改革委。\n"
            "5.工业销售收入达到3000亿元;\n该目标责任单位为市经委。\n6.财政收入净增50亿元;\n"
            "7.利用外资达到8亿美元;\n8.消费品零售总额增长16%;\n2项目标的责任单位均为市商务局。\n")
    got = dict(summary(text))
    assert got == {
        "一/1": [("市发展改革委", "responsible")], "一/2": [("市发展改革委", "responsible")],
        "一/3": [("市发展改革委", "responsible")], "一/4": [("市发展改革委", "responsible")],
        "一/5": [("市经委", "responsible")], "一/6": [],
        "一/7": [("市商务局", "responsible")], "一/8": [("市商务局", "responsible")],
    }


def test_a_counted_owner_sentence_leaves_items_with_units_of_their_own_and_a_count_that_does_not_fit():
    text = ("某市目标管理工作方案\n\n一、目标体系\n1.地区生产总值增长15%。(责任单位:市统计局)\n"
            "2.第三产业增加值达到1000亿元;\n2项目标的责任单位均为市发展改革委。\n"
            "3.财政收入净增50亿元;\n5项目标的责任单位均为市财政局。\n")
    got = dict(summary(text))
    assert got["一/1"] == [("市统计局", "responsible")]
    assert got["一/2"] == [("市发展改革委", "responsible")]
    assert got["一/3"] == [("市财政局", "responsible")]


def test_headings_numbered_on_over_items_numbered_anew_are_the_level_above_and_a_government_heading_owns_its_items():
    """(三)闻喜县政府 / 1、…7、 / (四)稷山县政府 / 1、… (a page saved from the middle of a 2006 city's plan, both annotators
    of probe batch 180): the (三)/(四) run parts the items, and each government owns the items under it unless an item
    names its own units."""
    text = ("某市整治方案\n\n(三)闻喜县政府\n1、彻底清除企业,2006年底前完成。\n2、严厉打击违法采矿行为,2006年8月底前取缔。\n"
            "(四)稷山县政府\n1、严格执行有关规定,2006年底前完成。(县环保局负责)\n2、依法淘汰小炼铁,2007年底前完成。\n")
    assert summary(text) == [
        ("(三)/1", [("闻喜县政府", "responsible")]), ("(三)/2", [("闻喜县政府", "responsible")]),
        ("(四)/1", [("县环保局", "responsible")]), ("(四)/2", [("稷山县政府", "responsible")])]


def test_items_numbered_on_under_their_headings_keep_the_items_as_the_level_when_headings_restart():
    # 1.… (一)… (二)… 2.… (一)…: the (一)/(二) number anew, so they part nothing and the items stay the top level
    text = ("某市方案\n\n1.加强组织领导\n(一)成立领导小组。\n(二)明确责任分工。\n2.强化督查考核\n(一)定期督查。\n(二)严格考核。\n")
    assert [p for p, _ in summary(text)] == ["1", "2"]


def test_an_overview_section_holds_no_tasks_and_its_figures_are_no_targets():
    """一、全区地质灾害概况 / 全区共有地质灾害隐患点214处,威胁3244户11774人 (both annotators of a 2024 district's hazard plan,
    probe batch 189): where things stand, no work and no commitment."""
    from extract.pipeline import parse_text
    d = parse_text("某区2024年地质灾害防治方案\n\n一、全区地质灾害概况\n全区共有地质灾害隐患点214处,威胁3244户11774人。\n"
                   "二、防治任务\n(一)开展隐患排查。年内完成排查100处。\n")
    assert [t.path for t in d.tasks] == [("二", "(一)")]
    assert [(t.value, t.unit) for t in d.targets] == [(100, "处")]
