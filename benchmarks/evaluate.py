"""Score checkfacts reports against editor-written gold clusters and findings.

Run from the project root with ``nox -s eval`` or ``python benchmarks/evaluate.py``.
Each ``benchmarks/gold/*.yaml`` names a story (a folder under ``../shared/corpora``); the
script runs ``python -m checkfacts report <folder> -o <tmp> -q`` on it in a subprocess,
reads ``report.json`` and compares. The gold format is described at the top of each file.

Matching rules
--------------
1. Normalization. Quotes and claim texts are compared after NFKC, curly quotes to
   straight ones, every dash to "-", lower case and runs of whitespace to one space.
2. Members to claims. A gold member (source, quote) maps to every report claim of that
   source whose ``text`` contains the quote. A quote that is in the article but in no
   claim is a WARNING (the sentence was not extracted as a claim, or the claim was cut
   so the quote straddles two claims): a gold or ingest problem to look at. A quote not
   in the article at all, like any malformed gold, is a broken gold file (exit 2).
3. Overlap. A report cluster covers k sources of gold cluster G when it holds mapped
   claims of k distinct member sources of G. It matches G when k >= 2. G's best report
   cluster has the largest k, then the fewest intruders (claims mapped to no member of
   G), then the smallest id. G is found when its best k >= 2. Only report clusters of
   two or more claims take part.
4. Findings. Gold findings are (cluster, field) with a verdict and optional ``also``
   verdicts an editor would accept too; fields are date, quantity, places, attribution
   (who a claim is credited to), all compared by checkfacts, and names, hedges (not
   compared yet, so they score as missed). A predicted finding is relevant to G when
   its cluster matches G, it is on a field G has a gold finding for, and it involves
   G: its groups hold claims of at least two member sources of G (for a conflict, in
   at least two different groups), so a disagreement with an intruder claim never
   scores. Field clusters (``kind: field``, values lined
   up across claims that were not aligned as one) take no part in cluster matching
   (rule 3) or the confusion table (rule 6); their findings score here, against every
   gold cluster two or more of whose member sources they hold.
5. Conflict precision: over every predicted finding with verdict conflict. It is a true
   positive when it is relevant to some gold cluster whose finding on that field allows
   conflict (verdict or also). Conflict recall: over gold findings whose verdict is
   conflict; one is recalled when some relevant predicted finding says conflict.
   "Flagged" (conflict + nuance) is the looser view: the same rules with the set
   {conflict, nuance} in place of {conflict}.
6. Confusion table: for each found G, each gold finding against the prediction on the
   same field in G's best report cluster (column "none" when that cluster has no such
   finding); predicted findings there on fields the gold does not list go in row "-".
   "accepted" counts predictions equal to the verdict or in ``also``.
7. False alarms: predicted conflicts in clusters that match no gold cluster at all.

Output is deterministic for a given report. Exit 0 whatever the scores (this is a
measurement), 2 on a broken gold file (one line naming it), 1 if checkfacts fails.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "benchmarks" / "gold"
CORPORA = Path("..") / "shared" / "corpora"  # relative to ROOT, as the team runs it
VERDICTS = ("agree", "compatible", "nuance", "conflict")
FIELDS = ("date", "quantity", "places", "attribution", "names", "hedges")
MAX_QUOTE_WORDS = 12
CONFLICT = frozenset({"conflict"})
FLAGGED = frozenset({"conflict", "nuance"})


class GoldError(Exception):
    """A gold file that cannot be used; the message names the file."""


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class Member:
    source: str
    quote: str


@dataclass(frozen=True)
class GoldFinding:
    field: str
    verdict: str
    also: tuple[str, ...]
    reason: str

    def allows(self, verdicts: frozenset[str]) -> bool:
        return bool(verdicts & {self.verdict, *self.also})


@dataclass
class GoldCluster:
    id: str
    claim: str
    members: list[Member]
    findings: list[GoldFinding]

    @property
    def sources(self) -> list[str]:
        return sorted({m.source for m in self.members})


@dataclass
class Gold:
    path: Path
    name: str
    story: Path  # relative to ROOT
    clusters: list[GoldCluster]


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(_DASHES.sub("-", text).lower().split())


def _need(mapping: Any, key: str, kind: type, where: str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise GoldError(f"{where}: missing '{key}'")
    value = mapping[key]
    if not isinstance(value, kind) or (isinstance(value, str | list) and not value):
        raise GoldError(f"{where}: '{key}' must be a non-empty {kind.__name__}")
    return value


def load_gold(path: Path) -> Gold:
    """Parse and validate one gold file; raise GoldError with a one-line reason."""
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldError(f"{rel}: {' '.join(str(exc).split())}") from None
    try:
        return _parse_gold(path, data)
    except GoldError as exc:
        raise GoldError(f"{rel}: {exc}") from None


def _parse_gold(path: Path, data: Any) -> Gold:
    story = CORPORA / _need(data, "story", str, "top level")
    folder = ROOT / story
    if not folder.is_dir():
        raise GoldError(f"story folder {story} not found")
    articles = {p.stem: p for p in sorted(folder.iterdir()) if p.is_file()}
    texts = {stem: norm(p.read_text(encoding="utf-8")) for stem, p in articles.items()}
    clusters: list[GoldCluster] = []
    seen: set[str] = set()
    for i, raw in enumerate(_need(data, "clusters", list, "top level")):
        cid = _need(raw, "id", str, f"clusters[{i}]")
        where = f"cluster {cid}"
        if cid in seen:
            raise GoldError(f"{where}: duplicate id")
        seen.add(cid)
        members = []
        for j, m in enumerate(_need(raw, "members", list, where)):
            if not (isinstance(m, list) and len(m) == 2 and all(isinstance(x, str) for x in m)):
                raise GoldError(f"{where}: members[{j}] must be [source, quote] (quote it)")
            source, quote = m
            if source not in articles:
                raise GoldError(f"{where}: unknown source '{source}' (not a file in {story})")
            if not quote.strip() or len(quote.split()) > MAX_QUOTE_WORDS:
                raise GoldError(f"{where}: quote must be 1-{MAX_QUOTE_WORDS} words: {quote!r}")
            if norm(quote) not in texts[source]:
                raise GoldError(f"{where}: quote not in {source}: {quote!r}")
            members.append(Member(source, quote))
        if len({m.source for m in members}) < 2:
            raise GoldError(f"{where}: needs members from at least two sources")
        findings = []
        for j, f in enumerate(raw.get("findings") or []):
            fw = f"{where} findings[{j}]"
            name = _need(f, "field", str, fw)
            verdict = _need(f, "verdict", str, fw)
            also = f.get("also") or []
            if name not in FIELDS:
                raise GoldError(f"{fw}: field must be one of {', '.join(FIELDS)}")
            if any(name == g.field for g in findings):
                raise GoldError(f"{fw}: second finding on field {name}")
            if verdict not in VERDICTS or not isinstance(also, list):
                raise GoldError(f"{fw}: verdict must be one of {', '.join(VERDICTS)}")
            if any(v not in VERDICTS or v == verdict for v in also):
                raise GoldError(f"{fw}: 'also' must list other verdicts of {', '.join(VERDICTS)}")
            reason = _need(f, "reason", str, fw)
            findings.append(GoldFinding(name, verdict, tuple(sorted(also)), reason))
        clusters.append(GoldCluster(cid, _need(raw, "claim", str, where), members, findings))
    return Gold(path, path.stem, story, clusters)


# --------------------------------------------------------------------------- report


def run_report(gold: Gold, out: Path) -> dict[str, Any]:
    """Run checkfacts on the story in a fresh process; return the parsed report.json."""
    cmd = [sys.executable, "-m", "checkfacts", "report", str(gold.story), "-o", str(out), "-q"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):  # 1: the gate found something, still a report
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        print(f"checkfacts failed on {gold.story} (exit {proc.returncode}):\n{tail}")
        sys.exit(1)
    return load_report(out / "report.json")


def load_report(path: Path) -> dict[str, Any]:
    try:
        report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cannot read report {path}: {exc}", file=sys.stderr)
        sys.exit(1)
    return report


# --------------------------------------------------------------------------- scoring


@dataclass
class Story:
    name: str
    found: int = 0
    total: int = 0
    scores: dict[str, Counter[str]] = field(default_factory=dict)  # view -> tp/pred/gold/hit
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    false_alarms: int = 0
    warnings: int = 0


def short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def values_line(finding: dict[str, Any]) -> str:
    """The finding's values as 'text' (source), one per value group."""
    return "; ".join(
        ", ".join(f"{short(c['text'], 28)!r} ({c['source_id']})" for c in v.get("claims", []))
        for v in finding["values"]
    )


def ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "n/a"


def evaluate(gold: Gold, report: dict[str, Any], verbose: bool) -> Story:
    """Print the scores of one story and return its counts."""
    story = Story(gold.name, total=len(gold.clusters))
    claims = {c["id"]: c for c in report["claims"]}
    by_source: dict[str, list[dict[str, Any]]] = {}
    for c in sorted(report["claims"], key=lambda c: (c["source_id"], c["span"][0], c["id"])):
        by_source.setdefault(c["source_id"], []).append(c)
    clusters = sorted(
        (
            k
            for k in report["clusters"]
            if len(k["claim_ids"]) >= 2 and k.get("kind", "claim") == "claim"
        ),
        key=lambda k: k["id"],
    )
    field_clusters = sorted(
        (k for k in report["clusters"] if k.get("kind") == "field"), key=lambda k: k["id"]
    )
    cluster_of = {cid: k["id"] for k in clusters for cid in k["claim_ids"]}
    print(f"\n== {gold.name}: {gold.story}  ({len(gold.clusters)} gold clusters, ", end="")
    print(f"{len(report['claims'])} claims, {len(clusters)} multi-claim report clusters)")

    # Rule 2: members to claims.
    mapped: dict[str, dict[str, set[str]]] = {}  # gold id -> claim id -> member sources
    for g in gold.clusters:
        table = mapped.setdefault(g.id, {})
        for m in g.members:
            hits = [
                c["id"] for c in by_source.get(m.source, []) if norm(m.quote) in norm(c["text"])
            ]
            if not hits:
                story.warnings += 1
                print(f"  WARNING {g.id}: {m.source} {m.quote!r} matches no claim")
            for cid in hits:
                table.setdefault(cid, set()).add(m.source)

    # Rule 3: overlap of each report cluster with each gold cluster.
    def covered(g: GoldCluster, k: dict[str, Any]) -> set[str]:
        table = mapped[g.id]
        return {s for cid in k["claim_ids"] for s in table.get(cid, ())}

    matches: dict[str, list[GoldCluster]] = {k["id"]: [] for k in clusters}
    best: dict[str, tuple[dict[str, Any], set[str]] | None] = {}
    tops = {}
    for g in gold.clusters:
        ranked = []
        for k in clusters:
            cov = covered(g, k)
            if len(cov) >= 2:
                matches[k["id"]].append(g)
            if cov:
                intruders = sum(1 for cid in k["claim_ids"] if cid not in mapped[g.id])
                ranked.append((-len(cov), intruders, k["id"], k, cov))
        ranked.sort(key=lambda r: r[:3])
        tops[g.id] = top = ranked[0] if ranked else None
        hit = top is not None and len(top[4]) >= 2
        best[g.id] = (top[3], top[4]) if hit and top else None
        story.found += hit

    for k in field_clusters:  # rule 4: they take part in the findings, not in cluster recall
        matches[k["id"]] = [g for g in gold.clusters if len(covered(g, k)) >= 2]

    best_id = {gid: pick[0]["id"] for gid, pick in best.items() if pick}
    print("  clusters (best report cluster: gold sources covered, intruder claims):")
    for g in gold.clusters:
        top = tops[g.id]
        n = len(g.sources)
        if best[g.id] and top:
            shared = [h.id for h in gold.clusters if h is not g and best_id.get(h.id) == top[2]]
            also = f"; merged with {', '.join(shared)}" if shared else ""
            split = [k["id"] for k in clusters if g in matches[k["id"]] and k["id"] != top[2]]
            also += f"; split, also {', '.join(split)}" if split else ""
            print(f"    found  {g.id:28} {len(top[4])}/{n} in {top[2]} (+{top[1]} intruders{also})")
        else:
            spread = sorted(
                {
                    f"{src}->{cluster_of.get(cid, 'single')}"
                    for cid, srcs in mapped[g.id].items()
                    for src in srcs
                }
            )
            print(f"    MISSED {g.id:28} members: {' '.join(spread) or 'no claims'}")
        if verbose:
            _print_mapping(g, mapped[g.id], claims, cluster_of, top[3] if top else None)

    # Rules 4-5: predicted findings against gold findings.
    def involves(g: GoldCluster, f: dict[str, Any]) -> bool:
        table = mapped[g.id]
        groups = [{s for cid in grp for s in table.get(cid, ())} for grp in f["groups"]]
        if len(set().union(*groups)) < 2:
            return False
        return f["verdict"] != "conflict" or sum(1 for grp in groups if grp) >= 2

    def gold_finding(g: GoldCluster, name: str) -> GoldFinding | None:
        return next((x for x in g.findings if x.field == name), None)

    for label, view in (("conflict", CONFLICT), ("flagged", FLAGGED)):
        counts: Counter[str] = Counter()
        recalled: set[tuple[str, str]] = set()
        wrong = []
        for k in clusters + field_clusters:
            for f in k["findings"]:
                if f["verdict"] not in view:
                    continue
                counts["pred"] += 1
                tp = False
                for g in matches[k["id"]]:
                    gf = gold_finding(g, f["field"])
                    if gf is None or not involves(g, f):
                        continue
                    tp = tp or gf.allows(view)
                    if gf.verdict in view:
                        recalled.add((g.id, gf.field))
                counts["tp"] += tp
                if not tp and matches[k["id"]]:
                    said = ", ".join(
                        f"{g.id}: {gf.verdict if gf else 'no ' + f['field'] + ' finding'}"
                        for g in matches[k["id"]]
                        for gf in [gold_finding(g, f["field"])]
                    )
                    wrong.append(f"wrong: {f['field']} {f['verdict']} in {k['id']} (gold {said})")
                    wrong.append(f"  values: {values_line(f)}")
        gold_flags = [
            (g.id, f.field) for g in gold.clusters for f in g.findings if f.verdict in view
        ]
        counts["gold"] = len(gold_flags)
        counts["hit"] = len(recalled)
        story.scores[label] = counts
        print(
            f"  {label:8} findings: P={ratio(counts['tp'], counts['pred'])} "
            f"({counts['tp']}/{counts['pred']})  R={ratio(counts['hit'], counts['gold'])} "
            f"({counts['hit']}/{counts['gold']})"
        )
        for line in wrong:
            print(f"    {line}")
        for gid, fld in gold_flags:
            if (gid, fld) not in recalled:
                verdict = next(
                    f.verdict
                    for g in gold.clusters
                    if g.id == gid
                    for f in g.findings
                    if f.field == fld
                )
                print(f"    missed: {gid} {fld} {verdict}")

    # Rule 6: confusion table on found clusters.
    for g in gold.clusters:
        pick = best[g.id]
        if pick is None:
            continue
        k, _ = pick
        predicted = {f["field"]: f["verdict"] for f in k["findings"]}
        for gf in g.findings:
            story.confusion[(gf.verdict, predicted.get(gf.field, "none"))] += 1
            story.confusion[("accepted", "")] += predicted.get(gf.field) in {gf.verdict, *gf.also}
            story.confusion[("scored", "")] += 1
        for fld, verdict in sorted(predicted.items()):
            if all(gf.field != fld for gf in g.findings):
                story.confusion[("-", verdict)] += 1
    print_confusion(story.confusion)

    # Rule 7: false alarms.
    alarms = [
        (k, f)
        for k in clusters + field_clusters
        if not matches[k["id"]]
        for f in k["findings"]
        if f["verdict"] == "conflict"
    ]
    story.false_alarms = len(alarms)
    print(f"  false alarms (conflicts in clusters matching no gold cluster): {len(alarms)}")
    for k, f in alarms:
        print(f"    {k['id']} {f['field']}: {short(k['statement'], 70)}")
        print(f"      values: {values_line(f)}")
    return story


def _print_mapping(
    g: GoldCluster,
    table: dict[str, set[str]],
    claims: dict[str, dict[str, Any]],
    cluster_of: dict[str, str],
    top: dict[str, Any] | None,
) -> None:
    print(f"        claim: {g.claim}")
    for cid in sorted(table):
        where = cluster_of.get(cid, "(single)")
        print(f"        member {cid} -> {where}: {short(claims[cid]['text'], 70)}")
    if top:
        for cid in top["claim_ids"]:
            if cid not in table:
                print(f"        intruder {cid}: {short(claims[cid]['text'], 70)}")
        for f in top["findings"]:
            print(f"        predicted {f['field']} {f['verdict']} ({f['rule']}): {values_line(f)}")
    for gf in g.findings:
        also = f" (also {', '.join(gf.also)})" if gf.also else ""
        print(f"        gold {gf.field} {gf.verdict}{also}: {short(gf.reason, 70)}")


def print_confusion(confusion: Counter[tuple[str, str]]) -> None:
    cols = [*VERDICTS, "none"]
    print("  verdicts on found clusters (rows gold, columns predicted):")
    print("    " + f"{'':11}" + "".join(f"{c:>11}" for c in cols))
    for row in [*VERDICTS, "-"]:
        cells = [confusion[(row, c)] for c in cols]
        if any(cells) or row != "-":
            print("    " + f"{row:11}" + "".join(f"{n:>11}" for n in cells))
    scored = confusion[("scored", "")]
    print(f"    accepted (verdict or also): {confusion[('accepted', '')]}/{scored}")


def summary(name: str, found: int, total: int, scores: dict[str, Counter[str]]) -> str:
    c, f = scores["conflict"], scores["flagged"]
    pct = f"{100 * found / total:.0f}%" if total else "n/a"
    return (
        f"{name}: clusters found {found}/{total} ({pct})  "
        f"conflict P={ratio(c['tp'], c['pred'])} R={ratio(c['hit'], c['gold'])}  "
        f"(flagged P={ratio(f['tp'], f['pred'])} R={ratio(f['hit'], f['gold'])})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: all)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep reports in DIR/<story>/")
    parser.add_argument(
        "--reuse", type=Path, metavar="DIR", help="score DIR/<story>/report.json, no run"
    )
    parser.add_argument("--verbose", action="store_true", help="list each cluster mapping")
    opts = parser.parse_args()
    paths = [p.resolve() for p in opts.gold] or sorted(GOLD_DIR.glob("*.yaml"))
    if not paths:
        print(f"no gold files in {GOLD_DIR.relative_to(ROOT)}", file=sys.stderr)
        sys.exit(2)
    try:
        golds = [load_gold(p) for p in paths]  # all validated before anything runs
    except GoldError as exc:
        print(f"broken gold file: {exc}", file=sys.stderr)
        sys.exit(2)

    stories = []
    with tempfile.TemporaryDirectory(prefix="checkfacts-eval-") as tmp:
        for gold in golds:
            if opts.reuse:
                report = load_report(opts.reuse / gold.name / "report.json")
            else:
                out = (opts.keep or Path(tmp)) / gold.name
                report = run_report(gold, out.resolve())
            stories.append(evaluate(gold, report, opts.verbose))

    print()
    total: dict[str, Counter[str]] = {"conflict": Counter(), "flagged": Counter()}
    for s in stories:
        print(summary(s.name, s.found, s.total, s.scores))
        for view in total:
            total[view].update(s.scores[view])
    found, all_ = sum(s.found for s in stories), sum(s.total for s in stories)
    print(summary("overall", found, all_, total))
    warnings = sum(s.warnings for s in stories)
    alarms = sum(s.false_alarms for s in stories)
    print(f"false alarms {alarms}, member quotes matching no claim {warnings}")
    if opts.keep:
        print(f"reports kept in {opts.keep}/")


if __name__ == "__main__":
    main()
