"""Pydantic models: the contracts between pipeline stages and the JSON report.

Every stage is a plain function from one of these models to the next:

``ingest`` -> :class:`Document`; ``claims`` -> :class:`Claim` (fields empty);
``fields`` -> :class:`Claim` (fields filled); ``cluster`` -> :class:`Cluster`
(findings empty); ``compare`` -> :class:`Cluster` (verdict and findings);
``report`` -> :class:`Report`. All models are frozen; stages build new ones.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer


class Contract(BaseModel):
    """Base of every contract: frozen, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


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
    SINGLE_SOURCE = "single_source"


VERDICT_ORDER: tuple[Verdict, ...] = tuple(Verdict)


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


class FieldValue(Contract):
    """A typed field found in a claim: a date, quantity, name, place set or hedge."""

    kind: str = Field(
        description="Field kind: 'date', 'quantity', 'person', 'org', 'place', 'places', "
        "'hedge', 'attribution', 'negation'."
    )
    text: str = Field(description="The exact words, equal to source text[span[0]:span[1]].")
    span: tuple[int, int] = Field(description="Character span [start, end) in the source text.")
    value: dict[str, Any] = Field(
        default_factory=dict, description="Normalized value; keys depend on `kind`."
    )
    role: str | None = Field(None, description="What the field says about the claim, if known.")
    counted: str | None = Field(
        None,
        description="For a count: the noun phrase of what it counts, the number left out "
        "('people in the caravan who recently arrived in the Mexican city').",
    )


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


class Finding(Contract):
    """How one field compares across the claims of a cluster."""

    field: str = Field(description="Field kind (and role) compared, e.g. 'date'.")
    verdict: Verdict = Field(description="agree, compatible, nuance or conflict.")
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
    verdict: Verdict = Field(description="The most pressing verdict among its findings.")
    findings: tuple[Finding, ...] = Field(default=(), description="Field-by-field comparisons.")


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


class Report(Contract):
    """The result of a run: what `checkfacts report` renders in every format."""

    schema_version: Literal[1] = Field(1, description="Version of this contract.")
    sources: tuple[Source, ...] = Field(description="Sources, sorted by id.")
    claims: tuple[Claim, ...] = Field(description="Claims, by source then position.")
    clusters: tuple[Cluster, ...] = Field(description="Clusters, most pressing first.")
    entities: tuple[Entity, ...] = Field(
        default=(),
        description="Alias groups of the names in the claims (checkfacts.entities), most "
        "widely named first.",
    )
    texts: tuple[SourceText, ...] = Field(description="Each source's text, for the source view.")
    model: str = Field(description="Embedding model that aligned the claims.")
