"""The plugin host: built-ins and entry points, style conflicts, the styles command, the hook reference.

Installed plugins are simulated by distributions written into a temporary
folder on ``sys.path`` (a ``.dist-info`` with ``entry_points.txt`` beside a
module), which is what ``pip install`` leaves behind, so entry-point
loading is exercised for real without touching the environment.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import textwrap
import types
from pathlib import Path

import pluggy
import pytest

from newsclaims import Pipeline, PluginConflict, hookimpl
from newsclaims.cli import main
from newsclaims.pipeline import default_pipeline
from newsclaims.plugins import DEFAULT_PLUGINS, StyleTable, get_plugin_manager
from newsclaims.testing import make_pipeline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_7fb46f965b5884ba.txt"

PLUGIN_SOURCE = """
from newsclaims import StyleInfo, hookimpl

@hookimpl
def register_styles():
    return [StyleInfo({style!r}, "a style made up for a test")]

@hookimpl
def score_style(style, text):
    return 0.9 if {marker!r} in text else 0.0
"""


@pytest.fixture
def install(tmp_path, monkeypatch):
    """``install(dist, version, style, marker)`` puts a fake installed plugin distribution on sys.path."""
    modules = []
    monkeypatch.syspath_prepend(str(tmp_path))
    default_pipeline.cache_clear()

    def _install(dist: str, version: str, style: str, marker: str = "@@never@@") -> str:
        module = dist.replace("-", "_") + "_plugin"
        (tmp_path / f"{module}.py").write_text(PLUGIN_SOURCE.format(style=style, marker=marker), encoding="utf-8")
        info = tmp_path / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8")
        (info / "entry_points.txt").write_text(f"[newsclaims]\n{module} = {module}\n", encoding="utf-8")
        modules.append(module)
        importlib.invalidate_caches()
        return module

    yield _install
    for module in modules:
        sys.modules.pop(module, None)
    default_pipeline.cache_clear()


def test_builtins_are_registered_like_external_plugins():
    pm = get_plugin_manager(entry_points=False)
    for name in DEFAULT_PLUGINS:
        assert pm.get_plugin(name) is importlib.import_module(name)
    generic = StyleTable(pm).get("generic")
    assert generic.package == "newsclaims"
    assert generic.plugin is importlib.import_module("newsclaims.styles.generic")


def test_entry_points_are_loaded_with_their_package_and_version(install):
    install("newsclaims-madeup", "2.5", "madeup", marker="MADE-UP LAYOUT")
    pipeline = Pipeline(get_plugin_manager())
    entry = pipeline.styles.get("madeup")
    assert (entry.package, entry.version) == ("newsclaims-madeup", "2.5")
    assert pipeline.extract("MADE-UP LAYOUT\nSome text.").style == "madeup"
    assert pipeline.extract("Some text.").style == "generic"
    assert pipeline.extract("MADE-UP LAYOUT\nSome text.", style="generic").style == "generic"


def test_entry_points_can_be_left_out(install):
    install("newsclaims-madeup", "2.5", "madeup")
    assert "madeup" not in Pipeline(get_plugin_manager(entry_points=False)).styles.names()


def test_two_packages_claiming_one_style_name_is_an_error_naming_both(install):
    install("newsclaims-alpha", "1.0", "twin")
    install("newsclaims-beta", "1.0", "twin")
    with pytest.raises(PluginConflict) as caught:
        Pipeline(get_plugin_manager())
    message = str(caught.value)
    assert "'twin'" in message and "newsclaims-alpha" in message and "newsclaims-beta" in message


def test_a_plugin_claiming_the_generic_style_is_an_error():
    twin = types.SimpleNamespace(register_styles=hookimpl(lambda: [__import__("newsclaims").StyleInfo("generic")]))
    with pytest.raises(PluginConflict, match="generic"):
        make_pipeline(twin)


def test_a_plugin_returning_one_style_not_a_list_is_named():
    # a bare StyleInfo used to escape as "TypeError: 'StyleInfo' object is not iterable"
    single = types.SimpleNamespace(register_styles=hookimpl(lambda: __import__("newsclaims").StyleInfo("single")))
    with pytest.raises(PluginConflict, match="not an iterable of StyleInfo"):
        make_pipeline(single)


def test_a_misspelled_hook_fails_loudly():
    class Misspelled:
        @hookimpl
        def read_layuot(self, style, text):  # the typo is the point
            return None

    with pytest.raises(pluggy.PluginValidationError, match="read_layuot"):
        get_plugin_manager(entry_points=False, plugins=[Misspelled()])


def test_styles_command_shows_each_style_with_package_and_version(install, capsys):
    install("newsclaims-madeup", "2.5", "madeup")
    assert main(["styles"]) == 0
    rows = {line.split()[0]: line.split()[1:3] for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert rows["madeup"] == ["newsclaims-madeup", "2.5"]
    assert rows["generic"][0] == "newsclaims"
    for name, (package, version) in rows.items():
        assert package and version and version != "unknown", f"{name}: {package} {version}"


def test_an_unknown_forced_style_is_an_error_listing_the_installed_ones(capsys):
    default_pipeline.cache_clear()
    assert main(["extract", "--style", "no-such-style", str(SEED)]) == 2
    err = capsys.readouterr().err
    assert "no-such-style" in err
    assert all(name in err for name in default_pipeline().styles.names())
    with pytest.raises(KeyError, match="installed styles: .*generic"):
        default_pipeline().extract("Some text.", style="no-such-style")


# -- the hook reference in docs/plugins.md is generated from the hook specs' docstrings --


def _reference_generator():
    spec = importlib.util.spec_from_file_location("gen_hook_reference", ROOT / "docs" / "gen_hook_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_hook_reference_is_in_step_with_the_hookspecs():
    gen = _reference_generator()
    assert gen.current() == gen.render(), "docs/plugins.md is stale: run python docs/gen_hook_reference.py"


def test_every_hook_is_documented_with_an_example():
    gen = _reference_generator()
    names = [name for name, _, _ in gen.hookspecs()]
    assert names, "no hook specs found"
    assert sorted(gen.EXAMPLES) == sorted(names), "every hook needs exactly one example in docs/gen_hook_reference.py"


@pytest.mark.parametrize("hook", sorted(_reference_generator().EXAMPLES))
def test_each_hook_example_is_a_working_plugin(hook):
    gen = _reference_generator()
    module = types.ModuleType(f"example_{hook}")
    exec(compile(textwrap.dedent(gen.EXAMPLES[hook]), f"<example {hook}>", "exec"), module.__dict__)
    function = getattr(module, hook)
    assert hasattr(function, "newsclaims_impl"), f"the example's {hook} is not marked @hookimpl"
    pipeline = make_pipeline(module)
    article = pipeline.extract(
        "FOR IMMEDIATE RELEASE\nShares of Acme (NYSE: ACME) rose 25 basis points, the company said.\n###\n"
    )
    assert article.text.startswith("FOR IMMEDIATE RELEASE")


def test_styles_command_explains_the_scores_of_files(install, tmp_path, capsys):
    install("newsclaims-madeup", "2.5", "madeup", marker="MADE-UP LAYOUT")
    article = tmp_path / "article.txt"
    article.write_text("MADE-UP LAYOUT\nSome text.\n", encoding="utf-8")
    assert main(["styles", str(article), str(tmp_path / "missing.txt")]) == 1
    out, err = capsys.readouterr()
    assert f"{article}: madeup  (madeup 0.90, generic 0.10" in out
    assert "missing.txt" in err
