"""find_metrics and the metrics plugin: what is a quantity, and how it is normalised.

The sentences below were written for this project to look like news copy
(wire, business and tech pages); none is taken from a corpus. A row gives
the metric's surface and ``(kind, value, unit, bound, high, change)``.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given

import newsclaims as nc
from newsclaims import find_metrics, format_metric, parse_metric
from newsclaims.document import Document, Layout
from newsclaims.metrics.document import document_metrics
from newsclaims.model import MetricKind, Span

from .conftest import SEEDS, SHARED, best_time
from .strategies import canonical_metrics, metric_values, value_formattings

D = Decimal
T = 10**12
B = 10**9
M = 10**6

CASES = [
    # money: symbols, codes, words, wire abbreviations, scales
    ("The group was valued at over $500 billion.", "over $500 billion", ("money", 500 * B, "USD", "lower", None, None)),
    ("It has committed approximately $1.4 trillion to data centres.", "approximately $1.4 trillion",
     ("money", D("1.4") * T, "USD", "approx", None, None)),
    ("Exports reached 830bn rupees ($19bn) last year.", "830bn rupees", ("money", 830 * B, "INR", "exact", None, None)),
    ("Exports reached 830bn rupees ($19bn) last year.", "$19bn", ("money", 19 * B, "USD", "exact", None, None)),
    ("The unit earned 50 mln dlrs in the quarter.", "50 mln dlrs", ("money", 50 * M, "USD", "exact", None, None)),
    ("The council approved Rs 500 crore for roads.", "Rs 500 crore", ("money", 5 * B, "INR", "exact", None, None)),
    ("The bond raised HK$2 billion.", "HK$2 billion", ("money", 2 * B, "HKD", "exact", None, None)),
    ("A US$3 billion loan was signed.", "US$3 billion", ("money", 3 * B, "USD", "exact", None, None)),
    ("She was fined €5m by the regulator.", "€5m", ("money", 5 * M, "EUR", "exact", None, None)),
    ("Profits hit £1.2bn.", "£1.2bn", ("money", D("1.2") * B, "GBP", "exact", None, None)),
    ("The deal is worth 20 million Swiss francs.", "20 million Swiss francs", ("money", 20 * M, "CHF", "exact", None, None)),
    ("Shares closed at 470 pence.", "470 pence", ("money", D("4.70"), "GBP", "exact", None, None)),
    ("Tickets cost USD 200 each.", "USD 200", ("money", 200, "USD", "exact", None, None)),
    ("The firm lost -$5 million on the trade.", "-$5 million", ("money", -5 * M, "USD", "exact", None, None)),
    ("Rivals are spending hundreds of billions of dollars on chips.", "hundreds of billions of dollars",
     ("money", None, "USD", "exact", None, None)),
    ("The round raised $10-20 million.", "$10-20 million", ("money", 10 * M, "USD", "exact", 20 * M, None)),
    # percentages and points
    ("The stock has surged by over 11% this month.", "over 11%", ("percent", 11, "%", "lower", None, "up")),
    ("Usage time has decreased by 22.5% since July.", "22.5%", ("percent", D("22.5"), "%", "exact", None, "down")),
    ("Shares were down 2.7% at noon.", "2.7%", ("percent", D("2.7"), "%", "exact", None, "down")),
    ("Revenue rose sharply in the third quarter by 5%.", "5%", ("percent", 5, "%", "exact", None, "up")),
    ("Revenue rose in the latest quarter some 5%.", "some 5%", ("percent", 5, "%", "approx", None, None)),
    ("Inflation was 10 percent in May.", "10 percent", ("percent", 10, "%", "exact", None, None)),
    ("Output grew 3.5 pct in the year.", "3.5 pct", ("percent", D("3.5"), "%", "exact", None, "up")),
    ("Turnout was 5 per cent lower.", "5 per cent", ("percent", 5, "%", "exact", None, "down")),
    ("Rates rose 0.25 percentage points.", "0.25 percentage points", ("percent", D("0.25"), "pp", "exact", None, "up")),
    ("Support is between 5% and 7%.", "5% and 7%", ("percent", 5, "%", "exact", 7, None)),
    ("Its share rose from 22% to 31%.", "22%", ("percent", 22, "%", "exact", None, None)),
    ("Its share rose from 22% to 31%.", "31%", ("percent", 31, "%", "exact", None, None)),
    ("About one in five adults use it.", "About one in five", ("percent", 20, "%", "approx", None, None)),
    ("Half of the staff work remotely.", "Half", ("percent", 50, "%", "exact", None, None)),
    ("The index fell 200 points.", "200 points", ("other", 200, "point", "exact", None, "down")),
    # multipliers
    ("Its customer base grew by over sevenfold.", "over sevenfold", ("multiplier", 7, "x", "lower", None, "up")),
    ("Usage surged 8x year on year.", "8x", ("multiplier", 8, "x", "exact", None, "up")),
    ("Demand is three times higher than forecast.", "three times", ("multiplier", 3, "x", "exact", None, None)),
    ("Sales rose seven-fold.", "seven-fold", ("multiplier", 7, "x", "exact", None, "up")),
    ("Inference got 100x cheaper in two years.", "100x", ("multiplier", 100, "x", "exact", None, "down")),
    ("Nearly 1000x more tokens were served.", "Nearly 1000x", ("multiplier", 1000, "x", "upper", None, "up")),
    ("Valuations ran at 100x to 125x sales.", "100x to 125x", ("multiplier", 100, "x", "exact", 125, None)),
    # durations and ages
    ("The plan was paused for eight weeks.", "eight weeks", ("duration", 8, "week", "exact", None, None)),
    ("It ran an eight-week trial.", "eight-week", ("duration", 8, "week", "exact", None, None)),
    ("A 55-year-old man was arrested.", "55-year-old", ("duration", 55, "year", "exact", None, None)),
    ("Results for the past half-year were weak.", "half-year", ("duration", D("0.5"), "year", "exact", None, None)),
    ("Workers save an hour each day.", "an hour", ("duration", 1, "hour", "exact", None, None)),
    ("He lost 14 followers in a week.", "a week", ("duration", 1, "week", "exact", None, None)),
    # "pounds" is a weight after a weighing word or before "of", else sterling
    ("At his exam he weighed 243 pounds.", "243 pounds", ("other", 243, "pound", "exact", None, None)),
    ("He bought two pounds of sugar.", "two pounds", ("other", 2, "pound", "exact", None, None)),
    ("He paid 20 pounds for the ticket.", "20 pounds", ("money", 20, "GBP", "exact", None, None)),
    ("It took up to 3 years.", "up to 3 years", ("duration", 3, "year", "upper", None, None)),
    # counts
    ("More than 800 million people use it weekly.", "More than 800 million", ("count", 800 * M, None, "lower", None, None)),
    ("Registrations reached 30,154 new cars.", "30,154", ("count", 30154, None, "exact", None, None)),
    ("The game between two forces went on.", "two", ("count", 2, None, "exact", None, None)),
    ("Millions of users signed up.", "Millions", ("count", None, None, "exact", None, None)),
    ("Parameter counts were below 300 million.", "below 300 million", ("count", 300 * M, None, "upper", None, None)),
    ("By the ministry's figures, 41,000 homes were built.", "41,000", ("count", 41000, None, "exact", None, None)),
    ("Some 2000 employees were hired.", "Some 2000", ("count", 2000, None, "approx", None, None)),
    # an age after "aged"/"age" is a duration in years, as "55-year-old" is
    ("Voters aged 18-24 were polled.", "18-24", ("duration", 18, "year", "exact", 24, None)),
    ("The founder died on Friday aged 71.", "71", ("duration", 71, "year", "exact", None, None)),
    ("She learned to sail at the age of 9.", "9", ("duration", 9, "year", "exact", None, None)),
    ("The vaccine is open to children age 12 and older.", "12", ("duration", 12, "year", "exact", None, None)),
    # a range joined by a dash keeps the change read before it
    ("Profit should grow by 10-15% next year.", "10-15%", ("percent", 10, "%", "exact", 15, "up")),
    ("A glued m before a counted noun is millions: the site has 9m subscribers.", "9m",
     ("count", 9 * M, None, "exact", None, None)),
    ("It hired a dozen engineers.", "a dozen", ("count", 12, None, "exact", None, None)),
    ("Police said Webb, 51, was held.", "51", ("duration", 51, "year", "exact", None, None)),
    ("A third of voters stayed home.", "A third", ("percent", D(100) / 3, "%", "exact", None, None)),
    ("He ate 1/2 of the pie.", "1/2", ("percent", 50, "%", "exact", None, None)),
    # more than one whole is an amount, never a share
    ("The door is 2 1/2 in thick.", "2 1/2", ("count", D("2.5"), None, "exact", None, None)),
    ("A 2½' field of view.", "2½", ("count", D("2.5"), None, "exact", None, None)),
    ("The talks took two-and-a-half years.", "two-and-a-half years", ("duration", D("2.5"), "year", "exact", None, None)),
    ("Sales grew one-and-a-half times.", "one-and-a-half times", ("multiplier", D("1.5"), "x", "exact", None, "up")),
    # other units
    ("The pipeline runs 185 miles.", "185 miles", ("other", 185, "mile", "exact", None, None)),
    ("Output is 1.2 million barrels per day.", "1.2 million barrels", ("other", 1200000, "barrel", "exact", None, None)),
    ("The coupe has a 310 horsepower engine.", "310 horsepower", ("other", 310, "horsepower", "exact", None, None)),
    ("It makes 250 hp and 280 lb-ft of torque.", "280 lb-ft", ("other", 280, "pound-foot", "exact", None, None)),
    ("Links run at up to 40 megabits per second.", "up to 40 megabits per second",
     ("other", 40, "megabit per second", "upper", None, None)),
    ("Dust finer than 10 microns lodges in the lungs.", "10 microns", ("other", 10, "micron", "exact", None, None)),
    # a fraction of a unit is that much of the unit, not a share of a whole
    ("Rates are tipped to rise by a quarter of a percentage point.", "a quarter of a percentage point",
     ("percent", D("0.25"), "pp", "exact", None, "up")),
    ("The bank cut rates by half a percentage point.", "half a percentage point",
     ("percent", D("0.5"), "pp", "exact", None, "down")),
    ("Inflation eased to three quarters of one percent.", "three quarters of one percent",
     ("percent", D("0.75"), "%", "exact", None, None)),
    # the thousands of a range's second number are the first's too
    ("Repairs will cost $40-90,000 per house.", "$40-90,000", ("money", 40000, "USD", "exact", 90000, None)),
    ("Seats cost $400-1,000 each.", "$400-1,000", ("money", 400, "USD", "exact", 1000, None)),
    # a count of occasions is no change
    ("Interest rates went up four times last year.", "four", ("count", 4, None, "exact", None, None)),
    # after a verb someone does, or a passive, "N times" counts occasions; after a verb of growth it multiplies
    ("Borrowing costs were raised three times in 2004.", "three", ("count", 3, None, "exact", None, None)),
    ("The central bank lifted rates six times that year.", "six", ("count", 6, None, "exact", None, None)),
    ("Its exports grew four times over the decade.", "four times", ("multiplier", 4, "x", "exact", None, "up")),
    ("Savers should hold 20 to 25 times your yearly spending.", "20 to 25 times",
     ("multiplier", 20, "x", "exact", 25, None)),
    # "up" and "off" after a verb are its particles, not directions
    ("Exports make up 40% of the island's output.", "40%", ("percent", 40, "%", "exact", None, None)),
    ("The couple had saved up 12 times their yearly costs.", "12 times", ("multiplier", 12, "x", "exact", None, None)),
    ("Lenders agreed to write off up to 80% of the loans.", "up to 80%", ("percent", 80, "%", "upper", None, None)),
    # a number with a fraction and no counted noun is a level (an index value), not a count
    ("The Hang Seng index slipped 41.3 points to 18,204.57 on Friday.", "18,204.57",
     ("other", D("18204.57"), None, "exact", None, None)),
    ("The merger swaps 0.85 of a share for each share held.", "0.85", ("count", D("0.85"), None, "exact", None, None)),
    # thousands written with dots
    ("The Frankfurt index ended at 4.512.36 after a quiet session.", "4.512.36",
     ("other", D("4512.36"), None, "exact", None, None)),
    ("The square is lit by 2.000 paper lanterns.", "2.000", ("count", 2000, None, "exact", None, None)),
    # units
    ("The cargo bay holds 14.5 cu.ft. of luggage.", "14.5 cu.ft", ("other", D("14.5"), "cubic foot", "exact", None, None)),
    ("Under load the fans reached 47 dBA in our tests.", "47 dBA", ("other", 47, "decibel", "exact", None, None)),
    # a span of time up to now, and the span of a record high or low, are durations
    ("In the 15 years since the merger, the bank has doubled.", "15 years", ("duration", 15, "year", "exact", None, None)),
    ("Mortgage rates fell to 30-year lows last month.", "30-year", ("duration", 30, "year", "exact", None, None)),
    # a comparison with "than" is no change
    ("The new chip is up to 8 times more efficient than the old one.", "up to 8 times",
     ("multiplier", 8, "x", "upper", None, None)),
    # "a factor of N" multiplies
    ("Demand is expected to rise by a factor of 12 by 2030.", "12", ("multiplier", 12, "x", "exact", None, None)),
    # cents of a named currency are its hundredths
    ("The brewer lifted its dividend to 35 euro cents a share.", "35 euro cents", ("money", D("0.35"), "EUR", "exact", None, None)),
    # a word of addition before the unit of time
    ("Talks could drag on for three more months.", "three more months", ("duration", 3, "month", "exact", None, None)),
    # wire copy hyphenates a scale before a currency
    ("Proceeds from the 62.5-mln-dlr note sale will repay debt.", "62.5-mln-dlr",
     ("money", 62500000, "USD", "exact", None, None)),
    ("The cut is between 0.2 and 0.4 millimeters deep.", "0.2 and 0.4 millimeters",
     ("other", D("0.2"), "millimetre", "exact", D("0.4"), None)),
    # a year before 1800 is still a year; "built in 1500 days" counts days
    ("The palace took 1500 workers to build.", "1500", ("count", 1500, None, "exact", None, None)),
]


def _find(sentence: str, surface: str):
    found = [m for m in find_metrics(sentence) if m.text == surface]
    assert found, f"{surface!r} not found in {sentence!r}: {[m.text for m in find_metrics(sentence)]}"
    return found[0]


@pytest.mark.parametrize("sentence, surface, want", CASES, ids=[c[1] + " | " + c[0][:30] for c in CASES])
def test_metric(sentence, surface, want):
    m = _find(sentence, surface)
    kind, value, unit, bound, high, change = want
    assert (m.kind.value, m.unit, m.bound.value, m.change.value if m.change else None) == (kind, unit, bound, change)
    assert m.value == (D(value) if value is not None else None)
    assert m.high == (D(high) if high is not None else None)


NOT_METRICS = [
    "The mill was founded in 1742.",
    "A neighbour saw the smoke and called 911 at once.",
    "He made a 999 call from the roof.",
    "The 767 program was wound down last year.",
    "The console streams games at 1080p, and the old camera only managed 720p.",
    "Only the new dongle supports 4K streaming.",
    "The Xbox One X costs more.",
    "Users should upgrade to release 2.6.3 of the app.",
    "The laptop ships with a 4300M chip.",
    "The chart sums the fiscal year 2018 seizures.",
    "The boutique is at via Tornabuoni, 22, in Florence.",
    "Users running versions 4.7 and earlier must update.",
    "On November 30, 2022, the app was released.",
    "GPT-5.1 beat Gemini 3 and DeepSeek-V3.2 on tests.",
    "Windows 10 and the iPhone 11 were compared.",
    "The meeting starts at 3 pm on Dec. 12.",
    "She finished 4th in the 1990s.",
    "Call 555-123-4567 for details.",
    "The office is at 10 Downing Street.",
    "Shares of 0700.HK were halted.",
    "It happened two weeks ago.",
    "One of the founders left at one point.",
    "The 7-day average and 10-year notes moved.",
    "Claude Opus 4.5 and Web 2.0 and the S&P 500 were mentioned.",
    "The 2013-14 season ended.",
    "Open 24/7 since 2019.",
    "See www.example.com/page/42 or mail info2024@example.com.",
    "It scored 3:1 at 10:30.",
    "A fleet of 737 Max jets with two-stroke engines went to a third undisclosed buyer.",
    "The second half of the 777x programme began.",
    "Boeing 777X jets and an AMD 7950X chip were delayed.",
    "It cut a prior commitment of 777x jets, its 227X line and its current 227X test program.",
    "Troops arrived after the September 11, 2001 attacks.",
    "Its 2004 earnings were restated.",
    # a year before what a year has ("sales", "earnings") or a "-sis" noun dates it
    "The retailer expects 2021 sales to beat forecasts.",
    "A 2016 analysis of the samples was published.",
    # scores and win-loss records, with a set's tie-break, are no quantities
    "The champion won 6-3, 7-6 (4) and levelled the tie 1-1.",
    "The Hawks (7-3, 4-2) beat the visitors 31-17 for a 2-1 series lead.",
    "The club improved to 11-2-3 on Saturday.",
    # "DZ" is a name, not "dozen" ("3 doz" is)
    "Analysts at DZ Bank were cautious.",
]


@pytest.mark.parametrize("sentence", NOT_METRICS)
def test_not_metrics(sentence):
    assert [m.text for m in find_metrics(sentence)] == []


@pytest.mark.parametrize(
    "sentence, metrics",
    [
        # "a week" after a quantity is its denominator, not a duration
        ("About $53 million a week crosses the border.", ["About $53 million"]),
        ("Staff work an extra four hours a week.", ["four hours"]),
        ("Some 100 people view his profile a week.", ["Some 100"]),
        ("It costs 1bn francs ($2m; £1m) a month.", ["1bn francs", "$2m", "£1m"]),
        ("Prices can vary on a month-to-month basis.", []),
    ],
)
def test_rates_are_not_durations(sentence, metrics):
    assert [m.text for m in find_metrics(sentence)] == metrics


def test_measure_subject_period():
    text = "In March, Gemini had 350 million monthly active users, surging to 650 million by October 2025."
    first, second = find_metrics(text)
    assert (first.measure, first.subject, first.period) == ("monthly active users", "Gemini", None)
    assert second.measure == "monthly active users"
    assert second.period == "2025-10"
    m = _find("Google's stock price has surged by over 11% this year.", "over 11%")
    assert (m.measure, m.subject) == ("stock price", "Google")
    m = _find("OpenAI's revenue is expected to exceed $20 billion.", "exceed $20 billion")
    assert (m.measure, m.subject) == ("revenue", "OpenAI")


# (sentence, the metric's text, its measure): what names the quantity, or None when no word does.
MEASURES = [
    # a verb after a modal, "to" or a subject pronoun is no measure ...
    ("The new hatchback will be able to go 280 miles on one charge.", "280 miles", None),
    ("Base models will start at $38,500 next spring.", "$38,500", None),
    ("Shareholders have been told 45 dollars is the likely price.", "45 dollars", None),
    ("It would offer 410 horsepower in its sport trim.", "410 horsepower", None),
    # ... unless it names an amount of money itself
    ("The retailer is set to raise up to $4.1bn from the share sale.", "up to $4.1bn", "raise"),
    # a participle after "is", "were", ...: what the clause is about (money verbs stay)
    ("The turnover figure was unchanged at 15.6 billion euros.", "15.6 billion euros", "turnover figure"),
    ("Its truck sales were pegged at 1,096,000 units.", "1,096,000", "units"),
    ("Last month inflation is running at 3.7 percent.", "3.7 percent", "inflation"),
    ("The order is valued at $8.8 billion.", "$8.8 billion", "valued"),
    # a modifier between an article and the number, the noun of a preposition
    ("The fund bought the entire 12.5% stake held by its founder.", "12.5%", None),
    ("The sedan now has a new 160 horsepower, 1.8-liter engine.", "160 horsepower", None),
    ("They played in front of 15,100 on Saturday.", "15,100", None),
    ("Farm aid reached the tune of $12 billion last year.", "$12 billion", None),
    # a word of the quantity before: the earlier quantity's measure carries over
    ("Its revenue rose 4.2 percent to $31.5 billion.", "$31.5 billion", "revenue"),
    ("The car will go from zero to 60 mph in four seconds.", "60 mph", None),
    # a count of a part: the whole after "of"
    ("The airline agreed to purchase 30 of Airbus's 220 jets.", "30", "jets"),
    ("The agency tapped three of those companies for the work.", "three", "companies"),
    ("Nine of the 12 teams won their games.", "Nine", "teams"),
    # "worth of" before the counted noun, an adverb after it
    ("The tariffs cover about $125 billion worth of imported goods.", "about $125 billion", "imported goods"),
    ("Staff reported an hour saved daily.", "an hour", "saved"),
    # a ticker is no measure, nor is a comparative; a comparative before a noun is part of the phrase
    ("The Nikkei .N225 fell 212.4 points on Monday.", "212.4 points", None),
    ("Zinc CMZN3 rose 1.1% in London.", "1.1%", None),
    ("Gold futures were 8.15 points lower.", "8.15 points", "futures"),
    ("The bank also lent to 40 smaller lenders.", "40", "smaller lenders"),
    ("The outbreak follows two other flu cases last week.", "two", "flu cases"),
]


@pytest.mark.parametrize("sentence, surface, want", MEASURES, ids=[c[1] + " | " + c[0][:30] for c in MEASURES])
def test_measure(sentence, surface, want):
    assert _find(sentence, surface).measure == want


def test_a_common_noun_starting_a_sentence_is_a_measure_but_a_name_is_not():
    text = ("Zentrix Corp said on Monday that quarterly results beat forecasts. Revenue rose 4% in the quarter. "
            "Zentrix rose 6% after the report.")
    assert [m.measure for m in nc.extract(text).metrics] == ["Revenue", None]


def test_subject_comes_from_entities():
    from newsclaims.model import Entity

    text = "Google Gemini gained users. In March, Gemini had 350 million monthly active users."
    gemini = Entity(id="e1", name="Google Gemini", kind="PRODUCT", aliases=("Gemini",),
                    mentions=(Span(0, 13), Span(41, 47)))
    doc = Document(id="t", text=text, style="generic", layout=Layout(body=(Span(0, len(text)),)), entities=(gemini,))
    (metric,) = document_metrics(doc)
    assert metric.subject == "Google Gemini"


def test_period_uses_the_article_date():
    import datetime as dt

    text = "In March, the app had 350 million users."
    layout = Layout(body=(Span(0, len(text)),), published=dt.date(2025, 12, 4))
    (metric,) = document_metrics(Document(id="t", text=text, style="generic", layout=layout))
    assert metric.period == "2025-03"


@pytest.mark.parametrize("unit", [
    "Google rose 5% and Apple its 3 units in March ",
    "the company's $5 million ",
    "one and a half ",
    "1,",
])
def test_time_is_linear(unit):
    small, large = best_time(find_metrics, unit * 300), best_time(find_metrics, unit * 3000)
    assert large < 25 * max(small, 1e-3)  # ten times the text: linear is 10


def test_each_clause_of_a_list_has_its_own_subject():
    text = (
        "On Monday, the Brantel Average fell 102 points, or 0.4%, the Quorra 500 lost 1.8 points, "
        "or 0.1%, and the Vexa Composite added 20 points."
    )
    subjects = [m.subject for m in nc.extract(text).metrics]
    assert subjects == ["Brantel Average"] * 2 + ["Quorra 500"] * 2 + ["Vexa Composite"], subjects


def test_a_place_owns_its_measure_but_not_a_named_thing():
    text = "Meanwhile, Germany's jobless rate rose to 4.7%, and Japan's Quorra Index fell 0.5%."
    assert [m.subject for m in nc.extract(text).metrics] == ["Germany", "Quorra Index"]


def test_ids_are_numbered_by_position():
    assert [m.id for m in find_metrics("It rose 5% to $3 billion, or 2 times.")] == ["m1", "m2", "m3"]


# --- canonical surfaces --------------------------------------------------------------

SURFACES = [
    ("money", D("1.4") * T, "USD", "exact", None, None, "$1.4 trillion"),
    ("percent", 11, "%", "lower", None, None, "more than 11%"),
    ("multiplier", 7, "x", "exact", None, None, "7x"),
    ("money", 2 * B, "HKD", "approx", None, None, "about HKD 2 billion"),
    ("percent", D("2.5"), "pp", "exact", None, "down", "down 2.5 percentage points"),
    ("duration", 1, "year", "upper", None, None, "up to 1 year"),
    ("count", 30154, None, "exact", None, None, "30,154"),
    ("money", 10 * M, "USD", "exact", 20 * M, None, "$10 million to $20 million"),
]


@pytest.mark.parametrize("kind, value, unit, bound, high, change, surface", SURFACES, ids=[s[-1] for s in SURFACES])
def test_canonical_surface(kind, value, unit, bound, high, change, surface):
    from newsclaims.model import Metric

    metric = Metric(id="m1", start=0, end=0, text="", kind=kind, value=value, unit=unit, bound=bound,
                    high=high, change=change)
    assert format_metric(metric) == surface
    back = parse_metric(surface)
    assert (back.kind, back.value, back.unit, back.bound, back.high, back.change) == (
        metric.kind, metric.value, metric.unit, metric.bound, metric.high, metric.change)


@given(canonical_metrics())
def test_canonical_round_trip(metric):
    surface = format_metric(metric)
    back = parse_metric(surface)
    assert back.value == metric.value, surface
    assert back.unit == metric.unit, surface
    assert back.bound == metric.bound, surface
    assert back.high == metric.high, surface
    assert back.kind == metric.kind, surface
    if metric.high is None:
        assert back.change == metric.change, surface


@given(metric_values.flatmap(lambda v: value_formattings(v).map(lambda f: (v, f))))
def test_any_formatting_of_money_parses_back(pair):
    value, (text, code) = pair
    if code is None:
        return
    back = parse_metric(text)
    assert (back.kind, back.value, back.unit) == (MetricKind.MONEY, value, code), text


def test_parse_refuses_none_or_many():
    with pytest.raises(ValueError):
        parse_metric("nothing here")
    with pytest.raises(ValueError):
        parse_metric("5% and $3")


# --- the seeds, scored as the referee scores ------------------------------------------


def _overlap(a, b):
    o = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return o > 0 and 2 * o >= min(a["end"] - a["start"], b["end"] - b["start"])


@pytest.mark.skipif(not (SHARED / "gold" / "seeds").is_dir(), reason="no shared gold")
def test_seeds_against_gold():
    """On the gold body of each seed, detection and values stay at the level the issue asks for."""
    import datetime as dt

    gold_n = pred_n = tp = strict = bound_ok = change_ok = 0
    for path in sorted((SHARED / "gold" / "seeds").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (SEEDS / f"{path.stem}.txt").read_text(encoding="utf-8").removeprefix("\ufeff")
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        layout = Layout(body=[Span(b["start"], b["end"]) for b in gold["body"]], published=published)
        pred = list(document_metrics(Document(id=path.stem, text=text, style="generic", layout=layout)))
        gold_n += len(gold["metrics"])
        pred_n += len(pred)
        used = set()
        for g in gold["metrics"]:
            for i, p in enumerate(pred):
                if i not in used and _overlap(g, {"start": p.start, "end": p.end}):
                    used.add(i)
                    tp += 1
                    value_ok = g["value"] is None or (p.value is not None and abs(float(p.value) - g["value"]) < 1e-6)
                    strict += value_ok and g["unit"] == p.unit
                    bound_ok += (g["bound"] or "exact") == p.bound.value
                    change_ok += g["change"] == (p.change.value if p.change else None)
                    break
    f1 = 2 * tp / (gold_n + pred_n)
    assert f1 >= 0.95
    assert 2 * strict / (gold_n + pred_n) >= 0.92
    assert bound_ok / tp >= 0.9 and change_ok / tp >= 0.9


def test_plugin_runs_in_the_pipeline():
    from newsclaims import Pipeline, get_plugin_manager
    import newsclaims.extractors.metrics as plugin
    import newsclaims.styles.generic as generic

    pm = get_plugin_manager(builtins=False, entry_points=False, plugins=[generic, plugin])
    article = Pipeline(pm).extract("Revenue rose 12% to $4.5 billion in 2024.\n")
    assert [(m.text, m.id) for m in article.metrics] == [("12%", "m1"), ("$4.5 billion", "m2")]


def test_metrics_past_28_digits_are_exact_through_the_pipeline_and_the_canonical_form():
    import newsclaims as nc

    text = "It was 123,456,789,012,345,678,901,234,567,890.5 billion dollars, Acme said."
    want = D("123456789012345678901234567890500000000")
    (metric,) = nc.extract(text).metrics
    assert metric.value == want
    assert parse_metric(format_metric(metric)).value == want


def test_in_hard_wrapped_text_a_quantity_reads_on_over_the_line_break():
    import newsclaims as nc

    text = (
        "The bank, which holds about 2.70 billion\n"
        "dlrs in loans, said profits could fall by\n"
        "11 pct in the quarter, the company said on Tuesday in a statement.\n"
        "    It said sales rose to 30 mln dlrs from 25 mln dlrs.\n"
    )
    article = nc.extract(text)
    got = [(m.text, m.unit, m.change) for m in article.metrics]
    assert got[:2] == [("about 2.70 billion\ndlrs", "USD", None), ("11 pct", "%", "down")]
