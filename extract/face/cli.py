"""The ``zhengce`` command: a thin layer over the library.

Each command opens the database, calls one library function and turns library
errors into a clear message.  Heavy modules are imported inside the commands
so that ``zhengce --help`` stays fast.
"""
from __future__ import annotations

import json
import sys

import click

DB_OPTION = click.option("--db", default="zhengce.db", show_default=True, type=click.Path(dir_okay=False),
                         help="SQLite database file.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zhengce")
def cli():
    """zhengce: turn Chinese government plans into facts — tasks, responsible
    units, targets and deadlines, each tied to the characters it came from.

    \b
    Example:
        zhengce load corpus/ && zhengce who 市场监管局
    """


def shown(s) -> str:
    """A file name or document string made safe for one terminal line: control
    characters (a newline that would forge an ``error:`` line, an escape sequence)
    and bytes that are not UTF-8 are shown as escapes."""
    from .safe import terminal_safe
    return terminal_safe(s)


@cli.command()
@click.argument("paths", nargs=-1)
@DB_OPTION
@click.option("--replace", is_flag=True,
              help="Replace older versions of each document (same path relative to the folder loaded, or --as).")
@click.option("--as", "as_name", default=None, metavar="NAME",
              help="The identity versions key on, for a single file (default: its path relative to the folder "
                   "given, or its name).")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes for extraction.")
@click.option("--max-chars", default=5_000_000, show_default=True,
              help="Refuse documents longer than this many characters (0 = no limit).")
@click.option("--max-pages", default=2000, show_default=True, help="Refuse PDFs with more pages (0 = no limit).")
@click.option("--max-page-glyphs", default=100_000, show_default=True,
              help="Refuse PDFs with a page of more characters, or more drawing objects x2 (0 = no limit).")
@click.option("--max-inflated-mb", default=256, show_default=True,
              help="Refuse PDFs whose streams, or .docx files whose parts, inflate past this (0 = no limit).")
@click.option("--max-html-nodes", default=2_000_000, show_default=True,
              help="Refuse web pages with more elements and text runs (0 = no limit).")
@click.option("--timeout", default=120.0, show_default=True, help="Seconds one file may take (0 = no limit).")
@click.option("--max-memory-mb", default=1024, show_default=True,
              help="Address space of each --jobs worker (0 = no limit).")
@click.option("--from-parquet", "from_parquet", type=click.Path(exists=True), default=None,
              help="Load records extracted elsewhere (extract.store.parquet, e.g. on Dask) from this file or folder.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def load(paths, db, replace, as_name, jobs, max_chars, max_pages, max_page_glyphs, max_inflated_mb,
         max_html_nodes, timeout, max_memory_mb, from_parquet, quiet):
    """Load plan files and folders (txt, html, pdf, docx) into the database.

    One transaction per document; a file already loaded (same content hash) is
    skipped; a changed file with the same identity (its path relative to the
    folder given, or --as) becomes a new version.  A file that cannot be read is
    reported on stderr as `error: <path>: <reason>` as soon as it fails, the
    others still load, and a summary ends the run.  Exits with status 1 when any
    file failed.

    \b
    Example:
        zhengce load corpus/ --db plans.db
        zhengce load big-corpus/ --jobs 4
        zhengce load new/附件1.pdf --as 2024/附件1.pdf --replace
        zhengce load --from-parquet records/ --db plans.db
    """
    import sqlite3

    from ..read import limits
    from ..store import database as store

    if bool(paths) == bool(from_parquet):
        raise click.UsageError("give PATHS to read, or --from-parquet DIR (not both)")
    if jobs < 1:
        raise click.BadParameter("must be at least 1", param_hint="--jobs")
    lim = limits.with_(pages=max_pages, page_glyphs=max_page_glyphs, page_objects=2 * max_page_glyphs,
                       inflated_mb=max_inflated_mb, html_nodes=max_html_nodes, timeout=timeout)
    tick = None
    prog = None
    if not quiet and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        total = None
        if paths:
            from ..read.ingest import iter_paths

            total = sum(1 for _ in iter_paths(paths))
        prog = Progress(TextColumn("[bold]loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}", markup=False), transient=True,
                        console=Console(stderr=True))
        bar = prog.add_task("", total=total)

        def tick(path, status):
            prog.update(bar, advance=1, description=shown(path)[-50:])

    def on_error(path, reason):
        line = f"error: {shown(path)}: {shown(reason)}"
        if prog:
            prog.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)
    try:
        if prog:
            prog.start()
        if from_parquet:
            try:
                from ..store.parquet import read_parquet
                records = read_parquet(from_parquet)
                summary = store.load_records(records, db, replace=replace, progress=tick, on_error=on_error)
            except ImportError as e:
                raise click.ClickException(f"--from-parquet needs pyarrow ({e}); "
                                           "pip install 'zhengce[dask]'")
        else:
            summary = store.load(paths, db, replace=replace, jobs=jobs, progress=tick,
                                 max_chars=max_chars or None, limits=lim, memory_mb=max_memory_mb or None,
                                 as_name=as_name, on_error=on_error)
    except ValueError as e:
        raise click.UsageError(str(e))
    except sqlite3.Error as e:
        click.echo(f"error: {shown(db)}: database error ({e}); nothing more was stored", err=True)
        sys.exit(1)
    finally:
        if prog:
            prog.stop()
    for path, msg in summary.warnings:
        click.echo(f"warning: {shown(path)}: {shown(msg)}", err=True)
    click.echo(f"loaded {len(summary.loaded)}, replaced {len(summary.replaced)}, "
               f"skipped {len(summary.skipped)} (already loaded), failed {len(summary.failed)} "
               f"— {summary.chars:,} characters into {shown(db)}")
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document, one per line.")
@click.option("--sections", is_flag=True, help="Include the heading tree in the JSON.")
def extract(paths, as_json, sections):
    """Extract facts from files without a database.

    \b
    Example:
        zhengce extract corpus/000_bd8e8a35b7d95472.txt --json
    """
    from ..store.export import to_record
    from ..read.ingest import IngestError, iter_paths
    from ..pipeline import parse_file

    failed = 0
    for path in iter_paths(paths):
        try:
            doc = parse_file(path)
        except IngestError as e:
            click.echo(f"error: {shown(e.path)}: {shown(e.reason)}", err=True)
            failed += 1
            continue
        rec = to_record(doc, with_sections=sections)
        if as_json:
            click.echo(json.dumps(rec, ensure_ascii=False))
        else:
            m = rec["document"]
            click.echo(f"{doc.source}: {m['title']} ({m['region']}, {m['signed']})")
            click.echo(f"  {len(rec['tasks'])} tasks, {sum(len(t['units']) for t in rec['tasks'])} "
                       f"responsibilities, {len(rec['targets'])} targets, {len(rec['deadlines'])} deadlines")
    if failed:
        sys.exit(1)


@cli.command("eval")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of gold *.json files (default: corpus/gold shipped with zhengce).")
@click.option("--against", "second_dir", type=click.Path(file_okay=False), default=None,
              help="Score a second annotation (a folder of gold-shaped files) against the gold instead "
                   "of the pipeline: the agreement between annotators.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List every difference from the gold.")
def eval_(gold_dir, second_dir, as_json, show_errors):
    """Score the pipeline against gold annotations (GUIDE.md's matching rules).

    Totals are micro-averaged over every fact; each source folder of the gold
    set gets its own line, and "mean/doc" is the mean of per-document scores.

    \b
    Examples:
        zhengce eval --errors
        zhengce eval --gold corpus/real/gold
        zhengce eval --gold corpus/real/gold --against corpus/real/gold-second
    """
    from ..evaluate import agreement, evaluate

    try:
        rep = agreement(gold_dir or ".", second_dir) if second_dir else evaluate(gold_dir)
    except (FileNotFoundError, ValueError) as e:
        raise click.ClickException(str(e))
    folders = rep.by_folder()
    if as_json:
        out = rep.as_dict()
        out["mean_per_document"] = rep.doc_mean()
        if len(folders) > 1:
            out["folders"] = {k: {**v.as_dict(), "mean_per_document": v.doc_mean()} for k, v in folders.items()}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if show_errors:
        for e in rep.errors:
            click.echo(e)
        click.echo()
    d = rep.as_dict()
    click.echo(f"{'':18}{'precision':>10}{'recall':>10}{'F1':>10}{'tp':>6}{'fp':>6}{'fn':>6}")
    for k in ("tasks", "responsibilities", "targets", "deadlines"):
        v = d[k]
        click.echo(f"{k:18}{v['precision']:>10.3f}{v['recall']:>10.3f}{v['f1']:>10.3f}{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}")
    md = d["metadata"]
    click.echo(f"{'metadata':18}{'accuracy':>10}{md['accuracy']:>10.3f}   ({md['right']}/{md['total']} fields)")
    tf = d["target_fields"]
    click.echo("target fields     " + "  ".join(f"{k} {v:.3f}" for k, v in tf.items()))
    if len(folders) > 1 or len(rep.per_doc) > 1:
        fmt = lambda x: "    -" if x is None else f"{x:5.3f}"
        click.echo()
        click.echo(f"{'F1 by folder':28}{'docs':>5}  {'tasks':>5}  {'resp.':>5}  {'targ.':>5}  {'dl.':>5}  {'meta':>5}")
        rows = [(k, v.as_dict(), len(v.per_doc), v) for k, v in folders.items()] if len(folders) > 1 else []
        for k, v, n, r in rows:
            sc = lambda f: None if not (r.__getattribute__(f).tp + r.__getattribute__(f).fp
                                        + r.__getattribute__(f).fn) else v[f]["f1"]
            click.echo(f"{k[:28]:28}{n:>5}  " + "  ".join(fmt(sc(f)) for f in
                       ("tasks", "responsibilities", "targets", "deadlines"))
                       + f"  {fmt(v['metadata']['accuracy'])}")
        m = rep.doc_mean()
        click.echo(f"{'mean/doc (all)':28}{m['documents']:>5}  " + "  ".join(
            fmt(m[f]) for f in ("tasks", "responsibilities", "targets", "deadlines")) + f"  {fmt(m['metadata'])}")


from .cli_query import register as _register_queries  # noqa: E402

_register_queries(cli)

from .cli_web import register as _register_web  # noqa: E402

_register_web(cli)

from .cli_audit import register as _register_audit  # noqa: E402

_register_audit(cli)

from .cli_compare import register as _register_compare  # noqa: E402

_register_compare(cli)

from .cli_annotate import register as _register_annotate  # noqa: E402

_register_annotate(cli)


def main():
    cli(prog_name="zhengce")


if __name__ == "__main__":
    main()
