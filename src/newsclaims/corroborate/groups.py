"""What corroboration reports: groups of metric claims that state the same quantity."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

import attrs

from ..model import Bound, Change, Modality

__all__ = ["Group", "Member", "QuantityKey", "StatedValue"]


@attrs.frozen
class QuantityKey:
    """The quantity a group is about, as displayed.

    ``unit`` is the family values are compared in: a currency code, ``%``,
    ``pp``, ``x``, ``duration``, ``count`` or ``other:<unit>``. ``change`` is
    true when the quantity is a rise or fall rather than a level.
    """

    subject: str
    measure: str
    unit: str
    period: str | None = None
    change: bool = False


@attrs.frozen
class Member:
    """One metric claim: a metric of an article, with the claim (sentence) that states it.

    ``claim`` is None for a metric that no claim holds. ``source`` is the
    upstream source the claim names (The Information, Similarweb, an
    executive), None when the article asserts it on its own authority;
    ``party`` is who backs it either way: the named source, else the
    article's publisher, else the article itself (its id). ``modality`` is
    the claim's (a goal, a forecast or a report of the figure).
    """

    article: str
    claim: str | None
    metric: str
    text: str
    party: str
    source: str | None = None
    published: _dt.date | None = None
    modality: Modality | None = None


@attrs.frozen
class StatedValue:
    """One figure as stated (value, bound, range), with the articles and parties backing it."""

    text: str
    value: Decimal
    high: Decimal | None
    bound: Bound
    unit: str | None
    change: Change | None
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    members: tuple[Member, ...]


@attrs.frozen
class Group:
    """Metric claims across articles that state one quantity, and whether their figures agree.

    ``agree`` is true when one value fits every figure within its stated
    bound ("more than 800 million" and "800 million" do). ``sources`` are the
    distinct parties backing it (see :class:`Member`: a named upstream
    source, else the publisher), told apart through entity aliases, so two
    articles citing the same report count once; ``earliest`` is the
    earliest publication date among the members' articles, when any is dated.
    """

    id: str
    key: QuantityKey
    members: tuple[Member, ...]
    values: tuple[StatedValue, ...]
    agree: bool
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    measures: tuple[str, ...] = ()
    earliest: _dt.date | None = None
    earliest_articles: tuple[str, ...] = ()
