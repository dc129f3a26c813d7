"""How well newsclaims reads numbers, money and percentages, next to quantulum3, on others' test cases.

    .venv/bin/python benchmarks/metrics_conformance.py [--shared DIR] [--failures N] [--no-peer]

Cases: the English specs of Microsoft Recognizers-Text (NumberModel,
CurrencyModel, PercentModel) and quantulum3's own test sentences, all in
``../shared/benchmarks/`` (never copied here). Every case counts; none is
skipped, "NotSupported" ones included.

A case matches when the values found equal the expected resolutions one to
one, in order (compared to 15 significant digits, the precision the specs
are written with) and, where the spec gives an ISO code, so do the currency
units. Conventions translated for the comparison, not changed in the data:

- Recognizers-Text resolves minor units in themselves ("50 cents" is 50
  Cent); newsclaims values money in the major unit (0.50 USD), so cents,
  pence, pennies and satoshis are converted before comparing.
- PercentModel values are "22%"; newsclaims' percent values are 22.
- quantulum3 gives a range as its midpoint; a newsclaims range is compared
  by the midpoint of ``value`` and ``high``.

quantulum3 runs in the same process on the same cases (``pip install
'.[bench]'``); ``--no-peer`` leaves it out.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from decimal import Decimal
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_shared_option, require_shared  # noqa: E402

import newsclaims  # noqa: E402

MINOR_UNITS = {"Cent": 100, "Pence": 100, "Penny": 100, "Satoshi": 10**8}
# quantulum3 unit names -> ISO codes, to compare its currencies with the specs' codes.
QUANTULUM_CODES = {
    "dollar": "USD", "united states dollar": "USD", "pound sterling": "GBP", "euro": "EUR", "yen": "JPY",
    "japanese yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "hong kong dollar": "HKD",
    "canadian dollar": "CAD", "australian dollar": "AUD", "swiss franc": "CHF", "indian rupee": "INR",
    "turkish lira": "TRY", "mexican peso": "MXN", "new zealand dollar": "NZD",
}

Found = list[tuple[Decimal | None, str | None]]


def sig(value: Decimal | float | str | None) -> str | None:
    """A value to 15 significant digits, the precision of the specs' resolutions."""
    if value is None or value == "null":
        return None
    d = Decimal(str(value))
    return "0" if d == 0 else format(float(f"{d:.15g}"), ".14g")


def matches(expected: Found, found: Found) -> bool:
    if len(expected) != len(found):
        return False
    for (ev, eu), (fv, fu) in zip(expected, found):
        if sig(ev) != sig(fv) or (eu is not None and eu != fu):
            return False
    return True


# --- expected resolutions -------------------------------------------------------------


def expected_numbers(case: dict) -> Found:
    return [(r["Resolution"]["value"], None) for r in case["Results"]]


def expected_currency(case: dict) -> Found:
    out = []
    for r in case["Results"]:
        res = r["Resolution"]
        value = res.get("value")
        if value not in (None, "null") and res.get("unit") in MINOR_UNITS:
            value = Decimal(value) / MINOR_UNITS[res["unit"]]
        out.append((value if value != "null" else None, res.get("isoCurrency")))
    return out


def expected_percent(case: dict) -> Found:
    return [((r["Resolution"]["value"] or "null").rstrip("%"), None) for r in case["Results"]]


def expected_quantities(case: dict) -> Found:
    return [(q["value"], None) for q in case["res"]]


# --- newsclaims -------------------------------------------------------------------------


def ours_numbers(text: str) -> Found:
    return [(n.value, None) for n in newsclaims.find_numbers(text)]


def _ours(text: str, kinds: tuple[str, ...]) -> Found:
    out = []
    for m in newsclaims.find_metrics(text):
        if kinds and m.kind not in kinds:
            continue
        value = m.value
        if value is not None and m.high is not None:
            value = (value + m.high) / 2
        out.append((value, m.unit))
    return out


def ours_currency(text: str) -> Found:
    return _ours(text, ("money",))


def ours_percent(text: str) -> Found:
    return _ours(text, ("percent",))


def ours_quantities(text: str) -> Found:
    return _ours(text, ())


# --- quantulum3 -------------------------------------------------------------------------


def quantulum(kinds: str) -> Callable[[str], Found] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def run(text: str) -> Found:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = parser.parse(text)
            except Exception:  # a peer's crash is a miss, not our failure
                return [("crash", None)]
        out = []
        for q in found:
            entity = q.unit.entity.name
            if kinds == "currency" and entity != "currency":
                continue
            if kinds == "percent" and q.unit.name != "percentage":
                continue
            out.append((q.value, QUANTULUM_CODES.get(q.unit.name.lower())))
        return out

    return run


SUITES = [
    ("NumberModel", "recognizers-text/NumberModel.json", expected_numbers, ours_numbers, "number", "Input"),
    ("CurrencyModel", "recognizers-text/CurrencyModel.json", expected_currency, ours_currency, "currency", "Input"),
    ("PercentModel", "recognizers-text/PercentModel.json", expected_percent, ours_percent, "percent", "Input"),
    ("quantulum3 quantities", "quantulum3/quantities.json", expected_quantities, ours_quantities, "all", "req"),
    ("quantulum3 ambiguity", "quantulum3/quantities.ambiguity.json", expected_quantities, ours_quantities, "all", "req"),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_shared_option(ap)
    ap.add_argument("--failures", type=int, default=0, help="print up to N of our failures per file")
    ap.add_argument("--no-peer", action="store_true", help="do not run quantulum3")
    ap.add_argument("--json", action="store_true", help="print the shares as one JSON object")
    args = ap.parse_args(argv)
    shared = require_shared(args.shared)
    folder = shared / "benchmarks"
    results = {}
    print(f"{'file':24} {'cases':>5} {'newsclaims':>10} {'quantulum3':>10}")
    for name, path, expect, ours, peer_kind, field in SUITES:
        cases = json.loads((folder / path).read_text(encoding="utf-8"))
        peer = None if args.no_peer else quantulum(peer_kind)
        ok = peer_ok = 0
        failures = []
        t0 = time.perf_counter()
        for case in cases:
            want = expect(case)
            got = ours(case[field])
            if matches(want, got):
                ok += 1
            elif len(failures) < args.failures:
                failures.append((case[field], want, got))
            if peer is not None and matches(want, peer(case[field])):
                peer_ok += 1
        share = ok / len(cases)
        peer_share = peer_ok / len(cases) if peer is not None else None
        results[name] = {"cases": len(cases), "newsclaims": share, "quantulum3": peer_share}
        peer_text = f"{peer_share:10.2f}" if peer_share is not None else f"{'-':>10}"
        print(f"{name:24} {len(cases):5d} {share:10.2f} {peer_text}   ({time.perf_counter() - t0:.1f}s)")
        for text, want, got in failures:
            print(f"    {text[:90]!r}\n      want {[(sig(v), u) for v, u in want]}\n      got  {[(sig(v), u) for v, u in got]}")
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
