"""The cluster stage on hand-made claims and vectors (no embedding model).

Each claim gets a unit vector built from a few named directions, so the similarity
of two claims is known in advance: claims that share a direction are alike.
"""

from __future__ import annotations

import numpy as np

from checkfacts.cluster import align, cluster_id
from checkfacts.models import Claim, Verdict

DIRECTIONS = ("signing", "grounding", "weather", "toll")


def _claim(source: str, n: int, text: str, continues: str | None = None) -> Claim:
    return Claim(
        id=f"{source}-{n}",
        source_id=source,
        text=text,
        span=(0, len(text)),
        statement=text,
        continues=continues,
    )


def _vector(**weights: float) -> np.ndarray:
    v = np.array([weights.get(d, 0.0) for d in DIRECTIONS], dtype=np.float32)
    return v / np.linalg.norm(v)


def _clusters(rows: list[tuple[Claim, np.ndarray]], threshold: float = 0.55) -> list[set[str]]:
    claims = [c for c, _ in rows]
    matrix = np.stack([v for _, v in rows])
    return [set(k.claim_ids) for k in align(claims, matrix, threshold=threshold)]


def test_the_same_fact_in_three_sources_is_one_cluster() -> None:
    rows = [
        (_claim("a", 0, "The accord was signed on Tuesday."), _vector(signing=1)),
        (_claim("b", 0, "They signed the accord on March 9."), _vector(signing=1, weather=0.1)),
        (_claim("c", 0, "The accord was inked this week."), _vector(signing=1, toll=0.1)),
        (_claim("a", 1, "Storms closed the port."), _vector(weather=1)),
    ]
    assert {"a-0", "b-0", "c-0"} in _clusters(rows)
    assert {"a-1"} in _clusters(rows)


def test_one_source_never_holds_two_places_in_a_cluster() -> None:
    rows = [
        (_claim("a", 0, "The ship ran aground on Tuesday."), _vector(grounding=1)),
        # similarity 0.55 to the grounding: alike, but no repeat of it (REPEAT_SIMILARITY)
        (_claim("a", 1, "The ship was refloated on Monday."), _vector(grounding=1, signing=1.5)),
        (_claim("b", 0, "The vessel ran aground on March 23."), _vector(grounding=1)),
    ]
    found = _clusters(rows)
    assert {"a-0", "b-0"} in found
    for cluster in found:
        sources = [cid.split("-")[0] for cid in cluster]
        assert len(sources) == len(set(sources))


def test_unrelated_claims_stay_apart_below_the_threshold() -> None:
    rows = [
        (_claim("a", 0, "Twelve people died in the floods."), _vector(toll=1)),
        (_claim("b", 0, "The accord was signed on Tuesday."), _vector(signing=1)),
    ]
    assert _clusters(rows) == [{"a-0"}, {"b-0"}]


def test_a_continuation_may_share_its_claims_cluster() -> None:
    first = _claim("a", 0, "The two ministers signed a memorandum.")
    then = _claim("a", 1, "They made it public on March 9.", continues="a-0")
    rows = [
        (first, _vector(signing=1)),
        (then, _vector(signing=1, weather=0.3)),
        (_claim("b", 0, "A memorandum was signed and published on March 9."), _vector(signing=1)),
    ]
    merged = next(c for c in _clusters(rows) if "b-0" in c)
    assert "a-0" in merged


def test_clusters_and_ids_are_stable_whatever_the_input_order() -> None:
    rows = [
        (_claim("a", 0, "The accord was signed on Tuesday."), _vector(signing=1)),
        (_claim("b", 0, "They signed the accord on March 9."), _vector(signing=1, weather=0.1)),
        (_claim("c", 0, "Storms closed the port."), _vector(weather=1)),
    ]
    claims = [c for c, _ in rows]
    forward = align(claims, np.stack([v for _, v in rows]), threshold=0.55)
    backward = align(claims[::-1], np.stack([v for _, v in rows[::-1]]), threshold=0.55)
    assert [(k.id, k.claim_ids) for k in forward] == [(k.id, k.claim_ids) for k in backward]
    assert all(k.id == cluster_id(k.claim_ids) for k in forward)
    assert {k.verdict for k in forward} == {Verdict.RELATED, Verdict.SINGLE_SOURCE}
