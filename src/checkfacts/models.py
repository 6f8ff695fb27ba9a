"""Pydantic models: the contracts between pipeline stages and the JSON report.

Every stage is a plain function from one of these models to the next:

``ingest`` -> :class:`Document`; ``claims`` -> :class:`Claim` (fields empty);
``fields`` -> :class:`Claim` (fields filled); ``cluster`` -> :class:`Cluster`
(findings empty); ``compare`` -> :class:`Cluster` (verdict and findings);
``report`` -> :class:`Report`. All models are frozen; stages build new ones.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, ClassVar, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

_INTERNED = 24
"""Strings up to this long in a contract (a kind, a label, a lemma, a unit) are interned:
the same few words recur in every claim of an archive."""

_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
"""One set of field names per distinct set, shared by every contract that set them."""


def _lighten(model: BaseModel) -> None:
    """Make ``model`` lighter: a shared set of its set field names, interned short words.

    pydantic keeps the set of explicitly set field names on every instance: 216 to 728
    bytes, about half of what a claim with its fields weighs. Contracts are frozen, so
    the set never changes after validation (pydantic's ``model_copy`` copies it before
    it adds to it), and one set per distinct set of names is enough. Strings up to
    :data:`_INTERNED` characters (kinds, labels, lemmas, units) are interned. An
    archive's claims then take half the memory.
    """
    names = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(names), names)
    if shared is not names:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    values = model.__dict__
    for key, value in values.items():
        if type(value) is str and len(value) <= _INTERNED:
            values[key] = sys.intern(value)


class Contract(BaseModel):
    """Base of every contract: frozen, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        """Make the validated contract lighter (see :func:`_lighten`)."""
        _lighten(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy, as pydantic makes it, made lighter as validated contracts are."""
        copied = super().model_copy(update=update, deep=deep)
        _lighten(copied)
        return copied


class DateBasis(StrEnum):
    """How a source's publication date was known."""

    FRONT_MATTER = "front_matter"
    HTML_META = "html_meta"
    DATELINE = "dateline"
    CREDIT = "credit"
    NONE = "none"


class Verdict(StrEnum):
    """How the claims of a cluster, or the values of one field, relate across sources.

    Ordered from what needs an editor's attention most to least.
    """

    CONFLICT = "conflict"
    NUANCE = "nuance"
    COMPATIBLE = "compatible"
    AGREE = "agree"
    RELATED = "related"
    """A cluster of two or more sources in which no field was compared: the claims are
    alike, but nothing says they agree (a cluster is ``agree`` only when a field was
    compared and matched)."""
    SINGLE_SOURCE = "single_source"


VERDICT_ORDER: tuple[Verdict, ...] = tuple(Verdict)

FLAGGED: tuple[Verdict, ...] = (Verdict.CONFLICT, Verdict.NUANCE)
"""Verdicts an editor is asked to look at."""


class Published(Contract):
    """A source's publication date and how it was known."""

    date: str | None = Field(None, description="Publication date, YYYY-MM-DD, or null if unknown.")
    basis: DateBasis = Field(DateBasis.NONE, description="Where the date was found.")
    text: str | None = Field(None, description="The exact words the date was read from, if any.")
    span: tuple[int, int] | None = Field(
        None, description="Character span of `text` in the source text, if it came from the text."
    )
    future: str | None = Field(
        None,
        description="A publication date the source gives that is after the day of the run, "
        "YYYY-MM-DD: set aside (`date` is null, so relative dates are not resolved against "
        "it). Left out of the JSON when there is none.",
    )

    @model_serializer(mode="wrap")
    def _leave_out_no_future(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("future") is None:
            data.pop("future", None)
        return data


class Skipped(Contract):
    """A stretch of a source's text that yields no claims, and why."""

    span: tuple[int, int] = Field(description="Character span [start, end) in the source text.")
    reason: str = Field(description="Rule that skipped it, e.g. 'navigation', 'caption'.")


class Source(Contract):
    """One article as read."""

    id: str = Field(description="Stable id derived from the path (same input, same id).")
    path: str = Field(description="The path as given on the command line.")
    format: Literal["txt", "md", "html"] = Field(description="How the file was read.")
    title: str | None = Field(None, description="Headline, from metadata or the text.")
    outlet: str | None = Field(None, description="Publishing outlet, if known.")
    url: str | None = Field(None, description="Original address, if known.")
    published: Published = Field(default_factory=Published, description="Publication date.")
    sha256: str = Field(description="SHA-256 of the file's bytes.")


class SourceText(Contract):
    """A source's text as read, and the parts of it that yield no claims."""

    source_id: str = Field(description="Id of the source.")
    text: str = Field(
        description=(
            "The text that spans index. For .txt and .md the whole file as read (front matter "
            "included); for .html the article text extracted from the page."
        )
    )
    body: tuple[int, int] = Field(description="Span of the article body (after front matter).")
    headline: tuple[int, int] | None = Field(None, description="Span of the headline in `text`.")
    skipped: tuple[Skipped, ...] = Field(default=(), description="Boilerplate, sorted by start.")


class Document(Contract):
    """Output of ingest: a source's metadata and its text."""

    source: Source = Field(description="The source's metadata.")
    content: SourceText = Field(description="The source's text and its skipped parts.")


class Value(Contract):
    """Base of the normalized values a field carries; one model per field kind.

    Keys listed in ``OMIT_NONE`` are left out of the JSON when they are None, so that
    the report shows them only where they say something.
    """

    OMIT_NONE: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _leave_out_empty(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for key in self.OMIT_NONE:
            if data.get(key) is None:
                data.pop(key, None)
        return data


class DateReading(StrEnum):
    """How a date's value was reached: what the rules may rely on (``DateValue.basis``)."""

    ABSOLUTE = "absolute"
    """Written in full ("March 9, 2021", "2019", "Christmas 2020")."""
    PUBLICATION = "publication"
    """Counted from the publication date ("last week", "yesterday", "in March" without a
    year, "recently")."""
    WEEKDAY = "weekday"
    """A bare weekday, placed by the news convention around publication ("on Tuesday")."""
    WEEKS = "weeks"
    """A day counted in weeks from publication ("a week ago", "two weeks from now")."""
    YEAR_BEFORE = "year_before"
    """The publication's day, week or month a year or more back ("the same period last
    year")."""
    SPAN = "span"
    """A span reaching from publication ("the past two weeks", "weeks ago"): not one date."""
    CLOCK = "clock"
    """A bare time of day, read as the publication day ("at 3 p.m.")."""
    ANAPHOR = "anaphor"
    """"That day", "the year" with no date to refer to in its sentence: the publication
    date assumed (or unresolved when that is unknown)."""
    ANAPHORIC = "anaphoric"
    """"That day", "the same month", resolved from a date earlier in its sentence."""
    EVENT = "event"
    """Anchored to another event ("the day before the vote"): not placed in time."""
    DURATION = "duration"
    """A span of time ("three weeks"), not a date."""
    RECURRING = "recurring"
    """A recurrence ("every Monday", "each year")."""
    BOUND = "bound"
    """A bound ("by 2024", "since March", "before Friday")."""
    RANGE = "range"
    """A range of two dates ("from 2009 to 2011")."""
    ALTERNATIVES = "alternatives"
    """One of several dates ("in 2023 or 2024")."""
    FALLBACK = "fallback"
    """Read by dateparser, for a shape the grammar lacks."""
    UNKNOWN_PUBLICATION = "unknown_publication"
    """Relative, and the publication date is unknown: left unresolved."""


class DateAnchor(Contract):
    """The date a bound is set against ("by 2024": 2024)."""

    timex: str = Field(description="TIMEX3 value of the anchor.")
    earliest: str | None = Field(None, description="First day it covers, YYYY-MM-DD.")
    latest: str | None = Field(None, description="Last day it covers, YYYY-MM-DD.")


class DateValue(Value):
    """A normalized date, time, duration or recurrence (TIMEX3 and an interval of days)."""

    OMIT_NONE = frozenset({"anchor", "alternatives", "parts", "time", "assumed_published"})

    timex: str = Field(description="TIMEX3 value: '2021-03-09', 'XXXX-03', 'P3D', 'PAST_REF'.")
    type: Literal["DATE", "TIME", "DURATION", "SET"] = Field(description="TIMEX3 type.")
    earliest: str | None = Field(None, description="First day it can be, YYYY-MM-DD.")
    latest: str | None = Field(None, description="Last day it can be, YYYY-MM-DD.")
    grain: str = Field(description="Unit it is told in: day, week, month, year, … or unknown.")
    mod: str | None = Field(None, description="Modifier: by, before, after, since, until, …")
    weekday: int | None = Field(None, description="Weekday named, Monday = 0.")
    resolved: bool = Field(True, description="Whether it was placed in time.")
    basis: DateReading = Field(description="How it was placed in time (machine-readable).")
    basis_text: str = Field("", description="How it was placed in time, in words.")
    describes_noun: bool = Field(
        False,
        description="The words date a noun ('the former mayor', 'the current council'), "
        "not the claim's event.",
    )
    published: str | None = Field(None, description="Publication date it was read against.")
    time: str | None = Field(None, description="Time of day named, if any.")
    anchor: DateAnchor | None = Field(None, description="For a bound: the date it is set by.")
    alternatives: tuple[DateValue, ...] | None = Field(
        None, description="For 'A or B': each reading."
    )
    parts: tuple[DatePart, ...] | None = Field(None, description="For a range: each end.")
    assumed_published: str | None = Field(
        None,
        description="For a source without a publication date: the story's first date, "
        "which the value was read against for comparison only.",
    )


class DatePart(DateValue):
    """One end of a range, with its words."""

    OMIT_NONE = DateValue.OMIT_NONE | {"text", "within"}

    text: str | None = Field(None, description="The words of this end.")
    within: tuple[int, int] | None = Field(None, description="Its span within the range's words.")


class QuantityValue(Value):
    """A normalized count, amount or measure."""

    OMIT_NONE = frozenset({"tally"})

    low: int | float | None = Field(None, description="Least value (or the value).")
    high: int | float | None = Field(None, description="Greatest value, for a range or bound.")
    unit: str | None = Field(None, description="Unit or counted noun, singular: 'person', 'USD'.")
    approx: bool = Field(False, description="Hedged: 'about', 'nearly', 'some'.")
    bound: str | None = Field(
        None, description="approx, range, at_least, more_than, at_most or less_than."
    )
    precision: int | float = Field(1, description="Step the figure is given to (1, 1000, 0.1).")
    ordinal: bool = Field(False, description="A rank ('third'), not an amount.")
    number_text: str = Field("", description="The words of the number itself.")
    modifier: str | None = Field(None, description="The hedge or bound word, if any.")
    tally: tuple[int | float, int | float] | None = Field(
        None, description="A score or vote: '3-1'."
    )


class NameValue(Value):
    """A person, organisation, group or place named in a claim."""

    OMIT_NONE = frozenset({"acronym", "title", "description", "qualifier"})

    name: str = Field(description="The name as written, cleaned.")
    key: str = Field(description="Matching key: lower case, titles and articles dropped.")
    label: str = Field(description="spaCy label it was found as.")
    acronym: str | None = Field(None, description="Acronym the text defines for it.")
    title: str | None = Field(None, description="Title written before a person's name.")
    description: str | None = Field(None, description="Appositive describing it.")
    qualifier: str | None = Field(None, description="Qualifying words kept apart from the name.")


class PlacesValue(Value):
    """A set of places joined by a connective ("the surface and/or orbit")."""

    places: tuple[str, ...] = Field(description="The places, normalized.")
    connective: str = Field(description="and, or, and/or, or_both.")
    meaning: str = Field(description="What the connective means, in words.")
    hedged: bool = Field(False, description="Whether the set is hedged.")


class HedgeValue(Value):
    """A hedge: possibility, plan, expectation or report."""

    cue: str = Field(description="The hedging words.")
    type: str = Field(description="possibility, plan, expectation or report.")


class AttributionValue(Value):
    """Who a claim is credited to."""

    OMIT_NONE = frozenset({"person"})

    cue: str = Field(description="The attribution verb or noun ('said', 'statement').")
    speaker: str | None = Field(None, description="Who is credited, as written.")
    person: str | None = Field(None, description="Matching key of the person credited, if one.")


class NegationValue(Value):
    """A negation cue."""

    cue: str = Field(description="The negating word.")


class EventValue(Value):
    """An event a claim reports, read as a frame: what happened, whether, how surely, to whom."""

    OMIT_NONE = frozenset(
        {
            "cue",
            "modality",
            "subject",
            "object",
            "aside",
            "tense",
            "one_befallen",
            "befallen_age",
            "doer_named",
            "doer_said_it",
            "object_none",
        }
    )

    predicate: str = Field(
        description="The verb's lemma, with its particle or a vote's side ('vote against') "
        "or a copula's complement ('be member')."
    )
    negative: bool = Field(
        False,
        description="Whether the claim says it did not happen ('did not approve', "
        "'failed to overturn').",
    )
    cue: str | None = Field(
        None, description="The words that negate or qualify it ('not', 'failed', 'will')."
    )
    modality: str | None = Field(
        None,
        description="A modal or a verb of intent or belief that governs it ('will', 'may', "
        "'plan', 'hope'); None when told as fact.",
    )
    subject: str | None = Field(None, description="Lemma of who or what does it, if a noun.")
    object: str | None = Field(None, description="Lemma of what it is done to, if any.")
    aside: Literal[True] | None = Field(
        None,
        description="True when told in a relative clause set off from its noun ('Ortiz, "
        "who has pleaded guilty,'): a fact about a participant, not what the claim reports.",
    )
    tense: Literal["past", "present"] | None = Field(
        None,
        description="The tense of the verb's own finite word: 'past' ('were required', "
        "'had been'), 'present' ('requires', 'does not own'); None when it has none of "
        "its own, is a modal, or is perfect ('has owned').",
    )
    doer_named: Literal[True] | None = Field(
        None,
        description="True when the doer is or holds a name ('Tara Reid', 'the DNC', "
        "'President Reyes'); None when it is told by a common noun alone ('the actress', "
        "'the campaign', 'police') or not told.",
    )
    doer_said_it: Literal[True] | None = Field(
        None,
        description="True when the doer is told by 'it' and read as the body saying it ('the "
        "chain said it had removed the rattle': the chain); a doer that may match another "
        "but never tells two apart.",
    )
    one_befallen: Literal[True] | None = Field(
        None,
        description="True when the one it befalls (the thing done to; for a verb with "
        "none, such as 'died', the doer) is one person or thing told definitely: a name, "
        "a personal pronoun, or a singular noun with 'the', 'this' or a possessive ('the "
        "deputy', 'her son') or given an age ('a 16-year-old'); not 'a guard', 'two "
        "workers' or 'protesters'.",
    )
    object_none: Literal[True] | None = Field(
        None,
        description="True when what it is done to is told as none: 'found no damage', "
        "'found nothing', 'reported no injuries'.",
    )
    befallen_age: int | None = Field(
        None,
        description="The age the sentence gives the one it befalls ('a 35-year-old "
        "deputy', 'a man aged 40'), if any.",
    )


VALUE_MODELS: dict[str, type[Value]] = {
    "date": DateValue,
    "quantity": QuantityValue,
    "person": NameValue,
    "org": NameValue,
    "group": NameValue,
    "place": NameValue,
    "places": PlacesValue,
    "hedge": HedgeValue,
    "attribution": AttributionValue,
    "negation": NegationValue,
    "event": EventValue,
    "background": EventValue,
}
"""The value model of each field kind."""

AnyValue = (
    DateValue
    | QuantityValue
    | NameValue
    | PlacesValue
    | HedgeValue
    | AttributionValue
    | NegationValue
    | EventValue
)


class FieldValue(Contract):
    """A typed field found in a claim: a date, quantity, name, place set or hedge."""

    kind: Literal[
        "date", "quantity", "person", "org", "group", "place", "places", "hedge",
        "attribution", "negation", "event", "background"
    ] = Field(description="Field kind.")  # fmt: skip
    text: str = Field(description="The exact words, equal to source text[span[0]:span[1]].")
    span: tuple[int, int] = Field(description="Character span [start, end) in the source text.")
    value: AnyValue = Field(description="Normalized value; its model depends on `kind`.")
    role: str | None = Field(None, description="What the field says about the claim, if known.")
    counted: str | None = Field(
        None,
        description="For a count: the noun phrase of what it counts, the number left out "
        "('people in the caravan who recently arrived in the Mexican city').",
    )
    occasion: str | None = Field(
        None,
        description="For a date that names an occasion ('their Jan. 27 dinner', 'the March 9 "
        "signing'): the occasion's noun, as a lemma.",
    )
    governor: str | None = Field(
        None,
        description="For a date or a count: the lemma of the verb whose event it dates or "
        "counts ('present' in 'Israel presented the files on Monday'); None when no content "
        "verb governs it.",
    )

    @field_validator("value", mode="wrap")
    @classmethod
    def _value_of_kind(
        cls, data: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> Any:
        """Read ``value`` with the model of ``kind`` (a dict alone cannot say which).

        ``kind`` is read first (it comes first), so a dict goes straight to its one
        model rather than being tried against every model of the union.
        """
        model = VALUE_MODELS.get(str(info.data.get("kind"))) if isinstance(data, dict) else None
        return handler(data) if model is None else model.model_validate(data)

    @model_validator(mode="after")
    def _kind_matches_value(self) -> FieldValue:
        if not isinstance(self.value, VALUE_MODELS[self.kind]):
            raise ValueError(f"a {self.kind} field needs a {VALUE_MODELS[self.kind].__name__}")
        return self


class Claim(Contract):
    """One claim a source makes, with its exact place in the source."""

    id: str = Field(description="Stable id: source id plus a hash of the claim's text.")
    source_id: str = Field(description="Id of the source that makes the claim.")
    text: str = Field(description="The source's exact words: source text[span[0]:span[1]].")
    span: tuple[int, int] = Field(description="Character span [start, end) in the source text.")
    statement: str = Field(description="The claim in standalone words; what gets embedded.")
    kind: Literal["headline", "fact", "opinion"] = Field("fact", description="What sort of claim.")
    continues: str | None = Field(
        None,
        description="Id of the earlier claim this one goes on about (its subject pronoun "
        "refers to that claim's subject), or null.",
    )
    fields: tuple[FieldValue, ...] = Field(default=(), description="Typed fields, by start.")

    def offsets(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of the source as (start, end) in this claim's text; may fall outside it."""
        return span[0] - self.span[0], span[1] - self.span[0]


class Finding(Contract):
    """How one field compares across the claims of a cluster."""

    field: str = Field(
        description="Field kind compared, e.g. 'date'; a quantity finding of one measure "
        "among several names it: 'quantity:dead', 'quantity:USD'. 'names' and 'wording' "
        "compare one sentence copied by two sources: a name, a negation or a modal; "
        "'cause' sets a cause told as found against one told as still open, and "
        "'decision' a decision told as made against one told as still open."
    )
    verdict: Verdict = Field(
        description="agree, compatible, nuance or conflict; related when the values were "
        "lined up but not set against each other (the explanation says why)."
    )
    groups: tuple[tuple[str, ...], ...] = Field(
        description="Claim ids split into sides that agree within and differ between."
    )
    values: tuple[dict[str, Any], ...] = Field(
        description="One entry per group: the normalized value and the words each claim used."
    )
    rule: str = Field(description="Name of the comparison rule that decided the verdict.")
    explanation: str = Field(description="Plain words: which values, which rule, which dates.")


class Cluster(Contract):
    """Claims from one or more sources that talk about the same thing."""

    id: str = Field(
        description="Stable id derived from the member claim ids: 'k' for a claim cluster, "
        "'f' for a field cluster."
    )
    kind: Literal["claim", "field"] = Field(
        "claim",
        description="'claim': claims that say the same thing, compared on every field. "
        "'field': claims of other clusters whose values of one field (a count, a date) "
        "are lined up because the claims are alike; one finding, never a conflict.",
    )
    claim_ids: tuple[str, ...] = Field(description="Member claims, sorted.")
    statement: str = Field(description="The claim in plain words (its most central member).")
    verdict: Verdict = Field(
        description="The most pressing verdict among its findings; related when no field was "
        "compared or the matches do not show agreement (see `reason`), single_source when "
        "one source makes the claim."
    )
    findings: tuple[Finding, ...] = Field(default=(), description="Field-by-field comparisons.")
    reason: str | None = Field(
        None,
        description="For a related cluster of two or more sources: why its claims are not "
        "shown to agree (nothing compared, a claim tied to no compared fact, a different "
        "certainty or polarity).",
    )


class EntityMention(Contract):
    """One place where a claim names an entity."""

    claim_id: str = Field(description="Id of the claim that names it.")
    span: tuple[int, int] = Field(description="Character span [start, end) in the source text.")
    text: str = Field(description="The exact words, equal to source text[span[0]:span[1]].")


class Entity(Contract):
    """An alias group: every name the sources use for one person, org, place or group."""

    id: str = Field(description="Stable id: 'e' plus a short hash of kind and canonical name.")
    kind: Literal["person", "org", "place", "group"] = Field(description="What is named.")
    name: str = Field(description="Canonical name: the longest full form used.")
    aliases: tuple[str, ...] = Field(description="Distinct surface forms, sorted.")
    titles: tuple[str, ...] = Field(
        default=(),
        description="Titles and appositives written beside the name ('chief of Roscosmos', "
        "'Russian space agency'), sorted.",
    )
    source_ids: tuple[str, ...] = Field(default=(), description="Sources that name it, sorted.")
    mentions: tuple[EntityMention, ...] = Field(
        description="Every mention, sorted by claim id and span."
    )


class Story(Contract):
    """Sources about one story: claims align only within a story."""

    id: str = Field(description="Stable id: 's' plus a hash of the sorted source ids.")
    title: str = Field(description="The headline of its earliest source (or its first).")
    source_ids: tuple[str, ...] = Field(description="Its sources, sorted.")
    cluster_ids: tuple[str, ...] = Field(
        default=(), description="Its clusters (claim and field clusters), sorted."
    )

    def with_clusters(self, clusters: Sequence[Any]) -> Story:
        """The story with the ids of ``clusters`` (clusters of its claims)."""
        return self.model_copy(update={"cluster_ids": tuple(sorted(c.id for c in clusters))})


class Report(Contract):
    """The result of a run: what `checkfacts report` renders in every format."""

    schema_version: Literal[8] = Field(8, description="Version of this contract.")
    sources: tuple[Source, ...] = Field(description="Sources, sorted by id.")
    claims: tuple[Claim, ...] = Field(description="Claims, by source then position.")
    clusters: tuple[Cluster, ...] = Field(description="Clusters, most pressing first.")
    stories: tuple[Story, ...] = Field(
        default=(),
        description="The stories the sources were split into (one unless they mix "
        "stories), largest first; every source is in one.",
    )
    entities: tuple[Entity, ...] = Field(
        default=(),
        description="Alias groups of the names in the claims (checkfacts.entities), most "
        "widely named first.",
    )
    texts: tuple[SourceText, ...] = Field(description="Each source's text, for the source view.")
    model: str = Field(description="Embedding model that aligned the claims.")
