"""``newsclaims extract PATH...``: articles in, JSONL / JSON / a table for people out.

Each file is read, extracted and written before the next one is read, and a
file that cannot be read is reported on one line without stopping the others.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Iterator

from ..convert import dumps, to_dict, to_json
from ..model import Article
from ..pipeline import InputError, decode, default_pipeline
from .common import gather_inputs, open_output, report
from .render import article_table

FORMATS = ("jsonl", "json", "table")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a directory of them, or - for standard input")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    parser.add_argument("--style", metavar="NAME", help="force this source style instead of detecting one")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def iter_articles(paths: list[str], style: str | None) -> Iterator[Article | InputError]:
    """Articles in input order; unreadable inputs come through as errors in their place."""
    pipeline = default_pipeline()
    for item in gather_inputs(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item == "-":
                text = decode(sys.stdin.buffer.read(), "<stdin>")
                yield pipeline.extract(text, id="stdin", style=style)
            else:
                yield pipeline.extract_file(item, style=style)
        except InputError as exc:
            yield exc
        except RecursionError:
            yield InputError(str(item), "too deeply nested to extract")
        except Exception as exc:  # a plugin's bug must not lose the other files
            yield InputError(str(item), f"extraction failed: {type(exc).__name__}: {exc}")


def write(articles: Iterator[Article | InputError], fmt: str, out: IO[str]) -> tuple[int, int]:
    """Write as they come; returns (articles written, inputs that failed)."""
    good = bad = 0
    if fmt == "json":
        out.write("[")
    for item in articles:
        if isinstance(item, InputError):
            report(str(item))
            bad += 1
            continue
        if fmt == "jsonl":
            out.write(to_json(item) + "\n")
        elif fmt == "json":
            out.write(("," if good else "") + "\n" + dumps(to_dict(item)))
        else:
            out.write(article_table(item) + "\n")
        out.flush()
        good += 1
    if fmt == "json":
        out.write("\n]\n")
    return good, bad


def run(args: argparse.Namespace) -> int:
    if args.style is not None:
        try:
            default_pipeline().styles.get(args.style)
        except KeyError as exc:
            report(exc.args[0])
            return 2
    try:
        with open_output(args.output) as out:
            good, bad = write(iter_articles(args.paths, args.style), args.format, out)
    except InputError as exc:
        report(str(exc))
        return 2
    return 1 if bad else 0
