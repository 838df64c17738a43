"""zhengce: facts from Chinese government plans.

The few functions a notebook needs::

    from extract import parse_file, load_corpus, open_db, open_graph
    doc = parse_file("corpus/000_bd8e8a35b7d95472.txt")
    doc.tasks[0].units          # who owns the first task, with spans
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["parse_file", "parse_text", "load_corpus", "open_db", "open_graph",
           "parse_quantity", "parse_deadline"]


def parse_file(path):
    """Read and extract one plan file → ``extract.models.Document``."""
    from .pipeline import parse_file as _pf
    return _pf(path)


def parse_text(text, source="<text>"):
    from .pipeline import parse_text as _pt
    return _pt(text, source=source)


def load_corpus(paths, db="zhengce.db", **kw):
    """Load files/folders into SQLite; returns a LoadSummary."""
    from .store.database import load
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return load(paths, db, **kw)


def open_db(db="zhengce.db"):
    """An sqlite_utils.Database over a loaded zhengce database."""
    import sqlite_utils
    from .store.database import connect
    return sqlite_utils.Database(connect(db, create=False))


def open_graph(db="zhengce.db", doc=None):
    """The unit→task responsibility graph (networkx.MultiDiGraph)."""
    from .ask.graph import build_graph
    return build_graph(db, doc=doc)


def parse_quantity(text):
    from .find.quantity import parse_quantity as _pq
    return _pq(text)


def parse_deadline(text, base_date=None):
    from .find.deadlines import parse_deadline as _pd
    return _pd(text, base_date)
