"""JSON report: the versioned contract CI users and other tools read."""

from __future__ import annotations

import json

from checkfacts.models import Report


def render_json(report: Report) -> str:
    """Serialize the report, keys in model order, two-space indent, trailing newline."""
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
