"""The kind of document a text is (rules/genres.yaml), read from its title.

    detect(title, doc_number=None) -> (genre, rule id)
    assigns_work(genre) -> bool

A plan is read for tasks; a reply, an approval, a regulation, a notice of
appointments or a page explaining a policy (政策解读) assigns no work and is
loaded and searchable without tasks; a government work report is read for the
year's commitments only, and an assessment's scoring standard (评分标准) for the
counts it asks for.
"""
from __future__ import annotations

import functools
import re

from .. import rules
from ..read.normalize import normalize

GENRES = ("plan", "work_report", "regulation", "standard", "reply", "approval", "appointment", "interpretation")
NO_TASKS = frozenset({"work_report", "regulation", "standard", "reply", "approval", "appointment", "interpretation"})
# the genres that are not plans at all: no tasks and no targets (a work report keeps its year's targets,
# a scoring standard the counts it asks for)
NOT_PLANS = NO_TASKS - {"work_report", "standard"}
_ORDER_NUMBER = re.compile(r"国令|国务院令|令第")


@functools.lru_cache(maxsize=1)
def _rules():
    return [(r.regex, r.get("genre"), r.id) for r in rules.load("genres")]


def detect(title: str | None, doc_number: str | None = None) -> tuple:
    # (a title as a traditional-character page writes it: 完成情況公示)
    t = normalize(re.sub(r"\s+", "", title or ""), simplified=True)
    for rx, genre, rid in _rules():
        if t and rx.search(t):
            return genre, rid
    if doc_number and _ORDER_NUMBER.search(doc_number):
        return "regulation", "genre.order_number"      # 国务院令第706号 promulgates a regulation
    return "plan", "genre.default"


def assigns_work(genre: str | None) -> bool:
    return genre not in NO_TASKS
