"""Run checkfacts in this process, so that the models load once for hundreds of runs.

The report is rendered through the JSON format and parsed back: the scorers read
exactly the contract that ``report.json`` carries, as a user's tool would.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checkfacts import api
from checkfacts.formats import Format, render

ROOT = Path(__file__).resolve().parents[2]


class Runner:
    """``checkfacts report`` on folders, in-process, with the project's settings."""

    def __init__(self) -> None:
        self.settings = api.load_settings(ROOT / "pyproject.toml")
        self.runs = 0
        self.markdown: dict[Path, str] = {}
        """``report.md`` of each folder run, as ``checkfacts report`` writes it."""

    def report(self, folder: Path) -> dict[str, Any]:
        """The report on every article in ``folder``, as the JSON contract (a dict)."""
        self.runs += 1
        result = api.analyse([folder], self.settings)
        self.markdown[folder] = render(result, Format.MARKDOWN)
        data: dict[str, Any] = json.loads(render(result, Format.JSON))
        return data
