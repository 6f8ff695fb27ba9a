"""Bounded input: hostile front matter, oversize lines and articles, encodings, hidden files,
dates in the future (issue 15, defects 2 and 7)."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import time

import pytest
from click.testing import CliRunner

from checkfacts.claims import MAX_CLAIMS, extract_claims
from checkfacts.cli import FIELDS_MAX_BYTES, main
from checkfacts.errors import ExitCode, InputError
from checkfacts.formats.html import render_html
from checkfacts.formats.json import render_json
from checkfacts.formats.markdown import render_markdown
from checkfacts.ingest import FRONT_MAX_CHARS, ingest
from checkfacts.models import DateBasis, Report
from checkfacts.pipeline import extract_all

BODY = "The council approved the budget on Monday after a long debate.\n"


def alias_bomb(levels: int) -> str:
    """Front matter whose aliases expand to 9 ** (levels + 1) strings ("billion laughs")."""
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for n in range(levels):
        name = chr(ord("b") + n)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    lines += [f"title: *{previous}", "---", "", BODY]
    return "\n".join(lines)


def invoke(args, code, **kwargs):
    """Run the CLI in-process and assert its exit code; return the result."""
    result = CliRunner().invoke(main, args, catch_exceptions=False, **kwargs)
    assert result.exit_code == code, (result.output, result.stderr)
    return result


# --- front matter ------------------------------------------------------------------------


def test_alias_bomb_in_front_matter_is_refused_at_once(tmp_path):
    bomb = tmp_path / "bomb.md"
    bomb.write_text(alias_bomb(7))  # 389 bytes, 43 million strings once expanded
    assert bomb.stat().st_size < 400
    start = time.perf_counter()
    with pytest.raises(InputError, match="front matter uses YAML aliases") as caught:
        ingest([bomb])
    assert time.perf_counter() - start < 2
    assert str(caught.value).startswith(f"{bomb}:3: ")  # the line of the first alias


def test_alias_bomb_through_the_cli_is_one_line_exit_2(tmp_path):
    bomb = tmp_path / "bomb.md"
    bomb.write_text(alias_bomb(3))
    out = tmp_path / "out"
    result = invoke(["report", str(bomb), "-o", str(out)], ExitCode.USAGE)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bomb) in lines[0] and "aliases" in lines[0], result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("published: 2021-13-45", "'2021-13-45' cannot be read as a date"),
        ("title: " + "1" * 5000, "cannot be read as a number"),
        ("title: 0x" + "f" * 5000, "title is a number too long to read"),
        ("title: " + "[" * 5000, "nested more than 20 levels deep"),
        ("title: x\n" + "k: v\n" * (FRONT_MAX_CHARS // 5), "over the limit of 65,536"),
    ],
)
def test_front_matter_that_yaml_cannot_build_is_an_input_error(tmp_path, front, problem):
    article = tmp_path / "a.md"
    article.write_text(f"---\n{front}\n---\n\n{BODY}")
    with pytest.raises(InputError, match="front matter") as caught:
        ingest([article])
    assert problem in str(caught.value)


# --- fields - ----------------------------------------------------------------------------


def fields_lines(lines: list[bytes]):
    result = invoke(["fields", "-"], ExitCode.CLEAN, input=b"\n".join(lines) + b"\n")
    assert "Traceback" not in result.stderr
    out = [json.loads(x) for x in result.output.splitlines()]
    assert len(out) == len(lines)
    return out


def test_fields_stdin_errors_say_what_is_wrong_in_the_inputs_terms():
    good = json.dumps({"text": "They signed it on Tuesday.", "published": "2021-03-10"}).encode()
    out = fields_lines(
        [
            b'{"text": 5}',
            b"[1, 2]",
            b'{"text": "x", "published": 5}',
            b'{"text": "x", "published": "March 10"}',
            b'{"text": "x", "tense": ["past"]}',
            b'{"text": "x"',
            b'{"text": "caf\xe9"}',
            b'{"text": "\\ud800"}',
            b"[" * 5000,
            good,
        ]
    )
    errors = [o.get("error") for o in out]
    assert errors[:9] == [
        "line 1: expected a JSON object with a 'text' string",
        "line 2: expected a JSON object with a 'text' string",
        "line 3: published must be YYYY-MM-DD, not 5",
        'line 4: published must be YYYY-MM-DD, not "March 10"',
        """line 5: tense must be 'past' or 'future', not ["past"]""",
        "line 6: not JSON (Expecting ',' delimiter at column 13)",
        "line 7: not UTF-8 text (byte 0xe9 at column 14)",
        "line 8: 'text' holds a lone surrogate (\\ud800-\\udfff): not Unicode text",
        "line 9: not JSON that can be read (a number too long, or nesting too deep)",
    ]
    assert any(f["value"].get("timex") == "2021-03-09" for f in out[9]["fields"])


def test_fields_stdin_line_over_the_limit_is_refused_and_the_next_line_read():
    long_text = "The council approved the budget on Monday. " * 600  # 25,800 bytes
    lines = [
        json.dumps({"text": long_text}).encode(),
        json.dumps({"text": "About 400 ships waited on Monday."}).encode(),
    ]
    start = time.perf_counter()
    out = fields_lines(lines)
    assert time.perf_counter() - start < 20
    limit = f"over the limit of {FIELDS_MAX_BYTES:,} per line"
    assert out[0] == {"error": f"line 1: {len(lines[0]):,} bytes, {limit}"}
    assert any(f["kind"] == "quantity" for f in out[1]["fields"])


def test_fields_text_over_the_limit_is_a_usage_error():
    result = invoke(["fields", "x" * (FIELDS_MAX_BYTES + 1)], ExitCode.USAGE)
    assert "over the limit of 20,000" in result.stderr


# --- a pathological article -----------------------------------------------------------------


def many_sentences(n: int) -> str:
    lines = ["Canal report", ""]
    for i in range(0, n, 5):
        lines.append(
            " ".join(
                f"The port authority reported that {j} ships were waiting on Monday, "
                "according to people familiar with the matter in the region."
                for j in range(i, min(i + 5, n))
            )
        )
        lines.append("")
    return "\n".join(lines)


def test_article_with_13000_claims_is_refused_fast_naming_the_file(tmp_path, settings):
    article = tmp_path / "flood.txt"
    article.write_text(many_sentences(13_000))
    assert article.stat().st_size > 1_500_000
    start = time.perf_counter()
    [doc] = ingest([article])
    with pytest.raises(InputError) as caught:
        extract_claims(doc, spacy_model=settings.spacy_model)
    assert time.perf_counter() - start < 10
    assert str(caught.value) == (
        f"{article}: more than {MAX_CLAIMS:,} claims in one source (the limit per source); "
        "split the file [input]"
    )


def test_claims_limit_counts_claims_not_bytes(tmp_path, settings):
    article = tmp_path / "short.txt"
    article.write_text(many_sentences(6))
    [doc] = ingest([article])
    assert len(extract_claims(doc, spacy_model=settings.spacy_model, max_claims=7)) >= 6
    with pytest.raises(InputError, match="more than 5 claims"):
        extract_claims(doc, spacy_model=settings.spacy_model, max_claims=5)


def test_a_run_on_sentence_is_no_claim_and_costs_no_minutes(tmp_path, settings):
    run_on = "the ships waited in the lake for 3 days and " * 200 + "then they left."
    article = tmp_path / "run-on.txt"
    article.write_text(f"Ships leave the canal\n\n{run_on}\n\n{BODY}")
    [doc] = ingest([article])
    start = time.perf_counter()
    claims = extract_all([doc], settings)
    assert time.perf_counter() - start < 10
    assert [c.text for c in claims] == ["Ships leave the canal", BODY.strip()]


def test_a_paragraph_too_long_to_split_is_refused_naming_the_file(tmp_path, settings):
    article = tmp_path / "one-line.txt"
    article.write_text("Ships leave the canal\n\n" + "the ships waited in the lake. " * 40_000)
    [doc] = ingest([article])
    with pytest.raises(InputError, match="a paragraph of 1,199,999 characters, over the limit"):
        extract_claims(doc, spacy_model=settings.spacy_model)


def test_many_short_lines_are_read_in_linear_time(tmp_path):
    article = tmp_path / "lines.txt"
    article.write_text("Ships leave the canal.\n\n" + "and more\n" * 100_000)
    start = time.perf_counter()
    [doc] = ingest([article])
    assert time.perf_counter() - start < 2
    assert doc.content.text.endswith("and more\n")


# --- encodings ------------------------------------------------------------------------------


TEXT = "Le conseil a approuvé le budget lundi après un long débat.\n\nCafé: 420 navires.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-16"),  # BOM in the machine's order
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    ],
    ids=["utf-16", "utf-16-be", "utf-16-le", "utf-32-le", "utf-32-be", "utf-8-bom"],
)
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path, encoded):
    article = tmp_path / "a.txt"
    article.write_bytes(encoded)
    [doc] = ingest([article])
    assert doc.content.text == TEXT


def test_utf16_without_a_bom_is_still_binary(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(TEXT.encode("utf-16-le"))
    with pytest.raises(InputError, match="binary file"):
        ingest([article])


def test_broken_utf16_names_the_encoding(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(InputError, match="not UTF-8 text, nor UTF-16 as its BOM says"):
        ingest([article])


# --- hidden files -------------------------------------------------------------------------------


def test_hidden_files_in_a_folder_are_skipped_with_one_line_each(tmp_path, capsys):
    (tmp_path / "a.md").write_text(BODY)
    (tmp_path / "..notes.md").write_text(BODY)
    (tmp_path / ".draft.md").write_text(BODY)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.md").write_text(BODY)  # hidden folders: silent, as everywhere
    docs = ingest([tmp_path])
    assert [d.source.path for d in docs] == [f"{tmp_path}/a.md"]
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"checkfacts: warning: {tmp_path}/{name}: skipped: hidden file (its name starts "
        "with '.'); give it as a PATH to read it"
        for name in ("..notes.md", ".draft.md")
    ]


def test_a_hidden_file_given_by_name_is_read(tmp_path, capsys):
    (tmp_path / "..notes.md").write_text(BODY)
    [doc] = ingest([tmp_path / "..notes.md"])
    assert doc.content.text == BODY
    assert capsys.readouterr().err == ""


# --- publication dates in the future -----------------------------------------------------------


def test_future_publication_date_is_set_aside_with_a_warning(tmp_path, capsys):
    article = tmp_path / "future.md"
    article.write_text(f"---\npublished: 2099-01-01\n---\n\n{BODY}")
    [doc] = ingest([article])
    published = doc.source.published
    assert (published.date, published.future) == (None, "2099-01-01")
    assert published.basis is DateBasis.FRONT_MATTER
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"checkfacts: warning: {article}: publication date 2099-01-01 is ")
    assert f"after the day of the run ({dt.date.today()})" in line


def test_tomorrow_is_not_the_future(tmp_path, capsys):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    article = tmp_path / "east.md"
    article.write_text(f"---\npublished: {tomorrow}\n---\n\n{BODY}")
    [doc] = ingest([article])
    assert doc.source.published.date == tomorrow.isoformat()
    assert capsys.readouterr().err == ""


def test_relative_dates_are_not_read_against_a_future_date(tmp_path, settings):
    article = tmp_path / "future.md"
    article.write_text(f"---\npublished: 2099-01-01\n---\n\n{BODY}")
    claims = extract_all(ingest([article]), settings)
    dates = [f for c in claims for f in c.fields if f.kind == "date"]
    assert [d.text for d in dates] == ["Monday"]
    assert dates[0].value.resolved is False
    assert "2098" not in dates[0].value.model_dump_json()


def test_future_date_is_shown_in_the_reports(tmp_path):
    (tmp_path / "future.md").write_text(f"---\npublished: 2099-01-01\n---\n\n{BODY}")
    (tmp_path / "past.md").write_text(f"---\npublished: 2021-03-29\n---\n\n{BODY}")
    docs = ingest([tmp_path])
    report = Report(
        sources=tuple(d.source for d in docs),
        claims=(),
        clusters=(),
        texts=tuple(d.content for d in docs),
        model="none",
    )
    html = render_html(report)
    assert "says 2099-01-01, a future date" in html
    assert "the source says 2099-01-01, after the day of the run" in html
    assert "unknown (says 2099-01-01, a future date)" in render_markdown(report)
    sources = json.loads(render_json(report))["sources"]
    assert [s["published"].get("future") for s in sources] == ["2099-01-01", None]
    assert "future" not in sources[1]["published"]  # the shape of a dated source is unchanged
