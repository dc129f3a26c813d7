"""Quotations and their speakers.

Texts are written for these tests; the seed check reads the hand-made gold
in ../shared and is skipped when it is absent.
"""

import json

import pytest

import newsclaims as nc
from newsclaims.text.quotemarks import pair_quotes

from .conftest import SHARED


def quotes(text):
    return [(q.text, q.speaker, q.cue) for q in nc.extract(text, id="t").quotes]


def test_straight_curly_and_nested_marks():
    text = (
        'Dana Quill said, "We will win this race for sure." '
        "Quill added: \u201cThe market is \u2018very hot\u2019 this year.\u201d"
    )
    assert quotes(text) == [
        ("We will win this race for sure.", "Dana Quill", "say"),
        ("The market is \u2018very hot\u2019 this year.", "Dana Quill", "add"),
    ]


def test_single_quotes_and_apostrophes():
    text = "'It isn't over until the team's done,' Ana Velo said. The firm's 'Code Red' stayed."
    assert quotes(text) == [("It isn't over until the team's done,", "Ana Velo", "say")]


def test_fewer_than_four_words_is_a_term_not_a_quote():
    assert quotes('Ana Velo said the plan was "a big deal" for them.') == []


def test_a_quote_broken_by_its_attribution_is_two_quotes_with_one_speaker():
    text = '"We will grow next year," said Colm Dray, the chief executive of Brantel, "and we will hire more people."'
    assert quotes(text) == [
        ("We will grow next year,", "Colm Dray", "say"),
        ("and we will hire more people.", "Colm Dray", "say"),
    ]


def test_a_quote_over_several_paragraphs_is_one_quote():
    text = 'Ana Velo said:\n"The first part runs on and on.\n"And the second part ends it here." Then she left.'
    (quote,) = nc.extract(text, id="t").quotes
    assert quote.text.startswith("The first part") and quote.text.endswith("ends it here.")
    assert "\n" in quote.text
    assert quote.speaker == "Ana Velo"


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ('Mira Koss, the CEO of Brantel, said "the numbers look much better now."', "Mira Koss", "say"),
        ('Mira Koss told Reuters that "the numbers look much better now."', "Mira Koss", "tell"),
        ('Mira Koss tweeted, "The numbers look much better now."', "Mira Koss", "tweet"),
        ('Mira Koss wrote in a memo that "the numbers look much better now."', "Mira Koss", "write"),
        ('According to Mira Koss, "the numbers look much better now."', "Mira Koss", "according to"),
        ('Mira Koss: "The numbers look much better now."', "Mira Koss", None),
        ('"The numbers look much better now," a company spokesperson said.', "company spokesperson", "say"),
        ('"The numbers look much better now," judge Mira Koss noted as she left.', "Mira Koss", "note"),
        ('"The numbers look much better now," the Tass agency quoted Mira Koss as saying.', "Mira Koss", "quote"),
        ('"The numbers look much better now," the Brantel memo said.', "Brantel", "say"),
    ],
)
def test_speaker_patterns(text, speaker, cue):
    ((_, got_speaker, got_cue),) = quotes(text)
    assert (got_speaker, got_cue) == (speaker, cue)


def test_pronouns_and_surnames_resolve_to_the_last_compatible_person():
    text = (
        "Sarah Mell runs Pellam and Tom Ellery runs Vorta. "
        '"Our costs will fall a lot," he said. "We are ready for it," Mell said.'
    )
    got = quotes(text)
    assert [s for _, s, _ in got] == ["Tom Ellery", "Sarah Mell"]


@pytest.mark.parametrize("her, him", [("Carla", "Keir"), ("Ilhan", "Rishi"), ("Kamala", "Yusuf"), ("Sonya", "Tariq")])
def test_she_and_he_know_given_names_from_many_places(her, him):
    text = f'{her} Vance met {him} Odell. "We will not back down on this," she said. "Nor will we, not this year," he said.'
    assert [s for _, s, _ in quotes(text)] == [f"{her} Vance", f"{him} Odell"]


def test_pronouns_pass_over_people_named_inside_a_quotation():
    text = 'Colm Dray teaches at Fenwick. "By raising hopes so high, Tom Ellery makes a deal less likely," he said.'
    assert [s for _, s, _ in quotes(text)] == ["Colm Dray"]


def test_a_quote_standing_alone_takes_the_speaker_of_the_sentence_before():
    text = 'Ana Velo stated that costs rose. "Everything we have seen so far says so."'
    assert quotes(text) == [("Everything we have seen so far says so.", "Ana Velo", "state")]


def test_a_quoted_title_inside_a_sentence_is_not_a_quote():
    assert quotes("The film was a tribute to 'putting in the effort to win big.' Fans came.") == []


def test_pairing_cuts_a_quotation_that_a_new_one_interrupts():
    text = '"We cannot give people control. "But their faces will be used."'
    pairs, still_open = pair_quotes(text, 0, len(text))
    assert [text[p.open + 1 : p.end] for p in pairs] == ["We cannot give people control.", "But their faces will be used."]
    assert still_open is None


def test_seed_quotes_meet_the_issue_targets(seed_paths):
    gold_dir = SHARED / "gold" / "seeds"
    if not gold_dir.is_dir():
        pytest.skip("no shared gold")
    tp = predicted = total = speaker_ok = 0
    for path in seed_paths:
        gold = json.loads((gold_dir / f"{path.stem}.json").read_text(encoding="utf-8"))
        aliases = {}
        for e in gold["entities"]:
            for form in (e["name"], *e["aliases"]):
                aliases[form.lower()] = e["name"].lower()
        found = nc.extract_file(path).quotes
        for g in gold["quotes"]:
            match = [q for q in found if q.start < g["end"] and g["start"] < q.end]
            if match:
                tp += 1
                said = (match[0].speaker or "").lower()
                speaker_ok += aliases.get(said, said) == (g["speaker"] or "").lower()
        predicted += len(found)
        total += len(gold["quotes"])
    precision, recall = tp / predicted, tp / total
    assert 2 * precision * recall / (precision + recall) >= 0.95
    assert speaker_ok / tp >= 0.9
