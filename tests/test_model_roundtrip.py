"""The JSON form round-trips any valid article exactly."""

import io

from hypothesis import given, strategies as st

import newsclaims as nc

from .strategies import articles


@given(articles())
def test_json_round_trip(article):
    assert nc.from_json(nc.to_json(article)) == article


@given(articles())
def test_dict_round_trip(article):
    assert nc.from_dict(nc.to_dict(article)) == article


@given(st.lists(articles(max_annotations=2), max_size=5))
def test_jsonl_reads_back_n_equal_articles(batch):
    buf = io.StringIO()
    assert nc.write_jsonl(batch, buf) == len(batch)
    buf.seek(0)
    assert list(nc.read_jsonl(buf)) == batch


@given(articles())
def test_fast_dumps_writes_what_the_exact_encoder_writes(article):
    from newsclaims.convert import dumps_exact

    data = nc.to_dict(article)
    assert nc.convert.dumps(data) == dumps_exact(data)


def test_dumps_falls_back_when_a_string_looks_like_a_placeholder(monkeypatch):
    import secrets
    from decimal import Decimal

    from newsclaims.convert import dumps, dumps_exact

    monkeypatch.setattr(secrets, "token_hex", lambda n: "abc")
    data = {"text": '"abc0', "value": Decimal("1.5")}
    assert dumps(data) == dumps_exact(data) == '{"text":"\\"abc0","value":1.5}'
