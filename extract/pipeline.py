"""The pipeline: file → Document with every fact and its span.

    ingest → normalize → structure → metadata → tasks (+ units) → deadlines,
    phases, targets → mentions, leading group

Extraction is a pure function of the file's bytes: no database, no global
state, so it runs the same in a worker process or on a Dask cluster.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .find import metadata, structure, tasks
from .models import Document
from .read.normalize import normalize


def parse_text(text: str, source: str = "<text>", path: str = "", sha256: str | None = None,
               fmt: str = "txt", encoding: str | None = None, warnings=None) -> Document:
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    doc = Document(id=sha256[:16], source=source, path=path, sha256=sha256, fmt=fmt,
                   encoding=encoding, text=text, norm=normalize(text))
    doc.warnings = list(warnings or [])
    structure.build(doc)
    metadata.extract(doc)
    tasks.build(doc)
    _facts(doc)
    return doc


def _facts(doc: Document) -> None:
    """Deadlines, phases, targets, mentions and the leading group."""
    from .find import deadlines, targets, units

    doc.deadlines = deadlines.doc_deadlines(doc)
    doc.phases = deadlines.find_phases(doc)
    doc.targets = targets.find_targets(doc)
    _link_tasks(doc)
    clause_spans = [(u.start, u.end) for t in doc.tasks for u in t.units]
    doc.mentions = units.find_mentions(doc.norm, doc.body_start, doc.body_end, clause_spans)
    for a, b in doc.attachments:
        doc.group.extend(units.parse_roster(doc.norm, a, b))


def _link_tasks(doc: Document) -> None:
    """Attach each target and deadline to the task whose span holds it."""
    spans = sorted((t.start, t.end, t.id) for t in doc.tasks)
    for fact in list(doc.targets) + list(doc.deadlines):
        for s, e, tid in spans:
            if s <= fact.start < e:
                fact.task_id = tid
                break
        if not fact.section_path:
            fact.section_path = doc.section_path_at(fact.start)


def parse_file(path) -> Document:
    from .read.ingest import read_document

    ing = read_document(path)
    return parse_text(ing.text, source=ing.source, path=str(Path(path)), sha256=ing.sha256,
                      fmt=ing.fmt, encoding=ing.encoding, warnings=ing.warnings)
