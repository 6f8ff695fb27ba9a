"""Wall time and peak memory of checkfacts on real corpora, beside the naive peer.

Sections (``--only`` picks some; each measurement is a fresh process, a cold start):

- cold: ``--help``, and the ILRS report beside the peer (``benchmarks/peer.py``);
- pile: every shared article in one folder (NewsWCL50 and the ECB+ dev documents),
  checkfacts beside the peer, then seconds and peak memory per pipeline stage, read
  from the pipeline's own progress calls;
- render: the browser's first paint and filter time on the 50-article report;
- store: ``checkfacts check`` adding the 50th NewsWCL50 article to a store of 49,
  against a full rebuild (goal: under a fifth of it);
- archive: synthetic archives of ``--archive`` files (the pile again and again, each
  run's dates whole years back): time, peak memory, per-article growth;
- store-scale: ``checkfacts check`` adding one article to a store of 2,000.

Run with ``nox -s bench`` (or ``python benchmarks/bench.py``) from the project root.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def measure(args: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Run ``checkfacts ARGS`` in a fresh process; return (seconds, peak RSS in MiB)."""
    return measure_command([sys.executable, "-m", "checkfacts", *args], cwd)


def measure_command(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Run ``command`` in a fresh process; return (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
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
        sys.exit(f"{' '.join(command)} failed:\n{err.decode(errors='replace')}")
    # On Linux the child's peak covers the children it waited for (the model's worker).
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


STAGES = ("start", "claims", "embed", "align", "write")


def stages_child(folder: str) -> None:
    """In a fresh process: run `report` on ``folder``; print seconds and peak MiB per stage.

    Stage boundaries come from the pipeline's own progress calls, so what is timed is
    the pipeline the CLI runs, not a copy of it: start (imports, settings), claims
    (reading, sentences, fields, events), embed, align (stories, alignment, comparison),
    write (rendering and writing the three reports).
    """
    import json
    import resource

    marks: dict[str, tuple[float, float]] = {}

    def mark(stage: str) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        marks.setdefault(stage, (time.perf_counter(), peak))

    begin = time.perf_counter()
    import gc

    from checkfacts import api
    from checkfacts.cli import GC_THRESHOLDS
    from checkfacts.config import load_settings

    gc.set_threshold(*GC_THRESHOLDS)  # as the command line does

    settings = load_settings(ROOT / "pyproject.toml")

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "claims" and done == 0:
            mark("start")
        elif stage == "embed" and done == 0:
            mark("claims")
        elif stage == "align" and done == 0:
            mark("embed")
        elif stage == "align" and done == total:
            mark("align")

    out = Path(tempfile.mkdtemp(prefix="checkfacts-stages-"))
    api.report([folder], out, settings=settings, progress=progress, background_model=True)
    mark("write")
    shutil.rmtree(out)
    times, last = {}, begin
    for stage in STAGES:
        at, peak = marks[stage]
        times[stage] = (at - last, peak)
        last = at
    print(json.dumps(times))


def stage_measurement(folder: Path, label: str) -> None:
    """Seconds and peak memory per pipeline stage on ``folder``, in a fresh process."""
    import json

    out = subprocess.run(
        [sys.executable, __file__, "--stages-child", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    times = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"stages on {label}:")
    for stage in STAGES:
        seconds, peak = times[stage]
        print(f"  {stage:<8} {seconds:7.2f} s   peak so far {peak:6.0f} MiB")


def peer(folder: Path) -> tuple[float, float]:
    """Run the naive peer (benchmarks/peer.py) on ``folder`` in a fresh process."""
    out = Path(tempfile.mkdtemp(prefix="checkfacts-peer-"))
    try:
        return measure_command(
            [sys.executable, str(ROOT / "benchmarks" / "peer.py"), str(folder), str(out / "p.json")]
        )
    finally:
        shutil.rmtree(out)


def build_pile(folder: Path) -> Path:
    """NewsWCL50 and the ECB+ dev documents in one folder (the scoreboard's pile)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scoreboard.pile import build_pile as write_pile

    write_pile(folder)
    return folder


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


def cold_measurement(repeat: int, peer_too: bool = True) -> None:
    """`--help` and the ILRS report from a cold start, beside the peer on the same files."""
    out = Path(tempfile.mkdtemp(prefix="checkfacts-bench-"))
    ilrs = CORPORA / "ilrs"
    rows = [
        ("checkfacts --help", median([measure(["--help"]) for _ in range(repeat)])),
        (
            "report ilrs (5 articles)",
            median([measure(["report", str(ilrs), "-o", str(out), "-q"]) for _ in range(repeat)]),
        ),
    ]
    if peer_too:
        rows.append(("peer on ilrs", median([peer(ilrs) for _ in range(repeat)])))
    shutil.rmtree(out)
    print(f"{'cold start':<34} {'median s':>9} {'peak MiB':>9}")
    for name, (seconds, peak) in rows:
        print(f"{name:<34} {seconds:>9.2f} {peak:>9.0f}")
    print(f"goals: --help under 0.5 s, ilrs under 5 s (cpus: {os.cpu_count()})")


def median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The median time of ``runs`` and their highest peak memory."""
    ordered = sorted(runs)
    return ordered[len(ordered) // 2][0], max(r[1] for r in runs)


def pile_measurement(work: Path) -> None:
    """The pile of every shared article in one folder: checkfacts beside the peer."""
    pile = build_pile(work / "pile")
    count = sum(1 for p in pile.iterdir() if p.is_file())
    ours = measure(["report", str(pile), "-o", str(work / "out"), "-q"])
    theirs = peer(pile)
    print(f"{'pile: ' + str(count) + ' articles, one folder':<34} {'s':>9} {'peak MiB':>9}")
    print(f"{'checkfacts report':<34} {ours[0]:>9.2f} {ours[1]:>9.0f}")
    print(f"{'peer (split, embed, communities)':<34} {theirs[0]:>9.2f} {theirs[1]:>9.0f}")
    print(
        f"checkfacts / peer: {ours[0] / theirs[0]:.2f} (goal at most 1.0); "
        f"peak {ours[1] / 1024:.2f} GB (goal under 1.5)"
    )
    print()
    stage_measurement(pile, f"the pile ({count} articles)")


_PUBLISHED = re.compile(r'^published:\s*"?(\d{4})-(\d{2})-(\d{2})"?\s*$', re.MULTILINE)


def build_archive(pile: Path, out: Path, size: int) -> Path:
    """``size`` files: the pile again and again, each run's publication dates ``k`` years back.

    Run ``k`` (0, 1, ...) moves each dated article ``k`` whole years back (29 February
    becomes the 28th; back, because a date after the day of the run is read as unknown)
    and dates an undated one 15 June ``2010 - k``, so that every run falls in a story
    window of its own. Files go to ``out/run-KK/``.
    """
    files = sorted(p for p in pile.iterdir() if p.is_file())
    written = 0
    for run in range(-(-size // len(files))):
        folder = out / f"run-{run:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for path in files[: size - written]:
            text = path.read_text(encoding="utf-8")

            def shifted(m: re.Match[str], run: int = run) -> str:
                year, month, day = int(m[1]) - run, int(m[2]), int(m[3])
                day = 28 if (month, day) == (2, 29) else day
                return f'published: "{year:04d}-{month:02d}-{day:02d}"'

            if _PUBLISHED.search(text):
                text = _PUBLISHED.sub(shifted, text, count=1)
            else:
                text = text.replace("---\n", f'---\npublished: "{2010 - run}-06-15"\n', 1)
            (folder / path.name).write_text(text, encoding="utf-8")
            written += 1
    return out


def archive_measurement(work: Path, sizes: list[int]) -> None:
    """`checkfacts report` on synthetic archives of ``sizes`` files: time, memory, growth."""
    pile = build_pile(work / "pile")
    rows = []
    for size in sizes:
        folder = build_archive(pile, work / f"archive-{size}", size)
        seconds, peak = measure(["report", str(folder), "-o", str(work / f"out-{size}"), "-q"])
        rows.append((size, seconds, peak))
        shutil.rmtree(work / f"out-{size}", ignore_errors=True)
    print(f"{'archive (the pile, dates shifted)':<34} {'s':>9} {'peak MiB':>9} {'ms/article':>11}")
    for size, seconds, peak in rows:
        each = 1000 * seconds / size
        print(f"{str(size) + ' files':<34} {seconds:>9.1f} {peak:>9.0f} {each:>11.1f}")
    if len(rows) >= 2:
        (small, s1, _), (large, s2, p2) = rows[0], rows[-1]
        growth = (s2 / large) / (s1 / small)
        print(
            f"per-article time, {large} vs {small} files: {growth:.2f}x (goal at most 1.2); "
            f"{large} files in {s2 / 60:.1f} min, peak {p2 / 1024:.2f} GB "
            "(goals for 10,000: under 15 min, under 3 GB)"
        )


def store_scale_measurement(work: Path, size: int) -> None:
    """`checkfacts check` adding one article to a claim store of ``size`` (an archive)."""
    pile = build_pile(work / "pile-store")
    repo = work / f"store-{size}"
    build_archive(pile, repo / "articles", size + 1)
    last = sorted((repo / "articles").rglob("*.md"))[-1]
    held = work / "held-out.md"
    shutil.move(last, held)
    (repo / "pyproject.toml").write_text('[tool.checkfacts]\nsources = ["articles"]\n')
    build, build_peak = measure(["check", "-q"], cwd=repo)
    shutil.move(held, last)
    add, add_peak = measure(["check", "-q"], cwd=repo)
    again, _ = measure(["check", "-q"], cwd=repo)
    print(f"{'claim store of ' + str(size) + ' (archive)':<34} {'s':>9} {'peak MiB':>9}")
    print(f"{'build the store (empty store)':<34} {build:>9.2f} {build_peak:>9.0f}")
    print(f"{'add one article':<34} {add:>9.2f} {add_peak:>9.0f}")
    print(f"{'check again, nothing new':<34} {again:>9.2f}")
    print(f"add one to {size}: {add:.1f} s (goal under 10 s)")
    shutil.rmtree(repo)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median kept)")
    parser.add_argument(
        "--only",
        default="cold,pile,store,render,archive,store-scale",
        help="comma-separated sections: cold, pile, store, render, archive, store-scale",
    )
    parser.add_argument(
        "--archive",
        default="1000,10000",
        help="archive sizes in files, comma-separated (default: 1000,10000)",
    )
    parser.add_argument("--stages-child", metavar="FOLDER", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.stages_child:
        stages_child(opts.stages_child)
        return
    only = set(opts.only.split(","))
    print(f"(cpus: {os.cpu_count()}, python {sys.version.split()[0]}, repeats: {opts.repeat})\n")
    if "cold" in only:
        cold_measurement(opts.repeat)
        print()
    work = Path(tempfile.mkdtemp(prefix="checkfacts-bench-"))
    try:
        if "pile" in only:
            pile_measurement(work)
            print()
        if "render" in only:
            out = work / "newswcl50"
            measure(["report", str(CORPORA / "newswcl50"), "-o", str(out), "-q"])
            render_measurement(out / "report.html")
            print()
        if "store" in only:
            store_measurement(opts.repeat)
            print()
        if "archive" in only:
            archive_measurement(work, [int(n) for n in opts.archive.split(",")])
            print()
        if "store-scale" in only:
            store_scale_measurement(work, 2000)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
