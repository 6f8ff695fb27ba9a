"""Quantities: counts, amounts, measures, bounds, ranges, ordinals and tallies.

The extractor reads a sentence with a small hand-written grammar over word tokens
(no model needed; a spaCy ``Doc`` in the context only sharpens which word after a
number is the counted noun). It understands figures in digits and words
("10,503", "1.2", "forty", "two dozen", "half a million"), scales ("2 million",
"1.5bn", "€5m"), units and currencies, the counted noun as unit ("422 ships"),
approximations and bounds ("about", "nearly", "at least", "more than", "up to"),
ranges ("between 150 and 200", "150-200", "tens of thousands"), ordinals
("60th anniversary", "third-largest") and tallies ("69 to 30", "a 5-4 vote").
It leaves out years, dates, clock times and numbers that belong to names or ids
("Apollo 11", "COVID-19", "F-35").

The value (:class:`~checkfacts.models.QuantityValue`), attribute by attribute:

``low``/``high``
    Bounds of the figure in the written unit (after scale words); equal for an
    exact figure, ``None`` for an open end; both ``None`` for a tally.
``unit``
    Normalized unit: a measurement symbol ("km", "m3", "%", "pp", "t"), an ISO
    currency code ("USD", "EUR"), a singular counted noun ("ship", "person"), or
    ``None``.
``approx``
    Whether the figure is hedged ("about", "nearly", "tens of thousands").
``bound``
    ``None``, "at_least", "more_than", "at_most", "less_than", "range" or "approx".
``precision``
    The rounding step implied by the written figure ("$1.2 trillion" -> 1e11,
    "400" -> 100, "422" -> 1).
``ordinal``
    True for ordinals ("60th", "third-largest").
``tally``
    ``[a, b]`` for scores and votes; absent otherwise.
``number_text``
    The numeric words alone ("1.2 trillion", "150 and 200", "60th").
``modifier``
    The hedge or bound words as written, lowercased ("about", "more than"), or ``None``.

Comparing two quantities is the work of the rules in :mod:`checkfacts.rules.quantities`;
this module keeps what other stages read of a value: :func:`is_count`,
:func:`magnitude` and :func:`hedge_direction`. The unit, currency and scale tables are
:mod:`checkfacts.vocabulary`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from checkfacts.extractors.interface import Context
from checkfacts.models import FieldValue, QuantityValue
from checkfacts.vocabulary import (
    COUNT_SYNONYMS,
    CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    DOLLAR_PREFIXES,
    MONTHS,
    ONES,
    ORDINALS,
    PEOPLE,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNIT_NAMES,
    UNITS,
    VAGUE_SCALES,
    WEEKDAYS,
)

__all__ = [
    "QuantityExtractor",
    "hedge_direction",
    "is_count",
    "lemmatize",
    "magnitude",
    "quantity_of",
]

# --------------------------------------------------------------------------- lexicon


def _words(block: str) -> list[str]:
    return block.split()


_ONES: Final = ONES
_TENS: Final = TENS
_SCALES: Final = SCALES
_SCALE_ABBR: Final = SCALE_ABBREVIATIONS
_ORDINALS: Final = ORDINALS
_ORD_SUFFIX: Final = frozenset({"st", "nd", "rd", "th"})
_VAGUE: Final = VAGUE_SCALES
_FRACTIONS: Final = frozenset({
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
    "sixth", "sixths", "tenth", "tenths",
})  # fmt: skip

_MONTHS: Final = frozenset(MONTHS)
_TIME_WORDS: Final = frozenset({
    "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pst", "pdt",
    "cst", "hrs", "o'clock", "o’clock", "a.m", "p.m",
})  # fmt: skip

# Prefix modifiers: words (lowercase) -> (bound, approx, direction). Direction is
# "both", "below" ("nearly") or "above" ("just over") for approximations.
_PREFIXES: Final[dict[tuple[str, ...], tuple[str, bool, str]]] = {}


def _add_prefixes(bound: str, approx: bool, direction: str, phrases: str) -> None:
    for phrase in phrases.split("|"):
        _PREFIXES[tuple(phrase.split())] = (bound, approx, direction)


_add_prefixes(
    "approx", True, "both",
    "about|around|roughly|approximately|some|circa|ca|~|an estimated|estimated|"
    "more or less|an approximate|approx|round about|in the region of|on the order of",
)  # fmt: skip
_add_prefixes(
    "approx", True, "below",
    "nearly|almost|close to|just under|just below|just shy of|a little under|"
    "a little less than|slightly less than|slightly fewer than|not quite|nigh on",
)  # fmt: skip
_add_prefixes(
    "approx", True, "above",
    "just over|just above|a little over|a little more than|slightly more than|"
    "slightly over|just more than",
)  # fmt: skip
_add_prefixes(
    "at_least", False, "",
    "at least|no fewer than|no less than|not less than|not fewer than|a minimum of",
)  # fmt: skip
_add_prefixes(
    "more_than", False, "",
    "more than|over|above|in excess of|upwards of|upward of|well over|well above|"
    "exceeding|greater than|higher than|well in excess of|far more than|many more than",
)  # fmt: skip
_add_prefixes(
    "at_most", False, "",
    "at most|up to|as many as|as much as|as high as|no more than|not more than|"
    "a maximum of|at the most|within|to within",
)  # fmt: skip
_add_prefixes(
    "less_than", False, "",
    "less than|fewer than|under|below|lower than|well under|well below|far fewer than",
)  # fmt: skip
_add_prefixes("range", False, "", "between")
_PREFIX_MAX: Final = max(len(p) for p in _PREFIXES)
# Verbs whose particle "up" comes before a level reached: "ticked up to 2.9 per cent",
# "crept up to 41,000", "went up to £3.20" tell the new level, not "at most".
_MOVED_UP: Final = frozenset(
    ["ticked", "ticks", "tick", "crept", "creeps", "edged", "edges", "went", "goes", "moved",
     "moves", "shot", "shoots", "jumped", "jumps", "climbed", "climbs", "rose", "rises",
     "picked", "picks", "revised", "revises", "stepped", "steps", "ramped", "ramps"]
)  # fmt: skip

_DIMENSIONS: Final = UNITS

_UNIT_WORDS: Final[dict[tuple[str, ...], str]] = {
    tuple(phrase.split()): unit
    for unit, phrases in UNIT_NAMES.items()
    for phrase in phrases.split("|")
}
_UNIT_MAX: Final = max(len(p) for p in _UNIT_WORDS)
# Scale abbreviations that count apart from the figure too ("2.3 mln"): not one letter.
_SPACED_SCALE_ABBR: Final = frozenset(a for a in _SCALE_ABBR if len(a) > 1)
# Unit symbols that only count when glued to the figure ("200g", "5m", "24h", "1.5C"; the
# British press's "6.2pc" is a percentage, where "5 PCs" are computers).
_GLUED_UNITS: Final = {"g": "g", "m": "m", "h": "h", "l": "l", "t": "t", "mi": "mi", "pc": "%"}
_PENCE: Final = "pence"
"""The unit read for a sum in pence ("8.1p a share", "45 pence"): a hundredth of a pound,
kept in pounds so that "£1.20" and "120p" are one sum."""
_CURRENCIES: Final = CURRENCIES
_CURRENCY_SIGNS: Final = CURRENCY_SIGNS
_DOLLAR_PREFIX: Final = DOLLAR_PREFIXES
_CURRENCY_CODES: Final = CURRENCY_CODES

# Definite determiners that open a partitive: the article, demonstratives and possessive
# pronouns ("150 of the members", "20 of its ships", "two of my neighbours"); a
# possessive noun opens one too ("12 of Norway's ferries"), see partitive_noun.
_PARTITIVE_DETERMINERS: Final = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"]
)
# Words that stop the search for a counted noun after a figure.
_STOP: Final = frozenset(
    _words("""
a an the of in on at to for from by with and or but nor as than that which who whom whose
this these those it its they them their he him she her his we us our you your i me my is
are was were be been being has have had do does did will would can could may might must
shall should said says say told per each percent if when while after before since until
into onto over under about around through during against between among including plus
minus times out up down off so not no only also just still yet ago later earlier there
here where then now all both either neither some any many much most least such what how
why whether because though although according more less fewer last next previous
first second third instead alone apiece respectively altogether total overall each
left remain remained remains fell rose went came took made got saw ran met won lost
live lived work stay gave held fled died say think became become remain stood sat
yesterday today tonight tomorrow
""")
)
# Adjectives often found between a figure and its noun ("400 new cases").
_ADJ: Final = frozenset(
    _words("""
new more other additional extra further known former young old small large big major
straight consecutive successive running
separate different dead injured wounded missing local foreign civilian military top key
senior junior full full-time part-time living adult elderly unarmed armed innocent
domestic international american british chinese russian indian european african
""")
)
_EXACTLY: Final = frozenset(["exactly", "precisely"])
"""Adverbs that say a figure is exact: a sentence that opens with one names no "Apollo 11"."""

# Words before a word ordinal that make it a rank ("the third", "came second").
_RANK_INTRO: Final = frozenset(
    _words("""
the a an its their his her our my your whose this that these those every each came come
finished finish finishes placed ranked ranks ranking rated was is were are be
""")
)
# Words after a tally that mark it as a score or vote ("a 5-4 vote").
_TALLY_NOUNS: Final = frozenset(
    _words("""
vote votes decision ruling majority margin win victory defeat loss draw tie score
scoreline result verdict split lead count
""")
)
_RECORD_VERBS: Final = frozenset(
    _words("""
go goes going went gone finish finished finishes finishing
""")
)
"""Verbs before a tally that make it a record of games won and lost ("went 9-0")."""
_SCORE_NOUNS: Final = frozenset(
    _words("""
win victory defeat loss draw tie score scoreline result lead triumph success
""")
)
"""Nouns after a tally that make it a game's score, as a bare "7-4" is: no unit."""
_TALLY_VERBS: Final = frozenset(
    _words("""
voted vote votes beat beats defeated won win wins lost loses drew draw tied score scored
scoring trounced thrashed edged ruled passed approved rejected
""")
)
# "one" alone is a pronoun more often than a count.
_ONE_IDIOMS: Final = frozenset({"day", "way", "side", "hand", "thing", "point", "time", "another"})
_SENTENCE_BREAK: Final = frozenset(
    {".", "!", "?", ":", ";", '"', "“", "”", "(", "—", "–", "‘", "'"}
)
_IRREGULAR_PLURALS: Final = {
    "people": "person", "persons": "person", "individuals": "person",
    "men": "man", "women": "woman", "children": "child", "schoolchildren": "schoolchild",
    "grandchildren": "grandchild", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife",
    "leaves": "leaf", "thieves": "thief", "wolves": "wolf", "halves": "half",
    "data": "data", "media": "media", "criteria": "criterion", "phenomena": "phenomenon",
    "staff": "staff", "police": "police", "personnel": "personnel", "cattle": "cattle",
    "sheep": "sheep", "fish": "fish", "aircraft": "aircraft", "crew": "crew",
}  # fmt: skip
_SAME_IN_THE_PLURAL: Final = frozenset(
    ["staff", "police", "personnel", "cattle", "sheep", "crew", "aircraft"]
)
"""Nouns whose plural is the singular's form, ending a compound: "41 control staff" counts
staff, "12 cabin crew" crew, "30 military aircraft" aircraft (the tagger reads them as one)."""
_NO_SINGULAR: Final = ("ss", "us", "is", "ics", "series", "species", "news")
_OE_NOUNS: Final = frozenset(
    ["canoes", "oboes", "floes", "aloes", "sloes", "hoes", "foes", "does", "toes", "tiptoes"]
)
"""Plurals in "-oes" of nouns that end in "-oe" (and any "-shoes"); every other "-oes" is
the plural of an "-o" noun ("tornadoes", "heroes", "volcanoes", "tomatoes")."""
_SINGULAR_MEN: Final = frozenset(["abdomen", "acumen", "omen", "regimen", "specimen", "stamen"])
"""Singular nouns that end in "men": every other such word is a plural of "-man"
("policemen", "gunmen", "chairmen")."""
_CLAUSE_DEPS: Final = frozenset(["ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp"])
"""How a verb that heads a clause hangs in the parse (not "amod": "30 injured people")."""
_CROWDS: Final = frozenset(["crowd", "audience", "attendance", "congregation"])
"""Nouns of a gathering whose figure after "of" counts people: "a crowd of 28,900"."""
_PUT_AT_WORDS: Final = frozenset(["put", "puts", "putting", "placed", "estimated"])
"""Verbs that set a figure on a noun with "at": "put the crowd at 4,800"."""
_COUNT_SYNONYMS: Final = COUNT_SYNONYMS
_LOSSES: Final = frozenset(["cut", "loss", "reduction"])
"""Nouns of a loss that a compound names the thing of: "1,200 job cuts" and "2,000 job
losses" count jobs, as "2,100 jobs would go" does; "300 branch closures" are no loss noun."""

_DELAY_OF_ONE: Final = re.compile(
    r"\b(an?)\s+(year|month|week|day|hour)\s+(?=(?:later|earlier|sooner)\s+than\b"
    r"|late\b|behind\s+schedule\b|ahead\s+of\s+schedule\b)",
    re.IGNORECASE,
)
"""A delay or lead of one unit of time, told with an article: "will open a year later than
planned", "arrived a day late", "is a month behind schedule"."""


def _figure(text: str, span: tuple[int, int], value: QuantityValue) -> FieldValue:
    """A quantity field read beside the parser's, over ``text[span[0]:span[1]]``."""
    return FieldValue(kind="quantity", text=text[span[0] : span[1]], span=span, value=value)


def count_value(word: str) -> int:
    """The value of a count in digits or words ("27", "twenty-seven", "nine")."""
    if word.isdigit():
        return int(word)
    parts = re.split(r"[\s-]+", word.lower())
    return sum(_TENS.get(p, 0) + _ONES.get(p, 0) for p in parts)


_SMALLER_UNIT: Final = {
    "year": ("month", 12),
    "week": ("day", 7),
    "day": ("h", 24),
    "h": ("min", 60),
}
"""Units of time a span is told in together, larger then smaller, and how many of the smaller
make one of the larger: "three years and four months", "two days and 12 hours"."""
_AND_BETWEEN: Final = re.compile(r"^,?\s+and\s+$")
_RATE_WORDS: Final = frozenset(["a", "an", "per", "each", "every"])
"""Words that make a span of time a share of a period: "15 hours a week", "two days per month"."""


_NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "appos", "attr", "conj"})
"""Dependencies only a noun takes in its clause."""


def _tags_of(t: Any) -> tuple[str, str]:
    """A token's part of speech and tag, a plural noun the tagger read as a verb mended.

    The tagger reads a plural after a noun modifier as a verb now and then, though the
    parser gives it the noun's place: in "identifying 21 roof planks", "planks" is tagged
    VBZ yet is the object, with "roof" its compound; so is "eight oak beams" in "found
    eight oak beams rotten". Such a word is taken as the plural noun it is.
    """
    if t.tag_ == "VBZ" and t.dep_ in _NOUN_DEPS and any(c.dep_ == "compound" for c in t.children):
        return "NOUN", "NNS"
    return t.pos_, t.tag_


def _compound_spans(text: str, found: list[FieldValue]) -> list[FieldValue]:
    """A length of time told in two units joined by "and", read as one figure of the smaller.

    "A term of three years and four months" is one term of 40 months, not a term of three
    years beside another of four months; so is "two days and 12 hours" (60 hours). The two
    figures must be exact, the larger first, with only "and" between them.
    """
    out: list[FieldValue] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and (merged := _joined_span(text, prev, f)) is not None:
            out[-1] = merged
        else:
            out.append(f)
    return out


def _joined_span(text: str, big: FieldValue, small: FieldValue) -> FieldValue | None:
    """The one span two figures of time tell together ("three years and four months"), or None."""
    vb, vs = big.value, small.value
    if not isinstance(vb, QuantityValue) or not isinstance(vs, QuantityValue):
        return None
    smaller = _SMALLER_UNIT.get(vb.unit or "")
    if (
        smaller is None
        or smaller[0] != vs.unit
        or not _AND_BETWEEN.match(text[big.span[1] : small.span[0]])
    ):
        return None
    if (
        vs.bound
        or vs.approx
        or vs.low is None
        or vs.low != vs.high
        or vb.low is None
        or vb.low != vb.high
    ):
        return None
    if vb.bound or vb.ordinal or vs.ordinal or not 0 < vs.low < smaller[1]:
        return None
    total = vb.low * smaller[1] + vs.low
    value = vs.model_copy(
        update={
            "low": total,
            "high": total,
            "approx": vb.approx,
            "modifier": vb.modifier,
            "number_text": text[big.span[0] : small.span[1]],
        }
    )
    return _figure(text, (big.span[0], small.span[1]), value)


def _delays_of_one(text: str, found: list[FieldValue]) -> list[FieldValue]:
    """Delays of one unit told with "a" or "an" ("a year later than planned"), as figures.

    A figure of several is read as any figure is ("eight months later than planned"); one
    told by its article is read here, so that the two delays are set against each other.
    """
    out = []
    for m in _DELAY_OF_ONE.finditer(text):
        span = (m.start(), m.end(2))
        if any(f.span[0] < span[1] and span[0] < f.span[1] for f in found):
            continue
        value = QuantityValue(low=1, high=1, unit=m[2].lower(), precision=0.25, number_text=m[1])
        out.append(_figure(text, span, value))
    return out


_NO_GROUP: Final = (
    r"(?:in|on|at|for|from|with|by|to|after|before|and|or|but|the|a|an|points?|marks?"
    r"|is|was|are|were|has|had|have|said|says|[a-z]+ed)"
)
"""Words after "so many out of so many" that name no group: a preposition, a verb, the
score's own unit ("97 out of 110 in the final", "4 out of 5 reflected")."""
_SHARE_IN: Final = re.compile(
    r"\b(?:(?P<mod>about|around|roughly|some|nearly|almost|more\s+than|over|fewer\s+than"
    r"|less\s+than|under)\s+)?(?P<n>one|two|three|four|five|six|seven|eight|nine|\d{1,2})"
    r"\s+(?:in|out\s+of)\s+(?P<m>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|games?|matches?|seasons?)\b)"
    rf"(?!{_NO_GROUP}\b)(?P<noun>[a-z][a-z-]+)",
    re.IGNORECASE,
)
"""A share told as so many in so many of a group: "almost three in ten ambulances", "about
four in five oysters", "nine out of 10 doctors"; not "two in three days" (a rate), nor "97
out of 110 in the final" (a score: :data:`_SCORE_OUT_OF`)."""
_SCORE_OUT_OF: Final = re.compile(
    r"\b(?P<n>\d{1,4}(?:\.\d{1,2})?)(?:\s+(?P<kind>points?|marks?))?\s+out\s+of\s+"
    r"(?:a\s+(?:possible|maximum(?:\s+of)?)\s+)?(?P<m>\d{1,4})\b"
    rf"(?!\s*(?:%|per\s*cent|percent)|\s+(?!{_NO_GROUP}\b)[a-z])",
    re.IGNORECASE,
)
"""A score or mark told against the most it could be: "a score of 97 out of 110", "91
points out of a possible 110", "rated 4.5 out of 5"; not "nine out of 10 doctors" (a
share of a group, :data:`_SHARE_IN`)."""
_FRACTION: Final = re.compile(
    r"(?<![\w-])(?:(?P<by>by)\s+)?(?:(?P<mod>about|around|roughly|some|nearly|almost|more\s+than"
    r"|over|less\s+than|fewer\s+than|under)\s+)?(?:(?P<n>an?|one|two|three|four)[\s-]+)?"
    r"(?P<part>half|thirds?|quarters?|fifths?|tenths?)\b"
    r"(?P<of>\s+of\b(?!\s+(?:a|an|one)\b))?",
    re.IGNORECASE,
)
"""A share told as a fraction: "nearly a third of the pupils", "cut by a quarter", "two-thirds
of voters", "half of the staff"; only with "of" after it or "by" before it, so "a third
term" stays an ordinal, and not a fraction of one thing ("a quarter of an hour")."""
_PARTS: Final = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_PERIOD_PART: Final = re.compile(
    r"\b(?:first|second|third|fourth|last|final|latter|former|opening|closing)\s+$", re.I
)
"""Words that make a fraction one part of a period, in order: "the first half of 2025", "the
last quarter of the year"; no share of anything."""
_FRACTION_STEP: Final = 8.0
"""Points of a share told as a fraction: a writer rounds to the nearest simple fraction, so
"a third" tells about 29 to 37 per cent, between a quarter and two-fifths."""
_SHARE_BOUND: Final = {
    "more than": "more_than", "over": "more_than", "fewer than": "less_than",
    "less than": "less_than", "under": "less_than",
}  # fmt: skip


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shares_in(text: str) -> list[FieldValue]:
    """Shares told as so many in so many of a group, as percentages of that group.

    "Almost three in ten ambulances" is about 30 per cent of the ambulances, given to
    the nearest tenth (a step of 10 points); "nine out of 10 doctors" 90 per cent. The
    group's noun ends the span, so the share is one of that group (see
    :func:`checkfacts.rules.gates.population`).
    """
    out = []
    for m in _SHARE_IN.finditer(text):
        n, whole = count_value(m["n"]), count_value(m["m"])
        if not n or not whole or n >= whole:
            continue
        number = text[m.start("n") : m.end("m")]
        value = _share_of(n, whole, m["mod"], round(100 / whole, 1), number)
        out.append(_figure(text, (m.start(), m.end("noun")), value))
    return out


def _share_of(n: int, whole: int, mod: str | None, precision: float, number: str) -> QuantityValue:
    """``n`` in ``whole`` as a percentage, hedged or bounded by ``mod`` ("almost", "over")."""
    told = " ".join((mod or "").lower().split()) or None
    bound = _SHARE_BOUND.get(told or "", "approx")
    share = round(100 * n / whole, 1)
    return QuantityValue(
        low=None if bound == "less_than" else share,  # "fewer than half": at most 50
        high=None if bound == "more_than" else share,
        unit="%",
        approx=bound == "approx",
        bound=bound,
        precision=precision,
        number_text=number,
        modifier=told,
    )


def _fractions_in(text: str) -> list[FieldValue]:
    """Shares told as fractions (:data:`_FRACTION`), as percentages: "a third" is 33.3 per cent."""
    out = []
    for m in _FRACTION.finditer(text):
        if not (m["by"] or m["of"]):
            continue
        if not m["n"] and _PERIOD_PART.search(text[: m.start("part")]):
            continue  # "in the first half of 2025", "the last quarter of the year": a period
        part = m["part"].lower().rstrip("s")
        n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}.get(
            (m["n"] or "").lower(), 1 if part == "half" else 0
        )
        whole = _PARTS[part]
        if not n or n >= whole:
            continue
        number = text[m.start("n") if m["n"] else m.start("part") : m.end("part")]
        value = _share_of(n, whole, m["mod"], _FRACTION_STEP, number)
        start = m.start("mod") if m["mod"] else m.start("n") if m["n"] else m.start("part")
        out.append(_figure(text, (start, m.end("part")), value))
    return out


SCALE_SCORE: Final = "points out of "
"""How the unit of a score told out of the most it could be begins ("points out of 110")."""


def is_scale_score(unit: str) -> bool:
    """Whether a unit is a score's on a stated scale ("points out of 110", "points out of 5")."""
    return unit.startswith(SCALE_SCORE)


_A_MARGIN = re.compile(
    r"^\s+(?:behind|ahead|clear|adrift|short|back|off|more|fewer|less|better|worse)\b", re.I
)
"""Words after a count of points that make it a margin, no mark: "four points behind"."""


def points_within(field: FieldValue, scale: str, after: str = "") -> bool:
    """Whether a plain count of points fits a scale's most ("91 points", "out of 110").

    A mark told plainly beside one told on a scale may be a mark on it: "scored 91
    points" beside "94 points out of a possible 110" (a sheepdog trial); not a margin
    (``after`` it, "finished four points behind").
    """
    value = field.value
    if not isinstance(value, QuantityValue) or value.unit != "point" or value.tally is not None:
        return False
    if _A_MARGIN.match(after):
        return False
    most = scale.removeprefix(SCALE_SCORE)
    return most.isdigit() and value.high is not None and 0 <= value.high <= int(most)


def _scores_out_of(text: str) -> list[FieldValue]:
    """Scores told out of the most they could be, in points of that scale.

    "A score of 97 out of 110" and "91 points out of a possible 110" are 97 and 91 "points
    out of 110", compared as one measure; a score out of another most ("8 out of 10") is
    another measure. The span runs from the score to its scale.
    """
    out = []
    for m in _SCORE_OUT_OF.finditer(text):
        n, whole = float(m["n"]), int(m["m"])
        if not 0 <= n <= whole:
            continue
        figure = int(n) if n.is_integer() else n
        value = QuantityValue(
            low=figure, high=figure, unit=f"{SCALE_SCORE}{whole}", number_text=m["n"]
        )
        span = (m.start(), m.end())
        out.append(_figure(text, span, value))
    return out


_COUNT_WORD: Final = (
    r"(?:\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(list(_ONES)[1:10]) + r"))?"
    r"|" + "|".join(sorted(_ONES, key=len, reverse=True)) + r")"
)
_VOTES_SPLIT: Final = re.compile(
    rf"\b(?P<a>{_COUNT_WORD})\s+(?:[A-Za-z-]+\s+){{0,2}}?"
    r"(?:voted\s+(?:for|in\s+favou?r(?:\s+of)?)|backed|supported|approved|endorsed)\b"
    rf"[^.;]{{0,80}}?,?\s+(?:with|while|and)\s+(?P<b>{_COUNT_WORD})\s+"
    r"(?:voting|voted|who\s+voted)\s+against\b",
    re.IGNORECASE,
)
"""A vote told as those for and those against in one sentence: "Twenty-seven councillors
supported the motion, with 12 voting against", "31 members backed it, while nine voted
against"."""


_VOTES_FOR_AGAINST: Final = re.compile(
    r"\b(?P<a>\d{1,3}(?:,\d{3})*)\s+votes?\s+(?:for|in\s+favou?r(?:\s+of)?)\b[^.;]{0,60}?"
    r",?\s+and\s+(?P<b>\d{1,3}(?:,\d{3})*)\s+(?:votes?\s+)?against\b",
    re.IGNORECASE,
)
"""A ballot's count told as votes for and votes against: "612 votes in favor of the union
and 487 against", "1,204 votes for the merger and 388 against"."""


_IN_FAVOUR_AGAINST: Final = re.compile(
    rf"\b(?P<a>{_COUNT_WORD})\s+(?:[A-Za-z-]+\s+){{0,2}}?(?:(?:voting|voted)\s+)?"
    r"(?:in\s+favou?r(?:\s+of\b[^.;,]{0,40}?)?|for)"
    rf",?\s+(?:and|with|while)\s+(?P<b>{_COUNT_WORD})\s+(?:(?:voting|voted)\s+)?against\b",
    re.IGNORECASE,
)
"""Voters told as so many in favour and so many against: "34 councillors in favour and 16
against", "with nine members voting for and two against"."""


def _votes_split(text: str) -> list[FieldValue]:
    """Votes told as so many for and so many against, as one tally of the vote."""
    out = []
    found = [*_VOTES_SPLIT.finditer(text), *_VOTES_FOR_AGAINST.finditer(text)]
    found += [
        m
        for m in _IN_FAVOUR_AGAINST.finditer(text)
        if not any(m.start() < f.end() and f.start() < m.end() for f in found)
    ]
    for m in sorted(found, key=lambda m: m.start()):
        tally = (count_value(m["a"].replace(",", "")), count_value(m["b"].replace(",", "")))
        value = QuantityValue(unit="vote", tally=tally, precision=1, number_text=m[0])
        span = (m.start(), m.end())
        out.append(_figure(text, span, value))
    return out


_HAS_NUMBER: Final = re.compile(
    r"\d|\b(?:"
    + "|".join(
        sorted([*_ONES, *_TENS, *_SCALES, *_ORDINALS, *_VAGUE, "dozen"], key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
_TOKEN_RE: Final = re.compile(
    r"(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)|(?P<w>[^\W\d_]+(?:['’.][^\W\d_]+)*)|(?P<s>\S)"
)

# Words before "X to Y" that make it a change, not a range ("rose from 5 to 7").
_CAPACITY_NOUNS: Final = frozenset(
    ["seat", "bed", "room", "berth", "pitch", "bedroom", "storey", "lane", "cover", "screen"]
)
"""Nouns a place's size is told by after a hyphened figure: "a 620-seat theatre", "a 40-bed
ward", "a 120-room hotel", "a six-lane bowling alley"."""
_DETERMINERS: Final = frozenset(["the", "its", "their", "his", "her", "these", "those", "a", "an"])
"""Words before a change word that make it a noun ("backed the increases by six votes to three")."""
_CHANGE_NOUNS: Final = frozenset(
    ["rise", "rises", "increase", "increases", "cut", "cuts", "drop", "drops", "fall", "falls"]
)
"""Change words that are nouns after a noun of their own: "the rent rise", "the fee increases"."""
_CHANGE_WORDS: Final = frozenset(
    _words("""
from rose rise rises risen fell fall falls fallen increased increase increases decreased
decrease decreases cut cuts raised raise raises lowered dropped drop drops jumped jumps
climbed climbs grew grow grows shrank shrink slid slipped soared surged plunged doubled
tripled halved revised up down by
""")
)

# Lowercase words that can begin a quantity (besides digits and currency signs).
_STARTS: Final = frozenset(
    {*_ONES, *_TENS, *_ORDINALS, *_VAGUE, *_DOLLAR_PREFIX, "a", "an", "half", "several"}
    | {code.lower() for code in _CURRENCY_CODES}
)

_NUM, _WORD, _SYM = 0, 1, 2
_KINDS: Final = {"n": _NUM, "w": _WORD, "s": _SYM}


# --------------------------------------------------------------------------- helpers


_CAPPED: Final = frozenset(
    ["capped", "limited", "restricted", "fixed", "set", "held", "kept",
     "rose", "risen", "climbed", "fell", "fallen", "dropped", "jumped", "increased",
     "decreased", "grew", "grown", "soared", "surged", "stood", "stands"]
)  # fmt: skip
"""Verbs that put a ceiling or a level on a number, or move it to one: "will be capped at
1,800", "climbed to 1,870", "stood at 412"."""


def lemmatize(word: str) -> str:
    """Return a simple singular, lowercase form of an English noun ("ships" -> "ship")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) <= 3 or w.endswith(_NO_SINGULAR):
        return w
    if w.endswith("men") and w not in _SINGULAR_MEN:
        return w[:-3] + "man"
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if w.endswith("oes") and w not in _OE_NOUNS and not w.endswith("shoes"):
        return w[:-2]  # "tornadoes", "volcanoes", "heroes", "tomatoes"
    if w.endswith("s"):
        return w[:-1]
    return w


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
"""A dotted abbreviation as a token: "U.S", "U.N.", "E.U"."""


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int
    kind: int
    glued: bool
    """No whitespace between this token and the one before it."""


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    prev_end = -1
    for m in _TOKEN_RE.finditer(text):
        s = m.group()
        kind = _KINDS[m.lastgroup or "s"]
        toks.append(_Tok(s, s.lower(), m.start(), m.end(), kind, m.start() == prev_end))
        prev_end = m.end()
    return toks


@dataclass(slots=True)
class _Core:
    """A parsed figure: its value and rounding step, and the tokens it spans."""

    value: Decimal
    precision: Decimal
    start: int
    end: int
    scale: int = 1
    words: bool = False
    year_like: bool = False
    vague_high: Decimal | None = None
    """Upper end of a vague figure ("tens of thousands"); None for a plain figure."""


@dataclass(slots=True)
class _Found:
    """A quantity being assembled from tokens ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    num_start: int
    num_end: int
    low: Decimal | None
    high: Decimal | None
    precision: Decimal
    unit: str | None = None
    approx: bool = False
    bound: str | None = None
    modifier: str | None = None
    ordinal: bool = False
    tally: tuple[Decimal, Decimal] | None = None


MAX_DIGITS: Final = 18
"""Longest run of digits read as a number: a quintillion is past any count in the news,
and longer runs (ids, hashes) would not even print as JSON numbers."""


def _digits(tok: _Tok) -> tuple[Decimal, Decimal]:
    s = tok.text.replace(",", "")
    value = Decimal(s)
    if "." in s:
        return value, Decimal(1).scaleb(-len(s.partition(".")[2]))
    stripped = s.rstrip("0")
    zeros = len(s) - len(stripped) if stripped else 0
    return value, Decimal(1).scaleb(zeros)


def _num(d: Decimal | None) -> int | float | None:
    """Return a Decimal as a JSON number: int when whole, else float."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


# --------------------------------------------------------------------------- parser


class _Parser:
    """One pass over one text's tokens."""

    def __init__(self, text: str, context: Context) -> None:
        self.text = text
        self.toks = _tokenize(text)
        self.n = len(self.toks)
        self.pos: dict[int, tuple[str, str]] | None = None
        self.compound_of: dict[int, int] = {}
        """Start of each noun that modifies a later noun ("rate" in "rate cut") -> that noun's."""
        self.clause_verbs: set[int] = set()
        """Starts of verbs that head a clause ("28,900 [watched] Rovers beat"), not modifiers."""
        doc = context.doc
        if doc is not None and getattr(doc, "text", None) == text:
            self.pos = {t.idx: _tags_of(t) for t in doc}
            self.clause_verbs = {
                t.idx for t in doc if _tags_of(t)[0] == "VERB" and t.dep_ in _CLAUSE_DEPS
            }
            self.compound_of = {
                t.idx: t.head.idx
                for t in doc
                if t.dep_ == "compound" and t.head.i > t.i and _tags_of(t.head)[0] == "NOUN"
            }

    # -- token predicates ----------------------------------------------------------

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].glued

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].kind == _WORD

    def is_num(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].kind == _NUM

    def capitalized(self, i: int) -> bool:
        return self.is_word(i) and self.toks[i].text[0].isupper()

    def sentence_initial(self, i: int) -> bool:
        return i == 0 or self.toks[i - 1].text in _SENTENCE_BREAK

    def is_month(self, i: int) -> bool:
        return self.capitalized(i) and self.low(i).rstrip(".") in _MONTHS

    # -- main loop -----------------------------------------------------------------

    def run(self) -> list[FieldValue]:
        out: list[FieldValue] = []
        floor = 0
        i = 0
        toks = self.toks
        while i < self.n:
            tok = toks[i]
            if tok.kind != _NUM and tok.low not in _STARTS and tok.text not in _CURRENCY_SIGNS:
                i += 1
                continue
            found, nxt = self.parse_at(i, floor)
            if (timed := self.elapsed(i, floor)) is not None:
                found, nxt = timed, timed.end
            elif found is not None:
                found = self.joined_duration(found)
            if found is not None:
                if found.unit is None and (self.told_as_age(found) or self.ages_between(found)):
                    found.unit = "years old"
                elif found.unit is None:
                    found.unit = self.casualties_of(found) or self.toll_of(found)
                if found.unit is None and found.tally is not None:
                    found.unit = self.tally_of(found)
                if found.unit is None and out:
                    found.unit = self.elided_unit(out[-1], found)
                if found.unit is None:
                    found.unit = self.harmed_subject(found)
                if found.unit is None:
                    found.unit = self.number_capped(found)
                if found.unit == "other":  # "12 others were arrested": people
                    found.unit = "person"
                if not (out and self.converts(out[-1], found)):
                    out.append(self.field(found))
                floor = found.end
                i = found.end
            else:
                i = max(nxt, i + 1)
        return self.signed(self.parts_of_wholes(self.nouns_left_to_next(out)))

    def nouns_left_to_next(self, out: list[FieldValue]) -> list[FieldValue]:
        """Counts that leave their noun to the count after them ("38 infant and 23 ...").

        "38 infant and 23 junior schools" counts 38 schools, "12 primary and four secondary
        schools" 12. The first figure, with at most one word of its own, is joined by "and"
        or "or" to a figure that gives a word of its own and then its noun; the first then
        counts that noun too, its span taking in its own word.
        """
        fixed = list(out)
        for k in range(len(fixed) - 1):
            first, second = fixed[k], fixed[k + 1]
            v1, v2 = first.value, second.value
            assert isinstance(v1, QuantityValue) and isinstance(v2, QuantityValue)
            if v2.unit is None or v1.unit in CURRENCIES or v2.unit in CURRENCIES:
                continue
            if v1.ordinal or v2.ordinal or v1.tally or v2.tally:
                continue
            words = first.text.split()
            if len(words) > 2 or (v1.unit is not None and len(words) != 2):
                continue  # "38 infant": a figure and one word at most
            if v1.unit is not None and lemmatize(words[-1]) != words[-1].lower():
                continue  # "six burglaries and one count of fraud": a plural noun of its own
            gap = _LEFT_TO_NEXT.match(self.text[first.span[1] : second.span[0]])
            told = second.text.split()
            if gap is None or len(told) < 3 or lemmatize(told[-1]) != v2.unit:
                continue  # the second must give a word of its own, then its noun
            end = first.span[1] + (gap.end("own") if gap["own"] else 0)
            value = v1.model_copy(update={"unit": v2.unit})
            fixed[k] = _figure(self.text, (first.span[0], end), value)
        return fixed

    def signed(self, out: list[FieldValue]) -> list[FieldValue]:
        """Figures below zero: "minus 47 degrees Fahrenheit", "-12C", "49 degrees below zero".

        A "minus" or a minus sign set before a figure (not a hyphen after a word or a
        figure, as in "3-5" or "Covid-19") makes it negative, and so does "below zero"
        after a temperature, whose scale may follow ("49 degrees below zero Fahrenheit").
        """
        kept: list[FieldValue] = []
        skip_to = -1
        for field in out:
            if field.span[0] < skip_to:
                continue  # the "below zero" read as a bound of its own
            v = field.value
            if not isinstance(v, QuantityValue) or v.bound is not None or v.low is None:
                kept.append(field)
                continue
            start, end = field.span
            sign = _MINUS_BEFORE.search(self.text, max(0, start - 8), start)
            below = _BELOW_ZERO.match(self.text, end) if v.unit in _DEGREES else None
            if sign is None and below is None:
                kept.append(field)
                continue
            unit = v.unit
            if below is not None:
                unit = _SCALES_OF.get((below["scale"] or "").lower(), unit)
                end = below.end()
                skip_to = end
            if sign is not None:
                start = sign.start()
            low, high = -(v.high if v.high is not None else v.low), -v.low
            value = v.model_copy(update={"low": low, "high": high, "unit": unit})
            kept.append(_figure(self.text, (start, end), value))
        return kept

    def parts_of_wholes(self, out: list[FieldValue]) -> list[FieldValue]:
        """A bare figure told as a part of a whole that names its noun counts that noun.

        "roughly 14,000 of its 52,000 streetlights": the 14,000 are streetlights too, a part
        of the 52,000 (the whole is told right after "of" and a determiner); so are days
        counted out of days ("on 23 of the 181 days reviewed").
        """
        for n in range(len(out) - 1):
            part, whole = out[n], out[n + 1]
            pv, wv = part.value, whole.value
            if not isinstance(pv, QuantityValue) or not isinstance(wv, QuantityValue):
                continue
            if pv.unit is not None or wv.unit is None or pv.ordinal:
                continue
            if not is_count(whole) and wv.unit not in _COUNTED_PERIODS:
                continue  # a sum or a share is no set to count out of
            between = self.text[part.span[1] : whole.span[0]]
            if not PART_OF.fullmatch(between):
                continue
            if pv.low is None or wv.low is None or pv.low >= wv.low:
                continue
            out[n] = part.model_copy(update={"value": pv.model_copy(update={"unit": wv.unit})})
        return out

    def elapsed(self, i: int, floor: int) -> _Found | None:
        """A time taken, written with colons, in seconds: "2:06.41", "2:04:09".

        A race's time gives minutes and seconds with their hundredths ("touching in
        2:06.41"), or hours, minutes and seconds ("finished in 2:04:09"): no clock reads
        so. Two parts without a fraction ("at 2:06"), or a clock to the second ("09:14:51",
        "14:06:41": two digits of hours) stay a time of day, left to dates.
        """
        toks = self.toks
        if not self.is_num(i) or len(toks[i].text) > 2 or not toks[i].text.isdigit():
            return None
        if self.low(i - 1) == ":" and self.glued(i):
            return None  # inside a longer figure
        parts = [toks[i].text]
        j = i + 1
        while (
            len(parts) < 3
            and self.low(j) == ":"
            and self.glued(j)
            and self.is_num(j + 1)
            and self.glued(j + 1)
            and re.fullmatch(r"[0-5]\d(?:\.\d+)?", toks[j + 1].text)
        ):
            parts.append(toks[j + 1].text)
            j += 2
        if len(parts) < 2 or any("." in p for p in parts[:-1]):
            return None
        if len(parts) == 2 and "." not in parts[-1]:
            return None
        if len(parts) == 3 and "." not in parts[-1] and not re.fullmatch(r"[1-9]", parts[0]):
            return None  # "09:14:51", "14:06:41": a clock to the second
        if self.low(j) == ":" and self.glued(j):
            return None  # "1:2:3:4": no time taken
        seconds = sum(Decimal(p) * 60 ** (len(parts) - 1 - k) for k, p in enumerate(parts))
        fraction = parts[-1].partition(".")[2]
        step = Decimal(1).scaleb(-len(fraction))
        found = _Found(i, j, i, j, seconds, seconds, step, unit="s")
        self.apply_prefix(found, floor)
        return found

    def joined_duration(self, f: _Found) -> _Found:
        """One time taken told in two units, in seconds: "2 minutes 6.14 seconds".

        A figure in hours or minutes followed by ones in smaller units (with "and" or a
        comma between, or nothing) is one span: "1 hour 58 minutes", "3 minutes and 12
        seconds", "2 hours, 7 minutes and 14 seconds". Anything else is returned as it is.
        """
        if f.unit not in ("h", "min") or f.low is None or f.low != f.high or f.tally:
            return f
        size = {"h": 3600, "min": 60, "s": 1}
        last = size[str(f.unit)]
        seconds, precision, end, num_end = f.low * last, f.precision * last, f.end, f.num_end
        while last > 1:
            k = end
            while self.low(k) in (",", "and"):  # "2 hours, 7 minutes and 14 seconds"
                k += 1
            then, _ = self.parse_at(k, end) if self.is_num(k) else (None, k)
            if then is None or then.start != k or then.bound or then.low is None:
                break
            step = size.get(str(then.unit), last)
            if step >= last or then.low != then.high:
                break
            seconds += then.low * step
            precision, end, num_end, last = then.precision * step, then.end, then.num_end, step
        if end == f.end:
            return f
        f.end, f.num_end, f.unit = end, num_end, "s"
        f.low = f.high = seconds
        f.precision = precision
        return f

    def converts(self, before: FieldValue, f: _Found) -> bool:
        """Whether ``f`` is a sum in brackets that converts the sum just before it.

        "$US1 million ($1.52 million)", "£5 million (about $6.5 million)": the bracket
        gives the same sum in another currency, which no source reports as a figure.
        """
        unit = getattr(before.value, "unit", None)
        if unit not in _CURRENCIES or f.unit not in _CURRENCIES:
            return False
        start, end = self.toks[f.start].start, self.toks[f.end - 1].end
        opens = self.text[before.span[1] : start].strip() == "("
        return opens and self.text[end:].lstrip().startswith(")")

    def field(self, f: _Found) -> FieldValue:
        a, b = self.toks[f.start].start, self.toks[f.end - 1].end
        na, nb = self.toks[f.num_start].start, self.toks[f.num_end - 1].end
        value: dict[str, Any] = {
            "low": _num(f.low),
            "high": _num(f.high),
            "unit": f.unit,
            "approx": f.approx,
            "bound": f.bound,
            "precision": _num(f.precision),
            "ordinal": f.ordinal,
            "number_text": self.text[na:nb],
            "modifier": f.modifier,
        }
        if f.tally is not None:
            value["tally"] = [_num(f.tally[0]), _num(f.tally[1])]
        return FieldValue(kind="quantity", text=self.text[a:b], span=(a, b), value=value)

    def parse_at(self, i: int, floor: int) -> tuple[_Found | None, int]:
        """Parse a quantity whose figure (or currency sign) starts at token ``i``."""
        currency, k = self.currency_prefix(i)
        if currency is None:
            ordinal, skip = self.ordinal(i)
            if ordinal is not None:
                return ordinal, ordinal.end
            if skip:
                return None, skip
        core = self.vague(k) or self.number(k, currency is not None)
        if core is None:
            return None, i + 1
        if self.excluded(core, currency):
            return None, self.skip_date_range(core)
        found = _Found(i, core.end, core.start, core.end, core.value, core.value, core.precision)
        self.apply_prefix(found, floor)
        if found.bound is None and currency is None and core.year_like:
            # A bare four-digit figure is a year unless a unit says otherwise.
            unit, _ = self.unit_phrase(core.end, core)
            if unit not in _DIMENSIONS and unit not in _CURRENCIES:
                return None, self.skip_date_range(core)
        self.range_or_tally(found, core, currency)
        self.attach_unit(found, core, currency)
        if not self.keep_one(found, core):
            return None, core.end
        return found, found.end

    # -- currency ------------------------------------------------------------------

    def currency_prefix(self, i: int) -> tuple[str | None, int]:
        tok = self.toks[i]
        if tok.kind == _SYM and tok.text in _CURRENCY_SIGNS:
            code = _CURRENCY_SIGNS[tok.text]
            if tok.text == "$" and self.glued(i) and self.is_word(i - 1):
                return None, i  # handled from the prefix word ("US$")
            if (
                tok.text == "$"
                and self.low(i + 1) in _DOLLAR_PREFIX
                and self.glued(i + 1)
                and self.is_num(i + 2)
                and self.glued(i + 2)
            ):
                return _DOLLAR_PREFIX[self.low(i + 1)], i + 2  # "$US1 million", "$A50"
            if self.is_num(i + 1) and (self.glued(i + 1) or self.toks[i + 1].start - tok.end <= 1):
                return code, i + 1
        if tok.kind == _WORD:
            if (
                self.low(i) in _DOLLAR_PREFIX
                and self.low(i + 1) == "$"
                and self.glued(i + 1)
                and self.is_num(i + 2)
                and self.glued(i + 2)
            ):
                return _DOLLAR_PREFIX[tok.low], i + 2
            named = _CURRENCY_CODES.get(tok.text.rstrip("."))
            k = i + 1 + (self.low(i + 1) == ".")
            if named is not None and self.is_num(k):
                return named, k
        return None, i

    # -- figures -------------------------------------------------------------------

    def number(self, i: int, currency: bool) -> _Core | None:
        tok = self.toks[i]
        if tok.kind == _NUM:
            return self.digit_number(i, currency)
        if tok.kind == _WORD:
            return self.word_number(i)
        return None

    def digit_number(self, i: int, currency: bool) -> _Core | None:
        tok = self.toks[i]
        if sum(c.isdigit() for c in tok.text) > MAX_DIGITS:
            return None  # an id, a hash or garbage: no figure anyone reports
        value, precision = _digits(tok)
        core = _Core(value, precision, i, i + 1)
        core.year_like = len(tok.text) == 4 and tok.text.isdigit() and 1000 <= value <= 2100
        j = i + 1
        if j < self.n:
            nxt = self.toks[j]
            scale = 0
            if nxt.kind == _WORD and nxt.glued and nxt.low in _SCALE_ABBR:
                scale = _SCALE_ABBR[nxt.low]
            elif nxt.kind == _WORD and nxt.glued and nxt.low == "m" and currency:
                scale = 1_000_000
            elif nxt.kind == _WORD and not nxt.glued and nxt.low in _SCALES:
                scale = _SCALES[nxt.low]
                if nxt.low == "hundred" and self.low(j + 1) in _SCALES:
                    j += 1
                    scale *= _SCALES[self.low(j)]
            elif nxt.kind == _WORD and not nxt.glued and nxt.low in _SPACED_SCALE_ABBR:
                scale = _SCALE_ABBR[nxt.low]  # "2.3 mln", "$3.5 trln"; "5 k" is no scale
            if scale:
                core.value *= scale
                core.precision *= scale
                core.scale = scale
                core.end = j + 1
                core.year_like = False
        return core

    def word_number(self, i: int) -> _Core | None:
        low = self.low(i)
        j = i
        total = Decimal(0)
        current = Decimal(0)
        precision: Decimal | None = None
        seen = False
        last = ""  # "ones", "tens", "hundred", "scale"
        if low in {"a", "an"}:
            nxt = self.low(i + 1)
            if nxt not in _SCALES and nxt != "dozen":
                return None
            current = Decimal(1)
            j = i + 1
        elif low == "half" and self.low(i + 1) in {"a", "an"}:
            scale_word = self.low(i + 2)
            scale = _SCALES.get(scale_word, 12 if scale_word == "dozen" else 0)
            if not scale or scale == 100:
                return None
            value = Decimal(scale) / 2
            return _Core(value, value, i, i + 3, scale=scale, words=True)
        elif low not in _ONES and low not in _TENS:
            return None
        scale_used = 1
        dozen = False
        while j < self.n:
            w = self.low(j)
            tok = self.toks[j]
            if tok.kind != _WORD:
                break
            if j > i and tok.glued and self.low(j - 1) != "-":
                break
            if w in _ONES and (last != "ones" and (last != "tens" or 0 < _ONES[w] < 10)):
                current += _ONES[w]
                last = "ones"
            elif w in _TENS and last not in {"ones", "tens"}:
                current += _TENS[w]
                last = "tens"
            elif w == "hundred" and last in {"ones", "a", ""} and current:
                current *= 100
                last = "hundred"
            elif w == "dozen" and current and last in {"ones", "a", ""}:
                current *= 12
                dozen = True
                last = "dozen"
            elif w in _SCALES and w != "hundred" and current and last != "scale":
                total += current * _SCALES[w]
                scale_used = _SCALES[w]
                current = Decimal(0)
                last = "scale"
            elif (
                w == "and" and last in {"hundred", "scale"} and self.low(j + 1) in {*_ONES, *_TENS}
            ):
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
            if (
                self.low(j) == "-"
                and self.glued(j)
                and self.glued(j + 1)
                and (self.low(j + 1) in _ONES and last == "tens")
            ):
                j += 1
        if not seen:
            return None
        value = total + current
        if dozen:
            precision = Decimal(6)
        else:
            digits = str(int(value))
            stripped = digits.rstrip("0")
            zeros = len(digits) - len(stripped) if stripped else 0
            precision = Decimal(1).scaleb(zeros)
        return _Core(value, precision, i, j, scale=scale_used, words=True)

    def vague(self, i: int) -> _Core | None:
        """Parse a vague figure: "tens of thousands", "hundreds of", "several hundred"."""
        low = self.low(i)
        if low in _VAGUE:
            base = _VAGUE[low]
            j = i + 1
            if self.low(j) == "of" and self.low(j + 1) in _VAGUE and self.low(j + 1) != "tens":
                if low in {"dozens", "scores"}:
                    return None
                base *= _VAGUE[self.low(j + 1)]
                j += 2
            elif low == "tens":
                return None
            if low == "dozens":
                low_v, high_v, step = Decimal(24), Decimal(144), Decimal(12)
            elif low == "scores":
                low_v, high_v, step = Decimal(40), Decimal(200), Decimal(20)
            else:  # a plural says two or more: "hundreds" are 200 to 1,000, as "dozens" 24
                low_v, high_v, step = Decimal(base) * 2, Decimal(base) * 10, Decimal(base)
            return _Core(low_v, step, i, j, scale=base, words=True, vague_high=high_v)
        mult: tuple[int, int] | None = None
        j = i
        if low == "several":
            mult, j = (3, 9), i + 1
        elif low == "a" and self.low(i + 1) == "few":
            mult, j = (2, 5), i + 2
        elif low == "a" and self.low(i + 1) == "couple" and self.low(i + 2) == "of":
            mult, j = (2, 3), i + 3
        if mult is None:
            return None
        scale_word = self.low(j)
        scale = _SCALES.get(scale_word, 12 if scale_word == "dozen" else 0)
        if not scale or self.glued(j):
            return None
        return _Core(
            Decimal(mult[0] * scale),
            Decimal(scale),
            i,
            j + 1,
            scale=scale,
            words=True,
            vague_high=Decimal(mult[1] * scale),
        )

    def ordinal(self, i: int) -> tuple[_Found | None, int]:
        """Parse an ordinal at ``i``; (None, next) skips an ordinal date; (None, 0): none."""
        tok = self.toks[i]
        value: int | None = None
        end = i + 1
        if tok.kind == _NUM and tok.text.isdigit():
            if self.is_word(i + 1) and self.glued(i + 1) and self.low(i + 1) in _ORD_SUFFIX:
                value, end = int(tok.text), i + 2
        elif tok.kind == _WORD:
            if tok.low in _ORDINALS:
                value = _ORDINALS[tok.low]
            elif (
                tok.low in _TENS
                and self.low(i + 1) == "-"
                and self.glued(i + 1)
                and self.glued(i + 2)
                and self.low(i + 2) in _ORDINALS
                and _ORDINALS[self.low(i + 2)] < 10
            ):
                value, end = _TENS[tok.low] + _ORDINALS[self.low(i + 2)], i + 3
            if value is not None and self.capitalized(i) and not self.sentence_initial(i):
                return None, end  # "Second World War", "First Minister"
        if value is None:
            return None, 0
        if (
            self.is_month(i - 1)
            or self.is_month(end)
            or (self.low(end) == "of" and self.is_month(end + 1))
        ):
            return None, end  # "March 9th", "9th of March"
        if self.low(end) in {"century", "centuries", "millennium"}:
            return None, end + 1
        if (
            tok.kind == _WORD
            and not self.determined(i - 1)
            and not (self.low(end) == "-" and self.glued(end))
        ):
            return None, end  # adverbs: "officials first put it down to"
        if tok.kind == _WORD and (
            (self.low(i - 1) == "at" and tok.low == "first")
            or self.low(i - 1) in {"per", "split"}
            or (tok.low == "first" and self.low(end) == "of" and self.low(end + 1) == "all")
        ):
            return None, end
        found = _Found(i, end, i, end, Decimal(value), Decimal(value), Decimal(1), ordinal=True)
        if (
            self.low(end) == "-"
            and self.glued(end)
            and self.is_word(end + 1)
            and self.glued(end + 1)
        ):
            sup = self.low(end + 1)
            if sup.endswith("est") or sup in {"most", "least"}:
                found.unit = sup
                found.end = end + 2
                if sup in {"most", "least"} and self.low(end + 2) == "-" and self.is_word(end + 3):
                    found.unit = f"{sup}-{self.low(end + 3)}"
                    found.end = end + 4
            else:
                return None, end + 2  # "first-hand", "second-guess", "third-party"
        else:
            noun = self.counted_noun(end, ordinal=True)
            if noun is not None:
                found.unit, found.end = noun
        return found, found.end

    def score_after(self, core: _Core) -> bool:
        """Whether a figure opens a score told right after a name: "beat Strachan 7-4".

        A team's or a player's name before a score is no name with a number ("Apollo
        11"): "beat Leeds 3-1", "defeated Holm 6-4 in the final".
        """
        end = core.end
        if end + 1 >= len(self.toks) or self.low(end) not in {"-", "–"}:
            return False
        nxt = self.toks[end + 1]
        return self.glued(end) and self.glued(end + 1) and nxt.kind == _NUM

    def day_like(self, core: _Core) -> bool:
        """Whether a figure after a month may be its day: a whole number up to 31, no unit.

        "March 9" and "August, 12" are dates; "In March, 38 per cent" and "in May 4% more"
        are not: no month has a 38th day, and a day takes no unit.
        """
        if core.value != core.value.to_integral_value() or not 1 <= core.value <= 31:
            return False
        after = self.low(core.end)
        return after not in {"%", "percent", "per"}

    def determined(self, i: int) -> bool:
        """Say whether token ``i`` can introduce a rank ("the", "its", "China's", "came")."""
        low = self.low(i)
        return low in _RANK_INTRO or low.endswith(("'s", "’s"))

    # -- exclusions ----------------------------------------------------------------

    def excluded(self, core: _Core, currency: str | None) -> bool:
        """Years, dates, times and numbers that are part of names or ids."""
        k = core.start
        first = self.toks[k]
        if currency is None:
            prev = k - 1
            if prev >= 0:
                p = self.toks[prev]
                if first.glued and p.kind == _WORD:
                    return True  # "MH370", "G7"
                if first.glued and p.text in {"#", "/"}:
                    return True  # "#1", "24/7"
                if (
                    first.glued
                    and p.text in {"-", "'", "’", "."}
                    and p.glued
                    and self.is_word(prev - 1)
                ):
                    return True  # "COVID-19", "Chang'e-7", "F-35"
                if p.text == "," and self.is_month(prev - 1) and self.day_like(core):
                    return True  # "August, 12" (not "In March, 38 per cent of ambulances")
                if p.text == "." and p.glued and self.is_month(prev - 1):
                    return True  # "the Nov. 30 escape", "their Jan. 27 dinner": a date
                if (
                    p.kind == _WORD
                    and p.text[:1].isupper()
                    and not self.prefix_ok(prev)
                    and not (self.is_month(prev) and not self.day_like(core))
                    and not self.score_after(core)
                ):
                    return True  # "Apollo 11", "March 9", "Windows 10" (not "March 38%")
                if p.text == "." and self.low(prev - 1) == "no" and self.glued(prev):
                    return True  # "No. 10"
            if (
                first.kind == _WORD
                and self.capitalized(k)
                and not self.sentence_initial(k)
                and self.low(k - 1) not in _HARM_VERBS
            ):
                return True  # "the Big Four", "Three Gorges" (not a headline's "Kills Two")"
        j = core.end
        if j < self.n:
            nxt = self.toks[j]
            if nxt.glued:
                if nxt.text in {":", "/"} and self.is_num(j + 1) and self.glued(j + 1):
                    return True  # "03:35", "9/11"
                if nxt.text == "." and self.is_num(j + 1) and self.glued(j + 1):
                    return True  # "1.2.3", "12.03.2021"
                if (
                    nxt.kind == _WORD
                    and core.scale == 1
                    and first.kind == _NUM
                    and not self.known_glued(nxt)
                ):
                    return True  # "1970s", "5G", "3D", "3pm"
            if nxt.low in _TIME_WORDS or self.spaced_meridiem(j):
                return True  # "3 p.m.", "1400 GMT", "3 p. m."
            if nxt.text == ":" and nxt.glued and self.minutes(j + 1):
                return True  # "2: 18 p. m.": a clock whose colon a copy spaced out
            if self.is_month(j) or (
                self.low(j) == "of" and self.is_month(j + 1) and first.kind == _NUM
            ):
                return True  # "9 March"
            if core.words and (
                nxt.low in _FRACTIONS
                or (nxt.text == "-" and nxt.glued and self.low(j + 1) in _FRACTIONS)
            ):
                return True  # "two-thirds", "two thirds"
        # "03:35", "9/11" (the figure glued to the mark), not "Shooting: 1 dead"
        if (
            first.kind == _NUM
            and self.glued(k)
            and self.glued(k - 1)
            and self.low(k - 1) in {":", "/"}
        ):
            return True
        # the minutes of "2: 18", the hour glued to its colon: not "Shooting: 18 dead"
        return (
            self.low(k - 1) == ":" and self.glued(k - 1) and self.is_num(k - 2) and self.minutes(k)
        )

    def minutes(self, i: int) -> bool:
        """Whether token ``i`` is two digits under 60 with a time word or the end after it."""
        if not self.is_num(i) or len(self.toks[i].text) != 2 or int(self.toks[i].text) >= 60:
            return False
        after = self.low(i + 1)
        return (
            after in _TIME_WORDS
            or after in ("am", "pm", "", ".", ",", ";")
            or self.spaced_meridiem(i + 1)
            or (after in ("a", "p") and self.low(i + 2) == ".")
        )

    def spaced_meridiem(self, i: int) -> bool:
        """Whether tokens from ``i`` spell "a. m." or "p. m." (a copy that spaced "p.m.")."""
        return (
            self.low(i) in ("a", "p")
            and self.low(i + 1) == "."
            and self.low(i + 2) == "m"
            and self.glued(i + 1)
        )

    def known_glued(self, nxt: _Tok) -> bool:
        low = nxt.low
        if low in _ORD_SUFFIX or low in _SCALE_ABBR:
            return True
        if nxt.text in _GLUED_UNITS or nxt.text in {"C", "F", "p"}:
            return True
        return low != "s" and (low,) in _UNIT_WORDS

    def prefix_ok(self, prev: int) -> bool:
        """Say whether a capitalized word may stand right before a figure."""
        p = self.toks[prev]
        if p.low.endswith(("'s", "’s")):
            return True  # "China's 1.4 billion"
        if p.low in _HARM_VERBS or p.low in {"aged", "age"}:
            return True  # a headline's "Kills 2", "Dies Aged 91", "At Age 91": no name
        if p.low == "at" and self.low(prev - 1) in _DEATHS:
            return True  # "Dies At 91"
        if self.sentence_initial(prev) and (p.low in _STOP or p.low in _ADJ or p.low in _EXACTLY):
            return True  # "The 422 ships", "Only 30", "Exactly 40"
        if self.sentence_initial(prev) and (p.low,) in _PREFIXES:
            return True
        for size in range(_PREFIX_MAX, 0, -1):
            start = prev - size + 1
            if start >= 0 and tuple(self.low(x) for x in range(start, prev + 1)) in _PREFIXES:
                return True
        return False

    def skip_date_range(self, core: _Core) -> int:
        """After a year or date figure, skip a joined second part ("2019-20", "to 2021")."""
        j = core.end
        if self.low(j) in {"-", "–", "—", "to", "/"} and self.is_num(j + 1):
            return j + 2
        return j

    # -- modifiers -----------------------------------------------------------------

    def apply_prefix(self, f: _Found, floor: int) -> None:
        for size in range(_PREFIX_MAX, 0, -1):
            start = f.start - size
            if start < floor:
                continue
            words = tuple(self.low(x) for x in range(start, f.start))
            if words in _PREFIXES:
                if words in _PREPOSITIONS and self.low(start - 1) in _GOVERN_OVER:
                    return  # "materials spread over 55,000 pages": a place, not a floor
                if words == ("up", "to") and self.low(start - 1) in _MOVED_UP:
                    return  # "ticked up to 2.9 per cent": a level reached, not a ceiling
                bound, approx, _ = _PREFIXES[words]
                if words == ("some",) and self.low(f.start) in {"a"}:
                    return
                f.modifier = " ".join(self.toks[x].text for x in range(start, f.start)).lower()
                f.start = start
                f.bound = bound
                f.approx = approx
                if bound in {"at_least", "more_than"}:
                    f.high = None
                elif bound in {"at_most", "less_than"}:
                    f.low = None
                return

    def range_or_tally(self, f: _Found, core: _Core, currency: str | None) -> None:
        j = core.end
        unit_first: str | None = None
        unit_end = j
        if currency is None:
            unit_first, unit_end = self.unit_phrase(j, core)
        if (
            unit_first is None
            and self.low(f.start - 1) in ("by", "voted", "with")
            and self.low(j) in ("vote", "votes")
            and self.low(j + 1) == "to"
        ):
            unit_first, unit_end = "vote", j + 1  # "by 24 votes to 15", "voted six votes to three"
        joiner = self.low(unit_end)
        if f.bound == "range":
            if joiner != "and":
                f.bound, f.modifier = None, None
                f.start = core.start if currency is None else f.start + 1
                if currency is not None:
                    f.start = self.currency_start(core.start)
                return
        elif joiner not in {"-", "–", "—", "to"} or (
            joiner == "to"
            and self.low(f.start - 1) in _CHANGE_WORDS
            and not (
                unit_first == "vote"
                and self.low(f.start - 1) == "by"
                and (
                    self.low(f.start - 2) not in _CHANGE_WORDS
                    or self.low(f.start - 3) in _DETERMINERS  # "backed the increases by ..."
                    or (  # "approved the rent rise by 14 votes to five"
                        self.low(f.start - 4) in _DETERMINERS
                        and self.low(f.start - 2) in _CHANGE_NOUNS
                    )
                )
            )
        ):
            return  # "rose by 5 to 7" is a change; "backed it by 24 votes to 15" a tally
        if f.bound not in {None, "range"}:
            return
        k = unit_end + 1
        if currency is not None and self.low(k) in _CURRENCY_SIGNS:
            k += 1
        second = self.number(k, currency is not None) if k < self.n else None
        if second is None or self.excluded(second, currency):
            if f.bound == "range":
                f.bound, f.modifier = None, None
                f.start = self.currency_start(core.start)
            return
        if joiner in {"-", "–", "—"} and not (
            (self.glued(unit_end) and self.glued(unit_end + 1)) or not self.glued(unit_end)
        ):
            return
        if core.year_like and (second.year_like or (second.value < 100 and joiner == "-")):
            return
        a, b = core.value, second.value
        if f.bound != "range" and self.is_tally(f, core, second, currency, unit_first):
            f.tally = (a, b)
            f.unit = f.unit or ("vote" if unit_first == "vote" else None)
            f.low = f.high = None
            f.precision = Decimal(1)
            f.num_end = second.end
            f.end = second.end
            return
        if second.scale > 1 and core.scale == 1 and a * second.scale <= b and a < 1000:
            a *= second.scale
            core.precision *= second.scale
        if a > b:
            return
        if unit_first is not None:
            unit_second, _ = self.unit_phrase(second.end, second)
            if unit_second not in {None, unit_first}:
                return  # "2.5 percentage points to 7.5 per cent"
        f.low, f.high = a, b
        f.bound = "range"
        f.precision = min(core.precision, second.precision)
        f.num_end = second.end
        f.end = second.end
        core.year_like = False
        if unit_first is not None:
            f.unit = unit_first
            unit_second, end2 = self.unit_phrase(second.end, second)
            if unit_second == unit_first:
                f.end = end2

    def currency_start(self, core_start: int) -> int:
        s = core_start
        if s > 0 and self.toks[s - 1].text in _CURRENCY_SIGNS:
            s -= 1
            if s > 0 and self.glued(s) and self.is_word(s - 1):
                s -= 1
        elif s > 0 and self.toks[s - 1].text.rstrip(".") in _CURRENCY_CODES:
            s -= 1
        return s

    def is_tally(
        self, f: _Found, a: _Core, b: _Core, currency: str | None, unit: str | None
    ) -> bool:
        if unit == "vote":
            return a.scale == b.scale == 1  # "by 24 votes to 15": the votes for, then against
        if currency is not None or unit is not None or a.scale > 1 or b.scale > 1:
            return False
        if a.value != a.value.to_integral_value() or b.value != b.value.to_integral_value():
            return False
        before = self.low(f.start - 1)
        if before in {"a", "an"}:
            before = self.low(f.start - 2)
        after = self.low(b.end)
        if after in _TALLY_NOUNS or before in _TALLY_VERBS or self.low(f.start - 2) in _TALLY_VERBS:
            return True
        if self.low(b.end) == "in" and self.low(b.end + 1) == "favour":
            return True
        return a.value >= b.value

    def casualties_of(self, f: _Found) -> str | None:
        """What a bare figure counts when it is the toll of a verb of harm, else None.

        "the blast killed 3, injured 12", "Shooting Kills 1, Injures 2": the figure is
        the verb's object and nothing follows it but punctuation or a preposition, so it
        counts the dead or the injured (:data:`_CASUALTIES`). "killed 2 years ago" or
        "injures 2 women" is none of these.
        """
        if f.low is None or f.bound or f.ordinal or f.tally or f.num_start != f.start:
            return None
        verb = self.low(f.start - 1)
        after = f.end
        if verb not in _HARM_VERBS or (self.is_word(after) and self.low(after) not in _AFTER_TOLL):
            return None
        return _HARM_VERBS[verb]

    def harmed_subject(self, f: _Found) -> str | None:
        """Give "person" when a bare figure is the subject of a verb of harm, else None.

        "15 were hurt", "two have died", "30 were injured": the figure counts the people
        the harm befell, as "15 people were hurt" does.
        """
        if f.low is None or f.ordinal or f.tally or f.bound == "range":
            return None
        k = f.end
        for _ in range(3):
            low = self.low(k)
            if low in _HARMED_PARTICIPLES and self.is_word(k) and not self.glued(k):
                return "person"
            if low not in _AUXILIARIES:
                return None
            k += 1
        return None

    def tally_of(self, f: _Found) -> str | None:
        """What a tally counts when a vote is named before it ("by a vote of 52 to 48").

        "Voted 6-3" and "ruled 6-3" count votes too, and so does "the vote was 6-3"; "a
        5-4 vote" names them after the figures and needs no help. "Went 9-0" and
        "finished 12-4" are a record of games won and lost; "pulled back to 12-10" and
        "cut the deficit to 2-1" a score on the way to the end. A score ("won 3-1", "led
        the team to a 7-5 win") is none of these.
        """
        before = self.low(f.start - 1)
        if before in {"voted", "ruled"} or (
            before == "of" and self.low(f.start - 2) in {"vote", "votes", "ballot"}
        ):
            return "vote"
        if before in {"was", "is", "ended", "finished"} and self.low(f.start - 2) in {
            "vote",
            "ballot",
            "tally",
        }:
            return "vote"  # "the vote was 6-3", "the final tally was 7-2"
        if before in _RECORD_VERBS:
            return "record"  # "going 9-0 in the round robin": games won and lost, no score
        if before == "to" and self.low(f.start - 2) not in {"lead", "led", "leads", "leading"}:
            return "running score"  # "pulled back to 12-10": a score on the way, not the end
        return None

    def elided_unit(self, before: FieldValue, f: _Found) -> str | None:
        """What a bare figure counts when it is joined to a figure that names it, else None.

        "27 league goals last season and 31 in all competitions", "an initial 75 million
        euros, rising to 85 million with add-ons": the second figure leaves out the noun
        or currency the first gave. Only a joining word ("and", "or", "but", "while",
        "rising to", "compared with") and a few words of the first figure's clause may
        stand between them, and no noun may follow the bare figure ("and 31 players"); a
        phrase may ("two patients from the cardiac ward and nine from the respiratory ward").
        """
        unit = getattr(before.value, "unit", None)
        if unit is None or unit in _ELIDED_NEVER or f.low is None or f.ordinal or f.tally:
            return None
        between = self.text[before.span[1] : self.toks[f.start].start].lower()
        if between.strip() == "," and FRONTED_WHOLE.search(self.text[: before.span[0]]):
            return str(unit)  # "Of the block's 64 households, 51 signed up": 51 households
        if self.is_word(f.end) and self.low(f.end) not in _AFTER_TOLL | {"for", "to", "from", "by"}:
            return None
        words = re.findall(r"[a-z]+", between)
        if words[-2:] in (["a", "further"], ["an", "additional"], ["an", "extra"]):
            words = words[:-2]  # "61 vacancies for firefighters and a further 26 for ..."
        elif words[-1:] == ["another"]:
            words = words[:-1]
        if len(words) > 6 or re.search(r"[.;:!?()\"“”]", between):
            return None
        if words == ["to"] and unit in _TALLIED_TO:
            return str(unit)  # "took 14,212 votes to 11,874 for Fairhurst": his votes
        if not _ELIDED_JOINERS & set(words):
            return None
        return str(unit)

    def crowd_put_at(self, start: int) -> bool:
        """Whether a bare figure is what a gathering was put at.

        "put the crowd at 4,800", "a crowd the course put at 4,800", "estimated the
        attendance at 12,000": people.
        """
        if self.low(start - 1) != "at":
            return False
        words = [self.low(k) for k in range(max(0, start - 7), start - 1)]
        put = [i for i, w in enumerate(words) if w in _PUT_AT_WORDS]
        return bool(put) and any(w in _CROWDS for w in words[max(0, put[-1] - 3) :])

    def toll_of(self, f: _Found) -> str | None:
        """What a bare figure counts when it is the figure a toll reaches, else None.

        "the death toll rose to 1,941", "the toll from the quake stood at 64", "put the
        death toll at 46", "a death toll of at least 300", "the number of dead has
        climbed to 280": the toll names what the figure counts, the dead (or the
        injured: "the injury toll rose to 12"). A toll on a road or a bridge is a sum
        ("$5"), never a bare figure.
        """
        if f.low is None or f.ordinal or f.tally:
            return None
        j = f.start - 1
        if self.low(j) in {"to", "at", "of"}:
            j -= 1
        verbs = 0
        while verbs < 3 and self.low(j) in _TOLL_VERBS:
            j, verbs = j - 1, verbs + 1
        # "the death toll [from the quake] rose to": a short phrase may follow the toll
        for back in range(9 if verbs else 1):
            k = j - back
            if not self.is_word(k):
                return None
            head = self.low(k)
            if back and self.low(k + 1) not in _AFTER_TOLL_NOUN:
                continue
            if head in {"toll", "tally"}:
                kind = _TOLL_KINDS.get(self.low(k - 1))
                return kind or ("dead" if head == "toll" else None)
            if head in _TOLL_KINDS and self.low(k - 1) == "of" and self.low(k - 2) == "number":
                return _TOLL_KINDS[head]
        return None

    def number_capped(self, f: _Found) -> str | None:
        """What a bare figure counts when the number of them is capped, set or moved to it.

        "the number of military personnel on the island will be capped at 1,800", "the
        number of licences will be limited to 450", "the number of fines handed to parents
        climbed to 1,870", "the number of reported break-ins fell to 412": the figure
        counts the number's noun.
        """
        if f.low is None or f.ordinal or f.tally or self.low(f.start - 1) not in ("at", "to"):
            return None
        if self.low(f.start - 2) not in _CAPPED:
            return None
        for k in range(f.start - 3, max(-1, f.start - 20), -1):
            if self.low(k) in (".", ";", ":"):
                return None
            if self.low(k) == "number" and self.low(k + 1) == "of":
                for j in range(k + 2, min(k + 6, f.start - 2)):
                    if self.plural_noun(j) or self.low(j) == "personnel":
                        return lemmatize(self.toks[j].text)
                return None
        return None

    def told_as_age(self, f: _Found) -> bool:
        """Whether a bare whole number from 1 to 120 is someone's age in years.

        Newsrooms give an age in a few set ways: between commas after a name or a
        person ("Comeaux, 49, escaped", "the actress, 33, checked in"), in a clause after a
        name ("Mr Munby, who was 84,"), after "aged" or "age" ("aged 91", "at the age of
        91"), and after a death ("dies at 91").
        A number in a list ("1, 2, 3"), a date ("June 24, 2013") or a count with its
        noun is none of these.
        """
        if f.low is None or f.high != f.low or f.bound or f.approx or f.ordinal or f.tally:
            return False
        if f.low != f.low.to_integral_value() or not 1 <= f.low <= 120:
            return False
        a, b = f.num_start, f.num_end
        before, before2 = self.low(a - 1), self.low(a - 2)
        if before in {"aged", "age"} or (before == "of" and before2 == "age"):
            return True
        if before in {"and", "or", ","} and self._aged_list(a - 1):
            return True  # "aged 27 and 34": each of the ages
        if before == "at" and before2 in _DEATHS:
            return True
        if (
            before in {"was", "is"}
            and before2 == "who"
            and self.low(a - 3) == ","
            and self.is_word(a - 4)
            and self.capitalized(a - 4)
            and self.low(b) in {",", ")", ".", ";"}
        ):
            return True  # "Mr Munby, who was 84, died": an age told in a clause after the name
        name = a - 2
        if before2 == "." and self.low(a - 3) in {"jr", "sr"}:
            name = a - 3  # "Arcade Comeaux Jr., 49,"
        return (
            before == ","
            and self.low(b) in {",", ")", ".", ";"}
            and self.is_word(name)
            and not self.is_month(name)
            and self.low(name) not in WEEKDAYS
            and (self.capitalized(name) or self.low(name) in _PERSON_NOUNS)
        )

    def ages_between(self, f: _Found) -> bool:
        """Whether a range of whole numbers from 1 to 120 is the ages of a group, after "aged".

        "Nine children, aged between 12 and 17", "pupils aged 11 to 16": years of age, as
        "aged 34" is, not a count.
        """
        if f.bound != "range" or f.low is None or f.high is None or f.approx or f.tally:
            return False
        if not all(v == v.to_integral_value() and 1 <= v <= 120 for v in (f.low, f.high)):
            return False
        k = f.start - 1
        if self.low(k) == "between":
            k -= 1
        return self.low(k) in {"aged", "ages"}

    def _aged_list(self, k: int) -> bool:
        """Whether the token at ``k`` goes on a list of ages opened by "aged" ("aged 27 and 34")."""
        while k > 0 and self.low(k) in {"and", "or", ","} and self.is_num(k - 1):
            k -= 2
            if self.low(k) in {"aged", "age"}:
                return True
        return False

    # -- units ---------------------------------------------------------------------

    def unit_phrase(self, j: int, core: _Core | None) -> tuple[str | None, int]:
        """Match a unit word or symbol starting at token ``j``."""
        if j >= self.n:
            return None, j
        start = j
        if self.low(j) == "-" and self.glued(j) and self.glued(j + 1) and self.is_word(j + 1):
            j += 1  # "a 10-year plan", "400-kilometre"
        elif self.low(j) == "-" and self.low(j + 1) in _AGE_UNITS and self.low(j + 3) == "old":
            j += 1  # "a 35 - year - old deputy": an age in text whose hyphens were spaced
        tok = self.toks[j]
        glued = tok.glued and j == start
        if tok.text == "%":
            return "%", j + 1
        if glued and tok.text in {"C", "F"} and tok.kind == _WORD:
            return "°" + tok.text, j + 1
        for size in range(_UNIT_MAX, 0, -1):
            if j + size > self.n:
                continue
            words = tuple(self.toks[x].low for x in range(j, j + size))
            unit = _UNIT_WORDS.get(words)
            if unit is None:
                continue
            if size == 1 and words[0] in {"won", "rub"} and not glued:
                continue
            if words == ("second",) and (
                self.plural_noun(j + 1) or (self.low(j + 1) == "-" and self.glued(j + 1))
            ):
                continue  # "1,840 second homes", "900 second-hand cars": a kind, no time
            if unit == "KRW" and not (core is not None and core.scale > 1):
                continue
            after = j + size + (self.low(j + size) == "-")
            if unit in _AGE_UNITS and self.low(after) == "old":
                return _AGE_UNITS[unit], after + 1  # "a 35-year-old deputy": an age
            if unit in {"year", "month", "day", "week"} and self.low(j + size) == "ago":
                return unit, j + size  # "three years ago" is still a duration of sorts
            rate = f"{unit}/{self.low(j + size + 1)}"
            if self.low(j + size) in _RATE_WORDS and rate in _DIMENSIONS:
                return rate, j + size + 2  # "open 15 hours a week", "three days a week"
            return unit, j + size
        if glued and tok.text in _GLUED_UNITS:
            return _GLUED_UNITS[tok.text], j + 1
        if core is not None and (
            (glued and tok.text == "p" and not self.spaced_meridiem(j)) or tok.low == "pence"
        ):
            return _PENCE, j + 1  # "a dividend of 8.1p a share", "45 pence"
        if tok.low == "pounds" and core is not None:
            return ("GBP" if core.scale > 1 else "lb"), j + 1
        return None, start

    def attach_unit(self, f: _Found, core: _Core, currency: str | None) -> None:
        if f.unit is not None:
            return
        if currency is not None:
            f.unit = currency
            if f.start > 0 and f.start == core.start:
                f.start = self.currency_start(core.start)
            # "$5 billion dollars" is rare; a trailing currency word is not consumed.
            self.suffix(f)
            return
        j = f.end
        if self.low(j) == "-" and self.glued(j) and self.glued(j + 1) and f.bound is None:
            if self.low(j + 1) in {"odd", "plus"}:
                odd = self.low(j + 1) == "odd"
                f.bound = "approx" if odd else "at_least"
                f.approx = odd
                f.high = f.high if odd else None
                f.modifier = self.low(j + 1)
                j = f.end = j + 2
        elif self.low(j) == "+" and self.glued(j) and f.bound is None:
            f.bound, f.high, f.modifier = "at_least", None, "+"
            j = f.end = j + 1
        # "tens of thousands of people": the "of" belongs to the quantity.
        if core.vague_high is not None and self.low(j) == "of":
            j += 1
        unit, end = self.unit_phrase(j, core)
        if unit == _PENCE:
            f.unit, f.end = "GBP", end
            hundredth = Decimal("0.01")
            f.low = None if f.low is None else f.low * hundredth
            f.high = None if f.high is None else f.high * hundredth
            f.precision *= hundredth
        elif unit is not None:
            f.unit = unit
            f.end = end
        else:
            noun = self.capacity(j) or self.counted_noun(j)
            if noun is not None:
                f.unit, f.end = noun
                if (mixed := self.two_kinds(f.end, f.unit)) is not None:
                    f.unit, f.end = mixed
        if f.tally is not None and f.unit in _SCORE_NOUNS:
            f.unit = None  # "a 7-5 victory" is the score "7-4" is: no count of victories
        parent = self.low(f.start - 1) == "of" and self.low(f.start - 2) in _PARENTS
        if parent and f.unit in (None, "child"):
            f.unit = "children"  # "a mother of 12": her children, a count of their own
        if f.unit is None and self.low(f.start - 1) == "of" and self.low(f.start - 2) in _CROWDS:
            f.unit = "person"  # "a sellout crowd of 31,400": people
        if f.unit is None and self.crowd_put_at(f.start):
            f.unit = "person"  # "a crowd the course put at 4,800": people
        if core.vague_high is not None:
            f.approx = True
            if f.bound is None:
                f.high = core.vague_high
                f.bound = "range"
        self.suffix(f)

    def suffix(self, f: _Found) -> None:
        """Apply a trailing bound or hedge: "or more", "or fewer", "or so", "30+"."""
        j = f.end
        w1, w2 = self.low(j), self.low(j + 1)
        if f.bound is None and f.tally is None and not f.ordinal:
            if w1 == "or" and w2 in {"more", "above", "over"}:
                f.bound, f.high, f.end = "at_least", None, j + 2
            elif w1 == "or" and w2 in {"fewer", "less", "under", "below"}:
                f.bound, f.low, f.end = "at_most", None, j + 2
            elif w1 == "or" and w2 == "so":
                f.bound, f.approx, f.end = "approx", True, j + 2
            elif w1 == "+" and self.glued(j):
                f.bound, f.high, f.end = "at_least", None, j + 1
            if f.bound is not None and f.modifier is None:
                f.modifier = " ".join(self.toks[x].low for x in range(j, f.end))
        if f.bound == "approx":
            f.approx = True  # compare recovers "nearly"/"just over" from the modifier

    def two_kinds(self, k: int, unit: str) -> tuple[str, int] | None:
        """The two kinds a count counts together, when its noun goes on "and <nouns>".

        "21 people and companies were added to the list" counts people and companies both:
        its unit is "person and company" (no count of people alone), and its words run to
        the second noun. Two kinds of people are people ("40 pupils and teachers"); homes
        and businesses are properties, as a water or power company counts them ("860 homes
        and businesses lost their supply" / "the burst cut supplies to 1,450 properties").
        """
        if self.low(k) == ",":
            return self.listed_kinds(k, unit)
        if self.low(k) not in ("and", "or") or not self.plural_noun(k + 1):
            return None
        if self.is_word(k + 2) and self.low(k + 2) in ("of", "'s", "’s"):
            return None
        other = lemmatize(self.toks[k + 1].text)
        if other == unit:
            return None
        if unit in PEOPLE and other in PEOPLE:
            return "person", k + 2
        if {_COUNT_SYNONYMS.get(unit, unit), other} == {"home", "business"}:
            return "property", k + 2  # "860 homes and businesses" are 860 properties
        return f"{unit} and {other}", k + 2

    def listed_kinds(self, k: int, unit: str) -> tuple[str, int] | None:
        """The kinds a count counts together when its noun opens a list ("A, B and C").

        "Its nine dentists, hygienists and dental nurses" counts the whole team, not nine
        dentists; "14 cars, vans and lorries" counts vehicles of three kinds. Each item
        after a comma is a plural noun, with at most one word before it ("dental nurses"),
        and the list closes with "and" or "or": its unit names every kind, and its words
        run to the last noun.
        """
        kinds = [unit]
        while self.low(k) == ",":
            k += 1
            if self.low(k) in ("and", "or"):
                break
            item = self.list_item(k)
            if item is None:
                return None
            kinds.append(item[0])
            k = item[1]
        else:
            if self.low(k) not in ("and", "or"):
                return None
        last = self.list_item(k + 1)
        if len(kinds) < 2 or last is None:
            return None
        kinds.append(last[0])
        if all(kind in PEOPLE for kind in kinds):
            return "person", last[1]
        return f"{', '.join(kinds[:-1])} and {kinds[-1]}", last[1]

    def list_item(self, k: int) -> tuple[str, int] | None:
        """A plural noun at ``k``, or after one word that describes it ("dental nurses").

        Not after a word that opens a phrase of another kind: "140 people, including
        swimmers" gives examples of the people, no second kind.
        """
        for at in (k, k + 1):
            if self.plural_noun(at) and not (
                self.is_word(at + 1) and self.low(at + 1) in ("of", "'s", "’s")
            ):
                return lemmatize(self.toks[at].text), at + 1
            if not self.is_word(at) or self.glued(at) or not self.describes(at):
                return None
        return None

    def describes(self, k: int) -> bool:
        """Whether token ``k`` may describe the noun after it ("dental", "practice")."""
        if self.pos is not None:
            return self.pos.get(self.toks[k].start, ("", ""))[0] in {"ADJ", "NOUN", "PROPN"}
        return self.low(k) not in _STOP and not self.low(k).endswith("ing")

    def plural_noun(self, k: int) -> bool:
        """Whether token ``k`` is a plural noun set after the word before ("second homes")."""
        if not self.is_word(k) or self.glued(k) or not self.low(k).endswith("s"):
            return False
        if self.pos is not None:
            return self.pos.get(self.toks[k].start, ("", ""))[0] == "NOUN"
        return self.low(k) not in _STOP

    def names_a_noun(self, k: int) -> bool:
        """Whether token ``k`` goes on with a noun ("2 injured [workers]")."""
        if not self.is_word(k) or self.glued(k):
            return False
        if self.pos is not None:
            return self.pos.get(self.toks[k].start, ("", ""))[0] in {"NOUN", "PROPN"}
        low = self.low(k)
        return low not in _STOP and low not in _AFTER_TOLL and not low.endswith("ly")

    def capacity(self, j: int) -> tuple[str, int] | None:
        """The noun of a size told by a hyphened figure: "the 620-seat main house" counts seats.

        A place's size by what it holds ("a 40-bed ward", "a 120-room hotel", "a 300-berth
        marina") counts those things, as "620 seats" does.
        """
        if not (self.low(j) == "-" and self.glued(j) and self.glued(j + 1)):
            return None
        noun = self.low(j + 1)
        return (noun, j + 2) if noun in _CAPACITY_NOUNS else None

    def counted_noun(self, j: int, *, ordinal: bool = False) -> tuple[str, int] | None:
        """Find the noun a figure counts ("422 ships" -> "ship") and the token after it.

        After an ``ordinal``, only a plural noun makes a partitive ("the first of the
        talks"); a singular one frames the rank ("the first of his presidency").
        """
        if self.is_word(j) and self.low(j) == "of" and j > 0 and self.low(j - 1) != "one":
            found = self.partitive_noun(j + 1)
            if found is not None and (not ordinal or found[0] != self.low(found[1] - 1)):
                return found  # (an ordinal's noun was plural: its lemma differs)
        k = j - 1
        for step in range(3):
            k += 1
            if not self.is_word(k) or self.glued(k):
                return None
            if (whole := self.hyphenated_noun(k)) is not None:
                return whole  # "two co-workers", "40 part-timers": one noun, hyphen and all
            after = self.after_hyphenated(k) or self.after_dotted(k)
            if after is not None and step < 2:
                # "300 full-time jobs", "12 off-duty firefighters", "28,500 U.S. troops": a
                # modifier
                k = after - 1
                continue
            tok = self.toks[k]
            low = tok.low
            if (
                step == 0
                and low in _CASUALTIES
                and not self.names_a_noun(k + 1)
                and not (
                    self.low(k + 1) in {"and", "or"}
                    and self.modifier_in_run(k + 2)
                    and self.names_a_noun(k + 3)
                )
            ):
                return _CASUALTIES[low], k + 1  # "30 dead", "2 hurt", "1 Dead, 2 Injured"
            if step == 0 and low in ("count", "counts") and (charge := self.charged_with(k)):
                return charge  # "nine counts of burglary" counts burglaries
            if low in _KIND_AFTER_OF and (kind := self.charged_with(k)):
                return kind  # "31 letters of objection" count objections, not letters
            if step == 0 and low == "times" and self.occasions(k):
                return "time", k + 1  # "launched 31 times last year": a count of occasions
            if low == "second" and step == 0 and self.plural_noun(k + 1):
                continue  # "1,840 second homes": homes, the second a kind of them
            if low in _STOP or low in _FRACTIONS or low.endswith("ly") or low in _MONTHS:
                return None
            if self.pos is not None:
                pos, tag = self.pos.get(tok.start, ("", ""))
                if ordinal and pos == "NOUN":  # "the second rate cut": cuts are ranked
                    last = self.ranked_head(k)
                    return lemmatize(self.toks[last].text), last + 1
                plural_head = self.compound_head(k) if pos in {"NOUN", "PROPN"} else None
                if plural_head is not None:  # "2 plainclothes NYPD officers": officers
                    head_noun = lemmatize(self.toks[plural_head].text)
                    if head_noun in _LOSSES:  # "1,200 job cuts" count jobs that go
                        return lemmatize(self.toks[plural_head - 1].text), plural_head + 1
                    return head_noun, plural_head + 1
                if tag == "NN" and (shared := self.coordinated_head(k)) is not None:
                    # "22,000 blood and tissue samples", "40 oil and gas fields": the head
                    # the coordinated nouns share
                    return lemmatize(self.toks[shared].text), shared + 1
                if pos in {"NOUN", "PROPN"} and not (pos == "PROPN" and not low.endswith("s")):
                    head = k + 1
                    if (
                        tag == "NN"
                        and self.is_word(head)
                        and not self.glued(head)
                        and self.pos.get(self.toks[head].start, ("", ""))[1] == "NNS"
                    ):  # a compound counts its head: "20 missile tests" counts tests
                        return lemmatize(self.toks[head].text), head + 1
                    return lemmatize(tok.text), k + 1
                if tok.start in self.clause_verbs:
                    return None  # "a crowd of 28,900 watched Rovers win": a verb, no noun
                if pos == "ADJ" or tag in {"VBN", "VBG"} or low in _ADJ:
                    if self.low(k + 1) in {"and", "or"} and self.modifier_in_run(k + 2):
                        k += 2  # "14 sick and premature babies", "12 new and used cars"
                    continue
                return None
            if tok.text[0].isupper() and not (low.endswith("s") and len(low) > 3):
                return None
            nxt_ok = (
                self.is_word(k + 1)
                and not self.glued(k + 1)
                and (self.low(k + 1) not in _STOP and not self.low(k + 1).endswith("ly"))
            )
            if low in _ADJ or low.endswith(("ed", "ing")):
                if nxt_ok:
                    continue
                if low in _ADJ and low not in {"dead", "injured", "wounded", "missing"}:
                    return None
                if low in {"dead", "injured", "wounded", "missing"}:
                    return low, k + 1  # "30 dead"
                return None  # "30 died"
            return lemmatize(tok.text), k + 1
        return None

    def occasions(self, k: int) -> bool:
        """Whether "times" at ``k`` counts occasions ("was stabbed 12 times").

        Not a multiplier ("five times as many", "three times the national average",
        "1.5 times higher", "many times over") nor a rate ("three times a day"): only a
        whole figure right before it, and after it the clause's end or a word that does
        not go on with what is multiplied.
        """
        figure = self.toks[k - 1].text if k > 0 else ""
        if not figure.replace(",", "").isdigit() and figure.lower() not in _WHOLE_WORDS:
            return False
        if self.low(k - 2) == "by":
            return False  # "grew by three times": a multiplier
        if k + 1 >= self.n or not self.is_word(k + 1):
            return True
        if self.low(k + 1) in {"this", "that", "last"} and self.low(k + 2) in _PERIODS:
            return True  # "nine times this season", not "three times that amount"
        return self.low(k + 1) not in _NOT_OCCASIONS

    def hyphenated_end(self, k: int) -> int:
        """The last word of a word joined by hyphens that opens at ``k`` (``k`` if none)."""
        m = k
        while (
            m + 2 < len(self.toks)
            and self.toks[m + 1].text == "-"
            and self.glued(m + 1)
            and self.is_word(m + 2)
            and self.glued(m + 2)
        ):
            m += 2
        return m

    def after_hyphenated(self, k: int) -> int | None:
        """The word after a hyphenated word opened at ``k`` ("full-time jobs"), else None."""
        m = self.hyphenated_end(k)
        nxt = m + 1
        if m == k or not self.is_word(nxt) or self.glued(nxt) or self.low(nxt) in _STOP:
            return None
        return nxt

    def hyphenated_noun(self, k: int) -> tuple[str, int] | None:
        """A noun written with a hyphen that opens at ``k`` ("co-workers"), and the token after.

        Its last part must be a noun with nothing noun-like after it: "co-workers at the
        plant" is one noun, while "full-time jobs" is a modifier and its noun
        (:meth:`after_hyphenated`).
        """
        m = self.hyphenated_end(k)
        if m == k or self.after_hyphenated(k) is not None:
            return None
        last = self.toks[m]
        if self.pos is not None:
            if self.pos.get(last.start, ("", ""))[0] != "NOUN":
                return None
        elif last.low in _STOP or not last.low.endswith("s"):
            return None  # without a parse, only a plural ends a noun for sure
        words = [self.toks[x].text.lower() for x in range(k, m + 1, 2)]
        return "-".join([*words[:-1], lemmatize(self.toks[m].text)]), m + 1

    def after_dotted(self, k: int) -> int | None:
        """The word after a dotted abbreviation at ``k`` ("U.S. troops"), else None.

        "28,500 U.S. troops" counts troops and "300 U.N. peacekeepers" peacekeepers: the
        abbreviation of a country or body, like an adjective, modifies the noun.
        """
        if not _DOTTED.fullmatch(self.toks[k].text):
            return None
        nxt = k + 1
        if self.low(nxt) == "." and self.glued(nxt):
            nxt += 1
        if not self.is_word(nxt) or self.glued(nxt) or self.low(nxt) in _STOP:
            return None
        return nxt

    def compound_head(self, k: int) -> int | None:
        """The plural noun that ends a run of nouns opened at ``k``, else None.

        A figure counts the head of its noun phrase, the last noun of a compound: "two
        plainclothes NYPD officers" counts officers, "three Trump aides" aides, "20
        missile tests" tests. Only a plural head is taken (a count of two or more
        names one); a run ending in a singular is no compound count ("5 Downing Street").
        A model's number after its name is part of the run: "48,000 Nestra 360 seats"
        counts seats, "12 Boeing 737 jets" jets; so is one adjective inside it: "14 reactor
        antineutrino events" counts events, "40 hospital intensive care beds" beds.
        """
        m, reach, adjective = k, 3, False
        while self.pos is not None:
            if m + 1 - k < reach and self.noun_in_run(m + 1):
                m += 1
            elif reach == 3 and self.model_number(m) and self.noun_in_run(m + 2):
                m, reach = m + 2, 5  # the number is no noun of the run
            elif not adjective and self.adjective_in_run(m + 1) and self.noun_in_run(m + 2):
                m, reach, adjective = m + 2, reach + 1, True  # "hospital intensive care beds"
            else:
                break
        if m == k or self.pos is None:
            return None
        if self.low(m) in _SAME_IN_THE_PLURAL:
            return m  # "41 control staff", "12 cabin crew": a plural the tagger reads as one
        return m if self.pos.get(self.toks[m].start, ("", ""))[1] in {"NNS", "NNPS"} else None

    def coordinated_head(self, k: int) -> int | None:
        """The plural noun two coordinated singular modifiers at ``k`` share, else None.

        "22,000 blood and tissue samples" counts samples, "40 oil and gas fields" fields;
        not "two men and a woman", whose nouns are counted on their own.
        """
        if self.pos is None or self.low(k + 1) not in {"and", "or"}:
            return None
        m = k + 2
        if not self.noun_in_run(m) or self.pos.get(self.toks[m].start, ("", ""))[1] != "NN":
            return None
        head = self.compound_head(m)
        if head is None and self.noun_in_run(m + 1):
            head = m + 1 if self.pos.get(self.toks[m + 1].start, ("", ""))[1] == "NNS" else None
        return head

    def modifier_in_run(self, m: int) -> bool:
        """Whether the token at ``m`` is an adjective or participle before a noun ("used")."""
        return self.adjective_in_run(m) or (
            self.in_run(m, {"VERB"})
            and self.pos is not None
            and self.pos.get(self.toks[m].start, ("", ""))[1] in {"VBN", "VBG"}
        )

    def noun_in_run(self, m: int) -> bool:
        """Whether the token at ``m`` goes on a run of nouns: a noun or name, no stop word."""
        return self.in_run(m, {"NOUN", "PROPN"})

    def adjective_in_run(self, m: int) -> bool:
        """Whether the token at ``m`` is an adjective inside a run of nouns ("intensive")."""
        return self.in_run(m, {"ADJ"})

    def in_run(self, m: int, tags: set[str]) -> bool:
        """Whether the token at ``m`` is a word of one of ``tags``, no stop word, unglued."""
        return (
            self.is_word(m)
            and not self.glued(m)
            and self.low(m) not in _STOP
            and self.pos is not None
            and self.pos.get(self.toks[m].start, ("", ""))[0] in tags
        )

    def model_number(self, m: int) -> bool:
        """Whether a bare number follows the name at ``m`` as its model ("Nestra 360")."""
        return (
            self.capitalized(m)
            and self.is_num(m + 1)
            and not self.glued(m + 1)
            and not self.glued(m + 2)
            and "," not in self.toks[m + 1].text
        )

    def ranked_head(self, k: int) -> int:
        """The noun a rank's noun at ``k`` modifies as a compound, else ``k`` itself.

        A rank counts the head of its noun phrase, singular or not: "the second rate cut"
        ranks cuts, "their third league title" titles, "the fifth interest rate hike"
        hikes. Only the parse's compounds are followed: "the first time police fired"
        ranks times.
        """
        starts = {t.start: x for x, t in enumerate(self.toks)}
        m = k
        while (head := self.compound_of.get(self.toks[m].start)) is not None and head in starts:
            if any(self.glued(x) or not self.is_word(x) for x in range(m + 1, starts[head] + 1)):
                break
            m = starts[head]
        return m

    def charged_with(self, k: int) -> tuple[str, int] | None:
        """The offence a count of charges at ``k`` counts, and the token after it, else None.

        A charge sheet counts offences by "counts of" one: "nine counts of burglary" are
        nine burglaries, as "six burglaries" are; "one count of fraud" is a fraud, no
        count of the burglaries beside it. The offence is the one noun after "of" (not
        two: "five counts of bribery and money laundering" stay counts). The same reading
        serves the nouns of :data:`_KIND_AFTER_OF`: "40 letters of objection" are objections.
        """
        if self.low(k + 1) != "of" or not self.names_a_noun(k + 2) or self.capitalized(k + 2):
            return None
        if self.names_a_noun(k + 3):
            return None  # "two counts of arson attacks": a compound, not read here
        figure = (
            self.is_num(k + 4)
            or self.low(k + 4) in _ONES
            or self.low(k + 4) in _TENS
            or self.low(k + 4) in {"a", "an", "the"}  # "emails of support and a petition"
        )
        if self.low(k + 3) in {"and", "or"} and not figure:
            return None  # "five counts of bribery and money laundering": counts of two offences
        return lemmatize(self.toks[k + 2].text), k + 3

    def partitive_noun(self, k: int) -> tuple[str, int] | None:
        """The noun counted by a partitive, a figure + "of" + a definite noun phrase.

        The phrase opens with a definite determiner (:data:`_PARTITIVE_DETERMINERS`) or a
        possessive noun, and the counted noun follows, past possessives and adjectives:
        "150 of the club's members" -> member, "12 of Norway's ferries" -> ferry, past a
        hyphenated compound too ("350 of its own-brand products" -> product), and past
        the first nouns of a compound to its plural head ("1,150 of its council homes" ->
        home). A figure inside the phrase owns the noun ("three of the four states").
        """
        if not self.is_word(k):
            return None
        low = self.low(k)
        if low not in _PARTITIVE_DETERMINERS:
            if not low.endswith(("'s", "’s")):
                return None
            k -= 1  # a possessive noun is its own determiner: look from it on
        m = k
        for _ in range(4):
            m += 1
            if not self.is_word(m) or self.glued(m):
                return None
            low = self.low(m)
            if low.endswith(("'s", "’s")) or low in {"'s", "’s"} or low in _ADJ:
                continue
            if self.glued(m + 1) and self.low(m + 1) in {"-", "‐"}:
                while self.glued(m + 1):  # "its own-brand products": a compound qualifies
                    m += 1
                continue
            if low in _STOP or low.endswith("ly") or low in _ONES or low in _TENS:
                return None  # "three of the four states": the noun belongs to "four"
            if not any(ch.isalpha() for ch in low):
                return None
            if self.is_word(m + 1) and self.low(m + 1) in {"'s", "’s"}:
                continue  # a possessive noun and its "'s" split into two tokens
            if (owner := self.named_owner(m)) is not None:
                m = owner  # "three of the University of Harrow's 11 libraries"
                continue
            # "1,150 of its council homes": the head of a compound, a plural after the noun
            m = self.compound_head(m) or m
            return lemmatize(self.toks[m].text), m + 1
        return None

    def named_owner(self, k: int) -> int | None:
        """The last token of a name opening at ``k`` that owns what follows, else None.

        A capitalised name joined by "of", "and" or "for" and ending in a possessive: "the
        University of Harrow's", "Kelder Fire and Rescue Service's" (up to six words).
        """
        if not self.toks[k].text[:1].isupper():
            return None
        for j in range(k, min(k + 6, len(self.toks))):
            text = self.toks[j].text
            if text in {"'s", "’s"} and j > k:
                return j
            if text.endswith(("'s", "’s")) and text[:1].isupper():
                return j
            if not (text[:1].isupper() or (j > k and text in {"of", "and", "for", "&"})):
                return None
        return None

    def keep_one(self, f: _Found, core: _Core) -> bool:
        """Keep a bare "one" only with a unit and no idiom ("one of", "one day")."""
        if not (core.words and core.end - core.start == 1 and self.low(core.start) == "one"):
            return True
        if f.bound is not None or f.tally is not None:
            return True
        return f.unit is not None and f.unit not in _ONE_IDIOMS


# --------------------------------------------------------------------------- readings


def hedge_direction(modifier: str | None) -> str:
    """Which way a hedge leans: "below" ("nearly"), "above" ("just over") or "both"."""
    words = tuple((modifier or "").lower().split(" "))
    bound, _, direction = _PREFIXES.get(words, ("", False, ""))
    return direction if bound == "approx" and direction in {"below", "above"} else "both"


def quantity_of(field: FieldValue) -> QuantityValue:
    """The value of a ``quantity`` field (TypeError for a field of another kind)."""
    value = field.value
    if not isinstance(value, QuantityValue):
        raise TypeError(f"a {field.kind} field is no quantity")
    return value


def is_count(field: FieldValue) -> bool:
    """Whether a quantity counts people or things ("150 migrants", "422 ships").

    Anything with a dimension (a length, a span of time, power, volume, area, a share)
    measures, a currency prices; only what is left counts. A count is what changes from
    one report to the next as a crowd grows; "30 days" and "45 days" are two spans.
    """
    unit = quantity_of(field).unit
    return unit is not None and unit not in _DIMENSIONS and unit not in _CURRENCIES


def magnitude(field: FieldValue) -> tuple[str, float] | None:
    """A quantity's dimension and its figure in the dimension's base unit, if known.

    "30 days" and "less than four hours" are both durations (2,592,000 s and 14,400 s);
    a count, a currency and a share keep their own unit as the dimension.
    """
    v = quantity_of(field)
    figure = v.low if v.low is not None else v.high
    if figure is None or v.unit is None:
        return None
    if v.unit in _DIMENSIONS:
        dim, factor = _DIMENSIONS[v.unit]
        return dim, float(figure) * factor
    return str(_COUNT_SYNONYMS.get(v.unit, v.unit)), float(figure)


_AGE_UNITS: Final[dict[str, str]] = {
    "year": "years old", "month": "months old", "week": "weeks old", "day": "days old",
}  # fmt: skip
"""Units of an age told with "old" ("a 35-year-old deputy", "a three-month-old baby")."""

_COUNTED_PERIODS: Final = frozenset(["day", "week", "month", "year", "season", "night"])
"""Spans of time a part can be counted out of, as things: "on 23 of the 181 days"."""
_NOT_OCCASIONS: Final = frozenset(
    _words("""
as more less fewer the that this its their his her our what over out a an per each every
daily weekly monthly yearly annually normal usual average higher lower larger bigger greater
smaller faster slower longer shorter stronger weaker wider heavier cheaper costlier
""")
)
"""Words after "times" that make it a multiplier or a rate, not a count of occasions:
"five times as many", "three times the average", "twice ... four times a day"."""
_PERIODS: Final = frozenset(
    _words("season year month week day term summer winter spring autumn decade century")
)
"""Spans a tally of occasions is counted over ("nine times this season")."""
_WHOLE_WORDS: Final = frozenset(
    _words("two three four five six seven eight nine ten eleven twelve dozen hundred")
)

_CASUALTIES: Final[dict[str, str]] = {
    "dead": "dead", "killed": "dead", "injured": "injured", "wounded": "injured",
    "hurt": "injured", "missing": "missing",
}  # fmt: skip
"""Words right after a bare figure that make it a toll, and the toll they count: "30 dead",
"3 killed", "12 wounded" (the wounded and the hurt are counted as injured)."""

_HARM_VERBS: Final[dict[str, str]] = {
    **dict.fromkeys(["kill", "kills", "killed", "killing"], "dead"),
    **dict.fromkeys(["injure", "injures", "injured", "injuring"], "injured"),
    **dict.fromkeys(["wound", "wounds", "wounded", "wounding"], "injured"),
    **dict.fromkeys(["hurt", "hurts", "hurting"], "injured"),
}
"""Verbs whose bare object figure is a toll ("killed 3, injured 12"), and what it counts."""

_HARMED_PARTICIPLES: Final = frozenset(
    ["hurt", "injured", "wounded", "killed", "died", "dead", "drowned", "hospitalised",
     "hospitalized"]
)  # fmt: skip
"""Words after a bare figure (and its auxiliaries) that make it count people harmed."""
_AUXILIARIES: Final = frozenset(["were", "was", "are", "is", "have", "has", "had", "been", "also"])

_TOLL_KINDS: Final[dict[str, str]] = {
    "death": "dead", "dead": "dead", "deaths": "dead", "fatalities": "dead",
    "casualty": "dead", "injury": "injured", "injured": "injured", "injuries": "injured",
}  # fmt: skip
"""Words before "toll" ("the death toll"), or after "the number of", that say what a toll
counts; "the toll" alone counts the dead."""

_TOLL_VERBS: Final = frozenset(
    ["rose", "risen", "rises", "rise", "climbed", "climbs", "climb", "reached", "reaches",
     "reach", "hit", "hits", "stood", "stands", "stand", "is", "was", "has", "had", "have",
     "been", "now", "jumped", "jumps", "increased", "grew", "grown", "soared", "surged",
     "went", "gone", "up", "officially", "already"]
)  # fmt: skip
"""Words between a toll and its figure: "the death toll [has now risen] to 1,941"."""

_LEFT_TO_NEXT: Final = re.compile(r"^(?:\s+(?P<own>[a-z][\w-]*))?\s+(?:and|or)\s+$")
"""What stands between a figure that leaves its noun to the next and that figure: "[38
infant] and [23 junior schools]", "12[ primary] and [four secondary schools]"."""

_AFTER_TOLL_NOUN: Final = frozenset(["from", "in", "after", "since", "among"])
"""Words that open a phrase between a toll and its verb: "the death toll [from the
quake] rose to 1,941"."""

_ELIDED_JOINERS: Final = frozenset(
    ["and", "or", "but", "while", "whereas", "rising", "falling", "compared", "versus", "vs",
     "against", "plus"]
)  # fmt: skip
"""Words that join a bare figure to one that names what both count (:meth:`_Parser.elided_unit`);
not a bare "to" ("rose 5% to 120" gives a level, not a share)."""
_TALLIED_TO: Final = frozenset(["vote", "seat", "point", "goal"])
"""What a side wins against another's, told with a bare "to": "14,212 votes to 11,874",
"19 seats to 14", "21 points to 17": the second figure counts the same thing."""
_MINUS_BEFORE: Final = re.compile(r"(?:\bminus\s+|(?<![\w\d.,-])[-−])$", re.IGNORECASE)
"""A sign before a figure: "minus 47", "-12C" (not "Covid-19", "3-5" or "a-12")."""
_BELOW_ZERO: Final = re.compile(
    r"\s+below\s+zero(?:\s+(?P<scale>Fahrenheit|Celsius|centigrade))?\b", re.IGNORECASE
)
"""A temperature told below zero, its scale after it: "49 degrees below zero Fahrenheit"."""
_DEGREES: Final = frozenset(["degree", "°F", "°C"])
_SCALES_OF: Final = {"fahrenheit": "°F", "celsius": "°C", "centigrade": "°C"}
PART_OF: Final = re.compile(
    r"\s+of\s+(?:all\s+)?(?:(?:its|their|his|her|our)\s+"
    r"|the\s+(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*['’]s\s+|the\s+"
    r"|(?-i:[A-Z][\w-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w-]*){0,4}?)['’]s\s+)?",
    re.IGNORECASE,
)
"""Words between a part and its whole: "14,000 of its 52,000 streetlights", "9 of the 12",
"two of the trawler's four crew", "one of the Bonny Ellen's four crew", "nine of
Harrowford's 14 public toilets" (a named place or body's own, capitalised, its name
perhaps joined by "and", "of" or "for": "six of Kelder Fire and Rescue Service's 22
engines", "three of the University of Harrow's 11 libraries")."""
FRONTED_WHOLE: Final = re.compile(
    r"(?:^|[.;:,]\s+)of\s+(?:the|its|their|these|those|all|[\w'’-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
"""A whole told first, before the part a clause goes on to count: "Of the block's 64
households, 51 signed up", "Of the 230 passengers, 41 were hurt"."""
_ELIDED_NEVER: Final = frozenset(["years old", "months old", "weeks old", "days old"])
"""Units a joined bare figure does not take: "Marsh, 52, and 3 others" is no age."""

_AFTER_TOLL: Final = frozenset(
    ["and", "in", "at", "on", "as", "after", "before", "when", "while", "during", "with", "near"]
)
"""Words that may follow a toll's figure without making it a count of something else."""

_KIND_AFTER_OF = frozenset(
    ["letters", "emails", "e-mails", "messages", "cards", "notes", "expressions"]
)
"""Nouns of what was written or sent that tell their kind after "of": "31 letters of
objection" are 31 objections and "58 letters of support" no count of them; "200
messages of sympathy", "40 expressions of interest" count the sympathy and the interest."""

_PARENTS: Final = frozenset(
    ["mother", "father", "mom", "mum", "dad", "parent", "parents", "grandmother",
     "grandfather", "grandparent"]
)  # fmt: skip
"""Nouns after which "of" and a bare figure count children: "a mother of 12", "father of
four". The unit is "children", apart from counts of people, so a parent's family is never
set against a crowd."""


def _verb_forms(*bases: str) -> frozenset[str]:
    """Each verb with its third person, past and -ing forms.

    "argue" gives "argues", "argued", "arguing"; "fight/fought" names an irregular past,
    "split/split/splitting" an -ing form too.
    """
    forms = set()
    for base in bases:
        verb, past, ing = [*base.split("/"), "", ""][:3]
        stem = verb[:-1] if verb.endswith("e") else verb
        third = verb + ("es" if verb.endswith(("sh", "ch", "s")) else "s")
        forms |= {verb, third, past or stem + "ed", ing or stem + "ing"}
    return frozenset(forms)


_GOVERN_OVER: Final = _verb_forms(
    "spread/spread", "stretch", "span/spanned/spanning", "extend", "fight/fought", "argue",
    "clash", "dispute", "quarrel/quarrelled/quarrelling", "wrangle", "haggle", "feud",
    "squabble", "split/split/splitting", "divide", "pore", "preside", "hand",
    "fret/fretted/fretting", "agonise", "agonize", "brood", "ponder", "mull",
)  # fmt: skip
"""Verbs that take "over" or "above" as a preposition of place or topic: after them the
word opens the noun phrase and bounds no figure ("the files were spread over 55,000
pages", "the two sides argued over 300 jobs", "police handed over 12 boxes")."""

_PREPOSITIONS: Final = frozenset([("over",), ("above",)])
"""Bound words that are also prepositions, read as a bound unless a verb governs them."""

_DEATHS: Final = frozenset(["die", "dies", "died", "dead", "away"])
"""Words after which "at 91" is an age: "dies at 91", "passed away at 91"."""

_PERSON_NOUNS: Final = frozenset(
    ["actress", "actor", "man", "woman", "boy", "girl", "father", "mother", "son", "daughter",
     "wife", "husband", "victim", "suspect", "officer", "deputy", "driver", "singer", "star",
     "player", "teacher", "student", "worker", "pilot", "soldier", "inmate", "gunman",
     "resident", "owner", "patient", "mayor", "senator", "pastor", "model", "director"]
)  # fmt: skip
"""Lower-case words for a person that an age between commas may follow ("the actress, 33,")."""


class QuantityExtractor:
    """Counts, amounts, measures, ranges, ordinals and tallies in a sentence."""

    kinds: tuple[str, ...] = ("quantity",)

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return the quantities in ``text``, spans relative to ``text``, sorted by start."""
        found = _Parser(text, context).run() if _HAS_NUMBER.search(text) else []
        shares = _shares_in(text)
        for more in (_fractions_in(text), _scores_out_of(text), _votes_split(text)):
            shares += [f for f in more if not any(_overlap(f.span, g.span) for g in shares)]
        found = [f for f in found if not any(_overlap(f.span, g.span) for g in shares)]
        found = _compound_spans(text, sorted(found, key=lambda f: f.span))
        return sorted([*found, *shares, *_delays_of_one(text, found)], key=lambda f: f.span)
