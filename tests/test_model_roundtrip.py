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
