"""A role rule stated once (GUIDE.md "Role rules stated once"; CONVENTIONS.md C2) in the
wordings plans use: said for one clause with 下同, said of every item (以下各项工作均由…,
各项工作…), said with the lead as a verb (…的部门牵头，其他部门配合), or put as a note after
the list (注：…), which holds for the clauses before it too."""
import pytest

from extract.pipeline import parse_text

L, R, C = "lead", "responsible", "cooperating"


def roles(rule: str, note: str = "") -> list:
    text = ("某省实施方案\n一、重点任务\n（一）建设平台。加快建设平台。" + rule + "（省科技厅、省发展改革委）\n"
            "（二）培育企业。加快培育企业。（省工业和信息化厅、省财政厅）\n" + note)
    return [[(u.name, u.role) for u in t.units] for t in parse_text(text).tasks]


@pytest.mark.parametrize("rule, others", [
    ("（列第一位的为牵头单位，下同）", R),
    ("（各项任务中列第一位的为牵头单位，其他为配合单位，下同）", C),
    ("（以下各项工作均由排在第一位的部门牵头，其他部门配合）", C),
    ("（各项工作第一个单位为牵头单位，其余为参与单位）", C),
    ("（列在首位的为牵头单位，下同）", R),
    ("（列第一位者为牵头或汇总单位,下同）", R),
    ("（排第一位的为牵头单位,其他为协助配合单位,下同）", C),     # probe batch 99, both annotators
], ids=["ditto", "each-item-ditto", "lead-as-verb", "first-unit-participants", "shouwei", "lead-or-summary",
        "others-assist"])
def test_a_rule_for_every_item_makes_each_first_unit_the_lead(rule, others):
    assert roles(rule) == [[("省科技厅", L), ("省发展改革委", others)], [("省工业和信息化厅", L), ("省财政厅", others)]]


def test_a_rule_inside_one_clause_holds_for_that_clause_only():
    """（责任单位：…，杭州市人民政府，第一位为牵头单位）: gold-fresh's Zhejiang PDF 22."""
    text = ("某省若干措施\n一、建设平台。加快建设平台。（责任单位：省科技厅、省发展改革委，第一位为牵头单位）\n"
            "二、培育企业。加快培育企业。（责任单位：省工业和信息化厅、省财政厅）\n")
    assert [[(u.name, u.role) for u in t.units] for t in parse_text(text).tasks] == [
        [("省科技厅", L), ("省发展改革委", R)], [("省工业和信息化厅", R), ("省财政厅", R)]]


def test_a_note_after_the_list_holds_for_the_clauses_before_it():
    assert roles("", note="注：排在第一位的为牵头单位。\n") == [[("省科技厅", L), ("省发展改革委", R)],
                                                      [("省工业和信息化厅", L), ("省财政厅", R)]]


def test_no_rule_no_lead():
    assert roles("") == [[("省科技厅", R), ("省发展改革委", R)], [("省工业和信息化厅", R), ("省财政厅", R)]]


def test_a_note_under_a_task_table_makes_each_rows_first_unit_the_lead():
    from extract.read.ingest import read_bytes
    page = ("<html><body><p>某省数字经济行动方案</p><p>附件</p><p>重点任务分解表</p><table>"
            "<tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>完成时限</td></tr>"
            "<tr><td>1</td><td>建设算力平台</td><td>省发展改革委、省经信厅</td><td>2026年底</td></tr>"
            "<tr><td>2</td><td>培育数据企业</td><td>省数据局</td><td>2027年底</td></tr>"
            "<tr><td>3</td><td>完善标准</td><td>省市场监管局、省经信厅</td><td>2027年底</td></tr>"
            "</table>{}</body></html>")

    def rows(note):
        ing = read_bytes(page.format(note).encode("utf-8"), "plan.html")
        return [[(u.name, u.role) for u in t.units] for t in parse_text(ing.text, tables=ing.tables).tasks]
    assert rows("<p>注：责任单位中排在第一位的为牵头单位。</p>") == [
        [("省发展改革委", L), ("省经信厅", R)], [("省数据局", L)], [("省市场监管局", L), ("省经信厅", R)]]
    assert rows("") == [[("省发展改革委", R), ("省经信厅", R)], [("省数据局", R)], [("省市场监管局", R), ("省经信厅", R)]]


HUNAN = ("关于分解落实2014年政府工作报告重点工作的意见\n\n一、全面落实改革开放目标任务\n\n"
         "(一)促进多种所有制经济共同发展。深化企业管理体制改革(分管副省长、协管副秘书长负责,省国资委牵头。"
         "明确牵头部门的,有关部门配合,不逐一列出,下同)。鼓励非公有制企业参与国有企业改革(分管副省长、协管副秘书长负责,"
         "省经信委、省发改委负责。责任单位两个以上的,列第一者为牵头单位,下同)。推进工商注册制度便利化(分管副省长、"
         "协管副秘书长负责,省工商局牵头)。\n\n(二)加快转变政府职能。深化投资体制改革(分管副省长负责,省发改委、省财政厅负责)。\n")


def test_clauses_that_name_officials_first_and_a_rule_with_its_condition():
    """(分管副省长、协管副秘书长负责,省经信委、省发改委负责。责任单位两个以上的,列第一者为牵头单位,下同): the
    officials named first are persons, not units, and the rule stated with its condition holds for
    this clause and every later one; the note 明确牵头部门的,有关部门配合,不逐一列出 names no unit
    (both annotators of a 2014 province's division of work, probe batch 24)."""
    doc = parse_text(HUNAN)
    units = {"/".join(t.path): [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units["一/(一)"] == [("省国资委", "lead"), ("省经信委", "lead"), ("省发改委", "responsible"),
                               ("省工商局", "lead")]
    assert units["一/(二)"] == [("省发改委", "lead"), ("省财政厅", "responsible")]
    assert {c.kind for c in doc.conventions} == {"first_is_lead", "note"}


def test_a_unit_a_rule_makes_lead_that_another_clause_names_lead_is_one_responsibility():
    """(分管副省长负责,省科技厅、省发改委等负责。列第一位的为牵头部门…,下同), 建设…(省科技厅牵头): one
    item, two clauses, and 省科技厅 the lead of both -- one responsibility, as a unit listed twice
    in one clause is (both annotators of a 2016 province's division of its work report, probe
    batch 39). Without the rule the first clause's 省科技厅 stays responsible beside the lead."""
    text = ("某省政府工作报告重点工作分工\n一、重点工作\n（一）增强创新能力。落实研发费用加计扣除政策（省科技厅、省发改委、"
            "省财政厅等负责。列第一位的为牵头部门，其他部门和单位按职责分工负责，下同），建设一批众创空间（省科技厅牵头）。\n"
            "（二）扩大有效投资。推进重大项目建设（省发改委、省财政厅）。\n")
    units = [[(u.name, u.role) for u in t.units] for t in parse_text(text).tasks]
    assert units == [[("省科技厅", L), ("省发改委", R), ("省财政厅", R)], [("省发改委", L), ("省财政厅", R)]]
    bare = text.replace("列第一位的为牵头部门，其他部门和单位按职责分工负责，下同", "")
    assert [[(u.name, u.role) for u in t.units] for t in parse_text(bare).tasks][0] == \
        [("省科技厅", R), ("省发改委", R), ("省财政厅", R), ("省科技厅", L)]


def test_a_rule_in_round_brackets_after_the_first_unit_leaves_the_list_whole():
    """责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局: the rule fills its round brackets,
    which go with it, so 县发改局 stays in the list and leads, here and in every later clause (both
    annotators of a 2022 county's division of its work report, probe batch 66)."""
    from extract.pipeline import parse_text
    text = ("一、经济发展\n1.地区生产总值增长7.5%左右。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局\n"
            "2.落实过紧日子要求。 责任单位:县财政局、县审计局\n")
    assert [[(u.name, u.role) for u in t.units] for t in parse_text(text).tasks] == [
        [("县发改局", "lead"), ("县财政局", "responsible"), ("县税务局", "responsible")],
        [("县财政局", "lead"), ("县审计局", "responsible")]]


def test_a_rule_after_a_full_stop_in_the_first_clause_with_its_condition():
    """(由市发展改革委、经委、农办、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同) in a 2007
    city's division of its work report (probe batch 239): the rule holds for that clause and every later one; 经委
    and 农办 are departments, given the list's 市."""
    text = ("关于《政府工作报告》确定的2007年主要工作分办意见\n一、主要预期目标\n"
            "1、全市GDP增长10%以上(由市发展改革委、经委、农办、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。\n"
            "2、全社会固定资产投资增长20%以上(由市发展改革委、统计局负责)。\n")
    assert [[(u.name, u.role) for u in t.units] for t in parse_text(text).tasks] == [
        [("市发展改革委", L), ("市经委", R), ("市农办", R), ("市统计局", R)], [("市发展改革委", L), ("市统计局", R)]]
