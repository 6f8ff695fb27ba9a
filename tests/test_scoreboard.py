"""The scoreboard's scorers on small hand-made reports: a perfect report scores 1, an empty 0.

These tests check the measuring instrument (``benchmarks/scoreboard``), never the
tool's scores: every report here is written by hand.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from scoreboard.ecb import JUDGED, EcbScore, add_topic, mixed_findings
from scoreboard.edit_types import number_edit, reorder_edit, weekday_edit
from scoreboard.edits import InjectedEdit, body_sentences, judge_edit
from scoreboard.gold import GoldError, Judgement, load_judged, load_story_gold
from scoreboard.pile import score_pile
from scoreboard.stories import finding_key, score_story

A = (
    "---\noutlet: A\n---\n\n"
    "The council approved the budget on Tuesday. About 150 people came to the vote.\n"
)
B = (
    "---\noutlet: B\n---\n\n"
    "The council rejected the budget on Tuesday. Roughly 400 people came to the vote.\n"
)

GOLD = """
story: town
author: a test
method: read-first
facts:
  - id: vote
    claim: The council voted on the budget.
    members: [[a, "council approved the budget"], [b, "council rejected the budget"]]
disagreements:
  - id: outcome
    field: polarity
    severity: conflict
    what: approved or rejected
    sides:
      - value: approved
        members: [[a, "approved the budget"]]
      - value: rejected
        members: [[b, "rejected the budget"]]
  - id: crowd
    field: numbers
    severity: conflict
    what: how many came
    sides:
      - value: about 150
        members: [[a, "About 150 people"]]
      - value: roughly 400
        members: [[b, "Roughly 400 people"]]
"""


@pytest.fixture
def gold(tmp_path: Path):
    (tmp_path / "corpora" / "town").mkdir(parents=True)
    (tmp_path / "corpora" / "town" / "a.md").write_text(A)
    (tmp_path / "corpora" / "town" / "b.md").write_text(B)
    path = tmp_path / "town.yaml"
    path.write_text(GOLD)
    return load_story_gold(path, tmp_path / "corpora")


def claim(source: str, text: str, sentence: str) -> dict:
    start = text.index(sentence)
    return {
        "id": f"{source}:{start}",
        "source_id": source,
        "text": sentence,
        "span": [start, start + len(sentence)],
    }


def report(clusters: list[dict]) -> dict:
    claims = [
        claim("a", A, "The council approved the budget on Tuesday."),
        claim("a", A, "About 150 people came to the vote."),
        claim("b", B, "The council rejected the budget on Tuesday."),
        claim("b", B, "Roughly 400 people came to the vote."),
    ]
    return {
        "sources": [{"id": "a", "path": "town/a.md"}, {"id": "b", "path": "town/b.md"}],
        "claims": claims,
        "texts": [{"source_id": "a", "text": A}, {"source_id": "b", "text": B}],
        "clusters": clusters,
    }


def finding(field: str, verdict: str, left: str, right: str, words=("x", "y")) -> dict:
    return {
        "field": field,
        "verdict": verdict,
        "groups": [[left], [right]],
        "rule": "test",
        "values": [
            {"claims": [{"claim_id": left, "source_id": left[0], "text": words[0]}]},
            {"claims": [{"claim_id": right, "source_id": right[0], "text": words[1]}]},
        ],
    }


def cluster(cid: str, claim_ids: list[str], verdict: str, findings: list[dict]) -> dict:
    return {
        "id": cid,
        "kind": "claim",
        "claim_ids": claim_ids,
        "verdict": verdict,
        "findings": findings,
    }


def ids(rep: dict) -> list[str]:
    return [c["id"] for c in rep["claims"]]


def test_a_perfect_report_scores_one(gold):
    rep = report([])
    vote_a, crowd_a, vote_b, crowd_b = ids(rep)
    rep["clusters"] = [
        cluster(
            "k1", [vote_a, vote_b], "conflict", [finding("polarity", "conflict", vote_a, vote_b)]
        ),
        cluster(
            "k2",
            [crowd_a, crowd_b],
            "conflict",
            [finding("quantity", "conflict", crowd_a, crowd_b)],
        ),
    ]
    score = score_story(gold, rep)
    assert (score.flagged, score.right, score.found, score.disagreements) == (2, 2, 2, 2)
    assert score.agree_over == 0
    assert (score.facts_lined_up, score.facts) == (1, 1)


def test_an_empty_report_scores_zero(gold):
    score = score_story(gold, report([]))
    assert (score.flagged, score.right, score.found, score.facts_lined_up) == (0, 0, 0, 0)
    assert score.unmapped == []


def test_sides_in_an_agree_cluster_are_agree_over_disagreement(gold):
    rep = report([])
    vote_a, _crowd_a, vote_b, _crowd_b = ids(rep)
    rep["clusters"] = [cluster("k1", [vote_a, vote_b], "agree", [])]
    score = score_story(gold, rep)
    assert score.agree_over_ids == ["outcome"]
    assert score.found == 0
    assert score.facts_lined_up == 1


def test_a_finding_on_a_field_that_cannot_carry_the_disagreement_does_not_find_it(gold):
    rep = report([])
    vote_a, _crowd_a, vote_b, _crowd_b = ids(rep)
    rep["clusters"] = [
        cluster("k1", [vote_a, vote_b], "conflict", [finding("date", "conflict", vote_a, vote_b)])
    ]
    score = score_story(gold, rep)
    assert score.found == 0
    assert [j.status for j in score.findings] == ["unjudged"]
    assert score.right == 0


def test_a_finding_on_the_claim_frames_carries_polarity_not_numbers(gold):
    rep = report([])
    vote_a, crowd_a, vote_b, crowd_b = ids(rep)
    rep["clusters"] = [
        cluster("k1", [vote_a, vote_b], "conflict", [finding("event", "conflict", vote_a, vote_b)]),
        cluster("k2", [crowd_a, crowd_b], "nuance", [finding("event", "nuance", crowd_a, crowd_b)]),
    ]
    score = score_story(gold, rep)
    assert (score.found, score.missed) == (1, ["crowd"])
    assert [j.status for j in score.findings] == ["right", "unjudged"]


def test_a_judged_finding_counts_as_judged_and_keys_are_stable(gold):
    rep = report([])
    vote_a, crowd_a, _vote_b, _crowd_b = ids(rep)
    f = finding("date", "nuance", vote_a, crowd_a)
    rep["clusters"] = [cluster("k9", [vote_a, crowd_a], "nuance", [f])]
    key = finding_key(f, rep)
    assert key == finding_key(dict(f, rule="other", explanation="other words"), rep)
    for correct, status in ((True, "right"), (False, "wrong")):
        from scoreboard.gold import Judgement

        gold.judged = {key: Judgement(key, correct, "test")}
        assert [j.status for j in score_story(gold, rep).findings] == [status]


def test_gold_quotes_must_be_in_the_article(gold, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(GOLD.replace("About 150 people", "About 151 people"))
    with pytest.raises(GoldError, match="quote not in a"):
        load_story_gold(path, tmp_path / "corpora")
    path.write_text(GOLD.replace("read-first", "after-report"))
    with pytest.raises(GoldError, match="read-first"):
        load_story_gold(path, tmp_path / "corpora")


def test_ecb_perfect_and_empty_alignment():
    score = EcbScore()
    assert score.prf() == (0.0, 0.0, 0.0)
    gold = {(("d1", 0), ("d2", 1))}
    rep = {"sources": [], "claims": [], "clusters": []}
    add_topic(score, "1", rep, (set(gold), set(gold), {}), {"d1": "ecb", "d2": "ecb"}, gold)
    assert score.prf() == (1.0, 1.0, 1.0)
    assert score.cross_share() == 0.0


def test_ecb_counts_gold_links_the_story_split_cuts():
    # d1 and d2 in one story, d3 in another: the d1-d3 gold link is cut, d1-d2 is not
    rep = {
        "sources": [{"id": f"s{n}", "path": f"t/d{n}.md"} for n in (1, 2, 3)],
        "claims": [],
        "clusters": [],
        "stories": [{"id": "a", "source_ids": ["s1", "s2"]}, {"id": "b", "source_ids": ["s3"]}],
    }
    gold = {(("d1", 0), ("d2", 1)), (("d1", 0), ("d3", 2))}
    score = EcbScore()
    events = {"d1": "ecb", "d2": "ecb", "d3": "ecb"}
    add_topic(score, "1", rep, (set(), set(), {}), events, gold)
    assert score.split_links == 1
    add_topic(score, "2", {**rep, "stories": [{"id": "a", "source_ids": ["s1", "s2", "s3"]}]},
              (set(), set(), {}), events, gold)  # fmt: skip
    assert score.split_links == 1


def test_ecb_a_finding_across_the_two_events_is_mixed():
    rep = {
        "sources": [{"id": "s1", "path": "t/d1.md"}, {"id": "s2", "path": "t/d2.md"}],
        "claims": [{"id": "c1", "source_id": "s1"}, {"id": "c2", "source_id": "s2"}],
        "clusters": [{"findings": [{"verdict": "conflict", "groups": [["c1"], ["c2"]]}]}],
    }
    assert len(mixed_findings(rep, {"d1": "ecb", "d2": "ecbplus"})) == 1
    assert mixed_findings(rep, {"d1": "ecb", "d2": "ecb"}) == []


def test_ecb_flagged_findings_are_right_wrong_or_unjudged():
    rep = report([])
    vote_a, crowd_a, _vote_b, _crowd_b = ids(rep)
    f = finding("date", "conflict", vote_a, crowd_a)
    rep["clusters"] = [cluster("k9", [vote_a, crowd_a], "conflict", [f])]
    key = finding_key(f, rep)
    events = {"a": "ecb", "b": "ecb"}
    for judged, counts in (
        ({key: Judgement(key, True, "test")}, (1, 0, 0)),
        ({key: Judgement(key, False, "test")}, (0, 1, 0)),
        ({}, (0, 0, 1)),
    ):
        score = EcbScore()
        add_topic(score, "1", rep, (set(), set(), {}), events, set(), judged)
        assert (score.judged_right, score.judged_wrong, len(score.unjudged)) == counts
        assert score.flagged == 1


def test_the_ecb_judgements_load_and_each_key_is_judged_once(tmp_path):
    judged = load_judged(JUDGED)
    assert judged and all(len(k) == 12 for k in judged)
    path = tmp_path / "twice.yaml"
    path.write_text("author: x\njudged:\n" + "  - {key: abc, correct: true, reason: r}\n" * 2)
    with pytest.raises(GoldError, match="judged twice"):
        load_judged(path)


def edit_reports(flag_before: bool, flag_after: bool) -> tuple[InjectedEdit, dict, dict]:
    text = A
    start = text.index("150")
    edit = InjectedEdit(
        1,
        "number",
        False,
        "town",
        "test",
        "a.md",
        start,
        start + 3,
        "150",
        "190",
        "About 150 people came to the vote.",
    )
    before, after = report([]), report([])
    for rep, flagged in ((before, flag_before), (after, flag_after)):
        _vote_a, crowd_a, _vote_b, crowd_b = ids(rep)
        verdict = "conflict" if flagged else "agree"
        rep["clusters"] = [
            cluster(
                "k", [crowd_a, crowd_b], verdict, [finding("quantity", verdict, crowd_a, crowd_b)]
            )
        ]
    return edit, before, after


def test_an_edit_is_detected_by_a_new_flag_on_the_edited_claim():
    assert judge_edit(*edit_reports(False, True)).detected
    assert not judge_edit(*edit_reports(False, False)).detected
    # A flag the original already raised on that field is not the edit's doing.
    assert not judge_edit(*edit_reports(True, True)).detected


def test_number_edits_change_by_ten_to_forty_percent():
    rng = random.Random(0)
    for _ in range(50):
        _start, _end, new = number_edit("Officials counted 1,200 people at the rally.", rng)
        value = int(new.replace(",", ""))
        assert 0.6 * 1200 <= value <= 1.4 * 1200 and value != 1200
        assert ("," in new) == (value >= 1000)  # written as the article writes numbers


def test_controls_keep_the_facts():
    published = dt.date(2018, 4, 26)  # a Thursday
    sentence = "The group crossed on Tuesday after a long walk."
    start, end, new = weekday_edit(sentence, random.Random(0), published)
    assert sentence[start:end] == "Tuesday" and new == "April 24"
    assert (
        weekday_edit("They will cross on Tuesday, officials said.", random.Random(0), published)
        is None
    )
    assert weekday_edit("Those exemptions were set to expire Tuesday.", random.Random(0),
                        published) is None  # fmt: skip
    start, end, new = reorder_edit("On Monday, the mayor signed the order.", random.Random(0))
    assert new == "The mayor signed the order, on Monday."


def test_sentences_skip_front_matter_and_abbreviations():
    text = (
        "---\ntitle: x\n---\n\nMr. Smith met Gov. Jones in the U.S. capital on Friday. "
        "Then they left for the airport together.\n"
    )
    found = [text[s:e] for s, e in body_sentences(text)]
    assert found == [
        "Mr. Smith met Gov. Jones in the U.S. capital on Friday.",
        "Then they left for the airport together.",
    ]


def pile_report(stories: list[list[str]] | None, clusters: list[dict]) -> dict:
    """Four sources of two gold stories (x: a, b; y: c, d), one claim each."""
    rep: dict = {
        "sources": [{"id": s, "path": f"/tmp/pile/{s}.md"} for s in "abcd"],
        "claims": [{"id": f"{s}1", "source_id": s} for s in "abcd"],
        "clusters": clusters,
    }
    if stories is not None:
        rep["stories"] = [
            {"id": f"s{n}", "source_ids": ids, "cluster_ids": []} for n, ids in enumerate(stories)
        ]
    return rep


PILE_GOLD = {"a.md": "x", "b.md": "x", "c.md": "y", "d.md": "y"}


def test_pile_a_perfect_split_scores_clean():
    clusters = [
        cluster("k1", ["a1", "b1"], "conflict", [finding("date", "conflict", "a1", "b1")]),
        dict(cluster("k2", ["c1", "d1"], "agree", []), kind="field"),
    ]
    score = score_pile(pile_report([["a", "b"], ["c", "d"]], clusters), PILE_GOLD)
    assert (score.predicted, score.gold, score.exact) == (2, 2, 2)
    assert (score.merged, score.split, score.missing, score.unplaced) == (0, 0, 0, 0)
    assert score.bcubed == (1.0, 1.0, 1.0)
    assert (score.claim_clusters, score.claim_across) == (1, 0)
    assert (score.field_clusters, score.field_across) == (1, 0)
    assert (score.flagged, score.flagged_across) == (1, 0)
    assert score.clusters_across == 0


def test_pile_a_merged_story_and_a_cluster_across_stories_are_counted():
    clusters = [
        cluster("k1", ["b1", "c1"], "conflict", [finding("date", "conflict", "b1", "c1")]),
        dict(cluster("k2", ["a1", "d1"], "agree", []), kind="field"),
        cluster("k3", ["a1"], "agree", []),  # one source: never across
    ]
    score = score_pile(pile_report([["a"], ["b", "c", "d"]], clusters), PILE_GOLD)
    assert (score.predicted, score.gold, score.exact) == (2, 2, 0)
    assert (score.merged, score.split) == (1, 1)  # {b, c, d} merges; x is split over two
    assert (score.claim_clusters, score.claim_across) == (1, 1)
    assert (score.field_clusters, score.field_across) == (1, 1)
    assert (score.flagged, score.flagged_across) == (1, 1)
    assert score.clusters_across == 2
    p, r, _f = score.bcubed
    assert p == pytest.approx((1 + 1 / 3 + 2 / 3 + 2 / 3) / 4)
    assert r == pytest.approx((1 / 2 + 1 / 2 + 1 + 1) / 4)


def test_pile_a_report_without_stories_is_one_story():
    score = score_pile(pile_report(None, []), PILE_GOLD)
    assert (score.predicted, score.gold, score.merged, score.split) == (1, 2, 1, 0)
    assert score.bcubed[1] == 1.0 and score.bcubed[0] == pytest.approx(0.5)


def test_pile_sources_in_no_story_stand_alone_and_missing_sources_are_counted():
    rep = pile_report([["a", "b"]], [])
    rep["sources"] = rep["sources"][:3]  # d was never read
    score = score_pile(rep, PILE_GOLD)
    assert (score.unplaced, score.missing, score.sources) == (1, 1, 3)
    # {c} is all of gold story y that the report holds: exact over the sources read
    assert (score.predicted, score.merged, score.split, score.exact) == (2, 0, 0, 2)
