"""DATE field family: data-driven cases (tests/cases/dates.yaml) and properties."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checkfacts.extractors.dates import DateExtractor, dates_the_event, normalize
from checkfacts.extractors.interface import Context
from checkfacts.models import DatePart, DateReading, DateValue, FieldValue, Verdict
from checkfacts.rules import compare_fields
from checkfacts.rules.dates import (
    CloseSettings,
    LooseWeekSettings,
    WeekdaySettings,
    compare_values,
)
from checkfacts.rules.engine import Engine

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "dates.yaml").read_text(encoding="utf-8"))
EXTRACTOR = DateExtractor()


def _pub(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def _fields(text: str, published: Any) -> list[FieldValue]:
    fields = EXTRACTOR.extract(text, Context(published=_pub(published)))
    for f in fields:
        assert text[f.span[0] : f.span[1]] == f.text
        assert f.kind == "date"
    return fields


@pytest.mark.parametrize(
    "case", CASES["extract"], ids=lambda c: f"{c['text'][:40]}|{c['published']}"
)
def test_extract_case(case: dict[str, Any]) -> None:
    fields = _fields(case["text"], case["published"])
    if "fields" in case:
        assert len(fields) == case["fields"], [f.text for f in fields]
        return
    assert fields, "no date field found"
    if "words" in case:
        # a field's words, or an end of a range field (its own words and value)
        matching: list[DateValue] = [_date(f) for f in fields if f.text == str(case["words"])]
        matching += [p for f in fields for p in _ends(f) if p.text == str(case["words"])]
        assert matching, [f.text for f in fields]
        value = matching[0]
    else:
        value = _date(fields[0])
    data = value.model_dump(mode="json")
    got = {k: data.get(k) for k in case["expect"]}
    assert got == case["expect"], data


def _date(field: FieldValue) -> DateValue:
    assert isinstance(field.value, DateValue)
    return field.value


def _ends(field: FieldValue) -> list[DatePart]:
    """The ends of a range field that carry their own words, checked against the text."""
    ends = [p for p in _date(field).parts or () if p.within is not None]
    for p in ends:
        assert field.text[p.within[0] : p.within[1]] == p.text
    return ends


@pytest.mark.parametrize(
    "case", CASES["compare"], ids=lambda c: f"{c['a']['text'][:25]}~{c['b']['text'][:25]}"
)
def test_compare_case(case: dict[str, Any]) -> None:
    a = _fields(case["a"]["text"], case["a"]["published"])[0]
    b = _fields(case["b"]["text"], case["b"]["published"])[0]
    ab, ba = compare_fields(a, b), compare_fields(b, a)
    expected = None if case["verdict"] is None else Verdict(case["verdict"])
    assert ab.verdict == expected, ab.explanation
    assert (ab.verdict, ab.rule) == (ba.verdict, ba.rule)
    if "rule" in case:
        assert ab.rule == case["rule"]
    assert a.text in ab.explanation and b.text in ab.explanation


def test_explanation_names_publication_dates() -> None:
    a = _fields("The deal was signed on Tuesday.", "2021-03-10")[0]
    b = _fields("The deal was signed on March 9.", "2021-03-12")[0]
    c = compare_fields(a, b)
    assert "2021-03-10" in c.explanation and "2021-03-12" in c.explanation


def test_normalize_non_expression_is_none() -> None:
    assert normalize("the committee", dt.date(2021, 3, 10)) is None


def test_normalize_tense_steers_weekday() -> None:
    pub = dt.date(2021, 3, 10)  # a Wednesday
    past = normalize("Friday", pub)
    future = normalize("Friday", pub, tense="future")
    assert past is not None and future is not None
    assert (past["timex"], future["timex"]) == ("2021-03-05", "2021-03-12")


def test_values_are_json_serializable() -> None:
    import json

    for f in _fields("Between May and July 2022, or by 2024, and recently.", "2022-07-07"):
        json.loads(f.value.model_dump_json())
        json.dumps(normalize(f.text, dt.date(2022, 7, 7)))


# --- properties of compare ------------------------------------------------------------

_PUBS = st.one_of(
    st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
)
_DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2040, 12, 31))
_EXPRESSIONS = st.one_of(
    _DAYS.map(lambda d: f"{d:%B} {d.day}, {d.year}"),
    _DAYS.map(lambda d: f"{d:%B} {d.day}"),
    _DAYS.map(lambda d: f"{d:%A}"),
    _DAYS.map(lambda d: f"{d:%A}, {d:%B} {d.day}"),
    _DAYS.map(lambda d: f"{d:%B} {d.year}"),
    _DAYS.map(lambda d: str(d.year)),
    _DAYS.map(lambda d: f"by {d.year}"),
    _DAYS.map(lambda d: f"before {d.year}"),
    _DAYS.map(lambda d: f"since {d.year}"),
    _DAYS.map(lambda d: f"{d.year} or {d.year + 1}"),
    _DAYS.map(lambda d: f"between {d.year} and {d.year + 2}"),
    st.sampled_from(
        [
            "recently",
            "yesterday",
            "last week",
            "next month",
            "this year",
            "a month",
            "10 years",
            "two weeks",
            "in the coming months",
            "now",
            "the 1970s",
        ]
    ),
)


@st.composite
def _fields_strategy(draw: st.DrawFn) -> FieldValue:
    expr = draw(_EXPRESSIONS)
    pub = draw(_PUBS)
    value = normalize(expr, pub)
    assert value is not None, expr
    return FieldValue(kind="date", text=expr, span=(0, len(expr)), value=value)


@settings(max_examples=300, deadline=None)
@given(_fields_strategy(), _fields_strategy())
def test_compare_is_symmetric(a: FieldValue, b: FieldValue) -> None:
    ab, ba = compare_fields(a, b), compare_fields(b, a)
    assert (ab.verdict, ab.rule, ab.explanation) == (ba.verdict, ba.rule, ba.explanation)


@settings(max_examples=200, deadline=None)
@given(_fields_strategy())
def test_compare_is_reflexive(a: FieldValue) -> None:
    assert compare_fields(a, a).verdict == Verdict.AGREE


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["year", "month", "range"]),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2040, 12, 28)),
    st.integers(min_value=0, max_value=800),
    _PUBS,
)
def test_interval_is_compatible_with_points_inside(
    kind: str, day: dt.date, offset: int, pub: dt.date | None
) -> None:
    if kind == "year":
        expr = str(day.year)
    elif kind == "month":
        expr = f"{day:%B} {day.year}"
    else:
        expr = f"between {day.year} and {day.year + 2}"
    interval = normalize(expr, pub)
    assert interval is not None
    lo, hi = dt.date.fromisoformat(interval["earliest"]), dt.date.fromisoformat(interval["latest"])
    point_day = min(lo + dt.timedelta(days=offset), hi)
    point_expr = f"{point_day:%B} {point_day.day}, {point_day.year}"
    point = normalize(point_expr, pub)
    assert point is not None
    verdict = compare_values(
        DateValue.model_validate(interval), DateValue.model_validate(point), expr, point_expr
    ).verdict
    assert verdict in {Verdict.COMPATIBLE, Verdict.AGREE}


# --- the rules of checkfacts.rules.dates ----------------------------------------------


def _read_against(text: str, anchor: str, words: str | None = None) -> FieldValue:
    """A field of an undated source read against the story's date, as compare does it."""
    found = [f for f in _fields(text, anchor) if words is None or f.text == words]
    value = _date(found[0]).model_copy(update={"assumed_published": anchor})
    return found[0].model_copy(update={"value": value})


@pytest.mark.parametrize(
    ("undated", "dated", "basis_text"),
    [
        # A ferry story and a court story: "last week" / "a week ago" in a source with no
        # publication date, read against the story's first date, misses the other
        # source's day by a few days: a loose relative date, whatever its basis says.
        ("The ferry ran aground last week.", "The ferry ran aground on March 19.", None),
        (
            "The judge ruled last week.",
            "The judge ruled on March 19.",
            "relative to the story's first date, 2021-03-30 (assumed)",
        ),
        ("The judge ruled a week ago.", "The judge ruled on March 19.", "counted from the story"),
    ],
)
def test_loose_week_applies_to_a_date_read_against_the_story(
    undated: str, dated: str, basis_text: str | None
) -> None:
    a = _read_against(undated, "2021-03-30")
    if basis_text is not None:
        value = _date(a).model_copy(update={"basis_text": basis_text})
        a = a.model_copy(update={"value": value})
    b = _fields(dated, "2021-03-30")[0]
    cmp = compare_fields(a, b)
    assert (cmp.rule, cmp.verdict) == ("date.loose_week", Verdict.NUANCE), cmp.explanation


def test_a_weekday_read_against_the_story_only_matches() -> None:
    # read against 2021-03-12 the Tuesday is March 9; the other source says March 16
    a = _read_against("The ferry sank on Tuesday.", "2021-03-12")
    b = _fields("The ferry sank on March 16, 2021.", "2021-03-17")[0]
    cmp = compare_fields(a, b)
    assert (cmp.rule, cmp.verdict) == ("date.weekday_matches", Verdict.COMPATIBLE)
    assert "only a guess" in cmp.explanation


@pytest.mark.parametrize(
    ("text", "words", "dates"),
    [
        ("The former mayor opened the bridge.", "former", False),
        ("The current council will vote again.", "current", False),
        ("The day before the vote, two councillors resigned.", "The day before", False),
        ("The harbour stayed closed that day.", "that day", False),
        ("The storm hit on Sept. 14 and the port closed that day.", "that day", True),
        ("The bridge closed recently.", "recently", True),
        ("The bridge closed on March 9.", "March 9", True),
    ],
)
def test_dates_the_event(text: str, words: str, dates: bool) -> None:
    field = next(f for f in _fields(text, "2022-09-20") if f.text == words)
    assert dates_the_event(_date(field)) is dates


def test_noun_dates_are_flagged_not_prefixed() -> None:
    noun = _date(next(f for f in _fields("The former mayor spoke.", "2021-03-10")))
    plain = _date(_fields("The mayor spoke in the past.", "2021-03-10")[0])
    assert noun.describes_noun and not plain.describes_noun
    assert noun.basis is plain.basis is DateReading.PUBLICATION


def test_rule_settings_change_the_verdict() -> None:
    a = _fields("The ferry sank last week.", "2021-03-30")[0]
    b = _fields("The ferry sank on March 19, 2021.", "2021-03-30")[0]
    assert compare_fields(a, b).rule == "date.loose_week"
    tight = Engine(overrides={"date.loose_week": LooseWeekSettings(days=2)})
    assert compare_fields(a, b, tight).rule == "date.disjoint"
    off = Engine(disabled=frozenset({"date.loose_week"}))
    assert compare_fields(a, b, off).rule == "date.disjoint"

    c = _fields("The ferry sank on Tuesday.", "2021-03-12")[0]
    d = _fields("The ferry sank on March 23, 2021.", "2021-03-24")[0]
    assert compare_fields(c, d).rule == "date.disjoint"  # eleven days from its paper
    far = Engine(overrides={"date.weekday_fits": WeekdaySettings(reach_days=14)})
    assert compare_fields(c, d, far).rule == "date.weekday_fits"

    e = _fields("The strike lasted 20 days.", "2021-03-10")[0]
    f = _fields("The strike lasted three weeks.", "2021-03-10")[0]
    assert compare_fields(e, f).rule == "date.duration_close"
    strict = Engine(overrides={"date.duration_close": CloseSettings(tolerance=0.01)})
    assert compare_fields(e, f, strict).rule == "date.duration_differs"


def test_not_comparable_pairs_are_set_aside() -> None:
    a = _fields("The market opens on Mondays.", "2021-03-10")[0]
    b = _fields("The market opened on March 8, 2021.", "2021-03-10")[0]
    cmp = compare_fields(a, b)
    assert (cmp.rule, cmp.verdict, cmp.compared) == ("date.not_comparable", None, False)


def test_no_rule_reads_the_basis_in_words() -> None:
    """Rules rely on the DateReading, never on the words of ``basis_text``."""
    words = r"(?:basis_text\b|\w*_BASIS\b|\[\W*basis\W*\])"
    test = re.compile(
        rf"{words}\)?\s*(?:==|!=|\.startswith|\.endswith)|(?:==|!=|\bin)\s+[\w.]*{words}"
        rf"|(?:startswith|endswith)\([^)]*{words}"
    )
    root = Path(__file__).parents[1] / "src" / "checkfacts"
    for path in (root / "rules" / "dates.py", root / "extractors" / "dates.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not test.search(line), f"{path.name}:{n} tests a basis in words: {line}"
    assert test.search('if str(v.get("basis", "")).startswith(CLOCK_BASIS)')
    assert test.search("if x.basis_text == 'relative to publication'")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a quoted title that starts with a number is no year (a fugitive list, a TV show)
        ("The escapee was added to the Marshals' '15 Most Wanted' list.", []),
        ("The coach was named to the league's '25 Under 25' list.", []),
        # an apostrophe year stays one (a class reunion, a market crash)
        ("She graduated with the class of '15.", ["2015"]),
        ("The '08 crash hit the lenders hard.", ["2008"]),
        ("In '99 and '00 the club won the cup.", ["1999", "2000"]),
    ],
)
def test_a_quoted_title_opening_with_a_number_is_no_year(text: str, years: list[str]) -> None:
    found = [f.value.timex for f in _fields(text, "2020-05-04") if isinstance(f.value, DateValue)]
    assert found == years


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a page's stamps run into the text date the page, not what the text reports (a
        # riot after a police shooting, a bombed camp, a flood, a court ruling)
        (
            "Crowds gathered for a vigil. PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2: 29 PM "
            "UPDATED: THURSDAY, MARCH 14, 2013, 9: 31 AM Protesters marched on Wednesday.",
            ["Wednesday"],
        ),
        ("Published on: 11 November 2011 - 11: 25am Jets hit the camp on Thursday.", ["Thursday"]),
        ("POSTED: 1052 GMT (1852 HKT), April 10, 2007 The river rose on Monday.", ["Monday"]),
        ("Last updated: 3 May 2021. The court ruled on May 1.", ["May 1"]),
        # a stamp without a label's colon, run in before the next sentence's capital: a
        # full date opening a sentence, an "Updated" label or a time after it (a trial
        # over a factory shooting; a ferry strike), or a bare "on" before it (a fired
        # clerk's shooting spree)
        (
            "The retrial opens Monday. Friday, Mar 8, 2019 | Updated 6: 42 PM EST The "
            "retrial of the warehouse gunman opens on Monday.",
            ["Monday", "Monday"],
        ),
        ("Tue, 4 Jun 2019 06:45 AM Ferry crews walked out on Monday.", ["Monday"]),
        ("on Oct 3 2016 A sacked clerk came back to the depot on Friday.", ["Friday"]),
        # a date opening a sentence as its adverb, or after a capital "On", is the text's
        ("March 3, 2019, the council voted on the plan.", ["March 3, 2019"]),
        ("On May 2, 2011 Navy divers reached the wreck.", ["May 2, 2011"]),
        ("June 4, 2019 was the day the dam gave way.", ["June 4, 2019"]),
        # without the label's colon it is prose: posting and updating are things done
        ("The clip was posted on Monday and updated on Tuesday.", ["Monday", "Tuesday"]),
        ("The court published its ruling: on May 1 it struck the law down.", ["May 1"]),
    ],
)
def test_a_page_date_stamp_is_no_date_of_the_text(text: str, dates: list[str]) -> None:
    assert [f.text for f in _fields(text, "2021-05-04")] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the month a past change is counted from dates the base figure, not what the
        # claim reports (consumer prices, unemployment, exports, a poll)
        ("Consumer prices rose 0.9% in March from February.", ["March"]),
        ("Unemployment fell to 4.1% from 4.5% in January.", []),
        ("Exports fell 1% in May from April, the ministry said.", ["May"]),
        ("Support for the plan was up 3 points compared with May.", []),
        # a date it takes effect from, a span, a move: dates the claim reports
        ("The duty rises to 25% from July, officials said.", ["from July"]),
        ("The duty will rise to 25% from July, officials said.", ["from July"]),
        ("The strike ran from February to April.", ["from February to April"]),
        ("The striker moved from Boston in March.", ["March"]),
    ],
)
def test_the_base_month_of_a_change_is_no_date_of_the_claim(text: str, dates: list[str]) -> None:
    assert [f.text for f in _fields(text, "2022-04-12")] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a quarter of something is a share, not three months (a rate decision, an
        # election, a union ballot, a flood)
        ("The bank cut its rate by a quarter of a percentage point on Monday.", ["Monday"]),
        ("The party won a quarter of the vote in 2024.", ["2024"]),
        ("Three quarters of its members backed the strike.", []),
        ("A quarter of the homes in the valley were flooded.", []),
        # a quarter of a span or of a year is time
        ("Sales rose in the first quarter of 2025.", ["the first quarter of 2025"]),
        ("Three quarters of the year had passed.", ["Three quarters"]),
        ("Profits fell for two quarters.", ["two quarters"]),
    ],
)
def test_a_quarter_of_something_is_no_span(text: str, dates: list[str]) -> None:
    assert [f.text for f in _fields(text, "2025-06-04")] == dates
