"""Wall time and peak memory of `checkfacts report` on real corpora, and `--help` latency.

Also the claim store's point: `checkfacts check` after adding the 50th NewsWCL50
article to a store of the other 49, against a full rebuild with an empty store (the
goal: under a fifth of it).

Run with ``nox -s bench`` (or ``python benchmarks/bench.py``) from the project root;
``--store-only`` runs just the store measurement. Each measurement is a fresh process,
as an editor would run it (a cold start).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def measure(args: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Run ``checkfacts ARGS`` in a fresh process; return (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "checkfacts", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=cwd,
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"checkfacts {' '.join(args)} failed:\n{err.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss / 1024


def store_measurement(repeat: int) -> None:
    """Time `checkfacts check` adding one article to a stored 49 vs a full rebuild of 50."""
    corpus = CORPORA / "newswcl50"
    articles = sorted(corpus.glob("event-*/*.md"))
    assert len(articles) == 50, f"expected 50 NewsWCL50 articles, found {len(articles)}"
    repo = Path(tempfile.mkdtemp(prefix="checkfacts-store-bench-"))
    (repo / "pyproject.toml").write_text('[tool.checkfacts]\nsources = ["articles"]\n')

    def place(path: Path) -> None:
        target = repo / "articles" / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)

    for path in articles[:-1]:
        place(path)
    build, _ = measure(["check", "-q"], cwd=repo)
    stored = repo / "claims.49"
    shutil.copytree(repo / "claims", stored)
    place(articles[-1])
    adds, fulls = [], []
    for _ in range(repeat):
        shutil.rmtree(repo / "claims")
        shutil.copytree(stored, repo / "claims")
        adds.append(measure(["check", "-q"], cwd=repo))
        shutil.rmtree(repo / "claims")
        fulls.append(measure(["check", "-q"], cwd=repo))
    cached, _ = measure(["check", "-q"], cwd=repo)
    add = sorted(adds)[len(adds) // 2]
    full = sorted(fulls)[len(fulls) // 2]
    print(f"{'claim store (newswcl50, 50 articles)':<34} {'median s':>9} {'peak MiB':>9}")
    print(f"{'build store of 49 (empty store)':<34} {build:>9.2f}")
    print(f"{'add the 50th, store of 49':<34} {add[0]:>9.2f} {add[1]:>9.0f}")
    print(f"{'full rebuild of 50, empty store':<34} {full[0]:>9.2f} {full[1]:>9.0f}")
    print(f"{'check again, all 50 stored':<34} {cached:>9.2f}")
    ratio = add[0] / full[0]
    verdict = "met" if ratio < 0.2 else "NOT met"
    print(f"add-one / full rebuild: {ratio:.2f} (goal under 0.20: {verdict})")
    shutil.rmtree(repo)


def stage_measurement(folder: Path) -> None:
    """Seconds per pipeline stage on ``folder``, in this process (model already warm)."""
    from checkfacts import pipeline
    from checkfacts.across import compare_across
    from checkfacts.cluster import align
    from checkfacts.compare import compare_clusters
    from checkfacts.config import load_settings
    from checkfacts.embed import embedded_texts, masked_statement
    from checkfacts.embedders import make_embedder
    from checkfacts.ingest import ingest
    from checkfacts.resolve import resolve_dates

    settings = load_settings(ROOT / "pyproject.toml")
    start = time.perf_counter()
    docs = ingest([folder])
    claims = pipeline.extract_all(docs, settings)
    extracted = time.perf_counter()
    embedder = make_embedder(settings.model, settings.backend)
    embedder.encode(["warm up the model"])
    warm = time.perf_counter()
    texts = sorted({t for c in claims for t in embedded_texts(c)})
    by_text = dict(zip(texts, embedder.encode(texts), strict=True))
    vectors = np.stack([by_text[masked_statement(c)] for c in claims])
    embedded = time.perf_counter()
    clusters = align(claims, vectors, threshold=settings.similarity)
    aligned = time.perf_counter()
    index = {c.id: n for n, c in enumerate(claims)}
    sources = {d.source.id: d.source for d in docs}
    by_id = resolve_dates({c.id: c for c in claims}, sources)

    def similarity(a: str, b: str) -> float:
        return float(vectors[index[a]] @ vectors[index[b]])

    clusters = compare_clusters(clusters, by_id, sources, similarity)
    compared = time.perf_counter()
    across = compare_across(
        clusters, by_id, sources, similarity, lambda a, b: float(by_text[a] @ by_text[b])
    )
    crossed = time.perf_counter()
    print(f"stages on {folder.name} ({len(docs)} articles, {len(claims)} claims):")
    print(f"  ingest + claims + fields {extracted - start:7.2f} s")
    print(f"  embed (model warm)       {embedded - warm:7.2f} s  ({len(texts)} texts)")
    print(f"  align                    {aligned - embedded:7.2f} s")
    print(f"  compare                  {compared - aligned:7.2f} s")
    print(f"  compare across clusters  {crossed - compared:7.2f} s  ({len(across)} field clusters)")
    ratio = (crossed - embedded) / max(embedded - warm, 1e-9)
    print(f"  align + compare = {ratio:.2f} x embed (goal: at most 1)")


def render_measurement(html: Path) -> None:
    """Time to first contentful paint and to a verdict filter, in Debian's chromium."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("render: playwright is not installed (pip install -e .[test])")
        return
    if not Path(chromium).exists():
        print("render: chromium is not installed (apt-get install chromium)")
        return
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=args)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(html.resolve().as_uri(), wait_until="load")
        paint = page.evaluate(
            "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1"
        )
        load = page.evaluate("performance.timing.loadEventEnd - performance.timing.navigationStart")
        start = time.perf_counter()
        page.select_option("#f-verdict", "conflict")
        page.evaluate("new Promise(r => requestAnimationFrame(() => r(1)))")
        filtered = (time.perf_counter() - start) * 1000
        browser.close()
    print(
        f"HTML, all 50 articles: {html.stat().st_size / 1024:.0f} KiB, first contentful paint "
        f"{paint:.0f} ms, load {load} ms, verdict filter {filtered:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median kept)")
    parser.add_argument("--event", default="event-2", help="NewsWCL50 event to time")
    parser.add_argument(
        "--store-only", action="store_true", help="only the claim store measurement"
    )
    parser.add_argument(
        "--stages-only", action="store_true", help="only the per-stage times on all 50 articles"
    )
    opts = parser.parse_args()
    if opts.stages_only:
        stage_measurement(CORPORA / "newswcl50")
        return
    if opts.store_only:
        store_measurement(opts.repeat)
        return
    out = Path(tempfile.mkdtemp(prefix="checkfacts-bench-"))
    rows = []
    cases = [
        ("checkfacts --help", ["--help"]),
        ("report ilrs (5 articles)", ["report", str(CORPORA / "ilrs"), "-o", str(out / "a"), "-q"]),
        (
            f"report newswcl50/{opts.event}",
            ["report", str(CORPORA / "newswcl50" / opts.event), "-o", str(out / "b"), "-q"],
        ),
        (
            "report newswcl50 (all 50)",
            ["report", str(CORPORA / "newswcl50"), "-o", str(out / "c"), "-q"],
        ),
    ]
    for name, args in cases:
        runs = sorted(measure(args) for _ in range(opts.repeat))
        seconds = runs[len(runs) // 2][0]
        peak = max(r[1] for r in runs)
        rows.append((name, seconds, peak))
    html = out / "c" / "report.html"
    print(f"{'measurement':<34} {'median s':>9} {'peak MiB':>9}")
    for name, seconds, peak in rows:
        print(f"{name:<34} {seconds:>9.2f} {peak:>9.0f}")
    print(f"(cpus: {os.cpu_count()}, python {sys.version.split()[0]}, repeats: {opts.repeat})")
    print()
    if html.exists():
        render_measurement(html)
    shutil.rmtree(out)
    print()
    store_measurement(opts.repeat)
    print()
    stage_measurement(CORPORA / "newswcl50")


if __name__ == "__main__":
    main()
