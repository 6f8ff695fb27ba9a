"""Rules for wording: two sources that carry one sentence, word for word but a name.

Outlets copy a wire story, a statement or a quotation; when the copies agree word for
word except for part of a name ("the Debbie Wasserman Schultz servers" / "the Wendy
Wasserman Schultz servers"), one of them misquotes or misnames. Fields cannot see it: a
name is shown, never compared, because two claims that merely resemble each other name
many different people. Here the claims are the same words and the rest of the name is
the same, so the part that differs is the difference.

Only part of a name counts: a whole name swapped ("accused Sudan" / "accused
Khartoum", "pinup of GI's" / "pinup of US people") is as often an outlet's own wording,
and the words that open or close a claim (a headline's label, "Roesler said" / "said
Roesler", "told Us" / "told UsMagazine.com") are worded freely.

Each rule takes the two claims (in a canonical order) and its settings, and returns the
explanation when it decides, else None.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from pydantic import Field
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from checkfacts.models import Claim
from checkfacts.rules.engine import Comparison, Engine, undecided
from checkfacts.rules.registry import RuleSettings, rule
from checkfacts.vocabulary import MONTHS, WEEKDAYS

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’.\-]*")


@dataclass(frozen=True)
class NameSwap:
    """Where two copies of one sentence name different people or things."""

    a: tuple[int, int]
    """Span of the name in the first claim's source text."""
    b: tuple[int, int]
    """Span of the name in the second claim's source text."""
    text_a: str
    text_b: str


class OtherNameSettings(RuleSettings):
    """When two claims are one sentence copied."""

    least_words: int = Field(8, description="Fewest words of the shorter claim.")
    same_words: float = Field(
        90.0,
        description="Least rapidfuzz partial ratio (0-100) of the two claims' words for "
        "them to be one sentence copied.",
    )
    spelling: float = Field(
        70.0,
        description="Two names at least this alike (rapidfuzz ratio) are one name spelled "
        "two ways ('Kim Jong Un' / 'Kim Jong-un'), not two names.",
    )


def _tokens(claim: Claim) -> list[tuple[str, int, int]]:
    """The claim's words with their spans in the source text."""
    return [
        (m.group(), claim.span[0] + m.start(), claim.span[0] + m.end())
        for m in _TOKEN.finditer(claim.text)
    ]


TITLES = frozenset(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "st",
        "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general",
        "lt", "col", "sgt", "capt", "cpt", "adm", "president", "vice", "prime", "minister",
        "secretary", "director", "chairman", "chairwoman", "chair", "chief", "judge",
        "justice", "mayor", "king", "queen", "prince", "princess", "pope", "former", "late",
        "then", "acting", "deputy", "ambassador", "commissioner", "speaker", "leader",
    ]
)  # fmt: skip
"""Titles and honorifics: "Mr. Comey" and "former Director Comey" name one man."""


def _capitalised(words: list[str], first: bool) -> bool:
    """Whether the words hold a name: a capital not opening the sentence, no date or title."""
    for n, w in enumerate(words):
        if first and n == 0:
            continue
        bare = w.rstrip(".").lower()
        if w[:1].isupper() and bare not in MONTHS and bare not in WEEKDAYS and bare not in TITLES:
            return True
    return False


def _shared_name_part(a: str, b: str) -> bool:
    """Whether two neighbouring words are one part of a name in both copies ("Schultz")."""
    return a == b and a[:1].isupper() and a.rstrip(".").lower() not in TITLES


def _letters(words: list[str]) -> str:
    """The words' letters and digits only, lower case ("E.U." and "EU" give "eu")."""
    return "".join(ch for w in words for ch in w.lower() if ch.isalnum())


def _initials(short: list[str], long: list[str]) -> bool:
    """Whether one name abbreviates the other ("U.S." / "United States")."""
    letters = "".join(ch for w in short for ch in w if ch.isalpha())
    return letters.lower() == "".join(w[0] for w in long if w[:1].isalpha()).lower()


def name_swaps(a: Claim, b: Claim, s: OtherNameSettings) -> list[NameSwap]:
    """The names that differ between two claims that are one sentence copied, if they are."""
    ta, tb = _tokens(a), _tokens(b)
    if min(len(ta), len(tb)) < s.least_words:
        return []
    wa, wb = [t[0] for t in ta], [t[0] for t in tb]
    if fuzz.partial_ratio(default_process(" ".join(wa)), default_process(" ".join(wb))) < (
        s.same_words
    ):
        return []
    swaps = []
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > 2 or j2 - j1 > 2:
            continue
        if min(i1, j1) == 0 or i2 == len(wa) or j2 == len(wb):
            continue  # a headline's label or an attribution tail, worded freely
        if not (_shared_name_part(wa[i1 - 1], wb[j1 - 1]) or _shared_name_part(wa[i2], wb[j2])):
            continue  # a whole name swapped may be another person told of: not a misnaming
        xa, xb = wa[i1:i2], wb[j1:j2]
        if any(ch.isdigit() for w in xa + xb for ch in w):
            continue  # figures and dates are compared as fields
        if not (_capitalised(xa, i1 == 0) and _capitalised(xb, j1 == 0)):
            continue
        if fuzz.ratio(_letters(xa), _letters(xb)) >= s.spelling:
            continue
        if _initials(xa, xb) or _initials(xb, xa):
            continue
        swaps.append(
            NameSwap(
                a=(ta[i1][1], ta[i2 - 1][2]),
                b=(tb[j1][1], tb[j2 - 1][2]),
                text_a=" ".join(xa),
                text_b=" ".join(xb),
            )
        )
    return swaps


@rule("wording.other_name", "nuance", OtherNameSettings)
def other_name(a: Claim, b: Claim, s: OtherNameSettings) -> str | None:
    """Two sources carry one sentence word for word, but one names someone else.

    Fires: "the leak came from the Debbie Wasserman Schultz servers, the tweet said" /
    "the leak came from the Wendy Wasserman Schultz servers, the tweet said"; "the motion
    was moved by councillor Anna Berg and passed easily" / "the motion was moved by
    councillor Maria Berg and passed easily".
    Holds: "Kim Jong Un agreed to halt all nuclear tests at the site" / "Kim Jong-un
    agreed to halt all nuclear tests at the site" (one name spelled two ways); "the U.S.
    agreed to lift the tariffs on steel next month" / "the United States agreed to lift
    the tariffs on steel next month"; "the E.U." / "the EU"; "former Director Comey" /
    "Mr. Comey" (titles, one man); "the governor accused Sudan of the attack" / "the
    governor accused Khartoum of the attack" (a whole name: the outlet's wording).
    """
    swaps = name_swaps(a, b, s)
    if not swaps:
        return None
    said = "; ".join(f"“{w.text_a}” / “{w.text_b}”" for w in swaps)
    return f"The same sentence, word for word, names another: {said}. One copy misnames."


RULES = (other_name,)
"""The order the rules run in; the first that decides wins."""


def compare(a: Claim, b: Claim, engine: Engine) -> Comparison:
    """How two claims' wording relates (symmetric: the claims are put in a canonical order)."""
    a, b = sorted((a, b), key=lambda c: c.id)
    return engine.decide(RULES, a, b) or undecided("wording")
