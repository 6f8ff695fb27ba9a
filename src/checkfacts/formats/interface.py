"""The contract every output format meets: render the one report model to text."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Protocol

from checkfacts.models import Report


class Format(StrEnum):
    """Output formats of ``checkfacts report``; each maps to one renderer."""

    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


FILE_NAMES = {Format.JSON: "report.json", Format.MARKDOWN: "report.md", Format.HTML: "report.html"}
"""The file each format is written to inside the output folder."""


class Renderer(Protocol):
    """Renders a :class:`Report` to the text of one file."""

    def __call__(self, report: Report) -> str:
        """Return the whole file as text (deterministic: same report, same text)."""
        ...


class Streamer(Protocol):
    """Renders a :class:`Report` to the text of one file, in pieces that join to it."""

    def __call__(self, report: Report) -> Iterator[str]:
        """Yield the file's text in order (deterministic, as :class:`Renderer`)."""
        ...
