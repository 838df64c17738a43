"""zhengce's Datasette plugin, and ``zhengce serve`` (a thin wrapper over it).

The module is registered as a Datasette plugin by entry point
(``[project.entry-points.datasette]`` in pyproject.toml), so a plain
``datasette plans.db`` has all of it; ``zhengce serve`` only adds the settings
of ``rules/datasette.yaml`` and a ``--no-sql`` switch.

* metadata, default sorts, facets and canned queries come from
  ``rules/datasette.yaml``; ``get_metadata`` files them under the name of every
  database that holds zhengce's tables (``metadata(db_name)`` for one name);
  canned queries hide their SQL (``hide_sql``) until asked;
* the long text columns (``hide_columns`` in that file: documents.raw_text,
  body_text, tasks.text) are left out of the HTML table pages unless the
  column chooser asks for them, so the first screen shows rows;

  - ``/-/zhengce/show/<doc>`` serves ``show.render_html`` — the plan with every
    fact highlighted in place; ``/-/zhengce/show/`` lists the plans;
  - ``render_cell`` turns ``provenance`` columns of the canned queries, and the
    text of task, target, deadline and responsibility rows, into links to that
    view (``#task-<seq>``, ``#target-<id>``, ``#deadline-<id>``, ``#resp-<id>``);
  - ``asgi_wrapper`` gives the tasks table's search box a substring fallback:
    the FTS5 ``trigram`` index finds nothing for one or two characters, so
    ``?_search=专利`` becomes ``?text__contains=专利``.

``run_query(conn, name, **params)`` runs a canned query without a server.
Datasette itself is imported only when a server is made.
"""
from __future__ import annotations

import contextlib
import copy
import functools
import html
import json
import re
import sys
import urllib.parse
from pathlib import Path

import pluggy

from ..rules import RULES_DIR

hookimpl = pluggy.HookimplMarker("datasette")

RULES = RULES_DIR          # rules/ shipped with the package, or $ZHENGCE_RULES
SHOW_PREFIX = "/-/zhengce/show/"
SHOW_ROUTE = r"^/-/zhengce/show/(?P<doc_id>[^/]+)$"
MIN_FTS_CHARS = 3     # trigram tokens: shorter queries match nothing

# table → (column drawn as a link, anchor prefix, column giving the anchor number)
_TEXT_LINKS = {"tasks": ("text", "task", "seq"), "targets": ("text", "target", "id"),
               "deadlines": ("text", "deadline", "id"), "responsibilities": ("name", "resp", "id")}


@functools.lru_cache(maxsize=1)
def _config() -> dict:
    import yaml

    return yaml.safe_load((RULES / "datasette.yaml").read_text(encoding="utf-8"))


def metadata(*db_names: str) -> dict:
    """Datasette metadata for databases called ``db_names`` (default: "zhengce")."""
    cfg = copy.deepcopy(_config())
    db = cfg.pop("database")
    cfg.pop("settings", None)
    cfg.pop("hide_columns", None)
    cfg["databases"] = {name: copy.deepcopy(db) for name in (db_names or ("zhengce",))}
    return cfg


def hidden_columns() -> dict:
    """{table: columns left out of its HTML page unless asked for}."""
    return {t: tuple(cols) for t, cols in (_config().get("hide_columns") or {}).items()}


def settings() -> dict:
    return dict(_config().get("settings") or {})


def canned_queries() -> dict:
    return copy.deepcopy(_config()["database"]["queries"])


def run_query(conn, name: str, **params) -> list:
    """Run canned query ``name`` on a sqlite3 connection; rows as dicts.

    Missing parameters are empty strings, as in Datasette."""
    q = canned_queries()[name]
    args = {p: str(params.get(p, "") or "") for p in q.get("params", [])}
    cur = conn.execute(q["sql"], args)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, tuple(r))) for r in cur.fetchall()]


def search_tasks(conn, q: str) -> list:
    """Tasks whose text holds ``q``: trigram full-text index for three
    characters or more, a substring match for shorter queries."""
    return run_query(conn, "search_tasks", q=q)


def show_url(doc_id: str, anchor: str = "") -> str:
    return SHOW_PREFIX + urllib.parse.quote(str(doc_id)) + (f"#{anchor}" if anchor else "")


# ---- the Datasette plugin ---------------------------------------------------

ZHENGCE_TABLES = frozenset({"documents", "tasks", "responsibilities"})


@functools.lru_cache(maxsize=256)
def _holds_zhengce_tables(path: str, mtime: float) -> bool:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{urllib.parse.quote(path)}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return ZHENGCE_TABLES <= names


def zhengce_databases(datasette) -> list:
    """Names of the served databases that hold zhengce's tables."""
    import os

    out = []
    for name, db in list(datasette.databases.items()):
        path = getattr(db, "path", None)
        if name == "_internal" or not path:
            continue
        try:
            mtime = os.stat(path).st_mtime
        except OSError:
            continue
        if _holds_zhengce_tables(str(path), mtime):
            out.append(name)
    return out


@hookimpl
def get_metadata(datasette, key, database, table):
    names = zhengce_databases(datasette)
    if not names:
        return None
    # a fresh copy each time (Datasette merges later sources into this dict);
    # parsing JSON is many times faster than copy.deepcopy, and this runs often
    return json.loads(_metadata_json(tuple(names)))


@functools.lru_cache(maxsize=16)
def _metadata_json(names: tuple) -> str:
    return json.dumps(metadata(*names), ensure_ascii=False)


def _zhengce_db(datasette):
    names = zhengce_databases(datasette)
    return datasette.get_database(names[0]) if names else datasette.get_database()

@functools.lru_cache(maxsize=1)
def _dept_names() -> dict:
    names = {}
    try:
        for line in (RULES / "units.jsonl").read_text(encoding="utf-8").splitlines():
            if '"DEPT_TYPE"' in line:
                d = json.loads(line)
                names[d["id"]] = d.get("name") or ""
    except (OSError, ValueError):
        pass
    return names


def _truncate(text: str, n) -> str:
    return text if not n or len(text) <= n else text[:n] + "…"


def _link(datasette, url: str, label: str = "原文 ↗") -> str:
    return (f'<a class="zhengce-provenance" title="see it in its sentence / 在原文中查看" '
            f'href="{html.escape(datasette.urls.path(url))}">{label}</a>')


def _get(row, key):
    """A cell of the row being drawn; a foreign key expanded to its label
    arrives as {"value": ..., "label": ...}."""
    try:
        v = row[key]
    except (KeyError, IndexError, TypeError):
        return None
    return v.get("value") if isinstance(v, dict) else v


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    from markupsafe import Markup

    if isinstance(value, str) and column.startswith("provenance") and value.startswith(SHOW_PREFIX):
        return Markup(_link(datasette, value))
    limit = datasette.setting("truncate_cells_html")
    if table == "documents":
        doc_id = _get(row, "id")
        if doc_id and column == "title":
            return Markup(f'{html.escape(str(value or ""))} {_link(datasette, show_url(doc_id), "标注原文 ↗")}')
        if doc_id and column in ("raw_text", "body_text") and isinstance(value, str):
            return Markup(f'{html.escape(_truncate(value, limit))} {_link(datasette, show_url(doc_id))}')
        return None
    spec = _TEXT_LINKS.get(table)
    if table == "tasks" and column == "anchor" and value is not None:
        spec = ("anchor",) + spec[1:]           # the text is hidden on the table page: link the heading too
    if spec and column == spec[0]:
        doc_id, num = _get(row, "doc_id"), _get(row, spec[2])
        if doc_id is None or num is None:
            return None
        text = html.escape(_truncate(str(value), limit)) if value is not None else ""
        return Markup(f"{text} {_link(datasette, show_url(doc_id, f'{spec[1]}-{num}'))}")
    if column == "dept_type" and isinstance(value, str) and value in _dept_names():
        return Markup(f"{html.escape(value)} <small>{html.escape(_dept_names()[value])}</small>")
    return None


async def _show_view(datasette, request):
    from datasette.utils import tilde_encode
    from datasette.utils.asgi import Response

    from .show import find_doc, render_html

    db = _zhengce_db(datasette)
    await datasette.ensure_permissions(request.actor, ["view-instance", ("view-database", db.name)])
    ref = urllib.parse.unquote(request.url_vars["doc_id"])

    def row_url(table, pk):
        return datasette.urls.row(db.name, table, tilde_encode(str(pk)))

    def page(conn):
        return render_html(conn, find_doc(conn, ref), row_url=row_url)

    try:
        return Response.html(await db.execute_fn(page))
    except LookupError as e:
        return Response.html(f"<!DOCTYPE html><meta charset='utf-8'><h1>Not found</h1><p>{html.escape(str(e))}</p>",
                             status=404)


async def _show_index(datasette, request):
    from datasette.utils.asgi import Response

    db = _zhengce_db(datasette)
    await datasette.ensure_permissions(request.actor, ["view-instance", ("view-database", db.name)])
    rows = (await db.execute("SELECT id, title, source, region, year FROM documents ORDER BY region, year")).rows
    items = "".join(f'<li><a href="{html.escape(datasette.urls.path(show_url(r["id"])))}">'
                    f'{html.escape(r["title"] or r["source"])}</a> · {html.escape(r["region"] or "")} '
                    f'{r["year"] or ""}</li>' for r in rows)
    return Response.html(f"<!DOCTYPE html><html lang='zh'><meta charset='utf-8'><title>plans · zhengce</title>"
                         f"<h1>计划 plans</h1><ul>{items}</ul></html>")


# The column descriptions (one line per column) would fill the first screen of
# a table page: fold them into a closed <details>; without script, a short
# scrolling box.
CSS = """dl.column-descriptions { max-height: 7.5em; overflow-y: auto; font-size: 0.85em; }
details.zhengce-columns > summary { cursor: pointer; color: #555; margin: 0.3em 0; }
details.zhengce-columns dl.column-descriptions { max-height: none; }
"""
FOLD_COLUMNS_JS = """(function () {
  var dl = document.querySelector('dl.column-descriptions');
  if (!dl || dl.closest('details')) return;
  var d = document.createElement('details');
  d.className = 'zhengce-columns';
  var s = document.createElement('summary');
  s.textContent = '列说明 · column descriptions (' + dl.querySelectorAll('dt').length + ')';
  d.appendChild(s);
  dl.parentNode.insertBefore(d, dl);
  d.appendChild(dl);
})();"""


async def _css(datasette, request):
    from datasette.utils.asgi import Response

    return Response.text(CSS, headers={"content-type": "text/css; charset=utf-8", "cache-control": "max-age=3600"})


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/zhengce/zhengce.css")]


@hookimpl
def extra_body_script(view_name):
    return FOLD_COLUMNS_JS if view_name == "table" else ""


@hookimpl
def register_routes(datasette):
    return [(SHOW_ROUTE, _show_view), (r"^/-/zhengce/show/?$", _show_index),
            (r"^/-/zhengce/zhengce\.css$", _css)]


_TASKS_PATH = re.compile(r"/tasks(?:\.json|\.csv)?$")


def short_search(query_string: bytes) -> bytes:
    """``_search`` shorter than the trigram length → a ``text__contains`` filter."""
    out, changed = [], False
    for k, v in urllib.parse.parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True):
        if k == "_search" and 0 < len(v.strip()) < MIN_FTS_CHARS:
            out.append(("text__contains", v.strip()))
            changed = True
        else:
            out.append((k, v))
    return urllib.parse.urlencode(out).encode("ascii") if changed else query_string


def hide_long_columns(query_string: bytes, columns) -> bytes:
    """Add ``_nocol=<c>`` for each long column unless the request chose its
    columns itself (``_col`` / ``_nocol``, as the column chooser sends)."""
    pairs = urllib.parse.parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    if not columns or any(k in ("_col", "_nocol") for k, _ in pairs):
        return query_string
    return urllib.parse.urlencode(pairs + [("_nocol", c) for c in columns]).encode("ascii")


_TABLE_PAGE = re.compile(r"^/(?P<db>[^/]+)/(?P<table>[^/.]+)$")     # HTML only: no .json / .csv


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def inner(scope, receive, send):
            if scope.get("type") == "http":
                path, qs = scope.get("path", ""), scope.get("query_string", b"")
                if b"_search=" in qs and _TASKS_PATH.search(path):
                    qs = short_search(qs)
                m = _TABLE_PAGE.match(path)
                hide = hidden_columns().get(m.group("table")) if m else None
                if hide and m.group("db") in {datasette.get_database(n).route for n in zhengce_databases(datasette)}:
                    qs = hide_long_columns(qs, hide)
                if qs is not scope.get("query_string", b""):
                    scope = dict(scope, query_string=qs)
            await app(scope, receive, send)
        return inner
    return wrap


# ---- the server ---------------------------------------------------------------

def register_plugin() -> None:
    from datasette.plugins import pm

    mod = sys.modules[__name__]
    if not pm.is_registered(mod):
        pm.register(mod, name="zhengce")


def make_datasette(db_path, *, allow_sql: bool = True, **extra_settings):
    """A Datasette instance over ``db_path`` with zhengce's plugin (which
    brings the metadata) and the settings of ``rules/datasette.yaml``.

    ``allow_sql=False`` turns off arbitrary SQL (``default_allow_sql``); the
    canned queries still run."""
    from datasette.app import Datasette

    path = Path(db_path)
    if not path.exists():
        raise FileNotFoundError(f"{db_path}: no such database (run `zhengce load` first)")
    register_plugin()       # already there when installed (entry point); not when run from a bare checkout
    opts = {**settings(), **extra_settings}
    if not allow_sql:
        opts["default_allow_sql"] = False
    return Datasette([str(path)], settings=opts)


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (Datasette cannot report a port 0)."""
    import socket

    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def background(db_path, port: int | None = None, host: str = "127.0.0.1", timeout: float = 60.0,
               plain: bool = False, extra_args=()):
    """Run ``zhengce serve`` in a child process until the block ends
    (``plain=True``: a plain ``datasette`` run, the plugin found by entry point;
    ``extra_args`` go on its command line).

    Yields the base URL once the server answers; stops the child (terminate,
    then kill) on the way out, whatever happened in the block."""
    import subprocess
    import tempfile
    import time
    import urllib.error
    import urllib.request

    port = port or free_port(host)
    base = f"http://{host}:{port}"
    log = tempfile.TemporaryFile()      # a file, not a pipe: a full pipe would stall the server
    name = "datasette" if plain else "zhengce serve"
    cmd = ([sys.executable, "-m", "datasette", "serve", str(db_path)] if plain
           else [sys.executable, "-m", "extract", "serve", "--db", str(db_path)])
    proc = subprocess.Popen(cmd + ["--port", str(port), "--host", host, *extra_args], stdout=log,
                            stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                out = log.read().decode("utf-8", "replace")
                raise RuntimeError(f"{name} exited with status {proc.returncode}: {out[-2000:]}")
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{name} did not answer on {base} within {timeout:.0f}s")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def serve(db_path, host: str = "127.0.0.1", port: int = 8001, echo=print, allow_sql: bool = True) -> None:
    """Serve ``db_path`` in the foreground until interrupted."""
    import uvicorn
    from datasette.cli import run_sync

    ds = make_datasette(db_path, allow_sql=allow_sql)
    run_sync(ds.invoke_startup)
    echo(f"zhengce: serving {db_path} at http://{host}:{port}/  "
         f"(plans with their facts: http://{host}:{port}{SHOW_PREFIX}; Ctrl-C stops)")
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
