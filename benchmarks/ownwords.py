"""Run checkfacts on the stories in our own words and print every flagged finding.

``benchmarks/ownwords/`` holds small two-outlet stories written by the team (see its
README for the disagreements written in on purpose). This prints, story by story, each
conflict and nuance finding with its rule and the words of each side, so that a change to
the rules can be read against them in a minute. It scores nothing: which flags are real is
in the README.

Run with ``python benchmarks/ownwords.py`` from the project root.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoreboard.runner import Runner

STORIES = Path(__file__).resolve().parent / "ownwords"
FLAGGED = ("conflict", "nuance")


def main() -> None:
    """Print the flagged findings of each story, and how many in all."""
    runner = Runner()
    total = 0
    folders = sorted(p for p in STORIES.iterdir() if p.is_dir())
    for folder in folders:
        report = runner.report(folder)
        texts = {c["id"]: c["text"] for c in report["claims"]}
        flagged = [
            (k, f)
            for k in report["clusters"]
            for f in k.get("findings", [])
            if f["verdict"] in FLAGGED
        ]
        total += len(flagged)
        print(f"== {folder.name}: {len(flagged)} flagged")
        for k, f in flagged:
            print(f"  {f['verdict']} {f['field']} ({f['rule']}): {texts[k['claim_ids'][0]][:90]}")
            for side in f["values"]:
                words = "; ".join(f"{c['source_id']} '{c['text']}'" for c in side["claims"])
                print(f"      - {words}")
    print(f"{total} flagged findings in {len(folders)} stories")


if __name__ == "__main__":
    main()
