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
    if value.__class__ is str:
        return value
    if value is None:
        return ""
    return _plain(value)


def tsv_cell(value) -> str:
    v = cell(value)
    if "\\" in v or "\t" in v or "\n" in v or "\r" in v:
        v = v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return v


def _getter(columns):
    """A function from a row to its values in ``columns`` order (missing keys give None)."""
    import operator

    get = operator.itemgetter(*columns)
    if len(columns) == 1:
        return lambda r: (r.get(columns[0]),)

    def values(r):
        try:
            return get(r)
        except KeyError:
            return tuple(r.get(c) for c in columns)
    return values


def _plain(v) -> str:
    """A cell for a value that is neither text nor nothing."""
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def write_rows(rows, fmt: str, columns, out=None, chunk: int = 256) -> int:
    """Write ``rows`` (dicts, any iterable) as csv, tsv or JSON Lines; return the count.

    ``columns`` are the DataFrame's columns: the header of csv and tsv, and the
    keys (in order) of every JSON object.  Rows are written ``chunk`` at a time as
    they arrive; nothing holds the whole answer."""
    out = out or click.get_text_stream("stdout")
    columns = list(columns)
    values = _getter(columns)
    n = 0
    buf: list = []

    def flush():
        out.write("".join(buf))
        buf.clear()

    if fmt == "json":
        dumps = json.JSONEncoder(ensure_ascii=False, default=str).encode
        for r in rows:
            # a row whose keys are the columns, in order, is written as it is
            buf.append(dumps(r if len(r) == len(columns) and list(r) == columns else dict(zip(columns, values(r))))
                       + "\n")
            n += 1
            if len(buf) >= chunk:
                flush()
    elif fmt == "csv":
        import csv

        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:     # the csv module writes None as an empty cell
            w.writerow([v if v is None or v.__class__ is str else _plain(v) for v in values(r)])
            n += 1
    elif fmt == "tsv":
        buf.append("\t".join(columns) + "\n")
        tabs = len(columns) - 1
        lists: dict = {}        # a task path as JSON, written once per distinct path

        def cell(v):
            if v.__class__ is int:
                return str(v)
            if v.__class__ is list and all(x.__class__ is str for x in v):
                k = tuple(v)
                s = lists.get(k)
                if s is None:
                    if len(lists) >= 65536:         # bounded, whatever the answer's size
                        lists.clear()
                    s = lists[k] = _plain(v)
                return s
            return _plain(v)
        for r in rows:
            vals = values(r)
            line = "\t".join([v if v.__class__ is str else "" if v is None else cell(v) for v in vals])
            if line.count("\t") != tabs or "\n" in line or "\r" in line or "\\" in line:
                line = "\t".join([tsv_cell(v) for v in vals])      # rare: escape cell by cell
            buf.append(line + "\n")
            n += 1
            if len(buf) >= chunk:
                flush()
    else:
        raise ValueError(f"not a row format: {fmt!r}")
    flush()
    return n


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
