"""Shared passages: text one plan reuses from another, verbatim or nearly so
(``shared_passages``), with both spans into ``documents.raw_text``.

Method: sentences of the plan bodies (covering notices and web-page
chrome are outside ``body_start..body_end``) are shingled into hashed
character 8-grams; sentence pairs from different plans sharing enough
shingles are aligned with ``difflib.SequenceMatcher``; runs of matching
blocks separated by small gaps are merged, and a run of at least
``min_len`` characters whose matched share is >= ``min_ratio`` is a passage.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict

from .plans import _labels, connect, resolve_docs

_SENT = re.compile(r"[^。!?;！？；\n]+")
K = 8


def _sentences(text: str, offset: int, min_len: int):
    for m in _SENT.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= min_len:
            yield offset + s, offset + e, text[s:e]


_TRIM = " \t,、:;.。)》”\"'"
_LTRIM = " \t,、:;.。(《“\"'"


def _runs(a: str, b: str, gap: int, min_len: int, min_ratio: float):
    """Merge SequenceMatcher blocks separated by <= ``gap`` characters on
    both sides into runs, trim punctuation at their ends; yield (i0, i1, j0,
    j1, similarity) of runs at least ``min_len`` long and ``min_ratio`` alike."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    blocks = [bl for bl in sm.get_matching_blocks() if bl.size]
    runs, run = [], None
    for i, j, n in blocks:
        if run and i - run[1] <= gap and j - run[3] <= gap:
            run[1], run[3] = i + n, j + n
        else:
            run = [i, i + n, j, j + n]
            runs.append(run)
    for i0, i1, j0, j1 in runs:
        while i0 < i1 and a[i0] in _LTRIM:
            i0 += 1
        while j0 < j1 and b[j0] in _LTRIM:
            j0 += 1
        while i1 > i0 and a[i1 - 1] in _TRIM:
            i1 -= 1
        while j1 > j0 and b[j1 - 1] in _TRIM:
            j1 -= 1
        if min(i1 - i0, j1 - j0) < min_len:
            continue
        ratio = difflib.SequenceMatcher(None, a[i0:i1], b[j0:j1], autojunk=False).ratio()
        if ratio >= min_ratio:
            yield i0, i1, j0, j1, ratio


def _section_at(secs, pos):
    best = None
    for s, e, lvl, path in secs:
        if s <= pos < e and (best is None or lvl >= best[0]):
            best = (lvl, path)
    return best[1] if best else None


def shared_passages(conn, docs, min_len: int = 15, min_ratio: float = 0.8, gap: int = 4,
                    min_shared: int = 3) -> "pd.DataFrame":
    """Text reused between plans, one row per pair of passages: both plans,
    spans into ``documents.raw_text``, section paths, texts, length,
    similarity (1.0 = verbatim) and ``repeats`` (the same pair of texts found
    at more places, e.g. a plan's own name; the first places are shown)."""
    import pandas as pd

    from ..read.normalize import normalize

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    sents = []                      # (doc, start, end, norm text, raw text)
    raws = {}
    for d in ids:
        raw, bs, be = conn.execute("SELECT raw_text, body_start, body_end FROM documents WHERE id = ?",
                                   (d,)).fetchone()
        raws[d] = raw
        norm = normalize(raw[bs:be])
        for s, e, t in _sentences(norm, bs, min_len):
            sents.append((d, s, e, t))
    index = defaultdict(set)
    for k, (_, _, _, t) in enumerate(sents):
        for i in range(len(t) - K + 1):
            index[hash(t[i:i + K])].add(k)
    pairs = Counter()
    limit = max(50, len(sents) // 20)        # a shingle in every sentence finds nothing
    for post in index.values():
        if 1 < len(post) <= limit:
            post = sorted(post)
            for x in range(len(post)):
                for y in range(x + 1, len(post)):
                    if sents[post[x]][0] != sents[post[y]][0]:
                        pairs[post[x], post[y]] += 1
    secs = {d: [(r[0], r[1], r[2], r[3]) for r in conn.execute(
        "SELECT start, end, level, path FROM sections WHERE doc_id = ? AND kind != 'para'", (d,))] for d in ids}
    order = {d: i for i, d in enumerate(ids)}
    found: dict = {}                # one row per (plans, text, other text); repeats counted
    for (x, y), n in sorted(pairs.items()):
        if n < min_shared:
            continue
        if order[sents[x][0]] > order[sents[y][0]]:
            x, y = y, x
        da, sa, _, ta = sents[x]
        db, sb, _, tb = sents[y]
        for i0, i1, j0, j1, ratio in _runs(ta, tb, gap, min_len, min_ratio):
            key = (da, db, ta[i0:i1], tb[j0:j1])
            if key in found:
                found[key]["repeats"] += 1
                continue
            a0, a1, b0, b1 = sa + i0, sa + i1, sb + j0, sb + j1
            found[key] = {"plan": labels[da], "doc_id": da, "start": a0, "end": a1,
                          "section_path": _section_at(secs[da], a0), "text": raws[da][a0:a1],
                          "other_plan": labels[db], "other_doc_id": db, "other_start": b0, "other_end": b1,
                          "other_section_path": _section_at(secs[db], b0), "other_text": raws[db][b0:b1],
                          "length": min(a1 - a0, b1 - b0), "similarity": round(ratio, 3), "repeats": 1}
    out = list(found.values())
    cols = ["plan", "doc_id", "start", "end", "section_path", "text", "other_plan", "other_doc_id",
            "other_start", "other_end", "other_section_path", "other_text", "length", "similarity", "repeats"]
    df = pd.DataFrame(out, columns=cols)
    if len(df):
        df["_o"] = df["doc_id"].map(order) * 10 + df["other_doc_id"].map(order)
        df = df.sort_values(["_o", "start", "other_start"]).drop(columns="_o").reset_index(drop=True)
    return df
