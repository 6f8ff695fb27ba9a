"""How many injected edits the compare stage could catch if alignment were perfect.

``nox -s eval`` scores injected edits end to end: an edit counts only when the edited
claim lands in a cluster with a counterpart and a rule flags the pair. A low figure
there mixes two causes. This script takes alignment out: it draws the same edits
(same seed, same stories) and compares each edited sentence directly with every
counterpart sentence the scoreboard chose for it, through the real extractors and the
real compare stage, the two claims taken as fully alike (so no "barely aligned"
guard sets the pair aside). An edit is caught when some counterpart gives a flagged
finding (conflict or nuance) on a field family the unedited sentence did not flag
against that same counterpart, the rule ``nox -s eval`` applies.

What it tells: the most the edit recall of each kind can reach with today's rules,
whatever alignment does. An edit this ceiling misses is either a rule to write or an
edit no editor could catch: a counterpart the scoreboard chose by shared words that
does not restate the edited fact ("the actress, 33," edited, counterparts that never
give her age). ``--list`` prints every edit with what caught it, to read which.

Run with ``python benchmarks/edit_ceiling.py [--list]`` from the project root (about
three minutes on two cores; no embedding model is loaded).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoreboard import edits as E
from scoreboard.stories import FLAGGED, field_family

from checkfacts import api
from checkfacts.compare import compare_clusters
from checkfacts.fields import fields_of
from checkfacts.models import Claim, Cluster, DateBasis, Published, Source, Verdict
from checkfacts.resolve import resolve_dates

ROOT = Path(__file__).resolve().parents[1]


def _source(sid: str, published: dt.date | None) -> Source:
    day = published.isoformat() if published else None
    basis = DateBasis.FRONT_MATTER if day else DateBasis.NONE
    return Source(
        id=sid,
        path=f"{sid}.md",
        format="md",
        sha256="0" * 64,
        published=Published(date=day, basis=basis),
    )


class Pairwise:
    """The compare stage on two sentences of two sources, read as one claim cluster."""

    def __init__(self, spacy_model: str) -> None:
        self.spacy_model = spacy_model

    def flagged(
        self, a: str, day_a: dt.date | None, b: str, day_b: dt.date | None
    ) -> set[tuple[str, str]]:
        """(field family, rule) of each flagged finding between sentence ``a`` and ``b``."""
        sources = {"a": _source("a", day_a), "b": _source("b", day_b)}
        claims = {
            f"{sid}:1": Claim(
                id=f"{sid}:1",
                source_id=sid,
                text=text,
                span=(0, len(text)),
                statement=text,
                fields=tuple(fields_of(text, day, spacy_model=self.spacy_model)),
            )
            for sid, text, day in (("a", a, day_a), ("b", b, day_b))
        }
        cluster = Cluster(
            id="k1", claim_ids=tuple(sorted(claims)), statement="", verdict=Verdict.RELATED
        )
        [result] = compare_clusters([cluster], resolve_dates(claims, sources), sources)
        return {(field_family(f.field), f.rule) for f in result.findings if f.verdict in FLAGGED}


def caught(edit: E.InjectedEdit, story: E.Story, pairwise: Pairwise) -> list[str]:
    """What flags the edited sentence against its counterparts that did not flag before."""
    i = next(n for n, (s, e) in enumerate(story.sentences[edit.file]) if s <= edit.start < e)
    s, e = story.sentences[edit.file][i]
    before = story.files[edit.file][s:e]
    after = before[: edit.start - s] + edit.new + before[edit.end - s :]
    day = story.published.get(edit.file)
    found = []
    for other in story.counterparts.get((edit.file, i), []):
        home = next((n for n, t in story.files.items() if n != edit.file and other in t), None)
        other_day = story.published.get(home) if home else None
        old = {family for family, _ in pairwise.flagged(before, day, other, other_day)}
        new = pairwise.flagged(after, day, other, other_day)
        found += [f"{family} ({rule})" for family, rule in sorted(new) if family not in old]
    return found


def main() -> None:
    """Draw the scoreboard's edits and print the ceiling of each kind."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every edit and its catch")
    parser.add_argument("--edits", type=int, default=200, help="about how many edits (as eval)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the edits (as eval)")
    args = parser.parse_args()
    settings = api.load_settings(ROOT / "pyproject.toml")
    with tempfile.TemporaryDirectory() as tmp:
        stories = E.newswcl50_stories() + E.ecb_stories(Path(tmp) / "ecb-stories")
    E.add_names(stories, settings.spacy_model)
    by_name = {s.name: s for s in stories}
    pairwise = Pairwise(settings.spacy_model)
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for edit in E.draw(stories, args.edits, args.seed):
        found = caught(edit, by_name[edit.story], pairwise)
        total[edit.kind] += 1
        hits[edit.kind] += bool(found)
        if args.list:
            mark = "caught" if found else "missed"
            print(
                f"#{edit.number:03d} {edit.kind} {mark} {edit.story}/{edit.file}: "
                f"{edit.old!r} -> {edit.new!r} {'; '.join(sorted(set(found)))}"
            )
    print("edit ceiling (each edited sentence compared with each counterpart, no alignment):")
    for kind in total:
        what = (
            "flagged (must be 0)"
            if any(t.control for t in E.EDIT_TYPES if t.name == kind)
            else "caught"
        )
        print(f"  {kind:14s} {what:20s} {hits[kind]:3d}/{total[kind]}")


if __name__ == "__main__":
    main()
