"""How well the embedding model's cosine tracks human similarity on news headlines.

Reads ``../shared/benchmarks/similarity/sts_headlines_sample.jsonl`` (SemEval STS
headline pairs scored 0 to 5 by people), embeds both sentences with the configured
model (the one `checkfacts report` uses, loaded offline) and prints:

- Spearman's rank correlation of cosine with the human score (the published reference
  point for all-MiniLM-L6-v2 is about 0.82 on STS-B);
- the mean cosine in each band of the human score;
- for the thresholds the pipeline uses (claim alignment and the conflict gate), how
  many pairs people call the same claim (score >= 4) clear it, and how many pairs
  above it people call different (score < 3): what recall and precision of "same
  claim" each threshold buys on headlines.

Run with ``nox -s bench`` or ``python benchmarks/similarity.py`` from the project root.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "similarity" / "sts_headlines_sample.jsonl"
SAME = 4.0
"""Human score from which two headlines say the same thing (4: mostly equivalent)."""
DIFFERENT = 3.0
"""Human score below which two headlines say different things."""


def ranks(x: np.ndarray) -> np.ndarray:
    """Average ranks (ties share their mean rank), as Spearman's rho needs."""
    order = np.argsort(x, kind="stable")
    r = np.empty(len(x), dtype=np.float64)
    r[order] = np.arange(len(x), dtype=np.float64)
    for value in np.unique(x):
        tied = x == value
        r[tied] = r[tied].mean()
    return r


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman's rank correlation of ``a`` and ``b``."""
    ra, rb = ranks(a), ranks(b)
    return float(np.corrcoef(ra, rb)[0, 1])


def main() -> None:
    from checkfacts.across import link_similarity
    from checkfacts.config import load_settings
    from checkfacts.embedders import make_embedder
    from checkfacts.pipeline import rule_engine
    from checkfacts.rules import of
    from checkfacts.rules.gates import unsure_alignment

    if not DATA.exists():
        sys.exit(f"{DATA}: not found (the shared benchmarks live beside the project)")
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    settings = load_settings(ROOT / "pyproject.toml")
    embedder = make_embedder(settings.model, settings.backend)
    try:
        a = embedder.encode([r["sentence1"] for r in rows])
        b = embedder.encode([r["sentence2"] for r in rows])
    finally:
        embedder.close()
    cos = np.sum(a * b, axis=1)
    gold = np.array([float(r["score"]) for r in rows])
    print(f"STS headlines ({len(rows)} pairs), model {settings.model}")
    print(f"  Spearman rho, cosine vs human score: {spearman(cos, gold):.3f}")
    print("  mean cosine by human score band:")
    for lo in range(5):
        band = (gold >= lo) & (gold < lo + 1 if lo < 4 else gold <= 5)
        if band.any():
            hi = lo + 1
            print(f"    {lo}-{hi}: {cos[band].mean():.2f}  ({int(band.sum())} pairs)")
    same, different = gold >= SAME, gold < DIFFERENT
    print(f"  same claim = human score >= {SAME:g}; different = below {DIFFERENT:g}")
    engine = rule_engine(settings)
    links = link_similarity(engine)
    thresholds = {
        "claim alignment (similarity)": settings.similarity,
        "conflict / nuance gate": settings.similarity
        + engine.settings(of(unsure_alignment)).margin,
        "across clusters, counts": links["quantity"],
        "across clusters, dates": links["date"],
    }
    for name, t in thresholds.items():
        above = cos >= t
        recall = (above & same).sum() / max(same.sum(), 1)
        wrong = (above & different).sum() / max(above.sum(), 1)
        print(
            f"  {name:<30} {t:.2f}: {recall:.2f} of same-claim pairs clear it; "
            f"{wrong:.2f} of the pairs that clear it are different claims"
        )


if __name__ == "__main__":
    main()
