"""The public face of the query language: compile once, run on articles (Python) or a store (DuckDB)."""

from __future__ import annotations

import functools
from typing import Any, Iterable, Iterator

import attrs

from ..model import Article, Claim
from . import ast, ir
from .explain import explain
from .parser import parse
from .printer import to_text
from .python_engine import ArticleView, compile_predicate, filter_claims, witnesses
from .schema import Schema, default_schema
from .typecheck import check

__all__ = ["Match", "Query", "compile_query", "parse_query", "query"]


@attrs.frozen
class Match:
    """A claim that matched, with its article; ``key`` names it in every engine."""

    article: Article
    claim: Claim

    @property
    def key(self) -> tuple[str, str]:
        return (self.article.id, self.claim.id)

    def to_dict(self) -> dict[str, Any]:
        """The claim's FORMAT.md object plus ``article``, its article's id (the CLI's jsonl line)."""
        from ..convert import get_converter

        data = get_converter().unstructure(self.claim)
        data["article"] = self.article.id
        return data


class Query:
    """A parsed and type-checked query. Compiling it for an engine happens once, on first use."""

    def __init__(self, text: str, tree: ast.Expr, checked: ir.Node, schema: Schema):
        self.text = text
        self.ast = tree
        self.checked = checked
        self.schema = schema

    def __repr__(self) -> str:
        return f"Query({self.canonical!r})"

    @functools.cached_property
    def canonical(self) -> str:
        """The query as the printer writes it."""
        return to_text(self.ast)

    @functools.cached_property
    def explicit(self) -> str:
        """The canonical text with every implicit quantifier written out."""
        return to_text(ir.to_ast(self.checked))

    @functools.cached_property
    def owners(self) -> frozenset[str]:
        """The annotation types the query names (``claim``, ``metric``, ``group`` ...)."""
        return frozenset(n.parts[0] for n in ast.walk(self.ast) if isinstance(n, ast.Path) and n.parts)

    def explain(self) -> str:
        """A plain-English reading, so a person can check it means what they meant."""
        return explain(self.checked)

    @functools.cached_property
    def predicate(self):
        """The Python engine's test: ``predicate((ArticleView(article), claim)) -> bool``."""
        return compile_predicate(self.checked)

    def matches(self, articles: Iterable[Article]) -> Iterator[Match]:
        """The matching claims of ``articles``, in article order then claim order."""
        for article, claim in filter_claims(self.predicate, articles):
            yield Match(article, claim)

    def test(self, article: Article, claim: Claim) -> bool:
        return self.predicate((ArticleView(article), claim))

    @functools.cached_property
    def _witnesses(self):
        return witnesses(self.checked)

    def witnesses(self, match: Match) -> dict[str, list]:
        """The metrics, quotes, ... of the claim that satisfied the query's conditions on them, by owner."""
        view = ArticleView(match.article)
        out: dict[str, list] = {}
        for owner, find in self._witnesses:
            seen = out.setdefault(owner.name, [])
            seen += [x for x in find(view, match.claim) if x not in seen]
        return out

    def sql(self) -> tuple[str, list]:
        """The one parameterised DuckDB query that answers this query from a store."""
        from .sql_engine import compile_sql

        return compile_sql(self.checked)


def parse_query(text: str) -> ast.Expr:
    """The syntax tree of ``text`` (no schema check); raises :class:`QuerySyntaxError`."""
    return parse(text)


def compile_query(text: str | Query, schema: Schema | None = None) -> Query:
    """Parse and type-check ``text`` against ``schema`` (default: built-ins plus installed plugins)."""
    if isinstance(text, Query):
        return text
    schema = schema if schema is not None else default_schema()
    tree = parse(text)
    return Query(text, tree, check(tree, schema, text), schema)


def query(expr: str | Query, articles: Iterable[Article], schema: Schema | None = None) -> Iterator[Match]:
    """The claims of ``articles`` that ``expr`` selects, as :class:`Match` (article, claim) pairs.

    ``articles`` may be any iterable (a generator of extracted articles, say);
    matches come out as they are found, in article order then claim order.
    """
    if isinstance(articles, Article):
        articles = (articles,)
    return compile_query(expr, schema).matches(articles)
