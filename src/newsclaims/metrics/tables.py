"""Lexicons for reading quantities: number words, scales, currencies, units and cue words.

Data only; the logic that reads them is in :mod:`.numbers` and :mod:`.extract`.
Every key is lower-case unless a comment says the table is case-sensitive.
"""

from __future__ import annotations

from decimal import Decimal

D = Decimal

# --- number words ---------------------------------------------------------------

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Multiply everything before them ("two hundred and two thousand" = 202,000).
SCALES = {
    "thousand": D(10) ** 3, "million": D(10) ** 6, "billion": D(10) ** 9, "trillion": D(10) ** 12,
    "quadrillion": D(10) ** 15, "lakh": D(10) ** 5, "lac": D(10) ** 5, "crore": D(10) ** 7,
}
# Plural scale words: a vague amount when no number precedes them ("millions of users").
VAGUE_SCALES = {
    "tens": D(10), "dozens": D(12), "hundreds": D(100), "thousands": D(10) ** 3,
    "millions": D(10) ** 6, "billions": D(10) ** 9, "trillions": D(10) ** 12,
    "lakhs": D(10) ** 5, "crores": D(10) ** 7,
}
DOZEN_WORDS = {"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12}
FOLD_WORDS = {  # "sevenfold": a multiplier written as one word
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "twelvefold": 12, "twentyfold": 20,
    "hundredfold": 100, "thousandfold": 1000,
}
NEGATIVE_WORDS = frozenset({"minus", "negative"})

# Ordinals that can name a fraction's denominator ("five eighths"). "first" and "second"
# only inside compounds ("twenty-first"), never alone ("a second", "a first").
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}
ORDINAL_TEENS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}
ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
ORDINAL_SCALES = {
    "hundredth": D(100), "thousandth": D(10) ** 3, "millionth": D(10) ** 6,
    "billionth": D(10) ** 9, "trillionth": D(10) ** 12,
}
HALF_WORDS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}

# Scale abbreviations glued to or following a numeral ("$20bn", "5.3k", "10 mln").
# Case-sensitive: "M" is a million, while a lone "m" is a metre unless money precedes it.
SCALE_SUFFIXES = {
    "k": D(10) ** 3, "K": D(10) ** 3, "thou": D(10) ** 3,
    "M": D(10) ** 6, "MM": D(10) ** 6, "mm": D(10) ** 6, "mn": D(10) ** 6, "mln": D(10) ** 6,
    "Mln": D(10) ** 6, "mil": D(10) ** 6, "mio": D(10) ** 6, "Mio": D(10) ** 6,
    "b": D(10) ** 9, "B": D(10) ** 9, "bn": D(10) ** 9, "Bn": D(10) ** 9, "bln": D(10) ** 9,
    "G": D(10) ** 9,
    "tn": D(10) ** 12, "trn": D(10) ** 12, "tln": D(10) ** 12, "T": D(10) ** 12, "tr": D(10) ** 12,
}
# Glued suffixes that make the numeral something other than a cardinal.
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
MILLION_AFTER_MONEY = "m"  # "£5m", "$2m": a million only after a currency

VULGAR_FRACTIONS = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
    "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
    "⅞": (7, 8), "⅐": (1, 7), "⅑": (1, 9), "⅒": (1, 10),
}

# --- money ----------------------------------------------------------------------

# Symbols and prefixes written before the amount, longest first when matched.
# Case-sensitive keys; a space may stand between a letter prefix and the symbol ("US $").
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "USD$": "USD", "USD": "USD",
    "HK$": "HKD", "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "CAD$": "CAD", "A$": "AUD", "AU$": "AUD",
    "AUD$": "AUD", "NZ$": "NZD", "NZD$": "NZD", "S$": "SGD", "SG$": "SGD", "NT$": "TWD", "R$": "BRL",
    "Mex$": "MXN", "MX$": "MXN", "MXN$": "MXN",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "₿": "BTC", "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR", "元": "CNY", "₱": "PHP",
    "₦": "NGN", "₪": "ILS", "฿": "THB", "₴": "UAH", "₫": "VND", "RM": "MYR", "Rp": "IDR",
    "RMB": "CNY", "CN¥": "CNY", "JP¥": "JPY", "Fr.": "CHF", "SFr": "CHF", "kr": "SEK",
}
# Symbols that may also follow the amount ("10 €", "100元"); a symbol serves one amount only.
CURRENCY_SYMBOLS_AFTER = {
    s: c for s, c in CURRENCY_SYMBOLS.items() if not any(ch.isascii() and ch.isalpha() for ch in s) and len(s) <= 2
}
# ISO 4217 codes read when written next to an amount ("USD 200", "200 EUR"). Only codes that
# are not also common English words in capitals (ALL, CUP, TOP, MAD, PEN, TRY... are left out).
ISO_CODES = frozenset(
    """USD EUR GBP JPY CNY HKD INR AUD CAD CHF SEK NOK DKK NZD SGD KRW RUB BRL MXN ZAR TWD
    PLN CZK HUF ILS THB IDR MYR PHP VND PKR BDT LKR NGN EGP KES GHS SAR AED QAR KWD BHD OMR
    JOD IRR IQD UAH KZT ARS CLP COP RON BGN HRK ISK RSD XAU XAG
    DEM FRF ITL NLG ESP PTE GRD ATS IEP FIM BEF LUF BTC""".split()
)
# Codes also accepted in lower case after an amount ("10 rmb 20 usd").
LOWER_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP", "rmb": "CNY", "cny": "CNY", "jpy": "JPY",
               "inr": "INR", "hkd": "HKD", "aud": "AUD", "cad": "CAD", "chf": "CHF", "btc": "BTC"}

# Currency words after an amount. A qualifier word before them picks the country.
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "buck": "USD", "bucks": "USD",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "stg": "GBP", "quid": "GBP",
    "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "kuai": "CNY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "won": "KRW", "rand": "ZAR", "reais": "BRL", "real": "BRL", "peso": "MXN", "pesos": "MXN",
    "franc": "CHF", "francs": "CHF", "mark": "DEM", "marks": "DEM", "deutschmark": "DEM",
    "deutschmarks": "DEM", "lira": "TRY", "liras": "TRY", "lire": "ITL",
    "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "guilder": "NLG",
    "guilders": "NLG", "peseta": "ESP", "pesetas": "ESP", "escudo": "PTE", "escudos": "PTE",
    "drachma": "GRD", "drachmas": "GRD", "markka": "FIM", "markkas": "FIM", "schilling": "ATS",
    "schillings": "ATS", "punt": "IEP", "punts": "IEP", "shekel": "ILS", "shekels": "ILS",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND", "naira": "NGN", "cedi": "GHS",
    "cedis": "GHS", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
    "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "hryvnia": "UAH",
    "hryvnias": "UAH", "tenge": "KZT", "taka": "BDT", "rial": "IRR", "rials": "IRR",
    "kwacha": "ZMW", "lempira": "HNL", "bolivar": "VES", "bolivars": "VES", "austral": "ARA",
    "australs": "ARA", "cruzado": "BRC", "cruzados": "BRC", "bitcoin": "BTC", "bitcoins": "BTC",
    "btc": "BTC", "satoshi": "BTC", "satoshis": "BTC",
}
# Minor units: the amount is divided by 100 (value is always in the major unit).
MINOR_CURRENCY_WORDS = {
    "cent": "USD", "cents": "USD", "ct": "USD", "cts": "USD", "penny": "GBP", "pence": "GBP",
    "p": "GBP", "paise": "INR", "kopeks": "RUB", "centimes": "CHF", "mao": "CNY",
}
SATOSHI_PER_BTC = D(10) ** 8
# "Hong Kong dollars", "Swiss francs": qualifier before a currency word.
CURRENCY_QUALIFIERS = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("australian", "dollar"): "AUD", ("aust", "dollar"): "AUD", ("canadian", "dollar"): "CAD",
    ("can", "dollar"): "CAD", ("hong kong", "dollar"): "HKD", ("hk", "dollar"): "HKD",
    ("new zealand", "dollar"): "NZD", ("nz", "dollar"): "NZD", ("singapore", "dollar"): "SGD",
    ("taiwan", "dollar"): "TWD", ("taiwanese", "dollar"): "TWD", ("new taiwan", "dollar"): "TWD",
    ("zimbabwe", "dollar"): "ZWL", ("jamaican", "dollar"): "JMD",
    ("egyptian", "pound"): "EGP", ("lebanese", "pound"): "LBP", ("irish", "pound"): "IEP",
    ("british", "pound"): "GBP", ("uk", "pound"): "GBP",
    ("swiss", "franc"): "CHF", ("french", "franc"): "FRF", ("belgian", "franc"): "BEF",
    ("luxembourg", "franc"): "LUF", ("cfa", "franc"): "XOF",
    ("mexican", "peso"): "MXN", ("philippine", "peso"): "PHP", ("argentine", "peso"): "ARS",
    ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP",
    ("pakistani", "rupee"): "PKR", ("pakistan", "rupee"): "PKR", ("sri lankan", "rupee"): "LKR",
    ("indonesian", "rupiah"): "IDR", ("nepalese", "rupee"): "NPR", ("indian", "rupee"): "INR",
    ("swedish", "krona"): "SEK", ("swedish", "crown"): "SEK", ("norwegian", "krone"): "NOK",
    ("norwegian", "crown"): "NOK", ("danish", "krone"): "DKK", ("danish", "crown"): "DKK",
    ("czech", "crown"): "CZK", ("czech", "koruna"): "CZK", ("icelandic", "krona"): "ISK",
    ("turkish", "lira"): "TRY", ("italian", "lira"): "ITL", ("german", "mark"): "DEM",
    ("finnish", "markka"): "FIM", ("finnish", "mark"): "FIM", ("dutch", "guilder"): "NLG",
    ("netherlands", "guilder"): "NLG", ("saudi", "riyal"): "SAR", ("qatari", "riyal"): "QAR",
    ("iranian", "rial"): "IRR", ("omani", "rial"): "OMR", ("uae", "dirham"): "AED",
    ("moroccan", "dirham"): "MAD", ("kuwaiti", "dinar"): "KWD", ("iraqi", "dinar"): "IQD",
    ("jordanian", "dinar"): "JOD", ("bahraini", "dinar"): "BHD", ("libyan", "dinar"): "LYD",
    ("tunisian", "dinar"): "TND", ("algerian", "dinar"): "DZD", ("serbian", "dinar"): "RSD",
    ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY", ("south african", "rand"): "ZAR",
    ("brazilian", "real"): "BRL", ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB",
    ("south korean", "won"): "KRW", ("korean", "won"): "KRW", ("kenyan", "shilling"): "KES",
    ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS", ("austrian", "schilling"): "ATS",
    ("nigerian", "naira"): "NGN", ("malaysian", "ringgit"): "MYR", ("thai", "baht"): "THB",
    ("israeli", "shekel"): "ILS", ("polish", "zloty"): "PLN", ("hungarian", "forint"): "HUF",
    ("ukrainian", "hryvnia"): "UAH", ("vietnamese", "dong"): "VND", ("bangladeshi", "taka"): "BDT",
    ("spanish", "peseta"): "ESP", ("portuguese", "escudo"): "PTE", ("greek", "drachma"): "GRD",
}
# Plural of qualifiable currency words, so "Swiss francs" finds ("swiss", "franc").
CURRENCY_SINGULAR = {
    "dollars": "dollar", "dlrs": "dollar", "dlr": "dollar", "pounds": "pound", "francs": "franc",
    "pesos": "peso", "rupees": "rupee", "kronor": "krona", "kroner": "krone", "crowns": "crown",
    "lire": "lira", "liras": "lira", "marks": "mark", "markkas": "markka", "guilders": "guilder",
    "riyals": "riyal", "rials": "rial", "dirhams": "dirham", "dinars": "dinar", "roubles": "rouble",
    "rubles": "ruble", "shillings": "shilling", "schillings": "schilling", "shekels": "shekel",
    "zlotys": "zloty", "forints": "forint", "hryvnias": "hryvnia", "pesetas": "peseta",
    "escudos": "escudo", "drachmas": "drachma", "reais": "real", "korunas": "koruna",
}
# Words only money when qualified ("Kuwaiti dinars", "Czech crowns").
QUALIFIED_ONLY = frozenset({"dinar", "dinars", "crown", "crowns", "shilling", "shillings", "koruna", "korunas"})
# "MUSD", "MEUR": a million of the currency, a habit of European financial filings.
MILLION_CODE_PREFIX = "M"

# --- percentages, multipliers, durations, units -----------------------------------

PERCENT_WORDS = {"percent": "%", "per cent": "%", "pct": "%", "percentage": "%", "percents": "%",
                 "percentage points": "pp", "percentage point": "pp", "pp": "pp", "ppt": "pp",
                 "ppts": "pp", "pct points": "pp", "pct point": "pp", "per cent points": "pp"}

DURATION_WORDS = {
    "second": "second", "seconds": "second", "secs": "second", "sec": "second",
    "minute": "minute", "minutes": "minute", "mins": "minute", "min": "minute",
    "hour": "hour", "hours": "hour", "hrs": "hour", "hr": "hour", "h": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "mth": "month", "mths": "month",
    "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}
# Physical and other units after a numeral: written form -> singular unit word.
OTHER_UNITS = {
    "mile": "mile", "miles": "mile", "mi": "mile", "km": "km", "kms": "km", "kilometre": "kilometre",
    "kilometres": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre",
    "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre",
    "centimetre": "centimetre", "centimetres": "centimetre", "centimeter": "centimetre",
    "centimeters": "centimetre", "cm": "cm", "mm": "mm", "millimetre": "millimetre",
    "millimetres": "millimetre", "millimeter": "millimetre", "millimeters": "millimetre", "nanometre": "nanometre", "nanometres": "nanometre",
    "nanometer": "nanometre", "nanometers": "nanometre", "nm": "nm",
    "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch", "inches": "inch", "yard": "yard",
    "yards": "yard", "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
    "ha": "hectare", "square feet": "square foot", "square foot": "square foot", "sq ft": "square foot",
    "square metres": "square metre", "square meters": "square metre", "square miles": "square mile",
    "square mile": "square mile", "sq mi": "square mile", "square kilometres": "square kilometre",
    "square kilometers": "square kilometre", "sq km": "square kilometre", "km2": "square kilometre",
    "tonne": "tonne", "tonnes": "tonne", "metric tons": "tonne", "metric tonnes": "tonne", "metric ton": "tonne", "ton": "ton", "tons": "ton", "kg": "kg", "kilogram": "kilogram",
    "kilograms": "kilogram", "kilo": "kilogram", "kilos": "kilogram", "gram": "gram", "grams": "gram",
    "g": "gram", "mg": "mg", "milligram": "milligram", "milligrams": "milligram", "lb": "pound",
    "lbs": "pound", "ounce": "ounce", "ounces": "ounce", "oz": "ounce", "troy ounces": "troy ounce",
    "carat": "carat", "carats": "carat",
    "barrel": "barrel", "barrels": "barrel", "bbl": "barrel", "bpd": "barrel per day",
"bushel": "bushel", "bushels": "bushel",
    "gallon": "gallon", "gallons": "gallon", "litre": "litre", "litres": "litre", "liter": "litre",
    "liters": "litre", "l": "litre", "ml": "ml", "millilitre": "millilitre", "cl": "cl",
    "cubic feet": "cubic foot", "cubic metres": "cubic metre", "cubic meters": "cubic metre",
    "mw": "megawatt", "megawatt": "megawatt", "megawatts": "megawatt", "gw": "gigawatt",
    "gigawatt": "gigawatt", "gigawatts": "gigawatt", "kw": "kilowatt", "kilowatt": "kilowatt",
    "kilowatts": "kilowatt", "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour",
    "twh": "terawatt hour", "watt": "watt", "watts": "watt", "w": "watt", "volt": "volt", "volts": "volt",
    "ev": "electronvolt", "tev": "teraelectronvolt",
    "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz",
    "byte": "byte", "bytes": "byte", "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte",
    "tb": "terabyte", "pb": "petabyte", "exabyte": "exabyte", "exabytes": "exabyte",
    "gigabyte": "gigabyte", "gigabytes": "gigabyte", "terabyte": "terabyte", "terabytes": "terabyte",
    "megabyte": "megabyte", "megabytes": "megabyte", "bit": "bit", "bits": "bit",
    "mbps": "megabit per second", "gbps": "gigabit per second", "kbps": "kilobit per second",
    "megabit": "megabit", "megabits": "megabit", "kilobit": "kilobit", "kilobits": "kilobit",
    "gigabit": "gigabit", "gigabits": "gigabit",
    "megabits per second": "megabit per second", "megabits a second": "megabit per second",
    "kilobits per second": "kilobit per second", "kilobits a second": "kilobit per second",
    "gigabits per second": "gigabit per second", "gigabits a second": "gigabit per second",
    "megabit per second": "megabit per second", "megabit a second": "megabit per second",
    "gigabit per second": "gigabit per second", "gigabit a second": "gigabit per second",
    "horsepower": "horsepower", "hp": "horsepower", "bhp": "horsepower",
    "lb-ft": "pound-foot", "pound-feet": "pound-foot", "cubic foot": "cubic foot",
    "micron": "micron", "microns": "micron",
    "degree": "degree", "degrees": "degree", "°c": "degree celsius", "°f": "degree fahrenheit",
    "°": "degree", "mph": "mile per hour", "km/h": "kilometre per hour", "kph": "kilometre per hour",
    "knot": "knot", "knots": "knot", "calorie": "calorie", "calories": "calorie", "kcal": "kcal",
    "point": "point", "points": "point", "pts": "point", "basis point": "basis point",
    "basis points": "basis point", "bps": "basis point", "bp": "basis point",
"cu ft": "cubic foot", "cu.ft": "cubic foot", "cu. ft": "cubic foot", "sq m": "square metre",
    "decibel": "decibel", "decibels": "decibel", "db": "decibel", "dba": "decibel",
}
# Units that, glued to a numeral, are not read as units ("5G" is a network generation).
GLUED_UNIT_DENY = frozenset({"g"})

# Words after "N times" that make it a multiplier ("three times more", "three times the size",
# "25 times your annual expenses").
TIMES_MULTIPLIER_NEXT = frozenset(
    """more higher larger bigger greater faster smaller lower less fewer as the that its their his
    her your my our what over cheaper costlier longer shorter stronger heavier richer faster slower wider
    worse better""".split()
)
# Verbs that someone does to a quantity: after them (or after a passive "were raised") "N times"
# counts occasions ("the Fed raised rates three times", "rates were cut five times"), where
# "profits grew three times" multiplies.
AGENT_CHANGE_VERBS = frozenset(
    """raise raised raises raising hike hiked hikes hiking lift lifted lifts lifting boost boosted
    boosts boosting add added adds adding improve improved improves improving strengthen
    strengthened widen widened widens widening""".split()
)
# Verbs that "up" or "off" after them is a particle of, not a direction: "makes up 20% of",
# "saved up 25 times", "write off up to 100%".
PARTICLE_VERBS = {
    "up": frozenset("""make makes made making take takes took taken taking save saves saved saving
    sum sums summed summing ante antes anted use uses used using give gives gave given giving
    sign signs signed signing add adds added adding""".split()),
    "off": frozenset("""write writes wrote written writing pay pays paid paying take takes took
    taken taking""".split()),
}
# Heights of video resolutions: "720p", "1080p" are no pence.
VIDEO_LINES = frozenset({240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
# Emergency telephone numbers: "called 911", "a 999 call".
EMERGENCY_NUMBERS = frozenset({911, 999, 112})
# Words before a capitalised name that make "Name, 15," an address, not an age ("corso Monforte, 15,").
STREET_WORDS_BEFORE = frozenset(
    "via viale corso piazza piazzale largo rue avenue boulevard calle avenida plaza rua strasse straße platz ulica".split()
)

# --- bounds -----------------------------------------------------------------------
# Cue words before a quantity (lower-case; matched as whole words, longest first).
BOUND_BEFORE = {
    "lower": [
        "more than", "over", "above", "at least", "exceed", "exceeds", "exceeding", "exceeded",
        "upwards of", "upward of", "in excess of", "greater than", "higher than", "north of",
        "no less than", "no fewer than", "not less than", "well over", "just over", "well above",
        "just above", "a minimum of", "beyond", "surpassing", "surpass", "surpassed", "top", "topping",
        "topped", "tops", "upward of", "more then",
    ],
    "upper": [
        "under", "less than", "fewer than", "up to", "at most", "within", "nearly", "nearing",
        "almost", "below", "no more than", "not more than", "just under", "just below", "as many as",
        "as much as", "as high as", "a maximum of", "close to", "shy of", "short of", "just shy of",
        "not quite", "barely", "lower than", "approaching", "approach", "approaches", "up to about",
        "as long as",
    ],
    "approx": [
        "about", "around", "roughly", "approximately", "approx.", "approx", "some", "an estimated",
        "estimated", "circa", "ca.", "c.", "an approximate", "in the region of", "on the order of",
        "in the order of", "or so", "somewhere around", "round about", "more or less", "give or take",
        "an average of", "averaging", "on average",
    ],
}
# Cue words after a quantity: "40-odd", "50-plus", "100 or so", "10% or more".
BOUND_AFTER = {
    "approx": ["or so", "odd", "-odd", "ish", "-ish", "or thereabouts"],
    "lower": ["plus", "-plus", "+", "or more", "and up", "and above", "and over", "at least"],
    "upper": ["or less", "or fewer", "at most", "and under", "and below"],
}

# --- change -----------------------------------------------------------------------
# Verbs (all forms) that make the following quantity a change.
CHANGE_VERBS = {
    "up": """rose rise rises rising risen grew grow grows growing grown increase increased increases
    increasing gain gained gains gaining climb climbed climbs climbing jump jumped jumps jumping
    surge surged surges surging soar soared soars soaring rally rallied rallies rallying advance
    advanced advances advancing rebound rebounded rebounds rebounding expand expanded expands
    expanding boost boosted boosts boosting raise raised raises raising hike hiked hikes hiking
    spike spiked spikes spiking swell swelled swells swelling widen widened widens widening
    accelerate accelerated accelerates leap leaped leapt leaps leaping skyrocket skyrocketed
    skyrockets skyrocketing balloon ballooned firm firmed firms strengthen strengthened added
    add adds adding improve improved improves improving multiply multiplied""".split(),
    "down": """fell fall falls falling fallen drop dropped drops dropping decline declined declines
    declining decrease decreased decreases decreasing dip dipped dips dipping slip slipped slips
    slipping slide slid slides sliding plunge plunged plunges plunging plummet plummeted plummets
    plummeting tumble tumbled tumbles tumbling sink sank sinks sinking sunk shrink shrank shrinks
    shrinking shrunk slump slumped slumps slumping contract contracted contracts contracting
    lose lost loses losing shed sheds shedding ease eased eases easing weaken weakened weakens
    dive dived dove dives diving crash crashed crashes crashing cut cuts cutting reduce reduced
    reduces reducing lower lowered lowers lowering narrow narrowed narrows narrowing retreat
    retreated retreats retreating slow slowed slows slowing trim trimmed trims trimming
    slash slashed slashes slashing tank tanked tanks tanking erode eroded dwindle dwindled""".split(),
}
# Direction words directly before a quantity ("up 5%", "down 2.7%", "a 5% increase" after).
DIRECTION_BEFORE = {"up": "up", "down": "down", "higher by": "up", "lower by": "down", "plus": "up",
                    "minus": "down", "off": "down"}
CHANGE_NOUNS_AFTER = {
    "up": frozenset("increase rise gain jump surge climb hike boost rally rebound improvement uptick spike premium".split()),
    "down": frozenset("decrease decline drop fall cut reduction loss slump plunge dip slide contraction downturn fall-off shrinkage discount".split()),
}
# Verbs whose quantity is a change only for rates and multipliers ("lost 5%", not "lost $5m").
RATE_ONLY_CHANGE_VERBS = frozenset(
    "lose lost loses losing cut cuts cutting shed sheds shedding add added adds adding trim trimmed raise raised".split()
)
COMPARATIVE_AFTER = {"higher": "up", "more": "up", "up": "up", "lower": "down", "down": "down",
                     "less": "down", "cheaper": "down", "faster": "up", "bigger": "up", "larger": "up",
                     "smaller": "down"}

# --- dates, times, names ------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
# A capitalised word before a numeral usually names a product or version ("Windows 10");
# these capitalised words do not ("In 2022", "About 20%", "Some 500").
CAPITALISED_NOT_NAMES = frozenset(
    """a an the in on at of by for to from with about around over under nearly almost some
    only just all and but or as since until till after before between among than per up down
    more less fewer approximately roughly about around some just another last next top each every
    no not nor so yet while when where if then there here this that these those it its their his
    her our we they he she i you his also even still roughly estimated an up about around
    total totalling totaling worth valued costing cost rose fell is was are were be been being has
    have had will would could should may might must can did do does
    chapter""".split()
)
# Words before a numeral that make it an identifier, not a quantity.
IDENTIFIER_BEFORE = frozenset(
    """version versions v ver codenamed codename no no. nos nos. number # model models page pages p. pp.
    flight flights room rooms route routes highway interstate platform gate row seat line lines
    chapter chapters section sections article articles rule rules clause clauses paragraph
    paragraphs item items exhibit level levels grade grades class season episode episodes act
    verse verses vol vol. volume volumes issue issues step steps phase phases stage stages
    apartment suite unit units floor floors bus buses track tracks tier tiers category
    categories channel channels district districts precinct ward wards zone zones lot lots
    proposition amendment form forms schedule table tables figure figures fig fig. box boxes
    ticket tickets serial id code codes pin password ext extension""".split()
)
# Words after "N-year" that make it a security's term ("10-year notes"), not a duration.
SECURITY_TERMS = frozenset(
    "note notes bond bonds treasury treasuries yield yields bill bills gilt gilts bund bunds paper debt debentures loan loans mortgage mortgages swap swaps".split()
)
# Plural nouns that a year before them dates rather than counts ("2005 sales", "its fiscal 2019
# earnings", "2021 models"): what a year has, reports or holds, not things one counts in thousands.
YEAR_NOUNS = frozenset(
    """sales earnings profits revenues results elections accounts figures forecasts estimates
    targets budgets games olympics finals playoffs models levels highs lows prices rates returns
    numbers filings statistics stats rankings standings""".split()
)
# Plural nouns after a distance in metres that name a race, not things counted in millions
# ("the women's 60m hurdles", against "14m customers").
RACE_NOUNS = frozenset("hurdles relays heats finals sprints races splits".split())
# Words after "N-day" that name a method ("7-day average"), not a duration. A high or a low is
# no method: "a 40-year low" is the lowest in a span of forty years, a duration.
METHOD_NOUNS = frozenset("average averages moving rolling mean".split())
# A quantity of time followed by these locates an event ("two weeks ago"); "since" does not:
# "in the 20 years since the launch" is how long, not when.
LOCATING_AFTER = frozenset(
    "ago later earlier before after hence prior previously beforehand afterwards afterward from back".split()
)
STREET_SUFFIXES = frozenset(
    """street st st. avenue ave ave. road rd rd. boulevard blvd lane ln drive dr way place pl square
    sq court ct terrace parkway pkwy highway hwy circle plaza""".split()
)
# Capitalised words after a numeral that name an address ("10 Downing Street") or a place.
TIME_SUFFIXES = frozenset(
    "am a.m. a.m pm p.m. p.m gmt bst est edt pst pdt cet cest utc et pt ct mt hrs o'clock o’clock".split()
)
# Sentence words that a counted-noun phrase stops at.
NP_STOP_WORDS = frozenset(
    """a an the this that these those his her its their our my your of in on at by for to from
    with about as than and or but nor so yet which who whom whose that where when while since until
    after before over under between among into onto upon via per vs versus is are was were be been
    being has have had do does did will would shall should may might must can could not no it he
    she they we i you also each every some any all more less most least only just very own same
    other such there here then now last next ago according despite during including like amid
    against toward towards through throughout across around because if whether though although""".split()
)
