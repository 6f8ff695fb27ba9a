"""Rules of the compare stage: which pairs of claims may differ, and what a difference is.

A value rule (dates, quantities, places, attribution) says how two values relate. The
compare stage then reviews each pair of claims with these rules, in the order of
:data:`REVIEW`: a difference between claims that may not be about one thing is set
aside ("not_compared"), and some conflicts are read as nuances. :data:`BEFORE` runs
before the value rules, and :data:`CLUSTER` on a whole finding.

The similarity gates are derived from the alignment threshold (``similarity`` in
``[tool.checkfacts]``): each asks a margin above it, so raising ``--similarity``
raises them too.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from pydantic import Field
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from checkfacts.extractors.dates import WIRE_DATELINE, normalize
from checkfacts.extractors.events import FORECASTING, FRAMING, SAYING, events_told
from checkfacts.extractors.names import surname
from checkfacts.extractors.quantities import (
    PART_OF,
    count_value,
    is_count,
    is_scale_score,
    magnitude,
    quantity_of,
)
from checkfacts.independence import one_quotation
from checkfacts.models import (
    FLAGGED,
    AttributionValue,
    Claim,
    DateReading,
    DateValue,
    EventValue,
    FieldValue,
    NameValue,
    QuantityValue,
    Source,
    Verdict,
)
from checkfacts.rules import dates as date_rules
from checkfacts.rules import quantities as quantity_rules
from checkfacts.rules.engine import Comparison, Engine
from checkfacts.rules.events import (
    ANY_THING,
    CONFIRMING,
    ONE_ACT,
    SUSPECTING,
    WHETHER,
    apart,
    fate,
    fate_of,
    one_act,
    one_sum_decided,
    step_of,
)
from checkfacts.rules.quantities import measure
from checkfacts.rules.registry import NoSettings, RuleSettings, of, rule
from checkfacts.vocabulary import (
    ANY_PEOPLE,
    COUNT_SYNONYMS,
    COURTESY_TITLES,
    CURRENCIES,
    FUNCTION_WORDS,
    HELD,
    MONTHS,
    ONES,
    PEOPLE,
    ROLE_NOUNS,
    SCALES,
    TENS,
    TITLES,
    UNIT_WORDS,
    VAGUE_SCALES,
    WEEKDAYS,
    number_words,
    plural,
)

NEAR_MISSES = ("date.off_by_one_day", "date.weekday_fits", "date.loose_week", "date.clock_only")
"""Nuances between two different values that nearly fit: like a conflict, they only
count between values in the same role. Nuances of wording about one value ("in 2024" /
"by 2024", "or" / "and/or") need no such check."""


@dataclass(frozen=True)
class Pair:
    """Two claims of two sources and the values of one kind the compare stage chose."""

    kind: str
    a: Claim
    b: Claim
    fa: FieldValue
    fb: FieldValue
    sources: Mapping[str, Source]
    alike: float
    """Similarity of the two claims as the alignment saw it."""
    engine: Engine
    check_roles: bool = True
    aligned: bool = True
    """Whether the two claims were aligned as one claim (False across clusters)."""
    tallied: bool = False
    """Whether the two claims give the same figure of another measure ("2 hurt" / "2
    injured" beside the dead they count): one tally of one event."""
    told_once: bool = False
    """Whether the values were lined up across claims as the one figure each source gives
    of what they count or price: a sum tied by its noun whatever verb holds it ("a face
    value of" / "worth ... at face value"), a count of a thing even where one clause names
    no verb ("took 1,400 witness statements" / "about 1,100 statements" in a list); two
    verbs still part two counts ("seven bullets" hit him, "four bullets" loaded the gun)."""

    def published(self, claim: Claim) -> str | None:
        """The publication date of a claim's source, or None."""
        return self.sources[claim.source_id].published.date


def _flagged(cmp: Comparison) -> bool:
    return cmp.verdict in FLAGGED


def _in_claim(field: FieldValue, claim: Claim) -> tuple[int, int] | None:
    """Where a value stands in its claim's text (start, end), or None when outside it."""
    start, end = claim.offsets(field.span)
    return (start, end) if 0 <= start <= end <= len(claim.text) else None


def _words_before(field: FieldValue, claim: Claim, reach: int = 40) -> set[str]:
    """The words right before a value in its claim, back to the last clause mark."""
    at = _in_claim(field, claim)
    if at is None:
        return set()
    clause = re.split(r"[,;:]", claim.text[max(0, at[0] - reach) : at[0]])[-1]
    return set(re.findall(r"[a-z]+", clause.lower()))


def _only_one(
    pair: Pair, test: Callable[[FieldValue, Claim], bool]
) -> tuple[FieldValue, FieldValue] | None:
    """The value that passes ``test`` and the other one, when exactly one of the two does."""
    ta, tb = test(pair.fa, pair.a), test(pair.fb, pair.b)
    if ta == tb:
        return None
    return (pair.fa, pair.fb) if ta else (pair.fb, pair.fa)


# --- before the value rules ------------------------------------------------------------


class SameWords(RuleSettings):
    """When identical date words are one date."""

    days: int = Field(7, description="Most days between the two publication dates.")


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@rule("compare.same_words", "agree", SameWords)
def same_words(pair: Pair, s: SameWords) -> str | None:
    """Identical date words in one story, published within a week: the same date.

    Fires: "signed on Tuesday" in papers of March 10 and March 11 (both say "Tuesday").
    Holds: "on Tuesday" in a paper of March 10 and "on Tuesday" in one of April 2.
    """
    if pair.kind != "date" or _words(pair.fa.text) != _words(pair.fb.text):
        return None
    da, db = pair.published(pair.a), pair.published(pair.b)
    if da and db and abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days) > s.days:
        return None
    return (
        f"Both say “{pair.fa.text.strip()}”, in articles published "
        f"{da or 'on an unknown date'} and {db or 'on an unknown date'} (within "
        f"{s.days} days): read as the same date."
    )


class PerhapsDoneThere(RuleSettings):
    """When two acts told at one named place, as fact and as perhaps done, are one."""

    margin: float = Field(
        0.15,
        description="How much more than `similarity` the two claims must resemble each other.",
    )
    reach: int = Field(
        60, description="Most characters from a verb to the end of the name it is told at."
    )


_NAMED_AFTER = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\b")
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
"""Capitalized words that name a day or a month, not a place: "on Monday", "in March"."""
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”—]|\s-\s")


def _names_after(field: FieldValue, claim: Claim, reach: int) -> list[str]:
    """The capitalized words a verb's own clause names right after it ("from the Osk Marshes")."""
    _, end = claim.offsets(field.span)
    after = claim.text[end : end + reach]
    if end + reach < len(claim.text) and claim.text[end + reach].isalpha():
        after = after.rsplit(" ", 1)[0]  # not a word cut short at the reach
    if (cut := _CLAUSE_BREAK.search(after)) is not None:
        after = after[: cut.start()]
    return [w for w in _NAMED_AFTER.findall(after) if w.lower() not in _DAY_WORDS]


def _hedged(claim: Claim) -> bool:
    return any(f.kind == "hedge" for f in claim.fields)


@rule("event.perhaps_done_there", "nuance", PerhapsDoneThere)
def perhaps_done_there(pair: Pair, s: PerhapsDoneThere) -> str | None:
    """One act at one named place or thing, told as done and as perhaps done, in other words.

    Two outlets name the same place right after two verbs of one act, one as fact and one
    hedged with "may have" or "might have": the hedge is what differs. The claims must be
    aligned as one and much alike; the verbs may differ, as writers' do.

    Fires: "the lynx has vanished from the Corrie Woods, rangers confirmed" / "rangers said
    the lynx may have disappeared from the Corrie Woods" (a wildlife count); "the painting
    was shipped out through Port Aldwick, police said" / "detectives believe the painting
    may have left through Port Aldwick" (an art theft).
    Holds: "the fire began early on Monday" / "passports may have been destroyed in the
    fire at the Bellmoor Hotel" (no name after both verbs); "the lynx may have vanished
    from the Corrie Woods" / "the lynx may have disappeared from the Corrie Woods" (both
    hedged).
    """
    if pair.kind != "event" or not pair.aligned:
        return None
    va, vb = pair.fa.value, pair.fb.value
    if not (isinstance(va, EventValue) and isinstance(vb, EventValue)):
        return None
    if pair.alike < pair.engine.similarity + s.margin:
        return None
    for done, perhaps, cd, cp, fd, fp in (
        (va, vb, pair.a, pair.b, pair.fa, pair.fb),
        (vb, va, pair.b, pair.a, pair.fb, pair.fa),
    ):
        if not (perhaps.modality or "").endswith(" have") or perhaps.negative:
            continue
        if done.modality or done.negative or done.aside or _hedged(cd):
            continue
        if done.predicate in FRAMING or perhaps.predicate in FRAMING:
            continue  # "confirmed that ...": the act is what it frames
        told = _names_after(fd, cd, s.reach)
        shared = [w for w in _names_after(fp, cp, s.reach) if w in told]
        if not shared:
            continue
        place = " ".join(shared)
        return (
            f"“{fd.text}” is told as fact and “{fp.text}” as perhaps done ({perhaps.modality}), "
            f"both at {place}: one act told with different certainty."
        )
    return None


@rule("event.confirmed_or_suspected_thing", "nuance")
def confirmed_or_suspected_thing(pair: Pair, s: NoSettings) -> str | None:
    """A finding told as confirmed by one source, and its cause only suspected by the other.

    "The council has confirmed that a fault in a software update caused the error" and
    "the council said it suspected a software fault" tell one cause, settled and not: the
    thing suspected is named in what the first claim confirms. (When both verbs govern a
    clause, :func:`~checkfacts.rules.events.confirmed_or_suspected` decides.)

    Fires: "the council has confirmed that a fault in a software update caused the error"
    / "the council said it suspected a software fault" (an exam marking error); "the
    utility confirmed that a burst main flooded the street" / "the utility suspects a
    burst main" (a street flood).
    Holds: "police confirmed that the landlord had been arrested" / "police suspect the
    tenant" (someone else suspected); "the utility confirmed that a burst main flooded the
    street" / "the utility does not suspect a burst main" (a denial, not a hedge).
    """
    if pair.kind != "event":
        return None
    va, vb = pair.fa.value, pair.fb.value
    if not (isinstance(va, EventValue) and isinstance(vb, EventValue)):
        return None
    for sure, unsure, cs, fs, fu in (
        (va, vb, pair.a, pair.fa, pair.fb),
        (vb, va, pair.b, pair.fb, pair.fa),
    ):
        if sure.predicate not in CONFIRMING or unsure.predicate not in SUSPECTING:
            continue
        if sure.object is not None or unsure.object is None:
            continue
        if sure.negative or unsure.negative or sure.modality or unsure.modality:
            continue
        at = _in_claim(fs, cs)
        if at is None:
            continue
        confirmed = set(re.findall(r"[a-z]+", cs.text[at[1] :].lower()))
        if not set(unsure.object.split()) <= confirmed:
            continue
        return (
            f"“{fs.text}” tells it as confirmed; “{fu.text}” ({unsure.object}) as only suspected."
        )
    return None


_LIMIT_NOUNS = r"budget|target|limit|cap|ceiling|threshold|estimate|forecast|goal|allocation"
_SIDE_OF = re.compile(
    r"\b(?:(?P<under>within|under|below|inside)|(?P<over>above|over|beyond|exceed(?:s|ed|ing)?"
    r"|overr?an|overshot|overshoot|topped|surpass(?:es|ed)?|broke|breached))\s+"
    r"(?:the|its|their|his|her|an?)\s+(?:(?:original|initial|agreed|planned|official|"
    r"approved|revised|set)\s+)?$",
    re.I,
)
_LIMIT_AFTER = re.compile(rf"^\s+(?:[a-z-]+\s+)?(?:{_LIMIT_NOUNS})\b", re.I)


def _side_of_limit(field: FieldValue, claim: Claim) -> tuple[str, str] | None:
    """Which side of a figure named as a limit the claim puts the outcome, and its words.

    "delivered within its £38 million budget" is under it, "costs rose above the original
    £38 million budget" over it; the figure must be followed by a noun of a limit.
    """
    start, end = claim.offsets(field.span)
    limit = _LIMIT_AFTER.match(claim.text[end:])
    if limit is None:
        return None
    before = max(0, start - 40)
    m = _SIDE_OF.search(claim.text[before:start])
    if m is None:
        return None
    words = claim.text[before + m.start() : end + limit.end()]
    return ("under" if m["under"] else "over", words)


def _one_limit(cmp: Comparison) -> bool:
    """Whether a comparison found one limit with the outcome on either side of it.

    The figures match, so the review rules that excuse a difference by another matching
    pair, by clauses apart or by claims barely alike do not apply to it.
    """
    return cmp.rule == of(within_or_beyond).name


@rule("quantity.within_or_beyond", "conflict")
def within_or_beyond(pair: Pair, s: NoSettings) -> str | None:
    """One limit, and the outcome told within it by one source and beyond it by the other.

    Both give the same figure as a budget, a target or a cap, and one puts what happened
    under it, the other over it: the figures agree, the claims do not.

    Fires: "the bridge was finished within its £12 million budget" / "the bridge's costs
    went over the agreed £12 million budget" (a road bridge); "inflation stayed below the
    2% target" / "inflation rose above the 2% target" (a rate decision).
    Holds: "the bridge was finished within its £12 million budget" / "the bridge was built
    inside its £12 million budget" (both under); "costs rose above £12 million" / "the
    budget was £12 million" (no side of a limit told by both).
    """
    if pair.kind != "quantity":
        return None
    sa, sb = _side_of_limit(pair.fa, pair.a), _side_of_limit(pair.fb, pair.b)
    if sa is None or sb is None or sa[0] == sb[0]:
        return None
    found = quantity_rules.compare(pair.fa, pair.fb, pair.engine)
    if found.verdict not in (Verdict.AGREE, Verdict.COMPATIBLE):
        return None  # two limits: the figures' own rules tell
    under, over = (sa[1], sb[1]) if sa[0] == "under" else (sb[1], sa[1])
    return (
        f"“{under}” and “{over}”: one limit, with the outcome within it in one source and "
        "beyond it in the other."
    )


BEFORE = (same_words, perhaps_done_there, confirmed_or_suspected_thing, within_or_beyond)
"""Rules run before the value rules; the first that decides wins."""


# --- after the value rules --------------------------------------------------------------


@rule("compare.two_speakers", "not_compared")
def two_speakers(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Claims alike in meaning credited to two people: set aside unless they are one quotation.

    Fires: "the minister said talks would resume" / "the mayor said talks would resume".
    Holds: the same quoted sentence credited to the minister in one paper, the mayor in another.
    """
    if pair.kind != "attribution" or not _flagged(cmp) or one_quotation(pair.a, pair.b):
        return None
    return "Two claims alike in meaning may well come from two speakers; not compared."


def _a_span(field: FieldValue) -> bool:
    """Whether a date field is a length of time ("three months"), not a time it names."""
    return isinstance(field.value, DateValue) and field.value.type in ("DURATION", "SET")


@rule("compare.another_pair_fits", "compatible")
def another_pair_fits(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Claims with several values of a kind: a difference is none if another pair fits.

    Fires: "freed on March 29, six days after it ran aground on March 23" / "ran aground
    on March 23".
    Holds: "freed on March 29" / "freed on March 30"; events ("did not reach the border,
    arrived Sunday" / "reached the border, arrived Sunday": each event is its own); two
    dates of one event ("sentenced on Tuesday for a killing on May 2" / "sentenced on
    Saturday for a killing on May 2": the sentencing dates differ, whatever else matches);
    two dates apart beside two lengths of time that match ("in the three months to June" /
    "in the three months to May": a jobless rate, a retailer's sales); two times of day
    apart beside a day that fits ("detected at about 3:40 a.m. Tuesday,
    officials said on Tuesday afternoon" / "discovered shortly before 5 a.m. on Tuesday");
    two last times apart beside a day that fits ("trains stopped on Monday for the first
    time since 1964" / "rejoined the network yesterday, its first train since 1971");
    two counts apart beside two sums that match, as only figures of one measure excuse
    each other ("secured £6.2 million to insulate 1,150 of its council homes" / "around 950
    council homes will be insulated with £6.2 million"; "spent £40 million on 12 new
    players" / "signed nine players for £40 million").
    Fires too on figures of one measure: "destroyed 40 homes and damaged another 120 homes"
    / "destroyed 40 homes" (the figure that fits is one of the two that differ). Two other
    figures that match excuse nothing: "the trial cost £18.5 million in total, including
    £7 million from the ministry" / "the £26 million trial, £7m of which came from the
    government" (a rail trial); "the scheme costs $4.2 million, with $1 million from the
    state" / "the $5.6 million scheme, $1 million of it from the state" (a flood scheme).
    """
    from checkfacts.rules import compare_fields

    if pair.kind == "event" or not (_flagged(cmp) or not cmp.compared):
        return None  # two other events that match say nothing of this one
    if _one_limit(cmp):
        return None  # the figures match: which side of them the outcome lies is the point
    if pair.kind == "date" and _flagged(cmp) and one_doing(pair.fa, pair.fb):
        return None  # two values of one event differ: another event's match excuses nothing
    if pair.kind == "date" and _flagged(cmp) and date_rules.both_last(pair.fa, pair.fb):
        return None  # "the first since 1964" / "since 1971": the last time is its own fact
    # two times of day apart are excused only by two other times that fit: a day or a part
    # of one that fits ("Tuesday afternoon", "until Thursday morning") says nothing of hours
    hours = cmp.rule == of(date_rules.time_apart).name
    for fa in pair.a.fields:
        for fb in pair.b.fields:
            if fa.kind != pair.kind or fb.kind != pair.kind:
                continue
            if hours and not (date_rules.is_moment(fa) and date_rules.is_moment(fb)):
                continue
            if pair.kind == "date" and _a_span(fa) and _a_span(fb) and not _a_span(pair.fa):
                continue  # "three months" told alike says nothing of "to June" / "to May"
            if pair.kind == "quantity" and not (
                quantity_rules.comparable(fa, pair.fa) and quantity_rules.comparable(fb, pair.fb)
            ):
                continue  # a sum that matches says nothing of a count of homes that differs
            if pair.kind == "quantity" and fa is not pair.fa and fb is not pair.fb:
                continue  # two parts that match ("including £7m") excuse no two totals
            other = compare_fields(fa, fb, pair.engine)
            if other.verdict in (Verdict.AGREE, Verdict.COMPATIBLE):
                return (
                    f"{other.explanation.rstrip('.')} [{other.rule}] (the claims name other "
                    "values too; these two match)."
                )
    return None


@rule("compare.figures_crossed", "not_compared")
def figures_crossed(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two claims that each give both figures, set against each other crosswise.

    "Would replace the estate's 412 homes with 1,050 new ones" and "about 1,000 homes built
    where 412 now stand" each give the homes there are and the homes to come; read by
    what each names as homes, the 412 of one is set against the 1,000 of the other. When
    each claim also gives the other's figure (the same number, or one that fits it, named
    by no other noun), the two agree on both and the pair is not compared.

    Fires: "would replace the estate's 412 homes with 1,050 new ones" / "about 1,000 homes
    built where 412 now stand" (an estate's rebuilding); "will cut its fleet of 48 buses to
    30" / "about 30 buses will stay in service of the 48 it runs now" (a bus operator).
    Holds: "would replace the 412 homes with 1,050 new ones" / "about 1,000 homes built where
    380 now stand" (one figure matched: the 412 and the 380 still differ); "killed 12 and
    hurt 15" / "15 died" (no claim gives both of the figures set against each other); "the
    jobless rate was 4.6% for women and 5.2% for men" / "4.6% for men and 5.2% for women"
    (figures of two items, each named).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    found = []
    for claim, own, figure in ((pair.b, pair.fb, pair.fa), (pair.a, pair.fa, pair.fb)):
        given = _figure_given(claim, own, figure, pair.engine)
        if given is None:
            return None
        found.append(given)
    return (
        f"“{pair.fa.text}” and “{pair.fb.text}” differ, but each claim gives the other's "
        f"figure too (“{found[1]}”, “{found[0]}”): the claims give both figures, "
        "set against each other crosswise, not compared."
    )


_A_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w,]\d)"
)
"""A number as written in a claim: "412", "1,050", "4.5"."""


_A_MEASURE_AROUND = re.compile(r"\s*(?:%|per\s*cent|percent|[a-z]*illion|bn|m\b|k\b)", re.I)


def _figure_given(claim: Claim, own: FieldValue, figure: FieldValue, engine: Engine) -> str | None:
    """A number of ``claim``, other than its field ``own``, that gives ``figure``, or None.

    Read from the words, a number that names nothing it counts or names it only by "ones"
    ("where 412 now stand", "1,050 new ones"): the same number, or one the figure's rounding
    or hedge takes in. Not a number inside a date of the claim, nor a figure that names
    what it counts ("5.2% for men" is a figure of its own item).
    """
    from checkfacts.rules import compare_fields

    v = figure.value
    if not isinstance(v, QuantityValue) or v.tally is not None:
        return None
    skip = [
        claim.offsets(f.span)
        for f in claim.fields
        if f.kind == "date"
        or f.span == own.span
        or getattr(f.value, "unit", None) not in (None, "one")  # "5.2% for men": an item's
    ]
    for m in _A_NUMBER.finditer(claim.text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        if _A_MEASURE_AROUND.match(claim.text[m.end() :]) or re.search(
            r"[£$€¥]\s*$", claim.text[: m.start()]
        ):
            continue  # "5.2% for men", "£2.10": a figure of its own measure
        number = float(m.group().replace(",", ""))
        value = v.model_copy(
            update={"low": number, "high": number, "approx": False, "bound": None,
                    "modifier": None, "number_text": m.group(), "precision": 1}
        )  # fmt: skip
        read = figure.model_copy(update={"value": value, "text": m.group()})
        if compare_fields(read, figure, engine).verdict in (Verdict.AGREE, Verdict.COMPATIBLE):
            return m.group()
    return None


class UnsureAlignment(RuleSettings):
    """How alike two claims must be for their values to differ."""

    margin: float = Field(
        0.05,
        description="How much more than the alignment threshold (`similarity`) two claims "
        "must resemble each other for their values to conflict or differ in a nuance.",
    )


def _one_sum_decided_on(pair: Pair) -> bool:
    """Whether two acts decide one sum, the same figure in both claims, opposite ways.

    "The committee approved £1.1 million to hire chargers" / "councillors refused to spend
    an extra £1.1m on chargers": the sum ties the two claims to one decision, however
    little else their words share (:func:`~checkfacts.rules.events.one_sum_decided`).
    """
    va, vb = pair.fa.value, pair.fb.value
    if pair.kind != "event" or not isinstance(va, EventValue) or not isinstance(vb, EventValue):
        return False
    if not one_sum_decided(va, vb):
        return False
    sums = [
        {
            (v.low, v.high, v.unit)
            for f in claim.fields
            if isinstance(v := f.value, QuantityValue) and v.unit in CURRENCIES and v.low
        }
        for claim in (pair.a, pair.b)
    ]
    return bool(sums[0] & sums[1])


@rule("compare.unsure_alignment", "not_compared", UnsureAlignment)
def unsure_alignment(cmp: Comparison, pair: Pair, s: UnsureAlignment) -> str | None:
    """Claims aligned only barely may speak of different events: their difference is set aside.

    Fires: a date conflict between two claims of similarity 0.57 (threshold 0.55 + 0.05).
    Holds: a date conflict between two claims of similarity 0.8; two ages given beside one
    full name ("Paul Marsh, 52, is serving a life term" / "how Paul Marsh, 53, fled the
    van"; "Graham Teale, 58, must pull down the extension" / "the 63-year-old, Graham Teale,
    has until March"), which describe that person whatever else the claims tell; two tolls
    that agree on one measure ("2 dead, 2 hurt" / "1 dead, 2 injured"), one tally; one verb
    told of one person named on both sides ("Ortiz has entered a clinic, her agent denied" /
    "after months of rumours, Ortiz has finally entered the clinic"), told with another
    certainty; one verb told of one person pointed out by the same age, in claims aligned
    above the bar ("a 34-year-old man was arrested on Monday" / "a man aged 34 who was
    arrested on Tuesday"); one verb told of one thing on both sides, in claims aligned as
    one ("no ransom had been paid for their release" / "a ransom was paid to the gang, an
    official said"; "the auction house did not name the buyer" / "the auction house named
    the buyer as a private museum"); two figures told in the same words, in claims aligned
    above the bar ("the satellite, built by Halvern, cost €240 million to build and launch"
    / "Corvina-2, which cost €310 million to build and launch"); one limit named by both,
    the outcome on either side of it ("delivered within its £38 million budget" / "costs
    rose above the original £38 million budget"); one quotation, word for word, credited to
    two speakers, however the claims around it differ; two sums of one noun, in claims
    aligned above the bar ("the whisky is valued at about £380,000" / "the company put the
    value of the stolen whisky at more than £600,000"; "the jewels are worth about £2
    million" / "police put the value of the jewels at £3.5 million"); one vehicle's load, in
    claims aligned above the bar ("a lorry loaded with 4,800 pairs of trainers" / "a lorry
    carrying 8,400 pairs of trainers", :func:`one_load`); one price told by the buyer and
    the seller, in claims aligned above the bar ("drivers of cars will pay £2.40 per
    journey" / "a standard car journey will cost £3.20", :func:`one_price`); counts of what
    someone found, in claims aligned above the bar ("when a scanner flagged 14 parcels" /
    "when 23 parcels labelled as supplements showed up on a scanner", :func:`one_count_found`);
    counts of the people one act befell, in claims aligned above the bar ("five men have been
    arrested in dawn raids" / "four men, aged between 23 and 51, were arrested",
    :func:`_one_group_acted`); the days of one verb told of one thing, in claims aligned as
    one ("contractors put up the crossing on Tuesday" / "the crossing was installed last
    Thursday", :func:`_one_thing_dated`); the two ages of the one person one act befell, in
    claims aligned as one ("a 37-year-old man was arrested" / "police arrested a 27-year-old
    man", :func:`_one_act_two_ages`).
    """
    least = pair.engine.similarity + s.margin
    if not _flagged(cmp) or pair.alike >= least or _one_holder(pair):
        return None  # an age describes its holder, however alike the claims that give it
    if _one_limit(cmp):
        return None  # one figure named as one limit by both: what the claims compare
    if pair.tallied:
        return None  # "2 dead, 2 hurt" / "1 dead, 2 injured": one tally, its dead apart
    if pair.kind == "attribution" and one_quotation(pair.a, pair.b):
        return None  # one quotation, word for word: who said it is what is compared
    if _one_named_act(pair) or (pair.alike >= pair.engine.similarity and _one_aged_act(pair)):
        return None  # the same person doing the same, told each way: the rest is framing
    if pair.aligned and _one_thing_acted(pair):
        return None  # the same thing done, or not: whether it was is what is compared
    if pair.aligned and pair.alike >= pair.engine.similarity and _figures_told_alike(pair):
        return None  # "cost €240 million to build and launch": one measure, in its words
    if pair.aligned and pair.alike >= pair.engine.similarity and one_sum_of(pair):
        return None  # "is valued at £380,000" / "put the value at £600,000": one value
    if pair.aligned and pair.alike >= pair.engine.similarity and one_load(pair):
        return None  # "a lorry loaded with 4,800 pairs" / "a lorry carrying 8,400 pairs"
    if pair.aligned and pair.alike >= pair.engine.similarity and _one_sum_decided_on(pair):
        return None  # "approved £1.1 million for chargers" / "refused to spend £1.1m on them"
    if pair.aligned and pair.alike >= pair.engine.similarity and one_price(pair):
        return None  # "drivers will pay £2.40 per journey" / "a car journey will cost £3.20"
    if pair.aligned and pair.alike >= pair.engine.similarity and one_count_found(pair):
        return None  # "a scanner flagged 14 parcels" / "23 parcels showed up on a scanner"
    if pair.aligned and pair.alike >= pair.engine.similarity and _one_group_acted(pair):
        return None  # "five men have been arrested in raids" / "four men were arrested"
    if pair.aligned and _one_dated_act(pair):
        return None  # "cancelled 38 operations on Tuesday" / "23 were cancelled on Tuesday"
    if pair.aligned and pair.kind == "quantity" and _one_act_two_ages(pair):
        return None  # "a 37-year-old man was arrested" / "police arrested a 27-year-old man"
    if pair.aligned and pair.kind == "date" and _one_thing_dated(pair):
        return None  # "put up the crossing on Tuesday" / "the crossing was installed Thursday"
    return (
        f"The claims resemble each other {pair.alike:.2f}, less than {least:.2f}: not sure "
        "enough that they speak of one thing."
    )


class DifferentScales(RuleSettings):
    """When values told at two scales are two things."""

    margin: float = Field(
        0.25,
        description="How much more than `similarity` two claims must resemble each other for "
        "values told at different scales (a day / a year; figures 10 times apart) to differ.",
    )
    ratio: float = Field(10.0, description="Figures this many times apart are at two scales.")


_SCALE = {"day": 0, "week": 0, "month": 1, "season": 1, "quarter": 1, "half": 2, "year": 2}
_SCALE.update(decade=3, century=4)
"""Scale of a date's grain: a day and a week are one scale, a month the next, a year
the next again."""


def _scales_apart(a: FieldValue, b: FieldValue) -> bool:
    assert isinstance(a.value, DateValue) and isinstance(b.value, DateValue)
    sa, sb = _SCALE.get(a.value.grain), _SCALE.get(b.value.grain)
    return sa is not None and sb is not None and sa != sb


def _magnitudes_apart(a: FieldValue, b: FieldValue, ratio: float) -> str | None:
    ma, mb = magnitude(a), magnitude(b)
    if ma is None or mb is None or ma[0] != mb[0] or ma[1] <= 0 or mb[1] <= 0:
        return None
    return ma[0] if max(ma[1], mb[1]) / min(ma[1], mb[1]) > ratio else None


@rule("compare.different_scales", "not_compared", DifferentScales)
def different_scales(cmp: Comparison, pair: Pair, s: DifferentScales) -> str | None:
    """A year beside a day, or figures ten times apart, in claims that are not near-paraphrases.

    Fires: "on Friday" in the news against "in 2016" in its background, claims 0.7 alike;
    figures lined up across claims that were not aligned, however alike they read ("1,460
    candidates will move up a grade" / "about 31,400 candidates took the subject"; "some
    300 residents were evacuated" / "the town has 4,500 residents").
    Holds: "signed in 2019" / "signed on March 3, 2021", claims 0.9 alike (one event, two
    scales: flagged).

    Spans of time that far apart are always two spans ("four hours before the
    deadline" / "for 30 days"): nobody misreports a month as a few hours.
    """
    if not _flagged(cmp):
        return None
    # claims that were not aligned as one are no paraphrase however alike they read
    near_paraphrase = pair.aligned and pair.alike >= pair.engine.similarity + s.margin
    if pair.kind == "date" and _scales_apart(pair.fa, pair.fb) and not near_paraphrase:
        return "A date told at another scale (a day beside a month or a year): two things."
    if pair.kind == "quantity":
        dimension = _magnitudes_apart(pair.fa, pair.fb, s.ratio)
        if dimension is not None and (not near_paraphrase or dimension == "duration"):
            return f"Figures more than {s.ratio:g} times apart: two different things."
    return None


class CopiedRelativeDate(RuleSettings):
    """When two copies of one sentence differ only in a date read from each copy's day."""

    same_words: float = Field(
        90.0,
        description="Least rapidfuzz ratio (0-100) of the two sentences, their date words "
        "taken out, for them to be one sentence copied.",
    )


_DEICTIC = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
"""Date words that point at the day of writing."""


def _without(claim: Claim, field: FieldValue) -> str:
    start, end = claim.offsets(field.span)
    return default_process(claim.text[:start] + " " + claim.text[end:])


@rule("compare.copied_relative_date", "not_compared", CopiedRelativeDate)
def copied_relative_date(cmp: Comparison, pair: Pair, s: CopiedRelativeDate) -> str | None:
    """One sentence copied word for word, whose "today" is read from each copy's date.

    A wire story runs in many papers, often days apart, and a copy may keep "today" or
    "this afternoon" as the wire wrote it while another names the day; read from the
    later copy's date, the same words fall on a later day. The sentences being one, the
    difference is the copies' dates, not a fact.

    Fires: "The mill shut its gates for good today" (a copy of May 8) / "The mill shut
    its gates for good Monday" (May 6); "calls to the mayor's office were not returned
    this afternoon" (a Tuesday copy) / "... Monday afternoon".
    Holds: "the company announced the closure of the mill today" / "workers were told on
    Monday that their mill would shut" (two sentences); "the mill shut ... Tuesday" /
    "the mill shut ... Monday" (a day named in both copies: one was changed).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    told = [f for f in (pair.fa, pair.fb) if _DEICTIC.search(f.text)]
    if len(told) != 1:
        return None
    alike = fuzz.ratio(_without(pair.a, pair.fa), _without(pair.b, pair.fb))
    if alike < s.same_words:
        return None
    return (
        f"The two sentences are one, copied ({alike:.0f}/100 alike without their dates): "
        f"“{told[0].text}” is read from its copy's publication date, which for a reprint may "
        "be days after the story was written; not compared."
    )


class ItemsOfASeries(RuleSettings):
    """When two ranks of one noun name two items of a series."""

    margin: float = Field(
        0.25,
        description="How much more than `similarity` two claims must resemble each other for "
        "two ranks of one thing ('her second marriage' / 'her third marriage') to differ.",
    )


OCCASIONS = frozenset(
    ["day", "night", "week", "weekend", "month", "year", "decade", "anniversary", "birthday",
     "time", "round", "term", "quarter", "half", "season", "session", "edition", "game",
     "match", "race", "stage", "leg", "inning", "hour", "minute", "attempt", "try", "vote",
     "ballot", "phase"]
)  # fmt: skip
"""Nouns whose rank counts a recurring occasion ("the sixth straight day", "the 60th
anniversary", "his third term"): each telling of the story ranks the same occasion,
so two ranks disagree (or the count moved on)."""


_IN_A_PERIOD = re.compile(
    r"^\s+(?:so\s+far\s+)?(?:this|last|of|in|since|during)\s+(?:the\s+)?(?:year|month|week"
    r"|season|quarter|decade|spring|summer|autumn|fall|winter|[12]\d{3}|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b",
    re.I,
)
"""A period right after a rank that counts occurrences in it: "its third cut this year",
"the second rate cut of 2025", "the fourth strike since November"."""


def _ranked_in_a_period(field: FieldValue, claim: Claim) -> bool:
    """Whether a rank counts occurrences within a period ("the third cut this year")."""
    end = field.span[1] - claim.span[0]
    return 0 <= end <= len(claim.text) and _IN_A_PERIOD.match(claim.text[end:]) is not None


@rule("compare.items_of_a_series", "not_compared", ItemsOfASeries)
def items_of_a_series(cmp: Comparison, pair: Pair, s: ItemsOfASeries) -> str | None:
    """Two ranks of a thing that comes in a series, in claims that are not near-paraphrases.

    A rank of a thing ("the second book", "her third marriage", "the first victim")
    picks one item of a series; claims that say different things of two ranks speak of
    two items, the books of a trilogy or the marriages of a life.

    Fires: "The Salt Road, the second novel in her series" / "the film of her first
    novel", claims 0.75 alike; "after his second marriage collapsed" / "his third
    marriage lasted barely a year", claims 0.75 alike.
    Holds: "his second marriage lasted a year" / "his third marriage lasted a year",
    claims 0.95 alike (one marriage, two ranks); "the sixth straight day of the strike" /
    "its seventh straight day" (ranks of an occasion); "the second-largest port" / "the
    third-largest port" (a superlative ranks one thing); "its third rate cut this year" /
    "the bank's second rate cut of 2025" (both count occurrences in a period: the count
    of one cut so far).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    units = []
    for f in (pair.fa, pair.fb):
        value = f.value
        if not getattr(value, "ordinal", False) or not getattr(value, "unit", None):
            return None
        units.append(str(value.unit))  # type: ignore[union-attr]
    unit = units[0]
    if units[1] != unit or unit in OCCASIONS or unit.endswith("est") or "-" in unit:
        return None  # a superlative ranks one thing ("third-largest", "most-watched")
    if unit in {"most", "least"} or pair.alike >= pair.engine.similarity + s.margin:
        return None
    if _ranked_in_a_period(pair.fa, pair.a) and _ranked_in_a_period(pair.fb, pair.b):
        return None
    return (
        f"“{pair.fa.text}” and “{pair.fb.text}” rank two items of a series, in claims that "
        f"resemble each other {pair.alike:.2f}: they may speak of two {plural(unit)}, not "
        "one ranked twice."
    )


_NEW_THING = re.compile(r"\b(?:the|its|their|a)\s+new\s+(?P<noun>[a-z]{3,})\b", re.I)
_USUAL_THING = re.compile(
    r"\b(?:the|its|their)\s+(?:usual|old|normal|existing|current|original|traditional|present)"
    r"\s+(?P<noun>[a-z]{3,})\b",
    re.I,
)
"""A thing told as new, and the same thing told as the one there was before: "the first run
on the new course" / "this Saturday's run will go ahead on the usual course"."""


@rule("compare.old_and_new", "not_compared")
def old_and_new(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Days of a thing told on a new one and on the usual one: two occasions.

    "The first run on the new course will take place on Saturday 7 June" and "this Saturday's
    run will go ahead on the usual course" date two runs: the last on the old course and the
    first on the new.

    Fires: "the first run on the new course will take place on Saturday 7 June" / "this
    Saturday's run will go ahead on the usual course" (a parkrun's move); "the first market
    at the new site will be held on Saturday 6 December" / "Saturday's market will be held
    at the old site as normal" (a market's move).
    Holds: "the first run on the new course will take place on Saturday 7 June" / "the first
    run on the new course will be on Saturday 14 June" (one occasion: the days conflict).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    for told_new, told_old in ((pair.a, pair.b), (pair.b, pair.a)):
        new = {m["noun"].lower() for m in _NEW_THING.finditer(told_new.text)}
        old = {m["noun"].lower() for m in _USUAL_THING.finditer(told_old.text)}
        if both := sorted(new & old):
            return (
                f"One claim dates something on the new {both[0]}, the other on the usual "
                f"one: two occasions, not compared."
            )
    return None


@rule("compare.different_occasions", "not_compared")
def different_occasions(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Dates that name two different occasions date two things.

    One verb may govern two dates, one of them the date of another occasion it names:
    "sentenced on Saturday" / "sentenced for the May 2 shooting", "fined on Tuesday" /
    "fined over the June 3 spill". The second dates the shooting or the spill, not the
    sentence or the fine.

    Fires: "during their Jan. 27 dinner" / "a Feb. 8 encounter"; "the May 3 hearing" /
    "the May 10 verdict"; "was sentenced Saturday" / "was sentenced for the March 11
    shooting"; "was fined on Tuesday" / "was fined for the June 3 spill"; "has been a
    best-seller since its launch in 2023" / "which sold 9,600 of the vans last year" (an
    electric van); "a festival favourite since its debut in 2019" / "which played 40 shows
    in 2018" (a band).
    A date that hangs on its occasion and no verb ("since its launch in 2023") dates that
    occasion alone: beside a date of another verb ("sold 9,600 vans last year") it dates
    another event.

    Holds: "the March 9 signing" / "the March 10 signing" (one occasion: the dates
    conflict); "the March 9 signing" / "signed on March 10" (one names no occasion, and
    the signing is what was signed); "inked on March 10" / "the March 9 signing" (other
    verbs: a plain conflict).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    fa, fb = pair.fa, pair.fb
    if fa.occasion is not None and fb.occasion is not None:
        if fa.occasion == fb.occasion:
            return None
        return f"“{fa.text}” dates a {fa.occasion}, “{fb.text}” a {fb.occasion}: two occasions."
    oa, ob = _occasion(fa), _occasion(fb)
    if (oa is None) == (ob is None):
        return None
    named, plain = (fa, fb) if oa is not None else (fb, fa)
    occasion = oa or ob or ""
    if named.governor is None and plain.governor is not None and plain.governor not in TELLING:
        if one_event(occasion, plain.governor):
            return None
        return (
            f"“{named.text}” dates the {occasion} and no verb, “{plain.text}” the "
            f"“{plain.governor}”: two events."
        )
    if fa.governor is None or fa.governor != fb.governor:
        return None
    if one_event(occasion, str(plain.governor)):
        return None
    return (
        f"“{named.text}” dates the {occasion} named beside “{named.governor}”, “{plain.text}” "
        f"the “{plain.governor}” itself: two occasions."
    )


def _occasion(field: FieldValue) -> str | None:
    """The occasion a date names, unless it names a stretch of time ("Easter weekend")."""
    return field.occasion if field.occasion not in TIME_NOUNS else None


TELLING = (SAYING - frozenset(["go", "mean"])) | frozenset(["confirm"])  # fmt: skip
"""Verbs of telling: a date they govern is when something was said, not when it happened.
Not "go" and "mean", which the events leave out as empty words ("went on", "it means")
but which a date most often dates as a doing ("signs will begin going up in January",
"went to hospital on Monday")."""

TIME_NOUNS = frozenset(
    [
        "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month",
        "year", "season", "holiday", "period", "time", "date", "hour", "minute", "moment",
        "quarter", "decade", "century", "term", "session", "end", "start", "beginning",
    ]
)  # fmt: skip
"""Nouns a date may hang on that name a stretch of time, not an occasion ("Easter weekend")."""


LASTING = frozenset(["run", "last", "continue", "stay", "remain"])
"""Verbs of lasting, whose "until" dates an end: "will run until March 14" ends then."""


def event_of(field: FieldValue) -> str | None:
    """What a date or count belongs to: the occasion it names, else the verb that governs it.

    A date a verb of lasting holds until (:data:`LASTING`) dates its end: "the consultation
    will run until March 14" and "the consultation is due to end on March 28" date one end,
    and so does "will stay closed until at least the end of September".
    """
    if field.occasion is not None and field.occasion not in TIME_NOUNS:
        return field.occasion
    v = field.value
    if (
        isinstance(v, DateValue)
        and v.mod in ("until", "until_at_least")
        and (field.governor in LASTING)
    ):
        return "end"
    return field.governor


def one_doing(fa: FieldValue, fb: FieldValue) -> bool:
    """Whether two dates belong to one event that is done, not told.

    Both name their event (an occasion or a governing verb), the events are one, and it
    is no telling: "said on Tuesday" / "said on Saturday" may be two statements.
    """
    ea, eb = event_of(fa), event_of(fb)
    if ea is None or eb is None or ea in TELLING or eb in TELLING:
        return False
    return one_event(ea, eb)


_HELD_AT = re.compile(
    r"\bat\s+(?:an?|the|its|their|his|her|this|next|last)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?P<held>" + "|".join(sorted(HELD, key=len, reverse=True)) + r")s?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3})?\s+(?:on|in)\s+$",
    re.I,
)
"""An occasion a date follows, with "at" and perhaps where it is held: "question officials
at a public meeting in the village hall on Thursday"."""


def held_at(field: FieldValue, claim: Claim) -> str | None:
    """The occasion held on a date that the date's verb was done at, else None.

    "Residents will question officials at a public meeting in the village hall on Thursday,
    March 12" dates the questioning and the meeting both: the questioning is done at the
    meeting, on its day. Read from the words before the date (:data:`_HELD_AT`).
    """
    at = _in_claim(field, claim)
    if at is None:
        return None
    m = _HELD_AT.search(claim.text[max(0, at[0] - 80) : at[0]])
    return None if m is None else m["held"].lower()


def one_occasion_held(fa: FieldValue, a: Claim, fb: FieldValue, b: Claim) -> bool:
    """Whether two dates date one occasion, one of them a verb done at it (:func:`held_at`).

    "Will question officials at a public meeting on Thursday, March 12" and "a public
    meeting will be held on March 19" date one meeting; so do "pleaded guilty at a hearing
    on April 3" and "the hearing on April 5".
    """
    ha, hb = held_at(fa, a), held_at(fb, b)
    if ha is None and hb is None:
        return False
    ea, eb = {ha, event_of(fa)} - {None}, {hb, event_of(fb)} - {None}
    return any(x == y and x in HELD for x in ea for y in eb)


def one_event(a: str, b: str) -> bool:
    """Whether two verbs or occasion nouns name one event ("sign" and "signing", two tellings).

    Two verbs that tell one fate are one event: "was killed" and "died" date one death,
    "was wounded" and "was injured" one wounding; so are two words for one act
    (:data:`~checkfacts.rules.events.ONE_ACT`): "was detained" and "was arrested" date one
    arrest.
    """
    if a == b or (a in TELLING and b in TELLING) or one_act(a, b):
        return True
    if (told := fate_of(a)) is not None and told == fate_of(b):
        return True
    if _one_stem(a, b):
        return True
    # a noun of an act beside a verb of the same act: "investment" and "spend"
    return any(
        one_act(x, y) and _one_stem(a, x) and _one_stem(b, y)
        for group in ONE_ACT
        for x in group
        for y in group
    )


def _one_stem(a: str, b: str) -> bool:
    """Whether one word starts with the other's stem ("sign" and "signing")."""
    short, long = sorted((a, b), key=len)
    stem = short[:-1] if short.endswith("e") else short
    return len(stem) >= 3 and long.startswith(stem)


def _dates_differ(a: FieldValue, b: FieldValue) -> bool:
    """Whether two dates are "since" two different times ("since 2019" / "since 2021").

    A state told from two starts; not deadlines ("by Tuesday" / "by Wednesday"), which
    their own rules read (:func:`count_as_of`, :func:`decision_due`).
    """
    va, vb = a.value, b.value
    if not (isinstance(va, DateValue) and isinstance(vb, DateValue)):
        return False
    return va.mod == vb.mod == "since" and va.timex != vb.timex


_PARTICIPLE_BEFORE = re.compile(
    r"\b((?-i:[a-z]+)(?:ed|en|wn|ght|ung|ut))\s+(?:(?:on|at|in|during|over)\s+)?$", re.I
)
"""A participle right before a date, which the parse may hang on no verb: "samples taken on
Sunday", "samples taken earlier in the week"."""


def _dated_verb(date: FieldValue, claim: Claim) -> str | None:
    """The verb a date dates: its governor, or a participle right before it."""
    if date.governor is not None:
        return date.governor
    at = _in_claim(date, claim)
    m = _PARTICIPLE_BEFORE.search(claim.text[: at[0]]) if at is not None else None
    return m.group(1).lower() if m else None


@rule("compare.dated_apart", "not_compared")
def dated_apart(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Dates of two verbs, one of which the other claim dates itself, at another time.

    "Samples taken on Sunday came back clear" and "the notice was first issued on Friday 22
    August, once samples taken earlier in the week came back": the second claim dates the
    taking itself, so its Friday is the issuing's, not the sampling's. A bound the other
    claim gives the verb ("fell steadily until Thursday morning") tells how long, not when
    it began: no other date of it. So is a date of a thing's history told in an aside ("the
    arena, which opened in 1987,") beside another verb's date.

    Fires: "fresh samples taken on Sunday were clear" / "the notice was issued on Friday 22
    August, once samples taken earlier in the week came back" (a bathing warning); "the
    crew cleared the line on Monday" / "the line closed on Saturday, after crews cleared a
    fallen tree on Friday" (a rail line's storm); "the arena, which opened in 1987" / "the
    arena recorded 160,000 visits last year" (an ice rink's lease); "the school, which opened
    in 1962" / "the school admitted 240 pupils last year" (a school's expansion).
    Holds: "samples taken on Sunday" / "samples were taken on Monday" (one verb: the dates
    conflict); "snow began falling shortly after 6 p.m." / "the snow arrived around 9 p.m.
    and fell steadily until Thursday morning" (a snowstorm: a bound on the falling); "the
    findings were published on Wednesday" / "the study, which appeared on Monday" (a
    telescope's find: an aside is no other act).
    """
    if pair.kind != "date" or not _flagged(cmp) or pair.fa.occasion or pair.fb.occasion:
        return None  # days lined up as one occasion's (a start, a meeting): one event
    ga, gb = _dated_verb(pair.fa, pair.a), _dated_verb(pair.fb, pair.b)
    if ga is None or gb is None or one_event(ga, gb):
        return None
    for verb, claim, own, other, other_field in (
        (ga, pair.a, pair.fa, pair.b, pair.fb),
        (gb, pair.b, pair.fb, pair.a, pair.fa),
    ):
        dated = [
            f
            for f in other.fields
            if f.kind == "date"
            and f is not other_field
            and _dated_verb(f, other) == verb
            and isinstance(f.value, DateValue)
            and f.value.mod not in date_rules.BOUND_MODS
        ]
        if dated:
            return (
                f"“{own.text}” dates “{verb}”, which the other claim dates itself "
                f"(“{dated[0].text}”): two acts, not one date told two ways."
            )
        if _history_aside(own, claim, verb):
            return (
                f"“{own.text}” dates “{verb}”, told in an aside of the thing's history: not "
                "the other claim's act."
            )
    return None


def _history_aside(date: FieldValue, claim: Claim, verb: str) -> bool:
    """Whether a date is of a thing's history, told in an aside ("the arena, which opened in").

    A point more than a year before the article, its verb an aside's: "the arena, which
    opened in 1987,".
    """
    v = date.value
    if not isinstance(v, DateValue) or v.mod is not None or v.latest is None or not v.published:
        return False
    gone = dt.date.fromisoformat(str(v.published)) - dt.date.fromisoformat(str(v.latest))
    events = [
        f.value
        for f in claim.fields
        if isinstance(f.value, EventValue) and f.value.predicate.split()[0] == verb.split()[0]
    ]
    return gone.days > 365 and bool(events) and all(e.aside for e in events)


RAISING = frozenset(["rise", "increase", "raise", "climb", "jump", "grow", "go up", "put up"])
LOWERING = frozenset(["fall", "cut", "reduce", "drop", "decrease", "go down", "lower", "slash"])
"""Verbs that change a thing by a share, up or down: "raised its hire charges by 40 per cent",
"the hire charge rose by a quarter", "cut allotment rents by 10 per cent"."""


def _one_way_changes(pair: Pair) -> bool:
    """Whether two shares are each a change of a thing the same way ("raised" / "rose")."""
    if not (getattr(pair.fa.value, "unit", None) == getattr(pair.fb.value, "unit", None) == "%"):
        return False
    ways = [_way(pair.fa, pair.a), _way(pair.fb, pair.b)]
    return ways[0] is not None and ways[0] == ways[1]


_GONE_WAY = re.compile(r"\b(?:go|goes|going|gone|went)\s+(up|down)\s+(?:by\s+)?$", re.I)
"""A change told by "go up" or "go down" before its share: "will go up by [25 per cent]"."""


def _way(field: FieldValue, claim: Claim) -> str | None:
    """Whether a share is a change up or down, by its verb ("raised", "will go up by")."""
    if field.governor in RAISING:
        return "up"
    if field.governor in LOWERING:
        return "down"
    at = _in_claim(field, claim)
    if field.governor == "go" and at is not None:
        gone = _GONE_WAY.search(claim.text[max(0, at[0] - 30) : at[0]])
        return gone[1].lower() if gone else None
    return None


@rule("compare.different_events", "not_compared")
def different_events(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A date of saying beside a date of doing, or values lined up across claims of two events.

    Two claims aligned as one may tell the same happening in other verbs ("inked" /
    "signed"), so a plain conflict between them stands. Only a date of telling against a
    date of doing sets them apart ("the director told reporters on Thursday night" dates
    the telling), and so do two dates of different verbs that nearly fit ("recruited
    him two weeks ago" / "met him last week"): a near miss between two verbs is more
    likely two events than one date told loosely, unless the claims give the same figure
    of one measure ("the river peaked on Tuesday at 4.7 metres" / "crested on Wednesday
    night, when the gauge read 4.7 metres"), which ties the two verbs to one event.
    Values lined up across claims that were not aligned are compared only when both
    belong to one event: the same verb, two tellings, or a verb and its noun ("signed" /
    "the signing"); two counts of the event their unit names ("tests", "strikes") belong
    to it, whatever verb each phrase hangs on, unless their dates are apart. Values lined
    up as the one figure each source gives of what they count or price
    (``Pair.told_once``) are compared when a sum is tied by its noun ("a face value of
    £480,000" / "worth £840,000 at face value") or a score by its scale ("posted 97 out of
    110" / "finished with 91 points out of a possible 110"), or one clause names no verb;
    two verbs still part two counts ("seven bullets" hit him / "four bullets" loaded the gun),
    but not a count of what a place holds and of what was found there
    (:func:`_what_it_holds`), nor one change of a thing by a share told by two verbs of one
    way ("raised its hire charges by 40 per cent" / "the hire charge rose by a quarter").

    Fires: "the director told reporters on Thursday night" / "in a Feb. 8 meeting with
    the chief of staff"; "the wages were paid, the agency confirmed last night" / "had
    not done so by last night" (a telling beside a bound on the doing, which otherwise
    would read as one value worded two ways); "the club hired the coach two weeks ago" /
    "the coach met the players last week"; "Yesterday, the police explained" / "anger
    grew Wednesday" (a date that opens the sentence dates its verb); "the changes will take
    effect on May 2" / "the plan was backed at a meeting on January 17" (two verbs, one
    done and one still ahead when written); "the agency said on
    Monday" / "the spill was first reported on Saturday evening" and "the council said on
    Friday" / "the leak was first reported on Tuesday" (a statement, and when the thing
    first came to light: a river pollution, a gas leak); across claims,
    "Israel presented the files on Monday" / "the administration embraced the claims on
    Tuesday"; "had worked for Canopy Line since 2019" / "Canopy Line, which has held the park
    contract since 2021" and "had run the cafe since 2016" / "the cafe, which has been
    owned by the trust since 2018" (two bounds on two dates of two verbs); "the museum
    opened in 1979" / "plans to open a gallery next year" and "the ground last hosted the
    final in 2011" / "will host the final next spring" (one verb, done long before its
    article and still ahead: two occasions).
    Holds: "the agencies inked the accord on Tuesday" / "the accord was signed on March
    9" (one event in other words; so are "recently inked an MoU" / "the agencies signed
    a memorandum on Tuesday", though their doers and things done to share no word);
    across claims, "the minister said on Friday" / "state media announced early
    Saturday" (two tellings; not "the virus was confirmed on Tuesday" / "officials said on
    Wednesday", a finding and a telling), two ages, which describe their
    holder, not an event ("Marsh, 52, fled on foot" / "the search for Marsh, 53"), and
    two tallies of one year ("a run of over 20 missile tests last year" / "fired 23
    missiles during 16 tests in 2017"; "a record of 11 strikes last year" / "walked out
    in nine strikes in 2022").
    """
    if pair.kind != "date" and not (pair.kind == "quantity" and not pair.aligned):
        return None
    if pair.kind == "quantity" and measure(pair.fa) == measure(pair.fb) == "age":
        return None  # lined up by their holder (checkfacts.across), whatever each clause says
    if pair.kind == "quantity" and pair.told_once and sum_noun(pair.fa, pair.a) is not None:
        return None  # a sum tied by its noun ("a face value of" / "worth ... at face value")
    if pair.kind == "quantity" and pair.told_once and _one_way_changes(pair):
        return None  # "raised its hire charges by 40 per cent" / "the charge rose by a quarter"
    if pair.kind == "quantity" and pair.told_once and _told_once_measure(pair.fa):
        return None  # the one wind speed each source gives ("was recorded" / "were measured")
    if pair.kind == "quantity" and pair.told_once and _on_a_scale(pair.fa):
        return None  # a score tied by its scale ("97 out of 110" / "91 points out of 110")
    if (
        pair.kind == "quantity"
        and pair.told_once
        and all_of(pair.fa, pair.a)
        and all_of(pair.fb, pair.b)
    ):
        return None  # a group's whole number ("all 23 residents" / "all 31 residents")
    if lost_their_jobs(pair.fa, pair.a) and lost_their_jobs(pair.fb, pair.b):
        return None  # one story's redundancies ("will be laid off" / "lose their jobs")
    if jobs_cut(pair.fa) and jobs_cut(pair.fb):
        return None  # one story's job cuts ("six posts will be cut" / "nine jobs will go")
    if pair.kind == "quantity" and pair.told_once and one_turnout(pair):
        return None  # one fire's turnout ("60 firefighters were sent" / "40 ... fought it")
    # a bound and a point are one value worded two ways ("in" / "by 2024") unless one dates
    # a telling and the other a doing ("the agency confirmed last night" / "had not paid
    # by last night")
    bound = cmp.rule == "date.bound_vs_point" and pair.aligned
    # two bounds on two dates ("since 2019" / "since 2021") nearly fit as a near miss does;
    # "until" / "until at least" the same day is one value worded two ways
    near = cmp.rule in NEAR_MISSES or (
        cmp.rule == "date.bound_differs" and _dates_differ(pair.fa, pair.fb)
    )
    if not (cmp.verdict is Verdict.CONFLICT or near or bound):
        return None  # values that fit, or one value worded two ways ("in" / "by 2024")
    ea, eb = event_of(pair.fa), event_of(pair.fb)
    if pair.aligned:
        if ea in TELLING and eb in TELLING and _first_told(pair.fa) != _first_told(pair.fb):
            first = pair.fa if _first_told(pair.fa) else pair.fb
            other = pair.fb if first is pair.fa else pair.fa
            return (
                f"“{first.text}” dates when it was first reported, “{other.text}” a later "
                "statement: two tellings, not compared."
            )
        if pair.kind == "date" and _long_done_and_ahead(pair.fa, pair.fb):
            return (
                f"“{pair.fa.text}” and “{pair.fb.text}” date one done long before its article "
                "and one still ahead: two occasions, not compared."
            )
        if near and pair.kind == "date" and (ea is None) != (eb is None):
            state = pair.fa if ea is None else pair.fb
            if _a_state(state, pair.a if state is pair.fa else pair.b):
                act = pair.fb if state is pair.fa else pair.fa
                return (
                    f"“{state.text}” dates a state (“is”), “{act.text}” an act "
                    f"(“{ea or eb}”): two moments of the story, not one date told loosely."
                )
        if ea is None or eb is None or one_event(ea, eb):
            return None
        if pair.kind == "date" and _done_and_ahead(pair.fa, pair.fb):
            return (
                f"“{pair.fa.text}” (“{ea}”) and “{pair.fb.text}” (“{eb}”) date two verbs, one "
                "done before its article and one still ahead: two events, not compared."
            )
        if near and not pair.tallied:
            return (
                f"“{pair.fa.text}” (“{ea}”) and “{pair.fb.text}” (“{eb}”) nearly fit but "
                "date different verbs: more likely two events than one date told loosely."
            )
        if (ea in TELLING) == (eb in TELLING):
            return None
        said, done = (pair.fa, ea) if ea in TELLING else (pair.fb, eb)
        other = pair.fb if said is pair.fa else pair.fa
        return (
            f"“{said.text}” dates when it was said (“{done}”), “{other.text}” what was done: "
            "two events, not compared."
        )
    if (ea is None or eb is None) and not pair.told_once:
        return (
            f"“{pair.fa.text}” and “{pair.fb.text}” come from claims not aligned as one, and "
            "nothing shows they belong to one event: not compared."
        )
    if ea is None or eb is None:
        return None  # the one count of its thing each source gives, one clause saying no verb
    found = _a_finding(ea, pair.a) or _a_finding(eb, pair.b)
    if (one_event(ea, eb) and (ea == eb or not found)) or _counts_its_event(pair, ea, eb):
        return None
    if pair.told_once and _what_it_holds(ea, eb):
        return None  # "a factory holding some 1,400 plants" / "a farm with 1,100 plants found"
    return (
        f"“{pair.fa.text}” belongs to “{ea}”, “{pair.fb.text}” to “{eb}”, in claims not "
        "aligned as one: two events, not compared."
    )


def _a_state(field: FieldValue, claim: Claim) -> bool:
    """Whether a date no verb governs sits in a claim whose first happening is a bare "be".

    "Firms were back online late on Wednesday night" tells how things stood then, not an
    act: beside "businesses spent Tuesday without internet", two moments of one outage.
    """
    events = [f for f in claim.fields if isinstance(f.value, EventValue) and not f.value.aside]
    if not events:
        return False
    first = min(events, key=lambda f: f.span)  # the main clause's, before any "after ..."
    return isinstance(first.value, EventValue) and first.value.predicate == "be"


def _side_of_publication(field: FieldValue) -> str | None:
    """Whether a date lies wholly before its article ("before") or wholly after ("after")."""
    v = field.value
    if not isinstance(v, DateValue) or v.published is None:
        return None
    published = str(v.published)
    if v.latest is not None and str(v.latest) < published:
        return "before"
    if v.earliest is not None and str(v.earliest) > published:
        return "after"
    return None


def _done_and_ahead(fa: FieldValue, fb: FieldValue) -> bool:
    """Whether one date lies before its article and the other after its own."""
    return {_side_of_publication(fa), _side_of_publication(fb)} == {"before", "after"}


LONG_DONE_DAYS = 366
"""Days before its article past which a thing done is no occasion still to come elsewhere."""


def _long_done_and_ahead(fa: FieldValue, fb: FieldValue) -> bool:
    """Whether one date ends over a year before its article and the other lies after its own.

    A thing done years ago and a thing still ahead are two occasions of one verb, not one
    told two ways ("the museum opened in 1979" / "plans to open a gallery next year"; "last
    hosted the final in 2011" / "will host the final next spring"). Done shortly before and
    still ahead ("opened on Monday" / "will open next week") is left to the rules: whether
    it has happened is what the sources dispute.
    """
    if not _done_and_ahead(fa, fb):
        return False
    done = fa if _side_of_publication(fa) == "before" else fb
    v = done.value
    assert isinstance(v, DateValue) and v.latest is not None and v.published is not None
    gap = dt.date.fromisoformat(str(v.published)) - dt.date.fromisoformat(str(v.latest))
    return gap.days > LONG_DONE_DAYS


HOLDING = frozenset(["hold", "contain", "house", "include", "store", "keep"])
"""Verbs that tell what a place or a thing holds: "a factory holding 1,400 plants"."""
FOUND = frozenset(["find", "discover", "uncover", "seize", "recover", "hold", "contain", "house"])
"""Verbs that tell what was found in it, or what it holds: the count of its contents."""


_ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)


def all_of(field: FieldValue, claim: Claim) -> bool:
    """Whether a count is told as all there are of its thing: "all 23 residents of the home".

    Such a count is the group's whole number, whatever is said of the group: "All 23
    residents were evacuated" and "all 31 residents were brought out" give two numbers of
    one home's residents.
    """
    return field.kind == "quantity" and is_count(field) and _all_of(field, claim)


_LOSE_JOBS = re.compile(
    r"^\s*(?:(?:staff|workers|employees|people|of\s+them)\s+)?"
    r"(?:(?:of|at)\s+(?:[\w'’&-]+\s+){1,6}?)?"  # "64 employees [of the park in Wardlow] have lost"
    r"(?:(?:have|has|had|will|would|"
    r"could|are\s+to|were|was|are)\s+)?(?:(?:been|be|now)\s+)?(?:made\s+redundant|laid\s+off"
    r"|l(?:ost|ose|oses|osing)\s+(?:their\s+)?jobs)\b",
    re.I,
)


def lost_their_jobs(field: FieldValue, claim: Claim) -> bool:
    """Whether a count of people is told as losing their jobs, right after it.

    "Of its 96 employees, 73 have been made redundant" and "some 118 staff have lost their
    jobs" count one story's redundancies, as "about 40 workers will be laid off" and "65
    staff lose their jobs" do, whatever else their claims say.
    """
    unit = str(getattr(field.value, "unit", ""))
    if not (unit in PEOPLE or COUNT_SYNONYMS.get(unit) == "worker") or not is_count(field):
        return False
    if (at := _in_claim(field, claim)) is None:
        return False
    return bool(_LOSE_JOBS.match(claim.text[at[1] : at[1] + 80]))


_CUTTING = frozenset(["cut", "go", "lose", "axe", "shed", "slash", "scrap", "disappear"])
"""Verbs a count of jobs is told going by: "six posts will be cut", "nine jobs will go"."""


def jobs_cut(field: FieldValue) -> bool:
    """Whether a count of jobs (posts, roles) is told as going (:data:`_CUTTING`).

    "Six editorial posts will be cut" and "nine editorial jobs will go" count one story's
    job cuts, as "the firm will shed 160 jobs" and "240 jobs are to be axed" do.
    """
    unit = str(getattr(field.value, "unit", ""))
    if COUNT_SYNONYMS.get(unit, unit) != "job" or not is_count(field):
        return False
    return (event_of(field) or "") in _CUTTING


def _what_it_holds(ea: str, eb: str) -> bool:
    """Whether two counts each tell what one place held: one holding, the other found or held.

    A story's one count of what a place held is told by the place ("a factory holding
    some 1,400 plants", "a warehouse housing 900 bikes") or by its finding ("a farm with
    1,100 plants has been found", "police recovered 1,200 bikes"); a count carried
    ("a bus carrying 40 passengers") beside a count hurt is no such pair.
    """
    return (ea in HOLDING and eb in FOUND) or (eb in HOLDING and ea in FOUND)


TOLD_ONCE_MEASURES = frozenset(["speed", "celsius", "fahrenheit"])
"""Measures a story gives one of, if it gives one: the wind's top gust, how fast a car was
going, how cold the night was. Each source that gives one figure of such a measure gives
the story's figure of it: "a gust of 87mph was recorded at the coastguard station" and
"gusts of 68mph were measured at the station" are lined up (:mod:`checkfacts.across`), as
"travelling at 70mph" and "doing about 45mph" are in a crash; a source that gives two (a
gust and the average wind) lines none of them up."""


def _told_once_measure(field: FieldValue) -> bool:
    """Whether a figure is of a measure a story gives one of: a speed, a temperature, a term."""
    dim = (magnitude(field) or ("",))[0]
    return dim in TOLD_ONCE_MEASURES or dim == "duration"  # a term: "jailed for 18 months"


def _first_told(field: FieldValue) -> bool:
    """Whether a date of telling dates when something was first told, not a statement.

    "Was first reported on Saturday evening" dates when the thing came to light.
    """
    verb = field.governor or ""
    return bool(verb) and bool(
        re.search(rf"\bfirst\s+(?:been\s+)?{re.escape(verb[:4])}", field.role or "", re.I)
    )


def _on_a_scale(field: FieldValue) -> bool:
    """Whether a figure is a score told out of the most it could be ("97 out of 110")."""
    return is_scale_score(str(getattr(field.value, "unit", "") or ""))


_PHRASE = re.compile(r"^[a-z][a-z'’ -]*$")


SUM_BY_ACT = {
    "award": "award", "fine": "fine", "fin": "fine", "compensate": "compensation",
    "sell": "sale", "buy": "sale", "lose": "loss",
    "steal": "theft", "snatch": "theft", "escape": "theft", "make off": "theft",
    "invest": "scheme",
}  # fmt: skip
"""Verbs whose sum is the amount of the act's own noun: "was awarded £64,800" is an award,
as "an award of £86,400" is, and "was fined £20,000" a fine ("fined" may be read "fin");
"was sold for £46 million" is the sale's (not an asking or a guide price); "customers lost
£1.3 million" is their loss; "stole £4,500", "escaped with £1,850" and "made off with
£12,000" are a theft's haul; "is to invest £1.8 million in moving" is the scheme's, as "a
£2.4 million investment" is."""
_SALE_NOUNS = frozenset(["deal", "sale", "takeover", "purchase", "acquisition"])
"""Nouns a sum bought or sold for is the sale of: "bought the tower in a deal worth £64
million" gives the sale, as "sold the tower for £46 million" does."""
_SUM_SYNONYMS = {
    "gap": "shortfall", "deficit": "shortfall", "hole": "shortfall",
    "project": "scheme", "development": "scheme", "redevelopment": "scheme", "plan": "scheme",
    "investment": "scheme", "expansion": "scheme", "extension": "scheme", "conversion": "scheme",
    "losses": "loss",
    "upgrade": "refurbishment", "renovation": "refurbishment", "revamp": "refurbishment",
    "overhaul": "refurbishment", "makeover": "refurbishment", "refit": "refurbishment",
    "modernisation": "refurbishment", "modernization": "refurbishment",
}  # fmt: skip
"""Nouns that name one sum: a budget's gap, deficit, shortfall or "black hole"; what a
building scheme costs, told as a scheme, a project, a development, a plan or an investment
("the £18m scheme" / "the £14.5m project"; "the £2.4m project" / "a £3.1 million
investment in a service"); "the £38m scheme" / "a £52m plan to extend platforms"), an
expansion, an extension or a conversion ("the £180,000 expansion" / "the £145,000 project";
"a £1.8 million investment in the move" / "the £2.4m expansion");
what works on a building cost, told as its refurbishment, upgrade, renovation, revamp,
overhaul or refit ("a £4.2m refurbishment of the baths" / "a £2.4m upgrade of the baths")."""


_ORDERED_TO = re.compile(
    r"\b(?:ordered|told|directed|required)\s+(?:[\w'’]+\s+){0,3}?to\s+pay\s+$", re.I
)
"""A sum someone was ordered to pay: what a tribunal or a court awarded ("the club has been
told to pay £52,400 to its former greenkeeper")."""


def _ordered_to_pay(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum is what someone was ordered to pay (:data:`_ORDERED_TO`)."""
    at = _in_claim(field, claim)
    return at is not None and _ORDERED_TO.search(claim.text[max(0, at[0] - 60) : at[0]]) is not None


_FOR_THE = re.compile(r"\s+for\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b")
"""A thing a sum was paid for, named with its article: "paid £460,000 [for the building]"."""
_NOT_BOUGHT = frozenset(["work", "repair", "service", "privilege", "right", "use", "damage"])
"""Things a sum is paid for that are no thing bought: "paid £2,000 for the work"."""


def _paid_for_the(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum paid is the price of one thing bought: "paid £460,000 for the building".

    Told as "bought the building for £640,000" is, it is the sale's sum. Paid for things
    (plural: "for the repairs") or for a work or a service is no purchase.
    """
    at = _in_claim(field, claim)
    m = None if at is None else _FOR_THE.match(claim.text, at[1])
    return m is not None and not m.group(1).endswith("s") and m.group(1) not in _NOT_BOUGHT


def sum_noun(field: FieldValue, claim: Claim | None = None) -> str | None:
    """The noun a sum of money is the amount of ("a final cost of £84.3m": "cost"), else None.

    Read from what the sum counts (:func:`checkfacts.fields.counted_of`): "has cost £91m",
    "a face value of £480,000", "worth £840,000" ("value"); a bare sum, from its verb
    (:data:`SUM_BY_ACT`): "was awarded £64,800", or, read in its ``claim``, "was ordered
    to pay £52,400" (:data:`_ORDERED_TO`). A sum that is the object of "paid" or "raised"
    names no such noun.
    """
    unit = getattr(field.value, "unit", None)
    if unit not in CURRENCIES:
        return None
    counted = (field.counted or "").lower()
    if not _PHRASE.match(counted):
        if field.governor == "pay" and claim is not None and _ordered_to_pay(field, claim):
            return "award"  # "has been told to pay £52,400 to its former greenkeeper"
        if field.governor == "pay" and claim is not None and _paid_for_the(field, claim):
            return "sale"  # "the charity paid £460,000 for the building"
        if claim is not None and _stolen(field, claim):
            return "theft"  # "about £3,400 was taken from the till", "got away with £20,000"
        if claim is not None and _fined(field, claim):
            return "fine"  # "fined the Tollbury-based firm £2.4m and ordered it to ..."
        if claim is not None and (put := _put_at(field, claim)) is not None:
            return put  # "papers put the cost of the project, with its fitting out, at £3.4m"
        if claim is not None and _from_a_funder(field, claim):
            return "grant"  # "has secured £24,000 from the Marrowdale Environmental Fund"
        return SUM_BY_ACT.get(field.governor or "")  # "was awarded £64,800": the award
    noun = counted.split()[-1]
    if noun in _HAUL_NOUNS and claim is not None and _stolen(field, claim):
        return "theft"  # "cash worth a total of £7,400 were taken from the gym"
    if claim is not None and _of_two_things(field, claim, noun):
        return None  # "£3.1m in late fees and interest": the total of two things
    if noun in ("total", "sum") and field.governor in SUM_BY_ACT:
        return SUM_BY_ACT[field.governor]  # "lost a total of £1.3 million": the loss
    if noun in ("cost", "costs") and claim is not None and _wrong_cost(field, claim):
        return "loss"  # "a fraud that cost customers £860,000": what the victims lost
    if noun in UNIT_WORDS or noun in FUNCTION_WORDS or len(noun) < 3:
        return None
    if unit == "GBP" and noun in ("pound", "pounds"):
        return None  # "tens of thousands of pounds": the currency (not a unit word: weight)
    if noun in _SALE_NOUNS and SUM_BY_ACT.get(field.governor or "") == "sale":
        return "sale"  # "bought the tower in a deal worth £64 million"
    if noun == "notice" and (told := _NOTICE_OF.search(field.role or "")) is not None:
        return told.group(1).lower()  # "a £100 fixed penalty notice" is the penalty's amount
    return _SUM_SYNONYMS.get(noun, noun)


_FROM_A_FUNDER = re.compile(
    r"^\s+from\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,5}"
    r"(?:Fund|Trust|Foundation|Lottery|Council|Board|Agency|Society)\b"
)
"""A funder named after a sum got from it: "£24,000 from the Marrowdale Environmental Fund"."""
_GOT = frozenset(["secure", "win", "receive", "get", "land", "obtain"])


def _from_a_funder(field: FieldValue, claim: Claim) -> bool:
    """Whether a bare sum is got from a named funder: a grant ("won £8,000 from the Rural Trust").

    So "has secured £24,000 from the Marrowdale Environmental Fund towards the project" is
    the grant "landing an £18,500 grant" tells.
    """
    at = _in_claim(field, claim)
    return (
        at is not None
        and field.governor in _GOT
        and _FROM_A_FUNDER.match(claim.text[at[1] :]) is not None
    )


_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|estimating|valued?|values|valuing|priced?|"
    r"prices|pricing|assessed|assesses|assess|set|sets|setting)\s+(?:the|its|their|a|an)\s+"
    r"(?:(?:total|overall|final|likely|full)\s+)?([a-z]+)\b[^.;:]{0,90}?\bat\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.I,
)
"""A sum told as what someone put a thing's amount at: "council papers put the cost of the
project, including its purchase, at £3.4 million", "valued the estate at £2m"."""


def _put_at(field: FieldValue, claim: Claim) -> str | None:
    """The noun a sum is put at (:data:`_PUT_AT`), else None."""
    at = _in_claim(field, claim)
    if at is None:
        return None
    m = _PUT_AT.search(claim.text[max(0, at[0] - 140) : at[0]])
    if m is None:
        return None
    noun = m.group(1).lower()
    if noun in FUNCTION_WORDS or noun in UNIT_WORDS or len(noun) < 3:
        return None
    return _SUM_SYNONYMS.get(noun, noun)


def _of_two_things(field: FieldValue, claim: Claim, noun: str) -> bool:
    """Whether a sum's noun is joined to another by "and": "£3.1m in late fees and interest".

    Not another sum joined after it ("£2.3m in late fees and £0.8m in interest").
    """
    at = _in_claim(field, claim)
    if at is None:
        return False
    return bool(
        re.match(
            rf"\s+(?:in|of)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun)}\s+(?:and|plus|&)\s+"
            r"(?![£$€\d])[a-z]",
            claim.text[at[1] : at[1] + 80],
            re.I,
        )
    )


_TAKEN_FROM = re.compile(
    r"^\s*(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:taken|stolen|snatched|grabbed)"
    r"\s+from\b",
    re.I,
)
_GOT_AWAY_WITH = re.compile(
    r"\b(?:(?:g(?:ot|et|ets|etting)|r(?:an|un|uns))\s+(?:away|off)|left|escaped|made\s+off)"
    r"\s+with\s+(?:(?:about|around|some|nearly|almost|more\s+than|up\s+to)\s+)?$"
    r"|\b(?:took|stole|snatched|grabbed|(?:made|got)\s+(?:off|away)\s+with)\s+"
    r"(?:[\w'’-]+,?\s+){1,6}?(?:worth|valued\s+at|totalling)\s+"
    r"(?:(?:a\s+total\s+of|about|around|some|nearly|almost|more\s+than|up\s+to)\s+)?$",
    re.I,
)
_HANDED_TO = re.compile(
    r"^[^.;:]{0,30}?\bto\s+(?:a|an|the|two|three|four)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:robbers?|raiders?|thie(?:f|ves)|gunm[ae]n|intruders?|burglars?|attackers?|muggers?)\b",
    re.I,
)
"""A sum handed to a robber, a haul told from the victim's side: "handed over £2,600 to a
robber brandishing a knife"."""


_FINED = re.compile(r"\bfined\s+(?:[\w'’-]+\s+){1,5}$", re.I)
"""A sum right after "fined" and whom: "fined the Tollbury-based firm £2.4m"."""


def _fined(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum is told right after "fined" and whom, where the parse gives no verb."""
    at = _in_claim(field, claim)
    return at is not None and bool(_FINED.search(claim.text[max(0, at[0] - 60) : at[0]]))


_HAUL_NOUNS = frozenset(["total", "sum", "cash", "money", "notes", "coins", "value", "haul"])
"""Nouns a theft's haul is told by: "cash worth £4,200", "a total of £7,400"."""


def _stolen(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum is told as a theft's haul in words the parse gives no verb of.

    "About £3,400 was taken from the till", "£900 had been stolen from the collection
    box", "the robbers got away with about £20,000", "ran off with £600", "he left with
    about £4,000 in notes", "took equipment and cash worth £4,200", "a cashier handed over
    £2,600 to a robber".
    """
    at = _in_claim(field, claim)
    if at is None:
        return False
    return bool(
        _TAKEN_FROM.match(claim.text[at[1] : at[1] + 40])
        or _GOT_AWAY_WITH.search(claim.text[max(0, at[0] - 80) : at[0]])
        or _HANDED_TO.match(claim.text[at[1] : at[1] + 80])
    )


_WRONG_COST = re.compile(
    r"\b(?:fraud|frauds|scam|scams|swindle|theft|thefts|con),?\s+(?:that|which)\s+(?:had\s+)?cost\b",
    re.I,
)
"""A wrong that cost its victims a sum, which is their loss: "a fraud that cost mostly
elderly customers £860,000"."""


def _wrong_cost(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum is what a wrong cost (:data:`_WRONG_COST`), told in the words before it."""
    at = _in_claim(field, claim)
    return at is not None and bool(_WRONG_COST.search(claim.text[max(0, at[0] - 80) : at[0]]))


_NOTICE_OF = re.compile(r"\b(penalty|fine|charge)\s+notice\b", re.I)
"""Sums a notice is served for: "a £100 fixed penalty notice" is a fixed penalty of £100, as
"a £150 fixed penalty" is; "an £80 penalty charge notice" a penalty charge."""


_MADE_AT_A_COST = re.compile(
    r"\b(?P<thing>[a-z]+),?\s+(?:which\s+was\s+|was\s+)?(?:built|completed|constructed|rebuilt"
    r"|refurbished|renovated|restored|redeveloped|delivered)\s+at\s+a\s+(?:total\s+|final\s+)?"
    r"cost\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
"""A thing made at a cost told right before the sum: "the stand, built at a cost of"."""


def cost_of(field: FieldValue, claim: Claim) -> str | None:
    """The thing a sum of money is the cost of, where its claim names it, else None.

    Told by the verb, "the project has cost £410,000" and "the scheme, which would cost
    £840,000" (the verb's subject), or by what was made at it ("the stand, built at a cost
    of £19m"); or by the sum set before its noun, "the £240,000
    project", "the £480,000 scheme", where that noun is no sum of its own (not "a £2m
    grant", "the £50 fine": :data:`MONEY_NOUNS`).
    """
    noun = sum_noun(field, claim)
    if noun is None:
        return None
    if noun in ("cost", "costs"):
        at = _in_claim(field, claim)
        made = _MADE_AT_A_COST.search(claim.text[max(0, at[0] - 80) : at[0]]) if at else None
        if made is not None:  # "the stand, built at a cost of £19m": the stand's
            return _SUM_SYNONYMS.get(made["thing"].lower(), made["thing"].lower())
        if field.governor != "cost":
            return None  # "a final cost of £84.3m": the noun, not what it is the cost of
        things = {
            _SUM_SYNONYMS.get(v.subject, v.subject)  # "the project has cost": the scheme's
            for v in events_told(claim)
            if v.predicate == "cost" and v.subject and v.subject not in FUNCTION_WORDS
        }
        return next(iter(things)) if len(things) == 1 else None
    if any(noun in group for group in MONEY_NOUNS) or noun.endswith("s"):
        return None  # "a £2m grant"; "24,000 fake £20 notes" (the price of each)
    last = (field.counted or "").lower().split()[-1:]
    return noun if [_SUM_SYNONYMS.get(w, w) for w in last] == [noun] else None


def _a_finding(verb: str, claim: Claim) -> bool:
    """Whether a telling verb tells a thing found, not a statement ("the virus was confirmed").

    "Officials confirmed on Tuesday that ..." tells what was said; "the H5N1 virus was
    confirmed on Tuesday" and "tests confirmed the outbreak" tell a finding: the claim
    reads the verb as an event done to a thing.
    """
    return verb in TELLING and any(
        e.predicate == verb and e.object is not None for e in events_told(claim)
    )


def _counts_its_event(pair: Pair, ea: str, eb: str) -> bool:
    """Whether two counts count the event their unit names, over one stretch of time.

    A count of tests, strikes or launches counts its event whatever verb the phrase hangs
    on: "a sprint of over 20 missile tests last year" (tested) and "fired 23 missiles
    during 16 tests in 2017" (fired) both count tests. The unit must be the verb of one
    side ("tests" / "tested"), and no two dates of the counts' verbs may be apart: "16
    tests in 2017" and "five tests this year" are two tallies.
    """
    if pair.kind != "quantity":
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit is None or unit != getattr(pair.fb.value, "unit", None):
        return False
    if not (one_event(unit, ea) or one_event(unit, eb)):
        return False
    dates_a = [f for f in pair.a.fields if f.kind == "date" and f.governor == ea]
    dates_b = [f for f in pair.b.fields if f.kind == "date" and f.governor == eb]
    return not any(
        date_rules.compare(da, db, pair.engine).verdict is Verdict.CONFLICT
        for da in dates_a
        for db in dates_b
    )


_SO_MANY_IN = re.compile(r"\s(?:in|out\s+of)\s")
"""How a share told as so many of so many reads: "three in ten", "nine out of 10"."""
_AFTER_A_GROUP = frozenset(
    ["at", "in", "on", "from", "to", "for", "with", "by", "who", "that", "which", "whose",
     "where", "when", "across", "over", "under", "since", "during", "into", "than", "and",
     "or", "between", "after", "before", "until", "among"]
)  # fmt: skip
"""Words that end the noun of a share's group and start what is said of it: "11 per cent of
its ice volume between 2015 and 2024" is a share of the volume, not of 2024; "38% of cases
where patients showed signs of infection" a share of the cases."""


def population(field: FieldValue) -> str | None:
    """What a share is a share of: the last word of its "of" phrase's noun, else None.

    "about 30 percent of steel imports" gives "imports", "38 per cent of ambulances
    arriving at Lowmoor" and "40% of pupils in the county" give "ambulances" and "pupils",
    and so does "almost three in ten ambulances";
    "a 25 percent tariff" and "fell to 4.1 percent" give None (a rate or a level, not a
    share of anything).
    """
    number = getattr(field.value, "number_text", "")
    if _SO_MANY_IN.search(number):
        return field.text.lower().split()[-1]  # "almost three in ten ambulances"
    if field.counted is None:
        return None
    _, of, rest = field.counted.partition(" of ")
    words = re.findall(r"[a-z0-9]+", rest.lower()) if of else []
    for n, word in enumerate(words[1:], start=1):
        if word in _AFTER_A_GROUP or word.endswith("ing"):
            words = words[:n]  # "of ambulances arriving at Lowmoor": the ambulances
            break
    return words[-1] if words else None


_TOLD_BEFORE = frozenset(["them", "those", "these", "it", "us", "which", "whom"])
"""Wholes a share names by a pronoun: the group its claim's paper told just before."""
_FRONTED = re.compile(
    r"\b[Oo]f\s+(?:the|its|their|these|those|all)\s+(?:[\d,.]+\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+)(?:\s+(?:who|that|which|the|its|it|they|we)\b[^,;:]*)?,\s*"
    r"(?:(?:the\s+|its\s+)?[a-z]+\s+(?:found|finds|said|says|showed|shows|estimated|estimates"
    r"|reported|reports)\s+(?:that\s+)?|[a-z]+\s+)?$"
)
"""A whole told before the clause whose share it is: "Of the 96 babies who have been seen
again, roughly 5 percent were referred"; "Of the 1,140 essays the software flagged this
year, the audit found that 13 per cent had been written without help" (a clause of its
own after the whole, and who found or said it before the share)."""


def _fronted_whole(field: FieldValue, claim: Claim) -> str | None:
    """The whole a share is taken from when the claim tells it first (:data:`_FRONTED`)."""
    at = _in_claim(field, claim)
    m = _FRONTED.search(claim.text[: at[0]]) if at is not None else None
    return m["noun"] if m else None


def _one_verb(pair: Pair) -> bool:
    """Whether two figures hang on one verb, or two words for one act ("were referred").

    Or, hanging on no verb, on one state told after "be": "64 per cent of them are on
    fixed-term contracts" / "46 per cent of research staff are on fixed-term contracts".
    """
    ga, gb = pair.fa.governor, pair.fb.governor
    if ga in (None, *TELLING) and gb in (None, *TELLING):  # "..., the union said"
        sa, sb = _state_after(pair.fa, pair.a), _state_after(pair.fb, pair.b)
        return len(sa & sb) >= 2
    return ga is not None and gb is not None and one_event(ga, gb)


_BE_AFTER = re.compile(
    r"\b(?:is|are|was|were|remain|remains|remained)\s+(?:still\s+|now\s+|currently\s+)?"
    r"(?P<state>[^,;:.()]{1,60})",
    re.I,
)
"""A state told of a figure's group after "be": "are on fixed-term contracts"."""


def _state_after(field: FieldValue, claim: Claim) -> set[str]:
    """The content words of the state a figure's group is told to be in, after "be"."""
    at = _in_claim(field, claim)
    if at is None:
        return set()
    m = _BE_AFTER.search(claim.text, at[1], min(len(claim.text), at[1] + 80))
    if m is None:
        return set()
    words = re.findall(r"[a-z]+", m["state"].lower())
    return {w for w in words if w not in FUNCTION_WORDS and w not in _WHEN_WORDS}


_WHEN_WORDS = frozenset(
    ["last", "next", "this", "day", "days", "week", "weeks", "month", "months", "year", "years",
     "winter", "spring", "summer", "autumn", "now", "still", "currently", "today", "yesterday"]
)  # fmt: skip
"""Words of a state's time, not of the state: "were in arrears last winter"."""


_EFFECTIVE_AGAINST = re.compile(
    r"^\s*(?:effective|effectiveness|efficacy|efficacious|protective|protection|successful)\s+"
    r"(?:(?:at|in)\s+(?:preventing|stopping|blocking|reducing|cutting|removing|killing|curbing)"
    r"|against)\s+(?:the\s+)?(?:(?:risk|chance|odds|rate|spread|number|likelihood)s?\s+of\s+)?"
    r"(?P<what>[^,.;:()]{1,60})",
    re.I,
)
"""A rate of effect set right after its figure, and what it works against: "95% effective
at preventing illness", "70% efficacy against infection", "99% effective in removing
bacteria"."""
_TARGET_ENDS = frozenset(
    ["with", "from", "in", "among", "for", "by", "after", "of", "on", "at", "than", "and",
     "or", "caused", "linked", "compared", "who", "that", "which", "when"]
)  # fmt: skip


def effect_target(field: FieldValue, claim: Claim) -> str | None:
    """What a rate of effect works against, its last word: "illness", "infection", or None.

    "95% effective at preventing severe illness in adults" gives "illness": the words up
    to the first preposition or conjunction.
    """
    start = field.span[1] - claim.span[0]
    if not 0 <= start <= len(claim.text):
        return None
    m = _EFFECTIVE_AGAINST.match(claim.text[start : start + 160])
    if m is None:
        return None
    words: list[str] = []
    for word in re.findall(r"[a-z0-9-]+", m["what"].lower()):
        if word in _TARGET_ENDS:
            break
        words.append(word)
    return words[-1] if words else None


@rule("compare.different_populations", "not_compared")
def different_populations(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two percentages of different wholes, or a share beside a rate, measure two things.

    So do two rates of effect against different outcomes.

    Fires: "48% of adults disapprove" / "6% of Republicans approve"; "the tariffs cover
    30 percent of steel imports" / "a 25 percent tariff on steel"; "the vaccine was 95%
    effective at preventing illness" / "70% effective against infection"; "the filter is
    99% effective at removing bacteria" / "80% effective against viruses".
    Holds: "41% of voters back the plan" / "44% of voters back the plan" (one whole:
    the figures conflict); "95% effective against severe illness" / "90% effective at
    preventing illness" (one outcome: they conflict); "about 15 percent of them were
    referred" / "of the 96 babies seen again, 5 percent were referred" (a whole told
    before, by a pronoun or ahead of the clause, and one verb: they conflict); "64 per
    cent of them are on fixed-term contracts" / "46 per cent of research staff are on
    fixed-term contracts" (one state told after "be": they conflict).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    ua, ub = getattr(pair.fa.value, "unit", None), getattr(pair.fb.value, "unit", None)
    if ua != "%" or ub != "%":
        return None
    ta, tb = effect_target(pair.fa, pair.a), effect_target(pair.fb, pair.b)
    if ta is not None and tb is not None:
        if ta == tb:
            return None
        return (
            f"“{pair.fa.text}” is an effect against “{ta}”, “{pair.fb.text}” against "
            f"“{tb}”: rates of effect on different outcomes are not compared."
        )
    pa = population(pair.fa) or _fronted_whole(pair.fa, pair.a)
    pb = population(pair.fb) or _fronted_whole(pair.fb, pair.b)
    if pa == pb:
        return None
    if (pa in _TOLD_BEFORE or pb in _TOLD_BEFORE) and pa and pb and _one_verb(pair):
        return None  # "15 percent of them were referred" / "5 percent of the babies were"

    def whole(p: str | None) -> str:
        return f"a share of {p}" if p else "a rate or level"

    return (
        f"“{pair.fa.text}” is {whole(pa)}, “{pair.fb.text}” {whole(pb)}: "
        "percentages of different wholes are not compared."
    )


_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_PERIODS = (
    (
        "month on month",
        r"month[- ](?:on|over)[- ]month|m/m|from (?:a|the previous|the prior|last) month"
        rf"|(?:from|over|compared with|compared to) {_MONTH_NAME}(?![ ,]+\d)",
    ),
    (
        "year on year",
        r"year[- ](?:on|over)[- ]year|y/y"
        r"|from (?:a|the previous|the prior|last) year(?: earlier| before| ago)?"
        r"|(?:from|over|compared with|compared to|than|on) (?:a year (?:earlier|before|ago)"
        r"|the same (?:month|period|quarter|week) (?:a year (?:earlier|before|ago)|last year))"
        r"|(?:at |on )?an annual(?:i[sz]ed)? (?:rate|pace|basis)",
    ),
    (
        "quarter on quarter",
        r"quarter[- ](?:on|over)[- ]quarter|q/q|from (?:a|the previous) quarter",
    ),
)
_FROM_MONTH = re.compile(rf"from {_MONTH_NAME}$", re.I)
"""A period told by the month a change is set against ("rose 0.9% in March from February");
beside a sum or a count it is when a level starts ("will rise to £98 from April")."""
_PERIOD = re.compile(
    "|".join(rf"(?P<p{n}>\b(?:{pattern})\b)" for n, (_, pattern) in enumerate(_PERIODS)), re.I
)
_TOWARDS = re.compile(r"^\s*(?:towards?|to\s+wards)\s+(?:the|its|their|a)\b", re.I)
"""A sum given "towards" a cost: "contributed £2.1 million towards the cost", "put £500,000
towards the new pool": a share of the whole, not the whole."""
_OF_A_NOUN = re.compile(r"\b[a-z]+\s+of\s+$", re.I)
_ADDED_BEFORE = re.compile(r"\b(?:additional|extra|further|another)\s+$", re.I)
_ADDED_AFTER = re.compile(r"^\s+(?:additional|extra|further|more)\b", re.I)
"""A figure told as what was added to a total: "an additional 40 officers", "another 300
jobs", "two extra life sentences", "12 more homes", "43 minutes more sleep"; not the total
itself ("three life sentences", "160 officers")."""


_HAS_ADDED = re.compile(
    r"\b(?:has|have|had|'s|’s|'ve|’ve|'d|’d)\s+(?:now\s+|since\s+|also\s+)?added\s+$", re.I
)
"""An addition told in the perfect: "the company had added six water points", "the ward has
added 12 beds" tell what was put beside what there was, not how many there are now (where
"employers added 266,000 jobs" tells a month's jobs)."""


def _added_within(field: FieldValue) -> bool:
    """Whether a figure's own words go on from its number to an addition ("12 more homes").

    Not a bound before the number: "no more than £75" is a ceiling.
    """
    number = str(getattr(field.value, "number_text", "") or "")
    at = field.text.find(number) if number else -1
    return at >= 0 and _ADDED_AFTER.match(field.text[at + len(number) :]) is not None


_PAID_PER = re.compile(
    r"\b(hourly|daily|weekly|monthly|annual|yearly)\s+(?:[a-z'’-]+\s+){0,2}?(?:rate|wage|pay|fee"
    r"|salary|rent|charge|fare|price|allowance|stipend)s?\b[^.;:]*$",
    re.I,
)
"""A sum told as what a pay, fee or rent per period is or changes to: "will raise the hourly
rate it pays interpreters from $45 to $70" is $70 an hour, "the monthly rent will rise to
£950" £950 a month, "the daily standing charge will go up from 48p to 62p" 62p a day."""
_PERIOD_OF_PAY = {
    "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "annual": "year",
    "yearly": "year",
}  # fmt: skip

_RATE = re.compile(
    r"\b(?:a|an|per|each|every)\s+(day|night|week|month|year|hour|minute)\b"
    r"(?!\s+(?:ago|earlier|later|before|after|of)\b)"
    r"(?!\s+on\s*(?:[,.;]|$|from\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))",
    re.I,
)
"""A figure per period: "12 return flights a week", "18 flights a week on the route", "34
minutes of sleep a night"; not "a week ago", "a year on, ..." or "a week on Friday" (a
day, not a rate)."""
_LENGTH_BEFORE = re.compile(
    r"\b(?:than|lasting|lasted|lasts|for|within|about|nearly|almost|over|under|half|took|"
    r"taking|after)\s+$",
    re.I,
)
"""Words before "an hour" or "a day" that make it a length of time, no rate: "by seven votes
to two following a debate lasting more than an hour", "after a wait of nearly an hour"."""


def _a_length(rate: re.Match[str], before: str) -> bool:
    """Whether "an hour" (not "every hour") after these words is a length of time."""
    return rate.group(0).lower().startswith("a") and _LENGTH_BEFORE.search(before) is not None


_AS_A_RULE = re.compile(r"\b(?:takes|lasts)\s+$", re.I)
"""A length of time a job takes as a rule, an estimate like a forecast: "a job that takes
about 90 minutes" tells how long such a job takes, as "a repair expected to take around four
hours" does; neither is the time one job took."""


_PER_24_HOURS = re.compile(
    r"^\s*(?:for\s+)?(?:a|an|per|each|every)\s+(?:24|twenty-four)[\s-]hours?\s+period\b", re.I
)
"""A figure for each day told in hours: "£30 for each 24-hour period without gas"."""
_RATE_ADVERB = re.compile(r"^\s*(annually|yearly|daily|weekly|monthly|hourly)\b", re.I)
"""A figure per period told by an adverb right after it: "savings of $2.1 million annually"."""
_ADVERB_PERIOD = {
    "annually": "year", "yearly": "year", "daily": "day", "weekly": "week",
    "monthly": "month", "hourly": "hour",
}  # fmt: skip
_CAPACITY = re.compile(
    r"\b(?:capacity\s+(?:of|for)|(?:room|space|places)\s+for|(?:licensed|certified|built|designed|rated|approved|permitted)"
    r"\s+(?:to\s+(?:carry|hold|seat|take)|for)|(?:can|could)\s+(?:carry|hold|seat|"
    r"accommodate|take)|(?:holds|seats))\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|as\s+many\s+as\s+)?$",
    re.I,
)
"""What a vessel, hall or ground may hold, right before the figure: "licensed to carry up
to 250 people", "certified for a maximum of 250", "the stadium can hold 60,000", "would
have capacity for 420 pupils", "room for 90 beds"."""
_HOLDS_NOW = re.compile(
    r"\b(?:currently|now|presently|at\s+present|still|today)\s+(?:holds|houses)\s+$", re.I
)
"""What a place holds now, not what it may hold: "the home currently holds 14 children", "the
jail now holds 610 prisoners" (a count at the time, as "there are 14 children there")."""
_PRICE_PER = re.compile(r"\s*(?:a|an|per|each)\s+([a-z]+)\b(?!\s+of\b)", re.I)
"""A sum told per item, right after it: "$38 a share", "$90 a barrel", "£2 per litre"
(not "$5 million a year", a rate: :data:`_RATE`)."""
_INTRADAY = re.compile(
    r"\b(?:in|during)\s+(?:early|morning|midday|afternoon|late|intraday|premarket|pre-market)"
    r"\s+trading\b|\bat\s+one\s+point\b|\bat\s+midday\b",
    re.I,
)
"""A price or a move told at a moment of the trading day: "rose 6.2% to $48.15 in morning
trading", "were up 3% at one point"."""
_AT_CLOSE = re.compile(
    r"\b(?:closed|ended|finished|settled)\s+(?:the\s+(?:day|session)\s+)?"
    r"(?:up|down|higher|lower|flat|unchanged|at|\d)|\bat\s+the\s+close\b",
    re.I,
)
"""A price or a move at the end of the trading day: "closed 4.9pc higher at $47.56",
"ended the day up 2%"."""
_TRADED = re.compile(r"\b(?:shares?|stocks?|index|indices|price)\b", re.I)


def _trading_moment(field: FieldValue, claim: Claim) -> str | None:
    """When in the trading day a share's price or move is told: during trading, at the close.

    Read over the whole claim, which tells one moment: "shares rose 6.2% to $48.15 in
    morning trading" (both figures), "shares closed 4.9pc higher at $47.56". A claim that
    tells both moments, or speaks of no shares or prices, gives None.
    """
    unit = getattr(field.value, "unit", None)
    if (unit != "%" and unit not in CURRENCIES) or not _TRADED.search(claim.text):
        return None
    during, closed = _INTRADAY.search(claim.text), _AT_CLOSE.search(claim.text)
    if bool(during) == bool(closed):
        return None
    return "during trading" if during else "at the close"


_AVERAGE = re.compile(
    r"\b(?:averaged|averaging)\b|\b(?:average|median)\b(?!\s+(?:(?:house|home|property|"
    r"asking|selling|weekly|annual|monthly|household|hourly)\s+)?(?:price|cost|home|house|rent|"
    r"salary|wage|earnings|pay|income|bill|fare|age|value|mortgage|property|household|"
    r"family)s?\b)",
    re.I,
)
"""Words that make a figure an average: "a seven-day average of 250", "averaged 40 a
night", "on average"; not "the average price of a home" or "the median rent", which name
what is measured."""
_FORECAST = re.compile(
    r"(?<!as )(?<!than )"
    r"\b(?:expect\w*|predict\w*|forecast\w*|anticipat\w*|projected|projections?)\b",
    re.I,
)
"""A verb or noun of forecasting before a figure: "had expected employers to add 1 million"
(not "rose as expected to 5%" or "more than expected": those tell the outcome)."""
AIMING = frozenset(["hope", "aim", "want"])
"""Verbs that tell a figure as what someone hopes or aims to reach: "hopes to employ 240
people by 2026", "aims to raise £25,000"; a goal, not a count of what there is."""
NEEDING = frozenset(["need", "require"])
"""Verbs that tell a sum as what someone needs to reach, a goal as an aim is: "the church
needs £185,000 in all", "the trust says it needs £195,000 to overhaul the boiler"; not
what has been raised or given towards it."""
_NEEDS_A_SUM = re.compile(
    r"\b(?:needs?|needed|requires?|required)\s+(?:a\s+further\s+|another\s+|an\s+extra\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?$",
    re.I,
)
_A_SUM_NEEDED = re.compile(r"^\S*\s+(?:is|are|was|were)\s+(?:still\s+)?(?:needed|required)\b", re.I)


_A_GOAL = re.compile(
    r"(?:\b(?:needs?|has|have)\s+to\s+(?:raise|find|collect|secure)"
    r"|\b(?:target|goal)\s+(?:of|is|was)|\baims?\s+to\s+(?:raise|reach))\s+"
    r"(?:a\s+further\s+|another\s+|an\s+extra\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?$",
    re.I,
)
"""Words that tell a sum as a goal by what is still to be raised, or by a target: "says it
needs to raise £95,000", "an online appeal with a target of £6,500"."""


def _needed(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum is itself what is needed: "needs £185,000", "£40,000 is still needed".

    Not a sum that prices a thing needed: "the £14.5m project is needed" is the
    project's cost.
    """
    at = _in_claim(field, claim)
    if at is None:
        return False
    return bool(
        _NEEDS_A_SUM.search(claim.text[: at[0]]) or _A_SUM_NEEDED.match(claim.text[at[1] :])
    )


_NEXT = re.compile(r"\d|[;:(]|,\s")
"""Where the words about one figure end: the next figure, a clause mark."""
_SO_FAR = re.compile(
    r"\b(?:so far|to date|in all|in total|altogether|all told|since"
    r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?"
    r"|decades?))\b",
    re.I,
)
"""Words that make a count a running total: "have been killed so far", "in all", "have
fled their homes since Monday", "had closed in the past two years"; not a record told
with "since" (:data:`_RECORD_SINCE`)."""
_RECORD_SINCE = re.compile(
    r"\b(?:first|best|worst|biggest|largest|highest|lowest|steepest|sharpest|"
    r"fastest|slowest|strongest|weakest|deepest|greatest|smallest|longest|shortest|coldest|"
    r"hottest|warmest|wettest|driest|busiest|quietest)\b[^,.;]{0,40}\bsince\b"
    r"|\b(?:more|fewer|less|higher|lower|greater|bigger|smaller)\b[^,.;]{0,60}\bthan\s+"
    r"(?:in\s+|at\s+)?any\s+(?:[a-z]+\s+){0,2}since\b",
    re.I,
)
"""A record told with "since": "the first monthly decline since last August", "the
biggest jump since 2019", "fewer homes were started than in any quarter since 2016" (not a
total counted since then)."""
_STILL = re.compile(
    r"^\s*(?:(?:who|that)\s+)?(?:(?:is|are|was|were|have\s+been|had\s+been)\s+)?"
    r"(?:still|remain(?:s|ed)?|stay(?:s|ed)?)\b",
    re.I,
)
"""Words right after a count that tell a state still holding: "9,000 customers were
still without power", "about 300 people remained in shelters", "40 who stay in hospital"."""
_IN_STOCK = re.compile(
    r"^(?:\s+of\s+[a-z]+)?\s+(?:in\s+stock|in\s+reserve|in\s+storage|stockpiled|in\s+hand)\b",
    re.I,
)
"""Words after a figure that make it a stock held: "18,000 tonnes of salt in stock", "£2m in
reserve"."""
_STATE_VERBS = frozenset(["be", "remain", "stay", "live", "reside", "work"])
"""Verbs that tell a state, not the change into it ("were missing", "remained closed", "nine
monks now live at the abbey", "40 staff work at the plant")."""
_SOUGHT = re.compile(
    r"\b(?:ask(?:ed|ing|s)? for|sought|seek(?:s|ing)?|demand(?:ed|ing|s)?|call(?:ed|ing|s)? for"
    r"|request(?:ed|ing|s)?|propos(?:ed|es|ing)|offer(?:ed|ing|s)?|want(?:ed|ing|s)?"
    r"|(?:lobb(?:y|ied|ies|ying)|push(?:ed|es|ing)?|press(?:ed|es|ing)?|campaign(?:ed|ing|s)?"
    r"|argu(?:ed|es|ing)) for)\b",
    re.I,
)
"""A verb of asking before a figure: "prosecutors asked for 20 years", "the union demanded
a 10% raise", "offered $5 billion", "the gang wants $750,000", "had lobbied for a limit of
600 pots", "campaigners pushed for a 20mph limit": what was asked, not what came of it."""
_JOINED_AFTER = re.compile(r"\band\b|,")
"""What joins another clause between a verb of asking and a figure: "ordered to stop
offering credit and fined £1.75m" asks for nothing."""
_DIVIDEND = re.compile(r"\bdividends?\b", re.I)
"""A dividend is announced as "proposed" by the board: "the board proposed a final dividend
of 9.4p a share" tells the dividend, not a sum asked for."""
_REPORTED_FOR = re.compile(
    r"^\W*(?:for|in|during|over) (?:the|its|their) (?:(?:first|second|third|fourth|latest"
    r"|last|previous|same|full|fiscal|financial) )*(quarter|half|month|week|year)\b",
    re.I,
)
"""The period a figure is reported for: "a profit of $3.5 billion for the quarter", "12
million passengers in the first half", "for the full year"."""
_REPORTED = {
    "quarter": "quarter",
    "half": "half-year",
    "month": "month",
    "week": "week",
    "year": "year",
}
_NESTED = frozenset(["in one period", "in one year"])
"""A count dated to a week, month or quarter beside one dated to a year: the periods may
nest or nearly match ("between February and November" of the year), so the figures are
compared."""
_CHANGED_BY = re.compile(r"\bby\s*$", re.I)
""""By" right before a span of time makes it an amount of change: "the retirement age will
rise by two years", "his sentence was cut by five years"; not how long something lasts."""
_TAKEN_OFF = re.compile(r"^\s*(?:off|faster|quicker|slower|ahead\s+of|behind)\b", re.I)
"""A span of time told as what was taken off another or as a gap between two: "cut almost
40 minutes off the record", "knocked 90 seconds off her best", "12 minutes faster than the
old service"; an amount of change, not how long something took."""
_WINDOW = re.compile(
    r"(?:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?!in\b)[a-z'’-]+){1,5}|\b(?:once|twice|times))"
    r"\s+in\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?$"
    r"|(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\b"
    r"|\d\s+[a-z]+\b)[^,.;:\d]{0,40}\bin\s+the\s+(?:past|last|previous)\s+$",
    re.I,
)
"""A span of time told as the window some happenings are counted in: "the second time in
five years", "twice in 18 months", "four crashes at the crossing in the past ten years"
(a count needs "the past": "over the final five kilometres to win in 2 hours" is a time
taken, and so is "crossed the line first in 4 hours"); no length of anything that happened.
Read on the words before the span up to a clause mark (digits kept: "11 crashes in the past
ten years")."""
_CLAUSE_MARK = re.compile(r"[;:(]|,\s")
"""Where the words of one clause end, digits or none."""
_SINCE = re.compile(r"^\s*(?:ago|earlier|later)\b", re.I)
_WHERE = re.compile(
    r"^\s*(?:away|from(?!\s+(?:end|side|tip|top|nose|head|bow|stem|wingtip|one\s+end)\s+to\b)|off|short\s+of|outside|inside|inland|offshore|below|beneath|above"
    r"|under|underground|down|into|to\s+go|left|remaining"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?)\b",
    re.I,
)
"""A word after a length that makes it where something is, not how long or large it is:
"60 kilometres from the finish", "2 km away", "11 km off the coast", "400 metres below
ground", "15 km north of the city", "with 600 metres to go". Not a length told from one
end of a thing to the other: "7.4 metres from end to end", "14 metres from nose to tail"."""
_STRETCH = re.compile(r"\b(?:final|last|first|closing|opening)\s+$", re.I)
"""A word before a length that makes it a stretch of a course: "in the final 500 metres"."""
"""A word after a span of time that makes it a time since something: "eight days ago",
"nine days earlier", "two years later". Not "before" or "after", which as often bound a
span ("wait another 30 days before deciding") as date a happening."""


def _record_since(date: FieldValue, claim: Claim) -> bool:
    """Whether a "since" date tells a record ("the first decline since last August")."""
    at = _in_claim(date, claim)
    return at is not None and bool(_RECORD_SINCE.search(claim.text[max(0, at[0] - 100) : at[1]]))


def measure_basis(field: FieldValue, claim: Claim) -> str | None:
    """What kind of measure a figure is, when its words say it: a change, rate or forecast.

    A change on a period, a rate per unit of time, an average or a forecast: "0.9% month on
    month" / "5.4% year on year"; "$9.6 billion of trade a day"; "a seven-day average of 250
    deaths"; "economists expected the economy to add 1 million jobs"; a span of time that
    dates something rather than lasts ("time since": "eight days ago", "nine days earlier",
    "two years later"); a span some happenings are counted within ("window": "the second
    time in five years"); a length that places something ("where": "60 kilometres from the
    finish", "11 km off the coast"); what a vessel or hall may hold ("capacity": "licensed
    to carry up to 250 people"); a running total ("so far": "seven soldiers have been killed
    so far", "310 cases in all"); a count of a state still holding ("still": "9,000
    customers were still without power"); a peak ("peak": "at the worst point, 5,300 homes
    were without power"); a stock held ("in stock": "18,000 tonnes of salt
    in stock"); a count its verb dates to one day ("on one day": "five soldiers were killed
    on Wednesday") or, for a count, to one week, month or quarter ("in one period": "20
    million doses were given this week"), or to a year ("in one year": "shares have fallen
    20% this year"); a sum given "towards" a cost ("towards": "contributed £2.1 million
    towards the cost"); a weight or length told of each one ("per item": "each sail weighs
    roughly 1.2 tonnes"); a sum one of a thing costs, per that thing ("a standard car
    journey will cost £3.20", as "£2.40 per journey"). A change from a named month is month
    on month ("rose 0.9% in March from February"), one from a year before year on year
    ("from the same month last year"). None for a plain figure.
    """
    start = field.span[0] - claim.span[0]
    end = field.span[1] - claim.span[0]
    if not 0 <= start <= end <= len(claim.text):
        return None
    after = claim.text[end:]
    duration = (magnitude(field) or ("",))[0] == "duration"
    if _SINCE.match(after) and duration:
        return "time since"
    length = (magnitude(field) or ("",))[0] == "length"
    if length and (_WHERE.match(after) or _STRETCH.search(claim.text[:start])):
        return "where"
    if _PER_24_HOURS.match(after):
        return "per day"  # "£30 for each 24-hour period": the next figure names the period
    stop = _NEXT.search(after)
    after = after[: stop.start() if stop else len(after)][:50]
    before = claim.text[:start][-50:]
    cut = [m.end() for m in _NEXT.finditer(before)]
    before = before[cut[-1] :] if cut else before
    if duration and (_CHANGED_BY.search(before) or _TAKEN_OFF.match(after)):
        return "change by"
    if _PEAK.search(re.split(r"[;.:]", claim.text[:start][-60:])[-1]):
        return "peak"  # "at the worst point on Monday, 5,300 homes were without power"
    if duration and _WINDOW.search(_CLAUSE_MARK.split(claim.text[:start][-80:])[-1]):
        return "window"
    averaged = _AVERAGE.search(before) or _AVERAGE.search(after)
    if averaged and _RATE.search(after) is None:
        return "average"  # an average per night is the rate per night ("a night on average")
    forecast = any(v.modality in FORECASTING for v in _verbs_told(claim, field.governor))
    if forecast or _FORECAST.search(before) or (duration and _AS_A_RULE.search(before)):
        return "forecast"
    if any(v.modality in AIMING for v in _verbs_told(claim, field.governor)):
        return "aim"
    if field.governor in NEEDING and _plainly_so(field, claim) and _needed(field, claim):
        return "aim"  # "the trust says it needs £195,000": what it has yet to reach
    if _A_GOAL.search(before):
        return "aim"  # "needs to raise £95,000", "an appeal with a target of £6,500"
    asked = [m.end() for m in _SOUGHT.finditer(before)]
    if (
        asked
        and not _DIVIDEND.search(before + claim.text[end:][:20])
        and not _JOINED_AFTER.search(before[asked[-1] :])
    ):
        return "sought"  # (not "stop offering new credit ... and fined £1.75m": another verb)
    if measure(field) != "age" and (
        (field.governor or "").split()[:1] == ["include"] or _INCLUDED.search(before)
    ):
        return "included"  # "the goods taken included about £31,000 of perfume": a part
    if _CAPACITY.search(before) and not _HOLDS_NOW.search(before):
        return "capacity"
    share = getattr(field.value, "unit", None) == "%"  # "will pay 12 per cent more": a rise
    if (
        _ADDED_BEFORE.search(before)
        or _added_within(field)
        or (_ADDED_AFTER.match(after) and not share)
    ):
        return "added"
    if _HAS_ADDED.search(before):
        return "added"  # "it had added six water points": more on what there was
    if (
        getattr(field.value, "unit", None) in CURRENCIES
        and _TOWARDS.match(after)
        and not _OF_A_NOUN.search(before)
    ):
        return "towards"  # not "a grant of $1.5 million toward a budget": the grant's sum
    if reported := _REPORTED_FOR.match(after):
        return f"in one {_REPORTED[reported.group(1).lower()]}"
    if getattr(field.value, "unit", None) in CURRENCIES and (rate := _RATE.match(after.lstrip())):
        return f"per {rate.group(1).lower()}"  # "£900 a month from April": a rent, per month
    if getattr(field.value, "unit", None) in CURRENCIES and (
        rated := _FROM_A_RATE.search(claim.text[:start][-60:])
    ):
        return f"per {rated.group(1).lower()}"  # "from £14,000 a year to £19,800": per year
    period = _PERIOD.search(after)
    # "will rise to £98 from April": a level from a month on, not a change on the month before
    starts = period is not None and _FROM_MONTH.match(period.group()) is not None
    if starts and getattr(field.value, "unit", None) != "%":
        period = None
    if period is not None and period.lastgroup is not None:
        return _PERIODS[int(period.lastgroup[1:])][0]
    if (adverb := _RATE_ADVERB.match(after)) is not None:
        return f"per {_ADVERB_PERIOD[adverb.group(1).lower()]}"
    rate = next((r for r in _RATE.finditer(after) if not _a_length(r, after[: r.start()])), None)
    if rate is not None:
        return f"per {rate.group(1).lower()}"
    price = _PRICE_PER.match(after)
    # a dividend is per share by its nature: "3.2p a share" is as "a dividend of 3.6p"
    dividend = price is not None and price.group(1).lower() == "share" and _DIVIDEND.search(before)
    if price is not None and getattr(field.value, "unit", None) in CURRENCIES and not dividend:
        return f"per {price.group(1).lower()}"
    if getattr(field.value, "unit", None) in CURRENCIES and (
        paid := _PAID_PER.search(claim.text[:start][-90:])
    ):
        return f"per {_PERIOD_OF_PAY[paid.group(1).lower()]}"
    if getattr(field.value, "unit", None) in CURRENCIES and (one := _ONE_BEFORE.search(before)):
        return f"per {one['noun'].lower()}"  # "a standard car journey will cost £3.20"
    if getattr(field.value, "unit", None) in CURRENCIES and (
        _EACH_BEFORE.search(before) or _EACH_AFTER.match(after)
    ):
        return "per item"  # "each vehicle cost £1.08 million to fit out": one vehicle's
    if (magnitude(field) or ("",))[0] in ("mass", "length") and _EACH_MEASURED.search(
        claim.text[max(0, start - 90) : start]
    ):
        return "per item"  # "each sail is 12 metres long and weighs roughly 1.2 tonnes"
    if (moment := _trading_moment(field, claim)) is not None:
        return moment
    if _STILL.match(after):
        return "still"
    if _IN_STOCK.match(after):
        return "in stock"  # "18,000 tonnes of salt in stock": what is held, not what was used
    record = _RECORD_SINCE.search(claim.text[:start]) is not None  # "fewer ... since 2016"
    if any(
        m.group(0).lower() != "since" or not (record or _RECORD_SINCE.search(t))
        for t in (before, after)
        for m in _SO_FAR.finditer(t)
    ):
        return "so far"
    dating = [
        f
        for f in claim.fields
        if field.governor is not None
        and (f.governor == field.governor or _dates_its_infinitive(f, field, claim))
        and isinstance(f.value, DateValue)
        and f.value.type in ("DATE", "TIME")
    ]
    if any(
        (f.text.lower().startswith("since ") and not _record_since(f, claim)) or _years_apart(f)
        for f in dating
    ):
        # "900 flights have been cancelled at the airport since Monday"; "lost 11 per cent
        # of its volume between 2015 and 2024", a total over years, as "since 2015" is
        return "so far"
    # "will go up by 8 per cent from 1 June": when a change starts, no day it was counted on
    grains = {
        f.value.grain for f in dating if isinstance(f.value, DateValue) and f.value.mod != "from"
    }
    if grains & {"day", "hour", "minute"}:
        return "on one day"
    if grains & {"week", "month", "quarter"} and is_count(field):
        return "in one period"  # a count: "rose 5.4% in March" is a plain rate
    if "year" in grains and (is_count(field) or getattr(field.value, "unit", None) == "%"):
        return "in one year"  # "have fallen 20% this year", "200 have drowned this year"
    return None


def _years_apart(date: FieldValue) -> bool:
    """Whether a date runs from one year to another: "between 2015 and 2024".

    Not "the 1960s", which names one span, nor "in 2023".
    """
    v = date.value
    if not isinstance(v, DateValue) or v.earliest is None or v.latest is None:
        return False
    told = date.text.lower().startswith(("between ", "from "))
    return told and str(v.earliest)[:4] != str(v.latest)[:4]


def _dates_its_infinitive(date: FieldValue, field: FieldValue, claim: Claim) -> bool:
    """Whether a date hangs on the infinitive that follows a count.

    "Forced 2,000 residents to flee their homes on Monday", "ordered 300 workers to leave
    the plant on Friday": the count's verb made them do it, so the date dates the count.
    """
    if date.governor is None or date.span[0] < field.span[1]:
        return False
    between = claim.text[field.span[1] - claim.span[0] : date.span[0] - claim.span[0]]
    verb = re.escape(date.governor.split()[0][:4])
    return re.search(rf"\bto\s+{verb}\w*\b", between, re.I) is not None


_EACH_BEFORE = re.compile(
    r"\beach\s+(?!(?:year|month|week|day|night|quarter|season|time)\b)[a-z-]+"
    r"(?:\s+[a-z-]+){0,3}?\s+(?:costs?|will\s+cost|would\s+cost|is\s+worth|was\s+worth"
    r"|sells?\s+for|sold\s+for|is\s+priced\s+at|carries\s+a\s+price\s+of)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|under\s+)?$",
    re.I,
)
_EACH_MEASURED = re.compile(
    r"\beach\s+[a-z-]+\b[^.;:]{0,60}?\b(?:weighs?|weighed|measures?|measured|is|was|stands?)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|under\s+)?$",
    re.I,
)
"""A weight or length told of one of many: "each sail is about 12 metres long and weighs
roughly 1.2 tonnes", "each panel measures 2 metres" (not all of them together)."""
_ONE_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:an?|one|a\s+single)\s+(?:(?!(?:on|of|in|at|for|to|from|the|with|by)\b)"
    r"[a-z-]+\s+){0,3}?"
    r"(?P<noun>(?!(?:year|month|week|day|night|quarter|season|time)\b)[a-z-]+)\s+"
    r"(?:costs?|will\s+cost|would\s+cost|is\s+priced\s+at|sells?\s+for)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|under\s+|over\s+)?$",
    re.I,
)
"""A sum one of a thing costs, told before it: "a standard car journey will cost £3.20",
"a single ticket costs £4", read per that thing (as "£2.40 per journey" is)."""
_EACH_AFTER = re.compile(
    r"^\s*(?:each|apiece)\b(?!\s+(?:year|month|week|day|night|quarter|season|time)\b)", re.I
)
"""A sum told for one of many: "each vehicle cost £1.08 million to fit out", "the tickets
cost £45 each", not the sum for all of them ("running the three vehicles cost £2.6 million")."""

_INCLUDED = re.compile(
    r"\b(?:include[sd]?|including)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than"
    r"|at\s+least|over|up\s+to)\s+)?$",
    re.I,
)
"""A figure told as what a whole included: "the dead included 15 people from one village"."""

_PEAK = re.compile(
    r"\b(?:at\s+(?:the|its|their)\s+(?:worst(?:\s+point)?|peak|height)|peaked\s+at)\b",
    re.I,
)
"""Words that tell a figure as a peak: "at the worst point on Monday, 5,300 homes were
without power", "at its height, 400 people were in the shelter". A peak is set apart from
what still holds, not from a plain figure (which may be the peak told plainly)."""

_APART_FROM_PLAIN = (
    "average", "forecast", "sought", "per ", "time since", "change by", "capacity", "where",
    "added", "towards", "included", "window",
)  # fmt: skip
"""Measures never set beside a plain figure: "5.4%" may be year on year unsaid, but a
daily rate, an average, a forecast or what someone asked for is not the figure itself,
nor is how long ago something happened ("killed eight days ago") how long something
lasted ("five days of riots"), nor what a span was changed by ("rise by two years") a
span, nor how far away something happened ("60 km from the finish") how long it is, nor
what a ferry or a ground may hold ("licensed to carry up to 250 people") how many were in
it, nor what a whole "included" ("goods taken included £31,000 of perfume") the whole,
nor the span some happenings are counted in ("the second time in five years") how long
anything lasted."""

_NEW = re.compile(
    r"^[\d.,]+(?:\s+(?:million|thousand|hundred))?\s+(?:new|additional|fresh|more)\b", re.I
)
"""A count of what is new: "37 new cases", "1,200 more deaths", "500 additional troops"."""
_ANOTHER = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s*$", re.I)
_GROWN_TO = re.compile(
    r"\b(?:grown|grew|grows?|risen|rose|rises?|climbed|climbs?|jumped|jumps?|increased"
    r"|increases?|brought|bringing|brings?|pushed|pushing|pushes|taking|took|takes)\b"
    r"[^.;:]{0,40}?\bto\s*$",
    re.I,
)
"""A total a count has grown to: "has grown to 214 cases", "bringing the total since June
to 214", "the number of infections climbed to 56,000"."""


_DONE_TO = re.compile(r"^\s*(?:were|was|have\s+been|had\s+been)\s+[a-z]+(?:ed|en)\b")
"""A count told as done to ("seven people were taken to hospital", "40 were rescued"),
whatever verb the parse leaves without an event of its own ("take")."""


def _changed_into(field: FieldValue, still: FieldValue, claim: Claim) -> bool:
    """Whether a count is told by a verb of change ("14,000 lost power"), not of a state.

    Set against a count of what still held ("9,000 were still without power"), it counts
    a happening; one told by the same verb or a verb of state ("17 were missing") counts
    the state and is compared. A count the parse gives no verb is a happening when it is
    told as done to ("seven people were taken to hospital", :data:`_DONE_TO`).
    """
    verb = field.governor
    if verb is None:
        at = _in_claim(field, claim)
        return at is not None and _DONE_TO.match(claim.text[at[1] :]) is not None
    return (
        verb is not None
        and verb != still.governor
        and verb not in _STATE_VERBS
        and verb not in SAYING  # "17 were missing, the coastguard said": a parse's slip
    )


def _new_count(field: FieldValue, claim: Claim) -> bool:
    """Whether a count counts only what is new ("37 new cases", "another 12 deaths")."""
    start = field.span[0] - claim.span[0]
    return bool(_NEW.match(field.text)) or (
        0 <= start <= len(claim.text) and _ANOTHER.search(claim.text[:start]) is not None
    )


def _grown_total(field: FieldValue, claim: Claim) -> bool:
    """Whether a count is the total something has grown to ("has grown to 214 cases")."""
    start = field.span[0] - claim.span[0]
    return 0 <= start <= len(claim.text) and _GROWN_TO.search(claim.text[:start][-80:]) is not None


def _plainly_so(field: FieldValue, claim: Claim) -> bool:
    """Whether the verb ``field`` hangs on is told plainly: no modal, hope nor plan on it.

    "Employs 160 people", "has raised £18,000"; not "will employ 200".
    """
    verbs = _verbs_told(claim, field.governor)
    return bool(verbs) and all(v.modality is None for v in verbs)


_GIVEN_ALREADY = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+)?(?:given|donated|handed\s+over|pledged)\s+"
    r"(?:a\s+further\s+|another\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.I,
)
"""A sum told as given already, by a verb read as no event of its own ("give" is light):
"parishioners have given £23,400", "members had already pledged more than £8,000"."""


def _given_already(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum is told as given already (:data:`_GIVEN_ALREADY`), no goal of its own."""
    at = _in_claim(field, claim)
    return at is not None and _GIVEN_ALREADY.search(claim.text[: at[0]]) is not None


def _verbs_told(claim: Claim, verb: str | None) -> list[EventValue]:
    """The events a claim tells of ``verb``, by its first word ("take" of "take off")."""
    return [v for v in events_told(claim) if v.predicate.split()[0] == verb]


_HELD_NOW = HOLDING | frozenset(
    ["look", "look after", "care", "care for", "shelter", "accommodate"]
)
"""Verbs of what a place or a body holds or looks after: "now looks after about 90 cats"."""


_THERE_ARE_NOW = re.compile(r"\bthere\s+(?:are|is)\s+(?:now\s+|currently\s+)?$", re.I)
"""A count told as there now: "there are currently 71 dogs at the centre"."""


def _held_now(field: FieldValue, claim: Claim) -> bool:
    """Whether a count is of what something holds or looks after now (a present verb).

    So is a count told as there now (:data:`_THERE_ARE_NOW`).
    """
    if not is_count(field):
        return False
    at = _in_claim(field, claim)
    if at is not None and _THERE_ARE_NOW.search(claim.text[: at[0]]):
        return True
    if field.governor not in _HELD_NOW:
        return False
    verbs = _verbs_told(claim, field.governor.split()[0])
    return bool(verbs) and all(v.tense == "present" and v.modality is None for v in verbs)


def _done_in_the_past(field: FieldValue, claim: Claim, held: FieldValue) -> bool:
    """Whether a count is of what an act did, told in the past ("rehomed 340 cats")."""
    verb = field.governor
    if verb is None or verb in _HELD_NOW or verb in TELLING or verb in FOUND:
        return False
    if held.governor is not None and one_event(verb, held.governor):
        return False
    verbs = _verbs_told(claim, verb.split()[0])
    return bool(verbs) and all(v.tense == "past" for v in verbs)


def _rate_after(field: FieldValue, claim: Claim) -> str | None:
    """The period a sum is told per, right after it ("£2.1 million a year": "year")."""
    at = _in_claim(field, claim)
    if at is None or getattr(field.value, "unit", None) not in CURRENCIES:
        return None
    rate = _RATE.match(claim.text[at[1] :].lstrip())
    return rate.group(1).lower() if rate else None


_FROM_A_RATE = re.compile(
    r"\bfrom\s+[£$€][\d,.]+\s*(?:m|bn|k|million|billion)?\s+(?:a|an|per)\s+"
    r"(year|month|week|day|night|hour)\s+to\s+$",
    re.I,
)
"""A sum a rate rises or falls to, the rate told with the sum it left: "the rent would climb
from £14,000 a year to [£19,800]" is £19,800 a year."""


def _told_ahead(field: FieldValue, claim: Claim) -> bool:
    """Whether the verb ``field`` hangs on is told as what will be: "will cost £3.6m".

    A forecast ("is expected to cost £4.2m") and such a figure both tell what lies
    ahead, so they are one measure; a forecast and a figure told as done are two. So is
    the sum of work told as still to be done (:data:`_TO_BE_DONE`): "needs to carry out a
    £68,000 refit" / "the refit is expected to cost £86,000" (a food bank's move); "plans
    to build a £2m pavilion" / "the pavilion is expected to cost £2.6m" (a cricket club's).
    """
    at = _in_claim(field, claim)
    if at is not None and _TO_BE_DONE.search(claim.text[: at[0]]):
        return True  # "needs to carry out a £68,000 refit": the work is still to be done
    verbs = _verbs_told(claim, field.governor)
    if not verbs and field.governor and at is not None:
        # a verb the claim reads no event of: "the £148,000 barn will go up on the paddock"
        ahead = re.compile(
            rf"\b(?:will|would|shall)\s+(?:be\s+)?{re.escape(field.governor)}\w*\b", re.I
        )
        return ahead.search(claim.text, at[1]) is not None
    return bool(verbs) and all(v.modality in ("will", "would", "shall") for v in verbs)


_TO_BE_DONE = re.compile(
    r"\b(?:needs?|has|have|is|are|plans?|intends?)\s+to\s+(?-i:[a-z]+)(?:\s+(?:out|up))?"
    r"\s+(?:a|an|the|its|their)\s+$",
    re.I,
)
"""A sum of work told as still to be done: "needs to carry out a £68,000 refit", "plans to
build a £2m pavilion", "is to commission a £40,000 survey"."""


OFFSETS = frozenset(["change by", "time since", "where", "added"])
"""Measure bases (:func:`measure_basis`) of a figure that is an offset of another value, never
that value: what something changed by ("cut 40 minutes off the record"), how long ago it
was, how far away, what was added to a total."""


_GIVEN_TOWARDS = frozenset(["grant", "contribution", "donation", "gift", "subsidy", "award"])
"""Sums that are themselves given towards a cost: "agreed a £45,000 grant" is the sum "put
£54,000 towards a mobile clinic" tells, a share of the whole, as the other is."""


@rule("compare.different_measures", "not_compared")
def different_measures(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two figures of different measures: a monthly and a yearly change, a rate and a total.

    So are an average and a day's count, and a forecast and the outcome.

    Fires: "prices rose 0.9% month on month" / "prices rose 5.4% year on year"; "the state
    reported 279 deaths on Tuesday" / "the seven-day average rose to 250 deaths"; "employers
    added 266,000 jobs" / "economists had expected employers to add 1 million jobs"; "now
    looks after about 90 cats" / "rehomed 340 cats last year" and "now houses 48 dogs" /
    "rehomed 210 dogs last year" (what a sanctuary holds, and what it did; so is "there are
    currently 71 dogs at the centre" / "in 2024 the centre rehomed about 380 dogs", and "there
    are now 26 boats in the marina" / "the marina sold 40 boats last year"); "$9.6 billion of
    trade a day" / "$400 million of trade an hour"; "the shooting set off five days of
    riots" / "the boy was shot eight days ago"; "she had been in hospital for three weeks" /
    "she had a stroke nine days earlier"; "five soldiers were killed on Wednesday" / "seven
    soldiers have been killed so far"; "the ministry reported 40 new cases on Monday" / "the
    ministry has reported 310 cases in all"; "prices rose 0.9% in March from February" /
    "prices rose 5.4% in March from a year earlier"; "20 million doses were given this week"
    / "80 million doses have been given in total"; "five soldiers were killed on Wednesday"
    / "30 soldiers were killed this month" (a day's count and a month's); "shares fell 5% on
    Monday" / "shares have fallen 20% this year" (a day's change and the year's); "the
    eruption forced 2,000 residents to flee on Monday" / "has forced 5,000 people from their
    homes since Monday" (the day dates the count through the verb it made them do);
    "officials reported 37 new cases" / "the outbreak has grown to 214 cases" (what is new
    and the total); "began the winter with 18,000 tonnes of salt in stock" / "used 19,700
    tonnes of salt in total" and "had 3 tonnes of food in stock" / "handed out 9 tonnes of
    food in all" (a stock and what was used: a gritting season, a food bank); "the
    retirement age rises from 62 to 64 over six years" / "the age will rise by two years" (a
    span and an amount of change); "about 6,500 homes were still without heat" / "more than
    11,000 homes lost power" (what still held later and how many it befell, also where the
    parse gives the second no verb: "seven people were taken to hospital" / "two people
    remain in hospital"); "was given two extra life sentences" / "is serving three life
    sentences" (what was added and the total); "contributed £2.1 million towards the cost" /
    "the £3.4 million project" (a share and the whole); "the bottling plant employs 160
    people" / "the firm hopes to employ 240 people by 2026" and "the appeal has raised
    £18,000" / "organisers hope to raise £25,000" (a goal and a figure told as it is); "cut
    almost 40 minutes off the record" / "lapped the island in 4 hours 2 minutes" and
    "knocked 90 seconds off her best" / "won in 2 hours 24 minutes" (a span taken off, and
    how long something took).
    Holds: "prices rose 5.4% year on year" / "prices rose 5.6% from a year earlier" (one
    measure: the figures conflict); "inflation hit 5.4%" / "prices rose 5.6% year on year"
    (a plain rate may be the yearly one); "she had a stroke almost three weeks ago" / "she
    had a stroke nine days earlier" (two times since: they conflict); "seven soldiers have
    been killed so far" / "nine soldiers have been killed so far", or "killed on Wednesday"
    twice (one measure each); "five soldiers were killed on Wednesday" / "seven soldiers
    were killed" (a plain count may be that day's); "22 are still missing" / "17 were
    missing" (one state, told two ways); "will employ 200 people" / "hopes to employ 240
    people" (a plan and a goal, both ahead: compared); "is expected to cost £4.2 million" /
    "will cost £3.6 million" (a forecast and a figure told as what will be: compared);
    "shave 12 minutes off the journey" / "cut the journey by 15 minutes" (two spans taken
    off: compared); "increased the interim dividend to 3.2p a share" / "raised its interim
    dividend to 3.6p" (a dividend is per share, told so or not); "the daily standing charge
    will go up from 48p to 62p" / "will climb from 48p to 72p a day" and "the weekly rent
    will rise to £98 from April" / "to £104 a week from April" (a sum per period told by an
    adjective before its noun; "from April" tells when a level starts). What a vessel or a
    ground may hold is set apart from a count even where it would fit: "licensed to carry up
    to 300 people" / "240 people were pulled from the water" is no agreement.
    """
    if pair.kind != "quantity":
        return None
    ma, mb = measure_basis(pair.fa, pair.a), measure_basis(pair.fb, pair.b)
    if (ma == "capacity") != (mb == "capacity"):
        held, count = (pair.fa, pair.fb) if ma == "capacity" else (pair.fb, pair.fa)
        return (
            f"“{held.text}” is what something may hold, “{count.text}” a count: different "
            "measures, not compared."
        )
    if not _flagged(cmp):
        return None
    for new, a, total, b in (
        (pair.fa, pair.a, pair.fb, pair.b),
        (pair.fb, pair.b, pair.fa, pair.a),
    ):
        if _new_count(new, a) and not _new_count(total, b) and _grown_total(total, b):
            return (
                f"“{new.text}” counts what is new, “{total.text}” the total it has grown to: "
                "different measures, not compared."
            )
    for still, bs, other, bo, oc in (
        (pair.fa, ma, pair.fb, mb, pair.b),
        (pair.fb, mb, pair.fa, ma, pair.a),
    ):
        if bs == "still" and bo is None and _changed_into(other, still, oc):
            return (
                f"“{still.text}” counts what still held later, “{other.text}” how many it "
                f"happened to (“{other.governor}”): different measures, not compared."
            )
    for aim, other, oc, bo in ((pair.fa, pair.fb, pair.b, mb), (pair.fb, pair.fa, pair.a, ma)):
        if (
            (ma if aim is pair.fa else mb) == "aim"
            and bo is None
            and (_plainly_so(other, oc) or _given_already(other, oc))
        ):
            return (
                f"“{aim.text}” is what someone hopes or aims to reach, “{other.text}” a "
                "figure told as it is: different measures, not compared."
            )
    if ma == mb or {ma, mb} == _NESTED:
        return None
    if "towards" in (ma, mb) and {ma, mb} <= {"towards", None, "on one day"}:
        share, other = (pair.fa, pair.fb) if ma == "towards" else (pair.fb, pair.fa)
        whole = sum_noun(other)
        if whole in _GIVEN_TOWARDS:
            return None  # "agreed a £45,000 grant last night" / "to put £54,000 towards"
        if None in (ma, mb) and (whole is None or whole == sum_noun(share)):
            return None  # "£38,000 towards the costs" / "£58,000 of the costs": two shares
    for held, hc, done, dc in (
        (pair.fa, pair.a, pair.fb, pair.b),
        (pair.fb, pair.b, pair.fa, pair.a),
    ):
        if _held_now(held, hc) and _done_in_the_past(done, dc, held):
            return (
                f"“{held.text}” counts what is held now (“{held.governor}”), “{done.text}” "
                f"what an act did (“{done.governor}”): different measures, not compared."
            )
    if {ma, mb} == {"forecast", None}:
        plain, pc = (pair.fb, pair.b) if ma == "forecast" else (pair.fa, pair.a)
        if _told_ahead(plain, pc):
            return None  # "is expected to cost £4.2m" / "will cost £3.6m": both ahead
    if "forecast" in (ma, mb) and str(mb if ma == "forecast" else ma).startswith("per "):
        (fc, fcc), (rt, rtc, rb) = (
            ((pair.fa, pair.a), (pair.fb, pair.b, mb))
            if ma == "forecast"
            else ((pair.fb, pair.b), (pair.fa, pair.a, ma))
        )
        if _told_ahead(rt, rtc) and f"per {_rate_after(fc, fcc)}" == rb:
            return None  # "expects to save £2.1m a year" / "would save about £1.2m a year"
    told = ma or mb
    if (ma is None or mb is None) and not str(told).startswith(_APART_FROM_PLAIN):
        return None

    def kind(basis: str | None) -> str:
        return {
            None: "a plain figure",
            "average": "an average",
            "forecast": "a forecast",
            "aim": "what someone hopes or aims to reach",
            "sought": "what was asked for",
            "so far": "a running total",
            "on one day": "one day's count",
            "in one period": "the count of one week, month or quarter",
            "change by": "an amount of change",
            "added": "what was added to a total",
            "towards": "a share given towards a total",
            "still": "a count of what still held",
            "peak": "a peak",
            "in stock": "a stock held",
            "where": "a distance that places something",
            "window": "the span some happenings are counted in",
            "during trading": "a price or move during the trading day",
            "at the close": "a price or move at the close",
        }.get(basis, f"a figure {basis}")

    return (
        f"“{pair.fa.text}” is {kind(ma)}, “{pair.fb.text}” {kind(mb)}: different measures, "
        "not compared."
    )


_RATE_NAMED = re.compile(r"\brate\s+(?:of|was|is|stood\s+at|stands\s+at|at)\s+$", re.I)
"""A percentage named as a rate's level: "an inflation rate of 3.4%", "the base rate was 4%"."""
_VERBS_OF_A_CHANGE = frozenset(
    ["increase", "rise", "raise", "cut", "fall", "drop", "decrease", "grow", "climb", "jump",
     "lower", "reduce", "put"]
)  # fmt: skip
"""Verbs a percentage is the change of: "increased its prices by 8.8%", "rose 6%" (with
:data:`_CHANGING`, the verbs of a change told in per cent)."""


_TO_A_LEVEL = re.compile(r"\b(?:to|at|from)\s+$", re.I)
"""A figure a change runs to or from is a level: "the rate fell to 3.8%"."""


def _rate_level(field: FieldValue, claim: Claim) -> bool:
    at = _in_claim(field, claim)
    return at is not None and _RATE_NAMED.search(claim.text[max(0, at[0] - 40) : at[0]]) is not None


_SERIES = re.compile(
    r"\b(core|headline|consumer|food|energy|fuel|services|goods|rent|wage|pay|youth|long-term)"
    r"\s+"
    r"(?:price\s+)?(?:inflation|unemployment|jobless|growth|rate|prices)\b",
    re.I,
)
"""A named series of a rate: "core inflation", "food inflation", "consumer price inflation"
(the headline rate), "youth unemployment", "wage growth"."""


def _series(field: FieldValue, claim: Claim) -> str | None:
    """The named series a percentage is of, told before it in its claim, else None."""
    at = _in_claim(field, claim)
    if at is None:
        return None
    found = _SERIES.findall(claim.text[max(0, at[0] - 90) : at[0]])
    return found[-1].lower() if found else None


@rule("compare.rates_of_two_series", "not_compared")
def rates_of_two_series(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two rates of two named series: core and food inflation, youth and long-term jobless.

    "Core inflation ticked up to 2.9 per cent" and "food inflation slowed to 4.7 per cent"
    are two measures of one month's prices; a figure of one is no reading of the other.

    Fires: "core inflation ticked up to 2.9 per cent" / "food inflation slowed to 4.7 per
    cent" (a month's prices); "the youth unemployment rate rose to 14.1 per cent" / "the
    long-term unemployment rate held at 1.2 per cent" (a jobs report).
    Holds: "core inflation rose to 2.9 per cent" / "core inflation eased to 3.1 per cent"
    (one series: the figures conflict); "inflation slowed to 3.1 per cent" / "core
    inflation rose to 2.9 per cent" (one series unnamed: compared as told).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    sa, sb = _series(pair.fa, pair.a), _series(pair.fb, pair.b)
    if sa is None or sb is None or sa == sb:
        return None
    return f"“{pair.fa.text}” is {sa} and “{pair.fb.text}” {sb}: rates of two series, not compared."


_SPAN_UNIT_MONTHS = {"year": 12, "month": 1, "week": 0.25}
_SPAN_AFTER = re.compile(
    r"^[^.;:]{0,20}?\b(?:over|across|during|within|in)\s+(?:the\s+)?(?:next|coming|following|"
    r"past|last|first\s+)?\s*(?P<n>\d+|[a-z]+)[- ](?P<unit>year|month|week)s?\b",
    re.I,
)
_SPAN_BEFORE = re.compile(
    r"\b(?P<n>\d+|[a-z]+)-(?P<unit>year|month|week)\s+(?:[a-z]+\s+){0,2}?(?:plan|programme|"
    r"scheme|deal|contract|budget|period|strategy)\b[^.;:]{0,40}$",
    re.I,
)
"""The span a sum is saved, spent or paid over: "£17m over the coming 12 months", "a two-year
plan to save £32 million"."""
_ONE_YEAR_AFTER = re.compile(
    r"^[^.;:]{0,20}?\b(?:(?:in|over|during|for)\s+(?:the\s+)?(?:coming|next|current|following"
    r"|this|past|last|previous)|last)\s+(?:financial\s+|fiscal\s+|calendar\s+)?year\b",
    re.I,
)
"""A sum told over one year, to come or gone: "£3.6m of savings in the coming financial
year", "lost £180,000 last year"."""


def _span_of_sum(field: FieldValue, claim: Claim) -> float | None:
    """The months a sum of money is told over, else None."""
    if getattr(field.value, "unit", None) not in CURRENCIES:
        return None
    at = _in_claim(field, claim)
    if at is None:
        return None
    if _ONE_YEAR_AFTER.match(claim.text[at[1] :]):
        return 12.0  # "£3.6m of savings in the coming financial year"
    m = _SPAN_AFTER.match(claim.text[at[1] :]) or _SPAN_BEFORE.search(
        claim.text[max(0, at[0] - 80) : at[0]]
    )
    if m is None:
        return None
    n = 1.0 if m["n"].lower() in ("a", "an") else _number_of(m["n"])
    return None if n is None else n * _SPAN_UNIT_MONTHS[m["unit"].lower()]


@rule("compare.sums_over_two_spans", "not_compared")
def sums_over_two_spans(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two sums of money told over spans of different lengths: two measures.

    "A two-year plan to save £32 million" and "it aims to save £17m over the coming 12
    months" give the savings of two spans; one is no reading of the other.

    Fires: "a two-year plan to save £32 million" / "it aims to save £17m over the coming 12
    months" (a health board's deficit); "the council will spend £5 million on roads over
    five years" / "the council will spend £1.2 million on roads over the next 12 months"
    (a roads budget); "£3.6m of savings in the coming financial year" / "£7.2 million in
    savings over the next two years" (a council's cuts).
    Holds: "a two-year plan to save £32 million" / "a plan to save £30 million over two
    years" (one span: the sums conflict); "the council will spend £5 million on roads" /
    "the council will spend £1.2 million on roads over the next 12 months" (one span
    untold: compared as told).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    sa, sb = _span_of_sum(pair.fa, pair.a), _span_of_sum(pair.fb, pair.b)
    if sa is None or sb is None or sa == sb:
        return None
    return (
        f"“{pair.fa.text}” is told over {sa:g} months, “{pair.fb.text}” over {sb:g}: sums of "
        "two spans, not compared."
    )


_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
_READ_BY = re.compile(
    r"\b(?:by|as\s+of)\s+(?P<when>midday|noon|midnight|lunchtime|teatime"
    r"|(?:early|late)\s+(?:morning|afternoon|evening)|(?:this|last)\s+(?:morning|afternoon|evening|night)"
    rf"|{_DAYS}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"|the\s+end\s+of\s+the\s+day|the\s+time\s+of\s+writing)\b(?!['’]s\b)"
    r"|(?P<day>\bover\s+the\s+course\s+of\s+the\s+day|\bthroughout\s+the\s+day|\ball\s+day\b)",
    re.I,
)
"""When a running count was read: "6,200 calls by midday", "900 claims by Tuesday
evening", "more than 9,000 calls over the course of the day"; not what a day's event did
("forced out by Tuesday's flood")."""


def read_at(field: FieldValue, claim: Claim) -> str | None:
    """The moment a running count is told as read at, in its clause, else None."""
    at = _in_claim(field, claim)
    if at is None or field.kind != "quantity" or not is_count(field):
        return None
    before = re.split(r"[;:]|,\s+(?:and|but)\s", claim.text[max(0, at[0] - 60) : at[0]])[-1]
    after = re.split(r"[;:.]|,\s+(?:and|but|which|who)\s", claim.text[at[1] : at[1] + 60])[0]
    m = _READ_BY.search(after) or _READ_BY.search(before)
    if m is None:
        return None
    return "the day" if m["day"] else " ".join(m["when"].lower().split())


def _read_by_date(field: FieldValue, claim: Claim) -> FieldValue | None:
    """The date of the day gone a running count is told as reached by ("by the end of June").

    The day must date the count's own verb: "ordered it to fit a limiter at 75 decibels and
    to build a lobby by the end of September" reads no count by September.
    """
    for date in claim.fields:
        if date.kind != "date" or date.governor != field.governor:
            continue  # "fit a limiter at 75 decibels and build a lobby by the end of September"
        if _count_as_of(claim, date) is field:
            return date
    return None


def _read_by(field: FieldValue, claim: Claim) -> str | None:
    """The day gone a running count is told as reached by ("310 casks by the end of June")."""
    date = _read_by_date(field, claim)
    return None if date is None else " ".join(date.text.lower().split())


def _moment_read(field: FieldValue, claim: Claim, published: str | None) -> str | None:
    """The day a running sum is read on: its "by" day gone, else its article's day."""
    date = _read_by_date(field, claim)
    if date is not None and isinstance(date.value, DateValue):
        return date.value.latest
    return published


def _sum_fell(pair: Pair) -> bool:
    """Whether a running sum is told smaller at a later moment than at an earlier one.

    Money raised or spent only grows: "by last night the event had raised £48,600" in one
    article and "the total raised stands at £36,200" in the next day's cannot both hold.
    Counts are left as they were (a count may be revised down as news comes in).
    """
    values = []
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        value = field.value
        if not isinstance(value, QuantityValue) or value.unit not in CURRENCIES:
            return False
        moment = _moment_read(field, claim, pair.published(claim))
        if moment is None or value.low is None:
            return False
        values.append((moment, value.low))
    (ma, va), (mb, vb) = values
    return (ma < mb and va > vb) or (mb < ma and vb > va)


@rule("compare.counts_read_at_two_moments", "not_compared")
def counts_read_at_two_moments(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two counts of a running tally, one told as read at a moment the other is not.

    "The helpline had taken 6,200 calls by midday" and "it logged more than 9,000 calls over
    the course of the day" are one tally read twice; the second is no other telling of the
    first.

    Fires: "the helpline had taken 6,200 calls by midday" / "the helpline logged more than
    9,000 calls over the course of the day" (an exam portal crash); "insurers had received
    900 claims by Tuesday evening" / "insurers had 1,400 claims on the hailstorm" (a
    hailstorm); so do counts read by a day gone (:func:`_read_by`): "had filled 310 casks by
    the end of June" / "has filled more than 330 casks" (a distillery's first casks); "had
    planted 4,000 trees by March" / "volunteers have planted 5,200 trees" (a new woodland),
    and sums of money reached by a day gone (an appeal, a repair bill).
    Holds: "the helpline had taken 6,200 calls by midday" / "the helpline had taken 8,100
    calls by midday" (one moment: the counts conflict); "insurers received 900 claims" /
    "insurers received 1,400 claims" (no moment told); a sum smaller at the later moment
    (:func:`_sum_fell`: "had raised £48,600 by last night" / "stands at £36,200" the next
    day).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    ra = read_at(pair.fa, pair.a) or _read_by(pair.fa, pair.a)
    rb = read_at(pair.fb, pair.b) or _read_by(pair.fb, pair.b)
    if (ra is None and rb is None) or ra == rb or _sum_fell(pair):
        return None
    told = " and ".join(
        f"“{f.text}” "
        + (f"read {'over' if r == 'the day' else 'by'} {r}" if r else "read at no moment told")
        for f, r in ((pair.fa, ra), (pair.fb, rb))
    )
    return f"{told}: a running count read at two moments, not compared."


MONEY_NOUNS: tuple[frozenset[str], ...] = (
    frozenset(["revenue", "revenues", "sales", "turnover"]),
    frozenset(["value", "valuation", "worth", "capitalisation", "capitalization"]),
    frozenset(["profit", "profits", "earnings"]),
    frozenset(["loss", "losses", "deficit", "shortfall"]),
    frozenset(["debt", "debts", "borrowing", "borrowings"]),
    frozenset(["cost", "costs", "price", "bill"]),
    frozenset(["fine", "penalty"]),
    frozenset(["award", "compensation", "damages", "payout"]),
    frozenset(["grant", "funding", "award"]),
    frozenset(["salary", "pay", "wage", "wages"]),
    frozenset(["dividend", "dividends"]),
    frozenset(["fund", "pot"]),
)
"""Nouns a sum of money is the amount of, by what they measure: a company's sales are no
reading of its value, nor its profit of its sales. A word of two measures is in both: an
"award" is damages a court gives or a grant a funder gives ("was awarded £18.5m by the
research council" / "secured £13.5 million in research funding"). A budget's gap is its
shortfall or deficit ("a £38 million gap in its budget" / "a shortfall of £52 million"). A
fund is the pot, not what it awards ("the £250,000 Neighbourhood Choices Fund" / "was
awarded £84,000 from the fund")."""


@rule("compare.sums_of_two_things", "not_compared")
def sums_of_two_things(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two sums of money each named the amount of a different thing: two measures.

    "Revenue of £212m" and "valued at around £1.7bn" are a company's sales and its worth;
    "a profit of £40m" and "sales of £300m" its profit and its sales.

    Fires: "the group reported revenue of £212m for last year" / "the group was valued at
    around £1.7bn" (a short seller's report); "the chain made a profit of £40m" / "the chain
    had sales of £300m" (a bakery chain's results).
    Holds: "the group reported revenue of £212m" / "the group had sales of £230m" (one
    measure: the sums conflict); "the party was given a fine of £18,500" / "the party
    faces a penalty of £15,800" (a fine); "has been awarded £18.5m by the research council"
    / "secured £13.5 million in research funding" and "was awarded £250,000 by the lottery
    fund" / "won £320,000 of lottery funding" (an award from a funder is a grant).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    na, nb = sum_noun(pair.fa), sum_noun(pair.fb)
    named = [g for g in MONEY_NOUNS if na in g], [g for g in MONEY_NOUNS if nb in g]
    if not all(named) or set(named[0]) & set(named[1]):
        return None
    return f"“{pair.fa.text}” is a {na}, “{pair.fb.text}” a {nb}: sums of two things, not compared."


CHANGED_THINGS: dict[str, str] = {
    **dict.fromkeys(["share", "shares", "stock", "stocks"], "shares"),
    **dict.fromkeys(["profit", "profits", "earnings", "earning"], "profit"),
    **dict.fromkeys(["revenue", "revenues", "sales", "sale", "turnover"], "sales"),
    **dict.fromkeys(["dividend", "dividends"], "dividend"),
    **dict.fromkeys(["output", "production"], "output"),
    **dict.fromkeys(["export", "exports"], "exports"),
    **dict.fromkeys(["import", "imports"], "imports"),
    **dict.fromkeys(["wage", "wages", "pay", "salary", "salaries"], "pay"),
    **dict.fromkeys(["rent", "rents"], "rent"),
    **dict.fromkeys(["fare", "fares"], "fares"),
    **dict.fromkeys(["passenger", "passengers"], "passengers"),
    **dict.fromkeys(["visitor", "visitors"], "visitors"),
    **dict.fromkeys(["order", "orders"], "orders"),
    **dict.fromkeys(["membership", "member", "members"], "members"),
}  # fmt: skip
"""What a change in per cent is of, by the words that name it: a company's shares, its
profit, its sales; a country's output, exports, pay; a landlord's rents; a line's fares or
passengers. Words of one thing name it alike ("shares" and "stock", "sales" and "revenue")."""

_CHANGE_NOUN = (
    r"(?:rise|increase|fall|drop|jump|gain|climb|decline|slump|growth|surge|leap|slide|dip"
    r"|decrease|reduction|hike|boost|uplift|cut|recovery)s?"
)
_CHANGE_IN = re.compile(
    rf"^\s*{_CHANGE_NOUN}\s+in\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
    r"(?P<what>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3})",
    re.I,
)
"""A change told by its noun, with what it is in: "a 12% rise in annual profit"."""
_CHANGING = frozenset(
    ["rise", "fall", "climb", "drop", "increase", "decrease", "jump", "grow", "decline",
     "slip", "gain", "surge", "sink", "tumble", "plunge", "soar", "slide", "dip", "end",
     "close", "finish", "edge", "lose", "shed", "add", "slump", "rally", "recover"]
)  # fmt: skip
"""Verbs a change in per cent is told with ("shares fell 2.4%", "ended the day down 2.4%")."""


def changed_thing(field: FieldValue, claim: Claim) -> str | None:
    """What a change in per cent is of (:data:`CHANGED_THINGS`), when its claim says it.

    By the change's noun ("a 12% rise in annual profit" gives "profit") or by the subject
    of the verb it is told with ("shares in the group ended the day down 2.4%" gives
    "shares"); None for a figure that is no change, or of a thing not listed.
    """
    if getattr(field.value, "unit", None) != "%":
        return None
    at = _in_claim(field, claim)
    if at is None:
        return None
    if (m := _CHANGE_IN.match(claim.text[at[1] :])) is not None:
        for word in m["what"].lower().split():
            if word in CHANGED_THINGS:
                return CHANGED_THINGS[word]
            if word in FUNCTION_WORDS:
                return None
        return None
    verb = (field.governor or "").split()[0] if field.governor else ""
    if verb not in _CHANGING:
        return None
    subjects = {
        v.subject
        for v in [*events_told(claim), *events_told(claim, "background")]
        if v.predicate.split()[0] == verb and v.subject
    }
    things = {CHANGED_THINGS[w] for w in subjects if w in CHANGED_THINGS}
    return next(iter(things)) if len(things) == 1 and len(subjects) == 1 else None


@rule("compare.changes_of_two_things", "not_compared")
def changes_of_two_things(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two changes in per cent, each of a different thing: a company's profit and its shares.

    "A 12% rise in annual profit" and "shares ended the day down 2.4%" tell two changes of
    one results day; neither reads the other.

    Fires: "Corvane reported a 12% rise in annual profit" / "shares in Corvane ended the
    day down 2.4%" (a lift maker's results); "the grocer's sales rose 4% over Christmas" /
    "the grocer reported a 9% fall in profit" (a grocer's half year).
    Holds: "a 12% rise in annual profit" / "annual profit rose 15%" (one profit: the
    changes conflict); "shares closed 6.1% higher" / "shares ended down 2.4%" (one share
    price).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    ta, tb = changed_thing(pair.fa, pair.a), changed_thing(pair.fb, pair.b)
    if ta is None or tb is None or ta == tb:
        return None
    return f"“{pair.fa.text}” is a change in {ta}, “{pair.fb.text}” in {tb}: not compared."


_LOWEST_BEFORE = re.compile(
    r"\b(?:from|starting\s+at|starts?\s+at|as\s+little\s+as|as\s+low\s+as)\s+$", re.I
)
_LOWEST_NAMED = re.compile(
    r"\b(?:cheapest|entry-level|basic|base|standard|lowest-priced)\s+(?:[\w-]+\s+)?"
    r"(?:version|model|edition|variant|option|tier|plan|package|trim)s?\b",
    re.I,
)
_VARIANT = re.compile(
    r"\b(?:version|model|edition|variant|tier|trim)s?\s+(?:with|that|which|featuring|offering)\b"
    r"|\b(?:premium|pro|deluxe|top|top-end|larger|bigger|upgraded|long-range|faster)\s+"
    r"(?:[\w-]+\s+)?(?:version|model|edition|variant|tier|trim)s?\b",
    re.I,
)
"""A price told as the lowest of a range ("priced from £129", "the cheapest version will cost
£149") and one of a named version ("a version with built-in 4G will cost £179", "the
long-range model")."""


def price_of(field: FieldValue, claim: Claim) -> str | None:
    """Whether a price is told as the lowest of a range ("lowest") or a version's ("version")."""
    if getattr(field.value, "unit", None) not in CURRENCIES:
        return None
    at = _in_claim(field, claim)
    if at is None:
        return None
    clause = re.split(r"[;:]|,\s+(?:while|but|and|with)\b", claim.text[: at[0]])[-1]
    if _LOWEST_BEFORE.search(clause) or _LOWEST_NAMED.search(clause):
        return "lowest"
    if _VARIANT.search(clause):
        return "version"
    return None


@rule("compare.price_of_a_version", "not_compared")
def price_of_a_version(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """The lowest price of a range set against the price of one version of it: two prices.

    "The Leaf 3 is priced from £129" and "a version with built-in 4G will cost £179" price
    two models; two lowest prices are compared ("priced from £129" / "the cheapest version
    will cost £149").

    Fires: "the cheapest version will cost £149" / "a version with built-in 4G will cost
    £179" (an e-reader launch); "prices for the hatchback start at £24,995" / "the
    long-range version with a bigger battery costs £31,500" (an electric car launch).
    Holds: "the Leaf 3 is priced from £129" / "the cheapest version will cost £149" (two
    lowest prices: they conflict); "prices start at £24,995" / "the cheapest model costs
    £26,500" (a car).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    ka, kb = price_of(pair.fa, pair.a), price_of(pair.fb, pair.b)
    if {ka, kb} != {"lowest", "version"}:
        return None
    return (
        f"“{pair.fa.text}” is {'the lowest price' if ka == 'lowest' else 'one version’s price'}, "
        f"“{pair.fb.text}” {'the lowest price' if kb == 'lowest' else 'one version’s'}: "
        "two prices, not compared."
    )


_FOR_SEVERAL = re.compile(
    r"^\s+(?:for|per)\s+(?:(?:a|an|each|every)\s+[a-z]+\s+of\s+)?"
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
    r"\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\b",
    re.I,
)
"""What tells a price as one for several things: "£140 for a term of ten group lessons",
"$30 for two tickets"."""


def bundle_of(field: FieldValue, claim: Claim) -> int | None:
    """How many things a sum is the price of, where its claim tells it is several, else None."""
    at = _in_claim(field, claim)
    if at is None or getattr(field.value, "unit", None) not in CURRENCIES:
        return None
    m = _FOR_SEVERAL.match(claim.text[at[1] :])
    if m is None:
        return None
    return count_value(m["n"])


@rule("compare.price_of_a_bundle", "not_compared")
def price_of_a_bundle(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A price for several things set against a price of one, or of another number: two prices.

    Fires: "the cost of a 30-minute small-group lesson will rise to £14" / "parents will pay
    £140 for a term of ten group lessons" (a music service's fees); "a single ticket costs
    £4.50" / "riders pay £20 for five tickets" (a tram fare).
    Holds: "parents will pay £140 for a term of ten lessons" / "parents will pay £120 for a
    term of ten lessons" (one bundle: they conflict); "a lesson will cost £14" / "a lesson
    will cost £16".
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    na, nb = bundle_of(pair.fa, pair.a), bundle_of(pair.fb, pair.b)
    if na == nb:
        return None
    told = " and ".join(
        f"“{f.text}” for {n}" if n else f"“{f.text}” for one"
        for f, n in ((pair.fa, na), (pair.fb, nb))
    )
    return f"{told}: prices of different numbers of things, not compared."


def told_when(field: FieldValue, claim: Claim) -> str | None:
    """Whether a figure's verb is dated wholly before its article ("done") or after ("to come").

    "Last winter, crews felled 1,100 trees" is done; "will start felling 2,960 trees on
    October 14", written in September, is to come. The date is the one on the figure's
    verb, or the claim's only date when the figure is its only count and neither hangs on a
    verb ("in March" of "headed north in March" dates no count of the claim). None when no
    one date dates it.
    """
    dates = [f for f in claim.fields if f.kind == "date" and isinstance(f.value, DateValue)]
    dating = [f for f in dates if field.governor and f.governor == field.governor]
    figures = [f for f in claim.fields if f.kind == "quantity" and is_count(f)]
    if not dating and len(dates) == 1 and figures == [field] and dates[0].governor is None:
        dating = dates  # the claim's one date and its one count, neither on a verb
    if len(dating) != 1:
        return None
    return {"before": "done", "after": "to come"}.get(_side_of_publication(dating[0]) or "")


@rule("compare.done_and_to_come", "not_compared")
def done_and_to_come(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two counts of one act, one dated before its article and one after: two times.

    "Last winter, crews felled 1,100 diseased ash trees" and "the council will start felling
    2,960 diseased ash trees on October 14" count a past season's work and the work to come.

    Fires: "last winter crews felled 1,100 diseased ash trees" / "will start felling 2,960
    diseased ash trees on October 14" (an ash dieback programme); "last month nurses gave
    4,200 flu jabs" / "nurses will give 6,000 flu jabs from next Monday" (a vaccination
    drive).
    Holds: "crews will fell 2,960 trees from October 14" / "crews will start felling about
    3,000 trees on October 14" (both to come: compared); "nurses gave 4,200 jabs last
    month" / "nurses gave 6,000 jabs last month" (both done).
    """
    if (
        pair.kind != "quantity"
        or not _flagged(cmp)
        or not (is_count(pair.fa) and is_count(pair.fb))
    ):
        return None
    ta, tb = told_when(pair.fa, pair.a), told_when(pair.fb, pair.b)
    if {ta, tb} != {"done", "to come"}:
        return None
    return (
        f"“{pair.fa.text}” is {ta} and “{pair.fb.text}” {tb}, by their dates: counts of two "
        "times, not compared."
    )


_FALLING = re.compile(r"\b(?:rain|rainfall|snow|snowfall|hail|sleet|precipitation)\b", re.I)
_FALL_SPAN = re.compile(
    r"\b(?:in|within|over|during|across|throughout)\s+(?:just\s+|only\s+|less\s+than\s+|"
    r"about\s+|the\s+(?:past|last|first)\s+)?(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|"
    r"six|twelve|24|48)\s*(?P<unit>minutes?|hours?|hrs?|days?|weeks?)\b"
    r"|\b(?:across|over|during|throughout|for)\s+(?:the\s+)?(?:whole|all|entire)\s+(?:of\s+)?"
    r"(?P<day>the\s+day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend)\b"
    r"|\b(?P<night>overnight)\b",
    re.I,
)
"""The span a fall of rain or snow is told over: "38mm in 90 minutes", "52mm across the
whole of Wednesday", "15cm of snow overnight"."""
_FALL_HOURS = {"minute": 1 / 60, "min": 1 / 60, "hour": 1, "hr": 1, "day": 24, "week": 168}


def fall_span(field: FieldValue, claim: Claim) -> float | None:
    """The hours a fall of rain or snow (a length) is told over in its clause, else None."""
    if (magnitude(field) or ("",))[0] != "length" or not _FALLING.search(claim.text):
        return None
    at = _in_claim(field, claim)
    if at is None:
        return None
    clause = re.split(r"[;:]|,\s+(?:according|which|who|the\s+\w+\s+said)", claim.text[at[1] :])[0]
    m = _FALL_SPAN.search(clause[:80])
    if m is None:
        return None
    if m["night"]:
        return 12.0
    if m["day"]:
        return 48.0 if "weekend" in m["day"].lower() else 24.0
    n = 1.0 if m["n"].lower() in ("a", "an") else _number_of(m["n"])
    unit = m["unit"].lower().rstrip("s")
    return None if n is None else n * _FALL_HOURS[unit]


@rule("compare.falls_over_two_spans", "not_compared")
def falls_over_two_spans(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two falls of rain or snow told over spans of different lengths: two measures.

    "38mm of rain fell in 90 minutes" and "52mm across the whole of Wednesday" are the
    rain of a downpour and of its day; one is no reading of the other.

    Fires: "around 38mm of rain fell on the town in 90 minutes" / "the town recorded 52mm
    of rain across the whole of Wednesday" (an underpass flood); "15cm of snow fell
    overnight" / "32cm of snow fell over three days" (a snowed-in village).
    Holds: "38mm of rain fell in 90 minutes" / "52mm of rain fell in 90 minutes" (one span:
    the falls conflict); "15cm of snow fell overnight" / "25cm of snow fell on the
    village" (one span untold: compared as told).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    sa, sb = fall_span(pair.fa, pair.a), fall_span(pair.fb, pair.b)
    if sa is None or sb is None or sa == sb:
        return None
    return (
        f"“{pair.fa.text}” fell over {sa:g} hours, “{pair.fb.text}” over {sb:g}: falls of two "
        "spans, not compared."
    )


_PER_BASE = re.compile(
    r"^\s*(?:(?:[a-z]+\s+){0,2}?)(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+"
    r"(?P<base>\d[\d,.]*(?:\s*(?:thousand|million|billion))?|(?:a\s+|one\s+)?"
    r"(?:hundred|thousand|million|billion)|capita|head)\b",
    re.I,
)
"""What follows a count told as a rate of a population: "38 cases per 100,000 residents",
"12 offences for every 1,000 people", "spending per head"."""
_A_BASE = re.compile(r"\b(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+$", re.I)
"""What comes right before a rate's base: "per", "for every"."""


def rate_base(field: FieldValue, claim: Claim) -> str | None:
    """The base a figure is told per ("100,000", "capita"), or None for a plain figure.

    The figure's own words may carry its counted noun first ("38 dengue cases per
    100,000"); a figure with no words of its own takes the base after it ("165 per
    100,000").
    """
    at = _in_claim(field, claim)
    if at is None or field.kind != "quantity":
        return None
    m = _PER_BASE.match(claim.text[at[1] : at[1] + 60])
    if m is None:
        return None
    words = m.group("base").lower().replace(",", "").split()
    if words[0] in ("capita", "head"):
        return "head"
    scale = {"hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9}
    figure = 1.0
    for word in words:
        if word in scale:
            figure *= scale[word]
        elif word not in ("a", "one"):
            figure *= float(word)
    return f"{figure:g}"  # "per 1,000" and "per thousand" are one base


def is_rate_base(field: FieldValue, claim: Claim) -> bool:
    """Whether a figure is the base of a rate ("per 100,000 residents"), no count itself."""
    at = _in_claim(field, claim)
    return at is not None and _A_BASE.search(claim.text[max(0, at[0] - 20) : at[0]]) is not None


@rule("compare.rate_and_count", "not_compared")
def rate_and_count(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A count told per a population's base beside a count of all, or per another base.

    "38 dengue cases per 100,000 residents" is a rate: the number of cases depends on how
    many live there. It is no telling of "112 dengue cases" in the district, nor of a rate
    per 1,000. The base itself ("100,000 residents") counts nothing that happened.

    Fires: "treated districts recorded 38 dengue cases per 100,000 residents" / "the
    district logged 112 dengue cases in the year" (a mosquito trial); "the town had 61
    burglaries for every 10,000 homes" / "police recorded 240 burglaries in the town" (a
    crime survey); "38 cases per 100,000 residents" / "100,000 residents" (a base).
    Holds: "38 cases per 100,000 residents" / "45 cases per 100,000 people" (two rates of
    one base: compared); "112 dengue cases" / "135 dengue cases" (two counts).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    for f, c in ((pair.fa, pair.a), (pair.fb, pair.b)):
        if is_rate_base(f, c):
            return f"“{f.text}” is the base a rate is told per: it counts nothing, not compared."
    ba, bb = rate_base(pair.fa, pair.a), rate_base(pair.fb, pair.b)
    if ba == bb:
        return None
    told = " and ".join(
        f"“{f.text}” " + (f"per {b}" if b else "in all") for f, b in ((pair.fa, ba), (pair.fb, bb))
    )
    return f"{told}: a rate of a population and a count of it are different measures."


@rule("compare.rate_and_change", "not_compared")
def rate_and_change(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A rate's level beside a percentage change: two measures.

    "December's inflation rate of 3.4%" is where a rate stood; "Skylane increased its
    prices by 8.8%" how much something changed. Both are percentages, but one is no
    reading of the other.

    Fires: "December's consumer prices inflation rate of 3.4%" / "Skylane increased its
    prices by 8.8% last year" (a broadband price rise); "the bank's base rate of 4.25%" /
    "mortgage payments rose by 6%, lenders said" (a rate decision).
    Holds: "the inflation rate of 3.4%" / "the inflation rate of 3.1%" (two levels: they
    conflict); "Skylane increased its prices by 8.8%" / "Skylane raised its prices by
    8.5%" (two changes); "the unemployment rate fell to 3.8%" (a level a change ran to).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    if {getattr(pair.fa.value, "unit", None), getattr(pair.fb.value, "unit", None)} != {"%"}:
        return None
    for level, lc, change, cc in (
        (pair.fa, pair.a, pair.fb, pair.b),
        (pair.fb, pair.b, pair.fa, pair.a),
    ):
        if not _rate_level(level, lc) or _rate_level(change, cc):
            continue
        at = _in_claim(change, cc)
        level_to = at is not None and _TO_A_LEVEL.search(cc.text[: at[0]]) is not None
        if change.governor in _VERBS_OF_A_CHANGE | _CHANGING and not level_to:
            return (
                f"“{level.text}” is a rate's level, “{change.text}” a change "
                f"(“{change.governor}”): different measures, not compared."
            )
    return None


def _dated_level(claim: Claim) -> tuple[FieldValue, FieldValue] | None:
    """The claim's one percentage and the one date of its clause, if it has just those.

    "The jobless rate fell to 3.8% in February" gives 3.8% and February; a claim with
    two percentages or two dates, or whose date hangs on another verb, gives None.
    """
    levels = [
        f
        for f in claim.fields
        if f.kind == "quantity"
        and getattr(f.value, "unit", None) == "%"
        and not getattr(f.value, "ordinal", False)
    ]
    dates = [f for f in claim.fields if _a_dated_day(f)]
    if len(levels) != 1 or len(dates) != 1:
        return None
    return _level_dated(claim, levels[0])


def _level_dated(claim: Claim, level: FieldValue) -> tuple[FieldValue, FieldValue] | None:
    """A percentage or a reading and the one date of its own clause, if its claim gives one.

    "Annual inflation was 3.1 percent in March, still above the bank's 2 percent target"
    gives 3.1 percent and March, whatever other percentage the claim names. A temperature
    or a speed is a reading too: "temperatures fell to minus 14C on Sunday" gives minus
    14C and Sunday (:data:`_READINGS`).
    """
    if getattr(level.value, "ordinal", False):
        return None
    if getattr(level.value, "unit", None) != "%" and measure(level) not in _READINGS:
        return None
    dates = [f for f in claim.fields if _a_dated_day(f) and f.governor == level.governor]
    if len(dates) > 1:  # "overnight ... on Sunday": the day named is the one read
        dates = [f for f in dates if getattr(f.value, "weekday", None) is not None]
    return (level, dates[0]) if len(dates) == 1 else None


_READINGS = frozenset(["celsius", "fahrenheit", "speed"])
"""Measures read off at a moment, like a rate: a temperature, a wind speed."""


def _a_dated_day(field: FieldValue) -> bool:
    """Whether a field is a date or time, not a span of time or a recurrence."""
    return (
        field.kind == "date"
        and isinstance(field.value, DateValue)
        and field.value.type in ("DATE", "TIME")
    )


_WHEN_AFTER_DATE = re.compile(r"^,?\s+when\b[^.;:]*$", re.I)
"""A clause of "when" hung on a date, up to a figure: "since 2015, when some 44,000 vehicles"."""


def _figure_then(field: FieldValue, claim: Claim, before: str) -> bool:
    """Whether a figure's own clause dates it, by a year written out, to a day before ``before``.

    The date hangs on the figure's verb or on a clause of when the thing began ("cost
    £1,199 when it launched in 2023", "cost £45 when the festival began in 2019"), or the
    figure sits in a clause of "when" hung on the date ("since 2015, when some 44,000
    vehicles a day used it").
    """
    at = _in_claim(field, claim)
    if at is None:
        return False
    for f in claim.fields:
        if not _a_dated_day(f) or not isinstance(f.value, DateValue):
            continue
        if f.value.basis not in (DateReading.ABSOLUTE, DateReading.BOUND):
            continue  # "agreed to increase fares in May": a month read by its tense may lag
        ended = f.value.latest is not None and f.value.latest < before
        if ended and f.governor in (field.governor, *_BEGINNING):
            return True
        # "since 2015, when ...": the clause tells the date's own moment, where it starts
        began = f.value.earliest is not None and f.value.earliest < before
        end = f.span[1] - claim.span[0]
        if began and 0 <= end <= at[0] and _WHEN_AFTER_DATE.match(claim.text[end : at[0]]):
            return True
    return False


_BEGINNING = ("launch", "open", "start", "begin")
"""Verbs of a clause that dates when a thing began: "when it launched in 2023"."""


def _figure_to_come(field: FieldValue, claim: Claim, before: str) -> bool:
    """Whether a figure's own clause tells what it will be or is now ("will cost £1,499").

    Its verb is told with "will" or in the present, and no date of its clause lies before
    ``before`` ("will cost £85 this summer" is to come).
    """
    if field.governor is None or any(
        _a_dated_day(f)
        and f.governor == field.governor
        and isinstance(f.value, DateValue)
        and (f.value.latest is None or f.value.latest < before)
        for f in claim.fields
    ):
        return False
    verb = field.governor.split()[0]  # "go" of "will go up from £26 to £33"
    told = [e for e in events_told(claim) if e.predicate.split()[0] == verb]
    if not told:  # a change the parse gives no event: "rents will go up from £26 to £33"
        return re.search(rf"\bwill\s+{re.escape(verb)}\b", claim.text, re.I) is not None
    return any(e.modality == "will" or e.tense == "present" for e in told)


@rule("compare.then_and_now", "not_compared")
def then_and_now(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A price or a rate its own clause dates to a year gone, beside one of now or to come.

    "The original model, which cost £1,199 when it launched in 2023" and "the new phone
    will cost £1,499"; "in 2015, when some 44,000 vehicles a day used it" and "the road
    carries about 52,000 vehicles a day": a price or a rate changes, and the first held
    then.

    Fires: "the original Arc Fold, which cost £1,199 when it launched in 2023" / "the Arc
    Fold 2 will cost £1,499" (a phone launch); "day tickets, which cost £45 when the
    festival began in 2019, sold out" / "day tickets will cost £85" (a music festival);
    "traffic has grown since 2015, when some 44,000 vehicles a day used the road" / "the
    road carries about 52,000 vehicles a day" (a toll road); "since 2018, when the ferry
    carried 900 passengers a week" / "the ferry carries 1,400 passengers a week" (an island
    ferry); "rents were last raised in 2021, when they went up from £40" / "half-plot rents
    will go up from £26 to £33" (allotment rents: a verb with its particle); "prices were
    last raised in 2022, when they went up from £7" / "day tickets will go up from £9 to
    £11" (a heritage railway's fares).
    Holds: "the council paid £2m for the site in 2019" / "the council paid £3m for the
    site" (one purchase, told in the past: the sums conflict); "will cost £1,299" / "will
    cost £1,499" (two prices of now); "the road carried 44,000 vehicles a day in 2015" /
    "52,000 vehicles a day used the road in 2015" (one year's rate).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    unit = getattr(pair.fa.value, "unit", None)
    if unit != getattr(pair.fb.value, "unit", None):
        return None
    if unit not in CURRENCIES and not (
        _rate_period(pair.fa, pair.a) and _rate_period(pair.fb, pair.b)
    ):
        return None
    days = [pair.published(pair.a), pair.published(pair.b)]
    if None in days:
        return None
    year_start = f"{min(str(d) for d in days)[:4]}-01-01"
    for (fx, cx), (fy, cy) in (
        ((pair.fa, pair.a), (pair.fb, pair.b)),
        ((pair.fb, pair.b), (pair.fa, pair.a)),
    ):
        if _figure_then(fx, cx, year_start) and _figure_to_come(fy, cy, year_start):
            return (
                f"“{fx.text}” is a figure its clause dates to a year gone, “{fy.text}” one "
                "of now or to come: a price or a rate at two times, not compared."
            )
    return None


@rule("compare.level_at_two_times", "not_compared")
def level_at_two_times(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A rate or share read at two different times: two readings, not one fact told twice.

    When both the percentage and the date of its clause differ, the claims give a level
    and when it stood there; a rate changes, so the two figures (and their two dates)
    are two readings.

    Fires: "the jobless rate fell to 3.8% in February" / "the jobless rate was 4.1% a
    year ago" (the figure and, for the date, the same pair); "the mortgage rate stood at
    6.9% last week" / "the mortgage rate was 7.8% in October".
    So do "annual inflation was 3.1 percent in March, still above the bank's 2 percent
    target" / "inflation has come down from its 9.4 percent peak in 2022" and "the jobless
    rate was 4.9 percent in June, well above the 3 percent goal" / "the jobless rate hit a
    7.2 percent high in 2021" (the level's own date, whatever other percentage the claim
    names).
    Holds: "the jobless rate fell to 3.8% in February" / "the jobless rate fell to 3.9% in
    February" (one reading: the figures conflict); "inflation was 3.2% in February" /
    "inflation was 3.2% in January" (one figure: the dates conflict); "the storm killed 12
    people on Monday" / "the storm killed 30 people on Tuesday" (counts, not a level);
    "memberships will go up by 8 per cent from 1 June" / "members will pay 12 per cent more
    from 1 July" and "fares will rise 4% from 2 March" / "fares go up 6% from 1 April" (one
    change and when it starts: both differ, and both are compared).
    """
    if pair.kind not in ("quantity", "date") or not _flagged(cmp):
        return None
    if pair.kind == "quantity":
        la, lb = _level_dated(pair.a, pair.fa), _level_dated(pair.b, pair.fb)
    else:
        la, lb = _dated_level(pair.a), _dated_level(pair.b)
    if la is None or lb is None:
        return None
    (qa, da), (qb, db) = la, lb
    if all(getattr(d.value, "mod", None) == "from" for d in (da, db)):
        return None  # "will go up by 8 per cent from 1 June": when one change starts
    if pair.kind == "quantity" and (qa, qb) != (pair.fa, pair.fb):
        return None
    if pair.kind == "date" and (da, db) != (pair.fa, pair.fb):
        return None
    # the field this pair is not of must differ too
    if pair.kind == "quantity":
        other = date_rules.compare(da, db, pair.engine)
    else:
        other = quantity_rules.compare(qa, qb, pair.engine)
    if not _flagged(other):
        return None
    return (
        f"“{qa.text}” ({da.text}) and “{qb.text}” ({db.text}) give a level at two different "
        "times: two readings, not compared."
    )


_TALLY_GRAINS = frozenset({"year", "month", "quarter", "season", "half", "week"})


def _period_count(claim: Claim, date: FieldValue) -> FieldValue | None:
    """The one count or sum a claim tallies over the period ``date`` names.

    "88,000 visitors last year", "an operating profit of £288 million last year": a count
    or a sum of money (not a percentage or an age) on the date's verb, else the claim's
    only count ("counts began in 1987, when fewer than 400 pups were recorded"); a count
    since a day is tallied from it to now ("more than 150 stings since 1 July").
    """
    v = date.value
    if not isinstance(v, DateValue) or v.type != "DATE":
        return None
    if v.grain not in _TALLY_GRAINS and v.mod != "since":
        return None  # "more than 150 stings since 1 July": a tally from a day to now
    counts = [
        f
        for f in claim.fields
        if f.kind == "quantity"
        and (
            is_count(f)
            or getattr(f.value, "unit", None) in CURRENCIES
            or (magnitude(f) or ("",))[0] in _TALLIED_MEASURES
        )
        and measure(f) not in (None, "age", "percent")
    ]
    on_its_verb = [f for f in counts if f.governor == date.governor]
    if len(on_its_verb) == 1:
        return on_its_verb[0]
    # a sum is one of its period only through its verb: "restored at a cost of £2 million"
    # in a claim of a pier "which opened in 1897" is no sum of 1897
    counts = [f for f in counts if getattr(f.value, "unit", None) not in CURRENCIES]
    return counts[0] if len(counts) == 1 else None


@rule("compare.counts_of_two_periods", "not_compared")
def counts_of_two_periods(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two counts or sums of one thing, each tallied over its own period, not the same figure.

    "The castle had 88,000 visitors last year" and "the castle expects about 95,000
    visitors this year" tally two years: the years differ because the figures are of two
    periods, not because one date was told wrong. When the counts are the same figure,
    the two years are one tally dated two ways, and conflict.

    Fires: "the castle had 88,000 visitors last year" / "the castle expects about 95,000
    visitors this year" (a tapestry's return); "the port handled 1.2 million containers
    in 2023" / "the port handled 1.4 million containers last year" (a port's results);
    "counts began in 1987, when fewer than 400 pups were recorded" / "only the 2019 season,
    when 2,512 pups were counted, has produced more" (a seal colony); "wardens collected 212
    strays in 2024" / "in 2023 wardens picked up 236 stray dogs" (a dog warden's tally: a
    noun of one told with a word of the other); "the crew answered 88 rescue calls in 2024"
    / "in 2023 the crew carried out 71 rescues" (a lifeboat station's); a tally since a day
    and one of a month gone: "have dealt with more than 150 stings since 1 July" / "in July
    2024 lifeguards treated 22 stings" (a jellyfish summer); "has answered 40 calls since 1
    January" / "in March 2024 it answered 9 calls" (a mountain rescue team).
    So are two sums of money each made over its own period, and the figures themselves are
    not compared when the periods are apart: "reported an operating profit of £310
    million last year" / "made an operating profit of £150 million in the first half of
    this year" (an insurer's results); "sales reached $4.2 billion in 2023" / "sales were
    $1.1 billion in the first quarter of 2024" (a retailer's).
    A sum paid every year is the same figure year after year: "to renew its £50,000 annual
    grant for 2026" / "the grant, worth £50,000 this year" (an arts festival's grant);
    "the £2 million a year the trust gets for 2027" / "the trust's payment, £2 million in
    2025" (a wildlife trust's funding) are two years of one sum.
    So are tonnes, litres and kilowatt hours a season tallies: "began the winter with
    18,000 tonnes of salt in stock" / "last winter the authority used 19,700 tonnes of
    salt" (a gritting season); "the reservoir has supplied 40 billion litres this year" /
    "the reservoir supplied 52 billion litres last year" (a drought).
    Holds: "the castle had 88,000 visitors last year" / "the castle had 88,000 visitors in
    2023" (one figure dated two ways: the years conflict); "the port handled 1.2 million
    containers in 2023" / "the port handled 1.2 million containers last year"; "the port
    handled 1.2 million containers last year" / "the port handled 1.4 million containers
    in 2024" (one year told two ways: the figures conflict).
    """
    if pair.kind not in ("date", "quantity") or not _flagged(cmp):
        return None
    ca: FieldValue | None = pair.fa
    cb: FieldValue | None = pair.fb
    da: FieldValue | None = pair.fa
    db: FieldValue | None = pair.fb
    if pair.kind == "date":
        ca, cb = _period_count(pair.a, pair.fa), _period_count(pair.b, pair.fb)
    else:
        da, db = _period_of(pair.a, pair.fa), _period_of(pair.b, pair.fb)
        if da is None or db is None or _words(da.text) == _words(db.text):
            return None  # "in May" twice is one month, however each was read
        if not _flagged(date_rules.compare(da, db, pair.engine)):
            return None
    if ca is None or cb is None or da is None or db is None or not _counted_alike(ca, cb):
        return None
    va, vb = ca.value, cb.value
    if not isinstance(va, QuantityValue) or not isinstance(vb, QuantityValue):
        return None
    money = va.unit in CURRENCIES
    if (va.low, va.high) == (vb.low, vb.high):
        if pair.kind != "date" or not (_yearly(ca, pair.a) or _yearly(cb, pair.b)):
            return None
        return (
            f"“{ca.text}” ({da.text}) and “{cb.text}” ({db.text}) are a sum paid every year, "
            "told for two years: not one date told two ways."
        )
    if money and not (_a_flow(ca, pair.a) or _a_flow(cb, pair.b)):
        return None  # a price or a one-off cost: no tally of a period
    return (
        f"“{ca.text}” ({da.text}) and “{cb.text}” ({db.text}) tally two periods: two "
        "figures, not one told two ways."
    )


_WIDE_AREA = re.compile(
    r"\b(?:across|throughout|around)\s+(?:the\s+|its\s+)?(?:whole\s+|wider\s+)?"
    r"(?:region|county|country|nation|area|network|group|uk|state|province)\b"
    r"|\b(?:nationwide|countywide|regionwide|nationally)\b",
    re.I,
)
"""A figure told of a wide area: "across the region", "throughout the county", "nationwide"."""

_ONE_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:town|city|village|borough|port|harbour|site)\b"
    r"|\bin\s+(?-i:[A-Z][a-z]+)\b(?!\s+(?:the\s+)?(?:region|county|country|area))",
    re.I,
)
"""A figure told of one place: "in the town", "at the site", "in Cullenhithe"."""


def _told_after(figure: FieldValue, claim: Claim) -> str:
    """The words of a figure's own phrase after it, up to a clause mark or an "and"."""
    at = _in_claim(figure, claim)
    if at is None:
        return ""
    return re.split(r"[,;:.]|\band\b|\bbut\b", claim.text[at[1] : at[1] + 60])[0]


_CAPPED = re.compile(
    r"\b(?:(?:limited|capped|restricted)\s+to|capped\s+at)\s+"
    r"(?:a\s+maximum\s+of\s+|no\s+more\s+than\s+)?$"
    r"|\b(?:a\s+maximum\s+of|a\s+cap\s+of|no\s+more\s+than)\s+$",
    re.I,
)
"""A figure told as a limit set on something: "will be limited to 40 weddings a year"."""
_NOW = re.compile(r"\b(?:currently|now|at\s+present|at\s+the\s+moment)\b", re.I)


_AMONG = re.compile(
    r"\b(?:would|will|are|were)\s+(?:be\s+)?among\s+(?:the\s+first|the\s+last|those)\b", re.I
)
"""A group told as some of a larger one: "would be among the first to be replaced"."""


@rule("compare.among_a_larger_group", "not_compared")
def among_a_larger_group(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A count its claim tells as among a larger group, beside a count of the whole.

    Fires: "the 31 shelters on the Castle Road corridor will be among the first to be
    replaced" / "in all, 118 bus shelters will be torn out and replaced" (bus shelters);
    "the 12 homes on Mill Row will be among the first to be connected" / "340 homes will be
    connected to the heat network" (a heat network).
    Holds: "31 shelters will be replaced" / "118 shelters will be replaced" (no part told:
    compared); "the 31 shelters would be among the first" / "the 40 shelters would be
    among the first" (both the part); "the prize, worth £15,000, is among the most generous"
    / "the prize is worth £10,000" (a poetry prize: a rank among others, no part of it).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    aa, ab = bool(_AMONG.search(pair.a.text)), bool(_AMONG.search(pair.b.text))
    if aa == ab:
        return None
    part, whole = (pair.fa, pair.fb) if aa else (pair.fb, pair.fa)
    return f"“{part.text}” are told as among a larger group, “{whole.text}”: a part and a whole."


@rule("compare.cap_and_level", "not_compared")
def cap_and_level(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A limit set on something beside the level it stands at now: two measures.

    Fires: "the manor will be limited to 40 weddings a year" / "the manor currently holds
    about a dozen weddings a year" (a marquee's appeal); "the quarry will be capped at 60
    lorries a day" / "about 25 lorries a day currently use the quarry" (a quarry's
    extension).
    Holds: "will be limited to 40 weddings a year" / "will be limited to 45 weddings a
    year" (two limits: compared); "currently holds a dozen weddings" / "currently holds 20
    weddings" (one level).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    told = []
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        at = _in_claim(field, claim)
        before = claim.text[max(0, at[0] - 40) : at[0]] if at is not None else ""
        told.append((bool(_CAPPED.search(before)), bool(_NOW.search(claim.text))))
    (ca, na), (cb, nb) = told
    if not ((ca and nb and not cb) or (cb and na and not ca)):
        return None
    cap, level = (pair.fa, pair.fb) if ca else (pair.fb, pair.fa)
    return (
        f"“{cap.text}” is a limit set on it, “{level.text}” the level it stands at now: two "
        "measures, not compared."
    )


_ADDED_SUM = re.compile(
    r"\b(?:also|additionally)\s+(?:(?:have|has|need|needs)\s+to\s+|be\s+asked\s+to\s+)?"
    r"(?:pay|pays|paid|be\s+charged|are\s+charged|is\s+charged|be\s+billed|face|faces)\b"
    r"|\b(?:an\s+extra|an\s+additional|a\s+further)\s+$"
    r"|\b(?:on\s+top\s+of|in\s+addition\s+to)\b",
    re.I,
)
"""A sum told as one more charge beside another: "couples will also pay the council's fee",
"an extra £4 a night", "on top of the ticket price"."""


@rule("compare.an_added_charge", "not_compared")
def an_added_charge(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A sum told as paid on top of another charge, beside a charge told alone: two sums.

    Fires: "the hall committee will charge £450 for a ceremony" / "couples will also pay
    the council's fee for a registrar, currently £560" (a village hall's weddings); "the
    nursery charges parents £62 a day" / "parents also pay £5 a day for meals" (a nursery's
    fees).
    Holds: "the hall will charge £450 for a ceremony" / "the hall will charge £500 for a
    ceremony" (one charge: compared); "couples will also pay £560" / "couples will also pay
    £600" (both told as the added charge: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    added = []
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        value, at = field.value, _in_claim(field, claim)
        if not isinstance(value, QuantityValue) or value.unit not in CURRENCIES or at is None:
            return None
        clause = re.split(r"[.;:]", claim.text[max(0, at[0] - 100) : at[0]])[-1]
        added.append(_ADDED_SUM.search(clause) is not None)
    if added[0] == added[1]:
        return None
    extra, alone = (pair.fa, pair.fb) if added[0] else (pair.fb, pair.fa)
    return (
        f"“{extra.text}” is told as paid on top of another charge, “{alone.text}” as a charge "
        "of its own: two sums, not compared."
    )


@rule("compare.one_place_and_an_area", "not_compared")
def one_place_and_an_area(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A figure told of one place beside one told of a wide area around it: part and whole.

    Fires: "will spend 11 days filming in the town" / "is being shot over 14 weeks at
    locations across the region" (a television drama); "the operator will cut 40 jobs in
    the town" / "the operator is cutting 220 jobs across the region" (a bus company).
    Holds: "will cut 40 jobs in the town" / "will cut 60 jobs in the town" (one place:
    compared); "will cut 220 jobs across the region" / "is cutting 180 jobs across the
    region" (one area); "would cut 340 jobs and close its plant in Oxmoor" / "planned to cut
    430 jobs across the group" (a brewery's cuts: the place is the plant's, not the jobs').
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    wa, wb = (
        bool(_WIDE_AREA.search(_told_after(f, c)))
        for f, c in ((pair.fa, pair.a), (pair.fb, pair.b))
    )
    if wa == wb:
        return None
    place, area = (pair.fb, pair.fa) if wa else (pair.fa, pair.fb)
    placed = pair.b if wa else pair.a
    if not _ONE_PLACE.search(_told_after(place, placed)):
        return None  # "cut 340 jobs and close its plant in Oxmoor": the plant's place
    return (
        f"“{place.text}” is told of one place, “{area.text}” of a wide area around it: a part "
        "and a whole, not compared."
    )


_OPENS = re.compile(
    r"[\s\"“‘'(]*(?:(?:in|during)\s+|(?:across|throughout|over|in|during)\s+(?:the\s+)?"
    r"(?:whole|all|course)\s+of\s+(?:the\s+)?)?",
    re.I,
)
"""What may stand before a period that opens its claim or clause: "Last year", "; in 2023",
"Across the whole of 2024", "Over the course of last year"."""


@rule("compare.a_past_periods_tally", "not_compared")
def a_past_periods_tally(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A count tallied over a period gone, beside one told with no time: two occasions.

    "Last year 5,870 runners started" beside "6,214 runners crossed the start line": a
    figure whose claim opens with a year already over when the article was written is told
    for comparison, and the undated one is the story's own (a month gone may date the
    story's own event: "in March the operator cancelled 120 sailings"; a year told after the
    figure may date the one thing both tell: "a petition signed by more than 1.8 million
    people last year" / "petitions received hundreds of thousands of signatures").

    Fires: "last year 5,870 runners started" / "6,214 runners crossed the start line" (a
    city marathon); "last year the show drew 41,000 visitors" / "the show drew about 46,500
    visitors over its two days" (a county show); a day after the period is no time of it:
    "across the whole of 2024, the council seized 41 blue badges" / "on Friday alone, seven
    badges were taken" (a parking crackdown), "over the course of last year wardens
    removed 230 abandoned cars" / "on Tuesday alone, 18 abandoned cars were taken away" (an
    abandoned car sweep).
    Holds: "last year 5,870 runners started" / "last year 6,100 runners started" (one year:
    the counts conflict); "6,214 runners started" / "5,870 runners started" (no time told);
    "a petition signed by 1.8 million people last year" / "a petition signed by 600,000
    people" (a state visit's petition: the year told after the figure).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    da, db = _period_of(pair.a, pair.fa), _period_of(pair.b, pair.fb)
    if (da is None) == (db is None):
        return None
    dated, dc, other, oc = (
        (pair.fa, pair.a, pair.fb, pair.b) if da is not None else (pair.fb, pair.b, pair.fa, pair.a)
    )
    date = da or db
    assert date is not None
    v, day = date.value, pair.published(dc)
    if not isinstance(v, DateValue) or v.latest is None or v.mod is not None or day is None:
        return None  # "by the end of June" is when a count was read (:func:`_read_by`)
    if v.grain != "year" or date.governor != dated.governor:
        return None  # a year on the count's own verb: "last year 5,870 runners started"
    if str(v.latest) >= f"{str(day)[:4]}-01-01":
        return None  # "this year"; "in March" may date the story's own event
    at = _in_claim(date, dc)
    if at is None or not _OPENS.fullmatch(re.split(r"[;:]", dc.text[: at[0]])[-1]):
        return None  # "a petition signed by 1.8 million people last year": that petition's
    if any(
        d.earliest is None or str(d.earliest) <= str(v.latest)
        for _, d in _dates_of_its_verb(oc, other)
    ):
        return None  # the other's verb may be dated to that period too
    return (
        f"“{dated.text}” is tallied over a period gone ({date.text}), “{other.text}” is told "
        "with no time or a time after it: an earlier figure and the story's own, not compared."
    )


def _counted_alike(a: FieldValue, b: FieldValue) -> bool:
    """Whether two counts measure one thing, or one's noun is a word of the other's.

    "212 strays" and "236 stray dogs" count one kind of thing told two ways.
    """
    if measure(a) == measure(b):
        return True
    ua, ub = getattr(a.value, "unit", None), getattr(b.value, "unit", None)
    if not (isinstance(ua, str) and isinstance(ub, str)) or ua in CURRENCIES or ub in CURRENCIES:
        return False
    return ua in _words(b.text).split() or ub in _words(a.text).split()


_YEARLY_AFTER = re.compile(r"^\s*(?:(?:a|per|each|every)\s+year\b|annual(?:ly)?\b|yearly\b)", re.I)
_YEARLY_BEFORE = re.compile(r"\b(?:annual|yearly)\s+(?:[a-z]+\s+){1,2}of\s+$", re.I)
"""A sum told as paid every year: "£120,000 a year", "a £50,000 annual grant", "an annual
grant of £50,000", "its yearly fee of £300"."""


def _yearly(field: FieldValue, claim: Claim) -> bool:
    at = _in_claim(field, claim)
    if at is None:
        return False
    before, after = claim.text[max(0, at[0] - 40) : at[0]], claim.text[at[1] :]
    return bool(_YEARLY_AFTER.match(after) or _YEARLY_BEFORE.search(before))


_TALLIED_MEASURES = frozenset(["mass", "volume", "energy"])
"""Measures a season or a year tallies as a count is tallied: tonnes of salt used in a
winter, litres of water supplied in a summer, gigawatt hours generated in a year."""

_FLOWS = frozenset(
    ["profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "turnover",
     "income", "earnings", "spending", "spent", "spend", "budget", "budgets", "takings",
     "receipts", "exports", "imports"]
)  # fmt: skip
"""Words of money made or spent over a period: a sum of them is a tally of its period ("the
council spent £610,000 in 2023-24", "its budget for the current year is £540,000")."""


def _a_flow(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum of money is one made or spent over a period, or paid every year.

    "A profit of £288m", "sales reached $4.2 billion", "its £50,000 annual grant"; not a
    price ("fares rise from £2.10 to £2.40") or a one-off cost.
    """
    if getattr(field.value, "unit", None) not in CURRENCIES:
        return False
    words = set(re.findall(r"[a-z]+", (field.counted or "").lower()))
    words |= _words_before(field, claim)  # "the retailer's sales reached $4.2 billion"
    return bool(_FLOWS & words) or sum_noun(field) in _FLOWS or _yearly(field, claim)


def _period_of(claim: Claim, figure: FieldValue) -> FieldValue | None:
    """The date of the period a claim tallies ``figure`` over (:func:`_period_count`)."""
    return next(
        (f for f in claim.fields if f.kind == "date" and _period_count(claim, f) is figure), None
    )


def _count_as_of(claim: Claim, date: FieldValue) -> FieldValue | None:
    """The count a "by" date tells the reading time of, if it tells one.

    "Insurers had received 1,500 claims by this afternoon": the date bounds what had been
    reached by then (at or before publication), and the claim gives that one count. A
    "by" ahead of publication is a deadline ("will cut 500 jobs by 2027"), not a reading.
    A sum of money reached by a day gone is read the same way: an appeal that "had raised
    £4,200 by last night", a repair bill that "had reached £2.1m by March".
    """
    value = date.value
    if not isinstance(value, DateValue) or value.mod != "by" or value.latest is None:
        return None
    if value.published is None or str(value.latest) > str(value.published):
        return None
    counts = [
        f
        for f in claim.fields
        if f.kind == "quantity"
        and (is_count(f) or quantity_of(f).unit in CURRENCIES)
        and not _a_whole(f, claim)
    ]
    return counts[0] if len(counts) == 1 else None


_OF_THE_WHOLE = re.compile(r"\bof\s+(?:the|its|their|his|her|our)\s+$", re.I)
"""What stands before the whole a part is counted from: "two of the four lifts"."""


def _a_whole(count: FieldValue, claim: Claim) -> bool:
    """Whether a count is the whole another count of its claim is a part of ("of the four")."""
    at = _in_claim(count, claim)
    return at is not None and bool(_OF_THE_WHOLE.search(claim.text[: at[0]]))


@rule("compare.count_as_of", "not_compared")
def count_as_of(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two "by" dates that tell when a running count was read: two readings, not one date.

    "1,500 claims by this afternoon" and "more than 1,200 claims by Monday morning" give
    one tally as it stood at two moments; the moments differ because the counts were read
    at different times, not because the sources disagree on when something happened.
    Fires: "insurers had received 900 claims by Tuesday evening" / "by Wednesday morning
    insurers had logged 1,400 claims" (a hailstorm); "the petition had gathered 12,000
    signatures by Friday" / "by Sunday night the petition had collected 15,500
    signatures" (a petition against a closure); "two of the four lifts were back in service
    by last night" / "by Wednesday evening three of the four lifts had been repaired" (a
    hospital's lifts; the whole they are parts of is no reading).
    Holds: "the firm will cut 500 jobs by 2026" / "the firm will cut 500 jobs by 2027" (a
    deadline ahead: the dates conflict); "the petition had gathered 12,000 signatures by
    Friday" / "the petition was handed in on Thursday" (no count read by the date).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    qa, qb = _count_as_of(pair.a, pair.fa), _count_as_of(pair.b, pair.fb)
    if qa is None or qb is None:
        return None
    ua, ub = (getattr(q.value, "unit", None) for q in (qa, qb))
    if ua is None or COUNT_SYNONYMS.get(ua, ua) != COUNT_SYNONYMS.get(ub or "", ub):
        return None
    return (
        f"“{pair.fa.text}” and “{pair.fb.text}” tell when a running count was read "
        f"(“{qa.text}” / “{qb.text}”): two readings, not compared."
    )


def _dates_of_its_verb(claim: Claim, count: FieldValue) -> list[tuple[FieldValue, DateValue]]:
    """The dates a claim gives the verb its count is told with ("three times since October")."""
    return [
        (f, f.value)
        for f in claim.fields
        if f.kind == "date" and f.governor == count.governor and isinstance(f.value, DateValue)
    ]


def _dated_by_its_verb(claim: Claim, count: FieldValue) -> bool:
    """Whether a claim dates the verb its count is told with to a span ("since October")."""
    return any(d.earliest is not None for _, d in _dates_of_its_verb(claim, count))


@rule("compare.tally_over_a_span", "not_compared")
def tally_over_a_span(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Times something happened, counted over a span by one claim and over all time by the other.

    "Arrested three times since October" and "had been arrested four times" count over two
    spans: the three may be the last of the four. A tally of occasions told with a date
    of its verb on one side only is two counts, not one told twice.

    Fires: "he had been arrested three times since October" / "he had previously been
    arrested four times" (a police shooting); "she has scored nine times since August" /
    "she has scored 14 times for the club" (a striker's goals).
    Holds: "the lifeboat launched 31 times last year" / "13 times last year" (one span);
    "the victim was stabbed 12 times" / "was stabbed 15 times" (no span on either side).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    if {getattr(pair.fa.value, "unit", None), getattr(pair.fb.value, "unit", None)} != {"time"}:
        return None
    if _dated_by_its_verb(pair.a, pair.fa) == _dated_by_its_verb(pair.b, pair.fb):
        return None
    return (
        f"“{pair.fa.text}” and “{pair.fb.text}” count times over two spans (one dated, one "
        "not): not compared."
    )


_NAME = r"[A-Z][\w&'’./-]*(?:\s+(?:of\s+)?[A-Z][\w&'’./-]*){0,4}"
_SURVEY_WORD = r"(?:opinion\s+)?(?:poll|survey|study|census|audit)"
_POLLSTER = (
    re.compile(
        rf"\b{_SURVEY_WORD}\s+(?:(?:published|conducted|commissioned|carried\s+out|released|run)"
        rf"\s+)?(?:by|for|from)\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?({_NAME})"
    ),
    re.compile(rf"({_NAME})\s+{_SURVEY_WORD}\b"),
)
"""Who took a poll or survey: "a poll published by Ethnos newspaper", "a survey for the
respected Kathimerini newspaper", "a Gallup poll", "a Quinnipiac University survey"."""


_NO_POLLSTER = frozenset(["new", "latest", "recent", "national", "opinion", "newspaper", "poll"])
"""Words of a poll's description that name no one: "a new national poll"."""


def pollster(claim: Claim) -> frozenset[str] | None:
    """The words naming who took the poll, survey or study a claim reports, if it says.

    Determiners and other function words that open a sentence ("An opinion poll") are no
    name.
    """
    for m in (m for pattern in _POLLSTER for m in pattern.finditer(claim.text)):
        name = re.sub(r"['’]s\b", "", m[1].lower())  # "Monday's poll", "Reuters' poll"
        words = {w for w in re.findall(r"[a-z0-9]+", name) if w not in FUNCTION_WORDS}
        words -= {*MONTHS, *WEEKDAYS, *_NO_POLLSTER}
        if words:
            return frozenset(words)
    return None


@rule("compare.different_surveys", "not_compared")
def different_surveys(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Figures from two polls or surveys taken by different people measure two things.

    Two pollsters ask different questions of different samples on different days: 68 per
    cent in one poll and 83 per cent in another are two findings, not one figure told two
    ways.

    Fires: "a poll published by the daily Ethnos found 83 percent of Greeks unhappy with
    the government" / "a poll for Kathimerini found 68 per cent of Greeks think the
    government mishandled the crisis"; "a Gallup poll found 41% of Americans approve of
    the president" / "a Quinnipiac University survey found 38% of voters approve".
    Holds: "a Gallup poll found 41% of Americans approve" / "in a Gallup survey 44% of
    Americans approved" (one pollster: the figures conflict); "a Gallup poll found 41%
    approve" / "41% of Americans approve, a poll found" (one names no pollster).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    pa, pb = pollster(pair.a), pollster(pair.b)
    if pa is None or pb is None or pa & pb:
        return None
    return (
        f"“{pair.fa.text}” is from a poll or survey by {' '.join(sorted(pa)).title()}, "
        f"“{pair.fb.text}” from one by {' '.join(sorted(pb)).title()}: findings of "
        "different surveys, not compared."
    )


@rule("compare.both_fates", "not_compared")
def both_fates(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A claim that tells both fates is not set against another's fate of one person.

    "Killed the manager and wounded a clerk" tells two people's fates, and "was wounded
    and later died" one person's two: either beside "the clerk was killed" or "the
    deputy was killed" is no contradiction of what became of one person.

    Fires: "the gunman killed the manager and wounded the clerk" / "the clerk was killed
    by the gunman" (a shop shooting); "the deputy was wounded and later died in
    hospital" / "the deputy was killed at the door" (a police shooting).
    Holds: "the clerk was wounded by the gunman" / "the clerk was killed by the gunman"
    (each tells one fate: they conflict); "the captain was injured in the collision" /
    "the ferry's captain died in the collision" (a ferry crash).
    """
    if pair.kind != "event" or cmp.rule != "event.other_fate":
        return None
    for claim in (pair.a, pair.b):
        fates = {f for e in events_told(claim) if (f := fate(e)) is not None}
        if len(fates) > 1:
            return (
                f"“{claim.text}” tells both who died and who was hurt: not set against "
                "another claim's fate of one person."
            )
    return None


def _counted_object(claim: Claim, event: FieldValue) -> FieldValue | None:
    """A count of what an event is done to, told on its verb: "won 19 seats"."""
    if not isinstance(event.value, EventValue) or not event.value.object:
        return None
    things = set(event.value.object.split())
    for f in claim.fields:
        if f.kind != "quantity" or f.governor != event.value.predicate or not is_count(f):
            continue
        unit = getattr(f.value, "unit", None)
        if unit and unit in things and getattr(f.value, "high", 0) != 1:
            return f
    return None


@rule("compare.counted_gains", "not_compared")
def counted_gains(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Winning and losing told of counted things: tallies, not opposite outcomes.

    "The Centre Party lost four seats" and "the Centre Party, which won 19 seats" count
    what a side gained and gave up; both hold at once. Won and lost are opposite only of
    one thing: a vote, a match, a contract.

    Fires: "the Centre Party lost four seats" / "the Centre Party won 19 seats" (a
    coalition deal); "the club won 14 matches this season" / "the club lost three
    matches this season" (a coach's dismissal).
    Holds: "the Centre Party lost the vote" / "the Centre Party won the vote"; "the club
    lost the final" / "the club won the final" (one thing: the outcomes conflict).
    """
    if pair.kind != "event" or cmp.rule != "event.opposite_outcome":
        return None
    for claim, field in ((pair.a, pair.fa), (pair.b, pair.fb)):
        count = _counted_object(claim, field)
        if count is not None:
            return (
                f"“{field.text} {count.text}” counts what was {field.text}, not one outcome: "
                "a tally beside the other, not opposite outcomes."
            )
    return None


_EARLIER_OCCASION = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:similar|previous|earlier|last|prior|first)\s+"
    r"(?:[\w-]+\s+)?(?:survey|study|count|census|inspection|audit|review|poll|round|test"
    r"|check|exercise|report|investigation|trial|repair|refurbishment|renovation|overhaul"
    r"|restoration|rebuild|upgrade|revamp|makeover)s?\b[^.;:!?]{0,80}$"
    r"|\b(?:the|its|their)\s+(?:previous|earlier|prior)\s+(?:two|three|four|five|six|\d+)\b"
    r"[^.;:!?]{0,100}$",
    re.I,
)
"""An earlier occasion of the same kind named before a figure, in its clause: "a similar
survey in 2021 found six homes above the limit", "the previous count, in 2019, recorded
340 pairs", "the last major repair, in 2014, cost £22,000" (works done before, beside the
works of now); and earlier ones told by their number: "the previous two, in February and
April, cost a combined £19,500"."""


def _of_an_earlier_occasion(field: FieldValue, claim: Claim) -> bool:
    """Whether a figure is told of an earlier occasion of its kind (:data:`_EARLIER_OCCASION`).

    A date's occasion is earlier only by "previous", "earlier", "prior" or "similar": "its
    last tests on 25 April" are its final ones, "the first tests" its opening ones.
    """
    at = _in_claim(field, claim)
    m = _EARLIER_OCCASION.search(claim.text[: at[0]]) if at is not None else None
    if m is None:
        return False
    return field.kind != "date" or not re.search(r"\b(?:last|first)\s", m.group(0), re.I)


@rule("compare.an_earlier_occasion", "not_compared")
def an_earlier_occasion(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A figure or a date of an earlier survey, count or inspection beside the story's own.

    Fires: "a similar survey in 2021 found six homes above the limit" / "tests found lead
    above the legal limit in 19 homes" (lead in tap water); "the previous count, in 2019,
    recorded 340 breeding pairs" / "volunteers recorded 410 breeding pairs this spring"
    (a seabird count); "the last big refurbishment, in 2009, cost £140,000" / "builders
    have put the cost of the refurbishment at £320,000" (a village hall), "the previous
    overhaul, in 2012, cost the railway £260,000" / "the bill for the overhaul has been
    put at £410,000" (a steam engine); dates too: "had been rated good at its previous
    inspection in 2021" / "was inspected on 27 and 28 August" (a nursery's rating); "the
    previous census, in 2011, counted" / "the census was taken on 21 March" (a town's
    census); not a date ahead ("the
    first tests will take place on Monday 8 September" / "tests will begin on Monday 15
    September": a driving test centre's move).
    Holds: "a similar survey in 2021 found six homes above the limit" / "the previous
    survey, in 2021, found nine homes above the limit" (both of the earlier survey:
    compared); "tests found
    lead in 14 homes" / "tests found lead in 19 homes" (both of the story's own).
    """
    if pair.kind not in ("quantity", "date") or not _flagged(cmp):
        return None
    ea, eb = _of_an_earlier_occasion(pair.fa, pair.a), _of_an_earlier_occasion(pair.fb, pair.b)
    if (
        ea == eb
        or (ea and _EARLIER_OCCASION.search(pair.b.text))
        or (eb and _EARLIER_OCCASION.search(pair.a.text))
    ):
        return None
    earlier, other = (pair.fa, pair.fb) if ea else (pair.fb, pair.fa)
    v = earlier.value
    if isinstance(v, DateValue) and (
        v.latest is None or v.published is None or str(v.latest) >= str(v.published)
    ):
        return None  # "the first tests will take place on Monday 8 September": ahead
    return (
        f"“{earlier.text}” is told of an earlier occasion of its kind, “{other.text}” of the "
        "story's own: two times, not compared."
    )


_AT_A_PEAK = (
    r"\bat\s+(?:its|their)\s+(?:busiest|peak|height|highest|largest|biggest)\b"
    r"|\bin\s+(?:its|their)\s+(?:heyday|prime)\b|\bpeaked\s+at\b|\b(?:its|their)\s+peak\s+of\b"
)
_PEAK_BEFORE = re.compile(rf"(?:{_AT_A_PEAK})[^.;:!?]{{0,100}}$", re.I)
_PEAK_AFTER = re.compile(rf"^[^.;:!?,]{{0,60}}(?:{_AT_A_PEAK})", re.I)
"""A figure told of a thing's peak, in its clause: "at its busiest, in the early 2000s,
the branch handled more than 600 transactions", "the pit employed 1,200 men at its
peak in the 1970s", "in its heyday the pier drew 30,000 visitors a week"."""
_HEYDAY = re.compile(r"\b(?:heyday|prime)\b", re.I)
"""Peaks that are always of a thing's past: "in its heyday", "in its prime"."""


def _of_a_past_peak(field: FieldValue, claim: Claim, published: str | None) -> bool:
    """Whether a figure is told of its thing's peak in years gone (:data:`_PEAK_BEFORE`).

    "In its heyday" is gone by its word; "at its busiest" or "at its peak" only with a date
    of the claim before the year of publication ("at its busiest, in the early 2000s"):
    "at its peak on Monday, 5,300 homes were without power" is the story's own peak.
    """
    at = _in_claim(field, claim)
    if at is None:
        return False
    m = _PEAK_BEFORE.search(claim.text[: at[0]]) or _PEAK_AFTER.search(claim.text[at[1] :])
    if m is None:
        return False
    if _HEYDAY.search(m.group(0)):
        return True
    year = f"{str(published)[:4]}-01-01" if published else None
    return year is not None and any(
        _a_dated_day(f) and f.value.latest is not None and str(f.value.latest) < year
        for f in claim.fields
        if isinstance(f.value, DateValue)
    )


@rule("compare.a_peak_and_another_time", "not_compared")
def a_peak_and_another_time(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A figure told of a thing's peak in years gone beside a figure told of another time.

    A branch's busiest years, a pit's largest workforce or a pier's heyday are a moment of
    their own, often given beside the figure of now for comparison (:func:`_of_a_past_peak`).

    Fires: "at its busiest, in the early 1990s, the branch served more than 900 customers
    a week" / "the branch was serving about 250 customers a week in its last year" (a
    village branch's closure); "the pit employed 1,200 men at its peak in the 1970s" / "the
    pit employed 380 men" (a colliery's anniversary); "in its heyday the pier drew 30,000
    visitors a week" / "the pier draws around 9,000 visitors a week" (a pier's sale).
    Holds: "at its peak in the 1970s the pit employed 1,200 men" / "at its height in the
    1970s the pit employed 1,500 men" (both of the peak: compared); "the pit employed 380
    men" / "the pit employed 420 men" (neither: compared); "at its peak on Monday, 5,300
    homes were without power" / "about 4,000 homes were without power" (the story's own
    peak, which a plain figure may tell: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    sides = _only_one(pair, lambda f, c: _of_a_past_peak(f, c, pair.published(c)))
    if sides is None:
        return None
    peak, other = sides
    return (
        f"“{peak.text}” is told of a peak, “{other.text}” of another time: two moments, "
        "not compared."
    )


_INCLUDING_AFTER = re.compile(
    r"^[^.;:!?]{0,60}?,\s*(?:including|inclusive\s+of)\s+(?P<what>[^.;:!?\d£$€]{3,80}?)"
    r"\s*(?:[.;:!?]|$)",
    re.I,
)
"""What a total is told as including, after it, with no figure of its own: "made £2.3m from
parking last year, including on-street bays and residents' permits"."""


def _included_kinds(field: FieldValue, claim: Claim) -> set[str]:
    """The words a figure is told as including (:data:`_INCLUDING_AFTER`), singular."""
    at = _in_claim(field, claim)
    m = _INCLUDING_AFTER.match(claim.text[at[1] :]) if at is not None else None
    if m is None or _NOT_KINDS.match(m.group("what")) or " and " not in m.group("what"):
        return set()  # "including to a fishing vessel in February": an example, no kinds
    return _kinds_named(m.group("what"))


_NOT_KINDS = re.compile(
    r"(?:to|in|at|on|from|for|by|with|during|when|after|before|one|a|an)\s", re.I
)
"""Words that open an example after "including", not a list of kinds: "including to a
fishing vessel", "including one in February"."""


def _kinds_named(text: str) -> set[str]:
    """The content words of a text, singular, a hyphened word kept whole ("on-street")."""
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())
    return {w.removesuffix("s") for w in words if w not in FUNCTION_WORDS and len(w) > 2}


@rule("compare.a_total_including_more", "not_compared")
def a_total_including_more(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A larger figure told as including kinds the smaller figure's claim does not name.

    "Including on-street bays and residents' permits" says the larger sum takes in more
    than a figure told of one part may ("its off-street car parks brought in £1.9 million"):
    a part and a total, not one figure told two ways.

    Fires: "the council made £2.3m from parking last year, including on-street bays and
    residents' permits" / "its off-street car parks brought in £1.9 million last year" (a
    free parking trial); "the trust took £4.1 million last year, including gym
    memberships and café sales" / "swimming brought the trust £2.6 million last year" (a
    leisure trust); "the museum had 84,000 visitors last year, including school groups
    and evening events" / "the museum welcomed 61,000 paying visitors last year" (a
    museum's year).
    Holds: "the trust took £2.1 million, including gym memberships and café sales" / "the
    trust took £2.6 million last year" (the total told as including more is the smaller:
    compared); "the trust took £4.1 million, including gym memberships and café sales" /
    "gym memberships brought in £2.6 million" (the other names what is included:
    compared); "the lifeboat launched 31 times last year, including to a fishing boat that
    lost power" / "the lifeboat was launched 13 times last year" (an example, no kinds
    more: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    ma, mb = magnitude(pair.fa), magnitude(pair.fb)
    if ma is None or mb is None or ma[0] != mb[0]:
        return None
    for (total, tc, big), (part, pc, small) in (
        ((pair.fa, pair.a, ma[1]), (pair.fb, pair.b, mb[1])),
        ((pair.fb, pair.b, mb[1]), (pair.fa, pair.a, ma[1])),
    ):
        kinds = _included_kinds(total, tc)
        if kinds and big > small and not kinds & _kinds_named(pc.text):
            return (
                f"“{total.text}” is told as including more than “{part.text}”'s claim names: "
                "a total and a part, not compared."
            )
    return None


_PART_PRICED_AFTER = re.compile(
    r"^[^.;:!?]{0,40}?,?\s*(?:including|of\s+which|with)\s+(?:"
    r"(?P<kind>(?:[a-z'’-]+\s+){1,3}?)(?:worth|costing|valued\s+at|priced\s+at)\s+[£$€]?\d"
    r"|(?:about\s+|around\s+|some\s+)?[£$€]\d[\d,.]*\s*(?:m|k|bn|million|billion)?\s+"
    r"(?:for|on|of|in)\s+(?:the\s+|its\s+|their\s+)?(?P<kind2>(?:[a-z'’-]+\s*){1,3}))",
    re.I,
)
"""A part told with its own sum after a whole: "costs about £22,000 to stage, including
fireworks worth £6,800", "a budget of £40,000, including £9,000 for security"."""


@rule("compare.whole_told_with_its_part", "not_compared")
def whole_told_with_its_part(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A whole whose claim prices a part of it, beside a sum told of that part.

    "The display costs about £22,000 to stage, including fireworks worth £6,800" gives the
    whole and the part; "a £9,500 fireworks order" is told of the part. The part's two
    sums are the ones to set against each other, not the whole and the part.

    Fires: "the gala costs about £30,000 to put on, including marquees costing £8,000" /
    "the committee had already paid £11,000 for the marquees" (a town gala); "the show's
    budget is £40,000, including £9,000 for security" / "security for the show will cost
    £12,500" (a county show); "the refit will cost £1.4m, including new seats worth
    £250,000" / "the new seats alone will cost £310,000" (a theatre refit).
    Holds: "the gala costs about £30,000 to put on, including marquees costing £8,000" /
    "the gala will cost £45,000 to stage" (the wholes conflict); "the show's budget is
    £40,000, including £9,000 for security" / "the show's stewards will cost £12,500" (a
    part its claim does not price: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    for whole, claim, other in ((pair.fa, pair.a, pair.b), (pair.fb, pair.b, pair.a)):
        at = _in_claim(whole, claim)
        m = _PART_PRICED_AFTER.match(claim.text[at[1] :]) if at is not None else None
        if m is None:
            continue
        kinds = _kinds_named(m["kind"] or m["kind2"] or "")
        if kinds and kinds & _kinds_named(other.text):
            part = ", ".join(sorted(kinds))
            return (
                f"“{whole.text}” is a whole its claim prices a part of ({part}); the other "
                "claim tells that part: not compared."
            )
    return None


@rule("compare.another_moment", "not_compared")
def another_moment(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A polarity told of one moment ("when ...") is not set against the event at large.

    "No shots were fired when the suspect was taken into custody" says nothing was fired
    at the arrest; "the gunman fired one shot" tells the shooting. A clause of time ties
    the claim's event to a moment, and when the other claim tells no such moment, the
    two say whether it happened at different times, not one happening both ways.

    Fires: "no shots were fired when the suspect was taken into custody" / "the gunman
    fired one shot at the deputy" (a deputy's killing); "no workers were hurt when the roof
    collapsed" / "four workers were hurt in the blast" (a factory blast).
    Holds: "no workers were hurt when the roof collapsed" / "four workers were hurt when the
    roof collapsed" (one moment: they conflict); "the senate passed the bill" / "the
    senate did not pass the bill" (no moment); "was released without charge while inquiries
    continue" / "has been charged with fraud" (a state still going on, no moment); "the
    hut will be demolished once the club has moved out" / "the hut will not be knocked
    down" and "the pool will reopen when the repairs are done" / "the pool will not
    reopen" (an act ahead: the clause tells when it comes, not a moment it is told of).
    """
    if pair.kind != "event" or cmp.rule != "event.opposite_polarity":
        return None
    for claim, field, other in ((pair.a, pair.fa, pair.b), (pair.b, pair.fb, pair.a)):
        if getattr(field.value, "modality", None) in _AHEAD:
            continue  # "will be demolished once the club has moved out": when, not whether
        moment = _moment_after(claim, field)
        if moment is not None and not _content(moment) & _content(other.text):
            return (
                f"“{field.text} {moment}” ties whether it happened to a moment the other "
                "claim does not tell: not set against each other."
            )
    return None


_AHEAD = frozenset(["will", "would"])
"""Modalities of an act told as ahead, which a clause of time tells when, not whether."""


_NOT_SINCE = re.compile(r"^\s*(?:\w+\s+){0,3}?since\b", re.I)
""""Since" right after a denied act ("had not been seen since she left", "has not been heard
from since Tuesday"): the denial runs from the last time it happened."""


@rule("compare.last_time_denied_since", "not_compared")
def last_time_denied_since(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """An act denied "since" a time, beside the same act told as done "last": one fact.

    "Had not been seen since she left the party" says when she was last seen, as "was last
    seen leaving the party" does; the denial is of every time after that one, not of the
    act. When the two claims tell that last time differently, their dates say so.

    Fires: "the climber had not been seen since he left the hut" / "the climber was last
    seen leaving the hut" (a missing climber); "the furnace has not been fired since
    March" / "the furnace was last fired in March" (a closed steelworks).
    Holds: "the climber had not been seen" / "the climber was last seen leaving the hut" (no
    "since"); "the furnace has not been fired since March" / "the furnace was fired on
    Monday" (no "last": they conflict).
    """
    if pair.kind != "event" or cmp.rule != "event.opposite_polarity":
        return None
    (no, denied), (yes, told) = sorted(
        ((pair.fa, pair.a), (pair.fb, pair.b)),
        key=lambda fc: not getattr(fc[0].value, "negative", False),
    )
    at = _in_claim(no, denied)
    if at is None or _NOT_SINCE.match(denied.text[at[1] :]) is None:
        return None
    if "last" not in _words_around(yes, told):
        return None
    return (
        f"“{no.text} since” and “{yes.text}” both tell the last time it happened: one fact, "
        "not set against each other."
    )


def _words_around(field: FieldValue, claim: Claim) -> set[str]:
    """The lower-case words of a value and the word right before it in its claim."""
    at = _in_claim(field, claim)
    if at is None:
        return set()
    before = claim.text[: at[0]].split()[-1:]
    return {w.strip(",.;:").lower() for w in [*before, *field.text.split()]}


_IN_SEQUENCE = re.compile(
    r"^[^,;:.!?()]{0,60}?\b(?:(?P<after>after|following)|(?P<before>before|ahead\s+of))\s+"
    r"(?!\d|(?:noon|midnight|dawn|dusk|sunrise|sunset|the\s+(?:end|start|weekend)\b))",
    re.I,
)
"""A second happening put in order after a date: "was refloated early on Monday after
running aground", "was charged on Friday following his arrest"; not a time ("after 9pm",
"before noon")."""


def _in_sequence(claim: Claim, field: FieldValue) -> tuple[str, str] | None:
    """Whether the claim puts its dated event "after" or "before" another, and which.

    Only when no date of the claim follows the word: then the date is of the first
    event, and the second is told undated. Gives the word and what follows it.
    """
    span = _in_claim(field, claim)
    if span is None:
        return None
    m = _IN_SEQUENCE.match(claim.text[span[1] :])
    if m is None:
        return None
    cut = claim.span[0] + span[1] + m.end()
    if any(f.kind == "date" and f.span[0] >= cut for f in claim.fields):
        return None
    return ("after" if m["after"] else "before"), claim.text[span[1] + m.end() :]


_DEGREE = frozenset(["almost", "nearly", "roughly", "about", "around", "some", "just", "only"])
"""Words of degree after a verb ("spending almost a week"): no part of what was done."""

_DOING_WORD = re.compile(r"^(?:being\s+)?[a-z]+ing\s+([a-z]+)")
"""A verb in -ing and the word after it: "running aground", "going missing"."""


def _the_other_happening(sequel: str, claim: Claim, other: FieldValue) -> bool:
    """Whether ``other`` dates the happening the claim tells after its word of order.

    Its verb is one of the claim's events told only as a time of another (a background,
    "after being arrested" / "police arrested the man on Wednesday"), or the word after the
    -ing verb there stands in the other date's clause too ("after running aground" / "went
    aground late on Saturday"). A verb for the claim's own event in other words ("the
    investigation began in January after a bank flagged it" / "the inquiry was launched
    last November") is neither.
    """
    verb = event_of(other)
    if verb is not None and any(
        one_event(e.predicate, verb) for e in events_told(claim, "background")
    ):
        return True
    m = _DOING_WORD.match(sequel.lower())
    if m is None or m[1] in FUNCTION_WORDS or m[1] in _DEGREE:
        return False
    return m[1] in re.findall(r"[a-z]+", (other.role or "").lower())


_PREVIOUS_RECORD = re.compile(
    r"\b(?:previous|former|old|earlier|last)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:record|best|high|low|peak|[a-z]{2,}est)\b(?:[^.;:!?]|[.:](?=\d)){0,40}$",
    re.I,
)
"""A date of a record that stood before: "the previous earliest ice-out was March 11,
1998", "the old record, set in 2009", "the former best of 2:05 dated from 2019"."""


def _of_previous_record(field: FieldValue, claim: Claim) -> bool:
    at = _in_claim(field, claim)
    return at is not None and bool(_PREVIOUS_RECORD.search(claim.text[max(0, at[0] - 80) : at[0]]))


def _date_of_act(event: FieldValue, claim: Claim) -> FieldValue | None:
    """The date a claim gives its event: on the event's verb, or within its words."""
    v = event.value
    if not isinstance(v, EventValue):
        return None
    for f in claim.fields:
        if f.kind != "date" or not isinstance(f.value, DateValue) or f.value.type != "DATE":
            continue
        inside = event.span[0] <= f.span[0] and f.span[1] <= event.span[1]
        if f.governor == v.predicate or inside:
            return f
    return None


def _apart_in_any_year(da: FieldValue, db: FieldValue) -> bool:
    """Whether two dates stay apart however a year guessed from publication is read.

    "In March" without a year may be this year's or last year's March; two dates are
    apart only if no such reading makes them meet.
    """

    def spans(field: FieldValue) -> list[tuple[dt.date, dt.date]]:
        v = field.value
        assert isinstance(v, DateValue)
        if v.earliest is None or v.latest is None:
            return []
        lo, hi = dt.date.fromisoformat(str(v.earliest)), dt.date.fromisoformat(str(v.latest))
        if v.basis is not DateReading.PUBLICATION:
            return [(lo, hi)]
        out = []
        for shift in (-1, 0, 1):
            try:
                out.append((lo.replace(year=lo.year + shift), hi.replace(year=hi.year + shift)))
            except ValueError:  # February 29
                continue
        return out

    sa, sb = spans(da), spans(db)
    return bool(sa and sb) and all(a1 < b0 or b1 < a0 for a0, a1 in sa for b0, b1 in sb)


@rule("compare.acts_at_two_times", "not_compared")
def acts_at_two_times(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """An act told done and not done, each dated by its claim to a time apart: two acts.

    "Greywater paid £240 million for the building in 2019" and "the payment, which was due
    on January 31, was not made" tell two payments, years apart; the one made is not the
    one missed.

    Fires: "the firm paid £240 million for the tower in 2019" / "the payment, which was due
    on January 31, was not made" (a loan default); "the club signed the striker in 2021"
    / "the club did not sign a striker on deadline day, August 31" (a transfer window).
    Holds: "the firm paid the instalment on January 31" / "the payment, which was due on
    January 31, was not made" (one time: the outcomes conflict).
    """
    if pair.kind != "event" or not _flagged(cmp):
        return None
    da, db = _date_of_act(pair.fa, pair.a), _date_of_act(pair.fb, pair.b)
    if da is None or db is None:
        return None
    if date_rules.compare(da, db, pair.engine).verdict is not Verdict.CONFLICT:
        return None
    if not _apart_in_any_year(da, db):
        return None  # "may visit on the 13th of July" read last year: the year is a guess
    return (
        f"“{pair.fa.text}” is dated {da.text} and “{pair.fb.text}” {db.text}: two acts at two "
        "times, not compared."
    )


@rule("compare.previous_record", "not_compared")
def previous_record(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """The date of a record that stood before, beside the date of the new one.

    "The previous earliest ice-out was March 11, 1998" dates the old record; "the lake shed
    its ice this week" the new one. They tell two happenings, however alike the claims.

    Fires: "the previous earliest ice-out was March 11, 1998" / "the lake shed its ice this
    week" (an early thaw); "the old record of 2:05.1 was set in 2019" / "she broke the
    record on Saturday" (a swimming record).
    Holds: "the previous earliest ice-out was March 11, 1998" / "the previous earliest
    ice-out was March 14, 1998" (both date the old record: they conflict); "she broke the
    record on Saturday" / "she broke the record on Sunday".
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    if (sides := _only_one(pair, _of_previous_record)) is None:
        return None
    old, new = sides
    return (
        f"“{old.text}” dates a record that stood before, “{new.text}” what happened now: two "
        "happenings, not compared."
    )


@rule("compare.told_in_sequence", "not_compared")
def told_in_sequence(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A date of one happening that its claim puts after (or before) another, undated one.

    "The freighter was refloated on Monday after running aground" dates the refloating
    and tells that the grounding came first; "the freighter ran aground late on Saturday"
    dates the grounding. The two dates hang on different verbs and sit in the order the
    first claim tells, so they date two happenings, not one told two ways.

    Fires: "the freighter was refloated early on Monday after running aground in the
    estuary" / "the freighter went aground late on Saturday near the point" (a
    grounding); "the man was charged on Friday after being arrested at his flat" / "police
    arrested the man on Wednesday" (a stabbing); "the hiker was found alive on Thursday
    after going missing on the moor" / "the hiker went missing on Monday" (a search).
    Holds: "the man was charged on Friday after being arrested at his flat" / "police
    arrested the man on Saturday" (the arrest told after the charge: the order does not
    fit); "the man was charged on Friday after a hearing" / "the man was charged on
    Wednesday" (one verb: one charging); "the investigation began in January after a bank
    flagged the transfers" / "the inquiry was launched last November" (the beginning in
    other words, :func:`_the_other_happening`); "was recently freed after spending almost a
    week stuck" / "was refloated on Monday, almost a week after it ran aground" (a word of
    degree is no part of what was done).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    ea, eb = event_of(pair.fa), event_of(pair.fb)
    if ea is None or eb is None or one_event(ea, eb):
        return None
    va, vb = pair.fa.value, pair.fb.value
    if not (isinstance(va, DateValue) and isinstance(vb, DateValue)):
        return None
    for claim, mine, theirs in ((pair.a, va, vb), (pair.b, vb, va)):
        field = pair.fa if claim is pair.a else pair.fb
        told = _in_sequence(claim, field)
        if told is None:
            continue
        order, sequel = told
        other = pair.fb if field is pair.fa else pair.fa
        if not _the_other_happening(sequel, claim, other):
            continue
        if (
            order == "after" and theirs.latest and mine.earliest and theirs.latest < mine.earliest
        ) or (
            order == "before" and theirs.earliest and mine.latest and theirs.earliest > mine.latest
        ):
            pass
        else:
            continue
        return (
            f"“{field.text}” dates “{event_of(field)}”, which its claim tells came {order} "
            f"another happening; “{other.text}” dates “{event_of(other)}”, in that order: two "
            "happenings, not compared."
        )
    return None


@rule("compare.two_steps", "not_compared")
def two_steps(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two dates of two steps of one course: two happenings, whatever the claims share.

    A case goes from arrest to charge, plea, conviction and sentence; a flight from
    take-off to landing (:data:`~checkfacts.rules.events.STEPS`). "Was sentenced on
    Thursday" and "pleaded guilty on January 20" date two hearings of one case, not one
    hearing told two ways, however much else of the two claims is the same.

    Fires: "the van driver was jailed on Friday after admitting causing death by careless
    driving" / "the van driver pleaded guilty at a hearing on April 3" (a fatal crash);
    "the bookkeeper was sentenced on Tuesday for stealing from the charity" / "the
    bookkeeper pleaded guilty to fraud in January" (a charity fraud); "the solar plane
    landed in Seville on Wednesday" / "the solar plane took off from the airfield on
    Monday" (a record flight); "the cargo ship left Rotterdam on March 2" / "the cargo ship
    docked at Felixstowe on March 4" (a voyage); "the detector project was approved in
    2016" / "construction of the detector began in 2018" (a physics experiment); "ministers
    approved the bypass in March 2021" / "work on the bypass started in 2023" (a road).
    So do "the night train set off from Kessburg at 22:15 on Monday" / "the train pulled into
    Varnholm Central at 07:52 on Tuesday" (a sleeper's first run).
    Holds: "the van driver was jailed on Friday" / "the van driver was sentenced on
    Thursday" (one step in other words: the dates conflict); "the solar plane landed
    in Seville on Wednesday" / "the solar plane came down on Thursday" (a verb that is no
    step of a course: compared as told).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    ea, eb = _step_told(pair.fa, pair.a), _step_told(pair.fb, pair.b)
    if ea is None or eb is None or one_event(ea, eb):
        return None
    sa, sb = step_of(ea), step_of(eb)
    if sa is None or sb is None or sa[0] != sb[0] or sa[1] == sb[1]:
        return None
    return (
        f"“{pair.fa.text}” dates “{ea}”, “{pair.fb.text}” dates “{eb}”: two steps of one "
        "course, two happenings, not compared."
    )


_SET_OFF = re.compile(r"\bset\s+(?:off|out|sail)\b[^.;:]*$", re.I)
"""A departure told by "set" and its particle, which the parse may leave as "set": "the
train set off from Kessburg at 22:15"."""


def _step_told(field: FieldValue, claim: Claim) -> str | None:
    """The event a date is of (:func:`event_of`), "set" read with its particle: "set off"."""
    event = event_of(field)
    at = _in_claim(field, claim)
    if event == "set" and at is not None and _SET_OFF.search(claim.text[: at[0]]):
        return "set off"
    return event


_MOMENT = re.compile(r"^\s*(?:\w+\s+){0,4}?((?:when|while|as soon as|once)\s[^,;:.!?()]+)", re.I)
"""A clause of time right after an event's words, up to the next mark: "when the roof
collapsed"; a few words may come between ("were fired at anyone when")."""


_PENDING = re.compile(
    r"^while\s+(?:[\w'’-]+\s+){0,4}?(?:continues?|go(?:es)?\s+on|(?:is|are)\s+(?:carried\s+out"
    r"|under\s+way|ongoing)|investigates?)\b",
    re.I,
)
"""A "while" clause of a state still going on, no moment: "released without charge while
inquiries continue", "bailed while police investigate"."""


def _moment_after(claim: Claim, field: FieldValue) -> str | None:
    """The clause of time that ties the event of ``field`` to a moment, as written.

    Not a "while" clause of what is still going on (:data:`_PENDING`): "released without
    charge while inquiries continue" says the charge has not come, at no one moment.
    """
    m = _MOMENT.match(claim.text[field.span[1] - claim.span[0] :])
    if m is None or _PENDING.match(m.group(1)):
        return None
    return m.group(1).strip()


REST = frozenset(
    ["other", "remaining", "additional", "further", "neighbouring", "neighboring", "nearby",
     "surrounding"]
)  # fmt: skip
"""Words that make a count the rest of a group: "the other nine jurors", "two other bullets",
"Fellcross and three neighbouring villages" (the villages besides the one named)."""


_WHOSE = frozenset(["its", "their", "his", "her", "our", "the"])
"""Words before "other" that say whose group it is: "its two other plants"."""


def _the_rest(field: FieldValue) -> bool:
    """Whether a count counts the rest of a group ("the other nine jurors").

    Whose group it is may come first: "the council's two other sites", "its three other
    plants".
    """
    words = _counted_after_whose(field)
    return bool(words) and words[0] in REST


def _counted_after_whose(field: FieldValue) -> list[str]:
    """The words of what a count counts, whose group it is left out ("its", "the council's")."""
    words = (field.counted or "").lower().split()
    while words and (words[0] in _WHOSE or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    return words


@rule("compare.rest_of_group", "not_compared")
def rest_of_group(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A count of the rest of a group and a count of the group, or of another part of it.

    "The other nine jurors" are the jurors besides those named before; "two other
    bullets" struck besides the ones told first. Set beside a count that is not of the
    rest, they count different members.

    Fires: "two jurors spoke to reporters" / "the holdouts told the other nine jurors";
    "seven bullets hit the teenager" / "two other bullets struck his legs"; "drivers will use
    the council's two other depots" / "the first of the council's three depots" (a depot
    closing); "guests were moved to the chain's four other hotels" / "the chain runs five
    hotels in the city" (a hotel fire).
    Holds: "the other nine jurors" / "the other ten jurors" (both the rest: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    if (sides := _only_one(pair, lambda f, _c: _the_rest(f))) is None:
        return None
    rest, whole = sides
    return (
        f"“{rest.text}” counts the rest of a group ({rest.counted}), “{whole.text}” "
        "other members: different groups, not compared."
    )


SUBGROUPS = frozenset(
    ["senior", "junior", "adult", "youth", "juvenile", "female", "male", "full-time",
     "part-time", "permanent", "temporary", "seasonal", "paid", "unpaid", "voluntary",
     "associate", "honorary", "founding", "playing", "non-playing", "veteran", "veterans"]
)  # fmt: skip
"""Words before a counted noun that name a part of its group: "85 junior members", "27
senior players", "40 full-time staff"."""


def _subgroup(field: FieldValue) -> str | None:
    """The word that makes a count one part of its group ("junior" in "85 junior members")."""
    words = [w.replace(" ", "-") for w in _counted_after_whose(field)]
    if len(words) > 1 and words[0] in SUBGROUPS:
        return words[0]
    if len(words) > 2 and f"{words[0]}-{words[1]}" in SUBGROUPS:
        return f"{words[0]}-{words[1]}"  # "full time staff": the counted words, unhyphened
    return None


@rule("compare.count_of_a_subgroup", "not_compared")
def count_of_a_subgroup(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A count of one part of a group ("junior members") beside a count of the group.

    A word before the counted noun that parts the group ("senior", "junior", "adult",
    "full-time", "paid") makes the count one part of it: "85 junior members" are some of
    the club's "about 300 members", not another telling of them. So are counts of two parts
    ("85 junior members" / "210 adult members").

    Fires: "the club has about 300 members" / "the club has 85 junior members" (a sailing
    club's slipway); "the band has 27 senior players" / "the band has 36 players" (a brass
    band's stolen instruments); "the charity employs 40 full-time staff" / "the charity
    employs 65 staff" (a hospice's cuts); "the club has 85 junior members" / "the club has
    210 adult members" (two parts).
    Holds: "the band has 27 senior players" / "the band has 24 senior players" (one part:
    compared); "the charity employs 65 staff" / "the charity employs 58 staff" (the whole
    both times: compared); "eleven male bitterns were heard" / "14 males were heard" and
    "nine juniors" / "12 junior members" (the part named as the other's noun: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp) or not both_counts(pair.fa, pair.fb):
        return None
    ga, gb = _subgroup(pair.fa), _subgroup(pair.fb)
    if ga == gb:
        return None
    part, other = (pair.fa, pair.fb) if ga is not None else (pair.fb, pair.fa)
    group = ga or gb
    noun = itertools.takewhile(lambda w: w not in FUNCTION_WORDS, _counted_after_whose(other))
    if group in {w.rstrip("s") for w in noun}:
        return None  # "eleven male bitterns" / "14 males": the part is what the other counts
    if ga is not None and gb is not None:
        return (
            f"“{pair.fa.text}” and “{pair.fb.text}” count two parts of a group ({ga}, {gb}): "
            "not compared."
        )
    return (
        f"“{part.text}” counts one part of a group ({part.counted}), “{other.text}” the "
        "group: a part and its whole, not compared."
    )


_JOINED_WHOLE = re.compile(
    r"\b(?:combined|merged|enlarged)\s+(?:[\w-]+\s+)?(?:company|group|business|firm|entity"
    r"|organisation|organization|operator|trust|charity|council|authority|bank|airline)\b",
    re.I,
)
"""A body made by joining others: "the combined company would run 2,400 lorries", "the
merged trust would employ 9,000 staff"; not "a combined £7.8m" or "a combined value" (a
total of many), nor "the combined risk" (one measure of several outcomes)."""
_OF_THE_JOINING = re.compile(r"\b(?:merger|merged|merging|combined|together|takeover)\b", re.I)
"""Words that tell a figure of the joining itself, not of one party to it."""


def _clause_before(field: FieldValue, claim: Claim) -> str:
    """The words of a figure's clause before it (back to a semicolon, a colon or a new clause)."""
    at = _in_claim(field, claim)
    if at is None:
        return ""
    return re.split(r"[;:]|,\s+(?:and|but|while)\b", claim.text[max(0, at[0] - 100) : at[0]])[-1]


def _of_a_joined_whole(field: FieldValue, claim: Claim) -> bool:
    """Whether a figure's clause tells it of a body made by joining (:data:`_JOINED_WHOLE`)."""
    return _JOINED_WHOLE.search(_clause_before(field, claim)) is not None


def _of_one_party(field: FieldValue, claim: Claim) -> bool:
    """Whether a figure's claim tells nothing of a joining: one party's own figure."""
    return _OF_THE_JOINING.search(claim.text) is None


@rule("compare.combined_whole", "not_compared")
def combined_whole(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A figure of a whole made by joining, beside a figure of one of its parts.

    A merger's combined company, two trusts together: what the whole runs or employs is
    not what one partner does, however alike the claims.

    Fires: "the combined company would run a fleet of around 2,400 lorries" / "Caddow runs
    around 1,300 lorries" (a haulage takeover); "the merged trust would employ about 9,000
    staff" / "the trust employs about 5,200 staff" (a hospital merger).
    Holds: "the combined company would run 2,400 lorries" / "the merged group would run
    1,800 lorries" (both the whole: compared); "a combined council would save £6.4m a
    year" / "the savings once the merger is complete" (both of the joining); "customers
    are owed a combined £7.8m" / "£4.2m in credit balances" (a total of many, no body).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    if (sides := _only_one(pair, _of_a_joined_whole)) is None:
        return None
    whole, part = sides
    if not _of_one_party(part, pair.b if part is pair.fb else pair.a):
        return None  # "the savings once the merger is complete": the joining's too
    return (
        f"“{whole.text}” is told of a body made by joining (a combined or merged one), "
        f"“{part.text}” of one of its parties: different wholes, not compared."
    )


_SOME_OF = re.compile(
    r"^(?:[\w.,-]+\s+){1,2}of\s+(?:the|these|those|them|its|their|his|her|our|all)\b", re.I
)
"""A count of some of a group: "three of the survivors", "two of the dead", "four of
them"; not "dozens of people" or "hundreds of thousands of files" (no determiner)."""


RANKED = frozenset(["first", "last", "initial", "final", "opening", "next"])
"""Words that pick the leading or closing members of a group out of it: "the first four
sites", "the last two flights"."""


def _all_of(field: FieldValue, claim: Claim) -> bool:
    """Whether a count is told as all of a set: "all 14 of the recommendations"."""
    at = _in_claim(field, claim)
    return at is not None and _ALL_BEFORE.search(claim.text[max(0, at[0] - 20) : at[0]]) is not None


def _some_of(field: FieldValue) -> bool:
    """Whether a count counts some of a group named after it ("three of the survivors").

    So does a count of the members a rank picks out ("the first four sites", "its last two
    flights"): the group goes on past them. A length of time so picked is a span, no part
    ("for the next 20 years").
    """
    words = _counted_after_whose(field)
    ranked = bool(words) and words[0] in RANKED and is_count(field)  # not "the next 20 years"
    return _SOME_OF.match(field.text) is not None or ranked


_WORD_NUMBERS = {**ONES, **TENS}
"""Number words by their value: the wholes parts are counted out of."""
_WHOLE_AFTER = re.compile(r"(?P<n>\d[\d,]*|[a-z]+)\b", re.I)


def _number_of(word: str) -> float | None:
    """The value of a figure or number word as written ("1,204", "nine"), else None."""
    word = word.lower()
    if word[0].isdigit():
        return float(word.replace(",", ""))
    return float(_WORD_NUMBERS[word]) if word in _WORD_NUMBERS else None


def _whole_after(field: FieldValue, claim: Claim) -> float | None:
    """The figure of the whole a part is counted out of, told right after it, else None.

    "Two of the paper's nine authors" gives 9, "40 of the 92 nights" 92.
    """
    end = field.span[1] - claim.span[0]
    if not 0 <= end <= len(claim.text):
        return None
    of = PART_OF.match(claim.text, end)
    if of is None or of.end() == end:
        return None
    m = _WHOLE_AFTER.match(claim.text, of.end())
    if m is None:
        return None
    return _number_of(m["n"])


def parts_of_one_whole(pair: Pair) -> bool:
    """Whether two counts are one part of one whole, told out of the same figure.

    "11 of the 20 water samples failed the standard" and "seven of the 20 samples breached
    the limits" count one part of one set of samples, whatever verb each uses. Parts that
    add up to the whole are its two sides ("three of the 10 councillors voted against" and
    "seven of the 10 councillors backed it"), not one part.
    """
    wa, wb = _whole_after(pair.fa, pair.a), _whole_after(pair.fb, pair.b)
    if wa is None or wa != wb:
        return False
    na, nb = (_number_of(f.text.split()[-1]) if f.text else None for f in (pair.fa, pair.fb))
    return na is not None and nb is not None and na + nb != wa


_SPLIT_AFTER = re.compile(
    r"^[^.;:!?]{0,60}?,\s*(?:including\s+)?(?P<n>\d[\d,]*|[a-z]+)\s+(?:of\s+(?:them|whom|which)\b"
    r"|(?:seriously|critically|badly|severely|fatally)\b)",
    re.I,
)
"""A part told right after the whole it is split from, within the whole's clause: "nine
people were injured, two of them seriously", "six workers went to hospital, two of whom had
burns", "12 hurt, three critically", "three people have been treated in hospital after using
the pens, one of whom spent two nights in intensive care", "the fleet of 240 buses, 90 of
which will be electric"."""


_OF_FIRST = re.compile(r"(?:^|[.;:]\s+)of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_FRONTED_PART = re.compile(
    r"^[^.;:!?]{0,80}?,\s*(?P<n>\d[\d,]*|[a-z]+)\s+(?:of\s+(?:them|which)\s+)?"
    r"(?:were|was|are|is|had|have|has)\b",
    re.I,
)
"""A whole told first with "of", and the part its clause goes on to count: "Of seven
complaints made last year, three were upheld", "Of 12 bids received, four were shortlisted"."""


def _part_split_off(field: FieldValue, claim: Claim) -> float | None:
    """The figure of a part its claim splits from ``field``, else None.

    Right after it ("nine people were injured, two of them seriously"), or after a whole
    told first with "of" ("of seven complaints made, three were upheld").
    """
    at = _in_claim(field, claim)
    if at is None:
        return None
    if (m := _SPLIT_AFTER.match(claim.text[at[1] :])) is not None:
        return _number_of(m["n"])
    if _OF_FIRST.search(claim.text[: at[0]]) and (m := _FRONTED_PART.match(claim.text[at[1] :])):
        return _number_of(m["n"])
    return None


@rule("compare.whole_split_in_its_claim", "not_compared")
def whole_split_in_its_claim(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A whole whose claim splits a part off it, beside a figure that is that part.

    "Nine people were injured, two of them seriously" tells a whole and a part; "two
    passengers were seriously hurt" gives the part. Nine and two are not two tellings of one
    count: the other figure is the part the first claim names.

    Fires: "eleven people were hurt, three of them critically, when the coach overturned" /
    "three passengers were critically injured when the coach rolled over" (a coach crash);
    "six workers were taken to hospital, two of whom had serious burns" / "two workers
    suffered serious burns in the fire" (a factory fire); "three people have been treated in
    hospital after using the pens, one of whom spent two nights in intensive care" / "one
    person was admitted to intensive care" (fake weight-loss pens); a whole told first: "of
    seven complaints made, three were upheld" / "the regulator upheld three complaints" (a
    radio licence), "of 12 bids received, four were shortlisted" / "four bids were
    shortlisted" (a ferry contract).
    Holds: "eleven people were hurt, three of them critically" / "fourteen people were hurt
    when the coach overturned" (the wholes conflict); "six workers were taken to hospital,
    two of whom had serious burns" / "four workers suffered serious burns" (not the part its
    claim names: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    for whole, claim, other in ((pair.fa, pair.a, pair.fb), (pair.fb, pair.b, pair.fa)):
        part = _part_split_off(whole, claim)
        value = other.value
        if part is None or not isinstance(value, QuantityValue) or value.low is None:
            continue
        if value.low <= part <= (value.high if value.high is not None else value.low):
            return (
                f"“{whole.text}” is a whole its claim splits a part of {part:g} from; "
                f"“{other.text}” is that part: not compared."
            )
    return None


_OF_ITS = re.compile(
    r"^\s+of\s+(?:the|its|their|his|her|our|these|those)\b"
    r"|^\s+of\s+(?-i:[A-Z][\w-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w-]*){0,4}?)['’]s\b",
    re.I,
)
"""Words after a part that open its whole: "11 of its 38", "14 of Kelder Fire and Rescue
Service's 31"."""


def _part_with_whole(field: FieldValue, claim: Claim) -> bool:
    """Whether a count is told as a part of a whole given right after it ("11 of its 38").

    Not a rank ("its second rate cut of 2025") nor a figure "of" a year.
    """
    if getattr(field.value, "ordinal", False) or (at := _in_claim(field, claim)) is None:
        return False
    return bool(_OF_ITS.match(claim.text[at[1] :])) and _whole_after(field, claim) is not None


def _denied_by_one(pair: Pair) -> bool:
    """Whether the verb both figures hang on is told by one claim and denied by the other."""
    if pair.fa.governor is None or pair.fa.governor != pair.fb.governor:
        return False
    told = [
        {e.negative for e in events_told(c) if e.predicate == pair.fa.governor}
        for c in (pair.a, pair.b)
    ]
    return len(told[0]) == len(told[1]) == 1 and told[0] != told[1]


def _the_whole(part: FieldValue, claim: Claim, other: FieldValue) -> bool:
    """Whether ``other`` counts the whole ``part`` is counted out of ("nine" / "two of nine")."""
    whole = _whole_after(part, claim)
    v = other.value
    return (
        whole is not None
        and isinstance(v, QuantityValue)
        and v.low == whole
        and v.high in (whole, None)
        and v.bound is None
    )


_SIZE_BEFORE = re.compile(
    r"(?:\b(?:has|have)|^\s*with)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than"
    r"|over|just\s+over|just\s+under)\s+)?$",
    re.I,
)
"""What sets a count as the size of what holds it: "Willowmead has 64 homes", "the tower
block has about 120 flats", "With 310 rooms, the resort is ..."."""


PARTS_OF_A_PLACE = frozenset(
    ["home", "house", "flat", "apartment", "room", "bed", "seat", "pitch", "plot", "berth",
     "space", "bay", "cell", "ward", "unit", "classroom", "site", "branch", "store", "shop",
     "school", "station", "platform", "gate", "screen", "court", "stall", "allotment",
     "pupil", "student", "resident", "member", "employee", "tenant"]
)  # fmt: skip
"""What a place or body is made of and counted by when its size is told: its homes, rooms,
beds, branches, pupils, members ("Willowmead has 64 homes"), not what someone has ("has at
least four dozen questions")."""


def _a_size(field: FieldValue, claim: Claim) -> bool:
    """Whether a count tells how many a place or body has: its size, not an act's count."""
    at = _in_claim(field, claim)
    if at is None or not is_count(field):
        return False
    if getattr(field.value, "unit", None) not in PARTS_OF_A_PLACE:
        return False
    m = _SIZE_BEFORE.search(claim.text[: at[0]])
    if m is None:
        return False
    fronted = not claim.text[: m.start()].strip()
    return not fronted or claim.text[at[1] : at[1] + 1] == ","


@rule("compare.size_and_count", "not_compared")
def size_and_count(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """The size of a whole beside a count of the same things an act or a state touched.

    "Willowmead has 64 homes" tells the park's size; "residents of 41 homes brought the
    challenge" counts those who went to the tribunal. A count told as what a place has
    is the whole, and a count of the same noun told any other way may be a part of it.

    Fires: "Willowmead has 64 homes, most of them owned by pensioners" / "residents of 41
    homes at Willowmead Park brought the challenge" (a park-home tribunal); "With 310 rooms,
    the Casa Brava is the island's largest resort" / "the upgrade duplicated the bookings
    for 58 rooms" (a hotel's overbooking).
    Holds: "Willowmead has 64 homes" / "the park has 46 homes" (two sizes: they conflict);
    "residents of 41 homes brought the challenge" / "residents of 14 homes brought it" (two
    counts of one act); "the special counsel has at least four dozen questions" / "a list of
    almost four dozen questions" (what someone has is no place's size: only what a place is
    made of, :data:`PARTS_OF_A_PLACE`).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    sa, sb = _a_size(pair.fa, pair.a), _a_size(pair.fb, pair.b)
    if sa == sb or getattr(pair.fa.value, "unit", None) != getattr(pair.fb.value, "unit", None):
        return None
    size, other = (pair.fa, pair.fb) if sa else (pair.fb, pair.fa)
    return (
        f"“{size.text}” tells how many the whole has, “{other.text}” counts those an act or a "
        "state touched: a whole and what may be a part of it, not compared."
    )


@rule("compare.some_of_group", "not_compared")
def some_of_group(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A count of some of a group beside a plain count of that group: a part and the whole.

    The part names the group by the noun the other counts ("three of the survivors" /
    "twelve survivors"); "150 of the caravan's members" beside "200 migrants" counts other
    nouns, which may be one crowd told two ways, and is compared.

    Fires: "twelve survivors were taken to hospital" / "three of the survivors are in
    critical condition"; "40 protesters were arrested" / "six of the protesters arrested
    were minors"; "the party lost 11 of its 38 seats" / "the party was left with 27 seats"
    (a party's election) and "the chain closed 14 of its 60 shops" / "the chain now has 46
    shops" (a retailer's closures: the part its whole is told with); "employs around 700 of
    its 1,100 local staff" / "employs about 1,100 staff" and "declined two of the
    inspectorate's 14 recommendations" / "accepted all 14 of the recommendations" (the part
    names the other figure as its whole, whatever verb tells both); "building on the first
    three blocks will start" / "the estate's nine blocks will be pulled down" (an estate's
    rebuild) and "cancelled its last two sailings" / "had seven sailings timetabled" (a
    ferry in a gale: the members a rank picks out); "all nine authors agreed" / "two of the
    paper's nine authors did not" (the part the verb is denied of, beside the whole it is
    told of: the rest).
    Holds: "guilty on all five counts" / "guilty on four of the five counts" (one verb told
    of both: the part conflicts); "three of the survivors are critical" / "four of the
    survivors are critical" and "the first three blocks" / "the first five blocks" (both
    parts: compared); "to insulate and upgrade 1,150 of its council homes" / "around 950
    council homes are set to be insulated" and "eight of its branches will close" / "the
    bank will close 12 branches" (one act told of both: compared); "twelve survivors" / "ten
    survivors" (both plain); "about 150 of the caravan's members reached the border" /
    "about 200 migrants reached the border" (other nouns: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    sa = _some_of(pair.fa) or _part_with_whole(pair.fa, pair.a)
    sb = _some_of(pair.fb) or _part_with_whole(pair.fb, pair.b)
    if not (sa or sb) and _denied_by_one(pair):
        # "all nine authors agreed" / "two of the nine did not": the two are the rest
        sa, sb = _the_whole(pair.fa, pair.a, pair.fb), _the_whole(pair.fb, pair.b, pair.fa)
    for x, cx, y, cy in (
        (pair.fa, pair.a, pair.fb, pair.b),
        (pair.fb, pair.b, pair.fa, pair.a),
    ):
        named = _whole_after(x, cx)
        if named is None or not named == getattr(y.value, "low", None) != getattr(
            x.value, "low", None
        ):
            continue
        if _all_of(y, cy) and not _denied_by_one(pair):
            continue  # "guilty on four of the five counts" / "guilty on all five": compared
        # "around 700 of its 1,100 staff" / "1,100 staff"; "declined two of the 14" / "accepted
        # all 14" (the one denied of the other: two sides of one set)
        return (
            f"“{x.text}” counts some of the {number_words(named, digits=6)} it names as its "
            f"whole, “{y.text}” that whole: a part beside the whole, not compared."
        )
    if sa == sb:
        return None
    if getattr(pair.fa.value, "unit", None) != getattr(pair.fb.value, "unit", None):
        return None
    part, whole = (pair.fa, pair.fb) if sa else (pair.fb, pair.fa)
    part_claim = pair.a if part is pair.fa else pair.b
    if _done_to_both(part, whole, part_claim) and not _denied_by_one(pair):
        return None  # one act done to both: not a part of the other count
    if _kind_told_of(whole, part, part_claim):
        return None  # "six underweight ponies" / "judged nine of its ponies to be underweight"
    return (
        f"“{part.text}” counts some of a group, “{whole.text}” a group: a part beside what may "
        "be the whole, not compared."
    )


def _kind_told_of(whole: FieldValue, part: FieldValue, claim: Claim) -> bool:
    """Whether a count's own kind ("underweight" ponies) is what the part's claim tells of it.

    "Six underweight ponies" counts a kind of pony; "judged nine of its ponies to be
    underweight" picks that kind out of the yard's ponies: both count the underweight ones.
    """
    unit = str(getattr(whole.value, "unit", None) or "")
    kinds = {
        w
        for w in re.findall(r"[a-z-]+", (whole.counted or "").lower())
        if len(w) > 3 and w not in FUNCTION_WORDS and w not in {unit, plural(unit)}
    }
    at = _in_claim(part, claim)
    after = claim.text[at[1] :].lower() if at is not None else ""
    return bool(kinds & set(re.findall(r"[a-z-]+", after)))


def _done_to_both(part: FieldValue, whole: FieldValue, claim: Claim) -> bool:
    """Whether the verb of one figure (``whole``) is done to the other (``part``) too.

    "To insulate and upgrade 1,150 of its council homes" and "950 homes are set to be
    insulated" count what one act is done to: neither a part of the other count nor a
    count of another clause's thing. The verb is the part's own, or one told right before
    it in its clause ("insulate and upgrade"), not one that only picks out its group ("six
    of the protesters arrested").
    """
    verb = whole.governor
    if verb is None:
        return False
    if part.governor is not None and one_event(part.governor, verb):
        return True
    return any(_one_stem(w, verb) for w in _words_before(part, claim))


_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|plus\s+)$")
"""What stands between two counts told as parts of one total: "56 passengers and six
crew", "12 soldiers, three police officers and two civilians"."""
_PLACED_AND = re.compile(
    r"^\s+(?:from|in|at|on|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,?\s+and\s+"
    r"(?:a\s+further\s+|another\s+|an\s+additional\s+|an\s+extra\s+)?$",
    re.I,
)
"""What stands between two counts of one noun, each told with the part it is of: "two
patients from the cardiac ward and nine from the respiratory ward", "14 homes in Ashby and
30 in Moor End", "61 vacancies for firefighters and a further 26 for crew commanders"."""
_NAMED_AND = re.compile(
    r"^\s+(?:in\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s*,?\s+(?:and|plus)\s+(?:an?\s+)?$", re.I
)
"""What stands between two sums of one currency each told with its noun: "a £480 fine
and £160 in costs", "£61,000 in compensation and £25,000 in legal fees"."""
_PAY_AND = re.compile(
    r"^\s+(?:[a-z]+\s+){0,2}?(?:,\s*)?and\s+(?:was\s+|were\s+)?(?:also\s+)?"
    r"(?:told|ordered|made|required)\s+to\s+pay\s+(?:an?\s+)?$",
    re.I,
)
"""What stands between two sums a court imposed, the later told as more to pay: "was fined
£400 and told to pay £200 costs", "a £300 fine and ordered to pay £85 costs"."""
_ADDED = re.compile(
    r"^[^.;:!?]{0,120}?\b(?:another|a\s+further|an\s+additional|an\s+extra|a\s+second)\s+$",
    re.I,
)
"""What stands before a sum told as added to the one before it in its sentence: "the
state put in $2 million and a federal grant added another $1.2 million", "the council
gave £400,000, with the lottery fund providing a further £250,000"."""


def _exact(field: FieldValue) -> float | None:
    value = field.value
    if not isinstance(value, QuantityValue) or value.approx or value.bound is not None:
        return None
    if value.low is None or value.high != value.low:
        return None
    return value.low


def _summable(field: FieldValue) -> bool:
    """Whether a figure may be a part of a total: a count, or a sum of money."""
    return field.kind == "quantity" and (
        is_count(field) or getattr(field.value, "unit", None) in CURRENCIES
    )


def _parts_sum(claim: Claim) -> list[tuple[float, list[FieldValue]]]:
    """The sums of runs of two or more figures a claim gives as parts of one total.

    Counts joined by "and" or commas where one counts people ("56 passengers and six
    crew"); sums of one currency joined so, or the later told as added to the one
    before ("$2 million ..., and a federal grant added another $1.2 million").
    """
    figures = sorted((f for f in claim.fields if _summable(f)), key=lambda f: f.span)
    out = []
    for i in range(len(figures)):
        run = [figures[i]]
        for nxt in figures[i + 1 :]:
            between = claim.text[run[-1].span[1] - claim.span[0] : nxt.span[0] - claim.span[0]]
            units = {getattr(f.value, "unit", None) for f in (*run, nxt)}
            money = len(units) == 1 and units <= CURRENCIES
            if not (
                _JOINED.match(between)
                or (len(units) == 1 and None not in units and _PLACED_AND.match(between))
                or (money and any(p.match(between) for p in (_ADDED, _NAMED_AND, _PAY_AND)))
            ):
                break
            run.append(nxt)
            values = [_exact(f) for f in run]
            if all(v is not None for v in values) and (
                money
                or any(getattr(f.value, "unit", None) in PEOPLE for f in run)
                or _one_thing_counted(run)
            ):
                out.append((sum(v for v in values if v is not None), list(run)))
    return out


def _one_thing_counted(run: list[FieldValue]) -> bool:
    """Whether counts told as parts all count one kind of thing, not people nor money.

    "Nine full council meetings and five committee meetings": one counted noun.
    """
    units = {getattr(f.value, "unit", None) for f in run}
    return len(units) == 1 and all(is_count(f) for f in run) and not units & {None, *PEOPLE}


def _whole(field: FieldValue) -> float | None:
    """The figure of a count of people or things, or of a sum of money, exact or hedged.

    "230 people", "around 130 people"; not a range nor a bound.
    """
    unit = getattr(field.value, "unit", None)
    if unit in ANY_PEOPLE or unit in CURRENCIES or (unit is not None and is_count(field)):
        return _exact(field) if _exact(field) is not None else _hedged_figure(field)
    return None


def _hedged_figure(field: FieldValue) -> float | None:
    """The figure of a single hedged value ("around 130", "about £4,000"), else None."""
    value = field.value
    if not isinstance(value, QuantityValue) or value.bound != "approx" or value.low is None:
        return None
    return value.low if value.high in (None, value.low) else None


def _adds_up(whole: FieldValue, value: float, run: list[FieldValue]) -> bool:
    """Whether parts that sum to ``value`` make ``whole``: the units fit, and the sum.

    People of any kind make a count of people; money and things keep one unit ("14
    meetings" of "nine council meetings and five committee meetings"). A hedged whole
    is made by a sum its hedge reaches ("around 130 people" of "58 residents and 71
    staff"), an exact one only by its very figure.
    """
    unit = getattr(whole.value, "unit", None)
    units = {getattr(f.value, "unit", None) for f in run}
    if not (units & PEOPLE if unit in ANY_PEOPLE else units == {unit}):
        return False
    if (figure := _exact(whole)) is None:
        return _hedged_figure(whole) is not None and quantity_rules.reaches(whole, value)
    return abs(value - figure) <= 1e-9 * max(1.0, abs(figure))


def sum_of_parts(field: FieldValue, claim: Claim) -> bool:
    """Whether ``field`` counts people, or sums money, that ``claim`` gives in parts.

    "230 people aboard" beside "212 passengers and 18 crew", "$3.2 million" beside "$2
    million ... and another $1.2 million": the compare stage reads the claim's total
    through the figure the other claim's parts make.
    """
    return _whole(field) is not None and any(
        _adds_up(field, value, run) for value, run in _parts_sum(claim)
    )


@rule("compare.parts_add_up", "compatible")
def parts_add_up(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A count of people or a sum that one side gives whole and the other in parts adding up.

    Fires: "the plane was carrying 62 people" / "it had 56 passengers and six crew on
    board"; "the attack killed 15 people" / "the attack killed 12 soldiers and three
    civilians"; "state and federal agencies have put $3.2 million into the reefs" / "the
    state has contributed $2 million, and a federal grant added another $1.2 million";
    "the restoration cost £650,000" / "the council gave £400,000, with the lottery fund
    providing a further £250,000"; parts that count one kind of thing: "he had missed 14
    meetings" / "nine full council meetings and five committee meetings" (a councillor's
    absences), "1,150 operations" / "800 planned operations and 350 emergency operations"
    (a hospital's winter); a hedged whole its parts reach: "around 130 people at the home
    will be treated" / "58 residents and 71 staff" (a care home's outbreak), "about 4,000
    people were moved out of the stand" / "3,200 home fans and 750 away supporters" (a
    match); sums each told with its noun: "ordered to pay £640, including costs" / "a
    £480 fine and £160 in costs" (a truancy fine), "paid out £86,000" / "£61,000 in
    compensation and £25,000 in legal fees" (flooded cellars); a fine and what the court
    also ordered paid: "ordered to pay £650 in total" / "fined £400 and told to pay £200
    costs and a £50 victim surcharge" (a poaching case).
    Holds: "the plane was carrying 64 people" / "56 passengers and six crew" (the parts
    make 62: a conflict); "the attack killed 42 people" / "12 soldiers were killed and
    30 wounded" (counts of two fates, not parts of one total); "agencies have put $3.5
    million into the reefs" / "$2 million, and a grant added another $1.2 million" (the
    parts make $3.2 million); "1,150 operations" / "800 planned operations and 350 scans"
    (two kinds of thing make no whole).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    for total, other in ((pair.fa, pair.b), (pair.fb, pair.a)):
        if _whole(total) is None:
            continue
        for value, run in _parts_sum(other):
            if _adds_up(total, value, run):
                parts = " and ".join(f"“{f.text}”" for f in run)
                return f"{parts} add up to “{total.text}”: the same whole, told in parts."
    return None


_TENURE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|serv(?:e|es|ed|ing)|spen(?:t|d|ds|ding)|taught|teach(?:es|ing)?"
    r"|coach(?:es|ed|ing)?|play(?:s|ed|ing)?|led|lead(?:s|ing)?|head(?:s|ed|ing)?"
    r"|liv(?:e|es|ed|ing)|volunteer(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
"""Verbs of a stint: working, serving, teaching, living somewhere for a span of time."""
_TIME_WORDS = frozenset(
    ["last", "past", "nearly", "almost", "about", "more", "than", "some", "over", "least",
     "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"]
)  # fmt: skip


_PLACE_AFTER = re.compile(
    r"\s+((?:with|in|at|on|for)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?=\s*[,.;:]|\s+(?:before|after|when|while|until|and|but|since|as)\b|\s*$)"
)
"""A place a span was spent in, right after the span: "four years with the drugs squad"."""


def _stint_at(field: FieldValue, claim: Claim) -> set[str] | None:
    """Where a span of time was spent, as content words; None when no stint is told.

    A verb of a stint tells it before the span ("worked with the gang team for five
    years": gang, team) or right after it ("spent four years with the drugs squad").
    """
    if (magnitude(field) or ("",))[0] != "duration":
        return None
    if (where := _in_claim(field, claim)) is None:
        return None
    start, end = where
    verbs = [m for m in _TENURE.finditer(claim.text) if m.end() <= start]
    if not verbs:
        return None
    window = claim.text[verbs[-1].end() : start]
    if re.search(r"[,;:]", window):
        return None  # the verb is in another clause
    if m := _PLACE_AFTER.match(claim.text[end:]):
        window += " " + m.group(1)  # "spent four years with the drugs squad"
    return _content(window) - _TIME_WORDS


@rule("compare.two_stints", "not_compared")
def two_stints(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two spans of work or service told of two different places: two stints.

    A career is told in stints: "worked with the drugs squad for four years" and "served
    in the force for 18 years" are both right of one officer; so are "worked as a nurse
    for 30 years" and "worked at the hospital for 20 years". Set side by side, the spans
    measure two things.

    Fires: "she had spent four years with the drugs squad" / "she had worked in the
    force for 18 years"; "he coached the youth team for three years" / "he
    coached at the club for ten years".
    Holds: "she had served in the force for 18 years" / "she had served in the force for
    12 years" (one stint: the spans conflict); "he coached the youth team for three
    years" / "he coached for ten years" (one names no place).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    wa, wb = _stint_at(pair.fa, pair.a), _stint_at(pair.fb, pair.b)
    if not wa or not wb or wa & wb:
        return None
    return (
        f"“{pair.fa.text}” and “{pair.fb.text}” are spent in two places "
        f"({', '.join(sorted(wa))}; {', '.join(sorted(wb))}): two stints, not compared."
    )


_ELAPSED_BEFORE = re.compile(
    r"\b(?:(?:after|following)|(?:in|over|during)\s+the\s+(?:past\s+|last\s+)?)\s*"
    r"(?:(?:more\s+than|nearly|almost|about|some|over)\s+)?$",
    re.I,
)
_ELAPSED_AFTER = re.compile(r"^(?:\s+(?:into|since|of|now)\b|\s+and\s+counting\b)", re.I)
_ELAPSED_ORDINAL = re.compile(r"\b(?:its|their|a)\s+$", re.I)


def _elapsed(field: FieldValue, claim: Claim) -> bool:
    """Whether a span of time tells how long something has gone on so far.

    "After 13 days of bombardment", "in the past 12 days of fighting", "nine days into
    the walkout", "ten days since the quake", "now in its fifth day": time elapsed, which
    grows with every day of reporting. Not a span to come or a length set ("will stay
    shut for 30 days", "a 45-day delay").
    """
    if (magnitude(field) or ("",))[0] != "duration":
        return False
    if (where := _in_claim(field, claim)) is None:
        return False
    start, end = where
    before, after = claim.text[:start], claim.text[end:]
    value = field.value
    if isinstance(value, QuantityValue) and value.ordinal:
        return _ELAPSED_ORDINAL.search(before) is not None  # "now in its fifth day"
    if _ELAPSED_BEFORE.search(before) and re.match(r"^\s+of\b", after, re.I):
        return True  # "after 13 days of bombardment"
    return re.match(r"^\s+(?:into|since|and\s+counting)\b", after, re.I) is not None


@rule("compare.elapsed_time", "not_compared")
def elapsed_time(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """How long something has gone on so far, told on two days: not compared.

    An offensive, a strike or a search grows a day older with every day of reporting:
    "after 13 days of bombardment" and "in the 12 days of the offensive so far" are both
    right when told a day apart. Told on one day (both sources published that day), the
    spans are compared as any two spans are.

    Fires: "after 13 days of bombardment" / "killed so far in the 12 days of the
    offensive" (a war, published on two days); "nine days into the walkout" / "after
    eight days of the walkout" (a port strike, publication unknown).
    Holds: "the road will stay shut for 30 days" / "for 45 days" (a span to come);
    "after five days of searching" / "after four days of searching" (a mine search, both
    published on one day).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    if not (_elapsed(pair.fa, pair.a) or _elapsed(pair.fb, pair.b)):
        return None
    if (magnitude(pair.fa) or ("",))[0] != "duration" or (magnitude(pair.fb) or ("",))[0] != (
        "duration"
    ):
        return None
    day_a, day_b = pair.published(pair.a), pair.published(pair.b)
    if day_a is not None and day_a == day_b:
        return None  # told on one day: the time gone by should be one
    return (
        f"“{pair.fa.text}” and “{pair.fb.text}” tell how long it has gone on so far, "
        "on different days of reporting (or on days unknown): not compared."
    )


_SINGLED_OUT = re.compile(
    r"^\s+(?:(?:has|had|have|was|were|is)\s+)?(?!(?:in|on|at|of|for|from|during|after|before"
    r"|with|by|into|near|over|under)\b)[a-z]+\s+(?:the|its)\s+(?:most\s+[a-z]+|[a-z]{2,}est"
    r"|worst|best)\b"
)
"""After "one X": a verb whose object is a superlative ("made the deepest strike", "did
the most damage", "has travelled the farthest"). A preposition before it ("died in the
deadliest crash") ranks something else."""


def _singled_out(field: FieldValue, claim: Claim) -> bool:
    """Whether a count of one picks a member out by what it did most ("made the deepest")."""
    value = field.value
    if not isinstance(value, QuantityValue) or not value.low == value.high == 1:
        return False
    end = field.span[1] - claim.span[0]
    return 0 < end <= len(claim.text) and _SINGLED_OUT.match(claim.text[end:]) is not None


@rule("compare.one_singled_out", "not_compared")
def one_singled_out(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """One member picked out by what it did most, against a count of the whole group.

    "One rocket made the deepest strike yet" tells the farthest of the rockets fired,
    not that one was fired; "one fire has burned the most land" picks the worst of
    several. Set beside the group's count, it counts a member, not the group.

    Fires: "one rocket made the deepest strike yet into the country" / "four rockets
    landed in the south"; "one fire has burned the most land in the valley" / "five
    fires have burned in the valley".
    Holds: "one person died in the deadliest crash of the year" / "two people died in
    the crash" (the superlative ranks the crash); "one rocket hit the port" / "four
    rockets hit the port".
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    for one, claim, other in ((pair.fa, pair.a, pair.fb), (pair.fb, pair.b, pair.fa)):
        low = getattr(other.value, "low", None)
        if _singled_out(one, claim) and low is not None and low > 1:
            return (
                f"“{one.text}” picks one member out by what it did most; “{other.text}” "
                "counts the group: a member and its group, not compared."
            )
    return None


class DifferentRoles(RuleSettings):
    """What a main clause is, and when two clauses play one role."""

    main_clause_share: float = Field(
        0.75, description="A field whose clause holds this share of its claim's words dates it."
    )
    same_role_share: float = Field(
        0.5,
        description="Share of the smaller clause's content words two subordinate clauses "
        "must share (two at least) to be one role.",
    )


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in FUNCTION_WORDS}


def _rest(field: FieldValue, claim: Claim) -> int:
    """How many words the claim has, the field's own taken as one, a wire dateline none."""
    words = WIRE_DATELINE.sub("", claim.text, count=1).split()
    return max(1, len(words) - len(field.text.split()) + 1)


def same_role(
    fa: FieldValue, ca: Claim, fb: FieldValue, cb: Claim, s: DifferentRoles | None = None
) -> bool:
    """Whether two fields of two similar claims date or count the same thing.

    A field governed by its claim's main clause takes the claim's role: the claims
    are already known to be alike. A field in a subordinate clause ("when it headed
    north in March") must share that clause's content words with the other's role.
    """
    s = s or DifferentRoles()
    if fa.role is None or fb.role is None:
        return True
    # The role leaves out the field's own words: "More than 100 firefighters were sent to
    # the site" is all one main clause, though its role is five words of nine (of six, the
    # figure and its noun taken as one).
    main_a = len(fa.role.split()) >= s.main_clause_share * _rest(fa, ca)
    main_b = len(fb.role.split()) >= s.main_clause_share * _rest(fb, cb)
    if main_a and main_b:
        return True
    wa, wb = _content(fa.role), _content(fb.role)
    # A date says when its verb happened, so the words a clause shares may be all its
    # noun's ("a wholesaler of health products, which remained closed Monday" / "a
    # wholesaler of health products, issued a statement Saturday"): the verb of a date's
    # subordinate clause must be told in the other role too. A figure names what it
    # measures ("caused $3 million in damage" / "received $1 million in damage").
    for field, main, other, claim in ((fa, main_a, wb, cb), (fb, main_b, wa, ca)):
        if field.kind != "date" or main or field.governor is None:
            continue
        if not _tells(field.governor, other) and not _verb_told(field.governor, claim):
            return False
        if (main_b if field is fa else main_a) and _main_verb(field.governor, claim):
            return True  # "when it came down ... on September 17" / "came down on August 19"
    shared = wa & wb
    return len(shared) >= 2 and len(shared) >= s.same_role_share * min(len(wa), len(wb))


def _main_verb(verb: str, claim: Claim) -> bool:
    """Whether ``verb`` is the verb of a claim's first event that is not a telling."""
    done = [v for v in events_told(claim) if not v.aside and v.predicate not in TELLING]
    return bool(done) and one_event(verb, done[0].predicate)


def _verb_told(verb: str, claim: Claim) -> bool:
    """Whether a claim tells an event of ``verb`` ("came down" for "come down").

    Read from its events, so that an irregular past ("came") meets its lemma.
    """
    return any(one_event(verb, v.predicate) for v in events_told(claim))


def _tells(verb: str, words: set[str]) -> bool:
    """Whether ``words`` hold the verb (its lemma, or a form that starts with its stem)."""
    return any(one_event(verb.split()[0], w) for w in words)


@rule("compare.different_roles", "not_compared", DifferentRoles)
def different_roles(cmp: Comparison, pair: Pair, s: DifferentRoles) -> str | None:
    """Values in differently governed clauses of similar claims date or count two things.

    Values of one doing (the same verb or occasion, not a telling) have one role in whatever
    clause each sits, and so have figures of one change told by its noun and by its verb
    (:func:`one_change`).

    Fires: "the ship, which ran aground on March 23, was freed" / "the ship was freed on
    March 29" (the first date belongs to the grounding).
    Holds: "the ship was freed on March 28" / "the ship was freed on March 29"; "the memos
    hold no secrets and were released by the committee on Saturday" / "the memos were
    released on Thursday" (both date the release); "it expected growth of 0.8% next year" /
    "forecast that output will grow 1.1% in 2025" (one growth); "Oyelowo took the title,
    touching in 2:07.35" / "Oyelowo won the final in 2 minutes 7.53 seconds" (one swim's
    time, :func:`one_time_taken`); "the unit, which handles around 420 births a year" / "the
    unit delivers about 260 babies a year" (one rate, :func:`one_rate`); "the rate will go
    up from £1.20 to £1.80" / "voted to raise the rate from £1.20 to £1.60" (one new level,
    :func:`both_changed_to`); "the vessel measures 7.4 metres from end to end" / "it is 9.1
    metres long" (one boat's length, :func:`one_size`); "broke her own record, clearing 4.72
    metres" / "set a record of 4.68m" (one record's mark, :func:`one_record`); "roughly 60
    percent shorter than the long-term average" / "about 45 percent shorter than the
    average" (one comparison, :func:`one_comparison`); "has secured £6.2 million to insulate
    and upgrade 1,150 of its homes" / "around 950 homes are set to be insulated" (one act
    done to both counts, :func:`_done_to_both`); "had caught 97% of the 18,500-tonne quota"
    / "close to its 15,800-tonne catch limit" (one quota, :func:`one_limit_of`); "12 fire
    engines were at the scene" / "eight fire engines were sent" (one turnout,
    :func:`one_turnout`); "after being awarded a £3.2 million grant" / "have won £2.3m of
    national funding" (one grant, :func:`one_sum_of`); "imposed a term of three years and
    four months" / "replaced it with a prison term of two years and ten months" (one jail
    term, :func:`one_term_of`); "the coach, loaded with 52 pupils" / "a coach carrying 48
    pupils" (one load, :func:`one_load`); "a job that takes about 90 minutes" / "a repair
    expected to take around four hours" (one job's length, :func:`one_job_length`); "11 of
    the 20 samples failed" / "seven of the 20 samples breached the limits" (one part of one
    whole, :func:`parts_of_one_whole`); "question officials at a public meeting on Thursday,
    March 12" / "a public meeting will be held on March 19" (one occasion,
    :func:`one_occasion_held`); "would receive compensation of £30 a day" / "will be paid £60
    a day" (one payment, :func:`one_payment`); "parents were issued 2,140 fines" / "the
    number of fines handed to parents climbed to 1,870" (one total, :func:`one_number_of`);
    "a mystery donor has given £25,000 to the appeal" / "a benefactor handed the appeal
    £40,000" (one gift, :func:`one_gift`); "voted to back the £480,000 scheme" / "the
    scheme, which would cost £840,000" (one cost, :func:`one_cost_of`); "9,400 homes lost
    their broadband" / "cut broadband to 4,900 homes" (one outage, :func:`one_outage`);
    "22 buses are sitting unused at the Gasworks Road depot" / "the 26 buses parked at the
    Gasworks Road depot" (what one place holds, :func:`one_stock_at`); "given permission to
    build 18 new stables" / "plans for 24 new stables have been approved" (one scheme's
    size, :func:`one_scheme_count`).
    """
    if not pair.check_roles:
        return None
    if not (cmp.verdict is Verdict.CONFLICT or cmp.rule in NEAR_MISSES):
        return None
    if same_role(pair.fa, pair.a, pair.fb, pair.b, s) or ages_of_one_person(pair):
        return None
    if one_time_taken(pair) or one_rate(pair) or one_size(pair) or one_record(pair):
        return None
    if one_job_length(pair):
        return None  # "a job that takes about 90 minutes" / "a repair expected to take four hours"
    if one_comparison(pair):
        return None  # "touching in 2:06.41" / "won in 2 minutes 6.14 seconds": one swim
    if _one_limit(cmp):
        return None  # one figure named as one limit ("its £38 million budget") by both
    if pair.kind == "quantity" and measure(pair.fa) == measure(pair.fb) == "score":
        return None  # "beating Strachan 7-4" / "leading her team to a 7-5 victory": one game
    if one_doing(pair.fa, pair.fb) or one_change(pair) or both_changed_to(pair):
        return None  # "and were released on Saturday" / "were released Thursday"
    if pair.kind == "quantity" and parts_of_one_whole(pair):
        return None  # "11 of the 20 samples failed" / "seven of the 20 samples breached"
    if pair.kind == "date" and one_occasion_held(pair.fa, pair.a, pair.fb, pair.b):
        return None  # "question officials at a meeting on Thursday" / "a meeting ... held on"
    if pair.kind == "quantity" and (
        _done_to_both(pair.fa, pair.fb, pair.a) or _done_to_both(pair.fb, pair.fa, pair.b)
    ):
        return None  # "to insulate and upgrade 1,150 homes" / "950 homes will be insulated"
    if date_rules.both_last(pair.fa, pair.fb):
        return None  # "stopped for the first time since 1964" / "the first train since 1971"
    if one_price(pair):
        return None  # "will charge adults $15 for admission" / "will have to pay $20 to get in"
    if one_payment(pair):
        return None  # "would receive compensation of £30 a day" / "will be paid £60 a day"
    if one_gift(pair):
        return None  # "a donor has given £25,000" / "a benefactor handed the appeal £40,000"
    if one_sum_of(pair):
        return (
            None  # "approved a $4.2 million settlement" / "claim part of a $2.4 million settlement"
        )
    if one_cost_of(pair):
        return None  # "to back the £480,000 scheme" / "the scheme, which would cost £840,000"
    if one_scheme_count(pair):
        return None  # "permission to build 18 new stables" / "plans for 24 new stables"
    if one_term_of(pair):
        return None  # "imposed a term of three years" / "replaced it with a prison term of two"
    if one_limit_of(pair):
        return None  # "the 18,500-tonne quota" / "its 15,800-tonne catch limit": one quota
    if one_turnout(pair):
        return None  # "12 fire engines were at the scene" / "eight fire engines were sent"
    if one_outage(pair):
        return None  # "9,400 homes lost their broadband" / "cut broadband to 4,900 homes"
    if one_tally_of_mishaps(pair):
        return None  # "were linked to 14 fires" / "after nine fires were reported"
    if one_load(pair):
        return None  # "a lorry loaded with 4,800 pairs" / "a lorry carrying 8,400 pairs"
    if one_count_found(pair):
        return None  # "finding 31 patients on trolleys" / "counted 23 patients on trolleys"
    if one_crowd_present(pair):
        return None  # "about 600 guests were in the park" / "1,400 people were in Aqualand"
    if one_stock_at(pair):
        return None  # "22 buses are sitting at the X depot" / "the 26 buses parked at the X depot"
    if one_number_of(pair):
        return None  # "were issued 2,140 fines" / "the number of fines ... climbed to 1,870"
    return "The values date or count different things in similar claims (different clauses)."


_NO_ACT = frozenset(
    ["be", "have", "say", "include", "total", "number", "reach", "rise", "fall", "spend",
     "remain", "stay", "wait", "cap", "limit"]
)  # fmt: skip
"""Verbs that tell no act a count is the doers or the done-to of: a state, a telling, a
total, a time passed somewhere ("about 180 passengers spent the night aboard", "some 40
people remained in the shelter"), a ceiling put on their number ("will be capped at
1,800")."""


_PASSIVE_AFTER = re.compile(
    r"^(?:\s+and\s+[a-z]+)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?P<v>[a-z]+(?:ed|en))\b"
)
"""The act a count was done to, told right after it where the parse names no verb: "six
people were taken to hospital", "300 guests and staff were evacuated"."""


def _head_verb(field: FieldValue) -> str:
    """The first word of the verb a value hangs on ("take" of "take over"), "" for none."""
    return next(iter((field.governor or "").split()), "")


_AGES_BETWEEN = re.compile(r"^\s*,\s*aged\b[^,.;:]*,", re.I)
"""The ages of a counted group told between commas: "four men, aged between 23 and 51,"."""


def _act_of_count(field: FieldValue, claim: Claim) -> str:
    """The verb a count hangs on: its governor, else a passive told right after it ("").

    The ages of the group between commas are passed over: "four men, aged between 23 and
    51, were arrested" counts the arrested.
    """
    verb = _head_verb(field)
    if verb and verb != "age":
        return verb
    at = _in_claim(field, claim)
    if at is None:
        return verb
    after = claim.text[at[1] :]
    if (ages := _AGES_BETWEEN.match(after)) is not None:
        after = after[ages.end() :]
    m = _PASSIVE_AFTER.match(after)
    return m["v"] if m else verb


_ABSTAINING = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:abstain(?:ed|ing|s)?|abstentions?)\b", re.I)
"""A count told as those who abstained: "with 31 deputies abstaining", "four abstentions"."""
_VOTING = re.compile(
    r"^\s+(?:[^,.;:]{0,60}?\s)?(?:voted|vote|votes|backed|opposed|supported|rejected)\b", re.I
)
"""A count told as those who voted one way: "58 deputies of the opposition bloc voted no"."""


def _side_of_vote(field: FieldValue, claim: Claim) -> str | None:
    """Whether a count is of those who "abstained" or who "voted" one way, else None."""
    at = _in_claim(field, claim)
    after = "" if at is None else claim.text[at[1] :]
    if _ABSTAINING.match(after):
        return "abstained"
    return "voted" if _VOTING.match(after) else None


@rule("compare.abstained_and_voted", "not_compared")
def abstained_and_voted(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Those who abstained in a vote beside those who voted one way: two groups of one vote.

    Fires: "with 31 deputies abstaining" / "all 58 deputies of the opposition bloc opposed
    the bill" (a treaty's ratification); "with four councillors abstaining" / "nine councillors
    from the opposition groups voted against the closures" (a library closures vote).
    Holds: "with 31 deputies abstaining" / "with 21 deputies abstaining" (two counts of
    the abstentions: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    told = [_side_of_vote(pair.fa, pair.a), _side_of_vote(pair.fb, pair.b)]
    if set(told) != {"abstained", "voted"}:
        return None
    return (
        f"“{pair.fa.text}” {told[0]} and “{pair.fb.text}” {told[1]}: two groups of one vote, "
        "not compared."
    )


@rule("compare.counts_of_two_acts", "not_compared")
def counts_of_two_acts(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Counts of two groups, each the doers or the done-to of its own act, in aligned claims.

    "About 300 guests and staff were evacuated" and "six people were taken to hospital":
    the claims tell one leak, but the counts are of the evacuated and of the hurt. Both
    counts measure different things (their nouns or fates differ), each hangs on an act
    of its own, the two acts are not one, and neither claim tells the other's act.

    Fires: "about 300 guests and staff were evacuated from the hotel" / "six people were
    taken to hospital after the leak" (a chlorine leak); "about 150 passengers were rescued
    from the ferry" / "three people were taken to hospital" (a ferry aground).
    Holds: "eleven people were injured" / "fourteen passengers were hurt" (one act in other
    words); "300 guests were evacuated" / "about 250 people were evacuated" (one act); "nine
    people were hurt" / "seven workers were taken to hospital" (a harm told: one toll);
    "about 180 passengers spent the night aboard" / "more than 250 people were trapped on
    the train" (a time passed somewhere is no act of its own).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    if not (is_count(pair.fa) and is_count(pair.fb)) or measure(pair.fa) == measure(pair.fb):
        return None
    if (acts := _acts_of_counts(pair)) is None:
        return None
    ga, gb = acts
    if one_event(ga, gb) or fate_of(ga) or fate_of(gb):
        return None  # "nine people were hurt" / "seven were taken to hospital": one toll
    if _tells(ga, _content(pair.b.text)) or _tells(gb, _content(pair.a.text)):
        return None
    return (
        f"“{pair.fa.text}” counts who “{ga}” befell or did, “{pair.fb.text}” who “{gb}” "
        "befell or did: two groups, not compared."
    )


_FROM_TO = (
    re.compile(r"\bfrom\s+(?P<old>\S+)\s+to\s+(?P<new>\S+)"),
    re.compile(r"\bto\s+(?P<new>\S+)\s+from\s+(?P<old>\S+)"),
    re.compile(r"(?P<new>[$£€]?\d\S*)(?:\s+[^\s,]+){0,5},?\s+(?:up|down)\s+from\s+(?P<old>\S+)"),
    re.compile(
        r"\b(?:rose|risen|climbed|jumped|soared|increased|doubled|tripled|trebled|quadrupled"
        r"|fell|fallen|dropped|dipped|halved|raised|lifted|hiked|boosted|lowered|reduced"
        r"|trimmed|raise|raises|raising|increase|increases|increasing|lift|lifts|lifting"
        r"|lower|lowers|lowering|reduce|reduces|reducing)\b[^.;:$£€\d]{0,40}?\bto\s+(?P<new>(?:(?:more|less"
        r"|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|just\s+(?:over|under)"
        r"\s+)?[$£€]?\d\S*)"
    ),
    re.compile(
        r"\b(?:currently\s+(?:costs?|is|are|pays?|charges?)|(?:costs?|is|are)\s+currently)"
        r"\s+(?P<old>[$£€]?\d\S*)[^.;:]{0,60}?\bwill\s+(?:cost|be|pay|charge|rise\s+to"
        r"|go\s+up\s+to|fall\s+to|drop\s+to)\s+(?P<new>[$£€]?\d\S*)",
        re.I,
    ),
)
"""A change told by where it ran from and to: "from £1.20 to £1.80", "rose to £1.80 from
£1.20", "£1.80 an hour from next month, up from £1.20"; or by where it ran to after its
verb: "had nearly tripled at this year's renewal, to more than £27,000", "raised its
interim dividend to 3.6p"; or by what it is now and what it will be: "a meal that
currently costs £2.40 will cost £2.85", "the permit is currently £40 but will be £65"."""


_REPLACED = (
    re.compile(r"\breplac(?:e|es|ed|ing)\b(?P<old>[^.;:]{1,80}?)\b(?:with|by)\s(?P<new>)", re.I),
    re.compile(r"(?P<old>[^.;:,]{1,80}?)\breplaced\s+(?:with|by)\s(?P<new>)", re.I),
)
"""What was replaced with what: "will replace the junction's two roundabouts with a single,
larger one" (active), "the twin roundabouts will be replaced with one larger roundabout"
(passive): the figure among the words replaced is the old value, the one right after
"with" or "by" the new."""
_FIRST_WORDS = re.compile(r"^(?:\S+\s+){0,2}$")
"""At most two words before a figure after "with": "a single, larger" is none, "one" is."""


def change_role(field: FieldValue, claim: Claim) -> str | None:
    """The role, "old" or "new", of a figure a change runs from or to.

    Told "from X to Y" (:data:`_FROM_TO`), or as what was replaced with what
    (:data:`_REPLACED`).
    """
    at = _in_claim(field, claim)
    if at is None:
        return None
    for pattern in _REPLACED:
        for m in pattern.finditer(claim.text):
            if m.start("old") <= at[0] < m.end("old"):
                return "old"
            if at[0] >= m.end("new") and _FIRST_WORDS.match(claim.text[m.end("new") : at[0]]):
                return "new"
    for pattern in _FROM_TO:
        for m in pattern.finditer(claim.text):
            for role in ("old", "new"):
                if role in pattern.groupindex and m.start(role) == at[0]:
                    return role
    return None


PRICING = frozenset(["charge", "pay", "cost"])
"""Verbs of one price told from either side: what a seller charges is what a buyer pays and
what the thing costs."""


def one_price(pair: Pair) -> bool:
    """Whether two sums are one price told by the seller and by the buyer.

    "The museum will begin charging adults $15 for admission" and "visitors will have to pay
    $20 to get in"; "the council will charge drivers £2 an hour" and "motorists will pay
    £1.50 an hour": one price, whatever clause holds each. So is a price told by the level a
    change took it to: "owners will pay £690 a year for their pitches" and "voted to raise
    the cost of a pitch to £740 a year" (:func:`_price_raised_to`).
    """
    if not _sums_of_one_currency(pair):
        return False
    if _price_raised_to(pair.fa, pair.a) or _price_raised_to(pair.fb, pair.b):
        return True  # "will pay £690 a year" / "voted to raise the cost of a pitch to £740"
    return (
        pair.fa.governor in PRICING
        and pair.fb.governor in PRICING
        and pair.fa.governor != pair.fb.governor
    )


_PRICE_NOUN = re.compile(
    r"\b(?:cost|price|fee|fare|charge|rent|subscription|toll)s?\b[^.;:$£€\d]{0,50}$", re.I
)
"""A noun of a price before the figure a change ran to: "raise the cost of a beach hut pitch
to £740", "is raising the price of a monthly membership to £35"."""


def _price_raised_to(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum is the new level of a price a change ran to (:data:`_PRICE_NOUN`)."""
    at = _in_claim(field, claim)
    return (
        at is not None
        and change_role(field, claim) == "new"
        and _PRICE_NOUN.search(claim.text[max(0, at[0] - 80) : at[0]]) is not None
    )


_GIVEN = re.compile(
    r"\b(?:gave|give|gives|given|giving|handed|hand|hands|donated|donate|donates|gifted"
    r"|contributed|contribute|contributes)\b(?:\s+[\w'’-]+){0,3}?\s+$",
    re.I,
)
"""A verb of giving a sum, a few words before it: "has given £25,000", "handed the appeal
£40,000", "donated a further £5,000"."""


def one_gift(pair: Pair) -> bool:
    """Whether two sums are the one gift each claim tells, by a verb of giving.

    "A mystery donor has given £25,000 to the appeal" and "an anonymous benefactor handed
    the appeal £40,000" (a village hall's roof); "the lottery fund has given £120,000 to
    the museum" and "the museum was handed £150,000 by the lottery fund" (a museum's new
    wing): one gift, whatever clause holds each, when each claim gives one sum.
    """
    if not _sums_of_one_currency(pair):
        return False
    unit = getattr(pair.fa.value, "unit", None)
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        sums = [f for f in claim.fields if getattr(f.value, "unit", None) == unit]
        at = _in_claim(field, claim)
        if len(sums) != 1 or at is None or not _GIVEN.search(claim.text[: at[0]]):
            return False
    return True


def _sums_of_one_currency(pair: Pair) -> bool:
    """Whether two quantities are sums of money in one currency."""
    unit = getattr(pair.fa.value, "unit", None)
    return (
        pair.kind == "quantity"
        and unit in CURRENCIES
        and unit == getattr(pair.fb.value, "unit", None)
    )


def one_payment(pair: Pair) -> bool:
    """Whether two sums are one payment told by who pays it and by who receives it.

    "Customers would receive compensation of £30 a day" and "customers will be paid £60 a
    day"; "each farmer will receive £120 for every animal culled" and "the ministry will pay
    £150 for each animal": one sum, told from either end.
    """
    return _sums_of_one_currency(pair) and {pair.fa.governor, pair.fb.governor} == {
        "pay",
        "receive",
    }


_PLANNED_BEFORE = re.compile(
    r"\b(?:plans?|proposals?|scheme|application|approval|go-ahead|permission)\s+"
    r"(?:(?:for|to\s+(?:build|create|add|convert|put\s+up))\s+)"
    r"(?:up\s+to\s+|(?:an?\s+)?(?:extra|further|additional|more)\s+)?$"
    r"|\b(?:approved|allowed|refused|rejected|backed)\s+(?:up\s+to\s+)?$",
    re.I,
)
"""Words before a count of what a planning decision allows: "plans for 24 new stables",
"permission to build 18 new stables", "approved 120 homes"."""


def one_scheme_count(pair: Pair) -> bool:
    """Whether two counts of one noun are what one planning decision allows.

    "Has been given permission to build 18 new stables" and "plans for 24 new stables have
    been approved" (a livery yard's expansion); "granted permission for 120 homes" and "the
    committee approved 140 homes" (a housing estate): one scheme's size, whatever clause
    holds each.
    """
    if pair.kind != "quantity" or not (is_count(pair.fa) and is_count(pair.fb)):
        return False
    if getattr(pair.fa.value, "unit", None) != getattr(pair.fb.value, "unit", None):
        return False
    for f, c in ((pair.fa, pair.a), (pair.fb, pair.b)):
        at = _in_claim(f, c)
        if at is None or not _PLANNED_BEFORE.search(c.text[max(0, at[0] - 60) : at[0]]):
            return False
    return True


def one_cost_of(pair: Pair) -> bool:
    """Whether two sums are each the cost of one named thing (:func:`cost_of`).

    "Voted to back the £480,000 scheme" and "the scheme, which would cost £840,000"; "the
    £240,000 project has involved 30 students" and "the project has cost £410,000": one
    cost, whatever clause holds each.
    """
    if not _sums_of_one_currency(pair):
        return False
    ta, tb = cost_of(pair.fa, pair.a), cost_of(pair.fb, pair.b)
    return ta is not None and ta == tb


def one_sum_of(pair: Pair) -> bool:
    """Whether two sums of one currency are the amount of the same noun (:func:`sum_noun`).

    "A judge gave final approval to a $4.2 million settlement" and "members will be able to
    claim part of a $2.4 million settlement"; "the village won a £3m grant" and "the £2m
    grant will pay for a new hall": one settlement, one grant, whatever clause holds each.
    So are nouns of one measure (:data:`MONEY_NOUNS`): "after being awarded a £3.2 million
    grant" and "have won £2.3m of national funding" (a sports club's new track); "was
    handed a penalty of £40,000" and "the £25,000 fine will be paid" (a polluter's fine).
    """
    if not _sums_of_one_currency(pair):
        return False
    # a sum put at ("put the cost ... at £3.4m") is read in its claim (:func:`_put_at`)
    na = sum_noun(pair.fa) or _put_at(pair.fa, pair.a)
    nb = sum_noun(pair.fb) or _put_at(pair.fb, pair.b)
    if na is None or nb is None:
        return False
    return na == nb or any(na in g and nb in g for g in MONEY_NOUNS)


TERM_NOUNS: tuple[frozenset[str], ...] = (
    frozenset(["sentence", "term", "imprisonment", "custody", "detention"]),
    frozenset(["ban", "disqualification", "suspension"]),
)
"""Nouns a length of time is the span of, by what they span: a sentence is a jail term; a
driving ban is no sentence."""
_SPAN_OF = re.compile(
    r"\b(?P<noun>[a-z]+)\s+of\s+(?:(?:about|around|almost|nearly|more\s+than|at\s+least|up\s+to)"
    r"\s+)?$",
    re.I,
)
"""The noun right before "of" and a length of time: "a term of", "a ban of at least"."""


def _term_noun(field: FieldValue, claim: Claim) -> str | None:
    """The noun a length of time is the span of, told as "a term of", else None.

    Or set before its noun: "a new 25-year lease" is the lease's length, as "the 15-year
    lease" is; or told as how long someone is kept from a thing (:data:`_BANNED_FOR`): a ban.
    """
    at = _in_claim(field, claim)
    if at is None or measure(field) != "duration":
        return None
    m = _SPAN_OF.search(claim.text[: at[0]])
    if m:
        return m["noun"].lower()
    if _BANNED_FOR.search(claim.text[max(0, at[0] - 100) : at[0]]):
        return "ban"  # "banned from letting property for five years": the ban's length
    sized = _SIZED_TERM.match(claim.text, at[1]) if _HYPHENED.search(field.text) else None
    return sized["noun"].lower() if sized else None


_BANNED_FOR = re.compile(
    r"\b(?:banned|barred|disqualified|prohibited)\s+from\b[^.;:]{0,70}\bfor\s+"
    r"(?:(?:about|around|almost|nearly|more\s+than|at\s+least|up\s+to)\s+)?$",
    re.I,
)
"""A length of time told as how long someone is kept from doing a thing: "banned from
letting property for five years", "barred from the rental market for seven years",
"disqualified from acting as a company director for eight years"."""
_HYPHENED = re.compile(r"-(?:year|month|week|day)$", re.I)
"""A length of time set before a noun it sizes: "25-year"."""
_SIZED_TERM = re.compile(r"\s+(?P<noun>[a-z]+)\b")
"""The noun right after a length set before it: "[25-year] lease"."""


def one_term_of(pair: Pair) -> bool:
    """Whether two lengths of time are the span of one sentence, ban or other term.

    "Quashed that sentence and imposed an immediate term of three years and four months"
    and "ruled it unduly lenient and replaced it with a prison term of two years and ten
    months" (a stalker's appeal); "the court banned him from driving and set a ban of 18
    months" and "his disqualification of two years starts today" (a drink-driver's ban);
    "councillors agreed a new 25-year lease" and "the cabinet approved a new 15-year lease"
    (a scout hut's lease): one term, whatever clause holds each.
    """
    if pair.kind != "quantity":
        return False
    na, nb = _term_noun(pair.fa, pair.a), _term_noun(pair.fb, pair.b)
    if na is None or nb is None:
        return False
    return na == nb or any(na in g and nb in g for g in TERM_NOUNS)


LIMIT_NOUNS: tuple[frozenset[str], ...] = (
    frozenset(["quota", "limit", "cap", "ceiling", "allowance", "allocation"]),
    frozenset(["target", "goal"]),
    frozenset(["budget"]),
)
"""Nouns of a limit set on a measure, by what they limit: a fishery's quota is its catch
limit; a target is no cap."""


def one_limit_of(pair: Pair) -> bool:
    """Whether two figures of one unit size the same kind of limit (:data:`LIMIT_NOUNS`).

    "The 18,500-tonne quota for 2025" and "its 15,800-tonne catch limit for the year":
    one quota, whatever clause holds each.
    """
    if pair.kind != "quantity":
        return False
    if getattr(pair.fa.value, "unit", None) != getattr(pair.fb.value, "unit", None):
        return False
    na = (pair.fa.counted or "").lower().split()[-1:]
    nb = (pair.fb.counted or "").lower().split()[-1:]
    return any(set(na) | set(nb) <= group for group in LIMIT_NOUNS) and bool(na and nb)


RESPONDERS = frozenset(
    ["engine", "appliance", "crew", "firefighter", "ambulance", "paramedic", "lifeboat",
     "helicopter", "officer"]
)  # fmt: skip
"""What an emergency's turnout is counted in: fire engines, crews, ambulances, lifeboats."""
TURNING_OUT = frozenset(
    ["be", "send", "dispatch", "deploy", "mobilise", "mobilize", "attend", "call", "scramble",
     "fight", "tackle", "say"]
)  # fmt: skip
"""Verbs a turnout is told with: "12 fire engines were at the scene", "eight were sent" (a
count whose clause says only "were", in what someone said, hangs on "say")."""


def one_turnout(pair: Pair) -> bool:
    """Whether two counts of one kind of responder tell an emergency's one turnout.

    "At its height 12 fire engines were at the scene" / "eight fire engines were sent":
    the fire's turnout, whether told by where they were or by their being sent.
    """
    if pair.kind != "quantity":
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit not in RESPONDERS or unit != getattr(pair.fb.value, "unit", None):
        return False
    return all((_head_verb(f) or "be") in TURNING_OUT for f in (pair.fa, pair.fb))


_SUPPLY = r"(?:power|electricity|broadband|internet|phone\s+lines?|water|gas|heating|signal|supply)"
_LOST_SUPPLY = re.compile(
    rf"\bl(?:ost|ose|oses|osing)\s+(?:their\s+|its\s+)?(?:[\w-]+\s+)?{_SUPPLY}"
    rf"|\b(?:without|no)\s+(?:[\w-]+\s+)?{_SUPPLY}"
    rf"|\b(?:cut|cuts|cutting|knocked\s+out)\s+(?:off\s+)?(?:the\s+)?{_SUPPLY}\s+(?:to|for)\b"
    rf"|\b{_SUPPLY}\s+(?:was|were|has\s+been|had\s+been)\s+(?:cut|lost|knocked\s+out)",
    re.I,
)
"""Words of a supply lost: "lost their broadband connection", "left without water", "cut
broadband to 4,900 homes", "power was cut"."""


def one_outage(pair: Pair) -> bool:
    """Whether two counts of one unit are of those an outage left without one supply.

    "9,400 homes and businesses lost their broadband connection" and "the flooding cut
    broadband to 4,900 homes and businesses" (a flooded exchange); "12,000 homes lost
    power" and "the storm left 8,000 homes without electricity" (a gale): one outage's
    count, whatever verb tells it.
    """
    if pair.kind != "quantity":
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit is None or unit != getattr(pair.fb.value, "unit", None) or not is_count(pair.fa):
        return False
    return all(_LOST_SUPPLY.search(c.text) for c in (pair.a, pair.b))


INCIDENT_NOUNS = frozenset(
    ["fire", "blaze", "explosion", "crash", "collision", "incident", "injury", "burn",
     "fall", "overheating", "failure", "breakdown", "leak", "outbreak", "case"]
)  # fmt: skip
"""Nouns of mishaps a thing is tied to: fires a product started, crashes at a junction."""
TYING = frozenset(
    ["link", "report", "blame", "cause", "connect", "tie", "attribute", "involve", "record",
     "log", "confirm", "associate"]
)  # fmt: skip
"""Verbs that tie a count of mishaps to what they are told of: "linked to 14 fires", "nine
fires were reported", "blamed for six crashes", "two crashes have been recorded"."""


def one_tally_of_mishaps(pair: Pair) -> bool:
    """Whether two counts of one mishap's noun are the tally tied to one thing, by any verb.

    "The dehumidifiers were linked to 14 fires" / "after nine fires were reported" (a
    recall); "the junction has been blamed for six crashes" / "four crashes have been
    recorded there" (a road): each the count of the mishaps the story is about, whatever
    verb ties them to it. Both verbs must tie (:data:`TYING`): "six fires were reported"
    and "crews put out four fires" count two things.
    """
    if pair.kind != "quantity":
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit not in INCIDENT_NOUNS or unit != getattr(pair.fb.value, "unit", None):
        return False
    if not (is_count(pair.fa) and is_count(pair.fb)):
        return False
    return all(_head_verb(f) in TYING for f in (pair.fa, pair.fb))


FINDING = frozenset(
    ["find", "count", "record", "identify", "discover", "observe", "spot", "log", "flag",
     "detect", "judge", "deem", "assess"]
)  # fmt: skip
"""Verbs that tell a count someone found, not an act done to what is counted: "inspectors
found 31 patients on trolleys", "counted 23 patients waiting on trolleys", "a scanner
flagged 14 parcels", "judged nine of its ponies to be underweight"."""
APPEARING = frozenset(["show", "appear", "turn"])
"""Verbs that tell a count of things as they came to light: "23 parcels showed up on an
X-ray scanner", "turned up in the search"."""


def one_count_found(pair: Pair) -> bool:
    """Whether two counts of one noun are what someone found, told by the same state.

    "After finding 31 patients being treated on trolleys in corridors" / "after its
    inspectors counted 23 patients waiting on trolleys in corridors" (a hospital's
    inspection); "after finding 40 seal pups lying on the sand by the dunes" / "after its
    wardens counted 25 seal pups resting on the sand by the dunes" (a beach closed to dogs):
    both count what was found, where the two roles share a word besides the verbs; so do
    "found six underweight ponies" / "judged nine of its ponies to be underweight" (a riding
    school's inspection: the state told in the noun's words). One of the two may hang on the
    participle that tells what was found ("finding 31 patients being treated").
    """
    if pair.kind != "quantity":
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit is None or unit != getattr(pair.fb.value, "unit", None):
        return False
    found = [_head_verb(f) in FINDING for f in (pair.fa, pair.fb)]
    if not any(found):
        return False
    for f, c, told in ((pair.fa, pair.a, found[0]), (pair.fb, pair.b, found[1])):
        at = _in_claim(f, c)
        if told or _head_verb(f) in APPEARING:
            continue
        if at is None or not _DOING_AFTER.match(c.text[at[1] :]):
            return False  # the other count is held by its own act, not by what was found
    shared = {
        w
        for w in _found_words(pair.fa) & _found_words(pair.fb)
        if not _tells_any(w, FINDING) and w not in {unit, plural(str(unit))}
    }
    return len(shared) >= 1


def _found_words(field: FieldValue) -> set[str]:
    """The content words of a count's role and of what it counts: the state it was found in.

    "Found six underweight ponies" tells the state in the noun's words, "judged nine of its
    ponies to be underweight" in the role's.
    """
    return _content(field.role or "") | _content(field.counted or "")


def _tells_any(word: str, verbs: frozenset[str]) -> bool:
    """Whether a word is a form of one of ``verbs`` ("flagged" of "flag")."""
    return any(one_event(v, word) for v in verbs)


_DOING_AFTER = re.compile(r"^\s+(?:being\s+[a-z]+|[a-z]+ing|[a-z]+ed)\b")
"""A participle right after a count, which the parse may take for its verb: "31 patients
being treated on trolleys", "23 patients waiting on trolleys", "23 parcels labelled as
supplements"."""


LOADING = frozenset(["carry", "load", "transport", "haul"])
"""Verbs a vehicle's load is told with: "a lorry loaded with 4,800 pairs of trainers", "a
lorry carrying 8,400 pairs"."""


def one_load(pair: Pair) -> bool:
    """Whether two counts of one thing tell the one load a vehicle carried.

    "A lorry loaded with 4,800 pairs of designer trainers" / "drove away a lorry carrying
    8,400 pairs of trainers" (a lorry theft); "the coach, loaded with 52 pupils, left the
    road" / "a coach carrying 48 pupils overturned" (a school trip's crash): the load,
    whichever verb tells it and whatever clause holds it.
    """
    if pair.kind != "quantity":
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit is None or unit != getattr(pair.fb.value, "unit", None):
        return False
    return all(_head_verb(f) in LOADING for f in (pair.fa, pair.fb))


_NUMBER_OF = re.compile(r"\bnumber\s+of\b[^.;:!?]{0,120}$", re.I)
"""A figure told as the level "the number of" something reached or stood at, within its
clause: "the number of fines handed to parents climbed to 1,870"."""


def one_number_of(pair: Pair) -> bool:
    """Whether two counts of one noun are one total, one told as "the number of" its noun.

    "Parents were issued 2,140 fines in the school year" / "the number of fines handed to
    parents climbed to 1,870 in the last school year" (truancy fines); "police recorded
    412 burglaries in the town last year" / "the number of burglaries reported across the
    town last year fell to 388" (a town's crime figures): the number's verb ("climbed", "fell")
    tells no act of its own, so the two count the same thing whatever clause holds each.
    """
    if pair.kind != "quantity" or not (is_count(pair.fa) and is_count(pair.fb)):
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit is None or unit != getattr(pair.fb.value, "unit", None):
        return False
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        at = _in_claim(field, claim)
        if at is not None and _NUMBER_OF.search(claim.text[: at[0]]) is not None:
            return True
    return False


_PRESENT = re.compile(
    r"^[^,.;:]{0,30}?\b(?:were|was)\s+(?:still\s+)?(?:in|at|inside|on|aboard|on\s+board)\b", re.I
)
"""Where a count of people says they were when something happened: "were in the water park at
the time", "were inside the cinema when the alarm sounded", "were on board"."""


_NO_DOING = TELLING | {None}
"""What a count of people "were in" the scene hangs on: no verb, or the telling of it (the
parse climbs past "were" to "the resort said")."""


def one_crowd_present(pair: Pair) -> bool:
    """Whether two counts of people tell how many were at the scene when it happened.

    "About 600 guests were in the water park at the time" / "more than 1,400 people were
    in Aqualand when the crash happened"; "some 300 filmgoers were inside when the alarm
    sounded" / "about 120 people were in the cinema": the one crowd present at the event,
    whatever words each clause goes on with.
    """
    if pair.kind != "quantity":
        return False
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        if getattr(field.value, "unit", None) not in PEOPLE or field.governor not in _NO_DOING:
            return False
        if not _PRESENT.match(claim.text[claim.offsets(field.span)[1] :]):
            return False
    return True


_KEPT_AT = frozenset(
    ["sit", "stand", "park", "stay", "remain", "be", "lie", "store", "keep", "wait", "moor",
     "tie", "berth", "house", "strand"]
)  # fmt: skip
"""Verbs of things kept at a place, doing nothing there: buses "sitting unused" or "parked" at
a depot, boats "moored" or "tied up" at a wharf, caravans "parked" on a field."""

_NAMED_PLACE_AFTER = re.compile(
    r"^[^.;:]{0,60}?\b(?:at|in|on|inside)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?"
    r"(?P<place>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
)
"""The named place right after a count and its verb: "parked at Citybus's Gasworks Road
depot", "at the council's Fenwick Lane depot" (the owner in the possessive passed over),
"moored at Kelby Wharf"."""


def _kept_at(field: FieldValue, claim: Claim) -> str | None:
    """The named place a count of things is told as kept at ("sitting at the X depot")."""
    if getattr(field.value, "unit", None) in PEOPLE or field.governor not in _KEPT_AT | {None}:
        return None
    at = _in_claim(field, claim)
    if at is None:
        return None
    m = _NAMED_PLACE_AFTER.match(claim.text[at[1] :])
    return None if m is None else m["place"]


def one_stock_at(pair: Pair) -> bool:
    """Whether two counts of things tell how many are kept at one named place.

    "Twenty-two new electric buses are sitting unused at the Gasworks Road depot" / "the 26
    battery buses parked at Citybus's Gasworks Road depot"; "forty narrowboats are moored
    at Kelby Wharf" / "the 52 boats tied up at Kelby Wharf": what one place holds, whatever
    verb each clause goes on with.
    """
    if pair.kind != "quantity":
        return False
    a, b = _kept_at(pair.fa, pair.a), _kept_at(pair.fb, pair.b)
    return a is not None and a == b


@rule("compare.before_and_after", "not_compared")
def before_and_after(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """What a change ran from beside what it ran to: two values of one thing, then and after.

    Fires: "will replace the junction's two roundabouts with a single, larger roundabout" /
    "the twin roundabouts will be replaced with one larger roundabout" (a motorway
    junction: two against one); "will replace the main stand's 1,200 wooden seats with
    new plastic ones" / "the old wooden benches will be replaced with 1,500 plastic seats"
    (a football ground).
    Holds: "will replace the main stand's 1,200 wooden seats" / "will replace the main
    stand's 1,400 wooden seats" (both what is replaced: compared); "will replace its 12
    diesel buses with electric ones" / "the eight diesel buses will be replaced with
    electric ones" (both what is replaced, told each way: compared).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    roles = change_role(pair.fa, pair.a), change_role(pair.fb, pair.b)
    if set(roles) != {"old", "new"}:
        return None
    old, new = (pair.fa, pair.fb) if roles[0] == "old" else (pair.fb, pair.fa)
    return (
        f"“{old.text}” is what a change ran from, “{new.text}” what it ran to: two values "
        "of one thing, before and after, not compared."
    )


def both_changed_to(pair: Pair) -> bool:
    """Whether both figures are where a change "from X to Y" ran to: one new level.

    "The hourly rate will go up from £1.20 to £1.80" and "voted to raise the hourly rate
    from £1.20 to £1.60" tell one change in two verbs; the new rates are one value, told
    twice, whatever clause holds each.
    """
    return (
        pair.kind == "quantity"
        and change_role(pair.fa, pair.a) == "new"
        and change_role(pair.fb, pair.b) == "new"
    )


_NOUN_OF = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|just|"
    r"over|under|more\s+than|less\s+than|up\s+to)\s+)?$",
    re.I,
)


def change_noun(field: FieldValue, claim: Claim) -> str | None:
    """The noun a figure is the amount of, as written: "growth of 1.2%" gives "growth"."""
    start = field.span[0] - claim.span[0]
    if not 0 <= start <= len(claim.text):
        return None
    m = _NOUN_OF.search(claim.text[max(0, start - 40) : start])
    if m is None or m["noun"].lower() in FUNCTION_WORDS:
        return None
    return m["noun"].lower()


def one_change(pair: Pair) -> bool:
    """Whether two figures measure one change, one told by its noun and one by its verb.

    "It expected growth of 1.2% next year" / "the economy will grow 1.4% next year", "a
    rise of 3% in fares" / "fares will rise 3%": the noun and the verb name one change,
    whatever clause each sits in.
    """
    if pair.fa.kind != "quantity" or pair.fb.kind != "quantity":
        return False
    for f, c, other in ((pair.fa, pair.a, pair.fb), (pair.fb, pair.b, pair.fa)):
        noun, verb = change_noun(f, c), other.governor
        if noun and verb and verb not in TELLING and one_event(noun, verb.split()[0]):
            return True
    return False


def surnames(claim: Claim) -> set[str]:
    """The last word of each person the claim names ("paul marsh" gives "marsh")."""
    return {
        surname(f.value.key)
        for f in claim.fields
        if f.kind == "person" and isinstance(f.value, NameValue) and f.value.key.split()
    }


def _ages(claim: Claim) -> int:
    return sum(getattr(f.value, "unit", None) == "years old" for f in claim.fields)


_FULL_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]* )+[A-Z][\w'’-]+)(?: (?:Jr|Sr)\.?)?, $")
"""A name of two words or more set right before an age: "Arcade Joseph Comeaux Jr., 49,"."""


_FULL_NAME_AFTER = re.compile(r",? ((?:[A-Z][\w'’.-]* )+[A-Z][\w'’-]+)\b(?![\w'’-])")
"""A name of two words or more set right after an age told "N-year-old": "the 63-year-old,
Graham Teasdale,", "61-year-old Sharron Smith"."""


def _full_name(field: FieldValue, claim: Claim) -> str | None:
    """The full name set beside an age, else None.

    The name stands before the age ("Graham Teasdale, 58,"), or after one told "N-year-old"
    ("the 63-year-old, Graham Teasdale,").
    """
    start = field.span[0] - claim.span[0]
    if not 0 <= start <= len(claim.text):
        return None
    m = _FULL_NAME_BEFORE.search(claim.text[max(0, start - 80) : start])
    if m is None and field.text.lower().endswith("year-old"):
        m = _FULL_NAME_AFTER.match(claim.text, start + len(field.text))
    return m.group(1).lower() if m else None


def _one_named_act(pair: Pair) -> bool:
    """Whether two events are one verb told of one person named on both sides.

    "Reid has entered a rehab clinic, her agent denied" and "it's been a long time
    coming, but Reid has finally entered the clinic on Tuesday" differ in most of their
    words, yet both tell of Reid entering: how each tells it is what is compared. A
    doer that is a role or a pronoun ("the actress", "she") names no one, and a doer
    named apart is another person; a pronoun doer may be the one saying it
    (:func:`with_sayers`).
    """
    va, vb = pair.fa.value, pair.fb.value
    if not (isinstance(va, EventValue) and isinstance(vb, EventValue)):
        return False
    if va.predicate != vb.predicate or not (va.doer_named and vb.doer_named):
        return False
    named_a = set((va.subject or "").split()) - TITLES
    named_b = set((vb.subject or "").split()) - TITLES
    return bool(named_a & named_b)


def with_sayers(pair: Pair) -> Pair:
    """The pair with a pronoun doer read as the one saying it, where that makes one doer.

    "The trust said it had referred the matter to police" and "the trust said it had not
    referred the case": each "it" is the trust; "the accident unit has launched an
    investigation" and "the accident unit said it would not be opening one": the second
    "it" is the unit. Only a doer told by a pronoun ("resurfacing will be completed" tells
    none), and only where it gives both sides one doer (never two doers
    told apart: "the White House said it would" beside "the administration said it
    would not" stay doers unknown), and only in dated articles, so that a later turn of
    the story (:func:`denied_then_done`) is told apart from a dispute.
    """
    va, vb = pair.fa.value, pair.fb.value
    if not (isinstance(va, EventValue) and isinstance(vb, EventValue)):
        return pair
    # a doer the parse read from "it" as the body saying it (``events._speaker_of_it``)
    # is still told by a pronoun: its sayer decides whether it is named
    by_it_a = va.subject is None or bool(va.doer_said_it)
    by_it_b = vb.subject is None or bool(vb.doer_said_it)
    if not (by_it_a or by_it_b):
        return pair
    # where no one doer is read, "it" stays a pronoun (a doer the parse read from it is
    # dropped): undated, "has not formally overturned" and "said it was overturning" may be
    # one story a day apart; "the White House said it would" beside "the administration said
    # it would not" are doers unknown, not two
    if any(pair.sources[c.source_id].published.date is None for c in (pair.a, pair.b)):
        return _pronouns_kept(pair, by_it_a, by_it_b)
    said_a, said_b = _sayer(pair.a), _sayer(pair.b)
    doer_a = set(said_a) if by_it_a else set((va.subject or "").split())
    doer_b = set(said_b) if by_it_b else set((vb.subject or "").split())
    if not (doer_a - TITLES) & (doer_b - TITLES):
        return _pronouns_kept(pair, by_it_a, by_it_b)
    fa, fb = pair.fa, pair.fb
    if by_it_a:
        if not _after_a_pronoun(fa, pair.a):
            return pair  # "resurfacing will be completed": no doer told, not "it"
        fa = fa.model_copy(update={"value": _said_by(va, said_a)})
    if by_it_b:
        if not _after_a_pronoun(fb, pair.b):
            return pair
        fb = fb.model_copy(update={"value": _said_by(vb, said_b)})
    return replace(pair, fa=fa, fb=fb)


def _pronouns_kept(pair: Pair, by_it_a: bool, by_it_b: bool) -> Pair:
    """The pair with each doer told by "it" read as no doer (see :func:`with_sayers`)."""

    def kept(field: FieldValue, by_it: bool) -> FieldValue:
        value = field.value
        if not by_it or not isinstance(value, EventValue) or value.subject is None:
            return field
        return field.model_copy(update={"value": value.model_copy(update={"subject": None})})

    fa, fb = kept(pair.fa, by_it_a), kept(pair.fb, by_it_b)
    return pair if fa is pair.fa and fb is pair.fb else replace(pair, fa=fa, fb=fb)


def doer_as_told(field: FieldValue, claim: Claim) -> str | None:
    """An event's doer as its words tell it: None where it is the sayer, not named there.

    "Harcourt said it was disappointed and would appeal" tells the appeal of "it": the
    parse may read Harcourt there (``events._speaker_of_it``), the words do not.
    """
    v = field.value
    if not isinstance(v, EventValue):
        return None
    words = set((v.subject or "").split())
    if words and not v.doer_named and words <= set(_sayer(claim)):
        return None
    return None if v.doer_said_it else v.subject


_PRONOUN_BEFORE = re.compile(r"\b(?:it|he|she|they)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
"""A pronoun doer right before an event's words: "said it would not be", "said she had"."""


def _after_a_pronoun(field: FieldValue, claim: Claim) -> bool:
    """Whether an event's words follow a pronoun that is its doer ("said it had referred")."""
    start = field.span[0] - claim.span[0]
    return _PRONOUN_BEFORE.search(claim.text[max(0, start - 40) : max(0, start)]) is not None


def _sayer(claim: Claim) -> dict[str, bool]:
    """The words of who a claim credits (its attribution's speaker), each told as a name or not.

    "The trust said" gives {"trust": False}; "the Marine Accident Investigation Unit said"
    gives each of its words as a name.
    """
    words: dict[str, bool] = {}
    for f in claim.fields:
        if f.kind == "attribution" and isinstance(f.value, AttributionValue) and f.value.speaker:
            for w in re.findall(r"[A-Za-z][\w'’-]+", f.value.speaker):
                w = re.sub(r"['’]s$", "", w)  # "Pennock's said": a shop named by its owner's
                if w.lower() not in FUNCTION_WORDS:
                    words[w.lower()] = w[:1].isupper() and w.lower() not in ("the",)
    return words


def _said_by(value: EventValue, sayer: dict[str, bool]) -> EventValue:
    """An event whose doer is told as "it" or "she", read as its sayer's."""
    named = any(sayer.values())
    return value.model_copy(
        update={"subject": " ".join(sorted(sayer)), "doer_named": True if named else None}
    )


_NO_THING = frozenset(
    [
        "it",
        "this",
        "that",
        "they",
        "them",
        "one",
        "thing",
        "lot",
        "number",
        "part",
        "way",
        "time",
        "man",
        "woman",
        "child",
        "group",
    ]
)
"""Words for what a verb is done to that single out nothing: a pronoun, "one", "a lot",
"a man"; with :data:`PEOPLE` and :data:`~checkfacts.rules.events.ANY_THING`."""


_WORDS_AFTER = re.compile(r"[A-Za-z'’-]+")
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")


def _words_after(field: FieldValue, claim: Claim, most: int = 4) -> list[str]:
    """The first words after a figure, up to the end of its phrase, lower case."""
    start = field.span[1] - claim.span[0]
    if not 0 <= start <= len(claim.text):
        return []
    rest = _CLAUSE_END.split(claim.text[start:], maxsplit=1)[0]
    return [w.lower() for w in _WORDS_AFTER.findall(rest)[:most]]


def _figures_told_alike(pair: Pair) -> bool:
    """Whether two figures hang on one verb and are followed by the same words.

    "Cost €240 million to build and launch" and "cost €310 million to build and launch"
    measure one thing in one wording, however the rest of each claim reads; "struck at a
    depth of 10 kilometres" and "about 35 kilometres from the town" do not.
    """
    if pair.kind != "quantity":
        return False
    verb = pair.fa.governor
    if not verb or verb != pair.fb.governor or verb in TELLING:
        return False
    after_a, after_b = _words_after(pair.fa, pair.a), _words_after(pair.fb, pair.b)
    return len(after_a) >= 2 and after_a == after_b and bool(set(after_a) - FUNCTION_WORDS)


def _a_number_word(word: str) -> bool:
    """Whether a word is a figure ("thousands", "dozen", "five"), not a thing."""
    return any(word in table for table in (ONES, TENS, SCALES, VAGUE_SCALES)) or word == "dozen"


def _one_thing_acted(pair: Pair) -> bool:
    """Whether two events are one verb told of one thing done to, by no doers named apart.

    "No ransom had been paid for their release" and "a ransom was paid to the gang, an
    official said" differ in most of their words, yet both tell of a ransom paid: whether
    it was is what is compared. A thing any verb may take ("it", "a man", "people",
    "damage") singles out nothing, and neither does a count ("thousands"); doers told
    apart ("the council" / "the board") do two acts, and a doer told by a role ("the
    mayor") may be another place's.
    """
    va, vb = pair.fa.value, pair.fb.value
    if not (isinstance(va, EventValue) and isinstance(vb, EventValue)):
        return False
    return _one_thing(va, vb)


def _one_thing_dated(pair: Pair) -> bool:
    """Whether two dates date one verb told of one thing done to (:func:`_one_thing`).

    "Contractors put up the crossing on Tuesday" and "the crossing was installed last
    Thursday by the council's contractors" differ in most of their words, yet both date the
    crossing's fitting: when it was is what is compared. Only one thing, told as one on
    both sides: "the miners were brought out on June 9" may be another group than those
    brought out on June 6.
    """
    acts = [
        next(
            (
                v
                for f in claim.fields
                if isinstance(v := f.value, EventValue)
                and field.governor is not None
                and v.predicate.split()[0] == field.governor.split()[0]
            ),
            None,
        )
        for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b))
    ]
    va, vb = acts
    if va is None or vb is None or not _one_thing(va, vb) or va.object is None:
        return False
    # one thing: "the crossing" on both sides; "the miners" may be brought out on two days
    one = re.compile(
        rf"\b(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(va.object)}\b(?!s\b)", re.I
    )
    return all(
        one.search(c.text) and not re.search(rf"\b{re.escape(va.object)}s\b", c.text, re.I)
        for c in (pair.a, pair.b)
    )


def _one_thing(va: EventValue, vb: EventValue) -> bool:
    """Whether two events are one verb told of one thing done to (:func:`_one_thing_acted`)."""
    if not one_act(va.predicate, vb.predicate) or va.aside or vb.aside:
        return False
    thing = va.object
    if thing is None or thing != vb.object or not thing.isalpha():
        return False
    if thing in _NO_THING or thing in PEOPLE or thing in ANY_THING or _a_number_word(thing):
        return False
    if any(set((v.subject or "").split()) & (TITLES | ROLE_NOUNS) for v in (va, vb)):
        return False  # "the mayor" of one claim may be another town's
    return not (va.subject and vb.subject and apart(va.subject, vb.subject))


def _acts_of_counts(pair: Pair) -> tuple[str, str] | None:
    """The acts two counts hang on (:func:`_act_of_count`), when each tells an act.

    None when either hangs on no verb, or on one that tells no act of its own: a state, a
    total (:data:`_NO_ACT`), a telling, a finding, a load.
    """
    ga, gb = _act_of_count(pair.fa, pair.a), _act_of_count(pair.fb, pair.b)
    if not ga or not gb or {ga, gb} & (_NO_ACT | TELLING | FINDING | LOADING):
        return None
    return ga, gb


def _one_group_acted(pair: Pair) -> bool:
    """Whether two counts of one kind of people are who one act befell or did.

    "Five men have been arrested in dawn raids on a gang" and "four men, aged between 23
    and 51, were arrested on suspicion of conspiracy" differ in most of their words, yet
    both count the men the arrest befell: how many is what is compared. A verb that tells
    no act of its own (a state, a telling, a total: :data:`_NO_ACT`) singles out nothing.
    """
    if pair.kind != "quantity" or not (is_count(pair.fa) and is_count(pair.fb)):
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit is None or unit not in PEOPLE or unit != getattr(pair.fb.value, "unit", None):
        return False
    return (acts := _acts_of_counts(pair)) is not None and one_event(*acts)


def _one_dated_act(pair: Pair) -> bool:
    """Whether two counts of one noun are what one act befell on one day or month.

    "The hospital cancelled 38 planned operations scheduled for Tuesday" and "23 operations
    planned for Tuesday were cancelled"; "14 babies were transferred away in December" and
    "nine babies had to be transferred during December": each claim dates the act (or the
    things counted) to one and the same day or month, so however much else the claims
    tell, how many is what is compared. A date of another verb (the day it was announced)
    singles out nothing.
    """
    if pair.kind != "quantity" or not (is_count(pair.fa) and is_count(pair.fb)):
        return False
    unit = getattr(pair.fa.value, "unit", None)
    if unit is None or unit != getattr(pair.fb.value, "unit", None):
        return False
    if (acts := _acts_of_counts(pair)) is None or not one_event(*acts):
        return False
    days = [
        _days_of_act(f, c, act)
        for f, c, act in ((pair.fa, pair.a, acts[0]), (pair.fb, pair.b, acts[1]))
    ]
    return bool(days[0] & days[1])


def _days_of_act(count: FieldValue, claim: Claim, act: str) -> set[tuple[str, str]]:
    """The days or months a claim dates ``act`` (or the things ``count`` counts) to.

    A weekday among the words of what is counted ("operations planned for Tuesday") is
    kept as that weekday too: which ones are counted is told by the day's name, however
    the tense around it placed it in time.
    """
    found = set()
    for f in claim.fields:
        v = f.value
        if f.kind != "date" or not isinstance(v, DateValue) or v.type not in ("DATE", "TIME"):
            continue
        if v.earliest is None or v.latest is None or v.mod or v.grain not in _DAY_OR_MONTH:
            continue
        within = f.text in (count.counted or "")
        if (f.governor and one_event(f.governor, act)) or within:
            found.add((v.earliest, v.latest))
        if within and v.weekday is not None:
            found.add(("weekday", str(v.weekday)))
    return found


_DAY_OR_MONTH = frozenset(["day", "month"])
"""Grains that pin a count of one act to one occasion; a year or a season holds many."""


def _one_aged_act(pair: Pair) -> bool:
    """Whether both claims tell one act of one person, pointed out on each side by one age.

    "A 34-year-old man was arrested on Monday and charged" and "a man aged 34 who was
    arrested on Tuesday has been released" differ in most of their words, yet both tell
    of one man, told by his age, arrested: how each tells it is what is compared. Each
    claim must give that one age and no other, and a verb both tell, as an event or as
    the verb of a date ("arrested" / "detained" count as one:
    :data:`~checkfacts.rules.events.ONE_ACT`).
    """
    ages_a = [f.value for f in pair.a.fields if getattr(f.value, "unit", None) == "years old"]
    ages_b = [f.value for f in pair.b.fields if getattr(f.value, "unit", None) == "years old"]
    if len(ages_a) != 1 or len(ages_b) != 1:
        return False
    (va,), (vb,) = ages_a, ages_b
    assert isinstance(va, QuantityValue) and isinstance(vb, QuantityValue)
    if va.low is None or (va.low, va.high, va.bound) != (vb.low, vb.high, vb.bound):
        return False
    acts_a, acts_b = _acts(pair.a), _acts(pair.b)
    return any(one_act(x, y) for x in acts_a for y in acts_b)


_AGED_ONE = re.compile(
    r"\b(?:a|an|the)\s+\d+-year-old\s+(?:[a-z]+\s+)?(man|woman|boy|girl)\b", re.I
)
"""One person pointed out by an age: "a 37-year-old man", "a 27-year-old local man"."""


def _one_act_two_ages(pair: Pair) -> bool:
    """Whether two ages are of the one person one act befell, told on each side once.

    "A 37-year-old man from the village was arrested nearby" and "police arrested a
    27-year-old local man on suspicion of arson" tell one arrest of one man, by his age:
    the ages are what is compared, however little else the claims share.
    """
    if measure(pair.fa) != "age" or measure(pair.fb) != "age":
        return False
    ages = [
        [f for f in c.fields if getattr(f.value, "unit", None) == "years old"]
        for c in (pair.a, pair.b)
    ]
    if any(len(a) != 1 for a in ages):
        return False
    who = [_AGED_ONE.findall(c.text) for c in (pair.a, pair.b)]
    if any(len(w) != 1 for w in who) or who[0][0].lower() != who[1][0].lower():
        return False
    acts_a, acts_b = _acts(pair.a), _acts(pair.b)
    return any(one_act(x, y) for x in acts_a for y in acts_b)


def _acts(claim: Claim) -> set[str]:
    """The verbs a claim tells: its events, and the verbs that govern its dates.

    "A man who was arrested on Tuesday" tells an arrest, though no event is read from it.
    """
    told = {e.predicate for e in events_told(claim) if not e.predicate.startswith("be ")}
    return told | {f.governor for f in claim.fields if f.kind == "date" and f.governor}


def _one_holder(pair: Pair) -> bool:
    """Whether two ages stand beside one full name each, and it is the same name.

    A surname alone is not enough: "Gray, 16," and "his sister, Mahnefah Gray, 19," are
    two people of one family.
    """
    if not both_ages(pair.fa, pair.fb):
        return False
    na, nb = _full_name(pair.fa, pair.a), _full_name(pair.fb, pair.b)
    return na is not None and na == nb


_TAKEN_IN = re.compile(r"\bin\s+(?:a\s+(?:time|record)\s+of\s+)?$", re.I)
"""What comes before a time taken: "touching in", "won in", "in a time of"."""


def _times_taken(claim: Claim) -> list[FieldValue]:
    """The times to the second a claim says something took ("finished in 2:04:09")."""
    found = []
    for f in claim.fields:
        v = f.value
        if f.kind != "quantity" or not isinstance(v, QuantityValue) or v.unit != "s":
            continue
        start, _ = claim.offsets(f.span)
        if (v.precision or 1) <= 1 and _TAKEN_IN.search(claim.text[max(0, start - 20) : start]):
            found.append(f)
    return found


def _taker(field: FieldValue, claim: Claim) -> str | None:
    """Whose time a time taken is: the surname of the person named last before it."""
    before = [f for f in claim.fields if f.kind == "person" and f.span[1] <= field.span[0]]
    if not before or not isinstance(before[-1].value, NameValue):
        return None
    return surname(before[-1].value.key)


_JOB_TAKES = re.compile(
    r"\b(?:takes|lasts|(?:expected|due|likely|estimated|set|thought)\s+to\s+(?:take|last))\s+$",
    re.I,
)
"""The words before the time a job takes: "a job that takes about 90 minutes", "a repair
expected to take around four hours"."""


def one_job_length(pair: Pair) -> bool:
    """Whether two lengths of time are each what one job takes, each its claim's only one.

    "Dealers will fit a new hose, a job that takes about 90 minutes" and "technicians will
    replace the hose, a repair expected to take around four hours" time one repair, in
    whatever clause each tells it.
    """
    if pair.kind != "quantity":
        return False
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        if (magnitude(field) or ("",))[0] != "duration":
            return False
        at = _in_claim(field, claim)
        if at is None or not _JOB_TAKES.search(claim.text[max(0, at[0] - 40) : at[0]]):
            return False
        lengths = [
            f
            for f in claim.fields
            if f.kind == "quantity" and (magnitude(f) or ("",))[0] == "duration"
        ]
        if len(lengths) != 1:
            return False
    return True


def one_time_taken(pair: Pair) -> bool:
    """Whether two times, to the second, are what one named person's feat took.

    A race's time ("touching in 2:06.41", "crossed the line in 2:04:09") measures the
    race, whatever verb tells it ("won the title in 2 minutes 6.14 seconds"): two such
    times are one when the person named last before each is the same ("Mourne ... won
    in 2 hours, 7 minutes and 14 seconds, while Sarvasti took the women's title in
    2:23:41": the first is Mourne's).
    """
    if pair.kind != "quantity":
        return False
    if pair.fa not in _times_taken(pair.a) or pair.fb not in _times_taken(pair.b):
        return False
    ta, tb = _taker(pair.fa, pair.a), _taker(pair.fb, pair.b)
    return ta is not None and ta == tb


_PER = re.compile(
    r"^\s*(?:(?:a|an|per|each|every)\s+(?P<period>year|month|week|day)\b|(?P<yearly>annually))",
    re.I,
)
"""A period after a figure that makes it a rate: "420 births a year", "900 cars a day"."""


def _rate_period(field: FieldValue, claim: Claim) -> str | None:
    """The period a count is told per ("a year", "annually"), or None."""
    if field.kind != "quantity" or not is_count(field):
        return None
    _, end = claim.offsets(field.span)
    m = _PER.match(claim.text[end:])
    return None if m is None else (m["period"] or "year").lower()


def _doer_of(field: FieldValue, claim: Claim) -> set[str]:
    """The words of who does the verb that governs a figure ("the unit handles ...")."""
    verb = field.governor.split()[0] if field.governor else None
    return {
        w
        for e in events_told(claim)
        if e.predicate == verb and e.subject
        for w in e.subject.split()
    }


def one_rate(pair: Pair) -> bool:
    """Whether two counts are one thing's rate: what it handles or makes in a period.

    "The unit, which handles around 420 births a year" and "the midwife-led unit
    delivers about 260 babies a year" both tell how much the unit does, whatever verb
    and clause each uses; so do "the port, which moves 1.2 million containers a year"
    and "the port handles 900,000 containers a year". Each claim gives one rate, of one
    period, of one counted noun, done by a doer named by a word both share.
    """
    if pair.kind != "quantity":
        return False
    rates = [[f for f in c.fields if _rate_period(f, c)] for c in (pair.a, pair.b)]
    if rates != [[pair.fa], [pair.fb]]:
        return False
    if _rate_period(pair.fa, pair.a) != _rate_period(pair.fb, pair.b):
        return False
    units = [str(getattr(f.value, "unit", None)) for f in (pair.fa, pair.fb)]
    if len({COUNT_SYNONYMS.get(u, u) for u in units}) != 1:
        return False
    return bool(_doer_of(pair.fa, pair.a) & _doer_of(pair.fb, pair.b))


_SIZE_AFTER = re.compile(
    r"^\s*(?:(?P<long>long|in\s+length|from\s+(?:end|side|tip|top|nose|head|bow|stem|wingtip)"
    r"\s+to\s+\w+)|(?P<wide>wide|across|in\s+(?:width|diameter))|(?P<deep>deep|in\s+depth)"
    r"|(?P<tall>tall|high|in\s+height))\b",
    re.I,
)
"""Words after a length that tell which size of a thing it is: "9.1 metres long", "7.4
metres from end to end", "six metres across", "four metres deep"."""


def one_size(pair: Pair) -> bool:
    """Whether two lengths are the same size of one thing: its length, width, depth or height.

    "The vessel measures 7.4 metres from end to end" and "it is 9.1 metres long" tell how
    long one boat is, whatever verb and clause each uses; "six metres across" and "20ft
    wide" how wide one hole is. Each claim gives one length told with its size, and the
    same size on both sides ("long" is not "deep").
    """
    if pair.kind != "quantity":
        return False
    sizes = []
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        if (magnitude(field) or ("",))[0] != "length":
            return False
        at = _in_claim(field, claim)
        m = _SIZE_AFTER.match(claim.text[at[1] :]) if at is not None else None
        if m is None:
            return False
        sizes.append(m.lastgroup)
    return sizes[0] == sizes[1]


_THAN_AFTER = re.compile(r"^\s*((?:more|less|[a-z]+er))\s+than\b", re.I)
"""A comparison right after a figure: "60 percent shorter than", "20% less than"."""


def one_comparison(pair: Pair) -> bool:
    """Whether two figures measure one comparison told in the same words.

    "An ice season of 41 days, roughly 60 percent shorter than the long-term average" and
    "the ice season was about 45 percent shorter than the average" tell how much shorter
    one season was, whatever verb each clause hangs on; "a harvest 20% smaller than last
    year's" and "the crop was 35% smaller than last year" how much smaller one crop.
    """
    if pair.kind != "quantity":
        return False
    said = []
    for field, claim in ((pair.fa, pair.a), (pair.fb, pair.b)):
        at = _in_claim(field, claim)
        m = _THAN_AFTER.match(claim.text[at[1] :]) if at is not None else None
        if m is None:
            return False
        said.append(m.group(1).lower())
    return said[0] == said[1]


_RECORD = re.compile(r"\brecords?\b", re.I)


def one_record(pair: Pair) -> bool:
    """Whether two measures are the one mark of a record both claims tell.

    "Holt broke her own national record on Sunday, clearing 4.72 metres" and "Holt set a
    national record of 4.68m on Sunday" give the record's height in two clauses; "broke the
    record in 2:05.31" and "a record time of 2:05.13" a swim's. Each claim names a record
    and gives one figure of that measure (a length, a weight, a time).
    """
    if pair.kind != "quantity":
        return False
    dim = (magnitude(pair.fa) or ("",))[0]
    if dim not in ("length", "mass", "duration") or dim != (magnitude(pair.fb) or ("",))[0]:
        return False
    for claim in (pair.a, pair.b):
        if not _RECORD.search(claim.text):
            return False
        same = [
            f for f in claim.fields if f.kind == "quantity" and (magnitude(f) or ("",))[0] == dim
        ]
        if len(same) != 1:
            return False
    return True


def ages_of_one_person(pair: Pair) -> bool:
    """Whether two ages belong to one person, whatever clause each sits in.

    An age describes a person, not the event of its clause ("Marsh, 52, is serving a
    life term" / "how Marsh, 52, fled the van"): when each claim gives one age and both
    name the same person, the ages are that person's. The name set right beside each
    age decides when both have one (:func:`age_holder`), whatever kind of name the
    claim's other fields read it as.
    """
    ua = getattr(pair.fa.value, "unit", None)
    ub = getattr(pair.fb.value, "unit", None)
    if pair.kind != "quantity" or ua != "years old" or ub != "years old":
        return False
    if _ages(pair.a) != 1 or _ages(pair.b) != 1:
        return False
    ha, hb = age_holder(pair.fa, pair.a), age_holder(pair.fb, pair.b)
    if ha is not None and hb is not None:
        return ha.lower() == hb.lower()
    if ha is None and hb is None:
        ra, rb = role_of_age(pair.fa, pair.a), role_of_age(pair.fb, pair.b)
        if ra is not None and ra == rb:
            return True  # "the 29-year-old deputy" / "a 35-year-old sheriff's deputy"
    return bool(surnames(pair.a) & surnames(pair.b))


_ROLE_BEFORE = re.compile(r"\b([a-z]+), $")
"""A lower-case noun set right before an age: "the actress, 33,"."""


def _age_at(field: FieldValue, claim: Claim) -> tuple[int, int] | None:
    """Where an age stands in its claim's text, or None for another figure."""
    if field.kind != "quantity" or measure(field) != "age":
        return None
    return _in_claim(field, claim)


def role_of_age(field: FieldValue, claim: Claim) -> str | None:
    """The role noun an age is told beside, when it is one a story gives to one person.

    "The actress, 33,", "the 35-year-old deputy", "a 35-year-old sheriff's deputy", "the
    33-year-old hard-partying actress": the actress, the deputy
    (:data:`~checkfacts.vocabulary.ROLE_NOUNS`). "A 60-year-old woman" tells no role of
    one person ("woman" may be anyone), and a name beside the age is
    :func:`age_holder`'s.
    """
    if (where := _age_at(field, claim)) is None:
        return None
    start, end = where
    if m := _ROLE_BEFORE.search(claim.text[max(0, start - 40) : start]):
        return m.group(1) if m.group(1) in ROLE_NOUNS else None
    # the noun the age stands before: "sheriff's deputy", "hard-partying actress"
    for raw in claim.text[end : end + 60].split()[:4]:
        word = raw.strip(".,;:!?\"'’“”()").lower()
        if word in ROLE_NOUNS:
            return word
        if word in PEOPLE or word in FUNCTION_WORDS or raw[-1:] in ",;:":
            return None  # "a 60-year-old woman", "a 35-year-old who", the phrase ends
    return None


_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+)(?: (?:Jr|Sr)\.?)?, $")
_NAME_AFTER = re.compile(r" ((?:[A-Z][\w'’.-]* )*[A-Z][\w'’-]+)")
_NAME_WHO_WAS = re.compile(r"([A-Z][\w'’-]+), who (?:was|is) $")
"""A name, then a clause that gives the age: "Mr Munby, who was 84,"."""
_NAMED_THEN_A = re.compile(r"([A-Z][\w'’-]+)(?: (?:Jr|Sr)\.?)?, (?:an?|the) $")
"""A name, then "a" or "the" before the age: "Tamsin Ruddock, a 22-year-old student"."""
_DESCRIBED = re.compile(r"(?: [a-z][\w'’-]*){1,3}")
"""The lower-case words right after an age: "history student", "retired site manager"."""
_DOER_ENDING = re.compile(r"(?:ist|ian|ant|ent|man)$")
"""Endings of nouns for a person: "economist", "librarian", "helmsman"."""
_ER_ENDING = re.compile(r"(?:er|or)$")
"""The ending of a doer ("teacher", "sailor"), and of things too ("pier", "tower")."""


def _person_noun_after(claim: Claim, end: int) -> tuple[int, bool] | None:
    """Where a noun for one person ends right after an age, and whether it is surely one.

    "history student", "retired teacher" (up to the first function word): the noun is in
    :data:`PEOPLE` or :data:`ROLE_NOUNS`, or has a person's ending ("economist",
    "helmsman"); one ending "-er" or "-or" may name a thing ("a 90-year-old pier"), so it
    is not sure. None for "old house".
    """
    text = claim.text
    if (m := _DESCRIBED.match(text, end)) is None:
        return None
    at, last = end, None
    for word in m.group().split():
        if word in FUNCTION_WORDS:
            break
        at, last = text.index(word, at) + len(word), word
    if last is None:
        return None
    if last in PEOPLE or last in ROLE_NOUNS or _DOER_ENDING.search(last):
        return at, True
    if _ER_ENDING.search(last):
        return at, False
    return None


def _a_person_at(claim: Claim, start: int, end: int) -> bool:
    """Whether the claim reads a person's name within ``start``..``end`` of its text."""
    return any(
        f.kind == "person"
        and (at := _in_claim(f, claim)) is not None
        and at[0] < end
        and start < at[1]
        for f in claim.fields
    )


_CALLED_AFTER = re.compile(
    r"(?:\s+(?-i:[a-z][\w-]*)){1,3}?,?\s+(?:called|named|known\s+(?:at\s+home\s+)?as)\s+"
    r"((?-i:[A-Z])[\w'’-]+)\b",
    re.I,
)
"""A name given after an age's noun: "a four-year-old bitch known at home as Juno", "a
six-year-old retriever called Juno", "a 12-year-old gelding named Silver Tallow"."""


def age_holder(field: FieldValue, claim: Claim) -> str | None:
    """Whose age a figure is, when a name stands right beside it, else None.

    Newsrooms set a name and its age side by side: "Ortiz, 35, was shot", "Arcade
    Comeaux Jr., 49, escaped", "61-year-old Sharron Smith was arrested". The surname is
    returned; so is a name given after the age's noun ("a six-year-old retriever called
    Juno"); "a 60-year-old woman", "a 38-year-old Troy resident" (a place before a noun for a
    person) and "dies at 91" name no one.
    """
    if (where := _age_at(field, claim)) is None:
        return None
    start, end = where
    if m := _NAME_BEFORE.search(claim.text[max(0, start - 80) : start]):
        return m.group(1)
    if m := _NAME_WHO_WAS.search(claim.text[max(0, start - 80) : start]):
        return m.group(1)  # "Mr Munby, who was 84,"
    if m := _NAME_AFTER.match(claim.text, end):
        after = claim.text[m.end() :].split(maxsplit=1)
        if after and (after[0] in PEOPLE or after[0] in ROLE_NOUNS):
            return None  # "a 38-year-old Troy resident": a place says where the person is from
        return m.group(1).split()[-1]
    if m := _CALLED_AFTER.match(claim.text, end):
        return m.group(1)  # "a six-year-old retriever called Juno": a named animal or boat
    # a person noun between the age and a name, or after "Name, a": "19-year-old history
    # student Tamsin Ruddock", "Tamsin Ruddock, a 22-year-old history student"
    if (noun := _person_noun_after(claim, end)) is None:
        return None
    noun_end, sure = noun
    if m := _NAMED_THEN_A.search(claim.text[max(0, start - 80) : start]):
        begin = max(0, start - 80) + m.start()
        return m.group(1) if sure or _a_person_at(claim, begin, start) else None
    if (m := _NAME_AFTER.match(claim.text, noun_end)) and (
        sure or _a_person_at(claim, m.start(1), m.end(1))
    ):
        return m.group(1).split()[-1]
    return None


_RANKS = frozenset(["detective", "sergeant", "inspector", "constable", "superintendent"])
"""Police ranks set before a surname, no forename: "Detective Sergeant Croft, 45,"."""
_FORENAME = re.compile(r"[A-Z][a-z'’-]+")
"""A forename's shape: a capital, then lower case ("Daniel"; not "J." nor "McDonald")."""


def _age_forename(field: FieldValue, claim: Claim) -> str | None:
    """The forename told before the surname an age is set beside, else None.

    "Raymond Calloway, 58," gives "Raymond"; "Mr Calloway, 58," and "Deputy Ortiz, 36,"
    give none (a title or a rank, not a forename).
    """
    if (where := _age_at(field, claim)) is None:
        return None
    m = _FULL_NAME_BEFORE.search(claim.text[max(0, where[0] - 80) : where[0]])
    forename = m.group(1).split()[-2] if m is not None else ""
    if not _FORENAME.fullmatch(forename) or forename.lower() in TITLES | COURTESY_TITLES | _RANKS:
        return None
    return forename


VOTES = frozenset(["vote", "ballot", "seat"])
"""Counted nouns of what a ballot gives each candidate or party: votes, ballots, seats."""
_BY_A_MARGIN = re.compile(r"\bby\s+$", re.I)


def vote_holder(field: FieldValue, claim: Claim) -> str | None:
    """Whose votes a count of votes is: the candidate or party named last before it.

    "Oyelaran took 41 votes to Halloway's 34": 41 is Oyelaran's, 34 Halloway's; "X
    defeated Y by 41 votes to 36": the 36 is Y's. A figure right after "by" is the
    winner's, who is named before the loser: no holder is read, nor for a vote's whole
    split ("voting seven to four in favour").
    """
    unit = getattr(field.value, "unit", None)
    at = _in_claim(field, claim)
    if at is None or not (unit in VOTES or (unit is None and _votes_beside(field, claim))):
        return None
    if getattr(field.value, "tally", None):
        return None  # "voting seven to four in favour": the whole vote's split, no one's
    if _BY_A_MARGIN.search(claim.text[max(0, at[0] - 6) : at[0]]) or _margin(field, claim):
        return None  # "won by just 14 votes", "a margin of 41 votes": the race's, no one's
    before = [
        f
        for f in claim.fields
        if f.kind in ("person", "org")
        and f.span[1] <= field.span[0]
        and isinstance(f.value, NameValue)
        and f.value.key
    ]
    if not before:
        return None
    last = before[-1]
    assert isinstance(last.value, NameValue)
    return surname(last.value.key) if last.kind == "person" else last.text


def _votes_beside(field: FieldValue, claim: Claim) -> bool:
    """Whether a bare figure is the second of "41 votes to 36": a count of votes too."""
    at = _in_claim(field, claim)
    if at is None:
        return False
    return (
        re.search(
            r"\b(?:votes?|seats?|ballots?)\s+to\s+(?:[\w'’.-]+\s+){0,3}$",
            claim.text[max(0, at[0] - 40) : at[0]],
            re.I,
        )
        is not None
    )


@rule("compare.votes_of_two_holders", "not_compared")
def votes_of_two_holders(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two counts of votes (or seats) given to two different candidates or parties.

    A ballot gives each candidate a count: the third candidate's nine votes are no
    telling of the winner's 41. Counts of one holder are compared ("Halloway 36" /
    "Halloway's 34").

    Fires: "Castellane was eliminated after receiving nine votes" / "Oyelaran took 41
    votes to Halloway's 34" (a speaker's election); "the Greens won nine seats" / "Labour
    took 23 seats on the council" (a council election).
    Holds: "Oyelaran defeated Halloway by 41 votes to 36" / "Oyelaran took 41 votes to
    Halloway's 34" (Halloway's count differs: compared); "Labour won 23 seats" / "Labour
    took 25 seats" (one party's seats); "Okafor won by just 14 votes" / "Okafor won with
    a margin of 41 votes over Marlow" (a margin is the race's, no one's count).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    ha, hb = vote_holder(pair.fa, pair.a), vote_holder(pair.fb, pair.b)
    if ha is None or hb is None or ha.lower() == hb.lower():
        return None
    return f"“{pair.fa.text}” are {ha}'s, “{pair.fb.text}” {hb}'s: two holders' counts."


@rule("quantity.ages_of_two_people", "not_compared")
def ages_of_two_people(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two ages given beside two different names are two people's ages: not compared.

    An age beside no name, in a claim that names the other age's holder away from it, is
    someone else's too: "an 11-year-old girl was wounded by the sniper Lopez" beside
    "Lopez, 20, was found guilty". A name set close to the age ("a 61-year-old woman,
    Sharron Smith,") may be its holder, and that pair is compared.

    Fires: "Ortiz, 35, was shot outside the flats" / "Orozco, 27, was found hiding
    nearby"; "Lopez, 20, was found guilty" / "Horton, 34, was killed"; "Lopez, 20, was
    convicted" / "an 11-year-old girl was wounded by Lopez".
    One family's members share a surname, so two forenames before it are two people:
    "Raymond Calloway, 58, was charged" / "his son, Daniel Calloway, 31, was charged".

    Holds: "Ortiz, 35, was shot" / "Deputy Jerry Ortiz, 36, died" (one person: the ages
    conflict); "a 60-year-old woman was charged" / "Smith, 61, was charged" (one names
    no one); "Smith, 60, was charged" / "a 61-year-old woman, Sharron Smith, was charged".
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    ha, hb = age_holder(pair.fa, pair.a), age_holder(pair.fb, pair.b)
    if ha is not None and hb is not None:
        fa, fb = _age_forename(pair.fa, pair.a), _age_forename(pair.fb, pair.b)
        if ha.lower() == hb.lower() and (fa is None or fb is None or fa == fb):
            return None
        ha, hb = (f"{fa} {ha}", f"{fb} {hb}") if fa and fb and fa != fb else (ha, hb)
        return f"“{pair.fa.text}” is the age of {ha}, “{pair.fb.text}” that of {hb}: two people."
    sides = ((ha, pair.fa, pair.fb, pair.b), (hb, pair.fb, pair.fa, pair.a))
    for holder, told, other, claim in sides:
        if holder is not None and _named_elsewhere(holder, other, claim):
            return (
                f"“{told.text}” is the age of {holder}; the claim with “{other.text}” names "
                f"{holder} apart from that age: two people."
            )
    return None


_IN_COURT = re.compile(
    r"\b(?:convicted|sentenced|sentencing|found\s+guilty|found\s+not\s+guilty|pleaded|pleads"
    r"|acquitted|jailed|jury|verdict|trial|testified|conviction"
    r"|appeal\s+(?:court|judges?)|court\s+of\s+appeal|appeal\s+against\s+(?:his|her|their)\s+"
    r"(?:conviction|sentence))\b",
    re.I,
)
"""Words of a court stage: a trial, a verdict, a sentence or an appeal against one, which come
months or years after the crime or the arrest ("was charged" belongs to the arrest). An
appeal of another kind ("appealed against a zero mark", "appealed the fine") is no court's."""


@rule("quantity.ages_at_two_stages", "not_compared")
def ages_at_two_stages(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Ages told at a court stage and at the crime or arrest: a person grows older between.

    A trial, a verdict or a sentence comes a year or more after the arrest, and reports of
    each give the age the person is then: "Mendes, 27, was found hiding in a garage" and
    "Mendes, 29, was found guilty by the jury" are both right. Ages within three years
    are set aside unless both reports are of one day.

    Fires: "Mendes, 27, was found hiding in a garage" / "Mendes, 29, was found guilty by
    the jury" (a murder trial); "Keller, 44, was arrested at the airport" / "Keller, 46,
    was sentenced to eight years" (a fraud case).
    Holds: "Keller, 44, was arrested at the airport" / "Keller, 46, was arrested at his
    home" (both the arrest); "Keller, 44, was sentenced" / "Keller, 46, was sentenced"
    (both the sentence).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    if _age_at(pair.fa, pair.a) is None or _age_at(pair.fb, pair.b) is None:
        return None
    if bool(_IN_COURT.search(pair.a.text)) == bool(_IN_COURT.search(pair.b.text)):
        return None
    va, vb = pair.fa.value, pair.fb.value
    if not isinstance(va, QuantityValue) or not isinstance(vb, QuantityValue):
        return None
    if va.low is None or vb.low is None or abs(float(va.low) - float(vb.low)) > 3:
        return None
    day_a, day_b = pair.published(pair.a), pair.published(pair.b)
    if day_a is not None and day_a == day_b:
        return None
    court, other = (pair.fa, pair.fb) if _IN_COURT.search(pair.a.text) else (pair.fb, pair.fa)
    return (
        f"“{court.text}” is told at a court stage and “{other.text}” at the crime or the "
        "arrest: the person may have aged between them."
    )


def _named_elsewhere(holder: str, field: FieldValue, claim: Claim) -> bool:
    """Whether an age beside no name sits in a claim that names ``holder`` away from it."""
    if (where := _age_at(field, claim)) is None or holder.lower() not in surnames(claim):
        return False
    start, end = where
    near = claim.text[max(0, start - 40) : end + 40]
    return holder not in near  # "a 61-year-old woman, Sharron Smith,": maybe hers


class OtherReading(RuleSettings):
    """How far the other reading of a relative date may reach."""

    days: int = Field(
        14, description="How far from publication the other reading of a relative date may land."
    )


def other_reading(a: FieldValue, b: FieldValue, engine: Engine, days: int = 14) -> str | None:
    """Why a date conflict vanishes when one side is read in the other tense, or None."""
    from checkfacts.rules import compare_fields

    for x, y in ((a, b), (b, a)):
        assert isinstance(x.value, DateValue) and isinstance(y.value, DateValue)
        if re.search(r"\b\d{4}\b", x.text):
            continue  # an explicit year leaves nothing to read otherwise
        published = x.value.assumed_published or x.value.published
        if not published:
            continue
        day = dt.date.fromisoformat(published)
        for tense in ("future", "past"):
            found = normalize(x.text, day, tense=tense)
            if not found:
                continue
            value = DateValue.model_validate(found)
            if (value.earliest, value.latest) == (x.value.earliest, x.value.latest):
                continue
            near = [dt.date.fromisoformat(v) for v in (value.earliest, value.latest) if v]
            if not near or any(abs((d - day).days) > days for d in near):
                continue  # "March 29" a year ahead is no reading of a past-tense report
            other = compare_fields(x.model_copy(update={"value": value}), y, engine)
            if other.verdict is not Verdict.CONFLICT and other.compared:
                fits = (
                    "which fits"
                    if other.verdict in (Verdict.AGREE, Verdict.COMPATIBLE)
                    else f"and then {other.explanation.rstrip('.')}"
                )
                return (
                    f"“{x.text}” read as {x.value.timex} conflicts with “{y.text}” "
                    f"({y.value.timex}), but read in the {tense} tense it is "
                    f"{value.timex}, {fits}; the wording leaves it open."
                )
    return None


_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:margin|majority|lead|gap)\s+(?:of|was|is|were|stood\s+at)\s+"
    r"|\b(?:won|wins|win|lost|loses|lose|beat|beats|leads|lead|led|trails|trailed|passed"
    r"|carried|defeated|ahead)\b(?:\s+[\w'’-]+){0,4}?\s+by\s+)"
    r"(?:(?:just|only|a\s+mere|about|some|nearly|almost)\s+)?$",
    re.I,
)
_MARGIN_AFTER = re.compile(
    r"^\s*-?\s*(?:votes?\s+)?(?:margin|majority|lead)\b"
    r"|^\s*(?:[a-z]+\s+)?(?:ahead|clear|behind|adrift)\b",
    re.I,
)


def _margin(field: FieldValue, claim: Claim) -> bool:
    """Whether a figure is a margin, the gap between two counts.

    "Won by 14 votes", "a margin of 41 votes", "a 41-vote majority", "a lead of 3 points",
    "the margin was two points", "finished four strokes clear", "two points behind". Not a
    tally told with "by" ("backed the order by seven votes to two"): it gives both counts;
    but a tally's "lead" is one still running ("opened up a 9-5 lead in the decider").
    """
    if (where := _in_claim(field, claim)) is None or measure(field) == "age":
        return False  # "led by 39-year-old helmsman Dafydd Rhys": a person's age
    start, end = where
    if _MARGIN_BEFORE.search(claim.text[:start]):
        return not getattr(field.value, "tally", None)  # "by seven votes to two": both counts
    number = getattr(field.value, "number_text", "") or ""
    tail = claim.text[start:end]
    after = claim.text[end:] if number == tail else claim.text[start + len(number) :]
    return _MARGIN_AFTER.match(after) is not None


@rule("compare.margin_and_tally", "not_compared")
def margin_and_tally(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A margin set against a count it is the gap of: two measures, not compared.

    "Won by just 14 votes" and "ended with 3,412 votes" both count votes, but one is the gap
    between two tallies and the other a tally; "passed by a majority of 12" and "passed with
    310 votes" likewise. Two margins are compared as any two counts are.

    Fires: "she won by just 14 votes" / "she ended with 3,412 votes" (a mayoral recount);
    "the bill passed by a majority of 12 votes" / "the bill passed with 310 votes" (a
    parliament vote).
    Holds: "she won by just 14 votes" / "a margin of 41 votes" (two margins); "she ended
    with 3,412 votes" / "she ended with 3,421 votes" (two tallies); "backed the order by
    seven votes to two" / "voting five to four in favour" (a tally told with "by" is none).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    if (sides := _only_one(pair, _margin)) is None:
        return None
    gap, tally = sides
    return (
        f"“{gap.text}” is a margin, the gap between two counts, and “{tally.text}” a count: "
        "two measures, not compared."
    )


_PART_NOUN = (
    r"(?:game|set|frame|leg|half|quarter|period|innings|inning|round|end|tie-?break|rubber)"
)
_PART_BEFORE = re.compile(rf"\b((?:(?!the\b|a\b|an\b)[a-z]+\s+)?{_PART_NOUN})\s+(?:by\s+)?$", re.I)
_PART_AFTER = re.compile(
    rf"^\s*(?:(?:(?:up|down|ahead|behind|in\s+front)\s+)?(?:at|by)\s+"
    rf"(half-?time|the\s+(?:break|interval))"
    rf"|in\s+the\s+((?:[a-z]+\s+)?{_PART_NOUN}))\b",
    re.I,
)
"""A score told of a part of a contest: "took the closing game 11-9", "won the second set
6-4", "were 1-0 up at half-time", "won 2-0 in the first leg"."""


def _part_scored(field: FieldValue, claim: Claim) -> str | None:
    """The part of a contest a score is told of ("closing game", "half-time"), else None."""
    at = _in_claim(field, claim)
    if at is None:
        return None
    if m := _PART_BEFORE.search(claim.text[max(0, at[0] - 30) : at[0]]):
        return " ".join(m.group(1).lower().split())
    if m := _PART_AFTER.match(claim.text[at[1] :]):
        return " ".join((m.group(1) or m.group(2)).lower().split())
    return None


@rule("compare.score_of_a_part", "not_compared")
def score_of_a_part(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two scores of different parts of one contest: a game and the match, half-time and full.

    A match is won in games, sets or frames, each with its own score: "took the closing
    game 11-9" scores one game in points, "won the match 3-2" the match in games. A score
    at half-time is no final score. Two scores are compared only when both are of the
    whole, or of the same part.

    Fires: "Okafor took the deciding game 11-8" / "Okafor won the match 3-2" (a squash
    final); "the visitors were 1-0 up at half-time" / "the visitors won 3-1" (a cup tie);
    "Lindqvist won the second set 6-4" / "Lindqvist won the final 2-1" (a tennis final).
    Holds: "Lindqvist won the second set 6-4" / "Lindqvist took the second set 6-3" (one
    set: the scores conflict); "the visitors won 3-1" / "the visitors won 3-2" (both
    the whole).
    """
    if pair.kind != "quantity" or not _flagged(cmp):
        return None
    va, vb = pair.fa.value, pair.fb.value
    if getattr(va, "tally", None) is None or getattr(vb, "tally", None) is None:
        return None
    pa, pb = _part_scored(pair.fa, pair.a), _part_scored(pair.fb, pair.b)
    if pa == pb:
        return None
    return (
        f"“{pair.fa.text}” is the score of {pa or 'the whole contest'}, “{pair.fb.text}” of "
        f"{pb or 'the whole contest'}: different parts, not compared."
    )


_FRONTED_PARTICIPLE = re.compile(
    r"^\s*(?:[A-Z][a-z]+ed|Born|Built|Made|Written|Drawn|Begun|Sold|Bought|Held|Taken|Shown"
    r"|Known|Grown|Founded)\b[^,;:]*$"
)


def _in_fronted_participle(field: FieldValue, claim: Claim) -> bool:
    """Whether a date sits in a participle phrase that opens the claim, closed by a comma.

    "Painted in 1912, the canvas ...", "Founded in 1895, the club ...".
    """
    if (where := _in_claim(field, claim)) is None:
        return False
    start, end = where
    return bool(
        _FRONTED_PARTICIPLE.match(claim.text[:start])
        and re.match(r"^[^,;:.]{0,30},", claim.text[end:])
    )


@rule("compare.participle_date", "not_compared")
def participle_date(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A date in a participle that opens one claim dates that participle's act, not the claim's.

    "Painted in 1912, the canvas had belonged to the family for a century" dates the
    painting; "the canvas had been in the family since 1913, when a merchant bought it"
    dates the buying. Set side by side they tell two acts. Two dates that each open their
    claim in a participle are compared as any two dates are.

    Fires: "Painted in 1870, the portrait had hung in the manor for over a century" / "the
    portrait had hung in the manor since 1871, when a banker bought it" (a portrait sale);
    "Founded in 1895, the club has played at Mill Lane for over a century" / "the club has
    played at Mill Lane since 1896, when it left the common" (a football club).
    Holds: "Painted in 1870, the portrait hung in the manor" / "Painted in 1872, the
    portrait hung in the manor" (both open with it: one act, two dates); "Built in 1874,
    the chapel stands on the green" / "the chapel, built in 1847, stands on the green" (the
    other dates the same act, told in an aside).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    if (sides := _only_one(pair, _in_fronted_participle)) is None:
        return None
    if one_doing(pair.fa, pair.fb):
        return None  # "Built in 1874, the chapel" / "the chapel, built in 1847": one building
    told, _other = sides
    return (
        f"“{told.text}” dates the participle that opens its claim, not the claim's act: "
        "two acts, not compared."
    )


@rule("compare.deadline_met", "not_compared")
def deadline_met(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A day told ahead as a deadline, beside the day itself told once it came: it was met.

    "Services were expected to return to normal by Friday", written on Thursday, and "full
    services resumed on Friday morning", written on Friday, tell a forecast and what
    happened; the day fits the deadline, so "by" against the day itself is no nuance.

    Fires: "services were expected to return to normal by Friday" (written Thursday) /
    "full services resumed on Friday morning" (written Friday) (a storm's rail line); "the
    footbridge should reopen by Monday" (written Saturday) / "the footbridge reopened on
    Monday afternoon" (written Monday) (a footbridge repair).
    Holds: "will reopen by Monday" / "will reopen on Monday", both written on Saturday (two
    tellings ahead: the nuance stands).
    """
    if pair.kind != "date" or cmp.rule != of(date_rules.bound_vs_point).name:
        return None
    va, vb = pair.fa.value, pair.fb.value
    if not isinstance(va, DateValue) or not isinstance(vb, DateValue):
        return None
    (bound, fb), (point, fp) = sorted(
        [(va, pair.fa), (vb, pair.fb)], key=lambda side: side[0].mod != "by"
    )
    if bound.mod != "by" or point.mod is not None:
        return None
    ahead = bound.anchor.earliest if bound.anchor else None
    if not (bound.published and point.published and ahead and point.published > bound.published):
        return None
    if str(ahead) <= str(bound.published) or _side_of_publication(fp) == "after":
        return None  # the deadline was not ahead when told, or the day is still to come
    return (
        f"“{fb.text}” is a deadline told ahead, “{fp.text}” the day told once it came: "
        "the deadline was met, not compared."
    )


_CONTINUED = re.compile(
    r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:is|was|were|are)\s+still|continu(?:e|es|ed)\s+to\s+be)"
    r"\b(?:(?!\b(?:after|before|when|since|because|while|once|until|which|who|that)\b)[^,.;:])*$",
    re.I,
)
"""A state told as going on ("remained closed", "stayed shut", "was still missing"),
ending right before a date in the same clause: not a date of a clause of its own after it
("will stay closed for six weeks after a sinkhole opened up on Sunday evening" dates the
sinkhole)."""


@rule("compare.state_continued", "not_compared")
def state_continued(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """A state told as still holding on a later day, beside the day it began: two moments.

    "The museum closed on Monday after the theft" and "the museum remained closed on
    Tuesday" agree: the second dates the state going on, not the closing. Only when the
    day told with "remained", "stayed" or "still" is the later one.

    Fires: "the museum shut for the rest of Monday while police searched the galleries" /
    "the museum remained shut on Tuesday as police searched the galleries" (a museum
    theft); "the road was shut on Sunday after the landslide" / "the road stayed shut on
    Monday after the landslide" (a landslide).
    Holds: "the museum closed on Monday" / "the museum closed on Tuesday" (two days of one
    closing); "the museum remained closed on Monday" / "the museum closed on Tuesday" (the
    state told as going on before it began).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    va, vb = pair.fa.value, pair.fb.value
    if not isinstance(va, DateValue) or not isinstance(vb, DateValue):
        return None
    on_a, on_b = _continued_at(pair.fa, pair.a), _continued_at(pair.fb, pair.b)
    if on_a == on_b:
        return None
    (kept, began) = (va, vb) if on_a else (vb, va)
    if not kept.earliest or not began.latest or kept.earliest <= began.latest:
        return None
    return (
        f"“{(pair.fa if on_a else pair.fb).text}” dates a state still holding, later than "
        f"“{(pair.fb if on_a else pair.fa).text}”: two moments of one state, not compared."
    )


def _continued_at(field: FieldValue, claim: Claim) -> bool:
    """Whether a date is told of a state going on ("remained closed on Tuesday")."""
    start = field.span[0] - claim.span[0]
    return 0 <= start <= len(claim.text) and _CONTINUED.search(claim.text[:start]) is not None


@rule("date.other_reading", "nuance", OtherReading)
def other_tense(cmp: Comparison, pair: Pair, s: OtherReading) -> str | None:
    """A date conflict that vanishes when a relative date is read in the other tense.

    Fires: "will reopen on March 28" in a paper of March 30 (read as next year) / "reopened
    on March 28".
    Holds: "reopened on March 2, 2021" / "reopened on March 28, 2021" (explicit years).

    A date without a year, or a weekday, takes its year or week from the tense cues of
    its clause, and a writer's tense can lag the events.
    """
    if pair.kind != "date" or cmp.verdict is not Verdict.CONFLICT:
        return None
    return other_reading(pair.fa, pair.fb, pair.engine, s.days)


def _closed_count(pair: Pair) -> bool:
    """Whether both counts are dated alike, by their own verb, to a period already over.

    The period ended before either report was published: a count of last year does not
    grow from one day's paper to the next.
    """
    days = [pair.published(pair.a), pair.published(pair.b)]
    if None in days:
        return False
    first = min(str(d) for d in days)

    def closed(claim: Claim, count: FieldValue) -> list[FieldValue]:
        return [
            f
            for f, d in _dates_of_its_verb(claim, count)
            if d.resolved and d.latest is not None and d.latest < first
        ]

    return any(
        date_rules.compare(x, y, pair.engine).verdict is Verdict.AGREE
        for x in closed(pair.a, pair.fa)
        for y in closed(pair.b, pair.fb)
    )


@rule("quantity.evolving_count", "nuance")
def evolving_count(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """Two counts from reports of different days may both be right: a toll or a crowd grows.

    Fires: "12 people have died" in a paper of May 3 / "15 people have died" on May 4.
    Holds: "12 people have died" / "15 people have died", both published May 3; "approved
    by 7-2" / "voted 6-3" a day apart (a vote's tally is cast once), nor "a score of 96 out
    of 110" / "89 points out of a possible 110" (a score on a scale is given once), nor a
    count both claims date to one period over before either report (:func:`_closed_count`:
    "launched 31 times last year" / "13 times last year"; "recorded 212 falls in 2023" /
    "182 falls in 2023").
    """
    if pair.kind != "quantity" or cmp.verdict is not Verdict.CONFLICT or not is_count(pair.fa):
        return None
    if getattr(pair.fa.value, "tally", None) is not None or _on_a_scale(pair.fa):
        return None
    if _closed_count(pair):
        return None
    da, db = pair.published(pair.a), pair.published(pair.b)
    if da is not None and da == db:
        return None
    when = f"published {da} and {db}" if da and db else "whose publication dates are not both known"
    unit = getattr(pair.fa.value, "unit", None)
    return (
        f"{cmp.explanation.rstrip('.')}; but these are counts of {plural(str(unit))} in "
        f"reports {when}: the number may have changed between them, or each counts a "
        "different moment."
    )


_DECISION_DUE = re.compile(
    r"\b(?:decision|ruling|verdict|announcement)\b[^,.;:]{0,40}?\b(?:is|was|are|were|be)\s+"
    r"(?:now\s+|not\s+)?(?:expected|due|likely)\s+(?:(?:in|on|by|at|before|within)\s+)?$",
    re.I,
)
"""A date of a decision still to come: "a decision was expected before the end of the
year", "a ruling on the appeal is due in March"."""


def _decision_due(field: FieldValue, claim: Claim) -> bool:
    """Whether a date tells when a decision is due ("a decision is expected by Friday")."""
    at = _in_claim(field, claim)
    return at is not None and _DECISION_DUE.search(claim.text[: at[0]][-80:]) is not None


@rule("compare.decision_due", "not_compared")
def decision_due(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """When a decision on an act is due, beside when the act itself is to happen.

    "Greyholm will close the bakery by the middle of next year" and "a decision on the
    bakery was expected before the end of the year" date two events: the closing, and
    the decision whether to close.

    Fires: "the company will close the bakery by the middle of next year" / "a decision
    on the bakery was expected before the end of the year" (a food maker's cuts); "the
    regulator will ban the pesticide by January 2026" / "a ruling on the ban was expected
    in March 2026" (a pesticide ban).
    Holds: "a decision on the bakery is expected by December" / "a decision on the bakery
    is expected by November" (two dates of one decision); "will ban the pesticide by
    January 2026" / "by June 2026" (two dates of one ban).
    """
    if pair.kind != "date" or not _flagged(cmp):
        return None
    da, db = _decision_due(pair.fa, pair.a), _decision_due(pair.fb, pair.b)
    if da == db:
        return None
    due, done = (pair.fa, pair.fb) if da else (pair.fb, pair.fa)
    return (
        f"“{due.text}” is when a decision is due, “{done.text}” when the act is to happen: "
        "two events, not compared."
    )


OPEN = "unknown"
"""The modality of an act asked with a wh-word and left open ("what caused the collapse")."""


_SAID_BEFORE = re.compile(
    r"\b(?:said|told|announced|confirmed|stated|insisted|added|decided|made\s+clear"
    r"|indicated|signalled|signaled)\b(?:\s+\w+){0,12}\s*$",
    re.I,
)
"""A past verb of saying shortly before a "would": "the agency said it would not be
launching an investigation" reports a future; "his sister says he wouldn't point a gun"
does not."""


def _reported_future(field: FieldValue, claim: Claim) -> bool:
    """Whether a "would" event is reported speech about what is to come (:data:`_SAID_BEFORE`)."""
    at = _in_claim(field, claim)
    return at is not None and _SAID_BEFORE.search(claim.text[: at[0]]) is not None


@rule("compare.denied_then_done", "not_compared")
def denied_then_done(cmp: Comparison, pair: Pair, s: NoSettings) -> str | None:
    """An act told as not done yet, or asked, in an earlier report, and as done in a later one.

    "No arrests have been made" on Monday and "police arrested the driver" on Tuesday
    tell the story moving on, not two accounts of one time: only a denial published on
    the day of the telling, or after it, is set against it. So is an open question ("it
    was too early to say what caused the collapse") against the answer told later.

    Fires: "no arrests have been made, police said" published May 3 / "police arrested
    the driver" published May 4 (a motorway pile-up); "the captain has not been detained"
    published May 3 / "the captain was arrested" published May 5 (a ferry capsize).
    Holds: "police arrested the driver" published May 3 / "no arrests have been made"
    published May 4 (the later report denies it); both published on one day; "no arrests
    have been made" published May 3 / "a man was arrested on May 2" published May 4 (the
    arrest came before the denial); "the senate
    did not pass the bill" published May 3 / "the senate passed the bill" published May 4
    (an outcome told in the past, not a "not yet").
    Also fires: "it was not clear what caused the fire" published May 3 / "a heater caused
    the fire" published May 4 (an open question, then its answer); "the inspectorate has
    not decided whether to investigate" published May 3 / "the inspectorate has launched an
    investigation" published May 4 (undecided, then done); "the club would not sack
    its manager" published May 3 / "the club has sacked its manager" published May 6 (ruled
    out, then done).
    """
    if pair.kind != "event" or not _flagged(cmp):
        return None
    va, vb = pair.fa.value, pair.fb.value
    if not isinstance(va, EventValue) or not isinstance(vb, EventValue):
        return None
    if va.negative != vb.negative:
        (no, said_no), (_, said_yes) = sorted(
            ((va, pair.a), (vb, pair.b)), key=lambda x: not x[0].negative
        )
        if cmp.rule == "event.done_or_ruled_out":
            field_no = pair.fa if no is va else pair.fb
            if no.modality == "would" and not _reported_future(field_no, said_no):
                return (
                    f"“{field_no.text}” tells what would not be done, not a decision told: "
                    "not compared."
                )  # "his sister says he wouldn't point a gun": no ruling out
            what = "ruling out"  # "would not be launching an inquiry", then one opened
        elif no.modality or no.tense == "past":
            return None  # "the senate did not pass the bill": an outcome, not a "not yet"
        else:
            what = "denial"
    elif {va.modality, vb.modality} in ({OPEN, None}, {WHETHER, None}):
        (_, said_no), (_, said_yes) = sorted(
            ((va, pair.a), (vb, pair.b)), key=lambda x: x[0].modality is None
        )
        what = "open question"
    else:
        return None
    day_no, day_yes = pair.published(said_no), pair.published(said_yes)
    if day_no is None or day_yes is None or str(day_no) >= str(day_yes):
        return None
    yes = va if said_yes is pair.a else vb
    if _done_before(said_yes, yes.predicate, str(day_no)):
        return None  # "was arrested on Wednesday", the day before "no arrests" was published
    return (
        f"The {what} was published {day_no}, before the telling of {day_yes}: the story moved "
        "on, not compared."
    )


def _done_before(claim: Claim, predicate: str, day: str) -> bool:
    """Whether a claim dates its act (``predicate``) to a day before ``day``."""
    return any(
        isinstance(f.value, DateValue)
        and f.governor == predicate
        and f.value.latest is not None
        and f.value.latest[:10] < day
        for f in claim.fields
    )


REVIEW = (
    two_speakers,
    copied_relative_date,
    both_fates,
    another_moment,
    last_time_denied_since,
    told_in_sequence,
    two_steps,
    acts_at_two_times,
    previous_record,
    counted_gains,
    whole_split_in_its_claim,
    figures_crossed,
    another_pair_fits,
    parts_add_up,
    old_and_new,
    different_occasions,
    different_events,
    different_populations,
    different_measures,
    rate_and_count,
    rates_of_two_series,
    changes_of_two_things,
    price_of_a_version,
    price_of_a_bundle,
    sums_over_two_spans,
    sums_of_two_things,
    falls_over_two_spans,
    rate_and_change,
    level_at_two_times,
    then_and_now,
    an_earlier_occasion,
    a_peak_and_another_time,
    a_total_including_more,
    whole_told_with_its_part,
    before_and_after,
    abstained_and_voted,
    counts_of_two_periods,
    done_and_to_come,
    counts_read_at_two_moments,
    count_as_of,
    tally_over_a_span,
    different_surveys,
    rest_of_group,
    count_of_a_subgroup,
    combined_whole,
    some_of_group,
    size_and_count,
    one_singled_out,
    two_stints,
    elapsed_time,
    ages_of_two_people,
    votes_of_two_holders,
    ages_at_two_stages,
    items_of_a_series,
    unsure_alignment,
    different_scales,
    different_roles,
    a_past_periods_tally,
    one_place_and_an_area,
    cap_and_level,
    an_added_charge,
    among_a_larger_group,
    counts_of_two_acts,
    state_continued,
    deadline_met,
    decision_due,
    denied_then_done,
    margin_and_tally,
    score_of_a_part,
    participle_date,
    other_tense,
    dated_apart,
    evolving_count,
)
"""The review of each compared pair, in order; a rule that sets the pair aside ends it."""


@rule("compare.within_one_side", "compatible")
def within_one_side(cmp: Comparison, s: NoSettings) -> str | None:
    """Values that differ yet sit on one side, held together by a vaguer value: not flagged.

    Fires: "in July" and "in November" both fit "last year", so all three form one side;
    "on Thursday" and "on Friday" (a day apart) both fit "in September".
    Holds: "in July" / "in November" with no vaguer value between them (two sides).

    No two sources disagree here: every value fits the vaguer one, and the precise ones
    name different moments of the story (the first test in July, the last in November).
    Setting them against each other would flag dates of different events, which is the
    commonest false alarm; the explanation still names the values.
    """
    if cmp.verdict not in (Verdict.CONFLICT, Verdict.NUANCE):
        return None
    return (
        f"{cmp.explanation} Every value fits a vaguer one on the same side, so no two "
        "sources disagree; the precise values name different moments."
    )


CLUSTER = (within_one_side,)
"""Rules run on a finding whose sides were all compared within one group."""


@dataclass(frozen=True)
class Sides:
    """What the compare stage found in a finding's sides, for the :data:`SIDES` rules."""

    figures: tuple[FieldValue, FieldValue] | None = None
    """Two figures of one side that differ ("40 people", "400 people"), or None."""
    told: tuple[str, FieldValue, FieldValue] | None = None
    """A source that tells two sides' values apart, and those values, or None."""
    lone: tuple[FieldValue, int] | None = None
    """One source's date of an event no other side dates, and the days of the timeline
    it is set against, or None."""


@rule("compare.figures_apart_on_one_side", "not_compared")
def figures_apart_on_one_side(cmp: Comparison, sides: Sides, s: NoSettings) -> str | None:
    """Two different figures held on one side by vaguer values: the claims count several things.

    A side is the values that fit one another. When two figures that differ ("40 people",
    "400 people") sit on one side, held together by vaguer values ("several dozen",
    "hundreds"), and were never set against each other (one source gives both, or the
    pair was set aside as counting different things), the cluster holds more than one
    count: the dead, the wounded and those sheltering. Setting such a side against
    another sets a toll against a mix of tolls, and calling a lone such side compatible
    says that figures agree which do not. The finding is listed as related, not
    compared, and names the two figures.

    Fires: "40 people were killed" and "400 people were sheltering" held on one side by
    "hundreds of people" against "some 30 people"; "12 ships were stuck" and "150 ships
    were queuing" held on one side by "dozens of ships" against "about 80 ships".
    Also fires with no other side: "about 150 migrants" and "about 200 migrants" held
    together by "more than 150 migrants" are no compatible count.
    Holds: "40 people were killed" against "42 people were killed" with "more than 40
    people" beside the first (every side is one figure).
    """
    if sides.figures is None:
        return None
    a, b = sides.figures
    return (
        f"“{a.text}” and “{b.text}” sit on one side, held together by vaguer values, yet "
        "are different figures: these claims count more than one thing, so their values "
        f"are not set against each other. {cmp.explanation}"
    )


def both_ages(a: FieldValue, b: FieldValue) -> bool:
    """Whether two values are both a person's age."""
    return a.kind == b.kind == "quantity" and measure(a) == measure(b) == "age"


def both_counts(a: FieldValue, b: FieldValue) -> bool:
    """Whether two values both count people or things ("three people", "two men")."""
    return a.kind == b.kind == "quantity" and is_count(a) and is_count(b) and not both_ages(a, b)


@rule("compare.one_source_tells_both", "not_compared")
def one_source_tells_both(cmp: Comparison, sides: Sides, s: NoSettings) -> str | None:
    """One source gives the values of two sides to two different things: the claims mix them.

    Claims alike enough to align may report different steps of one story: the shooting on
    Friday, the charge on Saturday, the court date on Monday. When one source gives a date
    on one side for one verb and a date on another side for another verb ("opened fire
    Friday", "police said Saturday"), that source tells the two days apart as two events,
    and when other sources date each event on the same side, the sides are not rival
    accounts of one date. The finding is listed as related, not compared, and names the
    source's two dates. Two ages that one source gives, each given by another source too,
    are two people's: "the 35-year-old deputy" and "Orozco, 29" beside "Ortiz, 35" and
    "Orozco, 29". Two counts one source gives in claims lined up across clusters are two
    groups or moments, a part and its whole ("shot three people" and "two men were
    wounded"); inside one claim cluster a source's two counts may be a slip, and stand.

    Fires: a source gives "opened fire on Friday" and "was charged on Monday" while others
    give Friday or Monday; a source gives "the bridge closed on Monday" and "reopened on
    Thursday" while others give Monday or Thursday; a source gives a deputy's age, 35, and a
    suspect's, 29, while others give one each; across clusters, a source says a gunman "shot
    three people" and "two men were wounded", others give three or two; a source says "the
    storm destroyed 40 homes" and "twelve homes by the harbour were destroyed", another
    gives twelve. Inside one claim cluster, a source gives two sums or measures in two
    claims and another source gives one of them as it is, while no other source gives the
    other: "revenue climbed to £24.3 million" and "wages reached £27.2 million" beside "the
    wage bill climbed to £27.2m" (a club's accounts); "the river rose to 4.1 metres" and
    "peaked at 5.3 metres" beside "peaked at 5.3m" (a flood). With two sides, a source dates
    one event beside another source and, alone on the other side, an event no other source
    dates: "discharged from the ward on January 18" beside another's "sent home on January
    18", and "died on January 21" (a patient's death); "police said on Wednesday" beside
    another's "was found on Wednesday morning", and "her phone last sent a signal at 1am on
    Sunday" (a missing hiker).
    Holds: a source gives "sent home on January 21" alone while another gives "sent home on
    January 18" (the event is dated on the other side: a rival date); a source gives "met
    the envoy over Easter" and "met the envoy last week" (one verb: the source contradicts
    itself, the finding stands); a source gives a tweet "on Friday evening" and the
    announcement "early Saturday", and no other source dates the tweet (that source's Friday
    may be the one at odds); across clusters, each source gives one count ("about 150
    migrants" / "about 400 migrants"); inside one claim cluster, a source gives "£27.2
    million" and "£24.3 million" and another "£26 million" (no figure matched: the sides
    stand).
    """
    if sides.told is None or cmp.verdict not in (Verdict.CONFLICT, Verdict.NUANCE):
        return None
    source, a, b = sides.told
    if both_ages(a, b):
        return (
            f"{source} gives two ages, “{a.text}” and “{b.text}”, each of which others "
            "give too: the ages of two people, so no side is set against another. "
            f"{cmp.explanation}"
        )
    if both_counts(a, b):
        return (
            f"{source} gives both “{a.text}” and “{b.text}”, in different claims: one "
            "source's two counts are two groups or two moments (a part and its whole), so "
            f"no side is set against another. {cmp.explanation}"
        )
    if a.kind == b.kind == "quantity":
        return (
            f"{source} gives both “{a.text}” and “{b.text}”, in different claims, and another "
            f"source gives “{a.text}” too: the source's other figure is of another thing (a "
            f"revenue beside a wage bill), so no side is set against another. {cmp.explanation}"
        )
    return (
        f"{source} gives “{a.text}” for “{event_of(a)}” and “{b.text}” for “{event_of(b)}”: "
        "these claims date more than one event, so no side is set against another. "
        f"{cmp.explanation}"
    )


@rule("compare.lone_event_date", "not_compared")
def lone_event_date(cmp: Comparison, sides: Sides, s: NoSettings) -> str | None:
    """One source's date of an event nobody else dates, against a timeline of other days.

    A large cluster about one story may hold its whole timeline: the shooting on
    Saturday night, the vigil on Sunday, the protest today. One outlet's "anger grew
    Wednesday when the autopsy was released" dates another step that no other value
    belongs to; set against the timeline it is no rival account of any of its days.
    The finding is listed as related, not compared, and names the lone date.

    Fires: "anger grew on April 2" (one source) against "shot on Saturday, March 9", "a
    vigil on Sunday, March 10" and "protested on Monday, March 11", held together by "in
    March" (a police shooting); "anger at the owners grew on June 2" against "fire gutted
    the factory on May 7", "a vigil on May 8" and "marched on May 9" (a factory fire).
    Holds: "met the envoy on May 2" (one source) against "met him on April 1", "the trip
    was approved on April 3" and "the envoy was named on April 5" (the meeting is dated
    on the other side: a rival date); "recently inked" against "signed on March 9" and
    "signed on Tuesday" (one day, no timeline).
    """
    if sides.lone is None or cmp.verdict not in (Verdict.CONFLICT, Verdict.NUANCE):
        return None
    date, days = sides.lone
    return (
        f"“{date.text}” dates “{event_of(date)}”, which no other value belongs to, against "
        f"values on {days} different days: a step of the story told by one source, not a "
        f"rival date. {cmp.explanation}"
    )


SIDES = (figures_apart_on_one_side, one_source_tells_both, lone_event_date)
"""Rules run on a finding whose sides were set against each other, given :class:`Sides`."""


_SPEAKER = re.compile(r"^(?P<who>[^\"“”]{2,120}?)\s+(?:said|says|told|insisted|maintained)\b")
"""Who is credited before a verb of saying, outside quotation marks: "An army spokesman"."""


def _speaker(claim: Claim) -> str | None:
    """Who the claim is credited to, as written: the words before "said", or its attribution.

    The words before a verb of saying that open the claim ("An army spokesman said ...",
    "Al-Sawarmi Khalid, spokesman for the armed forces, said ...") name the speaker;
    else the attribution field does.
    """
    if m := _SPEAKER.match(claim.text):
        return m.group("who").strip(" ,")
    for f in claim.fields:
        if isinstance(f.value, AttributionValue) and f.value.speaker:
            return f.value.speaker
    return None


def doer_denies(claim: Claim, event: EventValue) -> str | None:
    """The speaker, when the claim credits the event's not happening to its own doer.

    "An army spokesman said the army had not bombed the camp", "the owners said they had
    not closed the mill": the one said to have done it says it did not. None when no
    speaker is credited, or the doer is named apart from the speaker.
    """
    speaker = _speaker(claim)
    if speaker is None:
        return None
    words = set(re.findall(r"[a-z]+", speaker.lower()))
    if event.subject is None or set(event.subject.split()) & words:
        return speaker
    return None


@rule("compare.dispute_reported", "not_compared")
def dispute_reported(
    cmp: Comparison,
    told: tuple[FieldValue, Claim, FieldValue] | None,
    s: NoSettings,
) -> str | None:
    """One source tells the event done and its doer's denial: it reports a dispute.

    "The camp was bombed on Thursday, officials said" and, further down the same article,
    "an army spokesman said the army had not bombed the camp": the outlet reports one
    party's claim and the accused party's denial. Another outlet that gives only one of
    the two does not disagree with it; it tells less of the dispute. Setting the sides
    against each other would flag a disagreement between the parties as one between the
    sources. The finding is listed as related, not compared, and names the denial.

    Fires: one outlet says a refugee camp "was bombed" and that "an army spokesman said
    the army had not bombed" it, another says the camp "was bombed"; one outlet says the
    mill "was closed" and that "the owners said they had not closed" it, another says the
    owners "closed the mill".
    Holds: one outlet says the camp "was bombed", another that the army "had not bombed"
    it (each tells one side: the finding stands); one outlet quotes a leader saying a
    neighbour "has refused to" halt its tests and says elsewhere that it "halted" them
    (no doer denies: a source at odds with itself, and the finding stands).
    """
    if told is None or cmp.verdict is not Verdict.CONFLICT:
        return None
    fyes, no, fno = told
    if not isinstance(fno.value, EventValue):
        return None
    speaker = doer_denies(no, fno.value)
    if speaker is None:
        return None
    return (
        f"{no.source_id} tells both “{fyes.text}” and that {speaker} says “{fno.text}”: it "
        "reports a dispute between the parties, so the sources are not set against each "
        f"other. {cmp.explanation}"
    )


_EARLIER = re.compile(
    r"\b(?:initially|at\s+first|originally|earlier|previously|had(?:\s+[a-z]+ly)?)\s+$", re.I
)
"""Words right before a refusal that tell it as earlier than the rest of the story: "had
initially dismissed calls to resign", "at first refused to sell the striker"."""


@rule("compare.earlier_stance", "not_compared")
def earlier_stance(
    cmp: Comparison,
    told: tuple[FieldValue, Claim, FieldValue] | None,
    s: NoSettings,
) -> str | None:
    """One source tells the act done and, as earlier, that it was refused: a change of course.

    "Castell had initially dismissed calls to resign" and, in the same article, "Castell
    has stepped down": the outlet tells how things went, first a refusal, then the act.
    Another outlet that says she resigned does not disagree with it. The finding is listed
    as related, not compared, and names the earlier refusal.

    Fires: one outlet says the minister "had initially dismissed calls to resign" and that
    she "has stepped down", another that she "resigned"; one outlet says the club "at
    first refused to sell" its striker and that it "has sold" him, another that it
    "sold" him.
    Holds: one outlet says the minister "has refused to resign", another that she
    "resigned" (each tells one side: the finding stands); one outlet says both "refused
    to sell" and "sold", with nothing telling the refusal as earlier (a source at odds
    with itself: the finding stands).
    """
    if told is None or cmp.verdict is not Verdict.CONFLICT:
        return None
    fyes, no, fno = told
    start = fno.span[0] - no.span[0]
    if not 0 <= start <= len(no.text) or not _EARLIER.search(no.text[:start]):
        return None
    return (
        f"{no.source_id} tells both “{fyes.text}” and, as earlier, “{fno.text}”: a change "
        f"of course, not a disagreement between the sources. {cmp.explanation}"
    )


DISPUTES = (dispute_reported, earlier_stance)
"""Rules run on an event finding whose sides were set against each other, given a source's
value that the event happened and its claim and value that it did not (or None)."""

_AGAIN_AFTER = re.compile(r"^\s*(?:again|back|later|afterwards)\b", re.I)
_LATER_BEFORE = re.compile(
    r"\b(?:later|then|since|subsequently|afterwards|eventually)\s+(?:[a-z]+\s+)?$", re.I
)
"""Words that tell an act as after another: "were raised again", "later fell", "has since
fallen"."""


@rule("compare.undone_later", "not_compared")
def undone_later(
    cmp: Comparison,
    told: tuple[FieldValue, Claim, FieldValue] | None,
    s: NoSettings,
) -> str | None:
    """One source tells an act and, as later, its opposite: a thing done and then undone.

    "The barrier's gates went down at 6.15am and were raised again shortly before 11am":
    the outlet tells what happened in turn. Another outlet that says only that the gates
    "were lowered" does not disagree with it. The finding is listed as related, not
    compared, and names the later act.

    Fires: one outlet says the flood gates "were lowered" and, later on, "were raised
    again", another that they "were lowered"; one outlet says the shares "rose" in early
    trading and "later fell", another that they "rose".
    Holds: one outlet says the gates "were lowered", another that they "were raised" (each
    tells one side: the finding stands); one outlet says both "rose" and "fell" with
    nothing telling the fall as later (a source at odds with itself: the finding stands).
    """
    if told is None or cmp.verdict is not Verdict.CONFLICT:
        return None
    first, later, flater = told
    if (at := _in_claim(flater, later)) is None:
        return None
    start, end = at
    if not (_AGAIN_AFTER.match(later.text[end:]) or _LATER_BEFORE.search(later.text[:start])):
        return None
    return (
        f"{later.source_id} tells both “{first.text}” and, as later, “{flater.text}”: a thing "
        f"done and then undone, not a disagreement between the sources. {cmp.explanation}"
    )


TURNS = (undone_later,)
"""Rules run on an event finding still compared, given a source's first act and its claim
and value of an opposite act told after it (or None)."""


class UnalignedClaims(RuleSettings):
    """When values of claims in different clusters are lined up."""

    date_margin: float = Field(
        0.10,
        description="How much more than `similarity` two claims of different clusters must "
        "resemble each other for their dates to be lined up.",
    )
    count_margin: float = Field(
        -0.05,
        description="The same for counts (which name what they count, so ask less).",
    )
    event_margin: float = Field(
        0.10,
        description="The same for events (one predicate and one thing done to, told with "
        "another polarity or certainty).",
    )
    onset_margin: float = Field(
        -0.10,
        description="The same for the times of day at which something happened or began, "
        "when each source tells one (lined up though their claims resemble each other less).",
    )
    group_share: float = Field(
        0.85,
        description="Share of the link threshold a group's claims must resemble each other "
        "on average.",
    )


@rule("across.unaligned_claims", "nuance", UnalignedClaims)
def unaligned_claims(cmp: Comparison, s: UnalignedClaims) -> str | None:
    """Values lined up across claims that were not aligned as one: a difference is a nuance.

    Fires: "about 150 of the caravan began crossing" / "about 200 migrants prepared to walk"
    (different claims, one crowd).
    Holds: the same two counts in one claim cluster (compared as a conflict there).

    Switching it off stops lining up values across claims.
    """
    if cmp.verdict is not Verdict.CONFLICT:
        return None
    return cmp.explanation


RULES = (*BEFORE, *REVIEW, *CLUSTER, *SIDES, *DISPUTES, *TURNS, unaligned_claims)
"""Every rule of the compare stage, in the order they apply."""
