"""Reading header and footer lines: ``Label: value`` lines, name lists, copyright lines, wire datelines."""

from __future__ import annotations

import re

import attrs

__all__ = ["Dateline", "copyright_holder", "label_value", "split_label", "split_names", "wire_dateline"]

_LABEL = re.compile(r"(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s{0,3}[:：]\s{0,3}(?P<value>\S.*)\Z", re.S)
_NAME_SEPARATORS = re.compile(r"\s{0,3}(?:[,;/、，&]|\band\b)\s{0,3}")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)\s{0,3}", re.I)
_RESERVED_BY = re.compile(r"(?:all\s{1,3})?rights\s{1,3}reserved\s{1,3}(?:by|to)\s{1,3}([^.,;|]{1,80})", re.I)
_YEARS = re.compile(r"\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?,?\s{0,3}")
_HOLDER_END = re.compile(r"\.(?:\s|\Z)|[,;|]|\s[-–—]\s|\s{1,3}all\s{1,3}rights\b", re.I)
_MAX_NAME_WORDS = 8
_MAX_LABEL_WORDS = 3
_LABEL_LINKS = frozenset(("of", "by", "and"))

# "NEW YORK (Reuters) -", "HONOLULU, Hawaii (HawaiiNewsNow) -", "(Reuters) —": a place in
# capitals (optional), the agency in brackets, a dash.
_WIRE_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][A-Z.'-]{1,30}(?:[ ,]{1,2}[A-Z][A-Za-z.'-]{0,30}){0,5})\s{1,3})?"
    r"\((?P<source>[A-Z][A-Za-z0-9&.'-]{0,30}(?: [A-Z][A-Za-z0-9&.'-]{0,30}){0,3})\)"
    r"\s{0,3}(?:-{1,2}|[–—])\s{0,3}"
)


def split_label(text: str) -> tuple[str, str] | None:
    """``("Cover Image", "A Film")`` for a header line ``Cover Image: A Film``, else None.

    The label is one to three words, capitalised but for linking words
    ("Photo by"), so that a sentence with a colon is not taken for a label.
    """
    m = _LABEL.match(text.strip())
    if not m:
        return None
    label = " ".join(m["label"].split())
    words = label.split()
    if not 1 <= len(words) <= _MAX_LABEL_WORDS or not words[0][0].isupper():
        return None
    if any(w[0].islower() and w not in _LABEL_LINKS for w in words[1:]):
        return None
    return label, m["value"].strip()


def label_value(text: str, *labels: str) -> str | None:
    """The value of a ``Label: value`` line when its label is one of ``labels`` (any case)."""
    found = split_label(text)
    if found is None or found[0].casefold() not in {label.casefold() for label in labels}:
        return None
    return found[1]


def split_names(value: str) -> tuple[str, ...]:
    """People named in a byline value: ``A, B and C`` -> ``("A", "B", "C")``."""
    names = (" ".join(part.split()) for part in _NAME_SEPARATORS.split(value))
    return tuple(name for name in names if name and len(name.split()) <= _MAX_NAME_WORDS)


def copyright_holder(text: str) -> str | None:
    """Who a copyright line names: ``© 2025 Acme Media. All rights reserved.`` -> ``Acme Media``.

    Also ``© All rights reserved by Acme.`` and ``Copyright © Acme``; None
    when the line is no copyright line or names nobody.
    """
    text = " ".join(text.split())
    m = _COPYRIGHT.match(text)
    if not m:
        return None
    rest = text[m.end() :]
    again = _COPYRIGHT.match(rest)  # "Copyright © 2025 ..."
    if again:
        rest = rest[again.end() :]
    by = _RESERVED_BY.search(rest)
    if by:
        holder = by.group(1)
    else:
        years = _YEARS.match(rest)
        rest = rest[years.end() :] if years else rest
        end = _HOLDER_END.search(rest)
        holder = rest[: end.start()] if end else rest
    holder = holder.strip(" .")
    if not holder or not holder[0].isalnum() or len(holder.split()) > _MAX_NAME_WORDS:
        return None
    if holder.casefold().startswith("all rights"):
        return None
    return holder


@attrs.frozen
class Dateline:
    """A wire dateline opening a paragraph: the place (if given), the agency, where the text resumes."""

    place: str | None
    source: str
    end: int


def wire_dateline(text: str, start: int = 0) -> Dateline | None:
    """The wire dateline at ``text[start:]``, such as ``NEW YORK (Reuters) -``, or None."""
    m = _WIRE_DATELINE.match(text, start)
    if not m:
        return None
    return Dateline(m["place"], m["source"], m.end())
