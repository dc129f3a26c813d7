"""The README's two opening commands are the ones CI and users run."""

import re

from .conftest import ROOT


def readme_commands():
    block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_the_install_and_run_and_the_test_commands():
    run, test = readme_commands()[:2]
    assert "newsclaims extract seeds/ --format table" in run and "pip install" in run
    assert "pytest" in test and "pip install" in test


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()
