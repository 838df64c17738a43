"""Store: a ``Document`` → rows.

``database`` (SQLite: ``schema.sql``, one transaction per document, loading
files and records), ``export`` (a ``Document`` as the JSON record of the gold
files) and ``parquet`` (records on a Dask cluster, read back by ``zhengce load
--from-parquet``).

``from extract import store`` keeps working: the database functions are
re-exported here (``store.load``, ``store.connect``, ...).
"""
from .database import (DEFAULT_DB, MAX_CHARS, SCHEMA, LoadSummary, Writer,  # noqa: F401 (re-exported)
                       connect, flush_fts, has_sha, load, load_records, parse_file_record, record,
                       write_document)
