"""Shared fixtures: paths to the real corpora, and reports built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
ILRS = CORPORA / "ilrs"
NEWSWCL = CORPORA / "newswcl50"
DEMO = ROOT / "demo"


def need(path: Path) -> Path:
    """Fail loudly (not skip) when a shared corpus is missing: CI has them."""
    assert path.exists(), f"{path} is missing: tests read the shared corpora beside the project"
    return path


@pytest.fixture(scope="session")
def settings():
    from checkfacts.config import load_settings

    return load_settings(ROOT / "pyproject.toml")


@pytest.fixture(scope="session")
def ilrs_report(settings):
    from checkfacts import api

    return api.analyse([str(need(ILRS))], settings)


@pytest.fixture(scope="session")
def demo_report(settings):
    from checkfacts import api

    return api.analyse([str(need(DEMO))], settings)
