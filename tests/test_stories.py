"""The stories stage on hand-made sources, claims and vectors (no embedding model).

Each claim gets a unit vector from a few named directions, so which claims restate
each other is known in advance; names come from hand-made name fields.
"""

from __future__ import annotations

import numpy as np
import pytest

from checkfacts.models import Claim, FieldValue, Published, Source
from checkfacts.stories import SPAN_CAP, STORY_SIMILARITY, bar, split_stories

DIRECTIONS = (
    "quake", "rescue", "rehab", "court", "vote", "budget",
    "peninsula", "summit", "missile", "club", "signing", "sacking",
)  # fmt: skip


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


def _dated(
    reports: list[tuple[str, str | None, dict[str, float], tuple[str, ...]]],
) -> tuple[list[Source], list[Claim], np.ndarray]:
    """Sources from (id, publication date, claim direction, names): four claims each."""
    rng = np.random.default_rng(11)
    sources, claims, vectors = [], [], []
    for sid, published, direction, people in reports:
        sources.append(_source(sid, f"report {sid}", published))
        for n in range(4):
            names = tuple(_name("person", p) for p in people) if n == 0 else ()
            claims.append(_claim(sid, n, names))
            vectors.append(_vector(rng, **direction))
    return sources, claims, np.array(vectors, dtype=np.float32)


# Two stories on one theme, days apart: one name in common, claims that share the theme
# but not the event. A summit on Tuesday and a missile launch on Friday, on one
# peninsula; a club signing a striker on Monday and sacking its manager on Thursday.
THEMES = [
    ("peninsula", ("summit", "Lee Han"), ("missile", "Gen. Pak"), "Kim Ro"),
    ("club", ("signing", "Ola Berg"), ("sacking", "Tim Hale"), "Rita Voss"),
]


def _theme(
    theme: str,
    first: tuple[str, str],
    second: tuple[str, str],
    shared: str,
    dates: tuple[str | None, str | None],
) -> tuple[list[Source], list[Claim], np.ndarray]:
    reports = [
        (f"{event}-{k}", date, {theme: 0.6, event: 0.8}, (shared, person))
        for (event, person), date in ((first, dates[0]), (second, dates[1]))
        for k in range(3)
    ]
    return _dated(reports)


@pytest.mark.parametrize(("theme", "first", "second", "shared"), THEMES)
def test_one_theme_days_apart_is_two_stories(
    theme: str, first: tuple[str, str], second: tuple[str, str], shared: str
) -> None:
    sources, claims, vectors = _theme(theme, first, second, shared, ("2024-05-07", "2024-05-10"))
    first, second = first[0], second[0]
    assert {s.source_ids for s in split_stories(sources, claims, vectors)} == {
        tuple(f"{first}-{k}" for k in range(3)),
        tuple(f"{second}-{k}" for k in range(3)),
    }


@pytest.mark.parametrize(("theme", "first", "second", "shared"), THEMES)
def test_one_theme_on_one_day_stays_one_story(
    theme: str, first: tuple[str, str], second: tuple[str, str], shared: str
) -> None:
    """The same sources published on one day (or undated): nothing says they are days apart.

    Two events of one theme on one day are one story to this stage; the align stage
    keeps their claims apart.
    """
    for dates in (("2024-05-07", "2024-05-07"), (None, None)):
        sources, claims, vectors = _theme(theme, first, second, shared, dates)
        [story] = split_stories(sources, claims, vectors)
        assert len(story.source_ids) == 6


@pytest.mark.parametrize(
    ("direction", "people"),
    [("quake", ("Ana Ruiz",)), ("vote", ("Lea Park", "Jon Oak"))],
)
def test_a_page_dated_the_day_it_was_scraped_joins_the_story_it_restates(
    direction: str, people: tuple[str, ...]
) -> None:
    """A page whose dateline is a year and more later still restates the story's claims.

    It restates them in its own words (similar, not the same): it is not a reprint.
    """
    reports = [(f"{direction}-{k}", "2021-03-29", {direction: 1.0}, people) for k in range(3)]
    reports.append(("scraped", "2022-08-12", {direction: 1.0, "court": 0.6}, people))
    sources, claims, vectors = _dated(reports)
    [story] = split_stories(sources, claims, vectors)
    assert "scraped" in story.source_ids


def _reprinted(
    direction: str, people: tuple[str, ...], dates: tuple[str, str]
) -> tuple[list[Source], list[Claim], np.ndarray]:
    """Three reports of one event, and the same three run again word for word later."""
    reports = [(f"{direction}-{k}", dates[0], {direction: 1.0}, people) for k in range(3)]
    sources, claims, vectors = _dated(reports)
    again = [
        s.model_copy(
            update={
                "id": f"again-{s.id}",
                "published": Published(date=dates[1], basis="front_matter"),
            }
        )
        for s in sources
    ]
    copies = [c.model_copy(update={"source_id": f"again-{c.source_id}"}) for c in claims]
    return sources + again, claims + copies, np.concatenate([vectors, vectors])


@pytest.mark.parametrize(
    ("direction", "people"),
    [("quake", ("Ana Ruiz",)), ("vote", ("Lea Park", "Jon Oak"))],
)
def test_a_reprint_a_year_later_stays_with_its_own_date(
    direction: str, people: tuple[str, ...]
) -> None:
    """An archive that runs the same articles again a year on: two stories, one per run."""
    sources, claims, vectors = _reprinted(direction, people, ("2021-03-29", "2022-03-29"))
    stories = split_stories(sources, claims, vectors)
    assert sorted(s.source_ids for s in stories) == [
        tuple(f"again-{direction}-{k}" for k in range(3)),
        tuple(f"{direction}-{k}" for k in range(3)),
    ]
    # the same words the same day are one story: syndication, not a reprint
    sources, claims, vectors = _reprinted(direction, people, ("2021-03-29", "2021-03-29"))
    [story] = split_stories(sources, claims, vectors)
    assert len(story.source_ids) == 6


def test_a_large_folder_compares_near_neighbours_and_finds_the_same_stories(
    monkeypatch,
) -> None:
    """Past EXACT_SOURCES only near neighbours are compared: same stories on these folders."""
    import checkfacts.stories as stories

    folders = [
        _corpus({"quake": ("quake", ("Ana Ruiz",)), "rehab": ("rehab", ("Tom Blake",))}),
        _theme(*THEMES[0], ("2024-05-07", "2024-05-10")),
        _theme(*THEMES[1], ("2024-05-07", "2024-05-10")),
        _reprinted("quake", ("Ana Ruiz",), ("2021-03-29", "2022-03-29")),
        _reprinted("vote", ("Lea Park",), ("2021-03-29", "2022-03-29")),
    ]
    exact = [split_stories(*folder) for folder in folders]
    monkeypatch.setattr(stories, "EXACT_SOURCES", 0)
    monkeypatch.setattr(stories, "NEIGHBOURS", 3)
    assert [split_stories(*folder) for folder in folders] == exact
    # neighbours are looked for a few sources at a time (memory); how many changes nothing
    monkeypatch.setattr(stories, "_NEAR_BLOCK", 2)
    assert [split_stories(*folder) for folder in folders] == exact


def test_the_bar_rises_with_the_days_spanned_and_stops() -> None:
    assert bar(0.0) == pytest.approx(STORY_SIMILARITY)
    assert bar(1.0) > bar(0.0)
    assert bar(3.0) == pytest.approx(STORY_SIMILARITY + SPAN_CAP)
    assert bar(500.0) == pytest.approx(bar(3.0))
    assert bar(np.nan) == pytest.approx(STORY_SIMILARITY)


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
