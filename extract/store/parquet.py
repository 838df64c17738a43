"""Extraction records as Parquet, for corpora beyond one machine.

Extraction is a pure function from a file to a record, so it can run anywhere
(a Dask cluster, a batch job); only the final write needs the SQLite file::

    import dask.bag as db
    from extract.read.ingest import iter_paths
    from extract.store.parquet import records_from_file, write_partition

    files = list(iter_paths(["plans/"]))
    (db.from_sequence(files, partition_size=200)
       .map(records_from_file)
       .map_partitions(write_partition, "records/")
       .compute())
    # then, where the database lives:  zhengce load --from-parquet records/

A record is a dict: ``path``, ``source``, ``sha256``, ``error`` (a one-line
reason, or None) and ``record`` (``store.record(doc)``: the document row and
every fact row, JSON-able).  In Parquet each record is one row; the document's
metadata are columns of their own (so the files can be queried as they are)
and the rows of the fact tables travel as one JSON string.

pyarrow is imported lazily (``pip install "zhengce[dask]"``).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from . import database as store

# document columns copied out of the record for querying the Parquet files directly
META = ("id", "title", "doc_number", "issuer", "region", "level", "signed", "published", "year", "n_chars",
        "format", "encoding")


def records_from_file(path, max_chars: int | None = store.MAX_CHARS) -> dict:
    """File → record dict.  Pure, never raises: a file that cannot be read gives a
    record with ``error`` set, so the failure reaches the load report."""
    path = os.fspath(path)
    kind, val = store.parse_file_record(path, frozenset(), max_chars)
    out = {"path": path, "source": os.path.basename(path), "sha256": None, "error": None, "record": None}
    if kind == "error":
        out["error"] = val
    else:
        out["record"] = val
        out["sha256"] = val["document"]["sha256"]
    return out


def _schema():
    import pyarrow as pa

    types = {"year": pa.int64(), "n_chars": pa.int64()}
    return pa.schema([("path", pa.string()), ("source", pa.string()), ("sha256", pa.string()),
                      ("error", pa.string())]
                     + [(k, types.get(k, pa.string())) for k in META]
                     + [("record", pa.large_string())])


def _row(rec: dict) -> dict:
    r = rec.get("record")
    d = r["document"] if r else {}
    row = {k: rec.get(k) for k in ("path", "source", "sha256", "error")}
    row.update({k: d.get(k) for k in META})
    row["record"] = json.dumps(r, ensure_ascii=False) if r else None
    return row


def write_parquet(records, path) -> str:
    """Write records (an iterable of ``records_from_file`` dicts) to one Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = os.fspath(path)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    schema = _schema()
    tmp = path + ".tmp"
    with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
        batch = []
        for rec in records:
            batch.append(_row(rec))
            if len(batch) >= 64:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            w.write_table(pa.Table.from_pylist(batch, schema=schema))
    os.replace(tmp, path)          # a partition file is whole or absent
    return path


def write_partition(records, out_dir) -> list:
    """``dask.bag`` partition → one Parquet file in ``out_dir``, named by a hash of its
    paths (so a re-run overwrites rather than duplicates); returns ``[file name]``."""
    records = list(records)
    if not records:
        return []
    h = hashlib.sha1("\n".join(r["path"] for r in records).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return [write_parquet(records, Path(out_dir) / f"part-{h}.parquet")]


def read_parquet(path):
    """Yield the records stored in a Parquet file or a folder of them (streamed by
    row batches: the corpus is never held in memory)."""
    import pyarrow.parquet as pq

    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    files = sorted(p.rglob("*.parquet")) if p.is_dir() else [p]
    for f in files:
        pf = pq.ParquetFile(f)
        for batch in pf.iter_batches(batch_size=64, columns=["path", "source", "sha256", "error", "record"]):
            for row in batch.to_pylist():
                rec = row.pop("record")
                row["record"] = json.loads(rec) if rec else None
                yield row


def dask_extract(paths, out_dir, partition_size: int = 200, **compute_kw) -> list:
    """Extract ``paths`` (files and folders) with dask.bag into Parquet files in
    ``out_dir``; returns the files written.  Uses whatever Dask scheduler is active
    (a ``distributed.Client``, or ``scheduler="processes"`` in ``compute_kw``)."""
    import dask.bag as db

    from ..read.ingest import iter_paths

    files = [str(f) for f in iter_paths(paths)]
    if not files:
        return []
    bag = db.from_sequence(files, partition_size=partition_size)
    return bag.map(records_from_file).map_partitions(write_partition, str(out_dir)).compute(**compute_kw)
