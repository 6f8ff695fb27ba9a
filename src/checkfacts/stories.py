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

A reprint is not a restatement: two sources that say the same things almost word for
word (:data:`REPRINT`) but were published more than a few days apart are the same
article run again (an archive page, a syndicated copy a year on), and each stays with
the coverage of its own date; they are never put in one story.

Scale: up to :data:`EXACT_SOURCES` sources every two are compared, a block of claims
at a time (memory grows with the folder, not its square). Past that, as in an archive
of thousands of articles, each source is compared only with its :data:`NEIGHBOURS`
nearest (by the mean of its claim vectors, less the bar for the days between them),
and average linkage runs within each group of sources that such links join.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence

import networkx as nx
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

REPRINT = 0.95
"""Least similarity of what two sources say for one to be a reprint of the other."""

REPRINT_DAYS = 3
"""Days apart past which two near-identical sources are two runs of one article."""

EXACT_SOURCES = 1500
"""Most sources whose every pair is compared; past it, only near neighbours are."""

NEIGHBOURS = 20
"""Sources each source is compared with in a folder past :data:`EXACT_SOURCES`."""

_BLOCK = 2048
"""Claims whose similarities to all others are held at once."""

_NEAR_BLOCK = 256
"""Sources whose nearness to all others is held at once: a few float64 rows per source
of the folder each (20 MB at 10,000 sources, where 2,048 at once held 900 MB)."""


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
    published = {s.id: s.published.date for s in sources}
    days = np.array([_day(published.get(i)) for i in told], dtype=np.float64)
    if len(told) <= EXACT_SOURCES:
        sims, said = source_similarity(told, claims, vectors)
        found = _linkage_by_component(sims, days, _reprints(said, days))
    else:
        found = _neighbour_linkage(told, claims, vectors, days)
    groups = [[told[i] for i in g] for g in found]
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
) -> tuple[np.ndarray, np.ndarray]:
    """How alike every two of the sources ``ids`` (sorted, each with claims) are, 0 to 1.

    Returns the similarity and, apart, its share from what they say. :data:`NAME_WEIGHT`
    of it is the names they share (:func:`_name_similarity`), the rest what they say:
    for each claim of one, its best match among the other's claims, averaged over the
    claims of both. Two reports of one event restate many of each other's claims; two
    reports of similar events share a theme, not their claims.
    """
    at = {sid: n for n, sid in enumerate(ids)}
    order = sorted(range(len(claims)), key=lambda n: (at[claims[n].source_id], n))
    owner = np.array([at[claims[n].source_id] for n in order])
    matrix = vectors[order].astype(np.float32)
    starts = np.searchsorted(owner, np.arange(len(ids)))
    counts = np.bincount(owner, minlength=len(ids)).astype(np.float64)
    best = np.empty((len(order), len(ids)), dtype=np.float32)  # claim x source
    for row in range(0, len(order), _BLOCK):
        block = matrix[row : row + _BLOCK] @ matrix.T
        best[row : row + _BLOCK] = np.maximum.reduceat(block, starts, axis=1)
    mean = np.add.reduceat(best.astype(np.float64), starts, axis=0) / counts[:, None]
    said = np.clip((mean + mean.T) / 2, 0.0, 1.0)
    names = _names(ids, claims)
    out: np.ndarray = NAME_WEIGHT * _name_similarity(names) + (1 - NAME_WEIGHT) * said
    return out, said


def _names(ids: Sequence[str], claims: Sequence[Claim]) -> list[Counter[str]]:
    """How often each source names each person, organisation, place and group."""
    at = {sid: n for n, sid in enumerate(ids)}
    names: list[Counter[str]] = [Counter() for _ in ids]
    for claim in claims:
        for f in claim.fields:
            if f.kind in NAME_KINDS and isinstance(f.value, NameValue) and f.value.key:
                names[at[claim.source_id]][f"{f.kind}:{f.value.key}"] += 1
    return names


def _linkage_by_component(sims: np.ndarray, days: np.ndarray, apart: np.ndarray) -> list[list[int]]:
    """:func:`_average_linkage` run apart on each group of sources linked over the bar.

    Two sources whose similarity is under the lowest bar can only share a story through
    others; sources no chain of such links joins can never do so, since any average
    between their groups stays under the bar. So the groups are the same as one run
    over the whole folder gives, at a fraction of the cost.
    """
    rows, cols = np.nonzero(np.triu(sims >= STORY_SIMILARITY, k=1))
    found: list[list[int]] = []
    for members in _components(len(sims), zip(rows.tolist(), cols.tolist(), strict=True)):
        at = np.ix_(members, members)
        found += _linkage_within(members, sims[at], days[members], apart[at])
    return sorted(found)


def _linkage_within(
    members: list[int], sims: np.ndarray, days: np.ndarray, apart: np.ndarray
) -> list[list[int]]:
    """:func:`_average_linkage` over ``members`` (their similarities given), as members."""
    groups = _average_linkage(sims, days, STORY_SIMILARITY, apart)
    return [sorted(members[g] for g in group) for group in groups]


def _components(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups of ``range(n)`` that ``links`` join, each sorted."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(links)
    return [sorted(c) for c in nx.connected_components(graph)]


def _reprints(said: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Pairs of sources that say the same, near word for word, days apart: never one story."""
    apart = np.abs(days[:, None] - days[None, :]) > REPRINT_DAYS  # False when undated
    out: np.ndarray = (said >= REPRINT) & apart
    return out


def _neighbour_linkage(
    ids: Sequence[str], claims: Sequence[Claim], vectors: np.ndarray, days: np.ndarray
) -> list[list[int]]:
    """Stories of a large folder: each source compared only with its nearest neighbours.

    A source's neighbours are those whose mean claim vector is closest, less the bar
    for the days between them, so that of many similar sources the ones of its own
    days come first. Each neighbour pair is compared as :func:`source_similarity`
    compares all pairs; sources that such a pair could join (similarity over the
    lowest bar) are linked, and average linkage runs within each linked group, pairs
    never compared counting as unlike.
    """
    at = {sid: n for n, sid in enumerate(ids)}
    rows: list[list[int]] = [[] for _ in ids]
    for n, claim in enumerate(claims):
        rows[at[claim.source_id]].append(n)
    means = np.stack([vectors[r].mean(axis=0) for r in rows]).astype(np.float32)
    means /= np.clip(np.linalg.norm(means, axis=1, keepdims=True), 1e-12, None)
    k = min(NEIGHBOURS, len(ids) - 1)
    found_pairs = []
    for start in range(0, len(ids), _NEAR_BLOCK):
        near = means[start : start + _NEAR_BLOCK] @ means.T
        near -= bar(np.abs(days[start : start + _NEAR_BLOCK, None] - days[None, :]))
        own = np.arange(start, start + len(near))
        near[own - start, own] = -np.inf
        nearest = np.argpartition(-near, k, axis=1)[:, :k]
        left, right = np.repeat(own, k), nearest.ravel()
        found_pairs.append(np.stack([np.minimum(left, right), np.maximum(left, right)], axis=1))
    pairs: list[list[int]] = (
        np.unique(np.concatenate(found_pairs), axis=0).tolist() if found_pairs else []
    )
    names = _names(ids, claims)
    vocab = {name: n for n, name in enumerate(sorted({n for c in names for n in c}))}
    weights = _name_weights(names)
    name_at = [np.array([vocab[n] for n in w], dtype=np.int64) for w in weights]
    name_w = [np.array(list(w.values()), dtype=np.float64) for w in weights]
    dense = np.zeros(len(vocab), dtype=np.float64)
    said: dict[tuple[int, int], float] = {}
    sims: dict[tuple[int, int], float] = {}
    partners: dict[int, list[int]] = {}
    for a, b in pairs:
        partners.setdefault(a, []).append(b)
    for i, js in partners.items():
        # one product for a source and all its partners, cut back into partners
        sizes = [len(rows[j]) for j in js]
        starts = np.cumsum([0, *sizes[:-1]])
        m = vectors[rows[i]] @ vectors[np.concatenate([rows[j] for j in js])].T
        mine = np.maximum.reduceat(m, starts, axis=1).mean(axis=0)
        theirs = np.add.reduceat(m.max(axis=0).astype(np.float64), starts) / np.array(sizes)
        # the names the source shares with each partner, weighted: one gather for all
        dense[name_at[i]] = name_w[i]
        segment = np.repeat(np.arange(len(js)), [len(name_at[j]) for j in js])
        gathered = np.concatenate([name_at[j] for j in js])
        products = dense[gathered] * np.concatenate([name_w[j] for j in js])
        shared = np.bincount(segment, weights=products, minlength=len(js))
        dense[name_at[i]] = 0.0
        told_all = np.clip((mine + theirs) / 2, 0.0, 1.0).tolist()
        for j, told, common in zip(js, told_all, shared.tolist(), strict=True):
            said[(i, j)] = told
            sims[(i, j)] = NAME_WEIGHT * common + (1 - NAME_WEIGHT) * told
    found: list[list[int]] = []
    groups = _components(len(ids), (p for p, v in sims.items() if v >= STORY_SIMILARITY))
    place = {g: (c, n) for c, members in enumerate(groups) for n, g in enumerate(members)}
    subs = [np.eye(len(m)) for m in groups]
    told_subs = [np.eye(len(m)) for m in groups]
    for (a, b), value in sims.items():
        (ca, x), (cb, y) = place[a], place[b]
        if ca == cb:
            subs[ca][x, y] = subs[ca][y, x] = value
            told_subs[ca][x, y] = told_subs[ca][y, x] = said[(a, b)]
    for members, sub, told_sub in zip(groups, subs, told_subs, strict=True):
        sub_days = days[members]
        found += _linkage_within(members, sub, sub_days, _reprints(told_sub, sub_days))
    return sorted(found)


def _name_weights(names: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Each source's names weighted by their rarity (smoothed IDF), unit length."""
    df: Counter[str] = Counter()
    for counts in names:
        df.update(counts.keys())
    total = len(names)
    out: list[dict[str, float]] = []
    for counts in names:
        row = {
            name: (1 + math.log(k)) * (math.log((1 + total) / (1 + df[name])) + 1)
            for name, k in sorted(counts.items())
        }
        norm = math.sqrt(sum(w * w for w in row.values()))
        out.append({name: w / norm for name, w in row.items()} if norm > 0 else {})
    return out


def _name_similarity(names: Sequence[Counter[str]]) -> np.ndarray:
    """Cosine of the sources' name counts, each name weighted by its rarity (smoothed IDF)."""
    vocab = sorted({name for counts in names for name in counts})
    col = {name: n for n, name in enumerate(vocab)}
    weights = np.zeros((len(names), len(vocab)), dtype=np.float64)
    for i, row in enumerate(_name_weights(names)):
        for name, w in row.items():
            weights[i, col[name]] = w
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


def _average_linkage(
    sims: np.ndarray, days: np.ndarray, threshold: float, apart: np.ndarray | None = None
) -> list[list[int]]:
    """Average-linkage groups of indices, under a bar that rises with the days spanned.

    ``days`` holds each index's publication day (NaN when unknown); ``apart`` marks
    pairs that may never share a group. Merge the two groups whose average similarity
    clears :func:`bar` for the span of their joined dates by the widest margin, while
    one does. Sums of similarity between groups and each group's first and last day
    are kept and updated on each merge; ties go to the lowest indices.
    """
    n = len(sims)
    total = sims.astype(np.float64).copy()
    size = np.ones(n)
    first = days.astype(np.float64).copy()
    last = first.copy()
    active = np.ones(n, dtype=bool)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    never = np.zeros((n, n), dtype=bool) if apart is None else apart.copy()
    while True:
        mean = total / np.outer(size, size)
        span = np.fmax.outer(last, last) - np.fmin.outer(first, first)
        margin = mean - bar(span, threshold)
        allowed = np.triu(np.outer(active, active), k=1) & (margin >= 0) & ~never
        if not allowed.any():
            break
        score = np.where(allowed, margin, -np.inf)
        x, y = np.unravel_index(int(np.argmax(score)), score.shape)
        total[x] += total[y]
        total[:, x] += total[:, y]
        never[x] |= never[y]
        never[:, x] |= never[:, y]
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
