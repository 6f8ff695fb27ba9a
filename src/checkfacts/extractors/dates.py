"""The DATE field family: find time expressions and normalize them.

How two values compare is for the rules of :mod:`checkfacts.rules.dates`. Every
expression becomes a value dict with the fields of :class:`~checkfacts.models.DateValue`
(ISO strings), validated into that model when it becomes a field:

``timex``
    TIMEX3-style value: ``2021-03-09``, ``2021-03``, ``2021``, ``2021-W10``,
    ``2021-Q1``, ``2021-SU``, ``197`` (the 1970s), ``19`` (the 20th century),
    ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``, durations ``P1M`` / ``P10Y`` /
    ``PXW``, ``XXXX-03-09`` or ``XXXX-WXX-2`` when the year or week is unknown,
    ``A/B`` for a range and ``A|B`` for alternatives.
``type``
    ``DATE``, ``TIME`` (a date with a time of day), ``DURATION`` or ``SET``.
``earliest`` / ``latest``
    The interval of days the expression can denote (ISO dates); ``None`` is an
    open end (``by 2024`` has no earliest day) or, with ``resolved`` false, unknown.
``grain``
    ``day``, ``week``, ``month``, ``quarter``, ``year``, ``decade``, ``century`` or
    ``unknown``.
``mod``
    ``None`` or ``approx``, ``before``, ``after``, ``by``, ``since``, ``until``,
    ``until_at_least`` (it lasts to that date or beyond: "until at least June"),
    ``not_until`` (it happens on that date, no earlier: "will not reopen until Monday"),
    ``start``, ``mid``, ``end``.
``weekday``
    0 (Monday) .. 6 (Sunday) when a weekday is named, else ``None``.
``resolved``
    False when the expression needs the publication date and it is unknown (or it
    is anchored to another event): then nothing is guessed.
``basis``
    How the interval was reached, a :class:`~checkfacts.models.DateReading` ("weekday",
    "weeks", "clock", "anaphor", …): what the rules rely on.
``basis_text``
    The same in words, for people ("weekday on or before publication 2021-03-10").
``describes_noun``
    True for "the former mayor", "the current council": the words date a noun.
``published``
    The publication date used (ISO) or ``None``.

Optional keys: ``alternatives`` (value dicts, for ``2023 or 2024``), ``anchor``
(for bounds: the timex / earliest / latest of the bounding expression), ``time``
(``HH:MM`` or a part of day such as ``NI``), ``parts`` (for a range: the value dict of
each end; an end with words of its own, as in ``from 2009 to 2011`` or ``1957-58``,
also has ``text`` and ``within``, its offsets in the field's text, since TIMEX3 gives
each end its own value).

Conventions (news, not calendars):

* A bare weekday in a past-tense sentence is the last such day on or before the
  publication date; in a future-tense sentence the first on or after it.
* A month or month-day without a year is the latest one not after publication in
  past tense (the earliest not before it in future tense); in a clause with no tense
  cue, the one nearest publication, ahead by at most :data:`NO_CUE_LEAD`. A year told
  after it ("in July last year") is its year.
* "That day", "the same year" take the date before them in the text; without one, the
  publication date (the basis says so: ``anaphor``); "the day before the vote" is left
  unresolved (``event``).
* "A week ago", "in two weeks" name a day; "the same period last year" the
  publication's month a year back.
* ``recently`` / ``lately`` denote the :data:`RECENT_WINDOW_DAYS` days up to
  publication; ``soon`` / ``in the coming months`` the window after it.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from dateutil.easter import easter as _easter
from dateutil.relativedelta import relativedelta

from checkfacts.extractors.interface import Context
from checkfacts.models import DateReading, DateValue, FieldValue
from checkfacts.vocabulary import FUNCTION_WORDS, MONTHS, ONES, ORDINALS, TENS, WEEKDAYS

__all__ = [
    "RECENT_WINDOW_DAYS",
    "DateExtractor",
    "dates_the_event",
    "detect_tense",
    "normalize",
]

RECENT_WINDOW_DAYS = 183
"""Days before publication that "recently" may reach back.

Half a year: news uses "recently" for events of the last weeks or months; an
event more than a year old is written with its date ("last March", "in 2021").
A six-month window keeps "recently inked" (published 2022-07-07) apart from a
signing on 2021-03-09 while still covering any event of the current season.
"""

_VAGUE_WINDOWS = {"D": 14, "W": 70, "M": 365, "Y": 3653, "DE": 36525}
"""Days covered by "recent days/weeks/months/years" and "the coming ..."."""

Value = dict[str, Any]
"""A value as the grammar builds it: the fields of :class:`~checkfacts.models.DateValue`."""

R = DateReading
Basis = tuple[DateReading, str]
"""How a value was placed in time: the reading rules rely on, and the same in words."""
_ABSOLUTE: Basis = (R.ABSOLUTE, "absolute")
_RELATIVE: Basis = (R.PUBLICATION, "relative to publication")
_RELATIVE_UNKNOWN: Basis = (R.UNKNOWN_PUBLICATION, "relative to publication (unknown)")
_YEAR_UNKNOWN: Basis = (R.UNKNOWN_PUBLICATION, "year unknown: no publication date")

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

_MONTHS = MONTHS
_WEEKDAYS = WEEKDAYS
_NUMBERS = {
    "a": 1, "an": 1, **{w: n for w, n in ONES.items() if n}, **TENS,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5,
}  # fmt: skip
_VAGUE_NUMBERS = {"few", "a few", "several", "some", "many", "dozens of", "couple of"}
_ORDINALS = {
    **{w: n for w, n in ORDINALS.items() if n <= 5},
    "last": -1, "final": -1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
"""Which weekday of a month ("the first Monday", "the last Friday of May")."""
_CENTURY_WORDS = {
    **{w: n for w, n in ORDINALS.items() if 16 <= n <= 20},
    "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
"""Centuries written in words ("the nineteenth century")."""

# unit word -> (TIMEX unit letter, count of that letter per unit, grain, time unit?)
_UNITS: dict[str, tuple[str, float, str, bool]] = {
    "second": ("S", 1, "day", True),
    "minute": ("M", 1, "day", True),
    "hour": ("H", 1, "day", True),
    "day": ("D", 1, "day", False),
    "night": ("D", 1, "day", False),
    "week": ("W", 1, "week", False),
    "fortnight": ("W", 2, "week", False),
    "month": ("M", 1, "month", False),
    "quarter": ("Q", 1, "quarter", False),
    "year": ("Y", 1, "year", False),
    "decade": ("Y", 10, "decade", False),
    "century": ("Y", 100, "century", False),
}

_SEASONS = {
    "spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
    "winter": ("WI", 12),
}  # fmt: skip

_PART_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

# Holidays: fixed (month, day), nth weekday (month, weekday, n; -1 = last), Easter offset.
_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25),
    "christmas eve": (12, 24), "new year's day": (1, 1), "new years day": (1, 1),
    "new year's eve": (12, 31), "new years eve": (12, 31), "valentine's day": (2, 14),
    "valentines day": (2, 14), "valentine day": (2, 14), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17), "st patricks day": (3, 17), "saint patricks day": (3, 17),
    "st. patricks day": (3, 17), "independence day": (7, 4), "fourth of july": (7, 4),
    "halloween": (10, 31), "veterans day": (11, 11), "veterans' day": (11, 11),
    "remembrance day": (11, 11), "armistice day": (11, 11), "boxing day": (12, 26),
    "may day": (5, 1), "bastille day": (7, 14), "juneteenth": (6, 19),
    "earth day": (4, 22), "groundhog day": (2, 2), "all saints' day": (11, 1),
}  # fmt: skip
_NTH_HOLIDAYS = {
    "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
    "mlk day": (1, 0, 3), "martin luther king's day": (1, 0, 3),
    "martin luther kings day": (1, 0, 3), "martin luther king jr day": (1, 0, 3),
    "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3),
    "memorial day": (5, 0, -1), "mother's day": (5, 6, 2), "mothers day": (5, 6, 2),
    "father's day": (6, 6, 3), "fathers day": (6, 6, 3), "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2), "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
}  # fmt: skip
_EASTER_HOLIDAYS = {
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
    "maundy thursday": -3, "holy thursday": -3, "palm sunday": -7,
    "ash wednesday": -46, "shrove tuesday": -47, "mardi gras": -47,
    "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whitsunday": 49,
}  # fmt: skip
_DAY_AFTER_HOLIDAYS = {"black friday": "thanksgiving", "cyber monday": "thanksgiving"}


def _alt(words: Sequence[str]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces matching any space."""
    parts = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"


def _names(table: dict[str, int], full: Sequence[str]) -> str:
    """A regex alternation of a vocabulary table, longest first.

    Full names as they are, abbreviations with or without their dot ("Sept." / "Sept").
    """
    words = sorted(table, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) + ("" if w in full else r"\.?") for w in words) + ")"


_WEEKDAY_NAMES = [d.lower() for d in calendar.day_name]
_MON = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?\.?|july?\.?|"
    r"aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
"""Any month name or abbreviation. Still written out, not built with :func:`_names` from
MONTHS: it lets "June" and "July" take a full stop after them ("in June." gives the field
"June."), and the built alternation would change those fields' words."""
_WD = _names(WEEKDAYS, _WEEKDAY_NAMES)
"""Any weekday name or abbreviation (checkfacts.vocabulary.WEEKDAYS)."""
_WD_FULL = _alt(_WEEKDAY_NAMES)[:-1] + ")s?"
"""A full weekday name, or its plural ("Mondays")."""
_DAY_WORDS = {w: n for w, n in ORDINALS.items() if n <= 20 or n == 30}
_DAYNUM = (
    r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:twenty|thirty)[\s-](?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth)|(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth))"
)
_YEAR4 = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
_NUMW = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    + _alt([k for k in _NUMBERS if k not in {"a", "an"}] + sorted(_VAGUE_NUMBERS))[3:-1]
    + r"|an?)"
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|"
    r"decades?|century|centuries)"
)
_TZ = (
    r"(?:\s*(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|JST|ET|PT|local\s+time)\b)?"
)
_CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.m\.|[ap]\.?m)(?!\w))?|(?:1[0-2]|0?[1-9])\s*(?:[ap]\.m\.|[ap]\.?m)(?!\w)"
    r"|noon|midday|midnight)" + _TZ
)
_FLAGS = re.IGNORECASE


def _c(pattern: str, flags: int = _FLAGS) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# ---------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------


def _add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, its day kept within the month, its year within 1-9998."""
    year = (d.year * 12 + d.month - 1 + n) // 12
    return d + relativedelta(months=n + 12 * (min(max(year, 1), 9998) - year))


def _shift(d: dt.date, letter: str, n: float) -> dt.date:
    """Move ``d`` by ``n`` units of a TIMEX unit letter (D, W, M, Q, Y)."""
    if letter == "D":
        return d + dt.timedelta(days=round(n))
    if letter == "W":
        return d + dt.timedelta(days=round(7 * n))
    if letter == "M":
        return _add_months(d, round(n))
    if letter == "Q":
        return _add_months(d, round(3 * n))
    if letter == "Y":
        return _add_months(d, round(12 * n))
    return d


def _unit(grain: str, d: dt.date) -> tuple[str, dt.date, dt.date]:
    """TIMEX value, first day and last day of the calendar ``grain`` containing ``d``."""
    if grain == "day":
        return d.isoformat(), d, d
    if grain == "week":
        iy, iw, _ = d.isocalendar()
        start = d - dt.timedelta(days=d.weekday())
        return f"{iy}-W{iw:02d}", start, start + dt.timedelta(days=6)
    if grain == "month":
        last = calendar.monthrange(d.year, d.month)[1]
        return f"{d.year:04d}-{d.month:02d}", d.replace(day=1), d.replace(day=last)
    if grain == "quarter":
        q = (d.month - 1) // 3 + 1
        start = dt.date(d.year, 3 * q - 2, 1)
        return f"{d.year:04d}-Q{q}", start, _add_months(start, 3) - dt.timedelta(days=1)
    if grain == "half":
        h = 1 if d.month <= 6 else 2
        start = dt.date(d.year, 1 if h == 1 else 7, 1)
        return f"{d.year:04d}-H{h}", start, _add_months(start, 6) - dt.timedelta(days=1)
    if grain == "year":
        return f"{d.year:04d}", dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if grain == "decade":
        y0 = d.year - d.year % 10
        return f"{y0 // 10:03d}", dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31)
    if grain == "century":
        y0 = d.year - d.year % 100
        return f"{y0 // 100:02d}", dt.date(max(y0, 1), 1, 1), dt.date(y0 + 99, 12, 31)
    raise ValueError(grain)


def _step(grain: str, d: dt.date, n: int) -> dt.date:
    """Return a day inside the calendar ``grain`` ``n`` units away from the one containing ``d``."""
    if grain == "day":
        return d + dt.timedelta(days=n)
    if grain == "week":
        return d + dt.timedelta(days=7 * n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    return _add_months(d.replace(day=1), months[grain] * n)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(name: str, year: int) -> dt.date | None:
    name = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    if name in _FIXED_HOLIDAYS:
        m, d = _FIXED_HOLIDAYS[name]
        return dt.date(year, m, d)
    if name in _NTH_HOLIDAYS:
        m, wd, n = _NTH_HOLIDAYS[name]
        return _nth_weekday(year, m, wd, n)
    if name in _EASTER_HOLIDAYS:
        return _easter(year) + dt.timedelta(days=_EASTER_HOLIDAYS[name])
    if name in _DAY_AFTER_HOLIDAYS:
        base = _holiday(_DAY_AFTER_HOLIDAYS[name], year)
        if base is None:
            return None
        return base + dt.timedelta(days=1 if name == "black friday" else 4)
    return None


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _date(s: Any) -> dt.date | None:
    return dt.date.fromisoformat(s) if isinstance(s, str) else None


# ---------------------------------------------------------------------------
# Value construction
# ---------------------------------------------------------------------------


def _mk(
    timex: str,
    type_: str,
    earliest: dt.date | None,
    latest: dt.date | None,
    grain: str,
    pub: dt.date | None,
    *,
    mod: str | None = None,
    weekday: int | None = None,
    resolved: bool = True,
    basis: Basis = _ABSOLUTE,
    **extra: Any,
) -> Value:
    value: Value = {
        "timex": timex,
        "type": type_,
        "earliest": _iso(earliest),
        "latest": _iso(latest),
        "grain": grain,
        "mod": mod,
        "weekday": weekday,
        "resolved": resolved,
        "basis": basis[0],
        "basis_text": basis[1],
        "published": _iso(pub),
    }
    value.update(extra)
    return value


def _unit_value(grain: str, d: dt.date, pub: dt.date | None, basis: Basis, **kw: Any) -> Value:
    timex, start, end = _unit(grain, d)
    return _mk(timex, "DATE", start, end, grain, pub, basis=basis, **kw)


def _unresolved(timex: str, grain: str, pub: dt.date | None, basis: Basis, **kw: Any) -> Value:
    kw.setdefault("type_", "DATE")
    type_ = kw.pop("type_")
    return _mk(timex, type_, None, None, grain, pub, resolved=False, basis=basis, **kw)


def _duration(
    n: float | None,
    unit_word: str,
    pub: dt.date | None,
    *,
    anchor: str | None = None,
    mod: str | None = None,
) -> Value:
    """Build a DURATION value; ``anchor`` 'past'/'future' ties it to the publication date."""
    key = unit_word.lower().rstrip("s")
    if key == "centurie":
        key = "century"
    letter, per, grain, is_time = _UNITS[key]
    if n is None:
        suffix = {"decade": "DE", "century": "CE"}.get(key, letter)
        timex = ("PTX" if is_time else "PX") + suffix
    else:
        amount = n * per
        if letter == "Q":
            letter, amount = "M", amount * 3
        num = int(amount) if float(amount).is_integer() else amount
        timex = ("PT" if is_time else "P") + f"{num}{letter}"
    if anchor is None or is_time:
        words = "duration" if anchor is None else "duration relative to publication"
        return _mk(
            timex,
            "DURATION",
            None,
            None,
            grain if not is_time else "day",
            pub,
            mod=mod,
            basis=(R.DURATION, words),
        )
    if pub is None:
        return _unresolved(timex, grain, pub, _RELATIVE_UNKNOWN, type_="DURATION", mod=mod)
    if n is None:
        days = _VAGUE_WINDOWS.get(suffix, 365)
        other = pub - dt.timedelta(days=days) if anchor == "past" else pub + dt.timedelta(days=days)
    else:
        letter_for_shift = {"DE": "Y"}.get(letter, letter)
        amount = n * per
        other = _shift(pub, letter_for_shift, -amount if anchor == "past" else amount)
    lo, hi = (other, pub) if anchor == "past" else (pub, other)
    return _mk(
        timex,
        "DURATION",
        lo,
        hi,
        grain,
        pub,
        mod=mod,
        basis=(
            R.SPAN,
            f"{'before' if anchor == 'past' else 'after'} publication {pub.isoformat()}",
        ),
    )


def _apply_mod(value: Value, mod: str) -> Value:
    """Narrow (start/mid/end) or widen (approx) a value's interval."""
    out = dict(value)
    out["mod"] = mod
    lo, hi = _date(value.get("earliest")), _date(value.get("latest"))
    if lo is None or hi is None or value.get("type") == "DURATION":
        return out
    span = (hi - lo).days + 1
    if mod in {"start", "mid", "end"} and span >= 3:
        lo, hi = _part(lo, hi, str(value.get("grain")), mod)
    elif mod == "approx":
        pad = {"day": 3, "week": 7, "month": 31, "quarter": 92, "year": 366, "decade": 1827}
        delta = dt.timedelta(days=pad.get(str(value.get("grain")), 0))
        lo, hi = lo - delta, hi + delta
    out["earliest"], out["latest"] = _iso(lo), _iso(hi)
    return out


def _part(lo: dt.date, hi: dt.date, grain: str, mod: str) -> tuple[dt.date, dt.date]:
    """Return the start / middle / end part of ``[lo, hi]``: calendar thirds where they exist."""
    if grain == "year" and lo.month == 1 and lo.day == 1 and hi.month == 12 and hi.day == 31:
        first = {"start": 1, "mid": 5, "end": 9}[mod]
        a = dt.date(lo.year, first, 1)
        b = _add_months(dt.date(hi.year, first, 1), 4) - dt.timedelta(days=1)
        return a, b
    if grain == "month" and lo.day == 1:
        if mod == "start":
            return lo, lo.replace(day=10)
        if mod == "mid":
            return lo.replace(day=11), lo.replace(day=20)
        return lo.replace(day=21), hi
    if grain == "week":
        if mod == "start":
            return lo, lo + dt.timedelta(days=2)
        if mod == "mid":
            return lo + dt.timedelta(days=2), lo + dt.timedelta(days=4)
        return lo + dt.timedelta(days=4), hi
    span = (hi - lo).days + 1
    third = span // 3
    if mod == "start":
        return lo, lo + dt.timedelta(days=third - 1)
    if mod == "mid":
        return lo + dt.timedelta(days=third), hi - dt.timedelta(days=third)
    return hi - dt.timedelta(days=third - 1), hi


def _after_publication(value: Value, pub: dt.date | None) -> bool:
    """Whether a value lies wholly after the publication day.

    "From" a day still to come starts something ("will save $31 million a year from 2027",
    "fares rise from Monday"); from a day gone it is a baseline or an origin ("up 5% from
    2023", "letters from 2016"), and the day stays a point.
    """
    lo = _date(value.get("earliest"))
    return pub is not None and lo is not None and lo > pub


def _apply_bound(value: Value, mod: str, pub: dt.date | None) -> Value:
    """Turn a value into an open interval: by / before / after / since / until it."""
    lo, hi = _date(value.get("earliest")), _date(value.get("latest"))
    anchor = {"timex": value["timex"], "earliest": value["earliest"], "latest": value["latest"]}
    out = dict(value)
    out["mod"] = mod
    out["anchor"] = anchor
    if lo is None or hi is None:
        return out
    if mod in {"by", "until"}:
        new_lo, new_hi = None, hi
    elif mod in {"until_at_least", "not_until"}:  # it ends, or it happens, no earlier
        new_lo, new_hi = lo, None
    elif mod == "before" and value.get("mod") == "end":
        new_lo, new_hi = None, hi  # "before the end of the year": by its end, as "by" says
    elif mod == "before":  # "before 5 p.m. on Friday" may still be Friday
        new_lo, new_hi = None, lo - dt.timedelta(days=0 if value.get("time") else 1)
    elif mod == "after":
        new_lo, new_hi = hi + dt.timedelta(days=0 if value.get("time") else 1), None
    else:  # since, or from a day still to come ("will save $31 million a year from 2027")
        new_lo, new_hi = lo, (pub if pub is not None and pub >= lo else None)
    out["earliest"], out["latest"] = _iso(new_lo), _iso(new_hi)
    out["basis"], out["basis_text"] = R.BOUND, f"{mod.replace('_', ' ')} {value['timex']}"
    return out


# ---------------------------------------------------------------------------
# Resolution of partial expressions
# ---------------------------------------------------------------------------


PAST_LEAD = dt.timedelta(days=14)
"""How far after publication a date without a year may lie in a past-tense sentence."""
NO_CUE_LEAD = dt.timedelta(days=92)
"""How far after publication a date without a year may lie in a clause without a tense
cue. Such a date takes the year that puts it nearest publication ("June" in a May story
is next month, "Nov. 16" in an October story next month), but news mostly looks back:
a month more than a quarter ahead ("August" in a March story) is last year's."""


def _year_for(
    make: Callable[[int], tuple[dt.date, dt.date] | None],
    pub: dt.date,
    tense: str,
    rel: str | None,
    nearest: bool = False,
) -> int | None:
    """Pick the year for a month / month-day / season / holiday lacking one."""
    best: tuple[int, int] | None = None
    for y in range(pub.year - 8, pub.year + 9):
        try:
            span = make(y)
        except ValueError:
            continue
        if span is None:
            continue
        lo, hi = span
        if rel == "this":
            ok, key = y == pub.year, 0
        elif rel == "last":
            ok, key = hi < pub, -y
        elif rel == "next":
            ok, key = lo > pub, y
        elif tense == "future":
            ok, key = hi >= pub, y
        elif tense == "past":
            # Past-tense news also names days just ahead ("said it would stop on
            # April 21", published April 20): allow a short lead, then take the nearest.
            ok, key = lo <= pub + PAST_LEAD, abs((lo - pub).days)
        else:  # no tense cue: the nearest, ahead only within a quarter (news looks back)
            ok, key = lo <= pub + NO_CUE_LEAD, _days_from(lo, hi, pub)
        if rel is None and nearest:
            key = abs((lo - pub).days)
            ok = True
        if ok and (best is None or key < best[0]):
            best = (key, y)
    return None if best is None else best[1]


def _days_from(lo: dt.date, hi: dt.date, pub: dt.date) -> int:
    """Days between publication and the interval ``[lo, hi]`` (0 when inside it)."""
    return max((lo - pub).days, (pub - hi).days, 0)


_LOCAL_TIME = _c(r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*\([^)]*\))?,?\s+local\s+time\b")
""""Local time" right after a weekday: the day told where the news happened. A weekday
the day after publication in local time is that day, whatever the tense: a report from
a time zone ahead of the newsroom ("state media reported Saturday morning local time"
in an article of Friday)."""


def _weekday_date(wd: int, pub: dt.date, tense: str, rel: str | None) -> dt.date:
    if rel == "last":
        return pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)
    if rel == "next":
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    if tense == "future":
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)


def _weekday_basis(tense: str, rel: str | None, pub: dt.date) -> Basis:
    if rel in {"last", "next"}:
        word = "before" if rel == "last" else "after"
        return R.WEEKDAY, f"weekday strictly {word} publication {pub.isoformat()}"
    word = "on or after" if tense == "future" else "on or before"
    return R.WEEKDAY, f"weekday {word} publication {pub.isoformat()}"


def _two_digit_year(yy: int, pub: dt.date | None) -> int:
    ref = pub.year if pub is not None else 2030
    y = 2000 + yy
    return y if y <= ref + 10 else 1900 + yy


def _num(word: str) -> float | None:
    """Read a number from digits or words; None for vague amounts ("several")."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in _VAGUE_NUMBERS:
        return None
    if w in _NUMBERS:
        return float(_NUMBERS[w])
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _NUMBERS:
        return float(_NUMBERS[parts[0]] + _NUMBERS[parts[1]])
    return None


def _month_num(word: str) -> int:
    key = word.lower().rstrip(".")
    return _MONTHS[key] if key in _MONTHS else _MONTHS[key[:3]]


def _day_num(word: str) -> int:
    w = re.sub(r"[\s-]+", " ", word.lower())
    if w[:1].isdigit():
        return int(re.sub(r"\D", "", w))
    parts = w.split(" ")
    if len(parts) == 2:
        return {"twenty": 20, "thirty": 30}[parts[0]] + _DAY_WORDS[parts[1]]
    return _DAY_WORDS[w]


def _weekday_num(word: str) -> int:
    return _WEEKDAYS[word.lower().rstrip(".").rstrip("s")[:3]]


# ---------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------

_NAMED_DAY = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day)\b)"
)
"""A month or a weekday by name, capitalised."""
_UNTIL_END = re.compile(
    r"\b(?:until|till|(?:postpon|delay|defer|adjourn|reschedul)\w*\s+to|(?:back|over|forward)\s+to)$",
    re.I,
)
"""The end of a deferral cue ("deferred a decision ... until", "adjourned to", "rolls over
to"); not "is set to" or "going to", which put their whole clause ahead."""

_FUTURE_CUE = _c(
    r"\b(?:will|won't|shall|'ll|going\s+to|"
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)(?<!s['’]\s)(?-i:p)lans?\s+to|"
    r"planned\s+to|planning\s+to|"
    r"expects?\s+to|expected\s+to|is\s+expected|are\s+expected|scheduled|slated|"
    r"(?:expects?|wants?)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:be\s+)?[a-z]+|"
    r"(?:have|has)\s+until|(?:giving|gives)\s+(?:[\w'’.-]+\s+){1,3}?(?=until\b)|due\s+back\b|"
    r"set\s+to|is\s+to|are\s+to|due\s+to\s+(?:be|begin|start|open|close|take|arrive|meet|"
    r"vote|launch|hold|return|end|finish)|aims?\s+to|intends?\s+to|hopes?\s+to|upcoming|"
    r"in\s+the\s+coming|forthcoming|about\s+to|"
    r"must(?!\s+have\s+(?:been\b|[a-z]+(?:ed|en)\b))|(?:has|have)\s+to|needs?\s+to|"
    r"(?:is|are)\s+required\s+to|"
    r"(?:is|are)\s+(?:poised|on\s+the\s+(?:verge|brink)\s+of|on\s+(?:track|course)\s+to)|"
    r"(?:would|could|might|may)\s+(?:begin|start|take\s+effect|open|close|finish|end|reopen"
    r"|resume)|"
    r"would\s+be\s+(?:finished|completed|complete|ready|done|in\s+place|reopened|restored)|"
    r"would\s+(?:not\s+)?be\s+(?:[a-z]+(?:ed|en)|shut|cut|set|put|held|sold|built|run|kept"
    r"|sent|left|made|paid|shown|told)\b|"
    r"(?:(?:postpon|delay|defer|adjourn|reschedul|extend)\w*|"
    r"(?:put|puts|putting)\s+(?:\w+\s+){0,3}?off|push\w*\s+(?:\w+\s+){0,3}?back)"
    r"\b[^.;]{0,80}?\b(?:until|till))\b"
    r"|\b(?:(?:postpon|delay|defer|adjourn|reschedul)\w*|(?:put|pushed|moved)\s+back"
    r"|rol(?:l|ls|led|ling)\s+over|carr(?:y|ies|ied|ying)\s+(?:over|forward))\s+to"
    r"(?=\s+(?:the\s+)?(?:\d|(?-i:[A-Z])))"
    r"|\b(?-i:(?:begins?|starts?|opens?|ends?|takes?\s+effect|comes?\s+into\s+(?:force|effect))"
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[a-z]+)?\s+(?=(?:on|in|next|from)\b|" + _NAMED_DAY + r")"
    r"|(?:reopens?|resumes?|closes?|shuts|finishes|comes?\s+in|kicks?\s+in|goes\s+live)"
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[a-z]+)?\s+(?=(?:on|next|from)\b|" + _NAMED_DAY + r"))"
)
"""Words that put a clause in the future. Besides modals, plans and schedules (a verb
"plans to", not the noun: "Plans to combine the control rooms remain under consideration,
with no decision taken on Thursday" tells a day gone; and what
someone expects or wants a thing to do: "expects the backlog to be halved by March"), an
obligation (*must*, *has to*, *needs to*, *is required to*: "must have every scooter
removed by 18 July"; not *must have been*, which guesses at the past), and two
categories: the prospective aspect, a present *be* with a marker of what is about to
happen (*is poised*, *are on the verge of*, *is on track to*); and a deferral, a verb
that moves an event or a deadline later (*postpone*, *delay*, *adjourn*, *put off*,
*push back*, *extend*) followed by *until*, or by *to* and the date ("adjourned to 3
March"), whose date lies ahead of the deferral; so does what is rolled or carried over to a
day ("the jackpot rolls over to Wednesday's draw", "carried over to Thursday's meeting"). A
present "opens on", "starts in", "comes into force on" or "begin March 2" tells a schedule
only in lower case: "won the Westmarch Open on Sunday" names a tournament, not an opening.
So do a present "reopens", "closes", "resumes" or "comes in" before "on", "next" or "from" a
day ("the changes come in from 1 November"), and any of them with "to the public" or "to
traffic" between ("the hall reopens to the public on Saturday"); "was shut from" is past, and
"close in on" no close.
A deadline someone "has until" lies ahead ("households have until 31 October to ask for a
review"), and one a notice is "giving" someone ("giving the landlord until 31 August to
finish the work"); so does a return someone is "due back" for ("inspectors are due back on
Monday")."""
_SCHEDULE_CUE = _c(
    r"\b(?:(?:fixed|set|listed|pencil+ed\s+in|booked|earmarked)\s+for|backdated\s+to)"
    r"(?=\s+(?:the\s+)?(?:\d|(?-i:[A-Z])))"
)
"""Words that fix the day of what is scheduled: "sentencing was fixed for 23 May", "the
trial was set for 9 June". The date is the scheduled event's, not the fixing's: the
tense of "was fixed" says nothing of it, so such a clause has no tense, and its date
takes the year nearest publication (an appointment ahead is told in the past tense of
its fixing; one since kept, too). So is the day a rise is backdated to: "the first year's
rise will be backdated to 1 April" dates the April gone, whatever "will" says."""
_PAST_CUE = _c(
    r"\b(?:was|were|had|did|said|told|took|came|went|made|began|met|won|lost|left|held|got|"
    r"gave|saw|found|became|ago|rose|fell|grew|sold|bought|ran|led|struck|spoke|wrote|broke|"
    r"chose|drove|flew|knew|threw|brought|caught|fought|sought|taught|thought|kept|felt|"
    r"sent|spent|built|stood|paid|laid|sat|shot|hid|rode|stole|swore|tore|woke|froze|forgot|"
    r"sank|shook|fled|withdrew|arose|underwent|undertook|oversaw|drew|swept|dealt|slid|"
    r"yesterday|last\s+(?:year|month|week|night))\b"
)
_PAST_FORM = r"(?:[a-z]{2,}[a-df-z]ed|(?:dis)?agreed|freed|decreed)"
"""A regular past form: "collapsed", "voted", "agreed" (not "need", "speed", "proceed")."""
_SUBORDINATE_PAST = _c(
    r"\b(?:after|before|when|since|because|once|as)\s+"
    r"(?:(?!(?:will|would|is|are|be|been|being|has|have|get|gets)\b)[\w'’-]+\s+){1,8}?"
    rf"{_PAST_FORM}\b(?!\s+by\b)"
)
"""A clause of its own with a past verb, after a modal and before a date: "will have ten
teams next season after its board agreed to the plan at a meeting on Friday" dates the
board's act, not the season. A subject of one to eight words comes between the
conjunction and the verb, two joined ones too ("after the university and the Academic Staff
Union reached an agreement late on Tuesday"); not a passive with its agent ("when residents
affected by")."""
_PASSIVE_BEFORE = _c(r"\b(?:be|been|being|is|are|am|get|gets)\s+(?:\w+ly\s+)?$")
"""Words before an irregular participle that make it a passive, whose tense is the
auxiliary's: "will be held on Thursday" is ahead, "is held every May" a habit; "was
held" is past by its "was"."""
_REGULAR_PAST = _c(rf"(?<![\w'’-])(?:{_PAST_FORM}|guaranteed)\b", 0)
"""A regular past form ("collapsed", "voted", "agreed"); a weaker cue than the irregular
ones. Not "need", "speed" or "proceed", whose "-eed" is no past."""
_DONE_ON = _c(r"\b([a-z]+ed)\s+(?:on|in|at)\s+$", 0)
"""A regular past verb right before the date's preposition: "councillors voted on March 13
to close the school" dates the vote, whatever infinitive of purpose follows."""


_DONE_AFTER = _c(r"\s+([a-z]+ed)\b", 0)
"""A regular past verb right after a fronted date: "the council on Tuesday approved a plan to
take the engine out" dates the approval, whatever infinitive of purpose follows."""


_AFTER_THE_DATE = _c(r",|\band\b")
"""What parts a date's clause from a later verb's: a comma, or "and" joining another verb
("was passed on Tuesday evening and will take effect in September")."""


def _past_before(text: str, left: int, start: int) -> bool:
    """Whether a regular past verb comes before a date, in its clause, with no comma between.

    "The musical that opened at the Playhouse on September 19, will close on November
    16": the modal comes after the date, past a comma; the date's own verb is past.
    """
    for m in _REGULAR_PAST.finditer(text, left, start):
        if "," not in text[m.end() : start] and _past_form(text, left, m.start(), m.group(0)):
            return True
    return False


def _past_form(text: str, left: int, at: int, word: str) -> bool:
    """Whether the -ed form ``word`` at ``at`` reads as a past, not an adjective."""
    return word not in _NOT_PAST_WORDS and not _NOT_PAST_BEFORE.search(text, max(left, at - 30), at)


def _regular_past(text: str, left: int, at: int, word: str) -> bool:
    """Whether the -ed form at ``at`` is a past tense, not an adjective or a passive."""
    return (
        _REGULAR_PAST.fullmatch(word) is not None
        and _past_form(text, left, at, word)
        and not _PASSIVE_BEFORE.search(text, max(left, at - 30), at)
    )


_NOT_PAST_BEFORE = _c(
    r"\b(?:is|are|am|be|being|a|an|the|this|that|these|those|its|their|his|her|our|my|your|"
    r"more|most|very|newly|so|well|long|to)\s+(?:\w+ly\s+)?$"
)
"""Words before an -ed form that make it an adjective or a present passive ("the
detailed plan", "is based"), not a past tense."""
_NOT_PAST_WORDS = frozenset(
    [
        "hundred", "kindred", "sacred", "naked", "wicked", "beloved", "rugged", "ragged",
        "crooked", "aged", "wretched", "scheduled", "slated", "expected", "planned", "proposed",
    ]
)  # fmt: skip
_CLAUSE_BREAK = _c(r"[;:()\u2014]|\b(?:said|says|that|but|while|although|whereas)\b")


_INCIDENT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:fire|blaze|crash|collapse|flood|flooding|storm|explosion"
    r"|blast|attack|derailment|accident|shooting|stabbing|robbery|raid|break-in|outage|landslip"
    r"|sinkhole|leak|spill)\b",
    re.I,
)
"""A day's incident, told by the day's possessive: "Sunday's fire", "Monday's bus crash": it
has happened, whatever tense the clause around it is in."""


def detect_tense(text: str, start: int, end: int) -> str:
    """'future' or 'past' for the expression at ``text[start:end]``.

    Looks at the clause around the expression (bounded by ``;``, ``:``, dashes,
    brackets and words like *said*, *that*, *but*) and takes the nearest tense cue:
    future cues are *will*, *plans to*, *expected to*, *in the coming* ...; past
    cues are *was*, *said*, *told*, *rose*, regular *-ed* forms ...: a future cue
    wins unless an irregular past cue is nearer (participles after *will be* are not
    past). Without any cue news is past (:func:`_clause_tense` tells 'no cue' apart).
    """
    tense = _clause_tense(text, start, end)
    return "future" if tense == "future" else "past"


def _clause_tense(text: str, start: int, end: int) -> str:
    """'future', 'past' or 'none' (no cue) for the expression at ``text[start:end]``.

    The cues of :func:`detect_tense`; 'none' lets a month or a month-day without a
    year take the year that puts it nearest publication (see :data:`NO_CUE_LEAD`).
    """
    if _INCIDENT_AFTER.match(text, end):
        return "past"  # "will stay closed after Sunday's fire": no one schedules a fire
    left = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, start):
        left = m.end()
    right = len(text)
    m2 = _CLAUSE_BREAK.search(text, end)
    if m2 is not None:
        right = m2.start()
    nearest: dict[str, int] = {}
    cues = ((_SCHEDULE_CUE, "schedule"), (_FUTURE_CUE, "future"), (_PAST_CUE, "past"))
    for pattern, label in cues:
        for m in pattern.finditer(text, left, right):
            if m.start() < end and m.end() > start:
                continue  # within the cue: a deferral's date is the one after its "until"
            if label == "future" and m.start() >= end and _UNTIL_END.search(m.group(0)):
                continue  # "at Wednesday's meeting the board deferred it until April": the
                # deferral puts ahead only the day after its "until" (or "to": "Saturday's
                # jackpot rolls over to Wednesday's draw")
            passive = _PASSIVE_BEFORE.search(text, max(left, m.start() - 30), m.start())
            if label == "past" and passive:
                continue  # a participle after "be": the auxiliary tells the tense
            lo, hi = (m.end(), start) if m.end() <= start else (end, m.start())
            dist = max(hi - lo, 0) + 60 * text.count(",", lo, hi)  # commas bound sub-clauses
            nearest[label] = min(dist, nearest.get(label, dist))
    if (done := _DONE_ON.search(text, left, start)) is not None and _regular_past(
        text, left, done.start(1), done.group(1)
    ):
        return "past"  # "voted on March 13 to close the school": the vote's day, not the close's
    if (done := _DONE_AFTER.match(text, end)) is not None and _regular_past(
        text, left, done.start(1), done.group(1)
    ):
        return "past"  # "the council on Tuesday approved a plan to take the engine out"
    schedule = nearest.get("schedule")
    if schedule is not None and schedule <= min(nearest.get("future", schedule),
                                                 nearest.get("past", schedule)):  # fmt: skip
        return "none"  # "sentencing was fixed for 23 May": the day of what was fixed
    future = nearest.get("future")
    if future is not None and future <= nearest.get("past", future):
        ahead = [m.end() for m in _FUTURE_CUE.finditer(text, left, start) if m.end() <= start]
        if ahead and _SUBORDINATE_PAST.search(text, max(ahead), start):
            return "past"  # "will have ten teams after its board agreed on Friday"
        modals = list(_FUTURE_CUE.finditer(text, left, right))
        later = all(
            m.start() >= end and _AFTER_THE_DATE.search(text, end, m.start()) for m in modals
        )
        if modals and later and _past_before(text, left, start):
            # "the musical that opened on September 19, will close on ...", "was passed at
            # a meeting on Tuesday evening and will take effect from 1 September"
            return "past"
        return "future"  # a modal governs the clause; its participles are not past tense
    if "past" in nearest:
        return "past"
    for m in _REGULAR_PAST.finditer(text, left, right):
        if not start <= m.start() < end and _past_form(text, left, m.start(), m.group(0)):
            return "past"
    return "none"


# ---------------------------------------------------------------------------
# The grammar
# ---------------------------------------------------------------------------


@dataclass
class _Env:
    pub: dt.date | None
    tense: str
    text: str


@dataclass
class _Cand:
    start: int
    end: int
    value: Value
    with_year: Callable[[int], Value] | None = None
    explicit_year: bool = True
    clock: bool = False
    priority: int = 0
    tags: set[str] = field(default_factory=set)
    anaphor: tuple[str, str | None, int] | None = None
    """For "that day", "the same year": (grain, part of day, units after the referent)."""


Handler = Callable[[re.Match[str], _Env], "_Cand | None"]
_RULES: list[tuple[re.Pattern[str], Handler]] = []


def _rule(pattern: str, flags: int = _FLAGS) -> Callable[[Handler], Handler]:
    compiled = _c(pattern, flags)

    def deco(fn: Handler) -> Handler:
        _RULES.append((compiled, fn))
        return fn

    return deco


def _cand(m: re.Match[str], value: Value | None, **kw: Any) -> _Cand | None:
    if value is None:
        return None
    return _Cand(m.start(), m.end(), value, **kw)


def _relword(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    if w in {"last", "past", "previous", "this past"}:
        return "last"
    if w in {"next", "coming", "this coming", "following", "upcoming"}:
        return "next"
    if w == "this":
        return "this"
    return None


def _month_day_value(
    month: int,
    day: int | None,
    year: int | None,
    wd: int | None,
    env: _Env,
    rel: str | None = None,
) -> Value | None:
    """Build a date from month (+ day) (+ year) (+ weekday), resolving the year if missing."""
    pub = env.pub
    if day is not None and day > 31:
        return None
    if year is not None:
        try:
            d = dt.date(year, month, day or 1)
        except ValueError:
            return None
        if day is None:
            return _unit_value("month", d, pub, _ABSOLUTE)
        return _unit_value("day", d, pub, _ABSOLUTE, weekday=wd)
    if day is not None and day > calendar.monthrange(2024, month)[1]:
        return None
    if pub is None:
        timex = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        return _unresolved(timex, "day" if day else "month", pub, _YEAR_UNKNOWN, weekday=wd)

    def span(y: int) -> tuple[dt.date, dt.date] | None:
        if day is None:
            _t, lo, hi = _unit("month", dt.date(y, month, 1))
            return lo, hi
        d = dt.date(y, month, day)
        if wd is not None and d.weekday() != wd:
            return None
        return d, d

    y = _year_for(span, pub, env.tense, rel, nearest=wd is not None and day is not None)
    words = f"year from publication {pub.isoformat()}"
    if y is None and wd is not None:  # the weekday fits no nearby year: ignore it
        y = _year_for(lambda yy: (dt.date(yy, month, day or 1),) * 2, pub, env.tense, rel)
        words = f"year from publication; weekday {calendar.day_name[wd]} does not fit"
    elif wd is not None:
        words = f"year where the weekday fits, nearest publication {pub.isoformat()}"
    if y is None:
        return None
    basis = (R.PUBLICATION, words)
    if day is None:
        return _unit_value("month", dt.date(y, month, 1), pub, basis)
    return _unit_value("day", dt.date(y, month, day), pub, basis, weekday=wd)


def _md_cand(
    m: re.Match[str],
    month: int,
    day: int | None,
    year: int | None,
    wd: int | None,
    env: _Env,
    rel: str | None = None,
) -> _Cand | None:
    value = _month_day_value(month, day, year, wd, env, rel)
    if value is None:
        return None

    fallback: Value = value

    def with_year(y: int) -> Value:
        v = _month_day_value(month, day, y, wd, env)
        return v if v is not None else fallback

    return _Cand(
        m.start(), m.end(), value, with_year=with_year, explicit_year=year is not None, tags={"md"}
    )


def _yr(s: str | None, env: _Env) -> int | None:
    if not s:
        return None
    s = s.strip().lstrip("'’")
    return _two_digit_year(int(s), env.pub) if len(s) == 2 else int(s)


# ISO date (optionally with a time).
@_rule(
    r"\b(\d{4})-(1[0-2]|0?[1-9])-([12]\d|3[01]|0?[1-9])(?![\d])"
    r"(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
)
def _r_iso(m: re.Match[str], env: _Env) -> _Cand | None:
    try:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    v = _unit_value("day", d, env.pub, _ABSOLUTE)
    if m[4]:
        v = dict(v, type="TIME", timex=f"{v['timex']}T{m[4]}:{m[5]}", time=f"{m[4]}:{m[5]}")
    return _cand(m, v, priority=2)


# Numeric dates: 3/9/2021, 09.03.2021 (month first unless impossible).
@_rule(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")
def _r_numeric(m: re.Match[str], env: _Env) -> _Cand | None:
    a, b, y = int(m[1]), int(m[3]), _yr(m[4], env)
    if y is None:
        return None
    month, day = (a, b) if a <= 12 else (b, a)
    if m[2] == "." and b <= 12 and a > 12:
        month, day = b, a
    try:
        d = dt.date(y, month, day)
    except ValueError:
        return None
    return _cand(m, _unit_value("day", d, env.pub, _ABSOLUTE), priority=1)


# Numeric month/day without a year: only after "on" / a weekday ("on 3/9").
@_rule(r"(?:(?<=\bon\s)|(?<=day\s)|(?<=day,\s))(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])(?![\d/])")
def _r_numeric_md(m: re.Match[str], env: _Env) -> _Cand | None:
    return _md_cand(m, int(m[1]), int(m[2]), None, None, env)


_WD_PREFIX = rf"(?:(?P<wd>{_WD}),?\s+(?:the\s+)?)?"
_YEAR_SUFFIX = rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR4}|['’]\d{{2}})(?![\d,]\d))?"


# March 9, 2021 / Tuesday, March 9 / Mar. 9th
@_rule(
    rf"\b{_WD_PREFIX}(?P<mon>{_MON})\s*(?:the\s+)?(?P<day>{_DAYNUM})(?![\d:.,]\d|\s*(?:%|percent|[ap]\.?m))\b{_YEAR_SUFFIX}"
)
def _r_month_day(m: re.Match[str], env: _Env) -> _Cand | None:
    if (
        m["mon"].lower().startswith(("may", "mar"))
        and not m["mon"][0].isupper()
        and not m["wd"]
        and not m["year"]
        and m["day"].isdigit()
    ):
        return None
    wd = _weekday_num(m["wd"]) if m["wd"] else None
    return _md_cand(m, _month_num(m["mon"]), _day_num(m["day"]), _yr(m["year"], env), wd, env)


# 9 March 2021 / the 9th of March / Tuesday 9 March
@_rule(
    rf"\b{_WD_PREFIX}(?:the\s+)?(?P<day>{_DAYNUM})(?:\s+of)?\s+(?P<mon>{_MON})(?!\w){_YEAR_SUFFIX}"
)
def _r_day_month(m: re.Match[str], env: _Env) -> _Cand | None:
    lowercase_ambiguous = m["mon"].lower().startswith(("may", "mar")) and not m["mon"][0].isupper()
    if lowercase_ambiguous and not m["year"] and "of" not in m.group(0).lower():
        return None
    wd = _weekday_num(m["wd"]) if m["wd"] else None
    return _md_cand(m, _month_num(m["mon"]), _day_num(m["day"]), _yr(m["year"], env), wd, env)


# Day ranges inside a month: May 5-7, 2021 / May 5 to 7 / 5-7 May
@_rule(
    rf"\b(?P<mon>{_MON})\s*(?P<d1>{_DAYNUM})\s*(?:-|–|to|through|and)\s*(?P<d2>{_DAYNUM})"
    rf"(?![\d:])\b{_YEAR_SUFFIX}"
    rf"|\b(?P<d1b>{_DAYNUM})\s*(?:-|–|to|and)\s*(?P<d2b>{_DAYNUM})\s+(?:of\s+)?(?P<monb>{_MON})"
    rf"(?!\w){_YEAR_SUFFIX.replace('year', 'yearb')}"
)
def _r_day_range(m: re.Match[str], env: _Env) -> _Cand | None:
    mon = m["mon"] or m["monb"]
    d1 = _day_num(m["d1"] or m["d1b"])
    d2 = _day_num(m["d2"] or m["d2b"])
    if d2 <= d1 or (mon.lower().startswith(("may", "mar")) and not mon[0].isupper()):
        return None
    year = _yr(m["year"] or m["yearb"], env)
    a = _month_day_value(_month_num(mon), d1, year, None, env)
    if a is None:
        return None
    y = int(a["timex"][:4]) if a["resolved"] else None
    b = _month_day_value(_month_num(mon), d2, y, None, env)
    if b is None:
        return None
    return _cand(m, _range(a, b, env.pub), priority=1)


# Month + year: March 2021 / March of 2021 / 03/2021
@_rule(rf"\b(?P<mon>{_MON})(?!\w),?\s+(?:of\s+)?(?P<year>{_YEAR4}|['’]\d{{2}})(?![\d,]\d)")
def _r_month_year(m: re.Match[str], env: _Env) -> _Cand | None:
    y = _yr(m["year"], env)
    if y is None:
        return None
    return _md_cand(m, _month_num(m["mon"]), None, y, None, env)


# A bare month: July / last June / this May / next March
_AMBIGUOUS_MONTH = {
    "may",
    "march",
    "mar",
    "jan",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "feb",
    "apr",
    "sept",
}
_MONTH_CUE = _c(
    r"(?:\b(?:in|since|by|until|till|through|from|during|before|after|last|next|this|"
    r"early|late|mid|mid-|of|between|and|or|to|end\s+of|start\s+of|beginning\s+of|"
    r"middle\s+of|coming|past|previous|(?:until|till|through)\s+at\s+least)\s*)$"
)


@_rule(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|previous|coming)\s+)?(?P<mon>{_MON})(?!\w)"
)
def _r_month(m: re.Match[str], env: _Env) -> _Cand | None:
    word = m["mon"]
    key = word.lower().rstrip(".")
    if not word[0].isupper() and not m["rel"]:
        return None
    if key in _AMBIGUOUS_MONTH or word.endswith("."):
        before = env.text[max(0, m.start() - 15) : m.start()]
        if not m["rel"] and not _MONTH_CUE.search(before):
            return None
    return _md_cand(m, _month_num(word), None, None, None, env, _relword(m["rel"]))


# A year: 2021 / fiscal 2021 / FY2021 / '58 / the year 2021
_COUNT_NOUNS = (
    r"people|persons|troops|soldiers|residents|workers|employees|jobs|units|cases|deaths|"
    r"votes|homes|houses|members|students|patients|cars|vehicles|children|families|dollars|"
    r"euros|pounds|points|feet|miles|metres|meters|kilometres|kilometers|km|kg|tons|tonnes|"
    r"acres|hectares|barrels|shares|pages|words|calories|visitors|passengers|cattle|rooms|"
    r"beds|copies|signatures|flights|acres|sq|square"
)
_YEAR_CUE = _c(
    r"\b(?:in|since|by|until|till|of|from|before|after|during|around|circa|c\.|year|"
    r"through|to|between|and|or|early|late|mid|the)\s*-?\s*$"
)


@_rule(
    rf"(?<![\w$€£¥#.,/-])(?:(?P<fy>fiscal(?:\s+year)?|FY)\s*)?(?P<year>{_YEAR4})(?![\w%/]|[.,]\d|\s*(?:%|percent|per\s+cent)|\s+(?:{_COUNT_NOUNS})\b)"
)
def _r_year(m: re.Match[str], env: _Env) -> _Cand | None:
    y = int(m["year"])
    if not 1900 <= y <= 2100 and not _YEAR_CUE.search(env.text[max(0, m.start() - 12) : m.start()]):
        return None
    v = _unit_value("year", dt.date(y, 1, 1), env.pub, _ABSOLUTE)
    return _cand(m, v, tags={"year"})


_QUOTE_CLOSES = re.compile(r"(?:\s+[^\W_][\w-]*){1,5}['’](?!\w)")
"""A few words and a closing quote: "'15 Most Wanted'", "'60 Minutes'" open a quoted title."""


@_rule(r"(?<![\w'’])['’](\d{2})(?![\w'’%])(?!\s*s\b)")
def _r_year2(m: re.Match[str], env: _Env) -> _Cand | None:
    if _QUOTE_CLOSES.match(env.text, m.end()):
        return None  # a quoted title that starts with a number, not a year
    y = _two_digit_year(int(m[1]), env.pub)
    return _cand(m, _unit_value("year", dt.date(y, 1, 1), env.pub, _ABSOLUTE), tags={"year"})


# Year spans: 2020-22 / 2019/20 / 2020-2022
@_rule(rf"(?<![\w$€£/.-])(?P<y1>{_YEAR4})\s*(?:-|–|/)\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w/-])")
def _r_year_span(m: re.Match[str], env: _Env) -> _Cand | None:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if len(y2s) == 2 and y2 <= y1:
        if int(y2s) <= 12 and "/" not in m.group(0):  # 2021-03: a year-month
            d = dt.date(y1, int(y2s), 1) if int(y2s) >= 1 else None
            return _cand(m, _unit_value("month", d, env.pub, _ABSOLUTE)) if d else None
        return None
    if not y1 < y2 <= y1 + 30:
        return None
    a = _unit_value("year", dt.date(y1, 1, 1), env.pub, _ABSOLUTE)
    b = _unit_value("year", dt.date(y2, 1, 1), env.pub, _ABSOLUTE)
    ends = [m.span("y1"), m.span("y2")]
    v = _with_ends(_range(a, b, env.pub), env.text, m.start(), ends)
    return _cand(m, v, priority=1)


_A_YEARS_OWN = re.compile(r"\d{4}['’]s$")
"""A year told as an owner, not a decade: no "the" before it, an apostrophe before its "s"."""
_NAME_AFTER = re.compile(r"\s+[A-Z]")
"""A name after a year's "'s": "2020's Saltwind" is the year's game."""


# Decades: the 1970s / the '70s / the 70s / the 2010s
@_rule(r"\b(?:the\s+)?(?:(?P<full>1[0-9]{2}0|20[0-9]0)|['’]?(?P<short>[0-9]0))['’]?s\b")
def _r_decade(m: re.Match[str], env: _Env) -> _Cand | None:
    if m["full"] and _A_YEARS_OWN.match(m.group(0)) and _NAME_AFTER.match(env.text, m.end()):
        return None  # "2020's Saltwind", "2010's Lisbon accord": a year's own, no decade
    if m["full"]:
        y0 = int(m["full"])
    else:
        if not (m.group(0).lower().startswith("the") or "'" in m.group(0) or "’" in m.group(0)):
            return None
        y0 = _two_digit_year(int(m["short"]), env.pub)
        if env.pub is not None and y0 > env.pub.year:
            y0 -= 100
    return _cand(m, _unit_value("decade", dt.date(y0, 1, 1), env.pub, _ABSOLUTE))


# Spelled-out years: nineteen ninety-one / twenty twenty / nineteen oh five /
# the year two thousand / two thousand and eight; decades: the nineteen-sixties
_SP_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SP_10_99 = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]" + _SP_ONES + r")?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_SP_1_99 = rf"(?:{_SP_10_99}|{_SP_ONES})"
_SP_CENTURY = {**{w: n for w, n in ONES.items() if n >= 15}, "twenty": TENS["twenty"]}
_SP_NOT_A_YEAR = (
    rf"(?![\w-]|\s+(?:{_COUNT_NOUNS}|{_UNIT}|percent|per\s+cent|and\s+\w+\s+(?:{_COUNT_NOUNS})|"
    r"o['’]clock|thousand|million|billion)\b)"
)
_SP_YEAR_CUE = _c(
    r"\b(?:the\s+year|year|in|since|by|until|till|from|before|after|during|around|of|to|and|or)"
    r"\s+$"
)


@_rule(
    rf"\b(?P<the>the\s+year\s+)?(?:(?P<c>nineteen|eighteen|seventeen|sixteen|fifteen|twenty)"
    rf"[\s-]+(?:(?P<h>hundred)"
    rf"(?:(?:\s+and)?[\s-]+(?P<hx>{_SP_1_99}))?|oh[\s-]+(?P<oh>{_SP_ONES})|(?P<yy>{_SP_10_99}))"
    rf"|two[\s-]+thousand(?:(?:\s+and)?[\s-]+(?P<kx>{_SP_1_99}))?){_SP_NOT_A_YEAR}"
)
def _r_spelled_year(m: re.Match[str], env: _Env) -> _Cand | None:
    rest = m["hx"] or m["oh"] or m["yy"] or m["kx"]
    within = int(_num(rest) or 0) if rest else 0  # "nineteen hundred", "two thousand": 0
    if m["c"]:
        century = _SP_CENTURY[m["c"].lower()]
        y = century * 100 + within
        needs_cue = century not in {19, 20} or (m["h"] is not None and not m["hx"])
    else:
        y, needs_cue = 2000 + within, True
    cued = m["the"] or _SP_YEAR_CUE.search(env.text, max(0, m.start() - 16), m.start())
    if needs_cue and not cued:
        return None
    v = _unit_value("year", dt.date(y, 1, 1), env.pub, (R.ABSOLUTE, "absolute (spelled out)"))
    return _cand(m, v, tags={"year"})


@_rule(
    r"\b(?:the\s+)?(?P<c>nineteen|eighteen|twenty)[\s-]+(?P<d>tens|twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties)\b"
)
def _r_spelled_decade(m: re.Match[str], env: _Env) -> _Cand | None:
    tens = ["tens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies"]
    tens += ["eighties", "nineties"]
    y0 = _SP_CENTURY[m["c"].lower()] * 100 + 10 * (tens.index(m["d"].lower()) + 1)
    return _cand(
        m, _unit_value("decade", dt.date(y0, 1, 1), env.pub, (R.ABSOLUTE, "absolute (spelled out)"))
    )


# Centuries: the 20th century / the nineteenth century
@_rule(
    r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b|\b(?:the\s+)?(?P<w>"
    + _alt(list(_CENTURY_WORDS))[3:-1]
    + r")[\s-]+century\b"
)
def _r_century(m: re.Match[str], env: _Env) -> _Cand | None:
    n = int(m["n"]) if m["n"] else _CENTURY_WORDS[re.sub(r"\s+", " ", m["w"].lower())]
    if not 1 <= n <= 22:
        return None
    return _cand(m, _unit_value("century", dt.date((n - 1) * 100 or 1, 1, 1), env.pub, _ABSOLUTE))


# Quarters and halves: Q3 2021 / the third quarter of 2021 / first-quarter / H1 2022
@_rule(
    r"\b(?:(?P<q>[QH][1-4])|(?:the\s+)?(?:(?P<rel>last|this|next|previous|current|past)\s+)?"
    r"(?:(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+)?(?P<unit>quarter|half)"
    r"(?!\s+(?:of\s+(?:a|an|the\s+(?!year)|his|her|its|their)|century|mile|million|billion|percent|point|hour)))"
    rf"(?:\s+(?:of\s+)?(?:(?P<year>{_YEAR4})|(?P<ctx>(?:the|this|last|next)\s+year|fiscal\s+(?P<fy>{_YEAR4})))"
    rf"|\s*(?P<yearb>{_YEAR4}))?\b",
    re.IGNORECASE,
)
def _r_quarter(m: re.Match[str], env: _Env) -> _Cand | None:
    pub = env.pub
    if m["q"]:
        if not m["q"].isupper() or (m["q"][0] == "H" and m["q"][1] not in "12"):
            return None
        grain, n = ("quarter" if m["q"][0] == "Q" else "half"), int(m["q"][1])
        if not (m["year"] or m["yearb"] or m["fy"]):
            return None
    else:
        grain = "quarter" if m["unit"].lower() == "quarter" else "half"
        n = _ORDINALS.get((m["ord"] or "").lower(), 0)
        if n == -1:
            n = 4 if grain == "quarter" else 2
        if grain == "half" and n not in {1, 2}:
            return None
        if n == 0 and not m["rel"]:
            return None
        if n and not (
            m["ord"] and (m["year"] or m["yearb"] or m["ctx"] or "quarter" in m.group(0).lower())
        ):
            return None
    year_s = m["year"] or m["yearb"] or m["fy"]
    months = 3 if grain == "quarter" else 6
    if n == 0:  # last/this/next quarter
        if pub is None:
            return _cand(m, _unresolved("XXXX-QX", grain, pub, _RELATIVE_UNKNOWN))
        step = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(m["rel"].lower(), 0)
        return _cand(m, _unit_value(grain, _step(grain, pub, step), pub, _RELATIVE))
    if year_s:
        y = int(year_s)
    elif m["ctx"]:
        if pub is None:
            return None
        ctx = m["ctx"].lower()
        y = pub.year + (-1 if ctx.startswith("last") else 1 if ctx.startswith("next") else 0)
    elif pub is None:
        tag = "Q" if grain == "quarter" else "H"
        return _cand(m, _unresolved(f"XXXX-{tag}{n}", grain, pub, _YEAR_UNKNOWN))
    else:
        y0 = _year_for(lambda yy: (dt.date(yy, months * (n - 1) + 1, 1),) * 2, pub, env.tense, None)
        if y0 is None:
            return None
        y = y0
    d = dt.date(y, months * (n - 1) + 1, 1)
    return _cand(
        m,
        _unit_value(
            grain, d, pub, _ABSOLUTE if year_s else (R.PUBLICATION, "year from publication")
        ),
    )


# Seasons: summer 2021 / last summer / the summer of 2021 / this spring
@_rule(
    rf"\b(?:(?:the\s+)?(?P<rel>last|next|this|this\s+past|this\s+coming|past|previous|coming)\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>{_YEAR4}))?\b"
)
def _r_season(m: re.Match[str], env: _Env) -> _Cand | None:
    code, first = _SEASONS[m["s"].lower()]
    pub = env.pub
    rel = _relword(m["rel"])
    if not m["year"] and not rel:
        before = env.text[max(0, m.start() - 12) : m.start()]
        if not re.search(
            r"\b(?:in|the|this|during|by|until|since|early|late|mid|of)\s*-?\s*$", before, _FLAGS
        ):
            return None

    def span(y: int) -> tuple[dt.date, dt.date]:
        lo = dt.date(y, first, 1)
        return lo, _add_months(lo, 3) - dt.timedelta(days=1)

    if m["year"]:
        y = int(m["year"])
        basis = _ABSOLUTE
    elif pub is None:
        return _cand(m, _unresolved(f"XXXX-{code}", "season", pub, _YEAR_UNKNOWN))
    else:
        found = _year_for(span, pub, env.tense, rel)
        if found is None:
            return None
        y, basis = found, (R.PUBLICATION, f"season relative to publication {pub.isoformat()}")
    lo, hi = span(y)
    return _cand(m, _mk(f"{y}-{code}", "DATE", lo, hi, "season", pub, basis=basis))


_ANY_ONE = _c(
    r"\b(?:a|an|any|every|each|(?:the|its|their|his|her|our|a|\w+['’]s)\s+"
    r"(?:regular|usual|weekly|customary|traditional|equivalent)(?:\s+\w+)?)\s+$"
)
"""Words before a weekday that make it any such day, not one: "opens every Friday", "not
a fan getting lucky on a Friday morning", "its regular Thursday sheep sale", "the usual
Saturday market", "last year's equivalent Thursday sale"."""

_HABITUAL = _c(r"\b(?:normally|usually|typically|generally|ordinarily|customarily)\b[^.;:]*$")
"""An adverb of what happens as a rule, earlier in the clause: "about 3,500 sheep would
normally pass through the Thursday sale" tells of any Thursday's sale."""


# Weekdays: Tuesday / last Tuesday / next Friday / Tuesday night / this past Monday
@_rule(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|previous)\s+)?(?P<wd>{_WD_FULL}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri)(?!\w))"
    r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?\b"
    r"(?:\s+(?P<week>(?:in|of)\s+the\s+(?:week\s+ahead|coming\s+week|following\s+week)|"
    r"(?:of\s+)?next\s+week|(?:of\s+)?last\s+week|(?:in|of)\s+the\s+previous\s+week|"
    r"(?:of\s+)?this\s+week)\b)?"
)
def _r_weekday(m: re.Match[str], env: _Env) -> _Cand | None:
    word = m["wd"]
    if word.endswith(".") and not word[0].isupper():
        return None
    any_one = not m["rel"] and (
        _ANY_ONE.search(env.text, max(0, m.start() - 30), m.start())
        or (
            _HABITUAL.search(env.text, max(0, m.start() - 80), m.start())
            and _WEEKDAY_NAMES_A_KIND.match(env.text, m.end())
        )
    )
    if (word.lower().endswith("days") and not m["rel"]) or any_one:
        return _cand(
            m,
            _mk(
                f"XXXX-WXX-{_weekday_num(word) + 1}",
                "SET",
                None,
                None,
                "day",
                env.pub,
                weekday=_weekday_num(word),
                basis=(R.RECURRING, "every week"),
            ),
        )
    wd = _weekday_num(word)
    rel = _relword(m["rel"])
    pub = env.pub
    part = _PART_OF_DAY.get((m["part"] or "").lower())
    if pub is None:
        timex = f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else "")
        v = _unresolved(
            timex,
            "day",
            pub,
            (R.UNKNOWN_PUBLICATION, "weekday: no publication date"),
            weekday=wd,
            type_="TIME" if part else "DATE",
        )
        return _cand(m, v, tags={"weekday"})
    if m["week"]:  # "Friday in the week ahead", "Tuesday of last week": that calendar week
        step = (
            -1
            if re.search(r"last|previous", m["week"], re.I)
            else 0
            if re.search(r"this", m["week"], re.I)
            else 1
        )
        d = pub - dt.timedelta(days=pub.weekday() - 7 * step - wd)
        which = {
            -1: "previous calendar week from",
            0: "calendar week of",
            1: "next calendar week from",
        }
        basis = (R.PUBLICATION, f"{which[step]} publication {pub}")
        v = _unit_value("day", d, pub, basis, weekday=wd)
    elif rel is None and wd == (pub.weekday() + 1) % 7 and _LOCAL_TIME.match(env.text, m.end()):
        # a place ahead of the newsroom's clock: Saturday morning there is Friday evening here
        d = pub + dt.timedelta(days=1)
        basis = (R.WEEKDAY, f"weekday the day after publication {pub}, in local time")
        v = _unit_value("day", d, pub, basis, weekday=wd)
    else:
        d = _weekday_date(wd, pub, env.tense, rel)
        v = _unit_value("day", d, pub, _weekday_basis(env.tense, rel, pub), weekday=wd)
    if part:
        v.update(type="TIME", timex=f"{v['timex']}T{part}", time=part)
    found = _cand(m, v, tags={"weekday"})
    if found is not None and _DAY_OF_A_THING.match(env.text, m.end()):
        return _of_a_noun(found)  # "Saturday's £2.4m jackpot": which jackpot, not when
    return found


_DAY_OF_A_THING = _c(
    r"['’]s\s+(?:[£$€]?[\d.,]+\s*(?:m|bn|k|million|billion)?\s+|[a-z]+\s+){0,2}?"
    r"(?:jackpot|prize|pot|edition|issue|newspaper|paper|papers|front\s+page|supplement)\b"
)
"""A weekday's possessive before a thing that is no happening: "Saturday's £2.4m jackpot",
"Friday's edition", "Tuesday's paper". The day names which jackpot or edition, not when
the claim's verb happened ("Saturday's jackpot rolls over to Wednesday's draw")."""


_OF_A_HOLDER = _c(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:winners?|champions?|runners?-up|sponsors?|organi[sz]ers?|"
    r"hosts?|headliners?|captains?|mayors?|presidents?|holders?|recipients?|finalists?|"
    r"title[- ]holders?|queens?|kings?|ambassadors?)\b"
)
"""A time's possessive before someone who holds a title or a role: "this year's headline
sponsor", "last year's winner". The time says which sponsor or winner, not when the claim's
verb happened ("Grayling Motors, this year's sponsor, is in talks about next year")."""


# Deictic days: today / yesterday / tomorrow / tonight / last night / this morning
_DEICTIC = {
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None), "tomorrow": (1, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    "last night": (-1, "NI"), "this morning": (0, "MO"), "this afternoon": (0, "AF"),
    "this evening": (0, "EV"), "tomorrow morning": (1, "MO"), "tomorrow night": (1, "NI"),
    "yesterday morning": (-1, "MO"), "yesterday afternoon": (-1, "AF"),
    "yesterday evening": (-1, "EV"), "tomorrow afternoon": (1, "AF"),
    "tomorrow evening": (1, "EV"), "overnight": (0, "NI"), "tonite": (0, "NI"),
    "this day": (0, None),
    # British "a week today": the same weekday a week on (a clinic's start, a hearing)
    "a week today": (7, None), "a week tomorrow": (8, None), "a fortnight today": (14, None),
    "a fortnight tomorrow": (15, None),
}  # fmt: skip


@_rule(r"\b" + _alt(list(_DEICTIC)) + r"\b")
def _r_deictic(m: re.Match[str], env: _Env) -> _Cand | None:
    offset, part = _DEICTIC[re.sub(r"\s+", " ", m.group(0).lower())]
    pub = env.pub
    type_ = "TIME" if part else "DATE"
    if pub is None:
        return _cand(
            m,
            _unresolved(
                "XXXX-XX-XX" + (f"T{part}" if part else ""),
                "day",
                pub,
                _RELATIVE_UNKNOWN,
                type_=type_,
            ),
        )
    v = _unit_value("day", pub + dt.timedelta(days=offset), pub, _RELATIVE)
    if part:
        v.update(type="TIME", timex=f"{v['timex']}T{part}", time=part)
    return _cand(m, v)


# Anaphoric dates: that day / the same day / that night / the year / the day before.
# Extracted underspecified; _resolve_anaphors gives them the date they refer to.
_ANAPHOR_UNITS = {
    "day": ("day", None), "morning": ("day", "MO"), "afternoon": ("day", "AF"),
    "evening": ("day", "EV"), "night": ("day", "NI"), "week": ("week", None),
    "month": ("month", None), "year": ("year", None),
}  # fmt: skip
_ANAPHOR_LEAD = _c(r"\b(?:on|for|during|throughout|over|in|until|till|through)\s+$")
"""A bare "the day" / "the year" is a date only after one of these ("on the day")."""
_ANAPHOR_NOT_AFTER = _c(
    r"\s+(?:of|to|ended|ending|ago|earlier|later|\d|two|nineteen|twenty|eighteen)\b|"
    r"\s+(?:care|jobs?|trips?|traders?|trading|schools?|shifts?|pass|"
    r"labou?r|workers?|lights?|clubs?|life|time|off|rates?)\b"
)
_ANAPHOR_STANDALONE = _c(
    r"\s*(?:[,.;:!?)\"'’”\u2014\u2013-]|$|(?:and|but|or|as|at|in|on|from|with|amid|too|again|"
    r"alone)\b)"
)
"""What may follow an anaphor; other words make it "the day [that] <an event>"."""
ANAPHOR_BASIS = "referent not in the text: "
"""Basis of "that day" / "the year" with no date before it: read as the publication date
(said so), or unresolved when that is unknown."""
EVENT_BASIS = "anchored to another event"
"""Basis of "the day before the vote", "the day Nixon left": dated by an event."""


@_rule(
    r"\b(?P<det>(?:the|that)\s+(?:very\s+)?same|(?:the|that)\s+very|that|the)\s+"
    r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)(?![\w-])"
    r"(?:\s+(?P<off>before|after)\b)?"
)
def _r_anaphor(m: re.Match[str], env: _Env) -> _Cand | None:
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = m["unit"].lower()
    grain, part = _ANAPHOR_UNITS[unit]
    rest = env.text[m.end() :]
    offset = {"before": -1, "after": 1}.get((m["off"] or "").lower(), 0)
    if offset == 0 and _ANAPHOR_NOT_AFTER.match(rest):
        return None
    if det == "the" and not offset:
        lead = _ANAPHOR_LEAD.search(env.text, max(0, m.start() - 12), m.start())
        back = re.search(r"\bback\s+in\s+$", env.text[max(0, m.start() - 8) : m.start()], _FLAGS)
        if part or lead is None or back or (unit == "day" and lead.group(0).startswith("over")):
            return None  # "in the morning", "by the day", "back in the day"
    timex = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[grain]
    if (offset or det.startswith("the")) and not _ANAPHOR_STANDALONE.match(rest):
        # "the day before he was arrested", "the day Nixon left": dated by an event
        # ("that day the port closed" is the day before it, with the comma left out)
        v = _unresolved(timex, grain, env.pub, (R.EVENT, EVENT_BASIS))
        return _cand(m, v, tags={"event-anchored"})
    v = _unresolved(
        timex + (f"T{part}" if part else ""),
        grain,
        env.pub,
        (R.ANAPHOR, ANAPHOR_BASIS + "publication date unknown"),
        type_="TIME" if part else "DATE",
    )
    return _Cand(m.start(), m.end(), v, anaphor=(grain, part, offset))


_FINER = {
    "day": {"day"},
    "week": {"day", "week"},
    "month": {"day", "month"},
    "year": {"day", "week", "month", "season", "quarter", "half", "year"},
}
"""Grains of a date that fix an anaphor at each grain ("that year" after "March 3")."""
_REFERENT_GRAINS = _FINER["year"]
"""Grains a referent may have; a coarser one than the anaphor's only bounds it."""


def _resolve_anaphors(cands: list[_Cand], env: _Env) -> list[_Cand]:
    """Give "that day" / "the same year" the date before it in the text, else publication's.

    The referent is the nearest earlier date. At the anaphor's grain or finer it fixes
    the anaphor; a coarser one ("in March 2019 ... that day") only bounds it: the value
    keeps the unknown part as X (``2019-03-XX``, as TIMEX3 does) and the referent's
    interval. Without a referent TIMEX3 annotators of news read the publication date
    (HeidelTime does the same), and the basis says that it is assumed (ANAPHOR_BASIS).
    """
    out: list[_Cand] = []
    for c in cands:
        if c.anaphor is None:
            out.append(c)
            continue
        grain, part, offset = c.anaphor
        ref = next((r for r in reversed(out) if _can_refer(r)), None)
        lo = None if ref is None else _date(ref.value.get("earliest"))
        hi = None if ref is None else _date(ref.value.get("latest"))
        words = "" if ref is None else env.text[ref.start : ref.end]
        if ref is not None and (lo is None or hi is None):
            # an unresolved referent leaves the anaphor unresolved, with what it knows:
            # "Tuesday ... that night" is XXXX-WXX-2TNI, "March 8 ... that month" XXXX-03
            known = str(ref.value["timex"]).split("T")[0]
            if grain == "month" and re.fullmatch(r"XXXX-\d\d(?:-\d\d)?", known):
                known, part = known[:7], None
            elif not (grain == "day" == ref.value.get("grain")):
                known = ""
            if known and not offset:
                v = dict(c.value, timex=known + (f"T{part}" if part else ""))
                v.update(
                    basis=R.ANAPHORIC,
                    basis_text=f"anaphoric: the {grain} of '{words}'",
                    weekday=None,
                )
                if grain == "day":
                    v["weekday"] = ref.value.get("weekday")
                c = replace(c, value=v)
            out.append(c)
            continue
        if ref is not None and lo is not None and hi is not None:
            if str(ref.value.get("grain")) in _FINER[grain]:
                day, basis = lo, (R.ANAPHORIC, f"anaphoric: the {grain} of '{words}'")
            else:  # a coarser referent bounds it: keep what is known, X for the rest
                month = (lo.year, lo.month) == (hi.year, hi.month)
                known = f"{lo.year:04d}" + (f"-{lo.month:02d}" if month else "")
                rest = {"day": "-XX" if month else "-XX-XX", "week": "-WXX", "month": "-XX"}
                basis = (R.ANAPHORIC, f"anaphoric: a {grain} in '{words}'")
                v = _mk(known + rest[grain], "DATE", lo, hi, grain, env.pub, basis=basis)
                if part:
                    v.update(type="TIME", timex=f"{v['timex']}T{part}", time=part)
                out.append(replace(c, value=v))
                continue
        elif env.pub is None:
            out.append(c)
            continue
        else:
            day, basis = env.pub, (R.ANAPHOR, f"{ANAPHOR_BASIS}publication date assumed, {env.pub}")
        v = _unit_value(grain, _step(grain, day, offset), env.pub, basis)
        if part:
            v.update(type="TIME", timex=f"{v['timex']}T{part}", time=part)
        out.append(replace(c, value=v))
    return out


_NO_REFERENT = frozenset(
    {
        R.ANAPHOR, R.EVENT, R.CLOCK, R.SPAN, R.DURATION, R.RECURRING, R.BOUND, R.RANGE,
        R.ALTERNATIVES, R.FALLBACK, R.UNKNOWN_PUBLICATION,
    }
)  # fmt: skip
"""Readings that place no one day a later "that night" may refer to."""


def refers_a_day(value: DateValue) -> bool:
    """Whether a value is one day told outright, which a "that day" after it may refer to."""
    return (
        value.type in ("DATE", "TIME")
        and value.grain == "day"
        and value.resolved
        and value.earliest is not None
        and value.earliest == value.latest
        and not value.describes_noun
        and value.basis not in _NO_REFERENT
    )


def anaphor_from(value: DateValue, referent: DateValue, words: str) -> DateValue | None:
    """A "that night" or "the day before" read as publication's, read from a day told before.

    Its sentence held no date for it (:func:`_resolve_anaphors` then assumes publication);
    the sentence before tells the day ("was arrested on Tuesday. He was charged that
    night"). None when ``value`` is no such day anaphor.
    """
    if value.basis is not R.ANAPHOR or value.grain != "day" or not refers_a_day(referent):
        return None
    told, pub, day = _date(value.earliest), _date(value.published), _date(referent.earliest)
    if told is None or pub is None or day is None:
        return None
    day += told - pub  # "the day before" keeps its step
    part = value.timex.split("T", 1)[1] if "T" in value.timex else None
    return value.model_copy(
        update={
            "timex": day.isoformat() + (f"T{part}" if part else ""),
            "earliest": day.isoformat(),
            "latest": day.isoformat(),
            "weekday": day.weekday(),
            "basis": R.ANAPHORIC,
            "basis_text": f"anaphoric: the day of '{words}', told in the sentence before",
        }
    )


def _can_refer(c: _Cand) -> bool:
    v = c.value
    timex = str(v.get("timex", ""))
    return (
        not c.clock
        and v.get("type") in {"DATE", "TIME"}
        and str(v.get("grain")) in _REFERENT_GRAINS
        and not timex.endswith("_REF")
        and "/" not in timex
        and "|" not in timex
        and "event-anchored" not in c.tags
    )


# Calendar units relative to publication: this week / last month / next year / the last week
@_rule(
    r"\b(?:(?P<the>the\s+)?(?P<rel>this|last|next|previous|past|coming|current|this\s+past|this\s+coming|"
    r"following|same|that)\s+)(?P<fiscal>(?:fiscal|financial)\s+)?(?P<unit>week(?:end)?|month|year|decade|century)\b"
    r"(?!\s+(?:old|of\s+(?!the\b)))"
)
def _r_rel_unit(m: re.Match[str], env: _Env) -> _Cand | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    pub = env.pub
    if rel in {"same", "that"}:
        return None
    if rel == "following" or (m["the"] and rel in {"past", "coming"}):
        # "the past week" / "the coming year": a span anchored at publication
        anchor = "past" if rel == "past" else "future"
        if rel == "following":
            return _cand(
                m,
                _duration(
                    1, "decade" if unit == "decade" else unit.replace("weekend", "week"), pub
                ),
            )
        return _cand(m, _duration(1, unit.replace("weekend", "week"), pub, anchor=anchor))
    step = {
        "this": 0,
        "current": 0,
        "last": -1,
        "previous": -1,
        "past": -1,
        "this past": -1,
        "next": 1,
        "coming": 1,
        "this coming": 1,
    }[rel]
    if pub is None:
        tx = {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "year": "XXXX",
            "decade": "XXX",
            "century": "XX",
        }[unit]
        return _cand(
            m,
            _unresolved(tx, unit if unit != "weekend" else "day", pub, _RELATIVE_UNKNOWN),
        )
    if unit == "weekend":
        sat = _weekday_date(
            5, pub, env.tense, None if step == 0 else ("last" if step < 0 else "next")
        )
        if step == 0 and env.tense != "future" and pub.weekday() < 5:
            sat = pub - dt.timedelta(days=pub.weekday() + 2)
        iy, iw, _ = sat.isocalendar()
        return _cand(
            m,
            _mk(
                f"{iy}-W{iw:02d}-WE",
                "DATE",
                sat,
                sat + dt.timedelta(days=1),
                "day",
                pub,
                basis=(R.PUBLICATION, "weekend relative to publication"),
            ),
        )
    v = _unit_value(unit, _step(unit, pub, step), pub, _RELATIVE)
    if m["fiscal"]:
        v["basis_text"] = "fiscal year taken as the calendar year"
    return _cand(m, v)


# Position within the current unit: earlier this month / later this year / the end of the year
@_rule(
    r"\b(?P<pos>earlier|later|early|late|mid|(?:the\s+)?(?:end|start|beginning|middle|close)\s+of)"
    r"(?:[\s-]+(?:in\s+)?)(?:(?P<rel>this|last|next|the|current)[\s-]+)?(?P<unit>week|month|year|decade)\b"
)
def _r_position_unit(m: re.Match[str], env: _Env) -> _Cand | None:
    pub = env.pub
    pos = re.sub(r"\s+", " ", m["pos"].lower())
    rel = (m["rel"] or "the").lower().replace("current", "this")
    unit = m["unit"].lower()
    if pub is None:
        return _cand(m, _unresolved("XXXX", unit, pub, _RELATIVE_UNKNOWN))
    step = {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
    mod = {"earlier": "start", "early": "start", "later": "end", "late": "end", "mid": "mid"}.get(
        pos, "end" if "end" in pos or "close" in pos else "mid" if "middle" in pos else "start"
    )
    base = _unit_value(unit, _step(unit, pub, step), pub, _RELATIVE)
    if rel == "the" and step == 0 and pos not in ("earlier", "later"):
        # "the end of the year": in a past-tense clause a part not yet reached is last year's
        # ("later in the year" runs from publication, whatever the clause's tense)
        part = _apply_mod(base, mod)
        lo, hi = _date(part["earliest"]), _date(part["latest"])
        if env.tense != "future" and lo is not None and lo > pub:
            base = _unit_value(unit, _step(unit, pub, -1), pub, _RELATIVE)
        elif env.tense == "future" and hi is not None and hi < pub:
            base = _unit_value(unit, _step(unit, pub, 1), pub, _RELATIVE)
    v = _apply_mod(base, mod)
    if pos == "earlier" and step == 0:
        v["earliest"], v["latest"] = base["earliest"], pub.isoformat()
    elif pos == "later" and step == 0:
        v["earliest"], v["latest"] = pub.isoformat(), base["latest"]
    return _cand(m, v)


def _ordinal_compound(text: str, end: int) -> bool:
    """Whether "second" ending at ``end`` is joined by a hyphen to what it ranks.

    "A second-year student", "a second-hand van", "the second-largest city": the ordinal,
    not a length of time.
    """
    return text[end - 6 : end].lower() == "second" and text[end : end + 1] in ("-", "\u2011")


# "N units ago", "in N units" (future clause), "N units from now"
@_rule(
    rf"\b(?P<n>{_NUMW})[\s-]+(?P<unit>{_UNIT})\s+(?P<dir>ago|from\s+now|from\s+today|hence|back)\b"
    rf"|\b(?P<in>in|within)\s+(?P<n2>{_NUMW})\s+(?P<unit2>{_UNIT})\b(?!\s+(?:of|ago|time)\b)"
)
def _r_ago(m: re.Match[str], env: _Env) -> _Cand | None:
    pub = env.pub
    if m["in"]:
        if _ordinal_compound(m.string, m.end("unit2")):
            return None  # "in a second-hand van"
        n, unit = _num(m["n2"]), m["unit2"].lower()
        if env.tense != "future" or m["in"].lower() == "within":
            dur = _duration(n, unit, pub)
            return _Cand(m.start("n2"), m.end(), dur)
        sign = 1
    else:
        n, unit = _num(m["n"]), m["unit"].lower()
        sign = -1 if m["dir"].lower() in {"ago", "back"} else 1
    key = unit.rstrip("s").replace("centurie", "century")
    letter, per, grain, is_time = _UNITS[key]
    if is_time:
        grain = "day"
    if pub is None:
        return _cand(m, _unresolved("XXXX", grain, pub, _RELATIVE_UNKNOWN))
    if n is None:
        timex = "PAST_REF" if sign < 0 else "FUTURE_REF"
        v = _duration(None, unit, pub, anchor="past" if sign < 0 else "future")
        v.update(timex=timex, type="DATE")
        return _cand(m, v)
    amount = n * per
    if is_time:
        target = pub + dt.timedelta(
            days=sign * amount * {"S": 1 / 86400, "M": 1 / 1440, "H": 1 / 24}[letter]
        )
        target = dt.date(target.year, target.month, target.day)
    else:
        target = _shift(
            pub, letter if letter != "Q" else "M", sign * amount * (3 if letter == "Q" else 1)
        )
    if grain == "decade" or grain == "century":
        grain = "year"
    if letter == "W":  # "a week ago": TIMEX3 names the day seven days back, not its week
        return _cand(m, _unit_value("day", target, pub, (R.WEEKS, WEEKS_BASIS + pub.isoformat())))
    v = _unit_value(grain, target, pub, _RELATIVE)
    return _cand(m, v)


WEEKS_BASIS = "counted in weeks from publication "
"""Basis of "a week ago" / "in two weeks": a day told loosely (see the loose-week rule)."""


# The same period a year before publication: the same period last year / the year-earlier
# quarter / this time last year (TIMEX3: the publication's month, quarter ... a year back)
@_rule(
    r"\b(?:(?:the\s+)?(?:same|like|corresponding|comparable)\s+(?P<unit>period|time|day|week|month|"
    r"quarter)\s+(?:(?:of\s+|in\s+)?last\s+year|(?P<n>a|one|two|three)\s+years?\s+(?:ago|earlier|"
    r"before)|(?:of|in)\s+the\s+(?:previous|prior|preceding)\s+year)"
    r"|(?:the\s+)?year[\s-](?:earlier|ago)\s+(?P<unit2>period|day|week|month|quarter)"
    r"|this\s+time\s+last\s+year)\b"
)
def _r_same_period(m: re.Match[str], env: _Env) -> _Cand | None:
    unit = (m["unit"] or m["unit2"] or "time").lower()
    grain = {"period": "month", "time": "month"}.get(unit, unit)
    years = int(_num(m["n"]) or 1) if m["n"] else 1
    pub = env.pub
    if pub is None:
        return _cand(m, _unresolved("XXXX", grain, pub, _RELATIVE_UNKNOWN))
    basis = (
        R.YEAR_BEFORE,
        f"the same {unit} {years} year(s) before publication {pub.isoformat()}",
    )
    return _cand(m, _unit_value(grain, _add_months(pub, -12 * years), pub, basis))


# Durations: a month / 10 years / two-week / several days / the past two years / recent weeks
@_rule(
    rf"\b(?:(?P<anch>(?:(?:the|these|those)\s+)?(?:past|last|previous|next|coming|following|first|final)|recent|in\s+recent|over\s+the\s+(?:past|last|next|coming))\s+)?"
    rf"(?P<n>{_NUMW})?[\s-]*(?P<unit>{_UNIT})(?P<poss>['’]s?)?(?![A-Za-z])"
    r"(?!\w*\s*-\s*old\b|\w*\s+old\b|[\s-]+long\b(?=\s+\w+ed)|\s*-\s*\d)"
    r"(?:\s+(?P<rel>later|earlier|before|after|since|into))?"
)
def _r_duration(m: re.Match[str], env: _Env) -> _Cand | None:
    unit = m["unit"].lower()
    plural = unit.endswith("s") and not unit.endswith("ss")
    n_s, anch = m["n"], (m["anch"] or "").lower()
    if n_s is None and not plural and not anch:
        return None
    if (
        n_s is None
        and not anch
        and unit.rstrip("s")
        in {"second", "minute", "hour", "night", "quarter", "century", "centurie", "fortnight"}
    ):
        return None
    if n_s is not None and n_s.lower() in {"a", "an"} and plural:
        return None
    if unit == "second" and _ordinal_compound(m.string, m.end("unit")):
        return None  # "a second-year student", "a second-hand car": an ordinal, no duration
    if unit.startswith("quarter") and _SHARE_OF.match(m.string, m.end("unit")):
        return None  # "a quarter of a percentage point", "three quarters of the members"
    n = _num(n_s) if n_s else None
    if n_s is None and not plural:
        n = 1.0
    if n is not None and n > 10000:
        return None
    anchor: str | None = None
    if anch:
        if any(w in anch for w in ("past", "last", "previous", "recent")):
            anchor = "past"
        elif any(w in anch for w in ("next", "coming")):
            anchor = "future"
    if anch.endswith(("last", "next")) and n_s is None and not plural:
        return None  # "the last week" is a calendar unit (see _r_rel_unit)
    mod = None
    rel = (m["rel"] or "").lower()
    if rel in {"later", "after"}:
        mod = "after"
    elif rel in {"earlier", "before"}:
        mod = "before"
    v = _duration(n, unit, env.pub, anchor=anchor, mod=mod)
    if rel in {"later", "earlier", "before", "after"}:
        v.update(basis=R.DURATION, basis_text="duration relative to another event")
    end = (
        m.end()
        if rel in {"later", "earlier", "before", "after"}
        else m.end("poss")
        if m["poss"]
        else m.end("unit")
    )
    start = min(m.start(g) for g in ("anch", "n", "unit") if m[g] is not None)
    return _Cand(start, end, v, priority=-1)


_SHARE_OF = re.compile(
    rf"\s+of\s+(?!(?:\w+\s+){{0,2}}(?:{_UNIT}|fiscal|financial|calendar|{_YEAR4})\b)", _FLAGS
)
"""What makes a quarter a share of something, not three months: "of" and a noun phrase
that is not a span of time nor a year ("a quarter of the vote", "three quarters of its
members"; not "a quarter of a century", "the last quarter of the year", "of 2025")."""


# Vague references: recently / now / in the past / soon / in the coming months / at the time
_VAGUE = {
    "recently": "PAST", "lately": "PAST", "in recent times": "PAST", "of late": "PAST",
    "now": "PRESENT", "currently": "PRESENT", "at present": "PRESENT", "presently": "PRESENT",
    "nowadays": "PRESENT", "these days": "PRESENT", "right now": "PRESENT", "just now": "PRESENT",
    "at the moment": "PRESENT", "at this time": "PRESENT", "for now": "PRESENT",
    "to date": "PRESENT", "so far": "PRESENT", "as of now": "PRESENT",
    "the past": "PAST_OPEN", "in the past": "PAST_OPEN", "previously": "PAST_OPEN",
    "formerly": "PAST_OPEN", "at the time": "PAST_OPEN", "once": None, "earlier": None,
    "soon": "FUTURE", "shortly": "FUTURE", "in the near future": "FUTURE",
    "in the future": "FUTURE_OPEN", "the future": "FUTURE_OPEN", "in future": "FUTURE_OPEN",
    "eventually": "FUTURE_OPEN", "someday": "FUTURE_OPEN", "one day": None,
    "at that time": "PAST_OPEN", "a later date": "FUTURE_OPEN", "a later stage": "FUTURE_OPEN",
    "in the long term": "FUTURE_OPEN", "over the long term": "FUTURE_OPEN",
    "for the long term": "FUTURE_OPEN", "in the longer term": "FUTURE_OPEN",
    "in the long run": "FUTURE_OPEN", "over the long run": "FUTURE_OPEN",
    "in the medium term": "FUTURE_OPEN", "over the medium term": "FUTURE_OPEN",
    "in the short term": "FUTURE", "in the near term": "FUTURE", "over the short term": "FUTURE",
}  # fmt: skip


@_rule(r"\b" + _alt([k for k, v in _VAGUE.items() if v]) + r"\b")
def _r_vague(m: re.Match[str], env: _Env) -> _Cand | None:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    kind = _VAGUE[word]
    assert kind is not None
    if word in ("soon", "shortly") and _OFFSET_FOLLOWS.match(m.string, m.end()):
        return None  # "shortly after 3 p.m.", "soon after the attack": near what follows
    if word == "eventually" and env.tense != "future":
        return None  # "was eventually found a bed": later than the story's events, not now
    return _cand(m, _vague_value(kind, env.pub), priority=-1)


_OFFSET_FOLLOWS = re.compile(r"\s+(?:after|before|afterwards?|thereafter)\b", re.IGNORECASE)
"""What makes "soon" or "shortly" a nearness to the time that follows, not a time to come."""


# Vague adjectives TimeML reads as PAST_REF / PRESENT_REF: the recent floods, the current
# council, the ongoing talks, the former mayor; "later" (FUTURE_REF) in a future clause
_NOT_A_TIME_NOUN = (
    r"(?!\s+(?:of|in|on|to|from|by|and|or|is|was|are|were|has|had|have|will|would|can|could|"
    r"account|accounts|affairs|assets|liabilities|ratio|flows?|runs?|\w+ed)\b)"
)


@_rule(
    rf"(?<!electric\s)(?<!ocean\s)\b(?P<w>recent|current|ongoing|former)\b(?=\s+[a-z])"
    rf"{_NOT_A_TIME_NOUN}"
    r"|\b(?P<later>later)\b(?!\s+(?:that|this|the|in|on|than|today|tonight|tomorrow|date|stage|"
    rf"time|years?|months?|weeks?|days?|hours?|minutes?|life|{_WD}|{_MON}|\d)\b|-)"
)
def _r_vague_word(m: re.Match[str], env: _Env) -> _Cand | None:
    if m["later"]:
        if env.tense != "future":
            return None  # "he later resigned": later than another event, not than publication
        return _cand(m, _vague_value("FUTURE_OPEN", env.pub), priority=-1)
    kind = {"recent": "PAST", "former": "PAST_OPEN"}.get(m["w"].lower(), "PRESENT")
    v = _vague_value(kind, env.pub)
    v.update(basis_text=NOUN_BASIS + v["basis_text"], describes_noun=True)
    return _cand(m, v, priority=-1)


NOUN_BASIS = "describes a noun, not an event: "
"""Basis of "the former mayor", "the recent floods": the word dates the noun it qualifies."""


def _vague_value(kind: str, pub: dt.date | None) -> Value:
    """The value of a vague reference: PAST / PAST_OPEN / PRESENT / FUTURE / FUTURE_OPEN."""
    timex = {
        "PAST": "PAST_REF",
        "PAST_OPEN": "PAST_REF",
        "PRESENT": "PRESENT_REF",
        "FUTURE": "FUTURE_REF",
        "FUTURE_OPEN": "FUTURE_REF",
    }[kind]
    if pub is None:
        return _unresolved(timex, "unknown", pub, _RELATIVE_UNKNOWN)
    window = dt.timedelta(days=RECENT_WINDOW_DAYS)
    lo, hi = {
        "PAST": (pub - window, pub),
        "PAST_OPEN": (None, pub),
        "PRESENT": (pub, pub),
        "FUTURE": (pub, pub + window),
        "FUTURE_OPEN": (pub, None),
    }[kind]
    words = {
        "PAST": f"{RECENT_WINDOW_DAYS} days up to publication {pub.isoformat()}",
        "PAST_OPEN": f"any time up to publication {pub.isoformat()}",
        "PRESENT": f"publication day {pub.isoformat()}",
        "FUTURE": f"{RECENT_WINDOW_DAYS} days from publication {pub.isoformat()}",
        "FUTURE_OPEN": f"any time after publication {pub.isoformat()}",
    }[kind]
    return _mk(timex, "DATE", lo, hi, "unknown", pub, basis=(R.PUBLICATION, words))


@_rule(
    r"\b(?:in\s+)?(?:the\s+)?(?P<dir>coming|next\s+few|recent|past\s+few)\s+(?P<unit>days|weeks|months|years|decades)\b"
)
def _r_coming(m: re.Match[str], env: _Env) -> _Cand | None:
    d = m["dir"].lower()
    if not m.group(0).lower().startswith(("in ", "the ")) and d != "coming":
        return None
    if d != "coming":
        return None  # "recent weeks", "the next few months": durations, see _r_duration
    pub = env.pub
    future = d == "coming"
    letter = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "DE"}[
        m["unit"].lower()
    ]
    timex = "FUTURE_REF" if future else "PAST_REF"
    if pub is None:
        return _cand(m, _unresolved(timex, "unknown", pub, _RELATIVE_UNKNOWN))
    days = dt.timedelta(days=_VAGUE_WINDOWS[letter])
    lo, hi = (pub, pub + days) if future else (pub - days, pub)
    word = "after" if future else "before"
    return _cand(
        m,
        _mk(
            timex,
            "DATE",
            lo,
            hi,
            "unknown",
            pub,
            basis=(R.PUBLICATION, f"{days.days} days {word} publication {pub.isoformat()}"),
        ),
        priority=1,
    )


# Decades / years after something: "decades after", "years later" (no number)
# are covered by _r_duration (bare plural + later/after).


# Holidays: Christmas / Thanksgiving 2020 / last Easter
@_rule(
    r"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|previous|coming)\s+)?(?P<h>"
    + _alt(
        [
            *list(_FIXED_HOLIDAYS),
            *list(_NTH_HOLIDAYS),
            *list(_EASTER_HOLIDAYS),
            *list(_DAY_AFTER_HOLIDAYS),
        ]
    ).replace("'", "['’]?")
    + rf")(?:\s+(?:of\s+|in\s+)?(?P<year>{_YEAR4}))?\b"
)
def _r_holiday(m: re.Match[str], env: _Env) -> _Cand | None:
    found = _holiday_date(m, env)
    if found is None or not _HOLIDAY_NAMES_A_KIND.match(m.string, m.end()):
        return found
    return _of_a_noun(found)


def _of_a_noun(found: _Cand) -> _Cand:
    """``found`` read as naming a kind of thing: it dates a noun and is never compared.

    "A company Christmas party", "the Halloween display", "the administration's midnight
    regulations": the time word names a kind of party, display or rule, not when the
    claim's event happened (office parties come before Christmas; "midnight
    regulations" are issued in an outgoing government's last weeks), as "the former
    mayor" dates the mayor and not what the claim tells.
    """

    def of_a_noun(value: Value) -> Value:
        return {**value, "basis_text": NOUN_BASIS + value["basis_text"], "describes_noun": True}

    year = found.with_year
    return dataclasses.replace(
        found,
        value=of_a_noun(found.value),
        with_year=None if year is None else (lambda y: of_a_noun(year(y))),
    )


_KEEPS_A_DATE = frozenset(
    [*FUNCTION_WORDS, "will", "would", "could", "can", "may", "might", "should", "shall",
     "did", "does", "do", "not", "so", "too", "also", "again", "last", "this", "next",
     "each", "every", "if", "because", "where", "how", "through", "around", "near",
     "between", "against", "within", "without", "till", "said", "says", "comes", "falls",
     "arrives", "nears", "approaches", "is", "itself", "only", "alone", "just", "local",
     "tonight", "today", "tomorrow", "yesterday"]
)  # fmt: skip
"""Words after a time word that leave it a time: "at Christmas when", "Easter falls",
"midnight local time"."""


def _names_a_kind(times: str) -> re.Pattern[str]:
    """A lower-case word after a time word that it modifies as a noun would.

    Not one of ``times`` (nouns the time word dates: "Easter weekend", "midnight
    deadline"), a word of :data:`_KEEPS_A_DATE`, a verb in -ed or an adverb in -ly.
    """
    keep = "|".join(sorted(_KEEPS_A_DATE))
    return re.compile(rf"\s+(?!(?:{times}|{keep})\b)[a-z][a-z-]*\b(?<!ed)(?<!ly)")


_HOLIDAY_NAMES_A_KIND = _names_a_kind(
    "day|days|eve|weekend|weekends|week|weeks|morning|afternoon|evening|night|season|"
    f"holiday|holidays|break|period|time|vacation|recess|celebrations?|services?|mass|{_WD}"
)
"""A holiday naming a kind of thing: "Christmas party", "Christmas shoppers", "Halloween
display", "Thanksgiving dinner"; not "Easter weekend", "the Christmas holidays",
"Christmas morning", "the Easter service" (the holiday is their time)."""

_WEEKDAY_NAMES_A_KIND = _names_a_kind(
    "morning|afternoon|evening|night|overnight|lunchtime|week|weekend"
)
"""A weekday before a noun it names a kind of: "the Thursday sale", "the Sunday service"."""

_CLOCK_NAMES_A_KIND = _names_a_kind(
    "deadline|deadlines|curfew|mass|service|vigil|meeting|vote|session|flight|launch|raid|"
    "briefing|ceremony|countdown|hour|start|kickoff|sitting|strike|shutdown|closing|opening"
)
"""Midnight or noon naming a kind of thing: "midnight regulations", "the midnight shift",
"a noon crowd"; not "a midnight deadline", "the noon briefing" (the time of them)."""


def _holiday_date(m: re.Match[str], env: _Env) -> _Cand | None:
    """The day a holiday names (see :func:`_r_holiday`)."""
    name = m["h"]
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    if key == "may day" and not name[0].isupper():
        return None  # "may day" is more often "may" + "day"
    if _holiday(key, 2000) is None:
        key = key.replace("'", "")  # the pattern allows a dropped apostrophe
        if _holiday(key, 2000) is None:
            return None
    pub = env.pub
    if m["year"]:
        d = _holiday(key, int(m["year"]))
        return _cand(m, _unit_value("day", d, pub, (R.ABSOLUTE, "holiday"))) if d else None
    if pub is None:
        return _cand(
            m,
            _unresolved("XXXX-XX-XX", "day", pub, (R.UNKNOWN_PUBLICATION, "holiday: year unknown")),
        )

    def span(y: int) -> tuple[dt.date, dt.date] | None:
        d = _holiday(key, y)
        return None if d is None else (d, d)

    y = _year_for(span, pub, env.tense, _relword(m["rel"]))
    d = _holiday(key, y) if y is not None else None
    if d is None:
        return None
    v = _unit_value(
        "day", d, pub, (R.PUBLICATION, f"holiday nearest publication {pub.isoformat()}")
    )

    def with_year(yy: int) -> Value:
        day = _holiday(key, yy)
        return v if day is None else _unit_value("day", day, pub, (R.ABSOLUTE, "holiday"))

    return _cand(m, v, with_year=with_year, explicit_year=False)


# Recurring: every year / each week / annually
@_rule(
    r"\b(?:(?:every|each)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night|season|quarter)|(?P<adv>annually|yearly))\b"
)
def _r_set(m: re.Match[str], env: _Env) -> _Cand | None:
    unit = (m["unit"] or "year").lower()
    timex = {
        "day": "P1D",
        "week": "P1W",
        "month": "P1M",
        "year": "P1Y",
        "quarter": "P3M",
        "season": "XXXX-XX",
        "morning": "XXXX-XX-XXTMO",
        "afternoon": "XXXX-XX-XXTAF",
        "evening": "XXXX-XX-XXTEV",
        "night": "XXXX-XX-XXTNI",
    }[unit]
    return _cand(
        m, _mk(timex, "SET", None, None, "unknown", env.pub, basis=(R.RECURRING, "recurring"))
    )


_NTH = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip
_WD_ANY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
)
_DOM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"


# Ordinal weekday of a month: the first Monday of March / last Friday of June 2021 /
# the second Tuesday of the month / the third Thursday of next month
@_rule(
    rf"\b(?:the\s+)?(?P<ord>{_alt(list(_NTH))[3:-1]})\s+(?P<wd>{_WD_ANY})\s+(?:of|in)\s+"
    rf"(?:(?P<mon>{_MON})(?!\w)(?:,?\s+(?P<year>{_YEAR4}))?|(?P<rel>the|this|next|last)\s+month)\b"
)
def _r_nth_weekday(m: re.Match[str], env: _Env) -> _Cand | None:
    n = _NTH[m["ord"].lower()]
    wd = _weekday_num(m["wd"])
    pub = env.pub

    def nth(y: int, month: int) -> dt.date | None:
        d = _nth_weekday(y, month, wd, n)
        return d if d.month == month else None

    if m["mon"]:
        month = _month_num(m["mon"])
        if m["year"]:
            y: int | None = int(m["year"])
        elif pub is None:
            return _cand(
                m,
                _unresolved(
                    f"XXXX-{month:02d}-XX", "day", pub, (R.UNKNOWN_PUBLICATION, "year unknown")
                ),
            )
        else:

            def span(yy: int) -> tuple[dt.date, dt.date] | None:
                d = nth(yy, month)
                return None if d is None else (d, d)

            y = _year_for(span, pub, env.tense, None)
        if y is None:
            return None
    else:
        if pub is None:
            return _cand(
                m,
                _unresolved(
                    "XXXX-XX-XX", "day", pub, (R.UNKNOWN_PUBLICATION, "relative to publication")
                ),
            )
        step = {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
        first = _add_months(pub.replace(day=1), step)
        y, month = first.year, first.month
    d = nth(y, month)
    if d is None:
        return None
    reading = R.ABSOLUTE if m["mon"] and m["year"] else R.PUBLICATION
    basis = (reading, "ordinal weekday of the month")
    return _cand(m, _unit_value("day", d, pub, basis, weekday=wd))


def _day_of_month(
    day: int, pub: dt.date, tense: str, wd: int | None = None, month_step: int | None = None
) -> dt.date | None:
    """The date with day-of-month ``day`` (and weekday ``wd``) nearest publication in ``tense``."""
    if month_step is not None:
        first = _add_months(pub.replace(day=1), month_step)
        try:
            return first.replace(day=day)
        except ValueError:
            return None
    found: list[dt.date] = []
    for k in range(-13, 14):
        first = _add_months(pub.replace(day=1), k)
        if day <= calendar.monthrange(first.year, first.month)[1]:
            d = first.replace(day=day)
            if wd is None or d.weekday() == wd:
                found.append(d)
    if tense == "future":
        after = [d for d in found if d >= pub]
        return min(after) if after else None
    if tense == "none":
        near = [d for d in found if d <= pub + NO_CUE_LEAD]
        return min(near, key=lambda d: abs((d - pub).days), default=None)
    before = [d for d in found if d <= pub]
    return max(before) if before else None


# A weekday with a day of the month: Tuesday 19th / Tuesday the 19th
@_rule(rf"\b(?P<wd>{_WD_FULL}),?\s+(?:the\s+)?(?P<day>{_DOM})\b(?!\s+(?:of\s+)?(?:{_MON})(?!\w))")
def _r_weekday_dom(m: re.Match[str], env: _Env) -> _Cand | None:
    wd, day, pub = _weekday_num(m["wd"]), _day_num(m["day"]), env.pub
    if pub is None:
        return _cand(
            m,
            _unresolved(
                f"XXXX-XX-{day:02d}",
                "day",
                pub,
                (R.UNKNOWN_PUBLICATION, "month unknown"),
                weekday=wd,
            ),
        )
    d = _day_of_month(day, pub, env.tense, wd)
    if d is None:
        return None
    basis = (
        R.PUBLICATION,
        f"day {day} falling on {calendar.day_name[wd]}, nearest publication {pub.isoformat()}",
    )
    return _cand(m, _unit_value("day", d, pub, basis, weekday=wd), priority=1)


# A bare day of the month: on the 15th / the 20th of this month / the 3rd of next month
@_rule(
    rf"\bthe\s+(?P<day>{_DOM})(?:\s+of\s+(?:the\s+)?(?P<rel>this|next|last|the|current)\s+month\b"
    r"|(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|and|or|to|through|when|until|before|after)\b))"
)
def _r_dom(m: re.Match[str], env: _Env) -> _Cand | None:
    day, pub = _day_num(m["day"]), env.pub
    if pub is None:
        return _cand(
            m,
            _unresolved(f"XXXX-XX-{day:02d}", "day", pub, (R.UNKNOWN_PUBLICATION, "month unknown")),
        )
    step = None
    if m["rel"]:
        step = {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
    d = _day_of_month(day, pub, env.tense, None, step)
    if d is None:
        return None
    return _cand(
        m,
        _unit_value("day", d, pub, (R.PUBLICATION, f"day {day} of the month nearest publication")),
    )


# Clock times: 3 p.m. / 15:00 GMT / noon
@_rule(rf"\b(?:at\s+)?(?P<clock>{_CLOCK})")
def _r_clock(m: re.Match[str], env: _Env) -> _Cand | None:
    clock = m["clock"].lower()
    if re.fullmatch(r"\d{1,2}\.\d{2}", clock.strip()):
        return None  # "3.50" is a number, not a time
    if re.match(r"[.:]\d", m.string[m.end() :]):
        return None  # "2:06.41", "2:04:09": a time taken (a race's), not a time of day
    hhmm = _clock_hhmm(clock)
    if hhmm is None:
        return None
    if clock.strip() in ("noon", "midday", "midnight") and _CLOCK_NAMES_A_KIND.match(
        m.string, m.end()
    ):
        return _of_a_noun(_clock_time(m, env, hhmm))
    return _clock_time(m, env, hhmm)


def _clock_time(m: re.Match[str], env: _Env, hhmm: str) -> _Cand:
    """The time of day a clock word or figure names, on the publication day if known."""
    start = m.start("clock")
    pub = env.pub
    if pub is not None:  # a bare time in a dated article: that day (news convention)
        v = _unit_value("day", pub, pub, (R.CLOCK, CLOCK_BASIS + pub.isoformat()))
        v.update(type="TIME", timex=f"{v['timex']}T{hhmm}", time=hhmm)
        return _Cand(start, m.end(), v, clock=True, priority=-1)
    return _Cand(
        start,
        m.end(),
        _unresolved(
            f"XXXX-XX-XXT{hhmm}",
            "unknown",
            env.pub,
            (R.UNKNOWN_PUBLICATION, "time of day: date unknown"),
            type_="TIME",
            time=hhmm,
        ),
        clock=True,
        priority=-1,
    )


CLOCK_BASIS = "time of day: publication day assumed, "
"""Basis of a bare clock time ("at 3pm") read as the publication day."""

_NOT_THE_EVENT = frozenset({DateReading.ANAPHOR, DateReading.EVENT})
"""Readings that do not say when the claim's event happened."""


def dates_the_event(value: DateValue) -> bool:
    """Whether a date value says when the claim's event happened.

    Not "the former mayor", "the current council" (they date a noun), "the day before
    the vote" (dated by another event) or "later that day" with its date elsewhere
    (read as the publication day for want of better): another source's date can
    neither contradict them nor stand for the same moment.
    """
    return not value.describes_noun and value.basis not in _NOT_THE_EVENT


def _clock_hhmm(clock: str) -> str | None:
    c = clock.strip().lower()
    if c.startswith(("noon", "midday")):
        return "12:00"
    if c.startswith("midnight"):
        return "00:00"
    mm = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", c)
    if mm is None:
        return None
    h, mi = int(mm[1]), int(mm[2] or 0)
    if mm[3]:
        if h > 12:
            return None
        h = h % 12 + (12 if mm[3].startswith("p") else 0)
    return f"{h:02d}:{mi:02d}"


WIRE_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?\s*(?:\([^()]{1,30}\))?\s*[-–—]+\s+(?=[\"“‘']?[A-Z])"
)
"""A wire dateline with its day, opening a lede: the place in capitals, maybe its region,
the day and the agency, then a dash ("TARNFIELD, May 15 - Pellow Baby is recalling ...",
"HALLOWAY, Ohio, March 3 (AP) — A fire ..."). Its day is when the story was filed, no
date of what the lede tells; the place stays in the claim's words."""


# ---------------------------------------------------------------------------
# Combination passes
# ---------------------------------------------------------------------------

_POSITION_PREFIX = _c(
    r"(?:\b(?P<w>early|late|mid|(?:the\s+)?(?:start|beginning|end|middle|close)\s+of)[\s-]*|\bmid-)$"
)
_BOUND_PREFIX = _c(
    r"(?<![-‐])\b(?P<w>no\s+later\s+than|not\s+later\s+than|by|before|prior\s+to|after|since|"
    r"(?:until|till|through)\s+at\s+least|at\s+least\s+(?:until|till|through)|until|till|"
    r"up\s+to|through|around|about|approximately|roughly|circa|c\.|some|nearly|almost|"
    r"more\s+than|less\s+than|over|under|at\s+least|at\s+most|from)\s+"
    r"(?:(?<=since\s)the\s+(?:[a-z]{4,}\s+)?|(?:(?<=after\s)|(?<=before\s))(?P<art>a|an|the)\s+"
    r"[a-z]{3,}\s+)?$"
)
"""A bound word before a date; after "since", "the" and a word that qualifies the date
("since the pandemic spring of 2020", "since the record summer of 2012") too, and after
"after" or "before" an article and such a word, before a month, a season or a year
("after a disappointing February", not "after a shooting Friday": a weekday after a noun
dates what the noun names)."""
_QUALIFIED_DATE = _c(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|spring|summer|autumn|fall|winter|\d{4})\b"
)
_CLOSE_BY = _c(r"\b(?:just|shortly|moments|minutes|seconds|soon|right|immediately|an\s+hour)\s+$")
"""Words before "before" or "after" a time of day that make it a moment close to it: "just
before 4 a.m. on Saturday", "shortly after midnight on Sunday" happened about then, not
at any time before or after it."""
_RANGE_CONNECT = _c(r"\s*(?:-to-|-|–|—|to|through|thru|until|till|and)\s*")
"""What joins the two ends of a range: "April to June", "April-June", "April-to-June"."""
_RANGE_OPEN = _c(r"\b(?:between|from)\s+$")
_ALT_CONNECT = _c(r"\s*(?:,\s*)?(?:or|and/or)\s+")
_TIME_LINK = _c(r"\s*(?:,\s*|\s+at\s+|\s+on\s+|\s+)(?:at\s+|on\s+)?")
_CLOCK_FIRST = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|o'clock)", re.I)
"""A candidate that opens with a clock time: a bound word before it qualifies the hour."""
_CLOCK_OR_NIGHT = re.compile(rf"(?:{_CLOCK_FIRST.pattern})|(?:midnight|noon|midday)\b", re.I)
"""A clock time, or midnight or noon: a moment of a day ("just before midnight")."""

_NEGATED_BEFORE = _c(r"(?:\bnot\b|\bnever\b|n[’']t\b)[^,.;:]*$")
"""A negation earlier in the clause of an "until": "did not sail until noon" sailed at noon."""

_DEFERRED_BEFORE = _c(
    r"\b(?:(?:postpon|delay|defer|adjourn|reschedul)\w*|(?:put|puts|putting)\s+off"
    r"|(?:push|pushed|pushes|pushing)\s+back)\b[^,.;:]*$"
)
"""A deferral earlier in the clause of an "until": "the testimony was delayed until Monday"
happens on Monday, no earlier, as "will not testify until Monday" does. ("Extended until"
moves an end, and stays a plain bound.)"""

_AGENT_OF_A_DAY = _c(
    r"[’']s\s+(?!(?:deadline|cut-?off|close|end|start|opening|closing|expiry)\b)[a-z]"
)
"""After "by" and a date: the date owns a noun that is no time limit, so "by" names who or
what did it ("killed by Monday's earthquake", "damaged by Sunday's storm"), not a
deadline ("by Friday's deadline" stays one); after "before", "after", "since" or "until",
the word is the noun's ("after Saturday night's downpour")."""

_OWNED_BOUNDS = frozenset(["by", "before", "after", "since", "until"])
"""Bound words that, before a date owning a noun (:data:`_AGENT_OF_A_DAY`), govern the noun
and not the date: "after Saturday night's downpour" dates the downpour to Saturday night."""

_SPAN_BEFORE = _c(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s+$")
"""A length of time right before "after" or "before": "two days after Saturday's draw" is
a day counted from Saturday, not the draw's."""

_BOUND_MOD = {
    "by": "by", "no later than": "by", "not later than": "by", "before": "before",
    "prior to": "before", "after": "after", "since": "since", "until": "until", "till": "until",
    "up to": "until", "through": "until", "around": "approx", "about": "approx",
    "approximately": "approx", "roughly": "approx", "circa": "approx", "c.": "approx",
    "some": "approx", "nearly": "approx", "almost": "approx", "more than": "approx",
    "less than": "approx", "over": "approx", "under": "approx", "at least": "approx",
    "at most": "approx", "from": "from", "until at least": "until_at_least",
    "till at least": "until_at_least",
    "through at least": "until_at_least", "at least until": "until_at_least",
    "at least till": "until_at_least", "at least through": "until_at_least",
}  # fmt: skip


def _bare_weekday(c: _Cand) -> bool:
    """Whether a candidate is a weekday read from its name alone ("Monday", "7pm, Monday")."""
    return c.value.get("weekday") is not None and str(c.value.get("basis")) in (
        R.WEEKDAY,
        R.WEEKDAY.value,
    )


def _weekly_hours(c: _Cand, nxt: _Cand, before: Sequence[_Cand], text: str) -> bool:
    """Whether "Monday to Saturday" after clock times tells hours kept every week.

    "Bus lanes will operate from 7am to 7pm, Monday to Saturday" and "open 9am to 5pm,
    Monday to Friday" name no day: the lanes and the office keep those hours each week.
    """
    if not (_bare_weekday(c) and _bare_weekday(nxt)):
        return False
    if "T" in str(c.value.get("timex")):
        return True  # "7pm, Monday" read as one moment
    return any(b.clock and 0 <= c.start - b.end <= 25 for b in before)


def _every_week(c: _Cand, nxt: _Cand, pub: dt.date | None) -> Value:
    """A span of weekdays kept every week: a set, which dates no event."""
    wa, wb = int(c.value["weekday"]), int(nxt.value["weekday"])
    return _mk(
        f"XXXX-WXX-{wa + 1}/XXXX-WXX-{wb + 1}",
        "SET",
        None,
        None,
        "day",
        pub,
        basis=(R.RECURRING, "every week"),
    )


def _range(a: Value, b: Value, pub: dt.date | None) -> Value:
    """Build a value spanning from ``a`` to ``b``."""
    grains = [
        "day",
        "week",
        "month",
        "season",
        "quarter",
        "half",
        "year",
        "decade",
        "century",
        "unknown",
    ]
    ga, gb = str(a.get("grain")), str(b.get("grain"))
    grain = max(ga, gb, key=lambda g: grains.index(g) if g in grains else 0)
    resolved = bool(a.get("resolved")) and bool(b.get("resolved"))
    return _mk(
        f"{a['timex']}/{b['timex']}",
        "DATE",
        _date(a.get("earliest")),
        _date(b.get("latest")),
        grain,
        pub,
        resolved=resolved,
        basis=(R.RANGE, "range"),
        parts=[a, b],
    )


def _with_ends(
    value: Value, text: str, start: int, ends: Sequence[_Cand | tuple[int, int]]
) -> Value:
    """Give each end of a range its words: ``text`` and ``within`` (offsets in the field).

    TIMEX3 annotates "2009" and "2011" in "from 2009 to 2011" as two values; the field
    stays one range (it is compared as one), and each part says which words are its own.
    """
    parts = []
    for part, end in zip(value["parts"], ends, strict=True):
        lo, hi = (end.start, end.end) if isinstance(end, _Cand) else end
        parts.append(dict(part, text=text[lo:hi], within=[lo - start, hi - start]))
    return dict(value, parts=parts)


def _alternatives(values: list[Value], pub: dt.date | None) -> Value:
    los = [_date(v.get("earliest")) for v in values]
    his = [_date(v.get("latest")) for v in values]
    lo = None if any(x is None for x in los) else min(x for x in los if x is not None)
    hi = None if any(x is None for x in his) else max(x for x in his if x is not None)
    return _mk(
        "|".join(str(v["timex"]) for v in values),
        "DATE",
        lo,
        hi,
        str(values[0].get("grain")),
        pub,
        resolved=all(bool(v.get("resolved")) for v in values),
        basis=(R.ALTERNATIVES, "alternatives"),
        alternatives=values,
    )


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: longest first, then higher priority, then leftmost."""
    chosen: list[_Cand] = []
    for c in sorted(
        cands, key=lambda c: (-(c.end - c.start) - 3 * c.priority, -c.priority, c.start)
    ):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _combine(cands: list[_Cand], env: _Env) -> list[_Cand]:
    text, pub = env.text, env.pub
    cands = _resolve_anaphors(cands, env)
    out: list[_Cand] = []
    i = 0
    # 1. attach clock times to adjacent dates
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and (c.clock != nxt.clock):
            gap = text[c.end : nxt.start]
            link = _TIME_LINK.fullmatch(gap)
            date_c, clock_c = (nxt, c) if c.clock else (c, nxt)
            if (
                link is not None
                and date_c.value.get("type") in {"DATE", "TIME"}
                and date_c.value.get("grain") == "day"
            ):
                hhmm = clock_c.value["time"]
                v = dict(date_c.value)
                base = str(v["timex"]).split("T")[0]
                v.update(type="TIME", timex=f"{base}T{hhmm}", time=hhmm)
                out.append(replace(date_c, start=c.start, end=nxt.end, value=v, clock=False))
                i += 2
                continue
        out.append(c)
        i += 1
    cands = out
    # 2. a year told after the words: "in July last year", "Bastille Day this year"
    out = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.with_year is not None
            and not prev.explicit_year
            and re.fullmatch(r"\s+(?:of\s+)?", text[prev.end : c.start])
            and re.fullmatch(r"(?:last|this|next)\s+year", text[c.start : c.end], _FLAGS)
            and str(c.value.get("timex", "")).isdigit()
        ):
            v = prev.with_year(int(c.value["timex"]))
            if (hhmm := prev.value.get("time")) and "T" not in str(v.get("timex", "")):
                # "at 11.40pm on January 18 last year": the year keeps the hour told with it
                v = dict(v, type="TIME", timex=f"{v['timex']}T{hhmm}", time=hhmm)
            out[-1] = replace(prev, end=c.end, value=v, explicit_year=True)
            continue
        out.append(c)
    cands = out
    # 2b. position prefixes: early 2021 / mid-March / the end of 2024
    for k, c in enumerate(cands):
        if c.value.get("type") == "DURATION" or c.clock:
            continue
        m = _POSITION_PREFIX.search(text, max(0, c.start - 40), c.start)
        if m is None or m.end() != c.start:
            continue
        w = re.sub(r"\s+", " ", (m["w"] or "mid").lower())
        mod = (
            "start"
            if any(x in w for x in ("early", "start", "beginning"))
            else "end"
            if any(x in w for x in ("late", "end", "close"))
            else "mid"
        )
        start = m.start()
        cands[k] = replace(c, start=start, value=_apply_mod(c.value, mod))
    # 3. ranges and alternatives
    out = []
    i = 0
    while i < len(cands):
        c = cands[i]
        group = [c]
        j = i
        while j + 1 < len(cands) and not cands[j + 1].clock:
            gap = text[cands[j].end : cands[j + 1].start]
            if _ALT_CONNECT.fullmatch(gap) or (len(group) > 1 and re.fullmatch(r"\s*,\s*", gap)):
                group.append(cands[j + 1])
                j += 1
                continue
            break
        if len(group) > 1 and re.search(r"\bor\b", text[group[0].end : group[-1].start]):
            vals = [_fill_year(g, group[-1]) for g in group]
            out.append(_Cand(group[0].start, group[-1].end, _alternatives(vals, pub)))
            i = j + 1
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and not c.clock and not nxt.clock and c.value.get("type") != "DURATION":
            gap = text[c.end : nxt.start]
            opener = _RANGE_OPEN.search(text, max(0, c.start - 10), c.start)
            conn = _RANGE_CONNECT.fullmatch(gap)
            word = gap.strip().lower()
            ok = conn is not None and (
                (
                    opener is not None
                    and opener.end() == c.start
                    and (word == "and") == opener.group(0).lower().startswith("between")
                )
                or (
                    opener is None
                    and word in {"to", "through", "thru", "until", "till", "-", "–", "—", "-to-"}
                    and c.value.get("grain") == nxt.value.get("grain")
                )
            )
            if ok and _weekly_hours(c, nxt, cands[:i], text):
                # "from 7am to 7pm, Monday to Saturday": opening hours, every week
                out.append(_Cand(c.start, nxt.end, _every_week(c, nxt, pub)))
                i += 2
                continue
            if ok and nxt.value.get("type") != "DURATION":
                a = _fill_year(c, nxt)
                start = opener.start() if opener is not None else c.start
                b = _end_after(nxt, a)
                a, b = _weekdays_forward(a, b, pub)
                v = _with_ends(_range(a, b, pub), text, start, [c, nxt])
                out.append(_Cand(start, nxt.end, v))
                i += 2
                continue
        out.append(c)
        i += 1
    cands = out
    # 4. bounds and approximations: by 2024 / before 2030 / since 2019 / around 2010
    for k, c in enumerate(cands):
        m = _BOUND_PREFIX.search(text, max(0, c.start - 40), c.start)
        if m is None or m.end() != c.start:
            continue
        if m["art"] and not _QUALIFIED_DATE.match(text, c.start):
            continue  # "died after a shooting Friday": Friday dates the shooting
        w = re.sub(r"\s+", " ", m["w"].lower())
        mod = _BOUND_MOD[w]
        if c.clock:
            # A bare time names no day, so its day stays; "before 11 a.m." is still a
            # bound on the hour, not a moment ("just before 11 a.m." is about then, and
            # "did not break up until 9 p.m." tells when it broke up)
            if mod not in {"approx", "until_at_least"} and not (
                _CLOSE_BY.search(text, max(0, m.start() - 20), m.start())
                or (
                    mod == "until"
                    and _NEGATED_BEFORE.search(text, max(0, m.start() - 60), m.start())
                )
            ):
                cands[k] = replace(c, start=m.start(), value=dict(c.value, mod=mod))
            continue
        if (
            mod in {"before", "after"}
            and _CLOCK_OR_NIGHT.match(text, c.start)
            and _CLOSE_BY.search(text, max(0, m.start() - 20), m.start())
        ):  # "just before 4 a.m. on Saturday": about then, not any time before it
            cands[k] = replace(c, start=m.start(), value=dict(c.value, mod="approx"))
            continue
        if mod == "after" and _CLOCK_FIRST.match(text, c.start):
            # "after 3pm this Christmas", "broke out after 11pm on Saturday": the bound is on
            # the hour, and the day stays, as for a bare time
            cands[k] = replace(c, start=m.start(), value=dict(c.value, mod=mod))
            continue
        if (
            mod in _OWNED_BOUNDS
            and _AGENT_OF_A_DAY.match(text, c.end)
            and (mod == "by" or not _SPAN_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        ):
            # "killed by Monday's earthquake": the quake's day, no deadline; "closed after
            # Saturday night's storm": the storm's day, no bound of the closure's
            continue
        if mod == "from" and not _after_publication(c.value, pub):
            continue  # "up 5% from 2023", "documents from 2016": a baseline or an origin
        if mod == "until" and (
            _NEGATED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            or _DEFERRED_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            mod = "not_until"  # "will not reopen until Monday": it reopens then, no earlier
        if c.value.get("type") == "DURATION":
            if mod == "approx":
                cands[k] = replace(c, start=m.start(), value=dict(c.value, mod="approx"))
            continue
        if mod == "approx":
            if w in {"some", "over", "under", "more than", "less than", "at least", "at most"}:
                continue
            if _CLOCK_FIRST.match(text, c.start):  # "about 7 p.m. Friday": the hour is vague
                cands[k] = replace(c, start=m.start(), value=dict(c.value, mod="approx"))
                continue
            cands[k] = replace(c, start=m.start(), value=_apply_mod(c.value, "approx"))
        elif str(c.value.get("timex", "")).endswith("_REF"):
            continue
        elif mod == "since" and _last_happened(text, m.start()):
            cands[k] = replace(c, start=m.start(), value=_last_time(c.value))
        else:
            cands[k] = replace(c, start=m.start(), value=_apply_bound(c.value, mod, pub))
    return _offsets(cands, pub)


_LAST_TIME = _c(
    r"\b(?:first|highest|lowest|biggest|largest|smallest|worst|best|fewest|strongest"
    r"|weakest|fastest|slowest|sharpest|steepest|deepest|warmest|coldest|hottest|wettest"
    r"|driest|busiest|quietest)\b[^.;:!?]*$"
)
"""A first or a superlative earlier in the clause of a "since": "the first amber alert since
2019", "a first league title since 1988", "the lowest level since March 2020" tell when it
last happened (then, and not since), not a state that began then."""


_ONE_OF_THE = _c(r"\b(?:one\s+of|among)\s+(?:the\s+)?(?:\w+[’']s\s+)?$")
"""A superlative that describes one of a set ("one of the world's busiest trade routes"),
not a first since a time: "that had halted traffic on one of the busiest routes since
March 23" tells a state since then."""


def _last_happened(text: str, since: int) -> bool:
    """Whether the "since" at ``since`` follows a first or a superlative (:data:`_LAST_TIME`)."""
    m = _LAST_TIME.search(text, max(0, since - 90), since)
    return m is not None and not _ONE_OF_THE.search(text, max(0, m.start() - 40), m.start())


def _last_time(value: Value) -> Value:
    """A "since" after a first or a superlative: the day it last happened, a point (mod "last").

    Its days stay its own, so two of them compare as two days ("the first alert since the
    summer of 2022" / "the first since 2019" disagree); it is compared with no other kind of
    date (see :func:`checkfacts.rules.dates.last_time`).
    """
    out = dict(value)
    out["mod"] = "last"
    out["anchor"] = {
        "timex": value["timex"],
        "earliest": value["earliest"],
        "latest": value["latest"],
    }
    out["basis_text"] = f"last happened {value['timex']} (a first since then)"
    return out


_OFFSET = re.compile(r"P(\d+)([DW])")


def _offsets(cands: list[_Cand], pub: dt.date | None) -> list[_Cand]:
    """5. A span of days or weeks before or after a day names that day moved by the span.

    "Two days after Saturday's draw" is the Monday, "a week before March 9, 2021" March
    2: one day, not a bound and a duration beside it.
    """
    out: list[_Cand] = []
    for c in cands:
        d = out[-1] if out else None
        span = _OFFSET.fullmatch(str(d.value.get("timex", ""))) if d is not None else None
        mod = c.value.get("mod")
        anchor = c.value.get("anchor") or {}
        day = _date(anchor.get("earliest"))
        if (
            d is None
            or span is None
            or d.value.get("mod") != mod
            or mod not in ("after", "before")
            or d.end < c.start
            or day is None
            or anchor.get("latest") != anchor.get("earliest")
        ):
            out.append(c)
            continue
        days = int(span[1]) * (7 if span[2] == "W" else 1)
        moved = day + dt.timedelta(days=days if mod == "after" else -days)
        told = f"{days} day(s) {mod} {day.isoformat()}"
        out[-1] = _Cand(d.start, c.end, _unit_value("day", moved, pub, (R.ANAPHORIC, told)))
    return out


def _end_after(end: _Cand, start: Value) -> Value:
    """A span's end with no year of its own, placed on or after the span's start.

    "From 3 May to 28 September", written in February: each end alone takes the year
    nearest publication (May ahead, September gone), but a span runs forward, so its end
    is the first 28 September on or after 3 May.
    """
    v = end.value
    first, last = _date(start.get("earliest")), _date(v.get("earliest"))
    if end.explicit_year or end.with_year is None or first is None or last is None:
        return v
    if last >= first:
        return v
    for year in (first.year, first.year + 1):
        moved = end.with_year(year)
        if (day := _date(moved.get("earliest"))) is not None and day >= first:
            return moved
    return v


def _placed_weekday(v: Value) -> dt.date | None:
    """The day of a bare weekday placed by the news convention ("Tuesday"), else None."""
    if v.get("basis") != R.WEEKDAY or v.get("type") != "DATE" or v.get("weekday") is None:
        return None
    return _date(v.get("earliest"))


def _weekdays_forward(a: Value, b: Value, pub: dt.date | None) -> tuple[Value, Value]:
    """The two ends of a span of weekdays, placed so that the span runs forward.

    Each end alone is placed by the tense ("from Friday to Monday", published on a
    Monday in a future clause: Friday ahead, Monday that very day), but a span runs from
    its start to its end: a bare weekday end falls on or after the start ("from today
    until Thursday": the next Thursday). A bare weekday start before an end placed in a
    calendar week ("from Tuesday to Thursday this week") falls in the days up to that end.
    Two bare weekdays told of the past ("was shut from Saturday to Tuesday") keep the end,
    the day nearer publication, and move the start back.
    """
    first, last = _date(a.get("earliest")), _date(b.get("earliest"))
    if first is None or last is None:
        return a, b
    day_a, day_b = _placed_weekday(a), _placed_weekday(b)
    if day_a is not None and day_b is None and b.get("weekday") is not None:
        moved = last - dt.timedelta(days=(last.weekday() - day_a.weekday()) % 7)
        if moved != day_a:
            basis = (R.WEEKDAY, f"weekday on or before the span's end {last.isoformat()}")
            a = _unit_value("day", moved, pub, basis, weekday=a["weekday"])
        return a, b
    if day_b is None or last >= first:
        return a, b
    weeks = dt.timedelta(days=7 * -((last - first).days // 7))
    if day_a is not None and "before" in str(b.get("basis_text")):
        basis = (R.WEEKDAY, f"weekday on or before the span's end {last.isoformat()}")
        return _unit_value("day", first - weeks, pub, basis, weekday=a["weekday"]), b
    basis = (R.WEEKDAY, f"weekday on or after the span's start {first.isoformat()}")
    return a, _unit_value("day", last + weeks, pub, basis, weekday=b["weekday"])


def _fill_year(c: _Cand, other: _Cand) -> Value:
    """Give ``c`` the explicit year of ``other`` ("between May and July 2022")."""
    if c.explicit_year or c.with_year is None or not other.explicit_year:
        return c.value
    y_s = str(other.value.get("timex", ""))[:4]
    if not y_s.isdigit():
        return c.value
    v = c.with_year(int(y_s))
    if (
        _date(v.get("earliest"))
        and _date(other.value.get("earliest"))
        and v["earliest"] > other.value["earliest"]
    ):
        v = c.with_year(int(y_s) - 1)
    return v


_PREFILTER = _c(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"to(?:day|night|morrow|nite)|yesterday|now|current|present|recent|late|week|month|year|decade|"
    r"centur|day|night|spring|summer|fall|autumn|winter|past|future|soon|shortly|previous|formerly|"
    r"once|eventual|someday|time|moment|quarter|half|hour|minute|second|q[1-4]|h[12]|fiscal|fy|noon|"
    r"midnight|morning|evening|afternoon|overnight|annual|yearly|every|each|christmas|xmas|easter|"
    r"thanksgiving|halloween|labou?r|memorial|independence|valentine|patrick|new\s+year|eve|"
    r"mlk|martin|president|mother|father|columbus|veteran|remembrance|armistice|boxing|bastille|"
    r"juneteenth|earth|groundhog|saints|good\s+friday|palm|ash|shrove|mardi|ascension|pentecost|"
    r"whit|black\s+friday|cyber|maundy|holy|fortnight|lately|date|far|coming|twenty|nineteenth|"
    r"eighteenth|seventeenth|sixteenth|several|few|nineteen|eighteen|seventeen|sixteen|fifteen|"
    r"thousand|ongoing|former|term|run)",
)


def _parse(text: str, pub: dt.date | None, tense: str | None) -> list[_Cand]:
    """All time expressions in ``text`` as combined, non-overlapping candidates."""
    if not _PREFILTER.search(text):
        return []
    cands: list[_Cand] = []
    tense_cache: dict[tuple[int, int], str] = {}
    for pattern, handler in _RULES:
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if tense is None:
                key = (m.start(), m.end())
                if key not in tense_cache:
                    tense_cache[key] = _clause_tense(text, m.start(), m.end())
                env = _Env(pub, tense_cache[key], text)
            else:
                env = _Env(pub, tense, text)
            c = handler(m, env)
            if c is not None and c.end > c.start:
                cands.append(_of_a_noun(c) if _OF_A_HOLDER.match(text, c.end) else c)
    env = _Env(pub, tense or "past", text)
    return _combine(_select(cands), env)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def normalize(
    expression: str, published: dt.date | None, *, tense: str = "past"
) -> dict[str, Any] | None:
    """Normalize one time expression to a value dict, or None if it is not one.

    ``published`` anchors relative expressions ("Tuesday", "last year"); when it is
    None such expressions come back with ``resolved`` false and no interval.
    ``tense`` ('past' or 'future') decides how a bare weekday or month is read.
    The grammar runs first; dateparser is only a fallback for shapes it lacks.
    """
    cands = _parse(expression, published, tense)
    if cands:
        best = max(cands, key=lambda c: (c.end - c.start, -c.start))
        return best.value
    return _dateparser_fallback(expression, published, tense)


_FALLBACK_SHAPE = _c(rf"\b{_MON}\b.*\d|\d.*\b{_MON}\b|\b\d{{1,4}}[/.-]\d{{1,2}}\b")


def _dateparser_fallback(expression: str, published: dt.date | None, tense: str) -> Value | None:
    if not _FALLBACK_SHAPE.search(expression):
        return None
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future" if tense == "future" else "past",
        "REQUIRE_PARTS": [],
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    parser = DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(expression)
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    grain = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "day"}.get(
        period, "day"
    )
    return _unit_value(grain, data.date_obj.date(), published, (R.FALLBACK, "dateparser"))


_STAMP_BEFORE = _c(
    r"\b(?:(?:first\s+)?published|(?:last\s+)?(?:updated|modified)|posted)"
    r"\s*(?:on\s*)?:\s*(?:on\s+)?"
    r"(?:\d{1,2}\s*:?\s*\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b)?\s*(?:\([^()]{0,20}\))?\s*[,|]?\s*)?$"
)
"""A page's date stamp before a date: "PUBLISHED: 13 March 2013", "Updated: 9:31 AM EDT,
Thu March 14", "Posted on: 11 November 2011", "POSTED: 1052 GMT (1852 HKT), April 10".
A scraped page may run its stamps into the text ("... the vigil. PUBLISHED: ... UPDATED:
... Protesters marched"); the date is the page's, not one the sentence reports. A label
without its colon is prose ("the video was posted on Monday") and dates what was done."""


_RUN_IN_STAMP = _c(
    r"(?:^|(?<=[.!?])\s+|(?<=[.!?][\"'”’)\]])\s+)"
    r"(?-i:on\s+)?"
    rf"(?:{_WD},?\s+)?(?:{_MON}\s+{_DAYNUM},?\s+{_YEAR4}|{_DAYNUM}\s+{_MON},?\s+{_YEAR4})"
    r"(?:\s*[|,–—-]?\s*(?:(?:updated|modified|posted|published)\b\s*:?\s*)?"
    r"\d{1,2}\s?:\s?\d{2}(?:\s*[ap]\.?\s?m\b\.?)?(?:\s*(?-i:[A-Z]{2,4})\b)?"
    r"|\s*[|–—-]\s*(?:updated|modified|posted|published)\b)*"
    r"(?=\s+[\"“‘']?(?-i:[A-Z]))"
)
"""A page's date stamp run into the text without its label's colon: a full date that
opens a sentence (or follows a bare "on"), maybe a clock time and an "Updated" label,
and then, with no comma, the next sentence's capital: "... starts Monday. Monday, Sep 10,
2012 | Updated 9:01 AM EDT The trial ...", "on Apr 12 2007 A fired clerk ...". A date
that opens a sentence as its adverb takes a comma or a lower-case word after it ("March
3, 2019, the council ...", "June 4, 2019 was the day ..."); a capital "On" may open a
sentence whose subject is a name ("On May 2, 2011 Navy SEALs ..."), so only "on" counts."""


def _stamped(text: str, start: int) -> bool:
    """Whether the date at ``start`` of ``text`` follows a page's date-stamp label."""
    return _STAMP_BEFORE.search(text[max(0, start - 60) : start]) is not None


def _run_in_stamps(text: str) -> list[tuple[int, int]]:
    """Spans of the page date stamps run into ``text`` (:data:`_RUN_IN_STAMP`)."""
    return [m.span() for m in _RUN_IN_STAMP.finditer(text)]


_BASE_BEFORE = _c(
    r"(?:\b(?:rose|fell|increased|decreased|climbed|dropped|declined|jumped|grew|slipped"
    r"|gained|lost|shed|edged\s+(?:up|down))"
    r"|(?:^|[,;(]\s*|\b(?:is|are|was|were|be|been|being|now|still|figure|total)\s+)(?:up|down)"
    r"|(?=compared\s+(?:with|to)))\b"
    r"(?:[^.;:!?]|\.(?=\d)){0,40}?\b(?:from|compared\s+(?:with|to)|(?<!more\s)(?<!less\s)than)\s+"
    r"(?:(?:(?:more|less|fewer)\s+than|about|around|nearly|almost|roughly|some|just\s+(?:over"
    r"|under)|over|under)\s+)?"
    rf"(?:(?:[$€£]?\d[\d.,]*|{_NUMW})\s*(?:%|percent|per\s*cent|(?:million|billion|m|bn)\b)?"
    r"(?:\s+[a-z]+){0,2}\s+)?(?:in\s+|the\s+)?$"
)
"""What sets a date after it as the base of a past change: "rose 0.9% in March from
February", "fell to 4.1% from 4.5% in January", "up 3 points compared with May", "13
launches, down from more than 40 a decade ago", "up from 3.1 million passengers in 2019",
"fell by almost a tenth compared with the previous Christmas", "14 incidents last year, up
from nine in 2023", "310 families last year, compared with 260 in 2023" (not "rises to 25%
from July", which says when it takes effect, nor "would be shut down from November 18",
where "down" is the verb's own particle)."""


_BASE_THAN = _c(
    r"\b(?:more|fewer|less|higher|lower|greater|bigger|smaller)\b[^.;:!?]{0,80}?\bthan\s+"
    r"(?:in\s+|during\s+)?(?:the\s+(?:same\s+\w+\s+(?:of\s+|in\s+)?)?)?$"
)
"""What sets a date after it as the time a comparative is measured against: "4,000 more
people out of work ... than in the previous quarter", "12% fewer containers in June than
in the same month of 2024"."""

_BASE_ON = _c(
    r"\b(?:rose|fell|increased|decreased|climbed|dropped|declined|jumped|grew|slipped|gained"
    r"|lost|up|down|(?:increase|decrease|rise|fall|drop|decline|jump|growth|gain|loss|cut)s?)\b"
    r"(?:[^.;:!?]|\.(?=\d)){0,40}?\b(?:on|over)\s+(?:the\s+(?:same\s+\w+\s+(?:of\s+)?)?)?$"
)
"""A change told against a year or a month with "on" or "over": "a 35% increase on 2023",
"up 3% on last year", "sales rose 4% over 2022", "down 2% on the same month of 2024". A
year or a month after "on" names no time something happened ("in 2023" would): it is the
period the change is measured against. A day after "on" is when ("rose on Monday")."""

_BASE_GRAINS = frozenset({"year", "month", "quarter", "season", "half"})


def _change_base(text: str, field: FieldValue) -> bool:
    """Whether a date is the base a past change is measured from, not when it happened.

    "Consumer prices rose 0.9% in March from February": February dates the figure the
    change is counted from; the claim reports March. "The lifeboat launched 13 times last
    year, down from more than 40 a decade ago": the decade dates the earlier figure. Only a
    date right after a figure or verb of change and "from", "compared with" or "than" (and
    the earlier figure, if given), in a clause not told in the future ("the duty rises to
    25% from July" says when it takes effect); or a year or month after a change and "on"
    or "over" (:data:`_BASE_ON`).
    """
    start, end = field.span
    before = text[max(0, start - 100) : start]
    if _BASE_ON.search(before):
        return str(getattr(field.value, "grain", "")) in _BASE_GRAINS
    if not (_BASE_BEFORE.search(before) or _BASE_THAN.search(before)):
        return False
    return detect_tense(text, start, end) != "future"


class DateExtractor:
    """Finds date and time expressions in a sentence and normalizes them.

    How two date values compare is decided by the rules of :mod:`checkfacts.rules.dates`.
    """

    kinds: tuple[str, ...] = ("date",)

    def extract(self, text: str, context: Context, *, tense: str | None = None) -> list[FieldValue]:
        """Return the date fields in ``text`` (spans relative to ``text``), sorted by start.

        Tense is read per expression from its clause ("will", "plans to", "expected
        to", "in the coming" mean future) unless ``tense`` ('past' or 'future') says
        how to read the whole text. spaCy DATE entities in ``context.doc`` add
        candidates the grammar missed, through :func:`normalize`.
        """
        tense = tense or context.tense
        if tense not in (None, "past", "future"):
            raise ValueError(f"tense must be 'past', 'future' or None, not {tense!r}")
        cands = _parse(text, context.published, tense)
        fields = [
            FieldValue(
                kind="date", text=text[c.start : c.end], span=(c.start, c.end), value=c.value
            )
            for c in cands
        ]
        if context.doc is not None:
            fields.extend(self._from_doc(text, context, fields))
        # a page's date stamp run into the text dates the page, not what the text reports,
        # and the month a change is counted from ("rose 0.9% in March from February")
        # dates the base figure: both are dropped only now, so that their grammar
        # candidates still keep spaCy's DATE off them
        stamps = _run_in_stamps(text)
        return sorted(
            (
                f
                for f in fields
                if not _stamped(text, f.span[0])
                and not any(a <= f.span[0] and f.span[1] <= b for a, b in stamps)
                and not _change_base(text, f)
            ),
            key=lambda f: (f.span[0], f.span[1]),
        )

    def _from_doc(self, text: str, context: Context, taken: list[FieldValue]) -> list[FieldValue]:
        extra: list[FieldValue] = []
        for ent in getattr(context.doc, "ents", ()):
            if getattr(ent, "label_", "") != "DATE":
                continue
            start, end = int(ent.start_char), int(ent.end_char)
            if end > len(text) or any(not (end <= f.span[0] or start >= f.span[1]) for f in taken):
                continue
            if _ordinal_compound(text, end):
                continue  # "a second-hand van"
            tense = detect_tense(text, start, end)
            value = _dateparser_fallback(text[start:end], context.published, tense)
            if value is not None:
                extra.append(
                    FieldValue(kind="date", text=text[start:end], span=(start, end), value=value)
                )
        return extra
