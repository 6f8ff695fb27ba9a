"""The public Python API of checkfacts; the ``checkfacts`` command only wraps it.

Example::

    from checkfacts import api
    result = api.report(["articles/"], out_dir="reports")
    for cluster in result.clusters:
        print(cluster.verdict, cluster.statement)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from checkfacts import pipeline
from checkfacts.atomic import Content, write_files
from checkfacts.baseline import Baseline, dump_baseline, load_baseline, record
from checkfacts.config import Settings, load_settings
from checkfacts.errors import ConfigError
from checkfacts.fields import fields_of
from checkfacts.formats import FILE_NAMES, Format, stream
from checkfacts.gate import GateResult, evaluate
from checkfacts.models import FieldValue, Report, Source
from checkfacts.pipeline import Progress
from checkfacts.store import ClaimStore

__all__ = [
    "Format",
    "GateResult",
    "Report",
    "Settings",
    "analyse",
    "analyse_with_store",
    "check",
    "fields",
    "load_settings",
    "record_baseline",
    "report",
    "rules",
]


def default_paths(settings: Settings) -> list[str]:
    """The configured sources, resolved against the config's folder."""
    if not settings.sources:
        raise ConfigError("no PATH given and no sources configured under [tool.checkfacts]")
    return [_relative(settings.resolve(s)) for s in settings.sources]


def _relative(path: Path) -> str:
    """``path`` relative to the working folder when below it: how the pipeline reads it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _root(settings: Settings) -> Path:
    """The configuration root: paths in outputs are written relative to it."""
    return Path(os.path.abspath(settings.root))


def _shown(path: str | Path, root: Path) -> str:
    """How ``path`` (as given, from the working folder) is written in every output.

    Relative to the configuration root, with '/', so that the same run from any
    folder writes the same bytes: ``demo/a.txt`` whether typed as ``demo/a.txt`` at
    the root, ``a.txt`` inside ``demo/`` or ``/repo/demo/a.txt`` elsewhere. A file
    outside the root typed as a relative path gets ``..`` (``../shared/a.txt``); one
    typed as an absolute path stays as given.
    """
    given = os.fspath(path)
    typed = os.path.abspath(given)
    prefix = os.path.join(os.fspath(root), "")
    if typed.startswith(prefix):  # inside the root as typed: the common case, kept cheap
        return typed[len(prefix) :].replace(os.sep, "/")
    for full, base in (
        (typed, root),
        (os.path.realpath(given), Path(os.path.realpath(root))),
    ):
        if Path(full).is_relative_to(base):
            return Path(os.path.relpath(full, base)).as_posix()
    if os.path.isabs(given):
        return given
    return Path(os.path.relpath(os.path.abspath(given), root)).as_posix()


def _rooted(source: Source, root: Path) -> Source:
    """``source`` with its path as outputs write it (see :func:`_shown`)."""
    return source.model_copy(update={"path": _shown(source.path, root)})


def _rooted_report(report: Report, root: Path) -> Report:
    """``report`` with each source's path relative to ``root``."""
    return report.model_copy(update={"sources": tuple(_rooted(s, root) for s in report.sources)})


def _rooted_run(run: pipeline.Run, root: Path) -> pipeline.Run:
    """``run`` with the paths of its report and of its store files relative to ``root``."""
    stored = [
        entry.model_copy(update={"source": _rooted(entry.source, root)}) for entry in run.stored
    ]
    return dataclasses.replace(run, report=_rooted_report(run.report, root), stored=stored)


def _absolute(report: Report, root: Path) -> Report:
    """``report`` with each source's path absolute again, so that its file can be read."""
    sources = tuple(
        s.model_copy(update={"path": os.path.normpath(root / s.path)}) for s in report.sources
    )
    return report.model_copy(update={"sources": sources})


def analyse(
    paths: Sequence[str | Path],
    settings: Settings | None = None,
    progress: Progress | None = None,
    *,
    background_model: bool = False,
) -> Report:
    """Run the pipeline over ``paths`` (files or folders) and return the report, writing nothing.

    ``background_model`` loads the embedding model in a child process while articles
    are parsed: faster for a single run, slower for many runs in one process.
    """
    settings = settings or load_settings()
    result = pipeline.run(
        paths, settings, progress or (lambda *_: None), background_model=background_model
    )
    return _rooted_report(result, _root(settings))


def report(
    paths: Sequence[str | Path] | None = None,
    out_dir: str | Path | None = None,
    *,
    settings: Settings | None = None,
    formats: Sequence[Format] = tuple(Format),
    store: str | Path | None = None,
    progress: Progress | None = None,
    background_model: bool = False,
) -> Report:
    """Analyse ``paths`` and write the report in each of ``formats`` into ``out_dir``.

    With ``paths`` None the configured sources are read. ``store`` names a claim-store
    folder to read from and write (by default the configured one when reading the
    configured sources, else none). Outputs are written atomically, each streamed to a
    temporary file beside its target first: on any error nothing in ``out_dir`` changes.
    """
    settings = settings or load_settings()
    configured = paths is None
    inputs = default_paths(settings) if configured else list(paths or [])
    out = Path(out_dir) if out_dir is not None else settings.resolve(settings.reports)
    store_dir = (
        Path(store)
        if store is not None
        else (settings.resolve(settings.store) if configured else None)
    )
    if store_dir is None:
        result = analyse(inputs, settings, progress, background_model=background_model)
        write_files({out / FILE_NAMES[fmt]: _rendering(result, fmt) for fmt in formats})
        return result
    run = _stored_run(
        inputs,
        settings,
        store_dir,
        progress,
        background_model=background_model,
        extra=lambda r: {out / FILE_NAMES[fmt]: _rendering(r.report, fmt) for fmt in formats},
    )
    return run.report


def _rendering(report: Report, fmt: Format) -> Callable[[], Iterator[str]]:
    """Render ``report`` as ``fmt`` when called, in pieces the writer writes as they come."""
    return lambda: stream(report, fmt)


def analyse_with_store(
    paths: Sequence[str | Path] | None = None,
    *,
    settings: Settings | None = None,
    store: str | Path | None = None,
    progress: Progress | None = None,
    background_model: bool = False,
    base: str | None = None,
    names: bool = True,
) -> pipeline.Run:
    """Analyse ``paths`` (default: the configured sources) through the claim store.

    Sources the store holds unchanged are not read again and statements it has
    embedded are not embedded again; the store is then brought up to date (added and
    changed sources written, removed ones deleted), under its lock. ``store``
    defaults to the configured folder. Stored claims are checked, not trusted: a
    store file that differs from the git revision ``base`` (default ``HEAD``) and
    that this checkout did not produce itself is read again, and one that disagrees
    with its source raises :class:`~checkfacts.errors.StoreError` (see
    :class:`~checkfacts.store.Trust`). The returned run carries the report and
    :class:`~checkfacts.pipeline.RunStats`; ``names`` False leaves out the report's
    alias groups of names (the gate does not show them).
    """
    settings = settings or load_settings()
    inputs = default_paths(settings) if paths is None else list(paths)
    store_dir = Path(store) if store is not None else settings.resolve(settings.store)
    return _stored_run(
        inputs,
        settings,
        store_dir,
        progress,
        background_model=background_model,
        base=base,
        names=names,
    )


def _stored_run(
    inputs: Sequence[str | Path],
    settings: Settings,
    store_dir: Path,
    progress: Progress | None,
    *,
    background_model: bool,
    extra: Callable[[pipeline.Run], Mapping[Path, Content]] | None = None,
    base: str | None = None,
    names: bool = True,
) -> pipeline.Run:
    """Run through the store and write it (with ``extra`` files) atomically, under its lock.

    Staging files a killed run left in the store are removed first; store files are
    trusted as :meth:`~checkfacts.store.ClaimStore.trust` says against ``base``; only
    files the store recognises as its own are removed when no source owns them.
    """
    claim_store = ClaimStore(store_dir)
    with claim_store.lock():
        for leftover in claim_store.leftovers():
            leftover.unlink(missing_ok=True)
        trust = claim_store.trust(base)
        run = pipeline.execute(
            inputs,
            settings,
            progress or (lambda *_: None),
            background_model=background_model,
            store=claim_store,
            trust=trust,
            names=names,
        )
        run = _rooted_run(run, _root(settings))
        files: dict[Path, Content] = dict(
            claim_store.files(
                run.stored,
                run.vectors,
                run.texts,
                read=run.stats.extracted,
                trust=trust,
                stories=run.stories,
            )
        )
        if extra is not None:
            files.update(extra(run))
        write_files(files)
        for stale in claim_store.stale(files):
            stale.unlink()
    return run


def check(
    paths: Sequence[str | Path] | None = None,
    *,
    settings: Settings | None = None,
    fail_on: str | None = None,
    baseline: str | Path | None = None,
    store: str | Path | None = None,
    progress: Progress | None = None,
    background_model: bool = False,
    base: str | None = None,
) -> GateResult:
    """The CI gate: compare ``paths`` (default: the configured sources) through the store.

    Returns every finding at or above ``fail_on`` (default: the configured one), each
    marked new or accepted by the baseline (default: the configured file); the gate
    fails when :attr:`GateResult.failed`. Store files that differ from the git
    revision ``base`` (default ``HEAD``; in CI, the target branch) are read again and
    must agree with their sources. Writes the claim store, nothing else.
    """
    settings = settings or load_settings()
    baseline_path = Path(baseline) if baseline is not None else settings.resolve(settings.baseline)
    accepted = load_baseline(baseline_path)
    run = analyse_with_store(
        paths,
        settings=settings,
        store=store,
        progress=progress,
        background_model=background_model,
        base=base,
        names=False,  # the gate shows no alias groups
    )
    root = _root(settings)
    return evaluate(
        _absolute(run.report, root),
        fail_on=fail_on or settings.fail_on,
        accepted=accepted.fingerprints,
        changed=run.stats.extracted,
        baseline=_shown(baseline_path, root) if baseline_path.exists() else None,
        root=root,
        stats=run.stats.model_dump(mode="json"),
    )


def record_baseline(
    paths: Sequence[str | Path] | None = None,
    *,
    settings: Settings | None = None,
    baseline: str | Path | None = None,
    store: str | Path | None = None,
    progress: Progress | None = None,
    background_model: bool = False,
) -> tuple[Baseline, Path]:
    """Record every current finding as accepted in the baseline file; return it and its path.

    The file is written atomically, sorted by fingerprint (same findings, same bytes).
    """
    settings = settings or load_settings()
    baseline_path = Path(baseline) if baseline is not None else settings.resolve(settings.baseline)
    run = analyse_with_store(
        paths, settings=settings, store=store, progress=progress, background_model=background_model
    )
    recorded = record(run.report)
    write_files({baseline_path: dump_baseline(recorded)})
    return recorded, baseline_path


def fields(
    text: str,
    published: dt.date | str | None = None,
    *,
    settings: Settings | None = None,
    tense: str | None = None,
) -> list[FieldValue]:
    """The typed fields found in ``text``, given the publication date (if known).

    ``tense`` ('past' or 'future') reads every relative date that way.
    """
    settings = settings or load_settings()
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return fields_of(text, published, spacy_model=settings.spacy_model, tense=tense)


def rules(fmt: str = "text") -> str:
    """Every comparison rule, listed as 'text', 'json' or 'markdown' (``docs/rules.md``)."""
    from checkfacts.rules import listing

    render = {"text": listing.as_text, "json": listing.as_json, "markdown": listing.as_markdown}
    return render[fmt]()
