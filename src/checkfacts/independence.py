"""How many independent origins stand behind a group of claims.

Several outlets repeating one press release are one origin, not many confirmations.
Two claims from different sources share an origin when they reuse each other's
words (near-verbatim statements, or the same quotation of some length) or credit the
same speaker ("Roscosmos said in a statement" / "according to Roscosmos"). Claims of
one source always share its origin. Origins are the connected components.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

import networkx as nx
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from checkfacts.models import AttributionValue, Claim
from checkfacts.vocabulary import FUNCTION_WORDS

NEAR_VERBATIM = 85.0
"""rapidfuzz ratio (0-100) of two statements at or above which one reuses the other."""
SAME_QUOTE = 90.0
"""rapidfuzz partial ratio at or above which a quotation reappears in another claim."""
MIN_QUOTE = 40
"""Shortest quotation, in characters, that counts as shared wording."""
SAME_SPEAKER = 90.0
"""rapidfuzz token-set ratio at or above which two credited speakers are one."""

_QUOTE = re.compile(r"[“\"]([^”\"]{" + str(MIN_QUOTE) + r",})[”\"]")


QUOTE_RUN = 5
"""Words in a row two quotations must share to be one quotation."""
QUOTE_CONTENT = 2
"""Of them, the least that are content words (four letters or more, no function word): "it
is what it is" is said by many; "the hardest decision we have" by one."""
QUOTE_SHARE = 0.5
"""Least share of the shorter quotation the shared words must cover: two quotations that
only share a stock phrase ("working closely with our partners") are two."""

_QUOTE_MARK = re.compile(r"[\"“”]")


def quotations(text: str) -> list[list[str]]:
    """The words inside a claim's quotation marks, lower case, one list per quotation.

    A quotation left open at the end of the claim (the claim ends where the speaker's next
    sentence begins) runs to its end; one whose opening mark fell before the claim began
    ('We've got fruit rotting," said the owner') runs from its start.
    """
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    if marks and marks[0] > 0 and _closes(text, marks[0]):
        marks.insert(0, 0)
    spans = [(marks[n], marks[n + 1]) for n in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        spans.append((marks[-1], len(text)))
    found = [re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text[s:e].lower()) for s, e in spans]
    return [words for words in found if len(words) >= QUOTE_RUN]


def runs_on(before: str, after: str) -> bool:
    """Whether a quotation left open at the end of ``before`` closes in ``after``.

    One speaker's quotation told over two sentences: ‘"These fish are a vote of confidence
    in the river.’ then ‘The water has come back faster than we hoped," said the officer.’
    """
    ends = [m.start() for m in _QUOTE_MARK.finditer(before)]
    starts = [m.start() for m in _QUOTE_MARK.finditer(after)]
    return bool(ends and starts) and not _closes(before, ends[-1]) and _closes(after, starts[0])


def _closes(text: str, at: int) -> bool:
    """Whether the quotation mark at ``at`` closes a quotation.

    A closing curly mark, or a straight one right after a word or a stop and before no word.
    """
    if text[at] != '"':
        return text[at] == "”"
    after = text[at + 1 : at + 2]
    return not text[at - 1].isspace() and not after.isalnum()


def quoted_runs(text: str) -> set[tuple[str, ...]]:
    """Runs of :data:`QUOTE_RUN` words inside a claim's quotation marks (a quick first test)."""
    return {
        tuple(words[n : n + QUOTE_RUN])
        for words in quotations(text)
        for n in range(len(words) - QUOTE_RUN + 1)
    }


def share_a_quotation(a: str, b: str) -> bool:
    """Whether two texts quote the same words, as one quotation.

    A run of :data:`QUOTE_RUN` words or more in both, :data:`QUOTE_CONTENT` of them content
    words, that covers at least :data:`QUOTE_SHARE` of the shorter quotation:
    ‘"This is the hardest decision we have taken"’ and ‘"This is the hardest decision we
    have ever had to take"’ are one.
    """
    if not quoted_runs(a) & quoted_runs(b):
        return False
    for qa in quotations(a):
        for qb in quotations(b):
            m = difflib.SequenceMatcher(None, qa, qb, autojunk=False).find_longest_match(
                0, len(qa), 0, len(qb)
            )
            run = qa[m.a : m.a + m.size]
            content = sum(len(w) >= 4 and w not in FUNCTION_WORDS for w in run)
            if (
                m.size >= QUOTE_RUN
                and content >= QUOTE_CONTENT
                and m.size >= QUOTE_SHARE * min(len(qa), len(qb))
            ):
                return True
    return False


def _speakers(claim: Claim) -> list[str]:
    out = []
    for f in claim.fields:
        if isinstance(f.value, AttributionValue) and f.value.speaker:
            out.append(default_process(f.value.speaker))
    return out


@dataclass(frozen=True)
class SharedOrigin:
    """Why two claims share an origin: how (machine-readable) and in words."""

    how: Literal["same_source", "near_verbatim", "same_quotation", "same_speaker"]
    words: str

    @property
    def same_words(self) -> bool:
        """Whether the two claims carry the same words (not merely the same speaker)."""
        return self.how in ("near_verbatim", "same_quotation")


def origin_link(a: Claim, b: Claim) -> SharedOrigin | None:
    """Why ``a`` and ``b`` share an origin, or None if they do not."""
    if a.source_id == b.source_id:
        return SharedOrigin("same_source", "same source")
    ratio = fuzz.ratio(default_process(a.statement), default_process(b.statement))
    if ratio >= NEAR_VERBATIM:
        return SharedOrigin("near_verbatim", f"near-verbatim wording ({ratio:.0f}/100)")
    for x, y in ((a, b), (b, a)):
        for quote in _QUOTE.findall(x.text):
            if fuzz.partial_ratio(default_process(quote), default_process(y.text)) >= SAME_QUOTE:
                return SharedOrigin("same_quotation", f"the same quotation (“{quote[:40]}…”)")
    for sa in _speakers(a):
        for sb in _speakers(b):
            if sa and sb and fuzz.token_set_ratio(sa, sb) >= SAME_SPEAKER:
                return SharedOrigin("same_speaker", f"the same credited speaker ({sa})")
    return None


def shared_origin(a: Claim, b: Claim) -> str | None:
    """Why ``a`` and ``b`` share an origin, in a few words, or None if they do not."""
    link = origin_link(a, b)
    return link.words if link else None


def origins(claims: Sequence[Claim]) -> tuple[list[list[str]], list[str]]:
    """Group ``claims`` into independent origins.

    Returns the origins (each a sorted list of source ids, the list sorted) and the
    reasons for every link that joined two sources.
    """
    graph = nx.Graph()
    graph.add_nodes_from(c.source_id for c in claims)
    reasons = []
    for a, b in combinations(claims, 2):
        if a.source_id == b.source_id or graph.has_edge(a.source_id, b.source_id):
            continue
        why = shared_origin(a, b)
        if why is not None:
            graph.add_edge(a.source_id, b.source_id)
            first, second = sorted((a.source_id, b.source_id))
            reasons.append(f"{first} and {second}: {why}")
    groups = sorted(sorted(g) for g in nx.connected_components(graph))
    return groups, sorted(reasons)


def one_quotation(a: Claim, b: Claim) -> bool:
    """Whether two claims of two sources carry one quotation.

    Their words are near verbatim, or a quotation of one reappears in the other
    (:func:`origin_link`), or the two share a run of quoted words (:func:`share_a_quotation`):
    "Residents have been incredibly patient" in both, however each goes on.
    """
    if a.source_id == b.source_id:
        return False
    link = origin_link(a, b)
    return (link is not None and link.same_words) or share_a_quotation(a.text, b.text)
