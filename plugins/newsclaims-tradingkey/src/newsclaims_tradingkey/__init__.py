"""The ``tradingkey`` style: a market-news page as TradingKey lays it out.

The title comes first, then a ``Source NAME`` line, then the article, whose
first paragraph opens with the brand as a dateline (``Brand - ``). The
article ends at a ``Disclaimer:`` line; after it come teasers for unrelated
stories (a ``placeholder`` line, a headline, ``Author NAME``, a date, a
summary) and a ``goTop`` link. Only the article is body; the dateline is
header, and spells the publisher's name.
"""

from __future__ import annotations

import re

from newsclaims import StyleInfo, hookimpl
from newsclaims.layout import Marker, body_layout, find_line, marker_score, parse_date, split_lines

STYLE = "tradingkey"
HEADER_LINES = 6  # title, Source line, maybe a date, then the first paragraph

MARKERS = (
    Marker("source line", r"^[ \t]{0,20}Source[ \t]{1,3}[A-Z][\w.&-]{1,40}[ \t]{0,20}$", 0.3, "head", required=True),
    Marker(
        "brand dateline",
        r"^[ \t]{0,20}[A-Z][\w.&]{1,30}(?: [A-Z][\w.&]{1,30}){0,2}[ \t]{1,3}[-–—][ \t]{1,3}\S",
        0.15,
        "head",
    ),
    Marker("disclaimer", r"^[ \t]{0,20}Disclaimer[ \t]{0,3}[:：]", 0.2),
    Marker("teaser placeholder", r"^[ \t]{0,20}placeholder[ \t]{0,20}$", 0.15),
    Marker("teaser author", r"^[ \t]{0,20}Author[ \t\u00a0]{1,4}\S", 0.1, "tail"),
    Marker("back to top", r"^[ \t]{0,20}goTop[ \t]{0,20}$", 0.1, "tail"),
)

_SOURCE_LINE = re.compile(r"Source\s{1,3}(?P<name>\S.{0,60})\Z")
_BRAND_DATELINE = re.compile(r"(?P<brand>[A-Z][\w.&]{1,30}(?: [A-Z][\w.&]{1,30}){0,2})\s{1,3}[-–—]\s{1,3}")
# Where the article stops: the disclaimer, else the first teaser, else the back-to-top link.
_ARTICLE_ENDS = (
    re.compile(r"Disclaimer\s{0,3}[:：]"),
    re.compile(r"placeholder\Z"),
    re.compile(r"goTop\Z"),
)


@hookimpl
def register_styles():
    return [StyleInfo(STYLE, "Market news: Source line, brand dateline, disclaimer, unrelated teasers after it.")]


@hookimpl
def score_style(style, text):
    return marker_score(text, MARKERS) if style == STYLE else None


@hookimpl
def read_layout(style, text):
    if style != STYLE:
        return None
    lines = split_lines(text)
    head = lines[:HEADER_LINES]
    source_line = next((line for line in head if _SOURCE_LINE.match(line.text)), None)
    if source_line is None:
        return None  # not this layout after all: the host falls back to the whole text
    after = [line for line in head if line.number > source_line.number]
    dates = [d for line in after if (d := parse_date(line.text))]
    first = next((line for line in after if not parse_date(line.text)), None)
    if first is None:
        return None
    title = head[0].text if head[0] is not source_line else None
    source = _SOURCE_LINE.match(source_line.text)["name"].strip()
    start = first.start
    dateline = _BRAND_DATELINE.match(first.text)
    if dateline and _same_name(dateline["brand"], source):
        source = dateline["brand"]  # the dateline spells the brand as the publisher does
        start += dateline.end()
    end = next((line for p in _ARTICLE_ENDS if (line := find_line(lines, p, first.number + 1))), None)
    return body_layout(
        lines,
        first.number,
        end.number if end else None,
        start=start,
        source=source,
        title=title,
        published=dates[0] if dates else None,
    )


def _same_name(a: str, b: str) -> bool:
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()
