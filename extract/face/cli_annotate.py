"""``zhengce export`` and ``zhengce import-gold``: the extraction as spaCy
objects or annotation-tool pre-annotations, and a corrected annotation back as
gold files.

Registered on the main command group by ``extract/face/cli.py``; the work is
done in ``extract/store/annotate.py`` and ``extract/store/import_gold.py``.
"""
from __future__ import annotations

import sys

import click


def register(cli) -> None:
    @cli.command("export")
    @click.argument("paths", nargs=-1, required=True)
    @click.option("--format", "fmt", type=click.Choice(["spacy", "doccano", "label-studio"]), required=True,
                  help="spacy: a DocBin (.spacy); doccano: JSONL; label-studio: JSON tasks with predictions.")
    @click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False),
                  help="File to write (label-studio also writes <name>.label_config.xml beside it).")
    def export_(paths, fmt, out):
        """Export plans' facts as spaCy Docs or as pre-annotations to correct.

        Labelled spans over each plan's text: TASK, UNIT_lead / UNIT_responsible
        / UNIT_cooperating, TARGET, DEADLINE.  spaCy: one token per character,
        span groups doc.spans["tasks"|"units"|"targets"|"deadlines"], attributes
        in span._.zhengce (call extract.store.annotate.register_extensions()
        first).  doccano / Label Studio: the spans as pre-annotations; correct
        them in the tool, export, and read them back with `zhengce import-gold`.
        A file that cannot be read is reported as `error: <path>: <reason>`
        and the others are exported (exit status 1).

        \b
        Example:
            zhengce export corpus/ --format doccano -o plans.jsonl
            zhengce export corpus/ --format spacy -o plans.spacy
        """
        from ..pipeline import parse_file
        from ..read.ingest import IngestError, iter_paths
        from ..store.annotate import write_export

        failed = []

        def docs():
            for path in iter_paths(paths):
                try:
                    yield parse_file(path)
                except IngestError as e:
                    failed.append(str(e))

        try:
            n = write_export(docs(), fmt, out)
        except OSError as e:
            raise click.ClickException(f"{out}: cannot write ({e.strerror or e})")
        click.echo(f"exported {n} document(s) to {out} ({fmt})")
        for msg in failed:
            click.echo(f"error: {msg}", err=True)
        if failed:
            sys.exit(1)

    @cli.command("import-gold")
    @click.argument("file", type=click.Path(dir_okay=False))
    @click.option("--format", "fmt", type=click.Choice(["doccano", "label-studio"]), default=None,
                  help="Format of FILE (default: doccano for .jsonl, label-studio otherwise).")
    @click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
                  help="Folder for the gold files (one per document; put it beside the plans, e.g. corpus/gold).")
    def import_gold_(file, fmt, out_dir):
        """Turn a corrected doccano / Label Studio export into gold files.

        Each document becomes a GUIDE.md gold file named after its source
        (tasks from TASK spans, units from UNIT_<role> spans inside them,
        targets and deadlines read from their spans, metadata from the
        export), which `zhengce eval --gold DIR` scores.  A span the importer
        cannot use is reported as a warning and in the file's notes.

        \b
        Example:
            zhengce import-gold corrected.jsonl --format doccano -o corpus/gold-mine
            zhengce eval --gold corpus/gold-mine
        """
        from ..store.import_gold import ImportGoldError, import_gold

        try:
            written, warnings = import_gold(file, out_dir, fmt)
        except ImportGoldError as e:
            raise click.ClickException(str(e))
        for w in warnings:
            click.echo(f"warning: {w}", err=True)
        click.echo(f"wrote {len(written)} gold file(s) to {out_dir}")
