"""Rules for wording: two sources that carry one sentence, word for word but a word.

Outlets copy a wire story, a statement or a quotation; when the copies agree word for
word except for part of a name ("the Debbie Wasserman Schultz servers" / "the Wendy
Wasserman Schultz servers"), one of them misquotes or misnames. Fields cannot see it: a
name is shown, never compared, because two claims that merely resemble each other name
many different people. Here the claims are the same words and the rest of the name is
the same, so the part that differs is the difference.

The same holds for the small words that decide what a sentence asserts. A quotation or
a wire sentence carried word for word but for "not" ("he would always get honesty from
me" / "he would not always get honesty from me") says the opposite; one carried but for
its modal ("we will now counter" / "we may now counter") says it with another certainty.
Fields see neither when the verb sits in a clause the claim does not assert.

A quotation is often carried inside different framing ('he said, adding that "..."'): two
claims that are not whole copies are read for a passage both carry, the words right
before and after a negation or modal that differs the same in both (eight together).

Only part of a name counts: a whole name swapped ("accused Sudan" / "accused
Khartoum", "pinup of GI's" / "pinup of US people") is as often an outlet's own wording,
and the words that open or close a claim (a headline's label, "Roesler said" / "said
Roesler", "told Us" / "told UsMagazine.com") are worded freely.

Two claims need not be copies to name different people for one act. When both tell the
same verb done to the same thing, tied to one moment or one figure (the same day, the
same age), but each names another person as its doer ("Foreign Minister Ruiz met the
envoy on Monday" / "Foreign Minister Duarte met the envoy on Monday"), one of them
misnames, or they tell two acts: a nuance for an editor to check. Without such a tie two
people doing one thing are most often two acts (two ministers meeting one envoy in a
week), and two people an act is done to are two victims or two defendants, so only the
doer is read; a harm's day ties nothing either (two dead in one crash).

Each rule takes the two claims (in a canonical order) and its settings, and returns the
explanation when it decides, else None.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from pydantic import Field
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from checkfacts.extractors.names import acronym, is_acronym, surname
from checkfacts.models import Claim, DateValue, EventValue, FieldValue, NameValue, QuantityValue
from checkfacts.rules.engine import Comparison, Engine, undecided
from checkfacts.rules.events import OPPOSITES, STANDING, apart
from checkfacts.rules.registry import RuleSettings, of, rule
from checkfacts.vocabulary import FUNCTION_WORDS, HARMED_BY, MONTHS, WEEKDAYS

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’.\-]*")


@dataclass(frozen=True)
class Swap:
    """Where two copies of one sentence differ: in a name, or in a deciding word ("not")."""

    a: tuple[int, int]
    """Span of the words in the first claim's source text (of the word before an added one)."""
    b: tuple[int, int]
    """Span of the words in the second claim's source text."""
    text_a: str
    """The first copy's words there ("" where it has none: "not" added by the other)."""
    text_b: str
    negation: bool = False
    """Whether the words deny what the other copy asserts ("not", "doesn't" / "does")."""
    opposite: bool = False
    """Whether the words are opposite outcomes ("held" / "failed", "rose" / "fell")."""
    passage: bool = False
    """Whether the two claims carry one passage, not the whole sentence, word for word."""


class CopySettings(RuleSettings):
    """When two claims are one sentence copied."""

    least_words: int = Field(8, description="Fewest words of the shorter claim.")
    same_words: float = Field(
        90.0,
        description="Least rapidfuzz partial ratio (0-100) of the two claims' words for "
        "them to be one sentence copied.",
    )


class AssertionSettings(CopySettings):
    """When two claims are one sentence copied, or carry one passage of it."""

    passage_words: int = Field(
        8,
        description="Fewest words copied unbroken around a negation or modal that differs "
        "for two claims that are not whole copies to carry one passage (a quotation): the "
        "words right before and right after it, together.",
    )


class OtherNameSettings(CopySettings):
    """When two claims are one sentence copied, and when two names are one."""

    spelling: float = Field(
        70.0,
        description="Two names at least this alike (rapidfuzz ratio) are one name spelled "
        "two ways ('Kim Jong Un' / 'Kim Jong-un'), not two names.",
    )


def _tokens(claim: Claim) -> list[tuple[str, int, int]]:
    """The claim's words with their spans in the source text."""
    return [
        (m.group(), claim.span[0] + m.start(), claim.span[0] + m.end())
        for m in _TOKEN.finditer(claim.text)
    ]


TITLES = frozenset(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "st",
        "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general",
        "lt", "col", "sgt", "capt", "cpt", "adm", "president", "vice", "prime", "minister",
        "secretary", "director", "chairman", "chairwoman", "chair", "chief", "judge",
        "justice", "mayor", "king", "queen", "prince", "princess", "pope", "former", "late",
        "then", "acting", "deputy", "ambassador", "commissioner", "speaker", "leader",
        "councillor", "cllr", "alderman", "professor", "inspector", "superintendent",
        "commandant", "captain", "detective", "constable", "sergeant",
    ]
)  # fmt: skip
"""Titles and honorifics: "Mr. Comey" and "former Director Comey" name one man, and
"Councillor Ruth Adley" and "Councillor Owen Brack" share no name."""


def _capitalised(words: list[str], first: bool) -> bool:
    """Whether the words hold a name: a capital not opening the sentence, no date or title."""
    for n, w in enumerate(words):
        if first and n == 0:
            continue
        bare = w.rstrip(".").lower()
        if w[:1].isupper() and bare not in MONTHS and bare not in WEEKDAYS and bare not in TITLES:
            return True
    return False


def _shared_name_part(a: str, b: str) -> bool:
    """Whether two neighbouring words are one part of a name in both copies ("Schultz")."""
    return a == b and a[:1].isupper() and a.rstrip(".").lower() not in TITLES


def _letters(words: list[str]) -> str:
    """The words' letters and digits only, lower case ("E.U." and "EU" give "eu")."""
    return "".join(ch for w in words for ch in w.lower() if ch.isalnum())


def _initials(short: list[str], long: list[str]) -> bool:
    """Whether one name abbreviates the other ("U.S." / "United States")."""
    letters = "".join(ch for w in short for ch in w if ch.isalpha())
    return letters.lower() == "".join(w[0] for w in long if w[:1].isalpha()).lower()


Token = tuple[str, int, int]
Opcode = tuple[str, int, int, int, int]


def _copies(
    a: Claim, b: Claim, least_words: int, same_words: float
) -> tuple[list[Token], list[Token], list[Opcode]] | None:
    """The two claims' words and where they differ, if they are one sentence copied.

    Differences at either end are left out: a headline's label or an attribution tail
    ("Roesler said" / "said Roesler") is worded freely.
    """
    ta, tb = _tokens(a), _tokens(b)
    if min(len(ta), len(tb)) < least_words:
        return None
    wa, wb = [t[0] for t in ta], [t[0] for t in tb]
    if fuzz.partial_ratio(default_process(" ".join(wa)), default_process(" ".join(wb))) < (
        same_words
    ):
        return None
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    inner: list[Opcode] = [
        (op, i1, i2, j1, j2)
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal" and min(i1, j1) > 0 and i2 < len(wa) and j2 < len(wb)
    ]
    return ta, tb, inner


def name_swaps(a: Claim, b: Claim, s: OtherNameSettings) -> list[Swap]:
    """The names that differ between two claims that are one sentence copied, if they are."""
    copied = _copies(a, b, s.least_words, s.same_words)
    if copied is None:
        return []
    ta, tb, inner = copied
    wa, wb = [t[0] for t in ta], [t[0] for t in tb]
    swaps = []
    for op, i1, i2, j1, j2 in inner:
        if op != "replace" or i2 - i1 > 2 or j2 - j1 > 2:
            continue
        if not (_shared_name_part(wa[i1 - 1], wb[j1 - 1]) or _shared_name_part(wa[i2], wb[j2])):
            continue  # a whole name swapped may be another person told of: not a misnaming
        xa, xb = wa[i1:i2], wb[j1:j2]
        if any(ch.isdigit() for w in xa + xb for ch in w):
            continue  # figures and dates are compared as fields
        if not (_capitalised(xa, i1 == 0) and _capitalised(xb, j1 == 0)):
            continue
        if fuzz.ratio(_letters(xa), _letters(xb)) >= s.spelling:
            continue
        if _initials(xa, xb) or _initials(xb, xa):
            continue
        swaps.append(
            Swap(
                a=(ta[i1][1], ta[i2 - 1][2]),
                b=(tb[j1][1], tb[j2 - 1][2]),
                text_a=" ".join(xa),
                text_b=" ".join(xb),
            )
        )
    return swaps


@rule("wording.other_name", "nuance", OtherNameSettings)
def other_name(a: Claim, b: Claim, s: OtherNameSettings) -> str | None:
    """Two sources carry one sentence word for word, but one names someone else.

    Fires: "the leak came from the Debbie Wasserman Schultz servers, the tweet said" /
    "the leak came from the Wendy Wasserman Schultz servers, the tweet said"; "the motion
    was moved by councillor Anna Berg and passed easily" / "the motion was moved by
    councillor Maria Berg and passed easily".
    Holds: "Kim Jong Un agreed to halt all nuclear tests at the site" / "Kim Jong-un
    agreed to halt all nuclear tests at the site" (one name spelled two ways); "the U.S.
    agreed to lift the tariffs on steel next month" / "the United States agreed to lift
    the tariffs on steel next month"; "the E.U." / "the EU"; "former Director Comey" /
    "Mr. Comey" (titles, one man); "the governor accused Sudan of the attack" / "the
    governor accused Khartoum of the attack" (a whole name: the outlet's wording).
    """
    swaps = name_swaps(a, b, s)
    if not swaps:
        return None
    said = "; ".join(f"“{w.text_a}” / “{w.text_b}”" for w in swaps)
    return f"The same sentence, word for word, names another: {said}. One copy misnames."


class OtherDoerSettings(RuleSettings):
    """When two people named as doers are two, not one name spelled two ways."""

    spelling: float = Field(
        70.0,
        description="Two names at least this alike (rapidfuzz ratio) are one name spelled "
        "two ways ('Kim Jong Un' / 'Kim Jong-un'), not two people.",
    )


def _surname(person: FieldValue) -> str:
    assert isinstance(person.value, NameValue)
    return (person.value.key.split() or [""])[-1]


def _key(person: FieldValue) -> str:
    assert isinstance(person.value, NameValue)
    return person.value.key


def _named_doers(doer: str, claim: Claim) -> list[FieldValue]:
    """The people of ``claim`` a doer's words name by surname ("director mike pompeo")."""
    words = set(doer.split())
    return [
        f
        for f in claim.fields
        if f.kind == "person" and isinstance(f.value, NameValue) and _surname(f) in words
    ]


def _mentions(claim: Claim, person: FieldValue) -> bool:
    """Whether ``claim`` names ``person`` anywhere, by surname."""
    return re.search(rf"\b{re.escape(_surname(person))}\b", claim.text.lower()) is not None


def _same_figure(a: FieldValue, b: FieldValue) -> bool:
    va, vb = a.value, b.value
    return (
        isinstance(va, QuantityValue)
        and isinstance(vb, QuantityValue)
        and not va.ordinal
        and va.low is not None
        and (va.low, va.high, va.unit) == (vb.low, vb.high, vb.unit)
    )


def _same_day(a: FieldValue, b: FieldValue) -> bool:
    va, vb = a.value, b.value
    return (
        isinstance(va, DateValue)
        and isinstance(vb, DateValue)
        and va.resolved
        and vb.resolved
        and va.grain == vb.grain == "day"
        and va.earliest is not None
        and (va.earliest, va.latest) == (vb.earliest, vb.latest)
    )


def _anchor(a: Claim, b: Claim, harm: bool) -> tuple[str, str] | None:
    """A figure both claims give, or (unless ``harm``) a day both give: the words of each.

    Two people a harm befalls on one day are two victims of one attack or crash, so for a
    verb of harm only a figure ties the claims to one person ("dies at 91").
    """
    for fa in a.fields:
        for fb in b.fields:
            if _same_figure(fa, fb) or (not harm and _same_day(fa, fb)):
                return fa.text, fb.text
    return None


@dataclass(frozen=True)
class _OneAct:
    """One act two claims tell of two people: the people, the verbs and what ties them."""

    swap: Swap
    told: tuple[str, str]
    tie: tuple[str, str]


def _one_act(a: Claim, b: Claim, s: OtherDoerSettings) -> _OneAct | None:
    """The act two claims tell of two named people, if they do (see :func:`other_doer`)."""
    for fa in a.fields:
        ea = fa.value
        if fa.kind != "event" or not isinstance(ea, EventValue) or ea.aside or not ea.subject:
            continue
        for fb in b.fields:
            eb = fb.value
            if fb.kind != "event" or not isinstance(eb, EventValue) or eb.aside or not eb.subject:
                continue
            if (ea.predicate, ea.negative, ea.modality) != (eb.predicate, eb.negative, eb.modality):
                continue
            if ea.tense and eb.tense and ea.tense != eb.tense:
                continue
            if (ea.object is None) != (eb.object is None) or (
                ea.object and eb.object and apart(ea.object, eb.object)
            ):
                continue  # done to another thing, or to nothing named: another act
            pa, pb = _named_doers(ea.subject, a), _named_doers(eb.subject, b)
            if not pa or not pb:
                continue
            if any(_mentions(a, p) for p in pb) or any(_mentions(b, p) for p in pa):
                continue  # one claim names both: two people it tells apart
            if any(fuzz.ratio(_key(x), _key(y)) >= s.spelling for x in pa for y in pb):
                continue
            tie = _anchor(a, b, ea.predicate in HARMED_BY)
            if tie is None:
                continue
            x, y = pa[0], pb[0]
            swap = Swap(a=x.span, b=y.span, text_a=x.text, text_b=y.text)
            return _OneAct(swap, (fa.text, fb.text), tie)
    return None


def doer_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two people two claims tell one act of (see :func:`other_doer`), or none."""
    act = _one_act(a, b, s)
    return [] if act is None else [act.swap]


@rule("wording.other_doer", "nuance", OtherDoerSettings)
def other_doer(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """One act, done to one thing, on one day or with one figure, told of two people.

    Fires: "CIA Director Mike Pompeo met Kim Jong Un over Easter weekend" / "CIA Director
    Moon Jae met Kim Jong Un over Easter weekend"; "the screen swimmer Esther Williams
    dies at 91" / "the screen swimmer Lorenzo Lamas dies at 91".
    Holds: "he killed Judge Rowland Barnes" / "he killed agent David Wilhelm" (two people
    done to, not two doers); "Kim Jong Un met Pompeo over Easter" / "Kim Jong-un met
    Pompeo over Easter" (one name spelled two ways); "Moon met Kim on Tuesday" / "Trump
    met Kim on Tuesday, after Moon" (one claim names both); "Smith died on Friday" /
    "Jones died on Friday" (two victims of one crash: a day does not tie a harm to one
    person).
    """
    act = _one_act(a, b, s)
    if act is None:
        return None
    w, (ta, tb), (xa, xb) = act.swap, act.told, act.tie
    return (
        f"“{ta}” is told of “{w.text_a}” in one and “{tb}” of “{w.text_b}” in the other, "
        f"done to the same and tied by “{xa}” / “{xb}”: one may misname who did it, or "
        "these are two acts."
    )


ONE_HOLDER = frozenset(
    ["leader", "director", "chief", "head", "chairman", "chairwoman", "chair", "president",
     "governor", "mayor", "minister", "secretary", "commissioner", "ceo", "presiding",
     "referee"]
)  # fmt: skip
"""Words of a role one person holds at a time in one body: its leader, its director, its
chief inspector, the presiding judge of a trial, a match's referee. A spokesman, an
inspector, a member or an umpire is one of many."""

ONE_HOLDER_PAIRS = frozenset(
    [("general", "manager"), ("managing", "director"), ("harbour", "master"),
     ("harbor", "master")]
)  # fmt: skip
"""Two words that make a role one person holds, neither of them alone: a company's general
manager (one of its managers), a firm's managing director, a port's harbour master. Not
"attorney general": a story
of a government names its past holders by the title, as "attorney general Lynch"."""


def holds_alone(role: tuple[str, ...]) -> bool:
    """Whether a role's words name one that one person holds at a time (:data:`ONE_HOLDER`)."""
    return bool(set(role) & ONE_HOLDER) or any(pair in ONE_HOLDER_PAIRS for pair in pairwise(role))


NOT_THE_HOLDER = frozenset(
    ["former", "ex", "late", "then", "acting", "interim", "deputy", "vice", "assistant",
     "outgoing", "incoming", "previous", "past", "another", "one"]
)  # fmt: skip
"""Words that put a role in the past, the future or beside the holder: former directors
are many, and a deputy leader is not the leader."""

_ROLE_STOP = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "our", "by", "of", "at", "for", "and",
     "or", "said", "says", "told", "with", "to", "from", "in", "on", "was", "is", "as",
     "that", "who", "when", "after", "before", "but", "while", "if", "according"]
)  # fmt: skip
_ROLE_AFTER_OWNED = re.compile(
    r"^\s*,\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?((?:[a-z]+\s+)?[A-Za-z]+?)"
    r"(?:['’]s|(?<=s)['’])\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)"
    r"(?=\s*[,.;]|\s*$|\s+who\b|\s+and\s+one\s+of\b|\s+for\s+[a-z]+(?:\s+and\s+[a-z]+)?\s*,)"
)
"""A role after the name with its body in the possessive: ", the observatory's director",
", Linmere's chief executive", ", the bus company's chief executive", ", the board's
director of public health", ", Corran Valley Buses' finance director" (the last word of
a name read as the body), also before "and one of" (", the company's finance director and
one of the family's fifth generation") and before the portfolio of a council's cabinet
member (", the council's cabinet member for leisure and culture,": "cabinet member")."""
_ROLE_AFTER_OF = re.compile(
    r"^\s*,\s*(?:the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:of|at)\s+the\s+"
    r"((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w-]*)"
)
"""A role after the name with its named body: ", director of the Brannoch Volcanological
Observatory", ", chief inspector at the Plant Health Inspectorate". Not ", chief executive
of Linmere Homes": read with its body, it would no longer meet "Chief executive X" of the
other source (a tower block's landlord, blind round 25), and a role with and without its
body is not matched (two bodies of one story may each have one)."""
_ROLE_BY_VERB = re.compile(
    r"^\s*,\s*who\s+(chairs|heads|directs)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+['’]s\s+)?"
    r"((?:[A-Za-z'’-]+\s+){0,3}[A-Za-z'’-]+?)(?:\s+of\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?(?=\s*[,.;]|\s*$)"
)
"""A role told by the verb of its office after the name: ", who chairs the committee,"
is the committee's chair, ", who heads the unit," its head; ", who chairs the food bank's
board of trustees," the trustees' chair; a body named in capitals by its last two words
(", who chairs the Merrow Quay Residents' Association," the residents association's chair),
so that two associations' chairs stay two roles."""
_OFFICE_OF = {"chairs": "chair", "heads": "head", "directs": "director"}

_CLERK_TO = re.compile(
    r"^\s*,\s*(?:the\s+)?clerk\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"(parish|town|city|district|county)\s+council\b",
    re.I,
)
"""A council's clerk named after the holder by the council: ", clerk to Kelderby Parish
Council", ", clerk to the town council"."""
_LEADER_OF = re.compile(
    r"^\s*,\s*(?:the\s+)?((?:deputy\s+)?leader)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"[Cc]ouncil\b(?!['’]s)"
)
"""A council's leader or deputy leader named after the holder: ", leader of Orrinsby Borough
Council", ", deputy leader of the council"; not ", leader of the council's Independent group"
(a group's)."""
_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?:the\s+|its\s+|their\s+|a\s+)?((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)"
    r"(?=\s*,|\s+(?:at|of|for|in|to)\b|\s*[.;]?[\"”’]?\s*$)"
)
"""A role set off after the name: ", chief inspector at the board", and at the end of the
sentence (", said Helen Marsh, the chief executive.")."""


_HONORIFIC = re.compile(
    r"\s*\b(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame|rev|revd|councillor|cllr)\.?$", re.I
)
"""A courtesy title right before a name, which is no part of the role before it ("committee
chair Councillor Owen Brack" holds the committee's chair; "the university's vice-chancellor,
Professor Anne Colby," its vice chancellor)."""


def _role_words(claim: Claim, person: FieldValue) -> tuple[str, ...]:
    """The words of the role a claim gives beside a person's name, lower case.

    Before the name ("opposition leader Greta Holm", "its chief inspector, Marta
    Olsund"), up to three words back to a function word or a body in the possessive
    ("Kelsworth's fire chief, Dariusz Penn" gives the role "Kelsworth fire chief"); else
    after it: with its body in the possessive or named after "of the" (", the
    observatory's director" and ", director of the Brannoch Volcanological Observatory"
    both give "observatory director"), by the verb of its office (", who chairs the
    committee," gives "committee chair"), or between commas or before "at"/"of" ("Pieter
    Hask, chief inspector at the board").
    """
    return _role_before(claim, person) or _role_after(claim, person)


def _role_before(claim: Claim, person: FieldValue) -> tuple[str, ...]:
    """The words of the role a claim sets before a person's name (see :func:`_role_words`)."""
    start, _end = claim.offsets(person.span)
    before = _HONORIFIC.sub("", claim.text[:start].rstrip())  # "medical director, Dr"
    if before.endswith(","):
        before = before[:-1].rstrip()
    words: list[str] = []
    body = False  # past a body in the possessive, only the rest of its name is taken
    for word in reversed(before.split()):
        low = word.lower().strip("\"'“”‘’(")
        if body and not word[:1].isupper():
            break  # "South Sudan's president": the body is South Sudan
        if low.endswith(("'s", "’s")) and len(words) < 3:  # "Kelsworth's fire chief"
            low, body = low[:-2], True
        if (
            not low.replace("-", "").isalpha()
            or low in _ROLE_STOP
            or (len(words) == 3 and not body)
        ):
            break
        words.append(low)
    words.reverse()
    return tuple(words)


def _role_after(claim: Claim, person: FieldValue) -> tuple[str, ...]:
    """The words of the role a claim sets after a person's name (see :func:`_role_words`)."""
    after = claim.text[claim.offsets(person.span)[1] :]
    # the body read as its head noun, so that ", the observatory's director" and ",
    # director of the Brannoch Volcanological Observatory" give one role
    if (m := _ROLE_AFTER_OWNED.match(after)) is not None:
        return (m[1].lower(), *m[2].split())
    if (m := _CLERK_TO.match(after)) is not None:
        return (m[1].lower(), "clerk")  # ", clerk to Kelderby Parish Council": parish clerk
    if (m := _LEADER_OF.match(after)) is not None:
        return ("council", *m[1].lower().split())  # ", deputy leader of the council"
    if (m := _ROLE_AFTER_OF.match(after)) is not None:
        return (m[2].split()[-1].lower(), *m[1].split())
    if (m := _ROLE_BY_VERB.match(after)) is not None:  # ", who chairs the committee,"
        named = [w for w in m[2].split() if w.lower() not in ("of", "the")]
        keep = 2 if named[-1][:1].isupper() else 1  # a named body by two words, else its noun
        told = [w.lower().rstrip("'’") for w in named[-keep:]]
        return (*told, _OFFICE_OF[m[1]])  # "committee chair", "traders association chair"
    if (m := _ROLE_AFTER.match(after)) is not None:
        return tuple(w.lower() for w in m.group(1).split() if w.lower() not in _ROLE_STOP)
    return ()


def _orgs(claim: Claim) -> set[str]:
    return {f.value.key for f in claim.fields if f.kind == "org" and isinstance(f.value, NameValue)}


def _names_body(claim: Claim, key: str) -> bool:
    """Whether ``claim`` names the body ``key`` in its words.

    The parse may read a name as a body in one sentence and miss it in the next.
    """
    return re.search(rf"\b{re.escape(key)}\b", claim.text.lower()) is not None


def people_of(claim: Claim) -> list[FieldValue]:
    """The people a claim names, as person fields, in order."""
    return [f for f in claim.fields if f.kind == "person" and isinstance(f.value, NameValue)]


@dataclass(frozen=True)
class _OneRole:
    """One role two claims give to two named people: the role's words and the people."""

    role: str
    swap: Swap


def _one_role(a: Claim, b: Claim, s: OtherDoerSettings) -> _OneRole | None:
    """The role of one body two claims give to two people, if they do (:func:`other_holder`)."""
    if not any(_names_body(a, key) and _names_body(b, key) for key in _orgs(a) | _orgs(b)):
        return None
    people_a, people_b = people_of(a), people_of(b)
    # the body is matched above: "the Water Safety Board's chief inspector" holds the role
    # "chief inspector at the Water Safety Board" does
    body = {w for key in _orgs(a) | _orgs(b) for w in key.split()}
    for x in people_a:
        role = _role_words(a, x)
        if not holds_alone(role) or set(role) & NOT_THE_HOLDER:
            continue
        for y in people_b:
            if set(_role_words(b, y)) - body != set(role) - body:
                continue
            if fuzz.ratio(_key(x), _key(y)) >= s.spelling:
                continue
            if _mentions(a, y) or _mentions(b, x):
                continue  # one claim names both: two people it tells apart
            swap = Swap(a=x.span, b=y.span, text_a=x.text, text_b=y.text)
            return _OneRole(" ".join(role), swap)
    return None


def holder_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two people two claims give one role to (see :func:`other_holder`), or none."""
    found = _one_role(a, b, s)
    return [] if found is None else [found.swap]


@rule("wording.other_holder", "nuance", OtherDoerSettings)
def other_holder(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """One role of one body, which one person holds at a time, given to two people.

    Each claim names the body and a person beside the same role of one holder ("its chief
    inspector, Lena Varga" / "Tomas Reiner, chief inspector at the Water Safety Board"):
    one of them misnames who holds it. Roles many hold (a spokesman, an inspector), roles
    held before or beside the holder ("former director", "deputy leader") and roles with
    no body both name ("President Ruiz" / "President Duarte": two countries) are left.

    Fires: "the inquiry is led by the Water Safety Board's chief inspector, Lena Varga" /
    "Tomas Reiner, chief inspector at the Water Safety Board, leads the inquiry";
    "union leader Ana Brandt of the Dockworkers Federation called the offer an insult" /
    "the Dockworkers Federation's union leader, Karl Moss, said the offer was an insult".
    Holds: "police spokesman Dan Price of the Metro Police said the road was shut" /
    "police spokesman Eli Roth of the Metro Police said the road was shut" (one of
    many); "former director Ana Brandt of the Dockworkers Federation" / "director Karl
    Moss of the Dockworkers Federation"; "union leader Ana Brandt" / "union leader Karl
    Moss" (no body named by both).
    """
    found = _one_role(a, b, s)
    if found is None:
        return None
    w = found.swap
    return (
        f"The “{found.role}” of one body is “{w.text_a}” in one and “{w.text_b}” in the "
        "other: one holds it at a time, so one may misname who does."
    )


_ONE_POST = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}
"""Words of one post told by whom it is held: a club's chairman, chairwoman and chair."""


def _one_office(role: tuple[str, ...]) -> tuple[str, ...]:
    """A role with the words of its office told one way (:data:`OFFICES`).

    "Director of operations" and "operations director" are both the chief operating
    officer. The body's words stay, in their order ("northline", "chief operating officer"); a role
    of no office, or of two, is left as it is.
    """
    told = " ".join(role)
    found = [(office, m) for office, words in OFFICES if (m := words.search(told))]
    if len(found) != 1:
        return role
    office, m = found[0]
    rest = [w for w in (told[: m.start()] + " " + told[m.end() :]).split() if w != "of"]
    return (*rest, office)


def held_roles(claim: Claim, person: FieldValue) -> tuple[tuple[str, ...], ...]:
    """The roles a claim gives a person that one person holds at a time, first told first.

    Two words or more, one of them a role one person holds (:data:`ONE_HOLDER`), none that
    puts it before, after or beside the holder (:data:`NOT_THE_HOLDER`): "Transport
    Commissioner", "chief executive", "White House press secretary". A post the claim
    says the person is given is the only one read ("will serve as interim chief
    executive", :func:`_appointed`). Besides the role's own words, a role told by what
    the person does or wins: who led an undertaking one person leads (:func:`_led`), who
    presides over a trial (:func:`_presiding`), who won an award of one contest
    (:func:`_award`), who cast the one vote against (:func:`_lone_vote`); "the
    institute's field director, who led the study" holds both. A title alone
    ("Commissioner", "President") is held by many, in many bodies. A chairman, a
    chairwoman and a chair hold one post (:data:`_ONE_POST`).
    """
    if (post := _appointed(claim, person)) is not None:
        return (post,)
    roles: list[tuple[str, ...]] = []
    role = tuple(_ONE_POST.get(w, w) for w in _role_words(claim, person))
    if len(role) >= 2 and holds_alone(role) and not set(role) & NOT_THE_HOLDER:
        roles.append(_one_office(role))
    for told in (
        _led(claim, person),
        _presiding(claim, person),
        _award(claim, person),
        _lone_vote(claim, person),
    ):
        if told is not None and told not in roles:
            roles.append(told)
    return tuple(roles)


_APPOINTED_AFTER = re.compile(
    r"^(?:\s*,[^,.;]{0,60},)?\s+(?:(?:will|would|is\s+to|has\s+been|had\s+been|was|is)\s+"
    r"(?:serve|step\s+(?:in|up)|take\s+over|act|named|appointed|installed|made)"
    r"|serves|steps\s+(?:in|up)|takes\s+over|acts)\s+(?:as\s+)?"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:new\s+)?((?:[a-z-]+\s+){0,3}[a-z-]+)"
)
_APPOINTED_BEFORE = re.compile(r"\b(?:appointed|named|installed)\s+$")
_AS_POST = re.compile(
    r"^\s+as\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:new\s+)?((?:[a-z-]+\s+){0,3}[a-z-]+)"
)
"""A post a person is given: "will serve as interim chief executive", "was named interim
CEO", "appointed Ada Lind as its new head coach"."""

_SHORT = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial", "officer")}
"""Posts written short, read in full: "interim CEO" is "interim chief executive"."""


def _appointed(claim: Claim, person: FieldValue) -> tuple[str, ...] | None:
    """The post a claim says a person is given, if it is one one person holds at a time.

    "Lorcan Pettibridge will serve as interim chief executive" and "Mirela Stansfield will
    step in as interim CEO" give one post to two people. The post is read up to a function
    word, short forms in full; a post held "interim" or "acting" is one post too, and is
    matched only against the same words.
    """
    start, end = claim.offsets(person.span)
    after = claim.text[end:].lower()
    m = _APPOINTED_AFTER.match(after)
    if m is None and _APPOINTED_BEFORE.search(claim.text[max(0, start - 20) : start].lower()):
        m = _AS_POST.match(after)
    if m is None:
        return None
    words: list[str] = []
    for w in m[1].split():
        if w in _ROLE_STOP or w in FUNCTION_WORDS or w in {"pending", "following"}:
            break
        words.extend(_SHORT.get(w, (w,)))
    if len(words) < 2 or not holds_alone(tuple(words)) or set(words) & {"former", "ex", "deputy"}:
        return None
    return tuple(words)


LEADING = frozenset(["lead", "head", "chair", "direct"])
"""Verbs of leading an undertaking: "who led the trial", "was headed by"."""

LED = frozenset(
    ["inspection", "investigation", "inquiry", "trial", "study", "review", "probe", "audit",
     "delegation", "expedition", "excavation", "survey", "commission", "panel", "restoration",
     "renovation", "refurbishment", "operation", "consortium", "research"]
)  # fmt: skip
"""Undertakings one person leads: an inquiry, a trial, an inspection. Not a race, a poll or
a league ("led the race" is being ahead, by turns), nor a protest or a rescue (led by many).
The restoration of a building is led by one architect or one conservator, as a dig is, and
a police or customs operation by one officer ("who led the operation"), and a buying
consortium by one investor ("the consortium is led by", "is headed by"); "the research"
is the study ("the scientist who led the research")."""

_ONE_UNDERTAKING = {"research": "study"}
"""Words for one undertaking read as one: "led the research" and "the study, led by"."""

_LEAD_NOUN = re.compile(
    r"(?:the|its)\s+([a-z]+)['’]s\s+(?:lead|chief|principal)\s+"
    r"(?:investigator|inspector|researcher|author|scientist|reviewer|auditor)\b"
)
"""A leader named by the undertaking's possessive: "the trial's lead investigator"."""
_LEAD_AUTHOR_BEFORE = re.compile(
    r"\b(?:the\s+)?lead\s+author,?\s+(?:(?:dr|prof|professor)\.?\s+)?$"
)
_LEAD_AUTHOR_AFTER = re.compile(r"^\s*,\s*(?:the\s+|its\s+)?lead\s+author\b")
"""A study's leader told as its lead author, before or after the name: "lead author Lena
Vasquez", "Eleanor Voss, the lead author," (a study's or a paper's: one study)."""


PRESIDING = ("presiding", "judge")
"""The role of the judge who presides over a trial, however a source tells it."""

HEARD = frozenset(["trial", "case", "hearing", "hearings", "proceedings", "retrial"])
"""What a judge presides over: "presided over the case", "a trial before Judge Nyberg"."""

_HEARD_BEFORE = re.compile(
    r"\b(?:trial|case|hearing|retrial|proceedings)\b[^.;:]{0,60}?\bbefore\s+"
    r"(?:(?:the\s+)?(?:Judge|Justice|Magistrate)\s+)$"
)
"""A trial told before its judge: "a trial that began on May 2 before Judge"."""
_OVER_HEARD = re.compile(
    rf"\s+over\s+(?:the|a|an|this|that|his|her|its)\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(HEARD))})\b"
)
"""What a verb of presiding is over: "over the trial", "over the libel case"."""


def _presiding(claim: Claim, person: FieldValue) -> tuple[str, ...] | None:
    """:data:`PRESIDING`, when a claim says a person presides over a trial or case.

    Told by the verb with the person as its doer, over a trial, case or hearing ("Judge
    Miriam Holt, who presided over the trial"), or by the trial heard before the person
    ("a trial that began in May before Judge Harold Penn"). A judge a defendant appeared
    before once ("appeared before Judge Penn on Monday") is not said to preside over it.
    """
    assert isinstance(person.value, NameValue)
    last = surname(person.value.key)
    for f in claim.fields:
        v = f.value
        if f.kind != "event" or not isinstance(v, EventValue) or v.predicate != "preside":
            continue
        if v.negative or v.modality or last not in (v.subject or "").split():
            continue
        if _OVER_HEARD.match(claim.text[claim.offsets(f.span)[1] :].lower()):
            return PRESIDING
    start, _ = claim.offsets(person.span)
    told = _HEARD_BEFORE.search(claim.text[max(0, start - 90) : start])
    return None if told is None else PRESIDING


_AWARD = (
    r"(?:best|outstanding)(?:\s+[a-z-]+){1,3}|most\s+valuable\s+player|"
    r"(?:player|man|woman)\s+of\s+the\s+(?:match|tournament|series|final|game)"
)
_AWARD_AFTER = re.compile(
    rf"^\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:named|voted|chosen|crowned)\s+"
    rf"(?:as\s+)?(?:the\s+)?({_AWARD})\b"
)
_AWARD_BEFORE = re.compile(
    rf"\b(?:the\s+)?({_AWARD})\s+(?:award|prize|title|trophy|honou?rs?)\s+"
    r"(?:went|was\s+given|was\s+awarded|was\s+presented)\s+to\s+$"
)
"""An award one person wins in one contest: "was named best actor", "the best actress
award went to", "was voted player of the match"."""


def _award(claim: Claim, person: FieldValue) -> tuple[str, ...] | None:
    """The award a claim gives a person, as a role ("best actor award"), if it names one.

    An award of one contest goes to one person: "Tobias Wren was named best actor", "the
    best actor award went to Samir Oduya", "Lena Fisk was voted player of the match".
    """
    start, end = claim.offsets(person.span)
    m = _AWARD_AFTER.match(claim.text[end:].lower()) or _AWARD_BEFORE.search(
        claim.text[max(0, start - 60) : start].lower()
    )
    if m is None:
        return None
    words = m[1].split()
    if words[0] in {"best", "outstanding"}:  # "best actor for playing": up to a function word
        cut = next((i for i, w in enumerate(words) if w in _ROLE_STOP or w == "award"), None)
        words = words[:cut]
    return (*words, "award") if len(words) >= 2 else None  # "best in her class": no award


_LONE_AFTER = re.compile(
    r"^,?\s+(?:cast|was|became)\s+(?:the\s+)?(?:only|lone|sole)\s+"
    r"(?:(?:dissenting|no)\s+vote|vote\s+against|dissenter|dissenting\s+voice"
    r"|(?:councillor|councilor|member|commissioner|trustee|senator|director|governor)\s+to\s+"
    r"(?:vote\s+against|oppose|vote\s+no))\b"
)
_LONE_BEFORE = re.compile(
    r"\b(?:only|lone|sole)\s+(?:dissenting\s+vote|no\s+vote|vote\s+against|dissent)"
    r"[^.;]{0,40}?\b(?:came\s+from|was\s+cast\s+by|belonged\s+to)\s+"
    r"(?:[A-Za-z.]+\s+){0,2}$"
)
"""The one vote against a motion, told with who cast it: "Ray Dubois cast the only vote
against", "the lone no vote came from Commissioner Linda Okafor", "Ada Lind was the only
councillor to vote against"."""


def _lone_vote(claim: Claim, person: FieldValue) -> tuple[str, ...] | None:
    """The one vote against a motion, as a role ("lone vote against"), if a claim gives it.

    A vote with one dissenter has one: two sources naming two people for it cannot both be
    right (a county's broadband contract, a council's pool closure).
    """
    start, end = claim.offsets(person.span)
    if _LONE_AFTER.match(claim.text[end:]) or _LONE_BEFORE.search(
        claim.text[max(0, start - 80) : start]
    ):
        return ("lone", "vote", "against")
    return None


_LED_BY = re.compile(
    r"\b([a-z]+)\b,?\s+(?:(?:which|that)\s+(?:is|was|will\s+be|has\s+been)\s+)?"
    r"(?:led|headed|chaired|directed)\s+by\s+(?:[a-z.-]+\s+){0,3}$"
)
"""An undertaking told with its leader after "led by": "a study led by Dr.", "the inquiry,
which is headed by retired judge"."""


def _led(claim: Claim, person: FieldValue) -> tuple[str, ...] | None:
    """The undertaking a claim says a person led, as a role ("leader of the trial"), if any.

    Told by a verb of leading with the person as its doer ("Rosalind Achebe, the engineer
    who headed the inspection", "the inspection was led by Marta Oyelaran"), by a
    participle of leading after the undertaking ("a study led by Dr. Ines Kolbeck") or by
    the undertaking's lead investigator named beside the person ("Dr. Ingrid Salvesen, the
    trial's lead investigator"). Only undertakings one person leads (:data:`LED`).
    """
    assert isinstance(person.value, NameValue)
    last = surname(person.value.key)
    for f in claim.fields:
        v = f.value
        if f.kind != "event" or not isinstance(v, EventValue) or v.predicate not in LEADING:
            continue
        if v.negative or v.modality or v.object not in LED or last not in (v.subject or "").split():
            continue
        return ("leader", "of", "the", _ONE_UNDERTAKING.get(str(v.object), str(v.object)))
    start, end = claim.offsets(person.span)
    before = claim.text[max(0, start - 50) : start].lower()
    # "the trial's lead investigator, Dr. Ingrid Salvesen": the role ends right before
    told = [m for m in _LEAD_NOUN.finditer(before) if len(before) - m.end() <= 6]
    # "a study led by Dr. Ines Kolbeck", "the inquiry, which is headed by retired judge"
    told += [m for m in [_LED_BY.search(before)] if m]
    # "Dr. Ingrid Salvesen of Halloran Hospital, the trial's lead investigator"
    if (comma := re.match(r"[^,.;]{0,60},\s*", claim.text[end:])) is not None:
        told += [m for m in [_LEAD_NOUN.match(claim.text[end + comma.end() :].lower())] if m]
    # "said lead author Lena Vasquez", "Eleanor Voss, the lead author,": a paper's, a study's
    if _LEAD_AUTHOR_BEFORE.search(before) or _LEAD_AUTHOR_AFTER.match(claim.text[end:].lower()):
        return ("leader", "of", "the", "study")
    return next(
        (("leader", "of", "the", _ONE_UNDERTAKING.get(m[1], m[1])) for m in told if m[1] in LED),
        None,
    )


def _role_apart(a: Claim, b: Claim, s: OtherDoerSettings) -> _OneRole | None:
    """The role two claims give to two people who share no name, if they do."""
    for x in people_of(a):
        for role in held_roles(a, x):
            for y in people_of(b):
                if role not in held_roles(b, y) or fuzz.ratio(_key(x), _key(y)) >= s.spelling:
                    continue
                if (set(_key(x).split()) & set(_key(y).split())) - TITLES:
                    continue  # "Sarah Sanders" / "Sarah Huckabee Sanders": one person
                swap = Swap(a=x.span, b=y.span, text_a=x.text, text_b=y.text)
                return _OneRole(" ".join(role), swap)
    return None


@rule("wording.role_held_apart", "nuance", OtherDoerSettings)
def role_held_apart(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """One role that one person holds at a time, given to two people by two sources.

    Unlike :func:`other_holder`, the two claims need not say the same thing: a story
    names its officials in many sentences, and two outlets that give the "Transport
    Commissioner" two names cannot both be right (or the post changed hands). Compared
    across a whole story, and only when each source gives the role to one person.

    Fires: "Transport Commissioner Ilse Marrow said the tunnel would be inspected" /
    "Transport Commissioner Dorian Vell said the cause was not yet known" (a tunnel
    collapse); "chief executive Anika Roswell apologised to investors" / "Chief
    executive Marcus Febland said trading would not be extended" (an exchange outage);
    "the inspection was led by Petra Lund" / "Hamid Oduya, who headed the inspection" (an
    undertaking one person leads, :func:`_led`); "Judge Anneke Vos, who presided over the
    trial" / "the presiding judge, Tomas Ekberg"; "was named best actor" / "the best actor
    award went to" (an award of one contest); "will serve as interim chief executive" /
    "will step in as interim CEO" (a post given).
    Holds: "Commissioner Ilse Marrow" / "Commissioner Dorian Vell" (a title alone);
    "former chief executive Anika Roswell" / "chief executive Marcus Febland" (a role
    held before); "press secretary Sarah Sanders" / "press secretary Sarah Huckabee
    Sanders" (one person, named more fully).
    """
    found = _role_apart(a, b, s)
    if found is None:
        return None
    w = found.swap
    return (
        f"The “{found.role}” is “{w.text_a}” in one source and “{w.text_b}” in the other: "
        "one person holds it at a time, so one may misname who does."
    )


def role_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two people two claims give one role to (see :func:`role_held_apart`), or none."""
    found = _role_apart(a, b, s)
    return [] if found is None else [found.swap]


def _minister(portfolio: str) -> re.Pattern[str]:
    """The words of a minister of one portfolio.

    "Health minister", "Health Secretary", "minister for health", "minister of health".
    """
    return re.compile(
        rf"(?<![\w-])(?:{portfolio})\s+(?:minister|secretary)\b"
        rf"|\bminister\s+(?:of|for)\s+(?:{portfolio})\b",
        re.I,
    )


_NOT_A_BODY_SECRETARY = (
    "home", "foreign", "defence", "defense", "health", "education", "justice", "transport",
    "environment", "treasury", "interior", "energy", "culture", "trade", "business", "work",
    "press", "general", "permanent", "cabinet", "state", "assistant", "under", "private",
    "parliamentary", "deputy", "shadow", "party", "union", "commerce", "labor", "labour",
    "agriculture", "housing", "navy", "army", "war",
)  # fmt: skip
"""Words before "secretary" that make it a minister or a staff post, not the secretary of a
club, a society or a company's board ("Home Secretary", "press secretary", "general
secretary", "permanent secretary")."""


OFFICES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chief executive", re.compile(r"\bchief\s+executive\b(?:\s+officer\b)?|\bceo\b", re.I)),
    (
        "chief financial officer",
        re.compile(
            r"\bchief\s+financial\s+officer\b|\bcfo\b|\bfinance\s+(?:chief|director)\b"
            r"|\bfinancial\s+director\b|\bdirector\s+of\s+finance\b",
            re.I,
        ),
    ),
    (
        "chief operating officer",
        re.compile(
            r"\bchief\s+operating\s+officer\b|\bcoo\b|\boperations\s+director\b"
            r"|\b(?:director|head)\s+of\s+operations\b",
            re.I,
        ),
    ),
    ("managing director", re.compile(r"\bmanaging\s+director\b", re.I)),
    (
        "cabinet member",
        re.compile(
            r"\bcabinet\s+(?:member|lead)\b|\bportfolio\s+holder\b",
            re.I,
        ),
    ),
    (
        "council leader",
        re.compile(
            r"\bcouncil\s+leader\b"
            r"|\bleader\s+of\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}council\b(?!['’]s)"
            r"|\bcouncil['’]s\s+leader\b",
            re.I,
        ),
    ),
    (
        "deputy council leader",
        re.compile(
            r"\bdeputy\s+(?:council\s+)?leader\b|\bcouncil\s+deputy\s+leader\b"
            r"|\bcouncil['’]s\s+deputy\s+leader\b",
            re.I,
        ),
    ),
    ("commodore", re.compile(r"(?<!vice )(?<!vice-)(?<!rear )(?<!rear-)\bcommodore\b", re.I)),
    ("vice commodore", re.compile(r"\bvice[\s-]commodore\b", re.I)),
    ("rear commodore", re.compile(r"\brear[\s-]commodore\b", re.I)),
    *(
        (
            f"{function} director",
            re.compile(
                rf"\b(?:{words})\s+director\b|\bdirector\s+of\s+(?:{words})\b"
                rf"|\bchief\s+(?:{words})\s+officer\b",
                re.I,
            ),
        )
        for function, words in (
            ("safety", r"safety"),
            ("commercial", r"commercial"),
            ("technical", r"technical|engineering"),
            ("marketing", r"marketing"),
            ("communications", r"communications"),
            ("people", r"people|human\s+resources|hr"),
            ("news", r"news"),
            ("quality", r"quality"),
            ("sales", r"sales"),
            ("customer services", r"customer(?:\s+services?|\s+experience)?"),
        )
    ),
    (
        "department head",
        re.compile(
            r"\bhead\s+(?:of\s+)?(?!operations\b|state\b|government\b|year\b|coach\b)"
            r"(?-i:[a-z]+)\b",
            re.I,
        ),
    ),
    *(
        (
            f"chief {force}",
            re.compile(
                rf"(?<!deputy )(?<!deputy-)(?<!assistant )(?<!assistant-)\bchief\s+{words}\b", re.I
            ),
        )
        for force, words in (("fire officer", r"fire\s+officer"), ("constable", r"constable"))
    ),
    *(
        (
            f"deputy chief {force}",
            re.compile(rf"\b(?:deputy|assistant)[\s-]+chief\s+{words}\b", re.I),
        )
        for force, words in (("fire officer", r"fire\s+officer"), ("constable", r"constable"))
    ),
    ("harbour master", re.compile(r"\bharbou?r[\s-]?master\b", re.I)),
    (
        "chief engineer",
        re.compile(r"\bchief\s+(?:mechanical\s+|civil\s+|electrical\s+)?engineer\b", re.I),
    ),
    ("centre manager", re.compile(r"\bcent(?:re|er)\s+manager\b", re.I)),
    (
        "coach",
        re.compile(r"(?<!assistant )(?<!assistant-)\b(?:head\s+)?coach\b(?!\s+(?-i:[a-z]))", re.I),
    ),
    (
        "clerk",
        re.compile(
            r"\b(?:parish|town|city|council)\s+clerk\b|\bclerk\s+to\s+the\b"
            r"|\bclerk\s+to\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:parish|town|city|district|county)"
            r"\s+council\b",
            re.I,
        ),
    ),
    (
        "vice captain",
        re.compile(r"\bvice[\s-]captain\b", re.I),
    ),
    (
        "club captain",
        re.compile(
            r"\b(?:club(?:['’]s)?|men's|women's|ladies'?)\s+captain\b"
            r"|\bcaptain\s+of\s+the\s+club\b",
            re.I,
        ),
    ),
    (
        "vice chancellor",
        re.compile(r"(?<!pro-)(?<!pro )(?<!deputy )(?<!deputy-)\bvice[\s-]+chancellor\b", re.I),
    ),
    ("general counsel", re.compile(r"\bgeneral\s+counsel\b|\bchief\s+legal\s+officer\b", re.I)),
    ("treasurer", re.compile(r"\btreasurer\b", re.I)),
    ("general manager", re.compile(r"\bgeneral\s+manager\b", re.I)),
    ("operations manager", re.compile(r"\boperations\s+manager\b", re.I)),
    ("office manager", re.compile(r"\boffice\s+manager\b", re.I)),
    (
        "medical director",
        re.compile(r"\bmedical\s+director\b|\bchief\s+medical\s+officer\b", re.I),
    ),
    (
        "director of public health",
        re.compile(r"\bdirector\s+of\s+public\s+health\b|\bpublic\s+health\s+director\b", re.I),
    ),
    (
        "chief technology officer",
        re.compile(r"\bchief\s+technology\s+officer\b|\bcto\b|\btechnology\s+chief\b", re.I),
    ),
    (
        "vice chair",
        re.compile(r"\b(?:vice|deputy)[\s-]+chair(?:man|woman|person)?\b", re.I),
    ),
    (
        "chair",
        re.compile(
            r"(?<!vice )(?<!vice-)(?<!deputy )(?<!deputy-)\bchair(?:man|woman|person|s)?\b", re.I
        ),
    ),
    (
        "general secretary",
        re.compile(r"\bgeneral[\s-]+secretary\b|\bsecretary[\s-]+general\b", re.I),
    ),
    (
        "secretary",
        re.compile(
            "".join(rf"(?<!{w} )" for w in _NOT_A_BODY_SECRETARY)
            + r"\bsecretary\b(?!\s+(?:of\s+state|general)\b)",
            re.I,
        ),
    ),
    ("vice president", re.compile(r"\bvice[\s-]+president\b", re.I)),
    ("president", re.compile(r"(?<!vice )(?<!vice-)\bpresident\b", re.I)),
    (
        "deputy head",
        re.compile(
            r"\b(?:vice|deputy|assistant)[\s-]+(?:principal|head(?:\s?teacher)?)\b"
            r"(?!\s+(?-i:[a-z]))",
            re.I,
        ),
    ),
    (
        "head teacher",
        re.compile(
            r"(?<!vice )(?<!vice-)(?<!deputy )(?<!deputy-)(?<!assistant )(?<!assistant-)"
            r"\b(?:head\s?teacher\b|head(?:master|mistress)\b|principal\b(?!\s+(?-i:[a-z])))",
            re.I,
        ),
    ),
    ("athletic director", re.compile(r"\bathletics?\s+director\b", re.I)),
    ("exams officer", re.compile(r"\bexam(?:s|inations?)\s+officer\b", re.I)),
    (
        "prosecutor",
        re.compile(
            r"\bprosecut(?:or|ing\s+(?:barrister|counsel|lawyer|attorney))\b"
            r"|\b(?:district|state[’']?s)\s+attorney\b",
            re.I,
        ),
    ),
    *(
        (f"{portfolio} minister", _minister(words))
        for portfolio, words in (
            ("foreign", r"foreign(?:\s+affairs)?"),
            ("interior", r"interior|home(?:\s+affairs)?"),
            ("finance", r"finance|treasury"),
            ("defence", r"defen[cs]e"),
            ("health", r"health"),
            ("education", r"(?:higher\s+)?education|schools"),
            ("justice", r"justice"),
            ("transport", r"transport"),
            ("environment", r"environment"),
            ("agriculture", r"agriculture|farming"),
            ("trade", r"trade"),
            ("energy", r"energy"),
            ("culture", r"culture"),
        )
    ),
    (
        "defence lawyer",
        re.compile(
            r"\bdefen[cs]e\s+(?:barrister|counsel|lawyer|attorney)\b|\bpublic\s+defender\b", re.I
        ),
    ),
    (
        "constable",
        re.compile(
            r"(?<!chief )(?<!deputy )(?<!assistant )(?<!-)\b(?:police|detective)\s+constable\b"
            r"|\b(?:pc|dc)\b",
            re.I,
        ),
    ),
    ("sergeant", re.compile(r"\bsergeant\b|\b(?:det\s+)?sgt\b", re.I)),
    ("inspector", re.compile(r"(?<!chief )\binspector\b|\b(?:det\s+)?insp\b", re.I)),
    ("chief inspector", re.compile(r"\bchief\s+inspector\b|\bdci\b", re.I)),
    ("superintendent", re.compile(r"(?<!chief )\bsuperintendent\b|\b(?:det\s+)?supt\b", re.I)),
    ("chief superintendent", re.compile(r"\bchief\s+superintendent\b", re.I)),
    *(
        (f"{rank} manager", re.compile(rf"\b{rank}\s+manager\b", re.I))
        for rank in ("crew", "watch", "station", "group", "area")
    ),
)
"""Offices that no one holds two of at once, with the words that name each: the heads of a
company, a council or a university (its chief executive or managing director, a council's
leader and the cabinet members who hold its portfolios, a university's vice chancellor, its
directors of safety, news and the like, its finance chief, its chief operating officer or
head of operations, its technology chief, its general counsel, its medical director, a
health board's director of public health, its treasurer, a general manager, an office
manager who runs a firm's office day to day, a shopping centre's manager, its customer
services director (a "chief customer officer", as a chief marketing or people officer is
that director), the head of one of its departments ("head of repairs", "head of
collections"), its chief engineer (a railway's chief mechanical engineer), a port's harbour
master), a government's ministers of one portfolio each, the chair of a body and its vice
chair, a president and a vice president, the head of a school or a college (its principal)
and its deputy head (a vice principal), athletic director or exams officer, the prosecutor
of a trial (a district attorney, a deputy one too) and its defence lawyer (a public
defender), the ranks of a police force (a constable, "PC" or "DC" before the name, a
sergeant, an inspector, a chief inspector, a superintendent, a chief superintendent) and of
a fire service (a crew, watch, station, group or area manager), one rank to an officer, and
the heads of each and their deputies (a chief fire officer and a deputy or assistant chief
fire officer, a chief constable and a deputy or assistant chief constable). Only two offices
of one group (:data:`OFFICE_GROUPS`) are two: a chair is often the chief executive too."""

OFFICE_GROUPS: dict[str, str] = {
    **dict.fromkeys(
        ["chief executive", "managing director", "chief financial officer",
         "chief operating officer", "chief technology officer", "general counsel",
         "medical director", "safety director", "commercial director", "technical director",
         "chief engineer", "vice chancellor", "department head",
         "marketing director", "communications director", "people director",
         "news director", "quality director", "sales director", "customer services director",
         "harbour master",
         "director of public health", "treasurer", "general manager", "operations manager",
         "office manager", "centre manager",
         "council leader", "deputy council leader", "cabinet member"],
        "company",
    ),
    **dict.fromkeys(["commodore", "vice commodore", "rear commodore"], "commodore"),
    **dict.fromkeys([office for office, _ in OFFICES if office.endswith(" minister")], "minister"),
    **dict.fromkeys(["chair", "vice chair", "secretary", "general secretary"], "chair"),
    **dict.fromkeys(["president", "vice president"], "president"),
    **dict.fromkeys(
        ["head teacher", "deputy head", "athletic director", "exams officer"], "school"
    ),
    **dict.fromkeys(["prosecutor", "defence lawyer"], "trial"),
    **dict.fromkeys(
        ["constable", "sergeant", "inspector", "chief inspector", "superintendent",
         "chief superintendent"],
        "police rank",
    ),
    "coach": "coach",
    "clerk": "clerk",
    **dict.fromkeys(["club captain", "vice captain"], "captain"),
    **dict.fromkeys(
        [f"{rank} manager" for rank in ("crew", "watch", "station", "group", "area")],
        "fire rank",
    ),
    **dict.fromkeys(["chief fire officer", "deputy chief fire officer"], "fire chief"),
    **dict.fromkeys(["chief constable", "deputy chief constable"], "police chief"),
}  # fmt: skip
"""The group of each office of :data:`OFFICES`: two offices are held apart only within one."""

HELD_TOGETHER = frozenset(
    [frozenset(["chief executive", "managing director"]),
     frozenset(["technical director", "chief engineer"]),
     frozenset(["cabinet member", "chief financial officer"]),
     frozenset(["deputy council leader", "cabinet member"])]
)  # fmt: skip
"""Two offices of one group that one person may hold: a firm's managing director is often
its chief executive, and outlets call the post either; its technical director is often its
chief engineer; a council's cabinet member for finance is its "finance chief" in the
papers ("council finance chief Cllr Howard Penrose")."""

_BELOW_THE_CHIEF = (
    "chief financial officer", "chief operating officer", "chief technology officer",
    "general counsel", "medical director", "safety director", "commercial director",
    "technical director", "marketing director", "communications director", "people director",
    "news director", "quality director", "sales director", "customer services director",
    "department head", "office manager", "chief engineer", "centre manager",
)  # fmt: skip
"""A firm's officers below its chief executive: its finance chief, its heads of departments."""

HELD_APART = frozenset(
    [frozenset(["chair", "treasurer"]), frozenset(["vice chair", "treasurer"]),
     frozenset(["secretary", "treasurer"]), frozenset(["chair", "general manager"]),
     frozenset(["president", "secretary"]), frozenset(["president", "treasurer"]),
     frozenset(["chair", "operations manager"]),
     *(frozenset([officer, paid]) for officer in ("chair", "vice chair", "secretary", "treasurer")
       for paid in ("coach", "clerk", "club captain")),
     *(frozenset([chair, office]) for chair in ("chair", "vice chair")
       for office in _BELOW_THE_CHIEF)]
)  # fmt: skip
"""Two offices of two groups that no one holds together: the officers of a club or a society (its
chair, secretary and treasurer, and its president beside its secretary or treasurer), a club's
or a charity's chair and its paid general or operations manager, a club's officers and its coach
or its captain (who leads its members on the water or the field), a parish or town council's
chair and its clerk (the council's paid officer, never a member), and a firm's chair and the
officers below its chief executive ("chairman Rosalind Vane" / "Rosalind Vane, the company's
finance director": a chair may be the chief executive too, never the finance chief)."""


def offices_apart(a: str, b: str) -> bool:
    """Whether two offices of :data:`OFFICES` are never one person's at once."""
    if a == b or frozenset([a, b]) in HELD_TOGETHER:
        return False
    return OFFICE_GROUPS[a] == OFFICE_GROUPS[b] or frozenset([a, b]) in HELD_APART


_SECOND = frozenset(["vice", "deputy"])
"""Words of an office second to another: only the offices of :data:`_SECOND_OF_ITS_OWN` are
read with them."""

_SECOND_OF_ITS_OWN = frozenset(
    ["vice chair", "vice president", "vice chancellor", "prosecutor", "deputy head",
     "deputy chief fire officer", "deputy chief constable", "deputy council leader",
     "vice commodore"]
)  # fmt: skip
"""Offices a second holds too: a vice chair, a vice president, a university's vice
chancellor (its head), and a prosecutor ("a deputy district attorney" prosecutes, as "a
deputy chief executive" does not run the company), and a school's or a college's deputy head
or vice principal, a fire service's or a police force's deputy chief."""


_DEPUTY_OF = {
    "chief fire officer": "deputy chief fire officer",
    "chief constable": "deputy chief constable",
}
"""A chief's office and its deputy's, which a claim's words may tell where the role's do not."""

_HEAD_OF = re.compile(
    r"\bhead\s+of\s+(?!operations\b|state\b|government\b|year\b)(?:(?-i:[A-Z][a-z]+)\s+)?"
    r"(?-i:[a-z]+)"
    r"(?:\s+(?!(?:said|says|told|who|at|of|for|and|in|on|with|was|is|has)\b)(?-i:[a-z]+))?\b"
    r"|\bhead\s+(?:brewer|chef|cook|baker|distiller|winemaker|gardener|groundsman"
    r"|groundskeeper|keeper|curator|librarian|ranger|forester|housekeeper|porter)\b",
    re.I,
)
"""The head of a body's department, told as such: "head of repairs", "head of Asian art"
(not "head coach"), or as the head of its trade: "head brewer", "head gardener", "head
keeper" (the senior of a firm's brewers, a garden's gardeners, a zoo's keepers)."""


_HEAD_SET_AFTER = re.compile(
    r"^\s*,\s*(?:the\s+)?(head\s+of\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?-i:[a-z]+))\b", re.I
)
"""A department's head set after the name: ", head of Asian art at Pellow & Garrick"."""


def office_of(claim: Claim, person: FieldValue) -> str | None:
    """The one office of :data:`OFFICES` a claim gives a person, if one."""
    found = _office(claim, person)
    return None if found is None else found[0]


def _office(claim: Claim, person: FieldValue) -> tuple[str, re.Match[str]] | None:
    """The one office of :data:`OFFICES` a claim gives a person, with its words, if one."""
    offices: dict[str, re.Match[str]] = {}
    at = person.span[0] - claim.span[0]
    roles = list(held_roles(claim, person))
    # a role's own words, read for the offices held_roles leaves out ("vice chair",
    # "defence barrister", "prosecutor"), none of them beside or after the holder
    after = _role_after(claim, person)
    own = _role_before(claim, person) or after  # _role_words, the after-role read once
    if after == ("head",) and (head := _HEAD_SET_AFTER.match(claim.text[at + len(person.text) :])):
        after = tuple(head.group(1).lower().split())  # ", head of Asian art at the saleroom"
    # the role after the name too: "Best in Show judge Alan Creswick, the society's
    # vice-president" holds the office the words after it name
    for told in (own, after):
        if told and told not in roles and not set(told) & (NOT_THE_HOLDER - _SECOND):
            roles.append(told)
    for role in roles:
        for office, words in OFFICES:
            if words.search(" ".join(role)) is None:
                continue
            if set(role) & _SECOND and office not in _SECOND_OF_ITS_OWN:
                continue  # "deputy chief executive" is no chief executive
            if office == "department head":
                words = _HEAD_OF  # a role's words may drop "of"; the claim's keep it
            spots = list(words.finditer(claim.text))
            if not spots and office in _DEPUTY_OF:
                # "Deputy chief fire officer Dana Whitlock": the role's words may leave the
                # "Deputy" that opens a sentence out; the claim's keep it
                office = _DEPUTY_OF[office]
                spots = list(dict(OFFICES)[office].finditer(claim.text))
            if spots:
                offices.setdefault(office, min(spots, key=lambda m: abs(m.start() - at)))
    if len(offices) != 1:
        return None  # none, or two ("chief executive and finance chief"): not one office
    return next(iter(offices.items()))


_BODY_AFTER = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[\w'’-]+\s*){1,5})")
_BODY_BEFORE = re.compile(r"((?:[\w'’-]+\s+){1,3})$")


def _body_words(claim: Claim, office: re.Match[str]) -> set[str]:
    """The content words of the body an office is of: "of the finance committee", "board"."""
    words: set[str] = set()
    after = _BODY_AFTER.match(claim.text[office.end() :])
    if after:
        words |= {w.lower() for w in re.findall(r"[\w'’-]+", after.group(1))}
    before = _BODY_BEFORE.search(claim.text[: office.start()])
    if before:
        words |= {w.lower() for w in re.findall(r"[\w'’-]+", before.group(1))}
    words = {re.sub(r"['’]s?$", "", w) for w in words}  # "the show's chair", "show secretary"
    if after:  # "of the Independent Couriers' Union" is the ICU too
        named = [w for w in re.findall(r"[\w'’-]+", after.group(1)) if w[:1].isupper()]
        if len(named) >= 2:
            words.add("".join(w[0] for w in named).lower())
    return words - FUNCTION_WORDS - _OFFICE_NOISE


_OFFICE_NOISE = frozenset(
    ["said", "says", "told", "who", "is", "was", "as", "s", "committee", "board", "council",
     "commission", "panel", "group", "association", "club", "society", "trust", "authority",
     "company", "union", "league", "federation", "chief", "deputy", "assistant", "senior"]
)  # fmt: skip
"""Words beside an office that name no body of their own: verbs of saying, and the kind of
body ("committee") that two bodies share ("the appropriations committee", "the
intelligence committee"), and ranks ("the county's chief public defender", "a deputy
district attorney")."""


def _bodies_apart(a: Claim, ma: re.Match[str], b: Claim, mb: re.Match[str]) -> bool:
    """Whether two offices are of bodies named apart, not when one names none.

    "The appropriations committee" and "the intelligence committee" are two bodies.
    """
    wa, wb = _body_words(a, ma), _body_words(b, mb)
    return bool(wa and wb) and not wa & wb


@dataclass(frozen=True)
class _TwoOffices:
    """One person two claims give two offices that no one holds together."""

    person: str
    swap: Swap


def _two_offices(a: Claim, b: Claim, s: OtherDoerSettings) -> _TwoOffices | None:
    """The person two claims give two offices of :data:`OFFICES`, if they do."""
    for x in people_of(a):
        for y in people_of(b):
            if len(_key(x).split()) < 2 or _surname(x) != _surname(y):
                continue
            if fuzz.ratio(_key(x), _key(y)) < s.spelling:
                continue  # "Anna Berg" / "Tom Berg": two people
            oa, ob = _office(a, x), _office(b, y)
            if oa is None or ob is None or oa[0] == ob[0]:
                continue
            if not offices_apart(oa[0], ob[0]):
                continue  # "chief executive" / "chair": often one person
            (_, ma), (_, mb) = oa, ob
            if OFFICE_GROUPS[oa[0]] == "chair" and _bodies_apart(a, ma, b, mb):
                continue  # chair of one committee, vice chair of another
            swap = Swap(
                a=(a.span[0] + ma.start(), a.span[0] + ma.end()),
                b=(b.span[0] + mb.start(), b.span[0] + mb.end()),
                text_a=ma.group(0),
                text_b=mb.group(0),
            )
            return _TwoOffices(x.text, swap)
    return None


@rule("wording.two_offices", "nuance", OtherDoerSettings)
def two_offices(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """One person given two offices by two sources, of a kind no one holds two of at once.

    A company's chief executive is not its finance chief: two outlets that call one
    person each cannot both be right (:data:`OFFICES`). Compared across a whole story,
    like :func:`role_held_apart`, and only when each source gives the person one office.
    Fires: "chief executive Ilse Marwood said the jets burn less fuel" / "Ilse Marwood,
    the airline's chief financial officer, presented the deal" (a jet order); "Lorna
    Pettigrew, the group's chief executive, said" / "finance chief Lorna Pettigrew said"
    (a coffee chain's results); "Foreign Minister Edvin Karro said" / "Defence Minister
    Edvin Karro told reporters" (a border shooting); "party treasurer Niall Brody" / "Niall
    Brody, the party's chief executive" (a donations fine).
    Holds: "chief executive Lorna Pettigrew" / "chairwoman Lorna Pettigrew" (a chair is
    often the chief executive too); "chief executive Ilse Marwood" / "former finance chief
    Ilse Marwood" (an office held before); "chief executive Anna Berg" / "finance chief
    Tom Berg" (two people).
    """
    found = _two_offices(a, b, s)
    if found is None:
        return None
    w = found.swap
    return (
        f"“{found.person}” is “{w.text_a}” in one source and “{w.text_b}” in the other: no "
        "one holds both, so one may misname the office."
    )


def office_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two offices two claims give one person (see :func:`two_offices`), or none."""
    found = _two_offices(a, b, s)
    return [] if found is None else [found.swap]


_SERVES_AFTER = re.compile(
    r"^(?:\s*,\s*(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?:[a-z][\w'’-]*\s+){0,5}?(?:of|at|for|from|employed\s+by|working\s+for)"
    r"|(?:[a-z][\w'’-]*\s+){1,5}?with)\s+(?:the\s+)?"
    r"|\s+(?:of|from)\s+(?:the\s+)?)$"
)
"""Words between a person's name and the body they serve: "Kirsty Baines, the emergency
planning officer for", "Ruth Calloway, a principal inspector with the", "Inspector Ruth
Calloway of". A bare ", with" opens a clause of its own ("Marian Oakes, with Wessendale's
managing director taking the role of operations director"), not a post."""
_SERVES_OWNED_AFTER = re.compile(r"^\s*,\s*(?:the\s+)?$")
"""", the" before a body in the possessive: "Kirsty Baines, the Environment Agency's flood
duty officer"."""
_SERVES_OWNED_BEFORE = re.compile(r"^['’]s\s+(?:[a-z][\w-]*\s+){0,4}(?:[A-Z][a-z]+\.?\s+)?,?\s*$")
"""A body in the possessive before the name: "the Environment Agency's flood officer,
Kirsty Baines", "Westshire Police's Inspector Gareth Lowry"."""

BODY_KINDS = frozenset(
    ["council", "police", "agency", "service", "services", "trust", "board", "group",
     "company", "ltd", "limited", "plc", "inc", "department", "ministry", "office",
     "authority", "commission", "committee", "association", "union", "club", "society",
     "team", "unit", "centre", "center", "party", "court", "district", "county", "city",
     "borough", "national", "regional", "royal", "force", "fire", "rescue", "health",
     "hospital", "foundation", "network", "news"]
)  # fmt: skip
"""Words that name a kind of body, not which one: two councils share "council"."""

SHARED_POSTS = frozenset(
    ["university", "college", "institute", "school", "academy", "laboratory", "observatory",
     "museum", "faculty"]
)  # fmt: skip
"""Bodies whose people often hold a post at another at once (a professor who also leads an
institute, a teacher who is also a union's officer): two of them name no disagreement."""


def body_of(claim: Claim, person: FieldValue) -> FieldValue | None:
    """The one named body a claim says a person serves, told beside the name.

    After the name ("Kirsty Baines, the emergency planning officer for Tarnedale District
    Council", "Inspector Ruth Calloway of Ostenford Police", "Kirsty Baines, the
    Environment Agency's flood duty officer") or before it, in the possessive ("Westshire
    Police's Inspector Gareth Lowry"). None when none is told, or two are.
    """
    start, end = claim.offsets(person.span)
    found = []
    for org in (f for f in claim.fields if f.kind == "org" and isinstance(f.value, NameValue)):
        o_start, o_end = claim.offsets(org.span)
        if o_start >= end:
            gap, after = claim.text[end:o_start], claim.text[o_end:]
            if "\n" in gap or len(gap) > 80:
                continue
            if _SERVES_AFTER.match(gap) or (
                _SERVES_OWNED_AFTER.match(gap) and re.match(r"['’]s\s+[a-z]", after)
            ):
                found.append(org)
        elif o_end <= start and _SERVES_OWNED_BEFORE.match(claim.text[o_end:start]):
            found.append(org)
    return found[0] if len(found) == 1 else None


def _name_words(name: str) -> set[str]:
    return {w for w in default_process(name).split() if w not in FUNCTION_WORDS}


def bodies_apart(a: str, b: str) -> bool:
    """Whether two bodies' names are of two bodies: no word of one names the other.

    Words of a kind of body (:data:`BODY_KINDS`) are left out ("Tarnedale District Council"
    and "Westshire County Council" are two councils); an acronym is its name ("the EA" and
    "the Environment Agency"); two bodies of :data:`SHARED_POSTS` are not apart.
    """
    wa, wb = _name_words(a), _name_words(b)
    if (wa | wb) & SHARED_POSTS:
        return False
    if (wa - BODY_KINDS) & (wb - BODY_KINDS) or not (wa - BODY_KINDS) or not (wb - BODY_KINDS):
        return False
    for x, y in ((a, b), (b, a)):
        if is_acronym(x) and acronym(y).upper().startswith(x.strip().upper().replace(".", "")):
            return False  # "UCS" / "Union of Concerned Scientists' Scientific Integrity Program"
    short = {default_process(acronym(a)), default_process(acronym(b))}
    return not ({default_process(a), default_process(b)} & short)


def _two_bodies(a: Claim, b: Claim, s: OtherDoerSettings) -> _TwoOffices | None:
    """The person two claims place at two named bodies, if they do."""
    for x in people_of(a):
        for y in people_of(b):
            if len(_key(x).split()) < 2 or _surname(x) != _surname(y):
                continue
            if fuzz.ratio(_key(x), _key(y)) < s.spelling:
                continue  # "Anna Berg" / "Tom Berg": two people
            ba, bb = body_of(a, x), body_of(b, y)
            if ba is None or bb is None or not bodies_apart(ba.text, bb.text):
                continue
            swap = Swap(a=ba.span, b=bb.span, text_a=ba.text, text_b=bb.text)
            return _TwoOffices(x.text, swap)
    return None


@rule("wording.two_bodies", "nuance", OtherDoerSettings)
def two_bodies(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """One person placed at two named bodies by two sources.

    One outlet's "Kirsty Baines, the Environment Agency's flood duty officer" and another's
    "Kirsty Baines, the emergency planning officer for Tarnedale District Council" cannot
    both be right: one names the wrong employer. Compared across a whole story, like
    :func:`two_offices`, and only when each source gives the person one body. Bodies of
    one name ("Northline" / "Northline Infrastructure"), an acronym ("EA"), two councils
    of one place, and two universities or institutes (people hold posts at both) are not
    set apart.

    Fires: "said Kirsty Baines, the Environment Agency's flood duty officer" / "Kirsty
    Baines, the emergency planning officer for Tarnedale District Council" (a campsite
    flood); "Detective Inspector Ruth Calloway of Ostenford Police" / "Ruth Calloway, a
    principal inspector with the Industrial Safety Inspectorate" (a crane collapse).
    Holds: "Gareth Pyne of Northline" / "Gareth Pyne, the route director at Northline
    Infrastructure" (one body); "Professor Ann Lee of Calder University" / "Ann Lee,
    director of the Marine Science Institute" (academics hold two posts).
    """
    found = _two_bodies(a, b, s)
    if found is None:
        return None
    w = found.swap
    return (
        f"“{found.person}” is placed at “{w.text_a}” in one source and at “{w.text_b}” in "
        "the other: one may name the wrong body."
    )


def body_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two bodies two claims place one person at (see :func:`two_bodies`), or none."""
    found = _two_bodies(a, b, s)
    return [] if found is None else [found.swap]


NEGATIONS = frozenset(["not", "never"])
"""Words that, added to a copy, deny what the other asserts."""

MODAL_SENSES = {
    "will": "will", "would": "will", "shall": "will",
    "may": "may", "might": "may", "could": "may", "can": "can",
    "must": "must", "should": "should",
}  # fmt: skip
"""What each modal says; a reported sentence shifts its tense ("will" / "would", "can" /
"could" in "he said he could come"), so two modals of one sense are one."""


def _contracted(word: str) -> str | None:
    """The auxiliary a negative contraction stands for ("doesn't" gives "does"), else None."""
    low = word.lower().replace("’", "'")
    if not low.endswith("n't") or len(low) < 5:
        return None
    return {"won't": "will", "can't": "can", "shan't": "shall"}.get(low, low[:-3])


def _passages(a: Claim, b: Claim, least: int) -> tuple[list[Token], list[Token], list[Opcode]]:
    """The two claims' words and where they differ inside a passage both carry unbroken.

    Two claims that are not whole copies may still carry one quotation ("together we
    will be able to act for our planet," he said, adding ...): a word that differs (or
    that one adds) counts when the words right before and right after it are the same in
    both, ``least`` words together, at least one on each side.
    """
    ta, tb = _tokens(a), _tokens(b)
    wa, wb = [t[0].lower() for t in ta], [t[0].lower() for t in tb]

    def run(i: int, j: int, step: int) -> int:
        n = 0
        while 0 <= i < len(wa) and 0 <= j < len(wb) and wa[i] == wb[j]:
            i, j, n = i + step, j + step, n + 1
        return n

    def carried(left: int, right: int) -> bool:
        return left >= 1 and right >= 1 and left + right >= least

    inner: list[Opcode] = []
    deciding = {w for w in {*wa, *wb} if w in MODAL_SENSES or _contracted(w) is not None}
    for i, x in enumerate(wa):
        for j, y in enumerate(wb):
            if (
                x in deciding
                and y in deciding
                and x != y
                and carried(run(i - 1, j - 1, -1), run(i + 1, j + 1, 1))
            ):
                inner.append(("replace", i, i + 1, j, j + 1))  # one word for another
            if x in NEGATIONS and carried(run(i - 1, j - 1, -1), run(i + 1, j, 1)):
                inner.append(("delete", i, i + 1, j, j))  # a word only the first has
            if y in NEGATIONS and carried(run(i - 1, j - 1, -1), run(i, j + 1, 1)):
                inner.append(("insert", i, i, j, j + 1))  # a word only the second has
    return ta, tb, sorted(set(inner))


def assertion_swaps(a: Claim, b: Claim, s: CopySettings) -> list[Swap]:
    """Where two claims that are one sentence copied differ in a negation or a modal.

    A negation is "not" or "never" that one copy adds, or a contraction against its bare
    auxiliary ("doesn't" / "does"); a modal is one modal for another of a different sense
    ("will" / "may", not "will" / "would"). Claims that are not whole copies are read
    for one passage both carry (:func:`_passages`), a quotation told in other framing.
    """
    copied = _copies(a, b, s.least_words, s.same_words)
    passage = copied is None
    if copied is None:
        if not isinstance(s, AssertionSettings):
            return []
        copied = _passages(a, b, s.passage_words)
    ta, tb, inner = copied
    swaps = []
    for op, i1, i2, j1, j2 in inner:
        xa = [t[0].lower() for t in ta[i1:i2]]
        xb = [t[0].lower() for t in tb[j1:j2]]
        one = len(xa) == 1 and len(xb) == 1
        negated = op in ("insert", "delete") and len(xa + xb) == 1 and (xa + xb)[0] in NEGATIONS
        contraction = one and (_contracted(xa[0]) == xb[0] or _contracted(xb[0]) == xa[0])
        modal = (
            one
            and xa[0] in MODAL_SENSES
            and xb[0] in MODAL_SENSES
            and MODAL_SENSES[xa[0]] != MODAL_SENSES[xb[0]]
        )
        opposite = one and frozenset((_verb_of(xa[0]), _verb_of(xb[0]))) in _OPPOSITE_VERBS
        if not (negated or contraction or modal or opposite):
            continue
        # an added word has no span of its own: point at the word before it
        sa = (ta[i1][1], ta[i2 - 1][2]) if i2 > i1 else (ta[i1 - 1][1], ta[i1 - 1][2])
        sb = (tb[j1][1], tb[j2 - 1][2]) if j2 > j1 else (tb[j1 - 1][1], tb[j1 - 1][2])
        swaps.append(
            Swap(
                a=sa,
                b=sb,
                text_a=" ".join(t[0] for t in ta[i1:i2]),
                text_b=" ".join(t[0] for t in tb[j1:j2]),
                negation=negated or contraction,
                opposite=opposite,
                passage=passage,
            )
        )
    return swaps


_IRREGULAR = {
    "rise": ("rose", "risen"), "fall": ("fell", "fallen"), "win": ("won",), "lose": ("lost",),
    "hold": ("held",), "grow": ("grew", "grown"), "shrink": ("shrank", "shrunk"),
    "uphold": ("upheld",), "cut": ("cut",),
}  # fmt: skip
"""Irregular forms of the one-word verbs of :data:`~checkfacts.rules.events.OPPOSITES`."""


def _forms(verb: str) -> set[str]:
    """The forms a one-word verb takes in a sentence: "approve", "approves", "approved"."""
    stem = verb[:-1] if verb.endswith("e") else verb
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
    return {verb, third, stem + "ed", stem + "ing", *_IRREGULAR.get(verb, ())}


_VERB_OF = {
    form: verb
    for pair in (*OPPOSITES, *(tuple(p) for p in STANDING))
    for verb in pair
    if " " not in verb
    for form in _forms(verb)
}
"""Each form of a one-word verb of an opposite pair, and its verb."""

_OPPOSITE_VERBS = {frozenset(p) for p in OPPOSITES} | set(STANDING)


def _verb_of(word: str) -> str:
    return _VERB_OF.get(word, word)


def _copied(swaps: list[Swap]) -> str:
    """What the two claims share: the whole sentence, or a passage of it."""
    return "The same passage" if swaps[0].passage else "The same sentence"


def _quoted(w: Swap) -> str:
    return f"“{w.text_a or '(none)'}” / “{w.text_b or '(none)'}”"


@rule("wording.negated", "conflict", AssertionSettings)
def negated(a: Claim, b: Claim, s: AssertionSettings) -> str | None:
    """Two sources carry one sentence (or one passage of it) word for word, but one denies it.

    Fires: "I replied that he would always get honesty from me" / "I replied that he
    would not always get honesty from me"; "the council has approved the budget for the
    new harbour wall" / "the council has never approved the budget for the new harbour
    wall"; "the club says it doesn't expect the coach to stay" / "the club says it does
    expect the coach to stay"; a quotation in two framings: 'he said that "we will never
    accept quotas on our steel exports," the minister told reporters' / 'the minister
    said that "we will accept quotas on our steel exports" if talks fail'.
    Holds: "the council approved the budget for the new harbour wall on Monday" / "the
    councillors approved a budget for the harbour wall, the mayor said" (not one sentence
    copied); "the minister did not attend the summit in Brussels, aides said" / "aides
    said the minister did not attend the summit in Brussels" (the same negation).
    """
    swaps = [w for w in assertion_swaps(a, b, s) if w.negation]
    if not swaps:
        return None
    said = "; ".join(_quoted(w) for w in swaps)
    return f"{_copied(swaps)}, word for word, is negated in one copy: {said}."


@rule("wording.other_modality", "nuance", AssertionSettings)
def other_modality(a: Claim, b: Claim, s: AssertionSettings) -> str | None:
    """Two sources carry one sentence (or one passage of it) word for word, modals apart.

    Fires: "this can be good news in that we will now counter for the servers" / "this can
    be good news in that we may now counter for the servers"; "together we will be able to
    act for our planet, the president said" / "together we may be able to act for our
    planet, the president said"; a quotation in two framings: 'he said that "we can win
    the league this season if we stay fit"' / 'he replied that "we may win the league this
    season if we stay fit," and left'.
    Holds: "he said the company would cut jobs at the plant next year" / "he said the
    company will cut jobs at the plant next year" (a reported sentence's tense: one
    sense); "the mayor said the bridge could reopen to traffic next week" / "the mayor
    said the bridge might reopen to traffic next week".
    """
    swaps = [w for w in assertion_swaps(a, b, s) if not (w.negation or w.opposite)]
    if not swaps:
        return None
    said = "; ".join(_quoted(w) for w in swaps)
    return f"{_copied(swaps)}, word for word, is told with another certainty: {said}."


@rule("wording.opposite_outcome", "conflict", AssertionSettings)
def opposite_outcome(a: Claim, b: Claim, s: AssertionSettings) -> str | None:
    """Two sources carry one sentence word for word, but for a verb of the opposite outcome.

    Read from the words alone, whatever the parse makes of the sentence.

    Fires: "a flood barrier put up along the quay on Monday held as the water rose" / "a
    flood barrier put up along the quay on Monday failed as the water rose" (a flood);
    "shares in the carmaker rose sharply in early trading on Friday" / "shares in the
    carmaker fell sharply in early trading on Friday" (a market report).
    Holds: "shares in the carmaker rose sharply in early trading on Friday" / "shares in
    the carmaker climbed sharply in early trading on Friday" (one outcome in other words);
    "the flood barrier held as the water rose on Monday night" / "the council said the
    flood barrier held as the water rose" (not one sentence copied).
    """
    swaps = [w for w in assertion_swaps(a, b, s) if w.opposite]
    if not swaps:
        return None
    said = "; ".join(_quoted(w) for w in swaps)
    return f"{_copied(swaps)}, word for word, reports opposite outcomes: {said}."


PLACE_KINDS: tuple[tuple[str, str], ...] = (
    ("vet", r"Veterinary\s+(?:Centre|Center|Surgery|Hospital|Practice|Clinic)"),
    ("hospital", r"Hospital|Infirmary"),
    ("crown court", r"Crown\s+Court"),
    ("magistrates' court", r"Magistrates['’]?\s+Court"),
    ("airport", r"Airport"),
    ("prison", r"Prison"),
    ("police station", r"Police\s+Station"),
    ("car park", r"[Cc]ar\s+[Pp]ark"),
)
"""Kinds of named place a story's happening is told at, and the words that end each name:
the hospital the hurt were taken to, the court a case was heard in, the airport a flight
came down at, the vet's practice sick animals were taken to, the car park a driver was
stopped in. A story names one of a kind for its happening; two outlets that name two
cannot both be right."""

_PLACE_NAME = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,4}?)("
    + "|".join(f"(?P<k{n}>{words})" for n, (_, words) in enumerate(PLACE_KINDS))
    + r")\b"
)
_PLACE_STOP = frozenset(
    ["the", "a", "at", "in", "on", "to", "from", "of", "by", "near", "outside", "inside",
     "general", "royal", "university", "county", "district", "community", "memorial",
     "city", "regional", "central", "st", "saint", "new", "old", "north", "south", "east",
     "west", "upper", "lower", "great", "little", "hmp", "and", "but", "when", "after"]
)  # fmt: skip
"""Words of a place's name that tell no one place from another ("General", "Royal") or
that open a sentence before the name ("At", "The")."""


@dataclass(frozen=True)
class NamedPlace:
    """A named place of a kind of :data:`PLACE_KINDS` in a claim."""

    kind: str
    text: str
    span: tuple[int, int]
    words: frozenset[str]
    """The name's words that tell it apart, lower case ("castlegate")."""


STREETS = (
    ("street", r"Road|Street|Lane|Avenue|Close|Drive|Crescent|Terrace|Square|Walk|Row|Parade|Mews"),
)
"""Streets, a kind of named place compared only between claims aligned as one: a story
names many streets, one for each of its happenings."""
_STREET_NAME = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,3}?)(?P<k0>Road|Street|Lane|Avenue|Close|Drive"
    r"|Crescent|Terrace|Square|Walk|Row|Parade|Mews)\b"
)


def named_places(claim: Claim) -> list[NamedPlace]:
    """The named places of :data:`PLACE_KINDS` a claim names, in order, and meeting places.

    "Castlegate General Hospital", "Brinford Crown Court", "Haldersby Airport"; the words
    before the kind must be capitalized, and words that open a sentence ("At", "The") are
    left out of the name. A named building a meeting is told at is a place of the kind
    "meeting place" (:func:`meeting_places`).
    """
    return sorted(
        [*_named(claim, _PLACE_NAME, PLACE_KINDS), *meeting_places(claim)], key=lambda p: p.span
    )


_MEETING_AT = re.compile(
    r"\b(?P<occasion>meeting|show|festival|competition|contest|championships?|concert|fair"
    r"|gala|regatta|finals?|spectators)\b[^.;:!?\"“”]{0,60}?\b(?:at|in)\s+(?:the\s+)?"
    r"(?:(?:function|main|back|upstairs|committee|large|small|top)\s+(?:room|hall)\s+"
    r"(?:of|at)\s+(?:the\s+)?)?"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}(?:[A-Z][\w'’-]*|hall|centre|church|chapel|club"
    r"|showground))\b",
)
_OCCASION_KIND = {"contest": "competition", "championship": "competition", "championships":
                  "competition", "final": "competition", "finals": "competition",
                  "spectators": "competition"}  # fmt: skip
"""Occasions told in other words: a contest, a championship, a final, a competition, and
where its spectators watched it ("among the 246 spectators at the Mill Lane club")."""
_VENUE = frozenset(
    ["hall", "centre", "center", "arms", "inn", "church", "chapel", "club", "clubhouse",
     "pavilion", "school", "academy", "station", "library", "institute", "rooms", "house",
     "hotel", "theatre", "chambers", "guildhall", "exchange", "tavern", "showground",
     "meadow", "park", "field", "fields", "ground", "arena", "stadium"]
)  # fmt: skip
"""Last words of a building's or a ground's name an occasion is held at ("Quenford Memorial
Hall", "the Pelverton Arms", "Pollard's Meadow", "the Greystock Park showground"): a town
or a month after "meeting in" is no building."""


def meeting_places(claim: Claim) -> list[NamedPlace]:
    """The named places a claim tells an occasion held at, as places of "<occasion> place".

    "An extraordinary general meeting at Quenford Memorial Hall", "a meeting in the
    function room of the Pelverton Arms", "a public meeting about the rebuild will be held
    at Merrowick Lifeboat Station", "a public meeting in the Harbour Street Methodist hall"
    are meeting places; "the show was held at Pollard's Meadow" and "Sunday's show at the
    Greystock Park showground" show places, and so for a festival, a competition, a
    concert, a fair, a gala, a regatta or a final ("the final was played at Kessingford
    Social Club", "among the 246 spectators at the Mill Lane Working Men's Club"). A story's
    meeting (or show) is held at one place: two sources that name two for it (each naming
    one) cannot both be right
    (:func:`two_places`).
    """
    out = []
    for m in _MEETING_AT.finditer(claim.text):
        words = m["name"].split()
        if words[-1].lower() not in _VENUE or words[0].lower() in MONTHS | WEEKDAYS:
            continue
        own = frozenset(w.lower() for w in words) - _PLACE_STOP - _VENUE  # "club" tells none
        if not own:
            continue  # "the village hall", "the club": no name of its own
        span = (claim.span[0] + m.start("name"), claim.span[0] + m.end("name"))
        occasion = m["occasion"].lower()
        kind = f"{_OCCASION_KIND.get(occasion, occasion)} place"
        out.append(NamedPlace(kind, m["name"], span, own))
    return out


def named_streets(claim: Claim) -> list[NamedPlace]:
    """The streets a claim names ("Kellaway Road", "Brindle Street"), in order."""
    return _named(claim, _STREET_NAME, STREETS)


def _named(
    claim: Claim, pattern: re.Pattern[str], kinds: tuple[tuple[str, str], ...]
) -> list[NamedPlace]:
    """The named places ``pattern`` finds in a claim, each of its kind in ``kinds``."""
    out = []
    for m in pattern.finditer(claim.text):
        words = m[1].split()
        while words and words[0].lower() in ("the", "a", "at", "in", "on", "to", "from", "by"):
            words = words[1:]
        saints = bool(words) and words[0].rstrip(".") in ("St", "Saint")
        if any(w.endswith(("'s", "’s")) for w in words) and not saints and kinds != STREETS:
            continue  # "Corvane's Airport", a body's (not "St Cuthbin's Hospital", a saint's,
            # nor a street's "Abbot's Walk")
        own = frozenset(re.sub(r"['’]s$", "", w.lower()) for w in words) - _PLACE_STOP
        if not own:
            continue
        kind = next(kinds[int(k[1:])][0] for k, v in m.groupdict().items() if v)
        start = m.start(1) + m[1].index(words[0])
        text = claim.text[start : m.end()]
        out.append(NamedPlace(kind, text, (claim.span[0] + start, claim.span[0] + m.end()), own))
    return out


def places_apart(x: NamedPlace, y: NamedPlace) -> bool:
    """Whether two named places of one kind are two places: no telling word shared."""
    return x.kind == y.kind and not x.words & y.words


def _two_places(a: Claim, b: Claim) -> Swap | None:
    """The two places of one kind two claims name, each naming one, if they do."""
    in_a, in_b = named_places(a), named_places(b)
    for x in in_a:
        xs = [p for p in in_a if p.kind == x.kind]
        ys = [y for y in in_b if y.kind == x.kind]
        if len(xs) == len(ys) == 1 and places_apart(x, ys[0]):
            if _cared_for(a, x) != _cared_for(b, ys[0]):
                return None  # "treated at Fenwick General" / "happened in the bay at Dunmoor"
            return Swap(a=x.span, b=ys[0].span, text_a=x.text, text_b=ys[0].text)
    return None


_CARE_BEFORE = re.compile(
    r"\b(?:taken|treated|flown|airlifted|rushed|admitted|transferred|discharged|died|dies"
    r"|recovering|cared\s+for|in\s+a\s+(?:stable|serious|critical)\s+condition)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:at|to|in|from)\s+(?:the\s+)?$",
    re.I,
)
"""Words that tell a hospital as where the hurt were cared for, not where a thing happened:
"was treated for a broken wrist at Fenwick General Hospital", "taken by road to Hebbleford
General Hospital"."""


def _cared_for(claim: Claim, place: NamedPlace) -> bool:
    """Whether a claim names a hospital as where someone was cared for (:data:`_CARE_BEFORE`).

    Not a hospital where the story's happening took place ("in the ambulance bay at Dunmoor
    Community Hospital"): two such hospitals tell two things, not one told two ways. Any
    other kind of place is told the one way.
    """
    if place.kind != "hospital":
        return False
    start = place.span[0] - claim.span[0]
    return _CARE_BEFORE.search(claim.text[max(0, start - 60) : start]) is not None


@rule("wording.two_places", "nuance", OtherDoerSettings)
def two_places(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """Two named places of one kind, where a story's happening is told, by two sources.

    A story's hurt are taken to one hospital, its case is heard at one court, its flight
    comes down at one airport: when each source names one place of the kind in the whole
    story and the two differ, one may name the wrong place. Compared across a whole story,
    like :func:`role_held_apart`, and only when each source names one place of the kind
    (a source that names two tells of a transfer, or of two steps).

    Fires: "flown to Stanbridge Royal Hospital" / "taken by road to Hebbleford General
    Hospital" (a laundry blast); "given a suspended term at Ashcombe Crown Court" / "walked
    free from Brinford Crown Court" (a stalker's appeal); the building a meeting is held in
    (:func:`meeting_places`): "a special general meeting at Quenby Memorial Hall" / "a
    meeting in the function room of the Pelham Arms" (an anglers' lease vote); the ground a
    show or a contest is held at: "the show was held at Pollard's Meadow" / "Sunday's show at
    the Greystock Park showground" (a horse show), "the contest, held at the Corn Exchange" /
    "won the championship at the Victoria Hall" (a brass band contest).
    Holds: "taken to Castlegate General Hospital" / "died at Castlegate Hospital" (one
    hospital, named more fully); "appeared at Corriston Magistrates' Court" / "will stand
    trial at Rennick Crown Court" (two kinds of court: two steps of one case); "the show was
    held at Pollard's Meadow" / "planned the day at a meeting in Thornmere Village Hall" (two
    occasions).
    """
    swap = _two_places(a, b)
    if swap is None:
        return None
    return (
        f"One source names “{swap.text_a}”, the other “{swap.text_b}”, and neither names "
        "another of the kind: one may name the wrong place."
    )


def _other_street(a: Claim, b: Claim) -> Swap | None:
    """The two streets two claims aligned as one name, each naming one, if they differ."""
    in_a, in_b = named_streets(a), named_streets(b)
    if len(in_a) == len(in_b) == 1 and places_apart(in_a[0], in_b[0]):
        x, y = in_a[0], in_b[0]
        return Swap(a=x.span, b=y.span, text_a=x.text, text_b=y.text)
    return None


@rule("wording.other_street", "nuance", OtherDoerSettings)
def other_street(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """Two claims aligned as one that each name one street, and two different ones.

    Fires: "officers seized two mopeds from a lock-up garage on Kellaway Road" / "two
    mopeds were found in a car park beneath flats on Brindle Street" (phone thefts);
    "Graham Teale, of Tanner Road, must remove the extension" / "Graham Teale must demolish
    the structure at his house in Millbrook Close" (a demolition order).
    Holds: "the market moves to Fenner Road" / "the market moves to the car park on Fenner
    Road" (one street); "the crash closed Mill Lane and Station Road" / "the crash closed
    Mill Lane" (a claim that names two). The compare stage also sets the pair aside when
    either source names the other's street elsewhere in the story
    (:func:`streets_told_apart`: "the junction with Bell Lane" beside "the Quarry Street bus
    gate").
    """
    swap = _other_street(a, b)
    if swap is None:
        return None
    return f"One source names “{swap.text_a}”, the other “{swap.text_b}”: different streets."


def streets_told_apart(a: Claim, b: Claim, story: list[Claim]) -> bool:
    """Whether either claim's source names the other claim's street anywhere in the story."""
    pa, pb = named_streets(a), named_streets(b)
    for theirs, source in ((pb, a.source_id), (pa, b.source_id)):
        told = [p for c in story if c.source_id == source for p in named_streets(c)]
        if any(not places_apart(t, x) for t in theirs for x in told):
            return True
    return False


_THING_ON = re.compile(r"\b([a-z]+)\s*,?\s+(?:on|in)\s+(?:the\s+)?$")
"""The noun a street places, right before it: "the depot on Brannock Road", "a former vicarage
on Abbot's Walk", "the firm's depot on the Fenner Street industrial estate"."""
_NOT_A_THING = frozenset(
    ["live", "lives", "lived", "living", "based", "parked", "found", "seen", "held", "born",
     "crash", "collision", "accident", "incident", "fire", "blaze", "attack", "flooding",
     "works", "closure", "resident", "residents", "neighbour", "neighbours", "people",
     "homes", "houses", "shops", "businesses", "traffic", "road", "junction"]
)  # fmt: skip
"""Words before a street that tell no one thing the story is about: who lives there, a
happening there (each happening of a story has its own street), or things many."""


def things_on_streets(claim: Claim) -> list[tuple[str, NamedPlace]]:
    """Each noun a claim places on a named street, with the street ("depot", Brannock Road)."""
    out = []
    for street in named_streets(claim):
        start = street.span[0] - claim.span[0]
        m = _THING_ON.search(claim.text[max(0, start - 40) : start])
        if m is None:
            continue
        noun = m[1].lower()
        if noun in FUNCTION_WORDS or noun in _NOT_A_THING or len(noun) < 4:
            continue
        out.append((noun, street))
    return out


def _street_of_one_thing(a: Claim, b: Claim) -> Swap | None:
    """The two streets two claims place one thing on, each placing it on one, if they differ."""
    on_a, on_b = things_on_streets(a), things_on_streets(b)
    for noun, x in on_a:
        ys = [y for n, y in on_b if n == noun]
        xs = [p for n, p in on_a if n == noun]
        if len(ys) == 1 and all(not places_apart(p, x) for p in xs) and places_apart(x, ys[0]):
            y = ys[0]
            return Swap(a=x.span, b=y.span, text_a=x.text, text_b=y.text)
    return None


@rule("wording.street_of_one_thing", "nuance", OtherDoerSettings)
def street_of_one_thing(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """One thing of the story placed on two streets by two sources, each naming one.

    A story's depot, vicarage or shop stands on one street: when each source places the
    thing, by the same noun, on one street in the whole story and the two differ, one may
    name the wrong street. Compared across a whole story, like :func:`two_places`, and set
    aside when either source names the other's street anywhere (both are then places of
    the story); not for a happening's street (a crash, a fire: each happening has its own)
    nor for where people live.

    Fires: "the operator's depot on Brannock Road will close" / "jobs will go at the firm's
    depot on the Fenner Street industrial estate" (an e-scooter scheme's end); "bought the
    former vicarage on Linden Road" / "a hostel in a former vicarage on Abbot's Walk" (a
    probation hostel).
    Holds: "the depot on Brannock Road" / "the depot on Brannock Road, by the canal" (one
    street); "a crash on Mill Lane" / "a crash on Station Road" (a happening).
    """
    swap = _street_of_one_thing(a, b)
    if swap is None:
        return None
    return (
        f"One source places it on “{swap.text_a}”, the other on “{swap.text_b}”, and neither "
        "names the other's street: one may name the wrong street."
    )


def street_of_thing_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two streets two claims place one thing on (see :func:`street_of_one_thing`)."""
    swap = _street_of_one_thing(a, b)
    return [] if swap is None else [swap]


_DESTINATION = re.compile(
    r"\b(?:diverted|sent|redirected|rerouted|switched|transferred)\s+"
    r"(?:[a-z]+\s+){0,3}?to\s+(?P<place>(?-i:(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+))",
    re.I,
)
"""Where something was sent, named after a verb of sending it: "the flights were all diverted
to Telmar", "incoming flights were sent to Ossan", "patients were transferred to Ashwell". Not
"moved to" or "relocated to": a person moves home many times in a life ("moved to Florida in
1957" beside "moved to California" years later)."""

_NO_DESTINATION = frozenset(
    [*(m.lower() for m in MONTHS), *WEEKDAYS, "the", "a", "an", "its", "their", "his", "her"]
)
"""Capitalised words after "to" that name no place: a day, a month, a sentence's article."""


def destinations(claim: Claim) -> list[tuple[tuple[int, int], str]]:
    """The places a claim says something was sent or moved to, with their spans."""
    out = []
    for m in _DESTINATION.finditer(claim.text):
        place = m["place"]
        if place.split()[0].lower() in _NO_DESTINATION:
            continue
        start = claim.span[0] + m.start("place")
        out.append(((start, start + len(place)), place))
    return out


def _other_destination(a: Claim, b: Claim) -> Swap | None:
    """The two places two claims aligned as one send one thing to, each naming one."""
    in_a, in_b = destinations(a), destinations(b)
    if len(in_a) != 1 or len(in_b) != 1:
        return None
    (sa, ta), (sb, tb) = in_a[0], in_b[0]
    if set(ta.lower().split()) & set(tb.lower().split()):
        return None  # "Kestwick" / "Kestwick airport": one place
    return Swap(a=sa, b=sb, text_a=ta, text_b=tb)


@rule("wording.other_destination", "nuance", OtherDoerSettings)
def other_destination(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """Two claims aligned as one that each send something to one named place, two different.

    Fires: "the seven inbound flights were all diverted to Telmar" / "incoming flights were
    sent to Ossan, 200 km up the coast" (a dust storm); "the ward's patients were sent to
    Ashwell" / "patients on the ward were transferred to Brockley" (a hospital ward's leak).
    Holds: "the flights were diverted to Kestwick" / "flights were sent to Kestwick airport"
    (one place); "the flights were diverted to Telmar and Ossan" / "flights were sent to
    Ossan" (a claim that names two); "she moved to Florida in 1957" / "she moved to
    California" (a life's moves, no dispatch). The compare stage also sets the pair aside
    when either
    source names the other's place as a destination elsewhere in the story
    (:func:`destinations_told_apart`).
    """
    swap = _other_destination(a, b)
    if swap is None:
        return None
    return f"One source names “{swap.text_a}”, the other “{swap.text_b}”: two destinations."


_MOVED_TO = re.compile(
    r"\b(?:mov(?:e|ed|ing)|relocat(?:e|es|ed|ing)|rehoused|decanted|evacuated|taken|towed"
    r"|driven|ferried|bussed|transferred)\b"
    r"(?:\s+(?!to\b)[\w'’,-]+){0,8}?\s+to\s+(?:(?:the|its|their)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:(?:at|in)\s+)?)?(?P<place>(?-i:(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+))(?![\w'’-])",
    re.I,
)
"""Where the story's people or things are moved, named after the move: "season ticket
holders will be moved to the South Stand", "would move all slaughtering to its larger plant
at Hollins Cross", "the residents were taken to Holm Cross community centre"; so are those
driven, ferried, bussed or transferred there ("the dogs were driven to the indoor school at
Thornleigh Equestrian Centre")."""

_MOVE_KINDS = frozenset(
    ["stand", "centre", "center", "hall", "library", "church", "park", "ground", "grounds",
     "road", "street", "house", "home", "school", "college", "site", "plant", "reservoir",
     "water", "field", "fields", "club", "building", "leisure", "community", "sports"]
)  # fmt: skip
"""Words of the kind of place, not of which one: "the South Stand" / "the West Stand" are told
apart by "south" and "west"."""


def moves(claim: Claim) -> list[NamedPlace]:
    """The named places a claim says the story's people or things are moved to.

    Not a hospital, court, airport or prison (:data:`PLACE_KINDS`: :func:`two_places`), nor
    a day or a month after "to".
    """
    out = []
    for m in _MOVED_TO.finditer(claim.text):
        place = m["place"]
        if place.split()[0].lower() in _NO_DESTINATION or _PLACE_NAME.search(place):
            continue
        if place.split()[0].lower() in ("mr", "mrs", "ms", "dr", "miss", "sir", "dame"):
            continue  # "moved to shape Mr. Trump's thinking": a person, no place
        words = frozenset(w.lower() for w in place.split()) - _MOVE_KINDS - FUNCTION_WORDS
        if not words:
            continue
        start = claim.span[0] + m.start("place")
        out.append(NamedPlace("move", place, (start, start + len(place)), words))
    return out


def _two_moves(a: Claim, b: Claim) -> Swap | None:
    """The two places two claims move the story's people or things to, each naming one."""
    in_a, in_b = moves(a), moves(b)
    if len(in_a) != 1 or len(in_b) != 1 or not places_apart(in_a[0], in_b[0]):
        return None
    x, y = in_a[0], in_b[0]
    return Swap(a=x.span, b=y.span, text_a=x.text, text_b=y.text)


@rule("wording.two_moves", "nuance", OtherDoerSettings)
def two_moves(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """Two sources that each move the story's people or things to one place, two different.

    A story's displaced fans, residents or work go to one place: when each source names one
    place anything is moved to in the whole story and the two differ, one may name the
    wrong place. Compared across a whole story, like :func:`two_places`, and only when each
    source names one such place, in claims of no year gone ("moved to Florida in 1957").

    Fires: "season ticket holders will be moved to the South Stand" / "will instead be
    relocated to the West Stand" (a stand's closure); "would move all slaughtering to its
    larger plant at Hollins Cross" / "with the work moving to its plant at Stavely Moor" (an
    abattoir's closure).
    Holds: "moved to the South Stand" / "relocated to the South Stand for the match" (one
    place); "taken to Castlegate General Hospital" / "taken to Hebbleford Hospital" (a
    hospital: :func:`two_places`).
    """
    swap = _two_moves(a, b)
    if swap is None:
        return None
    return (
        f"One source moves them to “{swap.text_a}”, the other to “{swap.text_b}”, and neither "
        "names another place: one may name the wrong place."
    )


_FOUND_AT = re.compile(
    r"\b(?:found|recovered|discovered|dumped|abandoned)\b"
    r"(?:\s+(?!(?:guilty|dead|liable|that|to|not)\b)(?-i:[a-z0-9][\w'’-]*)){0,8}?"
    r"\s+(?:in|on|at|off|from|behind|near)\s+"
    r"(?:(?:a|an|the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,4}?(?:(?:on|off|in|at)\s+(?:the\s+)?)?)?"
    r"(?P<place>(?-i:(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+))(?![\w'’-])",
    re.I,
)
"""Where the story's lost or stolen people or things were found, named after the find:
"police found the layout yesterday in a lock-up garage on Millbrook Road", "the goats were
recovered from a lock-up garage in Station Yard", "was found dumped in a lay-by on the
Cresswold road" (not "found guilty at ...", "found that ...", nor a place after another
named first: "found blocking part of Coldwell Lane, near Hatherleigh Green")."""


def finds(claim: Claim) -> list[NamedPlace]:
    """The named places a claim says the story's lost or stolen people or things were found.

    Not a hospital, court or prison (:data:`PLACE_KINDS`), nor a day or a month.
    """
    out = []
    for m in _FOUND_AT.finditer(claim.text):
        place = m["place"]
        if place.split()[0].lower() in _NO_DESTINATION or _PLACE_NAME.search(place):
            continue
        words = frozenset(w.lower() for w in place.split()) - _MOVE_KINDS - FUNCTION_WORDS
        if not words:
            continue
        start = claim.span[0] + m.start("place")
        out.append(NamedPlace("find", place, (start, start + len(place)), words))
    return out


def _two_finds(a: Claim, b: Claim) -> Swap | None:
    """The two places two claims find the story's things at, each naming one."""
    in_a, in_b = finds(a), finds(b)
    if len(in_a) != 1 or len(in_b) != 1 or not places_apart(in_a[0], in_b[0]):
        return None
    x, y = in_a[0], in_b[0]
    return Swap(a=x.span, b=y.span, text_a=x.text, text_b=y.text)


@rule("wording.two_finds", "nuance", OtherDoerSettings)
def two_finds(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """Two sources that each find the story's lost or stolen things at one place, two different.

    What was stolen or went missing is found in one place: when each source names one place
    anything was found in the whole story and the two differ, one may name the wrong place.
    Compared across a whole story, like :func:`two_moves`, and only when each source names
    one such place, in claims of no year gone.

    Fires: "police found the layout yesterday in a lock-up garage on Millbrook Road" / "the
    layout was found on Monday dumped in a lay-by on the Cresswold road" (a stolen model
    railway); "the goats were found in a shed off Ferris Lane" / "the goats were recovered
    from a lock-up garage in Station Yard" (stolen goats).
    Holds: "recovered at an address in Fenby Road" / "found at a house in Fenby Road" (one
    place); "was found guilty at Mardle Crown Court" / "was found in Station Yard" (a court,
    and a verdict).
    """
    swap = _two_finds(a, b)
    if swap is None:
        return None
    return (
        f"One source finds them at “{swap.text_a}”, the other at “{swap.text_b}”, and neither "
        "names another place: one may name the wrong place."
    )


def find_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two places two claims find things at (see :func:`two_finds`), or none."""
    swap = _two_finds(a, b)
    return [] if swap is None else [swap]


def move_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two places two claims move things to (see :func:`two_moves`), or none."""
    swap = _two_moves(a, b)
    return [] if swap is None else [swap]


def destinations_told_apart(a: Claim, b: Claim, story: list[Claim]) -> bool:
    """Whether either claim's source names the other claim's destination anywhere in the story."""
    for other, source in ((b, a.source_id), (a, b.source_id)):
        theirs = {w for _, place in destinations(other) for w in place.lower().split()}
        told = " ".join(c.text.lower() for c in story if c.source_id == source)
        if any(re.search(rf"\b{re.escape(w)}\b", told) for w in theirs):
            return True
    return False


def destination_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two destinations two claims name (see :func:`other_destination`), or none."""
    swap = _other_destination(a, b)
    return [] if swap is None else [swap]


def street_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two streets two claims name (see :func:`other_street`), or none."""
    swap = _other_street(a, b)
    return [] if swap is None else [swap]


def place_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The two places of one kind two claims name (see :func:`two_places`), or none."""
    swap = _two_places(a, b)
    return [] if swap is None else [swap]


_DIRECTION = re.compile(
    r"\b(?P<dir>north|south|east|west)(?:ern|bound)?\s+"
    r"(?P<noun>edge|side|end|part|half|corner|coast|shore|bank|flank|wing|carriageway|lanes?"
    r"|platform|entrance|approach|districts?|suburbs|outskirts|slopes?|face|tip|fringe)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>(?-i:(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*|[a-z]+)))?",
    re.I,
)
"""A compass side of a place: "the eastern edge of Drummoch Forest", "the northbound
carriageway", "the south side of the harbour"."""
_OPPOSITE_DIRECTION = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _directions(claim: Claim) -> dict[str, list[tuple[str, re.Match[str]]]]:
    """Each place a claim gives a compass side of, with the sides it gives.

    The place is the head of what follows "of" ("Drummoch Forest" and "the forest" are a
    forest), else the noun ("carriageway").
    """
    out: dict[str, list[tuple[str, re.Match[str]]]] = {}
    for m in _DIRECTION.finditer(claim.text):
        place = (m["of"] or m["noun"].rstrip("s")).split()[-1].lower()
        out.setdefault(place, []).append((m["dir"].lower(), m))
    return out


def _other_direction(a: Claim, b: Claim) -> Swap | None:
    """The place two claims give opposite compass sides of, each one side, if they do."""
    da, db = _directions(a), _directions(b)
    for place in sorted(set(da) & set(db)):
        sides_a, sides_b = {d for d, _ in da[place]}, {d for d, _ in db[place]}
        if len(sides_a) != 1 or len(sides_b) != 1:
            continue  # "northbound and southbound": both sides told
        (x, ma), (y, mb) = da[place][0], db[place][0]
        if _OPPOSITE_DIRECTION[x] != y:
            continue
        return Swap(
            a=(a.span[0] + ma.start(), a.span[0] + ma.end("noun")),
            b=(b.span[0] + mb.start(), b.span[0] + mb.end("noun")),
            text_a=a.text[ma.start() : ma.end("noun")],
            text_b=b.text[mb.start() : mb.end("noun")],
        )
    return None


@rule("wording.other_direction", "nuance", OtherDoerSettings)
def other_direction(a: Claim, b: Claim, s: OtherDoerSettings) -> str | None:
    """Two claims aligned as one that put a thing on opposite compass sides of one place.

    Fires: "on the eastern edge of Drummoch Forest" / "in the western part of Drummoch
    Forest" (a wildcat's kittens filmed); "the sign fell onto the northbound carriageway" /
    "the southbound carriageway was closed when the sign fell" (a motorway gantry).
    Holds: "the eastern edge of the forest" / "the north side of the forest" (two axes:
    not opposite); "both the northbound and southbound carriageways" / "the northbound
    carriageway" (a claim that gives both sides).
    """
    swap = _other_direction(a, b)
    if swap is None:
        return None
    return f"One source says “{swap.text_a}”, the other “{swap.text_b}”: opposite sides."


def direction_swaps(a: Claim, b: Claim, s: OtherDoerSettings) -> list[Swap]:
    """The opposite sides two claims give of one place (see :func:`other_direction`)."""
    swap = _other_direction(a, b)
    return [] if swap is None else [swap]


RULES = (
    other_name,
    other_doer,
    other_holder,
    negated,
    opposite_outcome,
    other_modality,
    role_held_apart,
    two_offices,
    two_bodies,
    two_places,
    two_moves,
    two_finds,
    street_of_one_thing,
    other_direction,
    other_street,
    other_destination,
)
"""The order the rules run in; the first that decides wins."""


NAMES = (other_name, other_doer, other_holder, other_direction, other_street, other_destination)
"""The rules of the ``names`` finding."""

ASSERTION = (negated, opposite_outcome, other_modality)
"""The rules of the ``wording`` finding: one pair of copies may differ in a name and a
modal at once, and each is a finding of its own."""


TOLD_APART_IN_STORY: dict[str, Callable[[Claim, Claim, list[Claim]], bool]] = {
    of(other_street).name: streets_told_apart,
    of(other_destination).name: destinations_told_apart,
    of(street_of_one_thing).name: streets_told_apart,
}
"""Names rules whose two places are set aside when either source names the other's place
anywhere in the story: both are then places of the story, not one told two ways."""


def swaps_of(rule_name: str) -> Callable[..., list[Swap]]:
    """The function that finds the words that differ, for the rule that decided a pair."""
    by_rule: dict[str, Callable[..., list[Swap]]] = {
        of(other_doer).name: doer_swaps,
        of(other_holder).name: holder_swaps,
        of(other_name).name: name_swaps,
        of(role_held_apart).name: role_swaps,
        of(two_offices).name: office_swaps,
        of(two_bodies).name: body_swaps,
        of(two_places).name: place_swaps,
        of(other_direction).name: direction_swaps,
        of(other_street).name: street_swaps,
        of(other_destination).name: destination_swaps,
        of(two_moves).name: move_swaps,
        of(two_finds).name: find_swaps,
        of(street_of_one_thing).name: street_of_thing_swaps,
    }
    return by_rule.get(rule_name, assertion_swaps)


def compare(
    a: Claim, b: Claim, engine: Engine, order: tuple[Callable[..., str | None], ...] = RULES
) -> Comparison:
    """How two claims' wording relates under ``order`` (symmetric: canonical order)."""
    a, b = sorted((a, b), key=lambda c: c.id)
    return engine.decide(order, a, b) or undecided("wording")
