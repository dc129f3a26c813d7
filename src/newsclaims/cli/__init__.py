"""The ``newsclaims`` command: one module per subcommand, imported only when used."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import NoReturn, Sequence

# name -> (module, one-line help). Each module has add_arguments(parser) and run(args) -> int.
SUBCOMMANDS = {
    "extract": ("newsclaims.cli.extract", "extract articles to JSONL, JSON, a table or Parquet"),
    "corroborate": ("newsclaims.cli.corroborate", "group the figures several articles state, and show where they differ"),
    "styles": ("newsclaims.cli.styles", "list the installed source styles"),
    "query": ("newsclaims.cli.query", "select claims with the query language (docs/query.md)"),
    "index": ("newsclaims.cli.index", "build or update a DuckDB claim store for fast queries"),
}


class UsageError(Exception):
    """A malformed command line; exits 2 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not usage + message
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__
    from ..compiled import build_description

    parser = _Parser(prog="newsclaims", description="Turn news articles into typed, queryable claims.")
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__} ({build_description()})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name, (module, help_) in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(_module=module)
        importlib.import_module(module).add_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return importlib.import_module(args._module).run(args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (| head): not an error of ours
        sys.stderr.close()
        return 0
