"""Measure phrases to comparable keys: "weekly active users" ~ "weekly users" ~ "WAU".

A measure becomes the tuple of its meaningful words in order: lower case,
hyphens split, possessives ("OpenAI's") dropped, acronyms expanded, filler
words dropped, synonyms mapped, plurals made singular. Two measures name the
same quantity when their word sets are equal; one is a less specific form of
the other when its words are a subset ("users" of "weekly users").
"""

from __future__ import annotations

import functools
import re

from .measure_data import ABBREVIATIONS, FILLER, NOT_PLURAL, SYNONYMS

__all__ = ["MAX_WORDS", "measure_words", "singular"]

# A measure is a short noun phrase; longer input is cut, so hostile text costs little.
MAX_CHARS = 120
MAX_WORDS = 8
_WORD = re.compile(r"[^\W_]{1,40}(?:['\u2019][^\W_]{0,2})?")


def singular(word: str) -> str:
    """The singular of an English plural noun, by rule; other words unchanged."""
    if len(word) <= 3 or word in NOT_PLURAL:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")) or not word.endswith("s"):
        return word
    return word[:-1]


def _canonical(word: str) -> str:
    word = SYNONYMS.get(word, word)
    word = singular(word)
    return SYNONYMS.get(word, word)


@functools.lru_cache(maxsize=1 << 16)  # a corpus repeats its measures endlessly
def measure_words(phrase: str | None) -> tuple[str, ...]:
    """The normalised words of a measure phrase, in order, each once; ``()`` when none is left."""
    if not phrase:
        return ()
    out: dict[str, None] = {}
    for match in _WORD.finditer(phrase[:MAX_CHARS].casefold()):
        token = match.group()
        if "'" in token or "\u2019" in token:
            continue  # a possessive names the owner ("OpenAI's"), not the measure
        for word in ABBREVIATIONS.get(token, token).split():
            if word in FILLER:
                continue
            word = _canonical(word)
            if word not in FILLER:
                out.setdefault(word)
        if len(out) >= MAX_WORDS:
            break
    return tuple(out)
