"""SARIF 2.1.0 for code scanning: one rule per verdict, one result per finding.

Each result sits at the line and columns of the claim that brought the finding,
carries a ``partialFingerprints`` entry (the finding's fingerprint) and a
``baselineState``: ``new``, or ``unchanged`` with an external suppression for
findings the baseline accepts.
"""

from __future__ import annotations

import json
from typing import Any

from checkfacts.gate import GATE_VERDICTS, GateFinding, GateResult, Location

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"
FINGERPRINT_KEY = "checkfactsFinding/v1"

LEVELS = {"conflict": "error", "nuance": "warning", "compatible": "note", "agree": "note"}
DESCRIPTIONS = {
    "conflict": "Sources make claims that cannot both be true.",
    "nuance": "Sources state the same facts in words that change the meaning.",
    "compatible": "Sources use different words for consistent facts.",
    "agree": "Sources agree.",
}


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": v.value,
            "name": v.value.capitalize(),
            "shortDescription": {"text": DESCRIPTIONS[v.value]},
            "fullDescription": {"text": DESCRIPTIONS[v.value]},
            "defaultConfiguration": {"level": LEVELS[v.value]},
        }
        for v in GATE_VERDICTS
    ]


def _location(loc: Location, n: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": loc.path},
            "region": {
                "startLine": loc.line,
                "startColumn": loc.column,
                "endLine": loc.end_line,
                "endColumn": loc.end_column,
                "snippet": {"text": loc.text},
            },
        }
    }
    if n is not None:
        out["id"] = n
        out["message"] = {"text": f"compared with {loc.source_id}"}
    return out


def _result(f: GateFinding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": f.verdict.value,
        "ruleIndex": GATE_VERDICTS.index(f.verdict),
        "level": LEVELS[f.verdict.value] if f.state == "new" else "note",
        "message": {"text": f.explanation},
        "locations": [_location(f.location)],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "baselineState": "new" if f.state == "new" else "unchanged",
        "properties": {
            "field": f.field,
            "rule": f.rule,
            "cluster": f.cluster_id,
            "statement": f.statement,
            "accepted": f.state == "accepted",
        },
    }
    if f.related:
        out["relatedLocations"] = [_location(r, n) for n, r in enumerate(f.related, 1)]
    if f.state == "accepted":
        out["suppressions"] = [
            {"kind": "external", "justification": "accepted in the checkfacts baseline"}
        ]
    return out


def sarif_log(result: GateResult) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    return {
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "checkfacts",
                        "version": result.tool_version,
                        "semanticVersion": result.tool_version,
                        "rules": _rules(),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f) for f in result.findings],
            }
        ],
    }


def render_sarif(result: GateResult) -> str:
    """The SARIF log as indented JSON."""
    return json.dumps(sarif_log(result), indent=2, ensure_ascii=False) + "\n"
