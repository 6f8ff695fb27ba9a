"""The contract every field extractor meets.

An extractor finds fields of its kind in a piece of text and says how two of its
normalized values relate. Spans it returns are relative to the text it was given;
the ``fields`` stage shifts them into the source's coordinates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from checkfacts.models import FieldValue, Verdict


@dataclass(frozen=True)
class Context:
    """What an extractor may know beyond the text itself."""

    published: dt.date | None = None
    """The source's publication date, or None when it is unknown."""
    doc: Any = None
    """A spaCy ``Doc`` of exactly the given text, when the caller has one (else None)."""
    tense: str | None = None
    """'past' or 'future' to read every relative date that way; None reads each clause."""


@dataclass(frozen=True)
class Comparison:
    """How two normalized values of one kind relate."""

    verdict: Verdict
    """agree, compatible, nuance or conflict."""
    rule: str
    """Dotted name of the rule that decided, e.g. 'date.weekday_fits'."""
    explanation: str
    """Plain words naming both values and why the rule decided so."""


class Extractor(Protocol):
    """A field family: finds its fields and compares their values."""

    @property
    def kinds(self) -> tuple[str, ...]:
        """Field kinds this extractor produces (its ``FieldValue.kind`` values)."""
        ...

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return the fields found in ``text``, spans relative to ``text``, sorted by start."""
        ...

    def compare(self, a: FieldValue, b: FieldValue) -> Comparison:
        """Say how two fields of this extractor's kinds relate (symmetric in a and b)."""
        ...
