"""Type checking against the schema, the implicit-quantifier rule, plain-English readings."""

from __future__ import annotations

import pytest

from newsclaims.document import FieldSpec
from newsclaims.query import QueryTypeError, SchemaConflict, build_schema, compile_query
from newsclaims.query.schema import builtin_schema

SCHEMA = builtin_schema()


def compiled(text, schema=SCHEMA):
    return compile_query(text, schema)


@pytest.mark.parametrize(
    "text, message, caret",
    [
        ("metric.valu >= 500M", "metric has no field 'valu'; did you mean metric.value", "metric.valu"),
        ("source = WSJ", "unknown field 'source'; did you mean article.source, claim.source", "source"),
        ("any(claim.metrics, valeu > 5)", "did you mean value?", "valeu"),
        ("claim.source = 5", "claim.source is text, but 5 is a number", "5"),
        ("claim.start = $5", "claim.start is a number, but $5 is an amount of money", "$5"),
        ("claim.modality = asserteed", "did you mean asserted?", "asserteed"),
        ("metric.value in $1B..5%", "mixes an amount of money and a percentage", "$1B..5%"),
        ("metric.value in $1B..€2B", "mixes USD and EUR", "$1B..€2B"),
        ("metric.value in 5..2", "empty: 5 is above 2", "5..2"),
        ("claim.source < x", "< orders numbers", "claim.source < x"),
        ("metric.value ~ x", "~ matches text", "metric.value ~ x"),
        ("article.published = 5", "a date, but 5 is a number", "5"),
        ("claim.text ~ /(a)\\1/", "invalid regex", "/(a)\\1/"),
        ("claim.metrics = 5", "list of annotations", "claim.metrics"),
        ("quote > 5", "quote is an annotation", "quote"),
        ("any(claim.sources, x = 1)", "not a list of annotations", "claim.sources"),
        ("a.b.c = 1", "too many parts", "a.b.c"),
        ("has(claim.nothing)", "claim has no field 'nothing'", "claim.nothing"),
    ],
)
def test_type_errors_point_at_the_place(text, message, caret):
    with pytest.raises(QueryTypeError) as info:
        compiled(text)
    err = info.value
    assert message in str(err)
    lines = str(err).splitlines()
    column = lines[2].index("^") - 2
    assert text[column : column + len(caret)] == caret
    assert lines[2].count("~") == len(caret) - 1


def test_money_and_percent_never_mix_on_a_typed_field():
    schema = build_schema([FieldSpec("article", "price", "money"), FieldSpec("article", "share", "percent")])
    with pytest.raises(QueryTypeError, match="amount of money, but 5% is a percentage"):
        compiled("article.price > 5%", schema)
    with pytest.raises(QueryTypeError, match="percentage, but \\$5 is an amount"):
        compiled("article.share > $5", schema)
    compiled("article.price > $5 and article.share > 5% and article.price > 5", schema)


def test_regex_too_long_is_refused():
    with pytest.raises(QueryTypeError, match="too long"):
        compiled("claim.text ~ /" + "a" * 1001 + "/")


@pytest.mark.parametrize(
    "text, explicit",
    [
        ("metric.value >= 500M and metric.unit = USD", "any(claim.metrics, value >= 500M and unit = USD)"),
        ("metric.value > 5 or claim.source = X", "any(claim.metrics, value > 5) or claim.source = X"),
        ("metric.value > 5 and claim.source = X and metric.unit = USD",
         "any(claim.metrics, value > 5 and unit = USD) and claim.source = X"),
        ("not metric.kind = money", "any(claim.metrics, not kind = money)"),
        ("not (metric.kind = money and claim.source = X)",
         "not (any(claim.metrics, kind = money) and claim.source = X)"),
        ("metric.value > 5 and quote.speaker = X", "any(claim.metrics, value > 5) and any(claim.quotes, speaker = X)"),
        ("(metric.value > 1 or claim.source = X) and metric.unit = USD",
         "(any(claim.metrics, value > 1) or claim.source = X) and any(claim.metrics, unit = USD)"),
        ("any(claim.quotes, speaker = X and metric.value > 5)",
         "any(claim.quotes, speaker = X and any(claim.metrics, value > 5))"),
        ("all(claim.metrics, metric.unit = USD)", "all(claim.metrics, unit = USD)"),
        ("has(metric)", "has(claim.metrics)"),
        ("has(metric.period)", "any(claim.metrics, has(period))"),
        ("entity.name = OpenAI and not claim.modality = asserted",
         "any(claim.entities, name = OpenAI) and not claim.modality = asserted"),
    ],
)
def test_implicit_quantifiers(text, explicit):
    q = compiled(text)
    assert q.explicit == explicit
    assert compiled(explicit).checked == q.checked


@pytest.mark.parametrize(
    "text, reading",
    [
        ("metric.value >= 500M and metric.unit = USD", "claims with a metric of at least 500 million whose unit is USD"),
        ('quote.speaker = "Sam Altman"', 'claims with a quote whose speaker is "Sam Altman"'),
        ("metric > $1T", "claims with a metric of more than $1 trillion"),
        ("article.published in 2025-12-01..2025-12-31",
         "claims whose article's publication date is between 2025-12-01 and 2025-12-31"),
        ("entity.name = OpenAI and not claim.modality = asserted",
         "claims with an entity whose name is OpenAI and whose modality is not asserted"),
        ("has(claim.source)", "claims that have a source"),
        ("not any(claim.quotes, cue = tweet)", "claims with no quote whose cue is tweet"),
        ("claim.text ~ /code red/i", "claims whose text matches the regex /code red/i"),
    ],
)
def test_plain_english(text, reading):
    assert compiled(text).explain() == reading


def test_plugin_fields_extend_the_schema_and_suggestions():
    schema = build_schema([FieldSpec("group", "agree", "bool"), FieldSpec("group", "sources", "number")])
    assert compiled("group.agree = true and group.sources >= 2", schema).explicit == (
        "any(claim.group, agree = true and sources >= 2)"
    )
    with pytest.raises(QueryTypeError, match="did you mean group.agree"):
        compiled("group.agre = true", schema)
    with pytest.raises(QueryTypeError, match="true or false, but yes is text"):
        compiled("group.agree = yes", schema)


@pytest.mark.parametrize(
    "specs, message",
    [
        ([FieldSpec("metric", "value", "string")], "declared twice"),
        ([FieldSpec("group", "n", "number"), FieldSpec("group", "n", "string")], "declared twice"),
        ([FieldSpec("source", "n", "number")], "clashes with claim.source"),
        ([FieldSpec("Group", "n", "number")], "not a lower-case name"),
    ],
)
def test_conflicting_plugin_fields_are_refused(specs, message):
    with pytest.raises(SchemaConflict, match=message):
        build_schema(specs)


def test_a_plugin_returning_one_field_not_a_list_is_named():
    from newsclaims.query.schema import _each_spec

    answers = [[FieldSpec("group", "n", "number")], None, FieldSpec("group", "m", "number")]
    with pytest.raises(SchemaConflict, match="not a list of FieldSpec"):
        build_schema(_each_spec(answers))
