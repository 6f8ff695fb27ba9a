"""Stage 5, cluster: claims and their vectors -> clusters of claims about one thing.

Connected components over "similarity above a threshold" chain a whole story into
one blob. Instead an edge joins two claims only when each is the other's best match
in the other's source (reciprocal nearest neighbours) and they are similar enough;
edges are then taken strongest first, and two groups merge only if the result still
holds at most one claim per source, where a claim that goes on about an earlier one
("They made it public on March 9" after "X and Y signed a memorandum") shares that
claim's place. Last, claims of two sources that report one event (the same predicate,
not one of knowing or seeing, no doer, thing done to, person, organization or place
named apart, and not a plan beside its act) join one cluster even in other words, and
then a source may hold several places: its headline, lede and body may all restate the
event. Every claim ends in exactly one cluster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import networkx as nx
import numpy as np

from checkfacts.extractors.events import AHEAD, PERCEIVING, events_told
from checkfacts.extractors.names import surname
from checkfacts.models import (
    Claim,
    Cluster,
    DateValue,
    FieldValue,
    NameValue,
    Verdict,
)
from checkfacts.rules import compare_fields
from checkfacts.rules.events import befallen, fate, words_apart

MERGE_THRESHOLD = 0.5
"""Least average similarity for two clusters of two or more claims to merge."""
LINKED_DISCOUNT = 0.1
"""How much less similarity is asked of two clusters that hold a claim and its continuation."""
REPEAT_SIMILARITY = 0.7
"""Two claims of one source this similar repeat each other (a headline and its lede):
they may sit in one cluster."""
ATTACH_THRESHOLD = 0.6
"""Least average similarity for a lone claim to join an existing cluster."""
EVENT_FLOOR = 0.15
"""Least similarity for two claims that report one event (the same predicate, nothing
named apart) to join one cluster."""


class _Groups:
    """Claims grouped so far, with the rule that keeps sources from piling up.

    A cluster holds at most one claim per source, except claims of one source that go
    on about each other (one continues the other) or repeat each other; and never a
    claim beside one that tells its event only as background (:func:`_told_apart`).
    """

    def __init__(self, claims: Sequence[Claim], sims: np.ndarray):
        self.claims = claims
        self.sims = sims
        self.root = _roots(claims)
        self.told = [_told(c) for c in claims]
        self.group = list(range(len(claims)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
        self.graph = nx.Graph()
        self.graph.add_nodes_from(range(len(claims)))

    def can_join(self, gi: int, gj: int) -> bool:
        """Whether groups ``gi`` and ``gj`` may become one cluster."""
        for i in self.members[gi]:
            for j in self.members[gj]:
                same_source = self.claims[i].source_id == self.claims[j].source_id
                if (
                    same_source
                    and self.root[i] != self.root[j]
                    and self.sims[i, j] < REPEAT_SIMILARITY
                ):
                    return False
                if not same_source and _told_apart(self.told[i], self.told[j]):
                    return False
        return True

    def linked(self, gi: int, gj: int) -> bool:
        """Whether one source's claim and its continuation sit in the two groups."""
        roots = {self.root[i] for i in self.members[gi]}
        return any(self.root[j] in roots for j in self.members[gj])

    def join(self, gi: int, gj: int, edge: tuple[int, int], weight: float) -> None:
        """Merge ``gj`` into ``gi`` through ``edge``."""
        self.graph.add_edge(*edge, weight=weight)
        for k in self.members.pop(gj):
            self.group[k] = gi
            self.members[gi].append(k)

    def best_edge(self, gi: int, gj: int) -> tuple[int, int]:
        """The most similar pair of claims across two groups."""
        return max(
            ((i, j) for i in self.members[gi] for j in self.members[gj]),
            key=lambda p: (self.sims[p[0], p[1]], -p[0], -p[1]),
        )


def align(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    *,
    threshold: float,
    merge_threshold: float = MERGE_THRESHOLD,
    event_floor: float | None = EVENT_FLOOR,
) -> list[Cluster]:
    """Group ``claims`` into clusters; verdicts are filled in by the compare stage.

    Passes, each deterministic: reciprocal best matches between every two sources,
    strongest first; average-linkage merging of the clusters that result; lone claims
    joining the cluster they resemble most on average, or pairing up; then claims that
    report one event joining one cluster (``event_floor``; None skips that pass).
    """
    n = len(claims)
    if n == 0:
        return []
    sims = vectors @ vectors.T
    groups = _Groups(claims, sims)
    for weight, i, j in _reciprocal_best(claims, sims, threshold):
        gi, gj = groups.group[i], groups.group[j]
        if gi != gj and groups.can_join(gi, gj):
            groups.join(gi, gj, (i, j), weight)
    _merge_groups(groups, threshold=merge_threshold)
    _attach_lone_claims(groups)
    _pair_lone_claims(groups)
    if event_floor is not None:
        _join_one_event(groups, floor=event_floor)
    clusters = []
    for component in nx.connected_components(groups.graph):
        idx = sorted(component)
        ids = tuple(sorted(claims[i].id for i in idx))
        if len(idx) == 1:
            central = idx[0]
        else:
            # Rounded, so that float noise (another backend, another BLAS) cannot pick
            # another of two equally central claims: the first of them stands.
            totals = np.round(sims[np.ix_(idx, idx)].sum(axis=1), 3)
            central = idx[int(totals.argmax())]
        verdict = Verdict.SINGLE_SOURCE if len(idx) == 1 else Verdict.RELATED
        clusters.append(
            Cluster(
                id=cluster_id(ids),
                claim_ids=ids,
                statement=claims[central].statement,
                verdict=verdict,
            )
        )
    return sorted(clusters, key=lambda c: c.claim_ids)


def _reciprocal_best(
    claims: Sequence[Claim], sims: np.ndarray, threshold: float
) -> list[tuple[float, int, int]]:
    """Pairs of claims from two sources that are each other's best match, strongest first.

    A sentence and a part of it told as a claim of its own ("Corvina-2, which cost €310
    million to build and launch, went into orbit in 2020" and "Corvina-2 cost €310
    million") count as one place: a claim whose best match is the sentence pairs with
    its part when the part's best match is that claim, though the whole sentence's best
    match lies elsewhere.
    """
    sources = sorted({c.source_id for c in claims})
    members = {s: np.array([i for i, c in enumerate(claims) if c.source_id == s]) for s in sources}
    parts = {s: _parts([claims[i] for i in members[s]]) for s in sources}
    candidates: list[tuple[float, int, int]] = []
    for si, s in enumerate(sources):
        for t in sources[si + 1 :]:
            a, b = members[s], members[t]
            block = sims[np.ix_(a, b)]
            best_in_t = block.argmax(axis=1)
            best_in_s = block.argmax(axis=0)
            parts_a, parts_b = parts[s], parts[t]
            found = set()
            for i, j in enumerate(best_in_t):
                for j2 in (j, *parts_b[j]):
                    if best_in_s[j2] == i and block[i, j2] >= threshold:
                        found.add((i, int(j2)))
                        break
            for j, i in enumerate(best_in_s):
                for i2 in parts_a[i]:
                    if best_in_t[i2] == j and block[i2, j] >= threshold:
                        found.add((int(i2), j))
                        break
            candidates.extend((float(block[i, j]), int(a[i]), int(b[j])) for i, j in found)
    # Strongest first; ties broken by index so that the same input gives the same clusters.
    candidates.sort(key=lambda e: (-round(e[0], 6), e[1], e[2]))
    return candidates


def _parts(claims: Sequence[Claim]) -> list[list[int]]:
    """For each claim of one source, the claims told within its words, by position."""
    return [
        [
            k
            for k, part in enumerate(claims)
            if c.span[0] <= part.span[0] and part.span[1] <= c.span[1] and part.span != c.span
        ]
        for c in claims
    ]


def _merge_groups(groups: _Groups, *, threshold: float) -> None:
    """Merge clusters of two or more claims whose average similarity is high enough.

    Reciprocal best matches pair the claims of two sources; a second claim of a source
    that goes on about the same event (its continuation) can leave two halves of one
    cluster apart. Average linkage over the halves, strongest pair first, under the
    same one-place-per-source rule, joins them without chaining a topic together.
    Pairwise sums of similarity are kept per cluster pair and updated on each merge,
    so the pass costs a few matrix products, not a loop over claim pairs.
    """
    big = sorted(g for g, m in groups.members.items() if len(m) > 1)
    if len(big) < 2:
        return
    where = {g: x for x, g in enumerate(big)}
    onehot = np.zeros((len(groups.claims), len(big)), dtype=np.float64)
    for g in big:
        onehot[groups.members[g], where[g]] = 1.0
    sums = onehot.T @ groups.sims.astype(np.float64) @ onehot
    sizes = onehot.sum(axis=0)
    roots = sorted({groups.root[i] for g in big for i in groups.members[g]})
    root_at = {r: k for k, r in enumerate(roots)}
    has_root = np.zeros((len(big), len(roots)), dtype=bool)
    for g in big:
        for i in groups.members[g]:
            has_root[where[g], root_at[groups.root[i]]] = True
    alive = np.ones(len(big), dtype=bool)
    blocked = np.zeros((len(big), len(big)), dtype=bool)
    upper = np.triu(np.ones((len(big), len(big)), dtype=bool), k=1)
    while True:
        means = sums / np.outer(sizes, sizes)
        linked = (has_root.astype(np.int32) @ has_root.T.astype(np.int32)) > 0
        needed = np.where(linked, threshold - LINKED_DISCOUNT, threshold)
        ok = upper & ~blocked & (means >= needed) & alive[:, None] & alive[None, :]
        xs, ys = np.nonzero(ok)
        if len(xs) == 0:
            return
        order = sorted(
            range(len(xs)),
            key=lambda k: (-round(float(means[xs[k], ys[k]]), 9), int(xs[k]), int(ys[k])),
        )
        merged = False
        for k in order:
            x, y = int(xs[k]), int(ys[k])
            gi, gj = big[x], big[y]
            if not groups.can_join(gi, gj):
                blocked[x, y] = True
                continue
            groups.join(gi, gj, groups.best_edge(gi, gj), float(means[x, y]))
            sums[x, :] += sums[y, :]
            sums[:, x] += sums[:, y]
            sizes[x] += sizes[y]
            has_root[x] |= has_root[y]
            alive[y] = False
            blocked[x, :] = False
            blocked[:, x] = False
            merged = True
            break
        if not merged:
            return


def _attach_lone_claims(groups: _Groups) -> None:
    """Let each lone claim join the cluster it resembles most, if it does so clearly.

    A headline and its lede, or a second outlet's rewording, often lose the reciprocal
    best match to a sibling sentence; on average they still sit close to the cluster.
    """
    clusters = sorted(g for g, m in groups.members.items() if len(m) > 1)
    lone = sorted(
        (g for g, m in groups.members.items() if len(m) == 1),
        key=lambda g: groups.claims[g].id,
    )
    if not clusters or not lone:
        return
    onehot = np.zeros((len(groups.claims), len(clusters)), dtype=np.float64)
    for x, c in enumerate(clusters):
        onehot[groups.members[c], x] = 1.0
    # Average similarity of each lone claim to each cluster as it stood before this pass.
    means = (groups.sims[[groups.members[g][0] for g in lone]] @ onehot) / onehot.sum(axis=0)
    for row, g in enumerate(lone):
        for x in np.argsort(-means[row], kind="stable"):
            if means[row, x] < ATTACH_THRESHOLD:
                break
            c = clusters[int(x)]
            if groups.can_join(c, g):
                groups.join(c, g, groups.best_edge(c, g), float(means[row, x]))
                break


PAIR_THRESHOLD = 0.6
"""Least similarity for two claims still alone after the other passes to pair up."""


def _pair_lone_claims(groups: _Groups) -> None:
    """Pair claims of two sources that are still alone and clearly alike.

    The reciprocal best match of a sentence can be a sibling sentence of the same
    paragraph; once the passes above have placed what they can, two lone claims
    that resemble each other strongly are paired, strongest first.
    """
    sims = groups.sims
    lone = sorted(g for g, m in groups.members.items() if len(m) == 1)
    pairs = [
        (float(sims[i, j]), i, j)
        for x, i in enumerate(lone)
        for j in lone[x + 1 :]
        if groups.claims[i].source_id != groups.claims[j].source_id and sims[i, j] >= PAIR_THRESHOLD
    ]
    pairs.sort(key=lambda p: (-round(p[0], 6), p[1], p[2]))
    for weight, i, j in pairs:
        if (
            len(groups.members.get(i, ())) == 1
            and len(groups.members.get(j, ())) == 1
            and groups.can_join(i, j)
        ):
            groups.join(i, j, (i, j), weight)


_NAMED = ("person", "org", "place")
"""Kinds of name whose sets, when two claims both give one, must meet for one event."""


def _frames(claim: Claim) -> dict[str, tuple[set[str], set[str]]]:
    """The claim's events: predicate -> the words of its doers, and of its things done to.

    An event told in an aside ("the ship, which weighs 200,000 tonnes, ran aground") is a
    fact about a participant, not what the claim reports: it joins nothing. Nor does
    knowing or perceiving (:data:`~checkfacts.extractors.events.PERCEIVING`): "officials
    did not know who set the fire" and "did they know she didn't smoke?" tell what two
    people knew, not one happening.
    """
    out: dict[str, tuple[set[str], set[str]]] = {}
    for event in events_told(claim):
        if (
            not event.predicate.startswith("be ")
            and event.predicate.split()[0] not in PERCEIVING
            and not event.aside
        ):
            doers, things = out.setdefault(event.predicate, (set(), set()))
            doers.update((event.subject or "").split())
            things.update((event.object or "").split())
            toll, who = fate(event), befallen(event)
            if toll is not None and who:  # "the deputy was killed" / "the deputy died"
                out.setdefault(f"{FATE}{toll}", (set(), set()))[1].update(who.split())
    return out


FATE = "fate:"
"""The key of a frame that tells what became of someone, whatever verb tells it: "the
deputy was killed" and "the deputy died" report one death, told by the killing or by the
dying. Only the one it befell is kept (the killer is not the one who died); both sides
must name them."""


def _two_parties(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """Whether two frames of one predicate name different doers, or different things done to."""
    return any(x and y and words_apart(x, y) for x, y in zip(a, b, strict=True))


def _names(claim: Claim) -> dict[str, set[str]]:
    """Per kind of name, the last word of each name the claim gives ("marsh", "texas")."""
    out: dict[str, set[str]] = {}
    for f in claim.fields:
        if f.kind in _NAMED and isinstance(f.value, NameValue) and f.value.key.split():
            out.setdefault(f.kind, set()).add(surname(f.value.key))
    return out


def _apart(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Whether two claims name different people, organizations or places of one kind."""
    return any(a[k] and b.get(k) and not a[k] & b[k] for k in a)


def _join_one_event(groups: _Groups, *, floor: float) -> None:
    """Join the clusters of claims of two sources that report one event.

    Sentence similarity misses a restatement told in other words ("Williams died early
    Thursday in her sleep" / "The swimmer and actress has died, aged 91"); two claims
    that report one event, with the same predicate, doers and things done to that are
    not apart (and named on one side at least: "she appeared" beside "she appeared"
    names no happening), named people, organizations and places that are not apart,
    no two dates of that verb apart (:func:`_dated_apart`), and not one told as to come
    beside one told as done (:func:`_ahead_and_done`), tell of one happening. Their
    clusters join even when that puts several claims of a source in one: a headline, a
    lede and a later line may all restate it. Pairs are taken strongest first; claims
    less alike than ``floor`` are left apart.
    """
    claims, sims = groups.claims, groups.sims
    frames = [_frames(c) for c in claims]
    by_predicate: dict[str, list[int]] = {}
    for i, f in enumerate(frames):
        for predicate in f:
            by_predicate.setdefault(predicate, []).append(i)
    source_at = {s: n for n, s in enumerate(sorted({c.source_id for c in claims}))}
    source = np.array([source_at[c.source_id] for c in claims])
    predicates = sorted(by_predicate)
    found = []  # (similarity, i, j, predicate number) of pairs alike enough, per predicate
    for p, predicate in enumerate(predicates):
        members = np.array(by_predicate[predicate])
        block = sims[np.ix_(members, members)]
        ok = np.triu(block >= floor, k=1) & (source[members][:, None] != source[members][None, :])
        xs, ys = np.nonzero(ok)
        found.append(np.stack([block[xs, ys], members[xs], members[ys], np.full(len(xs), p)], 1))
    if not found:
        return
    pairs = np.concatenate(found)
    group = np.array(groups.group)
    pairs = pairs[group[pairs[:, 1].astype(int)] != group[pairs[:, 2].astype(int)]]  # already one
    # Strongest first; ties by claim index, then predicate: the same input, the same clusters.
    order = np.lexsort((pairs[:, 3], pairs[:, 2], pairs[:, 1], -np.round(pairs[:, 0], 6)))
    names = [_names(c) for c in claims]
    dated = [_event_dates(c) for c in claims]
    tellings = [_tellings(c) for c in claims]
    # Groups only grow, so two found dated apart stay so: each pair is checked once.
    apart: set[tuple[int, int]] = set()
    for weight, fi, fj, fp in pairs[order].tolist():
        i, j, predicate = int(fi), int(fj), predicates[int(fp)]
        gi, gj = groups.group[i], groups.group[j]
        key = (min(gi, gj), max(gi, gj))
        if gi == gj or key in apart:
            continue
        if _two_parties(frames[i][predicate], frames[j][predicate]):
            continue
        if not any(frames[i][predicate]) and not any(frames[j][predicate]):
            continue  # "she appeared" / "she appeared": a verb alone names no one happening
        if _apart(names[i], names[j]):
            continue
        if _dated_apart(groups, gi, gj, dated):
            apart.add(key)
            continue
        if _ahead_and_done(tellings[i].get(predicate), tellings[j].get(predicate)):
            continue
        groups.join(gi, gj, (i, j), weight)


def _tellings(claim: Claim) -> dict[str, set[str]]:
    """Per predicate the claim reports, how it tells it: "ahead" or "done".

    Ahead: with a modality of what is still to come ("will reverse", "promised to
    reverse", "plans to close"; :data:`~checkfacts.extractors.events.AHEAD`). Done: with no
    modality and a tense of its own ("reversed", "reverses", "has reversed" in a
    headline's present). Anything else ("could reverse", "believed to have fled", an
    infinitive no verb frames) is neither.
    """
    out: dict[str, set[str]] = {}
    for event in events_told(claim):
        if event.aside:  # "Weitz, who directed 'Compass', will direct the sequel"
            continue
        if event.modality in AHEAD:
            out.setdefault(event.predicate, set()).add("ahead")
        elif event.modality is None and event.tense is not None:
            out.setdefault(event.predicate, set()).add("done")
    return out


def _ahead_and_done(a: set[str] | None, b: set[str] | None) -> bool:
    """Whether one claim tells an event only as to come and the other only as done.

    "Obama has promised to reverse the rules" and "Obama reversed the rule on Tuesday",
    "the council will close the shelter" and "the city closed the shelter": a promise
    and its keeping, a plan and the act, are two happenings, told at two times. Two
    such claims that resemble each other enough still align by their words, and then
    the comparison shows the certainty they differ in; the event join does not make
    them one on the verb alone.
    """
    return {frozenset(a or ()), frozenset(b or ())} == {frozenset({"ahead"}), frozenset({"done"})}


def _event_dates(claim: Claim) -> list[FieldValue]:
    """The claim's dates that a verb governs and that place it in time: "met [last month]".

    Only dates read to days of the calendar count: not a span ("for three weeks"), a
    weekday with no known week, or a decade or century (a career, not an event).
    """
    return [
        f
        for f in claim.fields
        if f.kind == "date"
        and f.governor is not None
        and isinstance(f.value, DateValue)
        and f.value.type in ("DATE", "TIME")
        and f.value.earliest is not None
        and f.value.latest is not None
        and f.value.grain not in ("decade", "century")
    ]


_APART = frozenset({"date.disjoint", "date.no_alternative_fits"})
"""Date rules that place two days apart on the calendar (not a weekday's name, not a bound)."""


def _dated_apart(groups: _Groups, gi: int, gj: int, dated: list[list[FieldValue]]) -> bool:
    """Whether two groups date one verb on days that cannot meet: two happenings.

    "Moon will meet Kim next Friday" and "envoys met Kim last month" both report a
    meeting, but two meetings. Two groups of claims that report one kind of event
    join only if no two of their claims date that event apart.
    """
    for i in groups.members[gi]:
        for j in groups.members[gj]:
            if groups.claims[i].source_id == groups.claims[j].source_id:
                continue
            for fa in dated[i]:
                for fb in dated[j]:
                    if fa.governor != fb.governor:
                        continue
                    if compare_fields(fa, fb).rule in _APART:
                        return True
    return False


_Told = tuple[frozenset[str], frozenset[str]]
"""The predicates of the events a claim reports, and of those it tells as background."""


def _told(claim: Claim) -> _Told:
    """The predicates of the events a claim reports, and of those it tells as background.

    Copulas ("is the largest") report no event of their own and are left out, and so is
    an event told in an aside ("Ortiz, who met the envoy on Sunday, accused ..."): it is
    told as a fact, not as the time of the claim's own, so it neither reports nor
    backdrops what the claim is about.
    """

    def predicates(kind: str) -> frozenset[str]:
        return frozenset(
            e.predicate
            for e in events_told(claim, kind)
            if e.predicate.split()[0] != "be" and not e.aside
        )

    events = predicates("event")
    return events, predicates("background") - events


def _told_apart(a: _Told, b: _Told) -> bool:
    """Whether one claim reports as its event what the other tells only as background.

    "The ship ran aground on March 23" and "the ship was refloated on Monday, a week
    after it ran aground on March 23" say much the same words, but the first reports the
    grounding and the second the refloating: two facts, whose dates must not be set
    against each other. Two claims that report an event in common are not apart.
    """
    (events_a, background_a), (events_b, background_b) = a, b
    if not events_a or not events_b or not events_a.isdisjoint(events_b):
        return False
    return not (events_a.isdisjoint(background_b) and events_b.isdisjoint(background_a))


def _roots(claims: Sequence[Claim]) -> list[str]:
    """For each claim, the first claim of the chain it continues (itself if none)."""
    by_id = {c.id: c for c in claims}
    out = []
    for c in claims:
        seen = {c.id}
        while c.continues is not None and c.continues in by_id and c.continues not in seen:
            c = by_id[c.continues]
            seen.add(c.id)
        out.append(c.id)
    return out


def cluster_id(claim_ids: Sequence[str]) -> str:
    """A stable id for a cluster: a hash of its sorted member ids."""
    return "k" + hashlib.sha1("\n".join(sorted(claim_ids)).encode()).hexdigest()[:10]
