"""Helpers for writing source-style plugins: lines with offsets, dates, header labels, markers, layouts.

A style plugin reads a page's layout line by line::

    from newsclaims.layout import body_layout, find_line, split_lines, split_names

    lines = split_lines(text)            # the non-blank lines, with offsets and line numbers
    byline = find_line(lines, r"By\\s")
    return body_layout(lines, first=byline.number + 1, authors=split_names(byline.text[3:]))

Everything here is public API; see ``docs/plugins.md`` for a worked example.
"""

from __future__ import annotations

from .build import body_layout, body_regions, find_headings, qa_topics, trim
from .dates import parse_date, search_date
from .header import Dateline, copyright_holder, label_value, split_label, split_names, wire_dateline
from .lines import (
    Line,
    after_blank,
    find_last_line,
    find_line,
    is_faq_heading,
    join_wrapped,
    lines_between,
    looks_like_caption,
    looks_like_heading,
    next_line,
    prev_line,
    split_lines,
    wrapped_paragraphs,
)
from .markers import HEAD_CHARS, TAIL_CHARS, Marker, marker_score, markers_found

__all__ = [
    "HEAD_CHARS",
    "TAIL_CHARS",
    "Dateline",
    "Line",
    "Marker",
    "after_blank",
    "body_layout",
    "body_regions",
    "copyright_holder",
    "find_headings",
    "find_last_line",
    "find_line",
    "is_faq_heading",
    "join_wrapped",
    "label_value",
    "lines_between",
    "looks_like_caption",
    "looks_like_heading",
    "marker_score",
    "markers_found",
    "next_line",
    "parse_date",
    "prev_line",
    "qa_topics",
    "search_date",
    "split_label",
    "split_lines",
    "split_names",
    "trim",
    "wire_dateline",
    "wrapped_paragraphs",
]
