"""A normal install works anywhere: build the wheel, install it into a fresh
virtual environment, and run the commands from a folder outside the checkout.

This is what a user of ``pip install zhengce`` meets: no file may be looked up
relative to the source checkout (rules/, schema.sql, the seed gold ship inside
the package, see "Package data" in CONTRIBUTING.md).

Marked ``wheel`` (about a minute): ``pytest -m wheel`` runs only this,
``pytest -m "not wheel"`` skips it.  The build runs without build isolation
(offline), so it needs setuptools >= 70.1, which the ``test`` extra brings.
The fresh venv is made with ``--system-site-packages`` so zhengce's
dependencies come from the running interpreter; zhengce itself is installed
from the wheel with ``--no-deps`` and must be the one imported.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_bd8e8a35b7d95472.txt"
UNIT = "市场监管局"

pytestmark = pytest.mark.wheel


def _can_build_wheels() -> bool:
    try:
        import setuptools.command.bdist_wheel  # noqa: F401  (setuptools >= 70.1)
        return True
    except ImportError:
        try:
            import wheel  # noqa: F401
            return True
        except ImportError:
            return False


def _run(args, cwd, env, timeout=300):
    r = subprocess.run(args, cwd=cwd, env=env, capture_output=True, timeout=timeout)
    out, err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0, f"{' '.join(map(str, args))} exited {r.returncode}:\n{out[-2000:]}\n{err[-3000:]}"
    return out


def _source_copy(dest: Path) -> Path:
    """The files a build needs, copied with their symlinks (extract/data/ links
    to the top-level folders), so the build leaves the checkout untouched."""
    keep = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "real")
    for name in ("pyproject.toml", "README.md", "schema.sql"):
        shutil.copy2(ROOT / name, dest / name)
    for name in ("extract", "rules", "corpus"):
        shutil.copytree(ROOT / name, dest / name, symlinks=True, ignore=keep)
    return dest


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    if not _can_build_wheels():
        pytest.skip("setuptools >= 70.1 (or the `wheel` package) is needed to build a wheel offline: "
                    "pip install -e '.[test]'")
    base = tmp_path_factory.mktemp("wheel")
    (base / "src").mkdir()
    src = _source_copy(base / "src")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ZHENGCE_RULES", "PYTHONHOME")}
    dist = base / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(src)],
         cwd=base, env=env)
    wheels = list(dist.glob("zhengce-*.whl"))
    assert len(wheels) == 1, wheels
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], cwd=base, env=env)
    py = venv / "bin" / "python"
    _run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheels[0])], cwd=base, env=env)
    work = base / "work"
    work.mkdir()
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return {"py": py, "bin": venv / "bin", "work": work, "env": env, "wheel": wheels[0]}


def _zhengce(inst, *args, timeout=300):
    return _run([str(inst["bin"] / "zhengce"), *args], cwd=inst["work"], env=inst["env"], timeout=timeout)


def test_the_wheel_holds_the_data(installed):
    import zipfile

    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for name in ("extract/data/schema.sql", "extract/data/rules/headings.yaml", "extract/data/rules/datasette.yaml",
                 "extract/data/rules/units.jsonl", "extract/data/corpus/gold/GUIDE.md", f"extract/data/corpus/{SEED}"):
        assert name in names, name
    assert not any("/real/" in n for n in names), "corpus/real must not ship"


def test_the_installed_package_is_the_one_imported(installed):
    where = _run([str(installed["py"]), "-c", "import extract, extract.rules as r; print(extract.__file__); "
                  "print(r.RULES_DIR)"], cwd=installed["work"], env=installed["env"]).split("\n")
    venv = str(installed["bin"].parent)
    assert where[0].startswith(venv), where
    assert where[1].startswith(venv) and where[1].endswith("rules"), where


def test_commands_run_outside_the_checkout(installed):
    work = installed["work"]
    assert not str(work).startswith(str(ROOT))
    shutil.copy2(ROOT / "corpus" / SEED, work / SEED)
    out = _zhengce(installed, "load", SEED, "--db", "plans.db")
    assert (work / "plans.db").exists(), out

    facts = json.loads(_zhengce(installed, "extract", SEED, "--json"))
    assert facts["tasks"] and facts["document"]["title"], list(facts)

    gold = work / "seed"
    shutil.copytree(ROOT / "corpus" / "gold", gold / "gold")
    for p in (ROOT / "corpus").glob("*.txt"):
        shutil.copy2(p, gold / p.name)
    report = _zhengce(installed, "eval", "--gold", str(gold / "gold"))
    shipped = _zhengce(installed, "eval")            # no --gold: the seed gold shipped in the wheel
    assert shipped.count("F1") == report.count("F1") > 0, shipped

    who = _zhengce(installed, "who", UNIT, "--db", "plans.db")    # output format: whatever the default is
    assert "市场" in who and "监管" in who, who[:500]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_a_canned_query(installed):
    work = installed["work"]
    shutil.copy2(ROOT / "corpus" / SEED, work / "serve.txt")
    _zhengce(installed, "load", "serve.txt", "--db", "serve.db")
    port = _free_port()
    log = (work / "serve.log").open("wb")
    proc = subprocess.Popen([str(installed["bin"] / "zhengce"), "serve", "--db", "serve.db", "--port", str(port)],
                            cwd=work, env=installed["env"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (work / "serve.log").read_text("utf-8", "replace")[-3000:]
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                assert time.monotonic() < deadline, "zhengce serve did not answer within 60 s"
                time.sleep(0.2)
        url = f"{base}/serve/who_owns.json?" + urllib.parse.urlencode({"unit": UNIT, "_shape": "objects"})
        with urllib.request.urlopen(url, timeout=30) as r:
            data = json.loads(r.read())
        assert data["rows"], data
        with urllib.request.urlopen(f"{base}/-/zhengce/show/serve.txt", timeout=30) as r:
            assert r.status == 200
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
