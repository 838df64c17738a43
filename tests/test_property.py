"""Property tests (hypothesis, derandomized): the parsers never raise on any string,
every span lies inside the document, and text a fact keeps equals the slice it
points at — in the Document and after a round trip through the database."""
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from extract.store import database as store
from extract.find.deadlines import parse_deadline
from extract.pipeline import parse_text
from extract.find.quantity import parse_quantity

SETTINGS = dict(derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# plan-shaped pieces: headings, clauses, numbers, dates, brackets, units, attachments, rosters
PIECES = [
    "\n", "\n\n", "。", ",", ";", ":", "、", "(", ")", "(", ")", "〔", "〕", "【", "】", "《", "》", " ", "\u3000",
    "一、", "二、", "十一、", "(一)", "(二)", "(十)", "1.", "2.", "12.", "(1)", "(3)", "①", "②", "第一章", "第二条",
    "第三部分", "关于印发", "工作方案", "的通知", "实施方案", "行动计划", "各区县人民政府:", "现印发给你们",
    "重点任务", "保障措施", "工作目标", "组织领导", "附件", "附件1", "领导小组", "组长:", "副组长:", "成员:",
    "责任单位:", "牵头单位:", "配合单位:", "责任单位:", "市场监管局", "市科技局", "区财政局", "市委宣传部",
    "各县(市)区政府", "江津区市场监管局", "按职责分工负责", "牵头", "配合", "负责",
    "到2025年", "2024年底前", "2025年6月", "今年底", "年内", "第一季度", "三年内", "长期坚持", "2023-2025年",
    "2024年3月1日", "二〇二四年三月一日", "达到", "以上", "不低于", "超过", "增长", "年均增长", "下降",
    "100%", "8.5%", "2个百分点", "5000万元", "3亿元", "100件", "两家", "十个", "1000余家", "万人",
    "专利", "知识产权", "高价值发明专利拥有量", "企业", "建设", "开展", "加强", "推动", "工作",
    "|", "\t", "1 | 建设中心 | 市科技局 | 2024年底前",
]
ODD = ["\x00", "\x01", "\x1b", "\x7f", "\ufeff", "\ufffd", "\u2028", "\r", "\r\n", "\ud800", "\udfff",
       "\U0002a6a5", "é", "\u200b", "－", "—", "⎯", "（", "）", "：", "；", "，", "０", "９", "Ａ"]

noise = st.lists(st.one_of(st.sampled_from(PIECES), st.integers(0, 99999).map(str)), max_size=6).map("".join)
HEADS = ["一、", "二、", "三、", "(一)", "(二)", "(三)", "1.", "2.", "(1)", "①", "第一条", ""]
UNITS = ["市场监管局", "市科技局", "区财政局", "市委宣传部", "各县(市)区政府", "江津区市场监管局", "市商务局",
         "市发展改革委", "科学城管委会(双福工业园发展中心)"]
clause = st.builds(lambda o, lab, us, c: o + lab + "、".join(us) + c,
                   st.sampled_from(["(", "(", "", "\n"]),
                   st.sampled_from(["责任单位:", "牵头单位:", "配合单位:", "责任单位:"]),
                   st.lists(st.sampled_from(UNITS), min_size=1, max_size=4),
                   st.sampled_from([")", ")", "", "。"]))
target = st.builds(lambda when, ind, cmp, n, unit: f"{when}{ind}{cmp}{n}{unit}",
                   st.sampled_from(["到2025年,", "2024年底前", "", "每年"]),
                   st.sampled_from(["专利拥有量", "高新技术企业数量", "知识产权质押融资额", "覆盖率"]),
                   st.sampled_from(["达到", "超过", "不低于", "增长"]),
                   st.integers(0, 10000).map(str), st.sampled_from(["件", "家", "%", "亿元", "万人", "个"]))
section = st.builds(lambda h, head, body, t, c, tail: f"{h}{head}。{body}{t}{c}{tail}\n",
                    st.sampled_from(HEADS), st.sampled_from(["加强知识产权保护", "推动专利转化", "工作目标", "保障措施"]),
                    noise, st.one_of(st.just(""), target), st.one_of(st.just(""), clause), noise)
structured = st.builds(lambda title, secs, tail: title + "\n" + "".join(secs) + tail,
                       st.sampled_from(["测试市知识产权工作方案", "关于印发测试区实施方案的通知", ""]),
                       st.lists(section, min_size=1, max_size=12), noise)
plan_text = structured | st.lists(st.one_of(st.sampled_from(PIECES), st.integers(0, 99999).map(str),
                               st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
                                       max_size=6)),
                     max_size=80).map("".join)
any_text = st.one_of(st.text(max_size=200),
                     st.lists(st.one_of(st.sampled_from(PIECES + ODD), st.text(max_size=4)), max_size=60)
                     .map("".join))
storable = plan_text.filter(lambda s: "\ud800" not in s)


def check_spans(doc):
    n, text = len(doc.text), doc.text
    assert len(doc.norm) == n
    assert 0 <= doc.body_start <= doc.body_end <= n
    for s in doc.sections:
        assert 0 <= s.start <= s.end <= n, s
    for t in doc.tasks:
        assert 0 <= t.start < t.end <= n, t
        if t.text:
            assert t.text == doc.norm[t.start:t.end]
        for u in t.units:
            assert 0 <= u.start < u.end <= n, u
            if u.written:
                assert u.written == text[u.start:u.end]
    for d in doc.deadlines:
        assert 0 <= d.start < d.end <= n, d
        assert d.text == text[d.start:d.end]
    for x in list(doc.targets) + list(doc.phases) + list(doc.mentions) + list(doc.group):
        assert 0 <= x.start < x.end <= n, x
    for x in doc.targets:
        if x.text:
            assert x.text in (text[x.start:x.end], text[x.start:x.end].strip()), x


@settings(max_examples=300, **SETTINGS)
@given(any_text)
def test_any_string_parses_with_spans_inside(text):
    doc = parse_text(text)
    assert doc.text == text
    check_spans(doc)
    json.dumps(store.record(doc), ensure_ascii=False)      # the record is JSON-able


def test_plan_shaped_text_parses_with_spans_inside():
    seen = {"units": 0, "deadlines": 0, "targets": 0, "sections": 0}

    @settings(max_examples=300, **SETTINGS)
    @given(plan_text)
    def run(text):
        doc = parse_text(text)
        check_spans(doc)
        seen["units"] += any(t.units for t in doc.tasks)
        seen["deadlines"] += bool(doc.deadlines)
        seen["targets"] += bool(doc.targets)
        seen["sections"] += any(x.kind != "para" for x in doc.sections)

    run()
    # the generated plans reach the interesting parts, else the property is vacuous
    assert min(seen.values()) >= 10, seen


@settings(max_examples=60, **SETTINGS)
@given(storable)
def test_stored_spans_equal_the_stored_slice(text):
    doc = parse_text(text, source="p.txt")
    conn = store.connect(":memory:")
    try:
        assert store.write_document(conn, doc) == "loaded"
        one = lambda sql: conn.execute(sql).fetchone()[0]
        assert one("SELECT raw_text FROM documents") == text
        for table, col in (("tasks", "text"), ("responsibilities", "written"), ("targets", "text"),
                           ("deadlines", "text")):
            bad = one(f"SELECT count(*) FROM {table} x JOIN documents d ON d.id = x.doc_id "
                      f"WHERE x.start < 0 OR x.end > d.n_chars OR x.start > x.end "
                      f"OR (x.{col} IS NOT NULL AND x.{col} != '' "
                      f"    AND x.{col} != substr(d.raw_text, x.start + 1, x.end - x.start))")
            assert bad == 0, table
        for table in ("sections", "phases", "mentions", "group_members"):
            assert one(f"SELECT count(*) FROM {table} x JOIN documents d ON d.id = x.doc_id "
                       "WHERE x.start < 0 OR x.end > d.n_chars OR x.start > x.end") == 0, table
        assert one("SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH 'xyz'") == 0
    finally:
        conn.close()


@settings(max_examples=500, **SETTINGS)
@given(st.one_of(any_text, plan_text))
def test_parse_quantity_never_raises(text):
    q = parse_quantity(text)
    if q is not None:
        assert 0 <= q.start < q.end <= len(text)
        assert q.comparator in (">=", ">", "<=", "<", "=", "~")


@settings(max_examples=500, **SETTINGS)
@given(st.one_of(any_text, plan_text), st.sampled_from([None, "2024-03-01", "2025-12-31", "bad-date", ""]))
def test_parse_deadline_never_raises(text, base):
    d = parse_deadline(text, base)
    if d is not None:
        assert 0 <= d.start < d.end <= len(text)
        assert d.text == text[d.start:d.end]
        for v in (d.date_start, d.date_end):
            assert v is None or (len(v) == 10 and v[4] == "-" and v[7] == "-")
