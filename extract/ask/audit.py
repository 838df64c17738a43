"""``zhengce audit``: signs that extraction went wrong, per plan, without gold.

    audit(db) -> list[Finding]

Each check looks at what a loaded database holds and reports a finding with
its evidence (the characters behind it, and where they are) and a link to the
plan's provenance page (``zhengce show``).  The checks, and why each is a sign
of trouble:

``title``          a title that is a sentence fragment (it holds a 。/；/，-clause,
                   ends in punctuation, runs past 80 characters) or starts with
                   a heading number (一、 (二) 3.) or with an artefact (——书书书)
``region``         a region whose place name appears in none of the issuer, the
                   document number (浙政发 names 浙江省), the title or the first
                   lines of the text
``no_units``       responsibility words (责任单位, 牵头, 负责 …) in the body but no
                   unit extracted
``one_cell``       several tasks whose units all come from one span of text (one
                   table cell or clause read for many rows; a convention stated
                   once for every item, 以下各项工作均需…，不再单独列出, and a
                   lead printed once in a table's group cell are not this)
``retrospective``  targets inside a retrospective passage (现状, 发展基础, 工作回顾,
                   过去一年 …) or in a sentence about last year
``lookalike``      look-alike code points (Kangxi radicals, CJK compatibility
                   ideographs) left in the stored text
``dropped_item``   an item of a responsibility clause that does not read as a
                   unit (a page number inside a name, a note, a unit the
                   lexicon does not know), left out of its clause while the
                   clause's other units were kept: each one, with its span
``not_a_plan``     a document that reads as a reply, approval, regulation or
                   notice of appointment: reported so it is not read as a plan;
                   a warning when tasks were still extracted from it
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass

from ..find.genre import NOT_PLANS

CHECKS = ("title", "region", "no_units", "one_cell", "retrospective", "lookalike", "not_a_plan", "dropped_item")

_LOOKALIKE = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
_TITLE_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十]+[章条部])")
_TITLE_ARTEFACT = re.compile(r"^\s*(?:——|书书书|[-—_=*#]{2,})")
_TITLE_CLAUSE = re.compile(r"[。；;]|，.{0,40}，|[，,、：:]$")
_RESP_WORDS = re.compile(r"责任单位|牵头单位|牵头部门|责任部门|配合单位|[)）](?:牵头|负责)|分工负责|按职责")
_RETRO_HEAD = re.compile(r"现状|^(?:发展基础|工作基础|基础条件)|回顾|过去一年|过去五年|取得.{0,4}成[效绩就]|进展情况|发展成效")
_RETRO_SENT = re.compile(r"去年|上年|过去一年|过去五年|十四五.{0,3}(?:期间|时期|以来)|已经|已建成|已累计|同比")
_NOT_PLAN = re.compile(r"(?:的|之)?(?:批复|复函|答复|函)$|条例$|(?:暂行)?办法$|规定$|细则$|决定$|组成人员的通知$|通报$")
_REGION_PART = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)")


@dataclass
class Finding:
    doc_id: str
    source: str
    check: str
    severity: str          # warning | info
    message: str
    evidence: str
    start: int | None = None
    end: int | None = None
    link: str = ""

    def as_dict(self):
        return asdict(self)


def _a(genre) -> str:
    word = {"reply": "a reply", "approval": "an approval", "regulation": "a regulation",
            "standard": "a scoring standard",
            "appointment": "a notice of appointments or a circular", "interpretation": "a page explaining a policy"}
    return word.get(genre, "a document that is not a plan")


def _short(s: str, n: int = 60) -> str:
    s = re.sub(r"\s+", " ", s or "")
    return s if len(s) <= n else s[:n] + "…"


def _link(doc_id: str, start=None) -> str:
    return f"/-/zhengce/show/{doc_id}" + (f"#c{start}" if start is not None else "")


def _region_names(region: str) -> list[str]:
    """The place names of a region, most specific first, with and without the
    level word (浙江省衢州市 → 衢州市, 衢州, 浙江省, 浙江)."""
    parts = _REGION_PART.findall(region or "")
    out = []
    for p in reversed(parts):
        out.append(p)
        core = re.sub(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)$", "", p)
        if len(core) >= 2:
            out.append(core)
    return out


def _number_names(doc_number, region) -> bool:
    """Does the 发文字号's prefix name the region's province (浙政发 → 浙江省;
    rules/regions.yaml)?"""
    if not doc_number or not region:
        return False
    from ..find import regions
    r = regions.resolve(None, None, "", doc_number)
    return r is not None and r.level == "province" and region.startswith(r.full)


def audit(db, checks=CHECKS) -> list[Finding]:
    conn = db if isinstance(db, sqlite3.Connection) else sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    cols = {r[1] for r in conn.execute("PRAGMA table_info(documents)")}
    genre_col = "genre" if "genre" in cols else "NULL AS genre"
    out: list[Finding] = []
    docs = conn.execute(f"SELECT id, source, path, title, region, issuer, doc_number, level, raw_text, "
                        f"body_start, body_end, {genre_col} FROM documents ORDER BY path, source").fetchall()
    checks = set(checks)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'dropped_items'").fetchone():
        checks.discard("dropped_item")     # a database made before items were recorded
    for d in docs:
        out.extend(_audit_doc(conn, d, checks))
    return out


def _audit_doc(conn, d, checks) -> list[Finding]:
    f: list[Finding] = []
    src = d["path"] or d["source"]

    def add(check, message, evidence, start=None, end=None, severity="warning"):
        f.append(Finding(d["id"], src, check, severity, message, _short(evidence, 80), start, end,
                         _link(d["id"], start)))

    text = d["raw_text"] or ""
    body = text[d["body_start"]:d["body_end"]]
    title = d["title"] or ""
    n_tasks = conn.execute("SELECT count(*) FROM tasks WHERE doc_id=?", (d["id"],)).fetchone()[0]
    n_resp = conn.execute("SELECT count(*) FROM responsibilities WHERE doc_id=?", (d["id"],)).fetchone()[0]
    if "title" in checks:
        if not title.strip():
            add("title", "no title found", "")
        elif _TITLE_HEADING.match(title):
            add("title", "title starts with a heading number", title)
        elif _TITLE_ARTEFACT.match(title):
            add("title", "title starts with an artefact", title)
        elif len(title) > 80 or _TITLE_CLAUSE.search(title):
            add("title", "title reads as a sentence fragment", title)
        elif _LOOKALIKE.search(title):
            add("title", "title holds look-alike code points", title)
    if "region" in checks and d["region"] and d["region"] != "中华人民共和国":
        head = text[:min(len(text), d["body_start"] + 400)]
        where = " ".join(x or "" for x in (d["issuer"], d["doc_number"], title, head))
        if not any(n in where for n in _region_names(d["region"])) and not _number_names(d["doc_number"], d["region"]):
            add("region", f"region {d['region']} is named in none of issuer, document number, title or opening",
                f"issuer={d['issuer']!r} number={d['doc_number']!r} title={_short(title, 30)!r}")
    genre = d["genre"]
    not_plan = genre in NOT_PLANS if genre else bool(_NOT_PLAN.search(title))
    if "not_a_plan" in checks and not_plan:
        if n_tasks:
            add("not_a_plan", f"reads as {_a(genre)} but {n_tasks} tasks were extracted", title)
        else:
            add("not_a_plan", f"reads as {_a(genre)}: loaded and searchable, no tasks", title, severity="info")
    if "no_units" in checks and not n_resp and n_tasks:
        m = _RESP_WORDS.search(body)
        if m:
            s = d["body_start"] + m.start()
            add("no_units", "responsibility words in the text but no unit extracted",
                text[max(0, s - 20):s + 30], s, s + len(m.group()))
    if "one_cell" in checks and n_resp:
        rows = conn.execute(
            "SELECT r.start, r.end, count(DISTINCT r.task_id) AS n, group_concat(DISTINCT r.name) AS names "
            "FROM responsibilities r WHERE r.doc_id=? AND coalesce(r.rule, '') NOT LIKE 'convention.%' "
            "AND coalesce(r.rule, '') NOT LIKE 'table.group%' "
            "GROUP BY r.start, r.end HAVING n >= 3 ORDER BY n DESC",
            (d["id"],)).fetchall()
        for r in rows[:3]:
            add("one_cell", f"{r['n']} tasks take their unit from one span of text",
                text[r["start"]:r["end"]], r["start"], r["end"])
    if "retrospective" in checks:
        secs = conn.execute("SELECT path, heading, start, end FROM sections WHERE doc_id=? AND heading IS NOT NULL",
                            (d["id"],)).fetchall()
        retro = [(s["start"], s["end"], s["heading"]) for s in secs if _RETRO_HEAD.search(s["heading"] or "")
                 and len(s["heading"] or "") <= 30]
        hits = []
        for t in conn.execute("SELECT start, end, text FROM targets WHERE doc_id=? ORDER BY start", (d["id"],)):
            inside = next((h for a, b, h in retro if a <= t["start"] < b), None)
            sent_start = max(text.rfind("。", 0, t["start"]), text.rfind("\n", 0, t["start"])) + 1
            sentence = text[sent_start:t["end"]]
            if inside or _RETRO_SENT.search(sentence):
                hits.append((t, inside))
        if hits:
            t, inside = hits[0]
            why = f"in a passage headed {inside!r}" if inside else "in a sentence about the past"
            add("retrospective", f"{len(hits)} target(s) in retrospective passages (first {why})",
                text[t["start"]:t["end"]], t["start"], t["end"])
    if "dropped_item" in checks:
        for r in conn.execute("SELECT text, reason, clause_start, clause_end, start, end FROM dropped_items "
                              "WHERE doc_id=? ORDER BY start", (d["id"],)):
            add("dropped_item", f"clause item {_short(r['text'], 30)!r} left out ({r['reason']}); "
                                "the clause's other units were kept",
                text[r["clause_start"]:r["clause_end"]], r["start"], r["end"])
    if "lookalike" in checks:
        found = _LOOKALIKE.findall(text)
        if found:
            m = _LOOKALIKE.search(text)
            add("lookalike", f"{len(found)} look-alike code point(s) in the stored text "
                             f"({''.join(sorted(set(found))[:10])})",
                text[max(0, m.start() - 10):m.start() + 10], m.start(), m.end())
    return f


def summary(findings: list[Finding], n_docs: int) -> dict:
    by_check = {c: sorted({x.doc_id for x in findings if x.check == c and x.severity == "warning"}) for c in CHECKS}
    flagged = {x.doc_id for x in findings if x.severity == "warning"}
    return {"documents": n_docs, "flagged": len(flagged),
            "by_check": {c: len(v) for c, v in by_check.items()},
            "not_a_plan_info": len({x.doc_id for x in findings if x.check == "not_a_plan" and x.severity == "info"})}
