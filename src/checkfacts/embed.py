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
    """The claim's words with its dates and quantities masked."""
    text = claim.text
    out, pos = [], 0
    for f in claim.fields:
        if f.kind not in MASKED_KINDS or f.span[0] < claim.span[0] + pos:
            continue
        a, b = f.span[0] - claim.span[0], f.span[1] - claim.span[0]
        out.append(text[pos:a])
        out.append(MASKED_KINDS[f.kind])
        pos = b
    out.append(text[pos:])
    return " ".join("".join(out).split())


def embed_claims(claims: Sequence[Claim], embedder: Embedder) -> np.ndarray:
    """Return an (n, d) float32 matrix of unit vectors, one row per claim, in order."""
    return embedder.encode([masked_statement(c) for c in claims])
