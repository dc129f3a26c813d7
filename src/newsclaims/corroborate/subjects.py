"""Who a quantity is about, across articles: "Gemini" ~ "Google Gemini" through entity aliases.

Every entity of every article links its name and aliases into one cluster
(a union-find over normalised names), so an article that calls a product
"Gemini" and another that calls it "Google Gemini" while listing "Gemini" as
an alias meet in one cluster. A person's one-word aliases ("Altman") are left
out of the links across articles: a surname alone is shared by too many
people. A name that is no entity of its article still meets the cluster
holding that name elsewhere.

The clusters depend only on the set of entities, never on the order of the
articles, and renaming an entity to one of its aliases leaves them as they
were: the name and its aliases form the same set either way.
"""

from __future__ import annotations

import collections
import functools
import re
from typing import Iterable

from ..model import Article, Entity, EntityKind

__all__ = ["Party", "Resolver", "name_key"]

_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['\u2019]s?\Z")


@functools.lru_cache(maxsize=1 << 16)  # a corpus repeats its names endlessly
def name_key(name: str) -> str:
    """How names are compared: case and spacing ignored, a leading "The" and a possessive dropped."""
    key = _SPACE.sub(" ", name.strip()).casefold()
    if key.startswith("the "):
        key = key[4:]
    return _POSSESSIVE.sub("", key)


def _terms(entity: Entity) -> set[str]:
    return {k for k in (name_key(n) for n in (entity.name, *entity.aliases)) if k}


def _linking_terms(entity: Entity, terms: set[str]) -> set[str]:
    """Of an entity's ``terms``, the names that may link it to others across articles."""
    if entity.kind is EntityKind.PERSON:
        full = {t for t in terms if " " in t}
        if full:
            return full
    return terms


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent.setdefault(x, x)
        root = x
        while parent != root:
            root, parent = parent, self.parent[parent]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key becomes the root, so the root is the same whatever the order
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


class Party:
    """A resolved name: ``key`` is the cluster (stable), ``name`` how it is displayed."""

    __slots__ = ("key", "name")

    def __init__(self, key: str, name: str):
        self.key = key
        self.name = name


class Resolver:
    """Names of subjects and sources to clusters, over one set of articles."""

    def __init__(self, articles: Iterable[Article]):
        self._links = _UnionFind()
        # per article: normalised term -> the entity's linking terms, first (smallest) kept
        self._local: dict[str, dict[str, str]] = {}
        names: collections.Counter[tuple[str, str]] = collections.Counter()
        for article in articles:
            local: dict[str, str] = {}
            for entity in article.entities:
                terms = _terms(entity)
                linking = sorted(_linking_terms(entity, terms))
                if not linking:
                    continue
                for term in linking[1:]:
                    self._links.union(linking[0], term)
                for term in terms:
                    if term not in local or linking[0] < local[term]:
                        local[term] = linking[0]
                names[(linking[0], entity.name)] += 1
            self._local[article.id] = local
        # display name per cluster: the canonical name most entities use, then the longest
        per_cluster: collections.Counter[tuple[str, str]] = collections.Counter()
        for (term, name), count in names.items():
            per_cluster[(self._links.find(term), name)] += count
        best: dict[str, tuple[int, int, str]] = {}
        for (root, name), count in per_cluster.items():
            rank = (-count, -len(name), name)
            if root not in best or rank < best[root]:
                best[root] = rank
        self._display = {root: rank[2] for root, rank in best.items()}

    def resolve(self, article_id: str, name: str) -> Party | None:
        """The cluster of ``name`` as written in article ``article_id``; None for a blank name."""
        term = name_key(name)
        if not term:
            return None
        term = self._local.get(article_id, {}).get(term, term)
        root = self._links.find(term)
        return Party(root, self._display.get(root, " ".join(name.split())))
