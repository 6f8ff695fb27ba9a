"""Rules for events: whether two claims report one happening the same way.

Each rule takes the two ``event`` fields (in a canonical order) and its settings, and
returns the explanation when it decides, else None. Two events are compared only
when they are one kind of happening: the same predicate, or two outcomes of one
decision ("approved" and "rejected"). Events with different doers, or different
predicates, are not compared: "Israel presented the files" and "the administration
embraced the claims" are two events. Things done to are not held apart this way: one
thing has many names ("the United Kingdom", "the UK", "Britain").
"""

from __future__ import annotations

from checkfacts.models import EventValue, FieldValue
from checkfacts.rules.engine import Comparison, Engine
from checkfacts.rules.registry import NoSettings, rule
from checkfacts.vocabulary import HARMED_BY, PEOPLE, TITLES, one_population

OPPOSITES: tuple[tuple[str, str], ...] = (
    ("approve", "reject"),
    ("accept", "reject"),
    ("accept", "decline"),
    ("win", "lose"),
    ("acquit", "convict"),
    ("uphold", "overturn"),
    ("uphold", "quash"),
    ("uphold", "strike down"),
    ("confirm", "deny"),
    ("admit", "deny"),
    ("support", "oppose"),
    ("vote for", "vote against"),
    ("rise", "fall"),
    ("increase", "decrease"),
    ("increase", "fall"),
    ("rise", "decrease"),
    ("grow", "shrink"),
    ("gain", "lose"),
    ("raise", "lower"),
    ("raise", "cut"),
    ("allow", "ban"),
    ("allow", "block"),
    ("allow", "forbid"),
    ("pass", "reject"),
    ("pass", "fail"),
    ("pass", "defeat"),
    ("approve", "defeat"),
    ("succeed", "fail"),
    ("survive", "die"),
    ("agree", "refuse"),
    ("agree", "decline"),
    ("grant", "reject"),
    ("grant", "deny"),
    ("uphold", "dismiss"),
    ("uphold", "reject"),
    ("allow", "dismiss"),
    ("carry", "defeat"),
    ("carry", "reject"),
    ("carry", "vote down"),
    ("go ahead", "cancel"),
    ("go ahead", "call off"),
    ("take place", "cancel"),
    ("take place", "call off"),
)
"""Pairs of predicates that report opposite outcomes of one decision, count or contest.

Pairs that often follow each other in one story are not here: a suspect arrested and
later released, a shop opened and later closed, a manager hired and later fired.
"""

_OPPOSITE = {frozenset(p) for p in OPPOSITES}

STANDING = frozenset([frozenset(["hold", "fail"]), frozenset(["hold", "collapse"])])
"""Pairs of predicates that tell opposite outcomes of a test something stood, told without
a thing done to: "the flood barrier held" / "the flood barrier failed", "the dam held" /
"the dam collapsed", "the ceasefire held" / "the ceasefire failed". With one ("the gang
held the hostages", "held talks") "hold" is another act."""

ONE_ACT: tuple[frozenset[str], ...] = (
    frozenset(["arrest", "detain"]),
    frozenset(["injure", "hurt", "wound"]),
    frozenset(["free", "release"]),
    frozenset(["resign", "step down", "quit"]),
    frozenset(["sack", "dismiss"]),
    frozenset(["cancel", "scrap", "abolish", "drop"]),
    frozenset(["destroy", "flatten", "raze", "demolish", "pull down", "knock down", "tear down"]),
    frozenset(["close", "shut", "shut down", "close down", "switch off", "idle", "mothball"]),
    frozenset(["demand", "want", "seek"]),
    frozenset(["invest", "spend"]),
    frozenset(["find", "discover", "uncover", "unearth"]),
    frozenset(["reject", "vote down", "turn down", "refuse", "defeat"]),
    frozenset(["earn", "pocket", "net", "clear", "rake in"]),
    frozenset(["fall", "drop"]),
    frozenset(["approve", "adopt", "vote through"]),
    frozenset(["rise", "increase", "climb"]),
    frozenset(["install", "fit", "put in", "add", "put up", "erect"]),
    frozenset(["break down", "give out", "fail", "pack up"]),
    frozenset(["cut", "trim", "reduce", "slash", "lower", "shed", "axe"]),
    frozenset(["record", "log", "register", "detect"]),
    frozenset(["recall", "withdraw", "pull"]),
    frozenset(["serve", "supply"]),
    frozenset(["burn", "scorch", "blacken", "char", "consume", "destroy"]),
    frozenset(["carry", "bring", "transport", "ferry"]),
    frozenset(["remove", "pull away", "pull off", "cut away", "strip away"]),
    frozenset(["start", "begin", "commence", "take effect", "kick in"]),
    frozenset(["open", "launch"]),
    frozenset(["move", "relocate"]),
    frozenset(["finish", "complete"]),
    frozenset(["hit", "strike", "smash", "slam", "ram"]),
    frozenset(["cull", "slaughter", "destroy", "put down", "euthanise", "euthanize"]),
    frozenset(["send", "dispatch", "deploy", "mobilise", "mobilize", "scramble", "call out"]),
    frozenset(["appeal", "challenge", "contest"]),
    frozenset(["recruit", "hire", "take on"]),
    frozenset(["go ahead", "take place"]),
    frozenset(["cap", "limit", "restrict"]),
)
"""Predicates that name one act in other words ("capped the sale at 250 pitches" and "limited
the sale to 200 pitches" tell one cap): "the captain was arrested" and "the captain had
not been detained", "the hostages were freed" and "had not been released" tell one happening
and its denial, and "destroying nine houses" and "flattening 14 homes" count what one act
did, and "would close 40 branches" and "could shut 40 branches" tell one closure (so do
"will idle its furnace" and "may shut down its furnace"), as "is demanding $1.2 million" and
"wants $750,000" tell one demand, and "will invest $2 billion" and "will spend $1.6 billion"
one outlay, and "three nests were found" and "five nests were uncovered" one find, and
"rejected" and "voted down" one refusal, "will be culled" and "began destroying 4,300 pigs"
one cull, "were sent" and "were dispatched" one call-out, "would appeal against the order"
and "would not challenge it" one appeal, "has taken on 60 temporary staff" and "had
recruited 35 temporary staff" one hiring, and "pocketed $2.1 million" and
"cleared $1.2 million in profit" one gain, and "fell by 11 percent" and "dropped 17 percent"
one fall ("declined" is not there: it as often refuses), and "approved" and "adopted an
amendment" one approval, and "a cash machine will be installed" and "hopes to add a cash
machine" one fitting, and "will cut the acreage it contracts" and "is weighing whether to
trim the acreage" one cut, as "is to cut 240 jobs" and "will shed 160 jobs" or "axe 300
posts" are, and "14 near-misses had been logged" and "had recorded 23 near-misses" one count
kept (so are "recorded 214 bursts" and "detected 58 bursts"), and "is recalling four
batches" and "six batches were pulled from sale" or "withdrawn" one recall, "supplies about
38,000 homes" and "serves 83,000 homes" one supply, and "burned through 62 hectares" and
"destroyed 26 hectares" one fire's ground, and "will carry blood samples" and "could be used
to bring blood samples back" one carrying, and "removed 300 feet of rope" and "pulling away
about 150 feet of rope" one removal, and "crews will start on March 18" and "crews are due
to begin work on April 2" one start (as "the scheme will start on 1 October" and "will come
into force on 1 January", read "take effect", are), and "had opened a formal investigation"
and "would not be launching a formal investigation" one inquiry opened, and "would move its
headquarters" and "may relocate its head office" one move, and "will be completed by the end
of June" and "would be finished before July" one finish, and "was hit by a car" and "was
struck by a van" one blow, as "smashed into the bridge" and "hit the bridge" are, and "will
go ahead as usual" and "will not take place" one occasion held. Only words
news uses for the very same act are here; acts that follow each other ("arrested", then
"charged") or differ in degree ("damaged" beside "destroyed") are not."""


STEPS: tuple[tuple[frozenset[str], ...], ...] = (
    (
        frozenset(["arrest", "detain"]),
        frozenset(["charge"]),
        frozenset(["plead"]),
        frozenset(["convict"]),
        frozenset(["sentence", "jail"]),
    ),
    (
        frozenset(
            ["depart", "leave", "take off", "launch", "set off", "set out", "set sail", "lift off"]
        ),
        frozenset(["land", "arrive", "touch down", "dock", "pull in"]),
    ),
    (
        frozenset(["approve", "authorise", "authorize", "sanction"]),
        frozenset(["start", "begin", "commence", "take effect", "kick in"]),
        frozenset(["finish", "complete"]),
    ),
    (frozenset(["go missing", "vanish", "disappear"]), frozenset(["find", "rescue", "locate"])),
)
"""Acts that follow one another as steps of one course, each step in its own words: a
case (arrested, charged, pleaded, convicted, sentenced), a journey (took off or set off,
landed or pulled into the station),
a piece of work (approved, began, finished), a search (went missing, was found). Two dates of two
steps date two happenings: "was sentenced on Thursday" and "pleaded guilty on January
20" tell two hearings, "landed shortly after 8pm" and "had launched shortly after 7pm"
the two ends of one flight. Words for one step are one act (:data:`ONE_ACT`)."""


def step_of(predicate: str) -> tuple[int, int] | None:
    """Which course of :data:`STEPS` a predicate is a step of, and which step, else None."""
    for course, steps in enumerate(STEPS):
        for step, words in enumerate(steps):
            if predicate in words:
                return course, step
    return None


def one_act(a: str, b: str) -> bool:
    """Whether two predicates name one act (the same, or of one group of :data:`ONE_ACT`)."""
    return a == b or any(a in group and b in group for group in ONE_ACT)


def _opposite(va: EventValue, vb: EventValue) -> bool:
    """Whether two predicates are opposite outcomes (:data:`OPPOSITES`, :data:`STANDING`).

    Each may be told in its own words or in others for the same act (:data:`ONE_ACT`).
    """
    pair = frozenset((va.predicate, vb.predicate))
    if pair in STANDING:
        return va.object is None and vb.object is None
    # "approved" / "was voted down": opposite through a word for the same act ("reject")
    return any(
        frozenset((x, y)) in _OPPOSITE
        for x in _same_act(va.predicate)
        for y in _same_act(vb.predicate)
    )


def _same_act(predicate: str) -> set[str]:
    """A predicate and the words of :data:`ONE_ACT` for the same act."""
    return {predicate}.union(*(g for g in ONE_ACT if predicate in g))


STATES = frozenset(
    [
        "require", "need", "own", "possess", "contain", "remain", "stay", "know", "allow",
        "permit", "forbid", "prohibit", "protect", "cover", "apply", "exist", "live", "lack",
        "cost", "belong", "depend", "oppose", "support", "control", "employ", "mandate",
        "oblige", "exempt", "govern", "house",
    ]
)  # fmt: skip
"""Verbs that tell a state, which holds for a while and may change: "the act requires a
permit", "the club owns the stadium", "the party supports the bill". A copula ("is open",
"was a member") tells a state too."""


MEMBERS_OF: dict[str, frozenset[str]] = {
    "court": frozenset(["judge", "justice", "bench"]),
    "tribunal": frozenset(["judge", "panel"]),
    "jury": frozenset(["juror"]),
    "council": frozenset(["councillor", "councilor"]),
    "committee": frozenset(["councillor", "councilor", "member"]),
    "cabinet": frozenset(["councillor", "councilor", "member", "minister"]),
    "board": frozenset(["member", "director", "trustee"]),
    "parliament": frozenset(["mp", "lawmaker", "legislator", "deputy"]),
    "senate": frozenset(["senator"]),
    "inspectorate": frozenset(["inspector"]),
    "police": frozenset(["officer", "detective"]),
}
"""Bodies that act through their members: "the court upheld the order" and "the judges
quashed it" tell one decision of one court; "the council approved" and "councillors
approved" one vote, and so do "the cabinet approved a grant" and "members turned down the
request for the grant"; "the inspectorate has issued a notice" and "inspectors stopped short of
issuing" one inspection's step; "police arrested two men" and "officers arrested" one arrest."""


def _body_and_members(a: set[str], b: set[str]) -> bool:
    """Whether one doer is a body and the other its members (:data:`MEMBERS_OF`)."""
    return any(
        (body in a and b & members) or (body in b and a & members)
        for body, members in MEMBERS_OF.items()
    )


def apart(doers_a: str, doers_b: str) -> bool:
    """Whether two doers ("china russia", "russia") share no one.

    A body and its members are one doer ("court" / "judge", "council" / "councillor").
    """
    a, b = set(doers_a.split()), set(doers_b.split())
    return words_apart(a, b) and not _body_and_members(a, b)


def words_apart(a: set[str], b: set[str]) -> bool:
    """Whether two parties' words name no one in common.

    Names decide when both give one ("president reyes" / "lind president": two people);
    a title alone meets a name with that title ("queen" / "margrethe queen": one person).
    """
    a, b = {_one(w) for w in a}, {_one(w) for w in b}  # "mr." is "mr", "councillors" one
    named_a, named_b = a - TITLES, b - TITLES
    if named_a and named_b:
        return not named_a & named_b
    return not a & b


def _one(word: str) -> str:
    """A doer's word without its full stop and its plural "s": "mr." is "mr".

    "Councillors" is "councillor": the parse reads a capitalised plural that opens a
    sentence as a name, and leaves it unlemmatised.
    """
    word = word.rstrip(".")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _event(f: FieldValue) -> EventValue:
    assert isinstance(f.value, EventValue)
    return f.value


def _told(f: FieldValue) -> str:
    return f"“{f.text}”"


def _role_beside_name(role: EventValue, named: EventValue) -> bool:
    """Whether one doer is a role alone ("actress") and the other holds a name ("reid")."""
    assert role.subject is not None
    return set(role.subject.split()) <= TITLES and bool(named.doer_named)


ENDING = frozenset(["lift", "end", "rescind", "revoke", "withdraw", "scrap", "remove"])
"""Verbs that end a state something was put in (an order, a curfew, a ban, a notice) or
take a thing from where it stays (a lifeboat, a statue)."""
GOING_ON = frozenset(["remain", "stay"])
"""Verbs that tell a state going on, of the thing itself: "the order remains in force"."""
KEEPING = frozenset(["keep", "extend", "maintain"])
"""Verbs that keep a state going, done to the thing: "officials extended the curfew"."""


@rule("event.ended_or_kept", "conflict")
def ended_or_kept(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One thing told ended by one source and still in force by the other.

    "Authorities lifted the evacuation order on Sunday" and "residents were told on Sunday
    that the evacuation order would remain in force": whoever lifts or keeps it, the two
    cannot both hold. Only one thing, named alike on both sides, and told as fact (or as
    what "would" hold, in reported speech): a forecast that it "will remain until Friday"
    beside a later lifting is the story moving on.

    Fires: "on Sunday, authorities lifted the evacuation order for the village" vs "the
    evacuation order would remain in force for the whole village"; "the army lifted the
    curfew on Monday" vs "the curfew remains in place in the capital"; "the council
    ended the hosepipe ban" vs "the council extended the hosepipe ban"; both told ahead,
    "the inshore lifeboat will stay at the cove" vs "the inshore lifeboat will also be
    removed", "the statue will be removed from the square" vs "the statue will stay in
    the square".
    Holds: "the army lifted the curfew on Monday" vs "the curfew will remain until
    Friday" (a forecast); "the army lifted the curfew" vs "the ban remains in place"
    (two things).
    """
    va, vb = _event(a), _event(b)
    for end, kept in ((va, vb), (vb, va)):
        if end.predicate not in ENDING or end.object is None or end.negative:
            continue
        if kept.predicate in GOING_ON:
            thing = kept.subject
        elif kept.predicate in KEEPING:
            thing = kept.object
        else:
            continue
        if thing != end.object or kept.negative:
            continue
        told = {_as_written(end), _as_written(kept)}
        both_ahead = told == {"will"}
        if told - {None, "would"} and not both_ahead:
            return None
        ended, going = (a, b) if end is va else (b, a)
        return f"{_told(ended)} ends the {thing}; {_told(going)} tells it still in force."
    return None


def _as_written(v: EventValue) -> str | None:
    """The modal as written ("were told it would remain" is "would", though read "will")."""
    if v.modality == "will" and "would" in (v.cue or "").split():
        return "would"
    return v.modality


CONFIRMING = frozenset(["confirm"])
"""Verbs that tell a finding as settled: "engineers have confirmed that water weakened it"."""
SUSPECTING = frozenset(["suspect", "believe"])
"""Verbs that tell a finding as only suspected: "investigators suspect that water may have"."""


def _believed(v: EventValue) -> bool:
    """Whether an event is told as only believed, its belief read into its cue.

    "They believed the skiers might have released it" reads as the release, hedged by the
    belief (its cue "believed might").
    """
    words = (v.cue or "").lower().split()
    return bool(v.modality) and bool(words) and words[0].startswith(("believ", "suspect"))


@rule("event.confirmed_or_suspected", "nuance")
def confirmed_or_suspected(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One finding told as confirmed by one source and as only suspected by the other.

    Both verbs govern what was found, not a thing or a person: "engineers have confirmed
    that groundwater weakened the rock" and "investigators suspect that water may have
    loosened it" tell the cause of one collapse, settled and not. Who confirms and who
    suspects may differ (engineers, investigators): the claims were aligned as one.

    Fires: "engineers have confirmed that groundwater weakened the rock" vs "investigators
    suspect that water may have loosened the rock" (a tunnel collapse); "investigators
    have confirmed that an accomplice was waiting" vs "detectives suspect the two may have
    had outside help" (a prison escape); "investigators confirmed that the avalanche had
    been set off by the group" vs "investigators believed the skiers might have released
    it" (the belief read into the release's cue).
    Holds: "police confirmed the arrest" vs "police suspect the landlord" (a thing and a
    person, not a finding); "engineers confirmed that water weakened the rock" vs
    "engineers do not believe that water weakened the rock" (a denial, not a hedge).
    """
    va, vb = _event(a), _event(b)
    for sure, unsure in ((va, vb), (vb, va)):
        if sure.predicate not in CONFIRMING:
            continue
        believed = _believed(unsure)
        if unsure.predicate not in SUSPECTING and not believed:
            continue
        if sure.object is not None or (unsure.object is not None and not believed):
            return None
        if sure.negative or unsure.negative or sure.modality or (unsure.modality and not believed):
            return None
        told, hedged = (a, b) if sure is va else (b, a)
        return f"{_told(told)} tells it as confirmed; {_told(hedged)} as only suspected."
    return None


FINDINGS = frozenset(
    ["cause", "source", "origin", "identity", "diagnosis", "rating", "strain", "fracture",
     "reason", "link", "death toll"]
)  # fmt: skip
"""Nouns of what a finding settles: "the cause has not yet been confirmed", "the rating had
yet to be confirmed"."""


@rule("event.confirmed_or_not_yet", "nuance")
def confirmed_or_not_yet(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """A finding told as confirmed by one source and as not yet confirmed by the other.

    "Health officials have confirmed that salmonella was behind the outbreak" and "the
    cause of the outbreak had not yet been confirmed" tell one finding, settled and not:
    the first confirms a clause, the second names what it would settle (a cause, a
    rating, an identity).

    Fires: "officials have confirmed that salmonella was behind the outbreak" vs "the cause
    of the outbreak has not yet been confirmed" (a food poisoning); "the weather bureau
    confirmed that the tornado was an EF3" vs "the rating had yet to be confirmed" (a
    tornado).
    Holds: "police confirmed the arrest of two men" vs "the identity of the victim has not
    yet been confirmed" (a thing confirmed, and another not yet); "officials have confirmed
    that salmonella was behind the outbreak" vs "officials have not confirmed the cause"
    (no "yet": a refusal to say, not a finding still to come).
    """
    va, vb = _event(a), _event(b)
    for (sure, fs), (unsure, fu) in (((va, a), (vb, b)), ((vb, b), (va, a))):
        if sure.predicate not in CONFIRMING or unsure.predicate not in CONFIRMING:
            continue
        if sure.negative or sure.modality or not unsure.negative:
            continue
        if "yet" not in fu.text.lower().split():
            continue
        if sure.object is not None or unsure.object not in FINDINGS:
            continue
        return f"{_told(fs)} tells it as confirmed; {_told(fu)} as not yet confirmed."
    return None


ONE_DOER = frozenset(["lead", "chair", "head", "host"])
"""Acts one doer does to a thing at a time: a funding round is led by one investor, an
inquiry chaired by one judge, a summit hosted by one country."""


@rule("event.other_leader", "nuance")
def other_leader(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One thing led, chaired, headed or hosted (:data:`ONE_DOER`) by two named doers.

    Fires: "the round was led by Greyfinch Capital" vs "the funding round was led by
    Harrowgate Ventures" (a start-up's funding); "the inquiry will be chaired by Judge Ruth
    Amory" vs "the inquiry will be chaired by Sir Peter Lode" (a public inquiry).
    Holds: "the round was led by Greyfinch Capital" vs "Greyfinch Capital led the round"
    (one doer); "the team was led by Ada Quinn" vs "the walk was led by Tom Hale" (two
    things led); "Ines Varga, head of plant sciences at Elsmere, who leads the project" vs
    "the project is led by Ines Varga" (a doer told in a relative clause, read loosely).
    """
    va, vb = _event(a), _event(b)
    if va.predicate != vb.predicate or va.predicate not in ONE_DOER:
        return None
    if va.negative or vb.negative or va.modality != vb.modality:
        return None
    if va.aside or vb.aside:
        return None  # "Ines Varga, head of plant sciences at Elsmere, who leads": whom "who"
        # stands for is read loosely
    if not (va.doer_named and vb.doer_named) or va.subject is None or vb.subject is None:
        return None
    if va.object is None or va.object != vb.object or not apart(va.subject, vb.subject):
        return None
    if _role_beside_name(va, vb) or _role_beside_name(vb, va):
        return None
    return (
        f"{_told(a)} by “{va.subject}” and {_told(b)} by “{vb.subject}”: one {va.object} "
        "has one doer; check who."
    )


@rule("event.different_doers", "not_compared")
def different_doers(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The two events are done by different named doers: two events, not one told twice.

    Fires: "Israel presented the files on Monday" vs "the administration embraced the
    files on Tuesday" (presented by Israel, embraced by the administration).
    Holds: "the council approved the plan" vs "the council rejected the plan"; "China and
    Russia signed the accord" vs "Russia signed the accord" (one doer in common);
    "construction will start next spring" vs "the company said work could begin next
    spring" (the work itself starts: no doer, :func:`_work_under_way`).

    A role told alone ("the actress", "the North Korean leader", "the president") beside
    a named doer ("Tara Reid", "Kim") may be that name told another way, as the body of
    a report calls its subject: not two doers. A role beside a doer told by a common
    noun ("the lawyer" / "prosecutors") stays two.

    One party named at two levels ("China" / "the space agencies" / "its chief") also
    reads as two doers: the pair is then not compared, which loses a finding but never
    invents one.
    """
    va, vb = _event(a), _event(b)
    if va.subject is None or vb.subject is None or not apart(va.subject, vb.subject):
        return None
    if va.doer_said_it or vb.doer_said_it:
        return None  # "said it would appeal": a doer read from "it" tells no two apart
    if _role_beside_name(va, vb) or _role_beside_name(vb, va):
        return None
    if _work_under_way(va) or _work_under_way(vb):
        return None  # "construction will start" / "building work could begin": no doer
    return f"{_told(a)} is done by “{va.subject}”, {_told(b)} by “{vb.subject}”: two events."


UNDER_WAY = frozenset(
    ["start", "begin", "finish", "end", "resume", "restart", "stop", "commence", "complete",
     "continue"]
)  # fmt: skip
"""Verbs that tell where a piece of work stands: it starts, stops, resumes or ends."""

WORKS = frozenset(
    ["work", "works", "construction", "building", "repair", "demolition", "rebuilding",
     "refurbishment", "installation", "excavation", "resurfacing", "renovation", "clearance",
     "dredging", "restoration"]
)  # fmt: skip
"""Nouns of a piece of work itself, not of who does it."""


def _work_under_way(v: EventValue) -> bool:
    """Whether an event tells a piece of work starting or ending, the work its subject.

    "Construction will start next spring" and "building work could begin next spring": the
    subject is the work itself, no doer, so it parts the event from no other.
    """
    words = set((v.subject or "").split())
    return v.predicate.split()[0] in UNDER_WAY and bool(words) and words <= WORKS | {"site"}


@rule("event.different_people_done_to", "not_compared")
def different_people_done_to(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The act is done to people of two kinds that are never the same people: two events.

    Fires: "the blast killed three soldiers" vs "twelve civilians were killed" (soldiers,
    civilians); "the fire injured two firefighters" vs "the fire injured four children".
    Holds: "the blast killed three soldiers" vs "three troops were killed" (one kind);
    "the quake killed 300 people" vs "the quake killed 300 residents" ("people" may be
    anyone).
    """
    va, vb = _event(a), _event(b)
    if not one_act(va.predicate, vb.predicate) or va.object is None or vb.object is None:
        return None
    oa, ob = va.object, vb.object
    if oa not in PEOPLE or ob not in PEOPLE or one_population(oa, ob):
        return None
    return f"{_told(a)} is done to “{oa}”, {_told(b)} to “{ob}”: two groups of people."


def arguments(v: EventValue) -> set[str]:
    """The words of an event's doer and of the thing done to.

    A piece of work that starts or ends names no doer ("construction will start",
    :func:`_work_under_way`): only what it is done to counts.
    """
    doer = set() if _work_under_way(v) else set((v.subject or "").split())
    return doer | set((v.object or "").split())


CERTAINTY = {
    **dict.fromkeys(
        ["will", "would", "shall", "must", "due", "certain", "sure", "poised"], "certain"
    ),
    **dict.fromkeys(
        ["may", "might", "could", "likely", "consider", "weigh", "mull", "contemplate", "whether"],
        "possible",
    ),
    "can": "able",
    **dict.fromkeys(["expect", "predict"], "expected"),
    "hope": "hoped",
    "unlikely": "unlikely",
    **dict.fromkeys(["believe", "think", "suspect", "probably"], "believed"),
    **dict.fromkeys(["deny", "dispute"], "denied"),
    "unknown": "open",
    **dict.fromkeys(["may have", "might have", "could have"], "perhaps done"),
}
"""How sure a modality is: said to come for certain, said to be possible (a step still
weighed, "is considering an appeal", is one), believed, or denied by someone. "Can"
tells what someone is able or allowed to do ("members can invoke the act",
"shareholders can block the merger"), a power, not a hedge on one event: it is no other
certainty than "will", only another modality. An act asked with a wh-word under "too
early to say" or "unclear" ("what caused the collapse") is an open question; one told with
"may have" or "might have" ("a snapped cable may have caused the collapse") was perhaps
done, a hedge on the past, not a forecast. One told "probably" or "most likely" is
believed, as one told "is believed to" is."""

_OTHER_CERTAINTY = (
    frozenset({"certain", "possible"}),
    frozenset({"fact", "believed"}),
    frozenset({"fact", "denied"}),
    frozenset({"certain", "denied"}),
    frozenset({"possible", "denied"}),
    frozenset({"expected", "denied"}),
    frozenset({"intent", "denied"}),
    frozenset({"certain", "unlikely"}),
    frozenset({"expected", "unlikely"}),
    frozenset({"believed", "intent"}),
    frozenset({"believed", "hoped"}),
    frozenset({"certain", "hoped"}),
    frozenset({"fact", "attempted"}),
    frozenset({"fact", "open"}),
    frozenset({"fact", "perhaps done"}),
)
"""Pairs of certainty that tell one event differently: "will" / "may", "is" / "is
believed", "will meet" / "is unlikely to meet", and a denial beside any telling that is
not one ("entered" / "denied that she entered", "will direct" / "denied that he will
direct", "plans to sell" / "disputed that it would sell"), and what is believed beside
what is hoped or planned ("officials believe the canal will reopen" / "officials hope
the canal will reopen"), and what will be beside what is only hoped ("a cash machine will
be installed by June" / "hopes to add a cash machine later this year"), and an act told
as done beside one told as attempted ("seized the airport" / "tried to seize the airport":
whether it succeeded is what differs)."""


ATTEMPTING = frozenset(["try", "attempt", "seek"])
"""Modalities of an attempt: "tried to seize the airport" tells an act set about."""

ATTEMPTED = frozenset(["tried", "attempted", "sought"])
"""The past forms of :data:`ATTEMPTING`: an attempt that was made, whatever came of it."""


_MAYBE_NOW = frozenset(["may", "might", "could"])
"""Modals that hedge a state now ("may now be absorbing"); "likely to be placed" tells
what is to come."""


def _now(a: FieldValue, b: FieldValue) -> bool:
    """Whether the event told as fact is going on now, and the other may be going on.

    "The moor is now absorbing more carbon" and "the moor may now be absorbing more
    carbon" tell one state with two certainties; "the ship was freed" and "the ship may be
    freed by Friday" are the story moving on, and "the law allows Congress to review
    rules" and "the law could allow Congress to overturn them" tell what a law can do,
    not what is happening. So the fact is told in the present progressive.
    """
    fact, hedged = (a, b) if _event(a).modality is None else (b, a)
    going_on = _event(fact).tense == "present" and fact.text.lower().endswith("ing")
    return going_on and _event(hedged).modality in _MAYBE_NOW


def _certainty(f: FieldValue) -> str:
    v = _event(f)
    if v.modality is None:
        return "fact"
    if _attempted(f):
        return "attempted"
    return CERTAINTY.get(v.modality, "intent")


def _attempted(f: FieldValue) -> bool:
    """Whether an event is told as a past attempt, its verb told with it ("tried to enter").

    Not one under way or to come ("is trying to enter", "will try"), nor a verb whose
    attempt the parse reached from afar ("not only killed the deputy ..., he also tried
    to kill another man": the killing is no attempt), which the event's words then show.
    """
    v = _event(f)
    cue = (v.cue or "").lower()
    words = f.text.lower().split()
    return v.modality in ATTEMPTING and cue in ATTEMPTED and cue in words


@rule("event.other_certainty", "nuance")
def other_certainty(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One event told as certain and as possible, or as fact and as only believed.

    A forecast beside the fact ("will reopen" / "reopened") is the story moving on, and is
    not compared (``event.other_modality``); but "will" against "may" for one event, or
    "is cooperating" against "is believed to be cooperating", is a hedge an editor checks.

    Fires: "Trump will kill the deal" vs "Trump may kill the deal"; "the ship will be
    freed by Friday" vs "the ship could be freed by Friday"; "Flynn is cooperating with
    the inquiry" vs "Flynn is believed to be cooperating with the inquiry"; "the actress
    has entered a rehab clinic, her agent confirmed" vs "her agent denied that the actress
    has entered a rehab clinic"; "the studio hired the director for the sequel" vs "the
    studio disputed that it hired the director for the sequel" (told as fact, and as
    denied); "Weitz will direct the sequel" vs "the studio denied that Weitz will direct
    the sequel"; "the club plans to sell the stadium" vs "the club denied that it would
    sell the stadium" (said to come or planned, and denied); "officials believe the
    canal will reopen" vs "officials hope the canal will reopen" (believed, and hoped);
    "the rebels seized the airport" vs "the rebels tried to seize the airport" (done, and
    only attempted); "the bank said it would appeal" vs "the bank has not yet decided
    whether to appeal" (said to come, and an open question); "a faulty heater caused the
    fire" vs "it was not immediately clear what caused the fire" (a cause told, and asked);
    "a snapped cable caused the collapse" vs "a snapped cable may have caused the collapse"
    (done, and perhaps done); "the moor is now absorbing more carbon, the study found" vs
    "the moor may now be absorbing more carbon" (going on now, and possibly); "the water
    company will apply for a drought permit" vs "has not ruled out applying for a drought
    permit" (said to come, and not ruled out: possible); "the county will sue the
    contractor" vs "is weighing whether to take the contractor to court" (suing told as
    taking to court); "the inspectorate has launched an investigation into the escape" vs
    "the inspectorate has not yet decided whether to investigate the escape" (a fish farm)
    and "the regulator has opened an investigation into the fault" vs "the regulator is
    only considering whether to open an investigation into the fault" (an energy firm):
    done, and still undecided (``compare.denied_then_done`` sets it aside when the
    undecided report came first).
    Holds: "the canal will reopen this week" vs "the canal reopened this week"; "the ship
    may be freed by Friday" vs "the ship could be freed by Friday"; "the ship was freed"
    vs "the ship may be freed by Friday" (a past act, and one that may come); "the law
    allows Congress to review rules" vs "the law could allow Congress to review rules"
    (what a law can do).
    """
    va, vb = _event(a), _event(b)
    if not one_act(va.predicate, vb.predicate) or va.negative != vb.negative:
        return None
    told = frozenset((_certainty(a), _certainty(b)))
    undecided = WHETHER in (va.modality, vb.modality)
    if told not in _OTHER_CERTAINTY and not (
        told == {"fact", "possible"} and (_now(a, b) or undecided)
    ):
        return None
    if arguments(va) and arguments(vb) and not arguments(va) & arguments(vb):
        return None
    return (
        f"{_told(a)} ({va.modality or 'as fact'}) and {_told(b)} ({vb.modality or 'as fact'}) "
        "tell one event with different certainty."
    )


WHETHER = "whether"
"""The modality of an act still to be decided: "has not decided whether to investigate"."""

INTENT = frozenset(["will", "would", "agree"])
"""Modalities of a stated intent: "said she would issue a report", "the club will appeal",
"has agreed to pay compensation"."""
PLANNING = frozenset(["plan", "intend"])
"""Modalities of a plan: denied ("did not plan to open one"), it is a choice not to act."""
CHOSEN_AGAINST = ("decided against", "opted against", "chose against", "refused", "declined")
"""Cues of a choice not to act: what was said would be done was chosen against."""


def _intent_and_choice(intent: EventValue, choice: EventValue) -> bool:
    """Whether one event is a stated intent and the other a choice, as fact, not to do it.

    "The coroner said she would issue a report" / "the coroner decided against issuing a
    report": both tell the one decision, and they tell it opposite ways; so do "said it
    would open an investigation" / "did not plan to open a formal investigation" (a plan
    denied is a plan not to).
    """
    if intent.modality not in INTENT or intent.negative or not choice.negative:
        return False
    if choice.modality in PLANNING:
        return True
    return choice.modality is None and (choice.cue or "").startswith(CHOSEN_AGAINST)


@rule("event.ruled_out_or_possible", "nuance")
def ruled_out_or_possible(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One event ruled out by one telling and told as possible by the other.

    Fires: "the building will not reopen this school year" vs "the building could reopen as
    soon as April" (a school's roof); "the club will not sell its captain" vs "the club may
    sell its captain" (a transfer).
    Holds: "the building will not reopen" vs "the building may not reopen" (both deny it);
    "the club will sell its captain" vs "the club may sell its captain" (both tell it:
    :func:`other_certainty`).
    """
    va, vb = _event(a), _event(b)
    if not one_act(va.predicate, vb.predicate) or va.negative == vb.negative:
        return None
    no, maybe = (a, b) if va.negative else (b, a)
    if _certainty(no) not in ("certain", "fact") or _certainty(maybe) != "possible":
        return None
    if arguments(va) and arguments(vb) and not arguments(va) & arguments(vb):
        return None
    return (
        f"{_told(no)} rules it out; {_told(maybe)} says it may happen: one event, told "
        "with another certainty and the other way."
    )


RULING_OUT = frozenset(["will", "would", "shall"])
"""Modals that, denied, rule an act out: "will not", "would not be launching"."""


@rule("event.done_or_ruled_out", "conflict")
def done_or_ruled_out(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One event told as done by one source and ruled out by the other.

    "The agency had opened a formal investigation" and "the agency would not be launching a
    formal investigation" cannot both stand, unless the ruling out came first and the
    story moved on (``compare.denied_then_done`` reads the publication dates).

    Fires: "the agency said it had opened a formal investigation into the spill" vs "the
    agency would not be launching a formal investigation" (a sewage spill); "the club has
    sacked its manager" vs "the club said it would not sack the manager" (a football club).
    Holds: "the agency has opened an investigation" vs "the agency may not open an
    investigation" (only perhaps ruled out); "the club sacked its manager" vs "the club
    will sack its manager" (both tell it: a forecast beside the fact); "Ross, who directed
    the first film" vs "Ross will not direct the sequel" (two things done to); "nobody will
    be left paying a penny more" vs "nobody will pay a penny more" (a bare "paying"); "has
    by no means been set to direct" vs "will not direct" (an infinitive tells no act done).
    """
    va, vb = _event(a), _event(b)
    if not one_act(va.predicate, vb.predicate) or va.negative == vb.negative:
        return None
    no, done = (a, b) if va.negative else (b, a)
    vno, vdone = _event(no), _event(done)
    if vno.modality not in RULING_OUT or vdone.modality is not None:
        return None
    words = done.text.lower().split()
    if (len(words) == 1 and words[0].endswith("ing")) or words[:1] == ["to"]:
        return None  # "nobody will be left paying", "has been set to direct": no act done
    if arguments(va) and arguments(vb) and not arguments(va) & arguments(vb):
        return None
    if va.object and vb.object and not set(va.object.split()) & set(vb.object.split()):
        return None  # "directed the first film" / "will not direct the sequel": two things
    return f"{_told(done)} tells it as done; {_told(no)} rules it out."


@rule("event.other_modality", "not_compared")
def other_modality(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One event is told as fact, the other as planned, hoped or possible (or both, differently).

    Fires: "the canal will reopen" vs "the canal reopened" (a forecast beside the fact:
    the story moved on, neither is wrong).
    Holds: "the jury did not convict him" vs "the jury convicted him"; "the coroner said
    she would issue a report" vs "the coroner decided against issuing a report" (a stated
    intent and a choice against it tell one decision two ways: :func:`_intent_and_choice`).
    """
    va, vb = _event(a), _event(b)
    if va.modality == vb.modality or _intent_and_choice(va, vb) or _intent_and_choice(vb, va):
        return None
    return (
        f"{_told(a)} and {_told(b)} are told with different certainty "
        f"({va.modality or 'as fact'} / {vb.modality or 'as fact'}): not set against each other."
    )


@rule("event.unshared_arguments", "not_compared")
def unshared_arguments(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """Opposite polarities or outcomes of events that share no doer and no thing done to.

    Nothing shows they are one happening: a habit ("the bureau does not leak") beside an
    event ("the memos were leaked"), or one measure rejected beside another approved, is
    no contradiction.

    Fires: "the bureau does not leak" vs "the memos were leaked"; "the school levy was
    rejected" vs "the city budget was approved".
    Holds: "the senate passed the spending bill" vs "the senate did not pass the
    spending bill"; "the jury acquitted the driver" vs "the jury convicted the driver";
    "the cabinet approved a £150,000 grant" vs "members turned down the request for a
    £150,000 grant" (a body and its members);
    "a proposal to introduce a student rate was voted down" vs "members approved a rate for
    students" (a request named only as asked, by no doer: :data:`ASKED`);
    "she did not die in her sleep" vs "Ada Reyes died in her sleep" (a pronoun names no
    other doer: the claims were aligned as one); "nobody was hurt" vs "two passengers
    were hurt", "no one was injured" vs "three firefighters were injured", "officers made
    no arrests" vs "two people were arrested" (an act denied to anyone is denied to them).
    """
    va, vb = _event(a), _event(b)
    opposite = _opposite(va, vb)
    if va.negative == vb.negative and not opposite:
        return None
    if not one_act(va.predicate, vb.predicate) and not opposite:
        return None
    if not arguments(va) or not arguments(vb) or arguments(va) & arguments(vb):
        return None  # a doer told only as "she" or "it" is no other doer
    if _body_and_members(set((va.subject or "").split()), set((vb.subject or "").split())):
        return None  # "the cabinet approved" / "members turned down": one body's decision
    told_a, told_b = _told_arguments(va), _told_arguments(vb)
    if not told_a or not told_b:
        return None  # "said it would appeal": the doer read from "it" may be the other's
    if opposite and any(
        v.object in ASKED and not told - {v.object} for v, told in ((va, told_a), (vb, told_b))
    ):
        # "a proposal to introduce a student rate was voted down" / "members approved a
        # student rate": what was asked for is whatever the other tells decided
        return None
    if _to_no_one(va, vb) or _to_no_one(vb, va):
        return None
    return (
        f"{_told(a)} and {_told(b)} share no doer and no thing done to: not shown to be "
        "one happening."
    )


def _told_arguments(v: EventValue) -> set[str]:
    """An event's arguments, less a doer read from "it" (:attr:`EventValue.doer_said_it`)."""
    if not v.doer_said_it or v.subject is None:
        return arguments(v)
    return arguments(v.model_copy(update={"subject": None}))


NO_ONE = frozenset(["nobody", "one", "none", "anyone", "anybody", "no-one"])
"""Objects of a denied act that deny it to anyone: "nobody was hurt", "no one was injured"
(the parse keeps "one"), "none of the crew was hurt", "did not injure anyone"."""


def _to_no_one(denied: EventValue, done: EventValue) -> bool:
    """Whether ``denied`` denies its act to anyone, and ``done`` does it to people.

    "Nobody was hurt" and "two passengers were hurt" tell one harm, denied and done: the
    passengers are among "nobody". So is an act denied by its own noun, to no one named:
    "officers made no arrests" and "two people were arrested". A harm (a fate: killed,
    injured) befalls someone, whatever noun names them ("two climbers were treated for
    injuries").
    """
    return (
        denied.negative
        and not done.negative
        and (denied.object in NO_ONE or (denied.cue == "no" and denied.object is None))
        and done.object is not None
        and (done.object in PEOPLE or fate_of(done.predicate) is not None)
    )


def _a_state(v: EventValue) -> bool:
    """Whether an event's predicate tells a state (:data:`STATES`, or a copula)."""
    verb = v.predicate.split()[0]
    return verb == "be" or verb in STATES


@rule("event.state_at_two_times", "not_compared")
def state_at_two_times(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """A state told in the past by one claim and in the present by the other.

    A state holds for a while and may change: "agencies were required to consult" and
    "the new rules do not require agencies to consult" tell the rule before and after a
    change, not two accounts of one time. Only the tense of each verb's own finite word
    counts ("had been required" is past; "has owned" tells a time up to now and is
    neither).

    Fires: "federal agencies were required to consult scientists" vs "the regulations
    do not require federal agencies to consult scientists"; "the club owned the
    stadium" vs "the club does not own the stadium"; "the border crossing was open" vs
    "the border crossing is not open".
    Holds: "the act requires a permit" vs "the act does not require a permit" (one
    tense); "the senate passed the bill" vs "the senate does not pass the bill" (an
    event, not a state).
    """
    va, vb = _event(a), _event(b)
    opposite = _opposite(va, vb)
    if va.negative == vb.negative and not opposite:
        return None
    if {va.tense, vb.tense} != {"past", "present"} or not (_a_state(va) and _a_state(vb)):
        return None
    past, now = (a, b) if va.tense == "past" else (b, a)
    return (
        f"{_told(past)} tells a state in the past and {_told(now)} in the present: it may "
        "have changed between them."
    )


@rule("event.opposite_polarity", "conflict")
def opposite_polarity(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One source says the event happened, the other that it did not.

    Fires: "the senate passed the bill" vs "the senate did not pass the bill"; "the
    House voted to overturn the veto" vs "the House failed to overturn the veto"; "the
    captain was arrested" vs "the captain had not been detained" (one act in other
    words: :data:`ONE_ACT`); "the governor declared a state of emergency" vs "the
    governor stopped short of declaring a state of emergency"; "the city's licensing
    committee suspended the licence" vs "the city has not suspended the licence" (a body
    acts for its owner); "the lender expected the bank to cut rates" vs "the lender did
    not expect the bank to lower rates", "analysts believe the brewery will close" vs
    "analysts do not believe the brewery will close" (a forecast and its denial).
    Holds: "the senate did not pass the bill" vs "the bill was not passed"; "no pleas were
    entered" vs "he entered no plea", "no arrests were made" vs "police made no arrests"
    (a thing told as none denies the act too).
    """
    va, vb = _event(a), _event(b)
    if va.negative == vb.negative:
        return None
    if not (one_act(va.predicate, vb.predicate) or one_sum_decided(va, vb)):
        return None
    yes, no = (a, b) if vb.negative else (b, a)
    if _event(yes).object_none:
        return None  # "entered no plea" / "no pleas were entered": both deny it
    if _event(yes).modality in INTENT:
        return f"{_told(yes)} says it would be done; {_told(no)} that it was chosen against."
    if (told := CERTAINTY.get(_event(yes).modality or "")) in ("expected", "believed"):
        return f"{_told(yes)} says it is {told} to happen; {_told(no)} that it is {told} not to."
    return f"{_told(yes)} says it happened; {_told(no)} says it did not."


_SUM_DECIDED = frozenset(["approve", "agree", "back", "sanction", "sign off", "earmark"])
"""Verbs of a body deciding to pay a sum: "approved £1.1 million to hire chargers"."""
_SUM_PAID = frozenset(
    ["spend", "pay", "fund", "provide", "give", "put", "invest", "allocate", "award",
     "grant", "release", "commit", "find"]
)  # fmt: skip
"""Verbs of paying a sum out, which a body refuses when it decides against the sum: "refused
to spend an extra £1.1m", "declined to release £40,000"."""
_REFUSING = ("refus", "declin", "reject", "turn")


def _a_sum(v: EventValue) -> bool:
    """Whether what an act is done to is a sum ("approved £1.1 million": "million")."""
    words = set((v.object or "").split())
    return bool(words & _SCALES) or any(ch.isdigit() for ch in v.object or "")


def one_sum_decided(va: EventValue, vb: EventValue) -> bool:
    """Whether one act approves a sum that the other refuses to pay out.

    "The committee approved £1.1 million to hire chargers" / "councillors refused to spend
    an extra £1.1m on chargers"; "trustees agreed £40,000 for the roof" / "trustees declined
    to release £40,000 for the roof": one decision on one sum. A sum not yet spent is no
    refusal: "did not spend £2m" may follow its approval.
    """
    return any(
        not yes.negative
        and no.negative
        and yes.predicate in _SUM_DECIDED
        and no.predicate in _SUM_PAID
        and (no.cue or "").startswith(_REFUSING)
        and _a_sum(yes)
        and _a_sum(no)
        for yes, no in ((va, vb), (vb, va))
    )


@rule("event.opposite_outcome", "conflict")
def opposite_outcome(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The two events are opposite outcomes of one decision, count or contest.

    Fires: "the jury acquitted him" vs "the jury convicted him"; "exports rose" vs
    "exports fell"; "the flood barrier held" vs "the flood barrier failed" (a test that
    something stood: :data:`STANDING`).
    Also "the ministry approved a temporary ban" vs "the ministry rejected the application
    for a temporary ban" (what is asked for is the thing decided: :data:`ASKED`).
    Holds: "the jury acquitted him" vs "the jury cleared him" (different words, no
    opposite outcome); "the barrier held back the water" vs "the barrier failed" (with a
    thing held, "hold" is another act).
    """
    va, vb = _event(a), _event(b)
    if not _opposite(va, vb):
        return None
    if va.negative != vb.negative:
        return None  # "did not approve" beside "rejected": not opposite
    oa, ob = _named_thing(va), _named_thing(vb)
    if oa in ASKED or ob in ASKED:
        oa = ob = None  # "approved a ban" / "rejected the application for a ban": one request
    if oa is not None and ob is not None and apart(oa, ob):
        return None  # "dismissed the appeal" / "upheld the decision": one ruling
    return f"{_told(a)} and {_told(b)} report opposite outcomes."


ASKED = frozenset(["request", "application", "bid", "proposal"])
"""Nouns of what is asked for, whatever it is: "rejected the institute's application for a
temporary ban" decides the ban "approved" in another source; "turned down the request"
decides the grant "approved"."""


_SCALES = frozenset(["hundred", "thousand", "million", "billion", "trillion", "bn", "m"])


def _named_thing(v: EventValue) -> str | None:
    """The thing an act is done to, unless it is a sum.

    "Approved another $1.2 million" names no thing that "turned down the request for $1.2
    million" is not: the sum is what was asked for.
    """
    if v.object is None or set(v.object.split()) & _SCALES:
        return None
    return None if any(ch.isdigit() for ch in v.object) else v.object


FATES = frozenset(["dead", "injured"])
"""The tolls of :data:`~checkfacts.vocabulary.HARMED_BY` that are fates: killed or died,
against injured, wounded or hurt (shot or stabbed tells neither)."""


def fate(v: EventValue) -> str | None:
    """What a verb of harm says became of the one it befell: "dead", "injured" or None."""
    return fate_of(v.predicate)


def fate_of(verb: str) -> str | None:
    """The fate a verb tells ("kill", "die": "dead"; "wound", "injure": "injured"), else None."""
    toll = HARMED_BY.get(verb)
    return toll if toll in FATES else None


def befallen(v: EventValue) -> str | None:
    """Who a verb of harm befell: the thing done to, or the doer of "died"."""
    return v.object if v.object is not None else (v.subject if v.predicate == "die" else None)


@rule("event.other_fate", "conflict")
def other_fate(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One person is told killed by one source and injured by the other.

    Only when each side tells of one person named or pointed out ("Ortiz", "the deputy",
    "her son", "he", "a 35-year-old deputy") and the two share a word or are given one
    age: "a guard was killed" and "a guard was wounded" may be two guards, "killed two
    workers" beside "wounded a worker" two tolls, and "the 35-year-old deputy" beside
    "the 28-year-old deputy" two deputies. Both must be told as fact and as having
    happened.

    Fires: "Deputy Ortiz was shot and killed outside the apartment" vs "the deputy was
    wounded outside the apartment" (a police shooting); "the ferry's captain died in the
    collision" vs "the captain was injured in the collision" (a ferry crash); "police
    shot and killed the teenager" vs "police shot and injured the teenager"; "officers
    shot and wounded a 17-year-old student" vs "officers shot and killed a 17-year-old,
    Dario Mensah" (one age); "a 42-year-old miner was injured in the collapse" vs "the
    miner died in the collapse".
    Holds: "a guard was killed in the raid" vs "a guard was wounded in the raid" (maybe
    two guards); "the blast killed two workers" vs "the blast wounded the foreman"
    (different people); "the 35-year-old deputy was killed" vs "the 28-year-old deputy
    was wounded" (two ages); "the deputy was killed" vs "the deputy may have been wounded"
    (told as possible: another certainty).
    """
    va, vb = _event(a), _event(b)
    fa, fb = fate(va), fate(vb)
    if fa is None or fb is None or fa == fb or va.negative or vb.negative:
        return None
    if not (va.one_befallen and vb.one_befallen) or va.modality or vb.modality:
        return None
    who_a, who_b = befallen(va), befallen(vb)
    if who_a is None or who_b is None:
        return None
    aged = va.befallen_age is not None and vb.befallen_age is not None
    if aged and va.befallen_age != vb.befallen_age:
        return None  # "the 35-year-old deputy" / "the 28-year-old deputy": two people
    if apart(who_a, who_b) and not aged:
        return None  # one age told of both ("a 16-year-old resident" / "Kimani Gray, 16")
    (dead, died), (hurt, harmed) = ((a, who_a), (b, who_b))[:: 1 if fa == "dead" else -1]
    return (
        f"{_told(dead)} says “{died}” died; {_told(hurt)} that “{harmed}” was hurt: "
        "one person, two fates."
    )


ANY_THING = frozenset(
    ["nothing", "anything", "damage", "harm", "problem", "fault", "defect", "flaw", "issue",
     "sign", "trace", "evidence", "wrongdoing", "irregularity"]
)  # fmt: skip
"""Nouns that, told as none ("found no damage", "saw no sign of it"), deny any find of its
kind: cracks are damage, a forged invoice is evidence. A specific noun told as none ("found
no weapons") denies only itself: officers who found no weapons may have found drugs."""


@rule("event.nothing_found", "conflict")
def nothing_found(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One act that found, showed or caused nothing by one telling and something by the other.

    Fires: "inspectors found cracks in two girders" vs "inspectors found no damage" (a
    bridge inspection); "the auditors found evidence of false invoices" vs "the auditors
    found no evidence of false invoices" (a fraud audit).
    Holds: "officers found no weapons at the flat" vs "officers found drugs at the flat"
    (a specific thing told as none: the drugs may be there); "inspectors found no damage"
    vs "inspectors found no damage" (both none).
    """
    va, vb = _event(a), _event(b)
    if not one_act(va.predicate, vb.predicate) or va.predicate in ("be", "have"):
        return None
    if va.negative or vb.negative or va.modality != vb.modality:
        return None
    if bool(va.object_none) == bool(vb.object_none) or va.object is None or vb.object is None:
        return None
    (none, fn), (some, fs) = ((va, a), (vb, b))[:: 1 if va.object_none else -1]
    assert none.object is not None and some.object is not None
    if none.object not in ANY_THING and apart(none.object, some.object):
        return None
    return (
        f"{_told(fn)} tells of no {none.object}; {_told(fs)} of {some.object}: one act, "
        "told as finding nothing and as finding something."
    )


@rule("event.bare_copula", "not_compared")
def bare_copula(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """A bare "is" with nothing it says the subject is tells no happening: not compared.

    Fires: "from that standpoint it is exactly what their candidates need" vs "that
    litigation is still in progress"; "this is what the council wanted" vs "the plan is
    in its second year".
    Holds: "the bridge is open" vs "the bridge is not open" (a copula and its
    complement, "be open", tell a state).
    """
    if "be" not in (_event(a).predicate, _event(b).predicate):
        return None
    return f"{_told(a)} / {_told(b)}: a bare “is” tells no happening of its own."


@rule("event.different_things", "not_compared")
def different_things(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One verb done to two different things: two happenings, not one told twice.

    Never agreement: "police arrested the driver on Friday" and "police arrested two
    protesters on Friday" share a verb and a day, not a fact. (Opposite outcomes or
    polarities of such events are set aside by ``event.unshared_arguments`` when no doer
    is shared either.)

    Fires: "police arrested the driver on Friday" vs "police arrested two protesters on
    Friday"; "the council approved the budget" vs "the council approved the new plan".
    Holds: "the council approved the plan" vs "the plan was approved" (one thing);
    "the envoy met Kim Jong Un" vs "the envoy met the North Korean leader Kim" (a word in
    common).
    """
    va, vb = _event(a), _event(b)
    if va.object is None or vb.object is None or not apart(va.object, vb.object):
        return None
    return f"{_told(a)} is done to “{va.object}”, {_told(b)} to “{vb.object}”: two happenings."


@rule("event.unshared_participants", "not_compared")
def unshared_participants(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """One verb told the same way, but of no doer or thing done to that both name.

    Agreement on an event asks more than its verb: a doer both claims name, or a thing
    both say is done to (earlier rules set aside those named apart). "She fled" and "he
    fled Guatemala", two migrants of one caravan, share a verb, not a happening; so do
    "the plant laid off 300 workers" and "she was laid off in May". Two claims that name
    no one at all ("'we will now counter'" quoted by two outlets) were aligned by their
    words, and stay compared.

    Fires: "she fled for reasons she did not give" vs "he fled Guatemala last spring";
    "the plant laid off 300 workers" vs "she was laid off in May".
    Holds: "the council approved the plan" vs "the plan was approved" (the plan, named
    by both); "the ship refloated at dawn" vs "the ship was refloated" (one thing, told as
    doer and as done to); "the actress checked into the clinic" vs "Mara Quinn checked
    into the clinic" (a role beside a name); "'we will now counter'" vs "'we will now
    counter'".
    """
    va, vb = _event(a), _event(b)
    if not _told_alike(va, vb):
        return None  # only what would be agreement is asked for a tie
    if not arguments(va) and not arguments(vb):
        return None
    if (va.subject and vb.subject) or (va.object and vb.object):
        return None  # both name it, and no earlier rule found them apart
    if arguments(va) & arguments(vb):
        return None  # "the ship refloated" / "the ship was refloated": one thing, two slots
    return (
        f"{_told(a)} and {_told(b)} tell one verb, but no doer or thing done to that both "
        "name: not shown to be one happening."
    )


@rule("event.same", "agree")
def same(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """Both report the same happening the same way: one predicate, one polarity and modality.

    Fires: "the council approved the plan" vs "the plan was approved".
    Holds: "the council approved the plan" vs "the council did not approve the plan".
    """
    va, vb = _event(a), _event(b)
    if not _told_alike(va, vb):
        return None
    return f"Both say {_told(a)} / {_told(b)}."


def _told_alike(va: EventValue, vb: EventValue) -> bool:
    """One predicate, told with one polarity and one modality."""
    return one_act(va.predicate, vb.predicate) and (va.negative, va.modality) == (
        vb.negative,
        vb.modality,
    )


RULES = (
    bare_copula,
    ended_or_kept,
    confirmed_or_suspected,
    confirmed_or_not_yet,
    other_leader,
    different_doers,
    different_people_done_to,
    other_certainty,
    ruled_out_or_possible,
    done_or_ruled_out,
    other_modality,
    unshared_arguments,
    state_at_two_times,
    opposite_polarity,
    opposite_outcome,
    other_fate,
    nothing_found,
    different_things,
    unshared_participants,
    same,
)
"""The order the rules run in; the first that decides wins."""


def compare(a: FieldValue, b: FieldValue, engine: Engine) -> Comparison:
    """How two events relate (symmetric: the pair is put in a canonical order)."""
    return engine.compare_pair("event", RULES, a, b)
