"""Stage 6, compare: clusters -> clusters with field-by-field findings and a verdict.

For each field kind that claims from two or more sources carry, every pair of
values is compared by the kind's own rule (``Extractor.compare``). Claims whose
values agree or are compatible form one group; a finding lists the groups, the
normalized values and words of each, the deciding rule and an explanation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

import networkx as nx

from checkfacts.extractors.dates import CLOCK_BASIS, dates_the_event
from checkfacts.extractors.interface import Comparison, Context
from checkfacts.extractors.quantities import is_count, magnitude
from checkfacts.fields import extractor_for
from checkfacts.independence import origins, shared_origin
from checkfacts.models import VERDICT_ORDER, Claim, Cluster, FieldValue, Finding, Source, Verdict
from checkfacts.vocabulary import PEOPLE

COMPARED_KINDS = ("date", "quantity", "places", "attribution")
"""Field kinds compared across sources: dates, counts and measures, place sets, and who
a claim is credited to (names and hedges are shown, not compared)."""

INCOMPARABLE_RULES = ("unit_mismatch", "incomparable", "not_comparable")
"""Rule-name endings meaning the two values measure different things: no finding."""


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
    """Fill in findings and verdicts; return clusters most pressing first."""
    claims = read_dates_in_story(claims, sources)
    return by_urgency([compare_cluster(c, claims, sources, similarity) for c in clusters], claims)


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


def read_dates_in_story(
    claims: Mapping[str, Claim], sources: Mapping[str, Source]
) -> Mapping[str, Claim]:
    """Claims with dates read as of the story's first dated source where theirs has none.

    See :func:`story_anchor`.
    """
    anchor = story_anchor(sources.values())
    if anchor is None:
        return claims
    return {cid: _read_dates_against(c, sources, anchor) for cid, c in claims.items()}


def story_anchor(sources: Iterable[Source]) -> dt.date | None:
    """The earliest known publication date among the sources, or None.

    A source whose date is unknown is read, for comparison only, as of the day the
    story first appeared in a dated source: a follow-up would normally say when.
    """
    known = [s.published.date for s in sources if s.published.date]
    return dt.date.fromisoformat(min(known)) if known else None


def _read_dates_against(claim: Claim, sources: Mapping[str, Source], anchor: dt.date) -> Claim:
    """Resolve the unresolved dates of a claim from an undated source against ``anchor``.

    The claim's own fields keep saying "unresolved"; the copy used for comparison
    carries ``assumed_published`` so every explanation shows the assumption.
    """
    if sources[claim.source_id].published.date is not None:
        return claim
    if not any(f.kind == "date" and f.value.get("resolved") is False for f in claim.fields):
        return claim
    from checkfacts.extractors.dates import DateExtractor

    offset = claim.span[0]
    again = {
        (f.span[0] + offset, f.span[1] + offset): f
        for f in DateExtractor().extract(claim.text, Context(published=anchor))
    }
    fields = []
    for f in claim.fields:
        new = again.get(f.span) if f.kind == "date" and f.value.get("resolved") is False else None
        if new is not None and new.value.get("resolved"):
            # The assumption has its own key (the explanation names it); ``basis`` stays
            # the extractor's, so that rules reading it treat both sources alike.
            value = {**new.value, "assumed_published": anchor.isoformat()}
            f = f.model_copy(update={"value": value})
        fields.append(f)
    return claim.model_copy(update={"fields": tuple(fields)})


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
    for kind in COMPARED_KINDS:
        finding = compare_kind(kind, members, sources, similarity)
        if finding is not None:
            findings.append(finding)
    verdict = most_pressing([f.verdict for f in findings]) if findings else Verdict.AGREE
    return cluster.model_copy(update={"verdict": verdict, "findings": tuple(findings)})


def comparable(field: FieldValue) -> bool:
    """Whether a field says something a field of another source can contradict.

    Durations and recurrences ("each day", "an hour") describe, they do not date the event;
    nor do "the former mayor", "the current council" (they date a noun), "the day before
    the vote" (dated by an event) or "later that day" without its date in the claim (read
    as the publication day for want of better).
    """
    if field.kind == "date":
        if not dates_the_event(field.value):
            return False
        kind = field.value.get("type", "DATE")
        if kind == "TIME":  # "Friday evening" dates; a bare "10 a.m." does not
            return not str(field.value.get("basis", "")).startswith(CLOCK_BASIS)
        return kind == "DATE"
    if field.kind == "quantity":
        # A bare number ("three", "thousands") says too little about what it counts.
        return field.value.get("unit") is not None
    return True


CONFLICT_SIMILARITY = 0.6
"""Least similarity of two claims' masked statements for their values to conflict (or
differ in a nuance): below it the two may speak of different events that the cluster
happens to hold."""

SCALE_SIMILARITY = 0.8
"""Least similarity of two claims for dates told at different scales (a day in one, a
month or a year in the other), or figures ten times apart, to be flagged against each
other: similar claims often set the news ("on Friday") beside its background ("in
2016", "next month"); only near-paraphrases ("signed in 2019" / "signed on March 3,
2021") are one event told at two scales."""

_SCALE = {"day": 0, "week": 0, "month": 1, "season": 1, "quarter": 1, "half": 2, "year": 2}
_SCALE.update(decade=3, century=4)
"""Scale of a date's grain: a day and a week are one scale, a month the next, a year
the next again."""


def _scales_apart(a: FieldValue, b: FieldValue) -> bool:
    """Whether two dates are told at different scales (a day and a month or a year)."""
    sa, sb = _SCALE.get(str(a.value.get("grain"))), _SCALE.get(str(b.value.get("grain")))
    return sa is not None and sb is not None and sa != sb


MAGNITUDE_RATIO = 10.0
"""Figures of one dimension this many times apart are told at different scales."""


def _magnitudes_apart(a: FieldValue, b: FieldValue) -> str | None:
    """The dimension of two quantities more than MAGNITUDE_RATIO times apart, else None."""
    ma, mb = magnitude(a), magnitude(b)
    if ma is None or mb is None or ma[0] != mb[0] or ma[1] <= 0 or mb[1] <= 0:
        return None
    return ma[0] if max(ma[1], mb[1]) / min(ma[1], mb[1]) > MAGNITUDE_RATIO else None


def _different_things(kind: str, a: FieldValue, b: FieldValue, alike: float) -> bool:
    """Whether two values of alike claims date or measure two things, by their scale.

    A year beside a day, or figures ten times apart, are the same thing told at two
    scales only in near-paraphrases (SCALE_SIMILARITY): a slip of ten times (1.2 vs 12
    billion) is still flagged there. Spans of time that far apart are always two spans
    ("less than four hours before the deadline, it delayed the decision for 30 days"):
    nobody misreports a month as a few hours.
    """
    if kind == "date":
        return _scales_apart(a, b) and alike < SCALE_SIMILARITY
    if kind == "quantity":
        dimension = _magnitudes_apart(a, b)
        return dimension is not None and (alike < SCALE_SIMILARITY or dimension == "duration")
    return False


NEAR_MISSES = frozenset(
    ["date.off_by_one_day", "date.weekday_fits", "date.loose_week", "date.clock_only"]
)
"""Nuances between two different values that nearly fit: like a conflict, they only
count between values in the same role. Nuances of wording about one value ("in 2024" /
"by 2024", "or" / "and/or") need no such check."""

FLAGGED = (Verdict.CONFLICT, Verdict.NUANCE)
"""Verdicts an editor is asked to look at; both must rest on claims about one thing."""


def other_reading(a: FieldValue, b: FieldValue, extractor: Any) -> Comparison | None:
    """A conflict that vanishes when a relative date is read the other way is a nuance.

    A date without a year, or a weekday, takes its year or week from the tense cues of
    its clause (:func:`~checkfacts.extractors.dates.detect_tense`), and a writer's tense
    can lag the events: "will reopen on March 28" in a paper of March 30 reads as next
    year's March 28 though the reopening may be the one two days back; a weekday in a
    sentence without a cue may be the coming one. If reading either side in the other
    tense (within :data:`OTHER_READING_DAYS` of publication) makes the two fit, say so
    instead of calling it a conflict.
    """
    from checkfacts.extractors.dates import normalize

    for x, y in ((a, b), (b, a)):
        if re.search(r"\b\d{4}\b", x.text):
            continue  # an explicit year leaves nothing to read otherwise
        published = x.value.get("assumed_published") or x.value.get("published")
        if not published:
            continue
        day = dt.date.fromisoformat(str(published))
        for tense in ("future", "past"):
            value = normalize(x.text, day, tense=tense)
            if not value or (value.get("earliest"), value.get("latest")) == (
                x.value.get("earliest"),
                x.value.get("latest"),
            ):
                continue
            near = [
                dt.date.fromisoformat(str(v))
                for v in (value.get("earliest"), value.get("latest"))
                if v
            ]
            if not near or any(abs((d - day).days) > OTHER_READING_DAYS for d in near):
                continue  # "March 29" a year ahead is no reading of a past-tense report
            other = extractor.compare(x.model_copy(update={"value": value}), y)
            if other.verdict is not Verdict.CONFLICT:
                fits = (
                    "which fits"
                    if other.verdict in (Verdict.AGREE, Verdict.COMPATIBLE)
                    else f"and then {other.explanation.rstrip('.')}"
                )
                return Comparison(
                    Verdict.NUANCE,
                    "date.other_reading",
                    f"“{x.text}” read as {x.value.get('timex')} conflicts with “{y.text}” "
                    f"({y.value.get('timex')}), but read in the {tense} tense it is "
                    f"{value.get('timex')}, {fits}; the wording leaves it open.",
                )
    return None


"""Counted nouns that all count people: "150 members" and "200 migrants" are comparable."""


def _compare_people(fa: FieldValue, fb: FieldValue, extractor: Any) -> Comparison:
    """Compare two fields, reading different nouns for people as one unit, and saying so."""
    ua, ub = fa.value.get("unit"), fb.value.get("unit")
    if fa.kind != "quantity" or ua == ub or ua not in PEOPLE or ub not in PEOPLE:
        return extractor.compare(fa, fb)  # type: ignore[no-any-return]
    people = {**fa.value, "unit": "person"}, {**fb.value, "unit": "person"}
    cmp = extractor.compare(
        fa.model_copy(update={"value": people[0]}), fb.model_copy(update={"value": people[1]})
    )
    return Comparison(
        cmp.verdict,
        cmp.rule,
        f"{cmp.explanation.rstrip('.')} (counting {ua}s and {ub}s, read as people).",
    )


def _one_quotation(a: Claim, b: Claim) -> bool:
    """Whether two claims of two sources carry the same words: one quotation or statement.

    Only then is a different speaker a finding: the same sentence credited to two
    people means one outlet has the wrong name (or both issued it).
    """
    if a.source_id == b.source_id:
        return False
    why = shared_origin(a, b) or ""
    return why.startswith(("near-verbatim", "the same quotation"))


def _another_pair_fits(a: Claim, b: Claim, kind: str, extractor: Any) -> Comparison | None:
    """If some other value of ``kind`` in ``a`` fits some value in ``b``, they agree there.

    "Pulled free on March 29, ... since March 23" and "ran aground on March 23" name
    two events; the second claim's date is the first claim's other date, not a
    contradiction of its main one.
    """
    for fa in a.fields:
        for fb in b.fields:
            if fa.kind != kind or fb.kind != kind:
                continue
            cmp = extractor.compare(fa, fb)
            if cmp.verdict in (Verdict.AGREE, Verdict.COMPATIBLE):
                return Comparison(
                    cmp.verdict,
                    cmp.rule,
                    f"{cmp.explanation.rstrip('.')} (the claims name other dates too; "
                    "these two match).",
                )
    return None


OTHER_READING_DAYS = 14
"""How far from publication the other reading of a relative date may land."""


MAIN_CLAUSE_SHARE = 0.75
"""A field whose governing clause holds this share of its claim's words dates the claim."""
SAME_ROLE_SHARE = 0.5
"""Share of the smaller role's content words (two at least) that two roles must have in
common when one of them is a subordinate clause."""
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
        "as",
        "when",
        "while",
        "which",
        "who",
        "whom",
        "than",
        "then",
        "there",
        "here",
        "after",
        "before",
        "since",
        "until",
        "during",
        "into",
        "about",
        "over",
        "under",
    ]
)


def _content(text: str) -> str:
    return " ".join(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP)


def same_role(fa: FieldValue, ca: Claim, fb: FieldValue, cb: Claim) -> bool:
    """Whether two fields of two similar claims date or count the same thing.

    A field governed by its claim's main clause takes the claim's role: the claims
    are already known to be alike. A field in a subordinate clause ("when it headed
    north in March") must share that clause's content words with the other's role.
    """
    if fa.role is None or fb.role is None:
        return True
    main_a = len(fa.role.split()) >= MAIN_CLAUSE_SHARE * len(ca.text.split())
    main_b = len(fb.role.split()) >= MAIN_CLAUSE_SHARE * len(cb.text.split())
    if main_a and main_b:
        return True
    wa, wb = set(_content(fa.role).split()), set(_content(fb.role).split())
    shared = wa & wb
    return len(shared) >= 2 and len(shared) >= SAME_ROLE_SHARE * min(len(wa), len(wb))


def _plural(unit: str) -> str:
    if unit == "person":
        return "people"
    if unit.endswith("s"):
        return unit
    if unit.endswith("y") and unit[-2:-1] not in ("a", "e", "o", "u"):
        return f"{unit[:-1]}ies"
    return f"{unit}s"


def _evolving_count(
    cmp: Comparison,
    fa: FieldValue,
    fb: FieldValue,
    sources: Mapping[str, Source],
    a: Claim,
    b: Claim,
) -> Comparison | None:
    """Two counts of people or things from reports of different days may both be right.

    A crowd, a queue or a death toll grows; outlets writing hours or days apart report
    different figures. When the publication dates differ (or one is unknown), the
    disagreement is a nuance that names both figures and both dates.
    """
    unit = fa.value.get("unit")
    if not is_count(fa):
        return None  # a measure or a currency does not evolve like a count
    da, db = sources[a.source_id].published.date, sources[b.source_id].published.date
    if da is not None and da == db:
        return None
    when = f"published {da} and {db}" if da and db else "whose publication dates are not both known"
    return Comparison(
        Verdict.NUANCE,
        "quantity.evolving_count",
        f"{cmp.explanation.rstrip('.')}; but these are counts of {_plural(str(unit))} in "
        f"reports {when}: "
        "the number may have changed between them, or each counts a different moment.",
    )


SAME_WORDS_DAYS = 7
"""Publication dates at most this far apart make identical date words the same date."""


def _same_words(
    a: FieldValue, b: FieldValue, sources: Mapping[str, Source], sa: str, sb: str
) -> Comparison | None:
    """Identical date words in one story, published within a week: the same date."""

    def norm(text: str) -> str:
        return " ".join(re.findall(r"\w+", text.lower()))

    if a.kind != "date" or norm(a.text) != norm(b.text):
        return None
    da, db = sources[sa].published.date, sources[sb].published.date
    if (
        da
        and db
        and abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days) > SAME_WORDS_DAYS
    ):
        return None
    return Comparison(
        Verdict.AGREE,
        "date.same_words",
        f"Both say “{a.text.strip()}”, in articles published "
        f"{da or 'on an unknown date'} and {db or 'on an unknown date'} (within "
        f"{SAME_WORDS_DAYS} days): read as the same date.",
    )


def compare_kind(
    kind: str,
    members: Sequence[Claim],
    sources: Mapping[str, Source],
    similarity: Similarity = _always_similar,
    *,
    check_roles: bool = True,
) -> Finding | None:
    """The finding on field ``kind`` among ``members``.

    None if fewer than two sources carry a comparable value of that kind. With
    ``check_roles`` off, values in differently governed clauses are compared too (the
    caller has matched them some other way).
    """
    members = [
        c.model_copy(update={"fields": tuple(f for f in c.fields if comparable(f))})
        for c in members
    ]
    carriers = [c for c in members if any(f.kind == kind for f in c.fields)]
    if len({c.source_id for c in carriers}) < 2:
        return None
    extractor = extractor_for(kind)
    chosen = _choose_fields(kind, carriers, extractor.compare)
    pairs: dict[tuple[str, str], Comparison] = {}
    graph = nx.Graph()
    graph.add_nodes_from(c.id for c in carriers)
    for a, b in combinations(carriers, 2):
        cmp = _same_words(
            chosen[a.id], chosen[b.id], sources, a.source_id, b.source_id
        ) or _compare_people(chosen[a.id], chosen[b.id], extractor)
        if kind == "attribution" and cmp.verdict in FLAGGED and not _one_quotation(a, b):
            continue  # two claims alike in meaning may well come from two speakers
        if cmp.verdict in FLAGGED:
            cmp = _another_pair_fits(a, b, kind, extractor) or cmp
        if cmp.verdict in FLAGGED:
            alike = similarity(a.id, b.id)
            if alike < CONFLICT_SIMILARITY:
                continue  # not sure enough that the two claims speak of one thing
            if _different_things(kind, chosen[a.id], chosen[b.id], alike):
                continue  # a year beside a day, hours beside a month: two different things
            if (
                check_roles
                and (cmp.verdict is Verdict.CONFLICT or cmp.rule in NEAR_MISSES)
                and not same_role(chosen[a.id], a, chosen[b.id], b)
            ):
                continue  # the values date or count different things in similar claims
        if cmp.verdict is Verdict.CONFLICT:
            if kind == "date":
                cmp = other_reading(chosen[a.id], chosen[b.id], extractor) or cmp
            elif kind == "quantity":
                cmp = _evolving_count(cmp, chosen[a.id], chosen[b.id], sources, a, b) or cmp
        if cmp.rule.endswith(INCOMPARABLE_RULES):
            continue
        pairs[(a.id, b.id)] = cmp
        if cmp.verdict in (Verdict.AGREE, Verdict.COMPATIBLE):
            graph.add_edge(a.id, b.id)
    if not pairs:
        return None
    groups = sorted(
        (tuple(sorted(g)) for g in nx.connected_components(graph)), key=lambda g: (-len(g), g)
    )
    group_of = {cid: n for n, g in enumerate(groups) for cid in g}
    by_id = {c.id: c for c in carriers}
    between = [cmp for (a, b), cmp in pairs.items() if group_of[a] != group_of[b]]
    within = [cmp for (a, b), cmp in pairs.items() if group_of[a] == group_of[b]]
    decisive = between or within
    verdict = most_pressing([c.verdict for c in decisive])
    rule = next(c.rule for c in decisive if c.verdict is verdict)
    if not between and verdict is Verdict.CONFLICT:
        # "July" and "November" both fit "last year": one side, held together by a
        # vaguer value, whose precise members name different moments.
        verdict, rule = Verdict.NUANCE, f"{rule}.within_one_side"
    explanation = _explain(between, within)
    assumed = sorted(
        {
            (by_id[cid].source_id, str(f.value["assumed_published"]))
            for cid, f in chosen.items()
            if "assumed_published" in f.value and cid in group_of
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
            "value": chosen[g[0]].value,
            "origins": len(sides[n][0]),
            "origin_sources": sides[n][0],
            "claims": [
                {
                    "claim_id": cid,
                    "source_id": by_id[cid].source_id,
                    "text": chosen[cid].text,
                    "span": list(chosen[cid].span),
                    "value": chosen[cid].value,
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


def _choose_fields(kind, carriers, compare) -> dict[str, FieldValue]:  # type: ignore[no-untyped-def]
    """Pick, for each claim, the field of ``kind`` that speaks to what the others say.

    A claim with several dates ("by 2024, decades after ... 1972") is compared through
    the one that agrees best with the other claims' values: a conflict is reported only
    when no reading of the claim fits.
    """
    options = {c.id: [f for f in c.fields if f.kind == kind] for c in carriers}
    chosen: dict[str, FieldValue] = {}
    for c in carriers:
        if len(options[c.id]) == 1:
            chosen[c.id] = options[c.id][0]
            continue
        others = [f for o in carriers if o.source_id != c.source_id for f in options[o.id]]

        def score(f: FieldValue, others: list[FieldValue] = others) -> tuple[int, int]:
            ranks = [VERDICT_ORDER.index(compare(f, g).verdict) for g in others]
            return (-sum(r >= VERDICT_ORDER.index(Verdict.COMPATIBLE) for r in ranks), f.span[0])

        chosen[c.id] = min(options[c.id], key=score)
    return chosen


def _explain(between: Sequence[Comparison], within: Sequence[Comparison]) -> str:
    seen: list[str] = []
    for cmp in [*between, *within]:
        line = f"{cmp.explanation} [{cmp.rule}]"
        if line not in seen:
            seen.append(line)
    return " ".join(seen)
