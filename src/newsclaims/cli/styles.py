"""``newsclaims styles``: the installed source styles, their packages and versions."""

from __future__ import annotations

import argparse

from ..pipeline import default_pipeline


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    table = default_pipeline().styles
    rows = [(e.name, f"{e.package} {e.version}", e.info.description) for e in (table.get(n) for n in table.names())]
    width = [max(len(r[i]) for r in rows) for i in range(2)]
    for name, package, description in rows:
        print(f"{name:<{width[0]}}  {package:<{width[1]}}  {description}")
    return 0
