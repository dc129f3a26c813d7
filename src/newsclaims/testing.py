"""Helpers for testing newsclaims plugins; also a pytest plugin (fixtures load automatically).

from newsclaims.testing import assert_layout, assert_style_wins, check_style_plugin

def test_my_style(newsclaims_only):
    pipeline = newsclaims_only(my_plugin_module)   # generic + my plugin, nothing else
    assert_style_wins(pipeline, TEXT, "mystyle")
    assert_layout(pipeline.read_layout("mystyle", TEXT), source="Acme", authors=["A. Writer"])

def test_my_style_behaves():
    check_style_plugin(my_plugin_module, [TEXT])  # well-formed layouts, fast on hostile input
"""

from __future__ import annotations

import datetime as _dt
import time
from typing import Any, Callable, Iterable, Mapping, Sequence

import pytest

from .document import Layout, StyleInfo
from .model import Article, Span
from .pipeline import Pipeline
from .plugins import get_plugin_manager

__all__ = [
    "HOSTILE_TEXTS",
    "assert_inside_body",
    "assert_layout",
    "assert_style_wins",
    "assert_well_formed_layout",
    "check_style_plugin",
    "make_pipeline",
    "newsclaims_only",
    "newsclaims_pipeline",
    "only_plugins",
]

GENERIC_STYLE = "newsclaims.styles.generic"
LAYOUT_FIELDS = ("source", "title", "authors", "editors", "published", "body", "headings", "topics")

# Inputs from the open web at their worst, ~200 kB each: big enough that a regex that
# backtracks or a loop over pairs of lines would take minutes, small enough to run in a test.
HOSTILE_TEXTS = {
    "one long line": "word " * 40_000,
    "only newlines": "\n" * 200_000,
    "only spaces": " " * 200_000,
    "long digit run": "7" * 200_000,
    "many labels": "Author: A Writer\nEditor: An Editor\n" * 6_000,
    "many Q&A lines": "Q: What is it?\nA: It is.\n" * 8_000,
    "many short lines": "Short line\n" * 20_000,
    "brackets and dashes": "(" * 50_000 + " - " * 30_000 + ")" * 50_000,
    "marks only": "|\n©\n—\n" * 30_000,
    "mixed scripts": "新闻 © 2025 «цитата» — ‘quote’\u00a0\u2028\n" * 6_000,
}
HOSTILE_SECONDS = 2.0  # per hook call; linear code takes well under a second


def make_pipeline(*plugins: Any, builtins: bool = True, entry_points: bool = False) -> Pipeline:
    """A pipeline with the built-ins (unless ``builtins=False``) and exactly ``plugins`` besides.

    Installed plugins are left out unless ``entry_points=True``, so a test sees
    only what it names.
    """
    return Pipeline(get_plugin_manager(builtins=builtins, entry_points=entry_points, plugins=plugins))


def only_plugins(*plugins: Any, extractors: bool = False) -> Pipeline:
    """A pipeline running only ``plugins``, besides the ``generic`` fallback style every pipeline needs.

    The built-in extractors are left out unless ``extractors=True``, so a
    style plugin's test sees its layout alone; installed plugins never load.
    """
    if extractors:
        return make_pipeline(*plugins)
    import importlib

    generic = importlib.import_module(GENERIC_STYLE)
    return make_pipeline(generic, *(p for p in plugins if p is not generic), builtins=False)


@pytest.fixture
def newsclaims_pipeline() -> Callable[..., Pipeline]:
    """A factory: ``newsclaims_pipeline(plugin, ...)`` gives a pipeline with the built-ins and those plugins."""
    return make_pipeline


@pytest.fixture
def newsclaims_only() -> Callable[..., Pipeline]:
    """A factory: ``newsclaims_only(plugin, ...)`` gives a pipeline with only ``generic`` and those plugins."""
    return only_plugins


def assert_style_wins(pipeline: Pipeline, text: str, style: str, *, margin: float = 0.2) -> dict[str, float]:
    """Fail unless ``style`` scores best on ``text``, ahead of every other style by ``margin``.

    :returns: every style's score, to inspect further.
    """
    scores = pipeline.styles.scores(text)
    assert style in scores, f"style {style!r} is not installed; installed: {sorted(scores)}"
    rivals = {name: s for name, s in scores.items() if name != style}
    best_rival = max(rivals, key=rivals.__getitem__, default=None)
    table = ", ".join(f"{n}={s:.2f}" for n, s in sorted(scores.items(), key=lambda kv: -kv[1]))
    if best_rival is not None:
        assert scores[style] - rivals[best_rival] >= margin, (
            f"{style!r} scores {scores[style]:.2f}, not {margin} ahead of {best_rival!r}: {table}"
        )
    assert pipeline.choose_style(text) == style, f"the pipeline chose {pipeline.choose_style(text)!r}: {table}"
    return scores


def _normalise(name: str, value: Any) -> Any:
    if name == "published" and isinstance(value, str):
        return _dt.date.fromisoformat(value)
    if name in ("authors", "editors") and isinstance(value, (list, tuple)):
        return tuple(value)
    if name in ("body", "headings") and isinstance(value, (list, tuple)):
        return tuple(Span(**v) if isinstance(v, Mapping) else v for v in value)
    return value


def assert_layout(layout: Layout | Article, **expected: Any) -> None:
    """Fail unless each named field of ``layout`` (or an article) equals the expected value.

    Values may be written as in the JSON form: ``published="2025-12-04"``,
    ``authors=["A. Writer"]``, ``body=[{"start": 0, "end": 10}]``. Every
    mismatch is reported at once.
    """
    unknown = set(expected) - set(LAYOUT_FIELDS)
    if unknown:
        raise TypeError(f"not layout fields: {sorted(unknown)}; known: {LAYOUT_FIELDS}")
    wrong = []
    for name, want in expected.items():
        got = getattr(layout, name)
        if got != _normalise(name, want):
            wrong.append(f"{name}: got {got!r}, expected {want!r}")
    assert not wrong, "layout differs:\n  " + "\n  ".join(wrong)


def _annotation_spans(article: Article | Mapping[str, Any]) -> Iterable[tuple[str, int, int, str]]:
    """(kind, start, end, text) of every annotation, from an Article or its JSON form (gold files)."""
    get = article.get if isinstance(article, Mapping) else (lambda k, d=None: getattr(article, k, d))
    text = get("text", "") or ""
    for group in ("metrics", "quotes", "claims"):
        for item in get(group, ()) or ():
            start, end = (item["start"], item["end"]) if isinstance(item, Mapping) else (item.start, item.end)
            yield group, start, end, text[start:end]
    for entity in get("entities", ()) or ():
        mentions = entity.get("mentions", ()) if isinstance(entity, Mapping) else entity.mentions
        for m in mentions or ():
            start, end = (m["start"], m["end"]) if isinstance(m, Mapping) else (m.start, m.end)
            yield "entity mention", start, end, text[start:end]


def assert_inside_body(article: Article | Mapping[str, Any], body: Sequence[Span] | None = None) -> None:
    """Fail if any annotation of ``article`` lies outside its body regions (or outside ``body``).

    ``article`` may be an :class:`~newsclaims.Article` or its JSON form, so
    ``assert_inside_body(gold, body=layout.body)`` checks that a style's body
    keeps every hand-made annotation.
    """
    if body is None:
        body = article["body"] if isinstance(article, Mapping) else article.body
    regions = [(r["start"], r["end"]) if isinstance(r, Mapping) else (r.start, r.end) for r in body]
    outside = [
        f"{kind} {start}-{end} {snippet!r}"
        for kind, start, end, snippet in _annotation_spans(article)
        if not any(lo <= start and end <= hi for lo, hi in regions)
    ]
    assert not outside, f"{len(outside)} annotations lie outside the body {regions}:\n  " + "\n  ".join(outside[:20])


def assert_well_formed_layout(text: str, layout: Layout) -> None:
    """Fail unless ``layout``'s spans index ``text`` as the host expects.

    Body regions are sorted, apart, inside the text and trimmed of white
    space; headings and topics lie inside the body.
    """
    assert isinstance(layout, Layout), f"read_layout returned {type(layout).__name__}, not a Layout"
    n = len(text)
    previous_end = -1
    for region in layout.body:
        assert 0 <= region.start < region.end <= n, f"body region {region} is outside the text ({n} characters)"
        assert region.start > previous_end, f"body region {region} overlaps or touches the one before"
        chunk = text[region.start : region.end]
        assert chunk == chunk.strip(), (
            f"body region {region} has white space at an end: {chunk[:20]!r}...{chunk[-20:]!r}"
        )
        previous_end = region.end

    def in_body(span: Span) -> bool:
        return any(r.start <= span.start and span.end <= r.end for r in layout.body)

    for heading in layout.headings:
        assert in_body(heading), f"heading {heading} {text[heading.start : heading.end]!r} is outside the body"
    for topic in layout.topics:
        assert in_body(topic.span), (
            f"topic {topic.span} {text[topic.span.start : topic.span.end]!r} is outside the body"
        )
        assert 0 <= topic.about.start < topic.about.end <= n, f"topic's about {topic.about} is outside the text"


def _styles_of(plugin: Any) -> list[str]:
    infos = list(plugin.register_styles() or ())
    assert infos, "register_styles returned no styles"
    for info in infos:
        assert isinstance(info, StyleInfo), f"register_styles returned {info!r}, not a StyleInfo"
    return [info.name for info in infos]


def _timed(call: Callable[[], Any], what: str) -> Any:
    started = time.perf_counter()
    result = call()
    took = time.perf_counter() - started
    assert took < HOSTILE_SECONDS, f"{what} took {took:.1f} s: not linear in the input"
    return result


def check_style_plugin(plugin: Any, texts: Iterable[str] = (), *, hostile: bool = True) -> None:
    """Run a style plugin's hooks on ``texts`` and on :data:`HOSTILE_TEXTS`; fail on any misbehaviour.

    For each of its styles: the score is a number in ``[0, 1]``, the same on
    a second call; ``read_layout`` returns None or a well-formed layout; and
    neither takes long on hostile input.
    """
    samples = [(f"text {i}", t) for i, t in enumerate(texts)]
    if hostile:
        samples += list(HOSTILE_TEXTS.items())
    for style in _styles_of(plugin):
        for label, text in samples:
            score = _timed(lambda: plugin.score_style(style=style, text=text), f"score_style({style!r}) on {label}")
            assert score is None or 0.0 <= float(score) <= 1.0, f"{style!r} scored {score!r} on {label}, not in [0, 1]"
            assert plugin.score_style(style=style, text=text) == score, f"{style!r} scores {label} differently twice"
            layout = _timed(lambda: plugin.read_layout(style=style, text=text), f"read_layout({style!r}) on {label}")
            if layout is not None:
                assert_well_formed_layout(text, layout)
