"""A PDF printed with its tracked changes shown (Word's "all markup"): the
balloons in the right margin (删除[作者]: …, 设置格式[作者]: …) are not the document,
and their boxes, the connectors from the changed words and the frame round the
changed text must not become a table that swallows the body (gold-fresh batch 6:
a 征求意见稿 lost four numbered tasks into such a "table")."""
import io

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

from extract.read.ingest_pdf import read_pdf  # noqa: E402
from tests.fixtures_make import _FONT, _font  # noqa: E402

BODY = ["19.推动算力赋能科研范式变革。深入实施人工智能加科学创新发展行动，",
        "统筹科学智算高效供给。（责任单位：省科技厅、省发展改革委）",
        "20.推动算力赋能提升民生福祉。围绕教育、医疗、养老等民生领域，",
        "打造一批民生算力应用场景。（责任单位：各设区市人民政府）",
        "21.推动算力赋能提升政府治理效能。围绕社会治理等领域，打造一批",
        "政府治理算力应用场景。（责任单位：省级相关部门）"]
BALLOONS = ["删除[朱敏]: 19", "设置格式[朱敏]: 字体: 加粗", "删除[朱敏]: 21", "设置格式[张光年]: 非突出显示"]


def _marked_up(balloons: bool = True) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    W, H = A4
    left, right, margin = 50.0, 400.0, 430.0
    c.setFont(_FONT, 11)
    y = H - 100
    ys = []
    for line in BODY:
        c.drawString(left, y, line)
        ys.append(y)
        y -= 30
    c.setLineWidth(0.5)
    c.line(left - 4, ys[0] + 14, left - 4, ys[-1] - 8)           # the frame round the changed text
    c.line(right + 12, ys[0] + 14, right + 12, ys[-1] - 8)
    for k, y in enumerate(ys):
        c.line(left, y - 2, right, y - 2)                         # inserted text, underlined
        if balloons and k < len(BALLOONS):
            c.line(left + 40, y - 4, right + 12, y - 4)           # a connector to the margin
            c.line(right + 12, y - 4, margin, y - 4)
            c.rect(margin, y - 15, W - margin - 10, 30)           # the balloons, stacked
            c.setFont(_FONT, 7)
            c.drawString(margin + 4, y - 4, BALLOONS[k])
            c.setFont(_FONT, 11)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_pages_revision_balloons_and_their_grid_are_not_the_document():
    text, tables = read_pdf(_marked_up(), [])
    assert tables == []
    for label in ("删除[", "设置格式[", "非突出显示", "字体"):
        assert label not in text
    for n in ("19.推动", "20.推动", "21.推动"):
        assert sum(1 for ln in text.split("\n") if ln.startswith(n)) == 1, text


def test_the_same_page_without_balloons_reads_the_same_body():
    """What the balloons leave is the page printed without markup."""
    plain, _ = read_pdf(_marked_up(balloons=False), [])
    text, _ = read_pdf(_marked_up(), [])
    assert text == plain


def test_ruling_lines_past_the_text_column_go_with_the_balloons():
    """The connectors and balloon boxes reach past the right edge of the text that
    stays; a table drawn inside the text column keeps its rules."""
    from extract.read import ingest_pdf as P
    body = [P._Char(ch, 50 + 11 * i, 61 + 11 * i, 100, 111, False) for i, ch in enumerate("一、加快建设算力网络")]
    label = [P._Char(ch, 600 + 7 * i, 607 + 7 * i, 100, 107, False) for i, ch in enumerate("删除[朱敏]: 19")]
    inside = [P._edge(50, 200, 150, 200, "h"), P._edge(50, 200, 50, 260, "v"), P._edge(150, 200, 150, 260, "v")]
    outside = [P._edge(60, 113, 590, 113, "h"), P._edge(590, 90, 590, 400, "v"), P._edge(600, 95, 800, 95, "h")]
    chars, edges = P._without_markup(body + [P._Char("\n", 0, 0, 0, 0, True)] + label, inside + outside, 805)
    assert "".join(c.ch for c in chars) == "一、加快建设算力网络\n"
    assert edges == inside
    # no balloon label, or one in the text column (quoted in the body): the page is left alone
    chars, edges = P._without_markup(label[:0] + body, inside + outside, 805)
    assert edges == inside + outside
    quoted = [P._Char(ch, 50 + 7 * i, 57 + 7 * i, 100, 107, False) for i, ch in enumerate("删除[朱敏]: 19")]
    chars, edges = P._without_markup(quoted + body, inside + outside, 805)
    assert len(chars) == len(quoted + body) and edges == inside + outside
