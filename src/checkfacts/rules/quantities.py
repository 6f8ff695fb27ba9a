"""Rules for quantities: counts, amounts, measures, bounds, ranges, ordinals and tallies.

:func:`compare` puts the two ``quantity`` fields in a canonical order and prepares them
once as a :class:`_Pair` (figures in base units, each widened by its tolerance); each
rule takes that pair and its settings and returns the explanation when it decides,
else None. The first rule of :data:`RULES` that decides wins.

Compatible units are converted (length, area, volume, mass, duration, speed, power,
energy), never one currency into another, and each figure is widened by a tolerance:

* an exact figure by half its rounding step (open interval), so "$1 trillion" covers
  "$1.2 trillion" and "400" covers "422"; whole numbers below ``exact_below`` (100)
  written without a scale word are taken as exact counts (step 1), and a figure of one
  significant digit is rounded to half its last digit ("100" covers 75 to 125, not 50 to
  150);
* an approximate figure ("about", "roughly") by the larger of ``approx_tolerance``
  (10%, but for a figure written with a decimal no more than ``approx_steps``, two steps
  of its last digit: "about $4.5 billion" is not $4.2 billion; for a percentage no more
  than ``approx_points``, two points: "about 41%" is not 37%) and half its rounding
  step; "nearly"/"almost" only downwards and short of the figure ("almost four dozen" is
  under 48, so it never meets "at least four dozen"), "just over" only upwards and past
  it;
* ranges and bounds are taken as written.

The tolerance settings belong to ``quantity.within_precision``, the rule they define;
the pair is prepared with them, so the rules after it read the same tolerances.

Two values are compatible when the figure (or range) of one lies inside the other's
tolerance. When only the tolerances overlap, the figures are a nuance if they are less
than ``relative_gap`` (20%) apart and a conflict otherwise: "about 150" against "about
200" is a conflict, because two hedged estimates a third apart are two different
estimates, and an editor wants that flagged (only conflicts fail a run). Values whose
units cannot be compared (kilometres against ships, an ordinal against a count) are not
compared (``quantity.unit_mismatch``); :func:`comparable` says so without running the
rules.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property

from pydantic import Field

from checkfacts.extractors.quantities import hedge_direction, quantity_of
from checkfacts.models import FieldValue
from checkfacts.rules.engine import Comparison, Engine, undecided
from checkfacts.rules.registry import NoSettings, RuleSettings, of, rule
from checkfacts.vocabulary import (
    COUNT_SYNONYMS,
    CURRENCIES,
    SCALE_ABBREVIATIONS,
    SCALES,
    UNITS,
    number_words,
)

__all__ = ["RULES", "Tolerance", "comparable", "compare", "measure", "reaches"]


class Tolerance(RuleSettings):
    """How far a written figure reaches: the tolerances every quantity rule reads."""

    approx_tolerance: float = Field(
        0.10,
        ge=0,
        description="Relative half-width of an approximate figure ('about 150' covers 135 to 165).",
    )
    approx_points: float = Field(
        2.0,
        ge=0,
        description="Most percentage points an approximate percentage reaches ('about 41%' "
        "covers 39% to 43%, not a tenth of 41 either way: a share is hedged by points).",
    )
    approx_steps: float = Field(
        2.0,
        ge=0,
        description="Most steps of its last written digit an approximate figure written "
        "with a decimal reaches ('about $4.5 billion' covers $4.3 to $4.7 billion, not a "
        "tenth either way: a writer who gives a decimal has rounded to it; 'about 168' "
        "keeps its tenth).",
    )
    exact_below: float = Field(
        100.0,
        ge=0,
        description="Whole figures below this, written without a scale word, are exact "
        "counts (rounding step 1).",
    )


class FarApart(RuleSettings):
    """When figures whose tolerances touch are too far apart to be one figure."""

    relative_gap: float = Field(
        0.20,
        ge=0,
        description="Figures at least this far apart (relative to the larger) conflict "
        "even if their tolerances touch.",
    )


# --------------------------------------------------------------------------- preparing


@dataclass(frozen=True, slots=True)
class _Interval:
    lo: float
    lo_open: bool
    hi: float
    hi_open: bool

    def meets(self, other: _Interval) -> bool:
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        if lo < hi:
            return True
        if lo > hi:
            return False
        lo_open = (self.lo_open and self.lo == lo) or (other.lo_open and other.lo == lo)
        hi_open = (self.hi_open and self.hi == hi) or (other.hi_open and other.hi == hi)
        return not (lo_open or hi_open)


@dataclass(frozen=True, slots=True)
class _Q:
    """A quantity value prepared for comparison (in base units)."""

    field: FieldValue
    unit: str | None
    low: float | None
    high: float | None
    dim: str | None
    count: bool
    approx: bool
    bound: str | None
    precision: float
    ordinal: bool
    tally: tuple[float, float] | None
    direction: str
    exact_count: bool
    factor: float
    """Base units per written unit (to show steps in the written unit)."""
    approx_tolerance: float
    """Relative half-width of an approximate figure."""
    approx_points: float
    """Most half-width, in points, of an approximate percentage."""
    approx_steps: float
    """Most half-width, in steps of its last written digit, of an approximate figure."""
    fraction: bool = False
    """A share told as so many in ten ("nearly nine in ten"): rounded to its grid."""

    @property
    def step(self) -> float:
        """Rounding step in base units; whole counts below 100 are exact (step 1).

        A figure of one significant digit ("100", "3,000", "$1 trillion") is rounded to
        the half of its last digit, not the whole: writers round 120 to "about 100", not
        61 or 149; so "about 100 people" meets "122 people" but not "61 people".
        """
        if self.exact_count and self.precision >= self.factor:
            return self.factor
        if self.low is not None and self.precision > 0:
            digit = self.low / self.precision
            if digit.is_integer() and 1 <= abs(digit) <= 9:
                return self.precision / 2
        return self.precision

    @property
    def point(self) -> bool:
        """A single figure, exact or hedged (not a range, bound or tally)."""
        return self.bound in {None, "approx"} and self.tally is None

    def figure(self) -> float:
        """Return a representative figure: the stated one, or the middle of a range."""
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else (self.high or 0.0)

    def core(self) -> _Interval:
        """Return what the source states, without tolerance."""
        inf = math.inf
        lo = -inf if self.low is None else self.low
        hi = inf if self.high is None else self.high
        if self.bound == "more_than":
            return _Interval(lo, True, inf, False)
        if self.bound == "less_than":
            return _Interval(-inf, False, hi, True)
        if self.bound == "approx" and self.direction != "both":
            return self.tolerance()
        return _Interval(lo, False, hi, False)

    def tolerance(self) -> _Interval:
        """Return what the source states, widened by rounding and hedging."""
        if not self.point or self.low is None:
            return self.core()
        v = self.low
        half = self.step / 2
        if self.approx:
            rel = self.approx_tolerance * abs(v)
            if self.unit == "%":
                rel = min(rel, self.approx_points)
            if self.precision > 0:
                rel = min(rel, self.approx_steps * self.precision)
            if self.fraction:  # "nearly nine in ten" of 87%: hedged off a grid of tenths
                rel = max(rel, self.precision / 2)
            if self.direction == "below":  # "almost 48" is less than 48
                return _Interval(v - rel, False, v, True)
            if self.direction == "above":  # "just over 48" is more than 48
                return _Interval(v, True, v + rel, False)
            if rel >= half:
                return _Interval(v - rel, False, v + rel, False)
        if half <= 0:
            return _Interval(v, False, v, False)
        return _Interval(v - half, True, v + half, True)


def _to_float(x: float | None) -> float | None:
    return None if x is None else float(x)


def _prepare(field: FieldValue, tolerance: Tolerance) -> _Q:
    """Read ``field`` for comparison: base units, dimension, hedge direction, step."""
    v = quantity_of(field)
    unit = v.unit
    factor = 1.0
    dim: str | None
    count = False
    if unit is None:
        dim = None
    elif unit in UNITS:
        dim, factor = UNITS[unit]
    elif unit in CURRENCIES:
        dim = f"currency:{unit}"
    else:
        noun = COUNT_SYNONYMS.get(unit, unit)
        dim, count = f"count:{noun}", True
    low, high = _to_float(v.low), _to_float(v.high)
    precision = float(v.precision) or 1.0
    figure = low if low is not None else high
    written_words = v.number_text.lower()
    small = (
        figure is not None
        and float(figure).is_integer()
        and abs(figure) < tolerance.exact_below
        and precision >= 1
        and not any(s in written_words for s in (*SCALES, *SCALE_ABBREVIATIONS, "dozen"))
    )
    if dim in {"celsius", "fahrenheit"}:
        factor = 1.0
    return _Q(
        field=field,
        unit=unit,
        low=None if low is None else low * factor,
        high=None if high is None else high * factor,
        dim=dim,
        count=count,
        approx=v.approx,
        bound=v.bound,
        precision=precision * factor,
        ordinal=v.ordinal,
        tally=(float(v.tally[0]), float(v.tally[1])) if v.tally else None,
        direction=hedge_direction(v.modifier),
        exact_count=small,
        fraction=" in " in f" {written_words} " or " out of " in f" {written_words} ",
        factor=factor,
        approx_tolerance=tolerance.approx_tolerance,
        approx_points=tolerance.approx_points,
        approx_steps=tolerance.approx_steps if "." in written_words else math.inf,
    )


def _fmt(x: float | None) -> str:
    """Format a number for an explanation: "1.2 billion", "10,503", "0.25"."""
    return "?" if x is None else number_words(x, digits=6)


def _describe(field: FieldValue) -> str:
    """'about 150 people' (≈150 person)."""
    v = quantity_of(field)
    unit = f" {v.unit}" if v.unit else ""
    if v.tally:
        shown = f"{_fmt(v.tally[0])}-{_fmt(v.tally[1])}"
    elif v.ordinal:
        shown = f"#{_fmt(v.low)}"
    else:
        low, high = v.low, v.high
        shown = {
            "at_least": f"≥{_fmt(low)}",
            "more_than": f">{_fmt(low)}",
            "at_most": f"≤{_fmt(high)}",
            "less_than": f"<{_fmt(high)}",
            "range": f"{_fmt(low)}–{_fmt(high)}",
            "approx": f"≈{_fmt(low)}",
        }.get(v.bound or "", _fmt(low))
    return f"'{field.text}' ({shown}{unit})"


def _same(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return x is y
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def _mismatch(x: _Q, y: _Q) -> str | None:
    """Why two quantities cannot be compared, or None when they can."""
    if (x.tally is None) != (y.tally is None):
        return "a tally and a single figure"
    if x.ordinal != y.ordinal:
        return "an ordinal and a cardinal"
    if x.tally is not None:
        return None
    if x.ordinal:
        if x.unit and y.unit and x.unit != y.unit:
            return f"ranks of different things ({x.unit} vs {y.unit})"
        return None
    if _same_kind(x, y):
        return None
    if (x.dim is None and y.count) or (y.dim is None and x.count):
        return None
    return f"incomparable units ({x.unit} vs {y.unit})"


def _same_kind(x: _Q, y: _Q) -> bool:
    """Whether two quantities measure or count one kind of thing."""
    if x.dim == y.dim:
        return True
    return x.count and y.count and (_sex_or_age_of(x, y) or _sex_or_age_of(y, x))


_SEX_OR_AGE_NOUNS = frozenset(["male", "female", "adult", "juvenile"])
"""Adjectives that count as nouns, leaving the counted kind to the story: "14 males heard
booming" counts the "male bitterns" another source counts; "nine females came ashore" the
"female turtles"; "23 adults" the "adult passengers"."""


def _sex_or_age_of(x: _Q, y: _Q) -> bool:
    """Whether ``x`` counts by sex or age alone what ``y`` counts with that word before it."""
    if x.unit not in _SEX_OR_AGE_NOUNS:
        return False
    words = (y.field.counted or "").lower().split()
    return x.unit in words[:-1]


def _point_reason(x: _Q, y: _Q) -> str:
    """Why two single figures are within each other's precision, in words."""
    hedged = [q.field.text for q in (x, y) if q.approx]
    if hedged:
        words = " and ".join(f"'{t}'" for t in hedged)
        return f"the difference is within the tolerance of the approximate {words}"

    def step(q: _Q) -> str:
        return _fmt(q.step / q.factor) + (f" {q.unit}" if q.unit else "")

    if not math.isclose(x.step, y.step):
        coarse, fine = (x, y) if x.step > y.step else (y, x)
        return (
            f"they differ in precision: '{coarse.field.text}' is given to the nearest "
            f"{step(coarse)}, '{fine.field.text}' to the nearest {step(fine)}; "
            "the finer figure rounds to the coarser one"
        )
    return "the figures agree within rounding"


@dataclass(frozen=True)
class _Pair:
    """Two quantities prepared once for every rule (``x`` is the first in canonical order)."""

    x: _Q
    y: _Q

    def says(self, why: str) -> str:
        """The explanation: both values described, then why."""
        return f"{_describe(self.x.field)} and {_describe(self.y.field)}: {why}."

    @cached_property
    def mismatch(self) -> str | None:
        """Why the two cannot be compared, or None."""
        return _mismatch(self.x, self.y)

    @property
    def tallies(self) -> bool:
        """Two comparable tallies."""
        return self.mismatch is None and self.x.tally is not None

    @property
    def ranks(self) -> bool:
        """Two comparable ordinals."""
        return self.mismatch is None and self.x.ordinal and self.x.tally is None

    @property
    def figures(self) -> bool:
        """Two comparable figures (neither a tally nor an ordinal)."""
        return self.mismatch is None and not self.tallies and not self.ranks

    @property
    def unit_note(self) -> str:
        """Said when only one of the two names what is counted."""
        return "" if _same_kind(self.x, self.y) else "; only one names what is counted"

    @cached_property
    def same_figure(self) -> bool:
        """The same figure or range, bound and hedge."""
        x, y = self.x, self.y
        return (
            _same(x.low, y.low)
            and _same(x.high, y.high)
            and x.bound == y.bound
            and x.approx == y.approx
            and x.direction == y.direction
        )

    @cached_property
    def within(self) -> bool:
        """What one states lies within the other's tolerance."""
        x, y = self.x, self.y
        return x.core().meets(y.tolerance()) or y.core().meets(x.tolerance())

    @cached_property
    def touching(self) -> bool:
        """The two tolerances overlap."""
        return self.x.tolerance().meets(self.y.tolerance())

    @cached_property
    def gap(self) -> float:
        """How far apart the figures are, relative to the larger."""
        fx, fy = self.x.figure(), self.y.figure()
        return abs(fx - fy) / max(abs(fx), abs(fy), 1e-12)


# --------------------------------------------------------------------------- rules


@rule("quantity.unit_mismatch", "not_compared")
def unit_mismatch(p: _Pair, s: NoSettings) -> str | None:
    """The two measure different things (units, a rank against a count): not compared.

    Fires: "a 400 km pipeline" vs "422 ships"; "$9.6 billion" vs "€9.6 billion".
    Holds: "400 kilometres" vs "250 miles" (both lengths).
    """
    return None if p.mismatch is None else p.says(f"{p.mismatch}; not compared")


@rule("quantity.same_value", "agree")
def same_value(p: _Pair, s: NoSettings) -> str | None:
    """The same tally, the same rank, or the same figure in the same unit.

    Fires: "400 km" vs "400 kilometres"; "a 5-4 vote" vs "a 5-4 vote".
    Holds: "400 people" vs "400" (only one names what is counted).
    """
    x, y = p.x, p.y
    if p.tallies:
        return p.says("the same tally") if x.tally == y.tally else None
    if p.ranks:
        return p.says("the same rank") if _same(x.low, y.low) and not _stage(p) else None
    if not p.figures or not p.same_figure or p.unit_note:
        return None
    return p.says("the same figure")


STAGES = frozenset(
    [
        "round", "day", "half", "quarter", "period", "innings", "inning", "set", "leg",
        "stage", "heat", "lap", "session", "reading", "week",
    ]
)  # fmt: skip
"""Units of a rank that name a stage of an event: "in the first round", "on the third day"."""


def _stage(p: _Pair) -> bool:
    """Whether both ranks name a stage of an event (:data:`STAGES`)."""
    return p.x.unit in STAGES and p.y.unit in STAGES


@rule("quantity.same_stage", "compatible")
def same_stage(p: _Pair, s: NoSettings) -> str | None:
    """The same stage of an event: when something happened, not what happened.

    "jumped clear in the first round" and "had a pole down in the first round" tell two
    outcomes of one round; "on the third day of the trial" in two reports says nothing of
    what each says was done that day. A stage that differs still conflicts
    (:func:`ordinal_mismatch`).

    Fires: "clear in the first round" / "a pole down in the first round"; "sent home on the
    third day of the trial" / "heard the verdict on the third day of the trial".
    Holds: "finished second" / "took second place" (a rank, the same: agree).
    """
    if not p.ranks or not _stage(p) or not _same(p.x.low, p.y.low):
        return None
    return p.says("the same stage of the event, which tells when, not what: no agreement")


@rule("quantity.same_value_unit_missing", "compatible")
def same_value_unit_missing(p: _Pair, s: NoSettings) -> str | None:
    """The same figure, but only one side names what it counts.

    Fires: "400 people" vs "400".
    Holds: "400 people" vs "400 persons" (both count people).
    """
    if not p.figures or not p.same_figure or not p.unit_note:
        return None
    return p.says(f"the same figure{p.unit_note}")


@rule("quantity.tally_reversed", "compatible")
def tally_reversed(p: _Pair, s: NoSettings) -> str | None:
    """The same tally with its sides in reverse order.

    Fires: "a 5-4 vote" vs "a 4-5 vote".
    Holds: "a 5-4 vote" vs "a 6-3 vote".
    """
    x, y = p.x, p.y
    if not p.tallies or x.tally == y.tally or y.tally is None or x.tally != y.tally[::-1]:
        return None
    return p.says("the same tally, sides in reverse order")


@rule("quantity.tally_mismatch", "conflict")
def tally_mismatch(p: _Pair, s: NoSettings) -> str | None:
    """Different tallies, in either order.

    Fires: "a 5-4 vote" vs "a 6-3 vote".
    Holds: "a 5-4 vote" vs "a 4-5 vote".
    """
    x, y = p.x, p.y
    if not p.tallies or y.tally is None or x.tally in {y.tally, y.tally[::-1]}:
        return None
    return p.says("different tallies")


@rule("quantity.ordinal_mismatch", "conflict")
def ordinal_mismatch(p: _Pair, s: NoSettings) -> str | None:
    """Different ranks of the same thing.

    Fires: "the 60th anniversary" vs "the 61st anniversary".
    Holds: "the 60th anniversary" vs "the 60th anniversary".
    """
    if not p.ranks or _same(p.x.low, p.y.low):
        return None
    return p.says("different ranks")


@rule("quantity.bound_vs_point", "nuance")
def bound_vs_point(p: _Pair, s: NoSettings) -> str | None:
    """One source gives a figure as all there is, the other as "at least" it.

    "At least 140 drivers" leaves the count open above 140; "140 drivers" closes it. The
    two do not contradict each other, but they do not say the same: a hedge, told apart,
    as "until" and "until at least" are for dates (``date.bound_differs``). "More than"
    and "over" are left out, as news rounds with them ("over 55,000 pages" beside "55,000
    pages" is one count told loosely), and so are ceilings: a limit is a ceiling told
    either way ("limited to 15 bushels" / "no more than 15 bushels", "damages of $5,000"
    / "up to $5,000").

    Fires: "at least 140 drivers were scammed" vs "140 drivers were scammed"; "at least
    nine people died" vs "nine people died".
    Holds: "at least 140 drivers" vs "152 drivers" (a later count above the floor);
    "about 30 homes" vs "30 homes" (a rounding, not a bound); "more than 30 homes" vs "30
    homes"; "no more than 15 bushels" vs "15 bushels".
    """
    x, y = p.x, p.y
    if not p.figures:
        return None
    for floor, point in ((x, y), (y, x)):
        if point.bound is not None or point.approx or point.low is None:
            continue
        if (
            floor.bound == "at_least"
            and _same(point.low, point.high)
            and _same(floor.low, point.low)
        ):
            return p.says(
                "one gives the figure as all there is, the other as a floor of it" + p.unit_note
            )
    return None


@rule("quantity.within_precision", "compatible", settings=Tolerance)
def within_precision(p: _Pair, s: Tolerance) -> str | None:
    """A figure lies within the other's rounding or hedge (or inside its range or bound).

    Fires: "about 420 ships" vs "422 ships"; "$1 trillion" vs "$1.2 trillion"; "about 41%
    of voters" vs "40% of voters".
    Holds: "about 150 people" vs "about 200 people"; "about 41% of voters" vs "38% of
    voters" (a share is hedged by points, not by a tenth of itself).
    """
    x, y = p.x, p.y
    if not p.figures or not p.within or not (x.point or y.point):
        return None
    if x.point and y.point:
        return p.says(_point_reason(x, y) + p.unit_note)
    point, other = (x, y) if x.point else (y, x)
    why = f"{_describe(point.field)} lies within {_describe(other.field)}"
    return p.says(why + p.unit_note)


@rule("quantity.two_ceilings", "nuance")
def two_ceilings(p: _Pair, s: NoSettings) -> str | None:
    """Two ceilings of one thing, told as "up to" each, apart beyond their rounding.

    "Up to 12 flights a week" and "up to 20 flights a week" overlap as ranges, but each
    source names the most there will be, and the two mosts differ: a figure an editor
    checks. A ceiling and a point, or two ceilings within the coarser one's rounding, are
    left to the other rules.

    Fires: "up to 12 training flights a week" vs "up to 20 flights a week" (a night-flying
    trial); "fines of up to £2,500" vs "fines of up to £5,000" (a parking order).
    Holds: "up to 300 jobs" vs "up to 300 jobs"; "up to 12 flights" vs "12 flights"; "up to
    300 jobs" vs "up to 320 jobs" (within the rounding of "300").
    """
    x, y = p.x, p.y
    if not p.figures or x.bound != "at_most" or y.bound != "at_most":
        return None
    if x.high is None or y.high is None or _same(x.high, y.high):
        return None
    step = max(x.step, y.step)
    if abs(x.high - y.high) <= step:
        return None
    return p.says("each names the most there will be, and the two differ" + p.unit_note)


@rule("quantity.interval_overlap", "compatible")
def interval_overlap(p: _Pair, s: NoSettings) -> str | None:
    """Two ranges or bounds that overlap.

    Fires: "between 150 and 200 people" vs "at least 180 people".
    Holds: "between 150 and 200 people" vs "more than 300 people".
    """
    if not p.figures or not p.within or p.x.point or p.y.point:
        return None
    return p.says("the stated ranges overlap" + p.unit_note)


@rule("quantity.far_apart", "conflict", settings=FarApart)
def far_apart(p: _Pair, s: FarApart) -> str | None:
    """Tolerances touch, but the figures are too far apart to be one figure.

    Fires: "about 160 people" vs "about 200 people".
    Holds: "about 150 people" vs "about 160 people".
    """
    if not p.figures or p.within or not p.touching or p.gap < s.relative_gap:
        return None
    return p.says(f"the figures are {p.gap:.0%} apart; rounding and hedging do not reconcile them")


@rule("quantity.tolerance_overlap", "nuance")
def tolerance_overlap(p: _Pair, s: NoSettings) -> str | None:
    """Neither figure lies within the other's tolerance, but the tolerances touch.

    Fires: "about 150 people" vs "about 168 people".
    Holds: "about 150 people" vs "roughly 400 people".
    """
    if not p.figures or p.within or not p.touching:
        return None
    return p.says(
        "neither figure lies within the other's tolerance, but their tolerances "
        f"touch ({p.gap:.0%} apart)"
    )


@rule("quantity.disjoint", "conflict")
def disjoint(p: _Pair, s: NoSettings) -> str | None:
    """The figures do not meet even allowing for rounding and hedging.

    Fires: "10,503" vs "10,504"; "up to 5,000 troops" vs "6,000 troops".
    Holds: "10,500" vs "10,504".
    """
    if not p.figures or p.touching:
        return None
    return p.says("the figures do not overlap even allowing for rounding and hedging")


RULES = (
    unit_mismatch,
    same_value,
    same_stage,
    same_value_unit_missing,
    tally_reversed,
    tally_mismatch,
    ordinal_mismatch,
    bound_vs_point,
    within_precision,
    two_ceilings,
    interval_overlap,
    far_apart,
    tolerance_overlap,
    disjoint,
)
"""The order the rules run in; the first that decides wins."""


def _canonical(a: FieldValue, b: FieldValue) -> tuple[FieldValue, FieldValue]:
    fa, fb = sorted(
        (a, b),
        key=lambda f: (f.text, json.dumps(f.value.model_dump(), sort_keys=True, default=str)),
    )
    return fa, fb


def _pair(a: FieldValue, b: FieldValue, tolerance: Tolerance) -> _Pair:
    fa, fb = _canonical(a, b)
    return _Pair(_prepare(fa, tolerance), _prepare(fb, tolerance))


def reaches(field: FieldValue, figure: float) -> bool:
    """Whether ``figure`` lies within what ``field`` states, widened by rounding and hedge.

    "Around 130 people" reaches 129, not 110; the figure is in the field's written unit.
    """
    q = _prepare(field, Tolerance())
    return q.tolerance().meets(_Interval(figure * q.factor, False, figure * q.factor, False))


def measure(field: FieldValue) -> str | None:
    """What a quantity measures, as a short name: 'dead', 'USD', 'length', 'age', 'percent'.

    Counts are named by their counted noun ("2 hurt" and "injures 2" both count the
    injured), money by its currency, measures by their dimension; a rank adds '-rank' and
    a tally ("voted 5-4") '-tally'. None when the figure names nothing it counts.
    """
    q = _prepare(field, Tolerance())
    if q.dim is None:
        return "score" if q.tally is not None else None  # "beat Strachan 7-4": a score
    name = q.dim.split(":", 1)[-1].replace(" ", "-")
    if q.ordinal:
        name += "-rank"
    if q.tally is not None:
        name += "-tally"
    return name


def comparable(a: FieldValue, b: FieldValue) -> bool:
    """Whether two quantities measure the same kind of thing (else they are not compared)."""
    return _pair(a, b, Tolerance()).mismatch is None


def compare(a: FieldValue, b: FieldValue, engine: Engine) -> Comparison:
    """How two quantities relate (symmetric: the pair is put in a canonical order)."""
    tolerance: Tolerance = engine.settings(of(within_precision))
    return engine.decide(RULES, _pair(a, b, tolerance)) or undecided("quantity")
