"""Stage 4, embed: claims -> one unit vector per claim.

What gets embedded is the claim's ``statement`` with its dates and quantities
masked, so that "signed on Tuesday" and "made public on March 9" meet on the event
rather than drift apart on the date: the fields are compared later, field by field.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from checkfacts.embedders.interface import Embedder
from checkfacts.models import Claim

MASKED_KINDS = {"date": "", "quantity": "some"}
"""Field kinds replaced before embedding, and what replaces them."""


def masked_statement(claim: Claim) -> str:
    """The claim's statement with its dates and quantities masked."""
    statement = claim.statement
    for f in claim.fields:
        if f.kind in MASKED_KINDS:
            # A quantity keeps what it counts ("150 migrants" -> "some migrants").
            words = f.value.get("number_text") if f.kind == "quantity" else None
            words = " ".join(str(words or f.text).split())
            statement = statement.replace(words, MASKED_KINDS[f.kind], 1)
    return " ".join(statement.split())


def embed_claims(claims: Sequence[Claim], embedder: Embedder) -> np.ndarray:
    """Return an (n, d) float32 matrix of unit vectors, one row per claim, in order."""
    return embedder.encode([masked_statement(c) for c in claims])
