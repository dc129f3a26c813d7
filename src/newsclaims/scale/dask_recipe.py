"""Extraction on a Dask cluster: a bag of files in, one Parquet part per partition out.

    from dask.distributed import Client, LocalCluster
    from newsclaims.scale.dask_recipe import extract_to_parquet
    from newsclaims.scale.parquet import ParquetStore

    with LocalCluster(n_workers=4) as cluster, Client(cluster):
        summary = extract_to_parquet(paths, "corpus.parquet", partitions=64)
    store = ParquetStore("corpus.parquet")
    store.con.sql("select source, count(*) from claims group by source order by 2 desc").show()

The same code runs on a real cluster (``Client("scheduler:8786")``) when the
files and the output folder are on storage every worker sees. Each
partition's worker extracts its files one at a time and streams them into
``<folder>/<table>/part-<n>.parquet``, the claim store's layout that
``newsclaims extract --format parquet`` writes, so one query reads either.
Needs the ``dask`` extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import attrs

from ..model import Article
from ..pipeline import InputError
from .jobs import extract_one
from .parquet import existing_parts, write_part

__all__ = ["PartResult", "Summary", "extract_partition", "extract_to_parquet"]


@attrs.frozen
class PartResult:
    part: int
    articles: int
    errors: tuple[str, ...]


@attrs.frozen
class Summary:
    """What a run wrote: articles per part, and the one-line errors of the files that failed."""

    parts: tuple[PartResult, ...]

    @property
    def articles(self) -> int:
        return sum(p.articles for p in self.parts)

    @property
    def errors(self) -> tuple[str, ...]:
        return tuple(e for p in self.parts for e in p.errors)


def extract_partition(paths: Iterable[str], folder: str, part: int, style: str | None = None) -> PartResult:
    """Extract ``paths`` and write them as part ``part`` of every table under ``folder``."""
    errors: list[str] = []

    def articles() -> Iterator[Article]:
        for path in paths:
            result = extract_one("file", path, style)
            if isinstance(result, InputError):
                errors.append(str(result))
                continue
            yield result

    written = write_part(folder, articles(), part)
    return PartResult(part, written, tuple(errors))


def extract_to_parquet(
    paths: Iterable[str | Path], folder: str | Path, *, partitions: int | None = None, style: str | None = None
) -> Summary:
    """Extract ``paths`` with Dask into partitioned Parquet under ``folder``, on the current Dask scheduler.

    With a ``dask.distributed.Client`` open, its cluster does the work;
    otherwise Dask's default local scheduler does. Parts are numbered in
    input order, so part 00000 holds the first files.
    """
    import dask
    import dask.bag as db

    if existing_parts(folder):
        raise FileExistsError(f"{folder} already holds Parquet tables; write into a new folder")
    files = [str(p) for p in paths]
    if not files:
        return Summary(())
    bag = db.from_sequence(files, npartitions=partitions or min(len(files), 100))
    tasks = [
        dask.delayed(extract_partition)(chunk, str(folder), i, style)
        for i, chunk in enumerate(bag.to_delayed())
    ]
    return Summary(tuple(dask.compute(*tasks)))
