"""Stage 6, compare: clusters -> clusters with field-by-field findings and a verdict.

For each field kind that claims from two or more sources carry, every pair of
values is compared by the kind's own rule (``Extractor.compare``). Claims whose
values agree or are compatible form one group; a finding lists the groups, the
normalized values and words of each, the deciding rule and an explanation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from itertools import combinations
from typing import Any

import networkx as nx

from checkfacts.extractors.dates import dates_the_event
from checkfacts.extractors.events import FRAMING, events_told
from checkfacts.extractors.quantities import (
    FRONTED_WHOLE,
    PART_OF,
    SCALE_SCORE,
    is_count,
    is_scale_score,
    points_within,
)
from checkfacts.independence import origins
from checkfacts.models import (
    FLAGGED,
    VERDICT_ORDER,
    Claim,
    Cluster,
    DateReading,
    DateValue,
    EventValue,
    FieldValue,
    Finding,
    HedgeValue,
    NameValue,
    QuantityValue,
    Source,
    Verdict,
)
from checkfacts.rules import causes, compare_fields, current, dates, decisions, gates, of, wording
from checkfacts.rules.engine import Comparison, Engine
from checkfacts.rules.events import arguments
from checkfacts.rules.gates import Pair
from checkfacts.rules.quantities import measure, same_value
from checkfacts.vocabulary import (
    ACT_OF,
    ANY_PEOPLE,
    FUNCTION_WORDS,
    HARMED_BY,
    MONTHS,
    PEOPLE,
    UNIT_WORDS,
    WEEKDAYS,
    one_population,
    plural,
)

COMPARED_KINDS = ("date", "quantity", "places", "attribution", "event")
"""Field kinds compared across sources: dates, counts and measures, place sets, who a
claim is credited to, and the events it reports (names and hedges are shown, not
compared)."""


def most_pressing(verdicts: Sequence[Verdict]) -> Verdict:
    """The verdict an editor should see first among ``verdicts``."""
    return min(verdicts, key=VERDICT_ORDER.index)


Similarity = Callable[[str, str], float]
"""Similarity of two claims (by id) as the alignment saw it."""


def _always_similar(a: str, b: str) -> float:
    return 1.0


def compare_clusters(
    clusters: Sequence[Cluster],
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    similarity: Similarity = _always_similar,
) -> list[Cluster]:
    """Fill in findings and verdicts; return clusters most pressing first.

    ``claims`` are read with their dates resolved (:func:`checkfacts.resolve.resolve_dates`).
    """
    compared = by_urgency(
        [compare_cluster(c, claims, sources, similarity) for c in clusters], claims
    )
    return by_urgency(shown_once(compared, claims), claims)


def told_at(finding: Finding) -> frozenset[tuple[str, int, int]]:
    """Where each value of a finding is told: its source and the span of its words."""
    return frozenset(
        (str(c["source_id"]), int(c["span"][0]), int(c["span"][1]))
        for side in finding.values
        for c in side.get("claims", ())
    )


def shown_once(clusters: Sequence[Cluster], claims: Mapping[str, Claim]) -> list[Cluster]:
    """The clusters, a flagged finding on the very words another cluster flags left out.

    One speaker's quotation told over two sentences is credited to the speaker in both:
    the clusters of the first sentences and of the second would each flag the same two
    credits. The cluster whose own sentences hold most of the words compared shows it (the
    most pressing of those); the other says where it is.
    """

    def held(k: Cluster, f: Finding) -> int:
        spans = [claims[c].span for c in k.claim_ids if c in claims]
        return sum(any(a <= x and y <= b for a, b in spans) for _, x, y in told_at(f))

    best: dict[tuple[str, frozenset[tuple[str, int, int]]], tuple[int, int, str]] = {}
    for n, k in enumerate(clusters):
        for f in k.findings:
            key = (f.field, told_at(f))
            if f.verdict in FLAGGED:
                best[key] = min(best.get(key, (1, n, k.id)), (-held(k, f), n, k.id))
    out = []
    for k in clusters:
        kept, shown_in = [], None
        for f in k.findings:
            key = (f.field, told_at(f))
            if f.verdict in FLAGGED and best[key][2] != k.id:
                shown_in = best[key][2]
                continue
            kept.append(f)
        if shown_in is None:
            out.append(k)
            continue
        flagged = [f.verdict for f in kept if f.verdict in FLAGGED]
        verdict = most_pressing(flagged) if flagged else Verdict.RELATED
        reason = k.reason if flagged else f"Its difference is shown with cluster {shown_in}."
        out.append(
            k.model_copy(update={"verdict": verdict, "findings": tuple(kept), "reason": reason})
        )
    return out


def by_urgency(clusters: Iterable[Cluster], claims: Mapping[str, Claim]) -> list[Cluster]:
    """Clusters most pressing first: by verdict, then by how many sources, then by id."""
    return sorted(
        clusters,
        key=lambda c: (
            VERDICT_ORDER.index(c.verdict),
            -len({claims[i].source_id for i in c.claim_ids}),
            c.id,
        ),
    )


def compare_cluster(
    cluster: Cluster,
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    similarity: Similarity = _always_similar,
) -> Cluster:
    """Compare one cluster's claims field by field."""
    members = [claims[i] for i in cluster.claim_ids]
    if len({c.source_id for c in members}) < 2:
        return cluster.model_copy(update={"verdict": Verdict.SINGLE_SOURCE, "findings": ()})
    findings = []
    set_aside: dict[str, list[Comparison]] = {}
    for kind in COMPARED_KINDS:
        if kind == "quantity":
            findings += compare_measures(
                members, sources, similarity, set_aside.setdefault(kind, [])
            )
            continue
        finding = compare_kind(
            kind,
            members,
            sources,
            similarity,
            set_aside=set_aside.setdefault(kind, []),
            tallied=_one_tally(members) if kind == "date" else (),
        )
        if finding is not None:
            findings.append(finding)
        if kind == "date" and (times := compare_times(members, sources, similarity)) is not None:
            findings.append(times)
    findings += compare_wording(members, sources, claims)
    # Agreement is claimed only where a field was compared and matched; claims that are
    # merely alike are "related", shown without a verdict colour.
    if not findings:
        return cluster.model_copy(
            update={"verdict": Verdict.RELATED, "findings": (), "reason": NOTHING_COMPARED}
        )
    verdict = most_pressing([f.verdict for f in findings])
    reason = None
    mixed = next((f.explanation for f in findings if f.verdict is Verdict.RELATED), None)
    if verdict in (Verdict.AGREE, Verdict.COMPATIBLE, Verdict.RELATED) and mixed is not None:
        verdict, reason = Verdict.RELATED, mixed  # a field that mixes facts: no agreement
    elif verdict in (Verdict.AGREE, Verdict.COMPATIBLE):
        reason = unconfirmed(findings, members) or _set_aside(findings, set_aside)
        if reason is not None:
            verdict = Verdict.RELATED
    return cluster.model_copy(
        update={"verdict": verdict, "findings": tuple(findings), "reason": reason}
    )


def compare_times(
    members: Sequence[Claim],
    sources: Mapping[str, Source],
    similarity: Similarity = _always_similar,
) -> Finding | None:
    """The finding on the times of day of claims that each give one (field ``date:time``).

    A bare time of day ("the crash happened at about 7:15") names no day, so the date
    finding leaves it out; here it is set against the other claims' times, by the rules
    of times (``date.time_apart``, ``date.same_time``, ``date.time_close``) and the same
    review as any date (two clauses, two events). Only claims that give one time take
    part ("3 p.m. local time, 1400 GMT" gives two), each a moment to the minute (not
    "Thursday morning", not "before 11 a.m."), all in one time zone as told ("04:52 GMT"
    is not set against "6:10 a.m." nor "10 AM PDT" against "7:05 PM ET"), and only when
    one of the times is bare: two times told with their days are compared in the date
    finding.
    """
    timed = []
    for c in members:
        times = [f for f in c.fields if isinstance(f.value, DateValue) and f.value.time]
        if len(times) == 1 and dates.is_moment(times[0]):
            rest = tuple(f for f in c.fields if f.kind != "date")
            timed.append((c.model_copy(update={"fields": (*times, *rest)}), times[0]))
    bare = {c.source_id for c, f in timed if _bare_clock(f)}
    if not bare or len({c.source_id for c, _ in timed}) < 2:
        return None
    if len({zone(f.text) for _, f in timed}) > 1:
        return None  # "10:10 a.m. PDT" and "7:05 p.m. ET", or a zone on one side only
    finding = compare_kind("date", [c for c, _ in timed], sources, similarity, clocks=True)
    return None if finding is None else finding.model_copy(update={"field": "date:time"})


_ZONE = re.compile(r"\b(?:[A-Z]{1,3}T|UTC|GMT)\b|\blocal time\b")
"""A time zone told with a time of day: "04:52 GMT", "10 AM PDT", "3 p.m. local time"."""


def zone(words: str) -> str | None:
    """The time zone told with a time of day, if any ("04:52 GMT" gives "GMT")."""
    m = _ZONE.search(words)
    return m[0] if m else None


def _bare_clock(field: FieldValue) -> bool:
    """Whether a date field is a time of day alone, read as its article's day."""
    value = field.value
    return isinstance(value, DateValue) and value.basis is DateReading.CLOCK


def compare_measures(
    members: Sequence[Claim],
    sources: Mapping[str, Source],
    similarity: Similarity = _always_similar,
    set_aside: list[Comparison] | None = None,
) -> list[Finding]:
    """The ``quantity`` findings: one per measure that two sources give.

    "2 dead, 2 hurt" beside "kills 1, injures 2" states two facts, a death toll and an
    injury toll, and each is compared on its own (fields ``quantity:dead`` and
    ``quantity:injured``), so that agreeing on the injured does not hide a different
    death toll; so are "$3.5 billion" and "25%" in one claim, or a man's age beside the
    guns he took. A figure of a measure no other source gives is left out ("55,000
    pages and 55,000 files" beside "100,000 files": the files are compared, not the
    pages). When several measures are shared, figures that name nothing they count are
    left out too, because nothing says which measure they belong to; when one is
    shared, they are compared with it and the finding is plain ``quantity``.
    """
    # "six of its 18 beds": compared through the six (the whole is what they are out of)
    members = [
        c.model_copy(update={"fields": tuple(f for f in c.fields if not whole_of_a_part(c, f))})
        for c in members
    ]
    measures = {
        c.id: [_measure_of(c, f) if f.kind == "quantity" else None for f in c.fields]
        for c in members
    }
    _points_on_one_scale(members, measures)
    shared = _shared_measures(members, measures)
    if not shared:
        found = compare_kind(
            "quantity", _other_fates(members, measures), sources, similarity, set_aside=set_aside
        )
        return [] if found is None else [found]
    agreeing = _agreeing_measures(members, measures, shared)
    findings = []
    for m in shared:
        tallied = {ab for ab, ms in agreeing.items() if ms - {m}}
        keep = {m} if len(shared) > 1 else {m, None}
        items: list[str | None] = [*_item_words(m, members, measures)] or [None]
        for item in items:
            only = [
                c.model_copy(
                    update={
                        "fields": tuple(
                            f
                            for f, fm in zip(c.fields, measures[c.id], strict=True)
                            if f.kind != "quantity"
                            or (fm in keep and (item is None or item in _items(f, c)))
                        )
                    }
                )
                for c in members
            ]
            if m == "age":
                only = _ages_told_alike_left_out(only)
            found = compare_kind(
                "quantity", only, sources, similarity, tallied=tallied, set_aside=set_aside
            )
            if found is not None:
                field = ":".join(
                    ["quantity", *([m] if len(shared) > 1 else []), *([item] if item else [])]
                )
                findings.append(found.model_copy(update={"field": field}))
    return findings


def _points_on_one_scale(members: Sequence[Claim], measures: dict[str, list[str | None]]) -> None:
    """Plain counts of points measured on the one scale a score of the cluster is told on.

    "Scored 94 points out of a possible 110" and "scored 91 points" are two marks of one
    contest (a sheepdog trial; "a hygiene score of 42 out of 50" / "scored 38 points" at
    an inspection): the plain points are read on that scale when they fit it (the figures
    are then compared, :func:`_one_unit`). Not when the cluster tells two scales.
    """
    scales = {
        str(f.value.unit)
        for c in members
        for f in c.fields
        if isinstance(f.value, QuantityValue) and is_scale_score(str(f.value.unit or ""))
    }
    if len(scales) != 1:
        return
    [scale] = scales
    for c in members:
        for n, f in enumerate(c.fields):
            after = c.text[c.offsets(f.span)[1] :]
            if measures[c.id][n] == "point" and points_within(f, scale, after):
                measures[c.id][n] = measure(_in_unit(f, scale))


def _ages_told_alike_left_out(members: Sequence[Claim]) -> list[Claim]:
    """Claims whose lists of ages are compared by the ages that differ.

    "Both men, aged 27 and 34, were arrested" and "the pair, aged 27 and 41, were
    detained" agree on the 27-year-old and differ on the other: where every claim that
    gives ages gives the same number of them, two or more, an age every such claim gives
    is left out, so that the rest are set against each other ("34" / "41") rather than
    the claims being read as agreeing through the 27; lists that give the same ages are
    compared through the youngest. A claim that gives one age keeps its ages as they
    are: which of the other's it is, is not known.
    """
    ages = {
        c.id: [f for f in c.fields if f.kind == "quantity" and measure(f) == "age"] for c in members
    }
    told = [found for found in ages.values() if found]
    if len(told) < 2 or len({len(found) for found in told}) != 1 or len(told[0]) < 2:
        return list(members)
    values = [
        {same_age for f in found if (same_age := _age_years(f)) is not None} for found in told
    ]
    common = set.intersection(*values)
    if not common or any(len(v) != len(told[0]) for v in values):
        return list(members)  # nothing to leave out, or an age given twice
    if all(v == common for v in values):
        common -= {min(common)}  # all alike: compared through one of them
    return [
        c.model_copy(
            update={
                "fields": tuple(
                    f for f in c.fields if f not in ages[c.id] or _age_years(f) not in common
                )
            }
        )
        for c in members
    ]


def _age_years(field: FieldValue) -> float | None:
    """The years of an exact age ("27"), else None."""
    v = field.value
    if not isinstance(v, QuantityValue) or v.approx or v.bound or v.high not in (None, v.low):
        return None
    return v.low


def _one_tally(members: Sequence[Claim]) -> set[frozenset[str]]:
    """Pairs of claims of two sources that give the same figure of one measure.

    "The river peaked on Tuesday at 4.7 metres" and "the river crested on Wednesday night,
    when the gauge read 4.7 metres" tell one event in two verbs: the same reading says
    so, and their dates are told of it. Only a measure ties (a level, a speed, a sum); a
    count of people or things does not, nor does an age: the same seven workers are
    trapped on one day and freed the next, and "the actress, 26," is 26 in every event
    of the story.
    """
    measures = {
        c.id: [
            m if _ties_an_event(f) and (m := _measure_of(c, f)) != "age" else None for f in c.fields
        ]
        for c in members
    }
    shared = _shared_measures(members, measures)
    return set(_agreeing_measures(members, measures, shared)) if shared else set()


def _shared_measures(
    members: Sequence[Claim], measures: Mapping[str, list[str | None]]
) -> list[str]:
    """The measures two or more sources give a comparable figure of, sorted."""
    carried: dict[str, set[str]] = {}
    for c in members:
        for f, m in zip(c.fields, measures[c.id], strict=True):
            if m is not None and comparable(f):
                carried.setdefault(m, set()).add(c.source_id)
    return sorted(m for m, carriers in carried.items() if len(carriers) > 1)


def _ties_an_event(field: FieldValue) -> bool:
    """Whether a figure is a measure of one happening (4.7 metres, 140 mph), not a count."""
    return field.kind == "quantity" and not is_count(field) and _a_figure(field)


def _agreeing_measures(
    members: Sequence[Claim], measures: Mapping[str, list[str | None]], shared: Sequence[str]
) -> dict[frozenset[str], set[str]]:
    """For two claims of two sources, the shared measures on which they give the same figure.

    Two claims that agree on the injured tell one tally of one event, however few words
    they share, and the dead they count differently is a difference worth showing.
    """
    figures = {
        c.id: [
            (m, f)
            for f, m in zip(c.fields, measures[c.id], strict=True)
            if m is not None and m in shared and comparable(f)
        ]
        for c in members
    }
    out: dict[frozenset[str], set[str]] = {}
    for a, b in combinations(members, 2):
        if a.source_id == b.source_id:
            continue
        for ma, fa in figures[a.id]:
            for mb, fb in figures[b.id]:
                if ma == mb and compare_fields(fa, fb).rule == _SAME_FIGURE:
                    out.setdefault(frozenset((a.id, b.id)), set()).add(ma)
    return out


_SAME_FIGURE = of(same_value).name
"""The rule of two figures that are one: a tally two claims agree on."""


def _measure_of(claim: Claim, field: FieldValue) -> str | None:
    """What a figure of ``claim`` measures; for those a verb of harm befell, with the toll.

    "Gunmen killed two people and wounded four others" tells a death toll and an injury
    toll, though both figures count people: "two people" were killed and "four others"
    wounded. A count of anyone ("people", "others") is measured as its toll (``dead``,
    ``injured``), as "2 dead, 4 hurt" is, so that "the attack wounded four people" meets
    the four wounded and not the two killed. A count of one kind keeps its kind
    ("civilian-dead", "miner-dead"): seven children killed meet seven children killed,
    not the twelve relatives killed with them, and "12 civilians were killed" never meets
    "12 civilians injured" (:func:`_other_fates`). The doers of the harm are no toll:
    in "two gunmen killed five people" the gunmen do the killing (:func:`_harmed`).
    """
    found = measure(field)
    toll = toll_of(claim, field)
    if toll is None or found is None:
        return found
    unit = getattr(field.value, "unit", None)
    return toll if unit in ANY_PEOPLE | HARMABLE else f"{found}-{toll}"


def toll_of(claim: Claim, field: FieldValue) -> str | None:
    """The toll (``dead``, ``injured``) a count of ``claim`` is part of, if a harm befell it.

    "killed two people", "three soldiers were wounded", "64 people died" give tolls;
    "shot three people" gives those shot, the dead and the hurt together, so that it is
    no rival to "killed one person"; "shot one person to death" gives the dead.
    "hurt sales by 5%" (no count), "3 dead" (a toll by its own word) and counts the
    verb merely governs (:func:`_harmed`) give None.
    """
    value = field.value
    toll = HARMED_BY.get(field.governor or "")
    if toll is None or not isinstance(value, QuantityValue) or value.unit is None:
        return None
    if not is_count(field) or value.ordinal or value.unit in TOLLS:
        return None
    verb = field.governor or ""
    if _harmed(claim, verb, value.unit):
        return "dead" if _to_death(claim, verb) else toll
    after = _object_of_harm(claim, field, verb)
    if after is None:
        return None
    return "dead" if after else toll


_JUST_BEFORE = re.compile(r"([A-Za-z]+)(\s+to\s+death)?\s+$")
"""The word right before a count, and a "to death" between them."""


def _object_of_harm(claim: Claim, field: FieldValue, verb: str) -> bool | None:
    """Whether a count follows its verb of harm right away, and "to death": None if not.

    The event frames read the claim's main clauses; a harm told in a phrase ("suspected
    of shooting three people", "accused of killing two co-workers") or after a dateline
    the parse runs into has no frame, but the count right after its verb is what the harm
    befell ("shot to death one person": the dead).
    """
    m = _JUST_BEFORE.search(claim.text[: field.span[0] - claim.span[0]])
    if m is None:
        return None
    word = m.group(1).lower()
    if word != _HARMED.get(verb) and not gates.one_event(verb, word):
        return None
    return m.group(2) is not None


_TO_DEATH = re.compile(r"^\s+(?:[\w'’-]+\s+){0,4}?to death\b", re.I)
""""To death" after a verb of harm, its object between or not: "shot to death", "stabbed
two men to death", "was beaten to death"."""


def _to_death(claim: Claim, verb: str) -> bool:
    """Whether ``claim`` tells the harm ``verb`` done "to death": those it befell are the dead."""
    return any(
        isinstance(f.value, EventValue)
        and f.value.predicate == verb
        and _TO_DEATH.match(claim.text[f.span[1] - claim.span[0] :]) is not None
        for f in claim.fields
    )


def _other_fates(members: Sequence[Claim], measures: Mapping[str, list[str | None]]) -> list[Claim]:
    """``members`` without the figures of people another source gives another fate.

    "The blast injured 12 civilians" beside "twelve civilians were killed": the same
    people, hurt in one and dead in the other, are neither one figure nor two that
    differ, so neither is compared (the events say the rest). A plain count of anyone
    ("five people are still in hospital", "40 people were evacuated") beside other
    sources' tolls of people only ("46 people were injured") counts people a harm may not
    have befallen: it is left out, and the toll meets the other source's toll if it has
    one ("more than 40 fans were hurt"). ``measures`` holds each
    field's :func:`_measure_of` (None for other kinds), in the order of its claim's fields.
    """
    bases = {
        c.id: [
            measure(f) if fm is not None else None
            for f, fm in zip(c.fields, measures[c.id], strict=True)
        ]
        for c in members
    }
    fates: dict[str, set[tuple[str, str | None]]] = {}
    for c in members:
        for base, fm in zip(bases[c.id], measures[c.id], strict=True):
            if base is not None:
                fates.setdefault(base, set()).add((c.source_id, fm))

    def crossed(c: Claim, base: str | None, mine: str | None) -> bool:
        if base is None:
            return False
        if mine == base:  # a plain count, beside others' tolls of the same people only
            others = {fate for src, fate in fates[base] if src != c.source_id}
            return base in ANY_PEOPLE and bool(others) and base not in others
        return any(src != c.source_id and fate not in (mine, base) for src, fate in fates[base])

    return [
        c.model_copy(
            update={
                "fields": tuple(
                    f
                    for f, base, mine in zip(c.fields, bases[c.id], measures[c.id], strict=True)
                    if not crossed(c, base, mine)
                )
            }
        )
        for c in members
    ]


INTRANSITIVE_HARM = frozenset(["die"])
"""Verbs of harm whose subject is the one harmed."""

HARMABLE = frozenset(["other", "victim"])
"""Nouns outside :data:`~checkfacts.vocabulary.ANY_PEOPLE` that may count anyone a harm
befell ("wounded four others", "three victims were killed"): measured as the toll itself."""


def _harmed(claim: Claim, verb: str, unit: str) -> bool:
    """Whether ``claim`` tells the act ``verb`` done to what a count counts in ``unit``.

    What is killed or hurt is the verb's object, active or passive ("killed two people",
    "three soldiers were wounded"); who dies is its subject ("64 people died"). A count
    the verb merely governs is not: the gunmen who killed, the "12000 block" where a
    deputy was killed, the 12 children of a mother who was killed. A bare figure may be
    the argument itself: "15 were hurt".
    """
    figures = {
        f.text.lower()
        for f in claim.fields
        if isinstance(f.value, QuantityValue) and f.value.unit in ANY_PEOPLE
    }
    for f in claim.fields:
        v = f.value
        if not isinstance(v, EventValue) or v.predicate != verb:
            continue
        harmed = v.subject if verb in INTRANSITIVE_HARM else v.object
        if harmed is not None and (_one_noun(harmed, unit) or harmed in figures):
            return True
    return False


def _one_noun(lemma: str, unit: str) -> bool:
    """Whether an event's argument (a lemma) is the noun a count counts in ``unit``."""
    people = {"people", "person"}
    return lemma == unit or plural(lemma) == unit or (lemma in people and unit in people)


def _items(field: FieldValue, claim: Claim | None = None) -> frozenset[str]:
    """The words that say what one figure is for: "steel" in "18 percent on steel".

    Given its claim, a figure a change runs from or to is also the "old" or the "new"
    value: "will go up from £1.20 to £1.80" beside "to raise the rate from £1.20 to
    £1.60" sets £1.80 against £1.60, and £1.20 against £1.20. A sum is also for what it is
    the amount of (:func:`checkfacts.rules.gates.sum_noun`): "fined him £4,800 and ordered
    him to pay £2,150 in costs" beside "was fined £6,200 and must pay £2,000 towards the
    costs" sets the fines against each other, and the costs.
    """
    unit = str(getattr(field.value, "unit", None) or "")
    words = re.findall(r"[a-z]+", (field.counted or "").lower())
    skip = FUNCTION_WORDS | UNIT_WORDS | {unit, plural(unit)}
    found = {w for w in words if len(w) > 2 and w not in skip}
    if claim is not None and (role := gates.change_role(field, claim)) is not None:
        found.add(role)
    if (act := gates.sum_noun(field)) is not None and act not in skip:
        found.add(act)  # "fined him £4,800" / "was fined £6,200": the fine, not the costs
    return frozenset(found)


def _item_words(
    m: str, members: Sequence[Claim], measures: Mapping[str, list[str | None]]
) -> list[str]:
    """Words that part a claim's figures of measure ``m`` into one per item, in order.

    "Duties of 18 percent on steel and 10 percent on aluminum" beside "a 25 percent
    tariff on steel imports and a 10 percent tariff on aluminum" gives "aluminum" and
    "steel": each item's figures are compared on their own, so the steel rates differ
    though the aluminum rates match. A word parts the figures when a claim gives it to
    one of two or more figures of the measure, no claim gives it to two, and two
    sources use it. None when no claim gives two figures of the measure, or when some
    figure is named by none of those words ("$9.6 billion of goods a day" beside "$9.6
    billion a day"): each claim's figure is then the one that fits best, as for any
    claim with several values; so when a figure is named by two of them ("11 patients from
    the cardiac and respiratory wards" beside "two from the cardiac ward and nine from the
    respiratory ward"): the whole of the parts. A change's old figure that only one
    source gives ("had risen from £9,500 to £13,300" beside "had nearly tripled, to more
    than £27,000") is compared with none: the new figures are set against each other.
    """
    figures = {
        c.id: [
            f for f, fm in zip(c.fields, measures[c.id], strict=True) if fm == m and comparable(f)
        ]
        for c in members
    }
    claim_of = {c.id: c for c in members}
    if not any(len(fs) > 1 for fs in figures.values()):
        return []
    told: dict[str, set[str]] = {}
    parts: set[str] = set()
    shared_by_two: set[str] = set()
    for c in members:
        counts: dict[str, int] = {}
        for f in figures[c.id]:
            for w in _items(f, c):
                counts[w] = counts.get(w, 0) + 1
                told.setdefault(w, set()).add(c.source_id)
        shared_by_two |= {w for w, n in counts.items() if n > 1}
        if len(figures[c.id]) > 1:
            parts |= {w for w, n in counts.items() if n == 1}
    items = {w for w in parts - shared_by_two if len(told[w]) > 1}
    for cid, fs in figures.items():
        for f in fs:
            named = _items(f, claim_of[cid])
            if len(named & items) > 1:
                return []  # "11 patients from the cardiac and respiratory wards": the whole
            if named & items or ("old" in named and "new" in items):
                continue  # a change's old figure only one source gives: compared with none
            if len(fs) == 1 and _sum_of_its_own(f, claim_of[cid]):
                continue  # "ordered to pay £60,000" beside fines and costs: compared with none
            return []  # a figure named by none ("$9.6 billion a day"): fitted as before
    return sorted(items)


def _sum_of_its_own(field: FieldValue, claim: Claim) -> bool:
    """Whether a sum, alone in its claim, is told as the amount of a noun of its own.

    "Has been ordered to pay more than £60,000" is an award (fine and costs together);
    beside claims that give a fine and costs apart, it is compared with neither.
    """
    return gates.sum_noun(field, claim) is not None


def compare_wording(
    members: Sequence[Claim],
    sources: Mapping[str, Source],
    story: Mapping[str, Claim] | None = None,
) -> list[Finding]:
    """Findings on members that are one sentence copied but for a word.

    A ``names`` nuance when the copies name different people ("Debbie Wasserman
    Schultz" / "Wendy Wasserman Schultz"); a ``wording`` conflict when one copy is
    negated ("would always" / "would not always"), a nuance when their modals differ
    ("will now counter" / "may now counter"). Each side is the words as the copies give
    them, with the claims that give them. Two streets, or two destinations, are set aside
    when either source names the other's anywhere in ``story`` (all claims): both are places
    of the story ("the junction with Bell Lane" on "the Quarry Street bus gate";
    :data:`~checkfacts.rules.wording.TOLD_APART_IN_STORY`).
    """
    engine = current()
    whole_story = list((story or {}).values())
    found: dict[str, _Copied] = {}
    pairs = [
        (a, b)
        for a, b in combinations(sorted(members, key=lambda c: c.id), 2)
        if a.source_id != b.source_id
    ]
    for field, order in (("names", wording.NAMES), ("wording", wording.ASSERTION)):
        for a, b in pairs:
            cmp = wording.compare(a, b, engine, order)
            if cmp.verdict is None or cmp.rule is None:
                continue
            told_apart = wording.TOLD_APART_IN_STORY.get(cmp.rule)
            if told_apart is not None and told_apart(a, b, whole_story):
                continue  # "the junction with Bell Lane" beside "the Quarry Street bus gate"
            decided = next(of(f) for f in order if of(f).name == cmp.rule)
            settings = engine.settings(decided)
            copied = found.setdefault(field, _Copied())
            copied.compared.append(cmp)
            for w in wording.swaps_of(cmp.rule)(a, b, settings)[:1]:
                copied.used.setdefault(a.id, (w.text_a, w.a))
                copied.used.setdefault(b.id, (w.text_b, w.b))
    by_id = {c.id: c for c in members}
    return [
        _copied_finding(field, found[field], by_id, sources)
        for field in ("names", "wording")
        if field in found and found[field].used
    ]


def compare_roles(members: Sequence[Claim], sources: Mapping[str, Source]) -> Finding | None:
    """The ``names`` finding on claims of two or more sources that give one role to two people.

    The claims need not say the same thing (see
    :func:`~checkfacts.rules.wording.role_held_apart`); each side is a person's name as its
    claims give it.
    """
    return _across_story(members, sources, wording.role_held_apart)


def compare_offices(members: Sequence[Claim], sources: Mapping[str, Source]) -> Finding | None:
    """The ``names`` finding on claims of two or more sources that give one person two offices.

    The claims need not say the same thing (see
    :func:`~checkfacts.rules.wording.two_offices`); each side is an office as its claims
    name it.
    """
    return _across_story(members, sources, wording.two_offices)


def compare_bodies(members: Sequence[Claim], sources: Mapping[str, Source]) -> Finding | None:
    """The ``names`` finding on claims of two or more sources that place one person at two bodies.

    The claims need not say the same thing (see
    :func:`~checkfacts.rules.wording.two_bodies`); each side is a body as its claims name it.
    """
    return _across_story(members, sources, wording.two_bodies)


def compare_places(members: Sequence[Claim], sources: Mapping[str, Source]) -> Finding | None:
    """The ``names`` finding on claims of two or more sources that name two places of a kind.

    The claims need not say the same thing (see
    :func:`~checkfacts.rules.wording.two_places`); each side is a place as its claims name it.
    """
    return _across_story(members, sources, wording.two_places)


def compare_streets_of_things(
    members: Sequence[Claim], sources: Mapping[str, Source]
) -> Finding | None:
    """The ``names`` finding on claims of two sources that place one thing on two streets.

    The claims need not say the same thing (see
    :func:`~checkfacts.rules.wording.street_of_one_thing`).
    """
    return _across_story(members, sources, wording.street_of_one_thing)


def compare_moves(members: Sequence[Claim], sources: Mapping[str, Source]) -> Finding | None:
    """The ``names`` finding on claims of two sources that move things to two places.

    The claims need not say the same thing (see :func:`~checkfacts.rules.wording.two_moves`).
    """
    return _across_story(members, sources, wording.two_moves)


def compare_finds(members: Sequence[Claim], sources: Mapping[str, Source]) -> Finding | None:
    """The ``names`` finding on claims of two sources that find things at two places.

    The claims need not say the same thing (see :func:`~checkfacts.rules.wording.two_finds`).
    """
    return _across_story(members, sources, wording.two_finds)


def compare_causes(members: Sequence[Claim], sources: Mapping[str, Source]) -> Finding | None:
    """The ``cause`` finding on claims of two or more sources: a cause found, and still open.

    The claims need not say the same thing (see
    :func:`~checkfacts.rules.causes.found_and_open`); each side is the words that tell the
    cause found ("confirmed the fire was started deliberately") or open ("the cause has not
    yet been established"). Only sources written within :data:`ROLE_WINDOW_DAYS` of each
    other, and not when the open question was published first: the story moved on.
    """
    return _found_and_open(
        "cause", causes.found_and_open, causes.found_cause, causes.open_cause, members, sources
    )


def compare_decisions(members: Sequence[Claim], sources: Mapping[str, Source]) -> Finding | None:
    """The ``decision`` finding on claims of two or more sources: a decision made, and open.

    As for causes (:func:`compare_causes`), read by
    :func:`~checkfacts.rules.decisions.made_and_open`: "granted planning permission" beside
    "has yet to be decided", each side the words that tell it.
    """
    return _found_and_open(
        "decision",
        decisions.made_and_open,
        decisions.made_decision,
        decisions.open_decision,
        members,
        sources,
    )


def _found_and_open(
    field: str,
    decide: Callable[..., str | None],
    found: Callable[[Claim], re.Match[str] | None],
    opened: Callable[[Claim], re.Match[str] | None],
    members: Sequence[Claim],
    sources: Mapping[str, Source],
) -> Finding | None:
    """The finding of a thing one source tells as settled (``found``) and another as open."""
    engine = current()
    if of(decide).name in engine.disabled:
        return None
    copied = _Copied()
    ordered = sorted(members, key=lambda c: c.id)
    for a in ordered:
        if (fa := found(a)) is None:
            continue
        for b in ordered:
            if b.source_id == a.source_id or (ob := opened(b)) is None:
                continue
            if not _written_together(sources, a, b):
                continue
            if _published_before(sources, b, a) and not _settled_by(a, fa, sources, b):
                continue  # the story moved on after the open question was published
            cmp = engine.decide((decide,), a, b)
            if cmp is None or cmp.verdict is None:
                continue
            copied.compared.append(cmp)
            copied.used.setdefault(
                a.id, (fa.group(0), (a.span[0] + fa.start(), a.span[0] + fa.end()))
            )
            copied.used.setdefault(
                b.id, (ob.group("open"), (b.span[0] + ob.start("open"), b.span[0] + ob.end("open")))
            )
    if not copied.used:
        return None
    return _copied_finding(field, copied, {c.id: c for c in members}, sources)


def _settled_by(
    claim: Claim, settled: re.Match[str], sources: Mapping[str, Source], other: Claim
) -> bool:
    """Whether a claim dates what it settled before ``other``'s source was published.

    "The cabinet agreed on 30 September to pay for a van", published on 10 October, says
    the decision was made before an article of 8 October called it still open: the two
    disagree, though the open question was published first.
    """
    published = sources[other.source_id].published.date
    if published is None:
        return False
    after = settled.end() + claim.span[0]
    return any(
        isinstance(f.value, DateValue)
        and f.value.latest is not None
        and after <= f.span[0] <= after + 40
        and str(f.value.latest)[:10] < str(published)
        for f in claim.fields
    )


def _published_before(sources: Mapping[str, Source], a: Claim, b: Claim) -> bool:
    """Whether ``a``'s source was published on a day before ``b``'s (both dated)."""
    da, db = sources[a.source_id].published.date, sources[b.source_id].published.date
    return da is not None and db is not None and str(da) < str(db)


def _across_story(
    members: Sequence[Claim], sources: Mapping[str, Source], decides: Callable[..., str | None]
) -> Finding | None:
    """The ``names`` finding of a wording rule that reads a whole story, not one cluster.

    Every two claims of sources written within :data:`ROLE_WINDOW_DAYS` of each other are
    put to ``decides``; each side is the words its swap gives (:func:`wording.swaps_of`).
    """
    engine = current()
    decided = of(decides)
    if decided.name in engine.disabled:
        return None
    settings = engine.settings(decided)
    swaps = wording.swaps_of(decided.name)
    copied = _Copied()
    for a, b in combinations(sorted(members, key=lambda c: c.id), 2):
        if a.source_id == b.source_id or not _written_together(sources, a, b):
            continue
        cmp = wording.compare(a, b, engine, (decides,))
        if cmp.verdict is None or cmp.rule is None:
            continue
        copied.compared.append(cmp)
        for w in swaps(a, b, settings)[:1]:  # a, b in id order
            copied.used.setdefault(a.id, (w.text_a, w.a))
            copied.used.setdefault(b.id, (w.text_b, w.b))
    if not copied.used:
        return None
    return _copied_finding("names", copied, {c.id: c for c in members}, sources)


ROLE_WINDOW_DAYS = 14
"""Most days between two sources' publication for the holders of one role to be set
against each other: a post changes hands, and a story told a year apart names both."""


def _written_together(sources: Mapping[str, Source], a: Claim, b: Claim) -> bool:
    """Whether both claims' sources are dated, within :data:`ROLE_WINDOW_DAYS` of each other."""
    da, db = sources[a.source_id].published.date, sources[b.source_id].published.date
    if da is None or db is None:
        return False
    gap = abs((dt.date.fromisoformat(str(da)) - dt.date.fromisoformat(str(db))).days)
    return gap <= ROLE_WINDOW_DAYS


@dataclass
class _Copied:
    """What the copies of one field's wording rules found: the pairs and each claim's words."""

    compared: list[Comparison] = dc_field(default_factory=list)
    used: dict[str, tuple[str, tuple[int, int]]] = dc_field(default_factory=dict)


def _copied_finding(
    field: str, copied: _Copied, by_id: Mapping[str, Claim], sources: Mapping[str, Source]
) -> Finding:
    """One finding whose sides are the words each copy gives ("will" / "may")."""
    words: dict[str, list[str]] = {}
    for cid, (text, _span) in sorted(copied.used.items()):
        words.setdefault(text.lower(), []).append(cid)
    groups = sorted((tuple(ids) for ids in words.values()), key=lambda g: (-len(g), g))
    sides = [origins([by_id[cid] for cid in g]) for g in groups]
    key = "name" if field == "names" else "words"
    values = tuple(
        {
            "value": {key: copied.used[g[0]][0]},
            "origins": len(sides[n][0]),
            "origin_sources": sides[n][0],
            "claims": [
                {
                    "claim_id": cid,
                    "source_id": by_id[cid].source_id,
                    "text": copied.used[cid][0],
                    "span": list(copied.used[cid][1]),
                    "value": {key: copied.used[cid][0]},
                    "published": sources[by_id[cid].source_id].published.date,
                }
                for cid in g
            ],
        }
        for n, g in enumerate(groups)
    )
    verdict = most_pressing([c.verdict for c in copied.compared if c.verdict is not None])
    rule = next(c.rule for c in copied.compared if c.verdict is verdict)
    return Finding(
        field=field,
        verdict=verdict,
        groups=tuple(groups),
        values=values,
        rule=rule,
        explanation=" ".join(dict.fromkeys(f"{c.explanation} [{c.rule}]" for c in copied.compared)),
    )


NOTHING_COMPARED = "No field of these claims was compared, so nothing says they agree."

CONTENT_KINDS = frozenset({"date", "quantity", "places", "event"})
"""Fields that say what happened. Who a claim is credited to is compared and shown, but
two sources crediting one speaker do not thereby agree on what was said."""


def _set_aside(
    findings: Sequence[Finding], set_aside: Mapping[str, list[Comparison]]
) -> str | None:
    """Why claims that fit on some fields are not shown to agree: a field set aside, or None.

    "The vaccine was 95% effective at preventing illness" and "was 70% effective against
    infection" say the same "was effective", but their figures measure two things and
    were not compared: the claims are related, not in agreement, and the reason says
    which figures were set aside. A field that was compared somewhere in the cluster
    (another pair of its values matched) confirms it, and so does nothing here.
    """
    compared = {f.field.split(":")[0] for f in findings}
    for kind, pairs in set_aside.items():
        if pairs and kind not in compared:
            return f"Not compared: {pairs[0].explanation}"
    return None


def unconfirmed(findings: Sequence[Finding], members: Sequence[Claim]) -> str | None:
    """Why claims whose compared fields all fit are still not shown to agree, or None.

    They agree only when every claim is tied to the others by a fact compared and
    matched (a date, a figure, a place set or an event; not only who said it), or is a
    phrase of a tied sentence of its source ("Evergreen Marine, a Taiwanese line"), and all
    tell it with the same certainty and polarity: "believed" beside "hopes", or a claim
    that says "not" beside one that does not, is no agreement.
    """
    graph = nx.Graph()
    graph.add_nodes_from(c.id for c in members)
    for f in findings:
        if f.field.split(":")[0] in CONTENT_KINDS and f.verdict in (
            Verdict.AGREE,
            Verdict.COMPATIBLE,
        ):
            for group in f.groups:
                nx.add_path(graph, group)
    for a, b in combinations(members, 2):  # a phrase and the sentence it comes from
        if a.source_id == b.source_id and _within(a.span, b.span):
            graph.add_edge(a.id, b.id)
    if not nx.is_connected(graph):
        parts = sorted(nx.connected_components(graph), key=lambda g: (-len(g), sorted(g)))
        by_id = {c.id: c for c in members}
        loose = sorted({by_id[cid].source_id for part in parts[1:] for cid in part})
        if len(parts[0]) == 1:
            return (
                "These claims were compared with each other on no fact (a date, a figure, "
                "a place or an event), so nothing says they agree."
            )
        return (
            f"Claims of {', '.join(loose)} were compared with the others on no fact (a "
            "date, a figure, a place or an event), so nothing says they all agree."
        )
    hedges = {c.id: _hedges(c) for c in members}
    if len(set(hedges.values())) > 1:
        told = "; ".join(f"{c.source_id}: {', '.join(hedges[c.id]) or 'as fact'}" for c in members)
        return f"The claims are told with different certainty ({told}): not shown to agree."
    negative = {c.id: _negative(c) for c in members}
    if len(set(negative.values())) > 1:
        return "One claim says something did not happen where another does not: not shown to agree."
    denied = {c.id: _denial_words(c) for c in members}
    if any(denied.values()) and not all(denied.values()):
        told = "; ".join(f"{c.source_id}: {denied[c.id] or 'none'}" for c in members)
        return (
            f"One claim carries words of denial the other does not ({told}), which the "
            "parse tied to no event: not shown to agree."
        )
    return (
        _bare_figures_differ(members)
        or _part_of_a_set(findings, members)
        or _dates_of_two_acts(findings, members)
        or _second_figures_differ(findings, members)
        or _other_counts_differ(findings, members)
        or _places_differ(members)
        or _named_things_differ(members)
        or _streets_differ(members)
        or _superlatives_differ(members)
        or _times_differ(members)
    )


_PART_OF = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:the|its|his|her|their)\s+$", re.I)
"""A part named before a set: "four of the five counts", "two of its three engines"."""


def _part_of_a_set(findings: Sequence[Finding], members: Sequence[Claim]) -> str | None:
    """Why a figure matched as the size of a set in one claim only is no agreement.

    "Guilty on all five counts" and "guilty on four of the five counts" match on the five
    counts, but one tells all of them and the other a part: the size of the set is the
    same, what was found is not. When a matched figure of one side is the set a part is
    named of ("four of the five") and the other side's is not, the claims are not shown to
    agree.
    """
    for finding in findings:
        if not finding.field.startswith("quantity") or finding.verdict is not Verdict.AGREE:
            continue
        shown = [c for value in finding.values for c in value["claims"]]
        parted = {}
        for c in shown:
            claim = next(m for m in members if m.id == c["claim_id"])
            start = c["span"][0] - claim.span[0]
            parted[c["claim_id"]] = _PART_OF.search(claim.text[max(0, start - 30) : start])
        if len({m is None for m in parted.values()}) > 1:
            m = next(m for m in parted.values() if m is not None)
            return (
                f"One claim counts a part of the set (“{m[0].strip()}”) where another tells "
                "its size: not shown to agree."
            )
    return None


def _dates_of_two_acts(findings: Sequence[Finding], members: Sequence[Claim]) -> str | None:
    """Why claims tied only by a day that dates two different acts are not shown to agree.

    "Trading in the shares was suspended before the market opened on Monday" and "the
    shares fell 62% in Monday trading" match on Monday, but one dates the opening and the
    other the trading: the day ties no fact of one to the other. When every fact compared
    and matched is a date and each side dates an act (a verb or an occasion), of two
    different acts and none a telling, the claims are not shown to agree.
    """
    tied = [
        f
        for f in findings
        if f.field.split(":")[0] in CONTENT_KINDS
        and f.verdict in (Verdict.AGREE, Verdict.COMPATIBLE)
    ]
    if not tied or any(not f.field.startswith("date") for f in tied):
        return None
    by_id = {c.id: c for c in members}
    apart = []
    for finding in tied:
        acts: dict[str, set[str | None]] = {}
        for value in finding.values:
            for c in value["claims"]:
                claim = by_id[c["claim_id"]]
                field = next(
                    (
                        f
                        for f in claim.fields
                        if f.kind == "date" and list(f.span) == list(c["span"])
                    ),
                    None,
                )
                act = None if field is None else gates.event_of(field)
                acts.setdefault(claim.source_id, set()).add(act)
        told = sorted(acts.items())
        for (_, ea), (_, eb) in combinations(told, 2):
            if None in ea or None in eb or ea & gates.TELLING or eb & gates.TELLING:
                return None  # an act not known, or a telling: the day may tie them
            if any(gates.one_event(str(x), str(y)) for x in ea for y in eb):
                return None
        apart.append("; ".join(f"{sid}: {', '.join(sorted(map(str, es)))}" for sid, es in told))
    return (
        f"The claims match on a day, but it dates different acts ({apart[0]}): not shown to agree."
    )


_IN_A_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:(?:neighbouring|neighboring|nearby|central|downtown|northern|"
    r"southern|eastern|western)\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s*['’]s)"
    r"(?=\s*[,.;]|\s+(?:on|where|when|and|to|for|after|before|since)\b|\s*$)"
)
"""A place named after "in" and ending its phrase ("in Brackendale, where", "in
neighbouring Fallowmere, a shop"), which the parse may read into a business's name or
miss: "Pellow's News & Grocery on Station Road in Brackendale"."""


def _places_differ(members: Sequence[Claim]) -> str | None:
    """Why claims that each name places, none of them the same, are not shown to agree.

    "A burned-out car was found in a lay-by in Linmoor" and "officers found the burned-out
    car near the harbour in Pellston" match on the finding, not on where: one of them has
    the place wrong, or they tell two cars. "The quake struck near Tarsa on Monday" and "the
    quake hit the coast near Velin on Monday" match on the day, not the place. Whether one
    place lies inside the other ("in Texas" / "in Houston") is not known here, so the claims
    are related, with the places named, and nothing is flagged. Places that share a word
    ("New York" / "New York City") are one.
    """
    named: dict[str, dict[str, str]] = {}
    for c in members:
        for f in c.fields:
            if f.kind == "place" and isinstance(f.value, NameValue) and f.value.key.split():
                named.setdefault(c.source_id, {})[f.value.key] = f.text
        for m in _IN_A_PLACE.finditer(c.text):
            if m["name"].lower() not in MONTHS and m["name"].lower() not in WEEKDAYS:
                named.setdefault(c.source_id, {})[m["name"].lower()] = m["name"]
    return _none_shared(named, _one_place, "places")


STREET_WORDS = frozenset(
    ["street", "road", "lane", "avenue", "row", "square", "parade", "terrace", "crescent",
     "drive", "quay", "wharf", "way"]
)  # fmt: skip
"""Last words of a street's name: "Tanner Street", "Mill Lane", "Foundry Row"."""
_STREET = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,2})(?:"
    + "|".join(sorted(w.capitalize() for w in STREET_WORDS))
    + r")\b"
)
"""A street named in the text: "Harbour Road", "St Anne's Row"."""


def _streets_differ(members: Sequence[Claim]) -> str | None:
    """Why claims that each name a street, none of them the same, are not shown to agree.

    "Uncovered beneath a car park on Tanner Street in Hollinsford" and "uncovered beneath
    the cattle market off Mill Lane" share the town, not the street: one of them has the
    place wrong, or they tell two finds. The street is read from any name that ends in a
    street's word, whatever kind of name the parse reads it as ("Mill Lane" as a person),
    or from capitalised words before one where the parse names nothing (:data:`_STREET`).
    Streets that share a word besides the street's ("Church Lane" / "Church Street") may be
    one.
    """
    streets: dict[str, dict[str, str]] = {}
    for c in members:
        for f in c.fields:
            if f.kind not in ("place", "person", "org") or not isinstance(f.value, NameValue):
                continue
            words = f.value.key.split()
            if len(words) >= 2 and words[-1] in STREET_WORDS:
                streets.setdefault(c.source_id, {})[" ".join(words[:-1])] = f.text
        for m in _STREET.finditer(c.text):  # a street the parse names nothing
            name = m[1].strip().lower()
            if not set(name.split()) <= FUNCTION_WORDS:  # not "The Parade"
                streets.setdefault(c.source_id, {}).setdefault(name, m[0])
    return _none_shared(streets, lambda a, b: bool(set(a.split()) & set(b.split())), "streets")


def _none_shared(
    named: Mapping[str, Mapping[str, str]], one: Callable[[str, str], bool], what: str
) -> str | None:
    """Why two sources that each name ``what`` name none that ``one`` holds alike, or None.

    ``named`` maps each source to its keys and their words as written.
    """
    for (sa, pa), (sb, pb) in combinations(sorted(named.items()), 2):
        if not any(one(ka, kb) for ka in pa for kb in pb):
            said = f"{sa}: {', '.join(sorted(pa.values()))}; {sb}: {', '.join(sorted(pb.values()))}"
            return f"The claims name different {what} ({said}): not shown to agree."
    return None


COMPASS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western"]
)
"""Words that part one region from its neighbour of the same name: "South Yorkshire" and
"West Yorkshire", "North Carolina" and "South Carolina" are two places."""


def _one_place(a: str, b: str) -> bool:
    """Whether two place keys may name one place.

    They share a word, and no compass word parts them: "new york" / "new york city" are
    one, "south yorkshire" / "west yorkshire" two, and "yorkshire" / "south yorkshire" may
    be one (the second inside the first).
    """
    wa, wb = set(a.split()), set(b.split())
    if not (wa - COMPASS) & (wb - COMPASS):
        return False
    ca, cb = wa & COMPASS, wb & COMPASS
    return not (ca and cb and ca != cb)


def _clock_times(claim: Claim) -> dict[int, str]:
    """The times of day a claim gives, in minutes after midnight -> their words."""
    out: dict[int, str] = {}
    for f in claim.fields:
        if f.kind == "date" and isinstance(f.value, DateValue):
            minutes = dates.minutes_of(f.value)
            if minutes is not None:
                out[minutes] = f.text
    return out


_NAME_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){0,3}"
_SUPERLATIVE = r"(?:most\s+[a-z]+|[a-z]{2,}est)"
_HOLDER = (
    # "the wettest station last month was Skelder Pike"
    re.compile(
        rf"\b[Tt]he\s+(?P<sup>{_SUPERLATIVE})\s+(?P<kind>[a-z]+)\b[^.;:!?]{{0,40}}?\b(?:was|is|were|are)"
        rf"\s+(?:the\s+)?(?P<name>{_NAME_WORDS})"
    ),
    # "Coldbeck, in the Harrow Hills, was the wettest spot"
    re.compile(
        rf"(?P<name>{_NAME_WORDS})(?:,[^,.;:!?]{{1,40}},)?\s+(?:was|is|were|are|became|remains)\s+"
        rf"(?:the|its|their)\s+(?:\w+['’]s\s+)?(?P<sup>{_SUPERLATIVE})\s+(?P<kind>[a-z]+)\b"
    ),
)
"""One thing named as the holder of a superlative: "the wettest station was Skelder Pike",
"Coldbeck was the wettest spot", "the busiest port is Harwich"."""

_NOT_SUPERLATIVE = frozenset(
    [
        "best",
        "latest",
        "west",
        "interest",
        "forest",
        "guest",
        "chest",
        "rest",
        "test",
        "nest",
        "protest",
        "request",
        "contest",
        "harvest",
        "arrest",
        "honest",
        "modest",
        "earnest",
    ]
)
"""Words ending in -est that rank nothing, and "best", "latest" (too common to tie one holder)."""


def _superlative_holders(claim: Claim) -> dict[str, tuple[str, str]]:
    """The superlatives a claim gives a named holder: superlative -> (holder's words, kind)."""
    out: dict[str, tuple[str, str]] = {}
    for pattern in _HOLDER:
        for m in pattern.finditer(claim.text):
            sup = m["sup"].lower()
            if sup in _NOT_SUPERLATIVE or m["name"].split()[0].lower() in FUNCTION_WORDS:
                continue
            out.setdefault(sup, (m["name"], m["kind"]))
    return out


def _superlatives_differ(members: Sequence[Claim]) -> str | None:
    """Why claims that name two holders of one superlative are not shown to agree.

    "The wettest station last month was Skelder Pike, which recorded 498mm" and
    "Coldbeck was the wettest spot, with 498mm" match on the rainfall, not on where it
    fell: one superlative has one holder. "The busiest port is Harwich" and "Felixstowe
    is the busiest port" likewise. Holders that share a word are one.
    """
    for a, b, sup, ((na, _), (nb, _)) in _shared_keys(members, _superlative_holders):
        if not set(na.lower().split()) & set(nb.lower().split()):
            return (
                f"The claims name two holders of “{sup}” (“{na}” in {a.source_id}, "
                f"“{nb}” in {b.source_id}): not shown to agree."
            )
    return None


def _times_differ(members: Sequence[Claim]) -> str | None:
    """Why claims that each give one time of day, and not the same, are not shown to agree.

    "Found missing during a 6 a.m. headcount on Sunday" and "gone when inmates were
    counted at 7:30 a.m. on Sunday" match on the day, not on the hour; "the outage began
    at 10:12 a.m." and "orders stopped shortly after 11 a.m." neither. A time alone names
    no day, so it is not compared; two that differ by half an hour or more still keep the
    claims from agreeing.
    """
    times = {c.id: _clock_times(c) for c in members}
    for a, b in combinations(sorted(members, key=lambda c: c.id), 2):
        if a.source_id == b.source_id or len(times[a.id]) != 1 or len(times[b.id]) != 1:
            continue
        [(ta, wa)], [(tb, wb)] = times[a.id].items(), times[b.id].items()
        if abs(ta - tb) >= current().settings(of(dates.time_apart)).minutes:
            return (
                f"The claims give different times of day (“{wa}” in {a.source_id}, “{wb}” "
                f"in {b.source_id}): not shown to agree."
            )
    return None


_KIND_AFTER = re.compile(r"\s+((?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)")
"""Up to three lower-case words right after a name: the kind of thing it names."""


def _named_kinds(claim: Claim) -> dict[str, tuple[str, str]]:
    """The things a claim names by a name and their kind: "the Harwick treatment works".

    Kind (the lower-case words after the name, up to a function word) -> the name's key
    and its words.
    """
    out: dict[str, tuple[str, str]] = {}
    for f in claim.fields:
        if f.kind not in ("person", "org", "place") or not isinstance(f.value, NameValue):
            continue
        m = _KIND_AFTER.match(claim.text, f.span[1] - claim.span[0])
        if m is None:
            continue
        words: list[str] = []
        for word in m.group(1).split():
            if word in FUNCTION_WORDS:
                break
            words.append(word)
        if words and not (f.text.lower().endswith("'s") or f.text.endswith("’s")):
            out.setdefault(" ".join(words), (f.value.key, f.text))
    return out


def _named_things_differ(members: Sequence[Claim]) -> str | None:
    """Why claims that name one kind of thing by two names are not shown to agree.

    "Samples taken on Thursday from the Harwick treatment works" and "samples taken on
    Thursday at its Selby Cross treatment works" match on the day, not on which works;
    "the Dunsey bypass was closed on Monday" and "the Hollin bypass was closed on Monday"
    on the day, not on which road. Whatever kind of name the parse reads ("Harwick" as a
    person, "Selby Cross" as a body), the same words after two names sharing no word say
    two things of one kind: one claim has the name wrong, or they tell two of them.
    """
    for a, b, kind, ((ka, ta), (kb, tb)) in _shared_keys(members, _named_kinds):
        if not set(ka.split()) & set(kb.split()):
            return (
                f"The claims name the {kind} differently (“{ta} {kind}” in {a.source_id}, "
                f"“{tb} {kind}” in {b.source_id}): not shown to agree."
            )
    return None


def _shared_keys(
    members: Sequence[Claim], read: Callable[[Claim], dict[str, tuple[str, str]]]
) -> Iterator[tuple[Claim, Claim, str, tuple[tuple[str, str], tuple[str, str]]]]:
    """Each key two claims of different sources both give through ``read``, with both values.

    Pairs in claim-id order, keys sorted: a stable order for the first reason found.
    """
    table = {c.id: read(c) for c in members}
    for a, b in combinations(sorted(members, key=lambda c: c.id), 2):
        if a.source_id == b.source_id:
            continue
        for key in sorted(table[a.id].keys() & table[b.id].keys()):
            yield a, b, key, (table[a.id][key], table[b.id][key])


def _second_figures_differ(findings: Sequence[Finding], members: Sequence[Claim]) -> str | None:
    """Why two claims that match on one fact are not shown to agree on a figure, or None.

    "78% backed the walkout, on a turnout of 64%" and "82% supported strike action, with
    64% voting" match on the turnout, and each gives one more share that was never set
    against the other's: the compare stage reads each claim through one figure of a
    measure. "Five aid workers were freed after 41 days in captivity" and "five aid workers
    were freed, ending an ordeal that lasted 47 days" match on the five and the freeing,
    and each gives a span never set against the other's (told with other verbs). When two
    claims of two sources each give one such figure of one measure, left uncompared, and
    the two differ, the claims are not shown to agree.
    """
    compared = {(c["claim_id"], c["span"][0]) for c in _figures_shown(findings)}
    left: dict[str, dict[str, list[FieldValue]]] = {}
    for c in members:
        for f in c.fields:
            if f.kind != "quantity" or not comparable(f) or (c.id, f.span[0]) in compared:
                continue
            key = measure(f)
            if key is not None:
                left.setdefault(c.id, {}).setdefault(key, []).append(f)
    by_id = {c.id: c for c in members}
    for a, b in combinations(sorted(left), 2):
        if by_id[a].source_id == by_id[b].source_id:
            continue
        for key in sorted(left[a].keys() & left[b].keys()):
            (fa, *more_a), (fb, *more_b) = left[a][key], left[b][key]
            if more_a or more_b:
                continue
            if compare_fields(fa, fb).verdict is Verdict.CONFLICT:
                return (
                    f"Not compared: “{fa.text}” ({by_id[a].source_id}) and “{fb.text}” "
                    f"({by_id[b].source_id}) are figures of one measure never set against "
                    "each other, and they differ: not shown to agree."
                )
    return None


def _other_counts_differ(findings: Sequence[Finding], members: Sequence[Claim]) -> str | None:
    """Why two claims that each give one count of another thing, never compared, do not agree.

    "About 42,000 tickets had been sold for the three-day event" and "some 35,000 people
    had bought tickets for the three-day festival" match on the three days; each gives one
    more count, of tickets and of people, never set against the other's because they name
    other things. When two claims of two sources each give exactly one such count and the
    figures differ, the claims are not shown to agree: one count may be the other told
    another way.
    """
    shown = _figures_shown(findings)
    compared = {(c["claim_id"], c["span"][0]) for c in shown}
    # a measure compared already: another figure of it is a second figure of that measure
    measured = {"age", *(measure(_field_at(c, members)) for c in shown)}
    left: dict[str, list[FieldValue]] = {}
    for c in members:
        left[c.id] = [
            f
            for f in c.fields
            if f.kind == "quantity"
            and comparable(f)
            and is_count(f)
            and getattr(f.value, "tally", None) is None
            and measure(f) not in measured
            and (c.id, f.span[0]) not in compared
        ]
    for a, b in combinations(sorted(members, key=lambda c: c.id), 2):
        if a.source_id == b.source_id or len(left[a.id]) != 1 or len(left[b.id]) != 1:
            continue
        [fa], [fb] = left[a.id], left[b.id]
        va, vb = fa.value, fb.value
        assert isinstance(va, QuantityValue) and isinstance(vb, QuantityValue)
        if _apart(va, vb):
            return (
                f"Each claim gives a count never set against the other's, and they differ "
                f"(“{fa.text}” in {a.source_id}, “{fb.text}” in {b.source_id}): not shown "
                "to agree."
            )
    return None


def _apart(va: QuantityValue, vb: QuantityValue) -> bool:
    """Whether two figures, read as the stretches they state, share no value.

    "More than 300" and "about 120" are apart; "about 120" and "120" are not. A hedge
    widens nothing here: two figures told differently are not shown to be one.
    """
    inf = float("inf")
    lo_a, hi_a = va.low if va.low is not None else -inf, va.high if va.high is not None else inf
    lo_b, hi_b = vb.low if vb.low is not None else -inf, vb.high if vb.high is not None else inf
    if va.bound in ("at_least", "more_than"):
        hi_a = inf
    if vb.bound in ("at_least", "more_than"):
        hi_b = inf
    if va.bound in ("at_most", "less_than"):
        lo_a = -inf
    if vb.bound in ("at_most", "less_than"):
        lo_b = -inf
    return hi_a < lo_b or hi_b < lo_a


def _figures_shown(findings: Sequence[Finding]) -> list[Mapping[str, Any]]:
    """The figures the quantity findings show, each its claim id, span and words."""
    return [
        c
        for finding in findings
        if finding.field.startswith("quantity")
        for value in finding.values
        for c in value["claims"]
    ]


def _field_at(shown: Mapping[str, Any], members: Sequence[Claim]) -> FieldValue:
    """The quantity a finding's side shows (its claim id and span)."""
    claim = next(c for c in members if c.id == shown["claim_id"])
    return next(
        f for f in claim.fields if f.kind == "quantity" and list(f.span) == list(shown["span"])
    )


def _bare_figures_differ(members: Sequence[Claim]) -> str | None:
    """Why figures that name nothing they count keep claims from agreeing, or None.

    "The index closed at 24,311 on Friday" and "the index closed at 24,113 on Friday"
    match on the day, and "passed the bill 230 to 197 on Tuesday" and "passed it 229 to
    198 on Tuesday" on the vote, but their figures are never compared: nothing says
    what they count. When two sources each give such figures and share none of them, the claims
    are not shown to agree.
    """
    figures: dict[str, dict[tuple[object, object], str]] = {}
    for c in members:
        for f in c.fields:
            v = f.value
            if isinstance(v, QuantityValue) and v.unit is None and not v.ordinal:
                key = (v.tally[0], v.tally[1]) if v.tally else (v.low, v.high)
                figures.setdefault(c.source_id, {})[key] = f.text
    for (sa, fa), (sb, fb) in combinations(sorted(figures.items()), 2):
        if not fa.keys() & fb.keys():
            said = f"{sa}: {', '.join(sorted(fa.values()))}; {sb}: {', '.join(sorted(fb.values()))}"
            return f"Figures that name nothing they count differ ({said}): not shown to agree."
    return None


def _within(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether one span lies inside the other."""
    return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])


def _hedges(claim: Claim) -> tuple[str, ...]:
    """The kinds of hedge a claim carries, and the modality of its events, sorted."""
    kinds = {f.value.type for f in claim.fields if isinstance(f.value, HedgeValue)}
    kinds |= {e.modality for e in events_told(claim) if e.modality is not None}
    return tuple(sorted(kinds))


def _negative(claim: Claim) -> bool:
    """Whether a claim says one of its events did not happen."""
    return any(e.negative for e in events_told(claim))


_DENIAL = re.compile(r"\b(?:unable|failed|fails|fail|not|never|n['’]t)\b", re.I)
"""Words that deny an act outright: a parse may tie them to no event ("the helicopter sent
to collect them was unable to land" read with "sent" as its main verb)."""


def _denial_words(claim: Claim) -> str:
    """The words of denial a claim carries, outside quotation marks, lower case."""
    text = re.sub(r"[\"“][^\"”]*[\"”]", " ", claim.text)
    return ", ".join(sorted({m.group(0).lower() for m in _DENIAL.finditer(text)}))


_DIGIT = re.compile(r"\d")


def comparable(field: FieldValue, *, clocks: bool = False) -> bool:
    """Whether a field says something a field of another source can contradict.

    Durations and recurrences ("each day", "an hour") describe, they do not date the event;
    nor does "now" (the time of writing), or "recently" with no publication date to read
    it from (it fits any date and would hide a real difference), or "overnight" and "that
    night" when nothing places them (they name no day, fit every day, and would hold two
    different days on one side); nor do "the former
    mayor", "the current council" (they date a noun), "the day before the vote" (dated by
    an event) or "later that day" without its date in the claim (read as the publication
    day for want of better). A count of one in the possessive ("he put on one guard's
    uniform", "one resident's house was swept away") picks a member of a group out and
    is no rival to the group's count.
    """
    value = field.value
    if isinstance(value, DateValue):
        if not dates_the_event(value):
            return False
        if value.timex == "PRESENT_REF" or (value.timex.endswith("_REF") and not value.resolved):
            return False  # "now" is when it was written; "recently", undated, fits anything
        if not value.resolved and value.weekday is None and not _DIGIT.search(value.timex):
            return False  # "overnight", "that night": no day named, so it fits any day
        if value.type == "TIME":  # "Friday evening" dates; a bare "10 a.m." does not
            return clocks or value.basis is not DateReading.CLOCK
        return value.type == "DATE"
    if isinstance(value, QuantityValue):
        # A bare number ("three", "thousands") says too little about what it counts, and
        # "one officer's uniform" picks one of a group out: it counts nothing. A bare
        # tally is a game's score ("beat Strachan 7-4"), which says what it is.
        named = value.unit is not None or value.tally is not None
        return named and not _one_of_a_group(field)
    return True


def _one_of_a_group(field: FieldValue) -> bool:
    """Whether a count of one is a possessive that picks a member out ("one guard's gun")."""
    value = field.value
    return (
        isinstance(value, QuantityValue)
        and value.low == value.high == 1
        and field.text.endswith(("'s", "’s"))
    )


def _as_people(field: FieldValue) -> FieldValue:
    """A count of members, migrants or soldiers read as a count of people."""
    return _in_unit(field, "person") if getattr(field.value, "unit", None) in PEOPLE else field


def _one_unit(a: FieldValue, b: FieldValue) -> tuple[FieldValue, FieldValue]:
    """Two counts that may count the same people, read in one unit.

    Counts of people of kinds that may overlap are counts of people; a toll ("the death
    toll rose to 64", "64 dead") beside people a verb of harm befell ("46 people were
    killed", "21 died") counts the same dead, or injured. Only counts of anyone are read
    so: "three officers were killed" counts officers among the dead.
    """
    ua, ub = getattr(a.value, "unit", None), getattr(b.value, "unit", None)
    if ua != ub and ua in PEOPLE and ub in PEOPLE and one_population(ua, ub):
        return _as_people(a), _as_people(b)
    if ua in TOLLS and ub in ANY_PEOPLE and HARMED_BY.get(b.governor or "") == ua:
        return a, _in_unit(b, ua)
    if ub in TOLLS and ua in ANY_PEOPLE and HARMED_BY.get(a.governor or "") == ub:
        return _in_unit(a, ub), b
    if ua is not None and is_scale_score(ua) and points_within(b, ua):
        return a, _in_unit(b, ua)  # "94 points out of a possible 110" / "scored 91 points"
    if ub is not None and is_scale_score(ub) and points_within(a, ub):
        return _in_unit(a, ub), b
    return a, b


TOLLS = frozenset(HARMED_BY.values())
"""Units of a toll: the dead and the injured."""

_HARMED = {
    "kill": "killed", "die": "died", "injure": "injured", "wound": "wounded", "hurt": "hurt",
    "shoot": "shot", "stab": "stabbed",
}  # fmt: skip


def _in_unit(field: FieldValue, unit: str) -> FieldValue:
    """A count read in another unit (its figure unchanged)."""
    value = field.value
    assert isinstance(value, QuantityValue)
    return field.model_copy(update={"value": value.model_copy(update={"unit": unit})})


def compare_values(pair: Pair) -> Comparison:
    """How the pair's two values relate: the rules before, the value rules, then the review.

    Different nouns for people ("150 members", "200 migrants") are read as one unit, and
    the explanation says so; nouns for different kinds of people ("soldiers",
    "civilians") are not (:func:`~checkfacts.vocabulary.one_population`).
    """
    engine = pair.engine
    if pair.kind == "event":
        pair = gates.with_sayers(pair)  # "the trust said it had referred": the trust did
    found = engine.decide(gates.BEFORE, pair)
    if found is None:
        fa, fb = pair.fa, pair.fb
        xa, xb = _one_unit(fa, fb)
        found = compare_fields(xa, xb, engine)
        ua, ub = getattr(fa.value, "unit", None), getattr(fb.value, "unit", None)
        if (xa is not fa) != (xb is not fb):  # one side's points or people read anew
            people, toll = (fa, ub) if xa is not fa else (fb, ua)
            if is_scale_score(str(toll)):
                most = str(toll).removeprefix(SCALE_SCORE)
                found = _noted(found, f"“{people.text}” read as points out of {most}")
            else:  # people read as a toll
                done = _HARMED.get(people.governor or "", "harmed")
                found = _noted(found, f"“{people.text}” {done}: read as the {toll}")
        elif xa is not fa:
            kinds = f"{plural(str(ua))} and {plural(str(ub))}"
            found = _noted(found, f"counting {kinds}, read as people")
        if found.compared and (notes := [n for f in (fa, fb) if (n := _act_note(f))]):
            found = _noted(found, "; ".join(notes))
    return engine.review(gates.REVIEW, found, pair)


def _noted(cmp: Comparison, note: str) -> Comparison:
    """``cmp`` with a note in brackets after its explanation."""
    return Comparison(cmp.verdict, cmp.rule, f"{cmp.explanation.rstrip('.')} ({note}).")


def _act_note(field: FieldValue) -> str | None:
    """Why a count of people is read as signatures or votes, when its words do not say so."""
    unit = getattr(field.value, "unit", None)
    verb = ACT_OF.get(unit or "")
    if verb is None or unit is None or unit in field.text.lower():
        return None
    done = verb + ("d" if verb.endswith("e") else "ed")
    return f"“{field.text}” {done}: read as {plural(unit)}"


def compare_kind(
    kind: str,
    members: Sequence[Claim],
    sources: Mapping[str, Source],
    similarity: Similarity = _always_similar,
    *,
    check_roles: bool = True,
    aligned: bool = True,
    tallied: Iterable[frozenset[str]] = (),
    set_aside: list[Comparison] | None = None,
    clocks: bool = False,
    told_once: bool = False,
) -> Finding | None:
    """The finding on field ``kind`` among ``members``.

    Values are compared across sources only, never two claims of one source. None if
    fewer than two sources carry a comparable value of that kind. With
    ``check_roles`` off, values in differently governed clauses are compared too (the
    caller has matched them some other way). ``aligned`` says whether the members were
    aligned as one claim (False for values lined up across clusters). ``tallied`` holds
    the pairs of claim ids that agree on a figure of another measure (one tally).
    ``clocks`` lets bare times of day in (see :func:`compare_times`). ``told_once`` says
    the values were lined up as the one figure each source gives of what they count.
    Pairs whose values differ but that a review rule sets aside as two things (two
    measures, two populations, two clauses) are appended to ``set_aside`` when given.
    """
    tallied = set(tallied)
    members = [
        c.model_copy(
            update={
                "fields": tuple(f for f in _restated_exactly(c) if comparable(f, clocks=clocks))
            }
        )
        for c in members
    ]
    carriers = [c for c in members if any(f.kind == kind for f in c.fields)]
    if len({c.source_id for c in carriers}) < 2:
        return None
    engine = current()
    chosen = _choose_fields(kind, carriers, engine)
    pairs: dict[tuple[str, str], Comparison] = {}
    for a, b in combinations(carriers, 2):
        if a.source_id == b.source_id:
            continue  # a headline and its lede: a source is not checked against itself
        pair = Pair(
            kind=kind,
            a=a,
            b=b,
            fa=chosen[a.id],
            fb=chosen[b.id],
            sources=sources,
            alike=similarity(a.id, b.id),
            engine=engine,
            check_roles=check_roles,
            aligned=aligned,
            tallied=frozenset((a.id, b.id)) in tallied,
            told_once=told_once,
        )
        cmp = compare_values(pair)
        if not cmp.compared:
            if set_aside is not None and cmp.rule.startswith("compare."):
                set_aside.append(cmp)
            continue
        pairs[(a.id, b.id)] = cmp
    if not pairs:
        return None
    source_of = {c.id: c.source_id for c in carriers}
    groups = _sides(pairs, chosen, source_of, engine)  # only values compared with another
    group_of = {cid: n for n, g in enumerate(groups) for cid in g}
    crossing = {group_of[c] for ab in pairs if group_of[ab[0]] != group_of[ab[1]] for c in ab}
    if crossing:
        # A side never set against another side is no side of this finding: "have pleaded"
        # told alike by two sources is no party to how certain "cooperating" is.
        groups = [g for n, g in enumerate(groups) if n in crossing]
        group_of = {cid: n for n, g in enumerate(groups) for cid in g}
        pairs = {ab: cmp for ab, cmp in pairs.items() if ab[0] in group_of and ab[1] in group_of}
    by_id = {c.id: c for c in carriers}
    between = [cmp for (a, b), cmp in pairs.items() if group_of[a] != group_of[b]]
    within = [cmp for (a, b), cmp in pairs.items() if group_of[a] == group_of[b]]
    decisive = between or within
    verdict = most_pressing([c.verdict for c in decisive if c.verdict is not None])
    rule = next(c.rule for c in decisive if c.verdict is verdict)
    explanation = _explain(between, within)
    if not between:
        # "July" and "November" both fit "last year": one side, held together by a
        # vaguer value, whose precise members name different moments.
        one_side = engine.review(gates.CLUSTER, Comparison(verdict, rule, explanation))
        verdict, rule = one_side.verdict or verdict, one_side.rule
    if kind in ("quantity", "date"):
        # "40 people" and "400 people" on one side through "hundreds": a mix of counts;
        # "opened fire Friday" and "charged Saturday" from one source: a mix of events.
        found = gates.Sides(
            figures=_figures_apart(groups, chosen, by_id, engine) if kind == "quantity" else None,
            told=_told_apart(groups, chosen, by_id, aligned=aligned),
            lone=_lone_event(groups, chosen, by_id) if kind == "date" else None,
        )
        mixed = engine.review(gates.SIDES, Comparison(verdict, rule, explanation), found)
        if not mixed.compared:
            verdict, rule, explanation = Verdict.RELATED, mixed.rule, mixed.explanation
    elif kind == "event" and between:
        # "was bombed" and, in the same article, "had not bombed": a dispute it reports
        disputed = engine.review(
            gates.DISPUTES,
            Comparison(verdict, rule, explanation),
            _both_ways(groups, chosen, by_id),
        )
        if disputed.compared:
            # "were lowered at 6.15am" and "were raised again before 11am": done, then undone
            disputed = engine.review(gates.TURNS, disputed, _told_in_turn(groups, chosen, by_id))
        if not disputed.compared:
            verdict, rule, explanation = Verdict.RELATED, disputed.rule, disputed.explanation
    assumed = sorted(
        {
            (by_id[cid].source_id, f.value.assumed_published)
            for cid, f in chosen.items()
            if isinstance(f.value, DateValue)
            and f.value.assumed_published is not None
            and cid in group_of
        }
    )
    if assumed:
        explanation += (
            f" Publication date unknown for {', '.join(s for s, _ in assumed)}: read as of "
            f"{assumed[0][1]}, the earliest dated source (a weekday is the last such day on "
            "or before it)."
        )
    sides = [origins([by_id[cid] for cid in g]) for g in groups]
    for n, (side, reasons) in enumerate(sides, start=1):
        if reasons and len(groups) > 1:
            explanation += (
                f" Side {n} rests on {len({by_id[c].source_id for c in groups[n - 1]})} "
                f"sources but {len(side)} independent origin(s): {'; '.join(reasons)}."
            )
        elif reasons:
            explanation += (
                f" {len(side)} independent origin(s) among its sources: {'; '.join(reasons)}."
            )
    values = tuple(
        {
            "value": chosen[g[0]].value.model_dump(mode="json"),
            "origins": len(sides[n][0]),
            "origin_sources": sides[n][0],
            "claims": [
                {
                    "claim_id": cid,
                    "source_id": by_id[cid].source_id,
                    "text": chosen[cid].text,
                    "span": list(chosen[cid].span),
                    "value": chosen[cid].value.model_dump(mode="json"),
                    "published": sources[by_id[cid].source_id].published.date,
                }
                for cid in g
            ],
        }
        for n, g in enumerate(groups)
    )
    return Finding(
        field=kind,
        verdict=verdict,
        groups=tuple(groups),
        values=values,
        rule=rule,
        explanation=explanation,
    )


def whole_of_a_part(claim: Claim, field: FieldValue) -> bool:
    """Whether a count is the whole a clause draws the part it counts from.

    "Of the block's 64 households, 51 signed up" and "will close six of its 18 beds": the
    claim tells the 51 and the six, and the 64 and the 18 are what they are counted out
    of; the claim is compared through the part.
    """
    if field.kind != "quantity":
        return False
    start, end = claim.offsets(field.span)
    unit = getattr(field.value, "unit", None)
    if unit is not None and any(
        f.kind == "quantity"
        and f is not field
        and getattr(f.value, "unit", None) == unit
        and PART_OF.fullmatch(claim.text[claim.offsets(f.span)[1] : start])
        for f in claim.fields
    ):
        return True  # "will close six of its 18 beds": the 18 are what the six are out of
    if not FRONTED_WHOLE.search(claim.text[:start]):
        return False
    return any(
        f.kind == "quantity"
        and getattr(f.value, "unit", None) == unit
        and claim.text[end : claim.offsets(f.span)[0]].strip() == ","
        for f in claim.fields
    )


_APPOSED = re.compile(r"[,(–—-]\s*$")
"""What stands between a loose figure's phrase and the exact figure set beside it: a comma,
a bracket or a dash ("more than three-quarters of drivers, 78%,")."""
_APPOSED_AFTER = re.compile(r"^\s*(?:[,);:.–—-]|$)")


def _restated_exactly(claim: Claim) -> tuple[FieldValue, ...]:
    """A claim's fields less each loose figure the claim gives exactly beside it.

    "More than three-quarters of drivers who took part in the ballot, 78%, voted to reject"
    and "nearly half of the members (48.6 per cent) backed it" tell one share twice: the
    exact figure is what the claim says, and it is compared, not the loose one that would
    fit more figures; it takes the loose one's words of what it counts ("of drivers"). The
    exact figure stands between commas, brackets or dashes, has the loose one's unit and
    fits it; a part ("about 150 staff, 40 of them drivers") is no restatement.
    """
    engine = current()
    fields = list(claim.fields)
    dropped: set[int] = set()
    for n, field in enumerate(claim.fields):
        v = field.value
        if field.kind != "quantity" or not isinstance(v, QuantityValue):
            continue
        if not (v.bound or v.approx) or v.unit is None:
            continue
        end = claim.offsets(field.span)[1]
        for m, f in enumerate(claim.fields):
            w = f.value
            if m == n or f.kind != "quantity" or not isinstance(w, QuantityValue):
                continue
            if w.unit != v.unit or w.bound or w.approx:
                continue
            fs, fe = claim.offsets(f.span)
            between = claim.text[end:fs] if fs >= end else ""
            if not (_APPOSED.search(between) and _APPOSED_AFTER.match(claim.text[fe:])):
                continue
            if len(between.split()) > 12 or compare_fields(f, field, engine).verdict not in _FITS:
                continue
            dropped.add(n)
            if " of " not in f" {f.counted or ''} ":  # "48 per cent" names no whole of its own
                fields[m] = f.model_copy(update={"counted": field.counted})
            break
    return tuple(f for n, f in enumerate(fields) if n not in dropped)


def _choose_fields(kind: str, carriers: Sequence[Claim], engine: Engine) -> dict[str, FieldValue]:
    """Pick, for each claim, the field of ``kind`` that speaks to what the others say.

    A claim with several dates ("by 2024, decades after ... 1972") is compared through
    the date of the same event as the others' (the same occasion or governing verb, not
    a telling), one they tell otherwise first; else through the one that agrees best with
    the other claims' values: a conflict is then reported only when no reading fits. A
    claim with several events is compared through one the others tell the other way, if
    any ("did not reach the border" beside "reached the border", whatever else the claim
    says), then one they tell with another certainty ("is believed to be cooperating"
    beside "is cooperating"), else one that agrees. A count that the other claim gives
    in parts that add up to it agrees ("230 people aboard" beside "212 passengers and 18
    crew", not "185 people rescued").
    """
    options = {
        c.id: [f for f in c.fields if f.kind == kind and not whole_of_a_part(c, f)]
        for c in carriers
    }
    chosen: dict[str, FieldValue] = {}
    for c in carriers:
        if len(options[c.id]) == 1:
            chosen[c.id] = options[c.id][0]
            continue
        rivals = [o for o in carriers if o.source_id != c.source_id]
        others = [f for o in rivals for f in options[o.id]]
        doers = (
            [_dated_participants(o, g) for o in rivals for g in options[o.id]]
            if kind == "date"
            else []
        )

        def score(
            f: FieldValue,
            others: list[FieldValue] = others,
            rivals: list[Claim] = rivals,
            doers: list[set[str]] = doers,
            c: Claim = c,
        ) -> tuple[int, ...]:
            compared = [compare_fields(f, g, engine) for g in others]
            found = [c.verdict for c in compared]
            fits = sum(v in _FITS for v in found)
            if kind == "quantity":  # "230 people" beside "212 passengers and 18 crew"
                fits += sum(gates.sum_of_parts(f, o) for o in rivals)
            if kind != "event":
                # A date is first set beside those of its own event ("sentenced on
                # Tuesday" beside "sentenced on Saturday", not beside the crime's date).
                # Not a count: "$9.6 billion a day, $400 million an hour" are one event's.
                same = [
                    c
                    for g, c in zip(others, compared, strict=True)
                    if kind == "date" and (gates.one_doing(f, g) or dates.both_last(f, g))
                ]
                opposed = sum(c.verdict is Verdict.CONFLICT for c in same)
                # Then one whose bound the others set otherwise: "will stay closed until
                # the end of September" beside "until at least the end of September" is
                # told with another certainty, even where the claim's "said on Monday"
                # agrees with theirs (as an event told with another certainty is, below).
                bounded = sum(c.rule == _OTHER_BOUND for c in same)
                # Then a time of day beside the others' times: "the snow arrived around
                # 9 p.m. on Wednesday and fell until Thursday morning" is set against
                # "snow began falling shortly after 6 p.m. on Wednesday" by its hour.
                moments = sum(dates.is_moment(f) and dates.is_moment(g) for g in others)
                fitting = sum(c.verdict in _FITS for c in same)
                # Of two that fit, the one the others give as it is: "on March 29" beside
                # two "Monday"s, not "since March 23", which fits them as a stretch does.
                agrees = sum(v is Verdict.AGREE for v in found)
                # Then one whose verb's doer or thing done to the others' dated verbs
                # share: "lost its mast early on Sunday" beside "the mast broke late on
                # Saturday", not beside "were limping towards port on Tuesday".
                mine = _dated_participants(c, f)
                shared = sum(bool(mine & theirs) for theirs in doers)
                # A date of telling ("staff were told on Monday that the line would stop at
                # the end of June") is set beside the others' dates of doing last: the
                # line's stop is what "will wind down by the end of September" dates.
                telling = int(
                    kind == "date"
                    and gates.event_of(f) in gates.TELLING
                    and any(gates.event_of(g) not in gates.TELLING for g in others)
                )
                # Last, of figures that fit no better, one that is no offset of another
                # value: "lapped the island in 3 hours 41 minutes" beside "in 4 hours 2
                # minutes", not "cut almost 40 minutes off the record" (a change).
                apart = int(kind == "quantity" and gates.measure_basis(f, c) in gates.OFFSETS)
                return (
                    -opposed,
                    -bounded,
                    telling,
                    -moments,
                    -fitting,
                    -agrees,
                    -shared,
                    -fits,
                    apart,
                    f.span[0],
                )
            # Each event is a fact of its own: one the others tell the other way ("will
            # not shut down" / "will shut down") is reported even when another event of
            # the claim agrees; else one the others also tell.
            opposed = sum(v is Verdict.CONFLICT for v in found)
            hedged = sum(v is Verdict.NUANCE for v in found)  # "believed to be" / "is"
            # "has disappeared from the Osk Marshes" / "may have vanished from" them: one
            # act in other words, told with another certainty (the claims' likeness is
            # checked when the pair itself is compared)
            hedged += sum(
                engine.decide(
                    (gates.perhaps_done_there, gates.confirmed_or_suspected_thing),
                    gates.Pair("event", c, o, f, g, {}, 1.0, engine),
                )
                is not None
                for o in rivals
                for g in options[o.id]
            )
            told = sum(v is not None for v in found)
            # Of two tellings of one verb ("Weitz, who directed the thriller, is to direct
            # the sequel"), the one that shares more doers and things done to with the
            # others' is theirs.
            shared = sum(
                len(_participants(f) & _participants(g))
                for g, v in zip(others, found, strict=True)
                if v is not None
            )
            # A verb of finding or telling ("figures show", "officials confirmed") frames
            # the claim's fact: two such verbs that agree say only that both report, so the
            # event they frame is compared first ("attendance improved" / "fell").
            framing = int(isinstance(f.value, EventValue) and f.value.predicate in FRAMING)
            return (-opposed, -hedged, framing, -fits, -told, -shared, f.span[0])

        chosen[c.id] = min(options[c.id], key=score)
    return chosen


_FITS = (Verdict.COMPATIBLE, Verdict.AGREE)
_OTHER_BOUND = of(dates.bound_differs).name
"""The rule of two bounds on one date that are not the same ("until" / "until at least")."""


def _dated_participants(claim: Claim, date: FieldValue) -> set[str]:
    """The doer and thing done to of the claim's events told by the verb a date hangs on."""
    verb = date.governor
    if verb is None or date.kind != "date":
        return set()
    return {
        word
        for f in claim.fields
        if f.kind in ("event", "background")
        and isinstance(f.value, EventValue)
        and f.value.predicate == verb
        for word in arguments(f.value)
    }


def _participants(f: FieldValue) -> set[str]:
    """The words of an event's doer and of the thing done to (none for another field)."""
    return arguments(f.value) if isinstance(f.value, EventValue) else set()


def _sides(
    pairs: Mapping[tuple[str, str], Comparison],
    chosen: Mapping[str, FieldValue],
    source_of: Mapping[str, str] | None = None,
    engine: Engine | None = None,
) -> list[tuple[str, ...]]:
    """The sides of a finding: claims joined by values that fit, largest side first.

    Two values that fit join their claims' sides, and so do two claims that fit only
    because other values of theirs match ("sentenced Tuesday for the March 2005 spree" /
    "tried in March 2005"), after the values that fit themselves. No join puts on one
    side two days of one doing that differ ("sentenced on Tuesday" / "sentenced on
    Saturday", however both fit "in December" or "in March 2005"), nor two single figures
    that differ ("about 150" / "about 200", however both fit "between 150 and 200" or
    "hundreds"): their difference is a finding of its own. Dates of different doings, or
    coarser than a day, may share a side through a vaguer value ("in July" and "in
    November" through "last year").

    A source's own values of which one holds the other (``source_of`` given) are one
    account and join first: "more than 2,000 households" in its lede and "2,140 households"
    in its body stay on one side, however the vaguer value also fits another source's
    "3,400". Not two things a source counts ("open for 42 days", "more than 10 sitting
    days"), nor one figure it repeats: those are left to the pairs across sources.
    """
    root: dict[str, str] = {c: c for ab in pairs for c in ab}

    def find(c: str) -> str:
        while root[c] != c:
            root[c] = root[root[c]]
            c = root[c]
        return c

    apart = [
        ab
        for ab, cmp in pairs.items()
        if cmp.verdict in (Verdict.CONFLICT, Verdict.NUANCE)
        and (
            all(_a_figure(chosen[x]) for x in ab)
            or (
                (all(_a_day(chosen[x]) for x in ab) or cmp.rule == _OTHER_BOUND)
                and gates.one_doing(*(chosen[x] for x in ab))
            )
        )
    ]
    fitting = (Verdict.AGREE, Verdict.COMPATIBLE)
    fits = [ab for ab, cmp in pairs.items() if cmp.verdict in fitting]
    own = [
        (a, b)
        for a, b in combinations(sorted(root), 2)
        if source_of is not None
        and source_of[a] == source_of[b]
        and (chosen[a].counted or "").lower() == (chosen[b].counted or "").lower()
        and compare_fields(chosen[a], chosen[b], engine).verdict is Verdict.COMPATIBLE
    ]
    for a, b in own + sorted(fits, key=lambda ab: pairs[ab].rule in _NO_BOND):  # stable
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if any({find(x), find(y)} == {ra, rb} for x, y in apart):
            continue
        root[rb] = ra
    members: dict[str, list[str]] = {}
    for c in root:
        members.setdefault(find(c), []).append(c)
    return sorted((tuple(sorted(g)) for g in members.values()), key=lambda g: (-len(g), g))


def _figures_apart(
    groups: Sequence[tuple[str, ...]],
    chosen: Mapping[str, FieldValue],
    by_id: Mapping[str, Claim],
    engine: Engine,
) -> tuple[FieldValue, FieldValue] | None:
    """Two single figures of one side that conflict, first found, or None.

    Any two of a side count, those of one source too: a source that gives "40 people"
    and "400 people" in one cluster tells two counts. A total and a part of it whose
    claim gives the other parts ("230 people" and "212 passengers and 18 crew") are one
    count told two ways.
    """
    for group in groups:
        figures = [(c, chosen[c]) for c in group if _a_figure(chosen[c])]
        for (ca, a), (cb, b) in combinations(figures, 2):
            if gates.sum_of_parts(a, by_id[cb]) or gates.sum_of_parts(b, by_id[ca]):
                continue
            if compare_fields(*_one_unit(a, b), engine).verdict is Verdict.CONFLICT:
                return a, b
    return None


def _told_apart(
    groups: Sequence[tuple[str, ...]],
    chosen: Mapping[str, FieldValue],
    by_id: Mapping[str, Claim],
    *,
    aligned: bool = True,
) -> tuple[str, FieldValue, FieldValue] | None:
    """A source with values on two sides for two different things, and those values, or None.

    Two ages one source gives, each of which another source gives too, are two people's
    ("the 35-year-old deputy" and "Orozco, 29"): a newsroom does not give one person two
    ages in one story, and each side is told by several. Two counts one source gives in
    claims not aligned as one (``aligned`` False: values lined up across clusters) are
    two groups or two moments ("shot three people" and, sentences later, "two men were
    wounded"; "seven bullets hit him" and "one bullet entered his shoulder"): a part and
    its whole, not a source at odds with itself. Two sums or measures one source gives,
    one of which another source gives as it is on its side and the other no other source
    gives, are two things ("wages reached £27.2 million", "revenue climbed to £24.3
    million" beside "the wage bill climbed to £27.2m"). Otherwise:

    Both dates must name their event (an occasion or a governing verb), the events
    differ ("opened fire on Friday" / "was charged on Monday"), and another source dates
    each event on the same side: each side is then one event, told by several. One verb
    on both sides ("met over Easter" / "met last week") is a source at odds with itself;
    a date no other source gives for its event (a tweet on Friday evening beside the
    announcement early Saturday) may be the one the others disagree with. Yet when there
    are two sides, and the source's value on one sits beside another source's while its
    value on the other sits alone, of an event no other side dates, the source adds a step
    no one else tells ("discharged at 2.15am on January 19" beside another's "sent home at
    11.40pm on January 18"; "died on January 21" alone): no source is at odds with another.
    So with three sides, when the source's value on one is only a nuance from another
    source's value (two times of one night) and its other is alone.
    """
    side_of, by_source = _sides_by_source(groups, by_id)

    def echoed(cid: str, event: str) -> bool:
        """Whether another source dates the same event on the same side."""
        return any(
            by_id[o].source_id != by_id[cid].source_id
            and (e := gates.event_of(chosen[o])) is not None
            and gates.one_event(e, event)
            for o in groups[side_of[cid]]
        )

    def dated_elsewhere(cid: str, event: str) -> bool:
        """Whether a value on another side dates the same event."""
        return any(
            side_of[o] != side_of[cid]
            and (e := gates.event_of(chosen[o])) is not None
            and gates.one_event(e, event)
            for o in side_of
        )

    def others(cid: str) -> bool:
        """Whether another source gives a value on the same side."""
        return any(by_id[o].source_id != by_id[cid].source_id for o in groups[side_of[cid]])

    def near(cid: str) -> bool:
        """Whether another source's value sits on another side only a nuance away.

        "Sent home at 11.40pm on January 18" / "discharged at about 2.15am on January 19":
        two times of one night, two sides, but one step told by both.
        """
        return any(
            by_id[o].source_id != by_id[cid].source_id
            and compare_fields(chosen[o], chosen[cid], current()).verdict is Verdict.NUANCE
            for o in side_of
            if side_of[o] != side_of[cid]
        )

    def matched(cid: str) -> bool:
        """Whether another source gives the very figure on the same side."""
        return any(
            by_id[o].source_id != by_id[cid].source_id
            and compare_fields(chosen[o], chosen[cid], current()).verdict is Verdict.AGREE
            for o in groups[side_of[cid]]
        )

    for source, cids in sorted(by_source.items()):
        for x, y in combinations(cids, 2):
            if side_of[x] == side_of[y]:
                continue
            if gates.both_ages(chosen[x], chosen[y]):
                if others(x) and others(y):  # "the 35-year-old deputy" / "Orozco, 29"
                    return source, chosen[x], chosen[y]
                continue
            if not aligned and gates.both_counts(chosen[x], chosen[y]):
                return source, chosen[x], chosen[y]  # "three people" / "two men"
            for one, lone in ((x, y), (y, x)):
                if matched(one) and not others(lone) and _two_sums(chosen[one], chosen[lone]):
                    return source, chosen[one], chosen[lone]  # wages / revenue
            ea, eb = gates.event_of(chosen[x]), gates.event_of(chosen[y])
            if ea is None or eb is None or gates.one_event(ea, eb):
                continue
            if echoed(x, ea) and echoed(y, eb):
                return source, chosen[x], chosen[y]
            if len(groups) <= 3 and any(
                (others(one) if len(groups) == 2 else near(one))
                and not others(lone)
                and not dated_elsewhere(lone, e)
                for one, lone, e in ((x, y, eb), (y, x, ea))
            ):
                return source, chosen[x], chosen[y]  # "discharged on the 19th" / "died on the 21st"
    return None


def _lone_event(
    groups: Sequence[tuple[str, ...]],
    chosen: Mapping[str, FieldValue],
    by_id: Mapping[str, Claim],
) -> tuple[FieldValue, int] | None:
    """A side one source gives for an event no other side dates, set against a timeline.

    Returns the side's date and the number of days the other side names, when there are
    two sides, one is one source's, its dates' events (occasion or verb) are known, no
    value of the other side belongs to any of them, and the other side names three days
    or more: "anger grew Wednesday when the autopsy was released" against a cluster's
    Saturday shooting, Sunday vigil and Monday protest, held together as one side by a
    vaguer date. None otherwise.
    """
    if len(groups) != 2:
        return None  # several sides: the others may be rival dates among themselves
    for n, side in enumerate(groups):
        if len({by_id[c].source_id for c in side}) != 1:
            continue
        found = [gates.event_of(chosen[c]) for c in side]
        events = {e for e in found if e is not None}
        if not events or None in found:
            continue
        others = [c for m, g in enumerate(groups) if m != n for c in g]
        if any(
            (e := gates.event_of(chosen[c])) is not None and gates.one_event(e, mine)
            for c in others
            for mine in events
        ):
            continue
        days = {
            v.earliest
            for c in others
            if isinstance(v := chosen[c].value, DateValue) and _a_day(chosen[c])
        }
        if len(days) >= 3:
            return chosen[side[0]], len(days)
    return None


def _two_sums(a: FieldValue, b: FieldValue) -> bool:
    """Whether two quantities are figures of a measure, not counts or ages ("£27.2 million")."""
    return (
        a.kind == b.kind == "quantity"
        and not is_count(a)
        and not is_count(b)
        and not gates.both_ages(a, b)
        and _a_figure(a)
        and _a_figure(b)
    )


def _sides_by_source(
    groups: Sequence[tuple[str, ...]], by_id: Mapping[str, Claim]
) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Each claim's side, and each source's claims on any side (sorted by claim id)."""
    side_of = {cid: n for n, g in enumerate(groups) for cid in g}
    by_source: dict[str, list[str]] = {}
    for cid in sorted(side_of):
        by_source.setdefault(by_id[cid].source_id, []).append(cid)
    return side_of, by_source


def _both_ways(
    groups: Sequence[tuple[str, ...]],
    chosen: Mapping[str, FieldValue],
    by_id: Mapping[str, Claim],
) -> tuple[FieldValue, Claim, FieldValue] | None:
    """A source's value that an event happened and its claim and value that it did not.

    The first such pair, by claim id, of a source with claims on two sides; None if none.
    """
    for x, y, vx, vy in _one_source_two_sides(groups, chosen, by_id):
        if vx.negative != vy.negative:
            yes, no = (x, y) if vy.negative else (y, x)
            return chosen[yes], by_id[no], chosen[no]
    return None


def _told_in_turn(
    groups: Sequence[tuple[str, ...]],
    chosen: Mapping[str, FieldValue],
    by_id: Mapping[str, Claim],
) -> tuple[FieldValue, Claim, FieldValue] | None:
    """A source's two acts on two sides, neither a denial: the first told, and the later one.

    "The gates were lowered at 6.15am" and, further down, "were raised again": the value
    told first in the source, then the claim and value told after it. The first such pair,
    by claim id, of a source with claims on two sides; None if none.
    """
    for x, y, vx, vy in _one_source_two_sides(groups, chosen, by_id):
        if not vx.negative and not vy.negative:
            first, later = sorted((x, y), key=lambda c: (by_id[c].span[0], c))
            return chosen[first], by_id[later], chosen[later]
    return None


def _one_source_two_sides(
    groups: Sequence[tuple[str, ...]],
    chosen: Mapping[str, FieldValue],
    by_id: Mapping[str, Claim],
) -> Iterator[tuple[str, str, EventValue, EventValue]]:
    """Each two claims of one source on two sides, with their events, by claim id."""
    side_of, by_source = _sides_by_source(groups, by_id)
    for cids in by_source.values():
        for x, y in combinations(cids, 2):
            vx, vy = chosen[x].value, chosen[y].value
            if (
                side_of[x] != side_of[y]
                and isinstance(vx, EventValue)
                and isinstance(vy, EventValue)
            ):
                yield x, y, vx, vy


def _a_figure(field: FieldValue) -> bool:
    """Whether a quantity is one figure, exact or hedged ("150", "about 200").

    Not a range, a bound or a vague plural ("between 150 and 200", "more than 150",
    "hundreds"), which many figures fit.
    """
    value = field.value
    return (
        isinstance(value, QuantityValue)
        and value.bound in (None, "approx")
        and value.tally is None
        and (value.high is None or value.high == value.low)
    )


def _a_day(field: FieldValue) -> bool:
    """Whether a date names one day ("Tuesday", "March 9"), or a time of one.

    A decade or a year ("stars of the 1950s") may describe a noun of the clause rather
    than date its verb.
    """
    value = field.value
    return (
        isinstance(value, DateValue)
        and value.grain in ("day", "hour", "minute")
        and value.assumed_published is None  # "today" read as of another source's date
    )


_NO_BOND = frozenset(["compare.another_pair_fits"])
"""Rules under which two claims fit though their values were not matched: they join sides
after the values that fit themselves."""


def _explain(between: Sequence[Comparison], within: Sequence[Comparison]) -> str:
    seen: list[str] = []
    # what decides the verdict first: a conflict before the pairs that fit
    first = sorted(between, key=lambda c: VERDICT_ORDER.index(c.verdict) if c.verdict else 99)
    for cmp in [*first, *within]:
        line = f"{cmp.explanation} [{cmp.rule}]"
        if line not in seen:
            seen.append(line)
    return " ".join(seen)
