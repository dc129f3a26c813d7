"""Errors that point at the place: the message, the query line, a caret under the column."""

from __future__ import annotations

import unicodedata

__all__ = ["QueryError", "QuerySyntaxError", "QueryTypeError", "caret_block"]

# A long query line is shown as a window around the error.
_WINDOW = 72


class QueryError(ValueError):
    """A query that cannot run; ``str()`` is the message, the query line, a caret under the place,
    and what was expected there.

    ``start``/``end`` are character offsets into ``query``; ``expected``
    names what would have been accepted there, when that is known.
    """

    kind = "query error"

    def __init__(self, message: str, query: str, start: int, end: int | None = None, expected: tuple[str, ...] = ()):
        self.message = message
        self.query = query
        self.start = max(0, min(start, len(query)))
        self.end = max(self.start + 1, end if end is not None else self.start + 1)
        self.expected = tuple(expected)
        super().__init__(message)

    @property
    def line(self) -> int:
        return self.query.count("\n", 0, self.start) + 1

    @property
    def column(self) -> int:
        return self.start - (self.query.rfind("\n", 0, self.start) + 1) + 1

    def __str__(self) -> str:
        text = f"{self.kind} at {self.line}:{self.column}: {self.message}\n" + caret_block(self.query, self.start, self.end)
        if self.expected:
            text += "\n  expected " + _one_of(self.expected)
        return text


class QuerySyntaxError(QueryError):
    kind = "syntax error"


class QueryTypeError(QueryError):
    kind = "type error"


def _one_of(items: tuple[str, ...]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " or " + items[-1]


def _width(ch: str) -> int:
    if ch == "\t" or unicodedata.category(ch)[0] == "C":
        return 1
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _shown(ch: str) -> str:
    return " " if ch == "\t" or unicodedata.category(ch)[0] == "C" else ch


def caret_block(query: str, start: int, end: int) -> str:
    """Two indented lines: the query line holding ``start`` and ``^~~~`` under ``start:end``."""
    line_start = query.rfind("\n", 0, start) + 1
    line_end = query.find("\n", start)
    if line_end == -1:
        line_end = len(query)
    end = max(start + 1, min(end, line_end))
    lo, hi = line_start, line_end
    prefix = suffix = ""
    if hi - lo > 2 * _WINDOW:
        lo = max(line_start, start - _WINDOW // 2)
        hi = min(line_end, max(end, start + 1) + _WINDOW // 2)
        prefix = "..." if lo > line_start else ""
        suffix = "..." if hi < line_end else ""
        end = min(end, hi)
    text = "".join(_shown(c) for c in query[lo:hi])
    pad = len(prefix) + sum(_width(c) for c in query[lo:start])
    under = max(1, sum(_width(c) for c in query[start:end]))
    return f"  {prefix}{text}{suffix}\n  {' ' * pad}^{'~' * (under - 1)}"
