"""The tutorial in docs/plugins.md works: its plugin builds, installs, is picked up and passes its own tests.

The plugin's files are the code blocks of the tutorial marked
``<!-- file: PATH -->``, so the test and the guide cannot drift apart. The
plugin is installed into a temporary folder (``pip install --target``) and
used from subprocesses that put that folder on ``PYTHONPATH``: the test
environment itself is never changed, and the folder is removed afterwards.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "plugins.md"
FILE_BLOCK = re.compile(r"<!-- file: (?P<path>[^ ]+) -->\n```[a-z]*\n(?P<body>.*?)\n```", re.S)
PACKAGE = "newsclaims-pressrelease"
STYLE = "press-release"
TIMEOUT = 120


def tutorial_files() -> dict[str, str]:
    return {m["path"]: m["body"] + "\n" for m in FILE_BLOCK.finditer(GUIDE.read_text(encoding="utf-8"))}


def run(args: list[str], site: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])))
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)


def pip_install(plugin: Path, site: Path) -> subprocess.CompletedProcess:
    """Build and install the plugin into ``site``; offline when the build backend is at hand."""
    args = ["-m", "pip", "install", "--quiet", "--no-deps", "--no-cache-dir", "--target", str(site)]
    if importlib.util.find_spec("hatchling") is not None:
        args += ["--no-build-isolation", "--no-index"]
    return run([*args, str(plugin)], site, plugin.parent)


@pytest.fixture(scope="module")
def installed():
    """The tutorial's plugin written out and installed: (folder holding it, site folder)."""
    files = tutorial_files()
    with tempfile.TemporaryDirectory(prefix="newsclaims-tutorial-") as tmp:
        root = Path(tmp)
        for path, body in files.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
        site = root / "site"
        done = pip_install(root / PACKAGE, site)
        assert done.returncode == 0, f"pip install failed:\n{done.stdout}\n{done.stderr}"
        yield root, site


def test_the_guide_holds_a_whole_plugin():
    files = tutorial_files()
    assert {f"{PACKAGE}/pyproject.toml", f"{PACKAGE}/tests/sample.txt"} <= set(files)
    assert any(p.endswith("__init__.py") for p in files) and any("/tests/test_" in p for p in files)
    assert "[project.entry-points.newsclaims]" in files[f"{PACKAGE}/pyproject.toml"]


def test_newsclaims_lists_the_installed_style(installed):
    root, site = installed
    done = run(["-m", "newsclaims", "styles"], site, root)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split()[1:3] for line in done.stdout.splitlines() if line.strip()}
    assert rows[STYLE] == [PACKAGE, "0.1.0"]
    assert rows["generic"][0] == "newsclaims"


def test_newsclaims_detects_the_style_and_reads_its_layout(installed):
    root, site = installed
    sample = root / PACKAGE / "tests" / "sample.txt"
    done = run(["-m", "newsclaims", "extract", "--format", "json", str(sample)], site, root)
    assert done.returncode == 0, done.stderr
    (article,) = json.loads(done.stdout)
    assert article["style"] == STYLE
    assert (article["source"], article["published"]) == ("PRNewswire", "2025-03-03")
    text = article["text"]
    body = text[article["body"][0]["start"] : article["body"][-1]["end"]]
    assert body.startswith("Northwind Robotics said") and "About Northwind" not in body


def test_the_plugins_own_tests_pass_with_the_library_helpers(installed):
    root, site = installed
    tests = root / PACKAGE / "tests"
    done = run(["-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)], site, tests)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"\b\d+ passed\b", done.stdout), done.stdout
