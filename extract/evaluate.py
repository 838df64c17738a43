"""Score predictions against gold files, as GUIDE.md ("How the scorer matches") says.

* Tasks match one to one when the predicted task's text starts with, or
  contains, the gold anchor (brackets and white space folded); a task on the
  same path, then one that starts with the anchor, is preferred.
* A responsibility (task, unit, role) is right when its task matched and the
  unit and role match; unit names are compared after folding the plan's own
  region name to its level word (江津区市场监管局 ≡ 区市场监管局) and dropping
  bracketed aliases.
* Targets match one to one on value and unit with an indicator sharing at
  least half of the gold anchor's character bigrams; comparator, growth,
  per_year, aspirational and deadline are then scored on the matched pairs.
* Deadlines match one to one on the end date, and on the start date where the
  gold gives one.
* Metadata: accuracy over the eight fields of every document, and ``draft``
  where the gold records it.
* A gold file's ``scope`` (e.g. ``["document", "targets"]`` for a government
  work report) limits what is scored for that document: facets outside it are
  neither counted nor listed as errors.
* Scores are kept per document, so a report can give them per source folder
  (the first part of the gold's ``source``) and as a per-document mean beside
  the micro-averaged totals.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .read.normalize import normalize

META_FIELDS = ("title", "doc_number", "issuer", "region", "level", "signed", "published", "period")
OPTIONAL_META = ("draft",)             # scored only where the gold gives them
FACETS = ("tasks", "responsibilities", "targets", "deadlines")
SCOPES = ("document", "tasks", "targets", "deadlines")   # what a gold's "scope" may list
TARGET_FIELDS = ("comparator", "growth", "per_year", "aspirational", "deadline")
_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "【": "(", "】": ")", "[": "(", "]": ")", "「": "“", "」": "”"})
_WS = re.compile(r"\s+")
_REGION_PART = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)")
_LEVEL_WORD = re.compile(r"(特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)$")
_ALIAS = re.compile(r"\([^()]*\)$")


def fold(s) -> str:
    if s is None:
        return ""
    return _WS.sub("", normalize(str(s), simplified=True).translate(_BRACKETS))


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF"):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Report:
    tasks: PRF = field(default_factory=PRF)
    responsibilities: PRF = field(default_factory=PRF)
    targets: PRF = field(default_factory=PRF)
    deadlines: PRF = field(default_factory=PRF)
    meta_right: int = 0
    meta_total: int = 0
    target_fields: dict = field(default_factory=lambda: {f: [0, 0] for f in TARGET_FIELDS})
    errors: list = field(default_factory=list)      # human-readable differences
    per_doc: dict = field(default_factory=dict)
    scope: set = field(default_factory=lambda: set(SCOPES))

    def add_report(self, other: "Report") -> None:
        for k in FACETS:
            getattr(self, k).add(getattr(other, k))
        self.meta_right += other.meta_right
        self.meta_total += other.meta_total
        for f in TARGET_FIELDS:
            self.target_fields[f][0] += other.target_fields[f][0]
            self.target_fields[f][1] += other.target_fields[f][1]
        self.errors.extend(other.errors)

    def by_folder(self) -> dict:
        """One Report per source folder (the part of ``source`` before its first /)."""
        out: dict = {}
        for src, r in self.per_doc.items():
            folder = src.split("/", 1)[0] if "/" in src else "."
            agg = out.setdefault(folder, Report())
            agg.add_report(r)
            agg.per_doc[src] = r
        return dict(sorted(out.items()))

    def doc_mean(self) -> dict:
        """Per-document mean of each facet's F1 (over the documents whose scope
        holds the facet and that have anything to score in it) and of metadata
        accuracy."""
        out = {}
        for k in FACETS:
            scope_key = "tasks" if k == "responsibilities" else k
            vals = [getattr(r, k).f1 for r in self.per_doc.values()
                    if scope_key in r.scope and (getattr(r, k).tp + getattr(r, k).fp + getattr(r, k).fn)]
            out[k] = sum(vals) / len(vals) if vals else None
        vals = [r.metadata for r in self.per_doc.values() if r.meta_total]
        out["metadata"] = sum(vals) / len(vals) if vals else None
        out["documents"] = len(self.per_doc)
        return out

    @property
    def metadata(self):
        return self.meta_right / self.meta_total if self.meta_total else 1.0

    def field_accuracy(self, name):
        right, total = self.target_fields[name]
        return right / total if total else 1.0

    def as_dict(self) -> dict:
        d = {k: {"precision": round(v.p, 4), "recall": round(v.r, 4), "f1": round(v.f1, 4),
                 "tp": v.tp, "fp": v.fp, "fn": v.fn}
             for k, v in (("tasks", self.tasks), ("responsibilities", self.responsibilities),
                          ("targets", self.targets), ("deadlines", self.deadlines))}
        d["metadata"] = {"accuracy": round(self.metadata, 4), "right": self.meta_right, "total": self.meta_total}
        d["target_fields"] = {f: round(self.field_accuracy(f), 4) for f in TARGET_FIELDS}
        return d


# ---------------------------------------------------------------- matching

def unit_key(name: str, region: str | None) -> str:
    n = fold(name)
    while _ALIAS.search(n) and not n.endswith("(市)区政府"):
        n = _ALIAS.sub("", n)
    if region:
        parts = _REGION_PART.findall(fold(region))
        if parts:
            own = parts[-1]
            lw = _LEVEL_WORD.search(own)
            if lw and n.startswith(own):
                n = lw.group(1) + n[len(own):]
    return n


def _task_text(t: dict) -> str:
    return fold(t.get("text") or t.get("anchor") or "")


def match_tasks(gold: list, pred: list, symmetric: bool = False) -> list:
    """[(gold_index, pred_index)] one to one."""
    used = set()
    pairs = []
    for gi, g in enumerate(gold):
        a = fold(g["anchor"])
        best = None
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            txt = _task_text(p)
            pa = fold(p.get("anchor"))
            starts = txt.startswith(a) or pa.startswith(a) or (symmetric and bool(pa) and a.startswith(pa))
            if not (starts or a in txt):
                continue
            score = (list(p.get("path") or []) == list(g["path"]), starts, -pi)
            if best is None or score > best[0]:
                best = (score, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, best[1]))
    return pairs


def _bigrams(s: str) -> set:
    s = fold(s)
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def _same_value(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return a == b


def match_targets(gold: list, pred: list) -> list:
    """[(gold_index, pred_index)] one to one: each gold target in turn takes the
    candidate with the most of its anchor's bigrams (same value and unit, at least half
    of them), unless that leaves a gold target unmatched that a different choice would
    have matched: then the pairs are as many as can be, the closest among those.

    (A report's 地区生产总值 5.5% for the year and its “十五五”时期地区生产总值增速 5.5%
    both hold 地区生产总值: the first, taken first, must not spend the candidate only the
    second could take.)"""
    edges: dict = {}                  # gold index -> {pred index: shared bigrams}
    for gi, g in enumerate(gold):
        gb = _bigrams(g["anchor"])
        for pi, p in enumerate(pred):
            if not _same_value(p.get("value"), g.get("value")):
                continue
            if fold(p.get("unit")) != fold(g.get("unit")):
                continue
            shared = len(gb & _bigrams(p.get("anchor") or ""))
            if gb and shared * 2 < len(gb):
                continue
            edges.setdefault(gi, {})[pi] = shared
    used: set = set()
    pairs = []
    for gi in sorted(edges):
        best = None
        for pi, shared in edges[gi].items():
            if pi not in used and (best is None or shared > best[0]):
                best = (shared, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, best[1]))
    if len(pairs) == len(edges):
        return pairs                          # every gold target with a candidate has one
    import networkx as nx
    graph = nx.Graph()
    for gi, cands in edges.items():
        for pi, shared in cands.items():
            # the pair count first, then the shared bigrams, then the order of the two lists
            graph.add_edge(("g", gi), ("p", pi), weight=1000.0 + shared - abs(gi - pi) * 1e-6)
    most = nx.max_weight_matching(graph, maxcardinality=True)
    if len(most) <= len(pairs):
        return pairs
    return sorted((a[1], b[1]) if a[0] == "g" else (b[1], a[1]) for a, b in most)


def match_deadlines(gold: list, pred: list) -> list:
    """[(gold_index, pred_index)] one to one: the same end, and the same start where the
    gold gives one.  Pairs whose starts agree (both absent too) are made first, so that a
    gold deadline without a start does not take the predicted range another gold
    deadline needs (到2025年 and “十四五”时期 both end on 2025-12-31)."""
    used, paired = set(), set()
    pairs = []
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in paired:
                continue
            for pi, p in enumerate(pred):
                if pi in used or p.get("end") != g.get("end"):
                    continue
                if g.get("start") or exact:
                    if p.get("start") != g.get("start"):
                        continue
                used.add(pi)
                paired.add(gi)
                pairs.append((gi, pi))
                break
    return sorted(pairs)


# the last character of a level's name: 省 市 州 盟 县 区 旗 镇 乡, and 道 of 街道
# (自治区, 地区, 特别行政区, 自治州 and 自治县 end in these too)
_AREA_END = frozenset("省市州盟县区旗镇乡道")


def same_area(g, p) -> bool:
    """Two regions name the same area when they are equal, or when one is the
    other with whole levels left out, never the last (河南省温县 = 河南省焦作市温县;
    新昌县 = 浙江省新昌县): the guide's region is the area the plan governs, and a
    text (or an annotator) may skip the city above a county or the province above
    a city.  A region one level shallower (河北省 beside 河北省石家庄市) or ending
    in another place is not the same.  Levels are cut where a name ends in a
    level's character, so a name that holds one (福州市, 金乡县, 萍乡市) is cut
    there too, and still drops or stays whole."""
    a, b = fold(g), fold(p)
    if a == b:
        return True
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short[-1] not in _AREA_END or long_[-1] not in _AREA_END:
        return False
    return _drops_levels(long_, short)


def _drops_levels(long_: str, short: str) -> bool:
    """Whether ``short`` is ``long_`` with some of its levels (not the last) left out:
    ``long_`` read left to right, each level matched character by character or,
    where a level starts in both, skipped whole."""
    n, m = len(long_), len(short)
    todo, seen = [(0, 0)], set()
    while todo:
        i, j = todo.pop()
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if i == n and j == m:
            return True
        if i < n and j < m and long_[i] == short[j]:
            todo.append((i + 1, j + 1))
        if i < n and (i == 0 or long_[i - 1] in _AREA_END) and (j == 0 or short[j - 1] in _AREA_END):
            todo.extend((k, j) for k in range(i + 1, n) if long_[k - 1] in _AREA_END)
    return False


def _meta_equal(name, g, p) -> bool:
    if name == "region":
        return same_area(g, p)
    if name == "draft":
        return bool(g) == bool(p)
    if name == "period":
        return (list(g) if g else None) == (list(p) if p else None)
    return fold(g) == fold(p)


def _matched(kind: str, gold: list, pred: list, pairs: list, show, errors: list, src: str) -> PRF:
    """Counts for one-to-one ``pairs``; every unmatched item is listed in ``errors``."""
    mg = {g for g, _ in pairs}
    mp = {p for _, p in pairs}
    errors.extend(f"{src} {kind} missed: {show(g)}" for i, g in enumerate(gold) if i not in mg)
    errors.extend(f"{src} {kind} extra: {show(p)}" for i, p in enumerate(pred) if i not in mp)
    return PRF(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))


def _show_task(t):
    return f"{t.get('path')} {t.get('anchor')}"


def _show_target(t):
    return f"{t.get('anchor')} {t.get('value')}{t.get('unit') or ''}"


def _show_deadline(d):
    return f"{d.get('text')} → {d.get('start')}..{d.get('end')}"


def score_document(gold: dict, pred: dict, rep: Report, symmetric: bool = False) -> None:
    """Score ``pred`` against ``gold`` into ``rep``.  ``symmetric`` matches tasks
    when either anchor starts with the other (two annotations have anchors,
    not task text: that is how annotator agreement is scored)."""
    src = gold.get("source", "?")
    region = gold["document"].get("region")
    scope = set(gold.get("scope") or SCOPES)
    bad = scope - set(SCOPES)
    if bad:
        raise ValueError(f"{src}: unknown scope {sorted(bad)} (allowed: {', '.join(SCOPES)})")
    doc_rep = Report()
    doc_rep.scope = scope
    if "tasks" not in scope:
        gold = {**gold, "tasks": []}
        pred = {**pred, "tasks": []}
    if "targets" not in scope:
        gold = {**gold, "targets": []}
        pred = {**pred, "targets": []}
    if "deadlines" not in scope:
        gold = {**gold, "deadlines": []}
        pred = {**pred, "deadlines": []}
    # metadata
    fields = META_FIELDS + tuple(f for f in OPTIONAL_META if f in gold["document"])
    for f in (fields if "document" in scope else ()):
        ok = _meta_equal(f, gold["document"].get(f), pred["document"].get(f))
        doc_rep.meta_total += 1
        doc_rep.meta_right += ok
        if not ok:
            doc_rep.errors.append(f"{src} metadata.{f}: gold {gold['document'].get(f)!r} != {pred['document'].get(f)!r}")
    # tasks and responsibilities
    gt, pt = gold.get("tasks", []), pred.get("tasks", [])
    tp = match_tasks(gt, pt, symmetric)
    doc_rep.tasks = _matched("task", gt, pt, tp, _show_task, doc_rep.errors, src)
    matched_g = {g for g, _ in tp}
    matched_p = {p for _, p in tp}
    resp = PRF()
    for gi, pi in tp:
        gu = [(unit_key(u["name"], region), u["role"]) for u in gt[gi]["units"]]
        pu = [(unit_key(u["name"], region), u["role"]) for u in pt[pi]["units"]]
        rest = list(pu)
        for u in gu:
            if u in rest:
                rest.remove(u)
                resp.tp += 1
            else:
                resp.fn += 1
                doc_rep.errors.append(f"{src} unit missed: {gt[gi]['path']} {u}")
        resp.fp += len(rest)
        for u in rest:
            doc_rep.errors.append(f"{src} unit extra: {gt[gi]['path']} {u}")
    for gi, g in enumerate(gt):
        if gi not in matched_g:
            resp.fn += len(g["units"])
    for pi, p in enumerate(pt):
        if pi not in matched_p:
            resp.fp += len(p.get("units", []))
    doc_rep.responsibilities = resp
    # targets
    gtg, ptg = gold.get("targets", []), pred.get("targets", [])
    pairs = match_targets(gtg, ptg)
    doc_rep.targets = _matched("target", gtg, ptg, pairs, _show_target, doc_rep.errors, src)
    for gi, pi in pairs:
        for f in TARGET_FIELDS:
            ok = gtg[gi].get(f) == ptg[pi].get(f)
            doc_rep.target_fields[f][1] += 1
            doc_rep.target_fields[f][0] += ok
            if not ok:
                doc_rep.errors.append(f"{src} target.{f} {gtg[gi]['anchor']}: gold {gtg[gi].get(f)!r} != {ptg[pi].get(f)!r}")
    # deadlines
    gd, pd = gold.get("deadlines", []), pred.get("deadlines", [])
    dp = match_deadlines(gd, pd)
    doc_rep.deadlines = _matched("deadline", gd, pd, dp, _show_deadline, doc_rep.errors, src)
    # fold into the total
    rep.per_doc[src] = doc_rep
    rep.add_report(doc_rep)


def default_gold_dir() -> Path:
    """The gold of the five seed plans shipped with zhengce (``corpus/gold``)."""
    from .rules import SEED_CORPUS

    return SEED_CORPUS / "gold"


def find_document(gold_dir: Path, source: str, corpus_dirs=()) -> Path | None:
    for d in (gold_dir, gold_dir.parent, *corpus_dirs):
        p = Path(d) / source
        if p.exists():
            return p
    return None


def evaluate(gold_dir=None, corpus_dirs=()) -> Report:
    """Run the pipeline on every document that has a gold file and score it."""
    from .store.export import to_record
    from .pipeline import parse_file

    gold_dir = Path(gold_dir) if gold_dir else default_gold_dir()
    rep = Report()
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"{gold_dir}: no gold *.json files")
    for gf in files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        src = find_document(gold_dir, gold["source"], corpus_dirs)
        if src is None:
            raise FileNotFoundError(f"{gf.name}: document {gold['source']} not found beside the gold or in the corpus")
        pred = to_record(parse_file(src))
        score_document(gold, pred, rep)
    return rep


def agreement(gold_dir, second_dir) -> Report:
    """Score a second, independent annotation against the gold, file by file
    (the files of ``second_dir`` that have a namesake in ``gold_dir``): the
    agreement between annotators, the ceiling the pipeline is held to.  Task
    anchors match when either starts with the other."""
    gold_dir, second_dir = Path(gold_dir), Path(second_dir)
    rep = Report()
    files = sorted(second_dir.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"{second_dir}: no *.json annotation files")
    for sf in files:
        gf = gold_dir / sf.name
        if not gf.exists():
            raise FileNotFoundError(f"{sf.name}: no gold file of that name in {gold_dir}")
        gold = json.loads(gf.read_text(encoding="utf-8"))
        second = json.loads(sf.read_text(encoding="utf-8"))
        score_document(gold, second, rep, symmetric=True)
    return rep
