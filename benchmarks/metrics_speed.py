"""Metrics extraction alone, in MB of text per second on one core, over the shared scale corpus.

    .venv/bin/python benchmarks/metrics_speed.py [--shared DIR] [--limit N] [--min-mbps 2.0]

Each article is read as one plain body (as :func:`newsclaims.find_metrics`
reads text); the time counted is the metrics plugin's, sentence splitting
included, reading the corpus from disk not. The target is 2 MB/s; with
``--min-mbps`` the exit status is 1 below it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_shared_option, require_shared, scale_articles  # noqa: E402

from newsclaims.compiled import build_description  # noqa: E402
from newsclaims.document import Document, Layout  # noqa: E402
from newsclaims.extractors.metrics import extract_metrics  # noqa: E402
from newsclaims.model import Span  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_shared_option(ap)
    ap.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    ap.add_argument("--min-mbps", type=float, default=0.0, help="fail below this speed")
    args = ap.parse_args(argv)
    shared = require_shared(args.shared)
    texts = []
    size = 0
    for i, (name, text) in enumerate(scale_articles(shared)):
        if args.limit and i >= args.limit:
            break
        texts.append((name, text))
        size += len(text.encode("utf-8"))
    count = 0
    t0 = time.process_time()
    for name, text in texts:
        # the Document splits its sentences when built, so building it is timed too
        doc = Document(id=name, text=text, style="generic", layout=Layout(body=(Span(0, len(text)),)))
        count += len(extract_metrics(doc))
    seconds = time.process_time() - t0
    mbps = size / 1e6 / seconds if seconds else float("inf")
    print(f"newsclaims {build_description()}")
    print(f"{len(texts)} articles, {size / 1e6:.1f} MB, {count} metrics in {seconds:.1f} s CPU: {mbps:.2f} MB/s")
    if args.min_mbps and mbps < args.min_mbps:
        print(f"below the target of {args.min_mbps} MB/s")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
