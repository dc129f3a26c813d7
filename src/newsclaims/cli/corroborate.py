"""``newsclaims corroborate PATH...``: which facts several articles state, and where their figures differ.

PATH is a .txt article (extracted here), a .jsonl file of articles (read
back), or a directory of either. The table shows the quantities stated in at
least ``--min-articles`` articles, disputed ones first; ``--format jsonl``
writes one group a line; ``--format articles`` writes the articles back as
JSONL with each claim's groups in its ``group`` field, for the query
language (``group.agree = false``).
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..convert import SchemaError, dumps, get_converter, read_jsonl, write_jsonl
from ..corroborate import Group, Member, annotate, corroborate
from ..model import Article
from ..pipeline import InputError
from .common import open_output, report
from .extract import iter_articles, jobs_count

FORMATS = ("table", "jsonl", "articles")
SUFFIXES = (".txt", ".jsonl")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a .txt article, a .jsonl file of articles, or a directory of them")
    parser.add_argument(
        "--format", choices=FORMATS, default="table",
        help="table (default), jsonl (one group a line) or articles (the articles as JSONL, claims annotated with their groups)",
    )
    parser.add_argument(
        "--min-articles", type=int, default=2, metavar="N", help="show quantities stated in at least N articles (default: 2; 1 shows all)"
    )
    parser.add_argument("--style", metavar="NAME", help="force this source style when extracting .txt files")
    parser.add_argument("-j", "--jobs", type=jobs_count, default=1, metavar="N", help="extract .txt files on N processes")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def _inputs(paths: list[str]) -> Iterator[Path | InputError]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            if not found:
                yield InputError(raw, "directory holds no .txt or .jsonl files")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield InputError(raw, "no such file or directory")


def load_articles(paths: list[str], style: str | None = None, jobs: int = 1) -> Iterator[Article | InputError]:
    """Articles from .jsonl files (read back) and .txt files (extracted), in input order."""
    texts: list[str] = []

    def extracted() -> Iterator[Article | InputError]:
        if texts:
            yield from iter_articles(list(texts), style, jobs)
            texts.clear()

    for item in _inputs(paths):
        if isinstance(item, InputError):
            yield item
        elif item.suffix == ".jsonl":
            yield from extracted()
            yield from _read_jsonl(item)
        else:
            texts.append(str(item))
    yield from extracted()


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    try:
        with open(path, encoding="utf-8") as handle:
            yield from read_jsonl(handle, name=str(path))
    except SchemaError as exc:
        yield InputError(str(path), str(exc).removeprefix(f"{path}, "))
    except (OSError, UnicodeDecodeError) as exc:
        yield InputError(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}")


def group_table(groups: Iterable[Group], articles: dict[str, Article], width: int = 100) -> str:
    """Disputed quantities first, then agreed ones; under each, every figure with who states it."""
    lines: list[str] = []
    for group in groups:
        q = group.key
        verdict = "AGREE " if group.agree else "DIFFER"
        about = " / ".join(x for x in (q.subject, q.measure, q.unit, q.period, "change" if q.change else None) if x)
        counts = f"{len(group.articles)} articles, {len(group.sources)} sources"
        if group.earliest:
            counts += f", earliest {group.earliest.isoformat()}"
        lines.append(f"{verdict}  {about}  ({counts})")
        for value in group.values:
            head = f"    {value.text:<28} "
            body = "; ".join(_backers(value.members, articles))
            lines += textwrap.wrap(body, width, initial_indent=head, subsequent_indent=" " * len(head))
        lines.append("")
    return "\n".join(lines)


def _backers(members: Iterable[Member], articles: dict[str, Article]) -> list[str]:
    """``article (publisher) citing source [modality] x2`` per article and source, in member order."""
    seen: dict[tuple[str, str | None], list[Member]] = {}
    for member in members:
        seen.setdefault((member.article, member.source), []).append(member)
    out = []
    for (article_id, source), same in seen.items():
        article = articles.get(article_id)
        label = article_id
        if article is not None and article.source:
            label += f" ({article.source})"
        if source:
            label += f" citing {source}"
        hedges = sorted({m.modality.value for m in same if m.modality and m.modality.value not in ("asserted", "reported")})
        if hedges:
            label += f" [{', '.join(hedges)}]"
        if len(same) > 1:
            label += f" x{len(same)}"
        out.append(label)
    return out


def _ranked(groups: Iterable[Group]) -> list[Group]:
    return sorted(groups, key=lambda g: (g.agree, -len(g.articles), -len(g.sources), g.id))


def _write_groups(groups: tuple[Group, ...], articles: dict[str, Article], args: argparse.Namespace, out: IO[str]) -> None:
    shown = _ranked(g for g in groups if len(g.articles) >= args.min_articles)
    if args.format == "jsonl":
        converter = get_converter()
        for group in shown:
            out.write(dumps(converter.unstructure(group)) + "\n")
        return
    disputed = sum(1 for g in shown if not g.agree)
    members = sum(len(g.members) for g in groups)
    out.write(
        f"{len(articles)} articles, {members} metric claims, {len(groups)} quantities; "
        f"{len(shown)} stated in {args.min_articles} or more articles: "
        f"{len(shown) - disputed} agree, {disputed} differ\n\n"
    )
    out.write(group_table(shown, articles))


def run(args: argparse.Namespace) -> int:
    articles: dict[str, Article] = {}
    bad = 0
    for item in load_articles(args.paths, args.style, args.jobs):
        if isinstance(item, InputError):
            report(str(item))
            bad += 1
        elif item.id in articles:
            report(f"{item.id}: a second article with this id is left out")
            bad += 1
        else:
            articles[item.id] = item
    try:
        with open_output(args.output) as out:
            if args.format == "articles":
                write_jsonl(annotate(articles.values()), out)
            else:
                _write_groups(corroborate(articles.values()), articles, args, out)
    except InputError as exc:
        report(str(exc))
        return 2
    return 1 if bad else 0
