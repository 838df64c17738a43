"""``zhengce serve`` and ``zhengce show``: the database in a browser.

Registered on the main command group by ``extract/cli.py``; every heavy
import (datasette, uvicorn, spaCy) happens inside the command.
"""
from __future__ import annotations

import sys

import click


def _db_option(f):
    return click.option("--db", default="zhengce.db", show_default=True, type=click.Path(dir_okay=False),
                        help="SQLite database file.")(f)


def register(cli) -> None:
    @cli.command()
    @_db_option
    @click.option("--port", "-p", default=8001, show_default=True, type=click.IntRange(1, 65535),
                  help="Port to listen on.")
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Interface to listen on (loopback by default).")
    @click.option("--no-sql", "no_sql", is_flag=True,
                  help="Turn off arbitrary SQL (read-only, allowed by default); canned queries still run. "
                       "For a shared server.")
    @click.option("--metadata", "print_metadata", is_flag=True,
                  help="Print the Datasette metadata as JSON and exit (a plain `datasette` run gets it "
                       "from the zhengce plugin already).")
    def serve(db, port, host, no_sql, print_metadata):
        """Browse the database in Datasette, with every fact linked to its sentence.

        Canned queries: who owns what, a plan's tasks with their units, targets
        for an indicator, deadlines in a date range, units shared by two plans,
        task search.  /-/zhengce/show/<doc> shows a plan with its facts
        highlighted.  Runs in the foreground until Ctrl-C.  A thin wrapper:
        plain `datasette plans.db` has the same pages (zhengce is a Datasette
        plugin); this adds the settings of rules/datasette.yaml.

        \b
        Example:
            zhengce serve --db plans.db --port 8001
            zhengce serve --db plans.db --host 0.0.0.0 --no-sql
        """
        from pathlib import Path

        from . import serve as srv

        if print_metadata:
            import json

            click.echo(json.dumps(srv.metadata(Path(db).stem), ensure_ascii=False, indent=2))
            return
        if not Path(db).exists():
            raise click.ClickException(f"{db}: no such database (run `zhengce load` first)")
        try:
            srv.serve(db, host=host, port=port, echo=click.echo, allow_sql=not no_sql)
        except KeyboardInterrupt:
            pass

    @cli.command()
    @click.argument("doc")
    @_db_option
    @click.option("--html", "html_out", type=click.Path(dir_okay=False, allow_dash=True), default=None,
                  help="Write a self-contained HTML page to FILE ('-' for stdout).")
    @click.option("--all", "whole", is_flag=True, help="In the terminal, also print the text around the body.")
    def show(doc, db, html_out, whole):
        """Show a plan with every extracted fact highlighted in place.

        DOC is a document id, an id prefix, a file name or part of the title.
        Units are marked by role (LEAD, RESPONSIBLE, COOPERATING), with TARGET
        and DEADLINE spans; the HTML page has the heading tree as contents.

        \b
        Example:
            zhengce show 000_bd8e8a35b7d95472.txt --html plan.html
        """
        from . import show as sh
        from ..store.database import connect

        try:
            conn = connect(db, create=False)
        except FileNotFoundError as e:
            raise click.ClickException(str(e))
        try:
            doc_id = sh.find_doc(conn, doc)
            if html_out:
                page = sh.render_html(conn, doc_id)
                if html_out == "-":
                    sys.stdout.write(page)
                else:
                    with open(html_out, "w", encoding="utf-8") as f:
                        f.write(page)
                    click.echo(f"wrote {html_out} ({len(page):,} bytes)", err=True)
                return
            from rich.console import Console

            title = conn.execute("SELECT coalesce(title, source) FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            con = Console(highlight=False)
            from .safe import markup_safe
            con.print(f"[bold]{markup_safe(title)}[/bold]  ({doc_id})")
            con.print(" ".join(f"[{st}] {lab} [/]" for lab, st in sh._STYLES.items()))
            con.print(sh.render_text(conn, doc_id, body_only=not whole))
        except LookupError as e:
            raise click.ClickException(str(e).strip('"'))
        finally:
            conn.close()
