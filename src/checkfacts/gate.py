"""The CI gate: which findings are new, which are accepted, and where each one is.

:func:`evaluate` turns a :class:`~checkfacts.models.Report` and a baseline into a
:class:`GateResult`, the one model every gate format (``checkfacts.gate_formats``)
renders. A finding is located at the claim of the source that brought it: a source
read afresh in this run (added or changed) before one taken from the claim store,
then the smallest side (the odd one out).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from checkfacts import __version__
from checkfacts.baseline import fingerprint
from checkfacts.models import Claim, Finding, Report, Source, SourceText, Verdict

GATE_VERDICTS: tuple[Verdict, ...] = (
    Verdict.CONFLICT,
    Verdict.NUANCE,
    Verdict.COMPATIBLE,
    Verdict.AGREE,
)
"""Verdicts a finding can have, most pressing first: the choices of ``--fail-on``."""


def rank(verdict: Verdict | str) -> int:
    """0 for conflict, 1 for nuance, ... (lower is more pressing)."""
    verdict = Verdict(verdict)
    return GATE_VERDICTS.index(verdict) if verdict in GATE_VERDICTS else len(GATE_VERDICTS)


def reaches(verdict: Verdict | str, fail_on: Verdict | str) -> bool:
    """Whether ``verdict`` is at or above ``fail_on``."""
    return rank(verdict) <= rank(fail_on)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Location(_Model):
    """A claim's place in its file."""

    path: str = Field(description="The file, relative to the working folder, with '/'.")
    source_id: str = Field(description="Id of the source.")
    claim_id: str = Field(description="Id of the claim.")
    line: int = Field(description="1-based line the claim starts on.")
    column: int = Field(description="1-based column (in characters) the claim starts at.")
    end_line: int = Field(description="1-based line the claim ends on.")
    end_column: int = Field(description="1-based column just past the claim's last character.")
    text: str = Field(description="The claim's words.")


class GateFinding(_Model):
    """One finding at or above the failure threshold."""

    fingerprint: str = Field(description="Stable key of what the finding says.")
    state: Literal["new", "accepted"] = Field(description="Whether the baseline accepts it.")
    verdict: Verdict = Field(description="conflict, nuance, compatible or agree.")
    field: str = Field(description="The field compared.")
    rule: str = Field(description="The comparison rule that decided.")
    explanation: str = Field(description="The finding's explanation.")
    cluster_id: str = Field(description="Id of the finding's cluster.")
    statement: str = Field(description="The cluster's statement.")
    location: Location = Field(description="The claim that brought the finding.")
    related: tuple[Location, ...] = Field((), description="The other claims compared.")


class GateResult(_Model):
    """What ``checkfacts check`` found: the model every gate format renders."""

    tool_version: str = Field(__version__, description="Version of checkfacts.")
    fail_on: Verdict = Field(description="Lowest verdict that fails the gate.")
    baseline: str | None = Field(None, description="The baseline file read, if any.")
    sources: tuple[str, ...] = Field(description="Paths of the sources checked.")
    changed: tuple[str, ...] = Field((), description="Sources read afresh in this run (ids).")
    findings: tuple[GateFinding, ...] = Field(description="New first, most pressing first.")
    stats: dict[str, object] = Field(
        default_factory=dict, description="What the run took from the claim store."
    )

    @property
    def new(self) -> tuple[GateFinding, ...]:
        """Findings the baseline does not accept."""
        return tuple(f for f in self.findings if f.state == "new")

    @property
    def accepted(self) -> tuple[GateFinding, ...]:
        """Findings the baseline accepts."""
        return tuple(f for f in self.findings if f.state == "accepted")

    @property
    def failed(self) -> bool:
        """Whether the gate fails: some new finding reaches ``fail_on``."""
        return bool(self.new)


def evaluate(
    report: Report,
    *,
    fail_on: Verdict | str = Verdict.CONFLICT,
    accepted: Collection[str] = frozenset(),
    changed: Collection[str] = (),
    baseline: str | None = None,
    stats: Mapping[str, object] | None = None,
    root: Path | None = None,
) -> GateResult:
    """The gate's findings: those of ``report`` at or above ``fail_on``, new or accepted.

    ``accepted`` holds the baseline's fingerprints; ``changed`` the ids of sources read
    afresh (their claims are preferred as locations); paths are made relative to
    ``root`` (default: the working folder).
    """
    fail_on = Verdict(fail_on)
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    texts = {t.source_id: t for t in report.texts}
    locate = _Locator(sources, texts, root or Path.cwd())
    changed_set = set(changed)
    found: dict[str, GateFinding] = {}
    for cluster in report.clusters:
        for finding in cluster.findings:
            if not reaches(finding.verdict, fail_on):
                continue
            fp = fingerprint(finding, claims)
            if fp in found:
                continue
            primary = _primary(finding, claims, changed_set)
            others = [c for g in finding.groups for c in g if c != primary and c in claims]
            found[fp] = GateFinding(
                fingerprint=fp,
                state="accepted" if fp in accepted else "new",
                verdict=finding.verdict,
                field=finding.field,
                rule=finding.rule,
                explanation=finding.explanation,
                cluster_id=cluster.id,
                statement=cluster.statement,
                location=locate(claims[primary]),
                related=tuple(locate(claims[c]) for c in others),
            )
    ordered = sorted(
        found.values(),
        key=lambda f: (
            f.state != "new",
            rank(f.verdict),
            f.location.path,
            f.location.line,
            f.location.column,
            f.fingerprint,
        ),
    )
    return GateResult(
        fail_on=fail_on,
        baseline=baseline,
        sources=tuple(locate.path(s) for s in report.sources),
        changed=tuple(sorted(changed_set & set(sources))),
        findings=tuple(ordered),
        stats=dict(stats or {}),
    )


def _primary(finding: Finding, claims: Mapping[str, Claim], changed: set[str]) -> str:
    """The claim a finding is reported at: a changed source's, then the smallest side's."""
    members = [(n, cid) for n, group in enumerate(finding.groups) for cid in group if cid in claims]
    if not members:
        raise ValueError(f"finding {finding.field} names no known claim")

    def key(member: tuple[int, str]) -> tuple[bool, int, int, str, int]:
        n, cid = member
        claim = claims[cid]
        return (
            claim.source_id not in changed,
            len(finding.groups[n]),
            -n,
            claim.source_id,
            claim.span[0],
        )

    return min(members, key=key)[1]


class _Locator:
    """Maps claims to file, line and column."""

    def __init__(self, sources: Mapping[str, Source], texts: Mapping[str, SourceText], root: Path):
        self.sources = sources
        self.texts = texts
        self.root = root.resolve()
        self._raw: dict[str, str] = {}

    def path(self, source: Source) -> str:
        p = Path(source.path)
        try:
            return p.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return p.as_posix()

    def __call__(self, claim: Claim) -> Location:
        source = self.sources[claim.source_id]
        text = self.texts[claim.source_id].text
        start, end = claim.span
        if source.format == "html":
            text = self._file_text(source)
            found = text.find(claim.text)
            start, end = (found, found + len(claim.text)) if found >= 0 else (0, 0)
        line, column = _line_column(text, start)
        end_line, end_column = _line_column(text, end)
        return Location(
            path=self.path(source),
            source_id=source.id,
            claim_id=claim.id,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            text=claim.text,
        )

    def _file_text(self, source: Source) -> str:
        if source.id not in self._raw:
            try:
                self._raw[source.id] = Path(source.path).read_bytes().decode("utf-8-sig", "replace")
            except OSError:
                self._raw[source.id] = ""
        return self._raw[source.id]


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
