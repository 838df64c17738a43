"""Responsibility-clause forms real plans use beyond the seed corpus.

One table: (id, text as a plan writes it, expected units as (name, role) over
all clauses found, in order).  Texts are written with the plan's own
full-width punctuation and normalised here, as the pipeline does.  Expected
outputs follow corpus/gold/GUIDE.md (Units); the judgement calls are noted
beside the cases and in rules/units.yaml:

* a deadline or pace after the units (…负责，2024年12月底前完成) is not a unit;
* 党委和政府 and a list of levels before one government word
  (各市、县（市、区）人民政府) are one collective unit;
* 等 before a bare generic (等部门, 等10个部门) is dropped with it; a collective
  after 等 that says 有关/相关 or has its own prefix (等有关部门, 等省有关部门) is a
  unit of its own (GUIDE: X等有关部门负责 → X and 有关部门, both responsible; until
  this session the pipeline dropped the bare 等有关部门, against the guide);
* a collective named alone (各地区各有关部门) is a unit;
* a star or bracketed 牵头 after one name marks that name only;
* places listed bare before one head (安定区、陇西县、渭源县人民政府) each take
  the head, as a list's implicit prefix is restored, and a city written by its
  short name takes the head's level word too (广州、深圳市人民政府);
* a level range is part of a collective's name (各地级以上市人民政府);
* a role word reaches back over 、 only, not over a comma (责任单位：A，B配合).
"""
import pytest

from extract.read.normalize import normalize
from extract.find.units import find_clauses, find_table_rows

L, R, C = "lead", "responsible", "cooperating"

FORMS = [
    # ---- deadline / pace after the units -----------------------------------
    ("lead-resp-deadline", "推进改革。（市发展改革委牵头，各区县政府负责，2024年12月底前完成）",
     [("市发展改革委", L), ("各区县政府", R)]),
    ("resp-deadline", "（市发展改革委、市财政局按职责分工负责，2024年底前完成）",
     [("市发展改革委", R), ("市财政局", R)]),
    ("resp-deadline-no-verb", "（市发展改革委负责，2024年6月底前）", [("市发展改革委", R)]),
    ("resp-pace", "（市发展改革委牵头，各区县政府负责，持续推进）", [("市发展改革委", L), ("各区县政府", R)]),
    ("lead-only-pace", "（市发展改革委牵头，长期坚持）", [("市发展改革委", L)]),
    # …均为责任单位 closing a second list after a full stop (a 2022 province's work points, probe batch 230)
    ("are-responsible", "（省政务局牵头，省直相关单位按职责分工负责。各市州人民政府均为责任单位）",
     [("省政务局", L), ("省直相关单位", R), ("各市州人民政府", R)]),
    # 按责任分工 (their shares of the responsibility) as 按职责分工; 下同 after it repeats
    # nothing about roles: every unit stays responsible
    ("by-responsibility-ditto", "推进改革。（科技部、教育部、浙江省人民政府，按责任分工，下同）\n",
     [("科技部", R), ("教育部", R), ("浙江省人民政府", R)]),
    # a collective named by what it does (相关建设运营主体, 各类市场主体) is a unit
    ("operating-subjects", "推进改革。（责任单位：省数据局、相关建设运营主体）\n",
     [("省数据局", R), ("相关建设运营主体", R)]),
    ("by-duty-ditto", "推进改革。（市发展改革委、市财政局按职责分工负责，下同）\n",
     [("市发展改革委", R), ("市财政局", R)]),
    ("bare-list-deadline", "推进改革。（市发展改革委、市财政局，2024年底前完成）\n",
     [("市发展改革委", R), ("市财政局", R)]),
    ("labels-deadline", "（牵头单位：市发展改革委；责任单位：各区县政府；完成时限：2024年底前）",
     [("市发展改革委", L), ("各区县政府", R)]),
    ("label-then-bare-deadline", "（责任单位：市发展改革委、市财政局；2024年底前完成）",
     [("市发展改革委", R), ("市财政局", R)]),
    ("deadline-between-labels", "（牵头单位：市发展改革委；完成时限：2024年底前；配合单位：市财政局）",
     [("市发展改革委", L), ("市财政局", C)]),
    ("deadline-label-blank", "（责任单位：市发展改革委 完成时限：2024年底）", [("市发展改革委", R)]),
    ("deadline-first", "（2024年底前完成，市发展改革委负责）", [("市发展改革委", R)]),
    ("deadline-label-after-roles", "（市发展改革委牵头，市财政局配合；完成时限：2024年底）",
     [("市发展改革委", L), ("市财政局", C)]),
    ("state-council-pace", "（国务院各部门分别负责，年内持续推进）", [("国务院各部门", R)]),
    ("state-council-month", "（财政部牵头，6月底前出台相关政策）", [("财政部", L)]),
    ("pace-between-parts", "（国家发展改革委牵头，年内持续推进；财政部、税务总局按职责分工负责，年底前完成）",
     [("国家发展改革委", L), ("财政部", R), ("税务总局", R)]),
    ("note-after-stop", "〔责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。"
                        "具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕",
     [("省发展改革委", R), ("省市场监管局", R), ("省商务厅", R), ("省大数据中心", R)]),
    # (a full stop parting two lists of one bracket: both are the item's -- both annotators of a 2021 province's
    # and a 2022 city's food-safety plans, probe batch 211)
    ("two-lists-one-bracket", "推进监管。(省市场监管局、南昌海关按职责分工负责。各市、县〔区〕政府属地负责,下同)",
     [("省市场监管局", R), ("南昌海关", R), ("各市、县〔区〕政府", R)]),
    ("bare-list-then-role", "推进监管。(市食品安全办、市食品安全委各成员单位。各县〔市、区〕政府属地负责,下同)",
     [("市食品安全办", R), ("市食品安全委各成员单位", R), ("各县〔市、区〕政府", R)]),
    # (… but a sentence saying who a collective is names no units: 各市政府包括各设区市政府,韩城市政府 -- a 2019
    # province's blue-sky plan)
    ("definition-after-stop", "强化管控。(省生态环境厅牵头,省发展改革委等参与,各市政府负责落实。各市政府包括各设区市政府,"
                              "韩城市政府,杨凌示范区管委会负责,下同)",
     [("省生态环境厅", L), ("省发展改革委", C), ("各市政府", R)]),
    ("line-deadline", "推进改革。\n责任单位：市发展改革委、市财政局；完成时限：2024年底前\n",
     [("市发展改革委", R), ("市财政局", R)]),
    # ---- bracketed heading labels ------------------------------------------
    ("heading-label", "推进改革。【责任单位】市发展改革委、市财政局", [("市发展改革委", R), ("市财政局", R)]),
    ("heading-labels-one-line", "推进改革。〔牵头单位〕市发展改革委〔配合单位〕市财政局、市商务局",
     [("市发展改革委", L), ("市财政局", C), ("市商务局", C)]),
    ("heading-label-no-stop", "推进改革【责任单位】市发展改革委、市财政局【完成时限】2024年底前",
     [("市发展改革委", R), ("市财政局", R)]),
    ("heading-labels-lines", "推进改革。\n【牵头单位】市发展改革委\n【配合单位】市财政局、市商务局\n【完成时限】2024年底前\n",
     [("市发展改革委", L), ("市财政局", C), ("市商务局", C)]),
    ("square-label", "推进改革。\n[责任单位]市发展改革委\n", [("市发展改革委", R)]),
    ("bullet-label", "推进改革。\n● 责任单位：市发展改革委、市财政局\n", [("市发展改革委", R), ("市财政局", R)]),
    ("level-labels", "推进改革。\n市级责任单位：市发展改革委；区县责任单位：各区县政府\n",
     [("市发展改革委", R), ("各区县政府", R)]),
    ("level-lead-label", "（市级牵头单位：市发展改革委；市级配合单位：市财政局）", [("市发展改革委", L), ("市财政局", C)]),
    # ---- label words ---------------------------------------------------------
    ("lead-resp-labels", "（牵头单位：市发展改革委；责任单位：各区县政府）", [("市发展改革委", L), ("各区县政府", R)]),
    ("labels-comma", "（牵头单位：市发展改革委，配合单位：市财政局）", [("市发展改革委", L), ("市财政局", C)]),
    ("labels-blank", "（牵头单位：市发展改革委 责任单位：市财政局）", [("市发展改革委", L), ("市财政局", R)]),
    ("lead-resp-labelled", "（牵头责任单位：市发展改革委；配合责任单位：市财政局）",
     [("市发展改革委", L), ("市财政局", C)]),
    ("main-resp-label", "（主要责任单位：市发展改革委；配合单位：市财政局）", [("市发展改革委", R), ("市财政局", C)]),
    ("resp-subject-label", "（责任主体：各区县政府）", [("各区县政府", R)]),
    ("label-comma-in-text", "推进改革，责任单位：市发展改革委。", [("市发展改革委", R)]),
    ("label-then-coop-after-comma", "（责任单位：市发展改革委，市财政局配合）", [("市发展改革委", R), ("市财政局", C)]),
    ("label-with-role-words", "（责任单位：市发展改革委牵头，市财政局配合）", [("市发展改革委", L), ("市财政局", C)]),
    ("three-resp-one-coop", "（责任单位：市发改委、市经信局、市科技局；配合单位：市财政局）",
     [("市发改委", R), ("市经信局", R), ("市科技局", R), ("市财政局", C)]),
    ("blank-separated-in-bracket", "（责任单位：市发展改革委 市财政局 市商务局）",
     [("市发展改革委", R), ("市财政局", R), ("市商务局", R)]),
    ("wrapped-bare-clause", "推进改革。（县农业农村局牵头，县发展和改革局、县财\n政局、县商务局配合）\n",
     [("县农业农村局", L), ("县发展和改革局", C), ("县财政局", C), ("县商务局", C)]),
    ("wrapped-bare-list", "推进改革。（县科技局、县财\n政局）\n", [("县科技局", R), ("县财政局", R)]),
    ("pdf-blanks", "（责任单位： 市发展改革委、 市财政局）", [("市发展改革委", R), ("市财政局", R)]),
    # ---- persons and other fields are not units ------------------------------
    ("leader-not-unit", "（责任领导：张三；责任单位：市发展改革委）", [("市发展改革委", R)]),
    ("lead-leader-not-unit", "（牵头领导：副市长王某某；牵头单位：市发展改革委）", [("市发展改革委", L)]),
    ("guidance-label-not-a-role", "（牵头单位：市发展改革委；指导单位：市科技局）", [("市发展改革委", L)]),
    ("contact-not-unit", "（牵头单位：市发展改革委；联系人：张三，电话：12345678）", [("市发展改革委", L)]),
    # ---- lead marks ----------------------------------------------------------
    ("lead-mark-first", "责任单位：市发展改革委（牵头）、市财政局、市税务局",
     [("市发展改革委", L), ("市财政局", R), ("市税务局", R)]),
    ("lead-mark-last", "（责任单位：市财政局、市发展改革委（牵头））", [("市财政局", R), ("市发展改革委", L)]),
    ("coop-mark", "（责任单位：市发展改革委（牵头单位）、市财政局（配合单位））",
     [("市发展改革委", L), ("市财政局", C)]),
    ("lead-star", "（责任单位：市发展改革委*、市财政局）", [("市发展改革委", L), ("市财政局", R)]),
    ("first-listed-leads", "（责任单位：市发展改革委、市财政局、各区县政府，排在第一位的为牵头单位）",
     [("市发展改革委", L), ("市财政局", R), ("各区县政府", R)]),
    ("line-lead-mark-comma", "推进改革。\n责任单位：市发展改革委（牵头），市财政局，各区县政府\n",
     [("市发展改革委", L), ("市财政局", R), ("各区县政府", R)]),
    # ---- collective names ----------------------------------------------------
    ("party-and-gov", "（责任单位：市委组织部、市委编办，各区县党委和政府）",
     [("市委组织部", R), ("市委编办", R), ("各区县党委和政府", R)]),
    ("party-and-gov-bracket", "（责任单位：各县（市、区）党委和政府）", [("各县(市、区)党委和政府", R)]),
    ("county-gov-and-direct-depts", "（责任单位：各县（市、区）人民政府，市直有关部门）",
     [("各县(市、区)人民政府", R), ("市直有关部门", R)]),
    ("level-list-gov", "（责任单位：省直有关部门，各市、县（市、区）人民政府）",
     [("省直有关部门", R), ("各市、县(市、区)人民政府", R)]),
    ("provinces-regions-municipalities", "（各省、自治区、直辖市人民政府负责）", [("各省、自治区、直辖市人民政府", R)]),
    ("level-list-two-brackets", "（各市（州）、县（市、区）人民政府按职责分工负责）",
     [("各市(州)、县(市、区)人民政府", R)]),
    ("all-regions-all-depts", "（各地区各有关部门按职责分工负责）", [("各地区各有关部门", R)]),
    ("regions-and-depts-listed", "（各地区、各有关部门按职责分工负责）", [("各地区", R), ("各有关部门", R)]),
    ("zone-committees", "（责任单位：市住建局，各区管委会）", [("市住建局", R), ("各区管委会", R)]),
    ("members-collective", "（市发展改革委牵头，各成员单位按职责分工负责）", [("市发展改革委", L), ("各成员单位", R)]),
    ("collective-with-he", "（市发展改革委牵头，市直相关部门和各区县政府配合）",
     [("市发展改革委", L), ("市直相关部门", C), ("各区县政府", C)]),
    ("city-lead-offices", "（市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责）",
     [("市政府办公室", L), ("市行政审批制度改革工作领导小组办公室", L), ("市级各有关部门", R), ("各县市区政府", R)]),
    ("line-labels-blank-lines", "1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位：区发改局\n\n责任单位：立山经济开发区，各街道、区直各部门\n",
     [("区发改局", L), ("立山经济开发区", R), ("各街道", R), ("区直各部门", R)]),
    ("shared-government-head", "（牵头单位：市工信局；配合单位：市发展改革委、市商务局，安定区、陇西县、渭源县人民政府）",
     [("市工信局", L), ("市发展改革委", C), ("市商务局", C), ("安定区人民政府", C), ("陇西县人民政府", C), ("渭源县人民政府", C)]),
    ("shared-head-short", "（责任单位：龙城区、双塔区政府）", [("龙城区政府", R), ("双塔区政府", R)]),
    # 主要 before a label; a bare collective after one with its government's prefix takes it; one
    # that names other governments does not (both probe annotators of batch 20)
    ("main-cooperating-label", "推进工作。\n牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府,县政府有关部门、有关直属单位\n",
     [("县卫健委", L), ("各乡镇人民政府", C), ("县政府有关部门", C), ("县政府有关直属单位", C)]),
    ("collective-of-other-governments", "（省有关部门、有关市、州人民政府负责）",
     [("省有关部门", R), ("有关市、州人民政府", R)]),
    # 各 as 有关 (市政府各部门、各直属机构: both annotators of a 2021 city's division, probe batch 50);
    # not a level's bodies (各级政府) nor other governments (各县区政府)
    ("each-collective-prefix", "（牵头责任单位:市发改委;协同责任单位:市政府各部门、各直属机构）",
     [("市发改委", L), ("市政府各部门", C), ("市政府各直属机构", C)]),
    ("each-collective-other-governments", "（市政府各部门、各县区政府负责）",
     [("市政府各部门", R), ("各县区政府", R)]),
    # a fisheries department takes the list's prefix as any department does (both annotators of a 2012
    # province's division, probe batch 51); a sentence's bracket list mid-paragraph (a 2019 county, batch 51)
    ("fisheries-prefix", "推进工作。(责任单位:省农业厅、海洋与渔业厅、环保厅)\n",
     [("省农业厅", R), ("省海洋与渔业厅", R), ("省环保厅", R)]),
    ("bare-list-mid-paragraph", "一、强化防控\n加强技术培训(县卫健局、农业农村局、发改局)。做好收获粮食监测工作(县发改局、财政局)。\n",
     [("县卫健局", R), ("县农业农村局", R), ("县发改局", R), ("县发改局", R), ("县财政局", R)]),
    # a PDF's blank inside a label (协办单 位:): both annotators of a 2015 province's plan, probe batch 47
    ("spaced-label", "1.扩大就业。( 主办单位 :省人力资源社会保障厅,协办单 位:省教育厅)\n",
     [("省人力资源社会保障厅", L), ("省教育厅", C)]),
    # a region's prefix reaches a party department bare (自治区宣传部: 自治区委 is no name) and a broadcasting
    # bureau; a campaign's 推进办 is an office (both annotators of probe batch 53)
    ("region-prefix-party", "1.深化健康教育。(自治区卫生健康委牵头,宣传部、网信办、广播电视局按职责分工负责)\n",
     [("自治区卫生健康委", L), ("自治区宣传部", R), ("自治区网信办", R), ("自治区广播电视局", R)]),
    ("campaign-office", "(一)组织召开推进会议。(健康中国某区行动推进办负责)\n", [("健康中国某区行动推进办", R)]),
    # a province's communications administration takes the list's 省 (both annotators of probe batch 57)
    ("telecom-prefix", "(一)加快规划编制。(责任单位:省住房城乡建设厅、通信管理局)\n",
     [("省住房城乡建设厅", R), ("省通信管理局", R)]),
    # 分工负责 as 按职责分工负责 (both annotators of a 2023 provincial bureau's points, probe batch 51)
    ("division-responsible", "1.坚定不移推进从严治党。(机关党委牵头,各处室分工负责)\n",
     [("机关党委", L), ("各处室", R)]),
    # 责任地区: the places that carry the work beside the lead (both annotators of probe batch 52)
    ("area-label", "1.破除市场准入壁垒。依法实行。(牵头单位:市发展改革委;责任地区:各区市县政府、先导区管委会)\n",
     [("市发展改革委", L), ("各区市县政府", R), ("先导区管委会", R)]),
    # 参加 as 参与 closing a bracket (both annotators of a 2015 city's opinion, probe batch 50)
    ("join-cooperating", "1.坚持就业优先。纳入考核。(市发展改革委、市人社局牵头,市委组织部、国家统计局某市调查队参加) 2.发挥作用。\n",
     [("市发展改革委", L), ("市人社局", L), ("市委组织部", C), ("国家统计局某市调查队", C)]),
    # who leads and who assists opening an item's sentence, the official in charge left out (both
    # probe annotators of batch 23)
    ("opening-roles", "1、设立试验区事宜\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n",
     [("市发改委", L), ("相关部门", C)]),
    # a bureau's sections as the units (责任科室:…; both probe annotators of batch 22)
    ("section-label", "(责任科室:组干科、机关党委)", [("组干科", R), ("机关党委", R)]),
    # divisions written bare after one under its department belong to it; a semicolon group
    # under another department starts again; a 办事处 and a collective are no divisions
    ("divisions-under-a-department", "(责任单位:重庆市农业农村委员会粮油处、农田建设处;四川省农业农村厅畜牧兽医局、饲料兽药处)",
     [("重庆市农业农村委员会粮油处", R), ("重庆市农业农村委员会农田建设处", R), ("四川省农业农村厅畜牧兽医局", R),
      ("四川省农业农村厅饲料兽药处", R)]),
    ("district-branch-then-offices", "(责任单位:南宁市自然资源局青秀分局、各街道办事处)",
     [("南宁市自然资源局青秀分局", R), ("各街道办事处", R)]),
    # a department the places share (both probe annotators of batch 19)
    ("shared-department", "（责任单位：海东市、兰州市、临夏州发展改革部门）",
     [("海东市发展改革部门", R), ("兰州市发展改革部门", R), ("临夏州发展改革部门", R)]),
    # cities written by their short names share the level word with the head (Guangdong's usage)
    ("shared-head-and-level", "（省科技厅、广州、深圳市人民政府按职责分工负责）",
     [("省科技厅", R), ("广州市人民政府", R), ("深圳市人民政府", R)]),
    ("short-city-names", "（惠州、东莞、中山市人民政府负责）",
     [("惠州市人民政府", R), ("东莞市人民政府", R), ("中山市人民政府", R)]),
    # a level range is part of a collective's name
    ("level-range-collective", "（责任单位：省科技厅、省工业和信息化厅，各地级以上市人民政府）",
     [("省科技厅", R), ("省工业和信息化厅", R), ("各地级以上市人民政府", R)]),
    ("level-range-alone", "（省科技厅、各地级以上市人民政府按职责分工负责）", [("省科技厅", R), ("各地级以上市人民政府", R)]),
    ("no-head-after-comma", "（责任单位：立山经济开发区，各街道，区税务局）",
     [("立山经济开发区", R), ("各街道", R), ("区税务局", R)]),
    ("enterprises", "（责任单位：国网XX供电公司、市电信公司）", [("国网XX供电公司", R), ("市电信公司", R)]),
    # ---- 等 ------------------------------------------------------------------
    ("provincial-deng-ji", "（省发展改革委、省工业和信息化厅、省科技厅等省有关部门及各市、县（市、区）人民政府按职责分工负责）",
     [("省发展改革委", R), ("省工业和信息化厅", R), ("省科技厅", R), ("省有关部门", R), ("各市、县(市、区)人民政府", R)]),
    ("state-council-deng", "（国家发展改革委、财政部、人力资源社会保障部等按职责分工负责）",
     [("国家发展改革委", R), ("财政部", R), ("人力资源社会保障部", R)]),
    ("deng-state-council-depts", "（国家发展改革委、财政部等国务院有关部门按职责分工负责）",
     [("国家发展改革委", R), ("财政部", R), ("国务院有关部门", R)]),
    ("deng-bumen", "（责任单位：市发展改革委等部门）", [("市发展改革委", R)]),
    ("deng-count", "（责任单位：市发展改革委等10个部门）", [("市发展改革委", R)]),
    ("deng-related", "（牵头单位：市发展改革委；配合单位：市财政局等相关部门）",
     [("市发展改革委", L), ("市财政局", C), ("相关部门", C)]),
    ("deng-youguan-deadline", "（国家发展改革委等有关部门负责，2025年底前完成）", [("国家发展改革委", R), ("有关部门", R)]),
    # a province's list that restores its prefix up to 等, then the collective (probe batch 9)
    ("deng-related-prefix", "（省发展改革委牵头，省商务厅、财政厅、住房城乡建设厅等相关部门按职责分工负责）",
     [("省发展改革委", L), ("省商务厅", R), ("省财政厅", R), ("省住房城乡建设厅", R), ("相关部门", R)]),
    ("deng-other-youguan", "（市财政局等其他有关单位负责）", [("市财政局", R), ("其他有关单位", R)]),
    ("deng-other-bumen", "（市财政局等其他部门负责）", [("市财政局", R)]),
    # 协调推动 after the units made responsible: the coordinating body cooperates (both probe
    # annotators of a 2018 provincial tourism plan, batch 10)
    ("coordinate-push", "（各州、市人民政府负责；省环境保护厅、省林业厅、省旅游发展委协调推动）",
     [("各州、市人民政府", R), ("省环境保护厅", C), ("省林业厅", C), ("省旅游发展委", C)]),
    # after a group closed by its role and a semicolon, the next role word takes every item since,
    # over commas that group the items by kind (both probe annotators of a 2017 provincial opinion,
    # batch 15); with no semicolon the items before a comma keep their own role
    ("semicolon-group", "（省发展改革委、财政厅牵头；省林业厅、水利厅，国家开发银行云南省分行，各州、市人民政府配合）",
     [("省发展改革委", L), ("省财政厅", L), ("省林业厅", C), ("省水利厅", C), ("国家开发银行云南省分行", C),
      ("各州、市人民政府", C)]),
    ("comma-group", "（省发展改革委牵头，省财政厅、省商务厅，各州、市人民政府配合）",
     [("省发展改革委", L), ("省财政厅", R), ("省商务厅", R), ("各州、市人民政府", C)]),
    # in square brackets (a 2018 city plan, probe batch 16)
    ("square-bracket", "[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实]",
     [("市水务局", L), ("市工信委", C), ("市城乡建设局", C), ("各县(市)区政府", R)]),
    # ---- State Council and ministry forms ------------------------------------
    ("lead-then-deng", "（教育部牵头，国家发展改革委、财政部等按职责分工负责）",
     [("教育部", L), ("国家发展改革委", R), ("财政部", R)]),
    ("local-govs-implement", "（工业和信息化部、国家发展改革委、科技部、财政部按职责分工负责，地方各级人民政府落实）",
     [("工业和信息化部", R), ("国家发展改革委", R), ("科技部", R), ("财政部", R), ("地方各级人民政府", R)]),
    ("central-offices", "（国家发展改革委牵头，中央网信办、工业和信息化部等按职责分工负责）",
     [("国家发展改革委", L), ("中央网信办", R), ("工业和信息化部", R)]),
    ("courts", "（最高人民法院、最高人民检察院、公安部按职责分工负责）",
     [("最高人民法院", R), ("最高人民检察院", R), ("公安部", R)]),
    ("mass-organisations", "（中央宣传部、教育部、共青团中央、中国科协、全国妇联按职责分工负责）",
     [("中央宣传部", R), ("教育部", R), ("共青团中央", R), ("中国科协", R), ("全国妇联", R)]),
    ("bare-list-central", "推进改革。（海关总署、审计署、全国总工会）\n", [("海关总署", R), ("审计署", R), ("全国总工会", R)]),
    ("ministry-departments", "（农村合作经济指导司牵头，计划财务司、乡村产业发展司配合，各省级农业农村部门负责落实）",
     [("农村合作经济指导司", L), ("计划财务司", C), ("乡村产业发展司", C), ("各省级农业农村部门", R)]),
    ("each-province-gov", "（各省级人民政府负责）", [("各省级人民政府", R)]),
    # X会同Y负责: both take the clause's role (GUIDE gives lead only to 牵头; CONVENTIONS.md C5)
    ("with-relevant-depts", "（国家发展改革委会同有关部门负责）", [("国家发展改革委", R), ("有关部门", R)]),
    # ---- bare lists and role words -------------------------------------------
    ("resp-only", "（市发展改革委负责）", [("市发展改革委", R)]),
    ("resp-coop", "（市科技局、市财政局负责，市统计局配合）", [("市科技局", R), ("市财政局", R), ("市统计局", C)]),
    ("bare-list-end", "推进改革。（市发展改革委、市财政局，各县区政府）", [("市发展改革委", R), ("市财政局", R), ("各县区政府", R)]),
    ("by-duty-city", "（市委宣传部、市委网信办、市公安局按职责分工负责）", [("市委宣传部", R), ("市委网信办", R), ("市公安局", R)]),
    ("by-own-duty", "（市发展改革委、市财政局、市商务局等部门按照各自职责负责）",
     [("市发展改革委", R), ("市财政局", R), ("市商务局", R)]),
    ("specifically-implement", "（市发展改革委牵头，市财政局、市科技局等部门配合，各区县政府具体落实）",
     [("市发展改革委", L), ("市财政局", C), ("市科技局", C), ("各区县政府", R)]),
    ("overall-responsibility", "（各区县政府负总责，市直有关部门配合）", [("各区县政府", R), ("市直有关部门", C)]),
    ("semicolon-between-roles", "（市发展改革委、市财政局负责；各区县政府落实）",
     [("市发展改革委", R), ("市财政局", R), ("各区县政府", R)]),
    ("you-hui-tong", "（由市发展改革委会同市财政局负责）", [("市发展改革委", R), ("市财政局", R)]),
    ("object-before-you", "（具体由市财政局负责）", [("市财政局", R)]),
    ("alias-in-list", "（责任单位：市发展改革委（市粮食和储备局）、市财政局）", [("市发展改革委", R), ("市财政局", R)]),
    # ---- unbracketed 由… sentences ------------------------------------------
    ("you-sentence-resp", "推进医共体建设。由县卫生健康局负责。", [("县卫生健康局", R)]),
    ("you-sentence-by-duty", "完善排涝设施。由县水利局、县住房城乡建设局按职责分工负责。",
     [("县水利局", R), ("县住房城乡建设局", R)]),
    ("you-sentence-two-parts", "完成改造。由县住房城乡建设局负责，各街道办事处具体实施。",
     [("县住房城乡建设局", R), ("各街道办事处", R)]),
    ("you-sentence-lead-coop-company", "由县住房城乡建设局牵头，县城市管理和综合执法局、国网攸县供电公司配合。",
     [("县住房城乡建设局", L), ("县城市管理和综合执法局", C), ("国网攸县供电公司", C)]),
    ("you-sentence-after-comma", "对推进不力的单位进行约谈，由县政府督查室负责。", [("县政府督查室", R)]),
    # ---- unbracketed sentences that close a paragraph -------------------------
    ("end-sentence-by-duty", "推进改革。市发展改革委、市财政局按职责分工负责。\n",
     [("市发展改革委", R), ("市财政局", R)]),
    ("end-sentence-two-parts", "推进改革。市发展改革委负责，各区县政府配合。\n", [("市发展改革委", R), ("各区县政府", C)]),
    ("end-sentence-own-line", "推进改革。\n各区县政府负责。\n", [("各区县政府", R)]),
]

NOT_CLAUSES = [
    # an opening with 牵头 and 配合 that names no units is no clause
    ("opening-roles-no-units", "加强领导,统一牵头,协调配合,推进工作。\n"),
    ("opening-roles-prose", "由分管领导负责,各方牵头,大家配合,形成合力。\n"),
    ("running-text-duties", "各地区、各部门要按照职责分工，抓好落实。"),
    ("short-name", "（以下简称“三个一批”）"),
    ("period", "（2024—2026年）"),
    ("trial", "（试行）"),
    ("publication", "（此件公开发布）"),
    ("see-attachment", "（详见附件）"),
    ("attachment-number", "（附件1）"),
    ("doc-number", "（国办发〔2023〕5号）"),
    ("inclusive", "（含）"),
    ("measure-yiyuan", "指标（亿元）\n"),
    ("measure-wanren", "指标（万人）\n"),
    ("measure-ge", "指标（个）\n"),
    ("measure-jia", "指标（家）\n"),
    ("examples-list", "（如科技型中小企业、专精特新企业等）"),
    ("enterprise-list-end", "支持创新主体。（企业、高校、科研院所）\n"),
    ("levels-end", "分级管理。（市级、区级）\n"),
    ("by-duty-alone", "（按职责分工负责）"),
    ("by-responsibility-alone", "（按责任分工，下同）"),
    ("subject-duty", "（落实主体责任）"),
    ("responsibility-not-duty", "（市财政局责任重大）"),
    ("market-subject", "（由市场主体负责）"),
    ("other-rule", "（具体办法由市财政局另行制定）"),
    ("mid-sentence-unit", "根据《通知》（国家发展改革委）要求开展工作。"),
    ("role-reference", "（以上任务由各牵头单位负责）"),
    ("role-reference-label", "（责任单位：各牵头单位）"),
    ("short-name-role", "（以下简称责任单位）"),
    ("above-units", "（以上单位按职责分工负责）"),
    ("third-party", "（第三方机构负责）"),
    ("employer", "（用人单位负责）"),
    ("fund-source", "所需经费由县财政局负责。"),
    ("due-to", "由于工作需要，各部门负责。"),
    ("you-not-units", "由县政府统一部署，各部门要抓好落实。"),
    ("you-explains", "本方案由市发展改革委负责解释。"),
    ("deadline-label-alone", "【完成时限】2024年底前"),
    ("label-words-in-text", "明确牵头单位和责任单位，压实工作责任。"),
    ("principle", "（按照“谁主管、谁负责”原则）"),
    ("bracket-across-paragraphs", "推进改革（市科技局牵头。\n各区县政府负责）"),
    ("end-sentence-not-last", "推进改革。各区县政府负责，并定期报送进展情况。\n"),
    ("end-sentence-object", "推进改革。市发展改革委负责统筹协调。\n"),
    ("end-sentence-not-units", "各地区、各部门按职责分工负责。\n"),
    ("end-sentence-mid-paragraph", "各区县政府负责。推进改革。\n"),
]


def _pairs(text):
    t = normalize(text)
    return [(u.name, u.role) for c in find_clauses(t) for u in c.units]


@pytest.mark.parametrize("text, expected", [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_clause_form(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [n[1] for n in NOT_CLAUSES], ids=[n[0] for n in NOT_CLAUSES])
def test_not_a_clause(text):
    assert find_clauses(normalize(text)) == []


@pytest.mark.parametrize("text", [f[1] for f in FORMS], ids=[f[0] for f in FORMS])
def test_unit_spans_are_the_written_names(text):
    t = normalize(text)
    for c in find_clauses(t):
        for u in c.units:
            assert c.start <= u.start < u.end <= c.end
            assert t[u.start:u.end] == u.written
            assert "完成" not in u.written and "2024" not in u.written


# a 分工表 flattened to text: the rows keep their units and roles
TABLE = ("序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
         "1 | 任务 | 市发展改革委 | 市财政局、市商务局 | 2024年底前\n"
         "2 | 推进改革 | 市科技局 | 各县（市、区）人民政府，市直有关部门 | 长期坚持\n")


def test_division_of_labour_table_rows():
    t = normalize(TABLE)
    rows = find_table_rows(t, 0, len(t))
    assert [[(u.name, u.role) for u in r.units] for r in rows] == [
        [("市发展改革委", L), ("市财政局", C), ("市商务局", C)],
        [("市科技局", L), ("各县(市、区)人民政府", C), ("市直有关部门", C)],
    ]
    assert [r.deadline for r in rows] == ["2024年底前", "长期坚持"]


# headers with people and notes columns, level-prefixed and compound role headers
TABLES = [
    ("leader-and-notes-columns",
     "序号 | 工作任务 | 牵头领导 | 牵头单位 | 责任单位 | 完成时限 | 备注\n"
     "1 | 推进改革 | 张三 | 市发展改革委 | 市财政局、各区县政府 | 2024年底前 | 无\n",
     [[("市发展改革委", L), ("市财政局", R), ("各区县政府", R)]]),
    ("level-and-compound-headers",
     "序号 | 重点任务 | 市级牵头单位 | 配合责任单位 | 完成时限\n"
     "1 | 推进改革 | 市发展改革委 | 市财政局 | 持续推进\n",
     [[("市发展改革委", L), ("市财政局", C)]]),
    ("main-responsible-header",
     "序号 | 重点任务 | 主要责任单位 | 协同单位 | 完成时限\n"
     "1 | 推进改革 | 市发展改革委 | 市财政局 | 2025年\n",
     [[("市发展改革委", R), ("市财政局", C)]]),      # 主要责任单位 is a 责任单位 (rules/vocabulary.yaml)
    # 负责单位 heading a column, 时间进度 the schedule (a 2017 city's tourism division, probe batch 234)
    ("in-charge-header",
     "| 序号 | 工作任务 | 负责单位 | 时间进度 |\n"
     "| 1 | 推动成立市旅游发展委员会。 | 市旅游局、市委编办。 | 2017年8月份前完成 |\n",
     [[("市旅游局", R), ("市委编办", R)]]),
]


@pytest.mark.parametrize("text, expected", [t[1:] for t in TABLES], ids=[t[0] for t in TABLES])
def test_table_headers(text, expected):
    t = normalize(text)
    rows = find_table_rows(t, 0, len(t))
    assert [[(u.name, u.role) for u in r.units] for r in rows] == expected
    assert all("张三" not in u.name for r in rows for u in r.units)


def test_role_word_prefilter_covers_every_role_word():
    """rules/responsibility.yaml checks a role word's first character before
    trying the alternation (speed); every role word must start with one."""
    import regex
    from extract import rules
    frags = rules.load("responsibility").data["fragments"]
    first = regex.compile(frags["role_first"])
    words = [w for w in frags["role_tail"].split("|") if not w.startswith("$")]
    words += ["按", "根据", "依据"]                       # $by_duty
    assert words and all(first.match(w) for w in words), [w for w in words if not first.match(w)]


def test_a_labelled_list_goes_on_after_a_semicolon_and_the_work_named_before_by():
    """责任单位:市发展改革委、市农业农村局;市教育局、…等,各县(市、区)、达州高新区 (a semicolon parts the leads from the rest,
    no second label: both annotators of a 2021 city's division, probe batch 106); 此项工作由市建委负责组织,市国土房管局、
    各区人民政府具体实施 (the work named before 由: both annotators of a 2008 city's list, probe batch 105); levels
    written together before one government word, 各市州、县市区人民政府, are one collective (probe batch 107)."""
    from extract.find.units import find_clauses

    def units(t):
        return [(u.name, u.role) for c in find_clauses(t, 0, len(t)) for u in c.units]
    t = "建设重要经济中心。\n责任单位:市发展改革委、市农业农村局;市教育局、市科技局等,达州高新区\n"
    assert [n for n, _ in units(t)] == ["市发展改革委", "市农业农村局", "市教育局", "市科技局", "达州高新区"]
    t = "新建供热面积800万平方米。此项工作由市建委负责组织,市国土房管局、各区人民政府具体实施。"
    assert [n for n, _ in units(t)] == ["市建委", "市国土房管局", "各区人民政府"]
    t = "编制规划。(责任单位:省自然资源厅,各市州、县市区人民政府)"
    assert [n for n, _ in units(t)] == ["省自然资源厅", "各市州、县市区人民政府"]


def test_which_unit_leads_which_stage_of_a_procedure_is_no_clause():
    """其中立项用地规划许可和工程建设许可阶段由资源规划部门牵头负责 (a 2022 city's opinion, probe batch 236): a body
    sentence saying who leads a stage, not a clause (GUIDE.md: 由X牵头 inside a sentence); the item's own labelled
    clause after it stays, and a name holding 自由 (…自由贸易试验区管委会牵头负责) is still read."""
    text = ("将审批流程整合为四个阶段,其中立项用地规划许可和工程建设许可阶段由资源规划部门牵头负责,"
            "施工许可和竣工验收阶段由住建部门牵头负责。(牵头部门:市住建局)")
    got = [(u.name, u.role) for c in find_clauses(normalize(text)) for u in c.units]
    assert got == [("市住建局", "lead")]
    got = [(u.name, u.role) for c in find_clauses(normalize("建设自贸区。中国(某某)自由贸易试验区管委会牵头负责,市商务局配合。"))
           for u in c.units]
    assert got == [("中国(某某)自由贸易试验区管委会", "lead"), ("市商务局", "cooperating")]


def test_a_labelled_list_cut_in_the_sentence_after_it_is_whole():
    """(责任单位:市经信局、…,各县(市)区人民政府、开发区管委会。以下均需…落实| (a 2023 city's waste plan cut at 2,000 bytes,
    probe batch 216): every unit before the full stop is written whole; a list cut inside its last name still loses
    that name."""
    text = "减少工业废物产生量。(责任单位:市经信局、市发改委,各县(市)区人民政府、开发区管委会。以下均需各县(市)区人民政府落实"
    got = [(u.name, u.role) for c in find_clauses(normalize(text)) for u in c.units]
    assert got == [("市经信局", R), ("市发改委", R), ("各县(市)区人民政府", R), ("开发区管委会", R)]
    got = [(u.name, u.role) for c in find_clauses(normalize("推进改革。(牵头单位:区行政审批服务局、区发展改革局;责任单位:区政"))
           for u in c.units]
    assert got == [("区行政审批服务局", L), ("区发展改革局", L)]


def test_a_group_a_semicolon_parts_from_a_label_takes_its_own_role_word_and_a_label_naming_the_duty():
    """(牵头单位:市农业农村局;配合单位:市卫生健康委;各县(市、区)党委、人民政府负责落实) (a 2020 city's opinion, both
    annotators of probe batch 278): the last group is responsible by its own 负责落实, not cooperating by the label
    before the semicolon; 牵头单位:A负责 keeps A the lead.  (监督指导责任单位:县交通局) (a 2020 county's clean-up plan,
    the same batch): a label that names the duty before 责任单位 is a responsible label."""
    from extract.find.units import find_clauses

    def units(t):
        return [(u.name, u.role) for c in find_clauses(t, 0, len(t)) for u in c.units]
    t = "做好改厕工作。(牵头单位:市农业农村局;配合单位:市卫生健康委;各县(市、区)党委、人民政府负责落实)"
    assert units(t) == [("市农业农村局", "lead"), ("市卫生健康委", "cooperating"),
                        ("各县(市、区)党委", "responsible"), ("各县(市、区)人民政府", "responsible")]
    assert units("做好改厕工作。(牵头单位:市农业农村局负责)") == [("市农业农村局", "lead")]
    assert units("清除道路两侧的垃圾堆放点。(监督指导责任单位:县交通局)") == [("县交通局", "responsible")]
