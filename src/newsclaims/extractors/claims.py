"""Built-in plugin: every sentence holding a metric, a quote or an attribution becomes a claim (:mod:`newsclaims.text.claims`)."""

from __future__ import annotations

from ..document import Document
from ..hookspecs import hookimpl
from ..model import Claim
from ..text.claims import find_claims


@hookimpl
def extract_claims(doc: Document) -> list[Claim]:
    return find_claims(doc)
