"""The shortcuts of the entity scan give what the plain rules give.

The extractor finds candidates from a C scan for capitals instead of trying
the candidate pattern at every position, answers "is this word written in
lower case in the text?" with ``str.find`` instead of collecting every word,
and caches what a run or a form says across articles. Each shortcut is
checked here against the slow way it replaces.
"""

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.model import Span
from newsclaims.text import entities as E
from newsclaims.text import name_runs as R
from newsclaims.text.sentences import split_sentences

WORDS = [
    "Acme", "eBay", "iPhone", "iPhone-5", "abcDef", "xY", "\u00c9cole", "e\u00c9cole", "Z\u00fcrich", "GPT-5.1",
    "Gemini", "3", "4.5", "of", "the", "and", "&", "de", "Bank", "America", "U.S.", "O'Brien", "Altman's",
    "The", "said", "Mr.", "CEO", "2025", "10%", "A.", "B.C.", "@Acme", "#Tag", "/Path", "NBAs", "Canada-based",
]
SEPARATORS = [" ", " ", "\u00a0", ". ", ", ", "\n", " - ", "(", ") "]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


def scanned(text, start, end):
    """The candidate runs of text[start:end] as the loop of _occurrences finds them (kept in step with it)."""
    out = []
    pos = start
    while pos < end:
        m = E._CAPITAL_CANDIDATE.search(text, pos, end)
        if m is None:
            break
        ms = m.start()
        if ms > pos and text[ms - 1] in E._ASCII_LOWER and text[ms] in E._ASCII_UPPER:
            ms -= 1
            if ms > pos and text[ms - 1] in E._ASCII_LOWER:
                ms -= 1
            m = E._CANDIDATE.match(text, ms, end)
        out.append((ms, m.end()))
        pos = m.end()
    return out


@given(texts, st.integers(0, 5), st.integers(0, 5))
def test_capital_scan_finds_what_the_candidate_pattern_finds(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = [(m.start(), m.end()) for m in E._CANDIDATE.finditer(text, start, end)]
    assert scanned(text, start, end) == expected


@given(st.text(alphabet="abx'\u2019- A1_\u00e9\n./@", max_size=60), st.lists(st.text(alphabet="abx'-", min_size=1, max_size=5)))
def test_lower_case_look_ups_match_the_set_of_lower_case_words(text, extra):
    words = set(E._LOWER_WORDS.findall(text))
    look_up = E._LowerWords(text)
    for w in sorted(words) + extra:
        assert (w in look_up) == (w in words)


def test_lower_case_tokens_stop_at_31_characters():
    text = "q" * 40 + " " + "z" * 31 + " " + "y" * 31 + "x"
    words = set(E._LOWER_WORDS.findall(text))
    look_up = E._LowerWords(text)
    for w in ["q" * 31, "q" * 30, "z" * 31, "y" * 31, "y" * 30]:
        assert (w in look_up) == (w in words)


def test_many_look_ups_fall_back_to_the_set():
    text = " ".join(f"w{'a' * (i % 20)}b" for i in range(200)) + " plain"
    look_up = E._LowerWords(text)
    for _ in range(2 * E._FIND_LIMIT):
        assert "plain" in look_up
        assert "absent" not in look_up
    assert look_up.words is not None


def entities(text, sentences=None):
    sentences = tuple(split_sentences(text, [Span(0, len(text))])) if sentences is None else sentences
    return E.find_entities(text, sentences)


@given(texts)
def test_output_does_not_depend_on_the_caches(text):
    first = entities(text)
    for cache in (R.SPLITS, E._FORMS, R._WORD_FLAGS):
        cache.forget()
    assert entities(text) == first == entities(text)


def test_sentences_may_come_as_any_iterable():
    text = "Zorvex CEO Dana Quill said sales rose. Quill left early.\n\nThe Verge reported it."
    sentences = tuple(split_sentences(text, [Span(0, len(text))]))
    assert entities(text, iter(sentences)) == entities(text, sentences)


def test_a_memo_works_each_key_out_once_while_asked_for_and_stays_bounded():
    from newsclaims.text.memo import Memo

    calls = []
    memo = Memo(lambda k: calls.append(k) or k * 2, limit=4)
    for k in range(100):
        assert memo[k] == 2 * k and memo[0] == 0  # 0 is asked for all along: it is kept
        assert len(memo) + len(memo.old) <= 2 * 4 + 1
    assert calls.count(0) == 1 and calls.count(50) == 1
    assert memo[1] == 2 and calls.count(1) == 2  # long unasked: worked out again
