"""Every CLI command is documented in the README, with an example."""
import re
from pathlib import Path

import pytest

from extract.face.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_in_readme(name):
    assert re.search(rf"`zhengce {name}\b[^`]*`", README), f"zhengce {name} is not in README.md"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_help_ends_with_an_example(name):
    help_text = cli.commands[name].help or ""
    assert "Example" in help_text, f"zhengce {name} --help has no example"


def test_readme_test_command_is_what_ci_runs():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    cmd = 'pip install -e ".[test]" && python -m pytest'
    assert cmd in README and cmd in ci
