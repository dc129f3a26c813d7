"""Text -> syntax tree: the Lark parser (built once, lazily), limits, and readable syntax errors."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from decimal import Decimal
from typing import Callable, cast

import lark
from lark import Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken, VisitError

from . import ast
from .errors import QueryError, QuerySyntaxError
from .literals import KEYWORDS, MAX_DEPTH, MAX_DIGITS, MAX_MAGNITUDE, MAX_PLACES, MAX_QUERY_CHARS, REGEX_FLAGS, SCALES, SYMBOLS

__all__ = ["get_parser", "parse"]


@functools.cache
def get_parser() -> lark.Lark:
    return lark.Lark.open(
        "grammar.lark", rel_to=__file__, parser="lalr", propagate_positions=True, maybe_placeholders=False
    )


def parse(text: str) -> ast.Expr:
    """The syntax tree of ``text``; :class:`QuerySyntaxError` points at the first problem."""
    if not isinstance(text, str):
        raise TypeError(f"a query is a str, not {type(text).__name__}")
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(
            f"the query is too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})", text, MAX_QUERY_CHARS
        )
    if not text.strip():
        raise QuerySyntaxError("the query is empty", text, 0, expected=("a condition such as claim.source = WSJ",))
    try:
        tree = get_parser().parse(text)
    except UnexpectedInput as exc:
        raise _syntax_error(exc, text) from None
    _check_depth(tree, text)
    try:
        return _ToAst(text).transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, QueryError):
            raise exc.orig_exc from None
        raise


def _check_depth(tree: lark.Tree, text: str) -> None:
    """Refuse trees deeper than MAX_DEPTH before anything walks them recursively."""
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            start = getattr(node.meta, "start_pos", 0)
            raise QuerySyntaxError(
                f"the query is nested too deeply (more than {MAX_DEPTH} levels)", text, start,
                getattr(node.meta, "end_pos", start + 1),
            )
        stack.extend((c, depth + 1) for c in node.children if isinstance(c, lark.Tree))


# --- syntax errors -----------------------------------------------------------

_COMPARISON_OPS = {"_EQ": "=", "_NE": "!=", "_LT": "<", "_LE": "<=", "_GT": ">", "_GE": ">=", "_MATCH": "~", "_IN": "in"}
_VALUES = {"STRING", "NUMBER", "MONEY", "PERCENT", "DATE", "NAME", "TRUE", "FALSE", "REGEX"}
_TERMINALS = {
    "NAME": "a field name", "STRING": 'a "string"', "NUMBER": "a number", "MONEY": "an amount such as $1.4T",
    "PERCENT": "a percentage", "DATE": "a date (YYYY-MM-DD)", "CODE": "a currency code such as USD",
    "REGEX": "a /regex/", "TRUE": '"true"', "FALSE": '"false"',
    "_OR": '"or"', "_AND": '"and"', "_NOT": '"not"', "_ANY": '"any("', "_ALL": '"all("', "_HAS": '"has("',
    "_LPAR": '"("', "_RPAR": '")"', "_COMMA": '","', "_DOT": '"."', "_DOTDOT": '".."',
    "$END": "the end of the query",
    **{name: f'"{op}"' for name, op in _COMPARISON_OPS.items()},
}
# Order in which expected things are listed.
_ORDER = list(_TERMINALS)


def _describe_expected(names: set[str]) -> tuple[str, ...]:
    names = set(names)
    out: list[str] = []
    ops = [n for n in _COMPARISON_OPS if n in names]
    if len(ops) >= 3:
        names -= set(ops)
        out.append("an operator (" + " ".join(_COMPARISON_OPS[n] for n in ops) + ")")
    values = names & _VALUES
    if len(values) >= 4:
        names -= values
        out.append("a value (a string, word, number, amount, percentage or date)")
    out += [_TERMINALS.get(n, n) for n in sorted(names, key=lambda n: _ORDER.index(n) if n in _ORDER else 99)]
    return tuple(out)


def _syntax_error(exc: UnexpectedInput, text: str) -> QuerySyntaxError:
    if isinstance(exc, UnexpectedCharacters):
        # lark declares pos_in_stream None at class level; the lexer always sets its int offset
        pos = cast(int, exc.pos_in_stream)
        return QuerySyntaxError(
            f"unexpected character {text[pos]!r}", text, pos, expected=_describe_expected(exc.allowed or set())
        )
    if isinstance(exc, UnexpectedToken) and exc.token.type != "$END":
        tok = exc.token
        start = tok.start_pos if tok.start_pos is not None else len(text)
        end = tok.end_pos if tok.end_pos is not None else start + 1
        shown = str(tok.value)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        return QuerySyntaxError(f"unexpected {shown!r}", text, start, end, expected=_describe_expected(exc.expected))
    expected = getattr(exc, "expected", None) or set()
    return QuerySyntaxError("the query ends too early", text, len(text.rstrip()), expected=_describe_expected(expected))


# --- tokens to literals --------------------------------------------------------

_NUMBER_PARTS = re.compile(r"(-?)(\d+)(?:\.(\d+))?[ ]?([A-Za-z]*)\Z")


def _decimal(token_text: str, text: str, start: int, end: int) -> Decimal:
    """The exact value of ``1.4T``, ``-5``, ``20 million``, within the limits every engine honours."""
    m = _NUMBER_PARTS.match(token_text)
    if m is None:  # the grammar guarantees the shape; this is a programming error
        raise AssertionError(token_text)
    sign, whole, frac, suffix = m.groups()
    frac = frac or ""
    digits = (whole.lstrip("0") or "0") + frac
    if len(digits) > MAX_DIGITS:
        raise QuerySyntaxError(f"this number has too many digits (at most {MAX_DIGITS})", text, start, end)
    power = SCALES[suffix if suffix in SCALES else suffix.lower()] if suffix else 0
    value = Decimal(f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}").scaleb(power)
    exponent = value.normalize().as_tuple().exponent  # an int: only NaN and infinity have a letter here
    if isinstance(exponent, int) and exponent < -MAX_PLACES:
        raise QuerySyntaxError(f"this number has more than {MAX_PLACES} decimal places", text, start, end)
    if abs(value) >= MAX_MAGNITUDE:
        raise QuerySyntaxError("this number is too large (the limit is 10^26)", text, start, end)
    return value + 0  # drops a negative zero and settles the exponent


def _unescape(body: str) -> str:
    out = []
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if ch == "\\" and i + 1 < n:
            nxt = body[i + 1]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", body[i + 2 : i + 6]):
                out.append(chr(int(body[i + 2 : i + 6], 16)))
                i += 6
                continue
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(nxt, nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _regex_source(body: str) -> str:
    """The RE2 pattern of a ``/.../`` literal: ``\\/`` becomes ``/``, other escapes stay."""
    out = []
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            out.append("/" if body[i + 1] == "/" else body[i : i + 2])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def _span(meta) -> ast.Pos:
    if getattr(meta, "empty", True):
        return None
    return (meta.start_pos, meta.end_pos)


def _compare(op: str) -> Callable[..., ast.Compare]:
    """The transformer method of one comparison rule."""

    def method(self, meta, children):
        return ast.Compare(children[0], op, children[1], pos=_span(meta))

    return method


@v_args(meta=True)
class _ToAst(Transformer):
    """Lark tree -> :mod:`.ast` nodes; literal values are checked here, where their tokens are."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    # expressions
    def or_(self, meta, children):
        return ast.Or(children, pos=_span(meta))

    def and_(self, meta, children):
        return ast.And(children, pos=_span(meta))

    def not_(self, meta, children):
        return ast.Not(children[0], pos=_span(meta))

    def any_(self, meta, children):
        return ast.Quantifier("any", children[0], children[1], pos=_span(meta))

    def all_(self, meta, children):
        return ast.Quantifier("all", children[0], children[1], pos=_span(meta))

    def has(self, meta, children):
        return ast.Has(children[0], pos=_span(meta))

    def path(self, meta, children):
        return ast.Path(tuple(str(t) for t in children), pos=_span(meta))

    eq, ne, lt, le = _compare("="), _compare("!="), _compare("<"), _compare("<=")
    gt, ge, match, in_ = _compare(">"), _compare(">="), _compare("~"), _compare("in")

    # collections
    def list(self, meta, children):
        return ast.ListLit(children, pos=_span(meta))

    def range(self, meta, children):
        return ast.Range(children[0], children[1], pos=_span(meta))

    # literals
    def _token(self, children) -> tuple[str, int, int]:
        tok = children[0]
        return str(tok), tok.start_pos, tok.end_pos

    def number(self, meta, children):
        raw, start, end = self._token(children)
        return ast.Number(_decimal(raw, self.text, start, end), pos=(start, end))

    def money(self, meta, children):
        raw, start, end = self._token(children)
        sign = "-" if raw.startswith("-") else ""
        body = raw.removeprefix("-")
        symbol = next(s for s in SYMBOLS if body.startswith(s))  # longest symbols are listed first
        value = _decimal(sign + body[len(symbol):], self.text, start, end)
        return ast.Money(value, SYMBOLS[symbol], pos=(start, end))

    def money_code(self, meta, children):
        number, code = children
        value = _decimal(str(number), self.text, number.start_pos, number.end_pos)
        return ast.Money(value, str(code), pos=(number.start_pos, code.end_pos))

    def percent(self, meta, children):
        raw, start, end = self._token(children)
        unit = "pp" if raw.endswith("pp") else "%"
        return ast.Percent(_decimal(raw.removesuffix(unit), self.text, start, end), unit, pos=(start, end))

    def date(self, meta, children):
        raw, start, end = self._token(children)
        try:
            value = _dt.date.fromisoformat(raw)
        except ValueError:
            raise QuerySyntaxError(f"{raw} is not a date", self.text, start, end) from None
        return ast.Date(value, pos=(start, end))

    def string(self, meta, children):
        raw, start, end = self._token(children)
        return ast.String(_unescape(raw[1:-1]), pos=(start, end))

    def word(self, meta, children):
        raw, start, end = self._token(children)
        if raw.lower() in KEYWORDS:
            raise QuerySyntaxError(
                f"{raw!r} is a keyword, not a value", self.text, start, end, expected=(f'a quoted "{raw}"',)
            )
        return ast.String(raw, pos=(start, end))

    def true(self, meta, children):
        return ast.Bool(True, pos=self._token(children)[1:])

    def false(self, meta, children):
        return ast.Bool(False, pos=self._token(children)[1:])

    def regex(self, meta, children):
        raw, start, end = self._token(children)
        close = raw.rindex("/")
        flags = raw[close + 1 :]
        for i, flag in enumerate(flags):
            if flag not in REGEX_FLAGS or flag in flags[:i]:
                at = start + close + 1 + i
                raise QuerySyntaxError(
                    f"unknown or repeated regex flag {flag!r}", self.text, at, at + 1,
                    expected=tuple(f"flag {f}" for f in REGEX_FLAGS),
                )
        return ast.Regex(_regex_source(raw[1:close]), "".join(sorted(flags)), pos=(start, end))
