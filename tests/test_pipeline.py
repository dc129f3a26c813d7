"""The pipeline: deterministic, spans inside the text, never raising on any text."""

from hypothesis import given, settings, strategies as st

import newsclaims as nc
from newsclaims.pipeline import InputError, decode

import pytest


def all_spans(article):
    for region in article.body:
        yield "body", region.start, region.end
    for e in article.entities:
        for m in e.mentions:
            yield "entity", m.start, m.end
    for group in ("metrics", "quotes", "claims"):
        for x in getattr(article, group):
            yield group, x.start, x.end
    for q in article.quotes:
        if q.speaker_start is not None:
            yield "speaker", q.speaker_start, q.speaker_end


@settings(max_examples=60)
@given(st.text(max_size=400))
def test_extract_never_raises_and_spans_lie_inside_the_text(text):
    article = nc.extract(text, id="t")
    assert article.text == text
    for what, start, end in all_spans(article):
        assert 0 <= start <= end <= len(text), what


@settings(max_examples=30)
@given(st.lists(st.sampled_from([
    "Acme Corp said revenue rose 12% to $4.5 billion in 2024. ",
    '"We will grow," said Jane Doe, the chief executive. ',
    "According to Reuters, about 300 people lost their jobs.\n",
    "Q: What changed?\nA: Sales fell by a third.\n",
    "\u201cIt is over,\u201d he said. ",
    "Mr. Smith paid US$3 bn. ",
]), max_size=8))
def test_extract_of_news_like_text_keeps_spans_inside(parts):
    text = "".join(parts)
    article = nc.extract(text, id="t")
    for what, start, end in all_spans(article):
        assert 0 <= start <= end <= len(text), what


def test_extract_is_a_pure_function(seed_paths):
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        assert nc.to_json(nc.extract(text, id="x")) == nc.to_json(nc.extract(text, id="x"))


def test_extract_file_reads_the_text_byte_for_byte(seed_paths):
    for path in seed_paths:
        article = nc.extract_file(path)
        assert article.id == path.stem
        assert article.text.encode("utf-8") == path.read_bytes()
        assert article.style


def test_bom_is_dropped_and_nothing_else_changes():
    assert decode("\ufeffa\r\nb ".encode("utf-8")) == "a\r\nb "


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty file"),
        (b"  \n\t", "white space"),
        (b"abc\x00def", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
    ],
)
def test_bad_bytes_give_one_line_errors(data, problem):
    with pytest.raises(InputError) as info:
        decode(data, "x.txt")
    message = str(info.value)
    assert message.startswith("x.txt: ") and problem in message and "\n" not in message


def test_unknown_style_lists_the_installed_ones():
    with pytest.raises(KeyError) as info:
        nc.extract("Some text.", style="no-such-style")
    assert "generic" in str(info.value)


def test_generic_style_always_applies():
    assert nc.extract("Plain text.").style in {s for s in nc.pipeline.default_pipeline().styles.names()}


def test_claims_are_numbered_by_position_and_linked_to_what_lies_in_them():
    from newsclaims.pipeline import _link

    text = "A said x. B said y. C said z."
    def claim(start, end, source):
        return nc.Claim(id="tmp", start=start, end=end, text=text[start:end], source=source)
    def quote(i, start, end):
        return nc.Quote(id=f"q{i}", start=start, end=end, text=text[start:end])
    def metric(i, start, end):
        return nc.Metric(id=f"m{i}", start=start, end=end, text=text[start:end], kind="count", value=1)
    quotes = (quote(1, 0, 15), quote(2, 2, 5), quote(3, 26, 28))  # q1 reaches into the second sentence
    metrics = (metric(1, 7, 8), metric(2, 17, 18))
    entity = nc.Entity(id="e1", name="C", kind="PERSON", mentions=[nc.Span(20, 21)])
    linked = _link([claim(20, 29, "C"), claim(0, 9, "A"), claim(10, 19, "B")], (entity,), metrics, quotes)
    assert [c.id for c in linked] == ["c1", "c2", "c3"]
    assert [c.source for c in linked] == ["A", "B", "C"]
    assert [c.quotes for c in linked] == [("q1", "q2"), ("q1",), ("q3",)]
    assert [c.metrics for c in linked] == [("m1",), ("m2",), ()]
    assert [c.entities for c in linked] == [(), (), ("e1",)]


@given(st.data())
def test_the_hosts_copies_equal_what_attrs_evolve_builds(data):
    import attrs

    from newsclaims.pipeline import _replace

    from . import strategies

    article = data.draw(strategies.articles())
    for item in (*article.entities, *article.metrics, *article.quotes, *article.claims):
        copy = _replace(item, id="x9")
        assert copy == attrs.evolve(item, id="x9") and type(copy) is type(item)


def test_reading_text_reads_line_breaks_inside_sentences_as_spaces():
    from newsclaims.document import Document, Layout
    from newsclaims.model import Span

    wrapped = "The board met on Tuesday and agreed that the plan should go\nahead, a spokesman said.\n" * 2
    doc = Document(id="d", text=wrapped, style="generic", layout=Layout(body=(Span(0, len(wrapped) - 1),)))
    assert doc.reading_text == wrapped.replace("go\nahead", "go ahead")  # paragraph breaks stay
    plain = "One line.\nAnother line.\n"
    doc = Document(id="d", text=plain, style="generic", layout=Layout(body=(Span(0, len(plain) - 1),)))
    assert doc.reading_text is plain
