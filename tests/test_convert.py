"""The JSON form: exact numbers, FORMAT.md keys, extra fields kept, schema errors that name the field."""

import json
from decimal import Decimal

import pytest

import newsclaims as nc
from newsclaims.convert import dumps, format_decimal

TEXT = "OpenAI is valued at $500 billion, up 11%."


def article(**changes):
    data = {
        "id": "a1",
        "text": TEXT,
        "body": [{"start": 0, "end": len(TEXT)}],
        "metrics": [
            {"id": "m1", "start": 20, "end": 32, "text": "$500 billion", "kind": "money",
             "value": 500000000000, "unit": "USD", "bound": "exact", "high": None, "change": None,
             "measure": "valued", "subject": "OpenAI", "period": None},
        ],
        "claims": [{"id": "c1", "start": 0, "end": len(TEXT), "text": TEXT, "metrics": ["m1"], "modality": "asserted"}],
    }
    data.update(changes)
    return data


def test_keys_follow_format_md():
    out = json.loads(nc.to_json(nc.from_dict(article())))
    assert list(out)[:13] == ["id", "style", "source", "title", "authors", "editors", "published",
                              "text", "body", "entities", "metrics", "quotes", "claims"]
    assert list(out["metrics"][0]) == ["id", "start", "end", "text", "kind", "value", "unit", "bound",
                                       "high", "change", "measure", "subject", "period"]


@pytest.mark.parametrize("value", ["33.333333333333333333333", "0.1", "1400000000000", "-2.5", "1E+3"])
def test_decimal_values_are_written_exactly(value):
    data = article()
    data["metrics"][0]["value"] = Decimal(value)
    text = nc.to_json(nc.from_dict(data))
    back = nc.from_json(text)
    assert back.metrics[0].value == Decimal(value)
    assert "E" not in text.split('"value":')[1].split(",")[0]


def test_format_decimal_has_no_exponent_or_trailing_zeros():
    assert format_decimal(Decimal("1.4E+12")) == "1400000000000"
    assert format_decimal(Decimal("22.50")) == "22.5"
    assert format_decimal(Decimal("0E-7")) == "0"


def test_extra_fields_survive_a_round_trip():
    data = article(x_note="kept")
    data["metrics"][0]["confidence"] = 0.5
    a = nc.from_dict(data)
    assert a.extra == {"x_note": "kept"}
    out = json.loads(nc.to_json(a))
    assert out["x_note"] == "kept" and out["metrics"][0]["confidence"] == 0.5


def test_floats_are_refused_by_the_model_but_read_exactly_from_json():
    with pytest.raises(TypeError):
        nc.Metric(id="m", start=0, end=1, text="x", kind="count", value=0.1)
    assert nc.from_json(dumps(article())).metrics[0].value == 500000000000


@pytest.mark.parametrize(
    "change, where",
    [
        (lambda d: d["metrics"][0].update(kind="cash"), "metrics[0] (id 'm1').kind"),
        (lambda d: d["metrics"][0].update(unit="dollars"), "metrics[0] (id 'm1')"),
        (lambda d: d["metrics"][0].update(text="$600 billion"), "metrics m1"),
        (lambda d: d["metrics"][0].pop("start"), "metrics[0] (id 'm1').start"),
        (lambda d: d["claims"][0].update(metrics=["m9"]), "claims c1"),
        (lambda d: d["claims"][0].update(modality="certain"), "claims[0] (id 'c1').modality"),
        (lambda d: d.update(published="yesterday"), "published"),
        (lambda d: d["metrics"][0].update(period="last year"), "metrics[0] (id 'm1')"),
    ],
)
def test_schema_errors_name_the_annotation_and_field(change, where):
    data = article()
    change(data)
    with pytest.raises(nc.SchemaError) as info:
        nc.from_dict(data)
    assert where in str(info.value)


def test_invalid_objects_cannot_be_built():
    with pytest.raises(ValueError):
        nc.Span(5, 2)
    with pytest.raises(ValueError):
        nc.Metric(id="m", start=0, end=1, text="x", kind="percent", value=1, unit="USD")
    with pytest.raises(ValueError):
        nc.Metric(id="m", start=0, end=1, text="x", kind="count", value=5, high=2)
    with pytest.raises(ValueError):
        nc.Article(id="a", text="abc", body=[nc.Span(0, 9)])


def test_jsonl_errors_name_the_line():
    lines = [nc.to_json(nc.from_dict(article())), "{not json"]
    with pytest.raises(nc.SchemaError, match="data.jsonl, line 2"):
        list(nc.read_jsonl(lines, name="data.jsonl"))


def test_gold_files_load_without_ids():
    data = article()
    del data["metrics"][0]["id"]
    data["claims"][0]["metrics"] = ["m1"]
    assert nc.from_dict(data).metrics[0].id == "m1"
