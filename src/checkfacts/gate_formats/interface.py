"""The contract every gate format meets: render the one gate result to text."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from checkfacts.gate import GateResult


class GateFormat(StrEnum):
    """Output formats of ``checkfacts check``; each maps to one renderer."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    JUNIT = "junit"


class GateRenderer(Protocol):
    """Renders a :class:`GateResult` to text."""

    def __call__(self, result: GateResult) -> str:
        """Return the whole output (deterministic: same result, same text)."""
        ...
