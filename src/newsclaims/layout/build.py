"""Building a :class:`~newsclaims.Layout` from line ranges: body regions, headings, Q&A topics."""

from __future__ import annotations

import re
from typing import Any, Collection, Final, Iterator, Sequence

from ..document import Layout, Topic
from ..model import Span
from .lines import Line, lines_between, looks_like_heading

__all__ = ["body_layout", "body_regions", "find_headings", "qa_topics", "trim"]

_QUESTION: Final = re.compile(r"Q\s{0,3}[:：]\s{0,3}")
_ANSWER: Final = re.compile(r"A\s{0,3}[:：]\s{0,3}")


def trim(text: str, start: int, end: int) -> Span | None:
    """``Span(start, end)`` without white space at either end, or None if nothing is left."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    start += len(chunk) - len(chunk.lstrip())
    return Span(start, start + len(stripped))


def body_regions(
    lines: Sequence[Line],
    first: int = 0,
    stop: int | None = None,
    *,
    skip: Collection[int] = (),
    start: int | None = None,
    end: int | None = None,
) -> tuple[Span, ...]:
    """The body over the lines numbered ``first`` up to ``stop``: one region per run of kept lines.

    Lines whose numbers are in ``skip`` (captions, say) are left out and
    split the body there; blank lines inside a run do not. ``start`` and
    ``end`` clip the body to character offsets (to leave a dateline out).
    """
    regions: list[Span] = []
    run: list[int] = []  # [start, end] of the current run
    for line in lines_between(lines, first, stop):
        if line.number in skip:
            if run:
                regions.append(Span(run[0], run[1]))
                run = []
            continue
        lo = line.start if start is None else max(line.start, start)
        hi = line.end if end is None else min(line.end, end)
        if hi <= lo:
            continue
        if run:
            run[1] = hi
        else:
            run = [lo, hi]
    if run:
        regions.append(Span(run[0], run[1]))
    return tuple(regions)


def _lines_in(lines: Sequence[Line], regions: Sequence[Span]) -> Iterator[Line]:
    """Non-blank lines lying inside one of the sorted ``regions``, in one pass over both."""
    i = 0
    for line in lines:
        while i < len(regions) and regions[i].end < line.end:
            i += 1
        if i == len(regions):
            return
        if regions[i].start <= line.start:
            yield line


def find_headings(lines: Sequence[Line], regions: Sequence[Span]) -> tuple[Span, ...]:
    """The lines inside ``regions`` that :func:`looks_like_heading` says are not sentences."""
    return tuple(line.span for line in _lines_in(lines, regions) if looks_like_heading(line.text))


def qa_topics(lines: Sequence[Line], regions: Sequence[Span] | None = None) -> tuple[Topic, ...]:
    """Each ``A:`` line's answer is about what the ``Q:`` line before it asks.

    Labels are left out of both spans. Only lines inside ``regions`` count
    when they are given.
    """
    source = _lines_in(lines, regions) if regions is not None else lines
    topics = []
    question: Span | None = None
    for line in source:
        q = _QUESTION.match(line.text)
        if q:
            question = Span(line.start + q.end(), line.end) if q.end() < len(line.text) else None
            continue
        a = _ANSWER.match(line.text)
        if a and question is not None and a.end() < len(line.text):
            topics.append(Topic(Span(line.start + a.end(), line.end), question))
            continue
        question = None
    return tuple(topics)


def body_layout(
    lines: Sequence[Line],
    first: int = 0,
    stop: int | None = None,
    *,
    skip: Collection[int] = (),
    start: int | None = None,
    end: int | None = None,
    **metadata: Any,
) -> Layout:
    """A :class:`~newsclaims.Layout` whose body is the lines numbered ``first`` up to ``stop``, less ``skip``.

    Headings and Q&A topics inside the body are found by :func:`find_headings`
    and :func:`qa_topics`; ``metadata`` gives ``source``, ``title``,
    ``authors``, ``editors`` and ``published`` (or overrides ``headings`` and
    ``topics``).
    """
    regions = body_regions(lines, first, stop, skip=skip, start=start, end=end)
    metadata.setdefault("headings", find_headings(lines, regions))
    metadata.setdefault("topics", qa_topics(lines, regions))
    return Layout(body=regions, **metadata)
