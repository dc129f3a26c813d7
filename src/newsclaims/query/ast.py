"""The query's syntax tree: frozen attrs nodes, exactly what was written.

Every node carries ``pos``, the ``(start, end)`` character offsets of its
source text, for error messages. ``pos`` is left out of equality, so a tree
equals the tree parsed from its printed form. Implicit quantifiers are not
resolved here: that is the type checker's job (:mod:`.typecheck`).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Union

import attrs
from attrs import field

from ..model import to_tuple

__all__ = [
    "And",
    "Bool",
    "COMPARISONS",
    "Compare",
    "Date",
    "Expr",
    "Has",
    "ListLit",
    "Literal",
    "Money",
    "Not",
    "Number",
    "Operand",
    "Or",
    "Path",
    "Percent",
    "Quantifier",
    "Range",
    "Regex",
    "String",
    "Valued",
    "walk",
]

# Comparison operators as written; "!=" is always the negation of "=".
COMPARISONS = ("=", "!=", "<", "<=", ">", ">=", "~", "in")
Pos = tuple[int, int] | None


def _pos() -> Pos:
    return field(default=None, eq=False, repr=False, kw_only=True)


@attrs.frozen
class String:
    value: str
    pos: Pos = _pos()


@attrs.frozen
class Number:
    value: Decimal
    pos: Pos = _pos()


@attrs.frozen
class Money:
    """An amount in a currency: ``$1.4T`` is ``Money(1400000000000, "USD")``."""

    value: Decimal
    currency: str
    pos: Pos = _pos()


@attrs.frozen
class Percent:
    """``5%`` (unit ``%``) or ``2pp`` (percentage points)."""

    value: Decimal
    unit: str = "%"
    pos: Pos = _pos()


@attrs.frozen
class Date:
    value: _dt.date
    pos: Pos = _pos()


@attrs.frozen
class Bool:
    value: bool
    pos: Pos = _pos()


@attrs.frozen
class Regex:
    """``/pattern/flags``; the pattern is RE2 syntax, the flags a subset of ``ims``."""

    pattern: str
    flags: str = ""
    pos: Pos = _pos()


Scalar = Union[Number, Money, Percent, Date]


@attrs.frozen
class Range:
    """``lo..hi``, both ends included."""

    lo: Scalar
    hi: Scalar
    pos: Pos = _pos()


Literal = Union[String, Number, Money, Percent, Date, Bool, Regex]
# What = and the order operators compare with: every literal but a regex, each keeping it in .value
Valued = Union[String, Number, Money, Percent, Date, Bool]


@attrs.frozen
class ListLit:
    items: tuple[Valued, ...] = field(converter=to_tuple)  # the grammar allows no regex here
    pos: Pos = _pos()


@attrs.frozen
class Path:
    """A dotted field path: ``metric.value``, ``claim.metrics``, or a bare ``value`` inside ``any(...)``."""

    parts: tuple[str, ...] = field(converter=to_tuple)
    pos: Pos = _pos()

    def __str__(self) -> str:
        return ".".join(self.parts)


# The right-hand side of a comparison; the grammar puts a list or range only after ``in``,
# and a regex only after ``~``.
Operand = Union[Literal, ListLit, Range]


@attrs.frozen
class Compare:
    path: Path
    op: str
    value: Operand
    pos: Pos = _pos()


@attrs.frozen
class Has:
    """``has(path)``: the field is set (a list: not empty; a relation: has an item)."""

    path: Path
    pos: Pos = _pos()


@attrs.frozen
class Quantifier:
    """``any(claim.metrics, body)`` or ``all(claim.metrics, body)``."""

    kind: str
    relation: Path
    body: "Expr"
    pos: Pos = _pos()


@attrs.frozen
class Not:
    operand: "Expr"
    pos: Pos = _pos()


@attrs.frozen
class And:
    """Two or more operands; ``a and (b and c)`` keeps its inner node."""

    operands: tuple["Expr", ...] = field(converter=to_tuple)
    pos: Pos = _pos()


@attrs.frozen
class Or:
    operands: tuple["Expr", ...] = field(converter=to_tuple)
    pos: Pos = _pos()


Expr = Union[Compare, Has, Quantifier, Not, And, Or]


def walk(node: object):
    """Every node of the tree, parents before children, without recursion."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (And, Or)):
            stack.extend(reversed(n.operands))
        elif isinstance(n, Not):
            stack.append(n.operand)
        elif isinstance(n, Quantifier):
            stack.extend((n.body, n.relation))
        elif isinstance(n, Compare):
            stack.extend((n.value, n.path))
        elif isinstance(n, Has):
            stack.append(n.path)
        elif isinstance(n, ListLit):
            stack.extend(reversed(n.items))
        elif isinstance(n, Range):
            stack.extend((n.hi, n.lo))
