"""The query grammar: what parses to what, canonical printing, syntax errors, hostile input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis.extra.lark import from_lark

from newsclaims.query import QueryError, QuerySyntaxError, parse_query, to_text
from newsclaims.query import ast
from newsclaims.query.literals import MAX_DEPTH, MAX_QUERY_CHARS
from newsclaims.query.parser import get_parser

from .strategies import query_asts

# The examples of issue 6, which docs/query.md also lists.
ISSUE_EXAMPLES = [
    "metric.value >= 500M and metric.unit = USD",
    'quote.speaker = "Sam Altman"',
    'claim.source ~ "wall street journal" or claim.source in ("WSJ", "The Information")',
    "entity.name = OpenAI and not claim.modality = asserted",
    "metric > $1T",
    "metric.kind = percent and metric.change = down and metric.value > 5%",
    "article.published in 2025-12-01..2025-12-31",
    "claim.text ~ /code red/i",
    "any(claim.metrics, value >= 1B and unit = USD)",
    "has(claim.source)",
]


def P(*parts):
    return ast.Path(parts)


@pytest.mark.parametrize(
    "text, tree",
    [
        ("metric.value >= 500M", ast.Compare(P("metric", "value"), ">=", ast.Number(Decimal(500_000_000)))),
        ("metric > $1.4T", ast.Compare(P("metric"), ">", ast.Money(Decimal("1.4E12"), "USD"))),
        ("metric > 20bn USD", ast.Compare(P("metric"), ">", ast.Money(Decimal(20 * 10**9), "USD"))),
        ("metric > €5M", ast.Compare(P("metric"), ">", ast.Money(Decimal(5 * 10**6), "EUR"))),
        ("metric > HK$3 billion", ast.Compare(P("metric"), ">", ast.Money(Decimal(3 * 10**9), "HKD"))),
        ("metric > -£2.5k", ast.Compare(P("metric"), ">", ast.Money(Decimal(-2500), "GBP"))),
        ("metric > 5 million", ast.Compare(P("metric"), ">", ast.Number(Decimal(5_000_000)))),
        ("metric.value > 5%", ast.Compare(P("metric", "value"), ">", ast.Percent(Decimal(5)))),
        ("metric.value < 2.5pp", ast.Compare(P("metric", "value"), "<", ast.Percent(Decimal("2.5"), "pp"))),
        ("a.b in 2025-12-01..2025-12-31",
         ast.Compare(P("a", "b"), "in", ast.Range(ast.Date(dt.date(2025, 12, 1)), ast.Date(dt.date(2025, 12, 31))))),
        ('a in ("x", y, 3)', ast.Compare(P("a"), "in", ast.ListLit((ast.String("x"), ast.String("y"), ast.Number(Decimal(3)))))),
        ("a ~ /x\\/y/si", ast.Compare(P("a"), "~", ast.Regex("x/y", "is"))),
        ('a = "q\\"\\n\\u00e9"', ast.Compare(P("a"), "=", ast.String('q"\né'))),
        ("a = TRUE", ast.Compare(P("a"), "=", ast.Bool(True))),
        ("has(claim.source)", ast.Has(P("claim", "source"))),
        ("all(claim.quotes, cue = say)",
         ast.Quantifier("all", P("claim", "quotes"), ast.Compare(P("cue"), "=", ast.String("say")))),
    ],
)
def test_literals_and_forms(text, tree):
    assert parse_query(text) == tree


def test_precedence_or_and_not():
    tree = parse_query("a = 1 or not b = 2 and c = 3")
    one, two, three = (ast.Compare(P(n), "=", ast.Number(Decimal(v))) for n, v in (("a", 1), ("b", 2), ("c", 3)))
    assert tree == ast.Or((one, ast.And((ast.Not(two), three))))


def test_keywords_are_case_insensitive_and_print_lower_case():
    assert to_text(parse_query("a = 1 AND NOT b = 2 Or c = 3")) == "a = 1 and not b = 2 or c = 3"


def test_parentheses_kept_only_where_they_change_the_tree():
    assert to_text(parse_query("((a = 1)) and (b = 2 and c = 3)")) == "a = 1 and (b = 2 and c = 3)"
    assert to_text(parse_query("(a = 1 and b = 2) or c = 3")) == "a = 1 and b = 2 or c = 3"
    assert to_text(parse_query("not (a = 1 or b = 2)")) == "not (a = 1 or b = 2)"


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("metric.value>=500000000", "metric.value >= 500M"),
        ("metric > 1400000000000 USD", "metric > $1.4T"),
        ("metric > 5B CNY", "metric > 5B CNY"),
        ("x = 1000000064", "x = 1000000064"),
        ("x = 2500", "x = 2.5k"),
        ("x in ( 'a' , \"b c\" , )", 'x in (a, "b c")'),
        ('x = "and"', 'x = "and"'),
        ("x = 5 # a comment", "x = 5"),
    ],
)
def test_canonical_text(text, canonical):
    assert to_text(parse_query(text)) == canonical


@pytest.mark.parametrize("text", ISSUE_EXAMPLES)
def test_issue_examples_parse_and_round_trip(text):
    tree = parse_query(text)
    assert parse_query(to_text(tree)) == tree


@given(query_asts())
def test_print_then_parse_is_identity(tree):
    assert parse_query(to_text(tree)) == tree


# --- syntax errors point at the place ---------------------------------------------------


@pytest.mark.parametrize(
    "text, column, message, expected",
    [
        ("metric.value >", 15, "ends too early", "a value"),
        ("metric.value > and", 16, "keyword", 'quoted "and"'),
        ("claim.source = WSJ claim.x = 1", 20, "unexpected 'claim'", '"and"'),
        ("claim.source @ 5", 14, "unexpected character '@'", "an operator (= != < <= > >= ~ in)"),
        ("x = 2025-13-01", 5, "not a date", None),
        ("x = 1.0000000000001", 5, "more than 12 decimal places", None),
        ("x = 123456789012345678901234567890", 5, "too many digits", None),
        ("x ~ /a/q", 8, "regex flag 'q'", "flag i"),
        ("", 1, "empty", None),
    ],
)
def test_syntax_errors(text, column, message, expected):
    with pytest.raises(QuerySyntaxError) as info:
        parse_query(text)
    err = info.value
    assert err.column == column
    assert message in err.message
    shown = str(err).splitlines()
    assert shown[1] == "  " + text
    assert shown[2].index("^") - 2 == column - 1
    if expected:
        assert any(expected in e for e in err.expected), err.expected


def test_error_in_a_later_line_shows_that_line():
    with pytest.raises(QuerySyntaxError) as info:
        parse_query("claim.source = WSJ\n  and metric.value >")
    err = info.value
    assert (err.line, err.column) == (2, 21)  # just past the end
    assert str(err).splitlines()[1] == "    and metric.value >"


def test_too_long_query_is_refused_before_parsing():
    with pytest.raises(QuerySyntaxError, match="too long"):
        parse_query("a = 1 and " * (MAX_QUERY_CHARS // 10) + "a = 1")


@pytest.mark.parametrize("text", [
    "not " * 2000 + "a = 1",
    "(" * 3000 + "a = 1" + ")" * 3000 + " and " + "not " * 100 + "b = 2",
    "any(claim.metrics, " * 200 + "a = 1" + ")" * 200,
    "(a = 1 and (" * 300 + "b = 2" + "))" * 300,
])
def test_deep_nesting_is_a_clear_error_not_recursion(text):
    with pytest.raises(QuerySyntaxError, match="nested too deeply"):
        parse_query(text)


def test_deep_but_allowed_nesting_parses():
    text = "not " * (MAX_DEPTH - 3) + "a = 1"
    assert to_text(parse_query(text)) == text


def test_a_wide_flat_query_is_fine():
    text = " or ".join(f"claim.source = s{i}" for i in range(400))
    assert len(parse_query(text).operands) == 400


def test_a_huge_number_never_reaches_int():
    with pytest.raises(QuerySyntaxError, match="too many digits"):
        parse_query("x = " + "9" * 5000)


def test_the_parser_is_built_once():
    assert get_parser() is get_parser()


# Terminals with look-aheads are slow for hypothesis to draw from their regexes; these
# draw the same shapes directly (and keep the keywords' spacing with a trailing space).
_TERMINALS = {
    **{k: st.sampled_from([f"{w} ", f"{w.upper()} "]) for k, w in (
        ("_OR", "or"), ("_AND", "and"), ("_NOT", "not"), ("_IN", "in"), ("_ANY", "any"), ("_ALL", "all"),
        ("_HAS", "has"), ("TRUE", "true"), ("FALSE", "false"))},
    "DATE": st.sampled_from(["2025-12-01", "2025-02-30", "1999-01-01 "]),
    "MONEY": st.sampled_from(["$1.4T ", "€5M", "-£2 billion", "HK$3"]),
    "PERCENT": st.sampled_from(["5%", "-2.5pp ", "0%"]),
    "NUMBER": st.sampled_from(["5", "500M ", "-1.25 ", "20bn", "3 million", "1" * 40]),
    "CODE": st.sampled_from([" USD", " CNY "]),
    "STRING": st.sampled_from(['"Sam Altman"', "'x'", '"a\\"b"', '""']),
    "REGEX": st.sampled_from(["/code red/i", "/a(/", "/x/q", "/\\d+/ "]),
    "NAME": st.sampled_from(["claim", "metric", "value", "source", "unit", "x_1", "été"]).map(lambda s: s + " "),
    "WS": st.sampled_from([" ", "\n\t"]),
    "COMMENT": st.just("# note\n"),
}


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much], max_examples=25)
@given(from_lark(get_parser(), start="start", explicit=_TERMINALS))
def test_grammar_strings_parse_or_fail_cleanly(text):
    try:
        parse_query(text)
    except QueryError:
        pass


@given(st.text(max_size=60))
def test_any_text_parses_or_fails_cleanly(text):
    try:
        tree = parse_query(text)
    except QueryError as exc:
        assert "^" in str(exc)
    else:
        assert parse_query(to_text(tree)) == tree
