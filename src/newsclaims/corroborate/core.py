"""Grouping metric claims that state the same quantity, across articles.

Two metric claims state the same quantity when their subjects resolve to
one entity cluster (:mod:`.subjects`), their measures normalise to the same
words (:mod:`.measures`), their units compare (:func:`.quantities.unit_family`),
their periods are equal and both are levels or both changes.

A claim that says less than others is placed with the more specific ones
when that is unambiguous: "800 million users" with no period joins
"more than 800 million weekly users" in 2025-10 when that is the only more
specific quantity of the same subject whose range of figures it fits. It is decided
against the specific groups alone, which are fixed before anything moves, so
the result depends only on the set of articles, never on their order, and
every metric claim lands in exactly one group.
"""

from __future__ import annotations

import bisect
import collections
import itertools
from decimal import Decimal
from typing import Iterable, Iterator

import attrs

from ..model import Article, Claim, Metric
from .groups import Group, Member, QuantityKey, StatedValue
from .measures import measure_words
from .quantities import Interval, common_interval, interval_of, unit_family
from .subjects import Party, Resolver

__all__ = ["corroborate"]

# (subject cluster, measure words, unit family, period, is a change)
_Key = tuple[str, frozenset[str], str, str | None, bool]


@attrs.frozen
class _Candidate:
    key: _Key
    member: Member
    metric: Metric
    value: Decimal  # the metric's, never None here: a metric without a value has no interval
    interval: Interval
    subject: str
    measure: str
    party: str

    def order(self) -> tuple[str, str, str, str]:
        m = self.member
        return (m.article, m.claim or "", m.metric, self.party)


def corroborate(articles: Iterable[Article]) -> tuple[Group, ...]:
    """Group the metric claims of ``articles`` that state the same quantity.

    Every metric with a value, a measure and a subject (its own, else its
    claim's) is a member of exactly one group, groups of one included, so a
    claim can always be asked how well it is corroborated. Groups come
    sorted by subject, measure, unit and period, numbered ``g1``, ``g2``...

    :raises ValueError: when two articles share an id (members name articles by id).
    """
    articles = list(articles)
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise ValueError(f"article id {article.id!r} appears twice; corroboration names articles by id")
        seen.add(article.id)
    resolver = Resolver(articles)
    candidates = [c for article in articles for c in _candidates(article, resolver)]
    buckets = _place(candidates)
    groups = [_build(key, members) for key, members in buckets.items()]
    groups.sort(key=lambda g: _group_order(g[0], g[1]))
    return tuple(attrs.evolve(group, id=f"g{i}") for i, (group, _) in enumerate(groups, 1))


def _claims_of_metrics(article: Article) -> Iterator[tuple[Claim | None, Metric]]:
    """Each (claim, metric) pair once; a metric no claim lists is paired with the claims around it, else None.

    Extracted claims list their metrics; hand-made files may leave the lists
    empty, so a claim's span stands in for them.
    """
    metrics = {m.id: m for m in article.metrics}
    held: set[str] = set()
    for claim in article.claims:
        for metric_id in dict.fromkeys(claim.metrics):
            metric = metrics.get(metric_id)
            if metric is not None:
                held.add(metric_id)
                yield claim, metric
    claims = sorted(article.claims, key=lambda c: (c.start, c.end, c.id))
    starts = [c.start for c in claims]
    for metric in article.metrics:
        if metric.id in held:
            continue
        around = _enclosing(claims, starts, metric)
        for claim in around:
            yield claim, metric
        if not around:
            yield None, metric


def _enclosing(claims: list[Claim], starts: list[int], metric: Metric) -> list[Claim]:
    """The claims that hold ``metric``'s span: those of the last sentence starting at or before it."""
    i = bisect.bisect_right(starts, metric.start) - 1
    if i < 0:
        return []
    first = starts[i]
    out = []
    while i >= 0 and starts[i] == first:
        if claims[i].end >= metric.end:
            out.append(claims[i])
        i -= 1
    return out[::-1]


def _party(article: Article, claim: Claim | None, resolver: Resolver) -> tuple[Party, Party | None]:
    """Who backs a claim (its named source, else the publisher, else the article), and its named source."""
    source = resolver.resolve(article.id, claim.source) if claim and claim.source else None
    if source is not None:
        return source, source
    publisher = resolver.resolve(article.id, article.source) if article.source else None
    return publisher or Party(f"article:{article.id}", article.id), None


def _candidates(article: Article, resolver: Resolver) -> Iterator[_Candidate]:
    for claim, metric in _claims_of_metrics(article):
        interval = interval_of(metric)
        words = measure_words(metric.measure)
        subject_name = metric.subject or (claim.subject if claim else None)
        if metric.value is None or interval is None or not words or not subject_name:
            continue
        subject = resolver.resolve(article.id, subject_name)
        if subject is None:
            continue
        party, source = _party(article, claim, resolver)
        key: _Key = (subject.key, frozenset(words), unit_family(metric), metric.period, metric.change is not None)
        member = Member(
            article=article.id,
            claim=claim.id if claim else None,
            metric=metric.id,
            text=metric.text,
            party=party.name,
            source=source.name if source else None,
            published=article.published,
            modality=claim.modality if claim else None,
        )
        measure = " ".join(metric.measure.split())  # type: ignore[union-attr]  # words imply a measure
        yield _Candidate(key, member, metric, metric.value, interval, subject.name, measure, party.key)


def _generalisations(key: _Key) -> Iterator[_Key]:
    """The less specific keys ``key`` refines: fewer measure words, or no period."""
    subject, words, unit, period, change = key
    ordered = sorted(words)
    periods = (period, None) if period is not None else (None,)
    for size in range(1, len(ordered) + 1):
        for subset in itertools.combinations(ordered, size):
            for p in periods:
                general = (subject, frozenset(subset), unit, p, change)
                if general != key:
                    yield general


def _place(candidates: list[_Candidate]) -> dict[_Key, list[_Candidate]]:
    """Bucket candidates by key, then move each member of a general key into its one fitting specific key."""
    base: dict[_Key, list[_Candidate]] = collections.defaultdict(list)
    for c in candidates:
        base[c.key].append(c)
    refiners: dict[_Key, list[_Key]] = collections.defaultdict(list)
    for key in base:
        for general in _generalisations(key):
            if general in base:
                refiners[general].append(key)
    leaves = [k for k in base if k not in refiners]
    final: dict[_Key, list[_Candidate]] = {k: list(base[k]) for k in leaves}
    spans = {k: _hull(c.interval for c in base[k]) for k in leaves}
    for general, specific in refiners.items():
        targets = [k for k in specific if k not in refiners]
        for c in base[general]:
            fits = [k for k in targets if c.interval.meets(spans[k])]
            destination = fits[0] if len(fits) == 1 else general
            final.setdefault(destination, []).append(c)
    return final


def _hull(intervals: Iterable[Interval]) -> Interval:
    """The smallest interval holding all of ``intervals``: the range a group's figures span."""
    lows, highs = [], []
    unbounded_low = unbounded_high = False
    for it in intervals:
        if it.low is None:
            unbounded_low = True
        else:
            lows.append(it.low)
        if it.high is None:
            unbounded_high = True
        else:
            highs.append(it.high)
    return Interval(None if unbounded_low or not lows else min(lows), None if unbounded_high or not highs else max(highs))


def _most_common(values: Iterable[str]) -> str:
    counts = collections.Counter(values)
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


def _build(key: _Key, candidates: list[_Candidate]) -> tuple[Group, _Key]:
    candidates = sorted(candidates, key=_Candidate.order)
    own = [c for c in candidates if c.key == key] or candidates
    subject, _, unit, period, change = key
    quantity = QuantityKey(
        subject=_most_common(c.subject for c in own),
        measure=_most_common(c.measure for c in own),
        unit=unit,
        period=period,
        change=change,
    )
    by_value: dict[tuple, list[_Candidate]] = collections.defaultdict(list)
    for c in candidates:
        m = c.metric
        by_value[(m.value, m.high, m.bound, m.unit, m.change)].append(c)
    values = [_stated(cs) for cs in by_value.values()]
    values.sort(key=lambda v: (-len(v.articles), v.value, v.high is not None, v.high or 0, v.bound.value, str(v.change)))
    dated = [c.member.published for c in candidates if c.member.published is not None]
    earliest = min(dated) if dated else None
    group = Group(
        id="g0",
        key=quantity,
        members=tuple(c.member for c in candidates),
        values=tuple(values),
        agree=common_interval(c.interval for c in candidates) is not None,
        articles=tuple(sorted({c.member.article for c in candidates})),
        sources=_parties(candidates),
        measures=tuple(sorted({c.measure for c in candidates})),
        earliest=earliest,
        earliest_articles=tuple(sorted({c.member.article for c in candidates if c.member.published == earliest}))
        if earliest
        else (),
    )
    return group, key


def _parties(candidates: list[_Candidate]) -> tuple[str, ...]:
    """The distinct backing parties' display names (parties are told apart by cluster, not by spelling)."""
    names: dict[str, list[str]] = collections.defaultdict(list)
    for c in candidates:
        names[c.party].append(c.member.party)
    return tuple(sorted(_most_common(v) for v in names.values()))


def _stated(candidates: list[_Candidate]) -> StatedValue:
    m = candidates[0].metric
    return StatedValue(
        text=_most_common(" ".join(c.metric.text.split()) for c in candidates),
        value=candidates[0].value,
        high=m.high,
        bound=m.bound,
        unit=m.unit,
        change=m.change,
        articles=tuple(sorted({c.member.article for c in candidates})),
        sources=_parties(candidates),
        members=tuple(c.member for c in candidates),
    )


def _group_order(group: Group, key: _Key) -> tuple:
    q = group.key
    return (q.subject.casefold(), q.measure, q.unit, q.period or "", q.change, key[0], sorted(key[1]))
