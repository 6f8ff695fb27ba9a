"""View-model shared by the human-readable formats: lookups, tables, text blocks, timeline.

Everything a template shows is computed here, as plain frozen dataclasses of strings
and numbers, so the templates only lay things out. Every list is built in a fixed
order from the report, so the same report gives the same view (and the same bytes).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from statistics import median
from typing import Any, Literal
from urllib.parse import urlsplit

from checkfacts.models import (
    FLAGGED,
    VERDICT_ORDER,
    Claim,
    Cluster,
    Finding,
    Report,
    Source,
    SourceText,
    Value,
    Verdict,
)
from checkfacts.vocabulary import (
    CURRENCIES,
    CURRENCY_SIGNS,
    RATE_PERIODS,
    UNITS,
    number_words,
    plural,
)

_REASON_BREAK = re.compile(r"(?<=\])\s+(?=\S)")

SIDE_LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
"""Letters naming the sides of a finding, in the finding's order."""

BASIS_LABELS = {
    "front_matter": "front matter",
    "html_meta": "page metadata",
    "dateline": "dateline",
    "credit": "source credit",
    "none": "not found",
}
"""How a publication date was known, in an editor's words."""


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address, else None (never a ``javascript:`` link)."""
    if not url:
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if (
        parts.scheme.lower() in ("http", "https")
        and parts.netloc
        and not any(ch.isspace() or ord(ch) < 32 for ch in text)
    ):
        return text
    return None


def verdict_label(verdict: str) -> str:
    """A verdict as shown to editors: ``single_source`` reads "single source"."""
    return verdict.replace("_", " ")


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class SourceRow:
    """One source as the overview, the table headers and the source view show it."""

    id: str
    label: str
    title: str | None
    outlet: str | None
    path: str
    url: str | None
    href: str | None
    published: str | None
    future: str | None
    """A publication date the source gives that is after the day of the run (not used)."""
    basis: str
    basis_text: str | None
    claims: int


# --------------------------------------------------------------------------- clusters


@dataclass(frozen=True)
class Quote:
    """Words a source used, linking to their place in the source view."""

    claim_id: str
    source_id: str
    text: str


@dataclass(frozen=True)
class Cell:
    """What one source says for one field: its side, the normalized value, its words."""

    side: str
    value: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Side:
    """One side of a finding: its value, who holds it, and how many independent origins."""

    label: str
    value: str
    origins: int
    sources: tuple[str, ...]


@dataclass(frozen=True)
class FieldRow:
    """One finding as a table row: per source column, its cells (none: the source is silent)."""

    field: str
    verdict: str
    rule: str
    explanation: str
    cells: tuple[tuple[Cell, ...], ...]
    sides: tuple[Side, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """The explanation cut into its sentences (one per comparison, each ending in its rule)."""
        return reasons(self.explanation)


def reasons(explanation: str) -> tuple[str, ...]:
    """An explanation cut into its sentences (one per comparison, each ending in its rule)."""
    parts = (p.strip() for p in _REASON_BREAK.split(explanation))
    return tuple(dict.fromkeys(p for p in parts if p))


ACROSS_LABELS = {"quantity": "Counts across claims", "date": "Dates across claims"}
"""What a field cluster's card says it lines up, by field."""


@dataclass(frozen=True)
class ClusterCard:
    """A cluster as the report shows it: the claim, the verdict, the field-by-field table."""

    id: str
    verdict: str
    statement: str
    columns: tuple[SourceRow, ...]
    claims: tuple[tuple[Quote, ...], ...]
    rows: tuple[FieldRow, ...]
    fields: tuple[str, ...]
    kind: str = "claim"
    story_id: str = ""
    reason: str | None = None
    """For a related cluster: why its claims are not shown to agree."""

    @property
    def across(self) -> str | None:
        """For a field cluster, what it lines up ('Counts across claims'); else None."""
        if self.kind != "field":
            return None
        return f"{ACROSS_LABELS.get(self.fields[0], self.fields[0]) if self.fields else ''}"

    @property
    def shared(self) -> bool:
        """Whether two or more sources make this claim."""
        return len(self.columns) > 1

    @property
    def listed(self) -> bool:
        """Whether the report lists the cluster unfolded: shared, and a field compared."""
        return self.shared and self.verdict != Verdict.RELATED.value

    @property
    def source_ids(self) -> str:
        """Space-separated source ids, for the filters."""
        return " ".join(s.id for s in self.columns)

    @property
    def field_names(self) -> str:
        """Space-separated compared fields, for the filters."""
        return " ".join(self.fields)


@dataclass(frozen=True)
class StoryRow:
    """A story of a folder that mixes stories: its title, sources and clusters."""

    id: str
    title: str
    sources: tuple[SourceRow, ...]
    clusters: int
    flagged: int


# --------------------------------------------------------------------------- source text


@dataclass(frozen=True)
class Piece:
    """A run of text inside a block; ``field`` names the claim field it belongs to, if any."""

    text: str
    field: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Block:
    """A stretch of a source's text: plain, one claim (with its fields), or skipped."""

    kind: Literal["text", "claim", "skipped"]
    pieces: tuple[Piece, ...]
    claim_id: str | None = None
    cluster_id: str | None = None
    verdict: str | None = None
    reason: str | None = None
    anchor: bool = False


@dataclass(frozen=True)
class Segment:
    """A stretch of a source's text and what it is: plain, a claim, or skipped."""

    text: str
    start: int
    end: int
    claim_ids: tuple[str, ...] = ()
    skipped: str | None = None


# --------------------------------------------------------------------------- timeline

TL_WIDTH = 1000
TL_LABEL = 200
TL_GUTTER = 34
TL_RIGHT = 16
TL_ROW = 30
TL_TOP = 30
TL_WINDOW_DAYS = 5 * 366
TL_NARROW_DAYS = 400


@dataclass(frozen=True)
class TimelineMark:
    """A dated claim on the timeline: a dot, or a bar when its dates are an interval."""

    x1: str
    x2: str
    w: str
    y: str
    top: str
    verdict: str
    title: str
    href: str
    claim_id: str
    interval: bool
    open_left: bool = False
    open_right: bool = False
    off: str = ""


@dataclass(frozen=True)
class TimelineRow:
    """One source's row: its label, its publication date and its dated claims."""

    source_id: str
    label: str
    full_label: str
    y: str
    text_y: str
    pub_y: str
    published_x: str | None
    published: str | None
    marks: tuple[TimelineMark, ...]


@dataclass(frozen=True)
class Tick:
    """A labelled tick on the date axis."""

    x: str
    label: str


@dataclass(frozen=True)
class Timeline:
    """The dated claims of every source, laid out for an inline SVG."""

    width: int
    height: int
    axis_x1: str
    axis_x2: str
    axis_y: str
    tick_y: str
    grid_y2: str
    label_x: str
    break_x1: str
    break_x2: str
    ticks: tuple[Tick, ...]
    rows: tuple[TimelineRow, ...]
    before: str | None
    after: str | None
    before_x: str
    after_x: str
    note: str


@dataclass(frozen=True)
class _Dated:
    source_id: str
    claim_id: str
    words: str
    value: str
    basis: str
    lo: dt.date
    hi: dt.date
    verdict: str


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def _iso(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _ticks(lo: dt.date, hi: dt.date) -> list[tuple[dt.date, str]]:
    """Tick dates and labels for the axis from ``lo`` to ``hi``: years, months or days."""
    days = (hi - lo).days
    if days > 3 * 365:
        years = list(range(lo.year + (lo > dt.date(lo.year, 1, 1)), hi.year + 1))
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if len(years) / s <= 10)
        return [(dt.date(y, 1, 1), str(y)) for y in years if y % step == 0]
    if days > 75:
        months = []
        y, m = lo.year, lo.month
        while True:
            m += 1
            if m > 12:
                y, m = y + 1, 1
            d = dt.date(y, m, 1)
            if d > hi:
                break
            months.append(d)
        step = next(s for s in (1, 2, 3, 6, 12) if len(months) / s <= 10)
        picked = [d for d in months if (d.month - 1) % step == 0]
        return [
            (d, d.strftime("%b %Y") if i == 0 or d.month == 1 else d.strftime("%b"))
            for i, d in enumerate(picked)
        ]
    step = next(s for s in (1, 2, 7, 14) if days / s <= 12)
    out = []
    d = lo + dt.timedelta(days=1)
    while d <= hi:
        if (d.toordinal() % step == 0) or step == 1:
            out.append((d, d.strftime("%d %b").lstrip("0")))
        d += dt.timedelta(days=1)
    return out


# --------------------------------------------------------------------------- the view


class ReportView:
    """Read-only helpers over a :class:`Report` for renderers."""

    def __init__(self, report: Report):
        self.report = report

    # -- lookups --------------------------------------------------------------------

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
        """Claim cluster id of each claim id (field clusters line up claims of these)."""
        return {cid: k.id for k in self.claim_clusters for cid in k.claim_ids}

    @cached_property
    def claim_clusters(self) -> tuple[Cluster, ...]:
        """The clusters of claims that say the same thing, without the field clusters."""
        return tuple(k for k in self.report.clusters if k.kind == "claim")

    @cached_property
    def verdict_of(self) -> dict[str, str]:
        """Verdict of the claim cluster of each claim id."""
        return {cid: k.verdict.value for k in self.claim_clusters for cid in k.claim_ids}

    def cluster_sources(self, cluster: Cluster) -> list[str]:
        """Ids of the sources with a claim in ``cluster``, sorted."""
        return sorted({self.claims[c].source_id for c in cluster.claim_ids})

    @cached_property
    def _origins(self) -> dict[tuple[str, ...], int]:
        """The first origin count compare gave to each group of claim ids."""
        found: dict[tuple[str, ...], int] = {}
        for cluster in self.report.clusters:
            for f in cluster.findings:
                for g, value in zip(f.groups, f.values, strict=True):
                    if "origins" in value:
                        found.setdefault(tuple(g), int(value["origins"]))
        return found

    def origins(self, group: tuple[str, ...]) -> int:
        """How many independent origins stand behind a group of claim ids."""
        if tuple(group) in self._origins:
            return self._origins[tuple(group)]
        return len({self.claims[c].source_id for c in group})

    def side_origins(self, finding: Finding, index: int) -> int:
        """Independent origins behind side ``index`` of ``finding``.

        The finding's own count when compare gave one, else its distinct sources.
        """
        value = finding.values[index]
        if isinstance(value.get("origins"), int):
            return int(value["origins"])
        return len({self.claims[c].source_id for c in finding.groups[index] if c in self.claims})

    # -- overview -------------------------------------------------------------------

    @cached_property
    def source_rows(self) -> tuple[SourceRow, ...]:
        """Every source as the overview lists it."""
        return tuple(self._source_row(s) for s in self.report.sources)

    @cached_property
    def source_row(self) -> dict[str, SourceRow]:
        """Source rows by source id."""
        return {r.id: r for r in self.source_rows}

    def _source_row(self, s: Source) -> SourceRow:
        return SourceRow(
            id=s.id,
            label=s.outlet or s.id,
            title=s.title,
            outlet=s.outlet,
            path=s.path,
            url=s.url,
            href=safe_url(s.url),
            published=s.published.date,
            future=s.published.future,
            basis=BASIS_LABELS.get(s.published.basis.value, s.published.basis.value),
            basis_text=s.published.text,
            claims=self.claim_count[s.id],
        )

    @cached_property
    def counts(self) -> tuple[tuple[str, int], ...]:
        """Clusters per verdict, most pressing first (zeros included)."""
        n = Counter(c.verdict for c in self.report.clusters)
        return tuple((v.value, n.get(v, 0)) for v in VERDICT_ORDER)

    @cached_property
    def fields(self) -> tuple[str, ...]:
        """Every compared field, sorted, for the field filter."""
        return tuple(sorted({f.field for c in self.report.clusters for f in c.findings}))

    @cached_property
    def story(self) -> str | None:
        """The story in one line: the claim that most sources share, headlines first."""
        best: tuple[int, int, int] | None = None
        story = None
        for i, c in enumerate(self.claim_clusters):
            members = [self.claims[x] for x in c.claim_ids if x in self.claims]
            sources = len({m.source_id for m in members})
            headline = any(m.kind == "headline" for m in members)
            key = (sources, int(headline), -i)
            if sources > 1 and (best is None or key > best):
                best, story = key, c.statement
        if story is None:
            titles = sorted(s.title for s in self.report.sources if s.title)
            story = titles[0] if titles else None
        return story

    @cached_property
    def story_rows(self) -> tuple[StoryRow, ...]:
        """The stories, when the sources tell more than one (else nothing to show)."""
        if len(self.report.stories) < 2:
            return ()
        flagged = {c.id for c in self.report.clusters if c.verdict in FLAGGED}
        return tuple(
            StoryRow(
                id=st.id,
                title=st.title,
                sources=tuple(self.source_row[s] for s in st.source_ids if s in self.source_row),
                clusters=len(st.cluster_ids),
                flagged=len(set(st.cluster_ids) & flagged),
            )
            for st in self.report.stories
        )

    @cached_property
    def story_of(self) -> dict[str, str]:
        """Cluster id -> the id of its story."""
        return {cid: st.id for st in self.report.stories for cid in st.cluster_ids}

    # -- clusters -------------------------------------------------------------------

    @cached_property
    def cards(self) -> tuple[ClusterCard, ...]:
        """Every cluster as a card, in report order (most pressing first)."""
        return tuple(self._card(c) for c in self.report.clusters)

    def _card(self, cluster: Cluster) -> ClusterCard:
        by_source: dict[str, list[Claim]] = {}
        for cid in cluster.claim_ids:
            if cid in self.claims:
                by_source.setdefault(self.claims[cid].source_id, []).append(self.claims[cid])
        columns = tuple(self.source_row[s] for s in sorted(by_source) if s in self.source_row)
        claims = tuple(
            tuple(
                Quote(c.id, c.source_id, c.text)
                for c in sorted(by_source[s.id], key=lambda c: (c.span, c.id))
            )
            for s in columns
        )
        rows = tuple(self._row(f, columns) for f in cluster.findings)
        return ClusterCard(
            id=cluster.id,
            verdict=cluster.verdict.value,
            statement=cluster.statement,
            columns=columns,
            claims=claims,
            rows=rows,
            fields=tuple(dict.fromkeys(f.field for f in cluster.findings)),
            kind=cluster.kind,
            story_id=self.story_of.get(cluster.id, ""),
            reason=cluster.reason,
        )

    def _row(self, finding: Finding, columns: tuple[SourceRow, ...]) -> FieldRow:
        cells: dict[str, list[Cell]] = {}
        sides = []
        for i, (group, value) in enumerate(zip(finding.groups, finding.values, strict=True)):
            label = SIDE_LABELS[i] if i < len(SIDE_LABELS) else str(i + 1)
            shown = field_label(finding.field, value.get("value") or {})
            quotes: dict[str, list[Quote]] = {}
            own: dict[str, str] = {}
            quoted: set[str] = set()
            for q in value.get("claims") or ():
                cid = str(q.get("claim_id"))
                sid = q.get("source_id") or (
                    self.claims[cid].source_id if cid in self.claims else ""
                )
                quotes.setdefault(sid, []).append(Quote(cid, sid, str(q.get("text", ""))))
                # Each cell shows that source's own value; the side's label is its first.
                own.setdefault(sid, field_label(finding.field, q.get("value") or {}))
                quoted.add(cid)
            for cid in group:
                claim = self.claims.get(cid)
                if claim and cid not in quoted:
                    quotes.setdefault(claim.source_id, []).append(
                        Quote(cid, claim.source_id, claim.text)
                    )
            for sid, qs in quotes.items():
                cells.setdefault(sid, []).append(Cell(label, own.get(sid, shown), tuple(qs)))
            sides.append(
                Side(
                    label=label,
                    value=shown,
                    origins=self.side_origins(finding, i),
                    sources=tuple(
                        self.source_row[s].label for s in sorted(quotes) if s in self.source_row
                    ),
                )
            )
        return FieldRow(
            field=finding.field,
            verdict=finding.verdict.value,
            rule=finding.rule,
            explanation=finding.explanation,
            cells=tuple(tuple(cells.get(s.id, ())) for s in columns),
            sides=tuple(sides),
        )

    # -- source view ----------------------------------------------------------------

    def segments(self, content: SourceText) -> list[Segment]:
        """Cut a source's text into plain, claim and skipped segments, in order."""
        text = content.text
        spans: list[tuple[int, int, str, str]] = [
            (c.span[0], c.span[1], "claim", c.id)
            for c in self._claims_of.get(content.source_id, ())
        ]
        spans += [(s.span[0], s.span[1], "skipped", s.reason) for s in content.skipped]
        cuts = sorted({0, len(text)} | {x for a, b, _, _ in spans for x in (a, b)})
        marks: dict[int, list[tuple[str, str]]] = {}
        for a, b, what, ref in spans:
            for x in cuts[bisect_left(cuts, a) : bisect_left(cuts, b)]:
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

    @cached_property
    def texts(self) -> tuple[tuple[SourceRow, tuple[Block, ...]], ...]:
        """Each source's row and its text as blocks, in report order."""
        return tuple(
            (self.source_row[t.source_id], self.blocks(t))
            for t in self.report.texts
            if t.source_id in self.source_row
        )

    @cached_property
    def _claims_of(self) -> dict[str, list[Claim]]:
        """Each source's claims, in report order."""
        found: dict[str, list[Claim]] = {}
        for c in self.report.claims:
            found.setdefault(c.source_id, []).append(c)
        return found

    def blocks(self, content: SourceText) -> tuple[Block, ...]:
        """A source's text as blocks: plain text, claims (fields underlined), skipped parts.

        Text before the body (front matter) reads as skipped. Where claims overlap, the
        earlier claim keeps the overlap; the first block of each claim carries its anchor.
        """
        text = content.text
        claims = sorted(
            self._claims_of.get(content.source_id, ()),
            key=lambda c: (c.span[0], c.span[1], c.id),
        )
        skipped = [(s.span[0], s.span[1], s.reason) for s in content.skipped]
        if content.body[0] > 0:
            skipped.insert(0, (0, content.body[0], "front matter"))
        fields = [
            (f.span[0], f.span[1], c.id, f.kind, field_label(f.kind, f.value))
            for c in claims
            for f in c.fields
            if c.span[0] <= f.span[0] < f.span[1] <= c.span[1]
        ]
        bounds = {0, len(text)}
        for c in claims:
            bounds.update(c.span)
        for a, b, _ in skipped:
            bounds.update((a, b))
        for a, b, *_ in fields:
            bounds.update((a, b))
        cuts = sorted(x for x in bounds if 0 <= x <= len(text))
        n = len(cuts) - 1
        claim_at: list[Claim | None] = [None] * n
        skip_at: list[str | None] = [None] * n
        field_at: list[tuple[str, str] | None] = [None] * n
        for c in claims:
            for i in range(bisect_left(cuts, c.span[0]), bisect_left(cuts, c.span[1])):
                if claim_at[i] is None:
                    claim_at[i] = c
        for a, b, reason in skipped:
            for i in range(bisect_left(cuts, a), bisect_left(cuts, b)):
                if skip_at[i] is None:
                    skip_at[i] = reason
        for a, b, cid, kind, label in fields:
            for i in range(bisect_left(cuts, a), bisect_left(cuts, b)):
                owner = claim_at[i]
                if owner is not None and owner.id == cid and field_at[i] is None:
                    field_at[i] = (kind, label)
        out: list[Block] = []
        anchored: set[str] = set()
        pieces: list[Piece] = []
        key: tuple[str, str | None] | None = None
        for i, (a, b) in enumerate(pairwise(cuts)):
            claim = claim_at[i]
            here: tuple[str, str | None] = (
                ("claim", claim.id)
                if claim
                else ("skipped", skip_at[i])
                if skip_at[i]
                else ("text", None)
            )
            if here != key and pieces and key is not None:
                out.append(self._block(key, pieces, anchored))
                pieces = []
            key = here
            f = field_at[i] if claim else None
            if f:
                title = f"{f[0]}: {f[1]}" if f[1] != text[a:b] else None
                piece = Piece(text[a:b], f[0], title)
            else:
                piece = Piece(text[a:b])
            if pieces and pieces[-1].field is None and piece.field is None:
                pieces[-1] = Piece(pieces[-1].text + piece.text)
            else:
                pieces.append(piece)
        if pieces and key is not None:
            out.append(self._block(key, pieces, anchored))
        return tuple(out)

    def _block(self, key: tuple[str, str | None], pieces: list[Piece], anchored: set[str]) -> Block:
        kind, ref = key
        if kind == "claim" and ref is not None:
            first = ref not in anchored
            anchored.add(ref)
            return Block(
                "claim",
                tuple(pieces),
                claim_id=ref,
                cluster_id=self.cluster_of.get(ref),
                verdict=self.verdict_of.get(ref),
                anchor=first,
            )
        if kind == "skipped":
            return Block("skipped", tuple(pieces), reason=ref)
        return Block("text", tuple(pieces))

    # -- timeline -------------------------------------------------------------------

    @cached_property
    def _resolved_dates(self) -> dict[tuple[str, tuple[int, int]], tuple[dict[str, Any], str]]:
        """Date values as compare resolved them (undated sources read as of another date)."""
        out: dict[tuple[str, tuple[int, int]], tuple[dict[str, Any], str]] = {}
        for cluster in self.report.clusters:
            for f in cluster.findings:
                if not f.field.startswith("date"):
                    continue
                for value in f.values:
                    for q in value.get("claims") or ():
                        span = q.get("span")
                        if isinstance(span, list | tuple) and len(span) == 2:
                            key = (str(q.get("claim_id")), (int(span[0]), int(span[1])))
                            out.setdefault(key, (q.get("value") or {}, f.verdict.value))
        return out

    def dated(self) -> list[_Dated]:
        """Every date field with both bounds known, with the verdict that colors it.

        A date a finding resolved (say a weekday in an undated source) takes the
        finding's value and verdict; any other takes its claim's and its cluster's.
        """
        out = []
        for claim in self.report.claims:
            for f in claim.fields:
                if f.kind != "date":
                    continue
                value, verdict = self._resolved_dates.get(
                    (claim.id, (f.span[0], f.span[1])),
                    (
                        f.value.model_dump(mode="json"),
                        self.verdict_of.get(claim.id, Verdict.SINGLE_SOURCE.value),
                    ),
                )
                if value.get("type", "DATE") != "DATE":
                    continue
                lo, hi = _iso(value.get("earliest")), _iso(value.get("latest"))
                if lo is None or hi is None:
                    continue
                if hi < lo:
                    lo, hi = hi, lo
                out.append(
                    _Dated(
                        source_id=claim.source_id,
                        claim_id=claim.id,
                        words=f.text,
                        value=field_label("date", value),
                        basis=str(value.get("basis_text") or value.get("basis") or ""),
                        lo=lo,
                        hi=hi,
                        verdict=verdict,
                    )
                )
        return out

    @cached_property
    def timeline(self) -> Timeline | None:
        """The dated claims per source on one date axis, or None when nothing is dated.

        The axis centres on the median date: dates more than about five years from it
        are drawn in a gutter beyond an axis break; intervals wider than the axis are
        clamped to it and drawn open-ended; the axis span comes from the narrow dates
        (points, days, months, years), so one wide "recently" cannot squash it.
        """
        dated = self.dated()
        if not dated:
            return None
        mids = [(d.lo.toordinal() + d.hi.toordinal()) / 2 for d in dated]
        centre = median(mids)
        w_lo, w_hi = centre - TL_WINDOW_DAYS, centre + TL_WINDOW_DAYS
        inside = [d for d in dated if d.hi.toordinal() >= w_lo and d.lo.toordinal() <= w_hi]
        narrow = [d for d in inside if (d.hi - d.lo).days <= TL_NARROW_DAYS] or inside
        pubs = [
            float(p.toordinal())
            for s in self.report.sources
            if (p := _iso(s.published.date)) and w_lo <= p.toordinal() <= w_hi
        ]
        lo_o = min([max(d.lo.toordinal(), w_lo) for d in narrow] + pubs)
        hi_o = max([min(d.hi.toordinal(), w_hi) for d in narrow] + pubs)
        pad = max(15.0, (hi_o - lo_o) * 0.04)
        d_lo, d_hi = int(lo_o - pad), int(hi_o + pad + 1)
        any_before = any(d.hi.toordinal() < d_lo for d in dated)
        any_after = any(d.lo.toordinal() > d_hi for d in dated)
        x0 = TL_LABEL + (TL_GUTTER if any_before else 8)
        x1 = TL_WIDTH - TL_RIGHT - (TL_GUTTER if any_after else 0)

        def x_of(ordinal: float) -> float:
            return x0 + (ordinal - d_lo) / (d_hi - d_lo) * (x1 - x0)

        before_x, after_x = TL_LABEL + TL_GUTTER / 2 - 2, TL_WIDTH - TL_RIGHT - TL_GUTTER / 2 + 2
        by_source: dict[str, list[_Dated]] = {}
        for d in dated:
            by_source.setdefault(d.source_id, []).append(d)
        rows = []
        order = [s.id for s in self.report.sources if s.id in by_source]
        for r, sid in enumerate(order):
            y = TL_TOP + TL_ROW * r + TL_ROW / 2
            marks: list[TimelineMark] = []
            for d in sorted(by_source[sid], key=lambda d: (d.lo, d.hi, d.claim_id, d.words)):
                a, b = d.lo.toordinal(), d.hi.toordinal() + 1
                title = (
                    f"“{d.words}”: {d.value}. {self.source_row[sid].label}; "
                    f"verdict: {verdict_label(d.verdict)}" + (f". {d.basis}" if d.basis else "")
                )
                off, open_left, open_right = "", a < d_lo, b > d_hi
                if b <= d_lo or a >= d_hi:
                    off = "before" if b <= d_lo else "after"
                    k = sum(1 for m in marks if m.off == off)
                    xa = xb = (before_x if off == "before" else after_x) + (k % 3 - 1) * 8
                    open_left = open_right = False
                else:
                    xa, xb = x_of(max(a, d_lo)), x_of(min(b, d_hi))
                    if xb - xa < 3:
                        xa = xb = (xa + xb) / 2
                mark = TimelineMark(
                    x1=_fmt(xa),
                    x2=_fmt(xb),
                    w=_fmt(xb - xa),
                    y=_fmt(y),
                    top=_fmt(y - 5),
                    verdict=d.verdict,
                    title=title,
                    href=f"#claim-{d.claim_id}",
                    claim_id=d.claim_id,
                    interval=xb > xa,
                    open_left=open_left,
                    open_right=open_right,
                    off=off,
                )
                marks.append(mark)
            pub = _iso(self.source_row[sid].published)
            pub_x = (
                _fmt(x_of(pub.toordinal() + 0.5))
                if pub and d_lo <= pub.toordinal() < d_hi
                else None
            )
            rows.append(
                TimelineRow(
                    source_id=sid,
                    label=_short(self.source_row[sid].label, 30),
                    full_label=self.source_row[sid].label,
                    y=_fmt(y),
                    text_y=_fmt(y + 4),
                    pub_y=_fmt(y - 7),
                    published_x=pub_x,
                    published=self.source_row[sid].published,
                    marks=tuple(marks),
                )
            )
        start, end = dt.date.fromordinal(d_lo), dt.date.fromordinal(d_hi)
        ticks = tuple(Tick(_fmt(x_of(t.toordinal())), label) for t, label in _ticks(start, end))
        n_off = sum(1 for row in rows for m in row.marks if m.off)
        note = (
            f"{n_off} date{'s' if n_off != 1 else ''} far from the others "
            f"{'are' if n_off != 1 else 'is'} drawn beyond the axis breaks (≪ ≫)."
            if n_off
            else ""
        )
        height = int(TL_TOP + TL_ROW * len(rows) + 8)
        return Timeline(
            width=TL_WIDTH,
            height=height,
            axis_x1=_fmt(x0),
            axis_x2=_fmt(x1),
            axis_y=_fmt(TL_TOP - 6),
            tick_y=_fmt(TL_TOP - 13),
            grid_y2=_fmt(height - 4),
            label_x=_fmt(TL_LABEL - 10),
            break_x1=_fmt(x0 - 6),
            break_x2=_fmt(x1 + 6),
            ticks=ticks,
            rows=tuple(rows),
            before=f"before {start.year}" if any_before else None,
            after=f"after {end.year}" if any_after else None,
            before_x=_fmt(before_x),
            after_x=_fmt(after_x),
            note=note,
        )


def field_label(kind: str, value: Value | dict[str, Any]) -> str:
    """A short human reading of any field's normalized value (names, hedges, dates…).

    Takes a value model or its JSON form (as a finding's sides carry it).
    """
    if isinstance(value, Value):
        value = value.model_dump(mode="json")
    base = kind.split(":")[0]
    if base == "date":
        return _date_label(value)
    if base in ("person", "org", "place", "group", "names") and value.get("name"):
        return str(value["name"])
    if base in ("wording", "cause", "decision") and "words" in value:
        return f"“{value['words']}”" if value["words"] else "(none)"
    if base == "hedge" and value.get("cue"):
        kind_of = value.get("type")
        return f"{value['cue']} ({kind_of})" if kind_of else str(value["cue"])
    if base == "negation":
        return f"negated ({value.get('cue', 'not')})"
    if base == "event":
        return event_label(value)
    if base == "background":
        return f"background: {event_label(value)}"
    if base == "attribution":
        who, cue = value.get("speaker"), value.get("cue")
        return f"{who or 'unnamed'} ({cue})" if cue else str(who or "unnamed")
    return value_label(kind, value)


def event_label(value: dict[str, Any]) -> str:
    """An event as an editor reads it: ``not approve (by council)``, ``will reopen``."""
    words = [str(value.get("predicate", "?"))]
    if value.get("negative"):
        words.insert(0, "not")
    if value.get("modality"):
        words.insert(0, str(value["modality"]))
    if value.get("subject"):
        words.append(f"(by {value['subject']})")
    return " ".join(words)


_VAGUE = {"PAST_REF": "recent past", "PRESENT_REF": "present", "FUTURE_REF": "future"}


def _date_label(value: dict[str, Any]) -> str:
    """A date as an editor reads it: ``2021-03-29``, ``2024``, ``by 2024``, a range."""
    timex = str(value.get("timex") or "")
    lo, hi = value.get("earliest"), value.get("latest")
    mod = value.get("mod")
    if mod and timex[:4].isdigit():
        return f"{mod} {timex}"
    if lo and lo == hi:
        return str(lo)
    if timex and lo and hi and timex[:4].isdigit() and "_" not in timex:
        return timex.replace("|", " or ")
    if lo or hi:
        words = _VAGUE.get(timex)
        span = f"{lo or '…'} – {hi or '…'}"
        return f"{span} ({words})" if words else span
    return timex or "?"


def value_label(kind: str, value: dict) -> str:  # type: ignore[type-arg]
    """A short human reading of a normalized value, for tables."""
    if kind.startswith("date"):
        label = str(value.get("timex") or "?")
        lo, hi = value.get("earliest"), value.get("latest")
        if (lo or hi) and (lo, hi) != (label, label):
            label += f" ({lo or '…'} to {hi or '…'})"
        return label
    if kind.startswith("quantity"):
        return amount_label(value)
    if kind == "places":
        return f" {value.get('connective', '?')} ".join(value.get("places", []))
    if kind == "attribution":
        return str(value.get("speaker") or "unnamed speaker")
    if kind in ("event", "background"):
        return event_label(value)
    if kind == "names" and value.get("name"):
        return str(value["name"])
    if kind in ("wording", "cause", "decision") and "words" in value:
        return f"“{value['words']}”" if value["words"] else "(none)"
    return ", ".join(f"{k}={v}" for k, v in sorted(value.items()))


_BOUND_WORDS = {
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "at_most": "at most",
    "approx": "about",
}


_WORD_UNITS = frozenset({"acre", "century", "day", "decade", "month", "week", "year"})
"""Measures written as words, which take a plural; the rest are symbols ("400 m")."""


def _plural(unit: str) -> str:
    if (unit in UNITS and unit not in _WORD_UNITS) or not unit.isalpha():
        return unit
    return plural(unit)


def amount_label(value: dict[str, Any]) -> str:
    """A quantity as people write it: "$20 million", "more than 400 ships", "0.9%"."""
    lo, hi, bound = value.get("low"), value.get("high"), value.get("bound")
    unit = str(value.get("unit") or "")
    if value.get("tally"):
        a, b = value["tally"]
        return f"{number_words(a)}-{number_words(b)}"
    if bound == "range" or (lo is not None and hi is not None and lo != hi):
        figure = f"{number_words(lo)} to {number_words(hi)}"
    else:
        point = lo if lo is not None else hi
        figure = number_words(point)
        if bound in _BOUND_WORDS:
            figure = f"{_BOUND_WORDS[bound]} {figure}"
    if unit in CURRENCIES:
        if unit == "GBP" and bound is None and lo is not None and lo == hi and 0 < lo < 1:
            return f"{number_words(round(lo * 100, 6))}p"  # "8.1p a share", as written
        return _money(figure, unit)
    if unit == "%":
        return f"{figure}%"
    if not unit:
        return figure
    one = lo == 1 and (hi in (None, 1)) and bound not in ("more_than", "range")
    if "/" in unit and unit.split("/")[1] in RATE_PERIODS:
        span, period = unit.split("/")
        span = _SPAN_WORDS.get(span, span)
        return f"{figure} {span if one else plural(span)} a {period}"  # "15 hours a week"
    return f"{figure} {unit if one else _plural(unit)}"


_SPAN_WORDS = {"h": "hour", "min": "minute"}
"""Words for the spans of time told as a share of a period ("15 hours a week")."""


_SIGN_OF = {code: sign for sign, code in CURRENCY_SIGNS.items()}
"""The sign each currency is written with, where it has one: "$", "£", "€"."""


def _money(figure: str, unit: str) -> str:
    """Put the currency's sign (or else its code) before the number.

    "about $20 million", "£48.2 million", "CHF 5 million".
    """
    sign = _SIGN_OF.get(unit, f"{unit} ")
    words = figure.split(" ")
    for n, w in enumerate(words):
        if w[:1].isdigit():
            words[n] = f"{sign}{w}"
            break
    return " ".join(words)
