-- zhengce database: the single definition of its tables.
-- Every fact row carries its document, its section path and the character
-- span [start, end) into documents.raw_text it was read from, and the id of
-- the rule that produced it.

PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS documents (
    id            TEXT PRIMARY KEY,             -- first 16 hex digits of sha256
    sha256        TEXT NOT NULL UNIQUE,         -- of the file's bytes
    source        TEXT NOT NULL,                -- file name
    identity      TEXT,                         -- what versions key on: path relative to the loaded folder, or --as
    path          TEXT,
    format        TEXT NOT NULL,                -- txt | html | pdf | docx
    encoding      TEXT,
    version       INTEGER NOT NULL DEFAULT 1,   -- n-th distinct content loaded under this identity
    title         TEXT,
    doc_number    TEXT,                         -- 发文字号
    issuer        TEXT,
    region        TEXT,                         -- e.g. 重庆市江津区
    level         TEXT,                         -- national | province | city | county | district
    signed        TEXT,                         -- ISO date (成文日期)
    published     TEXT,                         -- ISO date (发布日期)
    period_start  INTEGER,
    period_end    INTEGER,
    draft         INTEGER NOT NULL DEFAULT 0,
    genre         TEXT,                         -- plan | work_report | regulation | standard | reply | approval | appointment
    year          INTEGER,                      -- signed, else published, else period start
    raw_text      TEXT NOT NULL,                -- the stored text every span points into
    body_start    INTEGER NOT NULL,
    body_end      INTEGER NOT NULL,
    -- raw_text[body_start:body_end], computed when read (not stored a second time;
    -- databases made before this keep a stored copy, which the writer fills)
    body_text     TEXT GENERATED ALWAYS AS (substr(raw_text, body_start + 1, body_end - body_start)) VIRTUAL,
    n_chars       INTEGER NOT NULL,
    warnings      TEXT,                         -- JSON list
    loaded_at     TEXT NOT NULL
);
-- indexes serve the query commands' ORDER BY and lookups (tests/ask/test_query_plans.py
-- checks the plans): plans in file-name order, exact file-name and path lookups, newest first
DROP INDEX IF EXISTS idx_documents_source;
CREATE INDEX IF NOT EXISTS idx_documents_order ON documents(source, version, id);
CREATE INDEX IF NOT EXISTS idx_documents_path ON documents(path, source, version, id);
CREATE INDEX IF NOT EXISTS idx_documents_identity ON documents(identity);
CREATE INDEX IF NOT EXISTS idx_documents_region ON documents(region);
CREATE INDEX IF NOT EXISTS idx_documents_year ON documents(year);

CREATE TABLE IF NOT EXISTS sections (
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    parent_idx    INTEGER,
    kind          TEXT NOT NULL,                -- chapter|part|article|cn|paren_cn|arabic|paren_arabic|circled|para
    level         INTEGER NOT NULL,
    number        TEXT,                         -- as written
    label         TEXT NOT NULL,                -- path segment, brackets folded
    ordinal       INTEGER,
    path          TEXT NOT NULL,                -- labels joined by '/'
    heading       TEXT,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE IF NOT EXISTS tasks (
    id            TEXT PRIMARY KEY,             -- <doc_id>:<path>
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path          TEXT NOT NULL,                -- JSON list, e.g. ["三","(一)","1"]
    section_path  TEXT NOT NULL,                -- labels joined by '/'
    number        TEXT,                         -- last path segment
    anchor        TEXT,                         -- heading / first words
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    seq           INTEGER NOT NULL,             -- order in the plan
    rule          TEXT
);
-- idx_tasks_doc_seq ON tasks(doc_id, seq), which serves a plan's tasks in order, is made by
-- store.database._late_indexes: a tasks table from before `seq` would stop this script.

-- the unit registry: one row per unit per region (江津区市场监管局 and
-- 区市场监管局 in a 江津区 plan are one row)
CREATE TABLE IF NOT EXISTS units (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,         -- canonical key scoped to the region
    name          TEXT NOT NULL,                -- name as first written in full
    region        TEXT,
    dept_type     TEXT                          -- taxonomy id (rules/units.jsonl)
);
CREATE INDEX IF NOT EXISTS idx_units_dept ON units(dept_type);
CREATE INDEX IF NOT EXISTS idx_units_name ON units(name);

CREATE TABLE IF NOT EXISTS responsibilities (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    task_id       TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id       INTEGER NOT NULL REFERENCES units(id),
    role          TEXT NOT NULL CHECK (role IN ('lead', 'responsible', 'cooperating')),
    name          TEXT NOT NULL,                -- normalised name in this plan
    written       TEXT,                         -- as written in the clause
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    rule          TEXT
);
CREATE INDEX IF NOT EXISTS idx_resp_task ON responsibilities(task_id);
CREATE INDEX IF NOT EXISTS idx_resp_unit ON responsibilities(unit_id);
DROP INDEX IF EXISTS idx_resp_doc;
CREATE INDEX IF NOT EXISTS idx_resp_doc_start ON responsibilities(doc_id, start);

-- every name a unit goes by in some plan (responsibilities.name and .written), with how
-- many responsibilities use it: `zhengce who` matches a query against these few hundred
-- distinct names instead of scanning every responsibility.  store.Writer adds each
-- document's names (one upsert per distinct name, not a trigger per row: that trigger was
-- a sixth of the write time); the trigger below takes a deleted responsibility's away.
-- Code that inserts responsibilities by other means calls store.sync_unit_names.
-- Filled once from responsibilities in a database made before it existed.
CREATE TABLE IF NOT EXISTS unit_names (
    unit_id       INTEGER NOT NULL,
    name          TEXT NOT NULL,
    n             INTEGER NOT NULL,             -- responsibilities that use this name
    PRIMARY KEY (unit_id, name)
) WITHOUT ROWID;
INSERT OR IGNORE INTO unit_names(unit_id, name, n)
    SELECT unit_id, name, count(*) FROM (
        SELECT unit_id, name FROM responsibilities WHERE NOT EXISTS (SELECT 1 FROM unit_names)
        UNION ALL SELECT unit_id, written FROM responsibilities
            WHERE written IS NOT NULL AND written != name AND NOT EXISTS (SELECT 1 FROM unit_names))
    GROUP BY unit_id, name;
DROP TRIGGER IF EXISTS unit_names_ai;           -- the per-row trigger of older databases
CREATE TRIGGER IF NOT EXISTS unit_names_ad AFTER DELETE ON responsibilities BEGIN
    UPDATE unit_names SET n = n - 1 WHERE unit_id = old.unit_id
        AND (name = old.name OR (name = old.written AND old.written != old.name));
    DELETE FROM unit_names WHERE unit_id = old.unit_id AND name IN (old.name, old.written) AND n <= 0;
END;

CREATE TABLE IF NOT EXISTS targets (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    task_id       TEXT REFERENCES tasks(id) ON DELETE SET NULL,
    section_path  TEXT,
    anchor        TEXT,                         -- indicator as written
    indicator     TEXT,                         -- canonical indicator (rules/indicators.yaml)
    value         REAL,
    value_max     REAL,
    unit          TEXT,                         -- measure as written
    base_value    REAL,                         -- in base units (5000万元 → 50000000)
    base_unit     TEXT,
    comparator    TEXT,                         -- >= > <= < = ~
    growth        INTEGER,
    per_year      INTEGER,
    aspirational  INTEGER,
    cumulative    INTEGER,
    deadline      TEXT,                         -- ISO date
    text          TEXT,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    rule          TEXT
);
DROP INDEX IF EXISTS idx_targets_doc;
CREATE INDEX IF NOT EXISTS idx_targets_doc_start ON targets(doc_id, start);
CREATE INDEX IF NOT EXISTS idx_targets_indicator ON targets(indicator);

CREATE TABLE IF NOT EXISTS deadlines (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    task_id       TEXT REFERENCES tasks(id) ON DELETE SET NULL,
    section_path  TEXT,
    text          TEXT NOT NULL,                -- as written
    kind          TEXT,                         -- point | range | recurring | ongoing
    date_start    TEXT,
    date_end      TEXT,
    open_ended    INTEGER,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    rule          TEXT
);
DROP INDEX IF EXISTS idx_deadlines_doc;
CREATE INDEX IF NOT EXISTS idx_deadlines_doc_start ON deadlines(doc_id, start);
CREATE INDEX IF NOT EXISTS idx_deadlines_end ON deadlines(date_end);

CREATE TABLE IF NOT EXISTS phases (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_path  TEXT,
    name          TEXT,
    date_start    TEXT,
    date_end      TEXT,
    text          TEXT,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL
);

-- units named in running text, outside responsibility clauses; one a task's
-- own prose gives a role (由X牵头, 请X, Y配合: rules/prose_roles.yaml) has a
-- role_hint, a lower-confidence kind that `who` shows apart from the clauses
CREATE TABLE IF NOT EXISTS mentions (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    task_id       TEXT REFERENCES tasks(id) ON DELETE SET NULL,   -- the task whose text names it
    section_path  TEXT,
    name          TEXT NOT NULL,
    dept_type     TEXT,
    role_hint     TEXT,                         -- lead | responsible | cooperating (prose cue), else NULL
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    rule          TEXT
);
CREATE INDEX IF NOT EXISTS idx_mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS idx_mentions_task ON mentions(task_id);

-- leading-group rosters (组长 / 副组长 / 成员)
CREATE TABLE IF NOT EXISTS group_members (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person        TEXT,
    group_role    TEXT,
    position      TEXT,
    unit          TEXT,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL
);

-- conventions a plan states once for many clauses (列第一位的为牵头单位，下同;
-- 以下各项工作均需…推进，不再单独列出), applied by resolve/roles.py: why a unit is the lead
CREATE TABLE IF NOT EXISTS conventions (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,                -- first_is_lead | all_items | note (words only: 明确牵头部门的,有关部门配合,不逐一列出)
    text          TEXT NOT NULL,                -- the words that state it
    applies_to    TEXT,                         -- first_is_lead: this clause | every later clause (下同); all_items: the units
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    rule          TEXT
);
CREATE INDEX IF NOT EXISTS idx_conventions_doc ON conventions(doc_id);

-- warnings: items of a responsibility clause that do not read as a unit (a page
-- number inside a name, a note, a field that is not a unit), left out of the
-- clause, whose other units are kept; `zhengce audit` lists them
CREATE TABLE IF NOT EXISTS dropped_items (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    task_id       TEXT REFERENCES tasks(id) ON DELETE SET NULL,   -- the task whose text holds it
    text          TEXT NOT NULL,                -- the item as written
    reason        TEXT,
    clause_start  INTEGER NOT NULL,             -- the clause it was read from
    clause_end    INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    rule          TEXT                          -- the clause rule
);
CREATE INDEX IF NOT EXISTS idx_dropped_items_doc ON dropped_items(doc_id);

-- full-text search over task text: Chinese has no spaces, so trigrams.
-- A new task is only queued in tasks_fts_pending, whichever connection inserts it;
-- store.flush_fts indexes the queue in one transaction (store.Writer does, per batch of
-- documents and at the end of a load; the next load does for an interrupted one;
-- store.write_document at once).  A queued task is not in the index yet, so deleting or
-- updating it only touches the queue.  (Older databases checked a TEMP table per row to
-- index other connections' inserts at once: the check alone cost as much as the insert.)
CREATE VIRTUAL TABLE IF NOT EXISTS tasks_fts USING fts5(
    anchor, text, content='tasks', content_rowid='rowid', tokenize='trigram'
);
CREATE TABLE IF NOT EXISTS tasks_fts_pending (
    task_rowid    INTEGER PRIMARY KEY
);
DROP TRIGGER IF EXISTS tasks_ai;               -- the triggers of older databases
DROP TRIGGER IF EXISTS tasks_ad;
DROP TRIGGER IF EXISTS tasks_au;
DROP TRIGGER IF EXISTS tasks_fts_ai;
DROP TRIGGER IF EXISTS tasks_fts_au;
CREATE TRIGGER IF NOT EXISTS tasks_fts_queue AFTER INSERT ON tasks BEGIN
    INSERT OR IGNORE INTO tasks_fts_pending(task_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER IF NOT EXISTS tasks_fts_ad AFTER DELETE ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, anchor, text)
        SELECT 'delete', old.rowid, old.anchor, old.text
        WHERE NOT EXISTS (SELECT 1 FROM tasks_fts_pending WHERE task_rowid = old.rowid);
    DELETE FROM tasks_fts_pending WHERE task_rowid = old.rowid;
END;
CREATE TRIGGER IF NOT EXISTS tasks_fts_requeue AFTER UPDATE ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, anchor, text)
        SELECT 'delete', old.rowid, old.anchor, old.text
        WHERE NOT EXISTS (SELECT 1 FROM tasks_fts_pending WHERE task_rowid = old.rowid);
    DELETE FROM tasks_fts_pending WHERE task_rowid = old.rowid;
    INSERT OR IGNORE INTO tasks_fts_pending(task_rowid) VALUES (new.rowid);
END;
