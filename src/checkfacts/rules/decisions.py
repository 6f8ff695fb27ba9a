"""Rules for decisions: what one source says was decided, and another says is still open.

Grants, planning permissions, licences, closures and trials are told with their
decision. One outlet writes that "the council granted planning permission last week" or
that "the fund confirmed a grant of £2.3 million"; another, of the same day or later,
that "the application has yet to be decided" or "is still being considered, and no
decision has been made". Both cannot be right: one states as made what the other says is
still open. As with causes (:mod:`checkfacts.rules.causes`), the two sentences rarely
resemble each other, so they are read across a story (:mod:`checkfacts.across`), and only
when they share what was decided: the grant, the permission, the closure.

Each rule takes the two claims (the one that tells the decision as made first) and its
settings, and returns the explanation when it decides, else None.
"""

from __future__ import annotations

import re

from checkfacts.models import AttributionValue, Claim, EventValue, QuantityValue
from checkfacts.rules.causes import NOT_THE_THING as NOT_THE_CAUSE
from checkfacts.rules.causes import found_cause, open_cause, stem, things
from checkfacts.rules.gates import surname, surnames
from checkfacts.rules.registry import NoSettings, rule

_MADE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?P<made>(?:been\s+)?charged(?=\s+(?:with|after|over|in\s+connection)\b|[.,;]|\s*$)"
    r"|granted|approved|awarded|confirmed|agreed(?!\s+(?:that|with)\b)|rejected"
    r"|(?<=has\s)(?:suspended|revoked)(?=\s+(?:[\w'’-]+\s+){0,3}(?:licen[cs]e|permit|registration"
    r"|accreditation|certificate)s?\b)"
    r"|refused(?!\s+to\s+(?:comment|say|confirm|discuss|reveal|disclose|name|speculate|answer))"
    r"|turned\s+down|voted\s+(?:to|through|down|in\s+favour)|signed\s+off|gave\s+(?:the\s+)?"
    r"(?:go-ahead|green\s+light)|given\s+(?:the\s+)?(?:go-ahead|green\s+light)|decided)\b",
    re.I,
)
"""A decision told as made: "the council granted planning permission", "the fund confirmed a
grant of £2.3 million", "the committee refused to renew the licence", "governors approved
the closure" (not "refused to comment", which decides nothing, nor "agreed that Iran was a
problem", an opinion shared); a suspect charged ("has been charged with fraud", "was charged
after a raid"); a licence or a permit taken away ("has suspended the firm's licence", not
"a sentence suspended for two years", nor "has suspended its science programme")."""

_PASSIVE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|already\s+)?been|is|was|were|are)\s+$", re.I
)
"""A passive before "confirmed": the thing confirmed is its subject ("the extension has been
confirmed, with funding secured"), no closing telling ("..., the council confirmed.")."""

_HEDGED_AFTER = re.compile(
    r"\b(?:(?-i:may|May(?=\s+(?:be|have|not|well)\b))|might|could|if|whether|not|no|yet"
    r"|unless|provisional(?:ly)?|subject\s+to|propos(?:e|es|ed|al)|pending|await(?:s|ed|ing)?)\b",
    re.I,
)
"""Words after a decision's verb that leave it open: "approved the plan in principle, subject
to a vote", "agreed to the proposal"; not "will" ("confirmed that the show will go ahead"
tells a decision made about what is to come). "May" is the month unless a verb follows it
("will start work on the section in May" is no hedge)."""

_ASIDE_OR_EARLIER = re.compile(
    r"\b(?:that|which|who)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)?\s*$"
    r"|\b(?:previously|earlier|originally|initially|once)\b",
    re.I,
)
"""Words before a decision's verb that make it a thing's description or an earlier decision:
"a facility that was approved by prosecutors", "had previously agreed to send her to
another clinic"; not the decision the story is about."""

_UNSURE = re.compile(
    r"\b(?:(?-i:may|May(?=\s+(?:be|have|not|well)\b))|might|could|would|will|shall|should|if"
    r"|whether|not|no|nothing|yet|expected|likely"
    r"|hope[sd]?|hoping|plan(?:s|ned)?|propos(?:e|es|ed|al)|recommend(?:s|ed)?|consider(?:s|ed|ing)?"
    r"|await(?:s|ed|ing)?|pending|provisional(?:ly)?|reportedly|understood|believed|unless"
    r"|before\s+(?:it|they|the)\s+(?:can|could))\b",
    re.I,
)
"""Words that leave a decision unmade, or deny it: a decision told with one is none made."""

_OPEN = re.compile(
    r"(?P<open>"
    r"\b(?:still\s+)?being\s+considered\b|\bunder\s+consideration\b"
    r"|\bno\s+(?:final\s+)?decision\s+(?:has|had|have)\s+(?:yet\s+)?been\s+(?:made|taken|reached)"
    r"|\bno\s+(?:final\s+)?decision\s+(?:yet|had\s+yet|has\s+yet)\b"
    r"|\b(?:has|had|have|is|was|are|were)\s+yet\s+to\s+(?:be\s+)?(?:decided|approved|agreed"
    r"|confirmed|granted|decide|make\s+a\s+decision)\b"
    r"|\b(?:has|had|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:decided|approved|agreed|granted)\b"
    r"|\bnot\s+yet\s+(?:been\s+)?(?:decided|approved|agreed|granted)\b"
    r"|\bnothing\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:decided|agreed|confirmed)\b"
    r"|\b(?:remains?|remained|still)\s+under\s+review\b"
    r"|\b(?:deferred|postponed|delayed|put\s+off)\s+(?:a|its|the|their|any)\s+(?:final\s+)?decision\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:made|taken|reached)\s+a\s+(?:final\s+)?decision"
    r"|\btoo\s+early\s+to\s+(?:put|set|give)\s+a\s+date\b"
    r"|\b(?:only|still)\s+at\s+(?:the\s+|an\s+)?(?:ideas?|early|discussion)\s+stages?\b"
    r"|\b(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:considering|deciding)\s+whether\b"
    r"|\b(?:backed|agreed|approved|supported|accepted)\s+in\s+principle\b"
    r"|\ban?\s+(?:agreement|approval)\s+in\s+principle\b"
    r"|\b(?:the|a)\s+final\s+decision\s+(?:will|would|is\s+due\s+to|is\s+expected\s+to)\s+be\s+"
    r"(?:taken|made)\b"
    r"|\bonly\s+(?:an\s+option|one\s+option|being\s+(?:looked\s+at|considered|discussed))\b"
    r"|\b(?:idea|option|possibility)\s+(?:that\s+)?(?:we|they|he|she|it)(?:[’']re|[’']s|\s+are"
    r"|\s+is|\s+were|\s+was)\s+(?:only\s+|still\s+)?(?:looking\s+at|considering|exploring)\b"
    r"|\btoo\s+early\s+to\s+(?:say|confirm|promise)[\"”’']?\s+(?:whether|when|if|where|who|how)\b"
    r"|\breleased\s+(?:on\s+bail\s+)?without\s+(?:being\s+)?charged?\b"
    r"|\breleased\s+(?:on\s+(?:police\s+)?bail\s+|under\s+investigation\s+)(?:while|pending)\s+"
    r"(?:further\s+|police\s+)?(?:inquiries|enquiries|investigations?)\b"
    r"|\breleased\s+under\s+investigation\b"
    r"|\bno\s+charges?\s+(?:have|has|had)\s+(?:yet\s+)?been\s+(?:brought|laid|filed)"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+charged\b"
    r"|\b(?:neither|no\s+one|no-one|nobody|none)\b[^.;:]{0,30}?\b(?:has|have|had)\s+(?:yet\s+)?"
    r"been\s+charged\b"
    r")",
    re.I,
)
"""A decision told as still open: "the application has yet to be decided", "is still being
considered and no decision has been made", "a larger trial is only being considered", "it
was too early to say when building would begin", "the cabinet deferred a decision on the
scanning centre", "only at the ideas stage", "an idea we're looking at", "bosses are
still deciding whether the catch counts"; a decision only in principle, the final one
still to be taken ("backed in principle", "the final decision will be taken by full
council"); a suspect not
charged ("released without charge while inquiries continue", "no charges have been
brought", "neither man has been charged", "released on bail while inquiries continue",
"released under investigation")."""

_NOT_THE_THING = frozenset(
    ["decision", "decided", "decide", "considered", "considering", "consideration", "approved",
     "granted", "confirmed", "agreed", "rejected", "refused", "being", "still", "said", "says",
     "told", "yesterday", "today", "spokesman", "spokeswoman", "spokesperson", "final", "made",
     "early", "whether", "option", "only", "week", "month", "year", "last", "next", "will",
     "also", "asked", "charged", "charge", "charges", "released", "bail", "inquiries",
     "continue", "force"]
) | NOT_THE_CAUSE  # fmt: skip
"""Words two claims share that say nothing of what was decided: the words of deciding and
of who tells it (those that say nothing of a cause, :data:`~checkfacts.rules.causes.
NOT_THE_THING`, too)."""


_CLAUSE_START = re.compile(r"[,;:]|\b(?:after|before|when|because|since|once|and|but)\b", re.I)
"""Where the clause of a decision's verb begins: "the lido will reopen after the fund
confirmed a grant" tells the grant in a clause of its own."""


_AHEAD = re.compile(r"\b(?:will|is\s+to|are\s+to|(?:is|are)\s+set\s+to)\b", re.I)
_AHEAD_HEDGED = re.compile(
    r"\b(?:(?-i:may|May(?=\s+(?:be|have|not|well)\b))|might|could|if|whether|not|no|unless"
    r"|expected|likely|hope[sd]?|plan(?:s|ned)?)\b",
    re.I,
)


def _decided_ahead(told: str) -> bool:
    """Whether the words a closing "confirmed" tells name what is to be, unhedged.

    "The nursery will close on 29 August, the trust has confirmed" tells a decision; "the
    fraudsters diverted £265,000, the university confirmed" a fact, and "the pool may
    reopen in May, the council confirmed" nothing decided.
    """
    return _AHEAD.search(told) is not None and _AHEAD_HEDGED.search(told) is None


_FOUND_BY = re.compile(
    r"\s+by\s+(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,2}?(?:survey|tests?|study|analysis"
    r"|checks?|inspection|post-mortem|scan|sampling|laboratory|lab)\b",
    re.I,
)
"""What a thing was confirmed by when it was found, not decided: "confirmed by a survey",
"confirmed by laboratory tests"."""
_WILL_NOT = re.compile(r"\b(?:will|would)\s+not\b(?!\s+yet\b)|\bwon['’]t\b", re.I)
"""What a "confirmed" decision rules out: "the council confirmed that the leaseholders will
not be charged for the work" is a decision made, not left open."""


_NONE_BEFORE = re.compile(r"\b(?:neither|no\s+one|no-one|nobody|none)\b[^.;:,]{0,30}$", re.I)
"""Words before a decision's verb that make its subject no one: "neither man has been"."""


def made_decision(claim: Claim) -> re.Match[str] | None:
    """Where a claim tells a decision as made, with no word in its clause leaving it open.

    Not a cause found (:func:`~checkfacts.rules.causes.found_cause`: "confirmed that the
    slurry caused the deaths" is read as a cause), nor "confirmed" closing a sentence as its
    telling ("fraudsters diverted £265,000, the university confirmed"), nor a decision that
    describes its noun or came before (:data:`_ASIDE_OR_EARLIER`).
    """
    if found_cause(claim) is not None:
        return None
    for m in _MADE.finditer(claim.text):
        clause = _CLAUSE_START.split(claim.text[: m.start("made")])[-1] + m.group(0)
        after = re.split(r"[,;:.]", claim.text[m.end() :])[0]
        if m.group("made").lower() == "confirmed":
            if _FOUND_BY.match(claim.text, m.end()):
                continue  # "their return was confirmed by a survey in 2014": a finding
            after = _WILL_NOT.sub(" will ", after)  # "confirmed that ... will not be charged"
        if _UNSURE.search(clause) or _HEDGED_AFTER.search(after):
            continue
        if _NONE_BEFORE.search(clause[: len(clause) - len(m.group(0))]):
            continue  # "neither man has been charged": no one was
        closing = m.group("made").lower() == "confirmed" and not after.strip()
        if closing and _PASSIVE_BEFORE.search(claim.text[: m.start("made")]):
            closing = False  # "an extension to Tollbridge has been confirmed, with funding"
        if closing and not _decided_ahead(claim.text[: m.start()]):
            continue  # "..., the university confirmed.": a telling, no decision
        if _ASIDE_OR_EARLIER.search(clause[: len(clause) - len(m.group(0))]):
            continue  # "a facility that was approved by prosecutors": which one, not news
        if _MANY_DECIDED.search(clause[: len(clause) - len(m.group(0))]):
            continue  # "23% of applications were turned down": a tally of many decisions
        return m
    return _will_do(claim)


_MANY_DECIDED = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|per\s*cent)?|\b(?:half|most|many|some|none|all)\b)"
    r"(?:\s+(?:of\s+)?[\w'’-]+){0,6}\s+(?:were|was|had\s+been|have\s+been|are)\s+$",
    re.I,
)
"""A count or share of things told as decided, a tally of many decisions rather than the
one a story waits on: "38% of them were turned down", "120 of the applications were
refused", "most bids were rejected"."""


_WILL_DO = re.compile(
    r"\b(?P<made>will\s+(?:not\s+)?(?:be\s+)?(?P<verb>[a-z]{3,}))\b(?!\s+to\b)", re.I
)
"""What a source tells as certain to come: "the theatre will reopen on 18 September", "the
route will run twice a week from November"."""
_NOT_DONE = frozenset(["have", "need", "want", "remain", "continue", "also", "still", "then"])
"""Words after "will" that name no act of their own."""


_ASKED = re.compile(r"\b(?:how|when|where|whether|what|who|which)\b", re.I)
"""Words that make the clause of a "will" a question, not a thing told certain."""


def _will_do(claim: Claim) -> re.Match[str] | None:
    """Where a claim tells an act as certain to come, unhedged in its clause, else None.

    Only a question asked of that very act leaves it open (:func:`one_decision`): "the
    theatre will reopen on 18 September" / "too early to say whether the theatre would
    reopen in September".
    """
    if _OPEN.search(claim.text):
        return None  # "too early to say how the students will be graded"
    for m in _WILL_DO.finditer(claim.text):
        if m.group("verb").lower() in _NOT_DONE:
            continue
        clause = _CLAUSE_START.split(claim.text[: m.start()])[-1]
        if _ASKED.search(clause):
            continue  # "asked when the route will run": a question
        after = re.split(r"[,;:.]", claim.text[m.end() :])[0]
        if _UNSURE.search(clause) or _HEDGED_AFTER.search(after):
            continue
        if _NONE_BEFORE.search(clause[: len(clause) - len(m.group(0))]):
            continue  # "neither man has been charged": no one was
        return m
    return None


_ASKED_FIRST = re.compile(
    r"\b[Aa]sked\s+(?:afterwards\s+|later\s+|again\s+)?(?P<q>(?:when|whether|if|how|where)\b"
    r"[^,;.]{3,100}?),\s+(?P<who>[^.;]{0,80}?)\btoo\s+early\s+to\s+(?:say|tell|confirm)\b"
    r"[\"”’']?(?=\s*(?:[.;,]|$))"
)
"""A question put first, then answered "too early to say": "Asked afterwards when the dojo
would open, she said it was too early to say"."""


def asked_first(claim: Claim) -> Claim:
    """A claim whose question is put before its "too early to say", read with it after.

    "Asked when the dojo would open, she said it was too early to say" is read as "she said
    it was too early to say when the dojo would open": the question names what is open.
    """
    m = _ASKED_FIRST.search(claim.text)
    if m is None:
        return claim
    text = f"{claim.text[: m.start()]}{m['who']}too early to say {m['q']}{claim.text[m.end() :]}"
    return claim.model_copy(update={"text": text})


_AN_IDEA = re.compile(r"(?:idea|option|possibility)\b", re.I)
"""An open thing told as an idea or an option someone is looking at (see :data:`_OPEN`)."""


def open_decision(claim: Claim) -> re.Match[str] | None:
    """Where a claim tells a decision as still open, if it does (no cause still open)."""
    if open_cause(claim) is not None:
        return None
    text = asked_first(claim).text
    found = list(_OPEN.finditer(text))
    # an idea weighed names no more than the words after it may: "an idea we are looking at,
    # ... too early to say whether or where it would open" is read by its question
    told = [m for m in found if not _AN_IDEA.match(m.group(0))]
    chosen = told or found
    return chosen[0] if chosen else None


SHARED_WORDS = 2
"""Least number of words of what was decided two claims must share."""


def one_decision(made: Claim, open_: Claim) -> bool:
    """Whether a decision made and a decision open are of one thing.

    The two claims share at least :data:`SHARED_WORDS` words that may name it ("planning",
    "Ardle", "council"; "Coastal", "Heritage", "Fund"); the open claim is read with the
    sentences around it (its ``statement``, which the cross-cluster stage gives it). Two
    claims that name two people apart tell of two people ("Hale has been charged" / "Reyes
    was released without charge"), and a suspect's charge is no other decision ("officials
    confirmed the group got in at the depot" / "the driver had not been charged").
    """
    open_ = asked_first(open_)
    named, others = surnames(made), surnames(open_)
    if _only_tellers(made) and _only_tellers(open_):
        named = others = set()  # "Oyelaran said it will reopen" / "Stiles said too early"
    if named and others and not named & others:
        return False  # "Hale has been charged" / "Reyes was released without charge"
    ages_made, ages_open = _ages(made), _ages(open_)
    if ages_made and ages_open and not ages_made & ages_open:
        return False  # "a 16-year-old boy has been charged" / "a 17-year-old ... released"
    at = open_decision(open_)
    charging = _of_a_charge(at) or _CHARGING.search(open_.text) is not None
    ahead = made_decision(made)
    if _of_a_charge(ahead) != charging:
        return False  # "confirmed the group got in at the depot" / "had not been charged"
    told = things(open_.text, _NOT_THE_THING) | things(open_.statement, _NOT_THE_THING)
    mine = things(made.text, _NOT_THE_THING)
    # the open words themselves may name what is open ("too early to say whether ...")
    asked = None
    if at is not None:
        asked = _TOO_EARLY.match(open_.text, at.start()) or _DECIDED_ON.match(
            open_.text, at.start()
        )
    clause: set[str] = set()
    acts: set[str] = set()
    if asked is not None:
        # "too early to say whether pedalo hire would return" names what is open itself;
        # "too early to say whether it would be approved" leaves it to the words before
        question = _ASKED_END.split(open_.text[asked.end() :])[0]
        acts = {stem(w) for w in re.findall(r"[a-z]+", question.lower())}
        clause = things(question, _NOT_THE_THING)
        clause = {w for w in clause - _MODAL_WORDS if len(w) > 3}  # "ice" names too little
        if _POINTS_BACK.match(question):
            clause = set()  # "whether that would be part of the package": named before
        restoring = _RESTORED.search(made.text) and _RESTORED.search(question)
        if clause and not mine & clause and not (_asks_when(asked) and restoring):
            return False  # (a return asked "when" names its thing in other words: "the mast
            # would be back in service by Thursday" / "when the signal would be restored")
        if _asks_when(asked) and not _dated(made, ahead):
            return False  # "too early to say when the trial would begin" / "approved the trial"
    if _weighed_apart(open_, mine):
        return False  # "a grant was only being looked at" / "voted through the CCTV policy"
    if ahead is not None and ahead.re is _WILL_DO:
        # an act told as certain to come is open only where its very act is asked after:
        # "will reopen on 18 September" / "too early to say whether it would reopen"
        if asked is None or asked.re is not _TOO_EARLY:
            return False
        if stem(ahead.group("verb").lower()) not in acts:
            return False
    return len(mine & told) >= SHARED_WORDS


_WEIGHED = re.compile(
    r"(?P<subject>[^,;:.\"“”]{1,60}?)[\"”’']?\s+(?:was|is|were|are)\s+[\"“‘']?"
    r"(?:only|still|now)?\s*(?:being\s+)?(?:looked\s+at|considered|discussed|explored"
    r"|weighed)\b",
    re.I,
)
"""An open thing named as the subject of its weighing: "a grant was 'only being looked at'",
"refunds for the lost performances were being considered". A decision made of something
else ("voted through the CCTV policy") is no telling of it, whatever words the sentences
around share."""
_WEIGHING = re.compile(
    r"\b(?:was|is|were|are)\s+(?:also\s+|still\s+|now\s+|only\s+)?(?:considering|looking\s+at"
    r"|exploring|weighing(?:\s+up)?|discussing)\s+(?P<act>[a-z]+ing\s+(?:a|an|the|its|their)"
    r"\s[^,;:.\"“”]{1,40})",
    re.I,
)
"""An open act named as what its doer weighs: "the family was also considering selling the
top field", "she is looking at opening a second shop". A decision made of something else
("has been awarded a five-star licence") is no telling of it."""
_PHRASE_END = re.compile(
    r"\s+(?:on|in|at|to|for|from|with|by|of|near|beside|and|or|but|so|because|after|before)\b",
    re.I,
)
"""Words that end a noun phrase ("a second shop [in the town]")."""
_CLAUSE_OPENER = re.compile(r"\b(?:said|says|told|added|that|but|and|while|whether)\b", re.I)
"""Words that open the clause whose subject is weighed: "he said [a grant] was ..."."""


def _weighed_apart(open_: Claim, made_things: set[str]) -> bool:
    """Whether an open claim weighs a thing it names that a made decision does not name.

    ``made_things`` are the words that may name what the made decision decided
    (:func:`~checkfacts.rules.causes.things` of its text).

    "He said a grant was 'only being looked at'" beside "councillors voted through the CCTV
    policy": two things, one settled and one open, however many words the sentences around
    the open claim share with the settled one (so a source that tells both is no source
    that tells one thing both ways). A weighed thing told by a word that points back ("an
    extension", "the idea", "options") names nothing of its own, and is read as the
    sentences around it are.
    """
    weighing = _WEIGHING.search(open_.text)
    if weighing is not None:  # the head of what is weighed: "selling the top field" -> field
        head = _PHRASE_END.split(weighing["act"])[0].split()[-1]
        named = things(head, _NOT_THE_THING | _POINTING_BACK)
        return bool(named) and not named & made_things
    weighed = _WEIGHED.search(open_.text)
    if weighed is None:
        return False
    subject = _CLAUSE_OPENER.split(weighed["subject"])[-1]
    if not _DETERMINED.match(subject):
        return False  # a claim cut mid-phrase ("containers is still being considered")
    named = things(subject, _NOT_THE_THING | _POINTING_BACK)
    return bool(named) and not named & made_things


_DETERMINED = re.compile(r"^\s*(?:a|an|the|any|its|their)\s", re.I)
"""A weighed thing told as a whole noun phrase: "a grant", "the discount"."""

_POINTING_BACK = frozenset(
    ["idea", "ideas", "option", "options", "extension", "increase", "rise", "change",
     "changes", "move", "plan", "plans", "proposal", "application", "request", "bid",
     "matter", "issue", "possibility", "scheme"]
)  # fmt: skip
"""Nouns that name a thing weighed by pointing back to it: "an extension was being
discussed", "the idea was being looked at", "the application was still being considered"."""


_RESTORED = re.compile(
    r"\b(?:restor\w*|back\s+(?:in|on|up|open)\b|reopen\w*|resum\w*|return\w*|reconnect\w*"
    r"|open\s+again\b)",
    re.I,
)
"""Words of a thing put back as it was: "back in service", "restored", "reopen", "resume",
"open again" ("too early to say when we'll be open again")."""


def _asks_when(asked: re.Match[str]) -> bool:
    """Whether open words ask when: "too early to say when"."""
    return asked.group(0).lower().rstrip().endswith("when")


_POINTS_BACK = re.compile(r"\s*(?:that|it|this|they|these|those)\b", re.I)
"""A question that names what is open by a word pointing back: "whether that would be part
of the package", "whether it could be repaired"."""


def _dated(claim: Claim, made: re.Match[str] | None) -> bool:
    """Whether a claim dates what was decided, not the deciding: what "when" asks after.

    "Confirmed the trial will begin on Saturday, September 13" and "confirmed that visiting
    will resume on Friday" answer "too early to say when"; "gave the go-ahead for the trial
    on Wednesday" dates the go-ahead, the decision's own day.
    """
    if made is None:
        return False
    start, end = claim.span[0] + made.start(), claim.span[0] + made.end()
    own = {
        f.value.predicate
        for f in claim.fields
        if isinstance(f.value, EventValue) and f.span[0] < end and start < f.span[1]
    }
    return any(
        f.kind == "date"
        and f.span[0] >= end
        and (
            f.governor not in (None, *own)
            or _WILL_BETWEEN.search(claim.text, made.end(), f.span[0] - claim.span[0]) is not None
        )
        for f in claim.fields
    )


_WILL_BETWEEN = re.compile(r"\b(?:will|would)\b")
"""A "will" between the decision and a date the parse hangs on the deciding or on no verb:
"confirmed the helipad will be operational by summer next year" dates what was decided, as
"confirmed the mast would be back in service by Thursday" does."""


def _only_tellers(claim: Claim) -> bool:
    """Whether every person a claim names is one who tells it.

    "Hale has been charged" names whom it is about; "the manager, Bernadette Oyelaran,
    said the theatre will reopen" only who said it, and another source's "chair Graham
    Stiles said it was too early to say" may tell of the same theatre. A claim that names
    someone it tells of ("Okafor rejected the argument") keeps its people.
    """
    speaking = {
        surname(f.value.person)
        for f in claim.fields
        if isinstance(f.value, AttributionValue) and f.value.person
    }
    return not surnames(claim) - speaking


_CHARGING = re.compile(
    r"\b(?:face\s+charges?|charge\s+(?:him|her|them)|prosecut\w*\b(?!\s+service))\b", re.I
)
"""Words of an open decision that make it a suspect's charge: "may also face charges ...
but prosecutors had not yet decided whether to bring a case" (not the name of a prosecution
service: "a Crown Prosecution Service spokesperson said it was too early to say whether
confiscation proceedings would be brought")."""


def _ages(claim: Claim) -> set[float]:
    """The ages a claim tells of people: two claims telling two ages tell of two people."""
    return {
        float(v.low)
        for f in claim.fields
        if isinstance(v := f.value, QuantityValue) and v.unit == "years old" and v.low is not None
    }


def _of_a_charge(m: re.Match[str] | None) -> bool:
    """Whether a decision's words tell of charging a suspect ("charged", "without charge").

    A suspect released on bail or under investigation "while inquiries continue" is one
    not charged, whatever words are left out.
    """
    return m is not None and ("charge" in m.group(0).lower() or "released" in m.group(0).lower())


_DECIDED_ON = re.compile(
    r"\bno\s+(?:final\s+)?decision\s+(?:has|had|have)\s+(?:yet\s+)?been\s+(?:made|taken|reached)"
    r"\s+(?:on|about|over)\b",
    re.I,
)
"""An open decision that names what is open after it: "no decision had been taken on the
future of the Kelby drying site" is about the site, not the merger agreed."""
_ASKED_END = re.compile(r"[.;:,]|\b(?:because|since|as|while)\b", re.I)
"""Where the question a "too early to say" asks ends: "too early to put a date on full
reconnection because damage in the upper dale ..." asks about reconnection alone, and "no
decision on the future of the drying site, which would be reviewed alongside the group's
other stores" about the site."""

_MODAL_WORDS = frozenset(["would", "could", "can", "will", "may", "might", "should", "able"])
"""Words of an open clause that name nothing open: "whether it would be approved"."""
_TOO_EARLY = re.compile(
    r"\btoo\s+early\s+to\s+(?:(?:say|confirm|promise)[\"”’']?\s+(?:whether|when|if|where|who|how)"
    r"|(?:put|set|give)\s+a\s+date\s+on)\b",
    re.I,
)
"""An open question that names what is open in the clause after it: "too early to say
whether pedalo hire would return" is about pedalos, not the dredging contract awarded."""


@rule("decisions.made_and_open", "nuance", NoSettings)
def made_and_open(a: Claim, b: Claim, s: NoSettings) -> str | None:
    """One source tells a decision as made, another of the same story as still open.

    Read across a story (:mod:`checkfacts.across`): the claims need not resemble each
    other. Not when the open question was published first (the story moved on), nor when
    a source tells both.

    Fires: "the district council granted planning permission for the hall last week" /
    "the planning application for the hall has yet to be decided by the district council"
    (a crab plant); "the heritage fund confirmed a grant of £2.3 million for the pavilion" /
    "the heritage fund said the application was still being considered" (a pier pavilion).
    Holds: "the council granted planning permission for the hall" / "a decision on the
    school's new roof has not yet been made" (another thing); "the council is expected to
    grant planning permission" / "the application has yet to be decided" (nothing made);
    "the council awarded a £412,000 contract to dredge the boating lake" / "it was too
    early to say whether pedalo hire on the lake would return" (what is open is named after
    "whether", and is another thing).
    """
    made = made_decision(a)
    opened = open_decision(b)
    if made is None or opened is None or not one_decision(a, b):
        return None
    return (
        f"“{made.group(0)}” tells the decision as made; “{opened.group('open')}” says "
        "it is still open: one of the sources is ahead of, or behind, what is known."
    )


RULES = (made_and_open,)
"""The rules of the family, in order."""
