"""The metrics reader's fast patterns match exactly what the plain patterns they stand for match."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, strategies as st

from newsclaims.metrics import extract as X
from newsclaims.metrics import numbers as N
from newsclaims.metrics import tables as T

WORD_SETS = {
    "percent": (T.PERCENT_WORDS, "i"),
    "qualifiers": ({q for q, _ in T.CURRENCY_QUALIFIERS}, "i"),
    "currency words": (set(T.CURRENCY_WORDS) | set(T.CURRENCY_SINGULAR) | set(T.MINOR_CURRENCY_WORDS), "i"),
    "codes": (T.ISO_CODES, ""),
    "symbols after": (T.CURRENCY_SYMBOLS_AFTER, ""),
    "durations": (T.DURATION_WORDS, "i"),
    "units": (T.OTHER_UNITS, "i"),
    "change verbs": ({w for ws in T.CHANGE_VERBS.values() for w in ws}, "i"),
    "mixed case": ({"Dollar", "dollars", "DLR", "dlrs", "per cent", "Per Cent points", "a", "ab", "a b"}, "i"),
}
# What may follow the alternation: each makes the engine backtrack into it differently.
TAILS = ["", r"(?![\w])", r"\b", r"s\b", r"[ \t]x", r"(?:[ \t]?-)?", r"\Z"]


def _samples(words: list[str], rng: random.Random) -> list[str]:
    out = []
    for _ in range(400):
        w = rng.choice(words)
        if rng.random() < 0.5:
            w = "".join(c.upper() if rng.random() < 0.5 else c for c in w)
        w = w.replace(" ", rng.choice([" ", "  ", "\t", "\u00a0", "   ", ""]))
        if rng.random() < 0.3:
            w = w[: rng.randrange(len(w) + 1)]
        w += rng.choice(["", "s", " ", "x", " x", "-", "es", rng.choice(words)])
        out.append(w)
    return out


@pytest.mark.parametrize("name", sorted(WORD_SETS))
def test_trie_alternation_matches_the_sorted_alternation(name):
    words, flags = WORD_SETS[name]
    rng = random.Random(name)
    samples = _samples(sorted(words), rng)
    for tail in TAILS:
        fast = re.compile(X._alternation(words, flags) + tail)
        plain = re.compile(X._plain_alternation(words, flags) + tail)
        for s in samples:
            a, b = fast.match(s), plain.match(s)
            assert (a and a.span()) == (b and b.span()), (name, tail, s)


def test_currency_prefilter_never_hides_a_currency():
    rng = random.Random(7)
    pieces = list(T.CURRENCY_SYMBOLS) + sorted(T.ISO_CODES)[:20] + ["M" + c for c in sorted(T.ISO_CODES)[:5]]
    pieces += ["was", "Reuters", "U.S.", "kr", "a", "Rs", "(", "--"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces + [" ", "-", "\u2212", "\t", "\u00a0", "x"]) for _ in range(rng.randrange(1, 5)))
        text += "5"
        end = len(text) - 1
        for lo in range(0, end + 1):
            if X._CURRENCY_BEFORE.search(text, lo, end):
                assert X._currency_may_end(text, lo, end), (text, lo)


def test_lower_cased_word_scan_matches_the_case_folding_scan():
    texts = [
        "Twenty-ONE people, two hundred and five, a Half, ½ and ⅔; someone's ten, often TEN-fold, Sevenths",
        "İstanbul one two",  # lower-cases to a longer text: the folding scan is used
        "x3½ ½one Fifty's fifty’s fiftyS",
        "Ninety\u00a0nine, a DOZEN, Millions",
    ]
    for text in texts:
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1, 4):
                fast = [(a.kind, a.value, a.start, a.end, a.plural) for a in N._word_atoms(text, start, end)]
                slow = [(a.kind, a.value, a.start, a.end, a.plural) for a in N._word_atoms_folding(text, start, end)]
                assert fast == slow, (text, start, end)


def _random_text(rng: random.Random, pieces: list[str], n: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(n))


PERIOD_PIECES = [
    "in", "by", "since", "as of", "at the end of", "end of", "of", "to", " ", "  ", "\n", "\t", ",", ".",
    "January", "Jan", "Sept", "May", "Mayor", "March", "Dec.", "12", "2019", "1987", "20195", "Q3", "Q5",
    "this", "last", "next", "year", "years", "first", "fourth", "quarter", "quarters", "x", "-", "4",
]


def test_period_candidates_are_what_a_full_search_finds():
    from newsclaims.metrics import describe as D

    rng = random.Random(3)
    preps = ["", "in", "by", "since", "as of", "at the end of", "end of", "of", "to", "xin", "ofx"]
    blanks = ["", " ", "  ", "\n", " \t "]
    cores = ["2019", "Jan", "January 5, 2020", "Sept", "May", "Q3", "this year", "last  year", "first quarter",
             "fourth\nquarter of 2021", "Mayor", "20195", "next years"]
    for _ in range(4000):
        text = ""
        for _ in range(rng.randrange(1, 5)):
            text += rng.choice(preps) + rng.choice(blanks) + rng.choice(cores) + rng.choice(blanks + [",", "-", "x"])
        if rng.random() < 0.5:
            text = _random_text(rng, PERIOD_PIECES, rng.randrange(1, 8)) + text
        ctx = D.Context.build(text, [], None)
        start = rng.randrange(0, len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        starts, found = D.period_candidates(ctx, start, end)
        want = list(D._PERIOD.finditer(text, start, end))
        assert [m.span() for m in found] == [m.span() for m in want], (text, start, end)
        assert starts == [m.start() for m in want]


def test_the_period_pattern_matches_what_its_plain_alternations_match():
    from newsclaims.metrics import describe as D

    months = "|".join(sorted((m.capitalize() for m in T.MONTHS), key=len, reverse=True))
    plain = re.compile(
        r"\b(?P<prep>in|by|since|for|during|through|as of|until|from|to|at the end of|end of|of)?\s*"
        rf"(?:(?P<month>{months})\.?(?:\s+(?P<day>\d{{1,2}}),?)?(?:\s+(?P<myear>(?:19|20)\d\d))?"
        r"|(?P<rel>this|last|next)\s+year|(?P<year>(?:19|20)\d\d)(?![\d-])"
        r"|(?P<q>Q[1-4]|(?:first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?(?P<qyear>(?:19|20)\d\d))?)\b"
    )
    rng = random.Random(6)
    for _ in range(3000):
        text = _random_text(rng, PERIOD_PIECES + ["Septe", "Ju", "Jun.", "as", "at the", "end"], rng.randrange(1, 10))
        want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in D._PERIOD.finditer(text)] == want, text


def test_article_year_is_the_last_year_of_the_window():
    from newsclaims.metrics import describe as D

    rng = random.Random(4)
    for _ in range(2000):
        text = _random_text(rng, ["2019", "1987", "20195", "x", " ", "2", "0", "1999-", "a" * 1500], rng.randrange(1, 12))
        ctx = D.Context.build(text, [], None)
        for pos in sorted({rng.randrange(0, len(text) + 1) for _ in range(5)}):
            last = None
            for m in D._YEAR_IN_TEXT.finditer(text, max(0, pos - 4000), pos):
                last = int(m.group())
            assert D._article_year(ctx, pos) == last, (text, pos)


def test_literal_first_scans_find_what_the_plain_patterns_find():
    from newsclaims.metrics import describe as D

    years = re.compile(r"\b(?:19|20)\d\d\b")
    rng = random.Random(5)
    pieces = ["2019", "1987", "20195", "x", "_", "\u00e9", "1", "2", "9", " ", "\n", "-", "The", "the", "THE",
              "company", "Company", "firm", "its", "ITS", "bits", "their", "theirs", "\u0130", "\u017f", "  "]
    for _ in range(3000):
        text = _random_text(rng, pieces, rng.randrange(1, 12))
        assert [m.span() for m in D._YEAR_IN_TEXT.finditer(text)] == [m.span() for m in years.finditer(text)], text
        ctx = D.Context.build(text, [], None)
        spans = [m.span() for m in D._COMPANY_WORDS.finditer(text)]
        for start in range(0, len(text) + 1, 3):
            for end in range(start, len(text) + 2, 5):
                first = next(((s, e) for s, e in spans if s >= start), None)
                want = first is not None and first[0] < end and first[1] <= end
                assert ctx.names_a_company(start, end) == want, (text, start, end)


def test_single_atoms_read_as_the_grammar_reads_them():
    contexts = ["{}", "the {} of", "a {} of", "an {}", "The {}.", "some {} x", "each {}", "x{}", "{}s", "{}'s"]
    words = [w for w, (kind, _) in N._WORDS.items() if kind in N._SINGLE_KINDS]
    texts = [c.format(w) for w in words for c in contexts] + [c.format(n) for n in ("12", "1.5", "10M", "4th") for c in contexts]
    for text in texts:
        for atom in N._atoms(text, 0, len(text)):
            if atom.kind not in N._SINGLE_KINDS:
                continue
            for start in (0, atom.start):
                fast = N._single_atom_number(text, start, atom)
                slow = next(N._phrase_numbers(text, start, [atom], [""]), None)
                assert fast == slow, (text, atom.kind)


# What the word lists hold: words and phrases of words joined by single spaces (a space at an
# end, or two in a row, would let the space pattern stand for both and break "longest first").
_PHRASES = st.lists(st.text(alphabet="abc", min_size=1, max_size=3), min_size=1, max_size=3).map(" ".join)


@given(st.lists(_PHRASES, max_size=8), st.text(alphabet="ab c\t", max_size=12))
def test_the_shared_trie_matches_what_the_longest_first_alternation_matches(words, text):
    from newsclaims.text.trie import trie_pattern

    space = "[ \\t]{1,2}"
    plain = "|".join(sorted({re.escape(w).replace("\\ ", space) for w in words}, key=len, reverse=True)) or "(?!)"
    for start in range(len(text) + 1):
        fast = re.compile(trie_pattern(words, space=space)).match(text, start)
        slow = re.compile(f"(?:{plain})").match(text, start)
        assert (fast and fast.group()) == (slow and slow.group())


@given(st.text(alphabet="-\u2212+. \t\n5,/x", max_size=14))
def test_numerals_searched_from_their_digit_are_those_searched_from_three_before(text):
    def atoms_from_three_before(text):
        out, pos = [], 0
        while (d := N._DIGIT.search(text, pos)) is not None:
            m = N._NUMERAL.search(text, max(pos, d.start() - 3))
            if m is None:
                break
            if m.group("frac") is not None:
                out.extend(N._fraction_atom(text, m))
            else:
                N._number_atoms(text, m, len(text), out)
            pos = m.end()
        return out

    fast = [(a.kind, a.value, a.start, a.end) for a in N._digit_atoms(text, 0, len(text))]
    slow = [(a.kind, a.value, a.start, a.end) for a in atoms_from_three_before(text)]
    assert fast == slow


@given(st.text(alphabet="ab a\t\n(-5", max_size=40), st.integers(0, 40))
def test_word_starts_are_where_the_words_back_stand(text, pos):
    pos = min(pos, len(text))
    back = X._words_back(text, 0, pos, 4)
    runs = [m for m in re.finditer(r"\S+", text[:pos])][::-1]  # nearest first, as the words back
    for k, word in enumerate(back):
        assert runs[k].group() == word
        assert X._word_start(text, pos, back, k) == runs[k].start()


@given(st.text(alphabet="aB1 .,-'’_é²&(\t", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_token_starts_are_where_the_tokens_before_stand(text, lo, pos):
    from newsclaims.metrics import describe as D

    pos = min(pos, len(text))
    lo = min(lo, pos)
    toks = D._words_before(text, lo, pos)
    found = list(D._TOKEN.finditer(text, max(lo, pos - D._WINDOW), pos))[-D._WINDOW_TOKENS:]
    assert toks == [m.group() for m in found]
    for i in range(len(toks)):
        assert D._token_start(text, pos, toks, i) == found[i].start()


NP_PIECES = ["the", "a", "of", "Google's", "stock", "price", "has", "surged", "by", "(", ")", "its", "average",
             "number", "conversations", "in", "United", "States", "ChatGPT", "sharply", "revenue", "to", ",",
             "US", "rose", "nearly", "2025"]


def test_the_phrase_before_read_from_the_near_tokens_is_the_one_the_whole_window_gives():
    from newsclaims.metrics import describe as D

    rng = random.Random(8)
    for _ in range(4000):
        text = " ".join(rng.choice(NP_PIECES) for _ in range(rng.randrange(1, 30))) + " 5%"
        pos = len(text) - 2
        lo = rng.choice([0, 0, rng.randrange(pos + 1)])
        toks = D._words_before(text, lo, pos)
        phrase, first = D._phrase_in_tokens(toks, whole=True, initial=pos - D._WINDOW <= lo and len(toks) < D._WINDOW_TOKENS)
        want = (phrase, pos if first is None else D._token_start(text, pos, toks, first))
        assert D._noun_phrase_before(text, lo, pos) == want, (text, lo)
