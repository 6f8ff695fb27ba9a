"""The ``checkfacts`` command: parses options, calls :mod:`checkfacts.api`, maps exit codes.

Heavy libraries (torch, spaCy) are imported only inside commands, so that
``checkfacts --help`` answers at once.
"""

from __future__ import annotations

import errno
import gc
import json
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

import click

from checkfacts import __version__
from checkfacts.errors import CheckfactsError, ExitCode, FileError
from checkfacts.inert import strip_controls
from checkfacts.vocabulary import GATE_VERDICTS


def _fail(exc: CheckfactsError) -> NoReturn:
    """Print ``exc`` as one line on stderr (no control characters) and exit with its code."""
    click.echo(f"checkfacts: error: {strip_controls(str(exc), keep='')}", err=True)
    sys.exit(exc.exit_code)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn a user error or a fault of the system (a full disk, a read-only store) into one line."""
    try:
        yield
    except CheckfactsError as exc:
        _fail(exc)
    except OSError as exc:
        _fail(FileError.from_os(exc))


GC_THRESHOLDS = (100_000, 50, 50)
"""Garbage-collector thresholds for a run: it makes hundreds of thousands of small
objects that live to its end, which the default thresholds rescan again and again
(seconds on a folder of hundreds of articles)."""


class _Main(click.Group):
    """The command group: a failure nobody foresaw still exits 2, never 1 ("found")."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except CheckfactsError as exc:
            _fail(exc)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise
            _fail(FileError.from_os(exc))
        except Exception as exc:
            traceback.print_exc()
            said = strip_controls(str(exc), keep="")
            click.echo(
                f"checkfacts: error: internal error, please report it: {type(exc).__name__}: "
                f"{said} [internal]",
                err=True,
            )
            sys.exit(ExitCode.USAGE)


def _settings(config: Path | None, **overrides: Any) -> Any:
    from checkfacts.config import load_settings

    return load_settings(config, **overrides)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str, int, int], None]]:
    """Progress on stderr while on a terminal; nothing when quiet or piped."""
    if quiet or not sys.stderr.isatty():
        yield lambda *_: None
        return
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


config_option = click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="pyproject.toml to read [tool.checkfacts] from (default: the nearest one).",
)
model_option = click.option(
    "--model", help="Embedding model: a folder, or an installed package that ships weights."
)
backend_option = click.option(
    "--backend",
    type=click.Choice(["onnx", "sentence-transformers"]),
    help="How the model runs: onnx (default, no torch) or sentence-transformers (reference).",
)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checkfacts")
def main() -> None:
    """Check which claims news sources share, and where they differ.

    \b
    Example:
      checkfacts report articles/ -o reports/
    """
    gc.set_threshold(*GC_THRESHOLDS)


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for report.json, report.md and report.html (default: reports/).",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(["json", "markdown", "html"]),
    help="Formats to write (repeatable; default: all three).",
)
@click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write the claim store here (default: claims/ for the configured sources).",
)
@model_option
@backend_option
@click.option("--spacy-model", help="spaCy pipeline: an installed package or a folder.")
@click.option("--max-bytes", type=int, help="Largest source file read, in bytes.")
@click.option("--similarity", type=float, help="Least cosine similarity for two claims to align.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary.")
@config_option
def report(
    paths: tuple[str, ...],
    output: Path | None,
    formats: tuple[str, ...],
    store: Path | None,
    model: str | None,
    backend: str | None,
    spacy_model: str | None,
    max_bytes: int | None,
    similarity: float | None,
    quiet: bool,
    config: Path | None,
) -> None:
    """Analyse articles and write the HTML, JSON and Markdown reports.

    PATHS are article files (.txt, .md, .html) or folders of them; with none, the
    sources configured under [tool.checkfacts] are read.

    \b
    Example:
      checkfacts report ../shared/corpora/ilrs -o out/
    """
    with _user_errors():
        from checkfacts import api
        from checkfacts.formats import Format

        settings = _settings(
            config,
            model=model,
            backend=backend,
            spacy_model=spacy_model,
            max_bytes=max_bytes,
            similarity=similarity,
        )
        chosen = [Format(f) for f in formats] or list(Format)
        with _progress(quiet) as progress:
            result = api.report(
                list(paths) or None,
                output,
                settings=settings,
                formats=chosen,
                store=store,
                progress=progress,
                background_model=True,
            )
    if not quiet:
        _summary(result, output or settings.resolve(settings.reports))


def _summary(result: Any, out: Path) -> None:
    from collections import Counter

    from checkfacts.models import VERDICT_ORDER

    counts = Counter(c.verdict for c in result.clusters)
    rows = [(v.value, counts.get(v, 0)) for v in VERDICT_ORDER]
    if sys.stderr.isatty():
        from rich.table import Table

        table = Table(title=f"{len(result.sources)} sources, {len(result.claims)} claims")
        table.add_column("verdict")
        table.add_column("clusters", justify="right")
        for name, n in rows:
            table.add_row(name, str(n))
        _stderr_console().print(table)
    else:
        click.echo(
            f"{len(result.sources)} sources, {len(result.claims)} claims, "
            + ", ".join(f"{n} {name}" for name, n in rows),
            err=True,
        )
    click.echo(f"report written to {out}", err=True)


GATE_FORMATS = ("text", "json", "sarif", "github", "junit")
"""Choices of ``check --format``; a test checks they match :class:`GateFormat`."""
FAIL_ON = GATE_VERDICTS

store_option = click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    help="Claim store folder (default: claims/ beside the config, or here).",
)
baseline_option = click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Baseline file (default: checkfacts-baseline.json beside the config).",
)


def _run_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every store-backed command shares."""
    for option in reversed(
        [
            store_option,
            baseline_option,
            model_option,
            backend_option,
            click.option("--spacy-model", help="spaCy pipeline: an installed package or a folder."),
            click.option("--max-bytes", type=int, help="Largest source file read, in bytes."),
            click.option(
                "--similarity", type=float, help="Least cosine similarity for two claims to align."
            ),
            click.option("-q", "--quiet", is_flag=True, help="No progress and no summary."),
            config_option,
        ]
    ):
        func = option(func)
    return func


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Lowest verdict that fails (conflict > nuance > compatible > agree; default: conflict).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(GATE_FORMATS),
    default="text",
    show_default=True,
    help="Output for people (text) or CI systems (sarif, github, junit, json).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the output to this file (atomically) instead of stdout.",
)
@click.option(
    "--base",
    metavar="REF",
    help="Git revision the claim store is checked against: store files that differ from it "
    "are read again and must agree (default: HEAD; in CI, the target branch).",
)
@_run_options
def check(
    paths: tuple[str, ...],
    fail_on: str | None,
    fmt: str,
    output: Path | None,
    base: str | None,
    store: Path | None,
    baseline: Path | None,
    model: str | None,
    backend: str | None,
    spacy_model: str | None,
    max_bytes: int | None,
    similarity: float | None,
    quiet: bool,
    config: Path | None,
) -> None:
    """The CI gate: exit 1 when a finding not in the baseline reaches --fail-on.

    Compares PATHS (default: the configured sources) through the claim store, so
    that sources already stored are not read again; a store file that differs from
    --base is read again and must agree with its source. Findings the baseline accepts
    are reported, marked accepted, and do not fail. Exit 0 clean, 1 found, 2 error.

    \b
    Example:
      checkfacts check --format sarif -o checkfacts.sarif
    """
    with _user_errors():
        from checkfacts import api
        from checkfacts.atomic import write_files
        from checkfacts.gate_formats import GateFormat, render

        settings = _settings(
            config,
            model=model,
            backend=backend,
            spacy_model=spacy_model,
            max_bytes=max_bytes,
            similarity=similarity,
            fail_on=fail_on,
        )
        with _progress(quiet) as progress:
            result = api.check(
                list(paths) or None,
                settings=settings,
                baseline=baseline,
                store=store,
                progress=progress,
                background_model=True,
                base=base,
            )
        text = render(result, GateFormat(fmt))
        if output is None:
            click.echo(text, nl=False)
        else:
            write_files({output: text})
    if not quiet and (output is not None or fmt != "text"):
        click.echo(
            f"checkfacts check: {len(result.new)} new, {len(result.accepted)} accepted "
            f"finding(s) at or above {result.fail_on.value}",
            err=True,
        )
    sys.exit(ExitCode.FOUND if result.failed else ExitCode.CLEAN)


@main.command()
@click.argument("paths", nargs=-1, type=str)
@_run_options
def baseline(
    paths: tuple[str, ...],
    store: Path | None,
    baseline: Path | None,
    model: str | None,
    backend: str | None,
    spacy_model: str | None,
    max_bytes: int | None,
    similarity: float | None,
    quiet: bool,
    config: Path | None,
) -> None:
    """Accept the current findings: record them in the baseline file that check reads.

    Commit the file; `checkfacts check` then reports these findings as accepted and
    fails only on new ones. Running it again replaces the file.

    \b
    Example:
      checkfacts baseline && git add checkfacts-baseline.json
    """
    with _user_errors():
        from checkfacts import api

        settings = _settings(
            config,
            model=model,
            backend=backend,
            spacy_model=spacy_model,
            max_bytes=max_bytes,
            similarity=similarity,
        )
        with _progress(quiet) as progress:
            recorded, path = api.record_baseline(
                list(paths) or None,
                settings=settings,
                baseline=baseline,
                store=store,
                progress=progress,
                background_model=True,
            )
    if not quiet:
        click.echo(f"{len(recorded.accepted)} finding(s) accepted in {path}", err=True)


FIELDS_MAX_BYTES = 20_000
"""Longest text ``checkfacts fields`` reads, in UTF-8 bytes: TEXT, or one line of
``fields -``. About a long article (3,000 words); reading time grows faster than the
length (20 kB some 3 s, 100 kB some 25 s, 1 MB minutes and gigabytes)."""


@main.command()
@click.argument("text")
@click.option(
    "--published", help="Publication date, YYYY-MM-DD, that relative dates resolve against."
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@config_option
def fields(text: str, published: str | None, fmt: str, config: Path | None) -> None:
    """Print the typed fields (dates, quantities, names, places, hedges) found in TEXT.

    With TEXT "-", read JSON Lines ({"text": ..., "published": ..., "tense": optional
    "past" or "future"} ) from stdin and
    write one JSON line ({"fields": [...]} or {"error": ...}) per input line, in order.
    An error names the line and what is wrong with it. TEXT, or a line, is at most
    20,000 bytes.

    \b
    Example:
      checkfacts fields "They signed it on Tuesday." --published 2021-03-10
    """
    import datetime as dt

    with _user_errors():
        from checkfacts import api

        settings = _settings(config)
        if text == "-":
            for number, line, size in _lines(sys.stdin.buffer, FIELDS_MAX_BYTES):
                answer = _fields_line(number, line, size, settings, api)
                click.echo(json.dumps(answer, ensure_ascii=False))
            return
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > FIELDS_MAX_BYTES:
            raise click.BadParameter(
                f"{size:,} bytes, over the limit of {FIELDS_MAX_BYTES:,}", param_hint="TEXT"
            )
        try:
            day = dt.date.fromisoformat(published) if published else None
        except ValueError:
            raise click.BadParameter(
                f"{published!r} is not YYYY-MM-DD", param_hint="--published"
            ) from None
        found = api.fields(text, day, settings=settings)
    if fmt == "json":
        click.echo(
            json.dumps({"fields": [f.model_dump(mode="json") for f in found]}, ensure_ascii=False)
        )
        return
    for f in found:
        click.echo(
            f"{f.span[0]:>4}-{f.span[1]:<4} {f.kind:<12} {f.text!r}  "
            + json.dumps(f.value.model_dump(mode="json"), ensure_ascii=False)
        )


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
def rules(fmt: str) -> None:
    """List every comparison rule: name, verdict, description, example and settings.

    Rules run in the order listed within each family; the first that decides wins.
    Switch one off with `disable = ["name"]` under [tool.checkfacts].

    \b
    Example:
      checkfacts rules --format json
    """
    with _user_errors():
        from checkfacts import api

        click.echo(api.rules(fmt), nl=False)


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Number, bytes (None when over ``limit``) and size of each line, newline left out.

    A line over the limit is skipped in chunks, never held whole.
    """
    number = 0
    while line := stream.readline(limit + 2):
        number += 1
        size, last = len(line), line
        while len(line) == limit + 2 and not last.endswith(b"\n"):
            last = stream.readline(1 << 16)
            if not last:
                break
            size += len(last)
        size -= len(last) - len(last.rstrip(b"\r\n"))
        yield number, (line.rstrip(b"\r\n") if size <= limit else None), size


def _fields_line(
    number: int, line: bytes | None, size: int, settings: Any, api: Any
) -> dict[str, Any]:
    """The answer to one line of ``fields -``: its fields, or what is wrong with the line."""
    import datetime as dt

    def error(problem: str) -> dict[str, Any]:
        return {"error": f"line {number}: {problem}"}

    if line is None:
        return error(f"{size:,} bytes, over the limit of {FIELDS_MAX_BYTES:,} per line")
    try:
        decoded = line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return error(f"not UTF-8 text (byte 0x{line[exc.start]:02x} at column {exc.start + 1})")
    try:
        item = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return error(f"not JSON ({exc.msg} at column {exc.colno})")
    except (ValueError, RecursionError):
        return error("not JSON that can be read (a number too long, or nesting too deep)")
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return error("expected a JSON object with a 'text' string")
    text = item["text"]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return error("'text' holds a lone surrogate (\\ud800-\\udfff): not Unicode text")
    published, day = item.get("published"), None
    if published not in (None, ""):
        try:
            day = dt.date.fromisoformat(published[:10])  # a time may follow the date
        except (TypeError, ValueError):  # not a string, or not a date
            return error(f"published must be YYYY-MM-DD, not {_shown(published)}")
    tense = item.get("tense")
    if tense not in (None, "past", "future"):
        return error(f"tense must be 'past' or 'future', not {_shown(tense)}")
    found = api.fields(text, day, settings=settings, tense=tense)
    return {"fields": [f.model_dump(mode="json") for f in found]}


def _shown(value: Any, width: int = 40) -> str:
    """``value`` as JSON (ASCII), cut to ``width`` characters, for an error line."""
    text = json.dumps(value)
    return text if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["ExitCode", "main"]
