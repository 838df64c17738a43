"""Query commands of ``zhengce``: who, tasks, units, targets, deadlines, graph.

``register(cli)`` adds them to the click group.  Everything heavy (rich,
networkx, the query library) is imported inside the commands so that
``zhengce --help`` stays fast.  Each command follows one output contract
(``output.py``): ``--format table|csv|tsv|json``, a rich table grouped by plan
only on a terminal (at most 100 rows unless ``--all``), tsv otherwise, and
csv / tsv / JSON Lines with the columns of the Python API's DataFrame, written
row by row as the query yields them.
"""
from __future__ import annotations

import contextlib
import sys

import click

ROLE_STYLE = {"lead": "bold green", "responsible": "cyan", "cooperating": "magenta"}


def _db_option(f):
    return click.option("--db", default="zhengce.db", show_default=True, type=click.Path(dir_okay=False),
                        help="SQLite database file.")(f)


def _json_option(f):
    from .output import format_option

    return format_option(f)


@contextlib.contextmanager
def _library_errors():
    """Turn the library's errors (missing file, bad argument, SQLite) into click errors."""
    import sqlite3

    try:
        yield
    except FileNotFoundError as e:
        raise click.ClickException(str(e))
    except ValueError as e:
        raise click.ClickException(str(e))
    except sqlite3.Error as e:
        raise click.ClickException(f"database error: {e}")


def _run(fn, *args, **kw):
    """Call a query; turn library errors into click errors."""
    with _library_errors():
        return fn(*args, **kw)


def _check_doc(db, doc):
    """Fail clearly when a DOC reference matches no plan."""
    if doc is None:
        return
    from ..ask.queries import connection, resolve_docs

    def resolve():
        with connection(db) as conn:
            return resolve_docs(conn, doc)

    if not _run(resolve):
        raise click.ClickException(f"no plan matches {doc!r} (give an id, a file name, a region or a title)")


def _guard(rows):
    """Iterate a query's rows, turning library errors into click errors."""
    with _library_errors():
        yield from rows


def _emit(rows, kind, fmt, limit, show_all, draw, empty, as_json=False):
    """Write ``rows`` in the chosen format: stream csv / tsv / JSON Lines, or draw a table.

    ``draw(shown, total)`` draws the first rows; the rest are only counted."""
    from ..ask.queries import COLUMNS
    from . import output

    fmt = output.choose(fmt, as_json)
    n_max = output.row_limit(fmt, limit, show_all)
    rows = _guard(rows)
    if fmt != "table":
        import itertools

        if n_max is not None:
            rows = itertools.islice(rows, n_max)
        try:
            n = output.write_rows(rows, fmt, COLUMNS[kind])
            sys.stdout.flush()
        except BrokenPipeError:        # `zhengce targets | head`: the reader has what it wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        if not n and empty:
            click.echo(empty, err=True)
        return
    shown, rest = output.head(rows, n_max)
    more = sum(1 for _ in rest)
    if not shown:
        if empty:
            click.echo(empty, err=True)
        return
    draw(shown, len(shown) + more)
    if more:
        click.echo(f"… {more:,} more rows not shown: --all shows them all, --format tsv|csv|json writes "
                   "them for programs", err=True)


def _console():
    from rich.console import Console

    return Console()


def _plan_title(r) -> str:
    from rich.markup import escape

    head = escape(r.get("title") or r.get("source") or r["doc_id"])
    tail = ", ".join(escape(x) for x in (r.get("region"), r.get("source")) if x)
    return f"[bold]{head}[/bold]" + (f" [dim]({tail})[/dim]" if tail else "")


def _by_plan(data):
    groups: dict = {}
    for r in data:
        groups.setdefault(r["doc_id"], []).append(r)
    return groups.values()


def _path(r) -> str:
    p = r.get("path")
    if isinstance(p, list):
        return "/".join(p)
    return p or r.get("section_path") or ""


def register(cli) -> None:
    """Add the query commands to the ``cli`` group."""

    @cli.command()
    @click.argument("name")
    @_db_option
    @click.option("--role", type=click.Choice(["lead", "responsible", "cooperating"]), help="Only this role.")
    @click.option("--doc", default=None, help="Only plans matching this id, file name, region or title.")
    @click.option("--by", type=click.Choice(["auto", "name", "type"]), default="auto", show_default=True,
                  help="Match NAME as a unit name, a department type, or both (auto).")
    @click.option("--prose/--no-prose", default=True, show_default=True,
                  help="Also show units a task's own text names with a role cue (由X牵头, 请X, Y配合): "
                       "a separate, lower-confidence kind, never counted as responsibilities.")
    @_json_option
    def who(name, db, role, doc, by, prose, fmt, limit, show_all, as_json):
        """Every task the units matching NAME own, by plan and role.

        NAME is a full unit name (江津区市场监管局), part of one (市场监管局)
        or a department type (工业和信息化, market_regulation).  Responsibility
        clauses come first; units named only in a task's prose with a role cue
        follow as kind "prose" (--no-prose hides them).

        \b
        Example:
            zhengce who 市场监管局
            zhengce who 工业和信息化 --role lead --format csv > lead.csv
        """
        from ..ask.queries import iter_who

        _check_doc(db, doc)
        seen = {"units": set(), "docs": set(), "prose": 0}

        def tally(rows):
            for r in rows:
                if r["kind"] == "prose":
                    seen["prose"] += 1
                else:
                    seen["units"].add(r["unit"])
                    seen["docs"].add(r["doc_id"])
                yield r

        def draw(data, total):
            from rich.markup import escape

            con = _console()
            units_ = sorted(seen["units"])
            con.print(f"{total - seen['prose']:,} responsibilities of {len(units_)} unit(s) in {len(seen['docs']):,} "
                      f"plan(s): {escape('、'.join(units_[:50]))}{' …' if len(units_) > 50 else ''}")
            if seen["prose"]:
                con.print(f"{seen['prose']:,} more named in task prose with a role cue (kind prose, lower confidence)")
            _who_tables(con, data)

        _emit(tally(iter_who(db, name, role=role, doc=doc, by=by, prose=prose)), "who", fmt, limit, show_all, draw,
              f"no unit matching {name!r} owns a task", as_json)

    def _who_tables(con, data):
        from rich.markup import escape
        from rich.table import Table

        for plan_rows in _by_plan(data):
            for kind in ("clause", "prose"):
                rows = [r for r in plan_rows if r.get("kind", "clause") == kind]
                if not rows:
                    continue
                if kind == "prose":
                    con.print("named in the task's own text with a role cue: prose (lower confidence)")
                t = Table(title=_plan_title(rows[0]) if kind == "clause" else None, title_justify="left",
                          show_lines=False, expand=False)
                for col in ("role", "task", "anchor", "unit"):
                    t.add_column(col, overflow="fold")
                last = None
                for r in rows:
                    if last is not None and r["role"] != last:
                        t.add_section()
                    role_txt = f"[{ROLE_STYLE.get(r['role'], '')}]{r['role']}[/]" if r["role"] != last else ""
                    t.add_row(role_txt, escape(_path(r)), escape(r["anchor"] or ""), escape(r["name"]))
                    last = r["role"]
                con.print(t)

    @cli.command("tasks")
    @click.argument("doc")
    @_db_option
    @_json_option
    def tasks_(doc, db, fmt, limit, show_all, as_json):
        """The tasks of the plan(s) matching DOC, with their units and roles.

        DOC is a document id (or its first digits), a file name, or part of a
        region or title (江津区).

        \b
        Example:
            zhengce tasks 舞钢市
            zhengce tasks 舞钢市 --format csv > wugang-tasks.csv
        """
        from ..ask.queries import iter_tasks

        _check_doc(db, doc)
        _emit(iter_tasks(db, doc), "tasks", fmt, limit, show_all, _tasks_tables, "no tasks", as_json)

    def _tasks_tables(data, total):
        from rich.markup import escape
        from rich.table import Table

        con = _console()
        for rows in _by_plan(data):
            t = Table(title=_plan_title(rows[0]), title_justify="left")
            for col in ("task", "anchor", "units"):
                t.add_column(col, overflow="fold")
            for r in rows:
                us = "、".join(f"[{ROLE_STYLE.get(u['role'], '')}]{escape(u['name'])}[/]"
                              + (f" ({u['role']})" if u["role"] != "responsible" else "") for u in r["units"])
                t.add_row(escape(_path(r)), escape(r["anchor"] or ""), us or "[dim]—[/dim]")
            con.print(t)

    @cli.command("units")
    @click.option("--doc", default=None, help="Only plans matching this id, file name, region or title.")
    @_db_option
    @click.option("--sort", "sort_by", type=click.Choice(["tasks", "lead", "degree", "betweenness", "name"]),
                  default="tasks", show_default=True, help="Order of the rows.")
    @_json_option
    def units_(doc, db, sort_by, fmt, limit, show_all, as_json):
        """Units with task counts, lead counts and centrality.

        degree and betweenness are networkx degree and (unweighted) betweenness
        centrality in the unit–unit co-responsibility graph, where two units
        are linked when they share a task.

        \b
        Example:
            zhengce units --doc 朝阳市 --sort betweenness -n 10
        """
        from ..ask.queries import units as q_units

        _check_doc(db, doc)
        data = _run(q_units, db, doc=doc)
        if sort_by == "name":
            data.sort(key=lambda r: r["name"])
        elif sort_by != "tasks":
            data.sort(key=lambda r: (-r[sort_by], -r["tasks"], r["name"]))
        _emit(data, "units", fmt, limit, show_all, _units_table, "no units", as_json)

    def _units_table(data, total):
        from rich.markup import escape
        from rich.table import Table

        t = Table(caption="deg, btw: degree and betweenness centrality among units sharing tasks",
                  caption_justify="left")
        t.add_column("unit", overflow="fold", ratio=3)
        t.add_column("region", overflow="fold", ratio=2)
        t.add_column("type", overflow="fold", ratio=2)
        for col in ("tasks", "lead", "resp", "coop", "links", "deg", "btw"):
            t.add_column(col, justify="right", no_wrap=True)
        for r in data:
            t.add_row(escape(r["name"]), escape(r["region"] or ""), escape(r["dept_label"] or ""),
                      str(r["tasks"]), str(r["lead"]), str(r["responsible"]), str(r["cooperating"]),
                      str(r["partners"]), f"{r['degree']:.2f}", f"{r['betweenness']:.2f}")
        _console().print(t)

    @cli.command("targets")
    @click.argument("doc", required=False)
    @_db_option
    @click.option("--indicator", "-i", default=None, help="Canonical indicator id, or part of the indicator.")
    @_json_option
    def targets_(doc, db, indicator, fmt, limit, show_all, as_json):
        """Quantitative targets, of every plan or of the plan(s) matching DOC.

        \b
        Example:
            zhengce targets 江津区 --indicator 发明专利
            zhengce targets --format json > targets.jsonl
        """
        from ..ask.queries import iter_targets

        _check_doc(db, doc)
        _emit(iter_targets(db, doc=doc, indicator=indicator), "targets", fmt, limit, show_all, _targets_tables,
              "no targets", as_json)

    def _targets_tables(data, total):
        from rich.markup import escape
        from rich.table import Table

        con = _console()
        for rows in _by_plan(data):
            t = Table(title=_plan_title(rows[0]), title_justify="left")
            for col in ("section", "indicator", "target", "by", "flags"):
                t.add_column(col, overflow="fold")
            for r in rows:
                val = _num(r["value"]) + (f"–{_num(r['value_max'])}" if r["value_max"] is not None else "")
                flags = " ".join(k for k in ("growth", "per_year", "aspirational", "cumulative") if r[k])
                ind = escape(r["anchor"] or "") + (f" [dim]{escape(r['indicator'])}[/dim]" if r["indicator"] else "")
                t.add_row(escape(r["section_path"] or ""), ind,
                          escape(f"{r['comparator'] or ''} {val} {r['unit'] or ''}".strip()),
                          escape(r["deadline"] or ""), flags)
            con.print(t)

    @cli.command("deadlines")
    @click.option("--doc", default=None, help="Only plans matching this id, file name, region or title.")
    @_db_option
    @click.option("--due-before", default=None, help="Due on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    @click.option("--due-after", default=None, help="Due on or after this date.")
    @_json_option
    def deadlines_(doc, db, due_before, due_after, fmt, limit, show_all, as_json):
        """Deadlines with their tasks and the units that own them, earliest first.

        \b
        Example:
            zhengce deadlines --due-before 2025-12-31
            zhengce deadlines --due-after 2025 --format csv > later.csv
        """
        from ..ask.queries import _iso_bound, iter_deadlines

        for value, hint in ((due_before, "--due-before"), (due_after, "--due-after")):
            try:
                _iso_bound(value, end=True)
            except ValueError as e:
                raise click.BadParameter(str(e), param_hint=hint)
        _check_doc(db, doc)
        _emit(iter_deadlines(db, doc=doc, due_before=due_before, due_after=due_after), "deadlines", fmt, limit,
              show_all, _deadlines_table, "no deadlines", as_json)

    def _deadlines_table(data, total):
        from rich.markup import escape
        from rich.table import Table

        t = Table()
        t.add_column("due", no_wrap=True)
        for col in ("as written", "plan", "task", "units"):
            t.add_column(col, overflow="fold")
        for r in data:
            due = r["date_end"] or ""
            if r["date_start"] and r["date_start"] != r["date_end"]:
                due = f"{r['date_start']} – {due}"
            plan = r["region"] or r["title"] or r["source"]
            task = " ".join(x for x in (_path(r), r["task_anchor"] or "") if x)
            us = "、".join(u["name"] + (f" ({u['role']})" if u["role"] != "responsible" else "") for u in r["units"])
            t.add_row(due, escape(r["text"]), escape(plan or ""), escape(task), escape(us))
        _console().print(t)

    @cli.command("graph")
    @click.option("--doc", "docs", multiple=True, help="Only plans matching this (repeatable).")
    @_db_option
    @click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "cyjs"]), default=None,
                  help="Output format [default: from the file extension, else graphml].")
    @click.option("--projection", is_flag=True, help="Export the unit–unit co-responsibility graph instead.")
    @click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Output file.")
    def graph(docs, db, fmt, projection, output):
        """Export the unit → task → section → plan graph for Gephi or Cytoscape.

        Unit→task edges carry the role; with --projection, units are linked
        by the number of tasks they share (weight).  json is networkx
        node-link data, cyjs is Cytoscape.js JSON.

        \b
        Example:
            zhengce graph --doc 江津区 -o jiangjin.graphml
            zhengce graph --projection -o units.gexf
        """
        from ..ask.graph import FORMATS, build_graph, co_responsibility, export

        for d in docs:
            _check_doc(db, d)
        if fmt is None:
            ext = output.rsplit(".", 1)[-1].lower() if "." in output else ""
            fmt = ext if ext in FORMATS else "graphml"
        G = _run(build_graph, db, doc=list(docs) if docs else None)
        if projection:
            G = co_responsibility(G)
        _run(export, G, output, fmt)
        click.echo(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges → {output} ({fmt})")


def _num(v) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else f"{v:g}"
