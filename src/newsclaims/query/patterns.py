"""Text matching for ``~``: one RE2 pattern per literal, the same in both engines.

RE2 runs in time linear in the text whatever the pattern (no backtracking),
and DuckDB's ``regexp_matches`` is RE2 too, so the Python engine (through
google-re2) and the SQL engine accept the same patterns and agree on every
match, case folding included. ``~ "words"`` is a case-insensitive substring
test, written as a quoted RE2 literal.
"""

from __future__ import annotations

import functools

from . import ast
__all__ = ["PatternError", "compile_pattern", "pattern_source"]

# RE2 refuses patterns whose compiled program would need more memory than this;
# the type checker also caps a /regex/ literal's length (literals.MAX_PATTERN_CHARS).
_MAX_MEM = 8 << 20


class PatternError(ValueError):
    """The pattern is not valid RE2 or is too big; the message says why."""


def pattern_source(value: ast.Operand) -> str:
    """The RE2 source that both engines run for the right-hand side of ``~``."""
    if isinstance(value, ast.String):
        return "(?i)" + _quote(value.value)
    if isinstance(value, ast.Regex):
        return (f"(?{value.flags})" if value.flags else "") + value.pattern
    # the grammar puts only text or a /regex/ after ~
    raise TypeError(f"~ matches text or a /regex/, not {type(value).__name__}")


def _quote(text: str) -> str:
    r"""``\Q...\E`` quoting; a ``\E`` inside the text is closed, written as ``\\E``, and reopened."""
    return "\\Q" + text.replace("\\E", "\\E\\\\E\\Q") + "\\E"


def _re2():
    try:
        import re2  # type: ignore[import-untyped]  # google-re2 ships no type information
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ImportError("regex matching needs google-re2: pip install google-re2") from exc
    return re2


@functools.lru_cache(maxsize=256)
def compile_pattern(source: str):
    """A compiled RE2 pattern; :class:`PatternError` for invalid or oversized ones."""
    re2 = _re2()
    options = re2.Options()
    options.log_errors = False
    options.max_mem = _MAX_MEM
    try:
        return re2.compile(source, options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise PatternError(str(detail)) from None
