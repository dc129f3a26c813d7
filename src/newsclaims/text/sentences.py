"""Paragraphs and sentences of the body, in time linear in the text.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotation marks or
brackets after it) followed by white space and a likely sentence start, but
never inside a closed quotation, after a title such as "Mr." or an initial,
or in a number. An exclamation or question closing a quotation that its
attribution follows ("...!” Jones tweeted") does not end the sentence
either. A line is a paragraph; a paragraph's end always ends its sentence,
so headings, bullets and Q:/A: lines without final punctuation are
sentences of their own. Lines that the
layout calls headings are left out, and a leading ``Q:``/``A:`` label or
bullet is not part of the sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final, Iterable, Iterator, Sequence

from ..document import Sentence
from ..layout.lines import wrapped_paragraphs
from ..model import Span
from .cues import CUE_FORMS
from .quotemarks import pair_quotes

__all__ = ["paragraphs", "split_sentences", "sentence_spans"]

# a line from its first to its last non-space character (the backtracking covers trailing spaces only)
_LINE: Final = re.compile(r"[^\s](?:[^\n]*[^\s])?")
_QUOTE_MARKS: Final = re.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u2039\u203a]")
# final punctuation and the closing marks glued to it; a right double quotation mark, which never
# opens a quotation, also after one space ("... the lung. \u201d But ...", as some pages set it)
_TERMINAL: Final = re.compile(r"[.!?\u2026]+(?:[\"\u201d\u2019')\]]{1,3})?(?: \u201d)?(?=\s)")
_LABEL: Final = re.compile(r"(?:[QA]\s{0,3}[:：.]|[-*\u2022\u25aa\u25cf\u2013]\s|\d{1,2}[.)]\s)\s{0,8}")
_WORD_BEFORE: Final = re.compile(r"(?<!\w)([A-Za-z][A-Za-z.]{0,10})\.$")
_NEXT_WORD: Final = re.compile(r"\s{1,20}([\"\u201c\u2018'(\[]?)(\S{0,40})")
# Up to four capitalised words, or a pronoun, then a speech verb (after an adverb such as "also" or
# one in -ly, "Ann tearfully asked"): an attribution after a quote.
_ADVERB_AND_VERB: Final = r"(?:also\s|later\s|then\s|[a-z]{2,12}ly\s)?([a-z]{2,12})\b"
_ATTRIBUTION_AFTER: Final = re.compile(
    r"\s{1,4}(?:(?:[A-Z][\w.'\u2019-]{0,30}\s){1,4}|(?:he|she|they|it|we|I)\s)" + _ADVERB_AND_VERB
)
# ... or a name with an apposition between commas, then the verb ("?\u201d Li Wei, a former
# director at the fund, said"); the apposition holds no sentence punctuation or quotation mark.
_APPOSITION_ATTRIBUTION_AFTER: Final = re.compile(
    r"\s{1,4}[A-Z][\w.'\u2019-]{0,30}(?:\s[A-Z][\w.'\u2019-]{0,30}){0,3},[^,.!?\"\u201c\u201d]{1,120},\s"
    + _ADVERB_AND_VERB
)
_CLOSING_MARKS: Final = "\"\u201d\u2019'"
_LINE_SPACE: Final = " \t\r\f\v\u00a0"

# Abbreviations that never end a sentence (they always lead into a name or number).
_NEVER_FINAL: Final = frozenset(
    """mr mrs ms messrs dr prof st gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    sens reps govs gens rt supt insp det fr approx ca cf vs v jan feb mar apr jun jul aug sep
    sept oct nov dec mt ft""".split()
)
# Abbreviations that lead into a number ("No. 10", "Vol. 2"); before a word they are words
# that may end a sentence ("Oh, no. It failed.").
_BEFORE_NUMBER: Final = frozenset("no nos vol vols fig figs".split())
# Abbreviations that end a sentence only when a typical sentence opener follows.
_MAYBE_FINAL: Final = frozenset(
    "inc corp co ltd plc llc bros jr sr u.s u.k u.n e.u a.m p.m etc e.g i.e d.c n.y l.a u.s.a".split()
)
# US state abbreviations of datelines and addresses ("ST. JOSEPH, Mich. (AP) -", "Irvine, Calif."),
# which end a sentence only as the abbreviations above do; capitalised only, as some are words ("ill").
_STATES: Final = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo""".split()
)
# ("And" is left out: after an abbreviation it nearly always joins two names, "the U.S. And Japan",
# as wire copy capitalises it there.)
_OPENERS: Final = frozenset(
    """the a an he she it they we i you this that these those there his her its their our but
    so yet in on at for as if when while after before however meanwhile still also then now
    according some many most one two three""".split()
)


def paragraphs(text: str, regions: Iterable[Span]) -> Iterator[tuple[int, int]]:
    """The paragraphs of the regions, stripped, as ``(start, end)``: each non-blank line, or in
    hard-wrapped text each run of wrapped lines (:func:`~newsclaims.layout.wrapped_paragraphs`)."""
    for region in regions:
        wrapped = wrapped_paragraphs(text, region.start, region.end)
        if wrapped is not None:
            yield from wrapped
        else:
            for m in _LINE.finditer(text, region.start, region.end):
                yield m.span()


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of one paragraph ``text[start:end]``."""
    label = _LABEL.match(text, start, end)
    if label:
        start = label.end()
    opens: list[int] = []
    closes: list[int] = []
    if _QUOTE_MARKS.search(text, start, end):
        # closed quotations, as sorted (open, close) ranges whose inner punctuation never ends a sentence
        pairs, _ = pair_quotes(text, start, end)
        opens = [p.open for p in pairs if p.close is not None]
        closes = [p.close for p in pairs if p.close is not None]
    sent = start
    for m in _TERMINAL.finditer(text, start, end):
        punct, stop = m.start(), m.end()
        i = bisect.bisect_right(opens, punct) - 1
        if i >= 0 and punct < closes[i] and stop <= closes[i]:
            continue  # inside a quotation that closes later
        if not _is_boundary(text, punct, stop, end):
            continue
        yield sent, stop
        sent = stop
        while sent < end and text[sent].isspace():
            sent += 1
    if sent < end:
        yield sent, end


def _is_boundary(text: str, punct: int, stop: int, end: int) -> bool:
    nxt = _NEXT_WORD.match(text, stop, end)
    if not nxt or not nxt.group(2):
        return False
    word = nxt.group(2)
    first = word[0]
    if not (first.isupper() or first.isdigit() or nxt.group(1)):
        return False
    if text[punct] in "!?" and text[stop - 1] in _CLOSING_MARKS and _attribution_follows(text, stop, end):
        return False
    if text[punct] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, punct - 12), punct + 1)
    if not before:
        return True
    abbr = before.group(1).lower()
    if abbr in _BEFORE_NUMBER:
        return not first.isdigit()
    if abbr in _NEVER_FINAL:
        return False
    if len(abbr) == 1 and before.group(1).isupper():
        # an initial ("J. Smith"), unless an opener follows the letter ("got a B. The rest ...")
        return _is_opener(word)
    if abbr in _MAYBE_FINAL or (len(abbr) <= 4 and "." in abbr) or before.group(1) in _STATES:
        return _is_opener(word)
    return True


def _is_opener(word: str) -> bool:
    return word.strip("\"'\u201c\u2018(").lower() in _OPENERS


def _attribution_follows(text: str, stop: int, end: int) -> bool:
    """After a closing quotation: is the next clause its attribution ("Jones tweeted", "he said")?"""
    for pattern in (_ATTRIBUTION_AFTER, _APPOSITION_ATTRIBUTION_AFTER):
        m = pattern.match(text, stop, end)
        if m is not None and m.group(1) in CUE_FORMS:
            return True
    return False


def split_sentences(
    text: str, body: Sequence[Span], headings: Sequence[Span] = ()
) -> Iterator[Sentence]:
    """Every sentence of the body regions, headings left out."""
    return iter(_split(text, tuple(body), tuple(headings)))


@functools.lru_cache(maxsize=4)
def _split(text: str, body: tuple[Span, ...], headings: tuple[Span, ...]) -> tuple[Sentence, ...]:
    # Each extraction step sees a new Document, so the same text is split several times; the
    # cache keeps the last few articles only, so memory does not grow while streaming.
    heads = sorted((h.start, h.end) for h in headings)
    head_starts = [h[0] for h in heads]
    out = []
    for number, (start, end) in enumerate(paragraphs(text, body)):
        if _in_heading(heads, head_starts, start, end):
            continue
        for s, e in sentence_spans(text, start, end):
            out.append(Sentence(s, e, number))
    return tuple(out)


def _in_heading(heads: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(starts, start) - 1
    # headings do not overlap, so the one starting last at or before ``start`` is the only candidate
    return i >= 0 and heads[i][1] >= end
