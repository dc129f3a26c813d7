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
from typing import TYPE_CHECKING, Any, Iterable, Mapping

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


# Validators and converters are plain functions with a fast path for the usual exact type:
# they run for every annotation the pipeline builds, and attrs' generic ones cost more.

if TYPE_CHECKING:

    def to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
        """``tuple`` as a converter, as type checkers should read it (any iterable in)."""

else:
    to_tuple = tuple  # the builtin itself: a Python wrapper would cost a call per field


def _offset(_inst: Any, attribute: attrs.Attribute, value: int) -> None:
    """A ``str`` index: an int, never negative."""
    if type(value) is not int and not isinstance(value, int):
        raise TypeError(f"'{attribute.name}' must be an int, not {type(value).__name__} ({value!r})")
    if value < 0:
        raise ValueError(f"'{attribute.name}' must be >= 0, not {value}")


def _end(inst: Any, attribute: attrs.Attribute, end: int) -> None:
    """An offset that is not before ``start``."""
    _offset(inst, attribute, end)
    if end < inst.start:
        raise ValueError(f"end {end} is before start {inst.start}")


def _optional_offset(inst: Any, attribute: attrs.Attribute, value: int | None) -> None:
    if value is not None:
        _offset(inst, attribute, value)


def _string(_inst: Any, attribute: attrs.Attribute, value: str) -> None:
    if type(value) is not str and not isinstance(value, str):
        raise TypeError(f"'{attribute.name}' must be a str, not {type(value).__name__} ({value!r})")


def _ident(inst: Any, attribute: attrs.Attribute, value: str) -> None:
    """An id or name: a non-empty string."""
    _string(inst, attribute, value)
    if not value:
        raise ValueError(f"'{attribute.name}' must not be empty")


def _opt_str(inst: Any, attribute: attrs.Attribute, value: str | None) -> None:
    if value is not None:
        _string(inst, attribute, value)


def _tuple_of(cls: type) -> Any:
    """A validator: a tuple whose members are all ``cls``."""

    def check(_inst: Any, attribute: attrs.Attribute, value: tuple) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"'{attribute.name}' must be a tuple, not {type(value).__name__}")
        for member in value:
            if type(member) is not cls and not isinstance(member, cls):
                raise TypeError(f"'{attribute.name}' members must be {cls.__name__}, not {type(member).__name__} ({member!r})")

    return check


# Enum converters leave a member as it is (calling the enum costs more). One named function
# per enum, not a factory: type checkers read __init__'s argument type from the converter.


def _entity_kind(value: EntityKind | str) -> EntityKind:
    return value if type(value) is EntityKind else EntityKind(value)


def _metric_kind(value: MetricKind | str) -> MetricKind:
    return value if type(value) is MetricKind else MetricKind(value)


def _bound(value: Bound | str) -> Bound:
    return value if type(value) is Bound else Bound(value)


def _modality(value: Modality | str) -> Modality:
    return value if type(value) is Modality else Modality(value)


def _change(value: Change | str | None) -> Change | None:
    return value if value is None or type(value) is Change else Change(value)


_str_tuple = _tuple_of(str)


def _period(_inst: Any, attribute: attrs.Attribute, value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _PERIOD.match(value)):
        raise ValueError(f"'{attribute.name}' must be a period such as 2025, 2025-10 or 2019-Q3..2020-Q1, not {value!r}")


@attrs.frozen
class Span:
    """A stretch of the article text, ``text[start:end]``."""

    start: int = field(validator=_offset)
    end: int = field(validator=_end)


@attrs.frozen(kw_only=True)
class Entity:
    """A named thing, with every mention of it in the text."""

    id: str = field(validator=_ident)
    name: str = field(validator=_ident)
    kind: EntityKind = field(converter=_entity_kind)
    aliases: tuple[str, ...] = field(default=(), converter=to_tuple, validator=_str_tuple)
    mentions: tuple[Span, ...] = field(
        default=(), converter=to_tuple, validator=_tuple_of(Span)
    )
    extra: Mapping[str, Any] = field(factory=dict, hash=False, repr=False)


def _unit_fits_kind(inst: "Metric", attribute: attrs.Attribute, unit: str | None) -> None:
    _opt_str(inst, attribute, unit)
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
    end: int = field(validator=_end)
    text: str = field(validator=_string)
    kind: MetricKind = field(converter=_metric_kind)
    value: Decimal | None = field(converter=_to_decimal, validator=_finite_decimal)
    unit: str | None = field(default=None, validator=_unit_fits_kind)
    bound: Bound = field(default=Bound.EXACT, converter=_bound)
    high: Decimal | None = field(
        default=None, converter=_to_decimal, validator=[_finite_decimal, _high_not_below]
    )
    change: Change | None = field(default=None, converter=_change)
    measure: str | None = field(default=None, validator=_opt_str)
    subject: str | None = field(default=None, validator=_opt_str)
    period: str | None = field(default=None, validator=_period)
    extra: Mapping[str, Any] = field(factory=dict, hash=False, repr=False)


@attrs.frozen(kw_only=True)
class Quote:
    """Someone's words inside quotation marks (the marks themselves excluded)."""

    id: str = field(validator=_ident)
    start: int = field(validator=_offset)
    end: int = field(validator=_end)
    text: str = field(validator=_string)
    speaker: str | None = field(default=None, validator=_opt_str)
    speaker_start: int | None = field(default=None, validator=_optional_offset)
    speaker_end: int | None = field(default=None, validator=_optional_offset)
    cue: str | None = field(default=None, validator=_opt_str)
    extra: Mapping[str, Any] = field(factory=dict, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if (self.speaker_start is None) != (self.speaker_end is None):
            raise ValueError("speaker_start and speaker_end are given together or not at all")
        if self.speaker_start is not None and self.speaker_end is not None and self.speaker_end < self.speaker_start:
            raise ValueError(f"speaker_end {self.speaker_end} is before speaker_start {self.speaker_start}")


@attrs.frozen(kw_only=True)
class Claim:
    """One checkable sentence: what it says, about whom, according to whom, how surely."""

    id: str = field(validator=_ident)
    start: int = field(validator=_offset)
    end: int = field(validator=_end)
    text: str = field(validator=_string)
    subject: str | None = field(default=None, validator=_opt_str)
    source: str | None = field(default=None, validator=_opt_str)
    cue: str | None = field(default=None, validator=_opt_str)
    modality: Modality = field(default=Modality.ASSERTED, converter=_modality)
    metrics: tuple[str, ...] = field(default=(), converter=to_tuple, validator=_str_tuple)
    quotes: tuple[str, ...] = field(default=(), converter=to_tuple, validator=_str_tuple)
    entities: tuple[str, ...] = field(default=(), converter=to_tuple, validator=_str_tuple)
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
    authors: tuple[str, ...] = field(default=(), converter=to_tuple, validator=_str_tuple)
    editors: tuple[str, ...] = field(default=(), converter=to_tuple, validator=_str_tuple)
    published: _dt.date | None = field(default=None, validator=v.optional(v.instance_of(_dt.date)))
    text: str = field(validator=_string)
    body: tuple[Span, ...] = field(default=(), converter=to_tuple, validator=_tuple_of(Span))
    entities: tuple[Entity, ...] = field(default=(), converter=to_tuple, validator=_tuple_of(Entity))
    metrics: tuple[Metric, ...] = field(default=(), converter=to_tuple, validator=_tuple_of(Metric))
    quotes: tuple[Quote, ...] = field(default=(), converter=to_tuple, validator=_tuple_of(Quote))
    claims: tuple[Claim, ...] = field(default=(), converter=to_tuple, validator=_tuple_of(Claim))
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
