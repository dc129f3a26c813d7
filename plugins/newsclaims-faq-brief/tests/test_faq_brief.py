"""The faq-brief style on its seed and on a brief written for this test in the same layout."""

from pathlib import Path

import newsclaims_faq_brief as plugin
import pytest

from newsclaims.testing import assert_layout, assert_style_wins, assert_well_formed_layout, check_style_plugin

SEED = Path(__file__).resolve().parents[3] / "seeds" / "002_c2d3893c8f861466.txt"

# Made up for this test: the layout, none of the seed's words.
MADE_UP = """City councils across the region voted on Monday to extend the bus subsidy for another year, officials said.
The subsidy costs about 12 million euros a year.
Frequently Asked Questions
Q: Who pays for the subsidy?
A: The regional government covers two thirds and the councils the rest.
Q: When does it end?
A: The extension runs until the end of next year.
"""


def test_the_style_wins_on_its_layout(newsclaims_only):
    assert_style_wins(newsclaims_only(plugin), MADE_UP, "faq-brief", margin=0.5)


def test_an_interview_without_an_faq_heading_is_not_this_style(newsclaims_only):
    interview = "Q: How did it start?\nA: Slowly, then all at once.\n"
    assert newsclaims_only(plugin).choose_style(interview) == "generic"


def test_answers_are_about_their_questions(newsclaims_only):
    layout = newsclaims_only(plugin).read_layout("faq-brief", MADE_UP)
    assert_layout(layout, source=None, title=None, published=None)
    assert [(r.start, r.end) for r in layout.body] == [(0, len(MADE_UP.rstrip()))]
    pairs = [(MADE_UP[t.about.start : t.about.end], MADE_UP[t.span.start : t.span.end]) for t in layout.topics]
    assert pairs == [
        ("Who pays for the subsidy?", "The regional government covers two thirds and the councils the rest."),
        ("When does it end?", "The extension runs until the end of next year."),
    ]
    assert [MADE_UP[h.start : h.end] for h in layout.headings] == ["Frequently Asked Questions"]


def test_a_headline_above_the_brief_is_its_title(newsclaims_only):
    layout = newsclaims_only(plugin).read_layout("faq-brief", "Bus Subsidy Extended\n" + MADE_UP)
    assert layout.title == "Bus Subsidy Extended"


@pytest.mark.skipif(not SEED.exists(), reason="the repository's seeds are not here")
def test_the_seed(newsclaims_only):
    text = SEED.read_text(encoding="utf-8")
    pipeline = newsclaims_only(plugin)
    assert_style_wins(pipeline, text, "faq-brief", margin=0.5)
    layout = pipeline.read_layout("faq-brief", text)
    assert_layout(layout, source=None, title=None, published=None, authors=[], body=[{"start": 0, "end": 2906}])
    assert len(layout.topics) == text.count("\nA: ")
    assert_well_formed_layout(text, layout)


def test_the_plugin_behaves_on_any_input():
    check_style_plugin(plugin, [MADE_UP] + ([SEED.read_text(encoding="utf-8")] if SEED.exists() else []))
