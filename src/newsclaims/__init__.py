"""newsclaims: turn news articles into typed, queryable claims.

Who claimed what number, about whom, according to whom::

    import newsclaims
    article = newsclaims.extract_file("seeds/000_7fb46f965b5884ba.txt")
    for claim in article.claims:
        print(claim.source, claim.modality, claim.text)
"""

from __future__ import annotations

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("newsclaims")
except _metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

from .convert import SchemaError, from_dict, from_json, read_jsonl, to_dict, to_json, write_jsonl
from .corroborate import corroborate  # the function; its package stays importable as newsclaims.corroborate
from .document import Document, FieldSpec, Layout, Sentence, StyleInfo, Topic
from .hookspecs import hookimpl
from .model import (
    Article,
    Bound,
    Change,
    Claim,
    Entity,
    EntityKind,
    Metric,
    MetricKind,
    Modality,
    Quote,
    Span,
)
from .metrics import find_metrics, find_numbers, format_metric, parse_metric
from .pipeline import InputError, Pipeline, extract, extract_file
from .plugins import PluginConflict, get_plugin_manager
# newsclaims.query is the function; its package stays importable (from newsclaims.query import ...)
from .query import Match, Query, QueryError, compile_query, parse_query, query

__all__ = [
    "Article",
    "Bound",
    "Change",
    "Claim",
    "Document",
    "Entity",
    "EntityKind",
    "FieldSpec",
    "InputError",
    "Layout",
    "Match",
    "Metric",
    "MetricKind",
    "Modality",
    "Pipeline",
    "PluginConflict",
    "Query",
    "QueryError",
    "Quote",
    "SchemaError",
    "Sentence",
    "Span",
    "StyleInfo",
    "Topic",
    "__version__",
    "compile_query",
    "corroborate",
    "extract",
    "extract_file",
    "find_metrics",
    "find_numbers",
    "format_metric",
    "from_dict",
    "from_json",
    "get_plugin_manager",
    "hookimpl",
    "parse_metric",
    "parse_query",
    "query",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]
