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


# --- corpora that restate the same quantities, for corroboration -------------
# Invented names (each with a short alias), measure wordings that normalise
# alike, and figures close enough to agree or not: small pools, so that
# generated articles keep meeting each other.
CORPUS_ENTITIES = (
    ("Acme Robotics", "Acme", EntityKind.ORG),
    ("Zephyr Chat", "Zephyr", EntityKind.PRODUCT),
    ("Mara Quill", "Quill", EntityKind.PERSON),
    ("The Morning Ledger", "Ledger", EntityKind.MEDIA),
)
CORPUS_MEASURES = ("weekly active users", "weekly users", "WAU", "users", "revenue", "revenue target", "valuation", "valued")
CORPUS_VALUES = (Decimal(800_000_000), Decimal(810_000_000), Decimal(500_000_000_000), Decimal(13_000_000_000))


@st.composite
def corpus_metric_claims(draw, names: list[str]) -> tuple[str, dict, dict]:
    """One sentence stating one figure: (sentence, metric fields, claim fields) with spans relative to it."""
    kind = draw(st.sampled_from([MetricKind.COUNT, MetricKind.MONEY]))
    value = draw(st.sampled_from(CORPUS_VALUES))
    bound = draw(st.sampled_from(Bound))
    figure = f"{bound.value} {value}"
    sentence = f"{figure} {draw(st.sampled_from(CORPUS_MEASURES))}."
    metric = dict(
        start=0,
        end=len(figure),
        text=figure,
        kind=kind,
        value=value,
        unit="USD" if kind is MetricKind.MONEY else None,
        bound=bound,
        change=draw(st.none() | st.sampled_from(Change)),
        measure=draw(st.none() | st.sampled_from(CORPUS_MEASURES)),
        subject=draw(st.none() | st.sampled_from(names)),
        period=draw(st.sampled_from([None, "2025", "2025-10"])),
    )
    claim = dict(
        start=0,
        end=len(sentence),
        text=sentence,
        subject=draw(st.none() | st.sampled_from(names)),
        source=draw(st.none() | st.sampled_from(names + ["some insiders"])),
        modality=draw(st.sampled_from(Modality)),
    )
    return sentence, metric, claim


@st.composite
def corpus_articles(draw, ident: str, max_claims: int = 4) -> Article:
    """An article whose entities come from :data:`CORPUS_ENTITIES`, each named by its full or its short form."""
    chosen = draw(st.lists(st.sampled_from(CORPUS_ENTITIES), unique=True, max_size=len(CORPUS_ENTITIES)))
    ents = []
    for i, (full, short, kind) in enumerate(chosen, 1):
        name, alias = (full, short) if draw(st.booleans()) else (short, full)
        ents.append(Entity(id=f"e{i}", name=name, kind=kind, aliases=[alias] if draw(st.booleans()) else []))
    names = [e.name for e in ents] or ["Acme Robotics"]
    text, mets, clas = "", [], []
    for i in range(1, draw(st.integers(0, max_claims)) + 1):
        sentence, metric, claim = draw(corpus_metric_claims(names))
        offset = len(text)
        mets.append(Metric(id=f"m{i}", **{**metric, "start": offset, "end": offset + metric["end"]}))
        clas.append(Claim(id=f"c{i}", metrics=[f"m{i}"], **{**claim, "start": offset, "end": offset + claim["end"]}))
        text += sentence + " "
    return Article(
        id=ident,
        source=draw(st.none() | st.sampled_from(["The Morning Ledger", "Ledger", "Wire Daily"])),
        published=draw(st.none() | st.dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
        text=text,
        entities=ents,
        metrics=mets,
        claims=clas,
    )


@st.composite
def corpora(draw, max_articles: int = 5) -> list[Article]:
    """Articles with distinct ids that restate figures about the same few entities."""
    n = draw(st.integers(1, max_articles))
    return [draw(corpus_articles(f"a{i}")) for i in range(n)]


# --- the query language (issue 6) -------------------------------------------------
# Syntax trees for the print/parse round trip, and well-typed queries over the
# built-in schema for comparing the Python and DuckDB engines.

import attrs  # noqa: E402

from newsclaims.query import ast as qast  # noqa: E402
from newsclaims.query.literals import KEYWORDS as _QUERY_KEYWORDS  # noqa: E402
from newsclaims.query.schema import builtin_schema as _builtin_schema  # noqa: E402

_query_names = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True).filter(lambda s: s not in _QUERY_KEYWORDS)
_query_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
# Decimals within the language's limits: at most 12 places, below 10^26, 28 digits.
_query_decimals = st.one_of(
    *(st.decimals(min_value=-(10**15), max_value=10**15, places=p) for p in (0, 2, 4)),
    st.integers(-(10**13), 10**13).map(Decimal),
)
_currencies = st.sampled_from(["USD", "EUR", "GBP", "CNY", "JPY", "HKD"])
_query_dates = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
_regex_patterns = st.sampled_from(["a", "e$", "^[A-Z]", "(?:an|the)", r"\d", "o.", "x|y", "a/b", r"\bO", "[é-ü]"])


def query_numbers() -> st.SearchStrategy[qast.Number]:
    return _query_decimals.map(qast.Number)


@st.composite
def query_scalars(draw):
    return draw(st.one_of(
        query_numbers(),
        st.builds(qast.Money, _query_decimals, _currencies),
        st.builds(qast.Percent, _query_decimals, st.sampled_from(["%", "pp"])),
        _query_dates.map(qast.Date),
    ))


@st.composite
def query_ranges(draw):
    lo = draw(query_scalars())
    hi = draw(query_scalars())
    return qast.Range(lo, hi)


query_regexes = st.builds(qast.Regex, _regex_patterns, st.sampled_from(["", "i", "s", "im", "is", "ims"]))
query_literals = st.one_of(
    _query_text.map(qast.String), query_scalars(), st.booleans().map(qast.Bool),
)


@st.composite
def query_comparisons(draw):
    path = qast.Path(draw(st.lists(_query_names, min_size=1, max_size=2)))
    op = draw(st.sampled_from(qast.COMPARISONS))
    if op == "~":
        value = draw(_query_text.map(qast.String) | query_regexes)
    elif op == "in":
        value = draw(st.lists(query_literals, min_size=1, max_size=3).map(qast.ListLit) | query_ranges())
    else:
        value = draw(query_literals)
    return qast.Compare(path, op, value)


def query_asts() -> st.SearchStrategy:
    """Any syntax tree the printer can write (paths and values need not fit a schema)."""
    leaves = query_comparisons() | st.builds(qast.Has, st.lists(_query_names, min_size=1, max_size=2).map(qast.Path))

    def extend(inner):
        return st.one_of(
            st.lists(inner, min_size=2, max_size=3).map(qast.And),
            st.lists(inner, min_size=2, max_size=3).map(qast.Or),
            inner.map(qast.Not),
            st.builds(qast.Quantifier, st.sampled_from(["any", "all"]),
                      st.sampled_from(["metrics", "quotes", "entities"]).map(lambda c: qast.Path(("claim", c))), inner),
        )

    return st.recursive(leaves, extend, max_leaves=8)


# Typed queries: literals drawn from the articles' own values, so that they match sometimes.

@attrs.frozen
class QueryPool:
    strings: tuple[str, ...]
    numbers: tuple[Decimal, ...]
    dates: tuple[dt.date, ...]


def query_pool(batch) -> "QueryPool":
    strings, numbers, dates = {"a", "OpenAI"}, {Decimal(0), Decimal(5)}, {dt.date(2025, 1, 1)}
    for a in batch:
        strings.update(x for x in (a.id, a.source, a.title, *a.authors) if x)
        if a.published:
            dates.add(a.published)
        for c in a.claims:
            strings.update(x for x in (c.source, c.subject, c.cue, c.text[:3]) if x)
        for m in a.metrics:
            strings.update(x for x in (m.unit, m.measure, m.subject, m.period) if x)
            numbers.update(x for x in (m.value, m.high) if x is not None)
        for q in a.quotes:
            strings.update(x for x in (q.speaker, q.cue) if x)
        for e in a.entities:
            strings.update((e.name, *e.aliases))
    return QueryPool(tuple(sorted(strings)), tuple(sorted(numbers)), tuple(sorted(dates)))


@st.composite
def _typed_literal(draw, field, pool, ordered_only=False):
    t = field.type
    if t == "enum":
        return qast.String(draw(st.sampled_from(field.choices)))
    if t in ("string", "list"):
        return qast.String(draw(st.sampled_from(pool.strings) | _query_text))
    if t == "date":
        return qast.Date(draw(st.sampled_from(pool.dates) | _query_dates))
    number = draw(st.sampled_from(pool.numbers) | _query_decimals)
    if t == "number" and field.name in ("start", "end"):
        number = Decimal(draw(st.integers(0, 200)))
    if t == "quantity":
        kind = draw(st.sampled_from(["number", "money", "percent"]))
        if kind == "money":
            return qast.Money(number, draw(st.sampled_from(["USD", "EUR", "GBP", "CNY", "JPY", "HKD", "INR"])))
        if kind == "percent":
            return qast.Percent(number, draw(st.sampled_from(["%", "pp"])))
    return qast.Number(number)


_ORDERED_TYPES = {"number", "quantity", "date"}


@st.composite
def _typed_comparison(draw, owner, field, pool, relative):
    path = qast.Path((field.name,) if relative else (owner, field.name))
    t = field.type
    ops = ["=", "!=", "in"] + (["<", "<=", ">", ">="] if t in _ORDERED_TYPES else []) + (["~"] if t in ("string", "enum", "list") else [])
    op = draw(st.sampled_from(ops))
    if op == "~":
        if draw(st.booleans()):
            text = draw(st.sampled_from(pool.strings))
            start = draw(st.integers(0, len(text)))
            value = qast.String(text[start : start + draw(st.integers(0, 3))])
        else:
            value = draw(query_regexes)
    elif op == "in" and t in _ORDERED_TYPES and draw(st.booleans()):
        lo = draw(_typed_literal(field, pool))
        hi = attrs.evolve(lo, value=lo.value + draw(st.sampled_from([Decimal(0), Decimal(1), Decimal(10) ** 9]))) if t != "date" else qast.Date(lo.value + dt.timedelta(days=draw(st.integers(0, 400))))
        value = qast.Range(lo, hi)
    elif op == "in":
        value = qast.ListLit(draw(st.lists(_typed_literal(field, pool), min_size=1, max_size=3)))
    else:
        value = draw(_typed_literal(field, pool))
    return qast.Compare(path, op, value)


@st.composite
def _typed_leaf(draw, pool, owner=None):
    schema = _builtin_schema()
    if owner is not None and draw(st.booleans()):  # a field of the quantified item, by its bare name
        fields = list(schema.owners[owner].fields.values())
        return draw(_typed_comparison(owner, draw(st.sampled_from(fields)), pool, relative=True))
    name = draw(st.sampled_from(["claim", "claim", "article", "metric", "metric", "quote", "entity"]))
    if draw(st.integers(0, 9)) == 0:
        return qast.Has(qast.Path((name, draw(st.sampled_from(sorted(schema.owners[name].fields))))))
    field = draw(st.sampled_from(list(schema.owners[name].fields.values())))
    return draw(_typed_comparison(name, field, pool, relative=False))


@st.composite
def claim_queries(draw, pool: QueryPool, depth: int = 2, owner=None):
    """A well-typed query over the built-in schema whose literals come from ``pool``."""
    if depth == 0:
        return draw(_typed_leaf(pool, owner))
    shape = draw(st.sampled_from(["leaf", "leaf", "and", "or", "not", "quant"]))
    if shape == "leaf":
        return draw(_typed_leaf(pool, owner))
    if shape == "not":
        return qast.Not(draw(claim_queries(pool, depth - 1, owner)))
    if shape == "quant":
        inner = draw(st.sampled_from(["metric", "quote", "entity"]))
        collection = {"metric": "metrics", "quote": "quotes", "entity": "entities"}[inner]
        return qast.Quantifier(draw(st.sampled_from(["any", "all"])), qast.Path(("claim", collection)),
                               draw(claim_queries(pool, depth - 1, inner)))
    parts = draw(st.lists(claim_queries(pool, depth - 1, owner), min_size=2, max_size=3))
    return qast.And(parts) if shape == "and" else qast.Or(parts)


# --- metrics: values, their written forms, and metrics with a canonical surface -------

# Exact values as news writes them: up to 15 digits, up to 3 decimals, not negative zero.
metric_values = st.decimals(min_value=0, max_value=10**15, places=3, allow_nan=False, allow_infinity=False).map(
    lambda d: d.normalize() if d != d.to_integral_value() else d.quantize(Decimal(1))
)
_CANONICAL_UNITS = {
    MetricKind.MONEY: ["USD", "EUR", "GBP", "JPY", "CNY", "HKD", "INR", "CHF", "AUD"],
    MetricKind.PERCENT: ["%", "pp"],
    MetricKind.MULTIPLIER: ["x"],
    MetricKind.DURATION: ["second", "minute", "hour", "day", "week", "month", "year", "decade"],
    MetricKind.COUNT: [None],
    MetricKind.OTHER: ["point", "mile", "barrel", "tonne", "basis point"],
}


@st.composite
def canonical_metrics(draw) -> Metric:
    """Metrics whose value, unit, bound, range and change a canonical surface can state."""
    kind = draw(st.sampled_from(sorted(_CANONICAL_UNITS)))
    value = draw(metric_values)
    if kind is not MetricKind.DURATION and draw(st.booleans()):
        value = -value if value else value
    high = None
    if draw(st.integers(0, 3)) == 0:
        high = value + draw(metric_values.filter(lambda d: d > 0))
    # a direction word before a range would read as "rose 5% to 7%": ranges are stated without one
    change = None if kind is MetricKind.DURATION or high is not None else draw(st.none() | st.sampled_from(Change))
    return Metric(
        id="m1", start=0, end=0, text="", kind=kind, value=value, unit=draw(st.sampled_from(_CANONICAL_UNITS[kind])),
        bound=draw(st.sampled_from(Bound)), high=high, change=change,
    )


_SCALE_WORDS = [("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12)]
_SCALE_ABBREVIATIONS = [("k", 3), ("m", 6), ("mn", 6), ("mln", 6), ("bn", 9), ("bln", 9), ("tn", 12)]


def _plain(value: Decimal, separator: str) -> str:
    whole, _, frac = format(value, "f").partition(".")
    if separator:
        whole = f"{int(whole):,}".replace(",", separator)
    return whole + ("." + frac if frac else "")


@st.composite
def value_formattings(draw, value: Decimal) -> tuple[str, str | None]:
    """``value`` written one of the ways news writes amounts: ``(text, currency code or None)``."""
    style = draw(st.sampled_from(["digits", "scale word", "abbreviation"]))
    text = _plain(value, draw(st.sampled_from(["", ","])))
    if style != "digits":
        table = _SCALE_WORDS if style == "scale word" else _SCALE_ABBREVIATIONS
        fitting = [(w, e) for w, e in table if value >= Decimal(10) ** e]
        if fitting:
            word, exp = draw(st.sampled_from(fitting))
            mantissa = value.scaleb(-exp)
            text = _plain(mantissa.normalize() if mantissa != mantissa.to_integral_value() else mantissa.quantize(Decimal(1)), "")
            text += (" " if style == "scale word" else draw(st.sampled_from(["", " "])) if word != "m" else "") + word
    money = draw(st.sampled_from([None, ("$", "USD"), ("US$", "USD"), ("£", "GBP"), ("€", "EUR"), ("HK$", "HKD"),
                                  ("USD ", "USD"), ("EUR ", "EUR"), ("Rs ", "INR"), (" dollars", "USD"),
                                  (" euros", "EUR"), (" yen", "JPY")]))
    if style == "abbreviation" and text.endswith(("m", "k")) and money is None:
        money = ("$", "USD")  # "5m" alone reads as five metres
    if money is None:
        return text, None
    mark, code = money
    return (text + mark if mark.startswith(" ") else mark + text), code
