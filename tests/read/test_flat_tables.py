"""Tables a copy flattened to one cell per line are read back as tables.

The real case: a crawled Markdown national plan (corpus/real/shanghai-md,
十四五国家应急体系规划) prints its 专栏1 主要指标 as 序号 / 指标 / 预期值 / 属性 and then
each row's cells on lines of their own; its seven indicator targets were lost.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import parse_file
from extract.read.flat_tables import unflatten

ROOT = Path(__file__).resolve().parents[2]


def flat(*cells: str) -> str:
    return "\n\n".join(cells)


def flat_doc(title: str, cells: list):
    """The document a title line over a table copied one cell a line (blank lines between) reads as."""
    from extract.pipeline import parse_text
    new, tables = unflatten(title + "\n" + flat(*cells) + "\n")
    return parse_text(new, tables=tables)


INDICATORS = flat("专栏1　“十四五”时期主要指标", "序号", "指　　标", "预期值", "属性",
                  "1", "生产安全事故死亡人数", "下降15%", "约束性",
                  "2", "重特大生产安全事故起数", "下降20%", "约束性",
                  "3", "年均每十万人受灾人次", "<15000", "预期性") + "\n\n应急管理体制机制更加完善。"


def test_a_flattened_table_becomes_rows_whose_cells_keep_their_spans():
    text, tables = unflatten("前言。\n\n" + INDICATORS)
    assert len(tables) == 1
    rows = [[c.text for c in r.cells] for r in tables[0].rows]
    assert rows == [["序号", "指　　标", "预期值", "属性"], ["1", "生产安全事故死亡人数", "下降15%", "约束性"],
                    ["2", "重特大生产安全事故起数", "下降20%", "约束性"], ["3", "年均每十万人受灾人次", "<15000", "预期性"]]
    for r in tables[0].rows:
        assert text[r.start:r.end] == " | ".join(c.text for c in r.cells)
        for c in r.cells:
            assert text[c.start:c.end] == c.text
    assert text.startswith("前言。\n\n专栏1") and text.endswith("\n\n应急管理体制机制更加完善。")


def test_group_lines_between_rows_are_rows_spanning_the_table():
    t = flat("序号", "重点任务", "牵头单位", "完成时限", "一、强化创新", "1", "建设创新平台。", "市科技局", "2025年底",
             "2", "培育企业。", "市经信局", "持续推进", "二、优化环境", "3", "优化营商环境。", "市发改委", "2026年底")
    text, (table,) = unflatten(t + "\n\n后文。")
    assert [r.cells[0].text for r in table.rows] == ["序号", "一、强化创新", "1", "2", "二、优化环境", "3"]
    assert [c.merged for c in table.rows[1].cells] == [None, "left", "left", "left"]
    assert "一、强化创新\n1 | 建设创新平台。 | 市科技局 | 2025年底" in text


def test_an_unnumbered_group_line_before_row_one_is_a_group_row(tmp_path):
    """序号 / 名称 / 工作任务 / 主要责任单位 / 经济社会发展主要预期目标分解(15项) / 1 / …: the line before
    row 1 is a group that names and counts the rows, not a fifth header cell (row 1 runs to
    the 2 in four lines; a 2011 city's division of its work report's tasks, probe batch 19);
    its rows are tasks, and its count is no target (rules/targets.yaml target.group_count)."""
    t = flat("序号", "名称", "工作任务", "主要责任单位", "经济社会发展主要预期目标分解(15项)",
             "1", "地区生产总值", "地区生产总值增长12%", "市发改委、统计局",
             "2", "财政收入", "地方财政一般预算收入增长12%以上", "市财政局、国税局、地税局")
    text, (table,) = unflatten(t + "\n\n后文。")
    assert [r.cells[0].text for r in table.rows] == ["序号", "经济社会发展主要预期目标分解(15项)", "1", "2"]
    assert [c.text for c in table.rows[0].cells] == ["序号", "名称", "工作任务", "主要责任单位"]
    f = tmp_path / "plan.txt"
    f.write_text("某市2011年政府工作任务分解表\n\n" + t, encoding="utf-8")
    doc = parse_file(f)
    assert [(x.path[-1], [u.name for u in x.units]) for x in doc.tasks] == [
        ("1", ["市发改委", "市统计局"]), ("2", ["市财政局", "市国税局", "市地税局"])]
    assert sorted(x.value for x in doc.targets) == [12, 12]


def test_a_header_cell_before_row_one_stays_a_header_cell():
    """The same shape whose fifth line is a short column word (备注), rows of five cells: a
    header of five, no group."""
    t = flat("序号", "名称", "工作任务", "主要责任单位", "备注",
             "1", "地区生产总值", "地区生产总值增长12%", "市发改委", "无",
             "2", "财政收入", "地方财政一般预算收入增长12%", "市财政局", "无")
    _, (table,) = unflatten(t)
    assert [c.text for c in table.rows[0].cells] == ["序号", "名称", "工作任务", "主要责任单位", "备注"]
    assert len(table.rows) == 3


@pytest.mark.parametrize("text", [
    flat("序号", "指标", "1", "甲", "2", "乙"),                                # two columns: a list, not a table
    flat("序号", "指标", "预期值", "1", "甲", "5"),                            # one row
    flat("序号", "指标名称和计算方法，见附表", "预期值", "1", "甲", "5", "2", "乙", "6"),   # a sentence, not a label
    "序号：2025-01\n\n指标\n\n预期值\n\n1\n\n甲\n\n5\n\n2\n\n乙\n\n6",            # 序号 opening a field
    "本方案共有序号1至3的任务。",
])
def test_what_is_not_a_flattened_table_is_left_alone(text):
    assert unflatten(text) == (text, [])


def test_a_row_that_leaves_out_a_merged_cell_is_read_by_what_its_lines_are():
    """A merged cell written once leaves its later rows short.  Each line goes to the
    column it fits (a task, a date, units), so nothing shifts into the wrong column, and
    the cell left out is covered by the one above (GUIDE.md: a merged cell printed once
    applies to every row it spans)."""
    t = flat("序号", "任务", "牵头单位", "完成时限", "1", "任务甲。", "市科技局", "2025年底",
             "2", "任务乙。", "市经信局", "2026年底", "3", "任务丙。", "2026年底", "4", "任务丁。", "市发改委", "2027年底")
    text, (table,) = unflatten(t)
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["序号", "任务", "牵头单位", "完成时限"], ["1", "任务甲。", "市科技局", "2025年底"],
        ["2", "任务乙。", "市经信局", "2026年底"], ["3", "任务丙。", "", "2026年底"], ["4", "任务丁。", "市发改委", "2027年底"]]
    assert table.rows[3].cells[2].merged == "up"


# a county bureau's task list as a web page's copy writes it (probe batch 11): merged cells
# only in the first row they span, the header's 责任股室(单位) broken over two lines, a unit
# cell of three printed lines, a person's name with a blank in it
UNEQUAL = flat("序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "(单位)", "备注",
               "1", "公共服务", "免费开放服务人次较上年增长15%。", "12月底前", "张三", "宣传股", "文化馆", "图书馆",
               "2", "组织惠民演出不少于100场。", "执法大队",
               "3", "推进总分馆制建设。",
               "4", "文化产业", "培育文化服务企业1家。", "5月底", "李 四", "产业股",
               "5", "完成年度任务。") + "\n\n二、保障措施\n\n加强领导。"


def test_rows_of_unequal_length_become_a_table_with_merged_cells():
    text, (table,) = unflatten(UNEQUAL)
    got = [[("^" if c.merged == "up" else c.text) for c in r.cells] for r in table.rows]
    assert got == [
        ["序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室(单位)", "备注"],
        ["1", "公共服务", "免费开放服务人次较上年增长15%。", "12月底前", "张三", "宣传股 文化馆 图书馆", ""],
        ["2", "^", "组织惠民演出不少于100场。", "^", "^", "执法大队", "^"],
        ["3", "^", "推进总分馆制建设。", "^", "^", "^", "^"],
        ["4", "文化产业", "培育文化服务企业1家。", "5月底", "李 四", "产业股", "^"],
        ["5", "^", "完成年度任务。", "^", "^", "^", "^"]]
    assert text.endswith("\n\n二、保障措施\n\n加强领导。")
    for r in table.rows:
        for c in r.cells:
            assert text[c.start:c.end] == c.text


def test_rows_of_unequal_length_give_tasks_with_inherited_units():
    from extract.pipeline import parse_text
    new, tables = unflatten("2019年文化旅游工作任务分解表\n" + UNEQUAL)
    d = parse_text(new, tables=tables)
    got = [(t.path[-1], [u.name for u in t.units]) for t in d.tasks if t.path[0] == "表"]
    assert got == [("1", ["宣传股", "文化馆", "图书馆"]), ("2", ["执法大队"]), ("3", ["执法大队"]), ("4", ["产业股"]),
                   ("5", ["产业股"])]


def test_a_row_the_copy_cuts_inherits_no_units():
    """…5 / 聚焦保税加工…建设进度。 / 沈 (a 2024 district table whose copy ends inside row 5's 牵头单位
    cell, both annotators of probe batch 29): the cells the copy lost are not merged cells, so the
    row takes no units from the one above; a last row whose lines all fit keeps inheriting."""
    from extract.pipeline import parse_text
    cut = UNEQUAL.split("\n\n二、保障措施")[0] + "\n\n产"
    new, tables = unflatten("2019年文化旅游工作任务分解表\n" + cut)
    d = parse_text(new, tables=tables)
    got = [(t.path[-1], [u.name for u in t.units]) for t in d.tasks if t.path[0] == "表"]
    assert got[-1] == ("5", [])
    assert got[:4] == [("1", ["宣传股", "文化馆", "图书馆"]), ("2", ["执法大队"]), ("3", ["执法大队"]), ("4", ["产业股"])]


def test_a_task_line_after_the_units_opens_a_sub_row():
    """项目 1's lines hold two items (①…, ②…), each with its own progress and units."""
    t = flat("序号", "项目名称", "主", "要 内 容", "进度要求", "责任单位",
             "1", "更新改造生活服务设施", "①提标改造70个老旧小区。", "一季度完成立项;四季度完成改造。", "市住建局", "各县区政府",
             "②新建改造26座城市公厕。", "二季度全面开工。", "市城管局",
             "2", "提升教育质量", "新建幼儿园10所。", "年底前完成。", "市教育局")
    text, (table,) = unflatten(t)
    got = [[("^" if c.merged == "up" else c.text) for c in r.cells] for r in table.rows]
    assert got == [["序号", "项目名称", "主要 内 容", "进度要求", "责任单位"],
                   ["1", "更新改造生活服务设施", "①提标改造70个老旧小区。", "一季度完成立项;四季度完成改造。", "市住建局 各县区政府"],
                   ["^", "^", "②新建改造26座城市公厕。", "二季度全面开工。", "市城管局"],
                   ["2", "提升教育质量", "新建幼儿园10所。", "年底前完成。", "市教育局"]]


@pytest.mark.parametrize("text", [
    # no unit column: a list of indicators with unequal rows is not read this way
    flat("序号", "指标", "工作任务", "1", "公共服务", "开放服务。", "2", "组织演出。", "3", "推进建设。"),
    # no task column
    flat("序号", "单位", "责任单位", "1", "市科技局", "2", "市经信局", "市发改委"),
    # lines that fit no column: prose after a header is not a table
    flat("序号", "工作任务", "责任单位", "1", "为贯彻落实文件精神,结合实际制定本方案。", "本方案自印发之日起施行,有效期五年,由市政府办公室负责解释。", "二、工作要求"),
])
def test_unequal_rows_need_a_task_column_a_unit_column_and_lines_that_fit(text):
    got, tables = unflatten(text)
    assert tables == [] or len(tables[0].rows) < 3


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_plan_reads_the_indicators_of_a_flattened_table(tmp_path, suffix):
    p = tmp_path / ("plan" + suffix)
    p.write_text("# “十四五”某应急体系规划\n\n一、主要目标\n\n到2025年，体系基本建成。\n\n" + INDICATORS + "\n",
                 encoding="utf-8")
    doc = parse_file(p)
    got = [(t.anchor, t.value, t.unit, t.comparator, t.decline, t.per_year, t.deadline)
           for t in doc.targets if t.rule == "target.indicator_table"]
    assert got == [("生产安全事故死亡人数", 15, "%", "=", True, False, "2025-12-31"),
                   ("重特大生产安全事故起数", 20, "%", "=", True, False, "2025-12-31"),
                   ("年均每十万人受灾人次", 15000, None, "<", False, True, "2025-12-31")]


def test_the_real_plan_gives_its_seven_indicator_targets():
    doc = parse_file(ROOT / "corpus" / "real" / "shanghai-md" / "十四五国家应急体系规划.md")
    got = [t for t in doc.targets if t.rule == "target.indicator_table"]
    assert len(got) == 7 and all(t.deadline == "2025-12-31" for t in got)
    assert got[0].anchor == "生产安全事故死亡人数" and (got[0].value, got[0].unit) == (15, "%")


def test_cells_closed_by_a_bar_are_a_flattened_table_and_its_rows_are_tasks():
    """序号 | / 重点工作 | / … one cell a line, each closed by the bar that stood after it (a
    2025 list of a development zone's key work, probe batch 11): a table all the same; its
    rows are tasks under 表 (GUIDE: a table without a label), its 责任单位 their units, and a
    完成时限 cell of 全年 is the end of the document's year."""
    from extract.pipeline import parse_text
    cells = ["序号", "重点工作", "责任领导", "责任单位", "完成时限",
             "1", "坚持服务跟着项目走,全力服务重大项目落地见效。", "叶林", "招商工作部、安商工作部", "全年",
             "2", "全力推进开发区空间再造,力争全年盘活僵尸企业10家。", "马振明", "改革办", "全年"]
    text = "2025年开发区重点工作及责任清单\n" + "".join(c + " |\n" for c in cells)
    new, tables = unflatten(text)
    assert len(tables) == 1 and len(tables[0].rows) == 3
    d = parse_text(new, tables=tables)
    assert [(t.path, [u.name for u in t.units]) for t in d.tasks] == [
        (("表", "1"), ["招商工作部", "安商工作部"]), (("表", "2"), ["改革办"])]
    assert [(x.text, x.date_end) for x in d.deadlines] == [("全年", "2025-12-31"), ("全年", "2025-12-31")]
    assert [(t.anchor, t.deadline) for t in d.targets] == [("盘活僵尸企业", "2025-12-31")]


def test_an_indicator_tables_unit_column_gives_each_rows_unit():
    """序号 | 指标名称 | 单位 | 2023年 | 2025年 | 2027年 | 牵头单位: the 单位 column is the measure
    of each row's values (岁, %), where the indicator cell has no bracket to say it (both probe
    annotators of a 2025 county target list, batch 13)."""
    from extract.pipeline import parse_text
    cells = ["序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位",
             "1", "人均预期寿命", "岁", "78.09", "≥79.2", "≥80", "市卫健局",
             "2", "居民健康素养水平", "%", "30", "≥35", "≥40", "市卫健局"]
    text = "沅江市人均预期寿命提升行动计划主要目标任务\n" + "".join(c + " |\n" for c in cells)
    new, tables = unflatten(text)
    d = parse_text(new, tables=tables)
    got = [(t.anchor, t.value, t.unit, t.comparator, t.deadline) for t in d.targets]
    assert got == [("人均预期寿命", 79.2, "岁", ">=", "2025-12-31"), ("人均预期寿命", 80, "岁", ">=", "2027-12-31"),
                   ("居民健康素养水平", 35, "%", ">=", "2025-12-31"), ("居民健康素养水平", 40, "%", ">=", "2027-12-31")]


def test_a_goal_column_headed_with_a_year_is_the_rows_task():
    """序号 / 2022年预期目标 / 责任单位 (a 2022 district's table of the year's goals, probe batch 15):
    each row's goal is its task, its unit the row's, its target due at the year's end; and the
    notice's damaged date (2022121日) is read as the page's 发布日期 has it."""
    from extract.pipeline import parse_text
    cells = ["序号", "2022年预期目标", "责任单位", "1", "地区生产总值增长5.5%左右", "区发展改革委",
             "2", "工业增加值增长7%左右", "区经济信息委", "3", "空气质量完成年度目标任务", "区生态环境局"]
    text = ("重庆市某区人民政府办公室关于印发2022年区政府工作报告目标任务的通知\n发布日期:2022-01-21\n"
            "各镇人民政府、街道办事处,区级各部门:\n现将目标任务分解表印发给你们,请认真落实。\n"
            "重庆市某区人民政府办公室\n2022121日\n附件1\n2022年区政府工作报告经济社会发展预期目标任务分解表\n"
            + "\n\n".join(cells) + "\n")
    new, tables = unflatten(text)
    d = parse_text(new, tables=tables)
    assert [(t.path[-1], t.anchor[:6], [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        ("1", "地区生产总值", [("区发展改革委", "responsible")]), ("2", "工业增加值增", [("区经济信息委", "responsible")]),
        ("3", "空气质量完成", [("区生态环境局", "responsible")])]
    assert [(t.anchor, t.value, t.deadline) for t in d.targets] == [("地区生产总值", 5.5, "2022-12-31"),
                                                                   ("工业增加值", 7, "2022-12-31")]
    assert d.meta.signed == "2022-01-21"


def test_a_progress_table_with_group_lines_free_text_and_a_byline():
    """A bureau's task table with its progress (宣城, probe batch 15): a group line before row 1,
    a 进展情况 cell of prose and a 备注 cell of two lines, a unit cell of several lines; above it
    the page's title and byline (发布时间 … 来源 …), and its 发布机构 field."""
    from extract.pipeline import parse_text
    cells = ["序号", "目标任务", "牵头责任单位", "进展情况", "备注", "一、量化类任务(共14项)",
             "1", "农村居民人均可支配收入与经济增长同步", "经管科", "一季度,我市农村居民人均可支配收入增速7.7%,居全省第七位。",
             "完成率", "(  100 %)",
             "2", "系统推进23个乡村振兴示范片区建设", "人教科", "促进科", "1.印发联席会议制度。6月10日,签订合作协议。"]
    text = ("发布机构: 宣城市农业农村局 主题分类: 三农\n名称: 2022年市政府工作报告目标任务责任分解表\n发布日期: 2022-09-01\n"
            "2022年市政府工作报告目标任务责任分解表\n发布时间:2022-09-01 15:34 来源:宣城市农业农村局 浏览次数: 字体:[ ]\n\n"
            + "\n\n".join(cells) + "\n")
    new, tables = unflatten(text)
    d = parse_text(new, tables=tables)
    assert [(t.path, [u.name for u in t.units]) for t in d.tasks] == [
        (("表", "一", "1"), ["经管科"]), (("表", "一", "2"), ["人教科", "促进科"])]
    assert (d.meta.title, d.meta.issuer, d.meta.published, d.meta.period) == (
        "2022年市政府工作报告目标任务责任分解表", "宣城市农业农村局", "2022-09-01", [2022, 2022])
    assert [x.text for x in d.deadlines] == []            # (一季度, 6月10日: in the progress column)
    assert [(t.anchor, t.value, t.deadline) for t in d.targets if t.value == 23] == [("乡村振兴示范片区建设", 23, "2022-12-31")]


def test_a_livelihood_table_with_a_row_of_two_items():
    """序号 / 民生实事 / 责任单位 / 完成时限 (a 2016 county table, both probe annotators of batch 17): the
    民生实事 column is the task; 县残联 is a unit; a row holding a second, unnumbered item with its own
    date (开工建设县老年养护楼。/ 县民政局 / 5月底前动工 / 开工建设老年大学。/ 12月底前) is one task."""
    cells = ["序号", "民生实事", "责任单位", "完成时限", "1", "新建2座人行天桥。", "县住建局", "9月底前",
             "2", "建成县残疾人综合服务中心。", "县残联", "5月底前动工",
             "3", "开工建设县老年养护楼。", "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前",
             "4", "迁建县政务服务中心。", "县政务服务中心", "县代建中心", "12月底前"]
    d = flat_doc("2016年民生实事目标任务分解表", cells)
    assert [(t.path[-1], [u.name for u in t.units]) for t in d.tasks] == [
        ("1", ["县住建局"]), ("2", ["县残联"]), ("3", ["县民政局"]), ("4", ["县政务服务中心", "县代建中心"])]
    assert "开工建设老年大学" in d.tasks[2].text


def test_a_report_table_whose_role_header_wraps_and_whose_unit_cells_close_as_sentences():
    """序号 / 督查内容 / 牵头责任 / 单位 / 协同责任单位 / 落实情况 / (全年) / 完成状态 (a 2022 city's
    report on its key work, both probe annotators of batch 62): 牵头责任 + 单位 is one header cell
    (lead); a unit cell that closes its list as a sentence (市政府各部门、各直属机构。, …六安供电公司等。)
    is still the units' column, and 等 is no part of the last name."""
    cells = ["序号", "督查内容", "牵头责任", "单位", "协同责任单位", "落实情况", "(全年)", "完成状态",
             "1", "地区生产总值增长8.5%以上。", "市发改委", "市政府各部门、各直属机构。",
             "全年地区生产总值增长11%,居全省第2位", "已完成",
             "2", "规上工业增加值增长9.5%以上。", "市经信局", "市发改委、市税务局、六安供电公司等。",
             "全年规上工业增加值同比增长15.5%。", "已完成",
             "3", "固定资产投资增长10%以上。", "市发改委", "市经信局、市财政局等。", "全市固定资产投资同比增长19.7%。", "已完成"]
    d = flat_doc("2021年度市政府重点工作落实情况的通报", cells)
    assert [[(u.name, u.role) for u in t.units] for t in d.tasks] == [
        [("市发改委", "lead"), ("市政府各部门", "cooperating"), ("市政府各直属机构", "cooperating")],
        [("市经信局", "lead"), ("市发改委", "cooperating"), ("市税务局", "cooperating"), ("六安供电公司", "cooperating")],
        [("市发改委", "lead"), ("市经信局", "cooperating"), ("市财政局", "cooperating")]]


SPACED = """2025年区政府工作报告目标任务上半年推进情况汇总表
序号 目标任务 责任单位 上半年推进情况
一、经济社会发展主要预期目标
1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。
2 第一产业增加值增长5%。 区农业农村委
区林业局
第一产业增加值同比增长3.4%。
3 固定资产投资增长10%。 区发展改革委 固定资产投资同比增长5.1%。
二、重点工作
4 实施高能级创新平台建设行动。 区科技局 全面启动创建工作。
各单位要按时报送 推进情况。
"""


def test_a_table_whose_rows_keep_their_line_with_spaced_cells_is_read(tmp_path):
    # rows on one line with their cells parted by a blank, a unit cell continued on the lines
    # under it: one task a row, its units, and no target from the progress column
    f = tmp_path / "t.txt"
    f.write_text(SPACED, encoding="utf-8")
    doc = parse_file(f)
    got = {t.path: [u.name for u in t.units] for t in doc.tasks}
    assert got == {("表", "一", "1"): ["区发展改革委"], ("表", "一", "2"): ["区农业农村委", "区林业局"],
                   ("表", "一", "3"): ["区发展改革委"], ("表", "二", "4"): ["区科技局"]}
    assert sorted(t.value for t in doc.targets) == [5, 6, 10]
    # the table is laid out as the readers lay tables (cells joined by |); a line after its last
    # numbered row is not cut at its blank
    text, tables = unflatten(SPACED)
    assert len(tables) == 1 and "1 | 地区生产总值增长6%以上。 | 区发展改革委 | 地区生产总值同比增长2.9%。" in text
    assert "各单位要按时报送 推进情况。" in text


def test_spaced_lines_without_a_task_and_unit_header_are_left_alone():
    text = SPACED.replace("序号 目标任务 责任单位 上半年推进情况", "序号 名称 数量 备注")
    assert unflatten(text)[0] == text


def test_spaced_rows_with_blanks_inside_cells_are_left_to_the_column_readers():
    # 2  严守用水 效率控制 红线: a run of blanks for an empty cell, blanks inside a cell --
    # cutting at every blank would misplace cells
    text = SPACED.replace("2 第一产业增加值增长5%。 区农业农村委", "2  第一产业 增加值增长5%。 区农业农村委")
    assert unflatten(text)[0] == text


TARGET_LIST = """某县推进方案(2023-2027年)责任分解清单

序号

任务名称

现值

2023年目标

2025年目标

2027年目标

责任单位

一、发展目标

1

滚动推进重大项目(个)

15

40

县发改局、县经信局、县建设局(有多个部门的,列第一位的为牵头单位,下同)

2

常住人口城镇化率(%)

74.5

74.5

75

77

县发改局、县统计局

3

村级集体经济总收入(亿元)

11.2

11.9

12.8

14

县农业农村局、县委组织部
"""


def test_a_list_of_targets_by_year_with_a_role_rule_stated_once(tmp_path):
    # columns headed with years are values, not the task; a row that fills two of them puts its
    # units in the unit column all the same; the rule stated in the first row's cell (列第一位的为
    # 牵头单位,下同) makes every later row's first unit the lead
    f = tmp_path / "t.txt"
    f.write_text(TARGET_LIST, encoding="utf-8")
    doc = parse_file(f)
    got = {t.path[-1]: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert got == {"1": [("县发改局", "lead"), ("县经信局", "responsible"), ("县建设局", "responsible")],
                   "2": [("县发改局", "lead"), ("县统计局", "responsible")],
                   "3": [("县农业农村局", "lead"), ("县委组织部", "responsible")]}


def test_a_category_column_before_the_number_and_two_unit_columns_one_line_each():
    """分类 / 序号 / 事项 / 责任单位 / 牵头单位 (both annotators of a 2023 district's division of its report,
    probe batch 70): each category is written once, on its own line before its group's first row, and is
    the rows' group; a row of one line a column gives each unit column its line (区发改局 / 区发改局: two
    cells, not one cell's two lines). Without the category header the lines are no group."""
    cells = ["分类", "序号", "事项", "责任单位", "牵头单位", "发展目标",
             "1", "地区生产总值增长6.5%以上。", "区农业农村局、区经商局", "区发改局",
             "2", "区本级固定资产投资增长25%。", "区发改局", "区发改局",
             "激发市场活力",
             "3", "深化政务服务“一网通办”。", "区行政服务中心、区深改服务中心", "区行政服务中心"]
    title = "2023年某区政府工作报告重点工作责任分解"
    d = flat_doc(title, cells)
    assert [(list(t.path[1:]), sorted((u.name, u.role) for u in t.units)) for t in d.tasks] == [
        (["发展目标", "1"], [("区农业农村局", "responsible"), ("区发改局", "lead"), ("区经商局", "responsible")]),
        (["发展目标", "2"], [("区发改局", "lead"), ("区发改局", "responsible")]),
        (["激发市场活力", "3"], [("区深改服务中心", "responsible"), ("区行政服务中心", "lead"),
                               ("区行政服务中心", "responsible")])]
    assert "发展目标" not in [t.path[1] for t in flat_doc(title, ["说明"] + cells[1:]).tasks]


def test_a_header_cell_with_a_note_in_brackets_and_a_provincial_lead_line_in_the_unit_cell():
    """序号 / 重点工作任务(杭州市2项配合工作) / 责任单位, then (一)王宏副市长牵头重点工作 / 1 / the task / 市农业农村局、… /
    省牵头单位:省农业农村厅 (both annotators of a 2021 city's division, probe batch 72): the note leaves the column a
    task column; the units of the row and the province's lead are the row's."""
    cells = ["序号", "重点工作任务(杭州市2项配合工作)", "责任单位", "(一)王宏副市长牵头重点工作",
             "1", "加强粮食和重要农产品保障,确保粮食产量在120亿斤以上。", "市农业农村局、市商务局", "省牵头单位:省农业农村厅",
             "(二)胡伟副市长牵头重点工作",
             "2", "深入实施消费新政,提升传统消费。", "市商务局、市发改委", "省牵头单位:省商务厅"]
    d = flat_doc("2021年省政府工作报告重点工作涉杭任务责任分解", cells)
    assert [(t.path[-2:], [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        (("(一)", "1"), [("市农业农村局", "responsible"), ("市商务局", "responsible"), ("省农业农村厅", "lead")]),
        (("(二)", "2"), [("市商务局", "responsible"), ("市发改委", "responsible"), ("省商务厅", "lead")])]


def test_a_unit_cell_that_marks_its_lead_with_a_star():
    """序号 / 重点工作 / 区本级 / 任务数 / 责任单位, a quota cell left empty in some rows, 区政府办公室*、区财政局 (both
    annotators of a 2023 district's division of its report, probe batch 74): the starred name is the row's unit
    cell (its lead), not a cell the row leaves out."""
    lines = ["序号", "重点工作", "区本级", "任务数", "责任单位",
             "1", "地区生产总值增长6.5%。", "", "区发改局",
             "2", "力争全年兑现惠企资金20亿元。", "9亿元", "区政府办公室*、区财政局",
             "3", "争取省市财政专项资金13亿元以上。", "12亿元", "区财政局*、区发改局"]
    d = flat_doc("2023年区政府工作报告重点工作责任分解", lines)
    assert [[(u.name, u.role) for u in t.units] for t in d.tasks] == [
        [("区发改局", "responsible")], [("区政府办公室", "lead"), ("区财政局", "responsible")],
        [("区财政局", "lead"), ("区发改局", "responsible")]]


def test_an_indicator_table_copied_one_cell_a_line_without_row_numbers(tmp_path):
    """表1 主要指标 / 类别 | / 主要指标 | / 单位 | / 2022年 | / 2027年 | / 来源 | / 总体 | / … (a 2023 municipality's action
    plan, both annotators of probe batch 146): the rows are read by the header's width; a row that leaves its merged
    category out has one cell less and a lone bar after it; the 2027 column's values are that year's targets, in the
    单位 column's measure."""
    from extract.pipeline import parse_text
    cells = ["类别", "主要指标", "单位", "2022年", "2027年", "来源",
             "总体", "数字经济增加值占GDP的比重", "%", "45.4", "50", "市统计局",
             "数字经济重点企业", "家", "/", "500", "市经济信息委", "|",
             "数字产业化", "数字经济核心产业增加值", "亿元", "2240", "4000", "市统计局",
             "软件和信息服务业收入", "亿元", "2705", "7000", "市经济信息委", "|",
             "其中:创新工厂(含5G工厂)", "个", "/", "50", "市经济信息委"]
    text = "某市行动计划\n一、总体要求\n(一)发展目标\n到2027年,数字经济持续壮大。\n表1 主要指标\n" + \
        "\n".join(c if c == "|" else c + " |" for c in cells) + "\n二、重点任务\n(一)壮大产业。\n"
    f = tmp_path / "plan.txt"
    f.write_text(text, encoding="utf-8")
    d = parse_file(f)
    assert {(t.indicator, t.value, t.deadline) for t in d.targets} == {
        ("数字经济增加值占GDP的比重", 50, "2027-12-31"), ("数字经济重点企业", 500, "2027-12-31"),
        ("数字经济核心产业增加值", 4000, "2027-12-31"), ("软件和信息服务业收入", 7000, "2027-12-31"),
        ("其中:创新工厂(含5G工厂)", 50, "2027-12-31")}
    assert {t.unit for t in d.targets if t.value == 50} == {"%", "个"}      # (含5G工厂 is a note of the name, no unit)


BREAKDOWN = ("2002年区县外经贸目标任务分解表\n金额单位:万美元\n责任单位 外贸出口目标 实到外资目标\n"
             "万州区 1900 300\n渝北区 2000 1000\n黔江区 150 100\n")


def test_a_breakdown_table_with_blanks_between_its_cells_gives_each_unit_a_task_and_its_targets(tmp_path):
    """责任单位 外贸出口目标 实到外资目标 / 万州区 1900 300 / … under 金额单位:万美元 (a 2002 municipality's
    目标任务分解表, both annotators of probe batch 187): each row is a task of its unit, each figure a target of
    that row in the caption's measure, due at the end of the caption's year."""
    f = tmp_path / "plan.txt"
    f.write_text("关于下达2002年外经贸目标任务的通知\n各区县:现将目标任务分解下达给你们。\n附件1:\n" + BREAKDOWN,
                 encoding="utf-8")
    d = parse_file(f)
    assert [(t.anchor, [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        ("万州区", [("万州区", "responsible")]), ("渝北区", [("渝北区", "responsible")]),
        ("黔江区", [("黔江区", "responsible")])]
    assert [(t.anchor, t.value, t.unit, t.deadline) for t in d.targets] == [
        ("万州区外贸出口", 1900, "万美元", "2002-12-31"), ("万州区实到外资", 300, "万美元", "2002-12-31"),
        ("渝北区外贸出口", 2000, "万美元", "2002-12-31"), ("渝北区实到外资", 1000, "万美元", "2002-12-31"),
        ("黔江区外贸出口", 150, "万美元", "2002-12-31"), ("黔江区实到外资", 100, "万美元", "2002-12-31")]


def test_a_table_of_areas_and_their_target_gives_targets_and_no_tasks(tmp_path):
    """地区 | 单位规上工业增加值能耗降幅目标(%) | / 全市 | 3.4 | / 港区 | 3.4 | … (a 2019 county-level city's energy
    breakdown, both annotators of probe batch 188): no column of units and no word of tasks, so the rows give
    targets only, in the header's measure; a sum row (合计) gives none."""
    f = tmp_path / "plan.txt"
    f.write_text("关于分解下达2019年度能源消耗强度目标的通知\n各镇人民政府:\n现将目标分解下达给你们。\n"
                 "太仓市2019年度能源消耗强度目标分解表\n地区 | 单位规上工业增加值能耗降幅目标(%) |\n全市 | 3.4 |\n"
                 "港区 | 3.2 |\n城 厢 | 3.5 |\n合计 | 10.1 |\n", encoding="utf-8")
    d = parse_file(f)
    assert d.tasks == []
    assert [(t.anchor, t.value, t.unit, t.deadline) for t in d.targets if t.rule == "target.breakdown_table"] == [
        ("全市单位规上工业增加值能耗降幅", 3.4, "%", "2019-12-31"), ("港区单位规上工业增加值能耗降幅", 3.2, "%", "2019-12-31"),
        ("城 厢单位规上工业增加值能耗降幅", 3.5, "%", "2019-12-31")]


def test_a_breakdown_column_of_what_is_there_already_is_read_beside_the_shares(tmp_path):
    """乡镇(农场) | 可种植面积 | 2023年小麦任务面积 | 备注 | under 面积:万亩 (a 2022 district's wheat-area breakdown,
    both annotators of probe batch 155): the 任务 column's figures are the shares, due at the end of its year;
    the 可种植面积 beside them is no target."""
    f = tmp_path / "plan.txt"
    f.write_text("关于印发2023年小麦种植任务的通知\n各乡镇:\n附件:2023年小麦种植任务分解表\n面积:万亩 | |||\n"
                 "乡镇(农场) | 可种植面积 | 2023年小麦任务面积 | 备注 |\n八一乡 | 8.44 | 0.91 | |\n"
                 "白脑包镇 | 32.01 | 3.89 | |\n", encoding="utf-8")
    d = parse_file(f)
    assert [t.anchor for t in d.tasks] == ["八一乡", "白脑包镇"]
    assert [(t.anchor, t.value, t.unit, t.deadline) for t in d.targets] == [
        ("八一乡小麦任务面积", 0.91, "万亩", "2023-12-31"), ("白脑包镇小麦任务面积", 3.89, "万亩", "2023-12-31")]
    # a mirror's pinyin glosses (乡(xiāng)镇(zhèn)) are gone before the cells are read
    g = tmp_path / "glossed.txt"
    g.write_text(f.read_text(encoding="utf-8").replace("乡镇(农场)", "乡(xiāng)镇(zhèn)(农(nóng)场)"), encoding="utf-8")
    assert [(t.anchor, t.value) for t in parse_file(g).targets] == [(t.anchor, t.value) for t in d.targets]


def test_rows_that_are_not_a_name_and_figures_make_no_breakdown_table():
    """A unit column beside columns of words (责任单位 | 工作任务 …) or of dates is a division of work, read as
    such; a single spaced line of figures is no table; 单位 as the header of a measure column in an indicator
    table is no breakdown."""
    _, tables = unflatten("责任单位 工作目标 完成时限\n市发改委 完成规划编制 6月底\n市财政局 保障资金 全年\n"
                          "市教育局 建成学校 年底\n")
    assert tables == []
    _, tables = unflatten("地区 2025年目标\n全市 3.4\n")
    assert tables == []
    _, tables = unflatten("指标 | 单位 | 2025年目标 |\n地区生产总值 | 亿元 | 500 |\n财政收入 | 亿元 | 50 |\n")
    assert tables == []


def test_a_breakdown_header_printed_twice_side_by_side_under_a_numbered_heading(tmp_path):
    """二、市级部门目标任务 / 单 位 | 目标分值 | 单 位 | 目标分值 | / 市发改委 | 30 | 市经信委 | 30 | / … (a 2012 city's
    targets by unit, both annotators of probe batch 78): each line holds two rows, read left to right, and a line
    may stop after its first; the numbered heading right above is the task, so the rows are no tasks of their own."""
    f = tmp_path / "plan.txt"
    f.write_text("2012年度全市政务信息目标任务\n二、市级部门目标任务\n单 位 | 目标分值 | 单 位 | 目标分值 |\n"
                 "市发改委 | 30 | 市经信委 | 30 |\n市教育局 | 30 | 市科技局 | 20 |\n市公安局 | 30 |\n", encoding="utf-8")
    d = parse_file(f)
    assert [(t.anchor, t.value, t.deadline) for t in d.targets] == [
        ("市发改委目标分值", 30, "2012-12-31"), ("市经信委目标分值", 30, "2012-12-31"),
        ("市教育局目标分值", 30, "2012-12-31"), ("市科技局目标分值", 20, "2012-12-31"),
        ("市公安局目标分值", 30, "2012-12-31")]
    assert [t.path for t in d.tasks] == [("二",)]


def test_a_task_name_column_beside_its_content_and_unit_lists_parted_by_commas():
    """序号 | 类别 | 重点工作事项 | 主要工作内容 | 牵头单位 | 责任单位, a cell a line with its bar (a 2025 city's task
    list, probe batch 268): the first task column names the task, the second is its text; a row that leaves out
    its merged 类别 and 事项 anchors on its content; a unit list parted by commas is one whole cell, so the
    responsible units go to 责任单位, not into 牵头单位."""
    from extract.pipeline import parse_text
    cells = ["序号 |", "类别 |", "重点工作事项 |", "主要工作内容 |", "牵头单位 |", "责任单位 |",
             "1 |", "总体目标 |", "年新增返乡创业经营主体达到上年度末市外务工人数的2%以上。 |",
             "市人社局、市市场监管局 |", "各县市区人民政府,宜昌高新区管委会 |",
             "2 |", "力争新增省级返乡创业园(街区)2个。 |", "市人社局 |", "各县市区人民政府,宜昌高新区管委会 |",
             "3 |", "构建返乡创业数据库 |", "建立人员信息库 |", "依托综合服务信息化平台,建立基础信息库。 |", "市人社局 |",
             "市农业农村局、市数据局 |"]
    new, tables = unflatten("返乡创业重点工作任务清单\n" + "\n".join(cells) + "\n")
    d = parse_text(new, tables=tables)
    got = [(t.path[-1], [(u.name, u.role) for u in t.units]) for t in d.tasks if t.path[0] == "表"]
    assert got == [
        ("1", [("市人社局", "lead"), ("市市场监管局", "lead"), ("各县市区人民政府", "responsible"), ("宜昌高新区管委会", "responsible")]),
        ("2", [("市人社局", "lead"), ("各县市区人民政府", "responsible"), ("宜昌高新区管委会", "responsible")]),
        ("3", [("市人社局", "lead"), ("市农业农村局", "responsible"), ("市数据局", "responsible")])]
    assert [t.anchor for t in d.tasks if t.path[0] == "表"][2] == "建立人员信息库"
