"""Quantities in news text: every number, every metric, and their canonical surfaces.

    >>> from newsclaims.metrics import find_metrics
    >>> [(m.text, m.value, m.unit, m.bound) for m in find_metrics("It is valued at over $500 billion.")]
    [('over $500 billion', Decimal('500000000000'), 'USD', <Bound.LOWER: 'lower'>)]
"""

from __future__ import annotations

import attrs

from ..document import Document, Layout
from ..model import Metric, Span
from .canonical import format_metric, parse_metric
from .numbers import Number, exactly, find_numbers

__all__ = ["Number", "find_metrics", "find_numbers", "format_metric", "parse_metric"]


@exactly
def find_metrics(text: str) -> list[Metric]:
    """The metrics the article pipeline gives for ``text`` read as one plain body (the generic style).

    Ids are numbered by position as the pipeline numbers them (``m1``, ``m2`` ...);
    without an entity extractor, subjects come from capitalised phrases.
    """
    from .document import document_metrics

    # The whole text is the body (white space at its ends aside) and no line is a heading:
    # a phrase such as "50 cars" is a sentence here, whatever a style would make of it.
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    layout = Layout(body=(Span(start, end),) if end > start else ())
    doc = Document(id="text", text=text, style="generic", layout=layout)
    found = sorted(document_metrics(doc), key=lambda m: (m.start, m.end))
    return [attrs.evolve(m, id=f"m{i}") for i, m in enumerate(found, 1)]
