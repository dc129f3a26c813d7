"""``newsclaims query`` and ``newsclaims index`` end to end, on the seeds and on gold-annotated JSONL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclaims as nc
from newsclaims.cli import main

from .query_gold import gold_articles
from .test_query_parse import ISSUE_EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def gold_jsonl(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        nc.write_jsonl(gold_articles(), out)
    return path


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory, gold_jsonl):
    pytest.importorskip("duckdb")
    db = tmp_path_factory.mktemp("db") / "gold.duckdb"
    assert main(["index", str(gold_jsonl), "--db", str(db)]) == 0
    return db


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("expr", ISSUE_EXAMPLES)
def test_every_issue_example_runs_on_the_seeds(capsys, expr):
    code, out, err = run(capsys, "query", expr, str(SEEDS))
    assert code == 0, err
    for line in out.splitlines():
        claim = json.loads(line)
        assert claim["article"] and claim["id"] and "text" in claim


@pytest.mark.parametrize("expr", ISSUE_EXAMPLES)
def test_both_engines_print_the_same_lines(capsys, gold_jsonl, gold_db, expr):
    python = run(capsys, "query", expr, str(gold_jsonl))
    duck = run(capsys, "query", expr, str(gold_jsonl), "--engine", "duckdb")
    stored = run(capsys, "query", expr, "--db", str(gold_db))
    stored_python = run(capsys, "query", expr, "--db", str(gold_db), "--engine", "python")
    assert python[0] == duck[0] == stored[0] == stored_python[0] == 0
    assert python[1] == duck[1] == stored[1] == stored_python[1]


def test_jsonl_line_is_the_claim_object_plus_its_article(capsys, gold_jsonl):
    code, out, _ = run(capsys, "query", "metric > $1T", str(gold_jsonl))
    first = json.loads(out.splitlines()[0])
    article = next(a for a in gold_articles() if a.id == first.pop("article"))
    assert first == nc.to_dict(article)["claims"][[c.id for c in article.claims].index(first["id"])]


def test_table_shows_the_metrics_that_matched(capsys, gold_jsonl):
    code, out, err = run(capsys, "query", "metric.value >= 500M and metric.unit = USD", str(gold_jsonl), "--format", "table")
    assert code == 0 and "matching claims" in err
    blocks = out.split("== ")[1:]
    assert blocks and all("metrics: " in b for b in blocks)
    assert "$500 billion" in out


def test_explain_prints_canonical_explicit_and_english(capsys):
    code, out, _ = run(capsys, "query", "--explain", "metric.value>=500000000 AND metric.unit=USD")
    assert code == 0
    assert out.splitlines() == [
        "query:    metric.value >= 500M and metric.unit = USD",
        "explicit: any(claim.metrics, value >= 500M and unit = USD)",
        "meaning:  claims with a metric of at least 500 million whose unit is USD",
    ]


@pytest.mark.parametrize(
    "expr, first_line",
    [
        ("metric.value >", "newsclaims: syntax error at 1:15: the query ends too early"),
        ("claim.source = 5", "newsclaims: type error at 1:16: claim.source is text, but 5 is a number"),
    ],
)
def test_query_errors_print_the_caret_and_exit_2_without_traceback(expr, first_line):
    script = Path(sys.executable).parent / "newsclaims"
    proc = subprocess.run([str(script), "query", expr, str(SEEDS)], capture_output=True, text=True)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert lines[0] == first_line
    assert lines[1] == f"  {expr}" and "^" in lines[2]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_paths_and_db_are_exclusive(capsys, gold_jsonl, gold_db):
    assert run(capsys, "query", "has(claim.source)")[0] == 2
    assert run(capsys, "query", "has(claim.source)", str(gold_jsonl), "--db", str(gold_db))[0] == 2


def test_a_missing_store_is_one_line(capsys, tmp_path):
    pytest.importorskip("duckdb")
    code, _, err = run(capsys, "query", "has(claim.source)", "--db", str(tmp_path / "nope.duckdb"))
    assert code == 2 and "no such store" in err and len(err.splitlines()) == 1


def test_bad_inputs_are_reported_and_the_rest_answered(capsys, tmp_path, gold_jsonl):
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    code, out, err = run(capsys, "query", "has(claim.source)", str(broken), str(gold_jsonl), str(tmp_path / "missing.txt"))
    assert code == 1
    assert "broken.jsonl" in err and "missing.txt" in err
    assert len(out.splitlines()) == 66


def test_index_replaces_articles_indexed_again(capsys, tmp_path, gold_jsonl):
    pytest.importorskip("duckdb")
    db = str(tmp_path / "x.duckdb")
    assert run(capsys, "index", str(gold_jsonl), "--db", db)[0] == 0
    code, _, err = run(capsys, "index", str(gold_jsonl), "--db", db)
    assert code == 0 and "indexed 5 articles" in err and "(91 claims in the store)" in err
