"""Events: what a claim says happened, read as frames from spaCy's dependency parse.

Each content verb the claim asserts (in its main clause, in what someone said, or in a
relative clause set off from its noun: "the mayor, who resigned in May,") gives one
``event`` field: its predicate (the verb's lemma, with a particle or the preposition
that decides a vote: "vote against"), its polarity, its modality and its doer and
thing done to (a passive's subject is the thing done to; its doer is the "by" phrase,
if any; the subject of "is believed to be cooperating" does the cooperating, and the
one urged, persuaded or ordered does what they are asked to). Verbs of saying ("said",
"told") are attribution, not events: the event is what was said.

- **Polarity** is negative when the verb is negated ("did not approve", "never
  confirmed"), when its subject is no one or nothing ("no gun has been recovered",
  "nobody was hurt"), when it is yet to happen ("has yet to sign") or when a verb of
  failing governs it ("failed to overturn", "refused to sign", "declined to approve");
  two negations cancel ("did not fail to pass"), or when a call to do it was turned
  down ("resisted calls to resign", "rejected demands that he quit"). A "not" with
  "until" tells when, not whether: "will not reopen until Monday" reopens.
- **Modality** is the modal auxiliary ("will", "may", "could") or the verb of intent
  or belief that governs it ("plans to reopen", "hopes the canal will reopen"), or the
  verb that asks someone else to do it ("urged the council to approve"): an event that
  is planned, hoped, asked for or possible has not happened. An event someone denies
  ("denied that she entered rehab") has the modality "deny": it is reported, not
  asserted either way, whatever modal the denied clause carries ("denied that he will
  direct the sequel" is denied, not certain).

A step one takes oneself told as a noun that is announced or handed in ("announced
his resignation", "tendered her resignation") is that step's event ("resign").

A verb in a clause of time ("refloated a week *after it ran aground*", "resigned
*before she was charged*") is told as the time of the claim's event, not as what
happened: it gives a ``background`` field of the same shape, which the compare stage
never compares and the align stage uses to keep the claim apart from claims that
report that event.

The ``event`` rules (:mod:`checkfacts.rules.events`) compare two claims' frames: the
same predicate with opposite polarity, or opposite outcomes ("acquitted" against
"convicted"), is a disagreement.
"""

from __future__ import annotations

import re
from typing import Any

from checkfacts.extractors.interface import Context
from checkfacts.models import Claim, EventValue, FieldValue
from checkfacts.vocabulary import BODIES, HARMED_BY, ONES, TENS, TITLES

SAYING = frozenset(
    [
        "say", "tell", "add", "write", "note", "explain", "report", "state", "ask",
        "describe", "quote", "reply", "respond", "comment", "recall", "continue", "go",
        "announce", "conclude", "declare", "insist", "warn", "claim", "tweet", "post",
        "testify", "acknowledge", "argue", "suggest", "reveal", "disclose", "indicate",
        "stress", "emphasize", "maintain", "reiterate", "assert", "inform", "brief",
        "mean", "caution",
    ]
)  # fmt: skip
"""Verbs of saying (and the empty "go on", "continue", and "mean": "it means he will stay"
tells the staying): what they frame is the event.

Verbs that judge what they frame ("confirm", "deny", "admit") are not here: "denied
that he met them" does not assert the meeting."""

FAILING = frozenset(["fail", "refuse", "decline", "neglect", "omit", "unable"])
STOPPING = frozenset(["stop", "cease", "halt", "quit"])
"""Verbs whose "-ing" complement tells no event of its own: "the app stopped processing
withdrawals" is neither a processing (against "has not processed a payment since") nor a
denial of one (against "the station last heard the satellite at 9pm")."""
ENABLING = frozenset(["able", "allow", "permit"])
"""Words that let their infinitive's act be, and carry its polarity and modal: "will not be
able to finish their degrees" does not finish them; "will be allowed to complete their
degrees" completes them."""
"""Verbs (and "unable") whose infinitive did not happen: "failed to overturn" is a negative
overturn, "was unable to land" a negative landing."""

INTENT = frozenset(
    [
        "plan", "hope", "want", "expect", "intend", "try", "seek", "aim", "threaten",
        "promise", "propose", "consider", "mull", "contemplate", "believe", "think", "fear",
        "predict", "wish",
        "attempt", "vow", "pledge", "urge", "ask", "call", "demand", "forecast",
        "anticipate", "project",
    ]
)  # fmt: skip
"""Verbs whose complement is intended, hoped, believed, forecast or asked for: not yet an
event."""

BELIEVING = frozenset(["believe", "think", "fear"])
"""Verbs of :data:`INTENT` that tell a belief, which may be of what is past ("is believed to
have fled"): the others put their complement ahead, still to come."""


def _subject_of(verb: Any) -> Any | None:
    """A verb's subject, or, for a verb joined to another by "and", that verb's."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None:
            found = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None:
                return found
    return None


def _own_past_act(believe: Any, act: Any) -> bool:
    """Whether a belief is its holder's view of their own past act, no hedge of the paper's.

    "A friend said she believed she had entered in good faith" tells the artist's view
    that she did; set beside "she entered in good faith", no certainty differs. A belief of
    what someone else did ("police believed the man had entered") or of what is to come
    ("he believes he will win") stays a belief.
    """
    if act.dep_ != "ccomp" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return False
    if act.tag_ != "VBD" and not any(c.lower_ in ("had", "has", "have") for c in act.children):
        return False
    holder, doer = _subject_of(believe), _subject_of(act)
    return (
        holder is not None
        and doer is not None
        and holder.pos_ == doer.pos_ == "PRON"
        and holder.lower_ == doer.lower_
    )


FORECASTING = frozenset(["expect", "predict", "forecast", "anticipate", "project"])
"""Verbs of :data:`INTENT` that forecast: "economists expected the economy to add 1 million
jobs" gives a forecast, not a count of jobs added."""

DIRECTIVES = frozenset(
    [
        "encourage", "persuade", "press", "pressure", "order", "invite", "advise", "tell",
        "instruct", "direct", "require", "convince",
    ]
)  # fmt: skip
"""Verbs that ask someone else to do their infinitive ("urged the council to approve",
"ordered the firm to pay", "told him to leave"): the infinitive is asked for, not told as
done, and its doer is the one asked. ("ask", "urge", "call" are in :data:`INTENT`.)"""

ASKING = DIRECTIVES | frozenset(
    ["ask", "urge", "call", "force", "allow", "permit", "help", "want", "expect", "send"]
)
"""Verbs whose object does their infinitive: "urged Trump to remain", "forced the minister
to resign", "sent troops to restore order". Others keep their subject as the doer: "used
the tide to swing the ship off the bank", "it will take days to work through the queue"."""

PERCEIVING = frozenset(
    [
        "know", "see", "hear", "look", "watch", "notice", "remember", "realize",
        "understand", "wonder", "recognize",
    ]
)  # fmt: skip
"""Verbs of knowing and perceiving: "we don't know who set the fire", "a neighbour saw
flames". Each is an event of the one who knows or sees; two people knowing or seeing
something tell no one happening between them, however the verb repeats."""

LIKELIHOOD = frozenset(["likely", "unlikely", "due", "certain", "sure", "poised"])
"""Adjectives that tell how likely their infinitive is: "is unlikely to meet the queen",
"is due to open the bridge". The infinitive is the event, the adjective its modality."""

MODALS = frozenset(["will", "would", "may", "might", "could", "can", "should", "must", "shall"])
"""Modal auxiliaries: "will reopen" is a modality of "reopen"."""

FUTURE = frozenset(["will", "would", "shall"])
"""Modals that only put their verb ahead in time: under a verb of intent or belief, that
verb is the modality ("officials hope the canal will reopen" is hoped; "believe it will
reopen" believed), while a modal of possibility keeps its own ("believe it could reopen")."""

VOTE_SIDES = frozenset(["for", "against"])
"""Prepositions that decide what a vote was: "voted for" and "voted against" differ."""

LIGHT = frozenset(
    [
        "do", "have", "get", "make", "take", "give", "come", "seem", "become", "put",
        "let", "keep", "use", "include", "happen",
    ]
)  # fmt: skip
"""Light verbs: their meaning is their object's ("did so", "had a programme"), not theirs;
with a particle they make a verb of their own ("will take on 40 apprentices", "gave up
the title")."""

AHEAD = FUTURE | (INTENT - BELIEVING)
"""Modalities that tell an event still to come: "will reverse", "promised to reverse",
"plans to close". (An order is not here: "ordered him to shoot" is often told of a shot
that followed.)"""

NOT_EVENTS = SAYING | FAILING | INTENT | MODALS | LIGHT
"""Verbs that are never an event of their own."""

FACTIVE = frozenset(["confirm", "admit", "concede", "verify", "find", "show"])
"""Verbs that judge what they frame and hold it true: "the palace confirmed the king will
travel" asserts the travel, and the confirming is an event of its own ("deny" is not
here: "denied that he met them" does not assert the meeting). So do verbs of a finding:
"the moor is now absorbing more carbon, the study found" and "tests showed the water was
safe" assert the absorbing and the water's safety; not "proves", which in news is more
often a side's claim ("the files prove the deal is based on lies") than a finding."""

DENYING = frozenset(["deny", "dispute"])
"""Verbs that report a denial: "the rep denied that she entered rehab" does not assert the
entering, nor its opposite. The complement is an event told as denied (its modality), and
the denying is an event of its own."""

FRAMING = SAYING | INTENT | FAILING | FACTIVE | DENYING
"""Verbs whose clause complement the claim reports: what was said, meant, failed or denied."""

PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they", "who", "which", "that"])

_FRAMING_WORDS = FRAMING | NOT_EVENTS


_ONE_L = frozenset(["instal", "enrol", "fulfil", "distil", "instil", "enthral"])
"""Verbs whose "ll" the lemmatizer drops before "-ed" and "-ing" but keeps in "-s"."""


def verb_lemma(token: Any) -> str:
    """A verb's dictionary form, its "ll" kept: "installed" gives "install", as "installs" does.

    The lemmatizer drops one "l" of a few verbs before "-ed" and "-ing" (:data:`_ONE_L`);
    the events and the dates and counts they govern name the verb alike.
    """
    lemma, low = str(token.lemma_).lower(), str(token.lower_)
    if lemma in _ONE_L and low.startswith(lemma + "l"):
        return lemma + "l"
    return lemma


def _lemma(token: Any) -> str:
    """A word's dictionary form; a name's own words ("Given" of "Ever Given" is no verb)."""
    if _in_name(token) or token.pos_ == "PROPN":
        return str(token.text).lower()
    lemma, low = str(token.lemma_).lower(), str(token.lower_)
    if lemma + "e" in _FRAMING_WORDS and low in {lemma + "es", lemma + "ed", lemma + "ing"}:
        return lemma + "e"  # the lemmatizer strips the "e": "hoped" gives "hop", not "hope"
    return verb_lemma(token)  # "installed" gives "instal" and "installs" "install": one verb


_NOT_NAMES = frozenset(["DATE", "TIME", "CARDINAL", "QUANTITY"])
"""Entities that are no names: the recognizer takes "last six months" in "will last six
months" for one date, and its verb stays a verb."""


def _in_name(token: Any) -> bool:
    """A "verb" inside a name ("the Ever Given", "Gone With the Wind") is the name's."""
    named = bool(token.ent_type_) and token.ent_type_ not in _NOT_NAMES
    return named or (token.i > 0 and token.text[:1].isupper())


def _counted_of(token: Any) -> Any:
    """The noun a number picks some of ("11 of those cases", "three of the crew"), else it.

    "At least 11 of those cases have been dismissed" dismisses cases, as "no cases have
    been dismissed" denies; "two of the four suspects were charged" charges suspects.
    """
    if not (token.like_num or token.pos_ == "NUM"):
        return token
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else token


def _doer_words(child: Any) -> str | None:
    """The lemmas of an argument and the names set beside it, sorted; None for a time.

    "China and Russia" are both, in a stable order; "11 of those cases" the cases (see
    :func:`_counted_of`); see :func:`_argument` for the rest.
    """
    child = _counted_of(child)
    heads = (child, *child.conjuncts)
    # "The city's mayor, Ana Ruiz,": the title and the name are one doer
    named = [a for h in heads for a in h.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    # "Ada Reyes, the singer,": the name and its title are one doer
    named += [
        a
        for h in heads
        if h.pos_ == "PROPN"
        for a in h.children
        if a.dep_ == "appos" and _lemma(a) in TITLES
    ]
    # "Queen Margrethe", "Elizabeth II": the words of a name before its head
    named += [
        a
        for h in heads
        if h.pos_ == "PROPN"
        for a in h.children
        if a.dep_ == "compound" and a.i < h.i
    ]
    # "the city's licensing committee": a body acts for its owner, the city
    named += [a for h in heads if _lemma(h) in BODIES for a in h.children if a.dep_ == "poss"]
    if all(_a_time(h) for h in heads):
        return None  # "3 pm ... was bombed": a misparsed time is no one's
    kept = [c for c in (*heads, *named) if not _a_time(c)]
    words = sorted({_lemma(c) for c in kept} - PRONOUNS)
    return " ".join(words) if words else _lemma(child)


def _adjective(node: Any) -> bool:
    """Whether a verb hangs on an adjective that takes the copula's subject as its doer.

    "Dame Ada was unable to attend", "the club is keen to appoint a coach": who attends,
    who appoints, is the subject of "was", "is".
    """
    return (
        node.dep_ == "acomp"
        and node.pos_ == "ADJ"
        and any(c.dep_ == "xcomp" for c in node.children)
    )


def _argument(verb: Any, deps: tuple[str, ...], *, inherit: bool = False) -> str | None:
    """The lemma of the verb's first argument of ``deps``, with a name set beside it.

    A title given with its holder's name ("the mayor, Ana Ruiz,", "Ana Ruiz, the mayor,")
    is both words, so that it shares a doer with "Ruiz" and with "the mayor".

    With ``inherit``, a verb without one takes its governing verb's ("the House voted to
    overturn": the House overturns; "the agency stopped short of closing the river": the
    agency would have closed it).
    """
    node = verb
    while True:
        found = [c for c in node.children if c.dep_ in deps and not _place_taken(node, c)]
        if found:
            objects = [c for c in found if c.dep_ == "dobj"]
            if found[0].dep_ == "dobj" and len(objects) == 2:
                return _doer_words(objects[1])  # "pay staff their wages": the wages, to staff
            return _doer_words(found[0])
        alongside = _alongside(node)
        if inherit and "nsubj" in deps and (stopped := _short_of(node)) is not None:
            node = stopped[0]  # "the agency stopped short of closing the river": the agency
            continue
        if not (
            inherit
            and (
                node.dep_ in ("xcomp", "conj")
                or (alongside and "nsubj" in deps)
                or _adjective(node)
            )
            and node.head.i != node.i
        ):
            return None
        if alongside:  # "the deputy was shot, leaving two children": the deputy
            deps = (*deps, "nsubjpass")
        asked = _asked(node) if "nsubj" in deps else None
        if asked is not None:  # "persuaded Trump to remain": Trump remains
            return asked
        node = node.head


def _place_taken(verb: Any, child: Any) -> bool:
    """Whether a child is the "place" of "take place": part of the verb, not a thing done to."""
    return child.dep_ == "dobj" and child.lower_ == "place" and _lemma(verb) == "take"


DEFINITE = frozenset(["the", "this", "that"])
"""Determiners that point at one known noun: "the deputy", not "a deputy"."""

ONE_PERSON = frozenset(["he", "she", "him", "her"])
"""Pronouns that stand for one person."""


def _befallen(verb: Any) -> Any | None:
    """The token a verb of harm befalls: its passive subject or object, else its subject.

    "The deputy was shot and killed", "shot and killed the boy", "the singer died": the
    deputy, the boy, the singer. A verb joined to another ("shot and killed") takes the
    first verb's when it has none of its own.
    """
    node = verb
    while True:
        for deps in (("nsubjpass",), ("dobj",)):
            found = next((c for c in node.children if c.dep_ in deps), None)
            if found is not None:
                return found
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _one_befallen(verb: Any) -> bool:
    """Whether a verb of harm befalls one person or thing told definitely.

    A name ("Ortiz"), a pronoun for one person ("he"), or a singular noun with "the",
    "this", "that" or a possessive that points at one ("the deputy", "her son", "the
    ferry's captain"), or one given an age ("a 35-year-old deputy", "a 16-year-old"):
    not "a guard" or "a sheriff's deputy" (one of several, maybe),
    "two workers", "protesters", or "Ortiz and his partner". Only verbs of harm
    (:data:`~checkfacts.vocabulary.HARMED_BY`) are read.
    """
    if _lemma(verb) not in HARMED_BY:
        return False
    token = _befallen(verb)
    if token is None or token.conjuncts or any(c.dep_ == "nummod" for c in token.children):
        return False
    if token.lower_ in ONE_PERSON:
        return True
    if token.tag_ == "NNP":
        return True
    if age_of(token) is not None and token.tag_ in ("NN", "JJ"):
        return True  # "a 35-year-old deputy", "a 16-year-old": one person, by age
    if token.tag_ != "NN" or any(
        c.dep_ == "det" and c.lower_ not in DEFINITE for c in token.children
    ):
        return False  # "a deputy", "a sheriff's deputy", "another guard": one of several
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and _definite(c))
        for c in token.children
    )


def _befallen_age(verb: Any) -> int | None:
    """The age of the one a verb of harm befalls, when the sentence gives it there."""
    if _lemma(verb) not in HARMED_BY:
        return None
    token = _befallen(verb)
    return None if token is None else age_of(token)


def age_of(token: Any) -> int | None:
    """The age a noun phrase gives the one person it names, else None.

    "A 16-year-old" (the phrase's head is "old"), "the 35-year-old deputy", "a
    35-year-old sheriff's deputy" (the age parsed onto the possessor), "a man aged 40".
    """
    for node in (token, *(c for c in token.children if c.dep_ == "poss")):
        olds = [node] if node.lower_ == "old" else []
        olds += [c for c in node.children if c.dep_ == "amod" and c.lower_ == "old"]
        for old in olds:
            for year in old.children:
                if year.dep_ == "npadvmod" and year.lower_ in ("year", "years"):
                    age = _number(next((n for n in year.children if n.dep_ == "nummod"), None))
                    if age is not None:
                        return age
        for aged in (c for c in node.children if c.dep_ == "acl" and c.lower_ == "aged"):
            age = _number(next((n for n in aged.children if n.tag_ == "CD"), None))
            if age is not None:
                return age
    return None


def _number(token: Any | None) -> int | None:
    """A whole number written in digits or in words ("16", "sixteen", "forty"), else None."""
    if token is None:
        return None
    word = token.lower_
    if word.isdigit():
        return int(word)
    return ONES.get(word, TENS.get(word))


def _definite(possessor: Any) -> bool:
    """Whether a possessor points at one: "her", "Smith's", "the ferry's"; not "a sheriff's"."""
    if possessor.tag_ in ("PRP$", "NNP", "NNPS"):
        return True
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in possessor.children)


def _named(words: str | None, doc: Any) -> bool:
    """Whether a doer's words hold a name: a word the sentence writes as a proper noun.

    "Tara Reid", "the DNC", "President Reyes" are named; "the actress", "the campaign",
    "police" are told by a common noun, which may stand for a name told elsewhere.
    """
    if not words:
        return False
    mine = set(words.split())
    return any(t.pos_ == "PROPN" and t.lower_ in mine and t.lower_ not in TITLES for t in doc)


def _a_time(token: Any) -> bool:
    """Whether a token names a time or a date (the "pm" of "3 pm"): no doer or thing done to."""
    return str(token.ent_type_) in ("DATE", "TIME")


def _asked(node: Any) -> str | None:
    """The object of the verb an infinitive hangs on, who does the infinitive, else None.

    "Macron urged Trump to remain", "the judge ordered the firm to pay": the one urged or
    ordered does it, not the one urging (only after a verb of :data:`ASKING`).
    """
    if node.dep_ != "xcomp" or _lemma(node.head) not in ASKING:
        return None
    for child in node.head.children:
        if child.dep_ == "dobj" and child.i < node.i:
            words = sorted({_lemma(c) for c in (child, *child.conjuncts)} - PRONOUNS)
            return " ".join(words) if words else _lemma(child)
    return None


def _asserted(verb: Any) -> bool:
    """Whether the claim asserts the verb: a main clause, what was said, what was meant.

    Events in a restrictive relative, adverbial or conditional clause ("migrants who do
    not pass the interview", "if they pass", "discussing the memos") are background:
    the claim does not say whether they happened. A relative clause set off by a comma
    or hung on an apposition ("Ortiz, who has pleaded guilty,", "Moreno, the singer who
    died on Thursday,") is told as a fact about its noun, wherever the noun sits. A
    clause of cause or concession ("because she was not happy there", "although the
    court had approved it") is told as a fact: the claim gives it as the reason or the
    obstacle. So is a participle set off after its verb ("sued the mill, filing a
    complaint"): a second thing done (:func:`_alongside`).
    """
    node = verb
    while node.dep_ != "ROOT":
        if _aside(node) is not None:
            return True
        said = (
            node.dep_ == "ccomp"
            and _lemma(node.head) in FRAMING
            and (_lemma(node.head) != "mean" or any(c.dep_ in _SUBJECTS for c in node.children))
        )  # "it means he is unlikely to meet ..., visit ...": a "visit" with no subject
        given = node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in GIVEN_MARKS for c in node.children
        )
        if node.dep_ in ("advcl", "ccomp") and any(_now_that(c) for c in node.children):
            given = True  # "now that ..." hangs on the verb, or on "now" (a misparse)
            if node.head.lower_ == "now" and node.head.head.i != node.head.i:
                node = node.head
        able = node.dep_ == "acomp" and node.lower_ in ("able", "unable")  # "was unable to land"
        if (stopped := _short_of(node)) is not None:
            node = stopped[0]  # "stopped short of declaring": told, and denied
            continue
        if (saying := _said_in_writing(node)) is not None:
            node = saying  # "said in a statement that members would be refunded": said
            continue
        if not (
            said
            or given
            or able
            or _likelihood(node)
            or _alongside(node)
            or node.dep_ in ("conj", "xcomp")
        ):
            return False
        node = node.head
    return not _bidding(node)


WH_WORDS = frozenset(["what", "who", "how", "why"])
"""Words that ask what a clause does not tell: "what had caused the collapse"."""

OPEN_HEADS = frozenset(
    ["early", "unclear", "uncertain", "unknown", "try", "attempt", "seek", "investigate",
     "examine", "probe", "wonder"]
)  # fmt: skip
"""Words over an asked clause that leave it open: "too early to say what caused it", "it is
unclear who fired", "trying to establish what caused the crash". Not "ask": "was asked
what she saw" is a question put to one who knows."""

INQUIRING = frozenset(
    ["investigate", "examine", "probe", "look", "check", "assess", "explore", "inquire",
     "establish", "determine", "review"]
)  # fmt: skip
"""Verbs of finding out over a clause asked by "whether", which leave it open: "looking into
whether the paper had been photographed", "investigating whether the fire was started
deliberately". Not "decide" or "consider": "has not decided whether to appeal" weighs a step
to come (a modality of its own)."""

KNOWING = frozenset(["know", "clear", "establish", "determine", "certain", "sure"])
"""Words of knowing that leave an asked clause open when denied: "it was not known who"."""

PERHAPS = frozenset(["may", "might", "could"])
"""Modals of possibility, which before "have" tell what perhaps was done ("the cable may have
caused the collapse"), not what may come."""

_EXCEPT = re.compile(r"\b(?:other\s+than|except|apart\s+from|aside\s+from|save\s+for|besides)\b")
"""Words that make a denial an exception: "did not speak other than to confirm his name"."""


def _too_to(verb: Any) -> Any | None:
    """The "too" of "too ... to" over an infinitive, which denies it, else None.

    "Too badly injured to survive" tells that they did not survive, "too weak to travel"
    that the patient did not travel, "too late to save the building" that it was not
    saved.
    """
    if verb.dep_ not in ("xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    head = verb.head
    for mod in (c for c in head.children if c.dep_ == "advmod"):
        if mod.lower_ == "too":
            return mod
        if too := next((g for g in mod.children if g.dep_ == "advmod" and g.lower_ == "too"), None):
            return too  # "too badly injured"
    return None


def _excepted(verb: Any) -> bool:
    """Whether a denied verb carries an exception, which tells it was done, narrowly.

    "He did not speak during the hearing other than to confirm his identity" and "he spoke
    only to confirm his name" tell one thing; "no one was hurt apart from the driver" says
    someone was. Neither denies the act: the denial is left untold.
    """
    words = [t for t in verb.subtree if t.i > verb.i]
    if not words:
        return False
    doc = verb.doc
    return _EXCEPT.search(doc.text[verb.idx : words[-1].idx + len(words[-1])].lower()) is not None


PREP_OBJECTS = {"agree": "to", "consent": "to", "accede": "to", "vote": "through"}
"""Verbs of deciding that take what they decide by a preposition: "agreed to an amendment",
"consented to the sale", "voted through an amendment"."""


def _decided_by_prep(verb: Any) -> str | None:
    """What a verb of deciding decides, told after its preposition ("agree to the plan")."""
    prep = PREP_OBJECTS.get(_lemma(verb))
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == prep:
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
                return _doer_words(noun)
    return None


def _made_to(verb: Any) -> str | None:
    """Who or what a verb makes do something, read as the thing it is done to, if any.

    "A failed grip caused the chair to detach": the parse makes "chair" the subject of
    "detach", a clause under "caused"; the grip caused something to the chair, as "caused
    the chair's fall" says. Only a clause with "to" and a subject of its own.
    """
    for child in verb.children:
        if child.dep_ not in ("ccomp", "xcomp") or child.i < verb.i:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return _argument(child, ("nsubj",))
    return None


def _open_question(verb: Any) -> list[Any] | None:
    """The words that make a clause an open question, if they do.

    A clause asked by a wh-word ("what had caused the collapse", "who fired the shot") is
    no telling of its act: under "too early to say", "unclear", "trying to establish" or a
    denied "known", "clear" or "established", the claim says the answer is not known. Under
    a plain or a denied telling ("investigators established what caused it", "police did not
    say what caused it") the answer is known to someone, and the clause is left. A clause
    asked by "whether" under a verb of finding out is open too ("looking into whether the
    paper had been photographed", "investigating whether the fire was set": :data:`INQUIRING`).
    """
    if verb.dep_ not in ("ccomp", "pcomp"):
        return None
    wh = next(
        (
            c
            for c in verb.children
            if c.i < verb.i
            and (
                (c.lower_ in WH_WORDS and c.dep_ in (*_SUBJECTS, "dobj", "advmod"))
                or (c.lower_ == "whether" and c.dep_ == "mark")
            )
        ),
        None,
    )
    if wh is None or (verb.dep_ == "pcomp" and wh.lower_ != "whether"):
        return None
    node = verb.head
    if verb.dep_ == "pcomp":  # "looking into whether": the preposition's verb asks
        node = node.head
        if _lemma(node) not in INQUIRING:
            return None
        return [wh, node]
    if wh.lower_ == "whether" and _lemma(node) in INQUIRING:
        return [wh, node]  # "are investigating whether the fire was started deliberately"
    for _ in range(4):
        denied = next((c for c in node.children if c.dep_ == "neg"), None)
        for word in (node, *(c for c in node.children if c.dep_ == "acomp")):
            if _lemma(word) in OPEN_HEADS:
                return [wh, word]
            if _lemma(word) in KNOWING and denied is not None:
                return [wh, denied, word]
        if node.dep_ not in ("xcomp", "ccomp", "acomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _bidding(root: Any) -> bool:
    """Whether a sentence's root is a bare command, or a name read as one, not a telling.

    "Protect Democracy, a watchdog group run by former officials" (a name the parse reads
    as "protect"), "Save the mill, the banners said": a base-form verb at the root with
    no subject and no helper asserts nothing that happened.
    """
    return bool(
        root.tag_ == "VB"
        and not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in root.children)
    )


def _alongside(node: Any) -> bool:
    """Whether a verb is a participle told alongside the one it hangs on, as a fact.

    "The union sued the mill on Monday, filing a complaint in state court", "a gunman
    shot four people, killing two": set off by a comma after its verb, with no word of
    time, cause or condition to open it, the participle tells a second thing the same
    doer did, and it happened as surely as the first. One that opens the sentence
    ("Walking to the car, the senator ...") or follows with no comma ("met Tuesday
    discussing the memos") is a circumstance, and stays background.
    """
    return bool(
        node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and node.head.i < node.i
        and node.left_edge.i > 0
        and node.doc[node.left_edge.i - 1].text == ","
        and not any(c.dep_ in _OWN_FRAME for c in node.children)
    )


_OWN_FRAME = frozenset(["mark", "aux", "auxpass", "nsubj", "nsubjpass"])
"""Dependents that give a clause a frame of its own ("as filing", "he filing"): no
participle told alongside its verb."""


GIVEN_MARKS = frozenset(["because", "although", "though", "whereas"])
"""Words that open a clause told as a fact, the reason or the obstacle of the main one:
"she left because she was not happy", "although the court had approved it" (and "now
that": "now that he has been sentenced"). ("Since", "as" and "while" also tell time;
"if" and "unless" tell what may not be; "so that" tells a purpose.)"""


def _now_that(mark: Any) -> bool:
    """Whether a clause's "that" opens "now that": what it tells has happened."""
    return bool(
        mark.dep_ == "mark"
        and mark.lower_ == "that"
        and mark.i > 0
        and mark.doc[mark.i - 1].lower_ == "now"
    )


RELATIVES = frozenset(["who", "which"])
"""Words that open a relative clause told as a fact about its noun when set off."""


def _rather_than(verb: Any) -> list[Any] | None:
    """The words that set a verb aside as the course not taken, else None.

    "Anyone with symptoms should see their GP rather than wait for screening" tells no
    waiting, as "should not wait" does; so "staff walked out instead of accepting the
    offer" tells no accepting. The parse joins "rather than" to the verb as a
    coordination, and "instead of" as a preposition over it.
    """
    if verb.dep_ == "conj":
        than = [c for c in verb.head.children if c.dep_ == "cc" and c.lower_ == "than"]
        if than and verb.head.i < than[0].i < verb.i:
            rather = [c for c in than[0].children if c.lower_ == "rather"]
            return [*rather, than[0]] if rather else None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        instead = [c for c in verb.head.children if c.lower_ == "instead"]
        return [*instead, verb.head] if instead else None
    return None


def _aside(node: Any) -> Any | None:
    """The relative word of a non-restrictive relative clause headed by ``node``, else None.

    "Ortiz, who is believed to be cooperating,": set off by a comma, or hung on a noun in
    apposition ("Ada Moreno, the jazz singer who died on Thursday,"). "The man who shot
    the deputy" restricts its noun and is not told as a fact of its own.
    """
    if node.dep_ != "relcl" or node.head.i == node.i:
        return None
    relative = next(
        (
            c
            for c in node.children
            if c.lower_ in RELATIVES and c.i < node.i and c.tag_ in ("WP", "WDT")
        ),
        None,
    )
    if relative is None:
        return None
    start = node.left_edge.i
    doc = node.doc
    set_off = start > 0 and doc[start - 1].text == ","
    return relative if set_off or node.head.dep_ == "appos" else None


def _in_aside(verb: Any) -> bool:
    """Whether the verb is told in a set-off relative clause (:func:`_aside`), at any depth."""
    node = verb
    while node.dep_ != "ROOT" and node.head.i != node.i:
        if _aside(node) is not None:
            return True
        node = node.head
    return False


WRITINGS = frozenset(
    ["statement", "letter", "email", "e-mail", "announcement", "notice", "message", "note",
     "post", "update", "release", "filing", "submission"]
)  # fmt: skip
"""Nouns of what a saying was written in: "said in a statement that ...". Not "claim",
"report" or "rumour": a clause of those is told as someone else's, not asserted."""

OCCASION_PREPS = frozenset(["after", "at", "during", "following", "outside"])
"""Prepositions of where or when a saying was made: "told the paper after the hearing that
...", "said outside court that ...". Not "of" or "about" ("told of fears that ...")."""


def _said_in_writing(node: Any) -> Any | None:
    """The saying verb whose writing or occasion a "that" clause hangs on, else None.

    "The gym said in a statement that members would be refunded", "the owner told the
    paper after the hearing that he would appeal": the parse hangs the clause on the noun of
    the writing or the occasion, but it is what was said, as "said that members would be
    refunded" is. The clause has "that" for its mark and a subject of its own: not a
    relative clause ("the hearing that was held on Monday").
    """
    if node.dep_ not in ("acl", "relcl"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in node.children):
        return None
    noun, prep = node.head, node.head.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    written = _lemma(noun) in WRITINGS and prep.lower_ == "in"
    if not written and prep.lower_ not in OCCASION_PREPS:
        return None
    saying = prep.head
    return saying if _lemma(saying) in SAYING | {"confirm"} else None


def _speaker_of_it(verb: Any) -> str | None:
    """The body that says "it" did a thing: the subject of the saying over the clause.

    "The chain said it had removed the rattle", "the council confirmed it would refund the
    fees": a body telling of itself, read where the event is found, so that the doer is
    known when a claim's events are matched (``gates.with_sayers`` reads the same later,
    for a pair already chosen). Only "it" (a body or a thing), not "he" or "she" ("her
    lawyer said she would appeal" is the client's), and not a speaker told by a pronoun or
    a person's name. The doer is not told as named: the words say "it".
    """
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:  # "said it had shut and would sell"
        node = node.head
    if node.dep_ != "ccomp" or _lemma(node.head) not in SAYING | {"confirm"}:
        return None
    speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ in PRONOUNS or speaker.ent_type_ == "PERSON":
        return None
    return _doer_words(speaker)


def _antecedent(verb: Any, deps: tuple[str, ...]) -> str | None:
    """The noun a set-off relative clause's verb has for its ``deps`` argument ("who")."""
    node = verb
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    relative = _aside(node)
    if relative is None or relative.dep_ not in deps:
        return None
    nouns = [node.head]
    while nouns[-1].dep_ == "appos" and nouns[-1].head.i != nouns[-1].i:
        nouns.append(nouns[-1].head)  # "Moreno, the singer who died": Moreno and the singer
    # "his adviser, Mark Hale, who is believed ...": the title and the name are one noun
    named = [a for a in nouns[-1].children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    return " ".join(sorted({_lemma(n) for n in (*nouns, *named)} - PRONOUNS))


TIME_MARKS = frozenset(["after", "before", "since", "until", "till", "when", "once", "as", "while"])
"""Words that open a clause placing the claim's event beside another: "after it ran aground"."""


def _in_time_clause(verb: Any) -> bool:
    """Whether the verb is told as the backdrop of the claim's event, not as its event.

    "The ship was refloated a week after it ran aground", "She resigned two days
    before she was charged", "freed after spending a week stuck": the grounding, the
    charge and the week stuck are when the claim's event happened, not what it
    reports. Only clauses opened by a word of time count (a relative clause, "the
    ship that had been jammed", is as often a misparse of the main clause).
    """
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:  # "ran aground and blocked"
        node = node.head
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children)
    if node.dep_ == "pcomp":
        return node.head.dep_ == "prep" and node.head.lower_ in TIME_MARKS
    return False


FREEING = frozenset(["cut", "set", "pull", "wrench", "prise", "prize", "walk", "let"])
"""Verbs that leave their object (or subject) free: "was cut free", "walked free". Not
"broke free" or "worked free", which tell a thing coming loose by itself."""

JUDGING = frozenset(["find", "pronounce", "declare"])
"""Verbs of a verdict told by its word: "was found guilty" (not "pleaded guilty": a plea)."""


def resulting(verb: Any) -> str | None:
    """The act a verb tells by the state it leaves its object in, or None.

    "The whale was cut free on Saturday" and "rescuers freed the whale on Friday" tell one
    freeing; "was found guilty" and "was convicted" one verdict,
    "was found not guilty" an acquittal. The state word stands after the verb, or after
    its object ("cut the whale free", "found him guilty").
    """
    lemma = str(verb.lemma_).lower()
    doc = verb.doc
    after = [doc[verb.i + 1]] if verb.i + 1 < len(doc) else []
    # "pulled the dog free": the parse may hang the state word on the object
    trailing = [
        c for o in verb.children if o.dep_ == "dobj" for c in o.children
        if c.dep_ == "amod" and c.i > o.i
    ]  # fmt: skip
    for word in (*after, *trailing, *(c for c in verb.children if c.dep_ in _RESULT_DEPS)):
        low = str(word.lower_)
        if low == "free" and lemma in FREEING:
            return "free"
        if low == "guilty" and lemma in JUDGING:
            before = str(doc[word.i - 1].lower_) if word.i > 0 else ""
            negated = before in ("not", "n't") or any(c.dep_ == "neg" for c in word.children)
            return "acquit" if negated else "convict"
    return None


_RESULT_DEPS = frozenset(["oprd", "acomp", "advmod", "ccomp", "xcomp"])
"""How the parse hangs a state word on its verb ("cut the whale free", "found him guilty")."""


def _predicate(verb: Any) -> str:
    """The verb's lemma with its particle, a vote's side or a copula's complement."""
    lemma = _lemma(verb)
    if (result := resulting(verb)) is not None:
        return result  # "was cut free": freed
    if lemma == "be":
        for child in verb.children:
            if child.dep_ in ("attr", "acomp"):
                return f"be {_lemma(child)}"
        return lemma
    if lemma == "go" and any(c.dep_ == "advmod" and c.lower_ == "ahead" for c in verb.children):
        return "go ahead"  # "the tournament will go ahead as usual": it will be held
    if lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" and not list(c.children) for c in verb.children
    ):
        return "take place"  # "will not take place next year": will not be held
    if lemma in _MEETING_A_COST and any(
        c.dep_ == "dobj" and c.lower_ in _COSTS for c in verb.children
    ):
        return "pay"  # "will meet the cost of re-fixing every stone": will pay for it
    for child in verb.children:
        if child.dep_ == "prt" or _loose_particle(verb, child):
            return f"{lemma} {_lemma(child)}"
        if lemma == "vote" and child.dep_ == "prep" and _lemma(child) in VOTE_SIDES:
            return f"vote {_lemma(child)}"
        if lemma == "vote" and child.dep_ in ("prep", "prt") and child.lower_ == "through":
            return "vote through"  # "voted through an amendment": passed it
        if lemma in ("take", "bring") and _to_court(child):
            return "sue"  # "will take the contractor to court": will sue it
    return lemma


_MEETING_A_COST = frozenset(["meet", "cover", "foot", "bear", "shoulder"])
_COSTS = frozenset(["cost", "costs", "bill", "bills"])
"""Verbs and nouns that tell paying for a thing: "will meet the cost of re-fixing the stones",
"agreed to foot the bill", "will cover the costs" (read "pay")."""


def _to_court(child: Any) -> bool:
    """Whether a verb's child is "to court" ("took the council to court")."""
    return (
        child.dep_ == "prep"
        and str(child.lower_) == "to"
        and any(g.dep_ == "pobj" and str(g.lower_) == "court" for g in child.children)
    )


_MOUNTING = frozenset(["launch", "carry out", "conduct", "stage", "mount", "make"])
"""Verbs that do an attack, a raid, a search: "launched", "carried out", "staged"."""
_OPENING = frozenset(["open", "launch", "conduct", "carry out", "begin", "start"])
"""Verbs that do an inquiry: "opened", "launched", "began"."""
_FILING = frozenset(["file", "lodge", "bring", "launch", "submit"])
"""Verbs that do a suit or an appeal: "filed", "lodged", "brought"."""
_PERFORMING = frozenset(["carry out", "conduct", "perform"])
"""Verbs that do a test, an inspection, a recount: "carried out", "conducted"."""

SUPPORTED = {
    "bomb": ("bomb", frozenset(["drop"])),
    "attack": ("attack", _MOUNTING),
    "assault": ("assault", _MOUNTING),
    "raid": ("raid", _MOUNTING),
    "strike": ("strike", _MOUNTING),
    "airstrike": ("strike", _MOUNTING),
    "arrest": ("arrest", frozenset(["make"])),
    "lawsuit": ("sue", _FILING),
    "suit": ("sue", _FILING),
    "appeal": ("appeal", _FILING),
    "investigation": ("investigate", _OPENING),
    "inquiry": ("investigate", _OPENING),
    "probe": ("investigate", _OPENING),
    "search": ("search", _MOUNTING | _PERFORMING),
    "rescue": ("rescue", _MOUNTING | _PERFORMING),
    "test": ("test", _PERFORMING),
    "inspection": ("inspect", _PERFORMING),
    "recount": ("recount", _PERFORMING | frozenset(["hold"])),
    "protest": ("protest", frozenset(["stage", "hold", "mount"])),
    "visit": ("visit", frozenset(["make", "pay"])),
    "landing": ("land", frozenset(["make"])),
    "escape": ("escape", frozenset(["make"])),
    "payment": ("pay", frozenset(["make"])),
    "donation": ("donate", frozenset(["make"])),
    "shot": ("shoot", frozenset(["fire"])),
    "ahead": ("approve", frozenset(["give"])),  # "gave the go-ahead for a tasting room"
    "approval": ("approve", frozenset(["give", "grant"])),
}
"""Nouns of an act, the verb that tells it, and the verbs that do it: "dropped bombs on
the camp" bombed it, "launched an attack on the base" attacked it, "filed a lawsuit
against the city" sued it, "made two arrests" arrested, "paid a visit" visited, "gave the
go-ahead for a tasting room" approved it. A verb
of its own stays itself with any other noun ("made a bomb", "paid the fine")."""

_TARGETING = frozenset(["on", "against", "into"])
"""Prepositions of what a supported act is done to ("an attack on the base"); "of" too
after the noun ("a search of the house"), and "at" after shots ("fired shots at the car"),
where elsewhere it tells a place ("made an emergency landing at Shannon")."""


def _support(verb: Any) -> tuple[str, Any, str | None] | None:
    """The act a verb does through its noun (:data:`SUPPORTED`): its verb, the noun, its target.

    The noun is the verb's object, or its subject when passive ("four bombs were dropped",
    "an inquiry was opened into the crash"); the target is what a preposition of the noun
    or the verb names ("on the camp", "against the city", "into the crash", "of the house").
    """
    predicate = _predicate(verb)
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass") or child.pos_ not in ("NOUN", "PROPN"):
            continue
        entry = SUPPORTED.get(str(child.lemma_).lower())
        if entry is None or predicate not in entry[1]:
            continue
        if entry[0] == "approve" and _to_do(verb):
            return None  # "the go-ahead for Harbour Street to be closed": the closing's
        for owner in (child, verb):
            for prep in owner.children:
                word = str(prep.lower_)
                if prep.dep_ in ("prep", "dative") and (
                    word in _TARGETING
                    or (word == "of" and owner is child)
                    or (word == "at" and entry[0] == "shoot")
                    or (word in ("for", "to") and entry[0] == "approve")
                ):
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return entry[0], child, _doer_words(pobj)
        return entry[0], child, None
    return None


def _to_do(verb: Any) -> bool:
    """Whether a verb frames an act to be done: "gave the go-ahead for the road to be closed"."""
    return any(
        c.dep_ in ("advcl", "xcomp", "ccomp")
        and any(g.dep_ == "aux" and str(g.lower_) == "to" for g in c.children)
        for c in verb.children
    )


UNDERGONE = {"injury": "injure", "wound": "injure"}
"""Nouns of a harm its subject undergoes, with the verb that tells it: "two passengers
suffered minor injuries" were injured, as "two passengers were hurt" were, and so were
"two passengers treated for minor injuries"."""

_UNDERGOING = frozenset(["suffer", "sustain"])
"""Verbs of undergoing a harm told by its noun: "suffered injuries", "sustained wounds"."""

FACED = {
    "prosecution": "prosecute", "trial": "try", "deportation": "deport",
    "eviction": "evict", "extradition": "extradite", "disqualification": "disqualify",
}  # fmt: skip
"""Nouns of a step of the law its subject faces, with the verb that tells it: "will not face
prosecution" is not to be prosecuted, as "will not be prosecuted" is; "faces eviction" is
to be evicted."""


def _undergone(verb: Any) -> tuple[str, Any] | None:
    """The harm a verb's subject undergoes through its noun (:data:`UNDERGONE`), or None.

    "Two passengers suffered minor injuries" gives ("injure", injuries): the passengers
    are the ones injured, not the doers of an act. "Were treated (by paramedics) for
    minor injuries" tells the same harm of the ones treated.
    """
    predicate = _predicate(verb)
    undergone = FACED if predicate == "face" else UNDERGONE if predicate in _UNDERGOING else {}
    for child in verb.children:
        if child.dep_ == "dobj" and (act := undergone.get(str(child.lemma_).lower())):
            return act, child
    if predicate == "treat" and _passive(verb):
        owners = [verb, *(g for c in verb.children if c.dep_ == "agent" for g in c.children)]
        for owner in owners:
            for prep in owner.children:
                if prep.dep_ != "prep" or prep.lower_ != "for":
                    continue
                for noun in prep.children:
                    if noun.dep_ == "pobj" and (act := UNDERGONE.get(str(noun.lemma_).lower())):
                        return act, noun
    return None


PARTICLES = frozenset(["down", "up", "out", "off", "back", "away", "over", "aside"])
"""Adverbs that, right after their verb, make a phrasal verb: "stepped down", "pulled out"."""


def _loose_particle(verb: Any, child: Any) -> bool:
    """Whether the parser read a verb's particle as an adverb ("stepped down/ADV/advmod").

    "The coach stepped down" and "the firm pulled out" are parsed so as often as not; the
    particle stands right after its verb either way, and "step down" is not "step".
    """
    return bool(child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in PARTICLES)


_SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass", "expl"])
"""Dependencies of a clause's own subject."""


def _with_nested_aux(verb: Any) -> list[Any]:
    """A verb's children, with the auxiliaries and negations a parse hung on its "be".

    "The moor may now be absorbing carbon" is parsed with "may" under "be", itself an
    auxiliary of "absorbing": the modal frames the absorbing all the same.
    """
    out = list(verb.children)
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and _lemma(child) == "be":
            out += [c for c in child.children if c.dep_ in ("aux", "neg")]
    return out


def _frame(verb: Any) -> tuple[bool, list[Any], str | None]:
    """Whether the verb happened as told (negations cancel), the cue tokens, the modality."""
    if _shares_frame(verb):
        return _frame(verb.head)
    negative = False
    cues: list[Any] = []
    modality: str | None = None
    node = verb
    while True:
        asked = False
        for child in _with_nested_aux(node):
            if child.dep_ == "mark" and str(child.lower_) == "whether":
                # "has not decided whether to appeal": an open question, not a telling
                negative, modality, cues, asked = False, "whether", [child], True
                break
            if child.dep_ == "neg" and (_not_until(node) or _not_before(node, child)):
                continue  # "will not reopen until Monday": it reopens on Monday
            if child.dep_ == "neg":
                negative = not negative
                cues.append(child)
            elif (no := _none_of(child)) is not None:
                negative = not negative  # "no gun has been recovered", "nobody was hurt"
                cues.append(no)
            elif child.dep_ == "aux" and _lemma(child) in MODALS and modality is None:
                modality = _lemma(child)
                cues.append(child)
        if not asked and (stopped := _short_of(node)) is not None:
            negative = not negative  # "stopped short of declaring": it did not declare
            cues.append(stopped[1])
            node = stopped[0]
            continue
        if (
            modality == "would"
            and node.dep_ == "conj"
            and node.head.dep_ == "ccomp"
            and _reported(node.head.head, _lemma(node.head.head))
            and not _on_condition(verb)
        ):
            modality = "will"  # "said it was disappointed and would appeal": a told "will"
            break
        if (
            modality == "would"
            and node.dep_ == "conj"
            and _reported(node.head, _lemma(node.head))
            and not _on_condition(verb)
        ):
            # "said in a statement that it was 'deeply disappointed' and would appeal", the
            # parse joining the appeal to the saying: the sayer's own told "will"
            modality = "will"
            break
        if modality == "would" and _said_in_writing(node) is not None and not _on_condition(verb):
            modality = "will"  # "said in a statement that members would be refunded"
            break
        if asked or node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            break
        head = node.head
        if node.dep_ == "ccomp" and not any(c.dep_ in _SUBJECTS for c in node.children):
            break  # a clause with no subject of its own is no complement: a misparse
        head_lemma = _lemma(head)
        if head_lemma in FAILING and node.dep_ == "xcomp":
            negative = not negative
            cues.append(head)
        elif head_lemma in DENYING:
            modality = head_lemma  # "denied that she will resign": the denial frames the modal
            cues.append(head)
            break
        elif head_lemma == "use" and node.dep_ == "xcomp" and _passive(head):
            cues.append(head)  # "could be used to bring samples": the bringing may be
            node = head
            continue
        elif head_lemma in ENABLING and node.dep_ == "xcomp":
            # "will not be able to finish": the finishing will not be; "will be allowed to
            # complete": it will be; the negation and the modal stand on "be" or "allowed"
            cues.append(head)
            node = head.head if head.dep_ == "acomp" else head
            continue
        elif _ruled_out(node, head):
            if (neg := _neg_of(head)) is not None:
                modality = "may"  # "has not ruled out raising fares": it may raise them
                cues += [neg, head]
            else:
                negative = not negative  # "ruled out raising fares": it will not
                cues.append(head)
            break
        elif (yet := _yet_to(node, head_lemma)) is not None:
            negative = not negative  # "has yet to sign": it has not signed
            cues.append(yet)
        elif head_lemma == "agree" and node.dep_ == "xcomp":
            # "has agreed to pay compensation": the paying is agreed, still to come; "had not
            # agreed to pay" agrees to none (the agreeing stays an event of its own)
            if modality is None or modality in FUTURE:
                modality = "agree"
            cues.append(head)
            if (neg := _neg_of(head)) is not None:
                negative = not negative
                cues.append(neg)
            break
        elif head_lemma in BELIEVING and _own_past_act(head, node):
            break  # "believed she had entered in good faith": her view of her own act
        elif (
            head_lemma in INTENT
            or _likelihood(head)
            or (head_lemma in DIRECTIVES and node.dep_ == "xcomp")
        ):
            if modality is None or modality in FUTURE:
                modality = head_lemma  # "hopes the canal will reopen": hoped, not certain
            cues.append(head)
            if head_lemma in NEG_RAISING and (neg := _neg_of(head)) is not None:
                negative = not negative  # "did not expect the bank to cut": expected no cut
                cues.append(neg)
            break
        elif (
            modality == "would"
            and node.dep_ == "ccomp"
            and _reported(head, head_lemma)
            and not _on_condition(verb)
        ):
            modality = "will"  # "said the hives would be destroyed": a "will" told in the past
            break
        else:
            break
        node = head
    if modality is None and not negative and (best := _as_best_it_could(verb)) is not None:
        modality = "try"  # "protected them as much as it could": tried to protect them
        cues.append(best)
    if modality is None and (probable := _probably(verb)) is not None:
        modality = PROBABLY  # "had most likely been brought home": believed, not told as fact
        cues.append(probable)
    return negative, cues, modality


PROBABLY = "probably"
"""The modality of an act told with an adverb of likelihood: "was probably caused by"."""

_LIKELY_ADVERBS = frozenset(["probably", "presumably", "likely"])
"""Adverbs that tell an act as what is thought most likely, not as fact: "probably", "most
likely", "presumably"; "almost certainly" too (:func:`_probably`)."""


def _probably(verb: Any) -> Any | None:
    """The adverb of likelihood on a verb, if one: "had most likely been brought home"."""
    for child in verb.children:
        if child.dep_ != "advmod":
            continue
        low = str(child.lower_)
        if low in _LIKELY_ADVERBS:
            return child
        if low == "certainly" and any(str(c.lower_) == "almost" for c in child.children):
            return child  # "was almost certainly started by a spark"
    return None


_AS_BEST = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?as\s+(?:much|far|best|well)\s+as\s+"
    r"(?:(?:it|they|he|she|we|i|you)\s+(?:could|can)|possible)\b",
    re.I,
)
"""Words after a verb that make it an attempt: "protected as much as it could", "cut costs
as far as possible", "helped as best they could"."""


def _as_best_it_could(verb: Any) -> Any | None:
    """The token that opens "as much as it could" after a verb, when its words follow it."""
    doc = verb.doc
    end = min(len(doc), verb.i + 12, verb.sent.end)
    rest = doc[verb.i + 1 : end]
    if len(rest) == 0 or _AS_BEST.match(rest.text) is None:
        return None
    return next((t for t in rest if t.lower_ == "as"), None)


def _on_condition(verb: Any) -> bool:
    """Whether a verb is told on a condition ("would not visit unless she could guarantee")."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def _reported(head: Any, lemma: str) -> bool:
    """Whether a verb of saying in the past reports the clause under it ("said", "told").

    "Confirmed" reports one too: "the board confirmed that there would be no public
    consultation" tells a "will not", as "said there would be" tells a "will".
    """
    return (lemma in SAYING or lemma == "confirm") and str(head.tag_) in ("VBD", "VBN")


def _passive(verb: Any) -> bool:
    """Whether a verb is told in the passive ("was used", "could be used")."""
    return any(c.dep_ == "auxpass" for c in _with_nested_aux(verb))


def _ruled_out(node: Any, head: Any) -> bool:
    """Whether ``node`` is what "rule out" governs ("has not ruled out raising fares")."""
    return node.dep_ == "xcomp" and _predicate(head) == "rule out"


NEG_RAISING = frozenset(["expect", "anticipate", "predict", "believe", "think", "plan", "intend"])
"""Verbs whose own "not" denies what they frame: "did not expect the bank to cut rates"
expects it not to cut, "does not believe the dam will hold" believes it will not, "did not
plan to open an investigation" plans not to open one."""


def _neg_of(verb: Any) -> Any | None:
    """The "not" of a verb itself ("did not expect"), if it has one."""
    return next((c for c in _with_nested_aux(verb) if c.dep_ == "neg"), None)


NONE = frozenset(["nobody", "nothing", "none", "no-one", "noone"])
"""Pronouns that say no one or nothing did it, or had it done: "nobody was hurt"."""

_NO_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
"""Dependencies of a verb's subject, which "no" can make no one or nothing."""


def _none_of(child: Any) -> Any | None:
    """The word that makes a verb's subject no one or nothing, if any.

    "No gun has been recovered" says the gun was not recovered, and "no one was injured",
    "none of the crew were hurt", "nothing was stolen" and "neither man has been charged"
    deny their verbs as "not" does;
    "no one else was hurt" does not (:data:`_BESIDES`).
    The word is "no" before the noun, or the noun itself. An object is another matter:
    "the memos show no collusion" tells what the memos show, not that they show nothing.
    """
    if child.dep_ not in _NO_SUBJECTS:
        return None
    if any(str(d.lower_) in _BESIDES for d in child.children):
        return None  # "no one else was hurt": none besides those told, who were
    if str(child.lower_) in NONE or str(child.lower_) == "neither":
        return child  # "neither of the men was hurt", "neither has been charged"
    return next(
        (d for d in child.children if d.dep_ == "det" and str(d.lower_) in ("no", "neither")),
        None,
    )  # "no gun has been recovered", "neither man has been charged"


_BESIDES = frozenset(["else", "other", "further", "more"])
"""Words that make "no one" none besides those a sentence tells: "three climbers were hurt,
and no one else was", "no other passengers were injured"; no denial of the verb."""


def _none_words(verb: Any) -> list[Any]:
    """The words of the verb's object when told as none ("no damage", "nothing"), else [].

    The verb is not denied (the inspectors did find, and said what): what they found is
    nothing, which :mod:`checkfacts.rules.events` sets against something found. The words
    are quoted with the verb.
    """
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        return []
    no = [d for d in thing.children if d.dep_ == "det" and str(d.lower_) == "no"]
    return [thing, *no] if no or str(thing.lower_) in NONE else []


_ACTS_ON_A_THING = frozenset(["declare", "add"])
"""Verbs of saying that are acts with a thing for object: "declared a state of emergency",
"added 40 jobs", "hoped to add a cash machine"; with a clause they report speech."""


def _declared(verb: Any) -> bool:
    """Whether "declare" or "add" does what it says, with a thing for object, not a clause.

    "The governor declared a state of emergency", "the board declared a dividend": an act
    (set against "stopped short of declaring a state of emergency"); so is "the firm added
    266,000 jobs" or "plans to add a second ferry". "Declared that the vote was fair" and
    "added that talks would go on" report speech.
    """
    return _lemma(verb) in _ACTS_ON_A_THING and any(c.dep_ == "dobj" for c in verb.children)


def _short_of(node: Any) -> tuple[Any, Any] | None:
    """The verb and the "short" of "stopped short of" or "fell short of" over a verb, if any.

    "The governor stopped short of declaring a state of emergency" does not declare one,
    and "fell short of calling it a crime" does not call it one.
    """
    if node.dep_ != "pcomp" or str(node.head.lower_) != "of":
        return None
    above = node.head.head
    short = above if str(above.lower_) == "short" else None
    verb = above.head if short is not None else above
    if short is None:
        short = next((c for c in verb.children if str(c.lower_) == "short"), None)
    if short is None or _lemma(verb) not in ("stop", "fall"):
        return None
    return verb, short


def _failed_alone(verb: Any) -> bool:
    """Whether "fail" or "refuse" tells an outcome of its own, with no verb it frames.

    "The dam failed", "the talks failed": an outcome, set against "held" or "succeeded".
    "Failed to overturn" frames its verb instead (a negative overturn). A thing refused is
    turned down: "the application was refused", "councillors refused the scheme" tell a
    refusal, set against "approved"; "refused to sign" frames its verb.
    """
    lemma = _lemma(verb)
    if lemma not in ("fail", "refuse") or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    return lemma == "fail" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _yet_to(verb: Any, head_lemma: str) -> Any | None:
    """The "yet" of "has yet to" or "is yet to" that governs the verb, if any.

    "The studio has yet to sign the director" and "the deal is yet to be approved" say
    the signing and the approval have not happened (so far).
    """
    if verb.dep_ != "xcomp" or head_lemma not in ("have", "be"):
        return None
    return next(
        (c for c in verb.head.children if c.dep_ == "advmod" and str(c.lower_) == "yet"), None
    )


_UNTIL = frozenset(["until", "till", "til"])


def _not_until(verb: Any) -> bool:
    """Whether a verb is told with "until" a time or an event: "not ... until" says when.

    "The bridge will not reopen until Monday" and "he did not arrive until the talks
    ended" report the reopening and the arrival, then: the "not" bounds the time, it does
    not deny the event. So does one on the verb it frames ("would not be allowed to trade
    again until officers had revisited").
    """
    framed = [g for c in verb.children if c.dep_ == "xcomp" for g in c.children]
    for child in [*verb.children, *framed]:
        if child.dep_ == "prep" and str(child.lower_) in _UNTIL:
            return True
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and str(m.lower_) in _UNTIL for m in child.children
        ):
            return True
    return False


def _not_before(verb: Any, neg: Any) -> bool:
    """Whether a verb's "not" opens "not before" its clause: it tells what happened first.

    "Crews held the fire, but not before it had spread to the roof" and "her rope
    stopped the fall, but not before she hit the wall" report the spreading and the
    hitting: the "not" denies that the first act came sooner, not the second.
    """
    after = neg.i + 1
    if after >= len(neg.doc):
        return False
    mark = neg.doc[after]
    return mark.dep_ == "mark" and mark.head.i == verb.i and str(mark.lower_) == "before"


def _shares_frame(verb: Any) -> bool:
    """Whether a coordinated bare verb is told in the frame of the verb it is joined to.

    "will meet the mayor and visit the harbour", "failed to stop and search the van",
    "may sink or drift ashore": the second verb has no subject, auxiliary or negation of
    its own, so the first verb's modality and negation are its own too. A verb with a
    tense of its own is told on its own: "did not approve the plan and rejected the
    budget".
    """
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.tag_ != "VB":
        return False
    if verb.head.pos_ not in ("VERB", "AUX"):
        return False
    return not any(
        c.dep_ in _SUBJECTS or c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.tag_ != "TO")
        for c in verb.children
    )


def _agent(verb: Any) -> str | None:
    """The doer a passive names in its "by" phrase ("approved by the council"), else None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return _doer_words(pobj) if pobj is not None else None


def _passive_infinitive(verb: Any) -> bool:
    """Whether a passive infinitive takes the subject of the copula it hangs on.

    "The deal is yet to be approved", "the road is to be reopened by the council": the
    subject of "is" is the thing done to, not the doer.
    """
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    )


def _raised(verb: Any) -> bool:
    """Whether an active verb takes the passive subject of the verb it hangs on as its doer.

    "Hale is believed to be cooperating", "the minister was forced to resign", "the
    club was ordered to pay the fine", "the ship was refloated and may reach port by
    Friday": the subject of the passive is who cooperates, resigns, pays or reaches. "The
    plan is expected to be approved" and "he was arrested and charged" stay passive.
    """
    return (
        verb.dep_ in ("xcomp", "conj")
        and verb.tag_ in ("VB", "VBG", "VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    )


def _tense(verb: Any) -> str | None:
    """The tense of the verb's own finite word: "past", "present", or None.

    The first of the verb and its auxiliaries decides: "were required" and "had been
    required" are past, "requires" and "does not own" present. A modal ("will own"),
    a present perfect ("has owned", told of a time up to now) and a verb with no finite
    word of its own ("was arrested and *charged*", "to own") give None.
    """
    words = sorted(
        (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO")),
        key=lambda t: t.i,
    )
    first = words[0]
    if first.tag_ == "VBD":
        return "past"
    if first.tag_ not in ("VBZ", "VBP"):
        return None
    if first is not verb and _lemma(first) == "have":
        return None  # "has owned", "have been required": up to now, not now
    return "present"


def _likelihood(node: Any) -> bool:
    """Whether ``node`` is an adjective of likelihood set after a copula ("is unlikely")."""
    return bool(node.dep_ == "acomp" and _lemma(node) in LIKELIHOOD)


def _tells_likelihood(copula: Any) -> bool:
    """Whether a copula only says how likely an infinitive is ("is likely to reopen")."""
    return any(
        _likelihood(c) and any(g.dep_ == "xcomp" for g in c.children) for c in copula.children
    )


def events_of(doc: Any) -> list[FieldValue]:
    """Event fields of a parsed sentence, spans relative to it.

    One ``event`` per asserted content verb, and one ``background`` per content verb of a
    clause of time (:func:`_in_time_clause`).
    """
    out: list[FieldValue] = []
    for verb in doc:
        lemma = _lemma(verb)
        copula = lemma == "be" and verb.dep_ == "ROOT"
        if not (verb.pos_ == "VERB" or copula) or _in_name(verb):
            continue
        support = _support(verb)
        undergone = _undergone(verb) if support is None else None
        if undergone is not None:  # "suffered minor injuries": injured
            support = (undergone[0], undergone[1], None)
        # "take on", "give up"; "made two arrests" tells an arrest
        phrasal = (lemma in LIGHT and (_predicate(verb) != lemma or support is not None)) or (
            lemma == "go" and _predicate(verb) == "go ahead"
        )
        if (
            lemma in NOT_EVENTS and not phrasal and not _failed_alone(verb) and not _declared(verb)
        ) or (lemma == "be" and _tells_likelihood(verb)):
            continue
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and _lemma(verb.head) in STOPPING:
            continue  # "stopped processing withdrawals": the stop is the event (STOPPING)
        question = _open_question(verb)
        chooser = _decided_against(verb)
        if (resisted := _resisted(verb)) is not None:
            kind = "event"  # "resisted calls to resign": he did not resign
        elif chooser is not None:
            kind = "event"  # "decided against lodging an objection": none was lodged
        elif question is not None or _asserted(verb):
            kind = "event"
        elif _in_time_clause(verb):
            kind = "background"
        else:
            continue
        negative, cues, modality = _frame(verb if resisted is None else resisted)
        if chooser is not None:
            _, cues, modality = _frame(chooser)
            negative, cues = True, [*cues, chooser, verb.head]
        if question is not None:  # "too early to say what caused it": an open question
            negative, cues, modality = False, question, "unknown"
        if (too := _too_to(verb)) is not None:  # "too badly injured to survive": no survival
            negative, cues = not negative, [*cues, too]
        if (passed_over := _rather_than(verb)) is not None:  # "rather than wait": no wait
            negative, cues = not negative, [*cues, *passed_over]
        if negative and _excepted(verb):
            continue  # "did not speak other than to confirm his name": it spoke, narrowly
        if modality in PERHAPS and any(
            c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children
        ):
            modality = f"{modality} have"  # "may have caused": perhaps done, not to come
        if resisted is not None:
            negative = not negative
            call = next(c for c in resisted.children if c.dep_ == "dobj" and c.i < verb.i)
            cues = [*cues, resisted, call]
        helpers = [
            c
            for c in verb.children
            if c.dep_ in ("aux", "auxpass", "prt")
            or (c.dep_ == "neg" and not _not_before(verb, c))
            or _loose_particle(verb, c)
            or (c.lower_ in ("ahead", "place") and _predicate(verb) in ("go ahead", "take place"))
        ]
        none = _none_words(verb)
        tokens = [verb, *cues, *helpers, *none, *([support[1]] if support else [])]
        start = min(t.idx for t in tokens)
        last = max(tokens, key=lambda t: t.idx)
        end = last.idx + len(last.text)
        if end - start > 60:  # a cue far from its verb: keep the verb's own words
            start, end = verb.idx, verb.idx + len(verb.text)
        subject: str | None
        thing: str | None
        said_it = False  # a doer told by "it", read as the body saying it (:func:`_speaker_of_it`)
        patient = _argument(verb, ("nsubjpass",), inherit=True)
        if patient in PRONOUNS:  # "the memos, which were released": the memos
            patient = _antecedent(verb, ("nsubjpass",)) or patient
        if patient is not None and _raised(verb):  # "Hale is believed to be cooperating"
            subject, thing = patient, _argument(verb, ("dobj", "attr"))
        elif patient is not None:  # "the plan was approved (by the council)"
            # "households will be offered a larger bin": the bin is what is offered, the
            # households whom (a passive of giving keeps its object)
            subject, thing = _agent(verb), _argument(verb, ("dobj",)) or patient
        else:
            subject = _argument(verb, ("nsubj",), inherit=True)
            if subject in PRONOUNS:  # "Ortiz, who has pleaded guilty": Ortiz
                subject = _antecedent(verb, ("nsubj",)) or subject
            if subject == "it" and (speaker := _speaker_of_it(verb)) is not None:
                subject, said_it = speaker, True  # "the chain said it had removed the toy"
            if resisted is not None and (subject is None or subject in PRONOUNS):
                subject = _argument(resisted, ("nsubj",), inherit=True)  # the one called on
            if chooser is not None and (subject is None or subject in PRONOUNS):
                subject = _argument(chooser, ("nsubj",), inherit=True)  # the one choosing
            thing = _argument(verb, ("dobj", "attr")) or _made_to(verb) or _decided_by_prep(verb)
            if subject is not None and _passive_infinitive(verb):
                # "the deal is yet to be approved (by parliament)": the deal is approved
                subject, thing = _agent(verb), subject
        if support is not None:  # "dropped bombs on the camp": bombed the camp
            thing = support[2]
        if undergone is not None:  # "two passengers suffered injuries": they were hurt
            subject, thing = None, (patient if _passive(verb) else subject)
        subject = None if subject in PRONOUNS or subject in WH_WORDS else subject
        thing = None if thing in WH_WORDS else thing
        out.append(
            FieldValue(
                kind=kind,
                text=doc.text[start:end],
                span=(start, end),
                value=EventValue(
                    predicate=support[0] if support else _predicate(verb),
                    negative=negative,
                    cue=" ".join(t.text for t in sorted(cues, key=lambda t: t.idx)) or None,
                    modality=modality,
                    subject=subject,
                    object=None if thing in PRONOUNS else thing,
                    aside=True if kind == "event" and _in_aside(verb) else None,
                    tense=_tense(verb),
                    doer_named=True if _named(subject, doc) and not said_it else None,
                    doer_said_it=True if said_it else None,
                    one_befallen=True if _one_befallen(verb) else None,
                    befallen_age=_befallen_age(verb),
                    object_none=True if none else None,
                ),
            )
        )
    return out + _nominal_events(doc) + _undone_events(doc) + _none_made(doc)


RESISTING = frozenset(["resist", "reject", "defy", "ignore", "rebuff", "dismiss", "refuse"])
"""Verbs that turn down a call to act: "resisted calls to resign" tells he did not resign."""

PROPOSALS = frozenset(["proposal", "plan", "motion", "bid", "recommendation"])
"""Nouns of a proposal put to a body, which its rejection ends ("rejected a proposal to
scrap late fines": none scrapped); not one another party owns ("rejected the company's
plan to cut jobs": the company may cut them still)."""
CALLS = frozenset(["call", "demand", "pressure", "plea", "appeal", "request", "urging"]) | PROPOSALS
"""Nouns of a call on someone to act, whose clause says what they were called on to do."""


CHOOSING = frozenset(["decide", "opt", "choose", "elect"])
"""Verbs of choosing whose "against" tells what was not done: "decided against lodging"."""


def _decided_against(verb: Any) -> Any | None:
    """The asserted verb that chose against doing ``verb``, else None.

    "The association decided against lodging an objection", "the board opted against
    raising fees": the gerund is told as not done (by the one choosing), as "decided not
    to lodge" is. Not "voted against" (a vote may be lost) nor "advised against".
    """
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "against" or prep.dep_ != "prep":
        return None
    chooser = prep.head
    if _lemma(chooser) not in CHOOSING or not _asserted(chooser):
        return None
    if any(c.dep_ == "neg" for c in chooser.children):
        return None  # "did not decide against raising": nothing told either way
    return chooser


def _resisted(verb: Any) -> Any | None:
    """The asserted verb that turned down a call to do ``verb``, else None.

    "The minister resisted calls to resign", "the coach rejected demands that he step
    down", "the mayor defied pressure to quit": the call's clause is told as not done
    (by the one called on, the subject of the turning down), as "refused to resign" is;
    so is a proposal's, turned down by the body it was put to ("the cabinet rejected a
    proposal to scrap late fines", "the board rejected a plan to close the pool").
    """
    noun = verb.head
    if verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        # the parser may hang the call's infinitive on the turning down ("resisted calls /
        # to resign after the report"): the call is the turning down's object before it
        noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), verb.head)
    elif verb.dep_ not in ("acl", "relcl"):
        return None
    if noun.i == verb.i or _lemma(noun) not in CALLS:
        return None
    if noun.dep_ != "dobj" or _lemma(noun.head) not in RESISTING or not _asserted(noun.head):
        return None
    if _lemma(noun) in PROPOSALS and any(c.dep_ == "poss" for c in noun.children):
        return None  # "rejected the company's plan to cut jobs": not the rejecter's to end
    return noun.head


NOMINALS = {"resignation": "resign", "retirement": "retire", "withdrawal": "withdraw"}
"""Nouns of a step one takes oneself, and its verb: "announced his resignation" resigns."""

TAKING = frozenset(["announce", "tender", "submit", "confirm", "hand"])
"""Verbs whose object, a step of one's own (:data:`NOMINALS`), tells the step taken."""

DELIBERATING = frozenset(["consider", "weigh", "mull", "contemplate"])
"""Verbs whose object, a step one may take (:data:`NOMINALS`, or an appeal), tells the step
as undecided: "is considering an appeal" may appeal, "is weighing her retirement" may
retire. No possessive is asked: the one who weighs it would take it."""

DELIBERATED = {**NOMINALS, "appeal": "appeal"}
"""The steps :data:`DELIBERATING` verbs may weigh, and their verbs."""


def _words_over(doc: Any, tokens: list[Any]) -> tuple[str, tuple[int, int]]:
    """The words from the first of ``tokens`` to the last, and their span in the text."""
    start = min(t.idx for t in tokens)
    last = max(tokens, key=lambda t: t.idx)
    end = last.idx + len(last.text)
    return doc.text[start:end], (start, end)


def _nominal_events(doc: Any) -> list[FieldValue]:
    """Events told as a noun of a step one takes oneself, announced or handed in.

    "The minister announced his resignation", "the coach tendered her resignation", "the
    senator confirmed his withdrawal from the race": the minister resigns, the senator
    withdraws, told with the frame of the announcing verb ("did not announce his
    resignation" does not resign). Only with a possessive: "a resignation" names no one.
    A step weighed (:data:`DELIBERATING`: "the club is considering an appeal") is told as
    undecided, its modality the weighing verb.
    """
    out = []
    for noun in doc:
        head = noun.head
        weighed = _lemma(head) in DELIBERATING
        verb_of = (DELIBERATED if weighed else NOMINALS).get(str(noun.lower_))
        if verb_of is None or noun.dep_ != "dobj" or not (weighed or _lemma(head) in TAKING):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if (owner is None and not weighed) or not _asserted(head):
            continue
        negative, cues, modality = _frame(head)
        if weighed:
            modality = _lemma(head)  # "is considering an appeal": it may appeal
            cues = [*cues, head]
        subject = _argument(head, ("nsubj",), inherit=True)
        if owner is not None and owner.tag_ != "PRP$":
            subject = _lemma(owner)  # "announced Smith's resignation": Smith resigns
        subject = None if subject in PRONOUNS else subject
        text, span = _words_over(doc, [head, noun, *cues])
        out.append(
            FieldValue(
                kind="event",
                text=text,
                span=span,
                value=EventValue(
                    predicate=verb_of,
                    negative=negative,
                    cue=" ".join(t.text for t in sorted(cues, key=lambda t: t.idx)) or None,
                    modality=modality,
                    subject=subject,
                    tense=_tense(head),
                    doer_named=True if _named(subject, doc) else None,
                ),
            )
        )
    return out


WITHOUT_NOUNS = {"charge": "charge"}
"""Nouns after "without" that name an act, and its verb: "released without charge"."""

RELEASING = frozenset(["release", "free", "discharge"])
"""Verbs that end what was done to someone: released without a charge, no charge came.
"Held without charge" is no such end: a charge may still follow."""


def _undone_events(doc: Any) -> list[FieldValue]:
    """Acts a release "without" tells were not done to the one released, as negative events.

    "The man was released without charge" and "the two activists were freed without
    being charged" tell that no one charged them: the act is done to the one the release
    befell (its passive subject or object). Only after a release the claim asserts and
    tells as done: "if they are released without charge" tells nothing happened, and
    "held without charge" may still end in a charge.
    """
    out = []
    for word in doc:
        head = word.head
        if word.lower_ != "without" or word.dep_ != "prep" or _lemma(head) not in RELEASING:
            continue
        if head.pos_ != "VERB" or not _asserted(head) or _frame(head)[0]:
            continue
        for child in word.children:
            if child.dep_ == "pobj":
                verb = WITHOUT_NOUNS.get(_lemma(child))
            elif child.dep_ == "pcomp" and any(c.dep_ == "auxpass" for c in child.children):
                verb = _lemma(child)  # "freed without being charged"
            else:
                continue
            if verb is None or verb in NOT_EVENTS:
                continue
            thing = _argument(head, ("nsubjpass",), inherit=True) or _argument(head, ("dobj",))
            end = child.idx + len(child.text)
            out.append(
                FieldValue(
                    kind="event",
                    text=doc.text[word.idx : end],
                    span=(word.idx, end),
                    value=EventValue(
                        predicate=verb,
                        negative=True,
                        cue="without",
                        object=None if thing in PRONOUNS else thing,
                        tense=_tense(head),
                    ),
                )
            )
    return out


NONE_MADE = {"arrest": "arrest", "injury": "injure"}
"""Nouns of an act that "no" denies, and its verb: "no arrests have been made" tells no one
was arrested, as "no one was arrested" does, and "no injuries were reported" that no one
was hurt. A noun with a word that narrows it ("no serious injuries") denies only that
kind: it is left alone."""

NONE_HELD = frozenset(
    ["consultation", "inquiry", "hearing", "referendum", "ballot", "vote", "election",
     "debate", "ceremony", "parade", "funeral", "trial", "meeting"]
)  # fmt: skip
"""Nouns of an occasion one holds, that "no" denies: "there will be no public consultation"
tells that none will be held, as "a public consultation will be held" tells one will (the
occasion is the thing held)."""

MAKING = frozenset(["make", "be", "have", "report"])
"""Verbs that only say the act of their noun happened: "made no arrests", "there have been
no arrests", "no arrests were reported", "there will be no inquiry"."""


def _none_made(doc: Any) -> list[FieldValue]:
    """Acts told by their noun under "no" as negative events: "no arrests have been made".

    "Police have made no arrests", "no arrests have been made" and "there have been no
    arrests" tell that no one was arrested: the act, denied, with no one it was done to.
    "There will be no public inquiry" and "there would be no consultation" tell an occasion
    that will not be held (:data:`NONE_HELD`): the holding, denied, done to the occasion.
    Only under a verb that says no more than that it happened (:data:`MAKING`), in a
    clause the claim asserts.
    """
    out = []
    for noun in doc:
        held = _lemma(noun) in NONE_HELD
        verb = "hold" if held else NONE_MADE.get(_lemma(noun))
        head = noun.head
        if verb is None or noun.dep_ not in ("dobj", "nsubjpass", "attr", "nsubj"):
            continue
        no = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), None)
        if no is None or _lemma(head) not in MAKING or not _asserted(head):
            continue
        if not held and any(c.dep_ == "amod" for c in noun.children):
            continue  # "no serious injuries": only that kind denied
        negative, cues, modality = _frame(head)
        if noun.dep_ in _NO_SUBJECTS:  # the frame read this "no" as denying the verb
            negative, cues = not negative, [c for c in cues if c.i != no.i and c.i != noun.i]
        if negative:
            continue  # "no arrests" under another "not" is no denial of the arrest
        subject = _argument(head, ("nsubj",)) if noun.dep_ == "dobj" else None
        text, span = _words_over(doc, [no, noun, head, *cues])
        out.append(
            FieldValue(
                kind="event",
                text=text,
                span=span,
                value=EventValue(
                    predicate=verb,
                    negative=True,
                    cue="no",
                    modality=modality,
                    subject=None if subject in PRONOUNS else subject,
                    object=_lemma(noun) if held else None,
                    tense=_tense(head),
                ),
            )
        )
    return out


def events_told(claim: Claim, kind: str = "event") -> list[EventValue]:
    """The claim's events of ``kind``, as their values.

    ``event`` (the default) is what the claim reports; ``background`` is what it tells
    only as the time of its own.
    """
    return [f.value for f in claim.fields if f.kind == kind and isinstance(f.value, EventValue)]


class EventExtractor:
    """Events (predicate, polarity, modality, doer, thing done to) from the parse.

    Also the events a claim tells only as the time of its own (``background``).
    """

    kinds = ("event", "background")

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return one event field per content verb; none without a parse."""
        if context.doc is None:
            return []
        return sorted(events_of(context.doc), key=lambda f: f.span)
