"""Building the plugin manager, and the table of installed styles.

Nothing is loaded at import time: :func:`get_plugin_manager` builds a fresh
manager, registering the built-in plugins exactly as external ones and then
the entry points of the ``newsclaims`` group.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .document import StyleInfo

__all__ = ["DEFAULT_PLUGINS", "PluginConflict", "StyleEntry", "StyleTable", "get_plugin_manager"]

# Order matters only where the hooks say so (the first of equal metric spans wins).
DEFAULT_PLUGINS = (
    "newsclaims.styles.generic",
    "newsclaims.extractors.entities",
    "newsclaims.extractors.metrics",
    "newsclaims.extractors.quotes",
    "newsclaims.extractors.claims",
    "newsclaims.corroborate.plugin",
)

ENTRY_POINT_GROUP = "newsclaims"


class PluginConflict(Exception):
    """Two plugins disagree in a way the host cannot settle (the same style name, say)."""


def get_plugin_manager(
    *, builtins: bool = True, entry_points: bool = True, plugins: Iterable[Any] = ()
) -> pluggy.PluginManager:
    """A new plugin manager with the built-ins, the installed plugins and ``plugins`` registered.

    ``builtins=False, entry_points=False`` with explicit ``plugins`` gives a
    pipeline that runs only those, which is what plugin tests want.
    """
    pm = pluggy.PluginManager("newsclaims")
    pm.add_hookspecs(hookspecs)
    if builtins:
        for name in DEFAULT_PLUGINS:
            pm.register(importlib.import_module(name), name=name)
    if entry_points:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    for plugin in plugins:
        pm.register(plugin)
    pm.check_pending()
    return pm


@attrs.frozen
class StyleEntry:
    """A style, the plugin that reads it and the package that ships that plugin."""

    info: StyleInfo
    plugin: Any = attrs.field(eq=False, repr=False)
    package: str
    version: str

    @property
    def name(self) -> str:
        return self.info.name


def _package_of(pm: pluggy.PluginManager) -> dict[int, tuple[str, str]]:
    """Plugin object id -> (distribution name, version); built-ins belong to newsclaims itself."""
    from . import __version__

    out: dict[int, tuple[str, str]] = {}
    for plugin, dist in pm.list_plugin_distinfo():
        out[id(plugin)] = (dist.project_name, dist.version)
    for name in DEFAULT_PLUGINS:
        plugin = pm.get_plugin(name)
        if plugin is not None:
            out.setdefault(id(plugin), ("newsclaims", __version__))
    return out


def _plugin_label(plugin: Any) -> str:
    return getattr(plugin, "__name__", None) or type(plugin).__name__


class StyleTable:
    """The installed styles by name, each bound to the one plugin that reads it."""

    def __init__(self, pm: pluggy.PluginManager):
        self.pm = pm
        packages = _package_of(pm)
        self.entries: dict[str, StyleEntry] = {}
        for impl in pm.hook.register_styles.get_hookimpls():
            plugin = impl.plugin
            package, version = packages.get(id(plugin), (_plugin_label(plugin), "unknown"))
            # a plugin's answer is unchecked: anything not a list of StyleInfo is a named error, not a TypeError
            infos = impl.function() or ()
            if not isinstance(infos, Iterable):
                raise PluginConflict(
                    f"plugin {_plugin_label(plugin)} ({package}) returned {infos!r} from register_styles, not an iterable of StyleInfo"
                )
            for info in infos:
                if not isinstance(info, StyleInfo):
                    raise PluginConflict(
                        f"plugin {_plugin_label(plugin)} ({package}) returned {info!r} from register_styles, not a StyleInfo"
                    )
                if info.name in self.entries:
                    other = self.entries[info.name]
                    raise PluginConflict(
                        f"style {info.name!r} is claimed by two packages: "
                        f"{other.package} ({_plugin_label(other.plugin)}) and {package} ({_plugin_label(plugin)})"
                    )
                self.entries[info.name] = StyleEntry(info, plugin, package, version)
        self._callers: dict[tuple[str, str], Any] = {}

    def names(self) -> list[str]:
        return sorted(self.entries)

    def get(self, name: str) -> StyleEntry:
        try:
            return self.entries[name]
        except KeyError:
            raise KeyError(
                f"unknown style {name!r}; installed styles: {', '.join(self.names()) or 'none'}"
            ) from None

    def call(self, hook: str, style: str, **kwargs: Any) -> Any:
        """Call the first-result ``hook`` on the plugin that owns ``style`` only."""
        key = (hook, style)
        caller = self._callers.get(key)
        if caller is None:
            caller = self._callers[key] = self._owner_caller(hook, self.get(style).plugin)
        return caller(style=style, **kwargs)

    def _owner_caller(self, hook: str, owner: Any) -> Any:
        impls = [i for i in getattr(self.pm.hook, hook).get_hookimpls() if i.plugin is owner]
        if any(i.hookwrapper or i.wrapper for i in impls):
            others = [p for p in self.pm.get_plugins() if p is not owner]
            return self.pm.subset_hook_caller(hook, remove_plugins=others)
        # Plain implementations are called directly, last registered first as pluggy does:
        # its caller costs more than most style scorers, and scoring runs for every style
        # on every article.
        calls = [(i.function, tuple(i.argnames)) for i in reversed(impls)]

        def call(**kwargs: Any) -> Any:
            for function, argnames in calls:
                result = function(*[kwargs[name] for name in argnames])
                if result is not None:
                    return result
            return None

        return call

    def scores(self, text: str) -> dict[str, float]:
        """Every style's score for ``text``, clamped to ``[0, 1]``."""
        out = {}
        for name in self.names():
            score = self.call("score_style", name, text=text)
            out[name] = min(1.0, max(0.0, float(score or 0.0)))
        return out
