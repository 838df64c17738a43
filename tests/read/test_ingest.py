"""Ingest: file -> text, for every format and encoding, built from the seed plans."""
import functools
import hashlib
import io
import pickle
import random

import pytest

import fixtures_make as fm
from extract.read.ingest import (SUPPORTED, Ingested, IngestError, _join_lines, _Line, iter_paths,
                            read_bytes, read_document)

SEED_IDS = [p.name[:3] for p in fm.SEEDS]

# (id, encoding for as_txt, bom, encoding the reader must report)
TXT_VARIANTS = [
    ("utf8", "utf-8", False, "utf-8"),
    ("utf8-bom", "utf-8", True, "utf-8-sig"),
    ("gbk", "gbk", False, "gb18030"),
    ("utf16le-bom", "utf-16-le", True, "utf-16-le"),
    ("utf16le-nobom", "utf-16-le", False, "utf-16-le"),
    ("utf16be-bom", "utf-16-be", True, "utf-16-be"),
    ("utf16be-nobom", "utf-16-be", False, "utf-16-be"),
]


def _seed_pdf_bytes():
    return pdf_of(0)[0]


def _random_high(n, seed=7):
    rnd = random.Random(seed)
    return bytes(rnd.randrange(0x80, 0x100) for _ in range(n))


def _random_bytes(n, seed=3):
    rnd = random.Random(seed)
    return bytes(rnd.randrange(0, 0x100) for _ in range(n))


# (id, file name, bytes builder, words the reason must contain)
ERROR_CASES = [
    ("empty", "empty.txt", lambda: b"", "empty file"),
    ("whitespace-only", "blank.txt", lambda: " \r\n\t\n\u3000 \n".encode("utf-8"), "no text"),
    ("html-without-text", "page.html", lambda: b"<html><body><script>x=1</script></body></html>", "no text"),
    ("binary-named-txt", "data.txt", lambda: _random_bytes(4000), "not a text file"),
    ("png-named-txt", "image.txt", lambda: fm.PNG_BYTES, "not a text file (PNG"),
    ("pdf-named-txt", "plan.txt", _seed_pdf_bytes, "not a text file (PDF"),
    ("png-named-pdf", "scan.pdf", lambda: fm.PNG_BYTES, "not a PDF file (PNG image)"),
    ("html-named-pdf", "plan.pdf", lambda: fm.as_html("页面不存在"), "not a PDF file (content is an HTML page)"),
    ("zip-not-docx", "plan.docx", fm.plain_zip, "not a Word document (zip archive without word/document.xml)"),
    ("ole2-doc-named-docx", "plan.docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "not a Word document (legacy"),
    ("truncated-pdf", "half.pdf", lambda: _seed_pdf_bytes()[: len(_seed_pdf_bytes()) // 2], "truncated"),
    ("pdf-no-text-layer", "scan.pdf", fm.blank_pdf, "PDF has no text layer (scanned image?)"),
    ("encrypted-pdf", "locked.pdf", fm.encrypted_pdf, "PDF is encrypted"),
    ("random-high-bytes", "plan.txt", lambda: _random_high(3000), "cannot detect encoding"),
    ("short-random-high-bytes", "plan.txt", lambda: _random_high(40, seed=11), "cannot detect encoding"),
    ("latin1-not-chinese", "plan.txt", lambda: "café résumé naïve déjà".encode("latin-1"), "cannot detect encoding"),
    ("unknown-binary-ext", "archive.bin", lambda: b"\x1f\x8b\x08" + bytes(100), "unsupported file type (gzip archive)"),
]


@functools.lru_cache(maxsize=None)
def pdf_of(i):
    return fm.as_pdf(fm.seed_text(fm.SEEDS[i]))


def seed(i):
    return fm.seed_text(fm.SEEDS[i])


# --------------------------------------------------------------------------- seeds in every format

@pytest.mark.parametrize("variant", TXT_VARIANTS, ids=[v[0] for v in TXT_VARIANTS])
@pytest.mark.parametrize("i", range(len(fm.SEEDS)), ids=SEED_IDS)
def test_txt_encodings_give_back_the_seed_exactly(write_file, i, variant):
    _, enc, bom, reported = variant
    data = fm.as_txt(seed(i), enc, bom)
    doc = read_document(write_file("plan.txt", data))
    assert doc.text == seed(i)
    assert (doc.fmt, doc.encoding, doc.warnings) == ("txt", reported, [])
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("i", range(len(fm.SEEDS)), ids=SEED_IDS)
def test_big5_traditional_is_decoded_not_converted(write_file, i):
    tw = fm.traditional(seed(i))
    doc = read_document(write_file("plan.txt", tw.encode("big5")))
    assert doc.encoding in ("big5", "cp950", "big5hkscs")
    assert doc.text == tw                     # still traditional: normalize.py converts


@pytest.mark.parametrize("i", range(len(fm.SEEDS)), ids=SEED_IDS)
def test_html_keeps_visible_paragraphs_only(write_file, i):
    doc = read_document(write_file("plan.html", fm.as_html(seed(i))))
    assert doc.fmt == "html" and doc.encoding == "utf-8"
    # one line per <p>; whitespace runs collapsed as a browser does
    assert doc.text.split("\n") == fm.html_expected_lines(seed(i))
    assert fm.fold_ws(doc.text) == fm.fold_ws(seed(i))
    for noise in fm.HTML_NOISE + ("网页标题", "text-indent", "document.write"):
        assert noise not in doc.text


@pytest.mark.parametrize("i", range(len(fm.SEEDS)), ids=SEED_IDS)
def test_html_gbk_with_meta_charset(write_file, i):
    data = fm.as_html(seed(i), charset="gb2312", codec="gb18030")
    doc = read_document(write_file("plan.htm", data))
    assert doc.encoding == "gb18030"
    assert fm.fold_ws(doc.text) == fm.fold_ws(seed(i))


@pytest.mark.parametrize("i", range(len(fm.SEEDS)), ids=SEED_IDS)
def test_docx_paragraphs_and_table_in_order(write_file, i):
    data, expected = fm.as_docx(seed(i))
    doc = read_document(write_file("plan.docx", data))
    assert (doc.fmt, doc.encoding) == ("docx", None)
    assert doc.text == expected               # table rows: cells joined by " | "
    assert " | " in doc.text


@pytest.mark.parametrize("i", range(len(fm.SEEDS)), ids=SEED_IDS)
def test_pdf_paragraphs_rejoined(write_file, i):
    data, expected, info = pdf_of(i)
    doc = read_document(write_file("plan.pdf", data))
    assert (doc.fmt, doc.encoding) == ("pdf", None)
    # same characters (PDF keeps no whitespace; the font lacks · and ⎯: see fixtures_make)
    assert fm.fold_ws(doc.text) == expected
    # same paragraphs: one line per seed paragraph, page numbers and header gone
    strip = str.maketrans("", "", fm.PDF_UNSUPPORTED)
    paras = [fm.fold_ws(x.translate(strip)) for x in seed(i).split("\n")]
    assert [fm.fold_ws(x) for x in doc.text.split("\n")] == [x for x in paras if x]
    assert fm.PDF_HEADER not in doc.text
    assert not any(x.strip().startswith("- ") for x in doc.text.split("\n"))
    if "工业信息化局" in seed(i):
        assert info["splits"] >= 1            # the generator broke 工业|信息化局 across lines
        assert doc.text.count("工业信息化局") == seed(i).count("工业信息化局")


PAGE_NUMBER_FORMATS = ["- {n} -", "—{n}—", "第{n}页", "{n}", "{n}/9"]


@pytest.mark.parametrize("pages", ["one-page", "many-pages"])
@pytest.mark.parametrize("page_fmt", PAGE_NUMBER_FORMATS)
def test_pdf_page_number_styles_are_dropped(page_fmt, pages):
    """One page: recognised by its shape; many pages: also as a repeated footer."""
    text = seed(1)[:400] if pages == "one-page" else seed(1)
    data, expected, info = fm.as_pdf(text, page_fmt=page_fmt, header=False)
    doc = read_bytes(data, "p.pdf")
    assert (info["pages"] == 1) == (pages == "one-page")
    assert fm.fold_ws(doc.text) == expected
    assert any("page number" in w for w in doc.warnings)


def test_every_seed_format_has_the_same_characters(write_file):
    """The five formats of one seed agree once whitespace is folded."""
    t = seed(0)
    texts = [read_bytes(fm.as_txt(t, "gbk"), "a.txt").text,
             read_bytes(fm.as_html(t), "a.html").text,
             read_bytes(fm.as_docx(t)[0], "a.docx").text.replace(" | ", ""),
             read_bytes(pdf_of(0)[0], "a.pdf").text]
    folded = {fm.fold_ws(x).translate(str.maketrans("", "", fm.PDF_UNSUPPORTED)) for x in texts}
    assert len(folded) == 1


# --------------------------------------------------------------------------- refusals

@pytest.mark.parametrize("case", ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
def test_bad_files_are_refused_with_a_clear_reason(write_file, case):
    _, name, build, words = case
    path = write_file(name, build())
    with pytest.raises(IngestError) as ei:
        read_document(path)
    e = ei.value
    assert words in e.reason
    assert str(e) == f"{path}: {e.reason}" and "\n" not in str(e)
    assert e.path == str(path)


def test_nonexistent_path(tmp_path):
    with pytest.raises(IngestError, match="no such file") as ei:
        read_document(tmp_path / "missing.txt")
    assert ei.value.path == str(tmp_path / "missing.txt")


def test_error_pickles_for_workers():
    e = pickle.loads(pickle.dumps(IngestError("a b/方案.pdf", "PDF is encrypted")))
    assert (e.path, e.reason, str(e)) == ("a b/方案.pdf", "PDF is encrypted", "a b/方案.pdf: PDF is encrypted")


# --------------------------------------------------------------------------- cleaning and edge cases

CLEAN_CASES = [
    # (id, input text, expected text, warns)
    ("crlf", "一、总体要求\r\n加强领导。\r\n", "一、总体要求\n加强领导。\n", False),
    ("lone-cr", "第一行\r第二行", "第一行\n第二行", False),
    ("nul-inside", "加强\x00领导\x00。", "加强 领导 。", True),
    ("bell-and-del", "目标\x07任务\x7f", "目标 任务 ", True),
    ("tab-kept", "组长\t张三", "组长\t张三", False),
    ("form-feed-is-newline", "第一页\x0c第二页", "第一页\n第二页", False),
    ("stray-bom-inside", "甲\ufeff乙", "甲乙", False),
    # no width, no room: a web editor's zero-width space inside a name or a number
    ("zero-width", "市科\u200b技局\u00ad负责，20\u200b26年\u2060底", "市科技局负责，2026年底", False),
    # the pinyin a mirror site prints after characters it converted: not the document's words;
    # a bracket of letters without a tone mark, or after no character, stays
    ("pinyin-glosses", "鹽城經濟技術開發(fā)區(qū)、各鎮(zhèn)(此件公開發(fā)布)", "鹽城經濟技術開發區、各鎮(此件公開發布)", False),
    ("brackets-that-are-no-gloss", "方案(a)和(ab)及 (fā)", "方案(a)和(ab)及 (fā)", False),
]


@pytest.mark.parametrize("case", CLEAN_CASES, ids=[c[0] for c in CLEAN_CASES])
def test_control_characters_and_newlines(case):
    _, raw, expected, warns = case
    doc = read_bytes(raw.encode("utf-8"), "x.txt")
    assert doc.text == expected
    assert bool(doc.warnings) == warns


def test_nul_bytes_in_gbk_text_keep_length():
    t = seed(1)
    raw = t[:50].encode("gbk") + b"\x00" + t[50:400].encode("gb18030")
    doc = read_bytes(raw, "x.txt")
    assert doc.encoding == "gb18030"
    assert doc.text == t[:50] + " " + t[50:400]
    assert any("control" in w for w in doc.warnings)


def test_utf16_without_bom_and_without_ascii():
    t = "关于印发知识产权强市建设工作方案的通知各有关单位现将方案印发给你们请认真贯彻落实"
    for enc in ("utf-16-le", "utf-16-be"):
        doc = read_bytes(t.encode(enc), "x.txt")
        assert (doc.text, doc.encoding) == (t, enc)


SHORT_CASES = [("gbk", "中文", "gbk"), ("big5", "中文", "big5"), ("gbk-title", "关于印发工作方案的通知", "gbk"),
               ("big5-title", "關於印發工作方案的通知", "big5")]


@pytest.mark.parametrize("case", SHORT_CASES, ids=[c[0] for c in SHORT_CASES])
def test_short_texts_pick_the_plausible_encoding(case):
    _, t, enc = case
    assert read_bytes(t.encode(enc), "x.txt").text == t


def test_truncated_last_character_is_replaced_with_a_warning():
    t = seed(2)
    doc = read_bytes(t.encode("utf-8")[:-1], "x.txt")
    assert doc.encoding == "utf-8" and doc.text[:-1] == t[:-1] and doc.text[-1] == "\ufffd"
    assert any("invalid byte" in w for w in doc.warnings)


BROKEN_BYTES_CASES = [
    # (id, bytes, encoding) -- a few undecodable sequences are replaced, with a warning
    ("gbk-with-stray-bytes", "关于印发工作方案的通知。".encode("gbk") * 40 + b"\xff\x80"
     + "各有关单位要加强领导。".encode("gbk") * 40, "gb18030"),
    ("utf16le-odd-length", "关于印发工作方案的通知,请认真贯彻落实。".encode("utf-16-le") * 20 + b"\x4e", "utf-16-le"),
    ("gbk-html-one-bad-byte", ("<html><head><meta charset=gbk></head><body><p>" + "加强组织领导。" * 50
                               + "</p></body></html>").encode("gbk").replace("织".encode("gbk"), b"\xff\xff", 1),
     "gb18030"),
]


@pytest.mark.parametrize("case", BROKEN_BYTES_CASES, ids=[c[0] for c in BROKEN_BYTES_CASES])
def test_a_few_broken_bytes_are_replaced_not_fatal(case):
    _, data, enc = case
    doc = read_bytes(data, "x.html" if data.startswith(b"<html") else "x.txt")
    assert doc.encoding == enc
    assert 1 <= doc.text.count("\ufffd") <= 4
    assert any("invalid byte" in w for w in doc.warnings)
    assert "加强组织领导" in doc.text or "关于印发" in doc.text


def test_file_name_with_spaces_and_chinese(write_file):
    path = write_file("政策 文件/江津区 工作方案 (2024).txt", seed(0).encode("gb18030"))
    doc = read_document(path)
    assert (doc.path, doc.source) == (str(path), "江津区 工作方案 (2024).txt")
    assert doc.text == seed(0)


def test_read_bytes_equals_read_document(write_file):
    data, _, _ = pdf_of(1)
    a = read_document(write_file("x.pdf", data))
    b = read_bytes(data, str(write_file("x.pdf", data)))
    assert a == b and isinstance(a, Ingested)


def test_content_decides_the_format():
    docx_bytes, expected = fm.as_docx(seed(3))
    doc = read_bytes(docx_bytes, "plan.pdf")          # a Word file saved with a wrong name
    assert doc.fmt == "docx" and doc.text == expected and doc.warnings
    doc = read_bytes(fm.as_html(seed(3)), "plan.txt")  # a saved page named .txt
    assert doc.fmt == "html" and any("HTML" in w for w in doc.warnings)
    doc = read_bytes(seed(3).encode("utf-8"), "plan")  # no extension
    assert doc.fmt == "txt" and doc.text == seed(3)


# --------------------------------------------------------------------------- html details

HTML_CASES = [
    ("table-cells", "<table><tr><td>序号</td><td>任务</td><td>责任单位</td></tr>"
                    "<tr><td>1</td><td><p>加强</p><p>领导</p></td><td>市科技局</td></tr></table>",
     "序号 | 任务 | 责任单位\n1 | 加强 领导 | 市科技局"),
    ("br-and-div", "<div>第一行<br>第二行</div><div>第三行</div>", "第一行\n第二行\n第三行"),
    ("blank-lines-collapse", "<p>甲</p><br><br><br><br><p>乙</p>", "甲\n\n乙"),
    ("cjk-source-newline-vanishes", "<p>工业\n    信息化局</p><p>PCT\n申请 and\nmore</p>",
     "工业信息化局\nPCT 申请 and more"),
    ("entities", "<p>A&amp;B&nbsp;&lt;通知&gt;&#x4E2D;</p>", "A&B\xa0<通知>中"),
    ("hidden-and-role-nav", "<div role=\"navigation\">菜单</div><p hidden>隐藏</p><p>正文</p>", "正文"),
    ("unclosed-nav-ends-at-body", "<body><nav><a>菜单</a></body><p>正文</p>", "正文"),
    ("header-footer", "<header>头</header><main><h1>标题</h1><p>正文</p></main><footer>尾</footer>",
     "标题\n正文"),
]


@pytest.mark.parametrize("case", HTML_CASES, ids=[c[0] for c in HTML_CASES])
def test_html_structure(case):
    _, body, expected = case
    doc = read_bytes(f"<html><head><title>t</title></head><body>{body}</body></html>".encode(), "p.html")
    assert doc.text == expected


def test_html_declared_charset_wrong_falls_back_to_detection():
    page = "<html><head><meta charset=\"utf-8\"></head><body><p>关于印发工作方案的通知</p></body></html>"
    doc = read_bytes(page.encode("gbk"), "p.html")
    assert doc.text == "关于印发工作方案的通知" and doc.encoding == "gb18030"
    assert any("declared charset" in w for w in doc.warnings)


def test_html_declared_legacy_charset_but_utf8_content():
    page = "<html><head><meta charset=\"gb2312\"></head><body><p>关于印发工作方案的通知</p></body></html>"
    doc = read_bytes(page.encode("utf-8"), "p.html")
    assert doc.text == "关于印发工作方案的通知" and doc.encoding == "utf-8"
    assert any("content is UTF-8" in w for w in doc.warnings)


def test_html_unclosed_head_does_not_hide_the_body():
    page = "<html><head><meta charset=utf-8><title>标题</title><body><p>正文第一段</p><p>第二段</p>"
    assert read_bytes(page.encode(), "p.html").text == "正文第一段\n第二段"


# --------------------------------------------------------------------------- docx details

def test_docx_automatic_numbering_is_rendered():
    data = fm.numbered_docx([(0, "总体要求"), (1, "指导思想"), (1, "工作目标"), (0, "重点任务"),
                             (1, "加强领导")])
    doc = read_bytes(data, "n.docx")
    assert doc.text.split("\n") == ["一、总体要求", "(1)指导思想", "(2)工作目标", "二、重点任务", "(1)加强领导"]


def test_docx_runs_in_links_and_tracked_changes():
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = docx.Document()
    d.add_paragraph("第一段")
    d.element.body.insert(1, parse_xml(
        f'<w:p {nsdecls("w", "r")}><w:r><w:t>由</w:t></w:r>'
        '<w:hyperlink r:id="rId99"><w:r><w:t>市科技局</w:t></w:r></w:hyperlink>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>删除的字</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>牵头</w:t></w:r></w:ins>'
        '<w:r><w:tab/><w:t>负责</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>'))
    buf = io.BytesIO()
    d.save(buf)
    assert read_bytes(buf.getvalue(), "x.docx").text == "第一段\n由市科技局牵头\t负责\n下一行"


# --------------------------------------------------------------------------- pdf line joining

def _lines(*rows, page=0):
    """rows: (text, x0, x1); lines 20pt apart, 16pt high."""
    return [_Line(t, x0, x1, 100 + 20 * k, 116 + 20 * k, page) for k, (t, x0, x1) in enumerate(rows)]


FULL, LEFT, INDENT = 500.0, 72.0, 104.0
JOIN_CASES = [
    ("mid-paragraph-break-removed", [("为加强组织领导,市工业", LEFT, FULL), ("信息化局牵头负责。", LEFT, 300)],
     "为加强组织领导,市工业信息化局牵头负责。"),
    ("short-line-ends-paragraph", [("一、总体要求", LEFT, 170), ("以习近平新时代中国特色社会主义", LEFT, FULL)],
     "一、总体要求\n以习近平新时代中国特色社会主义"),
    ("next-line-heading-paren", [("全面提升知识产权创造质量和运用", LEFT, FULL), ("(二)加强保护", LEFT, 200)],
     "全面提升知识产权创造质量和运用\n(二)加强保护"),
    ("next-line-heading-article", [("本办法由市政府办公室负责解释", LEFT, FULL), ("第十条 本办法自印发之日起施行", LEFT, FULL)],
     "本办法由市政府办公室负责解释\n第十条 本办法自印发之日起施行"),
    ("final-punct-keeps-break-without-indents", [("建立联席会议制度,统筹协调各项工作。", LEFT, FULL), ("定期召开会议", LEFT, 300)],
     "建立联席会议制度,统筹协调各项工作。\n定期召开会议"),
    ("indented-next-line-is-new-paragraph", [("加强知识产权保护工作的统筹协调", LEFT, FULL), ("各有关单位要", INDENT, 300)],
     "加强知识产权保护工作的统筹协调\n各有关单位要"),
    ("latin-words-get-a-space", [("support the Patent Cooperation", LEFT, FULL), ("Treaty filings", LEFT, 200)],
     "support the Patent Cooperation Treaty filings"),
]


FILLER = [("填充行用于估计页边距的正文内容。", LEFT, FULL)] * 6     # margins come from the document


@pytest.mark.parametrize("case", JOIN_CASES, ids=[c[0] for c in JOIN_CASES])
def test_pdf_line_joining(case):
    _, rows, expected = case
    out = _join_lines(_lines(*(FILLER + rows)), {0: 595})
    assert out == "\n".join(t for t, _, _ in FILLER) + "\n" + expected


def test_pdf_indented_paragraphs_join_after_full_stop():
    """With 首行缩进, a full line ending in 。 followed by an unindented line continues."""
    rows = []
    for k in range(4):
        rows += [("第%d段开头的第一行内容写满了整行。" % k, INDENT, FULL), ("接着写第二行也写满了" % (), LEFT, FULL),
                 ("段落最后一行较短。", LEFT, 250)]
    out = _join_lines(_lines(*rows), {0: 595})
    assert out.split("\n") == ["第%d段开头的第一行内容写满了整行。接着写第二行也写满了段落最后一行较短。" % k
                                for k in range(4)]


def test_pdf_fake_bold_glyphs_are_not_doubled():
    from reportlab.pdfgen import canvas
    fm._font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for dx in (0, 0.3):                               # heading drawn twice: "fake bold"
        c.setFont("STSong-Light", 16)
        c.drawString(72 + dx, 700, "一、总体要求")
    c.setFont("STSong-Light", 12)
    c.drawString(72, 670, "加强组织领导。")
    c.showPage()
    c.save()
    assert read_bytes(buf.getvalue(), "b.pdf").text == "一、总体要求\n加强组织领导。"


def test_pdf_page_break_inside_paragraph_is_joined():
    lines = _lines(*FILLER, ("推动区经济信息委、区工业", LEFT, FULL)) + \
        [_Line("信息化局共同落实。", LEFT, 300, 100, 116, 1)]
    assert _join_lines(lines, {0: 595, 1: 595}).endswith("\n推动区经济信息委、区工业信息化局共同落实。")


# --------------------------------------------------------------------------- folders

def test_iter_paths_expands_folders_sorted(write_file, tmp_path):
    for name in ["corpus/b.txt", "corpus/a.PDF", "corpus/sub/c.docx", "corpus/sub/d.htm",
                 "corpus/z.html", "corpus/.hidden.txt", "corpus/.git/x.txt", "corpus/gold/g.json",
                 "corpus/GUIDE.md", "corpus/notes.doc", "corpus/sub/e.text", "other.weird"]:
        write_file(name, b"x")
    root = tmp_path / "corpus"
    got = [str(p) for p in iter_paths([root, tmp_path / "other.weird", tmp_path / "gone.txt"])]
    rel = ["a.PDF", "b.txt", "sub/c.docx", "sub/d.htm", "sub/e.text", "z.html"]
    assert got == [str(root / r) for r in rel] + [str(tmp_path / "other.weird"), str(tmp_path / "gone.txt")]
    assert list(iter_paths(str(root / "b.txt"))) == [str(root / "b.txt")]
    assert SUPPORTED == (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
