"""Readers for the shared benchmark corpora, which stay in ../shared and are never copied here.

    from corpus import shared_dir, scale_articles
    for name, text in scale_articles(shared_dir(args.shared)):
        ...

``scale_articles`` yields Reuters-21578 bodies (SGML entities decoded) and the
BBC full-text articles; ``eval_articles`` yields ``corpus/eval/*/*.txt``.
"""

from __future__ import annotations

import argparse
import gzip
import html
import re
import sys
import tarfile
from pathlib import Path
from typing import Iterator

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def shared_dir(path: str | Path | None = None) -> Path | None:
    """The shared folder, or None (benchmarks then say so and skip) when it is absent."""
    p = Path(path) if path else DEFAULT_SHARED
    return p if (p / "corpus").is_dir() else None


def add_shared_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shared", default=None, help=f"the shared folder (default: {DEFAULT_SHARED})")


def require_shared(path: str | None) -> Path:
    found = shared_dir(path)
    if found is None:
        print(f"skipped: no shared corpus at {path or DEFAULT_SHARED} (pass --shared DIR)")
        sys.exit(0)
    return found


def reuters_articles(shared: Path) -> Iterator[tuple[str, str]]:
    folder = shared / "corpus" / "scale" / "reuters21578"
    for f in sorted(folder.glob("reut2-*.sgm.gz")):
        raw = gzip.decompress(f.read_bytes()).decode("latin-1")
        for i, m in enumerate(_BODY.finditer(raw)):
            yield f"reuters/{f.name.split('.')[0]}/{i}", html.unescape(m.group(1))


def bbc_articles(shared: Path) -> Iterator[tuple[str, str]]:
    tar_path = shared / "corpus" / "scale" / "bbc" / "bbc-fulltext.tar.gz"
    with tarfile.open(tar_path) as tar:
        members = sorted((m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")), key=lambda m: m.name)
        for m in members:
            data = tar.extractfile(m)
            if data is not None:
                yield m.name, data.read().decode("utf-8")


def scale_articles(shared: Path) -> Iterator[tuple[str, str]]:
    yield from reuters_articles(shared)
    yield from bbc_articles(shared)


def eval_articles(shared: Path) -> Iterator[tuple[str, str]]:
    for f in sorted((shared / "corpus" / "eval").glob("*/*.txt")):
        yield f"{f.parent.name}/{f.stem}", f.read_text(encoding="utf-8")
