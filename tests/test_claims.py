"""Claims: source, nested attribution, one claim per independent source, cue and modality.

Texts are written for these tests, following the rules of FORMAT.md; the seed
check reads the hand-made gold in ../shared and is skipped when it is absent.
"""

import json

import pytest

import newsclaims as nc
from newsclaims.model import Modality
from newsclaims.text.modality import modality_of

from .conftest import SHARED


def sourced(text):
    """(source, cue, modality) of every claim with a source, in order."""
    return [(c.source, c.cue, c.modality.value) for c in nc.extract(text, id="t").claims if c.source]


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("According to The Information, Brantel is building a new chip.", "The Information", "according to"),
        ("According to foreign media reports, Brantel is building a new chip.", "foreign media reports", "according to"),
        ("Bloomberg reported on Monday that Brantel is building a new chip.", "Bloomberg", "report"),
        ("Brantel is building a new chip, per Bloomberg.", "Bloomberg", "per"),
        ("Brantel is building a new chip, as Bloomberg reported on Monday.", "Bloomberg", "report"),
        ("Some industry insiders argue that Brantel is building a new chip.", "Some industry insiders", "argue"),
        ("Sources familiar with the matter describe how Brantel built a new chip.", "Sources familiar with the matter", "describe"),
        ("Brantel CEO Mira Koss pointed out that the chip is new.", "Mira Koss", "point out"),
        ("Mira Koss, a partner at Fenwick Ventures, tweeted that the chip is new.", "Mira Koss", "tweet"),
        ("The Corran Post's business editor, Mira Koss, said the chip is new.", "Mira Koss", "say"),  # the name set off
        ("Brantel's chief executive, Dana Quill, said the chip is new.", "Dana Quill", "say"),
        ("The chip is new, said Mira Koss, who runs Brantel.", "Mira Koss", "say"),
        # nested attribution: the origin when named, else the outlet that carried it
        ("According to foreign media reports, Brantel CEO Mira Koss said the chip is new.", "Mira Koss", "say"),
        ("Insiders told The Information that the chip is new.", "The Information", "tell"),
        ("Colm Dray, an analyst at Fenwick Ventures, cited Quorra data stating that chip sales fell.", "Quorra", "cite"),
        ("Bloomberg reported that Brantel touted a record quarter for its chips.", "Brantel", "tout"),
        # an outlet's sources are the outlet
        ("The Information's sources describe the chip as late.", "The Information", "describe"),
        ("Security firm Quorra recommended that users upgrade the chip.", "Quorra", "recommend"),
        ("Quorra stated chip sales fell.", "Quorra", "state"),
        ("As Mira Koss posted on Friday, the chip is late.", "Mira Koss", "post"),
        ("\"We are truly excited about the chip,\" adds Mira Koss.", "Mira Koss", "add"),  # after a quotation
        ("\"We are truly excited about the chip,\" comments Mira Koss in a statement.", "Mira Koss", "comment"),
        ("\"It was not me,\" Mira Koss joked.", "Mira Koss", "joke"),
        ("\"It was not me,\" Mira Koss quipped.", "Mira Koss", "quip"),  # the consonant doubles
        ("\"It was not me at all,\" Mira Koss continued.", "Mira Koss", "continue"),  # next to a quotation
        ("\"It was not me at all,\" Mira Koss laughed.", "Mira Koss", "laugh"),
        # a description holds no verb: the party ends before "has denied"
        ("The Liberals' campaign director has denied a report claiming that the chip is late.", "Liberals' campaign director", "deny"),
        ("\"The chip is years too late,\" Mira Koss grumbled.", "Mira Koss", "grumble"),
        ("Mira Koss bemoaned that the chip is late.", "Mira Koss", "bemoan"),
        # a chain of appositions: the name that opens it, not a place inside it
        ("Mira Koss, a fellow at Halden College in Leeds, England, and author of the study, said the chip is new.", "Mira Koss", "say"),
        ("\"The chip is new,\" Mira Koss, an analyst at a soil, air and water think tank told Reuters.", "Mira Koss", "tell"),
        ("Mira Koss, the chief of Brantel, was fired in May, said Reuters.", "Reuters", "say"),
        ("The chip, which Mira Koss built, is late, an aide said.", "aide", "say"),
        # a parenthesis between the subject and its verb; a title with a period after the verb
        ("The International Chip Council (ICC) said chip sales fell.", "International Chip Council", "say"),
        ("\"The chip is late and we know it,\" said Sen. Mira Koss (D-Ohio).", "Mira Koss", "say"),
        # the speaker after the verb, although a comma and a name come before it
        ("At the time of Dray's exit, sales fell sharply, said Mira Koss, head of the union.", "Mira Koss", "say"),
        # described parties, and "the <title>" for the person introduced with it
        ("Chip sales fell, the national military said on Monday.", "national military", "say"),
        ("Last month her lawyers said chip sales fell.", "her lawyers", "say"),  # a time phrase is no party
        ("\"Stay where you are and wait,\" an officer told the crowd.", "officer", "tell"),
        ("Brantel Governor Mira Koss spoke. Later the governor said chip sales fell.", "Mira Koss", "say"),
        ("The role went to actress Mira Koss. Later the actress said chip sales fell.", "Mira Koss", "say"),
        ("The prosecutor\u2019s office said chip sales fell.", "prosecutor\u2019s office", "say"),  # an office speaks
        ("The three firms claim that the chip is faster.", "three firms", "claim"),
        ("The Oslo-based firm said chip sales fell.", "Oslo-based firm", "say"),  # a name before a hyphen modifies
        ("Brantel Corp makes chips. Brantel Corp raised its payout, but warned that costs may rise.", "Brantel Corp", "warn"),
        ("Brantel Corp makes chips. It said data from its plants showed a fall.", "Brantel Corp", "say"),
        ("Brantel Corp makes chips. Its shares fell on the Oslo Bors after it said sales fell.", "Brantel Corp", "say"),
        ("Mira Koss and her team wrote in the new paper, which was published today.", "Mira Koss", "write"),
        ("In 1997, Mira Koss wrote, she met the envoy at a fair.", "Mira Koss", "write"),
        ("Brantel Corp makes chips. Brantel Corp expects 16 million chips will be sold, the firm warned.", "Brantel Corp", "expect"),
        ("Brantel Corp expects 200 new stores in 2026.", "Brantel Corp", "expect"),  # its object is a forecast
        # an opening phrase without a comma is no part of the subject
        ("In a joint statement the two firms said chip sales fell.", "two firms", "say"),
        ("At least three analysts said chip sales fell.", "At least three analysts", "say"),
        # a verb and its object are no description: the subject is before them
        ("Brantel Corp makes chips. Brantel Corp, which runs plants, issued a statement warning that sales fell.", "Brantel Corp", "warn"),
        # an inverted verb with a described speaker after it, without where it spoke
        ("\"Chip sales fell sharply this year,\" wrote analysts from the bank.", "analysts from the bank", "write"),
        ("Brantel Corp makes chips. Chip sales fell, added the company in a statement.", "Brantel Corp", "add"),
        ("In January Mira Koss said chip sales fell.", "Mira Koss", "say"),  # from the name after the phrase
        # a country's envoy is no country; a person set off after "according to his aunt" is the source
        ("Kenya's ambassador to Britain accused the UK of blocking chip sales.", "Kenya's ambassador to Britain", "accuse"),
        ("Kenya's ambassador to Britain Mira Koss said chip sales fell.", "Mira Koss", "say"),
        ("Colm Dray left in May. Chip sales fell, according to his aunt, Mira Koss, who runs a shop.", "Mira Koss", "according to"),
        # nested origins: the reporting verb outside the others, or one that ends the clause
        ("Mira Koss said Brantel Corp expects 200 new stores.", "Mira Koss", "say"),
        ("Brantel Corp expects 200 new stores, Mira Koss said.", "Mira Koss", "say"),
        ("Colm Dray said Quorra staff said chip sales fell by a third this year.", "Colm Dray", "say"),
        ("The senior official said he expects 200 new stores.", "senior official", "say"),  # "he" is the official
        ("The official said auditors had found 40 faults.", "official", "say"),
    ],
)
def test_sources(text, source, cue):
    ((got_source, got_cue, _),) = sourced(text)
    assert (got_source, got_cue) == (source, cue)


def test_a_document_stands_for_its_author():
    text = (
        "Mira Koss, who runs Brantel, said in an internal memo that the chip is late. "
        "According to the memo, the team will ship it in May."
    )
    assert [s for s, _, _ in sourced(text)] == ["Mira Koss", "Mira Koss"]


def test_two_independent_sources_give_two_claims():
    text = "Bloomberg noted on Monday that the chip is late, but Reuters warns that it may never ship."
    assert sorted(sourced(text)) == [("Bloomberg", "note", "reported"), ("Reuters", "warn", "speculative")]


def test_a_joint_source_gives_one_claim_per_party():
    text = "On Monday, Brantel and Quorra said the deal closed."
    assert sorted(s for s, _, _ in sourced(text)) == ["Brantel", "Quorra"]


def test_a_joint_subject_set_off_by_appositions_gives_one_claim_per_person():
    text = "Mira Koss, the former envoy to Brantel, and Colm Dray, a former official, testified that the chip was late."
    assert sorted(s for s, _, _ in sourced(text)) == ["Colm Dray", "Mira Koss"]


def test_a_listener_after_the_verb_is_no_speaker():
    text = "Mira Koss, an analyst at Fenwick, told Bloomberg in May that chip sales fell."
    assert sourced(text) == [("Mira Koss", "tell", "reported")]


def test_the_title_of_a_deputy_is_not_the_title():
    text = "Vice President Colm Dray spoke. Later the president said chip sales fell."
    assert [s for s, _, _ in sourced(text)] == ["president"]


def test_pronouns_resolve_to_the_last_person():
    text = "Mira Koss runs Brantel. She said the chip is late."
    assert sourced(text) == [("Mira Koss", "say", "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "Brantel declined to comment on the chip.",
        "Brantel issued a memo declaring a 'Code Red' at the lab.",  # an action, not a claim
        "The chip is widely seen as late.",
        "The chip reportedly shipped late.",
        "The strategy emphasized by the board changed.",
        "Editor's note: the chip is late.",  # "note" after a possessive is a noun
        "He broke his often-repeated vow that the chip would ship.",  # a noun after its adjective
        "Chip sales rose in Ohio and other states where it is legal.",  # "state" is a noun as often as a verb
        "The New York state attorney general is looking at the chip.",
        "Quorra posted a 22% rise in chip profit.",  # results, not words
        "In order to ship the chip, Quorra cut prices.",
        "Mira Koss, who runs Brantel, did not say when the chip would ship.",
        "Chip workers continued.",  # "continue" says something only next to a quotation
        "The chip team continued that trend in May.",
        "Mira Koss laughed at the idea that the chip is late.",  # a tag of speech only beside a quotation
        "Years before Mira Koss wrote The Long Road, the envoy made films.",  # a work written, not words
        "If it seemed like Mira Koss had written the letter herself, she had.",
        "Among the firms accused were Brantel and Quorra.",  # a participle describing "firms"
        "The move by Brantel has been widely expected.",  # a passive, with its adverb
        "The Brantel chip isn\u2019t expected until May.",
        "Mira Koss, the head of Brantel, has agreed to take the job.",  # no inverted verb of saying
    ],
)
def test_not_attributions(text):
    assert sourced(text) == []


@pytest.mark.parametrize(
    "text, sourced_, modality",
    [
        ("Mira Koss said Brantel plans to ship the chip.", True, Modality.PLANNED),
        ("Mira Koss said Brantel will ship the chip.", True, Modality.PLANNED),
        ("Mira Koss said demand will exceed supply.", True, Modality.EXPECTED),
        ("Mira Koss said revenue is expected to grow.", True, Modality.EXPECTED),
        ("Mira Koss said the chip may slip.", True, Modality.SPECULATIVE),
        ("Brantel plans to ship, and revenue is expected to grow, but it may slip.", False, Modality.SPECULATIVE),
        ("Brantel plans to ship a chip, which is expected to sell well.", False, Modality.PLANNED),
        ("Mira Koss said the chip is late.", True, Modality.REPORTED),
        ("The chip is late.", False, Modality.ASSERTED),
        ("She asked whether the firms will merge.", True, Modality.REPORTED),
        ("Mira Koss instructed that the team should ship it.", True, Modality.REPORTED),
        ("Analysts said the chip should sell well.", True, Modality.EXPECTED),
        ("Brantel is on track to beat its goal.", False, Modality.EXPECTED),
        ("Brantel would have shipped it.", False, Modality.SPECULATIVE),
        ("We oppose the plan to cut the chip.", False, Modality.ASSERTED),  # "plan" is a noun here
        ("The guards should have checked the cells.", False, Modality.ASSERTED),  # a duty missed
        ("Mira Koss vowed to cut costs.", True, Modality.PLANNED),
        ("Not everyone will succeed.", False, Modality.EXPECTED),  # a thing will happen
        ("Mira Koss said the new logo will look sharper.", True, Modality.EXPECTED),
        ("I believe it will hold its value.", False, Modality.EXPECTED),  # a belief before the subject
        ("She hoped the deal would ease the strain.", True, Modality.EXPECTED),
        ("It will be really exciting.", False, Modality.EXPECTED),  # "it" is no actor before "be"
        ("Brantel said it will increase its dividend.", True, Modality.PLANNED),  # but is one here
        ("Will Dunn told the paper it was wrong.", True, Modality.REPORTED),  # a name, not the modal
        ("Although she had written a will, it was never signed.", False, Modality.ASSERTED),  # the noun
        ("Brantel ran three rounds of planned outages.", False, Modality.ASSERTED),  # a participle
        ("The launch was planned for May.", False, Modality.PLANNED),
        ("Brantel signed a deal that will double its output.", False, Modality.ASSERTED),  # relative "that"
        ("Mira Koss is confident that 2027 will beat 2026.", True, Modality.EXPECTED),
        ("Analysts expect sales to grow.", True, Modality.EXPECTED),
    ],
)
def test_modality(text, sourced_, modality):
    cue = "instruct" if "instructed" in text else None
    assert modality_of(text, 0, len(text), sourced=sourced_, cue=cue) is modality


def test_claim_spans_are_sentences_and_link_their_annotations():
    text = 'Brantel hired Mira Koss. "We will ship the chip in May," Koss said.'
    article = nc.extract(text, id="t")
    (claim,) = [c for c in article.claims if c.source]
    assert claim.text == '"We will ship the chip in May," Koss said.'
    assert claim.quotes == (article.quotes[0].id,)
    assert claim.modality is Modality.PLANNED


def _norm(name):
    name = (name or "").lower()
    return name[4:] if name.startswith("the ") else name


def test_seed_claims_meet_the_issue_targets(seed_paths):
    gold_dir = SHARED / "gold" / "seeds"
    if not gold_dir.is_dir():
        pytest.skip("no shared gold")
    tp = predicted = total = matched = modality_ok = 0
    for path in seed_paths:
        gold = json.loads((gold_dir / f"{path.stem}.json").read_text(encoding="utf-8"))
        forms = {}
        for e in gold["entities"]:
            for form in (e["name"], *e["aliases"]):
                forms[_norm(form)] = _norm(e["name"])
        claims = nc.extract_file(path).claims
        got = {(c.start, c.end, forms.get(_norm(c.source), _norm(c.source))) for c in claims if c.source}
        want = {(c["start"], c["end"], forms.get(_norm(c["source"]), _norm(c["source"]))) for c in gold["claims"] if c["source"]}
        tp += len(got & want)
        predicted += len(got)
        total += len(want)
        by_span = {(c.start, c.end): c.modality.value for c in claims}
        for g in gold["claims"]:
            if (g["start"], g["end"]) in by_span:
                matched += 1
                modality_ok += by_span[(g["start"], g["end"])] == g["modality"]
    precision, recall = tp / predicted, tp / total
    assert 2 * precision * recall / (precision + recall) >= 0.8
    assert modality_ok / matched >= 0.75
