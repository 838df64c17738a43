"""Numbered items a copy ran into the line before them (read/run_in.py).

The real case: a 2013 provincial division of work copied from a web page (probe batch 14)
writes …(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办) on one line,
so item (二) and its units were read as part of item (一).
"""
from __future__ import annotations

import pytest

from extract.pipeline import parse_file
from extract.read.run_in import split_run_in


@pytest.mark.parametrize("text, lines", [
    ("(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅负责)",
     ["(一)地区生产总值增长11%左右。(省发改委负责)", "(二)公共财政收入增长13%左右。(省财政厅负责)"]),
    ("  1.抓好重点项目。(省发改委主办)2.抓好技改项目。(省工信委主办)3.抓好招商。",
     ["  1.抓好重点项目。(省发改委主办)", "2.抓好技改项目。(省工信委主办)", "3.抓好招商。"]),
    ("九、强化保障;十、严格考核。", ["九、强化保障;", "十、严格考核。"]),
    ("(1)完善机制。(2)加强监管。", ["(1)完善机制。", "(2)加强监管。"]),
    # (a blank between the bracket and the next number: …等牽頭負責) 2. 組織實施… -- a 2021 province's policy list, both
    # annotators of probe batch 277)
    ("1. 支持创新。(皖发〔2021〕9号,省发展改革委等牵头负责) 2. 组织实施重大专项。(省科技厅等牵头负责)",
     ["1. 支持创新。(皖发〔2021〕9号,省发展改革委等牵头负责) ", "2. 组织实施重大专项。(省科技厅等牵头负责)"]),
], ids=["bracketed-cn", "arabic-chain", "nine-ten", "bracketed-arabic", "blank-between"])
def test_the_next_item_run_into_a_line_gets_a_line_of_its_own(text, lines):
    out, n = split_run_in(text)
    assert out.split("\n") == lines and n == len(lines) - 1


@pytest.mark.parametrize("text", [
    "1.全年投资增长8%。2.5亿元用于技改。",                      # a decimal after the full stop
    "(一)加强领导。(三)严格考核。",                              # not the next number
    "(一)按照《方案》(二)的要求推进。",                          # a citation inside a sentence
    "全年投资增长8%。(二)加强监管。",                            # the line opens with no number
    "1、推进改革(省发改委负责)、2项试点同步推进。",              # 2 not written as an item number
    "1.全年投资增长8%。 2.5亿元用于技改。",                     # a decimal after a blank
])
def test_what_is_not_a_run_in_item_stays(text):
    assert split_run_in(text) == (text, 0)


def test_a_division_of_work_reads_its_run_in_items_with_their_own_units(tmp_path):
    p = tmp_path / "division.txt"
    p.write_text("某省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n\n发布日期:2013-03-27    浏览次数:1\n\n"
                 "各市人民政府,省政府各有关直属单位:\n\n"
                 "  按照省政府常务会议的要求,现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下:\n\n"
                 "  一、全省经济社会发展主要目标\n\n"
                 "  (一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。"
                 "(省财政厅主办,省国税局、地税局协办)\n\n"
                 "  (三)城镇居民人均可支配收入、农民人均纯收入均增长12%以上。(省发改委、农委分别负责)\n",
                 encoding="utf-8")
    d = parse_file(p)
    assert [(t.path, [(u.name, u.role) for u in t.units]) for t in d.tasks] == [
        (("一", "(一)"), [("省发改委", "responsible")]),
        (("一", "(二)"), [("省财政厅", "lead"), ("省国税局", "cooperating"), ("省地税局", "cooperating")]),
        (("一", "(三)"), [("省发改委", "responsible"), ("省农委", "responsible")])]
    assert any("ran into the line before" in w for w in d.warnings)
    # the title read from the page gives the issuer; the opening sentence the year
    assert (d.meta.issuer, d.meta.period) == ("某省人民政府", [2013, 2013])
    assert [(t.anchor, t.value, t.deadline) for t in d.targets] == [
        ("地区生产总值", 11, "2013-12-31"), ("公共财政收入", 13, "2013-12-31"),
        ("城镇居民人均可支配收入", 12, "2013-12-31"), ("农民人均纯收入", 12, "2013-12-31")]


def test_a_run_of_items_of_another_kind_run_into_their_parts_heading():
    """一、促进就业(3项)1.促进…。(牵头单位:…)2.支持…, and 二、社会保障(2项)4.…5.… numbered on through the parts (a 2023
    province's livelihood list, both annotators of probe batch 165): each item on a line of its own; a number that
    no successor follows (2.3万人 after a full stop) or a table's number stays."""
    from extract.read.run_in import split_run_in
    text = ("一、促进就业(3项)1.促进重点群体稳定就业。(牵头单位:省人社厅)2.支持毕业生求职创业(牵头单位:省人社厅)\n"
            "二、社会保障(2项)4.提高低保标准。(牵头单位:省民政厅)5.新增老年食堂。(牵头单位:省民政厅)")
    assert split_run_in(text) == ("一、促进就业(3项)\n1.促进重点群体稳定就业。(牵头单位:省人社厅)\n"
                                  "2.支持毕业生求职创业(牵头单位:省人社厅)\n二、社会保障(2项)\n"
                                  "4.提高低保标准。(牵头单位:省民政厅)\n5.新增老年食堂。(牵头单位:省民政厅)", 4)
    assert split_run_in("一、工作目标。到2025年,增长1.5%。2.3万人") == ("一、工作目标。到2025年,增长1.5%。2.3万人", 0)
    assert split_run_in("一、目标(见表1)。表2列出。") == ("一、目标(见表1)。表2列出。", 0)


def test_a_list_run_on_after_the_sentence_that_announces_it():
    """…现就有关事项通知如下:1 .实现…。(责任单位:…)2.实施… on one line (a 2023 city's list of practical matters
    copied from a sharing site's preview, development probe): the first item after 如下: starts a line, so that
    the next ones are read as its successors; a first item with no second after it, or a 2 that only cites,
    stays where it is."""
    text = "市政府决定办好16件实事。现就有关事项通知如下:1 .实现新增就业35万人。(责任单位:市人社局)2.改造老旧小区400个。(责任单位:市住建局)"
    assert split_run_in(text) == ("市政府决定办好16件实事。现就有关事项通知如下:\n1 .实现新增就业35万人。(责任单位:市人社局)\n"
                                  "2.改造老旧小区400个。(责任单位:市住建局)", 2)
    for same in ("现就有关事项通知如下:1.实现新增就业35万人。(责任单位:市人社局)",
                 "具体安排如下:一、加强领导。按《方案》2.规定执行。",
                 "现通知如下:1.5亿元用于技改。2.实施改造。"):
        assert split_run_in(same) == (same, 0)
