"""Rules for dates: how two normalized date values relate.

Each rule takes a :class:`Pair` (the two values in a canonical order, and the engine
that runs the rules) and its settings, and returns why it decides, else None;
:func:`compare` puts both values, in words, before that reason.

Which rules can decide a pair depends on what the two values are (:attr:`Pair.stage`):
one of them gives alternatives ("2023 or 2024"); a duration or recurrence meets a date;
two durations; a value without an interval (not placed in time); a bare weekday meets
a day near its publication date; or two intervals of days. Within a stage the rules
run in the order of ``RULES``; the first that decides wins.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from pydantic import Field

from checkfacts.models import DateReading, DateValue, FieldValue, Verdict
from checkfacts.rules.engine import Comparison, Engine, current, undecided
from checkfacts.rules.registry import NoSettings, RuleSettings, of, rule

Stage = Literal["alternatives", "kinds", "durations", "patterns", "weekday", "intervals"]

DAYS_PER = {"S": 1 / 86400, "H": 1 / 24, "D": 1, "W": 7, "M": 30.44, "Q": 91.3, "Y": 365.25}
"""Days in one unit of a TIMEX3 duration (months and years on average)."""

BOUND_MODS = frozenset(
    {"by", "before", "after", "since", "from", "until", "until_at_least", "not_until"}
)
"""Modifiers that make a value an open interval (a bound)."""

STARTS = frozenset(["from", "since"])
"""Bounds that start something at their date: "from 2027", "since Monday"."""


def _date(s: str | None) -> dt.date | None:
    return None if s is None else dt.date.fromisoformat(s)


def _overlap(
    lo_a: dt.date | None, hi_a: dt.date | None, lo_b: dt.date | None, hi_b: dt.date | None
) -> bool:
    if lo_a is not None and hi_b is not None and lo_a > hi_b:
        return False
    return not (lo_b is not None and hi_a is not None and lo_b > hi_a)


def _single_day(v: DateValue) -> dt.date | None:
    """The one day a value names, if its interval is one day."""
    lo = _date(v.earliest)
    return lo if lo is not None and lo == _date(v.latest) else None


def _is_bound(v: DateValue) -> bool:
    return v.mod in BOUND_MODS


def _duration_days(timex: str) -> float | None:
    m = re.fullmatch(r"PT?(\d+(?:\.\d+)?)([SMHDWYQ])", timex)
    if m is None:
        return None
    unit = m[2]
    if timex.startswith("PT"):
        return float(m[1]) * {"M": 1 / 1440, "H": 1 / 24, "S": 1 / 86400}[unit]
    return float(m[1]) * DAYS_PER[unit]


def _pattern_fits(ta: str, tb: str) -> bool:
    """Whether two TIMEX values with X placeholders agree on the characters both know.

    Some digit must be known to both: "1950" and an undated Sunday ("XXXX-WXX-7") share
    no known part, so nothing says they fit.
    """
    n = min(len(ta), len(tb))
    if n < 4:
        return False
    pairs = list(zip(ta[:n], tb[:n], strict=True))
    if not any(x.isdigit() and y.isdigit() for x, y in pairs):
        return False
    return all(x == y or "X" in (x, y) for x, y in pairs)


def _same(a: DateValue, b: DateValue) -> bool:
    return (a.timex, a.type, a.earliest, a.latest, a.mod) == (
        b.timex,
        b.type,
        b.earliest,
        b.latest,
        b.mod,
    ) and a.alternatives == b.alternatives


@dataclass(frozen=True)
class WeekdayPair:
    """A bare weekday (``x``) and a single day of the other value (``day``)."""

    x: DateValue
    weekday: int
    day: dt.date


class WeekdaySettings(RuleSettings):
    """How far from its publication date a bare weekday may name a day."""

    reach_days: int = Field(
        8,
        ge=0,
        description="Farthest a bare weekday can lie from its article's publication date "
        "('Tuesday' in a Thursday paper is two days back; it cannot be a date months away "
        "that happens to be a Tuesday). A day farther away leaves the pair to the interval "
        "rules; this setting decides that for every weekday rule.",
    )


@dataclass(frozen=True)
class Pair:
    """Two date values, in canonical order, and the engine the rules run with."""

    a: DateValue
    b: DateValue
    engine: Engine

    @cached_property
    def lo_a(self) -> dt.date | None:
        """First day of ``a``."""
        return _date(self.a.earliest)

    @cached_property
    def hi_a(self) -> dt.date | None:
        """Last day of ``a``."""
        return _date(self.a.latest)

    @cached_property
    def lo_b(self) -> dt.date | None:
        """First day of ``b``."""
        return _date(self.b.earliest)

    @cached_property
    def hi_b(self) -> dt.date | None:
        """Last day of ``b``."""
        return _date(self.b.latest)

    @cached_property
    def overlap(self) -> bool:
        """Whether the two intervals share a day (an open end reaches any day)."""
        return _overlap(self.lo_a, self.hi_a, self.lo_b, self.hi_b)

    @cached_property
    def stage(self) -> Stage:
        """What the two values are, which decides the rules that may compare them."""
        a, b = self.a, self.b
        if a.alternatives or b.alternatives:
            return "alternatives"
        if (a.type == "DURATION") != (b.type == "DURATION") or "SET" in {a.type, b.type}:
            return "kinds"
        if a.type == b.type == "DURATION" and not (a.earliest and b.earliest):
            return "durations"
        if (self.lo_a is None and self.hi_a is None) or (self.lo_b is None and self.hi_b is None):
            return "patterns"
        if self.weekday is not None:
            return "weekday"
        return "intervals"

    @cached_property
    def weekday(self) -> WeekdayPair | None:
        """A bare weekday on one side, on the other a different single day near its date.

        "Near" is within ``reach_days`` (of ``date.weekday_fits``) of the weekday's
        publication date, or of the story's date assumed for it.
        """
        reach = self.engine.settings(of(weekday_fits)).reach_days
        for x, y in ((self.a, self.b), (self.b, self.a)):
            if x.weekday is None or x.basis is not DateReading.WEEKDAY or y.grain != "day":
                continue
            day = _single_day(y)
            if day is None or day == _date(x.earliest):
                continue
            pub_x = _date(x.assumed_published or x.published)
            if pub_x is not None and abs((day - pub_x).days) > reach:
                continue  # a bare weekday names a day of the week around publication, no other
            return WeekdayPair(x, x.weekday, day)
        return None

    @cached_property
    def unplaced_weekday(self) -> tuple[DateValue, int, dt.date] | None:
        """A weekday not placed in time on one side, a single day on the other."""
        for x, y in ((self.a, self.b), (self.b, self.a)):
            if x.earliest is None and x.latest is None:
                day = _single_day(y)
                if x.weekday is not None and day is not None:
                    return x, x.weekday, day
        return None

    @cached_property
    def durations(self) -> tuple[float, float] | None:
        """Both durations in days, when both are exact."""
        da, db = _duration_days(self.a.timex), _duration_days(self.b.timex)
        return None if da is None or db is None else (da, db)

    @cached_property
    def same_reference(self) -> str | None:
        """The vague reference both say ('PAST_REF'), if they say the same one."""
        ta, tb = self.a.timex, self.b.timex
        return ta if ta == tb and ta.endswith("_REF") else None

    @cached_property
    def bound(self) -> bool:
        """Whether either value is a bound ("by 2024")."""
        return _is_bound(self.a) or _is_bound(self.b)

    @cached_property
    def alternatives(self) -> list[Verdict | None]:
        """The verdicts of each alternative of one side against each of the other."""
        xs = self.a.alternatives or (self.a,)
        ys = self.b.alternatives or (self.b,)
        out: list[Verdict | None] = []
        for x in xs:
            for y in ys:
                cmp = _decide(x, y, self.engine)
                if cmp is not None:
                    out.append(cmp.verdict)
        return out

    def gap_of(self, x: DateValue, y: DateValue) -> int | None:
        """Days between the intervals of ``x`` and ``y`` when both are closed, else None."""
        lo_x, hi_x, lo_y, hi_y = (
            _date(x.earliest),
            _date(x.latest),
            _date(y.earliest),
            _date(y.latest),
        )
        if lo_x is None or hi_x is None or lo_y is None or hi_y is None:
            return None
        return (lo_x - hi_y).days if hi_y < lo_x else (lo_y - hi_x).days

    @property
    def not_apart(self) -> bool:
        """Whether the intervals stage has yet to rule out the pair's nearer relations."""
        return self.stage == "intervals" and not self.overlap and not self.bound


# --- any stage ---------------------------------------------------------------------------


def both_last(a: FieldValue, b: FieldValue) -> bool:
    """Whether two dates both tell when something last happened ("the first since 2019")."""
    return getattr(a.value, "mod", None) == getattr(b.value, "mod", None) == "last"


@rule("date.last_time", "not_compared")
def last_time(p: Pair, s: NoSettings) -> str | None:
    """When something last happened, against a date of another kind: not compared.

    A "since" after a first or a superlative dates the last time before ("the first amber
    alert since 2019", "a first league title since 1988"): two of them compare as days,
    but neither says when the thing happened now, nor when a state began.
    Fires: "the first alert since 2019" vs "the alert declared in 2019"; "its lowest level
    since March" vs "has stayed low since March".
    Holds: "the first alert since 2019" vs "the first alert since the summer of 2022" (two
    last times, compared as days); "the first title since 1988" vs "the first title since
    1988".
    """
    if (p.a.mod == "last") == (p.b.mod == "last"):
        return None
    return "one dates when it last happened (a first since then), the other does not"


@rule("date.same_value", "agree")
def same_value(p: Pair, s: NoSettings) -> str | None:
    """The same value: timex, type, interval, modifier and alternatives.

    Fires: "on March 9, 2021" vs "on 9 March 2021".
    Holds: "on March 9, 2021" vs "on March 10, 2021".
    """
    return "the same value" if _same(p.a, p.b) else None


# --- times of day ------------------------------------------------------------------------


class TimeApartSettings(RuleSettings):
    """How far apart two times of day of one event must be to be two times."""

    minutes: int = Field(
        30,
        description="Least gap between two times of day told of one event for them to be "
        "two times, not one moment told loosely ('shortly after 6:40' / 'about 6:55').",
    )


_HH_MM = re.compile(r"(\d{2}):(\d{2})")


def minutes_of(value: DateValue) -> int | None:
    """The time of day a value gives, in minutes after midnight ("07:15" gives 435)."""
    m = _HH_MM.fullmatch(value.time or "")
    return int(m[1]) * 60 + int(m[2]) if m else None


def a_moment(value: DateValue) -> bool:
    """Whether a value gives a time of day to the minute, not as a bound ("before 5 p.m.")."""
    return minutes_of(value) is not None and not _is_bound(value) and not value.alternatives


def is_moment(field: FieldValue) -> bool:
    """Whether a field is a date that gives a time of day to the minute (:func:`a_moment`)."""
    return isinstance(field.value, DateValue) and a_moment(field.value)


def time_gap(p: Pair) -> int | None:
    """Minutes between the times of day two values give, when they may be of one day.

    A bare time ("at 7:15", read as the publication day) names no day, so it may be of
    any; two times told with their days are of one day only when the days are the same.
    None when either gives no time or is a bound ("before 5 p.m."), or when both name
    days and the days differ (the days are then compared).
    """
    ta, tb = minutes_of(p.a), minutes_of(p.b)
    if ta is None or tb is None or not (a_moment(p.a) and a_moment(p.b)):
        return None  # "before 5 p.m." is a bound, not a moment
    if DateReading.CLOCK not in {p.a.basis, p.b.basis}:
        days = _day_and_next(p.a, p.b)
        if days is not None:
            # "at 11.40pm on January 18" / "at 2.15am on January 19": one night, two times;
            # so are "shortly before 11pm on Saturday" / "about 5.40am on Sunday"
            late, early = (ta, tb) if days[0] is p.a else (tb, ta)
            if late >= 20 * 60 or early < 5 * 60:
                return 24 * 60 - late + early
            return None
        day_a, day_b = _single_day(p.a), _single_day(p.b)
        if day_a is None or day_b is None or day_a != day_b:
            return None
    gap = abs(ta - tb)
    return min(gap, 24 * 60 - gap)  # 23:50 and 00:10 are twenty minutes apart


@rule("date.time_apart", "nuance", TimeApartSettings)
def time_apart(p: Pair, s: TimeApartSettings) -> str | None:
    """Two times of day, of one day or with no day named, half an hour or more apart.

    A time of day alone names no day, so it is set only against another time; two that
    miss each other by half an hour tell two moments (an editor checks which is right).

    Fires: "left the road shortly after 6:40 a.m." vs "the crash happened at about 7:15
    in the morning" (a coach crash); "latched on at 04:52 GMT" vs "berthing at 06:10 GMT"
    (a cargo craft at a station).
    Holds: "at 6:40 a.m." vs "at 6:55 a.m."; "at 7:30 a.m. on Sunday" vs "at 9 a.m. on
    Monday" (two days named: the days are compared).
    """
    gap = time_gap(p)
    if gap is None or gap < s.minutes:
        return None
    return f"the times of day are {gap} minutes apart"


@rule("date.same_time", "agree")
def same_time(p: Pair, s: NoSettings) -> str | None:
    """Two times of day, of one day or with no day named, at the same minute.

    Fires: "at 8 a.m." vs "at 8:00 a.m." (a marathon start); "at 11:40 a.m. on Saturday"
    vs "at 11:40 a.m." (an avalanche).
    Holds: "at 8 a.m." vs "at 8:20 a.m."; "at 11:40 a.m. on Saturday" vs "at 11:40
    a.m. on Sunday" (two days).
    """
    return "the same time of day" if time_gap(p) == 0 else None


@rule("date.time_close", "compatible")
def time_close(p: Pair, s: NoSettings) -> str | None:
    """Two times of day of one moment told loosely: under half an hour apart.

    Fires: "at 6:40 a.m." vs "at 6:55 a.m." (a coach crash); "shortly after 11 a.m." vs
    "at 11:10 a.m." (an exchange outage).
    Holds: "at 6:40 a.m." vs "at 7:15 a.m."; "at 11 a.m." vs "at 11 a.m.".
    """
    gap = time_gap(p)
    if not gap or gap >= p.engine.settings(of(time_apart)).minutes:
        return None
    return f"the times of day are {gap} minutes apart: one moment told loosely"


# --- alternatives ------------------------------------------------------------------------


@rule("date.alternative_fits", "compatible")
def alternative_fits(p: Pair, s: NoSettings) -> str | None:
    """One of the alternatives agrees with, or fits, the other value.

    Fires: "in 2023 or 2024" vs "in 2024".
    Holds: "in 2023 or 2024" vs "in 2019".
    """
    if p.stage != "alternatives":
        return None
    # a pair the rules set aside counted as fitting before such pairs were set aside
    fits = {Verdict.AGREE, Verdict.COMPATIBLE, None}
    return "one of the alternatives fits" if any(v in fits for v in p.alternatives) else None


@rule("date.alternative_loose", "nuance")
def alternative_loose(p: Pair, s: NoSettings) -> str | None:
    """An alternative fits the other value only loosely (a nuance, no better).

    Fires: "on March 9 or March 20, 2021" vs "on March 10, 2021".
    Holds: "on March 9 or March 20, 2021" vs "on March 9, 2021".
    """
    if p.stage != "alternatives" or Verdict.NUANCE not in p.alternatives:
        return None
    return "an alternative fits only loosely"


@rule("date.no_alternative_fits", "conflict")
def no_alternative_fits(p: Pair, s: NoSettings) -> str | None:
    """None of the alternatives fits the other value.

    Fires: "in 2023 or 2024" vs "in 2019".
    Holds: "in 2023 or 2024" vs "in 2023".
    """
    return "none of the alternatives fits" if p.stage == "alternatives" else None


# --- a duration or recurrence against a date ---------------------------------------------


@rule("date.same_recurrence", "agree")
def same_recurrence(p: Pair, s: NoSettings) -> str | None:
    """Two recurrences with the same value, told differently ("about every week").

    Fires: "about every week" vs "every week".
    Holds: "every day" vs "every week".
    """
    if p.stage != "kinds" or not (p.a.type == p.b.type == "SET" and p.a.timex == p.b.timex):
        return None
    return "the same recurrence"


@rule("date.not_comparable", "not_compared")
def not_comparable(p: Pair, s: NoSettings) -> str | None:
    """A duration or recurrence against a date: they measure different things.

    Fires: "for three weeks" vs "on March 9, 2021".
    Holds: "for three weeks" vs "for 21 days".
    """
    return "one is a duration or recurrence, the other a date" if p.stage == "kinds" else None


# --- two durations -----------------------------------------------------------------------


@rule("date.same_duration", "agree")
def same_duration(p: Pair, s: NoSettings) -> str | None:
    """Two durations with the same value, told differently ("about three weeks").

    Fires: "for three weeks" vs "for about three weeks".
    Holds: "for three weeks" vs "for a month".
    """
    if p.stage != "durations" or p.a.timex != p.b.timex:
        return None
    return "the same duration"


@rule("date.duration_vague", "compatible")
def duration_vague(p: Pair, s: NoSettings) -> str | None:
    """A duration without a figure ("weeks", "several years") against another duration.

    Fires: "for several weeks" vs "for three weeks".
    Holds: "for two weeks" vs "for three weeks".
    """
    if p.stage != "durations" or p.durations is not None:
        return None
    return "a vague duration"


class CloseSettings(RuleSettings):
    """How close two durations must be to be told as one."""

    tolerance: float = Field(
        0.1, ge=0, description="Largest difference, as a share of the longer duration."
    )


@rule("date.duration_close", "compatible", settings=CloseSettings)
def duration_close(p: Pair, s: CloseSettings) -> str | None:
    """Two durations within a tenth of each other: the same span, rounded.

    Fires: "for 30 days" vs "for a month".
    Holds: "for two weeks" vs "for three weeks".
    """
    if p.stage != "durations" or p.durations is None:
        return None
    da, db = p.durations
    if abs(da - db) > s.tolerance * max(da, db):
        return None
    return f"durations within {s.tolerance * 100:g} %"


class ApproxSettings(RuleSettings):
    """How close two durations must be when one is approximate."""

    tolerance: float = Field(
        0.25,
        ge=0,
        description="Largest difference, as a share of the longer duration, when either "
        "is hedged ('about', 'nearly').",
    )


@rule("date.duration_approx", "nuance", settings=ApproxSettings)
def duration_approx(p: Pair, s: ApproxSettings) -> str | None:
    """Two durations apart by more than rounding, but one is hedged and they are close.

    Fires: "for about four weeks" vs "for three weeks".
    Holds: "for four weeks" vs "for three weeks".
    """
    if p.stage != "durations" or p.durations is None or "approx" not in {p.a.mod, p.b.mod}:
        return None
    da, db = p.durations
    if abs(da - db) > s.tolerance * max(da, db):
        return None
    return f"approximate durations within {s.tolerance * 100:g} %"


@rule("date.duration_differs", "conflict")
def duration_differs(p: Pair, s: NoSettings) -> str | None:
    """Two durations that differ by more than rounding.

    Fires: "for two weeks" vs "for three months".
    Holds: "for two weeks" vs "for 14 days".
    """
    return "different durations" if p.stage == "durations" else None


# --- a value not placed in time ----------------------------------------------------------


@rule("date.month_day_differs", "conflict")
def month_day_differs(p: Pair, s: NoSettings) -> str | None:
    """A weekday and month-day with no year names another month and day than the date.

    Fires: "on Tuesday, March 9" (no publication date) vs "on March 12, 2021".
    Holds: "on Tuesday, March 9" (no publication date) vs "on March 9, 2021".
    """
    if p.stage != "patterns" or p.unplaced_weekday is None:
        return None
    x, _wd, day = p.unplaced_weekday
    md = re.fullmatch(r"XXXX-(\d{2})-(\d{2})", x.timex)
    if md is None or (int(md[1]), int(md[2])) == (day.month, day.day):
        return None
    return "month and day differ"


_COUNTED = frozenset({DateReading.ABSOLUTE, DateReading.ANAPHORIC, DateReading.EVENT})
"""Readings that do not count from the publication date."""


@rule("date.both_guessed", "not_compared")
def both_guessed(p: Pair, s: NoSettings) -> str | None:
    """Two dates counted from publication in two sources whose dates are both unknown.

    Each was read as of the story's first dated source, a guess for each source: the
    days they give say nothing of each other. Two weekday names still differ as names.

    Fires: "on Thursday" vs "yesterday", both in sources with no publication date.
    Holds: "on Thursday" vs "on Tuesday", both undated (two names of days);
    "on Thursday" (undated) vs "yesterday" (published 2009-03-04).
    """
    if p.stage not in ("weekday", "intervals"):
        return None
    a, b = p.a, p.b
    if a.assumed_published is None or b.assumed_published is None:
        return None
    if a.basis in _COUNTED or b.basis in _COUNTED:
        return None
    if a.basis is b.basis is DateReading.WEEKDAY:
        return None
    return (
        "both were counted from a publication date assumed from the story (their sources "
        "give none), so neither places the other"
    )


@rule("date.weekday_matches", "compatible")
def weekday_matches(p: Pair, s: NoSettings) -> str | None:
    """A weekday whose week is not known names the weekday of the other date.

    Its week is not known when its source has no publication date, or only one assumed
    from the story.

    Fires: "on Tuesday" (no publication date) vs "on March 9, 2021" (a Tuesday).
    Holds: "on Tuesday" (no publication date) vs "on March 10, 2021" (a Wednesday).
    """
    if p.stage == "patterns" and p.unplaced_weekday is not None:
        _x, wd, day = p.unplaced_weekday
        if day.weekday() != wd:
            return None
        return f"{calendar.day_name[wd]} fits {day.isoformat()}"
    if p.stage != "weekday" or p.weekday is None:
        return None
    w = p.weekday
    if w.day.weekday() != w.weekday or not w.x.assumed_published:
        return None
    return (
        f"{calendar.day_name[w.weekday]} fits {w.day.isoformat()}; its own publication date "
        f"is unknown, so the reading {w.x.earliest} was only a guess"
    )


@rule("date.weekday_fits", "nuance", settings=WeekdaySettings)
def weekday_fits(p: Pair, s: WeekdaySettings) -> str | None:
    """A bare weekday fits the other date, though by the news convention it is another.

    Under the convention a bare weekday is the last such day on or before publication
    (the first on or after it in a future-tense clause); the other date is such a
    weekday in another week.

    Fires: "on Tuesday" (published 2021-03-12) vs "on March 16, 2021".
    Holds: "on Tuesday" (published 2021-03-12) vs "on March 9, 2021".
    """
    if p.stage != "weekday" or p.weekday is None:
        return None
    w = p.weekday
    if w.day.weekday() != w.weekday:
        return None
    return (
        f"{calendar.day_name[w.weekday]} fits {w.day.isoformat()}, but by the news convention "
        f"({w.x.basis_text}) it would be {w.x.earliest}"
    )


# --- two intervals -----------------------------------------------------------------------


@rule("date.same_reference", "compatible")
def same_reference(p: Pair, s: NoSettings) -> str | None:
    """Both say the same vague reference ("recently", "in the future").

    Fires: "recently" (published 2021-03-10) vs "lately" (published 2022-06-01).
    Holds: "recently" vs "in March 2021".
    """
    if p.stage != "intervals" or p.same_reference is None:
        return None
    if p.overlap:
        return f"both say {p.same_reference} and the windows overlap"
    return f"both say {p.same_reference} (from different publication dates)"


@rule("date.since_and_ahead", "not_compared")
def since_and_ahead(p: Pair, s: NoSettings) -> str | None:
    """A span "since" a date, which runs to the day of writing, and a day still ahead.

    "Has played the organ since 1994" tells what holds up to now; a concert "on Saturday
    29 November", after the article, tells what comes next: they date two things, and the
    day lying outside the span is no conflict. So are "has chaired the club since 2019" and
    a meeting "on 14 March" still to come (a club's annual meeting).

    Fires: "since 1994" (published 2025-11-06) vs "on Saturday 22 November".
    Holds: "since 1994" vs "in 1990" (a day before the span: outside it).
    """
    if p.stage != "intervals" or p.overlap:
        return None
    for since, day in ((p.a, p.b), (p.b, p.a)):
        if since.mod != "since" or not since.published or not day.earliest:
            continue
        if day.earliest > since.published:
            return "a span up to the day of writing and a day still ahead date two things"
    return None


@rule("date.outside_bound", "conflict")
def outside_bound(p: Pair, s: NoSettings) -> str | None:
    """A bound ("by 2024", "since March") that the other value lies outside.

    Fires: "by 2020" vs "in 2022".
    Holds: "by 2024" vs "in 2022".
    """
    if p.stage != "intervals" or not p.bound or p.overlap:
        return None
    return "the point lies outside the bound"


@rule("date.same_bound", "agree")
def same_bound(p: Pair, s: NoSettings) -> str | None:
    """Two bounds of the same kind set by the same date.

    Fires: "since 2019" (published 2021-03-10) vs "since 2019" (published 2022-03-01).
    Holds: "since 2019" vs "since 2020".
    """
    if p.stage != "intervals" or not (_is_bound(p.a) and _is_bound(p.b)) or not p.overlap:
        return None
    anchor_a = p.a.anchor.timex if p.a.anchor else None
    anchor_b = p.b.anchor.timex if p.b.anchor else None
    if p.a.mod != p.b.mod or anchor_a != anchor_b:
        return None
    return "the same bound"


END_MODS = frozenset(["by", "until"])
"""Bounds that close a span at their date: "by 2028" and "until 2028" ("through 2028")."""


@rule("date.same_end", "compatible")
def same_end(p: Pair, s: NoSettings) -> str | None:
    """Two bounds that end at one date, one "by" it and one "until" it: one end.

    An act due "by" a date and a state that lasts "until" (or "through") it close at the
    same time: six supply flights "by 2028" under a contract "through 2028"; a road
    "closed until Friday" that "will reopen by Friday".

    So do "by" the end of a period and "before" the next: "will be completed by the end of
    June" and "would be finished before July" give one deadline.

    Fires: "six more flights through 2028" vs "six further missions by 2028"; "closed until
    Friday" vs "will reopen by Friday"; "by the end of June" vs "before July" (a road's
    resurfacing); "by the end of 2026" vs "before 2027" (a sea wall's repair).
    Holds: "by 2028" vs "until 2029"; "by 2028" vs "before 2028" (before is not by).
    """
    if p.stage != "intervals" or not (_is_bound(p.a) and _is_bound(p.b)) or not p.overlap:
        return None
    if p.a.anchor is None or p.b.anchor is None:
        return None
    if {p.a.mod, p.b.mod} == {"by", "before"}:
        by, before = (p.a, p.b) if p.a.mod == "by" else (p.b, p.a)
        assert by.anchor is not None and before.anchor is not None
        last, first = _date(by.anchor.latest), _date(before.anchor.earliest)
        if last is None or first is None or last + dt.timedelta(days=1) != first:
            return None
        return f"'by {by.anchor.timex}' and 'before {before.anchor.timex}' set one deadline"
    if {p.a.mod, p.b.mod} != END_MODS:
        return None
    if p.a.anchor.timex != p.b.anchor.timex:
        return None
    return f"'by {p.a.anchor.timex}' and 'until {p.a.anchor.timex}' close at the same date"


@rule("date.start_meets_deadline", "compatible")
def start_meets_deadline(p: Pair, s: NoSettings) -> str | None:
    """Something that starts at a date beside the same thing due by that date.

    "Will save $31 million a year from 2027" and "savings of $31 million by 2027" both
    put the savings in 2027: what starts at a date is there by it.

    Fires: "from 2027" vs "by 2027"; "from Monday" vs "by Monday".
    Holds: "from Monday" vs "until Monday" (it starts, against it lasts up to then); "from
    2027" vs "by 2026".
    """
    if p.stage != "intervals" or not (_is_bound(p.a) and _is_bound(p.b)) or not p.overlap:
        return None
    start, due = (p.a, p.b) if p.a.mod in STARTS else (p.b, p.a)
    if start.mod not in STARTS or due.mod != "by" or start.anchor is None or due.anchor is None:
        return None
    if start.anchor.timex != due.anchor.timex:
        return None
    return f"'{start.mod} {start.anchor.timex}' starts at the date 'by' sets as its deadline"


BEGINS = frozenset(["from", "not_until"])
"""Bounds that tell the day something begins: "takes effect from September", "will not take
effect until September 2026" (not "since", which looks back on a state and is told loosely)."""


@rule("date.start_differs", "conflict")
def start_differs(p: Pair, s: NoSettings) -> str | None:
    """Two days something begins, neither within the other: "from" it and "not until" it.

    "The cap takes effect from September [2025]" and "will not take effect until September
    2026" date two beginnings a year apart; as "from" and "on" one day are one start, so two
    different ones conflict.

    Fires: "from September" vs "not until September 2026"; "fares rise from 1 June" vs
    "fares will not rise until 1 July".
    Holds: "from Monday" vs "not until Monday" (one start); "since 2019" vs "since 2020" (a
    state looked back on: :func:`bound_differs`).
    """
    if p.stage != "intervals" or p.a.mod not in BEGINS or p.b.mod not in BEGINS:
        return None
    ta, tb = p.a.anchor, p.b.anchor
    if ta is None or tb is None:
        return None
    if _overlap(_date(ta.earliest), _date(ta.latest), _date(tb.earliest), _date(tb.latest)):
        return None
    return f"'{p.a.mod} {ta.timex}' and '{p.b.mod} {tb.timex}' begin on days that do not meet"


@rule("date.bound_told_finer", "compatible")
def bound_told_finer(p: Pair, s: NoSettings) -> str | None:
    """Two bounds of one kind whose dates are one told finer: "since 1981" / "since 1980s".

    So are "until March 2026" / "until the spring of 2026".

    Fires: "had run the shop since 1981" vs "since the early 1980s"; "has chaired the club
    since May 2019" vs "since 2019".
    Holds: "since 2019" vs "since 2020" (two dates: :func:`bound_differs`).
    """
    if p.stage != "intervals" or not (_is_bound(p.a) and _is_bound(p.b)) or p.a.mod != p.b.mod:
        return None
    ta, tb = p.a.anchor, p.b.anchor
    if ta is None or tb is None or ta.timex == tb.timex:
        return None
    la, ha, lb, hb = (_date(x) for x in (ta.earliest, ta.latest, tb.earliest, tb.latest))
    if None in (la, ha, lb, hb):
        return None
    inner = (la >= lb and ha <= hb) or (lb >= la and hb <= ha)  # type: ignore[operator]
    if not inner:
        return None
    return f"'{ta.timex}' and '{tb.timex}' are one date told at two precisions"


@rule("date.bound_differs", "nuance")
def bound_differs(p: Pair, s: NoSettings) -> str | None:
    """Two bounds that overlap but are not the same ("since 2019" and "since 2020").

    A bound that starts a state ("since", "from") and one that ends or awaits a thing ("by",
    "until") tell two things, not one bound told two ways.

    Fires: "since 2019" vs "since 2020"; "by March" vs "by the end of April".
    Holds: "since 2019" (published 2021-03-10) vs "since 2019" (published 2022-03-01); "has
    brewed on the site since 1872" vs "brewing will move by next spring" (a brewery's sale);
    "has run the ferry since 2015" vs "the contract runs until 2027" (a ferry's operator).
    """
    if p.stage != "intervals" or not (_is_bound(p.a) and _is_bound(p.b)) or not p.overlap:
        return None
    if (p.a.mod in STARTS) != (p.b.mod in STARTS):
        return None  # "since 1872" / "by next spring": when a state began, and a deadline
    return "both give bounds, but not the same ones"


@rule("date.bound_vs_point", "nuance")
def bound_vs_point(p: Pair, s: NoSettings) -> str | None:
    """A bound against its own date ("by 2024", "in 2024"), or a date partly inside it.

    Fires: "by 2024" vs "in 2024".
    Holds: "by 2024" vs "in 2022"; "will not reopen until Monday" vs "will reopen on
    Monday" ("not until" a day dates the event to it); "had been housing minister since
    2022" vs "took the housing post in 2022", "have been without homes since Monday" vs
    "fled their homes on Monday", "fares will rise from Monday" vs "fares rise on Monday"
    (a state told from the day it began, and that day); "marked the course until
    midnight on Thursday" vs "worked late into Thursday night", "the show runs until Sunday"
    vs "the show closes on Sunday" (a state told up to the day it ended, and that day);
    "will seek proposals by early spring" vs "in the coming months", "the bridge will reopen
    by the end of March" vs "in the coming weeks" (a vague time ahead that takes the bound
    in, as "later this month" takes in "by October 28"); "attacks since September" vs
    "attacks this fall" written in November (the season so far); "had complained by Monday
    afternoon" vs "complained on Monday" (a "by" gone when written tells a count so far, not
    a deadline).
    """
    if p.stage != "intervals" or not p.bound or not p.overlap:
        return None
    bound, point = (p.a, p.b) if _is_bound(p.a) else (p.b, p.a)
    if _is_bound(point) or bound.mod == "not_until":
        return None  # "not until Monday" dates the event to Monday: it fits, no hedge
    if point.grain == "unknown":
        return None  # "in the coming months" beside "by early spring": vague, and it fits
    if point.mod == "end" and _takes_in(point, bound):
        return None  # "later this month" beside "by October 28": the rest of a month
    if bound.mod in STARTS and (_inside(point, bound) or _up_to_now(point, bound)):
        return None  # "minister since 2022" / "took the post in 2022": when it began
    if bound.mod == "by" and _gone_by(bound, point) and _inside(point, bound):
        return None  # "had called by Monday afternoon" / "called on Monday": a count so far
    if bound.mod == "until" and _inside(point, bound):
        return None  # "worked until midnight on Thursday" / "late into Thursday night"
    anchor = bound.anchor
    if (anchor.earliest if anchor else None) == point.earliest and (
        anchor.latest if anchor else None
    ) == point.latest:
        timex = anchor.timex if anchor else None
        return f"one says '{bound.mod} {timex}', the other '{point.timex}' itself"
    if _inside(point, bound):
        return None
    return "the date only partly satisfies the bound"


def _up_to_now(point: DateValue, since: DateValue) -> bool:
    """Whether a stretch that began at or after a "since" runs on past the day of writing.

    "Attacks since September" and "attacks this fall", written in November: what is told
    of the fall so far lies since September; the rest of the season is still to come.
    """
    lo_p, hi_p = _date(point.earliest), _date(point.latest)
    lo_b, hi_b = _date(since.earliest), _date(since.latest)
    written = _date(since.published)
    if None in (lo_p, hi_p, lo_b, hi_b, written) or hi_b != written:
        return False
    return lo_p >= lo_b and hi_p >= written >= lo_p  # type: ignore[operator]


def _gone_by(bound: DateValue, point: DateValue) -> bool:
    """Whether a "by" a part of the day the other side names had passed when it was written.

    "Had complained by Monday afternoon" beside "complained on Monday" tells a count so far
    on that day, no deadline; "had not done so by last night" beside "confirmed last night"
    sets the same time against itself, and stays a hedge.
    """
    anchor, written = bound.anchor, _date(bound.published)
    end = _date(anchor.latest) if anchor is not None else None
    if anchor is None or end is None or written is None or end > written:
        return False
    return anchor.timex != point.timex and anchor.timex.startswith(point.timex)


def _takes_in(point: DateValue, bound: DateValue) -> bool:
    """Whether a stretch holds the day a bound is set at ("later this month" / "by the 28th")."""
    anchor = bound.anchor
    if anchor is None:
        return False
    lo_p, hi_p = _date(point.earliest), _date(point.latest)
    lo_a, hi_a = _date(anchor.earliest), _date(anchor.latest)
    return None not in (lo_p, hi_p, lo_a, hi_a) and lo_p <= lo_a and hi_a <= hi_p  # type: ignore[operator]


def _inside(point: DateValue, bound: DateValue) -> bool:
    lo_p, hi_p = _date(point.earliest), _date(point.latest)
    lo_b, hi_b = _date(bound.earliest), _date(bound.latest)
    return (lo_b is None or (lo_p is not None and lo_p >= lo_b)) and (
        hi_b is None or (hi_p is not None and hi_p <= hi_b)
    )


@rule("date.within_bound", "compatible")
def within_bound(p: Pair, s: NoSettings) -> str | None:
    """A date that lies inside the other side's bound.

    Fires: "by 2024" vs "in 2022".
    Holds: "by 2024" vs "in 2026".
    """
    if p.stage != "intervals" or not p.bound or not p.overlap:
        return None
    return "the date satisfies the bound"


@rule("date.present_ref", "not_compared")
def present_ref(p: Pair, s: NoSettings) -> str | None:
    """A "now" that misses the other date: it names the time of writing, not an event.

    Fires: "now" (published 2021-03-10) vs "in 2019".
    Holds: "now" (published 2021-03-10) vs "in 2021".
    """
    if not p.not_apart or "PRESENT_REF" not in {p.a.timex, p.b.timex}:
        return None
    return "'now' names the time of writing, not the date of an event"


@rule("date.one_night", "compatible")
def one_night(p: Pair, s: NoSettings) -> str | None:
    """A late hour of one day and an early hour of the next: one night, told from each side.

    "Late Thursday" or "Thursday night" and "early Friday" or "at 1:30 a.m. on Friday" may
    tell one check-in, one fire, one arrest: the night spans midnight.
    Fires: "late Thursday" (published 2013-05-03) vs "early Friday" (published
    2013-05-03); "on Saturday night" vs "at 2 a.m. on Sunday" (both published on Monday).
    Holds: "on Saturday night" vs "on Sunday afternoon" (a later part of the day); "late
    Thursday" vs "early Saturday" (two days apart); "just after 11pm on Saturday" vs "about
    2am on Sunday" and "at 10.30pm on Friday" vs "at 1.15am on Saturday" (two clock times
    hours apart: told as times, they are compared as times).
    """
    if p.a.grain != "day" or p.b.grain != "day" or (days := _day_and_next(p.a, p.b)) is None:
        return None
    first, then = days
    if not (_late(first) and _early(then)):
        return None
    m1, m2 = minutes_of(first), minutes_of(then)
    if m1 is not None and m2 is not None and 24 * 60 - m1 + m2 > ONE_NIGHT_CLOCKS:
        return None  # "just after 11pm on Saturday" / "about 2am on Sunday": two times
    return (
        f"a late hour of {first.earliest} and an early hour of the next day: one night, "
        "told from either side of midnight"
    )


ONE_NIGHT_CLOCKS = 90
"""Most minutes between a late clock time and an early one of the next day for the two to be
one night told loosely; further apart, two times."""


def across_midnight(a: DateValue, b: DateValue, *, evening: bool = True) -> bool:
    """Whether two single days one apart may be one night: a late hour or the small hours.

    "Late Thursday" and "early Friday" surely may; "on Thursday" and "at 1:30 a.m. on
    Friday" may too, told loosely. Not when the later day is told at a later hour: "on
    Saturday night" and "on Sunday evening" are a day apart. Without ``evening``, an
    evening is no late hour: a meeting "on Tuesday evening" is over that night.
    """
    days = _day_and_next(a, b)
    if days is None or _past_the_small_hours(days[1]):
        return False
    late = _late(days[0]) and (evening or days[0].time != "EV")
    return late or _early(days[1])


def _past_the_small_hours(v: DateValue) -> bool:
    """Whether a day value tells an hour past its night: "Sunday evening", "at 3 p.m."."""
    minutes = minutes_of(v)
    return v.time in ("AF", "EV", "NI") or (minutes is not None and minutes >= 12 * 60)


def _day_and_next(a: DateValue, b: DateValue) -> tuple[DateValue, DateValue] | None:
    """The two values, the earlier first, when each names one day and they are one apart."""
    da, db = _single_day(a), _single_day(b)
    if da is None or db is None or abs((da - db).days) != 1:
        return None
    return (a, b) if da < db else (b, a)


def _late(v: DateValue) -> bool:
    """Whether a day value tells its late hours: "late Thursday", "Thursday night", "at 11 p.m."."""
    minutes = minutes_of(v)
    return v.mod == "end" or v.time in ("EV", "NI") or (minutes is not None and minutes >= 20 * 60)


def _early(v: DateValue) -> bool:
    """Whether a day value tells its first hours: "early Friday", "at 1:30 a.m. on Friday"."""
    minutes = minutes_of(v)
    return v.mod == "start" or (minutes is not None and minutes < 5 * 60)


@rule("date.off_by_one_day", "nuance")
def off_by_one_day(p: Pair, s: NoSettings) -> str | None:
    """Two single days one day apart: time zones or datelines may differ.

    Fires: "on March 9, 2021" vs "on March 10, 2021".
    Holds: "on March 9, 2021" vs "on March 11, 2021".
    """
    if p.stage == "weekday" and p.weekday is not None:
        w = p.weekday
        lo_x = _single_day(w.x)
        if w.day.weekday() == w.weekday or lo_x is None or abs((lo_x - w.day).days) != 1:
            return None
        return (
            f"{calendar.day_name[w.weekday]} ({lo_x.isoformat()}) and {w.day.isoformat()} are one "
            "day apart: time zones or datelines may differ"
        )
    if not p.not_apart or p.a.grain != "day" or p.b.grain != "day":
        return None
    da, db = _single_day(p.a), _single_day(p.b)
    if da is None or db is None or abs((da - db).days) != 1:
        return None
    return "one day apart (time zones or datelines may differ)"


@rule("date.weekday_mismatch", "conflict")
def weekday_mismatch(p: Pair, s: NoSettings) -> str | None:
    """A weekday that the other date does not fall on, or two different weekdays.

    Fires: "on Tuesday" (published 2021-03-10) vs "on March 8, 2021" (a Monday).
    Holds: "on Tuesday" (published 2021-03-10) vs "on March 9, 2021".
    """
    if p.stage == "weekday" and p.weekday is not None:
        wd, day = p.weekday.weekday, p.weekday.day
    elif p.stage == "patterns" and p.unplaced_weekday is not None:
        _x, wd, day = p.unplaced_weekday
    elif p.stage == "patterns":
        wa, wb = p.a.weekday, p.b.weekday
        return "different weekdays" if wa is not None and wb is not None and wa != wb else None
    else:
        return None
    if day.weekday() == wd:
        return None
    return f"{day.isoformat()} is not a {calendar.day_name[wd]}"


class LooseWeekSettings(RuleSettings):
    """How far a relative week may miss the other date and still be a loose reading."""

    days: int = Field(
        7,
        ge=0,
        description="How far outside 'last week' or 'two weeks ago' a date may lie and "
        "still be a loose reading of it rather than another date: people say 'last week' "
        "of nine days ago.",
    )


def _relative_week(v: DateValue) -> Literal["day", "week"] | None:
    """'day' for "a week ago" (a day counted in weeks), 'week' for "last week"."""
    if v.basis is DateReading.WEEKS:
        return "day"
    if v.basis is DateReading.PUBLICATION and v.grain == "week":
        return "week"
    return None


@rule("date.loose_week", "nuance", settings=LooseWeekSettings)
def loose_week(p: Pair, s: LooseWeekSettings) -> str | None:
    """A relative week ("last week", "a week ago") missing the other date by a few days.

    People say "last week" of nine days ago: a loose relative date, or another event.

    Fires: "last week" (published 2021-03-30) vs "on March 19, 2021".
    Holds: "last week" (published 2021-03-30) vs "on March 2, 2021".
    """
    if not p.not_apart:
        return None
    for x, y in ((p.a, p.b), (p.b, p.a)):
        told = _relative_week(x)
        gap = p.gap_of(x, y) if told else None
        if gap is not None and 0 < gap <= s.days:
            return (
                f"the {told} it names {'lies' if told == 'day' else 'ends'} {gap} day(s) from "
                "the other date: a loose relative date, or another event"
            )
    return None


@rule("date.clock_only", "nuance")
def clock_only(p: Pair, s: NoSettings) -> str | None:
    """A bare time of day, read as the publication day, misses the other date.

    Fires: "at 3 p.m." (published 2021-03-10) vs "on March 4, 2021".
    Holds: "at 3 p.m." (published 2021-03-10) vs "on March 10, 2021".
    """
    if not p.not_apart or DateReading.CLOCK not in {p.a.basis, p.b.basis}:
        return None
    return "a bare time of day was read as the publication day; the day may differ"


@rule("date.anaphor_assumed", "nuance")
def anaphor_assumed(p: Pair, s: NoSettings) -> str | None:
    """A "that day" read as the publication day (no date before it) misses the other date.

    Fires: "that day" (published 2021-03-10) vs "on March 4, 2021".
    Holds: "on March 4 ... that day" vs "on March 4, 2021".
    """
    if not p.not_apart or DateReading.ANAPHOR not in {p.a.basis, p.b.basis}:
        return None
    return (
        "'that day' / 'the year' had no date to refer to in its sentence and was read "
        "as of the publication date; it may refer to another"
    )


@rule("date.span_ends_differ", "conflict")
def span_ends_differ(p: Pair, s: NoSettings) -> str | None:
    """Two spans each told with both ends, whose ends differ: a rule's or a closure's term.

    "From 1 March to 31 July" and "between 1 March and 31 August" give the days a rule
    applies by its two ends; each end is a fact, so spans that overlap still disagree on
    the end they do not share.

    Fires: "from 1 March to 31 July" vs "between 1 March and 31 August" (dogs on leads);
    "from 4 to 18 August" vs "from 4 to 25 August" (a road's closure).
    Holds: "from 1 March to 31 July" vs "between 1 March and 31 July" (one span); "from 1
    March to 31 July" vs "in July" (one end only: :func:`interval_overlap`).
    """
    if p.stage != "intervals" or not p.overlap or not (_both_ends(p.a) and _both_ends(p.b)):
        return None  # spans with no day in common are told apart by date.disjoint
    assert p.a.parts is not None and p.b.parts is not None
    differ = [
        f"'{x.text}' / '{y.text}'"
        for x, y in zip(p.a.parts, p.b.parts, strict=True)
        if (x.earliest, x.latest) != (y.earliest, y.latest)
    ]
    if not differ:
        return None
    return f"both tell a span by its two ends, and the ends differ ({'; '.join(differ)})"


def _both_ends(v: DateValue) -> bool:
    """Whether a value is a span told by its two ends, each a resolved day."""
    parts = v.parts or ()
    return (
        v.basis == "range"
        and len(parts) == 2
        and all(x.resolved and x.grain == "day" for x in parts)
    )


@rule("date.disjoint", "conflict")
def disjoint(p: Pair, s: NoSettings) -> str | None:
    """Two intervals of days with no day in common.

    Fires: "in 2019" vs "in 2021".
    Holds: "in 2019" vs "in March 2019".
    """
    return "the intervals do not overlap" if p.not_apart else None


@rule("date.same_interval", "agree")
def same_interval(p: Pair, s: NoSettings) -> str | None:
    """Two values told differently that cover the same days.

    Fires: "yesterday" (published 2021-03-10) vs "on March 9, 2021".
    Holds: "in March 2021" vs "on March 9, 2021".
    """
    if p.stage != "intervals" or p.bound or (p.lo_a, p.hi_a) != (p.lo_b, p.hi_b):
        return None
    return "the same interval of days"


@rule("date.interval_overlap", "compatible")
def interval_overlap(p: Pair, s: NoSettings) -> str | None:
    """Two intervals that overlap: one is vaguer, or both are loose.

    Fires: "in March 2021" vs "on March 9, 2021".
    Holds: "in March 2021" vs "in May 2021".
    """
    if p.stage != "intervals" or p.bound or not p.overlap:
        return None
    return "the intervals overlap (one may be vaguer)"


# --- what is known of values not placed in time ------------------------------------------


@rule("date.same_pattern", "compatible")
def same_pattern(p: Pair, s: NoSettings) -> str | None:
    """Two values not placed in time with the same known parts ("March 9", no year).

    Fires: "on March 9" (no publication date) vs "on March 9" (no publication date).
    Holds: "on March 9" (no publication date) vs "on March 10" (no publication date).
    """
    if p.stage != "patterns" or p.a.timex != p.b.timex or not _pattern_fits(p.a.timex, p.b.timex):
        return None
    return "the same unresolved value"


@rule("date.pattern_fits", "compatible")
def pattern_fits(p: Pair, s: NoSettings) -> str | None:
    """A value not placed in time whose known parts agree with the other value.

    Fires: "on March 9" (no publication date) vs "on March 9, 2021".
    Holds: "on March 9" (no publication date) vs "on April 9, 2021".
    """
    if p.stage != "patterns" or not _pattern_fits(p.a.timex, p.b.timex):
        return None
    return "the known parts agree"


_KNOWN_PARTS = re.compile(r"[\dX]{4}(-[\dX]{2}){0,2}")


@rule("date.known_parts_differ", "conflict")
def known_parts_differ(p: Pair, s: NoSettings) -> str | None:
    """A value not placed in time whose known parts (month, day) differ from the other's.

    Fires: "on March 9" (no publication date) vs "on April 9, 2021".
    Holds: "on March 9" (no publication date) vs "on March 9, 2021".
    """
    if p.stage != "patterns":
        return None
    if not (_KNOWN_PARTS.fullmatch(p.a.timex) and _KNOWN_PARTS.fullmatch(p.b.timex)):
        return None
    return "the known parts differ"


@rule("date.unresolved", "not_compared")
def unresolved(p: Pair, s: NoSettings) -> str | None:
    """At least one value could not be placed in time, and nothing known contradicts.

    Nothing known fits either: the pair is not compared, so it neither ties two claims
    as agreeing nor holds two different days on one side ("Tuesday", undated, beside
    "March 2005").

    Fires: "last week" (no publication date) vs "on March 9, 2021".
    Holds: "last week" (published 2021-03-12) vs "on March 9, 2021".
    """
    return "at least one value could not be placed in time" if p.stage == "patterns" else None


RULES = (
    last_time,
    same_value,
    time_apart,
    same_time,
    time_close,
    alternative_fits,
    alternative_loose,
    no_alternative_fits,
    same_recurrence,
    not_comparable,
    same_duration,
    duration_vague,
    duration_close,
    duration_approx,
    duration_differs,
    month_day_differs,
    both_guessed,
    weekday_matches,
    weekday_fits,
    same_reference,
    span_ends_differ,
    since_and_ahead,
    outside_bound,
    same_bound,
    same_end,
    start_meets_deadline,
    start_differs,
    bound_told_finer,
    bound_differs,
    bound_vs_point,
    within_bound,
    present_ref,
    one_night,
    off_by_one_day,
    weekday_mismatch,
    loose_week,
    clock_only,
    anaphor_assumed,
    disjoint,
    same_interval,
    interval_overlap,
    same_pattern,
    pattern_fits,
    known_parts_differ,
    unresolved,
)
"""The order the rules run in; the first that decides wins (see :attr:`Pair.stage`)."""


def _decide(a: DateValue, b: DateValue, engine: Engine) -> Comparison | None:
    return engine.decide(RULES, Pair(a, b, engine))


def describe(value: DateValue, words: str) -> str:
    """A value in words: what was written, its timex, its days and its publication date."""
    lo, hi = value.earliest, value.latest
    if lo and hi and lo == hi:
        span = lo
    elif lo or hi:
        span = f"{lo or '…'} to {hi or '…'}"
    else:
        span = "no fixed interval"
    pub = value.published
    where = f"published {pub}" if pub else "publication date unknown"
    return f"'{words}' ({value.timex}, {span}; {where})"


def _as_written(data: Any) -> Any:
    """A dumped value with ``basis`` in words, as the canonical order reads it."""
    if isinstance(data, list):
        return [_as_written(x) for x in data]
    if not isinstance(data, dict):
        return data
    out = {k: _as_written(v) for k, v in data.items() if k not in {"basis_text", "describes_noun"}}
    if "basis_text" in data:
        out["basis"] = data["basis_text"]
    return out


def _key(value: DateValue, words: str) -> str:
    return json.dumps([_as_written(value.model_dump(mode="json")), words], sort_keys=True)


def compare_values(
    a: DateValue, b: DateValue, words_a: str = "", words_b: str = "", engine: Engine | None = None
) -> Comparison:
    """How two date values relate (symmetric: the pair is put in a canonical order)."""
    engine = engine or current()
    if _key(a, words_a) > _key(b, words_b):
        a, b, words_a, words_b = b, a, words_b, words_a
    cmp = _decide(a, b, engine)
    if cmp is None:
        return undecided("date")
    both = f"{describe(a, words_a)} and {describe(b, words_b)}"
    return Comparison(cmp.verdict, cmp.rule, f"{both}: {cmp.explanation}")


def compare(a: FieldValue, b: FieldValue, engine: Engine) -> Comparison:
    """How two date fields relate (symmetric: the pair is put in a canonical order)."""
    assert isinstance(a.value, DateValue) and isinstance(b.value, DateValue)
    return compare_values(a.value, b.value, a.text, b.text, engine)
