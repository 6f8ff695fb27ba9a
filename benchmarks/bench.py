"""Wall time and peak memory of `checkfacts report` on real corpora, and `--help` latency.

Run with ``nox -s bench`` (or ``python benchmarks/bench.py``) from the project root.
Each measurement is a fresh process, as an editor would run it (a cold start).
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

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def measure(args: list[str]) -> tuple[float, float]:
    """Run ``checkfacts ARGS`` in a fresh process; return (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "checkfacts", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"checkfacts {' '.join(args)} failed:\n{err.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median kept)")
    parser.add_argument("--event", default="event-2", help="NewsWCL50 event to time")
    opts = parser.parse_args()
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
    if html.exists():
        print(f"{'HTML report size, all 50 articles':<34} {html.stat().st_size / 1024:>8.0f} KiB")
    print(f"(cpus: {os.cpu_count()}, python {sys.version.split()[0]}, repeats: {opts.repeat})")
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
