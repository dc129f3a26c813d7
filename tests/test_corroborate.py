"""Corroboration: measures, subjects, bounds, the grouping's invariants, the gold seeds and the CLI."""

from __future__ import annotations

import json
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, strategies as st

import newsclaims as nc
from newsclaims.cli import main
from newsclaims.corroborate import annotate, interval_of, measure_words
from newsclaims.model import Article, Bound, Change, Claim, Entity, EntityKind, Metric, MetricKind

from .conftest import SEEDS, SHARED
from .strategies import corpora

GOLD = SHARED / "gold" / "seeds"

# --- measure phrases ---------------------------------------------------------
# Pairs of wordings seen in news reports (the seeds' gold measures among them)
# that name one quantity, and pairs that must stay apart.
SAME_MEASURE = [
    ("weekly active users", "weekly users"),
    ("weekly active users", "WAU"),
    ("weekly active user count", "weekly users"),
    ("monthly active users", "MAUs"),
    ("average daily usage time", "daily usage time"),
    ("valued", "valuation"),
    ("revenue target", "revenue"),
    ("revenues", "revenue"),
    ("the company's revenue", "revenue"),
    ("number of conversations", "conversations"),
    ("employees", "staff"),
    ("user-base", "users"),
]
DIFFERENT_MEASURE = [
    ("weekly active users", "monthly active users"),
    ("revenue", "profit"),
    ("market value", "valuation"),
    ("daily users", "users"),
]


@pytest.mark.parametrize("a, b", SAME_MEASURE)
def test_wordings_of_one_measure_normalise_alike(a, b):
    assert set(measure_words(a)) == set(measure_words(b)) != set()


@pytest.mark.parametrize("a, b", DIFFERENT_MEASURE)
def test_different_measures_stay_apart(a, b):
    assert set(measure_words(a)) != set(measure_words(b))


def test_measure_normalisation_is_bounded_on_hostile_input():
    words = measure_words("users " * 100_000 + "x" * 100_000)
    assert words == ("user",)


# --- bounds and units ----------------------------------------------------------


def metric(value, *, kind=MetricKind.COUNT, unit=None, bound=Bound.EXACT, high=None, change=None, **kw) -> Metric:
    return Metric(id="m1", start=0, end=0, text="", kind=kind, value=Decimal(value), unit=unit, bound=bound,
                  high=None if high is None else Decimal(high), change=change, **kw)


# (first figure, second figure, agree?) with the sentence each stands for
AGREEMENT = [
    (metric(800e6, bound=Bound.LOWER), metric(800e6), True),  # "more than 800 million" / "800 million"
    (metric(14e11, kind=MetricKind.MONEY, unit="USD", bound=Bound.UPPER),
     metric(14e11, kind=MetricKind.MONEY, unit="USD", bound=Bound.APPROX), True),  # "up to" / "approximately $1.4 trillion"
    (metric(13e9, kind=MetricKind.MONEY, unit="USD"),
     metric(20e9, kind=MetricKind.MONEY, unit="USD", bound=Bound.LOWER), False),  # "$13 billion" / "exceed $20 billion"
    (metric(800e6), metric(810e6), False),  # two plain figures a percent apart
    (metric(800e6, bound=Bound.APPROX), metric(810e6), True),  # "about 800 million" / "810 million"
    (metric(6, kind=MetricKind.PERCENT, unit="%", change=Change.UP),
     metric(6, kind=MetricKind.PERCENT, unit="%", change=Change.DOWN), False),  # "rose 6%" / "fell 6%"
    (metric(6, kind=MetricKind.DURATION, unit="month"),
     metric("0.5", kind=MetricKind.DURATION, unit="year"), True),  # "six months" / "half-year"
    (metric(10, high=20, kind=MetricKind.MONEY, unit="USD"), metric(15, kind=MetricKind.MONEY, unit="USD"), True),  # "$10-20"
]


@pytest.mark.parametrize("a, b, agree", AGREEMENT)
def test_figures_agree_within_their_bounds(a, b, agree):
    assert interval_of(a).meets(interval_of(b)) is agree


# --- small corpora written here ------------------------------------------------


def article(ident: str, sentences: list[tuple[str, str, dict, dict]], entities=(), source=None, published=None) -> Article:
    """An article of sentences ``(figure, rest, metric fields, claim fields)``, figure first in each."""
    text, metrics, claims = "", [], []
    for i, (figure, rest, m, c) in enumerate(sentences, 1):
        start = len(text)
        sentence = f"{figure} {rest}."
        metrics.append(Metric(id=f"m{i}", start=start, end=start + len(figure), text=figure, **m))
        claims.append(Claim(id=f"c{i}", start=start, end=start + len(sentence), text=sentence, metrics=[f"m{i}"], **c))
        text += sentence + " "
    return Article(id=ident, text=text, metrics=metrics, claims=claims, entities=entities, source=source, published=published)


def users(value, subject, measure="weekly active users", **kw):
    return dict(kind=MetricKind.COUNT, value=Decimal(value), subject=subject, measure=measure, **kw)


def product(name, *aliases):
    return Entity(id="e1", name=name, kind=EntityKind.PRODUCT, aliases=aliases)


def test_aliases_link_subjects_across_articles():
    a = article("a", [("600 million", "monthly users", users(600e6, "Gemini", "monthly users"), {})], [product("Gemini")])
    b = article("b", [("600 million", "MAU", users(600e6, "Google Gemini", "MAU"), {})], [product("Google Gemini", "Gemini")])
    (group,) = nc.corroborate([a, b])
    assert group.articles == ("a", "b") and group.agree


def test_a_surname_does_not_link_two_people():
    people = [Entity(id="e1", name=n, kind=EntityKind.PERSON, aliases=["Lee"]) for n in ("Ann Lee", "Bo Lee")]
    a = article("a", [("3", "salary", users(3, "Ann Lee", "salary"), {})], [people[0]])
    b = article("b", [("3", "salary", users(3, "Bo Lee", "salary"), {})], [people[1]])
    assert len(nc.corroborate([a, b])) == 2


def test_a_less_specific_claim_joins_the_one_specific_quantity_it_fits():
    a = article("a", [("more than 800 million", "weekly users", users(800e6, "Zephyr", bound=Bound.LOWER, period="2025-10"), {})])
    b = article("b", [("800 million", "users", users(800e6, "Zephyr", "users"), {})])
    c = article("c", [("200 million", "users", users(200e6, "Zephyr", "users"), {})])  # fits nothing specific
    groups = nc.corroborate([a, b, c])
    assert sorted(g.articles for g in groups) == [("a", "b"), ("c",)]


def test_sources_and_publishers_are_the_backing_parties():
    ledger = Entity(id="e2", name="The Morning Ledger", kind=EntityKind.MEDIA, aliases=["Ledger"])
    a = article("a", [("$5 billion", "revenue", users(5e9, "Acme", "revenue"), {"source": "Ledger"})], [ledger], source="Wire Daily")
    b = article("b", [("$5 billion", "revenue", users(5e9, "Acme", "revenue"), {})], [ledger], source="The Morning Ledger")
    (group,) = nc.corroborate([a, b])
    # b's publisher and a's cited outlet are one party: one source, two articles
    assert group.sources == ("The Morning Ledger",) and group.articles == ("a", "b")
    assert [m.source for m in group.members] == ["The Morning Ledger", None]


def test_earliest_publication():
    import datetime as dt

    a = article("a", [("7", "stores", users(7, "Acme", "stores"), {})], published=dt.date(2025, 3, 2))
    b = article("b", [("7", "stores", users(7, "Acme", "stores"), {})], published=dt.date(2025, 1, 9))
    (group,) = nc.corroborate([a, b])
    assert group.earliest == dt.date(2025, 1, 9) and group.earliest_articles == ("b",)


def test_duplicate_article_ids_are_refused():
    a = article("a", [])
    with pytest.raises(ValueError, match="twice"):
        nc.corroborate([a, a])


# --- invariants ------------------------------------------------------------------


def members_of(groups):
    return [(m.article, m.claim, m.metric) for g in groups for m in g.members]


@given(corpora(), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_article_order(batch, rnd):
    shuffled = list(batch)
    rnd.shuffle(shuffled)
    assert nc.corroborate(shuffled) == nc.corroborate(batch)


@given(corpora())
def test_a_metric_claim_never_joins_two_groups(batch):
    members = members_of(nc.corroborate(batch))
    assert len(members) == len(set(members))
    for article_id, claim_id, metric_id in members:
        art = next(a for a in batch if a.id == article_id)
        assert metric_id in art.claim(claim_id).metrics


def rename(art: Article, index: int, pick: int) -> Article:
    """``art`` with entity ``index`` renamed to one of its aliases, every reference to its name following."""
    entity = art.entities[index]
    new = entity.aliases[pick]
    old = entity.name
    aliases = [a for a in entity.aliases if a != new] + [old]
    entities = list(art.entities)
    entities[index] = attrs.evolve(entity, name=new, aliases=aliases)

    def swap(name):
        return new if name == old else name

    return attrs.evolve(
        art,
        entities=entities,
        metrics=[attrs.evolve(m, subject=swap(m.subject)) for m in art.metrics],
        claims=[attrs.evolve(c, subject=swap(c.subject), source=swap(c.source)) for c in art.claims],
    )


@given(corpora(), st.data())
def test_renaming_an_entity_to_an_alias_keeps_the_groups(batch, data):
    named = [(i, j) for i, a in enumerate(batch) for j, e in enumerate(a.entities) if e.aliases]
    if not named:
        return
    i, j = data.draw(st.sampled_from(named))
    pick = data.draw(st.integers(0, len(batch[i].entities[j].aliases) - 1))
    renamed = list(batch)
    renamed[i] = rename(batch[i], j, pick)

    def shape(groups):
        return {(frozenset((m.article, m.claim, m.metric) for m in g.members), g.agree, len(g.sources)) for g in groups}

    assert shape(nc.corroborate(renamed)) == shape(nc.corroborate(batch))


@given(corpora(max_articles=3))
def test_every_group_of_one_agrees_and_counts_its_articles(batch):
    for group in nc.corroborate(batch):
        assert group.articles == tuple(sorted({m.article for m in group.members}))
        assert sum(len(v.members) for v in group.values) == len(group.members)
        if len(group.members) == 1:
            assert group.agree


# --- the seeds' gold -------------------------------------------------------------


def gold_articles() -> list[Article]:
    if not GOLD.is_dir():
        pytest.skip(f"no gold at {GOLD}")
    out = []
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        data["text"] = (SEEDS / f"{path.stem}.txt").read_text(encoding="utf-8")
        out.append(nc.from_dict(data))
    return out


@pytest.fixture(scope="module")
def gold_groups():
    return nc.corroborate(gold_articles())


def find(groups, subject, measure_word, period=None):
    found = [g for g in groups if g.key.subject == subject and measure_word in g.key.measure and g.key.period == period
             and len(g.articles) > 1]
    assert len(found) == 1, (subject, measure_word, [g.key for g in groups if g.key.subject == subject])
    return found[0]


def test_gold_valuation_agrees_across_three_articles(gold_groups):
    group = find(gold_groups, "OpenAI", "valu")
    assert group.agree and len(group.articles) == 3


def test_gold_revenue_for_2025_differs(gold_groups):
    group = find(gold_groups, "OpenAI", "revenue", "2025")
    assert not group.agree
    assert {v.value for v in group.values} == {Decimal(13e9), Decimal(20e9)}


def test_gold_gemini_monthly_users_agree_through_aliases(gold_groups):
    group = find(gold_groups, "Google Gemini", "monthly", "2025-10")
    assert group.agree and len(group.articles) == 2


def test_gold_chatgpt_users_join_its_weekly_users(gold_groups):
    group = find(gold_groups, "ChatGPT", "weekly")
    assert group.agree and "Ben Thompson" in group.sources


# --- the command -----------------------------------------------------------------


@pytest.fixture
def gold_jsonl(tmp_path):
    path = tmp_path / "gold.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        nc.write_jsonl(gold_articles(), out)
    return path


def test_cli_table_shows_agreement_and_differences(capsys, gold_jsonl):
    code = main(["corroborate", str(gold_jsonl)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert out.splitlines()[0].startswith("5 articles")
    blocks = [b for b in out.split("\n\n")[1:] if b.strip()]
    assert blocks[0].startswith("DIFFER") and any(b.startswith("AGREE") for b in blocks)


def test_cli_jsonl_is_one_group_a_line(capsys, gold_jsonl):
    code = main(["corroborate", str(gold_jsonl), "--format", "jsonl", "--min-articles", "1"])
    out, _ = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == len(nc.corroborate(gold_articles()))
    assert {"id", "key", "members", "values", "agree", "articles", "sources", "earliest"} <= set(rows[0])


def test_cli_reports_bad_inputs_on_one_line_and_goes_on(capsys, gold_jsonl, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x"}\n', encoding="utf-8")
    code = main(["corroborate", str(gold_jsonl), str(broken), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert code == 1 and out.startswith("5 articles")
    assert len(err.splitlines()) == 2 and "broken.jsonl" in err and "missing.txt" in err


# --- groups in the query language ------------------------------------------------


@pytest.fixture(scope="module")
def group_schema():
    from newsclaims.corroborate import plugin
    from newsclaims.query.schema import build_schema

    return build_schema(plugin.register_fields())


def group_matches(text, articles, schema):
    from newsclaims.query import compile_query

    return [(m.article.id, m.claim.id) for m in compile_query(text, schema).matches(articles)]


def test_a_claim_matches_through_the_groups_of_its_metrics(group_schema):
    a = article("a", [("$5 billion", "revenue", users(5e9, "Acme", "revenue"), {}),
                      ("7", "stores", users(7, "Acme", "stores"), {})])
    b = article("b", [("$9 billion", "revenue", users(9e9, "Acme", "revenue"), {"source": "Wire Daily"})])
    annotated = annotate([a, b])
    assert group_matches("group.agree = false", annotated, group_schema) == [("a", "c1"), ("b", "c1")]
    assert group_matches("group.articles = 1", annotated, group_schema) == [("a", "c2")]
    assert group_matches('group.parties = "Wire Daily" and group.sources >= 2', annotated, group_schema) == [("a", "c1"), ("b", "c1")]


def test_group_queries_answer_alike_in_python_and_in_the_store(group_schema):
    pytest.importorskip("duckdb")
    from newsclaims.query import compile_query
    from newsclaims.store import Store

    annotated = annotate(gold_articles())
    with Store(":memory:", group_schema) as store:
        store.add(annotated)
        for text in ("group.sources >= 3", "group.agree = false", "group.articles >= 2 and claim.source ~ /altman/i"):
            query = compile_query(text, group_schema)
            sql, params = query.sql()
            in_store = [(r[0], r[1]) for r in store.select(sql, params)]
            assert in_store == group_matches(text, annotated, group_schema) != []


def test_annotating_twice_gives_the_same_articles():
    once = annotate(gold_articles())
    assert annotate(once) == once


def test_cli_extracts_text_files_itself(capsys, seed_paths):
    code = main(["corroborate", str(seed_paths[0].parent), "--jobs", "2", "--min-articles", "1"])
    out, err = capsys.readouterr()
    assert code == 0 and err == "" and out.startswith(f"{len(seed_paths)} articles")
