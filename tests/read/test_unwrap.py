"""Plain text pulled from a PDF: hard line breaks re-joined, page furniture dropped."""
import re
from pathlib import Path

import pytest

from extract.read.unwrap import unwrap, width

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

PARAS = [
    "一、工作目标",
    "到2027年，全省每万人口高价值发明专利拥有量达到25件，知识产权质押融资登记金额年均增长15%以上，"
    "知识产权保护社会满意度达到85分以上。",
    "二、重点任务",
    "1.实施高价值专利培育工程。围绕战略性产业集群，每年培育高价值专利组合50个以上，推动企业建设研发机构，"
    "提升创新能力。（牵头单位：省市场监管局；配合单位：省科技厅、省工业和信息化厅）",
    "2.推进商标品牌建设。新培育地理标志产品两个，2025年底前建成商标品牌指导站100家，加强品牌宣传推广，"
    "扩大品牌影响力。（牵头单位：省市场监管局；配合单位：省农业农村厅、省商务厅）",
    "3.强化司法保护。加大侵权惩罚性赔偿适用力度，完善技术调查官制度，推进知识产权案件繁简分流，"
    "提高审判效率和质量。（责任单位：省法院、省检察院、省公安厅）",
]


def wrap(paras, cols=40, header="某省人民政府办公厅文件", every=6):
    out, n = [], 0
    for p in paras:
        line = ""
        for ch in p:
            if width(line + ch) > cols:
                out.append(line)
                line = ""
                n += 1
                if n % every == 0:
                    out += [f"— {n // every} —", header]
            line += ch
        out.append(line)
    return "\n".join(out)


def test_wrapped_text_is_rejoined_into_paragraphs():
    text, joined, dropped = unwrap(wrap(PARAS))
    assert text.split("\n") == PARAS
    assert joined > 0 and dropped > 0


def test_unit_name_broken_across_lines_is_whole_again():
    text, _, _ = unwrap(wrap(PARAS, cols=37))
    assert "省工业和信息化厅" in text


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_paragraph_per_line_text_is_unchanged(path):
    text = path.read_text(encoding="utf-8")
    assert unwrap(text) == (text, 0, 0)


def test_short_text_is_unchanged():
    assert unwrap("一、目标\n内容。\n") == ("一、目标\n内容。\n", 0, 0)


def wrap_by_count(paras, n=30):
    return "\n".join(p[i:i + n] for p in paras for i in range(0, len(p), n))


def test_text_wrapped_by_character_count_is_rejoined():
    paras = [p for p in PARAS if len(p) > 30] * 2
    text, joined, _ = unwrap(wrap_by_count(paras))
    assert text.split("\n") == paras and joined > 0


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_width_agrees_with_unicode_east_asian_width(path):
    import unicodedata

    for line in path.read_text(encoding="utf-8").split("\n"):
        assert width(line) == sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@pytest.mark.parametrize("raw, expected", [
    ("二二、、重重点点任任务务", "二、重点任务"),
    ("（（一一））加加强强组组织织领领导导", "（一）加强组织领导"),
    ("定定西西市市人人民民政政府府办办公公室室文文件件", "定西市人民政府办公室文件"),
    ("哈哈", "哈哈"),                          # too short to tell
    ("一、重点任务", "一、重点任务"),
    ("2024年1月", "2024年1月"),
], ids=["heading", "paren-heading", "letterhead", "short", "normal", "date"])
def test_doubled_bold_lines_are_halved(raw, expected):
    from extract.read.unwrap import undouble

    assert undouble(raw + "\n正文。")[0] == expected + "\n正文。"


def test_a_clause_tail_repeated_by_several_tasks_is_not_a_running_header():
    """Three tasks that end on the same clause leave the same short last line three
    times: a paragraph's tail (it closes on a bracket), not a header to drop -- the
    units in it were lost.  A short line repeated without punctuation is still one."""
    tail = "（责任单位：省科技厅、省财政厅、各设区市人民政府）"
    work = "围绕战略性产业集群，推动企业建设研发机构，提升创新能力，完成年度目标任务并报送进展情况。"
    paras = [PARAS[0]] + [f"{i}.加强第{i}项工作。{work}{tail}" for i in range(1, 5)]
    wrapped = wrap(paras, cols=60, every=1000)
    assert wrapped.split("\n").count("科技厅、省财政厅、各设区市人民政府）") == 4     # the same short last line
    text, _, dropped = unwrap(wrapped)
    assert text.split("\n") == paras and dropped == 0
    text, _, dropped = unwrap(wrap(paras, cols=60, every=3))
    assert text.split("\n") == paras and dropped > 0     # page numbers and the header 某省人民政府办公厅文件


def test_a_line_that_stops_short_before_a_number_is_rejoined():
    """A line breaker never cuts 30000 or 1000亿元: it moves the number to the next line,
    and the line before stops short of the margin. The number would not have fitted, so
    the break is the wrap's, not a paragraph's end."""
    full = "围绕战略性新兴产业集群推动企业建设研发机构提升创新能力"[:20]     # 20 characters: the margin
    short = "全社会研发经费投入和数字经济核心产业增加值"[:18]                 # 18 characters, then 30000 > 40
    rest = "30000亿元以上，建成一批高水平创新平台。"
    paras = [f"{k}{full[1:]}{short}{rest}" for k in "一二三四五六"]
    lines = [ln for k in "一二三四五六" for ln in (f"{k}{full[1:]}", short, rest)]
    assert width(lines[0]) == 40 and width(short) + len("30000") > 40
    text, joined, _ = unwrap("\n".join(lines))
    assert text.split("\n") == paras and joined == 12


def test_lines_of_28_characters_with_half_width_marks_are_rejoined():
    """A page set 28 characters a line whose copy turned its colons and brackets half-width
    (协办单位:区委编办、区民政局(区委社会工委)、园区党工 / 委、各街道党工委; a 2019 district's plan,
    probe batch 20): by display width its lines look short, by count they are full."""
    para = "为贯彻落实北京市街道工作会议精神及相关要求以首善标准建设文明街道活力街道宜居街道平安街道现结合本区实际制定如下任务分解方案。"
    body = wrap_by_count([para] * 4, 28) + "\n"
    item = ("牵头单位:区委组织部\n"
            "协办单位:区委编办、区民政局(区委社会工委)、园区党工\n"
            "委、各街道党工委\n")
    text, joined, _ = unwrap(body + item + body)
    assert "园区党工委、各街道党工委" in text and joined >= 9
