"""The gold itself kept to the guide: checks that need no judgement.

GUIDE.md: a target's anchor is "the shortest phrase that says what is
measured, as written" -- so it occurs in the document's text (white space and
look-alike code points folded, as the scorer folds them).  An anchor composed
from words in different places cannot be matched by any reader of the text,
and is a gold error (corpus/real/gold/CONVENTIONS.md, C8)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.evaluate import find_document, fold
from extract.pipeline import parse_file

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "corpus" / "real" / "gold", ROOT / "corpus" / "real" / "gold-second", ROOT / "corpus" / "gold"]
FILES = [p for d in SETS for p in sorted(d.glob("*.json"))]


def _squash(s: str) -> str:
    return fold(re.sub(r"\s+", "", s or ""))


def unwritten(gold: dict, text: str) -> list:
    """The target anchors of a gold file that do not occur in the text."""
    t = _squash(text)
    return [x["anchor"] for x in gold.get("targets") or () if _squash(x["anchor"]) not in t]


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem[:24]}" for p in FILES])
def test_every_target_anchor_is_written_in_the_document(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    if not gold.get("targets"):
        return
    src = find_document(ROOT / "corpus" / "real" / "gold", gold["source"], (ROOT / "corpus",))
    assert src is not None, gold["source"]
    missing = unwritten(gold, parse_file(src).norm)
    assert not missing, missing


def test_the_lint_finds_a_composed_anchor():
    """A subject borrowed from the sentence before is not written; the same
    words split by a line break or set with a look-alike code point are."""
    text = "石化产业加快转型。产值突破1300亿元。城镇调查\n失业率控制在5.5%以内。⼈才总量100万。"
    gold = {"targets": [{"anchor": "石化产业产值"}, {"anchor": "产值"}, {"anchor": "城镇调查失业率"},
                        {"anchor": "人才总量"}]}
    assert unwritten(gold, text) == ["石化产业产值"]
