"""Decode the bytes of a text file or saved web page: BOMs, a declared charset,
BOM-less UTF-16, UTF-8, then the Chinese legacy encodings (GB18030, Big5 and
kin) ranked by how plausible the decoded text is as Chinese.

``decode(data, warnings, declared=None) -> (text, encoding)`` is the entry
point; ``plausibility``, ``decode_sample``, ``utf16_guess`` and ``HANZI`` also
serve ``ingest``'s format sniffing.  charset-normalizer is imported lazily and
is only a hint.
"""
from __future__ import annotations

import codecs
import functools
import re

from .ingest_error import IngestError


def utf16_guess(sample: bytes) -> str | None:
    """BOM-less UTF-16: ASCII characters leave NULs on one side only."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 4 and even * 4 <= odd and odd * 100 >= len(sample) // 2:
        return "utf-16-le"
    if even >= 4 and odd * 4 <= even and even * 100 >= len(sample) // 2:
        return "utf-16-be"
    return None


_CJK_CANDIDATES = ("gb18030", "big5", "cp950", "big5hkscs", "utf_16_le", "utf_16_be")
_CN_NAMES = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5",
             "cp950": "cp950", "big5hkscs": "big5hkscs", "utf_16_le": "utf-16-le",
             "utf_16_be": "utf-16-be"}
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_TEXTLIKE = re.compile(
    r"[\t\n\r\x0b\x0c\x20-\x7e\xa0-\u024f\u02c6-\u02dd\u0391-\u03c9\u2000-\u27bf"
    r"\u3000-\u303f\u30fb\u3100-\u312f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef\U00020000-\U0003134f]")


@functools.lru_cache(maxsize=1)
def _common_hanzi():
    """The most frequent ~9000 characters: GB2312 level 1 plus Big5 常用字."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            chars.add(bytes((lead, trail)).decode("gb2312", "ignore"))
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            chars.add(bytes((lead, trail)).decode("big5", "ignore"))
    chars.discard("")
    return re.compile("[" + "".join(sorted(chars)) + "]")


def plausibility(s: str) -> float | None:
    """Score a decoded sample as Chinese text (higher is better), None if implausible:
    too many characters no Chinese text uses, or hanzi that are mostly rare ones (what
    a wrong GBK/Big5 guess or random bytes give)."""
    n = len(s)
    if not n:
        return None
    other = n - len(_TEXTLIKE.findall(s))
    if other > max(1, n // 50):
        return None
    hanzi = len(HANZI.findall(s))
    if not hanzi:                          # non-ASCII without any hanzi: a wrong guess
        return None if (n - len(s.encode("ascii", "ignore"))) * 10 > n else 0.3 - other / n
    ratio = len(_common_hanzi().findall(s)) / hanzi
    if hanzi >= 2 and ratio < 0.5:
        return None
    return ratio - other / n


def decode_sample(sample: bytes, enc: str) -> str | None:
    for cut in range(4):                    # the sample may end inside a character
        try:
            return sample[:len(sample) - cut].decode(enc)
        except UnicodeDecodeError:
            continue
        except LookupError:
            return None
    return None


def _max_bad(n_bytes: int) -> int:
    """Undecodable byte sequences tolerated (replaced by U+FFFD, with a warning)."""
    return max(2, n_bytes // 500)


def decode(data: bytes, warnings: list[str], declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to str; return (text, encoding name)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), ("utf-16-le" if bom == codecs.BOM_UTF16_LE else
                                          "utf-16-be" if bom == codecs.BOM_UTF16_BE else enc)
            except UnicodeDecodeError:
                if bom == codecs.BOM_UTF8:
                    # a UTF-8 mark before GBK bytes (an editor added it): detect what follows,
                    # rather than turn most of the text into U+FFFD
                    text, enc2 = decode(data[len(bom):], warnings, declared)
                    warnings.append(f"UTF-8 byte-order mark but the content is not UTF-8; read as {enc2}")
                    return "\ufeff" + text, enc2
                text = data.decode(enc, "replace")
                warnings.append(f"{text.count(chr(0xFFFD))} invalid byte sequence(s) in {enc} "
                                "text replaced by U+FFFD")
                return text, enc
    if declared:
        # valid UTF-8 beats a declaration (mislabelled pages are common; GBK text is
        # practically never valid UTF-8); a declared legacy charset must give plausible text
        try:
            text = data.decode("utf-8")
            if declared not in ("utf-8", "ascii") and not text.isascii():
                warnings.append(f"declared charset {declared} but the content is UTF-8; read as utf-8")
            return text, "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            text = data.decode(declared)
            if plausibility(text[:20000]) is not None:
                return text, declared
        except (UnicodeDecodeError, LookupError):
            pass
        warnings.append(f"declared charset {declared} does not decode the file; detected instead")
    sample = data[:65536]
    utf16 = utf16_guess(sample) if len(data) % 2 == 0 else None
    if utf16:
        s = decode_sample(sample, utf16)
        if s is not None and plausibility(s) is not None:
            try:
                return data.decode(utf16), utf16
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # sample around the first non-ASCII byte, then rank the CJK candidates
    m = re.search(rb"[\x80-\xff]", data)
    start = data.rfind(b"\n", 0, m.start()) + 1 if m else 0
    sample = data[start:start + 65536]
    order = [declared] if declared else []
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(sample, cp_isolation=list(_CJK_CANDIDATES)).best()
        if best is not None and best.encoding in _CN_NAMES:
            order.append(_CN_NAMES[best.encoding])
    except Exception:                      # detection is a hint only
        pass
    scored = []
    for enc in dict.fromkeys(["utf-8"] + order + [_CN_NAMES[c] for c in _CJK_CANDIDATES]):
        s, bad = decode_sample(sample, enc), 0
        if s is None:                      # a few broken bytes are tolerated, at a cost
            try:
                s = sample.decode(enc, "replace")
            except LookupError:
                continue
            bad = s.count("\ufffd")
            if bad > _max_bad(len(sample)):
                continue
        score = plausibility(s)
        if score is not None:
            scored.append((score + (0.05 if enc in order else 0) - bad / max(1, len(s)), enc))
    scored.sort(key=lambda x: -x[0])
    for _, enc in scored:
        if enc == "utf-8" or enc == declared:      # already failed strictly
            continue
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    for _, enc in scored:                  # broken bytes (a cut-off last character, mixed encodings)
        text = data.decode(enc, "replace")
        bad = text.count("\ufffd")
        if bad <= _max_bad(len(data)):
            warnings.append(f"{bad} invalid byte sequence(s) in {enc} text replaced by U+FFFD")
            return text, enc
    tried = ", ".join(["utf-8", "utf-16"] + [e for e in dict.fromkeys(_CN_NAMES.values())
                                             if not e.startswith("utf")])
    raise IngestError("", f"cannot detect encoding (tried {tried}; no candidate decodes "
                          "to plausible Chinese text)")
