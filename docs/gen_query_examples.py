"""Regenerate the generated parts of docs/query.md: the field table and each example's results.

    .venv/bin/python docs/gen_query_examples.py          # rewrite docs/query.md in place
    .venv/bin/python docs/gen_query_examples.py --check  # exit 1 if the gold results are out of step

Results are real: each example runs on seeds/ as the pipeline extracts them
today (these move as the extractors improve; rerun the script), and on the
hand-made gold annotations of the same seeds (these only change with the
language, and tests/test_query_docs.py checks that they are in step).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsclaims as nc  # noqa: E402
from newsclaims.query import compile_query  # noqa: E402
from newsclaims.query.schema import builtin_schema  # noqa: E402

DOC = ROOT / "docs" / "query.md"
SEEDS = ROOT / "seeds"
FIELDS = ("<!-- fields:begin -->", "<!-- fields:end -->")
EXAMPLES = ("<!-- examples:begin -->", "<!-- examples:end -->")
SHOWN = 3  # matches listed per example


def example_queries(doc: str) -> list[str]:
    """The queries of the doc's example list: the ```query block under '## Examples'."""
    section = doc.split("## Examples", 1)[1]
    block = re.search(r"```query\n(.*?)```", section, re.S).group(1)
    return [line.split("  #")[0].strip() for line in block.splitlines() if line.strip()]


def field_table() -> str:
    rows = ["| field | type | what it holds |", "| --- | --- | --- |"]
    for owner in builtin_schema().owners.values():
        for field in owner.fields.values():
            kind = field.type + (f": {', '.join(field.choices)}" if field.choices else "")
            rows.append(f"| `{field.qualified}` | {kind} | {field.doc} |")
        if owner.many:
            rows.append(f"| `claim.{owner.collection}` | list of {owner.name} | for `any`, `all`, `has` |")
    return "\n".join(rows)


def _excerpt(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _results(matches: list, label: str) -> list[str]:
    if not matches:
        return [f"- {label}: no claims"]
    out = [f"- {label}: {len(matches)} claim{'s' if len(matches) != 1 else ''}"]
    for m in matches[:SHOWN]:
        out.append(f"  - `{m.article.id}` `{m.claim.id}`: {_excerpt(m.claim.text)}")
    if len(matches) > SHOWN:
        out.append(f"  - ... and {len(matches) - SHOWN} more")
    return out


def gold_results(queries: list[str]) -> dict[str, list[str]]:
    from tests.query_gold import gold_articles

    gold = gold_articles()
    return {q: _results(list(compile_query(q, builtin_schema()).matches(gold)), "on the gold annotations") for q in queries}


def example_section(queries: list[str], seeds: list[nc.Article]) -> str:
    gold = gold_results(queries)
    parts = []
    for text in queries:
        q = compile_query(text, builtin_schema())
        lines = [f"#### `{text}`", "", f"Reads: {q.explain()}."]
        if q.explicit != q.canonical:
            lines.append(f"Explicit form: `{q.explicit}`.")
        lines.append("")
        lines += _results(list(q.matches(seeds)), "on seeds/ as extracted")
        lines += gold[text]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _replace(doc: str, markers: tuple[str, str], body: str) -> str:
    begin, end = markers
    head, rest = doc.split(begin, 1)
    _old, tail = rest.split(end, 1)
    return f"{head}{begin}\n{body}\n{end}{tail}"


def generate(doc: str) -> str:
    queries = example_queries(doc)
    seeds = [nc.extract_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    doc = _replace(doc, FIELDS, field_table())
    return _replace(doc, EXAMPLES, example_section(queries, seeds))


def gold_lines(doc: str) -> list[str]:
    """What must not drift: the field table, the readings and the results on the gold."""
    keep = ("Reads:", "Explicit", "| `")
    lines = doc.split(EXAMPLES[0], 1)[1].split(EXAMPLES[1], 1)[0].splitlines()
    gold, in_gold = [], False
    for line in lines:
        if line.startswith("- "):
            in_gold = "on the gold" in line
        if in_gold or line.startswith(keep):
            gold.append(line)
    return gold + [line for line in doc.splitlines() if line.startswith("| `")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    doc = DOC.read_text(encoding="utf-8")
    new = generate(doc)
    if args.check:
        if gold_lines(new) != gold_lines(doc):
            print("docs/query.md is out of step: run docs/gen_query_examples.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
