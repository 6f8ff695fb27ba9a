"""The scoreboard: checkfacts scored on real stories, ECB+ topics, injected edits and the pile.

Run from the project root with ``nox -s eval`` (``python benchmarks/evaluate.py
--summary``). Four sets, each explained in ``benchmarks/scoreboard/``:

- stories: the ten NewsWCL50 events against editor gold written by reading
  (``benchmarks/gold/newswcl50/``): flagged precision and recall, agree-over-disagreement,
  facts lined up, and every flagged finding with its judgement;
- ecb: alignment on the twelve ECB+ development topics against gold event chains,
  beside the naive peer on the same sentences, in the same run;
- edits: about 200 seeded edits injected into those stories, recall by edit type,
  flagged controls, and false flags per story on the unedited originals;
- pile: every shared article (NewsWCL50 and ECB+) in one folder, one run: the stories
  checkfacts splits it into against the gold story of each source, and clusters and
  flagged findings that span two gold stories.

Prints a table per set and ends with exactly one line::

    eval: stories flagged P <p> R <r> agree-over-disagreement <n>; ecb F1 <f> (peer <f0>) ...

Segments are only ever appended at the end, so that older lines stay comparable.

Exit 0 whatever the scores (this is a measurement), 2 on a broken gold file.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoreboard.ecb import EcbScore, run_ecb
from scoreboard.edit_types import EDIT_TYPES
from scoreboard.edits import EditResult, run_edits
from scoreboard.gold import GoldError, StoryGold, load_story_gold
from scoreboard.pile import PileScore, run_pile
from scoreboard.runner import ROOT, Runner
from scoreboard.stories import StoryScore, ratio, score_story

GOLD = ROOT / "benchmarks" / "gold" / "newswcl50"
CORPORA = ROOT.parent / "shared" / "corpora"
SETS = ("stories", "ecb", "edits", "pile")


def load_golds() -> list[StoryGold]:
    try:
        return [load_story_gold(p, CORPORA) for p in sorted(GOLD.glob("*.yaml"))]
    except GoldError as exc:
        print(f"broken gold file: {exc}", file=sys.stderr)
        sys.exit(2)


def show_story(score: StoryScore, judge: bool) -> None:
    print(
        f"\n== {score.name}: flagged {score.flagged}, right {score.right}, "
        f"unjudged {score.unjudged}; disagreements found {score.found}/{score.disagreements}; "
        f"facts lined up {score.facts_lined_up}/{score.facts}"
    )
    for j in score.findings:
        print(f"  [{j.status}] {j.verdict} {j.field} ({j.rule}) key {j.key}: {j.why}")
        for side in j.sides:
            print(f"      - {side}")
    for did in score.missed:
        print(f"  missed: {did}")
    for did in score.agree_over_ids:
        print(f"  AGREE OVER DISAGREEMENT: {did}")
    for m in score.unmapped:
        print(f"  note: gold quote in no claim: {m}")
    if judge:
        stubs = [j for j in score.findings if j.status == "unjudged"]
        if stubs:
            print(f"  # judgement stubs for benchmarks/gold/newswcl50/{score.name}.yaml:")
        for j in stubs:
            print(f"  - key: {j.key}\n    field: {j.field}\n    verdict: {j.verdict}")
            print("    sides:")
            for side in j.sides:
                print(f"      - {side!r}")
            print("    correct: \n    reason: ")


def word_count(text: str) -> int:
    """Words of a text, as a reader counts them."""
    return len(re.findall(r"[A-Za-z0-9][\w'’.,%$-]*", text))


def report_lengths(runner: Runner, golds: list[StoryGold]) -> tuple[int, int, float]:
    """Stories whose report.md is shorter than their articles, of all, and the median ratio.

    The articles are counted as the files hold them (front matter included, which only
    makes the articles longer by a few words).
    """
    shorter, ratios = 0, []
    for gold in golds:
        folder = CORPORA / gold.story
        article_words = sum(
            word_count(f.read_text(encoding="utf-8")) for f in sorted(folder.iterdir())
        )
        report_words = word_count(runner.markdown[folder])
        shorter += report_words < article_words
        ratios.append(report_words / article_words)
    return shorter, len(golds), statistics.median(ratios) if ratios else 0.0


def stories_table(scores: list[StoryScore]) -> dict[str, float]:
    flagged = sum(s.flagged for s in scores)
    right = sum(s.right for s in scores)
    gold = sum(s.disagreements for s in scores)
    found = sum(s.found for s in scores)
    facts = sum(s.facts for s in scores)
    lined = sum(s.facts_lined_up for s in scores)
    unjudged = sum(s.unjudged for s in scores)
    agree_over = sum(s.agree_over for s in scores)
    n = len(scores)
    figures = {
        "p": ratio(right, flagged),
        "r": ratio(found, gold),
        "agree_over": agree_over,
        "false_per_story": (flagged - right) / n if n else 0.0,
    }
    print("\nstories (NewsWCL50, editor gold)")
    rows = [
        (
            "flagged precision",
            f"{figures['p']:.2f}",
            f"{right}/{flagged} right, {unjudged} unjudged",
        ),
        ("flagged recall", f"{figures['r']:.2f}", f"{found}/{gold} gold disagreements"),
        ("agree-over-disagreement", str(agree_over), "gold disagreements shown as agree"),
        ("facts lined up", f"{ratio(lined, facts):.2f}", f"{lined}/{facts} gold facts"),
        (
            "false flags per story",
            f"{figures['false_per_story']:.1f}",
            f"{flagged - right} over {n} stories",
        ),
    ]
    table(rows)
    return figures


def ecb_table(score: EcbScore) -> None:
    p, r, f = score.prf()
    pp, pr, pf = score.peer
    ce, ca = score.peer_cross
    print("\necb (twelve ECB+ development topics, gold event chains)")
    table(
        [
            ("alignment P / R / F1", f"{p:.2f} / {r:.2f} / {f:.2f}", "checkfacts"),
            (
                "peer P / R / F1",
                f"{pp:.2f} / {pr:.2f} / {pf:.2f}",
                "sentences + MiniLM + community_detection@0.6",
            ),
            (
                "cross-event links",
                f"{score.cross_share():.0%}",
                f"{score.cross_event_links}/{score.cross_links} cross-document links (peer "
                f"{ce / ca if ca else 0:.0%})",
            ),
            ("mixed findings", str(score.mixed), f"of {score.flagged} flagged findings"),
            (
                "flagged judged right",
                f"{score.judged_right}/{score.flagged}",
                f"an editor's call on each finding: {score.judged_wrong} wrong, "
                f"{len(score.unjudged)} unjudged",
            ),
            (
                "gold links across stories",
                f"{score.split_links}/{len(score.gold)}",
                "gold links between documents put in different stories: no cluster holds them",
            ),
        ]
    )


def edits_table(results: list[EditResult]) -> float:
    print(f"\nedits ({len(results)} injected, seeded)")
    rows = []
    facts = [r for r in results if not r.edit.control]
    for kind in EDIT_TYPES:
        mine = [r for r in results if r.edit.kind == kind.name]
        hit = sum(r.detected for r in mine)
        reached = sum(r.reached for r in mine)
        label = "flagged (must be 0)" if kind.control else "recall"
        value = str(hit) if kind.control else f"{ratio(hit, len(mine)):.2f}"
        by_corpus = Counter(r.edit.corpus for r in mine if r.detected)
        detail = (
            f"{hit}/{len(mine)} (newswcl50 {by_corpus['newswcl50']}, ecb {by_corpus['ecb']}); "
            f"edited words in a claim {reached}/{len(mine)}"
        )
        rows.append((f"{kind.name} {label}", value, detail))
    recall = ratio(sum(r.detected for r in facts), len(facts))
    rows.append(
        ("all fact edits recall", f"{recall:.2f}", f"{sum(r.detected for r in facts)}/{len(facts)}")
    )
    table(rows)
    return recall


def pile_table(score: PileScore) -> None:
    p, r, f = score.bcubed
    arts = score.articles
    print(
        f"\npile ({sum(arts.values())} articles in one folder: {arts.get('newswcl50', 0)} "
        f"NewsWCL50, {arts.get('ecb', 0)} ECB+; one run)"
    )
    table(
        [
            (
                "stories predicted / gold",
                f"{score.predicted} / {score.gold}",
                f"{score.exact} exact; {score.sources} sources, {score.missing} missing, "
                f"{score.unplaced} in no story",
            ),
            ("merged stories", str(score.merged), "predicted stories holding 2+ gold stories"),
            ("split stories", str(score.split), "gold stories over 2+ predicted stories"),
            ("story B-cubed P / R / F1", f"{p:.2f} / {r:.2f} / {f:.2f}", "over sources"),
            (
                "claim clusters across",
                f"{score.claim_across}/{score.claim_clusters}",
                "multi-source claim clusters over 2+ gold stories",
            ),
            (
                "field clusters across",
                f"{score.field_across}/{score.field_clusters}",
                "multi-source field clusters over 2+ gold stories",
            ),
            (
                "flagged findings across",
                f"{score.flagged_across}/{score.flagged}",
                "conflict/nuance findings whose sides mix gold stories",
            ),
            (
                "time",
                f"{score.write_s + score.run_s:.0f} s",
                f"checkfacts {score.run_s:.0f} s, writing the pile {score.write_s:.1f} s",
            ),
        ]
    )


def table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    for name, value, detail in rows:
        print(f"  {name:<{width}}  {value:>18}  {detail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--summary", action="store_true", help="tables only, no finding lists")
    parser.add_argument("--only", default=",".join(SETS), help="comma-separated sets to run")
    parser.add_argument("--edits", type=int, default=200, help="about how many edits")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the edit generator")
    parser.add_argument("--judge", action="store_true", help="print stubs for unjudged findings")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the written stories")
    opts = parser.parse_args()
    sets = [s for s in opts.only.split(",") if s]
    if bad := [s for s in sets if s not in SETS]:
        parser.error(f"unknown set {bad[0]!r}; choose from {', '.join(SETS)}")
    golds = load_golds()
    runner = Runner()
    started = time.monotonic()
    line = ["eval:"]
    with tempfile.TemporaryDirectory(prefix="checkfacts-eval-") as tmp:
        work = opts.keep or Path(tmp)
        false_per_story = None
        if "stories" in sets:
            scores = []
            for gold in golds:
                score = score_story(gold, runner.report(CORPORA / gold.story))
                scores.append(score)
                if not opts.summary:
                    show_story(score, opts.judge)
            s = stories_table(scores)
            false_per_story = s["false_per_story"]
            shorter, stories, median = report_lengths(runner, golds)
            table(
                [
                    (
                        "report.md shorter than articles",
                        f"{shorter}/{stories}",
                        f"median report.md at {median:.0%} of the story's words",
                    )
                ]
            )
            line.append(
                f"stories flagged P {s['p']:.2f} R {s['r']:.2f} "
                f"agree-over-disagreement {s['agree_over']} report.md shorter {shorter}/{stories};"
            )
        if "ecb" in sets:
            ecb = run_ecb(runner, work / "ecb")
            if not opts.summary:
                for text in ecb.mixed_lines:
                    print(f"  mixed: {text}")
                for text in ecb.unjudged:
                    print(f"  unjudged: {text}")
            ecb_table(ecb)
            line.append(
                f"ecb F1 {ecb.prf()[2]:.2f} (peer {ecb.peer[2]:.2f}) cross-event "
                f"{100 * ecb.cross_share():.0f}% mixed findings {ecb.mixed} "
                f"flagged right {ecb.judged_right}/{ecb.flagged};"
            )
        if "edits" in sets:
            settings = runner.settings
            results = run_edits(runner, work / "edits", opts.edits, opts.seed, settings.spacy_model)
            if not opts.summary:
                for r in results:
                    e = r.edit
                    mark = "FLAGGED" if r.detected else "-"
                    print(
                        f"  {mark:7} {e.kind:12} {e.story}/{e.file}: {e.old!r} -> {e.new!r}"
                        + (f"  [{'; '.join(r.findings)}]" if r.findings else "")
                    )
            recall = edits_table(results)
            ff = "n/a" if false_per_story is None else f"{false_per_story:.1f}"
            line.append(f"edits R {recall:.2f} false flags/story {ff};")
        if "pile" in sets:
            pile = run_pile(runner, work / "pile")
            if not opts.summary:
                for text in pile.across_lines:
                    print(f"  across: {text}")
            pile_table(pile)
            line.append(
                f"pile stories {pile.predicted}/{pile.gold} merged {pile.merged} "
                f"clusters-across {pile.clusters_across};"
            )
    print(f"\n{runner.runs} checkfacts runs in {time.monotonic() - started:.0f} s")
    print(" ".join(line).rstrip(";"))


if __name__ == "__main__":
    main()
