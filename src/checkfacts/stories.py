"""Stage 5a, stories: sources -> the stories they tell; claims align only within one.

A folder may mix stories: two earthquakes a year apart, two celebrities checking into
rehab, this week's vote and last month's. Aligning claims across them lines up similar
facts about different events. So sources are first grouped into stories, and every
later stage (align, resolve, compare, across) runs within one story.

Two sources belong to one story when they restate each other's claims (each claim's
best match in the other source) and name the same people, organisations and places
(each name weighted by how rare it is in the folder: a name every source uses tells
little).

Coverage of one story bunches in time. Two reports of the same day need only resemble
each other; reports days apart must restate each other more to be one story, because
news about one country, court or company on different days is usually a new story
(the summit on Tuesday, the missile test on Friday). The bar rises with the number of
days between a group's first and last publication date, and stops rising after a few
days, so a page whose dateline is the day it was scraped, years later, still joins
the story it restates: its dates are what the compare stage is there to check.
Sources are grouped by average linkage, widest margin above the bar first: a source
joins a story only if it resembles the story's sources on average, so one shared name
does not chain two stories together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from checkfacts.models import Claim, NameValue, Source, Story

NAME_KINDS = ("person", "org", "place", "group")
"""Field kinds whose names say which story a source tells."""

NAME_WEIGHT = 0.3
"""Share of the names in the similarity of two sources (the rest is what they say)."""

STORY_SIMILARITY = 0.3
"""Least average similarity for two groups of sources published within a day to be one story."""

SPAN_STEP = 0.08
"""How much the bar rises each time the days a story spans double (1, 3, 7 days...)."""

SPAN_CAP = 0.16
"""The most the bar rises, reached at a span of three days: a wrong dateline costs no more."""


def split_stories(
    sources: Sequence[Source],
    claims: Sequence[Claim],
    vectors: np.ndarray,
    *,
    mode: str = "auto",
) -> list[Story]:
    """Group ``sources`` into stories, largest first; ``mode`` 'one' keeps them together.

    ``vectors`` holds one unit vector per claim, in the order of ``claims``. A source
    without claims has nothing to align; it joins the largest story.
    """
    ids = sorted(s.id for s in sources)
    if mode == "one" or len(ids) < 3:
        return [_story(ids, sources)]
    told = sorted({c.source_id for c in claims})
    sims = source_similarity(told, claims, vectors)
    published = {s.id: s.published.date for s in sources}
    days = np.array([_day(published.get(i)) for i in told], dtype=np.float64)
    groups = [[told[i] for i in g] for g in _average_linkage(sims, days, STORY_SIMILARITY)]
    groups.sort(key=lambda g: (-len(g), g))
    known = set(told)
    silent = [i for i in ids if i not in known]
    if not groups:
        return [_story(ids, sources)]
    groups[0] = groups[0] + silent
    stories = [_story(g, sources) for g in groups]
    return sorted(stories, key=lambda s: (-len(s.source_ids), s.source_ids))


def source_similarity(
    ids: Sequence[str], claims: Sequence[Claim], vectors: np.ndarray
) -> np.ndarray:
    """How alike every two of the sources ``ids`` (sorted, each with claims) are, 0 to 1.

    :data:`NAME_WEIGHT` of it is the names they share (:func:`_name_similarity`), the
    rest what they say: for each claim of one, its best match among the other's claims,
    averaged over the claims of both. Two reports of one event restate many of each
    other's claims; two reports of similar events share a theme, not their claims.
    """
    at = {sid: n for n, sid in enumerate(ids)}
    order = sorted(range(len(claims)), key=lambda n: (at[claims[n].source_id], n))
    owner = np.array([at[claims[n].source_id] for n in order])
    matrix = vectors[order].astype(np.float32)
    starts = np.searchsorted(owner, np.arange(len(ids)))
    counts = np.bincount(owner, minlength=len(ids)).astype(np.float64)
    best = np.maximum.reduceat(matrix @ matrix.T, starts, axis=1)  # claim x source
    mean = np.add.reduceat(best.astype(np.float64), starts, axis=0) / counts[:, None]
    said = np.clip((mean + mean.T) / 2, 0.0, 1.0)
    names: list[Counter[str]] = [Counter() for _ in ids]
    for claim in claims:
        for f in claim.fields:
            if f.kind in NAME_KINDS and isinstance(f.value, NameValue) and f.value.key:
                names[at[claim.source_id]][f"{f.kind}:{f.value.key}"] += 1
    out: np.ndarray = NAME_WEIGHT * _name_similarity(names) + (1 - NAME_WEIGHT) * said
    return out


def _name_similarity(names: Sequence[Counter[str]]) -> np.ndarray:
    """Cosine of the sources' name counts, each name weighted by its rarity (smoothed IDF)."""
    df: Counter[str] = Counter()
    for counts in names:
        df.update(counts.keys())
    total = len(names)
    vocab = sorted(df)
    col = {name: n for n, name in enumerate(vocab)}
    weights = np.zeros((total, len(vocab)), dtype=np.float64)
    for i, counts in enumerate(names):
        for name, k in counts.items():
            idf = math.log((1 + total) / (1 + df[name])) + 1
            weights[i, col[name]] = (1 + math.log(k)) * idf
    norms = np.linalg.norm(weights, axis=1, keepdims=True)
    weights = np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
    out: np.ndarray = weights @ weights.T
    return out


def _day(date: str | None) -> float:
    """The day number of an ISO date, or NaN when the source has none."""
    return float(dt.date.fromisoformat(date).toordinal()) if date else math.nan


def bar(span_days: np.ndarray | float, threshold: float = STORY_SIMILARITY) -> np.ndarray:
    """Least average similarity to join two groups whose dates span ``span_days``."""
    span = np.nan_to_num(np.asarray(span_days, dtype=np.float64), nan=0.0)
    out: np.ndarray = threshold + np.minimum(SPAN_CAP, SPAN_STEP * np.log2(1.0 + span))
    return out


def _average_linkage(sims: np.ndarray, days: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage groups of indices, under a bar that rises with the days spanned.

    ``days`` holds each index's publication day (NaN when unknown). Merge the two groups
    whose average similarity clears :func:`bar` for the span of their joined dates by
    the widest margin, while one does. Sums of similarity between groups and each
    group's first and last day are kept and updated on each merge; ties go to the
    lowest indices.
    """
    n = len(sims)
    total = sims.astype(np.float64).copy()
    size = np.ones(n)
    first = days.astype(np.float64).copy()
    last = first.copy()
    active = np.ones(n, dtype=bool)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    while True:
        mean = total / np.outer(size, size)
        span = np.fmax.outer(last, last) - np.fmin.outer(first, first)
        margin = mean - bar(span, threshold)
        allowed = np.triu(np.outer(active, active), k=1) & (margin >= 0)
        if not allowed.any():
            break
        score = np.where(allowed, margin, -np.inf)
        x, y = np.unravel_index(int(np.argmax(score)), score.shape)
        total[x] += total[y]
        total[:, x] += total[:, y]
        size[x] += size[y]
        first[x] = np.fmin(first[x], first[y])
        last[x] = np.fmax(last[x], last[y])
        active[y] = False
        members[int(x)] += members.pop(int(y))
    return sorted(sorted(m) for m in members.values())


def _story(ids: Sequence[str], sources: Sequence[Source]) -> Story:
    by_id = {s.id: s for s in sources}
    members = sorted(ids)
    first = min(members, key=lambda i: (by_id[i].published.date or "9999", i))
    title = by_id[first].title or by_id[first].path
    digest = hashlib.sha1("\n".join(members).encode()).hexdigest()[:10]
    return Story(id=f"s{digest}", title=title, source_ids=tuple(members))
