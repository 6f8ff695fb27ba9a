"""Stage 5, cluster: claims and their vectors -> clusters of claims about one thing.

Connected components over "similarity above a threshold" chain a whole story into
one blob. Instead an edge joins two claims only when each is the other's best match
in the other's source (reciprocal nearest neighbours) and they are similar enough;
edges are then taken strongest first, and two groups merge only if the result still
holds at most one claim per source, where a claim that goes on about an earlier one
("They made it public on March 9" after "X and Y signed a memorandum") shares that
claim's place. Every claim ends in exactly one cluster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import networkx as nx
import numpy as np

from checkfacts.models import Claim, Cluster, Verdict

MERGE_THRESHOLD = 0.5
"""Least average similarity for two clusters of two or more claims to merge."""
LINKED_DISCOUNT = 0.1
"""How much less similarity is asked of two clusters that hold a claim and its continuation."""


def align(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    *,
    threshold: float,
    merge_threshold: float = MERGE_THRESHOLD,
) -> list[Cluster]:
    """Group ``claims`` into clusters; verdicts are filled in by the compare stage."""
    n = len(claims)
    if n == 0:
        return []
    sims = vectors @ vectors.T
    sources = sorted({c.source_id for c in claims})
    members = {s: np.array([i for i, c in enumerate(claims) if c.source_id == s]) for s in sources}
    candidates: list[tuple[float, int, int]] = []
    for si, s in enumerate(sources):
        for t in sources[si + 1 :]:
            a, b = members[s], members[t]
            block = sims[np.ix_(a, b)]
            best_in_t = block.argmax(axis=1)
            best_in_s = block.argmax(axis=0)
            for i, j in enumerate(best_in_t):
                if best_in_s[j] == i and block[i, j] >= threshold:
                    candidates.append((float(block[i, j]), int(a[i]), int(b[j])))
    # Strongest first; ties broken by index so that the same input gives the same clusters.
    candidates.sort(key=lambda e: (-round(e[0], 6), e[1], e[2]))
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    root = _roots(claims)
    group = list(range(n))
    slots: dict[int, dict[str, str]] = {i: {claims[i].source_id: root[i]} for i in range(n)}
    for weight, i, j in candidates:
        gi, gj = group[i], group[j]
        if gi == gj or any(slots[gi].get(s, r) != r for s, r in slots[gj].items()):
            continue
        graph.add_edge(i, j, weight=weight)
        for k in range(n):
            if group[k] == gj:
                group[k] = gi
        slots[gi].update(slots.pop(gj))
    _merge_groups(group, slots, sims, graph, threshold=merge_threshold)
    clusters = []
    for component in nx.connected_components(graph):
        idx = sorted(component)
        ids = tuple(sorted(claims[i].id for i in idx))
        if len(idx) == 1:
            central = idx[0]
        else:
            sub = sims[np.ix_(idx, idx)]
            central = idx[int(sub.sum(axis=1).argmax())]
        verdict = Verdict.SINGLE_SOURCE if len(idx) == 1 else Verdict.AGREE
        clusters.append(
            Cluster(
                id=cluster_id(ids),
                claim_ids=ids,
                statement=claims[central].statement,
                verdict=verdict,
            )
        )
    return sorted(clusters, key=lambda c: c.claim_ids)


def _merge_groups(
    group: list[int],
    slots: dict[int, dict[str, str]],
    sims: np.ndarray,
    graph: nx.Graph,
    *,
    threshold: float,
) -> None:
    """Merge clusters of two or more claims whose average similarity is high enough.

    Reciprocal best matches pair the claims of two sources; a second claim of a source
    that goes on about the same event (its continuation) can leave two halves of one
    cluster apart. Average linkage over the halves, strongest pair first, under the
    same one-place-per-source rule, joins them without chaining a topic together.
    """
    while True:
        members: dict[int, list[int]] = {}
        for k, g in enumerate(group):
            members.setdefault(g, []).append(k)
        big = sorted(g for g, m in members.items() if len(m) > 1)
        best: tuple[float, int, int] | None = None
        for x, gi in enumerate(big):
            for gj in big[x + 1 :]:
                if any(slots[gi].get(s, r) != r for s, r in slots[gj].items()):
                    continue
                score = float(sims[np.ix_(members[gi], members[gj])].mean())
                # One source's claim and its continuation sit in the two clusters: the
                # source itself says they are about one thing, so ask for less.
                linked = any(slots[gi].get(s) == r for s, r in slots[gj].items())
                needed = threshold - LINKED_DISCOUNT if linked else threshold
                if score >= needed and (best is None or score > best[0]):
                    best = (score, gi, gj)
        if best is None:
            return
        score, gi, gj = best
        a = max(((i, j) for i in members[gi] for j in members[gj]), key=lambda p: sims[p[0], p[1]])
        graph.add_edge(*a, weight=score)
        for k in members[gj]:
            group[k] = gi
        slots[gi].update(slots.pop(gj))


def _roots(claims: Sequence[Claim]) -> list[str]:
    """For each claim, the first claim of the chain it continues (itself if none)."""
    by_id = {c.id: c for c in claims}
    out = []
    for c in claims:
        seen = {c.id}
        while c.continues is not None and c.continues in by_id and c.continues not in seen:
            c = by_id[c.continues]
            seen.add(c.id)
        out.append(c.id)
    return out


def cluster_id(claim_ids: Sequence[str]) -> str:
    """A stable id for a cluster: a hash of its sorted member ids."""
    return "k" + hashlib.sha1("\n".join(sorted(claim_ids)).encode()).hexdigest()[:10]
