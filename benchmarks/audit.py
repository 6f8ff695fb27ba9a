"""List every flagged finding (conflict, nuance) on every shared story, for an audit.

``nox -s eval`` scores the NewsWCL50 stories against editor gold; ILRS has none, and
reading every flag by eye is still how a new false alarm is first understood. This
script runs ``checkfacts report`` on ILRS and on each NewsWCL50 event and prints, per
story, each conflict and nuance with its rule and the words on each side, then a count
per story. Read it, judge each line, and turn what you learn into tests.

Run with ``nox -s audit`` or ``python benchmarks/audit.py [STORY ...]`` from
the project root (stories are folder names under ``../shared/corpora``, for example
``ilrs`` or ``newswcl50/event-7``; default: all).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def stories() -> list[str]:
    """ILRS and every NewsWCL50 event, as paths under the corpora folder."""
    events = sorted(p.name for p in (CORPORA / "newswcl50").glob("event-*") if p.is_dir())
    return ["ilrs", *(f"newswcl50/{e}" for e in events)]


def flagged(story: str, out: Path) -> list[str]:
    """The flagged findings of one story, one line each."""
    cmd = [sys.executable, "-m", "checkfacts", "report", str(CORPORA / story), "-o", str(out)]
    proc = subprocess.run([*cmd, "-q"], cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        sys.exit(f"checkfacts failed on {story}:\n{proc.stderr.strip()[-2000:]}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    lines = []
    for cluster in report["clusters"]:
        for f in cluster["findings"]:
            if f["verdict"] not in ("conflict", "nuance"):
                continue
            sides = " | ".join(
                ", ".join(f"{c['text']!r} ({c['source_id']})" for c in v["claims"])
                for v in f["values"]
            )
            where = "across claims" if cluster.get("kind") == "field" else "claim cluster"
            lines.append(f"{f['verdict']:8} {f['field']:11} {f['rule']:38} {where}: {sides}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("story", nargs="*", help="folders under ../shared/corpora (default: all)")
    opts = parser.parse_args()
    totals = []
    with tempfile.TemporaryDirectory(prefix="checkfacts-audit-") as tmp:
        for n, story in enumerate(opts.story or stories()):
            lines = flagged(story, Path(tmp) / str(n))
            print(f"== {story}")
            for line in lines:
                print(f"  {line}")
            conflicts = sum(line.startswith("conflict") for line in lines)
            totals.append((story, conflicts, len(lines) - conflicts))
    print()
    for story, conflicts, nuances in totals:
        print(f"{story:22} conflicts {conflicts:3}  nuances {nuances:3}")


if __name__ == "__main__":
    main()
