"""Export a transformer folder to ONNX, once per machine: run as a child process.

usage: ``python -m checkfacts.embedders._export TRANSFORMER_DIR TARGET``

Loads the weights with torch (offline, from the folder), exports the graph with
dynamic batch and sequence axes, then checks it: the token vectors onnxruntime gives
for a handful of sentences of different lengths, padded together, must match
torch's to 1e-4, or nothing is kept. The file is written beside ``TARGET`` and
renamed into place, under a lock, so that concurrent runs export once and a
half-written graph is never read.
"""

from __future__ import annotations

import inspect
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

TOLERANCE = 1e-4
PROBES = (
    "The council approved the budget on Tuesday.",
    "Rescuers pulled 12 people from the rubble after the quake struck at dawn, officials said.",
    "Shares fell.",
    "The agreement, signed in Moscow, covers a lunar station on the surface and/or in orbit.",
)


def export(transformer: Path, target: Path) -> None:
    """Export ``transformer`` to ``target`` unless another process already has."""
    from filelock import FileLock

    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        if target.is_file():
            return
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".onnx")
        os.close(fd)
        try:
            _export(transformer, Path(tmp))
            _check(transformer, Path(tmp))
            os.replace(tmp, target)
            (target.parent / "source.json").write_text(
                json.dumps({"transformer": str(transformer.resolve())}) + "\n"
            )
        finally:
            Path(tmp).unlink(missing_ok=True)


def _model(transformer: Path) -> tuple[Any, list[str]]:
    from transformers import AutoModel

    model = AutoModel.from_pretrained(
        str(transformer), local_files_only=True, attn_implementation="eager"
    ).eval()
    accepted = inspect.signature(model.forward).parameters
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in accepted]
    return model, names


def _export(transformer: Path, tmp: Path) -> None:
    import torch

    model, names = _model(transformer)

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            return self.model(**dict(zip(names, inputs, strict=True))).last_hidden_state

    dummy = tuple(torch.ones((2, 8), dtype=torch.long) for _ in names)
    axes = {n: {0: "batch", 1: "tokens"} for n in [*names, "hidden"]}
    with torch.no_grad():
        torch.onnx.export(
            Hidden(),
            dummy,
            str(tmp),
            input_names=names,
            output_names=["hidden"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )


def _check(transformer: Path, tmp: Path) -> None:
    import numpy as np
    import onnxruntime as ort
    import torch
    from tokenizers import Tokenizer

    # A fresh load, not the exported one: tracing leaves that model unfit to compare
    # against (its outputs differ from a clean load's by more than 1).
    model, names = _model(transformer)
    tokenizer = Tokenizer.from_file(str(transformer / "tokenizer.json"))
    tokenizer.enable_padding(pad_id=0)
    encodings = tokenizer.encode_batch(list(PROBES))
    columns = {
        "input_ids": [e.ids for e in encodings],
        "attention_mask": [e.attention_mask for e in encodings],
        "token_type_ids": [e.type_ids for e in encodings],
    }
    feed = {n: np.asarray(columns[n], dtype=np.int64) for n in names}
    session = ort.InferenceSession(str(tmp), providers=["CPUExecutionProvider"])
    got = session.run(None, feed)[0]
    with torch.no_grad():
        want = model(**{n: torch.from_numpy(v) for n, v in feed.items()}).last_hidden_state
    mask = feed["attention_mask"][:, :, None].astype(bool)
    gap = float(np.abs(np.where(mask, got - want.numpy(), 0)).max())
    if gap > TOLERANCE:
        raise SystemExit(f"the ONNX export differs from torch by {gap:.2e} (> {TOLERANCE})")


if __name__ == "__main__":
    export(Path(sys.argv[1]), Path(sys.argv[2]))
