"""`zhengce export` and `zhengce import-gold` through the command line."""
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from extract.face.cli import cli

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEEDS = ["000_bd8e8a35b7d95472.txt", "001_bce6911f58b7f67d.txt"]


def _corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    for s in SEEDS:
        shutil.copy(CORPUS / s, d / s)
    return d


def test_export_import_eval_round_trip(tmp_path):
    corpus = _corpus(tmp_path)
    run = CliRunner().invoke
    r = run(cli, ["export", str(corpus), "--format", "doccano", "-o", str(tmp_path / "p.jsonl")])
    assert r.exit_code == 0, r.output
    assert "exported 2 document(s)" in r.output
    r = run(cli, ["import-gold", str(tmp_path / "p.jsonl"), "-o", str(corpus / "gold")])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (corpus / "gold").glob("*.json")) == [s.replace(".txt", ".json") for s in SEEDS]
    r = run(cli, ["eval", "--gold", str(corpus / "gold"), "--json"])
    assert r.exit_code == 0, r.output
    scores = json.loads(r.output)
    assert all(scores[k]["f1"] == 1.0 for k in ("tasks", "responsibilities", "targets", "deadlines"))


def test_export_spacy_and_label_studio(tmp_path):
    corpus = _corpus(tmp_path)
    run = CliRunner().invoke
    r = run(cli, ["export", str(corpus / SEEDS[0]), "--format", "spacy", "-o", str(tmp_path / "p.spacy")])
    assert r.exit_code == 0, r.output
    from extract.store.annotate import read_docbin
    (doc,) = read_docbin(tmp_path / "p.spacy")
    assert set(doc.spans) == {"tasks", "units", "targets", "deadlines"}
    r = run(cli, ["export", str(corpus), "--format", "label-studio", "-o", str(tmp_path / "ls" / "p.json")])
    assert r.exit_code == 0, r.output
    assert len(json.loads((tmp_path / "ls" / "p.json").read_text(encoding="utf-8"))) == 2
    assert (tmp_path / "ls" / "p.label_config.xml").exists()
    r = run(cli, ["import-gold", str(tmp_path / "ls" / "p.json"), "-o", str(corpus / "gold")])
    assert r.exit_code == 0, r.output


def test_a_bad_file_is_named_and_the_rest_exported(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "empty.txt").write_bytes(b"")
    r = CliRunner().invoke(cli, ["export", str(corpus), "--format", "doccano", "-o", str(tmp_path / "p.jsonl")])
    assert r.exit_code == 1
    assert "exported 2 document(s)" in r.output and "empty.txt: empty file" in r.output
    assert len((tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_import_gold_of_a_non_export_is_one_clear_error(tmp_path):
    p = tmp_path / "plan.jsonl"
    p.write_text("这不是JSON\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["import-gold", str(p), "-o", str(tmp_path / "gold")])
    assert r.exit_code == 1
    assert f"{p}: line 1: not JSON" in r.output
    r = CliRunner().invoke(cli, ["export", str(tmp_path), "--format", "conll", "-o", "x"])
    assert r.exit_code == 2
