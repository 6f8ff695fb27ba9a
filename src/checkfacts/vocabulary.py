"""The shared vocabulary: each word table the extractors and comparers read, kept once.

Every module that needs month or weekday names, number words, counted nouns or the
names of verdicts imports them from here rather than keeping a copy; a test
(``tests/test_vocabulary.py``) fails if a copy of a month or number-word table
reappears elsewhere. This module imports nothing, so the CLI can read it without
loading the models. Modules adapt a table's shape (a set, a regex alternation) where
they use it, never its words.
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
        "immigrant",
        "traveler",
        "traveller",
        "pilgrim",
    ]
)
"""Singular counted nouns that count people: two counts of any of them count the same thing."""

GATE_VERDICTS: Final[tuple[str, ...]] = ("conflict", "nuance", "compatible", "agree")
"""Verdicts a finding can carry, most serious first: the choices of ``check --fail-on``.

The values of :data:`checkfacts.models.VERDICT_ORDER` less ``single_source``; spelled out
so that this module imports nothing and the CLI stays light (a test checks they match).
"""
