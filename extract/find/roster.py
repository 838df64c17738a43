"""Leading-group rosters (领导小组 组长 / 副组长 / 成员 …), usually in an attachment.

    parse_roster(text, start, end) -> list[GroupMember]

Re-exported by ``extract.find.units``.
"""
from __future__ import annotations

import regex

from .lexicon import lexicon, unit_in_position
from ..models import GroupMember

_PERSON = regex.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_TITLE_HINT = regex.compile(r"长|主任|书记|委员|负责人|局|委|办|部|院|政府|副")
_WS = regex.compile(r"\s+")
_TOKEN = regex.compile(r"[^\s:：,，]+")
_BRACKETED = regex.compile(r"^([\u4e00-\u9fff·]{2,4})[(（](.+)[)）]$")


def parse_roster(text: str, start: int, end: int) -> list:
    """Rows of a leading-group roster (组长 / 副组长 / 成员 …) in
    text[start:end]: person (alignment spaces removed), group role, position
    as written, and the unit the position names (None for 市长, 副市长)."""
    label_re = lexicon().names["roster.label"].regex
    out: list = []
    role = None
    pos = start
    while pos < end:
        le = text.find("\n", pos, end)
        le = end if le < 0 else le
        line, base = text[pos:le], pos
        pos = le + 1
        if not line.strip():
            continue
        m = label_re.match(line)
        if m:
            role = _WS.sub("", m.group("label"))
            rest_at = m.end()
            line_start = base + m.start("label")
        elif role is None:
            continue
        else:
            rest_at = 0
            line_start = None
        rest = line[rest_at:].rstrip()
        if not rest.strip():
            continue
        if "。" in rest or len(rest.strip()) > 60:
            if out:
                break
            role = None
            continue
        gm = _member(rest, base + rest_at, role)
        if gm:
            if line_start is not None:
                gm.start = line_start
            out.append(gm)
    return out


def _member(rest: str, base: int, role: str):
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(rest)]
    if not toks:
        return None
    # 张三(市长): position in brackets
    bm = _BRACKETED.match(toks[0][0])
    if len(toks) == 1 and bm:
        person, position = bm.group(1), bm.group(2)
    else:
        i, person = 0, ""
        if not (len(toks[0][0]) > 4 or (len(toks) == 1 and _TITLE_HINT.search(toks[0][0]))):
            person = toks[0][0]
            i = 1
            while i < len(toks) - 1 and (len(person) < 2 or len(toks[i][0]) == 1) and len(person) + len(toks[i][0]) <= 4:
                person += toks[i][0]
                i += 1
            if not _PERSON.match(person):
                return None
        if i >= len(toks):
            return None
        position = rest[toks[i][1]:toks[-1][2]]
    s = base + toks[0][1]
    e = base + toks[-1][2]
    unit = unit_in_position(position)
    return GroupMember(person=person, group_role=role, position=position, unit=unit, start=s, end=e)
