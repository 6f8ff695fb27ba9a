"""A child process that loads the model while the parent reads and parses articles.

Importing sentence-transformers and torch costs several seconds; on a multi-core
machine the parent's spaCy work and this import overlap. Protocol on stdin/stdout:
the parent sends one JSON line (a list of texts); the worker answers one line
``ROWS COLS`` and then ROWS*COLS float32 values as raw bytes. A line ``ready`` is
written once the model is loaded.
"""

from __future__ import annotations

import json
import sys


def serve(model_path: str) -> None:
    """Load the model from ``model_path`` and answer encode requests until stdin closes."""
    from checkfacts.embedders.sentence_transformers import load_model

    model = load_model(model_path)
    out = sys.stdout.buffer
    out.write(b"ready\n")
    out.flush()
    for line in sys.stdin.buffer:
        texts = json.loads(line)
        vectors = model.encode(
            texts,
            batch_size=64,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        ).astype("float32")
        out.write(f"{vectors.shape[0]} {vectors.shape[1]}\n".encode())
        out.write(vectors.tobytes())
        out.flush()


if __name__ == "__main__":
    serve(sys.argv[1])
