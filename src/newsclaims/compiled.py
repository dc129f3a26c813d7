"""Which modules of this installation run compiled: the optional mypyc build (``docs/scale.md``).

``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .`` compiles every module of
:data:`COMPILED_PACKAGES` but the package ``__init__`` files and :data:`PYTHON_ONLY`, and the
:data:`COMPILED_MODULES`; a plain install runs
the same modules as Python. Output is the same either way (the test suite runs
on both builds); only the speed differs, so benchmarks print which build ran.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import pkgutil

__all__ = ["COMPILED_MODULES", "COMPILED_PACKAGES", "PYTHON_ONLY", "build_description", "compilable_modules", "compiled_modules"]

# The extraction work. They hold no @hookimpl: pluggy marks a hook implementation by setting
# an attribute on the function, which a compiled function cannot take (newsclaims.extractors
# binds the hooks instead).
COMPILED_PACKAGES = ("newsclaims.layout", "newsclaims.metrics", "newsclaims.text")
# Modules compiled besides those packages: the host's numbering and linking.
COMPILED_MODULES = ("newsclaims.pipeline",)
# Modules of those packages that stay Python. markers: mypyc reads an ``@attrs.frozen`` class
# whose fields have defaults as a native class with ``attrs.field(...)`` objects for defaults.
PYTHON_ONLY = frozenset({"newsclaims.layout.markers"})


def compilable_modules() -> list[str]:
    """The modules the compiled build compiles, by dotted name."""
    names = []
    for package in COMPILED_PACKAGES:
        path = importlib.import_module(package).__path__
        names += [
            f"{package}.{info.name}"
            for info in pkgutil.iter_modules(path)
            if not info.ispkg and not info.name.endswith("__mypyc")  # mypyc's runtime library
        ]
    return sorted([name for name in names if name not in PYTHON_ONLY] + list(COMPILED_MODULES))


def compiled_modules() -> list[str]:
    """Those of :func:`compilable_modules` loaded from an extension module rather than Python source."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [name for name in compilable_modules() if (importlib.import_module(name).__file__ or "").endswith(suffixes)]


def build_description() -> str:
    """``"pure Python"``, or how many of the compilable modules run compiled."""
    compiled, total = len(compiled_modules()), len(compilable_modules())
    return f"compiled with mypyc ({compiled} of {total} modules)" if compiled else "pure Python"
