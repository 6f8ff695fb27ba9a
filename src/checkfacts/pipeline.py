"""The orchestrator: ingest -> claims -> fields -> embed -> cluster -> compare -> report.

Each stage is a plain function of the one before it; this module only chains them
and reports progress.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from checkfacts.claims import extract_claims
from checkfacts.cluster import align
from checkfacts.compare import compare_clusters
from checkfacts.config import Settings
from checkfacts.embed import embed_claims
from checkfacts.embedders.sentence_transformers import SentenceTransformerEmbedder
from checkfacts.entities import alias_groups
from checkfacts.fields import add_fields
from checkfacts.ingest import ingest
from checkfacts.models import Claim, Document, Report

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``."""


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def run(
    paths: Sequence[str | Path],
    settings: Settings,
    progress: Progress = _quiet,
    *,
    background_model: bool = False,
) -> Report:
    """Run the whole pipeline over ``paths`` and return the report.

    ``background_model`` loads the embedding model in a child process while the
    articles are parsed (faster for one run from the command line).
    """
    documents = ingest(paths, max_bytes=settings.max_bytes)
    embedder = SentenceTransformerEmbedder(settings.model, background=background_model)
    claims = extract_all(documents, settings, progress)
    progress("embed", 0, 1)
    vectors = embed_claims(claims, embedder)
    progress("embed", 1, 1)
    progress("align", 0, 1)
    clusters = align(claims, vectors, threshold=settings.similarity)
    sources = {d.source.id: d.source for d in documents}
    index = {c.id: n for n, c in enumerate(claims)}
    clusters = compare_clusters(
        clusters,
        {c.id: c for c in claims},
        sources,
        lambda a, b: float(vectors[index[a]] @ vectors[index[b]]),
    )
    progress("align", 1, 1)
    return Report(
        sources=tuple(d.source for d in documents),
        claims=tuple(claims),
        clusters=tuple(clusters),
        entities=alias_groups(claims),
        texts=tuple(d.content for d in documents),
        model=embedder.name,
    )


def extract_all(
    documents: Sequence[Document], settings: Settings, progress: Progress = _quiet
) -> list[Claim]:
    """Claims with fields for every document, in source order."""
    claims: list[Claim] = []
    for n, doc in enumerate(documents):
        progress("claims", n, len(documents))
        published = (
            dt.date.fromisoformat(doc.source.published.date) if doc.source.published.date else None
        )
        claims.extend(
            add_fields(
                extract_claims(doc, spacy_model=settings.spacy_model),
                published,
                spacy_model=settings.spacy_model,
            )
        )
    progress("claims", len(documents), len(documents))
    return claims
