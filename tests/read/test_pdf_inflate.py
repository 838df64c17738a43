"""The decompression-bomb guard of the PDF reader (ingest_pdf.check_inflated).

It inflates a PDF's Flate streams in order until the bytes still ahead could not
reach the limit even at deflate's largest expansion (MAX_DEFLATE_RATIO).  These
tests hold that bound to zlib itself and show that a bomb is caught wherever it
sits in the file, while a file that cannot reach the limit is not inflated."""
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
