"""Length-preserving normalisation.

``normalize(text)`` returns a string of exactly ``len(text)`` characters in which

* full-width ASCII forms become ASCII (（，：；１２３ → (,:;123), the ideographic
  space, no-break and other odd spaces become a plain space (tabs stay: they
  separate the cells of a flattened table);
* dash variants (— – ― ⎯ ﹣ － ─ ‐) become ``-``, and ``一`` written as a dash
  between dates (``20238月一202310月``) becomes ``-``;
* look-alike code points that PDFs and web pages emit become the characters
  they stand for: Kangxi radicals (⼀ U+2F00 → 一, ⼈ → 人), CJK Radicals
  Supplement forms (⻔ → 门, ⻓ → 长) and CJK compatibility ideographs, one for
  one (``rules/lookalikes.tsv``, from Unicode NFKC and the Unicode
  EquivalentUnifiedIdeograph data);
* traditional characters become simplified ones, character by character;
* private-use glyphs become spaces, except figures: a symbol font's digits
  (U+F030-U+F039, with its . % + , -) and one private-use glyph between two
  digits (a decimal point some CJK fonts draw from their private area).

Because each character is replaced by exactly one character, the offset map
between the stored text and the normalised text is the identity: a span found
by any rule in the normalised text is the same span in the stored text.  That
is what lets every fact point at the characters it came from without carrying
an offset table around, and it keeps normalisation at C speed
(``str.translate``).
"""
from __future__ import annotations

import bisect
import functools
import re

from .. import rules

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u23af\u2500\ufe58\ufe63\uff0d"


def lookalikes() -> dict:
    """Look-alike code point → the character it stands for (rules/lookalikes.tsv)."""
    from ..rules import RULES_DIR
    out = {}
    with open(RULES_DIR / "lookalikes.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            a, b = line.rstrip("\n").split("\t")[:2]
            if len(a) == 1 and len(b) == 1:
                out[ord(a)] = b
    return out


def _base_table() -> dict:
    table = dict(lookalikes())
    for cp in range(0xFF01, 0xFF5F):           # full-width ASCII
        table[cp] = cp - 0xFEE0
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _DASHES:
        table[ord(ch)] = "-"
    table[ord("\u3002")] = "。"                # keep the ideographic full stop
    table[ord("\uff61")] = "。"                # half-width ideographic full stop
    table[ord("\uff64")] = "、"
    table[ord("\u2027")] = "·"
    table[ord("\u30fb")] = "·"
    table[ord("\u00b7")] = "·"
    table[ord("\r")] = " "
    return table


_TABLE = _base_table()
_LOOKALIKE_TABLE = lookalikes()
# full-width digits and Latin letters (２０２７, ＡＩ) read as the characters they stand for
_LOOKALIKE_TABLE.update({cp: chr(cp - 0xFEE0) for cp in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B))
                         + list(range(0xFF41, 0xFF5B))})


def canonical(s: str | None) -> str | None:
    """``s`` with look-alike code points replaced by the characters they stand
    for (and nothing else): what a stored fact's string shows, so that a unit
    is not stored twice (省发展改革委, 省发展改⾰委) and search finds the plan."""
    if not s or _LOOKALIKE.search(s) is None:      # most strings have none: a C-level scan
        return s
    return s.translate(_LOOKALIKE_TABLE)
# only the characters that change, as one character class: scanning for them is a
# C-level search, and most plan text has few of them (str.translate with a dict
# looks up every character and is ~8× slower on Chinese text)
_REPL = {chr(k): (v if isinstance(v, str) else chr(v)) for k, v in _TABLE.items()}
_REPL = {k: v for k, v in _REPL.items() if k != v}


def _char_class(chars) -> str:
    """``chars`` as a regex class of ranges (1,436 code points make ~300 ranges).  A class
    listing every code point, with many beyond the BMP, is searched one member at a
    time: 16× slower than the ranges over a whole plan."""
    cps, out, i = sorted(map(ord, chars)), [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append(re.escape(chr(cps[i])) + ("-" + re.escape(chr(cps[j])) if j > i else ""))
        i = j + 1
    return "[" + "".join(out) + "]"


_CHANGE = re.compile(_char_class(_REPL))
_LOOKALIKE = re.compile(_char_class({chr(k) for k, v in _LOOKALIKE_TABLE.items() if chr(k) != v}))
_repl = _REPL.__getitem__

# characters that only occur in traditional text; one is enough to switch the
# character table on (the check is one C-level regex search)
_TRAD_HINT = re.compile("[們這個來為與國說時會對產權區發業務開關經貿統專優質審護製績庫處縣機構劃創辦廳]")
# 一 written as a dash between dates; the literal comes first so the scan is fast
_DASH_YI = re.compile(r"一(?=\s?[0-9]{4}|\s?[0-9]{1,2}\s?月)")


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict:
    from zhconv import zhconv as z   # lazy: only for traditional text

    z.loaddict()
    table = {}
    for k, v in z.zhcdicts["zh2Hans"].items():
        if len(k) == 1 and len(v) == 1 and k != v and k not in "「」『』":
            table[ord(k)] = v
    return table


def is_traditional(text: str) -> bool:
    return _TRAD_HINT.search(text) is not None


_PUA = re.compile("[\ue000-\uf8ff]")     # private-use glyphs (a letterhead's red rule): no character
# ... except figures: a symbol font's ASCII at U+F020-U+F07E (年产\uf031\uf02e\uf036亿套 → 1.6), a run
# holding a digit; and one private-use glyph between two digits, a decimal point some CJK
# fonts draw from their private area (超１\ue010２万亿元 → 1.2)
_PUA_FIGURES = re.compile("[\uf025\uf02b-\uf02e\uf030-\uf039]*[\uf030-\uf039][\uf025\uf02b-\uf02e\uf030-\uf039]*"
                          "|(?<=[0-9])[\ue000-\uf8ff](?=[0-9])")


def _pua_figure(m) -> str:
    s = m.group()
    if len(s) == 1 and not "\uf030" <= s <= "\uf039":
        return "."                          # between two digits
    return "".join(chr(ord(c) - 0xF000) for c in s)


# question marks that stand for blanks a page lost to a wrong encoding (no-break spaces and
# ideographic spaces saved as ?): a run of them alone on a line or opening it before a blank
# (?  /  ??? 泰州市人民政府办公室  /  ???? 2019年8月26日) -- a question is asked with ？ in Chinese
_LOST_BLANKS = re.compile(r"(?m)^\?+(?=[ \t\u3000]|$)")
# a year written in Chinese numerals whose 〇 is typed as ○, a letter O or a digit 0 (二OO八年二月二十六日, a 2008
# district notice, probe batch 20; 二0一九年)
_CN_YEAR_ZEROS = re.compile(r"[一二][〇○零OoＯ0][〇○零OoＯ0一二三四五六七八九]{2}(?=年)")
_ZERO_LOOKALIKES = re.compile(r"[○OoＯ0]")
# ... the letter or digit among the zeros right after its first numeral (二OO七年, not 二〇一O年)
_LATIN_ZERO_FIRST = re.compile(r"[一二][〇○零]*[OoＯ0]")


def fold_cn_zeros(s: str) -> str:
    """二OO八年 / 二○一一年 -> 二〇〇八年 / 二〇一一年 (only inside a year written in Chinese numerals)."""
    return _CN_YEAR_ZEROS.sub(lambda m: _ZERO_LOOKALIKES.sub("〇", m.group()), s)


def _latin_zeros_folded(m) -> str:
    """A year typed with a letter O or a digit 0 for its 〇 (二OO七年九月二十一日, a 2007 city's notice, probe batch
    224) read with the zero it stands for, one character for one, so that a date line reads as a date; one typed
    with ○ stays as written (the readers take ○ as it is)."""
    g = m.group()
    return _ZERO_LOOKALIKES.sub("〇", g) if _LATIN_ZERO_FIRST.match(g) else g


def normalize(text: str, simplified: bool = False) -> str:
    """``simplified=True`` converts traditional characters even in a short
    string that shows none of the hint characters (used to compare names)."""
    out = _CHANGE.sub(lambda m: _repl(m.group()), text)
    if _PUA.search(out):
        out = _PUA.sub(" ", _PUA_FIGURES.sub(_pua_figure, out))
    if "?" in out:                      # a page saved in the wrong encoding: ? for each lost blank
        out = _LOST_BLANKS.sub(lambda m: " " * len(m.group()), out)
    if "一" in out:
        out = _dash_yi(out)
    if "年" in out:
        out = _CN_YEAR_ZEROS.sub(_latin_zeros_folded, out)
    if simplified or is_traditional(out):
        out = out.translate(_t2s_table())
    assert len(out) == len(text)
    return out


def _dash_yi(out: str) -> str:
    """一 between two dates (20238月一202310月, 2023年5月一2024年6月) is a dash:
    before a year when it follows a digit, 年, 月 or 日; before a month when it
    follows a four-digit year or 月."""
    hits = []
    for m in _DASH_YI.finditer(out):
        i = m.start()
        j = i - 1 if i and out[i - 1] == " " else i       # a PDF's space around the dash
        k = m.end() + (out[m.end():m.end() + 1] == " ")
        prev = out[j - 1:j]
        if out[k:k + 4].isdigit() and len(out[k:k + 4]) == 4:
            ok = prev.isdigit() or prev in ("年", "月", "日")
        else:
            ok = out[max(0, j - 4):j].isdigit() and j >= 4 or prev == "月"
        if ok and prev:
            hits.append(i)
    if not hits:
        return out
    chars = list(out)
    for i in hits:
        chars[i] = "-"
    return "".join(chars)


# a page mark on a line of its own, wherever it stands (— 12 —, - 3 -, 第4页, 第4页 共9页;
# rules/vocabulary.yaml): blanked one for one by mask_furniture, so that a
# title, a clause or a table it interrupts reads as one
_PAGE_MARK_LINE = rules.vocabulary().compile(r"(?m)^[ \t]*(?:$page_mark"
                                             # a letterhead's rule drawn as one glyph repeated (欗欗欗…), and the
                                             # artefact of Founder-typeset PDFs (书, 书书书)
                                             r"|(\S)\1{5,}|书{1,3})[ \t]*$")


def mask_furniture(norm: str) -> str:
    """``norm`` with page-mark lines (and the line break after them) blanked:
    same length, so every span still holds."""
    if "页" not in norm and "-" not in norm and "书" not in norm:
        return norm
    out, pos = [], 0
    for m in _PAGE_MARK_LINE.finditer(norm):
        a, b = m.start(), m.end()
        if b < len(norm) and norm[b] == "\n":
            b += 1
        out.append(norm[pos:a])
        out.append(" " * (b - a))
        pos = b
    if not out:
        return norm
    out.append(norm[pos:])
    return "".join(out)


_FLAT_BREAK = rules.vocabulary().compile(r"$flat_break")
_FLAT_DOCNO = rules.vocabulary().compile(r"$flat_docno")
_FLAT_BLANK = rules.vocabulary().compile(r"$flat_blank")
_FLAT_SENTENCE = re.compile(r"[,，、。;；:：!！?？]")
_FLAT_HEAD_MAX = 40
LONG_LINE = 300


def _long_lines(norm: str):
    """(start, end) of the lines of LONG_LINE characters or more (a split: a regex scan for
    them cost 20 times as much)."""
    pos = 0
    for line in norm.split("\n"):
        if len(line) >= LONG_LINE:
            yield pos, pos + len(line)
        pos += len(line) + 1


# the first number of a kind after a blank (一、 (一) 1. (1)): a text's first part or item
_FLAT_FIRST = re.compile(r"[^\S\n]+(?:一、|[(（]一[)）]|1[.、]|[(（]1[)）])")


def _flat_opening(norm: str, breaks: list, a: int, b: int) -> bool:
    """Fewer than three heading numbers in a long line, but the opening of a text that lost its breaks: two,
    each the first of its kind (…的实施意见: 一、推动农村改革… (一)进一步放活…, a copy cut after its first item),
    or one 一、 with a document number standing between blanks in the same line (文政发〔2016〕46号 各县… 一、切实推进…):
    both annotators of a 2015 province's and a 2016 prefecture's opinions saved without their breaks (probe batch
    173).  A sentence that counts 一、…二、… has its 二 too."""
    if not breaks or len(breaks) > 2 or not all(_FLAT_FIRST.match(norm, m.start()) for m in breaks) \
            or norm[breaks[0].end():breaks[0].end() + 2] != "一、":
        return False                    # (the part's 一、 first, its first item after it)
    return len(breaks) == 2 or _FLAT_DOCNO.search(norm, a, breaks[0].start()) is not None


def unflatten(norm: str) -> str:
    """``norm`` with the line breaks a copy lost restored where headings ran on:
    in a line of 300 characters or more that holds three heading numbers or
    more each after a blank (…完成。 一、加快… (一)全面… 1.把…), each such blank
    ends with a line break, and so do the blanks around a document number
    (…的通知 豫政〔2023〕5号 现将…), and a single blank between two Chinese words or after a
    sentence's end (…牵头的工作 强化…).  Same length, so every span still holds; the text
    is untouched."""
    out, pos = [], 0
    for a, b in _long_lines(norm):
        breaks = list(_FLAT_BREAK.finditer(norm, a, b))
        if len(breaks) < 3 and not _flat_opening(norm, breaks, a, b):
            continue
        # the letterhead's document number stands on a line of its own too, and so do the lines whose breaks
        # became one blank (each match ends with the blank that becomes the break)
        ends = {m.end() for m in breaks} | {m.end() for m in _FLAT_DOCNO.finditer(norm, a, b)}
        fixed = sorted(ends)            # (the last break before a blank found by bisection: linear in the line)
        last = a
        for m in _FLAT_BLANK.finditer(norm, a, b):
            k = bisect.bisect_right(fixed, m.start())
            if k and fixed[k - 1] > last:
                last = fixed[k - 1]
            # (after a sentence's end -- $flat_blank follows a Chinese word or one, so what is no word is an end;
            # or between words when all since the last break is a heading's or a label's few words: a blank
            # inside a sentence is a wrap, 城镇登记失 业率, and stays)
            after_end = not "\u4e00" <= norm[m.start() - 1] <= "\u9fff"
            if after_end or (m.start() - last <= _FLAT_HEAD_MAX and not _FLAT_SENTENCE.search(norm, last, m.start())):
                ends.add(m.end())
                last = m.end()
        for e in sorted(ends):
            out.append(norm[pos:e - 1])
            out.append("\n")
            pos = e
    if not out:
        return norm
    out.append(norm[pos:])
    return "".join(out)


_FOLD_WS = re.compile(r"\s+")


def fold(s: str | None) -> str:
    """Compare-key for strings: normalised, with all white space removed."""
    if s is None:
        return ""
    return _FOLD_WS.sub("", normalize(s, simplified=True))
