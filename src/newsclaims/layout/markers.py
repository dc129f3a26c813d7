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
    # A pattern opening with ``^`` is tried at every position, as re cannot skip ahead to
    # line starts; the same pattern opening with a newline instead lets it jump from one
    # line break to the next, many times faster. It matches one character earlier.
    _after_newline: re.Pattern[str] | None = field(
        init=False, eq=False, repr=False, default=attrs.Factory(lambda m: _after_newline(m.pattern), takes_self=True)
    )

    def found(self, text: str) -> bool:
        start, end = 0, len(text)
        if self.where == "head":
            end = min(end, HEAD_CHARS)
        elif self.where == "tail":
            start = max(0, end - TAIL_CHARS)
        if self._after_newline is None:
            return self.pattern.search(text, start, end) is not None
        # ``^`` matches at the start of the text, or after a newline (not at ``start`` as such)
        if start == 0 and self.pattern.match(text, 0, end) is not None:
            return True
        return self._after_newline.search(text, max(0, start - 1), end) is not None


def _after_newline(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with its leading multi-line ``^`` made a newline, or None if it has none."""
    source = pattern.pattern
    if not isinstance(source, str) or not source.startswith("^") or not pattern.flags & re.M:
        return None
    return re.compile(r"\n" + source[1:], pattern.flags)


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
