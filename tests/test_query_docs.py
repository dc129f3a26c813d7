"""docs/query.md is the language's reference: its examples are the issue's, and its generated parts are in step."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from .test_query_parse import ISSUE_EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "query.md"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_query_examples", ROOT / "docs" / "gen_query_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_doc_lists_every_issue_example():
    gen = _generator()
    assert gen.example_queries(DOC.read_text(encoding="utf-8")) == ISSUE_EXAMPLES


def test_the_field_table_readings_and_gold_results_are_in_step():
    gen = _generator()
    doc = DOC.read_text(encoding="utf-8")
    assert gen.gold_lines(gen.generate(doc)) == gen.gold_lines(doc), "run docs/gen_query_examples.py"
