"""The ``shanshang`` style: a translated feature as the Shanshang site lays it out.

The page opens with a header of short lines: the date (``12/04 2025``, month
first), a view counter, the title, then ``Author:``, ``Editor:`` and other
``Label: value`` lines. Paragraphs are single lines; an image shows as an
empty line with its caption on the next line. A copyright line naming the
publisher ends the page. Captions and the footer are left out of the body.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from newsclaims import StyleInfo, hookimpl
from newsclaims.layout import (
    Line,
    Marker,
    after_blank,
    body_layout,
    copyright_holder,
    lines_between,
    looks_like_caption,
    marker_score,
    parse_date,
    split_label,
    split_lines,
    split_names,
)

STYLE = "shanshang"
HEADER_LINES = 12  # the header never runs longer than this many lines
LEADING_LABEL_LINES = 3  # labels may come before the title only among the first lines

MARKERS = (
    # The date line opening the page is what makes the layout: without it the score is 0.
    Marker("date first", r"\A\s{0,20}\d{1,2}/\d{1,2} \d{4}[ \t]{0,20}$", 0.25, "head", required=True),
    Marker(
        "view counter", r"\A\s{0,20}\d{1,2}/\d{1,2} \d{4}[ \t]{0,20}\r?\n[ \t]{0,20}\d{1,9}[ \t]{0,20}$", 0.15, "head"
    ),
    Marker("author label", r"^[ \t]{0,20}Authors?[ \t]{0,3}[:：][ \t]{0,3}\S", 0.2, "head"),
    Marker("editor label", r"^[ \t]{0,20}Editors?[ \t]{0,3}[:：][ \t]{0,3}\S", 0.15, "head"),
    Marker("cover image label", r"^[ \t]{0,20}Cover Image[ \t]{0,3}[:：]", 0.1, "head"),
    Marker("copyright footer", r"^[ \t]{0,20}©[^\n]{1,300}\s{0,20}\Z", 0.15, "tail"),
)
_COUNTER = re.compile(r"\d{1,9}\Z")


@hookimpl
def register_styles():
    return [StyleInfo(STYLE, "Translated features: date and view counter, Author:/Editor: lines, captions, © footer.")]


@hookimpl
def score_style(style, text):
    return marker_score(text, MARKERS) if style == STYLE else None


@hookimpl
def read_layout(style, text):
    if style != STYLE:
        return None
    lines = split_lines(text)
    if not lines:
        return None
    header = _read_header(lines)
    first = header.pop("body_first")
    stop, source = _footer(lines)
    captions = _captions(lines_between(lines, first, stop))
    return body_layout(lines, first, stop, skip=captions, source=source, **header)


def _read_header(lines: Sequence[Line]) -> dict[str, Any]:
    """Date, counter, title and labels at the top; ``body_first`` is the number of the first line after them."""
    found: dict[str, Any] = dict(published=None, title=None, authors=(), editors=())
    title_line: Line | None = None
    labelled_after_title = False
    body_first = 0
    for seen, line in enumerate(lines[:HEADER_LINES], 1):
        label = split_label(line.text)
        if title_line is None and found["published"] is None and (date := parse_date(line.text)):
            found["published"] = date
        elif title_line is None and _COUNTER.match(line.text):
            pass  # the view counter
        elif label is not None and (title_line is not None or seen <= LEADING_LABEL_LINES):
            name = label[0].casefold().rstrip("s")
            if name in ("author", "editor"):
                found[name + "s"] = split_names(label[1])
            labelled_after_title = title_line is not None
        elif title_line is None:
            title_line = line
        else:
            break
        body_first = line.number + 1
    if title_line is not None and labelled_after_title:
        found["title"] = title_line.text
    elif title_line is not None:
        body_first = title_line.number  # no labels follow it: it opens the body
    found["body_first"] = body_first
    return found


def _footer(lines: Sequence[Line]) -> tuple[int | None, str | None]:
    """Where the © footer line is (None: no footer) and the publisher it names."""
    last = lines[-1]
    if last.text.startswith("©") or copyright_holder(last.text) is not None:
        return last.number, copyright_holder(last.text)
    return None, None


def _captions(body: Sequence[Line]) -> set[int]:
    """Caption lines: after an image's empty line, where blank lines do not otherwise space paragraphs."""
    spaced = sum(1 for a, b in zip(body, body[1:]) if after_blank(a, b))
    images_are_blanks = spaced * 2 < len(body)
    return {
        line.number
        for prev, line in zip(body, body[1:])
        if looks_like_caption(line, images_are_blanks and after_blank(prev, line))
    }
