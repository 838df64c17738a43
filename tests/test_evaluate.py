"""The scorer follows GUIDE.md's matching rules."""
import pytest

from extract import evaluate as ev

UNIT_KEYS = [
    ("江津区市场监管局", "重庆市江津区", "区市场监管局"),
    ("区市场监管局", "重庆市江津区", "区市场监管局"),
    ("江津区市场监管局(区知识产权局)", "重庆市江津区", "区市场监管局"),
    ("朝阳市财政局", "辽宁省朝阳市", "市财政局"),
    ("各县(市)区政府", "辽宁省朝阳市", "各县(市)区政府"),
    ("科学城江津管委会(双福工业园发展中心)", "重庆市江津区", "科学城江津管委会"),
    ("（牵头）市科技局", None, "(牵头)市科技局"),
    ("市財政局", "廣東省中山市", "市财政局"),             # traditional and simplified compare equal
    ("中山市市場監督管理局", "广东省中山市", "市市场监督管理局"),
]


@pytest.mark.parametrize("name, region, key", UNIT_KEYS, ids=[u[0] for u in UNIT_KEYS])
def test_unit_key(name, region, key):
    assert ev.unit_key(name, region) == key


def _gold(**kw):
    base = {"source": "x.txt", "document": {f: None for f in ev.META_FIELDS}, "tasks": [], "targets": [],
            "deadlines": []}
    base.update(kw)
    return base


def test_tasks_match_on_anchor_prefix_or_containment_one_to_one():
    gold = _gold(tasks=[{"path": ["一", "1"], "anchor": "加强组织领导", "units": []},
                        {"path": ["一", "2"], "anchor": "加强组织领导", "units": []}])
    pred = _gold(tasks=[{"path": ["一", "1"], "anchor": "加强组织领导", "text": "加强组织领导。成立…", "units": []}])
    rep = ev.Report()
    ev.score_document(gold, pred, rep)
    assert (rep.tasks.tp, rep.tasks.fp, rep.tasks.fn) == (1, 0, 1)


def test_responsibility_needs_task_unit_and_role():
    g_units = [{"name": "区科技局", "role": "lead"}, {"name": "区财政局", "role": "responsible"}]
    p_units = [{"name": "江津区科技局", "role": "lead"}, {"name": "区财政局", "role": "lead"}]
    gold = _gold(document={**{f: None for f in ev.META_FIELDS}, "region": "重庆市江津区"},
                 tasks=[{"path": ["1"], "anchor": "甲", "units": g_units}])
    pred = _gold(tasks=[{"path": ["1"], "anchor": "甲", "text": "甲乙", "units": p_units}])
    rep = ev.Report()
    ev.score_document(gold, pred, rep)
    assert (rep.responsibilities.tp, rep.responsibilities.fp, rep.responsibilities.fn) == (1, 1, 1)


def test_targets_match_value_unit_and_half_the_bigrams():
    g = {"anchor": "每万人发明专利拥有量", "value": 24, "unit": "件", "comparator": ">=", "growth": False,
         "per_year": False, "aspirational": False, "deadline": "2026-12-31"}
    good = dict(g, anchor="发明专利拥有量")             # 6 of 9 bigrams
    bad = dict(g, anchor="拥有量")                       # 2 of 9
    for pred, tp in ((good, 1), (bad, 0), (dict(g, value=25), 0), (dict(g, unit="个"), 0)):
        rep = ev.Report()
        ev.score_document(_gold(targets=[g]), _gold(targets=[pred]), rep)
        assert rep.targets.tp == tp, pred


def test_target_fields_scored_on_matched_pairs():
    g = {"anchor": "研发经费投入", "value": 20, "unit": "%", "comparator": ">=", "growth": True,
         "per_year": False, "aspirational": False, "deadline": "2026-12-31"}
    rep = ev.Report()
    ev.score_document(_gold(targets=[g]), _gold(targets=[dict(g, comparator="=")]), rep)
    assert rep.field_accuracy("comparator") == 0.0
    assert rep.field_accuracy("growth") == 1.0


def test_deadlines_match_end_and_start_where_gold_has_one():
    gold = _gold(deadlines=[{"text": "2023年5月—2024年6月", "start": "2023-05-01", "end": "2024-06-30"},
                            {"text": "到2026年底", "end": "2026-12-31"}])
    pred = _gold(deadlines=[{"text": "x", "start": "2023-06-01", "end": "2024-06-30"},
                            {"text": "y", "end": "2026-12-31"}, {"text": "z", "end": "2026-12-31"}])
    rep = ev.Report()
    ev.score_document(gold, pred, rep)
    assert (rep.deadlines.tp, rep.deadlines.fp, rep.deadlines.fn) == (1, 2, 1)


def test_metadata_compares_folded_strings_and_periods():
    doc = {f: None for f in ev.META_FIELDS}
    gold = _gold(document=dict(doc, title="方案(2024年-2026年)", period=[2024, 2026]))
    pred = _gold(document=dict(doc, title="方案（2024年—2026年）", period=[2024, 2025]))
    rep = ev.Report()
    ev.score_document(gold, pred, rep)
    assert rep.meta_total == 8 and rep.meta_right == 7


def test_target_pairs_are_as_many_as_the_rule_allows():
    """Taking each gold target's best candidate in turn would give the year's 地区生产总值
    the five-year goal's candidate (it holds 地区生产总值 too, and comes first) and leave
    the five-year goal unmatched (second annotations of a work report)."""
    gold = [{"anchor": "地区生产总值", "value": 5.5, "unit": "%"},
            {"anchor": "“十五五”时期地区生产总值增速", "value": 5.5, "unit": "%"}]
    pred = [{"anchor": "建议“十五五”时期地区生产总值增速目标设定", "value": 5.5, "unit": "%"},
            {"anchor": "地区生产总值", "value": 5.5, "unit": "%"}]
    assert ev.match_targets(gold, pred) == [(0, 1), (1, 0)]
    # where taking in turn matches everything it can, its pairs stand (the most shared bigrams)
    gold = [{"anchor": "高新技术企业", "value": 10, "unit": "家"}, {"anchor": "科技型企业", "value": 10, "unit": "家"}]
    pred = [{"anchor": "科技型企业", "value": 10, "unit": "家"}, {"anchor": "高新技术企业", "value": 10, "unit": "家"}]
    assert ev.match_targets(gold, pred) == [(0, 1), (1, 0)]
    # and a candidate below half of the gold's bigrams is never taken
    assert ev.match_targets([{"anchor": "“十五五”时期地区生产总值增速", "value": 5.5, "unit": "%"}],
                            [{"anchor": "地区生产总值", "value": 5.5, "unit": "%"}]) == []


def test_deadline_pairs_with_the_same_start_are_made_first():
    """A gold 到2025年 (no start) took the predicted “十四五”时期 range, which ends on the
    same day, and the error list then named 到2025年 as the extra."""
    gold = [{"text": "到2025年", "end": "2025-12-31"}]
    pred = [{"text": "“十四五”时期", "start": "2021-01-01", "end": "2025-12-31"},
            {"text": "到2025年", "end": "2025-12-31"}]
    assert ev.match_deadlines(gold, pred) == [(0, 1)]
    # a gold deadline without a start still takes a range when nothing closer is there
    assert ev.match_deadlines(gold, pred[:1]) == [(0, 0)]
    # where the gold gives a start, it must agree
    assert ev.match_deadlines([{"start": "2021-01-01", "end": "2025-12-31"}], pred[1:]) == []


@pytest.mark.parametrize("gold, pred, same", [
    ("河南省温县", "河南省焦作市温县", True),          # the city above a county left out
    ("新昌县", "浙江省新昌县", True),                  # the province left out
    ("寧夏回族自治區", "宁夏回族自治区", True),        # traditional characters fold
    ("河北省", "河北省石家庄市", False),               # one level shallower
    ("重庆市万州区瀼渡镇", "重庆市万州区", False),     # the town missed
    ("甘肃省兰州市城关区", "甘肃省天水市城关区", False),  # the same name in another city
    ("安徽省", "四川省松潘县", False),
    ("北京市", None, False),
    # names that hold a level's character (福州市, 金乡县, 萍乡市) are cut whole, not at 州 or 乡
    ("山东省济宁市金乡县", "山东省金乡县", True),
    ("福建省福州市罗源县", "福建省罗源县", True),
    ("江西省萍乡市莲花县", "江西省莲花县", True),
    ("湖南省岳阳县长湖乡", "湖南省长湖乡", True),
    ("湖南省岳阳县长湖乡", "湖南省岳阳市岳阳县", False),   # another place at the end
    ("河南省郑州市新密市牛店镇", "河南省新密市", False),     # the town missed
])
def test_region_scored_by_the_area_it_names(gold, pred, same):
    assert ev.same_area(gold, pred) is same
    assert ev._meta_equal("region", gold, pred) is same
    assert ev._meta_equal("issuer", gold, pred) is (ev.fold(gold) == ev.fold(pred))
