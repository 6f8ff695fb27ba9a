"""Markdown summary: which claims the sources share and where they differ."""

from __future__ import annotations

from collections import Counter

from checkfacts.formats.view import ReportView, value_label
from checkfacts.models import VERDICT_ORDER, Report


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def render_markdown(report: Report) -> str:
    """Render a readable summary: sources, verdict counts, clusters by urgency."""
    view = ReportView(report)
    lines = ["# checkfacts report", ""]
    lines += [
        "## Sources",
        "",
        "| id | outlet | title | published | basis | claims |",
        "|---|---|---|---|---|---|",
    ]
    for s in view.sources:
        lines.append(
            f"| `{s.id}` | {_cell(s.outlet or '')} | {_cell(s.title or '')} | "
            f"{s.published.date or 'unknown'} | {s.published.basis.value} | "
            f"{view.claim_count[s.id]} |"
        )
    counts = Counter(c.verdict for c in report.clusters)
    lines += ["", "## Verdicts", ""]
    lines += [f"- **{v.value}**: {counts.get(v, 0)}" for v in VERDICT_ORDER]
    lines += ["", "## Clusters shared by two or more sources", ""]
    shared = [c for c in report.clusters if len(view.cluster_sources(c)) > 1]
    if not shared:
        lines.append("No claim is shared by two sources.")
    for c in shared:
        across = (
            f" ({c.findings[0].field} lined up across claims)"
            if c.kind == "field" and c.findings
            else ""
        )
        lines += [
            f"### {c.verdict.value.upper()}: {_cell(c.statement)}",
            "",
            f"Cluster `{c.id}`{across}",
            "",
        ]
        for cid in c.claim_ids:
            claim = view.claims[cid]
            lines.append(
                f"- `{claim.source_id}` [{claim.span[0]}:{claim.span[1]}]: “{_cell(claim.text)}”"
            )
        for f in c.findings:
            lines += ["", f"**{f.field}: {f.verdict.value}** (rule `{f.rule}`)", ""]
            for n, (group, value) in enumerate(zip(f.groups, f.values, strict=True), start=1):
                words = "; ".join(
                    f"“{_cell(q['text'])}” ({q['source_id']})" for q in value["claims"]
                )
                label = value_label(f.field, value["value"])
                lines.append(
                    f"{n}. `{label}`, {view.origins(group)} independent origin(s): {words}"
                )
            lines += ["", f"> {_cell(f.explanation)}"]
        lines.append("")
    single = len(report.clusters) - len(shared)
    lines += [
        "",
        f"{single} further claims are made by one source only (see the JSON or HTML report).",
        "",
    ]
    return "\n".join(lines)
