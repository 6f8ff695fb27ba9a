"""Fuzzing with Hypothesis: random and hostile files, front matter and `fields -` lines.

Whatever comes in, ingest gives documents whose spans index their text or raises
:class:`InputError`, and `fields -` answers every line with fields or an error that
names the line: never a traceback, never a hang (each example has a deadline of 5 s).
2,640 inputs in all, in under 30 s; ``--hypothesis-show-statistics`` gives the count.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkfacts.cli import main
from checkfacts.errors import InputError
from checkfacts.ingest import ingest
from checkfacts.models import Document

FUZZ = settings(
    deadline=dt.timedelta(seconds=5),  # a hang is an example over its deadline
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples on every run: CI does not flake
)


def fuzz(examples: int) -> settings:
    """The fuzz settings, with ``examples`` inputs."""
    return settings(FUZZ, max_examples=examples)


BOMS = [
    b"",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1"]
BODY = "The council approved the budget on Monday, and 420 ships waited.\n\nMore text here.\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def read(folder: Path, data: bytes, suffix: str) -> Document | None:
    """Ingest ``data`` as a file with ``suffix``: the document, or None for an InputError."""
    path = folder / f"article{suffix}"
    path.write_bytes(data)
    try:
        [doc] = ingest([path], max_bytes=200_000)
    except InputError as exc:
        assert str(exc).startswith(f"{path}"), str(exc)
        assert "\n" not in str(exc)
        return None
    check_spans(doc)
    return doc


def check_spans(doc: Document) -> None:
    """Every span a document carries indexes its text."""
    content = doc.content
    size = len(content.text)
    assert 0 <= content.body[0] <= content.body[1] == size
    spans = [s.span for s in content.skipped]
    if content.headline is not None:
        spans.append(content.headline)
    if doc.source.published.span is not None:
        spans.append(doc.source.published.span)
        a, b = doc.source.published.span
        assert content.text[a:b].strip() == (doc.source.published.text or "").strip()
    for a, b in spans:
        assert 0 <= a <= b <= size
    if doc.source.published.date is not None:
        assert dt.date.fromisoformat(doc.source.published.date) <= dt.date.today() + dt.timedelta(1)


# --- ingest: any bytes, any encoding ---------------------------------------------------------


@fuzz(400)
@given(
    bom=st.sampled_from(BOMS),
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".txt", ".md"]),
)
def test_ingest_random_bytes(folder, bom, data, suffix):
    read(folder, bom + data, suffix)


@fuzz(400)
@given(
    text=st.text(max_size=2000),
    encoding=st.sampled_from(ENCODINGS),
    suffix=st.sampled_from([".txt", ".md"]),
)
def test_ingest_random_text_in_any_encoding(folder, text, encoding, suffix):
    data = text.encode(encoding, "replace" if encoding == "latin-1" else "surrogatepass")
    read(folder, data, suffix)


HTML_PARTS = st.sampled_from(
    [
        "<html>",
        "<head><title>Ships wait</title></head>",
        '<meta property="article:published_time" content="2099-01-01">',
        '<meta name="date" content="2021-13-45">',
        "<body>",
        "<article>",
        "<p>The council approved the budget on Monday after a long debate in the port.</p>",
        "<script>alert(1)</script>",
        "<nav>Home | News | Sport</nav>",
        "</p>",
        "<div>",
        "</div>",
        "<!--",
        "<![CDATA[",
        "&#0;",
        "&amp;",
        "\x00",
    ]
)


@fuzz(100)
@given(parts=st.lists(st.one_of(HTML_PARTS, st.text(max_size=40)), max_size=30))
def test_ingest_random_html(folder, parts):
    read(folder, "".join(parts).encode("utf-8", "surrogatepass"), ".html")


LAYOUT_PARTS = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        " | ",
        " • ",
        "By John Smith",
        "Photo: AFP",
        "(Photo: Getty Images)",
        "Source: BBC Chinese, March 10, 2021",
        "Thursday, July, 07, 2022 03:35:08",
        "Published: 2099-01-01",
        "# ",
        "## ",
        "> ",
        "- ",
        "1. ",
        "![a ship](ship.jpg)",
        "*",
        "_",
        "Meet Anu Thomas",
        " is a staff reporter",
        "Please donate to support our work",
        "Leave a comment",
        "The council approved the budget on Monday after a long debate.",
        "they said",
        "a",
        "A",
        ".",
        "?",
        "x" * 500,
        " " * 50,
    ]
)


@fuzz(500)
@given(
    parts=st.lists(st.one_of(LAYOUT_PARTS, st.text(max_size=20)), max_size=200),
    suffix=st.sampled_from([".txt", ".md"]),
    repeat=st.sampled_from([1, 1, 1, 50]),
)
def test_ingest_text_built_from_layout_pieces(folder, parts, suffix, repeat):
    read(folder, ("".join(parts) * repeat).encode("utf-8", "surrogatepass"), suffix)


# --- front matter: YAML built to hurt --------------------------------------------------------


SCALARS = st.sampled_from(
    [
        "2021-03-10",
        "2021-13-45",
        "2099-01-01",
        "2021-03-10T25:00:00",
        "!!timestamp 2021-02-30",
        "!!int x",
        "!!float nan",
        "!!binary aGVsbG8=",
        "!!binary ???",
        "!!python/object/apply:os.system [ls]",
        "!!set {a, b}",
        "!!omap [a: 1]",
        "0x" + "f" * 4400,
        "1" * 4400,
        "1e999",
        "-.inf",
        "~",
        "null",
        "yes",
        "&a [x, y]",
        "*a",
        "*undefined",
        "&b {k: *a}",
        "[*a, *a, *a]",
        "'quoted ''text'''",
        '"esc \\x00 \\ud800"',
        "|\n  block\n  text",
        ">-\n  folded",
        "[" * 30,
        "{" * 30,
        "? [a]",
        "",
    ]
)
KEYS = st.sampled_from(["title", "outlet", "url", "published", "date", "<<", "x", "? x", "- a"])
LINES = st.one_of(
    st.builds(lambda k, v, n: " " * n + f"{k}: {v}", KEYS, SCALARS, st.integers(0, 4)),
    st.builds(lambda k, v: f"{k}: {v}", KEYS, st.text(max_size=30)),
    st.sampled_from(["---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:", "- a", "  - b", "#", "\t"]),
)


@fuzz(800)
@given(lines=st.lists(LINES, max_size=12), close=st.sampled_from(["---", "...", ""]))
def test_front_matter_built_from_hostile_yaml(folder, lines, close):
    front = "\n".join(lines)
    read(folder, f"---\n{front}\n{close}\n\n{BODY}".encode("utf-8", "surrogatepass"), ".md")


FLAT_VALUES = st.one_of(
    st.sampled_from(
        [
            "2021-03-10", '"2021-03-10"', "2021-13-45", "2021-03-10 12:00:00", "12", "1.5",
            "0x1f", "1_000", "yes", "no", "on", "null", "~", "'it''s'", '"a \\"b\\" c"',
            "https://example.org/a?b=c#d", "a: b", "x # comment", "'#not'", "%", "@x", "`x",
            '"\\x00"', "'", '"', "-1", ".inf", ".nan", "=", "<<",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"),
            max_size=30),
)  # fmt: skip
FLAT_LINES = st.one_of(
    st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(["title", "outlet", "url", "published",
              "date", "x", "a-b", "_k"]), FLAT_VALUES),
    st.sampled_from(["", "# note", "  # indented note", "\t"]),
)  # fmt: skip


@fuzz(2000)
@given(lines=st.lists(FLAT_LINES, max_size=12))
def test_flat_front_matter_reads_as_the_python_loader_reads_it(lines):
    """The libyaml fast path gives exactly what the pure-Python loader gives, or steps aside."""
    import yaml

    from checkfacts.ingest import _NOT_PLAIN, _FrontMatterLoader, _plain_front_matter

    block = "\n".join(lines) + "\n"
    fast = _plain_front_matter(block)
    if fast is _NOT_PLAIN:
        return
    slow = yaml.load(block, Loader=_FrontMatterLoader)
    assert fast == slow or (fast != fast and slow != slow)  # nan is never equal to itself


@fuzz(40)
@given(levels=st.integers(1, 12), width=st.integers(2, 12))
def test_alias_bombs_of_any_shape_are_refused(folder, levels, width):
    lines = ["---", "a0: &a0 [" + ",".join(['"lol"'] * width) + "]"]
    for n in range(1, levels + 1):
        lines.append(f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * width) + "]")
    lines += [f"title: *a{levels}", "---", "", BODY]
    assert read(folder, "\n".join(lines).encode(), ".md") is None


# --- fields -: any line -------------------------------------------------------------------


JSON_LINES = st.one_of(
    st.binary(max_size=200),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
        max_leaves=8,
    ).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {"text": st.text(max_size=120)},
        optional={
            "published": st.one_of(
                st.dates().map(str), st.text(max_size=12), st.integers(), st.none()
            ),
            "tense": st.sampled_from(["past", "future", "present", 1, None]),
        },
    ).map(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.sampled_from([b"[" * 3000, b'{"text": "' + b"9" * 5000 + b'"}', b"1" * 5000]),
)


def expected_lines(data: bytes) -> int:
    """How many lines JSON Lines input holds (a final newline ends a line, it starts none)."""
    if not data:
        return 0
    return len(data.split(b"\n")) - data.endswith(b"\n")


@fuzz(400)
@given(
    lines=st.lists(JSON_LINES, max_size=5),
    end=st.sampled_from([b"\n", b"\r\n", b""]),
)
def test_fields_stdin_answers_every_line(lines, end):
    data = end.join(lines) + (end if lines else b"")
    result = CliRunner().invoke(main, ["fields", "-"], input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.stderr
    out = result.stdout.split("\n")  # not splitlines(): U+2028 may stand inside a string
    assert out.pop() == ""
    answers = [json.loads(line) for line in out]
    assert len(answers) == expected_lines(data)
    for number, answer in enumerate(answers, start=1):
        assert set(answer) in ({"fields"}, {"error"}), answer
        if "error" in answer:
            assert answer["error"].startswith(f"line {number}: "), answer
