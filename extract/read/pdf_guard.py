"""The decompression-bomb guard of the PDF reader: what a PDF's streams decode to,
counted before pdfium decodes them.

pdfium decodes a page's content streams, its fonts and the object streams when the
page is loaded, through the whole chain of filters a stream declares.  A few
kilobytes can decode to gigabytes: deflate expands up to 1,032 times, and a chain
multiplies it (two Flate filters; Flate under ASCIIHex or ASCII85; LZW, which
expands up to ~2,560 times).  ``check_inflated`` decodes each stream through its
chain in chunks (memory stays flat), counting every stage's output, and refuses the
file as soon as the count passes the limit.

A stream's filters are read from its dictionary: a name or an array of names
(abbreviations and ``#xx`` escapes as pdfium reads them), or a reference to a
top-level object holding them.  Where they cannot be read (a reference into a
compressed object stream), the stream is sniffed: zlib data, hex digits, LZW's
clear code -- and what a sniffed Flate stage gives is sniffed again.  Image codecs
(DCT, JPX, JBIG2, CCITT) and Crypt end a chain: pdfium decodes images only to
draw them.  An encrypted PDF that opens without a password (the permissions
encryption many published PDFs carry) has its streams deciphered first, with the
key pdfminer computes from the standard security handler.

Streams are taken in file order until the bytes still ahead could not reach the
limit even at the largest expansion of a single Flate stage; from there on only
streams whose chain could expand more (nested, LZW, unread) are decoded.  A file
under a 1,032th of the limit (254 KB at 256 MB) decodes nothing of a plain Flate
stream."""
from __future__ import annotations

import base64
import binascii
import re
import zlib

from . import limits as _limits
from .ingest_error import IngestError

# deflate's largest expansion: a 258-byte match coded in two bits (zlib's documented 1032:1)
MAX_DEFLATE_RATIO = 1032

_STREAM = re.compile(rb"stream\r?\n")
_OBJ_HEAD = re.compile(rb"[^0-9]([0-9]+)\s+([0-9]+)\s+obj(?![\s\S]*obj)")
_XREF = re.compile(rb"/Type\s*/XRef\b")
_LENGTH = re.compile(rb"/Length\s+([0-9]+)(?![0-9]|\s+[0-9]+\s+R)")
_SHORT_OBJ = re.compile(rb"(?<![0-9])([0-9]+)\s+([0-9]+)\s+obj\b((?:(?!obj\b).){0,400}?)endobj", re.S)
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()%{}]*|(\d+)\s+(\d+)\s+R\b)")
_NAME = re.compile(rb"/([^\s/\[\]<>()%{}]*)")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_NON_HEX = re.compile(rb"[^0-9A-Fa-f]")
_HEX_TEXT = re.compile(rb"[0-9A-Fa-f\s]{16}")
_A85_GROUPS = re.compile(rb"(?:z|[!-u]{5})*")
_A85_SPACE = re.compile(rb"[\x00\t\n\x0c\r ]")

_ABBREVIATED = {"Fl": "FlateDecode", "AHx": "ASCIIHexDecode", "A85": "ASCII85Decode", "LZW": "LZWDecode",
                "RL": "RunLengthDecode", "DCT": "DCTDecode", "CCF": "CCITTFaxDecode"}
# the largest expansion of each decoding stage (output bytes per input byte)
_RATIO = {"FlateDecode": MAX_DEFLATE_RATIO, "ASCIIHexDecode": 0.5, "ASCII85Decode": 4,
          "RunLengthDecode": 64, "LZWDecode": 2560}
_IN_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 22


def check_inflated(data: bytes) -> int:
    """Refuse a PDF whose streams decode to more than the limit, before pdfium
    decodes them; returns the bytes decoded to check."""
    count = _Count(_limits.current().inflated_bytes, len(data))
    if b"/Encrypt" not in data:
        _scan(data, count)
        return count.total
    # encrypted: its cross-reference streams are not (pdfminer decodes them to find the
    # key), every other stream is deciphered before it is decoded
    _scan(data, count, xref=True)
    _scan(data, count, xref=False, decipher=_decipher(data))
    return count.total


def _scan(data: bytes, count: _Count, xref: bool | None = None, decipher=None) -> None:
    """Decode the streams in file order (``xref``: only cross-reference streams; with
    ``decipher``, all others, deciphered)."""
    n = len(data)
    limit = count.limit
    view = memoryview(data)
    refs: dict = {}                 # the short top-level objects, indexed at the first /Filter N G R
    next_end = -1                   # the first endstream after the last stream asked about
    for m in _STREAM.finditer(data):
        s = m.start()
        if data[s - 3:s] == b"end":
            continue
        head, filters = _filters(data, s, refs)
        if xref is not None and xref != bool(_XREF.search(head)):
            continue
        if filters is not None and (not filters or filters[0] not in _STAGES):
            continue                                # not encoded, or an image codec first
        if next_end < m.end():      # (else no endstream lies between: the same one ends this)
            next_end = data.find(b"endstream", m.end())
            next_end = n if next_end < 0 else next_end
        end = next_end
        worst = _worst_ratio(filters)
        if worst is not None and worst <= MAX_DEFLATE_RATIO \
                and count.total + count.reserved + MAX_DEFLATE_RATIO * (n - s) <= limit:
            count.reserved += int(worst * (end - m.end()))   # what is left cannot reach the limit
            continue
        raw = ([_deciphered(decipher, head, bytes(view[m.end():end]))] if decipher is not None
               else _raw(view, m.end(), end))
        _drain(_decoded(raw, filters, count))


def _decipher(data: bytes):
    """How a stream of this encrypted PDF is deciphered, when it opens without a
    password (the "permissions" encryption of many published PDFs, which pdfium
    reads as any other): the standard security handler's, as pdfminer computes it.
    None where it cannot be had (a password is needed: pdfium cannot open the file
    either; an unknown handler)."""
    import io
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser
        decipher = getattr(PDFDocument(PDFParser(io.BytesIO(data)), password=""), "decipher", None)
    except Exception:
        return None
    handler = getattr(decipher, "__self__", None)
    method = getattr(handler, "cfm", {}).get(getattr(handler, "strf", None)) or getattr(handler, "decrypt_rc4", None)
    if decipher is None or getattr(method, "__name__", "") != "decrypt_rc4":
        return decipher
    try:            # RC4 in C: pdfminer's own is pure Python (~30 KB/s)
        from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
        from cryptography.hazmat.primitives.ciphers import Cipher
    except ImportError:
        return decipher

    def rc4(objid: int, genno: int, raw: bytes) -> bytes:
        import hashlib
        import struct
        key = handler.key + struct.pack("<L", objid)[:3] + struct.pack("<L", genno)[:2]
        key = hashlib.md5(key).digest()[:min(len(key), 16)]
        return Cipher(ARC4(key), mode=None).decryptor().update(raw)
    return rc4


def _deciphered(decipher, head: bytes, raw: bytes) -> bytes:
    m = _OBJ_HEAD.search(head)
    if m is None:
        return raw
    n = _LENGTH.search(head)
    if n is not None and int(n.group(1)) <= len(raw):
        raw = raw[:int(n.group(1))]                 # the stream's own length (what follows is its end of line)
    else:
        # the one end of line before endstream; a cipher's last byte may itself be a \r or a \n
        # (stripping every one of them cut such a stream short, once in a hundred runs)
        raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1] if raw[-1:] in (b"\r", b"\n") else raw
    try:
        return decipher(int(m.group(1)), int(m.group(2)), raw)
    except Exception:
        return raw


class _Count:
    """The bytes decoded so far (``total``) and the most the streams let through
    undecoded can give (``reserved``), against the limit."""

    def __init__(self, limit: int, size: int):
        self.limit, self.size, self.total, self.reserved = limit, size, 0, 0

    def add(self, k: int) -> None:
        self.total += k
        if self.total + self.reserved > self.limit:
            lim = self.limit // 2**20
            raise IngestError("", f"PDF streams inflate to over {lim:,} MB (from {self.size / 2**20:,.1f} MB; "
                                  f"the limit is {lim:,} MB: lift it with --max-inflated-mb)")


def _drain(chunks) -> None:
    for _ in chunks:
        pass


def _raw(view, start: int, end: int):
    for pos in range(start, end, _IN_CHUNK):
        yield view[pos:min(pos + _IN_CHUNK, end)]


def _name(raw: bytes) -> str:
    name = _ESCAPE.sub(lambda e: bytes([int(e.group(1), 16)]), raw).decode("latin-1")
    return _ABBREVIATED.get(name, name)


def _filters(data: bytes, s: int, refs: dict) -> tuple[bytes, list[str] | None]:
    """The dictionary (from its object's header) and the filters of the stream whose
    keyword is at ``s``: [] for none, None where the dictionary names them through a
    reference this scan cannot follow (``refs`` keeps the references looked up)."""
    window = data[max(0, s - 1024):s]
    k = window.rfind(b"obj")
    head = (b" " + window[max(0, k - 40):]) if k >= 0 else window     # from the object's number
    m = _FILTER.search(window, k + 3 if k >= 0 else 0)
    if m is None:
        return head, []
    if m.group(2) is not None:                      # /Filter 12 0 R
        if not refs:                                # the short top-level objects, in one pass
            refs.update(((int(o.group(1)), int(o.group(2))), o.group(3).strip()) for o in _SHORT_OBJ.finditer(data))
            refs[None] = b""
        value = refs.get((int(m.group(2)), int(m.group(3))))
        if value is None:
            return head, None                       # in an object stream
    else:
        value = m.group(1)
    return head, [_name(x) for x in _NAME.findall(value)]


def _worst_ratio(filters: list[str] | None) -> float | None:
    """How many times its bytes a stream with these filters may decode to (the stages
    pdfium runs when loading a page); None where it cannot be said."""
    if filters is None:
        return None
    worst = 1.0
    for f in filters:
        if f not in _RATIO:
            break                                   # an image codec, Crypt, or unknown: ends the chain
        worst *= _RATIO[f]
    return worst


def _decoded(chunks, filters, count: _Count):
    if filters is None:
        return _sniffed(chunks, count, 0)
    for f in filters:
        stage = _STAGES.get(f)
        if stage is None:
            break
        chunks = _counted(stage(chunks), count)
    return chunks


def _counted(chunks, count: _Count):
    for c in chunks:
        count.add(len(c))
        yield c


def _zlib_header(b: bytes) -> bool:
    return len(b) >= 2 and b[0] & 0x0F == 8 and b[0] >> 4 <= 7 and (b[0] * 256 + b[1]) % 31 == 0


def _sniffed(chunks, count: _Count, depth: int):
    """Chunks of a stream whose filters are not known, decoded as far as they look
    like zlib data, hex digits or LZW (each Flate output is looked at again)."""
    chunks = iter(chunks)
    first = b""
    for c in chunks:
        first += bytes(c)
        if len(first) >= 16:
            break
    if not first:
        return
    rest = _chain([first], chunks)
    if depth >= 8:
        yield from rest
    elif _zlib_header(first):
        yield from _sniffed(_counted(_flate(rest), count), count, depth + 1)
    elif _HEX_TEXT.match(first) and first[:16].strip():
        yield from _sniffed(_counted(_ahx(rest), count), count, depth + 1)
    elif first[0] == 0x80 and first[1] < 0x80:     # LZW's first code: clear-table (256) in 9 bits
        yield from _counted(_lzw(rest), count)
    else:
        yield from rest


def _chain(*parts):
    for p in parts:
        yield from p


def _flate(chunks):
    d = zlib.decompressobj()
    try:
        for c in chunks:
            out = d.decompress(c, _OUT_CHUNK)
            yield out
            # a full buffer may leave output pending with no input left over; a call that
            # gives nothing ends the loop (once the stream has ended, the tail stays put)
            while (d.unconsumed_tail or len(out) == _OUT_CHUNK) and not d.eof:
                out = d.decompress(d.unconsumed_tail, _OUT_CHUNK)
                if not out:
                    break
                yield out
            if d.eof:
                return
    except zlib.error:
        return                                      # damaged: pdfium keeps what came before


def _ahx(chunks):
    carry = b""
    for c in chunks:
        c = bytes(c)
        end = c.find(b">")
        digits = carry + _NON_HEX.sub(b"", c if end < 0 else c[:end])
        k = len(digits) // 2 * 2
        yield binascii.unhexlify(digits[:k])
        carry = digits[k:]
        if end >= 0:
            break
    if carry:
        yield binascii.unhexlify(carry + b"0")


def _a85(chunks):
    carry = b""
    for c in chunks:
        c = bytes(c)
        end = c.find(b"~>")
        carry += _A85_SPACE.sub(b"", c if end < 0 else c[:end])
        k = _A85_GROUPS.match(carry).end()
        try:
            yield base64.a85decode(carry[:k])
        except ValueError:
            return
        carry = carry[k:]
        if end >= 0:
            break
    if carry:
        try:
            yield base64.a85decode(carry + b"u" * (5 - len(carry) % 5 if len(carry) % 5 else 0))
        except ValueError:
            return


def _runlength(chunks):
    buf = b""
    for c in chunks:
        buf += bytes(c)
        out, i, n = bytearray(), 0, len(buf)
        while i < n:
            k = buf[i]
            if k == 128:
                yield bytes(out)
                return
            if k < 128:
                if i + k + 2 > n:
                    break
                out += buf[i + 1:i + k + 2]
                i += k + 2
            else:
                if i + 2 > n:
                    break
                out += buf[i + 1:i + 2] * (257 - k)
                i += 2
            if len(out) >= _OUT_CHUNK:
                yield bytes(out)
                out = bytearray()
        yield bytes(out)
        buf = buf[i:]


def _lzw(chunks, early: int = 1):
    """LZW as PDF writes it (codes of 9-12 bits, most significant bit first, 256
    clears the table, 257 ends the data)."""
    table: list[bytes] = []
    prev = None
    bits = 9
    acc = nacc = 0
    out = bytearray()
    for c in chunks:
        for byte in bytes(c):
            acc = (acc << 8) | byte
            nacc += 8
            while nacc >= bits:
                nacc -= bits
                code = (acc >> nacc) & ((1 << bits) - 1)
                acc &= (1 << nacc) - 1
                if code == 256:
                    table = [bytes([i]) for i in range(256)] + [b"", b""]
                    prev, bits = None, 9
                    continue
                if code == 257:
                    yield bytes(out)
                    return
                if not table:
                    table = [bytes([i]) for i in range(256)] + [b"", b""]
                full = len(table) >= 4096           # a full table takes no more entries
                if code < len(table):
                    entry = table[code]
                    if prev is not None and not full:
                        table.append(prev + entry[:1])
                elif prev is not None and code == len(table) and not full:
                    entry = prev + prev[:1]
                    table.append(entry)
                else:
                    yield bytes(out)
                    return                          # damaged
                out += entry
                prev = entry
                if len(table) + early >= (1 << bits) and bits < 12:
                    bits += 1
                if len(out) >= _OUT_CHUNK:
                    yield bytes(out)
                    out = bytearray()
        yield bytes(out)
        out = bytearray()
    yield bytes(out)


_STAGES = {"FlateDecode": _flate, "ASCIIHexDecode": _ahx, "ASCII85Decode": _a85,
           "RunLengthDecode": _runlength, "LZWDecode": _lzw}
