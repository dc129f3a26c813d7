"""Extraction of many inputs, streamed in input order, on one process or several.

Each input becomes a small picklable task; a worker extracts it and renders
it (to a JSONL line, a table, Parquet rows...) before sending it back, so the
expensive work is spread and only the result crosses between processes. At
most ``window`` tasks are in flight, so memory stays flat however many files
there are, and results come back in the order of the inputs whatever the
number of processes.
"""

from __future__ import annotations

import collections
import multiprocessing
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..model import Article
from ..pipeline import InputError, default_pipeline

__all__ = ["Task", "extract_one", "map_ordered", "run_task"]

# (what, data, style, render): what is "file" (data: a path), "text" (data: (id, text))
# or "error" (data: (name, problem), an input already known to be bad).
Task = tuple[str, Any, "str | None", "Callable[[Article], Any]"]


def extract_one(what: str, data: Any, style: str | None) -> Article | InputError:
    """One input's article, or the one-line error that says why it has none."""
    pipeline = default_pipeline()
    name = str(data[0] if what == "text" else data)
    try:
        if what == "text":
            return pipeline.extract(data[1], id=data[0], style=style)
        return pipeline.extract_file(data, style=style)
    except InputError as exc:
        return exc
    except RecursionError:
        return InputError(name, "too deeply nested to extract")
    except Exception as exc:  # a plugin's bug must not lose the other files
        return InputError(name, f"extraction failed: {type(exc).__name__}: {exc}")


def run_task(task: Task) -> tuple[str, Any, Any]:
    """``("ok", id, rendered)`` or ``("error", name, problem)``: plain tuples, which pickle."""
    what, data, style, render = task
    if what == "error":
        return ("error", data[0], data[1])
    result = extract_one(what, data, style)
    if isinstance(result, InputError):
        return ("error", result.name, result.problem)
    return ("ok", result.id, render(result))


def map_ordered(
    func: Callable[[Any], Any], items: Iterable[Any], jobs: int = 1, *, chunk: int = 8, window: int | None = None
) -> Iterator[Any]:
    """``func`` over ``items``, results in input order, on ``jobs`` processes (``func`` must be picklable).

    Items travel ``chunk`` at a time, so that short articles do not pay a
    round trip each; at most ``window`` chunks (default ``4 * jobs``) are in
    flight.
    """
    if jobs <= 1:
        for item in items:
            yield func(item)
        return
    window = window or jobs * 4
    with multiprocessing.get_context(_start_method()).Pool(jobs) as pool:
        pending: collections.deque = collections.deque()
        for batch in _batches(items, chunk):
            pending.append(pool.apply_async(_run_batch, (func, batch)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_batch(func: Callable[[Any], Any], batch: list[Any]) -> list[Any]:
    return [func(item) for item in batch]


def _start_method() -> str:
    # fork shares the parent's loaded plugins and costs nothing where it exists
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def file_tasks(items: Iterable[str | Path | InputError], style: str | None, render: Callable[[Article], Any], stdin: Callable[[], str] | None = None) -> Iterator[Task]:
    """Tasks for inputs from :func:`newsclaims.cli.common.gather_inputs` (``-`` read through ``stdin``)."""
    for item in items:
        if isinstance(item, InputError):
            yield ("error", (item.name, item.problem), style, render)
        elif item == "-":
            try:
                text = stdin() if stdin else ""
            except InputError as exc:
                yield ("error", (exc.name, exc.problem), style, render)
                continue
            yield ("text", ("stdin", text), style, render)
        else:
            yield ("file", item, style, render)
