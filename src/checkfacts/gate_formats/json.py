"""The gate result as JSON: the :class:`~checkfacts.gate.GateResult` model, dumped."""

from __future__ import annotations

import json

from checkfacts.gate import GateResult


def render_json(result: GateResult) -> str:
    """The result as indented JSON, with the counts and whether the gate failed."""
    data = result.model_dump(mode="json")
    data["failed"] = result.failed
    data["counts"] = {"new": len(result.new), "accepted": len(result.accepted)}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
