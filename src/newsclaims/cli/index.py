"""``newsclaims index PATH... --db FILE``: build or update a DuckDB claim store.

An article already in the store (same id) is replaced, so re-indexing a
folder after the extractors improve updates it in place.
"""

from __future__ import annotations

import argparse
import sys

from ..query import SchemaConflict
from .common import report
from .query import input_articles


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help=".txt articles, .jsonl article files, directories of them, or - for standard input",
    )
    parser.add_argument("--db", metavar="FILE", required=True, help="the store to create or update")


def run(args: argparse.Namespace) -> int:
    from ..store import Store, StoreError

    bad = [0]
    try:
        with Store(args.db) as store:
            n = store.add(input_articles(args.paths, bad))
            claims = store.count("claims")
    except (StoreError, SchemaConflict) as exc:
        report(str(exc))
        return 2
    print(f"indexed {n} article{'s' if n != 1 else ''} into {args.db} ({claims} claims in the store)", file=sys.stderr)
    return 1 if bad[0] else 0
