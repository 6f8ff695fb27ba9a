"""Hedges ("possibly", "plans to"), attribution ("X said", "according to X") and negation.

They change how sure a claim is, or who vouches for it: two sources reporting the
same fact, one flatly and one as "reportedly", say different things to a reader.
This module only finds and normalizes them; :mod:`checkfacts.rules.hedges` and
:mod:`checkfacts.rules.attribution` compare them (negations are not compared).
"""

from __future__ import annotations

import re
from typing import Any

from checkfacts.extractors.interface import Context
from checkfacts.models import AttributionValue, FieldValue, HedgeValue, NegationValue
from checkfacts.vocabulary import MONTHS, WEEKDAYS

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
_OPENER = (
    r"(?:[A-Z][\w.’'-]*|the|a|an|its|their|his|her|officials|police"
    r"|authorities|investigators|prosecutors|witnesses|residents|experts|analysts)"
)
"""How a speaker's words start: a capital, a determiner, or a plural of people
who speak for a story without a name ("officials said", "police said")."""
_SPEAKER = rf"(?P<who>{_OPENER}(?:\s+[\w.’'-]+){{0,6}}?)"
_SAYS = (
    r"(?:said|says|told|reported|reports|announced|stated|added|noted|wrote|confirmed"
    r"|described|describes)"
)
_SAYS_BEFORE = r"(?:said|says|added|noted|wrote)"
"""Verbs a writer puts before the speaker ("said Anna Berg", "added the minister")."""
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_ATTRIB = [
    re.compile(rf"\b[Aa]ccording to\s+{_SPEAKER}(?=[,.;]|\s+(?:on|in|at)\b|$)"),
    # "Tom Hale, a lawyer for the family, said", "Smith, 45, said", "Rowena Askew,
    # Hartwell's chief economist, said": the name before the apposition speaks, not a
    # name inside it, nor one the apposition ends with before a clause of its own ("Colin
    # Ashdown, chairman of Kelby Anglers, whose members helped, said")
    re.compile(
        rf"(?:^|,\s*|\s)(?P<who3>{_NAME}),\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
        rf"(?:{_NAME}['’]s\s+)?[a-z0-9][^,;\"“”]{{0,80}}?"
        rf"(?:,\s+(?:who|whose|which)\s[^,;\"“”]{{0,80}}?)?,\s+{_SAYS}\b"
    ),
    # "the finance chief, Tom Ellery, told the meeting": the name set off after the role
    re.compile(
        rf"(?:^|,\s*|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][^,;\"“”]{{0,60}}?,\s+"
        rf"(?P<who4>{_NAME}),\s+{_SAYS}\b"
    ),
    # "the ban was announced on Thursday by the integrity unit": the agent speaks
    re.compile(
        rf"\b(?:was|were|is|are|been|being)\s+{_SAYS}\b[^,.;\"“”]{{0,40}}?\s+by\s+"
        rf"(?P<agent>{_OPENER}(?:\s+[\w.’'-]+){{0,6}}?)"
        r"(?=[,.;]|$|\s+(?:on|in|at|after|before|during|yesterday|today|last|this)\b)"
    ),
    # ("Cllr Martin Oakes (Con, Dunscombe) said": a councillor's party and ward in brackets)
    re.compile(
        rf"(?:^|,\s*|\s)(?P<who2>{_OPENER}(?:\s+[\w.’'-]+){{0,5}}?)(?:\s+\([^()]{{1,60}}\))?"
        rf"\s+{_SAYS}\b"
    ),
    # a role and then its holder's name after the verb ("..., said the council leader, Tom
    # Haverley, who ...", "said the vicar, the Rev Paul Ashdown."): the name speaks
    re.compile(
        rf"\b{_SAYS_BEFORE}\s+(?:the|its|his|her|their|a|an)\s+[a-z][^,;\"“”]{{0,60}}?,\s+"
        rf"(?:the\s+)?(?P<who5>{_NAME})(?=[,.;]|$)"
    ),
    # a role in lower case and its holder after the verb ("..., said council leader Ada
    # Penn.", "added fire chief Dana Holt."): the name speaks
    re.compile(
        rf"\b{_SAYS_BEFORE}\s+(?P<role>(?:[a-z][\w’'-]*\s+){{1,4}})(?P<who6>{_NAME})(?=[,.;]|$)"
    ),
    # a speaker after the verb ("..., said Anna Berg."): what follows "said" may as well
    # be what was said ("said Berg would resign"), so it must name, not tell (_tells); after
    # "told", "announced" or "confirmed" come the listener or the news ("told the meeting")
    # ("..., said Detective Sergeant Helen Croft of Crane Bay CID.": a rank, a name, a unit)
    re.compile(rf"\b{_SAYS_BEFORE}\s+(?P<after>{_OPENER}(?:\s+[\w.’'-]+){{0,8}}?)(?=[,.;]|$)"),
    # "..., she told the meeting": a pronoun speaks, named by the claims before it
    # (:func:`checkfacts.fields.credit_pronouns`)
    re.compile(rf"(?<![\w'’-])(?P<pronoun>[Hh]e|[Ss]he)\s+{_SAYS}\b"),
    re.compile(r"\b(?:in|said in) a statement\b", re.IGNORECASE),
]
_SPEAKER_GROUPS = ("who", "who2", "who3", "who4", "who5", "who6", "after", "agent", "pronoun")
"""The groups of :data:`_ATTRIB` that name the speaker, one per pattern."""
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|be|being)$", re.IGNORECASE)
"""Words before "said" that end in an auxiliary tell a passive ("the ban was announced"):
they are what was said, and the speaker, if any, follows "by"."""
_TELLS = re.compile(
    r"\b(?:had|has|have|was|were|is|are|will|would|could|can|may|might|should|must|did|does"
    r"|do|not|that|to)\b|\b(?:yesterday|today|tonight|on|last|this|next|"
    + "|".join(w for w in (*WEEKDAYS, *MONTHS) if len(w) > 4 or w in ("june", "july"))
    + r")\b",
    re.IGNORECASE,
)
"""Words that make the words after "said" a clause or a time, not a speaker: "said Berg
would resign", "said Monday that ..."."""
_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|none|without|denied|denies|n['’]t)\b", re.IGNORECASE
)


def _the_month(text: str, m: re.Match[str]) -> bool:
    """Whether a "May" is the month: capitalised within a sentence, or before a figure.

    "Wrote to developers on 2 May", "in May 2025", "since May": a modal "may" is lower case
    but at the start of a sentence ("May I add ...") or a quotation.
    """
    if m.group(0) != "May":
        return False
    if re.match(r"\s+\d", text[m.end() :]):
        return True
    before = text[: m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?\"“‘'(:"


def _tells(who: str, start: int, doc: Any) -> bool:
    """Whether the words after "said" tell something (a clause, a time) rather than name."""
    if _TELLS.search(who):
        return True
    if doc is None:
        return False
    end = start + len(who)
    return any(t.pos_ in ("VERB", "AUX") for t in doc if start <= t.idx and t.idx + len(t) <= end)


class HedgeExtractor:
    """Hedges, attributions and negations in a sentence."""

    kinds = ("hedge", "attribution", "negation")

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return hedge, attribution and negation cues, spans relative to ``text``."""
        fields: list[FieldValue] = []
        for m in _HEDGE.finditer(text):
            if _the_month(text, m):
                continue  # "on 2 May", "in May 2025": the month, no modal
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
                groups = m.groupdict()
                if groups.get("after") and _tells(groups["after"], m.start("after"), context.doc):
                    continue
                if groups.get("role") and _TELLS.search(groups["role"]):
                    continue  # "said on Monday Ada Penn ...", "said that Ada Penn ...": told
                if groups.get("who2") and _PASSIVE_END.search(groups["who2"]):
                    continue  # "the ban was announced": what was said, not who said it
                who = next((groups[g] for g in _SPEAKER_GROUPS if groups.get(g)), None)
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
