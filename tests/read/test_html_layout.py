"""Saved web pages framed by layout tables: the page's paragraphs stay lines even when
the content cell also holds a data table (an attached indicator table), and an empty
sidebar cell leaves no line of separators."""
from extract.read.ingest_html import html_to_blocks

DATA = ("<table border='1'><tr><td>一级指标</td><td>二级指标</td></tr>"
        "<tr><td>医疗质量</td><td>功能定位</td></tr></table>")


def page(content: str) -> str:
    # the central government site's frame: a two-cell row (content, sidebar), two
    # one-cell rows inside it, then the content cell
    return ("<html><body><table><tr><td><table><tr><td><table><tr><td id='c'>"
            + content + "</td></tr></table></td></tr></table></td><td></td></tr></table></body></html>")


PARAS = "<p>一、总体要求</p><p>（一）指导思想。</p><p>以习近平新时代中国特色社会主义思想为指导。</p>"


def test_paragraphs_are_lines_with_a_data_table_in_the_same_cell():
    text, tables = html_to_blocks(page(PARAS + "<p>附件</p>" + DATA))
    lines = text.split("\n")
    assert "一、总体要求" in lines and "（一）指导思想。" in lines, text
    assert len(tables) == 1 and [c.text for c in tables[0].rows[0].cells] == ["一级指标", "二级指标"]


def test_the_data_table_changes_nothing_before_it():
    with_table, _ = html_to_blocks(page(PARAS + DATA))
    without, _ = html_to_blocks(page(PARAS))
    assert with_table.split("\n")[:3] == without.split("\n")[:3]


def test_an_empty_sidebar_cell_leaves_no_separator_line():
    text, _ = html_to_blocks(page(PARAS))
    assert not any(set(ln) <= {"|", " "} and ln for ln in text.split("\n")), text


LIST = ("<table border='1'><tr><td><p>序号</p></td><td><p>改革举措</p></td><td><p>指导部门</p></td></tr>"
        "<tr><td colspan='3'><p class='MsoNormal'><b>一、知识产权保护方面（共2项）</b></p></td></tr>"
        "<tr><td><p>1</p></td><td><p>知识产权案件“三合一”审判</p></td><td><p>最高人民法院</p></td></tr>"
        "<tr><td><p>2</p></td><td><p>专利保险机制</p></td><td><p>国家知识产权局</p></td></tr></table>")


def test_a_section_row_spanning_a_data_tables_columns_keeps_it_a_table():
    """A one-cell row spanning the columns with one short line (一、…方面（共2项）) is the
    table's section row, not a layout frame: the table stays a block (gold-fresh batch 10's
    推广清单, nested in the page's frame)."""
    _, tables = html_to_blocks(page(PARAS + "<p>附件</p>" + LIST))
    assert len(tables) == 1
    assert [c.text for c in tables[0].rows[1].cells][:1] == ["一、知识产权保护方面（共2项）"]
    assert [c.text for c in tables[0].rows[2].cells] == ["1", "知识产权案件“三合一”审判", "最高人民法院"]


def test_a_spanning_cell_that_holds_the_pages_paragraphs_is_still_a_frame():
    frame = ("<html><body><table><tr><td>导航</td><td>搜索</td></tr><tr><td colspan='2'>"
             + PARAS + "</td></tr></table></body></html>")
    text, tables = html_to_blocks(frame)
    assert tables == [] or all(len(t.rows) < 2 for t in tables)
    assert "一、总体要求" in text.split("\n") and "（一）指导思想。" in text.split("\n"), text
