"""Faults on the way out: every one is exit 2 and one line, and nothing is left half-written.

CI runs these as root, and root ignores a read-only mode bit, so each fault is made
real in a way root cannot get past: a file where a folder should be, ``/proc`` and
``/sys`` (no files can be created there), a FIFO in place of an output file, and,
where unprivileged user namespaces are allowed, a read-only bind mount and a tiny
tmpfs that fills up (``unshare --map-root-user --mount``).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checkfacts.atomic import write_files
from checkfacts.cli import main
from checkfacts.errors import CheckfactsError, ExitCode, FileError

ARTICLES = {
    "a.txt": "The council approved a budget of $5 million on Monday, March 1, 2021, "
    "officials said.\n",
    "b.txt": "The council approved a $6 million budget on Tuesday, March 2, 2021, "
    "the mayor said.\n",
}


def _can_unshare() -> bool:
    try:
        done = subprocess.run(
            ["unshare", "--map-root-user", "--mount", "true"], capture_output=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


needs_unshare = pytest.mark.skipif(
    not _can_unshare(), reason="unprivileged user and mount namespaces are not allowed here"
)


@pytest.fixture(scope="module")
def warm(settings, tmp_path_factory):
    """Two small articles and a claim store that holds them: later runs read nothing again."""
    from checkfacts import api

    base = tmp_path_factory.mktemp("faults")
    corpus = base / "articles"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    api.report([str(corpus)], base / "first", settings=settings, store=base / "claims")
    return corpus, base / "claims"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def one_line_exit_2(result_code: int, stderr: str) -> str:
    """Assert a clean failure: exit 2, one line, no traceback; return the line."""
    assert result_code == ExitCode.USAGE, stderr
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("checkfacts: error: "), lines[0]
    return lines[0]


def invoke(args: list[str]):
    return CliRunner().invoke(main, args, catch_exceptions=False)


# --- atomic writes, on their own ---------------------------------------------------------


def test_target_under_a_file_is_one_error_and_nothing_is_written(tmp_path):
    (tmp_path / "afile").write_text("in the way\n")
    good = tmp_path / "out" / "report.md"
    good.parent.mkdir()
    good.write_text("previous\n")
    with pytest.raises(FileError) as err:
        write_files({good: "new\n", tmp_path / "afile" / "out" / "report.json": "{}\n"})
    assert "afile is not a folder" in str(err.value)
    assert good.read_text() == "previous\n"
    assert sorted(os.listdir(good.parent)) == ["report.md"]


def test_folders_made_for_a_failed_write_are_removed(tmp_path):
    (tmp_path / "afile").write_text("in the way\n")
    with pytest.raises(FileError):
        write_files({tmp_path / "new" / "deep" / "a.md": "x", tmp_path / "afile" / "b.md": "y"})
    assert sorted(os.listdir(tmp_path)) == ["afile"]


def test_a_file_that_already_holds_the_content_is_left_alone(tmp_path):
    same, changed = tmp_path / "same.json", tmp_path / "changed.json"
    same.write_text("{}\n")
    changed.write_text("old\n")
    before = same.stat()
    write_files({same: "{}\n", changed: b"new\n"})
    after = same.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert changed.read_text() == "new\n"


def test_contents_made_on_demand_are_made_once_each_and_stay_atomic(tmp_path):
    made: list[str] = []

    def report(name: str) -> str:
        made.append(name)
        return f"{name}\n"

    first, second = tmp_path / "a.md", tmp_path / "b.md"
    write_files({first: lambda: report("a"), second: lambda: report("b")})
    assert made == ["a", "b"] and second.read_text() == "b\n"

    def broken() -> str:
        raise OSError(28, "No space left on device")

    with pytest.raises(FileError):
        write_files({first: "changed\n", second: broken})
    assert first.read_text() == "a\n"  # nothing was renamed into place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]


def test_streamed_contents_are_written_piece_by_piece_and_stay_atomic(tmp_path):
    target, other = tmp_path / "report.html", tmp_path / "report.json"
    target.write_text("old\n")
    pieces = ["<p>", "é" * 3, "</p>\n"] * 200_000  # more than one block of the writer
    write_files({target: lambda: iter(pieces), other: lambda: iter(["{", "}\n"])})
    assert target.read_text(encoding="utf-8") == "".join(pieces)
    assert other.read_text() == "{}\n"

    before = target.stat()  # the same pieces again: the file is left as it is
    write_files({target: lambda: iter(pieces)})
    after = target.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.json"]

    def stops_halfway():
        yield "<p>half"
        raise OSError(28, "No space left on device")

    with pytest.raises(FileError) as err:
        write_files({other: "changed\n", target: stops_halfway})
    assert str(err.value).startswith(f"{target}: ")
    assert target.read_text(encoding="utf-8") == "".join(pieces)  # nothing renamed into place
    assert other.read_text() == "{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.json"]


@pytest.mark.parametrize("folder", ["/proc/checkfacts-out", "/sys/checkfacts-out"])
def test_folder_that_cannot_be_made_even_by_root(folder):
    with pytest.raises(FileError) as err:
        write_files({Path(folder) / "report.md": "x"})
    assert str(err.value).startswith(f"{folder}: cannot create folder: ")
    assert not Path(folder).exists()


def test_file_that_cannot_be_staged_even_by_root(tmp_path):
    with pytest.raises(FileError) as err:
        write_files({tmp_path / "ok.md": "x", Path("/proc/checkfacts.md"): "y"})
    assert str(err.value).startswith("/proc/checkfacts.md: cannot write: ")
    assert not (tmp_path / "ok.md").exists()
    assert os.listdir(tmp_path) == []


def test_an_output_that_is_not_a_regular_file_is_left_alone(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(FileError) as err:
        write_files({pipe: "x"})
    assert "not a regular file" in str(err.value)
    assert pipe.is_fifo()
    assert sorted(os.listdir(tmp_path)) == ["pipe"]


def test_file_error_is_a_checkfacts_error_with_exit_2():
    assert issubclass(FileError, CheckfactsError)
    assert FileError.exit_code == ExitCode.USAGE


# --- the command line --------------------------------------------------------------------


@pytest.mark.parametrize("command", ["report", "check"])
def test_output_under_a_file(warm, tmp_path, command):
    corpus, store = warm
    (tmp_path / "afile").write_text("in the way\n")
    target = tmp_path / "afile" / ("out" if command == "report" else "out.txt")
    args = [command, str(corpus), "--store", str(store), "-o", str(target), "-q"]
    if command == "check":
        args += ["--baseline", str(tmp_path / "none.json")]
    result = invoke(args)
    line = one_line_exit_2(result.exit_code, result.stderr)
    assert str(tmp_path / "afile") in line and "is not a folder" in line and "[file]" in line
    assert sorted(os.listdir(tmp_path)) == ["afile"]


def test_output_in_proc(warm):
    corpus, store = warm
    result = invoke(["report", str(corpus), "--store", str(store), "-o", "/proc/checkfacts-out"])
    line = one_line_exit_2(result.exit_code, result.stderr)
    assert "/proc/checkfacts-out: cannot create folder" in line


def _in_namespace(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (sh) as root of a new user and mount namespace."""
    return subprocess.run(
        ["unshare", "--map-root-user", "--mount", "sh", "-ec", script],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _checkfacts(*args: str | Path) -> str:
    return shlex.join([sys.executable, "-m", "checkfacts", *map(str, args)])


def _read_only(folder: Path) -> str:
    q = shlex.quote(str(folder))
    return f"mount --bind {q} {q}; mount -o remount,bind,ro {q}\n"


@needs_unshare
def test_read_only_store(warm, tmp_path):
    corpus, warm_store = warm
    store = tmp_path / "claims"
    store.mkdir()
    before = snapshot(store)
    out = tmp_path / "out"
    done = _in_namespace(
        _read_only(store)
        + "rc=0; "
        + _checkfacts("report", corpus, "--store", store, "-o", out, "-q")
        + " || rc=$?; exit $rc"
    )
    line = one_line_exit_2(done.returncode, done.stderr)
    assert str(store) in line and "Read-only file system" in line
    assert snapshot(store) == before
    assert not out.exists()
    assert warm_store.is_dir()


@needs_unshare
def test_output_in_a_read_only_folder(warm, tmp_path):
    corpus, store = warm
    folder = tmp_path / "ro"
    folder.mkdir()
    done = _in_namespace(
        _read_only(folder)
        + "rc=0; "
        + _checkfacts("report", corpus, "--store", store, "-o", folder / "out", "-q")
        + " || rc=$?; exit $rc"
    )
    line = one_line_exit_2(done.returncode, done.stderr)
    assert str(folder / "out") in line and "Read-only file system" in line
    assert os.listdir(folder) == []


@needs_unshare
@pytest.mark.parametrize("command", ["report", "check"])
def test_full_disk(warm, tmp_path, command):
    corpus, store = warm
    disk = tmp_path / "disk"
    disk.mkdir()
    target = disk if command == "report" else disk / "gate.sarif"
    args: list[str | Path] = [command, corpus, "--store", store, "-o", target, "-q"]
    if command == "check":
        args += ["--format", "sarif", "--baseline", tmp_path / "none.json"]
    q = shlex.quote(str(disk))
    done = _in_namespace(
        f"mount -t tmpfs -o size=4k tmpfs {q}\n"
        f"head -c 1024 /dev/zero > {q}/keep\n"
        f"rc=0; {_checkfacts(*args)} || rc=$?\n"
        f"ls -A {q}; exit $rc"
    )
    line = one_line_exit_2(done.returncode, done.stderr)
    assert "No space left on device" in line and str(disk) in line
    assert done.stdout.split() == ["keep"], "a temporary or half-written file was left behind"


def test_an_unforeseen_failure_exits_2_never_1():
    """A bug must not read as "the gate found something": exit 2, the traceback, one last line."""
    group = type(main)(name="checkfacts")

    @group.command()
    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    result = CliRunner().invoke(group, ["broken"], catch_exceptions=False)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.splitlines()[-1] == (
        "checkfacts: error: internal error, please report it: "
        "ZeroDivisionError: division by zero [internal]"
    )
    assert "Traceback" in result.stderr


def test_an_error_naming_a_hostile_path_is_still_one_inert_line(tmp_path):
    missing = str(tmp_path / "a\x1b[2J\nb\rc.txt")
    result = invoke(["report", missing, "-o", str(tmp_path / "out")])
    line = one_line_exit_2(result.exit_code, result.stderr)
    assert "\x1b" not in line and "\r" not in line
    assert "a[2J b c.txt: no such file or folder [input]" in line
