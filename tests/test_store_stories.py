"""The claim store keeps each story's clusters: a new source re-aligns its own story only.

Two real stories in one repository (the demo's ship in a canal, ILRS's lunar station);
adding an ILRS article must align and compare the ILRS story again and take the demo
story's clusters from the store, and the report must be what a run without a store
gives.
"""

from __future__ import annotations

import json
import shutil

import pytest

from checkfacts import api, pipeline
from checkfacts.config import load_settings
from checkfacts.store import STORIES_FOLDER
from conftest import DEMO, ILRS, need

LATE = "004_a142b2e8e697d8e9.txt"


def _aligned(monkeypatch) -> list[set[str]]:
    """Record the sources of every story the pipeline aligns (the real align runs)."""
    calls: list[set[str]] = []
    real = pipeline.align

    def recording(claims, vectors, **kwargs):
        calls.append({c.source_id for c in claims})
        return real(claims, vectors, **kwargs)

    monkeypatch.setattr(pipeline, "align", recording)
    return calls


@pytest.fixture
def repo(tmp_path):
    for corpus, folder in ((DEMO, "demo"), (ILRS, "ilrs")):
        target = tmp_path / "articles" / folder
        target.mkdir(parents=True)
        for path in sorted(need(corpus).iterdir()):
            if path.name not in {"README.md", LATE}:
                shutil.copy(path, target / path.name)
    (tmp_path / "pyproject.toml").write_text('[tool.checkfacts]\nsources = ["articles"]\n')
    return tmp_path


def test_a_new_source_realigns_its_story_only(repo, monkeypatch):
    settings = load_settings(repo / "pyproject.toml")
    first = api.analyse_with_store(settings=settings)
    assert len(first.report.stories) == 2
    cached = sorted((repo / "claims" / ".cache" / STORIES_FOLDER).glob("*.clusters"))
    assert len(cached) == 2

    calls = _aligned(monkeypatch)
    again = api.analyse_with_store(settings=settings)
    assert calls == []  # nothing changed: every story's clusters come from the store
    assert again.report == first.report

    shutil.copy(ILRS / LATE, repo / "articles" / "ilrs" / LATE)
    added = api.analyse_with_store(settings=settings)
    (aligned,) = calls
    assert {sid.split("-")[0] for sid in aligned} == {"ilrs"}
    assert "ilrs-004-a142b2e8e697d8e9" in aligned
    # the same report as a run that reads and compares everything afresh
    monkeypatch.undo()
    fresh = api.analyse([str(repo / "articles")], settings)
    assert added.report.clusters == fresh.clusters
    assert added.report.stories == fresh.stories
    # the old ILRS story's clusters are no longer kept
    kept = sorted((repo / "claims" / ".cache" / STORIES_FOLDER).glob("*.clusters"))
    assert len(kept) == 2 and kept != cached


def test_a_damaged_story_cache_is_computed_again(repo, monkeypatch):
    settings = load_settings(repo / "pyproject.toml")
    first = api.analyse_with_store(settings=settings)
    for path in (repo / "claims" / ".cache" / STORIES_FOLDER).glob("*.clusters"):
        path.write_text("[{")
    calls = _aligned(monkeypatch)
    again = api.analyse_with_store(settings=settings)
    assert len(calls) == 2
    assert again.report == first.report


def test_store_files_are_what_the_standard_library_writes(repo):
    from checkfacts.store import ClaimStore, dump_stored

    settings = load_settings(repo / "pyproject.toml")
    api.analyse_with_store(settings=settings)
    store = ClaimStore(repo / "claims")
    paths = sorted((repo / "claims").glob("*.json"))
    assert len(paths) == 9
    for path in paths:
        entry = store.load(path.stem)
        assert entry is not None
        expected = json.dumps(entry.model_dump(mode="json"), indent=2, ensure_ascii=False)
        assert dump_stored(entry) == expected + "\n" == path.read_text(encoding="utf-8")
