"""Markdown summary: which claims the sources share and where they differ.

Every text taken from an article is inert however the file is rendered: HTML is
escaped (``<script>`` shows as text), Markdown syntax that could make a link, an
image or a code span is escaped, and control characters (terminal escapes) are
stripped.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from checkfacts.formats.view import ReportView, reasons, value_label
from checkfacts.inert import strip_controls
from checkfacts.models import VERDICT_ORDER, Published, Report, Verdict

_MARKUP = re.compile(r"([\\`*_\[\]|~])")


def _cell(text: str) -> str:
    """Article text as inline Markdown on one line, for any cell, item or heading."""
    flat = " ".join(strip_controls(text).split())
    return _MARKUP.sub(r"\\\1", html.escape(flat, quote=False))


def _code(text: str) -> str:
    """``text`` as a code span, with a fence no backtick run inside can close."""
    flat = " ".join(strip_controls(text).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


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
            f"{_published(s.published)} | {s.published.basis.value} | "
            f"{view.claim_count[s.id]} |"
        )
    if view.story_rows:
        lines += [
            "",
            "## Stories",
            "",
            f"These sources tell {len(view.story_rows)} stories; claims are compared only "
            "within a story.",
            "",
            "| story | title | sources | flagged | clusters |",
            "|---|---|---|---|---|",
        ]
        for st in view.story_rows:
            names = ", ".join(f"`{r.id}`" for r in st.sources)
            lines.append(
                f"| `{st.id}` | {_cell(st.title)} | {names} | {st.flagged} | {st.clusters} |"
            )
    counts = Counter(c.verdict for c in report.clusters)
    lines += ["", "## Verdicts", ""]
    lines += [f"- **{v.value}**: {counts.get(v, 0)}" for v in VERDICT_ORDER]
    lines += ["", "## Clusters shared by two or more sources", ""]
    shared = [c for c in report.clusters if len(view.cluster_sources(c)) > 1]
    related = [c for c in shared if c.verdict is Verdict.RELATED]
    listed = [c for c in shared if c.verdict is not Verdict.RELATED]
    if not shared:
        lines.append("No claim is shared by two sources.")
    for c in listed:
        across = (
            f" ({c.findings[0].field} lined up across claims)"
            if c.kind == "field" and c.findings
            else ""
        )
        lines += [
            f"### {c.verdict.value.upper()}: {_cell(c.statement)}",
            "",
            f"Cluster `{c.id}`{across}{_in_story(view, c.id)}",
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
                label = value_label(f.field, value["value"])
                # each quote with its own value where it is not the side's: the side holds
                # values that fit each other, not one value
                words = "; ".join(
                    f"“{_cell(q['text'])}” ({q['source_id']}"
                    + (
                        f", {_cell(own)}"
                        if (own := value_label(f.field, q["value"])) != label
                        else ""
                    )
                    + ")"
                    for q in value["claims"]
                )
                lines.append(
                    f"{n}. {_code(label)}, {view.origins(group)} independent origin(s): {words}"
                )
            # The deciding comparison only: the pairwise rest is in the HTML and JSON.
            told = reasons(f.explanation)
            more = (
                f" ({len(told) - 1} more comparison{'s' if len(told) > 2 else ''} in the HTML "
                "and JSON)"
                if len(told) > 1
                else ""
            )
            lines += ["", f"> {_cell(told[0] if told else f.explanation)}{more}"]
        lines.append("")
    single = len(report.clusters) - len(shared)
    lines += [""]
    if related:
        lines.append(
            f"{len(related)} further clusters are related: two or more sources say alike "
            "things, but nothing shows that they agree (no field compared, a claim tied to "
            "no compared fact, or a different certainty; the HTML and JSON give each reason)."
        )
    lines += [
        f"{single} further claims are made by one source only (see the JSON or HTML report).",
        "",
    ]
    return "\n".join(lines)


def _published(published: Published) -> str:
    """The publication date, or why there is none ('says 2099-01-01, a future date')."""
    if published.date:
        return published.date
    if published.future:
        return f"unknown (says {_cell(published.future)}, a future date)"
    return "unknown"


def _in_story(view: ReportView, cluster_id: str) -> str:
    """', story `s…`' when the report has more than one story."""
    if not view.story_rows:
        return ""
    return f", story `{view.story_of.get(cluster_id, '?')}`"
