"""Stage 3, fields: claims -> claims with typed, normalized fields.

Each extractor (``checkfacts.extractors``) finds its kinds of field in a claim's
words; spans are shifted into the source's coordinates, so that
``source_text[field.span[0]:field.span[1]] == field.text``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from typing import Any

from checkfacts import nlp
from checkfacts.extractors.dates import WIRE_DATELINE, DateExtractor, anaphor_from, refers_a_day
from checkfacts.extractors.events import LIGHT, MODALS, EventExtractor, resulting, verb_lemma
from checkfacts.extractors.hedges import HedgeExtractor
from checkfacts.extractors.interface import Context, Extractor
from checkfacts.extractors.names import NameExtractor, surname
from checkfacts.extractors.places import PlaceSetExtractor
from checkfacts.extractors.quantities import QuantityExtractor
from checkfacts.models import (
    AttributionValue,
    Claim,
    DateValue,
    EventValue,
    FieldValue,
    NameValue,
    QuantityValue,
)
from checkfacts.vocabulary import (
    ACT_OF,
    BODIES,
    COUNTED_BY_ACT,
    COURTESY_TITLES,
    CURRENCIES,
    HELD,
    PEOPLE,
    PHRASAL_ACTS,
    TITLES,
)


@cache
def extractors() -> tuple[Extractor, ...]:
    """Every field extractor, in the order their fields are reported."""
    return (
        DateExtractor(),
        QuantityExtractor(),
        NameExtractor(),
        PlaceSetExtractor(),
        HedgeExtractor(),
        EventExtractor(),
    )


def extractor_for(kind: str) -> Extractor:
    """The extractor that produces (and compares) fields of ``kind``."""
    for ex in extractors():
        if kind in ex.kinds:
            return ex
    raise KeyError(kind)


def fields_of(
    text: str,
    published: dt.date | None,
    *,
    spacy_model: str,
    doc: object = None,
    tense: str | None = None,
) -> list[FieldValue]:
    """Return every field in ``text``, spans relative to ``text``, sorted by position.

    ``tense`` ('past' or 'future') reads every relative date that way. A wire dateline
    that opens the text (:data:`WIRE_DATELINE`) is read as blank: its day is when the story
    was filed, and its dash would join its day to the lede's first figure.
    """
    if (dateline := WIRE_DATELINE.match(text)) is not None:
        text = " " * dateline.end() + text[dateline.end() :]
        doc = None
    if doc is None:
        doc = nlp.pipeline(spacy_model)(text)
    context = Context(published=published, doc=doc, tense=tense)
    found: list[FieldValue] = []
    for ex in extractors():
        found.extend(ex.extract(text, context))
    found = _credit_people(found)
    out = []
    for f in _drop_shadowed(found):
        if f.kind in ROLE_KINDS:
            f = f.model_copy(
                update={"role": role_of(doc, f.span), "governor": governor_of(doc, f.span)}
            )
        value = f.value
        # "the board approved the increase by 7-2": a bare tally of a decision is its vote
        if (
            isinstance(value, QuantityValue)
            and value.tally
            and value.unit is None
            and f.governor in DECIDING
        ):
            f = f.model_copy(update={"value": value.model_copy(update={"unit": "vote"})})
        if isinstance(f.value, QuantityValue) and f.value.unit is not None:
            update: dict[str, Any] = {"counted": counted_of(doc, f)}
            unit = act_counted(doc, f) or f.value.unit
            if unit != f.value.unit:
                update["value"] = f.value.model_copy(update={"unit": unit})
            if (verb := ACT_OF.get(unit)) is not None:
                # signatures belong to the signing, however they were reported ("the
                # petition drew 9,000 signatures"): the count's event is the act
                update["governor"] = verb
            f = f.model_copy(update=update)
        if f.kind == "date":
            occasion = (
                occasion_of(doc, f.span)
                or deferred_to(doc, f)
                or _held_on(doc, f)
                or date_named(text, f.span)
            )
            if occasion is not None and _a_baseline(text, f.span):
                occasion = f"earlier {occasion}"
            f = f.model_copy(update={"occasion": occasion})
        out.append(f)
    return out


_COMPARED_WITH = re.compile(
    r"\b(?:than|double|doubled|triple|tripled|treble|twice|half|from|compared\s+(?:with|to)"
    r"|against|on|over|above|below|beat|beating|matched|matching|exceeded|exceeding)\s+$",
    re.I,
)


def _a_baseline(text: str, span: tuple[int, int]) -> bool:
    """Whether a date names the earlier figure a claim sets its own beside.

    "More than double last year's overspend of £2.9m", "up 4% on last year's total",
    "compared with 2023's figure of 41": the date and its noun are the baseline, another
    instance of what the claim tells ("set to run £6.1m over budget this financial year"),
    not its date. Only a date told as the owner of its noun ("last year's") right after a
    word of comparing.
    """
    owned = text[span[1] : span[1] + 2] in ("'s", "’s") or text[span[1] - 2 : span[1]] in (
        "'s",
        "’s",
    )
    return owned and _COMPARED_WITH.search(text[max(0, span[0] - 30) : span[0]]) is not None


DECIDING = frozenset(
    ["approve", "pass", "reject", "vote", "back", "defeat", "endorse", "adopt", "ratify",
     "uphold", "overturn", "strike", "block", "confirm", "elect", "acquit", "convict"]
)  # fmt: skip
"""Verbs of a body's decision: a bare tally they govern is its vote ("the board approved
the increase by 7-2", "the court upheld the ban 5-4"), as "voted 6-3" is."""

ROLE_KINDS = ("date", "quantity")
"""Field kinds that get a role: the clause of the event they date or the thing they count."""
CATENATIVE = frozenset(
    ["begin", "start", "continue", "resume", "keep", "finish", "try", "attempt", "seek",
     "plan", "intend", "aim", "expect", "hope", "want", "agree", "decide", "vow", "promise",
     "pledge", "threaten", "propose", "prepare", "fail", "manage", "refuse", "decline",
     "force", "order"]
)  # fmt: skip
"""Verbs whose open complement tells the event of their own clause: in "officials began
culling 48,000 chickens" and "the bank plans to cut 1,200 jobs" the figure is counted in
the whole clause, as in "48,000 chickens were culled". ("The driver stopped to help a
70-year-old man": a stop is no telling of the help.)"""
ROLE_MIN_WORDS = 4
"""A governing clause shorter than this borrows its parent's words."""


def _span_tokens(doc: Any, span: tuple[int, int]) -> list[Any]:
    """The parsed tokens that start inside ``span``."""
    return [t for t in doc if span[0] <= t.idx < span[1]]


def _span_head(doc: Any, span: tuple[int, int]) -> Any | None:
    """The first token of ``span`` whose head lies outside it: what the span hangs on by."""
    tokens = _span_tokens(doc, span) if doc is not None else []
    return next((t for t in tokens if not span[0] <= t.head.idx < span[1]), None)


def _climb(
    doc: Any,
    span: tuple[int, int],
    pos: tuple[str, ...],
    *,
    infinitives: bool = False,
    copulas: bool = False,
) -> Any | None:
    """From the first token of ``span``, up the parse to a token of part of speech ``pos``.

    With ``infinitives``, also to an infinitive the tagger read as a noun
    (:func:`_infinitive`). With ``copulas``, stops at a copula joined to another verb as a
    clause of its own ("was charged on Wednesday and is due in court on Thursday": the
    Thursday is the copula's, not the charge's). Stops at the root when none is met on the
    way; None when there is no parse or no token in ``span``.
    """
    tokens = _span_tokens(doc, span) if doc is not None else []
    if not tokens:
        return None
    node = tokens[0]
    while (
        node.pos_ not in pos and not (infinitives and _infinitive(node)) and node.head.i != node.i
    ):
        if copulas and node.pos_ == "AUX" and node.dep_ == "conj":
            return node
        node = node.head
    return node


def _infinitive(token: Any) -> bool:
    """Whether a token is a verb after "to" that the tagger read as a noun.

    "The consultation is due to end on March 28": "end" is tagged a noun, but "to" as its
    auxiliary and its place as the complement of "due" make it the verb the date is of.
    """
    return token.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def role_of(doc: Any, span: tuple[int, int]) -> str | None:
    """What a field is about: the words of the clause that governs it, field left out.

    In "More than 150 migrants, once 1,200 strong when it headed north in March,
    arrived on Sunday", "March" belongs to "when it headed north" and "Sunday" to the
    arrival. The compare stage matches fields across claims by the similarity of
    their roles, so the signing's date meets the signing's date and not a landing's
    year.
    """
    node = _climb(doc, span, ("VERB", "AUX"))
    if node is None:
        return None
    while node.dep_ == "xcomp" and str(node.head.lemma_).lower() in CATENATIVE:
        node = node.head  # "began culling 48,000 chickens": the clause of "began"
    # "kept the pumps running for 40 hours": the keeping's; "found 13 plants growing": the find's
    node = _kept_by(node) or _come_upon(node, doc, span) or node
    while True:
        words = [t.text for t in node.subtree if not (span[0] <= t.idx < span[1])]
        if len(words) >= ROLE_MIN_WORDS or node.head.i == node.i:
            break
        node = node.head
    return " ".join(w for w in words if w.strip() and not all(ch in ",;:" for ch in w)) or None


def governor_of(doc: Any, span: tuple[int, int]) -> str | None:
    """The lemma of the content verb a date or count belongs to, or None.

    "Israel presented the files on Monday" gives "present"; "the administration on
    Tuesday embraced the claims" "embrace"; "Comey told MSNBC on Thursday night" "tell".
    A counted noun told by a participle belongs to it: "leaving 80 households forced from
    their homes" gives "force", "with 300 homes destroyed" "destroy".
    A copula or light verb ("was", "had", "made") says nothing of which event it is, but
    "takes effect" and "comes into force" tell one: a rule starting to apply; and with a
    particle a light verb makes a verb of its own ("the plane took off on Monday": "take
    off").
    """
    head = _span_head(doc, span)
    participles = [] if head is None else [c for c in head.children if c.dep_ == "acl"]
    # "leaving 80 households forced from their homes": the count belongs to the forcing
    told = next((c for c in participles if c.tag_ == "VBN"), None)
    if (
        told is not None
        and _object_of_an_act(head)
        and not _in_a_state(told)
        and not any(c.dep_ in ("aux", "auxpass") for c in told.children)
    ):
        told = None  # "is recalling 48,000 seats sold since 2021": the recall's count
    node = (
        told if told is not None else _climb(doc, span, ("VERB",), infinitives=True, copulas=True)
    )
    node = _be_to(node) or _reduced_relative(node, span) or _changed_by(doc, span) or node
    if node is None or not (node.pos_ == "VERB" or _infinitive(node)):
        return None
    node = _kept_by(node) or _come_upon(node, doc, span) or _done_so(node) or node
    node = _went_to_do(node) or node
    if span[0] <= node.idx < span[1]:
        return None
    lemma = resulting(node) or verb_lemma(node)  # "was cut free on Saturday": freed
    if lemma in _PRICING and (change := _paid_less_or_more(doc, span)) is not None:
        return change  # "would pay them 2.8 cents less per litre": a cut of 2.8 cents
    if _takes_effect(node, lemma):
        return "take effect"  # "comes into force on April 1", "will take effect on July 1"
    particle = next((c for c in node.children if c.dep_ == "prt"), None)
    if lemma in LIGHT and particle is not None and particle.lower_ not in _LOOSE_PARTICLES:
        return f"{lemma} {particle.lower_}"  # "took off on Monday": a verb of its own
    if particle is not None and f"{lemma} {particle.lower_}" in PHRASAL_ACTS:
        return f"{lemma} {particle.lower_}"  # "turned down the scheme on Monday": rejected
    if lemma == "pull" and any(c.dep_ == "prep" and c.lower_ == "into" for c in node.children):
        return "pull in"  # "the train pulled into Varnholm Central at 07:52": an arrival
    return None if lemma in NOT_EVENTS_OF_THEIR_OWN else lemma


_GOING = frozenset(
    ["go", "come", "gather", "wade", "wad", "travel", "head", "assemble", "flock", "descend",
     "walk", "march", "arrive", "turn", "paddle", "sail", "row", "cycle", "drive", "fly"]
)  # fmt: skip
"""Verbs of going or gathering somewhere, which a clause of purpose tells the act of ("wad"
is the lemmatizer's "waded")."""


def _went_to_do(node: Any) -> Any | None:
    """The act a going or a gathering was for, told by a clause of purpose, else None.

    "Volunteers waded into the river on Sunday to release 2,000 trout" dates the release;
    "hundreds gathered on the quay on Saturday to watch the boat's return" the watching; a
    particle keeps its own verb ("turned out"): only "to" and a verb right after the going
    and its places is the purpose.
    """
    if str(node.lemma_).lower() not in _GOING:
        return None
    return next(
        (
            child
            for child in node.children
            if child.dep_ in ("advcl", "xcomp")
            and child.pos_ == "VERB"
            and child.i > node.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ),
        None,
    )


LEAVING_IN_A_STATE = frozenset(
    ["leave", "keep", "have", "get", "see", "find", "make", "render", "hold", "put"]
)
"""Verbs whose object a participle may tell the state of ("leaving 80 households forced from
their homes", "found 12 cars damaged"): the count is the state's."""


def _object_of_an_act(head: Any) -> bool:
    """Whether a counted noun is the object or the subject of a verb that does something.

    A participle after it then only picks out which ones: "is recalling 48,000 seats sold
    since 2021" counts the seats recalled, "bought 40 homes built in the 1960s" the homes
    bought, "23 operations planned for Tuesday were cancelled" the operations cancelled;
    not "leaving 80 households forced from their homes" (:data:`LEAVING_IN_A_STATE`). A
    participle that tells a state ("recorded 312 pups found dead") keeps the count
    (:func:`_in_a_state`), and so does one after people as the subject: "two police
    officers involved in the shooting were arrested" are counted as who was involved, the
    group the participle picks out. A participle with its own auxiliary is a clause of its
    own ("led to 18 schools being evacuated"): the count is its.
    """
    verb = head.head
    subject = head.dep_ in ("nsubjpass", "nsubj") and head.lemma_.lower() not in PEOPLE
    return (
        (head.dep_ == "dobj" or subject)
        and verb.pos_ == "VERB"
        and str(verb.lemma_).lower() not in LEAVING_IN_A_STATE | NOT_EVENTS_OF_THEIR_OWN
    )


def _in_a_state(participle: Any) -> bool:
    """Whether a participle tells a state its noun was found in: "312 pups found dead"."""
    return any(c.dep_ in ("oprd", "acomp") for c in participle.children)


_LOOSE_PARTICLES = frozenset(["along", "about", "around", "through", "by"])
"""Particles that make no verb of their own with a light verb: "were taken along with
£400" is a taking."""


def _takes_effect(verb: Any, lemma: str) -> bool:
    """Whether a light verb says a rule starts to apply: "take effect", "come into force"."""
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_ == "effect" for c in verb.children)
    if lemma == "come":
        return any(
            c.dep_ == "prep"
            and c.lower_ == "into"
            and any(g.lemma_ in ("force", "effect") for g in c.children)
            for c in verb.children
        )
    return False


_PRICING = frozenset(["pay", "charge", "cost", "earn", "receive"])
_LESS_OR_MORE = {"less": "cut", "lower": "cut", "more": "raise", "higher": "raise"}


def _paid_less_or_more(doc: Any, span: tuple[int, int]) -> str | None:
    """The change a sum paid "less" or "more" tells: "cut" or "raise", else None.

    "Would pay them 2.8 cents less per litre" cuts the price by 2.8 cents, as "will cut
    the price it pays by 3.2 cents" does; "will charge £5 more a month" raises it.
    """
    after = next((t for t in doc if t.idx >= span[1]), None) if doc is not None else None
    return None if after is None else _LESS_OR_MORE.get(after.lower_)


CHANGED_BY = frozenset(
    ["cut", "reduce", "raise", "increase", "lower", "slash", "trim", "lift", "boost", "hike"]
)
"""Verbs that change an amount by a figure "by" tells: "cut the volume by 30%"."""


def _changed_by(doc: Any, span: tuple[int, int]) -> Any | None:
    """The change a figure after "by" measures, when the parse hangs it on a relative clause.

    In "is cutting the volume of apples it buys from them by 30%" and "would cut the amount
    of fruit it takes from them by a fifth", "by 30%" is read as the buying's: but a
    relative clause of the thing changed only says which thing, and the figure is the
    cut's (:data:`CHANGED_BY`). None unless the thing is the object of such a verb.
    """
    tokens = _span_tokens(doc, span) if doc is not None else []
    if not tokens:
        return None
    by = next((t for t in tokens[0].ancestors if t.dep_ == "prep"), None)
    if by is None or by.lower_ != "by" or by.head.dep_ != "relcl":
        return None
    thing = by.head.head
    while thing.dep_ == "pobj" and thing.head.dep_ == "prep":
        thing = thing.head.head  # "the volume of apples": the volume
    verb = thing.head
    if thing.dep_ == "dobj" and str(verb.lemma_).lower() in CHANGED_BY:
        return verb
    return None


_MISREAD_AS_CLAUSES = frozenset(["ccomp", "csubj", "csubjpass", "advcl", "nsubj", "nsubjpass"])
"""Links a parser gives a noun's participle it read as a clause ("trials listed" as ccomp,
"pupils taught" as csubjpass, "operations booked" as nsubjpass of the verb after)."""


def _reduced_relative(node: Any, span: tuple[int, int]) -> Any | None:
    """The verb a participle misread as a clause of its own tells of, or None.

    In "14 trials listed over the next three weeks are being moved" the parser may read
    "trials listed" as subject and verb, and the clause as the complement of "are being
    moved", which is left without a subject: "listed" only picks out which trials, and
    the count is the moving's. So a past participle with a subject and no auxiliary of
    its own, set before a verb that has an auxiliary and no subject, is read as the
    noun's participle ("40 flights scheduled for Friday were cancelled" parsed right
    counts the cancelling too). Only the subject's own figures move so: "over the next
    three weeks" stays the listing's.
    """
    if node is None or node.tag_ != "VBN" or node.dep_ not in _MISREAD_AS_CLAUSES:
        return None
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or not subject.left_edge.idx <= span[0] < subject.right_edge.idx + len(
        subject.right_edge
    ):
        return None
    verb = node.head
    kids = [c.dep_ for c in node.children]
    verb_kids = [c.dep_ for c in verb.children if c.i != node.i]
    if (
        verb.i > node.i
        and verb.pos_ == "VERB"
        and "nsubj" in kids
        and not {"aux", "auxpass"} & set(kids)
        and {"aux", "auxpass"} & set(verb_kids)
        and not {"nsubj", "nsubjpass", "expl"} & set(verb_kids)
    ):
        return verb
    return None


def _be_to(node: Any) -> Any | None:
    """The verb "be to" looks ahead to, or None.

    "Nine of the 14 toilets are to close" tells a closing to come, as "will close" does;
    "the mayor is to step down in May", a stepping down: the date or count is the verb's.
    So does "be set to": "950 homes are set to be insulated" counts homes to be insulated.
    """
    if node is None or str(node.lemma_).lower() not in ("be", "set"):
        return None
    if str(node.lemma_).lower() == "set" and not any(c.dep_ == "auxpass" for c in node.children):
        return None  # "the council set the budget", "set out to": not "are set to"
    return next((c for c in node.children if c.dep_ == "xcomp" and _infinitive(c)), None)


KEEPING = frozenset(["keep", "leave", "hold", "have"])
"""Verbs that keep their object in a state a participle tells: "kept the plasma burning for
58 seconds" and "held the plasma stable for 48 seconds" tell one keeping, "kept the pumps
running for 40 hours" and "operated the pumps for 36 hours" one working of the pumps."""

COMING_UPON = frozenset(["find", "discover", "spot", "catch", "uncover"])
"""Verbs that come upon their object in a state a participle tells: "found 13 plants growing
near a creek" counts what was found, as "23 plants were found", and "discovered 40 people
sheltering in the gym" counts the people found, as "40 people were discovered"."""


def _kept_by(node: Any) -> Any | None:
    """The verb of keeping (:data:`KEEPING`) whose object's state a participle tells, or None.

    The parse sets "burning" of "kept a plasma burning" under "kept" or under "plasma".
    """
    if node.tag_ != "VBG" or node.dep_ not in ("xcomp", "acl", "oprd"):
        return None
    head = node.head
    if node.dep_ == "acl":
        head = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    return head if head is not None and str(head.lemma_).lower() in KEEPING else None


def _come_upon(node: Any, doc: Any, span: tuple[int, int]) -> Any | None:
    """The verb of finding (:data:`COMING_UPON`) that came upon the counted thing, or None.

    The parse reads "found 13 plants growing" as a clause of its own under "found", with
    "plants" its subject: only that subject is the finding's. What the participle's own
    words tell ("found ambulances queuing for nearly 12 hours") stays the state's.
    """
    if node.tag_ != "VBG" or node.dep_ not in ("ccomp", "xcomp", "oprd"):
        return None
    if str(node.head.lemma_).lower() not in COMING_UPON:
        return None
    head = _span_head(doc, span)
    if head is None or head.head.i != node.i or head.dep_ != "nsubj":
        return None
    return node.head


def _done_so(node: Any) -> Any | None:
    """The verb "do so" stands for: the last content verb before it in its sentence, or None.

    "intends to pay the wages but had not done so by last night": the date is the paying's;
    "promised to repair the roof but had not done so by Friday": the repair's.
    """
    if str(node.lemma_).lower() != "do" or not any(
        c.dep_ == "advmod" and c.lower_ == "so" for c in node.children
    ):
        return None
    before = (
        t for t in reversed(node.doc[node.sent.start : node.i])
        if t.pos_ == "VERB" and t.dep_ not in ("acl", "amod")  # not "the wages owed"
        and str(t.lemma_).lower() not in NOT_EVENTS_OF_THEIR_OWN
    )  # fmt: skip
    return next(before, None)


NOT_EVENTS_OF_THEIR_OWN = LIGHT | MODALS | frozenset(["be"])
"""Verbs that do not name an event: a date or count they govern belongs to no verb."""


OCCASION_DEPS = frozenset(["nmod", "compound", "amod", "poss", "npadvmod"])
"""How a date hangs on the noun of the occasion it names ("their Jan. 27 dinner")."""


OCCURRING = frozenset(["happen", "occur", "erupt", "strike", "start", "begin", "unfold"])
"""Verbs that say only that their subject happened: a date in a relative clause of one
("the crash that happened on Monday") dates the noun, as "Monday's crash" does."""


_NOMINAL_DEPS = frozenset(["pobj", "dobj", "nsubj", "nsubjpass", "attr"])
"""Where a word stands as a noun: "in yesterday's final", "won Sunday's final"."""


def occasion_of(doc: Any, span: tuple[int, int]) -> str | None:
    """The noun of the occasion a date names, as a lemma; None for a date of a verb.

    "during their Jan. 27 dinner" gives "dinner", "a Feb. 8, 2017, encounter"
    "encounter", "the March 9 signing" "signing", "in yesterday's final" "final"
    (an adjective the parse reads where a noun stands); "signed on March 10" gives None. A
    relative clause that says only when its noun happened names the noun too: "the
    crash that happened on Monday", "the quake, which struck on Tuesday", "the attack,
    which took place on Friday", "a fire that was set Friday night" (see
    :func:`_occurrence`).
    """
    verb = _climb(doc, span, ("VERB",))
    if verb is not None and (noun := _occurrence(verb)) is not None:
        return noun
    head = _span_head(doc, span)
    if head is None or head.dep_ not in OCCASION_DEPS or head.head.i == head.i:
        return None
    noun = head.head
    if noun.pos_ == "ADJ" and head.dep_ == "poss" and noun.dep_ in _NOMINAL_DEPS:
        return str(noun.lemma_).lower()  # "in yesterday's final": an adjective used as a noun
    if noun.pos_ not in ("NOUN", "VERB") or noun.i < head.i:
        return None  # an occasion follows its date ("the [March 9] signing")
    if noun.pos_ == "VERB" and (
        noun.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children)
    ):
        return None  # "Yesterday, the police explained": the date of a verb, not a noun's
    return str(noun.lemma_).lower() if noun.pos_ == "NOUN" else str(noun.text).lower()


_HELD_ON = re.compile(
    r"\b(" + "|".join(sorted(HELD, key=len, reverse=True)) + r")s?\s+(?:in|on|at)\s+$", re.I
)
_SINCE_HELD = re.compile(
    r"\bsince\s+(?:its|their|his|her|the)\s+("
    + "|".join(sorted(HELD, key=len, reverse=True))
    + r")\s+(?:in|on|at)\s+$",
    re.I,
)
"""An occasion a state is told to run from, with its date: "since its launch in 2023" dates
the launch, whatever verb tells the state ("has sold well")."""


FRAMING_AN_OCCASION = frozenset(
    ["apply", "use", "hold", "schedule", "set", "take", "go", "come", "run", "stand", "due"]
)
"""Verbs that say only that an occasion is held or used, not what was done at it: "the map
will apply from the elections in May 2027"; "pleaded guilty at a hearing on April 3" dates
the plea."""


def _held_on(doc: Any, field: FieldValue) -> str | None:
    """The occasion a date follows with "in", "on" or "at" ("at the elections in May 2026").

    Only nouns of :data:`HELD` ("prices in May" are no occasion of May), and only when the
    date's verb does nothing of its own at the occasion (:data:`FRAMING_AN_OCCASION`).
    Read from the words, however the parse attaches the date ("will apply from the
    district elections in May 2027"), or from the subject of the verb that holds it ("a
    public meeting for residents will be held in the village on March 19").
    """
    before = doc.text[max(0, field.span[0] - 40) : field.span[0]]
    if (since := _SINCE_HELD.search(before)) is not None:
        return since.group(1).lower()  # "has sold well since its launch in 2023"
    if field.governor is not None and field.governor not in FRAMING_AN_OCCASION:
        return None
    m = _HELD_ON.search(before)
    if m is not None:
        return m.group(1).lower()
    verb = _climb(doc, field.span, ("VERB", "AUX"))
    if verb is None or str(verb.lemma_).lower() != field.governor:
        return None
    held = (
        str(c.lemma_).lower()
        for c in verb.children
        if c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "NOUN"
    )
    return next((noun for noun in held if noun in HELD), None)


_DATE_NAMED = re.compile(
    r"\b(?P<noun>(?:[a-z]+(?:-[a-z]+)*\s+)?(?:date|deadline))\s+(?:of|is|was|set\s+for|:)\s*$",
    re.I,
)
"""A noun that a date is the value of: "a best-before date of 31 August", "an expiry date
of June 2026", "a deadline of Friday"."""

_NOT_A_KIND_OF_DATE = frozenset(["a", "an", "the", "its", "their", "his", "her", "same", "new"])


def date_named(text: str, span: tuple[int, int]) -> str | None:
    """The dated noun a date is the value of ("best-before date"), in lower case, else None.

    "carrying a best-before date of 31 August 2025" gives the best-before date, not when
    anything was carried or recalled; "a closing date of June 30" the closing date; "a
    deadline of Friday" the deadline. Two such dates compare only with a date of the same
    noun.
    """
    m = _DATE_NAMED.search(text[max(0, span[0] - 40) : span[0]])
    if m is None:
        return None
    words = m["noun"].lower().split()
    if words[0] in _NOT_A_KIND_OF_DATE:
        words = words[1:]
    return " ".join(words)


DEFERRING = frozenset(["postpone", "delay", "defer", "adjourn", "reschedule"])
"""Verbs that move an event to a later date: "adjourned sentencing until June 21"."""

_TO_A_DATE = re.compile(r"\b(?:until|till|to)\s*$", re.I)


def deferred_to(doc: Any, field: FieldValue) -> str | None:
    """The noun of the event a deferral moves to the date, as a lemma, else None.

    "The judge adjourned sentencing until June 21" dates the sentencing, as "she will be
    sentenced on June 12" does; "the vote was postponed until next Tuesday" the vote, "the
    hearing was adjourned to 3 March" the hearing. The date must follow "until" or "to":
    "on Monday the judge adjourned sentencing" dates the adjourning.
    """
    if field.governor not in DEFERRING:
        return None
    told = doc.text[max(0, field.span[0] - 12) : field.span[0]]
    if not (_TO_A_DATE.search(told) or re.match(r"(?:until|till)\b", field.text, re.I)):
        return None
    verb = _climb(doc, field.span, ("VERB",))
    if verb is None or str(verb.lemma_).lower() not in DEFERRING:
        return None
    thing = next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None
    )
    return None if thing is None else str(thing.lemma_).lower()


def _occurrence(verb: Any) -> str | None:
    """The noun a relative clause of occurrence hangs on, as a lemma, else None.

    The verb says only that the noun happened (:data:`OCCURRING`, "took place", "broke
    out", a fire "was set") and takes no object: "the man who struck the officer on
    Friday" tells the man's act, and "the man who was arrested on Friday" his arrest.
    """
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ != "NOUN":
        return None
    lemma = str(verb.lemma_).lower()
    objects = [str(c.lemma_).lower() for c in verb.children if c.dep_ == "dobj"]
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    happens = (
        (lemma in OCCURRING and not objects)
        or (lemma == "take" and objects == ["place"])
        or (lemma == "break" and not objects and "out" in particles)
        or (lemma == "set" and not objects and passive and verb.head.lemma_ in FIRES)
    )
    return str(verb.head.lemma_).lower() if happens else None


FIRES = frozenset(["fire", "blaze"])
"""Nouns a relative clause "that was set" starts: "a fire that was set Friday night"."""


def act_counted(doc: Any, field: FieldValue) -> str | None:
    """What a count of people counts when they did an act that leaves one thing each.

    "A petition signed by more than 1.8 million people" and "12,000 residents signed
    the petition" count signatures (:data:`COUNTED_BY_ACT`), so they meet "hundreds of
    thousands of signatures". The people must be the doers: the subject of the verb, or
    its agent after "by". A verb with a particle is another act ("signed up for").
    """
    value = field.value
    if not isinstance(value, QuantityValue) or value.unit not in PEOPLE:
        return None
    noun = _span_head(doc, field.span)
    if noun is None:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif noun.dep_ != "nsubj":
        return None
    if verb.pos_ != "VERB" or any(c.dep_ == "prt" for c in verb.children):
        return None
    return COUNTED_BY_ACT.get(str(verb.lemma_).lower())


def _names_a_role(after: str) -> bool:
    """Whether the words after a name make it a modifier of a role: "the Harwick captain"."""
    words = after.split(maxsplit=2)
    return bool(words) and words[0] in _ROLE_HEADS


_ROLE_HEADS = TITLES | frozenset(
    ["leader", "boss", "chief", "manager", "skipper", "spokesman", "spokeswoman",
     "spokesperson", "chairman", "chairwoman", "chair", "head", "owner", "founder"]
)  # fmt: skip
"""Nouns of a role that a name set right before them belongs to ("the Harwick captain")."""


def _credit_people(fields: list[FieldValue]) -> list[FieldValue]:
    """Give each attribution the name key of the person inside it ("said Pete Flores").

    A person named as its speaker comes first: in "Tom Hale, a lawyer for Anna Berg,
    said" the speaker is Hale, not the client named in his apposition; and one named as a
    possessor speaks not at all: "Reid's rep told" and "Trump's lawyer said" credit the rep
    and the lawyer; nor does a name set before a role noun, which says whose role it is
    ("the Harwick captain said": a team, whatever the recognizer took it for).
    """
    people = [f for f in fields if f.kind == "person"]
    out = []
    for f in fields:
        if isinstance(f.value, AttributionValue):
            inside = [
                p
                for p in people
                if f.span[0] <= p.span[0]
                and p.span[1] <= f.span[1]
                and f.text[p.span[1] - f.span[0] :][:2] not in ("'s", "’s")
                and not _names_a_role(f.text[p.span[1] - f.span[0] :])
            ]
            speaker = f.value.speaker or ""
            inside.sort(key=lambda p: p.text in speaker)
            if inside:
                key = getattr(inside[-1].value, "key", None)
                f = f.model_copy(update={"value": f.value.model_copy(update={"person": key})})
        out.append(f)
    return out


COLLECTIVES = frozenset(
    [
        "group", "caravan", "crowd", "convoy", "band", "team", "delegation", "contingent",
        "procession", "column", "line", "queue", "wave", "batch", "fleet", "flotilla",
        "party", "throng", "mob", "gathering",
    ]
)  # fmt: skip
"""Nouns that hold a count ("a caravan of hundreds of migrants"): the phrase is theirs."""
COUNTED_MAX_WORDS = 16
"""Longest description of what a count counts; a long relative clause is cut there."""
MODIFIER_DEPS = frozenset(["compound", "amod", "nmod", "npadvmod"])
"""How a figure hangs on the noun it sizes ("a 25 percent tariff", "a $3 million home")."""


def counted_of(doc: Any, field: FieldValue) -> str | None:
    """The noun phrase a count belongs to, its number and modifier left out.

    "roughly 400 people in the caravan who recently arrived" gives "people in the
    caravan who recently arrived"; a count inside a containing noun ("a caravan of
    hundreds of migrants", "a group of about 100 people") gives that noun's phrase, and
    so does a figure that sizes a noun ("a 25 percent tariff on steel" gives "tariff on
    steel"). An apposition is left out: "18 per cent of their entitlements, the lowest
    in a decade" gives "per cent of their entitlements". A figure coordinated with another
    keeps its own words: "18 percent on steel and 10 percent on aluminum" gives "percent
    on steel" and "percent on aluminum", "two counts of murder, one count of assault"
    "counts of murder"; so does a figure after "is" or "was" whose phrase the parser hung
    on the verb ("was 4.6% for women").
    The across-cluster stage compares these to tell one crowd from another. A sum of
    money gives what it is the amount of when its words say (:func:`_priced`): "a final
    cost of £84.3m" gives "final cost".
    """
    if doc is None:
        return None
    span = field.span
    tokens = _span_tokens(doc, span)
    if not tokens:
        return None
    head = next(
        (t for t in tokens if t.head.i == t.i or not span[0] <= t.head.idx < span[1]), tokens[0]
    )
    assert isinstance(field.value, QuantityValue)
    if field.value.unit in CURRENCIES and (priced := _priced(head)) is not None:
        return priced
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lemma_ in COLLECTIVES:
        head = head.head.head  # "a group of [about 100 people]"
    elif (
        head.dep_ in MODIFIER_DEPS and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i
    ):
        head = head.head  # "a 25 percent [tariff on steel]": the figure sizes the tariff
    number = set(field.value.number_text.lower().split())
    number |= set((field.value.modifier or "").lower().split())
    # "18 percent on steel [and 10 percent on aluminum]", "two counts of murder[, one count
    # of assault]": a coordinated or appended figure is its own
    other = {t.i for c in head.children if c.dep_ in ("conj", "cc", "appos") for t in c.subtree}
    # "of their water entitlements[, the lowest allocation in a decade]": an apposition
    # further down says what the share is, not whose it is
    other |= {
        t.i
        for d in head.subtree
        if d.i >= head.i
        for c in d.children
        if c.dep_ == "appos"
        for t in c.subtree
    }
    kept = [t for t in head.subtree if t.i not in other]
    after = doc[kept[-1].i + 1] if kept[-1].i + 1 < len(doc) else None
    if (
        head.dep_ == "attr"
        and after is not None
        and after.dep_ == "prep"
        and after.head == head.head
    ):
        kept += list(after.subtree)  # "was 4.6% [for women]", the parser's "for" on "was"
    words: list[str] = []
    for t in kept:
        if t.is_punct or (span[0] <= t.idx < span[1] and (t.like_num or t.lower_ in number)):
            continue
        if words and t.lower_ == words[-1].lower():
            continue  # "a caravan of [hundreds] of migrants"
        words.append(t.text)
    if field.value.unit == "%" and words and words[0].lower() == "of":
        words = ["percent", *words]  # "36% of the catch" reads as "36 percent of the catch"
    while words and words[0].lower() in ("of", "than", "and", "between", "a", "an", "the"):
        words = words[1:]
    text = " ".join(words[:COUNTED_MAX_WORDS]).replace(" 's", "'s")
    return text or None


_SIZING = MODIFIER_DEPS | {"nummod"}
"""How a sum hangs on the noun it is the amount of ("the £61m estimate")."""
_PRICED_DEPS = frozenset(["dobj", "attr", "npadvmod", "pobj", "acomp", "oprd"])
"""How a sum hangs on the word that tells what it is: its object or complement."""
_PRICED_BY = {
    "cost": "cost", "worth": "value", "value": "value", "price": "price", "save": "savings",
}  # fmt: skip
"""Words that tell what a sum they govern is: "has cost £91m", "worth some £840,000",
"valued at $2 million", "priced at $400", "would save £1.2m a year" (savings)."""


_PUT_AT = frozenset(["put", "place", "estimate"])
"""Verbs that set a sum on a noun with "at": "put the value of the haul at £1.4 million",
"placed the cost at $2bn", "estimated the bill at £3m"."""


_ESTIMATES = frozenset(["estimate", "figure", "total", "amount", "sum"])
"""Nouns that give a sum of something else named after "of": "the estimate of the bill"."""


def _subject_priced(verb: Any) -> Any | None:
    """The noun a copula's sum is the amount of: its subject ("the repair bill is £1.2m").

    An estimate or a figure of something gives that thing: "its early estimate of the
    repair bill is £1.2 million" is the bill's amount.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if subject.lemma_.lower() in _ESTIMATES and (told := _of_noun(subject)) is not None:
        return told
    return subject


def _of_noun(noun: Any) -> Any | None:
    """The noun told after a noun's "of" ("the cost of [the scheme]"), else None."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    told = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    return told if told is not None and told.pos_ == "NOUN" else None


def _priced(head: Any) -> str | None:
    """What a sum of money is the amount of, in the words of its noun, else None.

    "a final cost of £84.3m" gives "final cost", "a winner's cheque of £58,000" "winner's
    cheque", "the £61m estimate" "estimate"; "has cost £91m" gives "cost", "worth some
    £840,000" and "valued at $2 million" "value", but "holdings worth £86m" "value of
    holding", "the fund, worth £3bn" "value of fund" and "her estate, valued at £4.2m"
    "value of estate" (the values of named things); "a loss before tax of £64.8m" gives
    "loss". The figure's own words and the noun's determiners are left out; a sum with none
    of these (the object of "paid", "raised") gives None.
    """
    noun = None
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        noun = head.head.head  # "a final cost of £84.3m"
        if (
            noun.lemma_ == "tax"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("before", "after")
            and noun.head.i > 0
            and (told := noun.doc[noun.head.i - 1]).pos_ == "NOUN"
        ):
            noun = told  # "a loss before tax of £64.8m": the loss, not the tax
    elif head.dep_ in _SIZING and _a_noun(head.head) and head.head.i > head.i:
        noun = head.head  # "the £61m estimate"
    elif (
        head.dep_ in _SIZING and head.head.i > head.i and (pot := _named_pot(head.head)) is not None
    ):
        return pot  # "the £250,000 Neighbourhood Choices Fund": a fund
    elif head.dep_ == "attr" and head.head.lemma_ == "be":
        noun = _subject_priced(head.head)  # "the repair bill is £1.2 million"
        if noun is not None and (thing := _of_noun(noun)) is not None:
            return f"{noun.lemma_.lower()} of {thing.lemma_.lower()}"  # "the cost of the scheme"
    if noun is not None:
        if noun.lemma_ in COLLECTIVES:
            return None
        words = [
            w.text
            for t in noun.lefts
            if t.dep_ in ("amod", "compound", "poss") and t.i < head.left_edge.i
            for w in t.subtree
            if w.dep_ != "det"
        ]
        return " ".join([*words, noun.text]).replace(" 's", "'s").replace(" ’s", "’s").lower()
    if (kind := _paid_in(head)) is not None:
        return kind  # "£85,000 in damages", "$2 million in compensation"
    if (kind := _paid_towards(head)) is not None:
        return kind  # "£2,000 towards the prosecution's costs"
    if head.dep_ not in _PRICED_DEPS:
        return None  # "or roughly $400 million an hour": a figure set beside another
    governor = head.head
    if governor.dep_ == "prep" and governor.lower_ == "at":
        governor = governor.head  # "valued at $2 million"
        if governor.lemma_.lower() in _PUT_AT:
            # "put the value of the whisky at £600,000": what is put at the sum
            told = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if told is not None and told.pos_ == "NOUN" and told.lemma_ not in COLLECTIVES:
                return _PRICED_BY.get(told.lemma_.lower(), told.lemma_.lower())
    priced = _PRICED_BY.get(governor.lemma_.lower())
    if priced == "value" and (owner := _valued_owner(governor)) is not None:
        return f"value of {owner}"  # "holdings worth £86m": theirs, not the fund's
    if priced == "value" and governor.dep_ == "acomp" and governor.head.lemma_ == "be":
        subject = _subject_priced(governor.head)
        if subject is not None and subject.lemma_.lower() in _SUMS_THEMSELVES:
            return str(subject.lemma_).lower()  # "the prize is worth £12,000": the prize
    return priced


_POTS = frozenset(["fund", "appeal", "pot"])
"""Nouns that end the name of a pot of money: "the £250,000 Neighbourhood Choices Fund"."""


def _named_pot(token: Any) -> str | None:
    """The word "fund" when a sum sizes a name ending in a pot (:data:`_POTS`), else None."""
    return "fund" if token.pos_ == "PROPN" and token.lower_ in _POTS else None


_SUMS_THEMSELVES = frozenset(
    ["prize", "award", "grant", "contract", "deal", "bonus", "payout", "settlement", "jackpot"]
)
"""Nouns that are a sum themselves: what one "is worth" is its amount ("the prize is worth
£12,000" is a £12,000 prize; "the contract is worth £4 million" a £4 million contract)."""


_NOT_PAID_IN = frozenset(
    ["total", "all", "cash", "part", "full", "advance", "instalment", "installment", "year",
     "month", "week", "day", "revenue", "sales", "value", "return", "person", "kind"]
)  # fmt: skip
"""Nouns after "a sum in" that tell how or when it was paid, not what it is ("£50,000 in
total", "$5,000 in cash", "£2m in a year"), or measure the sum itself ("in value")."""


_NOMINAL = frozenset(["dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos"])
"""Roles only a noun fills: a word tagged as an adjective in one ("pay a £9,000 fine") is
the noun."""


def _a_noun(token: Any) -> bool:
    """Whether a token is a noun, or a word the tagger took for an adjective in a noun's role."""
    return bool(token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.dep_ in _NOMINAL))


def _paid_in(head: Any) -> str | None:
    """What a sum is, told right after it by "in" or "of" and a bare noun, else None.

    "£85,000 in damages", "$2 million in compensation", "£3m in libel damages", "£2.3m of
    national funding", "$40m of public money" (the noun with its modifiers); not "in
    total" or "in cash" (:data:`_NOT_PAID_IN`), "in 2024", "in London", "in the first year"
    or "£2m of the budget" (a noun with a determiner is a place, a time or a whole).
    """
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if after is None or after.lower_ not in ("in", "of"):
        return None
    noun = next((c for c in after.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in _NOT_PAID_IN:
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None
    words = [w for w in noun.subtree if w.i <= noun.i and w.i > after.i]
    if any(w.pos_ not in ("NOUN", "ADJ", "PROPN") for w in words):
        return None
    return " ".join(w.text for w in words).lower()


def _paid_towards(head: Any) -> str | None:
    """What a sum is paid towards, told right after it, else None.

    "More than £2,000 towards the prosecution's costs" gives "costs", "$500 toward the
    repairs" "repairs"; not "towards the end of the year" (a time, :data:`_NOT_PAID_IN`).
    """
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if after is None or after.lower_ not in ("towards", "toward"):
        return None
    noun = next((c for c in after.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() in _NOT_PAID_IN | _SPOTS:
        return None
    return str(noun.text).lower()


_SPOTS = frozenset(["end", "start", "beginning", "middle", "close", "top", "bottom"])
"""Nouns after "towards" that place something, not what a sum is for ("towards the end")."""


def _valued_owner(word: Any) -> str | None:
    """The noun that "worth" or "valued" prices, right before it, if any.

    "Holdings worth £86m", "the fund, worth £3bn", "her estate, valued at £4.2m"; not "the
    notes were worth", whose noun is the clause's subject.
    """
    if word.dep_ in ("amod", "acl") and word.head.pos_ == "NOUN" and word.head.i < word.i:
        return str(word.head.lemma_).lower()
    before = word.nbor(-1) if word.i > 0 else None
    if before is not None and before.text == "," and before.i > 0:
        before = before.nbor(-1)
    if before is not None and before.pos_ == "NOUN":
        return str(before.lemma_).lower()
    return None


def _drop_shadowed(fields: Iterable[FieldValue]) -> list[FieldValue]:
    """Drop names that sit inside a date or quantity ("March 9" is not a place)."""
    fields = list(fields)
    typed = [f.span for f in fields if f.kind in ("date", "quantity")]
    kept = [
        f
        for f in fields
        if f.kind not in NameExtractor.kinds
        or not any(a <= f.span[0] and f.span[1] <= b for a, b in typed)
    ]
    return sorted(kept, key=lambda f: (f.span[0], f.span[1], f.kind))


def add_fields(
    claims: Sequence[Claim],
    published: dt.date | None,
    *,
    spacy_model: str,
    source_text: str | None = None,
) -> list[Claim]:
    """Return ``claims`` (all of one source) with their fields filled in.

    A headline in title case is parsed as its source writes those words elsewhere
    (:func:`sentence_cased`); its fields keep the headline's own words. Given the
    source's text, a "she" or "he" that speaks is named (:func:`credit_pronouns`), and so
    is a surname that speaks alone (:func:`credit_surnames`), and the sentences of a
    quotation credited once are credited all (:func:`credit_quotations`).
    """
    read = sentence_cased([c.text for c in claims], nlp.stop_words(spacy_model))
    docs = nlp.parse(read, spacy_model)
    out = []
    for claim, text, doc in zip(claims, read, docs, strict=True):
        found = fields_of(text, published, spacy_model=spacy_model, doc=doc)
        if text != claim.text:
            found = [_as_written(f, claim.text) for f in found]
        shifted = tuple(
            f.model_copy(update={"span": (f.span[0] + claim.span[0], f.span[1] + claim.span[0])})
            for f in found
        )
        out.append(claim.model_copy(update={"fields": shifted}))
    out = days_told_before(out)
    if source_text is None:
        return out
    return credit_quotations(credit_surnames(credit_pronouns(out, source_text)), source_text)


_REFERENT_REACH = 2
"""How many claims back a "that night" with no date in its sentence looks for its day."""


def days_told_before(claims: Sequence[Claim]) -> list[Claim]:
    """Claims of one source with "that night" / "the same day" read from the claim before.

    A day anaphor with no date before it in its sentence is read as the publication day
    (:data:`~checkfacts.models.DateReading.ANAPHOR`); when one of the claims just before
    it tells one day outright, that is the day it means: "The man was arrested on
    Tuesday. He was charged with burglary that night." A headline is no referent.
    """
    out: list[Claim] = []
    last: tuple[int, DateValue, str] | None = None
    for i, claim in enumerate(claims):
        fields = list(claim.fields)
        for j, f in enumerate(fields):
            if not isinstance(f.value, DateValue) or last is None or i - last[0] > _REFERENT_REACH:
                continue
            if (value := anaphor_from(f.value, last[1], last[2])) is not None:
                fields[j] = f.model_copy(update={"value": value})
        if claim.kind != "headline":
            for f in fields:
                if isinstance(f.value, DateValue) and refers_a_day(f.value):
                    last = (i, f.value, f.text)
        out.append(
            claim.model_copy(update={"fields": tuple(fields)})
            if fields != list(claim.fields)
            else claim
        )
    return out


def subjects(claim: Claim) -> list[str]:
    """The people a claim names as the doer of what it reports, or as its speaker, by keys."""
    doers = {
        w
        for f in claim.fields
        if f.kind == "event" and isinstance(f.value, EventValue) and not f.value.aside
        for w in (f.value.subject or "").split()
    } | {
        surname(f.value.person)
        for f in claim.fields
        if isinstance(f.value, AttributionValue) and f.value.person
    }
    named = {
        f.value.key
        for f in claim.fields
        if f.kind == "person" and isinstance(f.value, NameValue) and f.value.key
        and (surname(f.value.key) in doers or _set_off_to_speak(f, claim))
    }  # fmt: skip
    for word in doers - {surname(k) for k in named}:
        # "The yard's owner, Gareth Pennock, has traded": a doer the recognizer took no
        # person for, named by first name and surname set off after the subject's role
        if m := re.search(rf",\s+([A-Z][a-z'’-]+)\s+({word.capitalize()}),", claim.text):
            named.add(f"{m[1]} {m[2]}".lower())
    return sorted(named, key=lambda k: (-len(k), k))


_SET_OFF = re.compile(r"^(?:[^,]{1,60},\s*)?$")
_TO_SPEAK = re.compile(r"^,\s+(?:said|says|told|added)\b")


def _set_off_to_speak(person: FieldValue, claim: Claim) -> bool:
    """Whether a person set off after the claim's head speaks, told by name and "said".

    "Harbour Films' location manager, Rhys Calloway, said the crew would ...": a "said"
    before a clause gives no attribution field.
    """
    start, end = claim.offsets(person.span)
    return bool(_SET_OFF.match(claim.text[:start]) and _TO_SPEAK.match(claim.text[end:]))


def _ending_paragraph_before(before: Sequence[Claim], claim: Claim, text: str) -> Claim | None:
    """The claim that ends the paragraph right before ``claim``'s, or None.

    Only when ``claim`` opens its own paragraph with a quotation.
    """
    start = text.rfind("\n", 0, claim.span[0]) + 1
    if not before or not text[start : claim.span[0] + 1].lstrip().startswith(('"', "“")):
        return None
    last = max(before, key=lambda c: (c.span[1], c.span[1] - c.span[0]))  # not an aside
    gap = text[last.span[1] : start]
    return last if not gap.strip() and gap.count("\n") <= 2 else None


def _quoted_before(person: FieldValue, saying: FieldValue, claim: Claim) -> bool:
    """Whether a person is named inside the quotation a "he said" closes.

    '"Maren has made this theatre ...," he said' names Maren in the words quoted, not as
    the speaker.
    """
    if person.span[1] > saying.span[0]:
        return False
    between = claim.text[person.span[1] - claim.span[0] : saying.span[0] - claim.span[0]]
    return '"' in between or "”" in between


def credit_pronouns(claims: Sequence[Claim], text: str) -> list[Claim]:
    """Name the "he" or "she" a claim credits, from the claim right before it.

    Papers name a speaker once and go on with a pronoun: 'Council leader Rosa Kemp
    defended the rise. "Every pound ...," she told the meeting.' credits Kemp. A "he" or
    "she" that speaks is the one person the claim right before it, in its paragraph, names
    as the doer of what it reports or as its speaker, when the claim itself names no one;
    else it stays unnamed, and is not compared: in 'He did not say what Reid was being
    treated for. "We appreciate your respect," he said.' Reid is no doer, and "he" stays
    unnamed. A paragraph is a line of the source; only a paragraph that opens with the
    quotation takes its speaker from the claim that ends the paragraph before ('Councillor
    Maeve Dunstall said officers had looked at every option.' then '"We cannot let the
    list grow," she said.').
    """
    out = list(claims)
    for n, claim in enumerate(out):
        start = text.rfind("\n", 0, claim.span[0]) + 1
        earlier = [c for c in out[:n] if c.span[0] >= start and c.span[1] <= claim.span[0]]
        saying = [f for f in claim.fields if isinstance(f.value, AttributionValue)]
        pronoun = next(
            (
                f
                for f in saying
                if isinstance(f.value, AttributionValue)
                and (f.value.speaker or "").lower() in ("he", "she")
            ),
            None,
        )
        if pronoun is None:
            continue
        named = [
            f for f in claim.fields if f.kind == "person" and not _quoted_before(f, pronoun, claim)
        ]
        if named:
            continue
        # the claim that ends last before it (an appositive's extra part ends earlier)
        last = max(earlier, key=lambda c: (c.span[1], c.span[1] - c.span[0]), default=None)
        before = last if last is not None else _ending_paragraph_before(out[:n], claim, text)
        people = subjects(before) if before is not None else []
        if len({surname(k) for k in people}) != 1:
            continue  # no one, or two people: "she" is not known
        assert isinstance(pronoun.value, AttributionValue)
        credited = pronoun.model_copy(
            update={"value": pronoun.value.model_copy(update={"person": people[0]})}
        )
        fields = [credited if f is pronoun else f for f in claim.fields]
        out[n] = claim.model_copy(update={"fields": tuple(fields)})
    return out


QUOTE_GAP_WORDS = 6
"""Most words between a quotation and its credit ('," the council's deputy leader,
Councillor ...' names its speaker in the credit itself)."""


def _marks(text: str, inside: bool) -> tuple[bool, bool]:
    """Whether ``text`` has words outside quotation marks, and whether it ends inside one.

    ``inside`` says whether it starts inside one. Curly marks open and close, straight
    ones alternate, as :func:`checkfacts.claims._quoted` reads them.
    """
    outside = False
    for ch in text:
        if ch == "\u201c":
            inside = True
        elif ch == "\u201d":
            inside = False
        elif ch == '"':
            inside = not inside
        elif ch.isalnum() and not inside:
            outside = True
    return outside, inside


def _inside_at(text: str, at: int) -> bool:
    """Whether position ``at`` sits inside a quotation of its paragraph."""
    start = text.rfind("\n", 0, at) + 1
    return _marks(text[start:at], False)[1]


def _by_a_quotation(f: FieldValue, text: str) -> bool:
    """Whether a credit stands right by a quotation, a few words from its marks at most.

    After its closing mark ('...," council leader Rosa Kemp said') or before its opening
    one ('The coach said: "...'), with no sentence's end between.
    """
    line = text.rfind("\n", 0, f.span[0]) + 1
    end = text.find("\n", f.span[1])
    before = text[line : f.span[0]]
    after = text[f.span[1] : end if end >= 0 else len(text)]
    close = max(before.rfind('"'), before.rfind("\u201d"))
    opening = min((i for i in (after.find('"'), after.find("\u201c")) if i >= 0), default=-1)
    closes = close >= 0 and not _inside_at(text, f.span[0]) and _few_words(before[close + 1 :])
    opens = opening >= 0 and not _inside_at(text, f.span[1]) and _few_words(after[:opening])
    return closes or opens


def _few_words(gap: str) -> bool:
    """Whether the words between a credit and its quotation are a few, in one sentence."""
    return len(gap.split()) <= QUOTE_GAP_WORDS and not re.search(r"[.!?]", gap)


def credit_quotations(claims: Sequence[Claim], text: str) -> list[Claim]:
    """Credit every sentence of a quotation to the one speaker its paragraph names by it.

    Papers credit a quotation of several sentences once: '"The depot will shut on 1 May.
    We looked at every option," council leader Rosa Kemp said.' credits the first
    sentence to Kemp as much as the second, and so does '"We will appeal," said the
    coach, Ivo Lind. "The ban is unjust."' for the sentence after the credit. A claim is
    credited only when all its words are quoted, and its paragraph holds one credit that
    names a speaker and stands right by a quotation mark; a paragraph that credits two
    speakers, or quotes and reports in its own words, leaves it as it is.
    """
    out = list(claims)
    paragraphs: dict[int, list[int]] = {}
    for n, claim in enumerate(out):
        if claim.kind != "headline":
            paragraphs.setdefault(text.rfind("\n", 0, claim.span[0]) + 1, []).append(n)
    for members in paragraphs.values():
        credits = {
            f.span: f
            for n in members
            for f in out[n].fields
            if isinstance(f.value, AttributionValue) and f.value.speaker
        }
        if len(credits) != 1:
            continue
        credit = next(iter(credits.values()))
        if not _by_a_quotation(credit, text):
            continue
        # in reading order, an aside (a part within another claim's words) left out
        told = [
            n
            for n in sorted(members, key=lambda n: out[n].span)
            if not any(
                m != n and out[m].span != out[n].span
                and out[m].span[0] <= out[n].span[0] and out[n].span[1] <= out[m].span[1]
                for m in members
            )
        ]  # fmt: skip
        holds = [credit in out[n].fields for n in told]
        quoted = [not _marks(out[n].text, _inside_at(text, out[n].span[0]))[0] for n in told]
        for i, n in enumerate(told):
            if holds[i] or not quoted[i] or any(f.kind == "attribution" for f in out[n].fields):
                continue
            # one quotation runs from the claim to its credit: no words of the paper's between
            ahead = next((j for j in range(i + 1, len(told)) if holds[j] or not quoted[j]), None)
            behind = next((j for j in range(i - 1, -1, -1) if holds[j] or not quoted[j]), None)
            if (ahead is not None and holds[ahead]) or (behind is not None and holds[behind]):
                out[n] = out[n].model_copy(update={"fields": (*out[n].fields, credit)})
    return out


def _full_name(speaker: str | None) -> str | None:
    """A speaker's first name and surname as a name key, when it ends in them.

    "Fire Chief Dolores Ruiz" gives "dolores ruiz"; "Fire Chief Ruiz" (a title and a
    surname) and "the union" give None.
    """
    words = (speaker or "").split()
    if len(words) < 2 or not all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words[-2:]):
        return None
    if words[-2].lower() in TITLES:
        return None
    return " ".join(words[-2:]).lower()


_NO_NAME_WORDS = BODIES | frozenset(
    ["police", "pictures", "group", "trust", "ltd", "limited", "plc", "club", "society",
     "association", "services", "partnership", "company", "school", "college", "university",
     "hospital", "news", "press", "radio", "lane", "road", "street", "park", "centre",
     "center", "fire", "rescue", "ambulance", "foundation", "charity", "union", "bank",
     "church", "office", "service", "court", "museum", "library", "theatre", "hall"]
)  # fmt: skip
"""Words that make a capitalised speaker a body or a place, not a person: "Wessmark Police",
"Northlight Pictures", "Tannery Lane"."""


def _named_speaker(field: FieldValue, claim: Claim) -> str | None:
    """The name key of a speaker told by first name and surname alone, if that is all it is.

    "Sandra Mbeki" gives "sandra mbeki"; "Wessmark Police", "Northlight Pictures" and a
    speaker the recognizer read as a body or a place give None.
    """
    v = field.value
    if not isinstance(v, AttributionValue) or v.person or not v.speaker:
        return None
    words = v.speaker.split()
    if len(words) != 2 or any(w.lower().strip("'’") in _NO_NAME_WORDS for w in words):
        return None
    if words[0].lower().rstrip(".") in COURTESY_TITLES | TITLES:
        return None  # "Ms Garside said": a surname, credited from the source's full names
    start = claim.text.find(v.speaker)
    if start < 0:
        return None
    end = start + len(v.speaker)
    for f in claim.fields:
        # a recognizer's "GPE" for two words that speak is a person it did not know
        if f.kind == "place" or (f.kind == "org" and getattr(f.value, "label", None) != "GPE"):
            fa, fb = claim.offsets(f.span)
            if fa < end and start < fb:
                return None
    return _full_name(v.speaker)


def credit_surnames(claims: Sequence[Claim]) -> list[Claim]:
    """Name the person a surname speaking alone stands for, from the source's other claims.

    Papers give a speaker's full name once and go on with the surname: 'Fire Chief Elena
    Ruiz opposed the cut.' then '"We are gambling with response times," Ruiz said.'
    credits Elena Ruiz, where the recognizer did not take "Ruiz" alone for a person. Only
    when the source names one person of that surname; two ("Ada Marsh", "Tom Marsh")
    leave it unnamed.
    """
    people: dict[str, set[str]] = {}
    for claim in claims:
        for f in claim.fields:
            if f.kind == "person" and isinstance(f.value, NameValue) and " " in f.value.key:
                people.setdefault(surname(f.value.key), set()).add(f.value.key)
            elif isinstance(f.value, AttributionValue) and (key := _full_name(f.value.speaker)):
                people.setdefault(surname(key), set()).add(key)  # "Fire Chief Dolores Ruiz"
    out = list(claims)
    for n, claim in enumerate(out):
        fields = list(claim.fields)
        for i, f in enumerate(fields):
            v = f.value
            if not isinstance(v, AttributionValue) or v.person or not v.speaker:
                continue
            word = v.speaker.strip()
            if (key := _named_speaker(f, claim)) is not None:
                # "Sandra Mbeki, the council's head of early years, told members:" where the
                # recognizer took no person: the speaker's own first name and surname
                fields[i] = f.model_copy(update={"value": v.model_copy(update={"person": key})})
                continue
            if not re.fullmatch(r"[A-Z][\w'’-]+", word):
                continue
            keys = people.get(word.lower(), set())
            # "librarian ines castell" (a title the recognizer took in) is "ines castell"
            keys = {k for k in keys if not any(o != k and k.endswith(" " + o) for o in keys)}
            if len(keys) == 1:
                fields[i] = f.model_copy(
                    update={"value": v.model_copy(update={"person": next(iter(keys))})}
                )
        out[n] = claim.model_copy(update={"fields": tuple(fields)})
    return out


TITLE_CASE_SHARE = 0.8
"""Share of a line's longer words (four letters or more) that start with a capital for the
line to be a headline in title case."""

RUNNING_WORDS = 20
"""Fewest lower-case words a source's other lines must give for a headline to be read by
them."""

_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TITLED = re.compile(r"\b[A-Z][a-z]+(?:['’][a-z]+)?\b")


def title_cased(text: str) -> bool:
    """Whether ``text`` is a headline in title case ("Actress Checks Into Rehab").

    Most of its longer words start with a capital and none of five letters or more is
    in lower case: a sentence crowded with names ("they formed the Valley Farmers
    Association") still writes its verbs in lower case.
    """
    words = [w for w in _WORDS.findall(text) if len(w) > 3]
    if len(words) < 3 or any(w.islower() and len(w) >= 5 for w in words):
        return False
    return sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def sentence_cased(texts: Sequence[str], stop_words: Collection[str] = ()) -> list[str]:
    """``texts`` with each title-case headline's words in lower case, but for its names.

    A parser trained on running text reads "Actress Finally Checks Into Rehab" as one
    long name and finds no verb. A word of the headline is lowered when the source's
    other lines write it, or a form of it ("checked" for "Checks"), in lower case more
    often than they capitalise it inside a sentence, and so is a function word of
    ``stop_words`` ("into", "after") they never capitalise there. Names keep their
    capitals ("Lohan", and "Page" in a story that calls Bettie Page by her surname), as
    does a word the other lines never use and the first word. Only the case changes, so
    every span stays where it was.
    """
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        if title_cased(text):
            continue
        for m in _WORDS.finditer(text):
            word = m.group()
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and text[: m.start()].rstrip()[-1:] not in _OPENERS:
                upper[word.lower()] += 1
    if sum(lower.values()) < RUNNING_WORDS:
        return list(texts)  # a headline alone says nothing of how its words are written
    stems: Counter[str] = Counter()
    for word, k in lower.items():
        for n in range(3, len(word) + 1):
            stems[word[:n]] += k

    def common(word: str) -> bool:
        low = word.lower().replace("’", "'")
        if low.endswith("n't") or (low in stop_words and not upper[low]):
            return True  # "Won't", "Into": never a name
        stem = low[: max(3, len(low) - (1 if len(low) <= 5 else 2))]  # "dies" / "died"
        return stems[stem] > upper[low]

    out = []
    for text in texts:
        if not title_cased(text):
            out.append(text)
            continue
        chars = list(text)
        for n, m in enumerate(_TITLED.finditer(text)):
            if n > 0 and common(m.group()):
                chars[m.start()] = chars[m.start()].lower()
        out.append("".join(chars))
    return out


_OPENERS = frozenset(["", ".", "!", "?", ":", '"', "“", "‘", "'", "(", "—", "–", "-"])
"""What comes before a word that opens a sentence or a quotation: its capital says nothing."""


def _as_written(field: FieldValue, text: str) -> FieldValue:
    """``field`` read from a sentence-cased copy of ``text``, with ``text``'s own words."""
    start, end = field.span
    return field.model_copy(update={"text": text[start:end]})
