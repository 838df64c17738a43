"""Headings a PDF sets apart by typeface instead of numbering them
(find/structure.py, find/tasks.py; rules/headings.yaml ``styled.*``).

A plan printed by an office suite often marks its work items only by type: a
bold run-in heading opening each paragraph of 五、保障措施 (加强组织领导。…), a
楷体 line per track (赛道一：…) over paragraphs whose bold heads are the
tasks.  The PDFs are generated (fixtures_make.styled_pdf): the same plan with
and without the typeface, and near misses that must change nothing."""
from extract.pipeline import parse_file

from fixtures_make import styled_pdf

BODY = "统筹推进各项任务落实，定期研究解决重大问题，确保各项工作有序推进，形成工作合力。"
PLAIN = "全市上下要高度重视，结合实际抓好落实，按照职责分工，细化工作措施，确保取得实效。"


def parse(tmp_path, paras, name="plan.pdf"):
    p = tmp_path / name
    p.write_bytes(styled_pdf(paras))
    return parse_file(p)


def plan(lead="bold", track="hei", title="hei"):
    """A plan: a bold title, 一、 over two tracks set in 黑体, each with a
    whole-line bold field (重点区域：…), two paragraphs opened by a bold run-in
    heading and a bold 标志性成果 paragraph; 二、保障措施 with three bold
    run-in paragraphs."""
    paras = [[("某市人工智能创新发展工作方案", title)],
             [("为加快推进人工智能创新发展，结合我市实际，制定本方案。", "")],
             [("一、特色赛道", "")]]
    for k, name in (("一", "智能制造"), ("二", "智慧农业")):
        paras += [[(f"赛道{k}：{name}", track)],
                  [("重点区域：东城区、西城区", lead)],
                  [(f"{name}平台建设：", lead), ("依托龙头企业，" + BODY, "")],
                  [(f"{name}场景应用：", lead), ("聚焦重点行业，" + BODY, "")],
                  [("标志性成果：", lead), ("到2027年，建成标杆项目5个，" + PLAIN, "")]]
    paras.append([("二、保障措施", "")])
    for head in ("加强组织领导。", "加大政策支持。", "强化要素保障。"):
        paras.append([(head, lead), (BODY, "")])
    return paras


def tasks(doc):
    return {"/".join(t.path): t.text[:12] for t in doc.tasks}


def test_bold_run_in_paragraphs_and_typeface_tracks_are_the_tasks(tmp_path):
    doc = parse(tmp_path, plan())
    assert tasks(doc) == {
        "一/赛道一/¶2": "智能制造平台建设:依托龙", "一/赛道一/¶3": "智能制造场景应用:聚焦重",
        "一/赛道二/¶2": "智慧农业平台建设:依托龙", "一/赛道二/¶3": "智慧农业场景应用:聚焦重",
        "二/¶1": "加强组织领导。统筹推进各", "二/¶2": "加大政策支持。统筹推进各", "二/¶3": "强化要素保障。统筹推进各"}
    assert all(t.rule == "task.lead_paragraph" for t in doc.tasks)
    styled = [s for s in doc.layout.sections if s.kind == "styled"]
    assert [(s.label, s.heading) for s in styled] == [("赛道一", "智能制造"), ("赛道二", "智慧农业")]


def test_a_bold_title_stays_the_title(tmp_path):
    doc = parse(tmp_path, plan())
    assert doc.meta.title == "某市人工智能创新发展工作方案"
    assert not any(s.kind == "styled" and "方案" in s.heading for s in doc.layout.sections)


def test_a_whole_line_field_is_not_a_heading(tmp_path):
    # 重点区域：… is set in bold from end to end, but a "label: value" line is a field
    doc = parse(tmp_path, plan())
    field = [s for s in doc.layout.sections if s.heading.startswith("重点区域")]
    assert [s.kind for s in field] == ["para", "para"] and not any(s.lead for s in field)


def test_without_the_typeface_the_numbered_sections_are_the_tasks(tmp_path):
    doc = parse(tmp_path, plan(lead="", track="", title=""))
    assert sorted(tasks(doc)) == ["一", "二"]
    assert not any(s.kind == "styled" or s.lead for s in doc.layout.sections)


def test_bold_words_inside_paragraphs_change_nothing(tmp_path):
    paras = plan(lead="", track="", title="")
    # bold words in the middle of paragraphs: not at their start, so no run-in heading
    paras = [[(r[0][0][:4], ""), (r[0][0][4:8], "bold"), (r[0][0][8:], "")] if len(r[0][0]) > 20 else r
             for r in paras]
    doc = parse(tmp_path, paras)
    assert sorted(tasks(doc)) == ["一", "二"]
    assert not any(s.kind == "styled" or s.lead for s in doc.layout.sections)


def test_a_standalone_heading_in_another_font_is_a_heading_over_its_paragraphs(tmp_path):
    paras = [[("某市工作方案", "")], [("一、重点任务", "")]]
    for head in ("加强组织领导", "加大政策支持"):
        paras += [[(head, "hei")], [(BODY, "")], [(PLAIN, "")]]
    paras += [[("二、其他事项", "")], [(PLAIN, "")]]
    doc = parse(tmp_path, paras)
    assert [(s.path, s.kind) for s in doc.layout.sections if s.kind != "para"] == [
        (("一",), "cn"), (("一", "¶1"), "styled"), (("一", "¶2"), "styled"), (("二",), "cn")]
    assert sorted(tasks(doc)) == ["一/¶1", "一/¶2", "二"]
    assert doc.tasks[0].text.startswith("加强组织领导\n" + BODY[:10])


def test_a_heading_font_line_that_is_a_sentence_is_not_a_heading(tmp_path):
    # a whole paragraph in 楷体 (a quotation, a note) is long and ends a sentence
    paras = [[("某市工作方案", "")], [("一、重点任务", "")], [(BODY, "")],
             [("注：本方案由市发展改革委负责解释，自印发之日起施行。", "hei")], [(PLAIN, "")],
             [("二、其他事项", "")], [(PLAIN, "")]]
    doc = parse(tmp_path, paras)
    assert not any(s.kind == "styled" for s in doc.layout.sections)


def test_an_enumerator_in_body_type_may_stand_before_the_run_in_heading(tmp_path):
    # 一是 in 仿宋, the heading after it in 楷体 (rules/headings.yaml styled.lead_prefix)
    paras = [[("某市工作方案", "")], [("一、重点任务", "")], [(PLAIN, "")], [("二、支撑能力建设", "")]]
    for k, head in (("一是", "夯实算力基础。"), ("二是", "提升创新能力。")):
        paras.append([(k, ""), (head, "hei"), (BODY, "")])
    doc = parse(tmp_path, paras)
    assert [s.lead for s in doc.layout.sections if s.lead] == ["一是夯实算力基础", "二是提升创新能力"]
    assert sorted(tasks(doc)) == ["一", "二/¶1", "二/¶2"]


def test_a_caption_in_a_heading_font_is_not_a_heading(tmp_path):
    paras = [[("某市工作方案", "")], [("一、重点任务", "")], [(BODY, "")],
             [("表1主要指标", "hei")], [(PLAIN, "")], [("二、其他事项", "")], [(PLAIN, "")]]
    doc = parse(tmp_path, paras)
    assert not any(s.kind == "styled" for s in doc.layout.sections)
    assert sorted(tasks(doc)) == ["一", "二"]
