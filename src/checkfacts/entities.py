"""Alias groups: which names in the claims, across all sources, denote one entity.

:func:`alias_groups` reads the person / org / place / group fields that the names
extractor put on the claims and joins mentions by these rules, in this order:

1. **back-reference** (per source): a one-word name of a person or org ("Rogozin",
   "Moon") joins the only multi-word person of the same source whose first or last
   word it is ("Dmitry Rogozin", "Moon Jae-in"); with two candidates it joins none;
2. **same key**: names equal after dropping a leading "the", possessives and
   punctuation and case (rapidfuzz ``default_process``): "China’s National Space
   Administration" = "China National Space Administration", "Kim Jong-un" = "Kim Jong
   Un";
3. **spelling variant**: names of the same word count and of the same class (people,
   groups, or the rest), multi-word or of at least 8 letters, with a rapidfuzz ratio
   of at least :data:`SPELLING` ("Dmitri Rogozin" / "Dmitry Rogozin");
4. **acronym**: an acronym ("CNSA", "U.S.") joins the names that define it in
   brackets ("China National Space Administration (CNSA)") or, without a definition,
   the one group whose full name has those initials.

Each group becomes an :class:`~checkfacts.models.Entity` whose kind is the majority
of its mentions' kinds (an appositive such as "the Russian space agency" votes for
org), whose name is its longest full form (possessive and acronym forms only when
there is nothing else), and whose id hashes kind and name, so the same claims
give the same groups, ids and order.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from checkfacts.extractors.names import acronym, is_acronym, name_key
from checkfacts.models import Claim, Entity, EntityMention, NameValue

__all__ = ["KINDS", "SPELLING", "alias_groups"]

KINDS = ("person", "org", "place", "group")
SPELLING = 90.0
"""Least rapidfuzz ratio (0-100, on ``default_process`` keys) for a spelling variant."""
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}
_POSSESSIVE = re.compile(r"\w['’]s\b")


@dataclass
class _Mention:
    claim_id: str
    source_id: str
    span: tuple[int, int]
    text: str
    kind: str
    key: str
    defines: str | None
    title: str | None
    org_vote: bool

    @property
    def words(self) -> list[str]:
        return self.key.split()


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _mentions(claims: Sequence[Claim]) -> list[_Mention]:
    out = []
    for claim in claims:
        for f in claim.fields:
            if f.kind not in KINDS or not isinstance(f.value, NameValue):
                continue
            key = name_key(f.text)
            if not key:
                continue
            defines = f.value.acronym
            out.append(
                _Mention(
                    claim_id=claim.id,
                    source_id=claim.source_id,
                    span=f.span,
                    text=f.text,
                    kind=f.kind,
                    key=key,
                    defines=str(defines) if defines and not is_acronym(f.text) else None,
                    title=f.value.title or f.value.description,
                    org_vote=bool(f.value.description),
                )
            )
    return out


def _back_references(ms: list[_Mention], uf: _Union) -> set[int]:
    """Rule 1: one-word person/org names joining the only full person name of their source.

    A source that names no such person at all lends the word to the only full person
    name of the whole corpus that fits ("Trump" in a source that never writes "Donald").
    """
    people: dict[str, dict[str, int]] = defaultdict(dict)
    everyone: dict[str, int] = {}
    for i, m in enumerate(ms):
        if m.kind == "person" and len(m.words) >= 2:
            people[m.source_id].setdefault(m.key, i)
            everyone.setdefault(m.key, i)
    # Full names by their first and last word, so that a folder of thousands of sources
    # looks each word up instead of scanning every name.
    by_word: dict[str, list[int]] = defaultdict(list)
    for k, j in everyone.items():
        for w in dict.fromkeys((k.split()[0], k.split()[-1])):
            by_word[w].append(j)
    linked: set[int] = set()
    for i, m in enumerate(ms):
        if len(m.words) != 1 or m.kind not in {"person", "org"} or is_acronym(m.text):
            continue
        word = m.words[0]
        if len(word) < 3:
            continue
        hits = [j for k, j in people[m.source_id].items() if word in (k.split()[0], k.split()[-1])]
        if not hits:
            hits = sorted(by_word.get(word, ()))
        if len({ms[j].key for j in hits}) == 1:
            uf.join(i, hits[0])
            linked.add(i)
    return linked


def _same_keys(ms: list[_Mention], uf: _Union, skip: set[int]) -> None:
    """Rule 2: equal normalized keys."""
    first: dict[str, int] = {}
    for i, m in enumerate(ms):
        if i in skip:
            continue
        if m.key in first:
            uf.join(first[m.key], i)
        else:
            first[m.key] = i


def _spelling(ms: list[_Mention], uf: _Union, skip: set[int]) -> None:
    """Rule 3: spelling variants of equal word count and class."""
    by_key: dict[tuple[str, str, int], int] = {}
    for i, m in enumerate(ms):
        n = len(m.words)
        if i in skip or is_acronym(m.text) or len(m.key) < (6 if n > 1 else 8):
            continue
        by_key.setdefault((m.key, m.kind if m.kind in {"person", "group"} else "", n), i)
    groups: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for (key, person, n), i in sorted(by_key.items()):
        groups[(person, n)].append((key, i))
    for entries in groups.values():
        if len(entries) < 2:
            continue
        keys = [k for k, _ in entries]
        scores = process.cdist(
            keys, keys, scorer=fuzz.ratio, processor=default_process, score_cutoff=SPELLING
        )
        for a in range(len(keys)):
            for b in range(a + 1, len(keys)):
                if scores[a][b] >= SPELLING and _digits(keys[a]) == _digits(keys[b]):
                    uf.join(entries[a][1], entries[b][1])


def _digits(key: str) -> str:
    return re.sub(r"\D", "", key)


def _acronyms(ms: list[_Mention], uf: _Union, skip: set[int]) -> None:
    """Rule 4: acronyms join their bracketed definition, else the one group with those initials."""
    defined: dict[str, set[int]] = defaultdict(set)
    initials: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(ms):
        if m.defines:
            defined[m.defines].add(uf.find(i))
        if not is_acronym(m.text) and len(m.words) >= 2 and i not in skip:
            initials[acronym(m.text)].add(uf.find(i))
    for i, m in enumerate(ms):
        if not is_acronym(m.text) or m.kind == "person":
            continue
        short = m.text.replace(".", "")
        roots = {uf.find(r) for r in defined.get(short, set())}
        if not roots:
            roots = {uf.find(r) for r in initials.get(short, set())}
            if len(roots) != 1:
                continue
        for r in sorted(roots):
            uf.join(r, i)


def _canonical(members: list[_Mention], linked: set[int], ids: list[int]) -> str:
    counts = Counter(m.text for m in members)
    full = [
        m.text
        for i, m in zip(ids, members, strict=True)
        if i not in linked and not is_acronym(m.text)
    ]
    plain = [t for t in full if not _POSSESSIVE.search(t)]
    pool = plain or full or list(counts)
    return min(pool, key=lambda t: (-len(t), -counts[t], t))


def _kind(members: list[_Mention]) -> str:
    votes: Counter[str] = Counter()
    for m in members:
        votes[m.kind] += 1
        if m.org_vote:  # an appositive such as "the space agency" is strong evidence
            votes["org"] += 1
    return min(votes, key=lambda k: (-votes[k], _KIND_ORDER[k]))


def alias_groups(claims: Sequence[Claim]) -> tuple[Entity, ...]:
    """Group the names in ``claims`` (all sources) into entities; deterministic.

    Entities come most widely named first (sources, then mentions), then by name.
    """
    ms = _mentions(claims)
    uf = _Union(len(ms))
    linked = _back_references(ms, uf)
    _same_keys(ms, uf, linked)
    _spelling(ms, uf, linked)
    _acronyms(ms, uf, linked)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        groups[uf.find(i)].append(i)
    entities: list[Entity] = []
    used: set[str] = set()
    for ids in groups.values():
        members = [ms[i] for i in ids]
        kind = _kind(members)
        name = _canonical(members, linked, ids)
        mentions = sorted(
            {(m.claim_id, m.span, m.text) for m in members}, key=lambda t: (t[0], t[1])
        )
        digest = hashlib.sha1(f"{kind}:{name}".encode()).hexdigest()[:10]
        if "e" + digest in used:  # two groups, one name: tell them apart by first mention
            first = mentions[0]
            digest = hashlib.sha1(f"{kind}:{name}:{first[0]}:{first[1]}".encode()).hexdigest()[:10]
        used.add("e" + digest)
        entities.append(
            Entity(
                id="e" + digest,
                kind=kind,  # type: ignore[arg-type]
                name=name,
                aliases=tuple(sorted({m.text for m in members})),
                titles=tuple(sorted({m.title for m in members if m.title})),
                source_ids=tuple(sorted({m.source_id for m in members})),
                mentions=tuple(EntityMention(claim_id=c, span=s, text=t) for c, s, t in mentions),
            )
        )
    return tuple(
        sorted(entities, key=lambda e: (-len(e.source_ids), -len(e.mentions), e.name, e.id))
    )
