"""Embedding backends: one module per backend, each an :class:`~.interface.Embedder`."""
