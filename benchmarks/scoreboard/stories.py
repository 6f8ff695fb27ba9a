"""Score one story's report against its editor gold.

Definitions (the README's "How good is it" repeats them for readers):

- A gold member (source, quote) stands for every report claim of that source whose
  span overlaps the quote, located in the report's own text of the source.
- A finding is *flagged* when its verdict is conflict or nuance (claim and field
  clusters alike).
- A flagged finding *finds* a gold disagreement when two of its groups hold claims of
  two different sides, and its field can carry that kind of disagreement
  (``FIELD_KINDS``).
- A flagged finding is *right* when it finds a gold disagreement, or when an editor
  judged it right (``judged`` in the gold). One that matches a gold
  ``not_disagreements`` pair, or was judged wrong, is wrong; any other is *unjudged*
  and counted wrong, never right.
- *Recall*: gold disagreements found by some flagged finding. *Precision*: right
  flagged findings over all flagged (0 when nothing is flagged).
- *Agree-over-disagreement*: gold disagreements with two sides inside one claim
  cluster whose verdict is agree or compatible: the tool tells an editor that sources
  agree where they do not.
- *Facts lined up*: gold facts whose member claims of two or more sources share a
  claim cluster.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from scoreboard.gold import Disagreement, Member, StoryGold
from scoreboard.text import locate, norm, words

FLAGGED = frozenset({"conflict", "nuance"})
AGREEING = frozenset({"agree", "compatible"})
FIELD_KINDS: dict[str, frozenset[str]] = {
    "date": frozenset({"dates", "hedges"}),
    "quantity": frozenset({"numbers", "hedges"}),
    "places": frozenset({"places", "hedges"}),
    "place": frozenset({"places", "hedges"}),
    "names": frozenset({"names", "attribution"}),
    "attribution": frozenset({"attribution", "names"}),
    "hedges": frozenset({"hedges"}),
    "modality": frozenset({"hedges"}),
    "polarity": frozenset({"polarity"}),
    "outcome": frozenset({"polarity"}),
    # the claim frames: opposite polarity or outcome, or one event told with other certainty
    "event": frozenset({"polarity", "hedges"}),
}
"""Which kinds of editor disagreement a finding on each checkfacts field can carry."""


def field_family(name: str) -> str:
    """The field kind of a finding, without any role suffix ('date:signing' -> 'date')."""
    return re.split(r"[^a-z_]", name, maxsplit=1)[0]


def flagged_findings(report: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every (cluster, finding) whose verdict is conflict or nuance, in report order."""
    return [
        (k, f)
        for k in report.get("clusters", [])
        for f in k.get("findings", [])
        if f.get("verdict") in FLAGGED
    ]


def finding_key(finding: dict[str, Any], report: dict[str, Any]) -> str:
    """A stable id for judging a finding once: its field and, per side, sources and words.

    Built from each value's field words and the first words of its claim, never from
    spans or cluster ids, so that the same finding keeps its key across runs.
    """
    claims = {c["id"]: c for c in report.get("claims", [])}
    sides = []
    for value in finding.get("values", []):
        entries = sorted(
            f"{c.get('source_id')}:{norm(c.get('text', ''))}@"
            f"{words(claims.get(c.get('claim_id'), {}).get('text', ''), 8)}"
            for c in value.get("claims", [])
        )
        sides.append("|".join(entries))
    raw = field_family(finding.get("field", "")) + "||" + "||".join(sorted(sides))
    return hashlib.sha1(raw.encode()).hexdigest()[:12]


def describe(finding: dict[str, Any], report: dict[str, Any]) -> list[str]:
    """One readable line per side: source, the field's words, the claim's first words."""
    claims = {c["id"]: c for c in report.get("claims", [])}
    out = []
    for value in finding.get("values", []):
        parts = [
            f"{c.get('source_id')} {c.get('text')!r} in "
            f"{words(claims.get(c.get('claim_id'), {}).get('text', ''), 12)!r}"
            for c in value.get("claims", [])
        ]
        out.append("; ".join(parts))
    return out


@dataclass
class Judged:
    """One flagged finding and the call on it."""

    key: str
    field: str
    verdict: str
    rule: str
    sides: list[str]
    status: str  # "right" | "wrong" | "unjudged"
    why: str


@dataclass
class StoryScore:
    name: str
    flagged: int = 0
    right: int = 0
    unjudged: int = 0
    disagreements: int = 0
    found: int = 0
    agree_over: int = 0
    facts: int = 0
    facts_lined_up: int = 0
    findings: list[Judged] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    agree_over_ids: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)


class MemberIndex:
    """Gold members to report claim ids, by span overlap in the report's text."""

    def __init__(self, report: dict[str, Any]):
        self.texts = {t["source_id"]: t["text"] for t in report.get("texts", [])}
        self.claims: dict[str, list[tuple[int, int, str]]] = {}
        for c in report.get("claims", []):
            start, end = c["span"]
            self.claims.setdefault(c["source_id"], []).append((start, end, c["id"]))
        self._cache: dict[Member, set[str]] = {}

    def claims_of(self, member: Member) -> set[str]:
        if member not in self._cache:
            text = self.texts.get(member.source, "")
            hits = set()
            for qs, qe in locate(member.quote, text):
                for cs, ce, cid in self.claims.get(member.source, []):
                    if cs < qe and qs < ce:
                        hits.add(cid)
            self._cache[member] = hits
        return self._cache[member]

    def claims_of_all(self, members: Iterable[Member]) -> set[str]:
        return set().union(*(self.claims_of(m) for m in members))


def separates(groups: list[set[str]], sides: list[set[str]]) -> bool:
    """Two different groups hold claims of two different sides."""
    touched = [{i for i, side in enumerate(sides) if g & side} for g in groups]
    return any(
        a != b
        for i, ta in enumerate(touched)
        for j, tb in enumerate(touched)
        if i != j
        for a in ta
        for b in tb
    )


def finds(finding: dict[str, Any], d: Disagreement, index: MemberIndex) -> bool:
    """Whether ``finding`` flags gold disagreement ``d`` (sides apart, a fitting field)."""
    if d.kind not in FIELD_KINDS.get(field_family(finding.get("field", "")), frozenset()):
        return False
    sides = [index.claims_of_all(s.members) for s in d.sides]
    groups = [set(g) for g in finding.get("groups", [])]
    return separates(groups, sides)


def score_story(gold: StoryGold, report: dict[str, Any]) -> StoryScore:
    """Score ``report`` (the JSON contract, as a dict) against ``gold``."""
    score = StoryScore(gold.name, disagreements=len(gold.disagreements), facts=len(gold.facts))
    index = MemberIndex(report)
    for group in (gold.facts, *(d.sides for d in gold.disagreements)):
        for item in group:
            for m in item.members:
                if not index.claims_of(m):
                    score.unmapped.append(f"{m.source} {m.quote!r}")

    found: set[str] = set()
    for _cluster, f in flagged_findings(report):
        key = finding_key(f, report)
        hits = [d.id for d in gold.disagreements if finds(f, d, index)]
        found.update(hits)
        tempting = [d.id for d in gold.not_disagreements if finds(f, d, index)]
        judgement = gold.judged.get(key)
        if hits:
            status, why = "right", f"gold disagreement {', '.join(hits)}"
        elif judgement is not None:
            status = "right" if judgement.correct else "wrong"
            why = f"judged: {judgement.reason}"
        elif tempting:
            status, why = "wrong", f"gold not_disagreements {', '.join(tempting)}"
        else:
            status, why = "unjudged", "nobody has judged this finding"
        score.flagged += 1
        score.right += status == "right"
        score.unjudged += status == "unjudged"
        score.findings.append(
            Judged(
                key,
                f.get("field", ""),
                f.get("verdict", ""),
                f.get("rule", ""),
                describe(f, report),
                status,
                why,
            )
        )
    score.found = len(found)
    score.missed = [d.id for d in gold.disagreements if d.id not in found]

    claim_clusters = [k for k in report.get("clusters", []) if k.get("kind", "claim") == "claim"]
    for d in gold.disagreements:
        sides = [index.claims_of_all(s.members) for s in d.sides]
        for k in claim_clusters:
            if k.get("verdict") not in AGREEING:
                continue
            members = set(k.get("claim_ids", []))
            if sum(1 for side in sides if side & members) >= 2:
                score.agree_over += 1
                score.agree_over_ids.append(d.id)
                break

    for fact in gold.facts:
        by_source: dict[str, set[str]] = {}
        for m in fact.members:
            by_source.setdefault(m.source, set()).update(index.claims_of(m))
        for k in claim_clusters:
            members = set(k.get("claim_ids", []))
            if sum(1 for ids in by_source.values() if ids & members) >= 2:
                score.facts_lined_up += 1
                break
    return score


def ratio(num: int, den: int) -> float:
    """num/den, and 0 when there is nothing to divide (nothing flagged scores 0)."""
    return num / den if den else 0.0
