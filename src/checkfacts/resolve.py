"""Stage 5b, resolve: every claim's dates placed in time once, before comparison.

The date extractor resolves relative dates against the source's own publication date.
A source whose date is unknown leaves them unresolved; for comparison only, they are
read as of the story's first dated source (:func:`story_anchor`), and each such value
says so (``assumed_published``). Every later stage (compare, across, the reports'
explanations) reads the values this stage gives; the claims in the report and the
claim store keep the extractor's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from checkfacts.extractors.dates import DateExtractor
from checkfacts.extractors.interface import Context
from checkfacts.models import Claim, DateValue, Source


def resolve_dates(
    claims: Mapping[str, Claim], sources: Mapping[str, Source]
) -> Mapping[str, Claim]:
    """Claims with dates read as of the story's first dated source where theirs has none.

    See :func:`story_anchor`.
    """
    anchor = story_anchor(sources.values())
    if anchor is None:
        return claims
    return {cid: _read_dates_against(c, sources, anchor) for cid, c in claims.items()}


def story_anchor(sources: Iterable[Source]) -> dt.date | None:
    """The earliest known publication date among the sources, or None.

    A source whose date is unknown is read, for comparison only, as of the day the
    story first appeared in a dated source: a follow-up would normally say when.
    """
    known = [s.published.date for s in sources if s.published.date]
    return dt.date.fromisoformat(min(known)) if known else None


def _read_dates_against(claim: Claim, sources: Mapping[str, Source], anchor: dt.date) -> Claim:
    """Resolve the unresolved dates of a claim from an undated source against ``anchor``.

    The claim's own fields keep saying "unresolved"; the copy used for comparison
    carries ``assumed_published`` so every explanation shows the assumption.
    """
    if sources[claim.source_id].published.date is not None:
        return claim
    if not any(isinstance(f.value, DateValue) and not f.value.resolved for f in claim.fields):
        return claim
    offset = claim.span[0]
    again = {
        (f.span[0] + offset, f.span[1] + offset): f
        for f in DateExtractor().extract(claim.text, Context(published=anchor))
    }
    fields = []
    for f in claim.fields:
        unresolved = isinstance(f.value, DateValue) and not f.value.resolved
        new = again.get(f.span) if unresolved else None
        if new is not None and isinstance(new.value, DateValue) and new.value.resolved:
            # The assumption has its own key (the explanation names it); ``basis`` stays
            # the extractor's, so that rules reading it treat both sources alike.
            value = new.value.model_copy(update={"assumed_published": anchor.isoformat()})
            f = f.model_copy(update={"value": value})
        fields.append(f)
    return claim.model_copy(update={"fields": tuple(fields)})
