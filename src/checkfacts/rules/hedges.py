"""Rules for hedges: how sure a claim is ("possibly", "plans to", "reportedly").

Each rule takes the two ``hedge`` fields (in a canonical order) and its settings, and
returns the explanation when it decides, else None. Hedges are compared by type
(possibility, plan, expectation, report), not by their words. Negations are found
but compared by no rule.
"""

from __future__ import annotations

from checkfacts.models import FieldValue, HedgeValue
from checkfacts.rules.engine import Comparison, Engine
from checkfacts.rules.registry import NoSettings, rule


def _hedge(f: FieldValue) -> HedgeValue:
    assert isinstance(f.value, HedgeValue)
    return f.value


@rule("hedge.different", "nuance")
def different(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The two hedges are of different types (a possibility against an expectation).

    Fires: "it will possibly open" vs "it is expected to open".
    Holds: "it will possibly open" vs "it may open".
    """
    va, vb = _hedge(a), _hedge(b)
    if va.type == vb.type:
        return None
    return f"“{a.text}” ({va.type}) and “{b.text}” ({vb.type}) qualify the claim differently."


@rule("hedge.same", "agree")
def same(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The two hedges are of one type, whatever their words.

    Fires: "it will possibly open" vs "it may open".
    Holds: "it will possibly open" vs "it is expected to open".
    """
    if _hedge(a).type != _hedge(b).type:
        return None
    return f"Both say “{a.text}” / “{b.text}”."


RULES = (different, same)
"""The order the rules run in; the first that decides wins."""


def compare(a: FieldValue, b: FieldValue, engine: Engine) -> Comparison:
    """How two hedges relate (symmetric: the pair is put in a canonical order)."""
    return engine.compare_pair("hedge", RULES, a, b)
