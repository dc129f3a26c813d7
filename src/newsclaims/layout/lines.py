"""The lines of a text that hold something, with their offsets, and what a line looks like.

Page layouts are line-based: a header is a run of short lines, a caption is
a short line after an image's empty line, a footer is the last line. Every
helper here works on :class:`Line` values, which keep the offsets of the
line's stripped text so that spans built from them index the input, and its
line number, so that a gap in the numbers shows where blank lines were.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Final, NamedTuple, Pattern, Sequence

from ..model import Span
from .data import CAPTION_OPENERS, FAQ_HEADINGS

__all__ = [
    "Line",
    "after_blank",
    "find_last_line",
    "find_line",
    "is_faq_heading",
    "join_wrapped",
    "wrapped_paragraphs",
    "lines_between",
    "looks_like_caption",
    "looks_like_heading",
    "next_line",
    "prev_line",
    "split_lines",
]

_CONTENT: Final = re.compile(r"\S[^\n]*")
# A label that opens a list item or a Q&A line: such a line is a sentence, never a heading.
_LABEL: Final = r"(?:[QA]{s}{{0,3}}[:：]|[-*\u2022\u25aa\u25cf\u2013\u2014]{s}|\d{{1,2}}[.)]{s})"
_ITEM_LABEL: Final = re.compile(_LABEL.format(s=r"\s"))
_LABEL_ON_LINE: Final = _LABEL.format(s=r"[ \t]")  # the same, its space on its own line
# A line break that only wraps: the next line goes on at the margin, not after a blank line,
# indented, or at a label. (The parts never overlap, so the patterns cannot backtrack far.)
_WRAP: Final = rf"\n(?=\S)(?!{_LABEL_ON_LINE})"
_WRAPPED_PARAGRAPH: Final = re.compile(rf"\S[^\n]*(?:{_WRAP}[^\n]*)*")
_MID_SENTENCE_WRAP: Final = re.compile(rf"(?:[^\W_]|[,;])[ \t\r\f\v]*{_WRAP}")
_FINAL_PUNCT: Final = frozenset(".!?\u2026:;,\"'\u201d\u2019\u00bb\u3002\uff01\uff1f")
_FIRST_ALNUM: Final = re.compile(r"[^\W_]")
# What may trail a sentence's final punctuation on a line and still leave it a sentence: closing
# brackets ("(It was not.)") and, in embedded posts, links, hashtags and handles
# ("Who pays? pic.twitter.com/x1", "It works... #thanks").
_CLOSING_BRACKETS: Final = ")]} \t"
_TRAILER: Final = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/|[#@]\w)", re.I)
_FIRST_WORD: Final = re.compile(r"[\"\u201c\u2018'(\[]?([A-Za-z]{1,20})(:?)")
_CREDIT: Final = re.compile(r"\b(?:by|courtesy|via|credit)\b", re.I)

WRAP_MIN_CHARS = 40  # the longest line of hard-wrapped text is this long at least ...
WRAP_MAX_CHARS = 100  # ... and at most this: any longer line is a whole paragraph
WRAP_MIN_BREAKS = 2  # lines broken mid-sentence that show the text is hard-wrapped
HEADING_MAX_WORDS = 20
HEADING_MAX_CHARS = 160
CAPTION_MAX_WORDS = 30


class Line(NamedTuple):
    """Line ``number`` (from 0) of a text; ``text`` is it stripped, at ``start``..``end``.

    (A named tuple rather than an attrs class: pages can hold a great many
    lines, and tuples are several times cheaper to build.)
    """

    number: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_lines(text: str) -> tuple[Line, ...]:
    """Every line of ``text`` that is not blank, numbered as the text's lines (split at ``\\n``)."""
    out = []
    number = pos = 0
    for m in _CONTENT.finditer(text):
        start = m.start()
        number += text.count("\n", pos, start)
        stripped = m.group().rstrip()
        out.append(Line(number, start, start + len(stripped), stripped))
        pos = start
    return tuple(out)


def join_wrapped(text: str, lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` (the non-blank lines of a stretch of ``text``, as :func:`split_lines` gives
    them) as paragraphs when the stretch is hard-wrapped (:func:`wrapped_paragraphs`): one
    :class:`Line` per paragraph, its text keeping the line breaks, numbered as its first line.
    Other text comes back unchanged, a paragraph per line."""
    if not lines:
        return lines
    paragraphs = wrapped_paragraphs(text, lines[0].start, lines[-1].end)
    if paragraphs is None:
        return lines
    starts = [line.start for line in lines]
    return tuple(Line(lines[bisect.bisect_left(starts, s)].number, s, e, text[s:e]) for s, e in paragraphs)


def wrapped_paragraphs(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...] | None:
    """The paragraphs of ``text[start:end]`` as stripped ``(start, end)`` if it is hard-wrapped, else None.

    In hard-wrapped text (wire copy, plain-text mail) a line break is only a
    wrap: a paragraph starts after a blank line, on an indented line or at a
    list item or ``Q:``/``A:`` label, and goes on over every other line
    break. Text is taken as hard-wrapped when its longest line holds
    ``WRAP_MIN_CHARS`` to ``WRAP_MAX_CHARS`` characters and at least
    ``WRAP_MIN_BREAKS`` of its lines break mid-sentence (on a letter, digit,
    comma or semicolon) before such a wrap. Regular expressions do the
    scanning, as this runs over every article.
    """
    return _wrapped_paragraphs(text, start, len(text) if end is None else end)


@functools.lru_cache(maxsize=4)  # the layout and the segmenter ask it of the same article in turn
def _wrapped_paragraphs(text: str, start: int, end: int) -> tuple[tuple[int, int], ...] | None:
    if not WRAP_MIN_CHARS <= max(map(len, text[start:end].split("\n"))) <= WRAP_MAX_CHARS:
        return None
    breaks = _MID_SENTENCE_WRAP.finditer(text, start, end)
    if sum(1 for _ in itertools.islice(breaks, WRAP_MIN_BREAKS)) < WRAP_MIN_BREAKS:
        return None
    return tuple(
        (m.start(), m.start() + len(m.group().rstrip())) for m in _WRAPPED_PARAGRAPH.finditer(text, start, end)
    )


def _index(lines: Sequence[Line], number: int) -> int:
    """The position in ``lines`` of the first line numbered ``number`` or later."""
    return bisect.bisect_left(lines, number, key=lambda line: line.number)


def lines_between(lines: Sequence[Line], first: int = 0, stop: int | None = None) -> Sequence[Line]:
    """The lines numbered ``first`` up to (not including) ``stop``."""
    return lines[_index(lines, first) : len(lines) if stop is None else _index(lines, stop)]


def next_line(lines: Sequence[Line], after: int) -> Line | None:
    """The first line numbered after ``after``."""
    i = _index(lines, after + 1)
    return lines[i] if i < len(lines) else None


def prev_line(lines: Sequence[Line], before: int) -> Line | None:
    """The last line numbered before ``before``."""
    i = _index(lines, before)
    return lines[i - 1] if i > 0 else None


def after_blank(previous: Line | None, line: Line) -> bool:
    """Whether blank lines stand between ``previous`` and ``line``."""
    return previous is not None and line.number - previous.number > 1


def find_line(
    lines: Sequence[Line], pattern: str | Pattern[str], first: int = 0, stop: int | None = None
) -> Line | None:
    """The first line numbered ``first``..``stop`` whose text ``pattern`` matches at its start."""
    regex = re.compile(pattern) if isinstance(pattern, str) else pattern
    return next((line for line in lines_between(lines, first, stop) if regex.match(line.text)), None)


def find_last_line(
    lines: Sequence[Line], pattern: str | Pattern[str], first: int = 0, stop: int | None = None
) -> Line | None:
    """The last line numbered ``first``..``stop`` whose text ``pattern`` matches at its start."""
    regex = re.compile(pattern) if isinstance(pattern, str) else pattern
    return next((line for line in reversed(lines_between(lines, first, stop)) if regex.match(line.text)), None)


def looks_like_heading(text: str) -> bool:
    """A short line that is not a sentence: no final punctuation, not a list item or Q&A line.

    Lines without a letter or digit (rules such as ``___``) count too: they are
    never sentences either.
    """
    text = text.strip()
    if not text or len(text) > HEADING_MAX_CHARS:
        return False
    if _sentence_end(text)[-1:] in _FINAL_PUNCT:  # most lines: only a rule such as "..." is then a heading
        return _FIRST_ALNUM.search(text) is None
    first = _FIRST_ALNUM.search(text)
    if first is None:
        return True
    if _ITEM_LABEL.match(text):
        return False
    letter = first.group()
    return (letter.isupper() or letter.isdigit()) and len(text.split()) <= HEADING_MAX_WORDS


def _sentence_end(text: str) -> str:
    """``text`` without the links, hashtags and closing brackets that may follow a sentence's end
    ("Who pays? pic.twitter.com/x1" -> "Who pays?"), or ``text`` itself when nothing else is left."""
    words = text.split()
    while len(words) > 1 and _TRAILER.match(words[-1]):
        words.pop()
    end = words[-1].rstrip(_CLOSING_BRACKETS)
    return end if end else text


def looks_like_caption(line: Line, follows_blank: bool) -> bool:
    """An image caption: a short line right after an image's empty line, or a credit line.

    A credit line opens with a caption word and says whose it is:
    ``Photo: Reuters``, ``Screenshot shared by ...``, ``Image courtesy of ...``.
    """
    if not line.text or line.words > CAPTION_MAX_WORDS:
        return False
    if follows_blank:
        return True
    m = _FIRST_WORD.match(line.text)
    if not m or m.group(1).lower() not in CAPTION_OPENERS or line.words > CAPTION_MAX_WORDS // 2:
        return False
    return bool(m.group(2)) or bool(_CREDIT.search(line.text))


def is_faq_heading(text: str) -> bool:
    """``Frequently Asked Questions``, ``FAQ``, ``Q&A`` and the like, alone on a line."""
    return text.strip().rstrip(":").strip().casefold() in FAQ_HEADINGS
