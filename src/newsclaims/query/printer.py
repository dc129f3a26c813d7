"""Syntax tree -> canonical query text; ``parse(to_text(tree)) == tree`` for every tree.

Canonical means: single spaces around operators, lower-case keywords,
strings bare when they are plain words and in double quotes otherwise,
numbers with the largest exact scale suffix (``500M``, ``1.4T``), amounts
with their symbol where it is unambiguous (``$1T``, ``€5M``, else ``5B CNY``),
and parentheses only where precedence needs them.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Callable

from . import ast
from .literals import KEYWORDS, PRINT_SCALES, SYMBOL_OF

__all__ = ["format_number", "to_text"]

_BARE_WORD = re.compile(r"(?!\d)\w+\Z")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def to_text(node: object) -> str:
    """The canonical text of any node: an expression, a path or a literal."""
    if isinstance(node, (ast.And, ast.Or)):
        word = " and " if isinstance(node, ast.And) else " or "
        return word.join(_operand(op, node) for op in node.operands)
    if isinstance(node, ast.Not):
        inner = node.operand
        text = to_text(inner)
        return "not " + (f"({text})" if isinstance(inner, (ast.And, ast.Or)) else text)
    if isinstance(node, ast.Compare):
        return f"{to_text(node.path)} {node.op} {to_text(node.value)}"
    if isinstance(node, ast.Has):
        return f"has({to_text(node.path)})"
    if isinstance(node, ast.Quantifier):
        return f"{node.kind}({to_text(node.relation)}, {to_text(node.body)})"
    if isinstance(node, ast.Path):
        return ".".join(node.parts)
    return literal_text(node)


def _operand(op: object, parent: object) -> str:
    """And inside Or binds tighter and needs no parentheses; everything else of that kind does."""
    text = to_text(op)
    needs = isinstance(op, (ast.And, ast.Or)) and not (isinstance(op, ast.And) and isinstance(parent, ast.Or))
    return f"({text})" if needs else text


def money_text(money: ast.Money, number: Callable[[Decimal], str], minus: str) -> str:
    """``$500B``, ``-HKD 2B``: the symbol where the currency has one, else the code after."""
    amount = number(abs(money.value))
    sign = minus if money.value < 0 else ""
    symbol = SYMBOL_OF.get(money.currency)
    return f"{sign}{symbol}{amount}" if symbol else f"{sign}{amount} {money.currency}"


def literal_text(node: object) -> str:
    if isinstance(node, ast.String):
        return string_text(node.value)
    if isinstance(node, ast.Number):
        return format_number(node.value)
    if isinstance(node, ast.Money):
        return money_text(node, format_number, "-")
    if isinstance(node, ast.Percent):
        return f"{format_number(node.value, scale=False)}{node.unit}"
    if isinstance(node, ast.Date):
        return node.value.isoformat()
    if isinstance(node, ast.Bool):
        return "true" if node.value else "false"
    if isinstance(node, ast.Regex):
        return f"/{_regex_body(node.pattern)}/{node.flags}"
    if isinstance(node, ast.Range):
        return f"{literal_text(node.lo)}..{literal_text(node.hi)}"
    if isinstance(node, ast.ListLit):
        return "(" + ", ".join(literal_text(x) for x in node.items) + ")"
    raise TypeError(f"not a query node: {node!r}")


def string_text(value: str) -> str:
    if _BARE_WORD.match(value) and value.lower() not in KEYWORDS:
        return value
    return '"' + "".join(_escape(c) for c in value) + '"'


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
        return f"\\u{ord(ch):04x}"
    return ch


def _regex_body(pattern: str) -> str:
    out = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append("\\/" if pattern[i] == "/" else pattern[i])
        i += 1
    return "".join(out)


def _plain(value: Decimal) -> str:
    """Positional notation without trailing zeros: ``1400000000000``, ``22.5``, ``-0.25``."""
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


def format_number(value: Decimal, scale: bool = True) -> str:
    """``500M``, ``1.4T``, ``2.5k``, ``1234567``: a suffix when it leaves 1 to 999 with at most three decimals."""
    if scale:
        for power, suffix in PRINT_SCALES:
            scaled = value.scaleb(-power)
            fits = 1 <= abs(scaled) and (abs(scaled) < 1000 or power == PRINT_SCALES[0][0])
            if fits and scaled == scaled.quantize(Decimal("0.001")):
                return _plain(scaled) + suffix
    return _plain(value)
