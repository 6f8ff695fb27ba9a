"""Nearest neighbours of 10,000 sources: what stories.py does, beside two ANN libraries.

Past 1,500 sources, stories.py compares each source with its 20 nearest by mean claim
vector, found exactly: 256 rows of dot products at a time, then ``argpartition``.
This measures that beside faiss-cpu (exact flat index and HNSW) and usearch (HNSW)
on 10,000 random unit vectors of MiniLM's 384 dimensions (random vectors are the
hard case for a graph index; recall is the share of the exact 20 it finds). The two
libraries are optional: ``pip install faiss-cpu usearch``; a missing one is skipped.

    python benchmarks/neighbours.py
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

SOURCES, DIMENSIONS, NEAREST = 10_000, 384, 20


def blocked_exact(x: np.ndarray) -> np.ndarray:
    """Each row's nearest, as stories.py finds them: 256 rows of products at a time."""
    out = []
    for start in range(0, len(x), 256):
        near = x[start : start + 256] @ x.T
        own = np.arange(start, start + len(near))
        near[own - start, own] = -np.inf
        out.append(np.argpartition(-near, NEAREST, axis=1)[:, :NEAREST])
    return np.concatenate(out)


def faiss_search(x: np.ndarray, graph: bool) -> np.ndarray:
    """Each row's nearest from a faiss index: exact (flat) or HNSW."""
    import faiss

    faiss.omp_set_num_threads(2)
    dims = x.shape[1]
    index = (
        faiss.IndexHNSWFlat(dims, 32, faiss.METRIC_INNER_PRODUCT)
        if graph
        else faiss.IndexFlatIP(dims)
    )
    index.add(x)
    _, found = index.search(x, NEAREST + 1)
    return _without_self(found)


def usearch_search(x: np.ndarray) -> np.ndarray:
    """Each row's nearest from a usearch HNSW index."""
    from usearch.index import Index

    index = Index(ndim=x.shape[1], metric="ip", dtype="f32")
    index.add(np.arange(len(x)), x)
    return _without_self(index.search(x, NEAREST + 1).keys)


def _without_self(found: np.ndarray) -> np.ndarray:
    return np.array([row[row != n][:NEAREST] for n, row in enumerate(found)], dtype=object)


def main() -> None:
    """Time each way on the same vectors; recall against the exact neighbours."""
    x = np.random.default_rng(0).standard_normal((SOURCES, DIMENSIONS)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    truth: np.ndarray | None = None
    ways: list[tuple[str, Callable[[], np.ndarray]]] = [
        ("numpy, blocked exact (stories.py)", lambda: blocked_exact(x)),
        ("faiss-cpu, flat (exact)", lambda: faiss_search(x, graph=False)),
        ("faiss-cpu, HNSW", lambda: faiss_search(x, graph=True)),
        ("usearch, HNSW", lambda: usearch_search(x)),
    ]
    print(f"{SOURCES} sources, {NEAREST} nearest each          s   recall")
    for name, way in ways:
        start = time.perf_counter()
        try:
            found = way()
        except ImportError as exc:
            print(f"{name:<40} skipped ({exc})")
            continue
        seconds = time.perf_counter() - start
        truth = found if truth is None else truth
        share = np.mean([len(set(a) & set(b)) / NEAREST for a, b in zip(found, truth, strict=True)])
        print(f"{name:<40} {seconds:5.2f}   {share:.3f}")


if __name__ == "__main__":
    main()
