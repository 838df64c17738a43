"""Tables as blocks in every format: the same division-of-labour table, with a
牵头单位 cell merged over three rows, a 完成时限 cell merged over two and a group
row spanning all columns, rendered as PDF (reportlab, ruling lines), DOCX
(python-docx ``cell.merge``: gridSpan / vMerge) and HTML (rowspan / colspan),
gives the same rows through ``read_bytes`` and ``rows_from_blocks``."""
from __future__ import annotations

import io

import pytest

from extract.find.table_blocks import rows_from_blocks
from extract.find.unit_lists import split_units
from extract.read.blocks import Cell, Table, layout
from extract.read.ingest import read_bytes

HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
GROUP = "一、优化营商环境"
# None: covered by the merged cell above
BODY = [
    ["1", "推进政务服务一网通办", "省政务办", "省发展改革委", "2026年6月底"],
    ["2", "深化工程建设项目审批制度改革", None, "省住房城乡建设厅", None],
    ["3", "完善信用监管体系", None, "省市场监管局", "2026年12月底"],
    ["4", "加强知识产权保护", "省知识产权局", "省公安厅", "2027年底"],
]
INTRO = "为推动方案落地，制定本分工表。"
OUTRO = "各单位要按时报送进展情况。"
EXPECTED = [
    ("1", "推进政务服务一网通办", [("省政务办", "lead"), ("省发展改革委", "cooperating")], "2026年6月底"),
    ("2", "深化工程建设项目审批制度改革", [("省政务办", "lead"), ("省住房城乡建设厅", "cooperating")], "2026年6月底"),
    ("3", "完善信用监管体系", [("省政务办", "lead"), ("省市场监管局", "cooperating")], "2026年12月底"),
    ("4", "加强知识产权保护", [("省知识产权局", "lead"), ("省公安厅", "cooperating")], "2027年底"),
]
# merged cells as (row, col, rows, cols) in the grid (row 0 the header)
SPANS = [(1, 0, 1, 5), (2, 2, 3, 1), (2, 4, 2, 1)]


def _grid():
    rows = [HEADER, [GROUP] + [None] * 4] + BODY
    return [[c if c is not None else "" for c in r] for r in rows]


def as_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table as RLTable, TableStyle

    from tests.fixtures_make import _FONT, _font
    _font()
    st = ParagraphStyle("p", fontName=_FONT, fontSize=10.5, leading=16)
    cell = ParagraphStyle("c", fontName=_FONT, fontSize=9, leading=12)
    data = [[Paragraph(c, cell) if c else "" for c in r] for r in _grid()]
    t = RLTable(data, colWidths=[36, 160, 70, 90, 70])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
                          + [("SPAN", (c, r), (c + w - 1, r + h - 1)) for r, c, h, w in SPANS]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(INTRO, st), t, Paragraph(OUTRO, st)])
    return buf.getvalue()


def as_docx() -> bytes:
    import docx
    d = docx.Document()
    d.add_paragraph(INTRO)
    g = _grid()
    t = d.add_table(rows=len(g), cols=5)
    t.style = "Table Grid"
    for i, r in enumerate(g):
        for j, c in enumerate(r):
            if c:
                t.cell(i, j).text = c
    for r, c, h, w in SPANS:
        t.cell(r, c).merge(t.cell(r + h - 1, c + w - 1))
    d.add_paragraph(OUTRO)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def as_html() -> bytes:
    covered = {(r + a, c + b) for r, c, h, w in SPANS for a in range(h) for b in range(w) if a or b}
    span = {(r, c): (h, w) for r, c, h, w in SPANS}
    out = [f"<html><head><meta charset='utf-8'></head><body><p>{INTRO}</p><table border='1'>"]
    for i, r in enumerate(_grid()):
        out.append("<tr>")
        for j, c in enumerate(r):
            if (i, j) in covered:
                continue
            h, w = span.get((i, j), (1, 1))
            tag = "th" if i == 0 else "td"
            attrs = (f" rowspan='{h}'" if h > 1 else "") + (f" colspan='{w}'" if w > 1 else "")
            out.append(f"<{tag}{attrs}>{c}</{tag}>")
        out.append("</tr>\n")
    out.append(f"</table><p>{OUTRO}</p></body></html>")
    return "".join(out).encode("utf-8")


def _rows(ing):
    facts = rows_from_blocks(ing.text, ing.tables, split_units)
    return [(r.number, r.task, [(u.name, u.role) for u in r.units], r.deadline, r.group) for r in facts.rows]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_merged_table_gives_the_same_rows_in_every_format(fmt):
    data = {"pdf": as_pdf, "docx": as_docx, "html": as_html}[fmt]()
    ing = read_bytes(data, f"plan.{fmt}")
    assert ing.fmt == fmt
    assert len(ing.tables) == 1
    t = ing.tables[0]
    for r in t.rows:                                   # every span indexes the stored text
        assert ing.text[r.start:r.end].startswith(r.cells[0].text)
        for c in r.cells:
            assert ing.text[c.start:c.end] == c.text
            assert (c.merged is None) or c.text == ""
    assert [len(r.cells) for r in t.rows] == [5] * 6
    assert [c.merged for c in t.rows[1].cells] == [None] + ["left"] * 4       # the group row
    assert [c.merged for c in t.rows[3].cells] == [None, None, "up", None, "up"]
    assert [c.merged for c in t.rows[4].cells] == [None, None, "up", None, None]
    assert [x[:4] for x in _rows(ing)] == EXPECTED
    assert {x[4] for x in _rows(ing)} == {GROUP}
    assert INTRO in ing.text and OUTRO in ing.text


def test_pipeline_reads_the_same_tasks_from_every_format():
    from extract.pipeline import parse_text
    seen = []
    for fmt, make in (("pdf", as_pdf), ("docx", as_docx), ("html", as_html)):
        ing = read_bytes(make(), f"plan.{fmt}")
        doc = parse_text(ing.text, fmt=ing.fmt, tables=ing.tables)
        seen.append(sorted((r.number, r.task, tuple((u.name, u.role) for u in r.units), r.deadline)
                           for r in doc.table_rows))
    assert seen[0] == seen[1] == seen[2]
    assert [x[0] for x in seen[0]] == ["1", "2", "3", "4"]


def test_html_rowspan_keeps_later_rows_in_their_columns():
    html = ("<table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td></tr>"
            "<tr><td>1</td><td>甲</td><td rowspan='2'>省发展改革委</td><td>省财政厅</td></tr>"
            "<tr><td>2</td><td>乙</td><td>省商务厅</td></tr></table>").encode()
    ing = read_bytes(html, "a.html")
    assert ing.text.splitlines()[-1] == "2 | 乙 |  | 省商务厅"
    row = ing.tables[0].rows[2].cells
    assert [c.text for c in row] == ["2", "乙", "", "省商务厅"] and row[2].merged == "up"


def test_html_layout_table_is_flow_text_not_a_block():
    html = "<table><tr><td><p>一、总体要求</p><p>坚持稳中求进。</p></td></tr></table>".encode()
    ing = read_bytes(html, "a.html")
    assert ing.text == "一、总体要求\n坚持稳中求进。"
    assert ing.tables == []


def test_html_colspan_text_is_unchanged():
    html = "<table><tr><td>标　　题：</td><td colspan='3'>某某方案</td></tr><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>"
    ing = read_bytes(html.encode(), "a.html")
    assert ing.text == "标　　题： | 某某方案\na | b | c | d"
    assert [c.merged for c in ing.tables[0].rows[0].cells] == [None, None, "left", "left"]


def test_docx_cell_lines_are_breaks():
    import docx
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "任务"
    c = t.cell(0, 1)
    c.text = "省发展改革委"
    c.add_paragraph("省财政厅")
    buf = io.BytesIO()
    d.save(buf)
    ing = read_bytes(buf.getvalue(), "a.docx")
    cell = ing.tables[0].rows[0].cells[1]
    assert ing.text == "任务 | 省发展改革委 省财政厅"
    assert [ing.text[b:cell.end] for b in cell.breaks] == ["省财政厅"]


def test_spans_follow_crlf_folded_while_cleaned():
    html = "\ufeff<p>前言</p>\r\n<pre>甲\r\n乙</pre><table><tr><td>甲</td><td>乙</td></tr></table>"
    ing = read_bytes(html.encode("utf-8"), "a.html")
    for r in ing.tables[0].rows:
        for c in r.cells:
            assert ing.text[c.start:c.end] == c.text


def test_layout_writes_rows_and_spans():
    t = Table(rows=[[Cell("a"), Cell("b", breaks=(0,)), Cell("", merged="left")], [Cell(""), Cell("c")]])
    text, tables = layout(["x", t, "y"], strip_rows=True)
    assert text == "x\na | b\n| c\ny"
    cells = [c for r in tables[0].rows for c in r.cells]
    assert [text[c.start:c.end] for c in cells] == ["a", "b", "", "", "c"]


def test_html_cell_lines_are_breaks():
    html = "<table><tr><td>任务</td><td>省发展改革委<br>省财政厅</td></tr></table>"
    ing = read_bytes(html.encode(), "a.html")
    cell = ing.tables[0].rows[0].cells[1]
    assert ing.text == "任务 | 省发展改革委 省财政厅"
    assert [ing.text[b:cell.end] for b in cell.breaks] == ["省财政厅"]


def test_spans_follow_a_bom_removed_while_cleaned():
    from extract.read.ingest import _finish
    text, tables = layout(["\ufeff前言\r", Table(rows=[[Cell("甲"), Cell("乙")]])])
    ing = _finish("a", "a", text, "docx", None, "0", [], tables)
    assert ing.text == "前言\n甲 | 乙" and not ing.warnings
    assert [ing.text[c.start:c.end] for c in ing.tables[0].rows[0].cells] == ["甲", "乙"]


def test_spans_follow_zero_width_characters_removed_while_cleaned():
    from extract.read.ingest import _finish
    text, tables = layout(["前\u200b言\r", Table(rows=[[Cell("甲\u200b乙"), Cell("\u00ad丙")]])])
    ing = _finish("a", "a", text, "html", None, "0", [], tables)
    assert ing.text == "前言\n甲乙 | 丙" and not ing.warnings
    assert [ing.text[c.start:c.end] for c in ing.tables[0].rows[0].cells] == ["甲乙", "丙"]
    assert [c.text for c in ing.tables[0].rows[0].cells] == ["甲乙", "丙"]


def _continued_pdf(second_top_from: int) -> bytes:
    """A ruled table over two pages.  The second page's top rule starts at
    column ``second_top_from``: the columns left of it are merged down from the
    page before, so no rule closes them at the top."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.fixtures_make import _FONT, _font
    _font()
    xs = [50, 100, 300, 430, 545]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)

    def rule(x0, y, x1):
        c.line(x0, y, x1, y)

    def cells(y, texts):
        c.setFont(_FONT, 9)
        for x, t in zip(xs, texts):
            if t:
                c.drawString(x + 4, y, t)
    # page 1: header and one row
    for y in (760, 735, 300):
        rule(xs[0], y, xs[-1])
    for x in xs:
        c.line(x, 760, x, 300)
    cells(744, ["序号", "重点任务", "牵头单位", "完成时限"])
    cells(520, ["1", "推进政务服务一网通办", "省政务办", "2026年6月底"])
    c.showPage()
    # page 2: the rest of the table
    rule(xs[second_top_from], 780, xs[-1])
    rule(xs[0], 600, xs[-1])
    for x in xs:
        c.line(x, 780, x, 600)
    cells(690, ["", "深化工程建设项目审批制度改革", "省住建厅", "2026年12月底"])
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_table_continued_with_its_first_columns_merged_down_is_one_table():
    """The page break falls inside a cell merged over several rows: the next
    page draws no rule over that column, so its table has fewer columns.  They
    stand where the last columns of the table before stood: it is the same
    table, and the missing cells are merged from above."""
    ing = read_bytes(_continued_pdf(1), "plan.pdf")
    assert len(ing.tables) == 1, [t.rows for t in ing.tables]
    t = ing.tables[0]
    assert [len(r.cells) for r in t.rows] == [4, 4, 4]
    last = t.rows[-1].cells
    assert last[0].merged == "up"
    assert [c.text for c in last[1:]] == ["深化工程建设项目审批制度改革", "省住建厅", "2026年12月底"]
    for r in t.rows:
        for cell in r.cells:
            assert ing.text[cell.start:cell.end] == cell.text


def test_a_one_row_continuation_with_all_its_columns_is_joined():
    ing = read_bytes(_continued_pdf(0), "plan.pdf")
    assert len(ing.tables) == 1
    assert [c.text for c in ing.tables[0].rows[-1].cells] == ["", "深化工程建设项目审批制度改革", "省住建厅", "2026年12月底"]


def test_a_column_naming_where_a_measure_applies_holds_no_targets():
    """推广范围 (全国, 8个改革试验区域) says where a measure is rolled out, not a figure
    to reach; a 目标 column of the same table still gives its target."""
    from extract.pipeline import parse_text
    html = ("<p>某某改革举措推广方案</p><p>一、推广举措</p><p>附件</p>"
            "<table><tr><td>序号</td><td>改革举措</td><td>指导部门</td><td>推广范围</td><td>2026年目标</td></tr>"
            "<tr><td>1</td><td>专利保险机制</td><td>国家知识产权局</td><td>8个改革试验区域</td><td>新增试点30家</td></tr>"
            "</table>").encode()
    ing = read_bytes(html, "a.html")
    doc = parse_text(ing.text, fmt=ing.fmt, tables=ing.tables)
    assert [(t.value, t.unit) for t in doc.targets] == [(30, "家")]


def _overflow_pdf(group_label: str = "二、四大先行机制") -> bytes:
    """A ruled table whose row 1 prints its last cell's second line below the
    row's bottom rule, inside the group row that spans every column (hidden
    under it on paper, still in the text layer); row 2 follows the group row."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.fixtures_make import _FONT, _font
    _font()
    xs = [50, 100, 300, 430, 545]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(_FONT, 9)
    for y in (760, 735, 690, 670, 630):
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, 760, x, 690)                    # header and row 1: every column
        c.line(x, 670, x, 630)                    # row 2
    c.line(xs[0], 690, xs[0], 670)                # the group row: its outer sides only
    c.line(xs[-1], 690, xs[-1], 670)
    for x, t in zip(xs, ["序号", "重点任务", "牵头单位", "配合单位"]):
        c.drawString(x + 4, 744, t)
    for x, t in zip(xs, ["1", "推进政务服务一网通办", "省政务办", "省发展改革委、省住"]):
        c.drawString(x + 4, 716, t)
    c.drawString(xs[3] + 4, 696, "建厅、省财政厅")           # still inside row 1
    c.drawString(xs[3] + 4, 681, "省市场监管局")             # overflows into the group row
    if group_label:                               # set a little larger, on its own baseline
        c.setFont(_FONT, 10.5)
        c.drawString(xs[0] + 4, 673, group_label)
        c.setFont(_FONT, 9)
    for x, t in zip(xs, ["2", "完善信用监管体系", "省发展改革委", "省人民银行"]):
        c.drawString(x + 4, 648, t)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_text_overflowing_into_a_group_row_stays_in_its_cell():
    """A unit list that runs past its cell into the spanning group row below
    (the file writes it straight after the cell's other lines) belongs to that
    cell; the group row keeps its own label."""
    ing = read_bytes(_overflow_pdf(), "plan.pdf")
    assert len(ing.tables) == 1
    rows = [[c.text for c in r.cells] for r in ing.tables[0].rows]
    assert rows[1][3] == "省发展改革委、省住建厅、省财政厅省市场监管局"
    assert rows[2][0] == "二、四大先行机制" and not any(rows[2][1:])
    assert rows[3] == ["2", "完善信用监管体系", "省发展改革委", "省人民银行"]


def test_a_group_row_written_in_a_later_column_is_not_moved():
    """Only text the file wrote straight after the cell above moves back: a
    spanning row whose only text lies under a later column keeps it (nothing of
    its own would be left)."""
    ing = read_bytes(_overflow_pdf(group_label=""), "plan.pdf")
    rows = [[c.text for c in r.cells] for r in ing.tables[0].rows]
    assert rows[1][3] == "省发展改革委、省住建厅、省财政厅"
    assert rows[2][0] == "省市场监管局"


def _framed_page_pdf() -> bytes:
    """A page printed from a web page: the plan sits in the left cell of a frame of ruling
    lines that covers the page (the right column blank), under a frame with no text at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.fixtures_make import _FONT, _font
    _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for y in (820, 760, 60):
        c.line(30, y, 565, y)
    for x in (30, 470, 565):
        c.line(x, 820, x, 60)
    c.setFont(_FONT, 11)
    lines = ["一、总体要求", "到2027年，建成示范园区10个。", "二、重点任务", "（一）推进改革。深化改革。（责任单位：省发展改革委）"]
    for k, t in enumerate(lines):
        c.drawString(40, 730 - 20 * k, t)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_web_pages_layout_frame_is_no_table():
    """Over half the page with no row holding two cells of text: the page's lines, headings
    on their own lines (a Zhejiang plan printed from a portal read as one 1,087-character cell)."""
    ing = read_bytes(_framed_page_pdf(), "plan.pdf")
    assert ing.tables == []
    for line in ("一、总体要求", "二、重点任务", "（一）推进改革。深化改革。（责任单位：省发展改革委）"):
        assert line in ing.text.split("\n"), ing.text
