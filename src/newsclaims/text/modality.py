"""How certain a claim's content is: asserted, reported, planned, expected or speculative.

Hedges are read over the claim's clause, quotations included (reported
speech keeps its modality): "may", "might", "could", "would have" are
speculative; "expected to", "forecast", "on track to", "should" (not
"should have", not a directive's, not the inverted "should we") are expected;
"plans to", "aims to", "is set to", "vowed/pledged/promised to" are planned.
"will"/"would" is planned when an actor (a person, an organisation, a
pronoun, "the company") will do it, and expected when a thing will happen
("demand will exceed", "the Mac mini will go a long way"). A hedge inside a
relative clause ("which is expected to") does not count. The least certain
hedge wins; without one a claim is "reported" when it has a source and
"asserted" when it has none.
"""

from __future__ import annotations

import bisect
import re
from typing import Final, Sequence

from ..model import Modality
from .cues import ACTOR_NOUNS, AUXILIARIES, DETERMINERS, PREDICTION_VERBS, cue_of
from .trie import trie_pattern

__all__ = ["modality_of"]

# Any word a hedge starts with; most sentences have none and need no closer reading.
# (Shaped as a trie: the engine rejects most positions after one character.)
_HEDGE_WORDS: Final = (
    "may might could would will won should expect projected forecast predicted likely poised on_track"
    " plan aim intend set_to going_to ambition goal intention speculat vow pledge promis"
)
_HEDGE_TRIE: Final = trie_pattern(w.replace("_", " ") for w in _HEDGE_WORDS.split())
_HEDGE_WORD: Final = re.compile(r"(?i:" + _HEDGE_TRIE + ")")
# The same after the non-word character before it (what ``\b`` asks there): a pattern that opens
# with a character class is scanned for in C rather than tried at every position, and the
# lookahead for the first letters rejects most places in one test.
_HEDGE_AFTER: Final = re.compile(r"\W(?i:(?=[" + "".join(sorted({w[0] for w in _HEDGE_WORDS.split()})) + "])" + _HEDGE_TRIE + ")")
_CLITIC_WILL: Final = re.compile(r"(?i:['\u2019]ll\b)")
_WORD: Final = re.compile(r"[A-Za-z][a-z'\u2019]*|[,;:.!?\u2014\u2013]")
_SPECULATIVE: Final = frozenset("may might could speculate speculates speculated speculating".split())
_EXPECTED_AFTER_BE: Final = frozenset("expected projected forecast predicted likely poised".split())
_EXPECTED_VERBS: Final = frozenset("expects expect predicts anticipates".split())  # "Analysts expect ... to grow"
_PLEDGES: Final = frozenset("vow vows vowed pledge pledges pledged promise promises promised".split())
_PLANNED: Final = frozenset("plans plan planned planning aims aim aiming intends intend intending".split())
_WILL: Final = frozenset("will would won't wouldn't 'll".split())
_RELATIVE: Final = frozenset("which who whom whose".split())
_DIRECTIVES: Final = frozenset("instruct urge order demand ask tell".split())
_BELIEFS: Final = frozenset("think believe expect predict forecast estimate project".split())
_SKIP_AFTER_WILL: Final = frozenset(
    "not also still likely probably then further far only soon eventually never significantly".split()
)
_MODALS: Final = frozenset("will would could may might should can 'll won't wouldn't".split())
_ARTICLES_AND_POSSESSIVES: Final = frozenset("a an the its their his her our my your".split())
# Words before "will" that make it the noun: "free will", "political will", "against her will" (with "her").
_WILL_NOUN_BEFORE: Final = frozenset("free political good ill own living unexecuted".split())
# Words before "that" which make it no relative pronoun: "so that it will", "and that would".
_NOT_NOUNS: Final = frozenset(
    "and or but nor so yet then that which who whom what when where as than if because while not".split()
)
# Verbs after "it will" that make "it" a thing or the weather of the clause, not an organisation.
_IT_PREDICTS: Final = frozenset("be take mean seem look appear cost happen matter".split())
_BELIEF_FORMS: Final = frozenset(
    """think thinks thought believe believes believed hope hopes hoped expect expects predict predicts
    predicted reckon reckons suspect suspects sure confident doubt doubts bet guess""".split()
)
_SUBJECT_PRONOUNS: Final = frozenset("i we he she it they you".split())
_RANK: Final = {Modality.PLANNED: 1, Modality.EXPECTED: 2, Modality.SPECULATIVE: 3}
# The words modality_of reacts to (besides those ending in "'ll"): relatives and "whether"/"if",
# which open clauses it discounts, and the words its hedges start with.
_READ_WORDS: Final = (
    _RELATIVE | _SPECULATIVE | _EXPECTED_AFTER_BE | _EXPECTED_VERBS | _PLEDGES | _PLANNED | _WILL
    | {"whether", "if", "would", "could", "might", "on", "should", "set", "ambition", "goal", "intention", "aim", "going", "that"}
)
_GROUP: Final = re.Match.group


def modality_of(text: str, start: int, end: int, *, sourced: bool, cue: str | None = None,
                actors: Sequence[tuple[int, int]] = ()) -> Modality:
    """The modality of the claim in ``text[start:end]``.

    :param sourced: the claim names a source (no hedge then gives "reported").
    :param cue: the base form of the attribution cue, to read "should" under "instructed".
    :param actors: spans of person and organisation mentions, for the subjects of "will".
    """
    if not _hedge_hint(text, start, end):
        return Modality.REPORTED if sourced else Modality.ASSERTED
    found = list(_WORD.finditer(text, start, end))
    words = list(map(_GROUP, found))
    # (the words hold no space, so lowering them joined is lowering each one)
    lows = " ".join(words).lower().replace("\u2019", "'").split(" ") if words else []
    best: Modality | None = None

    def hedge(k: Modality) -> None:
        nonlocal best
        if best is None or _RANK[k] > _RANK[best]:
            best = k

    relative_until = -1
    question_until = -1
    # every other word leaves the reading as it is, so only these are visited
    for i in [i for i, w in enumerate(lows) if w in _READ_WORDS or w.endswith("'ll")]:
        w = lows[i]
        if w in _RELATIVE or _relative_that(found, lows, i):
            relative_until = _clause_end(lows, i)
        if i <= relative_until:
            continue
        if w in ("whether", "if"):
            question_until = i + 8  # "whether AI companies will repeat": a question, not a plan
        if i <= question_until and (w in _WILL or w.endswith("'ll")):
            continue
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if w in _SPECULATIVE and words[i][0].islower():
            hedge(Modality.SPECULATIVE)
        elif w in ("would", "could", "might") and nxt == "have":
            hedge(Modality.SPECULATIVE)
        elif w in _EXPECTED_AFTER_BE and i > 0 and lows[i - 1] in ("is", "are", "was", "were", "be", "been", "being") and nxt == "to":
            hedge(Modality.EXPECTED)
        elif w == "on" and nxt == "track":
            hedge(Modality.EXPECTED)
        elif w in _EXPECTED_VERBS:
            hedge(Modality.EXPECTED)
        elif w == "should" and nxt not in _SUBJECT_PRONOUNS and nxt not in ("the", "have") and cue not in _DIRECTIVES:
            # (not "should have done": a duty missed, not a forecast)
            hedge(Modality.EXPECTED)
        elif w in _PLEDGES and nxt == "to":
            hedge(Modality.PLANNED)  # "vowed to cut", "promises to ship"
        elif w in _PLANNED and _planned_verb(lows, i, nxt):
            hedge(Modality.PLANNED)
        elif w == "set" and nxt == "to" and i > 0 and lows[i - 1] in ("is", "are", "was", "were"):
            hedge(Modality.PLANNED)
        elif w in ("ambition", "goal", "intention", "aim") and nxt == "is":
            hedge(Modality.PLANNED)
        elif w in ("going",) and nxt == "to" and i > 0 and lows[i - 1] in ("is", "are", "am"):
            hedge(Modality.PLANNED)
        elif (w in _WILL or w.endswith("'ll")) and not _noun_or_name_will(words, lows, i):
            hedge(_will(found, lows, i, actors, cue in _BELIEFS))
    if best is not None:
        return best
    return Modality.REPORTED if sourced else Modality.ASSERTED


def _hedge_hint(text: str, start: int, end: int) -> bool:
    """Whether a hedge word starts a word of ``text[start:end]``, or a "'ll" ends one."""
    if start == 0 and _HEDGE_WORD.match(text, 0, end):
        return True  # (the text's first word has no character before it)
    return bool(_HEDGE_AFTER.search(text, max(start - 1, 0), end) or _CLITIC_WILL.search(text, start, end))


def _clause_end(lows: list[str], i: int) -> int:
    """A relative clause runs to the next comma or dash (or the end)."""
    for j in range(i + 1, min(len(lows), i + 25)):
        if lows[j] in (",", ";", "\u2014", "\u2013", ".", ":"):
            return j
    return min(len(lows), i + 25)


def _planned_verb(lows: list[str], i: int, nxt: str) -> bool:
    """"plans to", "had planned", "Brantel planned a launch"; not the noun ("the plan to cut") nor a
    participle describing one ("four rounds of planned outages", "a plan aimed at growth")."""
    prev = lows[i - 1] if i > 0 else ""
    if prev in DETERMINERS:
        return False
    if nxt == "to":
        return True
    return lows[i].endswith("ed") and (prev in AUXILIARIES or nxt in DETERMINERS)


def _noun_or_name_will(words: list[str], lows: list[str], i: int) -> bool:
    """"his will", "an unexecuted will specified", "free will": the noun; "Will Moy told": a name."""
    prev = lows[i - 1] if i > 0 else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if lows[i] != "will":
        return False
    if words[i] == "Will" and nxt[:1].isupper():
        return True
    # ("that will", "these will": pronouns, the subject of the modal)
    return prev in _ARTICLES_AND_POSSESSIVES or prev.endswith("'s") or prev in _WILL_NOUN_BEFORE


def _relative_that(found: list[re.Match], lows: list[str], i: int) -> bool:
    """"an agreement that will bring ...", "the chip that could": "that" opening a relative clause
    (a modal right after it, a noun before it), not the "that" after a verb ("said that it will")."""
    if lows[i] != "that" or i == 0 or i + 1 >= len(lows) or lows[i + 1] not in _MODALS:
        return False
    if found[i + 1].start() - found[i].end() > 2:
        return False  # a number stands between them: "confident that 1987 will top 1986"
    prev = lows[i - 1]
    return prev.isalpha() and prev not in _NOT_NOUNS and prev not in _BELIEF_FORMS and cue_of(prev) is None


def _will(found: list[re.Match], lows: list[str], i: int, actors: Sequence[tuple[int, int]], belief: bool) -> Modality:
    """"OpenAI will suspend" is a plan; "demand will exceed" is a forecast."""
    j = i + 1
    while j < len(lows) and j < i + 5 and (lows[j] in _SKIP_AFTER_WILL or lows[j].endswith("ly")):
        j += 1
    verb = lows[j] if j < len(lows) else ""
    after = lows[j + 1] if j + 1 < len(lows) else ""
    if verb == "have" and lows[i] in ("would",):
        return Modality.SPECULATIVE
    if verb == "be" and after.endswith("ed"):
        return Modality.PLANNED  # "will be launched"
    # the subject: the last word before "will", skipping adverbs
    k = i - 1
    while k >= 0 and k > i - 5 and (lows[k].endswith("ly") or lows[k] in ("also", "alone", "still")):
        k -= 1
    if lows[i].endswith("'ll"):
        subject_word, subject_pos = lows[i][:-3], found[i].start()
    elif k >= 0:
        subject_word, subject_pos = lows[k], found[k].start()
    else:
        subject_word, subject_pos = "", -1
    if belief or _belief_before(lows, k):
        return Modality.EXPECTED  # "Jones thought voters would reject ...", "I believe it will hold": a prediction
    if subject_word == "it" and verb in _IT_PREDICTS and not after.endswith("ing"):
        # "it will be really exciting", "it will take years" (but "it will be cutting jobs" and
        # "the firm said it will increase its dividend": an organisation's plan)
        return Modality.EXPECTED
    if subject_word in ACTOR_NOUNS or _is_actor(subject_pos, actors):
        return Modality.PLANNED
    if verb in PREDICTION_VERBS:
        return Modality.EXPECTED
    return Modality.PLANNED


def _belief_before(lows: list[str], k: int) -> bool:
    """A verb of belief shortly before the subject, in the same clause: "I believe it will ..."."""
    for m in range(k - 1, max(k - 9, -1), -1):
        w = lows[m]
        if not w[0].isalpha():
            return False
        if w in _BELIEF_FORMS:
            return True
    return False


def _is_actor(pos: int, actors: Sequence[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of the sorted, non-overlapping ``actors`` spans?"""
    k = bisect.bisect_right(actors, (pos, 1 << 62)) - 1
    return pos >= 0 and k >= 0 and actors[k][0] <= pos < actors[k][1]
