"""Units that can be compared, and the range of values a stated figure allows.

A figure in the news is a statement about a range: "more than 800 million"
allows anything from 800 million up, "about $1.4 trillion" a band around it,
"up to $1.4 trillion" anything up to it, and a plain "800 million" is rounded.
Figures agree when their ranges share a value. Changes are signed ("fell 6%"
is -6) so that a rise and a fall of the same thing disagree instead of
passing as different quantities.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

import attrs

from ..model import Bound, Change, Metric, MetricKind

__all__ = [
    "APPROX_TOLERANCE",
    "DURATION_IN_DAYS",
    "EXACT_TOLERANCE",
    "Interval",
    "common_interval",
    "interval_of",
    "unit_family",
]

# A plain figure is taken as rounded to within half a percent, an "about"
# figure to within ten percent: news rounds, and "roughly" means roughly.
EXACT_TOLERANCE = Decimal("0.005")
APPROX_TOLERANCE = Decimal("0.1")

# Durations are compared in days; a month and a year are their calendar averages.
DURATION_IN_DAYS: dict[str, Decimal] = {
    "second": Decimal(1) / Decimal(86400),
    "minute": Decimal(1) / Decimal(1440),
    "hour": Decimal(1) / Decimal(24),
    "day": Decimal(1),
    "week": Decimal(7),
    "month": Decimal("365.25") / Decimal(12),
    "quarter": Decimal("365.25") / Decimal(4),
    "year": Decimal("365.25"),
    "decade": Decimal("3652.5"),
    "century": Decimal("36525"),
}


def unit_family(metric: Metric) -> str:
    """What a metric's value can be compared with: a currency, "%", "pp", "x", "duration", "count" or "other:<unit>"."""
    kind = metric.kind
    if kind is MetricKind.DURATION and metric.unit in DURATION_IN_DAYS:
        return "duration"
    if kind is MetricKind.COUNT:
        return "count"
    if kind is MetricKind.OTHER:
        return f"other:{metric.unit}" if metric.unit else "other"
    return metric.unit or kind.value


@attrs.frozen
class Interval:
    """A closed range of values; ``None`` at an end means unbounded there."""

    low: Decimal | None
    high: Decimal | None

    def meets(self, other: "Interval") -> bool:
        return common_interval((self, other)) is not None


def _scale(metric: Metric) -> Decimal:
    if metric.kind is MetricKind.DURATION and metric.unit in DURATION_IN_DAYS:
        return DURATION_IN_DAYS[metric.unit]
    return Decimal(1)


def interval_of(metric: Metric) -> Interval | None:
    """The values ``metric`` allows, in its family's base unit and signed by its change; None without a value."""
    if metric.value is None:
        return None
    scale = _scale(metric)
    low = metric.value * scale
    high = (metric.high if metric.high is not None else metric.value) * scale
    bound = metric.bound
    tolerance = APPROX_TOLERANCE if bound is Bound.APPROX else EXACT_TOLERANCE
    low_end: Decimal | None = low - abs(low) * tolerance
    high_end: Decimal | None = high + abs(high) * tolerance
    if bound is Bound.LOWER:
        high_end = None
    elif bound is Bound.UPPER:
        low_end = None
    if metric.change is Change.DOWN:
        low_end, high_end = (-high_end if high_end is not None else None), (-low_end if low_end is not None else None)
    return Interval(low_end, high_end)


def common_interval(intervals: Iterable[Interval]) -> Interval | None:
    """The values every interval allows, or None when there is none (on a line, pairwise overlap is enough)."""
    lows = []
    highs = []
    for it in intervals:
        if it.low is not None:
            lows.append(it.low)
        if it.high is not None:
            highs.append(it.high)
    low = max(lows) if lows else None
    high = min(highs) if highs else None
    if low is not None and high is not None and low > high:
        return None
    return Interval(low, high)
