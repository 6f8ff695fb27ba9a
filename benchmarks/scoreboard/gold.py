"""Editor gold for the NewsWCL50 stories: what an editor finds by reading, then judgements.

One YAML file per story under ``benchmarks/gold/newswcl50/``. Everything above
``judged`` is written by reading the five articles before looking at any checkfacts
output; ``judged`` records, once each, whether a finding the tool raised is right.
The format is documented in ``benchmarks/gold/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scoreboard.text import locate

KINDS = ("numbers", "dates", "names", "places", "attribution", "polarity", "hedges")
"""What a disagreement is about, in an editor's words."""
SEVERITIES = ("conflict", "nuance")
MAX_QUOTE_WORDS = 12


class GoldError(Exception):
    """A gold file that cannot be used; the message names the file and the place."""


@dataclass(frozen=True)
class Member:
    """A sentence of one source, located by a short verbatim quote."""

    source: str
    quote: str
    spans: tuple[tuple[int, int], ...]  # where the quote sits in the source's text


@dataclass(frozen=True)
class Side:
    value: str
    members: tuple[Member, ...]


@dataclass(frozen=True)
class Fact:
    """A fact two or more sources state: the tool should line their claims up."""

    id: str
    claim: str
    members: tuple[Member, ...]


@dataclass(frozen=True)
class Disagreement:
    """Sources that say different things about the same fact (two or more sides)."""

    id: str
    kind: str
    severity: str
    what: str
    sides: tuple[Side, ...]


@dataclass(frozen=True)
class Judgement:
    """An editor's call, made once, on a finding the tool raised (keyed by finding_key)."""

    key: str
    correct: bool
    reason: str


@dataclass
class StoryGold:
    path: Path
    name: str
    story: str  # folder under the corpora root
    author: str
    facts: list[Fact]
    disagreements: list[Disagreement]
    not_disagreements: list[Disagreement]
    judged: dict[str, Judgement] = field(default_factory=dict)


def _need(mapping: Any, key: str, kind: type, where: str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise GoldError(f"{where}: missing '{key}'")
    value = mapping[key]
    if not isinstance(value, kind) or (isinstance(value, str | list) and not value):
        raise GoldError(f"{where}: '{key}' must be a non-empty {kind.__name__}")
    return value


def load_story_gold(path: Path, corpora: Path) -> StoryGold:
    """Read and validate one story's gold; every quote must be found in its article."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldError(f"{path.name}: {' '.join(str(exc).split())}") from None
    try:
        return _parse(path, data, corpora)
    except GoldError as exc:
        raise GoldError(f"{path.name}: {exc}") from None


def _parse(path: Path, data: Any, corpora: Path) -> StoryGold:
    story = _need(data, "story", str, "top level")
    folder = corpora / story
    if not folder.is_dir():
        raise GoldError(f"story folder {story} not found under {corpora}")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()}
    author = _need(data, "author", str, "top level")
    if data.get("method") != "read-first":
        raise GoldError("method must be read-first: gold is written before any tool output")
    ids: set[str] = set()

    def unique(raw: Any, where: str) -> str:
        ident = _need(raw, "id", str, where)
        if ident in ids:
            raise GoldError(f"{where}: duplicate id {ident}")
        ids.add(ident)
        return ident

    def members(raw: Any, where: str) -> tuple[Member, ...]:
        out = []
        for j, m in enumerate(_need(raw, "members", list, where)):
            if not (isinstance(m, list) and len(m) == 2 and all(isinstance(x, str) for x in m)):
                raise GoldError(f"{where}: members[{j}] must be [source, quote]")
            source, quote = m
            if source not in texts:
                raise GoldError(f"{where}: unknown source '{source}' (no such file in {story})")
            if not quote.strip() or len(quote.split()) > MAX_QUOTE_WORDS:
                raise GoldError(f"{where}: quote must be 1-{MAX_QUOTE_WORDS} words: {quote!r}")
            spans = locate(quote, texts[source])
            if not spans:
                raise GoldError(f"{where}: quote not in {source}: {quote!r}")
            out.append(Member(source, quote, tuple(spans)))
        return tuple(out)

    def sides_of(raw: Any, where: str) -> tuple[Side, ...]:
        sides = tuple(
            Side(_need(s, "value", str, f"{where} sides[{j}]"), members(s, f"{where} sides[{j}]"))
            for j, s in enumerate(_need(raw, "sides", list, where))
        )
        if len(sides) < 2:
            raise GoldError(f"{where}: needs two or more sides")
        return sides

    facts = []
    for i, raw in enumerate(data.get("facts") or []):
        where = f"facts[{i}]"
        fid = unique(raw, where)
        found = members(raw, where)
        if len({m.source for m in found}) < 2:
            raise GoldError(f"{where}: needs members from two or more sources")
        facts.append(Fact(fid, _need(raw, "claim", str, where), found))

    def disagreement(raw: Any, where: str, severity: str | None) -> Disagreement:
        did = unique(raw, where)
        kind = _need(raw, "field", str, where)
        if kind not in KINDS:
            raise GoldError(f"{where}: field must be one of {', '.join(KINDS)}")
        if severity is None:
            severity = _need(raw, "severity", str, where)
            if severity not in SEVERITIES:
                raise GoldError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
        what = raw.get("what") or raw.get("why") or ""
        return Disagreement(did, kind, severity, str(what), sides_of(raw, where))

    disagreements = [
        disagreement(raw, f"disagreements[{i}]", None)
        for i, raw in enumerate(data.get("disagreements") or [])
    ]
    tempting = [
        disagreement(raw, f"not_disagreements[{i}]", "none")
        for i, raw in enumerate(data.get("not_disagreements") or [])
    ]
    judged = _judgements(data.get("judged") or [])
    return StoryGold(path, path.stem, story, author, facts, disagreements, tempting, judged)


def _judgements(raws: Any) -> dict[str, Judgement]:
    """The ``judged`` entries of a gold file, by finding key; each key once."""
    if not isinstance(raws, list):
        raise GoldError("'judged' must be a list")
    judged: dict[str, Judgement] = {}
    for i, raw in enumerate(raws):
        where = f"judged[{i}]"
        key = _need(raw, "key", str, where)
        if key in judged:
            raise GoldError(f"{where}: finding {key} judged twice")
        if not isinstance(raw.get("correct"), bool):
            raise GoldError(f"{where}: 'correct' must be true or false")
        judged[key] = Judgement(key, raw["correct"], _need(raw, "reason", str, where))
    return judged


def load_judged(path: Path) -> dict[str, Judgement]:
    """Read a file of judgements alone (``judged:``), as for the ECB+ topics' findings."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        _need(data, "author", str, "top level")
        return _judgements(_need(data, "judged", list, "top level"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldError(f"{path.name}: {' '.join(str(exc).split())}") from None
    except GoldError as exc:
        raise GoldError(f"{path.name}: {exc}") from None
