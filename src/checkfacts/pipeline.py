"""The orchestrator: ingest -> claims -> fields -> embed -> cluster -> compare -> report.

Each stage is a plain function of the one before it; this module only chains them
and reports progress. With a claim store, sources it already holds (same bytes, same
models) skip claims and fields, and statements it has embedded skip the model: the
embedding model is only loaded when some statement is new.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from checkfacts import nlp
from checkfacts.across import compare_across
from checkfacts.claims import extract_claims, sentences_of
from checkfacts.cluster import align
from checkfacts.compare import by_urgency, compare_clusters
from checkfacts.config import Settings
from checkfacts.embed import Stream, embedded_texts
from checkfacts.embedders import make_embedder
from checkfacts.entities import alias_groups
from checkfacts.errors import StoreError
from checkfacts.fields import add_fields
from checkfacts.ingest import ingest
from checkfacts.models import Claim, Cluster, Document, Report
from checkfacts.resolve import resolve_dates
from checkfacts.rules.engine import Engine, build, using
from checkfacts.store import ClaimStore, StoredSource, Trust, story_key, text_key
from checkfacts.stories import split_stories

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``."""


def _quiet(stage: str, done: int, total: int) -> None:
    return None


class RunStats(BaseModel):
    """What a run read afresh and what it took from the claim store."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    extracted: tuple[str, ...] = Field((), description="Sources whose claims were read afresh.")
    reused: tuple[str, ...] = Field((), description="Sources whose claims came from the store.")
    embedded: int = Field(0, description="Distinct statements the model embedded.")
    cached: int = Field(0, description="Distinct statements whose vectors came from the cache.")


@dataclass
class Run:
    """A report with what produced it: the stats, the store entries and the vectors."""

    report: Report
    stats: RunStats
    stored: list[StoredSource] = field(default_factory=list)
    texts: dict[str, list[str]] = field(default_factory=dict)
    """Embedded texts of each source's claims (statements, then what counts count), per
    source id, in claim order."""
    vectors: dict[str, np.ndarray] = field(default_factory=dict)
    """Vector of each embedded statement, by :func:`checkfacts.store.text_key`."""
    stories: dict[str, tuple[Cluster, ...]] = field(default_factory=dict)
    """Each story's clusters, by :func:`checkfacts.store.story_key`."""


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
    return execute(paths, settings, progress, background_model=background_model).report


def execute(
    paths: Sequence[str | Path],
    settings: Settings,
    progress: Progress = _quiet,
    *,
    background_model: bool = False,
    store: ClaimStore | None = None,
    trust: Trust | None = None,
    names: bool = True,
) -> Run:
    """Run the pipeline, reusing what ``store`` holds; return the report and its stats.

    ``names`` False leaves the report's ``entities`` (the alias groups of the names,
    which only the report shows) empty: the gate, which writes no report, skips them.

    Only store files that ``trust`` trusts are reused as they are (the default trusts
    none); a source whose store file claims to be current but is not trusted is read
    again, and :class:`~checkfacts.errors.StoreError` names the file when its stored
    claims differ from what the source gives. The store is only read here; the caller
    writes :attr:`Run.stored` back (under the store's lock).
    """
    engine = rule_engine(settings)  # a bad rule name fails before any work
    documents = ingest(paths, max_bytes=settings.max_bytes, root=settings.root)
    trust = trust or Trust()
    held: dict[str, StoredSource] = {}
    doubted: dict[str, StoredSource] = {}
    for doc in documents if store is not None else ():
        assert store is not None
        entry = store.load(doc.source.id)
        if entry is not None and entry.matches(doc.source, settings.model, settings.spacy_model):
            path = store.path(doc.source.id)
            trusted = trust.trusts(path, path.read_bytes())
            (held if trusted else doubted)[doc.source.id] = entry
    fresh = [d for d in documents if d.source.id not in held]
    new = any(d.source.id not in doubted for d in fresh)
    cache = store.embeddings(settings.model, skip=trust.changed) if store is not None else {}

    def open_stream(background: bool) -> Stream:
        embedder = make_embedder(settings.model, settings.backend, background=background)
        return Stream(embedder, cache, text_key)

    stream = open_stream(background_model) if new else None
    streaming = stream

    def hand_over(found: list[Claim]) -> None:
        if streaming is not None:
            streaming.add(t for c in found for t in embedded_texts(c))

    try:
        read = extract_all(fresh, settings, progress, on_claims=hand_over)
        by_source: dict[str, list[Claim]] = {d.source.id: [] for d in documents}
        for claim in read:
            by_source[claim.source_id].append(claim)
        for doc in fresh:
            sid = doc.source.id
            if sid in doubted and doubted[sid].claims != tuple(by_source[sid]):
                assert store is not None
                raise StoreError(
                    f"stored claims differ from what {doc.source.path} gives",
                    path=store.path(sid),
                )
        for sid, entry in held.items():
            by_source[sid] = list(entry.claims)
        claims = [c for d in documents for c in by_source[d.source.id]]

        progress("embed", 0, 1)
        told = {c.id: embedded_texts(c) for c in claims}  # the masked statement first
        statements = [told[c.id][0] for c in claims]
        texts = {
            d.source.id: [t for c in by_source[d.source.id] for t in told[c.id]] for d in documents
        }
        wanted = {t for ts in texts.values() for t in ts}
        missing = sorted({s for s in wanted if text_key(s) not in cache})
        vectors = {k: cache[k] for k in {text_key(s) for s in wanted} if k in cache}
        if missing:
            stream = stream or open_stream(False)
            stream.add(missing)
            got = stream.vectors()
            vectors.update((k, got[k]) for k in map(text_key, missing))
    finally:
        if stream is not None:
            stream.close()
    matrix = (
        np.asarray(np.stack([vectors[text_key(s)] for s in statements]), dtype=np.float32)
        if statements
        else np.zeros((0, 0), dtype=np.float32)
    )
    progress("embed", 1, 1)

    progress("align", 0, 1)
    sources = {d.source.id: d.source for d in documents}
    index = {c.id: n for n, c in enumerate(claims)}
    by_id = {c.id: c for c in claims}
    groups = split_stories([d.source for d in documents], claims, matrix, mode=settings.stories)

    def similarity(a: str, b: str) -> float:
        return float(matrix[index[a]] @ matrix[index[b]])

    def text_similarity(a: str, b: str) -> float:
        return float(vectors[text_key(a)] @ vectors[text_key(b)])

    story_of = {sid: n for n, group in enumerate(groups) for sid in group.source_ids}
    members_of: list[list[int]] = [[] for _ in groups]
    for n, c in enumerate(claims):
        members_of[story_of[c.source_id]].append(n)
    clusters: list[Cluster] = []
    stories = []
    results: dict[str, tuple[Cluster, ...]] = {}
    for group, members in zip(groups, members_of, strict=True):
        # A claim never aligns across stories: each story is aligned and compared alone.
        story_sources = {sid: sources[sid] for sid in group.source_ids}
        key = story_key(list(story_sources.values()), _decisive(settings))
        kept = store.story(key) if store is not None else None
        if kept is None:
            story_claims = [claims[n] for n in members]
            found = align(story_claims, matrix[members], threshold=settings.similarity)
            resolved = resolve_dates({c.id: c for c in story_claims}, story_sources)
            with using(engine):
                found = compare_clusters(found, resolved, story_sources, similarity)
                across = compare_across(found, resolved, story_sources, similarity, text_similarity)
            kept = (*found, *across)
        results[key] = kept
        clusters += kept
        stories.append(group.with_clusters(list(kept)))
    clusters = by_urgency(clusters, by_id)
    progress("align", 1, 1)
    report = Report(
        stories=tuple(stories),
        sources=tuple(d.source for d in documents),
        claims=tuple(claims),
        clusters=tuple(clusters),
        entities=alias_groups(claims) if names else (),
        texts=tuple(d.content for d in documents),
        model=settings.model,
    )
    stats = RunStats(
        extracted=tuple(d.source.id for d in fresh),
        reused=tuple(sorted(held)),
        embedded=len(missing),
        cached=len(wanted) - len(missing),
    )
    stored = [
        StoredSource(
            model=settings.model,
            spacy_model=settings.spacy_model,
            source=d.source,
            claims=tuple(by_source[d.source.id]),
        )
        for d in documents
    ]
    return Run(
        report=report, stats=stats, stored=stored, texts=texts, vectors=vectors, stories=results
    )


def _decisive(settings: Settings) -> dict[str, object]:
    """The settings a story's clusters depend on (beyond its sources and the code)."""
    return settings.model_dump(
        mode="json",
        include={"model", "backend", "spacy_model", "similarity", "stories", "disable", "rules"},
    )


def rule_engine(settings: Settings) -> Engine:
    """The comparison rules as ``settings`` configure them (ConfigError on unknown names)."""
    return build(settings.similarity, settings.disable, settings.rules)


CHUNK = 32
"""Sources read together: spaCy parses their sentences in one batch."""


def extract_all(
    documents: Sequence[Document],
    settings: Settings,
    progress: Progress = _quiet,
    *,
    on_claims: Callable[[list[Claim]], None] | None = None,
) -> list[Claim]:
    """Claims with fields for every document, in source order.

    Sources are read :data:`CHUNK` at a time: the sentences of all of them, then the
    claims cut from those sentences, each go through spaCy in one batched call (the
    parses are reused, see :func:`checkfacts.nlp.parse`). ``on_claims`` is handed each
    source's claims as soon as they are read.
    """
    model = settings.spacy_model
    claims: list[Claim] = []
    for start in range(0, len(documents), CHUNK):
        chunk = documents[start : start + CHUNK]
        split = [sentences_of(doc, spacy_model=model) for doc in chunk]
        sentences = [
            d.content.text[a:b] for d, ss in zip(chunk, split, strict=True) for a, b, _ in ss
        ]
        nlp.parse(sentences, model)
        drafts = [
            extract_claims(doc, spacy_model=model, sentences=ss)
            for doc, ss in zip(chunk, split, strict=True)
        ]
        nlp.parse([c.text for found in drafts for c in found], model)
        for n, (doc, found) in enumerate(zip(chunk, drafts, strict=True), start):
            progress("claims", n, len(documents))
            date = doc.source.published.date
            published = dt.date.fromisoformat(date) if date else None
            done = add_fields(found, published, spacy_model=model, source_text=doc.content.text)
            claims.extend(done)
            if on_claims is not None:
                on_claims(done)
    progress("claims", len(documents), len(documents))
    return claims
