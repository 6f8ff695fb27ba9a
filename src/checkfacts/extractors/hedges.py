"""Hedges ("possibly", "plans to"), attribution ("X said", "according to X") and negation.

They change how sure a claim is, or who vouches for it: two sources reporting the
same fact, one flatly and one as "reportedly", say different things to a reader.
"""

from __future__ import annotations

import re

from checkfacts.extractors.interface import Comparison, Context
from checkfacts.models import FieldValue, Verdict

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
                    value={"cue": m.group(0).lower(), "type": cue_type},
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
                        value={
                            "speaker": who.strip() if who else None,
                            "cue": "statement" if who is None else "said",
                        },
                    )
                )
        for m in _NEGATION.finditer(text):
            fields.append(
                FieldValue(
                    kind="negation",
                    text=m.group(0),
                    span=m.span(),
                    value={"cue": m.group(0).lower()},
                )
            )
        return sorted(fields, key=lambda f: (f.span, f.kind))

    def compare(self, a: FieldValue, b: FieldValue) -> Comparison:
        """Same kind of cue → agree; different hedge types → nuance.

        Attributions compare who is credited: two people with different surnames are a
        nuance (one quotation, two speakers: an editor must check which said it), the
        same person agrees, and anything else (an agency, a pronoun) is not compared.
        """
        if a.kind == "attribution":
            return _compare_speakers(a, b)
        if a.kind == "hedge" and a.value.get("type") != b.value.get("type"):
            return Comparison(
                Verdict.NUANCE,
                "hedge.different",
                f"“{a.text}” ({a.value.get('type')}) and “{b.text}” ({b.value.get('type')}) "
                "qualify the claim differently.",
            )
        return Comparison(Verdict.AGREE, f"{a.kind}.same", f"Both say “{a.text}” / “{b.text}”.")


def _surname(key: str) -> str:
    return key.split()[-1] if key.split() else key


def _compare_speakers(a: FieldValue, b: FieldValue) -> Comparison:
    pa, pb = a.value.get("person"), b.value.get("person")
    if pa and pb:
        if _surname(str(pa)) == _surname(str(pb)):
            return Comparison(
                Verdict.AGREE,
                "attribution.same_speaker",
                f"both credit {a.value.get('speaker')} / {b.value.get('speaker')}.",
            )
        return Comparison(
            Verdict.NUANCE,
            "attribution.different_speaker",
            f"“{a.text}” and “{b.text}” credit the claim to two different people "
            f"({a.value.get('speaker')}; {b.value.get('speaker')}): check who said it.",
        )
    return Comparison(
        Verdict.COMPATIBLE,
        "attribution.not_comparable",
        "only one side names a person as the speaker",
    )
