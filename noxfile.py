"""Development sessions: ``nox -s tests`` is what CI runs; ``nox -l`` lists them all.

Dependencies come from pyproject.toml's optional groups, so they are named once.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint"]
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "venv"

PYPROJECT = nox.project.load_toml("pyproject.toml")
GROUPS = PYPROJECT["project"]["optional-dependencies"]
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"


def install(session: nox.Session, *groups: str) -> None:
    """Install the project (editable) with its optional dependency groups."""
    extras = ",".join(groups)
    session.install("-e", f".[{extras}]" if extras else ".")


def ensure_chromium(session: nox.Session) -> None:
    """Install Debian's chromium for the browser tests where it is missing (root only)."""
    if shutil.which("chromium") or os.environ.get("CHECKFACTS_SKIP_APT"):
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        session.warn("chromium is missing and cannot be installed here: browser tests will fail")
        return
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", "-qq", external=True, env=env)
    session.run(
        "apt-get",
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        "chromium",
        external=True,
        env=env,
    )


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the whole test suite: real model, real corpora, real browser."""
    install(session, "test")
    if any("browser" in p.name for p in Path("tests").glob("test_*.py")):
        ensure_chromium(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Ruff, mypy and the import contract (nothing imports the CLI)."""
    install(session, "lint")
    session.run("ruff", "check", "src", "tests", "benchmarks", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests")
    session.run("mypy")
    session.run("lint-imports")


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Run ``checkfacts report`` on the bundled demo corpus; writes reports/ and claims/."""
    install(session)
    session.run("checkfacts", "report", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Time and measure the pipeline on the shared corpora and benchmarks (not run by CI)."""
    install(session, "test")
    session.run("python", "benchmarks/bench.py", *session.posargs)
    session.run("python", "benchmarks/temporal.py")
    session.run("python", "benchmarks/similarity.py")


@nox.session(python=PYTHON)
def eval(session: nox.Session) -> None:
    """The scoreboard: NewsWCL50 editor gold, ECB+ beside the naive peer, injected edits.

    Ends with the one ``eval:`` line to quote; ``nox -s eval -- --only stories --judge``
    lists every finding and a judgement stub for each unjudged one.
    """
    install(session)
    session.run("python", "benchmarks/evaluate.py", *(session.posargs or ["--summary"]))


@nox.session(python=PYTHON)
def audit(session: nox.Session) -> None:
    """List every conflict and nuance on every shared story, gold or not, to judge by eye."""
    install(session)
    session.run("python", "benchmarks/audit.py", *session.posargs)
