"""ONNX backend: the same sentence-transformers model, run by onnxruntime without torch.

Importing torch and sentence-transformers costs seconds at every start; onnxruntime and
the ``tokenizers`` library load in a fraction of that. The model folder's weights are
exported to ONNX once per machine (by a child process that has torch, see
:mod:`checkfacts.embedders._export`, which checks the export against torch before
keeping it) and cached in the user cache folder
(:func:`~checkfacts.embedders.files.cache_root`), never in the project tree. From
then on a run reads the cached graph and the folder's ``tokenizer.json``, both from
disk: nothing is downloaded.

What the folder's sentence-transformers modules say is what is done here: the
tokenizer truncates at ``max_seq_length``, the token vectors are pooled as the
Pooling module says (mean or CLS), and rows are L2-normalized. A folder this backend
cannot honour (another pooling, no ``tokenizer.json``) is refused with a
:class:`~checkfacts.errors.ModelError` that names the reference backend.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from checkfacts.embedders.files import cache_root, offline_environment, resolve_model_path
from checkfacts.errors import ModelError

EXPORT_FORMAT = 1
"""Bumped when the exported graph changes, so older cached exports are not reused."""

BATCH = 64


@dataclass(frozen=True)
class Layout:
    """What a sentence-transformers folder holds, as far as this backend needs it."""

    transformer: Path
    """The folder of the transformer weights, its config and ``tokenizer.json``."""
    pooling: str
    """``"mean"`` or ``"cls"``."""
    max_length: int
    """Tokens kept per text (the model's ``max_seq_length``)."""


def _json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ModelError(f"{path} is not a JSON object")
    return data


def layout(folder: Path) -> Layout:
    """Read the modules of the sentence-transformers model in ``folder``."""
    transformer, pooling_dir = folder, None
    modules_file = folder / "modules.json"
    if modules_file.is_file():
        try:
            modules = json.loads(modules_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read {modules_file}: {exc}") from exc
        for module in modules:
            kind = str(module.get("type", ""))
            if kind.endswith(".Transformer"):
                transformer = folder / module.get("path", "")
            elif kind.endswith(".Pooling"):
                pooling_dir = folder / module.get("path", "")
    pooling = "mean"
    if pooling_dir is not None:
        config = _json(pooling_dir / "config.json")
        modes = [k for k, v in config.items() if k.startswith("pooling_mode_") and v]
        if modes == ["pooling_mode_cls_token"]:
            pooling = "cls"
        elif modes != ["pooling_mode_mean_tokens"]:
            raise ModelError(
                f"{pooling_dir / 'config.json'}: pooling {modes} is not supported by the "
                "onnx backend; use backend = 'sentence-transformers'"
            )
    if not (transformer / "tokenizer.json").is_file():
        raise ModelError(
            f"{transformer} has no tokenizer.json, which the onnx backend needs; "
            "use backend = 'sentence-transformers'"
        )
    max_length = 512
    bert_config = transformer / "sentence_bert_config.json"
    if bert_config.is_file():
        max_length = int(_json(bert_config).get("max_seq_length") or max_length)
    return Layout(transformer=transformer, pooling=pooling, max_length=max_length)


def export_key(transformer: Path) -> str:
    """Identify one model's files on this machine: paths, sizes and modification times.

    A changed or reinstalled model gets a new key, so a stale export is never used.
    """
    digest = hashlib.sha256(f"format {EXPORT_FORMAT}\n{transformer.resolve()}\n".encode())
    for path in sorted(transformer.iterdir()):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.name} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


def export_path(transformer: Path) -> Path:
    """Where the ONNX export of the model in ``transformer`` is cached."""
    return cache_root() / "onnx" / export_key(transformer) / "model.onnx"


def start_export(transformer: Path, target: Path) -> subprocess.Popen[bytes]:
    """Start the child process that exports ``transformer`` to ``target``."""
    offline_environment()
    return subprocess.Popen(
        [sys.executable, "-m", "checkfacts.embedders._export", str(transformer), str(target)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def finish_export(process: subprocess.Popen[bytes], target: Path) -> None:
    """Wait for an export; raise ModelError with its last error line if it failed."""
    _, err = process.communicate()
    if process.returncode != 0 or not target.is_file():
        lines = err.decode(errors="replace").strip().splitlines()
        raise ModelError(
            f"cannot export the model to ONNX at {target}: {lines[-1] if lines else 'no output'}"
        )


@cache
def _session(path: str, threads: int) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    # Threads that spin while waiting steal the core the parser runs on.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if threads:
        options.intra_op_num_threads = threads
    try:
        return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # a corrupt file surfaces as onnxruntime's own exceptions
        raise ModelError(f"cannot load ONNX model {path}: {exc}") from exc


@cache
def _tokenizer(path: str, max_length: int) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(path)
    tokenizer.enable_truncation(max_length)
    tokenizer.no_padding()
    return tokenizer


class OnnxEmbedder:
    """Encodes with the model's ONNX export through onnxruntime, on the CPU, offline.

    With ``background=True`` a missing export starts at once in a child process, so
    that it overlaps the parent's parsing; otherwise it runs at the first ``encode``.
    """

    def __init__(self, spec: str, *, background: bool = False, threads: int = 0):
        self.name = spec
        self.path = resolve_model_path(spec)
        self.layout = layout(self.path)
        self.target = export_path(self.layout.transformer)
        self.threads = threads or min(os.cpu_count() or 1, 8)
        self._export: subprocess.Popen[bytes] | None = None
        if background and not self.target.is_file():
            self._export = start_export(self.layout.transformer, self.target)

    def _ready(self) -> Any:
        if not self.target.is_file() and self._export is None:
            self._export = start_export(self.layout.transformer, self.target)
        self._wait()
        return _session(str(self.target), self.threads)

    def _wait(self) -> None:
        if self._export is not None:
            process, self._export = self._export, None
            finish_export(process, self.target)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return one L2-normalized float32 row per text, in order."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        session = self._ready()
        vocabulary = self.layout.transformer / "tokenizer.json"
        tokenizer = _tokenizer(str(vocabulary), self.layout.max_length)
        inputs = {i.name for i in session.get_inputs()}
        encodings = tokenizer.encode_batch(list(texts))
        # Batches of similar lengths pad least; rows go back to the callers' order.
        order = sorted(range(len(texts)), key=lambda n: (len(encodings[n].ids), n))
        rows: list[np.ndarray] = [np.empty(0, dtype=np.float32)] * len(texts)
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            width = max(len(encodings[n].ids) for n in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            types = np.zeros((len(batch), width), dtype=np.int64)
            for row, n in enumerate(batch):
                enc = encodings[n]
                ids[row, : len(enc.ids)] = enc.ids
                mask[row, : len(enc.ids)] = enc.attention_mask
                types[row, : len(enc.ids)] = enc.type_ids
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            hidden = session.run(None, {k: v for k, v in feed.items() if k in inputs})[0]
            pooled = self._pool(hidden, mask)
            for row, n in enumerate(batch):
                rows[n] = pooled[row]
        vectors = np.stack(rows).astype(np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.clip(norms, 1e-12, None)

    def _pool(self, hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self.layout.pooling == "cls":
            return np.asarray(hidden[:, 0, :], dtype=np.float32)
        weights = mask[:, :, None].astype(np.float32)
        summed = (hidden * weights).sum(axis=1)
        return np.asarray(summed / np.clip(weights.sum(axis=1), 1e-9, None), dtype=np.float32)

    def close(self) -> None:
        """Wait for an export still running, so that no child outlives the run."""
        self._wait()
