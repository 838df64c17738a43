"""Read: a file's bytes → text, and its tables as blocks.

Formats (``ingest`` sniffs and dispatches to ``ingest_html``, ``ingest_docx``,
``ingest_pdf``; plain text through ``encoding``), encodings, PDF line
re-joining and doubled headings (``unwrap``), and the length-preserving
normalisation every later stage reads (``normalize``).  PDF, DOCX and HTML
tables also come as ``blocks.Table`` (rows of cells, each with its span in the
text, merged cells marked), laid out by ``blocks.layout``.  Failures are
``IngestError`` (``ingest_error``).  Knows nothing of plans: no rules about
headings, units or targets live here except the page furniture ``unwrap``
needs to re-join PDF lines.
"""
