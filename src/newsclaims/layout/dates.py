"""Dates as page headers print them, to :class:`datetime.date`.

Understood: ``12/04 2025`` and ``12/04/2025`` (month first unless the first
number cannot be a month, or ``day_first``), ``2025-12-04``, ``2025/12/04``,
``Dec 17, 2025``, ``Dec. 17, 2025``, ``December 2, 2025``, ``17 December 2025``,
with an optional leading weekday. A date without a year (``Feb 05, Thu``) is
not a date here: nothing outside the text may fill the year in.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from .data import MONTHS

__all__ = ["parse_date", "search_date"]

_WEEKDAY: Final = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s{1,3})?"
_MONTH: Final = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE: Final = re.compile(
    _WEEKDAY + r"(?:"
    r"(?P<ymd_y>\d{4})[-/.](?P<ymd_m>\d{1,2})[-/.](?P<ymd_d>\d{1,2})"
    r"|(?P<n1>\d{1,2})[/.-](?P<n2>\d{1,2})(?:[/.-]|,?\s{1,3})(?P<n_y>\d{4})"
    r"|" + _MONTH + r"\s{1,3}(?P<md_d>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<md_y>\d{4})"
    r"|(?P<dm_d>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?P<mon2>[A-Za-z]{3,9})\.?,?\s{1,3}(?P<dm_y>\d{4})"
    r")(?!\d)"
)


def _build(year: str, month: int | None, day: str) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _from_match(m: re.Match[str], day_first: bool) -> dt.date | None:
    if m["ymd_y"]:
        return _build(m["ymd_y"], int(m["ymd_m"]), m["ymd_d"])
    if m["n1"]:
        first, second = int(m["n1"]), int(m["n2"])
        if day_first or first > 12:
            first, second = second, first
        return _build(m["n_y"], first, str(second))
    if m["mon"]:
        return _build(m["md_y"], MONTHS.get(m["mon"].lower()), m["md_d"])
    return _build(m["dm_y"], MONTHS.get(m["mon2"].lower()), m["dm_d"])


def parse_date(value: str, *, day_first: bool = False) -> dt.date | None:
    """The date that ``value`` is, all of it (surrounding white space aside), or None."""
    value = value.strip()
    if len(value) > 40:
        return None
    m = _DATE.fullmatch(value)
    return _from_match(m, day_first) if m else None


def search_date(value: str, *, day_first: bool = False) -> tuple[dt.date, int, int] | None:
    """The first date written in ``value`` with its ``(start, end)`` offsets, or None."""
    for m in _DATE.finditer(value):
        if m.start() and value[m.start() - 1].isalnum():
            continue
        date = _from_match(m, day_first)
        if date is not None:
            return date, m.start(), m.end()
    return None
