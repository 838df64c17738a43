"""Every rule in rules/*.yaml matches each of its examples and none of its negatives."""
import pytest

from extract import rules


def _cases():
    for name in rules.all_rule_files():
        rs = rules.load(name)
        for r in rs:
            if r.regex is None:
                continue
            yield pytest.param(r, id=f"{name}:{r.id}")


CASES = list(_cases())


@pytest.mark.parametrize("rule", CASES)
def test_rule_examples_and_negatives(rule):
    assert rule.examples, f"{rule.file}: rule {rule.id} lists no examples"
    missed = [e for e in rule.examples if not rule.regex.search(e)]
    assert not missed, f"{rule.file}: rule {rule.id} matches none of {missed}"
    hits = [n for n in rule.negatives if rule.regex.search(n)]
    assert not hits, f"{rule.file}: rule {rule.id} matches negatives {hits}"


def test_every_rules_file_has_rules():
    assert len(CASES) >= 10


@pytest.mark.parametrize("text, message", [
    ("rules:\n  - id: a\n    pattern: '(unclosed'\n", "rule a: bad pattern"),
    ("rules:\n  - id: b\n    pattern: '$nope'\n", "unknown fragment $nope"),
    ("rules:\n  - pattern: 'x'\n", "rule #0 has no id"),
    ("rules:\n  - id: c\n    pattern: x\n  - id: c\n    pattern: y\n", "duplicate rule id c"),
], ids=["bad-regex", "unknown-fragment", "no-id", "duplicate-id"])
def test_bad_rule_names_file_and_id(text, message):
    with pytest.raises(rules.RuleError, match=message.replace("$", r"\$")) as e:
        rules.parse_rules(text, "bad.yaml")
    assert "bad.yaml" in str(e.value)


def test_fragments_compose():
    rs = rules.parse_rules("fragments:\n  d: '[0-9]'\n  y: '$d{4}'\nrules:\n  - id: r\n    pattern: '^$y年$'\n", "f.yaml")
    assert rs["r"].regex.match("2024年")
    assert not rs["r"].regex.match("24年")


# ---- the shared vocabulary (rules/vocabulary.yaml) -------------------------

def test_vocabulary_fragments_come_before_a_files_own():
    shared = {"d": "[0-9]", "role_lead": "牵头"}
    rs = rules.parse_rules("fragments:\n  d: '[a-z]'\n  y: '$d$d'\nrules:\n  - id: r\n    pattern: '^$y$role_lead$'\n",
                           "f.yaml", shared)
    assert rs["r"].regex.match("ab牵头")          # the file's own $d wins in the file
    assert not rs["r"].regex.match("12牵头")
    assert rs.compile("^$role_lead$").match("牵头")


def test_every_rules_file_can_use_the_vocabulary():
    for name in rules.all_rule_files():
        frags = rules.load(name).fragments
        for shared in ("page_mark", "heading_start", "heading_top", "role_lead", "sentence_end", "year"):
            assert shared in frags, (name, shared)
    assert rules.vocabulary().compile("^(?:$page_mark)$").match("— 12 —")
    assert rules.words("role_lead") == ("牵头", "主办")
    assert rules.words("col_unit_word")[:2] == ("单位", "部门")        # one list in a group


def test_a_word_list_must_be_plain():
    with pytest.raises(rules.RuleError, match="not a plain list"):
        rules.words("page_mark")


# each concept is written in rules/vocabulary.yaml and nowhere else: the
# characteristic piece of each former copy must not come back
_ONCE = {
    "page mark": ["页(?:", "~⎯]+", "[0-9]{1,4} ?页"],
    "heading start": ["[一二三四五六七八九十百]+[、.．]", "[一二三四五六七八九十]{1,3}[、.]|", "第[一二三四五六七八九十]+[章节部分篇]"],
    "role words": ["配合|参与|协办|协助|协同|协作", "配合|参与|协办|协同|协作", "牵头|主办|主责", "牵头|主责|主办", "牵头|主办'",
                   "责任|承办|实施|落实", "[牵头, 主办"],
}


@pytest.mark.parametrize("concept", sorted(_ONCE))
def test_shared_concepts_are_written_once(concept):
    root = rules.RULES_DIR.parent
    files = sorted((root / "extract").rglob("*.py")) + sorted(rules.RULES_DIR.glob("*.yaml"))
    hits = [f"{p.relative_to(root)}: {piece}" for p in files if p.name != "vocabulary.yaml"
            for piece in _ONCE[concept] if piece in p.read_text(encoding="utf-8")]
    assert not hits, f"{concept} is defined outside rules/vocabulary.yaml: {hits}"
