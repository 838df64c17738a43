"""The pipeline's stages are functions from inputs to outputs; the Document
wrappers (structure.build, metadata.extract, tasks.build) give the same facts."""
import dataclasses

from extract.find import metadata, structure, tasks
from extract.find.conventions import find_conventions
from extract.find.table_blocks import TableFacts
from extract.models import Document, Layout, Metadata
from extract.pipeline import parse_text
from extract.read.normalize import mask_furniture, normalize

PLAN = """甲市人民政府办公室关于印发甲市乙丙行动计划(2024—2027年)的通知
各区县:
现将《甲市乙丙行动计划(2024—2027年)》印发给你们。
甲市人民政府办公室
2024年5月6日
(征求意见稿)
甲市乙丙行动计划(2024—2027年)
一、总体要求
到2027年,完成目标。
二、重点任务
(一)建设平台。市发展改革委牵头,市财政局配合。2025年底前完成。
(二)完善机制。由市科技局负责。
附件:分工表
"""


def test_stages_return_their_results_and_leave_their_inputs_alone():
    norm = mask_furniture(normalize(PLAN))
    layout = structure.read(norm)
    assert isinstance(layout, Layout)
    assert [s.label for s in layout.sections if s.kind != "para"] == ["一", "二", "(一)", "(二)"]
    assert layout.draft and layout.title_lines and layout.body_start < layout.body_end
    meta = metadata.read(PLAN, norm, layout)
    assert isinstance(meta, Metadata)
    assert meta.issuer == "甲市人民政府办公室" and meta.signed == "2024-05-06" and meta.draft
    before = dataclasses.astuple(layout)
    found = tasks.find("d", norm, layout, TableFacts(), find_conventions(norm))
    assert [t.path for t in found] == [("二", "(一)"), ("二", "(二)")]
    assert [(u.name, u.role) for u in found[0].units] == [("市发展改革委", "lead"), ("市财政局", "cooperating")]
    assert dataclasses.astuple(layout) == before


def test_document_wrappers_give_what_the_pipeline_gives():
    doc = parse_text(PLAN)
    old = Document(doc.id, doc.source, "", doc.sha256, "txt", None, doc.text, doc.norm)
    structure.build(old)
    assert old.layout == doc.layout
    assert metadata.extract(old) == doc.meta == old.meta
    tasks.build(old)
    assert old.tasks == doc.tasks and old.conventions == doc.conventions
