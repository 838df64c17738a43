"""Genres (rules/genres.yaml): a document of each kind is recognised and read the
right way — a plan gets tasks, a work report gets the year's targets and no
tasks, a scoring standard the counts it asks for and no tasks, a regulation, a
reply, an approval and a notice of appointments get no tasks and no targets but
stay searchable (their text and deadlines are kept)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.find import genre
from extract.pipeline import parse_file

REAL = Path(__file__).resolve().parents[2] / "corpus" / "real"

# one real document of each genre (the rules were not written from these titles:
# each rule's examples and negatives are in rules/genres.yaml)
CASES = [
    ("plan", "state-council-html/content_5365341.html"),
    ("work_report", "work-reports/2026_河北省_政府工作报告.txt"),
    ("regulation", "state-council-html/content_5341736.html"),
    ("reply", "state-council-html/content_5351586.html"),
    ("approval", "state-council-html/content_5343832.html"),
    ("appointment", "state-council-html/content_5344146.html"),
    ("interpretation", "other-provinces/erlianhaote-2024-jiedu.txt"),
    ("standard", "other-provinces/zhejiang-wencheng-2020-yingjiguanlikaohepingfen.txt"),
]


def test_every_genre_has_a_case():
    assert {g for g, _ in CASES} == set(genre.GENRES)


@pytest.mark.parametrize("kind, name", CASES, ids=[g for g, _ in CASES])
def test_a_document_of_each_genre_is_read_as_such(kind, name):
    doc = parse_file(REAL / name)
    assert doc.genre == kind
    assert doc.text and doc.meta.title
    if kind == "plan":
        assert doc.tasks and doc.targets
    elif kind == "standard":
        # what is scored is no work; the counts it asks for (不少于4次) are targets
        assert not doc.tasks and doc.targets and all(t.unit != "分" for t in doc.targets)
    elif kind == "work_report":
        assert not doc.tasks
        assert doc.targets and all(t.deadline for t in doc.targets)
        year = doc.meta.period[0]
        # the year's commitments, not last year's figures
        assert sum(t.deadline == f"{year}-12-31" for t in doc.targets) >= 0.8 * len(doc.targets)
    else:
        assert not doc.tasks and not doc.targets


@pytest.mark.parametrize("title, kind", [
    ("国家职业教育改革实施方案", "plan"),
    ("关于支持人工智能创新发展的若干措施", "plan"),
    ("国务院办公厅关于印发国家粮食应急预案的函", "plan"),          # a 函 that issues a plan
    ("2026年广西壮族自治区政府工作报告", "work_report"),
    ("生成式人工智能服务管理暂行办法", "regulation"),
    # a notice that issues only rules is a regulation; one that also issues a plan is not
    ("国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知", "regulation"),
    ("关于印发《上海市科技专家库管理办法》的通知", "regulation"),
    ("关于印发人工智能行动方案和专项资金管理办法的通知", "plan"),
    ("关于印发浙江省算力网建设实施方案的通知", "plan"),
    ("《〈政府工作报告〉2024年重点工作任务分工方案》政策解读", "interpretation"),
    ("关于做好政策解读工作的通知", "plan"),
    ("国务院办公厅关于黄金经济政策有关问题的复函", "reply"),
    ("国务院关于河北雄安新区总体规划（2018—2035年）的批复", "approval"),
    ("国务院办公厅关于2019年部分节假日安排的通知", "appointment"),
    # a decision conferring awards reports what was granted (its prize counts are no targets)
    ("国务院关于2018年度国家科学技术奖励的决定", "appointment"),
    ("国务院关于表彰全国民族团结进步模范集体和模范个人的决定", "appointment"),
    ("国务院关于加快发展现代职业教育的决定", "plan"),
    ("2020年度各乡镇应急管理工作目标管理责任制考核指标评分标准", "standard"),
    ("关于制定评分标准的工作方案", "plan"),
    # the details of carrying out policy measures are a plan; a law's or a regulation's details are rules
    # (both annotators of a 2022 city's 具体实施细则, probe batch 70)
    ("关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则", "plan"),
    ("某市物业管理条例实施细则", "regulation"),
    ("关于住房公积金管理办法的实施细则", "regulation"),
])
def test_titles(title, kind):
    assert genre.detect(title)[0] == kind


def test_an_order_number_marks_a_regulation():
    assert genre.detect("", "国令第706号")[0] == "regulation"
    assert genre.detect("", "国办发〔2019〕4号")[0] == "plan"


def test_an_award_decision_commits_to_no_figure():
    from extract.pipeline import parse_text
    doc = parse_text("国务院关于2018年度国家科学技术奖励的决定\n\n各省、自治区、直辖市人民政府:\n\n"
                     "为奖励在科学技术进步活动中做出突出贡献的个人和组织,国务院决定,授予…等37项成果国家自然科学奖二等奖;"
                     "授予…等4项成果国家技术发明奖一等奖。\n\n国务院\n2018年12月28日\n")
    assert doc.genre == "appointment"
    assert doc.targets == [] and doc.tasks == []


def test_a_title_in_traditional_characters_is_read_as_its_simplified_form():
    """臨湘市教育體育局2019年度…重點民生實事工作完成情況公示 (a traditional-character copy, probe batch 99: both
    annotators found no targets in it): the completion report its simplified form names."""
    assert genre.detect("臨湘市教育體育局2019年度重點民生實事工作完成情況公示")[1] == "genre.completion_report"
    assert genre.detect("某市教育體育局2019年度重點民生實事工作實施方案")[1] == "genre.default"


def test_a_report_on_how_far_the_work_has_come_is_a_completion_report():
    """乌鲁木齐市改善民生10个方面100件实事办理工作情况, 市“十项重点工作”1-3月份进展情况通报 (both annotators of a 2014 city's
    report and of a 2019 city's bulletin, probe batches 158 and 194, found no targets in either): reports of results;
    a notice asking for such a report, or a table of it (…推进情况汇总表), is not one, nor is the progress of a list of
    livelihood projects."""
    assert genre.detect("乌鲁木齐市改善民生10个方面100件实事办理工作情况")[1] == "genre.completion_report"
    assert genre.detect("市“十項重點工作”1-3月份進展情況通報")[1] == "genre.completion_report"
    assert genre.detect("2017年市政府绩效任务四季度进展情况")[1] == "genre.completion_report"
    # (a list of livelihood projects restates each one's goal before its progress: the annotators of six such
    # reports counted them)
    assert genre.detect("2023年区政府重点民生实事项目推进情况(1-11月)")[1] == "genre.default"
    assert genre.detect("关于报送重点项目进展情况的通知")[1] == "genre.default"
    assert genre.detect("2025年区政府工作报告目标任务上半年推进情况汇总表")[1] == "genre.default"
