"""`compare` of provincial government work reports (corpus/real/work-reports):
the indicators both reports set for the year line up by canonical indicator
(rules/indicators.yaml), one value each, and nothing from the review of the
past or the five-year goals before the year-goals paragraph is among them.

How many indicators two reports share depends on what the reports say: 甘肃 and
新疆 both give eleven or more numbers in their 主要预期目标, while 河北 gives nine
and 浙江 four (its other figures are in the year's tasks), so the ≥10 floor is
asserted on the pair whose texts allow it, and the value checks on the others.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from extract.ask.compare import compare, shared_indicators, targets_long, year_goals
from extract.store.database import load

REPORTS = Path(__file__).resolve().parents[2] / "corpus" / "real" / "work-reports"
ALL = sorted(p.name for p in REPORTS.glob("2026_*_政府工作报告.txt"))
# a pair drawn at random, once: the draw is seeded so the test is deterministic
RANDOM_PAIR = random.Random(13).sample(ALL, 2)
NAMED = ["2026_甘肃省_政府工作报告.txt", "2026_新疆维吾尔自治区_政府工作报告.txt",
         "2026_河北省_政府工作报告.txt", "2026_福建省_政府工作报告.txt"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("wr") / "wr.db"
    files = sorted({*NAMED, *RANDOM_PAIR})
    summary = load([REPORTS / f for f in files], db=path)
    assert not summary.failed
    return path


def _ref(name):
    return name.split("_")[1]


def test_gansu_and_xinjiang_line_up_ten_indicators(db):
    t = shared_indicators(db, ["甘肃省", "新疆维吾尔自治区"])
    assert len(t) >= 10, list(t.index)
    for key in ("地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额",
                "一般公共预算收入", "城镇居民人均可支配收入", "农村居民人均可支配收入",
                "城镇调查失业率", "居民消费价格涨幅", "外贸进出口总额"):
        assert key in t.index, key
        assert t.loc[key, "甘肃省"] and t.loc[key, "新疆维吾尔自治区"], key
    # one value per plan, the one its goals paragraph states
    assert t.loc["地区生产总值", "甘肃省"].startswith("约5.5%")
    assert t.loc["地区生产总值", "新疆维吾尔自治区"].startswith("5.5–6%")
    assert t.loc["城镇居民人均可支配收入", "甘肃省"].startswith("约5%")      # 城乡…分别增长5%、6.5%左右: the list's 左右 is each value's (both fresh annotators)
    assert t.loc["农村居民人均可支配收入", "甘肃省"].startswith("约6.5%")
    assert " | " not in "".join(t["甘肃省"]) + "".join(t["新疆维吾尔自治区"])


def test_hebei_values_are_its_year_goals(db):
    t = shared_indicators(db, ["河北省", "甘肃省"])
    want = {"地区生产总值": "≥5%", "一般公共预算收入": "约2%", "规模以上工业增加值": "约5.5%",
            "固定资产投资": "约5.5%", "社会消费品零售总额": "约5%", "居民消费价格涨幅": "约2%",
            "城镇调查失业率": "约5.5%", "城镇新增就业": "86万人"}
    for key, cell in want.items():
        assert key in t.index, key
        assert t.loc[key, "河北省"].startswith(cell), (key, t.loc[key, "河北省"])


def test_no_retrospective_figure_is_compared(db):
    # 福建's review (一、一年接着一年干…) reports 地方一般公共预算收入3723.35亿元 and
    # 城镇调查失业率4.7%; its year goals say 城镇调查失业率控制在5%左右
    c = compare(db, ["福建省", "河北省"])
    cells = " ".join(str(v) for v in c.targets["福建省"])
    assert "3723.35" not in cells and "4.7%" not in cells
    assert c.targets.loc["城镇调查失业率", "福建省"].startswith("约5%")
    assert c.targets.loc["地区生产总值", "福建省"].startswith("约5%")


@pytest.mark.parametrize("pair", [NAMED[:2], NAMED[2:], RANDOM_PAIR], ids=["gansu-xinjiang", "hebei-fujian", "random"])
def test_every_compared_value_follows_the_year_goals(db, pair):
    import sqlite3
    conn = sqlite3.connect(db)
    long = targets_long(conn, [_ref(p) for p in pair])
    starts = {}
    for d, raw in conn.execute("SELECT id, raw_text FROM documents"):
        starts[d] = year_goals(raw)
    assert set(long["doc_id"]) <= set(starts)
    for r in long.to_dict("records"):
        g = starts[r["doc_id"]]
        assert g is not None, r["plan"]
        assert r["start"] >= g[0], (r["plan"], r["text"])
        assert r["source"] in ("goals", "year")
    # the goals paragraph's values are the main ones
    main = long[long["main"]]
    for (d, key), grp in long.groupby(["doc_id", "key"]):
        m = main[(main["doc_id"] == d) & (main["key"] == key)]
        assert len(m) == 1
        if (grp["source"] == "goals").any():
            assert m.iloc[0]["source"] == "goals"


def test_year_goals_paragraph():
    text = "一、回顾\n全年主要预期目标顺利完成。\n三、2026年工作\n今年经济社会发展的\n主要预期目标\n是：地区生产总值增长5%。\n(一)抓好"
    a, b = year_goals(text)
    assert text[a:b].startswith("主要预期目标") and "5%" in text[a:b]
    assert year_goals("全年主要预期目标顺利完成。") is None
