"""Data tables of the query language: currency symbols, scale suffixes, keywords, limits.

The symbol table is deliberately small: a symbol that names several
currencies (``¥`` is both JPY and CNY) is left out, and the code is written
instead (``5B CNY``).
"""

from __future__ import annotations

from decimal import Decimal

# Currency symbols -> ISO 4217 codes (FORMAT.md: a bare "$" is USD).
SYMBOLS = {
    "US$": "USD",
    "HK$": "HKD",
    "C$": "CAD",
    "A$": "AUD",
    "S$": "SGD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
}
# How the printer writes an amount in these currencies; others print as "5B CNY".
SYMBOL_OF = {"USD": "$", "EUR": "€", "GBP": "£"}

# Scale suffixes of numbers, as powers of ten (case matters for the letters).
SCALES = {
    "k": 3, "K": 3, "thousand": 3,
    "m": 6, "M": 6, "mn": 6, "million": 6,
    "b": 9, "B": 9, "bn": 9, "billion": 9,
    "t": 12, "T": 12, "tn": 12, "trillion": 12,
}
# The printer's choice, largest first.
PRINT_SCALES = ((12, "T"), (9, "B"), (6, "M"), (3, "k"))

# Words that cannot be bare values; a string equal to one is printed in quotes.
KEYWORDS = frozenset({"and", "or", "not", "in", "any", "all", "has", "true", "false"})

REGEX_FLAGS = "ims"

# Limits that keep hostile queries cheap and every engine exact.
MAX_QUERY_CHARS = 10_000
MAX_DEPTH = 64
MAX_DIGITS = 28  # significant digits in a number literal (Decimal's default precision)
MAX_PLACES = 12  # decimal places a number literal may have (the store keeps 12)
MAX_MAGNITUDE = Decimal(10) ** 26  # the store's DECIMAL(38, 12) holds less than this
MAX_PATTERN_CHARS = 1_000
