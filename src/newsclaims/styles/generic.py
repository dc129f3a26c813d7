"""The built-in ``generic`` style: plain bodies and wire copy, the fallback for any text.

The whole text (white space at its ends aside) is the body: a plain article
has no header to leave out. A wire dateline opening it ("NEW YORK (Reuters) -")
names the source. Hard-wrapped text (wire copy) is read as its paragraphs,
not its lines (:func:`~newsclaims.layout.join_wrapped`). Lines that are not sentences (sub-headings, rules) are
listed as headings and ``Q:``/``A:`` pairs as topics, both inside the body.
"""

from __future__ import annotations

from ..document import Layout, StyleInfo
from ..hookspecs import hookimpl
from ..layout import body_layout, join_wrapped, split_lines, wire_dateline

GENERIC_SCORE = 0.1


@hookimpl
def register_styles():
    return [StyleInfo("generic", "Plain article bodies and wire copy; always applies.")]


@hookimpl
def score_style(style, text):
    return GENERIC_SCORE


@hookimpl
def read_layout(style, text):
    lines = join_wrapped(text, split_lines(text))
    if not lines:
        return Layout()
    dateline = wire_dateline(text, lines[0].start)
    return body_layout(lines, source=dateline.source if dateline else None)
