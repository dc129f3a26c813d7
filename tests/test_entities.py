"""Entities without a model: which capitalised words are names, of what kind, with which aliases.

Texts are written for these tests; the seed check reads the hand-made gold
in ../shared and is skipped when it is absent.
"""

import json

import pytest

import newsclaims as nc
from newsclaims.model import EntityKind, Span
from newsclaims.text.entities import find_entities
from newsclaims.text.names import acronym_of, cluster_forms
from newsclaims.text.sentences import split_sentences

from .conftest import SHARED

P, O, M, PR, PL = EntityKind.PERSON, EntityKind.ORG, EntityKind.MEDIA, EntityKind.PRODUCT, EntityKind.PLACE


def entities(text):
    found = find_entities(text, tuple(split_sentences(text, [Span(0, len(text))])))
    return {e.name: e for e in found}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Zorvex CEO Dana Quill said sales rose. Quill left early.", "Dana Quill", P),
        ("Zorvex CEO Dana Quill said sales rose.", "Zorvex", O),
        ("Shares of Brantel fell after the Vice President of Product Mira Koss resigned.", "Mira Koss", P),
        ("The firm hired Colm Dray, a partner at Fenwick Ventures, last year.", "Colm Dray", P),
        ("The firm hired Colm Dray, a partner at Fenwick Ventures, last year.", "Fenwick Ventures", O),
        ("Halvory, a startup founded by two engineers, raised money.", "Halvory", O),
        ("Users can try the Quorra browser and the Vexa 2 Pro model.", "Quorra", PR),
        ("Users can try the Quorra browser and the Vexa 2 Pro model.", "Vexa 2 Pro", PR),
        ("The team shipped Tarsa-4.1 this week.", "Tarsa-4.1", PR),
        ("Insiders told The Information that the plan changed.", "The Information", M),
        ("Prices rose in Germany and in Silicon Valley.", "Germany", PL),
        ("Prices rose in Germany and in Silicon Valley.", "Silicon Valley", PL),
        # the lexicon's countries and large cities: what no rule can know when nothing places them
        ("Chad and Niger signed the pact; Uganda said it would follow.", "Uganda", PL),
        ("Chad and Niger signed the pact; Uganda said it would follow.", "Chad", PL),
        ("Chad Reyes, who runs Vardo, said sales rose.", "Chad Reyes", P),
        ("Nairobi and Kyiv hosted the talks before Buenos Aires did.", "Buenos Aires", PL),
        ("Jordan Peterson said the Jordan Valley flooded.", "Jordan Peterson", P),  # a given name first
        ("Jordan Peterson said the Jordan Valley flooded.", "Jordan Valley", PL),  # a place word last
        ("Ships left the Gaza Strip.", "Gaza Strip", PL),
        # a place opens the name of a paper, a team or a company, but not a title after it
        ("She read the Pittsburgh Post-Gazette.", "Pittsburgh Post-Gazette", M),
        ("The Pittsburgh Steelers won and Munich Re paid.", "Pittsburgh Steelers", O),
        ("The Pittsburgh Steelers won and Munich Re paid.", "Munich Re", O),
        ("Texas Gov. Greg Abbott spoke.", "Texas", PL),
        ("Virginia Power and the Texas Rangers gained.", "Virginia Power", O),  # not a person
        ("Virginia Power and the Texas Rangers gained.", "Texas Rangers", O),
        ("Tennessee Gas and Texas Oil rose.", "Texas Oil", O),  # two companies, each named by its place
        ("He posted the clip on X before noon.", "X", PR),
        ("The deal was approved by the Securities and Exchange Commission on Monday.", "Securities and Exchange Commission", O),
        ("The Canada-based company grew.", "Canada", PL),
        # place cues for names no lexicon knows, and what they give way to
        ("Ticket sales rose in Varnholt after the fair opened.", "Varnholt", PL),
        ("A Brelmont-based supplier cut prices.", "Brelmont", PL),
        ("The Brelmont-based Quorra Labs cut prices.", "Quorra Labs", O),  # the name after the adjective
        ("The Vardo-listed Quellon Group rose.", "Quellon Group", O),  # any lower-case tail is an adjective's
        ("The Oscar-winning Mara Velt spoke, and Vardo-designed chips sold.", "Vardo", O),
        ("President Moon Jae-in met Tsai Ing-wen.", "Moon Jae-in", P),  # a romanised name's syllables
        ("President Moon Jae-in met Tsai Ing-wen.", "Tsai Ing-wen", P),
        ("Police in Ostrava Falls, Texas, closed the road.", "Ostrava Falls", PL),
        ("The team flew from San Verano to Fort Ardley on Monday.", "San Verano", PL),  # a place's first word
        ("The team flew from San Verano to Fort Ardley on Monday.", "Fort Ardley", PL),
        ("Factories in the Vardo Basin make it more cheaply.", "Vardo Basin", PL),
        ("Rain fell on the northern Tarrow Hills, he said.", "Tarrow Hills", PL),
        ("The northern Vesna Kolar has seen no rain, he said.", "Vesna Kolar", PL),
        ("Investors bought shares in Quellon after the report.", "Quellon", O),
        ("The study was published in Veltrix this week.", "Veltrix", M),  # a journal
        ("The findings were published in Corvan Astronomy on Monday.", "Corvan Astronomy", M),
        ("A telescope atop Mauna Tarel found it.", "Mauna Tarel", PL),
        ("Analysts saw a rise in Varco's sales.", "Varco", O),
        ("Congress met, as in Harlow they argued.", "Harlow", O),
        ("Students at the University of Harmsby met the staff.", "University of Harmsby", O),
        ("Ships crossed the Gulf of Tarrow overnight.", "Gulf of Tarrow", PL),
        ("The Halden Space Telescope took the images.", "Halden Space Telescope", PR),
        ("She bought the Corvin Pro last year.", "Corvin Pro", PR),
        ("He won the Mirelle Award in March.", "Mirelle Award", EntityKind.EVENT),
        ("It has a 2.6GHz Quorra Core chip inside.", "Quorra Core", PR),
        ("The bill was signed by Marco DeLuca on Monday.", "Marco DeLuca", P),  # a capital inside a surname
        ("Dr. Mara Velt of the Corran Department of Health says the risk continues.", "Mara Velt", P),  # only at a start
        ("Troops of the People's Vardo Army moved in.", "People's Vardo Army", O),  # a plural's possessive opens it
        ("It changed, National Security Adviser Jon Brolton said.", "Jon Brolton", P),
        ("Public Ombudsman Nadia Vell said the deaths were caused by gunfire.", "Nadia Vell", P),
        # a demonym or party word before a given name describes the person
        ("The title went to American Andy Korvell after a long final.", "Andy Korvell", P),
        ("Liberal Democrat Alan Brisk and Labour MP Tom Vardy voted against.", "Alan Brisk", P),
        ("Liberal Democrat Alan Brisk and Labour MP Tom Vardy voted against.", "Tom Vardy", P),
        ("Swede Anders Vollby beat Briton Tim Harrel, and Scot Nick Varl lost.", "Anders Vollby", P),  # demonym nouns
        ("Swede Anders Vollby beat Briton Tim Harrel, and Scot Nick Varl lost.", "Tim Harrel", P),
        ("Swede Anders Vollby beat Briton Tim Harrel, and Scot Nick Varl lost.", "Nick Varl", P),
        # a role noun capitalised to open a sentence is a title
        ("Actor Colm Dravin joined the cast. Boss Henk Varl said so.", "Colm Dravin", P),
        ("Actor Colm Dravin joined the cast. Boss Henk Varl said so.", "Henk Varl", P),
        ("Defenseman Jonas Brell scored twice.", "Jonas Brell", P),
        # a score after a name is no version number
        ("Tarik Velo beat Ana Mirov 6-4, 7-5 on Sunday.", "Tarik Velo", P),
        ("Vardons 4, Hawks 1: Ana Velo scored for the Vardons.", "Hawks", O),
        ("It plays Quorra 2, Vexa 3 and Tarsa 4 well.", "Vexa 3", PR),  # versions listed are no scores
        # two plain words are no person after a demonym, a compass word or "the"
        ("Readers at the British Vellum library met staff of Eastern Tarrow.", "British Vellum", O),
        ("The Doobie Larks played at the Vardo Box on Friday.", "Doobie Larks", O),
        ("The Doobie Larks played at the Vardo Box on Friday.", "Vardo Box", O),
        ("Exports from West Germany and North India rose.", "West Germany", PL),
        ("Exports from West Germany and North India rose.", "North India", PL),
        # a role a company fills as often as a person says nothing of one word
        ("Staff left after Vardex, its largest investor, cut funding.", "Vardex", O),
        ("The bid by rival Quellon failed.", "Quellon", O),
        # a role before "and" does not make an acronym a person
        ("Lead researcher and NORVA scientist Ana Pell found it; the NORVA team agreed.", "NORVA", O),
        # a full name taken up again by its surname alone is a person, whatever one context says
        ("Jessa Brell sang. Critics called Brell's voice the best. Brell smiled.", "Jessa Brell", P),
        # the last word says what a name is
        ("Staff at the Vardo Propulsion Laboratory and the Tarrow Mission Directorate agreed.", "Vardo Propulsion Laboratory", O),
        ("Staff at the Vardo Propulsion Laboratory and the Tarrow Mission Directorate agreed.", "Tarrow Mission Directorate", O),
        ("The band played the Ryland Auditorium and the Kessel Amphitheatre.", "Ryland Auditorium", PL),
        ("Snow fell on the Kessel Plateau.", "Kessel Plateau", PL),
        ("Volunteers of Transparency Vardo International met.", "Transparency Vardo International", O),
        ("The Racketeer Influenced and Corrupt Organisations law applies.", "Racketeer Influenced and Corrupt Organisations", O),
        ("Kessel Brothers International Ltd and Vardo Bank Corp led the sale.", "Kessel Brothers International Ltd", O),
        ("Kessel Brothers International Ltd and Vardo Bank Corp led the sale.", "Vardo Bank Corp", O),
        # "and" inside the name of a body: "X of/for Y and Z", "... and Border Protection"
        ("The Organisation for Vardo Co-operation and Development said so.", "Organisation for Vardo Co-operation and Development", O),
        ("The Department of Health and Vardo Services agreed.", "Department of Health and Vardo Services", O),
        ("Agents of Customs and Border Protection met.", "Customs and Border Protection", O),
        # a work named after its kind is no person ("the boxing drama X", "her album X")
        ("Critics loved the boxing drama Million Vardo Baby this year.", "Million Vardo Baby", PR),
        ("She sang from her album Dirty Kessel Things on Friday.", "Dirty Kessel Things", PR),
        # last words of companies, papers, products and events
        ("The show is made by Vardo Kell Productions for the Tarrow Courant.", "Vardo Kell Productions", O),
        ("The show is made by Vardo Kell Productions for the Tarrow Courant.", "Tarrow Courant", M),
        ("He reached the Vardo Cup Finals and played Tarrow Simulator.", "Vardo Cup Finals", EntityKind.EVENT),
        ("He reached the Vardo Cup Finals and played Tarrow Simulator.", "Tarrow Simulator", PR),
        # an outlet opening a longer name of a thing
        ("The Dow Jones Industrial Average fell; Dow Jones reported it.", "Dow Jones Industrial Average", PR),
        ("Troops of Operation Vardo Resolve left.", "Operation Vardo Resolve", EntityKind.EVENT),
        # a given name, initials and a surname
        ("The saga by George R.R. Vardin and the essay by John M. Kessel sold.", "George R.R. Vardin", P),
        ("The saga by George R.R. Vardin and the essay by John M. Kessel sold.", "John M. Kessel", P),
        # a surname used alone: what is said around it tells a person from a company
        ("The club said Brakwell, 28, signed a new deal.", "Brakwell", P),
        ("From the stand, Drennick's wife watched the game.", "Drennick", P),
        ("The goal came when striker Vollan beat two men.", "Vollan", P),
        ("After the game, Tarvel said he was fit to play.", "Tarvel", P),
        ("The deal was signed by Quorvex, a defender, on Friday.", "Quorvex", P),
        # a club's last word makes it a team; in a football report so do City, County and Town
        ("Vardham United beat Tarrow Rovers; Kessel Athletic drew.", "Vardham United", O),
        ("Vardham United beat Tarrow Rovers; Kessel Athletic drew.", "Tarrow Rovers", O),
        ("The striker left Vardham City for Tarrow County in the Premiership.", "Vardham City", O),
        ("The striker left Vardham City for Tarrow County in the Premiership.", "Tarrow County", O),
        ("Floods hit Vardham City and Tarrow County on Monday.", "Tarrow County", PL),
        ("Manchester United fans sang.", "Manchester United", O),  # a place opens a club's name
        # two plain words lean to a person, but not when the first is an ordinary word of the article
        ("The Magic Vardo is back, and the magic is in the keys.", "Magic Vardo", O),
        ("Staff of Vardex Kessel patrol the border near Tarrow.", "Vardex Kessel", P),
        ("Staff of Border Vardex patrol the border near Tarrow.", "Border Vardex", O),
        ("Talks with Van Quellen went on; a van waited.", "Van Quellen", P),  # a surname's particle
        # two plain words after "the journal" are a publication
        ("The study was published in the journal Corvan Letters on Monday.", "Corvan Letters", M),
    ],
)
def test_kinds(text, name, kind):
    found = entities(text)
    assert name in found, sorted(found)
    assert found[name].kind is kind, found[name]


def test_aliases_cluster_the_forms_of_one_entity():
    text = (
        "Rhea Vantor runs the lab. Vantor said the Orbix Gemma model is ready. "
        "A Wall Street Journal story said so, and the WSJ later agreed. Orbix Gemma beat Gemma 2."
    )
    found = entities(text)
    assert found["Rhea Vantor"].aliases == ("Vantor",)
    assert "WSJ" in found["Wall Street Journal"].aliases
    assert "Gemma 2" in found and "Gemma 2" not in found["Orbix Gemma"].aliases


def test_a_name_and_its_form_with_a_demonym_are_one_entity():
    found = entities("The Afghan Vardel rejected the talks. Vardel fighters left.")
    assert found["Afghan Vardel"].aliases == ("Vardel",), sorted(found)
    # but a place within a place is another place
    found = entities("Rain fell in Northern Ireland and in Ireland.")
    assert "Ireland" in found and "Northern Ireland" in found


def test_an_ordinary_word_opening_a_sentence_leaves_the_name_after_it():
    found = entities("Getting Quorra to agree took weeks. Quorra said no. Mrs Vell agreed. Mrs Vell left.")
    assert [(m.start, m.end) for m in found["Quorra"].mentions] == [(8, 14), (36, 42)]
    assert "Mrs Vell" in found  # an honorific stays


def test_a_full_name_is_written_without_its_honorific():
    found = entities("The call went to Dr. Mira Anne Koss, a physician. Koss said it was rare.")
    assert "Mira Anne Koss" in found, sorted(found)
    assert set(found["Mira Anne Koss"].aliases) == {"Dr. Mira Anne Koss", "Koss"}


def test_two_honorific_forms_of_one_person_are_one_entity():
    found = entities("Dr Mira Koss of Brantel spoke first. Dr Koss said the chip was late.")
    assert "Mira Koss" in found, sorted(found)
    assert set(found["Mira Koss"].aliases) == {"Dr Mira Koss", "Dr Koss"}


def test_mr_surname_joins_the_full_name():
    found = entities("Tom Ellery runs Pellam. Mr Ellery said it was fine. Ellery left.")
    assert set(found["Tom Ellery"].aliases) == {"Ellery", "Mr Ellery"}


def test_every_mention_is_a_span_of_the_name():
    text = "Kestrel Labs hired Ana Velo. Later, Kestrel Labs fired Velo."
    for e in entities(text).values():
        for m in e.mentions:
            assert text[m.start : m.end] in (e.name, *e.aliases)


@pytest.mark.parametrize(
    "text, not_a_name",
    [
        ("However, the plan failed. Critics said so.", "Critics"),  # sentence openers
        ("They declared a 'Code Red' at the lab.", "Code Red"),  # a short quoted term
        ("Sales rose in December and on Monday.", "December"),
        ("The AI and the API were new.", "AI"),
        ("Chinese firms and American buyers met.", "Chinese"),
        ("The Dutchman beat the Swede, and the Italians cheered.", "Dutchman"),  # a demonym noun
        ("The Dutchman beat the Swede, and the Italians cheered.", "Swede"),
        ("The Local Search Optimization (LSO) method works.", "LSO"),  # a concept and its acronym
        ("GET OUT and VOTE, he wrote; everyone should get out and vote.", "VOTE"),
        ("The band plans a North American tour with South African acts.", "North"),
        ("The band plans a North American tour with South African acts.", "South"),
        ("Polls moved.\n\nWHO LEADS THE RACE?\n\nNobody knows.", "WHO LEADS THE RACE"),
        ("It has a 2.6GHz Quorra Core chip and 512GB of storage.", "GHz Quorra Core"),  # glued to a digit
        ("It has a 2.6GHz Quorra Core chip and 512GB of storage.", "GB"),
        ("The engine makes 197 Nm of torque; the old one made 150 Nm.", "Nm"),  # seen only after numbers
        ("It broke, and I’ll say so; I’ve seen worse, and We’re done.", "I’ll"),  # a pronoun and a verb
        ("It broke, and I’ll say so; I’ve seen worse, and We’re done.", "I’ve"),
        ("It broke, and I'll say so; I've seen worse, and we're done.", "I'll"),
        ("Sales fell. My 15-inch Quorra Book has a Touch Strip.", "My 15"),
        ("Sales fell. Roughly 14 people at Quorra Labs left.", "Roughly 14"),
        ("The Oscar-winning Mara Velt spoke to China-sympathetic groups.", "Oscar-winning"),
        ("The Oscar-winning Mara Velt spoke to China-sympathetic groups.", "China-sympathetic"),
        ("Sen. Ted Varga (R-Texas) and Rep. Ana Molt (D-Calif.) spoke.", "R-Texas"),  # a party and state
        ("Sen. Ted Varga (R-Texas) and Rep. Ana Molt (D-Calif.) spoke.", "D-Calif"),
        ("Sen. Ted Varga, R-Neb., said the bill would pass.", "R-Neb"),
        ("It changed, National Security Adviser Jon Brolton said.", "National Security"),  # a title's department
        ("Tarik Velo beat Ana Mirov 6-4, 7-5 on Sunday.", "Tarik Velo 6"),  # a score
        ("Tarik Velo beat Ana Mirov 6-4, 7-5 on Sunday.", "Ana Mirov 6"),
        ("She spoke at Quorra 20/20 in May.", "Quorra 20"),  # a fraction
        ("Vardons 4, Tarrow Hawks 1: Ana Velo scored twice.", "Vardons 4"),  # a result line
        ("Vardons 4, Tarrow Hawks 1: Ana Velo scored twice.", "Tarrow Hawks 1"),
        ("Liberal Democrat Alan Brisk voted against.", "Liberal Democrat Alan Brisk"),
        ("Liberal Democrat Alan Brisk voted against.", "Liberal"),
        ("Actor Colm Dravin joined the cast.", "Actor Colm Dravin"),
        # an "and" after an acronym, or before a given name or a place, parts two names
        ("Deals with Vardo Machine and Kell Tarrow Productions fell through.", "Vardo Machine and Kell Tarrow Productions"),
        ("Shares of KLMV and Vardo Bank rose.", "KLMV and Vardo Bank"),
        ("Staff of the Institute for Vardo Studies and Mary Kell met.", "Institute for Vardo Studies and Mary Kell"),
        ("It sells Knights of the Old Republic and Vardo Nights.", "Knights of the Old Republic and Vardo Nights"),
        # an ordinary word opening a sentence is not part of the name after it
        ("Getting Quorra to agree took weeks. Quorra said no.", "Getting Quorra"),
        ("Released 25 years ago, the album sold well.", "Released 25"),
        # a dateline ends where a sentence starts
        ("LONDON (Reuters) - Scientists on Monday found a new moon.", "Scientists"),
    ],
)
def test_not_names(text, not_a_name):
    assert not_a_name not in entities(text)


def test_a_party_and_state_is_not_a_name_but_d_day_is():
    found = entities("Sen. Ted Varga (R-Texas) spoke as veterans marked D-Day in Normandy and D-Wave sold chips.")
    assert "R-Texas" not in found and "D-Day" in found and "D-Wave" in found


def test_words_seen_only_at_sentence_starts_need_evidence():
    found = entities("Meanwhile the deal closed. Brixo, a startup, grew. Recently it slowed.")
    assert "Brixo" in found and "Meanwhile" not in found and "Recently" not in found


def test_acronym_and_clustering_helpers():
    assert acronym_of("The Wall Street Journal") == "WSJ"
    canonical = cluster_forms(["Sam Ode", "Ode", "Mr Ode", "Acme Inc", "Acme"], {"Sam Ode", "Mr Ode"}, {})
    assert canonical["Ode"] == canonical["Mr Ode"] == "Sam Ode"
    assert canonical["Acme"] == "Acme Inc"


def _norm(name):
    name = name.lower()
    return name[4:] if name.startswith("the ") else name


def test_seed_entities_meet_the_issue_targets(seed_paths):
    gold_dir = SHARED / "gold" / "seeds"
    if not gold_dir.is_dir():
        pytest.skip("no shared gold")
    tp = predicted = total = kind_ok = 0
    for path in seed_paths:
        gold = json.loads((gold_dir / f"{path.stem}.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        body = [Span(b["start"], b["end"]) for b in gold["body"]]
        found = find_entities(text, tuple(split_sentences(text, body)))
        gold_forms = [({_norm(g["name"])} | {_norm(a) for a in g["aliases"]}, g) for g in gold["entities"]]
        taken = set()
        for e in found:
            forms = {_norm(f) for f in (e.name, *e.aliases)}
            for i, (gf, g) in enumerate(gold_forms):
                if i not in taken and forms & gf:
                    taken.add(i)
                    tp += 1
                    kind_ok += g["kind"] == e.kind.value
                    break
        predicted += len(found)
        total += len(gold["entities"])
    precision, recall = tp / predicted, tp / total
    assert 2 * precision * recall / (precision + recall) >= 0.85
    assert kind_ok / tp >= 0.85


def test_pipeline_numbers_entities_by_first_mention():
    article = nc.extract("Vorta Labs hired Ina Pell. Pell said Vorta Labs is growing.", id="t")
    assert [e.id for e in article.entities] == [f"e{i}" for i in range(1, len(article.entities) + 1)]
    assert {e.name for e in article.entities} >= {"Vorta Labs", "Ina Pell"}


def test_in_hard_wrapped_text_a_name_runs_over_the_line_break():
    import newsclaims as nc

    text = (
        "Secretary of State George\n"
        "Shultz acknowledged failings in the affair but said he would not\n"
        "resign, and told reporters in Washington he had done nothing wrong.\n"
    )
    article = nc.extract(text)
    (shultz,) = [e for e in article.entities if "Shultz" in e.name]
    assert shultz.name == "George Shultz" and shultz.kind == "PERSON"
    assert [text[m.start : m.end] for m in shultz.mentions] == ["George\nShultz"]
    assert article.claims[0].text == text.rstrip("\n") and article.claims[0].source == "George Shultz"


def test_a_word_in_a_web_address_is_not_the_ordinary_word():
    found = entities("Fans posted on Quillr all day. (pic.quillr.com/x1 and https://quillr.com/y)")
    assert "Quillr" in found, sorted(found)
    found = entities("Fans posted on Quillr all day, and more at quillr.com every night.")
    assert "Quillr" in found, sorted(found)


def test_the_outlet_that_says_he_stays_no_person():
    found = entities("Rain fell in Vardon. The Quellport Post says he was arrested. The Post says he fled.")
    assert found["Quellport Post"].kind is M, sorted(found)


def test_a_first_name_used_alone_joins_the_full_name():
    text = (
        "The song was written by Brisa Talley and Nyla Fenn. It came, like Nyla and Brisa hoped, "
        "in a day, and Talley said so."
    )
    found = entities(text)
    assert found["Brisa Talley"].kind is P and set(found["Brisa Talley"].aliases) == {"Brisa", "Talley"}, sorted(found)
    # a maker and its product stay one: "Vorta" is named again and again, and does things
    found = entities("Vorta hired staff. Vorta grew. Vorta sold more. The Vorta Gemma model and Gemma sold well.")
    assert found["Vorta Gemma"].kind is PR, sorted(found)


def test_a_name_listed_with_people_or_places_takes_their_kind():
    text = (
        "Tomas Vrell and Ivo Kastner scored, and Piet Oddo saved a penalty.\n\n"
        "Vardon: Oddo, Kastner, Brelloway, Quint, Vrell. Rain fell in Ostrel, Varnholt, Tarrow and Quenby."
    )
    found = entities(text)
    assert found["Brelloway"].kind is P and found["Quint"].kind is P, sorted(found)
    # a list opens with no ", and": the town a man is from is no person
    found = entities("Tomas Vrell, from Quenby, and Ivo Kastner, Piet Oddo and Ana Velo were freed.")
    assert found["Quenby"].kind is not P, sorted(found)
    # a team sheet: a line after "Subs:", and substitutes with their minutes, are players
    found = entities("Vardon won 2-1.\n\nSubs Not Used: Brack, Tovey, Quellin, Marrow.")
    assert found["Tovey"].kind is P and found["Marrow"].kind is P, sorted(found)
    found = entities("Vardon won.\n\nTarrow: Kessel, Marlow, Trent (Pellow 77), Dunmore, Harlan (Tull 80), Ovett.")
    assert found["Dunmore"].kind is P and found["Ovett"].kind is P, sorted(found)
    # but a name in parentheses is no substitute without a minute
    found = entities("It met Vardo Trade and Tarrow Development (VTTD), Kessel and Marlow.")
    assert found["VTTD"].kind is not P, sorted(found)


def test_a_surname_joins_a_full_name_with_a_generation_or_a_title_of_rank():
    found = entities("Police held Patrick W. Vellard Jr., 55, of Tarrow. Vellard faces jail.")
    assert found["Patrick W. Vellard Jr."].aliases == ("Vellard",), sorted(found)
    found = entities("It was, Cmdr. Sean Brolley said. Later Brolley said no, as Coach P.J. Vasko did.")
    assert found["Sean Brolley"].aliases == ("Brolley",), sorted(found)
    assert found["P.J. Vasko"].kind is P, sorted(found)


def test_forms_of_one_given_name_with_one_surname_are_one_person():
    found = entities("Police charged Patrick W. Vellard. Pat Vellard denies it. Then Vellard left court.")
    assert set(found["Patrick W. Vellard"].aliases) == {"Pat Vellard", "Vellard"}, sorted(found)
    assert found["Patrick W. Vellard"].kind is P
    # two given names are two people, and the surname alone is neither's
    found = entities("Venus Vellard beat Serena Vellard. Vellard smiled.")
    assert "Venus Vellard" in found and "Serena Vellard" in found
