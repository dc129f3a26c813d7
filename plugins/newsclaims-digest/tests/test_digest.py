"""The digest style on its seed and on a digest written for this test in the same layout."""

from pathlib import Path

import newsclaims_digest as plugin
import pytest

from newsclaims.testing import assert_layout, assert_style_wins, assert_well_formed_layout, check_style_plugin

SEED = Path(__file__).resolve().parents[3] / "seeds" / "003_5afbe78166aab86d.txt"

# Made up for this test: the layout, none of the seed's words.
MADE_UP = """Regulators in three countries opened inquiries into the merger on Friday, raising the prospect of months of delay for the two shipping groups.
The companies said they expected approval by the summer.
Why the regulators are worried
Together the groups would control about a third of container traffic between Asia and Europe, according to industry estimates.
What comes next
A decision is due within 90 days, the European Commission said.
|
"""


def test_the_style_wins_on_its_layout(newsclaims_only):
    assert_style_wins(newsclaims_only(plugin), MADE_UP, "digest", margin=0.5)


def test_without_the_end_mark_it_is_plain_text(newsclaims_only):
    assert newsclaims_only(plugin).choose_style(MADE_UP.replace("|\n", "")) == "generic"


def test_the_end_mark_is_left_out_and_headings_are_not_sentences(newsclaims_only):
    layout = newsclaims_only(plugin).read_layout("digest", MADE_UP)
    assert_layout(layout, title=None, source=None, published=None)
    assert [(r.start, r.end) for r in layout.body] == [(0, MADE_UP.index("\n|"))]
    assert [MADE_UP[h.start : h.end] for h in layout.headings] == ["Why the regulators are worried", "What comes next"]


@pytest.mark.skipif(not SEED.exists(), reason="the repository's seeds are not here")
def test_the_seed(newsclaims_only):
    text = SEED.read_text(encoding="utf-8")
    pipeline = newsclaims_only(plugin)
    assert_style_wins(pipeline, text, "digest", margin=0.5)
    layout = pipeline.read_layout("digest", text)
    assert_layout(layout, source=None, title=None, published=None, authors=[], body=[{"start": 0, "end": 7435}])
    assert len(layout.headings) == 4
    assert_well_formed_layout(text, layout)


def test_the_plugin_behaves_on_any_input():
    check_style_plugin(plugin, [MADE_UP] + ([SEED.read_text(encoding="utf-8")] if SEED.exists() else []))
