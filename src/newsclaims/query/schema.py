"""The typed schema that queries are checked against: owners (annotation types) and their fields.

Built in: ``article`` and ``claim`` (one per matched claim), and ``metric``,
``quote``, ``entity`` (several per claim, reached through the claim's
``metrics``/``quotes``/``entities`` id lists).

Plugins extend it through the ``register_fields`` hook, returning
:class:`~newsclaims.FieldSpec` values:

* a field on a built-in owner (``FieldSpec("metric", "confidence", "number")``)
  is read from that annotation's ``extra`` mapping (its JSON object's key);
* a field on a new owner (``FieldSpec("group", "agree", "bool")``) creates
  that owner: a claim holds its items under ``claim.extra[owner]``, a JSON
  object or a list of them, so ``group.agree = true`` means "some group of
  the claim agrees" and ``any(claim.group, ...)`` names them explicitly.

Value conventions for plugin fields: ``number``/``percent`` a JSON number,
``money`` an object ``{"value": n, "unit": "USD"}``, ``date`` an ISO string,
``list`` a list of strings. A value of the wrong shape counts as missing.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import operator
import re
from decimal import Decimal
from typing import Any, Callable, Iterable, Iterator, Mapping

import attrs

from ..document import FIELD_TYPES, FieldSpec
from ..model import Bound, Change, EntityKind, MetricKind, Modality, to_tuple

__all__ = [
    "Field",
    "Owner",
    "Schema",
    "SchemaConflict",
    "build_schema",
    "builtin_schema",
    "default_schema",
    "plugin_items",
    "reader",
]

# "quantity": a number that carries its unit beside it (metric.value, metric.high),
# so that it compares with plain numbers, amounts of money and percentages.
TYPES = (*FIELD_TYPES, "quantity")
ORDERED = frozenset({"number", "money", "percent", "date", "quantity"})
TEXTUAL = frozenset({"string", "enum", "list"})
MODEL_OWNERS = frozenset({"article", "claim", "metric", "quote", "entity"})
_OWNER_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")


class SchemaConflict(ValueError):
    """Plugins declared fields that clash with each other or with the built-in ones."""


@attrs.frozen
class Field:
    owner: str
    name: str
    type: str = attrs.field(validator=attrs.validators.in_(TYPES))
    doc: str = ""
    choices: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    builtin: bool = True  # False: the value lives in the annotation's ``extra`` mapping

    @property
    def qualified(self) -> str:
        return f"{self.owner}.{self.name}"

    @property
    def label(self) -> str:
        return self.name.replace("_", " ")

    def coerce(self, raw: Any) -> Any:
        """A plugin value as the engines compare it, or None when missing or of the wrong shape."""
        return _COERCE[self.type](raw)


@attrs.frozen
class Owner:
    """An annotation type a query can name: ``metric`` with its fields."""

    name: str
    many: bool  # several per claim, so a bare ``metric.x`` means "some metric of the claim"
    fields: Mapping[str, Field]
    collection: str | None = None  # the claim's list of them: claim.metrics
    value: str | None = None  # what the bare owner name stands for: ``metric > $1T`` is metric.value
    builtin: bool = True
    article: str = "a"  # for plain English: "a metric", "an entity"

    def phrase(self) -> str:
        return f"{self.article} {self.name}"


@attrs.frozen
class Schema:
    owners: Mapping[str, Owner]

    def owner(self, name: str) -> Owner | None:
        return self.owners.get(name)

    def relation(self, collection: str) -> Owner | None:
        """The many-owner listed by ``claim.<collection>``."""
        for owner in self.owners.values():
            if owner.many and owner.collection == collection:
                return owner
        return None

    def qualified_names(self) -> list[str]:
        names = [f.qualified for o in self.owners.values() for f in o.fields.values()]
        names += [f"claim.{o.collection}" for o in self.owners.values() if o.many]
        return names

    def plugin_fields(self) -> list[Field]:
        return [f for o in self.owners.values() for f in o.fields.values() if not f.builtin]


def _enum(cls: type[enum.StrEnum]) -> tuple[str, ...]:
    return tuple(m.value for m in cls)


def _fields(owner: str, *specs: tuple) -> dict[str, Field]:
    return {s[0]: Field(owner, s[0], s[1], s[2], s[3] if len(s) > 3 else ()) for s in specs}


_SPAN = (("start", "number", "offset of the first character in the article text"),
         ("end", "number", "offset just past the last character"))


@functools.cache
def builtin_schema() -> Schema:
    article = _fields(
        "article",
        ("id", "string", "the article's id (its file's stem)"),
        ("style", "string", "the source style that read it"),
        ("source", "string", "the publisher"),
        ("title", "string", "the headline"),
        ("authors", "list", "the bylines"),
        ("editors", "list", "the editors"),
        ("published", "date", "the publication date"),
    )
    claim = _fields(
        "claim",
        ("id", "string", "the claim's id in its article (c1, c2, ...)"),
        ("text", "string", "the sentence"),
        ("subject", "string", "the entity the claim is about"),
        ("source", "string", "who the claim comes from"),
        ("cue", "string", "the attribution word: say, according to, report, ..."),
        ("modality", "enum", "how certain the claimed content is", _enum(Modality)),
        *_SPAN,
    )
    metric = _fields(
        "metric",
        ("id", "string", "the metric's id in its article"),
        ("text", "string", "the words of the quantity"),
        ("kind", "enum", "money, percent, count, multiplier, duration or other", _enum(MetricKind)),
        ("value", "quantity", "the number, fully scaled, with its unit"),
        ("unit", "string", "USD, %, pp, x, year, ... (null for counts)"),
        ("bound", "enum", "exact, lower, upper or approx", _enum(Bound)),
        ("high", "quantity", "the upper end of a range, with its unit"),
        ("change", "enum", "up or down when the quantity is a change", _enum(Change)),
        ("measure", "string", "what is measured"),
        ("subject", "string", "the entity the quantity is about"),
        ("period", "string", "the time it holds for: 2025, 2025-10, 2019-Q3, ..."),
        *_SPAN,
    )
    quote = _fields(
        "quote",
        ("id", "string", "the quote's id in its article"),
        ("text", "string", "the quoted words"),
        ("speaker", "string", "who said them"),
        ("cue", "string", "the verb that introduces them: say, tweet, ..."),
        *_SPAN,
    )
    entity = _fields(
        "entity",
        ("id", "string", "the entity's id in its article"),
        ("name", "string", "the canonical name"),
        ("kind", "enum", "PERSON, ORG, MEDIA, PRODUCT, PLACE or EVENT", _enum(EntityKind)),
        ("aliases", "list", "the other names it goes by in the article"),
    )
    return Schema(
        {
            "article": Owner("article", False, article, article="an"),
            "claim": Owner("claim", False, claim),
            "metric": Owner("metric", True, metric, collection="metrics", value="value"),
            "quote": Owner("quote", True, quote, collection="quotes"),
            "entity": Owner("entity", True, entity, collection="entities", article="an"),
        }
    )


def build_schema(specs: Iterable[FieldSpec]) -> Schema:
    """The built-in schema extended by plugin field declarations."""
    base = builtin_schema()
    owners = {name: dict(o.fields) for name, o in base.owners.items()}
    claim_names = set(base.owners["claim"].fields) | {o.collection for o in base.owners.values() if o.collection}
    for spec in specs:
        if not isinstance(spec, FieldSpec):
            raise SchemaConflict(f"register_fields returned {spec!r}, not a FieldSpec")
        if not _OWNER_NAME.match(spec.owner):
            raise SchemaConflict(f"field owner {spec.owner!r} is not a lower-case name")
        if spec.owner not in owners and spec.owner in claim_names:
            raise SchemaConflict(f"new owner {spec.owner!r} clashes with claim.{spec.owner}")
        fields = owners.setdefault(spec.owner, {})
        field = Field(spec.owner, spec.name, spec.type, spec.doc, spec.choices, builtin=False)
        old = fields.get(spec.name)
        if old is not None and old != field:
            where = "a built-in field" if old.builtin else f"declared as {old.type}"
            raise SchemaConflict(f"{field.qualified} is declared twice ({where}, then as {spec.type})")
        fields[spec.name] = field
    result = dict(base.owners)
    for name, fields in owners.items():
        if name in base.owners:
            result[name] = attrs.evolve(base.owners[name], fields=fields)
        else:
            result[name] = Owner(name, True, fields, collection=name, builtin=False,
                                 article="an" if name[0] in "aeiou" else "a")
    return Schema(result)


@functools.cache
def default_schema() -> Schema:
    """The schema of everything installed: the built-ins and every plugin's ``register_fields``."""
    from ..plugins import get_plugin_manager

    pm = get_plugin_manager()
    return build_schema(_each_spec(pm.hook.register_fields()))


def _each_spec(answers: Iterable[Any]) -> Iterator[Any]:
    """Every item of the plugins' answers; an answer that is no list (a bare FieldSpec) is a
    SchemaConflict naming it, not a TypeError saying nothing."""
    for specs in answers:
        if not specs:
            continue
        if isinstance(specs, FieldSpec) or not isinstance(specs, Iterable):
            raise SchemaConflict(f"register_fields returned {specs!r}, not a list of FieldSpec")
        yield from specs


# --- reading values ----------------------------------------------------------------


def reader(field: Field) -> Callable[[Any], Any]:
    """Reads ``field`` from its owner object, chosen once: an attribute of a built-in field;
    a plugin field's value, coerced, from the model object's ``extra`` or the plugin item's dict."""
    if field.builtin:
        return operator.attrgetter(field.name)
    name, coerce = field.name, field.coerce
    if field.owner in MODEL_OWNERS:
        return lambda obj: coerce(obj.extra.get(name))
    return lambda obj: coerce(obj.get(name))


def plugin_items(raw: Any) -> list[Mapping]:
    """A plugin owner's items as a claim holds them in ``extra``: one object or a list of them."""
    if isinstance(raw, Mapping):
        return [raw]
    if isinstance(raw, list):
        return [x for x in raw if isinstance(x, Mapping)]
    return []


def _number(raw: Any) -> Decimal | None:
    if isinstance(raw, bool) or not isinstance(raw, (int, Decimal, float)):
        return None
    value = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    return value if value.is_finite() else None


def _money(raw: Any) -> tuple[Decimal, str] | None:
    if not isinstance(raw, Mapping):
        return None
    value, unit = _number(raw.get("value")), raw.get("unit")
    return (value, unit) if value is not None and isinstance(unit, str) else None


def _date(raw: Any) -> _dt.date | None:
    if isinstance(raw, _dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return _dt.date.fromisoformat(raw)
        except ValueError:
            return None
    return None


def _strings(raw: Any) -> tuple[str, ...] | None:
    if isinstance(raw, (list, tuple)):
        return tuple(x for x in raw if isinstance(x, str))
    return None


_COERCE = {
    "string": lambda raw: raw if isinstance(raw, str) else None,
    "enum": lambda raw: raw if isinstance(raw, str) else None,
    "number": _number,
    "percent": _number,
    "quantity": _number,
    "money": _money,
    "date": _date,
    "bool": lambda raw: raw if isinstance(raw, bool) else None,
    "list": _strings,
}
