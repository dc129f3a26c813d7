"""Hypothesis strategies for every model class, composable, in one place."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from newsclaims.model import (
    DURATION_UNITS,
    Article,
    Bound,
    Change,
    Claim,
    Entity,
    EntityKind,
    Metric,
    MetricKind,
    Modality,
    Quote,
    Span,
)

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20)
optional_names = st.none() | names
decimals = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15, places=4)
extra_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | names,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(names, inner, max_size=3),
    max_leaves=5,
)
# extra keys must not shadow model fields; a prefix keeps them apart
extras = st.dictionaries(names.map(lambda s: "x_" + s), extra_values, max_size=2)


@st.composite
def spans(draw, n: int) -> Span:
    start = draw(st.integers(0, n))
    return Span(start, draw(st.integers(start, n)))


def units_for(kind: MetricKind) -> st.SearchStrategy[str | None]:
    return {
        MetricKind.MONEY: st.sampled_from(["USD", "EUR", "GBP", "JPY", "CNY", "HKD", "INR"]),
        MetricKind.PERCENT: st.sampled_from(["%", "pp"]),
        MetricKind.MULTIPLIER: st.just("x"),
        MetricKind.DURATION: st.sampled_from(sorted(DURATION_UNITS)),
        MetricKind.COUNT: st.none(),
        MetricKind.OTHER: st.none() | st.sampled_from(["point", "mile", "barrel", "tonne"]),
    }[kind]


periods = st.none() | st.sampled_from(["2025", "2025-10", "2025-07..2025-12", "2019-Q3", "2024-10-03"])


@st.composite
def entities(draw, text: str, ident: str) -> Entity:
    return Entity(
        id=ident,
        name=draw(names),
        kind=draw(st.sampled_from(EntityKind)),
        aliases=draw(st.lists(names, max_size=3)),
        mentions=draw(st.lists(spans(len(text)), max_size=3)),
        extra=draw(extras),
    )


@st.composite
def metrics(draw, text: str, ident: str) -> Metric:
    span = draw(spans(len(text)))
    kind = draw(st.sampled_from(MetricKind))
    value = draw(st.none() | decimals)
    high = None
    if value is not None and draw(st.booleans()):
        high = value + draw(decimals.filter(lambda d: d >= 0))
    return Metric(
        id=ident,
        start=span.start,
        end=span.end,
        text=text[span.start : span.end],
        kind=kind,
        value=value,
        unit=draw(units_for(kind)),
        bound=draw(st.sampled_from(Bound)),
        high=high,
        change=draw(st.none() | st.sampled_from(Change)),
        measure=draw(optional_names),
        subject=draw(optional_names),
        period=draw(periods),
        extra=draw(extras),
    )


@st.composite
def quotes(draw, text: str, ident: str) -> Quote:
    span = draw(spans(len(text)))
    speaker = draw(st.none() | spans(len(text)))
    return Quote(
        id=ident,
        start=span.start,
        end=span.end,
        text=text[span.start : span.end],
        speaker=draw(optional_names),
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=draw(st.none() | st.sampled_from(["say", "tweet", "according to", "write"])),
        extra=draw(extras),
    )


@st.composite
def claims(draw, text: str, ident: str, metric_ids, quote_ids, entity_ids) -> Claim:
    span = draw(spans(len(text)))

    def some(ids):
        return draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)) if ids else []

    return Claim(
        id=ident,
        start=span.start,
        end=span.end,
        text=text[span.start : span.end],
        subject=draw(optional_names),
        source=draw(optional_names),
        cue=draw(st.none() | st.sampled_from(["say", "according to", "report"])),
        modality=draw(st.sampled_from(Modality)),
        metrics=some(metric_ids),
        quotes=some(quote_ids),
        entities=some(entity_ids),
        extra=draw(extras),
    )


@st.composite
def articles(draw, max_annotations: int = 4) -> Article:
    text = draw(st.text(min_size=0, max_size=200))
    n = st.integers(0, max_annotations)
    ents = [draw(entities(text, f"e{i}")) for i in range(1, draw(n) + 1)]
    mets = [draw(metrics(text, f"m{i}")) for i in range(1, draw(n) + 1)]
    quos = [draw(quotes(text, f"q{i}")) for i in range(1, draw(n) + 1)]
    clas = [
        draw(claims(text, f"c{i}", [m.id for m in mets], [q.id for q in quos], [e.id for e in ents]))
        for i in range(1, draw(n) + 1)
    ]
    return Article(
        id=draw(names),
        style=draw(st.none() | st.sampled_from(["generic", "shanshang"])),
        source=draw(optional_names),
        title=draw(optional_names),
        authors=draw(st.lists(names, max_size=2)),
        editors=draw(st.lists(names, max_size=2)),
        published=draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
        text=text,
        body=draw(st.lists(spans(len(text)), max_size=3)),
        entities=ents,
        metrics=mets,
        quotes=quos,
        claims=clas,
        extra=draw(extras),
    )
