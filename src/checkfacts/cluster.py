"""Stage 5, cluster: claims and their vectors -> clusters of claims about one thing.

Connected components over "similarity above a threshold" chain a whole story into
one blob. Instead an edge joins two claims only when each is the other's best match
in the other's source (reciprocal nearest neighbours) and they are similar enough;
edges are then taken strongest first, and two groups merge only if the result still
holds at most one claim per source. Every claim ends in exactly one cluster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import networkx as nx
import numpy as np

from checkfacts.models import Claim, Cluster, Verdict


def align(claims: Sequence[Claim], vectors: np.ndarray, *, threshold: float) -> list[Cluster]:
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
    group = list(range(n))
    group_sources: dict[int, set[str]] = {i: {claims[i].source_id} for i in range(n)}
    for weight, i, j in candidates:
        gi, gj = group[i], group[j]
        if gi == gj or group_sources[gi] & group_sources[gj]:
            continue
        graph.add_edge(i, j, weight=weight)
        for k in range(n):
            if group[k] == gj:
                group[k] = gi
        group_sources[gi] |= group_sources.pop(gj)
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


def cluster_id(claim_ids: Sequence[str]) -> str:
    """A stable id for a cluster: a hash of its sorted member ids."""
    return "k" + hashlib.sha1("\n".join(sorted(claim_ids)).encode()).hexdigest()[:10]
