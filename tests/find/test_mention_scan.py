"""The mention scan's speed devices change nothing.

extract/lexicon.py runs some mention patterns on the standard ``re`` module
and searches the "sectors" pattern only near each 部门 (``_near``); here both
are compared with the plain ``regex`` scan over the seed and style plans and
random texts, and the reach is checked against the longest possible match.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.find import lexicon
from extract.read.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
PLANS = sorted(ROOT.glob("corpus/*.txt")) + sorted(ROOT.glob("tests/data/synthetic-styles*/*.txt"))
MR = lexicon.lexicon().mention_re
PLAIN = {k: regex.compile(rx.pattern) for k, rx in MR["res"].items()}


def _fast(kind, text):
    rx = MR["res"][kind]
    it = lexicon._near(rx, "部门", MR["sectors_reach"], text, 0, len(text)) if kind == "sectors" \
        else rx.finditer(text)
    return [m.span() for m in it]


def _plain(kind, text):
    return [m.span() for m in PLAIN[kind].finditer(text)]


def test_the_longest_sectors_match_is_within_reach():
    longest = max(lexicon.lexicon().sectors, key=len)
    s = "区委" + "、".join([longest] * 9) + "等有关部门"
    assert MR["res"]["sectors"].fullmatch(s)
    assert len(s) - len("部门") == MR["sectors_reach"]


@pytest.mark.parametrize("path", PLANS, ids=[p.name for p in PLANS])
def test_mention_patterns_unchanged_on_plans(path):
    text = normalize(path.read_text(encoding="utf-8"))
    for kind in MR["res"]:
        assert _fast(kind, text) == _plain(kind, text), kind


SECTORS = sorted(lexicon.lexicon().sectors)
NOISE = ["、", "等", "有关", "部门", "市", "区委", "各", "县(市)", "区", "人民政府", "政府", "和", "党委和",
         ",", "。", "\n", "加强监管", "成员单位"]
# a run of sectors joined by 、 before 部门 (what the pattern reads), among noise
RUN = st.builds(lambda pre, words, tail: pre + "、".join(words) + tail,
                st.sampled_from(["", "市", "区委", "县"]),
                st.lists(st.sampled_from(SECTORS), min_size=1, max_size=11),
                st.sampled_from(["部门", "等部门", "等有关部门", "相关部门", "、部门", "等"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(RUN, st.sampled_from(NOISE)), min_size=1, max_size=30))
def test_mention_patterns_unchanged_on_random_text(pieces):
    text = "".join(pieces)
    for kind in ("sectors", "collective"):
        assert _fast(kind, text) == _plain(kind, text), kind


def _naive_excluded(ex, a, b):
    import bisect
    i = bisect.bisect_right([s for s, _ in ex], b)
    return any(s < b and a < e for s, e in ex[max(0, i - 8):i])


SPAN = st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=400, deadline=None)
@given(st.lists(SPAN, max_size=25).map(sorted), st.lists(SPAN, min_size=1, max_size=10))
def test_excluder_reads_the_exclusions_as_the_plain_rule(ex, cands):
    # overlapping and repeated spans too (a section clause's units are listed once per task)
    excluded = lexicon._excluder(ex)
    for a, b in cands:
        assert excluded(a, b) == _naive_excluded(ex, a, b), (ex, a, b)
