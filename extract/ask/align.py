"""Align the tasks of plans: for each task of one plan, the most similar tasks
of the others (``align_tasks``), by the content tokens ``tokenize`` keeps.

Method: jieba tokens (unit and indicator lexicons loaded as user words
so 市场监管局 or 专利密集型产品备案 stay whole; responsibility clauses, single
characters and a few boilerplate verbs dropped), sublinear TF-IDF fitted on the
tasks of the compared plans, cosine.  The default threshold 0.3 was read off
the seed corpus (every ordered pair of its five plans, best match per task):
of the 20 pairs scoring >= 0.3, 18 are the same work item written twice
(专利导航 / 专利导航, 质押融资 / 知识产权金融服务, 加强组织领导 / 加强组织领导),
one is loosely related and one is wrong; between 0.25 and 0.3 only about six
in ten are right, and below 0.25 matches are mostly shared vocabulary.
Raise it for precision, lower it (and use ``top_k``) to browse.
"""
from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter, defaultdict

from .plans import _labels, _rows, connect, resolve_docs

_CLAUSE = re.compile(r"[(（][^()（）]{0,200}?(?:单位|负责|牵头)[^()（）]{0,200}[)）]")
_STOP = frozenset("的 和 与 及 等 在 对 为 以 将 把 被 由 从 向 于 并 或 其 该 各 有 是 了 着 "
                  "一批 进一步 相关 有关 工作 方面 以及 加强 推进 推动 开展 积极 不断 全面 持续 "
                  "深入 加快 大力 着力 切实 进行 实现 提高 提升".split())


def _user_words() -> list[str]:
    words = set()
    from ..rules import RULES_DIR
    p = RULES_DIR / "units.jsonl"
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if row.get("label") in ("DEPT", "SECTOR") and isinstance(row.get("pattern"), str):
                words.add(row["pattern"])
            for ex in row.get("examples") or []:
                if isinstance(ex, str):
                    words.add(ex)
    p = RULES_DIR / "indicators.yaml"
    if p.exists():
        import yaml

        def walk(x):
            if isinstance(x, dict):
                for k, v in x.items():
                    if k in ("name", "label", "aliases", "phrases", "terms", "synonyms", "examples"):
                        walk_str(v)
                    else:
                        walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)

        def walk_str(v):
            for s in v if isinstance(v, list) else [v]:
                if isinstance(s, str) and 2 <= len(s) <= 16 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", s):
                    words.add(s)
                elif isinstance(s, (dict, list)):
                    walk(s)
        try:
            walk(yaml.safe_load(p.read_text(encoding="utf-8")))
        except Exception:
            pass
    return sorted(w for w in words if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", w))


@functools.lru_cache(maxsize=1)
def _tokenizer():
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()          # our own instance: the global one stays untouched
    for w in _user_words():
        tk.add_word(w, freq=200000)
    return tk


def tokenize(text: str) -> list[str]:
    """Content tokens of a task: responsibility clauses removed, jieba with
    the lexicons as user words, single characters, numbers and a few
    policy-boilerplate verbs dropped."""
    text = _CLAUSE.sub(" ", text)
    return [w for w in _tokenizer().lcut(text)
            if len(w) > 1 and w not in _STOP and re.search(r"[\u4e00-\u9fffA-Za-z]", w)
            and not re.fullmatch(r"[\d.%]+", w)]


def _tfidf(token_lists):
    """Sublinear-tf, smoothed-idf, L2-normalised vectors (numpy, dense)."""
    import numpy as np

    vocab: dict = {}
    for toks in token_lists:
        for t in toks:
            vocab.setdefault(t, len(vocab))
    m = np.zeros((len(token_lists), max(len(vocab), 1)))
    for i, toks in enumerate(token_lists):
        for t, c in Counter(toks).items():
            m[i, vocab[t]] = 1 + math.log(c)
    df = (m > 0).sum(axis=0)
    m *= np.log((1 + len(token_lists)) / (1 + df)) + 1
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return m / norms


def align_tasks(conn, docs, base=None, top_k: int = 1, threshold: float = 0.3) -> "pd.DataFrame":
    """For each task of ``base`` (default: the first plan), its ``top_k`` most
    similar tasks in each other plan with cosine >= ``threshold``; a task
    with no such match gets one row with empty match columns."""
    import numpy as np
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    base_id = resolve_docs(conn, [base])[0] if base else ids[0]
    q = ",".join("?" * len(ids))
    tasks = _rows(conn, f"SELECT id, doc_id, section_path, anchor, text FROM tasks WHERE doc_id IN ({q})"
                        f" ORDER BY doc_id, seq", ids)
    # the anchor counts twice: it names the work item
    vecs = _tfidf([tokenize(f"{t['anchor'] or ''} {t['text']}") for t in tasks])
    sim = vecs @ vecs.T
    cols = ["plan", "task_id", "section_path", "anchor", "other_plan", "other_task_id",
            "other_section_path", "other_anchor", "score", "rank"]
    out = []
    idx_by_doc = defaultdict(list)
    for i, t in enumerate(tasks):
        idx_by_doc[t["doc_id"]].append(i)
    for i in idx_by_doc[base_id]:
        t = tasks[i]
        head = {"plan": labels[base_id], "task_id": t["id"], "section_path": t["section_path"],
                "anchor": t["anchor"]}
        found = False
        for d in ids:
            if d == base_id or not idx_by_doc[d]:
                continue
            cand = np.array(idx_by_doc[d])
            s = sim[i, cand]
            order = np.argsort(-s, kind="stable")[:top_k]
            for rank, j in enumerate(order, 1):
                if s[j] < threshold:
                    break
                o = tasks[cand[j]]
                out.append({**head, "other_plan": labels[d], "other_task_id": o["id"],
                            "other_section_path": o["section_path"], "other_anchor": o["anchor"],
                            "score": round(float(s[j]), 3), "rank": rank})
                found = True
        if not found:
            out.append({**head, "other_plan": None, "other_task_id": None, "other_section_path": None,
                        "other_anchor": None, "score": None, "rank": None})
    return pd.DataFrame(out, columns=cols)
