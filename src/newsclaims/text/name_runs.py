"""Splitting a run of capitalised words into the names it holds, and the name lexicon.

A run such as "OpenAI CEO Sam Altman" or "The Bank of America" is split at
titles and roles (which also hint at a kind: "CEO" before a person, after
an employer), function words, months, demonyms not opening a name, and
connectors ("of", "and", "&") that do not belong to the name; lexicon names
("The Wall Street Journal", "Hong Kong") are kept whole. What each word can
do is a set of bits worked out once per word; the names of a run are worked
out once per run (both in a :class:`~newsclaims.text.memo.Memo`).
"""

from __future__ import annotations

from typing import Final

import re

from ..model import EntityKind
from . import lexicon as lx
from .memo import Memo

__all__ = ["CONNECTORS", "JOIN", "LEXICON", "NEVER_NAMES", "NUM", "NUM_RE", "PLAIN", "SPLITS", "UPPER"]

P: Final = EntityKind.PERSON
O: Final = EntityKind.ORG
PL: Final = EntityKind.PLACE
M: Final = EntityKind.MEDIA

UPPER: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de"
# A version number after a name ("Gemini 3", "Claude Opus 4.5"), never a year or an amount, nor
# the first number of a score, a range, a fraction or a time ("Ana Velo 6-4", "Money 20/20").
# Nor the first score of a result line ("Wild 4, Sabres 1: ..."; not a list of versions, "Halo 2, Doom 3").
NUM: Final = r"\d{1,3}(?:\.\d{1,2})?(?![\d%]|[.,:/\u2013-]\d|, [A-Z][\w.]{0,20}(?: [A-Z][\w.]{0,20}){0,2} \d{1,2}:)"
JOIN: Final = r"(?:of the|of|for|and|de|du|da|del|der|van|von|le|la|&)"
CONNECTORS: Final = frozenset(JOIN.strip("(?:)").split("|") + ["the"])
PLAIN: Final = re.compile(rf"[{UPPER}][^\W\d_A-Z]+(?:['\u2019-][^\W\d_][^\W\d_A-Z]+)?\Z|Ma?c[A-Z][a-z]+\Z")


def _build_lexicon() -> tuple[dict[str, tuple[str, EntityKind]], int]:
    """Every form of the media and place names (with and without "The") -> (canonical name, kind)."""
    table: dict[str, tuple[str, EntityKind]] = {}
    for lines, kind in ((lx.MEDIA_NAMES, M), (lx.PLACE_NAMES, PL)):
        for line in lines:
            names = line.split("|")
            for name in names:
                table.setdefault(name, (names[0], kind))
                if name.startswith("The "):
                    table.setdefault(name[4:], (names[0], kind))
    return table, max(len(k.split()) for k in table)


LEXICON, _LEXICON_WORDS = _build_lexicon()
# First words of the lexicon names: most words open none, and are rejected before any join.
_LEXICON_FIRST: Final = frozenset(k.split(" ", 1)[0] for k in LEXICON)


# The names of a run: ``(start, end, form, hint)`` relative to the run.
Names = tuple[tuple[int, int, str, EntityKind | None], ...]


def _split_words(run: str) -> Names:
    """The names in one capitalised run, split at titles, function words, dates and connectors.

    Returns ``(start, end, form, hint)`` relative to the run (:data:`SPLITS` keeps them: names recur).
    """
    if " " not in run and "-" not in run and "\u00a0" not in run:
        # one word (most runs): the general loop below comes to this
        f = _WORD_FLAGS[run]
        if f & _PLAIN_WORD:
            if f & (_PLURAL_ACRONYM | _NUMBER):
                return ()
            if run.endswith(".") and not _keeps_period(run):
                return ((0, len(run) - 1, run[:-1], None),)
            return ((0, len(run), run, None),)
    toks: list[tuple[int, int]] = []  # (start, end) of each word in the run
    words: list[str] = []
    flags: list[int] = []
    all_plain = True
    breaks_after: dict[int, EntityKind | None] = {}
    start = 0
    # a run's words are parted by exactly one space or no-break space (see _CANDIDATE)
    for word in run.replace("\u00a0", " ").split(" "):
        end = start + len(word)
        after = end + 1  # where the next word starts
        ending = _adjective_ending(word) if "-" in word else None
        if ending:
            word, end = word[: -len(ending)], end - len(ending)
            if len(word) < 2:
                break
            # "Canada-based Shopify": a name ends at the adjective, and what follows starts afresh
            breaks_after[len(toks)] = PL if ending == "-based" else None
        f = _WORD_FLAGS[word]
        toks.append((start, end))
        words.append(word)
        flags.append(f)
        if not f & _PLAIN_WORD:
            all_plain = False
        start = after
    if not toks:
        return ()
    n = len(toks)
    if n >= 3 and words[0] in _OPENING_ROLES and _bare_full_name(words, 1):
        # "Actor Tom Hanks", "Boss Steve Bruce": a role noun capitalised to open a sentence is a title
        shift = toks[1][0]
        return tuple(
            [(s + shift, e + shift, form, P if k == 0 and hint is None else hint)
             for k, (s, e, form, hint) in enumerate(_split_words(run[shift:]))]
        )
    out: list[tuple[int, int, str, EntityKind | None]] = []
    if not breaks_after:
        # Most runs are plain words, maybe after function words or a month ("The OMB", "March 20"):
        # the loop below passes over those (no name is open yet) and makes one name of the rest,
        # less a plural acronym at the end (what _flush does with cur = range(j, n)).
        j = 0
        if not all_plain:
            while j < n and flags[j] & _STOP and not flags[j] & (_LEXICON_START | _ROLE):
                j += 1
        if all_plain or all([f & _PLAIN_WORD for f in flags[j:]]):
            k = n
            while k > j and flags[k - 1] & _PLURAL_ACRONYM:
                k -= 1
            if k == j or all([f & _NUMBER for f in flags[j:k]]):
                return ()
            last, e = words[k - 1], toks[k - 1][1]
            if last[-1] == "." and not _keeps_period(last):
                e -= 1
                last = last[:-1]
            return ((toks[j][0], e, " ".join(words[j : k - 1] + [last]) if k > j + 1 else last, None),)
    cur: list[int] = []
    hint: EntityKind | None = None

    def flush(next_hint: EntityKind | None = None) -> None:
        nonlocal cur, hint
        _flush(toks, words, flags, cur, hint or next_hint, out)
        cur = []
        hint = None

    i = 0
    while i < n:
        f = flags[i]
        if f & _PLAIN_WORD:  # the common case: a word that is just part of a name
            cur.append(i)
            i += 1
            if breaks_after and i - 1 in breaks_after:
                hint = hint or breaks_after[i - 1]
                flush()
            continue
        lex = _lexicon_run(words, i) if not cur and f & _LEXICON_START else 0
        if lex and not _place_opens_name(words, i, lex):
            cur = list(range(i, i + lex))
            flush()
            i += lex
            continue
        if f & _ROLE and _role_applies(words, i):
            j = i + 1
            while j < n and (
                flags[j] & (_ROLE | _DEPARTMENT)
                or (words[j] in ("of", "&") and j + 1 < n and flags[j + 1] & _DEPARTMENT)
            ):
                j += 1
            # what stood before the title is its employer ("OpenAI CEO")
            if cur and not all(flags[k] & _DEPARTMENT for k in cur):
                flush(O)
            cur = []
            if j < n and words[j] == "of":
                hint = O  # "CEO of Instacart"
                i = j + 1
            else:
                hint = P
                if f & _HONORIFIC and j < n:
                    cur = [i]  # "Mr Jobs" keeps its honorific
                i = j
            continue
        if (
            f & _STOP
            or (f & _DEMONYM and not _demonym_in_name(words, i))
            or (f & _CONNECTOR and not (cur and _keeps_connector(words, cur, i)))
        ):
            keep = hint
            flush()
            hint = keep if f & _CONNECTOR else None
            i += 1
            continue
        cur.append(i)
        i += 1
        if i - 1 in breaks_after:
            hint = hint or breaks_after[i - 1]
            flush()
    flush()
    return tuple(out)


def _flush(toks: list, words: list[str], flags: list[int], cur: list[int], hint, out: list) -> None:
    """Add the name made of the words ``cur`` of a run to ``out``, connectors and plurals trimmed."""
    while cur and flags[cur[-1]] & (_CONNECTOR | _PLURAL_ACRONYM):
        cur.pop()
    while cur and flags[cur[0]] & _CONNECTOR:
        cur.pop(0)
    if cur and not all([flags[i] & _NUMBER for i in cur]):
        s, e = toks[cur[0]][0], toks[cur[-1]][1]
        last = words[cur[-1]]
        if last.endswith(".") and not _keeps_period(last):
            e -= 1
            last = last[:-1]
        form = " ".join([words[i] for i in cur[:-1]] + [last]) if len(cur) > 1 else last
        out.append((s, e, form, hint))


# What one word of a run can do in _split_words, as bits (cached: a few thousand words recur).
_LEXICON_START, _ROLE, _HONORIFIC, _DEPARTMENT, _STOP, _DEMONYM, _CONNECTOR, _PLURAL_ACRONYM, _NUMBER = (
    1 << k for k in range(9)
)
_PLAIN_WORD: Final = 1 << 9  # none of the bits that stop, start or end a name: the word simply joins it


def _word_flags(w: str) -> int:
    f = _AS_WRITTEN.get(w, 0) | _BARE.get(w.rstrip("."), 0)
    if len(w) > 2 and w[-1] == "s" and w[:-1].isupper():
        f |= _PLURAL_ACRONYM  # "NBAs", trimmed from the end of a name
    if w[:1].isdecimal() and NUM_RE.match(w):
        f |= _NUMBER
    if not f & (_LEXICON_START | _ROLE | _STOP | _DEMONYM | _CONNECTOR):
        f |= _PLAIN_WORD
    return f


_WORD_FLAGS: Final[Memo[str, int]] = Memo(_word_flags)


def _lexical_flags() -> tuple[dict[str, int], dict[str, int]]:
    """The bits the word lists give a word as written, and with its final periods stripped."""
    as_written: dict[str, int] = {}
    bare: dict[str, int] = {}
    for table, lists in (
        (as_written, ((_LEXICON_FIRST, _LEXICON_START), (lx.ROLE_WORDS, _ROLE), (lx.HONORIFICS, _HONORIFIC),
                      (lx.MONTHS, _STOP), (lx.TITLE_DEPARTMENTS, _DEPARTMENT), (CONNECTORS, _CONNECTOR))),
        (bare, ((_LEXICON_FIRST, _LEXICON_START), (lx.ROLE_WORDS, _ROLE), (lx.HONORIFICS, _HONORIFIC),
                (lx.MONTHS, _STOP), (lx.FUNCTION_WORDS, _STOP), (lx.DEMONYMS, _DEMONYM))),
    ):
        for words, bit in lists:
            for w in words:
                table[w] = table.get(w, 0) | bit
    return as_written, bare


def _adjective_ending(word: str) -> str | None:
    """A compound adjective's tail: the listed ones ("Pittsburgh-based"), and lower-case ones shaped
    like an adjective ("Oscar-winning", "China-sympathetic", "New York-listed", "BBB-minus")."""
    lower = word.lower()
    for ending in lx.ADJECTIVE_ENDINGS:
        if lower.endswith(ending):
            return word[-len(ending) :]
    m = _LOWER_TAIL.search(word)
    return word[m.start() :] if m else None


# A lower-case tail shaped like an English adjective or participle; not the lower-case syllables
# of romanised names ("Tsai Ing-wen", "Moon Jae-in", "Ban Ki-moon").
_LOWER_TAIL: Final = re.compile(
    r"(?:-[a-z]{1,20}){0,3}-[a-z]{0,20}"
    r"(?:ed|ing|ic|al|ive|ful|less|ish|able|ible|ous|size|sized|style|wide|free|friendly|proof|plus|minus|only)\Z"
)


NUM_RE: Final = re.compile(NUM + r"\Z")
# Runs that can never hold a name, skipped before any work ("The", "However", "In", "December").
NEVER_NAMES: Final = lx.FUNCTION_WORDS | lx.MONTHS | lx.DEMONYMS
# run -> its names; runs that can never hold a name ("The", "However") hold none
SPLITS: Final[Memo[str, Names]] = Memo(lambda run: () if run in NEVER_NAMES else _split_words(run))
_KEEP_PERIOD: Final = frozenset({"Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "St.", "Bros.", "Mr.", "Mrs.", "Ms.", "Dr."})


_INITIALISM: Final = re.compile(r"(?:[A-Z]\.){2,4}")


def _keeps_period(word: str) -> bool:
    return word in _KEEP_PERIOD or bool(_INITIALISM.fullmatch(word))


def _keeps_connector(words: list[str], cur: list[int], i: int) -> bool:
    w = words[i]
    if w == "and":
        # "Securities and Exchange Commission", but "Larry Page and Sergey Brin", and not after a
        # company's legal suffix ("Vardo Ltd and Quorra Bank" are two) nor between two companies
        # named by their places ("Tennessee Gas and Texas Oil")
        if words[i - 1].rstrip(".") in lx.LEGAL_SUFFIXES:
            return False
        if i + 1 < len(words) and words[i - 1] in lx.ORG_SUFFIXES and LEXICON.get(words[i + 1], ("", None))[1] is PL:
            return False
        j = i + 1
        while j < len(words) and words[j] != "and" and words[j] not in lx.FUNCTION_WORDS:
            j += 1
        if j > i + 1 and words[j - 1] in lx.ORG_SUFFIXES:
            return _one_body_before(words[i - 1]) and _short_body_tail(words[i + 1 : j])
        return _ends_of_name(words, cur, i)
    if w == "for":
        # "Institute for Fiscal Studies", "Minister for Europe"; not a place or a club before it
        # ("left Leicester City for Derby", "the Gulf for Asia")
        heads = (words[cur[0]], words[cur[-1]])
        return any([h in lx.OF_HEADS and h not in lx.PLACE_OF_HEADS for h in heads])
    if w in ("of", "of the"):
        return words[cur[0]] in lx.OF_HEADS or words[cur[-1]] in lx.OF_HEADS
    if w == "the":
        return i > 0 and words[i - 1] == "of" and words[cur[0]] in lx.OF_HEADS
    return True  # "&", "de", "van", ...


def _one_body_before(before: str) -> bool:
    """Whether the word before an "and" belongs to the body whose word ends the words after it
    ("Securities and Exchange Commission", "Fidelity Bank and Trust", "Grace and Co"): a plain
    word, not an acronym or a code, which name bodies of their own ("IMF and World Bank", "SBI and
    ICICI Bank")."""
    return PLAIN.match(before) is not None


def _short_body_tail(after: list[str]) -> bool:
    """Whether the words after an "and" are short enough to end one body's name: two words but for
    legal suffixes ("and Exchange Commission", "and Banking Co Ltd"); more name a body of their
    own ("Big Machine and Dick Clark Productions")."""
    k = len(after)
    while k > 1 and after[k - 1].rstrip(".") in lx.LEGAL_SUFFIXES:
        k -= 1
    return k <= 2


def _ends_of_name(words: list[str], cur: list[int], i: int) -> bool:
    """Whether the "and" at ``i`` joins the last words of a body named "X of/for Y" ("Department of
    Health and Human Services", "Organisation for Economic Co-operation and Development"): one to
    three plain words end the run after it, none a place, a given name or a word that opens another
    body; not after a place ("Bank of Spain and Wells Fargo")."""
    if len(cur) < 3 or words[cur[0]] not in lx.OF_HEADS or words[cur[1]] not in ("of", "of the", "for"):
        return False
    rest = words[i + 1 :]
    before = words[i - 1]
    if not 1 <= len(rest) <= 3 or before in LEXICON or before in lx.OF_HEADS or rest[0] in lx.OF_HEADS or rest[0] in lx.ROLE_WORDS:
        return False  # ("Knights of the Old Republic and Neverwinter Nights" are two)
    rest[-1] = rest[-1].rstrip(".")
    return all([PLAIN.match(w) is not None and w not in LEXICON and w.split("-", 1)[0] not in lx.GIVEN_NAMES for w in rest])




def _place_opens_name(words: list[str], i: int, length: int) -> bool:
    """A place of the lexicon opening a longer name: of an organisation, a paper, a place or an
    event, by its last word ("London Stock Exchange", "Miami Herald", "Jordan Valley"), of a team
    ("Pittsburgh Steelers"), or of a person when the place is also a given name ("Jordan
    Peterson"). Otherwise the place stands alone: "U.S. Officials", "Texas Gov. Greg Abbott"."""
    rest = words[i + length :]
    if not rest:
        return False
    kind = LEXICON.get(" ".join(words[i : i + length]), ("", None))[1]
    if kind is not PL:
        # an outlet opening a longer name ending in a thing's word: "Dow Jones Industrial Average"
        # (not a day's abbreviation: "Sun" of "Sun Life Group" stops a name as "Sun." does)
        return kind is M and rest[-1] in lx.KIND_SUFFIXES and len(rest) <= 3 and words[i] not in lx.FUNCTION_WORDS and words[i] not in lx.MONTHS
    k = 0
    while k < len(rest) and rest[k] not in lx.FUNCTION_WORDS and rest[k] not in lx.ROLE_WORDS and rest[k] not in ("and", "&"):
        k += 1
    if k == 0:
        return False
    last = rest[k - 1].rstrip(".")  # ("Strip." ends a sentence)
    if last in lx.KIND_SUFFIXES or last.rpartition("-")[2] in lx.KIND_SUFFIXES:  # "Post-Gazette"
        return True
    first = words[i]
    if k == 1 and last.endswith("s") and PLAIN.match(last) and not (first.isupper() or "." in first):
        return True  # "Pittsburgh Steelers", "New York Islanders"; not "U.S. Officials"
    return length == 1 and first in lx.GIVEN_NAMES and PLAIN.match(last) is not None


def _demonym_in_name(words: list[str], i: int) -> bool:
    """"European Union", "British Airways": a demonym followed by the rest of a name; not the
    demonyms or party words before a person's given name ("American Andy Roddick", "Liberal
    Democrat Alan Beith")."""
    if not (i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1] not in lx.ROLE_WORDS and words[i + 1] not in lx.FUNCTION_WORDS):
        return False
    j = i + 1
    while j < len(words) and words[j] in lx.DEMONYMS:
        j += 1
    return not _opens_full_name(words, j)


# role nouns that open a run as a title; the title words proper are handled as titles everywhere
_OPENING_ROLES: Final = lx.OPENING_ROLE_NOUNS - lx.ROLE_WORDS


def _bare_full_name(words: list[str], j: int) -> bool:
    """Whether words ``j`` to the end are a person's name alone: two or three plain words, the last
    no company, product or place word ("Tom Hanks"; not "Price Index")."""
    rest = words[j:]
    return 2 <= len(rest) <= 3 and all([PLAIN.match(w) is not None for w in rest]) and rest[-1] not in lx.KIND_SUFFIXES


def _opens_full_name(words: list[str], j: int) -> bool:
    """Whether a known given name and a capitalised word start at word ``j`` ("Andy Roddick")."""
    return (
        j + 1 < len(words)
        and words[j] in lx.GIVEN_NAMES
        and PLAIN.match(words[j + 1]) is not None
    )


def _role_applies(words: list[str], i: int) -> bool:
    """A weak title ("General") makes a person only of a full name after it."""
    w = words[i].rstrip(".")
    rest = words[i + 1 :]
    while rest and (rest[0] in lx.ROLE_WORDS or rest[0].rstrip(".") in lx.ROLE_WORDS or rest[0] in lx.TITLE_DEPARTMENTS):
        rest = rest[1:]
    if not rest:
        return True
    if rest[0] in ("of", "&"):
        return True
    if words[i] not in lx.WEAK_ROLE_WORDS and w not in lx.WEAK_ROLE_WORDS:
        return True
    name = rest[:3]
    # (initials count as a given name: "Coach P.J. Fleck")
    return all([PLAIN.match(x) or _INITIALISM.fullmatch(x) for x in name[:-1]]) and PLAIN.match(name[-1]) is not None and (len(name) >= 2 or name[0] in lx.GIVEN_NAMES)


def _lexicon_run(words: list[str], i: int) -> int:
    """Length of the longest lexicon name starting at word ``i`` (0 if none)."""
    first = words[i]
    if first not in _LEXICON_FIRST and first.rstrip(".") not in _LEXICON_FIRST:
        return 0
    for length in range(min(_LEXICON_WORDS, len(words) - i), 0, -1):
        key = " ".join(words[i : i + length])
        if key in LEXICON or key.rstrip(".") in LEXICON:
            return length
    return 0


_AS_WRITTEN, _BARE = _lexical_flags()
