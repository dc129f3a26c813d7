"""The claim query language: ``newsclaims.query("metric > $1T", articles)``.

Text is parsed by the Lark grammar in ``grammar.lark`` into a syntax tree
(:mod:`.ast`), which prints back to canonical text (:mod:`.printer`), is
checked against the typed schema (:mod:`.schema`, :mod:`.typecheck`) into an
explicit form (:mod:`.ir`), and runs on one of two engines: Python closures
over articles (:mod:`.python_engine`) or one parameterised DuckDB query over
a store (:mod:`.sql_engine`, :mod:`newsclaims.store`). docs/query.md is the
language reference.
"""

from __future__ import annotations

from .api import Match, Query, compile_query, parse_query, query
from .errors import QueryError, QuerySyntaxError, QueryTypeError
from .printer import to_text
from .schema import Field, Owner, Schema, SchemaConflict, build_schema, default_schema

__all__ = [
    "Field",
    "Match",
    "Owner",
    "Query",
    "QueryError",
    "QuerySyntaxError",
    "QueryTypeError",
    "Schema",
    "SchemaConflict",
    "build_schema",
    "compile_query",
    "default_schema",
    "parse_query",
    "query",
    "to_text",
]
