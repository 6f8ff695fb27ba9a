"""Hedges ("possibly", "plans to"), attribution ("X said", "according to X") and negation.

They change how sure a claim is, or who vouches for it: two sources reporting the
same fact, one flatly and one as "reportedly", say different things to a reader.
This module only finds and normalizes them; :mod:`checkfacts.rules.hedges` and
:mod:`checkfacts.rules.attribution` compare them (negations are not compared).
"""

from __future__ import annotations

import re

from checkfacts.extractors.interface import Context
from checkfacts.models import AttributionValue, FieldValue, HedgeValue, NegationValue

HEDGES = {
    "possibility": r"possibly|perhaps|maybe|might|may|could|likely|unlikely|probably",
    "plan": r"plans? to|planned|planning to|intends? to|aims? to|is set to|are set to|"
    r"will seek to|hopes? to|looks? to|proposed",
    "expectation": r"expected to|anticipated|anticipating|projected to|forecast to|"
    r"is to|are to|scheduled to|due to (?=be|begin|start|open|launch)",
    "report": r"reportedly|allegedly|purportedly|apparently|rumou?red|is said to|are said to|"
    r"was said to|were said to|claims? that",
}
_HEDGE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in HEDGES.items()) + r")\b", re.IGNORECASE
)
_SPEAKER = r"(?P<who>(?:[A-Z][\w.’'-]*|the|a|an|its|their|his|her)(?:\s+[\w.’'-]+){0,6}?)"
_SAYS = r"(?:said|says|told|reported|reports|announced|stated|added|noted|wrote|confirmed)"
_ATTRIB = [
    re.compile(rf"\b[Aa]ccording to\s+{_SPEAKER}(?=[,.;]|\s+(?:on|in|at)\b|$)"),
    re.compile(rf"(?:^|,\s*|\s)(?P<who2>(?:[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+){{0,5}}?)\s+{_SAYS}\b"),
    re.compile(rf"\b{_SAYS}\s+{_SPEAKER}(?=[,.;]|$)"),
    re.compile(r"\b(?:in|said in) a statement\b", re.IGNORECASE),
]
_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|none|without|denied|denies|n['’]t)\b", re.IGNORECASE
)


class HedgeExtractor:
    """Hedges, attributions and negations in a sentence."""

    kinds = ("hedge", "attribution", "negation")

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return hedge, attribution and negation cues, spans relative to ``text``."""
        fields: list[FieldValue] = []
        for m in _HEDGE.finditer(text):
            cue_type = next(k for k, v in m.groupdict().items() if v)
            fields.append(
                FieldValue(
                    kind="hedge",
                    text=m.group(0),
                    span=m.span(),
                    value=HedgeValue(cue=m.group(0).lower(), type=cue_type),
                )
            )
        taken: list[tuple[int, int]] = []
        for pattern in _ATTRIB:
            for m in pattern.finditer(text):
                who = m.groupdict().get("who") or m.groupdict().get("who2")
                a, b = m.span()
                if text[a:b][:1] in ", ":
                    a += len(text[a:b]) - len(text[a:b].lstrip(", "))
                while b > a and text[b - 1] in ".,;:":
                    b -= 1
                if who:
                    who = who.rstrip(".,;:")
                if any(a < y and x < b for x, y in taken):
                    continue
                taken.append((a, b))
                fields.append(
                    FieldValue(
                        kind="attribution",
                        text=text[a:b],
                        span=(a, b),
                        value=AttributionValue(
                            speaker=who.strip() if who else None,
                            cue="statement" if who is None else "said",
                        ),
                    )
                )
        for m in _NEGATION.finditer(text):
            fields.append(
                FieldValue(
                    kind="negation",
                    text=m.group(0),
                    span=m.span(),
                    value=NegationValue(cue=m.group(0).lower()),
                )
            )
        return sorted(fields, key=lambda f: (f.span, f.kind))
