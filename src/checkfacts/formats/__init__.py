"""Output formats: each renders the one :class:`~checkfacts.models.Report` to a file."""

from __future__ import annotations

from checkfacts.formats.html import render_html
from checkfacts.formats.interface import FILE_NAMES, Format, Renderer
from checkfacts.formats.json import render_json
from checkfacts.formats.markdown import render_markdown
from checkfacts.models import Report

RENDERERS: dict[Format, Renderer] = {
    Format.JSON: render_json,
    Format.MARKDOWN: render_markdown,
    Format.HTML: render_html,
}
"""Every format in :class:`Format`, wired to its renderer."""


def render(report: Report, fmt: Format) -> str:
    """Render ``report`` in ``fmt``."""
    return RENDERERS[fmt](report)


__all__ = ["FILE_NAMES", "RENDERERS", "Format", "render"]
