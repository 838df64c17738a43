"""Headless Chromium over `zhengce serve`: the Datasette page and a provenance
view render, with the highlighted facts in the page; screenshots are saved.
And over a plain `datasette plans.db` (the zhengce plugin found by entry
point): the documents table shows a row on the first screen.

Needs Debian's `chromium` (.ci/run installs it); skipped with a message where
no Chromium binary is found.  Chromium runs with --no-sandbox, no network
beyond the loopback server (every other host name resolves to nothing), and a
throw-away profile.  Screenshots go to $ZHENGCE_SCREENSHOTS when set, else to
the test's temporary folder.
"""
import os
import re
import shutil
import sqlite3
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from extract.face import serve

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
BROWSER = os.environ.get("CHROMIUM") or next((p for p in map(shutil.which, CANDIDATES) if p), None)

pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium binary found (install Debian's `chromium`, as .ci/run does, or set $CHROMIUM)")

UNIT = "市场监管局"


def chromium(tmp_path, url, *, screenshot=None, timeout=90, size="1280,2000"):
    """Run headless Chromium on ``url``; returns the rendered DOM (or writes a screenshot)."""
    profile = tmp_path / f"profile-{os.getpid()}-{len(list(tmp_path.iterdir()))}"
    args = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            f"--user-data-dir={profile}", f"--window-size={size}"]
    args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    try:
        r = subprocess.run(args + [url], capture_output=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert r.returncode == 0, f"chromium failed ({r.returncode}): {r.stderr.decode('utf-8', 'replace')[-1500:]}"
    return r.stdout.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from extract.store.database import load

    path = tmp_path_factory.mktemp("browser") / "corpus.db"
    summary = load([str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))], path)
    assert summary.ok, summary.failed
    with serve.background(path, timeout=60) as base:
        yield base, path


@pytest.fixture()
def shots(tmp_path):
    out = Path(os.environ.get("ZHENGCE_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _png_ok(path):
    data = Path(path).read_bytes()
    return data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_datasette_who_owns_page(server, tmp_path, shots):
    base, db = server
    url = f"{base}/{db.stem}/who_owns?" + urllib.parse.urlencode({"unit": UNIT})
    dom = chromium(tmp_path, url)
    assert "谁负责什么" in dom and "who owns what" in dom
    cells = re.findall(r'<td class="col-unit[^"]*">([^<]*)</td>', dom)
    conn = sqlite3.connect(db)
    n = conn.execute("SELECT count(*) FROM responsibilities WHERE name LIKE ?", (f"%{UNIT}%",)).fetchone()[0]
    assert len(cells) == n and all(UNIT in c for c in cells)
    links = re.findall(r'href="(/-/zhengce/show/[0-9a-f]+#resp-\d+)"', dom)
    assert len(links) == n
    chromium(tmp_path, url, screenshot=shots / "datasette-who-owns.png")
    assert _png_ok(shots / "datasette-who-owns.png")


def test_provenance_view_highlights_the_facts(server, tmp_path, shots):
    base, db = server
    conn = sqlite3.connect(db)
    doc_id, resp_id = conn.execute("SELECT doc_id, id FROM responsibilities WHERE name LIKE ? ORDER BY id LIMIT 1",
                                   (f"%{UNIT}%",)).fetchone()
    url = f"{base}/-/zhengce/show/{doc_id}"
    dom = chromium(tmp_path, f"{url}#resp-{resp_id}")
    mark = re.search(rf'<mark [^>]*id="resp-{resp_id}"[^>]*>([^<]*)<', dom)
    assert mark and "监管" in mark.group(1)
    # every fact of the plan is in the rendered page, under its own id
    for table, prefix in (("responsibilities", "resp"), ("targets", "target"), ("deadlines", "deadline")):
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE doc_id = ?", (doc_id,))]
        missing = [i for i in ids if f'id="{prefix}-{i}"' not in dom]
        assert not missing, f"{table} not in page: {missing}"
    n_tasks = conn.execute("SELECT count(*) FROM tasks WHERE doc_id = ?", (doc_id,)).fetchone()[0]
    assert len(re.findall(r'<div class="task" id="task-\d+"', dom)) == n_tasks
    assert '<nav class="toc">' in dom and 'href="#sec-' in dom
    chromium(tmp_path, url, screenshot=shots / "provenance-view.png")
    assert _png_ok(shots / "provenance-view.png")


# ---- plain `datasette plans.db`: the plugin by entry point -------------------------------
# A test-only Datasette plugin (loaded with --plugins-dir) measures the page once
# it is built: where the first data row sits against the window's height.
MEASURE_PLUGIN = '''
from datasette import hookimpl

JS = """document.addEventListener("DOMContentLoaded", function () {
  var tr = document.querySelector("table.rows-and-columns tbody tr");
  var out = document.createElement("div");
  out.id = "measured";
  out.dataset.rowTop = tr ? Math.round(tr.getBoundingClientRect().top) : -1;
  out.dataset.innerHeight = window.innerHeight;
  document.body.appendChild(out);
});"""


@hookimpl
def extra_body_script(view_name):
    return JS if view_name == "table" else ""
'''
FIRST_SCREEN = (1280, 800)          # a laptop's browser window


@pytest.fixture(scope="module")
def plain_server(tmp_path_factory):
    from extract.store.database import load

    base = tmp_path_factory.mktemp("plain")
    path = base / "plans.db"
    summary = load([str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))], path)
    assert summary.ok, summary.failed
    plugins = base / "plugins"
    plugins.mkdir()
    (plugins / "measure_first_row.py").write_text(MEASURE_PLUGIN, encoding="utf-8")
    with serve.background(path, timeout=60, plain=True, extra_args=["--plugins-dir", str(plugins)]) as url:
        yield url, path


def test_plain_datasette_documents_page_shows_a_row_on_the_first_screen(plain_server, tmp_path, shots):
    base, db = plain_server
    size = ",".join(map(str, FIRST_SCREEN))
    dom = chromium(tmp_path, f"{base}/{db.stem}/documents", size=size)
    m = re.search(r'<div id="measured" data-row-top="(-?\d+)" data-inner-height="(\d+)"', dom)
    assert m, "the measuring script did not run"
    top, height = int(m.group(1)), int(m.group(2))
    assert 0 < top < height, f"first row at y={top}, window {height} px high"
    assert 'class="col-raw_text' not in dom and "zhengce-columns" in dom     # long texts hidden, columns folded
    assert 'href="/-/zhengce/show/' in dom                                  # the plan pages, by the plugin
    chromium(tmp_path, f"{base}/{db.stem}/documents", screenshot=shots / "plain-datasette-documents.png", size=size)
    assert _png_ok(shots / "plain-datasette-documents.png")


def test_plain_datasette_serves_the_plan_page(plain_server, tmp_path):
    base, db = plain_server
    doc_id = sqlite3.connect(db).execute("SELECT id FROM documents ORDER BY id").fetchone()[0]
    dom = chromium(tmp_path, f"{base}/-/zhengce/show/{doc_id}")
    assert '<nav class="toc">' in dom and 'id="task-' in dom
