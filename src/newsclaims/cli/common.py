"""What several subcommands share: finding input files, opening output, reporting problems."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import IO, Iterator, Literal

from ..pipeline import InputError


def report(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    print(f"newsclaims: {message}", file=sys.stderr)


def gather_inputs(paths: list[str], pattern: str = "*.txt") -> Iterator[Literal["-"] | Path | InputError]:
    """Each input in order: ``-``, files, and a directory's files matching ``pattern`` (recursively, sorted).

    Problems come through as :class:`InputError` values in their place so
    that the caller reports them and goes on with the rest.
    """
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob(pattern) if p.is_file())
            if not found:
                yield InputError(raw, f"directory holds no {pattern} files")
            yield from found
        elif path.exists():
            yield path
        else:
            yield InputError(raw, "no such file or directory")


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        handle = open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot write: {exc.strerror or exc}") from None
    with handle:
        yield handle
