"""Cross-source corroboration: which articles state the same quantity, and do their figures agree?

    import newsclaims
    for group in newsclaims.corroborate(articles):
        if len(group.articles) > 1:
            print(group.key.subject, group.key.measure, "agree" if group.agree else "differ")
            for value in group.values:
                print("   ", value.text, value.articles, value.sources)

See docs/corroboration.md for how subjects, measures, units, periods and
bounds are compared.
"""

from __future__ import annotations

from .core import corroborate
from .groups import Group, Member, QuantityKey, StatedValue
from .measures import measure_words
from .plugin import annotate
from .quantities import APPROX_TOLERANCE, EXACT_TOLERANCE, Interval, interval_of, unit_family
from .subjects import Resolver, name_key

__all__ = [
    "APPROX_TOLERANCE",
    "EXACT_TOLERANCE",
    "Group",
    "Interval",
    "Member",
    "QuantityKey",
    "Resolver",
    "StatedValue",
    "annotate",
    "corroborate",
    "interval_of",
    "measure_words",
    "name_key",
    "unit_family",
]
