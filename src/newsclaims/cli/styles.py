"""``newsclaims styles [PATH...]``: the installed source styles, or how each file scores on them.

Without paths: each style with the package that ships it and its version.
With paths: for each file, every style's score, best first, and the style
the pipeline picks, so that a plugin author sees why a layout won or lost.
"""

from __future__ import annotations

import argparse

from ..pipeline import InputError, decode, default_pipeline
from .common import gather_inputs, report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="score these files (or directories of .txt files) on every style"
    )


def run(args: argparse.Namespace) -> int:
    return explain(args.paths) if args.paths else list_styles()


def list_styles() -> int:
    table = default_pipeline().styles
    rows = [(e.name, f"{e.package} {e.version}", e.info.description) for e in (table.get(n) for n in table.names())]
    width = [max(len(r[i]) for r in rows) for i in range(2)]
    for name, package, description in rows:
        print(f"{name:<{width[0]}}  {package:<{width[1]}}  {description}")
    return 0


def explain(paths: list[str]) -> int:
    pipeline = default_pipeline()
    bad = 0
    for item in gather_inputs(paths):
        try:
            if isinstance(item, InputError):
                raise item
            if item == "-":
                raise InputError("-", "give files to score, not standard input")
            try:
                data = item.read_bytes()
            except OSError as exc:  # unreadable since it was listed: reported like every other reader does
                raise InputError(str(item), exc.strerror or str(exc)) from None
            text = decode(data, str(item))
        except InputError as exc:
            report(str(exc))
            bad += 1
            continue
        scores = pipeline.styles.scores(text)
        ranked = ", ".join(f"{name} {score:.2f}" for name, score in sorted(scores.items(), key=lambda kv: -kv[1]))
        print(f"{item}: {pipeline.choose_style(text)}  ({ranked})")
    return 1 if bad else 0
