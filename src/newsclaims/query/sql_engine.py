"""The SQL engine: a checked query compiled to one parameterised DuckDB query over the store.

Values reach SQL only as bound parameters (``?``); table and column names
come from the schema, never from the query text. Two-valued logic as in
the Python engine: every comparison is wrapped in ``COALESCE(..., FALSE)``,
so a missing value makes it false and ``not`` is plain negation.
Quantifiers become ``EXISTS`` subqueries, which DuckDB turns into joins.
"""

from __future__ import annotations

from . import ast, ir
from .patterns import pattern_source
from .printer import format_number


__all__ = ["compile_sql"]

_ORDER_OPS = ("<", "<=", ">", ">=")


def compile_sql(node: ir.Node) -> tuple[str, list]:
    """``(sql, params)`` selecting ``article_id, id, json`` of the matching claims, in store order."""
    compiler = _Compiler()
    where = compiler.expr(node)
    join = " JOIN articles a ON a.key = c.article" if compiler.uses_article else ""
    sql = f"SELECT c.article_id, c.id, c.json FROM claims c{join} WHERE {where} ORDER BY c.key"
    return sql, compiler.params


def _alias(slot: int) -> str:
    return {ir.ARTICLE: "a", ir.CLAIM: "c"}.get(slot, f"s{slot}")


def _decimal_param(value) -> str:
    """A literal as exact decimal text for ``CAST(? AS DECIMAL(38, 12))`` (the parser bounds its size)."""
    return format_number(value, scale=False)


class _Compiler:
    def __init__(self) -> None:
        self.params: list = []
        self.uses_article = False

    def param(self, value: object) -> str:
        self.params.append(value)
        return "?"

    def expr(self, node: ir.Node) -> str:
        if isinstance(node, ir.And):
            return "(" + " AND ".join(self.expr(x) for x in node.operands) + ")"
        if isinstance(node, ir.Or):
            return "(" + " OR ".join(self.expr(x) for x in node.operands) + ")"
        if isinstance(node, ir.Not):
            return f"(NOT {self.expr(node.operand)})"
        if isinstance(node, ir.Quant):
            return self.quantifier(node)
        if isinstance(node, ir.HasValue):
            col = self.column(node.ref)
            if node.ref.field.type == "list":
                return f"COALESCE(len({col}) > 0, FALSE)"
            return f"({col} IS NOT NULL)"
        return f"COALESCE({self.comparison(node)}, FALSE)"

    def quantifier(self, node: ir.Quant) -> str:
        from ..store import link_table, table

        alias = _alias(node.slot)
        link = link_table(node.owner)
        if link is not None:
            source = f"{link} l{node.slot} JOIN {table(node.owner)} {alias} ON {alias}.key = l{node.slot}.item"
            where = f"l{node.slot}.claim = c.key"
        else:
            source = f'"{table(node.owner)}" {alias}'
            where = f"{alias}.claim = c.key"
        if node.body is None:
            return f"EXISTS (SELECT 1 FROM {source} WHERE {where})"
        body = self.expr(node.body)
        if node.kind == "all":
            return f"(NOT EXISTS (SELECT 1 FROM {source} WHERE {where} AND NOT {body}))"
        return f"EXISTS (SELECT 1 FROM {source} WHERE {where} AND {body})"

    def column(self, ref: ir.FieldRef, suffix: str = "") -> str:
        from ..store import column

        if ref.slot == ir.ARTICLE:
            self.uses_article = True
        return f'{_alias(ref.slot)}."{column(ref.field)}{suffix}"'

    def comparison(self, node: ir.Cmp) -> str:
        ref, op, value = node.ref, node.op, node.value
        if op == "!=":
            return f"(NOT COALESCE({self.comparison(ir.Cmp(ref, '=', value))}, FALSE))"
        if op == "~":
            pattern = self.param(pattern_source(value))
            col = self.column(ref)
            if ref.field.type == "list":
                return f"(len(list_filter({col}, lambda x: regexp_matches(x, {pattern}))) > 0)"
            return f"regexp_matches({col}, {pattern})"
        if isinstance(value, ast.Range):  # after in, as a list is
            low = self.comparison(ir.Cmp(ref, ">=", value.lo))
            high = self.comparison(ir.Cmp(ref, "<=", value.hi))
            return f"({low} AND {high})"
        if isinstance(value, ast.ListLit):
            return "(" + " OR ".join(f"COALESCE({self.comparison(ir.Cmp(ref, '=', x))}, FALSE)" for x in value.items) + ")"
        return self.scalar(ref, op, ir.valued(value))

    def scalar(self, ref: ir.FieldRef, op: str, value: ast.Valued) -> str:
        from ..store import is_exact_decimal, unit_column

        field = ref.field
        col = self.column(ref)
        if field.type == "list":
            return f"list_contains({col}, {self.param(value.value)})"
        if not is_exact_decimal(field):
            literal = value.value
            if field.type == "number":
                return f"({col} {op} CAST({self.param(_decimal_param(literal))} AS DECIMAL(38, 12)))"
            return f"({col} {op} {self.param(literal)})"
        unit = ir.required_unit(field, value)
        if unit is None:
            return self.exact(ref, op, value.value)
        # parameters are numbered in the order they appear in the text: the unit's first
        unit_test = f'{_alias(ref.slot)}."{unit_column(field)}" = {self.param(unit)}'
        return f"({unit_test} AND {self.exact(ref, op, value.value)})"

    def exact(self, ref: ir.FieldRef, op: str, literal) -> str:
        """``stored op literal``, decided exactly with the rounding sign ``_r`` of the stored value."""
        col, r = self.column(ref), self.column(ref, "_r")
        x = f"CAST({self.param(_decimal_param(literal))} AS DECIMAL(38, 12))"
        if op == "=":
            return f"({col} = {x} AND {r} = 0)"
        strict = "<" if op.startswith("<") else ">"
        tie = {"<": f"{r} < 0", "<=": f"{r} <= 0", ">": f"{r} > 0", ">=": f"{r} >= 0"}[op]
        y = f"CAST({self.param(_decimal_param(literal))} AS DECIMAL(38, 12))"
        return f"({col} {strict} {x} OR ({col} = {y} AND {tie}))"
