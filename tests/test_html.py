"""The HTML report without a browser: escaping, hooks, timeline, no network, same bytes."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checkfacts.formats.html import render_html
from checkfacts.formats.json import render_json
from checkfacts.formats.view import ReportView, safe_url
from checkfacts.models import (
    Claim,
    Cluster,
    DateValue,
    FieldValue,
    Published,
    Report,
    Source,
    SourceText,
    Verdict,
)

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
JS_URL = "javascript:alert(1)"


def write_hostile_corpus(folder: Path) -> Path:
    """Two articles on one story; one carries script, an onerror image and a javascript: URL."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.md").write_text(
        "---\n"
        f"title: '{SCRIPT} Ship blocks canal {IMG}'\n"
        f"outlet: '{IMG} Evil Outlet {SCRIPT}'\n"
        f"url: '{JS_URL}'\n"
        "published: 2021-03-24\n"
        "---\n\n"
        f"# {SCRIPT} Ship blocks canal\n\n"
        f"The container ship Ever Given ran aground in the Suez Canal on Tuesday, {IMG} "
        "blocking all traffic through the waterway.\n\n"
        f"More than 150 ships were waiting to pass the canal on Wednesday. {SCRIPT}\n\n"
        f'Read more at [the canal authority]({JS_URL}) or <a href="{JS_URL}">here</a>.\n',
        encoding="utf-8",
    )
    (folder / "plain.md").write_text(
        "---\n"
        "title: 'Giant ship stuck in the Suez Canal'\n"
        "outlet: 'Plain Post'\n"
        "url: 'https://example.org/plain/ever-given'\n"
        "published: 2021-03-24\n"
        "---\n\n"
        "The container ship Ever Given ran aground in the Suez Canal on Tuesday, March 23, "
        "blocking all traffic through the waterway.\n\n"
        "More than 100 ships were waiting to pass the canal on Wednesday.\n",
        encoding="utf-8",
    )
    return folder


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text, of a page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def having(self, attr: str, tag: str | None = None):
        return [a for t, a in self.tags if attr in a and (tag is None or t == tag)]

    def classed(self, cls: str, tag: str | None = None):
        return [
            a
            for t, a in self.tags
            if cls in (a.get("class") or "").split() and (tag is None or t == tag)
        ]


@pytest.fixture(scope="module")
def hostile_report(settings, tmp_path_factory):
    from checkfacts import api

    folder = write_hostile_corpus(tmp_path_factory.mktemp("hostile") / "articles")
    return api.analyse([str(folder)], settings)


@pytest.fixture(scope="module")
def ilrs_html(ilrs_report):
    return render_html(ilrs_report)


def test_hostile_strings_are_escaped(hostile_report):
    html = render_html(hostile_report)
    page = Tags(html)
    assert [t for t, _ in page.tags].count("script") == 1, "only the report's own script"
    assert not [t for t, _ in page.tags if t in ("img", "iframe", "object", "embed")]
    for tag, attrs in page.tags:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for key in ("href", "src", "action", "formaction", "xlink:href"):
            assert not (attrs.get(key) or "").strip().lower().startswith("javascript:")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    text = "".join(page.text)
    assert SCRIPT in text and IMG in text and JS_URL in text
    assert 'onerror="' not in html


def test_clusters_have_stable_hooks(ilrs_report, ilrs_html):
    page = Tags(ilrs_html)
    found = {a["data-cluster-id"]: a for a in page.having("data-cluster-id")}
    assert set(found) == {c.id for c in ilrs_report.clusters}
    for cluster in ilrs_report.clusters:
        attrs = found[cluster.id]
        assert attrs["data-verdict"] == cluster.verdict.value
        assert attrs["id"] == f"cluster-{cluster.id}"
        assert "cluster" in (attrs.get("class") or "").split()


def test_every_quote_and_highlight_has_a_claim_id(ilrs_report, ilrs_html):
    page = Tags(ilrs_html)
    claim_ids = {c.id for c in ilrs_report.claims}
    quotes = page.classed("quote", "a")
    assert quotes
    for q in quotes:
        assert q.get("data-claim-id") in claim_ids
        assert q["href"] == f"#claim-{q['data-claim-id']}"
    assert {q["data-claim-id"] for q in quotes} == claim_ids, "every claim is quoted"
    marks = page.having("data-claim-id", "mark")
    anchors = {m["id"] for m in marks if m.get("id")}
    assert anchors == {f"claim-{c}" for c in claim_ids}, "every claim is highlighted once"


def test_timeline_has_one_row_per_dated_source(ilrs_report, ilrs_html):
    dated = set()
    for claim in ilrs_report.claims:
        for f in claim.fields:
            v = f.value
            if isinstance(v, DateValue) and v.type == "DATE" and v.earliest and v.latest:
                dated.add(claim.source_id)
    claims = {c.id: c for c in ilrs_report.claims}
    for cluster in ilrs_report.clusters:
        for finding in cluster.findings:
            for value in finding.values if finding.field == "date" else ():
                for q in value["claims"]:
                    v = q["value"]
                    if v.get("type") == "DATE" and v.get("earliest") and v.get("latest"):
                        dated.add(claims[q["claim_id"]].source_id)
    rows = Tags(ilrs_html).classed("tl-row", "g")
    assert [r["data-source-id"] for r in rows] == [
        s.id for s in ilrs_report.sources if s.id in dated
    ]
    assert len(rows) >= 4


def test_timeline_shows_the_odd_date_out(ilrs_report):
    """The 2022 'recently' of the July 2022 source sits on the axis, in conflict red."""
    timeline = ReportView(ilrs_report).timeline
    assert timeline is not None
    marks = [m for row in timeline.rows for m in row.marks]
    recent = [m for m in marks if "“recently”" in m.title and "2022" in m.title]
    assert recent and recent[0].verdict == "conflict" and not recent[0].off
    assert any(t.label == "2022" for t in timeline.ticks)


def test_no_network_and_no_external_urls(ilrs_report, ilrs_html, hostile_report):
    for report, html in ((ilrs_report, ilrs_html), (hostile_report, render_html(hostile_report))):
        page = Tags(html)
        csp = next(
            a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
        )
        assert "default-src 'none'" in csp and "connect-src 'none'" in csp
        assert "'unsafe-inline'" not in csp
        own = {s.url for s in report.sources if s.url}
        for tag, attrs in page.tags:
            for key, value in attrs.items():
                if value and re.search(r"(?i)\b(https?:)?//", value) and key != "content":
                    assert tag == "a" and key == "href" and value in own, (tag, key, value)
            assert "src" not in attrs or (tag == "script" and not attrs["src"])
        assert not re.search(r"(?i)url\(\s*['\"]?(https?:)?//", html), "no CSS url() to the web"
        assert "@import" not in html


def test_same_report_same_bytes(ilrs_report, ilrs_html):
    assert render_html(ilrs_report) == ilrs_html
    again = Report.model_validate_json(render_json(ilrs_report))
    assert render_html(again) == ilrs_html


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\nscript:alert(1)", False),
        ("data:text/html,<script>1</script>", False),
        ("//example.org/x", False),
        ("vbscript:msgbox", False),
        ("https://exa mple.org", False),
        (None, False),
    ],
)
def test_only_http_urls_become_links(url, safe):
    assert (safe_url(url) is not None) is safe


def _synthetic(dates: list[tuple[str, str, dict]]) -> Report:
    """One source per entry, each with one claim carrying one date field."""
    sources, claims, texts, clusters = [], [], [], []
    for i, (sid, words, value) in enumerate(dates):
        text = f"It happened {words}."
        start = text.index(words)
        sources.append(
            Source(
                id=sid,
                path=f"{sid}.txt",
                format="txt",
                published=Published(date="2021-03-10", basis="front_matter"),
                sha256="0" * 64,
            )
        )
        field = FieldValue(
            kind="date",
            text=words,
            span=(start, start + len(words)),
            value={"type": "DATE", "grain": "day", "basis": "absolute", **value},
        )
        claim = Claim(
            id=f"{sid}:c{i}",
            source_id=sid,
            text=text,
            span=(0, len(text)),
            statement=text,
            fields=(field,),
        )
        claims.append(claim)
        texts.append(SourceText(source_id=sid, text=text, body=(0, len(text))))
        clusters.append(
            Cluster(
                id=f"k{i}",
                claim_ids=(claim.id,),
                statement=text,
                verdict=Verdict.SINGLE_SOURCE,
            )
        )
    return Report(
        sources=tuple(sources),
        claims=tuple(claims),
        clusters=tuple(clusters),
        texts=tuple(texts),
        model="m",
    )


def test_timeline_axis_is_robust():
    report = _synthetic(
        [
            (
                "a",
                "on March 9, 2021",
                {"timex": "2021-03-09", "earliest": "2021-03-09", "latest": "2021-03-09"},
            ),
            (
                "b",
                "on March 10",
                {"timex": "2021-03-10", "earliest": "2021-03-10", "latest": "2021-03-10"},
            ),
            ("c", "in 1961", {"timex": "1961", "earliest": "1961-01-01", "latest": "1961-12-31"}),
            (
                "d",
                "recently",
                {"timex": "PAST_REF", "earliest": "2011-03-10", "latest": "2021-03-10"},
            ),
            (
                "e",
                "by 2024",
                {"timex": "2024", "mod": "by", "earliest": None, "latest": "2024-12-31"},
            ),
            ("f", "in 2031", {"timex": "2031", "earliest": "2031-01-01", "latest": "2031-12-31"}),
        ]
    )
    timeline = ReportView(report).timeline
    assert timeline is not None
    rows = {r.source_id: r for r in timeline.rows}
    assert set(rows) == {"a", "b", "c", "d", "f"}, "a date without both bounds has no mark"
    (c,) = rows["c"].marks
    (f,) = rows["f"].marks
    assert c.off == "before" and f.off == "after"
    (a,) = rows["a"].marks
    (b,) = rows["b"].marks
    assert float(b.x1) - float(a.x1) > 20, "the axis spans the close dates, not the far ones"
    (d,) = rows["d"].marks
    assert d.interval and d.open_left, "a ten-year 'recently' is clamped to the axis"
    assert float(timeline.axis_x1) <= float(d.x1) < float(d.x2) <= float(timeline.axis_x2)
    html = render_html(report)
    assert html == render_html(report)
    assert html.count('class="tl-row"') == 5


@pytest.fixture(scope="module")
def demo_report(settings):
    from checkfacts import api
    from conftest import DEMO

    return api.analyse([str(DEMO)], settings)


def test_field_clusters_are_labelled_and_never_own_a_highlight(demo_report):
    """A field cluster (values lined up across claims) says so on its card; the source
    view's highlights still lead to each claim's own claim cluster."""
    across = [c for c in demo_report.clusters if c.kind == "field"]
    assert across, "the demo's ship counts are told in claims of different clusters"
    page = Tags(render_html(demo_report))
    cards = {a["data-cluster-id"]: a for a in page.having("data-cluster-id", "article")}
    for cluster in across:
        assert cluster.id in cards
    labels = [t for t in page.text if t.strip() in ("Counts across claims", "Dates across claims")]
    assert len(labels) == len(across)
    view = ReportView(demo_report)
    claim_cluster_ids = {c.id for c in demo_report.clusters if c.kind == "claim"}
    assert set(view.cluster_of.values()) <= claim_cluster_ids
    assert set(view.cluster_of) == {c.id for c in demo_report.claims}
