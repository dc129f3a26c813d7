"""Built-in plugin: every quantity in the body's sentences, normalised per FORMAT.md (:mod:`newsclaims.metrics`)."""

from __future__ import annotations

from ..document import Document
from ..hookspecs import hookimpl
from ..metrics.document import document_metrics
from ..metrics.numbers import exactly
from ..model import Metric


@hookimpl
@exactly
def extract_metrics(doc: Document) -> list[Metric]:
    return list(document_metrics(doc))
