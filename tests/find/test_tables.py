"""Division-of-labour tables: the fast header precheck never hides a header.

extract/tables.py skips every line that lacks a unit-column word (_HDR_UNIT)
or a task-column word (_HDR_TASK).  These tests enumerate every cell the
column patterns accept and check the precheck lets it through, and that a
table is found wherever it stands in a long text.
"""
from __future__ import annotations

import itertools
import re._parser as sre

import pytest

from extract.find import tables
from extract.find.units import TableRow, find_table_rows


def _strings(pattern: str, cap: int = 3000) -> set:
    """Every string of a finite pattern (``.`` and unbounded repeats read as
    empty or one copy): enough to list the literal words a cell must hold."""
    def seq(items):
        out = [""]
        for op, av in items:
            alts = one(op, av)
            out = [a + b for a, b in itertools.product(out, alts)][:cap]
        return out

    def one(op, av):
        name = str(op)
        if name == "LITERAL":
            return [chr(av)]
        if name == "ANY":
            return [""]
        if name == "IN":
            return [chr(v) for o, v in av if str(o) == "LITERAL"] or [""]
        if name == "BRANCH":
            return [s for branch in av[1] for s in seq(branch)]
        if name == "SUBPATTERN":
            return seq(av[-1])
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            lo, hi, sub = av
            body = seq(sub)
            out = []
            for n in range(lo, min(hi, lo + 1) + 1):
                out += ["".join(p) for p in itertools.product(body, repeat=n)][:cap]
            return out
        if name == "AT":
            return [""]
        raise AssertionError(f"unhandled {name}")

    return set(seq(sre.parse(pattern)))


COLUMNS = dict(tables._COLS)
CASES = [(kind, tables._HDR_UNIT) for kind in ("lead", "cooperating", "responsible")] + [("task", tables._HDR_TASK)]


@pytest.mark.parametrize("kind,hint", CASES, ids=[k for k, _ in CASES])
def test_header_hint_covers_every_cell_of_the_column(kind, hint):
    cells = _strings(COLUMNS[kind])
    col = dict(tables._COL_RE)[kind]
    cells = {c for c in cells if col.match(c)}
    assert len(cells) > 10
    missed = sorted(c for c in cells if not hint.search(c))
    assert not missed, missed


HEADER = "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限"
ROW = "1 | 开展专利导航 | 市市场监管局 | 市科技局 | 2024年底"
PLACES = [
    ("at_start", HEADER + "\n" + ROW + "\n"),
    ("after_prose", "一、工作任务\n市科技局牵头负责。\n" * 30 + HEADER + "\n" + ROW + "\n"),
    ("after_prose_with_task_word", "各单位要落实工作任务。\n" * 30 + HEADER + "\n" + ROW + "\n"),
    ("prose_line_then_header_no_blank", "牵头单位要切实负起责任\n" + HEADER + "\n" + ROW),
]


@pytest.mark.parametrize("text", [t for _, t in PLACES], ids=[i for i, _ in PLACES])
def test_table_found_wherever_it_stands(text):
    rows = find_table_rows(text, 0, len(text))
    assert len(rows) == 1 and isinstance(rows[0], TableRow)
    r = rows[0]
    assert r.task == "开展专利导航"
    assert [(u.name, u.role) for u in r.units] == [("市市场监管局", "lead"), ("市科技局", "cooperating")]
    assert text[r.start:r.end] == ROW


def test_no_header_no_rows():
    text = "序号 | 名称\n" + "市科技局牵头负责。\n" * 20
    assert find_table_rows(text, 0, len(text)) == []


# A pipe table as a crawler writes a merged cell: printed once, blank below;
# a group row keeps its empty cells; a row's last cell may be empty.
PIPE = ("序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
        "一、优化营商环境 |  |  |  | \n"
        "1 | 推进政务服务一网通办 | 省政务办 | 省发展改革委 | 2026年底\n"
        "2 | 深化工程建设项目审批制度改革 |  | 省住房城乡建设厅 | \n"
        "二、加强知识产权保护 |  |  |  | \n"
        "3 | 加强知识产权保护 |  | 省公安厅 | 持续推进\n")


def test_pipe_table_group_rows_and_blank_merged_cells():
    rows = find_table_rows(PIPE)
    got = [(r.number, r.task, [(u.name, u.role) for u in r.units], r.group) for r in rows]
    assert got == [
        ("1", "推进政务服务一网通办", [("省政务办", "lead"), ("省发展改革委", "cooperating")], "一、优化营商环境"),
        ("2", "深化工程建设项目审批制度改革", [("省政务办", "lead"), ("省住房城乡建设厅", "cooperating")],
         "一、优化营商环境"),
        # a new group: nothing above to inherit
        ("3", "加强知识产权保护", [("省公安厅", "cooperating")], "二、加强知识产权保护"),
    ]
    lead = rows[1].units[0]
    assert PIPE[lead.start:lead.end] == "省政务办"           # the span printed once


@pytest.mark.parametrize("header,kind", [("指导部门", "responsible"), ("国家部委", "responsible"),
                                         ("省级部门", "responsible"), ("主管部门", "responsible"),
                                         ("责任部门", "responsible"), ("牵头部门", "lead"), ("部门职责", None),
                                         ("推广范围", None)])
def test_a_department_column_without_a_role_word_is_responsible(header, kind):
    """CONVENTIONS.md C9: 指导部门 / 国家部委 / 省级部门 columns of a table kept as a block."""
    from extract.find.table_blocks import column_kind
    assert column_kind(header) == kind


def test_a_block_tables_department_columns_give_responsible_units(tmp_path):
    from extract.pipeline import parse_file
    rows = "".join(f"<tr><td>{i}</td><td>争取国家支持事项{i}</td><td>工业和信息化部</td><td>省经信厅、省科技厅</td></tr>"
                   for i in (1, 2))
    html = ("<html><body><p>关于支持开源生态建设的若干措施</p><p>一、总体要求</p><p>内容。</p>"
            "<p>二、重点任务</p><p>（一）建设社区。建设开源社区。</p><p>附表</p>"
            "<table><tr><td>序号</td><td>重点事项</td><td>国家部委</td><td>省级部门</td></tr>" + rows +
            "</table></body></html>").encode()
    (tmp_path / "plan.html").write_bytes(html)
    doc = parse_file(tmp_path / "plan.html")
    units = {(t.path[-1], u.name, u.role) for t in doc.tasks for u in t.units}
    assert {("1", "工业和信息化部", "responsible"), ("1", "省经信厅", "responsible"),
            ("2", "省科技厅", "responsible")} <= units, units


def _quota_plan(tmp_path, group: str, rowspan: bool = True, rise: str = "2023年完成数"):
    from extract.pipeline import parse_file
    first = '<td rowspan="2">地区</td>' if rowspan else "<td>地区</td>"
    head = (f"<tr>{first}<td rowspan=\"2\">{rise}</td><td colspan=\"2\">{group}</td></tr>"
            + ("<tr><td>2024年</td><td>2025年</td></tr>" if rowspan else "<tr><td></td><td></td><td>2024年</td><td>2025年</td></tr>"))
    rows = "".join(f"<tr><td>{r}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
                   for r, a, b, c in (("合计", 300, 350, 400), ("甲市", 200, 230, 260), ("乙市", 0, 120, 140)))
    html = ("<html><body><p>关于推进养老服务设施建设的实施方案</p><p>一、主要目标</p><p>逐年增加养老床位。</p>"
            "<p>二、重点任务</p><p>（一）加快建设。各市按附表落实。</p><p>附表：养老床位建设计划表</p>"
            "<p>单位：张</p><table>" + head + rows + "</table></body></html>").encode()
    (tmp_path / "plan.html").write_bytes(html)
    return parse_file(tmp_path / "plan.html")


def test_a_quota_tables_year_columns_give_one_target_per_row_and_year(tmp_path):
    """分年度任务 | 2024年 | 2025年 over rows named by region: each cell a quota due at its
    year's end, in the table's 单位; the 2023年完成数 column is no target."""
    doc = _quota_plan(tmp_path, "分年度建设任务")
    got = [(t.anchor, t.value, t.unit, t.deadline) for t in doc.targets if t.rule == "target.quota_table"]
    assert got == [("合计分年度建设任务2024年", 350, "张", "2024-12-31"), ("合计分年度建设任务2025年", 400, "张", "2025-12-31"),
                   ("甲市分年度建设任务2024年", 230, "张", "2024-12-31"), ("甲市分年度建设任务2025年", 260, "张", "2025-12-31"),
                   ("乙市分年度建设任务2024年", 120, "张", "2024-12-31"), ("乙市分年度建设任务2025年", 140, "张", "2025-12-31")]
    assert all(doc.norm[t.start:t.end].startswith(t.anchor[:2]) for t in doc.targets if t.rule == "target.quota_table")


@pytest.mark.parametrize("group, rowspan", [("完成情况", True), ("分年度建设任务", False)])
def test_year_columns_that_are_no_quotas_give_no_targets(tmp_path, group, rowspan):
    """Years under a group that names no target (完成情况), or a first column that does not
    span the header rows: no quota table."""
    doc = _quota_plan(tmp_path, group, rowspan)
    assert [t for t in doc.targets if t.rule == "target.quota_table"] == []


def test_a_quota_tables_rise_column_gives_each_rows_rise_by_the_last_year(tmp_path):
    """A column headed 新增 beside the year columns: each row's rise (growth), due at the
    table's last year; a 0 cell is no target (both annotators of a State Council notice)."""
    doc = _quota_plan(tmp_path, "分年度建设任务", rise="新增")
    got = [(t.anchor, t.value, t.growth, t.deadline) for t in doc.targets
           if t.rule == "target.quota_table" and t.growth]
    assert got == [("合计新增", 300, True, "2025-12-31"), ("甲市新增", 200, True, "2025-12-31")]


def test_a_letter_spaced_header_with_columns_of_its_own_is_a_header():
    """序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 | (a district's 2019
    division of a work report, probe batch 14): letter-spaced cells, and two columns the
    vocabulary does not know, beside the task and unit columns it does."""
    text = ("附件1 |\n序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |\n"
            "1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、区统计局 | A类 |\n"
            "2 | 服务业增加值 | 增长6% | 区发改经信局 | 区商务局 | A类 |\n")
    rows = find_table_rows(text)
    assert [(r.number, r.task, [(u.name, u.role) for u in r.units]) for r in rows] == [
        ("1", "地区生产总值", [("区发改经信局", "lead"), ("区财政局", "cooperating"), ("区统计局", "cooperating")]),
        ("2", "服务业增加值", [("区发改经信局", "lead"), ("区商务局", "cooperating")])]
    # three columns it does not know of five named are too many: a list, not a header
    assert find_table_rows("序号 | 任务名称 | 规模 | 投资 | 地点 | 牵头部门 |\n1 | 甲 | 2 | 3 | 某地 | 区发改局 |\n") == []


def test_a_progress_column_of_a_text_table_holds_no_targets_and_no_dates():
    """序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 | (a 2020 county 民生实事 table, both probe
    annotators of batch 16): the task column is read (和要求 with it), the leader is a person, each
    name of the unit cell a unit; what 落实情况 reports done gives no target and no due date, and
    the heading's 10件…任务分解表 is the table's size."""
    from extract.pipeline import parse_text
    text = ("一、10件民生实事任务分解表\n"
            "序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
            "1 | 推动义务教育优质均衡发展,增加义务教育学位5000个。 | 毛晓青 | 县教体局 各相关乡镇政府 | "
            "6月底前完成项目建设,新增义务教育学位5500个。 |\n"
            "2 | 提升幼教服务水平,扩充公办幼儿园学位至1800个。 | 毛晓青 | 县教体局 | 新增学位1290个,占比达32.5%。 |\n")
    d = parse_text(text)
    assert [(t.path[-1], [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        ("1", [("县教体局", "responsible"), ("各相关乡镇政府", "responsible")]), ("2", [("县教体局", "responsible")])]
    assert [t.value for t in d.targets] == [5000, 1800]
    assert d.deadlines == []


def test_a_table_whose_task_column_is_headed_shishi_xiangmu_is_read():
    # 实事项目 names the task column (the items of a 民生实事 list); 工作举措及实施计划 beside it is
    # the row's plan, not a second task column
    from extract.pipeline import parse_text
    text = ("某区2022年民生实事项目\n"
            "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
            "1 | 新建成公办中小学、幼儿园7所。 | 1.4月底前主体完工。2.8月底前竣工交付。 | 区教育局 | 区发改局、区住建局 |\n"
            "2 | 新增婴幼儿照护服务托位500个。 | 1.3月底前新增100个托位。 | 区卫生健康局 | 区财政局 |\n")
    doc = parse_text(text, "t.txt")
    got = {t.path: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert got == {("表", "1"): [("区教育局", "responsible"), ("区发改局", "cooperating"), ("区住建局", "cooperating")],
                   ("表", "2"): [("区卫生健康局", "responsible"), ("区财政局", "cooperating")]}


def test_a_page_that_opens_on_a_target_table_named_by_its_name_column():
    """序号 | 名 称 | 2025年目标 | 责任单位 | 备注 at the top of a page cut from a 2025 city's target list, its rows
    before the first heading (二、…) (both annotators, probe batch 104): the rows are the body's tasks, each named
    by its 名称 cell, not by the year's goal beside it; a table whose only task-like column is the year's goal
    keeps it."""
    from extract.pipeline import parse_text
    text = ("序号 | 名 称 | 2025年目标 | 责任单位 | 备注 |\n"
            "1 | 重特大生产安全事故起数 | 0 | 市安委会各成员单位,各区县政府 | |\n"
            "2 | 生产安全较大事故起数 | 10起以内 | 市安委会各成员单位,各区县政府 | |\n"
            "二、重要立法和标准制定事项\n序号 | 名 称 | 2025年目标 | 责任单位 | 备注 |\n"
            "1 | 《重庆市突发事件应对条例》 | 立法预备 | 市应急管理局 | |\n")
    d = parse_text(text)
    assert [t.anchor for t in d.tasks] == ["重特大生产安全事故起数", "生产安全较大事故起数", "《重庆市突发事件应对条例》"]
    assert [u.name for u in d.tasks[0].units] == ["市安委会各成员单位", "各区县政府"]
    goal = parse_text("序号 | 2025年目标 | 责任单位\n1 | 地区生产总值增长6% | 区发改委\n2 | 财政收入增长5% | 区财政局\n")
    assert [t.anchor for t in goal.tasks] == ["地区生产总值增长6%", "财政收入增长5%"]


def test_a_table_whose_cells_are_set_apart_by_one_blank():
    """序号 工 作 任 务 牵头负责部门 / 1 居民消费价格涨幅3%左右 发展改革委 (a 2016 State Council table copied with one blank
    between cells and its task header letter-spaced: both annotators of probe batch 116): the rows and their leads;
    牵头负责部门 is a lead column."""
    from extract.find.tables import find_table_rows
    text = ("2016年量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n"
            "2 城镇新增就业1000万人以上 人力资源社会保障部\n3 安排地方专项债券4000亿元 财政部\n")
    rows = find_table_rows(text)
    assert [(r.task, [(u.name, u.role) for u in r.units]) for r in rows] == [
        ("居民消费价格涨幅3%左右", [("发展改革委", "lead")]),
        ("城镇新增就业1000万人以上", [("人力资源社会保障部", "lead")]),
        ("安排地方专项债券4000亿元", [("财政部", "lead")])]


def test_a_progress_tables_sub_rows_merged_cells_and_last_cells_left_off():
    """A county's livelihood progress table (both annotators of probe batch 142): 累计完成 / 累计进度 / 落实情况 are
    columns of what is done, no unknown ones; a line without its merged 序号 and 项目名称 (“三公里”充分就业社区6个 | 6 |
    100% | ||) is part of the row above; a row that lost its last cells keeps the header's order; a unit cell merged
    with the one above, left out of the row (2 | … | 4月:… | 已完成。… | |), takes the one above; a row with one cell
    more before its unit column joins it to the cell before."""
    from extract.find.tables import find_table_rows
    t = ("序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 累计进度 | 备注 | |\n"
         "1 | 促进重点群体稳定就业 | 城镇新增就业2450人 | 县人社局 | 2712 | 110.69% | ||\n"
         "“三公里”充分就业社区6个 | 6 | 100% | |||||\n"
         "2 | 加强城乡低保 | 最低生活保障 | 农村标准(760元/月) | 县民政局 | |||\n"
         "3 | 企业职工退休一件事一次办理 | 企业职工退休一件事一次办理人次 | 县医保局 | 921 | 以实际完成数统计 |\n")
    rows = find_table_rows(t)
    assert [(r.number, [(u.name, u.role) for u in r.units]) for r in rows] == [
        ("1", [("县人社局", "lead")]), ("2", [("县民政局", "lead")]), ("3", [("县医保局", "lead")])]
    m = ("序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
         "1 | 为老年人免费接种流感疫苗24723人。 | 4月:制定方案。 | 县卫生健康局 | 已完成。 |\n"
         "2 | 免费开展结直肠癌筛查7400人。 | 4月:完成筛查1480人。 | 已完成。 完成筛查人数3495人。 | |\n"
         "3 | 培训应急救护人员235人。 | 4月:完成培训65人。 | 县红十字会 | 已完成。 |\n")
    assert [[u.name for u in r.units] for r in find_table_rows(m)] == [["县卫生健康局"], ["县卫生健康局"], ["县红十字会"]]


GUIDE_TABLE = ("各街道办事处,区人民政府各有关工作部门:\n现将《工作指引》印发给你们,请认真遵照执行。\n某区人民政府办公室\n2023年4月21日\n"
               "干净整洁 平安有序 迎五一工作指引\n"
               "| 工作 | 工 作 任 务 | 牵头单位 | 责任单位 | 区级包抓领导 |\n"
               "一、改善城乡环境质量 | ||||\n"
               "(一)整治市容环境卫生 | 优化城区道路保洁作业模式,落实白天湿扫、夜间冲洗降尘作业要求。 | 城管局 | 城管局、各街办、园区 | 王鹏 |\n"
               "开展卫生死角大整治、大清理、大扫除活动,清理城中村垃圾。 | 城管局 | 住建局、市场监管局、各街办 | 王鹏 | |\n")


def test_a_guides_table_under_its_title_rows_without_numbers_and_a_merged_first_column(tmp_path):
    """A pipe table whose header the layout leaves above the body, rows without their opening bar (the closing one
    leaves an empty cell past the header), a row whose first column (the work's field) is merged down from the row
    above, rows without numbers (¶1, ¶2 under their section): both annotators of a 2023 district's guide, probe
    batch 154."""
    from extract.pipeline import parse_file
    (tmp_path / "guide.txt").write_text(GUIDE_TABLE, encoding="utf-8")
    doc = parse_file(tmp_path / "guide.txt")
    got = [(t.path, [(u.name, u.role) for u in t.units]) for t in doc.tasks]
    assert got == [(("一", "(一)", "¶1"), [("城管局", "lead"), ("城管局", "responsible"), ("各街办", "responsible"),
                                          ("园区", "responsible")]),
                   (("一", "(一)", "¶2"), [("城管局", "lead"), ("住建局", "responsible"), ("市场监管局", "responsible"),
                                          ("各街办", "responsible")])]


def test_a_cell_of_offices_and_stations_split_at_blanks():
    """安监站 安监所 in a unit cell: two units (both annotators of a 2017 town's campaign table); a name a blank broke
    (市发展 改革委) stays whole."""
    from extract.find.unit_lists import split_units
    assert [u.name for u in split_units("安监站 安监所")] == ["安监站", "安监所"]
    assert [u.name for u in split_units("超限站 公路站 交警六中队")] == ["超限站", "公路站", "交警六中队"]
    assert [u.name for u in split_units("市发展 改革委")] == ["市发展改革委"]


def test_a_unit_assisting_another_in_one_item_and_an_old_commission_sharing_its_prefix():
    """(省人事厅配合省委有关部门落实): 省人事厅 cooperates, 省委有关部门 is responsible; (省经贸委、发展改革委、统计局负责): the
    经贸委 is a commission whose 省 the list shares (both annotators of a 2006 province's division of its five-year plan,
    probe batch 156).  A会同B负责 still gives both the clause's role."""
    from extract.find.unit_lists import split_units
    assert [(u.name, u.role) for u in split_units("省人事厅配合省委有关部门落实")] == [
        ("省人事厅", "cooperating"), ("省委有关部门", "responsible")]
    assert [u.name for u in split_units("省经贸委、发展改革委、统计局负责")] == ["省经贸委", "省发展改革委", "省统计局"]
    assert [(u.name, u.role) for u in split_units("市科技局会同市财政局负责")] == [
        ("市科技局", "responsible"), ("市财政局", "responsible")]
