"""Roles a task's own prose hints at: 由X牵头, X牵头, X会同Y, 请X, Y配合.

    hint(doc) -> None      (after mentions are found)

Each unit mention inside a task's span gets the task (``task_id``); units that
stand next to one another, joined by 、 和 及 与 or 会同, form one group, and
the cue right after the group (牵头, 配合, 负责) or right before it (请, 会同)
gives every unit of the group a ``role_hint`` (rules/prose_roles.yaml).  These
are mentions, not responsibilities: GUIDE.md counts only clauses, so nothing
here touches ``task.units``; ``zhengce who`` shows them as a separate,
lower-confidence kind.
"""
from __future__ import annotations

import bisect
import functools

from .. import rules

_REACH_BEFORE = 6       # characters read before a group for a cue
_REACH_AFTER = 12       # and after it
_STOPS = "。;；\n!?！？"


@functools.lru_cache(maxsize=1)
def _rules():
    rs = rules.load("prose_roles")
    after = [(r.regex, r.get("role"), r.id) for r in rs if r.get("side") == "after"]
    before = [(r.regex, r.get("role"), r.id) for r in rs if r.get("side") == "before"]
    return after, before, rs["prose.joiner"].regex


def _task_at(spans, starts, pos):
    """The innermost task whose span holds pos, or None (tasks may nest: the
    nearest 50 that start before pos are enough)."""
    i = bisect.bisect_right(starts, pos) - 1
    best = None
    for j in range(i, max(-1, i - 50), -1):
        s, e, tid = spans[j]
        if s <= pos < e and (best is None or e - s < best[1] - best[0]):
            best = (s, e, tid)
    return best


def _clip_left(text, lo, a):
    k = max(text.rfind(c, lo, a) for c in _STOPS)
    return max(lo, k + 1)


def _clip_right(text, b, hi):
    ks = [k for k in (text.find(c, b, hi) for c in _STOPS) if k >= 0]
    return min(ks) if ks else hi


def hint(doc) -> None:
    tasks = sorted((t.start, t.end, t.id) for t in doc.tasks)
    if not tasks or not doc.mentions:
        return
    starts = [s for s, _, _ in tasks]
    after, before, joiner = _rules()
    text = doc.norm
    groups: list = []          # [(task span, [mention], joint)]
    for m in sorted(doc.mentions, key=lambda m: m.start):
        t = _task_at(tasks, starts, m.start)
        if t is None:
            continue
        m.task_id = t[2]
        if groups:
            span, ms, _ = groups[-1]
            gap = text[ms[-1].end:m.start]
            if span == t and joiner.match(gap):
                ms.append(m)
                groups[-1] = (span, ms, groups[-1][2] or gap.endswith("会同"))
                continue
        groups.append((t, [m], False))
    for (ts, te, _), ms, joint in groups:
        a, b = ms[0].start, ms[-1].end
        right = text[b:min(_clip_right(text, b, te), b + _REACH_AFTER)]
        left = text[max(_clip_left(text, ts, a), a - _REACH_BEFORE):a]
        found = next(((role, rid) for rx, role, rid in after if rx.search(right)), None) or \
            next(((role, rid) for rx, role, rid in before if rx.search(left)), None)
        if found is None and joint:
            found = ("responsible", "prose.with")
        if found is None:
            continue
        for m in ms:
            m.role_hint = found[0]
            m.rule = f"{m.rule}+{found[1]}" if m.rule else found[1]
