"""``zhengce compare`` and ``zhengce stats``.

``register(cli)`` adds both commands to the click group.  pandas, rich, jieba
and the comparison library are imported inside the commands so that
``zhengce --help`` stays fast.
"""
from __future__ import annotations

import click

COMPARE_TABLES = ("documents", "targets", "departments", "concentration", "alignment", "passages")
STATS_TABLES = ("by_region", "by_level", "by_year", "indicators", "dept_types", "units")
TITLES = {"documents": "Plans", "targets": "Targets side by side", "departments": "Department participation",
          "concentration": "How concentrated each plan is", "alignment": "Task alignment",
          "passages": "Shared passages", "by_region": "Plans by region", "by_level": "Plans by level",
          "by_year": "Plans by year", "indicators": "Most common indicators",
          "dept_types": "Most common department types",
          "units": "Busiest units"}


def _fail_on_errors(fn, *a, **kw):
    import sqlite3

    from ..ask.compare import DocumentNotFound
    try:
        return fn(*a, **kw)
    except (FileNotFoundError, DocumentNotFound, ValueError) as e:
        raise click.ClickException(str(e).strip("'\""))
    except sqlite3.Error as e:
        raise click.ClickException(f"database error: {e}")


def _cell(v) -> str:
    import math
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, bool):
        return "yes" if v else ""
    if isinstance(v, float):
        return f"{v:.3f}" if 0 < abs(v) < 1 else f"{v:g}"
    return str(v)


def print_table(console, df, title: str, max_rows: int | None = None) -> None:
    """Cells and titles come from documents: never read as markup (``[/]`` in a
    unit name would crash rich, ``[link=…]`` would make a link)."""
    from rich.table import Table

    from .safe import markup_safe

    title = markup_safe(title)
    if df is None or not len(df):
        console.print(f"[bold]{title}[/bold]: (none)\n")
        return
    t = Table(title=f"[bold]{title}[/bold]", title_justify="left", show_lines=False, header_style="bold")
    for c in df.columns:
        t.add_column(markup_safe(c), overflow="fold", justify="right" if df[c].dtype.kind in "if" else "left")
    rows = df if not max_rows else df.head(max_rows)
    for row in rows.itertuples(index=False):
        t.add_row(*(markup_safe(_cell(v)) for v in row))
    console.print(t)
    if max_rows and len(df) > max_rows:
        console.print(f"[dim]… {len(df) - max_rows} more rows (use --format csv for all)[/dim]")
    console.print()


def _terminal_compare(c) -> dict:
    """The tables as a person reads them: wide, with ids and offsets left out."""
    from ..ask.compare import departments_wide

    al = c.alignment
    matched = al[al["score"].notna()]
    pa = c.passages.copy()
    if len(pa):
        pa["where"] = (pa["section_path"].fillna("") + " @" + pa["start"].astype(str)).str.strip()
        pa["other_where"] = (pa["other_section_path"].fillna("") + " @" + pa["other_start"].astype(str)).str.strip()
        pa = pa[["plan", "where", "text", "other_plan", "other_where", "other_text", "similarity"]]
    return {
        "documents": c.documents[["plan", "title", "region", "year", "tasks", "targets", "doc_id"]],
        "targets": c.targets.reset_index(drop=True).drop(columns=["comparable"]),
        "departments": departments_wide(c.departments, c.plans).reset_index(),
        "concentration": c.concentration.drop(columns=["doc_id"]).rename(columns={
            "tasks_with_units": "with units", "busiest_unit": "busiest unit", "busiest_unit_share": "share",
            "busiest_type": "busiest type", "busiest_type_share": "type share"}),
        "alignment": matched[["plan", "section_path", "anchor", "other_plan", "other_section_path",
                              "other_anchor", "score"]],
        "passages": pa,
    }


def emit(tables: dict, fmt: str, output, title: str, html=None) -> None:
    """Write named DataFrames as csv / json / html, or print them."""
    import json
    from pathlib import Path

    if fmt == "table":
        import sys

        from rich.console import Console
        if output:
            with open(output, "w", encoding="utf-8") as f:
                console = Console(file=f, width=200)
                for name, df in tables.items():
                    print_table(console, df, TITLES.get(name, name))
            return
        # piped output is not cut to 80 columns
        console = Console(width=None if sys.stdout.isatty() else 200)
        for name, df in tables.items():
            print_table(console, df, TITLES.get(name, name))
        return
    if fmt == "csv":
        if output and (Path(output).is_dir() or str(output).endswith("/")):
            Path(output).mkdir(parents=True, exist_ok=True)
            for name, df in tables.items():
                df.to_csv(Path(output) / f"{name}.csv", index=False)
            click.echo(f"wrote {len(tables)} CSV files to {output}", err=True)
            return
        parts = []
        for name, df in tables.items():
            body = df.to_csv(index=False)
            parts.append(body if len(tables) == 1 else f"# {name}\n{body}")
        text = "\n".join(parts)
    elif fmt == "json":
        text = json.dumps({k: json.loads(v.to_json(orient="records", force_ascii=False))
                           for k, v in tables.items()}, ensure_ascii=False, indent=1)
    else:
        import warnings

        from ..ask.fonts import CJKFontWarning
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CJKFontWarning)
            text = html() if html else _plain_html(tables, title)
        for w in caught:
            if not issubclass(w.category, CJKFontWarning):
                warnings.showwarning(w.message, w.category, w.filename, w.lineno)
        for msg in {str(w.message) for w in caught if issubclass(w.category, CJKFontWarning)}:
            click.echo(f"warning: {msg}", err=True)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)


def _plain_html(tables, title):
    from ..ask.report import _e, report_css, table_html
    body = "".join(f"<h2>{_e(TITLES.get(k, k))}</h2>{table_html(v)}" for k, v in tables.items())
    return (f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{report_css()}</style></head><body><h1>{_e(title)}</h1>{body}</body></html>")


def register(cli) -> None:
    @cli.command()
    @click.argument("docs", nargs=-1, required=True)
    @click.option("--db", default="zhengce.db", show_default=True, type=click.Path(dir_okay=False),
                  help="SQLite database file.")
    @click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "html"]), default="table",
                  show_default=True, help="Tables in the terminal, or csv / json / one HTML report.")
    @click.option("--output", "-o", type=click.Path(), default=None,
                  help="Write to this file (csv: a folder gets one file per table).")
    @click.option("--only", type=click.Choice(COMPARE_TABLES), multiple=True,
                  help="Only these tables (repeatable).")
    @click.option("--threshold", default=0.3, show_default=True, type=float,
                  help="Task alignment: lowest cosine similarity that pairs two tasks.")
    @click.option("--top-k", default=1, show_default=True, type=int,
                  help="Task alignment: matches per task in each other plan.")
    @click.option("--base", default=None, help="Task alignment: the plan whose tasks are matched "
                  "(default: the first DOC).")
    @click.option("--min-len", default=15, show_default=True, type=int,
                  help="Shared passages: shortest passage, in characters.")
    @click.option("--min-ratio", default=0.8, show_default=True, type=float,
                  help="Shared passages: lowest similarity (1 = verbatim).")
    def compare(docs, db, fmt, output, only, threshold, top_k, base, min_len, min_ratio):
        """Compare plans: targets side by side, department participation,
        aligned tasks and passages reused between them.

        DOCS are two or more plans named by id (or a prefix of one), file name
        or region (江津区).

        \b
        Examples:
            zhengce compare 江津区 朝阳市
            zhengce compare 江津区 朝阳市 --format html -o report.html
            zhengce compare 江津区 朝阳市 --format csv -o tables/
        """
        from ..ask.compare import compare as _compare

        if len(docs) < 2:
            raise click.UsageError("give at least two plans to compare")
        c = _fail_on_errors(_compare, db, list(docs), base=base, top_k=top_k, threshold=threshold,
                            min_len=min_len, min_ratio=min_ratio)
        title = "Plans compared: " + " · ".join(c.plans)
        if fmt == "table":
            tables = _terminal_compare(c)
        elif fmt == "csv" or fmt == "json":
            tables = c.tables()
            tables["targets_long"] = c.targets_long
        else:
            tables = c.tables()
        if only:
            tables = {k: v for k, v in tables.items() if k in only}
        emit(tables, fmt, output, title, html=(lambda: c.to_html()) if fmt == "html" and not only else None)

    @cli.command()
    @click.option("--db", default="zhengce.db", show_default=True, type=click.Path(dir_okay=False),
                  help="SQLite database file.")
    @click.option("--top", "top", default=15, show_default=True, type=int, help="Rows in the top-N tables.")
    @click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "html"]), default="table",
                  show_default=True)
    @click.option("--output", "-o", type=click.Path(), default=None,
                  help="Write to this file (csv: a folder gets one file per table).")
    @click.option("--only", type=click.Choice(STATS_TABLES), multiple=True, help="Only these tables.")
    def stats(db, top, fmt, output, only):
        """The corpus at a glance: plans by region, level and year; the most
        common indicators and department types; the busiest units.

        \b
        Example:
            zhengce stats --db plans.db --top 10
        """
        from ..ask.stats import corpus_stats

        tables = _fail_on_errors(corpus_stats, db, top)
        if only:
            tables = {k: v for k, v in tables.items() if k in only}
        emit(tables, fmt, output, f"zhengce corpus: {db}")
