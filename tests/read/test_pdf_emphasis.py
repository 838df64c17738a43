"""The PDF reader carries typeface as layout evidence: spans of text set apart
from the body (``Ingested.emphasis``) — bold by weight, by name or by stroking
the glyphs (text render mode 2, the fake bold of Chinese office suites), or a
font family other than the body's (黑体 / 楷体 headings in a 仿宋 text).
PDFs are generated (reportlab, fixtures_make.styled_pdf)."""
import pytest

from extract.read.ingest import read_bytes
from extract.read.ingest_pdf import emphasis_spans, font_style

from fixtures_make import styled_pdf

BODY = "建立工作机制，统筹推进各项任务落实，定期研究解决重大问题，确保各项工作有序推进。"


def marked(paras) -> tuple:
    ing = read_bytes(styled_pdf(paras), "plan.pdf")
    return ing.text, [ing.text[a:b] for a, b in ing.emphasis]


def test_a_bold_run_in_heading_is_one_span_at_the_start_of_its_paragraph():
    text, spans = marked([[("一、重点任务", "")], [("加强组织领导。", "bold"), (BODY, "")]])
    assert spans == ["加强组织领导。"]
    assert text.index("加强组织领导。") == text.index("\n") + 1


def test_a_line_in_another_font_family_is_set_apart():
    _, spans = marked([[("赛道一：智能制造", "hei")], [(BODY, "")], [(BODY, "")]])
    assert spans == ["赛道一：智能制造"]


def test_bold_words_inside_a_paragraph_are_a_span_of_their_own():
    text, spans = marked([[("要", ""), ("加强", "bold"), (BODY, "")]])
    assert spans == ["加强"]
    assert not text.startswith("加强")


def test_one_style_throughout_gives_no_spans():
    _, spans = marked([[("一、重点任务", "")], [(BODY, "")], [(BODY, "")]])
    assert spans == []


def test_the_body_style_is_the_commonest_even_when_everything_is_stroked():
    # a PDF that strokes all its text: bold is then the body, nothing is set apart
    _, spans = marked([[("一、重点任务", "bold")], [(BODY, "bold")], [(BODY, "bold")]])
    assert spans == []


@pytest.mark.parametrize("name,weight,mode,want", [
    ("NREKVL+FangSong_GB2312", 400, 0, ("FangSong_GB2312", False)),
    ("NREKVL+FangSong_GB2312", 400, 2, ("FangSong_GB2312", True)),        # fill + stroke
    ("TimesNewRomanPS-BoldMT", 700, 0, ("TimesNewRoman", True)),
    ("Arial,Bold", -1, 0, ("Arial", True)),
    ("SimHei", 400, 0, ("SimHei", False)),                                 # a family of its own
    ("JDKKJW+KaiTi", 400, 0, ("KaiTi", False)),
])
def test_font_style(name, weight, mode, want):
    assert font_style(name, weight, mode) == want


def test_emphasis_spans_take_latin_and_digits_between_set_apart_characters():
    body, bold = ("Song", False), ("Song", True)
    styles = [bold, bold, None, None, bold, body, body, body, body]      # 路径举措 1：推动 …
    assert emphasis_spans(styles) == [(0, 5)]


def test_a_run_of_set_apart_characters_ends_at_a_line_break():
    # a caption in 黑体, a table or a line of digits (not judged), a 黑体 line:
    # two spans, never one bridging the lines between
    body, hei = ("Song", False), ("SimHei", False)
    text = "表一\n1 | 2\n附注\n正文正文正文"
    styles = [hei, hei, None, None, None, None, None, None, None, hei, hei, None] + [body] * 6
    assert emphasis_spans(styles, text) == [(0, 2), (9, 11)]


def test_pages_read_by_pdfminer_keep_each_glyphs_style_from_pdfium():
    """A page whose CJK font the file does not embed and the machine lacks goes to
    pdfminer (pdfium cannot measure its glyphs); pdfminer keeps neither the render
    mode nor, for a font it does not have, the font's base name, so the reader takes
    each glyph's style from the pdfium text object that draws it.  Called directly,
    so the test does not depend on the fonts of the machine it runs on (without a CJK
    font, read_bytes takes this path for these fixtures)."""
    import io

    import pdfplumber
    import pypdfium2 as pdfium

    from extract.read.ingest_pdf import plumber_chars, text_object_styles
    data = styled_pdf([[("赛道一：智能制造", "hei")], [("加强组织领导。", "bold"), ("建立工作机制。", "")]])
    page = pdfium.PdfDocument(data)[0]
    with pdfplumber.open(io.BytesIO(data)) as pl:
        chars = plumber_chars(pl.pages[0], text_object_styles(page))
        bare = plumber_chars(pl.pages[0])
    style = {c.ch: c.style for c in chars if c.style}
    assert style["赛"] == ("SimHei-Light", False) and style["加"] == ("STSong-Light", True)
    assert style["建"] == ("STSong-Light", False)
    assert {c.style for c in bare if c.style} == {("STSongStd-Light", False)}     # what pdfminer alone knows
