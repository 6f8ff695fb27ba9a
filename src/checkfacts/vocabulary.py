"""The shared vocabulary: each word table the extractors and comparers read, kept once.

Every module that needs month or weekday names, number words and scales, units and
currencies, counted nouns or the names of verdicts imports them from here rather than
keeping a copy; a test (``tests/test_vocabulary.py``) fails if a copy of a month,
number-word, scale or currency table reappears elsewhere. This module imports nothing,
so the CLI can read it without loading the models. Modules adapt a table's shape (a set,
a regex alternation) where they use it, never its words.
"""

from __future__ import annotations

from typing import Final

MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and their abbreviations (lowercase, no dot) -> month number, 1-12."""

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
"""Weekday names and abbreviations (lowercase, no dot) -> ``date.weekday()``, Monday 0."""

ONES: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
"""Cardinal number words below twenty -> their value."""

TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
"""Cardinal words for the tens, twenty to ninety -> their value."""

ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "millionth": 1_000_000,
}  # fmt: skip
"""Spelled-out ordinal words -> their value."""

SCALES: Final[dict[str, int]] = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000,
    "crore": 10_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}  # fmt: skip
"""Scale words written after a figure ("2 million", "three lakh") -> the multiplier."""

SCALE_ABBREVIATIONS: Final[dict[str, int]] = {
    "k": 1_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "bln": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000, "trln": 1_000_000_000_000,
}  # fmt: skip
"""Scale abbreviations written after a figure ("1.5bn", "2.3 mln", wire style "$3.5 trln")
-> the multiplier. A single letter ("k", "b") is a scale only glued to the figure ("5k").

"m" is not here: it is a scale only after a currency sign ("€5m"), otherwise metres."""

VAGUE_SCALES: Final[dict[str, int]] = {
    "tens": 10, "dozens": 24, "scores": 40, "hundreds": 100, "thousands": 1_000,
    "millions": 1_000_000, "billions": 1_000_000_000,
}  # fmt: skip
"""Plural scale words of a vague figure ("tens of thousands", "hundreds of") -> their scale.

A plural says two or more of the scale: "hundreds" run from 200 to 1,000, "tens of
thousands" from 20,000 to 100,000; "dozens" and "scores" are given by their low end."""

RATE_PERIODS: Final = ("day", "week", "month", "year")
"""Periods a span of time is told as a share of: "15 hours a week", "three days a week"."""
_PER = RATE_PERIODS

UNITS: Final[dict[str, tuple[str, float]]] = {
    "km": ("length", 1000.0), "m": ("length", 1.0), "cm": ("length", 0.01),
    "mm": ("length", 0.001), "mi": ("length", 1609.344), "ft": ("length", 0.3048),
    "in": ("length", 0.0254), "yd": ("length", 0.9144), "nmi": ("length", 1852.0),
    "ly": ("length", 9.4607304725808e15),
    "km2": ("area", 1e6), "m2": ("area", 1.0), "ha": ("area", 1e4),
    "acre": ("area", 4046.8564224), "mi2": ("area", 2_589_988.110336),
    "ft2": ("area", 0.09290304),
    "m3": ("volume", 1.0), "l": ("volume", 0.001), "ml": ("volume", 1e-6),
    "gal": ("volume", 0.003785411784), "bbl": ("volume", 0.158987294928),
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "t": ("mass", 1000.0),
    "lb": ("mass", 0.45359237), "oz": ("mass", 0.028349523125),
    "s": ("duration", 1.0), "min": ("duration", 60.0), "h": ("duration", 3600.0),
    "day": ("duration", 86400.0), "week": ("duration", 604800.0),
    "month": ("duration", 2_629_746.0), "year": ("duration", 31_556_952.0),
    "decade": ("duration", 315_569_520.0), "century": ("duration", 3_155_695_200.0),
    "km/h": ("speed", 1 / 3.6), "mph": ("speed", 0.44704), "kn": ("speed", 1852 / 3600),
    "m/s": ("speed", 1.0),
    "W": ("power", 1.0), "kW": ("power", 1e3), "MW": ("power", 1e6), "GW": ("power", 1e9),
    "kWh": ("energy", 1e3), "MWh": ("energy", 1e6), "GWh": ("energy", 1e9),
    "TWh": ("energy", 1e12),
    "%": ("percent", 1.0), "pp": ("percentage_point", 1.0),
    "°C": ("celsius", 1.0), "°F": ("fahrenheit", 1.0),
    "years old": ("age", 1.0), "months old": ("age", 1 / 12), "weeks old": ("age", 7 / 365.25),
    "days old": ("age", 1 / 365.25),
    **{f"{u}/{p}": (f"time a {p}", x) for u, x in (("min", 60.0), ("h", 3600.0)) for p in _PER},
    **{f"{u}/{p}": (f"{u}s a {p}", 1.0) for u in ("day", "week") for p in _PER if u != p},
}  # fmt: skip
"""Units of measurement: canonical symbol -> (dimension, factor to the dimension's base unit).

A quantity in one of these measures (a length, a span of time, power, a share); one in a
currency (:data:`CURRENCIES`) prices; any other unit is a counted noun, and only those count.
Time told as a share of a period is a rate of its own: "15 hours a week" (``h/week``) and
"20 hours a week" measure one thing, "three days a week" (``day/week``) another, for a day
open is no 24 hours of opening.
"""

UNIT_NAMES: Final[dict[str, str]] = {
    "km": "km|kms|kilometer|kilometers|kilometre|kilometres",
    "m": "meter|meters|metre|metres",
    "cm": "cm|centimeter|centimeters|centimetre|centimetres",
    "mm": "mm|millimeter|millimeters|millimetre|millimetres",
    "mi": "mile|miles",
    "nmi": "nautical mile|nautical miles|nm",
    "ly": "light year|light years|light - year|light - years|lightyear|lightyears",
    "ft": "ft|foot|feet",
    "in": "inch|inches",
    "yd": "yard|yards",
    "km2": "km2|km ²|sq km|square kilometer|square kilometers|square kilometre|square kilometres",
    "m2": "m2|m ²|sq m|square meter|square meters|square metre|square metres",
    "mi2": "sq mi|square mile|square miles",
    "ft2": "sq ft|square foot|square feet",
    "ha": "ha|hectare|hectares",
    "acre": "acre|acres",
    "m3": "m3|m ³|cubic meter|cubic meters|cubic metre|cubic metres",
    "l": "liter|liters|litre|litres",
    "ml": "ml|milliliter|milliliters|millilitre|millilitres",
    "gal": "gallon|gallons",
    "bbl": "barrel|barrels|bbl",
    "kg": "kg|kgs|kilogram|kilograms|kilo|kilos",
    "g": "gram|grams|gramme|grammes",
    "t": "tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes",
    "lb": "lb|lbs",
    "oz": "ounce|ounces|oz",
    "s": "second|seconds|secs",
    "min": "minute|minutes|mins",
    "h": "hour|hours|hr",
    "day": "day|days",
    "week": "week|weeks",
    "month": "month|months",
    "year": "year|years",
    "decade": "decade|decades",
    "km/h": (
        "km / h|kmh|kph|km/h|kilometers per hour|kilometres per hour|kilometer per hour|"
        "kilometre per hour"
    ),
    "mph": "mph|miles per hour|mile per hour",
    "kn": "knot|knots",
    "m/s": "m / s|meters per second|metres per second",
    "W": "watt|watts",
    "kW": "kw|kilowatt|kilowatts",
    "MW": "mw|megawatt|megawatts",
    "GW": "gw|gigawatt|gigawatts",
    "kWh": "kwh|kilowatt hour|kilowatt hours|kilowatt - hour|kilowatt - hours",
    "MWh": "mwh|megawatt hour|megawatt hours|megawatt - hour|megawatt - hours",
    "GWh": "gwh|gigawatt hour|gigawatt hours|gigawatt - hour|gigawatt - hours",
    "TWh": "twh|terawatt hour|terawatt hours|terawatt - hour|terawatt - hours",
    "%": "%|percent|per cent|pct|per-cent",
    "pp": "percentage point|percentage points|percent points|pp|ppt|ppts",
    "°C": "° c|°c|degrees celsius|degree celsius|degrees centigrade|celsius",
    "°F": "° f|°f|degrees fahrenheit|degree fahrenheit|fahrenheit",
    "USD": "dollar|dollars|usd|us dollars|u.s . dollars|american dollars",
    "EUR": "euro|euros|eur",
    "GBP": "gbp|pounds sterling|pound sterling|sterling",
    "JPY": "yen|jpy",
    "CNY": "yuan|renminbi|rmb|cny",
    "INR": "rupee|rupees|inr",
    "RUB": "rouble|roubles|ruble|rubles|rub",
    "CHF": "swiss franc|swiss francs|chf",
    "KRW": "won|krw",
}
"""How each unit and currency is written -> its canonical symbol (a :data:`UNITS` key or a
currency code). Alternatives are split by "|", and the words of one by spaces, as the
quantity extractor's tokenizer splits them ("km / h", "u.s . dollars")."""

CURRENCIES: Final[frozenset[str]] = frozenset(
    {"USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "CHF", "KRW", "AUD", "CAD",
     "HKD", "NZD", "SGD", "BRL"}
)  # fmt: skip
"""ISO codes of the currencies amounts are read in (never converted into one another)."""

CURRENCY_SIGNS: Final[dict[str, str]] = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
}  # fmt: skip
"""Currency signs written before a figure -> ISO code."""

DOLLAR_PREFIXES: Final[dict[str, str]] = {
    "us": "USD", "u.s.": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD",
    "hk": "HKD", "nz": "NZD", "s": "SGD", "r": "BRL",
}  # fmt: skip
"""Letters glued before "$" (lowercase: "US$", "A$", "HK$") -> the dollar's ISO code."""

CURRENCY_CODES: Final[dict[str, str]] = {
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "INR": "INR", "Rs": "INR", "CHF": "CHF", "AUD": "AUD", "CAD": "CAD", "HKD": "HKD",
}  # fmt: skip
"""Currency codes written before a figure, as written ("USD 5 million", "Rs 300") -> ISO code."""

COUNT_SYNONYMS: Final[dict[str, str]] = {
    "individual": "person", "vessel": "ship", "household": "home", "house": "home",
    "artefact": "item", "artifact": "item", "object": "item", "baby": "birth",
    "post": "job", "position": "job", "role": "job", "ballot": "vote", "schoolchild": "pupil",
    "hatchback": "car", "saloon": "car", "suv": "car", "coupe": "car",
    "employee": "worker", "staff": "worker", "staffer": "worker", "appliance": "engine",
}  # fmt: skip
"""Singular counted nouns that count the same as another: "individual" counts persons;
"62,000 households" lost power and "75,000 homes" lost power count one thing, as do
"212 houses" and "247 homes" flooded, and "300 artefacts" and "120 objects" raised from a
wreck or "40 items" and "25 objects" taken from a museum; "420 births a year" and "about
260 babies a year" count what a maternity unit delivers; "640 jobs" at risk and "460
posts" to go, or "120 jobs" and "200 positions" (or "190 roles") cut, count one workforce's
places; "43
postal ballots" and "61 postal votes" wrongly counted count one thing, and "42 pupils" and
"46 schoolchildren" stranded on a school trip one party, and "41,200 hatchbacks" and
"28,000 cars" recalled one model's cars (a saloon, an SUV and a coupe are cars too); "96
employees", "110 staff" and "120 workers" count one workforce; "four fire engines" and "six
appliances" one fire's turnout."""

HELD: Final[frozenset[str]] = frozenset(
    ["election", "by-election", "referendum", "ballot", "meeting", "hearing", "trial",
     "inquest", "summit", "sitting", "session", "ceremony", "opening", "final", "match",
     "race", "concert", "premiere", "funeral", "wedding", "conference", "festival", "launch",
     "debut"]
)  # fmt: skip
"""Nouns of occasions held on a day: a date right after one and a preposition is its date
("the elections in May 2027", "the hearing on June 12", "since its launch in 2023")."""


PEOPLE: Final[frozenset[str]] = frozenset(
    [
        "person",
        "people",
        "member",
        "migrant",
        "participant",
        "asylum-seeker",
        "seeker",
        "refugee",
        "resident",
        "protester",
        "demonstrator",
        "supporter",
        "activist",
        "worker",
        "employee",
        "student",
        "child",
        "adult",
        "man",
        "woman",
        "passenger",
        "voter",
        "civilian",
        "soldier",
        "troop",
        "personnel",
        "immigrant",
        "traveler",
        "traveller",
        "pilgrim",
        # the police and other forces
        "officer",
        "policeman",
        "cop",
        "trooper",
        "deputy",
        "agent",
        # people in office
        "official",
        "lawmaker",
        "legislator",
        "senator",
        "diplomat",
        "minister",
        # people harmed or held
        "victim",
        "hostage",
        "inmate",
        "prisoner",
        "detainee",
        # young people
        "kid",
        "boy",
        "girl",
        "teenager",
        "teen",
        "youth",
        # people at an event
        "attendee",
        "guest",
        "visitor",
        "spectator",
        "fan",
        "partygoer",
        "athlete",
        "competitor",
        "entrant",
        "contestant",
        "worshipper",
        "parishioner",
        "congregant",
        # people at work in the news
        "journalist",
        "reporter",
        "correspondent",
        "firefighter",
        "fireman",
        "doctor",
        "nurse",
        "paramedic",
        "juror",
        "rioter",
        "looter",
    ]
)
"""Singular counted nouns that count people: two counts of them count one unit when they
may count the same people (:func:`one_population`)."""

PHRASAL_ACTS: Final[frozenset[str]] = frozenset(
    ["turn down", "vote down", "step down", "shut down", "close down", "pull down", "knock down",
     "tear down", "break down", "give out", "pack up", "call off", "rule out", "sign off",
     "vote through"]
)  # fmt: skip
"""Verbs whose particle makes an act of their own: a date or a count governed by "turned
down" is the rejection's ("turned down the scheme on Monday night"), not a turning's."""

COUNTED_BY_ACT: Final[dict[str, str]] = {"sign": "signature", "vote": "vote"}
"""Acts that leave one thing per person who does them: a count of the people who did the
act counts those things. "A petition signed by 1.8 million people" counts signatures, as
"1.8 million signatures" does; "4.1 million people voted for it" counts votes."""

ACT_OF: Final[dict[str, str]] = {noun: verb for verb, noun in COUNTED_BY_ACT.items()}
"""The act whose traces a counted noun is: "signature" is of "sign"."""

HARMED_BY: Final[dict[str, str]] = {
    "kill": "dead", "die": "dead", "injure": "injured", "wound": "injured", "hurt": "injured",
    "shoot": "shot", "stab": "stabbed",
}  # fmt: skip
"""Verbs of harm and the toll a count of the people they befall is: "300 people were
killed" and "300 people died" count the dead that "300 dead" and "the death toll rose to
300" count. Those shot or stabbed are all who were hit, the dead and the hurt together:
"shot three people, killing one" counts three shot and one dead, two tolls."""

ANY_PEOPLE: Final[frozenset[str]] = frozenset(["person", "people", "member", "participant"])
"""Nouns of :data:`PEOPLE` that may count anyone: "40 people", "150 of the caravan's members"."""

PEOPLE_KINDS: Final[tuple[frozenset[str], ...]] = (
    frozenset(["migrant", "asylum-seeker", "seeker", "refugee", "immigrant", "traveler",
               "traveller", "pilgrim"]),
    frozenset(["protester", "demonstrator", "activist", "supporter"]),
    frozenset(["soldier", "troop", "personnel"]),
    frozenset(["worker", "employee"]),
    frozenset(["officer", "policeman", "cop", "trooper", "deputy", "agent"]),
    frozenset(["official", "lawmaker", "legislator", "senator", "diplomat", "minister"]),
    frozenset(["inmate", "prisoner", "detainee"]),
    frozenset(["child", "kid", "boy", "girl"]),
    frozenset(["teenager", "teen", "youth"]),
    frozenset(["attendee", "guest", "visitor", "partygoer"]),
    frozenset(["spectator", "fan"]),
    frozenset(["athlete", "competitor", "entrant", "contestant"]),
    frozenset(["worshipper", "parishioner", "congregant"]),
    frozenset(["journalist", "reporter", "correspondent"]),
    frozenset(["doctor", "nurse", "paramedic"]),
    frozenset(["firefighter", "fireman"]),
    frozenset(["rioter", "looter"]),
)  # fmt: skip
"""Nouns of :data:`PEOPLE` that count one kind of people. Any other noun of :data:`PEOPLE`
outside :data:`ANY_PEOPLE` is a kind of its own ("civilian", "student", "child")."""


def one_population(a: str, b: str) -> bool:
    """Whether two nouns of :data:`PEOPLE` may count the same people.

    "People" and "members" may count anyone; "migrants" and "refugees" one kind;
    "soldiers" and "civilians", or "children" and "adults", never the same people.
    """
    if a == b or a in ANY_PEOPLE or b in ANY_PEOPLE:
        return True
    return any(a in kind and b in kind for kind in PEOPLE_KINDS)


BODIES: Final[frozenset[str]] = frozenset(
    [
        "committee", "council", "board", "cabinet", "commission", "department", "ministry",
        "agency", "authority", "regulator", "panel", "tribunal", "directorate", "inspectorate",
    ]
)  # fmt: skip
"""Nouns of a body that acts for whoever owns it: "the city's licensing committee
suspended the licence" is the city suspending it; "the company's board approved the deal"
the company approving it."""

ROLE_NOUNS: Final[frozenset[str]] = frozenset(
    ["actress", "actor", "singer", "rapper", "comedian", "model", "star", "director",
     "mayor", "senator", "governor", "pastor", "priest", "bishop", "judge", "coach",
     "captain", "pilot", "deputy", "gunman", "shooter", "inmate", "fugitive", "defendant",
     "mother", "father", "wife", "husband", "teacher"]
)  # fmt: skip
"""Nouns for a person by role that a story usually gives to one person: an age told beside
one ("the actress, 33,", "the 35-year-old deputy") is that person's. Nouns any story gives
to many people ("man", "woman", "victim", "officer", "suspect") are left out."""

TITLES: Final[frozenset[str]] = ROLE_NOUNS | frozenset(
    ["president", "queen", "king", "prince", "princess", "pope", "chancellor", "minister",
     "premier", "secretary", "ambassador", "general", "chairman", "chief", "sheriff",
     "officer", "sen", "rep", "gov", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady",
     "leader", "lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "publicist"]
)  # fmt: skip
"""Words that name a person by office or role, set before a name ("Queen Margrethe",
"President Reyes") or alone ("the queen"): a title shared by two names is no one in
common ("President Reyes" and "President Lind" are two people)."""

COURTESY_TITLES: Final[frozenset[str]] = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
     "rev", "revd", "cllr", "councillor", "insp", "sgt", "det", "pc", "supt"]
)  # fmt: skip
"""Words set before a name that are no first name: "Ms Garside", "Cllr Garside"."""

FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
        "as",
        "when",
        "while",
        "which",
        "who",
        "whom",
        "than",
        "then",
        "there",
        "here",
        "after",
        "before",
        "since",
        "until",
        "during",
        "into",
        "about",
        "over",
        "under",
    ]
)
"""Articles, prepositions, auxiliaries and pronouns: words that say nothing of what a
clause is about (two clauses share a role when they share other words)."""

GATE_VERDICTS: Final[tuple[str, ...]] = ("conflict", "nuance", "compatible", "agree")
"""Verdicts a finding can carry, most serious first: the choices of ``check --fail-on``.

The values of :data:`checkfacts.models.VERDICT_ORDER` less ``related`` and
``single_source`` (cluster verdicts no finding carries); spelled out
so that this module imports nothing and the CLI stays light (a test checks they match).
"""


_BIG: Final[tuple[tuple[float, str], ...]] = (
    (1e12, "trillion"), (1e9, "billion"), (1e6, "million"),
)  # fmt: skip


def number_words(x: object, digits: int = 4) -> str:
    """A number as people write it: "20 million", "1,941", "0.9" (never "2e+07").

    ``digits`` significant digits are kept (the reports show 4, explanations 6).
    """
    if not isinstance(x, int | float):
        return "…" if x is None else str(x)
    for size, name in _BIG:
        if abs(x) >= size:
            return f"{format(x / size, f'.{digits}g')} {name}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return format(x, f",.{digits}g")


IRREGULAR_PLURALS: Final[dict[str, str]] = {
    "person": "people", "child": "children", "children": "children", "man": "men",
    "woman": "women", "gunman": "gunmen", "wife": "wives",
    "dead": "dead", "injured": "injured", "stabbed": "stabbed",
    "wounded": "wounded", "missing": "missing", "displaced": "displaced",
}  # fmt: skip
"""Nouns whose plural is not made with "s" or "es": adjectives used as nouns for people
("the dead", "the injured", the tolls of :data:`HARMED_BY`) stay as they are."""


def plural(noun: str) -> str:
    """A noun in the plural: "ship" gives "ships", "actress" "actresses", "child" "children".

    A word that ends in a single "s" is taken as plural already (a counted noun may come
    so: "ships").
    """
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith(("ss", "sh", "ch", "x")):
        return f"{noun}es"
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return f"{noun[:-1]}ies"
    return f"{noun}s"


UNIT_WORDS: Final[frozenset[str]] = (
    frozenset(w for names in UNIT_NAMES.values() for w in names.split("|"))
    | frozenset(UNITS)
    | frozenset(["percent", "per", "cent", "year", "old"])
)
"""Words of units: "less than 50 km (30 miles)" names no item by its "miles"."""
