"""Every hostile input of benchmarks/hostile.py, small: it finishes, and 8x the text costs about 8x the time.

Speed targets live in the benchmark; this only catches super-linear growth
(a quadratic step would cost 64x), with a generous margin for a busy machine.
"""

import sys

import pytest

from .conftest import ROOT, best_time

sys.path.insert(0, str(ROOT / "benchmarks"))
from hostile import HOSTILE, extractor  # noqa: E402

SMALL = 2_000
GROWTH = 8


@pytest.fixture(scope="module")
def run():
    run = extractor()
    run("Warm up: Acme said it rose.")
    return run


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_grows_linearly(run, name):
    small, large = HOSTILE[name](SMALL), HOSTILE[name](SMALL * GROWTH)
    article = run(large)
    assert article.text == large
    t_small, t_large = best_time(run, small), best_time(run, large, repeat=2)
    # 3x slack for timer noise and constant costs; a quadratic step would be 8x over
    assert t_large <= 3 * GROWTH * t_small + 0.05, f"{name}: {t_small:.4f}s -> {t_large:.4f}s"


def test_a_huge_number_never_reaches_int(run):
    article = run("Revenue was " + "9" * 50_000 + " dollars, Acme said.")
    assert all(len(m.text) < 1000 for m in article.metrics)
