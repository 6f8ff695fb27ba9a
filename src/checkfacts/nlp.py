"""Shared spaCy pipelines, loaded once per process from disk (never from a hub)."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from checkfacts.errors import ModelError


def _meta(name: str) -> dict[str, Any] | None:
    """The ``meta.json`` of spaCy pipeline ``name`` (a folder or a package), or None."""
    try:
        if Path(name).is_dir():
            folder = Path(name)
        else:
            spec = importlib.util.find_spec(name.replace("-", "_"))
            if spec is None or spec.origin is None:
                return None
            folder = Path(spec.origin).parent
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (ImportError, ValueError, OSError):
        return None
    return meta if isinstance(meta, dict) else None


def needs_torch(name: str) -> bool:
    """Whether spaCy pipeline ``name`` needs torch (transformer components); True if unsure."""
    meta = _meta(name)
    if meta is None:
        return True
    parts = [*meta.get("pipeline", ()), *meta.get("requirements", ())]
    return any("transformer" in str(p) or "torch" in str(p) for p in parts)


def _spacy(model: str) -> ModuleType:
    """Import spaCy; without torch when pipeline ``model`` does not need it.

    spaCy's thinc imports torch whenever it is installed, which costs more than a
    second at every start; the statistical pipelines never use it. Torch stays
    importable for everything else in the process.
    """
    if "spacy" in sys.modules or "torch" in sys.modules or needs_torch(model):
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # thinc then skips torch
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy


@cache
def sentencizer(model: str) -> Any:
    """A blank English pipeline that only splits sentences, made beside pipeline ``model``."""
    nlp = _spacy(model).blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def pipeline(name: str) -> Any:
    """Load the spaCy pipeline ``name``: an installed package or a folder on disk."""
    spacy = _spacy(name)

    try:
        if Path(name).is_dir():
            return spacy.load(Path(name))
        return spacy.load(name.replace("-", "_"))
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is neither an installed package nor a folder "
            "(set spacy_model in [tool.checkfacts] or pass --spacy-model)"
        ) from exc


_PARSED: dict[tuple[str, str], Any] = {}
_PARSED_LIMIT = 10_000


def stop_words(model: str) -> frozenset[str]:
    """The function words of spaCy pipeline ``model``'s language ("into", "after")."""
    return frozenset(pipeline(model).Defaults.stop_words)


def parse(texts: list[str], model: str) -> list[Any]:
    """Parse ``texts`` with the spaCy pipeline ``model``, reusing earlier parses.

    The claims stage parses sentences and the fields stage parses claims, which are
    often the very same strings: each is parsed once per process.
    """
    wanted = set(texts)
    todo = sorted(t for t in wanted if (model, t) not in _PARSED)
    if todo:
        if len(_PARSED) + len(todo) > _PARSED_LIMIT:
            _PARSED.clear()  # and parse again what this call wants that was kept
            todo = sorted(wanted)
        for text, doc in zip(todo, pipeline(model).pipe(todo), strict=True):
            _PARSED[(model, text)] = doc
    return [_PARSED[(model, t)] for t in texts]
