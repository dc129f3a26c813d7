"""Parquet output in the claim store's table layout, and a read-only store over it.

A corpus folder holds one subfolder per table of :mod:`newsclaims.store`
(``articles``, ``claims``, ``metrics``, ``quotes``, ``entities``, the
``claim_*`` link tables and a plugin's ``o_<owner>`` tables), each with one
or more ``part-*.parquet`` files. The rows are made by the store itself: a
batch of articles is indexed into an in-memory store and its tables are
appended to the Parquet files through Arrow, so the two layouts cannot drift
apart, and the query language's SQL engine runs on either unchanged.

The store numbers rows with integer keys; each batch's keys are moved by
``part << 40 | batch << 24`` so that parts written apart (Dask partitions)
never collide and key order is input order. The serial writer is part 0; a
batch holds at most :data:`BATCH_ROWS` rows, well below the 2**24 keys a
batch may use.

pyarrow and duckdb (the ``parquet`` extra) are imported only when used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from ..model import Article

__all__ = ["PART_GLOB", "ParquetSink", "ParquetStore", "existing_parts", "write_part"]

PART_GLOB = "part-*.parquet"
# Articles, and annotation rows, gathered before a batch is written: memory stays flat.
BATCH_ARTICLES = 500
BATCH_ROWS = 1 << 20
PART_SHIFT, BATCH_SHIFT = 40, 24
KEY_COLUMNS = frozenset({"key", "article", "claim", "item"})  # the store's BIGINT row keys
_SKIP = frozenset({"meta"})


def _pyarrow() -> Any:
    try:
        # pyarrow ships no type information
        import pyarrow  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        raise ImportError("Parquet needs pyarrow: pip install 'newsclaims[parquet]'") from None
    return pyarrow


def _arrow(relation: Any) -> Any:
    """A DuckDB relation as an Arrow table (the method's name changed across DuckDB versions)."""
    for name in ("to_arrow_table", "fetch_arrow_table", "arrow"):
        method = getattr(relation, name, None)
        if method is not None:
            return method()
    raise RuntimeError("this DuckDB cannot hand results to Arrow")


def _rows(article: Article) -> int:
    return 1 + len(article.entities) + len(article.metrics) + len(article.quotes) + 3 * len(article.claims)


class ParquetSink:
    """Articles in, ``<folder>/<table>/part-<part>.parquet`` out, in batches; a context manager.

    Every table of the store gets its file, empty ones too, so a query never
    misses a table.
    """

    def __init__(self, folder: str | Path, part: int = 0, schema: Any = None):
        from ..store import Store

        self.pa = _pyarrow()
        self.folder = Path(folder)
        self.part = part
        self.store = Store(":memory:", schema)
        self.tables = [
            r[0] for r in self.store.con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()
            if r[0] not in _SKIP
        ]
        self._batch: list[Article] = []
        self._rows = 0
        self._batches = 0
        self._writers: dict[str, Any] = {}

    def __enter__(self) -> "ParquetSink":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def add(self, article: Article) -> None:
        self._batch.append(article)
        self._rows += _rows(article)
        if len(self._batch) >= BATCH_ARTICLES or self._rows >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        con = self.store.con
        self.store.add(self._batch)
        offset = (self.part << PART_SHIFT) | (self._batches << BATCH_SHIFT)
        for table in self.tables:
            columns = con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
            select = ", ".join(
                f'"{name}" + {offset} AS "{name}"' if name in KEY_COLUMNS and kind == "BIGINT" else f'"{name}"'
                for name, kind in columns
            )
            order = ' ORDER BY "key"' if any(name == "key" for name, _ in columns) else ""
            data = _arrow(con.sql(f'SELECT {select} FROM "{table}"{order}'))
            self._writer(table, data.schema).write_table(data)
            con.execute(f'DELETE FROM "{table}"')
        self._batch.clear()
        self._rows = 0
        self._batches += 1

    def _writer(self, table: str, schema: Any) -> Any:
        writer = self._writers.get(table)
        if writer is None:
            folder = self.folder / table
            folder.mkdir(parents=True, exist_ok=True)
            writer = self.pa.parquet.ParquetWriter(folder / f"part-{self.part:05d}.parquet", schema)
            self._writers[table] = writer
        return writer

    def close(self) -> None:
        if self._batch or not self._writers:
            self._flush()
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        self.store.close()


def write_part(folder: str | Path, articles: Iterable[Article], part: int = 0) -> int:
    """Write ``articles`` as part ``part`` of every table under ``folder``; returns how many."""
    n = 0
    with ParquetSink(folder, part) as sink:
        for article in articles:
            sink.add(article)
            n += 1
    return n


def existing_parts(folder: str | Path) -> list[Path]:
    """Parts of an earlier run under ``folder``: writers refuse them rather than mix two runs."""
    root = Path(folder)
    return sorted(root.glob(f"*/{PART_GLOB}")) if root.is_dir() else []


class ParquetStore:
    """A read-only claim store over a Parquet folder: the store's tables as views, read where they lie.

    It answers what :class:`newsclaims.store.Store` answers for reading
    (``con``, ``schema``, ``select``, ``articles``, ``count``), so a compiled
    query (``Query.sql()``) runs on it unchanged.
    """

    def __init__(self, folder: str | Path, schema: Any = None, read_only: bool = True):
        # read_only is accepted so that it opens like a Store; Parquet here is never written
        from ..query.schema import default_schema
        from ..store import require_duckdb

        duckdb = require_duckdb()
        self.folder = Path(folder)
        self.schema = schema if schema is not None else default_schema()
        self.con = duckdb.connect(":memory:")
        self.tables: list[str] = []
        for parts in sorted(p for p in self.folder.iterdir() if p.is_dir()) if self.folder.is_dir() else ():
            if any(parts.glob(PART_GLOB)):
                pattern = str(parts / PART_GLOB).replace("'", "''")
                self.con.execute(f'CREATE VIEW "{parts.name}" AS SELECT * FROM read_parquet(\'{pattern}\')')
                self.tables.append(parts.name)
        if "articles" not in self.tables:
            raise FileNotFoundError(f"{folder}: no Parquet tables here (write them with: newsclaims extract --format parquet -o {folder})")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "ParquetStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def count(self, name: str) -> int:
        return self.con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]

    def select(self, sql: str, params: list) -> Iterator[tuple]:
        """Rows of a compiled query, fetched in chunks."""
        cursor = self.con.execute(sql, params)
        while rows := cursor.fetchmany(10_000):
            yield from rows

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """The articles (all, or those of ``ids``) read back from their JSON, in key order."""
        from ..convert import from_json

        if ids is None:
            cursor = self.con.execute("SELECT json FROM articles ORDER BY key")
        else:
            cursor = self.con.execute(
                "SELECT json FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY key", [list(ids)]
            )
        while rows := cursor.fetchmany(1_000):
            for (text,) in rows:
                yield from_json(text)
