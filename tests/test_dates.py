"""DATE field family: data-driven cases (tests/cases/dates.yaml) and properties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checkfacts.extractors.dates import DateExtractor, compare_values, normalize
from checkfacts.extractors.interface import Context
from checkfacts.models import FieldValue, Verdict

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
        matching = [f.value for f in fields if f.text == str(case["words"])]
        matching += [p for f in fields for p in _ends(f) if p["text"] == str(case["words"])]
        assert matching, [f.text for f in fields]
        value = matching[0]
    else:
        value = fields[0].value
    got = {k: value.get(k) for k in case["expect"]}
    assert got == case["expect"], value


def _ends(field: FieldValue) -> list[dict[str, Any]]:
    """The ends of a range field that carry their own words, checked against the text."""
    ends = [p for p in field.value.get("parts") or [] if "within" in p]
    for p in ends:
        assert field.text[p["within"][0] : p["within"][1]] == p["text"]
    return ends


@pytest.mark.parametrize(
    "case", CASES["compare"], ids=lambda c: f"{c['a']['text'][:25]}~{c['b']['text'][:25]}"
)
def test_compare_case(case: dict[str, Any]) -> None:
    a = _fields(case["a"]["text"], case["a"]["published"])[0]
    b = _fields(case["b"]["text"], case["b"]["published"])[0]
    ab, ba = EXTRACTOR.compare(a, b), EXTRACTOR.compare(b, a)
    assert ab.verdict == Verdict(case["verdict"]), ab.explanation
    assert (ab.verdict, ab.rule) == (ba.verdict, ba.rule)
    if "rule" in case:
        assert ab.rule == case["rule"]
    assert a.text in ab.explanation and b.text in ab.explanation


def test_explanation_names_publication_dates() -> None:
    a = _fields("The deal was signed on Tuesday.", "2021-03-10")[0]
    b = _fields("The deal was signed on March 9.", "2021-03-12")[0]
    c = EXTRACTOR.compare(a, b)
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
        json.dumps(f.value)


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
    ab, ba = EXTRACTOR.compare(a, b), EXTRACTOR.compare(b, a)
    assert (ab.verdict, ab.rule, ab.explanation) == (ba.verdict, ba.rule, ba.explanation)


@settings(max_examples=200, deadline=None)
@given(_fields_strategy())
def test_compare_is_reflexive(a: FieldValue) -> None:
    assert EXTRACTOR.compare(a, a).verdict == Verdict.AGREE


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
    verdict = compare_values(interval, point, expr, point_expr).verdict
    assert verdict in {Verdict.COMPATIBLE, Verdict.AGREE}
