"""The whole package type-checks: mypy finds nothing in src/newsclaims.

Run exactly as the compiled build reads the package (``--follow-imports=silent``), so
an annotation that stops being true fails here, not in a user's type checker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "newsclaims"


@pytest.mark.slow
def test_mypy_finds_no_errors_in_the_package():
    api = pytest.importorskip("mypy.api", reason="mypy is not installed: pip install mypy to check the annotations")
    # the cache beside the sources makes a rerun take a second instead of half a minute
    stdout, stderr, status = api.run(
        ["--follow-imports=silent", "--cache-dir", str(ROOT / ".mypy_cache"), str(PACKAGE)]
    )
    assert status == 0, f"mypy found errors:\n{stdout}{stderr}"
