"""Named entities found by capitalisation, context and a small lexicon.

Candidates are runs of capitalised words (with "of", "&" and version numbers
inside: "Bank of America", "Gemini 3 Pro", "GPT-5.1"). Each run is split at
titles ("OpenAI CEO Sam Altman" gives OpenAI and a person), function words,
dates and possessives (:mod:`.name_runs`). A name is kept when the article uses it as a name at
least once: not only as the first word of a sentence (where every word is
capitalised), not only in a title-case heading, and not as a short quoted
term ("'Code Red'"). Its kind is voted by every mention's context (titles,
appositions such as ", a startup", head nouns such as "browser" or "team",
verbs such as "told X") on top of the lexicon and the shape of the name.
Forms of one entity are clustered by :func:`names.cluster_forms`.
"""

from __future__ import annotations

import functools
import re

import attrs
from typing import Final, NamedTuple

from ..model import Entity, EntityKind, Span
from . import lexicon as lx
from .cues import CUE_FORMS
from .memo import Memo
from .name_runs import CONNECTORS as _CONNECTORS, JOIN as _JOIN, LEXICON as _LEXICON, NUM as _NUM
from .name_runs import NUM_RE as _NUM_RE, PLAIN as _PLAIN, SPLITS as _SPLITS, UPPER as _UPPER
from .names import cluster_forms, gender_of, surname_of
from .quotemarks import pair_quotes

__all__ = ["find_entities"]

P: Final = EntityKind.PERSON
O: Final = EntityKind.ORG
M: Final = EntityKind.MEDIA
PR: Final = EntityKind.PRODUCT
PL: Final = EntityKind.PLACE
EV: Final = EntityKind.EVENT

# One capitalised word: "OpenAI", "GPT-5.1", "U.S.", "O'Brien", "iPhone" ("'s" is left out, but for
# the plurals that open names: "People's Liberation Army", "Women's World Cup").
_PLURAL_POSSESSIVE: Final = r"(?:(?<=People['\u2019])|(?<=Women['\u2019])|(?<=Children['\u2019]))s(?=[ \u00a0][A-Z])"
_CAPITALISED: Final = rf"[{_UPPER}][^\W_]*(?:[-&.][^\W_]+|['\u2019](?:(?![sS]\b)[^\W\d_]+|{_PLURAL_POSSESSIVE})){{0,4}}\.?"
_TOK: Final = rf"(?:{_CAPITALISED}|[a-z]{{1,2}}[A-Z][^\W_]*)"
_MORE: Final = rf"(?:[ \u00a0](?:{_JOIN}[ \u00a0])?(?:{_TOK}|{_NUM})){{0,7}}"
_CANDIDATE: Final = re.compile(_TOK + _MORE)
# The candidates that open with a capital: a pattern that opens with a character set is scanned
# for in C, so one ``search`` finds the next capital and the run after it. At a capital it matches
# what _CANDIDATE matches there (whose first branch, a capitalised word, then always succeeds).
_CAPITAL_CANDIDATE: Final = re.compile(_CAPITALISED + _MORE)
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DATELINE: Final = re.compile(r"[A-Z][\w .,()/&'\u2019-]{0,40}?\s[-\u2013\u2014]{1,2}\s")
_CAPITAL_STARTS: Final = re.compile(r"(?<![\w'\u2019])[A-Z]")
# lower-case words other than short function words ("the", "of", "and", "with", ...)
_LOWER_CONTENT: Final = re.compile(r"(?<![\w'\u2019-])(?!(?:the|and|for|with|from|into|over|than)\b)[a-z]{3,}")
_QUOTE_CHARS: Final = re.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]")
# (not the parts of an address: "twitter" of "pic.twitter.com" or "https://twitter.com" does not
# make "Twitter" an ordinary word)
# (nor the name of a bare domain: "facebook" of "facebook.com")
_LOWER_WORDS: Final = re.compile(r"(?<![\w'\u2019./@-])[a-z][a-z'\u2019-]{1,30}(?![a-z'\u2019-]{0,40}\.\w)")
_VERSIONED: Final = re.compile(r"\d")
_INNER_CAP: Final = re.compile(r"[a-z][A-Z]")
# Given names and surnames with a capital inside ("LeBron", "DeSantis", "DiCaprio"; "McDonald" is plain)
_PREFIXED_NAME: Final = re.compile(r"(?:De|Di|Da|Du|La|Le)[A-Z][a-z]+\Z")
_NEXT: Final = re.compile(r"(['\u2019]s?)?((?:[ \u00a0]{1,3}[a-z][a-z-]{0,24}){0,4})")
_BARE_WORD: Final = re.compile(r"[A-Za-z][\w'\u2019-]{0,30}\Z")
_APPOSITION: Final = re.compile(r",\s{1,3}((?:a|an|the|its|his|her|their)\s{1,3})?((?:[\w-]{1,25}\s{1,3}){0,4}[\w-]{1,25})")
_NAME_STOPS: Final = frozenset(
    "the a an to of that and or in on for with is are was were has have had will would can could its "
    "their his her as by from at who which whose when where while but than".split()
)
_INITIAL_BEFORE: Final = frozenset(":;.!?\"\u201c\u2018'(\u2014\u2013\u2022*")
_TERMINALS: Final = ".!?\"\u201d\u2019'):;"


class Occurrence(NamedTuple):
    form: str
    start: int
    end: int
    initial: bool  # first word of a sentence, where capitals prove nothing
    heading: bool  # in a title-case line
    hint: EntityKind | None  # what a title or role around it said


def find_entities(text: str, sentences) -> list[Entity]:
    """The named entities mentioned in ``sentences`` of ``text``."""
    found = _occurrences(text, sentences)
    by_form = found.by_form
    early: dict[str, list[float]] = {}  # votes _accepted already counted
    forms = _accepted(text, found, early)
    if not forms:
        return []
    votes = {form: early.pop(form, []) or _votes(text, form, by_form[form]) for form in forms}
    _ordinary_first_words(text, votes)
    _family_votes(votes, by_form)
    _club_votes(text, votes)
    kinds = {f: _ORDER[v.index(max(v))] for f, v in votes.items()}  # _kind of each form
    honorifics = lx.HONORIFICS
    person_like = {f for f, k in kinds.items() if k is P and (" " in f or f.split(" ", 1)[0] in honorifics)}
    groups = {f: _LEXICON[f][0] for f in forms if f in _LEXICON}
    # one-word forms with no evidence of anything but a person: maybe a first name used alone ("Kate")
    bare = {f for f, v in votes.items() if " " not in f and max(v[:_P] + v[_P + 1 :]) <= 0}
    canonical = cluster_forms(sorted(forms), person_like, groups, bare)
    clusters: dict[str, list[str]] = {}
    for form, name in canonical.items():
        members = clusters.get(name)
        if members is None:
            clusters[name] = [form]
        else:
            members.append(form)
    entities: list[Entity] = []
    unknown: list[int] = []  # the entities that nothing, or almost nothing, in the article says anything of
    for name, members in clusters.items():
        if len(members) == 1:  # most clusters: one form, which is the name (but "Dr. Ana Molt"), with no aliases
            kind = kinds[name]
            lexicon = _LEXICON.get(name)
            if lexicon is not None:
                kind = lexicon[1]
            elif max(votes[name]) <= 1 and min(votes[name]) >= 0:
                # nothing, or only the weak lean of two plain words to a person ("Real Madrid")
                unknown.append(len(entities))
            occs = by_form[name]
            if found.ordered:  # the occurrences are in text order, one per start: nothing to sort
                mentions = tuple([Span(o.start, o.end) for o in occs])
            else:
                mentions = tuple([Span(s, e) for s, e in sorted({(o.start, o.end) for o in occs})])
            display = _display_name(name, members, kind)
            aliases: tuple[str, ...] = (name,) if display != name else ()
            entities.append(Entity(id=f"t{len(entities) + 1}", name=display, kind=kind, aliases=aliases, mentions=mentions))
            continue
        total: list[float] = [0] * 6
        spans: set[tuple[int, int]] = set()
        surname = surname_of(name) if name in person_like else None
        for f in members:
            total = [a + b for a, b in zip(total, votes[f])]
            spans.update([(o.start, o.end) for o in by_form[f]])
            if f == surname and not all([o.initial for o in by_form[f]]):
                # a name taken up again by its last word alone is a person's ("Buckley"); not a
                # word seen only opening sentences ("Sales" of "Mitsubishi Motor Sales")
                total[_P] += 2
        kind = _kind(total)
        lexicon = _LEXICON.get(name)
        if lexicon is not None:
            kind = lexicon[1]
        name = _display_name(name, members, kind)
        aliases = tuple(sorted(f for f in members if f != name))
        merged = tuple([Span(s, e) for s, e in sorted(spans)])
        entities.append(
            Entity(id=f"t{len(entities) + 1}", name=name, kind=kind, aliases=aliases, mentions=merged)
        )
    if unknown:
        _kinds_from_lists(text, entities, unknown)
    return entities


_LIST_JOINS: Final = frozenset({", ", " and ", ", and ", "; "})


def _substitute(text: str, join: str, start: int, end: int) -> bool:
    """Whether ``join`` parts a player and his substitute with the minute ("Hyde (Pitman 105),
    Purdie"; the minute may have been read into the name as a version, "Pitman 105")."""
    if join == " (":
        return _MINUTE.match(text, end) is not None or (text[end - 1].isdigit() and text.startswith(")", end))
    closing = _SUBSTITUTE_CLOSE.match(join)
    return closing is not None and (closing.group(1) is not None or text[start - len(join) - 1].isdigit())


_MINUTE: Final = re.compile(r" \d{1,3}\)")
_SUBSTITUTE_CLOSE: Final = re.compile(r"( \d{1,3})?\)[,;] \Z")
# The heads of the lines of a team sheet: "Subs Not Used: Butt, Harper", "Replacements (from): Bozzi"
# (the first name after the colon may be lost, as a word opening a sentence).
_SHEET_HEADER: Final = re.compile(
    r"(?:Subs|Subs [Nn]ot [Uu]sed|Substitutes|Replacements|Replacements \(from\)|Booked|Sent [Oo]ff|Goals|Scorers|Tries|Cons|Pens|Line-?ups?): ?(?:[A-Z][\w'\u2019-]{1,20}, )?\Z"
)


def _after_sheet_header(text: str, start: int) -> bool:
    """Whether a list starting at ``start`` follows a team sheet's header ("Subs: ...")."""
    return _SHEET_HEADER.search(text, max(0, start - 40), start) is not None


def _kinds_from_lists(text: str, entities: list[Entity], unknown: list[int]) -> None:
    """A name nothing else speaks for takes the kind of the names listed with it, when most of
    those agree: "Martyn, Hibbert, Yobo, Stubbs and Bent" beside "Nigel Martyn", "Tony Hibbert"
    and "Marcus Bent" (a team sheet) makes Yobo and Stubbs people too."""
    rows = sorted([(m.start, m.end, i) for i, e in enumerate(entities) for m in e.mentions])
    lists: list[tuple[list[int], bool]] = []  # the members, and whether it is a team sheet
    current: list[int] = []
    commas = 0
    sheet = False
    for k, (start, end, i) in enumerate(rows):
        join = text[rows[k - 1][1] : start] if current else ""
        # (", and" ends a list, never opens one: "Ana Begg, from Leeds, and Tom Vell")
        if join in _LIST_JOINS and (len(current) > 1 or join != ", and "):
            current.append(i)
            commas += join != " and "
            continue
        if _substitute(text, join, start, end):
            current.append(i)
            sheet = True
            continue
        if len(current) >= 3 and commas:
            lists.append((current, sheet or _after_sheet_header(text, rows[k - len(current)][0])))
        current, commas, sheet = [i], 0, False
    if len(current) >= 3 and commas:
        lists.append((current, sheet or _after_sheet_header(text, rows[len(rows) - len(current)][0])))
    if not lists:
        return
    weak = set(unknown)  # the names whose kind no list member counts on
    open_ = {i for i in unknown if " " not in entities[i].name}  # the names a list may settle
    for items, sheet in lists:
        counts: dict[EntityKind, int] = {}
        for i in items:
            if i not in weak:
                counts[entities[i].kind] = counts.get(entities[i].kind, 0) + 1
        if sheet and counts.get(P, 0) >= counts.get(O, 0) + counts.get(PL, 0):
            # a team sheet: "Subs: Wright, Pistone, Weir", "Hyde (Pitman 105), Purdie" (a
            # substitute's minute reads as a version: "Pitman 105" is no club or place)
            counts = {P: max(2, counts.get(P, 0))}
        if not counts:
            continue
        kind, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= 2 and 4 * n >= 3 * sum(counts.values()):
            for i in items:
                if i in open_ and entities[i].kind is not kind:
                    entities[i] = attrs.evolve(entities[i], kind=kind)


def _display_name(name: str, members: list[str], kind: EntityKind) -> str:
    """The fullest form, but a person's honorific form ("Mr Jobs") only when nothing else is
    used, and a full name without its honorific ("Dr. Owen John Dempsey" is "Owen John Dempsey")."""
    if kind is not P:
        return name
    plain = [f for f in members if f.split(" ", 1)[0] not in lx.HONORIFICS]
    titled = [rest for f in members if " " in (rest := _without_honorific(f)) and rest != f]
    fullest = max(plain + titled, key=lambda f: (f.count(" "), len(f)), default=None)
    if fullest is not None and name not in plain:
        return fullest
    return name


# ---------------------------------------------------------------- finding candidates


# Builds an Occurrence from a tuple without a Python-level __new__ call.
_new_occurrence = functools.partial(tuple.__new__, Occurrence)


class Found(NamedTuple):
    by_form: dict[str, list[Occurrence]]  # the occurrences of each form, in text order
    terms: set[str]  # forms seen as a whole short quotation ("'Code Red'")
    defined_by: dict[str, str]  # "LUPO" -> the name it abbreviates, from "... Optimization (LUPO)"
    ordered: bool  # every occurrence starts after the one before (sentences in text order)


def _occurrences(text: str, sentences) -> Found:
    """Every candidate name in the sentences, with what the acceptance rules need to know."""
    by_form: dict[str, list[Occurrence]] = {}
    terms: set[str] = set()
    defined_by: dict[str, str] = {}
    capital = _CAPITAL_CANDIDATE.search
    candidate = _CANDIDATE.match
    split_cache = _SPLITS
    new_occurrence = _new_occurrence
    quote_mark = _QUOTE_CHARS.search
    if not isinstance(sentences, (list, tuple)):
        sentences = tuple(sentences)
    paragraph = None
    first = 0  # index of the first sentence of the paragraph
    heading: bool | None = None  # whether the paragraph is a heading, worked out at its first name
    quoted_terms: set[tuple[int, int]] | tuple = ()
    previous: Occurrence | None = None
    last_start = -1
    dateline_end = -1
    ordered = True
    for k, s in enumerate(sentences):
        pos: int = s.start
        end: int = s.end
        if s.paragraph != paragraph:
            paragraph, first, heading, previous = s.paragraph, k, None, None
            if not by_form and text[pos : pos + 1] in _ASCII_UPPER:
                # a dateline opens an article ("LONDON (Reuters) -")
                dl = _DATELINE.match(text, pos, end)
                if dl and dl.end() - pos < 48:
                    pos = dateline_end = dl.end()  # the sentence starts again after it
        s_start: int = s.start
        # The same matches as _CANDIDATE.finditer(text, pos, end), found faster: every match
        # starts at the first capital after ``pos`` or at one or two ASCII lower-case letters
        # right before it ("eBay", "iPhone"), which are matched again from there.
        while pos < end:
            m = capital(text, pos, end)
            if m is None:
                break
            ms = m.start()
            if ms > pos and text[ms - 1] in _ASCII_LOWER and text[ms] in _ASCII_UPPER:
                ms -= 1
                if ms > pos and text[ms - 1] in _ASCII_LOWER:
                    ms -= 1
                m = candidate(text, ms, end)
                assert m is not None  # (its lower-case branch matches there: "eBay")
            run = m[0]
            pos = ms + len(run)
            parts = split_cache[run]
            if ms and text[ms - 1].isdigit():
                # the rest of a token such as "2.6GHz", "512GB" or "4K": look again after its first word
                space = run.find(" ")
                if space > 0:
                    pos = ms + space
                continue
            if not parts or (ms and text[ms - 1] in "@#/"):
                continue  # (after "@#/": a handle, hashtag or path, not a name as written)
            if heading is None:
                last = first
                while last + 1 < len(sentences) and sentences[last + 1].paragraph == paragraph:
                    last += 1
                p_start, p_end = sentences[first].start, sentences[last].end
                heading = first == last and text[p_end - 1] not in _TERMINALS and _title_case_line(text, p_start, p_end)
                quoted_terms = _quoted_terms(text, p_start, p_end) if quote_mark(text, p_start, p_end) else ()
            initial = parts[0][0] == 0 and (ms == s_start or ms == dateline_end or _is_initial(text, ms, s_start))
            if ms > 2 and text[ms - 2] == "," and text[ms - 3].isdigit() and text[ms + parts[-1][1] : ms + parts[-1][1] + 1] == ":":
                parts = _without_score(parts)  # the second team of "Wild 4, Sabres 1: ..."
            for rs, re_, form, hint in parts:
                start = ms + rs
                if start <= last_start:
                    ordered = False
                last_start = start
                occ = new_occurrence((form, start, ms + re_, initial and rs == 0, heading, hint))
                same = by_form.get(form)
                if same is None:
                    by_form[form] = [occ]
                else:
                    same.append(occ)
                if previous is not None and text[start - 1] == "(" and form.isupper():
                    if text[previous.end : start] == " (":
                        defined_by.setdefault(form, previous.form)
                previous = occ
                if quoted_terms and ((start, occ.end) in quoted_terms or _strip_end(text, occ) in quoted_terms):
                    terms.add(form)
    return Found(by_form, terms, defined_by, ordered)


def _without_score(parts):
    """The names of a run less the number closing the last one: the score after a team's name."""
    rs, re_, form, hint = parts[-1]
    name, _, score = form.rpartition(" ")
    if not name or not _NUM_RE.match(score):
        return parts
    return (*parts[:-1], (rs, re_ - len(score) - 1, name, hint))


def _quoted_terms(text: str, start: int, end: int) -> set[tuple[int, int]]:
    """The spans of the short quotations (under four words) of a paragraph."""
    pairs, _ = pair_quotes(text, start, end)
    return {(p.open + 1, p.end) for p in pairs if p.close is not None and _word_count(text, p.open + 1, p.end) < 4}


def _cue_follows(text: str, occ: Occurrence) -> bool:
    """A verb of saying right after the name, maybe after an adverb ("Altman previously stated")."""
    nxt = _NEXT.match(text, occ.end)
    words = nxt.group(2).split() if nxt else ()
    for w in words[:2]:
        if w in CUE_FORMS:
            return True
        if not w.endswith("ly") and w not in ("also", "later", "then"):
            return False
    return False


def _strip_end(text: str, occ: Occurrence) -> tuple[int, int]:
    end = occ.end
    while end < len(text) and text[end] in ".,!?" and end - occ.end < 2:
        end += 1
    return occ.start, end


def _word_count(text: str, a: int, b: int) -> int:
    return len(text[a:b].split())


def _title_case_line(text: str, start: int, end: int) -> bool:
    """A line without final punctuation whose words, short function words aside, are mostly capitalised."""
    if text[end - 1] in _TERMINALS or end - start > 200:
        return False
    # capitals >= 2 needs two capitals at all: most lines of prose fail here, before any counting
    first = _ASCII_CAPITAL.search(text, start, end)
    if first is None or _ASCII_CAPITAL.search(text, first.end(), end) is None:
        return False
    lower = 0
    for _ in _LOWER_CONTENT.finditer(text, start, end):
        lower += 1
        if lower > 3:
            return False  # prose, or a wrapped line of it
    capitals = len(_CAPITAL_STARTS.findall(text, start, end))
    return capitals >= 2 and capitals >= 2 * lower


_ASCII_CAPITAL: Final = re.compile("[A-Z]")


def _is_initial(text: str, pos: int, sentence_start: int) -> bool:
    i = pos - 1
    while i >= sentence_start and text[i] in " \u00a0":
        i -= 1
    if i < sentence_start:
        return True
    if text[i] in ":;.!?":
        return True  # a list item, or a sentence inside a quotation
    if text[i] in "\"'" and i + 1 < pos and text[i + 1] == " ":
        return False  # a straight mark closing a quotation: '"...," Dana said'
    if text[i] in _INITIAL_BEFORE:
        # an opening mark or a colon starts a sentence of its own; skip marks to look further back
        j = i - 1
        while j >= sentence_start and text[j] in " \u00a0\"\u201c\u2018'(":
            j -= 1
        return j < sentence_start or text[j] in ":.!?\u2014\u2013" or text[i] in ":\u201c\u2018\"'"
    return False


# ---------------------------------------------------------------- which candidates are names


class _Form(NamedTuple):
    """What the letters of a form say, whatever the article (cached: names recur across articles)."""

    shaped: bool  # _name_shaped
    lexicon: bool  # a lexicon name, with or without a final period: its votes are settled
    concept: bool  # ends in a concept head ("Policy"): never a name
    plain: bool  # one plain capitalised word ("Quill")
    lower: str | None  # a plain word's lower case: an ordinary word if the text writes it so
    shouted: tuple[str, ...] | None  # lower-case words of a form in capitals ("GET OUT")
    votes: tuple[float, ...] | None  # the votes of the lexicon and the shape (None: not a name)


def _form_facts(form: str) -> _Form:
    words = form.split(" ")
    plain = len(words) == 1 and _PLAIN.match(form) is not None
    # a line shouted in capitals ("WHO IS THE FRONT-RUNNER?") and a lone compass word are not names
    shaped = _name_shaped(words) and not (len(words) > 2 and form.isupper()) and form not in lx.COMPASS_WORDS
    lexicon = _LEXICON.get(form) or _LEXICON.get(form.rstrip("."))
    concept = words[-1] in lx.CONCEPT_HEADS
    if lexicon is not None:
        return _new_form((shaped, True, concept, plain, None, None, _LEXICON_VOTES[lexicon[1]] if shaped else None))
    if not shaped or concept:
        return _new_form((shaped, False, concept, plain, None, None, None))
    shouted = None
    if form.isupper():
        letters = form.replace(" ", "")
        if len(letters) > 3 and letters.isalpha():
            shouted = tuple([w.lower() for w in words])
    return _new_form((True, False, False, plain, form.lower() if plain else None, shouted, _shape_votes(form, words)))


# Builds a _Form from a tuple without a Python-level __new__ call.
_new_form = functools.partial(tuple.__new__, _Form)


_FORMS: Final[Memo[str, _Form]] = Memo(_form_facts)


def _accepted(text: str, found: Found, votes: dict[str, list[float]]) -> set[str]:
    """The forms used as names; ``votes`` gets the votes counted on the way."""
    lower_words: _LowerWords | None = None  # the lower-case words of the text, looked up on first need
    out = set()
    acronyms = []
    terms, defined_by = found.terms, found.defined_by
    openers = [f for f, occs in found.by_form.items() if " " in f and all([o.initial for o in occs])]
    if openers:
        lower_words = _LowerWords(text)
        for form in openers:
            _drop_opening_word(form, found, lower_words)
    for form, occs in found.by_form.items():
        facts = _FORMS[form]
        if not facts.shaped or form in terms:
            continue
        if facts.lexicon:
            out.add(form)
            continue
        if facts.concept:
            continue
        if len(form) <= _UNIT_MAX and all([_after_number(text, o.start) for o in occs]):
            continue  # "197 Nm", "40 GB", "38 dBA": a unit, not a name
        if _PARTY_AND_STATE.match(form) and all([_set_off(text, o) for o in occs]):
            continue  # "Sen. Ted Cruz (R-Texas)", "Ben Sasse, R-Neb., said": a party and a state
        if form in defined_by:
            acronyms.append(form)
            continue
        if facts.plain or facts.shouted:
            # (form.isupper() alone needs no look-up: a form in capitals is an ordinary word only when shouted)
            if lower_words is None:
                lower_words = _LowerWords(text)
            if (facts.plain and facts.lower is not None and facts.lower in lower_words) or (
                facts.shouted and all(w in lower_words for w in facts.shouted)
            ):
                continue  # an ordinary word, capitalised here for emphasis or as a list item
        for o in occs:
            if not o.initial and not o.heading:
                out.add(form)  # used as a name at least once
                break
        else:
            if all(o.heading for o in occs):
                continue
            # seen only where every word is capitalised: trust the shape, a verb of saying after it,
            # or a context that names what it is ("Anthropic, a startup")
            if " " not in form:
                if _common_shape(form):
                    continue
                if _distinctive(form) or any(o.hint is not None or _cue_follows(text, o) for o in occs[:4]):
                    out.add(form)
                else:
                    v = votes[form] = _votes(text, form, occs)
                    if sum(v) >= 3:
                        out.add(form)
            elif all([_PLAIN.match(w) or w in _CONNECTORS for w in _without_honorific(form).split(" ")]) or _distinctive(form):
                out.add(form)  # "Bank of America", and "Dr. Mara Velt" (a title says it is a name)
    # an acronym defined right after a name stands or falls with it
    out.update(a for a in acronyms if defined_by[a] in out)
    # a surname seen only at sentence starts is still the surname of a name seen elsewhere
    # (not a company's or a product's last word: "Founder's Edition" beside "Premiere Edition")
    surnames = {surname_of(f) for f in out if " " in f} - _NEVER_SURNAMES
    if surnames:
        for form in found.by_form:
            if form not in out and form in surnames and form not in terms and _FORMS[form].plain:
                out.add(form)
    return out


def _drop_opening_word(form: str, found: Found, lower_words: "_LowerWords") -> None:
    """An ordinary word opening a sentence is not part of the name after it, when the article
    names that without it: "Getting Disney to ..." beside "Disney"; "Released 25 years ago"."""
    first, rest = form.split(" ", 1)
    if first in _NAME_OPENERS or first in _LEXICON or not _PLAIN.match(first):
        return
    if not (_common_shape(first) or first.lower() in lower_words):
        return
    by_form = found.by_form
    numbers = all([_NUM_RE.match(w) for w in rest.split(" ")])
    if not numbers and rest not in by_form:
        return
    occs = by_form.pop(form)
    if numbers:
        return
    cut = len(first) + 1
    moved = [_new_occurrence((rest, o.start + cut, o.end, False, o.heading, o.hint)) for o in occs]
    by_form[rest] = sorted(by_form[rest] + moved, key=lambda o: o.start)


# first words that belong to the name after them even at a sentence start ("Mrs Kumaratunga")
_NAME_OPENERS: Final = lx.GIVEN_NAMES | lx.HONORIFICS | lx.ROLE_WORDS


def _without_honorific(form: str) -> str:
    """``form`` less an opening honorific ("Dr. Mara Velt" is "Mara Velt")."""
    first, _, rest = form.partition(" ")
    return rest if rest and first in lx.HONORIFICS else form


_NEVER_SURNAMES: Final = lx.ORG_SUFFIXES | lx.PRODUCT_SUFFIXES
_UNIT_MAX: Final = 4  # letters of a form that, seen only right after numbers, is taken for a unit


def _set_off(text: str, occ: Occurrence) -> bool:
    """Whether the mention stands in parentheses or between commas: "(D-Minn.)", ", R-Neb.,"."""
    before = text[occ.start - 2 : occ.start]
    return (before[-1:] == "(" or before == ", ") and text[occ.end : occ.end + 1] in ").,"


def _after_number(text: str, start: int) -> bool:
    """Whether a number and one space stand right before ``start`` ("197 Nm")."""
    return start >= 2 and text[start - 1] in " \u00a0" and text[start - 2].isdigit()


class _LowerWords:
    """Membership in ``set(_LOWER_WORDS.findall(text))``, answered without reading the whole text.

    An article needs a handful of look-ups; each is a C ``str.find`` (most words are not in the
    text at all) and the boundary checks of the pattern at each place found. After
    ``_FIND_LIMIT`` finds the set is built once, so any number of look-ups stays linear.
    """

    __slots__ = ("text", "left", "words")

    def __init__(self, text: str):
        self.text = text
        self.left = _FIND_LIMIT
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        if not _LOWER_WORD.match(word):
            return False
        text, n = self.text, len(word)
        i = text.find(word)
        while True:
            self.left -= 1
            if self.left < 0:
                self.words = set(_LOWER_WORDS.findall(text))
                return word in self.words
            if i < 0:
                return False
            # a whole token: not preceded by a word character, and not going on (tokens stop at 31)
            if (i == 0 or not _WORDISH.match(text, i - 1)) and (
                n == 31 or i + n == len(text) or text[i + n] not in _LOWER_TAIL
            ) and not _DOMAIN_TAIL.match(text, i + n):
                return True
            i = text.find(word, i + 1)


_FIND_LIMIT: Final = 32
_DOMAIN_TAIL: Final = re.compile(r"[a-z'\u2019-]{0,40}\.\w")  # what follows the name of a domain: ".com"
_LOWER_WORD: Final = re.compile(r"[a-z][a-z'\u2019-]{1,30}\Z")  # what _LOWER_WORDS can find at all
_WORDISH: Final = re.compile(r"[\w'\u2019./@-]")  # a character _LOWER_WORDS must not follow
_LOWER_TAIL: Final = frozenset("abcdefghijklmnopqrstuvwxyz'\u2019-")  # the characters a token goes on with


_PARTY_AND_STATE: Final = re.compile(r"[DRI]-[A-Z][a-z]{1,13}\Z")
_CONTRACTION: Final = re.compile(r"[A-Za-z]{1,5}['\u2019](?:m|ll|ve|d|re|t)\Z")


def _name_shaped(words: list[str]) -> bool:
    if len(words) > 6:
        return False
    for w in words:  # a name needs one word that is neither a common acronym nor a number
        if w not in lx.COMMON_ACRONYMS and not _NUM_RE.match(w):
            break
    else:
        return False
    if len(words) == 2 and (words[0] in lx.NUMBERED_NOUNS or words[0] in lx.POSSESSIVES) and _NUM_RE.match(words[1]):
        return False  # "Chapter 5", "My 15"
    if any([_CONTRACTION.match(w) for w in words]):
        return False  # "I’m", "I’ll", "We’re": a pronoun and a verb
    if len(words) == 1:
        w = words[0]
        if w in lx.COMMON_ACRONYMS or w.rstrip(".") in lx.COMMON_ACRONYMS or w in lx.ROLE_WORDS:
            return False
        if len(w) == 1 and w != "X":
            return False
    return True


def _distinctive(form: str) -> bool:
    """A shape ordinary words do not have: digits, inner capitals, all capitals."""
    return bool(_VERSIONED.search(form) or _INNER_CAP.search(form) or (form.replace(".", "").isupper() and len(form) > 1))


def _common_shape(word: str) -> bool:
    """Endings of ordinary words that open sentences: adverbs, participles, plurals."""
    w = word.lower()
    return w.endswith(("ly", "ing", "ed")) or (w.endswith("s") and not w.endswith(("ss", "us", "is")))


# ---------------------------------------------------------------- kinds
# Votes are lists indexed like _ORDER: [ORG, PRODUCT, PERSON, MEDIA, PLACE, EVENT].

_ORDER: Final = (O, PR, P, M, PL, EV)
_O, _PR, _P, _M, _PL, _EV = range(6)
_INDEX: Final = {k: i for i, k in enumerate(_ORDER)}
# What a lexicon name of each kind is voted: 10 for its kind, nothing else.
_LEXICON_VOTES: Final = {k: tuple(10 if j == i else 0 for j in range(6)) for k, i in _INDEX.items()}


# The last words that say a name's kind, and their votes, in the order they are tried.
_SUFFIX_VOTES: Final = (
    (lx.ORG_SUFFIXES, _O, 3),
    (lx.TEAM_SUFFIXES, _O, 3),
    (lx.MEDIA_SUFFIXES, _M, 3),
    (lx.PLACE_SUFFIXES, _PL, 3),
    (lx.EVENT_SUFFIXES, _EV, 2),
    (lx.PRODUCT_SUFFIXES, _PR, 2),
)


def _suffix_vote(last: str) -> tuple[int, int] | None:
    """The kind and weight a name's last word votes for ("Acme Inc", "Silicon Valley"), if any."""
    for words, kind, weight in _SUFFIX_VOTES:
        if last in words:
            return kind, weight
    return None


def _of_head_vote(first: str) -> tuple[int, int] | None:
    """The vote of a company or place word that opens "X of Y" ("Bank of England", "City of London")."""
    vote = _suffix_vote(first)
    return vote if vote is not None and vote[0] in (_O, _PL) else None


def _shape_votes(form: str, words: list[str]) -> tuple[float, ...]:
    """The votes of the lexicon and of the form's shape."""
    lexicon = _LEXICON.get(form) or _LEXICON.get(form.rstrip("."))
    if lexicon is not None:
        return _LEXICON_VOTES[lexicon[1]]
    v = [0] * 6
    if words[0] in lx.HONORIFICS:
        v[_P] += 5
    elif words[0] == "Operation" and len(words) > 1:
        v[_EV] += 3  # a military or police operation ("Operation Inherent Resolve"), no person
    if len(words) > 1:
        last = words[-1].rstrip(".")
        last = last.rsplit("-", 1)[-1] if last not in lx.ORG_SUFFIXES else last
        vote = _suffix_vote(last) if words[-1] not in lx.ORG_SUFFIXES else (_O, 3)
        if vote is None and len(words) > 2 and words[1] == "of":
            vote = _of_head_vote(words[0])  # "University of California", "Gulf of Mexico"
        if vote is not None:
            v[vote[0]] += vote[1]
        elif words[0] in lx.PLACE_PREFIXES and (len(words) == 2 or len(words) == 3 and words[1].islower()):
            v[_PL] += 2  # "San Diego", "Rio de Janeiro"; not "Santa Fe Animal Shelter"
        elif 2 <= len(words) <= 3 and all([_PLAIN.match(w) or _PREFIXED_NAME.match(w) for w in words]):
            # two or three plain words with no company word are most often a person, but not
            # after a demonym or a compass word ("British Library", "Eastern Michigan")
            gender = gender_of(form)
            if not gender and (_is_place(words[0]) or _is_place(" ".join(words[:2]))):
                v[_O] += 1  # a place opening a name names a team or a body ("Texas Rangers", "Tokyo Marathons")
            elif gender or not (words[0] in lx.DEMONYMS or words[0] in lx.COMPASS_WORDS):
                v[_P] += 3 if gender else 1
            elif words[0] in lx.COMPASS_WORDS and _is_place(" ".join(words[1:])):
                v[_PL] += 3  # "West Germany", "Southern California"
        elif _initialled_name(words):
            v[_P] += 3  # "John M. Ford", "George R.R. Martin"
    if _VERSIONED.search(form):
        v[_PR] += 3
    return tuple(v)


def _initialled_name(words: list[str]) -> bool:
    """A given name, initials and a surname ("John M. Ford", "George R.R. Martin"); not initials
    and a surname, which name companies as often ("J.P. Morgan", "H.J. Heinz", "E.F. Hutton")."""
    if not _PLAIN.match(words[-1]) or words[-1] in lx.KIND_SUFFIXES:
        return False
    return (
        3 <= len(words) <= 4
        and words[0] in lx.GIVEN_NAMES
        and all([_INITIALS.match(w) is not None for w in words[1:-1]])
    )


_INITIALS: Final = re.compile(r"(?:[A-Z]\.){1,3}\Z")


def _votes(text: str, form: str, occs: list[Occurrence]) -> list[float]:
    """The votes of the form's shape, then of the context of its first eight mentions."""
    facts = _FORMS[form]
    shape = facts.votes
    if shape is None:  # not a name by its shape, yet accepted as a surname
        shape = _shape_votes(form, form.split(" "))
    v = list(shape)
    if facts.lexicon:
        return v  # the lexicon settles it
    # place cues ("in X", "X, Texas") are weak: they do not overrule a company or title word
    placed = max(shape[_O], shape[_PR], shape[_M], shape[_EV]) >= 2
    articled = False  # "the" stood before a mention
    for occ in occs if len(occs) <= 8 else occs[:8]:
        start, end = occ.start, occ.end
        hint = occ.hint
        if hint is not None:
            v[_INDEX[hint]] += 3 if hint is P else 1.5
        b1 = ""  # the word right before, when only spaces part it from the name
        if start and text[start - 1] in _SPACES:
            # the two words right before (lower case, opening marks stripped) when only spaces part them
            # from the name; a word counts only if it is a bare word (_BARE_WORD)
            words = text[start - 64 if start > 64 else 0 : start].rsplit(None, 2)
            b1 = b2 = ""
            if words:
                w = words[-1].lstrip(_OPENING_MARKS)
                if _BARE_WORD.match(w):
                    b1 = w.lower()
                    # the word before b1 is read only where a rule below looks at it
                    if len(words) > 1 and (b1 in _WORDS_BEFORE or (b1 not in _NAME_STOPS and b1.islower())):
                        w = words[-2].lstrip(_OPENING_MARKS)
                        if _BARE_WORD.match(w):
                            b2 = w.lower()
            if b1 == "the" and not articled and " " in occ.form:
                # a person's name takes no article: "the Doobie Brothers", "the Magic Box"
                v[_P] -= 1
                articled = True
            if b1 == "the" and not placed and " " in occ.form and len(words) > 1:
                # "in the Far East", "near the Gaza Strip" (one word after "in the" is more often
                # an institution: "in the Senate")
                if words[-2].lstrip(_OPENING_MARKS).lower() in lx.PLACE_LEFT and _place_cue(text, occ, ""):
                    v[_PL] += 1.5
                    placed = True
            if b1 not in _WORDS_BEFORE:
                # only the rules that need no particular word right before can apply
                if b2 in lx.APPOSITIVE_ORG and b1.islower() and not b1 in _NAME_STOPS:
                    v[_O] += 2
                elif text[start - 3 : start] in ("'s ", "\u2019s "):
                    v[_PR] += 0.5  # "OpenAI's ChatGPT", "Google's Gemini"
            elif (b1 in _PERSON_ROLES and (b1 not in lx.EITHER_ROLE_NOUNS or " " in occ.form)) or (
                b1 == "and" and b2 in _PERSON_ROLES and not occ.form.isupper()
            ):
                # "analyst Ben Thompson"; not "rival Sony", nor "researcher and NASA scientist"
                v[_P] += 3
            elif b1 in lx.WORK_NOUNS:
                v[_PR] += 3  # "the boxing drama Million Dollar Baby": a work, not a person
            elif b1 in lx.APPOSITIVE_ORG or b2 in lx.APPOSITIVE_ORG and b1.islower() and not b1 in _NAME_STOPS:
                v[_O] += 2
            elif b1 in lx.APPOSITIVE_MEDIA:
                v[_M] += 2
            elif b1 in lx.ORG_LEFT:
                v[_O] += 1.5
            elif b1 in lx.PRODUCT_LEFT:
                v[_PR] += 1 if b1 in ("on", "using", "use", "uses") else 1.5
            elif b1 == "told":
                v[_M] += 2
            elif b1 in lx.PLACE_LEFT:
                if not placed and _place_cue(text, occ, b2):
                    v[_PL] += 1.5  # "in Nashville" (counted once: "in" is a weak cue)
                    placed = True
                elif b1 == "in" and b2 in lx.PUBLISHED_VERBS:
                    v[_M] += 2  # "published in Nature Astronomy": a journal
            elif b1 in CUE_FORMS and " " in occ.form and not b1.endswith("ing"):
                v[_P] += 1  # "said Mira Koss"
            elif b1 == "by" and b2 in ("covered", "reported", "published", "aggregated"):
                v[_M] += 2
            elif b1 == "of" and b2 in lx.ROLE_NOUNS:
                v[_O] += 1.5
            elif text[start - 3 : start] in ("'s ", "\u2019s "):
                v[_PR] += 0.5  # "OpenAI's ChatGPT", "Google's Gemini"
        # (with no space before, the two words before are empty and only the possessive rule can fire,
        # which needs a space before too)
        following = text[end : end + 1]
        if following == "-" and not placed and text.startswith("-based", end):
            v[_PL] += 2  # "a Pittsburgh-based company"
            placed = True
        if following in _NEXT_FIRST:  # _NEXT matches nothing unless a mark or a space follows
            nxt = _NEXT.match(text, end)
            assert nxt is not None  # (every part of it is optional)
            after = nxt.group(2).split()
            if after:
                a1 = after[0]
                if nxt.group(1):  # possessive
                    if a1 in ("reporting", "coverage", "report", "reporters", "sources"):
                        v[_M] += 2
                    elif a1 in lx.ORG_HEADS:
                        v[_O] += 1
                    elif a1 in lx.PERSONAL_NOUNS:
                        v[_P] += 2  # "Vaughan's wife", "Ferdinand's career"
                elif a1 in lx.PRODUCT_HEADS:
                    v[_PR] += 2
                elif a1 in lx.ORG_HEADS:
                    v[_O] += 2
                elif a1 in lx.PRODUCT_LEANING:
                    v[_PR] += 1
                elif a1 in ("reported", "aggregated", "reports") and len(after) > 1 and after[1] in ("that", "on", "how"):
                    v[_M] += 1.5
                elif a1 == "aggregated":
                    v[_M] += 2
                elif len(after) > 1 and after[1] in ("he", "she") and a1 in CUE_FORMS and b1 != "the":
                    v[_P] += 2  # "Vaughan said he was fit": a company says "it" (not "the Post said he")
                else:
                    for w in after[1:4]:
                        if w in _NAME_STOPS or a1.endswith("ed"):
                            break
                        if w in lx.PRODUCT_HEADS:
                            v[_PR] += 1
                            break
            # "Stephanie Palazzolo of The Information"
            if text.startswith(" of ", end) and (text.startswith("The ", end + 4) or text.startswith("the ", end + 4)):
                v[_P] += 0.5
        elif following == ",":
            if not placed and _in_known_place(text, end):
                v[_PL] += 2  # "Greenville, South Carolina"
                placed = True
            if _AGE_APPOSITION.match(text, end):
                v[_P] += 3  # "Vaughan, 28, said"
            app = _APPOSITION.match(text, end)
            if app:
                # "X, a startup founded by" or "X, head of": with no article the noun comes first
                for word in app.group(2).split()[: 4 if app.group(1) else 1]:
                    w = word.lower()
                    if w in ("of", "at", "for", "in", "who", "which", "and", "that") or (
                        word[0].isupper() and word not in lx.ROLE_WORDS
                    ):
                        break
                    if w in lx.EITHER_ROLE_NOUNS and " " not in occ.form:
                        break  # "SoftBank, its largest investor": a company as often as a person
                    kind = next((k for nouns, k in _APPOSITION_KINDS if w in nouns), None)
                    if kind is not None:
                        v[kind] += 3
                        break
    return v


# Roles before or beside a name that make it a person ("analyst Ben Thompson", "striker Vaughan").
_PERSON_ROLES: Final = lx.ROLE_NOUNS | lx.PERSON_ONLY_ROLE_NOUNS
# The nouns of an apposition that say what a name is ("X, a partner at", "X, a startup"), in order.
_APPOSITION_KINDS: Final = (
    (_PERSON_ROLES, _P),
    (lx.APPOSITIVE_ORG, _O),
    (lx.APPOSITIVE_MEDIA, _M),
    (lx.APPOSITIVE_PRODUCT, _PR),
)


_SPACES: Final = frozenset(" \u00a0")
_OPENING_MARKS: Final = "([\"'\u201c\u2018"
# Every word before a name that one of the rules of _context_votes looks for.
_WORDS_BEFORE: Final = (
    _PERSON_ROLES
    | lx.APPOSITIVE_ORG
    | lx.APPOSITIVE_MEDIA
    | lx.ORG_LEFT
    | lx.PRODUCT_LEFT
    | lx.PLACE_LEFT
    | lx.WORK_NOUNS
    | frozenset(CUE_FORMS)
    | {"and", "told", "by", "of"}
)
_NEXT_FIRST: Final = frozenset("'\u2019 \u00a0")
_AGE_APPOSITION: Final = re.compile(r", [1-9]\d,")  # "Ana Velo, 28, of Leeds"
_POSSESSIVE_NEXT: Final = re.compile(r"['\u2019](?:s\b|(?!\w))")
_AFTER_COMMA: Final = re.compile(r",[ \u00a0]([A-Z][\w.]*)(?:[ \u00a0]([A-Z][\w.]*))?")


def _is_place(form: str) -> bool:
    """Whether the lexicon knows ``form`` as a place."""
    found = _LEXICON.get(form)
    return found is not None and found[1] is PL


def _in_known_place(text: str, end: int) -> bool:
    """Whether a place of the lexicon follows the comma at ``end``: a town and its state or country."""
    m = _AFTER_COMMA.match(text, end)
    if m is None:
        return False
    # "Greenville, South Carolina", "Homs, Syria"; not "the Sacramento Bee, Miami Herald"
    form = f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1)
    found = _LEXICON.get(form) or _LEXICON.get(form.rstrip("."))
    return found is not None and found[1] is PL


def _place_cue(text: str, occ: Occurrence, b2: str) -> bool:
    """Whether "in"/"near" before ``occ`` points to a place: not for an acronym ("in NASA"),
    an owner ("in Microsoft's plan") or a holding or publication ("shares in Elan")."""
    return not (
        occ.form.isupper()
        or b2 in lx.NOT_PLACE_BEFORE_IN
        or text.endswith("as in ", 0, occ.start)
        or _POSSESSIVE_NEXT.match(text, occ.end)
    )


def _ordinary_first_words(text: str, votes: dict[str, list[float]]) -> None:
    """Two or three plain words lean to a person only weakly ("Avi Mandell"); not when the article
    writes the first one in lower case, an ordinary word no given name is ("Magic Keyboard" beside
    "the magic of it", "Border Protection" beside "the border")."""
    lower_words: _LowerWords | None = None
    for form, v in votes.items():
        if _FORMS[form].votes == _WEAK_PERSON:
            if lower_words is None:
                lower_words = _LowerWords(text)
            first = form.split(" ", 1)[0].lower()
            if first in _PARTICLES or first in lx.ROLE_NOUNS or any([w in lx.GIVEN_NAMES for w in form.split(" ")]):
                continue  # "Van Vliet", "King Faisal", "Goal-kickers Charlie Hodgson"
            if first in lower_words:
                v[_P] -= 1


# the shape votes of two or three plain words with no given name, no company word and nothing else
_WEAK_PERSON: Final = (0, 0, 1, 0, 0, 0)
_PARTICLES: Final = frozenset("van von de di da du le la del der den ter bin ben al el".split())


def _family_votes(votes: dict[str, list[float]], by_form: dict[str, list[Occurrence]]) -> None:
    """A bare name whose versions are products is a product family ("GPT" beside "GPT-5.1")."""
    families = set()
    for f, v in votes.items():
        if _VERSIONED.search(f) and _kind(v) is PR:
            # "GPT-5.1" and "Gemini 3 Pro" belong to the families "GPT" and "Gemini"
            families.add(f.split("-", 1)[0])
            words = f.split(" ")
            k = next((i for i, w in enumerate(words) if w[0].isdigit()), 0)
            if k:
                families.add(" ".join(words[:k]))
    if families:
        for form, v in votes.items():
            if form in families and " " not in form and not _VERSIONED.search(form) and sum(v) < 3:
                v[_PR] += 1.5
    # a name made of another name and more words is that one's product ("Google Gemini")
    for form, v in votes.items():
        if " " in form:
            head = form.split(" ", 1)[0]
            if head in votes and v[_P] < 3 and _kind(votes[head]) in (O, PR) and not _first_and_last_name(form, votes, by_form):
                v[_PR] += 2


def _first_and_last_name(form: str, votes: dict[str, list[float]], by_form: dict[str, list[Occurrence]]) -> bool:
    """Whether two plain words, each also used alone with nothing said of either, are a person's
    first and last name rather than a maker and its product: "Caitlyn Smith" beside "Caitlyn"
    (once or twice) and "Smith". "Google Gemini" beside a "Google" that hires, a "Gemini" model,
    or a "Google" named again and again is no person."""
    head, _, rest = form.partition(" ")
    rest_votes = votes.get(rest)
    return (
        rest_votes is not None
        and len(by_form[head]) <= 2
        and _PLAIN.match(head) is not None
        and _PLAIN.match(rest) is not None
        and not any(votes[head])
        and rest_votes[_O] <= 0
        and rest_votes[_PR] <= 0
    )


def _club_votes(text: str, votes: dict[str, list[float]]) -> None:
    """In a football report "X City", "X County" and "X Town" are clubs ("Leicester City beat
    Derby County"), not the places they are elsewhere ("Oklahoma City", "Orange County")."""
    clubs = [f for f in votes if " " in f and f.rsplit(" ", 1)[1] in lx.CLUB_PLACE_SUFFIXES and not _FORMS[f].lexicon]
    if not clubs or not _football_report(text):
        return
    for form in clubs:
        v = votes[form]
        if v[_P] < 3:  # not a person's name ("Dr Ana City")
            v[_O] += v[_PL] + 1


_FOOTBALL: Final = re.compile(r"\b(?:" + "|".join(map(re.escape, lx.FOOTBALL_WORDS)) + r")\b")


def _football_report(text: str) -> bool:
    """Whether two different words of football reports are in the text ("striker", "Premiership")."""
    seen: set[str] = set()
    for m in _FOOTBALL.finditer(text):
        seen.add(m[0])
        if len(seen) >= 2:
            return True
    return False


def _kind(v: list[float]) -> EntityKind:
    """The kind with most votes; ties go to the earlier kind of _ORDER (ORG when there are none)."""
    return _ORDER[v.index(max(v))]


