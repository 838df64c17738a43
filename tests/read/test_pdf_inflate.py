"""The decompression-bomb guard of the PDF reader (read/pdf_guard.check_inflated).

It decodes a PDF's streams in order, through every filter they declare, until the
bytes still ahead could not reach the limit even at deflate's largest expansion
(MAX_DEFLATE_RATIO); a chain that could expand more (Flate twice, LZW, a filter it
cannot read) is decoded wherever it sits.  These tests hold that bound to zlib
itself, show that a bomb is caught wherever it sits in the file and whatever chain
wraps it, while a file that cannot reach the limit is not inflated, and check the
decoders against pdfium reading the same streams."""
import os
import zlib

import pytest

from extract.read import limits
from extract.read.ingest_error import IngestError
from extract.read.ingest_pdf import MAX_DEFLATE_RATIO, check_inflated

MB = 2**20


def squeeze(n_bytes: int, byte: bytes = b"\0") -> bytes:
    """n_bytes of one repeated byte at zlib's best compression (its largest expansion)."""
    z = zlib.compressobj(9)
    block = byte * MB
    parts = [z.compress(block) for _ in range(n_bytes // MB)]
    parts.append(z.compress(byte * (n_bytes % MB)))
    parts.append(z.flush())
    return b"".join(parts)


def stream(body: bytes) -> bytes:
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream\n"


@pytest.mark.parametrize("n", [MB, 16 * MB, 64 * MB])
def test_the_ratio_bound_holds_for_zlib(n):
    """The bound the guard relies on: no deflate stream inflates past 1032 times its size."""
    for byte in (b"\0", b" "):
        packed = squeeze(n, byte)
        assert n <= MAX_DEFLATE_RATIO * len(packed)
        assert n / len(packed) > 0.9 * MAX_DEFLATE_RATIO       # and the bound is near what zlib reaches


def test_a_bomb_at_the_end_of_a_large_file_is_still_caught():
    """Incompressible streams first (nothing to refuse there), the bomb last: the early
    stop must not skip it."""
    filler = stream(zlib.compress(os.urandom(2 * MB), 1)) * 3
    bomb = stream(squeeze(12 * MB))
    with limits.using(limits.with_(inflated_mb=8)):
        with pytest.raises(IngestError, match="inflate to over 8 MB"):
            check_inflated(b"%PDF-1.4\n" + filler + bomb + b"%%EOF\n")


def test_a_bomb_first_is_caught_before_the_rest_is_read():
    bomb = stream(squeeze(12 * MB))
    with limits.using(limits.with_(inflated_mb=8)):
        with pytest.raises(IngestError, match="inflate to over 8 MB"):
            check_inflated(b"%PDF-1.4\n" + bomb + stream(zlib.compress(os.urandom(MB), 1)) + b"%%EOF\n")


def test_a_file_that_cannot_reach_the_limit_is_not_inflated():
    small = b"%PDF-1.4\n" + stream(squeeze(2 * MB)) + b"%%EOF\n"
    assert len(small) * MAX_DEFLATE_RATIO <= 256 * MB
    with limits.using(limits.with_(inflated_mb=256)):
        assert check_inflated(small) == 0
    with limits.using(limits.with_(inflated_mb=1)):          # where it could, it is inflated
        with pytest.raises(IngestError):
            check_inflated(small)


def test_the_tail_of_a_large_file_is_left_once_it_cannot_matter():
    """Streams are inflated until the bytes left could not reach the limit: a large file's
    first streams are, its last small ones are not (their inflated size is not counted)."""
    head = stream(zlib.compress(os.urandom(3 * MB), 1))
    tail = stream(zlib.compress(b"x" * 100_000, 9))
    with limits.using(limits.with_(inflated_mb=256)):
        n = check_inflated(b"%PDF-1.4\n" + head + tail + b"%%EOF\n")
    assert n == 3 * MB


# --------------------------------------------------------------------------- filter chains
# pdfium runs every filter a stream declares.  A chain multiplies the expansion, so each
# stage is decoded and counted; the encoders below are checked against pdfium itself.

def lzw(data: bytes) -> bytes:
    """LZW as PDF writes it (EarlyChange 1): 9-12 bit codes, most significant bit first,
    the table cleared (256) before it is full, 257 at the end."""
    bits, acc, nacc, out = 9, 0, 0, bytearray()

    def emit(code):
        nonlocal acc, nacc
        acc, nacc = (acc << bits) | code, nacc + bits
        while nacc >= 8:
            nacc -= 8
            out.append((acc >> nacc) & 0xFF)
        acc &= (1 << nacc) - 1
    table = {bytes([i]): i for i in range(256)}
    emit(256)
    w = b""
    for b in data:
        wc = w + bytes([b])
        if wc in table:
            w = wc
            continue
        emit(table[w])
        table[wc] = len(table) + 2
        if len(table) + 2 >= 4094:
            emit(256)
            table, bits = {bytes([i]): i for i in range(256)}, 9
        elif len(table) + 2 >= (1 << bits):
            bits += 1
        w = bytes([b])
    if w:
        emit(table[w])
    emit(257)
    if nacc:
        out.append((acc << (8 - nacc)) & 0xFF)
    return bytes(out)


def runlength(data: bytes) -> bytes:
    out, i = bytearray(), 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 128:
            j += 1
        if j - i > 1:
            out += bytes([257 - (j - i), data[i]])
        else:
            out += bytes([0, data[i]])
        i = j
    return bytes(out + b"\x80")


def hexed(b: bytes) -> bytes:
    return b"\n".join(b.hex().encode()[i:i + 64] for i in range(0, 2 * len(b), 64)) + b">"


def a85(b: bytes) -> bytes:
    import base64
    return base64.a85encode(b, wrapcol=72) + b"~>"


CONTENT = b"".join(b"BT /F1 12 Tf 72 %d Td (Line %04d of the page) Tj ET\n" % (700 - i, i) for i in range(400))
CHAINS = {
    "Flate": (b"/FlateDecode", lambda c: zlib.compress(c)),
    "Flate twice": (b"[/FlateDecode /FlateDecode]", lambda c: zlib.compress(zlib.compress(c))),
    "abbreviated, escaped": (b"[/Fl /Flate#44ecode]", lambda c: zlib.compress(zlib.compress(c))),
    "hex of Flate": (b"[/ASCIIHexDecode /FlateDecode]", lambda c: hexed(zlib.compress(c))),
    "ASCII85 of Flate": (b"[/A85 /FlateDecode]", lambda c: a85(zlib.compress(c))),
    "LZW": (b"/LZWDecode", lambda c: lzw(c)),
    "RunLength": (b"/RunLengthDecode", lambda c: runlength(c)),
}


@pytest.mark.parametrize("name", CHAINS)
def test_each_chain_is_decoded_as_pdfium_decodes_it(name):
    """pdfium reads the page drawn by the encoded stream, and the guard counts what that
    stream decodes to (every stage's output: the page's bytes, plus an inner stage's)."""
    from fixtures_make import stream_pdf
    from extract.read.ingest_pdf import read_pdf
    filters, encode = CHAINS[name]
    pdf = stream_pdf(stream=encode(CONTENT), filters=filters)
    text, _ = read_pdf(pdf, [])
    assert "Line 0000 of the page" in text and "Line 0399 of the page" in text
    with limits.using(limits.with_(inflated_mb=1)):       # 1 MB: every stream of this file is decoded
        n = check_inflated(pdf)
    inner = {"Flate twice": len(zlib.compress(CONTENT)), "abbreviated, escaped": len(zlib.compress(CONTENT)),
             "hex of Flate": len(zlib.compress(CONTENT)), "ASCII85 of Flate": len(zlib.compress(CONTENT))}
    assert len(CONTENT) + inner.get(name, 0) <= n <= len(CONTENT) + inner.get(name, 0) + 4


def small_bomb_of(mb: int) -> bytes:
    """``mb`` MB of blanks, compressed twice: a few KB."""
    return zlib.compress(squeeze(mb * MB, b" "), 9)


@pytest.mark.parametrize("filters,encode", [
    (b"[/FlateDecode /FlateDecode]", lambda b: zlib.compress(b, 9)),
    (b"[/ASCIIHexDecode /FlateDecode]", hexed),
    (b"[/ASCII85Decode /FlateDecode]", a85),
    (b"[/FlateDecode /Flate#44ecode]", lambda b: zlib.compress(b, 9)),
], ids=["Flate-twice", "hex", "ascii85", "escaped-name"])
def test_a_bomb_inside_a_chain_is_caught_in_a_small_file(filters, encode):
    """The file is under a 1,032th of the limit, where a single Flate stream could not
    reach it; a chain can, so it is decoded all the same."""
    bomb = encode(squeeze(40 * MB, b" "))
    body = b"<< /Length %d /Filter %s >>\nstream\n" % (len(bomb), filters) + bomb + b"\nendstream\n"
    pdf = b"%PDF-1.4\n" + body + b"%%EOF\n"
    with limits.using(limits.with_(inflated_mb=32)):
        with pytest.raises(IngestError, match="inflate to over 32 MB"):
            check_inflated(pdf)


def test_a_filter_named_through_a_reference_is_followed_or_sniffed():
    """/Filter 9 0 R: the object is read where it is a top-level one; where it cannot be
    found (it sits in a compressed object stream), the bytes are sniffed (zlib data,
    and zlib data inside that)."""
    bomb = squeeze(40 * MB, b" ")
    body = b"<< /Length %d /Filter 9 0 R >>\nstream\n" % len(bomb) + bomb + b"\nendstream\n"
    with limits.using(limits.with_(inflated_mb=32)):
        for pdf in (b"%PDF-1.4\n9 0 obj\n/FlateDecode\nendobj\n" + body + b"%%EOF\n",
                    b"%PDF-1.4\n" + body + b"%%EOF\n"):
            with pytest.raises(IngestError, match="inflate to over 32 MB"):
                check_inflated(pdf)
        twice = zlib.compress(bomb, 9)
        pdf = b"%PDF-1.4\n" + body.replace(bomb, twice).replace(b"%d" % len(bomb), b"%d" % len(twice)) + b"%%EOF\n"
        with pytest.raises(IngestError, match="inflate to over 32 MB"):
            check_inflated(pdf)
        small = zlib.compress(CONTENT)                      # and a harmless one passes
        pdf = b"%PDF-1.4\n" + body.replace(bomb, small) + b"%%EOF\n"
        assert check_inflated(pdf) == len(CONTENT)


def test_lzw_and_runlength_bombs_are_caught():
    blanks = b" " * (12 * MB)
    for filters, packed in ((b"/LZWDecode", lzw(blanks)), (b"/RunLengthDecode", runlength(blanks))):
        body = b"<< /Length %d /Filter %s >>\nstream\n" % (len(packed), filters) + packed + b"\nendstream\n"
        with limits.using(limits.with_(inflated_mb=8)):
            with pytest.raises(IngestError, match="inflate to over 8 MB"):
                check_inflated(b"%PDF-1.4\n" + body + b"%%EOF\n")


def test_image_codecs_end_a_chain_and_endstream_is_no_stream():
    """pdfium decodes images only to draw them: what a Flate stage gives a DCT stage is
    counted, the image is not decoded; a bare image stream is not looked at."""
    jpeg = b"\xff\xd8" + os.urandom(5000) + b"\xff\xd9"
    packed = zlib.compress(jpeg)
    pdf = (b"%PDF-1.4\n<< /Filter [/FlateDecode /DCTDecode] >>\nstream\n" + packed + b"\nendstream\n"
           + b"<< /Filter /DCTDecode >>\nstream\n" + jpeg + b"\nendstream\n%%EOF\n")
    with limits.using(limits.with_(inflated_mb=1)):
        assert check_inflated(pdf) == len(jpeg)


def test_output_at_a_chunk_boundary_is_counted_whole_and_ends(monkeypatch):
    """Inflated in bounded chunks, a stream whose output fills the last chunk exactly (or
    leaves output pending with no input left) is still counted whole, and the loop ends
    (a real PDF hung the guard when the stream ended inside a full chunk; an alarm turns
    such a hang into a failure)."""
    import signal

    from extract.read import pdf_guard

    def hung(*_):
        raise TimeoutError("check_inflated did not end")
    monkeypatch.setattr(pdf_guard, "_OUT_CHUNK", 4096)
    monkeypatch.setattr(pdf_guard, "_IN_CHUNK", 512)
    pad = b"%" + b"x" * 1100 + b"\n"           # enough bytes ahead that the stream must be inflated
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        for size in (4095, 4096, 4097, 8192, 3 * 4096 + 1, 40960):
            for body in (b"\0" * size, os.urandom(size // 2) * 2):
                for trail in (b"", b"\n", b"\r\n  "):
                    pdf = b"%PDF-1.4\n" + stream(zlib.compress(body, 9) + trail) + pad + b"%%EOF\n"
                    with limits.using(limits.with_(inflated_mb=1)):
                        assert check_inflated(pdf) == len(body)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _reportlab_pdf(strength, blank_mb: float = 0.0) -> bytes:
    """A page drawn by reportlab, its content stream ``blank_mb`` MB longer; encrypted
    (RC4, 40 or 128 bits) with an empty user password when ``strength`` is given: the
    "permissions" encryption published PDFs carry, which pdfium opens without asking."""
    import io

    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    enc = None if strength is None else pdfencrypt.StandardEncryption("", ownerPassword="o", strength=strength,
                                                                      canPrint=0)
    c = canvas.Canvas(buf, pageCompression=1, encrypt=enc)
    c.drawString(100, 700, "open text")
    c._code.append(" " * int(blank_mb * MB))
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("strength", [40, 128])
def test_an_encrypted_pdf_is_deciphered_before_it_is_counted(strength):
    """Its streams are ciphered: inflated as they stand they give nothing, and a bomb in
    them went through (600 MB in a 0.7 MB file loaded, 1.3 GB of memory)."""
    pytest.importorskip("reportlab")
    from extract.read.ingest_pdf import read_pdf
    plain, ciphered = _reportlab_pdf(None, 0.5), _reportlab_pdf(strength, 0.5)
    assert b"/Encrypt" in ciphered and read_pdf(ciphered, [])[0] == "open text"
    with limits.using(limits.with_(inflated_mb=1)):
        assert check_inflated(ciphered) == check_inflated(plain) > MB // 2
    with limits.using(limits.with_(inflated_mb=8)):
        with pytest.raises(IngestError, match="inflate to over 8 MB"):
            check_inflated(_reportlab_pdf(strength, 12))


@pytest.mark.parametrize("unit", [
    b"<< /Filter /FlateDecode >>\nstream\n",                          # streams that never end
    b"<< /Filter 9 0 R >>\nstream\nx\nendstream\n",                    # one reference, met again and again
    None,                                                              # a different reference each time
], ids=["no-endstream", "same-reference", "distinct-references"])
def test_the_guard_is_linear_in_the_file(unit):
    """Whatever a hostile file repeats, the guard's time grows with its size: each stream's
    end, and each reference, is looked up once (the first version searched the rest of the
    file for every stream: 309 s for 200,000 streams with no endstream)."""
    import time

    def pdf(k):
        body = (b"".join(b"<< /Filter %d 0 R >>\nstream\nx\nendstream\n" % i for i in range(k)) if unit is None
                else unit * k)
        return b"%PDF-1.4\n" + body + b"%%EOF\n"

    def best(data):
        t = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            with limits.using(limits.with_(inflated_mb=1)):
                check_inflated(data)
            t = min(t, time.perf_counter() - t0)
        return t
    small, big = pdf(20_000), pdf(80_000)
    best(small)
    ratio = min(best(big) / best(small) for _ in range(2))
    assert ratio < 8, ratio                  # linear: 4x; quadratic: 16x


def test_a_ciphered_stream_keeps_a_last_byte_that_is_an_end_of_line():
    """An RC4 stream's last byte is a \\r or a \\n once in 128: only the one end of line before
    endstream is the file's (its /Length says where the stream ends); stripping every one cut
    such a stream short, and the count of a test's encrypted PDF came out 4 bytes short once in a
    hundred runs."""
    from extract.read.pdf_guard import _deciphered
    same = lambda objid, genno, raw: raw             # noqa: E731 (the cipher itself is not the point)
    assert _deciphered(same, b" 4 0 obj\n<< /Length 5 /Filter /FlateDecode >>\n", b"abc\n\n\n") == b"abc\n\n"
    assert _deciphered(same, b" 4 0 obj\n<< /Length 12 0 R >>\n", b"abcd\n\r\n") == b"abcd\n"
    assert _deciphered(same, b" 4 0 obj\n<< >>\n", b"abcd\r\n") == b"abcd"
