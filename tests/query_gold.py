"""The hand-made gold of the seeds as Articles, for query tests and docs while extraction grows.

Gold files leave out the text, entity mentions and the claims' links to
metrics, quotes and entities; this fills them in from the spans (a claim
holds the metrics and quotes inside its sentence, and the entities whose
name or alias appears in it as a word).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import attrs

import newsclaims as nc
from newsclaims.model import Span

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "seeds"
SEEDS = ROOT / "seeds"


def _mentions(text: str, names: list[str]) -> list[Span]:
    spans = []
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            spans.append(Span(m.start(), m.end()))
    return sorted(set(spans), key=lambda s: (s.start, s.end))


def gold_article(path: Path) -> nc.Article:
    data = json.loads(path.read_text(encoding="utf-8"), parse_float=__import__("decimal").Decimal)
    text = (SEEDS / f"{path.stem}.txt").read_text(encoding="utf-8").removeprefix("\ufeff")
    article = nc.from_dict({**data, "text": text})
    entities = tuple(
        attrs.evolve(e, mentions=_mentions(text, [e.name, *e.aliases])) for e in article.entities
    )
    claims = []
    for c in article.claims:
        inside = lambda x: c.start <= x.start and x.end <= c.end  # noqa: E731
        claims.append(attrs.evolve(
            c,
            metrics=tuple(m.id for m in article.metrics if inside(m)),
            quotes=tuple(q.id for q in article.quotes if q.start < c.end and c.start < q.end),
            entities=tuple(e.id for e in entities if any(inside(s) for s in e.mentions)),
        ))
    return attrs.evolve(article, entities=entities, claims=tuple(claims))


def gold_articles() -> list[nc.Article]:
    return [gold_article(p) for p in sorted(GOLD.glob("*.json"))]
