"""A corrected annotation export (doccano JSONL, Label Studio JSON) → GUIDE.md gold files.

``store/annotate.py`` writes each plan's text, its labelled spans and the
pipeline's reading of each span (the per-document metadata under
``"zhengce"``).  After a researcher corrects the spans in doccano or Label
Studio, :func:`import_gold` turns the export back into one gold file per
document (``corpus/gold/GUIDE.md``), which ``zhengce eval --gold DIR`` scores:

* **tasks** from ``TASK`` spans; a span left as exported keeps its path and
  anchor, a new one takes the path of the heading that starts at the span (or
  of the deepest section around it) and its first words as anchor;
* **units** from ``UNIT_<role>`` spans, with the role from the label; a span
  left in place keeps its normalised name and the tasks it was attached to
  (when those tasks are still there), a new one is attached to the smallest
  task span containing it and named by its text (bracketed aliases dropped);
* **targets** from ``TARGET`` spans: exported ones keep their fields, new ones
  are read with ``find.quantity.parse_quantity``;
* **deadlines** from ``DEADLINE`` spans: exported ones keep their dates, new
  ones are read with ``find.deadlines.parse_deadline`` (relative forms against
  the plan's signing date);
* **document** metadata from the per-document metadata.

A unit outside every task, or a label the importer does not know, is reported
in the gold file's ``notes`` and in the returned warnings, never silently lost.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .annotate import GROUPS, META_KEY, TARGET_FIELDS

IMPORT_FORMATS = ("doccano", "label-studio")
_NUMBER = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇0-9]+[章节条部分]|[((]?[一二三四五六七八九十百零〇0-9]+[))]?"
                     r"|[①-⑳])\s*[、.．,，)）]?\s*")
_ALIAS = re.compile(r"[((][^()()]*[))]$")
_TAIL = re.compile(r"(?:按职责分工负责|按职责分工|负责|等)$")
_VERB_END = re.compile(r"(?:力争|争取|确保|达到|达|为|超过|突破|不少于|不低于|不超过|控制在|保持在|增长|增幅|"
                       r"提高|提升|下降|新增|累计|年均|每年)+$")


class ImportGoldError(ValueError):
    """A file that cannot be read as an annotation export (the message names it and the reason)."""


@dataclass
class Annotated:
    """One document of an export: its text, its labelled spans and the metadata."""
    text: str
    spans: list                       # [(start, end, label)]
    meta: dict = field(default_factory=dict)
    where: str = ""                   # "FILE line N" / "FILE task N", for messages


# ---------------------------------------------------------------- readers

def read_doccano(path) -> list:
    """The documents of a doccano JSONL export (``label`` as ``[[s, e, label]]``,
    or ``entities`` / ``labels`` as dicts with ``start_offset``/``end_offset``)."""
    path = Path(path)
    out = []
    for n, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}: line {n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise ImportGoldError(f"{where}: not JSON ({e.msg})")
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise ImportGoldError(f"{where}: no \"text\" (is this a doccano JSONL export?)")
        raw = rec.get("label", rec.get("labels", rec.get("entities", [])))
        spans = []
        for x in raw or []:
            if isinstance(x, dict):
                spans.append((x.get("start_offset"), x.get("end_offset"), x.get("label")))
            elif isinstance(x, (list, tuple)) and len(x) == 3:
                spans.append(tuple(x))
            else:
                raise ImportGoldError(f"{where}: label {x!r} is not [start, end, label]")
        meta = rec.get(META_KEY) or (rec.get("meta") or {}).get(META_KEY) or {}
        out.append(Annotated(rec["text"], _checked(spans, rec["text"], where), meta, where))
    if not out:
        raise ImportGoldError(f"{path}: no documents in the file")
    return out


def read_label_studio(path) -> list:
    """The documents of a Label Studio JSON export: each task's latest
    annotation that was not cancelled, else its first prediction."""
    path = Path(path)
    try:
        tasks = json.loads(_read(path))
    except json.JSONDecodeError as e:
        raise ImportGoldError(f"{path}: not JSON ({e.msg} at line {e.lineno})")
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list) or not tasks:
        raise ImportGoldError(f"{path}: no tasks (is this a Label Studio JSON export?)")
    out = []
    for n, task in enumerate(tasks, 1):
        where = f"{path}: task {task.get('id', n) if isinstance(task, dict) else n}"
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise ImportGoldError(f"{where}: no data.text (is this a Label Studio JSON export?)")
        done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
        if done:
            result = max(done, key=lambda a: (a.get("updated_at") or a.get("created_at") or "", a.get("id") or 0))["result"]
        else:
            preds = task.get("predictions") or []
            result = preds[0].get("result", []) if preds else []
        spans = []
        for r in result or []:
            if r.get("type") not in ("labels", "hypertextlabels"):
                continue
            v = r.get("value") or {}
            for label in v.get("labels") or v.get("hypertextlabels") or []:
                spans.append((v.get("start"), v.get("end"), label))
        out.append(Annotated(data["text"], _checked(spans, data["text"], where), data.get(META_KEY) or {}, where))
    return out


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportGoldError(f"{path}: no such file")
    except UnicodeDecodeError:
        raise ImportGoldError(f"{path}: not UTF-8 text")


def _checked(spans, text, where) -> list:
    out = []
    for s, e, label in spans:
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            raise ImportGoldError(f"{where}: span [{s}, {e}] of {label!r} is outside the text "
                                  f"({len(text)} characters)")
        out.append((s, e, str(label)))
    return out


# ---------------------------------------------------------------- spans → gold

def to_gold(ann: Annotated) -> tuple:
    """``(gold dict, warnings)`` for one annotated document."""
    text, meta, where = ann.text, ann.meta, ann.where
    warnings = []
    spans = sorted(set(ann.spans), key=lambda x: (x[0], -x[1], x[2]))
    by_group: dict = {"tasks": [], "units": [], "targets": [], "deadlines": []}
    for s, e, label in spans:
        g = GROUPS.get(label)
        if g is None:
            warnings.append(f"{where}: label {label!r} at [{s}, {e}] ({text[s:e]}) is not one of "
                            f"{', '.join(GROUPS)}; ignored")
            continue
        by_group[g].append((s, e, label))
    source = meta.get("source")
    if not source:
        raise ImportGoldError(f"{where}: no source file name in the document's metadata "
                              f"(\"{META_KEY}\": {{\"source\": ...}}); was it exported by zhengce export?")
    document = dict(meta.get("document") or {})
    for k in ("title", "doc_number", "issuer", "region", "level", "signed", "published", "period"):
        document.setdefault(k, None)

    # tasks
    old_tasks = {tuple(t["span"]): t for t in meta.get("tasks", [])}
    parsed = None
    tasks = []
    for s, e, _ in by_group["tasks"]:
        t = old_tasks.get((s, e))
        if t is None:
            if parsed is None:
                from ..pipeline import parse_text
                parsed = parse_text(text, source=source)
            path, anchor = _new_task(parsed, text, s, e)
        else:
            path, anchor = list(t["path"]), t["anchor"]
        tasks.append({"path": path, "anchor": anchor, "units": [], "_span": (s, e)})
    task_at = {t["_span"]: t for t in tasks}

    # units
    old_units: dict = {}
    for u in meta.get("units", []):
        old_units.setdefault(tuple(u["span"]), []).append(u)
    for s, e, label in by_group["units"]:
        role = label[len("UNIT_"):]
        olds = old_units.get((s, e), [])
        same_role = [u for u in olds if u["role"] == role]
        olds = same_role or olds
        placed = False
        for u in olds:
            owners = [task_at[tuple(sp)] for sp in u.get("tasks", []) if tuple(sp) in task_at]
            for t in owners:
                _add_unit(t, u["name"], role)
                placed = True
        if placed:
            continue
        names = sorted({u["name"] for u in olds}) or [_unit_name(text[s:e])]
        inside = [t for t in tasks if t["_span"][0] <= s and e <= t["_span"][1]]
        if not inside:
            warnings.append(f"{where}: unit {text[s:e]!r} at [{s}, {e}] is inside no task span; not recorded")
            continue
        owner = min(inside, key=lambda t: t["_span"][1] - t["_span"][0])
        for name in names:
            _add_unit(owner, name, role)

    # targets
    old_targets: dict = {}
    for t in meta.get("targets", []):
        old_targets.setdefault(tuple(t["span"]), []).append(t)
    targets = []
    for s, e, _ in by_group["targets"]:
        olds = old_targets.get((s, e))
        if olds:
            targets.extend({k: t[k] for k in TARGET_FIELDS if k in t} for t in olds)
            continue
        t = _new_target(text[s:e])
        if t is None:
            warnings.append(f"{where}: target {text[s:e]!r} at [{s}, {e}] has no number; not recorded")
        else:
            targets.append(t)

    # deadlines
    old_deadlines: dict = {}
    for d in meta.get("deadlines", []):
        old_deadlines.setdefault(tuple(d["span"]), []).append(d)
    deadlines = []
    for s, e, _ in by_group["deadlines"]:
        olds = old_deadlines.get((s, e))
        if olds:
            deadlines.extend({k: d[k] for k in ("text", "start", "end") if k in d} for d in olds)
            continue
        d = _new_deadline(text[s:e], document.get("signed") or document.get("published"))
        if d is None:
            warnings.append(f"{where}: deadline {text[s:e]!r} at [{s}, {e}] is not a date zhengce can read; "
                            f"not recorded")
        else:
            deadlines.append(d)

    for t in tasks:
        del t["_span"]
    gold = {"source": source, "document": document, "tasks": tasks, "targets": targets,
            "deadlines": deadlines,
            "notes": [f"imported by zhengce import-gold from {where.rsplit(':', 1)[0]}"] + warnings}
    if meta.get("scope"):
        gold["scope"] = meta["scope"]
    return gold, warnings


def _add_unit(task: dict, name: str, role: str) -> None:
    u = {"name": name, "role": role}
    if u not in task["units"]:
        task["units"].append(u)


def _unit_name(written: str) -> str:
    n = re.sub(r"\s+", "", written).strip("、,，;；:：")
    n = _TAIL.sub("", n)
    while _ALIAS.search(n) and not n.endswith("(市)区政府"):
        n = _ALIAS.sub("", n)
    return n


def _new_task(doc, text: str, s: int, e: int) -> tuple:
    """Path and anchor of a task span the export did not have."""
    for sec in doc.sections:
        if sec.start == s or (sec.start >= s and not text[s:sec.start].strip()):
            return list(sec.path), sec.heading[:40]
    path = list(doc.section_path_at(s))
    body = _NUMBER.sub("", text[s:e], count=1).strip()
    anchor = re.split(r"[。;；\n]", body, maxsplit=1)[0][:20] or body[:20]
    return path, anchor


def _new_target(span_text: str) -> dict | None:
    """A target read from a span's text: the last quantity that is not a threshold inside the indicator."""
    from ..find.quantity import lead_strip, parse_quantity

    q, pos = None, 0
    best, best_pos = None, 0
    while pos < len(span_text):
        q = parse_quantity(span_text[pos:])
        if q is None:
            break
        if best is None or not q.modifier:
            best, best_pos = q, pos
        pos += max(q.suffix_end, q.end, 1)
    if best is None:
        return None
    q = best
    head = span_text[:best_pos + q.start]
    anchor = lead_strip(head)[0].strip(" ,，、:：")
    anchor = _VERB_END.sub("", anchor).strip(" ,，、:：") or span_text[best_pos + q.suffix_end:].strip(" 。,，的")
    t = {"anchor": anchor, "value": _num(q.value), "unit": q.unit, "comparator": q.comparator,
         "growth": bool(q.growth), "per_year": bool(q.per_year), "aspirational": bool(q.aspirational),
         "deadline": None}
    if q.value_max is not None:
        t["value_max"] = _num(q.value_max)
    return t


def _num(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _new_deadline(span_text: str, base) -> dict | None:
    from ..find.deadlines import parse_deadline

    d = parse_deadline(span_text, base_date=base)
    if d is None or not d.date_end:
        return None
    out = {"text": span_text, "end": d.date_end}
    if d.date_start:
        out["start"] = d.date_start
    return out


# ---------------------------------------------------------------- files

def read_export(path, fmt: str | None = None) -> list:
    """The annotated documents of an export; ``fmt`` defaults from the suffix
    (``.jsonl`` doccano, ``.json`` Label Studio)."""
    path = Path(path)
    if fmt is None:
        fmt = "doccano" if path.suffix.lower() == ".jsonl" else "label-studio"
    if fmt == "doccano":
        return read_doccano(path)
    if fmt == "label-studio":
        return read_label_studio(path)
    raise ImportGoldError(f"unknown annotation format {fmt!r} (choose {', '.join(IMPORT_FORMATS)})")


def import_gold(path, out_dir, fmt: str | None = None) -> tuple:
    """Write one gold file per document of the export at ``path`` into
    ``out_dir`` (named after the source: ``000_x.txt`` → ``000_x.json``).
    Returns ``(written paths, warnings)``.  Put ``out_dir`` beside the plans
    (``corpus/gold``) or in the same folder as them so ``zhengce eval --gold``
    finds the texts."""
    docs = read_export(path, fmt)
    golds = [to_gold(a) for a in docs]          # read everything before writing anything
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written, warnings = [], []
    for gold, warns in golds:
        p = out_dir / (Path(gold["source"]).stem + ".json")
        p.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(p)
        warnings.extend(warns)
    return written, warnings
