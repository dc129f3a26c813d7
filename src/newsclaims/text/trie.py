"""Compile a word list into one regular expression shaped like a trie.

Python's ``re`` tries the branches of ``a|b|c`` one after another at every
position; a list of hundreds of words is then slow. Sharing prefixes
(``sa(?:id|ys)``) lets the engine reject a position after one character.
The result has no repetition at all, so it cannot backtrack beyond the
length of the longest word.
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["trie_branches", "trie_pattern"]


def trie_pattern(words: Iterable[str], *, space: str | None = None) -> str:
    """A regex source (no groups) matching exactly the given words, longest first at each branch.

    ``space``, if given, is the regex a space between the words of a phrase stands for
    (``[ \t]{1,2}``, say); phrases then hold single spaces between words, none at their ends.
    """
    branches = trie_branches(words, space=space)
    if not branches:
        return "(?!)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def trie_branches(words: Iterable[str], *, space: str | None = None) -> list[str]:
    """The alternatives of :func:`trie_pattern`, one per first character (to extend each)."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(trie, space)


def _branches(node: dict, space: str | None) -> list[str]:
    return [
        (space if ch == " " and space is not None else re.escape(ch)) + _render(child, space)
        for ch, child in sorted(node.items())
        if ch
    ]


def _render(node: dict, space: str | None) -> str:
    branches = _branches(node, space)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # where a word may also stop here ("report" in "reports"), the longer branch is tried first
    return "(?:" + body + ")?" if "" in node else body
