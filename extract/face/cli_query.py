"""Query commands of ``zhengce``: who, tasks, units, targets, deadlines, graph.

``register(cli)`` adds them to the click group.  Everything heavy (rich,
networkx, the query library) is imported inside the commands so that
``zhengce --help`` stays fast.  Each command prints rich tables grouped by
plan, or JSON with ``--json``.
"""
from __future__ import annotations

import click

ROLE_STYLE = {"lead": "bold green", "responsible": "cyan", "cooperating": "magenta"}


def _db_option(f):
    return click.option("--db", default="zhengce.db", show_default=True, type=click.Path(dir_okay=False),
                        help="SQLite database file.")(f)


def _json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON.")(f)


def _run(fn, *args, **kw):
    """Call a query; turn library errors into click errors."""
    import sqlite3

    try:
        return fn(*args, **kw)
    except FileNotFoundError as e:
        raise click.ClickException(str(e))
    except ValueError as e:
        raise click.ClickException(str(e))
    except sqlite3.Error as e:
        raise click.ClickException(f"database error: {e}")


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


def _echo_json(data):
    import json

    click.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


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
    @_json_option
    def who(name, db, role, doc, by, as_json):
        """Every task the units matching NAME own, by plan and role.

        NAME is a full unit name (江津区市场监管局), part of one (市场监管局)
        or a department type (工业和信息化, market_regulation).

        \b
        Example:
            zhengce who 市场监管局
            zhengce who 工业和信息化 --role lead --json
        """
        from ..ask.queries import who as q_who

        _check_doc(db, doc)
        data = _run(q_who, db, name, role=role, doc=doc, by=by)
        if as_json:
            return _echo_json(data)
        if not data:
            click.echo(f"no unit matching {name!r} owns a task", err=True)
            return
        from rich.markup import escape
        from rich.table import Table

        con = _console()
        units_ = sorted({r["unit"] for r in data})
        con.print(f"{len(data)} responsibilities of {len(units_)} unit(s) in {len({r['doc_id'] for r in data})} "
                  f"plan(s): {escape('、'.join(units_))}")
        for rows in _by_plan(data):
            t = Table(title=_plan_title(rows[0]), title_justify="left", show_lines=False, expand=False)
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
    def tasks_(doc, db, as_json):
        """The tasks of the plan(s) matching DOC, with their units and roles.

        DOC is a document id (or its first digits), a file name, or part of a
        region or title (江津区).

        \b
        Example:
            zhengce tasks 舞钢市
        """
        from ..ask.queries import tasks as q_tasks

        _check_doc(db, doc)
        data = _run(q_tasks, db, doc)
        if as_json:
            return _echo_json(data)
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
    @click.option("--limit", "-n", default=0, help="Show only the first N units (0 = all).")
    @click.option("--sort", "sort_by", type=click.Choice(["tasks", "lead", "degree", "betweenness", "name"]),
                  default="tasks", show_default=True, help="Order of the rows.")
    @_json_option
    def units_(doc, db, limit, sort_by, as_json):
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
        if limit:
            data = data[:limit]
        if as_json:
            return _echo_json(data)
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
    def targets_(doc, db, indicator, as_json):
        """Quantitative targets, of every plan or of the plan(s) matching DOC.

        \b
        Example:
            zhengce targets 江津区 --indicator 发明专利
        """
        from ..ask.queries import targets as q_targets

        _check_doc(db, doc)
        data = _run(q_targets, db, doc=doc, indicator=indicator)
        if as_json:
            return _echo_json(data)
        if not data:
            click.echo("no targets", err=True)
            return
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
    def deadlines_(doc, db, due_before, due_after, as_json):
        """Deadlines with their tasks and the units that own them, earliest first.

        \b
        Example:
            zhengce deadlines --due-before 2025-12-31
        """
        from ..ask.queries import deadlines as q_deadlines

        _check_doc(db, doc)
        data = _run(q_deadlines, db, doc=doc, due_before=due_before, due_after=due_after)
        if as_json:
            return _echo_json(data)
        if not data:
            click.echo("no deadlines", err=True)
            return
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
