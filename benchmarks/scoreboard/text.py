"""Text normalization shared by the scorers: quotes located in a source's text."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def norm(text: str) -> str:
    """NFKC, straight quotes, one dash, lower case, runs of whitespace as one space."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(_DASHES.sub("-", text).lower().split())


def normalized_with_offsets(text: str) -> tuple[str, list[int]]:
    """``norm(text)`` (without trimming) and, for each of its characters, the raw offset."""
    chars: list[str] = []
    where: list[int] = []
    space = True  # collapse leading whitespace too
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space:
                chars.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        for out in norm(ch) or ch:
            chars.append(out)
            where.append(i)
    return "".join(chars), where


def locate(quote: str, text: str) -> list[tuple[int, int]]:
    """Every raw (start, end) span of ``text`` whose normalized form is ``norm(quote)``."""
    needle = norm(quote)
    if not needle:
        return []
    flat, where = normalized_with_offsets(text)
    spans = []
    start = flat.find(needle)
    while start >= 0:
        end = start + len(needle) - 1
        spans.append((where[start], where[end] + 1))
        start = flat.find(needle, start + 1)
    return spans


def words(text: str, n: int = 10) -> str:
    """The first ``n`` normalized words of ``text``: a readable, stable label."""
    return " ".join(norm(text).split()[:n])
