"""The small lexicon behind measure normalisation: what no rule can know.

Each table is applied to single lower-case words of a measure phrase (after
hyphens are split and possessives dropped); see :mod:`.measures` for the
order. Keep every entry general English of business and news reporting,
never a phrase of one article.
"""

from __future__ import annotations

# Acronyms that stand for a whole measure: "WAU" is "weekly active users".
ABBREVIATIONS: dict[str, str] = {
    "wau": "weekly active users",
    "waus": "weekly active users",
    "mau": "monthly active users",
    "maus": "monthly active users",
    "dau": "daily active users",
    "daus": "daily active users",
    "arr": "annual recurring revenue",
    "gmv": "gross merchandise value",
    "capex": "capital expenditure",
    "gdp": "gross domestic product",
    "eps": "earnings per share",
    "ebitda": "ebitda",
}

# Words that qualify a measure without changing what is measured: "average
# daily usage time" and "daily usage time", "weekly active user count" and
# "weekly users". Targets, goals and forecasts are compared with the figure
# itself on purpose, so a goal and a reported figure for the same period show
# up side by side (the claim's modality still tells them apart).
FILLER: frozenset[str] = frozenset(
    """a an the of its their his her our this that these those
    average mean total overall current approximate approximately estimated estimate
    active number count amount level figure figures base
    target targets goal goals forecast forecasts projected projection expected
    reported stated official""".split()
)

# Different words for the same measure, mapped to one of them.
SYNONYMS: dict[str, str] = {
    "valued": "valuation",
    "valuations": "valuation",
    "sales": "revenue",
    "turnover": "revenue",
    "revenues": "revenue",
    "staff": "employee",
    "employees": "employee",
    "workers": "employee",
    "worker": "employee",
    "workforce": "employee",
    "headcount": "employee",
    "customers": "customer",
    "clients": "customer",
    "client": "customer",
}

# Words ending in "s" that are not plurals, or whose singular is not wanted.
NOT_PLURAL: frozenset[str] = frozenset(
    """news series species analysis basis crisis thesis gas bus plus less loss
    economics analytics politics physics logistics earnings""".split()
)
