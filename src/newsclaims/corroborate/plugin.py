"""Corroboration groups as annotations the query language can ask about: ``group.sources >= 3``.

The fields are declared through ``register_fields`` under the new owner
``group``. :func:`annotate` runs :func:`~newsclaims.corroborate` over a set
of articles and puts, in each claim's ``extra["group"]``, the groups its
metrics belong to (a list of objects with these fields), so a claim matches
``group.agree = false`` when one of its figures is disputed by another
article of the set. Groups depend on the set: annotate the articles you
query, together.
"""

from __future__ import annotations

from typing import Any, Iterable

import attrs

from ..document import FieldSpec
from ..hookspecs import hookimpl
from ..model import Article
from .core import corroborate
from .groups import Group

__all__ = ["FIELDS", "annotate", "group_fields", "register_fields"]

OWNER = "group"
# (name, type, doc) of every field a claim's group carries.
FIELDS = (
    ("id", "string", "the group's id in this set of articles (g1, g2, ...)"),
    ("subject", "string", "the entity the quantity is about, as most articles name it"),
    ("measure", "string", "what is measured, as most articles word it"),
    ("unit", "string", "what values are compared in: a currency, %, pp, x, duration, count, other:<unit>"),
    ("period", "string", "the time the quantity holds for, when stated"),
    ("change", "bool", "true when the quantity is a rise or fall rather than a level"),
    ("agree", "bool", "whether one value fits every article's figure within its stated bound"),
    ("articles", "number", "how many articles state the quantity"),
    ("sources", "number", "how many distinct parties back it: named sources, else publishers"),
    ("values", "number", "how many different figures are stated"),
    ("earliest", "date", "the earliest publication date among those articles"),
    ("parties", "list", "the names of the parties backing it"),
)


def group_fields(group: Group) -> dict[str, Any]:
    """A group as the JSON object a claim holds (FORMAT.md value conventions: numbers, ISO dates)."""
    q = group.key
    return {
        "id": group.id,
        "subject": q.subject,
        "measure": q.measure,
        "unit": q.unit,
        "period": q.period,
        "change": q.change,
        "agree": group.agree,
        "articles": len(group.articles),
        "sources": len(group.sources),
        "values": len(group.values),
        "earliest": group.earliest.isoformat() if group.earliest else None,
        "parties": list(group.sources),
    }


@hookimpl
def register_fields() -> list[FieldSpec]:
    return [FieldSpec(OWNER, name, type_, doc) for name, type_, doc in FIELDS]


def annotate(articles: Iterable[Article]) -> list[Article]:
    """``articles`` with each claim's corroboration groups in ``claim.extra["group"]`` (claims in none keep no key)."""
    articles = list(articles)
    of_claim: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for group in corroborate(articles):
        fields = group_fields(group)
        for member in group.members:
            if member.claim is not None:
                of_claim.setdefault((member.article, member.claim), {})[group.id] = fields
    out = []
    for article in articles:
        claims = []
        for claim in article.claims:
            groups = of_claim.get((article.id, claim.id))
            extra = {k: v for k, v in claim.extra.items() if k != OWNER}
            if groups:
                extra[OWNER] = list(groups.values())
            claims.append(attrs.evolve(claim, extra=extra) if extra != claim.extra else claim)
        out.append(attrs.evolve(article, claims=claims))
    return out
