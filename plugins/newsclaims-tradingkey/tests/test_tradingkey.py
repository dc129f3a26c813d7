"""The tradingkey style on its seed and on an article written for this test in the same layout."""

from pathlib import Path

import newsclaims_tradingkey as plugin
import pytest

from newsclaims.testing import assert_layout, assert_style_wins, assert_well_formed_layout, check_style_plugin

SEED = Path(__file__).resolve().parents[3] / "seeds" / "001_b06995a358c17151.txt"

# Made up for this test: the layout of the site, none of its words.
MADE_UP = """Copper Rallies as Supply Worries Grow

Source Metalsdesk

MetalsDesk - Copper prices climbed 3% on Tuesday as smelters in Chile cut output.

Analysts at a bank in Lima said inventories had fallen to their lowest level since 2019.

Disclaimer: For information purposes only.
placeholder
Zinc Slips Again On Weak DemandA summary of another story.
Author\u00a0\u00a0Someone Else
Jan 02, 2024
A summary of another story.
goTop
"""


def test_the_style_wins_on_its_layout(newsclaims_only):
    assert_style_wins(newsclaims_only(plugin), MADE_UP, "tradingkey", margin=0.5)


def test_plain_text_is_not_this_style(newsclaims_only):
    assert newsclaims_only(plugin).choose_style("Disclaimer: none.\nA plain paragraph.\n") == "generic"


def test_the_article_without_dateline_disclaimer_or_teasers(newsclaims_only):
    layout = newsclaims_only(plugin).read_layout("tradingkey", MADE_UP)
    assert_layout(
        layout, source="MetalsDesk", title="Copper Rallies as Supply Worries Grow", published=None, authors=[]
    )
    body = MADE_UP[layout.body[0].start : layout.body[-1].end]
    assert body.startswith("Copper prices climbed") and body.endswith("since 2019.")


def test_a_date_under_the_source_line_is_the_published_date(newsclaims_only):
    dated = MADE_UP.replace("Source Metalsdesk\n", "Source Metalsdesk\nMar 4, 2024\n")
    assert newsclaims_only(plugin).read_layout("tradingkey", dated).published.isoformat() == "2024-03-04"


@pytest.mark.skipif(not SEED.exists(), reason="the repository's seeds are not here")
def test_the_seed(newsclaims_only):
    text = SEED.read_text(encoding="utf-8")
    pipeline = newsclaims_only(plugin)
    assert_style_wins(pipeline, text, "tradingkey", margin=0.5)
    layout = pipeline.read_layout("tradingkey", text)
    assert_layout(layout, source="TradingKey", title=text.splitlines()[0], published=None, authors=[])
    assert [(r.start, r.end) for r in layout.body] == [(110, 3916)]
    assert_well_formed_layout(text, layout)


def test_the_plugin_behaves_on_any_input():
    check_style_plugin(plugin, [MADE_UP] + ([SEED.read_text(encoding="utf-8")] if SEED.exists() else []))
