"""Extraction time of hostile inputs at 1x, 10x and 100x their size: it must grow linearly.

    .venv/bin/python benchmarks/hostile.py [--base 10000] [--only NAME ...]

News comes from the open web, so no input may make extraction slower than
linear: a file of unmatched quotation marks, a 100,000-digit number, a
megabyte-long "sentence" without punctuation, titles repeated thousands of
times, and a few more shapes that stress the attribution and entity steps.
Each input runs through the whole default pipeline (installed plugins left
out) at ``base``, 10 x ``base`` and 100 x ``base`` characters; the seconds
per megabyte should stay roughly flat along a row. Figures are printed,
never asserted; tests/test_hostile.py runs the same inputs small and fast.
"""

from __future__ import annotations

import argparse
import time
from typing import Callable

# name -> a text of about n characters
HOSTILE: dict[str, Callable[[int], str]] = {
    "unmatched quotation marks": lambda n: '"' * n,
    "mixed quotation marks": lambda n: "\u201c \u2018 ' \" \u201d " * (n // 12),
    "digits": lambda n: "1" * n,
    "sentence without punctuation": lambda n: "the word Name goes on " * (n // 22),
    "repeated titles": lambda n: "Mr. " * (n // 4) + "Smith said.",
    "capitalised words": lambda n: "Alpha Beta " * (n // 11),
    "verbs of saying": lambda n: "he said " * (n // 8),
    "according to": lambda n: "according to the memo " * (n // 22),
    "apostrophes": lambda n: "x' " * (n // 3),
    "initials": lambda n: "A." * (n // 2),
    "quote per line": lambda n: '"a\n' * (n // 3),
    "attributed quotes": lambda n: '"We will do it now," Acme Corp said, ' * (n // 37),
    "sources joined by but": lambda n: "Acme said it rose, but Bolt said " * (n // 33),
    "quantities in one sentence": lambda n: "In May 2019 the 5 pct " * (n // 22),
}


def extractor() -> Callable[[str], object]:
    from newsclaims import Pipeline, get_plugin_manager

    pipeline = Pipeline(get_plugin_manager(entry_points=False))
    return lambda text: pipeline.extract(text, id="hostile")


def seconds(run: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    run(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=10_000, help="characters at 1x (default 10000)")
    parser.add_argument("--only", nargs="*", default=None, help="names of inputs to run")
    args = parser.parse_args()
    run = extractor()
    run("Warm up: Acme said it rose.")
    sizes = (args.base, args.base * 10, args.base * 100)
    print(f"{'input':30} " + " ".join(f"{f'{n:,} chars':>22}" for n in sizes))
    for name, make in HOSTILE.items():
        if args.only and name not in args.only:
            continue
        cells = []
        for n in sizes:
            text = make(n)
            t = seconds(run, text)
            cells.append(f"{t:7.3f}s {t / (len(text) / 1e6):8.2f} s/MB")
        print(f"{name:30} " + " ".join(f"{c:>22}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
