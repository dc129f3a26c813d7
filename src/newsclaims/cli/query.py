"""``newsclaims query EXPR PATH... | --db FILE``: the claims that a query selects.

PATHs are articles (``.txt``, extracted on the way) or article files
(``.jsonl``, as ``extract`` writes them), or directories of either. The
Python engine filters them as they stream by; ``--engine duckdb`` indexes
them into an in-memory store first. With ``--db`` the answer comes from a
store built by ``newsclaims index`` (DuckDB by default).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import IO, Iterator, Literal

from ..convert import SchemaError, dumps, read_jsonl
from ..model import Article
from ..pipeline import InputError, decode, default_pipeline
from ..query import Match, Query, QueryError, SchemaConflict, compile_query
from .common import gather_inputs, open_output, report
from .render import metric_label

FORMATS = ("jsonl", "table")
ENGINES = ("python", "duckdb")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("expr", metavar="EXPR", help="the query, e.g. 'metric > $1T and claim.source ~ reuters'")
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help=".txt articles, .jsonl article files, directories of them, or - for standard input",
    )
    parser.add_argument("--db", metavar="FILE", help="answer from this store (built by: newsclaims index)")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    parser.add_argument(
        "--engine", choices=ENGINES, help="python filters articles, duckdb runs SQL (default: python for PATHs, duckdb for --db)"
    )
    parser.add_argument(
        "--explain", action="store_true", help="print the canonical query and a plain-English reading, then stop"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def explanation(q: Query) -> str:
    lines = [f"query:    {q.canonical}"]
    if q.explicit != q.canonical:
        lines.append(f"explicit: {q.explicit}")
    lines.append(f"meaning:  {q.explain()}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        q = compile_query(args.expr)
    except QueryError as exc:
        print(f"newsclaims: {exc}", file=sys.stderr)
        return 2
    except SchemaConflict as exc:
        report(f"installed plugins disagree about the query schema: {exc}")
        return 2
    if args.explain:
        print(explanation(q))
        return 0
    if bool(args.paths) == bool(args.db):
        report("query: give either PATHs or --db FILE" + (", not both" if args.paths else ""))
        return 2
    from ..store import StoreError

    bad = [0]
    try:
        with open_output(args.output) as out:
            if args.db:
                matches = _from_store(q, args.db, args.engine or "duckdb", args.format)
            else:
                matches = _from_paths(q, input_articles(args.paths, bad), args.engine or "python", args.format)
            n = write_matches(q, matches, args.format, out)
    except (InputError, StoreError) as exc:
        report(str(exc))
        return 2
    if args.format == "table":
        print(f"{n} matching claim{'s' if n != 1 else ''}", file=sys.stderr)
    return 1 if bad[0] else 0


# --- inputs -------------------------------------------------------------------------


def _expand(paths: list[str]) -> Iterator[Literal["-"] | Path | InputError]:
    """``-``, files, and each directory's .txt and .jsonl files (recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = sorted(p for pattern in ("*.txt", "*.jsonl") for p in path.rglob(pattern) if p.is_file())
            if not found:
                yield InputError(raw, "directory holds no .txt or .jsonl files")
            yield from found
        else:
            yield from gather_inputs([raw])


def input_articles(paths: list[str], bad: list[int]) -> Iterator[Article]:
    """Articles from PATHs; unreadable inputs are reported and counted in ``bad[0]``."""
    from .extract import iter_articles

    for item in _expand(paths):
        try:
            if isinstance(item, InputError):
                raise item
            if item == "-":
                yield from _stdin_articles()
            elif Path(item).suffix == ".jsonl":
                with open(item, encoding="utf-8") as handle:
                    yield from read_jsonl(handle, name=str(item))
            else:
                for article in iter_articles([str(item)], None):
                    if isinstance(article, InputError):
                        raise article
                    yield article
        except (InputError, SchemaError, OSError, UnicodeDecodeError) as exc:
            report(str(exc))
            bad[0] += 1


def _stdin_articles() -> Iterator[Article]:
    """Standard input holds JSONL articles when it starts with ``{``, else one article's text."""
    text = decode(sys.stdin.buffer.read(), "<stdin>")
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text.splitlines(), name="<stdin>")
    else:
        yield default_pipeline().extract(text, id="stdin")


# --- engines ------------------------------------------------------------------------


def _from_paths(q: Query, articles: Iterator[Article], engine: str, fmt: str) -> Iterator[Match | dict]:
    if "group" in q.owners:
        # groups are a property of the whole set queried, so the set is read first
        from ..corroborate.plugin import annotate

        articles = iter(annotate(articles))
    if engine == "python":
        yield from q.matches(articles)
        return
    from ..store import Store

    with Store(schema=q.schema) as store:
        store.add(articles)
        yield from _store_answers(q, store, fmt)


def _from_store(q: Query, db: str, engine: str, fmt: str) -> Iterator[Match | dict]:
    from ..store import Store

    with Store(db, schema=q.schema, read_only=True) as store:
        if engine == "python":
            yield from q.matches(store.articles())
        else:
            yield from _store_answers(q, store, fmt)


def _store_answers(q: Query, store, fmt: str) -> Iterator[Match | dict]:
    """jsonl straight from the stored claim JSON; a table needs the articles for the matched parts."""
    from ..store import claim_object

    sql, params = q.sql()
    rows = store.select(sql, params)
    if fmt == "jsonl":
        for article_id, _claim_id, claim_json in rows:
            yield claim_object(article_id, claim_json)
        return
    wanted = list(rows)
    articles = {a.id: a for a in store.articles({r[0] for r in wanted})}
    for article_id, claim_id, _json in wanted:
        article = articles[article_id]
        yield Match(article, article.claim(claim_id))


# --- output -------------------------------------------------------------------------


def write_matches(q: Query, matches: Iterator[Match | dict], fmt: str, out: IO[str]) -> int:
    n = 0
    for match in matches:
        if not isinstance(match, Match):  # a stored claim's JSON object: the store gives these for jsonl only
            out.write(dumps(match) + "\n")
        elif fmt == "jsonl":
            out.write(dumps(match.to_dict()) + "\n")
        else:
            out.write(match_table(q, match) + "\n")
        n += 1
    return n


def match_table(q: Query, match: Match, width: int = 100) -> str:
    """One matched claim for people: article and claim id, source, the sentence, what matched."""
    claim = match.claim
    lines = [f"== {match.article.id} {claim.id}  {claim.source or '(the article)'} [{claim.modality.value}]"]
    body = " ".join(claim.text.split())
    lines += textwrap.wrap(body, width - 4, initial_indent="    ", subsequent_indent="    ")
    found = q.witnesses(match)
    metrics = found.get("metric")
    quotes = found.get("quote")
    if metrics is None:
        metrics = [match.article.metric(i) for i in claim.metrics]
    if quotes is None:
        quotes = [match.article.quote(i) for i in claim.quotes]
    if metrics:
        lines.append("    metrics: " + "; ".join(metric_label(m) for m in metrics))
    for quote in quotes:
        said = " ".join(quote.text.split())
        said = said if len(said) <= width else said[: width - 3] + "..."
        lines.append(f"    quote ({quote.speaker or 'unattributed'}): \u201c{said}\u201d")
    return "\n".join(lines)
