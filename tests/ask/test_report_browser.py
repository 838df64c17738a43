"""The HTML report in a real browser: headless Chromium loads the file with
the network off and we read back the DOM it rendered and a screenshot.

The report's inline script writes, after layout, how many charts have a
non-empty bounding box (``<body data-charts-rendered="2">``), so the check
is about what the browser drew, not only about the markup we wrote.
Skipped, with a message, when no Chromium is installed."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from extract.ask import compare as C
from extract.store import database as store
from extract.ask.report import bars_svg, heatmap_svg, render_html

ROOT = Path(__file__).resolve().parents[2]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no Chromium found (apt-get install -y chromium)")

# what must be in the DOM the browser built: (what, regex, at least)
DOM_CHECKS = [
    ("heatmap chart", r'<svg[^>]*id="heatmap"', 1),
    ("heatmap cells", r'<rect class="cell"', 4),
    ("bar chart", r'<svg[^>]*id="target-bars"', 1),
    ("bars", r'<rect class="bar"', 2),
    ("tables", r"<table>", 5),
    ("shared passage", r"地理标志与特色产业发展", 1),
]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    db = tmp / "corpus.db"
    assert store.load([str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))], db).ok
    c = C.compare(str(db), ["江津区", "朝阳市"])
    path = tmp / "report.html"
    path.write_text(render_html(c), encoding="utf-8")
    return path, c


def chromium(*args, tmp):
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--no-first-run", "--no-default-browser-check", "--disable-extensions",
           f"--user-data-dir={tmp / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90)


def test_self_contained(report):
    html = report[0].read_text(encoding="utf-8")
    assert not re.search(r'(?:src|href)\s*=\s*["\']?(?:https?:)?//', html), "report loads something remote"
    assert "<link" not in html and "@import" not in html


@pytest.fixture(scope="module")
def dom(report, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("chromium")
    r = chromium("--dump-dom", report[0].as_uri(), tmp=tmp)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


@needs_browser
def test_charts_rendered(dom):
    m = re.search(r'<body[^>]*data-charts-rendered="(\d+)"', dom)
    assert m, "the report's load script did not run"
    assert m.group(1) == "2"


@needs_browser
@pytest.mark.parametrize("what,pattern,least", DOM_CHECKS, ids=[w for w, _, _ in DOM_CHECKS])
def test_dom(dom, what, pattern, least):
    assert len(re.findall(pattern, dom)) >= least, what


@needs_browser
def test_heatmap_has_a_cell_per_department_and_plan(dom, report):
    c = report[1]
    n = c.departments["department"].nunique() * len(c.plans)
    assert len(re.findall(r'<rect class="cell"', dom)) == n


@needs_browser
def test_screenshot(report, tmp_path):
    shot = tmp_path / "shot.png"
    r = chromium("--window-size=1280,2000", f"--screenshot={shot}", report[0].as_uri(), tmp=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50000   # a blank page compresses to ~12 kB


def test_charts_say_when_there_is_nothing_to_draw():
    import pandas as pd
    empty = pd.DataFrame(columns=["plan", "department", "share"])
    assert "<svg" not in heatmap_svg(empty, ["甲", "乙"])
    assert "<svg" not in bars_svg(pd.DataFrame(), pd.DataFrame(), ["甲", "乙"])
