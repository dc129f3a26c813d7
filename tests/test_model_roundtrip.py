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


def test_dumps_writes_what_orjson_refuses():
    from decimal import Decimal

    from newsclaims.convert import dumps, dumps_exact

    data = {"x_big": 2**70, "value": Decimal("1.5"), "text": "caf\u00e9 \ud800"}
    out = dumps(data)
    assert out == dumps_exact(data)
    assert out.startswith('{"x_big":1180591620717411303424,"value":1.5,"text":"caf\u00e9 ')


