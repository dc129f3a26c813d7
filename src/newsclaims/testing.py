"""Helpers for testing newsclaims plugins; also a pytest plugin (fixtures load automatically).

    def test_my_style(newsclaims_pipeline):
        pipeline = newsclaims_pipeline(my_plugin_module)
        article = pipeline.extract(TEXT)
        assert_inside_body(article)
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .model import Article
from .pipeline import Pipeline
from .plugins import get_plugin_manager

__all__ = ["assert_inside_body", "make_pipeline", "newsclaims_pipeline"]


def make_pipeline(*plugins: Any, builtins: bool = True, entry_points: bool = False) -> Pipeline:
    """A pipeline with the built-ins (unless ``builtins=False``) and exactly ``plugins`` besides.

    Installed plugins are left out unless ``entry_points=True``, so a test sees
    only what it names.
    """
    return Pipeline(get_plugin_manager(builtins=builtins, entry_points=entry_points, plugins=plugins))


def assert_inside_body(article: Article) -> None:
    """Fail if any annotation of ``article`` lies outside its body regions."""

    def inside(start: int, end: int) -> bool:
        return any(r.start <= start and end <= r.end for r in article.body)

    for group in ("metrics", "quotes", "claims"):
        for item in getattr(article, group):
            assert inside(item.start, item.end), f"{group} {item.id} {item.text!r} lies outside the body"
    for entity in article.entities:
        for m in entity.mentions:
            assert inside(m.start, m.end), f"entity {entity.name!r} mention {m.start}-{m.end} lies outside the body"


@pytest.fixture
def newsclaims_pipeline() -> Callable[..., Pipeline]:
    """A factory: ``newsclaims_pipeline(plugin, ...)`` gives a pipeline with the built-ins and those plugins."""
    return make_pipeline
