"""A Document as annotations: spaCy ``Doc``s, doccano JSONL, Label Studio tasks.

Every format carries the same labelled character spans over the stored text
(``doc.text``, which every fact's ``start``/``end`` indexes):

==========================  =================================================
label                       span
==========================  =================================================
``TASK``                    a task (``Task.start``–``Task.end``)
``UNIT_lead``,              a unit named in a responsibility clause, by role
``UNIT_responsible``,
``UNIT_cooperating``
``TARGET``                  a quantitative target
``DEADLINE``                a deadline expression
==========================  =================================================

and the same per-document metadata (:func:`annotation_meta`): the plan's
metadata as in the gold files, and for every span what the pipeline read from
it (a task's path and anchor, a unit's normalised name and the tasks it is
attached to, a target's value, unit, comparator and flags, a deadline's
dates); a government work report also gets GUIDE.md's ``scope``
(document and targets).  ``store/import_gold.py`` reads a corrected export back into a
GUIDE.md gold file: spans left as exported keep those attributes; spans a
researcher added or changed are read from their text.

spaCy ``Doc``s are tokenised one token per character, so every span aligns to
tokens and ``doc.text`` is the stored text exactly; facts are span groups
(``doc.spans["tasks"]``, ``["units"]``, ``["targets"]``, ``["deadlines"]``),
their attributes are in ``span._.zhengce`` (register it with
:func:`register_extensions` before reading a ``DocBin``) and the whole record
is in ``doc.user_data["zhengce"]``.  spaCy is imported only by the functions
that need it.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..models import Document

ROLES = ("lead", "responsible", "cooperating")
LABELS = ("TASK",) + tuple(f"UNIT_{r}" for r in ROLES) + ("TARGET", "DEADLINE")
GROUPS = {"TASK": "tasks", "TARGET": "targets", "DEADLINE": "deadlines",
          **{f"UNIT_{r}": "units" for r in ROLES}}
FORMATS = ("spacy", "doccano", "label-studio")
META_KEY = "zhengce"          # the per-document metadata's key in every format
WORK_REPORT_SCOPE = ("document", "targets")   # GUIDE.md: a work report is scored on these only
TARGET_FIELDS = ("anchor", "value", "value_max", "unit", "comparator", "growth", "per_year",
                 "aspirational", "deadline")


def annotation_meta(doc: Document) -> dict:
    """What the pipeline read, keyed by span: the export's per-document metadata."""
    m = doc.meta
    units: dict = {}
    for t in doc.tasks:
        for u in t.units:
            key = (u.start, u.end, u.name, u.role)
            e = units.setdefault(key, {"span": [u.start, u.end], "name": u.name, "role": u.role,
                                       "tasks": []})
            if [t.start, t.end] not in e["tasks"]:
                e["tasks"].append([t.start, t.end])
    targets = []
    for t in doc.targets:
        d = {"span": [t.start, t.end], "anchor": t.anchor, "value": t.value, "unit": t.unit,
             "comparator": t.comparator, "growth": t.growth, "per_year": t.per_year,
             "aspirational": t.aspirational, "deadline": t.deadline}
        if t.value_max is not None:
            d["value_max"] = t.value_max
        targets.append(d)
    deadlines = []
    for dl in doc.deadlines:
        d = {"span": [dl.start, dl.end], "text": dl.text, "end": dl.date_end}
        if dl.date_start:
            d["start"] = dl.date_start
        deadlines.append(d)
    scope = {"scope": list(WORK_REPORT_SCOPE)} if doc.genre == "work_report" else {}
    return {
        **scope,
        "source": doc.source, "id": doc.id, "sha256": doc.sha256, "genre": doc.genre,
        "document": {"title": m.title, "doc_number": m.doc_number, "issuer": m.issuer,
                     "region": m.region, "level": m.level, "signed": m.signed,
                     "published": m.published, "period": m.period, "draft": m.draft},
        "tasks": [{"span": [t.start, t.end], "path": list(t.path), "anchor": t.anchor} for t in doc.tasks],
        "units": list(units.values()),
        "targets": targets,
        "deadlines": deadlines,
    }


def labelled_spans(doc: Document) -> list:
    """``[(start, end, label)]`` of every fact, each span and label once, in text order."""
    seen = set()
    out = []

    def add(s, e, label):
        if e > s and (s, e, label) not in seen:
            seen.add((s, e, label))
            out.append((s, e, label))

    for t in doc.tasks:
        add(t.start, t.end, "TASK")
        for u in t.units:
            add(u.start, u.end, f"UNIT_{u.role}")
    for t in doc.targets:
        add(t.start, t.end, "TARGET")
    for d in doc.deadlines:
        add(d.start, d.end, "DEADLINE")
    out.sort(key=lambda x: (x[0], -x[1], LABELS.index(x[2])))
    return out


# ---------------------------------------------------------------- doccano, Label Studio

def to_doccano(doc: Document) -> dict:
    """One line of doccano's sequence-labelling JSONL: ``text``, ``label``
    ``[[start, end, label]]`` and the metadata (doccano keeps unknown keys as
    the example's meta and writes them back on export)."""
    return {"text": doc.text, "label": [list(x) for x in labelled_spans(doc)],
            META_KEY: annotation_meta(doc)}


def to_label_studio(doc: Document, task_id: int | None = None) -> dict:
    """One Label Studio task with the spans as pre-annotations (``predictions``)
    of the ``labels`` type, for the config of :func:`label_studio_config`."""
    result = [{"id": f"zc{i}", "from_name": "label", "to_name": "text", "type": "labels",
               "origin": "prediction",
               "value": {"start": s, "end": e, "text": doc.text[s:e], "labels": [label]}}
              for i, (s, e, label) in enumerate(labelled_spans(doc))]
    task = {"data": {"text": doc.text, META_KEY: annotation_meta(doc)},
            "predictions": [{"model_version": "zhengce", "result": result}]}
    if task_id is not None:
        task["id"] = task_id
    return task


def label_studio_config() -> str:
    """The Label Studio labelling interface the exported tasks fit."""
    colours = {"TASK": "#c7e0f4", "UNIT_lead": "#f4a261", "UNIT_responsible": "#e9c46a",
               "UNIT_cooperating": "#90be6d", "TARGET": "#e76f51", "DEADLINE": "#b388eb"}
    labels = "\n".join(f'    <Label value="{k}" background="{v}"/>' for k, v in colours.items())
    return ('<View>\n  <Labels name="label" toName="text">\n' + labels
            + '\n  </Labels>\n  <Text name="text" value="$text"/>\n</View>\n')


# ---------------------------------------------------------------- spaCy

def register_extensions() -> None:
    """Register ``Span._.zhengce`` (a dict: ``{"tasks": [...], "units": [...],
    "targets": [...], "deadlines": [...]}``, the facts read from that span).
    Call it before reading the attributes of a loaded ``DocBin``."""
    from spacy.tokens import Span

    if not Span.has_extension(META_KEY):
        Span.set_extension(META_KEY, default=None)


def to_spacy(doc: Document, vocab=None):
    """A spaCy ``Doc`` of the plan: one token per character, facts as span groups."""
    from spacy.tokens import Doc, Span

    if vocab is None:
        import spacy
        vocab = spacy.blank("zh").vocab
    register_extensions()
    text = doc.text
    sdoc = Doc(vocab, words=list(text), spaces=[False] * len(text))
    meta = annotation_meta(doc)
    path_of = {tuple(t["span"]): t["path"] for t in meta["tasks"]}
    by_span: dict = {}
    for group in ("tasks", "units", "targets", "deadlines"):
        for f in meta[group]:
            by_span.setdefault((group, *f["span"]), []).append(f)
    groups = {g: [] for g in ("tasks", "units", "targets", "deadlines")}
    for s, e, label in labelled_spans(doc):
        span = sdoc.char_span(s, e, label=label, alignment_mode="expand")
        group = GROUPS[label]
        facts = by_span.get((group, s, e), [])
        if group == "units":
            facts = [f for f in facts if f"UNIT_{f['role']}" == label]
        attrs = dict(span._.get(META_KEY) or {})
        facts = [{k: v for k, v in f.items() if k != "span"} for f in facts]
        for f in facts:
            if group == "units":
                f["task_paths"] = [path_of[tuple(sp)] for sp in f["tasks"] if tuple(sp) in path_of]
        attrs[group] = attrs.get(group, []) + facts
        span._.set(META_KEY, attrs)
        groups[group].append(span)
    for g, spans in groups.items():
        sdoc.spans[g] = spans
    sdoc.user_data[META_KEY] = meta
    return sdoc


def _docbin(docs) -> tuple:
    """(DocBin, count), adding each document as it comes (the Documents are not held)."""
    import spacy
    from spacy.tokens import DocBin

    db = DocBin(attrs=["ORTH", "SPACY"], store_user_data=True)   # characters only: no tags to keep
    vocab = spacy.blank("zh").vocab
    n = 0
    for d in docs:
        db.add(to_spacy(d, vocab))
        n += 1
    return db, n


def read_docbin(path, vocab=None) -> list:
    """The ``Doc``s of an exported ``.spacy`` file, with ``Span._.zhengce`` registered."""
    from spacy.tokens import DocBin

    if vocab is None:
        import spacy
        vocab = spacy.blank("zh").vocab
    register_extensions()
    return list(DocBin().from_disk(path).get_docs(vocab))


# ---------------------------------------------------------------- files

def write_export(docs, fmt: str, out) -> int:
    """Write ``docs`` (an iterable of Documents) to ``out`` in ``fmt``; returns
    how many were written.  Label Studio also gets its labelling config beside
    the tasks (``<out stem>.label_config.xml``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    if fmt == "spacy":
        db, n = _docbin(docs)
        db.to_disk(out)
        return n
    if fmt == "doccano":
        with out.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(to_doccano(d), ensure_ascii=False) + "\n")
                n += 1
        return n
    tasks = [to_label_studio(d, i + 1) for i, d in enumerate(docs)]
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    out.with_name(out.stem + ".label_config.xml").write_text(label_studio_config(), encoding="utf-8")
    return len(tasks)
