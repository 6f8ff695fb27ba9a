"""GitHub Actions workflow commands: annotations on the lines of the new claims.

New findings are ``::error``, accepted ones ``::notice`` (marked accepted). Escaping
follows the runner: ``%``, CR and LF in the message; also ``:`` and ``,`` in
properties. Other control characters (terminal escape codes) are stripped.
"""

from __future__ import annotations

from checkfacts.gate import GateFinding, GateResult
from checkfacts.inert import strip_controls


def escape_data(text: str) -> str:
    """Escape a workflow command's message (and strip control characters but CR and LF)."""
    text = strip_controls(text, keep="\r\n")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(f: GateFinding) -> str:
    loc = f.location
    kind = "error" if f.state == "new" else "notice"
    accepted = " (accepted)" if f.state == "accepted" else ""
    props = {
        "file": loc.path,
        "line": str(loc.line),
        "col": str(loc.column),
        "endLine": str(loc.end_line),
        "endColumn": str(loc.end_column),
        "title": f"checkfacts {f.verdict.value}{accepted}: {f.field} [{f.rule}]",
    }
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{kind} {joined}::{escape_data(f.explanation)}"


def render_github(result: GateResult) -> str:
    """One workflow command per finding, then a plain summary line."""
    lines = [_command(f) for f in result.findings]
    lines.append(
        f"checkfacts: {len(result.new)} new, {len(result.accepted)} accepted finding(s) "
        f"at or above {result.fail_on.value}"
    )
    return "\n".join(lines) + "\n"
