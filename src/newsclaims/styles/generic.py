"""The built-in ``generic`` style: plain bodies and wire copy, the fallback for any text."""

from __future__ import annotations

from ..document import Layout, StyleInfo
from ..hookspecs import hookimpl
from ..model import Span

GENERIC_SCORE = 0.1


@hookimpl
def register_styles():
    return [StyleInfo("generic", "Plain article bodies and wire copy; always applies.")]


@hookimpl
def score_style(style, text):
    return GENERIC_SCORE


@hookimpl
def read_layout(style, text):
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Layout(body=(Span(start, end),) if end > start else ())
