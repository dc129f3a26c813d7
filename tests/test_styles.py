"""Source styles on real layouts: the seeds' styles win, their metadata and bodies match the gold.

The seeds are the dev set; their gold files and the evaluation corpus live
in ../shared, and the tests that need them skip when it is absent. Each
style plugin's own tests (plugins/*/tests) check its metadata on its seed
and on a made-up article in the same layout.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsclaims.pipeline import default_pipeline
from newsclaims.testing import assert_inside_body, assert_layout, assert_style_wins, assert_well_formed_layout

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds"
EVAL = SHARED / "corpus" / "eval"
PLUGINS = ROOT / "plugins"

# The layout each seed was published in (from the issue that added the style plugins).
SEED_STYLES = {
    "000_7fb46f965b5884ba": "shanshang",
    "001_b06995a358c17151": "tradingkey",
    "002_c2d3893c8f861466": "faq-brief",
    "003_5afbe78166aab86d": "digest",
    "004_260e29286500b214": "webpronews",
}
MARGIN = 0.3
METADATA = ("source", "title", "authors", "editors", "published")


def seed_text(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def gold(name: str) -> dict:
    path = GOLD / f"{name}.json"
    if not path.exists():
        pytest.skip(f"no gold at {path}")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def require_style(pipeline, style: str) -> None:
    if style not in pipeline.styles.entries:
        pytest.skip(f"style {style!r} is not installed (pip install ./plugins/*)")


@pytest.mark.parametrize("name", sorted(SEED_STYLES))
def test_the_seeds_style_wins_by_a_clear_margin(pipeline, name):
    require_style(pipeline, SEED_STYLES[name])
    assert_style_wins(pipeline, seed_text(name), SEED_STYLES[name], margin=MARGIN)


@pytest.mark.parametrize("name", sorted(SEED_STYLES))
def test_metadata_equals_the_gold(pipeline, name):
    require_style(pipeline, SEED_STYLES[name])
    expected = gold(name)
    layout = pipeline.read_layout(SEED_STYLES[name], seed_text(name))
    assert_layout(layout, **{k: expected.get(k, [] if k in ("authors", "editors") else None) for k in METADATA})


@pytest.mark.parametrize("name", sorted(SEED_STYLES))
def test_the_body_keeps_every_gold_annotation_and_spans_the_golds_body(pipeline, name):
    require_style(pipeline, SEED_STYLES[name])
    text, expected = seed_text(name), gold(name)
    layout = pipeline.read_layout(SEED_STYLES[name], text)
    assert_well_formed_layout(text, layout)
    assert_inside_body({**expected, "text": text}, body=layout.body)
    # Same outer bounds as the gold; gaps inside are left-out captions.
    gold_body = expected["body"]
    assert (layout.body[0].start, layout.body[-1].end) == (gold_body[0]["start"], gold_body[-1]["end"])
    for left, right in zip(layout.body, layout.body[1:]):
        gap = text[left.end : right.start].strip()
        assert len(gap.splitlines()) == 1, f"more than a caption left out between {left} and {right}: {gap!r}"


@pytest.mark.parametrize("name", sorted(SEED_STYLES))
def test_no_extracted_annotation_falls_in_boilerplate(pipeline, name):
    require_style(pipeline, SEED_STYLES[name])
    article = pipeline.extract(seed_text(name), id=name)
    assert article.style == SEED_STYLES[name]
    assert_inside_body(article)


def eval_paths() -> list[Path]:
    return sorted(EVAL.glob("*/*.txt")) if EVAL.is_dir() else []


@pytest.mark.skipif(not EVAL.is_dir(), reason="no evaluation corpus in ../shared")
def test_plain_articles_come_out_generic_with_their_bodies_whole(pipeline):
    wrong = []
    for path in eval_paths():
        text = path.read_text(encoding="utf-8")
        style = pipeline.choose_style(text)
        layout = pipeline.read_layout(style, text)
        stripped = text.strip()
        whole = (text.index(stripped[0]), text.index(stripped[0]) + len(stripped))
        if style != "generic" or [(r.start, r.end) for r in layout.body] != [whole]:
            wrong.append(f"{path.parent.name}/{path.name}: {style} {layout.body}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.skipif(not EVAL.is_dir(), reason="no evaluation corpus in ../shared")
def test_wire_datelines_give_the_source(pipeline):
    sources = {}
    for path in eval_paths():
        text = path.read_text(encoding="utf-8")
        if re.match(r"[A-Z][A-Z ,.]{1,40}\((?:AP|Reuters)\) [-—]", text):
            sources[path.name] = pipeline.read_layout("generic", text).source
    assert sources and set(sources.values()) <= {"AP", "Reuters"}, sources


# -- what the style plugins may and may not contain --

PUBLIC_MODULES = {"newsclaims", "newsclaims.layout"}
_IMPORT = re.compile(r"^\s*(?:from\s+(newsclaims[\w.]*)\s+import|import\s+(newsclaims[\w.]*))", re.M)
SHINGLE = 6  # a run of this many words shared with a seed is a seed sentence copied


def plugin_sources() -> list[Path]:
    return sorted(PLUGINS.glob("*/src/**/*.py"))


def test_there_is_one_plugin_package_per_seed_style():
    assert len(list(PLUGINS.glob("*/pyproject.toml"))) == len(set(SEED_STYLES.values()))


@pytest.mark.parametrize("path", plugin_sources(), ids=lambda p: p.parent.name)
def test_style_plugins_import_only_public_names(path):
    modules = {a or b for a, b in _IMPORT.findall(path.read_text(encoding="utf-8"))}
    assert modules <= PUBLIC_MODULES, f"{path} imports {sorted(modules - PUBLIC_MODULES)}"


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


@pytest.mark.parametrize("path", plugin_sources(), ids=lambda p: p.parent.name)
def test_style_plugins_quote_no_seed_sentence(path):
    seeds = set().union(*(_shingles(seed_text(name)) for name in SEED_STYLES))
    shared = _shingles(path.read_text(encoding="utf-8")) & seeds
    assert not shared, f"{path} repeats seed text: {sorted(' '.join(s) for s in shared)[:5]}"
