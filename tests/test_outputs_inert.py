"""Hostile article text stays text in every text output: report.md, gate text, GitHub, JUnit.

One article carries script tags, an ``onerror`` image, ``javascript:`` links (Markdown
and HTML) and terminal escape codes (colour, clear screen, window title, a C1 CSI),
on claims it shares with a plain article so that they reach the reports. report.md is
rendered the way a chat or review tool would (markdown-it-py with raw HTML on and
links not filtered) and loaded in Chromium: no dialog opens and no script runs.
"""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checkfacts.formats import Format, render
from checkfacts.gate import GateFinding, GateResult, Location
from checkfacts.gate_formats import GateFormat
from checkfacts.gate_formats import render as render_gate
from checkfacts.models import Verdict

ALERTS = [
    "<script>alert('script')</script>",
    "<img src=x onerror=\"alert('img')\">",
    "<svg onload=\"alert('svg')\"></svg>",
    "[officials said](javascript:alert('md-link'))",
    "<a href=\"javascript:alert('a')\">here</a>",
    "<javascript:alert('autolink')>",
]
ESCAPES = ["\x1b[31m", "\x1b[0m", "\x1b[2J", "\x1b]0;owned\x07", "\x9b31m", "\r"]
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def write_hostile_corpus(folder: Path) -> Path:
    """A hostile and a plain article that share two claims and disagree on both."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.md").write_text(
        "---\n"
        "title: \"<script>alert('title')</script> Ship blocks canal\"\n"
        'outlet: "<img src=x onerror=\\"alert(\'outlet\')\\"> Evil Outlet"\n'
        "url: \"javascript:alert('url')\"\n"
        "published: 2021-03-24\n"
        "---\n\n"
        f"The container ship Ever Given ran aground in the Suez Canal on Tuesday, {ALERTS[0]} "
        f"March 23, {ALERTS[1]} blocking all traffic {ESCAPES[0]}through{ESCAPES[1]} the "
        f"waterway {ESCAPES[2]}{ESCAPES[3]}{ESCAPES[4]}, {ALERTS[3]} {ALERTS[2]}{ALERTS[4]}"
        f"{ALERTS[5]}.\n\n"
        f"About 150 ships were waiting to pass the canal on Wednesday, the canal "
        f"{ESCAPES[5]}authority said.\n",
        encoding="utf-8",
    )
    (folder / "plain.md").write_text(
        "---\n"
        "title: 'Giant ship stuck in the Suez Canal'\n"
        "outlet: 'Plain Post'\n"
        "published: 2021-03-24\n"
        "---\n\n"
        "The container ship Ever Given ran aground in the Suez Canal on Monday, March 22, "
        "blocking all traffic through the waterway, officials said.\n\n"
        "About 300 ships were waiting to pass the canal on Wednesday, the canal authority "
        "said.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def hostile(settings, tmp_path_factory):
    """The hostile corpus through the store: (report, gate result)."""
    from checkfacts import api

    base = tmp_path_factory.mktemp("inert")
    folder = write_hostile_corpus(base / "articles")
    report = api.report([str(folder)], base / "out", settings=settings, store=base / "claims")
    gate = api.check(
        [str(folder)],
        settings=settings,
        store=base / "claims",
        fail_on="compatible",
        baseline=base / "none.json",
    )
    return report, gate


def to_html(markdown: str) -> str:
    """report.md as a careless renderer shows it: raw HTML passed through, links unchecked."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.validateLink = lambda url: True
    return md.render(markdown)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self.code: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.open.append(tag)
        self.handlers += [k for k, _ in attrs if k.startswith("on")]
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data):
        self.text.append(data)
        if "code" in self.open:
            self.code.append(data)


def test_the_hostile_text_reaches_the_markdown_report(hostile):
    """Guards the other tests: the hostile words are in shared clusters and in the sources."""
    report, _ = hostile
    source_of = {c.id: c.source_id for c in report.claims}
    shared = [c for c in report.clusters if len({source_of[x] for x in c.claim_ids}) > 1]
    assert shared
    text = to_html(render(report, Format.MARKDOWN))
    parser = _Tags()
    parser.feed(text)
    seen = "".join(parser.text)
    for needle in ("alert('title')", "alert('outlet')", "alert('script')", "alert('img')"):
        assert needle in seen, needle
    for needle in ("alert('md-link')", "alert('a')", "alert('autolink')", "alert('svg')"):
        assert needle in seen, needle


def test_markdown_report_escapes_html_and_strips_controls(hostile):
    report, _ = hostile
    markdown = render(report, Format.MARKDOWN)
    assert not CONTROLS.search(markdown.replace("\n", ""))
    assert "<script" not in markdown and "<img" not in markdown and "<svg" not in markdown
    assert "<a " not in markdown and "<javascript:" not in markdown
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)
    parser = _Tags()
    parser.feed(to_html(markdown))
    assert not {"script", "img", "svg", "iframe"} & set(parser.tags), parser.tags
    assert parser.handlers == []
    assert not [h for h in parser.hrefs if h.strip().lower().startswith("javascript:")]
    seen = "".join(parser.text)
    assert ALERTS[0] in seen and ALERTS[1] in seen


def test_markdown_code_spans_cannot_be_broken_out_of():
    from checkfacts.formats.markdown import _code

    cases = {
        "a`b": "a`b",
        "``x``": "``x``",
        "`<script>alert(1)</script>`": "`<script>alert(1)</script>`",
        "x\x1b[31m y": "x[31m y",
    }
    for text, shown in cases.items():
        span = _code(text)
        parser = _Tags()
        parser.feed(to_html(f"1. {span} after"))
        assert parser.tags == ["ol", "li", "code"], (text, span, parser.tags)
        assert "".join(parser.code) == shown, (text, span)
        assert "".join(parser.text).strip().endswith(" after"), (text, span)


def _hostile_gate() -> GateResult:
    def loc(path: str) -> Location:
        return Location(
            path=path,
            source_id="s",
            claim_id="s:1",
            line=3,
            column=1,
            end_line=3,
            end_column=9,
            text=f"They {ESCAPES[2]}signed{ESCAPES[3]} it {ESCAPES[4]}on\rTuesday.",
        )

    finding = GateFinding(
        fingerprint="f",
        state="new",
        verdict=Verdict.CONFLICT,
        field="date",
        rule="date.disjoint",
        explanation=f"'Tuesday' and 'Monday'{ESCAPES[0]} differ\x07\x00{ESCAPES[1]}",
        cluster_id="k1",
        statement=f"They signed it{ESCAPES[2]}.",
        location=loc(f"articles/a{ESCAPES[0]}.txt"),
        related=(loc("articles/b.txt"),),
    )
    return GateResult(fail_on=Verdict.CONFLICT, sources=("articles/a.txt",), findings=(finding,))


@pytest.mark.parametrize("fmt", [GateFormat.TEXT, GateFormat.GITHUB, GateFormat.JUNIT])
def test_gate_outputs_strip_control_characters(fmt):
    out = render_gate(_hostile_gate(), fmt)
    assert not CONTROLS.search(out.replace("\n", "")), repr(out)
    assert "differ" in out
    if fmt is not GateFormat.GITHUB:
        assert "signed" in out and "Tuesday" in out
    if fmt is GateFormat.JUNIT:
        assert ET.fromstring(out).find("testsuite") is not None


def test_gate_text_of_a_hostile_article(hostile):
    _, gate = hostile
    quoted = [loc.text for f in gate.findings for loc in (f.location, *f.related)]
    assert any("through" in q and CONTROLS.search(q) for q in quoted), quoted
    for fmt in (GateFormat.TEXT, GateFormat.GITHUB, GateFormat.JUNIT):
        out = render_gate(gate, fmt)
        assert fmt is GateFormat.GITHUB or "through" in out
        assert not CONTROLS.search(out.replace("\n", "")), repr(out)
    assert json.loads(render_gate(gate, GateFormat.JSON))["findings"]


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.browser
def test_rendered_markdown_runs_no_script_in_chromium(hostile, tmp_path):
    from playwright.sync_api import sync_playwright

    report, _ = hostile
    page_file = tmp_path / "report-md.html"
    page_file.write_text(
        "<!doctype html><meta charset=utf-8><title>report.md</title>\n"
        + to_html(render(report, Format.MARKDOWN)),
        encoding="utf-8",
    )
    assert Path(CHROMIUM).exists(), "chromium is missing: apt-get install chromium"
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_file.resolve().as_uri())
            page.wait_for_timeout(300)
            for link in page.query_selector_all("a"):
                link.click(no_wait_after=True)
            page.wait_for_timeout(300)
            counts = page.evaluate(
                """() => ({scripts: document.scripts.length, images: document.images.length,
                    handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,
                    text: document.body.innerText})"""
            )
        finally:
            browser.close()
    assert dialogs == []
    assert counts["scripts"] == 0 and counts["images"] == 0 and counts["handlers"] == 0
    assert "<script>alert('script')</script>" in counts["text"]
