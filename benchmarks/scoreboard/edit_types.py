"""The edits the scoreboard injects: each a function from a sentence to an edited one.

An edit returns ``(start, end, new_words)`` (the span of the sentence it replaces and
what it puts there) or None when the sentence offers nothing to edit. Fact edits
change what the sentence claims; control edits keep the facts and must not be flagged.
The vocabularies are small on purpose: they pick sentences, they do not parse them.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Edit = tuple[int, int, str]
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_DAY = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? ?\d{{3}})")
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
NUMBER = re.compile(r"(?<![\w.,:/#-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w:/-]|[.,]\d)")
HEDGES = re.compile(
    r"\b(about|around|roughly|approximately|nearly|almost|more than|at least|some|up to|over)"
    r" (?=\$?\d)",
    re.IGNORECASE,
)
AUX_ALWAYS = "will|would|can|could|should|must|did|does|do|may|might"
AUX_PARTICIPLE = "is|are|was|were|has|have|had"
ADD_NOT = re.compile(
    rf"\b(?:(?:{AUX_ALWAYS}) (?!not\b|never\b)(?=[a-z]{{3,}}\b)"
    rf"|(?:{AUX_PARTICIPLE}) (?=(?:been|[a-z]{{3,}}(?:ed|en|ing))\b))"
)
NOT = re.compile(rf"\b({AUX_ALWAYS}|{AUX_PARTICIPLE}) not\b")
CONTRACTED = {
    "didn't": "did",
    "doesn't": "does",
    "don't": "do",
    "won't": "will",
    "can't": "can",
    "isn't": "is",
    "wasn't": "was",
    "aren't": "are",
    "weren't": "were",
    "hasn't": "has",
    "haven't": "have",
    "hadn't": "had",
    "wouldn't": "would",
    "couldn't": "could",
    "shouldn't": "should",
}
CONTRACTION = re.compile(r"\b(" + "|".join(CONTRACTED) + r")", re.IGNORECASE)
OUTCOMES = {
    "approved": "rejected",
    "rejected": "approved",
    "won": "lost",
    "lost": "won",
    "accepted": "declined",
    "declined": "accepted",
    "agreed to": "refused to",
    "refused to": "agreed to",
    "voted for": "voted against",
    "voted against": "voted for",
    "confirmed": "denied",
    "denied": "confirmed",
    "increased": "decreased",
    "decreased": "increased",
    "rose": "fell",
    "fell": "rose",
    "raised": "lowered",
    "allowed": "blocked",
    "blocked": "allowed",
    "supported": "opposed",
    "opposed": "supported",
    "acquitted": "convicted",
    "convicted": "acquitted",
    "upheld": "overturned",
    "overturned": "upheld",
    "succeeded": "failed",
    "arrested": "released",
    "released": "arrested",
    "admitted": "denied",
    "killed": "injured",
    "injured": "killed",
    "survived": "died",
    "died": "survived",
    "passed": "failed",
}
OUTCOME = re.compile(r"\b(" + "|".join(sorted(OUTCOMES, key=len, reverse=True)) + r")\b")
SYNONYMS = {
    "said": "stated",
    "says": "states",
    "began": "started",
    "started": "began",
    "big": "large",
    "large": "big",
    "helped": "assisted",
    "help": "assist",
    "bought": "purchased",
    "tried": "attempted",
    "try": "attempt",
    "enough": "sufficient",
    "talks": "negotiations",
    "quickly": "rapidly",
    "children": "kids",
    "cars": "vehicles",
    "car": "vehicle",
    "also": "additionally",
    "but": "however,",
    "told": "informed",
}
SYNONYM = re.compile(r"\b(" + "|".join(SYNONYMS) + r")\b")
LEAD = re.compile(
    r"^((?:On|In|After|Before|When|While|During|Since|Earlier|Later|Last|This)\b[^,\"“”]{2,60}),"
    r" ([^\"“”]+?)([.!?])$"
)
FUTURE = re.compile(
    r"\b(will|'ll|next|plans? to|planned|expected|scheduled|would|set to|due|expires?|until|"
    r"deadline|upcoming|coming)\b"
)
"""Words that may put a weekday after publication ('set to expire Tuesday'): no control there."""


def number_edit(sentence: str, rng: random.Random) -> Edit | None:
    """A number changed by 10-40%, or by a digit when it is small (not years or days)."""
    found = [
        m
        for m in NUMBER.finditer(sentence)
        if not (len(m.group(1)) == 4 and 1900 <= float(m.group(1)) <= 2099)
        and not MONTH_DAY.search(sentence[max(0, m.start() - 12) : m.end()])
    ]
    if not found:
        return None
    m = rng.choice(found)
    text = m.group(1)
    if "." in text:
        places = len(text.split(".")[1])
        value = float(text) * rng.choice([-1, 1]) * rng.uniform(0.1, 0.4) + float(text)
        new = f"{abs(value):.{places}f}"
    else:
        n = int(text.replace(",", ""))
        if n < 10:
            new_n = n + rng.choice([d for d in (-2, -1, 1, 2) if n + d >= 0 and n + d != 0])
        else:
            zeros = len(str(n)) - len(str(n).rstrip("0"))
            unit = 10 ** min(zeros, len(str(n)) - 1)
            while unit > 1 and unit > 0.05 * n:  # rounding must not leave the 10-40% band
                unit //= 10
            factor = 1 + rng.choice([-1, 1]) * rng.uniform(0.1, 0.4)
            new_n = max(unit, round(n * factor / unit) * unit)
            if new_n == n:
                new_n = n + unit
        new = f"{new_n:,}" if "," in text else str(new_n)
    return (m.start(1), m.end(1), new) if new != text else None


def date_edit(sentence: str, rng: random.Random) -> Edit | None:
    """A weekday moved one to three days, or a month's day moved two to six days."""
    days = list(MONTH_DAY.finditer(sentence))
    weekdays = list(WEEKDAY.finditer(sentence))
    if days:
        m = rng.choice(days)
        day = int(m.group(2))
        shift = rng.choice([-6, -5, -4, -3, -2, 2, 3, 4, 5, 6])
        new = day + shift if 1 <= day + shift <= 28 else day - shift
        if not 1 <= new <= 28:
            return None
        return m.start(2), m.end(2), str(new)
    if weekdays:
        m = rng.choice(weekdays)
        i = WEEKDAYS.index(m.group(1))
        return m.start(), m.end(), WEEKDAYS[(i + rng.choice([-3, -2, -1, 1, 2, 3])) % 7]
    return None


def negation_edit(sentence: str, rng: random.Random) -> Edit | None:
    """'not' removed where the sentence has one, else added after an auxiliary."""
    m = CONTRACTION.search(sentence)
    if m:
        word = CONTRACTED[m.group(1).lower()]
        return m.start(), m.end(), word.capitalize() if m.group(1)[0].isupper() else word
    m = NOT.search(sentence)
    if m:
        return m.end(1), m.end(), ""
    m = ADD_NOT.search(sentence)
    if m:
        return m.end(), m.end(), "not "
    return None


def outcome_edit(sentence: str, rng: random.Random) -> Edit | None:
    """An outcome verb flipped: approved/rejected, won/lost, rose/fell, voted for/against."""
    found = list(OUTCOME.finditer(sentence))
    if not found:
        return None
    m = rng.choice(found)
    return m.start(), m.end(), OUTCOMES[m.group(1)]


def hedge_edit(sentence: str, rng: random.Random) -> Edit | None:
    """A hedge removed ('about 150' -> '150') or added ('at least', 'until at least')."""
    m = HEDGES.search(sentence)
    if m:
        start = m.start()
        end = m.end()
        if start == 0:  # keep the sentence's capital
            return start, end + 1, sentence[end].upper()
        return start, end, ""
    m = re.search(r"\buntil (?!at least)", sentence)
    if m:
        return m.end(), m.end(), "at least "
    numbers = list(NUMBER.finditer(sentence))
    if numbers:
        n = rng.choice(numbers)
        if not (len(n.group(1)) == 4 and 1900 <= float(n.group(1)) <= 2099):
            start = n.start(1) - (1 if sentence[max(0, n.start(1) - 1)] == "$" else 0)
            return start, start, rng.choice(["at least ", "about ", "more than "])
    m = re.search(r"\bwill\b", sentence)
    if m:
        return m.start(), m.end(), "may"
    return None


def synonym_edit(sentence: str, rng: random.Random) -> Edit | None:
    """Control: a word swapped for a synonym ('said' -> 'stated')."""
    found = list(SYNONYM.finditer(sentence))
    if not found:
        return None
    m = rng.choice(found)
    return m.start(), m.end(), SYNONYMS[m.group(1)]


def reorder_edit(sentence: str, rng: random.Random) -> Edit | None:
    """Control: a leading time or place phrase moved to the end of the sentence."""
    m = LEAD.match(sentence)
    if not m:
        return None
    lead, rest, stop = m.groups()
    first, _, tail = lead.partition(" ")
    lead = f"{first.lower()} {tail}"
    return 0, len(sentence), f"{rest[0].upper()}{rest[1:]}, {lead}{stop}"


def weekday_edit(sentence: str, rng: random.Random, published: dt.date | None) -> Edit | None:
    """Control: a weekday replaced by the date it stands for, or a recent date by its weekday.

    Only sentences about the past (no 'will', 'next', 'would'...): there, by news
    convention, a weekday is the last one on or before publication.
    """
    if published is None or FUTURE.search(sentence):
        return None
    for m in WEEKDAY.finditer(sentence):
        if MONTH_DAY.match(sentence, m.end() + 2):  # "Tuesday, April 24" already says both
            continue
        day = published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(m.group(1))) % 7)
        return m.start(), m.end(), f"{MONTHS[day.month - 1]} {day.day}"
    for m in MONTH_DAY.finditer(sentence):
        month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(m.group(1)[:3]))
        try:
            day = dt.date(published.year, month, int(m.group(2)))
        except ValueError:
            continue
        if 0 <= (published - day).days <= 5:
            return m.start(), m.end(), WEEKDAYS[day.weekday()]
    return None


@dataclass(frozen=True)
class EditType:
    name: str
    control: bool
    apply: Callable[..., Edit | None]
    needs: str  # what a corroborating sentence must hold: "number", "date", "name" or ""


EDIT_TYPES: Sequence[EditType] = (
    EditType("number", False, number_edit, "number"),
    EditType("date", False, date_edit, "date"),
    EditType("negation", False, negation_edit, ""),
    EditType("outcome", False, outcome_edit, ""),
    EditType("hedge", False, hedge_edit, ""),
    EditType("name", False, None, "name"),  # applied with the story's names (edits.py)
    EditType("synonym", True, synonym_edit, ""),
    EditType("reorder", True, reorder_edit, ""),
    EditType("weekday-date", True, weekday_edit, "date"),
)


def has_date(sentence: str) -> bool:
    return bool(MONTH_DAY.search(sentence) or WEEKDAY.search(sentence))


def has_number(sentence: str) -> bool:
    return any(
        not (len(m.group(1)) == 4 and 1900 <= float(m.group(1)) <= 2099)
        for m in NUMBER.finditer(sentence)
    )
