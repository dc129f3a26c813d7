"""Syntax tree + schema -> checked query (:mod:`.ir`), before any claim is read.

Paths are resolved against the schema ("did you mean ..." for unknown
ones), each comparison is checked against its field's type, regexes are
compiled, and implicit quantifiers are made explicit.

The quantifier rule: a path such as ``metric.value`` outside any ``any`` or
``all`` over metrics means "some metric of the claim". The implicit
``any(claim.metrics, ...)`` wraps the largest subexpression whose conditions
all name ``metric.`` fields, and the ``metric.`` conditions joined by one
``and``/``or`` share one metric: ``metric.value >= 500M and metric.unit = USD``
asks for one metric with both. A condition on the claim, the article or
another annotation type is never drawn inside, so ``metric.value > 5 or
claim.source = X`` keeps its ``or`` outside the quantifier.
"""

from __future__ import annotations

import difflib
from typing import Iterable

import attrs

from . import ast, ir
from .errors import QueryTypeError
from .literals import MAX_PATTERN_CHARS
from .patterns import PatternError, compile_pattern, pattern_source
from .printer import literal_text
from .schema import ORDERED, Field, Owner, Schema

__all__ = ["check"]

_BOUND = ""  # the subject of a condition on something already bound (the claim, the article, an any() item)


@attrs.frozen
class _Scope:
    """Which slot each owner is bound to, and the innermost quantified item (for bare field names)."""

    bound: tuple[tuple[str, int], ...] = (("article", ir.ARTICLE), ("claim", ir.CLAIM))
    innermost: tuple[str, int] | None = None

    def slot_of(self, owner: str) -> int | None:
        for name, slot in reversed(self.bound):
            if name == owner:
                return slot
        return None

    def next_slot(self) -> int:
        return len(self.bound)

    def bind(self, owner: str) -> tuple["_Scope", int]:
        slot = self.next_slot()
        return _Scope(self.bound + ((owner, slot),), (owner, slot)), slot


def check(tree: ast.Expr, schema: Schema, text: str) -> ir.Node:
    """The checked, explicit form of ``tree``; :class:`QueryTypeError` points at the first problem."""
    return _Checker(schema, text).resolve(tree, _Scope())


class _Checker:
    def __init__(self, schema: Schema, text: str):
        self.schema = schema
        self.text = text

    def error(self, message: str, node: object, expected: Iterable[str] = ()) -> QueryTypeError:
        pos = getattr(node, "pos", None) or (0, len(self.text))
        return QueryTypeError(message, self.text, pos[0], pos[1], expected=tuple(expected))

    # --- quantifiers ---------------------------------------------------------------

    def subjects(self, node: ast.Expr, scope: _Scope) -> frozenset[str]:
        """The unbound many-owners its conditions name, and _BOUND for conditions on bound things."""
        if isinstance(node, (ast.And, ast.Or)):
            return frozenset().union(*(self.subjects(x, scope) for x in node.operands))
        if isinstance(node, ast.Not):
            return self.subjects(node.operand, scope)
        if isinstance(node, ast.Quantifier):
            inner, _slot = scope.bind(self.relation(node.relation).name)
            return self.subjects(node.body, inner) - {_BOUND} | {_BOUND}
        path = node.path
        if isinstance(node, ast.Has) and self.relation_or_none(path) is not None:
            return frozenset({_BOUND})
        owner = self.schema.owner(path.parts[0])
        if owner is not None and owner.many and scope.slot_of(owner.name) is None:
            return frozenset({owner.name})
        return frozenset({_BOUND})

    def resolve(self, node: ast.Expr, scope: _Scope) -> ir.Node:
        subjects = self.subjects(node, scope)
        if len(subjects) == 1 and _BOUND not in subjects:
            return self.implicit(next(iter(subjects)), [node], ir.And, scope)
        if isinstance(node, (ast.And, ast.Or)):
            combine = ir.And if isinstance(node, ast.And) else ir.Or
            groups: dict[str, list[ast.Expr]] = {}
            order: list[str | ast.Expr] = []
            for child in node.operands:
                found = self.subjects(child, scope)
                if len(found) == 1 and _BOUND not in found:
                    name = next(iter(found))
                    if name not in groups:
                        groups[name] = []
                        order.append(name)
                    groups[name].append(child)
                else:
                    order.append(child)
            out = tuple(
                self.implicit(x, groups[x], combine, scope) if isinstance(x, str) else self.resolve(x, scope)
                for x in order
            )
            return out[0] if len(out) == 1 else combine(out)
        if isinstance(node, ast.Not):
            return ir.Not(self.resolve(node.operand, scope))
        if isinstance(node, ast.Quantifier):
            owner = self.relation(node.relation)
            inner, slot = scope.bind(owner.name)
            return ir.Quant(node.kind, owner, slot, self.resolve(node.body, inner))
        if isinstance(node, ast.Has):
            return self.has(node, scope)
        return self.compare(node, scope)

    def implicit(self, owner_name: str, nodes: list[ast.Expr], combine: type, scope: _Scope) -> ir.Quant:
        owner = self.schema.owners[owner_name]
        inner, slot = scope.bind(owner_name)
        body = [self.resolve(n, inner) for n in nodes]
        return ir.Quant("any", owner, slot, body[0] if len(body) == 1 else combine(tuple(body)))

    def relation_or_none(self, path: ast.Path) -> Owner | None:
        if len(path.parts) == 2 and path.parts[0] == "claim":
            return self.schema.relation(path.parts[1])
        if len(path.parts) == 1:
            owner = self.schema.owner(path.parts[0])
            return owner if owner is not None and owner.many else None
        return None

    def relation(self, path: ast.Path) -> Owner:
        owner = self.relation_or_none(path)
        if owner is None:
            names = [f"claim.{o.collection}" for o in self.schema.owners.values() if o.many]
            raise self.error(f"{path} is not a list of annotations of the claim", path, expected=names)
        return owner

    # --- fields --------------------------------------------------------------------

    def field(self, path: ast.Path, scope: _Scope) -> ir.FieldRef:
        parts = path.parts
        if len(parts) > 2:
            raise self.error(f"{path} has too many parts; a field is owner.name", path)
        owner = self.schema.owner(parts[0])
        if owner is not None:
            slot = scope.slot_of(owner.name)
            if slot is None:  # resolve() binds every many-owner before its fields are read
                raise AssertionError(path)
            if len(parts) == 1:
                if owner.value is None:
                    fields = [f.qualified for f in owner.fields.values()]
                    raise self.error(f"{owner.name} is an annotation, not a value; name one of its fields", path, fields[:6])
                return ir.FieldRef(owner.fields[owner.value], slot)
            field = owner.fields.get(parts[1])
            if field is None:
                if owner.name == "claim" and self.schema.relation(parts[1]) is not None:
                    raise self.error(
                        f"{path} is a list of annotations; compare their fields, e.g. any({path}, ...)", path
                    )
                raise self.error(f"{owner.name} has no field {parts[1]!r}{self.hint(str(path), owner)}", path)
            return ir.FieldRef(field, slot)
        if len(parts) == 1 and scope.innermost is not None:
            name, slot = scope.innermost
            inner_owner = self.schema.owners[name]
            field = inner_owner.fields.get(parts[0])
            if field is not None:
                return ir.FieldRef(field, slot)
            hint = self.hint(parts[0], inner_owner, bare=True) or self.hint(str(path))
            raise self.error(f"{name} has no field {parts[0]!r}{hint}", path)
        raise self.error(f"unknown field {str(path)!r}{self.hint(str(path))}", path)

    def hint(self, word: str, owner: Owner | None = None, bare: bool = False) -> str:
        """``"; did you mean metric.value?"`` (or two or three names), or nothing when none is close."""
        if owner is not None:
            names = [f.name if bare else f.qualified for f in owner.fields.values()]
        else:
            names = self.schema.qualified_names()
        last = word.rsplit(".", 1)[-1]
        found = [n for n in names if n.rsplit(".", 1)[-1] == last and n != word]
        found += difflib.get_close_matches(word, names, n=3, cutoff=0.6)
        by_last = {n.rsplit(".", 1)[-1]: n for n in names}
        found += [by_last[x] for x in difflib.get_close_matches(last, list(by_last), n=3, cutoff=0.6)]
        close = list(dict.fromkeys(found))[:3]
        if not close:
            return ""
        return "; did you mean " + (close[0] if len(close) == 1 else ", ".join(close[:-1]) + " or " + close[-1]) + "?"

    def has(self, node: ast.Has, scope: _Scope) -> ir.Node:
        owner = self.relation_or_none(node.path)
        if owner is not None and (len(node.path.parts) == 2 or scope.slot_of(owner.name) is None):
            inner, slot = scope.bind(owner.name)
            return ir.Quant("any", owner, slot, None)
        return ir.HasValue(self.field(node.path, scope))

    # --- comparisons -----------------------------------------------------------------

    def compare(self, node: ast.Compare, scope: _Scope) -> ir.Cmp:
        ref = self.field(node.path, scope)
        field = ref.field
        value = node.value
        if node.op == "~":
            if field.type not in ("string", "enum", "list"):
                raise self.error(f"~ matches text, and {field.qualified} is {_TYPE_NAMES[field.type]}", node)
            self.pattern(value)
        elif isinstance(value, ast.ListLit):  # the grammar puts a list or a range only after in
            for item in value.items:
                self.literal(field, item)
        elif isinstance(value, ast.Range):
            if field.type not in ORDERED:
                raise self.error(f"a range needs numbers or dates, and {field.qualified} is {_TYPE_NAMES[field.type]}", value)
            self.range(value)
            for item in (value.lo, value.hi):
                self.literal(field, item)
        else:
            if node.op not in ("=", "!=") and field.type not in ORDERED:
                raise self.error(
                    f"{node.op} orders numbers, amounts, percentages and dates, and {field.qualified} is {_TYPE_NAMES[field.type]}",
                    node, ("=", "!=", "~", "in") if field.type != "bool" else ("=", "!="),
                )
            self.literal(field, value)
        return ir.Cmp(ref, node.op, value)

    def literal(self, field: Field, value: ast.Literal) -> None:
        kind = _KIND[type(value)]
        if kind not in _ACCEPTS[field.type]:
            shown = literal_text(value)
            expected = [_KIND_NAMES[k] for k in sorted(_ACCEPTS[field.type])]
            if field.type in ("string", "enum", "list"):
                expected = [f'text, such as "{shown}" in quotes']
            raise self.error(f"{field.qualified} is {_TYPE_NAMES[field.type]}, but {shown} is {_KIND_NAMES[kind]}", value, expected)
        if field.type == "enum" and isinstance(value, ast.String) and value.value not in field.choices:
            close = difflib.get_close_matches(value.value, field.choices, n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise self.error(f"{field.qualified} is never {literal_text(value)}{hint}", value, ("one of " + ", ".join(field.choices),))

    def range(self, value: ast.Range) -> None:
        lo, hi = value.lo, value.hi
        if type(lo) is not type(hi):
            raise self.error(
                f"this range mixes {_KIND_NAMES[_KIND[type(lo)]]} and {_KIND_NAMES[_KIND[type(hi)]]}", value
            )
        if _unit(lo) != _unit(hi):
            raise self.error(f"this range mixes {_unit(lo)} and {_unit(hi)}", value)
        if _above(lo, hi):
            raise self.error(f"this range is empty: {literal_text(lo)} is above {literal_text(hi)}", value)

    def pattern(self, value: ast.Operand) -> None:
        if isinstance(value, ast.Regex) and len(value.pattern) > MAX_PATTERN_CHARS:
            raise self.error(f"this regex is too long (at most {MAX_PATTERN_CHARS} characters)", value)
        try:
            compile_pattern(pattern_source(value))
        except PatternError as exc:
            raise self.error(f"invalid regex: {exc}", value) from None


def _above(lo: ast.Scalar, hi: ast.Scalar) -> bool:
    """``lo > hi`` for two ends of one kind (dates, or numbers of one unit)."""
    if isinstance(lo, ast.Date) and isinstance(hi, ast.Date):
        return lo.value > hi.value
    if not isinstance(lo, ast.Date) and not isinstance(hi, ast.Date):
        return lo.value > hi.value
    raise TypeError("a range's ends are of one kind")  # range() checks that first


def _unit(value: object) -> str | None:
    return getattr(value, "currency", None) or getattr(value, "unit", None)


_KIND = {
    ast.String: "string", ast.Number: "number", ast.Money: "money", ast.Percent: "percent",
    ast.Date: "date", ast.Bool: "bool", ast.Regex: "regex",
}
_KIND_NAMES = {
    "string": "text", "number": "a number", "money": "an amount of money", "percent": "a percentage",
    "date": "a date", "bool": "true or false", "regex": "a regex",
}
_TYPE_NAMES = {
    "string": "text", "enum": "one of a fixed set of words", "list": "a list of names", "number": "a number",
    "money": "an amount of money", "percent": "a percentage", "date": "a date", "bool": "true or false",
    "quantity": "a quantity (a number, amount or percentage)",
}
# Which literal kinds each field type compares with: money and percentages never mix.
_ACCEPTS = {
    "string": {"string"}, "enum": {"string"}, "list": {"string"},
    "number": {"number"}, "quantity": {"number", "money", "percent"},
    "money": {"number", "money"}, "percent": {"number", "percent"},
    "date": {"date"}, "bool": {"bool"},
}
