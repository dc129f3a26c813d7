"""The ``faq-brief`` style: a news brief followed by a block of frequently asked questions.

The brief is plain paragraphs; a ``Frequently Asked Questions`` (or ``FAQ``)
line opens a block of ``Q:`` and ``A:`` lines. Everything is body. Each
answer is about what its question asks, which the layout records as a
:class:`~newsclaims.Topic` so that claim extraction can take the answer's
subject from the question; the block's title is a heading, not a sentence.
"""

from __future__ import annotations

import re

from newsclaims import StyleInfo, hookimpl
from newsclaims.layout import Marker, body_layout, is_faq_heading, looks_like_heading, marker_score, split_lines

STYLE = "faq-brief"
_FAQ = r"(?:Frequently Asked Questions|FAQs?|Questions and Answers)[ \t]{0,3}:?[ \t]{0,20}"

MARKERS = (
    Marker("faq heading", rf"^[ \t]{{0,20}}{_FAQ}$", 0.4, required=True),
    Marker(
        "faq opens on a question",
        rf"^[ \t]{{0,20}}{_FAQ}\r?\n(?:[ \t]{{0,20}}\r?\n){{0,3}}[ \t]{{0,20}}Q[ \t]{{0,3}}[:：]",
        0.2,
    ),
    Marker(
        "question and answer",
        r"^[ \t]{0,20}Q[ \t]{0,3}[:：][^\n]{1,500}\n(?:[ \t]{0,20}\r?\n){0,3}[ \t]{0,20}A[ \t]{0,3}[:：]",
        0.2,
    ),
)
_ANSWER = re.compile(r"^[ \t]{0,20}A[ \t]{0,3}[:：]", re.M)
MANY_ANSWERS = 3
MANY_ANSWERS_WEIGHT = 0.1


@hookimpl
def register_styles():
    return [StyleInfo(STYLE, "News briefs closed by a Frequently Asked Questions block of Q:/A: lines.")]


@hookimpl
def score_style(style, text):
    return marker_score(text, MARKERS, extra=_many_answers_score) if style == STYLE else None


def _many_answers_score(text: str) -> float:
    found = sum(1 for _ in zip(range(MANY_ANSWERS), _ANSWER.finditer(text)))
    return MANY_ANSWERS_WEIGHT if found >= MANY_ANSWERS else 0.0


@hookimpl
def read_layout(style, text):
    if style != STYLE:
        return None
    lines = split_lines(text)
    if not lines:
        return None
    first = lines[0]
    # A headline above the brief is its title; a brief that opens with a sentence has none.
    if len(lines) > 1 and looks_like_heading(first.text) and not is_faq_heading(first.text):
        return body_layout(lines, first.number + 1, title=first.text)
    return body_layout(lines)
