"""From text to :class:`~newsclaims.Article`: pick a style, read its layout, run the extractors, link.

Extraction is a pure function of the text and the installed plugins: the host
sorts and numbers every annotation by position, so the same input always
gives the same output, ids included.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from pathlib import Path
from typing import Any, Iterable, TypeVar

import attrs
import pluggy

from .document import Document, Layout
from .model import Article, Claim, Entity, Metric, Quote, Span
from .plugins import StyleTable, get_plugin_manager

__all__ = ["InputError", "Pipeline", "decode", "default_pipeline", "extract", "extract_file"]

GENERIC = "generic"
A = TypeVar("A", Metric, Quote, Claim)


class InputError(ValueError):
    """An input that cannot be read as an article; ``str()`` is one line naming the file."""

    def __init__(self, name: str, problem: str):
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


def decode(data: bytes, name: str = "<input>") -> str:
    """The article text of raw bytes: UTF-8, a leading BOM dropped, nothing else changed."""
    if not data.strip():
        raise InputError(name, "empty file" if not data else "file holds only white space")
    if b"\x00" in data:
        raise InputError(name, "binary file (it holds NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text (byte {exc.start} cannot be decoded)") from None
    return text.removeprefix("\ufeff")


class Pipeline:
    """The extraction pipeline over one plugin manager's plugins."""

    def __init__(self, pm: pluggy.PluginManager | None = None):
        self.pm = pm if pm is not None else get_plugin_manager()
        self.styles = StyleTable(self.pm)
        if GENERIC not in self.styles.entries:
            raise ValueError(f"no {GENERIC!r} style is registered; installed: {self.styles.names()}")
        # among equal scores: a specific style over generic, then the first by name
        ordered = sorted(self.styles.entries, key=lambda name: (name == GENERIC, name))
        self._tie_rank = {name: -i for i, name in enumerate(ordered)}

    def choose_style(self, text: str) -> str:
        """The best-scoring style; ties go to a specific style over ``generic``, then by name."""
        scores = self.styles.scores(text)
        return max(scores, key=lambda name: (scores[name], self._tie_rank[name]))

    def read_layout(self, style: str, text: str) -> Layout:
        layout = self.styles.call("read_layout", style, text=text)
        if layout is None:
            layout = Layout(body=(Span(0, len(text)),))
        return _clean_layout(layout, len(text))

    def extract(self, text: str, *, id: str | None = None, style: str | None = None) -> Article:
        if style is None:
            style = self.choose_style(text)
        else:
            self.styles.get(style)  # raises KeyError listing the installed styles
        layout = self.read_layout(style, text)
        doc = Document(id=id or "article", text=text, style=style, layout=layout)
        hook = self.pm.hook

        entities = _merge_entities(_results(hook.extract_entities(doc=doc)), doc)
        doc = attrs.evolve(doc, entities=entities)
        metrics = _number_spans(_inside(doc, _dedupe(_results(hook.extract_metrics(doc=doc)))), "m")
        doc = attrs.evolve(doc, metrics=metrics)
        quotes = _number_spans(_inside(doc, _results(hook.extract_quotes(doc=doc))), "q")
        doc = attrs.evolve(doc, quotes=quotes)
        claims = _link(_inside(doc, _results(hook.extract_claims(doc=doc))), entities, metrics, quotes)

        return Article(
            id=doc.id,
            style=style,
            source=layout.source,
            title=layout.title,
            authors=layout.authors,
            editors=layout.editors,
            published=layout.published,
            text=text,
            body=layout.body,
            entities=entities,
            metrics=metrics,
            quotes=quotes,
            claims=claims,
        )

    def extract_file(self, path: str | Path, *, style: str | None = None) -> Article:
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(str(path), "no such file") from None
        except IsADirectoryError:
            raise InputError(str(path), "is a directory, not a file") from None
        except OSError as exc:
            raise InputError(str(path), exc.strerror or str(exc)) from None
        return self.extract(decode(data, str(path)), id=path.stem, style=style)


def _clean_layout(layout: Layout, n: int) -> Layout:
    """Clip regions to the text and sort them, so plugins' small slips cannot break the article."""

    def clip(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        if all(0 <= a.start < a.end <= n for a in spans) and all(
            (a.start, a.end) < (b.start, b.end) for a, b in zip(spans, spans[1:])
        ):
            return spans  # what plugins nearly always give: nothing to mend
        out = {Span(max(0, min(s.start, n)), max(0, min(s.end, n))) for s in spans}
        return tuple(sorted((s for s in out if s.end > s.start), key=lambda s: (s.start, s.end)))

    body, headings = clip(layout.body), clip(layout.headings)
    if body is layout.body and headings is layout.headings:
        return layout
    return attrs.evolve(layout, body=body, headings=headings)


def _results(lists: Iterable[Iterable[Any] | None]) -> list[Any]:
    return [item for items in lists if items for item in items]


def _merge_entities(entities: list[Entity], doc: Document) -> tuple[Entity, ...]:
    """One entity per name (case-insensitive), mentions inside the body only, ordered by first
    mention and numbered so; each is built once, as this runs for every article."""
    merged: dict[str, tuple[Entity, dict[str, None], set[Span]]] = {}
    for entity in entities:
        mentions = [m for m in entity.mentions if doc.in_body(m.start, m.end)]
        if not mentions:
            continue
        key = entity.name.casefold()
        if key in merged:
            _, aliases, spans = merged[key]
            aliases.update(dict.fromkeys(entity.aliases))
            spans.update(mentions)
        else:
            merged[key] = (entity, dict.fromkeys(entity.aliases), set(mentions))
    rows = [
        (sorted(spans, key=lambda s: (s.start, s.end)), entity, aliases)
        for entity, aliases, spans in merged.values()
    ]
    rows.sort(key=lambda row: (row[0][0].start, row[1].name))
    return tuple(
        _replace(entity, id=f"e{i}", aliases=tuple(aliases), mentions=tuple(spans))
        for i, (spans, entity, aliases) in enumerate(rows, 1)
    )


def _inside(doc: Document, items: list[A]) -> list[A]:
    """Drop what a plugin placed outside the body: boilerplate is never annotated."""
    return [x for x in items if doc.in_body(x.start, x.end)]


def _dedupe(items: list[A]) -> list[A]:
    seen: set[tuple[int, int]] = set()
    out = []
    for x in items:
        if (x.start, x.end) not in seen:
            seen.add((x.start, x.end))
            out.append(x)
    return out


def _number_spans(items: list[A], prefix: str) -> tuple[A, ...]:
    ordered = sorted(items, key=lambda x: (x.start, x.end, getattr(x, "source", None) or ""))
    return tuple(_replace(x, id=f"{prefix}{i}") for i, x in enumerate(ordered, 1))


def _link(
    claims: list[Claim],
    entities: tuple[Entity, ...],
    metrics: tuple[Metric, ...],
    quotes: tuple[Quote, ...],
) -> tuple[Claim, ...]:
    """Number the claims by position and point each at the metrics and entity mentions inside it
    and the quotes overlapping it (each claim rebuilt once: this runs for every sentence)."""
    mentions = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
    mention_starts = [m[0] for m in mentions]
    metric_starts = [m.start for m in metrics]
    quote_starts = [q.start for q in quotes]
    # running maximum of the quotes' ends (ordered by start): a quote before the first index
    # whose running end passes the claim's start cannot reach into the claim
    quote_reach = list(itertools.accumulate((q.end for q in quotes), max))
    rank = {e.id: i for i, e in enumerate(entities)}  # the entities' order is their ids' order
    ordered = sorted(claims, key=lambda x: (x.start, x.end, x.source or ""))
    out = []
    for number, claim in enumerate(ordered, 1):
        lo, hi = claim.start, claim.end
        found_metrics = [
            m.id for m in metrics[bisect.bisect_left(metric_starts, lo) : bisect.bisect_left(metric_starts, hi)]
            if m.end <= hi
        ]
        found_quotes = [
            q.id
            for q in quotes[bisect.bisect_right(quote_reach, lo) : bisect.bisect_left(quote_starts, hi)]
            if lo < q.end
        ]
        found_entities = [
            eid for s, e, eid in mentions[bisect.bisect_left(mention_starts, lo) : bisect.bisect_left(mention_starts, hi)]
            if e <= hi
        ]
        out.append(
            _replace(
                claim,
                id=f"c{number}",
                metrics=tuple(dict.fromkeys(claim.metrics + tuple(found_metrics))),
                quotes=tuple(dict.fromkeys(claim.quotes + tuple(found_quotes))),
                entities=_in_id_order(dict.fromkeys(claim.entities + tuple(found_entities)), rank),
            )
        )
    return tuple(out)


def _replace(item: Any, **changes: Any) -> Any:
    """A copy of a validated annotation with the host's ids and links put in.

    Those values are valid by construction (ids the host numbers, ids that
    exist), so the copy skips the validation that built ``item``: this runs
    for every annotation of every article, and ``attrs.evolve`` would check
    every field again. The article built from them still checks its links.
    """
    cls = type(item)
    names, values = _fields_of(cls)
    new = object.__new__(cls)
    for name, value in zip(names, values(item)):
        _set(new, name, value)
    for name, value in changes.items():
        _set(new, name, value)
    return new


_set = object.__setattr__  # frozen attrs classes are set this way by their own __init__ too


_FIELDS: dict[type, tuple[tuple[str, ...], Any]] = {}


def _fields_of(cls: type) -> tuple[tuple[str, ...], Any]:
    """The field names of an attrs class, and a getter of all their values at once."""
    found = _FIELDS.get(cls)
    if found is None:
        names = tuple(a.name for a in attrs.fields(cls))
        getter = operator.attrgetter(*names)
        found = _FIELDS[cls] = (names, getter if len(names) > 1 else lambda item: (getter(item),))  # one name: no tuple
    return found


def _in_id_order(ids: Iterable[str], rank: dict[str, int]) -> tuple[str, ...]:
    ids = tuple(ids)
    if len(ids) < 2:
        return ids
    if all(i in rank for i in ids):
        return tuple(sorted(ids, key=rank.__getitem__))
    return tuple(sorted(ids, key=_id_order))


def _id_order(ident: str) -> tuple[str, int]:
    head = ident.rstrip("0123456789")
    tail = ident[len(head):]
    return head, int(tail) if tail else 0


@functools.cache
def default_pipeline() -> Pipeline:
    """The pipeline over every installed plugin, built on first use."""
    return Pipeline()


def extract(text: str, *, id: str | None = None, style: str | None = None) -> Article:
    """Extract an article from ``text``; ``style`` forces a source style by name."""
    return default_pipeline().extract(text, id=id, style=style)


def extract_file(path: str | Path, *, style: str | None = None) -> Article:
    """Extract the article in a UTF-8 file; its id is the file's stem."""
    return default_pipeline().extract_file(path, style=style)
