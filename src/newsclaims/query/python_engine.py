"""The Python engine: a checked query compiled once into plain closures over the model objects.

A closure takes ``env``, a tuple of slots: ``(view, claim, item, ...)``
(see :mod:`.ir`). Field access is an ``operator.attrgetter`` or a dict
lookup chosen at compile time; nothing is looked up by name per claim and
nothing is parsed twice.
"""

from __future__ import annotations

import datetime as _dt
import operator
from decimal import Decimal
from typing import Any, Callable, Iterable, Iterator

from ..model import Article, Claim
from . import ast, ir
from .patterns import compile_pattern, pattern_source
from .schema import Field, Owner, plugin_items, reader

__all__ = ["ArticleView", "compile_predicate", "items_getter"]

Env = tuple
Pred = Callable[[Env], bool]


class ArticleView:
    """An article with its annotations indexed by id, each index built on first use."""

    __slots__ = ("article", "index")

    def __init__(self, article: Article):
        self.article = article
        self.index: dict[str, dict] = {}


def _builtin_items(group: str) -> Callable[[ArticleView, Claim], list]:
    """The claim's metrics (quotes, entities) as objects, through the article's id index."""
    of_article = of_claim = operator.attrgetter(group)

    def items(view: ArticleView, claim: Claim) -> list:
        by_id = view.index.get(group)
        if by_id is None:
            by_id = view.index[group] = {x.id: x for x in of_article(view.article)}
        return [by_id[i] for i in of_claim(claim) if i in by_id]

    return items


def items_getter(owner: Owner) -> Callable[[ArticleView, Claim], list]:
    """The items of ``owner`` a claim has: its metrics, or a plugin owner's objects in ``claim.extra``."""
    if owner.collection is None:
        raise ValueError(f"{owner.name} is not a list of the claim's annotations")
    if owner.builtin:
        return _builtin_items(owner.collection)
    key = owner.name
    return lambda view, claim: plugin_items(claim.extra.get(key))


def _object_getter(slot: int) -> Callable[[Env], Any]:
    if slot == ir.ARTICLE:
        return lambda env: env[0].article
    return operator.itemgetter(slot)


def _value_getter(field: Field) -> Callable[[Any], Any]:
    """The comparable value of the field on its owner object (an amount's number, for money)."""
    read = reader(field)
    if field.type == "money":
        return lambda obj: (m := read(obj)) and m[0]
    return read


def _unit_getter(field: Field) -> Callable[[Any], Any]:
    """The unit beside a value: the metric's unit for metric.value/high, the currency of plugin money."""
    if field.type == "quantity":
        return operator.attrgetter("unit")
    read = reader(field)
    return lambda obj: (m := read(obj)) and m[1]


def _literal_value(value: ast.Valued) -> str | Decimal | _dt.date | bool:
    return value.value  # every comparable literal keeps its value in .value


_ORDER_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def compile_predicate(node: ir.Node) -> Pred:
    """``env -> bool`` for a checked query node."""
    if isinstance(node, ir.And):
        parts = tuple(compile_predicate(x) for x in node.operands)
        if len(parts) == 2:
            first, second = parts
            return lambda env: first(env) and second(env)
        return lambda env: all(p(env) for p in parts)
    if isinstance(node, ir.Or):
        parts = tuple(compile_predicate(x) for x in node.operands)
        if len(parts) == 2:
            first, second = parts
            return lambda env: first(env) or second(env)
        return lambda env: any(p(env) for p in parts)
    if isinstance(node, ir.Not):
        inner = compile_predicate(node.operand)
        return lambda env: not inner(env)
    if isinstance(node, ir.Quant):
        return _quantifier(node)
    if isinstance(node, ir.HasValue):
        return _has(node.ref)
    return _comparison(node)


def _quantifier(node: ir.Quant) -> Pred:
    items = items_getter(node.owner)
    if node.body is None:
        return lambda env: bool(items(env[0], env[1]))
    body = compile_predicate(node.body)
    if node.kind == "all":
        return lambda env: all(body((*env, item)) for item in items(env[0], env[1]))

    def exists(env: Env) -> bool:
        for item in items(env[0], env[1]):
            if body((*env, item)):
                return True
        return False

    return exists


def _has(ref: ir.FieldRef) -> Pred:
    obj, get = _object_getter(ref.slot), _value_getter(ref.field)
    if ref.field.type == "list":
        return lambda env: bool(get(obj(env)))
    return lambda env: get(obj(env)) is not None


def _comparison(node: ir.Cmp) -> Pred:
    ref, op, value = node.ref, node.op, node.value
    obj, get = _object_getter(ref.slot), _value_getter(ref.field)
    if op == "!=":
        equal = _comparison(ir.Cmp(ref, "=", value))
        return lambda env: not equal(env)
    if isinstance(value, ast.ListLit):  # after in, as a range is
        return _in_list(ref, value)
    if isinstance(value, ast.Range):  # both ends included
        low = _comparison(ir.Cmp(ref, ">=", value.lo))
        high = _comparison(ir.Cmp(ref, "<=", value.hi))
        return lambda env: low(env) and high(env)
    if op == "~":
        search = compile_pattern(pattern_source(value)).search
        if ref.field.type == "list":
            return lambda env: any(search(x) is not None for x in get(obj(env)) or ())
        return lambda env: (v := get(obj(env))) is not None and search(v) is not None

    literal = _literal_value(ir.valued(value))
    unit = ir.required_unit(ref.field, value)
    if op == "=" and ref.field.type == "list":
        return lambda env: literal in (get(obj(env)) or ())
    test = operator.eq if op == "=" else _ORDER_OPS[op]
    if unit is not None:
        unit_of = _unit_getter(ref.field)

        def with_unit(env: Env) -> bool:
            o = obj(env)
            v = get(o)
            return v is not None and unit_of(o) == unit and test(v, literal)

        return with_unit
    if op == "=":
        return lambda env: get(obj(env)) == literal
    return lambda env: (v := get(obj(env))) is not None and test(v, literal)


def _in_list(ref: ir.FieldRef, value: ast.ListLit) -> Pred:
    items = value.items
    if any(ir.required_unit(ref.field, x) is not None for x in items):
        parts = tuple(_comparison(ir.Cmp(ref, "=", x)) for x in items)
        return lambda env: any(p(env) for p in parts)
    obj, get = _object_getter(ref.slot), _value_getter(ref.field)
    wanted = frozenset(_literal_value(x) for x in items)
    if ref.field.type == "list":
        return lambda env: not wanted.isdisjoint(get(obj(env)) or ())
    return lambda env: get(obj(env)) in wanted


def witnesses(node: ir.Node) -> list[tuple[Owner, Callable[[ArticleView, Claim], list]]]:
    """For each outermost quantifier: its owner and a function giving the claim's items that satisfy it."""
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, ir.Quant):
            out.append((n.owner, _witness_finder(n)))
        elif isinstance(n, (ir.And, ir.Or)):
            stack.extend(reversed(n.operands))
        elif isinstance(n, ir.Not):
            stack.append(n.operand)
    return out


def _witness_finder(node: ir.Quant) -> Callable[[ArticleView, Claim], list]:
    items = items_getter(node.owner)
    body = compile_predicate(node.body) if node.body is not None else None

    def find(view: ArticleView, claim: Claim) -> list:
        env = (view, claim)
        return [x for x in items(view, claim) if body is None or body((*env, x))]

    return find


def filter_claims(pred: Pred, articles: Iterable[Article]) -> Iterator[tuple[Article, Claim]]:
    for article in articles:
        if not article.claims:
            continue
        view = ArticleView(article)
        for claim in article.claims:
            if pred((view, claim)):
                yield article, claim
