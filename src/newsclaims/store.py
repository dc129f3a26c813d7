"""The DuckDB claim store: ``newsclaims index PATH... --db claims.duckdb``, queried in SQL.

Tables (``key`` columns are the store's own integer keys)::

    articles(key, id, style, source, title, authors[], editors[], published, json)
    claims(key, article, article_id, id, start, end, text, subject, source, cue, modality, json)
    metrics(key, article, id, start, end, text, kind, value, value_r, unit, bound,
            high, high_r, change, measure, subject, period)
    quotes(key, article, id, start, end, text, speaker, speaker_start, speaker_end, cue)
    entities(key, article, id, name, kind, aliases[])
    claim_metrics(claim, item), claim_quotes(claim, item), claim_entities(claim, item)
    o_<owner>(claim, ...)         -- a plugin's new annotation type, one row per item
    meta(name, value)

A plugin field becomes a column ``p_<name>`` of its owner's table. ``json``
holds the FORMAT.md object, so answers come back exactly as extracted.

Numbers are exact: a value is stored as DECIMAL(38, 12) plus ``<column>_r``,
the sign of what rounding to 12 places (or clamping below 10^26) took
away, so ``value > x`` is decided exactly for every literal the query
language accepts (at most 12 places, below 10^26).

DuckDB is the optional extra ``store`` (``pip install newsclaims[store]``).
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .convert import dumps, from_json, get_converter
from .model import Article
from .query.schema import Field, Owner, Schema, default_schema, plugin_items, reader

__all__ = ["DECIMAL", "Store", "StoreError", "claim_object", "column", "link_table", "require_duckdb", "split_decimal", "table"]

FORMAT_VERSION = "1"
DECIMAL = "DECIMAL(38, 12)"
_QUANTUM = Decimal("1e-12")
_LIMIT = Decimal("99999999999999999999999999.999999999999")  # the largest DECIMAL(38, 12)
_TABLES = {"article": "articles", "claim": "claims", "metric": "metrics", "quote": "quotes", "entity": "entities"}
_LINKS = {"metric": "claim_metrics", "quote": "claim_quotes", "entity": "claim_entities"}
_INT_FIELDS = frozenset({"start", "end"})  # built-in offsets: plain integers
_BATCH_CLAIMS = 50_000


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message says what to do."""


def require_duckdb():
    try:
        import duckdb
    except ImportError:
        raise StoreError("the DuckDB store needs the 'store' extra: pip install 'newsclaims[store]'") from None
    return duckdb


# --- naming: shared with the SQL engine ------------------------------------------


def table(owner: Owner) -> str:
    return _TABLES.get(owner.name) or f"o_{owner.name}"


def link_table(owner: Owner) -> str | None:
    """The claim -> item table of a built-in many-owner; plugin owners' tables hold ``claim`` directly."""
    return _LINKS.get(owner.name)


def column(field: Field) -> str:
    return field.name if field.builtin else f"p_{field.name}"


def is_exact_decimal(field: Field) -> bool:
    """Stored as DECIMAL plus a rounding-sign column."""
    return field.type in ("quantity", "money", "percent") or (field.type == "number" and not field.builtin)


def unit_column(field: Field) -> str | None:
    if field.type == "quantity":
        return "unit"
    if field.type == "money":
        return f"{column(field)}_unit"
    return None


def split_decimal(value: Decimal) -> tuple[str, int]:
    """``value`` as the DECIMAL(38, 12) text stored, and the sign of ``value - stored``."""
    with localcontext() as ctx:
        ctx.prec = 80
        if value > _LIMIT:
            stored = _LIMIT
        elif value < -_LIMIT:
            stored = -_LIMIT
        else:
            stored = value.quantize(_QUANTUM, rounding=ROUND_HALF_EVEN)
    return format(stored, "f"), (value > stored) - (value < stored)


# --- columns of each table ----------------------------------------------------------

# A field's column: (name, SQL type, the type the batch is passed as, how to read it from the object)
Col = tuple[str, str, str, Callable[[Any], Any]]
# The store's own columns (keys, JSON): (name, SQL type, passed type); _write fills them itself
OwnCol = tuple[str, str, str]


def _field_columns(field: Field, read: Callable[[Any], Any]) -> list[Col]:
    name = column(field)
    t = field.type
    if t in ("string", "enum"):
        return [(name, "VARCHAR", "VARCHAR", lambda o: _text(read(o)))]
    if t == "list":
        return [(name, "VARCHAR[]", "VARCHAR[]", lambda o: list(read(o) or ()))]
    if t == "date":
        return [(name, "DATE", "VARCHAR", lambda o: (d := read(o)) and d.isoformat())]
    if t == "bool":
        return [(name, "BOOLEAN", "BOOLEAN", read)]
    if t == "number" and field.builtin:
        return [(name, "BIGINT", "BIGINT", read)]
    if t == "money":
        cols = _decimal_columns(name, lambda o: (m := read(o)) and m[0])
        return cols + [(f"{name}_unit", "VARCHAR", "VARCHAR", lambda o: (m := read(o)) and m[1])]
    return _decimal_columns(name, read)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _decimal_columns(name: str, read: Callable[[Any], Any]) -> list[Col]:
    def stored(o: Any) -> str | None:
        v = read(o)
        return None if v is None else split_decimal(v)[0]

    def residual(o: Any) -> int | None:
        v = read(o)
        return None if v is None else split_decimal(v)[1]

    return [(name, DECIMAL, "VARCHAR", stored), (f"{name}_r", "TINYINT", "TINYINT", residual)]


def _own_columns(name: str, owner: Owner) -> tuple[list[OwnCol], list[OwnCol]]:
    """The store's own columns before and after the fields: keys first, the FORMAT.md JSON last."""
    head: list[OwnCol]
    if not owner.builtin:
        head = [("claim", "BIGINT", "BIGINT")]
    else:
        head = [("key", "BIGINT", "BIGINT")]
        if name != "article":
            head.append(("article", "BIGINT", "BIGINT"))
        if name == "claim":
            head.append(("article_id", "VARCHAR", "VARCHAR"))
    tail: list[OwnCol] = [("json", "VARCHAR", "VARCHAR")] if name in ("article", "claim") else []
    return head, tail


def _table_columns(owner: Owner) -> list[Col]:
    cols: list[Col] = []
    for field in owner.fields.values():
        cols += _field_columns(field, reader(field))
    return cols


class Store:
    """A DuckDB file (or ``":memory:"``) of indexed articles."""

    def __init__(self, path: str | Path = ":memory:", schema: Schema | None = None, read_only: bool = False):
        duckdb = require_duckdb()
        self.schema = schema if schema is not None else default_schema()
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (build one with: newsclaims index PATH... --db {self.path})")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from None
        self.columns = {name: _table_columns(owner) for name, owner in self.schema.owners.items()}
        if not read_only:
            self._create()
        self._check_version()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- creating ---------------------------------------------------------------------

    def _create(self) -> None:
        con = self.con
        con.execute("CREATE TABLE IF NOT EXISTS meta (name VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", [FORMAT_VERSION])
        for name, owner in self.schema.owners.items():
            head, tail = _own_columns(name, owner)
            cols = [f'"{c[0]}" {c[1]}' for c in head + self.columns[name] + tail]
            con.execute(f'CREATE TABLE IF NOT EXISTS "{table(owner)}" ({", ".join(cols)})')
            present = {r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table(owner)]
            ).fetchall()}
            for c in self.columns[name]:
                if c[0] not in present:  # a plugin installed since the store was built
                    con.execute(f'ALTER TABLE "{table(owner)}" ADD COLUMN "{c[0]}" {c[1]}')
        for link in _LINKS.values():
            con.execute(f"CREATE TABLE IF NOT EXISTS {link} (claim BIGINT, item BIGINT)")

    def _check_version(self) -> None:
        try:
            rows = self.con.execute("SELECT value FROM meta WHERE name = 'format'").fetchall()
        except Exception:
            raise StoreError(f"{self.path}: not a newsclaims store") from None
        found = rows[0][0] if rows else None
        if found != FORMAT_VERSION:
            raise StoreError(f"{self.path}: store format {found!r}, expected {FORMAT_VERSION!r}; re-index it")

    # --- adding -----------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> int:
        """Index ``articles``; an article whose id is already stored replaces it. Returns how many."""
        batch: list[Article] = []
        ids: set[str] = set()
        pending = n = 0
        for article in articles:
            if article.id in ids or pending >= _BATCH_CLAIMS:
                self._write(batch)
                batch, ids, pending = [], set(), 0
            batch.append(article)
            ids.add(article.id)
            pending += len(article.claims) + 1
            n += 1
        self._write(batch)
        return n

    def _next_key(self, name: str) -> int:
        return self._one(f"SELECT coalesce(max(key), 0) + 1 FROM {name}")

    def _write(self, articles: list[Article]) -> None:
        if not articles:
            return
        self._delete([a.id for a in articles])
        owners = self.schema.owners
        rows: dict[str, list[list[Any]]] = {name: [] for name in owners}
        links: dict[str, list[tuple[int, int]]] = {link: [] for link in _LINKS.values()}
        keys = {name: self._next_key(_TABLES[name]) for name in _TABLES}
        unstructure = get_converter().unstructure
        plugin_owners = [o for o in owners.values() if not o.builtin]
        for article in articles:
            akey = keys["article"]
            keys["article"] += 1
            data = unstructure(article)
            rows["article"].append([akey, *_values(self.columns["article"], article), dumps(data)])
            item_keys: dict[str, dict[str, int]] = {}
            for name, group in (("metric", article.metrics), ("quote", article.quotes), ("entity", article.entities)):
                item_keys[name] = {}
                for item in group:
                    item_keys[name][item.id] = keys[name]
                    rows[name].append([keys[name], akey, *_values(self.columns[name], item)])
                    keys[name] += 1
            for claim, claim_data in zip(article.claims, data["claims"]):
                ckey = keys["claim"]
                keys["claim"] += 1
                rows["claim"].append(
                    [ckey, akey, article.id, *_values(self.columns["claim"], claim), dumps(claim_data)]
                )
                for name, ids in (("metric", claim.metrics), ("quote", claim.quotes), ("entity", claim.entities)):
                    links[_LINKS[name]] += [(ckey, item_keys[name][i]) for i in ids if i in item_keys[name]]
                for owner in plugin_owners:
                    for raw in plugin_items(claim.extra.get(owner.name)):
                        rows[owner.name].append([ckey, *_values(self.columns[owner.name], raw)])
        for name, owner in owners.items():
            self._insert(name, owner, rows[name])
        for link, pairs in links.items():
            if pairs:
                self.con.execute(
                    f"INSERT INTO {link} SELECT unnest(?::BIGINT[]), unnest(?::BIGINT[])",
                    [[p[0] for p in pairs], [p[1] for p in pairs]],
                )

    def _insert(self, name: str, owner: Owner, rows: list[list[Any]]) -> None:
        if not rows:
            return
        head, tail = _own_columns(name, owner)
        spec = [(c[0], c[1], c[2]) for c in head + self.columns[name] + tail]
        names = ", ".join(f'"{c[0]}"' for c in spec)
        columns = [list(x) for x in zip(*rows)]
        target = f'INSERT INTO "{table(owner)}" ({names})'
        arrow = _pyarrow()
        if arrow is None:
            exprs = ", ".join(f"unnest(?::{passed}[])" + (f"::{sql}" if sql != passed else "") for _n, sql, passed in spec)
            self.con.execute(f"{target} SELECT {exprs}", columns)
            return
        # pyarrow, when installed, hands the columns over about ten times faster
        batch = arrow.table({f"c{i}": arrow.array(col, _ARROW_TYPES[spec[i][2]](arrow)) for i, col in enumerate(columns)})
        exprs = ", ".join(f"c{i}" + (f"::{sql}" if sql != passed else "") for i, (_n, sql, passed) in enumerate(spec))
        self.con.register("newsclaims_batch", batch)
        try:
            self.con.execute(f"{target} SELECT {exprs} FROM newsclaims_batch")
        finally:
            self.con.unregister("newsclaims_batch")

    def _delete(self, ids: list[str]) -> None:
        con = self.con
        found = con.execute("SELECT key FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        if not found:
            return
        akeys = [r[0] for r in found]
        claims = "(SELECT key FROM claims WHERE article IN (SELECT unnest(?::BIGINT[])))"
        for link in _LINKS.values():
            con.execute(f"DELETE FROM {link} WHERE claim IN {claims}", [akeys])
        for owner in self.schema.owners.values():
            if not owner.builtin:
                con.execute(f'DELETE FROM "{table(owner)}" WHERE claim IN {claims}', [akeys])
        for name in ("claims", "metrics", "quotes", "entities"):
            con.execute(f"DELETE FROM {name} WHERE article IN (SELECT unnest(?::BIGINT[]))", [akeys])
        con.execute("DELETE FROM articles WHERE key IN (SELECT unnest(?::BIGINT[]))", [akeys])

    # --- reading ----------------------------------------------------------------------

    def _one(self, sql: str, params: list | None = None) -> Any:
        """The single value of a one-row query (fetched to the end, as DuckDB wants)."""
        return self.con.execute(sql, params or []).fetchall()[0][0]

    def count(self, name: str) -> int:
        return self._one(f'SELECT count(*) FROM "{name}"')

    def _rows(self, sql: str, params: list, size: int) -> Iterator[tuple]:
        """Rows in batches, on a cursor of their own, so a reader that stops early blocks nothing."""
        cursor = self.con.cursor()
        try:
            try:
                cursor.execute(sql, params)
            except require_duckdb().Error as exc:  # a plugin field the store was built without, say
                raise StoreError(f"{self.path}: {str(exc).splitlines()[0]} (re-index with the same plugins installed)") from None
            while rows := cursor.fetchmany(size):
                yield from rows
        finally:
            cursor.close()

    def select(self, sql: str, params: list) -> Iterator[tuple[str, str, str]]:
        """Rows of (article id, claim id, claim JSON) of a compiled query, in store order."""
        return self._rows(sql, params, 10_000)

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """The stored articles (all, or those of ``ids``) read back from their JSON, in store order."""
        if ids is None:
            rows = self._rows("SELECT json FROM articles ORDER BY key", [], 1_000)
        else:
            sql = "SELECT json FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY key"
            rows = self._rows(sql, [list(ids)], 1_000)
        for (text,) in rows:
            yield from_json(text)


_ARROW_TYPES = {
    "VARCHAR": lambda pa: pa.string(),
    "BIGINT": lambda pa: pa.int64(),
    "TINYINT": lambda pa: pa.int8(),
    "BOOLEAN": lambda pa: pa.bool_(),
    "VARCHAR[]": lambda pa: pa.list_(pa.string()),
}


def _pyarrow():
    try:
        import pyarrow  # type: ignore[import-untyped]  # pyarrow ships no type information
    except ImportError:
        return None
    return pyarrow


def _values(cols: list[Col], obj: Any) -> list[Any]:
    return [read(obj) for _n, _s, _p, read in cols]


def claim_object(article_id: str, claim_json: str) -> dict[str, Any]:
    """A stored claim as the CLI prints it: the FORMAT.md object plus ``article``."""
    data = json.loads(claim_json, parse_float=Decimal)
    data["article"] = article_id
    return data

