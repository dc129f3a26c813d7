"""``newsclaims extract PATH...``: articles in, JSONL / JSON / a table for people / Parquet out.

Each file is read, extracted and written before the next one is read (with
``--jobs N``, N at a time, written in input order), and a file that cannot
be read is reported on one line without stopping the others.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO, Any, Iterator

from ..convert import dumps, to_dict, to_json
from ..model import Article
from ..pipeline import InputError, decode, default_pipeline
from ..scale.jobs import file_tasks, map_ordered, run_task
from .common import gather_inputs, open_output, report
from .render import article_table

FORMATS = ("jsonl", "json", "table", "parquet")


def _jsonl(article: Article) -> str:
    return to_json(article) + "\n"


def _json(article: Article) -> str:
    return dumps(to_dict(article))


def _table(article: Article) -> str:
    return article_table(article) + "\n"


def _same(article: Article) -> Article:
    return article


# What a worker turns each article into before sending it back (module-level: they pickle);
# Parquet rows are made by the claim store in this process, in batches.
RENDER = {"jsonl": _jsonl, "json": _json, "table": _table, "parquet": _same}


def jobs_count(text: str) -> int:
    n = int(text)
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return n or os.cpu_count() or 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a directory of them, or - for standard input")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl); parquet writes a folder given by -o")
    parser.add_argument("--style", metavar="NAME", help="force this source style instead of detecting one")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output (for parquet: a folder)")
    parser.add_argument("-j", "--jobs", type=jobs_count, default=1, metavar="N", help="extract on N processes, output in input order (0: one per core)")


def _stdin() -> str:
    return decode(sys.stdin.buffer.read(), "<stdin>")


def iter_results(paths: list[str], style: str | None, render: Any, jobs: int = 1) -> Iterator[tuple[str, Any, Any]]:
    """``("ok", id, render(article))`` or ``("error", name, problem)`` per input, in input order."""
    tasks = file_tasks(gather_inputs(paths), style, render, _stdin)
    return map_ordered(run_task, tasks, jobs)


def iter_articles(paths: list[str], style: str | None, jobs: int = 1) -> Iterator[Article | InputError]:
    """Articles in input order; unreadable inputs come through as errors in their place."""
    for status, name, payload in iter_results(paths, style, _same, jobs):
        yield payload if status == "ok" else InputError(name, payload)


def write(results: Iterator[tuple[str, Any, Any]], fmt: str, out: IO[str]) -> tuple[int, int]:
    """Write rendered articles as they come; returns (articles written, inputs that failed)."""
    good = bad = 0
    if fmt == "json":
        out.write("[")
    for status, name, payload in results:
        if status == "error":
            report(f"{name}: {payload}")
            bad += 1
            continue
        if fmt == "json":
            out.write(("," if good else "") + "\n" + payload)
        else:
            out.write(payload)
        out.flush()
        good += 1
    if fmt == "json":
        out.write("\n]\n")
    return good, bad


def write_parquet(results: Iterator[tuple[str, Any, Any]], folder: str) -> tuple[int, int]:
    from ..scale.parquet import ParquetSink

    good = bad = 0
    with ParquetSink(folder) as sink:
        for status, name, payload in results:
            if status == "error":
                report(f"{name}: {payload}")
                bad += 1
                continue
            sink.add(payload)
            good += 1
    return good, bad


def run(args: argparse.Namespace) -> int:
    if args.style is not None:
        try:
            default_pipeline().styles.get(args.style)
        except KeyError as exc:
            report(exc.args[0])
            return 2
    results = iter_results(args.paths, args.style, RENDER[args.format], args.jobs)
    if args.format == "parquet":
        if not args.output or args.output == "-":
            report("--format parquet writes a folder of tables: give it with -o FOLDER")
            return 2
        from ..scale.parquet import existing_parts
        from ..store import StoreError

        if existing_parts(args.output):
            report(f"{args.output}: already holds Parquet tables; write into a new folder")
            return 2
        try:
            good, bad = write_parquet(results, args.output)
        except (ImportError, StoreError) as exc:  # an optional extra is missing
            report(str(exc))
            return 2
        except OSError as exc:
            report(f"{args.output}: cannot write: {exc.strerror or exc}")
            return 2
        return 1 if bad else 0
    try:
        with open_output(args.output) as out:
            good, bad = write(results, args.format, out)
    except InputError as exc:
        report(str(exc))
        return 2
    return 1 if bad else 0
