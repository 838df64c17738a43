"""The provenance view: a plan with every extracted fact highlighted in place.

``render_html(conn, doc_id)`` reads one document and its facts from a zhengce
database and returns a self-contained HTML page: the stored text with units
(by role), targets and deadlines marked by spaCy's displaCy in manual mode
(character spans, no language model), the heading tree as a table of
contents, and an HTML id on every fact so that a link can point at it:

    #task-<seq>      a task (tasks.seq), the block of its text
    #resp-<id>       a responsibility (responsibilities.id), the unit's name
    #target-<id>     a target (targets.id)
    #deadline-<id>   a deadline (deadlines.id)
    #sec-<idx>       a heading (sections.idx)

displaCy's "ent" style does not allow overlapping spans; where facts overlap
the shorter one is drawn whole and the longer one around it, in pieces (its id
and label on the first piece).  ``zhengce serve`` serves the same page at
``/-/zhengce/show/<doc_id>``; ``zhengce show DOC --html FILE`` writes it.
"""
from __future__ import annotations

import bisect
import html
import json
from dataclasses import dataclass
from typing import Callable, Optional

# label → (中文, colour); the English label is what displaCy draws
LABELS = {
    "LEAD": ("牵头单位", "#f4a259"),
    "RESPONSIBLE": ("责任单位", "#8ecae6"),
    "COOPERATING": ("配合单位", "#b5e48c"),
    "TARGET": ("量化目标", "#ffd166"),
    "DEADLINE": ("时间节点", "#d8b4fe"),
}
_ROLE_LABEL = {"lead": "LEAD", "responsible": "RESPONSIBLE", "cooperating": "COOPERATING"}
# drawn first when facts overlap (lower wins at equal length)
_PRIORITY = {"LEAD": 0, "RESPONSIBLE": 0, "COOPERATING": 0, "DEADLINE": 1, "TARGET": 2}

# displaCy entity template: {text} comes escaped from displaCy, the other
# fields are passed per span through "params" and escaped here.
_ENT_TEMPLATE = (
    '<mark class="entity fact fact-{cls}"{idattr} data-label="{fact_label}" title="{tip}" '
    'style="background: {bg}; padding: 0.15em 0.3em; margin: 0 0.08em; line-height: 1; '
    'border-radius: 0.35em;">{text}<span class="ent-label" style="font-size: 0.62em; font-weight: bold; '
    'line-height: 1; vertical-align: middle; margin-left: 0.25rem; opacity: 0.75">{label}</span></mark>')

RowUrl = Callable[[str, str], str]   # (table, primary key) → URL of the row


@dataclass
class Fact:
    start: int
    end: int
    label: str          # LEAD | RESPONSIBLE | COOPERATING | TARGET | DEADLINE
    anchor: str         # HTML id
    tip: str            # tooltip: what was read from the span


def _rows(conn, sql: str, params=()) -> list:
    """Rows as dicts, whatever the connection's row_factory."""
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, tuple(r))) for r in cur.fetchall()]


def _has_identity(conn) -> bool:
    """A database made before versions keyed on identity has no such column (until the next load)."""
    return any(r[1] == "identity" for r in conn.execute("PRAGMA table_info(documents)"))


def find_doc(conn, ref: str) -> str:
    """The id of the document ``ref`` names: an id, an id prefix, a file name
    (with or without folder or extension), the start of a file name (``004``)
    or a part of the title.

    Raises LookupError when nothing or more than one document matches."""
    ref = str(ref).strip()
    base = ref.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    # plain comparisons, never LIKE: "%" and "_" in a name are characters, and a long
    # argument is just a string that matches nothing (LIKE refuses patterns over 50,000)
    tries = [
        ("SELECT id FROM documents WHERE id = ?", (ref,)),
        ("SELECT id FROM documents WHERE identity = ? OR source = ? OR path = ? ORDER BY version DESC",
         (ref.replace("\\", "/"), base, ref)) if _has_identity(conn) else
        ("SELECT id FROM documents WHERE source = ? OR path = ? ORDER BY version DESC", (base, ref)),
        ("SELECT id FROM documents WHERE substr(source, 1, length(?) + 1) = ? || '.' ORDER BY version DESC",
         (stem, stem)),
        ("SELECT id FROM documents WHERE substr(id, 1, length(?)) = ?", (ref, ref)) if len(ref) >= 4 else None,
        ("SELECT id FROM documents WHERE substr(source, 1, length(?)) = ?", (base, base)) if len(base) >= 3 else None,
        ("SELECT id FROM documents WHERE instr(title, ?) > 0", (ref,)) if ref else None,
    ]
    shown = ref if len(ref) <= 80 else ref[:80] + f"… ({len(ref):,} characters)"
    for t in tries:
        if t is None:
            continue
        ids = list(dict.fromkeys(r[0] for r in conn.execute(*t)))
        if len(ids) == 1 or (ids and "version" in t[0]):
            return ids[0]
        if len(ids) > 1:
            raise LookupError(f"{shown!r} matches {len(ids)} documents: {', '.join(ids[:8])}")
    raise LookupError(f"no document {shown!r} (give an id, an id prefix, a file name or part of a title)")


def _fmt_num(v) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else str(v)


def load_facts(conn, doc_id: str) -> list:
    """Every highlighted fact of a document, as Fact records."""
    facts = []
    for r in _rows(conn, "SELECT r.id, r.start, r.end, r.role, r.name, r.written, r.rule, u.dept_type "
                         "FROM responsibilities r LEFT JOIN units u ON u.id = r.unit_id WHERE r.doc_id = ?",
                   (doc_id,)):
        label = _ROLE_LABEL.get(r["role"], "RESPONSIBLE")
        tip = f"{LABELS[label][0]} {r['role']}: {r['name']}" + (f" [{r['dept_type']}]" if r["dept_type"] else "")
        facts.append(Fact(r["start"], r["end"], label, f"resp-{r['id']}", tip + f" · rule {r['rule'] or '-'}"))
    for r in _rows(conn, "SELECT * FROM targets WHERE doc_id = ?", (doc_id,)):
        val = _fmt_num(r["value"]) + (f"-{_fmt_num(r['value_max'])}" if r["value_max"] is not None else "")
        flags = [k for k in ("growth", "per_year", "aspirational", "cumulative") if r.get(k)]
        tip = (f"量化目标 target: {r['indicator'] or r['anchor'] or '?'} {r['comparator'] or ''} {val}"
               f"{r['unit'] or ''}" + (f" by {r['deadline']}" if r["deadline"] else "")
               + (f" ({', '.join(flags)})" if flags else "") + f" · rule {r['rule'] or '-'}")
        facts.append(Fact(r["start"], r["end"], "TARGET", f"target-{r['id']}", tip))
    for r in _rows(conn, "SELECT * FROM deadlines WHERE doc_id = ?", (doc_id,)):
        span = " → ".join(x for x in (r["date_start"], r["date_end"]) if x) or "?"
        tip = f"时间节点 deadline: {span} ({r['kind'] or '?'}) · rule {r['rule'] or '-'}"
        facts.append(Fact(r["start"], r["end"], "DEADLINE", f"deadline-{r['id']}", tip))
    return facts


def resolve_overlaps(facts, n_chars: int):
    """Non-overlapping pieces for displaCy's "ent" style.

    Returns (pieces, hidden): pieces are (start, end, fact, first) sorted by
    start; ``hidden`` are facts with nothing left to draw (an exact duplicate
    span, or a span outside the text), which still get an anchor."""
    order = sorted(facts, key=lambda f: (f.end - f.start, _PRIORITY.get(f.label, 9), f.start))
    taken: list = []          # sorted, non-overlapping (start, end)
    pieces, hidden = [], []
    for f in order:
        s, e = max(0, f.start), min(n_chars, f.end)
        if s >= e:
            hidden.append(f)
            continue
        free, pos = [], s
        i = bisect.bisect_left(taken, (s, s))
        if i > 0 and taken[i - 1][1] > s:
            i -= 1
        while pos < e and i < len(taken) and taken[i][0] < e:
            ts, te = taken[i]
            if ts > pos:
                free.append((pos, ts))
            pos = max(pos, te)
            i += 1
        if pos < e:
            free.append((pos, e))
        if not free:
            hidden.append(f)
            continue
        for j, (a, b) in enumerate(free):
            pieces.append((a, b, f, j == 0))
            bisect.insort(taken, (a, b))
    pieces.sort(key=lambda p: p[0])
    return pieces, hidden


def _ent(a: int, b: int, f: Fact, first: bool, offset: int) -> dict:
    return {"start": a - offset, "end": b - offset, "label": f.label,
            "params": {"cls": f.label.lower(), "idattr": f' id="{html.escape(f.anchor)}"' if first else "",
                       "fact_label": f.label, "tip": html.escape(f.tip, quote=True),
                       "label": f.label if first else ""}}


def _toc(sections: list) -> str:
    heads = [s for s in sections if s["kind"] != "para"]
    ids = {s["idx"] for s in heads}
    kids: dict = {}
    for s in heads:
        kids.setdefault(s["parent_idx"] if s["parent_idx"] in ids else None, []).append(s)

    def tree(parent) -> str:
        items = []
        for s in kids.get(parent, []):
            label = html.escape(f"{s['number'] or ''} {s['heading'] or ''}".strip())
            items.append(f'<li><a href="#sec-{s["idx"]}">{label}</a>{tree(s["idx"])}</li>')
        return f"<ul>{''.join(items)}</ul>" if items else ""

    return tree(None) or "<p>(no headings found)</p>"


_CSS = """
body{margin:0;font:16px/1.6 -apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222}
header{padding:1.2rem 2rem;border-bottom:1px solid #ddd;background:#fafafa}
header h1{margin:0 0 .4rem;font-size:1.4rem}
.meta{color:#555;font-size:.9rem;margin:.2rem 0}
.legend mark{margin-right:.5rem}
.layout{display:flex;align-items:flex-start}
nav.toc{position:sticky;top:0;max-height:100vh;overflow:auto;width:22rem;flex:none;padding:1rem;
  border-right:1px solid #eee;font-size:.85rem;box-sizing:border-box}
nav.toc ul{list-style:none;padding-left:.9rem;margin:.1rem 0}
nav.toc a{color:#0b5394;text-decoration:none}
main{padding:1rem 2rem 6rem;max-width:60rem;flex:1}
.block .entities{line-height:2.1!important}
.task{border-left:4px solid #cfd8dc;padding-left:.8rem;margin:.6rem 0}
.task-tag{font-size:.75rem;color:#607d8b}
.task-tag a{color:#607d8b}
.outside{color:#888}
:target{outline:3px solid #d62828;outline-offset:2px;scroll-margin-top:4rem}
.fact-anchor{display:block;height:0}
"""


def render_html(conn, doc_id: str, row_url: Optional[RowUrl] = None) -> str:
    """A self-contained HTML page of document ``doc_id`` with its facts in place.

    ``row_url(table, pk)`` gives the URL of a database row (Datasette); when
    given, the header and each task link back to their rows."""
    from spacy import displacy

    docs = _rows(conn, "SELECT * FROM documents WHERE id = ?", (doc_id,))
    if not docs:
        raise LookupError(f"no document {doc_id!r}")
    d = docs[0]
    text = d["raw_text"]
    n = len(text)
    sections = _rows(conn, "SELECT idx, parent_idx, kind, level, number, heading, start, end FROM sections "
                           "WHERE doc_id = ? ORDER BY idx", (doc_id,))
    tasks = _rows(conn, "SELECT id, seq, section_path, anchor, start, end FROM tasks WHERE doc_id = ? "
                        "ORDER BY start, seq", (doc_id,))
    facts = load_facts(conn, doc_id)
    pieces, hidden = resolve_overlaps(facts, n)

    # blocks: cut the text at every heading/paragraph, task start and task end
    cuts = {0, n, d["body_start"], d["body_end"]}
    cuts.update(s["start"] for s in sections)
    for t in tasks:
        cuts.update((t["start"], t["end"]))
    cuts = sorted(c for c in cuts if 0 <= c <= n)
    sec_at: dict = {}
    for s in sections:
        sec_at.setdefault(s["start"], []).append(s["idx"])
    hidden_at: dict = {}
    for f in hidden:
        hidden_at.setdefault(min(max(f.start, 0), n), []).append(f)
    starts = [t["start"] for t in tasks]

    def task_of(pos):
        i = bisect.bisect_right(starts, pos) - 1
        return tasks[i] if i >= 0 and tasks[i]["start"] <= pos < tasks[i]["end"] else None

    options = {"colors": {k: v[1] for k, v in LABELS.items()}, "template": _ENT_TEMPLATE}
    body, cur_task, pi = [], None, 0
    for a, b in zip(cuts, cuts[1:]):
        t = task_of(a)
        if (t and t["id"]) != (cur_task and cur_task["id"]):
            if cur_task:
                body.append("</div>")
            if t:
                link = (f' · <a href="{html.escape(row_url("tasks", t["id"]))}">row</a>' if row_url else "")
                body.append(f'<div class="task" id="task-{t["seq"]}" data-task-id="{html.escape(t["id"])}">'
                            f'<div class="task-tag">任务 task {html.escape(t["section_path"])}{link}</div>')
            cur_task = t
        anchors = "".join(f'<span class="fact-anchor" id="sec-{i}"></span>' for i in sec_at.get(a, []))
        anchors += "".join(f'<span class="fact-anchor fact-{f.label.lower()}" id="{html.escape(f.anchor)}" '
                           f'title="{html.escape(f.tip)}"></span>' for f in hidden_at.get(a, []))
        ents = []
        while pi < len(pieces) and pieces[pi][0] < b:
            ps, pe, f, first = pieces[pi]
            if pe > b:                      # a piece crossing the cut: draw the rest in the next block
                ents.append(_ent(ps, b, f, first, a))
                pieces[pi] = (b, pe, f, False)
                break
            ents.append(_ent(ps, pe, f, first, a))
            pi += 1
        chunk = text[a:b].rstrip("\n")
        ents = [e for e in ents if e["end"] <= len(chunk) and e["start"] < e["end"]] + \
               [dict(e, end=len(chunk)) for e in ents if e["start"] < len(chunk) < e["end"]]
        ents.sort(key=lambda e: e["start"])
        cls = "block" if d["body_start"] <= a < d["body_end"] else "block outside"
        if not chunk.strip() and not anchors:
            continue
        markup = displacy.render([{"text": chunk, "ents": ents}], style="ent", manual=True, page=False,
                                 options=options)
        body.append(f'<div class="{cls}">{anchors}{markup}</div>')
    if cur_task:
        body.append("</div>")

    esc = html.escape
    title = d["title"] or d["source"]
    meta = " · ".join(esc(str(x)) for x in (d["doc_number"], d["issuer"], d["region"], d["level"],
                                             d["signed"] and f"成文 {d['signed']}",
                                             d["published"] and f"发布 {d['published']}") if x)
    counts = {k: sum(1 for f in facts if f.label == k) for k in LABELS}
    legend = "".join(
        f'<mark class="entity fact-{k.lower()}" style="background:{c};padding:.1em .4em;border-radius:.35em">'
        f'{zh} {k} · {counts[k]}</mark>' for k, (zh, c) in LABELS.items())
    back = (f' · <a href="{esc(row_url("documents", doc_id))}">database row</a>' if row_url else "")
    warnings = json.loads(d["warnings"] or "[]")
    warn = (f'<p class="meta">warnings: {esc("; ".join(map(str, warnings)))}</p>' if warnings else "")
    return (
        f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(title)} · zhengce</title><style>{_CSS}</style></head><body>'
        f'<header><h1 id="title">{esc(title)}</h1><p class="meta">{meta}</p>'
        f'<p class="meta">{esc(d["source"])} · id {esc(doc_id)} · {len(tasks)} tasks · {n:,} characters{back}</p>'
        f'{warn}<p class="legend">{legend}</p></header>'
        f'<div class="layout"><nav class="toc"><h2>目录 Contents</h2>{_toc(sections)}</nav>'
        f'<main id="text">{"".join(body)}</main></div></body></html>\n')


# ---- terminal -------------------------------------------------------------

_STYLES = {"LEAD": "bold black on dark_orange", "RESPONSIBLE": "black on sky_blue1",
           "COOPERATING": "black on dark_sea_green2", "TARGET": "black on yellow1", "DEADLINE": "black on plum2"}


def render_text(conn, doc_id: str, body_only: bool = True):
    """The document as a rich Text with its facts styled (for a terminal)."""
    from rich.text import Text

    d = _rows(conn, "SELECT raw_text, body_start, body_end, title FROM documents WHERE id = ?", (doc_id,))
    if not d:
        raise LookupError(f"no document {doc_id!r}")
    d = d[0]
    a, b = (d["body_start"], d["body_end"]) if body_only else (0, len(d["raw_text"]))
    out = Text(d["raw_text"][a:b])
    pieces, _ = resolve_overlaps(load_facts(conn, doc_id), len(d["raw_text"]))
    for s, e, f, _first in pieces:
        if s < b and e > a:
            out.stylize(_STYLES.get(f.label, "reverse"), max(s, a) - a, min(e, b) - a)
    return out
