"""A checked query read out in plain English, so a person can check it says what they meant.

``metric.value >= 500M and metric.unit = USD`` reads
"claims with a metric of at least 500 million whose unit is USD".
"""

from __future__ import annotations

from . import ast, ir
from .printer import format_number, literal_text, money_text, string_text

__all__ = ["explain", "literal_words"]

_SCALE_WORDS = {"k": " thousand", "M": " million", "B": " billion", "T": " trillion"}
# Labels that read better than the field's name.
_LABELS = {("article", "published"): "publication date"}
_VALUE_OPS = {"=": "of exactly", "!=": "other than", "<": "of less than", "<=": "of at most",
              ">": "of more than", ">=": "of at least"}
_OPS = {"=": "is", "!=": "is not", "<": "is less than", "<=": "is at most", ">": "is more than", ">=": "is at least"}


def explain(node: ir.Node) -> str:
    return "claims " + _describe(node)


def literal_words(value: object) -> str:
    if isinstance(value, ast.Number):
        return _number_words(value.value)
    if isinstance(value, ast.Money):
        return money_text(value, _number_words, "minus ")
    if isinstance(value, ast.Percent):
        number = format_number(value.value, scale=False)
        return f"{number}%" if value.unit == "%" else f"{number} percentage points"
    if isinstance(value, ast.String):
        return string_text(value.value)
    if isinstance(value, ast.Regex):
        return f"the regex {literal_text(value)}"
    return literal_text(value)


def _number_words(value) -> str:
    text = format_number(value)
    for suffix, word in _SCALE_WORDS.items():
        if text.endswith(suffix):
            return text[: -len(suffix)] + word
    return text


def _one_of(words: list[str], last: str = "or") -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {last} " + words[-1]


def _is_value_field(node: ir.Node) -> bool:
    return isinstance(node, ir.Cmp) and node.ref.slot >= 2 and node.ref.field.type == "quantity" and node.op != "~"


def _describe(node: ir.Node) -> str:
    if isinstance(node, ir.And):
        parts = list(node.operands)
        values = [p for p in parts if _is_value_field(p)]
        rest = [p for p in parts if not _is_value_field(p)]
        head = " and ".join(_describe(p) for p in values)
        tail = " and ".join(_describe(p) for p in rest)
        return " ".join(x for x in (head, tail) if x)
    if isinstance(node, ir.Or):
        return "either " + ", or ".join(_describe(p) for p in node.operands)
    if isinstance(node, ir.Not):
        inner = node.operand
        if isinstance(inner, ir.Cmp) and inner.op in ("=", "!="):
            return _describe(ir.Cmp(inner.ref, "!=" if inner.op == "=" else "=", inner.value))
        if isinstance(inner, ir.Quant) and inner.kind == "any":
            return f"with no {inner.owner.name}" + (f" {_describe(inner.body)}" if inner.body is not None else "")
        return f"that are not ({_describe(inner)})"
    if isinstance(node, ir.Quant):
        owner = node.owner
        if node.body is None:
            return f"with at least one {owner.name}"
        if node.kind == "all":
            return f"all of whose {owner.collection} are ones {_describe(node.body)} (true when there are none)"
        return f"with {owner.phrase()} {_describe(node.body)}"
    if isinstance(node, ir.HasValue):
        label = _label(node.ref.field)
        if node.ref.slot == ir.ARTICLE:
            return f"whose article has {_a(label)}"
        return f"that have {_a(label)}" if node.ref.slot == ir.CLAIM else f"with {_a(label)}"
    return _comparison(node)


def _label(field) -> str:
    return _LABELS.get((field.owner, field.name), field.label)


def _a(label: str) -> str:
    return ("an " if label[0] in "aeiou" else "a ") + label if not label.endswith("s") else label


def _whose(ref: ir.FieldRef) -> str:
    label = _label(ref.field)
    return f"whose article's {label}" if ref.slot == ir.ARTICLE else f"whose {label}"


def _comparison(node: ir.Cmp) -> str:
    ref, op, value = node.ref, node.op, node.value
    is_list = ref.field.type == "list"
    if _is_value_field(node):
        if isinstance(value, ast.Range):  # after in, as a list is
            return f"of between {literal_words(value.lo)} and {literal_words(value.hi)}"
        if isinstance(value, ast.ListLit):
            return "of " + _one_of([literal_words(x) for x in value.items])  # "of $1B or 5%"
        return f"{_VALUE_OPS[op]} {literal_words(value)}"
    subject = _whose(ref)
    if op == "~":
        verb = "include one that" if is_list else ""
        if isinstance(value, ast.Regex):
            how = f"matches {literal_words(value)}"
        else:
            how = f"contains {literal_words(value)} (in any case)"
        return f"{subject} {verb + ' ' if verb else ''}{how}"
    if isinstance(value, ast.Range):
        return f"{subject} is between {literal_words(value.lo)} and {literal_words(value.hi)}"
    if isinstance(value, ast.ListLit):
        words = "(" + ", ".join(literal_words(x) for x in value.items) + ")"
        return f"{subject} include one of {words}" if is_list else f"{subject} is one of {words}"
    if is_list:
        return f"{subject} {'include' if op == '=' else 'do not include'} {literal_words(value)}"
    return f"{subject} {_OPS[op]} {literal_words(value)}"
