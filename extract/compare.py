"""Compare plans: targets side by side, who does the work, aligned tasks, reused text.

Every function takes a database (a path, an ``sqlite3.Connection`` or an
``sqlite_utils.Database``) and a list of document references -- an id (or a
unique prefix of one), a file name, or a region such as 江津区 -- and returns a
``pandas.DataFrame`` with one column ``plan`` (a short label, e.g. 江津区) and
``doc_id`` wherever a row belongs to one plan::

    from extract.compare import compare
    c = compare("plans.db", ["江津区", "朝阳市"])
    c.targets          # one row per indicator, one column per plan
    c.departments      # department type x plan: tasks, as lead, share
    c.concentration    # one row per plan: its busiest unit and type, HHI
    c.alignment        # each task of the first plan -> most similar tasks of the others
    c.passages         # text reused verbatim or nearly so, with both spans

Task alignment: jieba tokens (unit and indicator lexicons loaded as user words
so 市场监管局 or 专利密集型产品备案 stay whole; responsibility clauses, single
characters and a few boilerplate verbs dropped), sublinear TF-IDF fitted on the
tasks of the compared plans, cosine.  The default threshold 0.3 was read off
the seed corpus (every ordered pair of its five plans, best match per task):
of the 20 pairs scoring >= 0.3, 18 are the same work item written twice
(专利导航 / 专利导航, 质押融资 / 知识产权金融服务, 加强组织领导 / 加强组织领导),
one is loosely related and one is wrong; between 0.25 and 0.3 only about six
in ten are right, and below 0.25 matches are mostly shared vocabulary.
Raise it for precision, lower it (and use ``top_k``) to browse.

Shared passages: sentences of the plan bodies (covering notices and web-page
chrome are outside ``body_start..body_end``) are shingled into hashed
character 8-grams; sentence pairs from different plans sharing enough
shingles are aligned with ``difflib.SequenceMatcher``; runs of matching
blocks separated by small gaps are merged, and a run of at least
``min_len`` characters whose matched share is >= ``min_ratio`` is a passage.
"""
from __future__ import annotations

import difflib
import functools
import json
import math
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field

CMP_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "", "~": "约", None: ""}


class DocumentNotFound(LookupError):
    pass


# ------------------------------------------------------------- documents

def connect(db) -> sqlite3.Connection:
    """A connection from a path, a connection or an sqlite_utils.Database."""
    if isinstance(db, sqlite3.Connection):
        return db
    if hasattr(db, "conn") and isinstance(db.conn, sqlite3.Connection):
        return db.conn
    from .store import connect as _c
    return _c(db, create=False)


def _rows(conn, sql, params=()):
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _resolve_one(conn, ref: str) -> str:
    """Own small resolver: id / id prefix, file name (with or without
    extension), exact region, region suffix (江津区 ⊂ 重庆市江津区), title."""
    ref = str(ref).strip()
    docs = _rows(conn, "SELECT id, source, region, title, version FROM documents")
    tests = [
        lambda d: d["id"] == ref,
        lambda d: len(ref) >= 4 and d["id"].startswith(ref),
        lambda d: d["source"] == ref or d["source"].rsplit(".", 1)[0] == ref,
        lambda d: ref.endswith(d["source"]) and "/" in ref,
        lambda d: d["region"] == ref,
        lambda d: bool(d["region"]) and d["region"].endswith(ref),
        lambda d: bool(d["region"]) and ref in d["region"],
        lambda d: bool(d["title"]) and ref in d["title"],
    ]
    for t in tests:
        hit = [d for d in docs if t(d)]
        if hit:
            # several versions of one file: the newest
            by_source = {}
            for d in sorted(hit, key=lambda d: d["version"]):
                by_source[d["source"]] = d
            hit = list(by_source.values())
            if len(hit) == 1:
                return hit[0]["id"]
            names = ", ".join(f"{d['id']} ({d['region'] or d['source']})" for d in hit[:8])
            raise DocumentNotFound(f"{ref!r} names {len(hit)} documents: {names}; use an id")
    raise DocumentNotFound(f"no document matches {ref!r} (give an id, a file name or a region)")


def resolve_docs(conn, refs) -> list[str]:
    """Document ids for references (ids, file names, regions), in order."""
    conn = connect(conn)
    if isinstance(refs, str):
        refs = [refs]
    shared = None
    try:
        from .queries import resolve_docs as shared  # the shared helper, once it exists
    except ImportError:
        pass
    out = []
    for r in refs:
        ids = None
        if shared is not None:
            try:
                ids = shared(conn, r)
            except Exception:
                ids = None
            if isinstance(ids, str):
                ids = [ids]
            if ids is not None and len(ids) != 1:
                ids = None
        out.extend(ids or [_resolve_one(conn, r)])
    if len(set(out)) != len(out):
        raise DocumentNotFound("the same document is named twice")
    return out


def short_region(region: str | None) -> str | None:
    """重庆市江津区 → 江津区, 辽宁省朝阳市 → 朝阳市, 四川省 → 四川省."""
    if not region:
        return None
    if region in ("中华人民共和国", "全国"):
        return "全国"
    r = re.sub(r"^.+?(?:省|自治区)(?=.)", "", region)
    m = re.match(r"^.+?(?:市|自治州|州|盟)(?=.+(?:区|县|市|旗)$)", r)
    return r[m.end():] if m else r


def documents(conn, ids) -> "pd.DataFrame":
    """One row per document, in the given order, with its short label ``plan``."""
    import pandas as pd

    conn = connect(conn)
    q = ",".join("?" * len(ids))
    rows = {d["id"]: d for d in _rows(
        conn, f"SELECT id, source, title, region, level, year, period_start, period_end, doc_number,"
              f" (SELECT count(*) FROM tasks t WHERE t.doc_id = d.id) AS tasks,"
              f" (SELECT count(*) FROM targets t WHERE t.doc_id = d.id) AS targets"
              f" FROM documents d WHERE id IN ({q})", list(ids))}
    labels = []
    for i in ids:
        d = rows[i]
        labels.append(short_region(d["region"]) or d["source"].rsplit(".", 1)[0])
    counts = Counter(labels)
    for n, i in enumerate(ids):       # two plans of one place: add year, then id
        if counts[labels[n]] > 1:
            labels[n] = f"{labels[n]} {rows[i]['year'] or ''} {i[:6]}".replace("  ", " ")
    df = pd.DataFrame([rows[i] for i in ids])
    df.insert(0, "plan", labels)
    df = df.rename(columns={"id": "doc_id"})
    return df


def _labels(conn, ids) -> dict:
    d = documents(conn, ids)
    return dict(zip(d["doc_id"], d["plan"]))


# ------------------------------------------------------------- targets

@functools.lru_cache(maxsize=1)
def _indicator_names() -> dict:
    """Canonical indicator id → display name (rules/indicators.yaml), if any."""
    try:
        from .targets import indicator_names
        return dict(indicator_names())
    except Exception:
        pass
    try:
        import yaml

        from .rules import RULES_DIR
        data = yaml.safe_load((RULES_DIR / "indicators.yaml").read_text(encoding="utf-8")) or {}
    except Exception:
        return {}
    items = data.get("indicators") or data.get("rules") or [] if isinstance(data, dict) else data
    out = {}
    for it in items if isinstance(items, list) else []:
        if isinstance(it, dict) and it.get("id"):
            out[it["id"]] = it.get("name") or it.get("label") or it["id"]
    return out


def _num(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return f"{v:g}" if abs(v) < 1e15 else str(v)


def format_target(r: dict) -> str:
    """≥200件 · 累计 · 2026-12-31 -- the compact cell of the side-by-side table."""
    val = _num(r.get("value"))
    if r.get("value_max") is not None and not (isinstance(r["value_max"], float) and math.isnan(r["value_max"])):
        val += "–" + _num(r["value_max"])
    s = f"{CMP_SIGN.get(r.get('comparator'), r.get('comparator') or '')}{val}{r.get('unit') or ''}"
    flags = [w for k, w in (("growth", "增长"), ("per_year", "每年"), ("cumulative", "累计"),
                            ("aspirational", "力争")) if r.get(k)]
    if r.get("deadline"):
        flags.append(str(r["deadline"]))
    return " · ".join([s] + flags)


def targets_long(conn, docs) -> "pd.DataFrame":
    """Every target of the plans, one row each, with its indicator key and label."""
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    q = ",".join("?" * len(ids))
    rows = _rows(conn, f"SELECT doc_id, indicator, anchor, value, value_max, unit, base_value, base_unit,"
                       f" comparator, growth, per_year, aspirational, cumulative, deadline, task_id,"
                       f" section_path, text, start, end FROM targets WHERE doc_id IN ({q})"
                       f" ORDER BY doc_id, start", ids)
    names = _indicator_names()
    for r in rows:
        r["plan"] = labels[r["doc_id"]]
        r["key"] = r["indicator"] or r["anchor"] or "?"
        r["label"] = names.get(r["indicator"], r["indicator"]) if r["indicator"] else (r["anchor"] or "?")
        r["cell"] = format_target(r)
    cols = ["plan", "doc_id", "key", "label", "indicator", "anchor", "value", "value_max", "unit",
            "base_value", "base_unit", "comparator", "growth", "per_year", "aspirational", "cumulative",
            "deadline", "cell", "task_id", "section_path", "text", "start", "end"]
    order = {d: i for i, d in enumerate(ids)}
    rows.sort(key=lambda r: (order[r["doc_id"]], r["start"]))
    return pd.DataFrame(rows, columns=cols)


def compare_targets(conn, docs, long=None) -> "pd.DataFrame":
    """One row per canonical indicator, one column per plan (its targets,
    formatted; several joined by ' | '), then ``plans`` (how many plans set
    it) and ``comparable`` (several plans set it, all in the same measure,
    all a level or all a rise, all per year or none).
    Shared indicators come first; indicators only one plan has are listed too."""
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    if long is None:
        long = targets_long(conn, ids)
    plans = [labels[i] for i in ids]
    table: dict = {}
    for r in long.to_dict("records"):
        row = table.setdefault(r["key"], {"indicator": r["label"], "_units": set(), **{p: [] for p in plans}})
        row[r["plan"]].append(r["cell"])
        row["_units"].add((r["base_unit"] or r["unit"] or "", bool(r["growth"]), bool(r["per_year"])))
    out = []
    for key, row in table.items():
        n = sum(1 for p in plans if row[p])
        rec = {"key": key, "indicator": row["indicator"]}
        rec.update({p: " | ".join(row[p]) for p in plans})
        rec["plans"] = n
        rec["comparable"] = n > 1 and len(row["_units"]) == 1
        out.append(rec)
    df = pd.DataFrame(out, columns=["key", "indicator", *plans, "plans", "comparable"])
    if len(df):
        df = df.sort_values(["plans", "indicator"], ascending=[False, True], kind="stable")
    return df.set_index("key")


# ------------------------------------------------------------- departments

def _dept_name(type_id) -> str:
    if not type_id:
        return "(unclassified)"
    try:
        from .lexicon import dept_info
        return dept_info(type_id).get("name") or type_id
    except Exception:
        return type_id


def _assignments(conn, ids):
    q = ",".join("?" * len(ids))
    return _rows(conn, f"SELECT r.doc_id, r.task_id, r.role, r.name, u.id AS unit_id, u.name AS unit,"
                       f" u.dept_type FROM responsibilities r JOIN units u ON u.id = r.unit_id"
                       f" WHERE r.doc_id IN ({q})", ids)


def compare_departments(conn, docs) -> "pd.DataFrame":
    """Department type × plan, long form: ``tasks`` it owns (any role),
    ``lead`` (as lead), ``assignments`` (responsibility rows) and ``share``
    of the plan's assignments.  Pivot with ``.pivot(index="dept_type",
    columns="plan", values="share")``."""
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    rows = _assignments(conn, ids)
    total = Counter(r["doc_id"] for r in rows)
    agg: dict = {}
    for r in rows:
        k = (r["doc_id"], r["dept_type"] or "")
        a = agg.setdefault(k, {"tasks": set(), "lead": set(), "n": 0})
        a["tasks"].add(r["task_id"])
        if r["role"] == "lead":
            a["lead"].add(r["task_id"])
        a["n"] += 1
    out = [{"plan": labels[d], "doc_id": d, "dept_type": t or None, "department": _dept_name(t),
            "tasks": len(a["tasks"]), "lead": len(a["lead"]), "assignments": a["n"],
            "share": round(a["n"] / total[d], 4)} for (d, t), a in agg.items()]
    df = pd.DataFrame(out, columns=["plan", "doc_id", "dept_type", "department", "tasks", "lead",
                                    "assignments", "share"])
    order = {d: i for i, d in enumerate(ids)}
    df["_o"] = df["doc_id"].map(order)
    return df.sort_values(["_o", "assignments", "department"], ascending=[True, False, True]) \
             .drop(columns="_o").reset_index(drop=True)


def departments_wide(dept: "pd.DataFrame", plans=None) -> "pd.DataFrame":
    """The long table as department × plan cells 'tasks (lead) share%'."""
    import pandas as pd

    plans = plans or list(dict.fromkeys(dept["plan"]))
    cells: dict = defaultdict(dict)
    weight: Counter = Counter()
    for r in dept.to_dict("records"):
        cells[r["department"]][r["plan"]] = f"{r['tasks']} ({r['lead']} lead) {r['share']:.0%}"
        weight[r["department"]] += r["share"]
    rows = [{"department": d, **{p: cells[d].get(p, "") for p in plans}}
            for d, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return pd.DataFrame(rows, columns=["department", *plans]).set_index("department")


def concentration(conn, docs) -> "pd.DataFrame":
    """One row per plan: tasks, tasks with a unit, assignments, distinct
    units, its busiest unit and that unit's share of assignments, its
    busiest department type and share, and the Herfindahl index over units
    (1 = one unit does everything; 1/n = n units share equally)."""
    import pandas as pd

    conn = connect(conn)
    ids = resolve_docs(conn, docs)
    labels = _labels(conn, ids)
    rows = _assignments(conn, ids)
    out = []
    for d in ids:
        rs = [r for r in rows if r["doc_id"] == d]
        n_tasks = conn.execute("SELECT count(*) FROM tasks WHERE doc_id = ?", (d,)).fetchone()[0]
        by_unit = Counter(r["unit"] for r in rs)
        by_type = Counter(_dept_name(r["dept_type"]) for r in rs)
        n = len(rs)
        top_u = by_unit.most_common(1)[0] if by_unit else (None, 0)
        top_t = by_type.most_common(1)[0] if by_type else (None, 0)
        out.append({"plan": labels[d], "doc_id": d, "tasks": n_tasks,
                    "tasks_with_units": len({r["task_id"] for r in rs}), "assignments": n,
                    "units": len(by_unit), "busiest_unit": top_u[0],
                    "busiest_unit_share": round(top_u[1] / n, 4) if n else None,
                    "busiest_type": top_t[0], "busiest_type_share": round(top_t[1] / n, 4) if n else None,
                    "hhi": round(sum((c / n) ** 2 for c in by_unit.values()), 4) if n else None})
    return pd.DataFrame(out)


# ------------------------------------------------------------- task alignment

_CLAUSE = re.compile(r"[(（][^()（）]{0,200}?(?:单位|负责|牵头)[^()（）]{0,200}[)）]")
_STOP = frozenset("的 和 与 及 等 在 对 为 以 将 把 被 由 从 向 于 并 或 其 该 各 有 是 了 着 "
                  "一批 进一步 相关 有关 工作 方面 以及 加强 推进 推动 开展 积极 不断 全面 持续 "
                  "深入 加快 大力 着力 切实 进行 实现 提高 提升".split())


def _user_words() -> list[str]:
    words = set()
    from .rules import RULES_DIR
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


# ------------------------------------------------------------- shared passages

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

    from .normalize import normalize

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


# ------------------------------------------------------------- everything

@dataclass
class Comparison:
    documents: "pd.DataFrame"
    targets: "pd.DataFrame"
    targets_long: "pd.DataFrame"
    departments: "pd.DataFrame"
    concentration: "pd.DataFrame"
    alignment: "pd.DataFrame"
    passages: "pd.DataFrame"
    params: dict = field(default_factory=dict)

    @property
    def plans(self) -> list[str]:
        return list(self.documents["plan"])

    def tables(self) -> dict:
        """The named tables, in the order a report shows them."""
        return {"documents": self.documents, "targets": self.targets.reset_index(),
                "departments": self.departments, "concentration": self.concentration,
                "alignment": self.alignment, "passages": self.passages}

    def to_json(self) -> str:
        return json.dumps({k: json.loads(v.to_json(orient="records", force_ascii=False))
                           for k, v in self.tables().items()} | {"params": self.params},
                          ensure_ascii=False, indent=1)

    def to_html(self) -> str:
        from .report import render_html
        return render_html(self)


def compare(db, docs, base=None, top_k: int = 1, threshold: float = 0.3, min_len: int = 15,
            min_ratio: float = 0.8) -> Comparison:
    """All four comparisons of the plans ``docs`` (at least two references)."""
    conn = connect(db)
    ids = resolve_docs(conn, docs)
    if len(ids) < 2:
        raise ValueError("compare needs at least two documents")
    tl = targets_long(conn, ids)
    return Comparison(
        documents=documents(conn, ids), targets=compare_targets(conn, ids, long=tl), targets_long=tl,
        departments=compare_departments(conn, ids), concentration=concentration(conn, ids),
        alignment=align_tasks(conn, ids, base=base, top_k=top_k, threshold=threshold),
        passages=shared_passages(conn, ids, min_len=min_len, min_ratio=min_ratio),
        params={"docs": ids, "base": base or ids[0], "top_k": top_k, "threshold": threshold,
                "min_len": min_len, "min_ratio": min_ratio})
