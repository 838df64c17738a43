"""A document-sharing site's copy of a file: its page marks out, its title and run-in part headings on lines of their own.

    unpage_shared_copy(text) -> (text, count)

Sites where users share office files (文库, 文秘, 三一办公…) print a file's text under
a line that names the file, and start each page of its preview with the page's number::

    《青岛市人民政府关于2023年…16件实事的通知.docx》由会员分享,可在线阅读,更多相关《…》请在优知文库上搜索。
    1、青岛市人民政府关于2023年…16件实事的通知(青政发(2023)1号)各区、市人民政府,…
    …(责任单位:市人力资源社会保障局、市农业农村局、市财政局,各区(市)政府)
    2.实施节能保暖工程…(责任单位:市住房城乡建设局、市发展改革委、市
    2、财政局、市自然资源和规划局…

The numbers 1、 2、 3、 are the site's, not the document's: ``2、`` cuts 市财政局 in two
and would read as an item of its own.  Under such a line (the file's name in 《》, then
由会员分享), the first line is page 1's: its ``1、`` goes.  Each later page's mark goes
with the break before it where the page ran on from the page before (the line before it
ends in the middle of a sentence, not at 。；：！？), and the pages are counted in order
(2、 then 3、): a ``5、`` where page 3 is due is the document's own and stays; a ``2、``
after a finished sentence may be either, so it stays, and the marks after it too.  The
preview runs each page into one line, so the file's title runs into the text after it;
where page 1 opens with the file's name (brackets, quotes and blanks aside), the title
gets a line of its own.  As ``unwrap`` joins lines, the text read changes: spans are of
the text returned.
"""
from __future__ import annotations

import re

# the site's line over the text: 《name.docx》由会员分享 (the name group, its extension apart)
_WRAPPER = re.compile(r"^[^\n]{0,40}?《(?P<name>[^\n《》]*(?:《[^\n《》]*》[^\n《》]*)*?)\.(?:docx?|pdf|wps|txt|pptx?)》"
                      r"由会员分享[^\n]*$", re.M)
_MARK = re.compile(r"(?P<k>[1-9][0-9]?)、")
_ENDS_SENTENCE = "。！？!?；;：:"
# what a title is read apart from: brackets and quotes the site keeps or drops, blanks
_FOLD = str.maketrans("", "", "《》〈〉“”\"'‘’ \t\u3000")
# a year the site adds in brackets after a file's name (…的意见(2023).docx)
_YEAR_TAIL = re.compile(r"[(（](?:19|20)[0-9]{2}[)）]$")
_SENTENCE_MARK = re.compile(r"[。；;：:，,！？!?]")
_BLANK_LINES = re.compile(r"\n*")
_BREAKS = re.compile(r"\n+")


def unpage_shared_copy(text: str) -> tuple[str, int]:
    """``text`` without a sharing site's page marks (and with its title on its own
    line), and how many marks went; ``text`` itself where it is no such copy."""
    if "由会员分享" not in text[:4000]:
        return text, 0
    w = _WRAPPER.search(text, 0, 4000)
    if not w:
        return text, 0
    body = w.end() + 1
    nxt = _BLANK_LINES.match(text, body).end() if body <= len(text) else len(text)
    m = _MARK.match(text, nxt)
    if not m or m.group("k") != "1":
        return text, 0
    out = [text[:nxt]]
    first_end = text.find("\n", m.end())
    first_end = len(text) if first_end < 0 else first_end
    out.append(_title_apart(text[m.end():first_end], w.group("name")))
    pos, k, n = first_end, 2, 1
    while pos < len(text):
        nl = _BREAKS.match(text, pos)
        if not nl:
            break
        mk = _MARK.match(text, nl.end())
        if mk and int(mk.group("k")) == k and text[pos - 1:pos] not in _ENDS_SENTENCE:
            end = text.find("\n", mk.end())
            end = len(text) if end < 0 else end
            out.append(text[mk.end():end])          # page k runs on from page k-1
            pos, k, n = end, k + 1, n + 1
            continue
        if mk and int(mk.group("k")) == k:
            break                                   # a 2、 after a finished sentence: the document's own
        end = text.find("\n", nl.end())
        end = len(text) if end < 0 else end
        out.append(text[pos:end])
        pos = end
    out.append(text[pos:])
    return _headings_apart("".join(out), nxt), n


# a part's heading the preview ran into the sentence before it, and its own text after it with a blank between (…制订
# 以下实施方案。一、总体目标 通过… / …实行包联制度。四、划分网格、明确网格责任人 1、按照…): the preview's page is one
# line, and the blank stands where the file broke the line
_RUN_HEADING = re.compile(r"(?:(?<=[。；;：:])[ \t\u3000]?|(?<=[ \t\u3000]))(?P<num>[一二三四五六七八九十]{1,3}、)"
                          r"(?P<head>[^\s。；;，,：:、]{2,20}(?:、[^\s。；;，,：:、]{2,20})?)[ \t\u3000](?=[^\s])")


def _headings_apart(text: str, start: int) -> str:
    """``text`` with each part's heading a preview ran in (see above) on a line of its own and its text on the next
    (a 2008 township's plan on a sharing site, probe batch 264): the heading's words, two to twenty characters with no
    sentence mark, end at the blank."""
    out, pos = [], start
    for m in _RUN_HEADING.finditer(text, start):
        out.append(text[pos:m.start()].rstrip(" \t\u3000"))
        if m.start() > 0 and text[m.start() - 1] != "\n":
            out.append("\n")
        out.append(m.group("num") + m.group("head") + "\n")
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return text[:start] + "".join(out)


def _title_apart(line: str, name: str) -> str:
    """Page 1's line, a break after the file's name where the line opens with it
    (…的通知(青政发〔2023〕1号)各区… → …的通知 / (青政发…)."""
    want = _YEAR_TAIL.sub("", name.translate(_FOLD)).lstrip("÷·•-_ ")
    if len(want) < 6:
        return line
    folded = ""
    for i, ch in enumerate(line[:len(name) + 40]):
        folded += ch.translate(_FOLD)
        if folded.endswith(want):
            if _SENTENCE_MARK.search(folded) or i + 1 >= len(line.rstrip()):
                return line
            return line[:i + 1] + "\n" + line[i + 1:]
    return line
