"""The ``checkfacts`` command: parses options, calls :mod:`checkfacts.api`, maps exit codes.

Heavy libraries (torch, spaCy) are imported only inside commands, so that
``checkfacts --help`` answers at once.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from checkfacts import __version__
from checkfacts.errors import CheckfactsError, ExitCode


def _fail(exc: CheckfactsError) -> None:
    click.echo(f"checkfacts: error: {exc}", err=True)
    sys.exit(exc.exit_code)


@contextmanager
def _user_errors() -> Iterator[None]:
    try:
        yield
    except CheckfactsError as exc:
        _fail(exc)


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checkfacts")
def main() -> None:
    """Check which claims news sources share, and where they differ.

    \b
    Example:
      checkfacts report articles/ -o reports/
    """


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
            config, model=model, spacy_model=spacy_model, max_bytes=max_bytes, similarity=similarity
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
FAIL_ON = ("conflict", "nuance", "compatible", "agree")

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
@_run_options
def check(
    paths: tuple[str, ...],
    fail_on: str | None,
    fmt: str,
    output: Path | None,
    store: Path | None,
    baseline: Path | None,
    model: str | None,
    spacy_model: str | None,
    max_bytes: int | None,
    similarity: float | None,
    quiet: bool,
    config: Path | None,
) -> None:
    """The CI gate: exit 1 when a finding not in the baseline reaches --fail-on.

    Compares PATHS (default: the configured sources) through the claim store, so
    that sources already stored are not read again. Findings the baseline accepts
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
            config, model=model, spacy_model=spacy_model, max_bytes=max_bytes, similarity=similarity
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

    \b
    Example:
      checkfacts fields "They signed it on Tuesday." --published 2021-03-10
    """
    import datetime as dt

    with _user_errors():
        from checkfacts import api

        settings = _settings(config)
        if text == "-":
            for line in sys.stdin:
                click.echo(json.dumps(_fields_line(line, settings, api), ensure_ascii=False))
            return
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
            + json.dumps(f.value, ensure_ascii=False)
        )


def _fields_line(line: str, settings: Any, api: Any) -> dict[str, Any]:
    import datetime as dt

    try:
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            return {"error": 'expected an object with a "text" string'}
        published = item.get("published")
        day = dt.date.fromisoformat(published[:10]) if published else None
        tense = item.get("tense")
        if tense not in (None, "past", "future"):
            return {"error": f"tense must be 'past' or 'future', not {tense!r}"}
        found = api.fields(item["text"], day, settings=settings, tense=tense)
        return {"fields": [f.model_dump(mode="json") for f in found]}
    except (ValueError, TypeError) as exc:
        return {"error": str(exc)}


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["ExitCode", "main"]
