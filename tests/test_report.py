"""The whole pipeline on real articles: the JSON contract, spans, ids, determinism."""

from __future__ import annotations

import json
import re

import pytest

from checkfacts.formats import FILE_NAMES, RENDERERS, STREAMERS, Format, render, stream
from checkfacts.models import Verdict
from conftest import DEMO, ILRS, NEWSWCL, need

VERDICTS = {v.value for v in Verdict}


def check_contract(data: dict) -> None:
    """Assert the documented shape of the JSON report (schema_version 8)."""
    assert data["schema_version"] == 8
    source_ids = set()
    for s in data["sources"]:
        assert {"id", "path", "title", "outlet", "published"} <= s.keys()
        assert s["published"]["basis"] in {
            "front_matter",
            "html_meta",
            "dateline",
            "credit",
            "none",
        }
        date = s["published"]["date"]
        assert date is None or (len(date) == 10 and date[4] == "-" and date[7] == "-")
        source_ids.add(s["id"])
    claim_ids = set()
    texts = {t["source_id"]: t["text"] for t in data["texts"]}
    for c in data["claims"]:
        assert {"id", "source_id", "text", "span", "fields", "statement"} <= c.keys()
        assert c["source_id"] in source_ids
        a, b = c["span"]
        assert texts[c["source_id"]][a:b] == c["text"]
        for f in c["fields"]:
            assert {"kind", "text", "span", "value"} <= f.keys()
            fa, fb = f["span"]
            assert texts[c["source_id"]][fa:fb] == f["text"]
            # a field lies in its claim's words, but for the credit of a quotation told
            # once for all its sentences, which lies in the claim's paragraph
            line = texts[c["source_id"]].rfind("\n", 0, a) + 1
            end = texts[c["source_id"]].find("\n", b)
            end = len(texts[c["source_id"]]) if end < 0 else end
            assert a <= fa <= fb <= b or (f["kind"] == "attribution" and line <= fa <= fb <= end)
        claim_ids.add(c["id"])
    seen = set()
    home = {
        cid: k["id"] for k in data["clusters"] if k["kind"] == "claim" for cid in k["claim_ids"]
    }
    for k in data["clusters"]:
        assert {"id", "kind", "claim_ids", "verdict", "findings"} <= k.keys()
        assert k["verdict"] in VERDICTS
        assert set(k["claim_ids"]) <= claim_ids
        # a related cluster says why it is not shown to agree; no other verdict needs to
        assert (k["verdict"] == "related") == bool(k.get("reason")), k
        if k["kind"] == "field":
            # values lined up across claims of two sources: one finding, no conflict; of
            # different claim clusters, or of one that compared another value of the kind
            assert k["id"].startswith("f") and len(k["findings"]) == 1
            assert k["verdict"] not in ("conflict", "single_source")
            assert len({c.split(":")[0] for c in k["claim_ids"]}) >= 2
            homes = {home[cid] for cid in k["claim_ids"]}
            if len(homes) == 1:
                (own,) = [c for c in data["clusters"] if c["id"] in homes]
                field = k["findings"][0]["field"].split(":")[0]
                compared = [f for f in own["findings"] if f["field"].split(":")[0] == field]
                spans = {tuple(c["span"]) for f in compared for side in f["values"]
                         for c in side["claims"]}  # fmt: skip
                lined = {tuple(c["span"]) for side in k["findings"][0]["values"]
                         for c in side["claims"]}  # fmt: skip
                assert not lined <= spans, "a claim cluster's own comparison lined up again"
        else:
            assert k["id"].startswith("k")
            assert not seen & set(k["claim_ids"]), "a claim sits in two claim clusters"
            seen |= set(k["claim_ids"])
        for f in k["findings"]:
            assert {"field", "verdict", "groups", "values", "explanation"} <= f.keys()
            assert f["verdict"] in VERDICTS - {"single_source"}
            members = [cid for g in f["groups"] for cid in g]
            assert set(members) <= set(k["claim_ids"])
            assert len(f["values"]) == len(f["groups"])
            assert f["explanation"]
    assert seen == claim_ids, "every claim belongs to exactly one claim cluster"
    story_of = {}
    for st in data["stories"]:
        assert {"id", "title", "source_ids", "cluster_ids"} <= st.keys()
        assert st["id"].startswith("s") and st["source_ids"] == sorted(st["source_ids"])
        story_of.update({sid: st["id"] for sid in st["source_ids"]})
    assert set(story_of) == source_ids, "every source is in exactly one story"
    in_story = [cid for st in data["stories"] for cid in st["cluster_ids"]]
    assert sorted(in_story) == sorted(k["id"] for k in data["clusters"])
    source_of = {c["id"]: c["source_id"] for c in data["claims"]}
    for st in data["stories"]:
        for k in data["clusters"]:
            if k["id"] in st["cluster_ids"]:
                assert {story_of[source_of[c]] for c in k["claim_ids"]} == {st["id"]}


def test_ilrs_json_contract(ilrs_report):
    data = json.loads(render(ilrs_report, Format.JSON))
    check_contract(data)
    assert len(data["sources"]) == 5
    assert any(len({c.split(":")[0] for c in k["claim_ids"]}) >= 3 for k in data["clusters"])


def test_same_input_same_bytes(ilrs_report, settings):
    from checkfacts import api

    again = api.analyse([str(ILRS)], settings)
    for fmt in Format:
        assert render(again, fmt) == render(ilrs_report, fmt)


def test_json_is_what_the_standard_library_writes(ilrs_report, demo_report):
    # render_json uses pydantic's serializer for speed; the bytes are json.dumps's.
    for report in (ilrs_report, demo_report):
        expected = json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False)
        assert render(report, Format.JSON) == expected + "\n"


def test_every_format_is_wired():
    assert set(RENDERERS) == set(Format)
    assert set(STREAMERS) == set(Format)
    assert set(FILE_NAMES) == set(Format)


def test_streamed_reports_are_the_rendered_ones_byte_for_byte(ilrs_report, demo_report):
    # the writer streams each format piece by piece; a report must not change for it
    empty = demo_report.model_copy(
        update={"claims": (), "clusters": (), "stories": (), "entities": ()}
    )
    for report in (ilrs_report, demo_report, empty):
        for fmt in Format:
            pieces = list(stream(report, fmt))
            assert "".join(pieces) == render(report, fmt), fmt
        assert len(list(stream(report, Format.JSON))) > len(report.claims)  # one per item


@pytest.mark.parametrize("event", sorted(p.name for p in NEWSWCL.glob("event-*")))
def test_newswcl50_event_reports(event, settings, tmp_path):
    from checkfacts import api

    result = api.report([str(need(NEWSWCL / event))], tmp_path, settings=settings)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(FILE_NAMES.values())
    check_contract(json.loads((tmp_path / "report.json").read_text(encoding="utf-8")))
    assert len(result.sources) == 5
    assert len(result.stories) == 1, "one story's five articles stay one story"
    assert "<script>" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# checkfacts report")
    if event == "event-2":
        _friday_saturday_is_a_nuance(result)
    if event == "event-6":
        _crowd_sizes_are_one_finding(result)
    # Alike claims that set the news beside its background are no conflict: a year or
    # a month against a day, or hours against a month, date or measure two things.
    for a, b in BACKGROUND_NOT_CONFLICT.get(event, ()):
        _never_a_conflict(result, a, b)


BACKGROUND_NOT_CONFLICT = {
    "event-3": [("2016", "friday")],  # the 2016 campaign vs the lawsuit filed on Friday
    "event-5": [("13 july", "2003")],  # the coming visit vs an earlier state visit
    "event-7": [("30 days", "less than four hours")],  # a 30-day delay vs the deadline's hours
    "event-8": [("june 2016", "monday")],  # the Trump Tower meeting vs publication on Monday
}


def _never_a_conflict(report, a, b):
    for cluster in report.clusters:
        for f in cluster.findings:
            if f.verdict != "conflict":
                continue
            sides = [words for words, _ in _sides(f)]
            left = any(a in words for words in sides)
            right = any(b in words for words in sides)
            assert not (left and right), f.explanation


def _sides(finding):
    """Each side's quoted words and sources: [(words lower-cased, {source ids})]."""
    return [
        (" | ".join(q["text"] for q in v["claims"]).lower(), {q["source_id"] for q in v["claims"]})
        for v in finding.values
    ]


def _friday_saturday_is_a_nuance(report):
    """One announcement, Friday evening in the US and Saturday morning in Korea.

    Breitbart's "Friday evening" and HuffPost's "Saturday morning local time" / the
    NYT's "early Saturday" must meet in one date finding that says nuance (a time zone),
    and no finding anywhere may call Friday against Saturday a plain conflict.
    """
    split = []
    for cluster in report.clusters:
        for f in cluster.findings:
            sides = _sides(f)
            friday = [src for words, src in sides if "friday evening" in words]
            saturday = [src for words, src in sides if "saturday" in words]
            if friday and saturday:
                assert f.verdict != "conflict", f.explanation
                split.append((cluster, f, friday, saturday))
    assert split, "Friday evening and Saturday never meet in one finding"
    cluster, f, friday, saturday = split[0]
    assert f.verdict == "nuance" and "one day apart" in f.explanation, f.explanation
    assert "breitbart" in set().union(*friday)
    assert {"huffpost", "the-new-york-times"} & set().union(*saturday)


def _crowd_sizes_are_one_finding(report):
    """The caravan's crowd sizes, about 150 / about 200 / roughly 400, in one finding."""
    wanted = {
        "huffpost": "about 150",
        "usa-today": "about 200",
        "fox-news": "roughly 400",
        "the-new-york-times": "more than 150",
    }
    best = None
    for cluster in report.clusters:
        for f in cluster.findings:
            if f.field != "quantity":
                continue
            quoted = {(q["source_id"], q["text"].lower()) for v in f.values for q in v["claims"]}
            hits = {
                s for s, words in wanted.items() if any(s == a and words in t for a, t in quoted)
            }
            if best is None or len(hits) > len(best[0]):
                best = (hits, cluster, f)
    assert best is not None
    hits, cluster, f = best
    assert hits == set(wanted), f"crowd sizes found together: {sorted(hits)}"
    assert f.verdict != "conflict", f.explanation  # counts of a moving crowd: never a conflict
    assert cluster.kind == "field"
    assert f.explanation.startswith("Lined up across"), f.explanation
    # The 50 escorted to the gate are a part of the crowd, counted in another event
    # ("escorted"): they are never set against the crowd's size.
    for cluster in report.clusters:
        for finding in cluster.findings:
            if finding.field == "quantity" and finding.verdict in ("conflict", "nuance"):
                words = [" ".join(g).lower() for g in words_by_group(finding)]
                assert not any("some 50" in w for w in words), finding.explanation


def _date_findings(report):
    for cluster in report.clusters:
        for f in cluster.findings:
            if f.field == "date":
                yield cluster, f


def words_by_group(finding):
    return [sorted(q["text"] for q in v["claims"]) for v in finding.values]


def test_ilrs_recently_in_2022_conflicts_with_the_2021_signing(ilrs_report):
    found = [
        (c, f)
        for c, f in _date_findings(ilrs_report)
        if f.verdict == "conflict" and ["recently"] in words_by_group(f)
    ]
    assert found, "no conflict between the July 2022 'recently' and the signing date"
    _, finding = found[0]
    other = [g for g in words_by_group(finding) if g != ["recently"]]
    assert any("Tuesday" in g for g in other)
    assert "2022-07-07" in finding.explanation and "2021-03-09" in finding.explanation
    assert "earliest dated source" in finding.explanation


def test_ilrs_signing_is_one_cluster_march_9_with_both_tuesdays(ilrs_report):
    """The editor's reading: one signing cluster; March 9 and the two Tuesdays fit 2021-03-09
    together, and the July 2022 article's "recently" stands apart."""
    claims = {c.id: c for c in ilrs_report.claims}
    for cluster, f in _date_findings(ilrs_report):
        groups = words_by_group(f)
        if f.verdict == "conflict" and ["March 9", "Tuesday", "Tuesday"] in groups:
            assert ["recently"] in groups
            sources = {claims[c].source_id[:3] for c in cluster.claim_ids}
            assert {"000", "002", "003", "004"} <= sources
            side = f.values[groups.index(["March 9", "Tuesday", "Tuesday"])]
            assert {q["value"]["earliest"] for q in side["claims"]} == {"2021-03-09"}
            return
    pytest.fail("no signing cluster with March 9 and both Tuesdays against 'recently'")


def test_demo_grounding_is_not_in_the_refloating_cluster(demo_report):
    """The demo's "ran aground on Tuesday, March 23, 2021" reports the grounding; the
    refloating claims tell it only as background ("a week after it ran aground"), so
    it is neither in their cluster nor among their dates."""
    claims = {c.id: c for c in demo_report.claims}
    refloating = [
        k for k in demo_report.clusters
        if sum("refloated" in claims[c].text for c in k.claim_ids) >= 2
    ]  # fmt: skip
    assert refloating, "no cluster of the refloating"
    for cluster in refloating:
        texts = [claims[c].text for c in cluster.claim_ids]
        assert not any("ran aground in the Suez Canal on Tuesday" in t for t in texts), texts
        for f in cluster.findings:
            words = {q["text"] for v in f.values for q in v["claims"]}
            assert "Tuesday, March 23, 2021" not in words, f.explanation


def test_ilrs_location_nuance_on_the_connective(ilrs_report):
    claims = {c.id: c for c in ilrs_report.claims}
    for cluster in ilrs_report.clusters:
        for f in cluster.findings:
            if f.field == "places" and f.verdict == "nuance":
                assert f.rule == "places.connective"
                assert len({claims[c].source_id for c in cluster.claim_ids}) >= 3
                connectives = {v["value"]["connective"] for v in f.values}
                assert {"or", "and/or"} <= connectives
                return
    pytest.fail("no nuance finding on the connective of the station's location")


def test_ilrs_no_figure_finding_from_a_reference_back(ilrs_report):
    """'The two countries' (China and Russia) refers back; it is no figure to set against
    the 15 countries of another station."""
    for cluster in ilrs_report.clusters:
        for f in cluster.findings:
            words = {q["text"].lower() for v in f.values for q in v["claims"]}
            assert not ("two countries" in words and "15 countries" in words), f.explanation


def test_ilrs_by_2024_against_in_2024_is_a_nuance(ilrs_report):
    """NASA's moon return 'in 2024' vs 'by 2024': one year, two meanings (a bound)."""
    found = [
        f
        for _, f in _date_findings(ilrs_report)
        if any("by 2024" in words for words in map(" ".join, words_by_group(f)))
        and any(g == ["2024"] for g in words_by_group(f))
    ]
    assert found and found[0].verdict == "nuance", [f.explanation for f in found]
    assert found[0].rule == "date.bound_vs_point"


def test_markdown_gives_each_finding_its_deciding_comparison_only(demo_report, ilrs_report):
    """report.md names the comparison that decided a finding; the pairwise rest is folded."""
    from checkfacts.formats import Format, render

    for report in (demo_report, ilrs_report):
        quoted = [
            line for line in render(report, Format.MARKDOWN).splitlines() if line.startswith("> ")
        ]
        assert quoted
        for line in quoted:
            tags = re.findall(r"\\\[[a-z_\\]+\.[a-z_\\]+\\\]", line)  # "\[date.disjoint\]"
            assert len(tags) == 1, line  # one rule tag: one comparison


def test_markdown_gives_each_quote_its_own_value_when_its_side_holds_several(
    demo_report, ilrs_report
):
    """A side holds values that fit each other; each quote shows its own where it differs."""
    from checkfacts.formats import Format, render
    from checkfacts.formats.view import value_label

    differing = 0
    for report in (demo_report, ilrs_report):
        markdown = render(report, Format.MARKDOWN).replace("\\", "")
        listed = {c.id for c in report.clusters if c.verdict not in ("related", "single_source")}
        for cluster in report.clusters:
            if cluster.id not in listed:
                continue
            for f in cluster.findings:
                for side in f.values:
                    label = value_label(f.field, side["value"])
                    for q in side["claims"]:
                        own = value_label(f.field, q["value"])
                        if own != label:
                            differing += 1
                            assert f"({q['source_id']}, {own})" in markdown
    assert differing  # the demo's canal story has such sides ("March 23" beside "Monday")


def test_a_folders_own_reports_are_not_read_as_articles(demo_report, tmp_path, capsys):
    # "checkfacts report . -o out" run twice: the first run's reports sit among the
    # articles, and would come back as two more sources quoting every claim.
    from checkfacts.ingest import discover

    article = sorted(need(DEMO).glob("*.md"))[0]
    (tmp_path / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for fmt in (Format.MARKDOWN, Format.HTML):
        (out / FILE_NAMES[fmt]).write_text(render(demo_report, fmt), encoding="utf-8")
    assert [i.key for i in discover([tmp_path])] == [article.name]
    warned = capsys.readouterr().err
    assert "out/report.md: skipped: a report checkfacts wrote" in warned
    assert "out/report.html: skipped: a report checkfacts wrote" in warned
    # given by name, a report is read: the user asked for it
    assert [i.key for i in discover([out / "report.md"])] == ["report.md"]
