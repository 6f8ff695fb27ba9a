"""Comparison rules: every rule that decides a verdict, by name, in a declared order.

One module per field family (``dates``, ``quantities``, ``places``, ``attribution``,
``hedges``, ``events``) holds the rules that compare two values of that family, and ``gates``
the rules the compare stage applies to a pair of claims. Each family module lists
its rules in the order they run, in one tuple ``RULES``; the first that decides wins
(see :mod:`checkfacts.rules.engine`).

The families are imported on first use, so that importing the registry does not
import the extractors they read values with.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from checkfacts.models import FieldValue
from checkfacts.rules.engine import Comparison, Engine, current, using
from checkfacts.rules.registry import REGISTRY, Rule, RuleSettings, of, rule

FAMILIES = (
    "dates",
    "quantities",
    "places",
    "attribution",
    "hedges",
    "events",
    "wording",
    "causes",
    "decisions",
    "gates",
)
"""Family modules, in the order ``checkfacts rules`` lists them."""

KIND_FAMILY = {
    "date": "dates",
    "quantity": "quantities",
    "places": "places",
    "attribution": "attribution",
    "hedge": "hedges",
    "event": "events",
}
"""Which family compares fields of each kind."""


def family(name: str) -> ModuleType:
    """The family module ``name`` (imported on first use)."""
    return importlib.import_module(f"checkfacts.rules.{name}")


def all_rules() -> list[Rule]:
    """Every registered rule: by family, then in the order the family runs them."""
    out: list[Rule] = []
    for name in FAMILIES:
        out.extend(of(func) for func in family(name).RULES)
    return out


def compare_fields(a: FieldValue, b: FieldValue, engine: Engine | None = None) -> Comparison:
    """How two fields of one kind relate, by the rules of their family (symmetric)."""
    compare: Comparison = family(KIND_FAMILY[a.kind]).compare(a, b, engine or current())
    return compare


__all__ = [
    "FAMILIES",
    "REGISTRY",
    "Comparison",
    "Engine",
    "Rule",
    "RuleSettings",
    "all_rules",
    "compare_fields",
    "current",
    "family",
    "of",
    "rule",
    "using",
]
