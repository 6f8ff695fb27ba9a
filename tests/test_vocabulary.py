"""The shared vocabulary is kept once: no module keeps its own copy of a table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import checkfacts
from checkfacts import vocabulary
from checkfacts.models import VERDICT_ORDER, Verdict
from checkfacts.vocabulary import plural

SRC = Path(checkfacts.__file__).parent

# A quoted word of each table, as a table entry writes it: '"february"' and
# '"seventeen"' stand for a month table and a number-word table, '"lakh"' for a scale
# table, '"percentage_point"' for the unit dimensions, 'hectare|hectares' for the unit
# names and '"HKD"' for a currency table.
TABLE_WORDS = (
    '"february"',
    '"september"',
    '"seventeen"',
    '"eighteen"',
    '"thursday"',
    '"lakh"',
    '"percentage_point"',
    "hectare|hectares",
    '"HKD"',
)


def _table_words(text: str) -> list[str]:
    return [w for w in TABLE_WORDS if re.search(re.escape(w), text, re.IGNORECASE)]


def test_no_copy_of_a_table_outside_the_vocabulary() -> None:
    copies = [
        f"{path.relative_to(SRC)}: {word}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "vocabulary.py"
        for word in _table_words(path.read_text(encoding="utf-8"))
    ]
    assert copies == []


def test_the_guard_finds_a_copy() -> None:
    assert _table_words((SRC / "vocabulary.py").read_text(encoding="utf-8")) == list(TABLE_WORDS)
    assert _table_words('_M = {"January": 1, "February": 2}') == ['"february"']


def test_gate_verdicts_match_the_verdict_order() -> None:
    expected = tuple(
        v.value for v in VERDICT_ORDER if v not in (Verdict.RELATED, Verdict.SINGLE_SOURCE)
    )
    assert expected == vocabulary.GATE_VERDICTS


def test_tables_are_consistent() -> None:
    assert set(vocabulary.MONTHS.values()) == set(range(1, 13))
    assert set(vocabulary.WEEKDAYS.values()) == set(range(7))
    assert list(vocabulary.ONES.values()) == list(range(20))
    assert list(vocabulary.TENS.values()) == list(range(20, 100, 10))


def test_unit_tables_are_consistent() -> None:
    named = set(vocabulary.UNIT_NAMES)
    assert named <= set(vocabulary.UNITS) | vocabulary.CURRENCIES
    assert not set(vocabulary.UNITS) & vocabulary.CURRENCIES
    codes = {*vocabulary.CURRENCY_SIGNS.values(), *vocabulary.DOLLAR_PREFIXES.values()}
    assert codes | set(vocabulary.CURRENCY_CODES.values()) <= vocabulary.CURRENCIES
    assert not set(vocabulary.COUNT_SYNONYMS) & set(vocabulary.UNITS)


@pytest.mark.parametrize(
    ("noun", "plural_form"),
    [("ship", "ships"), ("ferry", "ferries"), ("day", "days"), ("person", "people"),
     ("child", "children"), ("children", "children"), ("woman", "women"), ("tests", "tests"),
     # nouns of roles and things whose plural takes "es" (an actress, a coach, a tax)
     ("actress", "actresses"), ("coach", "coaches"), ("tax", "taxes"), ("gunman", "gunmen"),
     ("wife", "wives"),
     # the tolls of an earthquake or a shooting: "1,419 dead", not "1,419 deads"
     ("dead", "dead"), ("injured", "injured"), ("missing", "missing")],
)  # fmt: skip
def test_plural(noun: str, plural_form: str) -> None:
    assert plural(noun) == plural_form
