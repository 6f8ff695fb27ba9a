"""Rules for place sets: which places, and the connective joining them.

Each rule takes the two ``places`` fields (in a canonical order) and its settings,
and returns the explanation when it decides, else None.
"""

from __future__ import annotations

from checkfacts.models import FieldValue, PlacesValue
from checkfacts.rules.engine import Comparison, Engine
from checkfacts.rules.registry import NoSettings, rule


def _places(f: FieldValue) -> PlacesValue:
    assert isinstance(f.value, PlacesValue)
    return f.value


@rule("places.disjoint", "conflict")
def disjoint(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The two sets name no place in common.

    Fires: "on the surface or in orbit" vs "on the seabed or in the harbour".
    Holds: "on the surface or in orbit" vs "in orbit or on the ground".
    """
    pa, pb = set(_places(a).places), set(_places(b).places)
    if pa & pb:
        return None
    return f"“{a.text}” names {sorted(pa)}, “{b.text}” names {sorted(pb)}."


@rule("places.overlap", "nuance")
def overlap(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The sets share a place but differ in another.

    Fires: "in the north and in the east" vs "in the north and in the west".
    Holds: "in the north and in the east" vs "in the east and in the north".
    """
    pa, pb = set(_places(a).places), set(_places(b).places)
    if pa == pb or not pa & pb:
        return None
    return (
        f"“{a.text}” names {sorted(pa)}, “{b.text}” names {sorted(pb)}: "
        "the sets overlap but differ."
    )


@rule("places.connective", "nuance")
def connective(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The same places, joined with a different meaning ("or" against "and/or").

    Fires: "on the surface and/or in orbit" vs "on the surface or in orbit".
    Holds: "on the surface and/or in orbit" vs "on the surface or in orbit, or both".
    """
    va, vb = _places(a), _places(b)
    if set(va.places) != set(vb.places) or va.meaning == vb.meaning:
        return None
    return (
        f"Same places {sorted(va.places)}, joined differently: “{a.text}” says "
        f"{va.meaning} ({va.connective}), “{b.text}” says {vb.meaning} ({vb.connective})."
    )


@rule("places.same_meaning", "compatible")
def same_meaning(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The same places, joined by different words that mean the same.

    Fires: "in Paris and/or in Lyon" vs "in Paris or in Lyon, or both".
    Holds: "in Paris and/or in Lyon" vs "in Lyon and/or in Paris".
    """
    va, vb = _places(a), _places(b)
    if set(va.places) != set(vb.places) or va.connective == vb.connective:
        return None
    return (
        f"Same places {sorted(va.places)}; “{a.text}” ({va.connective}) and “{b.text}” "
        f"({vb.connective}) both mean {va.meaning}."
    )


@rule("places.same", "agree")
def same(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """The same places joined by the same connective.

    Fires: "at the port and in the town" vs "in the town and at the port".
    Holds: "at the port and in the town" vs "at the port or in the town".
    """
    va, vb = _places(a), _places(b)
    if set(va.places) != set(vb.places) or va.connective != vb.connective:
        return None
    return f"Same places {sorted(va.places)} joined by the same connective ({va.connective})."


RULES = (disjoint, overlap, connective, same_meaning, same)
"""The order the rules run in; the first that decides wins."""


def compare(a: FieldValue, b: FieldValue, engine: Engine) -> Comparison:
    """How two place sets relate (symmetric: the pair is put in a canonical order)."""
    return engine.compare_pair("places", RULES, a, b)
