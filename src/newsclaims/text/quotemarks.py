"""Pair quotation marks within a paragraph, in one left-to-right pass.

Marks are straight (``"`` and ``'``), curly (``“ ”`` and ``‘ ’``) or
guillemets. A straight or curly single mark between two letters is an
apostrophe ("don't", "Altman’s"); after a plural it may close a quote. The
outer quotation sets the kind of mark that can close it, and marks of the
other kind inside it are nested quotations and are left alone. An opening
mark met while a quotation of the same kind is open means the first one was
never closed (common when paragraphs were joined); it is cut there. Each
mark is looked at once, so any number of unmatched marks costs linear time.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

__all__ = ["QuotePair", "first_closing", "opens_with_quote", "pair_quotes"]

DOUBLE, SINGLE = "double", "single"
_MARKS: Final = re.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u2039\u203a]")
QUOTE_MARKS: Final = _MARKS  # any mark pair_quotes reads: a text without one has no quotation
_OPENERS_BEFORE: Final = frozenset(" \t\n\r\u00a0([{\u2014\u2013-/:;,")
_PUNCT_AFTER: Final = frozenset(".,;:!?)]}\u2014\u2013-")


class QuotePair(NamedTuple):
    """One quotation: ``open`` and ``close`` are the mark positions; ``close`` is None if cut off."""

    open: int
    close: int | None
    kind: str  # DOUBLE or SINGLE
    end: int  # where the quoted text stops (the closing mark, or the cut)


def _role(text: str, i: int, lo: int, hi: int) -> tuple[str, str] | None:
    """(kind, "open" | "close" | "either") of the mark at ``i``, or None for an apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in "\u201c\u00ab\u201e\u2039":
        return DOUBLE, "open"
    if ch in "\u201d\u00bb\u201f\u203a":
        return DOUBLE, "close"
    if ch == "\u2018":
        return SINGLE, "open"
    if ch == '"':
        before_ok = prev in _OPENERS_BEFORE
        after_ok = nxt.isspace() or nxt in _PUNCT_AFTER
        if before_ok and not after_ok:
            return DOUBLE, "open"
        if after_ok and not before_ok:
            return DOUBLE, "close"
        return DOUBLE, "either"
    # ' or ’: an apostrophe inside a word or before a decade ("’90s"), else a mark at a word's edge
    if (prev.isalnum() and nxt.isalnum()) or nxt.isdigit():
        return None
    if prev in _OPENERS_BEFORE and (nxt.isalnum() or nxt in "\"\u201c"):
        return SINGLE, "open"
    if nxt.isspace() or nxt in _PUNCT_AFTER or nxt in "\"\u201d":
        return SINGLE, "close"
    return None


def pair_quotes(text: str, start: int, end: int) -> tuple[tuple[QuotePair, ...], QuotePair | None]:
    """The closed quotations of ``text[start:end]``, and the one still open at its end (if any).

    The segmenter, the entity finder, the attribution reader and the quote finder each pair the
    same paragraphs of an article in turn, so the pairings of the article last asked about are kept.
    """
    kept = _KEPT.get((start, end))
    if kept is not None and kept[0] is text:
        return kept[1]
    pairing = _pair(text, start, end)
    if _KEPT and next(iter(_KEPT.values()))[0] is not text:
        _KEPT.clear()  # another article: only one is kept
    _KEPT[(start, end)] = (text, pairing)
    return pairing


# (start, end) -> (text, pairing) for the paragraphs of the article last paired
_KEPT: Final[dict[tuple[int, int], tuple[str, tuple[tuple[QuotePair, ...], QuotePair | None]]]] = {}


def _pair(text: str, start: int, end: int) -> tuple[tuple[QuotePair, ...], QuotePair | None]:
    pairs: list[QuotePair] = []
    open_at = -1
    open_kind = ""
    for m in _MARKS.finditer(text, start, end):
        i = m.start()
        role = _role(text, i, start, end)
        if role is None:
            continue
        kind, how = role
        if open_at < 0:
            if how != "close":
                open_at, open_kind = i, kind
            continue
        if kind != open_kind:
            continue  # a nested quotation of the other kind
        if how == "open":
            pairs.append(QuotePair(open_at, None, open_kind, _trim_end(text, open_at, i)))
            open_at = i
        else:
            pairs.append(QuotePair(open_at, i, open_kind, i))
            open_at = -1
    still_open = QuotePair(open_at, None, open_kind, end) if open_at >= 0 else None
    return tuple(pairs), still_open


def _trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo + 1 and text[hi - 1].isspace():
        hi -= 1
    return hi


def opens_with_quote(text: str, start: int, end: int) -> str | None:
    """The kind of quotation a paragraph opens with, or None."""
    if start >= end:
        return None
    role = _role(text, start, start, end)
    if role is None or role[1] == "close":
        return None
    return role[0]


def first_closing(text: str, start: int, end: int, kind: str) -> int | None:
    """The first mark in ``text[start:end]`` that can close a quotation of ``kind`` opened before it."""
    for m in _MARKS.finditer(text, start, end):
        role = _role(text, m.start(), start, end)
        if role is not None and role[0] == kind and role[1] != "open":
            return m.start()
    return None
