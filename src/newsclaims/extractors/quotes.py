"""Built-in plugin: quotations of four words or more, with their speakers (:mod:`newsclaims.text.quotes`)."""

from __future__ import annotations

from ..document import Document
from ..hookspecs import hookimpl
from ..model import Quote
from ..text.quotes import find_quotes


@hookimpl
def extract_quotes(doc: Document) -> list[Quote]:
    return find_quotes(doc.reading_text, doc.sentences, doc.entities, surface=doc.text)
