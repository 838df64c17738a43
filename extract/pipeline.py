"""The pipeline: file → Document with every fact and its span.

The stages, in order; each is a function from its inputs to its outputs, and
``parse_text`` below is the one place that calls them and keeps what they return::

    read      read/ingest.read_document   file → stored text + table blocks (cells with spans)
              read/normalize              text → canonical text of the same length (look-alikes,
                                          full-width forms, traditional characters; page marks blanked)
    find      structure.read(norm)                    → Layout: lines, body, title lines,
                                                        attachments, heading tree, draft mark
              metadata.read(text, norm, layout)       → Metadata: title, 发文字号, issuer, region,
                                                        level, dates, period, draft
              genre.detect(title, doc_number)         → plan | work report | regulation | reply | …
              table_blocks.rows_from_blocks(norm, blocks) → TableFacts: task rows, year columns,
                                                        inventories
              structure.report_review / progress_results / result_paragraphs → review spans: a plan
                                                        report's review of last year, lines of results
              conventions.find_conventions(norm, …)   → conventions stated once (列第一位…下同)
              tasks.find(id, norm, layout, table facts, conventions, reviews) → tasks and their clause units
              tasks.dropped_items(norm, tasks, conventions) → clause items that are not units (warnings)
    resolve   resolve/roles.resolve(doc)  conventions applied to every clause (in place)
    find      deadlines.doc_deadlines(doc), find_phases(doc), targets.find_targets(doc)
                                          → deadlines, phases, quantitative targets
              units.find_mentions(…), parse_roster(…) → unit mentions, leading-group roster
    resolve   prose_roles.hint(doc)       role hints (由X牵头, 请X, Y配合) on the mentions a task's prose names

Extraction is a pure function of the file's bytes: no database, no global
state, so it runs the same in a worker process or on a Dask cluster.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .find import conventions, genre, metadata, structure, table_blocks, tasks
from .models import Document
from .read.normalize import canonical, mask_furniture, normalize, unflatten
from .resolve import prose_roles, roles


def parse_text(text: str, source: str = "<text>", path: str = "", sha256: str | None = None,
               fmt: str = "txt", encoding: str | None = None, warnings=None, tables=(),
               emphasis=()) -> Document:
    """Every fact of a text (``tables``: the reader's table blocks, whose cell
    spans index ``text``; ``emphasis``: the reader's spans of text set apart by
    its typeface, the layout evidence of headings a PDF does not number)."""
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    norm = unflatten(mask_furniture(normalize(text)))
    doc = Document(id=sha256[:16], source=source, path=path, sha256=sha256, fmt=fmt,
                   encoding=encoding, text=text, norm=norm)
    doc.warnings = list(warnings or [])
    doc.tables = list(tables)
    layout = structure.read(norm, emphasis)
    doc.set_layout(layout)
    doc.meta = metadata.read(text, norm, layout)
    doc.genre, doc.genre_rule = genre.detect(normalize(doc.meta.title or ""), doc.meta.doc_number)
    facts = _table_facts(norm, doc.tables)
    doc.table_rows, doc.table_spans, doc.year_cells = facts.rows, facts.table_spans, facts.year_cells
    doc.inventory_spans, doc.quiet_spans, doc.retro_spans = facts.inventory_spans, facts.quiet_spans, facts.retro_spans
    doc.indicator_cells = facts.indicator_cells
    doc.quota_cells = facts.quota_cells
    if doc.genre_rule == "genre.plan_report":       # 关于2019年…计划执行情况与2020年…计划草案的报告
        doc.review_spans = structure.report_review(norm, layout, (doc.meta.period or (None,))[0])
    results = structure.progress_results(norm, layout)   # 现将工作落实情况汇报如下: a progress report
    if results is not None:
        doc.review_spans = doc.review_spans + results
    doc.review_spans = doc.review_spans + structure.result_paragraphs(norm, layout)   # 此项工作已完成。…
    if genre.assigns_work(doc.genre):
        doc.conventions = conventions.find_conventions(norm, layout.body_start, len(norm))
        doc.tasks = tasks.find(doc.id, norm, layout, facts, doc.conventions, doc.review_spans,
                               progress=results is not None)
        doc.dropped = tasks.dropped_items(norm, doc.tasks, doc.conventions)
        roles.resolve(doc)
    _facts(doc)
    _canonical_strings(doc)
    return doc


def _table_facts(norm: str, blocks: list) -> table_blocks.TableFacts:
    """Rows, year columns, inventories and quiet cells of the reader's tables."""
    if not blocks:
        return table_blocks.TableFacts()
    from .find.unit_lists import split_units
    return table_blocks.rows_from_blocks(norm, blocks, split_units)


def _facts(doc: Document) -> None:
    """Deadlines, phases, targets, mentions and the leading group."""
    from .find import deadlines, targets, units

    doc.deadlines = deadlines.doc_deadlines(doc)
    if doc.meta.period is None:                 # no period in the title: the window it is in force
        doc.meta.period = deadlines.validity_period(doc.deadlines)
    doc.phases = deadlines.find_phases(doc)
    doc.targets = targets.find_targets(doc)
    _link_tasks(doc)
    clause_spans = [(u.start, u.end) for t in doc.tasks for u in t.units]
    doc.mentions = units.find_mentions(doc.norm, doc.body_start, doc.body_end, clause_spans)
    prose_roles.hint(doc)
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


def _canonical_strings(doc: Document) -> None:
    """Facts show canonical characters (no Kangxi-radical look-alikes or
    full-width digits); the stored text keeps what the file had, and spans are
    unchanged (one for one)."""
    m = doc.meta
    m.title, m.issuer, m.doc_number = canonical(m.title), canonical(m.issuer), canonical(m.doc_number)
    for t in doc.tasks:
        t.anchor, t.text = canonical(t.anchor), canonical(t.text)
        for u in t.units:
            u.name, u.written = canonical(u.name), canonical(u.written)
    for t in doc.targets:
        t.anchor, t.text, t.unit = canonical(t.anchor), canonical(t.text), canonical(t.unit)
    for d in doc.deadlines:
        d.text = canonical(d.text)
    for x in doc.mentions:
        x.name = canonical(x.name)
    for d in doc.dropped:
        d.text = canonical(doc.text[d.start:d.end])


def parse_file(path) -> Document:
    from .read.ingest import read_document

    ing = read_document(path)
    return parse_text(ing.text, source=ing.source, path=str(Path(path)), sha256=ing.sha256,
                      fmt=ing.fmt, encoding=ing.encoding, warnings=ing.warnings, tables=ing.tables,
                      emphasis=ing.emphasis)
