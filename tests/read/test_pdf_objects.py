"""The PDF reader's one pass over a page's objects (``scan_objects``, through bare
pdfium calls) finds what pypdfium2's object wrappers find: the same ruling lines on
the real PDFs' pages, and a text object in a font the file does not embed that
pdfium gives no width, which sends the page to pdfminer."""
import ctypes
import io
from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2")
import pypdfium2.raw as raw  # noqa: E402

from extract.read import ingest_pdf as P  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REAL = sorted((ROOT / "corpus" / "real" / "zhejiang-pdf").glob("*.pdf"))


def _wrapped_edges(page, width, height):
    """The ruling lines read with pypdfium2's object wrappers (the reader before the scan)."""
    edges: list = []
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=1):
        l, b, r, t = obj.get_bounds()
        if r - l > 0.9 * width and t - b > 0.9 * height:
            continue
        P._path_edges(P._pdfium(), obj.raw, (l, b, r, t), height, edges)
    nh = sum(1 for e in edges if e["orientation"] == "h")
    return P._open_sides(edges) if nh >= 2 and len(edges) - nh >= 2 else None


def _wrapped_broken(page) -> bool:
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=1):
        l, b, r, t = obj.get_bounds()
        if r - l < 0.01:
            font = raw.FPDFTextObj_GetFont(obj.raw)
            if font and not raw.FPDFFont_GetIsEmbedded(font):
                return True
    return False


@pytest.mark.skipif(not REAL, reason="no real PDFs")
def test_scan_finds_the_wrappers_edges_on_every_real_page():
    pages = with_edges = 0
    for path in REAL[::3]:
        pdf = pdfium.PdfDocument(path.read_bytes())
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                w, h = page.get_size()
                broken, edges, error = P.scan_objects(page, w, h)
                assert error is None
                assert broken == _wrapped_broken(page)
                assert edges == _wrapped_edges(page, w, h), f"{path.name} page {i + 1}"
                pages += 1
                with_edges += edges is not None
        finally:
            pdf.close()
    assert pages > 50 and with_edges > 10        # the sample has tables to find


def _pdf_with(texts) -> bytes:
    """A page of Helvetica text objects (a base-14 font: never embedded), (text, size, y)."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for s, size, y in texts:
        obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(size))
        buf = ctypes.create_string_buffer((s + "\x00").encode("utf-16-le"))
        raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 72, y)
        raw.FPDFPage_InsertObject(page.raw, obj)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_widthless_glyph_in_a_font_not_embedded_sends_the_page_to_pdfminer(monkeypatch):
    plain = _pdf_with([("Market supervision bureau", 12, 700)])
    broken = _pdf_with([("Market supervision bureau", 12, 700), ("x", 0.0, 680)])
    for data, expected in ((plain, False), (broken, True)):
        pdf = pdfium.PdfDocument(data)
        page = pdf[0]
        assert P.scan_objects(page, *page.get_size())[0] is expected
        assert _wrapped_broken(page) is expected
        pdf.close()
    used = []
    real_plumber_chars = P.plumber_chars
    monkeypatch.setattr(P, "plumber_chars", lambda pg, *a: used.append(pg) or real_plumber_chars(pg, *a))
    pages, *_ = P.read_pdf_pages(plain)
    assert not used and "Market supervision bureau" in pages[0][0].text
    pages, *_ = P.read_pdf_pages(broken)
    assert len(used) == 1       # read by pdfminer (whose characters carry no spaces here)
    assert "Marketsupervisionbureau" in "".join(ln.text for ln in pages[0]).replace(" ", "")


# ------------------------------------------------------------------ table cells

def _plumber_steps(edges, width, height):
    """pdfplumber's own TableFinder on the same edges: its intersections and cells."""
    from pdfplumber.table import TableFinder
    finder = TableFinder(P._EdgePage(edges, width, height), {})
    return finder.intersections, finder.cells, [[list(r.cells) for r in t.rows] for t in finder.tables]


def test_cells_and_tables_are_pdfplumbers_on_every_real_page():
    """``intersections_to_cells`` (each point's edge sets made once, the points below and to
    the right taken from its own column and row) gives pdfplumber's cells in pdfplumber's
    order, and ``find_table_cells`` its tables, on every real page with ruling lines."""
    pages = 0
    for path in REAL:
        pdf = pdfium.PdfDocument(path.read_bytes())
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                w, h = page.get_size()
                _broken, edges, _err = P.scan_objects(page, w, h, edges=True)
                if not edges:
                    continue
                points, cells, tables = _plumber_steps(edges, w, h)
                assert P.intersections_to_cells(points) == cells, (path.name, i)
                assert P.find_table_cells(edges, w, h) == tables, (path.name, i)
                pages += 1
        finally:
            pdf.close()
    assert pages >= 50


def _grid_edges(xs, ys, missing=frozenset()):
    """Ruling lines of a grid over columns ``xs`` and rows ``ys``, the inner vertical
    segments in ``missing`` ((column line, row)) left out: merged cells."""
    edges = [P._edge(xs[0], y, xs[-1], y, "h") for y in ys]
    for j, x in enumerate(xs):
        for i in range(len(ys) - 1):
            if (j, i) not in missing:
                edges.append(P._edge(x, ys[i], x, ys[i + 1], "v"))
    return edges


@pytest.mark.parametrize("seed", range(40))
def test_cells_match_pdfplumber_on_random_grids_with_merged_cells(seed):
    import random
    rng = random.Random(seed)
    xs = sorted(rng.sample(range(20, 580, 7), rng.randint(2, 7)))
    ys = sorted(rng.sample(range(20, 780, 9), rng.randint(2, 9)))
    inner = [(j, i) for j in range(1, len(xs) - 1) for i in range(len(ys) - 1)]
    missing = frozenset(rng.sample(inner, rng.randint(0, len(inner)))) if inner else frozenset()
    edges = _grid_edges(xs, ys, missing)
    points, cells, tables = _plumber_steps(edges, 600, 800)
    assert P.intersections_to_cells(points) == cells
    assert P.find_table_cells(edges, 600, 800) == tables
