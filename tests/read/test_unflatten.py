"""A copy that lost its line breaks (a web page saved as one run of text, the
headings run into the sentences before them): ``normalize.unflatten`` puts a line
break back before each heading number in such a line, in ``norm`` only and at the
same length, so the plan's structure reads as it would with its breaks (probe
batch 9: a provincial division of work saved as one line read as one paragraph)."""
from extract.pipeline import parse_text
from extract.read.normalize import normalize, unflatten

LINES = ["关于明确2023年重点工作责任单位的通知",
         "现将重点工作任务予以分解并明确责任单位。各责任单位要尽快制定具体落实方案,明确时间节点、责任领导、主要措施,"
         "并于每季度末向省政府报告进展情况,确保年度重点工作任务圆满完成。",
         "一、加快提振市场信心",
         "(一)全面促进消费增长。",
         "1.把恢复和扩大消费摆在优先位置,调整妨碍消费的限制性措施,改善消费条件,创新消费场景。"
         "(省商务厅、财政厅、发展改革委等相关部门按职责分工负责)",
         "2.落实好提振市场信心措施。(省发展改革委牵头,省商务厅、财政厅按职责分工负责)",
         "(二)扩大有效投资。",
         "3.加大保障性租赁住房供给,探索长租房市场建设,解决好新市民、青年人等住房问题。"
         "(省住房城乡建设厅牵头,省财政厅、自然资源厅按职责分工负责)",
         "二、着力稳定经济增长",
         "4.推动制造业高质量发展。(省工业和信息化厅负责)"]


def _facts(text):
    d = parse_text(text)
    return [(t.path, [(u.name, u.role) for u in t.units]) for t in d.tasks]


def test_a_plan_saved_as_one_line_reads_as_the_plan_with_its_breaks():
    broken = "\n".join(LINES)
    flat = " ".join(LINES)
    want = _facts(broken)
    assert [p for p, _ in want] == [("一", "(一)", "1"), ("一", "(一)", "2"), ("一", "(二)", "3"), ("二", "4")]
    assert _facts(flat) == want
    d = parse_text(flat)
    assert d.text == flat and len(d.norm) == len(flat)        # the text as stored; spans hold
    t = d.tasks[-1]
    assert flat[t.units[0].start:t.units[0].end] == "省工业和信息化厅"


def test_only_long_lines_with_several_run_in_headings_are_broken():
    para = ("各地要把恢复和扩大消费摆在优先位置,调整妨碍消费的限制性措施,改善消费条件,创新消费场景。" * 7
            + "全年增长 1.5%以上,见 (一)所列事项与 第二条 规定。")
    assert len(para) >= 300
    assert unflatten(normalize(para)) == normalize(para)           # one or two asides are no run of headings
    short = "一、总体要求 (一)指导思想 1.坚持 2.推进"
    assert unflatten(short) == short                               # a short line keeps its blanks
    flat = normalize(" ".join(LINES))
    out = unflatten(flat)
    # every blank that was a break is one again: before each heading, and after the title's last word and the
    # sentence that ends before a heading
    assert len(out) == len(flat) and out == normalize("\n".join(LINES))


def test_the_letterheads_document_number_gets_its_own_line():
    """…的通知 豫政〔2023〕5号 现将…: in a flattened line the number stands between the
    title and the body, so title, number and issuer read as they would on their lines;
    a number cited in a sentence (…意见(豫政〔2023〕5号),现将…) is not broken out."""
    head = ["河南省人民政府 关于明确2023年重点工作责任单位的通知", "豫政〔2023〕5号"]
    d = parse_text(" ".join(head + LINES[1:]))
    assert (d.meta.doc_number, d.meta.issuer, d.meta.region, d.meta.period) == (
        "豫政〔2023〕5号", "河南省人民政府", "河南省", [2023, 2023])
    assert d.meta.title == "河南省人民政府关于明确2023年重点工作责任单位的通知"
    cited = normalize(" ".join(["根据《意见》(豫政〔2023〕5号),现将任务分解如下。"] + LINES[2:]))
    assert "豫政〔2023〕5号),现将" in unflatten(cited)


def test_one_blank_after_a_headings_words_or_a_sentence_is_a_lost_break():
    """(一)省监察委员会牵头的工作 强化行政监察,…体系。 协同部门:… (a 2006 province's division saved as one line,
    both annotators of probe batch 109): the blank after a heading's few words or after a sentence's end was a
    line break, so the heading names its lead and the item reads its helpers; a blank inside a sentence (城镇登记失
    业率, a wrap) stays, and so do runs of blanks (a table's cells)."""
    lines = ["关于印发重点工作责任分解的通知",
             "一、省长负责的工作",
             "(一)省监察委员会牵头的工作",
             "强化行政监察,建立健全教育、制度、监督并重的惩治和预防腐败体系。",
             "协同部门:省政府办公厅、发展改革委、教育厅等。",
             "(二)省审计厅牵头的工作",
             "强化审计监督,依法开展审计工作,维护财政经济秩序,促进廉政建设,确保城镇登记失 业率控制在4.5%以内。",
             "协同部门:省政府办公厅、财政厅等。",
             "(三)省编办牵头的工作",
             "进一步优化政府组织机构,依法界定和规范省、市、县三级政府和政府组成部门的事权与职责,建立权责明确、"
             "行为规范、监督有力、协调高效的行政管理体制,在总结农村税费改革试点经验的基础上全面推进乡镇机构改革,"
             "加快转变政府职能。"]
    flat = normalize(" ".join(lines))
    assert len(flat) >= 300
    assert unflatten(flat) == normalize("\n".join(lines))     # the wrap inside 失 业率 is no break
    assert _facts(" ".join(lines)) == _facts("\n".join(lines)) == [
        (("一", "(一)"), [("省监察委员会", "lead"), ("省政府办公厅", "cooperating"), ("省发展改革委", "cooperating"),
                         ("省教育厅", "cooperating")]),
        (("一", "(二)"), [("省审计厅", "lead"), ("省政府办公厅", "cooperating"), ("省财政厅", "cooperating")]),
        (("一", "(三)"), [("省编办", "lead")])]
    table = normalize(" ".join(lines[:3]) + " 序号   工作任务   责任单位 " + " ".join(lines[3:]))
    assert "序号   工作任务   责任单位" in unflatten(table)


def test_the_opening_of_a_text_cut_after_its_first_item_reads_with_its_breaks():
    # two heading numbers, each the first of its kind (一、 then (一)): a copy cut after its first item
    head = ("川委发〔2015〕1号 各市(州)、县(市、区)党委和人民政府,省直各部门: " + "当前农业农村工作面临形势更为复杂。" * 12
            + " 一、推动农村改革取得突破性进展 (一)进一步放活农村土地经营权。坚持以发展适度规模经营为核心,"
            + "2015年完成75%以上农村土地承包经营权确权登记颁证。")
    assert [t.path for t in parse_text(head).tasks] == [("一", "(一)")]
    # one 一、 after a document number standing between blanks in the same line
    one = ("文政发〔2016〕46号 各县(市)人民政府,州直各委、办、局: " + "为切实贯彻落实好稳增长各项决策部署,现提出以下实施意见:" * 8
           + " 一、切实推进重大项目建设 继续实施重点项目领导挂钩联系制度,及时协调解决项目推进中的困难和问题。")
    assert [t.path for t in parse_text(one).tasks] == [("一",)]


def test_two_numbers_that_do_not_open_a_text_leave_a_long_line_alone():
    # a sentence that cites 2. and (三) after blanks, neither the first of its kind; and 一、 with no number
    # standing between blanks before it
    line = "根据文件要求推进各项工作。" * 25 + " 2.落实好措施 (三)扩大投资"
    assert unflatten(normalize(line)) == normalize(line)
    single = "根据文件要求推进各项工作。" * 25 + " 一、加快发展"
    assert unflatten(normalize(single)) == normalize(single)
