"""Stage 2, claims: :class:`~checkfacts.models.Document` -> :class:`~checkfacts.models.Claim`.

A claim is a check-worthy sentence of the article body, or its headline. Its
``text`` is the source's exact words and ``span`` their place:
``document.content.text[start:end] == claim.text``, always. Boilerplate marked by
ingest, questions, fragments and run-ons (over ``MAX_SENTENCE_CHARS``) yield no claims;
a source may give at most ``MAX_CLAIMS``.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, NamedTuple

from checkfacts import nlp
from checkfacts.errors import InputError
from checkfacts.extractors.events import SAYING
from checkfacts.ingest import PAGE_STAMP, paragraphs
from checkfacts.models import Claim, Document
from checkfacts.vocabulary import PEOPLE, TITLES

MIN_WORDS = 5
"""Sentences with fewer words than this are fragments, not claims."""
MAX_SENTENCE_CHARS = 2_000
"""Longer "sentences" (lists, tables, text with no full stops) are not claims. The
longest sentence in the corpora has 518 characters; parsing and reading the fields of
a run-on takes time that grows with the square of its length (2,000 characters: 0.15 s,
8,000: 1.6 s, 300,000: over five minutes)."""
MAX_CLAIMS = 2_000
"""Most check-worthy sentences read from one source. The longest article in the corpora
gives about 60 and a 10,000-word feature about 500; each costs a parse (some 7 ms) and
a place in the alignment, so a file of many thousands is refused, not read for minutes."""

_LEAD_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+\.\s+|[*_]{1,3}(?=\w))+")
_TRAIL_MARKUP = re.compile(r"(?:(?<=\S)[*_]{1,3}|\s+)+$")
_OPINION = re.compile(
    r"\b(?:I|we) (?:think|believe|feel|hope|fear)\b|\bin (?:my|our) (?:view|opinion)\b|"
    r"\blet'?s\b|\b(?:should|must|ought to)\b(?! (?:be|have been) (?:able|possible))",
    re.IGNORECASE,
)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")


def sentences_of(
    document: Document, *, spacy_model: str, max_claims: int = MAX_CLAIMS
) -> list[tuple[int, int, str]]:
    """The check-worthy sentences of ``document`` as (start, end, kind), in reading order.

    Raises :class:`InputError` as :func:`extract_claims` says.
    """
    content = document.content
    text = content.text
    skipped = [s.span for s in content.skipped]
    sentences: list[tuple[int, int, str]] = []
    if content.headline is not None:
        a, b = _trim(text, *content.headline)
        if b - a <= MAX_SENTENCE_CHARS:
            sentences.append((a, b, "headline"))
    paras = [
        p
        for p in (_after_prefix(text, q, skipped) for q in paragraphs(text, content.body[0]))
        if p != content.headline and not any(_overlaps(p, s) for s in skipped)
    ]
    splitter = nlp.sentencizer(spacy_model)
    longest = max(paras, key=lambda p: p[1] - p[0], default=(0, 0))
    if longest[1] - longest[0] > splitter.max_length:
        raise InputError(
            f"a paragraph of {longest[1] - longest[0]:,} characters, over the limit of "
            f"{splitter.max_length:,}; break it into paragraphs",
            path=document.source.path,
        )
    for doc, (pa, _pb) in zip(splitter.pipe(text[a:b] for a, b in paras), paras, strict=True):
        for start, end in _joined_at_numbers(doc):
            a, b = _trim(text, pa + start, pa + end)
            stamp = PAGE_STAMP.match(text[a:b])
            if stamp and len(text[a + stamp.end() : b].split()) >= 4:
                a += stamp.end()  # "Monday, Sep 10, 2012 | Updated 9:01 AM EDT The trial ..."
            if b > a and _check_worthy(text[a:b]):
                sentences.append((a, b, "opinion" if _OPINION.search(text[a:b]) else "fact"))
        if len(sentences) > max_claims:
            raise InputError(
                f"more than {max_claims:,} claims in one source (the limit per source); "
                "split the file",
                path=document.source.path,
            )
    sentences.sort()
    return sentences


_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|no|nos)\.\s*$")
"""An abbreviation of "number" that ends a piece the splitter cut: "behind No." before
"4417 Countess of Arden", "platform No." before "2"."""


def _joined_at_numbers(doc: Any) -> list[tuple[int, int]]:
    """The sentences of ``doc`` as character spans, those cut after "No." before a digit joined.

    The splitter ends a sentence at every full stop the tokenizer keeps apart; "No." before
    a figure is "number", and what follows belongs to the same sentence: "will ride behind
    No. 4417 Countess of Arden from Saturday", "the engine, No. 7 in the fleet, runs".
    """
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        cut = spans and _NUMBER_SIGN.search(doc.text[spans[-1][0] : spans[-1][1]])
        if cut and doc.text[start:end][:1].isdigit():
            spans[-1] = (spans[-1][0], end)
            continue
        spans.append((start, end))
    return spans


def extract_claims(
    document: Document,
    *,
    spacy_model: str,
    max_claims: int = MAX_CLAIMS,
    sentences: list[tuple[int, int, str]] | None = None,
) -> list[Claim]:
    """Return the claims of one document, in reading order, with stable ids.

    Each check-worthy sentence gives one claim, or several when it joins clauses
    that stand on their own ("X signed A, and Y will build B"); an appositive about a
    named person or organization ("Dmitry Rogozin, the chief of Roscosmos") gives one
    more. A sentence whose subject is a pronoun ("They", "It") gets a ``statement``
    with the pronoun replaced by the subject of the sentence before, and
    ``continues`` naming that sentence's claim.

    Raises :class:`InputError` naming the file, before any parse, when it holds more
    than ``max_claims`` check-worthy sentences, or a paragraph too long to split.
    ``sentences`` are those :func:`sentences_of` gives, when the caller has them.
    """
    if sentences is None:
        sentences = sentences_of(document, spacy_model=spacy_model, max_claims=max_claims)
    text = document.content.text
    docs = nlp.parse([text[a:b] for a, b, _ in sentences], spacy_model)
    drafts: list[_Draft] = []
    previous_subject: str | None = None
    previous_thing = False
    previous_person = False
    previous_first: int | None = None
    for (a, _b, kind), doc in zip(sentences, docs, strict=True):
        parts = atomic_parts(doc) if kind != "headline" else [_Part(0, len(doc.text), None)]
        first = len(drafts)
        for part in parts:
            pa, pb = _trim(text, a + part.start, a + part.end)
            words = text[pa:pb]
            statement = plain_words(part.statement or words)
            continues = None
            pronoun = _subject_pronoun(doc) if part.start == 0 and part.statement is None else None
            if pronoun is not None and previous_first is not None:
                continues = previous_first
                word = words[pronoun[0] : pronoun[1]].lower()
                if (
                    previous_subject
                    and (
                        (word in _PERSONAL and (word == "they" or previous_person))
                        or (word == "it" and previous_thing and _it_is_a_thing(doc))
                    )
                    and not _quoted(text, pa + pronoun[0])
                ):
                    rest = _uncontracted(words[pronoun[1] :], doc, pronoun[1])
                    statement = plain_words(
                        previous_subject + rest
                        if pronoun[0] == 0
                        else words[: pronoun[0]] + previous_subject + rest
                    )
            drafts.append(_Draft(pa, pb, kind, statement, continues))
        subject = _subject_phrase(doc)
        if subject is not None and _subject_pronoun(doc) is None:
            previous_subject, previous_first = subject, first
            previous_thing = _names_a_thing(doc)
            previous_person = _may_be_a_person(doc)
        elif subject is None:
            previous_subject, previous_first, previous_thing = None, None, False
            previous_person = False
    return _with_ids(document.source.id, text, drafts)


class _Part(NamedTuple):
    start: int
    end: int
    statement: str | None


class _Draft(NamedTuple):
    start: int
    end: int
    kind: str
    statement: str
    continues: int | None


def _with_ids(source_id: str, text: str, drafts: list[_Draft]) -> list[Claim]:
    ids: list[str] = []
    seen: dict[str, int] = {}
    for d in drafts:
        key = " ".join(text[d.start : d.end].split()) + "\n" + d.statement
        digest = hashlib.sha1(key.encode()).hexdigest()[:10]
        seen[digest] = seen.get(digest, 0) + 1
        ids.append(f"{source_id}:{digest}" + ("" if seen[digest] == 1 else f"-{seen[digest]}"))
    return [
        Claim(
            id=ids[n],
            source_id=source_id,
            text=text[d.start : d.end],
            span=(d.start, d.end),
            statement=d.statement,
            kind=d.kind,  # type: ignore[arg-type]
            continues=None if d.continues is None else ids[d.continues],
        )
        for n, d in enumerate(drafts)
    ]


_PRONOUNS = {"they", "it", "he", "she", "this", "these", "we"}
_PERSONAL = {"they", "he", "she"}
"""Subject pronouns replaced in a claim's statement; "it" and "this" often point at an
event or an object rather than the last subject, so they only link the claims, except
"it" after a subject that names a thing (:func:`_names_a_thing`, :func:`_it_is_a_thing`)."""
_SUBJECTS = {"nsubj", "nsubjpass"}

_NOT_THINGS = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
"""Entity labels "it" cannot stand for."""

_CLAUSES = {"ccomp", "xcomp", "csubj", "csubjpass"}
"""Dependencies of a clause: with one, a passive "it" is a placeholder ("it was reported that")."""


def _uncontracted(rest: str, doc: Any, at: int) -> str:
    """The words after a replaced pronoun, its contracted verb spelled out.

    "They've sunk" becomes "The party have sunk", not "The party've sunk"; "'re",
    "'ll" and "'d" likewise ("'d lost" is "had lost", "'d lose" "would lose"). "'s"
    sits well after a name ("Reid's checked in") and stays as written.
    """
    clitic = next((t for t in doc if t.idx == at), None)
    if clitic is None or clitic.text[:1] not in ("'", "\u2019"):
        return rest
    word = clitic.text[1:].lower()
    verb = _CLITICS.get(word)
    if word == "d":
        verb = "had" if clitic.head.tag_ == "VBN" else "would"  # "'d lost" / "'d lose"
    if verb is None:
        return rest
    return " " + verb + rest[len(clitic.text) :]


_CLITICS = {"ve": "have", "re": "are", "ll": "will"}
"""Contracted verbs that cannot follow a name as written, and the words they stand for."""


def _quoted(text: str, at: int) -> bool:
    """Whether position ``at`` of the text sits inside a quotation of its paragraph.

    In "'This is a sham,' the manager said. 'They have sunk to a new low.'" the quoted
    "they" is the speaker's (the party he attacks), not the manager the sentence before
    names: a pronoun inside quotation marks is left as written. Marks are counted from
    the paragraph's start: curly ones open and close, straight ones alternate.
    """
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    curly = before.count("\u201c") - before.count("\u201d")
    return curly > 0 or before.count('"') % 2 == 1


def _names_a_thing(doc: Any) -> bool:
    """Whether the main clause's subject is one named thing "it" can stand for.

    "The Ever Given, a container ship ...", "the Interior Department" and "the Mat Maid
    dairy" are; a person, two things ("the United States and North Korea"), a plural,
    and a common noun ("the decision", which "it" may or may not mean) are not. The
    name is in the subject's head or the words before it: a proper noun, an entity,
    or a capitalised word after the first (spaCy reads the ship "Ever Given" as a verb).
    """
    tok = _main_subject(doc)
    if tok is None:
        return False
    whole = doc[tok.left_edge.i : tok.right_edge.i + 1]
    if any(t.ent_type_ in _NOT_THINGS for t in whole) or tok.tag_ in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "conj" for c in tok.children):
        return False
    named = [tok, *(c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod"))]
    return any(
        t.pos_ == "PROPN" or t.ent_type_ or (t.i > whole.start and t.text[:1].isupper())
        for t in named
    )


_PERSON_NOUNS = frozenset(
    ["suspect", "son", "daughter", "brother", "sister", "friend", "neighbor", "neighbour",
     "owner", "founder", "patient", "driver", "player", "author", "writer", "artist",
     "analyst", "expert", "economist", "scientist", "researcher", "professor", "witness",
     "survivor", "attacker", "killer", "assailant", "accused", "head", "boss", "executive",
     "manager", "politician", "candidate", "prosecutor", "investigator", "detective"]
)  # fmt: skip
"""Nouns for a person, besides those counted as people (:data:`PEOPLE`) and titles."""
_NOT_PEOPLE = _NOT_THINGS - {"PERSON"} | {
    "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
}  # fmt: skip


def _may_be_a_person(doc: Any) -> bool:
    """Whether the main clause's subject may be the person a "he" or "she" after it means.

    A person's name, a noun for people ("the woman", "the deputy", "the manager") or an
    unknown proper name may be; "the eruption", "the company" or "Greece" are not, and a
    "he" after them stands for someone named before, left as written.
    """
    tok = _main_subject(doc)
    if tok is None:
        return False
    whole = doc[tok.left_edge.i : tok.right_edge.i + 1]
    if any(t.ent_type_ == "PERSON" for t in whole):
        return True
    if tok.ent_type_ in _NOT_PEOPLE:
        return False
    lemma = str(tok.lemma_).lower()
    if lemma in PEOPLE or lemma in TITLES or tok.pos_ == "PROPN":
        return True
    return lemma in _PERSON_NOUNS


def _it_is_a_thing(doc: Any) -> bool:
    """Whether a sentence's subject "it" surely stands for a thing, not a placeholder.

    Only two readings are taken: something done to it ("It was freed six days later",
    "It was built in 1935") and its telling ("It said the change would take effect").
    Elsewhere "it" is as often a placeholder ("It was probably chance when", "It took
    six days to free the ship", "It is unclear whether") or the situation ("It started
    with the polar bears"), and is left as written.
    """
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    deps = {c.dep_ for c in root.children}
    if "nsubjpass" in deps:
        return not deps & _CLAUSES and "acomp" not in deps
    return "nsubj" in deps and str(root.lemma_).lower() in SAYING


def _main_subject(doc: Any) -> Any | None:
    """The first token that is the subject of the sentence's root, if any."""
    return next((t for t in doc if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"), None)


def _subject_pronoun(doc: Any) -> tuple[int, int] | None:
    """Character span of the main clause's subject when it is a bare pronoun."""
    tok = _main_subject(doc)
    if tok is not None and tok.lower_ in _PRONOUNS and tok.left_edge == tok == tok.right_edge:
        return tok.idx, tok.idx + len(tok.text)
    return None


def _subject_phrase(doc: Any) -> str | None:
    """The main clause's subject, in the sentence's words, if it names something."""
    tok = _main_subject(doc)
    if tok is None:
        return None
    phrase = doc.text[tok.left_edge.idx : tok.right_edge.idx + len(tok.right_edge.text)]
    if len(phrase.split()) > 12:
        return None
    return phrase[0].upper() + phrase[1:] if phrase else None


_IRREGULAR_PARTICIPLES = frozenset(
    ["built", "shut", "cut", "set", "put", "held", "made", "sold", "paid", "laid", "found",
     "kept", "sent", "spent", "brought", "bought", "told", "hit", "let", "split"]
)  # fmt: skip
"""Past participles not in "-ed" that read the same as the past form ("the road shut")."""


def _gapped(root: Any, conj: Any) -> bool:
    """Whether a conjoined clause borrows the passive of the first one.

    "The lifeboat will be withdrawn and the boathouse closed at the end of March": the
    boathouse "will be" closed too, and its date belongs to both; cut off, "the boathouse
    closed" would read as done. So would "the old road will be dug up and the new one
    opened in May".
    """
    passive = any(c.dep_ == "auxpass" for c in root.children)
    own = {c.dep_ for c in conj.children}
    low = str(conj.lower_)
    participle = low.endswith("ed") or low in _IRREGULAR_PARTICIPLES
    return (
        passive
        and participle
        and conj.tag_ in ("VBD", "VBN")
        and not own & {"aux", "auxpass", "dobj"}  # "and some operators gave up": its own
    )


def atomic_parts(doc: Any) -> list[_Part]:
    """Split a parsed sentence into the parts that each state one claim.

    Coordinated main clauses with their own subjects become separate parts (each
    the smallest contiguous stretch of the sentence that holds it); an appositive
    naming what a person or organization is becomes an extra part whose statement
    says so ("Dmitry Rogozin is the chief of Roscosmos").
    """
    text = doc.text
    parts: list[_Part] = []
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    cut = None
    if root is not None:
        for conj in root.children:
            if (
                conj.dep_ == "conj"
                and conj.pos_ in ("VERB", "AUX")
                and any(c.dep_ in _SUBJECTS for c in conj.children)
                and conj.left_edge.i > root.i
                and not _gapped(root, conj)
            ):
                cut = conj.left_edge.i
                break
    if (
        cut is not None
        and _ADDED_FIGURE.search(text[doc[cut].idx :])
        and _DIGIT.search(text[: doc[cut].idx])
    ):
        cut = None  # "..., and a grant added another $1.2 million": told as added to the first
    if cut is not None:
        left_end = doc[cut - 1]
        while left_end.i > 0 and (left_end.dep_ == "cc" or left_end.is_punct):
            left_end = doc[left_end.i - 1]
        first = (0, left_end.idx + len(left_end.text))
        second = (doc[cut].idx, len(text))
        if len(text[first[0] : first[1]].split()) >= MIN_WORDS and (
            len(text[second[0] : second[1]].split()) >= MIN_WORDS
        ):
            parts += [_Part(*first, None), _Part(*second, None)]
    if not parts and (halves := _two_clauses(doc)) is not None:
        parts += [_Part(*halves[0], None), _Part(*halves[1], None)]
    if not parts:
        parts.append(_Part(0, len(text), None))
    for tok in doc:
        if tok.dep_ != "appos" or tok.head.ent_type_ not in ("PERSON", "ORG") or tok.tag_ == "NNS":
            continue
        head = tok.head
        between = text[head.idx + len(head.text) : tok.left_edge.idx]
        if between.strip() != ",":
            continue  # "X (Y" or an appositive attached across other words
        name_start = min(t.idx for t in head.subtree if t.ent_iob_ != "O" or t == head)
        name_tokens = [t for t in head.subtree if t.i <= head.i and t.ent_type_ == head.ent_type_]
        if not name_tokens:
            continue
        name = text[name_tokens[0].idx : head.idx + len(head.text)]
        last = tok.right_edge
        for t in tok.subtree:
            if t.dep_ == "cc" and t.i > tok.i:  # "the chief of Roscosmos and Zhang Kejian"
                last = doc[t.i - 1]
                break
        end = last.idx + len(last.text)
        appos = text[tok.left_edge.idx : end].rstrip(" ,")
        end = tok.left_edge.idx + len(appos)
        if len(appos.split()) < 3 or appos.count(",") > 1:
            continue
        parts.append(_Part(name_start, end, f"{name} is {appos}"))
    parts += _aside_parts(doc)
    return parts


_ADDED_FIGURE = re.compile(
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+(?:[$£€¥]\s?)?\d", re.I
)
"""A figure told as added to one before it: "and a federal grant added another $1.2
million", "and the lottery fund gave a further £250,000". Its clause is no claim of its
own: the figure means nothing without the one it adds to."""
_DIGIT = re.compile(r"\d")

_CONTRAST = frozenset(["while", "whereas"])
"""Conjunctions that, after a comma, open a clause set against the one before it."""
CLAUSE_MIN_WORDS = 4
"""Fewest words of a clause split from its sentence ("management has offered 8%")."""


def _two_clauses(doc: Any) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two clauses a sentence sets side by side, each stating a fact of its own.

    A semicolon joins two clauses that each have their own subject and verb ("Workers
    want 12%; management has offered 8%"); a clause opened by "while" or "whereas" after
    a comma, with its own subject and closing the sentence, sets a second fact against
    the first ("The union wants 12%, while the airport has offered 7%"). Each becomes a
    part, so that another outlet telling one of the two facts alone can meet it. A
    semicolon inside a quotation, one that ends a list of names, and a "while" of time
    ("he was shot while he walked home": no comma) leave the sentence whole.
    """
    text = doc.text
    for tok in doc:
        if tok.text == ";" and not _quoted(text, tok.idx):
            left, right = doc[: tok.i], doc[tok.i + 1 :]
        elif (
            tok.lower_ in _CONTRAST
            and tok.dep_ == "mark"
            and tok.i > 0
            and doc[tok.i - 1].text == ","
            and tok.head.dep_ == "advcl"
            and tok.head.left_edge.i == tok.i
            and all(t.is_punct for t in doc[tok.head.right_edge.i + 1 :])
        ):
            left, right = doc[: tok.i - 1], doc[tok.i + 1 :]
        else:
            continue
        if _a_clause(left) and _a_clause(right):
            first = _trim(text, left.start_char, left.end_char)
            return first, _trim(text, right.start_char, right.end_char)
    return None


def _a_clause(span: Any) -> bool:
    """Whether ``span`` holds a clause: a subject of a verb, both inside it."""
    if len(span.text.split()) < CLAUSE_MIN_WORDS:
        return False
    inside = range(span.start, span.end)
    return any(
        t.dep_ in _SUBJECTS and t.head.i in inside and t.head.pos_ in ("VERB", "AUX") for t in span
    )


_RELATIVE_SUBJECTS = frozenset(["who", "which"])
_CLAUSE_ENDS = frozenset([",", ".", ";", ":", "\u2014", "\u2013", "--", ")"])
_ASIDE_CLOSES = frozenset([",", "\u2014", "\u2013", "--", ")"])
"""What closes a clause told in passing. A "which" clause that ends the sentence is often
said of the whole clause before it, not of its noun; a "who" clause names a person."""


def _aside_parts(doc: Any) -> list[_Part]:
    """A fact told in an aside, as a part of its own: "X, which/who did Y," says X did Y.

    "Pompeo's trip, which was first reported by The Washington Post, came to light on
    Tuesday" tells two facts; another outlet may report the first as its main clause
    ("The Washington Post first reported the trip"). A relative clause between commas
    whose pronoun is its subject becomes a part whose statement names the noun it is
    about: "Pompeo's trip was first reported by The Washington Post". A clause without
    the commas narrows its noun ("the ship that ran aground") and stays in its sentence;
    so does a "which" clause that ends it ("approved the plan on Friday, which surprised
    many" is said of the approval) or follows a date.
    """
    text = doc.text
    out: list[_Part] = []
    for verb in doc:
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            continue
        pronoun = verb.left_edge
        if (
            pronoun.lower_ not in _RELATIVE_SUBJECTS
            or pronoun.dep_ not in ("nsubj", "nsubjpass")
            or pronoun.i == 0
            or doc[pronoun.i - 1].text != ","
        ):
            continue
        last = verb.right_edge
        after = doc[last.i + 1].text if last.i + 1 < len(doc) else "."
        if after not in _CLAUSE_ENDS:
            continue
        head = verb.head
        if pronoun.lower_ == "which" and (
            after not in _ASIDE_CLOSES or head.ent_type_ in ("DATE", "TIME")
        ):
            continue  # "approved it on Friday, which surprised many": said of the clause
        start = head.left_edge
        before = doc[start.i : pronoun.i - 1]
        if len(before) >= 3 and before[-2].text == "," and before[-1].like_num:
            before = before[:-2]  # "Tara Reid, 33, who starred": the age is told apart
        if (
            pronoun.head != verb  # "the campaign, which he said had worked": not its subject
            or start.i >= pronoun.i
            or any(t.dep_ in _SUBJECTS for t in doc[pronoun.i + 1 : verb.i])
            or "conj" in (head.dep_, head.head.dep_ if head.dep_ == "appos" else "")
            or (start.i > 0 and doc[start.i - 1].lower_ in ("and", "or", "nor"))
            or any(t.dep_ == "cc" or t.pos_ in ("VERB", "AUX") or t.text in ",;:()" for t in before)
        ):
            continue  # a list of names ("Manafort and Gates, who"), or a clause misparsed
        noun = before.text
        told = text[doc[pronoun.i + 1].idx : last.idx + len(last.text)].rstrip(" ,.;:")
        if len(told.split()) < 3:
            continue
        out.append(_Part(start.idx, doc[pronoun.i + 1].idx + len(told), f"{noun} {told}"))
    return out


def plain_words(text: str) -> str:
    """The claim's words without markup or line breaks."""
    text = _MD_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    seg = text[a:b]
    lead = _LEAD_MARKUP.match(seg)
    if lead:
        a += lead.end()
    seg = text[a:b]
    trail = _TRAIL_MARKUP.search(seg)
    if trail:
        b -= len(seg) - trail.start()
    while a < b and text[a].isspace():
        a += 1
    return a, b


def _check_worthy(sentence: str) -> bool:
    if len(sentence) > MAX_SENTENCE_CHARS:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)
    if len(words) < MIN_WORDS:
        return False
    return not sentence.rstrip(" \"'”’*_").endswith("?")


def _after_prefix(
    text: str, para: tuple[int, int], skipped: list[tuple[int, int]]
) -> tuple[int, int]:
    """The paragraph less a skipped part that opens it (a dateline run into the lede)."""
    a, b = para
    for s, e in skipped:
        if s <= a < e < b:
            a = e + len(text[e:b]) - len(text[e:b].lstrip())
    return a, b


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
