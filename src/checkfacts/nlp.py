"""Shared spaCy pipelines, loaded once per process from disk (never from a hub)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from checkfacts.errors import ModelError


@cache
def sentencizer() -> Any:
    """A blank English pipeline that only splits sentences: fast, needs no model."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def pipeline(name: str) -> Any:
    """Load the spaCy pipeline ``name``: an installed package or a folder on disk."""
    import spacy

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
_PARSED_LIMIT = 50_000


def parse(texts: list[str], model: str) -> list[Any]:
    """Parse ``texts`` with the spaCy pipeline ``model``, reusing earlier parses.

    The claims stage parses sentences and the fields stage parses claims, which are
    often the very same strings: each is parsed once per process.
    """
    todo = sorted({t for t in texts if (model, t) not in _PARSED})
    if todo:
        if len(_PARSED) + len(todo) > _PARSED_LIMIT:
            _PARSED.clear()
        for text, doc in zip(todo, pipeline(model).pipe(todo), strict=True):
            _PARSED[(model, text)] = doc
    return [_PARSED[(model, t)] for t in texts]
