"""Stage 3, fields: claims -> claims with typed, normalized fields.

Each extractor (``checkfacts.extractors``) finds its kinds of field in a claim's
words; spans are shifted into the source's coordinates, so that
``source_text[field.span[0]:field.span[1]] == field.text``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import cache

from checkfacts import nlp
from checkfacts.extractors.dates import DateExtractor
from checkfacts.extractors.hedges import HedgeExtractor
from checkfacts.extractors.interface import Context, Extractor
from checkfacts.extractors.names import NameExtractor
from checkfacts.extractors.places import PlaceSetExtractor
from checkfacts.extractors.quantities import QuantityExtractor
from checkfacts.models import Claim, FieldValue


@cache
def extractors() -> tuple[Extractor, ...]:
    """Every field extractor, in the order their fields are reported."""
    return (
        DateExtractor(),
        QuantityExtractor(),
        NameExtractor(),
        PlaceSetExtractor(),
        HedgeExtractor(),
    )


def extractor_for(kind: str) -> Extractor:
    """The extractor that produces (and compares) fields of ``kind``."""
    for ex in extractors():
        if kind in ex.kinds:
            return ex
    raise KeyError(kind)


def fields_of(
    text: str,
    published: dt.date | None,
    *,
    spacy_model: str,
    doc: object = None,
    tense: str | None = None,
) -> list[FieldValue]:
    """Return every field in ``text``, spans relative to ``text``, sorted by position.

    ``tense`` ('past' or 'future') reads every relative date that way.
    """
    if doc is None:
        doc = nlp.pipeline(spacy_model)(text)
    context = Context(published=published, doc=doc, tense=tense)
    found: list[FieldValue] = []
    for ex in extractors():
        found.extend(ex.extract(text, context))
    return _drop_shadowed(found)


def _drop_shadowed(fields: Iterable[FieldValue]) -> list[FieldValue]:
    """Drop names that sit inside a date or quantity ("March 9" is not a place)."""
    fields = list(fields)
    typed = [f.span for f in fields if f.kind in ("date", "quantity")]
    kept = [
        f
        for f in fields
        if f.kind in ("date", "quantity", "places", "hedge", "attribution", "negation")
        or not any(a <= f.span[0] and f.span[1] <= b for a, b in typed)
    ]
    return sorted(kept, key=lambda f: (f.span[0], f.span[1], f.kind))


def add_fields(
    claims: Sequence[Claim], published: dt.date | None, *, spacy_model: str
) -> list[Claim]:
    """Return ``claims`` (all of one source) with their fields filled in."""
    docs = nlp.parse([c.text for c in claims], spacy_model)
    out = []
    for claim, doc in zip(claims, docs, strict=True):
        found = fields_of(claim.text, published, spacy_model=spacy_model, doc=doc)
        shifted = tuple(
            f.model_copy(update={"span": (f.span[0] + claim.span[0], f.span[1] + claim.span[0])})
            for f in found
        )
        out.append(claim.model_copy(update={"fields": shifted}))
    return out
