"""One exception root for everything a user can get wrong, and the exit codes."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Exit codes, named once: the CLI and CI systems rely on them."""

    CLEAN = 0
    """Nothing reached the failure threshold."""
    FOUND = 1
    """The gate found something at or above ``--fail-on``."""
    USAGE = 2
    """Bad usage, bad input or any other failure: nothing was written."""


class CheckfactsError(Exception):
    """Root of every error checkfacts reports to a user as one line.

    ``slug`` is a short stable identifier of the problem (``input.binary``,
    ``config.invalid``) that scripts and docs can refer to.
    """

    slug = "error"
    exit_code = ExitCode.USAGE

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message} [{self.slug}]"


class InputError(CheckfactsError):
    """A source cannot be read: missing, empty, binary, undecodable, too big, malformed."""

    slug = "input"


class ConfigError(CheckfactsError):
    """The configuration or a command-line option is invalid."""

    slug = "config"


class ModelError(CheckfactsError):
    """A model cannot be loaded from disk."""

    slug = "model"


class StoreError(CheckfactsError):
    """The claim store or the baseline is corrupt."""

    slug = "store"


class FileError(CheckfactsError):
    """An output cannot be written: no permission, a read-only or full disk, a file in the way."""

    slug = "file"

    @classmethod
    def from_os(
        cls, exc: OSError, doing: str | None = None, *, path: str | Path | None = None
    ) -> FileError:
        """The one-line error for ``exc``: the path and the system's words for the problem.

        ``path`` defaults to the file the system names; ``doing`` says what failed.
        """
        problem = exc.strerror or str(exc) or type(exc).__name__
        return cls(
            f"{doing}: {problem}" if doing else problem,
            path=path if path is not None else exc.filename,
        )
