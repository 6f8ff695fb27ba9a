"""The stories stage on hand-made sources, claims and vectors (no embedding model).

Each claim gets a unit vector from a few named directions, so which claims restate
each other is known in advance; names come from hand-made name fields.
"""

from __future__ import annotations

import numpy as np
import pytest

from checkfacts.models import Claim, FieldValue, Published, Source
from checkfacts.stories import split_stories

DIRECTIONS = ("quake", "rescue", "rehab", "court", "vote", "budget")


def _source(sid: str, title: str, published: str | None = None) -> Source:
    return Source(
        id=sid,
        path=f"{sid}.md",
        format="md",
        title=title,
        published=Published(date=published, basis="front_matter" if published else "none"),
        sha256="0" * 64,
    )


def _name(kind: str, name: str) -> FieldValue:
    return FieldValue(
        kind=kind,
        text=name,
        span=(0, len(name)),
        value={"name": name, "key": name.lower(), "label": kind.upper()},
    )


def _claim(sid: str, n: int, names: tuple[FieldValue, ...] = ()) -> Claim:
    text = f"Claim {n} of {sid}."
    return Claim(
        id=f"{sid}-{n}", source_id=sid, text=text, span=(0, len(text)), statement=text,
        fields=names,
    )  # fmt: skip


def _vector(rng: np.random.Generator, **weights: float) -> np.ndarray:
    v = np.array([weights.get(d, 0.0) for d in DIRECTIONS]) + rng.normal(0, 0.05, len(DIRECTIONS))
    return v / np.linalg.norm(v)


def _corpus(
    stories: dict[str, tuple[str, tuple[str, ...]]], per_source: int = 4
) -> tuple[list[Source], list[Claim], np.ndarray]:
    """Sources per story, each with claims along the story's direction and its names."""
    rng = np.random.default_rng(7)
    sources, claims, vectors = [], [], []
    for story, (direction, people) in stories.items():
        for k in range(3):
            sid = f"{story}-{k}"
            sources.append(_source(sid, f"{story} report {k}"))
            for n in range(per_source):
                names = tuple(_name("person", p) for p in people) if n == 0 else ()
                claims.append(_claim(sid, n, names))
                vectors.append(_vector(rng, **{direction: 1.0}))
    return sources, claims, np.array(vectors, dtype=np.float32)


def test_sources_of_two_events_make_two_stories() -> None:
    sources, claims, vectors = _corpus(
        {"quake": ("quake", ("Ana Ruiz",)), "rehab": ("rehab", ("Tom Blake",))}
    )
    stories = split_stories(sources, claims, vectors)
    assert [set(s.source_ids) for s in stories] == [
        {"quake-0", "quake-1", "quake-2"},
        {"rehab-0", "rehab-1", "rehab-2"},
    ]


def test_one_story_stays_one() -> None:
    sources, claims, vectors = _corpus({"vote": ("vote", ("Lea Park", "Jon Oak"))})
    [story] = split_stories(sources, claims, vectors)
    assert story.source_ids == ("vote-0", "vote-1", "vote-2")


def test_mode_one_never_splits() -> None:
    sources, claims, vectors = _corpus(
        {"quake": ("quake", ("Ana Ruiz",)), "court": ("court", ("Sam Vale",))}
    )
    [story] = split_stories(sources, claims, vectors, mode="one")
    assert len(story.source_ids) == 6


def test_a_source_without_claims_joins_the_largest_story() -> None:
    sources, claims, vectors = _corpus(
        {"quake": ("quake", ("Ana Ruiz",)), "budget": ("budget", ("Kim Lo",))}
    )
    sources.append(_source("empty", "A page with no claims"))
    stories = split_stories(sources, claims, vectors)
    assert sum("empty" in s.source_ids for s in stories) == 1


@pytest.mark.parametrize("seed", [1, 2])
def test_ids_and_order_do_not_depend_on_input_order(seed: int) -> None:
    sources, claims, vectors = _corpus(
        {"quake": ("quake", ("Ana Ruiz",)), "rehab": ("rehab", ("Tom Blake",))}
    )
    order = np.random.default_rng(seed).permutation(len(claims))
    shuffled = split_stories(sources[::-1], [claims[i] for i in order], vectors[order])
    assert shuffled == split_stories(sources, claims, vectors)


def test_two_real_stories_in_one_run_are_reported_apart(settings) -> None:
    """The demo (a ship in a canal) and ILRS (a lunar station) together: two stories, and
    no cluster holds claims of both."""
    from checkfacts import api
    from conftest import DEMO, ILRS, need

    report = api.analyse([str(DEMO), str(need(ILRS))], settings)
    corpus = {s.id: ("demo" if s.path.startswith("demo") else "ilrs") for s in report.sources}
    assert sorted(tuple(sorted({corpus[i] for i in st.source_ids})) for st in report.stories) == [
        ("demo",),
        ("ilrs",),
    ]
    story_of = {cid: st.id for st in report.stories for cid in st.cluster_ids}
    claims = {c.id: c for c in report.claims}
    for cluster in report.clusters:
        assert len({corpus[claims[c].source_id] for c in cluster.claim_ids}) == 1
        assert cluster.id in story_of
