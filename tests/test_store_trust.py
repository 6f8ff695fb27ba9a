"""The claim store owns only what it wrote, and stored claims are checked, not trusted.

One module-scoped git repository holds the demo corpus with its claim store committed
(``claims/*.json``; ``.lock`` and ``.cache/`` ignored by the project's own
``.gitignore``), as a newsroom keeps it. Each test works on a copy and edits what a
pull request, a crash or a careless command could: a claim deleted from a store file,
a cache file overwritten with garbage, a ``package.json`` in the store folder, the
temporary files of a killed run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from checkfacts.cli import main
from checkfacts.errors import ExitCode
from checkfacts.store import read_vectors, write_vectors
from conftest import DEMO, ROOT, need

STORE_02 = "claims/02-lanternquay-courier.json"
SOURCE_02 = "demo/02-lanternquay-courier.txt"
FOREIGN = {
    "package.json": '{"name": "newsroom", "private": true}\n',
    "tsconfig.json": '{"compilerOptions": {"strict": true}}\n',
    # Looks like a store file, but no source of this store is called "backup".
    "backup.json": '{\n  "store_version": 3,\n  "source": {"id": "01-harbour-gazette"}\n}\n',
}


def invoke(args: list[str], code: int):
    """Run the CLI in-process and assert its exit code."""
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == code, (args, result.output, result.stderr)
    return result


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def findings(result) -> list[tuple[str, str]]:
    gate = json.loads(result.stdout)
    return sorted((f["verdict"], f["fingerprint"]) for f in gate["findings"])


@pytest.fixture(scope="module")
def committed(tmp_path_factory):
    """A repository with the demo articles and their claim store committed."""
    repo = tmp_path_factory.mktemp("trust") / "repo"
    shutil.copytree(need(DEMO), repo / "demo")
    (repo / "pyproject.toml").write_text('[tool.checkfacts]\nsources = ["demo"]\n')
    shutil.copy(ROOT / ".gitignore", repo / ".gitignore")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "articles")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(repo)
        first = invoke(["check", "--format", "json"], ExitCode.FOUND)
    git(repo, "add", "claims")
    git(repo, "commit", "-q", "-m", "claim store")
    return repo, findings(first)


@pytest.fixture
def repo(committed, tmp_path, monkeypatch):
    """A fresh copy of the committed repository (with its cache), as the working folder."""
    copy = tmp_path / "repo"
    shutil.copytree(committed[0], copy, symlinks=True)
    monkeypatch.chdir(copy)
    return copy


def drop_claim(path: Path, word: str) -> None:
    """Delete the claims saying ``word`` from a store file, as a hand edit would."""
    data = json.loads(path.read_text(encoding="utf-8"))
    kept = [c for c in data["claims"] if word not in c["text"]]
    assert len(kept) < len(data["claims"])
    data["claims"] = kept
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --- stored claims are checked, not trusted (defect 3) --------------------------------------


def test_the_committed_store_is_taken_as_it_is(committed, repo):
    assert git(repo, "status", "--porcelain") == ""
    result = invoke(["check", "--format", "json"], ExitCode.FOUND)
    assert findings(result) == committed[1]
    stats = json.loads(result.stdout)["stats"]
    assert stats["extracted"] == [] and stats["embedded"] == 0


def test_an_uncommitted_claim_deletion_stops_the_gate(repo):
    drop_claim(repo / STORE_02, "recently")
    edited = (repo / STORE_02).read_bytes()
    result = invoke(["check"], ExitCode.USAGE)
    (line,) = result.stderr.splitlines()
    assert line.startswith("checkfacts: error: ")
    assert line.endswith(f"{STORE_02}: stored claims differ from what {SOURCE_02} gives [store]")
    assert (repo / STORE_02).read_bytes() == edited, "the file is left for its author to see"


def test_a_committed_claim_deletion_is_caught_against_the_base(repo):
    drop_claim(repo / STORE_02, "recently")
    git(repo, "commit", "-q", "-am", "tidy the store")
    result = invoke(["check", "--base", "HEAD~1", "-q"], ExitCode.USAGE)
    assert f"{STORE_02}: stored claims differ from what {SOURCE_02} gives [store]" in result.stderr


def test_a_base_that_is_no_revision_is_one_line(repo):
    result = invoke(["check", "--base", "no-such-branch"], ExitCode.USAGE)
    (line,) = result.stderr.splitlines()
    assert "no-such-branch" in line and line.endswith("[config]")


def test_outside_git_the_store_is_checked_against_what_it_wrote(committed, tmp_path, monkeypatch):
    plain = tmp_path / "plain"
    shutil.copytree(committed[0], plain, ignore=shutil.ignore_patterns(".git"))
    monkeypatch.chdir(plain)
    result = invoke(["check", "--format", "json"], ExitCode.FOUND)
    assert json.loads(result.stdout)["stats"]["extracted"] == []
    drop_claim(plain / STORE_02, "recently")
    result = invoke(["check"], ExitCode.USAGE)
    assert f"{STORE_02}: stored claims differ from what {SOURCE_02} gives [store]" in result.stderr


def test_vectors_overwritten_with_same_length_garbage_are_recomputed(committed, repo):
    vectors = sorted((repo / "claims" / ".cache").rglob("*.vectors"))
    assert len(vectors) == 5
    for path in vectors:
        head, _, body = path.read_bytes().partition(b"\n")
        garbage = (bytes(range(7, 256, 3)) * (len(body) // 83 + 1))[: len(body)]
        path.write_bytes(head + b"\n" + garbage)
        assert read_vectors(path) == {}
    result = invoke(["check", "--format", "json"], ExitCode.FOUND)
    assert findings(result) == committed[1]
    assert json.loads(result.stdout)["stats"]["embedded"] > 0


def test_a_vector_file_reads_back_and_any_changed_byte_voids_it(tmp_path):
    rows = np.eye(3, 4, dtype=np.float32)
    data = write_vectors({"a": rows[0], "b": rows[1], "c": rows[2]})
    path = tmp_path / "x.vectors"
    path.write_bytes(data)
    back = read_vectors(path)
    assert sorted(back) == ["a", "b", "c"] and np.array_equal(back["b"], rows[1])
    for at in (len(data) - 1, data.index(b"\n") + 1, data.index(b'"b"') + 1):
        path.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])
        assert read_vectors(path) == {}, at


# --- the store owns only what it wrote (defect 1) -------------------------------------------


def test_check_leaves_foreign_files_in_the_store_folder(repo):
    for name, text in FOREIGN.items():
        (repo / "claims" / name).write_text(text)
    stale = repo / "claims" / "06-removed-outlet.json"
    shutil.copy(repo / STORE_02, stale)
    data = json.loads(stale.read_text(encoding="utf-8"))
    data["source"]["id"] = "06-removed-outlet"
    stale.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    invoke(["check", "-q"], ExitCode.FOUND)
    for name, text in FOREIGN.items():
        assert (repo / "claims" / name).read_text() == text
    assert not stale.exists(), "a store file no source owns any more is ours to remove"


def test_report_into_a_shared_folder_deletes_nothing_it_did_not_write(tmp_path, monkeypatch):
    folder = tmp_path / "site"
    folder.mkdir()
    for name in ("01-harbour-gazette.txt", "02-lanternquay-courier.txt"):
        shutil.copy(DEMO / name, folder / name)
    for name, text in FOREIGN.items():
        (folder / name).write_text(text)
    monkeypatch.chdir(folder)
    invoke(["report", ".", "-o", str(tmp_path / "out"), "--store", ".", "-q"], ExitCode.CLEAN)
    assert (folder / "02-lanternquay-courier.json").is_file()
    (folder / "02-lanternquay-courier.txt").unlink()
    invoke(["report", ".", "-o", str(tmp_path / "out"), "--store", ".", "-q"], ExitCode.CLEAN)
    assert not (folder / "02-lanternquay-courier.json").exists()
    assert (folder / "01-harbour-gazette.json").is_file()
    for name, text in FOREIGN.items():
        assert (folder / name).read_text() == text


# --- temporary files of a killed run (defect 7) ---------------------------------------------


def staged(target: Path, content: bytes) -> Path:
    """A staging file named as ``atomic.write_files`` names them, as a kill leaves it."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
    return Path(name)


def test_leftovers_of_a_killed_run_are_cleaned_and_ignored(repo):
    store = repo / "claims"
    vectors = next((store / ".cache").rglob("02-*.vectors"))
    stored = store / "02-lanternquay-courier.json"
    ours = [
        staged(stored, stored.read_bytes()[:700]),
        staged(store / "07-not-yet-stored.json", b""),
        staged(vectors, vectors.read_bytes()[:50]),
    ]
    ignored = subprocess.run(
        ["git", "check-ignore", "--stdin"],
        cwd=repo,
        input="\n".join(p.relative_to(repo).as_posix() for p in ours),
        capture_output=True,
        text=True,
    ).stdout.split()
    assert len(ignored) == len(ours), "the project's .gitignore hides staging files"
    assert git(repo, "status", "--porcelain") == ""
    theirs = [
        staged(store / "package.json", b'{"name": "newsroom"'),
        staged(store / "notes.txt", b"draft"),
        staged(store / "03-bellbuoy-review.json", b"not what checkfacts writes"),
    ]
    invoke(["check", "-q"], ExitCode.FOUND)
    assert [p for p in ours if p.exists()] == []
    assert all(p.exists() for p in theirs)
