"""The whole pipeline on real articles: the JSON contract, spans, ids, determinism."""

from __future__ import annotations

import json

import pytest

from checkfacts.formats import FILE_NAMES, RENDERERS, Format, render
from checkfacts.models import Verdict
from conftest import ILRS, NEWSWCL, need

VERDICTS = {v.value for v in Verdict}


def check_contract(data: dict) -> None:
    """Assert the documented shape of the JSON report (schema_version 1)."""
    assert data["schema_version"] == 1
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
            assert a <= fa <= fb <= b
        claim_ids.add(c["id"])
    seen = set()
    for k in data["clusters"]:
        assert {"id", "claim_ids", "verdict", "findings"} <= k.keys()
        assert k["verdict"] in VERDICTS
        assert set(k["claim_ids"]) <= claim_ids
        assert not seen & set(k["claim_ids"]), "a claim sits in two clusters"
        seen |= set(k["claim_ids"])
        for f in k["findings"]:
            assert {"field", "verdict", "groups", "values", "explanation"} <= f.keys()
            assert f["verdict"] in VERDICTS - {"single_source"}
            members = [cid for g in f["groups"] for cid in g]
            assert set(members) <= set(k["claim_ids"])
            assert len(f["values"]) == len(f["groups"])
            assert f["explanation"]
    assert seen == claim_ids, "every claim belongs to exactly one cluster"


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


def test_every_format_is_wired():
    assert set(RENDERERS) == set(Format)
    assert set(FILE_NAMES) == set(Format)


@pytest.mark.parametrize("event", sorted(p.name for p in NEWSWCL.glob("event-*")))
def test_newswcl50_event_reports(event, settings, tmp_path):
    from checkfacts import api

    result = api.report([str(need(NEWSWCL / event))], tmp_path, settings=settings)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(FILE_NAMES.values())
    check_contract(json.loads((tmp_path / "report.json").read_text(encoding="utf-8")))
    assert len(result.sources) == 5
    assert "<script>" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# checkfacts report")
