"""The output contract of the query commands (who, tasks, units, targets, deadlines):
--format table|csv|tsv|json, tsv by default when not writing to a terminal, the
DataFrame's columns, JSON Lines streamed row by row, usage errors exit 2, no
Python ``None`` in text."""
import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ask"))
from test_queries import TAXONOMY, make_db  # noqa: E402

from extract.ask import lookup  # noqa: E402
from extract.ask import queries as q  # noqa: E402
from extract.face import output  # noqa: E402
from extract.face.cli import cli  # noqa: E402

# each command, its arguments, and the Python call whose DataFrame it must match
COMMANDS = {
    "who": (["who", "市场监管局"], lambda db: q.who(db, "市场监管局", as_frame=True)),
    "tasks": (["tasks", "舞钢"], lambda db: q.tasks(db, "舞钢", as_frame=True)),
    "units": (["units"], lambda db: q.units(db, as_frame=True)),
    "targets": (["targets"], lambda db: q.targets(db, as_frame=True)),
    "deadlines": (["deadlines"], lambda db: q.deadlines(db, as_frame=True)),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("out") / "hand.db")


@pytest.fixture(autouse=True)
def fixed_taxonomy(monkeypatch):
    monkeypatch.setattr(lookup, "taxonomy", lambda: TAXONOMY)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_csv_has_the_dataframe_columns_and_rows(db, name):
    args, frame_of = COMMANDS[name]
    frame = frame_of(db)
    res = run(*args, "--db", db, "--format", "csv")
    assert res.exit_code == 0, res.output
    table = list(csv.reader(io.StringIO(res.stdout)))
    assert table[0] == list(frame.columns)
    assert len(table) - 1 == len(frame) > 0
    assert all(len(row) == len(frame.columns) for row in table)
    first = dict(zip(table[0], table[1]))
    assert first[frame.columns[0]] == str(frame.iloc[0, 0])


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_json_lines_have_the_dataframe_columns(db, name):
    args, frame_of = COMMANDS[name]
    frame = frame_of(db)
    res = run(*args, "--db", db, "--format", "json")
    assert res.exit_code == 0, res.output
    objs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(objs) == len(frame) > 0
    assert all(list(o) == list(frame.columns) for o in objs)
    assert objs == json.loads(frame.to_json(orient="records", force_ascii=False))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_default_is_tsv_when_not_a_terminal(db, name):
    args, frame_of = COMMANDS[name]
    frame = frame_of(db)
    res = run(*args, "--db", db)          # CliRunner's output is not a terminal
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].split("\t") == list(frame.columns)
    assert len(lines) - 1 == len(frame)
    assert all(line.count("\t") == len(frame.columns) - 1 for line in lines)


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("fmt", ["table", "tsv", "csv"])
def test_text_never_prints_none(db, name, fmt):
    args, _ = COMMANDS[name]
    res = run(*args, "--db", db, "--format", fmt)
    assert res.exit_code == 0 and res.stdout.strip()
    assert "None" not in res.stdout


def test_json_flag_is_json_lines(db):
    res = run("who", "市场监管局", "--db", db, "--json")
    assert res.exit_code == 0
    assert all(isinstance(json.loads(line), dict) for line in res.stdout.splitlines())


@pytest.mark.parametrize("args", [
    ["who", "市场监管局", "--format", "xml"],
    ["targets", "--json", "--format", "csv"],
    ["deadlines", "--due-before", "soon"],
    ["units", "--limit", "-1"],
    ["who"],
], ids=["bad-format", "json-and-csv", "bad-date", "negative-limit", "missing-argument"])
def test_usage_errors_exit_2(db, args):
    res = CliRunner().invoke(cli, args + ["--db", db])
    assert res.exit_code == 2, res.output
    assert "Usage:" in res.output or "Error" in res.output


def test_no_plan_is_an_error_not_a_usage_error(db):
    res = CliRunner().invoke(cli, ["tasks", "上海市", "--db", db])
    assert res.exit_code == 1 and "no plan matches" in res.output


def test_table_limits_rows_unless_all(db, monkeypatch):
    monkeypatch.setattr(output, "TABLE_LIMIT", 2)
    n = len(q.who(db, "市场监管局"))
    res = run("who", "市场监管局", "--db", db, "--format", "table")
    assert res.exit_code == 0
    assert f"{n - 2} more rows not shown" in res.stderr
    res = run("who", "市场监管局", "--db", db, "--format", "table", "--all")
    assert "more rows" not in res.stderr
    # the limit is for tables only: programs get every row
    res = run("who", "市场监管局", "--db", db, "--format", "tsv")
    assert len(res.stdout.splitlines()) == n + 1
    res = run("who", "市场监管局", "--db", db, "--format", "tsv", "-n", "2")
    assert len(res.stdout.splitlines()) == 3


def test_tsv_keeps_one_row_a_line():
    buf = io.StringIO()
    output.write_rows([{"a": "x\ty\nz\\", "b": None, "c": True, "d": ["三", "(一)"]}], "tsv", ["a", "b", "c", "d"], buf)
    assert buf.getvalue().splitlines() == ["a\tb\tc\td", 'x\\ty\\nz\\\\\t\ttrue\t["三", "(一)"]']


def test_tsv_cells_of_numbers_and_paths():
    # numbers and task paths take a shortcut (a path's JSON is written once per distinct path):
    # each row still gets its own values
    rows = [{"p": ["三", "(一)"], "n": 7, "x": 1.5, "m": [1, {"a": 2}]},
            {"p": ["三", "(二)"], "n": 0, "x": -2.0, "m": []},
            {"p": ["三", "(一)"], "n": 123456789012, "x": None, "m": ["三"]}]
    buf = io.StringIO()
    output.write_rows(rows, "tsv", ["p", "n", "x", "m"], buf)
    assert buf.getvalue().splitlines()[1:] == ['["三", "(一)"]\t7\t1.5\t[1, {"a": 2}]',
                                               '["三", "(二)"]\t0\t-2.0\t[]',
                                               '["三", "(一)"]\t123456789012\t\t["三"]']


@pytest.mark.parametrize("name,fn", [("who", "who"), ("tasks", "tasks"), ("targets", "targets"),
                                     ("deadlines", "deadlines")])
def test_streams_never_build_the_whole_list(db, monkeypatch, name, fn):
    """The commands read the iter_* generators; the list-building functions are not called."""
    def boom(*a, **k):
        raise AssertionError(f"queries.{fn} built the whole answer")

    monkeypatch.setattr(q, fn, boom)
    args, _ = COMMANDS[name]
    for fmt in ("json", "tsv", "table"):
        res = run(*args, "--db", db, "--format", fmt)
        assert res.exit_code == 0, res.output


def test_iterators_yield_before_the_end(db):
    for it in (q.iter_who(db, "市场监管局"), q.iter_targets(db), q.iter_deadlines(db), q.iter_tasks(db, "舞钢")):
        first = next(it)
        assert isinstance(first, dict)
        it.close()


def test_empty_answers_keep_their_columns(db):
    assert list(q.who(db, "没有这个单位", as_frame=True).columns) == list(q.COLUMNS["who"])
    res = run("who", "没有这个单位", "--db", db, "--format", "csv")
    assert res.exit_code == 0
    assert res.stdout.splitlines() == [",".join(q.COLUMNS["who"])]
