"""What the pipeline hands to plugins: style descriptions, layouts, and the article in progress."""

from __future__ import annotations

import datetime as _dt
from typing import Iterator

import attrs
from attrs import field, validators as v

from .model import Claim, Entity, Metric, Quote, Span, to_tuple

__all__ = ["Document", "FieldSpec", "Layout", "Sentence", "StyleInfo", "Topic"]

FIELD_TYPES = ("string", "number", "money", "percent", "date", "bool", "enum", "list")


@attrs.frozen
class StyleInfo:
    """A source style a plugin can read."""

    name: str = field(validator=[v.instance_of(str), v.matches_re(r"[a-z][a-z0-9_-]*\Z")])
    description: str = ""


@attrs.frozen
class Topic:
    """The text in ``span`` is about what ``about`` names (an answer and its question)."""

    span: Span
    about: Span


@attrs.frozen(kw_only=True)
class Layout:
    """Header metadata and body regions of one article, as its style reads them."""

    source: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = field(default=(), converter=to_tuple)
    editors: tuple[str, ...] = field(default=(), converter=to_tuple)
    published: _dt.date | None = None
    body: tuple[Span, ...] = field(default=(), converter=to_tuple)
    headings: tuple[Span, ...] = field(default=(), converter=to_tuple)
    topics: tuple[Topic, ...] = field(default=(), converter=to_tuple)


@attrs.frozen
class Sentence:
    """One sentence of the body: ``text[start:end]``, and the paragraph it stands in."""

    start: int
    end: int
    paragraph: int


@attrs.frozen
class FieldSpec:
    """A queryable field a plugin adds to an annotation type."""

    owner: str = field(validator=v.instance_of(str))
    name: str = field(validator=[v.instance_of(str), v.matches_re(r"[a-z_][a-z0-9_]*\Z")])
    type: str = field(validator=v.in_(FIELD_TYPES))
    doc: str = ""
    choices: tuple[str, ...] = field(default=(), converter=to_tuple)


@attrs.frozen(kw_only=True)
class Document:
    """An article in progress: each extraction step sees what the earlier ones found."""

    id: str
    text: str
    style: str
    layout: Layout
    entities: tuple[Entity, ...] = ()
    metrics: tuple[Metric, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    # A field, not a cached property, so that attrs.evolve between the steps
    # hands the sentences on instead of splitting the body again.
    sentences: tuple[Sentence, ...] = field(
        default=attrs.Factory(lambda doc: doc._split_sentences(), takes_self=True)
    )
    # ``text`` with the line breaks inside sentences read as spaces (hard-wrapped text joins
    # its lines into sentences): the same length, so offsets agree. Extractors read this and
    # take surfaces from ``text``; it is ``text`` itself when no sentence runs over a line.
    reading_text: str = field(
        default=attrs.Factory(lambda doc: doc._unwrap(), takes_self=True), repr=False, eq=False
    )

    def _split_sentences(self) -> tuple[Sentence, ...]:
        """The body's sentences, headings left out."""
        from .text.sentences import split_sentences

        return tuple(split_sentences(self.text, self.layout.body, self.layout.headings))

    def _unwrap(self) -> str:
        text = self.text
        wrapped = [s for s in self.sentences if text.find("\n", s.start, s.end) >= 0]
        if not wrapped:
            return text
        parts: list[str] = []
        pos = 0
        for s in wrapped:  # in text order, not overlapping
            parts += (text[pos : s.start], text[s.start : s.end].replace("\n", " "))
            pos = s.end
        parts.append(text[pos:])
        return "".join(parts)

    def body_text(self) -> Iterator[tuple[int, str]]:
        """Each body region as ``(offset, text)``."""
        for region in self.layout.body:
            yield region.start, self.text[region.start : region.end]

    def in_body(self, start: int, end: int) -> bool:
        for region in self.layout.body:  # (a loop, not any() over a generator: this runs per mention)
            if region.start <= start and end <= region.end:
                return True
        return False
