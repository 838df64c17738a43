"""find_targets: indicators, flags, inherited deadlines, non-targets, the taxonomy, and the seeds."""
import json
from pathlib import Path

import pytest

from extract.evaluate import match_deadlines, match_targets
from extract.store.export import to_record
from extract.pipeline import parse_file, parse_text
from extract.find.targets import canonical_indicator, find_targets

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpus" / "gold"


def plan(body: str) -> str:
    return "某市知识产权强市建设工作方案\n\n" + body


def rows(text):
    doc = parse_text(plan(text))
    return [(t.anchor, t.value, t.unit, t.comparator, t.deadline) for t in find_targets(doc)]


# ---------------------------------------------------------------- deadlines

GOAL_OPENING_YEAR = """一、工作目标

2026年,全区知识产权管理体制机制更加完善。具体实现以下目标:

——创新赋能持续增强。每万人发明专利拥有量24件以上,知识产权质押融资额每年超过5000万元。

二、重点任务

(一)加强运用。每年实施专利导航项目1至2个。(责任单位:市市场监管局)
"""

GOAL_LEAD_SENTENCE = """一、总体要求

(一)工作目标。到2026年底,试点建设任务全面完成。

——知识产权运用效益明显增强。推动专利开放许可实现突破;到2026年底,备案专利密集型产品达到200件以上。

——知识产权管理水平逐步提高。知识产权优势企业年均新增3家以上。

二、主要任务

(一)开展备案工作。2025年底,专利密集型产品备案达到200件以上;到2026年底,认定数量有效增长。
"""


def test_goal_section_opening_year_is_inherited():
    assert rows(GOAL_OPENING_YEAR) == [
        ("每万人发明专利拥有量", 24, "件", ">=", "2026-12-31"),
        ("知识产权质押融资额", 5000, "万元", ">", "2026-12-31"),
        ("专利导航项目", 1, "个", "=", None),          # a task section with no date of its own
    ]


def test_goal_lead_sentence_and_own_sentence_deadlines():
    assert rows(GOAL_LEAD_SENTENCE) == [
        ("备案专利密集型产品", 200, "件", ">=", "2026-12-31"),
        ("知识产权优势企业", 3, "家", ">=", "2026-12-31"),
        ("专利密集型产品备案", 200, "件", ">=", "2025-12-31"),   # its own sentence wins
    ]


def test_a_goal_label_before_the_paragraphs_deadline_dates_the_whole_paragraph():
    """具体指标：到2022年，… dates every target of its paragraph, as 到2022年 opening it would;
    a label that is not a goal label does not."""
    body = ("一、总体要求\n\n具体指标：到2022年，建设50所高水平高等职业学校。"
            "职业院校实践性教学课时占总课时一半以上。“双师型”教师占专业课教师总数超过一半。\n")
    assert [r[4] for r in rows(body)] == ["2022-12-31"] * 3
    other = body.replace("具体指标：", "重点任务：")
    assert [r[4] for r in rows(other)] == ["2022-12-31", None, None]


def test_a_clause_on_the_present_state_is_no_target_but_the_goal_after_it_is():
    body = "一、主要目标\n\n目前累计收集图片20万张，力争到2027年建成高质量数据集10个。目前正在建设5个平台。\n"
    assert [(r[1], r[2]) for r in rows(body)] == [(10, "个"), (5, "个")]


def test_stage_heading_deadline_covers_its_body():
    text = "一、实施步骤\n\n(一)全面实施阶段(2024年1月—2025年6月)\n\n培育知识产权示范企业20家。\n"
    assert rows(text) == [("知识产权示范企业", 20, "家", "=", "2025-06-30")]


ANNUAL = """某县2024年农业产业发展工作方案

一、工作目标

2024年全县农业工作的主要目标是:新增家庭农场50家,农产品抽检合格率达到98%以上。

二、重点工作

(一)壮大经营主体。培育农民合作社,全年新增示范社20家,带动农户增收。建设产地仓10个。(责任单位:县农业农村局)

(二)完善冷链设施。2024年9月底前完成冷库改造,全年新增库容2万吨。(责任单位:县商务局)
"""

THREE_YEAR = """某市冷链物流三年行动方案(2024-2026年)

一、工作目标

到2026年,冷链物流体系基本建成。

二、重点任务

(一)完善冷链设施。三年新建冷库库容10万吨,两年新建配送中心3个。2024年完成改造1万亩,2025年、2026年每年改造不少于2万亩。
"""


def test_an_annual_plan_dates_every_target_at_its_years_end():
    """A plan for one year sets what is due at that year's end (CONVENTIONS.md C14: two
    annotators of a real annual document, independently); a date of its own still wins."""
    assert _rows_titled(ANNUAL) == [
        ("家庭农场", 50, "家", "=", "2024-12-31"),            # 2024年全县… opens the goal sentence
        ("农产品抽检合格率", 98, "%", ">=", "2024-12-31"),
        ("示范社", 20, "家", "=", "2024-12-31"),              # 全年 dates the rest of its sentence
        ("产地仓", 10, "个", "=", "2024-12-31"),              # undated: the plan's year (C14)
        ("新增库容", 2, "万吨", "=", "2024-12-31"),            # the nearer 全年, not 2024年9月底前
    ]
    doc = parse_text("某县2024年冷链物流工作方案\n一、重点任务\n(一)完善设施。建设产地仓10个,2024年9月底前完成冷库改造3个。\n")
    assert [(t.value, t.deadline) for t in doc.targets] == [(10, "2024-12-31"), (3, "2024-09-30")]
    doc = parse_text("某县冷链物流三年行动方案(2024-2026年)\n一、重点任务\n(一)完善设施。建设产地仓10个。\n")
    assert [(t.value, t.deadline) for t in doc.targets] == [(10, None)]     # a plan of three years: no year to give


def test_a_plan_period_dates_its_n_year_counts_and_year_lists():
    assert _rows_titled(THREE_YEAR) == [
        ("冷库库容", 10, "万吨", "=", "2026-12-31"),           # 三年 = the plan's three years
        ("配送中心", 3, "个", "=", "2025-12-31"),             # 两年: the first two years of the period
        ("完成改造", 1, "万亩", "=", "2024-12-31"),            # a bare verb keeps the word before it
        ("每年改造", 2, "万亩", ">=", "2026-12-31"),           # the last year of the list
    ]


def _rows_titled(text):
    doc = parse_text(text)
    return [(t.anchor, t.value, t.unit, t.comparator, t.deadline) for t in find_targets(doc)]


@pytest.mark.parametrize("sentence, want", [
    ("产业规模突破100亿元,年均增长12%以上。", [("产业规模", 100, "亿元", ">"), ("产业规模", 12, "%", ">=")]),
    ("通关时间分别压缩至20小时、2小时以内。", [("通关时间", 20, "小时", "<="), ("通关时间", 2, "小时", "<=")]),
    ("数字化水平较2023年提高3个百分点。", [("数字化水平", 3, "个百分点", "=")]),
    ("每个园区带动不少于50家企业上云。", [("企业上云", 50, "家", ">=")]),
    ("年底前完成甲县、乙县2个县级仓储中心建设。", [("县级仓储中心建设", 2, "个", "=")]),
    ("(三)全年新增就业岗位1万个。", [("就业岗位", 1, "万个", "=")]),
    ("二是新建污水管网50公里。", [("污水管网", 50, "公里", "=")]),
    ("给予每人2000元补贴,困难群体在此基础上每人再增加500元。", []),
    ("用水总量保持零增长。", [("用水总量", 0, None, "=")]),
    ("全省数字经济核心产业增加值突破800亿元。", [("数字经济核心产业增加值", 800, "亿元", ">")]),
    ("省级财政每年安排产业发展专项资金2亿元。", [("产业发展专项资金", 2, "亿元", "=")]),
    ("市财政安排就业补助资金3000万元。", [("就业补助资金", 3000, "万元", "=")]),
    ("审批时间控制在20个工作日以内,较2023年缩短30%。", [("审批时间", 20, "个工作日", "<="), ("审批时间", 30, "%", "=")]),
    ("新建省级研发机构10家,累计达到80家。", [("省级研发机构", 10, "家", "="), ("省级研发机构", 80, "家", "=")]),
    ("引进亿元以上项目30个,其中10亿元以上项目5个。", [("亿元以上项目", 30, "个", "="), ("10亿元以上项目", 5, "个", "=")]),
    ("打造国家级“智能工厂”3家。", [("国家级“智能工厂”", 3, "家", "=")]),
    ("落实《某市若干措施》提出的20条措施,每条产业链明确1名区领导担任链长。", []),
    ("每个街道至少建有1个具备综合功能的养老服务中心。", [("具备综合功能的养老服务中心", 1, "个", ">=")]),
    ("中央预算内投资每年安排不少于30亿元。", [("中央预算内投资", 30, "亿元", ">=")]),
    ("建设50所示范学校和150个骨干专业。", [("示范学校", 50, "所", "="), ("骨干专业", 150, "个", "=")]),
    ("建成智能工厂与20个数字化车间。", [("数字化车间", 20, "个", "=")]),
    ("推动职业院校在10个紧缺领域开展试点。", [("紧缺领域开展试点", 10, "个", "=")]),
    ("城镇调查失业率在5.5%以内。", [("城镇调查失业率", 5.5, "%", "<=")]),
    ("居民收入总和100亿元。", [("居民收入总和", 100, "亿元", "=")]),
    ("抓好500栋危旧房屋排险。", [("危旧房屋排险", 500, "栋", "=")]),
    ("加快推进20个重点区域环境整治。", [("重点区域环境整治", 20, "个", "=")]),
    ("粮食产量达到900亿斤以上。", [("粮食产量", 900, "亿斤", ">=")]),
    ("新增天然气产量10亿方以上。", [("天然气产量", 10, "亿方", ">=")]),
    ("坚决守住18亿亩耕地红线。", [("耕地红线", 18, "亿亩", ">=")]),
    ("中欧班列年开行量保持在4800列以上。", [("中欧班列年开行量", 4800, "列", ">=")]),
    ("为80万重点群体提供就业帮扶。", [("重点群体提供就业帮扶", 80, "万", "=")]),
    ("今年赤字率拟按2.8%安排。", [("赤字率", 2.8, "%", "=")]),
    ("今年要使用1000亿元失业保险基金结余。", [("失业保险基金结余", 1000, "亿元", "=")]),
    ("人均粮食占有量达到500公斤。", [("人均粮食占有量", 500, "公斤", "=")]),
    ("粮食综合生产能力迈上1000亿斤新台阶。", [("粮食综合生产能力", 1000, "亿斤", ">=")]),
    ("新增落地1家国内知名高校科研院所。", [("国内知名高校科研院所", 1, "家", "=")]),
    ("全市智能算力规模达到5000P。", [("智能算力规模", 5000, "P", "=")]),
    ("服务网络覆盖全国100个城市。", [("城市", 100, "个", "=")]),
    ("经济增长5%左右。", [("经济增长", 5, "%", "~")]),
    ("GDP增长5%。", [("GDP增长", 5, "%", "=")]),
    ("形成年产50发商业火箭、600颗商业卫星的批量化制造能力。", [("商业火箭", 50, "发", "="), ("商业卫星", 600, "颗", "=")]),
    ("引育5家以上具有核心技术的自主创新企业、10家以上产业链骨干企业。",
     [("具有核心技术的自主创新企业", 5, "家", ">="), ("产业链骨干企业", 10, "家", ">=")]),
    ("培育高新技术企业100家、科技型中小企业200家。", [("高新技术企业", 100, "家", "="), ("科技型中小企业", 200, "家", "=")]),
    ("攻坚突破物业服务规范等8个难点问题。", [("难点问题", 8, "个", "=")]),
    ("筛选50家优质潜力企业。", [("优质潜力企业", 50, "家", "=")]),
    ("办好20项民生实事。", [("民生实事", 20, "项", "=")]),
    ("新建和改扩建30所中小学。", [("中小学", 30, "所", "=")]),
    ("兼顾需要与可能,提出地区生产总值年均增长5%左右。", [("地区生产总值", 5, "%", "~")]),
    ("培育集聚150家以上开源创新企业。", [("开源创新企业", 150, "家", ">=")]),
    ("培育一人公司等新兴业态。", []),
    ("细化设定了主要指标,包括地区生产总值年均增长5%左右。", [("地区生产总值", 5, "%", "~")]),
    ("持续加大招商引资力度,新引进落地总投资超10亿元项目50个以上。", [("落地总投资超10亿元项目", 50, "个", ">=")]),
    ("经认定对符合要求的场景予以总投资30%(不高于500万元)的资金支持。", []),
    ("将继续实施10大类60项民生实事项目。", [("民生实事项目", 60, "项", "=")]),
    ("形成高质量行业数据集、高水平工业智能体各100个。",
     [("高质量行业数据集", 100, "个", "="), ("高水平工业智能体", 100, "个", "=")]),
    ("每个县各建设1个服务中心。", [("服务中心", 1, "个", "=")]),
    ("培育引进规上加工企业、精深加工项目分别达到200个以上。",
     [("规上加工企业", 200, "个", ">="), ("精深加工项目", 200, "个", ">=")]),
    ("原煤、原油产量分别达到7000万吨、1280万吨。", [("原煤产量", 7000, "万吨", "="), ("原油产量", 1280, "万吨", "=")]),
    ("交通、水利、能源领域投资额分别达到2400亿元、450亿元、1700亿元。",
     [("交通领域投资额", 2400, "亿元", "="), ("水利领域投资额", 450, "亿元", "="), ("能源领域投资额", 1700, "亿元", "=")]),
    ("文化及相关产业、旅游及相关产业增加值占比分别达到2%、5%。",
     [("文化及相关产业增加值占比", 2, "%", "="), ("旅游及相关产业增加值占比", 5, "%", "=")]),
    ("推动桥头铝电50万吨绿电铝产能置换技改、青海广泰10万吨再生铝等项目建设,优化升级有色冶金产业。", []),
    ("推动吉林梅花60万吨赖氨酸等项目释放产能。", []),
    ("新增钾肥产能60万吨,建设盐湖化工项目。", [("钾肥产能", 60, "万吨", "=")]),
    ("纳入国家考核的3个断面水质优良率达到100%,全市5个集中式饮用水水源地水质达标率为100%。",
     [("纳入国家考核的3个断面水质优良率", 100, "%", "="), ("5个集中式饮用水水源地水质达标率", 100, "%", "=")]),
    ("建成3个示范园区,园区企业达标率达到90%。", [("示范园区", 3, "个", "="), ("园区企业达标率", 90, "%", "=")]),
    ("任务分解明确133项具体任务,涉及34个牵头单位;民盼实事细化15项具体任务。", []),
    ("建设3个劳动密集型产业园,涉及民生的项目新增20个。", [("劳动密集型产业园", 3, "个", "="), ("涉及民生的项目", 20, "个", "=")]),
    ("医共体总院全部达到县级医院服务能力基本标准,90%的乡镇卫生院达到服务能力推荐标准。",
     [("乡镇卫生院达到服务能力推荐标准", 90, "%", "=")]),
    ("授权专利2件以上的企业数量达10家以上。", [("授权专利2件以上的企业数量", 10, "家", ">=")]),
    # what a count counts follows the number after a verb of its own, a 的 phrase, a 对 phrase
    # of place or 每个X有 (probe batches of 民生实事 and work points, both annotators)
    ("锚定100亿元公路水运固定资产投资。", [("公路水运固定资产投资", 100, "亿元", "=")]),
    ("全省破获不少于400起食品犯罪案件。", [("食品犯罪案件", 400, "起", ">=")]),
    ("为符合条件的1000户参保企业返还失业保险费。", [("参保企业返还失业保险费", 1000, "户", "=")]),
    ("开展涉及交通的4项部门专项规划编制。", [("部门专项规划编制", 4, "项", "=")]),
    ("对中心城区43条土路实施硬铺装。", [("土路实施硬铺装", 43, "条", "=")]),
    ("每个行政村有2个村庄实现生活垃圾分类。", [("村庄实现生活垃圾分类", 2, "个", "=")]),
    ("乡镇的30%配备安全监管必需的交通工具。", [("乡镇的", 30, "%", "=")]),
    # the size of the set a ranking is taken in is no target (both annotators of probe batches 96 and 127)
    ("综合指数在全国168个重点城市中排名前移,细颗粒物年平均值不高于27微克/立方米。",
     [("细颗粒物年平均值", 27, "微克/立方米", "<=")]),
], ids=["yearly-growth-same-indicator", "fenbie-list", "baseline-jiao", "verb-daidong", "listed-names-count",
        "item-number-cut", "yishi-cut", "per-unit-increment-is-a-parameter", "zero-growth", "area-before-digits",
        "treasury-subject-cut", "fund-name-is-not-a-subsidy", "reduction-same-indicator", "cumulative-same-indicator",
        "amount-threshold-defines-the-count", "quotes-kept-in-pairs", "restated-measures-and-designations",
        "de-phrase-stays-with-the-object", "anpai-closes-the-head", "conjunction-opens-the-next-count",
        "yu-opens-the-next-count", "zai-opens-a-place", "zai-with-nothing-after-is-the-head", "zonghe-is-a-noun",
        "verb-zhuahao", "verb-tuijin", "weight-jin", "volume-yifang", "red-line-held", "trains-lie", "people-in-wan", "set-at-anpai", "verb-shiyong", "weight-gongjin", "level-reached-maishang",
        "verb-luodi", "compute-in-P", "verb-then-scope",
        "bare-domain-named-by-its-growth", "letters-name-an-indicator", "number-first-list-keeps-its-order",
        "number-first-list-after-de", "head-first-list-keeps-its-order",
        "examples-ending-in-deng-precede-the-count", "verb-shaixuan", "verb-banhao", "verb-gaikuojian",
        "tichu-opens-the-head", "verb-jiju", "one-person-company-is-a-kind",
        "baokuo-opens-the-head", "amount-before-counted-projects-is-a-threshold", "bracketed-cap-of-a-subsidy-rate",
        "count-of-classes-before-the-count", "each-of-a-list", "each-county-is-no-list-of-indicators",
        "one-figure-respectively", "figures-respectively-pair-with-items", "figures-respectively-share-the-tail",
        "shared-tail-without-a-word-twice", "capacities-naming-projects", "capacity-naming-a-project-releasing",
        "capacity-to-reach", "count-before-its-rate-is-the-rates-scope", "count-then-a-rate-of-its-own",
        "counts-of-what-a-plan-involves", "involving-that-qualifies-a-noun-is-no-scope",
        "share-of-what-reaches-a-standard", "threshold-before-de-defines-the-count",
        "verb-maoding", "verb-pohuo", "de-head-qualifies-the-count", "de-head-after-a-verb", "dui-place-phrase",
        "each-place-has", "de-head-before-a-share-is-the-whole", "ranking-set-size"])
def test_indicator_generalises(sentence, want):
    got = rows("一、重点任务\n\n(一)推进工作。" + sentence + "\n")
    assert [g[:4] for g in got] == want


def test_a_number_first_item_ends_where_the_next_items_head_opens():
    """6家龙头企业、产值300亿元: the words after the 、 name the next number."""
    got = rows("一、重点任务\n\n(一)推进工作。推动甲厂等6家龙头企业、产值300亿元。\n")
    assert got[0][:3] == ("龙头企业", 6, "家")


def test_a_count_closing_a_heading_is_not_a_target():
    text = "一、重点任务\n\n二、优化审批服务(5项)\n\n(一)压缩审批时间。审批时限压减至10个工作日以内。\n"
    assert [g[:3] for g in rows(text)] == [("审批时限", 10, "个工作日")]


# ---------------------------------------------------------------- indicators and flags

@pytest.mark.parametrize("sentence, want", [
    ("培育1个高价值专利培育中心。", ("高价值专利培育中心", 1, "个", "=")),
    ("每年联合开展1次以上集中宣传推介活动。", ("集中宣传推介活动", 1, "次", ">=")),
    ("超过2家辖区高校院所参与专利开放许可试点工作。", ("辖区高校院所参与专利开放许可试点", 2, "家", ">")),
    ("力争授权专利2件以上的企业数量达10家以上。", ("授权专利2件以上的企业数量", 10, "家", ">=")),
    ("建立知识产权服务机构3家以上服务机构和企业建立专利信息数据库1个以上。", ("专利信息数据库", 1, "个", ">=")),
    ("力争全区党政机关、国有企业操作系统和办公软件授权率达到100%。", ("操作系统和办公软件授权率", 100, "%", "=")),
    ("支持企业建设两个国家级知识产权示范园区。", ("国家级知识产权示范园区", 2, "个", "=")),
    ("每个县至少建立1个维权援助工作站。", ("维权援助工作站", 1, "个", ">=")),
    ("知识产权服务业营业收入年增长10%。", ("知识产权服务业营业收入", 10, "%", "=")),
    ("▲增加值可比增长14%左右。", ("增加值可比", 14, "%", "~")),
], ids=["number-first", "number-first-ge", "over-number-first", "threshold-in-indicator", "run-on-two-targets",
        "subject-list-cut", "cn-numeral-after-verb", "verb-between-comparator", "annual-growth", "list-bullet"])
def test_indicator(sentence, want):
    got = rows("一、重点任务\n\n(一)推进工作。" + sentence + "\n")
    assert want in [g[:4] for g in got]


def test_flags_and_same_indicator():
    text = "一、主要目标\n\n到2025年,技术合同成交额达到1500亿元,比2020年增长50%,力争新增高新技术企业100家、科技型企业500家。\n"
    doc = parse_text(plan(text))
    ts = [(t.anchor, t.value, t.growth, t.per_year, t.aspirational, t.deadline) for t in find_targets(doc)]
    assert ts == [
        ("技术合同成交额", 1500, False, False, False, "2025-12-31"),
        ("技术合同成交额", 50, True, False, False, "2025-12-31"),
        ("高新技术企业", 100, True, False, True, "2025-12-31"),
        ("科技型企业", 500, True, False, True, "2025-12-31"),
    ]


def test_target_spans_and_text():
    doc = parse_text(plan("一、工作目标\n\n到2026年底,有效注册商标量达到30000件以上。\n"))
    (t,) = find_targets(doc)
    assert doc.text[t.start:t.end] == t.text == "有效注册商标量达到30000件以上"
    assert t.base_value == 30000 and t.base_unit == "件" and t.indicator == "有效注册商标量"
    assert t.section_path == ("一", "¶1")


TABLE = """一、发展基础

“十三五”时期,全省知识产权事业取得显著成效。

二、主要目标

到2025年,知识产权强省建设取得明显成效。

专栏1 主要指标
指标\t2020年\t2025年\t属性
1.每万人口高价值发明专利拥有量(件)\t6.3\t12\t预期性
2.海外发明专利授权量(件)\t5.5万\t9万\t预期性
3.知识产权保护社会满意度(分)\t80.05\t82\t预期性

三、重点任务

(一)强化保护。建立健全保护机制。
"""


def test_indicator_table_rows():
    doc = parse_text(plan(TABLE))
    ts = [(t.anchor, t.value, t.unit, t.base_value, t.deadline, t.indicator) for t in find_targets(doc)]
    assert ts == [
        ("每万人口高价值发明专利拥有量", 12, "件", 12, "2025-12-31", "每万人口高价值发明专利拥有量"),
        ("海外发明专利授权量", 9, "万件", 90000, "2025-12-31", "海外发明专利授权量"),
        ("知识产权保护社会满意度", 82, "分", 82, "2025-12-31", "知识产权保护社会满意度"),
    ]


DIVISION_TABLE = """一、工作目标

到2025年,全市知识产权工作取得新成效。

二、重点任务

(一)加强创造。具体任务见附表。

三、保障措施

(一)加强组织领导。成立领导小组。

附件

重点任务分工表

序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t培育知识产权示范企业20家\t市市场监管局\t市科技局\t2025年
2\t建成知识产权保护工作站5个\t市市场监管局\t市司法局\t2024年12月底前
3\t开展专项执法行动不少于3次\t市公安局\t市市场监管局\t每年
"""


def test_division_of_labour_table_rows_carry_their_deadline_cell():
    from extract.find.deadlines import doc_deadlines
    doc = parse_text(plan(DIVISION_TABLE))
    assert rows(DIVISION_TABLE) == [
        ("知识产权示范企业", 20, "家", "=", "2025-12-31"),
        ("知识产权保护工作站", 5, "个", "=", "2024-12-31"),
        ("专项执法行动", 3, "次", ">=", None),
    ]
    assert [d.text for d in doc_deadlines(doc)] == ["到2025年", "2025年", "2024年12月底前"]


# ---------------------------------------------------------------- not targets

NOT_TARGETS = """一、指导思想

坚持“两点”定位、“两地”“两高”目标,发挥“三个作用”,深入贯彻党的二十大精神,落实“十四五”规划。

二、发展基础

2020年,全省已建成知识产权运营中心5个,专利授权量达到1万件。

三、重点任务

(一)做强产业。围绕“3+3+X”先进制造业产业集群,组织办好3·15消费者权益保护日、4·26知识产权宣传周。启动第四次全国文物普查,通过三年试点建设,完善“五个体系”,建设“一城四高地”,统一部署,进一步完善机制。落实按投资额30%抵免当年应缴教育费附加政策,对获批企业给予最高50万元奖励。联系电话:028-12345678。
"""


def test_slogans_names_dates_and_instruments_are_not_targets():
    assert rows(NOT_TARGETS) == []


def test_a_sentence_opened_by_a_past_year_is_a_baseline():
    doc = parse_text(plan("一、主要目标\n\n到2025年,全面提升。2022年全省专利授权量1.2万件,同比增长20%。"
                          "技术合同成交额年均增长15%以上。\n"))
    doc.meta.signed = "2024-03-01"
    assert [(t.anchor, t.value) for t in find_targets(doc)] == [("技术合同成交额", 15)]


PAST_YEAR_PARAGRAPH = ("一、经济社会稳步发展\n\n在市委的坚强领导下,全市经济社会高质量发展。2022年,全市地区生产总值完成78亿元,"
                       "同比增长7%。其中:第一产业增加值完成35亿元,同比增长4.5%;第二产业增加值完成14.5亿元。"
                       "固定资产投资完成75亿元,同比增长63%。{tail}\n")


@pytest.mark.parametrize("tail, kept", [
    ("", []),
    ("2023年,全市地区生产总值增长6%。", [("地区生产总值", 6)]),          # another year takes over
    ("力争社会消费品零售总额增长5%。", [("社会消费品零售总额", 5)]),          # a goal
    ("预计社会消费品零售总额增长5%左右。", []),                             # that year's estimate
    ("2023年社会消费品零售总额预计增长5%。", [("社会消费品零售总额", 5)]),     # an estimate ahead
], ids=["carried", "next-year", "goal-word", "estimate", "estimate-ahead"])
def test_a_past_year_carries_through_its_paragraph(tail, kept):
    # the sentences after one opened by a past year report that year (其中:…), until a
    # sentence names another year or a goal
    doc = parse_text(plan(PAST_YEAR_PARAGRAPH.format(tail=tail)))
    doc.meta.signed = "2023-01-01"
    assert [(t.anchor, t.value) for t in find_targets(doc)] == kept


PLAN_REPORT = ("关于某区2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告\n\n"
               "——2020年1月7日在某区第十七届人民代表大会第六次会议上\n\n各位代表:\n\n"
               "受区人民政府委托,现将计划执行情况与计划草案提请大会审议。\n\n"
               "2019年国民经济和社会发展计划执行情况\n\n2019年,全区较好地完成了全年目标任务。预计地区生产总值增长3.5%左右。\n\n"
               "一、高质量发展持续深化\n\n(一)优化产业结构。新引进各类金融机构10家,全区各类金融机构达800家。\n\n"
               "{ahead}")


@pytest.mark.parametrize("ahead, kept, tasks", [
    ("二、2020年重点工作\n\n(一)稳定增长。地区生产总值增长6%左右。\n",
     [("地区生产总值", 6)], [("二", "(一)")]),
    ("2020年国民经济和社会发展计划草案\n\n一、稳定增长\n\n地区生产总值增长6%左右。\n",
     [("地区生产总值", 6)], [("一",)]),
    ("", [], []),
], ids=["numbered-part", "bare-line-part", "cut-in-the-review"])
def test_a_plan_reports_review_of_last_year_holds_no_targets_and_no_tasks(ahead, kept, tasks):
    """关于2019年…计划执行情况与2020年…计划草案的报告 (two plan reports of probe batches 22 and 23,
    both annotators): its review of 2019, headed by a bare line or by a numbered part that names no
    year (一、冲云拨雾,…稳步发展), holds no targets and no tasks, up to the part that names 2020 or the
    work ahead; a copy cut inside the review holds none. The same body under a plan's title keeps them."""
    doc = parse_text(PLAN_REPORT.format(ahead=ahead))
    assert [(t.anchor, t.value) for t in doc.targets] == kept
    assert [t.path for t in doc.tasks] == tasks
    plan_doc = parse_text(PLAN_REPORT.format(ahead=ahead).replace("计划执行情况与2020年国民经济和社会发展计划草案的报告",
                                                                  "重点工作实施方案", 1))
    assert ("各类金融机构", 800) in [(t.anchor, t.value) for t in plan_doc.targets]


def test_counts_the_plans_own_title_makes_and_sayings_are_not_targets():
    """楚雄州2021年8项民生工程和10件惠民实事工作方案: its 8项民生工程 names how the plan is made up
    (both annotators of probe batch 14); 干一件成一件 is a saying.  A count of things to build that
    the title also names (新建100所幼儿园) stays a target, and so does a count of items the title
    does not hold."""
    text = ("某州2021年8项民生工程和10件惠民实事工作方案\n\n特制定8项民生工程和10件惠民实事工作方案。\n"
            "一、工作任务\n(一)实施8项民生工程\n1.新建100所幼儿园,完成12项改造任务。要确保干一件成一件、落实一件销号一件。\n")
    assert [(t.anchor, t.value) for t in parse_text(text).targets] == [("幼儿园", 100), ("改造", 12)]
    built = parse_text("某市新建100所幼儿园实施方案\n\n一、工作任务\n(一)新建100所幼儿园。\n")
    assert [(t.anchor, t.value) for t in built.targets] == [("幼儿园", 100)]


def test_the_plans_count_of_itself_and_a_one_that_classifies_are_not_targets():
    """…分工方案(共计121项) and, in its notice, 将121项区政府重点工作进行分解 (probe batch 12, both
    annotators): the plan's size; 作为一项重要政治任务: what the work is, not a count.  A count of
    another size, or of another measure, stays."""
    text = ("关于印发某区重点工作分工方案的通知\n\n一、提高站位。各部门要将落实好重点工作作为一项重要政治任务。\n"
            "二、狠抓落实。各部门要将121项区政府重点工作进行分解,新建121个充电站。\n"
            "2023年区政府工作报告重点工作分工方案(共计121项)\n一、主要目标\n1.完成12项改革任务。(主要责任单位:区发展改革委)\n")
    got = [(t.anchor, t.value, t.unit) for t in parse_text(text).targets]
    assert got == [("充电站", 121, "个"), ("改革", 12, "项")]


def test_a_heading_that_sums_up_its_items_figures_gives_them_once():
    """一、促进就业,城镇新增就业30万人,政策性扶持创业1.5万人 over (一)…30万人 and (二)…1.5万人 (a 2019
    city notice, both probe annotators): each figure once, in its item; a figure only the
    heading gives stays."""
    text = ("某市重点办好实事的通知\n\n一、促进就业,城镇新增就业30万人,政策性扶持创业1.5万人,培训农民2万人\n"
            "(一)实现城镇新增就业30万人。(责任单位:市人社局)\n(二)完成政策性扶持创业1.5万人。(责任单位:市人社局)\n")
    d = parse_text(text)
    got = [(t.anchor, t.value, d.norm[t.start:t.start + 3]) for t in d.targets]
    assert got == [("培训农民", 2, "培训农"), ("城镇新增就业", 30, "城镇新"), ("政策性扶持创业", 1.5, "政策性")]


# ---------------------------------------------------------------- taxonomy

@pytest.mark.parametrize("phrase, label", [
    ("全市每万人口高价值发明专利拥有量", "每万人口高价值发明专利拥有量"),
    ("每万人高价值发明专利拥有量", "每万人口高价值发明专利拥有量"),
    ("每万人发明专利拥有量", "每万人口发明专利拥有量"),
    ("专利密集型产品备案数量", "专利密集型产品备案数量"),
    ("备案专利密集型产品", "专利密集型产品备案数量"),
    ("知识产权质押融资额", "知识产权质押融资额"),
    ("国内商标有效注册量", "有效注册商标量"),
    ("知识产权保护社会满意度", "知识产权保护社会满意度"),
    ("各类执法案件结案率", "知识产权案件结案率"),
    ("国家专精特新“小巨人”企业", "专精特新“小巨人”企业"),
    ("某种新指标", "某种新指标"),                    # unmapped: keeps its own text
], ids=["hv-per10k-prefix", "hv-per10k-ren", "invention-per10k", "pip-filings", "pip-filings-verb-first",
        "pledge", "trademarks", "satisfaction", "closure-rate", "little-giant", "unmapped"])
def test_canonical_indicator(phrase, label):
    assert canonical_indicator(phrase)[1] == label


# ---------------------------------------------------------------- seeds

def _seed_scores():
    tp = fp = fn = dtp = dfp = dfn = 0
    fields = {f: [0, 0] for f in ("comparator", "growth", "per_year", "aspirational", "deadline")}
    for gf in sorted(GOLD.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        rec = to_record(parse_file(ROOT / "corpus" / gold["source"]))
        pairs = match_targets(gold["targets"], rec["targets"])
        tp, fp, fn = tp + len(pairs), fp + len(rec["targets"]) - len(pairs), fn + len(gold["targets"]) - len(pairs)
        for gi, pi in pairs:
            for f in fields:
                fields[f][0] += gold["targets"][gi].get(f) == rec["targets"][pi].get(f)
                fields[f][1] += 1
        dp = match_deadlines(gold["deadlines"], rec["deadlines"])
        dtp, dfp, dfn = dtp + len(dp), dfp + len(rec["deadlines"]) - len(dp), dfn + len(gold["deadlines"]) - len(dp)
    f1 = 2 * tp / (2 * tp + fp + fn)
    df1 = 2 * dtp / (2 * dtp + dfp + dfn)
    return f1, df1, {f: a / b for f, (a, b) in fields.items()}


def test_seed_plans_against_gold():
    f1, df1, fields = _seed_scores()
    assert f1 >= 0.95, f1
    assert df1 >= 0.95, df1
    assert min(fields.values()) >= 0.9, fields


# ---- listed indicators and macro indicators (work reports) -------------------

def test_listed_indicator_values_each_get_their_indicator():
    from extract.find.targets import canonical_indicator, split_listed
    assert split_listed("城乡居民人均可支配收入", 2) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert split_listed("城镇、农村居民人均可支配收入", 2) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert split_listed("城镇居民、农村居民人均可支配收入", 2) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert split_listed("城乡居民人均可支配收入", 3) is None
    from extract import parse_text
    doc = parse_text("2026年甘肃省政府工作报告\n今年主要预期目标是:地区生产总值增长5.5%左右,"
                     "城乡居民人均可支配收入分别增长5%、6.5%左右。\n")
    got = {(t.indicator, t.value) for t in doc.targets}
    assert {("地区生产总值", 5.5), ("城镇居民人均可支配收入", 5), ("农村居民人均可支配收入", 6.5)} <= got
    assert canonical_indicator("人均地区生产总值")[0] is None
    assert canonical_indicator("全社会研发经费投入强度")[0] == "ind.rd.intensity"


def test_an_annual_mean_concentration_is_a_level_not_a_rate_per_year():
    (t,) = find_targets(parse_text("一、重点任务\n\n(一)治理大气。细颗粒物年均浓度控制在29微克/立方米左右。\n"))
    assert (t.anchor, t.value, t.unit, t.comparator, t.per_year) == ("细颗粒物年均浓度", 29, "微克/立方米", "~", False)
    (t,) = find_targets(parse_text("一、重点任务\n\n(一)扩大投资。固定资产投资年均增长8%。\n"))
    assert t.per_year is True


def test_a_number_first_list_shares_its_opening_per_year():
    got = rows("一、重点任务\n\n(一)推进工作。形成年产50发商业火箭、600颗商业卫星的批量化制造能力。\n")
    doc = parse_text("一、重点任务\n\n(一)推进工作。形成年产50发商业火箭、600颗商业卫星的批量化制造能力。\n")
    assert [(t.anchor, t.per_year) for t in find_targets(doc)] == [("商业火箭", True), ("商业卫星", True)]
    assert len(got) == 2


# ---- a retrospect and the goals ahead under one heading ----------------------

_MIXED = ("2026年某省政府工作报告\n"
          "一、2025年工作回顾\n过去一年,全省地区生产总值增长5.4%。\n"
          "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
          "“十四五”时期,全省新增城镇就业150万人,研发投入强度达到2.8%。\n"
          "《纲要草案》从6个维度设置了20项主要指标,包括:地区生产总值年均增长5%左右,城镇调查失业率控制在5.5%以内。\n"
          "三、2026年重点工作\n今年主要预期目标是:地区生产总值增长5%左右。\n")


def test_a_mixed_heading_keeps_only_the_paragraph_that_states_the_goals():
    doc = parse_text(_MIXED)
    got = {(t.anchor, t.value, t.deadline) for t in doc.targets}
    assert ("城镇调查失业率", 5.5, "2030-12-31") in got              # the 十五五 goals, due at the period's end
    assert any(a.startswith("地区生产总值") and v == 5 and d == "2030-12-31" for a, v, d in got)
    assert any(a.startswith("地区生产总值") and v == 5 and d == "2026-12-31" for a, v, d in got)
    values = {v for _, v, _ in got}
    assert not values & {5.4, 150, 2.8}                                 # what 十四五 and 2025 achieved
    assert not values & {6, 20}                                         # counts of the plan's own indicators


def test_a_count_of_the_plans_own_indicators_is_not_a_target():
    assert rows("一、重点任务\n\n(一)推进工作。规划从5个方面设置了18项主要指标,其中约束性指标6个。\n") == []


def test_lizheng_opening_a_sentence_hedges_it_past_its_semicolons():
    doc = parse_text("一、发展目标\n\n力争到2027年,培育链主企业5家;人形机器人产业集群基本形成,建设先导区2个。新建基地3个。\n")
    got = {(t.anchor, t.aspirational) for t in doc.targets}
    assert ("链主企业", True) in got and ("先导区", True) in got
    assert ("新建基地", False) in got                     # the next sentence is not hedged


def test_a_list_item_stating_its_own_level_does_not_take_the_lists_rise():
    """新增 opens the list; the second item's own 突破 sets a level (both annotators of a
    fresh work report)."""
    doc = parse_text(plan("一、重点任务\n\n(一)推进工作。力争新增智能工厂80家、人形机器人产量突破5000台。"
                          "新增示范企业20家、示范园区5个。\n"))
    assert [(t.value, t.growth) for t in find_targets(doc)] == [(80, True), (5000, False), (20, True), (5, True)]


@pytest.mark.parametrize("sentence, want", [
    ("培壮新增长点,力争规模以上工业增加值年均增长6.5%左右,数字经济核心产业增加值比重达到9.5%。", [True, True]),
    ("细化成果,力争交通投资超600亿元,水利投资超220亿元,推动11个能源项目投资突破1000亿元。",
     [True, True, False, False]),
    ("细化成果,力争签约项目投资完成额增长6%,其中制造业占比70%以上。", [True, True]),
    ("加大投入,力争研发投入强度达到3.35%,科技创新投入达到7800亿元,确保财政科技资金增长10%。", [True, True, False]),
    ("集中发展,力争园区工业总产值年均增长10%以上,到2026年新增规模以上工业企业30家。", [True, False]),
    ("到2025年,非化石能源消费比重力争达到20%;煤炭消费总量控制在9800万吨以内。", [True, False]),
], ids=["next-indicator", "until-a-verb", "qizhong", "until-queb", "year-then-verb", "lizheng-inside-semicolon"])
def test_lizheng_opening_a_clause_hedges_the_indicator_clauses_after_it(sentence, want):
    """Second annotations of fresh work reports: both annotators hedge the clauses that go on
    naming indicators after a clause opened by 力争; a clause opening on its own verb does not."""
    doc = parse_text(plan("一、重点任务\n\n(一)推进工作。" + sentence + "\n"))
    assert [t.aspirational for t in find_targets(doc)] == want


@pytest.mark.parametrize("sentence, want", [
    ("规上企业智能化改造率≥70%。", ("规上企业智能化改造率", 70, "%", ">=")),
    ("单位产值能耗≤0.5吨。", ("单位产值能耗", 0.5, "吨", "<=")),
    ("预警准确率>95%。", ("预警准确率", 95, "%", ">")),
    ("相关产业规模破8亿元。", ("相关产业规模", 8, "亿元", ">")),
], ids=["ge-sign", "le-sign", "gt-sign", "po-shortens-tupo"])
def test_comparison_signs_are_comparators(sentence, want):
    got = rows("一、重点任务\n\n(一)推进工作。" + sentence + "\n")
    assert [g[:4] for g in got] == [want]


def test_a_review_of_the_year_and_the_five_year_achievements_holds_no_target():
    doc = parse_text("2026年某省政府工作报告\n一、2025年主要工作和“十四五”发展成就\n过去一年,全省生产总值增长5.5%,新增城镇就业120万人。\n"
                     "二、2026年重点工作\n今年主要预期目标是:生产总值增长5%左右。\n")
    assert {t.value for t in doc.targets} == {5}


def test_what_happened_since_a_five_year_plan_began_is_past_before_the_plan_ends():
    """In a report of a plan's fourth year, “十四五”以来 reviews what is done, though the plan
    is not over; its goals ahead (“十四五”时期 in a 2024 report) stay targets."""
    doc = parse_text("2024年某省政府工作报告\n一、主要工作\n“十四五”以来,全省累计新增城镇就业300万人,生产总值年均增长6%。\n"
                     "“十四五”时期,要确保单位生产总值能耗下降13.5%。\n今年主要预期目标是:生产总值增长5%左右。\n")
    assert sorted((t.value, t.deadline) for t in doc.targets) == [(5, "2024-12-31"), (13.5, "2025-12-31")]


def test_a_goal_heading_that_opens_on_a_year_dates_its_targets():
    """一、2019年经济社会发展主要预期目标 (a division-of-work opinion's first item): the year's
    goals, due at its end; a heading of a time since or before a year dates nothing."""
    doc = parse_text("国务院关于落实《政府工作报告》重点工作部门分工的意见\n一、2019年经济社会发展主要预期目标\n"
                     "国内生产总值增长6%—6.5%;城镇新增就业1100万人以上。(国家发展改革委牵头)\n"
                     "二、2018年以来的工作成效和目标\n高新技术企业达到300家。\n")
    assert [(t.value, t.deadline) for t in doc.targets] == [(6, "2019-12-31"), (1100, "2019-12-31"), (300, None)]


def test_a_period_opened_from_a_year_does_not_date_its_targets():
    doc = parse_text("一、重点任务\n\n(一)推进试点。从2019年开始,在10个左右紧缺领域开展试点。\n")
    (t,) = doc.targets
    assert (t.value, t.deadline) == (10, None)


_REPORT_WITH_ATTACHMENTS = (
    "2026年某省政府工作报告\n"
    "一、2025年工作回顾\n过去一年，全省生产总值增长5.2%。\n"
    "二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n"
    "三、加强政府自身建设\n各位代表！让我们团结奋斗。\n"
    "附件1\n2026年省十件民生实事\n"
    "一、提升养老服务供给水平。\n开展养老护理职业技能培训超5万人次，新增持证养老护理员超1500人。\n"
    "二、提高教育水平。\n新增普通高中学位20万个。\n"
    "附件2\n名词解释\n1.“四上”企业：年主营业务收入2000万元及以上的工业企业。\n")


def test_an_attachment_of_the_years_commitments_holds_targets_a_glossary_does_not():
    """附件1 2026年省十件民生实事 is read like the body (GUIDE: the figures of the tasks for
    the year); 附件2 名词解释 is not."""
    from extract import parse_text
    doc = parse_text(_REPORT_WITH_ATTACHMENTS)
    got = {(t.value, t.unit, t.deadline) for t in doc.targets}
    assert {(5, "万人次", "2026-12-31"), (1500, "人", "2026-12-31"), (20, "万个", "2026-12-31")} <= got, got
    assert not any(t.value == 2000 for t in doc.targets)


def test_a_head_ending_in_an_upgrading_verb_counts_what_follows():
    assert [(r[0], r[1], r[2]) for r in rows("一、重点任务\n\n（一）改善办学条件。提质升级1000所中小学校食堂。\n")] == \
        [("中小学校食堂", 1000, "所")]


def _indicator_plan(tmp_path, header: str, rows: str, before: str = "") -> list:
    from extract.pipeline import parse_file
    html = ("<html><body><p>浙江省算力网建设实施方案（2026—2030年）</p><p>一、总体要求</p>"
            "<p>（一）发展目标</p><p>到2030年，算力网基本建成。" + before + "</p><p>表1 主要指标</p>"
            "<table><tr>" + "".join(f"<td>{h}</td>" for h in header.split("|")) + "</tr>" + rows +
            "</table><p>二、重点任务</p><p>（一）建设网络。加快建设。</p></body></html>").encode()
    (tmp_path / "plan.html").write_bytes(html)
    return parse_file(tmp_path / "plan.html").targets


def _row(*cells) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def test_an_indicator_table_kept_as_a_block_gives_one_target_per_row(tmp_path):
    """表1 主要指标 (指标名称 | 2030年): the indicator is the anchor, its bracket the unit,
    the cell's sign the comparator, the column's year the deadline (gold-fresh batch 6)."""
    rows = (_row("规模", "1", "算力总规模（EFlops）", "500", "预期性")
            + _row("", "2", "新建算力中心国产化率（%）", "≥60", "预期性")
            + _row("", "3", "城市内算力网络时延（ms）", "≤1", "预期性")
            + _row("产业", "4", "核心产业营收年均增速（%）", "20%", "预期性")
            + _row("", "5", "示范园区（个）", "持续提升", "预期性"))
    got = {(t.anchor, t.value, t.unit, t.comparator, t.growth, t.per_year, t.deadline)
           for t in _indicator_plan(tmp_path, "指标维度|序号|指标名称|2030年|属性", rows)}
    assert got == {("算力总规模", 500, "EFlops", "=", False, False, "2030-12-31"),
                   ("新建算力中心国产化率", 60, "%", ">=", False, False, "2030-12-31"),
                   ("城市内算力网络时延", 1, "ms", "<=", False, False, "2030-12-31"),
                   ("核心产业营收年均增速", 20, "%", "=", True, True, "2030-12-31")}


def test_an_indicator_tables_base_year_column_gives_no_target(tmp_path):
    """Of two bare year columns the earliest is the base (2025年 | 2030年); a column
    marked 基期 is never a target."""
    rows = _row("1", "数据中心机架数（万架）", "10", "30", "预期性")
    got = [(t.value, t.deadline) for t in _indicator_plan(tmp_path, "序号|指标|2025年|2030年|属性", rows)]
    assert got == [(30, "2030-12-31")]
    rows = _row("1", "数据中心机架数（万架）", "10", "30")
    got = [(t.value, t.deadline) for t in _indicator_plan(tmp_path, "序号|指标名称|2025年（基期）|2028年目标值", rows)]
    assert got == [(30, "2028-12-31")]


def test_a_table_without_an_indicator_column_gives_no_indicator_target(tmp_path):
    rows = _row("1", "数据中心（万架）", "10", "30")
    assert _indicator_plan(tmp_path, "序号|项目|2025年|2030年", rows) == []


# Numbers that are not commitments, each kind beside a case that stays a target
# (gold-fresh batches 6-12)
NOT_COMMITMENTS = [
    # GUIDE.md: subsidy rates and ceilings are policy parameters (gold-fresh batch 6)
    ("一、重点任务\n(一)支持研发。单家企业每年最高补贴不超过800万元。", []),
    ("一、重点任务\n(一)支持研发。单个项目最高支持1000万元。", []),
    ("一、重点任务\n(一)支持场景。经认定对符合要求的场景予以总投资30%的资金支持。", []),
    ("一、重点任务\n(一)支持金融。每年统筹安排不少于2亿元专项资金。", [("亿元", 2)]),
    # an age that sets who qualifies; a life expectancy is a target
    ("一、重点任务\n(一)放宽条件。允许不具有专利代理人资格、年满18周岁的人员参加。", []),
    ("一、重点任务\n(一)规范管理。负责人年龄一般不超过70周岁。", []),
    ("一、重点任务\n(一)提升健康水平。到2030年人均预期寿命达到80岁。", [("岁", 80)]),
    # CONVENTIONS.md C10: a procedure's time limit is not a target; a cut to it is
    ("一、重点任务\n(一)加强共享。公共数据7个工作日内完成授权。", []),
    ("一、重点任务\n(一)规范审核。合法性审核时间一般不少于5个工作日，最长不超过15个工作日。", []),
    ("一、重点任务\n(一)优化服务。到2026年企业开办时间压缩至1个工作日。", [("个工作日", 1)]),
    ("一、重点任务\n(一)优化服务。用水报装时间不超过5个工作日。", [("个工作日", 5)]),
    ("一、重点任务\n(一)公开信息。执法机关要在执法决定作出之日起20个工作日内公开。", []),
    # hours that name a zone or round-the-clock service are no amount (gold-fresh batches 7-9)
    ("一、重点任务\n(一)完善交通。打造1小时通勤圈。", []),
    ("一、重点任务\n(一)提升服务。有序推动公园24小时开放。", []),
    ("一、重点任务\n(一)加强监测。24小时监测本地区粮食市场动态。", []),
    ("一、重点任务\n(一)提升救助。灾害发生后受灾人员基本生活得到有效救助时间缩短至10小时。", [("小时", 10)]),
    # the count of a package's measures is not a commitment (gold-fresh batches 8-10, and the
    # development set's content_5347465: 24项督查激励措施调整增加为30项)
    ("一、重点任务\n(一)稳定经济。落实稳经济30项举措。", []),
    ("一、重点任务\n(一)优化环境。出台21条措施。", []),
    ("一、重点任务\n(一)办好实事。办好10件民生实事。", [("件", 10)]),
    ("一、重点任务\n(一)培育主体。新增专精特新企业30家。", [("家", 30)]),
    # an inquiry's penalties are reported, not committed; 凡有一项…的 is a condition
    # (gold-fresh batch 12's accident 通报)
    ("一、处理情况\n其他16名相关责任人也分别受到了党纪政纪处分。\n二、工作要求\n(一)整顿。加强监管。", []),
    ("一、处理情况\n其他3名直接责任人被移交司法机关依法处理。\n二、工作要求\n(一)整顿。加强监管。", []),
    ("一、工作要求\n(一)整顿。对所有煤矿逐个审核,凡有一项没有达到基本条件的,一律停产整顿。", []),
    ("一、工作要求\n(一)培训。全年培训安全管理人员1000名。", [("名", 1000)]),
    # a count naming the group something belongs to (one of N) is membership, not a goal
    ("一、重点任务\n(一)推进试点。我省被确定为开展空间治理试点的4个省份之一,要做好试点工作。", []),
    ("一、重点任务\n(一)推进试点。新增开展空间治理试点的省份4个。", [("个", 4)]),
    # a count that only says how many items follow: a heading's (共23项), a list's 5项:
    ("一、推广的改革举措(共23项)\n(一)知识产权保护方面5项:三合一审判;跨市审理;专利保险机制。", []),
    ("一、重点任务\n(一)推进改革。完成以下3项任务:建设平台;培育企业。", []),
    ("一、重点任务\n(一)推进改革。完成改革任务3项。", [("项", 3)]),
    # a measure followed by 级 is a class (30万吨级航道), not an amount (second annotations
    # of four fresh work reports)
    ("一、重点任务\n(一)畅通水运。推进防城港30万吨级、北海20万吨级等航道建设。", []),
    ("一、重点任务\n(一)畅通水运。新增港口吞吐能力30万吨。", [("万吨", 30)]),
    # 加快…建设 around a count or a capacity: projects under way, named by how many
    ("一、重点任务\n(一)保障能源。加快6个抽水蓄能电站建设。", []),
    ("一、重点任务\n(一)保障能源。加快宝鸡、延安等4个国家骨干冷链物流基地建设,降低物流成本。", []),
    ("一、重点任务\n(一)保障能源。加快金川四矿区开发、白银集团7万吨锌基合金等项目建设。", []),
    ("一、重点任务\n(一)保障能源。加快推动600个以上亿元级工业项目建设。", [("个", 600)]),
    ("一、重点任务\n(一)保障能源。加快建设5个产业园。", [("个", 5)]),
    ("一、重点任务\n(一)保障能源。加快推进20个重点区域环境整治。", [("个", 20)]),
    # 按 a rate applied by a policy is an instrument; 按 a figure then 安排 sets the year's figure
    ("一、重点任务\n(一)加大支持。对企业按其投资额10%安排补助资金。", []),
    # a fee or a share of risk set 原则上 is a policy parameter; 原则上 alone is not (both
    # annotators of a State Council guarantee opinion)
    ("一、重点任务\n(一)降低费率。对小微企业收取的担保费率原则上不超过1%。", []),
    ("一、重点任务\n(一)分担风险。原则上国家融资担保基金和银行承担的风险责任比例均为20%。", []),
    ("一、重点任务\n(一)降低费率。力争平均担保费率降至1%以下。", [("%", 1)]),
    ("一、重点任务\n(一)加强审核。原则上法制审核人员不少于本单位执法人员总数的5%。", [("%", 5)]),
    # a count of the parts the work is laid out in
    ("一、重点任务\n(一)细化任务。分13个领域细化实化各项任务。", []),
    ("一、重点任务\n(一)细化任务。在13个领域开展试点。", [("个", 13)]),
    # a count that tallies the members named right before it (second annotations of three
    # 2026 work reports): as many named as counted; more counted than named, a comparator,
    # or 各 stays a target
    ("一、重点任务\n(一)扩大开放。推动呼和浩特、鄂尔多斯、满洲里3个综保区高质量发展。", []),
    ("一、重点任务\n(一)壮大产业。打造高端装备、信息技术、新能源、新材料等4个万亿级产业。", []),
    ("一、重点任务\n(一)壮大产业。做强稻米、油料、果蔬和林下经济4个千亿级产业。", []),
    ("一、重点任务\n(一)保障能源。抓实风电光伏、新一代煤电、新型储能等11个重点领域项目。", [("个", 11)]),
    ("一、重点任务\n(一)建设平台。新增实验室、研究院、技术中心等创新平台3个以上。", [("个", 3)]),
    # plenary sessions named after 届 are meetings, not counts (both probe annotators of batch 20)
    ("一、重点任务\n(一)推进改革。贯彻省委五届六次、七次、八次、九次全会精神,每年开展三次检查。", [("次", 3)]),
    # the plan's own parts, a list after 分解为 (both probe annotators of batch 20); a list bullet
    # is no part of an indicator
    ("一、重点任务\n(一)分解任务。区政府主要工作任务分解为7大方面、80项。", []),
    ("一、重点任务\n(一)稳定增长。▲增加值可比增长14%左右。", [("%", 14)]),
    # ... the counted ones as the subject: of a figure of their own, or of work sped up (both
    # probe annotators of batch 19); building the counted ones stays a target
    ("一、重点任务\n(一)建设园区。红桥、红果、盘北等3个产业园区建成标准厂房150万平方米。", [("万平方米", 150)]),
    ("一、重点任务\n(一)建设园区。红桥、红果、盘北等3个产业园区加快基础设施及环保设施建设。", []),
    ("一、重点任务\n(一)建设园区。年底前完成甲县、乙县2个县级仓储中心建设。", [("个", 2)]),
    ("一、重点任务\n(一)建设园区。基本建成凤凰山、体育中心、红桥等3个城市综合体。", [("个", 3)]),
    # what a project is estimated to cost in all describes it; the year's investment is due
    ("一、重点任务\n(一)建设园区。估算总投资106.7亿元,2013年预计完成投资95.7亿元。", [("亿元", 95.7)]),
    # a 和 inside the list joins two names (11 cities, ten 、-items); how a body is made up
    # (both annotators of a State Council pilot plan)
    ("一、重点任务\n(一)开展试点。选择北京、天津、上海、重庆和沈阳、大连、厦门、广州、深圳、成都、西安11个城市开展试点。", []),
    ("一、重点任务\n(一)成立机构。联合采购办公室由试点城市各派1名代表组成。", []),
    ("一、重点任务\n(一)成立机构。新增代表5名。", [("名", 5)]),
    # figures reported 据统计 are counted already; a service that never closes is named by its
    # 24 hours (both annotators of a State Council page and of a plan)
    ("一、重点任务\n(一)总结经验。据初步统计,地震灾害共造成4026人重伤,直接经济损失约46亿元。", []),
    ("一、重点任务\n(一)完善服务。推进家政进社区,构建24小时全生活链服务体系。", []),
    ("一、重点任务\n(一)完善服务。社区服务站点达到24个。", [("个", 24)]),
    # thresholds that define which mines are meant (both annotators of a five-year plan)
    ("一、重点任务\n(一)整治矿山。整治30万吨/年以下煤矿,入井人数超过30人、井深超过800米的地下矿山。", []),
    ("一、重点任务\n(一)培育企业。培育企业30家、营收超过100亿元的龙头企业5家。", [("家", 30), ("家", 5)]),
]


@pytest.mark.parametrize("clause,kept", NOT_COMMITMENTS)
def test_what_is_not_a_target(clause, kept):
    assert [(u, v) for _, v, u, _, _ in rows(clause)] == kept


def test_a_measure_done_in_a_year_is_per_year():
    """年推广面积, 年覆盖面积: 年 before a verb of doing is "a year" (gold-fresh batch 6)."""
    doc = parse_text(plan("一、发展目标\n到2025年，水稻机械化种植同步侧深施肥年推广面积达到20万亩，"
                          "无人机飞防等高效植保年覆盖面积达到70万亩。"))
    assert [(t.value, t.per_year) for t in find_targets(doc)] == [(20, True), (70, True)]


PAST_PERIOD = """某市促进经济发展行动方案（2026—2030年）

一、发展目标
“十四五”时期，全市发展取得新的重大成就。全市生产总值从4.16万亿元增加到5.67万亿元，新增养老床位2.5万张。
“十五五”时期，全市生产总值年均增长5%左右，新增养老床位3万张。
过去五年，全市实际使用外资累计超过1000亿美元。

某市人民政府
2026年1月20日
"""


def test_a_paragraph_opening_on_a_period_already_over_holds_no_targets():
    """“十四五”时期… in a 2026 plan, 过去五年… review what was reached; “十五五”时期…
    commits (gold-fresh batch 7: a work report's look back read as its targets)."""
    doc = parse_text(PAST_PERIOD)
    got = [(t.value, t.unit) for t in find_targets(doc)]
    assert got == [(5, "%"), (3, "万张")], got
    # the same paragraph in a plan of 2022 (十四五 not over) keeps its figures
    doc = parse_text(PAST_PERIOD.replace("2026年1月20日", "2022年1月20日"))
    assert (2.5, "万张") in [(t.value, t.unit) for t in find_targets(doc)]


REPORT_AHEAD = """2026年某省政府工作报告

一、2025年工作回顾
(一)经济运行持续取得新进展
全省地区生产总值增长5.2%。
二、“十五五”时期主要目标和重大任务
(一)推动高质量发展取得新的更大进展
全省地区生产总值年均增长5%左右,人均预期寿命达到80岁。
三、2026年重点工作
全省地区生产总值增长5%左右。
"""


def test_a_goal_heading_that_reads_like_a_review_is_read_under_the_goals():
    """推动高质量发展取得新的更大进展 under “十五五”时期主要目标: a goal due at the period's end;
    the same words under 工作回顾 stay a review (gold-fresh batch 8)."""
    got = [(t.value, t.unit, t.deadline) for t in find_targets(parse_text(REPORT_AHEAD))]
    assert got == [(5, "%", "2030-12-31"), (80, "岁", "2030-12-31"), (5, "%", "2026-12-31")], got



def test_a_head_that_is_only_a_verb_takes_what_follows_as_indicator():
    """培育壮大12个千亿级特色产业集群, 筹措7亿元实施就业惠民工程: the thing counted follows
    (gold-fresh batch 10)."""
    doc = parse_text(plan("一、重点任务\n(一)壮大产业。培育壮大12个千亿级特色产业集群。\n"
                          "(二)办好实事。筹措7亿元实施就业惠民工程。\n"))
    assert [(t.anchor, t.value) for t in find_targets(doc)] == [("千亿级特色产业集群", 12), ("实施就业惠民工程", 7)]



def test_a_decimal_heading_number_before_this_document_is_no_quantity():
    """7.2 本预案由国务院办公厅负责解释: 本 before 预案 is "this", not a measure; 4个小时
    is one measure (gold-fresh batch 8)."""
    doc = parse_text(plan("一、重点任务\n(一)报告。立即上报有关情况(最迟不超过4个小时)。\n二、附则\n7.2 本预案由国务院办公厅负责解释。\n"))
    assert [(t.value, t.unit) for t in find_targets(doc)] == [(4, "个小时")]


REPORT_UNNUMBERED = """2026年某省政府工作报告
——2026年1月27日在某省第十四届人民代表大会第四次会议上
各位代表：
现在，我代表省人民政府向大会报告工作。
“十四五”时期工作回顾
全省地区生产总值达到13697.5亿元，规模以上工业企业从1832户增加到2900户。
“十五五”时期的主要目标任务
“十五五”时期，要努力实现以下目标任务：全省地区生产总值年均增长5%以上，人均预期寿命达到78岁。
2026年重点工作
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
(一)放大促消费扩投资政策效应
社会消费品零售总额增长4%。
(二)加快建设现代化产业体系
规模以上工业增加值增长8%。
"""


def test_a_report_headed_by_unnumbered_lines_reads_its_goals_not_its_review():
    """A work report whose parts are headed by bare lines (“十四五”时期工作回顾 / “十五五”时期
    的主要目标任务 / 2026年重点工作) and whose numbered chain starts late: it is read from
    its salutation, the review holds no targets, the five-year goals are due at the
    period's end (gold-fresh batch 11: 18 goals missed)."""
    got = [(t.value, t.unit, t.deadline) for t in find_targets(parse_text(REPORT_UNNUMBERED))]
    assert got == [(5, "%", "2030-12-31"), (78, "岁", "2030-12-31"), (5.5, "%", "2026-12-31"),
                   (4, "%", "2026-12-31"), (8, "%", "2026-12-31")], got


def test_a_reviews_headlines_of_its_achievements_stay_in_the_review():
    """2019年工作回顾—— / 聚力攻坚稳增长“六个年”活动显成效 / 全县发展呈现突围奋进良好局面 (a 2020 county's report
    cut inside its review, both annotators of probe batch 123): the review runs over its own headlines to
    the next line that names a part (2020年工作安排), so its figures are no targets."""
    text = REPORT_UNNUMBERED.replace("“十四五”时期工作回顾\n", "2025年工作回顾——\n聚力攻坚稳增长活动显成效\n全省发展呈现良好局面\n")
    got = [(t.value, t.unit, t.deadline) for t in find_targets(parse_text(text))]
    assert (13697.5, "亿元") not in [g[:2] for g in got] and (2900, "户") not in [g[:2] for g in got]
    assert (5.5, "%", "2026-12-31") in got


REPORT_MIXED = """2026年某省政府工作报告
一、2025年工作回顾
全省地区生产总值增长5.2%。
二、“十五五”时期目标任务和2026年工作安排
《纲要（草案）》明确了经济社会发展主要指标：地区生产总值年均增长5%左右。
今年经济社会发展的主要预期目标是：地区生产总值增长4.5%左右。
(一)扩大内需
社会消费品零售总额增长4%。
"""


def test_a_heading_over_five_year_goals_and_the_years_work_dates_by_paragraph():
    """二、“十五五”时期目标任务和2026年工作安排: the year's work is due at the year's end, the
    paragraph that sets the 纲要's indicators at the plan's end (gold-fresh batch 12: all 83 of
    a report's targets had been dated 2030)."""
    got = [(t.value, t.deadline) for t in find_targets(parse_text(REPORT_MIXED))]
    assert got == [(5, "2030-12-31"), (4.5, "2026-12-31"), (4, "2026-12-31")], got



def test_an_accident_reports_requirements_are_tasks():
    """事故调查处理情况的通报: its closing requirements 一、…四、 assign work to every region
    (gold-fresh batch 12); a notice of praise (表扬的通报) still assigns none."""
    from extract.find.genre import detect
    assert detect("国务院办公厅关于某省煤矿瓦斯爆炸事故调查处理情况的通报")[0] == "plan"
    assert detect("国务院办公厅关于对大督查发现的典型经验做法给予表扬的通报")[0] == "appointment"


@pytest.mark.parametrize("clause, anchor", [
    # a head that is only a verb of providing or mobilising: what is counted follows
    ("改建2000张认知障碍照护床位", "认知障碍照护床位"),
    ("为退役军人提供5万个就业岗位", "就业岗位"),
    ("选送1000场品质戏曲进社区进乡村", "品质戏曲进社区进乡村"),
    # ... a head that names the thing keeps it
    ("认知障碍照护床位改建2000张", "认知障碍照护床位改建"),
])
def test_a_verb_only_head_counts_what_follows(clause, anchor):
    assert [a for a, *_ in rows(f"一、重点任务\n(一)改善民生。{clause}。")] == [anchor]


def test_a_growth_target_set_at_a_rate_is_a_target():
    """地区生产总值按增长5%安排: a work report setting its growth target (按 here is no rate
    applied by an instrument, as in 按投资额的10%给予补助)."""
    assert [(a, v, u) for a, v, u, _, _ in rows("一、工作目标\n地区生产总值按增长5%安排,一般公共预算收入增长2%。")] == [
        ("地区生产总值", 5, "%"), ("一般公共预算收入", 2, "%")]
    assert rows("一、重点任务\n(一)支持研发。按投资额的10%给予补助。") == []


def test_a_goal_sentence_opened_by_its_year_dates_the_sentences_after_it():
    """一、总体目标 / 以…为指导，…。到2027年，…达到60EFlops。培育…100家。: the goals from the
    sentence 到2027年 opens onwards are due then (both annotators of a Zhejiang 实施意见);
    the guiding sentence before it holds no target."""
    got = rows("一、总体目标\n以新思想为指导,构建智算云体系。到2027年,智算规模达到60EFlops。"
               "培育智算云标杆企业100家。构建生态体系,打造300个以上典型应用场景。\n二、重点任务\n"
               "(一)推进攻关。培育骨干企业20家。\n")
    assert [(a, v, d) for a, v, u, c, d in got] == [
        ("智算规模", 60, "2027-12-31"), ("智算云标杆企业", 100, "2027-12-31"),
        ("典型应用场景", 300, "2027-12-31"), ("骨干企业", 20, None)]


def test_a_report_sentence_opened_by_the_plan_outline_is_due_when_the_plan_ends():
    """…要实现“七个新”。《纲要草案》据此细化设定了今后五年…主要指标，包括地区生产总值年均增长
    5%左右: the plan's goal, due 2030, though its paragraph opens otherwise (both annotators)."""
    text = ("2026年福建省政府工作报告\n\n二、一张蓝图绘到底\n"
            "省委明确提出,我省“十五五”时期经济社会发展要实现“七个新”。《纲要草案》据此细化设定了今后五年"
            "我省五大类24个主要指标,包括地区生产总值年均增长5%左右。\n"
            "三、2026年工作安排\n今年经济社会发展的主要预期目标是:全省地区生产总值增长5%左右。\n")
    doc = parse_text(text)
    got = [(t.value, t.deadline) for t in find_targets(doc) if t.unit == "%"]
    assert got == [(5, "2030-12-31"), (5, "2026-12-31")]


@pytest.mark.parametrize("sentence, want", [
    ("实施农业特优战略,粮食综合生产能力2030年达到305亿斤。", [("粮食综合生产能力", 305, "亿斤", "=", "2030-12-31")]),
    ("现有超载区逐步退出,森林覆盖率超过24.1%。", [("森林覆盖率", 24.1, "%", ">", None)]),
    ("现有高新技术企业1200家。", []),
], ids=["year-between-indicator-and-verb", "xianyou-in-an-earlier-clause", "xianyou-in-its-own-clause"])
def test_a_year_before_the_verb_dates_the_level_and_a_present_state_stays_in_its_clause(sentence, want):
    """粮食综合生产能力2030年达到305亿斤: the year says when (not part of the indicator); 现有
    (what exists now) makes a figure a baseline only in its own clause (both annotators of
    Shanxi's 2026 report)."""
    assert rows("一、工作目标\n\n" + sentence + "\n") == want


@pytest.mark.parametrize("clause, want", [
    ("一、重点任务\n(一)兜牢底线。农村低保标准占城镇低保标准的最低比例从77%提高到80%以上。",
     [("农村低保标准占城镇低保标准的最低比例", 80, "%", ">=")]),
    ("一、重点任务\n(一)均衡教育。推动县中托管帮扶从15个县（市）扩大到57个县（市）。",
     [("县中托管帮扶", 57, "个", "=")]),
    ("一、重点任务\n(一)降低成本。物流费用率由14.7%降至13%左右。", [("物流费用率", 13, "%", "~")]),
    # no 从 before the first, or a clause between them: two values of their own
    ("一、重点任务\n(一)扩大规模。规上企业达到500家，营业收入提高到600亿元。",
     [("规上企业", 500, "家", "="), ("营业收入", 600, "亿元", "=")]),
    # a ratio to one (quantity.ratio), its first term the value
    ("一、重点任务\n(一)促进增收。城乡居民收入比由2.9∶1缩小至2.52∶1。", [("城乡居民收入比", 2.52, None, "=")]),
    ("一、重点任务\n(一)促进增收。城乡居民收入比缩小至2.1∶1左右。", [("城乡居民收入比", 2.1, None, "~")]),
    # a rate per person and period raised: a benefit standard, a policy parameter (GUIDE.md),
    # neither value a target (both annotators of two 2026 work reports)
    ("一、重点任务\n(一)兜牢底线。集中供养孤儿基本生活保障省定最低标准从每人每月2375元提高到2423元。", []),
    ("一、重点任务\n(一)扩大保障。保费由每生每年5元提高至10元。", []),
])
def test_a_value_it_starts_from_is_no_target_and_lends_its_indicator(clause, want):
    """从X提高到Y: Y is the target, under the indicator written before 从 (a 2026 work report
    had given 从15个 as the target, with an indicator ending in 从)."""
    assert [r[:4] for r in rows(clause)] == want


@pytest.mark.parametrize("clause, want", [
    # number first, each item only a grade: the noun closing the last item is shared
    ("一、重点任务\n(一)壮大集群。着力培育6个世界级、7个国家级、9个区域级产业集群。",
     [("世界级产业集群", 6), ("国家级产业集群", 7), ("区域级产业集群", 9)]),
    ("一、重点任务\n(一)提升产能。布局建设20个国家级、19个省级粮食产能提升重点县。",
     [("国家级粮食产能提升重点县", 20), ("省级粮食产能提升重点县", 19)]),
    # a grade item with its own noun keeps it
    ("一、重点任务\n(一)壮大集群。培育6个国家级园区、7个省级基地。", [("国家级园区", 6), ("省级基地", 7)]),
    # the speaker is no indicator: what is counted follows
    ("一、重点任务\n(一)办好实事。今年，我们继续安排20件民生实事。", [("民生实事", 20)]),
])
def test_number_first_items_share_the_noun_and_we_is_no_indicator(clause, want):
    """Both annotators of a 2026 work report (Liaoning): 世界级产业集群 6个, 民生实事 20件."""
    assert [(a, v) for a, v, _, _, _ in rows(clause)] == want


@pytest.mark.parametrize("clause, want", [
    # a bare measure takes the subject of the item before it ...
    ("一、重点任务\n(一)稳定生产。实现粮食播种面积3320万亩、产量1285万吨以上。",
     [("粮食播种面积", 3320), ("粮食产量", 1285)]),
    ("一、重点任务\n(一)发展林业。推动林下经济面积达260万亩、产值达130亿元。",
     [("林下经济面积", 260), ("林下经济产值", 130)]),
    # ... or the domain its sentence opens on
    ("一、重点任务\n(一)保障能源。非常规天然气发展方面，加快增储上产，力争产量突破200亿立方米、投资超120亿元。",
     [("非常规天然气产量", 200), ("非常规天然气投资", 120)]),
    # a measure with its own subject keeps it
    ("一、重点任务\n(一)稳定生产。粮食产量稳定在1300万吨以上。", [("粮食产量", 1300)]),
    # a head that is only a verb of upgrading: what is counted follows (both annotators of a report)
    ("一、重点任务\n(一)完善养老。完善提升20个县乡村三级养老服务网络。", [("县乡村三级养老服务网络", 20)]),
    # items written words-then-number share the noun closing the last (both annotators of two PDFs)
    ("一、发展目标\n打造主要城市内1ms、到长三角国家算力枢纽节点3ms、全省5ms低时延圈。",
     [("主要城市内低时延圈", 1), ("到长三角国家算力枢纽节点低时延圈", 3), ("全省低时延圈", 5)]),
    ("一、发展目标\n地区生产总值增长5%、一般公共预算收入增长3%左右。", [("地区生产总值", 5), ("一般公共预算收入", 3)]),
    # the industry the sentence's first clause works on (both annotators of a 2026 report)
    ("一、重点任务\n(一)壮大产业。推动新能源汽车产业提质扩量，加快做强关键部件，力争产量突破120万辆。",
     [("新能源汽车产量", 120)]),
    # 现有 after a verb of upgrading is what is upgraded, not a baseline (both annotators of a plan)
    ("一、重点任务\n(一)储备物资。改扩建现有20个中央生活类救灾物资储备库和35个综合仓库。",
     [("中央生活类救灾物资储备库", 20), ("综合仓库", 35)]),
    # examples named before 等, then what is counted (both annotators of the same report)
    ("一、重点任务\n(一)完善路网。公路方面，新开工晏城至表白寺等2个项目，提速庆云至章丘等23个续建项目。",
     [("新开工晏城至表白寺等项目", 2), ("提速庆云至章丘等续建项目", 23)]),
])
def test_a_bare_measure_names_what_it_measures_from_its_sentence(clause, want):
    """产量 alone: both annotators of two 2026 work reports compose 粮食产量, 非常规天然气产量."""
    assert [(a, v) for a, v, _, _, _ in rows(clause)] == want


ANNUAL_PLAN_REPORT = """关于某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告

一、2024年国民经济和社会发展计划执行情况

预计,全年实现地区生产总值264.2亿元,增长6.1%;规上工业增加值增长10.5%。

(一)锐意转型升级,产业强县开启新局面。全年粮食产量14.31万吨。

二、2025年经济社会发展总体要求

坚持稳中求进工作总基调,推动经济持续回升向好。

三、2025年经济社会发展预期目标

地区生产总值增长6.5%以上,固定资产投资增长6.5%以上。

四、重点工作

(一)扩大有效投资。新开工项目100个。
"""


def test_an_annual_plans_review_of_last_year_holds_no_targets_and_no_tasks():
    """A county's report on last year's plan and this year's draft: its 执行情况 section
    reviews 2024 (its figures are results), its requirements and goals sections assign no
    work; the goals and the year's work hold the targets (both annotators of two 2025
    county plan reports, a blind probe)."""
    doc = parse_text(ANNUAL_PLAN_REPORT)
    assert [(t.anchor, t.value) for t in doc.targets] == [("地区生产总值", 6.5), ("固定资产投资", 6.5), ("新开工项目", 100)]
    assert ["/".join(t.path) for t in doc.tasks] == ["四/(一)"]



def test_a_development_background_holds_no_targets():
    """发展背景 reviews what was reached (2020年末,全市居民人均预期寿命提高到82.25岁): no target
    (both annotators of a 2023 county health plan, the probe's sixth batch); the goals after it
    hold them."""
    doc = parse_text("某市卫生健康发展规划\n\n一、发展背景\n\n居民健康水平显著提高。全市居民人均预期寿命提高到"
                     "82.25岁,孕产妇死亡率为0。\n\n二、发展目标\n\n到2025年,人均预期寿命达到83岁。\n\n三、重点任务\n\n"
                     "(一)推进医共体建设。\n")
    assert [(t.anchor, t.value) for t in doc.targets] == [("人均预期寿命", 83)]


@pytest.mark.parametrize("body, expected", [
    ("建成县应急广播指挥中心、18个乡镇应急广播分控中心、376个村居广播室。",
     [("乡镇应急广播分控中心", 18), ("村居广播室", 376)]),
    ("提升学校周边环境、50家医院周边环境。", [("医院周边环境", 50)]),
    ("新增公办幼儿园10所、学位3000个。", [("公办幼儿园", 10), ("学位", 3000)]),
], ids=["item-without-number-first", "number-first-after-item", "number-after-noun"])
def test_a_number_that_opens_a_lists_item_counts_what_follows_it(body, expected):
    """完成县应急广播指挥中心、18个乡镇应急广播分控中心、… (both annotators of a 2022 county 民生实事, probe
    batch 21; and a 2026 work report's 100所学校、50家医院周边环境): a number right after a list's 、
    counts the noun after it, not the item before; a number after its noun keeps it."""
    doc = parse_text(plan("一、主要任务\n\n(一)" + body + "\n"))
    assert [(t.anchor, t.value) for t in doc.targets] == expected


def test_places_in_a_list_introduced_by_what_it_counts():
    """分别是未脱贫人口:河边镇941人、回马镇252人、…;分别是未退出贫困村:河边镇2个 (both annotators of a 2019 county's
    poverty quotas by town, probe batch 28): each place's figure is that place's 未脱贫人口; a label
    before indicators (包括:地区生产总值增长5%) adds nothing."""
    doc = parse_text(plan("一、年度任务\n\n全县剩余的未脱贫人口要全部脱贫,分别是未脱贫人口:河边镇941人、回马镇252人;"
                          "分别是未退出贫困村:河边镇2个、金元镇2个。\n"))
    assert [(t.anchor, t.value) for t in doc.targets][-4:] == [
        ("河边镇未脱贫人口", 941), ("回马镇未脱贫人口", 252), ("河边镇未退出贫困村", 2), ("金元镇未退出贫困村", 2)]
    other = parse_text(plan("一、主要目标\n\n设置了主要指标,包括:地区生产总值增长5%、城镇新增就业3万人。\n"))
    assert [t.anchor for t in other.targets] == ["地区生产总值", "城镇新增就业"]
    # items that carry figures are no names a count tallies (打造3个…景区、2个…示范点: the dev gold's
    # 2 个 智能化文体场馆示范点); named ones still are (海口、三亚、儋州3个城市)
    counts = parse_text(plan("一、主要任务\n\n打造3个海岛智慧文旅标杆景区、2个智能化文体场馆示范点。支持海口、三亚、儋州3个城市先行。\n"))
    assert [(t.anchor, t.value) for t in counts.targets] == [("海岛智慧文旅标杆景区", 3), ("智能化文体场馆示范点", 2)]


def test_a_reimbursement_ceiling_raised_is_no_target():
    # GUIDE.md: ceilings are policy parameters; the coverage rate beside them is a target
    text = ("一、主要任务\n(一)改善民生。城镇基本医疗保险覆盖率达到97.5%以上;城镇职工、居民住院报销限额分别由8万元和4万元"
            "提高到10万元和6万元;参合农民住院报销封顶线由3万元提高到4.5万元。\n")
    doc = parse_text(text, "c.txt")
    assert [(t.value, t.unit) for t in doc.targets] == [(97.5, "%")]


def test_the_points_of_a_scoring_standard_are_no_targets():
    # 不少于4次(4分), 每少一次扣1分: what an item is worth in an assessment is a scoring parameter;
    # the inspections it asks for are targets, 至少 with its verb (至少督查1次) at least so many
    # (both annotators of a 2020 county's 考核指标评分标准, probe batch 42)
    text = ("一、安全生产责任落实(20分)\n1.乡镇党政联席会议研究安全生产不少于4次(4分),每少一次扣1分。\n"
            "2.乡镇主要负责人每月至少督查1次安全生产工作(4分)。\n")
    doc = parse_text(text, "e.txt")
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(4, "次", ">="), (1, "次", ">=")]
    assert [(t.value, t.unit) for t in parse_text("一、目标\n(一)群众满意度达到90分以上。\n", "f.txt").targets] == [(90, "分")]


def test_a_reward_threshold_and_a_projects_site_are_no_targets():
    # 对当年完成固定资产投资30亿元(含)以上的项目投资主体,按照…进行奖补: what a firm must reach to be
    # rewarded (both annotators of two cities' 若干措施, probe batch 46); 占地500亩: the land a project
    # takes (both of a township's plan, batch 45). The project's investment stays a target, and so
    # does land supplied (供应研发用地1500亩)
    text = ("一、政策措施\n(一)加快推进重大项目。对当年完成固定资产投资30亿元(含)以上的项目投资主体,按照实际完成投资额的"
            "0.2‰进行奖补。\n(二)建设冷链物流园。项目总投资500万元,占地120亩。\n(三)保障要素。供应研发用地1500亩。\n")
    doc = parse_text(text, "g.txt")
    assert [(t.value, t.unit) for t in doc.targets] == [(500, "万元"), (1500, "亩")]


def test_a_span_of_time_and_the_plans_stages_are_no_targets():
    # 用3个月左右时间开展集中攻坚 is when the work is due; 聚焦3个时间段 counts the plan's stages
    text = ("二、工作安排\n各地聚焦3个时间段,压茬推进。\n(一)集中攻坚阶段。用3个月左右时间开展集中攻坚,"
            "整治餐饮企业燃气隐患500家。\n")
    doc = parse_text(text, "d.txt")
    assert [(t.value, t.unit) for t in doc.targets] == [(500, "家")]


def test_a_figure_shared_out_among_places_is_anchored_on_the_place_and_the_indicator():
    """2017年各市(州)森林覆盖率增长目标任务分别为:兰州市 13.77%,嘉峪关市 12.38%,…: each place's figure
    is that place's 森林覆盖率 (兰州市森林覆盖率), as both annotators of a 2017 province's assessment
    rules write it (probe batch 61); a place named with its figure without such a sentence keeps its
    own anchor."""
    text = ("一、考核目标\n2017 年各市(州)森林覆盖率增长目标任务分别为:兰州市 13.77%,嘉峪关市 12.38%,"
            "临夏州 11.51%(详见附表)。\n")
    got = [(t.anchor, t.value) for t in parse_text(text).targets]
    assert got == [("兰州市森林覆盖率", 13.77), ("嘉峪关市森林覆盖率", 12.38), ("临夏州森林覆盖率", 11.51)]
    plain = [(t.anchor, t.value) for t in parse_text("一、主要目标\n到2020年,兰州市达到13.77%。\n").targets]
    assert all(a != "兰州市森林覆盖率" for a, _ in plain)


def test_a_figure_that_is_the_goal_is_not_the_next_item_of_a_number_first_list():
    """…全力推进全省20个重点项目;全省各级财政部门要加大财源培育力度,确保实现财政收入增长4%的目标: the 4% is
    named before it (财政收入), not by what follows it as the next item of a list written number first
    (目标); such a list keeps its tails (50发商业火箭、600颗商业卫星), also over a 的 that leads to
    the noun counted (30个左右的县通过…验收)."""
    text = "一、推进重大项目建设\n全力推进全省20个重点项目;全省各级财政部门要加大财源培育力度,确保实现财政收入增长4%的目标。\n"
    assert [(t.anchor, t.value) for t in parse_text(text).targets] == [("重点项目", 20), ("财政收入", 4)]
    listed = parse_text("一、主要目标\n到2025年,发射50发商业火箭、600颗商业卫星。\n").targets
    assert [t.anchor for t in listed][-1] == "商业卫星"
    counted = parse_text("一、发展教育\n新建200所幼儿园,完成建设1000所幼儿园的目标。改善办学条件,"
                         "力争再有30个左右的县通过国家义务教育均衡发展评估验收。\n").targets
    assert "县通过国家义务教育均衡发展评估验收" in [t.anchor for t in counted if t.value == 30][0]


def test_what_projects_cost_in_all_beside_what_is_due_this_year_is_no_target():
    """189个市级重点项目,总投资1906.4亿元,年度计划投资484.6亿元: the 总投资 describes the projects, the
    year's figure is the target (both annotators of a 2014 prefecture's project plan, probe batch 64,
    and of a 2013 city's division, batch 21); a 总投资 with no year's figure after it stays one."""
    both = parse_text("一、抓好重点项目\n抓好189个市级重点项目,总投资1906.4亿元,年度计划投资484.6亿元。\n").targets
    assert [(t.anchor, t.value) for t in both if t.unit == "亿元"] == [("计划投资", 484.6)]
    alone = parse_text("一、重点项目\n中药材种植产业园项目位于东王内村,总投资120万元,2023年5月竣工。\n").targets
    assert [(t.anchor, t.value) for t in alone] == [("总投资", 120)]


def test_whom_an_assessment_covers_is_no_target():
    """考核主体是省人民政府,考核对象为14个市(州)人民政府: whom the rules cover, not a number to reach (both
    annotators of a 2017 province's assessment rules, probe batch 61); the figures set for them are."""
    text = ("二、考核主体与考核对象\n考核主体是省人民政府,考核对象为 14 个市(州)人民政府。\n三、考核目标\n"
            "2017年各市(州)森林覆盖率增长目标任务分别为:兰州市 13.77%,嘉峪关市 12.38%。\n")
    got = [(t.anchor, t.value) for t in parse_text(text).targets]
    assert got == [("兰州市森林覆盖率", 13.77), ("嘉峪关市森林覆盖率", 12.38)]


def test_a_count_held_at_zero_and_a_set_of_indicators_made_of_counts():
    """全年重大以上事故起数为零: a target of 0 (both annotators of a 2009 city's safety indicators, probe
    batch 63); 安全生产控制指标由4类25项指标构成 says how the indicators are made up, no target."""
    got = [(t.anchor, t.value, t.comparator) for t in parse_text(
        "一、目标\n安全生产控制指标由4类25项指标构成。确保全年重大以上事故起数为零,较大事故起数下降10%。\n").targets]
    assert got[0] == ("重大以上事故起数", 0, "=") and all(v not in (4, 25) for _, v, _ in got)


def test_a_span_of_years_before_the_verb_is_not_the_indicator():
    """二氧化硫排放总量五年累计减少11% (both annotators of a 2017 provincial department's division of its
    five-year plan, probe batch 68): the indicator is the words before the span; a span counted back
    (近五年, 过去五年) reports the past and gives no target."""
    def got(mid):
        text = f"一、约束性指标\n1.二氧化硫排放总量{mid}减少11%。(省环保厅牵头)\n"
        return [(t.anchor, t.value) for t in parse_text(text).targets]
    assert got("五年累计") == got("三年") == got("5年") == [("二氧化硫排放总量", 11)]
    assert got("近五年") == got("过去五年") == []


def test_a_list_of_plenary_sessions_counts_nothing():
    """积极落实市委三次、四次、五次、六次全委会部署 (both annotators of a 2010 municipal education commission's
    points, probe batch 71): the sessions' numbers, in a list, without 届; a count of meetings to hold stays."""
    def got(t):
        d = parse_text("某市教委2010年工作要点\n一、总体要求\n" + t + "\n二、重点任务\n(一)推进改革。加快推进。\n")
        return [(x.anchor, x.value, x.unit) for x in d.targets]
    assert got("积极落实市委三次、四次、五次、六次全委会部署,全年新建学校5所。") == [("新建学校", 5, "所")]
    assert got("贯彻省委五届六次、七次全会精神,全年新建学校5所。") == [("新建学校", 5, "所")]
    assert ("专题培训", 3, "次") in got("全年开展专题培训3次,新建学校5所。")


def test_deadlines_in_a_list_go_to_the_figures_in_their_places():
    """到2022年和2030年,全省居民健康素养水平分别不低于22%和30% (both annotators of a 2020 province's health opinion,
    probe batch 69): 22% by 2022, 30% by 2030; one date before 分别 dates every figure."""
    def got(t):
        return [(x.value, x.deadline) for x in parse_text("某省健康行动实施意见\n一、主要任务\n(一)推进健康知识普及。" + t
                                                          + "(牵头部门:省卫生健康委)\n").targets]
    assert got("到2022年和2030年,全省居民健康素养水平分别不低于22%和30%。") == [(22, "2022-12-31"), (30, "2030-12-31")]
    assert got("到2030年,城乡居民健康素养水平分别不低于22%和30%。") == [(22, "2030-12-31"), (30, "2030-12-31")]


def test_a_count_whose_words_the_copy_cuts_and_a_count_after_a_verb_of_buying():
    """…建设24个就业扶贫基地、17个就业扶贫驿站、25个扶| (the copy ends) and 购买1.08万个公益性岗位 (both annotators of a
    2018 city's livelihood points, probe batch 70): the cut count is no target (what it counts is lost), the
    bought posts are counted by the words after the number."""
    got = [(x.anchor, x.value) for x in parse_text(
        "某市2018年民生工作要点\n一、就业\n(一)促进就业。做好托底工作,购买1.08万个公益性岗位。持续抓好就业脱贫工程,建设24个"
        "就业扶贫基地、17个就业扶贫驿站、25个扶").targets]
    assert got == [("公益性岗位", 1.08), ("就业扶贫基地", 24), ("就业扶贫驿站", 17)]


def test_the_count_a_notice_has_set_out_is_no_target():
    """省政府围绕…,确定了40项需要重点推进的工作 (both annotators of a 2009 province's division of its key work, probe
    batch 72): what the notice has set out, not a figure to reach."""
    d = parse_text("某省2009年重点工作责任分解\n省政府围绕“保增长”,确定了40项需要重点推进的工作。\n一、保增长\n"
                   "1.扩大投资。全年完成投资8000亿元。\n")
    assert [(t.anchor, t.value) for t in d.targets] == [("完成投资", 8000)]


def test_a_count_cut_to_a_whole_word_keeps_it():
    """推出5个以上滑雪| at the copy's end (both annotators of a 2021 province's ice-and-snow plan, probe batch 12): a
    word names what it counts; a single character (25个扶|) does not."""
    d = parse_text("某省冰雪旅游实施意见\n一、具体目标\n到2023年,打造不少于3个冰雪主题旅游度假区,推出5个以上滑雪")
    assert (d.targets[-1].anchor, d.targets[-1].value) == ("滑雪", 5)


def test_a_count_after_a_verb_of_choosing_and_a_notices_issuing_sentence_holds_no_target():
    """选择100条城市主干道和支路… and 现将2024年十个方面30项为民实事实施方案印发给你们 (both annotators of a 2024 city's
    livelihood plan, probe batch 71): the count is of what follows the verb; the issuing sentence's 30项 names
    what the notice issues."""
    d = parse_text("某市2024年为民实事实施方案\n经市政府同意,现将2024年十个方面30项为民实事实施方案印发给你们,请认真组织实施。\n"
                   "一、主要任务\n(一)交通出行\n1.市政道路改造。选择100条城市主干道和支路开展工程微改造试点。(市城管局负责)\n"
                   "2.编制方案。编制3个示范区实施方案。(市发改委负责)\n")
    assert [(t.anchor, t.value) for t in d.targets] == [("城市主干道和支路开展工程微改造试点", 100), ("示范区实施方案", 3)]


def test_a_heading_that_names_the_indicator_its_item_gives_values_for():
    """(一)生活垃圾无害化处理率。2012年底,城市达到76%以上;农村每年提高4%以上。 / (四)农村卫生厕所普及率。每年提高5%
    (both annotators of a 2010 city's sanitation plan, probe batch 73): the heading names what the bare values
    measure, with the scope the item gives (城市, 农村); a heading that is no indicator lends nothing."""
    d = parse_text("某市城乡环境卫生整洁行动实施方案\n一、行动目标\n用三年时间,改善城乡人居环境。\n"
                   "(一)生活垃圾无害化处理率。2012年底,城市达到76%以上;农村每年提高4%以上。\n"
                   "(二)农村卫生厕所普及率。每年提高5%,2012年底达到70%以上。\n(三)加强宣传。每年提高5%。\n")
    assert [(t.anchor, t.value) for t in d.targets] == [
        ("城市生活垃圾无害化处理率", 76), ("农村生活垃圾无害化处理率", 4), ("农村卫生厕所普及率", 5), ("农村卫生厕所普及率", 70)]


def test_listed_projects_and_their_planned_sums_and_a_base_value():
    """其中:续建项目37项,2010年计划投资185.9亿元;农林水利项目7项,总投资174.9亿元,2010年计划投资18.7亿元 and
    项目在建总规模1980亿元,较2009年的1499亿元增长32% (both annotators of a 2010 province's key-project plan, probe
    batch 75): each sum is the named projects' planned investment, the counts only say how many projects
    are listed; 1499亿元 is last year's base."""
    d = parse_text("某省2010年重点建设项目计划\n一、安排情况\n全省筛选确定了2010年重点建设项目共6大类62项,项目在建总规模1980亿元,"
                   "较2009年的1499亿元增长32%。其中:续建项目37项,2010年计划投资185.9亿元;农林水利项目7项,总投资174.9亿元,"
                   "2010年计划投资18.7亿元。\n")
    got = [(t.anchor, t.value) for t in d.targets]
    assert ("续建项目计划投资", 185.9) in got and ("农林水利项目计划投资", 18.7) in got
    assert not any(v in (37, 7, 62, 1499) for _, v in got)


def test_the_count_of_a_class_of_targets_is_no_target():
    """关于经济发展类目标13个:地区生产总值增长7.5%左右… (both annotators of a 2020 city's annual plan, probe batch 76):
    how many targets a class holds, not a figure to reach."""
    d = parse_text("某市2020年国民经济和社会发展计划\n一、主要目标\n关于经济发展类目标13个:地区生产总值增长7.5%左右,"
                   "规模以上工业增加值增长8%。\n")
    assert [(t.anchor, t.value) for t in d.targets] == [("地区生产总值", 7.5), ("规模以上工业增加值", 8)]


def test_a_target_on_a_comparable_basis():
    """地方公共财政预算收入按可比口径同比增长7% (both annotators of a 2017 district's work report, probe batch 76): 按可比
    口径 qualifies the target, it is no rate applied by a policy."""
    d = parse_text("某区2017年政府工作报告\n2017年全区主要预期目标是:地区生产总值同比增长6.5%;地方公共财政预算收入按可比口径同比增长7%。\n")
    assert [(t.anchor, t.value) for t in d.targets] == [("地区生产总值", 6.5), ("地方公共财政预算收入", 7)]


def test_the_higher_figure_a_goal_strives_for_is_a_target_of_the_same_indicator():
    """地区生产总值增长9%,力争10% (both annotators of a 2010 city's work points, probe batch 82; of a 2018 city's
    division, batch 37): 10% is the same rise, aspirational; a 力争 with no figure before it in its sentence is
    no target of another's indicator."""
    d = parse_text("某市2010年工作要点\n一、主要目标\n主要预期目标为:地区生产总值增长9%,力争10%;地方财政收入增长8%。\n")
    assert [(t.anchor, t.value, t.growth, t.aspirational) for t in d.targets] == [
        ("地区生产总值", 9, True, False), ("地区生产总值", 10, True, True), ("地方财政收入", 8, True, False)]
    d = parse_text("某市2010年工作要点\n一、主要目标\n加快发展。力争10%。\n")
    assert not d.targets


def test_a_year_after_the_place_whose_goals_it_sets_out_dates_the_goal_section():
    """石家庄市2020年空气质量改善目标为:PM2.5平均浓度…下降8%…;优良天数达到191天 / 平山县…PM2.5平均浓度达到57微克/立方米
    (both annotators of a 2020 city's air-pollution plan, probe batch 45): every goal of the section is due at 2020's end."""
    d = parse_text("某市2020年大气污染防治实施方案\n一、总体要求\n坚持精准治污。\n二、主要目标\n石家庄市2020年空气质量改善目标为:"
                   "PM2.5平均浓度较2019年下降8%;优良天数达到191天。\n平山县PM2.5平均浓度达到57微克/立方米。\n三、主要任务\n(一)强化分类施策\n")
    assert [(t.value, t.deadline) for t in d.targets] == [(8, "2020-12-31"), (191, "2020-12-31"), (57, "2020-12-31")]


def test_a_texts_article_count_and_a_cost_share_are_no_targets():
    """编拟《…政策清单》(343条),其中产业发展支持政策(81条)详情如下 / …贴息40%,省、市(县、市、区)各分担50% (both annotators
    of a 2021 province's policy list, probe batch 82): how long the text is and how a subsidy's cost is shared."""
    d = parse_text("某省政策清单\n安徽省某办公室编拟《“双招双引”支持实体经济发展政策清单》(343条),其中产业发展支持政策(81条)详情如下。\n"
                   "一、产业发展支持政策(81条)\n1.对符合条件的项目贷款给予贴息,省、市(县、市、区)各分担50%。\n2.整治背街小巷100条。\n")
    assert [(t.value, t.unit) for t in d.targets] == [(100, "条")]


def test_a_completion_reports_running_figures_are_results():
    """万州区2020年政府工作报告完成情况 / …五大产业占规模以上工业比重68.7%提高到71.5%…规上工业总产值330亿元 (both annotators of
    a 2020 district's report, probe batch 87): what was done, no targets; a 通报 of how the work went whose table gives
    the year's commitments keeps them (batch 62)."""
    d = parse_text("万州区2020年政府工作报告完成情况\n\n日期:2021-03-24 来源:万州区政府\n\n智能循环型工业加快培育。五大产业占规模以上工业比重"
                   "68.7%提高到71.5%,规上工业总产值330亿元、增长5%。\n现代农业加快发展。粮食总产量49.4万吨。\n")
    assert (d.meta.title, d.targets) == ("万州区2020年政府工作报告完成情况", [])
    d = parse_text("2020年全区重点工作安排\n一、经济发展\n规上工业总产值达到330亿元。粮食总产量49.4万吨。\n")
    assert [t.value for t in d.targets] == [330, 49.4]


def test_a_figure_in_a_documents_name_is_no_target_and_a_whole_years_growth_is_not_per_year():
    """为贯彻落实《国务院关于印发6个新设自由贸易试验区总体方案的通知》 (both annotators of a 2020 region's plan, probe batch
    87): the 6 is the other document's; 社会消费品零售总额全年增长1%以上 (a 2022 province's plan, same batch) is that
    year's growth, not every year's."""
    d = parse_text("某区建设实施方案\n为贯彻落实《国务院关于印发6个新设自由贸易试验区总体方案的通知》,制定本方案。\n一、目标要求\n"
                   "社会消费品零售总额全年增长1%以上,新增市场主体5000家。\n")
    assert [(t.value, t.per_year) for t in d.targets] == [(1, False), (5000, False)]
    assert not d.tasks


def test_a_year_after_que_bao_with_ru_qi_dates_the_goal_and_ru_qi_is_no_indicator():
    """确保2019年如期实现19个贫困县…脱贫目标 (both annotators of a 2019 province's No. 1 document, probe batch 90): the
    year dates it, and 如期 (on schedule) says nothing of what is counted."""
    d = parse_text("某省关于做好三农工作的意见\n一、打赢脱贫攻坚战\n必须扎实打赢脱贫攻坚战,确保2019年如期实现19个贫困县脱贫摘帽。\n")
    assert [(t.anchor, t.value, t.deadline) for t in d.targets] == [("贫困县脱贫摘帽", 19, "2019-12-31")]


def test_an_items_time_limit_line_dates_its_figures_and_its_fields_stay_with_it():
    """二十五、新建改建200座二类以上免费公共厕所。 / 完成期限:2002年11月底前(取消地铁厕所收费2002年6月底前) / 主要责任单位:市市政管委 /
    项目负责人:市市政管委阜柏楠 / 协办单位:市规划委 (both annotators of a 2002 city's list of practical projects, probe
    batch 96): one task with its units, its figures due by the latest date on the line; 2025年5月实施,2025年9月完工
    is done by September (batch 92)."""
    d = parse_text("某市为民办实事项目\n二十五、新建改建200座二类以上免费公共厕所。\n完成期限:2002年11月底前(取消地铁厕所收费2002年6月底前)\n"
                   "主要责任单位:市市政管委\n项目负责人:市市政管委阜柏楠\n协办单位:市规划委\n二十六、改造10处供水低压区。\n"
                   "完成时限:2002年5月实施,2002年9月完工\n主要责任单位:市水务局\n")
    assert [(t.path, [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        (("二十五",), [("市市政管委", "responsible"), ("市规划委", "cooperating")]),
        (("二十六",), [("市水务局", "responsible")])]
    assert [(t.value, t.deadline) for t in d.targets] == [(200, "2002-11-30"), (10, "2002-09-30")]


def test_whom_the_targets_are_shared_out_to_and_a_head_that_opens_on_its_area():
    """将目标任务分解到8个县区和7个市直部门 (how far the notice reaches, both counts: both annotators of a 2011 city's
    notice, probe batch 104); 评定20个省级农村电商示范县 and 重点对全市1800余条支路 name what follows the count
    (probe batches 103-104); 对外贸易 is a word of its own."""
    from extract.pipeline import parse_text

    def targets(line):
        return [(g.anchor, g.value) for g in parse_text("某市方案\n一、目标\n" + line + "\n").targets]
    assert targets("将目标任务分解到8个县区和7个市直部门,确保完成。") == []
    assert targets("到2020年底,评定20个省级农村电商示范县。") == [("省级农村电商示范县", 20)]
    assert targets("重点对全市1800余条支路(巷道)开展整治。") == [("支路", 1800)]
    assert targets("对外贸易进出口总额增长5%。") == [("对外贸易进出口总额", 5)]


def test_a_list_by_year_dates_each_figure_by_its_own_year():
    """到2025年,高新技术企业2024年突破3.5万家、2025年突破3.8万家 (both annotators of a 2024 province's plan, probe batch
    108): each figure is due in the year written before it; 到2027年,…突破900亿元,到2030年突破1200亿元 (the development
    set's annotators): the second figure shares the indicator and is due in 2030."""
    from extract.pipeline import parse_text

    def targets(line):
        return [(g.anchor, g.value, g.deadline) for g in parse_text("某省计划\n一、目标\n" + line + "\n").targets]
    assert targets("到2025年,高新技术企业2024年突破3.5万家、2025年突破3.8万家。") == [
        ("高新技术企业", 3.5, "2024-12-31"), ("高新技术企业", 3.8, "2025-12-31")]
    assert targets("到2027年,全市人工智能终端产业产值突破900亿元,到2030年突破1200亿元。") == [
        ("人工智能终端产业产值", 900, "2027-12-31"), ("人工智能终端产业产值", 1200, "2030-12-31")]


def test_an_indicator_table_divided_among_places_gives_a_target_per_place(tmp_path):
    """指标名称 | 单位 | 全市 | 甲县 | 乙县 | 丙区 (a 2018 city's 主要预期指标分解汇总表, both annotators of
    probe batch 31): the plan's own column is the indicator, each other place's is the place's
    indicator; a unit cell 增幅(%) is a growth in %."""
    rows = (_row("1", "地区生产总值", "增幅(%)", "7左右", "7以上", "6.5", "8")
            + _row("2", "一般公共预算收入", "亿元", "100", "20", "", "30"))
    got = {(t.anchor, t.value, t.unit, t.comparator, t.growth)
           for t in _indicator_plan(tmp_path, "序号|指标名称|单位|全市|甲县|乙县|丙区", rows)}
    assert got == {("地区生产总值", 7, "%", "~", True), ("甲县地区生产总值", 7, "%", ">=", True),
                   ("乙县地区生产总值", 6.5, "%", "=", True), ("丙区地区生产总值", 8, "%", "=", True),
                   ("一般公共预算收入", 100, "亿元", "=", False), ("甲县一般公共预算收入", 20, "亿元", "=", False),
                   ("丙区一般公共预算收入", 30, "亿元", "=", False)}
    # columns that are not places (one suffix place among words) give no such targets
    assert _indicator_plan(tmp_path, "序号|指标名称|单位|全市|分值|考核单位", _row("1", "地区生产总值", "亿元", "466", "15", "市统计局")) == []


def test_a_flattened_indicator_table_with_many_place_columns_is_rebuilt(tmp_path):
    """A copy writing the table one cell a line, its header of fourteen cells (序号 / 指标名称 /
    单位 / 苏州市-like plan column / ten places): read back as a table, a target a cell."""
    from extract.pipeline import parse_file
    places = ["全市", "甲市", "乙市", "丙区", "丁区", "戊区", "己区", "庚区", "辛区", "壬区", "癸区"]
    lines = ["序号", "指标名称", "单位"] + places + ["1", "地区生产总值", "增幅(%)"] + ["7"] * 11 + \
        ["2", "一般公共预算收入", "增幅(%)"] + ["8"] * 11
    (tmp_path / "plan.txt").write_text("某市2018年主要预期指标分解汇总表\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    got = [t for t in parse_file(tmp_path / "plan.txt").targets if t.rule == "target.indicator_table"]
    assert len(got) == 22 and {t.anchor for t in got} >= {"地区生产总值", "癸区一般公共预算收入"}


def test_a_value_written_as_where_a_measure_starts_from_is_no_target():
    """从月销售额10万元提高到15万元 (a 2021 province's measures, both annotators of probe batch 140): what is measured
    may stand between 从 and the value; the second value is the target, under the words before 从; a copy cut after
    the verb leaves none; a tax's threshold (起征点) is a policy parameter, no target."""
    from extract.pipeline import parse_text
    d = parse_text("一、任务\n1.提高覆盖率。森林覆盖率从全市平均40%提高到45%。\n")
    assert [(t.indicator, t.value, t.unit) for t in d.targets] == [("森林覆盖率", 45, "%")]
    assert parse_text("一、任务\n1.提高覆盖率。森林覆盖率从全市平均40%提高到4").targets == []
    assert parse_text("一、任务\n1.减税。将小规模纳税人增值税起征点从月销售额10万元提高到15万元。\n").targets == []


def test_counts_of_tobacco_and_livestock():
    """收购计划162.5万担(含出口备货12.1万担) and 改良家畜55万头只 (both annotators of a 2019 prefecture's tobacco opinion and a
    2021 city's rural division, probe batch 138): 担 and 头只 are measures."""
    from extract.pipeline import parse_text
    d = parse_text("一、目标\n2019年,全州烟叶种植面积60.2万亩,收购计划162.5万担。\n二、任务\n(一)改良家畜55万头只。\n")
    assert {(t.value, t.unit) for t in d.targets} >= {(162.5, "万担"), (55, "万头只")}


def test_an_items_number_run_into_a_count_is_the_items_and_the_count_is_read_whole():
    """1.…新增400台 / 2.50个小区新增电动自行车充电设施 / 3.… / 4.460个居村综合文化活动室… (a 2022 district's livelihood
    list, both annotators of probe batch 139): 2. and 4. number the items, and the counts are 50个 and 460个, not 2.5
    and 4.46; a line that opens on a decimal with no numbering around it is no item."""
    from extract.pipeline import parse_text
    d = parse_text("2022年区政府实事\n1.既有多层住宅加装电梯新增400台。\n2.50个小区新增电动自行车充电设施。\n"
                   "3.开设40个小学生爱心暑托班。\n4.460个居村综合文化活动室开展文化活动。\n")
    assert [t.path for t in d.tasks] == [("1",), ("2",), ("3",), ("4",)]
    assert sorted(t.value for t in d.targets) == [40, 50, 400, 460]
    e = parse_text("一、目标\n全区新增就业岗位。\n2.50个百分点的提升目标要确保完成。\n")
    assert all(t.path != ("2",) for t in e.tasks)


def test_a_campaigns_problems_its_count_of_tasks_and_its_saying_are_no_targets():
    """一、面临的问题 / (一)…全省6个设区的市8条黑臭水体尚未消除… (a 2018 province's campaign plan); 限期完成五大类49个问题
    整改任务…做到整改一个、销号一个、验收一个 (a 2017 region's rectification plan); 今年以来,…优良天数减少25天 (a 2017 city's
    campaign; both annotators of probe batch 143): the problems are no work and their figures no targets, the count is
    of the plan's own tasks, the saying counts nothing, and what happened this year so far is past; the goals stand."""
    from extract.pipeline import parse_text
    d = parse_text("某省打好黑臭水体治理攻坚战作战方案\n一、面临的问题\n(一)治理进展不均衡。全省6个设区的市8条黑臭水体尚未消除。\n"
                   "二、主要任务\n(一)落实责任。限期完成五大类49个问题整改任务。做到整改一个、销号一个、验收一个,确保事事有回音。"
                   "到2020年,森林覆盖率达到23%。\n")
    assert [t.path for t in d.tasks] == [("二", "(一)")]
    assert [(t.indicator, t.value) for t in d.targets] == [("森林覆盖率", 23)]
    e = parse_text("某市保卫战实施方案\n今年以来,与去年同期相比二级以上优良天数减少25天,形势严峻。\n"
                   "通过开展保卫战,切实落实各项工作任务,确保我市全年二级以上优良天数达到300天以上、力争好于去年,不断提升空气质量\n"
                   "(一)淘汰燃煤小锅炉。拆除89台燃煤锅炉。\n(二)加强管理。\n")
    assert sorted(t.value for t in e.targets) == [89, 300]


def test_a_paragraph_saying_how_a_list_is_divided_holds_no_targets():
    """按市划分,区直及跨市项目共27项,总投资475.3亿元,年度投资73.1亿元;南宁市项目共6项,… (a 2005 region's list of major
    projects, both annotators of probe batch 141): the list's make-up; a goal beside it stands."""
    from extract.pipeline import parse_text
    d = parse_text("一、项目安排\n按市划分,区直及跨市项目共27项,总投资475.3亿元,年度投资73.1亿元;南宁市项目共6项,年度投资16.9亿元。\n"
                   "全年完成投资100亿元以上。\n")
    assert [(t.value, t.unit) for t in d.targets] == [(100, "亿元")]


def test_a_value_measured_from_a_years_level_is_no_target():
    """農業增加值由2021年的311.32億元增加到440億元 (a 2022 prefecture's three-year plan, both annotators of probe batch 144):
    the year's level is where it starts from; the value to reach takes the indicator before 由."""
    from extract.pipeline import parse_text
    d = parse_text("一、发展目标\n到2024年,农业增加值由2021年的311.32亿元增加到440亿元。\n")
    assert [(t.indicator, t.value) for t in d.targets] == [("农业增加值", 440)]


def test_pitches_a_daily_capacity_a_repaired_count_and_counts_that_say_whose():
    """新建社会足球场14片 and 新增污水厂处理规模25万吨/日 (a 2020 city's list, batch 139); 修复提升80所因灾受损学校 (a 2022 city's
    list, batch 137); 拆除…等55家企业、社区的89台燃煤锅炉 and 涉及12个街道3个乡镇15个村的5489户平房住宅 (a 2017 city's campaign,
    batch 143; both annotators of each): 片 and 万吨/日 are measures, the repaired schools follow their count, and the
    counts before 的 say whose the last one is."""
    from extract.pipeline import parse_text
    d = parse_text("一、任务\n1、新建社会足球场14片、健身步道200公里。\n2、新增污水厂处理规模25万吨/日。\n"
                   "3、修复提升80所因灾受损学校,年底前全部完工。\n4、拆除城区等55家企业、社区的89台燃煤锅炉。\n"
                   "5、完成城区范围内燃煤房屋征收工作,共涉及12个街道3个乡镇15个村的5489户平房住宅。\n")
    assert [(t.indicator, t.value, t.unit) for t in d.targets] == [
        ("社会足球场", 14, "片"), ("健身步道", 200, "公里"), ("污水厂处理规模", 25, "万吨/日"), ("因灾受损学校", 80, "所"),
        ("燃煤锅炉", 89, "台"), ("平房住宅", 5489, "户")]


def test_two_decimals_opening_lines_in_a_row_are_no_items_and_break_nothing():
    """2.50个… / 7.30个… with no numbering around them: neither is an item number (heading.arabic_fused needs N-1 or
    N+1 beside it), and the second is judged by the first's number even after the first is dropped (it raised a
    TypeError when the list held a dropped item)."""
    from extract.pipeline import parse_text
    d = parse_text("一、重点任务\n2.50个小区新增充电设施。\n7.30个村完成改造。\n")
    assert [t.path for t in d.tasks] == [("一",)]


def test_figures_counted_to_an_as_of_day_not_after_the_text_are_no_targets():
    """截至11月底,全省新增城镇就业125.99万人 reports a count to that day (both annotators of a 2018 province's progress
    report and a 2021 province's progress table); an as-of day ahead of the document sets a total to reach."""
    from extract.pipeline import parse_text
    d = parse_text("某省民生实事进展情况\n一、关于新增城镇就业。截至11月底,全省新增城镇就业125.99万人,空气优良天数比例达到57.4%。\n")
    assert d.targets == []
    e = parse_text("某市充电设施建设方案\n发布日期:2022-05-01\n一、目标。截至2019年3月底,全市建成充电桩300个。截至2025年底,全市累计建成充电桩1万个。\n")
    assert [(t.indicator, t.value, t.unit) for t in e.targets] == [("充电桩", 1, "万个")]


def test_a_later_goal_paragraph_opened_by_its_own_year_dates_its_figures_by_it():
    """(二)发展目标。到2023年,…9.6亿人次以上… / 到2025年,建成…。全省接待旅游总人数11.5亿人次以上: the second
    paragraph's figures are due in 2025, not by the goal section's first year (both annotators of a 2021
    province's action plan, probe batch 150)."""
    from extract.pipeline import parse_text
    d = parse_text("某省旅游业发展行动方案\n一、总体要求\n(二)发展目标。到2023年,旅游业加快发展。全省接待旅游总人数9.6亿人次以上。\n"
                   "到2025年,建成国内外著名旅游目的地。全省接待旅游总人数11.5亿人次以上,旅游总收入1.3万亿元以上。\n")
    assert [(t.value, t.deadline) for t in d.targets] == [(9.6, "2023-12-31"), (11.5, "2025-12-31"), (1.3, "2025-12-31")]


def test_each_value_of_an_awards_list_and_a_cap_per_recipient_are_no_targets():
    """分别给予一次性奖补5万元、8万元、10万元、20万元: every value of the list is the award's; 单个项目不超过50万元 and
    每家企业上限100万元 cap what one recipient gets (both annotators of a 2024 county's support policies, probe batch
    150, and of a 2023 city's); 新增规上企业10家、20家 stay."""
    from extract.pipeline import parse_text
    d = parse_text("某县财政支持产业发展若干政策\n一、支持先进制造业\n1.对年主营业务收入1~5亿元、5~10亿元的企业,分别给予一次性奖补5万元、"
                   "8万元、10万元、20万元。按照项目设备购置额的10%给予奖补,单个项目不超过50万元。每家企业上限100万元。\n"
                   "2.到2025年,新增规上企业10家、20家。\n")
    assert [(t.value, t.unit) for t in d.targets] == [(10, "家"), (20, "家")]


def test_a_figure_an_items_heading_states_and_its_text_repeats_is_one_target():
    """1.生产总值增长12%。 / 全市生产总值增长12%,总量达到2790亿元…其中地方财政收入…增长12% (a 2006 city's division of its work
    report, both annotators of probe batch 160): the heading's figure once; the same number of another measure stays."""
    d = parse_text("某市2006年政府工作报告主要任务分解\n一、主要调控预期目标\n1.生产总值增长12%。\n"
                   "全市生产总值增长12%,总量达到2790亿元。(市发改委)\n2.财政一般预算收入增长12%。\n"
                   "一般预算收入522.5亿元,比上年增长12%,其中地方财政收入237.9亿元,比上年增长12%。(市财政局)\n")
    got = [(t.section_path, t.value, t.unit) for t in d.targets]
    assert got == [(("一", "1"), 12, "%"), (("一", "1", "¶1"), 2790, "亿元"), (("一", "2"), 12, "%"),
                   (("一", "2", "¶1"), 522.5, "亿元"), (("一", "2", "¶1"), 237.9, "亿元"), (("一", "2", "¶1"), 12, "%")]


def test_a_count_of_what_its_own_noun_names_listed_before_another_count_is_a_target():
    """2018年,实现6275户贫困户、有劳动能力的17500名贫困人口稳定脱贫 (a 2018 city's three-year plan, both annotators of probe
    batch 161): 6275户 counts the 贫困户 it names, it is no qualifier of the next count; 12个街道3个乡镇15个村的5489户 and
    55家企业、社区的89台 still only say whose the last count is."""
    def got(body):
        d = parse_text("某市三年行动计划\n一、工作目标\n(二)年度目标。" + body + "\n")
        return [(t.value, t.unit) for t in d.targets]
    assert got("2018年,实现6275户贫困户、有劳动能力的17500名贫困人口稳定脱贫。") == [(6275, "户"), (17500, "名")]
    assert got("完成12个街道3个乡镇15个村的5489户改造。") == [(5489, "户")]
    assert got("为55家企业、社区的89台锅炉完成改造。") == [(89, "台")]


def test_a_rise_written_tong_bi_zeng_measures_the_figure_before_it():
    """全年茶叶产值达到630亿元,同比增10%以上 (a 2022 province's tea points, both annotators of probe batch 163): 增 for 增长
    right before its figure, a rise of the same indicator."""
    d = parse_text("2022年全省茶产业工作要点\n一、指导思想\n坚持新发展理念。\n二、目标任务\n"
                   "全年茶叶产值达到630亿元,同比增10%以上;茶园面积稳定在700万亩以上。\n")
    assert [(t.indicator, t.value, t.unit, t.growth) for t in d.targets] == [
        ("茶叶产值", 630, "亿元", False), ("茶叶产值", 10, "%", True), ("茶园面积", 700, "万亩", False)]


def test_a_yearly_rise_written_with_the_short_zeng_after_a_level_is_its_own_target():
    """…农业总产值104亿元以上、年均增10%以上 (both annotators of a 2020 county's opinions, probe batch 173): the rise is a
    target of the same indicator, growth and per year."""
    from extract.pipeline import parse_text
    d = parse_text("某县实施意见\n\n一、发展目标\n2025年,力争实现农业总产值104亿元以上、年均增10%以上,"
                   "其中种植业产值达57亿元以上、年均增14%以上。\n")
    assert [(t.anchor, t.value, t.unit, t.growth, t.per_year) for t in d.targets] == [
        ("农业总产值", 104, "亿元", False, False), ("农业总产值", 10, "%", True, True),
        ("种植业产值", 57, "亿元", False, False), ("种植业产值", 14, "%", True, True)]


def test_two_indicators_joined_by_he_with_one_figure_after_fenbie_each_take_it():
    """城市居民人均可支配收入和农民人均纯收入分别增长13%左右 (both annotators of a 2006 city's key work, probe batch 175): one
    target each; without 分别 the pair stays one indicator."""
    from extract.pipeline import parse_text
    d = parse_text("某市2006年重点工作任务\n\n主要预期目标是:城市居民人均可支配收入和农民人均纯收入分别增长13%左右;"
                   "万元地区生产总值综合能耗和水耗降低4%。\n")
    assert [(t.anchor, t.value) for t in d.targets] == [
        ("城市居民人均可支配收入", 13), ("农民人均纯收入", 13), ("万元地区生产总值综合能耗和水耗", 4)]


def test_minutes_are_a_measure_and_a_duration_before_a_rate_is_part_of_its_indicator():
    """预警提前量达到20分钟以上; 一般森林火灾24小时扑灭率达到95% (both annotators of a 2014 region's and a 2024
    municipality's plans, probe batch 177): minutes are measured like hours, a zone named by minutes is no target, and
    the duration over which a rate or an error is measured belongs to the indicator."""
    from extract.pipeline import parse_text
    d = parse_text("某省实施意见\n\n一、发展目标\n到2025年,突发灾害性天气预警提前量达到20分钟以上,一般森林火灾24小时扑灭率达到95%,"
                   "台风24小时路径预报误差小于65公里,国有林区路网密度达到3.1米/公顷,人工增雨作业影响面积达到9000平方千米,"
                   "建成15分钟社区生活圈20个。\n")
    assert [(t.anchor, t.value, t.unit) for t in d.targets] == [
        ("突发灾害性天气预警提前量", 20, "分钟"), ("一般森林火灾24小时扑灭率", 95, "%"),
        ("台风24小时路径预报误差", 65, "公里"), ("国有林区路网密度", 3.1, "米/公顷"),
        ("人工增雨作业影响面积", 9000, "平方千米"), ("15分钟社区生活圈", 20, "个")]


def test_a_rise_measured_from_last_year_and_a_monthly_allowance():
    """城乡低保标准增长幅度分别不低于上年度10%和15% (both annotators of a 2020 city bureau's points, probe batch 182): at least
    each figure, and 上年度 is the year it is measured from, no yearly rate; 元/月 is a measure."""
    from extract.pipeline import parse_text
    d = parse_text("某市2020年工作要点\n\n一、工作目标\n城乡低保标准增长幅度分别不低于上年度10%和15%。城市特困人员供养标准达到800元/月。\n")
    assert [(t.value, t.unit, t.comparator, t.per_year) for t in d.targets] == [
        (10, "%", ">=", False), (15, "%", ">=", False), (800, "元/月", "=", False)]


def test_two_indicators_with_two_figures_after_fenbie_are_not_each_given_the_first():
    """外贸出口和实到外资金额分别比2001年增长6%和9%的目标 (a 2002 municipality's target notice, probe batch 187): the second
    figure is not the first indicator's, so the first figure is not shared out; 起数和死亡人数分别下降10%、亿元GDP死亡率…
    still gives each its 10%."""
    from extract.pipeline import parse_text
    d = parse_text("某市2002年外经贸目标任务分解\n\n一、目标\n确保今年我市外贸出口和实到外资金额分别比2001年增长6%和9%的目标。\n"
                   "二、安全\n生产安全事故起数和死亡人数分别下降10%、亿元GDP死亡率下降30%。\n")
    got = [(t.anchor, t.value) for t in d.targets]
    assert ("实到外资金额", 6) not in got
    assert ("生产安全事故起数", 10) in got and ("死亡人数", 10) in got


def test_a_rate_held_under_a_bare_figure_and_the_base_it_is_counted_over():
    """亿元国内生产总值生产安全事故死亡率控制在0.06以下; 工矿商贸就业人员10万人生产安全事故死亡率控制在0.61以下 (a 2014
    province's safety plan, both annotators of probe batch 197): each rate's figure is a target with no measure, at
    most so much; the 10万人 it is counted over is part of its name, no target.  A figure with its measure
    (失业率控制在4.5%以内) is read as before; a bare figure after no rate is none."""
    doc = parse_text("一、控制指标\n亿元国内生产总值生产安全事故死亡率控制在0.06以下,工矿商贸就业人员10万人生产安全事故死亡率"
                     "控制在0.61以下;城镇登记失业率控制在4.5%以内;PM2.5浓度控制在35以下。\n", "s.txt")
    assert [(t.anchor, t.value, t.unit, t.comparator) for t in doc.targets] == [
        ("亿元国内生产总值生产安全事故死亡率", 0.06, None, "<="), ("工矿商贸就业人员10万人生产安全事故死亡率", 0.61, None, "<="),
        ("城镇登记失业率", 4.5, "%", "<=")]



def test_the_deaths_that_define_a_class_of_accident_are_no_target():
    """全市避免发生一次死亡10人以上特大事故 (both annotators of a 2006 city's safety control targets, probe batch 196): the 10
    says which accidents are meant; the deaths a year is held under are a target."""
    d = parse_text("一、控制目标\n1.全市避免发生一次死亡10人以上特大事故。\n2.全年事故死亡人数控制在724人以内。\n"
                   "3.杜绝一次死亡3人以上的较大事故。\n", "x.txt")
    assert [(t.anchor, t.value, t.unit) for t in d.targets] == [("事故死亡人数", 724, "人")]


def test_a_gloss_in_brackets_before_the_figure_keeps_its_commas_inside():
    """国家级品牌景区(5A级景区,国家生态旅游示范区)3家以上 (both annotators of a 2018 prefecture's tourism plan, probe batch
    192): the bracket lists what counts; its comma parts no clause, so the figure is the 国家级品牌景区's."""
    d = parse_text("一、目标\n到2020年,建成世界遗产景区2家,国家级品牌景区(5A级景区,国家生态旅游示范区)3家以上,新增就业1万人。\n",
                   "x.txt")
    assert [(t.anchor, t.value) for t in d.targets] == [
        ("世界遗产景区", 2), ("国家级品牌景区(5A级景区,国家生态旅游示范区)", 3), ("新增就业", 1)]


def test_a_count_of_what_a_later_figure_is_counted_among_is_no_target():
    """全年地表水国、省考17个监测断面中,水质优良断面达到8个 (both annotators of a 2020 city's water plan, probe batch 198):
    the 17 is the set the 8 are counted among; a count before a word that only contains 中 (示范区中心) is one."""
    d = parse_text("一、目标\n全年地表水国、省考17个监测断面中,水质优良断面达到8个,优良断面比例达到47.06%。建成3个示范区中心。\n",
                   "x.txt")
    assert [(t.anchor, t.value) for t in d.targets] == [("水质优良断面", 8), ("优良断面比例", 47.06), ("示范区中心", 3)]
    # (a school named …高中 is no set: 建好3所思源实验学校和1所思源实验高中, a 2011 province's work points)
    d = parse_text("一、目标\n建好3所思源实验学校和1所思源实验高中,启动三期工程建设。\n", "y.txt")
    assert [t.value for t in d.targets] == [3, 1]


def test_how_many_practical_matters_a_list_holds_is_no_target_outside_a_work_report():
    """某区2020年民生实事 / 区政府将努力为民办好10件实事 / 1.新建幼儿园4所。 (both annotators of probe batches 158 and 205:
    in a list of practical matters, its count of them is the list's size, no commitment of its own); in a work report
    the year's count of 民生实事 stays (annotators split there), as in a plan not titled as such a list."""
    d = parse_text("某区2020年民生实事\n区政府将努力为民办好10件实事:\n1.新建幼儿园4所。\n2.新增就业1万人。\n", "x.txt")
    assert [(t.anchor, t.value) for t in d.targets] == [("幼儿园", 4), ("新增就业", 1)]
    r = parse_text("政府工作报告\n——2024年工作回顾\n过去一年,经济平稳。\n——2025年工作安排\n"
                   "今年将集中力量办好15件民生实事,城镇新增就业5万人。\n", "r.txt")
    assert r.genre == "work_report"
    assert (15, "件") in [(t.value, t.unit) for t in r.targets]
    p = parse_text("某区2020年重点工作安排\n一、重点任务\n(一)办好实事。办好10件民生实事。\n", "p.txt")
    assert [(t.value, t.unit) for t in p.targets] == [(10, "件")]


def test_the_share_a_figure_just_given_takes_of_a_whole_is_no_target():
    """…搬迁安置1.97万户8.6万人,占规划搬迁总人数的23.8% (a 2013 province's relocation plan, probe batch 218): the
    figures are the targets, the share only says how they make up the whole; a share bound by 以上 is one."""
    d = parse_text("四川省易地扶贫搬迁规划\n\n一、建设任务\n\n到2015年,在川西北高原藏区搬迁安置1.97万户8.6万人,"
                   "占规划搬迁总人数的23.8%;创建国家卫生城市达到10个,占全省城市总数的40%以上。\n")
    got = sorted((t.value, t.unit) for t in d.targets)
    assert got == [(1.97, "万户"), (8.6, "万人"), (10, "个"), (40, "%")]


def test_the_level_a_change_reaches_and_the_base_it_is_counted_from():
    """到2026年末:力争全市境内上市公司数量较2021年末实现翻番,达到140家以上 (a 2022 city's listing plan, probe batch 223):
    the level after the change shares the change's indicator, and 2021年末 is the base of the comparison, not the
    date both are due by; the doubling itself is not a second target (the annotators record the level alone: probe
    batches 223 and 277), while a rise beside its level (增长20%,达到900亿元) is two."""
    d = parse_text("某市推进企业上市行动计划\n\n一、目标\n\n到2026年末:力争全市境内上市公司数量较2021年末实现翻番,"
                   "达到140家以上;全市规上企业营业收入增长20%,达到900亿元。\n")
    got = [(t.anchor, t.value, t.unit, t.deadline) for t in d.targets]
    assert got == [("境内上市公司数量", 140, "家", "2026-12-31"),
                   ("规上企业营业收入", 20, "%", "2026-12-31"), ("规上企业营业收入", 900, "亿元", "2026-12-31")]
    assert [x.text for x in d.deadlines] == ["到2026年末"]


def test_a_list_of_values_raised_to_a_list_of_values():
    """中国、河北省名牌产品分别由3项、66项增加到6项、100项以上 (a 2011 city's opinion, probe batch 225): the values it
    starts from are no targets, the values it reaches are, each with the indicator written before 分别由; a lone
    由A提高到B and a 分别达到 list stay as they were."""
    d = parse_text("某市实施意见\n\n一、目标\n\n到2015年,中国、河北省名牌产品分别由3项、66项增加到6项、100项以上;"
                   "研发投入占比由0.55%提高到1%;A、B产量分别达到3万吨、5万吨。\n")
    got = [(t.anchor, t.value, t.unit) for t in d.targets]
    assert got == [("中国、河北省名牌产品", 6, "项"), ("中国、河北省名牌产品", 100, "项"), ("研发投入占比", 1, "%"),
                   ("A产量", 3, "万吨"), ("B产量", 5, "万吨")]


def test_the_length_of_the_items_a_count_gives():
    """清淤支斗渠98条长119.4公里 (a 2025 township's irrigation plan, probe batch 233): the count and the length are both
    the work's, each with the items' name."""
    d = parse_text("某镇2025年春季农田水利基本建设工作方案\n\n一、主要任务\n\n清淤支斗渠98条长119.4公里。"
                   "清淤支沟2条长3.2公里,斗沟12条长13.2公里。\n")
    assert [(t.anchor, t.value, t.unit) for t in d.targets] == [
        ("清淤支斗渠", 98, "条"), ("清淤支斗渠", 119.4, "公里"), ("清淤支沟", 2, "条"), ("清淤支沟", 3.2, "公里"),
        ("斗沟", 12, "条"), ("斗沟", 13.2, "公里")]


def test_a_growth_after_a_share_of_the_whole_is_the_totals_own():
    """社会消费品零售总额实现3600亿元以上,占全省比重达到25%左右,年均增长8%: the total grows by 8%, not its share (both
    annotators of a 2022 city's consumption plan, probe batch 248); a growth after the total itself stays its own."""
    from extract.pipeline import parse_text
    d = parse_text("某市促进消费三年行动方案\n一、主要目标\n到2024年,全市社会消费品零售总额实现3600亿元以上,占全省比重达到25%左右,"
                   "年均增长8%;网络零售额超670亿元,年均增长10%以上。\n")
    got = [(t.indicator, t.value) for t in d.targets]
    assert got == [("社会消费品零售总额", 3600), ("占全省比重", 25), ("社会消费品零售总额", 8), ("网络零售额", 670),
                   ("网络零售额", 10)]
    # a rise in percentage points is the share's (a 2015 city's logistics plan in the development set)
    d = parse_text("某市物流业发展三年行动计划\n一、主要目标\n到2017年,全市物流业增加值达到460亿元;占GDP比重达到12.2%,"
                   "比2014年提高2.2个百分点。\n")
    assert [(t.indicator, t.value) for t in d.targets][-1] == ("占GDP比重", 2.2)


def test_items_after_a_later_dated_paragraph_of_the_goals_take_its_date():
    """(二)发展目标。/ 到2023年,…超过8%。/ 到2025年,…超过10%。/ ——产业规模持续扩大。电子信息制造业工业总产值达到3300亿元: the
    items after the 2025 paragraph are due in 2025 (both annotators of a 2022 province's digital-economy plan, probe
    batch 251); a year inside a sentence (…数字经济到2025年比重…) opens no paragraph and takes nothing over."""
    from extract.pipeline import parse_text
    t = ("某省数字经济产业发展实施方案\n一、总体要求\n(二)发展目标。\n到2023年,全省数字经济核心产业增加值占地区生产总值比重超过8%。\n"
         "到2025年,全省数字经济核心产业增加值占地区生产总值比重超过10%。\n——产业规模持续扩大。电子信息制造业工业总产值达到3300亿元。\n"
         "二、重点任务\n(一)做好工作。\n")
    assert [(t.value, t.deadline) for t in parse_text(t).targets] == [(8, "2023-12-31"), (10, "2025-12-31"),
                                                                     (3300, "2025-12-31")]
    inner = t.replace("到2025年,全省数字经济核心产业增加值占地区生产总值比重超过10%。", "全省数字经济到2025年比重超过10%。")
    assert [(t.value, t.deadline) for t in parse_text(inner).targets][-1] == (3300, "2023-12-31")
    # a sentence opened by its date that introduces the list below (…进一步好转。到2006年12月底前完成以下阶段工作目标: /
    # --…清理整顿率达100%: both annotators of a 2006 municipality's opinion, probe batch 259)
    staged = ("某市道路交通安全整治意见\n一、总体要求\n(二)工作目标。到2007年9月底前,道路交通安全状况进一步好转。到2006年12月底前完成以下"
              "阶段工作目标:\n--制订整治方案,全面开展清理整顿。全市客运企业清理整顿率达100%。\n二、主要措施\n(一)加强管理。\n")
    assert [(t.value, t.deadline) for t in parse_text(staged).targets] == [(100, "2006-12-31")]


def test_a_doubling_the_sentence_takes_to_a_level_is_the_level_and_a_plans_first_part_heads_a_cut_text():
    """1.总体目标 / …到2023年,主要科技创新指标实现“六个倍增” / “六个倍增”——…比重增加一倍,达到1.2%;…营业收入翻一番,达到
    1600亿元 / (一)打赢…攻坚战 / 1.全力打造… (a 2021 province's three-year plan, both annotators of probe batch 277): the
    goals under 1.总体目标 are the plan's, dated 到2023年, each doubling one target with the level it reaches; a
    doubling alone stays."""
    text = ("为打好科技创新翻身仗,制定本行动计划。\n1.总体目标\n以建设创新型省份为总体目标。到2023年,主要科技创新指标实现"
            "“六个倍增”。\n“六个倍增”——全社会研发经费投入占地区生产总值比重增加一倍,达到1.2%;高新技术企业营业收入翻一番,"
            "达到1600亿元。\n(一)打赢科技创新平台建设攻坚战\n1.全力打造国家实验室。\n")
    got = [(t.value, t.unit, t.deadline) for t in parse_text(text).targets]
    assert got == [(1.2, "%", "2023-12-31"), (1600, "亿元", "2023-12-31")]
    alone = "一、主要目标\n到2025年,全市上市公司数量翻一番。\n二、主要任务\n(一)做好工作。\n"
    assert [(t.value, t.unit) for t in parse_text(alone).targets] == [(1, "番")]


def test_a_clock_time_in_a_byline_is_no_target_and_its_date_is_published():
    """来源日期: 2017年04月06日16时21分 信息来源: 合肥市人民政府 under a 2017 city's opinion (both annotators of probe batch
    275): the page's publication date, no 16时 21分 target, no deadline; a service time of 24小时 is not a clock time."""
    text = ("合肥市人民政府关于大力实施全民健身战略推动体育产业发展的实施意见\n"
            "来源日期: 2017年04月06日16时21分 信息来源: 合肥市人民政府各县(市)、区人民政府,市政府各部门:\n"
            "为推动体育产业发展,提出如下实施意见。\n一、发展目标\n到2020年,全市体育产业总产出达到450亿元。\n")
    d = parse_text(text)
    assert d.meta.published == "2017-04-06"
    assert [(t.value, t.unit) for t in d.targets] == [(450, "亿元")]
    assert [x.text for x in d.deadlines] == ["到2020年"]


def test_how_often_the_people_counted_do_a_thing_is_no_target():
    """每周参加1次及以上体育锻炼的人数达到300万人 (a 2016 province's fitness plan, both annotators of probe batch 275): one
    target, the 300万人, its indicator the whole phrase; a count of times that is the commitment stays."""
    d = parse_text("某省全民健身实施计划\n一、主要目标\n到2020年,每周参加1次及以上体育锻炼的人数达到300万人。\n")
    assert [(t.anchor, t.value, t.unit) for t in d.targets] == [("每周参加1次及以上体育锻炼的人数", 300, "万人")]
    d = parse_text("某省全民健身实施计划\n一、主要目标\n每年开展全民健身培训不少于2次。\n")
    assert [(t.value, t.unit) for t in d.targets] == [(2, "次")]
