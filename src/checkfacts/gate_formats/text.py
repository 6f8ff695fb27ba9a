"""Readable text: one block per finding, new ones first, then a summary line.

Control characters are stripped from every line, so that an article's terminal
escape codes never reach the terminal or the CI log.
"""

from __future__ import annotations

from checkfacts.gate import GateResult
from checkfacts.inert import strip_controls


def render_text(result: GateResult) -> str:
    """The findings for a person reading a terminal or a CI log."""
    lines = []
    for f in result.findings:
        loc = f.location
        mark = "NEW" if f.state == "new" else "accepted"
        lines.append(
            f"{loc.path}:{loc.line}:{loc.column}: {f.verdict.value.upper()} ({mark}) "
            f"{f.field} [{f.rule}]"
        )
        lines.append(f"    claim: {' '.join(loc.text.split())}")
        lines.append(f"    {f.explanation}")
        for other in f.related:
            lines.append(f"    vs {other.path}:{other.line}: {' '.join(other.text.split())}")
    new, accepted = len(result.new), len(result.accepted)
    verdict = "FAIL" if result.failed else "ok"
    lines.append(
        f"checkfacts check: {verdict}: {new} new and {accepted} accepted finding(s) at or "
        f"above {result.fail_on.value} in {len(result.sources)} source(s)"
    )
    return "\n".join(strip_controls(line, keep="") for line in lines) + "\n"
