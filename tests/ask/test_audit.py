"""zhengce audit: each check fires on a plan built to trip it and stays quiet on a clean one.

The clean database is the five seed plans as the pipeline loads them (the audit
finds nothing there).  Each case copies it and damages one plan the way a bad
extraction would leave it, then expects exactly that check to fire on exactly
that plan, with evidence.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from extract.ask.audit import CHECKS, audit
from extract.store import database as store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]


@pytest.fixture(scope="module")
def clean_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("audit") / "clean.db"
    assert store.load(SEEDS, db).ok
    return db


def _damaged(clean_db, tmp_path, sql: list) -> tuple:
    db = tmp_path / "damaged.db"
    shutil.copy(clean_db, db)
    con = sqlite3.connect(db)
    doc_id = con.execute("SELECT id FROM documents ORDER BY source LIMIT 1").fetchone()[0]
    for stmt in sql:
        con.execute(stmt.replace(":doc", repr(doc_id)))
    con.commit()
    con.close()
    return db, doc_id


CASES = {
    "title": ["UPDATE documents SET title = '二、重点任务（一）强化组织领导' WHERE id = :doc"],
    "region": ["UPDATE documents SET region = '广西壮族自治区资源县', level = 'county' WHERE id = :doc"],
    "no_units": ["DELETE FROM responsibilities WHERE doc_id = :doc"],
    "one_cell": ["UPDATE responsibilities SET start = 100, end = 104 WHERE doc_id = :doc"],
    "retrospective": ["UPDATE sections SET heading = '发展现状' WHERE doc_id = :doc AND idx = "
                      "(SELECT s.idx FROM sections s JOIN targets t ON t.doc_id = s.doc_id "
                      " AND t.start BETWEEN s.start AND s.end - 1 WHERE s.doc_id = :doc AND s.kind != 'para' "
                      " ORDER BY s.level LIMIT 1)"],
    "lookalike": ["UPDATE documents SET raw_text = replace(raw_text, '人', '⼈') WHERE id = :doc"],
    "not_a_plan": ["UPDATE documents SET genre = 'reply' WHERE id = :doc"],
    "dropped_item": ["INSERT INTO dropped_items(doc_id, text, reason, clause_start, clause_end, start, end, rule) "
                     "VALUES (:doc, '市委网信-9-办', 'not a unit name', 100, 130, 110, 118, 'clause.labelled_bracket')"],
}


def test_every_check_has_a_case():
    assert set(CASES) == set(CHECKS)


def test_clean_plans_raise_nothing(clean_db):
    assert [f for f in audit(clean_db) if f.severity == "warning"] == []


@pytest.mark.parametrize("check", sorted(CASES))
def test_check_fires_on_a_plan_built_to_trip_it(clean_db, tmp_path, check):
    db, doc_id = _damaged(clean_db, tmp_path, CASES[check])
    found = [f for f in audit(db) if f.severity == "warning"]
    assert {(f.check, f.doc_id) for f in found} == {(check, doc_id)}, found
    f = found[0]
    assert f.message and f.link.startswith(f"/-/zhengce/show/{doc_id}")
    if check not in ("title", "region", "not_a_plan"):
        assert f.evidence and f.start is not None


def test_a_province_abbreviation_in_the_document_number_names_the_region(clean_db, tmp_path):
    moved = ["UPDATE documents SET region = '浙江省', level = 'province' WHERE id = :doc"]
    db, doc_id = _damaged(clean_db, tmp_path, moved)
    assert [f.check for f in audit(db) if f.doc_id == doc_id and f.severity == "warning"] == ["region"]
    db, doc_id = _damaged(clean_db, tmp_path, moved + ["UPDATE documents SET doc_number = '浙政办发〔2024〕9号' WHERE id = :doc"])
    assert [f.check for f in audit(db) if f.doc_id == doc_id and f.severity == "warning"] == []


def test_a_document_that_is_not_a_plan_and_has_no_tasks_is_reported_as_information(clean_db, tmp_path):
    db, doc_id = _damaged(clean_db, tmp_path, ["UPDATE documents SET genre = 'approval' WHERE id = :doc",
                                               "DELETE FROM tasks WHERE doc_id = :doc"])
    found = [f for f in audit(db) if f.doc_id == doc_id]
    assert [(f.check, f.severity) for f in found] == [("not_a_plan", "info")]


@pytest.mark.parametrize("fmt", ["json", "csv", "text"])
def test_cli_formats_and_exit_status(clean_db, tmp_path, fmt):
    db, doc_id = _damaged(clean_db, tmp_path, CASES["region"])
    r = subprocess.run([sys.executable, "-m", "extract", "audit", "--db", str(db), "--format", fmt],
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    if fmt == "json":
        rows = [json.loads(x) for x in r.stdout.splitlines()]
        assert [(x["check"], x["doc_id"]) for x in rows] == [("region", doc_id)]
    elif fmt == "csv":
        import csv
        rows = list(csv.DictReader(r.stdout.splitlines()))
        assert [(x["check"], x["doc_id"]) for x in rows] == [("region", doc_id)]
    else:
        assert "5 documents, 1 flagged" in r.stdout and "region" in r.stdout
