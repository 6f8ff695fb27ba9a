"""The claim store: one JSON file per source with its claims, fields and spans.

Written deterministically (same input, same bytes) and atomically, so that it can be
committed and diffed in review.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import Field

from checkfacts.models import Claim, Contract, Report, Source

STORE_VERSION = 1


class StoredSource(Contract):
    """One file of the claim store."""

    store_version: int = Field(STORE_VERSION, description="Version of this file's layout.")
    model: str = Field(description="Embedding model the claims were aligned with.")
    source: Source = Field(description="The source, with the SHA-256 of its bytes.")
    claims: tuple[Claim, ...] = Field(description="The source's claims with fields and spans.")


def file_name(source_id: str) -> str:
    """A safe file name for a source id: no path separators, no leading dots."""
    safe = re.sub(r"[^a-z0-9_-]+", "-", source_id.lower()).strip("-.") or "source"
    return f"{safe}.json"


def store_files(report: Report, folder: Path) -> dict[Path, str]:
    """The store's files for ``report``: path -> text."""
    by_source: dict[str, list[Claim]] = {s.id: [] for s in report.sources}
    for claim in report.claims:
        by_source[claim.source_id].append(claim)
    files = {}
    for source in report.sources:
        entry = StoredSource(model=report.model, source=source, claims=tuple(by_source[source.id]))
        text = json.dumps(entry.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
        files[folder / file_name(source.id)] = text
    return files


def stale_files(folder: Path, keep: Iterable[Path]) -> list[Path]:
    """Store files in ``folder`` that no current source owns."""
    keep_names = {p.name for p in keep}
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if p.name not in keep_names)
