"""Values as an editor reads them in the reports: numbers as people write them."""

from __future__ import annotations

import pytest

from checkfacts.formats.view import amount_label, field_label, number_words, value_label


@pytest.mark.parametrize(
    ("x", "words"),
    [
        (20_000_000, "20 million"),
        (1_200_000_000, "1.2 billion"),
        (3.5e12, "3.5 trillion"),
        (1941, "1,941"),
        (0.9, "0.9"),
        (None, "…"),
    ],
)
def test_numbers_read_as_people_write_them(x: object, words: str) -> None:
    assert number_words(x) == words


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ({"low": 20_000_000, "high": 20_000_000, "unit": "USD"}, "$20 million"),
        ({"low": 48_200_000, "high": 48_200_000, "unit": "GBP"}, "£48.2 million"),
        (
            {"low": 2.5e9, "high": None, "unit": "EUR", "bound": "more_than"},
            "more than €2.5 billion",
        ),
        ({"low": 0.081, "high": 0.081, "unit": "GBP"}, "8.1p"),
        ({"low": 5_000_000, "high": 5_000_000, "unit": "CHF"}, "CHF 5 million"),
        ({"low": 150, "high": 150, "unit": "person", "bound": "approx"}, "about 150 people"),
        ({"low": 400, "high": None, "unit": "ship", "bound": "more_than"}, "more than 400 ships"),
        ({"low": 150, "high": 200, "unit": "migrant", "bound": "range"}, "150 to 200 migrants"),
        ({"low": 0.9, "high": 0.9, "unit": "%"}, "0.9%"),
        ({"low": 1, "high": 1, "unit": "ship"}, "1 ship"),
        ({"low": 1941, "high": 1941, "unit": None}, "1,941"),
        ({"low": None, "high": None, "unit": None, "tally": [3, 1]}, "3-1"),
        ({"low": 15, "high": 15, "unit": "h/week"}, "15 hours a week"),
        ({"low": 1, "high": 1, "unit": "day/week"}, "1 day a week"),
        ({"low": 40, "high": 40, "unit": "min/day", "bound": "approx"}, "about 40 minutes a day"),
    ],
)
def test_amounts_read_as_people_write_them(value: dict, label: str) -> None:
    assert amount_label(value) == label
    assert "e+" not in amount_label(value)


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ({"low": 400, "high": 400, "unit": "m", "bound": "approx"}, "about 400 m"),
        ({"low": 30, "high": 30, "unit": "day"}, "30 days"),
        ({"low": 200, "high": 200, "unit": "MW"}, "200 MW"),
        ({"low": 3, "high": 3, "unit": "country"}, "3 countries"),
    ],
)
def test_symbols_stay_symbols_and_words_take_a_plural(value: dict, label: str) -> None:
    assert amount_label(value) == label


@pytest.mark.parametrize(
    ("value", "label"),
    [
        (
            {"predicate": "approve", "negative": True, "subject": "council"},
            "not approve (by council)",
        ),
        ({"predicate": "reopen", "negative": False, "modality": "will"}, "will reopen"),
        ({"predicate": "vote against", "negative": False}, "vote against"),
    ],
)
def test_events_read_as_what_happened(value: dict, label: str) -> None:  # type: ignore[type-arg]
    assert value_label("event", value) == label
    assert field_label("event", value) == label


@pytest.mark.parametrize("kind", ["wording", "cause"])
def test_words_a_side_gives_read_as_quoted_words(kind: str) -> None:
    value = {"words": "cause has not yet been established"}
    assert value_label(kind, value) == "“cause has not yet been established”"
    assert field_label(kind, value) == "“cause has not yet been established”"
