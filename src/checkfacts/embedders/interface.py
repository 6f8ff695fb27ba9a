"""The contract every embedding backend meets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """Turns statements into unit-length vectors whose dot product is cosine similarity."""

    name: str
    """What the model is, as recorded in reports and the claim store."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return one L2-normalized float32 row per text, in order."""
        ...

    def close(self) -> None:
        """Release what the embedder holds in the background (a child process), if anything."""
        ...
