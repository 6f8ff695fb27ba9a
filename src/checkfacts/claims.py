"""Stage 2, claims: :class:`~checkfacts.models.Document` -> :class:`~checkfacts.models.Claim`.

A claim is a check-worthy sentence of the article body, or its headline. Its
``text`` is the source's exact words and ``span`` their place:
``document.content.text[start:end] == claim.text``, always. Boilerplate marked by
ingest, questions and fragments yield no claims.
"""

from __future__ import annotations

import hashlib
import re

from checkfacts import nlp
from checkfacts.ingest import paragraphs
from checkfacts.models import Claim, Document

MIN_WORDS = 5
"""Sentences with fewer words than this are fragments, not claims."""

_LEAD_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+\.\s+|[*_]{1,3}(?=\w))+")
_TRAIL_MARKUP = re.compile(r"(?:(?<=\S)[*_]{1,3}|\s+)+$")
_OPINION = re.compile(
    r"\b(?:I|we) (?:think|believe|feel|hope|fear)\b|\bin (?:my|our) (?:view|opinion)\b|"
    r"\blet'?s\b|\b(?:should|must|ought to)\b(?! (?:be|have been) (?:able|possible))",
    re.IGNORECASE,
)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")


def extract_claims(document: Document) -> list[Claim]:
    """Return the claims of one document, in reading order, with stable ids."""
    content = document.content
    text = content.text
    skipped = [s.span for s in content.skipped]
    spans: list[tuple[int, int, str]] = []
    if content.headline is not None:
        a, b = _trim(text, *content.headline)
        spans.append((a, b, "headline"))
    paras = [
        p
        for p in paragraphs(text, content.body[0])
        if p != content.headline and not any(_overlaps(p, s) for s in skipped)
    ]
    for doc, (pa, _pb) in zip(
        nlp.sentencizer().pipe(text[a:b] for a, b in paras), paras, strict=True
    ):
        for sent in doc.sents:
            a, b = _trim(text, pa + sent.start_char, pa + sent.end_char)
            if b > a and _check_worthy(text[a:b]):
                spans.append((a, b, "opinion" if _OPINION.search(text[a:b]) else "fact"))
    spans.sort()
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for a, b, kind in spans:
        words = text[a:b]
        digest = hashlib.sha1(" ".join(words.split()).encode()).hexdigest()[:10]
        seen[digest] = seen.get(digest, 0) + 1
        suffix = "" if seen[digest] == 1 else f"-{seen[digest]}"
        claims.append(
            Claim(
                id=f"{document.source.id}:{digest}{suffix}",
                source_id=document.source.id,
                text=words,
                span=(a, b),
                statement=plain_words(words),
                kind=kind,  # type: ignore[arg-type]
            )
        )
    return claims


def plain_words(text: str) -> str:
    """The claim's words without markup or line breaks."""
    text = _MD_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    seg = text[a:b]
    lead = _LEAD_MARKUP.match(seg)
    if lead:
        a += lead.end()
    seg = text[a:b]
    trail = _TRAIL_MARKUP.search(seg)
    if trail:
        b -= len(seg) - trail.start()
    while a < b and text[a].isspace():
        a += 1
    return a, b


def _check_worthy(sentence: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)
    if len(words) < MIN_WORDS:
        return False
    return not sentence.rstrip(" \"'”’*_").endswith("?")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
