"""Stage 6b, compare across clusters: one field lined up over claims kept apart.

A claim cluster holds claims that say the same thing. Some facts are told in claims
that do not: "about 150 of the caravan's members had begun crossing" and "about 200
migrants prepared to walk together" count one crowd in two different sentences;
"Friday evening" and "early Saturday" date one announcement in ledes that stress
different things. Clustering rightly keeps such claims apart, so no claim cluster
compares their values.

This stage lines them up. Two values are linked when they come from different
sources and different claim clusters, count the same thing (the same unit, any noun
for people read as people) or date the main clause of their claim, and their claims
are alike: their masked statements (for counts, the mean of that similarity and the
similarity of what they count, "people in the caravan" against "migrants from
Central America") at least :data:`LINK_SIMILARITY` for the kind.
A person's age is lined up by its holder (see :func:`_age_key`): by the surname set
beside it ("Marsh, 52,") however unlike the claims are; by a role one person holds
("the 35-year-old deputy") however unlike the claims are too, when the story gives that
role to no one else (:func:`_one_holder`: no "deputies", no "a second deputy"), and
else only when the claims are alike as counts' claims are.
A sum of money is lined up by the noun it is the amount of ("a final cost of £84.3m",
"worth £840,000 at face value"), and only where each source gives one sum of that noun
(:func:`_told_once`); the cost of one named thing, told by a sum before its noun and by
the verb ("the £240,000 project" / "the project has cost £410,000", :func:`_cost_to_cost`),
is lined up however unlike the claims are when each source tells one; a count of a named
thing each source gives once ("42 harvest licences" / "38 licences") asks only the
likeness of onsets, and so does a speed, a temperature or a court's term each source gives
once ("a gust of 87mph" / "gusts of 68mph"; "jailed for 18 months" / "a 14-month prison
sentence").
Linked values are grouped by average linkage (a value joins a group only if its
claim resembles the group's claims on average, so a story does not chain into one
group), and each group becomes a *field cluster*: a :class:`~checkfacts.models.Cluster`
of kind ``field`` with one finding on that field, compared by the same rules as a
claim cluster. A field cluster never says ``conflict``: its claims are not known to
make one claim, so values that differ are a ``nuance`` that names them, for an
editor to read.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from checkfacts.compare import (
    Similarity,
    comparable,
    compare_bodies,
    compare_causes,
    compare_decisions,
    compare_finds,
    compare_kind,
    compare_moves,
    compare_offices,
    compare_places,
    compare_roles,
    compare_streets_of_things,
    told_at,
    whole_of_a_part,
    zone,
)
from checkfacts.embed import masked_counted
from checkfacts.extractors.names import surname
from checkfacts.extractors.quantities import is_count, is_scale_score, magnitude, points_within
from checkfacts.fields import OCCURRING, subjects
from checkfacts.independence import quoted_runs, runs_on, share_a_quotation
from checkfacts.models import (
    FLAGGED,
    VERDICT_ORDER,
    AttributionValue,
    Claim,
    Cluster,
    DateReading,
    DateValue,
    EventValue,
    FieldValue,
    Finding,
    NameValue,
    QuantityValue,
    Source,
    Verdict,
)
from checkfacts.rules import compare_fields, current, dates, of
from checkfacts.rules.attribution import two_of_one_surname
from checkfacts.rules.causes import found_cause, one_thing, open_cause, things
from checkfacts.rules.decisions import made_decision, one_decision, open_decision
from checkfacts.rules.engine import Comparison, Engine
from checkfacts.rules.events import ASKED, NO_ONE, ONE_ACT, apart
from checkfacts.rules.gates import (
    LOWERING,
    RAISING,
    SUM_BY_ACT,
    TELLING,
    TOLD_ONCE_MEASURES,
    DifferentRoles,
    UnalignedClaims,
    age_holder,
    all_of,
    cost_of,
    different_roles,
    doer_as_told,
    event_of,
    lost_their_jobs,
    other_reading,
    same_role,
    sum_noun,
    surnames,
    unaligned_claims,
    unsure_alignment,
)
from checkfacts.rules.quantities import measure
from checkfacts.rules.wording import (
    NamedPlace,
    body_of,
    finds,
    held_roles,
    moves,
    named_places,
    office_of,
    offices_apart,
    people_of,
    places_apart,
    streets_told_apart,
    things_on_streets,
)
from checkfacts.vocabulary import (
    COUNT_SYNONYMS,
    CURRENCIES,
    FUNCTION_WORDS,
    PEOPLE,
    ROLE_NOUNS,
    WEEKDAYS,
    one_population,
    plural,
)


def link_similarity(engine: Engine) -> dict[str, float]:
    """Least similarity of two claims of different clusters for their values to be lined up.

    The alignment threshold plus each kind's margin, see
    :class:`~checkfacts.rules.gates.UnalignedClaims`.

    Only counts of people or things (crowds, tolls, arrests, missiles), ages by their
    holder, and dates that fit or nearly fit are lined up: measures, money and shares of
    different things fill similar claims in every story, and two alike claims with dates
    far apart are most likely about two events. Dates ask more similarity: nearly every
    claim has one; a count names what it counts, which narrows it already.
    """
    s: UnalignedClaims = engine.settings(of(unaligned_claims))
    return {
        "date": engine.similarity + s.date_margin,
        "event": engine.similarity + s.event_margin,
        "quantity": engine.similarity + s.count_margin,
    }


def onset_similarity(engine: Engine) -> float:
    """Least similarity of two claims for the times their story's event began to be lined up.

    Lower than for dates: each source tells one such time at most (see :func:`_onsets`),
    and writers tell a blast or a collapse in words that resemble each other little ("the
    blast happened shortly after 4:15 a.m." / "the line blew apart at around 5:40 a.m.").
    """
    s: UnalignedClaims = engine.settings(of(unaligned_claims))
    return engine.similarity + s.onset_margin


Alike = Callable[["_Mention", "_Mention"], float]


@dataclass(frozen=True)
class _Mention:
    """One value of one claim that may be lined up with others."""

    claim: Claim
    field: FieldValue
    key: str
    home: str


def compare_across(
    clusters: Sequence[Cluster],
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    similarity: Similarity,
    text_similarity: Callable[[str, str], float] | None = None,
) -> list[Cluster]:
    """Field clusters for values lined up across claim clusters, in a stable order.

    ``similarity`` compares two claims by id; ``text_similarity`` compares two embedded
    texts, here what two counts count (see :func:`checkfacts.embed.masked_counted`).
    Without it, counts are lined up on their claims' similarity alone. ``claims`` are
    read with their dates resolved (:func:`checkfacts.resolve.resolve_dates`).
    """
    engine = current()
    if of(unaligned_claims).name in engine.disabled:
        return []
    group_share = engine.settings(of(unaligned_claims)).group_share
    home = {cid: k.id for k in clusters for cid in k.claim_ids}
    out: list[Cluster] = []
    unsure = engine.similarity + engine.settings(of(unsure_alignment)).margin
    flagged = {
        k.id: {f.field.split(":")[0] for f in k.findings if f.verdict in FLAGGED} for k in clusters
    }

    def together(a: _Mention, b: _Mention, kind: str, once: frozenset[str]) -> bool:
        """Whether two mentions were compared as one claim's: same cluster, alike enough.

        A claim cluster sets aside the values of two of its claims that resemble each
        other too little (``compare.unsure_alignment``); their figures are lined up here
        as figures of claims apart are, unless the cluster flags figures already. So are
        the story's one count of a named thing, each source telling one (``once``), that the
        cluster sets apart only by their clauses (``compare.different_roles``): "burglars
        took 11 instruments" is the count "stripped the band of 14 instruments" gives,
        whatever clause each sits in.
        """
        if a.home != b.home or a.key in _ONE_OF_ITS_KIND or a.key == _ONSET:
            # the day of a story's one meeting, deal, deadline or start, or its onset: a claim
            # cluster compares one date of each claim (maybe another), and only claims alike
            # enough to be sure
            return False
        if a.key.startswith(_DAY_OF) and _one_incident((a, b)):
            return False  # the day of its one collapse, failure, fire or flood, so too
        if a.key.startswith(("day", _DAY_OF)) and _held(a) and _held(b):
            return False  # the day an occasion goes ahead: "the next sale, on Wednesday 18 June"
        if kind != "quantity" or kind in flagged.get(a.home, ()):
            return True  # dates of claims barely alike are most often of two events
        if a.key in once and _apart_by_clause_only(a, b):
            return False
        return similarity(a.claim.id, b.claim.id) >= unsure

    def _apart_by_clause_only(a: _Mention, b: _Mention) -> bool:
        """Whether a claim cluster sets two counts apart only by the clauses that hold them."""
        aside: list[Comparison] = []
        found = compare_kind("quantity", [a.claim, b.claim], sources, similarity, set_aside=aside)
        return found is None and [c.rule for c in aside] == [of(different_roles).name]

    def alike(a: _Mention, b: _Mention) -> float:
        """How alike two mentions are: their claims, and for counts what they count."""
        claim = similarity(a.claim.id, b.claim.id)
        ca, cb = masked_counted(a.field), masked_counted(b.field)
        if text_similarity is None or not _telling(ca) or not _telling(cb):
            return claim
        assert ca is not None and cb is not None
        return (claim + text_similarity(ca, cb)) / 2

    for kind, threshold in sorted(link_similarity(engine).items()):
        by_key: dict[str, list[_Mention]] = {}
        for m in _mentions(kind, claims, home):
            by_key.setdefault(m.key, []).append(m)
        if kind == "date":
            by_key.update(_days_told_once(claims, home, by_key.get("day", [])))
        if kind == "quantity":
            _points_on_one_scale(by_key)
            _value_to_owner(by_key)
            _cost_to_cost(by_key)
            _apart_by_year(by_key)
        once_keys = frozenset(
            k for k, ms in by_key.items() if _a_named_thing(kind, k) and _told_once(ms)
        )
        linkable = functools.partial(
            _linkable, together=functools.partial(together, kind=kind, once=once_keys)
        )
        for key in sorted(by_key):  # values with different keys are never lined up
            if _two_people(key, by_key[key], claims):
                continue
            if _a_named_thing(kind, key):
                # "one bell" of eight, "one fragment" of five: a count of one picks one out
                by_key[key] = [m for m in by_key[key] if not _one(m.field)]
            if key.startswith(_ACT_AGE) and not _told_once(by_key[key]):
                continue  # two ages of the act in one source: which is whose is not known
            by_holder = key.startswith((_NAMED_AGE, _LISTED_AGE, _ACT_AGE)) or (
                key.startswith(_ROLE_AGE) and _one_holder(key.removeprefix(_ROLE_AGE), claims)
            )
            if key.startswith(_COST_OF) and _told_once(by_key[key]):
                by_holder = True  # one named thing's cost, each source telling one
            least = -1.0 if by_holder else threshold
            onset = key == _ONSET and _onsets(by_key[key])
            if key == _ONSET:
                if not onset:
                    continue
                least = onset_similarity(engine)
                if _one_onset_act(by_key[key]):
                    least = -1.0  # "gave way shortly before 9am" / "the collapse happened at"
            if key.startswith(_DAY_OF):
                least = onset_similarity(engine)  # "opened on Saturday" / "opened on Sunday"
            if key == _HALT:
                if not _told_once(by_key[key]):
                    continue  # two stops in one source: which is the other's is not known
                least = -1.0  # "stopped playing at around 9.40pm" / "halted the concert at"
            if key == _SPAN:
                if not _told_once(by_key[key]):
                    continue  # two terms in one source: which is the other's is not known
                least = -1.0  # one term each, lined up only on a shared end (_linkable)
            if key == _DAY_OF + "meeting" and _one_meeting(by_key[key]):
                least = -1.0  # "at a joint meeting" / "at a joint meeting of the authorities"
            if key == _DAY_OF + "fixture" and _told_once(by_key[key]):
                least = -1.0  # "a fixture at the Fox on Tuesday" / "a match at the Fox on ..."
            if key in (_DECISION, _DAY_OF + "decide"):
                least = -1.0  # "voted on Tuesday" / "backed the move at a meeting on Monday"
            if key == _DAY_OF + "deadline" and _one_deadline(by_key[key]):
                least = -1.0  # "applications close on 30 May" / "the closing date for applications"
            if key == _DAY_OF + "start" and _one_starter(by_key[key]):
                least = -1.0  # "the scheme will start on 1 October" / "... come into force"
            if key in (_DAY_OF + "last day", _DAY_OF + "last day as planned"):
                least = -1.0  # "the final session on Sunday 30 March" / "will close for good"
            if key.startswith(_DAY_OF) and _told_once(by_key[key]) and _one_incident(by_key[key]):
                least = -1.0  # "the system failed on Sunday" / "the system broke down on Tuesday"
            if key.startswith(_DAY_OF) and _one_occasion_named(by_key[key]):
                least = -1.0  # "the first preliminary hearing on 14 January" / "... on 3 March"
            if key in _TURNOUT and _told_once(by_key[key]) and all(map(_turned_out, by_key[key])):
                least = -1.0  # "around 60 firefighters were sent" / "forty ... fought the flames"
            if (key.startswith(_ALL) or key == _JOBS_LOST) and _told_once(by_key[key]):
                # "all 23 residents" / "all 31 residents": one group's number; "73 have been
                # made redundant" / "some 118 staff have lost their jobs": one story's
                least = -1.0
            if kind == "event" and _one_doer_one_thing(by_key[key]):
                least = onset_similarity(engine)  # "agreed to pay compensation" / "had not"
            priced = key.startswith((_SUM, _MEASURE))
            spans = key in _TOLD_BY_KEY  # one term, one meeting, one deal: each told once
            once = onset or (
                (priced or spans or _a_named_thing(kind, key) or key.startswith(_ALL))
                and _told_once(by_key[key])
            )
            if priced and not once:
                continue  # two costs in one source: which is the other's is not known
            if key.startswith(_MEASURE) or (once and key in (*_SUMS_OF_A_STORY, _GRANT)):
                # "87mph" / "68mph" gusts; "sold for £46m" / "in a deal worth £64m"
                least = min(least, onset_similarity(engine))
            if once and key in _ONE_HELD:
                least = -1.0  # "a 25-year lease" / "the 15-year lease": the story's one lease
            if once and key.startswith(_CHANGE_OF):
                least = -1.0  # "raised its hire charges by 40 per cent" / "rose by a quarter"
            if once and key in _COURT_TERMS and not _two_named(by_key[key]):
                least = -1.0  # "jailed for three years and four months" / "sentenced to two ..."
            if once and key in (_SCHEME, _THEFT):
                least = -1.0  # "the £18m scheme" / "the £14.5m project": each source's one
            if once and not priced:
                least = min(least, onset_similarity(engine))  # "74 turbines" / "68 turbines"
            if once and (is_scale_score(key) or _tallied(by_key[key])):
                # "97 out of 110" / "91 points out of a possible 110": one contest's score;
                # "by 24 votes to 15" / "27 supported it, with 12 against": one vote's tally
                least = -1.0
            # lined up on less likeness, two kinds of the thing stay apart ("three ladder
            # trucks" / "31 fire trucks"); "written" and "public" comments are read alike
            parted = _kinds_apart if once and not priced and not spans and not onset else None
            for group in _group(by_key[key], alike, least, group_share, linkable, parted):
                cluster = _field_cluster(kind, group, sources, alike, engine, told_once=once)
                if cluster is not None and cluster.verdict is not Verdict.AGREE:
                    out.append(cluster)
    out.extend(_role_clusters(claims, sources, clusters))
    out.extend(_office_clusters(claims, sources, clusters))
    out.extend(_body_clusters(claims, sources, clusters))
    out.extend(_place_clusters(claims, sources, clusters))
    out.extend(_move_clusters(claims, sources, clusters))
    out.extend(
        _move_clusters(
            claims, sources, clusters, finds, compare_finds, "by the place they found things at"
        )
    )
    out.extend(_thing_street_clusters(claims, sources, clusters))
    out.extend(_quote_clusters(claims, sources, clusters, similarity))
    out.extend(_cause_clusters(claims, sources))
    out.extend(_step_clusters(claims, sources))
    out.extend(_intent_clusters(claims, sources))
    out.extend(_outcome_clusters(claims, sources))
    seen = _flagged_at(clusters)
    # a decision whose words an event lined up across claims already sets apart ("has been
    # charged" / "released without charge") is that finding again
    shown = [*seen, *_flagged_at(out)]
    out.extend(c for c in _decision_clusters(claims, sources) if not _flagged_within(c, shown))
    out = [c for c in out if not _flagged_within(c, seen) and not _compared_at_home(c, clusters)]
    # one pair of values lined up under two keys (a time of day that is also its incident's
    # day) makes one cluster, with one id: it is shown once
    out = list({c.id: c for c in reversed(out)}.values())
    return sorted(out, key=lambda c: (VERDICT_ORDER.index(c.verdict), c.id))


def _points_on_one_scale(by_key: dict[str, list[_Mention]]) -> None:
    """Plain counts of points moved to the one scale the story's scores are told on.

    "Scored 94 points out of a possible 110" and "was second on 87 points" are two marks
    on one scale (a sheepdog trial; a cider show's "88 points out of a possible 100" and
    "84 points"): the plain points join the scale's key, so that two marks of one source
    are not each taken for the story's one mark. Not when the story tells two scales.
    """
    scales = [k for k in by_key if is_scale_score(k)]
    if len(scales) != 1 or "point" not in by_key:
        return
    [scale] = scales
    moved = [
        m
        for m in by_key["point"]
        if points_within(m.field, scale, m.claim.text[m.claim.offsets(m.field.span)[1] :])
    ]
    by_key[scale] += [_Mention(m.claim, m.field, scale, m.home) for m in moved]
    by_key["point"] = [m for m in by_key["point"] if m not in moved]
    if not by_key["point"]:
        del by_key["point"]


def _compared_at_home(cluster: Cluster, clusters: Sequence[Cluster]) -> bool:
    """Whether values lined up over claims of one claim cluster are what it compared itself.

    Days of one act are lined up over claims of one cluster too (it compares one value of
    each kind per claim, maybe another); where it compared these very words, whatever it
    found, the field cluster would only repeat it.
    """
    homes = [k for k in clusters if set(cluster.claim_ids) <= set(k.claim_ids)]
    if not homes:
        return False
    mine = [(f.field.split(":")[0], told_at(f)) for f in cluster.findings]
    theirs = [(f.field.split(":")[0], told_at(f)) for f in homes[0].findings]
    return all(any(kind == k and words <= told for k, told in theirs) for kind, words in mine)


def _flagged_at(clusters: Sequence[Cluster]) -> list[tuple[str, frozenset[tuple[str, int, int]]]]:
    """The field kind of each flagged finding of the claim clusters, and where its values are."""
    return [
        (f.field.split(":")[0], told_at(f))
        for k in clusters
        for f in k.findings
        if f.verdict in FLAGGED
    ]


def _flagged_within(
    cluster: Cluster, seen: Sequence[tuple[str, frozenset[tuple[str, int, int]]]]
) -> bool:
    """Whether a claim cluster already flags the very words an across finding sets apart.

    "Owen Tarrant, 58, found the animals" and "Owen Tarrant, 63, who runs the farm" are
    flagged in their claim cluster; the phrase "Owen Tarrant, 63, who runs the farm", a
    claim of its own, lines up the same two ages across claims: one finding, not two.
    ``seen`` is what the claim clusters flag (:func:`_flagged_at`).
    """
    mine = [(f.field.split(":")[0], told_at(f)) for f in cluster.findings if f.verdict in FLAGGED]
    return bool(mine) and all(
        any(k in (kind, _TOLD_AS.get(kind)) and words <= told for k, told in seen)
        for kind, words in mine
    )


_TOLD_AS = {"decision": "event"}
"""The kind a claim cluster flags the same words as: a decision made and one open ("has
agreed" / "has not agreed") is an event told both ways."""


def _cause_clusters(claims: Mapping[str, Claim], sources: Mapping[str, Source]) -> list[Cluster]:
    """The field cluster of a cause one source tells as found and another as still open.

    "Investigators are satisfied the fire was started deliberately" in one source and "the
    cause has not yet been established" in another, whatever else the sentences say
    (:func:`~checkfacts.rules.causes.found_and_open`). An open claim is read with the
    sentences before and after it, which say what it is the cause of; a source that tells
    one thing's cause both ways is left out of it.
    """
    members = _settled_and_open(claims, found_cause, open_cause, one_thing)
    finding = compare_causes(members, sources)
    if finding is None:
        return []
    return [_names_cluster("cause", finding, claims, "by the cause they tell")]


LEGAL_STEPS = frozenset(["arrest", "charge"])
"""Steps against a suspect a story tells once: an arrest, a charge."""
_NONE = frozenset(["no", "nobody", "none", "no one", "no-one"])
"""Words that deny a step to anyone: "no arrests", "nobody has been charged" (not "released
without charge", said of the one arrested)."""


def _step(claim: Claim, denied: bool, step: str) -> FieldValue | None:
    """The claim's event of ``step`` (:data:`LEGAL_STEPS`), told done to someone or denied to all.

    Done: "a 16-year-old boy has been arrested", "police arrested two skippers"; denied to
    anyone: "no arrests have been made", "nobody has yet been arrested", "made no
    arrests". A step told with a modal ("could be charged") or denied to one person ("the
    driver was not arrested") is neither.
    """
    for f in claim.fields:
        v = f.value
        if not isinstance(v, EventValue) or v.predicate != step or v.modality:
            continue
        to_no_one = (v.object is None or v.object in NO_ONE) and (v.cue or "").lower() in _NONE
        if denied and v.negative and to_no_one:
            return f
        if not denied and not v.negative and not v.object_none and v.object is not None:
            return f
    return None


def _step_clusters(claims: Mapping[str, Claim], sources: Mapping[str, Source]) -> list[Cluster]:
    """Field clusters of a step against a suspect one source tells as done, another as not.

    "A 16-year-old boy has been arrested on suspicion of arson" in one source and "police
    confirmed that no arrests have been made" in another, however unlike the sentences: a
    story's arrest or charge is one step. A source that tells a step both ways ("no arrests
    were made at the scene"; "a man was later arrested") is left out of it, and so is a
    step dated to a year before the article (a past case told as background).
    """
    out = []
    for step in sorted(LEGAL_STEPS):
        done, denied_ = _told_one_way(claims, functools.partial(_step, step=step))
        if not done or not denied_ or any(_of_a_year_gone(c) for c, _ in done):
            continue
        (ca, fa), (cb, fb) = done[0], denied_[0]
        members = [_only(ca, fa), _only(cb, fb)]
        finding = compare_kind("event", members, sources, check_roles=False, aligned=False)
        if finding is not None and finding.verdict is Verdict.CONFLICT:
            out.append(_names_cluster("event", finding, claims, f"by the {step} they tell"))
    return out


INTENDED_STEPS = frozenset(["appeal", "resign", "sue", "prosecute"])
"""Steps a party of a story says it will or will not take, once: an appeal, a resignation, a
lawsuit ("would appeal to the planning inspectorate" / "would not lodge an appeal"), a
prosecution ("he will be prosecuted" / "he will not face prosecution")."""
_AS_INTENDED = frozenset(["will", "would"])


def _intent(claim: Claim, refused: bool, step: str) -> FieldValue | None:
    """The claim's event of ``step`` (:data:`INTENDED_STEPS`) told as to be taken, or refused.

    "Harcourt would appeal to the planning inspectorate" / "said it would not lodge an
    appeal", "the club will appeal against the ban" / "has decided not to appeal the ban",
    "she will appeal against the suspension" / "she would not challenge the decision" (one
    act: :data:`~checkfacts.rules.events.ONE_ACT`); not an appeal that may come ("could
    appeal", "is considering an appeal").
    """
    for f in claim.fields:
        v = f.value
        if not isinstance(v, EventValue) or v.aside:
            continue
        if _one_act_name(v.predicate) != _one_act_name(step):
            continue  # "will appeal" / "would not challenge the decision": one appeal
        if v.modality not in (None, *_AS_INTENDED) or v.negative != refused:
            continue
        return f
    return None


def _intent_clusters(claims: Mapping[str, Claim], sources: Mapping[str, Source]) -> list[Cluster]:
    """Field clusters of a step one source says a party will take, and another that it won't.

    Read as steps against a suspect are (:func:`_step_clusters`): each source telling the
    step one way, however unlike the sentences. The two must name one doer, or none (a
    pronoun: "it would not lodge an appeal"): "the club" and "the player" are two parties.
    """
    out = []
    for step in sorted(INTENDED_STEPS):
        taken, refused_ = _told_one_way(claims, functools.partial(_intent, step=step))
        if not taken or not refused_:
            continue
        (ca, fa), (cb, fb) = taken[0], refused_[0]
        if doer_as_told(fa, ca) != doer_as_told(fb, cb):
            continue  # "the club will appeal" / "the player will not appeal": two parties
        members = [_only(ca, fa), _only(cb, fb)]
        finding = compare_kind("event", members, sources, check_roles=False, aligned=False)
        if finding is not None and finding.verdict is Verdict.CONFLICT:
            out.append(_names_cluster("event", finding, claims, f"by the {step} they tell"))
    return out


_GRANTING = frozenset(["approve", "grant", "accept", "agree", "pass", "uphold", "allow"])
_REFUSING = frozenset(
    ["reject", "refuse", "turn down", "vote down", "decline", "dismiss", "throw out", "defeat"]
)
"""The two made outcomes of a request: granted ("approved an £8,000 grant", "the motion was
carried") or refused ("turned down the request")."""
_PUT_TO_A_VOTE = frozenset(["motion", "amendment", "resolution", "proposal"])
"""What is carried by a vote: "the motion was carried" (not "carried 40 passengers")."""
_OUTCOME_NOISE = frozenset(
    ["approve", "reject", "refuse", "grant", "accept", "decline", "request", "application",
     "decision"]
) | frozenset(WEEKDAYS)  # fmt: skip
"""Words two claims share that say nothing of what was decided."""


def _outcome(claim: Claim) -> list[tuple[FieldValue, bool]]:
    """The claim's made outcomes of a request, each told granted (True) or refused (False).

    Told in a clause of its own too: "the cabinet, which approved an £8,000 grant"; but
    with a thing decided or a decider named ("we all have to accept it" names neither).
    """
    out = []
    for f in claim.fields:
        v = f.value
        if not isinstance(v, EventValue) or v.negative or v.modality:
            continue
        if not (v.object or v.subject):
            continue  # "we all have to accept it": nothing named decided, no one deciding
        if (granted := _granted(v)) is not None:
            out.append((f, granted))
    return out


def _granted(v: EventValue) -> bool | None:
    """Whether an act grants a request (True), refuses it (False), or is neither (None)."""
    acts = {v.predicate}.union(*(g for g in ONE_ACT if v.predicate in g))
    if v.predicate == "carry":
        # "the motion was carried" (not "is carrying 61 vacancies")
        return True if {v.object, v.subject} & _PUT_TO_A_VOTE else None
    if acts & _GRANTING:
        return True
    return False if acts & _REFUSING else None


def _outcome_clusters(claims: Mapping[str, Claim], sources: Mapping[str, Source]) -> list[Cluster]:
    """Field clusters of a request one source tells as granted and another as refused.

    "The cabinet approved an £8,000 grant towards the hospital's running costs" / "the
    council's cabinet turned down the request on Monday", however unlike the sentences:
    the two claims, each read with the sentence before and after it, share two words of
    what was decided, and each source tells that thing one way (a source that tells the
    rest of a scheme approved and one stretch refused is left out). Compared as events,
    the pair is flagged only as opposite outcomes (``event.opposite_outcome``).
    """
    by_source: dict[str, list[Claim]] = {}
    for cid in sorted(claims):
        by_source.setdefault(claims[cid].source_id, []).append(claims[cid])
    told: list[tuple[Claim, FieldValue, bool, set[str]]] = []
    for sid in sorted(by_source):
        ordered = sorted(by_source[sid], key=lambda c: (c.span[0], c.id))
        mine = []
        for n, c in enumerate(ordered):
            if _of_a_year_gone(c):
                continue
            around = " ".join(x.text for x in ordered[max(0, n - 1) : n + 2])
            for f, granted in _outcome(c):
                mine.append((c, f, granted, things(around) - _OUTCOME_NOISE))
        # a source that tells outcomes both ways is left out, unless each way is told of
        # its own named thing ("approved plans to convert the chapel, although a proposed
        # terrace was refused"): then each keeps its own
        told += [t for t in mine if not any(_both_ways(t[1], o[1], t[0], o[0]) for o in mine)]
    out = []
    for ca, fa, ga, wa in told:
        for cb, fb, gb, wb in told:
            if ca.source_id >= cb.source_id or ga == gb or len(wa & wb) < 2:
                continue
            oa, ob = getattr(fa.value, "object", None), getattr(fb.value, "object", None)
            if oa != ob and oa not in ASKED and ob not in ASKED:
                continue  # "turned down an offer to plead" / "approved the budget": two things
            if not (_of_the_other_asked(ca, cb) and _of_the_other_asked(cb, ca)):
                continue  # "plans to extend the hut were approved" / "a separate application
                # for floodlights was refused": the other thing
            members = [_only(ca, fa), _only(cb, fb)]
            finding = compare_kind("event", members, sources, check_roles=False, aligned=False)
            if finding is not None and finding.verdict is Verdict.CONFLICT:
                out.append(_names_cluster("event", finding, claims, "by the outcome they tell"))
                return out  # one request's outcome: one finding
    return out


_ANOTHER = ("separate", "second", "further", "another", "other")
_ASKED_NOUNS = ("request", "application", "bid", "proposal", "motion", "amendment")
_ANOTHER_ASKED = re.compile(
    rf"\b(?:{'|'.join(_ANOTHER)})\s+(?:[a-z-]+\s+)?(?:{'|'.join(_ASKED_NOUNS)})s?\b", re.I
)
"""What was asked told as another thing than the rest: "a separate proposal to introduce a
cheaper rate", "a second application, for floodlights"."""


_ASKED_ENDS = re.compile(r"[,;.:]|\s(?:was|were|is|are|has|had|will|would)\s")
"""Where the words naming a thing asked end: at its verb, or a break."""
_ASKING_WORDS = frozenset(_ANOTHER + _ASKED_NOUNS)
"""The words of :data:`_ANOTHER_ASKED` itself, which name no thing asked."""


def _of_the_other_asked(claim: Claim, other: Claim) -> bool:
    """Whether ``other`` tells of what ``claim`` tells as another thing asked, if it does.

    "A separate application for floodlights was refused" is of the floodlights: "plans to
    extend the hut were approved" is not, "floodlights on the activity area were also
    approved" is. A claim telling no other thing asked is of anything.
    """
    m = _ANOTHER_ASKED.search(claim.text)
    if m is None:
        return True
    rest = re.sub(r"^\s*,\s*", " ", claim.text[m.end() :])  # "a further proposal, to open"
    told = _ASKED_ENDS.split(rest, maxsplit=1)[0]
    what = {w for w in re.findall(r"[a-z]+", (m.group(0) + told).lower()) if len(w) > 3}
    what -= _ASKING_WORDS | FUNCTION_WORDS
    return bool(things(" ".join(what)) & things(other.text))


def _both_ways(a: FieldValue, b: FieldValue, ca: Claim, cb: Claim) -> bool:
    """Whether two outcomes one source tells go two ways of what may be one thing.

    Two named things apart ("plans" approved, a "terrace" refused) are two decisions; a
    thing unnamed or named only as what was asked ("the application") may be either,
    unless it is told as another one ("a separate proposal to introduce a cheaper rate").
    """
    va, vb = a.value, b.value
    assert isinstance(va, EventValue) and isinstance(vb, EventValue)
    if _granted(va) == _granted(vb):
        return False
    oa, ob = va.object, vb.object
    if oa == ob:
        return True
    if ca.id != cb.id and any(_ANOTHER_ASKED.search(c.text) for c in (ca, cb)):
        return False  # "the increase was passed" / "a separate proposal ... was voted down"
    return oa is None or ob is None or oa in ASKED or ob in ASKED


_Told = list[tuple[Claim, FieldValue]]


def _told_one_way(
    claims: Mapping[str, Claim], tell: Callable[[Claim, bool], FieldValue | None]
) -> tuple[_Told, _Told]:
    """The claims that tell a thing so and those that tell it not, of sources telling one way.

    ``tell(claim, not_so)`` gives the claim's field telling the thing that way, or None. A
    source that tells it both ways ("no arrests were made at the scene"; "a man was later
    arrested") is left out.
    """
    told: dict[str, dict[bool, _Told]] = {}
    for cid in sorted(claims):
        claim = claims[cid]
        for not_so in (False, True):
            if (f := tell(claim, not_so)) is not None:
                told.setdefault(claim.source_id, {}).setdefault(not_so, []).append((claim, f))
    one_way = {sid: ways for sid, ways in told.items() if len(ways) == 1}
    so = [x for sid in sorted(one_way) for x in one_way[sid].get(False, [])]
    not_ = [x for sid in sorted(one_way) for x in one_way[sid].get(True, [])]
    return so, not_


def _only(claim: Claim, field: FieldValue) -> Claim:
    """A claim with ``field`` as its only event."""
    kept = tuple(f for f in claim.fields if f.kind != "event" or f == field)
    return claim.model_copy(update={"fields": kept})


def _decision_clusters(claims: Mapping[str, Claim], sources: Mapping[str, Source]) -> list[Cluster]:
    """The field cluster of a decision one source tells as made and another as still open.

    "The council granted planning permission last week" in one source and "the planning
    application has yet to be decided" in another (:func:`~checkfacts.rules.decisions.
    made_and_open`), read as causes are (:func:`_cause_clusters`), the open claim with the
    two claims before it: a sentence split at its clauses ("governors agreed to open a
    consultation, but no final decision has been taken") names what is open a claim further
    back.
    """
    members = _settled_and_open(claims, made_decision, open_decision, one_decision, before=2)
    out = []
    for group in _one_thing_each(members, made_decision, open_decision, one_decision):
        finding = compare_decisions(group, sources)
        if finding is not None:
            out.append(_names_cluster("decision", finding, claims, "by the decision they tell"))
    return out


def _one_thing_each(
    members: Sequence[Claim],
    settled: Callable[[Claim], re.Match[str] | None],
    opened: Callable[[Claim], re.Match[str] | None],
    one: Callable[[Claim, Claim], bool],
) -> list[list[Claim]]:
    """The members in groups of one thing each: a settled claim and the open ones of it.

    "Has been charged" / "released without charge" and "has confirmed the students will be
    graded" / "too early to say how they will be graded" are two findings, not one.
    """
    graph = nx.Graph()
    graph.add_nodes_from(range(len(members)))
    for i, a in enumerate(members):
        for j, b in enumerate(members):
            if a.source_id != b.source_id and settled(a) and opened(b) and one(a, b):
                graph.add_edge(i, j)
    groups = [sorted(c) for c in nx.connected_components(graph) if len(c) > 1]
    return [[members[i] for i in g] for g in sorted(groups)]


def _settled_and_open(
    claims: Mapping[str, Claim],
    settled: Callable[[Claim], re.Match[str] | None],
    opened: Callable[[Claim], re.Match[str] | None],
    one: Callable[[Claim, Claim], bool],
    *,
    before: int = 1,
) -> list[Claim]:
    """The claims that tell a thing as settled or as open, each source telling it one way.

    An open claim is read with the ``before`` claims before it and the one after (its
    ``statement``), which say what is open; a source that tells one thing both ways is
    left out of it.
    """
    told: dict[str, list[Claim]] = {}
    for cid in sorted(claims):
        told.setdefault(claims[cid].source_id, []).append(claims[cid])
    members: list[Claim] = []
    for sid in sorted(told):
        ordered = sorted(told[sid], key=lambda c: (c.span[0], c.id))
        found = [c for c in ordered if settled(c) is not None]
        open_ = [
            c.model_copy(
                update={"statement": " ".join(x.text for x in ordered[max(0, n - before) : n + 2])}
            )
            for n, c in enumerate(ordered)
            if opened(c) is not None
        ]
        # a source that tells one thing both ways, read with no help from the settled claim
        # itself among the sentences around the open one ("confirmed it had opened an
        # inquiry. ... suspending the licence was being considered": two things)
        both = {o.id for o in open_ for f in found if one(f, _read_without(o, f))}
        members += [f for f in found if not any(one(f, _read_without(o, f)) for o in open_)]
        members += [o for o in open_ if o.id not in both]
    return members


def _read_without(open_: Claim, other: Claim) -> Claim:
    """An open claim read with the sentences around it, less ``other``'s words."""
    return open_.model_copy(update={"statement": open_.statement.replace(other.text, " ")})


def _credit(claim: Claim) -> str | None:
    """The full name a claim credits its words to, if one."""
    keys = {
        f.value.person
        for f in claim.fields
        if isinstance(f.value, AttributionValue) and f.value.person and " " in f.value.person
    }
    return next(iter(keys)) if len(keys) == 1 else None


def _credited_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims credit their words to two people of one surname by full name.

    "Gareth Pennock" and "Alys Pennock", a father and his daughter, are two speakers, though
    each claim names the other's surname (:func:`~checkfacts.rules.attribution.
    two_of_one_surname`, which the attribution rules then compare by).
    """
    ka, kb = _credit(a), _credit(b)
    return ka is not None and kb is not None and two_of_one_surname(ka, kb)


def _quote_clusters(
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    clusters: Sequence[Cluster],
    similarity: Similarity,
) -> list[Cluster]:
    """Field clusters of one quotation credited to two different people by two sources.

    ‘"Residents have been incredibly patient," said Councillor Ruth Okonedo’ and
    ‘"Residents have been incredibly patient," Inspector Gareth Lowry said’: the same
    words in quotation marks (:func:`~checkfacts.independence.share_a_quotation`),
    credited to a named person on each side (``attribution.different_speaker``), whatever
    else the sentences say. Two claims already aligned as one are compared there, not here,
    and so are two that both name one person (the credit of one read wrong: "Priya
    Castellane, chief executive of the trust, which runs six schools, said").
    """
    home = {cid: k.id for k in clusters for cid in k.claim_ids}
    quoted = _whole_quotations(claims)
    credited = {
        cid: runs
        for cid in sorted(claims)
        if any(
            f.kind == "attribution"
            and isinstance(f.value, AttributionValue)
            and f.value.person
            and (" " in f.value.person or (f.value.speaker or "").lower() not in _PRONOUNS)
            for f in claims[cid].fields
        )
        and _credits_its_own(claims[cid])  # the credit's own sentence, not one it reaches
        and (runs := quoted_runs(quoted[cid].text))
    }
    out: list[Cluster] = []
    seen: set[tuple[tuple[str, tuple[int, int]], ...]] = set()
    for a, b in combinations(sorted(credited), 2):
        ca, cb = claims[a], claims[b]
        if ca.source_id == cb.source_id or home.get(a, a) == home.get(b, b):
            continue
        if not credited[a] & credited[b] or not share_a_quotation(quoted[a].text, quoted[b].text):
            continue
        if surnames(ca) & surnames(cb) and not _credited_apart(ca, cb):
            continue  # both name the speaker, however each credit was read
        finding = compare_kind("attribution", [quoted[a], quoted[b]], sources, similarity)
        if finding is None or finding.verdict is not Verdict.NUANCE:
            continue
        # one credit each side, however many sentences of the quotation carry it
        credits = tuple(
            sorted(
                (c.source_id, f.span) for c in (ca, cb) for f in c.fields if f.kind == "attribution"
            )
        )
        if credits in seen:
            continue
        seen.add(credits)
        out.append(_names_cluster("quote", finding, claims, "by the words they quote"))
    return out


def _whole_quotations(claims: Mapping[str, Claim]) -> dict[str, Claim]:
    """Each claim, read over the sentences before and after that its quotation runs into.

    A speaker's quotation told over two sentences is credited once: ‘"These fish are a vote
    of confidence in the Idlow.’ and ‘The water quality has come back faster than any of us
    dared hope," said Priya Lomax’ are one quotation, credited to her in the second; the
    words of both are hers (:func:`~checkfacts.independence.runs_on`). Only sentences that
    follow each other in the text are joined, and not two that each credit their own
    words; the claim read so spans both, its fields where they were.
    """
    starts = {(c.source_id, c.span[0] - gap): c for c in claims.values() for gap in (0, 1, 2)}
    out = dict(claims)
    for cid in sorted(claims):
        first = claims[cid]
        then = starts.get((first.source_id, first.span[1]))
        if then is None or not runs_on(first.text, then.text):
            continue
        if _credits_its_own(first) and _credits_its_own(then):
            continue  # each sentence credits its words: "..., said Gosal. "' / '"...," he said.'
        gap = " " * (then.span[0] - first.span[1])
        whole = first.model_copy(
            update={"text": first.text + gap + then.text, "span": (first.span[0], then.span[1])}
        )
        out[first.id] = whole
        out[then.id] = whole.model_copy(update={"id": then.id, "fields": then.fields})
    return out


_PRONOUNS = frozenset(["he", "she"])
"""Credits a claim gives by a pronoun, named from the claim before: only a full name read so
is taken for the speaker ("she said" read as "Corvane", a company, names no one)."""


def _credits_its_own(claim: Claim) -> bool:
    """Whether a claim credits its words within itself (not by a credit carried from another)."""
    return any(
        f.kind == "attribution" and claim.span[0] <= f.span[0] and f.span[1] <= claim.span[1]
        for f in claim.fields
    )


def _office_clusters(
    claims: Mapping[str, Claim], sources: Mapping[str, Source], clusters: Sequence[Cluster]
) -> list[Cluster]:
    """Field clusters of claims that give one person two offices no one holds together.

    "Chief executive Ilse Marwood" in one source and "Ilse Marwood, the airline's chief
    financial officer" in another, whatever the sentences say
    (:func:`~checkfacts.rules.wording.two_offices`). Offices of two groups ("chief
    executive" / "chair") are often held together, and are not set apart.
    """
    return _person_clusters(
        claims, sources, clusters, "offices", office_of, compare_offices, offices_apart
    )


def _body_clusters(
    claims: Mapping[str, Claim], sources: Mapping[str, Source], clusters: Sequence[Cluster]
) -> list[Cluster]:
    """Field clusters of claims that place one person at two named bodies.

    "Kirsty Baines, the Environment Agency's flood duty officer" in one source and "Kirsty
    Baines, the emergency planning officer for Tarnedale District Council" in another,
    whatever the sentences say (:func:`~checkfacts.rules.wording.two_bodies`).
    """

    def body(claim: Claim, person: FieldValue) -> str | None:
        found = body_of(claim, person)
        return None if found is None else found.text.lower()

    return _person_clusters(claims, sources, clusters, "bodies", body, compare_bodies)


def _place_clusters(
    claims: Mapping[str, Claim], sources: Mapping[str, Source], clusters: Sequence[Cluster]
) -> list[Cluster]:
    """Field clusters of claims that name two places of one kind, one in each source.

    "Stanbridge Royal Hospital" in one source and "Hebbleford General Hospital" in another,
    whatever the sentences say (:func:`~checkfacts.rules.wording.two_places`). Each source
    must name one place of the kind in the whole story: a source that names two tells of a
    transfer or of two steps, and the kind is left.
    """
    named: dict[str, dict[str, list[NamedPlace]]] = {}
    carriers: dict[str, list[Claim]] = {}
    for cid in sorted(claims):
        claim = claims[cid]
        for place in named_places(claim):
            named.setdefault(place.kind, {}).setdefault(claim.source_id, []).append(place)
            if claim not in carriers.setdefault(place.kind, []):
                carriers[place.kind].append(claim)
    out = []
    for kind in sorted(named):
        by_source = named[kind]
        ones = [places[0] for places in by_source.values() if _one_place(places)]
        if len(ones) < 2 or len(ones) < len(by_source):
            continue
        if not any(places_apart(x, y) for x, y in combinations(ones, 2)):
            continue
        if _named_without_kind(ones, carriers[kind], claims):
            continue  # "at Harwick General and at Dunsley Community Hospital": both named
        finding = compare_places(carriers[kind], sources)
        if finding is None or _told_within(finding, clusters):
            continue
        out.append(_names_cluster(kind, finding, claims, "by the place they name"))
    return out


def _move_clusters(
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    clusters: Sequence[Cluster],
    told: Callable[[Claim], list[NamedPlace]] = moves,
    compared: Callable[[Sequence[Claim], Mapping[str, Source]], Finding | None] = compare_moves,
    how: str = "by the place they move things to",
) -> list[Cluster]:
    """The field cluster of claims that move the story's people or things to two places.

    "Season ticket holders will be moved to the South Stand" in one source and "will
    instead be relocated to the West Stand" in another, whatever else the sentences say
    (:func:`~checkfacts.rules.wording.two_moves`). Each source must name one place anything
    is moved to in the whole story, in claims of no year gone. So with the places the
    story's stolen things were found at (``told`` :func:`~checkfacts.rules.wording.finds`).
    """
    by_source: dict[str, list[NamedPlace]] = {}
    carriers: list[Claim] = []
    for cid in sorted(claims):
        claim = claims[cid]
        found = told(claim)
        if not found:
            continue
        by_source.setdefault(claim.source_id, []).extend(found)
        if not _of_a_year_gone(claim):
            carriers.append(claim)
    ones = [places[0] for places in by_source.values() if _one_place(places)]
    if len(ones) < 2 or len(ones) < len(by_source):
        return []
    if not any(places_apart(x, y) for x, y in combinations(ones, 2)):
        return []
    finding = compared(carriers, sources)
    if finding is None or _told_within(finding, clusters):
        return []
    return [_names_cluster(told.__name__.rstrip("s"), finding, claims, how)]


def _thing_street_clusters(
    claims: Mapping[str, Claim], sources: Mapping[str, Source], clusters: Sequence[Cluster]
) -> list[Cluster]:
    """Field clusters of claims that place one thing of the story on two streets.

    "The operator's depot on Brannock Road" in one source and "the firm's depot on the
    Fenner Street industrial estate" in another, whatever else the sentences say
    (:func:`~checkfacts.rules.wording.street_of_one_thing`). Each source must place the
    thing, by one noun, on one street in the whole story, and neither may name the other's
    street anywhere.
    """
    by_noun: dict[str, dict[str, list[NamedPlace]]] = {}
    carriers: dict[str, list[Claim]] = {}
    for cid in sorted(claims):
        claim = claims[cid]
        for noun, street in things_on_streets(claim):
            by_noun.setdefault(noun, {}).setdefault(claim.source_id, []).append(street)
            if claim not in carriers.setdefault(noun, []):
                carriers[noun].append(claim)
    story = [claims[cid] for cid in sorted(claims)]
    out = []
    for noun in sorted(by_noun):
        by_source = by_noun[noun]
        ones = [streets[0] for streets in by_source.values() if _one_place(streets)]
        if len(ones) < 2 or len(ones) < len(by_source):
            continue
        if not any(places_apart(x, y) for x, y in combinations(ones, 2)):
            continue
        members = carriers[noun]
        if any(
            streets_told_apart(a, b, story)
            for a, b in combinations(members, 2)
            if a.source_id != b.source_id
        ):
            continue  # "the depot on Brannock Road, off Fenner Street": both of the story
        finding = compare_streets_of_things(members, sources)
        if finding is None or _told_within(finding, clusters):
            continue
        out.append(_names_cluster("street", finding, claims, f"by the street of the {noun}"))
    return out


def _named_without_kind(
    ones: Sequence[NamedPlace], carriers: Sequence[Claim], claims: Mapping[str, Claim]
) -> bool:
    """Whether a source names another source's place without its kind word.

    "Extra beds were opened at Harwick General and at Dunsley Community Hospital" names
    Harwick General Hospital too: the kind is said once for both. Only a name of two words
    or more before the kind ("Harwick General", not a town's "Harwick").
    """
    where = {p.span: c.source_id for c in carriers for p in named_places(c)}
    texts: dict[str, str] = {}
    for c in claims.values():
        texts[c.source_id] = texts.get(c.source_id, "") + " " + c.text
    for place in ones:
        words = place.text.split()[:-1]  # the kind's last word off: "Harwick General"
        if len(words) < 2:
            continue
        stem = re.compile(
            rf"\b{re.escape(' '.join(words))}\b(?!\s+{re.escape(place.text.split()[-1])})"
        )
        own = where.get(place.span)
        if any(sid != own and stem.search(text) for sid, text in texts.items()):
            return True
    return False


def _one_place(places: Sequence[NamedPlace]) -> bool:
    """Whether a source's named places of one kind are all one place (no two apart)."""
    return not any(places_apart(x, y) for x, y in combinations(places, 2))


def _person_clusters(
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    clusters: Sequence[Cluster],
    kind: str,
    told: Callable[[Claim, FieldValue], str | None],
    compare: Callable[[Sequence[Claim], Mapping[str, Source]], Finding | None],
    apart: Callable[[str, str], bool] | None = None,
) -> list[Cluster]:
    """Field clusters of claims that tell one person two ways, by what ``told`` reads of them.

    Each source must tell the person (named in full) one way only: a source that gives
    two (one now, one before, or a change) is left out, and so is a pair already set
    apart in a claim cluster. With ``apart``, only tellings it holds apart are compared.
    """
    by_person: dict[str, dict[str, set[str]]] = {}
    carriers: dict[str, list[Claim]] = {}
    for cid in sorted(claims):
        claim = claims[cid]
        for f in people_of(claim):
            assert isinstance(f.value, NameValue)
            value = told(claim, f)
            if value is None or len(f.value.key.split()) < 2:
                continue
            by_person.setdefault(f.value.key, {}).setdefault(claim.source_id, set()).add(value)
            if claim not in carriers.setdefault(f.value.key, []):
                carriers[f.value.key].append(claim)
    out = []
    for key in sorted(by_person):
        by_source = by_person[key]
        once = {next(iter(v)) for v in by_source.values() if len(v) == 1}
        if len(by_source) < 2 or any(len(v) > 1 for v in by_source.values()) or len(once) < 2:
            continue
        if apart is not None and not all(apart(x, y) for x, y in combinations(sorted(once), 2)):
            continue  # "chief executive" / "chair": often one person
        finding = compare(carriers[key], sources)
        if finding is None or _told_within(finding, clusters):
            continue
        out.append(_names_cluster(kind, finding, claims, "by the person they name"))
    return out


def _role_clusters(
    claims: Mapping[str, Claim], sources: Mapping[str, Source], clusters: Sequence[Cluster]
) -> list[Cluster]:
    """Field clusters of claims that give one role two holders, from two or more sources.

    A role one person holds at a time ("Transport Commissioner", "chief executive") that
    one source gives to one person and another to someone else, whatever the sentences
    say (:func:`~checkfacts.rules.wording.role_held_apart`). A source that gives the role
    to two people (a new holder and the last) tells of a change: the role is left, and so
    is one already set apart in a claim cluster (:func:`_told_within`).
    """
    holders: dict[tuple[str, ...], dict[str, set[str]]] = {}
    carriers: dict[tuple[str, ...], list[Claim]] = {}
    for cid in sorted(claims):
        claim = claims[cid]
        for f in people_of(claim):
            for role in held_roles(claim, f):
                assert isinstance(f.value, NameValue)
                holders.setdefault(role, {}).setdefault(claim.source_id, set()).add(f.value.key)
                if claim not in carriers.setdefault(role, []):
                    carriers[role].append(claim)
    out = []
    told: set[tuple[str, ...]] = set()
    for role in sorted(holders):
        by_source = holders[role]
        if len(by_source) < 2 or any(len(_people(ks)) > 1 for ks in by_source.values()):
            continue
        members = carriers[role]
        finding = compare_roles(members, sources)
        if finding is None or _told_within(finding, clusters):
            continue
        ids = tuple(sorted({cid for g in finding.groups for cid in g}))
        if ids in told:
            continue  # the same claims by another role of the same people ("who led it")
        told.add(ids)
        out.append(_names_cluster("names", finding, claims, "by the role they name"))
    return out


def _names_cluster(kind: str, finding: Finding, claims: Mapping[str, Claim], how: str) -> Cluster:
    """The field cluster of a ``names`` finding lined up across a story, saying ``how``."""
    ids = tuple(sorted({cid for g in finding.groups for cid in g}))
    lined = f"Lined up across {len(ids)} claims of the story {how}. {finding.explanation}"
    return Cluster(
        id=field_cluster_id(kind, ids),
        kind="field",
        claim_ids=ids,
        statement=claims[ids[0]].statement,
        verdict=finding.verdict,
        findings=(finding.model_copy(update={"explanation": lined}),),
    )


def _told_within(finding: Finding, clusters: Sequence[Cluster]) -> bool:
    """Whether a claim cluster's names finding already sets each side of ``finding`` apart.

    "Justice Minister Harriet Lowe" and "Justice Minister Bernard Okafor" in two claims
    aligned as one are flagged there (``wording.other_holder``): not a second time here.
    """
    for k in clusters:
        for f in k.findings:
            told = {cid for g in f.groups for cid in g}
            if f.field == "names" and all(set(side) & told for side in finding.groups):
                return True
    return False


def _people(keys: set[str]) -> list[str]:
    """The people among name keys, one per person: "sarah sanders" and "sanders" are one."""
    out: list[str] = []
    for key in sorted(keys, key=lambda k: (-len(k), k)):
        if not any(set(key.split()) & set(kept.split()) for kept in out):
            out.append(key)
    return out


_GENERIC = frozenset(["group", "crowd", "number", "total", "some", "of", "the", "a", "an"])


def _telling(counted: str | None) -> bool:
    """Whether a counted phrase says more than "people" or "a group of people"."""
    if counted is None:
        return False
    words = [w.lower().strip("'") for w in counted.split()]
    return any(w not in _GENERIC and w not in PEOPLE and w.rstrip("s") not in PEOPLE for w in words)


def _key(field: FieldValue, claim: Claim) -> str | None:
    """What a value dates or counts, or whose age it is.

    Values with different keys are never lined up.
    """
    value = field.value
    if isinstance(value, DateValue):
        if dates.is_moment(field):
            if field.governor in _HALTING or _HALTED.search(
                claim.text[: field.span[0] - claim.span[0]]
            ):
                return _HALT  # "the band stopped playing at 9.40pm" / "halted the gig at 10.25pm"
            return _ONSET if _tells_onset(field, claim) else None
        if value.basis is DateReading.CLOCK:
            return None  # a bare "before 5 p.m." names no day (only onsets take clocks)
        if _span(value) is not None:
            return _SPAN  # "from 1 March to 31 July": a term told by its two ends
        if value.grain != "day" or not value.resolved:
            return None  # a month or a year rarely dates one event against another
        return "day"
    if isinstance(value, EventValue):
        if value.object is None or value.aside:
            return None  # a verb with nothing done to it names no one happening
        return _one_act_name(value.predicate)  # "will be demolished" / "not be knocked down"
    assert isinstance(value, QuantityValue)
    if measure(field) == "age":
        return _age_key(field, claim)
    if value.unit in CURRENCIES:
        noun = sum_noun(field, claim)
        if noun == "theft" and _of_a_year_gone(claim):
            return None  # "in 2019 a man stole £1,100 from the same kiosk": an earlier theft
        return None if noun is None else _SUM + noun
    if (dim := (magnitude(field) or ("",))[0]) in TOLD_ONCE_MEASURES and not value.ordinal:
        return _MEASURE + dim  # "a gust of 87mph" / "gusts of 68mph were measured"
    if dim == "duration" and (term := _term(field, claim)) is not None:
        return _MEASURE + term  # "jailed for 18 months" / "a 14-month prison sentence"
    if value.unit == "%" and (thing := _changed_thing(field, claim)) is not None:
        return _CHANGE_OF + thing  # "raised hire charges by 40 per cent" / "rose by a quarter"
    if not is_count(field) or value.ordinal:
        return None  # measures, money, shares and spans: see link_similarity
    # "about 140 homes" and "roughly 80 households" count one thing (COUNT_SYNONYMS)
    unit = str(value.unit)
    if unit in _TURNOUT:
        return unit  # "around 60 firefighters were sent" / "forty firefighters fought the flames"
    if lost_their_jobs(field, claim):
        return _JOBS_LOST  # "73 have been made redundant" / "some 118 staff have lost their jobs"
    if unit in PEOPLE and all_of(field, claim):
        # "all 23 residents": the whole group, however the claims differ (a count of things
        # keeps its noun's key, which a story's one count of a thing is lined up by)
        return _ALL + unit
    return "person" if unit in PEOPLE else COUNT_SYNONYMS.get(unit, unit)


_PRICES = frozenset(
    ["charge", "fee", "fare", "rent", "price", "rate", "tax", "toll", "subscription", "tariff",
     "levy", "premium", "allowance", "stipend", "wage", "salary"]
)  # fmt: skip
"""What a story prices, whose one change by a share each source tells is lined up however
unlike the claims ("raised its hire charges by 40 per cent" / "the hire charge rose by a
quarter"); a change of anything else ("sales grew 14%" beside a rival's "sales had risen by
5pc") is not lined up so."""
_CHANGING = RAISING | LOWERING
"""Verbs that change a named thing by a share, up or down (:data:`RAISING`): "raised its hire
charges by 40 per cent", "the hire charge rose by a quarter"."""


def _changed_thing(field: FieldValue, claim: Claim) -> str | None:
    """The priced thing (:data:`_PRICES`) a share changes by its verb, in a claim of no year gone.

    "The trust raised its evening hire charges by 40 per cent" and "the school's hire charge
    rose by a quarter" change one charge: each source's one change of it is lined up. A
    change of a year gone ("fares rose 5 per cent in 2022") is background, not the story's.
    """
    verb = field.governor
    if _of_a_year_gone(claim):
        return None
    if verb not in _CHANGING:
        return _changed_by_phrase(field, claim) if verb in ("go", "pay") else None
    for f in claim.fields:
        v = f.value
        if not isinstance(v, EventValue) or v.predicate != verb or v.negative:
            continue
        noun = (v.object or v.subject or "").split()[-1:]
        if not noun or noun[0] not in _PRICES:
            return None
        return f"{noun[0]} {'up' if verb in RAISING else 'down'}"
    return _changed_by_phrase(field, claim)  # a verb the claim reads no event of


_WENT_WAY = re.compile(
    r"\b(?P<noun>[a-z]+?)s?(?:\s+(?:at|of|for|in|on)\s+(?:the\s+|its\s+|their\s+)?[a-z]+)?"
    r"\s+(?:(?:will|would|could|is\s+to|are\s+to|has|have|had|to)\s+)?"
    r"(?:go|goes|going|gone|went)\s+(?P<way>up|down)\s+(?:by\s+)?$",
    re.I,
)
"""A priced thing that goes up or down by a share: "the fee will go up by [25 per cent]",
"session prices at the pool will go up by [6 per cent]"."""
_CHANGED_THE = re.compile(
    r"\b(?P<way>rais|increas|put\s+up|cut|reduc|lower)\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z]+\s+){0,3}?(?P<noun>[a-z]+?)s?\s+by\s+$",
    re.I,
)
"""A priced thing changed by a share, its verb read by no event: "a proposal to raise the
team registration fee by [20 per cent]"."""
_PAY_MORE = re.compile(r"\s*(?P<way>more|less)\b", re.I)
"""A share paid more or less, after the share: "riders will pay [12%] more for lessons"."""


def _changed_by_phrase(field: FieldValue, claim: Claim) -> str | None:
    """The change of a price told by a phrase the claim reads no event of.

    "The fee will go up by 25 per cent" and "a proposal to raise the team fee by 20 per
    cent" change one fee; "riders will pay 12% more for lessons" raises a price, as
    "lesson prices will rise by 8%" does.
    """
    before = _before(field, claim, 80)
    for told in (_WENT_WAY.search(before), _CHANGED_THE.search(before)):
        if told is not None:
            noun = told["noun"].lower()
            if noun not in _PRICES:
                return None
            way = told["way"].lower()
            return f"{noun} {'up' if way in ('up', 'rais', 'increas', 'put up') else 'down'}"
    at = field.span[1] - claim.span[0]
    paid = _PAY_MORE.match(claim.text, at)
    if paid is None or not re.search(r"\bpa(?:y|ys|id|ying)\s+$", _before(field, claim, 20)):
        return None
    return f"price {'up' if paid['way'].lower() == 'more' else 'down'}"


_TURNOUT = frozenset(["firefighter"])
"""People a story counts once, if it counts them: the firefighters sent to a fire, at its
height or fighting it, are one turnout (:func:`checkfacts.rules.gates.one_turnout`), as a
story's fire engines are; so each source's one count of them is lined up, as a count of a
named thing is, not as a count of people (of whom a story counts many groups)."""

_TURNED_OUT = re.compile(
    r"\b(?:sent|attended|at\s+the\s+scene|tackl(?:ed|ing)|f(?:ought|ighting)|battl(?:ed|ing)"
    r"|called|deployed|rushed|worked)\b",
    re.I,
)


def _turned_out(mention: _Mention) -> bool:
    """Whether a count of firefighters is told as sent to, at or fighting the fire."""
    return _TURNED_OUT.search(mention.claim.text) is not None


_JOBS_LOST = "redundancy"
"""The key of a count of people told as losing their jobs (:func:`lost_their_jobs`)."""


def _a_named_thing(kind: str, key: str) -> bool:
    """Whether a key counts things of one named kind: turbines, licences, beavers.

    Not people (every story counts people of many groups), ages, sums, days or events.
    Each source that gives one count of such a thing gives the story's count of it: "74
    turbines" and "68 turbines" are lined up though their claims say other things (the
    threshold of onsets, :func:`onset_similarity`), unless two verbs or two kinds part
    them (see :func:`_kinds_apart` and ``compare.different_events``).
    """
    return kind == "quantity" and key != "person" and ":" not in key


def _one(field: FieldValue) -> bool:
    """Whether a count is of one thing ("one bell", "a single fragment")."""
    v = field.value
    return isinstance(v, QuantityValue) and v.low == 1 and v.high in (1, None) and not v.bound


_AGREEMENT_TERMS = {
    "lease": "lease", "tenancy": "lease",
    "deal": "deal", "agreement": "deal", "contract": "deal",
    "licence": "licence", "license": "licence",
}  # fmt: skip
"""Agreements whose length is told before their noun, and the term each is: "a 25-year lease"
and "the 15-year lease", "the ten-year deal" and "a five-year ground-share agreement"."""
_CUSTODY_VERBS = frozenset(["jail", "imprison", "sentence", "detain", "lock"])
_CUSTODY_NOUNS = frozenset(["sentence", "term", "jail", "prison", "custody", "detention"])
_BAN_WORDS = frozenset(["ban", "disqualify", "disqualification", "bar"])
_CLOSING = frozenset(["close", "shut", "close down", "shut down"])
"""Verbs of a closure whose length a span tells: "will close for 14 weeks", "shut for ten
days" (the story's one closure, when each source tells one length of it)."""
_SUSPENDED = re.compile(r"\bsuspend(?:ed|s)?\b", re.I)
_BANNED_BEFORE = re.compile(r"\b(?:banned|disqualified|barred)\b[^.;:]*$", re.I)
_JAILED_BEFORE = re.compile(r"\b(?:jailed|imprisoned|locked\s+up)\b[^.;:]*$", re.I)


def _term(field: FieldValue, claim: Claim) -> str | None:
    """Which term a span of time is: a court's ("custody" or "ban"), an agreement's, a closure's.

    "Jailed for 18 months" and "a 14-month prison sentence" are one story's jail term;
    "banned from driving for three years" and "a two-year ban" its ban. A claim that
    suspends a term ("a 12-month sentence suspended for two years") gives two spans of
    one sentence and none is lined up.
    """
    words = set(re.findall(r"[a-z]+", (field.counted or "").lower()))
    verb = field.governor or ""
    # "a 25-year lease" counts "year lease ...", "a five-year ground-share agreement" "year
    # ground-share agreement with ...": the agreement is a noun right after the length
    named = itertools.takewhile(
        lambda w: w not in FUNCTION_WORDS, (field.counted or "").lower().split()[1:4]
    )
    term = next((_AGREEMENT_TERMS[w] for w in named if w in _AGREEMENT_TERMS), None)
    if "-" in field.text and term is not None:
        return term
    if verb in _CLOSING:
        return "closure"  # "will close for 14 weeks" / "the route will be shut for 10 weeks"
    if _SUSPENDED.search(claim.text):
        return None
    if verb in _BAN_WORDS or words & _BAN_WORDS:
        return "ban"
    if verb in _CUSTODY_VERBS or words & _CUSTODY_NOUNS:
        return "custody"
    # the parse may hang the span on no verb: "banned from keeping animals for ten years"
    before = _before(field, claim, 60)
    if _BANNED_BEFORE.search(before):
        return "ban"
    return "custody" if _JAILED_BEFORE.search(before) else None


_MEASURE = "measure:"
"""The key of a measure told once (:data:`TOLD_ONCE_MEASURES`): "measure:speed"."""
_CHANGE_OF = _MEASURE + "change of "
"""The key of the one change of a named thing by a share, and its way: "measure:change of
charge up" (:func:`_changed_thing`)."""
_ONE_HELD = frozenset([_MEASURE + "lease", _MEASURE + "licence"])
"""Keys of the term of what a story's one holder holds, a lease or a licence: lined up
whatever the claims, each source telling one (a deal or a contract may be one of several:
a player's and a sponsor's)."""


_COURT_TERMS = frozenset([_MEASURE + "custody", _MEASURE + "ban"])
"""Keys of the terms a court gives: the story's one jail term or ban when each source tells
one and no two of their claims name two people ("has been jailed for three years and four
months" / "Garrick Pell, 52, was sentenced to two years and eight months"), whatever else
the claims say."""


def _two_named(mentions: Sequence[_Mention]) -> bool:
    """Whether two of the mentions' claims name people and none is the same.

    Two first names of one surname ("Callum Pell" / "Garrick Pell") are two people.
    """
    return any(
        _other_people(a.claim, b.claim) or _other_firsts(a.claim, b.claim)
        for a, b in combinations(mentions, 2)
    )


def _other_firsts(a: Claim, b: Claim) -> bool:
    """Whether both claims give full names of people and no full name is in both."""

    def full(claim: Claim) -> set[str]:
        return {
            f.value.key
            for f in claim.fields
            if f.kind == "person"
            and isinstance(f.value, NameValue)
            and len(f.value.key.split()) > 1
        }

    fa, fb = full(a), full(b)
    return bool(fa and fb and not fa & fb)


_SUM = "sum:"
"""The key of a sum of money by the noun it is the amount of: "sum:cost"."""


_VALUE = _SUM + "value"
"""The key of a sum that is a bare value: "the deal is worth $6.8m", "a value of £480,000"."""


def _value_to_owner(by_key: dict[str, list[_Mention]]) -> None:
    """Move each bare value to the key of the one named thing its claim values, in place.

    "The deal is worth $6.8 million" gives a bare value (the deal is the clause's subject,
    not beside "worth"); "a deal valued at $8.6 million" gives the deal's (see
    :func:`checkfacts.fields._priced`). A bare value joins the key of a thing another sum
    is the value of when its claim names that thing, and only that one, before the sum:
    "the deal" before "is worth"; "the stolen canvas was valued at" stays a bare value
    beside "a landscape with an estimated value of" when no sum is the canvas's.
    """
    owners = sorted(
        key
        for key, mentions in by_key.items()
        if key != _VALUE
        and any((m.field.counted or "").lower().startswith("value of ") for m in mentions)
    )
    kept = []
    for m in by_key.get(_VALUE, []):
        before = m.claim.text[: m.field.span[0] - m.claim.span[0]]
        named = [
            key
            for key in owners
            if re.search(rf"\b{re.escape(key.removeprefix(_SUM))}(?:e?s)?\b", before, re.I)
        ]
        if len(named) == 1:
            by_key[named[0]].append(_Mention(m.claim, m.field, named[0], m.home))
        else:
            kept.append(m)
    if _VALUE in by_key:
        by_key[_VALUE] = kept


_SALE = _SUM + "sale"
"""The key of what a thing was bought or sold for."""
_SUMS_OF_A_STORY = frozenset([_SALE, _SUM + "shortfall", _SUM + "loss", _SUM + "theft"])
"""Keys of sums a story has one of, when each source tells one: the sum a thing was sold
for ("has been sold for £46 million" / "bought it in a deal worth £64 million"), a budget's
shortfall ("a £38 million gap in its budget" / "a shortfall of £52 million"), a loss
("customers lost a total of £1.3 million" / "a fraud that cost customers £860,000"), a
theft's haul ("took equipment and cash worth £4,200" / "cash worth a total of £7,400 were
taken"; not an earlier theft dated to a year gone). Lined up on the likeness asked of
onsets, as a named thing's count is."""
_GRANT = _SUM + "grant"
"""The key of a grant, each source's one lined up on the likeness asked of onsets ("after
landing an £18,500 grant" / "has secured £24,000 from the Marrowdale Environmental Fund"),
whatever years other verbs of the claims name."""


_THEFT = _SUM + "theft"
"""The key of a theft's haul: a story's one theft when each source tells one, however unlike
the claims ("left with about £4,000 in notes" / "handed over £2,600 to a robber")."""
_SCHEME = _SUM + "scheme"
"""The key of what a scheme costs, told as a scheme, a project or a development: a story's
one scheme when each source prices one ("approved the £18m scheme" / "says the £14.5m
project is needed"), however unlike the claims."""


def _of_a_year_gone(claim: Claim) -> bool:
    """Whether a claim dates something to a year before it was published."""
    return bool(_years_gone(claim))


def _years_gone(claim: Claim) -> frozenset[str]:
    """The years before it was published that a claim dates something to.

    Two sums of a sale both told "last year" are one sale, the story's; one told "in 2009"
    beside one of no year gone is background beside the story's.
    """
    return frozenset(y for f in claim.fields if (y := _year_gone(f)) is not None)


def _year_gone(date: FieldValue) -> str | None:
    """The year a date falls in, when that is a year before its article's, else None."""
    v = date.value
    if isinstance(v, DateValue) and v.latest and v.published and v.latest[:4] < v.published[:4]:
        return v.latest[:4]
    return None


def _apart_by_year(by_key: dict[str, list[_Mention]]) -> None:
    """Move each count or sum whose own verb is dated to a year gone to that year's key, in place.

    "Last year's open attracted 290 entrants" is a year gone's count beside this year's
    "412 competitors" and "more than 500 competitors": it is lined up only with counts of
    that year ("entrants@2024"), so each source's count of this year is its one count.
    Ages are a person's, whatever the year; sums are read by :func:`_of_another_year`, and
    measures (a closure's weeks) by their own keys.
    """
    for key in sorted(by_key):
        if key.startswith(("age:", _SUM, _MEASURE)):
            continue  # a sum of a year gone is read by its own rules (_of_another_year)
        kept = []
        for m in by_key[key]:
            years = _own_past_years(m)
            if years:
                moved = f"{key}@{max(years)}"
                by_key.setdefault(moved, []).append(_Mention(m.claim, m.field, moved, m.home))
            else:
                kept.append(m)
        if kept:
            by_key[key] = kept
        else:
            del by_key[key]


def _own_past_years(mention: _Mention) -> frozenset[str]:
    """The years before publication that a count's own verb is dated to, each date in one year.

    As :func:`_paid_in_a_year_gone`, and a source with no publication date dates its count
    by the year it names ("fired 23 missiles during 16 tests between February and December
    2017"), so it meets another source's count of that year gone.
    """
    out = set()
    for f in _own_dates(mention):
        v = f.value
        assert isinstance(v, DateValue)
        if v.mod is not None or not v.earliest or not v.latest or v.earliest[:4] != v.latest[:4]:
            continue  # not a bound nor a record's last time ("the first rise since 2003")
        if v.published is None or v.latest[:4] < v.published[:4]:
            out.add(v.latest[:4])
    return frozenset(out)


def _own_dates(mention: _Mention) -> list[FieldValue]:
    """The dates of a mention's claim that its value's own verb governs."""
    verb = mention.field.governor
    return [
        f
        for f in mention.claim.fields
        if verb is not None and f.governor == verb and isinstance(f.value, DateValue)
    ]


def _paid_in_a_year_gone(mention: _Mention) -> frozenset[str]:
    """The years before publication that a sum's own verb is dated to.

    "The penalty is the largest since it fined Corvale Water £3.1m in 2022" dates the
    £3.1m fine to a year gone: background beside this year's fine, told with no year; a
    grant "awarded in 2023" is no grant of the story's news. Only a date of the sum's own
    verb counts ("the hall, built in 1921, will cost £2m" prices nothing of 1921).
    """
    return frozenset(y for f in _own_dates(mention) if (y := _year_gone(f)) is not None)


def _of_another_year(then: _Mention, now: _Mention) -> bool:
    """Whether a sum paid in a year gone stands beside a sum told as the news of now.

    "Since it fined Corvale Water £3.1m in 2022" beside "Greyling Water has been fined £4.2
    million": the fine of 2022 is background. Not when the other claim dates anything to
    that year ("paid £310,000 in compensation in 2024" / "lodged 1,870 complaints last year,
    and the council paid out £130,000"), nor when the other sum is told in the past with no
    date ("went on to win a £48 million contract" / "the £61 million contract was signed in
    March 2021": one contract, whenever it was won).
    """
    years = _paid_in_a_year_gone(then)
    return bool(years) and not years <= _years_gone(now.claim) and _told_as_now(now)


_ESTIMATE = re.compile(r"\b(?:estimate[sd]?|estimating|expected to cost|projected)\b", re.I)
"""Words before a sum that tell it as an estimate: "estimates put the cost of repairs at"."""


def _told_as_now(mention: _Mention) -> bool:
    """Whether a sum's own verb is told as news of now: "has been fined", "will pay".

    So is a sum told as an estimate ("early estimates put the cost of repairs at about
    £65,000", "repairs are estimated at £48,000"): what something will cost, beside a
    cost paid in a year gone ("opened in 2011 at a cost of £220,000").
    """
    if _ESTIMATE.search(_before(mention.field, mention.claim, 60)):
        return True
    verb = mention.field.governor
    return any(
        f.kind == "event"
        and isinstance(v := f.value, EventValue)
        and v.predicate.split()[0] == verb
        and v.tense != "past"
        for f in mention.claim.fields
    )


def _before(field: FieldValue, claim: Claim, reach: int) -> str:
    """The ``reach`` characters of a claim's text right before a value."""
    at = field.span[0] - claim.span[0]
    return claim.text[max(0, at - reach) : at]


_SPAN = "span"
"""The key of a term told by its two ends, each a day ("from 1 March to 31 July")."""


def _span(value: DateValue) -> tuple[tuple[str | None, str | None], ...] | None:
    """The two ends of a term told by both ("between 1 March and 31 August"), else None."""
    parts = value.parts or ()
    if value.basis is not DateReading.RANGE or len(parts) != 2:
        return None
    if not all(p.resolved and p.grain == "day" for p in parts):
        return None
    return tuple((p.earliest, p.latest) for p in parts)


def _share_an_end(a: FieldValue, b: FieldValue) -> bool:
    """Whether two terms share one end, and so are one term told twice.

    "From 1 March to 31 July" and "between 1 March and 31 August" (each source telling one
    term) set one nesting season's end at two days, however unlike their claims.
    """
    assert isinstance(a.value, DateValue) and isinstance(b.value, DateValue)
    ea, eb = _span(a.value), _span(b.value)
    return ea is not None and eb is not None and (ea[0] == eb[0] or ea[1] == eb[1])


_COST_OF = _SUM + "cost of "
"""The key of the costs of one named thing: "sum:cost of project"."""


def _cost_to_cost(by_key: dict[str, list[_Mention]]) -> None:
    """Key the cost of a named thing told by its verb and by a sum before its noun as one.

    "The project has cost £410,000" keys its sum by "cost", "the £240,000 project" by
    "project": where a story tells both of one thing (:func:`cost_of`), both move, in
    place, to that thing's costs ("sum:cost of project"). A cost told only by the verb
    stays with the story's other costs.
    """
    costs = by_key.get(_SUM + "cost", [])
    things = {t for m in costs if (t := cost_of(m.field, m.claim)) is not None and t != "cost"}
    for thing in sorted(things):
        before = [m for m in by_key.get(_SUM + thing, []) if cost_of(m.field, m.claim) == thing]
        if not before:
            continue
        told = [m for m in costs if cost_of(m.field, m.claim) == thing]
        costs[:] = [m for m in costs if m not in told]
        by_key[_SUM + thing] = [m for m in by_key[_SUM + thing] if m not in before]
        by_key[_COST_OF + thing] = [
            _Mention(m.claim, m.field, _COST_OF + thing, m.home) for m in told + before
        ]


_DAY_OF = "day:"
"""The key of the days of one event that each source dates once ("day:final")."""


def _days_told_once(
    claims: Mapping[str, Claim], home: Mapping[str, str], days: Sequence[_Mention]
) -> dict[str, list[_Mention]]:
    """The days of each event that every source telling it dates once, keyed by the event.

    "Posted 97 in Saturday's final" and "crowned champion after yesterday's final" date one
    final in claims that resemble each other little; each source dating its final once,
    the two days are the story's two days of it, lined up on the likeness asked of onsets
    and whatever clause holds them. The event is its verb and the thing done to, when the
    claim tells one (:func:`_done_to`: "issued the rules" and "issued a memorandum" are
    two events). A date of telling ("said on Friday") is left to the other days (``days``,
    key "day"), and so is an event a source dates twice (a first opening and a
    reopening). Returns the new keys and, under "day", the days left.
    """
    by_event: dict[str, list[_Mention]] = {}
    for cid in sorted(claims):
        claim = claims[cid]
        for field in claim.fields:
            if field.kind != "date" or not comparable(field, clocks=True):
                continue
            if not _names_a_day(field, claim):
                continue
            event = (
                _meeting(field, claim)
                or _fixture(field, claim)
                or _deadline(field, claim)
                or _commencing(field, claim)
                or _ending(field, claim)
                or _decision_taken(field, claim)
                or _due_back(field, claim)
                or _incident(_Mention(claim, field, "", ""))
                or _one_act_name(event_of(field) or _bare_verb(field, claim))
            )
            if event is not None and event not in TELLING:
                # "issued the regulations" and "issued a memorandum" are two issuings
                one_of_its_kind = event in (
                    "meeting",
                    "fixture",
                    "deadline",
                    "start",
                    "last day",
                    "last day as planned",
                )
                done_to = None if one_of_its_kind else _done_to(field, claim)
                if done_to in _PUT_FORWARD:
                    done_to = "proposal"  # "refused the plans" / "turned down the scheme"
                if event_of(field) in _SEALING and done_to in _DEALS:
                    event, done_to = "deal", None  # "reached an agreement" / "struck a deal"
                key = ":".join(w for w in (_DAY_OF + event, done_to) if w)
                if event in ("meeting", "fixture", "deal", "deadline"):
                    # the meeting's day, whatever was done at it; the day a consultation
                    # closes, told "runs until" or "closes on"
                    field = field.model_copy(update={"occasion": event})
                if event in _INCIDENTS:
                    # one incident, whatever verb tells it ("a fire swept through" / "fire broke
                    # out"): compared as the one act it is
                    field = field.model_copy(update={"governor": event})
                elif event == "decide" and event_of(field) is None:
                    field = field.model_copy(update={"governor": "decide"})  # "took the decision"
                elif event == "return" and event_of(field) in (None, *TELLING):
                    field = field.model_copy(update={"governor": "return"})  # "due back"
                elif event_of(field) is None and (verb := _bare_verb(field, claim)):
                    field = field.model_copy(update={"governor": verb})  # "applications open"
                if event == "start":  # one start, whatever verb tells what starts
                    field = _bound_as_day(field, ("from", "since")).model_copy(
                        update={"occasion": "commencement"}
                    )
                if event.startswith("last day"):  # one run's last day, whatever words tell it
                    field = _bound_as_day(field, ("until", "till")).model_copy(
                        update={"occasion": "last day"}
                    )
                by_event.setdefault(key, []).append(_Mention(claim, field, key, home.get(cid, cid)))
    _unnamed_to_named(by_event)
    _decided_at_a_meeting(by_event)
    out = {
        key: mentions
        for key, mentions in sorted(by_event.items())
        if len({m.claim.source_id for m in mentions}) >= 2 and _told_once(mentions)
    }
    taken = {(m.claim.id, m.field.span) for ms in out.values() for m in ms}
    out["day"] = [m for m in days if (m.claim.id, m.field.span) not in taken]
    return out


def _occasion_words(mention: _Mention) -> set[str]:
    """The words that single out an occasion a day is told of: "first", "preliminary".

    Read right before the occasion's noun and the day: "with the first preliminary hearing
    on 3 March" gives "first" and "preliminary", as "the first home match will be held on"
    gives "first" and "home".
    """
    occasion = mention.field.occasion
    if not occasion:
        return set()
    before = _before(mention.field, mention.claim, 80)
    m = re.search(
        rf"((?:[\w'’-]+\s+){{0,3}}){re.escape(occasion)}(?:es|s)?\s+"
        r"(?:(?:will|is|was|be|been|being|to)\s+)*(?:held\s+|played\s+|staged\s+)?"
        r"(?:on|at|in)?\s*$",
        before,
        re.I,
    )
    if m is None:
        return set()
    return {w.lower() for w in m.group(1).split()} - FUNCTION_WORDS


def _one_occasion_named(mentions: Sequence[_Mention]) -> bool:
    """Whether every source's day is of one occasion singled out in the same words.

    "The inquiry will hold its first preliminary hearing on 14 January" and "with the first
    preliminary hearing on 3 March": each source telling one such day, the two days are of
    one hearing, however unlike the claims. Two sources that single out nothing, or single
    out a hearing each in other words ("the final hearing" / "a preliminary hearing"),
    are left to the likeness of their claims.
    """
    if not _told_once(mentions):
        return False
    words = [_occasion_words(m) for m in mentions]
    return all(w for w in words) and all(x & y for x, y in combinations(words, 2))


def _unnamed_to_named(by_event: dict[str, list[_Mention]]) -> None:
    """Days of an event told with nothing done to, joined to the one such event a story names.

    "The dean announced his resignation on Tuesday" and "the university announced on
    Monday that he would go" date one announcement when the story tells only one thing
    announced; "the rise will be backdated to 1 April" and "pay rises by 6.5 per cent,
    backdated to 1 January", one backdating. Two things done to ("issued the rules",
    "issued a memorandum") leave the bare day alone.
    """
    for key in sorted(by_event):
        if key.count(":") != 1:
            continue
        named = [k for k in by_event if k.startswith(key + ":")]
        if len(named) != 1:
            continue
        target = named[0]
        by_event[target] += [_Mention(m.claim, m.field, target, m.home) for m in by_event[key]]
        del by_event[key]


_DECIDING = frozenset(
    ["vote", "approve", "back", "agree", "reject", "refuse", "pass", "decide", "adopt",
     "endorse", "turn down", "vote down", "throw out", "sign off", "ratify", "rubber-stamp"]
)  # fmt: skip
"""Verbs of a body's decision, taken at a meeting: "voted on Tuesday", "backed the move"."""
_DECISION = _DAY_OF + "decision"
"""The key of the day a body decided, told by its vote in one source and by the meeting it
was taken at in another (:func:`_decided_at_a_meeting`)."""


def _decides(mention: _Mention) -> bool:
    """Whether a mention's claim tells a body's decision (:data:`_DECIDING`).

    In its main clause or in one that sets the scene ("has been given a 15-year lease after
    council leaders signed off the deal at Wednesday's cabinet meeting").
    """
    return any(
        isinstance(f.value, EventValue)
        and not f.value.negative
        and _one_act_name(f.value.predicate) in _DECIDING
        for f in mention.claim.fields
        if f.kind in ("event", "background")
    )


def _decided_at_a_meeting(by_event: dict[str, list[_Mention]]) -> None:
    """The day a body decided, joined to the day of the meeting another source decides it at.

    "The cabinet voted unanimously on Tuesday to extend the order" and "all seven members of
    the cabinet backed the move at a meeting on Monday, March 10" date one decision: the
    vote's day in one source, the meeting's in the other. Only when every source telling
    the meeting tells a decision at it, no source tells both, and one such vote is told.
    """
    meeting = by_event.get(_DAY_OF + "meeting", [])
    if not meeting or not all(map(_decides, meeting)):
        return
    told = {m.claim.source_id for m in meeting}
    votes = [
        k
        for k in by_event
        if k.startswith(_DAY_OF)
        and (
            k.removeprefix(_DAY_OF).split(":")[0] in _DECIDING
            # "the cabinet agreed the deal on Tuesday": a deal a body agreed is its decision
            or (k == _DAY_OF + "deal" and all(m.field.governor in _DECIDING for m in by_event[k]))
        )
        and not {m.claim.source_id for m in by_event[k]} & told
    ]
    if len(votes) != 1:
        return
    joined = meeting + by_event.pop(votes[0])
    del by_event[_DAY_OF + "meeting"]
    by_event[_DECISION] = [
        _Mention(m.claim, m.field.model_copy(update={"occasion": "decision"}), _DECISION, m.home)
        for m in joined
    ]


_ONE_OF_ITS_KIND = frozenset(
    _DAY_OF + e for e in ("meeting", "fixture", "deal", "deadline", "start", "decision")
)
"""Keys of the day of a story's one meeting, deal, deadline or start."""
_TOLD_BY_KEY = frozenset(
    [
        _SPAN,
        _DAY_OF + "meeting",
        _DAY_OF + "fixture",
        _DAY_OF + "deal",
        _DAY_OF + "deadline",
        _DECISION,
    ]
)
"""Keys whose values are one thing by what the key says, whatever verb tells each: a term
by a shared end, a meeting's day, a deal's day (each source telling one)."""
_DECISION_TAKEN = re.compile(
    r"\b(?:t(?:ook|aken|akes?)|m(?:ade|akes?)|reach(?:ed|es)?)\s+(?:the|a|its|their)\s+"
    r"(?:final\s+|difficult\s+|tough\s+)?(?:decision|call)\b(?:\s+to\s+[a-z]+(?:\s+[\w'’-]+){0,3})?"
    r"\s+(?:on|at|late\s+on|early\s+on)?\s*$",
    re.I,
)
"""A decision told by a light verb and its noun, right before its day: "took the decision on
Monday evening", "made the call on Tuesday night", "took the decision to cancel the show on"
(read as the day it was decided)."""


def _decision_taken(field: FieldValue, claim: Claim) -> str | None:
    """The event "decide" for the day of a decision told "took the decision", else None."""
    return "decide" if _DECISION_TAKEN.search(_before(field, claim, 100)) else None


_SEALING = frozenset(["reach", "strike", "seal", "agree", "clinch", "broker"])
_DEALS = frozenset(["deal", "agreement", "accord", "settlement"])
"""A deal reached, told by any of its verbs and nouns: "the union and the university
reached an agreement late on Tuesday" and "struck a deal on Thursday morning" date one
deal (not its signing, which may come later)."""


_AT_A_MEETING = re.compile(
    r"\bat\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?meeting"
    r"(?:\s+of\s+[^,.;:()]{1,60}?)?(?:\s+(?:in|at)\s+(?:the|its|their)\s+[^,.;:()]{1,40}?)?"
    r"(?:\s+on)?\s+$",
    re.I,
)
"""A day told as that of a meeting: "backed the plan at a joint meeting on Tuesday", "no
decision was taken at a meeting of the two authorities on Thursday", "passed at an
extraordinary general meeting in the clubhouse on Tuesday evening"."""


_MEETING_NOISE = frozenset(["meeting", "two", "both", "last", "this", "on"])


def _meeting_words(mention: _Mention) -> set[str]:
    """The words that tell which meeting a day is of: "joint", "fire", "authorities"."""
    claim, field = mention.claim, mention.field
    before = _before(field, claim, 120)
    m = _AT_A_MEETING.search(before)
    if m is None:
        return set()
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", m.group(0))[2:]}
    return words - FUNCTION_WORDS - _MEETING_NOISE


def _one_doer_one_thing(mentions: Sequence[_Mention]) -> bool:
    """Whether each source tells one act of a verb, all by one doer to one thing.

    "Brightwell Energy has agreed to pay compensation" / "Brightwell had not agreed to pay
    compensation": one doer (a word of its name shared) and one thing done to, each
    source telling the act once, are one act however unlike the sentences around them; so
    is one thing's fate told with no doer on either side ("the old hut will be demolished"
    / "the hut itself will not be knocked down": the words of one act, :func:`_one_act_name`).
    """
    told: dict[str, int] = {}
    doers, things = [], []
    for m in mentions:
        v = m.field.value
        if not isinstance(v, EventValue) or not v.object:
            return False
        told[m.claim.source_id] = told.get(m.claim.source_id, 0) + 1
        doers.append(frozenset(v.subject.split()) if v.subject else None)
        things.append(v.object)
    # one doer named alike, or none named at all ("the hut will be demolished" / "the hut
    # will not be knocked down": one thing's one fate)
    named = [d for d in doers if d is not None]
    one_doer = not named or (len(named) == len(doers) and bool(frozenset.intersection(*named)))
    return (
        len(told) > 1 and all(n == 1 for n in told.values()) and len(set(things)) == 1 and one_doer
    )


def _one_meeting(mentions: Sequence[_Mention], *, shared: bool = True) -> bool:
    """Whether the meetings of these days are told as one: by words they share.

    With ``shared``, every two must share a word ("a joint meeting" / "a joint meeting of
    the two fire authorities"); without, only two that both say which meeting must ("a
    public meeting" / "the full council meeting" are two).
    """
    for x, y in combinations(mentions, 2):
        wx, wy = _meeting_words(x), _meeting_words(y)
        if wx & wy:
            continue
        if shared or (wx and wy):
            return False
    return True


_A_FIXTURE = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:match|fixture|game)\s+"
    r"(?P<where>(?:at|against|with|in)\s+[^,.;:()]{1,40}?)(?:\s+on)?\s+$",
    re.I,
)
"""A day told as that of a match at a place or against a side: "a Division One fixture at the
Fox and Lantern on Tuesday 11 March", "a league match at the Fox and Lantern on Thursday 13
March"."""


_ONE_OF_TWO_MATCHES = re.compile(
    r"\b(?:reverse|return|next|previous|last|first|second|replay(?:ed)?|rearranged|postponed)\b",
    re.I,
)
"""Words that tell one of two matches against one side: "the reverse fixture", "the replay"."""


def _held_before_publication(field: FieldValue) -> bool:
    """Whether a field is a date whose latest day is no later than its publication's."""
    v = field.value
    if not isinstance(v, DateValue) or not v.latest or not v.published:
        return False
    return v.latest <= v.published


def _fixture(field: FieldValue, claim: Claim) -> str | None:
    """The event "fixture" for a day told as a match's held before publication (:data:`_A_FIXTURE`).

    Each source's one such day is the one match, lined up only where the two name the
    place or the side in a word they share (:func:`_fixture_words`).
    """
    if not _held_before_publication(field):
        return None
    m = _A_FIXTURE.search(_before(field, claim, 120))
    if m is None or _ONE_OF_TWO_MATCHES.search(m.group(0)):
        return None  # "the reverse fixture against Rovers": one of two, the other told too
    return "fixture"


def _fixture_words(mention: _Mention) -> set[str]:
    """The capitalised words that tell where or against whom a match was: "Fox", "Lantern"."""
    m = _A_FIXTURE.search(_before(mention.field, mention.claim, 120))
    return set(re.findall(r"\b[A-Z][\w'’-]+", m["where"])) if m else set()


def _meeting(field: FieldValue, claim: Claim) -> str | None:
    """The event "meeting" for a day told as a meeting's that was held before publication.

    "Members backed the plan at a joint meeting on Tuesday" and "no decision was taken at a
    joint meeting of the two fire authorities on Thursday" date one meeting, whatever each
    says was done at it; a meeting still ahead may be another.
    """
    if not _held_before_publication(field):
        return None
    before = _before(field, claim, 120)
    return "meeting" if _AT_A_MEETING.search(before) else None


_CLOSING_DATE = re.compile(
    r"\b(?:closing\s+date|deadline)\b[^,.;:]{0,60}?\b(?:is|was|will\s+be|of|falls\s+on)"
    r"(?:\s+on)?\s+$",
    re.I,
)
"""A day told as a deadline by its noun: "the closing date for applications is 16 June",
"the deadline for entries falls on Friday"."""

_CLOSES = re.compile(r"\bclos(?:e|es|ed|ing)\s+(?:on\s+)?$", re.I)
"""A day told by "close" right before it: "and close on 14 June" (however it is parsed)."""

_APPLYING = frozenset(
    ["application", "entry", "bid", "nomination", "submission", "round", "consultation", "tender"]
)
"""What closes on a deadline: "applications close on 30 May", "the second funding round will
close on 28 June", "the consultation closes on Friday"."""


def _deadline(field: FieldValue, claim: Claim) -> str | None:
    """The event "deadline" for the day applications close, else None.

    Told by its noun ("the closing date for applications is 16 June") or by "close" in a
    claim of what is applied for ("applications open today and close on 30 May", "the
    second funding round will close on 28 June"): one deadline, however unlike the claims
    that tell it. A road or a pool that closes is no deadline.
    """
    before = _before_day(field, claim)
    if _CLOSING_DATE.search(before) or (_HAVE_UNTIL.search(before) and _until_to(field, claim)):
        return "deadline"
    if _MUST_BY.search(before) and _to_be_done(field, claim):
        return "deadline"  # "the repairs must be completed by 30 June"
    if _RUNS_UNTIL.search(before) and _applied_for(claim):
        return "deadline"  # "a formal consultation runs until 26 April"
    if not (event_of(field) == "close" or _CLOSES.search(before)):
        return None
    return "deadline" if _applied_for(claim) else None


_HAVE_UNTIL = re.compile(
    r"\b(?:(?:have|has|had|get|gets)|(?:given|giving|gives)(?:\s+[\w'’.-]+){0,3}?)\s+until\s+$",
    re.I,
)
"""A day told as a deadline by who has until it: "households have until 31 October to ask
for a review", "giving Mr Quill until 31 August to finish the work"."""
_MUST_BY = re.compile(
    r"\b(?:must|has\s+to|have\s+to|(?:is|are)\s+required\s+to)\s+(?:[\w'’-]+\s+){1,5}?by\s+$",
    re.I,
)
"""A day told as a deadline by what must be done by it: "the repairs must be completed by
30 June", "the landlord has to finish the work by Friday"."""
_RUNS_UNTIL = re.compile(
    r"\b(?:runs?|running|ran|lasts?|(?:is|remains?|stays?)\s+open)\s+until\s+$", re.I
)
"""A day a thing applied to closes, told by how long it runs: "the consultation runs until 26
April"."""
_TO_DO = re.compile(r"\s*,?\s*to\s+([^,.;:]{3,80})")


def _until_to(field: FieldValue, claim: Claim) -> set[str]:
    """The words of what someone has until a day to do: "to ask for a review of the decision"."""
    at = field.span[1] - claim.span[0]
    m = _TO_DO.match(claim.text, at) if 0 <= at <= len(claim.text) else None
    return things(m.group(1)) if m else set()


def _before_day(field: FieldValue, claim: Claim) -> str:
    """The text before a day, with the bound word the date holds.

    "Have [until 31 October]", "must be completed [by 30 June]".
    """
    before = _before(field, claim, 120)
    bound = field.text.lower().split(maxsplit=1)[0] if field.text.strip() else ""
    return before + bound + " " if bound in ("until", "by") else before


def _to_be_done(field: FieldValue, claim: Claim) -> set[str]:
    """The words of what must be done by a day, from its clause's start to the day."""
    clause = re.split(r"[,;:]", _before(field, claim, 120))[-1]
    return things(clause)


def _applied_for(claim: Claim) -> set[str]:
    """The words of what is applied for that a claim names (:data:`_APPLYING`)."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", claim.text.lower())} & _APPLYING


def _one_deadline(mentions: Sequence[_Mention]) -> bool:
    """Whether the deadlines of these days are told as one, each source telling one.

    Every two name one thing applied for: "applications open today and close on 30 May" /
    "the closing date for applications is 16 June"; "the second funding round will close" /
    "applications for the second round ... close".
    """
    return _told_once(mentions) and all(
        _applied_for(x.claim) & _applied_for(y.claim)
        or _what_by(x.field, x.claim) & _what_by(y.field, y.claim)
        for x, y in combinations(mentions, 2)
    )


def _what_by(field: FieldValue, claim: Claim) -> set[str]:
    """The words of what is to be done by a deadline, after it or before it.

    "Until 31 August to finish the work"; "the repairs must be completed by 30 June".
    """
    return _until_to(field, claim) | (
        _to_be_done(field, claim) if _MUST_BY.search(_before_day(field, claim)) else set()
    )


_COMMENCING = frozenset(["start", "begin", "commence", "take effect", "kick in", "come in"])
"""Verbs that tell when a scheme, a rule or a charge starts: "will start on 1 October",
"will come into force on 1 January" (read "take effect"), "will kick in on 1 April"."""


_CREWS_MOVE_IN = re.compile(
    r"\b(?:contractors?|builders?|workmen|crews?|engineers?|workers|restorers)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:move|moves|moved|moving)\s+(?:in|on\s*(?:to\s+)?(?:the\s+)?site)\b",
    re.I,
)
"""Those who do a job moving in to start it: "contractors will move in on 22 September",
"contractors will move on site on 9 June"."""
_WORKS = frozenset(
    ["work", "works", "construction", "repair", "repairs", "building", "demolition",
     "refurbishment", "resurfacing", "restoration"]
)  # fmt: skip
"""Nouns of a job of works, whose start crews moving in tell too."""


_IN_FORCE_SINCE = re.compile(
    r"\bin\s+(?:force|place|effect|operation)\s+since\s+"
    r"(?:(?:its|their|the)\s+(?:introduction|launch|start)\s+(?:on|in)\s+)?$",
    re.I,
)
"""A measure told in force since a day: its start ("has been in force since its introduction
on 14 October", "has been in place since 1 March")."""


def _commencing(field: FieldValue, claim: Claim) -> str | None:
    """The event "start" for a date of a start (:data:`_COMMENCING`, "apply from"), else None.

    "The scheme will start on 1 October" and "the scheme will come into force on 1
    January" date one start; so do "the rise will take effect on 1 April" and "the new
    charges will apply from 1 June", and a day still ahead that a change is told "from"
    ("stallholders will pay £38 a day from 1 April" / "would have raised the fee to £42
    from 1 May"; "the times change from Monday 15 September" / "will start on Monday 29
    September"); a day a measure is told in force since ("has been in force since its
    introduction on 14 October" / "came into force on 1 November"); crews moving in to start
    a job of works ("contractors will move in on 22 September").
    """
    event = event_of(field)
    if event in _COMMENCING or (event == "apply" and field.text.lower().startswith("from ")):
        return "start"
    if event == "move" and _CREWS_MOVE_IN.search(field.role or ""):
        return "start"  # "contractors will move in on 22 September": the works start
    told = _before(field, claim, 80) + ("since " if field.text.lower().startswith("since ") else "")
    if _IN_FORCE_SINCE.search(told):
        return "start"  # "has been in force since its introduction on 14 October"
    v = field.value
    ahead = isinstance(v, DateValue) and v.earliest and v.published and v.earliest > v.published
    if ahead and _FROM_DAY.match(field.text) and event not in TELLING:
        return "start"  # "will pay £38 a day from 1 April" / "raised to £42 from 1 May"
    return None


def _bound_as_day(field: FieldValue, mods: tuple[str, ...]) -> FieldValue:
    """A day told as a bound (one of ``mods``) read as that day itself.

    A start told "from" or "since" a day starts on it: read as a bound, "from Monday 15
    September" holds "Monday 29 September"; as the day a change starts, the two are two
    days. An end told "until" a day ends on it: "will run until Sunday 19 January".
    """
    v = field.value
    if not isinstance(v, DateValue) or v.mod not in mods or v.anchor is None:
        return field
    day = v.model_copy(
        update={
            "mod": None,
            "earliest": v.anchor.earliest,
            "latest": v.anchor.latest,
            "basis": DateReading.PUBLICATION,
        }
    )
    return field.model_copy(update={"value": day})


def _up_to_the_day(stops: str) -> str:
    """A pattern of up to six words between a phrase and the day after it, none of ``stops``.

    The stops are the words a new clause would open with: "the main gave way late on" holds
    its day, "the main had burst and said repairs were completed on" does not.
    """
    return rf"(?:[\s,]+(?!(?:{stops})\b)[\w'’-]+){{0,6}}[\s,]*$"


def _ending(field: FieldValue, claim: Claim) -> str | None:
    """The event "last day" of a run told in its words (:data:`_ENDING`), else None.

    "The final session would be held on Sunday 30 March" and "the hall will close for good
    on Saturday 29 March" date one hall's last day; so do "it will now run until Sunday 19
    January" and "pushed back the final curtain to Saturday 25 January". An end told as the
    one first planned ("was originally scheduled to end on 12 January") is "last day as
    planned".
    """
    before = _before(field, claim, 100)
    if field.text.lower().startswith("until "):
        before += "until "  # "will now run until Sunday 19 January": the field holds "until"
    if _ENDING.search(before) is None:
        return None
    return "last day as planned" if _FIRST_PLANNED.search(before) else "last day"


_ENDING = re.compile(
    r"(?:\bfinal\s+(?:[\w'’-]+\s+){0,2}?(?:session|performance|show|night|day|curtain|service"
    r"|shift|screening)s?"
    r"|\blast\s+(?:[\w'’-]+\s+){0,2}?(?:session|performance|show|day|curtain|service|shift"
    r"|screening)s?"
    r"|\b(?:clos\w*|shut\w*)\s+(?:its\s+doors\s+)?(?:for\s+good|permanently"
    r"|for\s+the\s+(?:last|final)\s+time)"
    r"|\b(?:runs?|running|ran)\s+until|\bextended\s+(?:until|to))"
    r"\b"
    + _up_to_the_day("after|before|when|since|because|as|and|but")
    + r"|\b(?:end|ends|ended)\s+(?:on\s+)?$",
    re.I,
)
"""Words before a day that tell it as the last of a run: a final session, performance or
curtain, a closing "for good", a run "until" a day, a show that "ends on" it."""
_FIRST_PLANNED = re.compile(
    r"\b(?:originally|had\s+been\s+(?:due|scheduled|set|planned)|was\s+(?:due|scheduled|set"
    r"|planned)|were\s+(?:due|scheduled))\b",
    re.I,
)
"""Words that tell an end as the one first planned, since moved: "was originally scheduled
to end on 12 January"."""


_FROM_DAY = re.compile(r"from\s+(?!.*\b(?:to|until|till|through)\b)", re.I)
"""A day told as when something starts ("from 1 April"), not a term's first end."""


_BARE_VERB = re.compile(
    r"\b(?-i:(?P<verb>open|close|start|begin|end|reopen|resume)s?)\s+(?:on\s+)?$", re.I
)


_NOUN_PARTICIPLE = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?P<verb>[a-z]{3,}(?:ed|en))\s+on\s+$")


def _bare_verb(field: FieldValue, claim: Claim) -> str | None:
    """The verb right before a day that the parser read as no verb: "applications open on".

    "Applications for this year open on Monday 3 November": "open" read as an adjective
    leaves the day with no verb; the day is that opening's, as "will open on 17 November" is.
    A participle after its noun names the act with the noun ("samples taken on 3 June" /
    "tests on samples taken on 6 June": "taken samples"), so that only the same words line
    two such days up.
    """
    before = _before(field, claim, 40)
    if m := _BARE_VERB.search(before):
        return m["verb"].lower()
    if (m := _NOUN_PARTICIPLE.search(before)) and m["noun"] not in FUNCTION_WORDS:
        return f"{m['verb']} {m['noun']}"
    return None


_DUE_BACK = re.compile(r"\b(?:is|are|was|were|be)\s+due\s+back\b[^,;:]{0,60}$", re.I)


def _due_back(field: FieldValue, claim: Claim) -> str | None:
    """The act "return" for the day someone or something is "due back", which no verb tells.

    "Inspectors are due back at the ground on Monday" dates the return that "inspectors will
    return to the ground on Thursday" does.
    """
    return "return" if _DUE_BACK.search(_before(field, claim, 100)) else None


def _one_act_name(verb: str | None) -> str | None:
    """One name for the words of one act (:data:`~checkfacts.rules.events.ONE_ACT`).

    "The compressor failed on Monday" and "gave out on Sunday evening" date one breakdown;
    "contractors put up the crossing on Tuesday" and "the crossing was installed last
    Thursday" one fitting.
    """
    group = next((g for g in ONE_ACT if verb in g), None)
    names = sorted((group or frozenset()) - TELLING)  # not "add", a verb of saying too
    return names[0] if names else verb


def _one_starter(mentions: Sequence[_Mention]) -> bool:
    """Whether every claim dating a start tells one thing doing something: "the scheme".

    Each source dating the start of one scheme once ("the scheme will start on 1 October";
    "the scheme will come into force on 1 January and covers 9,140 homes") gives the
    story's two days of it, however unlike the claims are. A new rule, ban or change is
    one measure, however each names it (:data:`_NEW_MEASURES`); a job of works is one,
    whether its work starts or its crews move in ("work is due to start on Monday 15
    September" / "contractors will move in on 22 September").
    """
    doers = [
        {
            "measure"
            if f.value.subject in _NEW_MEASURES
            else "works"
            if f.value.subject in _WORKS
            else f.value.subject
            for f in m.claim.fields
            if isinstance(f.value, EventValue) and f.value.subject and not f.value.aside
        }
        - FUNCTION_WORDS
        | ({"measure"} if _measure_starts(m) else set())
        | ({"works"} if _CREWS_MOVE_IN.search(m.field.role or "") else set())
        for m in mentions
    ]
    return bool(set.intersection(*doers)) if doers else False


def _measure_starts(mention: _Mention) -> bool:
    """Whether a start's day is a new measure's: by its clause, its claim, or a change's verb."""
    if mention.field.governor in _CHANGES:
        return True  # "fares will rise by 9 per cent from 1 April"
    return bool(
        _A_MEASURE_STARTS.match(mention.field.role or "")
        or _A_MEASURE_STARTS.match(mention.claim.text)
    )


_CHANGES = frozenset(["rise", "increase", "fall", "cut", "raise", "reduce", "double", "freeze"])
"""Verbs of a change to a price or a rate: "fares will rise by 9 per cent from 1 April" is
the change another source says "takes effect on 1 May"."""


_NEW_MEASURES = frozenset(
    ["rule", "ban", "change", "restriction", "regulation", "law", "order", "requirement", "curb"]
)
"""Words for one new measure whose start a story dates: "the ban comes into force on 1
September" / "the rules will take effect on 1 October"; "the rules take effect on 1
September" / "the changes come in from 1 November"."""
_A_MEASURE_STARTS = re.compile(
    r"(?:the|these|its|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(_NEW_MEASURES))
    + r")s?\s*,?\s+(?:which\s+)?(?:will\s+)?(?:start|begin|take|come|kick|apply|appl)",
    re.I,
)
"""A date's clause that opens with a new measure starting: "The new parking rules take
effect on .", "The changes come in from ."; or a claim whose measure starts in a clause of
its own: "The changes, which take effect on 1 May, were announced on Tuesday"."""


_PUT_FORWARD = frozenset(
    ["plan", "scheme", "application", "proposal", "bid", "request", "project", "development"]
)
"""Nouns of one thing put to a body's decision, told in other words: "plans for 120 homes
were refused" and "turned down the scheme" date one refusal."""


def _done_to(field: FieldValue, claim: Claim) -> str | None:
    """The thing done to by the verb a date belongs to, if the claim tells one.

    Read from the claim's event of that verb, else from the date's clause: the noun after
    the verb and its article ("struck a pay deal in the early hours of Saturday" is done
    to a deal; "due to strike on September 29" to nothing). An occasion ("Saturday's
    final") is its own event.
    """
    if field.occasion is not None or field.governor is None:
        return None
    for f in claim.fields:
        v = f.value
        if isinstance(v, EventValue) and v.predicate == field.governor and v.object:
            return v.object
    words = re.findall(r"[a-z][a-z'-]*", (field.role or "").lower())
    verb = next((n for n, w in enumerate(words) if w[:3] == field.governor[:3]), None)
    if verb is None or verb + 1 >= len(words) or words[verb + 1] not in _ARTICLES:
        return None
    thing = list(itertools.takewhile(lambda w: w not in FUNCTION_WORDS, words[verb + 2 :]))
    return thing[-1] if thing else None


_ARTICLES = frozenset(["a", "an", "the", "its", "their", "his", "her", "this", "that", "these"])
"""Words that open the thing a verb is done to: "struck a deal", "issued its rules"."""


def _names_a_day(field: FieldValue, claim: Claim) -> bool:
    """Whether a date names one day: "on Saturday", "at 6 a.m. on Saturday", not "at 6 a.m."."""
    v = field.value
    if not isinstance(v, DateValue) or v.basis is DateReading.CLOCK:
        return False
    return _key(field, claim) == "day" or (
        dates.is_moment(field) and v.grain == "day" and v.resolved
    )


def _tallied(mentions: Sequence[_Mention]) -> bool:
    """Whether every mention is a tally ("24 votes to 15", "7-4")."""
    return all(getattr(m.field.value, "tally", None) is not None for m in mentions)


_OF_WHICH = re.compile(r"\bof\s+which\s+(?:[a-z]+\s+){0,2}$", re.I)
"""A part told of the figure before it: "has cost £410,000, of which £150,000 came from"."""


def _part_of_which(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum is a part its claim tells of the figure before ("of which £150,000")."""
    before = _before(field, claim, 30)
    return _OF_WHICH.search(before) is not None


def _sum_of_its_own(field: FieldValue, mention: _Mention) -> bool:
    """Whether a sum beside a mention's is named as another thing by its noun.

    "Fined the firm £2.4m and ordered it to return £2.3m in late fees": the fees are no
    part of the fine, nor its whole.
    """
    key = _key(field, mention.claim)
    return key is not None and key.startswith(_SUM) and key != mention.key


def _told_once(mentions: Sequence[_Mention]) -> bool:
    """Whether each source gives one figure (or one day) of a key, however often it repeats it.

    A story's final cost or first prize is told once per source; a source that gives two
    costs ("the bridge cost $40 million"; "the road cost $25 million") gives no way to
    tell which of them the other source's cost is, and neither does a claim that gives a
    sum beside another of its currency ("awarded £11,000 for injury to feelings, bringing
    the total to just over £23,600": a part and the whole), unless that other sum is told as
    a part of it ("has cost £410,000, of which £150,000 came from a fund").
    """
    figures: dict[str, set[tuple[object, ...]]] = {}
    for m in mentions:
        v = m.field.value
        assert isinstance(v, QuantityValue | DateValue)
        told = (
            (v.low, v.high, v.unit, v.tally)
            if isinstance(v, QuantityValue)
            else (v.earliest, v.latest)
        )
        mine = figures.setdefault(m.claim.source_id, set())
        mine.add(told)
        if isinstance(v, QuantityValue) and v.unit in CURRENCIES and v.low and m.key != _SALE:
            # "awarded £11,000 for injury to feelings, bringing the total to £23,600": a
            # claim with two sums of one currency gives a part and a whole; not a price of
            # one item beside it ("24,000 fake £20 notes, with a face value of £480,000"),
            # nor what a thing was bought for beside what will be spent on it ("bought the
            # building for £640,000 and plans to spend a further £1.8 million")
            mine.update(
                (o.low, o.high, o.unit, o.tally)
                for f in m.claim.fields
                if isinstance(o := f.value, QuantityValue)
                and o.unit == v.unit
                and o.low
                and 0.01 <= o.low / v.low <= 100
                and not _part_of_which(f, m.claim)
                and not _sum_of_its_own(f, m)
            )
    return all(len(f) == 1 for f in figures.values())


_ONSET = "time:onset"
_HALT = "time:halt"
_HALTING = frozenset(["stop", "halt", "call off", "abandon"])
"""Verbs of a time something going on was stopped: "the band stopped playing at around
9.40pm", "the band halted the concert at 10.25pm", "the referee stopped the match at 8.10pm",
"organisers calling it off at 10.40am", "the race was abandoned at 10.40am".
Their times are lined up with each other only, not with a story's onsets (a crush began, then
the show was stopped), and only where each source tells one."""
_HALTED = re.compile(
    r"\b(?:stopped|halted|called\s+(?:[\w'’-]+\s+){0,2}?off|abandoned)\s+(?:[a-z]+ing\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?at\s+"
    r"(?:about\s+|around\s+|roughly\s+|(?:shortly|just)\s+(?:before|after)\s+)?$",
    re.I,
)
"""A stop told before its time where the parse hangs the time on another verb: "the band
stopped playing at around 9.40pm"."""
"""The key of a time of day at which a story's event happened or began."""

ONSET_VERBS = OCCURRING | frozenset(
    ["hit", "explode", "collapse", "capsize", "overturn", "crash", "collide", "derail", "fall"]
)
"""Verbs that tell when something happened or began: "the cave-in struck just before 11
a.m.", "the chain of collisions began at 7:15", "the tank exploded at 3:10 a.m.", "the
launch overturned shortly after 5.40am", "the stone fell at about 2.30pm"."""

_ONSET_PHRASE = re.compile(
    r"\b(?:happen(?:ed|s)?|took\s+place|br(?:oke|eaks?|oken)\s+(?:out|loose)"
    r"|g(?:ave|ives?|iven)\s+way|bl(?:ew|ows?|own)\s+(?:up|apart)"
    r"|c(?:ame|omes?)\s+(?:loose|apart|away|crashing\s+down)|turn(?:ed|s)?\s+over"
    r"|w(?:ent|ents?|one)\s+(?:down|off)|kick(?:ed|s)?\s+off|g(?:ot|ets?)\s+under\s*way"
    r"|s(?:et|ets|etting)\s+off(?!\s+(?:the|a|an|its|their|his|her|fireworks?|alarms?|flares?)\b))\b",
    re.I,
)
"""Light and phrasal verbs of the same, read in the words before the time: "the blast
happened shortly after 4:15 a.m.", "the slab gave way ... at around 2:15 p.m.", "the line
blew apart at 5:40", "the slide broke loose at 11:40", "the chair came loose at 11:40",
"the fragment came away shortly after 11am", "the boat turned over at 7.15am", "the system
went down shortly after 9.30am", "the device went off at 2am", a race or a parade that "set
off at 10am", "kicked off at 7.45pm" or "got under way at 11am" (not "broke up", which ends
something, nor "came down", which prices and rain do, nor "set off the alarm")."""


def _tells_onset(field: FieldValue, claim: Claim) -> bool:
    """Whether a time of day dates when something happened or began (:data:`ONSET_VERBS`).

    "Happen" and "give" are light verbs, so a time they govern has no governor: their
    words before the time tell it then.
    """
    verb = field.governor
    before = claim.text[: max(0, field.span[0] - claim.span[0])]
    if _ONLY_DUE.search(before):
        return False  # "were due to begin the paper at 9am": a start planned, not made
    if verb in ONSET_VERBS:
        return True
    if verb in _SENT_FOR and _ALARM.search(before) is not None:
        return True  # "the fire service was called at 3.40am", "the alarm was raised at 5.10am"
    if _STOLEN.search(before) is not None:
        return True  # "the cash box was taken at about 3.30pm", "the van was stolen shortly after"
    if _LOST_POWER.search(before) is not None:
        return True  # "lost propulsion shortly after 4am", "suffered an engine failure just before"
    if verb in _STUCK_VERBS or _STUCK.search(before) is not None:
        return True  # "the bridge jammed shortly before 7am", "the span became stuck just after"
    if _WATER_IN.search(before) is not None:
        return True  # "floodwater surged into the flats around 7pm", "water began coming into"
    if verb not in (None, "break", "blow", "come", "turn", "go", "set", "kick", "get"):
        return False
    return _ONSET_PHRASE.search(before) is not None


_ONLY_DUE = re.compile(
    r"\b(?:due|scheduled|supposed|meant|set|timetabled)\s+to\s+(?:[\w'’-]+\s+){1,4}(?:at|for)\s+"
    r"(?:about\s+|around\s+|shortly\s+(?:before|after)\s+)?$",
    re.I,
)
"""Words that tell a time as the one set for an act, not when it happened: "were due to
begin the paper at 9am", "was scheduled to leave at 6.40pm"."""

_ALARM = re.compile(
    r"\b(?:alarm\s+(?:was|had\s+been)\s+raised|raised\s+the\s+alarm"
    r"|received\s+(?:the|its)\s+first\s+(?:999\s+|emergency\s+)?call"
    r"|(?:was|were|had\s+been)\s+called(?:\s+out)?\b(?![^.;]*\bby\b)"
    r"|\b(?:fire|blaze|crash|collision|smoke|flames|break-in|burglary)\s+(?:was|were|had\s+been)"
    r"\s+reported\b(?![^.;]*\bby\b))",
    re.I,
)
"""Words that time when help was sent for, the start an emergency is timed by: "the alarm
was raised at 5.10am", "the fire service was called to the house at 3.40am", "coastguards
were called out at 6.15pm" (not "was called by her sister", a call someone made); an
emergency told as reported: "the fire was reported shortly before midnight" (a van fire),
"the crash was reported at about 6.20am" (a lorry crash)."""

_STOLEN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:stolen|taken|snatched|grabbed)"
    r"(?:\s+(?:from|out\s+of)\s+[^,.;:]{1,40}?)?\s+(?:at|around|about|(?:shortly|just)\s+"
    r"(?:before|after))\s+(?:about\s+|around\s+)?$",
    re.I,
)
"""Words that time a theft, the start a theft story is timed by: "the cash box was taken at
about 3.30pm", "the box was taken from the kitchen shortly after 5pm", "the quad bike was
stolen from the yard at around 1am" (not "was taken to hospital at 4pm": a move)."""

_SENT_FOR = frozenset(["call", "raise", "receive", "report"])
"""Verbs a time of sending for help hangs on (:data:`_ALARM`)."""


_COLLAPSE_PHRASE = re.compile(
    r"\b(?:g(?:ave|ives?|iven)\s+way|c(?:ame|omes?)\s+crashing\s+down|cave[ds]?\s+in)\b", re.I
)
_COLLAPSING = frozenset(["collapse", "fall"])
_FAILING = frozenset(["fail", "crash", "break down", "give out", "pack up"])
_FAILURE_PHRASE = re.compile(
    r"\b(?:w(?:ent|ents?|one)\s+down|br(?:oke|eaks?|oken)\s+down"
    r"|(?:failure|fault|outage|breakdown|problem)\s+(?:began|happened|started|occurred))\b",
    re.I,
)


def _onset_act(mention: _Mention) -> str | None:
    """What began at an onset when its words name one act: "alarm", "collapse" or "failure".

    Help sent for ("firefighters were called at 2.40am" / "the alarm was raised at about
    1.10am"), a structure giving way ("the walkway gave way shortly before 9am" / "the
    collapse happened at around 11.15am") and a system failing ("the system went down
    shortly after 9.30am" / "the failure began at about 1pm") are each one act told in
    other words. None for any other.
    """
    field, claim = mention.field, mention.claim
    if field.governor in _INCIDENTS:
        return field.governor  # named already, a day of one (:func:`_days_told_once`)
    before = claim.text[: max(0, field.span[0] - claim.span[0])]
    if field.governor in _SENT_FOR and _ALARM.search(before):
        return "alarm"  # "it received the first call at 3.40am" too
    if _STOLEN.search(before):
        return "theft"  # "was taken at about 3.30pm" / "was stolen from the kitchen shortly after"
    if _BURST.search(before):
        return "flood"  # "the main gave way late on Sunday night": water got in then
    if field.governor in _COLLAPSING or _COLLAPSE_PHRASE.search(before):
        return "collapse"
    if re.search(r"\bcollapse\s+(?:happened|took\s+place|occurred)\b", before, re.I):
        return "collapse"
    if field.governor in _FAILING or _FAILURE_PHRASE.search(before) or _LOST_POWER.search(before):
        return "failure"
    if field.governor in _STUCK_VERBS or _STUCK.search(before):
        return "failure"  # a machine that jams has failed: "the gates seized at 6.30am"
    if _WATER_IN.search(before):
        return "flood"
    if _FIRE.search(before) and (field.governor in _FIRE_VERBS or _BROKE_OUT.search(before)):
        return "fire"  # "the blaze broke out shortly before 7.45am" / "the fire started just after"
    return None


_LOST_POWER = re.compile(
    r"\b(?:los(?:t|es|ing)\s+(?:all\s+)?(?:power|propulsion|steering|engine\s+power)"
    r"|suffer(?:ed|s)?\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:failure|breakdown|fault))\b[^.;]{0,40}$",
    re.I,
)
"""Words that time when a vessel or a machine failed: "lost propulsion shortly after 4am",
"suffered an engine failure just before midnight"."""
_STUCK_VERBS = frozenset(["jam", "seize", "stall", "stick"])
_STUCK = re.compile(
    r"\b(?:jam(?:med|s)?|seiz(?:ed|es)(?:\s+up)?|stall(?:ed|s)?"
    r"|(?:bec(?:ame|omes?)|g(?:ot|ets?)|(?:was|were)\s+left)\s+stuck)\b[^.;]{0,40}$",
    re.I,
)
"""Words that time when a machine or a structure stuck fast: "the bridge jammed shortly
before 7am", "the span became stuck just after 10am", "the cable car stalled at about 3pm"."""
_BURST = re.compile(
    r"\b(?:mains?|pipes?|pipework)\b(?:\s*,[^.;]{0,40}?,)?\s+(?:had\s+)?(?:burst|bursts|gave\s+way"
    r"|gives\s+way|ruptured|split|fractured)\b"
    + _up_to_the_day("and|but|said|says|while|after|before|when|so"),
    re.I,
)
"""Words that time when a water main or a pipe burst, a flood's onset: "the 12-inch main,
owned by Tarnside Water, gave way late on Sunday night", "a pipe burst in the roof space at
about 2am" (not a wall or a bridge that gave way)."""
_WATER_IN = re.compile(
    r"\b(?:water|floodwater|floodwaters|sewage|seawater)"
    r"(?:\s+from\s+(?:[\w'’-]+\s+){1,4}?(?:main|pipe|pipes|tank|river|drain)s?)?"
    r"\s+(?:had\s+)?(?:began\s+(?:to\s+)?)?"
    r"(?:(?:surg|pour|rush|flow|com|gush|flood|seep)(?:ed|ing|e|es|s)?\s+(?:in|into|through)"
    r"|reach(?:ed|es)?)\b[^.;]{0,140}$",
    re.I,
)
"""Words that time when water got in, a flood's onset: "floodwater surged into the flats
around 7pm", "water from a burst trunk main poured into its railway arch on the night of",
"water began coming into the flats shortly after 2am", "sewage poured into the ward at about
4am", "floodwater reached the exchange at around 5.30am"."""
_FIRE = re.compile(r"\b(?:fire|blaze|flames)\b", re.I)
_FIRE_VERBS = frozenset(["start", "begin", "sweep", "tear", "rip", "engulf", "gut"])
"""Verbs a fire is told starting or spreading by: "the fire started", "a fire swept through
the mill", "a blaze tore through the warehouse"."""
_BROKE_OUT = re.compile(r"\bbr(?:oke|eaks?|oken)\s+out\b", re.I)


def _incident(mention: _Mention) -> str | None:
    """The incident a day dates when its words name one: "fire", "collapse", "failure", "flood".

    "A fire swept through the mill late on Sunday night" and "fire broke out in the mill
    late on Saturday night" date one fire, whatever verb tells it (:func:`_onset_act`).
    """
    if mention.field.governor == "fall":
        return None  # snow falls and temperatures fall: no collapse by that verb alone
    act = _onset_act(mention)
    return act if act in _INCIDENTS else None


_HELD = frozenset(["go ahead", "take place"])
"""Predicates of an occasion held: "will go ahead as normal", "will take place in July"."""


def _held(mention: _Mention) -> bool:
    """Whether a day dates an occasion told as held (:data:`_HELD`) by the verb it hangs on.

    "The next sale, on Wednesday 18 June, will go ahead as normal" / "the firm's next sale,
    on Thursday 19 June, will go ahead as normal": one occasion, its day told two ways, in
    claims a cluster may hold together however little they resemble each other.
    """
    verb = mention.field.governor  # none where the day hangs on "place"
    return any(
        isinstance(f.value, EventValue)
        and f.value.predicate in _HELD
        and verb in (f.value.predicate.split()[0], None)
        for f in mention.claim.fields
    )


def _one_incident(mentions: Sequence[_Mention]) -> bool:
    """Whether every day names one incident (:func:`_incident`)."""
    told = {_incident(m) for m in mentions}
    return len(told) == 1 and None not in told


_INCIDENTS = frozenset(["fire", "collapse", "failure", "flood"])
"""Incidents a story's days are lined up by, whatever verb tells each (:func:`_incident`)."""


def _one_onset_act(mentions: Sequence[_Mention]) -> bool:
    """Whether every onset names one act (:func:`_onset_act`): lined up whatever the claims."""
    acts = {_onset_act(m) for m in mentions}
    return len(acts) == 1 and None not in acts


def _onsets(mentions: Sequence[_Mention]) -> bool:
    """Whether each source tells one time of the onset of something, all in one time zone.

    A story's blast, collapse or start is told once per source with its time; a source
    that times two onsets ("the fire broke out at 2 a.m."; "the roof collapsed at 4 a.m.")
    gives no way to tell which of its times the other source's time is of.
    """
    times: dict[str, set[int | None]] = {}
    for m in mentions:
        assert isinstance(m.field.value, DateValue)
        times.setdefault(m.claim.source_id, set()).add(dates.minutes_of(m.field.value))
    zones = {zone(m.field.text) for m in mentions}
    return len(zones) == 1 and all(len(t) == 1 for t in times.values())


_ALL = "all:"
"""The key of a count told as all there are of its noun (:func:`all_of`)."""

_LISTED_AGE = "age:listed:"
"""The key of an age in a list of two people, each by one noun (:func:`_listed_noun`)."""
_NAMED_AGE = "age:named:"
_ROLE_AGE = "age:role:"

_ROLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,2}([a-z]+),\s*$")
"""A role noun and the comma before an age: "the actress, 33,", "the retired pilot, 61,"."""

_WORD = re.compile(r"[\w'’-]+|\S")


def _age_key(field: FieldValue, claim: Claim) -> str | None:
    """Whose age a figure is: a person named beside it, or a role one person holds.

    A person's age describes the person, not the event of its clause, and a story
    repeats it in sentences that say different things: "Marsh, 52, fled on foot" and
    "the search for Marsh, 53, went on". So ages are lined up by their holder, not by
    how alike their claims are. The holder is the surname set beside the age ("Marsh,
    52,", "61-year-old Ada Marsh"), or a role noun (:data:`ROLE_NOUNS`) the age
    describes: "the actress, 33,", "the 35-year-old deputy", "a 41-year-old retired
    pilot". "A 23-year-old man" names no one: a story has many men.
    """
    named = age_holder(field, claim)
    if named is not None:
        return _NAMED_AGE + named.lower()
    if (listed := _listed_noun(field, claim)) is not None:
        return _LISTED_AGE + listed
    start, end = claim.offsets(field.span)
    if m := _ROLE_BEFORE.search(claim.text[max(0, start - 60) : start]):
        return _ROLE_AGE + m.group(1) if m.group(1) in ROLE_NOUNS else None
    if not field.text.endswith("old"):
        return None
    for word in _WORD.findall(claim.text[end:])[:5]:
        if word in ROLE_NOUNS:
            return _ROLE_AGE + word
        if (not word[0].islower() and word not in {"'", "’"}) or word in FUNCTION_WORDS:
            return None  # a name ("61-year-old Ada Marsh") or the noun phrase has ended
    return None


_LISTED = re.compile(
    r"\b(?:an?|the)\s+(?P<a>\d+)-year-old\s+(?P<na>[a-z]+)\b[^,;.]{0,40}?\s+and\s+"
    r"(?:an?|the)\s+(?P<b>\d+)-year-old\s+(?P<nb>[a-z]+)\b"
)
"""Two people told by their ages and nouns in one list: "a 34-year-old man and a 27-year-old
woman"."""


def _listed_noun(field: FieldValue, claim: Claim) -> str | None:
    """The pair and the noun of an age in a list of two people each told by one noun.

    "The pair, a 34-year-old man and a 27-year-old woman" and "the walkers, a 34-year-old
    man and a 22-year-old woman" give the pair's one woman two ages ("man+woman:woman");
    two nouns alike ("a 19-year-old man and a 23-year-old man") tell no one apart, and a
    pair of other nouns ("a woman and a girl") is another pair.
    """
    start, _end = claim.offsets(field.span)
    for m in _LISTED.finditer(claim.text):
        if m["na"] == m["nb"]:
            continue
        pair = "+".join(sorted((m["na"], m["nb"])))
        for n in ("a", "b"):
            if m.start(n) == start:
                return f"{pair}:{m['n' + n]}"  # one pair's woman: "man+woman:woman"
    return None


_AGE_AS_NOUN = re.compile(r"^[Tt]he\s+[\w-]+-year-old\b(?:,|\s+(?P<next>[A-Za-z]+))")
"""A claim that opens with an age standing for a person: "The 19-year-old finished 48
seconds clear", "The 34-year-old, who ...". """


def _age_told_back(field: FieldValue, claim: Claim, claims: Mapping[str, Claim]) -> str | None:
    """Whose age "The 19-year-old" at the head of a claim is: the one doer before it.

    Papers name a person, then go on with the age: "Isla Brennock won the elite title
    yesterday." then "The 19-year-old finished 48 seconds clear." The age is the one
    person the claim right before it (in its source) names as the doer of what it
    reports, or as its speaker; none when that claim names no one or two people, and
    not "the 35-year-old deputy" (a role noun: :func:`_age_key`) or "the 61-year-old
    Marsh" (a name).
    """
    if field.kind != "quantity" or measure(field) != "age":
        return None
    m = _AGE_AS_NOUN.match(claim.text)
    start, _end = claim.offsets(field.span)
    if m is None or start > m.end() or not (m["next"] is None or m["next"].islower()):
        return None
    if m["next"] in ROLE_NOUNS or m["next"] in PEOPLE:
        return None
    before = [
        c for c in claims.values() if c.source_id == claim.source_id and c.span[1] <= claim.span[0]
    ]
    if not before:
        return None
    people = subjects(max(before, key=lambda c: c.span))
    if len({surname(k) for k in people}) != 1:
        return None
    return _NAMED_AGE + surname(people[0]).lower()


_ACT_AGE = "age:act:"
"""The key of the age of a person told only by what befell them or what they did: "a
34-year-old man was arrested" (:func:`_act_age`)."""

_ANYONE = frozenset(["man", "woman", "boy", "girl", "teenager", "youth", "person"])
"""Nouns that name no one by themselves: "a 34-year-old man"."""

_NOT_AN_ACT = frozenset(["be", "have", "say", "tell"])


def _act_age(field: FieldValue, claim: Claim) -> str | None:
    """The act whose one doer or sufferer an age with no holder is, if the claim tells one.

    "A 34-year-old man from the town was arrested yesterday" and "the 43-year-old was
    arrested on Tuesday": a story's one arrested man is one person, whatever each source
    calls him. Lined up only when each source tells one such age of the act, and no claim
    of them names two people (see :func:`compare_across`).
    """
    if field.kind != "quantity" or measure(field) != "age" or not field.text.endswith("old"):
        return None
    verb = field.governor
    if verb is None or verb.split()[0] in _NOT_AN_ACT:
        return None
    _start, end = claim.offsets(field.span)
    after = _WORD.findall(claim.text[end:])[:1]
    if after and after[0] not in _ANYONE and not after[0].islower():
        return None  # "the 61-year-old Marsh": a name
    if after and after[0] not in _ANYONE and after[0] in ROLE_NOUNS | PEOPLE:
        return None  # "the 35-year-old deputy" is read by its role (:func:`_age_key`)
    if verb.split()[0] in _HELD_BY_POLICE:
        return _ACT_AGE + "suspect"  # "was arrested" / "has been charged": the one suspect
    return _ACT_AGE + verb


_HELD_BY_POLICE = frozenset(
    ["arrest", "charge", "detain", "bail", "release", "question", "remand", "interview"]
)
"""Acts police do to a suspect, one after another: an age told by any of them is the one
suspect's when each source tells one ("a 34-year-old man has been charged with theft" / "a
43-year-old man was arrested in connection with the theft")."""


def _one_holder(role: str, claims: Mapping[str, Claim]) -> bool:
    """Whether the story gives a role to one person only, so its ages are that person's.

    "The actress, 33," and "the 33-year-old actress" in sentences that say different
    things are one actress's age, unless some claim of the story tells of more than one:
    the role in the plural ("two deputies were shot") or a second, another or other one
    ("a second deputy was wounded", "the other pilot").
    """
    many = _many_of(role)
    return not any(many.search(c.text) for c in claims.values())


@functools.cache
def _many_of(role: str) -> re.Pattern[str]:
    """Words that tell of more than one holder of ``role``."""
    others = "second|third|another|other|two|three|both|fellow"
    return re.compile(
        rf"\b{plural(role)}\b|\b(?:{others})\s+(?:[\w'’-]+\s+){{0,2}}{role}\b", re.IGNORECASE
    )


_FIRST_BEFORE = re.compile(
    r"\b([A-Z][a-z'’-]+)\s+(?:[\"“][^\"”]{1,20}[\"”]\s+)?[A-Z][\w'’-]+(?: (?:Jr|Sr)\.?)?, $"
)
_FIRST_AFTER = re.compile(r"\s+([A-Z][a-z'’-]+)\s+[A-Z]")


def _first_name_beside(field: FieldValue, claim: Claim) -> str | None:
    """The first name set with the surname beside an age, if one is.

    "Margaret Hollins, 71," and "61-year-old Sharron Smith" give one.
    """
    start, end = claim.offsets(field.span)
    if m := _FIRST_BEFORE.search(claim.text[max(0, start - 80) : start]):
        return m.group(1)
    if m := _FIRST_AFTER.match(claim.text, end):
        return m.group(1)
    return None


def _two_people(key: str, mentions: Sequence[_Mention], claims: Mapping[str, Claim]) -> bool:
    """Whether the holder of an age may be two people, so its ages are not lined up.

    One source giving two different ages for one holder ("the mother, 34," and "the
    mother, 61,") tells two people apart; a surname the story gives two first names
    ("Ada Marsh", "Tom Marsh") belongs to two people, unless every age is set beside one
    first name ("Margaret Hollins, 71," and "Margaret Hollins, 67," beside a father,
    "Walter Hollins", told without an age).
    """
    if not key.startswith((_NAMED_AGE, _ROLE_AGE, _LISTED_AGE, _ACT_AGE)):
        return False
    values: dict[str, set[tuple[object, object]]] = {}
    for m in mentions:
        value = m.field.value
        assert isinstance(value, QuantityValue)
        values.setdefault(m.claim.source_id, set()).add((value.low, value.high))
    if any(len(v) > 1 for v in values.values()):
        return True
    if key.startswith(_ACT_AGE):
        return _two_named(mentions)
    if key.startswith((_ROLE_AGE, _LISTED_AGE)):
        return False
    holder = key.removeprefix(_NAMED_AGE)
    beside = {_first_name_beside(m.field, m.claim) for m in mentions}
    if len(beside) == 1 and None not in beside:
        return False  # "Margaret Hollins, 71," / "Owner Margaret Hollins, 67,": one person
    firsts = set()
    for claim in claims.values():
        for f in claim.fields:
            if f.kind != "person" or not isinstance(f.value, NameValue):
                continue
            words = f.value.key.split()
            if len(words) > 1 and words[0] != holder and surname(f.value.key) == holder:
                firsts.add(words[0])
    return len(firsts) > 1


_DEFINITE = re.compile(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)
"""Words that make a count a definite description: the article, a demonstrative, or
"all" ("the two countries", "these three men", "all four crew"). A possessive ("its
two reactors") is left out: it ties the set to its owner and usually brings the count
as news."""

REFERS_BACK_BELOW = 10
"""Counts below this, made definite, name a set the story has listed member by member."""


def _refers_back(field: FieldValue, claim: Claim) -> bool:
    """Whether a small count is definite anaphora: it names things the story already knows.

    A definite description with a small cardinal ("the two countries", "all three
    climbers") points back to things named one by one before; it reports no figure,
    and is no rival to "15 countries" that took part in something else.
    """
    high = getattr(field.value, "high", None)
    if high is None or high >= REFERS_BACK_BELOW:
        return False
    before = claim.text[: field.span[0] - claim.span[0]]
    return _DEFINITE.search(before) is not None


def _in_main_clause(field: FieldValue, claim: Claim) -> bool:
    if field.role is None:
        return True
    share = _roles().main_clause_share
    return bool(len(field.role.split()) >= share * len(claim.text.split()))


def _roles() -> DifferentRoles:
    """The settings that say what a main clause and a shared role are."""
    roles: DifferentRoles = current().settings(of(different_roles))
    return roles


def _mentions(kind: str, claims: Mapping[str, Claim], home: Mapping[str, str]) -> list[_Mention]:
    out = []
    for cid in sorted(claims):
        claim = claims[cid]
        for field in claim.fields:
            if field.kind != kind or not comparable(field, clocks=True):
                continue
            key = (
                _key(field, claim) or _age_told_back(field, claim, claims) or _act_age(field, claim)
            )
            if key is None or (key == "day" and not _in_main_clause(field, claim)):
                continue
            if kind == "quantity" and (_refers_back(field, claim) or whole_of_a_part(claim, field)):
                continue  # "the two", "these"; "of its 64 branches": what a part is out of
            out.append(_Mention(claim, field, key, home.get(cid, cid)))
    return out


def _linkable(a: _Mention, b: _Mention, together: Callable[[_Mention, _Mention], bool]) -> bool:
    if a.claim.source_id == b.claim.source_id or together(a, b) or a.key != b.key:
        return False
    if a.key.startswith((_ROLE_AGE, _ACT_AGE)):
        return not _other_people(a.claim, b.claim)
    if a.key.startswith(_SUM) and _priced_apart(a, b):
        return False
    if a.key in _SUMS_OF_A_STORY and _years_gone(a.claim) != _years_gone(b.claim):
        return False  # "bought the club for £4 million in 2009" is no price of the sale now
    if a.key.startswith(_SUM) and (_of_another_year(a, b) or _of_another_year(b, a)):
        return False  # "since it fined another firm £3.1m in 2022": a sum of a year gone
    if a.field.kind == "quantity":
        # a count is matched on what it counts, an age on its holder; soldiers are not
        # civilians, however both count people
        ua, ub = getattr(a.field.value, "unit", ""), getattr(b.field.value, "unit", "")
        if ua != ub and (_in_breakdown(a.field, a.claim) or _in_breakdown(b.field, b.claim)):
            return False  # "three women" of "seven children, three women and two men"
        if (_kind_in_list(a.field, a.claim) or _kind_in_list(b.field, b.claim)) and _kind_word(
            a.field
        ) != _kind_word(b.field):
            return False  # "five committee meetings" of "nine council meetings and five ..."
        return not (ua in PEOPLE and ub in PEOPLE) or one_population(ua, ub)
    if a.field.kind == "event":
        return _one_happening(a.field, b.field)
    if a.key in (_ONSET, _HALT):
        return True  # both tell their story's one onset (see _onsets), or its one stop
    if a.key == _SPAN:
        return _share_an_end(a.field, b.field)
    if a.key == _DAY_OF + "meeting" and not _one_meeting([a, b], shared=False):
        return False  # "a public meeting" / "the council meeting": two meetings
    if a.key == _DAY_OF + "fixture" and not _fixture_words(a) & _fixture_words(b):
        return False  # "a match at the Fox" / "a match at the Crown": two matches
    if a.key.startswith(_DAY_OF):
        # each source's one day of one event (see _days_told_once), days apart too; but not
        # a late hour against the next day, nor the small hours against the day before
        va, vb = a.field.value, b.field.value
        assert isinstance(va, DateValue) and isinstance(vb, DateValue)
        sitting = a.key in (_DECISION, _DAY_OF + "meeting")  # an evening meeting ends that night
        return not dates.across_midnight(va, vb, evening=not sitting)
    return same_role(a.field, a.claim, b.field, b.claim, _roles()) and _near(a.field, b.field)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
"""What joins the items of a list: a comma, "and", or both."""


def _priced_subject(mention: _Mention) -> str | None:
    """What the verb of a sum says it is the price of: "the project cost $27.5m", "project"."""
    verb = mention.field.governor
    if SUM_BY_ACT.get(verb or "") == "sale":
        return None  # "was sold by its developer" / "Northlight bought": seller and buyer
    if SUM_BY_ACT.get(verb or "") == "scheme":
        return None  # "the bakery is to invest £650,000": the investor, no thing priced
    if verb == "save":
        return None  # "the closures would save" / "the force expects to save": one saving
    for f in mention.claim.fields:
        v = f.value
        if isinstance(v, EventValue) and v.predicate == verb and v.subject and not v.aside:
            return v.subject
    return None


def _priced_apart(a: _Mention, b: _Mention) -> bool:
    """Whether two sums told by one verb are prices of two things: its subjects are apart.

    "The project cost $27.5 million" and "a one-way fare costs $4.50" both give a cost, of
    a station and of a ticket; "the bridge cost $40 million" and "the bridge's repairs cost
    $12 million" of two things too. Sums whose verb names no subject are not parted here.
    """
    sa, sb = _priced_subject(a), _priced_subject(b)
    return sa is not None and sb is not None and apart(sa, sb)


def _in_breakdown(field: FieldValue, claim: Claim) -> bool:
    """Whether a count of people is one item of a list of groups: a part of a breakdown.

    "Seven children, three women and two men were killed": each count is one group of the
    dead, not the toll, so it is lined up only with a count of the same group ("three
    women"), never with a count of people at large ("some 30 people").
    """
    unit = getattr(field.value, "unit", None)
    if unit not in PEOPLE:
        return False
    for other in claim.fields:
        ou = getattr(other.value, "unit", None)
        if other.kind != "quantity" or other is field or ou not in PEOPLE or ou == unit:
            continue
        if _listed_beside(field, other, claim):
            return True
    return False


def _listed_beside(field: FieldValue, other: FieldValue, claim: Claim) -> bool:
    """Whether two values of a claim stand side by side in a list (a comma, "and", or both)."""
    first, then = sorted((field.span, other.span))
    return (
        _LIST_JOIN.fullmatch(claim.text[claim.offsets(first)[1] : claim.offsets(then)[0]])
        is not None
    )


def _kind_in_list(field: FieldValue, claim: Claim) -> bool:
    """Whether a count is one kind of its thing listed beside another kind of it.

    "Nine full council meetings and five committee meetings": each counts one kind of
    meeting, so it is lined up only with a count of that kind ("six committee meetings"),
    never with a count of meetings at large ("14 meetings"), which may be their sum.
    """
    unit, kind = getattr(field.value, "unit", None), _kind_word(field)
    if unit is None or kind is None:
        return False
    for other in claim.fields:
        if other.kind != "quantity" or other is field or getattr(other.value, "unit", None) != unit:
            continue
        if _kind_word(other) not in (None, kind) and _listed_beside(field, other, claim):
            return True
    return False


def _kinds_apart(a: FieldValue, b: FieldValue) -> bool:
    """Whether two counts name two kinds of their thing: "ladder trucks" / "fire trucks".

    The word right before the counted noun, when each count has one and it is no word of
    number or hedge, names the kind; "42 harvest licences" and "38 licences" name one.
    """
    ka, kb = _kind_word(a), _kind_word(b)
    return ka is not None and kb is not None and ka != kb


def _kind_word(field: FieldValue) -> str | None:
    """The word before the counted noun in a count's words: "ladder" in "three ladder trucks".

    None when the count has no word before its noun but its number and hedge.
    """
    words = re.findall(r"[a-z][a-z'’-]*", field.text.lower())
    number = set(re.findall(r"[a-z]+", getattr(field.value, "number_text", "").lower()))
    number |= set(re.findall(r"[a-z]+", (getattr(field.value, "modifier", None) or "").lower()))
    words = [w for w in words if w not in number and w not in FUNCTION_WORDS]
    return words[-2] if len(words) >= 2 else None


def _one_happening(a: FieldValue, b: FieldValue) -> bool:
    """Whether two events of one predicate are done to one thing by no two doers.

    "Trump will meet the Queen" and "he is unlikely to meet Queen Elizabeth II" share
    the queen; "the council approved the budget" and "the council approved the plan"
    do not.
    """
    va, vb = a.value, b.value
    assert isinstance(va, EventValue) and isinstance(vb, EventValue)
    if not set((va.object or "").split()) & set((vb.object or "").split()):
        return False
    return va.subject is None or vb.subject is None or not apart(va.subject, vb.subject)


def _other_people(a: Claim, b: Claim) -> bool:
    """Whether both claims name people and none is the same: a role may then be two people's."""
    pa, pb = surnames(a), surnames(b)
    return bool(pa and pb and not pa & pb)


def _near(a: FieldValue, b: FieldValue) -> bool:
    """Whether two dates fit, or miss by what a time zone or a weekday's reading explains.

    Across claims only such near misses are worth an editor's look: two claims that are
    merely alike and name dates far apart are most likely about two events.
    """
    engine = current()
    cmp = compare_fields(a, b, engine)
    if cmp.compared and cmp.verdict is not Verdict.CONFLICT:
        return True
    return other_reading(a, b, engine) is not None


def _group(
    mentions: Sequence[_Mention],
    alike: Alike,
    threshold: float,
    group_share: float,
    linkable: Callable[[_Mention, _Mention], bool],
    parted: Callable[[FieldValue, FieldValue], bool] | None = None,
) -> list[list[_Mention]]:
    """Average-linkage groups of linkable mentions, strongest links first.

    ``linkable`` says whether two mentions may be linked at all (:func:`_linkable`);
    ``parted`` sets two values apart that would otherwise be linked.
    """
    sim = {
        (x, y): alike(mentions[x], mentions[y]) for x, y in combinations(range(len(mentions)), 2)
    }
    edges = sorted(
        (
            (s, x, y)
            for (x, y), s in sim.items()
            if s >= threshold
            and linkable(mentions[x], mentions[y])
            and not (parted and parted(mentions[x].field, mentions[y].field))
        ),
        key=lambda e: (-round(e[0], 6), e[1], e[2]),
    )
    group = list(range(len(mentions)))
    members: dict[int, list[int]] = {x: [x] for x in range(len(mentions))}

    def fits(gx: int, gy: int) -> bool:
        both = members[gx] + members[gy]
        if len({mentions[m].claim.id for m in both}) < len(both):
            return False  # one claim, two values: they are not the same figure
        if any(mentions[m].key != mentions[both[0]].key for m in both):
            return False
        pairs = [
            sim[min(p, q), max(p, q)]
            for p in members[gx]
            for q in members[gy]
            if mentions[p].claim.source_id != mentions[q].claim.source_id
        ]
        return bool(pairs) and sum(pairs) / len(pairs) >= group_share * threshold

    for _, x, y in edges:
        gx, gy = group[x], group[y]
        if gx == gy or not fits(gx, gy):
            continue
        for m in members.pop(gy):
            group[m] = gx
            members[gx].append(m)
    return [
        [mentions[m] for m in sorted(ms)]
        for _, ms in sorted(members.items())
        if len({mentions[m].claim.source_id for m in ms}) >= 2
    ]


def _field_cluster(
    kind: str,
    group: Sequence[_Mention],
    sources: Mapping[str, Source],
    alike: Alike,
    engine: Engine,
    *,
    told_once: bool = False,
) -> Cluster | None:
    if group[0].key == _ONSET and _one_onset_act(group):
        # "lost propulsion shortly after 4am" / "suffered an engine failure just before
        # midnight": one failure in other words, dated as that one act
        act = _onset_act(group[0])
        group = [
            _Mention(m.claim, m.field.model_copy(update={"occasion": act}), m.key, m.home)
            for m in group
        ]
    # Each claim takes part through the value that was lined up; its other fields
    # (attributions, quotations) still tell which sides share an origin.
    members = [
        m.claim.model_copy(
            update={
                "fields": tuple(
                    m.field if f.kind == kind else f  # as lined up ("a meeting's" day)
                    for f in m.claim.fields
                    if f.kind != kind or f.span == m.field.span
                )
            }
        )
        for m in group
    ]
    onset = group[0].key in (_ONSET, _HALT)  # a time of day: compared by the clock
    # "will start on" / "will come into force on"; "apply from 1 March to 31 July" / "must
    # be kept on leads between 1 March and 31 August": one start, one term, other verbs
    started = group[0].key in (_DAY_OF + "start", *_TOLD_BY_KEY)
    finding = compare_kind(
        kind,
        members,
        sources,
        check_roles=kind == "date" and not onset and not started,
        aligned=False,
        clocks=onset,
        told_once=told_once,
    )
    if finding is None:
        return None
    scores = [
        alike(a, b) for a, b in combinations(group, 2) if a.claim.source_id != b.claim.source_id
    ]
    holder = _holder(group[0])
    finding = _across(
        finding, len({m.home for m in group}), min(scores), max(scores), engine, holder
    )
    ids = tuple(sorted(m.claim.id for m in group))
    central = max(
        group,
        key=lambda m: (sum(alike(m, o) for o in group if o is not m), m.claim.id),
    )
    return Cluster(
        id=field_cluster_id(kind, ids),
        kind="field",
        claim_ids=ids,
        statement=central.claim.statement,
        verdict=finding.verdict,
        findings=(finding,),
        # values of several things lined up: shown, folded, with the reason
        reason=finding.explanation if finding.verdict is Verdict.RELATED else None,
    )


def _holder(mention: _Mention) -> str | None:
    """Whose age a mention's value is, as an editor reads it ("Marsh", "the actress")."""
    if mention.key.startswith(_NAMED_AGE):
        # "The 19-year-old" names its holder in the claim before (_age_told_back)
        named = age_holder(mention.field, mention.claim)
        return named or mention.key.removeprefix(_NAMED_AGE).title()
    if mention.key.startswith(_ROLE_AGE):
        return "the " + mention.key.removeprefix(_ROLE_AGE)
    if mention.key.startswith(_ACT_AGE):
        return f"the one person told of “{mention.key.removeprefix(_ACT_AGE)}”"
    if mention.key.startswith(_LISTED_AGE):
        return "the " + mention.key.split(":")[-1]
    return None


def _across(
    finding: Finding,
    homes: int,
    low: float,
    high: float,
    engine: Engine,
    holder: str | None = None,
) -> Finding:
    """Say that the values come from different claims; a conflict becomes a nuance."""
    reviewed = engine.review(
        (unaligned_claims,), Comparison(finding.verdict, finding.rule, finding.explanation)
    )
    verdict, rule = reviewed.verdict or finding.verdict, reviewed.rule
    alike = f"{low:.2f}" if round(low, 2) == round(high, 2) else f"{low:.2f} to {high:.2f}"
    lined = f"Lined up across {homes} claims that were not aligned as one"
    if holder is not None:
        lead = (
            f"{lined}, as the age of {holder} (similarity {alike}): an age describes its "
            "holder, whatever each claim tells"
            + (
                "; a difference is a nuance to check, not a conflict."
                if verdict is Verdict.NUANCE
                else "."
            )
        )
    elif verdict is Verdict.NUANCE:
        what = (
            "tell different occasions"
            if finding.field == "event"
            else "count or date different groups or moments"
        )
        lead = (
            f"{lined} (similarity {alike}): they may {what}, so a difference is a nuance "
            "to check, not a conflict."
        )
    else:
        lead = f"{lined} (similarity {alike})."
    return finding.model_copy(
        update={"verdict": verdict, "rule": rule, "explanation": f"{lead} {finding.explanation}"}
    )


def field_cluster_id(kind: str, claim_ids: Sequence[str]) -> str:
    """A stable id for a field cluster: 'f' plus a hash of its kind and sorted member ids."""
    text = "\n".join([kind, *sorted(claim_ids)])
    return "f" + hashlib.sha1(text.encode()).hexdigest()[:10]
