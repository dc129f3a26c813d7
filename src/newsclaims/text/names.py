"""Forms of one name, and which entity a mention, surname or pronoun stands for.

Clustering joins the forms of one entity found in an article: a person's
surname or "Mr Surname" ("Altman" -> "Sam Altman"), a product named with or
without its maker ("Gemini" -> "Google Gemini"), an acronym of the initials
("WSJ" -> "Wall Street Journal"), and the alternative names a lexicon
groups. The canonical name is the fullest form the article uses.

:class:`MentionIndex` answers, for the later steps, which entity is
mentioned at an offset and who "he" or "she" is there: the last person
mentioned before it whose gender (from a given name or an honorific) does
not conflict.
"""

from __future__ import annotations

import bisect
from typing import Final, Iterable, Sequence

from ..model import Entity, EntityKind
from .lexicon import (
    COMPASS_WORDS,
    DEMONYMS,
    FEMALE_HONORIFICS,
    FEMALE_NAMES,
    GIVEN_NAMES,
    HONORIFICS,
    LEGAL_SUFFIXES,
    MALE_HONORIFICS,
    MALE_NAMES,
    PERSON_PRONOUNS,
)

__all__ = ["MentionIndex", "acronym_of", "cluster_forms", "gender_of"]

_SKIP_IN_ACRONYM: Final = frozenset({"The", "of", "the", "and", "&", "for", "de"})


# demonyms that open the longer form of a name ("European Community" of "Community")
_NAME_DEMONYMS: Final = DEMONYMS - COMPASS_WORDS


def acronym_of(form: str) -> str:
    """"Wall Street Journal" -> "WSJ"; words that acronyms skip are skipped."""
    return "".join([w[0] for w in form.split() if w[0].isupper() and w not in _SKIP_IN_ACRONYM])


def gender_of(name: str) -> str | None:
    """'m', 'f' or None, from a leading given name or honorific."""
    first = name.split(" ", 1)[0]
    if first in MALE_NAMES or first in MALE_HONORIFICS:
        return "m"
    if first in FEMALE_NAMES or first in FEMALE_HONORIFICS:
        return "f"
    return None


def surname_of(name: str) -> str:
    """The last word of a full name, less a generation ("Patrick Carlineo Jr." is a Carlineo)."""
    rest, _, last = name.rpartition(" ")
    if rest and " " in rest and last in _GENERATIONS:
        return rest.rpartition(" ")[2].rstrip(",")
    return last


_GENERATIONS: Final = frozenset("Jr. Jr Sr. Sr II III IV".split())


def cluster_forms(
    forms: Sequence[str], person_like: set[str], groups: dict[str, str], bare: set[str] | None = None
) -> dict[str, str]:
    """Map each form to the canonical (fullest) form of its cluster.

    :param forms: the accepted name forms of one article.
    :param person_like: forms that look like a person's full name (their last word is a surname).
    :param groups: form -> lexicon group key, for names a lexicon says are the same.
    :param bare: the one-word forms nothing in the article calls anything but a person, which may be
        a first name used alone (None: any one-word form may).

    The result lists the clusters in the order of their first form, each cluster's forms in order.
    """
    if len(forms) == 1:
        return {forms[0]: forms[0]}  # (every rule below joins two different forms)
    # Union-find over the forms; ``parent`` holds only forms joined under another one. The rules
    # below decide from the forms alone, never from the clusters so far, so their order is free.
    parent: dict[str, str] = {}

    def find(f: str) -> str:
        while f in parent:
            up = parent[f]
            if up in parent:
                parent[f] = parent[up]  # path halving
            f = parent[f]
        return f

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    present = set(forms)
    # surnames and "Mr Surname": only when one person in the article has that surname
    if person_like:
        by_surname: dict[str, list[str]] = {}
        honorific_forms = []
        for f in person_like:
            words = f.split(" ")
            if words[0] in HONORIFICS:
                honorific_forms.append(f)
                if len(words) > 2 and " ".join(words[1:]) not in present:
                    # "Dr Michael Bjorn" with no "Michael Bjorn": the full name, for "Dr Bjorn" and "Bjorn"
                    by_surname.setdefault(words[-1], []).append(f)
            else:
                by_surname.setdefault(surname_of(f), []).append(f)
        for surname, fulls in by_surname.items():
            if len(fulls) > 1 and _one_person(fulls):
                for f in fulls[1:]:
                    union(fulls[0], f)
                del fulls[1:]
            if surname in present and len(fulls) == 1 and surname not in person_like:
                union(fulls[0], surname)
        for f in honorific_forms:
            surname = f.rsplit(" ", 1)[-1]
            fulls = by_surname.get(surname, [])
            if len(fulls) == 1:
                union(fulls[0], f)
            elif not fulls and surname in present:
                union(f, surname)
        _join_first_names(present if bare is None else present & bare, person_like, groups, by_surname, union)
    by_acronym: dict[str, list[str]] = {}
    for f in forms:
        if " " not in f:
            continue
        words = f.split(" ")
        # a company with and without its legal suffix: "Acme Group Corp" and "Acme"
        if words[-1] in LEGAL_SUFFIXES:
            shorter = words[:]
            while len(shorter) > 1 and shorter[-1] in LEGAL_SUFFIXES:
                shorter.pop()
                if " ".join(shorter) in present:
                    union(" ".join(shorter), f)
                    break
        # a product with and without its maker's name: "Google Gemini" and "Gemini"
        if words[0] in present and f not in person_like:
            rest = " ".join(words[1:])
            if rest in present and rest not in person_like:
                union(f, rest)
        # a name with and without the demonym before it: "Afghan Taliban" and "Taliban" (not a place
        # within a place: "Northern Ireland" is not "Ireland")
        if words[0] in _NAME_DEMONYMS and f not in person_like:
            rest = " ".join(words[1:])
            if rest in present and rest not in person_like and rest not in groups:
                union(f, rest)
        # acronyms of multi-word names
        a = acronym_of(f)
        if len(a) >= 2:
            by_acronym.setdefault(a, []).append(f)
    if by_acronym:
        for f in forms:
            if f in by_acronym and len(by_acronym[f]) == 1 and len(f) >= 2 and f.isupper() and f not in groups:
                full = by_acronym[f][0]
                if full not in person_like and full not in groups:
                    union(full, f)
    # lexicon groups and "The X" ~ "X"
    by_group: dict[str, str] = {}
    for f in forms:
        key = groups.get(f) or f.removeprefix("The ")
        if key in by_group:
            union(by_group[key], f)
        else:
            by_group[key] = f
    if not parent:
        return {f: f for f in forms}  # nothing joined: every form is its own cluster
    members: dict[str, list[str]] = {}
    for f in forms:
        root = find(f)
        group = members.get(root)
        if group is None:
            members[root] = [f]
        else:
            group.append(f)
    out = {}
    for group in members.values():
        canonical = group[0] if len(group) == 1 else max(group, key=lambda f: (f.count(" ") + 1, len(f), f))
        for f in group:
            out[f] = canonical
    return out


def _one_person(fulls: list[str]) -> bool:
    """Whether full names with one surname are forms of one person's: the same given name or a
    short form of it, with or without initials ("Pat Carlineo" and "Patrick W. Carlineo", "Carl
    Icahn" and "Carl C. Icahn"); not two given names ("Venus Williams" and "Serena Williams")."""
    firsts = [f.split(" ", 1)[0] for f in fulls]
    shortest = min(firsts, key=len)
    longest = max(firsts, key=len)
    return (
        len(shortest) >= 3
        and longest in GIVEN_NAMES  # (not two shows: "Strictly Come Dancing")
        and all([g.startswith(shortest) for g in firsts])
    )


def _join_first_names(candidates: set[str], person_like: set[str], groups: dict[str, str], by_surname: dict[str, list[str]], union) -> None:
    """A first name used alone (one of ``candidates``) for the one person of the article whose full
    name opens with it: "Kate" with "Kate York", "Xi" with "Xi Jinping"; not a surname of another
    ("Taylor" beside "Ana Taylor"), nor a place or outlet the lexicon knows ("Jordan" beside
    "Jordan Hale")."""
    by_first: dict[str, list[str]] = {}
    for f in person_like:
        first = f.split(" ", 1)[0]
        if first not in HONORIFICS:
            by_first.setdefault(first, []).append(f)
    for first, fulls in by_first.items():
        if len(fulls) == 1 and first in candidates and first not in person_like and first not in groups and first not in by_surname:
            union(fulls[0], first)


class MentionIndex:
    """Entity mentions of an article sorted by position, for lookups by offset."""

    def __init__(self, entities: Iterable[Entity], text: str):
        rows = []
        for e in entities:
            for m in e.mentions:
                rows.append((m.start, m.end, e))
        rows.sort(key=lambda r: (r[0], -r[1]))
        self.starts = [r[0] for r in rows]
        self.rows = rows
        self.text = text
        self.by_name = {}
        for e in entities:
            self.by_name[e.name] = e
        people = [r for r in rows if r[2].kind is EntityKind.PERSON]
        self.person_starts = [r[0] for r in people]
        self.people = people
        self._gender: dict[str, str | None] = {
            e.name: gender_of(e.name) for e in entities if e.kind is EntityKind.PERSON
        }
        for start, end, e in people:
            # "Mr Ode", "Ms Velo": an honorific before the mention fixes the gender
            before = text[max(0, start - 5) : start].split()
            if before and self._gender.get(e.name) is None:
                self._gender[e.name] = gender_of(before[-1])

    def within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions lying inside ``[start, end)``, in order."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.rows) and self.rows[i][0] < end:
            if self.rows[i][1] <= end:
                out.append(self.rows[i])
            i += 1
        return out

    def person_before(self, pos: int, pronoun: str | None = None, limit: int = 40) -> tuple[int, int, Entity] | None:
        """The last person mentioned before ``pos`` that ``pronoun`` can stand for."""
        want = PERSON_PRONOUNS.get(pronoun.lower()) if pronoun else None
        i = bisect.bisect_left(self.person_starts, pos) - 1
        seen = 0
        while i >= 0 and seen < limit:
            row = self.people[i]
            g = self._gender.get(row[2].name)
            if want is None or g is None or g == want:
                return row
            i -= 1
            seen += 1
        return None

    def main_before(self, pos: int, kinds: frozenset[EntityKind], floor: int = 0) -> Entity | None:
        """Of the entities of ``kinds`` mentioned between ``floor`` and ``pos``, the one the article
        mentions most ("the company" is the one the story is about, not the last one named)."""
        i = bisect.bisect_left(self.starts, pos) - 1
        best: Entity | None = None
        while i >= 0 and self.rows[i][0] >= floor:
            e = self.rows[i][2]
            if e.kind in kinds and (best is None or len(e.mentions) > len(best.mentions)):
                best = e
            i -= 1
        return best

    def titled_before(self, pos: int, title: str, floor: int = 0) -> Entity | None:
        """Of the people mentioned between ``floor`` and ``pos`` with ``title`` (lower case) just
        before a mention ("President Donald Trump", "actor James Van Der Beek"), the one the
        article mentions most: who "the president" or "the actor" is."""
        i = bisect.bisect_left(self.person_starts, pos) - 1
        best: Entity | None = None
        while i >= 0 and self.people[i][0] >= floor:
            start, _, e = self.people[i]
            if (best is None or len(e.mentions) > len(best.mentions)) and _has_title(self.text, start, title):
                best = e
            i -= 1
        return best

    def last_before(self, pos: int, kinds: frozenset[EntityKind], floor: int = 0) -> tuple[int, int, Entity] | None:
        """The last mention of one of ``kinds`` between ``floor`` and ``pos``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.rows[i][0] >= floor:
            if self.rows[i][2].kind in kinds and self.rows[i][1] <= pos:
                return self.rows[i]
            i -= 1
        return None


def _has_title(text: str, start: int, title: str) -> bool:
    """Whether ``title`` is the word right before ``start`` ("U.S. President Donald Trump"), and
    not a deputy's ("Vice President Biden")."""
    before = text[max(0, start - 40) : start]
    words = before.lower().split()[-2:]
    if not words or not before[-1:].isspace():
        return False
    last = _ABBREVIATED_TITLES.get(words[-1], words[-1])  # "Gov. Eric Holcomb" is "the governor"
    return last == title and words[0] not in ("vice", "deputy", "assistant")


_ABBREVIATED_TITLES: Final = {
    "gov.": "governor", "sen.": "senator", "pres.": "president", "prof.": "professor",
    "sec.": "secretary", "amb.": "ambassador",
}
