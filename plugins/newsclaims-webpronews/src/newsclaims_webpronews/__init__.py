"""The ``webpronews`` style: a trade-press article as WebProNews lays it out.

The headline comes first, then a standfirst, the headline again and a
``Written by NAME`` byline; the article follows, with short sub-headings.
After it come the site's blocks: ``Subscribe for Updates``, a named
newsletter, a consent line, ``Notice an error?``, ``Get the BRAND newsletter
delivered to your inbox`` and ``Advertise with Us``. The body is the article
alone; the publisher is the brand the newsletter line names.
"""

from __future__ import annotations

import re

from newsclaims import StyleInfo, hookimpl
from newsclaims.layout import (
    HEAD_CHARS,
    Marker,
    body_layout,
    find_line,
    lines_between,
    marker_score,
    parse_date,
    split_lines,
    split_names,
)

STYLE = "webpronews"
HEADER_LINES = 8  # headline, standfirst, headline again, byline, maybe a date

MARKERS = (
    Marker("written-by byline", r"^[ \t]{0,20}Written by[ \t]{1,3}[A-Z]", 0.25, "head", required=True),
    Marker("subscribe block", r"^[ \t]{0,20}Subscribe for Updates[ \t]{0,20}$", 0.15, "tail"),
    Marker(
        "newsletter name",
        r"^[ \t]{0,20}[A-Z][\w&.-]{0,30}(?: [A-Z][\w&.-]{0,30}){0,3} Newsletter[ \t]{0,20}$",
        0.1,
        "tail",
    ),
    Marker("brand newsletter", r"^[ \t]{0,20}Get the [A-Z][^\n]{0,60} newsletter delivered", 0.1, "tail"),
    Marker("error notice", r"^[ \t]{0,20}Notice an error\?[ \t]{0,20}$", 0.1, "tail"),
    Marker("advertising block", r"^[ \t]{0,20}Advertise with Us[ \t]{0,20}$", 0.1, "tail"),
)
REPEATED_HEADLINE_WEIGHT = 0.2

_BYLINE = re.compile(r"Written by\s{1,3}(?P<names>\S.{0,200})\Z")
_BRAND = re.compile(r"Get the (?P<brand>[A-Z][\w.&-]{0,40}(?: [A-Z][\w.&-]{0,40}){0,3}) newsletter\b")
# The first of these after the article opens the site's trailing blocks.
_TRAILER = re.compile(
    r"(?:Subscribe for Updates|Subscribe|Notice an error\?|Advertise with Us"
    r"|[A-Z][\w&.-]{0,30}(?: [A-Z][\w&.-]{0,30}){0,3} Newsletter|Get the .{1,60} newsletter\b.*)\Z"
)


@hookimpl
def register_styles():
    return [
        StyleInfo(STYLE, "Trade press: headline, standfirst, repeated headline, Written by byline, newsletter blocks.")
    ]


@hookimpl
def score_style(style, text):
    return marker_score(text, MARKERS, extra=_repeated_headline_score) if style == STYLE else None


@hookimpl
def read_layout(style, text):
    if style != STYLE:
        return None
    lines = split_lines(text)
    head = lines[:HEADER_LINES]
    byline = next((line for line in head if _BYLINE.match(line.text)), None)
    if byline is None:
        return None
    trailer = find_line(lines, _TRAILER, byline.number + 1)
    stop = trailer.number if trailer else None
    trailing = lines_between(lines, stop) if stop is not None else ()
    return body_layout(
        lines,
        byline.number + 1,
        stop,
        source=next((m["brand"] for line in trailing if (m := _BRAND.match(line.text))), None),
        title=head[0].text if head[0] is not byline else None,
        authors=split_names(_BYLINE.match(byline.text)["names"]),
        published=next((d for line in head if (d := parse_date(line.text))), None),
    )


def _repeated_headline_score(text: str) -> float:
    """The first line comes back, word for word, among the next few lines of the header."""
    head = [line.strip() for line in text[:HEAD_CHARS].split("\n") if line.strip()][:HEADER_LINES]
    return REPEATED_HEADLINE_WEIGHT if len(head) > 1 and head[0] in head[1:] else 0.0
