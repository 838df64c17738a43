"""The clause scanner's speed devices change nothing.

rules/responsibility.yaml marks some clause rules ``engine: re`` (run with the
standard ``re`` module instead of ``regex``) and gives some anchored rules a
``require`` pattern (a window without it is not searched).  Here the scan with
those devices is compared with the plain scan (every rule on ``regex``, every
window searched) over the rules' own examples, the seed and style plans, and
random texts built from clause pieces.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.find import units
from extract.read.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
PLANS = sorted(ROOT.glob("corpus/*.txt")) + sorted(ROOT.glob("tests/data/synthetic-styles*/*.txt"))
RULES = units._rules()["clauses"]


def _plain_scan(text: str) -> list:
    """The scan without the speed devices."""
    saved = [(r, r.regex) for r in RULES]
    old = units._PRECHECK
    try:
        for r in RULES:
            r.regex = r.rule.regex
        units._PRECHECK = False
        return units._scan_clauses(text, 0, len(text))
    finally:
        for r, rx in saved:
            r.regex = rx
        units._PRECHECK = old


def _fast_scan(text: str) -> list:
    return units._scan_clauses(text, 0, len(text))


def _spans(rx, text):
    return [(m.span(), m.span("body")) for m in rx.finditer(text)]


EXAMPLES = [(r.id, t) for r in RULES for t in list(r.rule.examples) + list(r.rule.negatives)]


def test_devices_are_in_use():
    assert any(r.rule.get("engine") == "re" for r in RULES)
    assert any(r.require is not None for r in RULES)


@pytest.mark.parametrize("rid,text", EXAMPLES, ids=[f"{i}-{t[:12]}" for i, t in EXAMPLES])
def test_engines_agree_on_rule_texts(rid, text):
    for r in RULES:
        assert _spans(r.regex, text) == _spans(r.rule.regex, text), r.id
        if r.require is not None:
            for m in r.rule.regex.finditer(text):
                assert r.require.search(m.group()), (r.id, m.group())


@pytest.mark.parametrize("path", PLANS, ids=[p.name for p in PLANS])
def test_scan_unchanged_on_plans(path):
    text = normalize(path.read_text(encoding="utf-8"))
    for r in RULES:
        assert _spans(r.regex, text) == _spans(r.rule.regex, text), r.id
    assert _fast_scan(text) == _plain_scan(text)


PIECES = ["(", ")", "（", "）", "【", "】", "〔", "〕", "市科技局", "区财政局", "各区县政府", "市发展改革委",
          "牵头", "负责", "配合", "参与", "落实", "按职责分工负责", "由", "责任单位", "牵头单位", "配合部门",
          "单位", "部门", ":", ";", ",", "、", "。", "\n", " ", "  ", "2024年底前完成", "年内持续推进",
          "加强知识产权保护", "会同", "等有关部门", "●", "责任", "主体", "处室"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60))
def test_scan_unchanged_on_random_clause_text(pieces):
    text = "".join(pieces)
    assert _fast_scan(text) == _plain_scan(text)
