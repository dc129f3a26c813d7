"""The one configured cattrs converter, and the JSON / JSONL forms of FORMAT.md.

Numbers stay exact end to end: JSON is read with ``parse_float=Decimal`` and
written by :func:`dumps`, which prints a ``Decimal`` as the JSON number it is
(``1400000000000``, ``33.3333333333``) instead of a binary float.

Keys the model does not know are kept in each object's ``extra`` mapping and
written back beside the known fields, so plugin fields and other tools' fields
survive a round trip.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
from decimal import Decimal
from typing import IO, Any, Iterable, Iterator, TypeVar

import attrs
import cattrs
import orjson
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from .model import Article, Claim, Entity, Metric, Quote, Span

__all__ = [
    "SchemaError",
    "dumps",
    "from_dict",
    "from_json",
    "get_converter",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]

_ANNOTATIONS = (Entity, Metric, Quote, Claim, Article)
_Annotation = TypeVar("_Annotation", bound=Entity | Metric | Quote | Claim | Article)
# Prefixes for ids that a loaded file leaves out (the gold files do, for example).
_ID_PREFIX = {"entities": "e", "metrics": "m", "quotes": "q", "claims": "c"}


class SchemaError(ValueError):
    """JSON that breaks the schema; the message names the field of the annotation."""


def _structure_decimal(value: Any, _type: type) -> Decimal:
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, float):
        # A float here came from Python code, not from our JSON reader: take
        # its shortest repr, which is the number that was written.
        return Decimal(repr(value))
    if isinstance(value, (int, str, Decimal)):
        d = Decimal(value)
        if not d.is_finite():
            raise ValueError(f"expected a finite number, got {value!r}")
        return d
    raise TypeError(f"expected a number, got {type(value).__name__}")


def _configure(conv: cattrs.Converter) -> None:
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, lambda d: d)
    conv.register_structure_hook(_dt.date, lambda s, _t: _dt.date.fromisoformat(s))
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_unstructure_hook(Span, lambda s: {"start": s.start, "end": s.end})
    for cls in _ANNOTATIONS:
        _register_with_extra(conv, cls)


def _register_with_extra(conv: cattrs.Converter, cls: type[_Annotation]) -> None:
    """Flatten ``extra`` into the object on the way out, gather unknown keys into it on the way in."""
    names = [a.name for a in attrs.fields(cls) if a.name != "extra"]
    known = frozenset(names)
    unstructure = make_dict_unstructure_fn(cls, conv, extra=cattrs.override(omit=True))
    structure = make_dict_structure_fn(cls, conv, extra=cattrs.override(omit=True))

    def unstructure_with_extra(obj: _Annotation) -> dict[str, Any]:
        out = unstructure(obj)
        for key, value in obj.extra.items():
            out.setdefault(key, value)
        return out

    def structure_with_extra(data: Any, _type: type) -> _Annotation:
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        if cls is Article:
            data = _fill_missing_ids(data)
        obj = structure(data, cls)
        extra = {k: v for k, v in data.items() if k not in known}
        return attrs.evolve(obj, extra=extra) if extra else obj

    conv.register_unstructure_hook(cls, unstructure_with_extra)
    conv.register_structure_hook(cls, structure_with_extra)


def _fill_missing_ids(data: dict[str, Any]) -> dict[str, Any]:
    """Give annotations without an ``id`` one from their position (``m3`` is the third metric)."""
    changed = None
    for group, prefix in _ID_PREFIX.items():
        items = data.get(group)
        if isinstance(items, list) and any(isinstance(x, dict) and "id" not in x for x in items):
            changed = changed or dict(data)
            changed[group] = [
                {"id": f"{prefix}{i}", **x} if isinstance(x, dict) and "id" not in x else x
                for i, x in enumerate(items, 1)
            ]
    return changed or data


@functools.cache
def get_converter() -> cattrs.Converter:
    """The library's converter; built once, configured in one place."""
    conv = cattrs.Converter(forbid_extra_keys=False, omit_if_default=False)
    _configure(conv)
    return conv


def to_dict(article: Article) -> dict[str, Any]:
    """The FORMAT.md object of an article (``Decimal`` values left exact)."""
    return get_converter().unstructure(article)


def from_dict(data: Any, cls: type = Article) -> Any:
    """Build a model object from its FORMAT.md dict; :class:`SchemaError` says what is wrong."""
    try:
        return get_converter().structure(data, cls)
    except Exception as exc:  # cattrs wraps every failure; flatten it to one message
        raise SchemaError(_describe(exc, data)) from None


def _describe(exc: BaseException, data: Any) -> str:
    if isinstance(exc, (cattrs.BaseValidationError, cattrs.ClassValidationError)):
        messages = cattrs.transform_error(exc, path="$", format_exception=_format_exception)
        return "; ".join(_name_annotation(m, data) for m in messages)
    return str(exc)


def _format_exception(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    detail = str(exc) or type(exc).__name__
    return f"invalid value ({detail})"


def _name_annotation(message: str, data: Any) -> str:
    """Turn ``... @ $.metrics[3].value`` into ``metrics[3] (id 'm4').value: ...``."""
    text, _, path = message.rpartition(" @ ")
    if not path:
        return message
    where = path.removeprefix("$").lstrip(".") or "article"
    if isinstance(data, dict) and "[" in where:
        group, _, rest = where.partition("[")
        index, _, tail = rest.partition("]")
        try:
            item = data[group][int(index)]
            ident = item.get("id") if isinstance(item, dict) else None
        except (KeyError, IndexError, ValueError, TypeError):
            ident = None
        if ident is not None:
            where = f"{group}[{index}] (id {ident!r}){tail}"
    return f"{where}: {text}"


def dumps(obj: Any) -> str:
    """Compact JSON on one line, with ``Decimal`` written as an exact number.

    orjson does the work (this runs once per article written): each
    ``Decimal`` goes in as an already written number. What orjson refuses
    (an integer past 64 bits, a lone surrogate) the pure-Python encoder writes.
    """
    try:
        return orjson.dumps(obj, default=_orjson_default).decode()
    except TypeError:  # orjson.JSONEncodeError is one
        return dumps_exact(obj)


def _orjson_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return orjson.Fragment(format_decimal(value))
    return get_converter().unstructure(value)


def dumps_exact(obj: Any) -> str:
    """:func:`dumps` by a pure-Python encoder: slower, and it writes anything ``json`` can."""
    return "".join(_encode(obj))


_encode_str = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _encode(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield _encode_str(obj)
    elif obj is None:
        yield "null"
    elif obj is True:
        yield "true"
    elif obj is False:
        yield "false"
    elif isinstance(obj, Decimal):
        yield format_decimal(obj)
    elif isinstance(obj, (int, float)):
        yield json.dumps(obj)
    elif isinstance(obj, dict):
        yield "{"
        first = True
        for key, value in obj.items():
            if not first:
                yield ","
            first = False
            yield _encode_str(str(key))
            yield ":"
            yield from _encode(value)
        yield "}"
    elif isinstance(obj, (list, tuple)):
        yield "["
        for i, value in enumerate(obj):
            if i:
                yield ","
            yield from _encode(value)
        yield "]"
    else:
        yield from _encode(get_converter().unstructure(obj))


def format_decimal(d: Decimal) -> str:
    """Plain positional notation, no exponent and no trailing zeros: ``1400000000000``, ``22.5``."""
    if d == 0:
        return "0"
    text = format(d.normalize(), "f")
    return text


def to_json(article: Article) -> str:
    return dumps(to_dict(article))


def loads(text: str) -> Any:
    """Parse JSON keeping every number exact."""
    return json.loads(text, parse_float=Decimal)


def from_json(text: str) -> Article:
    try:
        data = loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"not JSON: {exc}") from None
    return from_dict(data)


def write_jsonl(articles: Iterable[Article], out: IO[str]) -> int:
    """Write one article a line as each arrives; returns how many were written."""
    n = 0
    for article in articles:
        out.write(to_json(article))
        out.write("\n")
        n += 1
    return n


def read_jsonl(lines: Iterable[str], *, name: str = "<jsonl>") -> Iterator[Article]:
    """Read articles one line at a time; a bad line raises :class:`SchemaError` naming it."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield from_json(line)
        except SchemaError as exc:
            raise SchemaError(f"{name}, line {number}: {exc}") from None
