"""The segmenter: abbreviations, decimals, initials, quotations, headings and labels.

The example sentences are written for these tests; the seed check compares
with the hand-made gold in ../shared (skipped when it is absent).
"""

import json

import pytest
from hypothesis import given, strategies as st

from newsclaims.model import Span
from newsclaims.text.sentences import paragraphs, split_sentences

from .conftest import SEEDS, SHARED


def sentences(text):
    return [text[s.start : s.end] for s in split_sentences(text, [Span(0, len(text))])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles and company suffixes never end a sentence before a name
        ("Mr. Smith joined Acme Inc. last year. He left.", ["Mr. Smith joined Acme Inc. last year.", "He left."]),
        ("The U.S. Treasury agreed. Prices rose.", ["The U.S. Treasury agreed.", "Prices rose."]),
        # ... but do when a sentence opener follows
        ("He lives in the U.S. The company does not.", ["He lives in the U.S.", "The company does not."]),
        (
            "Talks between the U.S. And Brazil resumed. They ended.",
            ["Talks between the U.S. And Brazil resumed.", "They ended."],
        ),
        ("Sales were due on Dec. 5 at noon. They came late.", ["Sales were due on Dec. 5 at noon.", "They came late."]),
        # plural titles and "Rt. Hon." lead into names
        (
            "Sens. Ann Lee and Bo Park objected. Rt. Hon. Jo Bell agreed.",
            ["Sens. Ann Lee and Bo Park objected.", "Rt. Hon. Jo Bell agreed."],
        ),
        # a state abbreviation of a dateline or address ends a sentence only before an opener
        (
            "LAKE CITY, Mich. (AP) \u2014 Officials met. He moved to Irvine, Calif. The firm stayed.",
            ["LAKE CITY, Mich. (AP) \u2014 Officials met.", "He moved to Irvine, Calif.", "The firm stayed."],
        ),
        ("Patients fell ill. Doctors came.", ["Patients fell ill.", "Doctors came."]),
        (
            "The prize went to Ray Dunn Jr. The jury was split.",
            ["The prize went to Ray Dunn Jr.", "The jury was split."],
        ),
        # "No." before a number is an abbreviation, before a word a word
        (
            "It ranked No. 3 in the survey. Oh, no. It fell again.",
            ["It ranked No. 3 in the survey.", "Oh, no.", "It fell again."],
        ),
        # a single capital before an opener is no initial
        (
            "Her plan was called Plan B. The board rejected it.",
            ["Her plan was called Plan B.", "The board rejected it."],
        ),
        # decimals and initials
        ("Revenue rose 1.5% to $4.2 billion. J. R. Smith left.", ["Revenue rose 1.5% to $4.2 billion.", "J. R. Smith left."]),
        # a single capital after a digit is no initial
        ("It is rendered in 3D. The rest is flat.", ["It is rendered in 3D.", "The rest is flat."]),
        # punctuation inside a quotation does not end the sentence around it
        (
            '"We are done. We leave now," she said. Then she left.',
            ['"We are done. We leave now," she said.', "Then she left."],
        ),
        ("He tweeted, \u201cGreat news! Big day.\u201d Nobody replied.", ["He tweeted, \u201cGreat news! Big day.\u201d", "Nobody replied."]),
        # an exclamation closing a quotation, then its attribution
        ("\u201cWhat a win!\u201d Jones tweeted on Monday. Fans agreed.", ["\u201cWhat a win!\u201d Jones tweeted on Monday.", "Fans agreed."]),
        # a closing quotation mark set off by a space still ends the quotation
        (
            "They called it \u201c the long wait. \u201d But it ended. Fans cheered.",
            ["They called it \u201c the long wait. \u201d", "But it ended.", "Fans cheered."],
        ),
        (
            "\u201cCan I keep it?\u201d Ann quietly asked her father. He agreed.",
            ["\u201cCan I keep it?\u201d Ann quietly asked her father.", "He agreed."],
        ),
        # ... also with an apposition between the name and the verb
        (
            "\u201cWho pays for it?\u201d Li Wei, a former director at the fund, said on Monday. Nobody knew.",
            ["\u201cWho pays for it?\u201d Li Wei, a former director at the fund, said on Monday.", "Nobody knew."],
        ),
        (
            "\u201cWho pays?\u201d Li Wei, a teacher, had no answer. He left.",
            ["\u201cWho pays?\u201d", "Li Wei, a teacher, had no answer.", "He left."],
        ),
        # a single-quoted phrase that ends a sentence
        ("It was called 'a very long shot indeed.' Later it worked.", ["It was called 'a very long shot indeed.'", "Later it worked."]),
        # lines without final punctuation are sentences of their own
        ("A Heading Without A Stop\nThe body starts here.", ["A Heading Without A Stop", "The body starts here."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_labels_and_bullets_are_not_part_of_the_sentence():
    text = "Q: What changed?\nA: Sales fell. Costs rose\n- a bullet item \n1. numbered item"
    assert sentences(text) == ["What changed?", "Sales fell.", "Costs rose", "a bullet item", "numbered item"]


def test_headings_of_the_layout_are_left_out():
    text = "Big Heading\nFirst sentence. Second one."
    got = list(split_sentences(text, [Span(0, len(text))], [Span(0, 11)]))
    assert [text[s.start : s.end] for s in got] == ["First sentence.", "Second one."]
    assert {s.paragraph for s in got} == {1}


def test_paragraphs_strip_white_space():
    text = "  one  \n\n two\n"
    assert [text[a:b] for a, b in paragraphs(text, [Span(0, len(text))])] == ["one", "two"]


@given(st.text(alphabet=st.sampled_from(list('ab. ?!"\u201c\u201d\'\nMr')), max_size=120))
def test_sentences_are_ordered_disjoint_and_inside_the_text(text):
    spans = list(split_sentences(text, [Span(0, len(text))]))
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end


def test_every_gold_claim_of_the_seeds_is_one_sentence():
    gold_dir = SHARED / "gold" / "seeds"
    if not gold_dir.is_dir():
        pytest.skip("no shared gold")
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (SEEDS / f"{path.stem}.txt").read_text(encoding="utf-8")
        body = [Span(b["start"], b["end"]) for b in gold["body"]]
        spans = {(s.start, s.end) for s in split_sentences(text, body)}
        for claim in gold["claims"]:
            assert (claim["start"], claim["end"]) in spans, claim["text"]


def test_hard_wrapped_text_is_split_into_whole_sentences():
    text = (
        "Acme Corp is not under\n"
        "pressure to sell its shares and would do well to wait because\n"
        "of the stock's recent poor performance, analysts said. The\n"
        "shares fell 5% this week.\n"
        "    Some analysts said they had recommended Acme delay\n"
        "its offering.\n"
    )
    assert sentences(text) == [
        "Acme Corp is not under\npressure to sell its shares and would do well to wait because\n"
        "of the stock's recent poor performance, analysts said.",
        "The\nshares fell 5% this week.",
        "Some analysts said they had recommended Acme delay\nits offering.",
    ]
