"""One canonical surface per metric, and back: ``$1.4 trillion``, ``more than 11%``, ``7x``.

:func:`format_metric` writes a metric's value, unit, bound, range and change
the way a newspaper would; :func:`parse_metric` reads such a surface (or any
other single quantity) with the same reader the extractor uses, so that
``parse_metric(format_metric(m))`` gives ``m``'s value, unit, bound, high and
kind back. A value of null is written ``?``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from ..model import Bound, Change, Metric, MetricKind
from . import tables as T
from .extract import read_quantities
from .numbers import exactly, tidy

__all__ = ["format_metric", "format_number", "parse_metric"]

_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
_SCALES = (("trillion", Decimal(10) ** 12), ("billion", Decimal(10) ** 9), ("million", Decimal(10) ** 6))
_SCALED_KINDS = frozenset({MetricKind.MONEY, MetricKind.COUNT, MetricKind.OTHER})
_BOUND_WORDS = {Bound.LOWER: "more than ", Bound.UPPER: "up to ", Bound.APPROX: "about ", Bound.EXACT: ""}
_UNKNOWN = "?"
_STAND_IN = "7"  # the numeral read in place of "?"


def _plural_of(unit: str) -> str:
    for written, singular in T.OTHER_UNITS.items():
        if singular == unit and written in (unit + "s", unit + "es"):
            return written
    return unit


def format_number(value: Decimal, scale_word: str | None = None) -> str:
    """``1400000000000`` -> ``1.4 trillion``; ``30154`` -> ``30,154``; exact, never rounded.

    ``scale_word`` forces a scale ("0.001 trillion"), as the low end of a range
    whose top is written with one must be: "10-20 million" reads 10 million.
    """
    value = tidy(value)
    sign = "-" if value < 0 else ""
    a = abs(value)
    if scale_word is not None:
        return f"{sign}{_digits(tidy(a / dict(_SCALES)[scale_word]))} {scale_word}"
    for word, scale in _SCALES:
        if a >= scale:
            mantissa = tidy(a / scale)
            if mantissa < 1000 and -cast(int, mantissa.as_tuple().exponent) <= 3:  # finite: an int exponent
                return f"{sign}{_digits(mantissa)} {word}"
    return sign + _digits(a)


def _digits(a: Decimal) -> str:
    text = format(a, "f")
    whole, _, frac = text.partition(".")
    whole = f"{int(whole):,}" if len(whole) > 3 else whole
    return whole + ("." + frac if frac else "")


def _amount(kind: MetricKind, unit: str | None, value: Decimal | None, scale_word: str | None = None) -> str:
    if value is None:
        number, negative = _UNKNOWN, False
    else:
        negative = value < 0
        shown = abs(value) if kind is MetricKind.MONEY else value
        if kind in _SCALED_KINDS:
            number = format_number(shown, scale_word)
        else:  # "15%", "7x", "3 years": scale words would not read back after these units
            number = ("-" if shown < 0 else "") + _digits(abs(tidy(shown)))
    if kind is MetricKind.MONEY:
        symbol = _SYMBOLS.get(unit or "", f"{unit} ")
        return ("-" if negative else "") + symbol + number
    if kind is MetricKind.PERCENT:
        if unit == "pp":
            return number + (" percentage point" if value == 1 else " percentage points")
        return number + "%"
    if kind is MetricKind.MULTIPLIER:
        return number + "x"
    if kind is MetricKind.DURATION:
        return f"{number} {unit}" + ("" if value == 1 else "s")
    if kind is MetricKind.OTHER and unit:
        return f"{number} {unit if value == 1 else _plural_of(unit)}"
    return number


@exactly
def format_metric(metric: Metric) -> str:
    """The canonical surface of ``metric``: change, bound, amount (and the range's top)."""
    if metric.high is not None:
        top = _amount(metric.kind, metric.unit, metric.high)
        scale_word = next((w for w, _ in _SCALES if top.endswith(" " + w) or f" {w} " in top), None)
        low_plain = _amount(metric.kind, metric.unit, metric.value)
        if scale_word is not None and not any(low_plain.endswith(" " + w) or f" {w} " in low_plain for w, _ in _SCALES):
            low_plain = _amount(metric.kind, metric.unit, metric.value, scale_word)
        text = f"{low_plain} to {top}"
    else:
        text = _amount(metric.kind, metric.unit, metric.value)
    text = _BOUND_WORDS[metric.bound] + text
    if metric.change is not None and metric.kind is not MetricKind.DURATION:
        text = ("up " if metric.change is Change.UP else "down ") + text
    return text


@exactly
def parse_metric(surface: str) -> Metric:
    """The one quantity stated in ``surface``; ``ValueError`` when there is none or several."""
    unknown = _UNKNOWN in surface
    text = surface.replace(_UNKNOWN, _STAND_IN) if unknown else surface
    found = read_quantities(text, lone=True)
    if len(found) != 1:
        raise ValueError(f"{surface!r} states {len(found)} quantities, not one")
    q = found[0]
    return Metric(
        id="m1",
        start=q.start,
        end=q.end,
        text=surface[q.start : q.end],
        # a unitless surface reads as a count: "27,934.02" may be an index level, but the surface
        # of a count is written the same way (see docs/metrics.md, Canonical surfaces)
        kind="count" if q.kind == "other" and q.unit is None else q.kind,
        value=None if unknown else q.value,
        unit=q.unit,
        bound=q.bound,
        high=q.high,
        change=q.change,
    )
