"""Scoring a style by the layout markers found in a text.

A style's score is the sum of the weights of its markers present in the
text, capped at 1, or 0 when a marker the style cannot do without is missing. Markers look only where they belong (the header, the
footer, anywhere), so scoring costs a few compiled regex scans whatever the
text holds, and the same text always gets the same score.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

import attrs
from attrs import field
from attrs import validators as v

__all__ = ["HEAD_CHARS", "TAIL_CHARS", "Marker", "marker_score", "markers_found"]

HEAD_CHARS = 3000
TAIL_CHARS = 4000
WHERE = ("head", "tail", "anywhere")


def _compile(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.M)


@attrs.frozen
class Marker:
    """A layout feature: worth ``weight`` when ``pattern`` (multi-line mode) matches in ``where``.

    ``where`` is ``head`` (the first :data:`HEAD_CHARS` characters), ``tail``
    (the last :data:`TAIL_CHARS`) or ``anywhere``. A ``required`` marker is
    one the layout cannot lack: without it the score is 0.
    """

    name: str
    pattern: re.Pattern[str] = field(converter=_compile)
    weight: float = field(validator=v.and_(v.ge(0.0), v.le(1.0)))
    where: str = field(default="anywhere", validator=v.in_(WHERE))
    required: bool = False

    def found(self, text: str) -> bool:
        if self.where == "head":
            return self.pattern.search(text, 0, HEAD_CHARS) is not None
        if self.where == "tail":
            return self.pattern.search(text, max(0, len(text) - TAIL_CHARS)) is not None
        return self.pattern.search(text) is not None


def markers_found(text: str, markers: Iterable[Marker]) -> tuple[str, ...]:
    """The names of the markers present in ``text`` (to explain a score)."""
    return tuple(m.name for m in markers if m.found(text))


def marker_score(text: str, markers: Iterable[Marker], extra: Callable[[str], float] | None = None) -> float:
    """The summed weights of the markers present in ``text`` (plus ``extra(text)``), at most 1.

    0 as soon as a required marker is missing (list those first: the rest
    are then not looked for). ``extra`` scores what a pattern cannot say,
    such as a count of headings; it runs only when the required markers
    are there. Rounded to 6 places so that sums compare as written.
    """
    total = 0.0
    for marker in markers:
        if marker.found(text):
            total += marker.weight
        elif marker.required:
            return 0.0
    if extra is not None:
        total += extra(text)
    return round(min(1.0, max(0.0, total)), 6)
