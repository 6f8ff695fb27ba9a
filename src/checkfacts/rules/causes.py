"""Rules for causes: what one source says was found to cause something, and another not.

Fires, leaks, collapses, outbreaks and recalls are told with their cause. One outlet
writes that investigators "are satisfied the fire was started deliberately" or that
"engineers confirmed a failed joint caused the leak"; another, of the same day, that
"the cause has not yet been established". Both cannot be right: one states as found what
the other says is still open. The two sentences rarely resemble each other (the open
one is often five words), so they are read across a story, not within a claim cluster
(:mod:`checkfacts.across`), and only when they share what was caused: the fire, the
leak, the virus.

Each rule takes the two claims (the one that tells the cause as found first) and its
settings, and returns the explanation when it decides, else None.
"""

from __future__ import annotations

import re

from checkfacts.models import Claim
from checkfacts.rules.registry import NoSettings, rule
from checkfacts.vocabulary import FUNCTION_WORDS

_FOUND_BY = re.compile(
    r"\b(?:confirmed|established|satisfied|concluded|determined|found|proved|shown|showed"
    r"|identified|traced|admitted|accepted)\b(?:\s+(?:that|this|the|it))?[^.;:]{0,80}?"
    r"(?P<cause>\b(?:caused|started\s+(?:deliberately|on\s+purpose)|set\s+(?:deliberately"
    r"|on\s+purpose)|sparked|triggered|came\s+(?:in|from|with)|reached\s+the|failed|as\s+the\s+"
    r"source|was\s+the\s+source|deliberate(?:ly)?|due\s+to(?!\s+(?:start|begin|open|close"
    r"|finish|end|be|take|run|resume|reopen|restart|return|arrive|launch|go)\b)|because\s+of"
    r"|carried\s+out\s+by"
    r"|(?:was|were|had\s+been)\s+(?:behind|responsible\s+for|to\s+blame\s+for))\b)",
    re.I,
)
"""A cause told as found: "investigators had confirmed the fire was started deliberately",
"engineers confirmed that a failed joint caused the leak", "established that the virus
reached the farm in contaminated feed", "tests had confirmed the granola as the source";
and who or what did it, found: "police confirmed the intrusion had been carried out by a
hacking group", "confirmed a gang was behind the raids"; not "due to" a verb, a schedule
("has been confirmed, with work due to start next spring")."""

_TOLD_AS_FACT = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?P<cause>(?:caused|started|sparked"
    r"|triggered)\s+by|started\s+(?:deliberately|on\s+purpose)|set\s+(?:deliberately|on\s+"
    r"purpose))"
    r"|\b(?:had\s+|has\s+|have\s+)?(?P<did>caused|started|sparked|triggered)\s+the\b",
    re.I,
)
"""A cause told as plain fact: "the blaze had been caused by an electrical fault", "the fire
was started deliberately", "a faulty cooling unit had caused the fire"."""

_NAMED_AS = re.compile(
    r"\b(?:cause|source)\b[^.;:]{0,30}?\b(?:has|had|have|was|is)\s+(?:now\s+)?(?:been\s+)?"
    r"(?P<cause>confirmed|identified|established|found)\s+as\b",
    re.I,
)
"""A cause told as found by naming it: "the cause had been confirmed as contaminated fuel",
"the source of the leak has been identified as a cracked pipe"."""

_UNSURE = re.compile(
    r"\b(?:may|might|could|possibl[ey]|probabl[ey]|likely|suspect(?:s|ed)?|believ(?:e|es|ed)"
    r"|thought|appear(?:s|ed)?|seem(?:s|ed)?|understood|reportedly|if|whether|not|no|yet"
    r"|inquiry|investigation|examining|one\s+of|too\s+early|unclear|unknown|asked)\b",
    re.I,
)
"""Words that leave a cause unsure, or deny it: a cause told with one is no cause found
(nor is one asked after: "asked what had caused the breakdown")."""

_OPEN = re.compile(
    r"(?P<open>"
    r"\b(?:cause|source|origin)\b(?:\s+of\s+(?P<what>(?:the\s+|a\s+|this\s+|their\s+|his\s+"
    r"|her\s+)?[\w'’-]+(?:\s+[\w'’-]+)?))?[^.;:]{0,30}?\b(?:has|had|have|is|was)\s+(?:still\s+)?"
    r"not\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+|officially\s+)?(?:established|determined"
    r"|confirmed|identified|known|proven|proved)"
    r"|\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:established|determined|identified"
    r"|confirmed|found)\s+(?:why|what|how|where|whether|the\s+(?:cause|source|origin))"
    r"|\bnot\s+yet\s+(?:been\s+)?(?:established|determined|known|clear)\s+(?:why|what|how"
    r"|whether)"
    r"|\b(?:cause|source)\s+(?:is|was|remains?)\s+(?:still\s+)?(?:unknown|unclear|under\s+"
    r"investigation|not\s+(?:yet\s+)?known|being\s+investigated)"
    r"|\bno\s+(?:link|cause)\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:proven|established"
    r"|confirmed|found)"
    r"|\btoo\s+early\s+to\s+(?:say|tell)\s+(?:what|why|how)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:caused|started|happened|went\s+wrong)"
    r"|\btoo\s+early\s+to\s+(?:say|tell)\s+(?:who|whether|if)\b[^.;:]{0,60}?\b(?:was|were|is"
    r"|are|had\s+been)\s+(?:behind|responsible|to\s+blame)"
    r"|\b(?:investigating|to\s+establish|to\s+determine)\s+(?:what|why|how|whether)\b[^.;:]{0,60}?"
    r"\b(?:caused|started|happened|went\s+wrong)"
    r"|\b(?:not\s+(?:yet\s+|immediately\s+)?clear|unclear)\s+(?:what|why|how)\s+(?:caused"
    r"|started)"
    r"|\basked\s+(?:what|why|how)\b[^.;:]{0,40}?\b(?:caused|started|happened|went\s+wrong)\b"
    r"[^.;:]{0,80}?\b(?:too\s+early\s+to\s+(?:say|tell)|(?:could|would)\s+not\s+(?:say|yet\s+say))"
    r")",
    re.I,
)
"""A cause told as still open: "the cause has not yet been established", "officials have
not yet established why it failed", "the source had not been established", "no link had
yet been proven", "an investigation is under way to establish whether the granola caused
their illness", "too early to say what had caused the stone to come loose", "too early to
say whether chromium from the works was responsible", "too early to say who was behind
the intrusion"; asked what caused it, someone "said it was too early to say"."""

NOT_THE_THING = frozenset(
    ["cause", "caused", "causes", "source", "origin", "established", "confirmed", "found",
     "investigators", "investigator", "investigation", "inquiry", "police", "officers",
     "officials", "official", "council", "spokesperson", "spokeswoman", "spokesman", "said",
     "says", "told", "service", "yet", "still", "been", "being", "stressed", "added",
     "deliberately", "started", "satisfied", "determined", "early", "today", "yesterday"]
)  # fmt: skip
"""Words two claims share that say nothing of what was caused: the words of finding out,
of who tells it, and of the cause itself."""


def found_cause(claim: Claim) -> re.Match[str] | None:
    """Where a claim tells a cause as found or as plain fact, with no word leaving it unsure.

    The clause that tells it is read for :data:`_UNSURE` ("may have been a factor", "one
    of several lines of inquiry", "an arson inquiry had been opened" tell no cause found).
    """
    for pattern in (_FOUND_BY, _TOLD_AS_FACT, _NAMED_AS):
        for m in pattern.finditer(claim.text):
            clause = re.split(r"[,;:]", claim.text[: m.start()])[-1] + m.group(0)
            after = re.split(r"[,;:.]", claim.text[m.end() :])[0]
            if _UNSURE.search(clause) or re.match(r"\s*(?:inquiry|investigation)\b", after):
                continue
            return m
    return None


def open_cause(claim: Claim) -> re.Match[str] | None:
    """Where a claim tells a cause as still open, if it does."""
    return _OPEN.search(claim.text)


def things(text: str, besides: frozenset[str] = NOT_THE_THING) -> set[str]:
    """The words of a text that may name what was caused (or decided).

    Content words of three letters or more ("hub", "bin"), a possessive's "'s" left off
    ("the park's"), none of ``besides`` (:data:`NOT_THE_THING`), each as its stem
    (:func:`stem`): "the bins will stay permanently" and "whether the bin becomes
    permanent" share "bin" and "permanent".
    """
    words = {re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text)}
    kept = {w for w in words if len(w) >= 4 or (len(w) == 3 and w not in _SHORT_WORDS)}
    return {stem(w) for w in kept - FUNCTION_WORDS - besides}


_SHORT_WORDS = frozenset(
    ["not", "she", "out", "two", "one", "new", "his", "her", "our", "now", "can", "off",
     "day", "per", "all", "end", "six", "run", "may", "set", "put", "say", "any", "did",
     "how", "way", "yet", "due", "too", "you", "own", "get", "man", "far", "him", "see",
     "use", "led", "ago", "old", "let", "men", "hit", "won", "ten", "top", "win", "got",
     "few", "ran", "low", "ask", "lot", "met", "saw", "add", "i'm", "was", "has", "had",
     "are", "who", "why", "its", "big"]
)  # fmt: skip
"""Words of three letters that name no thing decided or caused ("say", "too", "new"): those
that do ("hub", "bin", "bus", "fee", "tax", "ban") are read."""


def stem(word: str) -> str:
    """A word without the ending of a plural, an adverb, a past or a noun of an act.

    "bins" gives "bin", "permanently" "permanent", "charities" "charity", "reconnected" and
    "reconnection" "reconnect", "visitors" and "visiting" "visit" (one who does it: "-or"),
    "demolition" and "demolished" "demolish" ("business" and "press" keep their "s").
    """
    if word.endswith("ly") and len(word) > 5:
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("olition"):
        return word[:-5] + "ish"  # "demolition" is to "demolish" as "abolition" to "abolish"
    for ending in ("ion", "ing", "ed", "or"):
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            word = word[: -len(ending)]  # "reconnected", "reconnection": "reconnect"
            break
    return _ONE_STEM.get(word, word)


_ONE_STEM = {"linked": "link", "connect": "link"}
"""Stems of one meaning told in two words: a raid "linked to" others, or "connected"."""


def one_thing(found: Claim, open_: Claim) -> bool:
    """Whether a cause found and a cause open are of one thing.

    The open claim names it ("the cause of the fire"), or says nothing but its being open
    ("the cause has not yet been established"), when its standalone words (its
    ``statement``, which the cross-cluster stage gives the sentences around it) say what
    is meant. A thing named must be told by the other claim too ("the cause of death" is no
    cause of the fire).
    """
    m = open_cause(open_)
    if m is None:
        return False
    if m.group("what"):
        named = things(m.group("what"))
        return bool(named) and bool(named & things(found.text))
    return bool(things(found.text) & (things(open_.text) | things(open_.statement)))


@rule("causes.found_and_open", "nuance", NoSettings)
def found_and_open(a: Claim, b: Claim, s: NoSettings) -> str | None:
    """One source tells a cause as found, another of the same story as still open.

    Read across a story (:mod:`checkfacts.across`): the claims need not resemble each
    other. Not when the open question was published first (the story moved on), nor when
    a source tells both.

    Fires: "investigators are satisfied this fire was started deliberately" / "the cause of
    the fire has not yet been established" (a bus depot fire); "engineers have confirmed
    that a failed joint on a heating pipe caused the leak" / "the cause of the leak has not
    yet been established" (an archive flood).
    Holds: "the fire was started deliberately" / "the cause of death has not been
    established" (another thing); "corrosion may have been a factor in the collapse" /
    "the cause of the collapse has not been established" (a cause told unsure).
    """
    found = found_cause(a)
    opened = open_cause(b)
    if found is None or opened is None or not one_thing(a, b):
        return None
    return (
        f"“{found.group(0)}” tells the cause as found; “{opened.group('open')}” says it is "
        "still open: one of the sources is ahead of, or behind, what is known."
    )


RULES = (found_and_open,)
"""The rules of the family, in order."""
