"""Built-in plugin: named entities found by capitalisation, context and a small lexicon (:mod:`newsclaims.text.entities`)."""

from __future__ import annotations

from ..document import Document
from ..hookspecs import hookimpl
from ..model import Entity
from ..text.entities import find_entities


@hookimpl
def extract_entities(doc: Document) -> list[Entity]:
    return find_entities(doc.reading_text, doc.sentences)  # a name may run over a wrapped line
