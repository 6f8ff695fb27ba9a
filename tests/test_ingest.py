"""Ingest: formats, publication dates, boilerplate, and bad input."""

from __future__ import annotations

import pytest

from checkfacts.errors import InputError
from checkfacts.ingest import ingest
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
