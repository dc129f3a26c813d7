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

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source (no groups) matching exactly the given words, longest first at each branch."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie) if trie else "(?!)"


def _render(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # where a word may also stop here ("report" in "reports"), the longer branch is tried first
    return "(?:" + body + ")?" if ends else body
