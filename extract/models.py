"""Records produced by the pipeline.

Every fact carries the character span (``start``/``end``) it came from in the
stored document text, the path of the section it sits in, and the id of the
rule that produced it.  Normalisation is length-preserving (see
``normalize.py``), so a span in the normalised text is the same span in the
stored text: ``doc.text[f.start:f.end]`` is always the characters the fact came
from.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass(slots=True)
class Section:
    """A node of the heading tree (GB/T 9704: 一、 (一) 1. (1) ①, 第一章, 第一条)
    or an unnumbered paragraph (kind ``para``)."""

    idx: int                 # position in Document.sections
    kind: str                # chapter|part|article|cn|paren_cn|arabic|paren_arabic|circled|styled|para
    level: int               # depth in the tree, 1 = top
    number: str              # number as written ("(一)", "1.", "三)"), "" for para
    label: str               # path segment: brackets folded to ASCII ("(一)", "1", "¶2")
    ordinal: int             # numeric value of the number (¶N -> N)
    heading: str             # up to the first 。 (or the whole line if short)
    start: int               # span of the node's own line(s)
    end: int                 # end of the node including its children
    line_end: int            # end of the node's own first line
    parent: Optional[int]    # idx of the parent, None for top level
    path: tuple = ()         # labels from the top down to this node
    children: list = field(default_factory=list)
    rank: int = 99           # heading rank (rules/headings.yaml); 99 for paragraphs
    lead: str = ""           # a paragraph opened by a run-in heading set apart by its typeface
                             # (a PDF's bold 加强组织领导。…): that heading; "" for others


@dataclass(slots=True)
class UnitRef:
    """A unit named in a responsibility clause."""

    name: str                # normalised name as the plan would write it in full
    role: str                # lead | responsible | cooperating
    start: int
    end: int
    dept_type: Optional[str] = None
    written: str = ""        # the characters as written in the clause
    rule: str = ""
    clause: int = -1         # start of the clause it was read from (-1: a table cell, a roster)


@dataclass(slots=True)
class DroppedItem:
    """An item of a responsibility clause that does not read as a unit: left
    out of the clause (whose other units are kept) and recorded as a warning."""

    text: str                # the item as written
    start: int
    end: int
    clause_start: int        # span of the clause it was read from
    clause_end: int
    rule: str = ""           # the clause rule
    reason: str = ""
    task_id: Optional[str] = None   # the task whose text holds it (set by the pipeline)


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    units: list              # list[UnitRef]
    rule: str = ""
    standalone: bool = False  # the clause is alone on its line (a section clause under a heading)
    dropped: list = field(default_factory=list)   # list[DroppedItem]: items that are not units


@dataclass(slots=True)
class Task:
    id: str                  # stable: "<doc_id>:<path joined by '/'>"
    path: tuple
    anchor: str              # heading up to the first 。, or the first words
    start: int
    end: int
    section: int             # idx of the Section this task is
    text: str = ""
    units: list = field(default_factory=list)   # list[UnitRef]
    rule: str = ""


@dataclass(slots=True)
class Target:
    anchor: str              # indicator phrase as written
    value: float
    unit: Optional[str]
    comparator: str          # >= > <= < = ~
    start: int
    end: int
    value_max: Optional[float] = None
    growth: bool = False
    per_year: bool = False
    aspirational: bool = False
    cumulative: bool = False
    deadline: Optional[str] = None
    decline: bool = False             # the number is a fall (下降13.5%, 压缩…)
    percent_points: bool = False      # 提高2个百分点
    base_value: Optional[float] = None
    base_unit: Optional[str] = None
    indicator: Optional[str] = None   # canonical indicator id from rules/indicators.yaml
    section_path: tuple = ()
    task_id: Optional[str] = None
    text: str = ""           # the characters the target came from
    rule: str = ""


@dataclass(slots=True)
class Deadline:
    text: str                # as written
    kind: str                # point | range | recurring | ongoing
    start: int
    end: int
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    open_ended: bool = False
    section_path: tuple = ()
    task_id: Optional[str] = None
    rule: str = ""


@dataclass(slots=True)
class Phase:
    name: str
    date_start: Optional[str]
    date_end: Optional[str]
    start: int
    end: int
    text: str = ""
    section_path: tuple = ()


@dataclass(slots=True)
class Mention:
    """A unit named in running text, outside a responsibility clause."""

    name: str
    start: int
    end: int
    dept_type: Optional[str] = None
    section_path: tuple = ()
    rule: str = ""
    task_id: Optional[str] = None       # the task whose text names it
    role_hint: Optional[str] = None     # lead / responsible / cooperating, from a cue in the task's prose


@dataclass(slots=True)
class GroupMember:
    """One row of a leading-group roster (组长/副组长/成员)."""

    person: str
    group_role: str
    position: str
    unit: Optional[str]
    start: int
    end: int


@dataclass(slots=True)
class Metadata:
    title: Optional[str] = None
    doc_number: Optional[str] = None
    issuer: Optional[str] = None
    region: Optional[str] = None
    level: Optional[str] = None
    signed: Optional[str] = None
    published: Optional[str] = None
    period: Optional[list] = None
    draft: bool = False


def section_path_at(sections: list, pos: int) -> tuple:
    """Path of the deepest section containing character ``pos`` (the last
    section in document order that contains it).  The answer is constant
    between section boundaries, so it is computed once per boundary (a sweep)
    and looked up by bisection: facts × sections was quadratic on a page with
    a 20,000-row table (35 s)."""
    import bisect
    idx = _PATH_INDEX[0]          # one document at a time: a one-entry cache, keyed on the list itself
    if idx is None or idx[0] is not sections or idx[1] != len(sections) or idx[2] != [
            (s.start, s.end) for s in sections[:1]]:
        idx = (sections, len(sections), [(s.start, s.end) for s in sections[:1]]) + _path_index(sections)
        _PATH_INDEX[0] = idx
    bounds, paths = idx[3], idx[4]
    i = bisect.bisect_right(bounds, pos) - 1
    return paths[i] if i >= 0 else ()


_PATH_INDEX: list = [None]


def _path_index(sections):
    """(boundaries, path from each boundary on) for ``section_path_at``."""
    import heapq
    events = sorted({p for s in sections for p in (s.start, s.end)})
    starts: dict = {}
    for order, s in enumerate(sections):
        if s.start < s.end:
            starts.setdefault(s.start, []).append(order)
    heap: list = []
    paths = []
    for b in events:
        for order in starts.get(b, ()):
            heapq.heappush(heap, -order)
        while heap and sections[-heap[0]].end <= b:
            heapq.heappop(heap)       # a section ended; a later one that still holds b may be below it
        paths.append(sections[-heap[0]].path if heap else ())
    return events, paths


@dataclass(slots=True)
class Layout:
    """What ``find/structure.read`` finds in a normalised text: its lines, the
    plan body, the plan's own title lines, attachments and the heading tree."""

    lines: list = field(default_factory=list)         # [(start, end)] of non-blank stripped lines
    body_start: int = 0
    body_end: int = 0
    title_lines: list = field(default_factory=list)   # [(start, end)]
    attachments: list = field(default_factory=list)   # [(start, end)]
    sections: list = field(default_factory=list)      # list[Section]
    draft: bool = False      # an annotation line above the title says 征求意见稿 / 草案 / 送审稿
    contents: list = field(default_factory=list)      # [(start, end)] of a table of contents (目录 …)

    def section_path_at(self, pos: int) -> tuple:
        return section_path_at(self.sections, pos)


@dataclass(slots=True)
class Document:
    id: str                  # short content hash
    source: str              # file name
    path: str
    sha256: str
    fmt: str                 # txt|html|pdf|docx
    encoding: Optional[str]
    text: str                # stored text (decoded, as read)
    norm: str                # normalised text, same length as text
    body_start: int = 0
    body_end: int = 0
    title_lines: list = field(default_factory=list)   # [(start, end)] of the plan's own title lines
    attachments: list = field(default_factory=list)   # [(start, end)] of attachments after the body
    contents: list = field(default_factory=list)      # [(start, end)] of a table of contents (no facts)
    lines: list = field(default_factory=list)         # [(start, end)] of non-blank stripped lines
    meta: Metadata = field(default_factory=Metadata)
    sections: list = field(default_factory=list)      # list[Section]
    tasks: list = field(default_factory=list)         # list[Task]
    targets: list = field(default_factory=list)       # list[Target]
    deadlines: list = field(default_factory=list)     # list[Deadline]
    phases: list = field(default_factory=list)        # list[Phase]
    mentions: list = field(default_factory=list)      # list[Mention]
    group: list = field(default_factory=list)         # list[GroupMember]
    warnings: list = field(default_factory=list)
    tables: list = field(default_factory=list)        # table blocks from the reader (cells with spans)
    table_rows: list = field(default_factory=list)    # TableRow of the blocks' task tables (find/table_blocks)
    table_spans: list = field(default_factory=list)   # [(start, end)] of every table block
    year_cells: list = field(default_factory=list)    # [(start, end, year)]: cells of a column headed 20XX年目标
    inventory_spans: list = field(default_factory=list)  # [(start, end)]: project lists (no tasks, no targets)
    indicator_cells: list = field(default_factory=list)  # [(indicator, value, year, unit cell, place)]: 主要指标 tables
    quota_cells: list = field(default_factory=list)      # [(row Cell, value Cell, year, label, rise)]: quota tables
    quiet_spans: list = field(default_factory=list)   # [(start, end)]: table header rows, 现状 columns (no targets)
    retro_spans: list = field(default_factory=list)   # [(start, end)]: cells of 现状 / 进展 columns (no deadlines)
    review_spans: list = field(default_factory=list)  # [(start, end)]: a plan report's review part, lines of results (no tasks, targets, deadlines)
    conventions: list = field(default_factory=list)   # conventions.Convention: rules stated once (列第一位…下同)
    dropped: list = field(default_factory=list)       # list[DroppedItem]: clause items that are not units
    genre: str = "plan"      # plan | work_report | regulation | standard | reply | approval | appointment | interpretation (rules/genres.yaml)
    genre_rule: str = ""

    def section_path_at(self, pos: int) -> tuple:
        """Path of the deepest section containing character ``pos``."""
        return section_path_at(self.sections, pos)

    @property
    def layout(self) -> Layout:
        """The structure stage's part of the document, as ``find/structure.read`` returns it."""
        return Layout(self.lines, self.body_start, self.body_end, self.title_lines, self.attachments,
                      self.sections, self.meta.draft, self.contents)

    def set_layout(self, layout: Layout) -> None:
        """Take the structure stage's result (a draft mark is kept once set)."""
        self.lines, self.body_start, self.body_end = layout.lines, layout.body_start, layout.body_end
        self.title_lines, self.attachments, self.sections = layout.title_lines, layout.attachments, layout.sections
        self.contents = layout.contents
        self.meta.draft = self.meta.draft or layout.draft


def to_dict(obj) -> dict:
    return asdict(obj)
