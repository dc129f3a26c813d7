"""The checked query both engines compile: every field resolved, every quantifier explicit.

Values live in numbered *slots* while a claim is tested: slot 0 is the
article, slot 1 the claim, and each quantifier binds its item to the next
slot (2, 3, ...). A :class:`FieldRef` names a field and the slot of the
object that holds it.
"""

from __future__ import annotations

import attrs

from . import ast
from .schema import Field, Owner

__all__ = ["ARTICLE", "CLAIM", "And", "Cmp", "FieldRef", "HasValue", "Node", "Not", "Or", "Quant", "required_unit", "to_ast", "valued", "walk"]

ARTICLE, CLAIM = 0, 1


@attrs.frozen
class FieldRef:
    field: Field
    slot: int


@attrs.frozen
class Cmp:
    """``ref op value``: a missing value makes every operator false except ``!=``, which is ``not =``."""

    ref: FieldRef
    op: str
    value: ast.Operand  # already type-checked against the field


@attrs.frozen
class HasValue:
    ref: FieldRef


@attrs.frozen
class Quant:
    """``any``/``all`` items of ``owner`` of the claim, bound to ``slot``; ``body`` None means "there is one"."""

    kind: str
    owner: Owner
    slot: int
    body: "Node | None"


@attrs.frozen
class Not:
    operand: "Node"


@attrs.frozen
class And:
    operands: tuple["Node", ...]


@attrs.frozen
class Or:
    operands: tuple["Node", ...]


Node = Cmp | HasValue | Quant | Not | And | Or


def walk(node: Node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (And, Or)):
            stack.extend(reversed(n.operands))
        elif isinstance(n, Not):
            stack.append(n.operand)
        elif isinstance(n, Quant) and n.body is not None:
            stack.append(n.body)


def valued(value: ast.Operand) -> ast.Valued:
    """``value`` as what ``=`` and the order operators compare with (the grammar gives them no other)."""
    if isinstance(value, (ast.Regex, ast.ListLit, ast.Range)):
        raise TypeError(f"{type(value).__name__} is not a single comparable literal")
    return value


def required_unit(field: Field, value: object) -> str | None:
    """The unit a literal demands beside the value: an amount's currency, a percentage's % or pp.

    Only fields whose values carry a unit care (metric.value/high, plugin money).
    """
    if field.type in ("quantity", "money") and isinstance(value, ast.Money):
        return value.currency
    if field.type == "quantity" and isinstance(value, ast.Percent):
        return value.unit
    return None


def to_ast(node: Node, innermost: dict[str, int] | None = None) -> ast.Expr:
    """The explicit query as a syntax tree: implicit quantifiers written out as ``any(claim.x, ...)``."""
    innermost = innermost or {}
    if isinstance(node, Cmp):
        return ast.Compare(_path(node.ref, innermost), node.op, node.value)
    if isinstance(node, HasValue):
        return ast.Has(_path(node.ref, innermost))
    if isinstance(node, Quant):
        relation = ast.Path(("claim", node.owner.collection))
        if node.body is None:
            return ast.Has(relation)
        inner = {**innermost, node.owner.name: node.slot, "": node.slot}
        return ast.Quantifier(node.kind, relation, to_ast(node.body, inner))
    if isinstance(node, Not):
        return ast.Not(to_ast(node.operand, innermost))
    cls = ast.And if isinstance(node, And) else ast.Or
    return cls(tuple(to_ast(x, innermost) for x in node.operands))


def _path(ref: FieldRef, innermost: dict[str, int]) -> ast.Path:
    if ref.slot >= 2 and innermost.get("") == ref.slot:
        return ast.Path((ref.field.name,))
    return ast.Path((ref.field.owner, ref.field.name))
