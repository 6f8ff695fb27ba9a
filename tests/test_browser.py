"""The HTML report in a real Chromium: filters, provenance, keys, deep links, hostile input.

Drives Debian's chromium (``/usr/bin/chromium``) through Playwright's sync API;
the noxfile's tests session installs it where it is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import DEMO, ILRS, need
from test_html import IMG, JS_URL, SCRIPT, write_hostile_corpus

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "chromium is missing: apt-get install chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def ilrs(settings, tmp_path_factory):
    """The ILRS report, built once: (report, file:// URL of report.html)."""
    from checkfacts import api

    out = tmp_path_factory.mktemp("ilrs-report")
    report = api.report([str(need(ILRS))], out, settings=settings)
    return report, (out / "report.html").resolve().as_uri()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert not errors, errors


def visible_clusters(page) -> list[dict]:
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.cluster[data-cluster-id]'))
            .filter((el) => el.checkVisibility())
            .map((el) => ({id: el.dataset.clusterId, verdict: el.dataset.verdict,
                           sources: el.dataset.sources.split(' '),
                           fields: el.dataset.fields.split(' ')}))"""
    )


def in_viewport(page, selector: str) -> bool:
    return page.evaluate(
        """(sel) => { const el = document.querySelector(sel); if (!el) return false;
            const r = el.getBoundingClientRect();
            return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight; }""",
        selector,
    )


def test_csp_forbids_network_and_nothing_is_requested(page, ilrs):
    _, url = ilrs
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    csp = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "default-src 'none'" in csp
    assert requests == [url]


def test_filter_to_conflicts(page, ilrs):
    report, url = ilrs
    page.goto(url)
    page.select_option("#f-verdict", "conflict")
    shown = visible_clusters(page)
    conflicts = [c.id for c in report.clusters if c.verdict == "conflict"]
    assert conflicts, "the ILRS corpus has a conflict"
    assert sorted(c["id"] for c in shown) == sorted(conflicts)
    assert {c["verdict"] for c in shown} == {"conflict"}
    assert "1 of" in page.text_content("#f-count") or f"{len(conflicts)} of" in page.text_content(
        "#f-count"
    )


def test_filter_by_source_and_field(page, ilrs):
    report, url = ilrs
    page.goto(url)
    source = report.sources[0].id
    page.select_option("#f-source", source)
    shown = visible_clusters(page)
    assert shown and all(source in c["sources"] for c in shown)
    page.select_option("#f-source", "")
    page.select_option("#f-field", "date")
    shown = visible_clusters(page)
    assert shown and all("date" in c["fields"] for c in shown)
    page.select_option("#f-field", "")
    page.fill("#f-text", "lunar")
    shown = visible_clusters(page)
    assert shown
    for c in shown:
        assert "lunar" in page.text_content(f'[data-cluster-id="{c["id"]}"]').lower()


def test_filter_by_story_in_a_folder_of_two_stories(page, settings, tmp_path):
    from checkfacts import api

    report = api.report([str(DEMO), str(need(ILRS))], tmp_path, settings=settings)
    assert len(report.stories) == 2
    page.goto((tmp_path / "report.html").resolve().as_uri())
    assert page.locator("table.stories tr[data-story-id]").count() == 2
    for story in report.stories:
        page.select_option("#f-story", story.id)
        shown = visible_clusters(page)
        assert shown and {c["id"] for c in shown} <= set(story.cluster_ids)
    page.select_option("#f-story", "")
    assert len(visible_clusters(page)) > len(shown)


def test_quote_opens_the_source_at_the_highlight(page, ilrs):
    report, url = ilrs
    page.goto(url)
    conflict = next(c for c in report.clusters if c.verdict == "conflict")
    claim_id = conflict.claim_ids[-1]
    mark = f'mark[id="claim-{claim_id}"]'
    assert not in_viewport(page, mark), "the source text starts folded away"
    page.click(
        f'[data-cluster-id="{conflict.id}"] tr.claim-row a.quote[data-claim-id="{claim_id}"]'
    )
    page.wait_for_timeout(100)
    box = page.evaluate(
        """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
            return [r.top, r.bottom, r.height, window.innerHeight]; }""",
        mark,
    )
    top, bottom, height, viewport = box
    assert height > 0 and 0 <= top < viewport, box
    assert bottom <= viewport or top < viewport / 3, box
    assert page.get_attribute(mark, "data-claim-id") == claim_id
    assert page.evaluate("() => location.hash") == f"#claim-{claim_id}"
    # and the highlight links back to its cluster
    page.click(f"{mark} a.back")
    page.wait_for_function(
        """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
            return r.top >= 0 && r.top < window.innerHeight; }""",
        arg=f'[id="cluster-{conflict.id}"]',
        timeout=3000,
    )


def test_related_clusters_are_folded_with_single_source_claims(page, ilrs):
    """A cluster in which no field was compared says nothing of agreement: it is folded."""
    report, url = ilrs
    related = {c.id for c in report.clusters if c.verdict == "related"}
    assert related, "the ILRS corpus has claims that are alike but compare no field"
    page.goto(url)
    shown = {c["id"] for c in visible_clusters(page)}
    assert shown and not shown & related
    page.check("#f-single")
    assert related <= {c["id"] for c in visible_clusters(page)}
    page.uncheck("#f-single")
    page.select_option("#f-verdict", "related")
    assert {c["id"] for c in visible_clusters(page)} == related


def test_deep_link_scrolls_to_the_cluster(page, ilrs):
    report, url = ilrs
    shared = [c for c in report.clusters if len({x.split(":")[0] for x in c.claim_ids}) > 1]
    single = [c for c in report.clusters if c.verdict == "single_source"]
    for cluster in (shared[-1], single[-1]):
        page.goto(f"{url}#cluster-{cluster.id}")
        page.wait_for_timeout(100)
        sel = f'[id="cluster-{cluster.id}"]'
        assert page.is_visible(sel), "a deep link shows its cluster even when filtered out"
        assert in_viewport(page, sel)
        assert page.evaluate("() => window.scrollY") > 0


def test_keyboard_j_k_moves_between_clusters(page, ilrs):
    _, url = ilrs
    page.goto(url)
    order = [c["id"] for c in visible_clusters(page)]
    assert len(order) >= 3
    current = "() => document.querySelector('.cluster.current')?.dataset.clusterId"
    page.keyboard.press("j")
    assert page.evaluate(current) == order[0]
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate(current) == order[2]
    assert in_viewport(page, f'[data-cluster-id="{order[2]}"]')
    page.keyboard.press("k")
    assert page.evaluate(current) == order[1]
    assert page.evaluate("() => location.hash") == f"#cluster-{order[1]}"
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.id") == "f-text"


def test_hostile_article_stays_text(page, browser, settings, tmp_path):
    from checkfacts import api

    folder = write_hostile_corpus(tmp_path / "articles")
    api.report([str(folder)], tmp_path / "out", settings=settings)
    url = (tmp_path / "out" / "report.html").resolve().as_uri()
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    page.check("#f-single")
    for summary in page.query_selector_all("details.source > summary"):
        summary.click()
    for link in page.query_selector_all("a.quote"):
        link.click()
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__pwned") is None
    assert not dialogs
    assert requests == [url]
    assert page.evaluate("() => document.images.length") == 0
    assert page.evaluate("() => document.scripts.length") == 1
    assert page.query_selector('a[href^="javascript:" i]') is None
    for text in (SCRIPT, IMG, JS_URL):
        hits = page.get_by_text(text, exact=False)
        assert any(hits.nth(i).is_visible() for i in range(hits.count())), text
