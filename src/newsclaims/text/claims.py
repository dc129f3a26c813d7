"""Every sentence holding a metric, a quote or an attribution becomes a claim.

The source of each independent clause comes from :mod:`.attribution`; a
sentence with no attribution of its own takes the speaker of a quote in it.
Two clauses with two sources ("X noted ..., but Y warns ...") or a joint
source ("X and Y said") give one claim per party, with the modality of that
party's clause. The subject is the entity the content is about: the first
organisation, product or person of the content that is not the source
(possessors first: "ChatGPT's users"), else the topic of a Q&A answer.
"""

from __future__ import annotations

from typing import Final

import bisect

from ..model import Claim, EntityKind
from .attribution import Frame, Party, article_frames
from .modality import modality_of
from .names import MentionIndex

__all__ = ["find_claims"]

_SUBJECT_KINDS: Final = (EntityKind.ORG, EntityKind.PRODUCT, EntityKind.PERSON, EntityKind.MEDIA)
_ACTOR_KINDS: Final = (EntityKind.ORG, EntityKind.PERSON, EntityKind.MEDIA)


def find_claims(doc) -> list[Claim]:
    """The claims of ``doc``'s sentences, read from its ``reading_text``."""
    text = doc.reading_text
    sentences = doc.sentences
    attributor, sentence_frames = article_frames(text, tuple(doc.entities), tuple(sentences))
    index: MentionIndex = attributor.index
    metric_starts = [m.start for m in doc.metrics]
    quotes = sorted(doc.quotes, key=lambda q: q.start)
    quote_starts = [q.start for q in quotes]
    topics = sorted(doc.layout.topics, key=lambda t: t.span.start)
    topic_starts = [t.span.start for t in topics]
    claims: list[Claim] = []
    n_metrics, n_quotes = len(metric_starts), len(quotes)
    bisect_left = bisect.bisect_left
    for s, chosen in zip(sentences, sentence_frames):
        start, end = s.start, s.end
        frames = chosen
        if not frames:
            # most sentences: no attribution of their own, so a quote's speaker, a metric or a
            # quote in them is what makes them a claim
            i = bisect_left(quote_starts, start)
            in_quotes = (i < n_quotes and quote_starts[i] < end) or (i > 0 and quotes[i - 1].end > start)
            speaker = next((q for q in _overlapping(quotes, quote_starts, start, end) if q.speaker), None) if in_quotes else None
            if speaker is not None:
                frames = (_quote_frame(speaker, s),)
            elif not in_quotes:
                k = bisect_left(metric_starts, start)
                if k >= n_metrics or metric_starts[k] >= end:
                    continue
        whole = len(frames) <= 1
        sentence_text = doc.text[start:end]  # the surface, line breaks and all
        for frame in frames or (None,):
            lo, hi = (start, end) if whole or frame is None else (frame.clause_start, frame.clause_end)
            mentions = index.within(lo, hi)
            actors = [(a, b) for a, b, e in mentions if e.kind in _ACTOR_KINDS]
            cue = frame.cue if frame else None
            claims.append(
                Claim(
                    id=f"tc{len(claims) + 1}",
                    start=start,
                    end=end,
                    text=sentence_text,
                    source=frame.party.name if frame else None,
                    cue=cue,
                    modality=modality_of(text, lo, hi, sourced=frame is not None, cue=cue, actors=actors),
                    subject=_subject(text, mentions, frame, s, topics, topic_starts, index),
                )
            )
    return claims


def _quote_frame(quote, sentence) -> Frame:
    start = quote.speaker_start if quote.speaker_start is not None else quote.start
    end = quote.speaker_end if quote.speaker_end is not None else quote.start
    party = Party(quote.speaker, start, end, True)
    return Frame(party, quote.cue or "say", quote.start, quote.start, False, 0, sentence.start, sentence.end)


def _overlapping(quotes, starts: list[int], lo: int, hi: int):
    """Quotes overlapping ``[lo, hi)``; they do not overlap each other, so they are contiguous."""
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi)
    out = list(quotes[i:j])
    if i > 0 and quotes[i - 1].end > lo:
        out.insert(0, quotes[i - 1])
    return out


def _subject(text, mentions, frame: Frame | None, sentence, topics, topic_starts, index) -> str | None:
    """The entity the content is about: after the cue, possessors first, never the source itself."""
    source = frame.party.name if frame else None
    lo = frame.cue_end if frame and frame.cue_end > sentence.start and frame.cue_end < sentence.end else sentence.start
    candidates = [(a, b, e) for a, b, e in mentions if e.kind in _SUBJECT_KINDS and e.name != source]
    after = [c for c in candidates if c[0] >= lo] or candidates
    for a, b, e in after:
        if text[b : b + 2] in ("'s", "\u2019s"):
            return e.name
    if after:
        return after[0][2].name
    i = bisect.bisect_right(topic_starts, sentence.start) - 1
    if i >= 0 and topics[i].span.end >= sentence.end:
        about = index.within(topics[i].about.start, topics[i].about.end)
        for a, b, e in about:
            if e.kind in _SUBJECT_KINDS:
                return e.name
    return None
