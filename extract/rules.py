"""Load hand-written rules from ``rules/*.yaml``.

A rules file looks like::

    fragments:            # named pieces, referenced as $name (may use earlier ones)
      cn_num: "[〇零一二三四五六七八九十百千两]+"
      year: "(?:19|20)\\d{2}"
    rules:
      - id: deadline.year_end
        pattern: "到?$year年底前?"
        examples: ["到2026年底", "2024年底前"]      # each must match (search)
        negatives: ["2026年度"]                      # none may match
        ...any other keys the stage needs (kind, role, flags)...

Patterns are compiled with the ``regex`` module.  ``$name`` is replaced by the
fragment in a non-capturing group.  The fragments of ``rules/vocabulary.yaml``
(the concepts every stage shares: role words, page marks, heading numbers,
sentence ends, date words) come before every file's own, so ``$page_mark``,
``$heading_start``, ``$role_lead`` … may be used in any rules file; a file's
own fragment of the same name wins in that file.  Python stages take the same
patterns through ``vocabulary()``.  A rule that fails to compile, or refers to
an unknown fragment, raises ``RuleError`` naming its file and id.  Examples and
negatives are checked by ``tests/test_rules.py``, one test per rule.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml



def data_path(*parts: str) -> Path:
    """A data file shipped with the package: ``extract/data/`` holds (links to)
    the repository's ``rules/``, ``schema.sql`` and the seed ``corpus/`` with its
    gold; a wheel holds copies.  Found with ``importlib.resources``, so it works
    from a checkout, an editable install and a normal install alike."""
    from importlib.resources import files

    return Path(str(files("extract").joinpath("data", *parts)))


# ZHENGCE_RULES points every stage at another rules folder (a copy to edit)
RULES_DIR = Path(os.environ.get("ZHENGCE_RULES") or data_path("rules"))
SCHEMA_PATH = data_path("schema.sql")
SEED_CORPUS = data_path("corpus")          # the five seed plans; SEED_CORPUS / "gold" is their gold

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_VAR = regex.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


class RuleError(ValueError):
    pass


@dataclass
class Rule:
    id: str
    pattern: str
    regex: Any
    examples: list = field(default_factory=list)
    negatives: list = field(default_factory=list)
    data: dict = field(default_factory=dict)   # every other key of the rule
    file: str = ""

    def get(self, key, default=None):
        return self.data.get(key, default)


@dataclass
class RuleSet:
    name: str
    fragments: dict
    rules: list
    data: dict          # the whole parsed file, for stages that keep lists/maps there

    def __iter__(self):
        return iter(self.rules)

    @functools.cached_property
    def _by_id(self) -> dict:
        return {r.id: r for r in self.rules}      # (ids are unique: parse refuses a duplicate)

    def __getitem__(self, rule_id: str) -> Rule:
        # (looked up by id on hot paths: a dict built once, not a scan of the list per call)
        return self._by_id[rule_id]

    def compile(self, pattern: str, what: str = "pattern", flags: int = 0):
        """Compile an ad-hoc pattern with this file's fragments."""
        return regex.compile(expand(pattern, self.fragments, self.name, what), flags)


def expand(pattern: str, fragments: dict, file: str = "?", what: str = "?") -> str:
    def sub(m):
        name = m.group(1)
        if name not in fragments:
            raise RuleError(f"{file}: {what}: unknown fragment ${name}")
        return "(?:" + fragments[name] + ")"

    for _ in range(10):  # fragments may refer to fragments
        new = _VAR.sub(sub, pattern)
        if new == pattern:
            return new
        pattern = new
    raise RuleError(f"{file}: {what}: fragments nest too deep")


VOCABULARY = "vocabulary"


def parse_rules(text: str, name: str = "<string>", shared: dict | None = None) -> RuleSet:
    """Parse a rules file; ``shared`` fragments (already expanded) come before its own."""
    # the C loader when PyYAML has it (same data, ~8x faster start-up)
    data = yaml.load(text, Loader=_LOADER) or {}
    if not isinstance(data, dict):
        raise RuleError(f"{name}: top level must be a mapping")
    raw_frags = data.get("fragments") or {}
    fragments: dict = dict(shared or {})
    for key, val in raw_frags.items():
        fragments[key] = expand(str(val), fragments, name, f"fragment {key}")
    rules = []
    seen = set()
    for i, item in enumerate(data.get("rules") or []):
        if not isinstance(item, dict) or "id" not in item:
            raise RuleError(f"{name}: rule #{i} has no id")
        rid = str(item["id"])
        if rid in seen:
            raise RuleError(f"{name}: duplicate rule id {rid}")
        seen.add(rid)
        pat = item.get("pattern")
        compiled = None
        if pat is not None:
            try:
                flags = regex.V0
                compiled = regex.compile(expand(str(pat), fragments, name, rid), flags)
            except RuleError:
                raise
            except regex.error as e:
                raise RuleError(f"{name}: rule {rid}: bad pattern: {e}") from e
        extra = {k: v for k, v in item.items() if k not in ("id", "pattern", "examples", "negatives")}
        rules.append(Rule(rid, pat, compiled, list(item.get("examples") or []),
                          list(item.get("negatives") or []), extra, name))
    return RuleSet(name, fragments, rules, data)


@functools.lru_cache(maxsize=None)
def load(name: str) -> RuleSet:
    """Load ``rules/<name>.yaml`` once per process, with the vocabulary's fragments."""
    path = RULES_DIR / f"{name}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise RuleError(f"{path}: cannot read rules file: {e}") from e
    shared = None if name == VOCABULARY else vocabulary().fragments
    return parse_rules(text, path.name, shared)


def vocabulary() -> RuleSet:
    """``rules/vocabulary.yaml``: the shared concepts (``vocabulary().compile("^$page_mark$")``)."""
    return load(VOCABULARY)


@functools.lru_cache(maxsize=None)
def words(fragment: str) -> tuple:
    """The words of a vocabulary fragment that is a plain list of alternatives
    (``role_lead`` → ('牵头', '主办', …)), or one such list in a group (``col_unit_word``:
    ``(?:单位|部门|…)`` → ('单位', '部门', …))."""
    pattern = vocabulary().fragments[fragment]
    if pattern.startswith("(?:") and pattern.endswith(")"):
        pattern = pattern[3:-1]
    if any(c in pattern for c in "()[]{}?*+\\.^$"):
        raise RuleError(f"vocabulary.yaml: fragment {fragment} is not a plain list of words")
    return tuple(pattern.split("|"))


def all_rule_files() -> list:
    return sorted(p.stem for p in RULES_DIR.glob("*.yaml"))
