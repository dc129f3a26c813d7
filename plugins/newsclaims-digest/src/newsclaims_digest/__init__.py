"""The ``digest`` style: a translated newspaper digest with section headings and a stray end mark.

Paragraphs are single lines with no blank lines between them; short lines
without final punctuation head the sections; the text ends with a line
holding only a mark such as ``|`` left over from the page. The mark is not
body; the headings are body but not sentences.
"""

from __future__ import annotations

import re

from newsclaims import StyleInfo, hookimpl
from newsclaims.layout import Marker, body_layout, looks_like_heading, marker_score, split_lines

STYLE = "digest"

MARKERS = (
    Marker("stray end mark", r"^[ \t]{0,20}[^\w\s]{1,3}[ \t]{0,20}\s{0,20}\Z", 0.4, "tail", required=True),
    Marker("opens with a paragraph", r"\A\s{0,20}[^\n]{300}", 0.1, "head"),
)
SECTION_HEADINGS = 2
SECTION_WEIGHT = 0.25
UNSPACED_WEIGHT = 0.15
_BLANK_BETWEEN = re.compile(r"\S[ \t]{0,20}\r?\n[ \t]{0,20}\r?\n")
_ALNUM = re.compile(r"[^\W_]")


@hookimpl
def register_styles():
    return [StyleInfo(STYLE, "Newspaper digests: single-line paragraphs, section headings, a stray end mark.")]


@hookimpl
def score_style(style, text):
    return marker_score(text, MARKERS, extra=_sections_score) if style == STYLE else None


def _sections_score(text: str) -> float:
    """Section headings between the paragraphs, and no blank lines spacing them."""
    lines = split_lines(text)[1:-1]
    headings = sum(1 for line in lines if _ALNUM.search(line.text) and looks_like_heading(line.text))
    score = SECTION_WEIGHT if headings >= SECTION_HEADINGS else 0.0
    if _BLANK_BETWEEN.search(text.rstrip()) is None:
        score += UNSPACED_WEIGHT
    return score


@hookimpl
def read_layout(style, text):
    if style != STYLE:
        return None
    lines = list(split_lines(text))
    while lines and not _ALNUM.search(lines[-1].text):
        lines.pop()  # the stray end mark, and any rule before it
    if not lines:
        return None
    first = lines[0]
    if len(lines) > 1 and looks_like_heading(first.text):
        return body_layout(lines, first.number + 1, title=first.text)
    return body_layout(lines)
