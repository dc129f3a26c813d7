"""What a quantity measures, whom it is about, and the time it holds for.

Shallow rules over the words of the sentence, no parser:

- ``measure``: the counted noun after the number ("800 million *weekly active
  users*"), the whole after "of" ("20% of *its workforce*"), or the noun
  phrase the number is said of ("*Google's stock price* has surged by 11%").
- ``subject``: the named entity that owns that phrase ("Google's"), else the
  one a pronoun ("its", "the company") points back to, else the sentence's
  subject. Entities come from ``doc.entities``; without them, capitalised
  phrases stand in, so the rules work before an entity extractor runs.
- ``period``: a month, quarter or year stated next to the quantity; a month
  without a year takes the article's year (never outside knowledge).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any, Final, Iterator, NamedTuple, Sequence

import attrs

from ..text.cues import FINITE_BE
from ..text.trie import trie_pattern
from . import tables as T
from .extract import Quantity
from .numbers import lowered

__all__ = ["Mention", "Context", "measure_of", "subject_of", "period_of", "pseudo_mentions"]

_TOKEN: Final = re.compile(r"[A-Za-z][\w&'’.\-]*[A-Za-z0-9]|[A-Za-z]|\d[\d.,]*|[^\w\s]")
_POSSESSIVE: Final = re.compile(r"(?:'s|’s|s'|s’)\Z")
_POSSESSIVE_ENDS: Final = ("'s", "’s", "s'", "s’")  # what _POSSESSIVE finds
_IRREGULAR_PLURALS: Final = frozenset("people children men women staff personnel police cattle data media".split())
# Words that link a noun phrase to the number that follows it ("revenue *is expected to exceed*").
_LINKS: Final = frozenset(
    """of at to by is was are were be been being has have had will would could should may might must can
    expected likely set forecast projected estimated seen reported said reach reached reaching reaches hit
    hits hitting stood stands stand at totaled totalled totaling totalling total totals amounted amount
    amounting came come comes worth nearly about around roughly some from currently now already still also
    just only then more than than over under up down hovered hovering remained remains remain rise fall
    climb grow""".split()
) | frozenset(
    w for ws in T.CHANGE_VERBS.values() for w in ws
    if w.endswith(("ed", "ing")) or w in ("rose", "fell", "grew", "sank", "shrank", "slid", "dove", "lost", "leapt",
                                          "risen", "fallen", "grown", "shrunk", "sunk")
)
_PREPOSITIONS: Final = frozenset(
    "of in at for on from among across with by to into about under over like as than including such behind after before since via per".split()
)
_SOURCE_CUES: Final = re.compile(r"\b(?:according\s+to|per|citing|cited|by|says|said|told)\s+\Z", re.I)
_SENTENCE_STARTERS: Final = T.CAPITALISED_NOT_NAMES | frozenset(
    "however meanwhile today yesterday tomorrow furthermore moreover additionally still yet while although"
    " though because since during despite according earlier later previously subsequently nevertheless"
    " instead indeed overall finally first second third last next recently currently now".split()
)
_NAME_RUN: Final = re.compile(r"[A-Z][\w&.\-]*(?:[ ](?:[A-Z][\w&.\-]*|of|de|and|&)){0,4}")
_PRONOUN_BEFORE: Final = re.compile(r"\b(?:its|their|the\s+company['’]s|the\s+firm['’]s|the\s+startup['’]s|the\s+group['’]s)\s*\Z", re.I)
_COMPANY_NOUNS: Final = "company|firm|startup|group|unicorn|business|carmaker|bank|lender|insurer|retailer|chipmaker"
_COMPANY_WORDS: Final = re.compile(rf"\b(?:the\s+(?:{_COMPANY_NOUNS})|its|their)\b", re.I)
# The same, for the lower-cased text (see numbers.lowered). Each branch starts with a letter
# and checks the word boundary just after it, so the engine skips in C from one "t" or "i" to
# the next instead of trying the pattern at every position.
_COMPANY_WORDS_LOWER: Final = re.compile(rf"(?:t(?<!\wt)he(?:\s+(?:{_COMPANY_NOUNS})|ir)|i(?<!\wi)ts)\b")


class Mention(NamedTuple):
    """A named thing in the text: its canonical name, kind and where it stands.

    A named tuple rather than an attrs class: an article makes thousands of them.
    """

    start: int
    end: int
    name: str
    kind: str = "ORG"


def _new_cache() -> Any:
    """An empty dict, for a :class:`Context` cache.

    Typed Any, not dict: compiled with mypyc, the class body's ``attrs.field(factory=...)``
    would otherwise be checked to be of the factory's type, which the attrs marker is not.
    """
    return {}


@attrs.frozen
class Context:
    """What the rules may look at: the text, its mentions in order and the article's date."""

    text: str
    mentions: Sequence[Mention]
    published: dt.date | None = None
    starts: Sequence[int] = ()
    _leaders: dict = attrs.field(factory=_new_cache, eq=False, repr=False)
    _scans: dict = attrs.field(factory=_new_cache, eq=False, repr=False)  # name -> _Scan of the text, on first need
    _name_words: dict = attrs.field(factory=_new_cache, eq=False, repr=False)  # "" -> the words of the names

    @classmethod
    def build(cls, text: str, mentions: Sequence[Mention], published: dt.date | None) -> "Context":
        ordered = sorted(mentions, key=lambda m: (m.start, m.end))
        return cls(text, ordered, published, [m.start for m in ordered])

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def salient(self, pos: int, kinds: frozenset[str]) -> Mention | None:
        """The entity named most often before ``pos`` (the latest of equals): what "the company" means."""
        leaders = self._leaders.get(kinds)
        if leaders is None:
            leaders = self._leaders[kinds] = self._running_leaders(kinds)
        i = bisect.bisect_left(self.starts, pos)
        return leaders[i - 1] if i > 0 else None

    def _running_leaders(self, kinds: frozenset[str]) -> list[Mention | None]:
        """For each prefix of the mentions, the most named entity so far: one pass, not one per question."""
        counts: dict[str, int] = {}
        best: Mention | None = None
        best_count = 0
        out: list[Mention | None] = []
        for m in self.mentions:
            if m.kind in kinds:
                counts[m.name] = counts.get(m.name, 0) + 1
                if counts[m.name] >= best_count:
                    best, best_count = m, counts[m.name]
            out.append(best)
        return out

    def names_a_company(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` says "the company", "its" or "their".

        The text is scanned once, as far as the questions reach (the words
        cannot overlap, so the matches of one scan are those of any search):
        searching from every quantity to its sentence's end would grow with the
        square of a run-on sentence.
        """
        found = self.scan("company", _COMPANY_WORDS, _COMPANY_WORDS_LOWER)
        found.read_to(end)
        i = bisect.bisect_left(found.starts, start)
        return i < len(found.starts) and found.starts[i] < end and found.matches[i].end() <= end

    def scan(self, name: str, pattern: re.Pattern, lower_pattern: re.Pattern | None = None) -> "_Scan":
        """The matches of ``pattern`` over the whole text: one scan per name, read as far as asked.

        ``lower_pattern``, if given, matches in the lower-cased text what ``pattern`` matches in
        the text (see numbers.lowered), and is run instead where it can be.
        """
        found = self._scans.get(name)
        if found is None:
            low = lowered(self.text) if lower_pattern is not None else None
            matches = pattern.finditer(self.text) if low is None or lower_pattern is None else lower_pattern.finditer(low)
            found = self._scans[name] = _Scan(matches)
        return found

    def names_at(self, pos: int, word: str) -> bool:
        """Whether ``word`` at ``pos`` is a name: a mention starts there, or a name has that word.

        The second for a short form the entities do not list ("Zentrix" of "Zentrix Corp").
        """
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.starts) and self.starts[i] == pos:
            return True
        words = self._name_words.get("")
        if words is None:
            words = self._name_words[""] = {w for m in self.mentions for w in m.name.split(" ")}
        return word in words

    def before(self, pos: int, kinds: frozenset[str]) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.kind in kinds:
                return m
            i -= 1
        return None


class _Scan:
    """The matches of one scan of a text, read only as far as the questions about them reach.

    Rules ask about the text in order, sentence after sentence, and often stop asking early:
    the scan stops there too. Its matches are those of a scan of the whole text.
    """

    __slots__ = ("_rest", "starts", "matches")

    def __init__(self, matches: Iterator[re.Match]):
        self._rest: Iterator[re.Match] | None = matches
        self.starts: list[int] = []
        self.matches: list[re.Match] = []

    def read_to(self, pos: int) -> None:
        """Reads every match that starts before ``pos``, and the one after them if any."""
        starts = self.starts
        while self._rest is not None and (not starts or starts[-1] < pos):
            m = next(self._rest, None)
            if m is None:
                self._rest = None
                break
            starts.append(m.start())
            self.matches.append(m)


def pseudo_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Capitalised phrases standing in for entities when none were extracted."""
    out: list[Mention] = []
    append = out.append
    starters, months, weekdays = _SENTENCE_STARTERS, T.MONTHS, T.WEEKDAYS
    symbols, codes = T.CURRENCY_SYMBOLS, T.ISO_CODES
    for m in _NAME_RUN.finditer(text, start, end):
        words = m.group()
        if " " not in words:
            # One word, the common case: the rules below, for a phrase of one word. A run
            # holds no comma or apostrophe, so no possessive and no "," to strip.
            first = words.rstrip(".").lower()
            if first in starters or first in months or first in weekdays:
                continue
            if words in symbols or words in codes:
                continue  # "Rs", "USD": a currency, not a name
            if words.endswith(".") and not _ABBREVIATION.fullmatch(words):
                words = words[:-1]
            append(Mention(m.start(), m.start() + len(words), words, "ORG"))
            continue
        found = _phrase_mention(m.start(), words.split(" "))
        if found is not None:
            append(found)
    return out


def _phrase_mention(at: int, words: list[str]) -> Mention | None:
    """The mention a capitalised run of several words at ``at`` stands for, if any."""
    for i, word in enumerate(words[:-1]):
        if word.endswith(".") and len(word) > 2 and not _ABBREVIATION.fullmatch(word):
            words = words[: i + 1]  # "Raymond. Income": a sentence ends inside the run
            break
    offset = 0
    while words and words[0].rstrip(".,").lower() in _SENTENCE_STARTERS:
        offset += len(words.pop(0)) + 1
    while words and words[-1] in ("of", "de", "and", "&"):
        words.pop()
    if not words:
        return None
    first = words[0].rstrip(".").lower()
    if first in T.MONTHS or first in T.WEEKDAYS or first in _SENTENCE_STARTERS and len(words) == 1:
        return None
    if len(words) == 1 and (words[0] in T.CURRENCY_SYMBOLS or words[0] in T.ISO_CODES):
        return None  # "Rs", "USD": a currency, not a name
    name = " ".join(words)
    name = _POSSESSIVE.sub("", name) if name.endswith(("'s", "’s")) else name
    if name.endswith(".") and not _ABBREVIATION.fullmatch(words[-1]):
        name = name[:-1]
    return Mention(at + offset, at + offset + len(name), name, "ORG")


# --- measure ------------------------------------------------------------------------


# How far before a number its phrase is looked for: characters, then tokens.
_WINDOW: Final = 110
_WINDOW_TOKENS: Final = 14


def _words_before(text: str, lo: int, pos: int, limit: int = _WINDOW_TOKENS) -> list[str]:
    """The last ``limit`` tokens before ``pos``; :func:`_token_start` finds where one starts."""
    return _TOKEN.findall(text, max(lo, pos - _WINDOW), pos)[-limit:]


def _token_start(text: str, pos: int, toks: list[str], i: int) -> int:
    """Where ``toks[i]`` starts, ``toks`` being :func:`_words_before`'s tokens before ``pos``.

    Walking back from ``pos``, each token is the last occurrence of itself before the next
    one: a later occurrence would end on a character that starts a token (every token ends
    on one), and no such character stands between a token and the next.
    """
    for tok in reversed(toks[i:]):
        pos = text.rfind(tok, 0, pos)
    return pos


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha()


def _plural(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 3)


def _noun_phrase_after(text: str, pos: int, end: int) -> tuple[str | None, int]:
    """The counted noun phrase starting at ``pos``: "monthly active users", "revenue goal"."""
    words: list[str] = []
    last_end = pos
    for count, m in enumerate(_TOKEN.finditer(text, pos, min(end, pos + 120))):
        if count >= 8:  # the first eight tokens only
            break
        tok = m.group()
        if tok in ("“", "”", '"', "‘", "’", "'") and not words:
            continue
        if tok == "-" and not words:
            continue
        if not tok[:1].isalpha():
            if _YEAR_TOKEN.fullmatch(tok) and not words:
                continue  # "$13 billion 2025 revenue target"
            break
        low = tok.lower()
        if low in _ADDED and not words and _WORD_NEXT.match(text, m.end(), end):
            continue  # "two other patients", "three more stores": the noun after counts
        if low in T.NP_STOP_WORDS or low in _APPROX_WORDS or low in _PARTICLES:
            break
        if low in T.COMPARATIVE_AFTER and not _WORD_NEXT.match(text, m.end(), end):
            break  # "16.29 points lower at": a comparative names nothing, unless a noun follows ("two smaller banks")
        if low.endswith("ly") and low not in _LY_NOUNS:
            if words:
                break
            continue
        if tok[0].isupper() and words and not words[-1][0].isupper() and not tok.isupper():
            break
        words.append(tok)
        last_end = m.end()
        if _plural(tok) or len(words) >= 5:
            break
    if words and words[-1].lower() in _EVERY_PERIOD:
        words.pop()  # "an hour saved daily": "daily" names a noun only before it ("daily users")
    return (" ".join(words) if words else None), last_end


_APPROX_WORDS: Final = frozenset(T.BOUND_BEFORE["approx"])
_ADDED: Final = frozenset(("other", "more", "additional", "further", "extra"))
_WORD_NEXT: Final = re.compile(r"[ \t]{1,3}(?!(?:than|to|at|in|on|and|or|from|by|after|for|with)\b)[a-z]")
_PERIOD_NOUNS: Final = frozenset(("year", "quarter", "month", "week", "period", "day", "half"))
_PERIOD_DETERMINERS: Final = frozenset(("the", "this", "that", "last", "next"))
# Particles end a counted noun phrase: "from 450 million *down* to", "five *away*".
_PARTICLES: Final = frozenset(("up", "down", "off", "out", "away", "back", "together"))
_EVERY_PERIOD: Final = frozenset(("daily", "monthly", "weekly", "quarterly", "yearly"))
_LY_NOUNS: Final = frozenset(("daily", "monthly", "weekly", "quarterly", "yearly", "early", "family", "supply", "italy"))


_NEAR_BEFORE: Final = 40  # characters before a quantity within which most phrases before it are read


def _noun_phrase_before(text: str, lo: int, pos: int) -> tuple[str | None, int]:
    """The noun phrase the number is said of: "Google's stock price has surged by" -> "stock price".

    The rules read the tokens back from the number and mostly stop within a few words, so
    the last forty characters or so are tokenized first, from a blank (which no token crosses:
    they are the window's last tokens); the whole window only when the rules reach their first.
    """
    blank = text.rfind(" ", max(lo, pos - _WINDOW), pos - _NEAR_BEFORE)
    found = None
    if blank >= 0:
        toks = _words_before(text, blank + 1, pos)
        found = _phrase_in_tokens(toks, whole=False)
    if found is None:
        toks = _words_before(text, lo, pos)
        # the tokens open the sentence when neither the window nor the token limit cut them
        found = _phrase_in_tokens(toks, whole=True, initial=pos - _WINDOW <= lo and len(toks) < _WINDOW_TOKENS)
    assert found is not None  # the whole window always gives an answer
    phrase, first = found
    return phrase, pos if first is None else _token_start(text, pos, toks, first)


def _phrase_in_tokens(toks: list[str], whole: bool, initial: bool = False) -> tuple[str | None, int | None] | None:
    """The rules of :func:`_noun_phrase_before` over the tokens before the number.

    Returns the phrase and the index of the token it starts at (of the last word taken when
    there is no phrase; None when none was). Unless ``toks`` is the ``whole`` window, None
    when the rules came within one token of its start, where the whole window reads on.
    """
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 6:
        tok = toks[i].lower()
        if tok in _LINKS or tok.endswith("ly") and _is_word(tok) or tok in ("(", ")"):
            if tok == ")":
                while i >= 0 and toks[i] != "(":
                    i -= 1
            i -= 1
            skipped += 1
            continue
        if tok in _PERIOD_NOUNS and i >= 1 and toks[i - 1].lower() in _PERIOD_DETERMINERS:
            # "total revenue for the year was 10bn euros", "growth this year is expected to be 4%"
            i -= 2
            if i >= 0 and toks[i].lower() in ("for", "in", "during", "over", "of"):
                i -= 1
            skipped += 1
            continue
        break
    words: list[tuple[int, str]] = []  # (index in toks, token)
    start_at = None  # the index of the last word taken, if any
    lowest_k = len(toks)  # the lowest index the article test below reached (i only goes down)
    for _round in range(3):
        while i >= 0:
            tok = toks[i]
            low = tok.lower()
            if tok == ")":
                while i >= 0 and toks[i] != "(":
                    i -= 1
                i -= 1
                continue
            if not _is_word(tok) or low in T.NP_STOP_WORDS or tok.endswith(_POSSESSIVE_ENDS) or low in _LINKS:
                break
            if tok[0].isupper() and not (words and words[0][1][0].isupper()) and words:
                break
            start_at = i
            words.insert(0, (i, tok))
            i -= 1
        k = i
        while k >= 0 and toks[k].lower() in ("the", "a", "an"):
            k -= 1
        lowest_k = min(lowest_k, k)
        if words and all(w[1][0].isupper() for w in words) and k >= 0 and toks[k].lower() in _PREPOSITIONS:
            words = []  # "of ChatGPT in the United States": a place or owner, not the measure
            i = k - 1
            while i >= 0 and toks[i].lower() in ("the", "a", "an"):
                i -= 1
            continue
        if words and i >= 1 and toks[i].lower() == "of" and _is_word(toks[i - 1]) and toks[i - 1][0].islower() \
                and toks[i - 1].lower() not in T.NP_STOP_WORDS:
            words.insert(0, (i, "of"))  # "the average number of conversations"
            i -= 1
            continue
        break
    if not whole and min(i, lowest_k) < 1:
        return None
    # Capitalised words are names, but for the sentence's first ("Revenue rose 4%"), which
    # measure_of drops when it starts a name after all (``initial``: toks start the sentence).
    first = next((k for k, tok in enumerate(toks) if _is_word(tok)), -1) if initial else -1
    if first >= 0 and (not toks[first].isalpha() or toks[first].lower() in _SENTENCE_STARTERS
                       or toks[first].lower() in T.NP_STOP_WORDS):
        first = -1  # "They’ll have 71 kWh", "Meanwhile"
    words = [w for w in words if w[1][0].islower() or w[1].isupper() or w[0] == first and first <= 1]
    while words and words[0][1] == "of":
        words.pop(0)
    if not words:
        return None, start_at
    return " ".join(w[1] for w in words), words[0][0]


def phrase_before(text: str, q: Quantity, sent_start: int) -> tuple[str | None, int]:
    """The noun phrase the quantity is said of, and where it starts (``q.start`` when none)."""
    return _noun_phrase_before(text, sent_start, q.start)


def measure_of(
    text: str, q: Quantity, sent_start: int, sent_end: int, previous: str | None, before: tuple[str | None, int],
    names: "Context | None" = None,
) -> str | None:
    """The words that name what ``q`` measures, or None; ``before`` is :func:`phrase_before`'s answer.

    ``names``, if given, tells a name from a common noun at the start of a sentence.
    """
    hyphen = _HYPHENATED.match(text, q.end, q.end + 22)
    if hyphen and q.kind != "duration":
        return hyphen.group(1)  # "$500 billion-valued"
    of = _OF.match(text, q.end, q.end + 8)
    if of and q.kind in ("percent",) or q.value is None and q.after != q.end:
        pos = of.end() if of and q.value is not None else q.after
        pos = _skip_owner(text, pos, sent_end)
        pos = _skip_numeral(text, pos, sent_end) if of and q.value is not None else pos
        phrase, _ = _noun_phrase_after(text, pos, sent_end)
        if phrase:
            return phrase
    if of and q.kind == "count" and q.value is not None:
        # "30 of its 787 jets", "three of those companies": the whole the part is counted in
        pos = _skip_owner(text, of.end(), sent_end)
        phrase, phrase_end = _noun_phrase_after(text, _skip_numeral(text, pos, sent_end), sent_end)
        if phrase and not phrase[0].isupper() and phrase.split(" ")[-1].lower() not in _QUANTITY_WORDS \
                and not text[phrase_end : phrase_end + 2].strip()[:1].isdigit():
            return phrase  # not "five of six", nor "some 60 of the embattled 737 jets"
    if q.kind in ("count", "money", "other", "duration"):
        worth = _WORTH_OF.match(text, q.after, q.after + 16)  # "$125 billion worth of goods"
        phrase, _ = _noun_phrase_after(text, worth.end() if worth else q.after, sent_end)
        if phrase:
            return phrase
    if q.kind == "duration":
        return None
    spent = _SPENT_ON.match(text, q.end, q.end + 30) if q.kind == "money" and q.value is not None else None
    if spent:
        phrase, _ = _noun_phrase_after(text, spent.end(), sent_end)
        if phrase:
            return phrase.split(" ")[0]  # "$1.4 trillion to infrastructure construction": infrastructure
    phrase, start = before
    be = _be_before_participle(text, phrase, start) if phrase else -1
    if be >= 0 and not (q.kind == "money" and _AMOUNT_VERBS.match(phrase or "")):
        # "the turnover figure was unchanged at", "truck sales were pegged at": what the clause is about
        phrase, start = _noun_phrase_before(text, sent_start, be)
        if phrase and phrase.isupper():
            phrase = None  # "IBM was unchanged at": a name
    if phrase and phrase[0].isupper() and not phrase.split(" ")[0].isupper():
        phrase, start = _without_initial_name(text, phrase, start, names)
    if phrase:
        phrase, start = _after_quantity_words(text, phrase, start)
    if phrase and _names_a_measure(text, phrase, start, q):
        return phrase
    gap = text[max(sent_start, q.start - 12) : q.start].lower()
    if previous and _LINK_END.search(gap):
        return previous  # "from 450 million in July to 650 million"
    return None


# Words after which the next one is a verb, not a noun: "will *start* at $44,000", "set to
# *raise* up to $12.9bn", "have been *told* 176 dollars", "That *promises* 355 horsepower".
_VERB_BEFORE: Final = frozenset(
    "to will would can could may might must shall should been be being it that which who they we he she i you".split()
)
# Verbs that name an amount of money themselves, so stay its measure ("investing hundreds of
# billions of dollars", "set to raise $12.9bn", "ready to pay Rs 300"): what no rule can know.
_AMOUNT_VERBS: Final = re.compile(
    r"(?:invest|spen[dt]|rais|pa(?:y|id)|earn|cost|charg|borrow|len[dt]|sav|ow[ei]|fund|donat|generat|valu|pric|bid)"
)
# The nouns of prepositions written in several words: "in *front* of 15,522", "in *addition* to
# five", "to the *tune* of $28 billion", "on *top* of 10%". None is what the number measures.
_PREPOSITION_NOUNS: Final = frozenset("front addition tune top lieu excess terms spite".split())
# A word before the number that is itself part of a quantity: a number word ("from *zero* to 60
# mph"), a scale ("$47 *billion* to $8 billion"), a unit ("rose 3.5 *percent* to $27.2 billion").
_QUANTITY_WORDS: Final = frozenset(
    list(T.UNITS) + list(T.TEENS) + list(T.TENS) + list(T.SCALES) + list(T.VAGUE_SCALES)
    + list(T.PERCENT_WORDS) + list(T.DURATION_WORDS) + list(T.OTHER_UNITS) + ["mln", "bln", "dlrs", "cts", "times"]
)


def _without_initial_name(text: str, phrase: str, start: int, names: "Context | None") -> tuple[str | None, int]:
    """The phrase without its first, capitalised word when that word starts a name.

    Only a sentence's first word is taken capitalised (see _phrase_in_tokens); without
    entities to tell ("Revenue rose" from "Google rose"), it is taken for a name.
    """
    first, _, rest = phrase.partition(" ")
    if names is not None and not names.names_at(start, first):
        return phrase, start
    if not rest:
        return None, start
    return rest, text.find(rest, start + len(first))


def _be_before_participle(text: str, phrase: str, start: int) -> int:
    """Where "is", "were", ... starts before a participle ``phrase`` at ``start`` ("sales *were*
    pegged at", "inflation *is* running at"), or -1."""
    if " " in phrase or not phrase.islower() or not phrase.endswith(("ed", "ing")):
        return -1
    be = _BE_BEFORE.search(text, max(0, start - 8), start)
    return be.start() if be else -1


_BE_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(sorted(FINITE_BE))})\s+\Z")


def _after_quantity_words(text: str, phrase: str, start: int) -> tuple[str | None, int]:
    """The phrase after its last word of another quantity: "eighty *spiders* of two meters each",
    none in "rose 3.5 percent to $27.2 billion" or "five times last year to 2.25%"."""
    words = phrase.split(" ")
    last = max((k for k, word in enumerate(words) if word.lower() in _QUANTITY_WORDS), default=-1)
    if last < 0:
        return phrase, start
    rest = " ".join(words[last + 1 :])
    return (rest, text.find(rest, start)) if rest else (None, start)


def _names_a_measure(text: str, phrase: str, start: int, q: Quantity) -> bool:
    """Whether the phrase before ``q`` (from ``start``) names what it measures.

    A phrase of one word does not when it is a verb after a modal, "to" or a subject pronoun
    ("will go 300 miles"; but "to raise $12.9bn", see _AMOUNT_VERBS), a modifier between an
    article and the number ("a new 149 horsepower", "the entire 25.2% stake"),
    or the noun of a preposition ("in front of 15,522").
    """
    if _TICKER.fullmatch(phrase) and (any(c.isdigit() for c in phrase) or text[start - 2 : start] == " ."
                                      or text[start + len(phrase) : start + len(phrase) + 1] == "="):
        return False  # "the Dow .DJI fell", "Copper CMCU3 rose", "notes US10YT=RR": a ticker
    if phrase in T.COMPARATIVE_AFTER:
        return False  # "closed 16.29 points lower at 3,817.69"
    if " " in phrase or not phrase.islower():
        return True
    before = _TOKEN.findall(text, max(0, start - 30), start)
    prev = before[-1].lower() if before else ""
    if prev in _VERB_BEFORE or prev in FINITE_BE and phrase.endswith(("ing", "ed")):  # "Acme is knocking $438 off"
        return q.kind == "money" and bool(_AMOUNT_VERBS.match(phrase))
    if prev in ("a", "an", "the") and text[start + len(phrase) : q.start].strip() == "":
        return False
    return phrase not in _PREPOSITION_NOUNS


_TICKER: Final = re.compile(r"[A-Z][A-Z0-9]{1,9}")


def _skip_numeral(text: str, pos: int, end: int) -> int:
    """Skip "those", "all" and a numeral at ``pos``: "of *the 12* teams", "of *all* US activity"."""
    m = _NUMERAL.match(text, pos, end)
    return m.end() if m else pos


def _skip_owner(text: str, pos: int, end: int) -> int:
    """Skip "OpenAI's", "its", "the" at ``pos``: the owner is the subject, not the measure."""
    m = _OWNER.match(text, pos, end)
    return m.end() if m else pos


# --- subject ------------------------------------------------------------------------

_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z][a-z]{0,3}\.")
_YEAR_TOKEN: Final = re.compile(r"(?:19|20)\d\d")
# "\b(?:19|20)\d\d\b", with the boundary checked after the first digit: a pattern that starts
# with a literal lets the engine skip in C to the next "1" or "2" (it is run over whole texts).
_YEAR_IN_TEXT: Final = re.compile(r"(?:1(?<!\w1)9|2(?<!\w2)0)\d\d\b")
_HYPHENATED: Final = re.compile(r"-([a-z]{3,20})\b")
_OF: Final = re.compile(r"[ \t]{1,3}of[ \t]{1,3}")
_OF_THE: Final = re.compile(r"[ \t]{1,3}of[ \t]{1,3}(?:the[ \t])?")
_SPENT_ON: Final = re.compile(r"[ \t]{1,3}(?:annually[ \t]|a year[ \t]|each year[ \t]|per year[ \t])?[ \t]*(?:in|into|on|to)[ \t]{1,3}")
_LINK_END: Final = re.compile(r"\b(?:to|and|from)\s*\Z")
_WORTH_OF: Final = re.compile(r"[ \t]{1,3}worth[ \t]{1,3}of[ \t]{1,3}")
# What stands between "of" and the whole a part is counted in: "of *those* companies", "of *all*
# US economic activity", "of the *12* teams" (always matches, maybe empty).
_NUMERAL: Final = re.compile(r"(?:(?:th[oe]se|all)[ \t]{1,3})?(?:\d[\d,.]{0,20}[ \t]{1,3})?")
_OWNER: Final = re.compile(r"(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3}['’]s\b\s*)?")
_POSSESSIVE_AFTER: Final = re.compile(r"['’]s?\b|['’](?=\s)")
_CLAUSE_OPENING: Final = re.compile(r";\s*|,\s+(?:and|but|while|whereas)\s+|,\s+(?=the\s)|\bwhile\s+")
_REACH: Final = 400  # characters around a quantity that its subject and period are looked for in
_ORG: Final = frozenset({"ORG"})
_PREFERRED: Final = frozenset({"ORG", "PRODUCT"})
_OWNERS: Final = frozenset({"ORG", "PRODUCT", "PERSON", "EVENT"})


def subject_of(ctx: Context, q: Quantity, sent_start: int, sent_end: int, np_start: int) -> str | None:
    """The canonical name of whom ``q`` is about; ``np_start`` from :func:`phrase_before`."""
    text = ctx.text
    # a window around the quantity stands for the sentence, so a huge "sentence" stays linear
    lo, hi = max(sent_start, q.start - _REACH), min(sent_end, q.end + _REACH)
    around = ctx.within(lo, hi)
    in_sentence = [m for m in around if m.kind in _OWNERS]
    sent_start = lo
    if not in_sentence and not ctx.mentions:
        return None
    # 1. an owner right around the number: "Google's stock price has ...", "of OpenAI's workforce",
    # a place too when it owns the measure ("the UK's jobless rate")
    for m in reversed(around):
        if m.end > q.start or (m.kind not in _OWNERS and m.kind != "PLACE"):
            continue
        if (m.end >= np_start - 4 or q.start - m.end <= 4) and _owns(text, m):
            if m.kind == "PLACE":
                # "South Korea's Kospi Index fell 0.5%": the named thing the place owns
                owned = next((o for o in in_sentence if 0 < o.start - m.end <= 4 and o.end <= q.start), None)
                if owned is not None:
                    return owned.name
            return m.name
    of = _OF_THE.match(text, q.end, q.end + 10)
    if of:
        for m in in_sentence:
            if m.start == of.end():
                return m.name
    for m in reversed(in_sentence):
        if np_start - 2 <= m.end <= np_start and text[m.end : np_start].strip() == "" and m.end <= q.start:
            return m.name  # "ChatGPT Enterprise usage surging 8x"
    # 2. a pronoun or "the company" points back to the sentence's subject or the last organisation
    head = text[max(sent_start, np_start - 24) : np_start]
    if _may_point_back(head) and _PRONOUN_BEFORE.search(head):
        first = _first_subject(ctx, in_sentence, sent_start)
        if first is not None and first.start < q.start:
            return first.name
        prev = ctx.salient(sent_start, _ORG) or ctx.salient(sent_start, _PREFERRED)
        return prev.name if prev else None
    before = [m for m in in_sentence if m.end <= q.start]
    # 3. the nearest owner written with a possessive
    for m in reversed(before):
        if _owns(text, m):
            return m.name
    # 4. the subject of the quantity's own clause ("the Dow fell 1%, the S&P 500 lost 2%"),
    # 5. of the sentence, 6. the nearest before, 7. the first after
    clause = _clause_start(text, sent_start, q.start)
    if clause > sent_start:
        first = _first_subject(ctx, [m for m in before if m.start >= clause], clause, q.start)
        if first is not None:
            return first.name
    first = _first_subject(ctx, in_sentence, sent_start, q.start)
    if first is not None:
        return first.name
    preferred = [m for m in before if m.kind in _PREFERRED and not _cited(text, m, sent_start)]
    if preferred:
        return preferred[-1].name
    after = [m for m in in_sentence if m.start >= q.end and m.kind in _PREFERRED]
    if after:
        return after[0].name
    kinds = _ORG if ctx.names_a_company(sent_start, sent_end) else _PREFERRED
    prev = ctx.salient(sent_start, kinds)
    return prev.name if prev else None


_APOSTROPHES: Final = frozenset("'’")  # what _POSSESSIVE_AFTER starts with


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ";", ", and", ", but", ", while",
    "while" or ", the" before it (``lo`` when there is none)."""
    start = lo
    for m in _CLAUSE_OPENING.finditer(text, max(lo, pos - _REACH), pos):
        start = m.end()
    return start


def _owns(text: str, m: Mention) -> bool:
    return text[m.end : m.end + 1] in _APOSTROPHES and bool(_POSSESSIVE_AFTER.match(text, m.end, m.end + 3))


def _may_point_back(head: str) -> bool:
    """False when ``head`` cannot end as _PRONOUN_BEFORE needs: with "its", "their" or a possessive.

    Letters beyond ASCII are left to the pattern, which case-folds "ſ" and "ı" as "s" and "i".
    """
    tail = head.rstrip()[-5:].lower()
    return not tail.isascii() or tail.endswith(("its", "their", "'s"))


def _cited(text: str, m: Mention, lo: int) -> bool:
    # _SOURCE_CUES ends in a blank: most mentions, at the start of a sentence or after "(", are spared the search
    return m.start > lo and text[m.start - 1].isspace() and bool(_SOURCE_CUES.search(text, max(lo, m.start - 16), m.start))


def _first_subject(ctx: Context, mentions: list[Mention], lo: int, before: int | None = None) -> Mention | None:
    """The first organisation or product of the sentence that is not in a prepositional phrase.

    Failing that, the first owner of another kind (a person, an event) that is not.
    """
    text = ctx.text
    other = None  # the first such owner of another kind, in the same pass
    for m in mentions:
        if before is not None and m.start >= before:
            break
        if m.kind not in _OWNERS or _cited(text, m, lo):
            continue
        words = text[max(lo, m.start - 30) : m.start].lower().split()[-3:]
        if words and (words[-1] in _PREPOSITIONS or words[-2:] == ["such", "as"] or
                      (len(words) >= 2 and words[-1] in ("the", "a") and words[-2] in _PREPOSITIONS)):
            continue
        if m.kind in _PREFERRED:
            return m
        if other is None:
            other = m
    return other


# --- period -------------------------------------------------------------------------

# Both word lists shaped as tries (see text/trie.py): the search tries the pattern at every
# word boundary from a little before each hint, and a trie rejects a word after a letter or two.
# No preposition is a prefix of another, so their order does not matter.
_MONTH_NAMES: Final = trie_pattern(m.capitalize() for m in T.MONTHS)
_PREPOSITIONS_BEFORE_PERIOD: Final = trie_pattern(
    ["in", "by", "since", "for", "during", "through", "as of", "until", "from", "to", "at the end of", "end of", "of"]
)
_PERIOD: Final = re.compile(
    rf"\b(?P<prep>{_PREPOSITIONS_BEFORE_PERIOD})?\s*"
    rf"(?:(?P<month>{_MONTH_NAMES})\.?(?:\s+(?P<day>\d{{1,2}}),?)?(?:\s+(?P<myear>(?:19|20)\d\d))?"
    rf"|(?P<rel>this|last|next)\s+year|(?P<year>(?:19|20)\d\d)(?![\d-])"
    rf"|(?P<q>Q[1-4]|(?:first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?(?P<qyear>(?:19|20)\d\d))?)\b"
)
_QUARTERS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4}


# Where the core of a _PERIOD match can be found: at a month's first letters, a year or
# "Q1", or at the "year" of "last year" and the "quarter" of "first quarter", which stand at
# most six letters and two blank runs after the start of that core.
_PERIOD_HINT: Final = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4]|19\d\d|20\d\d|year|quarter")
_LONGEST_PREP: Final = 13  # "at the end of": how far before its core a _PERIOD match can start, blanks aside


def _blanks_before(text: str, lo: int, pos: int) -> int:
    """Where the run of blanks that ends at ``pos`` starts (``lo`` at the lowest)."""
    pos = max(lo, pos)
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos


def period_candidates(ctx: Context, sent_start: int, sent_end: int) -> tuple[list[int], list[re.Match]]:
    """Every stated time of a sentence (and where each starts), for :func:`period_of`.

    What ``_PERIOD.finditer`` over the sentence gives, without trying the pattern at every
    word: each next match starts at most a preposition, a word of six letters and two runs
    of blanks before the next hint, so the search starts there.
    """
    text = ctx.text
    found = []
    pos = sent_start
    while True:
        hint = _PERIOD_HINT.search(text, pos, sent_end)
        if hint is None:
            break
        core = _blanks_before(text, pos, _blanks_before(text, pos, hint.start()) - 6)
        m = _PERIOD.search(text, max(pos, core - _LONGEST_PREP), sent_end)
        if m is None:
            break
        found.append(m)
        pos = m.end()
    return [m.start() for m in found], found


def period_of(ctx: Context, q: Quantity, sent_start: int, candidates: tuple[list[int], list[re.Match]]) -> str | None:
    best = None
    starts, matches = candidates
    for k in range(bisect.bisect_left(starts, q.start - 160), len(matches)):  # (a slice would copy the rest)
        m = matches[k]
        if m.start() > q.end + 80:
            break
        if q.num_start <= m.start() < q.num_end:
            continue
        dist = m.start() - q.end if m.start() >= q.end else (q.start - m.end()) * 2 + 10
        if dist < 0 or dist > 70:
            continue
        if best is None or dist < best[0]:
            best = (dist, m)
    if best is None:
        return None
    m = best[1]
    year = _article_year(ctx, sent_start)
    if m.group("month"):
        y = int(m.group("myear")) if m.group("myear") else year
        if y is None:
            return None
        month = T.MONTHS[m.group("month").lower()]
        point = f"{y:04d}-{month:02d}"
        if (m.group("prep") or "").lower() == "since" and ctx.published is not None:
            end = f"{ctx.published.year:04d}-{ctx.published.month:02d}"
            return f"{point}..{end}" if end > point else point
        return point
    if m.group("rel"):
        if year is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        return f"{year + shift:04d}"
    if m.group("year"):
        return m.group("year")
    if m.group("q"):
        qname = m.group("q")
        n = int(qname[1]) if qname.startswith("Q") else _QUARTERS[qname.split()[0].lower()]
        y = int(m.group("qyear")) if m.group("qyear") else year
        return f"{y:04d}-Q{n}" if y is not None else None
    return None


def _article_year(ctx: Context, pos: int) -> int | None:
    if ctx.published is not None:
        return ctx.published.year
    # The last year written in the 4000 characters before ``pos``, as a search of that window
    # finds it: from the text's years (found once), or one that the window's end cuts off
    # from the digit after it ("2019" in "20195" reads as a year when the window ends at "5").
    text = ctx.text
    at_end = _YEAR_IN_TEXT.match(text, pos - 4, pos) if pos >= 4 else None
    if at_end:
        return int(at_end.group())
    years = ctx.scan("years", _YEAR_IN_TEXT)
    years.read_to(pos - 3)
    starts = years.starts
    i = bisect.bisect_right(starts, pos - 4) - 1  # every match is four characters long
    return int(years.matches[i].group()) if i >= 0 and starts[i] >= max(0, pos - 4000) else None
