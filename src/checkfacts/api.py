"""The public Python API of checkfacts; the ``checkfacts`` command only wraps it.

Example::

    from checkfacts import api
    result = api.report(["articles/"], out_dir="reports")
    for cluster in result.clusters:
        print(cluster.verdict, cluster.statement)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from checkfacts import pipeline
from checkfacts.atomic import write_files
from checkfacts.config import Settings, load_settings
from checkfacts.errors import ConfigError
from checkfacts.fields import fields_of
from checkfacts.formats import FILE_NAMES, Format, render
from checkfacts.models import FieldValue, Report
from checkfacts.pipeline import Progress
from checkfacts.store import stale_files, store_files

__all__ = ["Format", "Report", "Settings", "analyse", "fields", "load_settings", "report"]


def default_paths(settings: Settings) -> list[str]:
    """The configured sources, resolved against the config's folder."""
    if not settings.sources:
        raise ConfigError("no PATH given and no sources configured under [tool.checkfacts]")
    return [_relative(settings.resolve(s)) for s in settings.sources]


def _relative(path: Path) -> str:
    """``path`` relative to the working folder when below it.

    Reports then do not depend on where the repository is checked out.
    """
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


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
    return pipeline.run(
        paths, settings, progress or (lambda *_: None), background_model=background_model
    )


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
    folder to write as well (by default the configured one when reading the configured
    sources, else none). Outputs are rendered in memory first and written atomically:
    on any error nothing in ``out_dir`` changes.
    """
    settings = settings or load_settings()
    configured = paths is None
    inputs = default_paths(settings) if configured else list(paths or [])
    result = analyse(inputs, settings, progress, background_model=background_model)
    out = Path(out_dir) if out_dir is not None else settings.resolve(settings.reports)
    files = {out / FILE_NAMES[fmt]: render(result, fmt) for fmt in formats}
    store_dir = (
        Path(store)
        if store is not None
        else (settings.resolve(settings.store) if configured else None)
    )
    if store_dir is not None:
        store_texts = store_files(result, store_dir)
        files.update(store_texts)
    write_files(files)
    if store_dir is not None:
        for stale in stale_files(store_dir, store_texts):
            stale.unlink()
    return result


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
