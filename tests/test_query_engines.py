"""The Python and DuckDB engines: the same claims for every query, exact numbers, plugin fields."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import newsclaims as nc
from newsclaims.document import FieldSpec
from newsclaims.model import Article, Claim, Metric
from newsclaims.query import build_schema, compile_query, to_text
from newsclaims.query.schema import builtin_schema

from .strategies import articles, claim_queries, query_pool

duckdb = pytest.importorskip("duckdb")
from newsclaims.store import Store, split_decimal  # noqa: E402


def both(expr, batch, schema=None):
    """(python keys, duckdb keys) of ``expr`` over ``batch``."""
    q = compile_query(expr, schema or builtin_schema())
    python = [m.key for m in q.matches(batch)]
    with Store(schema=q.schema) as store:
        store.add(batch)
        sql, params = q.sql()
        duck = [(a, c) for a, c, _json in store.select(sql, params)]
    return python, duck


def unique_ids(batch):
    return [attrs.evolve(a, id=f"a{i}") for i, a in enumerate(batch)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_python_and_duckdb_select_the_same_claims(data):
    batch = unique_ids(data.draw(st.lists(articles(max_annotations=4), min_size=1, max_size=3)))
    expr = to_text(data.draw(claim_queries(query_pool(batch))))
    python, duck = both(expr, batch)
    assert python == duck, expr


def _article(values, unit="USD", kind="money"):
    text = "x" * 10
    metrics = [Metric(id=f"m{i}", start=0, end=1, text="x", kind=kind, value=v, unit=unit) for i, v in enumerate(values, 1)]
    claims = [Claim(id=f"c{i}", start=0, end=10, text=text, metrics=[m.id]) for i, m in enumerate(metrics, 1)]
    return Article(id="exact", text=text, metrics=metrics, claims=claims)


THIRD = Decimal(100) / 3  # 33.33333333333333333333333333: more places than the store keeps


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("metric.value > 33.333333333333", ["c1", "c2"]),  # c1's stored 33.333333333333 was rounded down
        ("metric.value < 33.333333333334", ["c1", "c3", "c4"]),
        ("metric.value = 33.333333333333", []),
        ("metric.value >= 1000000000000000000000000", ["c2"]),  # above the store's range: clamped, still exact
        ("metric.value <= -99999999999999999999999999", ["c3"]),
        ("metric.value = 0.5", ["c4"]),
        ("metric.value in 0.5..33.333333333333", ["c4"]),  # c1 is just above the range
    ],
)
def test_comparisons_stay_exact_beyond_the_stores_precision(expr, expected):
    batch = [_article([THIRD, Decimal("1e30"), Decimal("-1e40"), Decimal("0.5")], kind="count", unit=None)]
    python, duck = both(expr, batch)
    assert [c for _a, c in python] == expected
    assert duck == python


def test_split_decimal_keeps_the_sign_of_what_was_rounded_away():
    assert split_decimal(Decimal("1.5")) == ("1.500000000000", 0)
    assert split_decimal(THIRD) == ("33.333333333333", 1)
    assert split_decimal(-THIRD) == ("-33.333333333333", -1)


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("metric > $1T", ["c1"]),
        ("metric > 1T", ["c1", "c2"]),  # a plain number ignores the unit
        ("metric.value >= €1T", ["c2"]),
        ("metric in ($2T, €3T)", ["c1", "c2"]),
        ("metric in $1T..$2T", ["c1"]),
    ],
)
def test_amounts_compare_value_and_currency(expr, expected):
    usd = _article([Decimal(2 * 10**12)])
    eur = _article([Decimal(3 * 10**12)], unit="EUR")
    batch = [attrs.evolve(usd, id="usd"), attrs.evolve(eur, id="eur", claims=[attrs.evolve(eur.claims[0], id="c2")])]
    python, duck = both(expr, batch)
    assert [c for _a, c in python] == expected
    assert duck == python


def test_percentages_compare_value_and_unit():
    batch = [attrs.evolve(_article([Decimal(7)], kind="percent", unit="%"), id="pct"),
             attrs.evolve(_article([Decimal(9)], kind="percent", unit="pp"), id="pp")]
    assert both("metric.value > 5%", batch)[0] == [("pct", "c1")]
    assert both("metric.value > 5pp", batch)[1] == [("pp", "c1")]


def _claims(**sources):
    text = "x"
    claims = [Claim(id=cid, start=0, end=1, text=text, source=src) for cid, src in sources.items()]
    return [Article(id="a", text=text, claims=claims)]


def test_a_missing_value_fails_every_comparison_but_not_equal():
    batch = _claims(c1="WSJ", c2=None)
    assert both("claim.source = WSJ", batch)[0] == [("a", "c1")]
    assert both("claim.source != WSJ", batch) == ([("a", "c2")], [("a", "c2")])
    assert both("not claim.source = WSJ", batch) == ([("a", "c2")], [("a", "c2")])
    assert both('claim.source ~ "w"', batch)[0] == [("a", "c1")]
    assert both("has(claim.source)", batch)[1] == [("a", "c1")]


def test_tilde_with_a_string_is_a_case_insensitive_substring_even_with_regex_characters():
    batch = _claims(c1="The Wall Street Journal", c2="a.b (c)", c3="x\\Ey")
    assert both('claim.source ~ "WALL street"', batch)[0] == [("a", "c1")]
    assert both('claim.source ~ ".b ("', batch) == ([("a", "c2")], [("a", "c2")])
    assert both('claim.source ~ "\\\\E"', batch) == ([("a", "c3")], [("a", "c3")])


def test_a_regex_is_linear_whatever_the_text():
    hostile = Article(id="h", text="a" * 100_000, claims=[Claim(id="c1", start=0, end=100_000, text="a" * 100_000)])
    python, duck = both("claim.text ~ /(a+)+$b/", [hostile])
    assert python == duck == []


# --- a plugin's fields and a plugin's new annotation type ---------------------------------

PLUGIN_SCHEMA = build_schema([
    FieldSpec("group", "agree", "bool", "the sources agree"),
    FieldSpec("group", "sources", "number", "how many sources state it"),
    FieldSpec("group", "spread", "money", "the largest difference"),
    FieldSpec("metric", "confidence", "percent", "how sure the extractor is"),
    FieldSpec("article", "section", "string", "the newspaper section"),
])


def _grouped():
    text = "x"
    m1 = Metric(id="m1", start=0, end=1, text="x", kind="count", value=5, extra={"confidence": 90})
    m2 = Metric(id="m2", start=0, end=1, text="x", kind="count", value=6, extra={"confidence": 40})
    claims = [
        Claim(id="c1", start=0, end=1, text=text, metrics=["m1"], extra={"group": {"agree": True, "sources": 3}}),
        Claim(id="c2", start=0, end=1, text=text, metrics=["m2"],
              extra={"group": [{"agree": False, "sources": 2, "spread": {"value": 5, "unit": "USD"}}]}),
        Claim(id="c3", start=0, end=1, text=text, extra={"group": "not an object"}),
    ]
    return [Article(id="g", text=text, metrics=[m1, m2], claims=claims, extra={"section": "tech"})]


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("group.agree = true", ["c1"]),
        ("group.sources >= 2 and not group.agree = true", ["c2"]),
        ("any(claim.group, sources > 2)", ["c1"]),
        ("has(claim.group)", ["c1", "c2"]),
        ("group.spread > $4", ["c2"]),
        ("metric.confidence > 50%", ["c1"]),
        ("article.section = tech and metric.confidence < 50", ["c2"]),
    ],
)
def test_plugin_fields_and_owner_in_both_engines(expr, expected):
    python, duck = both(expr, _grouped(), PLUGIN_SCHEMA)
    assert [c for _a, c in python] == expected
    assert duck == python


def test_store_replaces_an_article_indexed_again():
    batch = _claims(c1="WSJ")
    with Store(schema=builtin_schema()) as store:
        store.add(batch)
        store.add([attrs.evolve(batch[0], claims=batch[0].claims[:0])])
        assert store.count("articles") == 1 and store.count("claims") == 0


def test_store_reads_articles_back_exactly():
    batch = _grouped()
    with Store(schema=PLUGIN_SCHEMA) as store:
        store.add(batch)
        assert list(store.articles()) == batch


def test_query_api_returns_matches_with_the_claim_object():
    batch = _claims(c1="WSJ", c2="Reuters")
    (match,) = nc.query("claim.source = Reuters", batch)
    assert match.key == ("a", "c2")
    assert match.to_dict()["article"] == "a" and match.to_dict()["source"] == "Reuters"


def test_values_reach_sql_only_as_parameters():
    q = compile_query("claim.source = \"x'; DROP TABLE claims; --\" and metric > $1T", builtin_schema())
    sql, params = q.sql()
    assert "DROP" not in sql and "1000000000000" not in sql
    assert "x'; DROP TABLE claims; --" in params

