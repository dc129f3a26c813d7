"""The shanshang style on its seed and on an article written for this test in the same layout."""

from pathlib import Path

import newsclaims_shanshang as plugin
import pytest

from newsclaims.testing import assert_layout, assert_style_wins, assert_well_formed_layout, check_style_plugin

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_7fb46f965b5884ba.txt"

# Made up for this test: the layout of the site, none of its words.
MADE_UP = """03/15 2024
1204

Why the harbour project stalled
Author: Mei Lin, Zhou Ping
Editor: Tan Wei
Cover Image: A harbour at dusk
The port authority approved the expansion in 2021, and work began a year later.
Costs have since risen by 40%, according to the city's audit office.

Cranes idle at the north pier.
Officials said the delay would last until next spring.
Funding and Its Limits
The province has pledged 2 billion yuan to the project.
Photo: city audit office
Critics argue the money would be better spent elsewhere.
© 2024 Harbour Weekly. All rights reserved.
"""


def body_lines(text, layout):
    return [line for r in layout.body for line in text[r.start : r.end].splitlines() if line.strip()]


def test_the_style_wins_on_its_layout(newsclaims_only):
    assert_style_wins(newsclaims_only(plugin), MADE_UP, "shanshang", margin=0.5)


def test_plain_text_is_not_this_style(newsclaims_only):
    assert newsclaims_only(plugin).choose_style("Author: someone wrote this.\nA plain paragraph.\n") == "generic"


def test_header_footer_and_captions_of_a_made_up_article(newsclaims_only):
    layout = newsclaims_only(plugin).read_layout("shanshang", MADE_UP)
    assert_layout(
        layout,
        source="Harbour Weekly",
        title="Why the harbour project stalled",
        authors=["Mei Lin", "Zhou Ping"],
        editors=["Tan Wei"],
        published="2024-03-15",
    )
    lines = body_lines(MADE_UP, layout)
    assert lines[0].startswith("The port authority") and lines[-1].startswith("Critics argue")
    assert "Cranes idle at the north pier." not in lines and "Photo: city audit office" not in lines
    assert [MADE_UP[h.start : h.end] for h in layout.headings] == ["Funding and Its Limits"]


@pytest.mark.skipif(not SEED.exists(), reason="the repository's seeds are not here")
def test_the_seed(newsclaims_only):
    text = SEED.read_text(encoding="utf-8")
    pipeline = newsclaims_only(plugin)
    assert_style_wins(pipeline, text, "shanshang", margin=0.5)
    layout = pipeline.read_layout("shanshang", text)
    assert_layout(
        layout,
        source="Shanshang",
        title='"When mistakes happen, the onus is on us."',
        authors=["He Jian"],
        editors=["Jiang Jiao"],
        published="2025-12-04",
    )
    assert (layout.body[0].start, layout.body[-1].end) == (136, 13058)
    gaps = [text[a.end : b.start].strip() for a, b in zip(layout.body, layout.body[1:])]
    assert len(gaps) == 6 and all(len(gap.splitlines()) == 1 for gap in gaps)  # one caption each
    assert_well_formed_layout(text, layout)


def test_the_plugin_behaves_on_any_input():
    check_style_plugin(plugin, [MADE_UP] + ([SEED.read_text(encoding="utf-8")] if SEED.exists() else []))
