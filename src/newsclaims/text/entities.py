"""Built-in plugin: named entities found by capitalisation, context and a small lexicon.

Candidates are runs of capitalised words (with "of", "&" and version numbers
inside: "Bank of America", "Gemini 3 Pro", "GPT-5.1"). Each run is split at
titles ("OpenAI CEO Sam Altman" gives OpenAI and a person), function words,
dates and possessives. A name is kept when the article uses it as a name at
least once: not only as the first word of a sentence (where every word is
capitalised), not only in a title-case heading, and not as a short quoted
term ("'Code Red'"). Its kind is voted by every mention's context (titles,
appositions such as ", a startup", head nouns such as "browser" or "team",
verbs such as "told X") on top of the lexicon and the shape of the name.
Forms of one entity are clustered by :func:`names.cluster_forms`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import NamedTuple

from ..hookspecs import hookimpl
from ..model import Entity, EntityKind, Span
from . import lexicon as lx
from .cues import CUE_FORMS
from .names import cluster_forms, gender_of
from .quotemarks import pair_quotes

__all__ = ["extract_entities", "find_entities"]

P, O, M, PR, PL, EV = (
    EntityKind.PERSON, EntityKind.ORG, EntityKind.MEDIA, EntityKind.PRODUCT, EntityKind.PLACE, EntityKind.EVENT,
)

# One capitalised word: "OpenAI", "GPT-5.1", "U.S.", "O'Brien", "iPhone" ("'s" is left out).
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_TOK = rf"(?:[{_UPPER}][^\W_]*(?:[-&.][^\W_]+|['\u2019](?![sS]\b)[^\W\d_]+){{0,4}}\.?|[a-z]{{1,2}}[A-Z][^\W_]*)"
# A version number after a name ("Gemini 3", "Claude Opus 4.5"), never a year or an amount.
_NUM = r"\d{1,3}(?:\.\d{1,2})?(?![\d%]|[.,]\d)"
_JOIN = r"(?:of the|of|for|and|de|du|da|del|der|van|von|le|la|&)"
_CANDIDATE = re.compile(rf"{_TOK}(?:[ \u00a0](?:{_JOIN}[ \u00a0])?(?:{_TOK}|{_NUM})){{0,7}}")
_PIECE = re.compile(r"[^ \u00a0]+")
_DATELINE = re.compile(r"[A-Z][\w .,()/&'\u2019-]{0,40}?\s[-\u2013\u2014]{1,2}\s")
_CAPITAL_STARTS = re.compile(r"(?<![\w'\u2019])[A-Z]")
# lower-case words other than short function words ("the", "of", "and", "with", ...)
_LOWER_CONTENT = re.compile(r"(?<![\w'\u2019-])(?!(?:the|and|for|with|from|into|over|than)\b)[a-z]{3,}")
_QUOTE_CHARS = re.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]")
_LOWER_WORDS = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]{1,30}")
_PLAIN = re.compile(rf"[{_UPPER}][^\W\d_A-Z]+(?:['\u2019-][^\W\d_][^\W\d_A-Z]+)?\Z|Ma?c[A-Z][a-z]+\Z")
_VERSIONED = re.compile(r"\d")
_INNER_CAP = re.compile(r"[a-z][A-Z]")
_NEXT = re.compile(r"(['\u2019]s?)?((?:[ \u00a0]{1,3}[a-z][a-z-]{0,24}){0,4})")
_BARE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]{0,30}\Z")
_APPOSITION = re.compile(r",\s{1,3}((?:a|an|the|its|his|her|their)\s{1,3})?((?:[\w-]{1,25}\s{1,3}){0,4}[\w-]{1,25})")
_CONNECTORS = frozenset(_JOIN.strip("(?:)").split("|") + ["the"])
_NAME_STOPS = frozenset(
    "the a an to of that and or in on for with is are was were has have had will would can could its "
    "their his her as by from at who which whose when where while but than".split()
)
_INITIAL_BEFORE = frozenset(":;.!?\"\u201c\u2018'(\u2014\u2013\u2022*")
_TERMINALS = ".!?\"\u201d\u2019'):;"


class Occurrence(NamedTuple):
    form: str
    start: int
    end: int
    initial: bool  # first word of a sentence, where capitals prove nothing
    heading: bool  # in a title-case line
    hint: EntityKind | None  # what a title or role around it said


def _build_lexicon() -> tuple[dict[str, tuple[str, EntityKind]], int]:
    table: dict[str, tuple[str, EntityKind]] = {}
    for lines, kind in ((lx.MEDIA_NAMES, M), (lx.PLACE_NAMES, PL)):
        for line in lines:
            names = line.split("|")
            for name in names:
                table.setdefault(name, (names[0], kind))
                if name.startswith("The "):
                    table.setdefault(name[4:], (names[0], kind))
    return table, max(len(k.split()) for k in table)


_LEXICON, _LEXICON_WORDS = _build_lexicon()
# First words of the lexicon names: most words open none, and are rejected before any join.
_LEXICON_FIRST = frozenset(k.split(" ", 1)[0] for k in _LEXICON)


@hookimpl
def extract_entities(doc):
    return find_entities(doc.text, doc.sentences)


def find_entities(text: str, sentences) -> list[Entity]:
    """The named entities mentioned in ``sentences`` of ``text``."""
    found = _occurrences(text, sentences)
    by_form: dict[str, list[Occurrence]] = defaultdict(list)
    for occ in found.occurrences:
        by_form[occ.form].append(occ)
    forms = _accepted(text, found, by_form)
    if not forms:
        return []
    votes = {form: _votes(text, form, by_form[form]) for form in forms}
    _family_votes(votes)
    person_like = {
        f for f, v in votes.items() if _kind(v) is P and (" " in f or f.split(" ")[0] in lx.HONORIFICS)
    }
    groups = {f: _LEXICON[f][0] for f in forms if f in _LEXICON}
    canonical = cluster_forms(sorted(forms), person_like, groups)
    clusters: dict[str, list[str]] = defaultdict(list)
    for form, name in canonical.items():
        clusters[name].append(form)
    entities = []
    for name, members in clusters.items():
        total: Counter = Counter()
        for f in members:
            total.update(votes[f])
        kind = _kind(total)
        if name in _LEXICON:
            kind = _LEXICON[name][1]
        mentions = sorted({(o.start, o.end) for f in members for o in by_form[f]})
        name = _display_name(name, members, kind)
        entities.append(
            Entity(
                id=f"t{len(entities) + 1}",
                name=name,
                kind=kind,
                aliases=tuple(sorted(f for f in members if f != name)),
                mentions=tuple(Span(s, e) for s, e in mentions),
            )
        )
    return entities


def _display_name(name: str, members: list[str], kind: EntityKind) -> str:
    """The fullest form, but a person's honorific form ("Mr Jobs") only when nothing else is used."""
    plain = [f for f in members if f.split(" ")[0] not in lx.HONORIFICS]
    if kind is P and plain and name not in plain:
        return max(plain, key=lambda f: (f.count(" "), len(f)))
    return name


# ---------------------------------------------------------------- finding candidates


class Found(NamedTuple):
    occurrences: list[Occurrence]
    terms: set[str]  # forms seen as a whole short quotation ("'Code Red'")
    defined_by: dict[str, str]  # "LUPO" -> the name it abbreviates, from "... Optimization (LUPO)"


def _occurrences(text: str, sentences) -> Found:
    """Every candidate name in the sentences, with what the acceptance rules need to know."""
    occurrences: list[Occurrence] = []
    terms: set[str] = set()
    defined_by: dict[str, str] = {}
    append = occurrences.append
    for sents in _paragraphs(sentences):
        p_start, p_end = sents[0].start, sents[-1].end
        heading = len(sents) == 1 and text[p_end - 1] not in _TERMINALS and _title_case_line(text, p_start, p_end)
        quoted_terms: set[tuple[int, int]] = set()
        if _QUOTE_CHARS.search(text, p_start, p_end):
            pairs, _ = pair_quotes(text, p_start, p_end)
            quoted_terms = {
                (p.open + 1, p.end) for p in pairs if p.close is not None and _word_count(text, p.open + 1, p.end) < 4
            }
        scan = p_start
        if not occurrences:  # a dateline opens an article ("LONDON (Reuters) -")
            dl = _DATELINE.match(text, p_start, sents[0].end)
            if dl and dl.end() - p_start < 48:
                scan = dl.end()
        previous: Occurrence | None = None
        for s in sents:
            for m in _CANDIDATE.finditer(text, max(scan, s.start), s.end):
                run = m.group()
                if run in _NEVER_NAMES:
                    continue
                ms = m.start()
                if ms and text[ms - 1] in "@#/":
                    continue  # a handle, hashtag or path, not a name as written
                parts = _SPLIT_CACHE.get(run)
                if parts is None:
                    if len(_SPLIT_CACHE) > 1 << 16:
                        _SPLIT_CACHE.clear()
                    parts = _SPLIT_CACHE[run] = _split_words(run)
                initial = bool(parts) and parts[0][0] == 0 and _is_initial(text, ms, s.start)
                for rs, re_, form, hint in parts:
                    occ = Occurrence(form, ms + rs, ms + re_, initial and rs == 0, heading, hint)
                    append(occ)
                    if previous is not None and text[occ.start - 1] == "(" and form.isupper():
                        if text[previous.end : occ.start] == " (":
                            defined_by.setdefault(form, previous.form)
                    previous = occ
                    if quoted_terms and ((occ.start, occ.end) in quoted_terms or _strip_end(text, occ) in quoted_terms):
                        terms.add(form)
    return Found(occurrences, terms, defined_by)


def _paragraphs(sentences):
    group: list = []
    for s in sentences:
        if group and group[-1].paragraph != s.paragraph:
            yield group
            group = []
        group.append(s)
    if group:
        yield group


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
    lower = len(_LOWER_CONTENT.findall(text, start, end))
    if lower > 3:
        return False  # prose, or a wrapped line of it
    capitals = len(_CAPITAL_STARTS.findall(text, start, end))
    return capitals >= 2 and capitals >= 2 * lower


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


def _split_words(run: str) -> tuple[tuple[int, int, str, EntityKind | None], ...]:
    """The names in one capitalised run, split at titles, function words, dates and connectors.

    Returns ``(start, end, form, hint)`` relative to the run (cached by the caller: names recur).
    """
    toks = []
    breaks_after: dict[int, EntityKind | None] = {}
    for p in _PIECE.finditer(run):
        word, start, end = p.group(), p.start(), p.end()
        ending = _adjective_ending(word) if "-" in word else None
        if ending:
            word, end = word[: -len(ending)], end - len(ending)
            if len(word) < 2:
                break
            breaks_after[len(toks)] = PL if ending == "-based" else None
        toks.append((start, end, word))
        if ending:
            break  # "Canada-based company": what follows is not part of the name
    if not toks:
        return ()
    words = [t[2] for t in toks]
    n = len(toks)
    out: list[tuple[int, int, str, EntityKind | None]] = []
    cur: list[int] = []
    hint: EntityKind | None = None

    def flush(next_hint: EntityKind | None = None) -> None:
        nonlocal cur, hint
        while cur and (words[cur[-1]] in _CONNECTORS or _plural_acronym(words[cur[-1]])):
            cur.pop()
        while cur and words[cur[0]] in _CONNECTORS:
            cur.pop(0)
        if cur and not all(_NUM_RE.match(words[i]) for i in cur):
            s, e = toks[cur[0]][0], toks[cur[-1]][1]
            last = words[cur[-1]]
            if last.endswith(".") and not _keeps_period(last):
                e -= 1
                last = last[:-1]
            form = " ".join([words[i] for i in cur[:-1]] + [last])
            out.append((s, e, form, hint or next_hint))
        cur = []
        hint = None

    i = 0
    while i < n:
        w = words[i]
        lex = _lexicon_run(words, i) if not cur else 0
        if lex and not _named_after_place(words, i, lex):
            cur = list(range(i, i + lex))
            flush()
            i += lex
            continue
        bare = w.rstrip(".")
        if (w in lx.ROLE_WORDS or bare in lx.ROLE_WORDS) and _role_applies(words, i):
            j = i + 1
            while j < n and (
                words[j] in lx.ROLE_WORDS
                or words[j].rstrip(".") in lx.ROLE_WORDS
                or words[j] in lx.TITLE_DEPARTMENTS
                or (words[j] in ("of", "&") and j + 1 < n and words[j + 1] in lx.TITLE_DEPARTMENTS)
            ):
                j += 1
            # what stood before the title is its employer ("OpenAI CEO")
            if cur and not all(words[k] in lx.TITLE_DEPARTMENTS for k in cur):
                flush(O)
            cur = []
            honorific = bare in lx.HONORIFICS or w in lx.HONORIFICS
            if j < n and words[j] == "of":
                hint = O  # "CEO of Instacart"
                i = j + 1
            else:
                hint = P
                if honorific and j < n:
                    cur = [i]  # "Mr Jobs" keeps its honorific
                i = j
            continue
        if (
            bare in lx.FUNCTION_WORDS
            or w in lx.MONTHS
            or bare in lx.MONTHS
            or (bare in lx.DEMONYMS and not _demonym_in_name(words, i))
            or (w in _CONNECTORS and not (cur and _keeps_connector(words, cur, i)))
        ):
            keep = hint
            flush()
            hint = keep if w in _CONNECTORS else None
            i += 1
            continue
        cur.append(i)
        i += 1
        if i - 1 in breaks_after:
            hint = hint or breaks_after[i - 1]
            flush()
    flush()
    return tuple(out)


def _plural_acronym(word: str) -> bool:
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def _adjective_ending(word: str) -> str | None:
    lower = word.lower()
    for ending in lx.ADJECTIVE_ENDINGS:
        if lower.endswith(ending):
            return word[-len(ending) :]
    return None


_NUM_RE = re.compile(_NUM + r"\Z")
# Runs that can never hold a name, skipped before any work ("The", "However", "In", "December").
_NEVER_NAMES = lx.FUNCTION_WORDS | lx.MONTHS | lx.DEMONYMS
_SPLIT_CACHE: dict[str, tuple] = {}
_KEEP_PERIOD = frozenset({"Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "St.", "Bros.", "Mr.", "Mrs.", "Ms.", "Dr."})


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,4}")


def _keeps_period(word: str) -> bool:
    return word in _KEEP_PERIOD or bool(_INITIALISM.fullmatch(word))


def _keeps_connector(words: list[str], cur: list[int], i: int) -> bool:
    w = words[i]
    if w == "and":
        # "Securities and Exchange Commission", but "Larry Page and Sergey Brin"
        j = i + 1
        while j < len(words) and words[j] != "and" and words[j] not in lx.FUNCTION_WORDS:
            j += 1
        return j > i + 1 and words[j - 1] in lx.ORG_SUFFIXES
    if w in ("of", "of the", "for"):
        return words[cur[0]] in lx.OF_HEADS or words[cur[-1]] in lx.OF_HEADS
    if w == "the":
        return i > 0 and words[i - 1] == "of" and words[cur[0]] in lx.OF_HEADS
    return True  # "&", "de", "van", ...


def _named_after_place(words: list[str], i: int, length: int) -> bool:
    """"London Stock Exchange", "Silicon Valley Bank": a place opening an organisation's name."""
    rest = words[i + length :]
    if not rest or _LEXICON.get(" ".join(words[i : i + length]), ("", None))[1] is not PL:
        return False
    k = 0
    while k < len(rest) and rest[k] not in lx.FUNCTION_WORDS and rest[k] not in lx.ROLE_WORDS and rest[k] not in ("and", "&"):
        k += 1
    return k > 0 and rest[k - 1] in lx.ORG_SUFFIXES


def _demonym_in_name(words: list[str], i: int) -> bool:
    """"European Union", "British Airways": a demonym followed by the rest of a name."""
    return i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1] not in lx.ROLE_WORDS and words[i + 1] not in lx.FUNCTION_WORDS


def _role_applies(words: list[str], i: int) -> bool:
    """A weak title ("General") makes a person only of a full name after it."""
    w = words[i].rstrip(".")
    rest = words[i + 1 :]
    while rest and (rest[0] in lx.ROLE_WORDS or rest[0].rstrip(".") in lx.ROLE_WORDS or rest[0] in lx.TITLE_DEPARTMENTS):
        rest = rest[1:]
    if not rest:
        return True
    if rest[0] in ("of", "&"):
        return True
    if words[i] not in lx.WEAK_ROLE_WORDS and w not in lx.WEAK_ROLE_WORDS:
        return True
    name = rest[:3]
    return all(_PLAIN.match(x) for x in name) and (len(name) >= 2 or name[0] in lx.MALE_NAMES or name[0] in lx.FEMALE_NAMES)


def _lexicon_run(words: list[str], i: int) -> int:
    """Length of the longest lexicon name starting at word ``i`` (0 if none)."""
    first = words[i]
    if first not in _LEXICON_FIRST and first.rstrip(".") not in _LEXICON_FIRST:
        return 0
    for length in range(min(_LEXICON_WORDS, len(words) - i), 0, -1):
        key = " ".join(words[i : i + length])
        if key in _LEXICON or key.rstrip(".") in _LEXICON:
            return length
    return 0


# ---------------------------------------------------------------- which candidates are names


def _accepted(text: str, found: Found, by_form: dict[str, list[Occurrence]]) -> set[str]:
    lower_words: set[str] | None = None  # every lower-case word of the text, read on first need
    out = set()
    acronyms = []
    for form, occs in by_form.items():
        if form in found.terms or not _name_shaped(form):
            continue
        if form in _LEXICON or form.rstrip(".") in _LEXICON:
            out.add(form)
            continue
        words = form.split(" ")
        if words[-1] in lx.CONCEPT_HEADS:
            continue
        if form in found.defined_by:
            acronyms.append(form)
            continue
        if (len(words) == 1 and _PLAIN.match(form)) or form.isupper():
            if lower_words is None:
                lower_words = set(_LOWER_WORDS.findall(text))
            if (len(words) == 1 and _PLAIN.match(form) and form.lower() in lower_words) or _shouted(form, lower_words):
                continue  # an ordinary word, capitalised here for emphasis or as a list item
        confident = any(not o.initial and not o.heading for o in occs)
        if confident:
            out.add(form)
            continue
        if all(o.heading for o in occs):
            continue
        # seen only where every word is capitalised: trust the shape, a verb of saying after it,
        # or a context that names what it is ("Anthropic, a startup")
        if len(words) == 1:
            if _common_shape(form):
                continue
            if (
                _distinctive(form)
                or any(o.hint is not None or _cue_follows(text, o) for o in occs[:4])
                or sum(_votes(text, form, occs).values()) >= 3
            ):
                out.add(form)
        elif all(_PLAIN.match(w) or w in _CONNECTORS for w in words) or _distinctive(form):
            out.add(form)
    # an acronym defined right after a name stands or falls with it
    out.update(a for a in acronyms if found.defined_by[a] in out)
    # a surname seen only at sentence starts is still the surname of a name seen elsewhere
    surnames = {f.rsplit(" ", 1)[-1] for f in out if " " in f}
    for form, occs in by_form.items():
        if form not in out and form in surnames and _PLAIN.match(form) and form not in found.terms:
            out.add(form)
    return out


def _shouted(form: str, lower_words: set[str]) -> bool:
    """Ordinary words in capitals ("GET OUT and VOTE")."""
    letters = form.replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) > 3 and all(
        w.lower() in lower_words for w in form.split(" ")
    )


def _name_shaped(form: str) -> bool:
    words = form.split(" ")
    if len(words) > 6:
        return False
    for w in words:  # a name needs one word that is neither a common acronym nor a number
        if w not in lx.COMMON_ACRONYMS and not _NUM_RE.match(w):
            break
    else:
        return False
    if len(words) == 2 and words[0] in lx.NUMBERED_NOUNS and _NUM_RE.match(words[1]):
        return False
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


def _votes(text: str, form: str, occs: list[Occurrence]) -> Counter:
    v: Counter = Counter()
    words = form.split(" ")
    last = words[-1].rstrip(".")
    if form in _LEXICON or form.rstrip(".") in _LEXICON:
        v[_LEXICON.get(form, _LEXICON.get(form.rstrip(".")))[1]] += 10
        return v
    if words[0] in lx.HONORIFICS:
        v[P] += 5
    if len(words) > 1 or "-" in last:
        last = last.rsplit("-", 1)[-1] if last not in lx.ORG_SUFFIXES else last
    if len(words) > 1:
        if last in lx.ORG_SUFFIXES or words[-1] in lx.ORG_SUFFIXES:
            v[O] += 3
        elif last in lx.MEDIA_SUFFIXES:
            v[M] += 3
        elif last in lx.PLACE_SUFFIXES:
            v[PL] += 3
        elif last in lx.EVENT_SUFFIXES:
            v[EV] += 2
        elif 2 <= len(words) <= 3 and all(_PLAIN.match(w) for w in words):
            # two or three plain words with no company word are most often a person
            v[P] += 3 if gender_of(form) else 1
    if _VERSIONED.search(form):
        v[PR] += 3
    for occ in occs[:8]:
        _context_votes(text, occ, v)
    return v


def _context_votes(text: str, occ: Occurrence, v: Counter) -> None:
    if occ.hint is not None:
        v[occ.hint] += 3 if occ.hint is P else 1.5
    b2, b1 = _two_words_before(text, occ.start)
    if b1 in lx.ROLE_NOUNS or (b1 == "and" and b2 in lx.ROLE_NOUNS):
        v[P] += 3
    elif b1 in lx.APPOSITIVE_ORG or b2 in lx.APPOSITIVE_ORG and b1.islower() and not b1 in _NAME_STOPS:
        v[O] += 2
    elif b1 in lx.APPOSITIVE_MEDIA:
        v[M] += 2
    elif b1 in lx.ORG_LEFT:
        v[O] += 1.5
    elif b1 in lx.PRODUCT_LEFT:
        v[PR] += 1 if b1 in ("on", "using", "use", "uses") else 1.5
    elif b1 == "told":
        v[M] += 2
    elif b1 in CUE_FORMS and " " in occ.form and not b1.endswith("ing"):
        v[P] += 1  # "said Mira Koss"
    elif b1 == "by" and b2 in ("covered", "reported", "published", "aggregated"):
        v[M] += 2
    elif b1 == "of" and b2 in lx.ROLE_NOUNS:
        v[O] += 1.5
    elif text[occ.start - 3 : occ.start] in ("'s ", "\u2019s "):
        v[PR] += 0.5  # "OpenAI's ChatGPT", "Google's Gemini"
    nxt = _NEXT.match(text, occ.end)
    possessive = bool(nxt and nxt.group(1))
    after = nxt.group(2).split() if nxt else []
    if after:
        a1 = after[0]
        if possessive:
            if a1 in ("reporting", "coverage", "report", "reporters", "sources"):
                v[M] += 2
            elif a1 in lx.ORG_HEADS:
                v[O] += 1
        elif a1 in lx.PRODUCT_HEADS:
            v[PR] += 2
        elif a1 in lx.ORG_HEADS:
            v[O] += 2
        elif a1 in lx.PRODUCT_LEANING:
            v[PR] += 1
        elif a1 in ("reported", "aggregated", "reports") and len(after) > 1 and after[1] in ("that", "on", "how"):
            v[M] += 1.5
        elif a1 == "aggregated":
            v[M] += 2
        else:
            for w in after[1:4]:
                if w in _NAME_STOPS or after[0].endswith("ed"):
                    break
                if w in lx.PRODUCT_HEADS:
                    v[PR] += 1
                    break
    app = _APPOSITION.match(text, occ.end)
    if app:
        # "X, a startup founded by" or "X, head of": with no article the noun comes first
        for word in app.group(2).split()[: 4 if app.group(1) else 1]:
            w = word.lower()
            if w in ("of", "at", "for", "in", "who", "which", "and", "that") or (
                word[0].isupper() and word not in lx.ROLE_WORDS
            ):
                break
            if w in lx.ROLE_NOUNS:
                v[P] += 3
                break
            if w in lx.APPOSITIVE_ORG:
                v[O] += 3
                break
            if w in lx.APPOSITIVE_MEDIA:
                v[M] += 3
                break
            if w in lx.APPOSITIVE_PRODUCT:
                v[PR] += 3
                break
    # "Stephanie Palazzolo of The Information"
    rest = text[occ.end : occ.end + 30]
    if rest.startswith(" of ") and any(rest[4:].startswith(m) for m in ("The ", "the ")):
        v[P] += 0.5


def _two_words_before(text: str, pos: int) -> tuple[str, str]:
    """The two words right before ``pos`` (lower case), when only spaces separate them from it."""
    seg = text[max(0, pos - 64) : pos]
    if not seg or seg[-1] not in " \u00a0":
        return "", ""
    words = [w.lstrip("([\"'\u201c\u2018") for w in seg.split()[-2:]]
    b1 = words[-1] if words and _BARE_WORD.match(words[-1]) else ""
    b2 = words[-2] if b1 and len(words) > 1 and _BARE_WORD.match(words[-2]) else ""
    return b2.lower(), b1.lower()


def _family_votes(votes: dict[str, Counter]) -> None:
    """A bare name whose versions are products is a product family ("GPT" beside "GPT-5.1")."""
    families = set()
    for f, v in votes.items():
        if _kind(v) is PR and _VERSIONED.search(f):
            # "GPT-5.1" and "Gemini 3 Pro" belong to the families "GPT" and "Gemini"
            families.add(f.split("-", 1)[0])
            words = f.split(" ")
            k = next((i for i, w in enumerate(words) if w[0].isdigit()), 0)
            if k:
                families.add(" ".join(words[:k]))
    for form, v in votes.items():
        if " " in form or _VERSIONED.search(form) or sum(v.values()) >= 3:
            continue
        if form in families:
            v[PR] += 1.5
    # a name made of another name and more words is that one's product ("Google Gemini")
    for form, v in votes.items():
        head = form.split(" ")[0]
        if " " in form and head in votes and _kind(votes[head]) in (O, PR) and v[P] < 3:
            v[PR] += 2


_ORDER = (O, PR, P, M, PL, EV)


def _kind(v: Counter) -> EntityKind:
    if not v:
        return O
    best = max(v.values())
    for k in _ORDER:
        if v.get(k, 0) == best:
            return k
    return O
