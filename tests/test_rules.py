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
