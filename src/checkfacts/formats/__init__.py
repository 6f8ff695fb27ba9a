"""Output formats: each renders the one :class:`~checkfacts.models.Report` to a file."""

from __future__ import annotations

from collections.abc import Iterator

from checkfacts.formats.html import render_html, stream_html
from checkfacts.formats.interface import FILE_NAMES, Format, Renderer, Streamer
from checkfacts.formats.json import render_json, stream_json
from checkfacts.formats.markdown import render_markdown
from checkfacts.models import Report

RENDERERS: dict[Format, Renderer] = {
    Format.JSON: render_json,
    Format.MARKDOWN: render_markdown,
    Format.HTML: render_html,
}
"""Every format in :class:`Format`, wired to its renderer."""


def _stream_markdown(report: Report) -> Iterator[str]:
    yield render_markdown(report)  # the summary, a tenth of the JSON's size: made whole


STREAMERS: dict[Format, Streamer] = {
    Format.JSON: stream_json,
    Format.MARKDOWN: _stream_markdown,
    Format.HTML: stream_html,
}
"""Every format in :class:`Format`, wired to a renderer that gives its text in pieces
(what the report writer uses, so that an archive's report is never one string)."""


def render(report: Report, fmt: Format) -> str:
    """Render ``report`` in ``fmt``."""
    return RENDERERS[fmt](report)


def stream(report: Report, fmt: Format) -> Iterator[str]:
    """Render ``report`` as ``fmt``, piece by piece: the pieces join to :func:`render`'s text."""
    return STREAMERS[fmt](report)


__all__ = ["FILE_NAMES", "RENDERERS", "STREAMERS", "Format", "render", "stream"]
