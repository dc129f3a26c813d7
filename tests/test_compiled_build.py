"""The optional compiled build: what it compiles, what must stay Python, and that CI's compiled run is one.

CI runs the whole suite twice: on the README's editable install (pure Python) and on
``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .`` with ``NEWSCLAIMS_EXPECT_COMPILED=1``,
so a build that silently fell back to Python fails there instead of passing as compiled.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import os
import tomllib
from pathlib import Path

import pytest

from newsclaims.compiled import COMPILED_MODULES, COMPILED_PACKAGES, PYTHON_ONLY, build_description, compilable_modules, compiled_modules

ROOT = Path(__file__).resolve().parent.parent


def _hook_config() -> dict:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]


def test_the_build_hook_compiles_exactly_the_compiled_packages():
    config = _hook_config()
    assert config["enable-by-default"] is False  # a plain install needs no compiler
    assert sorted(config["include"]) == sorted(
        ["/src/" + package.replace(".", "/") for package in COMPILED_PACKAGES]
        + ["/src/" + module.replace(".", "/") + ".py" for module in COMPILED_MODULES]
    )
    assert sorted(config["exclude"]) == sorted(
        ["__init__.py"] + ["/src/" + name.replace(".", "/") + ".py" for name in PYTHON_ONLY]
    )


def test_compilable_modules_hold_no_hook_implementation():
    # pluggy marks a hook implementation with an attribute, which a compiled function cannot
    # take: such a module would import, then fail to register.
    offenders = []
    for name in compilable_modules():
        source = Path(importlib.util.find_spec(name).origin)
        source = source.with_name(source.name.split(".")[0] + ".py")
        tree = ast.parse(source.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Name) and node.id == "hookimpl" for node in ast.walk(tree)):
            offenders.append(name)
    assert offenders == []


def test_every_built_in_extractor_is_registered_from_a_python_module():
    from newsclaims.plugins import DEFAULT_PLUGINS

    assert not set(DEFAULT_PLUGINS) & set(compilable_modules())
    assert len(compilable_modules()) > 20  # the packages were found at all


@pytest.mark.skipif(not os.environ.get("NEWSCLAIMS_EXPECT_COMPILED"), reason="only in CI's compiled run")
def test_the_compiled_run_runs_compiled_code():
    assert compiled_modules() == compilable_modules(), build_description()
