"""The cluster stage on hand-made claims and vectors (no embedding model).

Each claim gets a unit vector built from a few named directions, so the similarity
of two claims is known in advance: claims that share a direction are alike.
"""

from __future__ import annotations

import numpy as np

from checkfacts.cluster import align, cluster_id
from checkfacts.models import Claim, Verdict

DIRECTIONS = ("signing", "grounding", "weather", "toll")


def _claim(source: str, n: int, text: str, continues: str | None = None) -> Claim:
    return Claim(
        id=f"{source}-{n}",
        source_id=source,
        text=text,
        span=(0, len(text)),
        statement=text,
        continues=continues,
    )


def _vector(**weights: float) -> np.ndarray:
    v = np.array([weights.get(d, 0.0) for d in DIRECTIONS], dtype=np.float32)
    return v / np.linalg.norm(v)


def _clusters(rows: list[tuple[Claim, np.ndarray]], threshold: float = 0.55) -> list[set[str]]:
    claims = [c for c, _ in rows]
    matrix = np.stack([v for _, v in rows])
    return [set(k.claim_ids) for k in align(claims, matrix, threshold=threshold)]


def test_the_same_fact_in_three_sources_is_one_cluster() -> None:
    rows = [
        (_claim("a", 0, "The accord was signed on Tuesday."), _vector(signing=1)),
        (_claim("b", 0, "They signed the accord on March 9."), _vector(signing=1, weather=0.1)),
        (_claim("c", 0, "The accord was inked this week."), _vector(signing=1, toll=0.1)),
        (_claim("a", 1, "Storms closed the port."), _vector(weather=1)),
    ]
    assert {"a-0", "b-0", "c-0"} in _clusters(rows)
    assert {"a-1"} in _clusters(rows)


def test_one_source_never_holds_two_places_in_a_cluster() -> None:
    rows = [
        (_claim("a", 0, "The ship ran aground on Tuesday."), _vector(grounding=1)),
        # similarity 0.55 to the grounding: alike, but no repeat of it (REPEAT_SIMILARITY)
        (_claim("a", 1, "The ship was refloated on Monday."), _vector(grounding=1, signing=1.5)),
        (_claim("b", 0, "The vessel ran aground on March 23."), _vector(grounding=1)),
    ]
    found = _clusters(rows)
    assert {"a-0", "b-0"} in found
    for cluster in found:
        sources = [cid.split("-")[0] for cid in cluster]
        assert len(sources) == len(set(sources))


def test_unrelated_claims_stay_apart_below_the_threshold() -> None:
    rows = [
        (_claim("a", 0, "Twelve people died in the floods."), _vector(toll=1)),
        (_claim("b", 0, "The accord was signed on Tuesday."), _vector(signing=1)),
    ]
    assert _clusters(rows) == [{"a-0"}, {"b-0"}]


def test_a_continuation_may_share_its_claims_cluster() -> None:
    first = _claim("a", 0, "The two ministers signed a memorandum.")
    then = _claim("a", 1, "They made it public on March 9.", continues="a-0")
    rows = [
        (first, _vector(signing=1)),
        (then, _vector(signing=1, weather=0.3)),
        (_claim("b", 0, "A memorandum was signed and published on March 9."), _vector(signing=1)),
    ]
    merged = next(c for c in _clusters(rows) if "b-0" in c)
    assert "a-0" in merged


def test_clusters_and_ids_are_stable_whatever_the_input_order() -> None:
    rows = [
        (_claim("a", 0, "The accord was signed on Tuesday."), _vector(signing=1)),
        (_claim("b", 0, "They signed the accord on March 9."), _vector(signing=1, weather=0.1)),
        (_claim("c", 0, "Storms closed the port."), _vector(weather=1)),
    ]
    claims = [c for c, _ in rows]
    forward = align(claims, np.stack([v for _, v in rows]), threshold=0.55)
    backward = align(claims[::-1], np.stack([v for _, v in rows[::-1]]), threshold=0.55)
    assert [(k.id, k.claim_ids) for k in forward] == [(k.id, k.claim_ids) for k in backward]
    assert all(k.id == cluster_id(k.claim_ids) for k in forward)
    assert {k.verdict for k in forward} == {Verdict.RELATED, Verdict.SINGLE_SOURCE}


# --- claims that report one event join one cluster (cluster._join_one_event) ------------

from checkfacts.config import Settings  # noqa: E402
from checkfacts.fields import fields_of  # noqa: E402

SPACY = Settings().spacy_model


def _read(source: str, n: int, text: str) -> Claim:
    """A hand-made claim with the fields the reader gives its text."""
    claim = _claim(source, n, text)
    return claim.model_copy(update={"fields": tuple(fields_of(text, None, spacy_model=SPACY))})


def _alike(similarity: float) -> np.ndarray:
    """A vector whose similarity to ``_vector(toll=1)`` is ``similarity``."""
    return _vector(toll=similarity, weather=float(np.sqrt(1 - similarity**2)))


def test_a_restatement_in_other_words_joins_through_its_event() -> None:
    # An obituary and a recall: a headline too unlike the body to align by its words
    # still reports the same death, so it joins, with its source's other claim.
    for first, second, other in [
        ("Swimmer and film star Ada Reyes dies at 91",
         "Ada Reyes died early Thursday in her sleep, her publicist said.",
         "Ada Reyes died on Thursday, according to her family."),
        ("Fire destroys historic mill in Ashby",
         "A fire destroyed the old mill in Ashby on Sunday night.",
         "The old mill in Ashby was destroyed by fire on Sunday."),
    ]:  # fmt: skip
        rows = [
            (_read("a", 0, first), _alike(0.4)),
            (_read("a", 1, second), _vector(toll=1)),
            (_read("b", 0, other), _vector(toll=1)),
        ]
        assert {"a-0", "a-1", "b-0"} in _clusters(rows), first


def test_an_act_told_through_its_noun_joins_the_act_told_by_its_verb() -> None:
    # An air raid and a tenants' suit: "dropped bombs on" is bombing, "filed a lawsuit
    # against" is suing; told in words too unlike to align, they still report one act.
    for first, other in [
        ("Two jets dropped bombs on the market in Kessa.",
         "The market in Kessa was bombed, residents said."),
        ("The tenants filed a lawsuit against their landlord.",
         "The tenants sued their landlord, their lawyer said."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, first), _alike(0.4)), (_read("b", 0, other), _vector(toll=1))]
        assert {"a-0", "b-0"} in _clusters(rows), first


def test_a_second_thing_done_told_by_a_participle_joins_through_its_event() -> None:
    # A union's court fight and a refinery's closure: the lawsuit and the layoffs are
    # told after a comma, in a participle, and another outlet reports them as its event.
    for first, other in [
        ("The Harbor Workers Union opened a legal fight against Ashby Mills on Monday, "
         "filing a lawsuit in state court.",
         "The Harbor Workers Union filed a lawsuit against Ashby Mills on Monday."),
        ("Delta Fuels shut its Corbin refinery on Friday, laying off 300 workers.",
         "Delta Fuels laid off 300 workers at the Corbin refinery, the company said."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, first), _alike(0.4)), (_read("b", 0, other), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0", "b-0"}], first


def test_an_event_told_as_to_come_does_not_join_one_told_as_done() -> None:
    # A promise and its keeping, a plan and the act (a winter shelter, a toll bridge):
    # two happenings at two times, not one event on the verb alone.
    for first, other in [
        ("Mayor Ana Ruiz promised to close the Dock Street shelter.",
         "Mayor Ana Ruiz closed the Dock Street shelter on Friday."),
        ("Harbor Transit will reopen the Corbin toll bridge next month.",
         "Harbor Transit reopened the Corbin toll bridge, officials said."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, first), _alike(0.4)), (_read("b", 0, other), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0"}, {"b-0"}], first
    # both told as to come, or both as done (a headline's present), they join
    for first, other in [
        ("Mayor Ana Ruiz plans to close the Dock Street shelter.",
         "Mayor Ana Ruiz will close the Dock Street shelter in May."),
        ("Harbor Transit reopens the Corbin toll bridge",
         "Harbor Transit reopened the Corbin toll bridge, officials said."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, first), _alike(0.4)), (_read("b", 0, other), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0", "b-0"}], first


def test_one_fate_told_by_two_verbs_joins() -> None:
    # A deputy's death and a guard's wounding, told by what was done to them and by
    # what became of them: one happening, so the claims join in other words.
    for first, second in [
        ("Deputy Ruiz was killed outside the apartment on Friday.",
         "Deputy Ruiz died after a shooting on Friday afternoon."),
        ("The guard was wounded in the raid on the depot.",
         "The guard was injured during the depot raid, officials said."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, first), _alike(0.4)), (_read("b", 0, second), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0", "b-0"}], first
    # two people, each with their fate: the gunman died, the deputy was killed
    for first, second in [
        ("Deputy Ruiz was killed outside the apartment on Friday.",
         "The gunman died after a shootout on Friday afternoon."),
        ("The guard was wounded in the raid on the depot.",
         "A driver was injured during the depot raid, officials said."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, first), _alike(0.4)), (_read("b", 0, second), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0"}, {"b-0"}], second


def test_an_event_told_in_an_aside_joins_nothing() -> None:
    # A tanker's weight and a mayor's resignation, each told in a relative clause set off
    # from its noun: a fact about a participant, not what the claim reports.
    for aside, main, plain in [
        ("The tanker, which weighs 80,000 tonnes, was refloated on Monday.",
         "The tanker weighs 80,000 tonnes.",
         "The tanker weighs 80,000 tonnes and was refloated on Monday."),
        ("The mayor, who resigned in May, opened the new library on Friday.",
         "The mayor resigned in May after a vote of no confidence.",
         "The mayor resigned in May and opened the new library on Friday."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, aside), _alike(0.45)), (_read("b", 0, main), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0"}, {"b-0"}], aside
        # told as what the claim reports, the same event joins them
        rows = [(_read("a", 0, plain), _alike(0.45)), (_read("b", 0, main), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0", "b-0"}], plain


def test_an_event_told_in_an_aside_keeps_nothing_apart() -> None:
    # A minister's meeting and a striker's transfer told in an aside are facts, not the
    # time of the claim's event: a claim that reports them still aligns by its words.
    for aside, main in [
        ("Minister Ana Ruiz, who met the envoy in Geneva on Sunday, accused the rebels of "
         "stalling.",
         "Minister Ana Ruiz met the envoy in Geneva on Sunday."),
        ("The striker, who signed for the club on Friday, scored twice in his first match.",
         "The striker signed for the club on Friday."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, aside), _alike(0.85)), (_read("b", 0, main), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0", "b-0"}], aside


def test_one_predicate_with_other_parties_or_places_stays_apart() -> None:
    pairs = [
        # other doers: two resignations
        ("Minister Ada Reyes resigned on Monday.", "Minister Tom Hale resigned on Monday."),
        # other places: two arrests
        ("Police arrested a man in Dover on Friday.", "Police arrested a man in Leeds on Friday."),
    ]
    for a, b in pairs:
        rows = [(_read("a", 0, a), _alike(0.45)), (_read("b", 0, b), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0"}, {"b-0"}], a


def test_one_predicate_in_unlike_claims_stays_apart() -> None:
    rows = [
        (_read("a", 0, "The council approved the harbour wall on Tuesday."), _alike(0.1)),
        (_read("b", 0, "The council approved the harbour wall in March."), _vector(toll=1)),
    ]
    assert _clusters(rows) == [{"a-0"}, {"b-0"}]


def test_one_kind_of_event_dated_apart_is_two_events() -> None:
    # Two meetings of the same leaders, and a mill that burned twice: the verb dates
    # them on days that cannot meet, so they stay apart.
    pairs = [
        ("The two leaders will meet in the border village next Friday.",
         "The two leaders met in the border village last month."),
        ("A fire destroyed the old mill in Ashby on Sunday night.",
         "A fire destroyed the old mill in Ashby in 1911."),
    ]  # fmt: skip
    for a, b in pairs:
        rows = [
            (_read("a", 0, a).model_copy(update={"fields": _published(a, "2018-04-20")}),
             _alike(0.45)),
            (_read("b", 0, b).model_copy(update={"fields": _published(b, "2018-04-20")}),
             _vector(toll=1)),
        ]  # fmt: skip
        assert _clusters(rows) == [{"a-0"}, {"b-0"}], a


def _published(text: str, day: str) -> tuple:
    import datetime as dt

    return tuple(fields_of(text, dt.date.fromisoformat(day), spacy_model=SPACY))


def test_a_claim_is_not_aligned_with_one_that_tells_its_event_as_background() -> None:
    # A ship refloated a week after it ran aground, and a minister who resigned two
    # days after she was charged: the words are much the same, the facts are not.
    for main, background, control in [
        ("The freighter ran aground in the estuary on March 3.",
         "The freighter was refloated on Monday, a week after it ran aground in the "
         "estuary on March 3.",
         "The freighter was pulled free on Monday."),
        ("Minister Ada Reyes was charged with fraud on Friday.",
         "Minister Ada Reyes resigned on Sunday, two days after she was charged with "
         "fraud.",
         "Minister Ada Reyes stepped down on Sunday."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, main), _alike(0.85)), (_read("b", 0, background), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0"}, {"b-0"}], main
        # the event the second reports is still aligned with a restatement of it
        rows = [
            (_read("c", 0, control), _alike(0.85)),
            (_read("b", 0, background), _vector(toll=1)),
        ]
        assert _clusters(rows) == [{"b-0", "c-0"}], control


def test_a_verb_with_no_doer_and_nothing_done_to_joins_nothing() -> None:
    # A model's career and a cabinet crisis: "she appeared" and "they resigned" name no
    # one happening, however the verb repeats; a doer named on one side does.
    for bare, other, named in [
        ("In 1955, she appeared in a holiday spread.",
         "Throughout the decade, she appeared in men's magazines.",
         "Throughout the decade, Ada Reyes appeared in men's magazines."),
        ("On Monday they resigned in protest.",
         "By noon they resigned too.",
         "By noon the two ministers resigned too."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, bare), _alike(0.3)), (_read("b", 0, other), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0"}, {"b-0"}], bare
        rows = [(_read("a", 0, bare), _alike(0.3)), (_read("b", 0, named), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0", "b-0"}], named


def test_knowing_or_seeing_joins_nothing() -> None:
    # A chapel fire and an actress's career: that officials did not know something, or
    # that she is known for something, tells what someone knows, not one happening; the
    # verb repeats across unlike claims and would chain them into one cluster.
    for first, other in [
        ("We don't know if the fire was set by someone angry with the pastor.",
         "Authorities did not know whether the fire was connected to the election."),
        ("Now she is known mostly for her nights out in Las Vegas.",
         "Mara Lind may be best known for her role in a teen comedy."),
        ("From the street they saw smoke rising behind the chapel.",
         "A neighbour saw two men running from the chapel."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, first), _alike(0.3)), (_read("b", 0, other), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0"}, {"b-0"}], first
    # a happening told in the same words still joins them
    for first, other in [
        ("Then they set the chapel on fire.", "Two men set the chapel on fire, police said."),
        ("Now she has entered a rehab clinic in Malibu.", "Mara Lind has entered a rehab clinic."),
    ]:  # fmt: skip
        rows = [(_read("a", 0, first), _alike(0.3)), (_read("b", 0, other), _vector(toll=1))]
        assert _clusters(rows) == [{"a-0", "b-0"}], first


def _part(source: str, n: int, text: str, span: tuple[int, int]) -> Claim:
    return Claim(id=f"{source}-{n}", source_id=source, text=text, span=span, statement=text)


def test_a_claim_pairs_with_the_part_of_the_sentence_it_matches_best() -> None:
    # A satellite's cost told in a clause of its own by one source; the other tells it in
    # a relative clause of a sentence that mostly says when it was launched. The claim's
    # best match is that whole sentence, whose own best match is the launch; the clause,
    # a claim of its own inside the sentence, pairs with the cost.
    rows = [
        (_part("a", 0, "The craft, built by a French firm, cost 240 million euros.", (0, 58)),
         _vector(signing=1, toll=1.35)),
        (_part("a", 1, "It went up in March 2021.", (60, 85)), _vector(grounding=1, toll=0.5)),
        (_part("b", 0, "The craft, which cost 310 million euros, went up in 2020.", (0, 57)),
         _vector(signing=1, grounding=1, toll=0.5)),
        (_part("b", 1, "The craft, which cost 310 million euros", (0, 39)), _vector(signing=1)),
    ]  # fmt: skip
    found = _clusters(rows)
    assert {"a-0", "b-1"} in found, found
    assert {"a-1", "b-0"} in found, found
