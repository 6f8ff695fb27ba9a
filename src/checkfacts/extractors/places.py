"""Place sets and the connective that joins them.

"on the surface or in orbit", "on the surface and/or in orbit" and "possibly on the
surface, or in orbit or both" name the same two places; what differs is the logic
joining them, which changes what a reader may conclude. Each becomes one ``places``
field holding the set of places and the connective.
"""

from __future__ import annotations

import re
from typing import Any

from checkfacts.extractors.interface import Context
from checkfacts.models import FieldValue

_PREP = r"(?:on|in|at|around|near|inside|into|onto|from|under|over|within)"
_DET = r"(?:the|a|an|its|their|his|her|our|this|that)"
_WORD = r"(?!(?:and|or|both|but|with|for|to)\b)[\w’'-]+"
_NP = rf"(?:{_DET}\s+)?(?:{_WORD}\s+){{0,3}}{_WORD}"
_PLACES = re.compile(
    rf"(?P<hedge>\b(?:possibly|perhaps|maybe|either)\s+)?"
    rf"\b(?P<a>{_PREP}\s+{_NP})\s*,?\s+"
    rf"(?P<conn>and/or|or|and)\s+"
    rf"(?P<b>{_PREP}\s+{_NP})"
    rf"(?P<both>\s*,?\s+or\s+both)?",
    re.IGNORECASE,
)
_STOP_HEAD = {"order", "addition", "fact", "case", "terms", "time", "way", "part", "response"}
_OF_PHRASE = re.compile(r"\s+of\s+.*$", re.I | re.S)
"""A postnominal of-phrase ("the orbit of the Moon"): what follows "of" modifies the head."""

CONNECTIVE_MEANING = {
    "or": "one place or the other",
    "and/or": "either place, or both",
    "or_both": "either place, or both",
    "and": "both places",
}


def _place(np_text: str) -> str:
    """The head noun of a place phrase, which names the place whatever modifies it.

    English noun phrases are head-final before their postmodifiers, so the head is the
    last word before an of-phrase: "on the lunar surface", "on the Moon's surface" and
    "on the surface of the Moon" all name a "surface"; "in the city centre" and "in the
    centre of the city" a "centre". Determiners, possessives and adjectives before the
    head drop out with it. An of-phrase after a capitalised word is part of a name ("in
    the Gulf of Aden"), and the name's last word is kept.
    """
    words = re.sub(rf"^{_PREP}\s+", "", np_text.strip(), flags=re.I)
    m = _OF_PHRASE.search(words)
    if m is not None:
        before = words[: m.start()].split()
        if before and not before[-1][:1].isupper():
            words = words[: m.start()]
    tokens = words.lower().split()
    return tokens[-1] if tokens else ""


PLACE_NOUNS = frozenset(
    [
        "surface", "orbit", "space", "ground", "air", "sea", "ocean", "land", "water",
        "waters", "coast", "shore", "beach", "island", "isle", "bay", "gulf", "strait",
        "harbour", "harbor", "port", "anchorage", "dock", "pier", "quay", "river", "lake",
        "mountain", "mountains", "ridge", "hill", "hills", "valley", "dam", "bridge", "road",
        "street", "avenue", "highway", "motorway", "square", "park", "playground", "city",
        "town", "village", "capital", "country", "countryside", "region", "area", "zone",
        "district", "province", "state", "county", "border", "frontier", "camp", "base",
        "station", "airport", "building", "centre", "center", "downtown", "suburb",
        "suburbs", "neighbourhood", "neighborhood", "site", "field", "forest", "desert",
        "north", "south", "east", "west", "abroad", "overseas", "hospital", "prison",
        "school", "church", "embassy", "plant", "factory", "mine", "farm", "estate",
        "compound", "warehouse", "mall", "market", "stadium", "arena", "campus", "checkpoint",
        "crossing", "tunnel", "canal", "channel", "peninsula", "continent", "mainland",
        "interior", "outskirts", "front", "frontline", "crater", "pole", "entrance", "gate",
        "exit", "foot", "summit", "shelter", "seabed", "seafloor", "depot", "hall", "terminal",
        "venue", "yard", "courtyard", "platform", "runway", "deck", "shipyard", "wharf",
    ]
)  # fmt: skip
"""Nouns that name a place by what it is ("on the surface", "at the border", "near the
port"): with a named place (a country, a city, a sea), the heads of a place set."""

_PLACE_ENTITIES = frozenset(["GPE", "LOC", "FAC"])
"""spaCy entity labels of places: countries and cities, seas and mountains, buildings."""


def _is_place(start: int, end: int, text: str, doc: Any) -> bool:
    """Whether the phrase at ``text[start:end]`` ("in the harbour") names a place.

    A noun of places is among its words ("at the foot of the dam", "at the dam's foot"),
    or a named place overlaps it; "in testimony before the Senate", "in his recent
    memoir" and "on Monday" name none.
    """
    words = [re.sub(r"[’']s?$", "", w.lower()) for w in re.findall(r"[\w’'-]+", text[start:end])]
    if any(w in PLACE_NOUNS or (w.endswith("s") and w[:-1] in PLACE_NOUNS) for w in words):
        return True
    if doc is None:
        return False
    return any(
        e.label_ in _PLACE_ENTITIES and e.start_char < end and start < e.end_char for e in doc.ents
    )


class PlaceSetExtractor:
    """Coordinated place phrases: the set of places and the connective joining them."""

    kinds = ("places",)

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return one ``places`` field per coordinated pair of prepositional place phrases."""
        fields = []
        for m in _PLACES.finditer(text):
            a, b = _place(m.group("a")), _place(m.group("b"))
            if not a or not b or a == b or {a, b} & _STOP_HEAD:
                continue
            if not all(_is_place(m.start(g), m.end(g), text, context.doc) for g in ("a", "b")):
                continue  # "in testimony and in his memoir": two phrases, no places
            conn = m.group("conn").lower()
            if m.group("both") and conn == "or":
                conn = "or_both"
            start = m.start("hedge") if m.group("hedge") else m.start("a")
            fields.append(
                FieldValue(
                    kind="places",
                    text=text[start : m.end()],
                    span=(start, m.end()),
                    value={
                        "places": sorted({a, b}),
                        "connective": conn,
                        "meaning": CONNECTIVE_MEANING[conn],
                        "hedged": bool(m.group("hedge")),
                    },
                )
            )
        return fields
