"""Alignment on the ECB+ development topics, beside the naive peer, in one run.

The shared scorer (``../shared/benchmarks/ecbplus/score.py``) owns the data handling:
it writes each topic as Markdown articles, derives the gold cross-document links from
the event chains, and runs the peer (the same MiniLM model, sentence splitting and
``community_detection`` at 0.6). This module runs checkfacts in-process on each topic
and adds up the figures; it reuses the shared functions rather than copying them.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from scoreboard.gold import Judgement, load_judged
from scoreboard.runner import ROOT, Runner
from scoreboard.stories import describe, finding_key, flagged_findings

ECB = ROOT.parent / "shared" / "benchmarks" / "ecbplus"
JUDGED = ROOT / "benchmarks" / "gold" / "ecbplus-judged.yaml"
"""An editor's call on each flagged finding of the topics, made once and kept by its key."""
PEER_THRESHOLD = 0.6


def shared_scorer() -> ModuleType:
    """Import the shared ECB+ scorer from its file."""
    spec = importlib.util.spec_from_file_location("ecb_score", ECB / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(ECB / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class EcbScore:
    predicted: set[tuple[Any, ...]] = field(default_factory=set)
    gold: set[tuple[Any, ...]] = field(default_factory=set)
    cross_links: int = 0
    cross_event_links: int = 0
    flagged: int = 0
    mixed: int = 0
    split_links: int = 0
    """Gold links between two documents the report put in different stories: no cluster
    can hold them, so they bound recall (the story stage's share of what is missed)."""
    judged_right: int = 0
    judged_wrong: int = 0
    unjudged: list[str] = field(default_factory=list)
    """One line per flagged finding nobody has judged: its key, topic, verdict and sides."""
    peer: tuple[float, float, float] = (0.0, 0.0, 0.0)
    peer_cross: tuple[int, int] = (0, 0)
    mixed_lines: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        """Alignment precision, recall and F1 over gold cross-document links."""
        tp = len(self.predicted & self.gold)
        p = tp / len(self.predicted) if self.predicted else 0.0
        r = tp / len(self.gold) if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def cross_share(self) -> float:
        return self.cross_event_links / self.cross_links if self.cross_links else 0.0


def mixed_findings(report: dict[str, Any], subtopic: dict[str, str]) -> list[dict[str, Any]]:
    """Flagged findings whose groups hold claims of documents of both events."""
    doc_of = {s["id"]: Path(s["path"]).stem for s in report.get("sources", [])}
    claim_doc = {c["id"]: doc_of.get(c["source_id"], "") for c in report.get("claims", [])}
    out = []
    for _k, f in flagged_findings(report):
        events = {subtopic.get(claim_doc.get(c, ""), "") for g in f["groups"] for c in g}
        if len(events - {""}) > 1:
            out.append(f)
    return out


def stories_of_documents(report: dict[str, Any]) -> dict[str, str]:
    """Each document's story in the report ({document name: story id}); one story if none."""
    doc_of = {s["id"]: Path(s["path"]).stem for s in report.get("sources", [])}
    out = {doc: "" for doc in doc_of.values()}
    for story in report.get("stories") or []:
        for sid in story.get("source_ids", []):
            if sid in doc_of:
                out[doc_of[sid]] = str(story.get("id", ""))
    return out


def add_topic(
    score: EcbScore,
    topic: str,
    report: dict[str, Any],
    links: tuple[set[Any], set[Any], set[Any]],
    subtopic: dict[str, str],
    gold: set[Any],
    judged: dict[str, Judgement] | None = None,
) -> None:
    """Add one topic's predicted links (from the shared scorer) and findings to ``score``.

    Each flagged finding is looked up in ``judged`` by its key: right, wrong or unjudged.
    """
    pred, all_cross, _where = links
    score.predicted |= {(topic, *p) for p in pred}
    score.gold |= {(topic, *g) for g in gold}
    story_of = stories_of_documents(report)
    score.split_links += sum(1 for a, b in gold if story_of.get(a[0], "") != story_of.get(b[0], ""))
    score.cross_links += len(all_cross)
    score.cross_event_links += sum(1 for a, b in all_cross if subtopic[a[0]] != subtopic[b[0]])
    flagged = flagged_findings(report)
    mixed = mixed_findings(report, subtopic)
    score.flagged += len(flagged)
    score.mixed += len(mixed)
    for f in mixed:
        score.mixed_lines.append(f"topic {topic}: {f['verdict']} {f['field']} ({f.get('rule')})")
    for _cluster, f in flagged:
        call = (judged or {}).get(key := finding_key(f, report))
        if call is None:
            sides = " / ".join(describe(f, report))
            score.unjudged.append(
                f"{key} topic {topic}: {f['verdict']} {f['field']} ({f.get('rule')}): {sides}"
            )
        elif call.correct:
            score.judged_right += 1
        else:
            score.judged_wrong += 1


def run_ecb(runner: Runner, work: Path, *, peer: bool = True) -> EcbScore:
    """Write, run and score every topic; then the peer on the same sentences."""
    shared = shared_scorer()
    docs, mentions = shared.load()
    by_topic: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        by_topic.setdefault(d["topic"], []).append(d)
    score = EcbScore()
    judged = load_judged(JUDGED)
    topics = []
    for topic, tdocs in sorted(by_topic.items(), key=lambda kv: int(kv[0])):
        tdocs.sort(key=lambda d: d["doc"])
        folder = work / f"topic-{topic}"
        offsets, subtopic = shared.write_topic(tdocs, folder)
        selected, gold = shared.gold_links(tdocs, mentions)
        topics.append((topic, tdocs, selected, gold))
        report = runner.report(folder)
        links = shared.predicted_links(report, offsets, selected)
        add_topic(score, topic, report, links, subtopic, gold, judged)
    if peer:
        result = shared.baseline(topics, thresholds=(PEER_THRESHOLD,))[PEER_THRESHOLD]
        score.peer = tuple(result[:3])
        score.peer_cross = tuple(result[3])
    return score
