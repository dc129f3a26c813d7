"""How fast the query engines filter claims: 1,000,000 generated claims, both engines.

    .venv/bin/python benchmarks/query.py [--claims 1000000] [--db FILE]

Targets (issue 6): the Python engine filters >= 1M claims/s on a single
comparison; DuckDB answers a compound query over the 1M-claim store in
< 0.5 s. The claims are synthetic (no corpus needed): articles of ten
sentences, each sentence one claim holding one metric and one entity, with
sources, modalities, values and units drawn at random from fixed seeds.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from decimal import Decimal

import attrs

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1] / "src"))

from newsclaims.model import Article, Claim, Entity, Metric, Span  # noqa: E402
from newsclaims.query import compile_query  # noqa: E402
from newsclaims.query.python_engine import filter_claims  # noqa: E402
from newsclaims.query.schema import builtin_schema  # noqa: E402

CLAIMS_PER_ARTICLE = 10
SENTENCE = "Acme told reporters that revenue rose 12% to $1.5 billion last year. "
SOURCES = ["Reuters", "The Wall Street Journal", "Bloomberg", "The Information", "Acme", None, None]
MODALITIES = ["asserted", "reported", "reported", "planned", "expected", "speculative"]
UNITS = [("money", "USD"), ("money", "USD"), ("money", "EUR"), ("percent", "%"), ("count", None)]
SUBJECTS = ["Acme", "OpenAI", "Google", "Nvidia"]

QUERIES = [
    ("python", "single comparison", 'claim.source = "Reuters"'),
    ("python", "single comparison on a metric", "metric > $1B"),
    ("python", "compound", 'metric.value >= 500M and metric.unit = USD and claim.modality in (reported, expected) '
                            'and not claim.source ~ "journal"'),
    ("duckdb", "compound", 'metric.value >= 500M and metric.unit = USD and claim.modality in (reported, expected) '
                            'and not claim.source ~ "journal"'),
    ("duckdb", "single comparison", 'claim.source = "Reuters"'),
]


def build_articles(n_claims: int, seed: int = 6) -> list[Article]:
    """Valid articles built without re-running validators (the values are valid by construction)."""
    rng = random.Random(seed)
    text = SENTENCE * CLAIMS_PER_ARTICLE
    step = len(SENTENCE)
    sentence = SENTENCE.rstrip()
    metric_at = SENTENCE.index("$1.5 billion")
    entity_span = Span(0, 4)
    articles = []
    with attrs.validators.disabled():
        for a in range(n_claims // CLAIMS_PER_ARTICLE):
            metrics, claims = [], []
            for i in range(CLAIMS_PER_ARTICLE):
                kind, unit = rng.choice(UNITS)
                value = Decimal(rng.randrange(1, 5000)) * Decimal(10) ** rng.choice([0, 6, 9])
                start = i * step
                metrics.append(Metric(
                    id=f"m{i + 1}", start=start + metric_at, end=start + metric_at + 12, text="$1.5 billion",
                    kind=kind, value=value, unit=unit, subject=rng.choice(SUBJECTS),
                ))
                claims.append(Claim(
                    id=f"c{i + 1}", start=start, end=start + len(sentence), text=sentence,
                    source=rng.choice(SOURCES), modality=rng.choice(MODALITIES),
                    metrics=(f"m{i + 1}",), entities=("e1",),
                ))
            entity = Entity(id="e1", name="Acme", kind="ORG", mentions=(entity_span,))
            articles.append(Article(id=f"a{a}", text=text, entities=(entity,), metrics=metrics, claims=claims))
    return articles


def python_rate(expr: str, articles: list[Article], n_claims: int) -> tuple[float, int]:
    pred = compile_query(expr, builtin_schema()).predicate
    start = time.perf_counter()
    found = sum(1 for _ in filter_claims(pred, articles))
    return time.perf_counter() - start, found


def duckdb_time(expr: str, store, repeat: int = 3) -> tuple[float, int]:
    sql, params = compile_query(expr, builtin_schema()).sql()
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = sum(1 for _ in store.select(sql, params))
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", default=":memory:", help="where to build the store (default: in memory)")
    args = parser.parse_args()

    start = time.perf_counter()
    articles = build_articles(args.claims)
    n = sum(len(a.claims) for a in articles)
    print(f"built {n:,} claims in {len(articles):,} articles ({time.perf_counter() - start:.1f} s)")

    ok = True
    for engine, label, expr in QUERIES:
        if engine != "python":
            continue
        seconds, found = python_rate(expr, articles, n)
        rate = n / seconds
        print(f"python  {label:<30} {seconds:6.3f} s  {rate:>12,.0f} claims/s  {found:>8,} match  {expr}")
        if label == "single comparison":
            ok &= _target("python engine >= 1M claims/s on a single comparison", rate >= 1_000_000)

    try:
        from newsclaims.store import Store
    except ImportError:
        print("skipped duckdb: pip install 'newsclaims[store]'")
        return 0 if ok else 1
    start = time.perf_counter()
    with Store(args.db, schema=builtin_schema()) as store:
        store.add(articles)
        print(f"duckdb  {'index':<30} {time.perf_counter() - start:6.1f} s  ({store.count('claims'):,} claims)")
        del articles
        for engine, label, expr in QUERIES:
            if engine != "duckdb":
                continue
            seconds, found = duckdb_time(expr, store)
            print(f"duckdb  {label:<30} {seconds:6.3f} s  {n / seconds:>12,.0f} claims/s  {found:>8,} match  {expr}")
            if label == "compound":
                ok &= _target("duckdb compound query over the store < 0.5 s", seconds < 0.5)
    return 0 if ok else 1


def _target(what: str, met: bool) -> bool:
    print(f"        target {'met' if met else 'MISSED'}: {what}")
    return met


if __name__ == "__main__":
    sys.exit(main())
