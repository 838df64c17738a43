"""Resource limits per file, checked while reading (not after).

A hostile or broken file can be small on disk and huge once read: an 18 KB PDF
with a million glyphs on one page, a PDF stream or a DOCX part that inflates to
hundreds of megabytes, a web page of millions of elements.  Each reader checks
the relevant limit before it allocates for the content, and a breach is an
``IngestError`` whose reason names the limit and the ``zhengce load`` flag that
lifts it.  The limits are process-wide (set once per load, and in each worker).

With the defaults a worker stays under ``MEMORY_MB`` (enforced with
``RLIMIT_AS`` in ``--jobs`` workers) whatever the file.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace

from .ingest_error import IngestError

MEMORY_MB = 1024        # address-space bound of a --jobs worker (RSS stays far below: ~100-300 MB)


@dataclass(frozen=True)
class Limits:
    pages: int = 2000               # PDF pages                          --max-pages
    page_glyphs: int = 100_000      # characters on one PDF page         --max-page-glyphs
    page_objects: int = 200_000     # drawing objects on one PDF page    --max-page-glyphs
    inflated_mb: int = 256          # a PDF's streams / a DOCX part, inflated   --max-inflated-mb
    html_nodes: int = 2_000_000     # elements + text nodes of a web page       --max-html-nodes
    timeout: float = 120.0          # seconds per file (0 = none)        --timeout

    @property
    def inflated_bytes(self) -> int:
        return self.inflated_mb * 2**20


DEFAULT = Limits()
_current = [DEFAULT]


def current() -> Limits:
    return _current[0]


def set_limits(lim: Limits | None) -> None:
    _current[0] = lim or DEFAULT


@contextlib.contextmanager
def using(lim: Limits | None):
    old = _current[0]
    _current[0] = lim or DEFAULT
    try:
        yield
    finally:
        _current[0] = old


def with_(**kw) -> Limits:
    """The current limits with some changed (0 or None = unlimited for counts)."""
    big = 1 << 62
    kw = {k: (big if v in (0, None) and k != "timeout" else (v or 0)) for k, v in kw.items()}
    return replace(current(), **kw)


def breach(what: str, n, limit, flag: str) -> IngestError:
    nf = f"{n:,}" if isinstance(n, int) else str(n)
    return IngestError("", f"{what} ({nf}; the limit is {limit:,}: lift it with {flag})")


def time_breach(seconds: float) -> IngestError:
    return IngestError("", f"extraction took too long (over {seconds:g} s; the limit is {seconds:g} s: "
                           "lift it with --timeout)")
