"""The typed model: frozen, slotted attrs classes that cannot be built invalid.

Every annotation is stand-off: ``start``/``end`` are ``str`` indices into the
article's unchanged ``text``, ``end`` exclusive. Annotations refer to each
other by id. The JSON form lives in :mod:`newsclaims.convert`; this module
knows nothing about JSON.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from decimal import Decimal
from typing import Any, Mapping

import attrs
from attrs import field, validators as v

__all__ = [
    "Article",
    "Bound",
    "Change",
    "Claim",
    "DURATION_UNITS",
    "Entity",
    "EntityKind",
    "Metric",
    "MetricKind",
    "Modality",
    "Quote",
    "Span",
]


class EntityKind(enum.StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    MEDIA = "MEDIA"
    PRODUCT = "PRODUCT"
    PLACE = "PLACE"
    EVENT = "EVENT"


class MetricKind(enum.StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    MULTIPLIER = "multiplier"
    DURATION = "duration"
    OTHER = "other"


class Bound(enum.StrEnum):
    EXACT = "exact"
    LOWER = "lower"
    UPPER = "upper"
    APPROX = "approx"


class Change(enum.StrEnum):
    UP = "up"
    DOWN = "down"


class Modality(enum.StrEnum):
    """Certainty of claimed content, most certain first."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    PLANNED = "planned"
    EXPECTED = "expected"
    SPECULATIVE = "speculative"


DURATION_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"}
)
_ISO_CURRENCY = re.compile(r"[A-Z]{3}\Z")
# "2025", "2025-10", "2025-10-03", "2019-Q3", "2025-H1" and ranges "a..b" of those.
_PERIOD_POINT = r"\d{4}(?:-(?:Q[1-4]|H[12]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?"
_PERIOD = re.compile(rf"{_PERIOD_POINT}(?:\.\.{_PERIOD_POINT})?\Z")


def _finite_decimal(_inst: Any, attribute: attrs.Attribute, value: Decimal | None) -> None:
    if value is not None and not value.is_finite():
        raise ValueError(f"{attribute.name} must be a finite number, not {value}")


def _to_decimal(value: Any) -> Decimal | None:
    """Accept ints and strings exactly; refuse floats, whose binary value is not what was written."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"expected an exact number (int, str or Decimal), got {value!r}")
    return Decimal(value)


def _span_order(inst: Any, _attribute: attrs.Attribute, end: int) -> None:
    if end < inst.start:
        raise ValueError(f"end {end} is before start {inst.start}")


_offset = [v.instance_of(int), v.ge(0)]
_ident = [v.instance_of(str), v.min_len(1)]
_opt_str = v.optional(v.instance_of(str))
_str_tuple = v.deep_iterable(v.instance_of(str), v.instance_of(tuple))


@attrs.frozen
class Span:
    """A stretch of the article text, ``text[start:end]``."""

    start: int = field(validator=_offset)
    end: int = field(validator=[*_offset, _span_order])


@attrs.frozen(kw_only=True)
class Entity:
    """A named thing, with every mention of it in the text."""

    id: str = field(validator=_ident)
    name: str = field(validator=_ident)
    kind: EntityKind = field(converter=EntityKind)
    aliases: tuple[str, ...] = field(default=(), converter=tuple, validator=_str_tuple)
    mentions: tuple[Span, ...] = field(
        default=(), converter=tuple, validator=v.deep_iterable(v.instance_of(Span))
    )
    extra: Mapping[str, Any] = field(factory=dict, hash=False, repr=False)


def _unit_fits_kind(inst: "Metric", _attribute: attrs.Attribute, unit: str | None) -> None:
    kind = inst.kind
    if kind is MetricKind.MONEY:
        ok = unit is not None and bool(_ISO_CURRENCY.match(unit))
        want = "an ISO 4217 code"
    elif kind is MetricKind.PERCENT:
        ok, want = unit in ("%", "pp"), '"%" or "pp"'
    elif kind is MetricKind.MULTIPLIER:
        ok, want = unit == "x", '"x"'
    elif kind is MetricKind.DURATION:
        ok, want = unit in DURATION_UNITS, "one of " + ", ".join(sorted(DURATION_UNITS))
    elif kind is MetricKind.COUNT:
        ok, want = unit is None, "null (what is counted goes in measure)"
    else:
        ok = unit is None or (unit == unit.lower() and unit.strip() == unit and unit != "")
        want = "null or a lower-case unit word"
    if not ok:
        raise ValueError(f"unit {unit!r} does not fit kind {kind.value!r}: expected {want}")


def _high_not_below(inst: "Metric", _attribute: attrs.Attribute, high: Decimal | None) -> None:
    if high is not None and inst.value is not None and high < inst.value:
        raise ValueError(f"high {high} is below value {inst.value}")


@attrs.frozen(kw_only=True)
class Metric:
    """A quantity stated in the text: the value fully scaled, exact."""

    id: str = field(validator=_ident)
    start: int = field(validator=_offset)
    end: int = field(validator=[*_offset, _span_order])
    text: str = field(validator=v.instance_of(str))
    kind: MetricKind = field(converter=MetricKind)
    value: Decimal | None = field(converter=_to_decimal, validator=_finite_decimal)
    unit: str | None = field(default=None, validator=[_opt_str, _unit_fits_kind])
    bound: Bound = field(default=Bound.EXACT, converter=Bound)
    high: Decimal | None = field(
        default=None, converter=_to_decimal, validator=[_finite_decimal, _high_not_below]
    )
    change: Change | None = field(default=None, converter=attrs.converters.optional(Change))
    measure: str | None = field(default=None, validator=_opt_str)
    subject: str | None = field(default=None, validator=_opt_str)
    period: str | None = field(
        default=None, validator=v.optional([v.instance_of(str), v.matches_re(_PERIOD)])
    )
    extra: Mapping[str, Any] = field(factory=dict, hash=False, repr=False)


@attrs.frozen(kw_only=True)
class Quote:
    """Someone's words inside quotation marks (the marks themselves excluded)."""

    id: str = field(validator=_ident)
    start: int = field(validator=_offset)
    end: int = field(validator=[*_offset, _span_order])
    text: str = field(validator=v.instance_of(str))
    speaker: str | None = field(default=None, validator=_opt_str)
    speaker_start: int | None = field(default=None, validator=v.optional(_offset))
    speaker_end: int | None = field(default=None, validator=v.optional(_offset))
    cue: str | None = field(default=None, validator=_opt_str)
    extra: Mapping[str, Any] = field(factory=dict, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if (self.speaker_start is None) != (self.speaker_end is None):
            raise ValueError("speaker_start and speaker_end are given together or not at all")
        if self.speaker_start is not None and self.speaker_end < self.speaker_start:
            raise ValueError(f"speaker_end {self.speaker_end} is before speaker_start {self.speaker_start}")


@attrs.frozen(kw_only=True)
class Claim:
    """One checkable sentence: what it says, about whom, according to whom, how surely."""

    id: str = field(validator=_ident)
    start: int = field(validator=_offset)
    end: int = field(validator=[*_offset, _span_order])
    text: str = field(validator=v.instance_of(str))
    subject: str | None = field(default=None, validator=_opt_str)
    source: str | None = field(default=None, validator=_opt_str)
    cue: str | None = field(default=None, validator=_opt_str)
    modality: Modality = field(default=Modality.ASSERTED, converter=Modality)
    metrics: tuple[str, ...] = field(default=(), converter=tuple, validator=_str_tuple)
    quotes: tuple[str, ...] = field(default=(), converter=tuple, validator=_str_tuple)
    entities: tuple[str, ...] = field(default=(), converter=tuple, validator=_str_tuple)
    extra: Mapping[str, Any] = field(factory=dict, hash=False, repr=False)


def _check_article(article: "Article") -> None:
    """Cross-field rules: spans inside the text, surfaces that match it, ids that resolve."""
    n = len(article.text)
    for region in article.body:
        if region.end > n:
            raise ValueError(f"body region {region.start}-{region.end} ends past the text ({n} characters)")
    for group in ("entities", "metrics", "quotes", "claims"):
        seen: set[str] = set()
        for item in getattr(article, group):
            if item.id in seen:
                raise ValueError(f"{group}: id {item.id!r} is used twice")
            seen.add(item.id)
            spans = item.mentions if group == "entities" else (item,)
            for span in spans:
                if span.end > n:
                    raise ValueError(f"{group} {item.id}: span {span.start}-{span.end} ends past the text ({n} characters)")
            if group != "entities" and article.text[item.start : item.end] != item.text:
                raise ValueError(
                    f"{group} {item.id}: text {item.text!r} is not the text at {item.start}-{item.end}"
                )
    ids = {g: {x.id for x in getattr(article, g)} for g in ("entities", "metrics", "quotes")}
    for claim in article.claims:
        for group in ("entities", "metrics", "quotes"):
            missing = [i for i in getattr(claim, group) if i not in ids[group]]
            if missing:
                raise ValueError(f"claims {claim.id}: {group} {missing} do not exist in the article")


@attrs.frozen(kw_only=True)
class Article:
    """One input text with its header metadata and all its annotations."""

    id: str = field(validator=_ident)
    style: str | None = field(default=None, validator=_opt_str)
    source: str | None = field(default=None, validator=_opt_str)
    title: str | None = field(default=None, validator=_opt_str)
    authors: tuple[str, ...] = field(default=(), converter=tuple, validator=_str_tuple)
    editors: tuple[str, ...] = field(default=(), converter=tuple, validator=_str_tuple)
    published: _dt.date | None = field(default=None, validator=v.optional(v.instance_of(_dt.date)))
    text: str = field(validator=v.instance_of(str))
    body: tuple[Span, ...] = field(default=(), converter=tuple, validator=v.deep_iterable(v.instance_of(Span)))
    entities: tuple[Entity, ...] = field(default=(), converter=tuple, validator=v.deep_iterable(v.instance_of(Entity)))
    metrics: tuple[Metric, ...] = field(default=(), converter=tuple, validator=v.deep_iterable(v.instance_of(Metric)))
    quotes: tuple[Quote, ...] = field(default=(), converter=tuple, validator=v.deep_iterable(v.instance_of(Quote)))
    claims: tuple[Claim, ...] = field(default=(), converter=tuple, validator=v.deep_iterable(v.instance_of(Claim)))
    extra: Mapping[str, Any] = field(factory=dict, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _check_article(self)

    def entity(self, id: str) -> Entity:
        return _by_id(self.entities, id)

    def metric(self, id: str) -> Metric:
        return _by_id(self.metrics, id)

    def quote(self, id: str) -> Quote:
        return _by_id(self.quotes, id)

    def claim(self, id: str) -> Claim:
        return _by_id(self.claims, id)


def _by_id(items: tuple[Any, ...], id: str) -> Any:
    for item in items:
        if item.id == id:
            return item
    raise KeyError(id)
