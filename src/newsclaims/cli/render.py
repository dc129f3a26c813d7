"""Plain-text tables for people: an article's counts, then its claims with sources and metrics."""

from __future__ import annotations

import textwrap

from ..model import Article, Metric


def metric_label(metric: Metric) -> str:
    """The metric as written, with what it measures: ``more than 800 million (weekly active users)``."""
    label = " ".join(metric.text.split())
    about = " ".join(x for x in (metric.subject, metric.measure) if x)
    return f"{label} [{about}]" if about else label


def article_table(article: Article, width: int = 100) -> str:
    head = f"== {article.id}  style={article.style}"
    meta = [
        ("source", article.source),
        ("title", article.title),
        ("authors", ", ".join(article.authors) or None),
        ("published", article.published.isoformat() if article.published else None),
    ]
    lines = [head]
    lines += [f"   {k}: {v}" for k, v in meta if v]
    lines.append(
        f"   {len(article.entities)} entities, {len(article.metrics)} metrics, "
        f"{len(article.quotes)} quotes, {len(article.claims)} claims"
    )
    metrics = {m.id: m for m in article.metrics}
    for claim in article.claims:
        source = claim.source or "(the article)"
        lines.append(f"   - {source} [{claim.modality.value}]")
        body = " ".join(claim.text.split())
        lines += textwrap.wrap(body, width - 7, initial_indent="       ", subsequent_indent="       ")
        labels = [metric_label(metrics[i]) for i in claim.metrics if i in metrics]
        if labels:
            lines.append("       metrics: " + "; ".join(labels))
    return "\n".join(lines)
