"""Sentence-transformers backend: the reference, with torch, loaded from disk only.

``spec`` is a folder or an installed package that ships a model
(:func:`~checkfacts.embedders.files.resolve_model_path`); never a hub id.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

from checkfacts.embedders.files import offline_environment, resolve_model_path
from checkfacts.errors import ModelError


@cache
def load_model(path: str) -> Any:
    """Load (once per process) the sentence-transformers model in folder ``path``, offline."""
    offline_environment()
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
        self._ready = False
        if background:
            offline_environment()
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
            if not self._ready:
                if worker.stdout.readline().strip() != b"ready":
                    raise BrokenPipeError
                self._ready = True
            worker.stdin.write(json.dumps(texts).encode() + b"\n")
            worker.stdin.flush()
            rows, cols = (int(x) for x in worker.stdout.readline().split())
            data = worker.stdout.read(rows * cols * 4)
            return np.frombuffer(data, dtype=np.float32).reshape(rows, cols).copy()
        except (BrokenPipeError, ValueError) as exc:
            worker.kill()
            err = worker.stderr.read().decode(errors="replace") if worker.stderr else ""
            last = err.strip().splitlines()[-1] if err.strip() else "no output"
            self.close()
            raise ModelError(f"cannot load model from {self.path}: {last}") from exc

    def close(self) -> None:
        """Stop the background worker, if any."""
        if self._worker is not None:
            # The worker holds nothing to keep: stopping it beats waiting for torch to unload.
            self._worker.kill()
            self._worker.wait(timeout=30)
            for stream in (self._worker.stdin, self._worker.stdout, self._worker.stderr):
                if stream is not None:
                    stream.close()
            self._worker = None
