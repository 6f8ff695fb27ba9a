"""Gate formats: each renders the one :class:`~checkfacts.gate.GateResult` for a CI system."""

from __future__ import annotations

from checkfacts.gate import GateResult
from checkfacts.gate_formats.github import render_github
from checkfacts.gate_formats.interface import GateFormat, GateRenderer
from checkfacts.gate_formats.json import render_json
from checkfacts.gate_formats.junit import render_junit
from checkfacts.gate_formats.sarif import render_sarif
from checkfacts.gate_formats.text import render_text

RENDERERS: dict[GateFormat, GateRenderer] = {
    GateFormat.TEXT: render_text,
    GateFormat.JSON: render_json,
    GateFormat.SARIF: render_sarif,
    GateFormat.GITHUB: render_github,
    GateFormat.JUNIT: render_junit,
}
"""Every format in :class:`GateFormat`, wired to its renderer."""


def render(result: GateResult, fmt: GateFormat) -> str:
    """Render ``result`` in ``fmt``."""
    return RENDERERS[fmt](result)


__all__ = ["RENDERERS", "GateFormat", "render"]
