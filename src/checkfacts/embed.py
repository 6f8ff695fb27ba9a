"""Stage 4, embed: claims -> one unit vector per claim.

What gets embedded is the claim's ``statement`` with its dates and quantities
masked, so that "signed on Tuesday" and "made public on March 9" meet on the event
rather than drift apart on the date: the fields are compared later, field by field.
What a count counts ("people in the caravan") is embedded too, so that the
across-cluster comparison can tell one crowd from another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from checkfacts.embedders.interface import Embedder
from checkfacts.extractors.dates import dates_the_event
from checkfacts.models import Claim, DateValue, FieldValue, QuantityValue

MASKED_KINDS = {"date": "", "quantity": "some"}
"""Field kinds replaced before embedding, and what replaces them."""


def masked_statement(claim: Claim) -> str:
    """The claim's statement with its dates and quantities masked."""
    statement = claim.statement
    for f in claim.fields:
        if isinstance(f.value, DateValue) and not dates_the_event(f.value):
            continue  # "the former mayor" keeps its words: they say who, not when
        if f.kind in MASKED_KINDS:
            # A quantity keeps what it counts ("150 migrants" -> "some migrants").
            words = f.value.number_text if isinstance(f.value, QuantityValue) else None
            words = " ".join(str(words or f.text).split())
            statement = statement.replace(words, MASKED_KINDS[f.kind], 1)
    return " ".join(statement.split())


def masked_counted(field: FieldValue) -> str | None:
    """What a count counts, with any number in it masked; None if not known."""
    if not field.counted:
        return None
    return " ".join(_NUMBER.sub("some", field.counted).split())


_NUMBER = re.compile(r"\d[\d,.]*")


def embedded_texts(claim: Claim) -> list[str]:
    """Every text embedded for ``claim``: its masked statement, then what its counts count."""
    counted = (masked_counted(f) for f in claim.fields if f.kind == "quantity")
    return [masked_statement(claim), *(t for t in counted if t)]


def embed_claims(claims: Sequence[Claim], embedder: Embedder) -> np.ndarray:
    """Return an (n, d) float32 matrix of unit vectors, one row per claim, in order."""
    return embedder.encode([masked_statement(c) for c in claims])
