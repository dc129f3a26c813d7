"""Where the full pipeline's time goes: CPU seconds per MB of text for each extraction hook, the host and JSON.

    .venv/bin/python benchmarks/stages.py [--shared DIR] [--every N]

Runs every Nth article of the scale corpus (default 10) through the default
pipeline and the JSONL renderer. Each ``extract_*`` hook is timed through
pluggy's hook-call monitoring (all plugins of the hook together); "host" is
the rest of ``Pipeline.extract``: choosing the style, reading the layout,
splitting sentences, merging, numbering and linking, and building the
Article. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_shared_option, require_shared, scale_articles  # noqa: E402

from newsclaims.cli.extract import RENDER  # noqa: E402
from newsclaims.compiled import build_description  # noqa: E402
from newsclaims.pipeline import default_pipeline  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_shared_option(ap)
    ap.add_argument("--every", type=int, default=10, help="take every Nth article (default 10)")
    args = ap.parse_args(argv)
    shared = require_shared(args.shared)
    texts = [(name, text) for i, (name, text) in enumerate(scale_articles(shared)) if i % args.every == 0]
    size = sum(len(text.encode("utf-8")) for _, text in texts) / 1e6

    pipeline, render = default_pipeline(), RENDER["jsonl"]
    pipeline.extract("Warm-up: Acme said revenue rose 5% to $3 billion.", id="warm-up")
    spent: Counter[str] = Counter()
    started: dict[str, float] = {}

    def before(name, _impls, _kwargs):  # type: ignore[no-untyped-def]
        started[name] = time.process_time()

    def after(_outcome, name, _impls, _kwargs):  # type: ignore[no-untyped-def]
        spent[name] += time.process_time() - started.pop(name)

    undo = pipeline.pm.add_hookcall_monitoring(before, after)
    try:
        for name, text in texts:
            t0 = time.process_time()
            article = pipeline.extract(text, id=name)
            t1 = time.process_time()
            render(article)
            spent["json"] += time.process_time() - t1
            spent["total"] += t1 - t0
    finally:
        undo()

    hooks = {k: v for k, v in spent.items() if k.startswith("extract_")}
    rows = {**hooks, "host": spent["total"] - sum(hooks.values()), "json": spent["json"]}
    whole = spent["total"] + spent["json"]
    print(f"newsclaims {build_description()}")
    print(f"{len(texts)} articles, {size:.2f} MB: {whole:.2f} s CPU, {size / whole:.2f} MB/s")
    for label, seconds in sorted(rows.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<18} {seconds:6.2f} s  {seconds / size:6.3f} s/MB  ({share(seconds, whole)})")
    return 0


def share(part: float, whole: float) -> str:
    return f"{100 * part / whole:4.1f}%" if whole else "-"


if __name__ == "__main__":
    sys.exit(main())
