"""parse_deadline / find_deadlines / find_phases: every form the issue lists, and the negatives.

Relative forms resolve against the document's own date (BASE), never today.
"""
import pytest

from extract import rules
from extract.find.deadlines import find_deadlines, find_phases, parse_deadline

BASE = "2024-02-22"

# (id, text, kind, date_start, date_end, open_ended)
CASES = [
    ("dao-year-end", "到2026年底", "point", None, "2026-12-31", False),
    ("year-end", "2025年底", "point", None, "2025-12-31", False),
    ("year-end-before", "2024年底前", "point", None, "2024-12-31", False),
    ("year-nian-di", "2024年年底前", "point", None, "2024-12-31", False),
    ("jiezhi-year-mo", "截至2025年末", "point", None, "2025-12-31", False),
    ("half-year", "2026年上半年", "point", None, "2026-06-30", False),
    ("second-half", "2025年下半年", "point", None, "2025-12-31", False),
    # a quarter is its three months (both probe annotators, batch 12); its end (末, 底, 前) a point
    ("quarter-with-year", "2024年第三季度", "point", "2024-07-01", "2024-09-30", False),
    ("quarter-relative", "第一季度", "point", "2024-01-01", "2024-03-31", False),
    ("quarter-end", "2024年第三季度末", "point", None, "2024-09-30", False),
    ("quarter-before", "第二季度前", "point", None, "2024-06-30", False),
    ("month", "2025年4月", "point", None, "2025-04-30", False),
    ("dao-month", "到2025年4月", "point", None, "2025-04-30", False),
    ("month-end-before", "2024年12月底前", "point", None, "2024-12-31", False),
    ("feb-leap", "2024年2月底前", "point", None, "2024-02-29", False),
    ("day", "2024年6月30日前", "point", None, "2024-06-30", False),
    ("cn-date", "二〇二四年六月底前", "point", None, "2024-06-30", False),
    ("dao-year", "到2025年", "point", None, "2025-12-31", False),
    ("year-before", "2027年前", "point", None, "2027-12-31", False),
    ("vision-year", "展望2035年", "point", None, "2035-12-31", False),
    ("year-within", "2025年内", "point", None, "2025-12-31", False),
    ("range-emdash", "2023年5月—2024年6月", "range", "2023-05-01", "2024-06-30", False),
    ("range-hyphen", "2024年6月-2024年7月", "range", "2024-06-01", "2024-07-31", False),
    ("range-zhi", "2023年5月至2024年6月", "range", "2023-05-01", "2024-06-30", False),
    ("range-damaged", "20238月一202310月", "range", "2023-08-01", "2023-10-31", False),
    ("range-damaged-2", "202311月一202512月", "range", "2023-11-01", "2025-12-31", False),
    ("range-to-mid-month", "2022 年 6 月-9 月中旬", "range", "2022-06-01", "2022-09-20", False),
    ("range-small-hyphen", "20261月﹣20267月", "range", "2026-01-01", "2026-07-31", False),
    ("range-same-year", "2024年6月-7月", "range", "2024-06-01", "2024-07-31", False),
    ("range-bare-months", "2024年1-3月", "range", "2024-01-01", "2024-03-31", False),
    ("range-days", "2023年3月22日至2023年3月28日", "range", "2023-03-22", "2023-03-28", False),
    # (its first 日 lost before 至: a 2017 township's campaign, probe batch 103, both annotators)
    ("range-days-lost-ri", "2017年10月25至2017年11月25日", "range", "2017-10-25", "2017-11-25", False),
    ("range-years", "2024—2026年", "range", "2024-01-01", "2026-12-31", False),
    ("fyp-period", "十四五期间", "range", "2021-01-01", "2025-12-31", False),
    ("fyp-quoted", "“十五五”时期", "range", "2026-01-01", "2030-12-31", False),
    ("fyp-end", "“十四五”末", "point", None, "2025-12-31", False),
    ("recurring-year", "每年", "recurring", None, None, False),
    ("recurring-quarter", "每季度", "recurring", None, None, False),
    ("yearly-month-end-first-occurrence", "每年6月底前", "point", None, "2024-06-30", False),
    ("ongoing-changqi", "长期坚持", "ongoing", None, None, True),
    ("ongoing-chixu", "持续推进", "ongoing", None, None, True),
    ("open-month", "2026年7月以后", "point", None, "2026-07-31", True),
    ("open-damaged", "20267月以后", "point", None, "2026-07-31", True),
    ("open-year", "自2025年起", "point", None, "2025-12-31", True),
    ("open-year-kaishi", "从2019年开始", "point", None, "2019-12-31", True),
    ("open-month-kaishi", "自2024年7月开始", "point", None, "2024-07-31", True),
    ("open-year-kaishi-pdf-spacing", "从 2019 年开始", "point", None, "2019-12-31", True),
    ("relative-year-end", "年底前", "point", None, "2024-12-31", False),
    ("relative-this-year", "今年底前", "point", None, "2024-12-31", False),
    ("relative-next-year", "明年", "point", None, "2025-12-31", False),
    ("relative-within-years", "三年内", "point", None, "2026-12-31", False),
    # (the same day six months on: both annotators of probe batch 34 count 用3个月时间 so; this
    # case had pinned the month's end, written without gold)
    ("relative-within-months", "6个月内", "point", None, "2024-08-22", False),
    ("relative-month", "6月底前", "point", None, "2024-06-30", False),
    ("relative-this-year-month", "今年6月底前", "point", None, "2024-06-30", False),
    ("relative-next-year-month", "明年3月", "point", None, "2025-03-31", False),
    # thirds of a month: 上旬 ends on the 10th, 中旬 on the 20th, 下旬 on the last day
    ("month-first-third", "2024年3月上旬", "point", None, "2024-03-10", False),
    ("month-middle-third", "2024年12月中旬", "point", None, "2024-12-20", False),
    ("month-last-third", "2024年2月下旬", "point", None, "2024-02-29", False),
    ("relative-month-third", "9月中旬前", "point", None, "2024-09-20", False),
]

NOT_DEADLINES = [
    ("fyp-plan-title", "十四五规划"), ("year-of-accounts", "2026年度"), ("per-10k", "每万人"), ("regularly", "定期"),
    ("long-term-partner", "长期合作关系"), ("plan-length", "三年试点建设"), ("event-name", "世界知识产权宣传日"),
    ("that-year", "抵免当年应缴教育费附加"), ("bare-number", "企业政策2024"),
]


@pytest.mark.parametrize("text, kind, start, end, open_ended", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parse_deadline(text, kind, start, end, open_ended):
    d = parse_deadline(text, base_date=BASE)
    assert d is not None
    assert (d.kind, d.date_start, d.date_end, d.open_ended) == (kind, start, end, open_ended)
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", [c[1] for c in NOT_DEADLINES], ids=[c[0] for c in NOT_DEADLINES])
def test_not_a_deadline(text):
    assert parse_deadline(text, base_date=BASE) is None


@pytest.mark.parametrize("text, base, end", [
    ("年底前", "2023-03-22", "2023-12-31"),
    ("年底前", None, None),                      # no document date: unresolved, never today
    # a month already past: next year's only in a text of the last quarter (a plan for the
    # coming year); earlier, a milestone of the year the plan runs (probe batches 29, 38)
    ("3月底前", "2024-11-10", "2025-03-31"),
    ("3月底前", "2024-05-10", "2024-03-31"),
    ("一季度", "2021-04-08", "2021-03-31"),
    ("明年", "2023-08-15", "2024-12-31"),
], ids=["other-base", "no-base", "month-past-rolls-over", "month-past-mid-year", "quarter-past", "next-year"])
def test_relative_dates_use_the_document_date(text, base, end):
    assert parse_deadline(text, base_date=base).date_end == end


def test_base_date_may_be_a_date():
    from datetime import date
    assert parse_deadline("年内", base_date=date(2025, 6, 1)).date_end == "2025-12-31"


# ---------------------------------------------------------------- running text

def ends(text, **kw):
    return [(d.text, d.date_start, d.date_end) for d in find_deadlines(text, 0, len(text), base_date=BASE, **kw)]


@pytest.mark.parametrize("text, want", [
    ("按照《知识产权强国建设纲要(2021-2035年)》要求,到2025年,全面完成。", [("到2025年", None, "2025-12-31")]),
    ("《河南省知识产权局关于组织开展2023年知识产权强国建设试点示范城市申报工作的通知》", []),
    ("朝阳市国家知识产权强市建设试点城市工作方案(2024-2026年)\n", []),
    ("工作方案2024年-2026年)\n", []),
    ("舞钢市创建国家知识产权强县建设示范县(2023-2026)实施方案", []),
    ("第一阶段(2024-2025年):完成试点。", [("2024-2025年", "2024-01-01", "2025-12-31")]),
    ("(国知发运字〔2024〕2号)", []),
    ("办公室\n2024年4月10日\n(此件公开发布)", []),
    ("2024年4月10日前完成部署。", [("2024年4月10日前", None, "2024-04-10")]),
    ("2020年,全省已建成知识产权运营中心5个。", []),
    ("2022年,全市专利授权量达到1万件。", []),
    ("2026年,全区知识产权管理体制机制更加完善。", [("2026年", None, "2026-12-31")]),
    ("比2020年,增长一倍。", []),
    ("每年组织开展满意度调查,持续推进示范区建设。", []),
    ("“十三五”时期,全省知识产权事业取得显著成效。", []),
    ("2024 年 6 月底前,出台实施细则。", [("2024 年 6 月底前", None, "2024-06-30")]),
    ("1\t推进专利转化运用专项行动\t市市场监管局\t2025年\n2\t培育产品\t市科技局\t长期坚持\n",
     [("2025年", None, "2025-12-31")]),
    ("1 | 实施计划 | 市市场监管局 | 2025年 |", [("2025年", None, "2025-12-31")]),
    ("全市2025年知识产权工作要点\n", []),
    ("2024年完成改造,2025年、2026年每年改造一批。",
     [("2024年", None, "2024-12-31"), ("2025年", None, "2025-12-31"), ("2026年", None, "2026-12-31")]),
    ("2024年全市工作的主要目标是:", [("2024年", None, "2024-12-31")]),
    ("2023年全市完成投资5亿元。", []),
    ("县人民政府办公室  2024年3月8日印发\n", []),
    ("2024年2月20日,县政府常务会议研究同意本方案。", []),
    ("2024年是攻坚之年。", []),
    ("6月底出台政策,12月中旬完成年度考核。", [("6月底", None, "2024-06-30"), ("12月中旬", None, "2024-12-20")]),
    ("3月15日消费者权益日", []),
    ("1 | 数据标注 | 2027年建成数据标注基地;2030年培育2家标注企业。 |",
     [("2027年", None, "2027-12-31"), ("2030年", None, "2030-12-31")]),
    ("2027年打造3家示范标杆。", [("2027年", None, "2027-12-31")]),
    ("1 | 基础 | 2022年建成运营中心5个。 |", []),
    ("本措施自2026年1月1日起实施,有效期至2030年12月31日。",
     [("自2026年1月1日起实施,有效期至2030年12月31日", "2026-01-01", "2030-12-31")]),
    ("计划2027年完成100颗卫星布局,2032年达千星规模。", [("2027年", None, "2027-12-31"), ("2032年", None, "2032-12-31")]),
    ("分期建设,预计2026年建设中心楼。", [("2026年", None, "2026-12-31")]),
    ("2020年,全省已建成运营中心5个。", []),
    ("本政策措施自2026年9月X日起施行,有效期三年。", [("自2026年9月X日起施行,有效期三年", "2026-09-01", "2029-09-30")]),
    ("本措施自2025年5月31日起实施,有效期3年。", [("自2025年5月31日起实施,有效期3年", "2025-05-31", "2028-05-30")]),
    ("一、2024年全区经济社会发展的主要预期目标\n(一)地区生产总值增长7%以上\n", [("2024年", None, "2024-12-31")]),
    ("(二)2024年全市完成改造3万亩。\n", [("2024年", None, "2024-12-31")]),
    ("一、2020年以来工作回顾\n", []),
    ("从2025年起,力争通过三年努力,于2027年底前完成改造。",
     [("从2025年起,力争通过三年努力", "2025-01-01", "2027-12-31"), ("于2027年底前", None, "2027-12-31")]),
    ("一、2025年主要预期目标\n1.地区生产总值增长6%。\n", [("2025年", None, "2025-12-31")]),
], ids=["book-title", "year-in-book-title", "own-title-period", "damaged-title-period", "title-period-no-nian",
        "stage-period", "doc-number", "signature-date", "full-date-in-text", "baseline-already", "baseline-past-year",
        "goal-opening-year", "comparison-year", "frequencies-and-manners", "past-period",
        "pdf-spaces", "table-cell-tab", "table-cell-bar", "year-in-a-name", "year-opening-clauses-and-a-year-list",
        "year-then-area", "past-year-then-area", "printing-date", "date-before-the-plan", "year-as-subject", "month-parts-without-qian", "bare-day-is-an-event",
        "year-opening-a-table-cell-and-a-clause", "year-then-verb-of-making", "past-year-in-a-cell-is-background", "validity-period-is-one-range",
        "planned-year-then-verb-and-a-year-reached", "expected-year-then-building", "past-year-already-built",
        "in-force-from-a-month-for-years", "in-force-from-a-day-for-years",
        "year-opening-a-numbered-goal-heading", "year-opening-a-numbered-item", "past-year-opening-a-heading",
        "from-a-year-through-years-of-work", "year-before-the-main-goals"])
def test_find_deadlines(text, want):
    assert ends(text) == want


def test_undated_kinds_on_request():
    text = "每年组织开展满意度调查,长期坚持,2025年底前完成。"
    assert [d.kind for d in find_deadlines(text, base_date=BASE, undated=True)] == ["recurring", "ongoing", "point"]
    assert [d.kind for d in find_deadlines(text, base_date=BASE)] == ["point"]


def test_spans_are_absolute_and_limited_to_the_range():
    text = "2023年3月22日至3月28日征求意见。\n二、目标\n到2026年底,完成建设;2025年底,备案200件。"
    start = text.index("二")
    ds = find_deadlines(text, start, len(text), base_date=BASE)
    assert [d.text for d in ds] == ["到2026年底", "2025年底"]
    assert all(text[d.start:d.end] == d.text for d in ds)


def test_every_rule_starts_with_a_listed_first_character():
    """The reader puts fragment first_char in a look-ahead: each example must still match."""
    import re
    rs = rules.load("deadlines")
    first = re.compile("(?=" + rs.fragments["first_char"] + ")")
    for r in rs:
        if not r.get("kind"):
            continue
        for ex in r.examples:
            m = r.regex.search(ex)
            assert first.match(ex, m.start()), (r.id, ex)


def test_every_dated_rule_holds_an_anchor():
    """The reader only tries rules around fragment `anchor`: each dated example holds one."""
    import re
    rs = rules.load("deadlines")
    anchor = re.compile(rs.fragments["anchor"])
    for r in rs:
        if r.get("kind") in ("point", "range"):
            for ex in r.examples:
                m = r.regex.search(ex)
                assert anchor.search(ex, m.start(), m.end() + 1), (r.id, ex)   # ")" may follow


# ---------------------------------------------------------------- phases

SCHEDULE = """某市知识产权工作方案

一、工作目标

到2026年底,全面完成试点任务。

二、工作步骤

(一)工作启动阶段(20238月一202310月)

召开启动会。

(二)组织实施阶段(2023年11月—2025年12月)

全面推进。

(三)验收准备。2026年4月,准备验收材料。

(四)巩固提高阶段(2026年7月以后)

巩固成果。

三、保障措施

(一)加强组织领导。成立领导小组。
"""


def test_find_phases():
    from extract.pipeline import parse_text
    doc = parse_text(SCHEDULE)
    rows = [(p.name, p.date_start, p.date_end) for p in find_phases(doc)]
    assert rows == [
        ("工作启动阶段", "2023-08-01", "2023-10-31"),
        ("组织实施阶段", "2023-11-01", "2025-12-31"),
        ("验收准备", "2026-04-01", "2026-04-30"),
        ("巩固提高阶段", "2026-07-01", None),
    ]
    assert all(doc.text[p.start:p.end].startswith("(") for p in find_phases(doc))


# ---------------------------------------------------------------- relative to a stated base

def test_a_year_with_qi_sets_the_base_of_a_later_bare_within():
    from extract.find.deadlines import find_deadlines
    text = "各地2012年起5年内完成改造。其后,5年内再完成一次评估。"
    got = [(d.text, d.date_start, d.date_end) for d in find_deadlines(text, base_date="2013-05-01")]
    assert got == [("2012年起5年内", "2012-01-01", "2016-12-31"), ("5年内", None, "2016-12-31")]


def test_without_a_stated_base_a_bare_within_counts_from_the_document_date():
    from extract.find.deadlines import find_deadlines
    got = [(d.text, d.date_end) for d in find_deadlines("力争5年内完成评估。", base_date="2019-02-13")]
    assert got == [("5年内", "2023-12-31")]


@pytest.mark.parametrize("text, base, end", [
    ("本意见印发之日起30日内", "2019-02-13", "2019-03-15"),
    ("自本办法施行之日起6个月内", "2019-02-13", "2019-08-13"),     # (the same day: see _add_months)
    ("发布之日起十五日内", "2020-01-01", "2020-01-16"),
])
def test_days_after_the_document_date(text, base, end):
    from extract.find.deadlines import parse_deadline
    assert parse_deadline(text, base_date=base).date_end == end


# ---------------------------------------------------------------- events before the document

REPLY = """国务院办公厅关于某省所提问题和建议办理情况的函
国办函〔2004〕57号
某省人民政府:
2004年4月16日至18日,国务院有关部门负责同志赴你省考察。现将办理情况函告如下:
一、2004年底前,发展改革委完成评估。
二、2005年3月起开展试点。
国务院办公厅
2004年8月12日
"""


def test_a_date_over_before_the_document_was_signed_is_an_event_not_a_deadline():
    from extract.find.deadlines import doc_deadlines
    from extract.pipeline import parse_text
    doc = parse_text(REPLY)
    assert doc.meta.signed == "2004-08-12"
    assert [d.text for d in doc_deadlines(doc)] == ["2004年底前", "2005年3月起"]
    # the same letter without the date it bears: nothing tells the visit is over
    undated = parse_text(REPLY.replace("2004年8月12日\n", ""))
    assert undated.meta.signed is None
    assert [d.text for d in doc_deadlines(undated)][0] == "2004年4月16日至18日"


@pytest.mark.parametrize("text, span", [
    ("“九五”期间,投资规模每年按10亿元安排", ("1996-01-01", "2000-12-31")),
    ("“十五”期间基本完成", ("2001-01-01", "2005-12-31")),
    ("十一五时期建成", ("2006-01-01", "2010-12-31")),
    ("“十五五”期间", ("2026-01-01", "2030-12-31")),
])
def test_every_five_year_plan_by_its_number(text, span):
    from extract.find.deadlines import find_deadlines
    assert [(d.date_start, d.date_end) for d in find_deadlines(text, base_date="1996-02-09")] == [span]


@pytest.mark.parametrize("text", ["十五期间的", "九五折优惠", "十九五期间"])
def test_fifteen_and_a_discount_are_no_plan_period(text):
    from extract.find.deadlines import find_deadlines
    assert find_deadlines(text, base_date="1996-02-09") == []


@pytest.mark.parametrize("text, base, got", [
    # from the year the text starts it
    ("从2019年起,各有关部门于每年2月底前报送", "2018-12-06", [("2019-02-28",)]),
    ("2020年起,国家卫生健康委每年3月底前完成上述工作。", "2019-01-16", [("2020-03-31",)]),
    # a bare month in the same sentence continues the schedule; one in the next does not
    ("2020年起,每年2月底前各省完成考核,3月底前国家完成分析。4月底前总结。", "2019-01-16",
     [("2020-02-29",), ("2020-03-31",), ("2019-04-30",)]),
    # no start year: the first occurrence after the document's date
    ("机关应当于每年1月31日前公开上年度数据", "2018-12-05", [("2019-01-31",)]),
    ("每年6月底前报送", "2018-12-05", [("2019-06-30",)]),
])
def test_a_yearly_date_is_due_first_at_its_first_occurrence(text, base, got):
    from extract.find.deadlines import find_deadlines
    assert [(d.date_end,) for d in find_deadlines(text, base_date=base)] == got


def test_every_year_without_a_month_stays_undated():
    from extract.find.deadlines import find_deadlines
    assert find_deadlines("每年开展一次评估", base_date="2018-12-05") == []
    assert [d.kind for d in find_deadlines("每年开展一次评估", base_date="2018-12-05", undated=True)] == ["recurring"]


@pytest.mark.parametrize("text, got", [
    # a window given by its first day and its length
    ("2018年12月31日之前已完成转制的企业,自2019年1月1日起可继续免征五年企业所得税。",
     [("2019-01-01", "2023-12-31")]),
    ("新政策从2024年7月1日起执行3年。", [("2024-07-01", "2027-06-30")]),
    # GUIDE.md: a duration that says how long an entitlement lasts is not a deadline
    ("转制为企业后,五年内免征企业所得税。", []),
    ("符合条件的企业补贴5年内享受。", []),
    ("力争五年内完成改造。", [(None, "2023-12-31")]),
    # a date followed by 已: something done already, a condition on the past
    ("发展改革委今年已将你省纳入试点范围。", []),
    ("2019年12月31日之前完成转制的企业。", [(None, "2019-12-31")]),
])
def test_entitlements_windows_and_things_done_already(text, got):
    from extract.find.deadlines import find_deadlines
    assert [(d.date_start, d.date_end) for d in find_deadlines(text, base_date="2019-02-01")] == got


def test_the_year_a_vision_is_set_for_is_a_deadline():
    """展望2035年: every annotator who met one (four documents) dates the vision so."""
    from extract.find.deadlines import find_deadlines
    got = find_deadlines("展望2035年,数字经济将迈向繁荣成熟期。", base_date="2021-12-12")
    assert [(d.text, d.date_end) for d in got] == [("展望2035年", "2035-12-31")]


def test_a_period_opened_and_closed_in_two_clauses_is_one_range():
    from extract.find.deadlines import find_deadlines
    got = find_deadlines("从1996年开始逐年扩招,分3年落实,至1998年,招生规模达到2000人。", base_date="1996-01-01")
    assert [(d.date_start, d.date_end) for d in got] == [("1996-01-01", "1998-12-31")]
    two = find_deadlines("从1996年开始扩招。至1998年,招生规模达到2000人。", base_date="1996-01-01")
    assert [(d.date_start, d.date_end) for d in two] == [(None, "1996-12-31"), (None, "1998-12-31")]


DECREE = """中华人民共和国国务院令
第707号
现公布修订后的《某某税法实施条例》,自2019年1月1日起施行。
总理 某某
2018年12月18日
某某税法实施条例
第一条 根据某某税法,制定本条例。
第二条 纳税人应当在取得所得的次年3月31日前办理汇算清缴。
第三条 本条例自2019年1月1日起施行。
"""


def test_the_order_above_a_regulation_states_when_it_takes_effect():
    """CONVENTIONS.md C11: an effective date is a deadline, every occurrence, the
    decree's above the title too; nothing else above the title is."""
    from extract.find.deadlines import doc_deadlines
    from extract.pipeline import parse_text
    doc = parse_text(DECREE)
    ends = [d.date_end for d in doc_deadlines(doc)]
    assert ends.count("2019-01-01") == 2
    assert "2018-12-18" not in ends


def test_the_start_of_this_year_in_a_letter_of_october_is_over():
    """今年初 is the year's first quarter: in a letter signed in October it is an event
    already over; 明年初 is due."""
    from extract.find.deadlines import doc_deadlines
    from extract.pipeline import parse_text
    doc = parse_text(REPLY.replace("2004年4月16日至18日,国务院有关部门负责同志赴你省考察。",
                                   "今年初,网站正式开通。明年初完成评估。"))
    assert [(d.text, d.date_end) for d in doc_deadlines(doc)][:1] == [("明年初", "2005-03-31")]


@pytest.mark.parametrize("text, want", [
    ("“十四五”时期是我国全面建成小康社会之后的第一个五年。", []),
    ("“十四五”时期，我国发展仍然处于重要战略机遇期。", []),
    ("“十四五”时期，为贯彻落实农业农村部规划，特制定本实施意见。", []),
    ("专栏1　“十四五”时期主要指标", []),
    ("“十四五”时期各省要稳定粮食播种面积、提高单产水平。", ["“十四五”时期"]),
    ("“十四五”时期实施扩大内需战略的主要目标是：", ["“十四五”时期"]),
    ("（二）“九五”期间，固定资产投资规模每年仍按10亿元安排。", ["“九五”期间"]),
    ("“九五”期间及其后一段时间，我国地震活动将进一步增强。", []),
])
def test_a_period_described_is_no_deadline_work_set_in_it_is(text, want):
    """“十四五”时期是…/，我国…处于…/，为贯彻落实…/a box's caption: the period described, not
    work due in it (both annotators of two plans of a new round of second annotations)."""
    assert [d.text for d in find_deadlines(text)] == want


def test_a_regulations_relative_time_limits_are_no_deadlines():
    """自收到通知之日起一个月内 / 2年内不得… in a regulation run from each case (CONVENTIONS.md
    C10): both annotators of two regulations leave them out; a plan's 一个月内 stays."""
    from extract.pipeline import parse_text
    notice = "某市科学技术委员会关于印发《某某专家库管理办法》的通知\n各有关单位：\n现将办法印发给你们。\n某市科学技术委员会\n2025年7月28日\n"
    reg = parse_text(notice + "某某专家库管理办法\n第一章 总则\n第一条 为规范管理，制定本办法。\n"
                     "第二条 专家应当自收到通知之日起一个月内提交材料。\n第三条 违反规定的，2年内不得再次入库。\n"
                     "第四条 本办法自2025年9月1日起施行。\n")
    assert reg.genre == "regulation"
    assert [d.text for d in reg.deadlines] == ["2025年9月1日"]
    plan = parse_text("某市人民政府办公室关于印发某某工作方案的通知\n各区人民政府：\n现将方案印发给你们。\n"
                      "某市人民政府办公室\n2024年3月1日\n某某工作方案\n一、重点任务\n(一)建设平台。一个月内完成平台建设。\n")
    assert [d.text for d in plan.deadlines] == ["一个月内"]


def test_a_written_year_dates_the_bare_months_after_it_in_its_sentence():
    """于2023年3月25日、6月25日、9月25日前…,12月25日前报告全年落实情况: the later dates are
    2023's (both probe annotators, batch 9), whatever the document's own date; a list
    of dates ending in 前 shares it (6月25日); the next sentence starts afresh."""
    t = ("各责任单位要于2023年3月25日、6月25日、9月25日前向省政府报告进展情况,12月25日前报告全年落实情况。"
         "各地要在6月底前完成自查。")
    got = [(d.text, d.date_end) for d in find_deadlines(t, base_date="2022-12-20")]
    assert got == [("于2023年3月25日", "2023-03-25"), ("6月25日", "2023-06-25"), ("9月25日前", "2023-09-25"),
                   ("12月25日前", "2023-12-25"), ("6月底前", "2023-06-30")]
    # (the last: resolved against the document's date, 2022-12-20, as before: the next 6月底)
    assert [d.text for d in find_deadlines("于6月25日、9月25日召开会议。", base_date=BASE)] == []


def test_a_written_year_carries_across_the_semicolons_of_a_schedule():
    """2010年5月30日前,完成…;7月31日前,…;11月20日前,…: a schedule's items share the year
    (both annotators of a 2010 city's project page, probe batch 47); a year label
    (2020年任务:一是4月底前…;二是10月底前…) dates its items as the year written does;
    the next sentence starts afresh."""
    t = ("六、工作进度。2010年5月30日前,完成立项工作;7月31日前,完成基础施工;11月20日前,全部建成。"
         "8月底前开展验收。")
    got = [(d.text, d.date_end) for d in find_deadlines(t)]
    assert got == [("2010年5月30日前", "2010-05-30"), ("7月31日前", "2010-07-31"), ("11月20日前", "2010-11-20")]
    t = "确定村庄布局。2020年任务:一是4月底前完成评估工作;二是10月底前完成修编。"
    got = [(d.text, d.date_end) for d in find_deadlines(t)]
    assert got == [("2020年", "2020-12-31"), ("4月底前", "2020-04-30"), ("10月底前", "2020-10-31")]


def test_the_day_of_an_event_the_text_recalls_is_no_deadline():
    """特别是2024年9月26日在中央政治局工作会议和2025年1月22日至24日在辽宁考察时的重要讲话: the days of a
    meeting and a visit (both annotators of a 2025 city's plan, probe batch 52); a date due stays."""
    t = ("为深入贯彻重要讲话精神,特别是2024年9月26日在中央政治局工作会议和2025年1月22日至24日在辽宁考察时的"
         "重要讲话精神,制定本方案。2025年6月30日前完成清理。")
    assert [(d.text, d.date_end) for d in find_deadlines(t)] == [("2025年6月30日前", "2025-06-30")]


def test_a_month_and_day_that_lost_their_month_mark_are_read_where_one_split_makes_a_day():
    """分别于615日、1215日前将…报至: 6月15日 and 12月15日 of the text's year (both annotators of a 2021
    district's notice, probe batch 54); 125日 (1月25日 or 12月5日) and 120日内 (a span) give none."""
    got = [(d.text, d.date_end) for d in find_deadlines("各单位须分别于615日、1215日前将进展报至牵头单位。",
                                                       base_date="2021-03-01")]
    assert got == [("615日", "2021-06-15"), ("1215日前", "2021-12-15")]
    assert find_deadlines("各单位须于125日前报送。", base_date="2021-03-01") == []
    assert find_deadlines("各单位须于120日内完成整改。", base_date="2021-03-01") == []


def test_the_next_n_years_from_the_year_of_a_texts_number():
    """苏政办发〔2013〕144号 / …今后3年,苏中工业增加值年均增幅高于…: 2013 to 2015, the text's year first, read
    from its number when it bears no date (both annotators of a 2013 province's division, probe batch 54);
    the period a text describes (对今后五年我省经济社会发展…) is none."""
    from extract.pipeline import parse_text
    text = ("某省人民政府办公厅关于印发某地区发展任务分解方案的通知\n某政办发〔2013〕144号\n各市人民政府:\n"
            "一、主要任务\n(一)推进产业发展。今后3年,工业增加值年均增幅高于全省平均水平1个百分点。(省经信委负责)\n")
    got = [(d.text, d.date_start, d.date_end) for d in parse_text(text).deadlines]
    assert got == [("今后3年", "2013-01-01", "2015-12-31")]
    told = parse_text(text.replace("今后3年,工业增加值", "对今后3年工业发展意义重大,工业增加值"))
    assert told.deadlines == []


def test_a_notice_that_is_the_document_keeps_the_dates_of_its_opening():
    """A notice with no plan title under it: its own title is the document's, and the
    dates its opening sets (before the first heading) are the document's; the date it
    was signed is not (GUIDE: the notice's own dates are metadata)."""
    from extract.pipeline import parse_text
    own = ("河南省人民政府\n关于明确2023年重点工作责任单位的通知\n豫政〔2023〕5号\n"
           "现将重点工作任务予以分解。各责任单位要于2023年3月25日前报告进展情况。\n"
           "一、加快提振市场信心\n(一)全面促进消费增长。\n1.恢复和扩大消费。(省商务厅负责)\n2.落实措施。(省发展改革委牵头)\n")
    assert [d.text for d in parse_text(own).deadlines] == ["于2023年3月25日前"]
    signed = own.replace("豫政〔2023〕5号\n", "豫政〔2023〕5号\n2023年2月28日\n")
    assert [d.text for d in parse_text(signed).deadlines] == ["于2023年3月25日前"]


def test_a_covering_notice_asks_by_a_day_of_its_year():
    """经省人民政府同意…各牵头单位要于3月10日前报送…: a day the covering notice asks something by is a
    deadline (both annotators of a province's 2017 division of its work report, probe batch 41);
    its other dates are not (a year it names, 2017年是…之年)."""
    from extract.pipeline import parse_text
    text = ("省人民政府关于2017年《政府工作报告》重点工作责任分解的通知\n各市、州人民政府,省政府各部门:\n"
            "现将《政府工作报告》确定的工作任务进行责任分解。各牵头单位要于3月10日前制定具体方案报省政府。\n"
            "2017年《政府工作报告》重点工作责任分解\n一、主要预期目标\n(一)地区生产总值增长7.5%左右。(省发改委牵头)\n"
            "(二)城镇新增就业70万人。(省人社厅牵头)\n")
    assert [(d.text, d.date_end) for d in parse_text(text).deadlines] == [("3月10日前", "2017-03-10")]
    bare = text.replace("各牵头单位要于3月10日前制定具体方案报省政府。", "")
    assert parse_text(bare).deadlines == []
    dated = text.replace("于3月10日前", "于2017年3月10日前")
    assert [(d.text, d.date_end) for d in parse_text(dated).deadlines] == [("于2017年3月10日前", "2017-03-10")]
    recurring = text.replace("于3月10日前制定具体方案报省政府", "每年12月10日前报送落实情况")
    assert parse_text(recurring).deadlines == []
    # two days that share one 前 (于7月10日、12月20日前分别报送: both annotators of probe batch 244), not a day
    # listed without it
    two = text.replace("于3月10日前制定具体方案报省政府", "于7月10日、12月20日前分别报送上半年、全年工作情况")
    assert [(d.text, d.date_end) for d in parse_text(two).deadlines] == [("7月10日", "2017-07-10"),
                                                                          ("12月20日前", "2017-12-20")]
    held = text.replace("于3月10日前制定具体方案报省政府", "于7月10日、12月20日召开会议")
    assert parse_text(held).deadlines == []


def test_a_date_in_the_guiding_ideas_counts_a_review_does_not():
    """GUIDE: every occurrence counts. 确保到2020年…同步全面建成小康社会 in a 指导思想 is due as
    in a goals section (both probe annotators); a review of past years (发展基础) holds none."""
    from extract.pipeline import parse_text
    t = ("某某实施意见\n一、总体要求\n(一)指导思想\n全面贯彻落实党的十九大精神,确保到2020年同步全面建成小康社会。\n"
         "(二)工作目标\n1.经济持续较快发展。到2020年,地区生产总值比2010年翻一番。\n"
         "二、发展基础\n2015年底前已完成第一阶段任务。\n三、重点任务\n(一)加快发展。2018年底前完成规划编制。\n")
    assert [d.text for d in parse_text(t).deadlines] == ["到2020年", "到2020年", "2018年底前"]


def test_a_year_before_the_base_it_is_compared_with_is_when_the_level_is_due():
    """死亡人数2020年比“十二五”平均数下降10%: 2020 is when (both probe annotators, batch 10); a
    year before 比重 is no comparison."""
    got = [(d.text, d.date_end) for d in find_deadlines("较大事故死亡人数2020年比“十二五”平均数下降10%。")]
    assert got == [("2020年", "2020-12-31")]
    assert find_deadlines("服务业增加值2020年比重明显提高。") == []


def test_a_page_without_a_date_that_names_one_year_dates_its_bare_months():
    """[接上页] …(一)动员部署阶段(5月) … 于10月30日前将《2009年环保专项行动工作总结》报送 (a page of a 2009
    city campaign, both probe annotators): the one year the text names dates its months.  A year it
    names besides does not (two years: which?), and a date with its own year earlier than the one
    named is kept (the year is no day of writing)."""
    from extract.pipeline import parse_text
    page = ("[接上页] 四、时间安排\n(一)动员部署阶段(5月底前)\n各县(市、区)制定具体实施方案。\n"
            "(二)总结阶段\n于10月30日前将《2009年环保专项行动工作总结》报送市领导小组办公室。{more}\n")
    got = [(x.text, x.date_end) for x in parse_text(page.format(more="")).deadlines]
    assert got == [("5月底前", "2009-05-31"), ("10月30日前", "2009-10-30")]
    assert [x.text for x in parse_text(page.format(more="2010年继续开展。")).deadlines] == []
    # the year a body names is no day of writing: an attachment's earlier date stays a deadline
    # (a Zhejiang PDF's body names 2028 only, its attached table 2026年8月底前)
    plan = parse_text("某省实施意见\n一、主要目标\n到2028年,建成一批高质量数据集。\n二、重点任务\n(一)建设数据集。(省数据局负责)\n"
                      "附件\n重点任务清单\n序号 | 任务 | 责任单位 | 完成时限\n1 | 发布数据集 | 省数据局 | 2026年8月底前\n")
    assert ("2026年8月底前", "2026-08-31") in [(x.text, x.date_end) for x in plan.deadlines]


def test_a_day_whose_year_and_month_marks_were_lost():
    """2022630日前 (a 2022 city plan copied without 年 and 月, both probe annotators of batch 21):
    the only split that makes a day; 2022121日 (1月21日 or 12月1日) gives none."""
    from extract.pipeline import parse_text
    d = parse_text("一、主要任务\n(一)减税降费。完成留抵退税任务,2022630日前完成。\n(二)强化服务。2022121日前完成。\n")
    assert [(x.text, x.date_end) for x in d.deadlines] == [("2022630日前", "2022-06-30")]


def test_stages_by_month_and_day_take_the_documents_year():
    # a campaign's stages without a year (其中:10月25日至10月30日为宣传动员阶段): the year the text is
    # of; 至月底 ends with the month it starts in; a schedule signed in December for next year's
    # dates (2月4日至10日) runs in the next year
    text = "其中:10月25日至10月30日为宣传动员阶段;11月1日至11月20日为集中治理阶段;11月21日至月底为巩固提高阶段。"
    got = [(d.text, d.date_start, d.date_end) for d in find_deadlines(text, base_date="2012-01-01", year_only=True)]
    assert got == [("10月25日至10月30日", "2012-10-25", "2012-10-30"),
                   ("11月1日至11月20日", "2012-11-01", "2012-11-20"),
                   ("11月21日至月底", "2012-11-21", "2012-11-30")]
    got = [(d.date_start, d.date_end) for d in find_deadlines("春节:2月4日至10日放假调休", base_date="2018-12-20")]
    assert got == [("2019-02-04", "2019-02-10")]
    assert find_deadlines("其中:10月25日至10月30日为宣传动员阶段") == []      # no year to give it


def test_a_half_of_the_year_the_work_is_to_be_done_in_is_due_then():
    # 确保上半年出台: the first half of the document's year; a bare 上半年 opening a sentence of
    # results is no due date
    got = [(d.text, d.date_end) for d in find_deadlines("规划编制工作,确保上半年出台。", base_date="2020-03-01")]
    assert got == [("上半年", "2020-06-30")]
    assert find_deadlines("上半年,全市地区生产总值增长6%。", base_date="2020-08-01") == []


def test_a_span_of_time_needs_the_day_the_text_was_written():
    # 用3个月左右时间: three months from the document's date; a year read from the text's words
    # (year_only) is no such day, so the span gives no date
    text = "(一)集中攻坚阶段。用3个月左右时间开展集中攻坚。"
    assert [d.date_end for d in find_deadlines(text, base_date="2023-08-22")] == ["2023-11-22"]
    assert find_deadlines(text, base_date="2023-01-01", year_only=True) == []


def test_a_five_year_period_inside_a_phrase_the_sentence_frames():
    """推动“十四五”时期我市深度融入… / 按照“十四五”时期进度安排 / 谋划“十五五”时期文旅重大工程 (the annotators of eight plans
    of the probe leave these out): no deadline; work set in the period stays one (力争“十五五”期间实现…, “十三五”期间培养…)."""
    framed = ["加快实施专项行动,推动“十四五”时期我市深度融入长三角一体化发展,特制定该行动计划。",
              "围绕各项重点任务编排的48个重点项目,按照“十四五”时期进度安排,分领域一并纳入其中。",
              "认真谋划“十五五”时期文旅重大工程、重大项目。"]
    for t in framed:
        assert [d.text for d in find_deadlines(t)] == [], t
    kept = ["力争“十五五”期间实现年均城镇新增就业47万人以上。", "力争在“十三五”期间培养3-4家杨梅、生姜龙头企业。"]
    for t in kept:
        assert [d.text for d in find_deadlines(t)] in (["“十五五”期间"], ["“十三五”期间"]), t


def test_a_notices_reporting_dates_in_its_numbers_year_and_a_campaigns_window():
    """武政办〔2019〕1号 under a mirror's 时间:2020-02-16, 二、按时报告完成情况。…于2019年4月15日、7月15日、10月15日及2020年1月15日前
    …报送 (both annotators of a 2019 city's notice, probe batch 144): the section is work (a duty to report, no review),
    its dates are read in the number's year and none is past, the bare ones in the list too; 从2017年8月25日起至
    2017年11月30日 is one window and 今年以来 no date (both annotators of a 2017 city's campaign, probe batch 143)."""
    from extract.pipeline import parse_text
    d = parse_text("武政办〔2019〕1号《武汉市人民政府办公厅关于印发主要目标任务责任分解方案的通知》\n浏览量: 时间:2020-02-16 04:20:51\n"
                   "武政办〔2019〕1号\n各区人民政府:\n现印发给你们,并就有关事项通知如下。\n一、加强组织领导。各单位要高度重视。\n"
                   "二、按时报告完成情况。各牵头单位要于2019年4月15日、7月15日、10月15日及2020年1月15日前,将完成情况报送市政府。\n"
                   "三、强化检查督促。\n")
    assert [t.path for t in d.tasks] == [("一",), ("二",), ("三",)]
    assert {x.date_end for x in d.deadlines} >= {"2019-04-15", "2019-07-15", "2019-10-15", "2020-01-15"}
    e = parse_text("某市保卫战实施方案\n今年以来,优良天数减少25天。市政府决定,从2017年8月25日起至2017年11月30日,开展保卫战。\n"
                   "(一)淘汰燃煤小锅炉。拆除89台燃煤锅炉。\n(二)加强管理。\n")
    assert [(x.date_start, x.date_end) for x in e.deadlines] == [("2017-08-25", "2017-11-30")]


def test_an_as_of_date_of_work_done_and_this_years_work_named_are_no_due_dates():
    """截至11月底,已有20190套进场施工 counts to a day, due nothing (both annotators of a 2018 province's progress report,
    a 2019 region's rectification report); nor is 今年 a due date where it names the year whose work is to be done
    well or owned (为抓好今年的政府重点工作, 认真做好今年政务公开工作: both annotators of a 2020 city's division and a
    2019 city's points).  An as-of date that sets a total to reach and 今年底前 stay."""
    done = ["截至11月底,已有20190套进场施工,其它项目近期可以开工。", "截至2019年3月底,94项整改任务已完成55项。",
            "截止2017年3月,部分项目已完工,给水源保护带来隐患。", "为抓好今年的政府重点工作,市政府将任务纳入考核。",
            "认真做好今年政务公开工作,要以改革为引领。"]
    for t in done:
        assert find_deadlines(t, base_date="2017-12-01") == [], t
    kept = {"截至2025年底,全市累计建成充电桩1万个。": "2025-12-31", "今年底前完成改造任务。": "2017-12-31",
            "截至12月底,完成全部改造任务。": "2017-12-31"}
    for t, end in kept.items():
        assert [d.date_end for d in find_deadlines(t, base_date="2017-12-01")] == [end], t


def test_a_span_of_time_with_its_years_in_brackets_is_those_years():
    """用3年时间(2024年—2026年): the years the bracket names, one range (both annotators of a 2024 city's opinion,
    probe batch 150); without a bracket the span still counts from the text's day."""
    got = [(d.text, d.date_start, d.date_end) for d in find_deadlines("力争用3年时间(2024年—2026年),打造千亿级产业。",
                                                                      base_date="2024-03-01")]
    assert got == [("用3年时间(2024年—2026年)", "2024-01-01", "2026-12-31")]
    got = [(d.date_start, d.date_end) for d in find_deadlines("用三年时间(2023-2025年)完成改造。", base_date="2024-03-01")]
    assert got == [("2023-01-01", "2025-12-31")]
    assert [d.date_end for d in find_deadlines("用3年时间完成改造。", base_date="2024-03-01")] == ["2026-12-31"]


def test_a_full_date_whose_year_mark_a_copy_lost_is_that_day():
    """20251月20日前 / 20254月8日: the day, not the month's end (both annotators of a 2025 district's notice, probe batch
    153); 20251月 alone stays the month."""
    got = [(d.text, d.date_end) for d in find_deadlines("请于20251月20日前报送,分别于20254月8日、7月8日前报送。",
                                                        base_date="2025-01-10")]
    assert got == [("于20251月20日前", "2025-01-20"), ("于20254月8日", "2025-04-08"), ("7月8日前", "2025-07-08")]
    assert [d.date_end for d in find_deadlines("于20251月开展。", base_date="2025-01-10")] == ["2025-01-31"]


def test_a_months_end_whose_month_mark_a_copy_lost():
    """确保2022年8底前创建成功: the end of August 2022 (both annotators of a 2021 district's plan, probe batch 158); 2025年底前
    stays the year's end."""
    assert [d.date_end for d in find_deadlines("确保2022年8底前创建成功。", base_date="2021-05-01")] == ["2022-08-31"]
    assert [d.date_end for d in find_deadlines("2025年底前完成。", base_date="2021-05-01")] == ["2025-12-31"]


def test_the_day_a_congress_passed_the_plan_under_its_title_is_no_deadline():
    """某省国民经济和社会发展第十四个五年规划纲要 / (2021年1月30日某省第十三届人民代表大会第五次会议通过): the line says
    when the plan was passed, it is neither title nor a due date (a 2021 province's outline, gold-probe)."""
    from extract.pipeline import parse_text
    d = parse_text("某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
                   "(2021年1月30日某省第十三届人民代表大会第五次会议通过)\n"
                   "第一章 发展目标\n到2025年,全省生产总值达到8.5万亿元。\n")
    assert d.meta.title == "某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert [x.text for x in d.deadlines] == ["到2025年"]


def test_the_next_years_after_the_verb_of_what_is_reached_in_them_are_a_deadline():
    """10.实施招商引资行动,每年招引亿元以上制造业项目100个,带动未来五年制造业投资1000亿元以上 in a 2023 text (a city's division of
    its work report, both annotators of probe batch 166): 2023 to 2027; 提出了今后五年的主要任务 still is none."""
    from extract.pipeline import parse_text
    d = parse_text("市政府工作报告重点工作责任分解(2023年)\n一、重点工作\n10.实施招商引资行动,每年招引亿元以上制造业项目100个,"
                   "带动未来五年制造业投资1000亿元以上。(责任单位:市投资促进中心)\n")
    assert [(x.text, x.date_start, x.date_end) for x in d.deadlines] == [("未来五年", "2023-01-01", "2027-12-31")]
    assert find_deadlines("会议提出了今后五年的主要任务。") == []


def test_a_range_from_the_day_the_text_was_written():
    """即日起至2019年6月底 (a 2019 city's campaign notice, probe batch 222; 自即日起到2020年5月底 and 从即日起至2025年12月31日
    in a 2019 province's and a 2025 county's plans): a range whose first day is the text's own date; with no such
    date, its end alone; a 至 with no 即日 before it stays the point it was."""
    [d] = find_deadlines("公安局、教育局决定,即日起至2019年6月底,在全市开展检查", base_date="2019-02-20")
    assert (d.text, d.kind, d.date_start, d.date_end) == ("即日起至2019年6月底", "range", "2019-02-20", "2019-06-30")
    [d] = find_deadlines("自即日起到2020年5月底,在全省开展集中整治", base_date="2019-12-01")
    assert (d.text, d.date_start, d.date_end) == ("自即日起到2020年5月底", "2019-12-01", "2020-05-31")
    [d] = find_deadlines("自即日起到2020年5月底,在全省开展集中整治")
    assert (d.date_start, d.date_end) == (None, "2020-05-31")
    [d] = find_deadlines("整治工作持续至2019年6月底", base_date="2019-02-20")
    assert (d.kind, d.date_start, d.date_end) == ("point", None, "2019-06-30")


def test_a_signature_in_words_run_into_a_line_is_no_deadline():
    """(资府办发〔2007〕62号 二OO七年十一月十二日) and 安徽省劳动和社会保障厅 二00八年七月二十五日 附件 (development probe texts
    whose letter-O and digit-0 years now read as years): the date a number or a body signs with; a date in figures
    after a unit, a table's time cell, stays."""
    assert find_deadlines("(资府办发〔2007〕62号 二OO七年十一月十二日)") == []
    assert find_deadlines("确保完成任务。附件:任务分解表 安徽省劳动和社会保障厅 二00八年七月二十五日 附件 任务分解表") == []
    [d] = find_deadlines("1 完善机制 市住建局 2024年6月30日 2 强化督查")
    assert d.date_end == "2024-06-30"
    # (or closing a line after a blank: …附件:…安排表(略) 二○一○年九月一日 -- a 2010 city's notice, probe batch 239)
    assert find_deadlines("说明情况。 附件:2010年城区菜市场建设改造包干责任安排表(略) 二○一○年九月一日\n|") == []
    assert [d.text for d in find_deadlines("定于 二○一○年九月一日 召开会议")] == ["于 二○一○年九月一日"]


def test_a_half_year_right_before_the_verb_of_the_work():
    """推动宿迁港总体规划修编上半年获批 (a 2025 city bureau's work points, probe batch 235): due by mid-year of the
    text's year; a half that opens a review (上半年,全市…增长) or recurs (每年上半年) is none."""
    [d] = find_deadlines("推动宿迁港总体规划修编上半年获批,统筹尽快实现", base_date="2025-01-01")
    assert (d.text, d.date_end) == ("上半年", "2025-06-30")
    assert find_deadlines("上半年,全市地区生产总值增长6%。", base_date="2025-01-01") == []
    assert find_deadlines("每年上半年完成评估。", base_date="2025-01-01") == []


def test_a_date_something_was_already_done_on():
    """(此文件已于2020年12月9日宣布失效) under a 2014 province's opinion (probe batch 237): the day it lapsed, no due
    date; 将于… / 确保于…前 stay."""
    assert find_deadlines("(此文件已于2020年12月9日宣布失效)") == []
    assert [d.text for d in find_deadlines("确保于2020年12月9日前完成")] == ["于2020年12月9日前"]
    assert [d.text for d in find_deadlines("将于2020年12月9日前完成")] == ["于2020年12月9日前"]


def test_a_date_that_picks_out_what_was_built_before_it_is_no_deadline():
    """2000年底前建成的老旧小区 / 2015年底前开工建设的公租房项目: which estates or projects are meant (both annotators of
    a 2021 city's and a 2017 province's housing texts, probe batch 262); 2025年底前建成10个公园 is due."""
    assert find_deadlines("对于2000年底前建成的老旧小区,应改尽改。") == []
    assert find_deadlines("加快2015年底前开工建设的公租房项目建设。") == []
    assert [d.text for d in find_deadlines("2025年底前建成10个公园。")] == ["2025年底前"]


def test_a_year_opening_an_item_after_its_arabic_number():
    """1.2019年,全面完成城区公共机构…垃圾分类 / (1)2022年完成改造 (the goals of a 2019 county's and a 2022
    city's plans, the development set's probe annotators dating them): an item's number opens its words as a
    heading's 一、 does; a decimal (1.2019) and a past year (1.2021年已完成) are none."""
    text = "(二)工作目标\n1.2019年,全面完成城区公共机构垃圾分类。\n(2)2020年完成改造3万亩。"
    assert [(d.text, d.date_end) for d in find_deadlines(text, base_date="2019-03-01")] == [
        ("2019年", "2019-12-31"), ("2020年", "2020-12-31")]
    assert find_deadlines("(二)工作目标\n1.2018年已完成改造。", base_date="2019-03-01") == []
    assert find_deadlines("增长1.2019年水平", base_date="2019-03-01") == []


def test_a_year_opening_the_work_planned_for_it():
    """2014年拟在我区农林企业实施喷滴灌200亩 / 2014年实施东瞿水库生态整治工程 (a 2014 district bureau's plan, both
    probe annotators): the year's work is due by its end, as 2014年完成… is; a year framing the year's work is none."""
    for s in ("2014年拟在我区农林企业实施喷滴灌200亩。", "2014年实施东瞿水库生态整治工程建设。", "2014年开展防汛抗旱检查。"):
        assert [(d.text, d.date_end) for d in find_deadlines(s, base_date="2014-02-01")] == [("2014年", "2014-12-31")], s
    assert find_deadlines("2014年全区水利工作要以科学发展观为指导。", base_date="2014-02-01") == []


def test_a_bare_month_before_the_verb_of_finishing_and_a_month_alone_in_a_time_cell():
    """市直机关2月份完成,各县(市、区)3月份完成 (a 2010 city's near-term work) and | 1月份 | in a township's
    month-by-month campaign table (a 2017 plan): due by that month's end in the text's year; a month that
    reports a figure is none."""
    got = find_deadlines("市直机关2月份完成,各县(市、区)3月份完成。", base_date="2010-01-05")
    assert [(d.text, d.date_end) for d in got] == [("2月份", "2010-02-28"), ("3月份", "2010-03-31")]
    assert find_deadlines("7月份,综合指数同比下降13.0%。", base_date="2021-09-01") == []
    got = find_deadlines("| 序号 | 内容 | 时间 | 单位 |\n| 1 | 烟花爆竹 | 1月份 | 安监站 |\n", base_date="2017-01-01")
    assert [(d.text, d.date_end) for d in got] == [("1月份", "2017-01-31")]


def test_from_today_to_a_bare_months_end_is_a_range_from_the_texts_day():
    """从即日起至8月底,在市区开展集中整治 (a 2008 city's campaign dated 2008-05-27, both annotators of probe batch 287): a
    range from the text's own day to that month's end; 至8月底 alone stays a point."""
    [d] = find_deadlines("从即日起至8月底,在市区开展集中整治交通秩序。", base_date="2008-05-27")
    assert (d.text, d.kind, d.date_start, d.date_end) == ("从即日起至8月底", "range", "2008-05-27", "2008-08-31")
    [d] = find_deadlines("集中整治至8月底结束。", base_date="2008-05-27")
    assert (d.text, d.kind, d.date_end) == ("8月底", "point", "2008-08-31")


def test_a_window_from_a_months_first_days_to_a_months_end_in_the_texts_year():
    """整组工作从3月初开始至5月底结束 (a 2012 township's militia plan, both annotators of probe batch 284): one range in
    the text's year, from the month's first day; a start alone is no range."""
    [d] = find_deadlines("整组工作从3月初开始至5月底结束,分三个阶段进行。", base_date="2012-02-20")
    assert (d.text, d.date_start, d.date_end) == ("从3月初开始至5月底结束", "2012-03-01", "2012-05-31")
    assert all(x.kind != "range" for x in find_deadlines("整组工作从3月初开始。", base_date="2012-02-20"))
