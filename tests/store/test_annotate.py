"""Annotations out and gold back: spaCy DocBin, doccano, Label Studio, import-gold.

The round trip is the point: export a seed plan, correct it as a researcher
would, import it as gold, and `evaluate` sees exactly the corrections.
"""
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from extract.evaluate import evaluate
from extract.pipeline import parse_file
from extract.store.annotate import (LABELS, label_studio_config, labelled_spans, read_docbin, to_doccano,
                                    to_label_studio, write_export)
from extract.store.import_gold import ImportGoldError, import_gold, read_doccano, to_gold, Annotated

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEED = "000_bd8e8a35b7d95472.txt"


@pytest.fixture(scope="module")
def doc():
    return parse_file(CORPUS / SEED)


@pytest.fixture
def plan_dir(tmp_path):
    """A researcher's corpus folder holding the seed plan."""
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(CORPUS / SEED, d / SEED)
    return d


def _scores(gold_dir):
    return evaluate(gold_dir).as_dict()


# ---------------------------------------------------------------- export formats

def test_spacy_docbin_carries_every_fact_as_aligned_spans(doc, tmp_path):
    out = tmp_path / "plans.spacy"
    assert write_export([doc], "spacy", out) == 1
    (sdoc,) = read_docbin(out)
    assert sdoc.text == doc.text
    assert sdoc.lang_ == "zh"
    assert len(sdoc.spans["tasks"]) == len(doc.tasks)
    assert len(sdoc.spans["targets"]) == len({(t.start, t.end) for t in doc.targets})
    assert len(sdoc.spans["deadlines"]) == len({(d.start, d.end) for d in doc.deadlines})
    unit_spans = {(u.start, u.end, f"UNIT_{u.role}") for t in doc.tasks for u in t.units}
    assert {(s.start_char, s.end_char, s.label_) for s in sdoc.spans["units"]} == unit_spans
    for group in ("tasks", "units", "targets", "deadlines"):
        for s in sdoc.spans[group]:          # one token per character: spans align exactly
            assert (s.start, s.end) == (s.start_char, s.end_char)
    task = sdoc.spans["tasks"][0]
    assert list(task._.zhengce["tasks"][0]["path"]) == list(doc.tasks[0].path)
    assert task._.zhengce["tasks"][0]["anchor"] == doc.tasks[0].anchor
    t0 = doc.targets[0]
    span = next(s for s in sdoc.spans["targets"] if (s.start_char, s.end_char) == (t0.start, t0.end))
    got = span._.zhengce["targets"][0]
    assert (got["value"], got["unit"], got["comparator"]) == (t0.value, t0.unit, t0.comparator)
    u = doc.tasks[1].units[0]
    span = next(s for s in sdoc.spans["units"] if (s.start_char, s.end_char) == (u.start, u.end))
    assert span.label_ == "UNIT_responsible" and span._.zhengce["units"][0]["name"] == u.name
    assert [list(p) for p in span._.zhengce["units"][0]["task_paths"]] == [list(doc.tasks[1].path)]
    dl = next(s for s in sdoc.spans["deadlines"])._.zhengce["deadlines"][0]
    assert dl["end"] == doc.deadlines[0].date_end
    assert sdoc.user_data["zhengce"]["document"]["title"] == doc.meta.title


def test_spacy_docs_render_in_displacy(doc, tmp_path):
    from spacy import displacy

    out = tmp_path / "plans.spacy"
    write_export([doc], "spacy", out)
    (sdoc,) = read_docbin(out)
    html = displacy.render(sdoc, style="span", options={"spans_key": "units"}, page=False)
    assert "UNIT_responsible" in html


def test_doccano_jsonl_parses_and_labels_point_into_the_text(doc, tmp_path):
    out = tmp_path / "plans.jsonl"
    write_export([doc, doc], "doccano", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    rec = json.loads(lines[0])
    assert rec["text"] == doc.text
    assert {lab for _, _, lab in rec["label"]} <= set(LABELS)
    assert {lab for _, _, lab in rec["label"]} >= {"TASK", "UNIT_responsible", "TARGET", "DEADLINE"}
    for s, e, _ in rec["label"]:
        assert 0 <= s < e <= len(rec["text"])
    assert sum(1 for x in rec["label"] if x[2] == "TASK") == len(doc.tasks)
    assert rec["zhengce"]["source"] == SEED and rec["zhengce"]["document"]["region"] == "重庆市江津区"


def test_label_studio_tasks_parse_and_fit_their_config(doc, tmp_path):
    out = tmp_path / "ls.json"
    write_export([doc], "label-studio", out)
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["data"]["text"] == doc.text
    result = task["predictions"][0]["result"]
    assert len(result) == len(labelled_spans(doc))
    config = ET.fromstring((tmp_path / "ls.label_config.xml").read_text(encoding="utf-8"))
    names = {el.get("value") for el in config.iter("Label")}
    assert names == set(LABELS)
    for r in result:
        assert r["type"] == "labels" and r["from_name"] == "label" and r["to_name"] == "text"
        v = r["value"]
        assert v["text"] == doc.text[v["start"]:v["end"]] and v["labels"][0] in names


# ---------------------------------------------------------------- round trips

@pytest.mark.parametrize("fmt,name", [("doccano", "x.jsonl"), ("label-studio", "x.json")])
def test_unedited_round_trip_scores_one(plan_dir, fmt, name):
    exp = plan_dir.parent / name
    write_export([parse_file(plan_dir / SEED)], fmt, exp)
    written, warnings = import_gold(exp, plan_dir / "gold", fmt)
    assert [p.name for p in written] == ["000_bd8e8a35b7d95472.json"] and warnings == []
    rep = _scores(plan_dir / "gold")
    for k in ("tasks", "responsibilities", "targets", "deadlines"):
        assert rep[k]["f1"] == 1.0, (k, rep[k])
    assert rep["metadata"]["accuracy"] == 1.0
    assert all(v == 1.0 for v in rep["target_fields"].values())


def test_edited_doccano_round_trip_shows_exactly_the_edits(plan_dir, doc):
    exp = plan_dir.parent / "plans.jsonl"
    write_export([doc], "doccano", exp)
    rec = json.loads(exp.read_text(encoding="utf-8"))
    meta = rec["zhengce"]
    total = sum(len(t.units) for t in doc.tasks)
    single = [u for u in meta["units"] if len(u["tasks"]) == 1 and u["role"] == "responsible"]
    deleted, changed = single[0], single[-1]
    labels = rec["label"]
    labels.remove([*deleted["span"], "UNIT_responsible"])                       # 1. delete a unit
    labels[labels.index([*changed["span"], "UNIT_responsible"])][2] = "UNIT_lead"   # 2. change a role
    task = next(t for t in meta["tasks"] if t["path"] == ["四", "(一)"])          # 3. add a missing unit
    s = rec["text"].index("区知识产权局", task["span"][0])
    assert s + 6 <= task["span"][1]
    labels.append([s, s + 6, "UNIT_cooperating"])
    exp.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")

    import_gold(exp, plan_dir / "gold", "doccano")
    gold = json.loads((plan_dir / "gold" / "000_bd8e8a35b7d95472.json").read_text(encoding="utf-8"))
    g_task = next(t for t in gold["tasks"] if t["path"] == ["四", "(一)"])
    assert g_task["units"] == [{"name": "区知识产权局", "role": "cooperating"}]
    rep = _scores(plan_dir / "gold")
    r = rep["responsibilities"]
    # the pipeline still says what it said: the deleted unit and the old role are extra,
    # the new role and the added unit are missed; nothing else moves
    assert (r["tp"], r["fp"], r["fn"]) == (total - 2, 2, 2)
    for k in ("tasks", "targets", "deadlines"):
        assert rep[k]["f1"] == 1.0
    assert rep["metadata"]["accuracy"] == 1.0


def test_label_studio_reads_the_researchers_annotation_over_the_prediction(plan_dir, doc):
    exp = plan_dir.parent / "ls.json"
    write_export([doc], "label-studio", exp)
    (task,) = json.loads(exp.read_text(encoding="utf-8"))
    result = [dict(r, origin="manual") for r in task["predictions"][0]["result"]
              if r["value"]["labels"] != ["DEADLINE"]]                        # the researcher drops every deadline
    task["annotations"] = [{"id": 1, "result": [], "was_cancelled": True},
                           {"id": 2, "result": result, "was_cancelled": False}]
    exp.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    import_gold(exp, plan_dir / "gold")
    rep = _scores(plan_dir / "gold")
    assert rep["deadlines"]["tp"] == 0 and rep["deadlines"]["fp"] == len(doc.deadlines)
    assert rep["tasks"]["f1"] == rep["responsibilities"]["f1"] == rep["targets"]["f1"] == 1.0


# ---------------------------------------------------------------- spans the export did not have

def _ann(doc, spans, **meta_over):
    meta = to_doccano(doc)["zhengce"]
    meta.update(meta_over)
    return Annotated(doc.text, spans, meta, "x.jsonl: line 1")


def test_new_spans_are_read_from_their_text(doc):
    meta = to_doccano(doc)["zhengce"]
    t0 = doc.targets[0]
    task = doc.tasks[5]
    tx = doc.text
    spans = [(task.start, task.end, "TASK"),
             (t0.start, t0.end, "TARGET"), (doc.deadlines[0].start, doc.deadlines[0].end, "DEADLINE")]
    bare = dict(meta, tasks=[], targets=[], deadlines=[], units=[])     # nothing known about any span
    gold, warnings = to_gold(Annotated(tx, spans, bare, "x"))
    assert warnings == []
    assert gold["tasks"] == [{"path": list(task.path), "anchor": task.anchor, "units": []}]
    (tg,) = gold["targets"]
    assert (tg["value"], tg["unit"], tg["comparator"], tg["growth"]) == (t0.value, t0.unit, t0.comparator, t0.growth)
    assert tg["anchor"] == t0.anchor
    (dl,) = gold["deadlines"]
    assert dl["end"] == doc.deadlines[0].date_end


def test_a_threshold_inside_the_indicator_is_not_the_target():
    from extract.store.import_gold import _new_target

    t = _new_target("授权专利2件以上的企业数量达10家以上")
    assert (t["value"], t["unit"], t["comparator"]) == (10, "家", ">=")
    assert t["anchor"] == "授权专利2件以上的企业数量"


def test_a_unit_outside_every_task_is_reported_not_lost(doc):
    title_end = 10
    gold, warnings = to_gold(_ann(doc, [(0, title_end, "UNIT_lead"), (0, 3, "ORG")]))
    assert len(warnings) == 2 and "'ORG'" in warnings[0] and "is not one of" in warnings[0]
    assert "重庆市江津区人民政府" in warnings[1] and "inside no task" in warnings[1]
    assert gold["notes"][1:] == warnings


@pytest.mark.parametrize("content,reason", [
    ("{not json\n", "line 1: not JSON"),
    ('{"label": []}\n', "line 1: no \"text\""),
    ('{"text": "abc", "label": [[0, 9, "TASK"]], "zhengce": {"source": "a.txt"}}\n', "outside the text"),
    ('{"text": "abc", "label": [[0, 2, "TASK"]]}\n', "no source file name"),
    ("", "no documents"),
])
def test_bad_exports_get_one_clear_reason(tmp_path, content, reason):
    p = tmp_path / "bad.jsonl"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ImportGoldError) as e:
        import_gold(p, tmp_path / "gold", "doccano")
    assert str(p) in str(e.value) and reason in str(e.value)
    assert not (tmp_path / "gold").exists() or not list((tmp_path / "gold").iterdir())


def test_doccano_entities_form_is_read(tmp_path, doc):
    rec = to_doccano(doc)
    rec["entities"] = [{"id": i, "start_offset": s, "end_offset": e, "label": lab}
                       for i, (s, e, lab) in enumerate(rec.pop("label"))]
    rec["meta"] = {"zhengce": rec.pop("zhengce")}        # doccano may keep it under meta
    p = tmp_path / "e.jsonl"
    p.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    (a,) = read_doccano(p)
    assert len(a.spans) == len(labelled_spans(doc)) and a.meta["source"] == SEED


def test_a_work_report_keeps_its_scope(tmp_path):
    src = sorted((CORPUS / "real" / "work-reports").glob("*.*"))
    src = next(p for p in src if p.suffix in (".txt", ".html", ".md", ".pdf", ".docx"))
    doc = parse_file(src)
    assert doc.genre == "work_report"
    gold, _ = to_gold(Annotated(doc.text, labelled_spans(doc), to_doccano(doc)["zhengce"], "x"))
    assert gold["scope"] == ["document", "targets"]
