"""View-model shared by the human-readable formats: lookups and text segments."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from checkfacts.models import Claim, Cluster, Report, Source, SourceText


@dataclass(frozen=True)
class Segment:
    """A stretch of a source's text and what it is: plain, a claim, or skipped."""

    text: str
    start: int
    end: int
    claim_ids: tuple[str, ...] = ()
    skipped: str | None = None


class ReportView:
    """Read-only helpers over a :class:`Report` for renderers."""

    def __init__(self, report: Report):
        self.report = report

    @cached_property
    def sources(self) -> tuple[Source, ...]:
        """Sources in report order."""
        return self.report.sources

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        """Sources by id."""
        return {s.id: s for s in self.report.sources}

    @cached_property
    def claims(self) -> dict[str, Claim]:
        """Claims by id."""
        return {c.id: c for c in self.report.claims}

    @cached_property
    def claim_count(self) -> Counter[str]:
        """Number of claims per source id."""
        return Counter(c.source_id for c in self.report.claims)

    @cached_property
    def cluster_of(self) -> dict[str, str]:
        """Cluster id of each claim id."""
        return {cid: k.id for k in self.report.clusters for cid in k.claim_ids}

    def cluster_sources(self, cluster: Cluster) -> list[str]:
        """Ids of the sources with a claim in ``cluster``, sorted."""
        return sorted({self.claims[c].source_id for c in cluster.claim_ids})

    def origins(self, group: tuple[str, ...]) -> int:
        """How many independent origins stand behind a group of claim ids."""
        for cluster in self.report.clusters:
            for f in cluster.findings:
                for g, value in zip(f.groups, f.values, strict=True):
                    if g == group and "origins" in value:
                        return int(value["origins"])
        return len({self.claims[c].source_id for c in group})

    def segments(self, content: SourceText) -> list[Segment]:
        """Cut a source's text into plain, claim and skipped segments, in order."""
        text = content.text
        marks: dict[int, list[tuple[str, str]]] = {}
        bounds = {0, len(text)}
        spans: list[tuple[int, int, str, str]] = []
        for claim in self.report.claims:
            if claim.source_id == content.source_id:
                spans.append((claim.span[0], claim.span[1], "claim", claim.id))
        for skip in content.skipped:
            spans.append((skip.span[0], skip.span[1], "skipped", skip.reason))
        for a, b, _, _ in spans:
            bounds.update((a, b))
        cuts = sorted(bounds)
        for a, b, what, ref in spans:
            for x in cuts:
                if a <= x < b:
                    marks.setdefault(x, []).append((what, ref))
        out = []
        for a, b in pairwise(cuts):
            here = marks.get(a, [])
            out.append(
                Segment(
                    text=text[a:b],
                    start=a,
                    end=b,
                    claim_ids=tuple(sorted(r for w, r in here if w == "claim")),
                    skipped=next((r for w, r in here if w == "skipped"), None),
                )
            )
        return out


def value_label(kind: str, value: dict) -> str:  # type: ignore[type-arg]
    """A short human reading of a normalized value, for tables."""
    if kind.startswith("date"):
        label = str(value.get("timex") or "?")
        lo, hi = value.get("earliest"), value.get("latest")
        if (lo or hi) and (lo, hi) != (label, label):
            label += f" ({lo or '…'} to {hi or '…'})"
        return label
    if kind.startswith("quantity"):
        lo, hi = value.get("low"), value.get("high")
        unit = value.get("unit") or ""
        span = f"{lo:g}" if lo == hi and lo is not None else f"{_num(lo)}–{_num(hi)}"
        return f"{span} {unit}".strip()
    if kind == "places":
        return f" {value.get('connective', '?')} ".join(value.get("places", []))
    return ", ".join(f"{k}={v}" for k, v in sorted(value.items()))


def _num(x: object) -> str:
    return "…" if x is None else f"{x:g}" if isinstance(x, int | float) else str(x)
