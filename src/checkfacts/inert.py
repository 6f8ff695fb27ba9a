"""Untrusted text made inert for outputs read by a terminal, a CI log or a Markdown renderer."""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = "\t\n\v\f\r"


def strip_controls(text: str, keep: str = "\n") -> str:
    """``text`` without control characters (C0, DEL, C1), such as terminal escape codes.

    An escape sequence loses its ESC (or C1 CSI) and so shows as plain characters; a
    tab, a carriage return or another line break becomes a space. ``keep`` names the
    control characters left as they are (by default the line feed).
    """

    def replace(match: re.Match[str]) -> str:
        char = match.group()
        return char if char in keep else " " if char in _SPACES else ""

    return _CONTROLS.sub(replace, text)
