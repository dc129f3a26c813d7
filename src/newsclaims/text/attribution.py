"""Who a sentence attributes its content to, read from the words around a cue.

A sentence is cut into units: words, punctuation, entity mentions (one unit
each, possessive marked) and quotations (one opaque unit each, so nothing
inside a quotation is read as attribution). Frames are found around:

- a verb of saying with its subject ("Altman said", "Deedy Das, a partner
  at ..., cited", "he notes that", "with internal testing claiming"), or after
  it ("..., said Mira Koss"), or the main subject for a participle or a
  second verb ("Friar issued a clarification, emphasizing that");
- ``according to X``, ``per X``, ``as X reported``, ``as noted ... by X``;
- ``X told Y``: X when named, else the listener Y ("Insiders told The Information");
- ``X cited Y data`` and ``X echoed the memo's call``: the data's or document's origin.

Frames that only pass content on (according to, per, told, report verbs) are
*carriers*; the others are *origins*. Within one independent clause the
source is the named origin, else a named carrier, else a described party
("some industry insiders"); clauses joined by ", but", ", and" or ";" give
one source each. Pronouns resolve to the last compatible person, "the
company" to the last organisation, and a document ("the memo", "the
report") to the author an earlier sentence gave it.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import defaultdict
from typing import Any, Final, NamedTuple, Sequence

from ..model import Entity, EntityKind
from .cues import (
    AUXILIARIES,
    CUE_FORMS,
    TRIGGER_RE,
    DATA_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_BE,
    PARTY_NOUNS,
    PARTY_SUFFIXES,
    PASSIVE_BEFORE,
    QUOTATION_ONLY,
    VERB_PREFIXES,
    Cue,
)
from .lexicon import HONORIFICS, ROLE_NOUNS, ROLE_WORDS
from .names import MentionIndex
from .quotemarks import QUOTE_MARKS as _QUOTE_MARKS, pair_quotes
from .trie import trie_pattern

__all__ = ["Attributor", "Frame", "Party", "article_frames"]

P: Final = EntityKind.PERSON
O: Final = EntityKind.ORG
M: Final = EntityKind.MEDIA
PR: Final = EntityKind.PRODUCT
PL: Final = EntityKind.PLACE

# A word (inner apostrophes, "&", "-" and dots before a word character included) or a mark.
# Written as runs of one character class, which the engine matches without backtracking
# machinery, rather than as a repeated alternation (same tokens).
_TOKEN: Final = re.compile(r"[^\W_][\w'\u2019&-]*(?:\.(?=\w)[\w'\u2019&-]*)*|[^\w\s]")
# A verb of saying, "according to" or "per X" (not "per barrel") makes a sentence worth reading.
_TRIGGER: Final = re.compile(TRIGGER_RE.pattern + r"|(?i:according to)|\bper\s{1,3}(?:the\s{1,3})?[A-Z]")
# Where _TRIGGER can match, found in one pass over a whole article (see _triggered). Its verb
# and "per" branches match only at a word that follows a non-word character, so a scan for the
# first words of the cues after any character but an ASCII letter, digit or "_" finds every
# place they can start (one word each: a candidate hides no other). The leading character class
# lets the engine skip ahead without trying the words at every letter.
_TRIGGER_HINT: Final = re.compile(
    r"[^a-zA-Z0-9_](?:" + trie_pattern({form.split(" ", 1)[0] for form in CUE_FORMS} | {"per"}) + ")"
)
_ACCORDING: Final = re.compile(r"(?i:according to)")
_CLAUSE_WORDS: Final = frozenset(
    """that and but or while when although though as if because since after before whether where which
    who so yet how with than whereas unless until once""".split()
)
_COMPLEMENTS: Final = frozenset("that how whether what why".split())
# What may follow "wrote" when it reports words: a place of writing or a parenthetical comma.
_WHERE_WRITTEN: Final = frozenset(", . in on to".split())
# Words before a name that make it no subject, for "it" ("on the Paris Bourse", "of the Heck's").
_OBJECT_MARKERS: Final = frozenset("on in at to from of by with for into under".split())
# Modals that show a clause follows a verb even without "that" (not after a relative: "a loss which could").
_CLAUSE_MODALS: Final = frozenset("will would could may might should won't".split())
_RELATIVES: Final = frozenset("which who that".split())
_LEADING_DROP: Final = frozenset("a an the".split())
# Words after which a cue word is an infinitive or a noun, never a verb of saying
_NOT_BEFORE_A_VERB: Final = frozenset("to for of in on at from into upon under".split())
# Determiners that never start the subject of a bare verb ("his ... vow", but "the matter describe")
_NOUN_DETERMINERS: Final = frozenset("a an his her its their our my your".split())
_PREPOSITIONS: Final = frozenset(
    "on in at last later earlier this yesterday today recently again also too during via through".split()
)
_INTRO_WORDS: Final = frozenset(
    """on in at after before to subsequently however additionally although if while when as since
    earlier over despite given for previously meanwhile nevertheless yet today during following
    unlike with by from under amid furthermore moreover also still now then but and so indeed later""".split()
)
_MAIN_VERB_STOP: Final = frozenset(
    "is are was were has have had will would can could may might must should also does did do".split()
)
_MAX_SUBJECT: Final = 24  # units; a subject longer than this is not one (and the walk stays linear)
# Titles written with a period before a name ("Rep. Brian Babin", "Gov. Kristi Noem"), as the
# lexicon lists them, without the period (a period is its own unit).
_TITLE_ABBREVIATIONS: Final = frozenset(w[:-1].lower() for w in ROLE_WORDS | HONORIFICS if w.endswith("."))
_MAX_PARENTHESIS: Final = 8  # units of a parenthesis between a subject and its verb
# What may follow a speaker named after the verb ('..., said Ana Velo, a strategist', '... said X on Monday')
_AFTER_SPEAKER: Final = frozenset(", . ; : ( ! ? in on at to during via from of who told".split())
_NOUN_PREPOSITIONS: Final = frozenset("on by in at with to from for via during".split())
_PERSON_PRONOUNS: Final = {"he": "he", "she": "she", "him": "he", "her": "she", "his": "he"}
_DEFINITE_ORG_NOUNS: Final = frozenset(
    """company firm group agency bureau carmaker automaker bank startup giant retailer airline
    regulator ministry government department""".split()
)
_DEFINITE_MEDIA_NOUNS: Final = frozenset("publication newspaper paper outlet broadcaster magazine".split())
# Singular roles that "the" makes a person named before ("the actor said"); not the plurals, nor
# roles that are other things as often ("the head", "the chair").
_DEFINITE_PERSON_NOUNS: Final = frozenset(w for w in ROLE_NOUNS if not (w.endswith("s") and w[:-1] in ROLE_NOUNS)) - {"head", "chair"}
_SPEAKER_KINDS: Final = (P, M, O, PL)


# A unit of a sentence (a word, punctuation mark, entity mention or quotation) is the tuple
# (kind, start, end, low, ent, poss), read with the indices below: kind is "w", "p", "e" or "q";
# low the word in lower case (a possessive's without its "'s", a mention's name); ent the entity
# mentioned; poss whether it is a possessive ("Altman's", "the memo's"). Tuples, not objects: a
# triggered sentence has some 25 units, and building objects was a good part of its reading.
# (ent is typed Any: it is an Entity exactly when kind is "e", else None, which the kind says.)
Unit = tuple[str, int, int, str, Any, bool]
KIND: Final = 0
START: Final = 1
END: Final = 2
LOW: Final = 3
ENT: Final = 4
POSS: Final = 5


class Party(NamedTuple):
    """Who a frame names: an entity's canonical name or the article's own description."""

    name: str
    start: int
    end: int
    named: bool
    kind: EntityKind | None = None


class Frame(NamedTuple):
    party: Party
    cue: str  # base form, or "according to" / "per"
    cue_start: int
    cue_end: int
    carrier: bool  # passes content on rather than originating it
    clause: int  # index of the independent clause it stands in
    clause_start: int
    clause_end: int


class Attributor:
    """Reads the frames of one article's sentences, in text order (documents are remembered)."""

    def __init__(self, text: str, entities: Sequence[Entity], sentences: Sequence):
        self.text = text
        self.index = MentionIndex(entities, text)
        self.documents: dict[str, Party] = {}
        self._sentences = sentences
        self._paragraph_masks: dict[int, list[tuple[int, int]]] = {}
        self._paragraph_span: dict[int, list[int]] | None = None  # on first need
        self._sentence_starts: list[int] | None = None  # on first need

    def _paragraph_spans(self) -> dict[int, list[int]]:
        """Each paragraph's ``[start, end]``: from its first sentence's start to its last one's end."""
        spans: dict[int, list[int]] = {}
        get = spans.get
        for s in self._sentences:
            span = get(s.paragraph)
            if span is None:
                spans[s.paragraph] = [s.start, s.end]
            else:
                if s.start < span[0]:
                    span[0] = s.start
                if s.end > span[1]:
                    span[1] = s.end
        self._paragraph_span = spans
        return spans

    # ------------------------------------------------------------ public

    def masks(self, paragraph: int) -> list[tuple[int, int]]:
        """Quotations of a paragraph, marks included, as sorted ``(start, end)``."""
        found = self._paragraph_masks.get(paragraph)
        if found is None:
            lo, hi = (self._paragraph_span or self._paragraph_spans())[paragraph]
            if not _QUOTE_MARKS.search(self.text, lo, hi):
                self._paragraph_masks[paragraph] = found = []
                return found
            pairs, still_open = pair_quotes(self.text, lo, hi)
            found = [(p.open, (p.close + 1) if p.close is not None else p.end) for p in pairs]
            if still_open is not None:
                found.append((still_open.open, hi))
            found.sort()
            self._paragraph_masks[paragraph] = found
        return found

    def person_before(self, pos: int, pronoun: str) -> tuple[int, int, Any] | None:
        """The person ``he``/``she`` at ``pos`` stands for: the last compatible one named outside a
        quotation ('"..., Trump makes it worse," he said' is not Trump speaking), else the last one."""
        first = row = self.index.person_before(pos, pronoun)
        for _ in range(4):
            if row is None or not self._quoted(row[0]):
                return row
            row = self.index.person_before(row[0], pronoun)
        return first

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` stands inside a quotation of its paragraph."""
        starts = self._sentence_starts
        if starts is None:
            starts = self._sentence_starts = [s.start for s in self._sentences]
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0:
            return False
        masks = self.masks(self._sentences[k].paragraph)
        q = bisect.bisect_right(masks, (pos, len(self.text))) - 1
        return q >= 0 and masks[q][0] < pos < masks[q][1]

    def frames(self, sentence) -> list[Frame]:
        """Every attribution frame of one sentence (call in text order)."""
        if not _TRIGGER.search(self.text, sentence.start, sentence.end):
            return []
        return self._frames(sentence)

    def _frames(self, sentence) -> list[Frame]:
        """The frames of a sentence known to hold a trigger."""
        start, end = sentence.start, sentence.end
        units = self._units(start, end, self.masks(sentence.paragraph))
        # where the reading starts: cue words, clause cuts, document nouns (found in one pass;
        # the other units are only read as their neighbours)
        marked = [k for k, u in enumerate(units) if u[LOW] in _MARKED_WORDS]
        frames = self._read(units, marked, start, end)
        self._remember_documents(units, marked, frames)
        return frames

    @staticmethod
    def choose(frames: list[Frame]) -> list[Frame]:
        """The source of each independent clause: named origin, named carrier, then described."""
        if len(frames) < 2:
            return list(frames)
        by_clause: dict[int, list[Frame]] = defaultdict(list)
        for f in frames:
            by_clause[f.clause].append(f)
        out: list[Frame] = []
        for clause in sorted(by_clause):
            fs = by_clause[clause]
            # among origins: the origin of cited data ("X cited Y data"), then who said or told
            # (the reporting verb, outside any other: "He said Opec had expected ...", "The
            # purchase by Korea suggests that ..., the ministry said"), then the last one
            ranked = sorted(
                fs,
                key=_origin_rank,
            )
            best = ranked[-1]
            # the party's first cue is the one that introduces it ("cited X data stating that")
            first = next(f for f in fs if f.party.name == best.party.name and f.carrier == best.carrier)
            # joint sources ("X and Y said") share the best frame's cue
            out.append(first)
            out.extend(f for f in fs if f.cue_start == best.cue_start and f.party.named == best.party.named and f is not best)
        seen = set()
        unique = []
        for f in out:
            if f.party.name.casefold() not in seen:
                seen.add(f.party.name.casefold())
                unique.append(f)
        return unique

    # ------------------------------------------------------------ units

    def _units(self, start: int, end: int, masks: list[tuple[int, int]]) -> list[Unit]:
        text = self.text
        mentions = self.index.within(start, end)
        units: list[Unit] = []
        append = units.append
        qi = bisect.bisect_right(masks, start, key=_mask_end)
        n_q = len(masks)
        if not mentions and (qi >= n_q or masks[qi][0] >= end):
            # the common case: plain words and punctuation only
            for m in _TOKEN.finditer(text, start, end):
                word = m.group()
                low = word.lower()
                ts, te = m.span()
                if len(low) > 2 and low[-1] == "s" and low[-2] in "'\u2019":
                    append(("w", ts, te, low[:-2], None, True))  # "the memo's call"
                else:
                    append(("w" if word[0].isalnum() else "p", ts, te, low, None, False))
            return units
        mi = 0
        n_m = len(mentions)
        pos = start
        while pos < end:
            resume = end
            for m in _TOKEN.finditer(text, pos, end):
                ts, te = m.span()
                while qi < n_q and masks[qi][1] <= ts:
                    qi += 1
                if qi < n_q and masks[qi][0] <= ts:
                    q_start, q_end = masks[qi]
                    if not units or units[-1][KIND] != "q" or units[-1][START] != q_start:
                        append(("q", q_start, min(q_end, end), "", None, False))
                        # A quotation's words are passed over one by one; scanning on from its
                        # end finds the same words after it, unless a word runs across the end.
                        # None does when the last character cannot be inside a word.
                        tail = text[q_end - 1]
                        if q_end >= end or not (tail.isalnum() or tail in _WORD_INNER):
                            resume = q_end
                            break
                    continue
                while mi < n_m and mentions[mi][1] <= ts:
                    mi += 1
                if mi < n_m and mentions[mi][0] <= ts:
                    ms, me, ent = mentions[mi]
                    last = units[-1] if units else None
                    poss = te > me or text[me : me + 2] in _POSSESSIVE or text[me : me + 1] in "'\u2019"
                    if last is None or last[KIND] != "e" or last[START] != ms:
                        append(("e", ms, me, ent.name.lower(), ent, poss))
                    elif poss and not last[POSS]:
                        units[-1] = (*last[:POSS], True)  # a later word of the mention runs on ("Altman's")
                    continue
                word = m.group()
                low = word.lower()
                if len(low) > 2 and low[-1] == "s" and low[-2] in "'\u2019":
                    append(("w", ts, te, low[:-2], None, True))  # "the memo's call"
                else:
                    append(("w" if word[0].isalnum() else "p", ts, te, low, None, False))
            pos = resume
        return units

    # ------------------------------------------------------------ frames

    def _read(self, units: list[Unit], marked: list[int], s_start: int, s_end: int) -> list[Frame]:
        clause_of, clause_spans = _clauses(units, marked, s_start, s_end)
        frames: list[Frame] = []
        main: Party | None | bool = False  # computed on first need
        n = len(units)
        i = 0
        # every other unit is passed over one at a time, so only these are visited
        for k in [k for k in marked if units[k][LOW] in _FRAME_WORDS and units[k][KIND] == "w"]:
            if k < i:
                continue  # inside the cue just read
            i = k
            u = units[i]
            if u[LOW] == "according" and i + 1 < n and units[i + 1][LOW] == "to":
                span = _np(units, i + 2, stop_at_that=True)
                party = _named_after(units, i + 2 + len(span)) or self._party(span, s_start, document_fallback=True, units=units)
                if party:
                    frames.append(self._frame(party, "according to", u[START], units[i + 1][END], True, i, clause_of, clause_spans))
                i += 2
                continue
            if u[LOW] == "per" and i + 1 < n and (i == 0 or units[i - 1][LOW] in (",", "(")):
                span = _np(units, i + 1, stop_at_that=True)
                if any(x[KIND] == "e" or x[LOW] in DOCUMENT_NOUNS for x in span):
                    party = self._party(span, s_start, units=units)
                    if party:
                        frames.append(self._frame(party, "per", u[START], u[END], True, i, clause_of, clause_spans))
                i += 1
                continue
            cue, width = _cue_at(units, i)
            if cue is None or not self.text[u[START]].islower():  # "New York State" is no verb
                i += 1
                continue
            frame_parties, carrier = self._cue_frame(units, i, width, cue, s_start)
            if frame_parties is _MAIN:
                if main is False:
                    main = self._main_subject(units, s_start)
                frame_parties = [main] if main else []
            for party in frame_parties:
                frames.append(
                    self._frame(party, cue.base, u[START], units[i + width - 1][END], carrier, i, clause_of, clause_spans)
                )
            i += width
        return frames

    def _frame(self, party, cue, cs, ce, carrier, i, cuts, spans) -> Frame:
        c = bisect.bisect_right(cuts, i)  # the clause of units[i]: the cuts at or before it
        return Frame(party, cue, cs, ce, carrier, c, spans[c][0], spans[c][1])

    def _cue_frame(self, units: list[Unit], i: int, width: int, cue: Cue, s_start: int):
        """The parties a cue at ``units[i]`` attributes to (or _MAIN for the main subject)."""
        n = len(units)
        j = _skip_parenthesis(units, _skip_verb_prefixes(units, i - 1, i - 6))  # "the ILO (UN) has said"
        before = units[j] if j >= 0 else None
        after_i = i + width
        carrier = cue.kind == "report"
        if before is not None and before[KIND] == "w":
            if before[LOW] == "as" and units[i][LOW].endswith(("ed", "en")):
                # "as noted in recent analysis shared on X by Stephen Loynd", "as covered by TechCrunch"
                k = after_i
                while k < n and k < after_i + 15 and units[k][LOW] != "by" and units[k][KIND] != "q":
                    k += 1
                if k < n and units[k][LOW] == "by":
                    party = self._party(_np(units, k + 1), s_start, units=units)
                    return ([party] if party else []), carrier
                return [], carrier
            if (before[LOW].endswith("ly") or before[LOW] == "not") and j > 0 and units[j - 1][LOW] in PASSIVE_BEFORE \
                    or before[LOW] in _NEGATED_BE:
                return [], carrier  # "has been widely expected": a passive, with its adverb
            if before[LOW] in PASSIVE_BEFORE or before[LOW] in _NOT_BEFORE_A_VERB or before[LOW] in DETERMINERS:
                # "declined to comment", "request for comment", "in order to", "on record"
                return [], carrier
            if units[i][LOW] == cue.base and j > 0 and units[j - 1][LOW] in _NOUN_DETERMINERS:
                return [], carrier  # "his often-repeated vow that": a noun after its adjective
        if units[i][LOW].endswith("ed") and after_i < n and units[after_i][LOW] in FINITE_BE:
            return [], carrier  # "Among the firms accused were ...": a participle describing a noun
        if cue.base in QUOTATION_ONLY and not _next_to_quotation(units, i, after_i):
            return [], carrier  # "sales continued to rise": no saying without a quotation
        if cue.needs_complement and not units[i][LOW].endswith(("ed", "ing")) and after_i < n \
                and units[after_i][KIND] == "w" and units[after_i][LOW] in _FINITE_SAYING:
            return [], carrier  # '"...," the FAA order said': a noun before the verb
        if cue.base == "quote":
            speaker = self._quoted_as_saying(units, after_i, s_start)
            if speaker is not None and speaker.named:
                return [speaker], False  # else the outlet that quoted them is the source
        if cue.kind == "cite":
            origin = self._cited(units, after_i, s_start)
            if origin:
                return [origin], False
        if _modifies_noun(units, i, j, after_i):
            return [], carrier  # "goals shared on X": a participle describing a noun, not a verb
        # "shares", "notes", "reports" are nouns as often as verbs: they need a clause after them
        noun_like = cue.needs_complement and units[i][LOW].endswith("s")
        # ("As Loynd posted on X, ...": "as" and a named subject make it a verb whatever follows;
        # so does a quotation right before it: '"...," adds Mira Koss')
        as_named = j > 0 and units[j][KIND] == "e" and units[j - 1][LOW] == "as"
        quoted = not cue.gerund and _next_to_quotation(units, i, after_i)  # '"...," judge Koss noted as she left'
        if cue.base == "write" and not cue.gerund and (after_i >= n or units[after_i][LOW] in _WHERE_WRITTEN):
            # "wrote in the paper", "wrote on his blog", "has written to the minister", "In 1997, Ann wrote, she ...": words written
            # somewhere, not a work written ("wrote A Song of Ice and Fire", "had written the letter")
            quoted = True
        if i > 0 and units[i - 1][LOW] == "," and not cue.gerund and cue.kind != "tell" and after_i < n \
                and (units[after_i][KIND] == "e" or units[after_i][LOW] in DETERMINERS or _is_party_word(units[after_i][LOW])) \
                and _speaker_phrase_follows(units, after_i):
            quoted = True  # "..., wrote analysts from Brantel.": an inverted verb of saying
        if (cue.needs_complement or cue.gerund) and not as_named and not quoted and not _has_complement(
            units, i, after_i, gerund=cue.gerund or noun_like, object_as=cue.gerund or not cue.needs_complement
        ):
            return [], carrier
        subject_end = j
        if before is not None and before[POSS] and cue.needs_complement:
            return [], carrier  # "Editor's note:", "the firm's report": a noun
        if before is not None and before[LOW] == "," and not cue.gerund and cue.kind != "tell" and _speaker_follows(units, after_i):
            # '..., said Serene Gregg, local president of ...': the speaker follows the verb
            party = self._party(_without_circumstance(_np(units, after_i, max_units=8, stop_at_clause=True)), s_start, units=units)
            return ([party] if party else []), carrier
        if before is not None and before[LOW] == "," and not cue.gerund:
            head = _apposition_head(units, j) if not _speaker_phrase_follows(units, after_i) else None
            if head is not None:
                heads = [self._party([u], s_start, units=units) for u in _joint_heads(units, head, j)]
                return [p for p in heads if p is not None], carrier
            # an apposition between the subject and its verb: "Deedy Das, a partner at ..., cited"
            k = j - 1
            while k >= 0 and j - k < 30 and units[k][LOW] != "," and units[k][KIND] != "q" and units[k][LOW] not in _COMPLEMENTS:
                k -= 1
            if k > 0 and units[k][LOW] == ",":
                named = units[k + 1 : j]
                if len(named) == 1 and named[0][KIND] == "e" and named[0][ENT].kind is P and not named[0][POSS] \
                        and units[k - 1][KIND] == "w":
                    # "the BBC's business editor, Jeff Randall, said": a name set off after a description
                    # is the speaker (not after a name: "Henkel of Dusseldorf, West Germany, said")
                    return self._parties(named, s_start, units=units), carrier
                subject_end = k - 1
        k = subject_end
        floor = subject_end - _MAX_SUBJECT
        while k >= 0 and k > floor and not _is_boundary(units, k, cue.gerund):
            k -= 1
        if k >= 0 and k == floor:
            return [], carrier  # no clause boundary near: whatever precedes is no subject
        span = units[k + 1 : subject_end + 1]
        if span and k > 0 and units[k][LOW] == "," and span[0][LOW] in ("a", "an") and units[k - 1][KIND] == "e" and units[k - 1][ENT].kind is P:
            # "Ana Velo, a strategist at X told Reuters": an apposition whose closing comma is missing
            span = [units[k - 1]]
        elif span and k > 0 and units[k][LOW] in (",", "and") and _description_tail(span) \
                and self._party(span, s_start, units=units) is None:
            # '"...," Ana Velo, a strategist at the Council on Energy, Water and Air think tank told
            # Reuters': the tail of a description names no one; the name it describes does
            head = _apposition_head(units, k)
            if head is not None:
                span = [units[head]]
        if span:
            if len(span) == 1 and k >= 0 and units[k][LOW] in _FINITE_SAYING and span[0][LOW] in _SUBJECT_PRONOUNS:
                return [], carrier  # "The official said he expects ...": the speaker of "said" says it
            if len(span) == 1 and span[0][LOW] == "it" and cue.base not in ("say", "tell") \
                    and not _has_complement(units, i, after_i, gerund=True):
                return [], carrier  # "it confirms recent polling": too vague to name a source (not "It said data showed")
            parties = self._parties(span, s_start, units=units)
            if not parties and cue.gerund and _verb_and_object(span) and after_i < n \
                    and (units[after_i][LOW] in ("that", ":") or units[after_i][KIND] == "q"):
                return _MAIN, carrier  # "The Commission, which ..., issued a statement warning that"
            if cue.kind == "tell":
                listener = self._party(_np(units, after_i, stop_at_that=True), s_start, units=units)
                if listener and listener.named and not any(p.named for p in parties):
                    return [listener], True
            return parties, carrier
        boundary = units[k] if k >= 0 else None
        if cue.gerund or (boundary is not None and boundary[LOW] in ("and", "but")):
            return _MAIN, carrier  # "Brantel raised its payout, but warned that ...": the same subject
        # nothing before the verb: the source follows it ('"...," said Mira Koss')
        party = self._party(_without_circumstance(_np(units, after_i, max_units=8, stop_at_clause=True)), s_start, units=units)
        return ([party] if party else []), carrier

    def _quoted_as_saying(self, units: list[Unit], k: int, s_start: int) -> Party | None:
        """'Interfax quoted Mr Khodorkovsky as saying ...': the one quoted is the origin."""
        for m in range(k + 1, min(len(units) - 1, k + 10)):
            u = units[m]
            if u[KIND] != "w" and u[KIND] != "e":
                return None
            if u[LOW] == "as" and units[m + 1][LOW] in ("saying", "telling", "writing"):
                if units[k][LOW] in ("a", "an"):
                    return None  # "quoted a source close to Reagan as saying": not Reagan, and unnamed
                return self._party(units[k:m], s_start, units=units)
        return None

    def _cited(self, units: list[Unit], k: int, s_start: int) -> Party | None:
        """The origin of cited data or an echoed document: "Similarweb data", "the memo's call"."""
        span = _np(units, k, max_units=8, stop_at_that=True)
        for idx, u in enumerate(span):
            nxt = span[idx + 1][LOW] if idx + 1 < len(span) else ""
            if u[KIND] == "e" and u[ENT].kind in (O, M, P) and (_singular(nxt) in DATA_NOUNS or _singular(nxt) in DOCUMENT_NOUNS):
                return Party(u[ENT].name, u[START], u[END], True, u[ENT].kind)
            if u[KIND] == "w" and _singular(u[LOW]) in DOCUMENT_NOUNS and u[POSS]:
                doc = self.documents.get(_singular(u[LOW]))
                if doc:
                    return doc
        return None

    def _main_subject(self, units: list[Unit], s_start: int) -> Party | None:
        """The subject of the sentence's main clause, after any introductory phrase."""
        k = 0
        while k < len(units) and (units[k][KIND] == "q" or units[k][LOW] == ","):
            k += 1  # '"We miss her," Dana weighed in, telling Lee, "..."'
        if k < len(units) and units[k][KIND] == "w" and units[k][LOW] in _INTRO_WORDS:
            while k < len(units) and units[k][LOW] != ",":
                k += 1
            k += 1
        span: list[Unit] = []
        while k < len(units) and len(span) < 8:
            u = units[k]
            if u[KIND] in ("q", "p") or (
                u[KIND] == "w" and (u[LOW] in _MAIN_VERB_STOP or u[LOW].endswith(("ed", "ly")) or u[LOW] in CUE_FORMS)
            ):
                break
            span.append(u)
            k += 1
        return self._party(span, s_start, units=units)

    # ------------------------------------------------------------ parties

    def _parties(self, span: list[Unit], s_start: int, units: list[Unit]) -> list[Party]:
        """One party, or several for a joint subject ("Google and Anthropic said")."""
        named = [u for u in span if u[KIND] == "e" and u[ENT].kind in _SPEAKER_KINDS and not u[POSS]]
        if len(named) >= 2 and any(x[LOW] == "and" for x in span) and all(x[KIND] == "e" or x[LOW] in ("and", ",") for x in span):
            return [Party(u[ENT].name, u[START], u[END], True, u[ENT].kind) for u in named]
        party = self._party(span, s_start, units=units)
        return [party] if party else []

    def _party(self, span: list[Unit], s_start: int, *, units=None, document_fallback: bool = False) -> Party | None:
        span = _after_opening_phrase(span)  # "In a joint statement the firms said"
        if not span:
            return None
        # a place names a source as a head ("Ukraine said"), not as a modifier ("the Canada-based company")
        # (the head found by its place, not by identity: compiled, a unit is a value, not an object)
        last = len(span) - 1
        # (nor is any name joined by a hyphen to the word after it: "the Oslo-based firm", "a Brantel-owned paper")
        ents = [
            u for k, u in enumerate(span)
            if u[KIND] == "e" and u[ENT].kind in _SPEAKER_KINDS and (u[ENT].kind is not PL or u[POSS] or k == last)
            and not (k < last and self.text[u[END] : u[END] + 1] == "-")
        ]
        # a person's supporters are not the person, but an outlet's sources are the outlet
        if ents and ents[0][POSS] and ents[0][ENT].kind is P and span[-1][KIND] == "w":
            return self._described(span, s_start)
        if ents and ents[0][POSS] and ents[0][ENT].kind is PL and not any(u[ENT].kind is P for u in ents) \
                and _role_after(span, ents[0][START]):
            # "China's ambassador to Britain accused": the envoy, not the country (the person when
            # named: "China's ambassador to Britain Liu Xiaming said")
            described = self._described(span, s_start)
            if described is not None:
                return described
        if ents:
            for kind in _SPEAKER_KINDS:
                for u in ents:
                    if u[ENT].kind is kind:
                        return Party(u[ENT].name, u[START], u[END], True, kind)
        first = span[0]
        if first[KIND] == "w" and first[LOW] in _PERSON_PRONOUNS and len(span) <= 2:
            row = self.person_before(first[START], _PERSON_PRONOUNS[first[LOW]])
            if row:
                return Party(row[2].name, first[START], first[END], True, P)
            return None
        if first[KIND] == "w" and first[LOW] == "it" and len(span) == 1:
            row = self._last_organisation_as_subject(first[START], max(0, s_start - 600))
            return Party(row[2].name, first[START], first[END], True, row[2].kind) if row else None
        words = [u for u in span if u[KIND] in ("w", "e")]
        if not words or any(u[KIND] == "q" for u in span):
            return None
        docs = [u for u in words if u[KIND] == "w" and _singular(u[LOW]) in DOCUMENT_NOUNS]
        if docs:
            return self._document(span, docs[0], s_start, units, document_fallback)
        return self._described(span, s_start)

    def _last_organisation_as_subject(self, pos: int, floor: int) -> tuple[int, int, Any] | None:
        """What "it" stands for: the last organisation named that could be a subject, passing over
        one after a preposition ("shares closed down on the London Stock Exchange, after it said
        ...", "a writedown of the Heck's stake, it said")."""
        first = None
        for _ in range(6):
            row = self.index.last_before(pos, frozenset({O, M}), floor=floor)
            if row is None:
                break
            first = first or row
            before = self.text[max(floor, row[0] - 16) : row[0]].lower().split()
            if before and before[-1] in ("the", "a", "an"):
                before.pop()
            if not (before and before[-1] in _OBJECT_MARKERS):
                return row
            pos = row[0]
        return first

    def _document(self, span, noun: Unit, s_start: int, units, fallback: bool) -> Party | None:
        """A document stands for its author: a possessor, "by X", an earlier mention, else itself."""
        idx = span.index(noun)
        for u in span[:idx]:
            if u[KIND] == "w" and u[LOW] in ("his", "her"):
                row = self.person_before(u[START], _PERSON_PRONOUNS[u[LOW]])
                if row:
                    return Party(row[2].name, u[START], u[END], True, P)
        for u in span:
            if u[KIND] == "e" and u[ENT].kind in _SPEAKER_KINDS:
                return Party(u[ENT].name, u[START], u[END], True, u[ENT].kind)
        remembered = self.documents.get(_singular(noun[LOW]))
        definite = idx > 0 and span[idx - 1][LOW] in ("the", "that", "this") or (idx > 1 and span[0][LOW] == "the")
        if remembered and (definite or not fallback):
            return remembered
        indefinite = idx > 0 and span[0][LOW] in ("a", "an")
        if fallback and units and indefinite:
            # "Altman declared ..., according to an internal memo": the sentence's person wrote it
            for u in units[:60]:
                if u[KIND] == "e" and u[ENT].kind is P:
                    return Party(u[ENT].name, u[START], u[END], True, P)
        if remembered:
            return remembered
        return self._described(span, s_start, allow_documents=True)

    def _described(self, span: list[Unit], s_start: int, allow_documents: bool = False) -> Party | None:
        """The article's own words for a source ("some industry insiders"), if they name a party."""
        words = [u for u in span if u[KIND] in ("w", "e")]
        definite = False  # "the" right before the rest: "the company", "Later the governor"
        while words and words[0][KIND] == "w" and (words[0][LOW] in _LEADING_DROP or words[0][LOW] in _INTRO_WORDS) \
                and not (len(words) > 1 and words[1][LOW] == "least"):  # "At least three analysts"
            definite = words.pop(0)[LOW] == "the"
        if len(words) > 2 and words[0][LOW] in _TIME_DEICTICS and words[1][LOW] in _TIME_NOUNS:
            words = words[2:]  # "Last month her lawyers said", "This week a judge claimed"
            while words and words[0][KIND] == "w" and words[0][LOW] in _LEADING_DROP:
                definite = words.pop(0)[LOW] == "the"
        while words and words[-1][KIND] == "w" and words[-1][LOW].endswith("ly") and len(words) > 1:
            words.pop()
        if not words or len(words) > 7:
            return None
        head_i = len(words) - 1
        for k, u in enumerate(words):
            if k > 0 and u[LOW] in ("familiar", "close", "with", "of", "at", "from", "in", "on", "for", "to", "who", "which"):
                head_i = k - 1
                break
        if any([u[LOW] in AUXILIARIES for u in words[:head_i]]) or _verb_and_object(words[: head_i + 1]):
            return None  # a description holds no verb: "the director has denied a report claiming"
        head = words[head_i]
        if head[KIND] != "w":
            return None
        low = head[LOW]
        if len(words) == 1 and definite and (
            low in _DEFINITE_ORG_NOUNS or low in _DEFINITE_MEDIA_NOUNS or low in _DEFINITE_PERSON_NOUNS
        ):
            # "the company", "the newspaper": the one the story is about; "the actor": the one
            # introduced with that title
            floor = max(0, s_start - 1500)
            if low in _DEFINITE_PERSON_NOUNS:
                found = self.index.titled_before(head[START], low)  # titles come early: the whole article
            else:
                found = self.index.main_before(head[START], frozenset({M}) if low in _DEFINITE_MEDIA_NOUNS else frozenset({O}), floor=floor)
            if found:
                return Party(found.name, head[START], head[END], True, found.kind)
        if not (low in PARTY_NOUNS or low in ROLE_NOUNS or low.endswith(PARTY_SUFFIXES)
                or (allow_documents and _singular(low) in DOCUMENT_NOUNS)):
            return None
        a, b = words[0][START], words[-1][END]
        return Party(self.text[a:b], a, b, False)

    def _remember_documents(self, units: list[Unit], marked: list[int], frames: list[Frame]) -> None:
        """Note who wrote the memo or report a sentence mentions, for "according to the memo" later."""
        nouns = [k for k in marked if units[k][LOW] in _DOCUMENT_FORMS and units[k][KIND] == "w"]
        if not nouns:
            return
        origin = next((f.party for f in frames if f.party.named and not f.carrier and f.party.kind in (P, O)), None)
        according = [f for f in frames if f.cue == "according to"]
        according_ends = [f.cue_end for f in according]
        for k in nouns:
            u = units[k]
            author = self._possessor(units, k)
            window = [x[LOW] for x in units[max(0, k - 6) : k]]
            if author is None and "according" in window:
                # the party an "according to" frame read from this very noun phrase
                j = bisect.bisect_right(according_ends, u[START]) - 1
                author = according[j].party if j >= 0 else None
            if author is None and any(w in ("in", "via", "through") for w in window[-4:]):
                author = origin  # "Altman said in an internal memo that ..."
            if author is not None:
                self.documents.setdefault(_singular(u[LOW]), author)

    def _possessor(self, units: list[Unit], k: int) -> Party | None:
        """"Altman's memo", "his internal memo": who the document belongs to."""
        for p in units[max(0, k - 3) : k][::-1]:
            if p[KIND] == "e" and p[POSS] and p[ENT].kind in (P, O, M):
                return Party(p[ENT].name, p[START], p[END], True, p[ENT].kind)
            if p[KIND] == "w" and p[LOW] in ("his", "her"):
                row = self.person_before(p[START], _PERSON_PRONOUNS[p[LOW]])
                return Party(row[2].name, p[START], p[END], True, P) if row else None
            if p[KIND] != "w" or p[LOW] in ("the", "a", "an", ",", "and"):
                break
        return None


# A time phrase opening a subject with no comma after it ("Last month her lawyers said").
_TIME_DEICTICS: Final = frozenset("last this next earlier".split())
_TIME_NOUNS: Final = frozenset(
    """week month year day morning afternoon evening night weekend summer winter spring autumn fall
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Finite verbs of saying that make a cue word right before them a noun ("the FAA order said").
_FINITE_SAYING: Final = frozenset("said says told tells stated wrote added".split())
# Nouns that make a cue word before them the first half of a compound noun ("think tank").
_COMPOUND_HEADS: Final = {"think": frozenset({"tank", "tanks"})}
_MAIN: Final = object()  # "the main subject of the sentence"
_POSSESSIVE: Final = ("'s", "\u2019s")
_PARTICLE_VERBS: Final = frozenset(form.split(" ", 1)[0] for form in CUE_FORMS if " " in form)
_DOCUMENT_FORMS: Final = frozenset(DOCUMENT_NOUNS | {n + "s" for n in DOCUMENT_NOUNS})
# Words at which _read may find a frame: a cue's (first) word, "according" and "per".
_FRAME_WORDS: Final = frozenset(CUE_FORMS) | _PARTICLE_VERBS | {"according", "per"}
_CUT_MARKS: Final = frozenset(",;")
_MARKED_WORDS: Final = _FRAME_WORDS | _CUT_MARKS | _DOCUMENT_FORMS  # what _read, _clauses and _remember_documents start from
_WORD_INNER: Final = "_'\u2019&-."  # besides letters and digits, what a word of _TOKEN may hold


def _mask_end(mask: tuple[int, int]) -> int:
    return mask[1]


class _ArticleFrames:
    """:func:`article_frames`: a callable object rather than a function, so that it can carry
    ``cache_clear`` (a compiled function takes no attributes)."""

    def __init__(self) -> None:
        self.recent: list[tuple[Any, ...]] = []  # the last two (text, entities, sentences, result)

    def __call__(
        self, text: str, entities: tuple[Entity, ...], sentences: tuple[Any, ...]
    ) -> tuple[Attributor, tuple[tuple[Frame, ...], ...]]:
        """The chosen frames of every sentence, read once and shared by the quote and claim steps.

        The quote and claim steps pass the very same objects, so the cache compares by identity
        first; an equal key (compared, never hashed: hashing every entity costs as much as a
        sentence's reading) is a hit too.
        """
        recent = self.recent
        for key_text, key_entities, key_sentences, result in recent:
            if key_text is text and key_entities is entities and key_sentences is sentences:
                return result
        for key_text, key_entities, key_sentences, result in recent:
            if key_text == text and key_entities == entities and key_sentences == sentences:
                return result
        attributor = Attributor(text, entities, sentences)
        read, choose = attributor._frames, Attributor.choose
        found = attributor, tuple(
            tuple(choose(read(s))) if hit else () for s, hit in zip(sentences, _triggered(text, sentences))
        )
        recent.append((text, entities, sentences, found))
        del recent[:-2]
        return found

    def cache_clear(self) -> None:
        self.recent.clear()


article_frames = _ArticleFrames()


def _triggered(text: str, sentences: Sequence) -> list[bool]:
    """Whether ``_TRIGGER`` matches in each sentence, as one search per sentence would say.

    A search tries a match at every position; only the candidates of one scan of the article
    can match (``_TRIGGER_HINT``, ``_ACCORDING`` when the article holds the phrase at all, and
    the text's first character), so those alone are tried, anchored, each against the end of
    its sentence.
    """
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    if not starts:
        return []
    if not (all(map(operator.le, starts, ends)) and all(map(operator.le, ends[:-1], starts[1:]))):
        # sentences out of order or overlapping: search each one
        return [_TRIGGER.search(text, a, b) is not None for a, b in zip(starts, ends)]
    lo, hi = starts[0], ends[-1]
    candidates = [m.start() + 1 for m in _TRIGGER_HINT.finditer(text, max(0, lo - 1), hi)]
    # for ASCII text, lowercasing is exactly what (?i:...) folds; other text may hold
    # characters (a dotless i, say) that only the regex folds
    if not text.isascii() or "according to" in text[lo:hi].lower():
        candidates = sorted(candidates + [m.start() for m in _ACCORDING.finditer(text, lo, hi)])
    if lo == 0:
        candidates.insert(0, 0)
    out = [False] * len(starts)
    match = _TRIGGER.match
    for q in candidates:
        i = bisect.bisect_right(starts, q) - 1
        if i >= 0 and q < ends[i] and not out[i] and match(text, q, ends[i]):
            out[i] = True
    return out


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _cue_at(units: list[Unit], i: int) -> tuple[Cue | None, int]:
    u = units[i]
    low = u[LOW]
    if low in _PARTICLE_VERBS and i + 1 < len(units) and units[i + 1][KIND] == "w":
        two = CUE_FORMS.get(low + " " + units[i + 1][LOW])
        if two:
            return two, 2
    if u[POSS]:
        return None, 1
    if i + 1 < len(units) and units[i + 1][LOW] in _COMPOUND_HEADS.get(low, ()):
        return None, 1  # "the Water think tank told CBS": a noun compound, not a verb
    return CUE_FORMS.get(low), 1


def _has_complement(units: list[Unit], i: int, after: int, *, gerund: bool = False, object_as: bool = False) -> bool:
    """A that-clause, a colon or a quotation after the verb, or a quotation before it."""
    n = len(units)
    if i >= 1 and (units[i - 1][KIND] == "q" or (units[i - 1][LOW] == "," and i >= 2 and units[i - 2][KIND] == "q")):
        return True
    if after < n and units[after][KIND] == "q":
        return True
    k = after
    while k < n and k < after + 12:
        u = units[k]
        if u[LOW] == ":" or (u[KIND] == "w" and u[LOW] in _COMPLEMENTS):
            return True
        if u[LOW] == ",":
            return k + 1 < n and units[k + 1][KIND] == "q"
        if u[KIND] == "p" and u[LOW] in ".!?":
            break
        if object_as and k < after + 5 and (u[LOW] == "as" or (u[LOW] == "to" and k + 1 < n and units[k + 1][LOW] == "be")):
            return True  # "claiming it to be", "portraying Altman as"
        if u[KIND] == "w" and u[LOW] in _CLAUSE_MODALS and k > after and units[k - 1][LOW] not in _RELATIVES:
            return True  # a clause without "that": "Brantel expects 16 million chips will be sold"
        k += 1
    # or, for a finite verb, nothing after it but a date or a place: "Turley said.", "it warned on Monday."
    tail = units[after:]
    if tail and tail[-1][KIND] == "p" and tail[-1][LOW] in ".!?":
        tail = tail[:-1]
    return not gerund and len(tail) <= 4 and (not tail or (tail[0][KIND] == "w" and tail[0][LOW] in _PREPOSITIONS))


def _apposition_head(units: list[Unit], k: int) -> int | None:
    """The person that a chain of appositions ending at the comma ``units[k]`` describes: a name
    opening the sentence or following a quotation, set off by a comma ('"...," Dana Quill, a
    fellow at the institute in Munich, Germany, and co-author of the study, said'), or None."""
    m = k - 1
    while m >= 0 and k - m < 40 and units[m][KIND] != "q" and units[m][LOW] not in (";", ":", "(", ")", "."):
        m -= 1
    if m >= 0 and units[m][KIND] != "q":
        return None
    h = m + 1
    if h < k and units[h][LOW] == ",":
        h += 1  # '"...", Dana Quill, ...': the comma outside the marks
    if h + 1 < k and _set_off_person(units, h):
        return h
    return None


def _joint_heads(units: list[Unit], h: int, k: int) -> list[Unit]:
    """The head of an apposition chain and every person joined to it by ", and" ("Kurt Volker,
    the former envoy, and Tim Morrison, a former official, testified" names both)."""
    heads = [units[h]]
    for x in range(h + 3, k):
        if units[x - 1][LOW] == "and" and units[x - 2][LOW] == "," and _set_off_person(units, x):
            heads.append(units[x])
    return heads


def _set_off_person(units: list[Unit], h: int) -> bool:
    u = units[h]
    return u[KIND] == "e" and u[ENT].kind is P and not u[POSS] and h + 1 < len(units) and units[h + 1][LOW] == ","


def _speaker_phrase_follows(units: list[Unit], k: int) -> bool:
    """A noun phrase at ``units[k]`` that ends its clause: the speaker of a verb put first
    ('Mira Koss, its chief, was fired in May, said the company.'), not the subject of a clause."""
    if k >= len(units) or units[k][KIND] == "p" or units[k][LOW] in _PREPOSITIONS or units[k][LOW] in _COMPLEMENTS:
        return False
    phrase = _np(units, k, max_units=8, stop_at_clause=True)
    if any(u[LOW] in _MAIN_VERB_STOP or u[LOW] in PASSIVE_BEFORE for u in phrase):
        return False  # 'said the company would grow': a clause
    end = k + len(phrase)
    return end > k and (end >= len(units) or units[end][LOW] in _AFTER_SPEAKER)


def _description_tail(span: list[Unit]) -> bool:
    """Words that can end a description cut by a comma ("Environment and Water think tank"),
    not a noun phrase of their own ("an aide") nor a verb ("did not")."""
    first = span[0][LOW]
    return first not in _CLAUSE_WORDS and first not in DETERMINERS and not any(
        u[LOW] in _MAIN_VERB_STOP or u[LOW] in PASSIVE_BEFORE or u[LOW] == "not" for u in span
    )


def _next_to_quotation(units: list[Unit], i: int, after: int) -> bool:
    """A quotation just before the verb and its subject ('"...," the chief executive continued')
    or right after the verb ('She continued: "..."', 'he continued, "..."')."""
    for k in range(i - 1, max(-1, i - 6), -1):
        u = units[k]
        if u[KIND] == "q":
            return True
        if u[LOW] in _CLAUSE_WORDS or (u[KIND] == "p" and u[LOW] != ","):
            break  # '“patched” the software as the company continued': not its subject's words
    k = after + 1 if after < len(units) and units[after][LOW] in (":", ",") else after
    return k < len(units) and units[k][KIND] == "q"


def _modifies_noun(units: list[Unit], i: int, j: int, after: int) -> bool:
    """A past participle right after a plain noun and before a preposition ("goals shared on X")."""
    u = units[i]
    if not u[LOW].endswith("ed") or after >= len(units) or units[after][LOW] not in _NOUN_PREPOSITIONS:
        return False
    if _has_complement(units, i, after, gerund=True):
        return False
    before = units[j] if j >= 0 else None
    if before is None or before[KIND] != "w":
        return False
    low = before[LOW]
    return not (low in _PERSON_PRONOUNS or low in ("it", "they", "we", "i") or low in PARTY_NOUNS or low.endswith(PARTY_SUFFIXES))


def _skip_verb_prefixes(units: list[Unit], j: int, floor: int) -> int:
    """The index before the auxiliaries and adverbs ending at ``units[j]`` ("has also said")."""
    while j >= 0 and j > floor and units[j][KIND] == "w" and units[j][LOW] in VERB_PREFIXES:
        j -= 1
    return j


def _skip_parenthesis(units: list[Unit], j: int) -> int:
    """The index before a short parenthesis ending at ``units[j]`` ("the ILO (UN)", "Babin (R-Texas)")."""
    if j < 0 or units[j][LOW] != ")":
        return j
    for k in range(j - 1, max(-1, j - _MAX_PARENTHESIS), -1):
        if units[k][LOW] == "(":
            return k - 1
        if units[k][KIND] == "q" or units[k][LOW] in (")", ",", ";"):
            break
    return j


def _speaker_follows(units: list[Unit], k: int) -> bool:
    """Whether a speaker's name stands at ``units[k]`` with nothing clause-like after it: ', said X',
    ', said X, a partner at', ', said X in a statement'; not ', said Google has ...'."""
    if k >= len(units) or units[k][KIND] != "e" or units[k][ENT].kind not in _SPEAKER_KINDS or units[k][POSS]:
        return False
    nxt = units[k + 1] if k + 1 < len(units) else None
    return nxt is None or nxt[LOW] in _AFTER_SPEAKER


def _is_boundary(units: list[Unit], k: int, gerund: bool = False) -> bool:
    u = units[k]
    if u[LOW] == "with":
        return gerund  # "with internal testing claiming that", but "Sources familiar with the matter"
    if u[KIND] == "q":
        return True
    if u[KIND] == "p":
        return u[LOW] in ",;:()[]\u2014\u2013-"
    if u[KIND] == "w" and u[LOW] in _FINITE_SAYING:
        return True  # "A spokeswoman said she expects": the subject of the inner verb is after it
    if u[KIND] == "w" and u[LOW] in _CLAUSE_WORDS:
        if u[LOW] == "and" and 0 < k < len(units) - 1 and units[k - 1][KIND] == "e" and units[k + 1][KIND] == "e":
            return False  # "Google and Anthropic said"
        return True
    return False


_NEGATED_BE: Final = frozenset(f"{be}n{q}t" for be in FINITE_BE - {"am"} for q in "'\u2019")  # "isn't expected"
_PLAIN_SAYING: Final = frozenset("say tell add testify write state explain".split())
_TRAILING: Final = 30  # characters after a cue that still end its clause ('..., the company said in a note.')


def _origin_rank(f: Frame) -> tuple[bool, bool, bool, bool, bool, int]:
    """How a frame ranks as the source of its clause (highest wins): named, an origin, the origin
    of cited data, a reporting verb; among reporting verbs one that ends the clause ('..., he
    said.'), else the first ("Dart said SGL staff said ..."); among other origins the last."""
    plain = f.cue in _PLAIN_SAYING and not f.carrier and f.party.kind is not M  # an outlet passes words on
    trailing = plain and f.clause_end - f.cue_end < _TRAILING
    return (f.party.named, not f.carrier, f.cue in _CITING, plain, trailing, -f.cue_start if plain else f.cue_start)
_SUBJECT_PRONOUNS: Final = frozenset("he she they it we i".split())
_CITING: Final = frozenset("cite echo quote".split())  # cues whose frame names the origin of what is cited
# Prepositions that open a phrase before a subject written without a comma ("In a joint
# statement the firms said"); not "at least" ("At least three analysts said").
_OPENING_PREPOSITIONS: Final = frozenset("in at on among during after before from with under".split())
_CIRCUMSTANCE_PREPOSITIONS: Final = frozenset("in on during via".split())
_NP_OPENERS: Final = frozenset("the a an this these those their his her its he she they we".split())


def _role_after(span: list[Unit], start: int) -> bool:
    """Whether a role noun follows the unit starting at ``start``, as its first or second word
    ("China's ambassador", "Britain's prime minister")."""
    for k in range(len(span) - 1):
        if span[k][START] == start:
            return any(u[KIND] == "w" and u[LOW] in ROLE_NOUNS for u in span[k + 1 : k + 3])
    return False


def _named_after(units: list[Unit], k: int) -> Party | None:
    """The person set off by commas after a description at ``units[k]`` ("according to his aunt,
    Jane Starner, who ..." -> Jane Starner), or None."""
    if k + 1 < len(units) and units[k][LOW] == "," and units[k + 1][KIND] == "e" and units[k + 1][ENT].kind is P \
            and not units[k + 1][POSS] and (k + 2 >= len(units) or units[k + 2][LOW] in (",", ".", ";")):
        u = units[k + 1]
        return Party(u[ENT].name, u[START], u[END], True, P)
    return None


def _is_party_word(low: str) -> bool:
    """A word that can open or head a described party ("analysts", "officials", "executives")."""
    return low in PARTY_NOUNS or low.endswith(PARTY_SUFFIXES)


def _without_circumstance(phrase: list[Unit]) -> list[Unit]:
    """A speaker named after its verb, without where or when it spoke ('..., added the company in
    a statement', '..., said analysts at the bank on Monday' -> "the company", "analysts at the bank")."""
    for k in range(1, len(phrase) - 1):
        if phrase[k][LOW] in _CIRCUMSTANCE_PREPOSITIONS:
            rest = [u[LOW] for u in phrase[k + 1 : k + 4] if u[LOW] not in DETERMINERS]
            if rest and (_singular(rest[0]) in DOCUMENT_NOUNS or rest[0] in _TIME_NOUNS or rest[0] == "interview"):
                return phrase[:k]
    return phrase


def _after_opening_phrase(words: list[Unit]) -> list[Unit]:
    """The subject after an opening prepositional phrase that has no comma: from the last word
    that opens a noun phrase ("In a joint statement the firms" -> "the firms", "In a post at the
    time she" -> "she"); nothing when none does ("in a statement emailed to ...": no subject)."""
    if len(words) < 3 or words[0][KIND] != "w" or words[0][LOW] not in _OPENING_PREPOSITIONS or words[1][LOW] == "least":
        return words
    for k in range(len(words) - 1, 1, -1):
        if words[k][KIND] == "w" and words[k][LOW] in _NP_OPENERS and words[k - 1][LOW] not in _OPENING_PREPOSITIONS \
                and words[k - 1][LOW] not in _NP_OPENERS and words[k - 1][LOW] != "of":
            return words[k:]
    for k in range(len(words) - 1, 0, -1):
        if words[k][KIND] == "e" and words[k - 1][KIND] != "e":
            return words[k:]  # "In January Henkel said", "In Oslo officials said": from the last name
    return []


def _verb_and_object(words: list[Unit]) -> bool:
    """A past verb followed by its object ("issued a statement"), which no description holds
    ('the Commission issued a statement warning that': the subject is before it)."""
    return any(
        a[KIND] == "w" and a[LOW].endswith("ed") and b[KIND] == "w" and b[LOW] in DETERMINERS
        for a, b in zip(words, words[1:])
    )


def _np(units: list[Unit], k: int, *, max_units: int = 12, stop_at_that: bool = False, stop_at_clause: bool = False) -> list[Unit]:
    """The noun phrase starting at ``units[k]``: up to a comma, a quotation or the end."""
    out: list[Unit] = []
    while k < len(units) and len(out) < max_units:
        u = units[k]
        if u[LOW] == "." and out and out[-1][LOW] in _TITLE_ABBREVIATIONS and out[-1][END] == u[START]:
            k += 1  # "said Rep. Brian Babin": the period of a title
            continue
        if u[KIND] == "q" or (u[KIND] == "p" and u[LOW] in ",;:.!?()"):
            break
        if stop_at_clause and u[KIND] == "w" and u[LOW] in _CLAUSE_WORDS and u[LOW] != "and":
            break
        if stop_at_that and u[KIND] == "w" and u[LOW] in ("that", "stating", "saying", "showing"):
            break
        out.append(u)
        k += 1
    return out


def _clauses(units: list[Unit], marked: list[int], s_start: int, s_end: int) -> tuple[list[int], list[tuple[int, int]]]:
    """Where independent clauses start (the index of each cutting unit) and each clause's span.

    ", but", ", and X" and ";" cut; the cutting unit opens the next clause.
    """
    cuts: list[int] = []
    spans = [[s_start, s_end]]
    n = len(units)
    for k in [k for k in marked if units[k][LOW] in _CUT_MARKS]:
        u = units[k]
        cut = False
        if u[LOW] == ";":
            cut = True
        elif k + 1 < n and units[k + 1][LOW] in ("but", "and"):
            nxt = units[k + 2] if k + 2 < n else None
            cut = units[k + 1][LOW] == "but" or (
                nxt is not None and (nxt[KIND] == "e" or (nxt[KIND] == "w" and not nxt[LOW].endswith(("ed", "ing")) and nxt[LOW] not in VERB_PREFIXES))
            )
        if cut:
            spans[-1][1] = u[START]
            cuts.append(k)
            spans.append([u[END], s_end])
    return cuts, [(s[0], s[1]) for s in spans]
