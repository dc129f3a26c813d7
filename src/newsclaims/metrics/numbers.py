"""Every number in a text, with its exact value: numerals, number words, fractions, scales.

The reader works in two passes, both linear in the text. A compiled regular
expression finds *atoms*: digit numerals (with their separators, exponent and
glued suffix), number words, ordinals that can name a fraction's denominator
and vulgar fractions. Atoms separated only by short gaps (a space, a hyphen,
"and", "a", "of a") form a *phrase*, and a small grammar turns each phrase
into one or more numbers: "two hundred and two thousand" is 202000, "five
eighths" 0.625, "one billion and a half million" 1000500000, "3 hundred and
2 hundred" two numbers. Values are :class:`~decimal.Decimal`, never floats.
"""

from __future__ import annotations

import contextlib
import functools
import re
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any, Callable, Final, Iterator, Sequence, TypeVar, cast

import attrs

from ..text.trie import trie_branches, trie_pattern
from . import tables as T

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["Number", "find_numbers", "scan_numbers"]

MAX_DIGITS = 30  # longer digit runs are not read at all (Python's int() refuses > 4300)
# Decimal precision under which sums and products of what the scanner reads stay exact: a
# numeral holds up to 13 runs of MAX_DIGITS, and scales add a few digits. (The default
# context rounds at 28 digits; the public entry points run under :func:`exactly`.)
EXACT_PREC = 16 * MAX_DIGITS
MAX_PHRASE = 40  # atoms in one phrase; longer runs are cut (a list of number words)
_PREC: Final = 40  # Decimal precision for division (thirds and the like) ...
QUOTIENT_DIGITS = 28  # ... whose inexact results keep this many significant digits (Decimal's default)


@attrs.frozen
class Number:
    """A number found in a text: ``text[start:end]`` reads as ``value``.

    ``value`` is None only for a vague amount ("millions", "hundreds of
    thousands"), which :func:`find_numbers` leaves out. The other fields say
    how it was written, for the metric reader.
    """

    start: int
    end: int
    text: str
    value: Decimal | None
    form: str = "cardinal"  # cardinal | fraction | vague | fold
    words: bool = False  # spelled out, at least in part
    scaled: bool = False  # a scale word or suffix multiplied it ("1.4 trillion", "10M")
    plain: bool = False  # bare digits without separators, sign or decimals ("2025")
    glued: str | None = None  # letters glued after the digits that are not a scale ("ml", "x", "pm")
    article: bool = False  # begins with "a"/"an" standing for one ("a dozen", "a half")
    scale: Decimal | None = None  # the last scale applied ("20 million": 10**6), for ranges


_UNIT: Final = Decimal(1)  # exponent 0, for same_quantum


def tidy(value: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent noise: 1.2E+9 -> 1200000000, 4.800 -> 4.8."""
    if value.same_quantum(_UNIT):
        return value  # exponent 0 (most numbers), told without building the tuple of digits below
    sign_digits_exponent = value.as_tuple()
    exponent = sign_digits_exponent.exponent
    digits = sign_digits_exponent.digits
    if isinstance(exponent, int) and exponent < 0 and digits[-1] != 0:
        return value  # "4.75": already tidy, and the common case; spare the context switch
    with localcontext() as ctx:
        ctx.prec = max(EXACT_PREC, len(digits))
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()


# --- atoms ------------------------------------------------------------------------

def _number_words() -> dict[str, tuple[str, Any]]:
    """Every number word, as ``(kind, value)``; an ordinal's value is ``(value, plural)``.

    Built in a function: the values are ints, Decimals, None and pairs, which a module-level
    loop variable (one declared type) could not hold.
    """
    words: dict[str, tuple[str, Any]] = {}
    for w, i in T.UNITS.items():
        words[w] = ("U", i)
    for w, i in T.TEENS.items():
        words[w] = ("T", i)
    for w, i in T.TENS.items():
        words[w] = ("X", i)
    words["hundred"] = ("H", 100)
    for w, d in T.SCALES.items():
        words[w] = ("S", d)
    for w, d in T.VAGUE_SCALES.items():
        words[w] = ("V", d)
    for w, i in T.DOZEN_WORDS.items():
        words.setdefault(w, ("Z", i))
    for w, i in T.FOLD_WORDS.items():
        words[w] = ("F", i)
    for w in T.NEGATIVE_WORDS:
        words[w] = ("N", -1)
    words["point"] = ("P", None)
    ordinals: tuple[tuple[dict[str, int], str], ...] = (
        (T.ORDINAL_UNITS, "OU"), (T.ORDINAL_TEENS, "OT"), (T.ORDINAL_TENS, "OX")
    )
    for group, kind in ordinals:
        for w, i in group.items():
            words[w] = (kind, (i, False))
            words[w + "s"] = (kind, (i, True))
    for w, d in T.ORDINAL_SCALES.items():
        words[w] = ("OS", (d, False))
        words[w + "s"] = ("OS", (d, True))
    words["half"] = ("HF", (2, False))
    words["halves"] = ("HF", (2, True))
    words["quarter"] = ("HF", (4, False))
    words["quarters"] = ("HF", (4, True))
    return words


_WORDS: Final = _number_words()
_ORD_KINDS: Final = frozenset({"OU", "OT", "OX", "OS", "HF"})


_SIGN: Final = r"(?P<sign>(?:(?<![\w.,\-\u2212+])[-\u2212+])|(?:^[-\u2212][ \t]{1,2}))?"
_CHAIN: Final = rf"\d{{1,{MAX_DIGITS}}}(?:[.,]\d{{1,{MAX_DIGITS}}}){{0,12}}"
# Thousands grouped with a no-break or thin space ("40\u202f000"); a plain space is too often
# two numbers side by side ("400 737 Max jets").
_SPACED: Final = r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3}){1,8}(?:\.\d{1,30})?(?![.,]?\d)"
# Numerals. Searched from just before each digit (see _digit_atoms), so the engine never
# tries this pattern at the letters between numbers.
_NUMERAL: Final = re.compile(
    rf"""
    (?P<frac>{_SIGN.replace('sign', 'fsign')}(?<![\d/.,])\d{{1,3}}[ \t]?/[ \t]?\d{{1,3}}(?![\d/]|[.,]\d))
    | (?P<num>{_SIGN}(?<![\d.,])(?:{_SPACED}|{_CHAIN}|\.\d{{1,{MAX_DIGITS}}})
        (?P<exp>[eE][+-]?\d{{1,3}}(?![\w])|\^[+-]{{0,2}}\d{{1,3}}|[ \t]?[x×][ \t]?10\^?[-−]?\d{{1,3}})?
        (?!\d))
    """,
    re.X | re.M,
)
_DIGIT: Final = re.compile(r"\d")
# Number words, and vulgar fractions. The leading class lets the engine skip positions no
# word or fraction can start at before it tries the boundary and the trie; both cases are
# spelled out, as a class the engine must case-fold at each character is slower.
_WORD_ATOM_FIRST: Final = "".join(sorted({c for w in _WORDS for c in (w[0].lower(), w[0].upper())} | set(T.VULGAR_FRACTIONS)))
_WORD_ATOM: Final = re.compile(
    rf"(?=[{re.escape(_WORD_ATOM_FIRST)}])(?:\b(?P<word>{trie_pattern(_WORDS)})(?![\w'’]|['’]s\b)"
    rf"|(?P<vulgar>[{''.join(T.VULGAR_FRACTIONS)}]))",
    re.I,
)
# The same atoms searched in the lower-cased text, case-sensitively: every alternative then
# starts with a literal, so the engine skips in C to the characters a word can start with,
# instead of trying the pattern at every position. The word boundary before a word is checked
# in Python (see _word_atoms), which is what ``\b`` checked. Vulgar fractions are added only
# for text that has one: their characters slow the engine's skipping for all text.
_WORD_END: Final = r"(?![\w'’]|['’]s\b)"
_WORD_BRANCHES: Final = [b + _WORD_END for b in trie_branches(_WORDS)]
_WORD_ATOM_LOWER: Final = re.compile("(?:" + "|".join(_WORD_BRANCHES) + ")")
_WORD_OR_VULGAR_LOWER: Final = re.compile(
    "(?:" + "|".join(_WORD_BRANCHES + [re.escape(c) for c in sorted(T.VULGAR_FRACTIONS)]) + ")"
)


@functools.lru_cache(maxsize=2)
def lowered(text: str) -> str | None:
    """``text.lower()``, when matching it case-sensitively is matching ``text`` under re.IGNORECASE.

    That holds when lower-casing keeps every character in place (one character for one)
    and the text has none of the two letters that re.IGNORECASE matches to an ASCII letter
    while str.lower() does not map them to it ("ı", "ſ"). Lower-casing keeps whether a
    character is a word character, a digit or a blank (true of every code point), so
    ``\\w``, ``\\d``, ``\\s`` and ``\\b`` read the lowered text as they read ``text``; a
    pattern run on it must spell its letters in lower case. None when it does not hold.
    """
    low = text.lower()
    if len(low) != len(text) or not low.isascii() and ("\u0131" in low or "\u017f" in low):
        return None
    return low

_GLUED: Final = re.compile(r"[A-Za-z°µ]{1,6}(?:/[A-Za-z]{1,3})?")
_SPACED_SUFFIX: Final = re.compile(r"[ \t]{1,2}(bn|mn|mln|bln|tln|trn|tn|mil|[kKMGB])(?![\w'’\-])")
# Wire copy hyphenates a scale before a currency: "a 45.1-mln-dlr offering", "a 3-bln-stg loan".
_HYPHEN_SUFFIX: Final = re.compile(r"-(mln|bln|bn)(?=-[a-z])")
# Gaps that can stand between the atoms of one phrase.
_GAP: Final = re.compile(
    r"""(?P<space>[ \t\u00a0\u202f]{1,4})\Z
    | (?P<hyphen>[ \t]{0,2}[-\u2010\u2011\u2013][ \t]{0,2})\Z
    | [ \t]{1,3}(?:and|&)[ \t]{1,3}(?P<and_a>an?[ \t]{1,3})?\Z
    | -and-(?P<and_a_hyphen>an?-)\Z                       # "two-and-a-half"
    | (?P<comma>,[ \t]{1,2})\Z
    | [ \t]{1,3}(?P<a>an?)[ \t]{1,3}\Z
    | [ \t]{1,3}(?P<of_a>of(?:[ \t]{1,3}an?)?)[ \t]{1,3}\Z
    | [ \t]{1,3}(?P<over>over|out[ \t]of|in)[ \t]{1,3}\Z
    """,
    re.X | re.I,
)
_MAX_GAP: Final = 14
_ARTICLE_BEFORE: Final = re.compile(r"(?:^|(?<=[^\w]))(an?)[ \t]{1,3}\Z", re.I)
_DETERMINER_BEFORE: Final = re.compile(
    r"\b(?:the|this|that|which|each|every|any|no|another|last|the only|no|someone|anyone)[ \t]{1,3}\Z", re.I
)
_END_AFTER: Final = re.compile(r"[ \t]*(?:[.!?,;:)\]]|$)")
_UNIT_AFTER: Final = re.compile(r"[ \t]{1,3}([A-Za-z]{1,12})")


class _Atom:
    """One numeral or number word (a plain slotted class: atoms are made by the thousand).

    ``value`` is typed Any: by ``kind`` it is a Decimal (numerals, scales, fractions), an int
    (number words, ordinals, "dozen", "-fold", "minus") or None ("point").
    """

    __slots__ = ("kind", "value", "start", "end", "plural", "glued", "scaled", "plain", "integer", "scale")

    def __init__(self, kind: str, value: Any, start: int, end: int, plural: bool = False,
                 glued: str | None = None, scaled: bool = False, plain: bool = False, integer: bool = True,
                 scale: Decimal | None = None):
        # kind: D (digits), Q (fraction digits), U T X H S V Z F N P, OU OT OX OS HF, W (vulgar)
        self.kind, self.value, self.start, self.end, self.plural = kind, value, start, end, plural
        self.glued, self.scaled, self.plain, self.integer, self.scale = glued, scaled, plain, integer, scale


def _read_chain(text: str, start: int, end: int) -> list[tuple[int, int, Decimal, bool, bool]]:
    """A run of digits and separators as numbers: ``(start, end, value, plain, integer)``.

    "1,234,567.89", "12,34,567" (Indian), "1.234,5" (European), "1 234 567"
    (spaced) are one number; "192.168.1.2" and "22,24,26" are several.
    """
    raw = text[start:end]
    if raw.isdigit():
        return [(start, end, Decimal(raw), True, True)]
    if "\u00a0" in raw or "\u202f" in raw or "\u2009" in raw:
        head, _, frac = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ").partition(".")
        digits = head.replace(" ", "")
        value = Decimal(digits + ("." + frac if frac else ""))
        return [(start, end, value, False, not frac)]
    parts = re.split(r"([.,])", raw)
    groups, seps = parts[0::2], parts[1::2]
    if not seps:
        return [(start, end, Decimal(raw), True, True)]

    def grouped(gs: list[str]) -> bool:
        if len(gs[0]) > 3 or gs[0].startswith("0") and len(gs[0]) > 1:
            return False
        if all(len(g) == 3 for g in gs[1:]):
            return True
        # Indian grouping: 12,34,567
        return len(gs) > 2 and len(gs[-1]) == 3 and all(len(g) == 2 for g in gs[1:-1]) and len(gs[0]) <= 2

    one = None
    if set(seps) == {","}:
        if grouped(groups):
            one = "".join(groups)
        elif len(groups) == 2 and len(groups[1]) <= 2:
            one = groups[0] + "." + groups[1]  # a decimal comma: "5,00", "1,3"
    elif set(seps) == {"."}:
        if len(groups) == 2:
            one = groups[0] + "." + groups[1]
        elif grouped(groups):
            one = "".join(groups)  # "1.234.567"
        elif grouped(groups[:-1]) and len(groups[-1]) <= 2:
            one = "".join(groups[:-1]) + "." + groups[-1]  # "3.817.69": a thousands dot typed for a comma
    elif seps[-1] == "." and set(seps[:-1]) == {","} and grouped(groups[:-1]):
        one = "".join(groups[:-1]) + "." + groups[-1]
    elif seps[-1] == "," and set(seps[:-1]) == {"."} and grouped(groups[:-1]):
        one = "".join(groups[:-1]) + "." + groups[-1]  # European: 1.111,11
    if one is not None:
        return [(start, end, Decimal(one), False, "." not in one)]
    out, pos = [], start
    for g, sep in zip(groups, seps + [""]):
        out.append((pos, pos + len(g), Decimal(g), True, True))
        pos += len(g) + len(sep)
    return out


def _exponent(value: Decimal, exp: str) -> Decimal | None:
    exp = exp.replace("\u2212", "-").replace(" ", "").replace("\t", "")
    try:
        if exp[0] in "eE":
            return value.scaleb(int(exp[1:]))
        if exp[0] in "x×":
            power = exp[3:].lstrip("^")
            return value.scaleb(int(power))
        power = exp[1:]
        negative = power.count("-") % 2 == 1
        n = int(power.strip("+-"))
        with localcontext() as ctx:
            ctx.prec = _PREC
            result = value**n
            return (1 / result) if negative else result
    except (InvalidOperation, ValueError, ZeroDivisionError, OverflowError):
        return None


# What a numeral can start with before its first digit: a sign ("-5", "- 5" at a line start)
# or a decimal point (".5", "-.5"); blanks only follow one of these.
_NUMERAL_LEAD: Final = frozenset("-\u2212+.")


def _digit_atoms(text: str, start: int, end: int) -> list[_Atom]:
    out: list[_Atom] = []
    pos = start
    digit, numeral, lead = _DIGIT.search, _NUMERAL.search, _NUMERAL_LEAD
    while True:
        d = digit(text, pos, end)
        if d is None:
            return out
        # a sign, a "- " at a line start or a leading "." may stand just before the digit; where
        # none does (most numbers), the search starts at the digit, sparing three failed tries
        at = d.start()
        lo = max(pos, at - 3)
        m = numeral(text, at if lead.isdisjoint(text[lo:at]) else lo, end)
        if m is None:
            return out
        if m.group("frac") is not None:
            out.extend(_fraction_atom(text, m))
        else:
            _number_atoms(text, m, end, out)
        pos = m.end()


def _word_atoms(text: str, start: int, end: int) -> Iterator[_Atom]:
    low = lowered(text)
    if low is None:
        yield from _word_atoms_folding(text, start, end)
        return
    words, vulgar = _WORDS, T.VULGAR_FRACTIONS
    pattern = _WORD_ATOM_LOWER
    if not low.isascii() and any(c in low for c in vulgar):
        pattern = _WORD_OR_VULGAR_LOWER
    for m in pattern.finditer(low, start, end):
        s = m.start()
        word = m.group()
        found = words.get(word)
        if found is not None:
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue  # inside a longer word
            kind, value = found
            if kind in _ORD_KINDS:
                denominator, plural = value
                yield _Atom(kind, denominator, s, s + len(word), plural=plural)
            else:
                yield _Atom(kind, value, s, s + len(word))
        else:
            num, den = vulgar[word]
            yield _Atom("W", _divide(Decimal(num), Decimal(den)), s, s + 1)


def _word_atoms_folding(text: str, start: int, end: int) -> Iterator[_Atom]:
    """:func:`_word_atoms` for text that lower-casing would not keep aligned or equivalent."""
    for m in _WORD_ATOM.finditer(text, start, end):
        if m.group("word") is not None:
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue  # inside a longer word
            entry = _WORDS.get(m.group().lower())
            if entry is None:
                continue  # matched only by case folding ("ſix", with a long s): not a word we read
            kind, value = entry
            if kind in _ORD_KINDS:
                denominator, plural = value
                yield _Atom(kind, denominator, m.start(), m.end(), plural=plural)
            else:
                yield _Atom(kind, value, m.start(), m.end())
        else:
            num, den = T.VULGAR_FRACTIONS[m.group()]
            yield _Atom("W", _divide(Decimal(num), Decimal(den)), m.start(), m.end())


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """The numerals and number words of ``text[start:end]``, in order."""
    digits = _digit_atoms(text, start, end)
    words = list(_word_atoms(text, start, end))
    if not words:
        return digits
    if not digits:
        return words
    return sorted(digits + words, key=lambda a: a.start)


def _divide(a: Decimal, b: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = _PREC
        q = a / b
        # keep exact quotients short ("0.625", not "0.6250000..."), inexact ones as Decimal would
        if q == q.to_integral_value() or len(q.as_tuple().digits) < _PREC:
            return q.normalize()
        ctx.prec = QUOTIENT_DIGITS
        return +q


_FRACTION_DENOMINATORS: Final = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})


def _fraction_atom(text: str, m: re.Match) -> Iterator[_Atom]:
    body_start = m.start() + len(m.group("fsign") or "")
    raw = text[body_start : m.end()]
    num_s, den_s = (s.strip() for s in raw.split("/"))
    num, den = int(num_s), int(den_s)
    negative = bool(m.group("fsign")) and m.group("fsign").strip() in "-\u2212"
    if den and num < den and (den in _FRACTION_DENOMINATORS or num == 1):
        value = _divide(Decimal(num), Decimal(den))
        yield _Atom("Q", -value if negative else value, m.start(), m.end(), integer=False)
        return
    # "24/7", "5/17/2018", "2222/2222": two numbers, not a fraction
    yield _Atom("D", Decimal(num), body_start, body_start + len(num_s), plain=True)
    den_start = m.end() - len(den_s)
    yield _Atom("D", Decimal(den), den_start, m.end(), plain=True)


_MONEY_BEFORE: Final = re.compile(
    "(?:["
    + re.escape("".join(sorted({c for s in T.CURRENCY_SYMBOLS for c in s if not c.isalnum() and c not in ". "})))
    + "]|\\b(?:[A-Z]{3}|Rs\\.?)) ?\\Z"
)
_MONEY_AFTER: Final = re.compile(
    "[ \\t]{1,2}(?:" + "|".join(sorted(map(re.escape, T.CURRENCY_WORDS), key=len, reverse=True)) + ")\\b", re.I
)
_LETTERS_BEFORE: Final = re.compile(r"[^\W\d_]{1,6}\Z")


def _currency_glued_before(text: str, pos: int) -> bool:
    """Letters glued before digits that name a currency: "Rs500", "USD115", "MAUD 60"."""
    m = _LETTERS_BEFORE.search(text, max(0, pos - 6), pos)
    if not m:
        return False
    word = m.group()
    return word in T.CURRENCY_SYMBOLS or word in T.ISO_CODES or (word[:1] == "M" and word[1:] in T.ISO_CODES)


_GLUED_FIRST: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz°µ")  # what _GLUED starts with


def _number_atoms(text: str, m: re.Match, limit: int, out: list[_Atom]) -> None:
    """The atoms of one numeral match, appended to ``out``."""
    m_start, end = m.span()
    sign, exp = m.group("sign", "exp")
    if m_start > 0 and text[m_start - 1].isalpha() and not _currency_glued_before(text, m_start):
        return  # part of a code or name: "A320", "V3.2", "Q3", "i7"
    body_start = m_start + len(sign) if sign else m_start
    body_end = end - len(exp) if exp else end
    raw = text[body_start:body_end]
    if raw.isdigit():  # the common case, as _read_chain reads it
        s, e, value, plain, integer = body_start, body_end, Decimal(raw), True, True
    else:
        pieces = _read_chain(text, body_start, body_end)
        if len(pieces) > 1:
            for s, e, value, plain, integer in pieces:
                out.append(_Atom("D", value, s, e, False, None, False, plain, integer))
            return
        s, e, value, plain, integer = pieces[0]
    if exp:
        v = _exponent(value, exp)
        if v is None:
            end = body_end
        else:
            value, plain, integer = v, False, False
    if sign and sign.strip() in ("-", "\u2212"):
        value = -value
        plain = False
    glued, scaled, scale = None, False, None
    # the first character says whether a glued suffix or a spaced scale can follow at all
    c = text[end] if end < limit else ""
    if c in _GLUED_FIRST:
        g = _GLUED.match(text, end, limit)
        assert g is not None  # c is a letter _GLUED starts with
        after = g.end()
        if after < limit and (text[after].isalnum() or text[after] == "_"):
            return  # digits, letters, digits: a code ("3D2", "1A4"), not a number
        suffix = g.group()
        if suffix == T.MILLION_AFTER_MONEY and (
            _MONEY_BEFORE.search(text, max(0, m_start - 5), m_start) or _MONEY_AFTER.match(text, after, limit)
        ):
            suffix = "M"  # "$5m", "USD 2m", "5m euros": a million next to a currency
        if suffix in T.SCALE_SUFFIXES and not (suffix == "G" and plain and e - s == 1):
            scale = T.SCALE_SUFFIXES[suffix]
            value, end, scaled, plain = value * scale, after, True, False
        else:
            glued, end, plain = suffix, after, False
    elif c == " " or c == "\t":
        sp = _SPACED_SUFFIX.match(text, end, limit)
        if sp:
            scale = T.SCALE_SUFFIXES[sp.group(1)]
            value, end, scaled, plain = value * scale, sp.end(), True, False
    elif c == "-":
        sp = _HYPHEN_SUFFIX.match(text, end, limit)
        if sp:
            scale = T.SCALE_SUFFIXES[sp.group(1)]
            value, end, scaled, plain = value * scale, sp.end(), True, False
    out.append(_Atom("D", value, m_start, end, False, glued, scaled, plain, integer, scale))


# --- phrases ----------------------------------------------------------------------


def _phrases(text: str, start: int, end: int) -> Iterator[tuple[list[_Atom], list[str]]]:
    """Atoms grouped into phrases; ``gaps[i]`` is the kind of gap before atom ``i``."""
    atoms = _atoms(text, start, end)
    n = len(atoms)
    i = 0
    while i < n:
        prev = atoms[i]
        j = i + 1
        gaps = [""]
        while j < n:
            atom = atoms[j]
            if atom.start - prev.end > _MAX_GAP:
                break  # as _gap_kind would say, without the call: most numbers stand alone
            gap = _gap_kind(text, prev.end, atom.start)
            if gap is None or j - i >= MAX_PHRASE or not _may_join(prev, atom, gap):
                break
            gaps.append(gap)
            prev = atom
            j += 1
        yield atoms[i:j], gaps
        i = j


def _gap_kind(text: str, a: int, b: int) -> str | None:
    if b - a > _MAX_GAP:
        return None
    if a == b:
        return "space"
    m = _GAP.match(text[a:b])
    if not m:
        return None
    if m.group("and_a_hyphen") is not None:
        return "and_a"
    for name in ("space", "hyphen", "comma", "and_a", "a", "of_a", "over"):
        if m.group(name) is not None:
            if name == "over":
                return m.group(name).lower().replace("\t", " ").replace("out of", "out_of")
            if name == "of_a":
                return "of_a" if m.group(name).lower() != "of" else "of"
            return name
    return "and"


_WORD_KINDS: Final = frozenset({"U", "T", "X", "H", "S", "V", "Z", "N", "P", "OU", "OT", "OX", "OS", "HF", "F"})


def _may_join(prev: _Atom, atom: _Atom, gap: str) -> bool:
    if gap == "comma":
        return prev.kind in ("S",) and atom.kind in _WORD_KINDS  # "three million, two hundred"
    if gap == "a":
        return prev.kind == "HF" and atom.kind in ("Z", "S")  # "half a dozen", "half a million"
    if gap == "of_a":
        return prev.kind in _ORD_KINDS and atom.kind == "S"  # "two thirds of a million"
    if gap == "of":
        return prev.kind == "V" and atom.kind in ("V", "S")  # "hundreds of thousands"
    if gap == "hyphen":
        return not (prev.kind == "D" and atom.kind == "D")  # "10-20" is a range, not one number
    if gap in ("over", "in", "out_of"):
        return prev.kind in ("D", "U", "T", "X") and atom.kind in ("D", "U", "T", "X", "H")
    if prev.kind == "D" and atom.kind == "D" and gap == "space":
        return False
    return True


# --- the grammar ------------------------------------------------------------------


_DOZEN_ABBREVIATIONS: Final = frozenset(w for w in T.DOZEN_WORDS if not w.startswith("dozen"))


class _Phrase:
    """Evaluates one phrase of atoms into numbers."""

    def __init__(self, text: str, atoms: list[_Atom], gaps: list[str]):
        self.text = text
        self.a = atoms
        self.g = gaps
        self.n = len(atoms)

    # A cardinal over atoms [i, stop): the longest valid prefix.
    def cardinal(self, i: int, stop: int) -> tuple[int, Decimal, dict] | None:
        a, g = self.a, self.g
        total = Decimal(0)
        cur: Decimal | None = None
        last = ""
        last_atom = Decimal(0)
        last_scale: Decimal | None = None
        best = None
        j = i
        info: dict[str, Any] = {"scaled": False, "words": False, "ends_scale": None}
        while j < stop:
            t = a[j]
            gap = g[j] if j > i else ""
            if gap not in ("", "space", "hyphen", "and", "comma"):
                break
            if gap == "and" and not (last in ("H", "S") or (last == "X" and t.kind == "U")):
                break
            if gap == "comma" and last != "S":
                break
            k = t.kind
            nxt = a[j + 1] if j + 1 < stop and g[j + 1] in ("space", "hyphen") else None
            if last == "S" and k in ("D", "U", "T", "X") and last_scale is not None:
                ahead = next((x for x in a[j + 1 : min(stop, j + 4)] if x.kind == "S"), None)
                if ahead is not None and ahead.value >= last_scale:
                    break  # "13 lakh and 2 crore": two numbers
            if k == "D":
                if t.glued and j + 1 < stop:
                    stop = j + 1
                if j == i:
                    cur, last_atom = t.value, t.value
                elif last == "H" and t.integer and 0 < t.value < 100 and not t.scaled and (nxt is None or nxt.kind != "H"):
                    cur = (cur or 0) + t.value
                    last_atom = t.value
                elif last == "S" and t.integer and t.value < 1000 and not t.scaled:
                    cur, last_atom = t.value, t.value
                else:
                    break
                if t.scaled:
                    info["scaled"] = True
            elif k in ("U", "T"):
                v = Decimal(t.value)
                if v == 0 and j != i:
                    break
                if j == i:
                    cur = v
                elif last == "X" and k == "U" and gap in ("space", "hyphen", "and") and cur is not None and cur % 10 == 0:
                    cur += v
                elif last == "H" and (nxt is None or nxt.kind != "H") and cur is not None:
                    cur += v
                elif last == "S":
                    cur = v
                else:
                    break
                last_atom = v
                info["words"] = True
                if v == 0 and not (j + 1 < stop and a[j + 1].kind == "P"):
                    j += 1
                    best = (j, total + cur, dict(info))
                    break
            elif k == "X":
                v = Decimal(t.value)
                if j == i or last == "S":
                    cur = v
                elif last == "H" and cur is not None and cur % 100 == 0 and (nxt is None or nxt.kind != "H"):
                    cur += v
                else:
                    break
                last_atom = v
                info["words"] = True
            elif k == "H":
                if last == "H":
                    break
                if j == i:
                    cur = Decimal(100)
                elif last in ("U", "T", "X") and cur is not None and 0 < cur < 100:
                    cur *= 100
                elif last == "D" and cur is not None and cur > 0:
                    cur *= 100
                else:
                    break
                info["words"] = True
                last_atom = cur
            elif k == "S":
                s = t.value
                if cur is None and last == "S" and last_scale is not None and s > last_scale:
                    total *= s  # "three lakh crore", "thousand million"
                    last_scale = s
                elif cur is not None and (last_scale is None or s < last_scale):
                    total += cur * s
                    cur = None
                    last_scale = s
                elif j == i and self.article and i == 0:
                    total, last_scale = Decimal(s), s  # "a million"
                else:
                    break
                info["scaled"] = True
                info["words"] = True
                info["ends_scale"] = last_scale
            elif k == "V" and j > i and cur is not None and last in ("U", "T", "X", "D", "H"):
                v = Decimal(t.value)
                if v == 12:  # "three dozens"
                    cur = cur - last_atom + last_atom * 12
                elif v == 100 and cur < 100:
                    cur *= 100
                elif v >= 1000 and (last_scale is None or v < last_scale):
                    total += cur * v
                    cur, last_scale = None, v
                    info["scaled"] = True
                else:
                    break
            elif k == "Z":
                if j == i and self.text[t.start : t.end].lower() in _DOZEN_ABBREVIATIONS:
                    break  # "DZ bank", "Doz": an abbreviation for dozen stands only after a number ("3 doz")
                if j == i:
                    cur = Decimal(12)
                elif last in ("U", "T", "X", "D") and cur is not None:
                    cur = cur - last_atom + last_atom * 12
                else:
                    break
                info["words"] = True
            elif k == "P":
                dec = self.decimals(j + 1, stop)
                if dec is None or j == i or last in ("P", "S", "Z"):
                    break
                digits, j_next = dec
                base = (cur or Decimal(0)) if cur is not None or j > i else Decimal(0)
                cur = base + Decimal("0." + digits) if base >= 0 else base - Decimal("0." + digits)
                last = "P"
                j = j_next
                info["words"] = True
                best = (j, total + cur, dict(info))
                continue
            else:
                break
            if k != "S":
                info["ends_scale"] = None
            last = k
            j += 1
            best = (j, total + (cur if cur is not None else 0), dict(info))
        return best

    def decimals(self, j: int, stop: int) -> tuple[str, int] | None:
        """Digits after "point": "zero three", "seventy-one", "eleven"."""
        a, g = self.a, self.g
        digits = ""
        while j < stop and g[j] in ("space", "hyphen"):
            t = a[j]
            if t.kind == "U":
                digits += str(t.value)
                j += 1
            elif t.kind in ("T", "X") and not digits:
                v = t.value
                if t.kind == "X" and j + 1 < stop and a[j + 1].kind == "U" and g[j + 1] in ("space", "hyphen"):
                    v = v + a[j + 1].value
                    j += 1
                digits += str(v)
                j += 1
                break
            elif t.kind == "D" and t.plain and not digits:
                digits = self.text[t.start : t.end]
                j += 1
                break
            else:
                break
        return (digits, j) if digits else None

    def exact(self, i: int, stop: int) -> tuple[Decimal, dict] | None:
        if i >= stop:
            return None
        r = self.cardinal(i, stop)
        if r is None or r[0] != stop:
            return None
        return r[1], r[2]

    def denominator(self, j: int) -> list[tuple[int, Decimal, bool]]:
        """Ways to read a denominator ending at ordinal atom ``j``: ``(first atom, value, weak)``.

        Longer readings first; ``weak`` ones ("one hundred fifth") only win when
        the shorter reading leaves no valid numerator.
        """
        a, g = self.a, self.g
        t = a[j]
        v = Decimal(t.value)
        out = []
        if t.kind in ("OU", "OT", "OX") and j >= 2 and a[j - 1].kind == "S" and a[j - 2].kind == "U" \
                and g[j] in ("space", "hyphen") and g[j - 1] == "space":
            out.append((j - 2, a[j - 2].value * a[j - 1].value + v, False))
        if t.kind == "OU" and j >= 1 and a[j - 1].kind == "X" and g[j] in ("space", "hyphen"):
            out.append((j - 1, Decimal(a[j - 1].value) + v, False))
        if t.kind in ("OU", "OT", "OX") and j >= 2 and a[j - 1].kind == "H" and a[j - 2].kind in ("U", "T") \
                and g[j] in ("space", "hyphen", "and") and g[j - 1] == "space":
            out.append((j - 2, Decimal(a[j - 2].value) * 100 + v, True))
        if t.kind not in ("OU",) or t.value not in (1, 2):
            out.append((j, v, False))
        return out

    def fraction(self, s: int, j: int) -> tuple[int, Decimal, dict] | None:
        """A fraction whose numerator starts at ``s`` and whose denominator ends at ``j``."""
        a, g = self.a, self.g
        article = s == 0 and self.article
        plural = a[j].plural
        readings = self.denominator(j)
        strong = [r for r in readings if not r[2]]
        weak = [r for r in readings if r[2]]
        for group in (strong, weak):
            for k, den, _ in group:
                if k < s or (k > s and g[k] == "and"):
                    continue
                if g[j] == "and_a":
                    if k != j:
                        continue
                    whole = self.exact(s, j)
                    if whole is None:
                        continue
                    return self.mixed(whole[0], whole[1], Decimal(1), den, j)
                if k == s:
                    if not (article or a[j].kind == "HF" and a[j].value == 2 and not plural):
                        continue
                    if plural:
                        continue
                    return j + 1, _divide(Decimal(1), den), {"words": True, "article": article}
                numerator = self.exact(s, k)
                last_and = max((m for m in range(s + 1, k) if g[m] == "and"), default=None)
                if last_and is not None and (
                    numerator is None or (k - last_and == 1 and a[last_and].kind == "U")
                ):
                    whole = self.exact(s, last_and)
                    part = self.exact(last_and, k)
                    if whole is not None and part is not None:
                        if (part[0] == 1) == plural:
                            continue
                        return self.mixed(whole[0], whole[1], part[0], den, j)
                if numerator is None or any(a[m].kind == "D" for m in range(s, k)):
                    continue
                if (numerator[0] == 1) == plural and not (a[j].kind == "HF" and numerator[0] != 1):
                    continue
                return j + 1, _divide(numerator[0], den), {"words": True}
        return None

    def mixed(self, whole: Decimal, info: dict, num: Decimal, den: Decimal, j: int):
        part = _divide(num, den)
        scale = info.get("ends_scale")
        end = j + 1
        nxt_scale = self.a[end].value if end < self.n and self.a[end].kind == "S" and self.g[end] == "space" else None
        if nxt_scale is not None:
            if scale is not None and nxt_scale < scale:
                value = whole + part * nxt_scale
            else:
                value = (whole + part) * nxt_scale
            end += 1
        elif scale is not None:
            value = whole + part * scale
        else:
            value = whole + part
        return end, value, {"words": True, "scaled": bool(scale or nxt_scale)}

    def evaluate(self, article: bool) -> Iterator[tuple[int, int, Decimal | None, dict]]:
        """Numbers of the phrase as ``(first atom, end atom, value, info)``."""
        self.article = article
        n = self.n
        i = 0
        while i < n:
            r = self.one(i)
            if r is None:
                i += 1
                self.article = False
                continue
            end, value, info = r
            yield i, end, value, info
            i = end
            self.article = False

    def one(self, i: int) -> tuple[int, Decimal | None, dict] | None:
        a, g, n = self.a, self.g, self.n
        t = a[i]
        if t.kind == "N":
            if i + 1 < n and g[i + 1] in ("space", "hyphen") and a[i + 1].kind not in _ORD_KINDS | {"N", "P"}:
                self.article = False
                r = self.one(i + 1)
                if r is not None and r[1] is not None:
                    return r[0], -r[1], r[2]
            return None
        if t.kind == "V":
            return self.vague(i)
        if t.kind == "F":
            return i + 1, Decimal(t.value), {"words": True, "form": "fold"}
        if t.kind == "W" or t.kind == "Q":
            return self.scaled_fraction(i, i + 1, t.value, {"form": "fraction"})
        if t.kind == "D" and i + 1 < n and a[i + 1].kind in ("W", "Q") and t.integer and not t.glued \
                and (g[i + 1] == "space" or g[i + 1] == "hyphen" and a[i + 1].value < 1) and a[i + 1].value > 0:
            # a mixed number: "2 1/4", "- 1 4/5", and in wire copy "2-1/4" (no range runs down to a fraction)
            frac = a[i + 1].value
            value = t.value + frac if t.value >= 0 else t.value - frac
            return i + 2, value, {"form": "fraction"}
        if t.kind == "HF" and i + 1 < n and a[i + 1].kind == "S" and g[i + 1] in ("space", "a"):
            return self.scaled_fraction(i, i + 1, _divide(Decimal(1), Decimal(t.value)), {"form": "fraction"})
        # the first ordinal (a fraction's denominator) reachable through short gaps
        j = i
        while j < n and a[j].kind not in _ORD_KINDS:
            if j + 1 < n and g[j + 1] not in ("space", "hyphen", "and", "and_a"):
                j = n
                break
            j += 1
        if j < n and a[j].kind in _ORD_KINDS:
            for s in range(i, j + 1):
                r = self.fraction(s, j) if s < j or self.article or a[j].kind == "HF" else None
                if r is not None:
                    if s > i:
                        head = self.cardinal(i, s)
                        if head is not None:
                            return head[0], head[1], head[2]
                    return self.scaled_fraction(s, r[0], r[1], {**r[2], "form": "fraction"})
        if t.kind in _ORD_KINDS:
            return None
        r = self.cardinal(i, n)
        if r is None:
            return None
        end, value, info = r
        # "2000 over 3", "one out of three", "1 in twenty-one"
        if end < n and g[end] in ("over", "out_of", "in"):
            den = self.cardinal(end, n)
            if den is not None and den[1] != 0:
                after = self.a[den[0] - 1].end
                ok = {
                    "over": bool(_END_AFTER.match(self.text, after)),
                    "out_of": value < den[1],
                    "in": value < den[1] and not _unit_follows(self.text, after),
                }[g[end]]
                if ok:
                    return den[0], _divide(value, den[1]), {**info, "form": "fraction"}
        return end, value, info

    def scaled_fraction(self, s: int, end: int, value: Decimal, info: dict):
        """A fraction followed by a scale: "half million", "two thirds of a million"."""
        if end < self.n and self.a[end].kind in ("S", "Z") and self.g[end] in ("space", "a", "of_a"):
            return end + 1, value * self.a[end].value, {**info, "form": "cardinal", "scaled": True, "words": True}
        return end, value, info

    def vague(self, i: int) -> tuple[int, None, dict]:
        j = i + 1
        while j < self.n and self.g[j] in ("of", "space") and self.a[j].kind in ("V", "S"):
            j += 1
        return j, None, {"form": "vague", "words": True}


def _unit_follows(text: str, pos: int) -> bool:
    m = _UNIT_AFTER.match(text, pos)
    if not m:
        return False
    w = m.group(1).lower()
    return w in T.DURATION_WORDS or w in T.OTHER_UNITS or w in T.CURRENCY_WORDS


def _last_scale(atoms: Sequence[_Atom]) -> Decimal | None:
    for atom in reversed(atoms):
        if atom.kind in ("S", "V") and isinstance(atom.value, Decimal):
            return atom.value
        if atom.kind == "D" and atom.scaled:
            return atom.scale
    return None


def scan_numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[Number]:
    """Every number in ``text[start:end]``, vague amounts and glued units included."""
    end = len(text) if end is None else end
    for atoms, gaps in _phrases(text, start, end):
        first = atoms[0]
        if len(atoms) == 1 and first.kind in _SINGLE_KINDS:
            found = _single_atom_number(text, start, first)
            if found is not None:
                yield found
            continue
        yield from _phrase_numbers(text, start, atoms, gaps)


# Phrases of one atom of these kinds, most of them, are read by _single_atom_number alone.
_SINGLE_KINDS: Final = frozenset({"D", "U", "T", "X", "OU", "OT", "OX", "OS"})


def _single_atom_number(text: str, start: int, atom: _Atom) -> Number | None:
    """What :func:`_phrase_numbers` reads for a phrase of this one atom, without the grammar."""
    s, e, kind = atom.start, atom.end, atom.kind
    if kind == "D":
        value = atom.value
        if value != 0 and abs(value.adjusted()) > 60:
            return None
        return Number(s, e, text[s:e], tidy(value), "cardinal", False,
                      atom.scaled, atom.plain, atom.glued, False, atom.scale)
    if kind in ("U", "T", "X"):  # "three", "twenty"
        if kind == "U" and atom.value == 1 and _DETERMINER_BEFORE.search(text, max(start, s - 12), s):
            return None  # "the one you mentioned"
        return Number(s, e, text[s:e], Decimal(atom.value), "cardinal", True, False, False,
                      atom.glued, False, None)
    # an ordinal alone ("the fifth") names a fraction only after "a"
    if not _ARTICLE_BEFORE.search(text, max(start, s - 5), s):
        return None
    return next(_phrase_numbers(text, start, [atom], [""]), None)


def _phrase_numbers(text: str, start: int, atoms: list[_Atom], gaps: list[str]) -> Iterator[Number]:
    """The numbers of one phrase, by the grammar of :class:`_Phrase`."""
    first = atoms[0]
    article = False
    if first.kind in ("H", "S", "Z", "OU", "OT", "OX", "OS", "HF", "X"):
        article = bool(_ARTICLE_BEFORE.search(text, max(start, first.start - 5), first.start))
    phrase = _Phrase(text, atoms, gaps)
    for i, j, value, info in phrase.evaluate(article):
        s, e = atoms[i].start, atoms[j - 1].end
        uses_article = i == 0 and article and (
            atoms[0].kind in ("H", "S", "Z") or info.get("form") == "fraction" and atoms[0].kind in _ORD_KINDS | {"X"}
        )
        if uses_article:
            article_match = _ARTICLE_BEFORE.search(text, max(start, s - 5), s)
            assert article_match is not None  # the search that set ``article``
            s = article_match.start(1)
        form = info.get("form", "cardinal")
        only = atoms[i] if j - i == 1 else None
        if only is not None and (only.kind == "U" and only.value == 1 or only.kind == "HF") and (
            _DETERMINER_BEFORE.search(text, max(start, s - 12), s) or i > 0 and atoms[i - 1].kind in _ORD_KINDS
        ):
            continue  # "the one you mentioned", "the second half"
        if value is not None:
            if value != 0 and abs(value.adjusted()) > 60:
                continue  # beyond any quantity news can state; also keeps exponents sane
            value = tidy(value)
        yield Number(
            start=s,
            end=e,
            text=text[s:e],
            value=value,
            form=form,
            words=bool(info.get("words")) or any(x.kind != "D" for x in atoms[i:j]),
            scaled=bool(info.get("scaled")) or any(x.scaled for x in atoms[i:j]),
            plain=only is not None and only.kind == "D" and only.plain,
            glued=atoms[j - 1].glued,
            article=uses_article,
            scale=_last_scale(atoms[i:j]),
        )


@contextlib.contextmanager
def _exact_arithmetic() -> Iterator[None]:
    with localcontext(prec=EXACT_PREC):
        yield


def exactly(function: F) -> F:
    """``function`` run with Decimal arithmetic that cannot round what the scanner reads.

    The wrapper is contextlib's (a context manager used as a decorator, entered afresh at each
    call): a plain Python function with ``function``'s name and signature, as a plugin manager
    requires of a hook implementation, also when this module is compiled with mypyc (whose
    nested functions are not function objects).
    """
    return cast(F, _exact_arithmetic()(function))


@exactly
def find_numbers(text: str) -> list[Number]:
    """Every number in ``text`` with its exact value, in order.

    Numerals ("1,234.5", ".5", "-3", "1e10", "10M", "$20bn" gives 20000000000),
    number words ("twenty-one", "a dozen", "half a million", "three lakh crore"),
    fractions ("five eighths", "1/2", "2 1/4", "⅔", "one over three") and their
    mixtures. Vague amounts ("millions") and numerals glued to a unit
    ("180ml", "4th") are not numbers here; :func:`newsclaims.find_metrics`
    reads those.
    """
    return [n for n in scan_numbers(text) if n.value is not None and n.glued is None]
