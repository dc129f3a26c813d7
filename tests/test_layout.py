"""The helpers for style authors (newsclaims.layout) and the built-in generic style.

Every example below was written for these tests: the date forms are those
of the seed headers and of common news sites, the datelines those of AP,
Reuters and local wire copy.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsclaims import Span
from newsclaims.layout import (
    Marker,
    body_layout,
    body_regions,
    copyright_holder,
    find_last_line,
    find_line,
    join_wrapped,
    label_value,
    lines_between,
    looks_like_caption,
    looks_like_heading,
    marker_score,
    markers_found,
    next_line,
    parse_date,
    prev_line,
    qa_topics,
    search_date,
    split_label,
    split_lines,
    split_names,
    trim,
    wire_dateline,
)
from newsclaims.styles import generic
from newsclaims.testing import assert_well_formed_layout, check_style_plugin

DATES = [
    ("12/04 2025", dt.date(2025, 12, 4)),  # month first, as page headers print it
    ("12/04/2025", dt.date(2025, 12, 4)),
    ("25/12/2025", dt.date(2025, 12, 25)),  # 25 cannot be a month
    ("2025-12-04", dt.date(2025, 12, 4)),
    ("Dec 17, 2025", dt.date(2025, 12, 17)),
    ("Dec. 17, 2025", dt.date(2025, 12, 17)),
    ("December 2, 2025", dt.date(2025, 12, 2)),
    ("17 December 2025", dt.date(2025, 12, 17)),
    ("Thu, Dec 4, 2025", dt.date(2025, 12, 4)),
    ("  September 30th, 2024 ", dt.date(2024, 9, 30)),
    ("Feb 05, Thu", None),  # no year: not a date
    ("Feb 30, 2025", None),
    ("13/13 2025", None),
    ("Monday", None),
    ("322", None),
    ("the 12/04 2025 issue", None),  # parse_date wants the whole string
]


@pytest.mark.parametrize("text, expected", DATES)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_parse_date_day_first():
    assert parse_date("04/12/2025", day_first=True) == dt.date(2025, 12, 4)


def test_search_date_finds_the_first_date_and_where_it_is():
    text = "Posted on December 2, 2025 at noon; updated Dec 3, 2025"
    assert search_date(text) == (dt.date(2025, 12, 2), 10, 26)
    assert search_date("no date here") is None


@pytest.mark.parametrize(
    "line, holder",
    [
        ("© All rights reserved by Harbour Weekly. Reproduction prohibited.", "Harbour Weekly"),
        ("© 2025 Acme Media. All rights reserved.", "Acme Media"),
        ("Copyright © 2019-2024 The Daily Example", "The Daily Example"),
        ("(c) 2023 Northwind News Ltd", "Northwind News Ltd"),
        ("© Reuters", "Reuters"),
        ("© All rights reserved.", None),
        ("The © sign is not a footer", None),
    ],
)
def test_copyright_holder(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize(
    "text, place, source",
    [
        ("NEW YORK (Reuters) - Oil fell.", "NEW YORK", "Reuters"),
        ("ST. JOSEPH, Mich. (AP) — Officials said.", "ST. JOSEPH, Mich.", "AP"),
        ("HONOLULU, Hawaii (Island News) - Scientists said.", "HONOLULU, Hawaii", "Island News"),
        ("(Reuters) — The attorney general said.", None, "Reuters"),
    ],
)
def test_wire_dateline(text, place, source):
    found = wire_dateline(text)
    assert (found.place, found.source) == (place, source)
    assert text[found.end] in "OTS"


@pytest.mark.parametrize("text", ["MADRID — Nadal won.", "The company (Acme) - said", "Oil fell (sharply) today."])
def test_no_wire_dateline(text):
    assert wire_dateline(text) is None


def test_labels_and_names():
    assert split_label("Cover Image: A Film: The Sequel") == ("Cover Image", "A Film: The Sequel")
    assert split_label("On Monday, the minister said: no") is None
    assert label_value("Author: Mei Lin, Zhou Ping", "author", "authors") == "Mei Lin, Zhou Ping"
    assert label_value("Editor: Tan Wei", "author") is None
    assert split_names("Mei Lin, Zhou Ping and Tan Wei") == ("Mei Lin", "Zhou Ping", "Tan Wei")
    assert split_names("Ana Costa & Daniel Reyes") == ("Ana Costa", "Daniel Reyes")


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Roots of the Divide", True),
        ("Future outlook: walking a tightrope between ideals and reality", True),
        ("___", True),
        ("The minister resigned on Monday.", False),
        ("Here is what he said:", False),
        ("- a bullet item without a period", False),
        ("Q: What happens next", False),
        ("lower-case fragment of a sentence", False),
        # a sentence in brackets, or one that a link or hashtags follow (an embedded post), is no heading
        ("(The council has not said which.)", False),
        ("(Reporting by Ann Lee; Editing by Bo Park)", True),
        ("Who pays for the new road? pic.twitter.com/Ab12Cd", False),
        ("So the campaign worked... #thanks #roads", False),
        ("Vote for the road plan https://t.co/Ab12Cd", True),
        ("[ The Daily Courier ]", True),
        ("word " * 30, False),
    ],
)
def test_looks_like_heading(text, heading):
    assert looks_like_heading(text) is heading


def test_captions():
    (after_image,) = split_lines("Cranes idle at the north pier.")
    assert looks_like_caption(after_image, follows_blank=True)
    assert not looks_like_caption(after_image, follows_blank=False)
    (credit,) = split_lines("Screenshot shared by a reader.")
    assert looks_like_caption(credit, follows_blank=False)
    (sentence,) = split_lines(
        "Photos of the site were published on Monday by the council, which said work would resume."
    )
    assert not looks_like_caption(sentence, follows_blank=False)


TEXT = "Title line\n\n  Author: A Writer  \nFirst paragraph.\n\nCaption here\nSecond paragraph.\n"


def test_split_lines_keeps_numbers_and_offsets():
    lines = split_lines(TEXT)
    assert [(l.number, l.text) for l in lines] == [
        (0, "Title line"),
        (2, "Author: A Writer"),
        (3, "First paragraph."),
        (5, "Caption here"),
        (6, "Second paragraph."),
    ]
    assert all(TEXT[l.start : l.end] == l.text for l in lines)
    assert [l.number for l in lines_between(lines, 2, 5)] == [2, 3]
    assert next_line(lines, 3).number == 5 and prev_line(lines, 5).number == 3
    assert next_line(lines, 6) is None and prev_line(lines, 0) is None
    assert find_line(lines, r"Author:").number == 2
    assert find_last_line(lines, r"\w+ paragraph").number == 6
    assert find_line(lines, r"Author:", 3) is None


def test_body_regions_skip_lines_and_clip_to_offsets():
    lines = split_lines(TEXT)
    regions = body_regions(lines, 3, skip={5})
    assert [TEXT[r.start : r.end] for r in regions] == ["First paragraph.", "Second paragraph."]
    clipped = body_regions(lines, 3, 4, start=TEXT.index("paragraph"))
    assert [TEXT[r.start : r.end] for r in clipped] == ["paragraph."]
    assert body_regions(lines, 7) == ()


def test_body_layout_finds_headings_and_qa_topics():
    text = "Intro sentence here.\nWhat Comes Next\nQ: Who pays?\nA: The city pays.\nQ: When?\n\nA: Soon.\n"
    layout = body_layout(split_lines(text), title="T")
    assert layout.title == "T"
    assert [text[h.start : h.end] for h in layout.headings] == ["What Comes Next"]
    assert [(text[t.about.start : t.about.end], text[t.span.start : t.span.end]) for t in layout.topics] == [
        ("Who pays?", "The city pays."),
        ("When?", "Soon."),
    ]
    assert_well_formed_layout(text, layout)


def test_qa_topics_need_a_question_right_before():
    text = "Q: Who?\nAn unrelated paragraph.\nA: Orphan answer.\n"
    assert qa_topics(split_lines(text)) == ()


def test_trim():
    assert trim("  ab c \n", 0, 8) == Span(2, 6)
    assert trim("   ", 0, 3) is None


MARKERS = (
    Marker("must", r"^MUST$", 0.3, "head", required=True),
    Marker("end", r"^END$", 0.5, "tail"),
    Marker("anywhere", r"middle", 0.4),
)


def test_marker_score():
    assert marker_score("MUST\nmiddle\nEND", MARKERS) == 1.0
    assert marker_score("MUST\nEND", MARKERS) == 0.8
    assert marker_score("middle\nEND", MARKERS) == 0.0  # the required marker is missing
    assert marker_score("MUST", MARKERS, extra=lambda text: 0.05) == 0.35
    assert markers_found("MUST\nEND", MARKERS) == ("must", "end")
    far = "MUST\n" + "x\n" * 5000 + "END"
    assert "end" in markers_found(far, MARKERS)
    assert "must" not in markers_found("x\n" * 5000 + "MUST", MARKERS)  # only looked for in the head


def test_marker_rejects_weights_outside_0_1():
    with pytest.raises(ValueError):
        Marker("heavy", "x", 1.5)


# -- the generic style --


def test_generic_reads_the_whole_text_as_body():
    text = "\n  Markets rose on Monday.\nThe Outlook\nAnalysts expect more gains.  \n\n"
    layout = generic.read_layout(style="generic", text=text)
    assert [(r.start, r.end) for r in layout.body] == [(3, text.rindex(".") + 1)]
    assert [text[h.start : h.end] for h in layout.headings] == ["The Outlook"]
    assert layout.source is None and layout.title is None


def test_generic_takes_the_source_from_a_wire_dateline():
    text = "WASHINGTON (AP) — Lawmakers met on Tuesday."
    layout = generic.read_layout(style="generic", text=text)
    assert layout.source == "AP"
    assert layout.body == (Span(0, len(text)),)  # the dateline stays in the whole body


def test_generic_behaves_on_any_input():
    check_style_plugin(generic, [TEXT, "WASHINGTON (AP) — Lawmakers met."])


lines_text = st.lists(
    st.sampled_from(["", "  ", "Heading Line", "A sentence.", "Q: Why?", "A: Because.", "\r", "© Someone", "x" * 50]),
    max_size=30,
).map("\n".join)


@given(lines_text)
def test_split_lines_and_body_layout_index_any_text(text):
    lines = split_lines(text)
    assert all(text[l.start : l.end] == l.text and l.text == l.text.strip() and l.text for l in lines)
    assert [l.number for l in lines] == [i for i, raw in enumerate(text.split("\n")) if raw.strip()]
    assert_well_formed_layout(text, body_layout(lines))


# --- hard-wrapped text -----------------------------------------------------------

WIRE = (
    "Acme Corp is not under\n"
    "pressure to sell its shares and would do well to wait because\n"
    "of the stock's recent poor performance, analysts said.\n"
    "    Some analysts said they have recommended Acme delay\n"
    "its offering of up to one billion dlrs, which has yet to be\n"
    "approved by the regulator.\n"
    "    Shr 30 cts vs 25 cts\n"
    "    Net 1.5 mln vs 1.2 mln\n"
    " Reuter\n"
)


def joined(text):
    return [line.text for line in join_wrapped(text, split_lines(text))]


def test_wrapped_lines_join_into_paragraphs_that_start_indented():
    assert joined(WIRE) == [
        "Acme Corp is not under\npressure to sell its shares and would do well to wait because\n"
        "of the stock's recent poor performance, analysts said.",
        "Some analysts said they have recommended Acme delay\nits offering of up to one billion dlrs, "
        "which has yet to be\napproved by the regulator.",
        "Shr 30 cts vs 25 cts",
        "Net 1.5 mln vs 1.2 mln",
        "Reuter",
    ]


def test_a_number_ending_a_sentence_at_a_line_start_is_no_list_label():
    text = "Jones and Co said it is making a market for\nthe stock at 77 to\n78.\n    The company said it may buy more.\n"
    assert joined(text)[0] == "Jones and Co said it is making a market for\nthe stock at 77 to\n78."


def test_in_wrapped_text_a_blank_line_or_a_list_item_starts_a_paragraph():
    text = (
        "The board met on Tuesday and agreed that the plan should go\n"
        "ahead, a spokesman said.\n\n"
        "Analysts had expected the board to wait until the spring and\n"
        "said so in notes to clients:\n"
        "- shares up 5%\n"
    )
    assert joined(text) == [
        "The board met on Tuesday and agreed that the plan should go\nahead, a spokesman said.",
        "Analysts had expected the board to wait until the spring and\nsaid so in notes to clients:",
        "- shares up 5%",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph per line: a line is longer than any wrap width
        "Revenue rose sharply in the third quarter, the company said in a statement on Tuesday, "
        "citing demand for its cloud services\nIt expects more growth next year\nShares rose\n",
        # short lines, as in a list or a table: no line is as wide as wrapped text
        "Revenue up 5%\nCosts down 3%\nProfit doubled\n",
        # one break mid-sentence is not enough to call the text wrapped
        "The company said revenue rose in the quarter and that costs\nfell. Shares rose 3%.\n",
        # nor is the line break that ends the text
        "The company said revenue rose in the quarter and that costs\nfell sharply in the year\n Reuter\n",
    ],
)
def test_text_that_is_not_hard_wrapped_keeps_one_paragraph_per_line(text):
    assert joined(text) == [line.text for line in split_lines(text)]


def test_the_generic_style_reads_wrapped_text_by_paragraph():
    layout = generic.read_layout("generic", WIRE)
    headings = [WIRE[h.start : h.end] for h in layout.headings]
    assert headings == ["Shr 30 cts vs 25 cts", "Net 1.5 mln vs 1.2 mln", "Reuter"]  # not "Acme Corp is not under"


@given(
    st.lists(st.sampled_from(["", "a", "b", "Q:", " Q:", "ab ", "ba ", "a b"]), max_size=12).map("\n".join),
    st.sampled_from(["head", "tail", "anywhere"]),
    st.sampled_from([r"^[ \t]{0,3}Q:", r"^a\s*$", r"^$", r"^b|a\Z", r"^(?:ab|ba) "]),
)
@example("a\nba \n", "tail", r"^(?:ab|ba) ")  # a match right at the window's start, after a newline
@example("ab\nba", "head", r"^(?:ab|ba) ")
@example("Q:", "tail", r"^[ \t]{0,3}Q:")
def test_a_line_start_marker_is_found_exactly_where_its_pattern_matches(text, where, pattern):
    import re
    from unittest import mock

    from newsclaims.layout import markers

    marker = Marker("m", pattern, 0.5, where)
    # small windows, so that their edges fall inside the generated texts
    with mock.patch.object(markers, "HEAD_CHARS", 5), mock.patch.object(markers, "TAIL_CHARS", 4):
        start = max(0, len(text) - 4) if where == "tail" else 0
        end = min(len(text), 5) if where == "head" else len(text)
        expected = re.compile(pattern, re.M).search(text, start, end) is not None
        assert marker.found(text) == expected
