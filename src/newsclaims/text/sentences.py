"""Paragraphs and sentences of the body, in time linear in the text.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotation marks or
brackets after it) followed by white space and a likely sentence start, but
never inside a quotation, after a title such as "Mr." or an initial, or in a
number. A line is a paragraph; a paragraph's end always ends its sentence, so
headings, bullets and Q:/A: lines without final punctuation are sentences of
their own. Lines that the layout calls headings are left out, and a leading
``Q:``/``A:`` label or bullet is not part of the sentence.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from ..document import Sentence
from ..model import Span

__all__ = ["paragraphs", "split_sentences", "sentence_spans"]

OPEN_QUOTES = "\u201c\u00ab"  # “ «
CLOSE_QUOTES = "\u201d\u00bb"  # ” »
_TOKENS = re.compile(r'["\u201c\u201d\u00ab\u00bb]|[.!?\u2026]+(?:["\u201d\u2019\')\]]+)?(?=\s)')
_LABEL = re.compile(r"(?:[QA]\s*[:：.]|[-*\u2022\u25aa\u25cf\u2013]\s|\d{1,2}[.)]\s)\s*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+([\"\u201c\u2018'(\[]?)(\S*)")

# Abbreviations that never end a sentence (they always lead into a name or number).
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    supt insp det fr no nos vol vols fig figs approx ca cf vs v jan feb mar apr jun jul aug sep
    sept oct nov dec mt ft""".split()
)
# Abbreviations that end a sentence only when a typical sentence opener follows.
_MAYBE_FINAL = frozenset(
    "inc corp co ltd plc llc bros u.s u.k u.n e.u a.m p.m etc e.g i.e d.c n.y l.a u.s.a".split()
)
_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there his her its their our but and
    so yet in on at for as if when while after before however meanwhile still also then now
    according some many most one two three""".split()
)


def paragraphs(text: str, regions: Iterable[Span]) -> Iterator[tuple[int, int]]:
    """Non-blank lines of the regions, stripped, as ``(start, end)``."""
    for region in regions:
        pos = region.start
        while pos < region.end:
            nl = text.find("\n", pos, region.end)
            stop = region.end if nl < 0 else nl
            start, end = pos, stop
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                yield start, end
            pos = stop + 1


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of one paragraph ``text[start:end]``."""
    label = _LABEL.match(text, start, end)
    if label:
        start = label.end()
    depth = 0  # inside “...” or "..." quotation
    straight_open = False
    sent = start
    for m in _TOKENS.finditer(text, start, end):
        tok = m.group()
        if tok == '"':
            straight_open = not straight_open
            continue
        if tok in OPEN_QUOTES:
            depth += 1
            continue
        if tok in CLOSE_QUOTES:
            depth = max(0, depth - 1)
            continue
        # terminal punctuation, maybe with closing marks glued on
        closing = tok.lstrip(".!?\u2026")
        closes_quote = any(c in '"\u201d' for c in closing)
        if closes_quote:
            if '"' in closing:
                straight_open = False
            depth = max(0, depth - closing.count("\u201d"))
        if (depth or straight_open) and not closes_quote:
            continue
        if depth or straight_open:
            continue
        stop = m.end()
        if not _is_boundary(text, m.start(), stop, end):
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
    if text[punct] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, punct - 12), punct + 1)
    if not before:
        return True
    abbr = before.group(1).lower()
    if abbr in _NEVER_FINAL:
        return False
    if len(abbr) == 1 and before.group(1).isupper():
        return False  # an initial: "J. Smith"
    if abbr in _MAYBE_FINAL or (len(abbr) <= 4 and "." in abbr):
        return word.strip("\"'\u201c\u2018(").lower() in _OPENERS
    return True


def split_sentences(
    text: str, body: Sequence[Span], headings: Sequence[Span] = ()
) -> Iterator[Sentence]:
    """Every sentence of the body regions, headings left out."""
    heads = {(h.start, h.end) for h in headings}
    for number, (start, end) in enumerate(paragraphs(text, body)):
        if (start, end) in heads or any(h.start <= start and end <= h.end for h in headings):
            continue
        for s, e in sentence_spans(text, start, end):
            yield Sentence(s, e, number)
