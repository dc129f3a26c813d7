"""Words that attribute content to a source, and words that set a claim's modality.

Each attribution verb is listed once by its base form (the ``cue`` written
into quotes and claims) with its kind; the inflected forms are generated,
with the irregular ones spelled out. Kinds:

- ``say``: the subject is the source of the content ("Altman said", "X noted").
- ``tell``: the subject told a listener; a named subject is the source, else the listener.
- ``cite``: the subject passed on someone else's data ("X cited Similarweb data").
- ``direct``: an instruction; "should" under it is not a prediction.
- ``report``: a publication's verb ("TechCrunch reported").
"""

from __future__ import annotations

from typing import Final

import re

from .trie import trie_pattern

__all__ = [
    "ACTOR_NOUNS",
    "AUXILIARIES",
    "BE_FORMS",
    "FINITE_BE",
    "DETERMINERS",
    "PARTY_NOUNS",
    "PARTY_SUFFIXES",
    "CUE_FORMS",
    "TRIGGER_RE",
    "DATA_NOUNS",
    "DOCUMENT_NOUNS",
    "PREDICTION_VERBS",
    "QUOTATION_ONLY",
    "Cue",
    "cue_of",
]

# Words that open a noun phrase: a cue word right after one is a noun ("the plan to", "a report").
DETERMINERS: Final = frozenset("a an the this that these those its their his her our my your".split())
# The forms of "be" with a subject ("sales *were* pegged at"), all its forms (also "have *been*
# raised"), and the auxiliaries of a verb phrase: a party's description holds none of them.
FINITE_BE: Final = frozenset("am is are was were".split())
BE_FORMS: Final = FINITE_BE | frozenset("be been being".split())
AUXILIARIES: Final = BE_FORMS | frozenset("has have had did does will would".split())

# base form -> kind; "point out" is written with its particle.
_VERBS: Final = {
    "say": "say", "state": "say", "note": "say", "remark": "say", "write": "say", "tweet": "say",
    "post": "say", "announce": "say", "reveal": "say", "claim": "say", "confirm": "say",
    "explain": "say", "add": "say", "argue": "say", "believe": "say", "think": "say",
    "describe": "say", "observe": "say", "suggest": "say", "warn": "say", "highlight": "say",
    "emphasize": "say", "emphasise": "say", "underscore": "say", "stress": "say", "mention": "say",
    "acknowledge": "say", "admit": "say", "accuse": "say", "find": "say", "share": "say",
    "tout": "say", "portray": "say", "insist": "say", "maintain": "say", "contend": "say",
    "allege": "say", "assert": "say", "declare": "say", "disclose": "say", "predict": "say",
    "forecast": "say", "estimate": "say", "expect": "say", "project": "say", "caution": "say",
    "comment": "say", "reply": "say", "respond": "say", "recall": "say", "concede": "say",
    "complain": "say", "point out": "say", "weigh in": "say", "echo": "cite", "cite": "cite", "quote": "cite",
    "tell": "tell", "instruct": "direct", "urge": "direct", "order": "direct", "demand": "direct",
    "ask": "direct", "report": "report", "cover": "report", "aggregate": "report",
    "publish": "report", "conclude": "say", "agree": "say", "deny": "say",
    "dismiss": "say", "criticize": "say", "criticise": "say", "praise": "say", "hint": "say",
    "speculate": "say", "testify": "say", "blog": "say", "email": "say",
    "assure": "say", "shout": "say", "exclaim": "say", "joke": "say", "quip": "say", "muse": "say",
    "recount": "say", "reiterate": "say", "retort": "say", "counter": "say", "boast": "say",
    "lament": "say", "vow": "say", "pledge": "say", "promise": "say", "advise": "say",
    "recommend": "say", "continue": "say", "bemoan": "say", "grumble": "say", "plead": "say",
    "laugh": "say", "chuckle": "say", "sigh": "say", "whisper": "say", "yell": "say",
    "scream": "say", "mutter": "say", "scoff": "say", "gush": "say", "marvel": "say",
}
# Forms that the regular rules below would get wrong.
_IRREGULAR: Final = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "find": ("finds", "found", "finding"),
    "think": ("thinks", "thought", "thinking"),
    "admit": ("admits", "admitted", "admitting"),
    "forecast": ("forecasts", "forecasted", "forecasting"),
    "echo": ("echoes", "echoed", "echoing"),
    "reply": ("replies", "replied", "replying"),
    "testify": ("testifies", "testified", "testifying"),
    "deny": ("denies", "denied", "denying"),
    "blog": ("blogs", "blogged", "blogging"),
    "quip": ("quips", "quipped", "quipping"),
    "email": ("emails", "emailed", "emailing"),
    "point out": ("points out", "pointed out", "pointing out"),
    "weigh in": ("weighs in", "weighed in", "weighing in"),
}
# ("expect" is not among them: its object is a forecast, "Brantel expects 200 new stores";
# "is expected to", "than expected" and "the expected rise" are no verb of saying anyway.)
# Cues that count only with a complement ("declared that ...", "found that ...", a quotation),
# because with a plain object they name an action ("declared a 'Code Red'", "found a way") or
# because some of their forms are nouns ("market share", "a report", "notes").
NEEDS_COMPLEMENT: Final = frozenset(
    """declare find add note report post cover quote comment estimate project order stress
    maintain reply respond demand praise hint share blog email forecast recall agree conclude
    publish ask dismiss complain claim instruct urge demand counter promise pledge advise recommend
    shout state write""".split()
)
# Cues that name a saying only next to a quotation: '"...," he continued.', 'She continued: "..."',
# '"...," she laughed.'; not "sales continued to rise", "the protests continued", "he laughed it off".
QUOTATION_ONLY: Final = frozenset(
    "continue laugh chuckle sigh whisper yell scream mutter scoff gush marvel".split()
)
# Forms of those verbs that are unambiguous verbs, so an object after them is enough.
# ("posted" is not: "posted a loss", "posted an elite grade" name results, not words.)
VERB_ONLY_FORMS: Final = frozenset("shared claimed claiming stated stating".split())


def _inflect(base: str) -> tuple[str, ...]:
    if base in _IRREGULAR:
        return (base, *_IRREGULAR[base])
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith(("s", "sh", "ch", "x")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


class Cue:
    """One inflected cue form: its base form, kind, and whether it is a participle ("saying")."""

    __slots__ = ("base", "kind", "form", "gerund", "needs_complement")

    def __init__(self, base: str, kind: str, form: str):
        self.base, self.kind, self.form = base, kind, form
        # fixed by the form, so worked out once (the attribution reader asks for every cue)
        self.gerund: bool = form.endswith("ing") and not base.endswith("ing")
        self.needs_complement: bool = base in NEEDS_COMPLEMENT and form not in VERB_ONLY_FORMS

    def __repr__(self) -> str:
        return f"Cue({self.form!r} -> {self.base!r}, {self.kind})"


CUE_FORMS: Final[dict[str, Cue]] = {}
for _base, _kind in _VERBS.items():
    for _form in _inflect(_base):
        CUE_FORMS.setdefault(_form, Cue(_base, _kind, _form))

# A quick test for "may this sentence attribute anything?": forms that are nouns as often as verbs
# ("shares", "report", "note") count only before a clause, a colon or a quotation, or right after one.
# ("wrote" and "written" are never nouns, so they stay quick to find: "wrote in a post that ...")
_WEAK_FORMS: Final = {
    f for f, c in CUE_FORMS.items() if c.needs_complement and not f.endswith(("ed", "ing", "out")) and f not in ("wrote", "written")
}
TRIGGER_RE: Final = re.compile(
    r"(?<![\w'’-])(?:(?:" + trie_pattern(set(CUE_FORMS) - _WEAK_FORMS) + r")(?![\w'’-])|(?:"
    + trie_pattern(_WEAK_FORMS) + r")(?:\s{1,3}(?:that|how|whether)\b|\s{0,3}[:,\"“‘]))"
    # or right after a quotation: '"...," adds Mira Koss'
    + r"|(?<=[\"”’] )(?:" + trie_pattern(_WEAK_FORMS) + r")(?![\w'’-])"
)


def cue_of(form: str) -> Cue | None:
    return CUE_FORMS.get(form.lower())


# Nouns naming a document that stands for its author ("according to the memo").
DOCUMENT_NOUNS: Final = frozenset(
    """report reports memo memos letter letters email emails e-mail statement statements post posts blog tweet tweets
    message messages note notes filing filings release interview op-ed essay column speech
    presentation response clarification announcement remarks comments comment video podcast
    newsletter slack""".split()
)
# Nouns naming data a source provides ("cited Similarweb data").
DATA_NOUNS: Final = frozenset(
    """data figures statistics stats numbers estimates estimate research survey surveys study studies
    analysis report reports poll polls index tracking""".split()
)
# Nouns that make a subject an actor whose "will" is an intention, not a forecast.
ACTOR_NOUNS: Final = frozenset(
    """company companies firm firms government governments team teams group groups board management
    startup start-up administration ministry agency regulator regulators bank banks we i he she they it
    you executives officials leadership workers employees staff members union unions police officers
    lawmakers leaders ministers council committee party court judge parliament congress senate military
    army troops authorities investigators prosecutors""".split()
)
# Verbs after will/would that forecast rather than intend ("demand will exceed", "X won't suffice").
PREDICTION_VERBS: Final = frozenset(
    """exceed surpass suffice happen occur take grow rise fall drop decline increase decrease reach hit
    top become remain continue stay double triple halve jump surge soar slow shrink slump recover
    be go come cost see face hurt affect benefit outpace overtake lag trail need mean lead result
    change improve worsen dominate succeed fail ensure look seem appear prove suffer struggle follow
    weigh""".split()
)

# Heads of a described source: people and bodies that can say something, and sources of data.
PARTY_NOUNS: Final = frozenset(
    """insiders sources source critics analysts analyst experts expert officials official people
    person users user staffers staff employees employee executives executive investors investor
    observers observer industry media press reports report testing tests test information data
    survey study studies research researchers researcher scientists scientist spokesperson
    spokesman spokeswoman spokespeople representative representatives regulators regulator
    authorities government governments company firm agency bureau ministry department police
    officers lawmakers legislators politicians economists economist commentators commenters
    critics supporters opponents residents witnesses leaders leader managers manager partners
    developers engineers workers members member team group board committee commission panel
    management leadership aide aides advisers advisors consultants lawyers attorneys prosecutors
    judge court filings filing documents document statement memo letter poll polls estimates
    figures statistics numbers insider customers clients consumers fans viewers readers
    participants respondents traders dealers brokers bankers buyers sellers
    colleagues friends family relatives parents students teachers doctors nurses patients
    unions union industry-watchers watchers scholars academics military army navy bank council
    cabinet administration prosecutor doctor man woman office offices firms companies agencies banks
    groups consortium embassy ministries departments""".split()
)
# Endings of plural nouns for people ("staffers", "economists", "Democrats").
PARTY_SUFFIXES: Final = ("ers", "ists", "ians", "ants", "ents", "ees", "ors", "ats", "ives")
# Auxiliaries and adverbs that may stand between a source and its verb ("has pointed out",
# "previously stated", "generally believes").
VERB_PREFIXES: Final = frozenset(
    """has have had will would did does do also previously later then recently now still already
    once further too again first repeatedly generally explicitly officially publicly privately
    reportedly separately initially subsequently ultimately alone far""".split()
)
PASSIVE_BEFORE: Final = frozenset("is are was were be been being".split())
