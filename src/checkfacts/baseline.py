"""The baseline: findings editors have accepted, keyed by fingerprints that survive edits.

A fingerprint is a hash of what a finding says, not of where it is: the field, each
side's sources and normalized value, and the normalized words of the claims
compared. Adding a paragraph elsewhere in an article moves every span and line but
changes no fingerprint; changing the values, or a source joining a side, does.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from checkfacts.errors import StoreError
from checkfacts.models import Claim, Contract, Finding, Report, Verdict
from checkfacts.store import locate_line

BASELINE_VERSION = 1

VOLATILE_KEYS = frozenset({"basis", "published", "assumed_published"})
"""Value keys that say how a value was read, not what it is (they follow other sources)."""


class AcceptedFinding(Contract):
    """One finding an editor accepted."""

    fingerprint: str = Field(description="What the finding says, hashed (see module docs).")
    verdict: Verdict = Field(description="Its verdict when it was accepted.")
    field: str = Field(description="The field compared.")
    statement: str = Field(description="Its cluster's statement, for the reader of the file.")


class Baseline(Contract):
    """The baseline file: accepted findings, sorted by fingerprint."""

    baseline_version: int = Field(BASELINE_VERSION, description="Version of this file's layout.")
    accepted: tuple[AcceptedFinding, ...] = Field((), description="Accepted findings.")

    @property
    def fingerprints(self) -> frozenset[str]:
        """The accepted fingerprints."""
        return frozenset(a.fingerprint for a in self.accepted)


def words(text: str) -> str:
    """Lower-case words of ``text``, single-spaced: punctuation and layout dropped."""
    return " ".join(re.findall(r"\w+", text.lower()))


def normalized_value(entry: Mapping[str, Any]) -> str:
    """A side's normalized value as canonical JSON, without how it was read."""
    value = entry.get("value", entry)
    if isinstance(value, Mapping):
        value = {
            k: v
            for k, v in value.items()
            if k not in VOLATILE_KEYS and k not in {"claims", "origins", "origin_sources"}
        }
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def fingerprint(finding: Finding, claims: Mapping[str, Claim]) -> str:
    """The fingerprint of ``finding``: stable under edits that leave its claims alone."""
    sides = []
    for n, group in enumerate(finding.groups):
        value = normalized_value(finding.values[n]) if n < len(finding.values) else "null"
        sources = sorted({claims[c].source_id if c in claims else c for c in group})
        sides.append([sources, value])
    statements = sorted(
        words(claims[c].statement) for group in finding.groups for c in group if c in claims
    )
    payload = json.dumps(
        {"field": finding.field, "sides": sorted(sides), "statements": statements},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def record(report: Report) -> Baseline:
    """Every finding of ``report`` as accepted."""
    claims = {c.id: c for c in report.claims}
    accepted: dict[str, AcceptedFinding] = {}
    for cluster in report.clusters:
        for finding in cluster.findings:
            fp = fingerprint(finding, claims)
            accepted.setdefault(
                fp,
                AcceptedFinding(
                    fingerprint=fp,
                    verdict=finding.verdict,
                    field=finding.field,
                    statement=cluster.statement,
                ),
            )
    return Baseline(accepted=tuple(accepted[k] for k in sorted(accepted)))


def dump_baseline(baseline: Baseline) -> str:
    """The baseline file's text: deterministic, one final newline."""
    return json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> Baseline:
    """Read the baseline at ``path``; none there is an empty baseline.

    A corrupt file raises :class:`StoreError` naming the file and line.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Baseline()
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read baseline: {exc}", path=path) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(f"not valid JSON: {exc.msg}", path=path, line=exc.lineno) from exc
    try:
        return Baseline.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise StoreError(
            f"{where}: {err['msg']}", path=path, line=locate_line(text, err["loc"])
        ) from exc
