"""The one error every ingest reader raises: a file that cannot be turned into text.

Kept in its own module so that the format readers (``encoding``, ``ingest_html``,
``ingest_docx``, ``ingest_pdf``) and the dispatcher ``ingest`` can all raise it
without importing one another.  Import it from ``extract.read.ingest``.
"""
from __future__ import annotations

import os


class IngestError(Exception):
    """A file that cannot be turned into text; ``str(e) == f"{path}: {reason}"``."""

    def __init__(self, path, reason: str):
        self.path = os.fspath(path) if path is not None else ""
        self.reason = " ".join(str(reason).split())      # always one line
        super().__init__(f"{self.path}: {self.reason}")

    def __reduce__(self):                                  # picklable for workers
        return (type(self), (self.path, self.reason))
