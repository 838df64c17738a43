"""Fault injection: damage every gold plan the way real files are damaged; the
extraction must not change.

Each gold plan (the seed plans, the real development set and the blind set gold-fresh, PDFs read as
their text) is read once; its text is damaged one way at a time (look-alike
code points, full-width digits, a PDF's spaces around numbers, page marks
between lines, blank lines between lines, indented lines, 一． for 一、, a space
after a heading's number, a tab before every line, date lines in Chinese numerals, a
portal's breadcrumb trail above the text, letter-spaced headings and 附  件 labels,
a table of contents, document numbers in small form brackets, a heading's number alone on
its line, a clause on its own line or broken between two units; zero-width characters and
wrapped Markdown through the reader) and extracted again.  The damaged extraction is scored against
the clean one with the project's own scorer: every facet must match exactly.
This guards against rules fitted to one document's exact characters.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from extract.evaluate import Report, score_document
from extract.pipeline import parse_text
from extract.read.ingest import read_bytes, read_document
from extract.store.export import to_record

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIRS = (ROOT / "corpus" / "gold", ROOT / "corpus" / "real" / "gold", ROOT / "corpus" / "real" / "gold-fresh")
PLANS = sorted({(d.parent, json.loads(g.read_text(encoding="utf-8"))["source"])
                for d in GOLD_DIRS for g in d.glob("*.json")})

# a sample of the Kangxi radicals and radical-supplement forms PDFs emit
_LOOK = {"一": "⼀", "二": "⼆", "人": "⼈", "生": "⽣", "门": "⻔", "长": "⻓", "工": "⼯", "用": "⽤",
         "力": "⼒", "大": "⼤", "高": "⾼", "方": "⽅", "子": "⼦", "见": "⻅", "车": "⻋", "金": "⾦",
         "文": "⽂", "日": "⽇", "月": "⽉", "行": "⾏", "支": "⽀", "网": "⽹", "心": "⼼", "入": "⼊"}


def lookalikes(text: str) -> str:
    """Kangxi radicals and radical-supplement forms for the characters they look like."""
    return "".join(_LOOK.get(c, c) for c in text)


def fullwidth_digits(text: str) -> str:
    """２０２７, as some PDFs and Word files write digits."""
    return text.translate({ord(d): chr(0xFF10 + int(d)) for d in "0123456789"})


def pdf_spacing(text: str) -> str:
    """The spaces a PDF's text layer puts between Chinese and digits: 超过 90%, 2026 年."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9%])(?=[\u4e00-\u9fff])", " ", text)


def page_marks(text: str, every: int = 7) -> str:
    """A page number on a line of its own every few lines (— 3 —), wherever it falls:
    between paragraphs, inside the title block, inside a list of clauses."""
    out, page = [], 1
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        out.append(ln)
        if i and i % every == 0 and i < len(lines) - 2:
            page += 1
            out.extend([f"— {page} —", ""])
    return "\n".join(out)


def blank_lines(text: str) -> str:
    """A blank line after every line, as a web page copied paragraph by paragraph gives."""
    return text.replace("\n", "\n\n")


def indented(text: str) -> str:
    """Two ideographic spaces before every line, as Chinese text is set (the title and
    the date lines too)."""
    return re.sub(r"(?m)^(?=\S)", "\u3000\u3000", text)


def zero_width(text: str) -> str:
    """A zero-width space after every 40th character, wherever it falls (inside a name,
    a number, a date), as a web page's editor leaves them; a soft hyphen now and then."""
    return "".join(c + ("\u200b" if i % 40 == 39 else "\u00ad" if i % 97 == 96 else "") if c != "\n" else c
                   for i, c in enumerate(text))


def fullwidth_stop_headings(text: str) -> str:
    """一． for 一、 (a full-width stop after a top-level number, as some texts write it)."""
    return re.sub(r"(?m)^(\s*[一二三四五六七八九十]{1,3})、", "\\1．", text)


def spaced_headings(text: str) -> str:
    """A space between a heading's number and its words: 一、 总体要求, （三） 主要目标, 1. 加强."""
    return re.sub(r"(?m)^(\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.、]))"
                  r"(?=[^\s0-9])", "\\1 ", text)


def tab_indented(text: str) -> str:
    """A tab before every line, as a word processor's first-line indent saved as text gives."""
    return re.sub(r"(?m)^(?=\S)", "\t", text)


_CN = "〇一二三四五六七八九"


def _cn_small(n: str) -> str:
    n = int(n)
    tens, ones = divmod(n, 10)
    return (_CN[tens] if tens > 1 else "") + ("十" if tens else "") + (_CN[ones] if ones or not tens else "")


def chinese_date_lines(text: str) -> str:
    """A date standing alone on its line, or in brackets under a title, in Chinese numerals
    as official texts print them: 2023年1月2日 → 二〇二三年一月二日."""
    return re.sub(r"(?m)^([ \t\u3000（(]*)((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日(?=[ \t\u3000）)]*$)",
                  lambda m: m.group(1) + "".join(_CN[int(c)] for c in m.group(2)) + "年" + _cn_small(m.group(3))
                  + "月" + _cn_small(m.group(4)) + "日", text)


def breadcrumb(text: str) -> str:
    """A web page's trail above the text, as a page saved or printed from a portal keeps it."""
    return "首页 > 政务公开 > 政策\n" + text


def letter_spaced_labels(text: str) -> str:
    """Short headings and the attachment label letter-spaced, as official texts and PDFs
    print them: 一、总 体 要 求, 附  件1."""
    text = re.sub(r"(?m)^(\s*[一二三四五六七八九十]{1,3}、)([\u4e00-\u9fff]{2,6})$",
                  lambda m: m.group(1) + " ".join(m.group(2)), text)
    return re.sub(r"(?m)^附件(?=\s*[0-9一二三四五六七八九十]?\s*[:：]?\s*$)", "附  件", text)


def table_of_contents(text: str) -> str:
    """A table of contents before the first heading, as long plans print one: 目  录 and
    the headings of the first two levels, each with leader dots and a page number."""
    lines = text.split("\n")
    heads = [ln.strip() for ln in lines if re.match(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])", ln)
             and len(ln.strip()) <= 30 and "。" not in ln]
    first = next((k for k, ln in enumerate(lines) if re.match(r"^\s*[一二三四五六七八九十]{1,3}、", ln)), None)
    if len(heads) < 3 or first is None:
        return text
    toc = ["目  录"] + [f"{h}……{2 + k // 4}" for k, h in enumerate(heads)]
    return "\n".join(lines[:first] + toc + lines[first:])


def small_brackets(text: str) -> str:
    """A document number written with the small form brackets web pages use: 国办发﹝2019﹞5号."""
    return re.sub(r"〔((?:19|20)[0-9]{2})〕", "﹝\\1﹞", text)


def number_alone(text: str) -> str:
    """A heading's number on a line of its own, its words on the next (一、 / 总体要求), as a page
    or a PDF that sets them apart gives it.  (Not before 附件: 六、 / 附件 / 1.… is read as an
    attachment, which a reader could take it for too.)"""
    return re.sub(r"(?m)^(\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]))(?=\S)(?!附件)",
                  "\\1\n", text)


def clause_on_its_own_line(text: str) -> str:
    """A task's bracketed responsibility clause set on the line under it (a Word paragraph
    with a manual line break before the clause)."""
    return re.sub(r"(?<=[。；;])([（(](?:牵头|责任|配合)单位[:：][^)）\n]*[)）])", "\n\\1", text)


def clause_broken(text: str) -> str:
    """A line break inside a bracketed clause, between two of its units (after the first 、
    whose next unit has no bracket of its own: never inside a name like 各市、县(市、区)政府)."""
    return re.sub(r"([（(](?:牵头|责任|配合)单位[:：][^、)）\n]*、)(?=[^、)）(（〔\n]*[、)）])", "\\1\n", text)


FAULTS = [lookalikes, fullwidth_digits, pdf_spacing, page_marks, blank_lines, indented,
          fullwidth_stop_headings, spaced_headings, tab_indented, chinese_date_lines, breadcrumb,
          letter_spaced_labels, table_of_contents, small_brackets, number_alone,
          clause_on_its_own_line, clause_broken]


@functools.lru_cache(maxsize=None)
def _clean(base: Path, source: str):
    ing = read_document(base / source)
    rec = to_record(parse_text(ing.text, source=source, fmt=ing.fmt))
    return ing.text, ing.fmt, rec


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("base, source", PLANS, ids=[s for _, s in PLANS])
def test_damage_does_not_change_the_extraction(base, source, fault):
    text, fmt, clean = _clean(base, source)
    damaged = fault(text)
    if damaged == text:
        # (a PDF whose text layer already writes ２０２５: no ASCII digit to widen or space)
        assert fault is not lookalikes and (fault is not page_marks or text.count("\n") < 8)
        pytest.skip(f"{fault.__name__}: nothing in this text to damage")
    pred = to_record(parse_text(damaged, source=source, fmt=fmt))
    rep = Report()
    score_document(clean, pred, rep)
    bad = {k: getattr(rep, k).f1 for k in ("tasks", "responsibilities", "targets", "deadlines")
           if getattr(rep, k).f1 < 1.0}
    if rep.metadata < 1.0:
        bad["metadata"] = rep.metadata
    target_fields = {f: rep.field_accuracy(f) for f in rep.target_fields if rep.field_accuracy(f) < 1.0}
    assert not bad and not target_fields, (bad, target_fields, rep.errors[:6])


def _assert_same(want: dict, got: dict) -> None:
    """Every facet of ``got`` scores 1.000 against ``want``."""
    rep = Report()
    score_document(want, got, rep)
    assert rep.tasks.f1 == rep.responsibilities.f1 == rep.targets.f1 == rep.deadlines.f1 == rep.metadata == 1.0, \
        rep.errors[:6]


@pytest.mark.parametrize("base, source", PLANS, ids=[s for _, s in PLANS])
def test_zero_width_characters_in_the_file_do_not_change_the_extraction(base, source):
    """They take no room, so the reader takes them out (the stored text has none): the
    damaged file reads as the clean one, through the same reader."""
    text, fmt, _ = _clean(base, source)
    name = "plan.md" if fmt == "md" else "plan.txt"
    clean, damaged = (read_bytes(t.encode("utf-8"), name) for t in (text, zero_width(text)))
    assert damaged.text == clean.text
    want, got = (to_record(parse_text(i.text, source=source, fmt=fmt, tables=i.tables)) for i in (clean, damaged))
    _assert_same(want, got)


_WORD_CH = re.compile(r"[0-9A-Za-z.%/:\-]")


def hard_wrap(text: str, width: int = 38) -> str:
    """Every line cut at ``width`` characters, as a line breaker does (between any two
    Chinese characters, never inside a number or a Latin word: 2026, 1000亿元 move to the next
    line whole; a space it breaks at is dropped; a link has no place to break: its line is
    left whole)."""
    out = []
    for ln in text.split("\n"):
        while len(ln) > width and "://" not in ln:
            k = width
            while k > 1 and _WORD_CH.match(ln[k]) and _WORD_CH.match(ln[k - 1]):
                k -= 1
            k = k if k > 1 else width
            out.append(ln[:k])
            ln = ln[k + 1:] if ln[k] == " " else ln[k:]      # a break at a space takes the space
        out.append(ln)
    return "\n".join(out)


MARKDOWN = [(b, s) for b, s in PLANS if s.endswith(".md")]


@pytest.mark.parametrize("base, source", MARKDOWN, ids=[s for _, s in MARKDOWN])
def test_markdown_wrapped_at_a_width_reads_as_the_unwrapped_file(base, source):
    """Markdown joins the lines of a paragraph; a file wrapped at a column (as editors
    and converters write it) is re-joined by the reader and extracts as the file with a
    paragraph per line."""
    text, fmt, _ = _clean(base, source)
    raw = (base / source).read_text(encoding="utf-8")
    clean, damaged = (read_bytes(t.encode("utf-8"), "plan.md") for t in (raw, hard_wrap(raw)))
    assert any("hard-wrapped Markdown" in w for w in damaged.warnings)
    want, got = (to_record(parse_text(i.text, source=source, fmt=fmt, tables=i.tables)) for i in (clean, damaged))
    _assert_same(want, got)


TEXTS = [(b, s) for b, s in PLANS if s.endswith(".txt")]


@pytest.mark.parametrize("base, source", TEXTS, ids=[s for _, s in TEXTS])
def test_a_plan_copied_out_of_a_pdf_reads_as_the_plan(base, source):
    """Text copied out of a PDF: paragraphs indented, every line cut at the page's width
    (38 characters, never inside a number). The reader re-joins it; the extraction is the
    clean text's (the seed plans and the work reports)."""
    text, fmt, clean = _clean(base, source)
    ing = read_bytes(hard_wrap(indented(text)).encode("utf-8"), "plan.txt")
    assert any("hard-wrapped" in w for w in ing.warnings)
    _assert_same(clean, to_record(parse_text(ing.text, source=source, fmt=fmt, tables=ing.tables)))


def test_the_faults_damage_what_they_say():
    assert lookalikes("一人生") == "⼀⼈⽣"
    assert fullwidth_digits("2027年") == "２０２７年"
    assert pdf_spacing("超过90%以上，2026年") == "超过 90% 以上，2026 年"
    assert "— 2 —" in page_marks("\n".join("第%d行" % i for i in range(20)))
    assert blank_lines("甲\n乙") == "甲\n\n乙" and indented("甲\n\n乙") == "\u3000\u3000甲\n\n\u3000\u3000乙"
    assert zero_width("一" * 80).count("\u200b") == 2
    assert fullwidth_stop_headings("三、2026年重点工作") == "三．2026年重点工作"
    assert spaced_headings("(三)主要目标\n3.2 应急") == "(三) 主要目标\n3.2 应急"
    assert tab_indented("甲\n\n乙") == "\t甲\n\n\t乙"
    assert letter_spaced_labels("一、总体要求\n附件1\n附件材料") == "一、总 体 要 求\n附  件1\n附件材料"
    assert table_of_contents("题\n一、甲\n(一)乙\n二、丙\n内容。") == \
        "题\n目  录\n一、甲……2\n(一)乙……2\n二、丙……2\n一、甲\n(一)乙\n二、丙\n内容。"
    assert number_alone("一、总体要求\n（二）加强领导。\n六、附件") == "一、\n总体要求\n（二）\n加强领导。\n六、附件"
    assert clause_on_its_own_line("加强。(责任单位:甲局、乙局)") == "加强。\n(责任单位:甲局、乙局)"
    assert clause_broken("(责任单位:甲局、乙局)") == "(责任单位:甲局、\n乙局)"
    assert clause_broken("(责任单位:各市、县(市、区)政府)") == "(责任单位:各市、县(市、区)政府)"
    assert small_brackets("国办发〔2019〕5号") == "国办发﹝2019﹞5号"
    assert chinese_date_lines("（2023年1月2日）\n2024年12月30日\n于2024年1月1日") == \
        "（二〇二三年一月二日）\n二〇二四年十二月三十日\n于2024年1月1日"


def test_a_pdfs_space_before_the_next_number_is_no_part_of_a_tail_indicator():
    """建强 2 个国家级和 22 个省级…: the space pdf_spacing puts before 22 must not keep 和 on the
    first item's indicator (it broke the shared-noun reading of the Liaoning report)."""
    from extract.find.targets import find_targets
    body = "2026年政府工作报告\n一、2026年主要任务\n培育2个国家级和22个省级区域医疗中心。"
    clean = [(t.anchor, t.value) for t in find_targets(parse_text(body))]
    assert clean == [(t.anchor, t.value) for t in find_targets(parse_text(pdf_spacing(body)))]
    assert clean[0] == ("国家级区域医疗中心", 2)
