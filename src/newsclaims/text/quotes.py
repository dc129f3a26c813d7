"""Quotations of four words or more, with their speakers.

Quotation marks are paired per paragraph (:mod:`.quotemarks`); a quotation
left open at a paragraph's end continues into the next paragraph when that
one opens with a mark, and the whole run is one quote. A quoted phrase of
fewer than four words is a term, not a quote. A quoted phrase inside a
sentence that attributes nothing is a title or a slogan and is left out;
a quotation that opens its sentence may take its speaker from the sentence
before it (`He stated that ... "Everything we have seen ..."`).

The speaker is read from the attribution frames of the quote's sentence
(:mod:`.attribution`): the nearest origin ("Turley said", "said Mira
Koss", "he said" -> the last person), else a carrier ("according to X"),
or the colon form (`Altman: "..."`).
"""

from __future__ import annotations

import bisect
from typing import Sequence

from ..model import Quote
from .attribution import Attributor, Frame, article_frames
from .quotemarks import QUOTE_MARKS, first_closing, opens_with_quote, pair_quotes

__all__ = ["find_quotes", "MIN_WORDS"]

MIN_WORDS = 4

# A quote's speaker: (name, start, end, cue); the colon form (`Altman: "..."`) has no cue.
Speaker = tuple[str, int, int, str | None]


def find_quotes(text: str, sentences, entities, *, surface: str | None = None) -> list[Quote]:
    """The quotations of ``sentences`` in ``text``, with speakers; each quote's ``text`` is taken
    from ``surface`` (the text as written, where ``text`` may read line breaks as spaces)."""
    surface = text if surface is None else surface
    spans = quote_spans(text, sentences)
    if not spans:
        return []
    attributor, sentence_frames = article_frames(text, tuple(entities), tuple(sentences))
    starts = [s.start for s in sentences]
    quotes: list[Quote] = []
    speaker_of_sentence: dict[int, Speaker] = {}

    for a, b in spans:
        k = max(0, bisect.bisect_right(starts, a) - 1)
        last_k = max(0, bisect.bisect_right(starts, max(a, b - 1)) - 1)
        sent = sentences[k]
        frames = sentence_frames[last_k] or sentence_frames[k]
        speaker: Speaker | None = _nearest(frames, a, b)
        standalone = _opens_sentence(text, sent.start, a)
        if speaker is None:
            colon = _colon_speaker(attributor, text, sent.start, a)
            if colon is not None:
                speaker = colon
        if speaker is None:
            if not standalone:
                continue  # a title or slogan quoted inside a sentence that attributes nothing
            speaker = _from_context(sentences, sentence_frames, speaker_of_sentence, k)
        name, s_start, s_end, cue = speaker if speaker else (None, None, None, None)
        quotes.append(
            Quote(
                id=f"tq{len(quotes) + 1}",
                start=a,
                end=b,
                text=surface[a:b],
                speaker=name,
                speaker_start=s_start,
                speaker_end=s_end,
                cue=cue,
            )
        )
        if speaker:
            speaker_of_sentence.setdefault(k, speaker)
    return quotes


def quote_spans(text: str, sentences) -> list[tuple[int, int]]:
    """The quoted words (marks left out) of every quotation of four words or more."""
    paragraphs: list[list[int]] = []
    paragraph = None
    for s in sentences:
        if paragraphs and s.paragraph == paragraph:
            paragraphs[-1][1] = s.end
        else:
            paragraphs.append([s.start, s.end])
            paragraph = s.paragraph
    out: list[tuple[int, int]] = []
    carried: tuple[int, str] | None = None  # an open quotation from the paragraph before
    mark = QUOTE_MARKS.search
    for p_start, p_end in paragraphs:
        if carried is None and not mark(text, p_start, p_end):
            continue  # pairs nothing (a paragraph continuing a quotation is read whatever it holds)
        start = p_start
        if carried is not None:
            if opens_with_quote(text, p_start, p_end) == carried[1]:
                start = p_start + 1
            else:
                carried = None
        if carried is not None:
            # the first closing mark of this paragraph ends the carried quotation
            first_close = first_closing(text, start, p_end, carried[1])
            if first_close is None:
                continue  # the whole paragraph is inside the quotation
            _add(out, text, carried[0], first_close)
            start = first_close + 1
            carried = None
        pairs, still_open = pair_quotes(text, start, p_end)
        for pair in pairs:
            _add(out, text, pair.open + 1, pair.end)
        if still_open is not None:
            carried = (still_open.open + 1, still_open.kind)
    return out


def _add(out: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a and _word_count(text, a, b) >= MIN_WORDS:
        out.append((a, b))


def _word_count(text: str, a: int, b: int) -> int:
    count = 0
    for word in text[a:b].split():
        if any(ch.isalnum() for ch in word):
            count += 1
            if count >= MIN_WORDS:
                break
    return count


def _nearest(frames: Sequence[Frame], a: int, b: int) -> Speaker | None:
    """The frame closest to the quotation, origins before carriers and named before described."""
    if not frames:
        return None
    if len(frames) > 8:
        # only the frames around the quotation can be its attribution (and this keeps it linear)
        k = bisect.bisect_left([f.cue_start for f in frames], a)
        frames = frames[max(0, k - 4) : k + 4]

    def distance(f: Frame) -> int:
        return a - f.cue_end if f.cue_end <= a else max(0, f.cue_start - b)

    best = min(frames, key=lambda f: (not f.party.named, f.carrier, distance(f)))
    return best.party.name, best.party.start, best.party.end, best.cue


def _opens_sentence(text: str, sentence_start: int, quote_start: int) -> bool:
    """The quotation is the first thing in its sentence (only marks or a label before it)."""
    return quote_start - sentence_start <= 8 and not text[sentence_start : quote_start].strip(" \t\"'\u201c\u2018\u00ab(")


def _colon_speaker(attributor: Attributor, text: str, sentence_start: int, quote_start: int) -> Speaker | None:
    """`Altman: "..."`: an entity right before a colon right before the quotation."""
    i = quote_start - 1
    while i > sentence_start and i > quote_start - 8 and text[i] in " \"'\u201c\u2018\u00ab":
        i -= 1
    if text[i] != ":":
        return None
    end = i
    while end > sentence_start and end > i - 4 and text[end - 1] == " ":
        end -= 1
    for ms, me, ent in attributor.index.within(sentence_start, end):
        if me == end:
            return ent.name, ms, me, None
    return None


def _from_context(sentences, sentence_frames, speaker_of_sentence, k: int):
    """A quotation standing alone takes the speaker of the sentence before, in or just before its paragraph."""
    if k == 0:
        return None
    prev = k - 1
    if sentences[prev].paragraph < sentences[k].paragraph - 1:
        return None
    frames = sentence_frames[prev]
    origins = [f for f in frames if f.party.named and not f.carrier] or frames
    if origins:
        f = origins[-1]
        return f.party.name, f.party.start, f.party.end, f.cue
    return speaker_of_sentence.get(prev)
