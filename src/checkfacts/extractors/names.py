"""Names of people, organizations and places, from spaCy's named-entity recognizer.

Values carry a normalized key (rapidfuzz's ``default_process``) and, for names
written with an acronym in brackets ("China National Space Administration (CNSA)"),
the acronym, so that later stages (:mod:`checkfacts.entities`) can group aliases
across sources.

The recognizer's spans are cleaned with a few general rules:

* a leading "the" is left out ("the International Space Station" → "International
  Space Station"), and so is a trailing possessive ("Russia’s" → "Russia");
* a name cut at a hyphen is completed ("Moon Jae" + "-in" → "Moon Jae-in");
* a person span holding a possessive is split ("Elon Musk’s SpaceX" → person "Elon
  Musk", org "SpaceX");
* "the Moon" / "the Sun" / "the Earth" tagged as a person is a place;
* a judge named by the bench's title ("Lady Justice Hale", "Mrs Justice Bell") is a person,
  whether the recognizer missed the name or read the whole as a body;
* two or three capitalized words tagged as an organization right after a role word, that
  end their noun phrase, are a person ("Commission chair Petra Osling said", "Chief
  financial officer Lorcan Pettibridge will"), but not a body that modifies a role ("chief
  White House strategist");
* a multi-word organization after a place's possessive keeps it ("China’s National
  Space Administration"); a capitalized name that the recognizer missed after a
  place's possessive ("Russia’s Roscosmos") becomes an organization with that place
  as its ``qualifier``.

Person values get a ``title`` from an appositive ("Dmitry Rogozin, the chief of
Roscosmos," → "chief of Roscosmos") or a title before the name ("President Vladimir
Putin" → "President"); organization values get a ``description`` from an appositive
("the Russian space agency, Roscosmos"), which also makes a mislabelled name an org.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz.utils import default_process

from checkfacts.extractors.interface import Context
from checkfacts.models import FieldValue, NameValue

LABELS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}

_APOS = "['’]"
_POSSESSIVE = re.compile(rf"{_APOS}s?$")
_INNER_POSSESSIVE = re.compile(rf"(?<=\w){_APOS}s\b")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_PERSON_AFTER_OFFICE = re.compile(
    r"\b(?:officer|executive|director|chair(?:man|woman|person)?|manager|spokes(?:man|woman|person)"
    r"|secretary|minister|president|leader|chief|head|founder|editor|treasurer)\s*,\s*$",
    re.I,
)
"""An office set before a name in apposition: "the company's chief operating officer,
Imogen Tasker," names a person, whatever the parse's entity label."""
_ORG_WORDS = frozenset(
    ["ltd", "limited", "plc", "inc", "group", "council", "bank", "trust", "university",
     "association", "company", "authority", "board", "office", "agency", "union", "club"]
)  # fmt: skip


def _a_person_s(name: str) -> bool:
    """Whether a name has a person's shape: two or three capitalised words, none a body's."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not ({w.lower().strip(".,") for w in words} & _ORG_WORDS)
    )


_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z0-9&]{1,7}$")

_CELESTIAL = {"Moon", "Sun", "Earth", "Mars", "Venus", "Jupiter", "Saturn", "Mercury"}

_ROLE = (
    r"(?:chief|head|director(?:-general)?|administrator|(?:vice[- ])?president|minister|"
    r"secretary(?:-general)?|spokes(?:man|woman|person)|(?:(?:vice|deputy|co)-)?chair(?:man|woman|person)?|"
    r"(?:co-)?founder|ceo|executive|leader|governor|senator|ambassador|commander|officer|"
    r"manager|editor|professor|analyst|researcher|scientist|author|member|deputy|advis[eo]r|"
    r"lawyer|attorney|mayor|official|correspondent|representative|envoy|premier|chancellor|"
    r"king|queen|prince|princess|general|owner|economist|expert|fellow|engineer|astronaut|"
    r"cosmonaut|coordinator|strategist|aide|candidate|nominee|judge|justice|lawmaker|"
    r"congress(?:man|woman)|commissioner|prosecutor|counsel|dean|captain|coach|reporter|"
    r"writer|historian|physicist|founder|boss|architect|designer|pilot|inspector|provost|"
    r"superintendent|sergeant|constable|sheriff|bishop|archdeacon|headteacher|principal|"
    r"vet|farmer|warden|ranger|curator|keeper|teacher|nurse|paramedic|firefighter|skipper|"
    r"fisherman|landlord|volunteer|organi[sz]er|campaigner|trustee|caretaker|surgeon|"
    r"solicitor|barrister|ecologist|midwife|chef|publican|artist|master|harbou?rmaster)"
)
"""Words for a post or a trade that name the person beside them: "the trust's chief
executive", "Vet Colm Rafferty", "Warden Ellen Tarrant", "a local farmer", "the harbour
master"."""
_ORG_NOUN = (
    r"(?-i:agency|company|corporation|firm|ministry|department|organi[sz]ation|"
    r"institute|university|bank|party|network|office|union|council|committee|commission|"
    r"administration|authority|association|bureau|service|operator|maker|manufacturer|"
    r"start-?up|carrier|airline|broadcaster|newspaper|outlet|regulator|body|conglomerate|"
    r"group|giant|watchdog|federation|foundation|think\s+tank)"
)
_NAME_RUN = (
    r"(?-i:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|de)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*)*)"
)
_MODIFIER = (
    r"(?:(?!(?:the|a|an|and|or|but|with|between|to|of|for|by|who|which|whose)\s)[\w’'-]+\s+)"
)
_APPOSITIVE_TITLE = re.compile(
    rf",\s+(?P<t>(?:(?:the|a|an|its|his|her|their)\s+)?{_MODIFIER}{{0,3}}?"
    rf"{_ROLE}(?:\s+(?:of|at|for|to)\s+{_NAME_RUN})?)"
    r"(?=\s*[,.;:)]|\s+and\s|\s+[a-z]|\s*$)",
    re.IGNORECASE,
)
_APPOSITIVE_ORG_AFTER = re.compile(
    rf",\s+(?P<t>(?:(?:the|a|an)\s+|[A-Z][\w]*['’]s\s+)?{_MODIFIER}{{0,3}}?"
    rf"{_ORG_NOUN}\b[^,.;:()]{{0,80}}?)(?=\s*[,.;:)]|\s*$)",
)
_APPOSITIVE_ORG_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<t>(?:the|a|an)\s+{_MODIFIER}{{0,3}}?{_ORG_NOUN}),\s+$",
    re.IGNORECASE,
)
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s+$", re.IGNORECASE)
_PERSONAL = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")
"""A word of a personal name: capitalized, letters, perhaps a hyphen or an apostrophe."""
_TITLE_BEFORE = re.compile(
    r"(?P<t>(?:(?:[A-Z][a-z]+|U\.S\.)\s+){0,2}"
    r"(?:President|Vice\s+President|Prime\s+Minister|Minister|Secretary|Senator|Sen\.|Rep\.|"
    r"Gov\.|Governor|General|Gen\.|Chancellor|King|Queen|Prince|Princess|Pope|Premier|"
    r"Chairman|Chairwoman|Director|Administrator|Chief|Judge|Justice|Mayor|Ambassador|Leader|"
    r"Commander|Admiral|Colonel|Col\.|Captain|Capt\.|Professor|Prof\.|Dr\.))\s+$"
)
_TITLE_WORDS = re.compile(
    r"^(?:President|Prime|Minister|Secretary|Senator|Governor|General|Chancellor|King|Queen|"
    r"Prince|Princess|Pope|Premier|Chairman|Director|Administrator|Chief|Judge|Justice|Mayor|"
    r"Ambassador|Leader|Foreign|Defense|Defence|Finance|Deputy|Vice|First|Lady)$"
)


_HONORIFIC_FIRST = re.compile(
    r"^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?\s+"
    r"(?=[\w’'.-]+\s+[\w’'.-])"
)
"""A courtesy title before a full name: "Dr Owen Tarrant" is Owen Tarrant, as "Medical
director Dr Owen Tarrant" and "Owen Tarrant, the county's public health director" name one
person, and "Councillor Marcus Ellery" (or "Cllr") is the Marcus Ellery of another source.
Kept before a surname alone ("Mr Tarrant")."""


def name_key(name: str) -> str:
    """Normalize a name: no leading 'the', courtesy title, possessives; default_process.

    A courtesy title goes only before a full name (:data:`_HONORIFIC_FIRST`).
    """
    name = _LEADING_THE.sub("", name.strip())
    name = _HONORIFIC_FIRST.sub("", name)
    name = _POSSESSIVE.sub("", name)
    name = _INNER_POSSESSIVE.sub("", name)
    return default_process(name)


_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def surname(key: str) -> str:
    """The last word of a name key: "anna berg" gives "berg" (a key with no words, itself).

    A generation after the name is not its last word: "arcade comeaux jr" gives "comeaux".
    """
    words = key.split()
    while len(words) > 1 and words[-1].rstrip(".") in _SUFFIXES:
        words.pop()
    return words[-1] if words else key


def acronym(name: str) -> str:
    """Initials of the capitalized words of a name: 'China National Space Administration' → CNSA."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())


def is_acronym(name: str) -> bool:
    """Whether ``name`` is written as an acronym ("CNSA", "U.S.", "ILRS")."""
    return bool(_ACRONYM.match(name.strip()))


def _personal_name(words: list[str]) -> bool:
    """Whether words are two or three words of a personal name (:data:`_PERSONAL`)."""
    return 2 <= len(words) <= 3 and all(_PERSONAL.match(w) for w in words)


def _person_after_role(text: str, start: int, end: int, doc: Any) -> bool:
    """Whether a recognizer's organization is a person named right after a role word.

    The small recognizer reads an unfamiliar name after a role as a body ("Commission
    chair Petra Osling said", "Chief financial officer Lorcan Pettibridge will serve"). Two
    or three words of a personal name (:data:`_PERSONAL`) are a person there when the name
    ends its noun phrase; a body that modifies what follows ("chief White House
    strategist") is left, and so is one word ("an expert Android") or an acronym.
    """
    if not _personal_name(text[start:end].split()):
        return False
    if _ROLE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    span = doc.char_span(start, end)
    return span is not None and span[-1].dep_ not in {"compound", "amod", "nmod", "poss"}


_TITLE_WORD = re.compile(
    rf"^(?:{_ROLE}|council(?:l?or|man|woman)|cllr|alderman|runner|pm|dame|sir|dr|mr|mrs|ms"
    r"|rev|revd|reverend|canon|rabbi|imam)$",
    re.IGNORECASE,
)
"""A role or title word that the small recognizer may fold into a body's name (a member of
the clergy's too: "the Rev Hilary Boscombe")."""


_ROLE_SET_AFTER = re.compile(
    rf",\s+(?:the\s+|its\s+)?(?:[A-Za-z-]+['’]s\s+)?(?:[a-z-]+\s+){{0,2}}{_ROLE}"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+){0,2})?\s*[,.;]",
    re.IGNORECASE,
)
"""A role set after a name and closed off: ", the inspectorate's chief inspector,", ", the
authority's executive director of enforcement,"."""


def _person_before_role(text: str, start: int, end: int) -> bool:
    """Whether a recognizer's organization is a person whose role is set after the name.

    "Dr Helena Varga, the inspectorate's chief inspector, said" is read as a body: two or
    three words of a personal name followed by a role closed off by a comma or a stop
    are a person. A body's appositive names no role ("Halden Bank, the group's lender,").
    """
    return _personal_name(text[start:end].split()) and _ROLE_SET_AFTER.match(text, end) is not None


def _titled_person(text: str, start: int, end: int) -> int | None:
    """Where the person starts in a recognizer's span that opens with a title.

    "Councillor Priya Holloway" and "Runner Ines Calloway" are read as bodies, and
    "Superintendent Mariam Castell" as a person with the rank in the name: a title word
    followed by two or three words of a personal name is a person, the name starting after
    the title. A body's words ("National Roads Agency") are no title.
    """
    words = text[start:end].split()
    if words and words[0].lower() == "the" and len(words) > 2:
        words = words[1:]  # "the Rev Hilary Boscombe": the recognizer took "the" in
    if not words or not _TITLE_WORD.match(words[0]) or not _personal_name(words[1:]):
        return None
    title = re.match(r"(?:the\s+)?\S+\s+", text[start:end], re.I)
    return None if title is None else start + title.end()


_SURNAME_AFTER = re.compile(r"\s([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)(?![\w-])")


def _titled_cut_short(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Recognizer spans with a titled person cut short before the surname made whole.

    The small recognizer may read "Cllr Priya Sandhu" as the person "Cllr Priya" and a body
    "Sandhu", which keys the person "cllr priya", or "Councillor Amrit Sandhu" as two
    bodies: a span of a title and one word, right before a capitalised word, is a person
    that takes that word in (and drops whatever span it was given), the name starting
    after the title.
    """
    out = list(ents)
    for start, end, label in ents:
        words = text[start:end].split()
        if label == "GPE" or len(words) != 2 or not _TITLE_WORD.match(words[0]):
            continue
        m = _SURNAME_AFTER.match(text, end)
        if m is None:
            continue
        title = re.match(r"\S+\s+", text[start:end])
        assert title is not None
        out = [x for x in out if x[1] <= start or x[0] >= m.end()]
        out.append((start + title.end(), m.end(), "PERSON"))
    return sorted(out)


_JUDGE = re.compile(
    r"\b(?:(?:Lord|Lady|Mr|Mrs|Ms)\s+Justice|Judge)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*){0,2})"
    r"(?![\w-])"
)
"""A judge named by the bench's title: "Lady Justice Hale", "Lord Justice Stone", "Mrs Justice
Bell", "Judge Tamsin Rooke". The small recognizer misses some of these, or reads the whole
as a body."""


def _judges(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Recognizer spans with every judge named by title read as a person (:data:`_JUDGE`).

    A span over the title and name ("Mrs Justice Bell" as an organization) gives way to
    the person; a name the recognizer missed is added.
    """
    for m in _JUDGE.finditer(text):
        start, end = m.span("name")
        if any(s <= start and end <= e and label == "PERSON" for s, e, label in ents):
            continue
        ents = [x for x in ents if x[1] <= m.start() or x[0] >= end]
        ents.append((start, end, "PERSON"))
    return sorted(ents)


_RANKED = re.compile(
    r"\b(?:(?:Detective|Chief|Acting|Police|Deputy|Assistant)\s+){0,3}"
    r"(?:Constable|Sergeant|Inspector|Superintendent|Commissioner|PC|DC|DS|DI|DCI|Sgt|Insp|Supt)"
    r"\s+(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)"
    r"(?![\w-])"
)
"""A police officer named in full after a rank: "Detective Sergeant Ruth Calloway", "PC Dan
Hewitt". The small recognizer misses some of these outright."""


def _ranked(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Recognizer spans with every officer named after a rank read as a person (:data:`_RANKED`).

    A name no span covers is added; a span over the rank and the name read as a body
    ("Detective Constable Imogen Platt" as an organization) gives way to the person.
    """
    for m in _RANKED.finditer(text):
        start, end = m.span("name")
        over = [x for x in ents if x[0] < end and start < x[1]]
        if any(label == "PERSON" or not (m.start() <= s and e == end) for s, e, label in over):
            continue
        ents = [*(x for x in ents if x not in over), (start, end, "PERSON")]
    return sorted(ents)


_MISREAD = frozenset(["WORK_OF_ART", "PRODUCT", "EVENT", "LAW"])
"""Labels the small recognizer gives a titled person's name ("Provost Eleanor Vance" as a
work of art): kept only when a title opens the span and a personal name follows it."""


class NameExtractor:
    """People, organizations, places and groups named in a sentence."""

    kinds = ("person", "org", "place", "group")

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return named entities of ``context.doc`` (a spaCy Doc of ``text``), cleaned up."""
        if context.doc is None:
            return []
        ents = [
            (e.start_char, e.end_char, e.label_)
            for e in context.doc.ents
            if e.end_char <= len(text) and e.label_ in LABELS
        ]
        # "Provost Eleanor Vance" read as a work of art: the person after the title
        ents += [
            (after, e.end_char, "PERSON")
            for e in context.doc.ents
            if e.end_char <= len(text)
            and e.label_ in _MISREAD
            and (after := _titled_person(text, e.start_char, e.end_char)) is not None
        ]
        ents = _ranked(text, _judges(text, _titled_cut_short(text, ents)))
        fields: list[FieldValue] = []
        for start, end, label in ents:
            if label == "ORG" and (
                _person_after_role(text, start, end, context.doc)
                or _person_before_role(text, start, end)
            ):
                label = "PERSON"
            elif label in ("ORG", "PERSON") and (after := _titled_person(text, start, end)):
                start, label = after, "PERSON"  # "Superintendent Mariam Castell": the name
            fields.extend(self._from_ent(text, start, end, label, ents))
        fields.extend(self._after_possessive(text, ents, fields))
        seen: set[tuple[tuple[int, int], str]] = set()
        out = []
        for f in sorted(fields, key=lambda f: (f.span, f.kind)):
            if (f.span, f.kind) not in seen and f.text:
                seen.add((f.span, f.kind))
                out.append(f)
        return out

    # -- one recognizer span ----------------------------------------------------------

    def _from_ent(
        self, text: str, start: int, end: int, label: str, ents: list[tuple[int, int, str]]
    ) -> list[FieldValue]:
        kind = LABELS[label]
        the = _LEADING_THE.match(text[start:end])
        if the and end - start > the.end():
            start += the.end()
        m = _POSSESSIVE.search(text[start:end])
        if m and end - start > len(m.group(0)):
            end = start + m.start()
        if kind == "person":
            hyphen = re.match(r"-[a-z]{1,4}\b", text[end : end + 6])
            if hyphen:
                end += hyphen.end()
            inner = _INNER_POSSESSIVE.search(text, start, end)
            if inner is not None and inner.end() < end:
                tail = (
                    inner.end()
                    + len(text[inner.end() : end])
                    - len(text[inner.end() : end].lstrip())
                )
                return [
                    self._field(text, start, inner.start(), "person", "PERSON"),
                    self._field(
                        text, tail, end, "org", "ORG", qualifier=text[start : inner.start()]
                    ),
                ]
            if text[start:end] in _CELESTIAL and re.search(r"\bthe\s+$", text[:start], re.I):
                kind, label = "place", "LOC"
        if (
            kind == "org"
            and _PERSON_AFTER_OFFICE.search(text[:start])
            and _a_person_s(text[start:end])
        ):
            kind, label = "person", "PERSON"  # "its chief operating officer, Imogen Tasker,"
        extra: dict[str, Any] = {}
        if kind == "org":
            prev = self._possessor(text, start, ents)
            if prev is not None and len(text[start:end].split()) >= 2:
                start = prev[0]
        return [self._field(text, start, end, kind, label, **extra)]

    @staticmethod
    def _possessor(
        text: str, start: int, ents: list[tuple[int, int, str]]
    ) -> tuple[int, int] | None:
        """The place or group span whose possessive ("Russia’s ") ends right at ``start``."""
        m = re.search(rf"{_APOS}s\s+$", text[max(0, start - 4) : start])
        if m is None:
            return None
        cut = max(0, start - 4) + m.start()
        for s, e, lab in ents:
            if e == cut and LABELS[lab] in {"place", "group"}:
                return s, e
            if lab in {"GPE", "NORP", "LOC"} and s < cut < e and text[s:e].endswith(("’s", "'s")):
                return s, cut
        return None

    def _field(
        self, text: str, start: int, end: int, kind: str, label: str, **extra: Any
    ) -> FieldValue:
        words = text[start:end]
        value: dict[str, Any] = {"name": words, "key": name_key(words), "label": label}
        value.update(extra)
        after = text[end : end + 12]
        paren = re.match(r"\s*\(([A-Z]{2,8})\)", after)
        if paren:
            value["acronym"] = paren.group(1)
        elif is_acronym(words):
            value["acronym"] = words.replace(".", "")
        title = self._title(text, start, end) if kind == "person" else None
        if title:
            value["title"] = title
        elif kind in {"org", "place", "person"} and not re.match(_APOS, text[end : end + 1]):
            desc = self._description(text, start, end)
            if desc:
                value["description"] = desc
                kind = "org"
        return FieldValue(kind=kind, text=words, span=(start, end), value=NameValue(**value))

    @staticmethod
    def _title(text: str, start: int, end: int) -> str | None:
        m = _APPOSITIVE_TITLE.match(text, end)
        if m is not None:
            title = re.sub(r"^(?:the|a|an)\s+", "", m["t"], flags=re.I)
            if not re.search(r"\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|[A-Z])\.$", title):
                title = title.rstrip(".")
            return re.sub(r"\s+", " ", title)
        b = _TITLE_BEFORE.search(text, max(0, start - 40), start)
        if b is not None:
            return re.sub(r"^(?:The|A|An)\s+", "", re.sub(r"\s+", " ", b["t"])) or None
        return None

    @staticmethod
    def _description(text: str, start: int, end: int) -> str | None:
        m = _APPOSITIVE_ORG_BEFORE.search(text, max(0, start - 60), start)
        if m is None:
            m = _APPOSITIVE_ORG_AFTER.match(text, end)
        if m is None:
            return None
        return re.sub(r"\s+", " ", re.sub(r"^(?:the|a|an)\s+", "", m["t"], flags=re.I)).strip()

    # -- names the recognizer missed -----------------------------------------------------

    def _after_possessive(
        self, text: str, ents: list[tuple[int, int, str]], found: list[FieldValue]
    ) -> list[FieldValue]:
        """A capitalized name after a place's possessive, not yet found: "Russia’s Roscosmos"."""
        out: list[FieldValue] = []
        for s, e, lab in ents:
            if LABELS[lab] != "place":
                continue
            m = re.compile(rf"{_APOS}s\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,4}})").match(text, e)
            if m is None and text[s:e].endswith(("’s", "'s")):
                m = re.compile(r"\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,4})").match(text, e)
            if m is None:
                continue
            a, b = m.span(1)
            for s2, _e2, _lab2 in ents:  # stop at the next recognized name
                if a <= s2 < b:
                    b = s2
            words = text[a:b].rstrip()
            b = a + len(words)
            if not words or _TITLE_WORDS.match(words.split()[0]):
                continue
            if any(not (b <= f.span[0] or a >= f.span[1]) for f in found):
                continue
            possessor = _POSSESSIVE.sub("", text[s:e])
            out.append(self._field(text, a, b, "org", "ORG", qualifier=possessor))
        return out
