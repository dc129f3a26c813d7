"""The plugin hooks of newsclaims. Each docstring here *is* the contract.

A plugin is any module or object with functions marked ``@hookimpl`` whose
names match these specs. Built-in plugins are registered exactly like
external ones, which are found through the ``newsclaims`` entry-point group::

    [project.entry-points.newsclaims]
    mystyle = "newsclaims_mystyle"

The pipeline calls the hooks in this order for each article:

1. :func:`register_styles` (once per plugin manager) then :func:`score_style`
   for every style, to pick the best-scoring one;
2. :func:`read_layout` of the chosen style: header metadata and body regions;
3. :func:`extract_entities`, :func:`extract_metrics`, :func:`extract_quotes`,
   :func:`extract_claims`, each seeing what the earlier steps found;
4. the host numbers the annotations and links each claim to the metrics,
   quotes and entities inside its sentence.

:func:`register_fields` is read by the query language's type checker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import pluggy

if TYPE_CHECKING:
    from .document import Document, FieldSpec, Layout, StyleInfo
    from .model import Claim, Entity, Metric, Quote

hookspec = pluggy.HookspecMarker("newsclaims")
hookimpl = pluggy.HookimplMarker("newsclaims")


@hookspec
def register_styles() -> "Iterable[StyleInfo] | None":
    """Name the source styles this plugin can read.

    A style is a publisher's layout: where its byline, date, captions,
    boilerplate and Q&A blocks sit. Style names are unique across everything
    installed; two plugins returning the same name is an error that names
    both packages.

    :returns: a list of :class:`~newsclaims.StyleInfo` (``name``, ``description``), or None.
    """


@hookspec(firstresult=True)
def score_style(style: str, text: str) -> float | None:
    """How well ``text`` fits ``style``, from 0 (not at all) to 1 (certainly).

    Called only on the plugin that registered ``style``, once per style and
    article. Score from the text's own markers (bylines, footers, labels),
    never from a file name: the same text must always get the same score.
    The built-in ``generic`` style always scores a low constant, so a style
    wins only when its markers are really there.

    :param style: one of the names this plugin returned from :func:`register_styles`.
    :param text: the whole input, unchanged.
    :returns: a float in ``[0, 1]``; stops at the first non-None result.
    """


@hookspec(firstresult=True)
def read_layout(style: str, text: str) -> "Layout | None":
    """Read the header metadata and the body regions of ``text`` laid out in ``style``.

    Called only on the plugin that registered ``style`` once that style won.
    Body regions are what the extractors read; everything outside them
    (bylines, captions, disclaimers, teasers, newsletter blocks) is
    boilerplate and is never annotated. Headings inside the body are listed
    so that they are not taken for sentences; ``topics`` says which stretch
    of text is about what (an answer is about what its question names).

    :param style: the winning style's name.
    :param text: the whole input, unchanged.
    :returns: a :class:`~newsclaims.Layout` whose spans index ``text``;
        stops at the first non-None result.
    """


@hookspec
def extract_entities(doc: "Document") -> "Iterable[Entity] | None":
    """Find the named entities of the body: people, organisations, media, products, places, events.

    Every plugin's entities are merged: entities of different plugins with
    the same name (ignoring case) become one, their aliases and mentions
    joined. Ids are assigned by the host afterwards, so any unique ids do.

    :param doc: the article so far: ``text``, ``style``, ``layout``, ``sentences``, and
        ``reading_text`` (``text`` with line breaks inside sentences read as spaces, for
        hard-wrapped text; the same offsets).
    :returns: an iterable of :class:`~newsclaims.Entity`, or None.
    """


@hookspec
def extract_metrics(doc: "Document") -> "Iterable[Metric] | None":
    """Find the quantities stated in the body, normalised per FORMAT.md.

    ``doc.entities`` holds the merged entities, for ``subject``. When two
    plugins return metrics with the same span, the first registered wins.

    :param doc: the article so far, entities included.
    :returns: an iterable of :class:`~newsclaims.Metric`, or None.
    """


@hookspec
def extract_quotes(doc: "Document") -> "Iterable[Quote] | None":
    """Find quotations in the body and who said them.

    ``doc.entities`` and ``doc.metrics`` are filled in. Speakers are
    canonical entity names where the speaker is named.

    :param doc: the article so far.
    :returns: an iterable of :class:`~newsclaims.Quote`, or None.
    """


@hookspec
def extract_claims(doc: "Document") -> "Iterable[Claim] | None":
    """Turn sentences of the body into claims: source, cue, subject and modality.

    ``doc.entities``, ``doc.metrics`` and ``doc.quotes`` are filled in, with
    their final ids. The claim's ``metrics``, ``quotes`` and ``entities`` may
    be left empty: the host links every claim to the annotations inside its
    span afterwards.

    :param doc: the article so far.
    :returns: an iterable of :class:`~newsclaims.Claim`, or None.
    """


@hookspec
def register_fields() -> "Iterable[FieldSpec] | None":
    """Declare fields that this plugin adds to annotations, for the query language.

    A plugin that stores a value in an annotation's ``extra`` mapping (which
    is written into its JSON object) declares it here so that queries can
    name it and the type checker knows its type.

    :returns: a list of :class:`~newsclaims.FieldSpec` (``owner``, ``name``,
        ``type``, ``doc``); ``owner`` is ``article``, ``claim``, ``metric``,
        ``quote``, ``entity`` or a new annotation type's name; or None.
    """
