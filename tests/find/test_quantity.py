"""parse_quantity / find_quantities: every form the issue lists, and the negatives."""
import pytest

from extract.find.quantity import find_quantities, parse_quantity, to_number

# (id, text, expected fields) — only the fields named are checked
CASES = [
    # a density per square kilometre, a rate 大于 (probe batch 100, both annotators)
    ("per-square-km", "城区道路路网密度达到5.1公里/平方公里", dict(value=5.1, unit="公里/平方公里", comparator="=")),
    # (per 10,000 km², both annotators of a 2022 province's plan, probe batch 119)
    ("per-10k-square-km", "铁路网密度达到507公里/万平方公里", dict(value=507, unit="公里/万平方公里", comparator="=")),
    ("dayu", "生活垃圾回收利用率大于37.5%", dict(value=37.5, unit="%", comparator=">")),
    # lamps (a 2025 county's projects, probe batch 97, both annotators)
    ("lamps", "安装太阳能路灯1000盏", dict(value=1000, unit="盏")),
    ("per-sq-km", "中心城区达到7座/平方千米", dict(value=7, unit="座/平方千米")),
    ("per-10k", "其他城市4座/万人", dict(value=4, unit="座/万人")),
    # Arabic and Chinese numerals
    ("ar-ge", "24件以上", dict(value=24, unit="件", comparator=">=")),
    ("cn-liang", "两家", dict(value=2, unit="家", comparator="=")),
    ("cn-shiwu", "十五个", dict(value=15, unit="个")),
    ("cn-ershiyi", "二十一项", dict(value=21, unit="项")),
    ("cn-yibaiershi", "一百二十家", dict(value=120, unit="家")),
    ("cn-digit-by-digit", "累计登记二〇二四件", dict(value=2024, unit="件", cumulative=True)),
    ("cn-decimal-wan", "新增三点五万人", dict(value=3.5, unit="万人", base_value=35000, base_unit="人", growth=True)),
    # decimals, thousands separators, 万/亿, full-width digits
    ("decimal-yi", "3.5亿元", dict(value=3.5, unit="亿元", base_value=350_000_000, base_unit="元")),
    ("wan-base-value", "5000万元", dict(value=5000, unit="万元", base_value=50_000_000, base_unit="元")),
    ("thousands-sep", "3,000家", dict(value=3000, unit="家")),
    ("full-width", "达到１２０家", dict(value=120, unit="家", comparator="=")),
    ("cn-wan-split", "五千万元", dict(value=5000, unit="万元", base_value=50_000_000)),
    # percentages and percentage points
    ("percent", "20%", dict(value=20, unit="%")),
    ("percent-cn", "百分之九十", dict(value=90, unit="%")),
    ("percent-points", "提高5个百分点", dict(value=5, unit="个百分点", percent_points=True, growth=True)),
    # ranges
    ("range-zhi", "1至2个", dict(value=1, value_max=2, unit="个")),
    ("range-emdash", "3—5家", dict(value=3, value_max=5, unit="家")),
    ("range-dao", "1到2个", dict(value=1, value_max=2, unit="个")),
    ("range-cn", "三至五家", dict(value=3, value_max=5, unit="家")),
    ("range-percent", "10%-20%", dict(value=10, value_max=20, unit="%")),
    # comparators
    ("ge-bushaoyu", "不少于1次", dict(value=1, comparator=">=")),
    ("ge-budiyu", "不低于90%", dict(value=90, comparator=">=")),
    ("ge-zhishao-verb", "至少建立1个", dict(value=1, comparator=">=")),
    ("ge-zhishao-you", "每个县至少有1所", dict(value=1, unit="所", comparator=">=")),
    ("gt-chaoguo", "超过200件", dict(value=200, comparator=">")),
    ("gt-tupo", "突破500亿元", dict(value=500, comparator=">")),
    ("le-yixia", "24件以下", dict(comparator="<=")),
    ("le-buchaoguo", "不超过3个工作日", dict(value=3, unit="个工作日", comparator="<=")),
    ("le-yinei", "30天以内", dict(value=30, unit="天", comparator="<=")),
    ("le-kongzhizai", "控制在5%以内", dict(value=5, comparator="<=")),
    ("lt-diyu", "低于60%", dict(comparator="<")),
    ("eq-dadao", "达到30000件", dict(value=30000, comparator="=")),
    ("eq-da", "达100%", dict(value=100, comparator="=")),
    ("eq-wei", "为25家", dict(value=25, comparator="=")),
    ("approx-zuoyou", "90%左右", dict(value=90, comparator="~")),
    ("approx-yue", "约50家", dict(value=50, comparator="~")),
    ("ge-suffix-wins", "达到90%以上", dict(value=90, comparator=">=")),
    ("eq-tigaodao", "提高到60%", dict(value=60, comparator="=", growth=False)),
    # flags
    ("growth-per-year", "年均增长8%以上", dict(value=8, unit="%", comparator=">=", growth=True, per_year=True)),
    ("growth-fudu", "年度增幅超过20%", dict(value=20, comparator=">", growth=True, per_year=True)),
    ("growth-xinzeng", "新增2家", dict(value=2, growth=True, per_year=False)),
    ("per-year-meinian", "每年超过5000万元", dict(value=5000, comparator=">", per_year=True, growth=False)),
    ("per-capita-not-per-year", "每万人发明专利拥有量24件以上", dict(value=24, per_year=False)),
    ("aspirational", "力争达到100%", dict(value=100, aspirational=True)),
    ("aspirational-growth", "争取新增5家", dict(value=5, aspirational=True, growth=True)),
    ("cumulative", "累计达200件", dict(value=200, cumulative=True, comparator="=")),
    ("decline", "下降13.5%", dict(value=13.5, decline=True, growth=False)),
    ("zengjiazhi-not-growth", "版权产业增加值占GDP比重达到7.5%", dict(value=7.5, growth=False)),
    ("baseline-year-not-per-year", "比2020年增长50%", dict(value=50, growth=True, per_year=False)),
    ("long-quote-goal", "提出“到2027年建成50个国家级示范园区”的目标", dict(value=50, unit="个")),
    ("double", "海外发明专利授权量翻一番", dict(value=1, unit="番", growth=True)),
    ("double-twice", "经济总量翻两番", dict(value=2, unit="番", growth=True)),
    ("zero-breakthrough", "力争PCT申请实现零突破", dict(value=0, unit=None, comparator=">", aspirational=True)),
    ("zero-growth", "用水总量保持零增长", dict(value=0, unit=None, comparator="=", growth=True)),
    ("zero-occurrence", "确保重大安全事故零发生", dict(value=0, unit=None, comparator="=", growth=False)),
    # measure words with two characters, or a bracketed alternative kept as written
    ("measure-changci", "每年举办推介活动不少于10场次", dict(value=10, unit="场次", comparator=">=", per_year=True)),
    ("measure-pici", "抽检农产品样品800批次", dict(value=800, unit="批次")),
    ("measure-bracketed-alt", "新增农机具300台(套)", dict(value=300, unit="台(套)", growth=True)),
    ("measure-bracketed-fullwidth", "建成服务站12个（家）", dict(value=12, unit="个(家)")),
    ("measure-bracketed-duan", "建设幸福河湖10条（段）", dict(value=10, unit="条(段)")),
    ("measure-bracketed-jian", "改造2.5万套（间）城市危旧房", dict(value=2.5, unit="万套(间)")),
    ("measure-cubic-metre", "新增冷库库容8万立方米", dict(value=8, unit="万立方米", base_value=80000, growth=True)),
    ("measure-servings", "日均供餐能力达到5万客", dict(value=5, unit="万客", comparator="=")),
    ("measure-round-cn", "每2年开展一轮评估", dict(value=1, unit="轮", per_year=False)),
    ("measure-beds", "新增养老床位500张", dict(value=500, unit="张", growth=True)),
    # a measure per another is one measure, the multiplier kept in front of it
    ("measure-per-person", "全员劳动生产率达到58万元/人", dict(value=58, unit="万元/人", base_value=580000)),
    ("measure-per-money", "事故死亡率控制在0.6人/百亿元以下", dict(value=0.6, unit="人/百亿元", comparator="<=")),
    ("measure-per-kilogram", "土壤有机质平均含量达到28克/千克", dict(value=28, unit="克/千克")),
    ("measure-slash-other-word", "每组配备3人/组", dict(value=3, unit="人")),
    ("duration-years-capped", "投资回收期控制在4年以内", dict(value=4, unit="年", comparator="<=")),
    # growth: the 新- verbs count an increase, 新建或改造 counts projects
    # 新建/新培育/新引进 count things to be done, not a rise (GUIDE.md: false for a count)
    ("count-xinjian", "新建污水管网50公里", dict(value=50, unit="公里", growth=False)),
    ("count-xinpeiyu-per-year", "每年新培育专精特新企业20家", dict(value=20, growth=False, per_year=True)),
    ("count-xinyinjin", "全年新引进博士研究生30名", dict(value=30, growth=False, per_year=False)),
    ("growth-xinzeng", "全年新增城镇就业5万人", dict(value=5, unit="万人", growth=True)),
    ("bare-yi", "数字贸易规模突破6000亿。", dict(value=6000, unit="亿", comparator=">")),
    ("bare-wanyi-approx", "营业收入达到1.2万亿左右,", dict(value=1.2, unit="万亿", comparator="~")),
    ("not-growth-build-or-renovate", "每年新建或改造农贸市场不少于5个", dict(value=5, growth=False, per_year=True)),
    ("growth-income", "带动农户户均增收1500元以上", dict(value=1500, growth=True, comparator=">=")),
    # per_year: 年 right before a verb of doing
    ("per-year-nian-peixun", "职工年培训规模不少于2万人次", dict(value=2, unit="万人次", per_year=True)),
    ("not-per-year-half-year", "每半年开展一次专项检查", dict(value=1, unit="次", per_year=False)),
    ("not-per-year-three-years", "三年新增绿地100公顷", dict(value=100, unit="公顷", per_year=False, growth=True)),
    ("eq-baochi", "抽检合格率保持100%", dict(value=100, comparator="=")),
    ("half-ge", "实践性教学课时原则上占总课时一半以上", dict(value=50, unit="%", comparator=">=")),
    ("half-gt", "“双师型”教师占专业课教师总数超过一半，", dict(value=50, unit="%", comparator=">")),
    # a latency circle of N ms is reached within N ms: a ceiling with no comparator word
    ("latency-circle", "打造全省5ms低时延圈", dict(value=5, unit="ms", comparator="<=")),
    ("latency-ms-bare", "端到端时延达到20毫秒", dict(value=20, unit="毫秒", comparator="=")),
    ("round-thousand-held", "举办千场专业性会议", dict(value=1000, unit="场", comparator="=")),
]

NEGATIVES = [
    ("tongyi", "统一部署"), ("jinyibu", "进一步完善"), ("yitihua", "一体化发展"), ("shisiwu", "“十四五”规划"),
    ("ershida", "党的二十大精神"), ("slogan-3+3+X", "3+3+X先进制造业"), ("date-4.26", "4·26知识产权宣传周"),
    ("date-3.15", "3·15消费者权益保护日"), ("slogan-yichengsigaodi", "一城四高地"), ("year", "2024年"),
    ("date", "2月17日"), ("ordinal", "第四次全国文物普查"), ("per-10k-people", "每万人"),
    ("phone", "服务热线:15281067168"), ("doc-number", "江津府办发〔2024〕15号"), ("plan-length", "三年试点建设"),
    ("yipi-vague", "培育一批企业"), ("quoted-slogan", "完善“五个体系”建设"),
    ("slogan-count", "把握“一体化”和“高质量”两个关键"), ("bumen-not-measure", "三部门联合"), ("5G", "5G网络"),
    ("yizhanshi", "一站式服务"), ("two-levels", "市、县两级"), ("yizhi-vague", "加快培育一支人才队伍"),
    ("new-round", "抓住新一轮科技革命机遇"), ("year-within", "力争在2025年之内完成"), ("years-in-a-row", "连续2年考核优秀"),
    ("plenary-session", "落实省委十一届九次全会精神"), ("plenary-session-list", "按照省委十二届十次、十一次全会部署"),
    ("the-other-half", "另一半，由地方承担"), ("half-the-time", "一半时间用于实训"),
    ("formula-factor", "计算方法：日间手术台次数/同期出院患者择期手术总台次数×100%"),
    ("formula-factor-spaced", "计算方法：点评处方数/处方总数× 100%"),
    ("project-phase-san", "加快南京机场三期建设"), ("project-phase-er", "淮河入海水道二期工程"),
    ("zero-tolerance", "对违法行为零容忍"), ("ascii-quoted-slogan", '落实"三个一"工程'), ("two-wheeler", "规范电动两轮车管理"), ("customer", "服务5客户端"),
    # a number inside a short quoted name: a policy package, a project's name
    ("quoted-package", "迭代升级我省“民营经济32条”"), ("quoted-policy-count", "落实国家促进民间投资“13条政策”"),
    ("quoted-project-name", "加快推进“3个100”等重点工程建设"),
    # one of a kind paired with one of another is a slogan; a one-person company is a kind of firm
    ("second-round-land-contracts", "高质量完成二轮土地承包到期延包整省试点工作"),
    ("one-person-one-file", "建立一人一档"), ("one-kind-one-policy", "实行一类一策"), ("one-person-company", "培育一人公司"),
]


@pytest.mark.parametrize("text, want", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parse_quantity(text, want):
    q = parse_quantity(text)
    assert q is not None, text
    for k, v in want.items():
        got = getattr(q, k)
        if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool)):
            assert got == pytest.approx(v), (k, got)
        else:
            assert got == v, (k, got)


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_not_a_quantity(text):
    assert parse_quantity(text) is None


@pytest.mark.parametrize("s, n", [("两", 2), ("十五", 15), ("二十一", 21), ("一百二十", 120),
                                  ("二〇二四", 2024), ("3,000", 3000), ("1.5", 1.5), ("三点五", 3.5),
                                  ("统一", None)],
                         ids=["liang", "shiwu", "ershiyi", "yibaiershi", "digit-by-digit", "thousands", "decimal",
                              "cn-decimal", "not-a-numeral"])
def test_to_number(s, n):
    assert to_number(s) == n


def test_span_is_number_and_measure():
    text = "专利密集型产品备案数量累计达200件以上。"
    q = parse_quantity(text)
    assert text[q.start:q.end] == "200件"
    assert text[q.end:q.suffix_end] == "以上"


def test_shared_opening_verbs_cover_a_list():
    text = "全社会研发经费投入增长20%以上,力争新增国家专精特新“小巨人”企业2家、高新技术企业221家。"
    qs = find_quantities(text)
    assert [q.value for q in qs] == [20, 2, 221]
    assert [q.aspirational for q in qs] == [False, True, True]
    assert [q.growth for q in qs] == [True, True, True]


def test_item_flags_do_not_leak_to_the_next_item():
    qs = find_quantities("国内商标有效注册量年均增长8%、商标品牌指导站达到10个。")
    assert [(q.per_year, q.growth) for q in qs] == [(True, True), (False, False)]


@pytest.mark.parametrize("text, asp", [
    ("力争授权专利企业达10家以上,培育试点企业3家以上。", [True, True]),       # opens the sentence
    ("拥有量年均增长8%以上,力争PCT申请实现零突破,培育1个培育中心;", [False, True, False]),  # its clause only
], ids=["sentence-opening", "mid-sentence"])
def test_aspirational_scope(text, asp):
    assert [q.aspirational for q in find_quantities(text)] == asp


@pytest.mark.parametrize("text, want", [
    ("通关时间分别控制在20小时、2小时以内。", [(20, "<="), (2, "<=")]),
    ("覆盖率分别不低于80%、90%。", [(80, ">="), (90, ">=")]),
    ("城镇新增就业分别达到5万人和6万人。", [(5, "="), (6, "=")]),
    # the list's one suffix is every value's (分别达到95%、85%以上: probe batch 174)
    ("污水处理率分别达到95%、85%以上。", [(95, ">="), (85, ">=")]),
    ("污水处理率分别达到95%以上、85%。", [(95, ">="), (85, ">=")]),
    ("甲、乙分别增长9%、10%左右。", [(9, "~"), (10, "~")]),
], ids=["fenbie-suffix", "fenbie-prefix", "fenbie-he", "fenbie-last-suffix", "fenbie-first-suffix", "fenbie-about"])
def test_a_bare_value_continuing_a_list_says_the_same(text, want):
    qs = find_quantities(text)
    assert [(q.value, q.comparator) for q in qs] == want
    assert len({(q.growth, q.per_year, q.aspirational) for q in qs}) == 1


def test_number_that_defines_the_indicator_is_a_modifier():
    qs = find_quantities("力争授权专利2件以上的企业数量达10家以上")
    assert [(q.value, q.modifier) for q in qs] == [(2, True), (10, False)]
    assert qs[1].comparator == ">="


@pytest.mark.parametrize("text, modifiers", [
    ("为0—6岁儿童建立健康档案", [True]),
    ("为70周岁以上户籍老年人提供意外伤害保险", [True]),
    ("控制5岁以下儿童死亡率", [True]),
    ("支持有条件的幼儿园招收2—3岁幼儿", [True]),
    ("人均预期寿命达到80岁", [False]),
    ("人均预期寿命提高到80岁以上，", [False]),
])
def test_an_age_before_the_people_it_picks_out_is_a_modifier(text, modifiers):
    assert [q.modifier for q in find_quantities(text)] == modifiers


@pytest.mark.parametrize("text, modifiers", [
    ("其中10亿元以上项目5个", [True, False]),
    ("培育年产值5000万元以下企业20家", [True, False]),
    ("建成3个以上示范园区", [False]),                 # a count: its object follows it
    ("完成投资10亿元以上,建成项目5个", [False, False]),
], ids=["money-threshold", "money-threshold-below", "count-then-object", "amount-ends-clause"])
def test_an_amount_threshold_before_a_noun_is_a_modifier(text, modifiers):
    assert [q.modifier for q in find_quantities(text)] == modifiers


def test_spans_are_offsets_into_the_whole_text():
    text = "一、目标\n到2026年底,有效注册商标量达到30000件。"
    qs = find_quantities(text, 5, len(text))
    assert len(qs) == 1 and text[qs[0].start:qs[0].end] == "30000件"


def test_every_flag_rule_starts_with_a_listed_first_character():
    """The reader leads the joined flag alternation with fragment flag_first:
    each flag example must still be found there."""
    import re
    from extract import rules
    rs = rules.load("quantity")
    first = re.compile("[" + rs.fragments["flag_first"] + "]")
    for r in rs:
        if r.get("role") != "flag":
            continue
        for ex in r.examples:
            m = r.regex.search(ex)
            assert first.match(ex, m.start()), (r.id, ex)


def test_every_suffix_comparator_starts_with_a_listed_first_character():
    """The reader looks at the suffix comparators only when the text after a
    quantity opens with one of _SUFFIX_FIRST: each example must open so."""
    from extract import rules
    from extract.find.quantity import _SUFFIX_FIRST
    for r in rules.load("quantity"):
        if r.get("role") == "comparator" and r.get("where") == "suffix":
            for ex in r.examples:
                assert ex[:1] in _SUFFIX_FIRST, (r.id, ex)


@pytest.mark.parametrize("text, want", [
    ("城乡居民收入比缩小至2.1∶1左右。", [(2.1, None, "~", "2.1∶1")]),
    ("农产品加工业总产值与农业总产值之比突破1:1。", [(1.0, None, ">", "1:1")]),
    ("城乡居民收入比由2.9∶1缩小至2.52∶1。", [(2.9, None, "=", "2.9∶1"), (2.52, None, "=", "2.52∶1")]),
    ("会议于上午8:30召开。", []),
    ("之比为3:2。", []),
])
def test_a_ratio_to_one_is_its_first_term_with_no_measure(text, want):
    """城乡居民收入比2.1∶1: both annotators of two 2026 work reports write value 2.1, no unit."""
    got = [(q.value, q.unit, q.comparator, text[q.start:q.end]) for q in find_quantities(text)]
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("公立医院床人比不低于1:1.6,", [(1.6, None, ">=", "1:1.6")]),
    ("医护比达到1∶1.2。", [(1.2, None, "=", "1∶1.2")]),          # (达到 as for any number here)
    ("比例为1:2:3。", []),
    ("会议于上午1:30召开。", []),
])
def test_a_ratio_from_one_is_its_other_term(text, want):
    """床人比不低于1:1.6: both probe annotators of a 2024 hospital plan write value 1.6, no unit
    (the mirror of 2.1∶1 above); a ratio of three terms or a clock time is none."""
    got = [(q.value, q.unit, q.comparator, text[q.start:q.end]) for q in find_quantities(text)]
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("固定资产投资实现正增长；", [(0.0, None, ">", True)]),
    ("进出口总额争取实现正增长，", [(0.0, None, ">", True)]),
    ("化学品使用量保持零增长。", [(0.0, None, "=", True)]),
])
def test_positive_growth_is_a_rise_above_zero(text, want):
    """实现正增长: value 0, comparator >, a rise (all four annotators of two 2026 work reports)."""
    assert [(q.value, q.unit, q.comparator, q.growth) for q in find_quantities(text)] == want


@pytest.mark.parametrize("text, want", [
    ("发展卫星通信用户超千万，", [(1000.0, "万", ">")]),
    ("用户规模突破百万。", [(100.0, "万", ">")]),
    ("千万不能放松。", []),
    # (this case had pinned no quantity for 超千万元; both annotators of a 2016 province's measures
    # read 超千亿元 as 1000 亿元, probe batch 59, as the ministry's annotators read 超千万)
    ("投资超千万元。", [(1000.0, "万元", ">")]),
    ("实现茶产业年产值超千亿元的目标,特提出以下措施", [(1000.0, "亿元", ">")]),
    ("打造一批资产超千亿元的产业集群", []),
])
def test_a_round_thousand_of_wan_with_no_digit_is_a_magnitude(text, want):
    """超千万 → 1000 万 (both annotators of a ministry's opinion); a figure that describes what
    follows it (…超千亿元的产业集群) is no commitment."""
    assert [(q.value, q.unit, q.comparator) for q in find_quantities(text) if not q.modifier] == want


@pytest.mark.parametrize("text, cmp", [
    ("原则上法制审核人员不少于本单位执法人员总数的5%。", ">="),
    ("新增建设用地不超过全市用地总量的10%。", "<="),
    ("法制审核人员占执法人员总数的5%。", "="),
])
def test_a_comparator_before_a_share_of_a_named_total(text, cmp):
    """不少于…总数的5%: the comparator reaches over the total it is a share of."""
    assert [q.comparator for q in find_quantities(text)] == [cmp]


@pytest.mark.parametrize("text, want", [
    ("产业规模分别达到1.28万亿、1.18万亿、8200亿元。", [(1.28, "万亿元"), (1.18, "万亿元"), (8200.0, "亿元")]),
    ("数字贸易规模突破6000亿。", [(6000.0, "亿")]),
    ("规模突破6000亿，利润300亿元。", [(6000.0, "亿"), (300.0, "亿元")]),
])
def test_a_listed_magnitude_takes_the_measure_written_once_at_the_end(text, want):
    """1.28万亿、…、8200亿元: 元 is written once for the list (both annotators of a 2026 report)."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == want


@pytest.mark.parametrize("text, growth", [
    ("新建和改造提升农村公路2500公里。", False),
    ("改造提升24个高速公路服务区。", False),
    ("林分优化提升200万亩。", False),
    ("研发投入强度提升0.2个百分点。", True),
])
def test_tisheng_after_a_verb_of_upgrading_is_no_rise(text, growth):
    """改造提升 / 优化提升 / 抚育提升: an upgrade, not a rise (both annotators of a 2026 report)."""
    assert [q.growth for q in find_quantities(text)] == [growth]


def test_double_digit_growth_is_a_rise_of_ten_per_cent_or_more():
    """固定资产投资实现两位数增长 (both annotators of a 2022 county's work report, probe batch 72): ≥ 10%, a rise;
    两位数 that counts digits is no quantity."""
    from extract.pipeline import parse_text
    d = parse_text("某县2022年政府工作报告\n今年主要预期目标是:地区生产总值增长8%左右,固定资产投资实现两位数增长。\n")
    assert [(t.anchor, t.value, t.unit, t.comparator, t.growth) for t in d.targets][-1] == \
        ("固定资产投资", 10, "%", ">=", True)
    assert not find_quantities("金额保留两位数。")


def test_a_measure_per_thousand_people_or_per_hectare_is_one_unit():
    """4批次/千人 (a 2020 province's food-safety opinion, both annotators of probe batch 168) and 4040.75千克/公顷 (163): the
    measure and what it is counted over; 10个/20个 is no such measure."""
    from extract.find.quantity import find_quantities
    from extract.read.normalize import normalize
    got = lambda t: [(q.value, q.unit) for q in find_quantities(normalize(t))]
    assert got("抽检量达到4批次/千人。") == [(4, "批次/千人")]
    assert got("可食鲜草产量4040.75千克/公顷。") == [(4040.75, "千克/公顷")]
    assert got("完成10个/20个。")[0] == (10, "个")
