"""``zhengce audit``: what looks wrong in a loaded database, without gold.

Registered on the main command group by ``face/cli.py``; the checks live in
``ask/audit.py``.
"""
from __future__ import annotations

import csv
import json
import sys

import click


def register(cli) -> None:
    @cli.command()
    @click.option("--db", default="zhengce.db", show_default=True, type=click.Path(dir_okay=False),
                  help="SQLite database file.")
    @click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text",
                  show_default=True, help="text: a summary and one line per finding; json/csv: every finding.")
    @click.option("--check", "checks", multiple=True, help="Run only these checks (repeatable).")
    @click.option("--info/--no-info", default=True, show_default=True,
                  help="List informational findings (documents recognised as not being plans).")
    def audit(db, fmt, checks, info):
        """Signs that extraction went wrong, per plan, with the evidence.

        Checks: a title that is a fragment or starts with a heading number; a
        region not named by the issuer, document number or title; responsibility
        words but no units; many tasks taking their units from one span; targets
        in retrospective passages; look-alike code points left in the text; a
        document that is not a plan (a reply, an approval, a regulation); a
        clause item left out because it does not read as a unit.  Each
        finding links to the plan's provenance page (zhengce serve) and names
        the characters behind it.  Always exits 0.

        \b
        Example:
            zhengce audit --db plans.db --format csv > audit.csv
        """
        from ..ask.audit import CHECKS, audit as run_audit, summary
        from ..store.database import connect

        unknown = set(checks) - set(CHECKS)
        if unknown:
            raise click.UsageError(f"unknown check(s): {', '.join(sorted(unknown))} (known: {', '.join(CHECKS)})")
        try:
            conn = connect(db, create=False)
        except FileNotFoundError as e:
            raise click.ClickException(str(e))
        findings = run_audit(conn, checks or CHECKS)
        if not info:
            findings = [f for f in findings if f.severity != "info"]
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        if fmt == "json":
            for f in findings:
                click.echo(json.dumps(f.as_dict(), ensure_ascii=False))
            return
        if fmt == "csv":
            cols = list(findings[0].as_dict()) if findings else ["doc_id", "source", "check", "severity",
                                                                  "message", "evidence", "start", "end", "link"]
            w = csv.DictWriter(sys.stdout, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            for f in findings:
                w.writerow(f.as_dict())
            return
        s = summary(findings, n_docs)
        click.echo(f"{s['documents']} documents, {s['flagged']} flagged")
        for c, n in s["by_check"].items():
            click.echo(f"  {c:14} {n:4} document(s)")
        if s["not_a_plan_info"]:
            click.echo(f"  (recognised as not plans, no tasks: {s['not_a_plan_info']})")
        for f in findings:
            where = f" @{f.start}" if f.start is not None else ""
            click.echo(f"{f.severity}: {f.source}: {f.check}: {f.message} | {_plain(f.evidence)}{where}")


def _plain(s: str) -> str:
    """Evidence on one line, control characters shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in (s or ""))
