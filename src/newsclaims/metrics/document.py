"""Every quantity in a document's body sentences, normalised per FORMAT.md, with what it measures and of whom."""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..model import Bound, Change, Metric, MetricKind
from .describe import (
    Context,
    Mention,
    measure_of,
    period_candidates,
    period_of,
    phrase_before,
    pseudo_mentions,
    subject_of,
)
from .extract import read_sentences

__all__ = ["document_metrics"]

# Quantities said of the same thing: "from 22% to 31%", "789m euros ($1.03bn; £548m)".
_PAIRED = re.compile(r"\s*(?:to|and|or|-|–|\(|;|,)\s*", re.I)
# The members for a quantity's strings: Metric's converters keep a member as it is, and
# calling the enum to convert a string costs more than these lookups.
_KINDS = {kind.value: kind for kind in MetricKind}
_BOUNDS = {bound.value: bound for bound in Bound}
_CHANGES = {None: None} | {change.value: change for change in Change}


def document_metrics(doc: Document) -> Iterator[Metric]:
    """The metrics of ``doc``'s sentences, with measure, subject (from ``doc.entities``) and period."""
    text = doc.reading_text  # a wrapped line is read as one ("2.7 billion\ndlrs" is money)
    spans = [(s.start, s.end) for s in doc.sentences]
    ctx = None
    for (start, end), quantities in read_sentences(text, spans, skip_empty=True):
        if not quantities:
            continue
        if ctx is None:
            ctx = _context(doc, spans)
        previous, prev_subject, prev_end, prev_kind = None, None, -1, None
        times = period_candidates(ctx, start, end)
        for q in quantities:
            before = phrase_before(text, q, start)
            measure = measure_of(text, q, start, end, previous, before, ctx if doc.entities else None)
            if prev_end >= 0 and q.kind == prev_kind and _PAIRED.fullmatch(text, prev_end, q.start):
                subject = prev_subject  # "from 22% to 31%": both about the same thing
                if text[prev_end : q.start].strip() in ("(", ";", ","):
                    measure = previous  # a conversion or restatement of the same amount
            else:
                subject = subject_of(ctx, q, start, end, before[1])
            previous, prev_subject, prev_end, prev_kind = measure, subject, q.end, q.kind
            yield Metric(
                id=f"m{q.start}-{q.end}",
                start=q.start,
                end=q.end,
                text=doc.text[q.start : q.end],
                kind=_KINDS[q.kind],
                value=q.value,
                unit=q.unit,
                bound=_BOUNDS[q.bound],
                high=q.high,
                change=_CHANGES[q.change],
                measure=measure,
                subject=subject,
                period=period_of(ctx, q, start, times),
            )


def _context(doc: Document, spans: list[tuple[int, int]]) -> Context:
    """Named things for subjects: the entities, or capitalised phrases while there are none."""
    if doc.entities:
        mentions = [Mention(s.start, s.end, e.name, str(e.kind)) for e in doc.entities for s in e.mentions]
    else:
        mentions = pseudo_mentions(doc.reading_text, spans[0][0], spans[-1][1]) if spans else []
    return Context.build(doc.reading_text, mentions, doc.layout.published)
