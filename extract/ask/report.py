"""The comparison as one self-contained HTML file.

No network, no JavaScript library: the tables are plain HTML, the two charts
(a heatmap of department participation and a bar chart of comparable
targets) are inline SVG drawn here.  A researcher can mail the file to a
colleague and it opens anywhere.  A few lines of inline script only record,
after layout, how many charts the browser drew (``<body
data-charts-rendered="2">``); the report does not need it to display.
"""
from __future__ import annotations

import datetime as _dt
import html
import math
from collections import Counter, defaultdict

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]

CSS = """
body{font-family:%FONTS%;
 margin:2em auto;max-width:1200px;color:#222;line-height:1.45;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em} h2{margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:.2em}
p.note{color:#555;font-size:.92em;margin:.3em 0 .8em}
table{border-collapse:collapse;font-size:.88em;margin:.5em 0 1em;width:100%}
th,td{border:1px solid #ddd;padding:.25em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4;position:sticky;top:0} tr:nth-child(even) td{background:#fafafa}
td.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1em 0} figcaption{font-size:.9em;color:#555}
svg text{font-family:inherit} .empty{color:#888;font-style:italic}
"""



def report_css(warn: bool = True) -> str:
    """The report's style sheet; its font list starts with the CJK font
    installed here (``fonts.css_font_stack``, which warns when there is none)."""
    from .fonts import css_font_stack

    return CSS.replace("%FONTS%", css_font_stack(warn=warn))


SCRIPT = """
window.addEventListener('load', function () {
  var n = 0;
  document.querySelectorAll('svg.chart').forEach(function (s) {
    var b = s.getBBox(); if (b.width > 0 && b.height > 0 && s.querySelectorAll('rect').length) n++;
  });
  document.body.setAttribute('data-charts-rendered', String(n));
});
"""


def _e(x) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    return html.escape(str(x))


def _w(s: str, px: float = 13) -> float:
    """Rough width of a label: CJK characters are square, others half."""
    return sum(px if ord(c) > 0x2E80 else px * 0.6 for c in str(s))


def _lerp(c0, c1, t):
    return "#" + "".join(f"{round(a + (b - a) * t):02x}" for a, b in zip(c0, c1))


# ------------------------------------------------------------------ charts

def heatmap_svg(dept, plans) -> str:
    """Department type (rows) × plan (columns); colour = share of the plan's
    assignments, text = tasks owned (of which as lead)."""
    if dept is None or not len(dept):
        return '<p class="empty">No responsibility clauses in these plans.</p>'
    cells = {(r["department"], r["plan"]): r for r in dept.to_dict("records")}
    total = {}
    for r in dept.to_dict("records"):
        total[r["department"]] = total.get(r["department"], 0) + r["share"]
    rows = sorted(total, key=lambda d: (-total[d], d))
    vmax = max(dept["share"]) or 1
    left = max(_w(d) for d in rows) + 16
    cw, ch, top = max(96, max(_w(p) for p in plans) + 16), 24, 34
    width, height = left + cw * len(plans) + 150, top + ch * len(rows) + 10
    out = [f'<svg id="heatmap" class="chart heatmap" xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" '
           f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
           f'aria-label="department participation heatmap">']
    for j, p in enumerate(plans):
        out.append(f'<text x="{left + cw * j + cw / 2:.0f}" y="{top - 12}" text-anchor="middle" '
                   f'font-size="13" font-weight="bold">{_e(p)}</text>')
    for i, d in enumerate(rows):
        y = top + ch * i
        out.append(f'<text x="{left - 8:.0f}" y="{y + ch / 2 + 4:.0f}" text-anchor="end" font-size="13">{_e(d)}</text>')
        for j, p in enumerate(plans):
            r = cells.get((d, p))
            share = r["share"] if r else 0
            fill = _lerp((247, 251, 255), (8, 69, 148), share / vmax) if r else "#ffffff"
            tip = (f"{d} — {p}: {r['tasks']} tasks, {r['lead']} as lead, {r['assignments']} assignments, "
                   f"{share:.1%} of the plan's assignments") if r else f"{d} — {p}: none"
            out.append(f'<rect class="cell" x="{left + cw * j:.0f}" y="{y}" width="{cw - 2:.0f}" height="{ch - 2}" '
                       f'fill="{fill}" stroke="#ccc" data-share="{share:.4f}"><title>{_e(tip)}</title></rect>')
            if r:
                col = "#fff" if share / vmax > 0.55 else "#222"
                out.append(f'<text x="{left + cw * j + cw / 2 - 1:.0f}" y="{y + ch / 2 + 3:.0f}" text-anchor="middle" '
                           f'font-size="11" fill="{col}">{r["tasks"]} ({r["lead"]}) {share:.0%}</text>')
    # legend
    lx = left + cw * len(plans) + 20
    for k in range(6):
        t = k / 5
        out.append(f'<rect x="{lx:.0f}" y="{top + 16 * k}" width="16" height="14" '
                   f'fill="{_lerp((247, 251, 255), (8, 69, 148), t)}" stroke="#ccc"/>')
        out.append(f'<text x="{lx + 22:.0f}" y="{top + 16 * k + 11}" font-size="11">{vmax * t:.0%}</text>')
    out.append(f'<text x="{lx:.0f}" y="{top - 12}" font-size="11">share</text>')
    out.append("</svg>")
    return "".join(out)


def _bar_groups(targets_long, targets, plans):
    """[(indicator label, [(plan, value, text)])] for comparable indicators;
    a plan with several targets of one indicator shows its latest deadline."""
    if targets is None or not len(targets):
        return []
    comparable = [k for k, r in targets.iterrows() if r["comparable"]]
    groups = []
    for key in comparable:
        sub = targets_long[targets_long["key"] == key]
        bars = []
        for p in plans:
            rs = sub[sub["plan"] == p].to_dict("records")
            if not rs:
                continue
            r = sorted(rs, key=lambda r: str(r["deadline"] or ""))[-1]
            v = r["base_value"] if r["base_value"] is not None and not _nan(r["base_value"]) else r["value"]
            if v is None or _nan(v):
                continue
            bars.append((p, float(v), r["cell"]))
        if len(bars) > 1:
            groups.append((targets.loc[key, "indicator"], bars))
    return groups


def _nan(v) -> bool:
    return isinstance(v, float) and math.isnan(v)


def bars_svg(targets_long, targets, plans) -> str:
    """One small group of horizontal bars per indicator set by several plans
    in the same measure; each group is scaled to its own largest value."""
    groups = _bar_groups(targets_long, targets, plans)
    if not groups:
        return '<p class="empty">No indicator is set by two of these plans in a comparable way.</p>'
    colour = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(plans)}
    left = max(max(_w(p) for p in plans) + 24, 90)
    bw, bh, gap_h = 420, 20, 28
    height = sum(gap_h + bh * len(b) + 8 for _, b in groups) + 10
    width = left + bw + 260
    out = [f'<svg id="target-bars" class="chart bars" xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" '
           f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
           f'aria-label="comparable targets bar chart">']
    y = 0
    for label, bars in groups:
        out.append(f'<text x="0" y="{y + 18}" font-size="14" font-weight="bold">{_e(label)}</text>')
        y += gap_h
        vmax = max(abs(v) for _, v, _ in bars) or 1
        for p, v, cell in bars:
            w = max(2.0, bw * abs(v) / vmax)
            out.append(f'<text x="{left - 8:.0f}" y="{y + bh / 2 + 4:.0f}" text-anchor="end" font-size="12">{_e(p)}</text>')
            out.append(f'<rect class="bar" x="{left:.0f}" y="{y}" width="{w:.1f}" height="{bh - 4}" '
                       f'fill="{colour[p]}" data-value="{v:g}"><title>{_e(p)}: {_e(cell)}</title></rect>')
            out.append(f'<text x="{left + w + 6:.0f}" y="{y + bh / 2 + 3:.0f}" font-size="12">{_e(cell)}</text>')
            y += bh
        y += 8
    out.append("</svg>")
    return "".join(out)


# ------------------------------------------------------------------ tables

def table_html(df, index: bool = False, max_rows: int | None = None) -> str:
    if df is None or not len(df):
        return '<p class="empty">(nothing)</p>'
    if max_rows and len(df) > max_rows:
        df = df.head(max_rows)
    df = df.reset_index() if index else df
    head = "".join(f"<th>{_e(c)}</th>" for c in df.columns)
    body = []
    for row in df.itertuples(index=False):
        tds = []
        for v in row:
            if type(v).__name__ in ("bool", "bool_"):
                v = "yes" if v else ""
            num = isinstance(v, (int, float)) and not isinstance(v, bool)
            if isinstance(v, float) and not _nan(v) and 0 <= v <= 1 and v != int(v):
                v = f"{v:.3f}"
            tds.append(f'<td class="num">{_e(v)}</td>' if num else f"<td>{_e(v)}</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def departments_wide(dept: "pd.DataFrame", plans=None) -> "pd.DataFrame":
    """The long table as department × plan cells 'tasks (lead) share%'."""
    import pandas as pd

    plans = plans or list(dict.fromkeys(dept["plan"]))
    cells: dict = defaultdict(dict)
    weight: Counter = Counter()
    for r in dept.to_dict("records"):
        cells[r["department"]][r["plan"]] = f"{r['tasks']} ({r['lead']} lead) {r['share']:.0%}"
        weight[r["department"]] += r["share"]
    rows = [{"department": d, **{p: cells[d].get(p, "") for p in plans}}
            for d, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return pd.DataFrame(rows, columns=["department", *plans]).set_index("department")


def render_html(c, title: str | None = None) -> str:
    """The report of a ``compare.Comparison`` as one HTML string."""

    plans = c.plans
    title = title or "Plans compared: " + " · ".join(plans)
    p = c.params or {}
    docs = c.documents[["plan", "title", "region", "level", "year", "doc_number", "tasks", "targets", "doc_id"]]
    tg = c.targets.reset_index(drop=True)
    al = c.alignment
    al_shown = al[al["score"].notna()] if len(al) else al
    pa = c.passages.drop(columns=["doc_id", "other_doc_id"], errors="ignore")
    conc = c.concentration.drop(columns=["doc_id"], errors="ignore")
    now = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    base = dict(zip(c.documents["doc_id"], plans)).get(p.get("base"), plans[0])
    parts = [
        "<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title><style>{report_css()}</style><script>{SCRIPT}</script></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="note">Made by zhengce on {now}. Every fact comes with its document id and character '
        f"span, so it can be checked against the text.</p>",
        "<h2>Plans</h2>", table_html(docs),
        "<h2>Targets side by side</h2>",
        '<p class="note">One row per canonical indicator; a cell gives comparator, value and measure, then '
        "增长 (a rise), 每年 (per year), 累计 (cumulative), 力争 (hedged) and the deadline. "
        "<b>plans</b> = how many plans set it; <b>comparable</b> = the same measure in each, and all levels "
        "or all rises, all yearly or none.</p>",
        "<figure>", bars_svg(c.targets_long, c.targets, plans),
        "<figcaption>Comparable indicators set by several plans; each group is scaled to its "
        "largest value.</figcaption></figure>",
        table_html(tg),
        "<h2>Department participation</h2>",
        '<p class="note">Department type × plan: tasks owned (of them as lead) and share of the plan\'s '
        "assignments (responsibility clauses naming a unit).</p>",
        "<figure>", heatmap_svg(c.departments, plans),
        "<figcaption>Darker = larger share of the plan's assignments.</figcaption></figure>",
        "<h3>How concentrated each plan is</h3>",
        '<p class="note">busiest unit and type with their share of assignments; hhi = Herfindahl index '
        "over units (1 = one unit owns everything).</p>",
        table_html(conc),
        "<h3>Department × plan</h3>", table_html(departments_wide(c.departments, plans), index=True),
        "<h2>Task alignment</h2>",
        f'<p class="note">Each task of {_e(base)} with its most similar tasks in the other '
        f"plans (TF-IDF over jieba tokens, cosine ≥ {_e(p.get('threshold'))}). "
        f"{int(len(al_shown))} pairs; tasks with no counterpart are left out here.</p>",
        table_html(al_shown.drop(columns=["task_id", "other_task_id"], errors="ignore")),
        "<h2>Shared passages</h2>",
        f'<p class="note">Text reused verbatim or nearly (similarity ≥ {_e(p.get("min_ratio"))}, at least '
        f"{_e(p.get('min_len'))} characters) between the plan bodies; start/end are character offsets "
        "into each document's stored text.</p>",
        table_html(pa),
        "</body></html>",
    ]
    return "\n".join(parts)
