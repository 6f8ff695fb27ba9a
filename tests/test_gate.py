"""The CI gate: claim store, baseline, fingerprints and formats, on a real git repository.

One module-scoped repository goes through the story a newsroom lives: four ILRS
articles pass, the July 2022 article ("recently inked") fails on its line 3, a
baseline accepts it, removing the article again leaves the store as it was, and an
unrelated paragraph added at the top of another article keeps the fingerprint.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from checkfacts.baseline import Baseline, fingerprint, load_baseline
from checkfacts.cli import FAIL_ON, GATE_FORMATS, main
from checkfacts.embed import masked_statement
from checkfacts.errors import ExitCode, StoreError
from checkfacts.gate import GATE_VERDICTS, GateFinding, GateResult, Location
from checkfacts.gate_formats import RENDERERS, GateFormat, render
from checkfacts.gate_formats.github import escape_data, escape_property
from checkfacts.models import Claim, Finding, Source, Verdict
from checkfacts.store import (
    ClaimStore,
    StoredSource,
    dump_stored,
    file_name,
    file_stem,
    locate_line,
    parse_stored,
)
from conftest import ILRS, need

JULY = "000_0bec98f5985b85c4.txt"
JULY_ID = "000-0bec98f5985b85c4"
OTHER = "004_a142b2e8e697d8e9.txt"
UNRELATED = "Space agencies around the world have long studied the poles of the Moon.\n\n"


def invoke(args, code):
    """Run the CLI in-process and assert its exit code."""
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == code, (args, result.output, result.stderr)
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (the store), by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    """The repository, taken through every step; what each step gave."""
    repo = tmp_path_factory.mktemp("gate") / "repo"
    articles = repo / "articles"
    articles.mkdir(parents=True)
    for path in sorted(need(ILRS).glob("*.txt")):
        if path.name != JULY:
            shutil.copy(path, articles / path.name)
    (repo / "pyproject.toml").write_text('[tool.checkfacts]\nsources = ["articles"]\n')
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "four sources")
    steps: dict[str, object] = {"repo": repo}
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(repo)
        steps["four"] = invoke(["check"], ExitCode.CLEAN).stdout
        store = repo / "claims"
        steps["store_four"] = snapshot(store)

        shutil.copy(ILRS / JULY, articles / JULY)
        invoke(["check", "--format", "json", "-o", "added.json", "-q"], ExitCode.FOUND)
        steps["added"] = json.loads((repo / "added.json").read_text())
        steps["stored_july"] = json.loads((store / file_name(JULY_ID)).read_text())
        invoke(["check", "--format", "sarif", "-o", "added.sarif", "-q"], ExitCode.FOUND)
        steps["sarif"] = json.loads((repo / "added.sarif").read_text())
        steps["github"] = invoke(["check", "--format", "github"], ExitCode.FOUND).stdout
        steps["junit"] = invoke(["check", "--format", "junit"], ExitCode.FOUND).stdout

        steps["baseline"] = invoke(["baseline"], ExitCode.CLEAN).stderr
        steps["baseline_file"] = (repo / "checkfacts-baseline.json").read_bytes()
        steps["accepted"] = invoke(["check"], ExitCode.CLEAN).stdout
        invoke(["check", "--format", "sarif", "-o", "accepted.sarif"], ExitCode.CLEAN)
        steps["accepted_sarif"] = json.loads((repo / "accepted.sarif").read_text())

        (articles / JULY).unlink()
        invoke(["check", "-q"], ExitCode.CLEAN)
        steps["store_removed"] = snapshot(store)

        shutil.copy(ILRS / JULY, articles / JULY)
        other = articles / OTHER
        other.write_text(UNRELATED + other.read_text(encoding="utf-8"), encoding="utf-8")
        invoke(["check", "--format", "json", "-o", "edited.json"], ExitCode.CLEAN)
        steps["edited"] = json.loads((repo / "edited.json").read_text())
    return steps


def _conflicts(result):
    return [f for f in result["findings"] if f["verdict"] == "conflict"]


def test_four_sources_pass(story):
    assert "ok: 0 new" in story["four"]


def test_adding_the_july_article_fails_on_its_line(story):
    added = story["added"]
    assert added["failed"] is True
    (conflict,) = _conflicts(added)
    assert conflict["state"] == "new"
    assert conflict["location"]["path"] == f"articles/{JULY}"
    assert conflict["location"]["line"] == 3
    assert "recently inked" in conflict["location"]["text"]
    assert added["changed"] == [JULY_ID]


def test_adding_a_source_reads_and_embeds_only_that_source(story):
    stats = story["added"]["stats"]
    assert stats["extracted"] == [JULY_ID]
    assert len(stats["reused"]) == 4
    others = set()
    for path, data in story["store_four"].items():
        if path.endswith(".json"):
            stored = parse_stored(data.decode(), Path(path))
            assert stored is not None
            others |= {masked_statement(c) for c in stored.claims}
    july = StoredSource.model_validate(story["stored_july"])
    new_statements = {masked_statement(c) for c in july.claims} - others
    assert new_statements
    assert stats["embedded"] == len(new_statements)


def test_sarif_result_on_the_recently_inked_line(story):
    log = story["sarif"]
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "checkfacts" and driver["version"]
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == [v.value for v in GATE_VERDICTS]
    for result in run["results"]:
        assert {"ruleId", "message", "locations", "partialFingerprints", "baselineState"} <= set(
            result
        )
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        for loc in result["locations"] + result.get("relatedLocations", []):
            physical = loc["physicalLocation"]
            assert not Path(physical["artifactLocation"]["uri"]).is_absolute()
            region = physical["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
            assert (region["endLine"], region["endColumn"]) >= (
                region["startLine"],
                region["startColumn"],
            )
    (new,) = [r for r in run["results"] if r["baselineState"] == "new"]
    physical = new["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == f"articles/{JULY}"
    assert physical["region"]["startLine"] == 3
    line = (ILRS / JULY).read_text(encoding="utf-8").splitlines()[2]
    start = physical["region"]["startColumn"] - 1
    assert line[start:].startswith(physical["region"]["snippet"]["text"][:20])
    assert "recently inked" in physical["region"]["snippet"]["text"]


def test_github_and_junit_report_the_new_conflict(story):
    errors = [x for x in story["github"].splitlines() if x.startswith("::error ")]
    assert len(errors) == 1
    assert f"file=articles/{JULY},line=3," in errors[0]
    suite = ET.fromstring(story["junit"]).find("testsuite")
    assert suite is not None and suite.get("failures") == "1"
    failed = [c for c in suite.iter("testcase") if c.find("failure") is not None]
    assert len(failed) == 1 and failed[0].get("file") == f"articles/{JULY}"


def test_baseline_accepts_and_still_reports(story):
    assert "accepted in" in story["baseline"]
    assert "(accepted)" in story["accepted"] and "ok: 0 new and 1 accepted" in story["accepted"]
    results = story["accepted_sarif"]["runs"][0]["results"]
    assert [r["baselineState"] for r in results] == ["unchanged"]
    assert results[0]["suppressions"][0]["kind"] == "external"
    baseline = json.loads(story["baseline_file"])
    prints = [a["fingerprint"] for a in baseline["accepted"]]
    assert prints == sorted(prints)


def test_removing_the_source_restores_the_store_byte_for_byte(story):
    assert story["store_removed"] == story["store_four"]


def test_fingerprint_survives_an_unrelated_paragraph_at_the_top(story):
    edited = story["edited"]
    (before,) = _conflicts(story["added"])
    (after,) = _conflicts(edited)
    assert after["fingerprint"] == before["fingerprint"]
    assert after["state"] == "accepted"
    lines = {r["source_id"]: r["line"] for r in before["related"]}
    moved = {r["source_id"]: r["line"] for r in after["related"]}
    assert moved["004-a142b2e8e697d8e9"] == lines["004-a142b2e8e697d8e9"] + 2
    assert "004-a142b2e8e697d8e9" in edited["stats"]["extracted"]


def test_runs_on_one_store_wait_for_its_lock(story):
    from checkfacts import api
    from checkfacts.config import load_settings

    repo = story["repo"]
    settings = load_settings(repo / "pyproject.toml")
    results: list[GateResult] = []
    with ClaimStore(repo / "claims").lock():
        worker = threading.Thread(target=lambda: results.append(api.check(settings=settings)))
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive() and not results
    worker.join(timeout=120)
    assert results and not results[0].failed


def test_a_fully_stored_run_never_loads_the_model(story):
    code = (
        "import sys; from checkfacts import api; r = api.check(); "
        "print(r.stats['embedded'], sorted(m for m in ('torch', 'sentence_transformers') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=story["repo"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0 []"


# --- store files, corrupt input ------------------------------------------------------------


@pytest.mark.parametrize(
    "ids",
    [
        ["a/b", "a-b", "A-B", "a_b", "a b"],
        ["../etc/passwd", "..", ".", "", ".hidden", "..\\..\\x", "/abs/path", "con"],
        ["x" * 300, "x" * 301, "é", "e"],
    ],
)
def test_store_names_are_safe_and_distinct(tmp_path, ids):
    names = [file_name(i) for i in ids]
    assert len(set(names)) == len(ids)
    folder = tmp_path / "claims"
    for name in names:
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert (folder / name).resolve().parent == folder.resolve()
        assert len(name) < 120
    assert file_stem("000-0bec98f5985b85c4") == "000-0bec98f5985b85c4"


def _corrupt_repo(tmp_path: Path, text: str) -> Path:
    repo = tmp_path / "repo"
    (repo / "articles").mkdir(parents=True)
    shutil.copy(ILRS / OTHER, repo / "articles" / OTHER)
    (repo / "pyproject.toml").write_text('[tool.checkfacts]\nsources = ["articles"]\n')
    (repo / "claims").mkdir()
    (repo / "claims" / file_name("004-a142b2e8e697d8e9")).write_text(text)
    return repo


def _stored_text() -> str:
    claim = Claim(id="s:1", source_id="s", text="They met.", span=(0, 9), statement="They met.")
    source = Source(id="s", path="s.txt", format="txt", sha256="0" * 64)
    return dump_stored(StoredSource(model="m", spacy_model="p", source=source, claims=(claim,)))


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda t: t.replace('"span": [\n', '"span": [,\n', 1), "not valid JSON"),
        (lambda t: t.replace('"statement": "They met."', '"statement": 7', 1), "statement"),
        (lambda t: t.replace('"kind": "fact"', '"kind": "fact",\n  "extra": 1', 1), "extra"),
    ],
)
def test_corrupt_store_file_exit_2_one_line_with_file_and_line(
    tmp_path, monkeypatch, edit, problem
):
    text = edit(_stored_text())
    repo = _corrupt_repo(tmp_path, text)
    monkeypatch.chdir(repo)
    result = invoke(["check"], ExitCode.USAGE)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    name = file_name("004-a142b2e8e697d8e9")
    with pytest.raises(StoreError) as err:
        parse_stored(text, Path(name))
    line = err.value.line
    assert line is not None and line > 1
    assert f"claims/{name}:{line}:" in lines[0] and problem in lines[0]
    bad = text.splitlines()[line - 1]
    assert problem in bad or problem == "not valid JSON"


def test_locate_line_follows_the_error_path():
    text = '{\n  "a": [\n    {"b": 1},\n    {\n      "c": 2\n    }\n  ]\n}\n'
    assert locate_line(text, ("a", 1, "c")) == 5
    assert locate_line(text, ("a", 0)) == 3
    assert locate_line(text, ("a", 1, "missing")) == 4
    assert locate_line("not json", ("a",)) == 1


def test_corrupt_baseline_names_file_and_line(tmp_path):
    path = tmp_path / "checkfacts-baseline.json"
    path.write_text(
        '{\n  "baseline_version": 1,\n  "accepted": [\n    {"fingerprint": 3}\n  ]\n}\n'
    )
    with pytest.raises(StoreError) as err:
        load_baseline(path)
    assert err.value.line == 4 and str(path) in str(err.value)
    assert load_baseline(tmp_path / "none.json") == Baseline()


# --- fingerprints and formats, on hand-made findings ------------------------------------------


def _claim(cid: str, source: str, statement: str, start: int) -> Claim:
    return Claim(
        id=cid,
        source_id=source,
        text=statement,
        span=(start, start + len(statement)),
        statement=statement,
    )


def test_fingerprint_keys_on_values_and_words_not_spans():
    value = {"timex": "2021-03-09", "basis": "read as of 2021-03-10", "published": None}
    finding = Finding(
        field="date",
        verdict=Verdict.CONFLICT,
        groups=(("a:1",), ("b:1",)),
        values=({"value": value, "claims": []}, {"value": {"timex": "PAST_REF"}, "claims": []}),
        rule="date.disjoint",
        explanation="x",
    )
    claims = {"a:1": _claim("a:1", "a", "They signed it Tuesday.", 0)}
    claims["b:1"] = _claim("b:1", "b", "They recently inked it.", 10)
    moved = {
        k: c.model_copy(update={"span": (c.span[0] + 99, c.span[1] + 99)})
        for k, c in claims.items()
    }
    assert fingerprint(finding, claims) == fingerprint(finding, moved)
    reworded = dict(claims, **{"b:1": _claim("b:1", "b", "They  RECENTLY inked it!", 10)})
    assert fingerprint(finding, claims) == fingerprint(finding, reworded)
    other_basis = finding.model_copy(
        update={"values": ({"value": dict(value, basis="other")}, finding.values[1])}
    )
    assert fingerprint(finding, claims) == fingerprint(other_basis, claims)
    other_value = finding.model_copy(
        update={"values": ({"value": dict(value, timex="2021-03-08")}, finding.values[1])}
    )
    assert fingerprint(finding, claims) != fingerprint(other_value, claims)


def _sample_result() -> GateResult:
    def loc(path: str, line: int) -> Location:
        return Location(
            path=path,
            source_id=Path(path).stem,
            claim_id=f"{Path(path).stem}:1",
            line=line,
            column=1,
            end_line=line,
            end_column=20,
            text='They, said: 100% "yes"',
        )

    def finding(state: str, verdict: Verdict) -> GateFinding:
        return GateFinding(
            fingerprint=f"{state}{verdict.value}",
            state=state,  # type: ignore[arg-type]
            verdict=verdict,
            field="date",
            rule="date.disjoint",
            explanation="50% say: a,b\nthen <c> & d\r",
            cluster_id="k1",
            statement="They signed.",
            location=loc("articles/a b.txt", 3),
            related=(loc("articles/c.txt", 5),),
        )

    return GateResult(
        fail_on=Verdict.NUANCE,
        sources=("articles/a b.txt", "articles/c.txt"),
        findings=(finding("new", Verdict.CONFLICT), finding("accepted", Verdict.NUANCE)),
    )


def test_every_gate_format_is_wired():
    assert set(RENDERERS) == set(GateFormat)
    assert set(GATE_FORMATS) == {f.value for f in GateFormat}
    assert tuple(v.value for v in GATE_VERDICTS) == FAIL_ON
    result = _sample_result()
    for fmt in GateFormat:
        text = render(result, fmt)
        assert text.endswith("\n") and "a b.txt" in text, fmt
        assert render(result, fmt) == text, fmt


def test_github_escaping():
    assert escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    lines = render(_sample_result(), GateFormat.GITHUB).splitlines()
    assert lines[0].startswith("::error file=articles/a b.txt,line=3,col=1,")
    assert lines[0].endswith("::50%25 say: a,b%0Athen <c> & d%0D")
    assert "title=checkfacts conflict%3A date" in lines[0]
    assert lines[1].startswith("::notice ")


def test_junit_and_sarif_shapes():
    result = _sample_result()
    root = ET.fromstring(render(result, GateFormat.JUNIT))
    cases = list(root.iter("testcase"))
    assert len(cases) == 2 and [c.find("failure") is not None for c in cases] == [True, False]
    log = json.loads(render(result, GateFormat.SARIF))
    states = [r["baselineState"] for r in log["runs"][0]["results"]]
    assert states == ["new", "unchanged"]
    assert json.loads(render(result, GateFormat.JSON))["counts"] == {"new": 1, "accepted": 1}
