"""The contract every field extractor meets.

An extractor finds fields of its kind in a piece of text and normalizes their values;
how two values relate is for the rules (``checkfacts.rules``), not the extractor.
Spans it returns are relative to the text it was given; the ``fields`` stage shifts
them into the source's coordinates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from checkfacts.models import FieldValue


@dataclass(frozen=True)
class Context:
    """What an extractor may know beyond the text itself."""

    published: dt.date | None = None
    """The source's publication date, or None when it is unknown."""
    doc: Any = None
    """A spaCy ``Doc`` of exactly the given text, when the caller has one (else None)."""
    tense: str | None = None
    """'past' or 'future' to read every relative date that way; None reads each clause."""


class Extractor(Protocol):
    """A field family: finds its fields and normalizes their values."""

    @property
    def kinds(self) -> tuple[str, ...]:
        """Field kinds this extractor produces (its ``FieldValue.kind`` values)."""
        ...

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return the fields found in ``text``, spans relative to ``text``, sorted by start."""
        ...
