"""Stage 6, compare: clusters -> clusters with field-by-field findings and a verdict.

For each field kind that claims from two or more sources carry, every pair of
values is compared by the kind's own rule (``Extractor.compare``). Claims whose
values agree or are compatible form one group; a finding lists the groups, the
normalized values and words of each, the deciding rule and an explanation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

import networkx as nx

from checkfacts.extractors.interface import Comparison, Context
from checkfacts.fields import extractor_for
from checkfacts.models import VERDICT_ORDER, Claim, Cluster, FieldValue, Finding, Source, Verdict

COMPARED_KINDS = ("date", "quantity", "places")
"""Field kinds compared across sources (names and hedges are shown, not yet compared)."""

INCOMPARABLE_RULES = ("unit_mismatch", "incomparable", "not_comparable")
"""Rule-name endings meaning the two values measure different things: no finding."""


def most_pressing(verdicts: Sequence[Verdict]) -> Verdict:
    """The verdict an editor should see first among ``verdicts``."""
    return min(verdicts, key=VERDICT_ORDER.index)


def compare_clusters(
    clusters: Sequence[Cluster], claims: Mapping[str, Claim], sources: Mapping[str, Source]
) -> list[Cluster]:
    """Fill in findings and verdicts; return clusters most pressing first."""
    anchor = story_anchor(sources.values())
    if anchor is not None:
        claims = {cid: _read_dates_against(c, sources, anchor) for cid, c in claims.items()}
    out = [compare_cluster(c, claims, sources) for c in clusters]
    return sorted(
        out,
        key=lambda c: (
            VERDICT_ORDER.index(c.verdict),
            -len({claims[i].source_id for i in c.claim_ids}),
            c.id,
        ),
    )


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
            value = dict(new.value)
            value["assumed_published"] = anchor.isoformat()
            value["basis"] = (
                f"{value.get('basis', '')}; publication date unknown, read as of "
                f"{anchor.isoformat()}, the earliest dated source"
            ).lstrip("; ")
            f = f.model_copy(update={"value": value})
        fields.append(f)
    return claim.model_copy(update={"fields": tuple(fields)})


def compare_cluster(
    cluster: Cluster, claims: Mapping[str, Claim], sources: Mapping[str, Source]
) -> Cluster:
    """Compare one cluster's claims field by field."""
    members = [claims[i] for i in cluster.claim_ids]
    if len({c.source_id for c in members}) < 2:
        return cluster.model_copy(update={"verdict": Verdict.SINGLE_SOURCE, "findings": ()})
    findings = []
    for kind in COMPARED_KINDS:
        finding = _compare_kind(kind, members, sources)
        if finding is not None:
            findings.append(finding)
    verdict = most_pressing([f.verdict for f in findings]) if findings else Verdict.AGREE
    return cluster.model_copy(update={"verdict": verdict, "findings": tuple(findings)})


def comparable(field: FieldValue) -> bool:
    """Whether a field says something a field of another source can contradict.

    Durations and recurrences ("each day", "an hour") describe, they do not date the event.
    """
    if field.kind == "date":
        return field.value.get("type", "DATE") == "DATE"
    return True


def _compare_kind(
    kind: str, members: Sequence[Claim], sources: Mapping[str, Source]
) -> Finding | None:
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
        cmp = extractor.compare(chosen[a.id], chosen[b.id])
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
    values = tuple(
        {
            "value": chosen[g[0]].value,
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
        for g in groups
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
