"""Write files so that a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import filecmp
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

from checkfacts.errors import FileError

Content = str | bytes | Callable[[], str | bytes | Iterable[str]]
"""What a file is to hold, or how to make it: made one file at a time, as it is staged,
whole or as pieces of text that are written as they come."""

_BUFFER = 1 << 20
"""Characters of streamed pieces gathered before they are encoded and written."""


def write_files(files: Mapping[Path, Content]) -> None:
    """Write every file's text (or bytes) atomically; a failure leaves nothing behind.

    All contents are first written to temporary files beside their targets, then each
    is renamed over its target (``os.replace`` is atomic on one file system). When
    anything fails before the renames (a full disk, a read-only folder, a file in the
    way) no target is touched, the temporary files are removed and so are the folders
    made for them. A file that already holds exactly what would be written is left as
    it is (a claim store of thousands of sources rewrites only what changed). A content
    given as a function is called when its file is staged, so that only one large
    report is made at a time; when it gives pieces of text, they are written as they
    come, and the report is never held whole. Raises :class:`FileError` naming the path
    and the problem.
    """
    staged: list[tuple[str, Path]] = []
    made: list[Path] = []
    umask = os.umask(0)
    os.umask(umask)
    done = False
    try:
        for target in files:
            _make_folder(target.parent, made)
            _check_target(target)
        for target, content in files.items():
            try:
                given = content() if callable(content) else content
                pieces: Iterable[str | bytes]
                if isinstance(given, str | bytes):
                    if _holds(target, given):
                        continue
                    pieces, whole = (given,), True
                else:
                    pieces, whole = given, False
                fd, tmp = tempfile.mkstemp(
                    prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
                )
                staged.append((tmp, target))
                with os.fdopen(fd, "wb") as handle:
                    _write(handle, pieces)
                    handle.flush()
                    os.fsync(handle.fileno())
                if not whole and _same(tmp, target):
                    staged.pop()
                    os.unlink(tmp)
                    continue
                os.chmod(tmp, 0o666 & ~umask)
            except OSError as exc:
                raise FileError.from_os(exc, "cannot write", path=target) from exc
        for tmp, target in staged:
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise FileError.from_os(exc, "cannot write", path=target) from exc
        done = True
    finally:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if not done:
            for folder in reversed(made):
                with contextlib.suppress(OSError):
                    folder.rmdir()


def _write(handle: BinaryIO, pieces: Iterable[str | bytes]) -> None:
    """Write ``pieces`` in UTF-8, gathered into blocks of about :data:`_BUFFER` characters."""
    block: list[str] = []
    size = 0
    for piece in pieces:
        if isinstance(piece, bytes):
            handle.write("".join(block).encode("utf-8"))
            block, size = [], 0
            handle.write(piece)
            continue
        block.append(piece)
        size += len(piece)
        if size >= _BUFFER:
            handle.write("".join(block).encode("utf-8"))
            block, size = [], 0
    handle.write("".join(block).encode("utf-8"))


def _same(staged: str, target: Path) -> bool:
    """Whether file ``target`` holds exactly the bytes of the staged file."""
    try:
        return target.is_file() and filecmp.cmp(staged, target, shallow=False)
    except OSError:
        return False


def _make_folder(folder: Path, made: list[Path]) -> None:
    """Make ``folder`` and its missing parents, noting each one made in ``made``."""
    missing: list[Path] = []
    here = folder
    while not here.is_dir():
        if here.exists() or here.is_symlink():
            raise FileError(f"cannot create folder: {here} is not a folder", path=folder)
        missing.append(here)
        here = here.parent
    for part in reversed(missing):
        try:
            part.mkdir()
        except FileExistsError:
            if part.is_dir():
                continue
            raise FileError(f"cannot create folder: {part} is not a folder", path=folder) from None
        except OSError as exc:
            raise FileError.from_os(exc, "cannot create folder", path=folder) from exc
        made.append(part)


def _check_target(target: Path) -> None:
    """Refuse to rename over a folder, a device or a pipe: only files are replaced."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return
    if stat.S_ISDIR(mode):
        raise FileError("cannot write: it is a folder", path=target)
    if not stat.S_ISREG(mode):
        raise FileError("cannot write: not a regular file", path=target)


def _holds(target: Path, text: str | bytes) -> bool:
    """Whether ``target`` is a file whose bytes are already ``text``."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        if not target.is_file() or target.stat().st_size != len(data):
            return False
        return target.read_bytes() == data
    except OSError:
        return False
