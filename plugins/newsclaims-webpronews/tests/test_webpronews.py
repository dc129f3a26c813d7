"""The webpronews style on its seed and on an article written for this test in the same layout."""

from pathlib import Path

import newsclaims_webpronews as plugin
import pytest

from newsclaims.testing import assert_layout, assert_style_wins, assert_well_formed_layout, check_style_plugin

SEED = Path(__file__).resolve().parents[3] / "seeds" / "004_260e29286500b214.txt"

# Made up for this test: the layout of the site, none of its words.
MADE_UP = """Chipmakers Race to Secure Power for New Fabs

Rising electricity prices are forcing chipmakers to rethink where they build, executives say.
Chipmakers Race to Secure Power for New Fabs
Written by Daniel Reyes and Ana Costa

Semiconductor plants use as much electricity as small cities, and three new projects were delayed this year.

Grid Constraints

Utilities in two states said they could not promise supply before 2027.

Subscribe for Updates

ChipWire Newsletter

Get the ChipWire newsletter delivered to your inbox

Advertise with Us
"""


def test_the_style_wins_on_its_layout(newsclaims_only):
    assert_style_wins(newsclaims_only(plugin), MADE_UP, "webpronews", margin=0.5)


def test_plain_text_is_not_this_style(newsclaims_only):
    assert newsclaims_only(plugin).choose_style("A plain paragraph.\n\nSubscribe for Updates\n") == "generic"


def test_headline_byline_brand_and_body(newsclaims_only):
    layout = newsclaims_only(plugin).read_layout("webpronews", MADE_UP)
    assert_layout(
        layout,
        source="ChipWire",
        title="Chipmakers Race to Secure Power for New Fabs",
        authors=["Daniel Reyes", "Ana Costa"],
        published=None,
    )
    body = MADE_UP[layout.body[0].start : layout.body[-1].end]
    assert body.startswith("Semiconductor plants") and body.endswith("before 2027.")
    assert [MADE_UP[h.start : h.end] for h in layout.headings] == ["Grid Constraints"]


@pytest.mark.skipif(not SEED.exists(), reason="the repository's seeds are not here")
def test_the_seed(newsclaims_only):
    text = SEED.read_text(encoding="utf-8")
    pipeline = newsclaims_only(plugin)
    assert_style_wins(pipeline, text, "webpronews", margin=0.5)
    layout = pipeline.read_layout("webpronews", text)
    assert_layout(
        layout, source="WebProNews", title=text.splitlines()[0], authors=["Elizabeth Morrison"], published=None
    )
    assert [(r.start, r.end) for r in layout.body] == [(426, 6043)]
    assert_well_formed_layout(text, layout)


def test_the_plugin_behaves_on_any_input():
    check_style_plugin(plugin, [MADE_UP] + ([SEED.read_text(encoding="utf-8")] if SEED.exists() else []))
