"""Scale: --jobs keeps the serial output exactly, Parquet tables, and the Dask recipe."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from newsclaims.cli import main

pytest.importorskip("pyarrow")
duckdb = pytest.importorskip("duckdb")

from newsclaims.query import compile_query  # noqa: E402
from newsclaims.scale import parquet as parquet_module  # noqa: E402  (needs pyarrow and duckdb)
from newsclaims.scale.parquet import KEY_COLUMNS, ParquetStore, write_part  # noqa: E402
from newsclaims.store import Store  # noqa: E402

from . import query_gold  # noqa: E402
from .strategies import articles  # noqa: E402

# Short articles written for these tests, with figures, sources and quotes.
TEXTS = [
    "Acme Robotics said on Monday that revenue rose 12% to $4.5 billion.\n",
    'The Morning Ledger reported that Zephyr Chat has more than 800 million weekly users.\n\n"We are growing faster than ever before," said Mara Quill, the chief executive.\n',
    "According to analysts at Wire Daily, the company is valued at about $500 billion.\nShares fell 3% in early trading.\n",
    "Nothing here states a number.\n",
]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(10):
        (folder / f"a{i:02d}.txt").write_text(TEXTS[i % len(TEXTS)] * (1 + i % 3), encoding="utf-8")
    (folder / "a05.txt").write_bytes(b"")  # a bad file in the middle
    (folder / "a07.txt").write_bytes(b"\x00binary")
    return folder


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["jsonl", "table", "json"])
def test_jobs_give_the_serial_output_byte_for_byte(capsys, corpus, fmt):
    serial = run(capsys, "extract", str(corpus), "--format", fmt)
    parallel = run(capsys, "extract", str(corpus), "--format", fmt, "--jobs", "2")
    assert parallel == serial
    code, out, err = serial
    assert code == 1 and len(err.splitlines()) == 2 and "a05.txt" in err and "a07.txt" in err


def test_jobs_keep_input_order(capsys, corpus):
    code, out, _ = run(capsys, "extract", str(corpus / "a09.txt"), str(corpus), "--jobs", "2")
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["a09"] + [f"a{i:02d}" for i in range(10) if i not in (5, 7)]


def parquet(capsys, corpus, out, *extra):
    code, stdout, err = run(capsys, "extract", str(corpus), "--format", "parquet", "-o", str(out), *extra)
    assert stdout == "" and code == 1 and len(err.splitlines()) == 2
    return ParquetStore(out)


def key_free(con, table):
    """A table's rows without the store's integer keys, in a stable order."""
    names = [r[0] for r in con.execute(f'describe "{table}"').fetchall()]
    keep = ", ".join(f'"{n}"' for n in names if n not in KEY_COLUMNS) or "1"
    return con.execute(f'select {keep} from "{table}" order by all').fetchall()


@pytest.fixture(scope="module")
def gold():
    if not query_gold.GOLD.is_dir():
        pytest.skip("no gold seeds")
    return query_gold.gold_articles()


def test_parquet_tables_are_the_claim_store_tables(tmp_path, gold):
    write_part(tmp_path / "pq", gold)
    pq = ParquetStore(tmp_path / "pq")
    with Store(":memory:") as store:
        store.add(gold)
        tables = sorted(r[0] for r in store.con.execute("select table_name from information_schema.tables").fetchall())
        assert sorted(pq.tables) == [t for t in tables if t != "meta"]
        for table in pq.tables:
            assert pq.con.execute(f'describe "{table}"').fetchall() == store.con.execute(f'describe "{table}"').fetchall()
            query = f'select * from "{table}" order by all'
            assert pq.con.execute(query).fetchall() == store.con.execute(query).fetchall()


@pytest.mark.parametrize("text", ["metric.value > $100B", "claim.source ~ /information/i", "quote.speaker = \"Sam Altman\""])
def test_a_compiled_query_answers_the_same_on_parquet_and_on_the_store(tmp_path, gold, text):
    sql, params = compile_query(text).sql()
    write_part(tmp_path / "pq", gold)
    with Store(":memory:") as store:
        store.add(gold)
        want = list(store.select(sql, params))
    assert want and list(ParquetStore(tmp_path / "pq").select(sql, params)) == want


@settings(max_examples=10)  # each example builds a store: keep it short
@given(st.lists(articles(), max_size=3, unique_by=lambda a: a.id))
def test_articles_read_back_from_parquet_as_written(tmp_path_factory, batch):
    out = tmp_path_factory.mktemp("rows")
    write_part(out, batch)
    assert list(ParquetStore(out).articles()) == batch


def test_parquet_batches_keep_keys_apart_and_in_order(tmp_path, gold, monkeypatch):
    monkeypatch.setattr(parquet_module, "BATCH_ARTICLES", 2)
    write_part(tmp_path / "pq", gold)
    pq = ParquetStore(tmp_path / "pq")
    assert [a.id for a in pq.articles()] == [a.id for a in gold]
    joined = pq.con.execute(
        "select count(*) from claims c join claim_metrics l on l.claim = c.key join metrics m on m.key = l.item "
        "where m.article = c.article"
    ).fetchone()[0]
    assert joined == sum(len(c.metrics) for a in gold for c in a.claims)


def test_the_extract_command_writes_every_table(capsys, corpus, tmp_path):
    pq = parquet(capsys, corpus, tmp_path / "out")
    assert {"articles", "claims", "metrics", "quotes", "entities"} <= set(pq.tables)
    assert [a.id for a in pq.articles()] == [f"a{i:02d}" for i in range(10) if i not in (5, 7)]


def test_parquet_with_jobs_is_the_same(capsys, corpus, tmp_path):
    one = parquet(capsys, corpus, tmp_path / "one")
    two = parquet(capsys, corpus, tmp_path / "two", "--jobs", "2")
    for table in one.tables:
        query = f'select * from "{table}" order by all'
        assert one.con.execute(query).fetchall() == two.con.execute(query).fetchall()


def test_parquet_needs_a_new_output_folder(capsys, corpus, tmp_path):
    code, out, err = run(capsys, "extract", str(corpus), "--format", "parquet")
    assert code == 2 and "-o" in err and len(err.splitlines()) == 1
    parquet(capsys, corpus, tmp_path / "out")
    code, out, err = run(capsys, "extract", str(corpus), "--format", "parquet", "-o", str(tmp_path / "out"))
    assert code == 2 and "already holds" in err and len(err.splitlines()) == 1


def test_dask_recipe_on_a_local_cluster_gives_the_serial_tables(capsys, corpus, tmp_path):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    from newsclaims.scale.dask_recipe import extract_to_parquet

    paths = sorted(corpus.glob("*.txt"))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster):
            summary = extract_to_parquet(paths, tmp_path / "dask", partitions=3)
    assert summary.articles == 8 and len(summary.parts) == 3
    assert len(summary.errors) == 2 and any("a05.txt" in e for e in summary.errors)
    assert len(list((tmp_path / "dask" / "claims").glob("part-*.parquet"))) == 3

    serial = parquet(capsys, corpus, tmp_path / "serial")
    dask_store = ParquetStore(tmp_path / "dask")
    assert [a.id for a in dask_store.articles()] == [a.id for a in serial.articles()]
    for table in serial.tables:
        assert key_free(dask_store.con, table) == key_free(serial.con, table)
    # the compiled query runs on the partitioned corpus where it lies
    sql, params = compile_query("claim.text ~ /revenue/").sql()
    assert list(dask_store.select(sql, params)) == list(serial.select(sql, params))
