"""Embedding backends: one module per backend, each an :class:`~.interface.Embedder`.

``onnx`` (the default) runs the model through onnxruntime, without torch at run time;
``sentence-transformers`` is the reference, through torch. Both load the same model
files from disk and give the same vectors to 1e-4.
"""

from __future__ import annotations

from typing import Literal

from checkfacts.embedders.interface import Embedder

Backend = Literal["onnx", "sentence-transformers"]


def make_embedder(spec: str, backend: Backend, *, background: bool = False) -> Embedder:
    """The embedder for model ``spec`` on ``backend``, loading in the background if asked."""
    if backend == "onnx":
        from checkfacts.embedders.onnx import OnnxEmbedder

        return OnnxEmbedder(spec, background=background)
    from checkfacts.embedders.sentence_transformers import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(spec, background=background)
