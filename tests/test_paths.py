"""Paths are relative to the configuration root, never to the working folder.

The same run from the root, from a folder inside it, or from elsewhere with
``--config`` writes the same bytes: claim store, reports and gate output. Paths
given on the command line are written relative to the root, whatever folder they
were typed from; an absolute path outside the root is written as given.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checkfacts.cli import main
from checkfacts.errors import ExitCode
from conftest import ROOT

ARTICLES = {
    "a.txt": "Harbour news\n\nThe council approved the harbour budget on Monday, March 1, 2021, "
    "after a long debate.\n",
    "b.md": "---\ntitle: Budget passed\npublished: 2021-03-05\n---\n\nCouncil news\n\n"
    "The council approved the harbour budget on Wednesday, March 3, 2021, after a long "
    "debate.\n",
    "c.html": "<!doctype html>\n<html><head><title>Budget</title>\n"
    '<meta property="article:published_time" content="2021-03-05">\n</head>\n<body>\n'
    "<article>\n<h1>Harbour budget</h1>\n"
    "<p>The council approved the harbour budget on Friday, March 5, 2021, after a long "
    "debate.</p>\n</article>\n</body></html>\n",
}


def snapshot(*folders: Path) -> dict[str, bytes]:
    return {
        f"{folder.name}/{p.relative_to(folder).as_posix()}": p.read_bytes()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A project root with its config and articles, and a folder outside it."""
    root = tmp_path / "project"
    articles = root / "articles"
    articles.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    (root / "pyproject.toml").write_text(
        '[tool.checkfacts]\nsources = ["articles"]\nfail_on = "nuance"\n', encoding="utf-8"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    return root, elsewhere


def run_in(folder: Path, args: list[str], code: int = ExitCode.CLEAN):
    """Run the CLI in-process from ``folder``; assert its exit code."""
    here = Path.cwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(here)
    assert result.exit_code == code, (folder, args, result.output, result.stderr)
    return result


def test_report_from_any_folder_writes_the_same_bytes(project):
    root, elsewhere = project
    config = str(root / "pyproject.toml")
    run_in(root, ["report", "-q"])
    first = snapshot(root / "claims", root / "reports")
    assert any(k.startswith("claims/") and k.endswith(".json") for k in first)
    report = json.loads(first["reports/report.json"])
    assert sorted(s["path"] for s in report["sources"]) == [
        "articles/a.txt",
        "articles/b.md",
        "articles/c.html",
    ]
    for folder, extra in [
        (root / "articles", []),
        (elsewhere, ["--config", config]),
        (elsewhere, ["--config", os.path.relpath(config, elsewhere)]),
        (root / "articles", ["--config", "../pyproject.toml"]),
    ]:
        shutil.rmtree(root / "reports")
        run_in(folder, ["report", "-q", *extra])
        assert snapshot(root / "claims", root / "reports") == first, (folder, extra)


def _sources(report_json: Path) -> list[str]:
    return [s["path"] for s in json.loads(report_json.read_text())["sources"]]


def test_paths_given_are_written_relative_to_the_root(project):
    root, elsewhere = project
    config = str(root / "pyproject.toml")
    store = str(root / "store")
    run_in(root, ["report", "articles/a.txt", "articles/c.html", "-o", "r1", "--store", store])
    run_in(root / "articles", ["report", "a.txt", "c.html", "-o", "../r2", "--store", store])
    typed = [str(root / "articles" / "a.txt"), str(root / "articles" / "c.html")]
    run_in(elsewhere, ["report", *typed, "-o", "r3", "--store", store, "--config", config])
    first = (root / "r1" / "report.json").read_bytes()
    assert (root / "r2" / "report.json").read_bytes() == first
    assert (elsewhere / "r3" / "report.json").read_bytes() == first
    assert _sources(root / "r1" / "report.json") == ["articles/a.txt", "articles/c.html"]


def test_ids_of_two_sources_of_one_name_do_not_depend_on_the_working_folder(project):
    root, _ = project
    store = str(root / "store")
    run_in(root, ["report", "articles/a.txt", "articles", "-o", "r1", "--store", store, "-q"])
    run_in(root / "articles", ["report", "a.txt", ".", "-o", "../r2", "--store", store, "-q"])
    assert (root / "r2" / "report.json").read_bytes() == (root / "r1" / "report.json").read_bytes()


def test_paths_outside_the_root(project):
    root, elsewhere = project
    config = str(root / "pyproject.toml")
    outside = elsewhere / "outside.txt"
    shutil.copy(root / "articles" / "a.txt", outside)
    store = str(root / "store")
    run_in(root, ["report", "../elsewhere/outside.txt", "-o", "r1", "--store", store, "-q"])
    run_in(
        root / "articles",
        ["report", "../../elsewhere/outside.txt", "-o", "../r2", "--store", store, "-q"],
    )
    run_in(
        elsewhere, ["report", "outside.txt", "-o", "r3", "--store", store, "-q", "--config", config]
    )
    run_in(root, ["report", str(outside), "-o", "r4", "--store", store, "-q"])
    assert _sources(root / "r1" / "report.json") == ["../elsewhere/outside.txt"]
    first = (root / "r1" / "report.json").read_bytes()
    assert (root / "r2" / "report.json").read_bytes() == first
    assert (elsewhere / "r3" / "report.json").read_bytes() == first
    assert _sources(root / "r4" / "report.json") == [str(outside)]


@pytest.mark.parametrize("fmt", ["github", "text", "sarif"])
def test_gate_points_at_files_from_the_root(project, fmt):
    root, elsewhere = project
    config = str(root / "pyproject.toml")
    base = ["check", "--format", fmt, "-q"]
    outputs = [
        run_in(root, base, ExitCode.FOUND).stdout,
        run_in(root / "articles", base, ExitCode.FOUND).stdout,
        run_in(elsewhere, [*base, "--config", config], ExitCode.FOUND).stdout,
    ]
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]
    if fmt == "github":
        files = set(re.findall(r"^::(?:error|notice) file=([^,]+),", outputs[0], re.MULTILINE))
        assert files and files <= {"articles/a.txt", "articles/b.md", "articles/c.html"}
        assert "articles/c.html" in files
        html = [x for x in outputs[0].splitlines() if "file=articles/c.html," in x]
        assert all(",line=1," not in x for x in html), "the HTML file was not read from the root"


def _tracked(folder: Path) -> dict[str, bytes]:
    """The files of a store or report folder that belong in git (not the lock, not the cache)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.name != ".lock"
        and ".cache" not in p.relative_to(folder).parts
        and not p.name.endswith(".tmp")
    }


def test_the_committed_demo_reports_and_claims_are_current(settings, tmp_path):
    """The README's first command, ``checkfacts report`` at the root, leaves git clean.

    It is run as the README runs it (the configured sources, ``demo/``), with its two
    outputs sent to a temporary folder, and must give the committed bytes of
    ``reports/`` and ``claims/``. Nothing is scrubbed: the reports hold no date, time
    or absolute path, and what the store files hold of the code (the checkfacts
    version, the hash of the code that reads claims) changes them when the README
    command would change them too. To update: ``checkfacts report`` at the root, then
    commit ``reports/`` and ``claims/``.
    """
    from checkfacts import api

    assert settings.sources == ("demo",)
    api.report(None, tmp_path / "reports", settings=settings, store=tmp_path / "claims")
    for name in ("reports", "claims"):
        fresh, committed = _tracked(tmp_path / name), _tracked(ROOT / name)
        assert sorted(fresh) == sorted(committed), name
        stale = [f"{name}/{k}" for k in fresh if fresh[k] != committed[k]]
        assert not stale, f"stale: {stale}; run `checkfacts report` at the root and commit"
