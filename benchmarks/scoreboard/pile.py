"""The pile: every shared article in one folder, split into stories by checkfacts.

The pile is the ten NewsWCL50 stories (each ``event-*`` folder one story, files copied
as they are, named ``<event>--<file>``) and every ECB+ development document, written as
Markdown by the shared scorer's ``write_topic`` (its gold story is its topic and
sub-topic: two different events per topic, so 24 stories). checkfacts runs once on the
whole folder and its report is scored against each source's gold story.

Definitions (over sources that have a gold story; a source is matched by file name):

- *Predicted stories*: the report's ``stories``; a report without the key is one story
  holding every source. A source listed in no story counts as a story of its own
  (``unplaced``); a source listed twice stays in the first story that lists it.
- *Merged stories*: predicted stories holding sources of two or more gold stories.
- *Split stories*: gold stories whose sources lie in two or more predicted stories.
- *Exact stories*: predicted stories whose sources are exactly one gold story's.
- *B-cubed* precision, recall and F1 over sources: for each source, the share of its
  predicted story that shares its gold story (precision) and the share of its gold
  story that shares its predicted story (recall), averaged over sources; F1 of the two.
- *Clusters across stories*: clusters (``kind`` claim or field) with claims of two or
  more sources, whose sources come from two or more gold stories.
- *Findings across stories*: flagged findings (conflict or nuance) whose groups hold
  claims of sources of two or more gold stories.

The pile is written to a temporary folder (or ``--keep``), never into the repository.
"""

from __future__ import annotations

import shutil
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scoreboard.ecb import shared_scorer
from scoreboard.runner import ROOT, Runner
from scoreboard.stories import flagged_findings

NEWSWCL = ROOT.parent / "shared" / "corpora" / "newswcl50"


@dataclass
class PileScore:
    """Counts of one report on the pile against the gold story of each source."""

    predicted: int = 0
    gold: int = 0
    exact: int = 0
    merged: int = 0
    split: int = 0
    sources: int = 0
    missing: int = 0
    unplaced: int = 0
    bcubed: tuple[float, float, float] = (0.0, 0.0, 0.0)
    claim_clusters: int = 0
    claim_across: int = 0
    field_clusters: int = 0
    field_across: int = 0
    flagged: int = 0
    flagged_across: int = 0
    articles: dict[str, int] = field(default_factory=dict)
    write_s: float = 0.0
    run_s: float = 0.0
    across_lines: list[str] = field(default_factory=list)

    @property
    def clusters_across(self) -> int:
        """Claim and field clusters whose sources span two or more gold stories."""
        return self.claim_across + self.field_across


def _event_order(folder: Path) -> tuple[int, str]:
    """Sort ``event-10`` after ``event-9``."""
    tail = folder.name.rsplit("-", 1)[-1]
    return (int(tail) if tail.isdigit() else 1 << 30, folder.name)


def build_pile(out: Path) -> dict[str, str]:
    """Write every shared article into ``out``; return {file name: gold story id}.

    NewsWCL50 story ids are the event folders (``event-0``); ECB+ story ids are
    ``ecb-<topic>-<subtopic>`` (``ecb-1-ecbplus``). Names are deterministic and unique.
    """
    out.mkdir(parents=True, exist_ok=True)
    gold: dict[str, str] = {}
    for event in sorted((p for p in NEWSWCL.glob("event-*") if p.is_dir()), key=_event_order):
        for path in sorted(event.iterdir()):
            if not path.is_file() or path.name.startswith("."):
                continue
            name = f"{event.name}--{path.name}"
            shutil.copyfile(path, out / name)
            gold[name] = event.name
    shared = shared_scorer()
    docs, _mentions = shared.load()
    by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        by_topic[d["topic"]].append(d)
    for topic, tdocs in sorted(by_topic.items(), key=lambda kv: int(kv[0])):
        tdocs.sort(key=lambda d: d["doc"])
        _offsets, subtopic = shared.write_topic(tdocs, out)
        for doc, sub in subtopic.items():
            name = f"{doc}.md"
            if name in gold:
                raise ValueError(f"two pile articles named {name}")
            gold[name] = f"ecb-{topic}-{sub}"
    return gold


def predicted_stories(report: Mapping[str, Any]) -> tuple[list[list[str]], int]:
    """The report's stories as lists of source ids, and how many sources were unplaced.

    Without a ``stories`` key the report is one story holding every source. A source
    in no story becomes a story of its own; one listed twice stays in its first story.
    """
    all_ids = [s["id"] for s in report.get("sources", [])]
    if "stories" not in report:
        return ([all_ids] if all_ids else []), 0
    seen: set[str] = set()
    stories: list[list[str]] = []
    for story in report["stories"]:
        ids = [i for i in story.get("source_ids", []) if i not in seen]
        seen.update(ids)
        if ids:
            stories.append(ids)
    unplaced = [i for i in all_ids if i not in seen]
    return stories + [[i] for i in unplaced], len(unplaced)


def bcubed(pred_of: Mapping[str, int], gold_of: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items of ``gold_of`` (sources)."""
    items = [i for i in gold_of if i in pred_of]
    if not items:
        return 0.0, 0.0, 0.0
    pred_members: dict[int, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for i in items:
        pred_members[pred_of[i]].add(i)
        gold_members[gold_of[i]].add(i)
    p = r = 0.0
    for i in items:
        both = len(pred_members[pred_of[i]] & gold_members[gold_of[i]])
        p += both / len(pred_members[pred_of[i]])
        r += both / len(gold_members[gold_of[i]])
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _stories_of(claim_ids: Iterable[str], claim_source: Mapping[str, str],
                gold_of: Mapping[str, str]) -> tuple[set[str], set[str]]:  # fmt: skip
    """The sources of ``claim_ids`` and the gold stories of those that have one."""
    sources = {claim_source[c] for c in claim_ids if c in claim_source}
    return sources, {gold_of[s] for s in sources if s in gold_of}


def score_pile(report: Mapping[str, Any], gold: Mapping[str, str]) -> PileScore:
    """Score a report on the pile against ``gold`` ({file name: gold story id})."""
    score = PileScore()
    name_of = {s["id"]: Path(s["path"]).name for s in report.get("sources", [])}
    gold_of = {sid: gold[name] for sid, name in name_of.items() if name in gold}
    score.sources = len(gold_of)
    score.missing = len(set(gold) - set(name_of.values()))
    stories, score.unplaced = predicted_stories(report)
    pred_of = {sid: n for n, ids in enumerate(stories) for sid in ids}
    golds_in_pred: dict[int, set[str]] = defaultdict(set)
    preds_in_gold: dict[str, set[int]] = defaultdict(set)
    for sid, story in gold_of.items():
        golds_in_pred[pred_of[sid]].add(story)
        preds_in_gold[story].add(pred_of[sid])
    score.predicted = len(golds_in_pred)
    score.gold = len(preds_in_gold)
    score.merged = sum(len(g) > 1 for g in golds_in_pred.values())
    score.split = sum(len(p) > 1 for p in preds_in_gold.values())
    gold_members: dict[str, set[str]] = defaultdict(set)
    pred_members: dict[int, set[str]] = defaultdict(set)
    for sid, story in gold_of.items():
        gold_members[story].add(sid)
        pred_members[pred_of[sid]].add(sid)
    score.exact = sum(
        len(g) == 1 and pred_members[n] == gold_members[next(iter(g))]
        for n, g in golds_in_pred.items()
    )
    score.bcubed = bcubed(pred_of, gold_of)

    claim_source = {c["id"]: c["source_id"] for c in report.get("claims", [])}
    for cluster in report.get("clusters", []):
        sources, spanned = _stories_of(cluster.get("claim_ids", []), claim_source, gold_of)
        if len(sources) < 2:
            continue
        across = len(spanned) > 1
        if cluster.get("kind", "claim") == "field":
            score.field_clusters += 1
            score.field_across += across
        else:
            score.claim_clusters += 1
            score.claim_across += across
        if across:
            score.across_lines.append(
                f"{cluster.get('kind', 'claim')} cluster {cluster.get('id')} over "
                f"{', '.join(sorted(spanned))}: {str(cluster.get('statement', ''))[:80]}"
            )
    for _cluster, finding in flagged_findings(dict(report)):
        score.flagged += 1
        members = [c for group in finding.get("groups", []) for c in group]
        _sources, spanned = _stories_of(members, claim_source, gold_of)
        if len(spanned) > 1:
            score.flagged_across += 1
            score.across_lines.append(
                f"{finding.get('verdict')} {finding.get('field')} ({finding.get('rule')}) over "
                f"{', '.join(sorted(spanned))}"
            )
    return score


def run_pile(runner: Runner, work: Path) -> PileScore:
    """Write the pile into ``work``, run checkfacts on it once, and score the report."""
    started = time.monotonic()
    gold = build_pile(work)
    written = time.monotonic()
    report = runner.report(work)
    done = time.monotonic()
    score = score_pile(report, gold)
    score.write_s, score.run_s = written - started, done - written
    score.articles = {
        "newswcl50": sum(not s.startswith("ecb-") for s in gold.values()),
        "ecb": sum(s.startswith("ecb-") for s in gold.values()),
    }
    return score
