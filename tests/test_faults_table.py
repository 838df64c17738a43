"""Fault injection: a plan's responsibility clauses moved into a task table.

Real plans often state who does what not in a clause after each task but in a
task-division table at the end (附件 + title + 序号 | 重点任务 | 牵头单位 |
责任单位 | 配合单位 | 完成时限).  This test takes every gold plan whose tasks
carry clauses (the seed plans and the real development set), cuts each task's
clause out of the body and writes the same units, in the same roles, into
such a table: one row per task, a group row per section (一、…), consecutive
equal unit and deadline cells merged, a 完成时限 column (the plan's last year,
or 持续推进, which sets no deadline), placed after the plan and its signature.
The table is written in the forms real files carry tables: an HTML page
(``rowspan`` / ``colspan``), a Word file (python-docx: ``vMerge`` /
``gridSpan``), a PDF (reportlab: ruled, merged cells spanned, running over
pages with its header repeated), Markdown (a pipe table, a merged cell left
blank, as crawlers write it) and a text copy that wrote the table one cell per
line (``as_flat``).  Plans whose units come only from tables or
from prose have no clause to move and are skipped.

The gold is moved alike (``move_gold``): the body tasks keep their place with
no units, every table row is a task ``[附件N, group, row]`` whose anchor is the
task cell, holding the task's gold units and roles; each printed 完成时限 date
is a deadline.

What is compared, and why.  The table is written from the gold, so what it
says is known exactly: its rows' units are compared with the gold's (unit,
role and task identical), not with the pipeline's reading of the clauses,
which may be wrong for reasons the table does not have.  Everything else is
compared with the extraction of the same plan, undamaged, written in the same
form (so the form's own effects cancel out): targets and metadata must not
change at all (the table holds no numbers but years), and the tasks and
deadlines scores against the moved gold may not fall below the undamaged
plan's scores against its gold.
"""
from __future__ import annotations

import copy
import functools
import html
import io
import json
import re
from pathlib import Path

import pytest

from extract.evaluate import Report, match_tasks, score_document, unit_key
from extract.pipeline import parse_text
from extract.read.ingest import read_bytes, read_document
from extract.read.normalize import normalize
from extract.store.export import to_record

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIRS = (ROOT / "corpus" / "gold", ROOT / "corpus" / "real" / "gold")
UP, LEFT = object(), object()          # a cell covered by the merged cell above / to the left
ROLE_COLUMN = {"lead": "牵头单位", "responsible": "责任单位", "cooperating": "配合单位"}
_OPEN, _CLOSE = "(〔[【", ")〕]】"
# a responsibility clause: labelled (责任单位：…) or closed by a role word (…负责)
_CLAUSE = re.compile(r"^.?(?:牵头|责任|配合|参与|协助)(?:单位|部门)\s*[:：;；]|(?:负责|牵头|按职责分工|配合)\s*.?$", re.S)
_CN = "一二三四五六七八九十"


def _gold_files():
    out = []
    for d in GOLD_DIRS:
        for g in sorted(d.glob("*.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            if any(t["units"] for t in gold.get("tasks", [])):
                out.append((d.parent, g))
    return out


def _cn(n: int) -> str:
    return _CN[n - 1] if n <= 10 else ("十" if n < 20 else _CN[n // 10 - 1] + "十") + (_CN[n % 10 - 1] if n % 10 else "")


def _bracket_end(norm: str, i: int) -> int:
    """The end of the bracket group opening at ``i`` (nested groups skipped), or -1."""
    depth = 0
    for j in range(i, min(len(norm), i + 600)):
        if norm[j] in _OPEN:
            depth += 1
        elif norm[j] in _CLOSE:
            depth -= 1
            if depth == 0:
                return j + 1
    return -1


def find_clause(norm: str, start: int, stop: int):
    """(a, b): the first bracketed responsibility clause in norm[start:stop]
    (（责任单位：…）, （X牵头，Y配合）, （X负责）), or None; a bracket that
    explains (（企业直接向X申报）) is not one."""
    i = start
    while i < stop:
        m = re.compile(f"[{re.escape(_OPEN)}]").search(norm, i, stop)
        if not m:
            return None
        b = _bracket_end(norm, m.start())
        if b < 0 or b > stop:
            return None
        if _CLAUSE.search(norm[m.start():b]):
            return m.start(), b
        i = b
    return None


def _parent_heading(norm: str, at: int, label: str) -> str | None:
    """The text of the heading line numbered ``label`` (一 / (二) / 3) above ``at``."""
    head = label + ("、" if re.fullmatch(f"[{_CN}]+", label) else "" if label.startswith("(") else ".")
    for m in reversed(list(re.finditer(r"(?m)^[ \t]*(.+)$", norm[:at]))):
        line = m.group(1).strip()
        if line.startswith(head) or label.isdigit() and line.startswith(label + "、"):
            text = line[len(head):].strip().split("。")[0]
            return re.sub(r"\s+", "", text)[:30] or None
    return None


MARK = "\x00附件在此\x00"         # the line where the attachment goes
_SIGNATURE = re.compile(r"^(?:[\u4e00-\u9fff()（）、]{2,30}(?:政府|办公室|办公厅|委员会|委|局|厅|部|院|中心|小组|办)|"
                        r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[(（]此件[^)）]*[)）])$")


def attachment_at(text: str) -> int:
    """Where real plans put a task table: after the plan, its signature and any
    attachment it has, before the page's chrome and the closing 版记 line
    (…印发)."""
    doc = parse_text(text)
    if doc.attachments:
        at = doc.attachments[-1][1]
    else:
        at = doc.body_end
        while at < len(text):
            nl = text.find("\n", at + 1)
            nl = len(text) if nl < 0 else nl
            line = normalize(text[at:nl]).strip()
            if line and not _SIGNATURE.match(line):
                break
            at = nl
    last = text.rstrip().rfind("\n")
    if last >= 0 and at > last and re.search(r"印发$", text.rstrip()):
        at = last
    return at


def move_clauses(text: str, gold: dict):
    """The plan with its tasks' clauses cut out and a ``MARK`` line where the
    table goes, and the table's rows: ``(body, rows, moved)``; ``rows`` are
    dicts (group, task, units by role), ``moved`` the indices of the gold
    tasks whose clause moved."""
    norm = normalize(text)
    tasks = [(k, t) for k, t in enumerate(gold["tasks"])
             if t["units"] and not t["path"][0].startswith("附") and not any(p.startswith("¶") for p in t["path"])]
    at, pos = [], 0
    for k, t in tasks:
        i = norm.find(normalize(t["anchor"]), pos)
        if i < 0:
            i = norm.find(normalize(t["anchor"]))
        at.append(i)
        if i >= 0:
            pos = i + 1
    edits, rows, moved = [], [], []
    for n, ((k, t), i) in enumerate(zip(tasks, at)):
        if i < 0:
            continue
        stop = next((j for j in at[n + 1:] if j > i), len(norm))
        stop = min(stop, norm.find("\n\n", i) if norm.find("\n\n", i) > 0 else stop)
        found, c = [], find_clause(norm, i + len(t["anchor"]), stop)
        while c is not None:                      # an item may close several groups of sentences
            found.append(c)
            c = find_clause(norm, c[1], stop)
        if not found:
            continue
        edits.extend((a, b, "") for a, b in found)
        moved.append(k)
        parent = t["path"][:-1]
        group = _parent_heading(norm, i, parent[-1]) if parent else None
        rows.append({"group": (tuple(parent), group) if group else None,
                     "task": t["anchor"],
                     "units": {r: "、".join(u["name"] for u in t["units"] if u["role"] == r) for r in ROLE_COLUMN}})
    if rows:
        a = attachment_at(text)
        edits.append((a, a, "\n" + MARK))
    body = text
    for a, b, new in sorted(edits, reverse=True):
        body = body[:a] + new + body[b:]
    return body, rows, moved


def task_table(rows: list, period) -> tuple[list, list, list]:
    """(header, grid, deadlines) of the task table: a group row per section,
    consecutive equal unit and deadline cells merged (``UP``), a group row's
    cells after the first covered from the left (``LEFT``).  ``deadlines``: the
    printed 完成时限 dates, as gold deadlines."""
    roles = [r for r in ROLE_COLUMN if any(row["units"][r] for row in rows)]
    header = ["序号", "重点任务"] + [ROLE_COLUMN[r] for r in roles] + ["完成时限"]
    end = period[1] if period else None
    grid, deadlines, groups = [], [], []
    above: list = [None] * len(header)
    for n, row in enumerate(rows, 1):
        if row["group"] and row["group"] not in groups:
            groups.append(row["group"])
            grid.append([f"{_cn(len(groups))}、{row['group'][1]}"] + [LEFT] * (len(header) - 1))
            above = [None] * len(header)
        due = "持续推进" if (n % 3 == 0 or end is None) else f"{end}年底"
        cells = [str(n), row["task"]] + [row["units"][r] for r in roles] + [due]
        out = []
        for j, c in enumerate(cells):
            if j >= 2 and c and c == above[j]:
                out.append(UP)
            else:
                out.append(c)
                if j == len(header) - 1 and c != "持续推进":
                    deadlines.append({"text": c, "end": f"{end}-12-31"})
        above = cells
        grid.append(out)
    return header, grid, deadlines


def move_gold(gold: dict, rows: list, moved: list, label: str, deadlines: list) -> dict:
    """The gold of the damaged plan: moved tasks keep their place without units,
    every table row is a task of its own with the units, the 完成时限 dates are
    deadlines."""
    g = copy.deepcopy(gold)
    for k in moved:
        g["tasks"][k]["units"] = []
    groups = []
    for n, (k, row) in enumerate(zip(moved, rows), 1):
        if row["group"] and row["group"] not in groups:
            groups.append(row["group"])
        path = [label] + ([_cn(len(groups))] if row["group"] else []) + [str(n)]
        g["tasks"].append({"path": path, "anchor": row["task"], "units": copy.deepcopy(gold["tasks"][k]["units"])})
    g["deadlines"] = list(g.get("deadlines", [])) + deadlines
    return g


def attachment_label(text: str) -> str:
    nums = [int(m.group(1) or 1) for m in re.finditer(r"(?m)^\s*附\s*件\s*([0-9]*)", normalize(text))]
    return f"附件{max(nums) + 1}" if nums else "附件"


TITLE = "重点任务分解表"


def _insert_at(lines: list) -> int:
    return lines.index(MARK) if MARK in lines else len(lines)


# ------------------------------------------------------------------ forms

def _spans(grid):
    """(row, col) -> (rows, cols) of every written cell."""
    out = {}
    for i, r in enumerate(grid):
        for j, c in enumerate(r):
            if c is UP or c is LEFT:
                continue
            h = 1
            while i + h < len(grid) and grid[i + h][j] is UP:
                h += 1
            w = 1
            while j + w < len(r) and r[j + w] is LEFT:
                w += 1
            out[(i, j)] = (h, w)
    return out


def as_html(lines, header=None, grid=None, label="附件") -> bytes:
    out = ["<html><head><meta charset='utf-8'><title>政策文件</title></head><body><div class='content'>"]

    def para(x):
        if x.strip():
            out.append(f"<p>{html.escape(x.strip(), quote=False)}</p>")
    k = _insert_at(lines)
    for x in lines[:k]:
        para(x)
    if grid is not None:
        para(label)
        para(TITLE)
        spans = _spans(grid)
        out.append("<table border='1'><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
        for i, r in enumerate(grid):
            out.append("<tr>")
            for j, c in enumerate(r):
                if (i, j) in spans:
                    h, w = spans[(i, j)]
                    attrs = (f" rowspan='{h}'" if h > 1 else "") + (f" colspan='{w}'" if w > 1 else "")
                    out.append(f"<td{attrs}>{html.escape(c, quote=False)}</td>")
            out.append("</tr>\n")
        out.append("</table>")
    for x in lines[k + 1:]:
        para(x)
    out.append("</div></body></html>")
    return "".join(out).encode("utf-8")


def as_docx(lines, header=None, grid=None, label="附件") -> bytes:
    import docx
    d = docx.Document()
    k = _insert_at(lines)
    for x in lines[:k]:
        d.add_paragraph(x)
    if grid is not None:
        d.add_paragraph(label)
        d.add_paragraph(TITLE)
        t = d.add_table(rows=len(grid) + 1, cols=len(header))
        t.style = "Table Grid"
        for j, h in enumerate(header):
            t.cell(0, j).text = h
        spans = _spans(grid)
        for (i, j), (h, w) in spans.items():
            t.cell(i + 1, j).text = grid[i][j]
        for (i, j), (h, w) in spans.items():
            if h > 1 or w > 1:
                t.cell(i + 1, j).merge(t.cell(i + h, j + w - 1))
    for x in lines[k + 1:]:
        d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def as_md(lines, header=None, grid=None, label="附件") -> bytes:
    k = _insert_at(lines)
    out = list(lines[:k])
    if grid is not None:
        out += ["", label, "", TITLE, "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for r in grid:
            out.append("| " + " | ".join("" if c is UP or c is LEFT else c for c in r) + " |")
        out.append("")
    out += lines[k + 1:]
    return "\n".join(out).encode("utf-8")


def as_pdf(lines, header=None, grid=None, label="附件") -> bytes:
    """reportlab: a paragraph per line, the table ruled, merged cells spanned
    (``SPAN``), its header repeated on every page it runs over."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from fixtures_make import _FONT, PDF_UNSUPPORTED, _font
    _font()
    st = ParagraphStyle("p", fontName=_FONT, fontSize=10.5, leading=16)
    small = ParagraphStyle("c", fontName=_FONT, fontSize=9, leading=12)

    def para(x, style=st):
        return Paragraph(html.escape(x.translate({ord(c): None for c in PDF_UNSUPPORTED}).strip(), quote=False), style)
    k = _insert_at(lines)
    flow = [para(x) for x in lines[:k] if x.strip()]
    if grid is not None:
        flow += [para(label), para(TITLE)]
        data = [[para(h, small) for h in header]]
        data += [[para(c, small) if isinstance(c, str) and c else "" for c in r] for r in grid]
        n = len(header)
        widths = [30, 150] + [200 / (n - 3)] * (n - 3) + [60]
        spans = [("SPAN", (j, i + 1), (j + w - 1, i + h)) for (i, j), (h, w) in _spans(grid).items() if h > 1 or w > 1]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
                              + spans))
        flow.append(t)
    flow += [para(x) for x in lines[k + 1:] if x.strip()]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(flow)
    return buf.getvalue()


def expanded(grid) -> list:
    """The grid with each merged cell repeated in every row it spans; a group row as its label."""
    out, above = [], None
    for r in grid:
        if len(r) > 1 and r[1] is LEFT:
            out.append([r[0]])
            continue
        row = [above[j] if c is UP else c for j, c in enumerate(r)]
        above = row
        out.append(row)
    return out


def as_flat(lines, header=None, grid=None, label="附件") -> bytes:
    """A text copy that wrote the table one cell per line, blank lines between (as a
    crawler's copy of a web page does), a merged cell repeated in each row it spans
    (as a table reader that expands row spans writes it), a group row as its label."""
    k = _insert_at(lines)
    out = list(lines[:k])
    if grid is not None:
        cells = list(header) + [c for r in expanded(grid) for c in r]
        out += ["", label, "", TITLE, "", "\n\n".join(cells), ""]
    out += lines[k + 1:]
    return "\n".join(out).encode("utf-8")


FORMS = {"html": as_html, "docx": as_docx, "pdf": as_pdf, "md": as_md, "txt": as_flat}


# ------------------------------------------------------------------ the test

@functools.lru_cache(maxsize=None)
def _plan(base: Path, gold_file: Path):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = read_document(base / gold["source"]).text
    body, rows, moved = move_clauses(text, gold)
    label = attachment_label(text)
    header, grid, deadlines = task_table(rows, gold["document"].get("period"))
    return gold, text, body, rows, moved, label, header, grid, move_gold(gold, rows, moved, label, deadlines)


def _extract(data: bytes, fmt: str, source: str) -> dict:
    ing = read_bytes(data, f"plan.{fmt}")
    return to_record(parse_text(ing.text, source=source, fmt=ing.fmt, tables=ing.tables))


def _score(gold, pred) -> Report:
    rep = Report()
    score_document(gold, pred, rep)
    return rep


PLANS = _gold_files()


@pytest.mark.parametrize("fmt", list(FORMS))
@pytest.mark.parametrize("base, gold_file", PLANS, ids=[g.stem[:24] for _, g in PLANS])
def test_clauses_moved_into_a_table_keep_their_responsibilities(base, gold_file, fmt):
    gold, text, body, rows, moved, label, header, grid, gold2 = _plan(base, gold_file)
    if not rows:
        pytest.skip("no task of this plan states its units in a bracketed clause")
    make = FORMS[fmt]
    if fmt == "txt" and any(c == "" for r in grid for c in r if isinstance(c, str)):
        pytest.skip("an empty cell leaves no line in a flattened table: its rows cannot be told apart")
    if fmt == "txt":        # every row prints its date now: each is a deadline
        dates = [{"text": r[-1], "end": f"{r[-1][:4]}-12-31"} for r in expanded(grid)
                 if len(r) > 1 and r[-1] != "持续推进"]
        gold2 = move_gold(gold, rows, moved, label, dates)
    clean = _extract(make(text.split("\n")), fmt, gold["source"])
    pred = _extract(make(body.split("\n"), header, grid, label), fmt, gold["source"])
    # 1. every table row is a task with exactly the gold's units and roles
    region = gold["document"].get("region")
    first = len(gold["tasks"])
    pairs = dict(match_tasks(gold2["tasks"], pred["tasks"]))
    wrong = []
    for gi, g in list(enumerate(gold2["tasks"]))[first:]:
        want = sorted((unit_key(u["name"], region), u["role"]) for u in g["units"])
        got = sorted((unit_key(u["name"], region), u["role"]) for u in pred["tasks"][pairs[gi]]["units"]) \
            if gi in pairs else None
        if got != want:
            wrong.append((g["path"], g["anchor"], want, got))
    assert not wrong, wrong[:4]
    # 2. targets and metadata as in the undamaged plan, in the same form
    same = _score(clean, pred)
    assert same.targets.f1 == 1.0 and same.metadata == 1.0, same.errors[:6]
    # 3. tasks, responsibilities, deadlines: no lower against the moved gold
    #    than the undamaged plan against its gold
    before, after = _score(gold, clean), _score(gold2, pred)
    low = {k: (round(getattr(before, k).f1, 3), round(getattr(after, k).f1, 3))
           for k in ("tasks", "responsibilities", "deadlines") if getattr(after, k).f1 < getattr(before, k).f1}
    assert not low, (low, after.errors[:8])


def test_the_table_is_what_the_gold_says():
    """The transformation itself, on seed 001 (牵头单位 and 责任单位 in every clause;
    its three unnumbered ¶ tasks keep their clauses)."""
    base, gf = next((b, g) for b, g in PLANS if g.stem.startswith("001_"))
    gold, text, body, rows, moved, label, header, grid, gold2 = _plan(base, gf)
    assert header == ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
    assert moved == [0, 1, 2, 3, 4] and label == "附件"
    assert normalize(body).count("牵头单位:") == 3 - 1 and "牵头单位;市市场监管局" in normalize(body)
    assert grid[0] == ["一、建立健全知识产权管理体系"] + [LEFT] * 4
    assert grid[1][:3] == ["1", "完善知识产权工作体系", "市市场监管局"] and grid[2][2] is UP and grid[3][2] is UP
    assert grid[4][0].startswith("二、") and grid[5][2] == "市市场监管局"     # a group starts afresh
    assert [t["units"] for k, t in enumerate(gold2["tasks"]) if k in moved] == [[]] * 5
    new = gold2["tasks"][len(gold["tasks"]):]
    assert [t["path"] for t in new] == [["附件", "一", "1"], ["附件", "一", "2"], ["附件", "一", "3"],
                                        ["附件", "二", "4"], ["附件", "二", "5"]]
    assert [t["units"] for t in new] == [gold["tasks"][k]["units"] for k in moved]
    assert gold2["deadlines"][len(gold["deadlines"]):] == [{"text": "2026年底", "end": "2026-12-31"}] * 2
    page = as_html(body.split("\n"), header, grid, label).decode()
    assert "<td rowspan='3'>市市场监管局</td>" in page and "colspan='5'" in page
    assert page.index("附件") > page.index("加强督查考核")                  # after the plan
    assert "|---|---|---|---|---|" in as_md(body.split("\n"), header, grid, label).decode()
