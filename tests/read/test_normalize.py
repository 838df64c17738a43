"""Normalisation is length-preserving and maps only what it should."""
import pytest

from extract.read.normalize import fold, normalize

CASES = [
    ("（责任单位：市科技局；市财政局）", "(责任单位:市科技局;市财政局)"),
    ("１２３ＡＢＣ", "123ABC"),
    ("甲\u3000乙\u00a0丙\u2002丁", "甲 乙 丙 丁"),
    ("2023年5月—2024年6月", "2023年5月-2024年6月"),
    ("20261月﹣20267月", "20261月-20267月"),
    ("⎯⎯⎯建成国家区域标杆城市", "---建成国家区域标杆城市"),
    ("20238月一202310月", "20238月-202310月"),
    ("2023年5月一2024年6月", "2023年5月-2024年6月"),
    ("2024一3月", "2024-3月"),
    ("5月一6月", "5月-6月"),
    ("统一2024年标准", "统一2024年标准"),        # 一 after a word is the numeral
    ("第一2024", "第一2024"),
    ("一是加强", "一是加强"),
    ("知識產權保護", "知识产权保护"),            # traditional → simplified
    ("序号\t任务", "序号\t任务"),                # tabs separate table cells
    ("国办发﹝2019﹞5号﹙试行﹚", "国办发〔2019〕5号(试行)"),   # small form brackets (NFKC)
    ("1﹒劳动年龄人口﹐省﹑市", "1.劳动年龄人口,省、市"),        # small stop, comma, enumeration comma (NFKC; probe batch 103)
]


@pytest.mark.parametrize("raw, expected", CASES, ids=[c[0] for c in CASES])
def test_normalize(raw, expected):
    out = normalize(raw)
    assert out == expected
    assert len(out) == len(raw)


def test_simplified_forced_for_short_names():
    assert normalize("市財政局") == "市財政局"          # no hint character: left as is
    assert normalize("市財政局", simplified=True) == "市财政局"
    assert fold(" 市財政局 ") == "市财政局"


@pytest.mark.parametrize("text, want", [
    ("营业收入超１\ue010２万亿元", "营业收入超1.2万亿元"),        # a CJK font's private-use decimal point
    ("年产\uf031\uf02e\uf036亿套", "年产1.6亿套"),               # a symbol font's ASCII, U+F0xx
    ("比重\uf033\uf030\uf025以上", "比重30%以上"),
    ("\ue5cc\ue5cc\ue5cc红线", "   红线"),                      # a letterhead's rule: no character
    ("\uf06c推进改革", " 推进改革"),                            # a symbol font's bullet stays no character
    ("第\uf06c项", "第 项"),
])
def test_private_use_figures_are_read(text, want):
    assert normalize(text) == want


def test_a_founder_artefact_line_is_blanked_in_a_text_with_no_page_mark():
    """书 alone on a line (what Founder-typeset PDFs leave) is page furniture even where
    the text holds no 页 and no dash for a page mark to be looked for."""
    from extract.read.normalize import mask_furniture
    text = "刘明高级副总裁\n书\n李攀教授\n"
    assert mask_furniture(normalize(text)) == "刘明高级副总裁\n  李攀教授\n"
    assert mask_furniture("证书发放\n") == "证书发放\n"


@pytest.mark.parametrize("raw, want", [
    ("?\n??? 泰州市人民政府办公室\n???? 2019年8月26日\n", " \n    泰州市人民政府办公室\n     2019年8月26日\n"),
    ("是否达标? 是\n?如何申报\n", "是否达标? 是\n?如何申报\n"),
])
def test_question_marks_a_wrong_encoding_left_for_blanks_are_blanks(raw, want):
    """A page saved in the wrong encoding writes ? for each no-break or ideographic space it
    lost: a run of them alone on a line or before a blank at its start is blank (a date line
    and a signature then read as such); a ? inside a sentence, or before words, stays."""
    assert normalize(raw) == want


@pytest.mark.parametrize("raw, read", [
    ("二OO七年九月二十一日", "二〇〇七年九月二十一日"),        # letter O for 〇 (a 2007 city's notice, probe batch 224)
    ("二0一九年", "二〇一九年"),                                # a digit 0
    ("二O二O年工作要点", "二〇二〇年工作要点"),
    ("二〇〇七年", "二〇〇七年"),                                # already right
    ("一OO件", "一OO件"),                                      # no 年 after it: not a year
    ("2007年", "2007年"),
])
def test_a_chinese_numeral_years_lookalike_zeros(raw, read):
    assert normalize(raw) == read


def test_a_signature_date_with_letter_os_is_not_read_into_the_title_after_it():
    from extract import parse_text
    text = ("某市人民政府办公厅关于印发《某市农田水利基本建设指导意见》的通知\n(某府厅发[2007]99号)\n各县(市、区)人民政府:\n"
            "《某市农田水利基本建设指导意见》已经市政府同意,现印发给你们。\n二OO七年九月二十一日\n某市农田水利基本建设指导意见\n"
            "农田水利基本建设是农业生产发展的基础条件。\n")
    d = parse_text(text)
    assert d.meta.signed == "2007-09-21"
    assert "二" not in (d.meta.title or "")[:3]
