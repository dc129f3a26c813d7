"""Quantities in one stretch of text: kind, unit, bound, range and change of each number.

:func:`read_quantities` looks at the words around every number that
:mod:`.numbers` finds and decides what it states: money ("$1.4 trillion",
"830bn rupees"), a percentage, a multiplier, a duration, a physical
quantity or a count. It also drops what is not a quantity at all: dates,
years, clock times, numbers inside names ("GPT-5.1", "Windows 10"),
ordinals, addresses, phone numbers, tickers, and "one" used as a pronoun.
What a quantity measures and whom it is about is read in :mod:`.describe`.
"""

from __future__ import annotations

import bisect
import operator
import re
from decimal import Decimal
from typing import Final, Iterator, Sequence

from ..text.cues import BE_FORMS
from ..text.trie import trie_pattern
from . import tables as T
from .numbers import Number, lowered, scan_numbers, tidy

__all__ = ["Quantity", "read_quantities", "read_sentences"]

HUNDRED = Decimal(100)
_WS: Final = "[ \\t\\u00a0]"


# Quantity's fields, in order: its __slots__, named again for __repr__ and __eq__, as a class
# compiled with mypyc has no __slots__ attribute.
_QUANTITY_FIELDS: Final = ("start", "end", "kind", "value", "unit", "bound", "high", "change", "num_start", "num_end",
                           "scale", "after")


class Quantity:
    """One quantity read from the text; ``num_start``/``num_end`` is its number alone.

    A plain slotted class rather than an attrs one: thousands are made per article, and
    nothing changes them once read.
    """

    __slots__ = ("start", "end", "kind", "value", "unit", "bound", "high", "change", "num_start", "num_end",
                 "scale", "after")

    def __init__(self, start: int, end: int, kind: str, value: Decimal | None, unit: str | None = None,
                 bound: str = "exact", high: Decimal | None = None, change: str | None = None,
                 num_start: int = 0, num_end: int = 0, scale: Decimal | None = None, after: int = 0):
        self.start, self.end, self.kind, self.value, self.unit, self.bound = start, end, kind, value, unit, bound
        self.high, self.change, self.num_start, self.num_end, self.scale = high, change, num_start, num_end, scale
        self.after = after  # where the counted noun would start (after the unit word), for the measure

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in _QUANTITY_FIELDS)
        return f"Quantity({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Quantity:
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in _QUANTITY_FIELDS)


def _alternation(words, flags: str = "") -> str:
    """The words as one regex alternation, a space in a word standing for one or two blanks.

    Shaped as a trie ("d(?:ollars?|lrs?)..."), so the engine tries a handful of branches
    instead of every word. It matches what the plain alternation sorted longest first
    matches, in the same order: the words that can match at one place are prefixes of one
    another, and the trie tries the longer before the shorter, as the sorted list did.
    Under the ``i`` flag the words are lower-cased first, which matches the same text but
    keeps "Dollar" and "dollars" on one branch.
    """
    if "i" in flags:
        words = {w.lower() if len(w.lower()) == len(w) else w for w in words}
    body = trie_pattern(words, space=_WS + "{1,2}")
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _plain_alternation(words, flags: str = "") -> str:
    """The alternation :func:`_alternation` stands for, word by word (for the tests)."""
    parts = sorted({re.escape(w).replace("\\ ", _WS + "{1,2}") for w in words}, key=len, reverse=True)
    body = "|".join(parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


# --- patterns after a number --------------------------------------------------------

_PERCENT_AFTER: Final = re.compile(
    rf"{_WS}?(?P<sym>%|％)|{_WS}{{1,3}}(?P<word>{_alternation(T.PERCENT_WORDS, 'i')})\b"
)
_CURRENCY_QUALIFIER: Final = _alternation({q for q, _ in T.CURRENCY_QUALIFIERS}, "i")
_CURRENCY_WORD: Final = _alternation(
    set(T.CURRENCY_WORDS) | set(T.CURRENCY_SINGULAR) | set(T.MINOR_CURRENCY_WORDS) - {"p", "ct"}
    | {"crown", "crowns", "dinar", "dinars", "shilling", "shillings", "koruna", "korunas"}, "i"
)
_CURRENCY_AFTER: Final = re.compile(
    rf"(?:{_WS}{{1,3}}|-)(?:(?P<qual>{_CURRENCY_QUALIFIER}){_WS}{{1,2}})?(?P<cur>{_CURRENCY_WORD})(?![\w'’])"
    rf"|{_WS}?(?P<code>{_alternation(T.ISO_CODES)}|M(?P<mcode>{_alternation(T.ISO_CODES)}))\b"
    rf"|{_WS}(?P<low>{_alternation(T.LOWER_CODES)})\b"
    rf"|{_WS}?(?P<sym>{_alternation(T.CURRENCY_SYMBOLS_AFTER)})(?!\d)"
)
_SCALE_WORD_AFTER: Final = re.compile(rf"{_WS}{{1,2}}(?P<w>thousand|million|billion|trillion|mln|bln|bn)\b", re.I)
_SCALE_WORDS: Final = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "mln": Decimal(10) ** 6,
                "billion": Decimal(10) ** 9, "bln": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}
_VAGUE_MONEY_AFTER: Final = re.compile(
    rf"{_WS}{{1,3}}of{_WS}{{1,3}}(?:(?P<qual>{_CURRENCY_QUALIFIER}){_WS}{{1,2}})?(?P<cur>{_CURRENCY_WORD})(?![\w'’-])"
)
# A spaced "x" is lower-case: "the Xbox One X" is a name, "3 x" a multiplier.
_MULT_AFTER: Final = re.compile(rf"(?:[x×](?![\w])|{_WS}(?-i:[x×])(?![\w])|-?fold\b|{_WS}{{1,3}}times\b)", re.I)
# "two more years", "three additional months": a word of addition may stand before the unit
_DURATION_AFTER: Final = re.compile(
    rf"(?:{_WS}{{1,3}}(?:(?i:more|additional|further|extra){_WS}{{1,3}})?|{_WS}?[-‐‑]{_WS}?|{_WS}{{1,3}}an?{_WS}{{1,3}})(?P<u>{_alternation(T.DURATION_WORDS, 'i')})(?![\w])"
    rf"(?P<old>(?:{_WS}?-{_WS}?|{_WS}{{1,3}})old\b)?"
)
_OTHER_AFTER: Final = re.compile(
    rf"(?:{_WS}{{1,3}}|{_WS}?-)(?P<u>{_alternation({u for u in T.OTHER_UNITS if len(u) > 1}, 'i')})(?![\w])"
)
_NEXT_WORD: Final = re.compile(rf"{_WS}{{1,3}}(?P<w>[A-Za-z][A-Za-z'’-]{{0,30}})")
_MODEL_NUMBER: Final = re.compile(r"[1-9]\d{2,3}[xX]")
# What names a model rather than multiplies: a determiner (and perhaps an adjective) or a name
# before, and a word after ("the 777x programme", "its current 227X test", "Boeing 777X jets"); "100x faster", "grew 125x" and
# "a return of 100x." are multipliers.
_MODEL_BEFORE: Final = re.compile(
    r"(?:\b(?i:the|its|their|his|her|our|this|these|those|of)(?:[ \t][a-z]{1,20})?|(?P<name>\b[A-Z][\w-]{0,30}))[ \t]\Z"
)
_WORD_AFTER: Final = re.compile(r"[ \t]+[A-Za-z]")
_HYPHEN_NOUN: Final = re.compile(r"[-‐‑][a-z]{2,20}\b(?!-)")
_AGE_APPOSITION: Final = re.compile(r"[A-Z][\w'’.-]{1,30},[ \t]\Z")
_AGE_WORD_BEFORE: Final = re.compile(rf"\b(?:[Aa]ged|ages?)(?:{_WS}of)?{_WS}{{1,2}}\Z")
_AGE_END: Final = re.compile(r",(?![\d])|[ \t]?\)")
_OF_AFTER: Final = re.compile(rf"{_WS}{{1,3}}of\b", re.I)
_BOUND_AFTER: Final = re.compile(
    rf"(?:{_WS}{{0,2}}(?P<b>{_alternation(set(sum(T.BOUND_AFTER.values(), [])), 'i')}))(?![\w])"
)
_STREET_AFTER: Final = re.compile(
    rf"{_WS}(?:[A-Z][a-z]+{_WS}){{1,3}}(?:{'|'.join(s.capitalize().replace('.', '[.]') for s in T.STREET_SUFFIXES)})\b"
)
_DAY_RANGE_AFTER: Final = re.compile(
    rf"[-–]\d{{1,2}}(?:st|nd|rd|th)?{_WS}(?:{'|'.join(m.capitalize() for m in T.MONTHS)})\b"
)
_MONTH_AFTER: Final = re.compile(rf"(?:{_WS}|-)(?:{'|'.join(m.capitalize() for m in T.MONTHS)})\b\.?")
_TIME_AFTER: Final = re.compile(
    rf"{_WS}?(?:[ap]\.?m\b\.?|{_alternation({s for s in T.TIME_SUFFIXES if not s.startswith(('a', 'p'))}, 'i')}(?![\w]))",
    re.I,
)
_CHANGE_NOUN_AFTER: Final = re.compile(
    rf"{_WS}{{1,3}}(?P<w>{_alternation(T.CHANGE_NOUNS_AFTER['up'] | T.CHANGE_NOUNS_AFTER['down'], 'i')})\b"
)
# "5% higher" is a change; "nine times higher than", "10 times more powerful than" compare two things
_COMPARATIVE_AFTER: Final = re.compile(
    rf"{_WS}{{1,3}}(?P<w>{_alternation(T.COMPARATIVE_AFTER, 'i')})\b(?!{_WS}than\b)(?!{_WS}[a-z]{{2,20}}{_WS}than\b)"
)

# --- patterns before a number --------------------------------------------------------


def _symbol_pattern(symbol: str) -> str:
    """"US$" also as "US $" and "us $" (wire copy); plain symbols as they are."""
    if symbol.endswith("$") and len(symbol) > 1:
        head = re.escape(symbol[:-1]).replace("\\.\\ ", "\\.?" + _WS + "?").replace("\\.", "\\.?")
        if symbol[:-1] == "A":
            return "(?<![\\w'’])A\\$"  # "a $3 billion deal" is no Australian dollar
        return f"(?<![\\w'’])(?i:{head}){_WS}?\\$"
    if symbol[:1].isalpha():
        return f"(?<![A-Za-z]){re.escape(symbol)}"
    return re.escape(symbol)


_SYMBOLS: Final = sorted(T.CURRENCY_SYMBOLS, key=len, reverse=True)
_SYMBOL_CODES: Final = {re.sub(r"[\s.]", "", s).upper(): c for s, c in T.CURRENCY_SYMBOLS.items()}
_CURRENCY_BEFORE: Final = re.compile(
    "(?:(?P<sym>"
    + "|".join(_symbol_pattern(s) for s in _SYMBOLS)
    + rf")|(?<![A-Za-z])(?P<code>{_alternation(T.ISO_CODES)})|(?<![A-Za-z])M(?P<mcode>{_alternation(T.ISO_CODES)})"
    + rf"){_WS}?(?P<neg>[-\u2212]{_WS}?)?\Z"
)
_NEG_BEFORE: Final = re.compile(r"(?:^|(?<=[\s(]))[-\u2212]\Z")
_BOUND_WORDS: Final = {w: b for b, ws in T.BOUND_BEFORE.items() for w in ws}
_ALL_CHANGE_VERBS: Final = {w: d for d, ws in T.CHANGE_VERBS.items() for w in ws}
_CHANGE_VERB_BEFORE: Final = re.compile(
    rf"\b(?P<v>{_alternation(_ALL_CHANGE_VERBS, 'i')})\b(?P<mid>[^.;:!?()\n]{{0,80}}?)\Z"
)
_GLUED_NAME_BEFORE: Final = re.compile(r"[A-Za-z][A-Za-z0-9&.]*[-‐‑]\Z")
_YEAR_BEFORE: Final = re.compile(r"\b\d{4}[-–/]\Z")
_ARTICLE_DURATION: Final = re.compile(
    rf"(?<![\w-])(?P<a>an?){_WS}{{1,2}}(?P<u>hour|minute|week|month|year|decade|century|quarter)(?![\w]|-to-)", re.I
)
# The same, for the lower-cased text (see numbers.lowered): it starts with a letter, so the
# engine looks for the next "a" in C instead of trying the pattern at every position.
_ARTICLE_DURATION_LOWER: Final = re.compile(
    rf"(?P<a>a(?<![\w-]a)n?){_WS}{{1,2}}(?P<u>hour|minute|week|month|year|decade|century|quarter)(?![\w]|-to-)"
)
_RATE_BEFORE: Final = re.compile(
    rf"(?:\d|%|\b(?:once|twice|times|per|every|each|a|an|one|the|this|that|last|next|same|first|half)){_WS}{{1,3}}\Z",
    re.I,
)
_WEIGHT_BEFORE: Final = re.compile(r"\b(?:weigh(?:s|ed|ing|t|ts)?|clocked\s+in\s+at|heavier|lighter|overweight)\b", re.I)
_WEIGHT_REACH: Final = 40  # characters before a number that a weighing verb is looked for in
_span_end = operator.itemgetter(1)
_RATE_REACH: Final = 40  # characters from a number to the "a week" that is its denominator
_CLAUSE_BREAK: Final = re.compile(r"[,;:.!?\u2014]")
_DURATION_PREPOSITIONS: Final = frozenset(
    "in within for over after before than about around nearly almost under past of by during into from".split()
)
_PERCENT_OF_BEFORE: Final = re.compile(rf"\b(?:percents?|per{_WS}?cent){_WS}{{1,2}}of{_WS}{{1,2}}\Z", re.I)
_NUMBER_WORD_BEFORE: Final = re.compile(rf"(?:\d|\b(?:{'|'.join(list(T.UNITS) + list(T.TEENS) + list(T.TENS) + ['hundred'])}))[ \t-]{{0,3}}\Z", re.I)
_END_AFTER: Final = re.compile(rf"{_WS}*(?:[.!?,;:)\]]|\Z)")
_BETWEEN_BEFORE: Final = re.compile(rf"\bbetween{_WS}{{1,3}}\Z", re.I)
_FROM_BEFORE: Final = re.compile(rf"\bfrom{_WS}{{1,3}}\Z", re.I)

# --- stretches that hold no quantity ------------------------------------------------
_BLOCKED: Final = re.compile(
    r"""\d{4}-\d{1,2}-\d{1,2}\b                         # ISO dates
    | \d{1,2}:\d{1,2}(?::\d{2})?(?!\d)                   # clock times, scores and ratios: 10:30, 3:1
    | (?:\+\d{1,3}[\s.-]?|\(\d{2,5}\)[\s.-]?|\d{3}[.-])\d{3,4}[.-]\d{3,5}\b  # phone numbers
    | \d{3,6}\.[A-Z]{1,2}\b                               # tickers: 0700.HK
    | :[ ]?\d{1,6}\b                                     # exchange codes: HKEX: 9988 (checked below)
    """,
    re.X,
)
# Every stretch _BLOCKED matches holds a colon, a dash next to a digit (dates, phone numbers)
# or a dot before three digits or a capital (phone numbers, tickers): a window without any
# is not searched.
_DASH_HINT: Final = re.compile(r"-(?:\d|(?<=\d-))")
_DOT_HINT: Final = re.compile(r"\.(?:\d{3}|[A-Z])")
_WEB: Final = re.compile(r"(?:https?://|www\.)\S{1,300}|@[\w-]{1,63}\.[\w.]{1,63}")
_EXCHANGE_CODE: Final = re.compile(r"[A-Z]{2,8}\Z")
_EMAIL_LOCAL: Final = re.compile(r"[\w.+-]{1,64}\Z")
_BLOCK_REACH: Final = 24  # no blocked pattern reaches further than this before or after a number


def _blocked_spans(text: str, start: int, end: int, numbers: Sequence[Number]) -> list[tuple[int, int]]:
    """Stretches around ``numbers`` that are dates, times, phone numbers, tickers, links or e-mail."""
    out = []
    last = start
    for n in numbers:
        if n.words and not n.plain:
            continue
        lo = max(last, n.start - _BLOCK_REACH)
        hi = min(end, n.end + _BLOCK_REACH)
        last = max(last, n.start)
        window = text[lo:hi]
        if not (":" in window or "-" in window and _DASH_HINT.search(window) or "." in window and _DOT_HINT.search(window)):
            continue  # no stretch of _BLOCKED can lie in the window
        for m in _BLOCKED.finditer(text, lo, hi):
            s = m.start()
            if text[s] == ":" and not _EXCHANGE_CODE.search(text, max(start, s - 8), s):
                continue  # "HKEX: 9988" only, not any colon before a number
            out.append((s, m.end()))
    if text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0 or text.find("@", start, end) >= 0:
        for m in _WEB.finditer(text, start, end):
            s = m.start()
            if text[s] == "@":
                local = _EMAIL_LOCAL.search(text, max(start, s - 64), s)
                s = local.start() if local else s
            out.append((s, m.end()))
    out.sort()
    return out


def _currency_code(qual: str | None, word: str) -> str | None:
    word_l = word.lower()
    singular = T.CURRENCY_SINGULAR.get(word_l, word_l)
    if qual:
        q = " ".join(qual.lower().split())
        code = T.CURRENCY_QUALIFIERS.get((q, singular))
        if code:
            return code
    if word_l in T.QUALIFIED_ONLY or singular in T.QUALIFIED_ONLY:
        return None
    return T.CURRENCY_WORDS.get(word_l) or T.CURRENCY_WORDS.get(singular) or T.MINOR_CURRENCY_WORDS.get(word_l)


_AMBIGUOUS_CURRENCY: Final = frozenset({"won", "real", "mark", "marks", "rand", "dong", "punt", "lira", "kuai", "mao"})


class _Draft:
    """A quantity being read; becomes a :class:`Quantity` (a slotted class: one per number read)."""

    __slots__ = ("num", "start", "end", "value", "kind", "unit", "bound", "change", "high", "strong", "after", "scale")

    def __init__(self, num: Number, start: int, end: int, value: Decimal | None, kind: str = "count",
                 unit: str | None = None, bound: str = "exact", change: str | None = None,
                 high: Decimal | None = None, strong: bool = False, after: int = 0, scale: Decimal | None = None):
        self.num, self.start, self.end, self.value, self.kind, self.unit = num, start, end, value, kind, unit
        self.bound, self.change, self.high, self.scale = bound, change, high, scale
        self.strong = strong  # a unit or currency says it is a quantity
        self.after = after

    def freeze(self) -> Quantity:
        value = tidy(self.value) if self.value is not None else None
        high = tidy(self.high) if self.high is not None else None
        return Quantity(self.start, self.end, self.kind, value, self.unit, self.bound, high, self.change,
                        self.num.start, self.num.end, self.scale, self.after or self.end)


def _article_durations(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> Iterator[tuple[Number, int]]:
    """ "an hour", "a decade": a duration of one, unless it is a rate or locates an event.

    ``taken`` are the spans of the numbers found, in order: "$53 million a week" and
    "100 people view his profile a week" are rates, as is anything right after a number.
    """
    low = lowered(text)
    found = _ARTICLE_DURATION.finditer(text, start, end) if low is None else _ARTICLE_DURATION_LOWER.finditer(low, start, end)
    for m in found:
        if _RATE_BEFORE.search(text, max(start, m.start() - 12), m.start()) or _rate_after_number(text, m.start(), taken):
            continue
        yield Number(m.start(), m.end("a"), text[m.start() : m.end("a")], Decimal(1), words=True, article=True), m.end()


def _rate_after_number(text: str, at: int, taken: list[tuple[int, int]]) -> bool:
    """Whether "a week" at ``at`` is the denominator of a number a few words before it, in the
    same clause and not after a preposition ("lost 14 followers in a week" is a duration).

    ``taken``: the numbers' spans in text order; they do not overlap, so their ends are in order too.
    """
    i = bisect.bisect_right(taken, at, key=_span_end) - 1
    if i < 0 or at - taken[i][1] > _RATE_REACH:
        return False
    between = text[taken[i][1] : at]
    words = between.split()
    return not _CLAUSE_BREAK.search(between) and (not words or words[-1].lower() not in _DURATION_PREPOSITIONS)


def read_quantities(text: str, start: int = 0, end: int | None = None, *, lone: bool = False) -> list[Quantity]:
    """The quantities stated in ``text[start:end]`` (one sentence, typically), in order.

    A number standing alone on its line is a counter or page number and is
    skipped, unless ``lone`` says the text is a quantity by itself.
    """
    end = len(text) if end is None else end
    return next(iter(read_sentences(text, [(start, end)], lone=lone)))[1]


def read_sentences(
    text: str, spans: Sequence[tuple[int, int]], *, lone: bool = False, skip_empty: bool = False
) -> Iterator[tuple[tuple[int, int], list[Quantity]]]:
    """The quantities of each sentence span (ordered, not overlapping), scanning the text once.

    With ``skip_empty``, sentences without a number are left out rather than given ``[]``.
    """
    if not spans:
        return
    lo, hi = spans[0][0], spans[-1][1]
    numbers = list(scan_numbers(text, lo, hi))
    taken = [(n.start, n.end) for n in numbers]
    extras = [
        extra for extra, unit_end in _article_durations(text, lo, hi, taken)
        # "a quarter million" is a number, not "a quarter" of a year
        if not taken or not _overlaps(taken, extra.start, unit_end)
    ]
    if extras:
        numbers = sorted(numbers + extras, key=lambda n: n.start)
    blocked = _blocked_spans(text, lo, hi, numbers) if numbers else []
    if skip_empty:
        # Only the sentences that hold a number: each number finds its sentence by bisection,
        # instead of every sentence looking for its numbers (most have none).
        sent_starts = [s for s, _ in spans]
        k = -1
        found: list[Number] = []
        for n in numbers:
            i = bisect.bisect_right(sent_starts, n.start) - 1
            if i < 0 or n.end > spans[i][1]:
                continue  # before the first sentence, or across a sentence's end
            if i != k:
                if found:
                    yield spans[k], _read_span(text, spans[k][0], spans[k][1], found, blocked, lone)
                k, found = i, []
            found.append(n)
        if found:
            yield spans[k], _read_span(text, spans[k][0], spans[k][1], found, blocked, lone)
        return
    starts = [n.start for n in numbers]
    for s, e in spans:
        i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        found = [n for n in numbers[i:j] if n.end <= e]
        yield (s, e), (_read_span(text, s, e, found, blocked, lone) if found else [])


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, -1))
    for s0, e0 in spans[max(0, i - 1) : i + 2]:
        if s0 < end and start < e0:
            return True
    return False


def _read_span(
    text: str, start: int, end: int, numbers: list[Number], blocked: list[tuple[int, int]], lone: bool
) -> list[Quantity]:
    if not lone and len(numbers) == 1 and numbers[0].plain and text[start:end].strip(" .,;:()[]") == numbers[0].text:
        return []  # a number alone on a line: a counter, a page number
    scores = _score_numbers(text, numbers, start, end)
    drafts: list[_Draft] = []
    for i, num in enumerate(numbers):
        if blocked and _overlaps(blocked, num.start, num.end):
            continue
        if scores and i in scores:
            continue
        floor = max(start, drafts[-1].end) if drafts else start  # a unit serves one amount only
        if num.start < floor:
            continue
        draft = _read_one(text, num, floor, end)
        if draft is not None:
            if drafts and _minor_part(text, drafts[-1], draft):
                continue
            drafts.append(draft)
    drafts = _join_ranges(text, drafts)
    for d in drafts:
        if d.kind == "count" and _bare_level(text, d, end):
            d.kind = "other"  # "the Dow fell 102.2 points to 27,934.02": an index level, unit null
    return [d.freeze() for d in drafts]


_SCORE_DASHES: Final = ("-", "–")
_TIEBREAK: Final = re.compile(r"[ \t]?\(\d{1,2}\)")  # "7-6 (5)": the tie-break of a set
_RANGE_CUE_BEFORE: Final = re.compile(rf"\b(?:aged?|ages|between|from|of){_WS}{{1,2}}\Z", re.I)
_RANGE_NOUNS: Final = frozenset({"age", "range", "bracket", "band", "group"})  # "the 25-54 age group"


def _score_numbers(text: str, numbers: list[Number], lo: int, hi: int) -> set[int]:
    """Indices of the numbers that make up a score or a record ("won 6-4, 7-6 (5)", "a 2-1
    victory", "the Eagles (6-5, 3-4)", "improved to 14-0-1"): small whole numbers joined by a
    dash with no unit, currency or counted noun after them. None of them is a quantity.

    "Voters aged 18-24", "between 5-7 people", "3-4 days", "$10-20 million" and "20-25%" are
    ranges and stay.
    """
    out: set[int] = set()
    i = 0
    while i + 1 < len(numbers):
        j = i
        while j + 1 < len(numbers) and _dash_joined(text, numbers[j], numbers[j + 1]):
            j += 1
        if j > i and _is_score(text, numbers[i], numbers[j], lo, hi):
            out.update(range(i, j + 1))
            tie = _TIEBREAK.match(text, numbers[j].end, hi)
            if tie and j + 1 < len(numbers) and numbers[j + 1].end <= tie.end():
                out.add(j + 1)
                j += 1
        i = j + 1
    return out


def _dash_joined(text: str, a: Number, b: Number) -> bool:
    return text[a.end : b.start] in _SCORE_DASHES and _small_whole(a) and _small_whole(b)


def _small_whole(num: Number) -> bool:
    return num.plain and len(num.text) <= 3 and num.glued is None


def _is_score(text: str, first: Number, last: Number, lo: int, hi: int) -> bool:
    """Whether the dashed numbers ``first``..``last`` have nothing after them that counts or
    measures, and nothing before them that makes them a range."""
    e = last.end
    after = text[e : e + 1]
    if after.isalnum() or after in "%-–$£€¥₹°":
        return False  # "0-60mph", "20-25%", "9-5-3..."
    if _RANGE_CUE_BEFORE.search(text, max(lo, first.start - 12), first.start):
        return False
    before = text[max(lo, first.start - 8) : first.start]
    if before and _currency_may_end(text, max(lo, first.start - 8), first.start) and _CURRENCY_BEFORE.search(before):
        return False
    for unit_after in (_PERCENT_AFTER, _CURRENCY_AFTER, _MULT_AFTER, _DURATION_AFTER, _OTHER_AFTER, _SCALE_WORD_AFTER):
        if unit_after.match(text, e, hi):
            return False
    nxt = _NEXT_WORD.match(text, e, hi)
    return not (nxt and (_is_plural_noun(nxt.group("w")) or nxt.group("w").lower() in _RANGE_NOUNS))


_MINOR_GAP: Final = re.compile(rf"{_WS}{{1,3}}(?:(?P<and>and){_WS}{{1,3}})?\Z", re.I)
_MINOR_END: Final = re.compile(rf"{_WS}*(?:[.!?,;:)]|$)|{_WS}{{1,3}}and\b", re.I)


def _minor_part(text: str, money: _Draft, d: _Draft) -> bool:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five", "17 USD 25": one amount, merged."""
    if money.kind != "money" or money.high is not None or money.value is None or d.value is None or money.num.scaled:
        return False
    if money.value != money.value.to_integral_value() or not money.num.text or text[money.num.end : money.end].strip() == "":
        return False  # only after a unit written after the amount ("15 dollars", "USD 17"... "$ 100" below)
    return _merge_minor(text, money, d)


def _merge_minor(text: str, money: _Draft, d: _Draft) -> bool:
    gap = _MINOR_GAP.match(text, money.end, d.start)
    raw = d.num.value
    if money.value is None or d.value is None:
        return False  # (never: _minor_part asks first)
    if not gap or d.num.scaled or raw is None or raw != raw.to_integral_value() or not 0 < raw < 100:
        return False
    if d.kind == "money" and d.unit == money.unit and text[d.num.end : d.end].strip().lower() in _MINOR_WORDS:
        minor = d.value  # already divided by 100
    elif d.kind == "count" and not d.strong and (end := _MINOR_END.match(text, d.end)) and (gap.group("and") or end.group().strip() != "and"):
        minor = d.value / HUNDRED
    else:
        return False
    money.value = money.value + minor
    money.end = d.end
    return True


_MINOR_WORDS: Final = frozenset(T.MINOR_CURRENCY_WORDS)


def _words_back(text: str, lo: int, pos: int, n: int) -> list[str]:
    """Up to ``n`` space-separated words before ``pos``, nearest first; stops at a line break.

    The words alone: most are only compared with word lists, and :func:`_word_start` finds
    where one starts when that is needed.
    """
    window_start = max(lo, pos - 12 * n)
    nl = text.rfind("\n", window_start, pos)
    if nl >= 0:
        window_start = nl + 1
    words = text[window_start:pos].split()
    if window_start > lo and window_start == pos - 12 * n and len(words) > 1:
        words = words[1:]  # the first may be cut
    return words[: -n - 1 : -1]


def _word_start(text: str, pos: int, back: list[str], k: int) -> int:
    """Where ``back[k]`` starts, ``back`` being :func:`_words_back`'s words before ``pos``.

    Each word is the last occurrence of itself before the next one: a later occurrence would
    run into the blank that follows the word.
    """
    for word in back[: k + 1]:
        pos = text.rfind(word, 0, pos)
    return pos


def _glued_before(text: str, pos: int) -> bool:
    """Whether the nearest of the words before ``pos`` ends at ``pos`` (given there is one)."""
    return not text[pos - 1].isspace()


_CURRENCY_CHARS: Final = re.compile("[A-Z$" + "".join(sorted({c for s in T.CURRENCY_SYMBOLS for c in s if not c.isascii()})) + "]")
_LEADING_PUNCT: Final = "([“\"'‘—–-"


# What _CURRENCY_BEFORE can end with: its last character, then a blank or a minus sign or both.
_CURRENCY_LAST: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ$") | {
    s[-1] for s in T.CURRENCY_SYMBOLS if not (s[-1].isascii() and (s[-1].islower() or s[-1] == "."))
}
_CURRENCY_ENDINGS: dict[str, tuple[str, ...]] = {}  # "s": ("Rs",) and the like: symbols ending in a common character
for _symbol in sorted(T.CURRENCY_SYMBOLS):
    if _symbol[-1] not in _CURRENCY_LAST:
        _CURRENCY_ENDINGS[_symbol[-1]] = _CURRENCY_ENDINGS.get(_symbol[-1], ()) + (_symbol,)
_TAIL_CHARS: Final = frozenset(" \t\u00a0-\u2212")


def _currency_may_end(text: str, lo: int, end: int) -> bool:
    """False when no currency symbol or code can end ``text[lo:end]`` as _CURRENCY_BEFORE needs.

    A cheap test that spares the search (dozens of symbol patterns tried at each position)
    for most numbers, which have no currency before them.
    """
    x = end
    while x > lo:
        c = text[x - 1]
        if c in _CURRENCY_LAST:
            return True
        endings = _CURRENCY_ENDINGS.get(c)
        if endings is not None and any(text.endswith(symbol, lo, x) for symbol in endings):
            return True
        if c not in _TAIL_CHARS or end - x >= 3:
            return False
        x -= 1
    return False


def _read_one(text: str, num: Number, lo: int, hi: int) -> _Draft | None:
    d = _Draft(num, num.start, num.end, num.value, scale=num.scale)
    glued = num.glued
    # currency before the number: "$", "US$", "HK$", "Rs", "USD "
    window_start = max(lo, num.start - 8)
    cur = (
        _CURRENCY_BEFORE.search(text, window_start, num.start)
        if _currency_may_end(text, window_start, num.start) and _CURRENCY_CHARS.search(text, window_start, num.start)
        else None
    )
    if cur and not num.article:
        code = _code_from_before(cur)
        if code and code.startswith("M") and len(code) == 4:
            code = code[1:]
            if d.value is not None:
                d.value, d.scale = d.value * 10**6, Decimal(10) ** 6
        if code:
            d.kind, d.unit, d.strong, d.start = "money", code, True, cur.start()
            if cur.group("neg") and d.value is not None:
                d.value = -d.value
            elif d.value is not None and _NEG_BEFORE.search(text, max(lo, cur.start() - 2), cur.start()):
                d.value, d.start = -d.value, cur.start() - 1  # "-$5 million"
            if glued == T.MILLION_AFTER_MONEY and d.value is not None:
                d.value, d.scale, glued = d.value * 10**6, Decimal(10) ** 6, None
                d.end = num.end
    if glued == "m" and d.kind != "money" and d.value is not None and _counted_noun_after(text, num.end, hi):
        d.value, d.scale, glued = d.value * 10**6, Decimal(10) ** 6, None  # "14m customers": millions, not metres
    if glued is not None and d.kind != "money":
        if not _read_glued(d, glued, _is_model_number(text, num, lo)):
            return None
    elif glued is not None:
        return None
    if d.kind == "count":
        _read_unit_after(text, d, hi)
    if d.kind == "count" and _FACTOR_OF_BEFORE.search(text, max(lo, num.start - 16), num.start):
        d.kind, d.unit, d.strong = "multiplier", "x", True  # "rise by a factor of 10": tenfold
    if d.kind == "count" and _RESOLUTION_K.fullmatch(num.text) and not _counted_noun_after(text, num.end, hi):
        return None  # "4K streaming", "at up to 4K": a display resolution
    if d.kind == "count" and _MODEL_M.fullmatch(num.text) and not _counted_noun_after(text, num.end, hi):
        return None  # "the Radeon Pro 5500M chipset": a model; millions in four digits are written "5.5bn"
    if d.kind == "count" and d.value is not None and _EURO_THOUSANDS.fullmatch(num.text) \
            and _plural_within_two(text, num.end, hi):
        d.value *= 1000  # "1.000 led lights": no one writes one light with three zero decimals; a thousands dot
    name = _AGE_APPOSITION.search(text, max(lo, num.start - 32), num.start) if d.kind == "count" and num.plain \
        and d.value is not None and 0 < d.value <= 120 and _AGE_END.match(text, num.end, hi) else None
    if name is not None:
        if _street_before(text, lo, name.start()):
            return None  # "corso Monforte, 15,": an address
        d.kind, d.unit, d.strong = "duration", "year", True  # "Webb, 51, was ...": an age
    elif d.kind == "count" and not num.scaled and d.value is not None and 0 < d.value <= 120 \
            and _AGE_WORD_BEFORE.search(text, max(lo, num.start - 16), num.start):
        d.kind, d.unit, d.strong = "duration", "year", True  # "died aged 44", "at the age of 9": an age
    if d.kind == "count" and _END_AFTER.match(text, d.end, hi):
        pct = _PERCENT_OF_BEFORE.search(text, max(lo, d.start - 24), d.start)
        if pct and not _NUMBER_WORD_BEFORE.search(text, max(lo, pct.start() - 16), pct.start()):
            d.kind, d.unit, d.strong, d.start = "percent", "%", True, pct.start()  # "per cent of 210"
    back = _words_back(text, lo, d.start, 16)
    if back and _glued_before(text, d.start):
        back = []  # glued to a word: no cue words before it
    if not d.strong and _not_a_quantity(text, d, lo, hi, back if d.start == num.start else None):
        return None
    if num.form == "vague":
        if not _vague_ok(text, d, hi):
            return None
    elif num.form == "fraction" and d.kind == "count":
        if not _fraction_kind(text, d, hi):
            return None
    if (d.kind == "count" or d.unit == "point") and _bare_one(text, num, hi):
        return None
    if d.after == 0:
        d.after = d.end
    back = _read_bound(text, d, hi, back)
    _read_change(text, d, hi, back)
    return d


def _plural_within_two(text: str, pos: int, hi: int) -> bool:
    """Whether the next word, or the one after a lower-case next word, is a plural noun ("1.000 led lights")."""
    nxt = _NEXT_WORD.match(text, pos, hi)
    if nxt is None or _is_plural_noun(nxt.group("w")):
        return nxt is not None
    after = _NEXT_WORD.match(text, nxt.end(), hi) if nxt.group("w")[0].islower() else None
    return after is not None and _is_plural_noun(after.group("w"))


_RESOLUTION_K: Final = re.compile(r"[248][Kk]")
_FACTOR_OF_BEFORE: Final = re.compile(rf"\bfactor{_WS}{{1,2}}of{_WS}{{1,2}}\Z", re.I)
_MODEL_M: Final = re.compile(r"\d{4,6}M")
_EURO_THOUSANDS: Final = re.compile(r"[1-9]\d{0,2}\.000")  # not "into 2.315 common shares", a ratio


def _bare_level(text: str, d: _Draft, hi: int) -> bool:
    """A number with a fraction and no counted noun after it is a level, not a count: nothing
    is counted in hundredths ("closed at 3,817.69", "a drag coefficient of 0.24"), while
    "an average of 2.5 children" counts."""
    if d.value is None or d.num.scaled or "." not in d.num.text or d.value == d.value.to_integral_value():
        return False
    nxt = _NEXT_WORD.match(text, d.end, hi)
    if nxt is None:
        return True
    word = nxt.group("w")
    return word != "of" and (word.lower() in T.NP_STOP_WORDS or not word[0].islower())  # "1.6 of its shares" counts


_STREET_WORD_BEFORE: Final = re.compile(r"(?P<w>[A-Za-zß]{2,10})[ \t]\Z")


def _street_before(text: str, lo: int, name_start: int) -> bool:
    """Whether a street word stands before the name of "Name, 15,": "corso Monforte, 15," is an address."""
    street = _STREET_WORD_BEFORE.search(text, max(lo, name_start - 12), name_start)
    return street is not None and street.group("w").lower() in T.STREET_WORDS_BEFORE


def _code_from_before(m: re.Match) -> str | None:
    if m.group("code"):
        return m.group("code")
    if m.group("mcode"):
        return "M" + m.group("mcode")  # "MAUD 60": millions of the currency
    symbol = m.group("sym")
    return _SYMBOL_CODES.get("".join(symbol.split()).replace(".", "").upper()) if symbol else None


def _is_model_number(text: str, num: Number, lo: int) -> bool:
    """A three- or four-digit "x" numeral after a determiner or a name ("Boeing", not "Nearly"), before a word."""
    if not _MODEL_NUMBER.fullmatch(num.text) or not _WORD_AFTER.match(text, num.end):
        return False
    m = _MODEL_BEFORE.search(text, max(lo, num.start - 32), num.start)
    return m is not None and (m.group("name") is None or m.group("name").lower() not in T.CAPITALISED_NOT_NAMES)


def _counted_noun_after(text: str, pos: int, hi: int) -> bool:
    """Whether a plural noun follows that counts ("14m customers"), not a race ("the 60m hurdles")."""
    nxt = _NEXT_WORD.match(text, pos, hi)
    return nxt is not None and _is_plural_noun(nxt.group("w")) and nxt.group("w").lower() not in T.RACE_NOUNS


def _read_glued(d: _Draft, glued: str, model: bool = False) -> bool:
    """Letters glued to the digits: "8x", "5pc", "180ml", "50p"; False for "4th", "1990s", "3pm",
    and for a model name (``model``: "the 777x")."""
    low = glued.lower()
    if low in ("x", "×"):
        if model:
            return False
        d.kind, d.unit, d.strong = "multiplier", "x", True
    elif low in ("pc", "pct"):
        d.kind, d.unit, d.strong = "percent", "%", True
    elif low in ("bps", "bp"):
        d.kind, d.unit, d.strong = "other", "basis point", True
    elif glued in ("p",) and d.value is not None:
        if d.value in T.VIDEO_LINES:
            return False  # "streams at 1080p": a video resolution, not pence
        d.kind, d.unit, d.strong, d.value = "money", "GBP", True, d.value / HUNDRED
    elif glued in T.ISO_CODES:
        d.kind, d.unit, d.strong = "money", glued, True
    elif low in T.LOWER_CODES:
        d.kind, d.unit, d.strong = "money", T.LOWER_CODES[low], True
    elif low in T.DURATION_WORDS and low not in ("h", "min", "sec"):
        d.kind, d.unit, d.strong = "duration", T.DURATION_WORDS[low], True
    elif low in T.OTHER_UNITS and low not in T.GLUED_UNIT_DENY:
        d.kind, d.unit, d.strong = "other", T.OTHER_UNITS[low], True
    elif glued in ("m",):
        d.kind, d.unit, d.strong = "other", "metre", True
    else:
        return False
    return True


def _read_unit_after(text: str, d: _Draft, hi: int) -> None:
    pos = d.num.end
    m = _PERCENT_AFTER.match(text, pos, hi)
    if m:
        word = (m.group("word") or "").lower()
        unit = T.PERCENT_WORDS.get(" ".join(word.split()), "%") if word else "%"
        d.kind, d.unit, d.strong, d.end = "percent", unit, True, m.end()
        return
    m = _CURRENCY_AFTER.match(text, pos, hi)
    if m and d.num.form != "vague":
        code = None
        cents_end = 0
        if m.group("cur"):
            word = m.group("cur")
            if word.lower() in _AMBIGUOUS_CURRENCY and not (d.num.scaled or m.group("qual")) and not (
                d.value is not None and d.value != d.value.to_integral_value()
            ):
                word = ""
            code = _currency_code(m.group("qual"), word) if word else None
            if code and word.lower() in T.MINOR_CURRENCY_WORDS and d.value is not None:
                d.value = d.value / HUNDRED
            elif code and d.value is not None and not d.num.scaled:
                cents = _CENTS_AFTER.match(text, m.end(), hi)
                if cents:
                    d.value, cents_end = d.value / HUNDRED, cents.end()  # "40 euro cents": hundredths of the euro
            if code and word.lower() in ("satoshi", "satoshis") and d.value is not None:
                d.value = d.value / T.SATOSHI_PER_BTC
            if word.lower() in ("pound", "pounds") and not m.group("qual") and (
                _OF_AFTER.match(text, m.end(), hi)
                or not d.num.scaled and _WEIGHT_BEFORE.search(text, max(0, d.start - _WEIGHT_REACH), d.start)
            ):
                # "two pounds of sugar", "he weighed 243 pounds": a weight, not sterling
                # (a scaled amount, "5 million pounds", stays money unless "of" follows)
                d.kind, d.unit, d.strong, d.end = "other", "pound", True, m.end()
                return
        elif m.group("mcode"):
            code = m.group("mcode")
            if d.value is not None:
                d.value *= 10**6
        elif m.group("code"):
            code = m.group("code")
        elif m.group("low"):
            code = T.LOWER_CODES[m.group("low").lower()]
        elif m.group("sym"):
            code = T.CURRENCY_SYMBOLS_AFTER[m.group("sym")]
        if code:
            d.kind, d.unit, d.strong, d.end = "money", code, True, max(m.end(), cents_end)
            scale = _SCALE_WORD_AFTER.match(text, m.end(), hi) if (m.group("code") or m.group("low")) else None
            if scale and not d.num.scaled and d.value is not None:  # "75 USD million"
                d.scale = _SCALE_WORDS[scale.group("w").lower()]
                d.value, d.end = d.value * d.scale, scale.end()
            return
    m = _MULT_AFTER.match(text, pos, hi)
    if m:
        if "times" not in m.group().lower() or _times_is_multiplier(text, d, m.end(), hi):
            d.kind, d.unit, d.strong, d.end = "multiplier", "x", True, m.end()
            return
    if d.num.form == "fold":
        d.kind, d.unit, d.strong = "multiplier", "x", True
        return
    m = _DURATION_AFTER.match(text, pos, hi)
    if m:
        unit = T.DURATION_WORDS[m.group("u").lower()]
        hyphen = "-" in text[pos : m.start("u")]
        nxt = _NEXT_WORD.match(text, m.end(), hi)
        nxt_word = nxt.group("w").lower() if nxt else ""
        if m.group("old"):
            d.kind, d.unit, d.strong, d.end = "duration", unit, True, m.end()
            return
        if hyphen and (nxt_word in T.SECURITY_TERMS or nxt_word in T.METHOD_NOUNS):
            d.kind = "skip"
            return
        if nxt_word in T.LOCATING_AFTER and not hyphen:
            d.kind = "skip"
            return
        if unit == "quarter" and not hyphen and d.num.form != "cardinal":
            pass  # "three quarters" is a fraction
        else:
            d.kind, d.unit, d.strong, d.end = "duration", unit, True, m.end()
            return
    m = _OTHER_AFTER.match(text, pos, hi)
    if m:
        word = " ".join(m.group("u").lower().split())
        unit = T.OTHER_UNITS[word]
        d.kind, d.unit, d.strong, d.end = "other", unit, True, m.end()
        return


_CENTS_AFTER: Final = re.compile(rf"{_WS}{{1,2}}cents?\b", re.I)


def _times_is_multiplier(text: str, d: _Draft, pos: int, hi: int) -> bool:
    """ "N times" multiplies before a comparison ("three times the size") or right after a verb
    of growth ("profits grew three times"); after a verb someone does, or a passive, it counts
    occasions ("the Fed raised three times", "rates were cut five times")."""
    nxt = _NEXT_WORD.match(text, pos, hi)
    if nxt and nxt.group("w").lower() in T.TIMES_MULTIPLIER_NEXT:
        period = _NEXT_WORD.match(text, nxt.end(), hi) if nxt.group("w").lower() in ("that", "this", "the") else None
        return period is None or period.group("w").lower() not in _PERIOD_WORDS  # not "six times that year"
    before = _CHANGE_VERB_BEFORE.search(text, max(0, d.num.start - 40), d.num.start)
    if not before or before.group("mid").strip(" ,"):
        return False
    verb = before.group("v").lower()
    if _ALL_CHANGE_VERBS[verb] != "up" or verb in T.AGENT_CHANGE_VERBS:
        return False
    return not _BE_BEFORE.search(text, max(0, before.start() - 12), before.start())


_BE_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(sorted(BE_FORMS))})[ \t]{{1,3}}\Z", re.I)
_PERIOD_WORDS: Final = frozenset("year month week day season quarter decade time".split())


def _vague_ok(text: str, d: _Draft, hi: int) -> bool:
    """ "hundreds of billions of dollars", "millions of users": value null, kind from what follows."""
    m = _VAGUE_MONEY_AFTER.match(text, d.num.end, hi)
    if m:
        code = _currency_code(m.group("qual"), m.group("cur"))
        if code:
            d.kind, d.unit, d.strong, d.end, d.value = "money", code, True, m.end(), None
            return True
    if d.kind != "count":
        return d.kind in ("money",)
    of = _OF_AFTER.match(text, d.num.end, hi)
    if not of:
        return False
    d.after = of.end()
    return True


_FRACTION_OF_UNIT: Final = re.compile(
    r"[ \t]{1,3}(?:of[ \t]{1,3})?(?:a|one)[ \t]{1,3}"
    r"(?P<unit>percentage[ \t]{1,3}points?|per[ \t]?cent(?:age)?[ \t]{1,3}points?|points?|per[ \t]?cent)\b",
    re.I,
)


def _fraction_kind(text: str, d: _Draft, hi: int) -> bool:
    """A fraction with no unit is a share of a whole ("a third of", "one in five"): a percentage."""
    num = d.num
    unit = _FRACTION_OF_UNIT.match(text, num.end, hi) if d.value is not None else None
    if unit:
        # "a quarter of a percentage point" is 0.25 pp, "half of one percent" 0.5%: a fraction of the unit
        word = " ".join(unit.group("unit").lower().split())
        d.kind, d.unit = ("other", "point") if word == "point" else ("percent", "pp" if word.endswith("point") else "%")
        d.end = d.after = unit.end()
        return True
    words = num.text.lower()
    if words.endswith(("quarters", "quarter")) and not _OF_AFTER.match(text, num.end, hi) and num.value is not None:
        return False
    if (num.article or words == "half") and not _OF_AFTER.match(text, num.end, hi):
        return False  # "a third undisclosed buyer", "the second half" are no shares
    if d.value is not None and d.value > 1:
        return True  # more than one whole ("2 1/2 in thick", "2½'") is an amount, not a share
    if d.value is not None:
        d.kind, d.unit, d.value = "percent", "%", d.value * HUNDRED
    return True


def _bare_one(text: str, num: Number, hi: int) -> bool:
    """ "one" used as a pronoun or article ("one of the", "at one point", "for one") is no quantity."""
    return num.words and num.value == 1 and not num.scaled and num.form == "cardinal" and not num.article


def _not_a_quantity(text: str, d: _Draft, lo: int, hi: int, back: list[str] | None) -> bool:
    """True for numbers that are dates, years, times, names, ordinals, addresses or locators."""
    num = d.num
    if d.kind == "skip":
        return True
    s, e = num.start, num.end
    if d.kind in ("duration", "other", "multiplier") and d.strong:
        return False
    before = text[max(lo, s - 1) : s]
    after = text[e : e + 1]
    if after == "/" or before == "/" and num.form != "fraction":
        return True  # "24/7", "5/17": dates and rates written with a slash
    if _TIME_AFTER.match(text, e, hi):
        return True
    if num.plain and (_DOTTED_BEFORE.search(text, max(lo, s - 2), s) or _DOTTED_AFTER.match(text, e, hi)):
        return True  # "iTunes 4.7.1", "192.168.1.2": a piece of a dotted version or address
    if back is None:
        back = _words_back(text, lo, s, 2)
        if back and _glued_before(text, s):
            back = []
    if back and (_is_month(back[0]) or back[0] == "the" and len(back) > 1 and _is_month(back[1])):
        return True  # "November 30", "Dec. 12"
    if num.plain and (_MONTH_AFTER.match(text, e, hi) or _DAY_RANGE_AFTER.match(text, e, hi)):
        return True  # "1 May", "18-24 November"
    if before in "-–/" and num.plain and _YEAR_BEFORE.search(text, max(lo, s - 5), s):
        return True  # "2013-14"
    if num.plain and num.value is not None and 1800 <= num.value <= 2100 and len(num.text) == 4:
        nxt = _NEXT_WORD.match(text, e, hi)
        if not (nxt and _is_plural_noun(nxt.group("w"))) or _MONTH_AFTER.match(text, e, hi) or _year_before(back) \
                or nxt.group("w").lower() in T.YEAR_NOUNS:
            return True  # a year ("the 2001 attacks", "September 11, 2001 attacks", "hopes 2005 sales will")
    if before in "-‐‑" and before and _GLUED_NAME_BEFORE.search(text, max(lo, s - 20), s):
        return True  # "GPT-5.1", "COVID-19", "F-35"
    if back:
        word = back[0]
        bare = word.strip("\"'“”‘’([")
        low = bare.lower().rstrip(",")
        if low in T.IDENTIFIER_BEFORE and word[-1:] not in ",;:" or bare in ("#", "No.", "no.", "No"):
            return True  # "page 42", "figure 3"; not "according to the figures, 157,000 jobs"
        if word[-1:] not in ",;:" and not _POSSESSIVE_END.search(bare) and _is_name_word(bare) and low not in T.CAPITALISED_NOT_NAMES \
                and low not in T.MONTHS and low not in T.WEEKDAYS and low not in _BOUND_WORDS:
            return True  # "Windows 10", "iPhone 11", "Gemini 3", "S&P 500"
    if num.plain and _STREET_AFTER.match(text, e, hi):
        return True
    value = num.value if num.plain else None
    if value is not None and value in T.EMERGENCY_NUMBERS and _dialled(text, lo, s, e, hi):
        return True  # "called 911", "a 999 call": a telephone number
    if value is not None and back and 1000 <= value < 1800 and len(num.text) == 4 and back[0].lower() in _YEAR_PREPOSITIONS:
        nxt = _NEXT_WORD.match(text, e, hi)
        if not (nxt and _is_plural_noun(nxt.group("w"))):
            return True  # "built in 1723": a year before 1800 after a preposition of time
    if value is not None and back and len(num.text) == 3 and value % 10 != 0 and _names_a_model(text, e, hi, back):
        return True  # "The 777 program has": a model
    if _HYPHEN_NOUN.match(text, e, hi) and d.kind == "count":
        return True  # "two-stroke engines", "a 10-member board": part of an adjective
    if num.plain and len(num.text) >= 3:
        nxt = _NEXT_WORD.match(text, e, hi)
        if nxt and nxt.group("w")[0].isupper() and not nxt.group("w").endswith("s") and not _MONTH_AFTER.match(text, e, hi):
            return True  # "737 Max", "787 Dreamliner": a model
    if num.plain and text[s - 1 : s] == "#":
        return True
    return False


_DOTTED_BEFORE: Final = re.compile(r"\d\.\Z")
_DOTTED_AFTER: Final = re.compile(r"\.\d")
_DIALLED_BEFORE: Final = re.compile(r"\b(?:call(?:s|ed|ing)?|dial(?:s|led|ed|ling|ing)?|phoned|ring|rang)[ \t]{1,3}\Z", re.I)
_CALL_AFTER: Final = re.compile(rf"{_WS}{{1,3}}(?:calls?|operators?|dispatch(?:ers?)?|emergency|line)\b", re.I)
_YEAR_PREPOSITIONS: Final = frozenset(("in", "since", "until", "till", "circa", "c."))
_MODEL_DETERMINERS: Final = frozenset("the its his her their our this that".split())


def _dialled(text: str, lo: int, s: int, e: int, hi: int) -> bool:
    return bool(_DIALLED_BEFORE.search(text, max(lo, s - 12), s) or _CALL_AFTER.match(text, e, hi))


def _names_a_model(text: str, e: int, hi: int, back: list[str]) -> bool:
    """A three-digit number (not a round one: "the 2400 level") between a determiner and a
    singular noun that no plural follows names a model: "the 777 program has", not "the 253
    largest companies" nor "the 159 recorded last year"."""
    if back[0].lower() not in _MODEL_DETERMINERS:
        return False
    nxt = _NEXT_WORD.match(text, e, hi)
    if nxt is None:
        return False
    word = nxt.group("w")
    if not word[0].islower() or _is_plural_noun(word) or word in T.NP_STOP_WORDS or "-" in word \
            or word.endswith(("est", "ed", "ing")):
        return False
    after = _NEXT_WORD.match(text, nxt.end(), hi)
    return after is None or not _is_plural_noun(after.group("w"))


_POSSESSIVE_END: Final = re.compile(r"['’]s?\Z")
_YEAR_DETERMINERS: Final = frozenset("the its his her their our this that fiscal year calendar".split())


def _year_before(back: list[str] | None) -> bool:
    """Whether the words before a year-like number make it a year although a plural noun
    follows: a determiner ("the 2001 attacks": counts of that size are written "2,001")
    or a date's month and day ("September 11, 2001 attacks")."""
    if not back:
        return False
    word = back[0]
    if word.lower() in _YEAR_DETERMINERS:
        return True
    return word.endswith(",") and word[:-1].isdigit() and len(back) > 1 and _is_month(back[1])


def _is_month(word: str) -> bool:
    bare = word.strip(_LEADING_PUNCT).rstrip(".,")
    low = bare.lower()
    return low in T.MONTHS and (bare[:1].isupper() or word.endswith(".") and len(low) <= 4) and low != "may" or bare == "May"


def _is_name_word(word: str) -> bool:
    if not word or not (word[0].isupper() or any(c.isupper() for c in word[1:])):
        return False
    return any(c.isalpha() for c in word) and not word.endswith(".") or word in ("U.S.", "U.K.")


_NOT_PLURAL: Final = frozenset(
    "was is has its as this thus his us plus across less unless always perhaps whereas yes does was "
    "always series news means species its".split()
)


_IRREGULAR_PLURALS: Final = frozenset("people children men women staff personnel police cattle feet teeth".split())


def _is_plural_noun(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return word[0].islower()  # "some 2000 people": a count, as "2000 workers" is
    return w.endswith("s") and not w.endswith(("'s", "’s", "ss", "sis")) and w not in _NOT_PLURAL and word[0].islower()


def _last_words(table) -> frozenset[str]:
    return frozenset(p.split()[-1] for p in table)


def _phrase_back(back: list[str], table: dict, most: int = 4) -> tuple[int, str] | None:
    """The longest phrase of ``table`` that the words in ``back`` (nearest first) end with.

    Returns how many words it takes and the phrase (leading punctuation of its first word left out).
    """
    if not back:
        return None
    lasts = _LAST_WORDS.get(id(table))
    if lasts is None:
        lasts = _LAST_WORDS[id(table)] = _last_words(table)
    if back[0].lstrip(_LEADING_PUNCT).lower() not in lasts:
        return None
    for k in range(min(most, len(back)), 0, -1):
        stripped = back[k - 1].lstrip(_LEADING_PUNCT)
        if not stripped:
            continue
        words = [stripped, *back[k - 2 :: -1]] if k > 1 else [stripped]  # back to reading order
        phrase = " ".join(words).lower()
        if phrase in table:
            return k, phrase
    return None


_LAST_WORDS: dict[int, frozenset[str]] = {}


def _read_bound(text: str, d: _Draft, hi: int, back: list[str]) -> list[str]:
    """Reads the bound; returns the words before the quantity, bound words left out.

    ``back`` holds the words before ``d.start``.
    """
    found = _phrase_back(back, _BOUND_WORDS)
    if found and not (d.kind == "duration" and found[1] == "over"):
        k, phrase = found
        first = back[k - 1]
        punct = len(first) - len(first.lstrip(_LEADING_PUNCT))  # "(about": the bound starts after "("
        d.bound, d.start = _BOUND_WORDS[phrase], _word_start(text, d.start, back, k - 1) + punct
        return back[k - 1 :] if punct else back[k:]
    m = _BOUND_AFTER.match(text, d.end, hi)
    if m:
        word = m.group("b").lower().lstrip("-")
        for bound, words in T.BOUND_AFTER.items():
            if word in words or "-" + word in words:
                d.bound = bound
                if word in ("odd", "plus", "+", "ish"):
                    d.end = m.end()
                return back
    return back


_OCCASIONS_AFTER: Final = re.compile(r"[ \t]{1,3}times\b", re.I)


def _read_change(text: str, d: _Draft, hi: int, back: list[str]) -> None:
    if d.kind in ("duration",) or d.value is None:
        return
    if d.kind == "count" and _OCCASIONS_AFTER.match(text, d.end, hi):
        return  # "rates went up five times": a count of occasions, not a change
    rate = d.kind in ("percent", "multiplier") or d.unit in ("point", "basis point")
    near = back[1:] if back and back[0].lower() == "by" else back
    found = _phrase_back(near, T.DIRECTION_BEFORE, 2)
    if found and found[1] in T.PARTICLE_VERBS and len(near) > 1 and _bare_word(near[1]) in T.PARTICLE_VERBS[found[1]]:
        return  # "makes up 20% of", "write off up to 100%": a verb's particle, not a direction
    if found and found[1] in ("up", "down", "higher by", "lower by", "off") and (rate or d.kind == "money" or found[1] != "off"):
        d.change = T.DIRECTION_BEFORE[found[1]]
        return
    m = _CHANGE_NOUN_AFTER.match(text, d.end, hi)
    if m and (rate or d.kind == "money"):
        w = m.group("w").lower()
        d.change = "up" if w in T.CHANGE_NOUNS_AFTER["up"] else "down"
        return
    m = _COMPARATIVE_AFTER.match(text, d.end, hi)
    if m and rate:
        d.change = T.COMPARATIVE_AFTER[m.group("w").lower()]
        return
    # With more than two words between the verb and the number, only a "by" next to the number
    # lets the verb count ("rose sharply in the third quarter by 5%"): else three words will do.
    reach = len(back) if back and _bare_word(back[0]) == "by" else 3
    words: list[str] = []
    verb = None
    for raw in back[:reach]:
        if raw[-1:] in ".;:!?" or "(" in raw or ")" in raw:
            break
        word = _bare_word(raw)
        if word in _ALL_CHANGE_VERBS:
            verb = word
            break
        words.append(word)
    if verb is None:
        return
    if verb in T.RATE_ONLY_CHANGE_VERBS and not rate:
        return
    words.reverse()
    if not words:
        d.change = _ALL_CHANGE_VERBS[verb]
        return
    if words[-1] in ("to", "from", "at", "of", "than", "with", "for", "in", "on", "and", "or"):
        return
    if words[-1] == "by" or (len(words) <= 2 and all(_filler(w) for w in words)):
        d.change = _ALL_CHANGE_VERBS[verb]


def _bare_word(raw: str) -> str:
    return raw.strip(",\"'“”‘’").lower()


_FILLERS: Final = frozenset("a an the further additional another some nearly almost about around roughly just only more than over another year-on-year year-over-year sharply slightly".split())


def _filler(word: str) -> bool:
    return word in _FILLERS or word.endswith("ly")


_RANGE_GAP: Final = re.compile(rf"{_WS}{{0,2}}(?:-|–|—|to|and){_WS}{{0,2}}\Z", re.I)


def _join_ranges(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """ "$10-20 million", "between 5% and 7%", "10 to 15 percent": one quantity with ``high``."""
    out: list[_Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        if i + 1 < len(drafts):
            b = drafts[i + 1]
            gap = text[a.end : b.start]
            m = _RANGE_GAP.match(gap) if len(gap) <= 8 else None
            if m and a.value is not None and b.value is not None:
                word = gap.strip().lower()
                between = bool(_BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start))
                from_ = bool(_FROM_BEFORE.search(text, max(0, a.start - 8), a.start))
                if word in ("-", "–") and a.num.plain and b.num.plain and b.value < a.value and not (a.strong or b.strong):
                    i += 2  # a score, "3-1"
                    continue
                joined = _merge(a, b, word, between, from_)
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
                if from_ and word == "to" and not a.strong and b.strong and (a.kind == "count"):
                    _inherit(a, b)
        out.append(a)
        i += 1
    return out


def _inherit(a: _Draft, b: _Draft) -> None:
    """ "from 10 to 15 percent": the first number takes the unit (and scale) of the second."""
    a.kind, a.unit = b.kind, b.unit
    if b.scale and not a.num.scaled and a.value is not None:
        a.value = a.value * b.scale


def _shares_thousands(a: _Draft, b: _Draft) -> bool:
    """Whether a plain numeral under 1,000 ranges up to one written in thousands: "50-100,000"."""
    low = a.value
    return low is not None and 0 < low < 1000 and a.num.plain and "," not in a.num.text \
        and "," in b.num.text and "." not in b.num.text


def _merge(a: _Draft, b: _Draft, word: str, between: bool, from_: bool) -> _Draft | None:
    if word == "and" and not between:
        return None
    if (from_ or a.change and not (word in ("-", "–") and b.strong)) and not between:
        return None  # "rose 5 to 10%" is a change and a level; "grew by 20-25%" is one range
    if a.kind == b.kind and a.unit == b.unit or not a.strong and a.kind == "count":
        kind, unit = b.kind, b.unit
    elif not b.strong and b.kind == "count":
        kind, unit = a.kind, a.unit  # "$10-20 million"
    else:
        return None
    low = a.value
    if low is None or b.value is None:
        return None  # (never: _join_ranges asks first)
    if b.scale and not a.num.scaled:
        low = low * b.scale
    elif _shares_thousands(a, b) and low * 1000 <= b.value:
        low = low * 1000  # "$50-100,000": the thousands of the second are the first's too
    if b.value < low:
        return None
    merged = _Draft(num=a.num, start=a.start, end=b.end, value=low, kind=kind, unit=unit,
                    bound=a.bound, change=a.change or b.change, high=b.value, strong=True, after=b.after,
                    scale=b.scale)
    if between:
        merged.start = a.start  # "between" itself is not part of the span
    return merged
