"""One output contract for the query commands (who, tasks, units, targets, deadlines).

``--format table|csv|tsv|json``: ``table`` is a rich table for people and the
default only when standard output is a terminal; otherwise the default is
``tsv``.  ``csv``, ``tsv`` and ``json`` (JSON Lines: one object per row) carry
exactly the columns of the Python API's DataFrame (``queries.who(...,
as_frame=True)`` and so on), in the same order, and are written row by row as
the query yields them, so memory does not grow with the result.

Cells in csv and tsv: nothing (SQL NULL, Python ``None``) is an empty cell,
booleans are ``true`` / ``false``, lists and objects (a task's path, its units)
are JSON.  tsv escapes backslash, tab, newline and carriage return inside a
cell as ``\\\\``, ``\\t``, ``\\n``, ``\\r`` (one row is always one line).

A table shows at most ``TABLE_LIMIT`` rows unless ``--all`` (or ``--limit N``)
is given, and says how many it left out.
"""
from __future__ import annotations

import itertools
import json
import sys

import click

FORMATS = ("table", "csv", "tsv", "json")
TABLE_LIMIT = 100


def format_option(f):
    f = click.option("--json", "as_json", is_flag=True, hidden=True,
                     help="Same as --format json (kept for older scripts).")(f)
    f = click.option("--all", "show_all", is_flag=True,
                     help=f"In a table, show every row (a table shows {TABLE_LIMIT} by default).")(f)
    f = click.option("--limit", "-n", "limit", type=click.IntRange(min=0), default=None,
                     help="Show only the first N rows (0 = all).")(f)
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="Output format [default: table on a terminal, tsv otherwise]; json is "
                             "JSON Lines, one object per row.")(f)


def choose(fmt, as_json: bool = False, stream=None) -> str:
    """The format to write: the one asked for, else table on a terminal and tsv otherwise."""
    if as_json:
        if fmt not in (None, "json"):
            raise click.UsageError(f"--json and --format {fmt} disagree")
        return "json"
    if fmt:
        return fmt
    stream = stream or click.get_text_stream("stdout")
    try:
        return "table" if stream.isatty() else "tsv"
    except (AttributeError, ValueError):
        return "tsv"


def row_limit(fmt: str, limit, show_all: bool):
    """How many rows to write: ``--limit`` when given (0 = all), else all except in a table."""
    if limit is not None:
        return limit or None
    if fmt == "table" and not show_all:
        return TABLE_LIMIT
    return None


def cell(value) -> str:
    """One csv / tsv cell: never the text ``None``."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def write_rows(rows, fmt: str, columns, out=None) -> int:
    """Write ``rows`` (dicts, any iterable) as csv, tsv or JSON Lines; return the count.

    ``columns`` are the DataFrame's columns: the header of csv and tsv, and the
    keys (in order) of every JSON object."""
    out = out or click.get_text_stream("stdout")
    columns = list(columns)
    n = 0
    if fmt == "json":
        dumps = json.JSONEncoder(ensure_ascii=False, default=str).encode
        for r in rows:
            out.write(dumps({c: r.get(c) for c in columns}))
            out.write("\n")
            n += 1
        return n
    if fmt == "csv":
        import csv

        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in columns])
            n += 1
        return n
    if fmt == "tsv":
        out.write("\t".join(columns) + "\n")
        for r in rows:
            out.write("\t".join(cell(r.get(c)).translate(_TSV_ESCAPES) for c in columns))
            out.write("\n")
            n += 1
        return n
    raise ValueError(f"not a row format: {fmt!r}")


def head(rows, limit):
    """(the first ``limit`` rows as a list, an iterator over the rest); all rows when limit is None."""
    it = iter(rows)
    if limit is None:
        return list(it), iter(())
    return list(itertools.islice(it, limit)), it


def text(value) -> str:
    """A value for a person: empty for nothing, never ``None``."""
    return "" if value is None else str(value)


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
