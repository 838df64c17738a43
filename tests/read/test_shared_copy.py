"""A document-sharing site's copy (read/shared_copy.py): its page marks out, its title apart.

The real cases: seven texts of the development probe saved from sharing sites (a 2023 city's
list of practical matters, a 2021 district's table, a 2023 province's opinion, …) print
1、 2、 3、 at the start of each preview page, so that (责任单位:…、市\\n2、财政局…) cut a unit in
two and each page read as an item; the preview runs the title into the text after it.
"""
from __future__ import annotations

import pytest

from extract import parse_file
from extract.read.shared_copy import unpage_shared_copy

WRAP = "《{n}.docx》由会员分享,可在线阅读,更多相关《{n}.docx(4页珍藏版)》请在某某文库上搜索。\n"
NAME = "某市人民政府关于2023年重点办好16件实事的通知"


def test_page_marks_go_and_a_unit_cut_by_one_is_whole_again():
    text = (WRAP.format(n=NAME)
            + "1、" + NAME + "(某政发〔2023〕1号)各区人民政府:现就有关事项通知如下:"
            + "1.实现城镇新增就业35万人以上。(责任单位:市人力资源社会保障局、市\n"
            + "2、财政局)2.改造城镇老旧小区400个以上。(责任单位:市住房城乡建设局)\n")
    out, n = unpage_shared_copy(text)
    assert n == 2
    lines = out.split("\n")
    assert lines[1] == NAME                                   # the title on its own line
    assert lines[2].startswith("(某政发〔2023〕1号)各区人民政府")
    assert "市人力资源社会保障局、市财政局)2.改造" in out        # page 2's mark and break gone
    assert "\n2、" not in out


def test_through_the_pipeline_the_title_and_the_units_are_read(tmp_path):
    text = (WRAP.format(n=NAME)
            + "1、" + NAME + "\n"
            + "各区人民政府:\n"
            + "一、实现城镇新增就业35万人以上。(责任单位:市人力资源社会保障局、市\n"
            + "2、财政局)\n"
            + "二、改造城镇老旧小区400个以上。(责任单位:市住房城乡建设局)\n")
    f = tmp_path / "shared.txt"
    f.write_text(text, encoding="utf-8")
    d = parse_file(f)
    assert d.meta.title == NAME
    units = {u.name for t in d.tasks for u in t.units}
    assert "市财政局" in units and "财政局" not in units
    assert [list(t.path) for t in d.tasks] == [["一"], ["二"]]


def test_a_title_whose_name_the_site_writes_with_quotes_and_a_year_is_found():
    name = "某市贯彻落实《某省促进民营经济若干措施》实施方案(2023)"
    text = WRAP.format(n=name) + "1、某市贯彻落实某省促进民营经济若干措施实施方案为深入贯彻,制定本方案。\n"
    out, _ = unpage_shared_copy(text)
    assert out.split("\n")[1] == "某市贯彻落实某省促进民营经济若干措施实施方案"


@pytest.mark.parametrize("body", [
    # no sharing site's line over the text: the document's own 1、 2、
    "1、加强组织领导。\n2、强化督查考核。\n",
], ids=["no-wrapper"])
def test_text_that_is_no_shared_copy_is_left_alone(body):
    assert unpage_shared_copy(body) == (body, 0)


def test_a_mark_after_a_finished_sentence_or_out_of_order_stays():
    text = (WRAP.format(n=NAME) + "1、为做好今年工作,制定本方案。一、工作任务\n"
            + "3、加强领导。\n"                         # page 2 is due: a 3、 is the document's own
            + "2、强化督查。\n")                        # after a finished sentence: kept, with all after it
    out, n = unpage_shared_copy(text)
    assert n == 1
    assert "\n3、加强领导。\n2、强化督查。\n" in out


def test_a_parts_heading_run_into_the_preview_line_gets_its_own_line():
    """…制订以下实施方案。一、总体目标 通过… / …包联制度。四、划分网格、明确网格责任人 1、按照… (a 2008 township's plan on a
    sharing site, probe batch 264): each part's heading on its line, its text on the next; a 一、 inside a
    sentence with no heading's words before a blank (分为 一、二类) stays."""
    name = "某镇社区网格化管理实施方案"
    text = (WRAP.format(n=name).replace(".docx", ".pdf")
            + "1、" + name + " 为了进一步创新服务方式,制订以下实施方案。一、总体目标 通过机制创新,实现精细化。"
            + "二、成立组织 成立由镇党委主要领导任组长的领导小组。三、划分网格、明确网格责任人 1、按照要求合理设置社区网格。"
            + "2、坚持城乡统筹发展。\n")
    out, _ = unpage_shared_copy(text)
    lines = out.split("\n")
    for head in ("一、总体目标", "二、成立组织", "三、划分网格、明确网格责任人"):
        assert head in lines, lines
    assert "通过机制创新,实现精细化。" in lines and "1、按照要求合理设置社区网格。2、坚持城乡统筹发展。" in lines
    kept = WRAP.format(n=name) + "1、" + name + " 网格分为 一、二类管理。\n"
    assert "分为 一、二类管理" in unpage_shared_copy(kept)[0]
